import type { GlossaryLanguage } from 'src/agents/tariff-classification/glossary/glossary-types';

/** Indonesian (with common Malay spellings) trade words: goods, materials, states and uses, with their English. */
export const INDONESIAN: GlossaryLanguage = {
  code: 'id',
  name: 'Indonesian',
  head: 'first',
  unspaced: false,
  skip: 'dan atau untuk dari dengan yang di ke pada dalam ini itu bagi buat oleh serta per sebuah satu para jenis macam barang produk isi ekor lembar helai pasang pcs unit bungkus',
  entries: `
# Chapter 01: live animals
hewan hidup|live animals|n
ternak|livestock|n
unggas|poultry|n
sapi|cattle|n
lembu|cattle|n
kerbau|buffalo|n
babi|swine|n
ayam|chicken|n
bebek|duck|n
kambing|goat|n
domba|sheep|n
hidup|live|m

# Chapter 02: meat and offal
daging|meat|n
daging sapi|beef|n
daging lembu|beef|n
daging babi|pork|n
daging ayam|chicken meat|n
daging kambing|goat meat|n
dada ayam|chicken breast|n
sayap ayam|chicken wings|n
jeroan|offal|n
lemak|fat|n
daging giling|minced meat|n
tanpa tulang|boneless|m
sosis|sausages|n
bakso|meatballs|n
sarang burung walet|edible bird's nest|n

# Chapter 03: fish, crustaceans, molluscs
ikan|fish|n
tongkol|skipjack tuna|n
ikan kembung|mackerel|n
ikan teri|anchovies|n
ikan nila|tilapia|n
ikan patin|pangasius|n
cumi|squid|n
gurita|octopus|n
udang|shrimps|n
udang windu|black tiger shrimps|n
udang vaname|whiteleg shrimps|n
kepiting|crabs|n
kerang|clams|n
tiram|oysters|n
makanan laut|seafood|n
ikan asin|salted fish|n
teripang|sea cucumbers|n
kupas|peeled|m

# Chapter 04: dairy, eggs, honey
susu|milk|n
susu bubuk|milk powder|n
susu kental manis|sweetened condensed milk|n
yogurt|yoghurt|n
krim|cream|n
mentega|butter|n
keju|cheese|n
susu formula|infant formula|n
telur|eggs|n
madu|honey|n
tanpa lemak|fat-free|m

# Chapter 05: other animal products
bulu|feathers|n
rambut|human hair|n
gading|ivory|n
kulit kerang|seashells|m

# Chapter 06: live plants, flowers
tanaman|plants|n
bibit|seedlings|n
benih|seeds for sowing|n
bunga|flowers|n
mawar|roses|n
anggrek|orchids|n

# Chapter 07: vegetables
sayur|vegetables|n
sayuran|vegetables|n
kentang|potatoes|n
ubi jalar|sweet potatoes|n
ubi kayu|cassava|n
singkong|cassava|n
tomat|tomatoes|n
bawang bombay|onions|n
bawang merah|shallots|n
bawang putih|garlic|n
kubis|cabbage|n
kembang kol|cauliflower|n
brokoli|broccoli|n
selada|lettuce|n
wortel|carrots|n
mentimun|cucumbers|n
kacang|beans|n
kacang hijau|mung beans|n
kedelai|soya beans|n
kacang tanah|groundnuts|n
cabai|chillies|n
cili|chillies|n
jamur|mushrooms|n
cendawan|mushrooms|n
jagung|maize|n
terung|aubergines|n
bayam|spinach|n
jahe|ginger|n
halia|ginger|n
kunyit|turmeric|n
serai|lemongrass|n

# Chapter 08: fruit and nuts
buah|fruit|n
buah-buahan|fruit|n
pisang|bananas|n
mangga|mangoes|n
nanas|pineapples|n
nenas|pineapples|n
buah naga|dragon fruit|n
durian|durians|n
manggis|mangosteens|n
rambutan|rambutans|n
leci|lychees|n
lengkeng|longans|n
jeruk|oranges|n
jeruk bali|pomelos|n
jeruk nipis|limes|n
apel|apples|n
epal|apples|n
anggur|grapes|n
semangka|watermelons|n
pepaya|papayas|n
jambu biji|guavas|n
nangka|jackfruit|n
stroberi|strawberries|n
alpukat|avocados|n
kelapa|coconuts|n
kopra|copra|n
kacang mete|cashew nuts|n
gajus|cashew nuts|n
selai|jam|n

# Chapter 09: coffee, tea, spices
kopi|coffee|n
biji kopi|coffee beans|n
kopi instan|instant coffee|n
teh|tea|n
teh hijau|green tea|n
teh hitam|black tea|n
teh celup|tea bags|n
lada|pepper|n
kayu manis|cinnamon|n
cengkeh|cloves|n
pala|nutmeg|n
vanili|vanilla|n
rempah-rempah|spices|n
bumbu|seasonings|n

# Chapter 10-11: cereals, flour, starch
beras|rice|n
padi|paddy rice|n
nasi|cooked rice|n
beras pecah kulit|brown rice|n
beras ketan|glutinous rice|n
ketan|glutinous rice|n
pulut|glutinous rice|n
beras melati|jasmine rice|n
beras pecah|broken rice|n
gandum|wheat|n
tepung|flour|n
tepung terigu|wheat flour|n
tepung beras|rice flour|n
tepung tapioka|tapioca starch|n
tapioka|tapioca|n
tepung jagung|corn flour|n
sagu|sago|n

# Chapter 12-14: oil seeds, plants, plaiting materials
wijen|sesame seeds|n
tebu|sugar cane|n
rumput laut|seaweed|n
getah|rubber|m
ekstrak|extract|n
rotan|rattan|m
bambu|bamboo|m
sabut kelapa|coir|m

# Chapter 15: fats and oils
minyak|oil|n
minyak goreng|cooking oil|n
minyak nabati|vegetable oil|n
minyak sawit|palm oil|n
cpo|crude palm oil|n
minyak inti sawit|palm kernel oil|n
kelapa sawit|oil palm|n
minyak kelapa|coconut oil|n
minyak kedelai|soya-bean oil|n
minyak zaitun|olive oil|n
margarin|margarine|n
minyak atsiri|essential oils|n
mentah|raw|m

# Chapter 16: meat and fish preparations
makanan kaleng|canned food|n
kaleng|canned|m
ikan kaleng|canned fish|n
kecap ikan|fish sauce|n
terasi|shrimp paste|n
belacan|shrimp paste|n
sambal|chilli sauce|n

# Chapter 17: sugar and confectionery
gula|sugar|n
gula pasir|granulated sugar|n
gula merah|palm sugar|n
gula aren|palm sugar|n
gula melaka|palm sugar|n
tetes tebu|molasses|n
sirup|syrup|n
sirap|syrup|n
permen|sweets|n
gula-gula|sweets|n
permen karet|chewing gum|n

# Chapter 18: cocoa
kakao|cocoa|n
koko|cocoa|n
bubuk kakao|cocoa powder|n
lemak kakao|cocoa butter|n
cokelat|chocolate|n
coklat|chocolate|n

# Chapter 19: cereal preparations, bakery, noodles
roti|bread|n
biskuit|biscuits|n
kue|cakes|n
kuih|cakes|n
kerupuk|crackers|n
keropok|crackers|n
keripik|chips|n
kerepek|chips|n
camilan|snacks|n
makanan ringan|snacks|n
mi|noodles|n
mie|noodles|n
mi instan|instant noodles|n
mie instan|instant noodles|n
mi segera|instant noodles|n
bihun|rice vermicelli|n
bubur|porridge|n
sereal|breakfast cereals|n
makanan bayi|baby food|n
tempe|tempeh|n

# Chapter 20: vegetable and fruit preparations, states
saus tomat|ketchup|n
jus|juice|n
sari buah|fruit juice|n
kentang goreng|french fries|n
kering|dried|m
beku|frozen|m
sejuk beku|frozen|m
dingin|chilled|m
segar|fresh|m
goreng|fried|m
sangrai|roasted|m
panggang|roasted|m
bakar|grilled|m
asin|salted|m
asap|smoked|m
matang|cooked|m
fermentasi|fermented|m
bubuk|powder|m
serbuk|powder|m
potong|cut|m
pekat|concentrated|m
instan|instant|m
kemasan|packaging|n
botol|bottles|n
kotak|boxes|n
kardus|cartons|n
tanpa gula|sugar-free|m
organik|organic|m
alami|natural|m
sintetis|synthetic|m
buatan|artificial|m

# Chapter 21: miscellaneous food preparations
saus|sauce|n
sos|sauce|n
kecap|soy sauce|n
kicap|soy sauce|n
saus tiram|oyster sauce|n
cuka|vinegar|n
vetsin|monosodium glutamate|n
kaldu|stock|n
ragi|yeast|n
sup|soup|n
es krim|ice cream|n
tahu|tofu|n
makanan|food|n
makanan beku|frozen food|n

# Chapter 22: beverages, spirits, vinegar
minuman|beverages|n
air minum|drinking water|n
air mineral|mineral water|n
minuman ringan|soft drinks|n
minuman berenergi|energy drinks|n
es|ice|n
bir|beer|n
arak|spirits|n
minuman keras|spirits|n
beralkohol|alcoholic|m
tanpa alkohol|non-alcoholic|m
alkohol|alcohol|n
etanol|ethanol|n
susu kedelai|soya milk|n
bersoda|carbonated|m

# Chapter 23: animal feed, residues
pakan|feed|n
pakan ternak|animal feed|n
makanan anjing|dog food|n
makanan kucing|cat food|n
bungkil kedelai|soybean meal|n
bungkil|oilcake|n
bungkil sawit|palm kernel cake|n
tepung ikan|fish meal|n

# Chapter 24: tobacco
tembakau|tobacco|n
rokok|cigarettes|n
kretek|clove cigarettes|n
cerutu|cigars|n
rokok elektrik|electronic cigarettes|n

# Chapter 25-26: salt, stone, cement, ores
garam|salt|n
pasir|sand|n
tanah liat|clay|n
kapur|lime|n
semen|cement|n
batu|stone|m
batu kapur|limestone|n
granit|granite|m
marmer|marble|m
bijih|ore|n
bijih besi|iron ore|n
bijih nikel|nickel ore|n
bauksit|bauxite|n

# Chapter 27: mineral fuels
batu bara|coal|n
batubara|coal|n
arang|charcoal|n
arang tempurung|coconut shell charcoal|n
karbon aktif|activated carbon|n
minyak mentah|crude petroleum oil|n
bensin|petrol|n
minyak solar|diesel|n
minyak tanah|kerosene|n
minyak bakar|fuel oil|n
bahan bakar|fuel|n
bahan api|fuel|n
oli|lubricating oil|n
pelumas|lubricants|n
gas alam|natural gas|n
gas alam cair|liquefied natural gas|n
elpiji|lpg|n
aspal|asphalt|n

# Chapter 28-29: chemicals
bahan kimia|chemicals|n
asam|acid|n
asam sulfat|sulphuric acid|n
asam sitrat|citric acid|n
soda api|caustic soda|n
titanium dioksida|titanium dioxide|n
soda kue|baking soda|n
silikon|silicone|m
pelarut|solvents|n
pemutih|bleach|n
bahan tambahan pangan|food additives|n
pengawet|preservatives|n
pewarna|colourings|n
pemanis|sweeteners|n

# Chapter 30: pharmaceuticals
obat|medicine|n
ubat|medicine|n
obat-obatan|medicaments|n
obat herbal|herbal medicine|n
tablet|tablets|n
kapsul|capsules|n
antibiotik|antibiotics|n
vaksin|vaccines|n
obat pereda nyeri|painkillers|n
perban|bandages|n
kapas|cotton|m
masker|face masks|n

# Chapter 31: fertilisers
pupuk|fertilisers|n
baja organik|organic fertilisers|n
pupuk kimia|chemical fertilisers|n
pupuk organik|organic fertilisers|n
pupuk urea|urea fertiliser|n
pupuk npk|npk fertiliser|n

# Chapter 32: paints, dyes, inks, glues
cat|paint|n
pigmen|pigments|n
zat warna|dyes|n
tinta|ink|n
dakwat|ink|n
lem|glue|n
gam|glue|n
perekat|adhesives|n
lakban|adhesive tape|n

# Chapter 33: cosmetics, perfume, toiletries
kosmetik|cosmetics|n
parfum|perfume|n
minyak wangi|perfume|n
lipstik|lipstick|n
pelembap|moisturiser|n
tabir surya|sunscreen|n
sabun mandi|bath soap|n
sampo|shampoo|n
syampu|shampoo|n
kondisioner|hair conditioner|n
pasta gigi|toothpaste|n
ubat gigi|toothpaste|n
deodoran|deodorant|n
cat kuku|nail polish|n

# Chapter 34: soap, detergents, candles
sabun|soap|n
deterjen|detergents|n
deterjen bubuk|washing powder|n
sabun cuci piring|dishwashing liquid|n
pelembut pakaian|fabric softener|n
pembersih|cleaning agents|n
lilin|candles|n
pembersih tangan|hand sanitiser|n

# Chapter 35-38: enzymes, explosives, photographic, chemical products
kembang api|fireworks|n
korek api|matches|n
insektisida|insecticides|n
pestisida|pesticides|n
herbisida|herbicides|n
disinfektan|disinfectants|n
obat nyamuk|mosquito repellent|n

# Chapter 39: plastics and articles thereof
plastik|plastic|m
biji plastik|plastic granules|n
daur ulang|recycled|m
kitar semula|recycled|m
kantong plastik|plastic bags|n
kantong|bags|n
kantong kresek|plastic carrier bags|n
beg|bags|n
pipa|pipes|n
selang|hoses|n
botol plastik|plastic bottles|n
botol kaca|glass bottles|n
sedotan|drinking straws|n
peralatan rumah tangga|household articles|n
rumah tangga|household|m
ember|buckets|n
keranjang|baskets|n
tempat sampah|waste bins|n
gantungan baju|coat hangers|n
jas hujan|raincoats|n
karung|sacks|n

# Chapter 40: rubber and tyres
karet|rubber|m
karet alam|natural rubber|n
lateks|latex|n
karet sintetis|synthetic rubber|n
karet remah|block rubber|n
ban|tyres|n
tayar|tyres|n
ban mobil|car tyres|n
ban dalam|inner tubes|n
sarung tangan|gloves|n
sarung tangan karet|rubber gloves|n
kondom|condoms|n
karet gelang|rubber bands|n

# Chapter 41-43: leather, bags, furskins
kulit|leather|m
kulit asli|genuine leather|m
kulit sapi|cowhide|m
kulit imitasi|imitation leather|m
tas|bags|n
tas tangan|handbags|n
beg tangan|handbags|n
dompet|wallets|n
ransel|backpacks|n
beg galas|backpacks|n
koper|suitcases|n
tas selempang|crossbody bags|n
tas sekolah|school bags|n
ikat pinggang|belts|n
tali pinggang|belts|n
wol|wool|m

# Chapter 44: wood and articles of wood
kayu|wood|m
kayu bulat|logs|n
balak|logs|n
kayu gergajian|sawn timber|n
kayu lapis|plywood|n
papan partikel|particle board|n
pelet kayu|wood pellets|n
serpih kayu|wood chips|n
kayu jati|teak|m
kayu karet|rubberwood|m
bingkai|frames|n
sumpit|chopsticks|n
tusuk gigi|toothpicks|n
pintu|doors|n
jendela|windows|n
ukiran kayu|wood carvings|n
kerajinan|handicrafts|n
kraftangan|handicrafts|n
buatan tangan|handmade|m

# Chapter 45-46: cork, basketwork
anyaman|basketwork|n
tikar|mats|n
tirai|blinds|n

# Chapter 47-49: paper, paperboard, printed matter
kertas|paper|m
bubur kertas|pulp|n
tisu|tissues|n
tisu toilet|toilet paper|n
tisu basah|wet wipes|n
kertas kraft|kraft paper|n
kertas hvs|printing paper|n
buku|books|n
buku catatan|notebooks|n
koran|newspapers|n
majalah|magazines|n
amplop|envelopes|n
stiker|stickers|n
gelas kertas|paper cups|n
kantong kertas|paper bags|n
kertas timah|aluminium foil|n

# Chapter 50-60: textiles
sutra|silk|m
sutera|silk|m
katun|cotton|m
kain katun|cotton fabric|n
serat|fibres|n
benang|yarn|n
goni|jute|m
poliester|polyester|m
kain|fabric|n
kain tenun|woven fabric|n
tenun|woven|m
rajut|knitted|m
batik|batik|n
sarung|sarongs|n
tali|rope|n
karpet|carpets|n
bordir|embroidered|m
sulaman|embroidery|n
cetak|printed|m
diputihkan|bleached|m
dilapisi|coated|m
tahan air|waterproof|m
handuk|towels|n

# Chapter 61-63: garments and made-up textiles
pakaian|clothing|n
baju|clothing|n
kaos|t-shirts|n
kaus|t-shirts|n
kemeja|shirts|n
kaos polo|polo shirts|n
jaket|jackets|n
mantel|coats|n
baju hangat|sweaters|n
jas|suit jackets|n
gaun|dresses|n
rok|skirts|n
baju kurung|traditional malay dresses|n
celana|trousers|n
seluar|trousers|n
celana jins|jeans|n
celana pendek|shorts|n
seluar pendek|shorts|n
celana dalam|underpants|n
seluar dalam|underpants|n
pakaian dalam|underwear|n
pakaian tidur|nightwear|n
baju renang|swimwear|n
pakaian olahraga|sportswear|n
seragam|uniforms|n
pakaian anak|children's clothing|n
popok|nappies|n
kaos kaki|socks|n
stoking|socks|n
syal|scarves|n
jilbab|headscarves|n
hijab|headscarves|n
tudung|headscarves|n
dasi|ties|n
topi|hats|n
helm|helmets|n
topi keledar|helmets|n
seprai|bed sheets|n
cadar|bed sheets|n
selimut|blankets|n
bantal|pillows|n
kasur|mattresses|n
tilam|mattresses|n
gorden|curtains|n
langsir|curtains|n
payung|umbrellas|n
tenda|tents|n
pakaian bekas|used clothing|n
bekas|used|m
terpakai|used|m
baru|new|m
pria|men's|m
laki-laki|men's|m
lelaki|men's|m
wanita|women's|m
perempuan|women's|m
anak|children's|m
kanak-kanak|children's|m
anak laki-laki|boys'|m
anak perempuan|girls'|m
bayi|babies'|m
lengan pendek|short-sleeved|m
lengan panjang|long-sleeved|m

# Chapter 64-67: footwear, headgear, umbrellas, wigs
sepatu|shoes|n
kasut|shoes|n
alas kaki|footwear|n
sandal|sandals|n
sandal jepit|flip-flops|n
selipar|flip-flops|n
sepatu olahraga|sports shoes|n
sepatu hak tinggi|high-heeled shoes|n
sepatu bot|boots|n
sepatu kets|sneakers|n
rambut palsu|wigs|n
bunga plastik|artificial flowers|n

# Chapter 68-70: stone, ceramics, glass
bata|bricks|n
ubin|tiles|n
keramik|ceramic|m
ubin keramik|ceramic tiles|n
genteng|roofing tiles|n
beton|concrete|m
porselen|porcelain|m
piring|plates|n
pinggan|plates|n
mangkuk|bowls|n
cangkir|cups|n
cawan|cups|n
gelas|drinking glasses|n
kloset|toilet bowls|n
wastafel|washbasins|n
bak mandi|bathtubs|n
perlengkapan dapur|kitchenware|n
peralatan dapur|kitchen utensils|n
dapur|for the kitchen|m
kaca|glass|m
cermin|mirrors|n
kaca tempered|tempered glass|m

# Chapter 71: jewellery, precious metals
perhiasan|jewellery|n
barang kemas|jewellery|n
emas|gold|m
perak|silver|m
berlian|diamonds|n
permata|gemstones|n
mutiara|pearls|n
cincin|rings|n
kalung|necklaces|n
gelang|bracelets|n
anting|earrings|n
liontin|pendants|n
lapis emas|gold-plated|m

# Chapter 72-73: iron and steel
besi|iron|m
baja|steel|m
keluli|steel|m
baja tahan karat|stainless steel|m
besi tuang|cast iron|m
baja karbon|carbon steel|m
baja gulungan|steel coils|n
pelat baja|steel plates|n
pelat|plates|n
seng|zinc|m
besi beton|reinforcing bars|n
kawat|wire|n
dawai|wire|n
kawat berduri|barbed wire|n
pipa baja|steel pipes|n
tanpa sambungan|seamless|m
canai panas|hot-rolled|m
canai dingin|cold-rolled|m
gulung panas|hot-rolled|m
galvanis|galvanised|m
cor|cast|m
besi tua|iron scrap|n
sekrup|screws|n
baut|bolts|n
mur|nuts|n
paku|nails|n
pegas|springs|n
rantai|chains|n
tangki|tanks|n
kompor|stoves|n
kompor gas|gas stoves|n
panci|saucepans|n
periuk|pots|n
kuali|woks|n
wajan|frying pans|n
penanak nasi|rice cookers|n
pisau|knives|n
gunting|scissors|n
sendok|spoons|n
garpu|forks|n
jarum|needles|n
logam|metal|m

# Chapter 74-81: copper, aluminium, other base metals
tembaga|copper|m
kuningan|brass|m
perunggu|bronze|m
alumunium|aluminium|m
profil aluminium|aluminium profiles|n
timah|tin|m
timah hitam|lead|m
timbal|lead|m
nikel|nickel|m
paduan|alloy|m

# Chapter 82-83: tools, cutlery, locks
perkakas|tools|n
alat|tools|n
peralatan|equipment|n
kunci pas|spanners|n
kunci|locks|n
gembok|padlocks|n
palu|hammers|n
tukul|hammers|n
tang|pliers|n
obeng|screwdrivers|n
gergaji|saws|n
mata bor|drill bits|n
sekop|shovels|n
cangkul|hoes|n
kapak|axes|n
parang|machetes|n
pisau cukur|razors|n
silet|razor blades|n
gunting kuku|nail clippers|n
engsel|hinges|n

# Chapter 84: machinery and mechanical appliances
mesin|machines|n
permesinan|machinery|n
suku cadang|spare parts|n
onderdil|spare parts|n
sparepart|spare parts|n
komponen|components|n
bagian|parts|n
aksesoris|accessories|n
dinamo|electric motors|n
mesin diesel|diesel engines|n
genset|generating sets|n
pompa|pumps|n
pompa air|water pumps|n
kompresor|compressors|n
kipas angin|fans|n
ac|air conditioners|n
pendingin ruangan|air conditioners|n
penyaman udara|air conditioners|n
kulkas|refrigerators|n
lemari es|refrigerators|n
pembeku|freezers|n
pemanas air|water heaters|n
pengering rambut|hair dryers|n
mesin cuci|washing machines|n
mesin basuh|washing machines|n
mesin cuci piring|dishwashers|n
penjernih air|water purifiers|n
penyedot debu|vacuum cleaners|n
mesin kopi|coffee machines|n
mesin fotokopi|photocopiers|n
komputer|computers|n
komputer riba|laptops|n
papan ketik|keyboards|n
layar|screens|n
flashdisk|usb flash drives|n
kartu memori|memory cards|n
mesin jahit|sewing machines|n
mesin las|welding machines|n
bor|drills|n
gerinda|grinders|n
mesin bubut|lathes|n
ekskavator|excavators|n
derek|cranes|n
traktor|tractors|n
mesin panen|harvesters|n
mesin pertanian|agricultural machinery|n
katup|valves|n
keran|taps|n
bantalan|bearings|n
timbangan|scales|n
alat pemadam api|fire extinguishers|n
saringan|filters|n
proyektor|projectors|n

# Chapter 85: electrical machinery and electronics
listrik|electric|m
elektrik|electric|m
elektronik|electronic|m
peralatan listrik|electrical equipment|n
telepon|telephones|n
telefon|telephones|n
ponsel|mobile phones|n
handphone|mobile phones|n
telefon bimbit|mobile phones|n
telepon pintar|smartphones|n
telefon pintar|smartphones|n
pengisi daya|chargers|n
casan|chargers|n
pengecas|chargers|n
adaptor|adapters|n
powerbank|power banks|n
baterai|batteries|n
bateri|batteries|n
baterai litium|lithium batteries|n
baterai lithium|lithium batteries|n
aki|accumulators|n
panel surya|solar panels|n
panel solar|solar panels|n
sel surya|solar cells|n
tenaga surya|solar|m
trafo|transformers|n
kabel|cables|n
serat optik|optical fibres|n
colokan|plugs|n
stop kontak|sockets|n
saklar|switches|n
suis|switches|n
pemutus sirkuit|circuit breakers|n
lampu|lamps|n
lampu led|led lamps|n
bohlam|light bulbs|n
mentol|light bulbs|n
senter|torches|n
televisi|televisions|n
televisyen|televisions|n
pengeras suara|loudspeakers|n
mikrofon|microphones|n
kamera|cameras|n
remot|remote controls|n
setrika|irons|n
seterika|irons|n
alat cukur|shavers|n
kompor induksi|induction cookers|n
industri|industrial|m
nirkabel|wireless|m
pintar|smart|m
isi ulang|rechargeable|m
portabel|portable|m
otomatis|automatic|m
automatik|automatic|m

# Chapter 86-89: vehicles, aircraft, ships
kendaraan|vehicles|n
kenderaan|vehicles|n
mobil|motor cars|n
kereta|motor cars|n
mobil listrik|electric cars|n
kendaraan listrik|electric vehicles|n
hibrida|hybrid|m
sepeda motor|motorcycles|n
motosikal|motorcycles|n
motor|motorcycles|n
motor listrik|electric motorcycles|n
skuter|scooters|n
sepeda|bicycles|n
basikal|bicycles|n
sepeda listrik|electric bicycles|n
truk|lorries|n
lori|lorries|n
pikap|pickup trucks|n
bas|buses|n
kursi roda|wheelchairs|n
kereta dorong|trolleys|n
kereta bayi|baby carriages|n
suku cadang mobil|motor vehicle parts|n
otomotif|automotive|m
roda|wheels|n
velg|wheel rims|n
rem|brakes|n
brek|brakes|n
kampas rem|brake pads|n
kopling|clutches|n
shockbreaker|shock absorbers|n
knalpot|exhaust pipes|n
setir|steering wheels|n
sabuk pengaman|seat belts|n
spion|rear-view mirrors|n
busi|spark plugs|n
kapal|ships|n
kapal ikan|fishing vessels|n
perahu|boats|n
bot|boats|n
kereta api|trains|n
lokomotif|locomotives|n
pesawat|aircraft|n
kapal terbang|aircraft|n
dron|drones|n
helikopter|helicopters|n
peti kemas|containers|n
kontainer|containers|n
jaket pelampung|life jackets|n

# Chapter 90: optical, medical and measuring instruments
alat kesehatan|medical devices|n
peralatan medis|medical equipment|n
medis|medical|m
jarum suntik|injection needles|n
alat suntik|syringes|n
tensimeter|blood pressure monitors|n
termometer|thermometers|n
oksimeter|pulse oximeters|n
alat bantu dengar|hearing aids|n
kacamata|spectacles|n
kaca mata|spectacles|n
kacamata hitam|sunglasses|n
cermin mata|spectacles|n
lensa|lenses|n
lensa kontak|contact lenses|n
mikroskop|microscopes|n
penggaris|rulers|n
meteran|tape measures|n
alat ukur|measuring instruments|n

# Chapter 91-93: clocks and watches, musical instruments, arms
jam|watches|n
jam tangan|wristwatches|n
jam dinding|wall clocks|n
jam pintar|smartwatches|n
alat musik|musical instruments|n
alat muzik|musical instruments|n
gitar|guitars|n
biola|violins|n
gendang|drums|n
gamelan|gamelan|n
senjata api|firearms|n
amunisi|ammunition|n

# Chapter 94: furniture, bedding, lamps, prefabricated buildings
mebel|furniture|n
furnitur|furniture|n
perabot|furniture|n
meja|tables|n
meja kerja|desks|n
meja makan|dining tables|n
kursi|chairs|n
kerusi|chairs|n
kursi kantor|office chairs|n
bangku|benches|n
lemari|cabinets|n
almari|cabinets|n
lemari pakaian|wardrobes|n
rak|shelves|n
rak buku|bookshelves|n
tempat tidur|beds|n
ranjang|beds|n
katil|beds|n
meja rias|dressing tables|n
laci|drawers|n
rumah prefabrikasi|prefabricated buildings|n

# Chapter 95: toys, games, sports goods
mainan|toys|n
boneka|dolls|n
anak patung|dolls|n
boneka beruang|teddy bears|n
mobil mainan|toy cars|n
konsol game|video game consoles|n
peralatan olahraga|sports equipment|n
alat olahraga|sports equipment|n
olahraga|sports|m
sukan|sports|m
bola|balls|n
bola sepak|footballs|n
bola basket|basketballs|n
bola voli|volleyballs|n
raket|rackets|n
bulu tangkis|badminton|m
dumbel|dumbbells|n
matras yoga|yoga mats|n
alat fitness|fitness equipment|n
joran|fishing rods|n
alat pancing|fishing tackle|n
pohon natal|christmas trees|n
balon|balloons|n
hewan peliharaan|for pets|m

# Chapter 96: miscellaneous manufactured articles
sikat|brushes|n
berus|brushes|n
sikat gigi|toothbrushes|n
berus gigi|toothbrushes|n
pena|pens|n
pulpen|pens|n
bolpoin|ballpoint pens|n
pensil|pencils|n
pensel|pencils|n
krayon|crayons|n
spidol|marker pens|n
kancing|buttons|n
butang|buttons|n
ritsleting|zips|n
resleting|zips|n
pemantik|lighters|n
sisir|combs|n
jepit rambut|hair clips|n
pembalut wanita|sanitary towels|n
termos|vacuum flasks|n
botol minum|water bottles|n

# Chapter 97: works of art, antiques
lukisan|paintings|n
patung|statues|n
barang antik|antiques|n
antik|antique|m
prangko|postage stamps|n

# General trade qualifiers
impor|imported|m
ekspor|for export|m
indonesia|indonesian|m
malaysia|malaysian|m
`,
};
