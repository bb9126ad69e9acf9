import type { GlossaryLanguage } from 'src/agents/tariff-classification/glossary/glossary-types';

/** Indonesian (with common Malay spellings) trade words: goods, materials, states and uses, with their English. */
export const INDONESIAN: GlossaryLanguage = {
  code: 'id',
  name: 'Indonesian',
  head: 'first',
  unspaced: false,
  letters: '',
  skip: 'buatan dan atau untuk dari dengan yang di ke pada dalam ini itu bagi buat oleh serta per sebuah satu para jenis macam barang produk isi ekor lembar helai pasang pcs unit bungkus',
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
kulit buatan|artificial leather|m
bunga buatan|artificial flowers|n
rambut buatan|artificial hair|n

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

# Chapter 01 (more): live animals
sapi perah|dairy cattle|n
anak sapi|calves|n
pedet|calves|n
kuda|horses|n
keledai|asses|n
kelinci|rabbits|n
arnab|rabbits|n
angsa|geese|n
itik|ducks|n
puyuh|quails|n
burung puyuh|quails|n
kalkun|turkeys|n
ayam kampung|free-range chickens|n
ayam pedaging|broilers|n
ayam broiler|broilers|n
ayam petelur|laying hens|n
anak ayam|chicks|n
anak babi|piglets|n
anjing|dogs|n
kucing|cats|n
ikan hias|ornamental fish|n
ikan koi|koi carp|n
ikan mas|common carp|n
ikan koki|goldfish|n
ikan cupang|fighting fish|n
buaya|crocodiles|n
ular|snakes|n
kura-kura|turtles|n
katak|frogs|n
kodok|frogs|n
serangga|insects|n
jangkrik|crickets|n
lebah|bees|n
benur|shrimp fry|n
burung|birds|n
burung walet|swiftlets|n

# Chapter 02 (more): meat and offal
daging kerbau|buffalo meat|n
daging bebek|duck meat|n
daging domba|mutton|n
daging has|tenderloin|n
has dalam|tenderloin|n
has luar|sirloin|n
iga|ribs|n
iga sapi|beef ribs|n
iga babi|pork ribs|n
sandung lamur|brisket|n
buntut sapi|oxtail|n
lidah sapi|ox tongue|n
babat|tripe|n
usus|intestines|n
hati ayam|chicken livers|n
ampela|gizzards|n
ati ampela|chicken livers and gizzards|n
ceker ayam|chicken feet|n
ceker|chicken feet|n
paha ayam|chicken thighs|n
paha bawah|drumsticks|n
ayam utuh|whole chickens|n
ayam potong|cut chicken|n
daging cincang|minced meat|n
kornet|corned beef|n
dendeng|jerky|n
abon|meat floss|n
rendang|rendang|n
nugget|nuggets|n
kulit ayam|chicken skin|n
tulang|bones|n
sumsum|bone marrow|n
darah|blood|n
daging olahan|processed meat|n
karkas|carcasses|n

# Chapter 03 (more): fish, crustaceans, molluscs
ikan tuna|tuna|n
tuna|tuna|n
cakalang|skipjack tuna|n
ikan kakap|snapper|n
kakap merah|red snapper|n
kakap putih|barramundi|n
ikan kerapu|grouper|n
kerapu|grouper|n
ikan bandeng|milkfish|n
bandeng|milkfish|n
ikan tenggiri|king mackerel|n
tenggiri|king mackerel|n
ikan lele|catfish|n
lele|catfish|n
ikan gabus|snakehead fish|n
ikan gurame|giant gourami|n
gurame|giant gourami|n
ikan bawal|pomfret|n
bawal|pomfret|n
ikan layang|scad|n
ikan selar|scad|n
ikan sarden|sardines|n
sarden|sardines|n
ikan lemuru|sardines|n
ikan salmon|salmon|n
salmon|salmon|n
ikan kod|cod|n
ikan dori|pangasius|n
ikan tilapia|tilapia|n
belut|eels|n
sidat|eels|n
ikan hiu|sharks|n
sirip hiu|shark fins|n
ikan pari|rays|n
ikan todak|swordfish|n
ikan makarel|mackerel|n
ikan layur|hairtail|n
ikan pindang|boiled salted fish|n
ikan bilis|anchovies|n
bilis|anchovies|n
telur ikan|fish roe|n
kaviar|caviar|n
cumi-cumi|squid|n
sotong|cuttlefish|n
udang galah|giant freshwater prawns|n
udang rebon|small shrimps|n
lobster|lobsters|n
kepiting soka|soft-shell crabs|n
rajungan|blue swimming crabs|n
ketam|crabs|n
kerang hijau|green mussels|n
kerang dara|blood cockles|n
remis|clams|n
kerang simping|scallops|n
abalon|abalone|n
siput|snails|n
bekicot|snails|n
ubur-ubur|jellyfish|n
bulu babi|sea urchins|n
otak-otak|fish cakes|n
bakso ikan|fish balls|n
surimi|surimi|n
hasil laut|seafood|n
hasil perikanan|fishery products|n

# Chapter 04 (more): dairy, eggs, honey
susu segar|fresh milk|n
susu uht|uht milk|n
susu pasteurisasi|pasteurised milk|n
susu full cream|whole milk|n
susu skim|skimmed milk|n
susu kambing|goat's milk|n
susu sapi|cow's milk|n
susu evaporasi|evaporated milk|n
susu kental|condensed milk|n
krimer|non-dairy creamer|n
yoghurt|yoghurt|n
keju cheddar|cheddar|n
keju mozarella|mozzarella|n
keju parut|grated cheese|n
mentega tawar|unsalted butter|n
whipping cream|whipping cream|n
telur ayam|hens' eggs|n
telur bebek|duck eggs|n
telur puyuh|quail eggs|n
telur asin|salted eggs|n
kuning telur|egg yolks|n
putih telur|egg whites|n
madu hutan|wild honey|n
madu murni|pure honey|n
royal jelly|royal jelly|n
propolis|propolis|n
sarang lebah|honeycomb|n

# Chapter 05-06 (more): animal products, plants, flowers
bulu angsa|goose down|n
bulu bebek|duck feathers|n
tepung tulang|bone meal|n
tanduk|horns|n
kulit mentah|raw hides|n
karang|coral|n
bunga segar|fresh flowers|n
bunga kering|dried flowers|n
buket bunga|bouquets|n
buket|bouquets|n
karangan bunga|flower arrangements|n
krisan|chrysanthemums|n
bunga lili|lilies|n
bunga matahari|sunflowers|n
teratai|lotus|n
melati|jasmine|n
kaktus|cacti|n
sukulen|succulents|n
tanaman hias|ornamental plants|n
tanaman buah|fruit trees|n
bibit tanaman|seedlings|n
umbi|tubers|n
rumput|grass|n
rumput sintetis|artificial turf|n
lumut|moss|n
media tanam|growing media|n
pot bunga|flower pots|n
pot tanaman|plant pots|n

# Chapter 07 (more): vegetables
bawang daun|spring onions|n
daun bawang|spring onions|n
bawang prei|leeks|n
bawang lanang|single-clove garlic|n
bawang tunggal|single-clove garlic|n
bawang hitam|black garlic|n
sawi|mustard greens|n
sawi putih|chinese cabbage|n
sawi hijau|mustard greens|n
pakcoy|bok choy|n
kangkung|water spinach|n
kailan|chinese kale|n
selada air|watercress|n
kol|cabbage|n
kol merah|red cabbage|n
kol ungu|red cabbage|n
seledri|celery|n
daun seledri|celery leaves|n
peterseli|parsley|n
ketumbar|coriander|n
daun ketumbar|coriander leaves|n
kemangi|lemon basil|n
daun mint|mint leaves|n
selasih|basil seeds|n
daun kari|curry leaves|n
daun salam|indonesian bay leaves|n
daun jeruk|kaffir lime leaves|n
daun pandan|pandan leaves|n
pandan|pandan|n
daun singkong|cassava leaves|n
daun kelor|moringa leaves|n
kelor|moringa|n
labu|pumpkins|n
labu kuning|pumpkins|n
labu siam|chayote|n
zukini|courgettes|n
oyong|luffa|n
gambas|luffa|n
pare|bitter gourds|n
peria|bitter gourds|n
timun|cucumbers|n
ketimun|cucumbers|n
terong ungu|aubergines|n
terung ungu|aubergines|n
buncis|french beans|n
kacang panjang|yardlong beans|n
kacang kapri|peas|n
kacang polong|peas|n
ercis|peas|n
kacang merah|red kidney beans|n
kacang hitam|black beans|n
kacang arab|chickpeas|n
lentil|lentils|n
kacang koro|broad beans|n
edamame|edamame|n
kecambah|bean sprouts|n
taoge|bean sprouts|n
tauge|bean sprouts|n
cabai rawit|bird's eye chillies|n
cabe rawit|bird's eye chillies|n
cabai merah|red chillies|n
cabai keriting|curly chillies|n
cabe|chillies|n
cili padi|bird's eye chillies|n
paprika|sweet peppers|n
jamur tiram|oyster mushrooms|n
jamur kuping|wood ear mushrooms|n
jamur enoki|enoki mushrooms|n
jamur merang|straw mushrooms|n
jamur kancing|button mushrooms|n
jamur champignon|button mushrooms|n
jamur shitake|shiitake mushrooms|n
jamur shiitake|shiitake mushrooms|n
jamur kering|dried mushrooms|n
jagung manis|sweet corn|n
jagung muda|baby corn|n
jagung pipil|maize kernels|n
jagung pakan|feed maize|n
ubi|sweet potatoes|n
ubi ungu|purple sweet potatoes|n
ubi cilembu|sweet potatoes|n
keledek|sweet potatoes|n
talas|taro|n
keladi|taro|n
bengkuang|yam beans|n
sengkuang|yam beans|n
lobak|radishes|n
lobak putih|white radishes|n
buah bit|beetroot|n
rebung|bamboo shoots|n
asparagus|asparagus|n
lengkuas|galangal|n
kencur|aromatic ginger|n
temulawak|javanese turmeric|n
jahe merah|red ginger|n
sereh|lemongrass|n
serai wangi|citronella|n
tomat ceri|cherry tomatoes|n
tomat cherry|cherry tomatoes|n
okra|okra|n
bendi|okra|n
petai|stink beans|n
pete|stink beans|n
jengkol|dog fruit|n
melinjo|melinjo|n
nangka muda|young jackfruit|n
sayur mayur|vegetables|n
sayur-sayuran|vegetables|n

# Chapter 08 (more): fruit and nuts
jeruk manis|sweet oranges|n
jeruk mandarin|mandarins|n
jeruk keprok|mandarins|n
jeruk lemon|lemons|n
lemon|lemons|n
jeruk limau|limes|n
limau|limes|n
jeruk purut|kaffir limes|n
markisa|passion fruit|n
buah pir|pears|n
pir|pears|n
persik|peaches|n
aprikot|apricots|n
ceri|cherries|n
kiwi|kiwifruit|n
bluberi|blueberries|n
blueberry|blueberries|n
murbei|mulberries|n
goji berry|goji berries|n
blewah|melons|n
belimbing|star fruit|n
jambu air|rose apples|n
sawo|sapodillas|n
srikaya|custard apples|n
sirsak|soursop|n
delima|pomegranates|n
duku|langsat|n
langsat|langsat|n
salak|salak|n
kesemek|persimmons|n
kedondong|ambarellas|n
sukun|breadfruit|n
cempedak|cempedak|n
matoa|matoa|n
kurma|dates|n
buah tin|figs|n
zaitun|olives|n
buah zaitun|olives|n
kismis|raisins|n
pisang raja|bananas|n
pisang kepok|plantains|n
pisang cavendish|cavendish bananas|n
pisang ambon|bananas|n
sale pisang|dried bananas|n
pisang sale|dried bananas|n
keripik pisang|banana chips|n
mangga muda|green mangoes|n
manisan mangga|candied mango|n
kelapa muda|young coconuts|n
kelapa parut|grated coconut|n
kelapa kering|desiccated coconut|n
santan|coconut milk|n
santan kental|coconut cream|n
air kelapa|coconut water|n
kacang kenari|walnuts|n
kenari|walnuts|n
kacang almond|almonds|n
almond|almonds|n
kacang pistachio|pistachios|n
pistachio|pistachios|n
kacang macadamia|macadamia nuts|n
kacang hazelnut|hazelnuts|n
hazelnut|hazelnuts|n
kacang pecan|pecans|n
kacang mede|cashew nuts|n
kacang mete goreng|fried cashew nuts|n
kacang kulit|groundnuts in shell|n
kacang atom|coated peanuts|n
kacang campur|mixed nuts|n
kuaci|sunflower seeds|n
biji bunga matahari|sunflower seeds|n
biji labu|pumpkin seeds|n
biji chia|chia seeds|n
chia seed|chia seeds|n
biji teratai|lotus seeds|n
pinang|areca nuts|n
sirih|betel leaves|n
buah kering|dried fruit|n
manisan buah|candied fruit|n
buah beku|frozen fruit|n

# Chapter 09 (more): coffee, tea, spices
kopi bubuk|ground coffee|n
kopi sangrai|roasted coffee|n
biji kopi sangrai|roasted coffee beans|n
kopi hijau|green coffee beans|n
green bean|green coffee beans|n
kopi luwak|civet coffee|n
kopi arabika|arabica coffee|n
arabika|arabica|m
robusta|robusta|m
kopi susu|milk coffee|n
kopi sachet|coffee sachets|n
kopi 3 in 1|3-in-1 coffee|n
kopi kapsul|coffee capsules|n
kopi kaleng|canned coffee|n
kopi drip|drip coffee|n
teh tarik|pulled milk tea|n
teh susu|milk tea|n
teh melati|jasmine tea|n
teh oolong|oolong tea|n
teh herbal|herbal tea|n
teh jahe|ginger tea|n
teh rosella|roselle tea|n
teh kemasan|packaged tea drinks|n
teh botol|bottled tea|n
matcha|matcha|n
bubuk teh hijau|matcha|n
daun teh|tea leaves|n
lada hitam|black pepper|n
lada putih|white pepper|n
merica|pepper|n
merica bubuk|ground pepper|n
kapulaga|cardamom|n
pekak|star anise|n
bunga lawang|star anise|n
adas manis|aniseed|n
jintan|cumin|n
jinten|cumin|n
biji ketumbar|coriander seeds|n
kunyit bubuk|ground turmeric|n
jahe bubuk|ground ginger|n
bubuk cabai|chilli powder|n
cabai bubuk|chilli powder|n
kari|curry|n
bubuk kari|curry powder|n
serbuk kari|curry powder|n
bunga pala|mace|n
kemiri|candlenuts|n
asam jawa|tamarind|n
kluwek|black nuts|n
rempah|spices|n
bumbu dapur|cooking spices|n
bumbu instan|instant seasonings|n
jamu|herbal tonic|n
burung kenari|canaries|n

# Chapter 10-11 (more): cereals, flour, starch
beras putih|white rice|n
beras merah|red rice|n
beras hitam|black rice|n
beras basmati|basmati rice|n
beras jepang|japonica rice|n
beras wangi|fragrant rice|n
beras pandan wangi|fragrant rice|n
beras ketan hitam|black glutinous rice|n
gabah|paddy rice|n
menir|broken rice|n
dedak|rice bran|n
bekatul|rice bran|n
sekam|rice husks|n
sorgum|sorghum|n
jelai|barley|n
barli|barley|n
gandum utuh|whole wheat|n
oat|oats|n
havermut|oats|n
oatmeal|oatmeal|n
kinoa|quinoa|n
quinoa|quinoa|n
jawawut|millet|n
tepung maizena|corn starch|n
maizena|corn starch|n
tepung sagu|sago flour|n
tepung ketan|glutinous rice flour|n
tepung roti|breadcrumbs|n
tepung panir|breadcrumbs|n
tepung bumbu|seasoned flour|n
tepung serbaguna|all-purpose flour|n
tepung protein tinggi|bread flour|n
tepung kue|cake flour|n
tepung mocaf|modified cassava flour|n
tepung singkong|cassava flour|n
tepung kentang|potato starch|n
tepung hunkwe|mung bean starch|n
tepung gandum|wheat flour|n
tepung kanji|tapioca starch|n
kanji|starch|n
malt|malt|n
gluten|gluten|n
sereal jagung|cornflakes|n
granola|granola|n
berondong jagung|popcorn|n
popcorn|popcorn|n
emping|melinjo crackers|n
rengginang|rice crackers|n
nasi instan|instant rice|n
ketupat|rice cakes|n
lontong|rice cakes|n

# Chapter 12-14 (more): oil seeds, herbs, plaiting materials
biji rami|flax seeds|n
biji kapas|cotton seeds|n
inti sawit|palm kernels|n
tandan buah segar|oil palm fruit bunches|n
biji jarak|castor oil seeds|n
ganja|cannabis|n
kratom|kratom|n
daun kratom|kratom leaves|n
herbal|herbal|m
tanaman obat|medicinal plants|n
lidah buaya|aloe vera|n
ginseng|ginseng|n
gingseng|ginseng|n
ginseng merah|red ginseng|n
akar manis|liquorice root|n
nori|nori|n
spirulina|spirulina|n
agar-agar|agar|n
karagenan|carrageenan|n
damar|dammar resin|n
gondorukem|rosin|n
mendong|sedge|m
purun|sedge|m
eceng gondok|water hyacinth|m
pelepah pisang|banana fibre|m
lidi|palm-leaf ribs|n
ijuk|palm fibre|m
tempurung kelapa|coconut shells|n

# Chapter 15 (more): fats and oils
minyak wijen|sesame oil|n
minyak kacang|groundnut oil|n
minyak canola|canola oil|n
minyak jagung|maize oil|n
minyak bunga matahari|sunflower oil|n
minyak bekatul|rice bran oil|n
minyak ikan|fish oil|n
minyak hati ikan|cod liver oil|n
minyak kelapa murni|virgin coconut oil|n
vco|virgin coconut oil|n
olein|palm olein|n
stearin|stearin|n
minyak jarak|castor oil|n
minyak biji rami|linseed oil|n
lemak sapi|tallow|n
lemak babi|lard|n
mentega putih|shortening|n
minyak samin|ghee|n
ghee|ghee|n
lilin lebah|beeswax|n
minyak jelantah|used cooking oil|n
minyak curah|bulk cooking oil|n

# Chapter 16 (more): meat and fish preparations
sarden kaleng|canned sardines|n
tuna kaleng|canned tuna|n
siomay|fish dumplings|n
dimsum|dim sum|n
pangsit|wontons|n
gyoza|gyoza|n
lumpia|spring rolls|n
risoles|rissoles|n
ayam goreng|fried chicken|n
ayam bakar|grilled chicken|n
sate|satay|n
satay|satay|n
daging asap|smoked meat|n
pempek|fish cakes|n
empek-empek|fish cakes|n
makanan siap saji|ready meals|n
makanan siap makan|ready-to-eat meals|n
makanan instan|instant food|n
lauk|side dishes|n
gulai|curry|n
soto|soto soup|n
sup instan|instant soup|n
petis|shrimp paste sauce|n
cincalok|fermented shrimps|n
budu|fermented fish sauce|n

# Chapter 17-18 (more): sugar, confectionery, cocoa
gula tebu|cane sugar|n
gula batu|rock sugar|n
gula halus|icing sugar|n
gula kristal|granulated sugar|n
gula rafinasi|refined sugar|n
gula mentah|raw sugar|n
gula kelapa|coconut sugar|n
gula semut|coconut sugar|n
gula jawa|palm sugar|n
gula cair|liquid sugar|n
gula diet|sweeteners|n
stevia|stevia|n
glukosa|glucose|n
fruktosa|fructose|n
sirup maple|maple syrup|n
permen jelly|jelly sweets|n
permen jeli|jelly sweets|n
permen lunak|chewy sweets|n
permen mint|mints|n
lolipop|lollipops|n
permen susu|milk sweets|n
gulali|candy floss|n
marshmallow|marshmallows|n
dodol|dodol|n
cokelat batang|chocolate bars|n
coklat batang|chocolate bars|n
cokelat susu|milk chocolate|n
cokelat hitam|dark chocolate|n
dark chocolate|dark chocolate|n
cokelat putih|white chocolate|n
cokelat bubuk|cocoa powder|n
coklat bubuk|cocoa powder|n
biji kakao|cocoa beans|n
meses|chocolate sprinkles|n
selai cokelat|chocolate spread|n

# Chapter 19 (more): bakery, noodles, cereal preparations
roti tawar|sliced bread|n
roti manis|sweet buns|n
roti gandum|wholemeal bread|n
roti bakar|toast|n
roti canai|roti canai|n
roti kering|rusks|n
wafer|wafers|n
kue kering|cookies|n
kukis|cookies|n
bolu|sponge cakes|n
kue bolu|sponge cakes|n
bolu gulung|swiss rolls|n
kue tart|cakes|n
kue ulang tahun|birthday cakes|n
brownies|brownies|n
donat|doughnuts|n
croissant|croissants|n
martabak|martabak|n
kue lapis|layer cakes|n
lapis legit|layer cakes|n
kue bulan|mooncakes|n
bakpao|steamed buns|n
pau|steamed buns|n
burger|burgers|n
roti isi|sandwiches|n
krekers|crackers|n
kerupuk udang|prawn crackers|n
kerupuk ikan|fish crackers|n
kerupuk kulit|skin crackers|n
keripik kentang|potato crisps|n
keripik singkong|cassava chips|n
keripik tempe|tempeh chips|n
makaroni|macaroni|n
spageti|spaghetti|n
kwetiau|flat rice noodles|n
kuetiau|flat rice noodles|n
laksa|laksa noodles|n
soun|glass noodles|n
mihun|rice vermicelli|n
mee|noodles|n
mi telur|egg noodles|n
mie telur|egg noodles|n
mi goreng|fried noodles|n
mie goreng|fried noodles|n
mi cup|cup noodles|n
mie cup|cup noodles|n
ramen|ramen|n
udon|udon|n
bubur instan|instant porridge|n
bubur bayi|baby porridge|n
mpasi|baby food|n
sereal bayi|infant cereal|n
sereal batang|cereal bars|n
nasi kotak|boxed meals|n
kue basah|traditional cakes|n
kue tradisional|traditional cakes|n

# Chapter 20 (more): vegetable and fruit preparations
jus jeruk|orange juice|n
jus apel|apple juice|n
jus anggur|grape juice|n
jus mangga|mango juice|n
jus nanas|pineapple juice|n
jus tomat|tomato juice|n
jus buah|fruit juice|n
air jeruk|orange juice|n
asinan|pickled fruit and vegetables|n
acar|pickles|n
acar timun|pickled cucumbers|n
kimchi|kimchi|n
manisan|candied fruit|n
buah kalengan|canned fruit|n
buah kaleng|canned fruit|n
pasta tomat|tomato paste|n
saus sambal|chilli sauce|n
selai kacang|peanut butter|n
selai stroberi|strawberry jam|n
selai nanas|pineapple jam|n
selai srikaya|kaya jam|n
keripik buah|fruit chips|n
keripik nangka|jackfruit chips|n
sayur kering|dried vegetables|n
kentang tumbuk|mashed potato|n

# Chapter 21 (more): miscellaneous food preparations
kecap manis|sweet soy sauce|n
kecap asin|light soy sauce|n
tauco|fermented soya-bean paste|n
saus barbeque|barbecue sauce|n
saus bbq|barbecue sauce|n
saus teriyaki|teriyaki sauce|n
saus keju|cheese sauce|n
saus pasta|pasta sauce|n
mayones|mayonnaise|n
mayonaise|mayonnaise|n
dressing salad|salad dressing|n
sambal botol|bottled chilli sauce|n
bumbu racik|spice mixes|n
bumbu masak|cooking seasonings|n
penyedap rasa|flavour enhancers|n
penyedap|flavour enhancers|n
micin|monosodium glutamate|n
msg|monosodium glutamate|n
kaldu ayam|chicken stock|n
kaldu bubuk|stock powder|n
kaldu blok|stock cubes|n
kaldu jamur|mushroom stock|n
ragi instan|instant yeast|n
baking powder|baking powder|n
pengembang kue|raising agents|n
jeli|jelly|n
puding|puddings|n
es lilin|ice lollies|n
es puter|traditional ice cream|n
tahu sutra|silken tofu|n
kembang tahu|tofu skin|n
oncom|oncom|n
protein nabati|plant protein|n
daging nabati|plant-based meat|n
suplemen|supplements|n
suplemen makanan|food supplements|n
multivitamin|multivitamins|n
vitamin|vitamins|n
kolagen|collagen|n
boba|tapioca pearls|n
nata de coco|nata de coco|n
minuman serbuk|powdered drinks|n
bubuk minuman|powdered drink mixes|n
halal|halal|m
vegan|vegan|m
vegetarian|vegetarian|m

# Chapter 22 (more): beverages, spirits, vinegar
air kemasan|bottled water|n
air galon|gallon water|n
air soda|soda water|n
minuman isotonik|isotonic drinks|n
minuman kemasan|packaged drinks|n
minuman kaleng|canned drinks|n
minuman botol|bottled drinks|n
susu almond|almond milk|n
susu oat|oat milk|n
kombucha|kombucha|n
bir kaleng|canned beer|n
bir botol|bottled beer|n
minuman anggur|wine|n
wiski|whisky|n
vodka|vodka|n
brendi|brandy|n
tuak|palm wine|n
brem|rice wine|n
ciu|rice spirits|n
cuka apel|apple cider vinegar|n
cuka beras|rice vinegar|n
es batu|ice cubes|n
es kristal|ice tubes|n

# Chapter 23-24 (more): animal feed, tobacco
pelet ikan|fish feed pellets|n
pakan ikan|fish feed|n
pakan udang|shrimp feed|n
pakan ayam|poultry feed|n
pakan babi|pig feed|n
pakan burung|bird food|n
pakan kucing|cat food|n
pakan anjing|dog food|n
makanan hewan|pet food|n
snack kucing|cat treats|n
camilan anjing|dog treats|n
konsentrat|feed concentrates|n
pasir kucing|cat litter|n
ampas tahu|tofu dregs|n
ampas tebu|bagasse|n
tepung daging tulang|meat and bone meal|n
jerami|straw|m
hijauan pakan|green fodder|n
silase|silage|n
tembakau iris|cut tobacco|n
rokok filter|filter cigarettes|n
rokok putih|white cigarettes|n
sigaret kretek|clove cigarettes|n
kertas rokok|cigarette paper|n
papir|cigarette paper|n
filter rokok|cigarette filters|n
vape|electronic cigarettes|n
liquid vape|e-liquids|n
pod|pod e-cigarettes|n
shisha|shisha|n
nikotin|nicotine|n

# Chapter 25-27 (more): salt, stone, cement, ores, fuels
garam dapur|table salt|n
garam beryodium|iodised salt|n
kapur tohor|quicklime|n
gipsum|gypsum|n
pasir silika|silica sand|n
pasir kuarsa|silica sand|n
kerikil|gravel|n
kaolin|kaolin|n
bentonit|bentonite|n
bedak talk|talc|n
belerang|sulphur|n
sulfur|sulphur|n
briket|briquettes|n
avtur|jet fuel|n
oli mesin|engine oil|n
oli motor|motorcycle oil|n
gas lpg|lpg|n

# Chapter 28-29 (more): chemicals
asam klorida|hydrochloric acid|n
asam asetat|acetic acid|n
asam cuka|acetic acid|n
asam hialuronat|hyaluronic acid|n
asam amino|amino acids|n
kaustik soda|caustic soda|n
soda abu|soda ash|n
kaporit|calcium hypochlorite|n
klorin|chlorine|n
tawas|alum|n
silika gel|silica gel|n
oksigen|oxygen|n
hidrogen peroksida|hydrogen peroxide|n
aseton|acetone|n
gliserin|glycerol|n
formalin|formalin|n
pemanis buatan|artificial sweeteners|n
pewarna makanan|food colouring|n
perisa|flavourings|n
perasa|flavourings|n

# Chapter 30 (more): pharmaceuticals
obat batuk|cough medicine|n
obat demam|antipyretics|n
penurun panas|antipyretics|n
parasetamol|paracetamol|n
obat flu|cold medicine|n
obat alergi|antihistamines|n
obat maag|antacids|n
obat pencahar|laxatives|n
obat tetes mata|eye drops|n
tetes mata|eye drops|n
salep|ointment|n
minyak angin|medicated oil|n
minyak kayu putih|cajuput oil|n
balsem|medicated balm|n
koyo|medicated plasters|n
antiseptik|antiseptics|n
alkohol 70%|surgical spirit|n
oralit|oral rehydration salts|n
kain kasa|gauze|n
cotton bud|cotton buds|n
plester|adhesive plasters|n
plester luka|adhesive plasters|n
test pack|pregnancy tests|n
kotak p3k|first-aid kits|n
obat tradisional|traditional medicine|n

# Chapter 31 (more): fertilisers
pupuk kandang|manure|n
kompos|compost|n
pupuk hayati|biofertilisers|n
pupuk cair|liquid fertilisers|n
pupuk daun|foliar fertilisers|n
pupuk kcl|potassium chloride|n
pupuk za|ammonium sulphate|n
pupuk dap|diammonium phosphate|n
pupuk majemuk|compound fertilisers|n
hormon tanaman|plant growth regulators|n

# Chapter 32 (more): paints, inks, glues, tapes
cat tembok|wall paint|n
cat dinding|wall paint|n
cat minyak|oil paint|n
cat dasar|primers|n
cat anti karat|anti-rust paint|n
cat semprot|spray paint|n
pilok|spray paint|n
cat air|watercolours|n
cat akrilik|acrylic paints|n
plamir|filler|n
dempul|putty|n
pernis|varnish|n
tiner|thinners|n
tinta printer|printer ink|n
cartridge|ink cartridges|n
lem tembak|hot-melt glue sticks|n
lem korea|superglue|n
lem kayu|wood glue|n
lem silikon|silicone sealant|n
lem stik|glue sticks|n
selotip|adhesive tape|n
isolasi|adhesive tape|n
lakban bening|clear tape|n
double tape|double-sided tape|n
isolasi listrik|insulating tape|n

# Chapter 33 (more): cosmetics, perfume, toiletries
pembersih wajah|facial cleanser|n
sabun muka|facial cleanser|n
penghapus makeup|make-up remover|n
toner wajah|toner|n
krim wajah|face cream|n
pelembab|moisturiser|n
masker wajah|face masks|n
krim mata|eye cream|n
alas bedak|foundation|n
bedak|face powder|n
bedak bayi|baby powder|n
perona pipi|blusher|n
perona mata|eyeshadow|n
maskara|mascara|n
pensil alis|eyebrow pencils|n
gincu|lipstick|n
krim tangan|hand cream|n
sabun cair|liquid soap|n
sabun batang|bar soap|n
lulur|body scrub|n
minyak rambut|hair oil|n
pomade|pomade|n
semir rambut|hair dye|n
pewarna rambut|hair dye|n
krim cukur|shaving cream|n
benang gigi|dental floss|n
obat kumur|mouthwash|n
penghapus kutek|nail polish remover|n
kutek|nail polish|n
kuku palsu|false nails|n
bulu mata palsu|false eyelashes|n
pengharum ruangan|air fresheners|n
pengharum mobil|car air fresheners|n
parfum mobil|car air fresheners|n
dupa|incense|n
perawatan kulit|skin care|m

# Chapter 34 (more): soap, detergents, polishes, candles
sabun cuci|laundry soap|n
sabun colek|cream detergent|n
deterjen cair|liquid detergent|n
pewangi pakaian|fabric softener|n
pembersih lantai|floor cleaner|n
pembersih kaca|glass cleaner|n
pembersih toilet|toilet cleaner|n
cairan pembersih|cleaning liquid|n
penghilang noda|stain remover|n
sabun cuci mobil|car shampoo|n
semir sepatu|shoe polish|n
lilin aromaterapi|scented candles|n
plastisin|modelling clay|n

# Chapter 35-38 (more): gelatin, explosives, pesticides, other chemicals
enzim|enzymes|n
bahan peledak|explosives|n
petasan|firecrackers|n
racun tikus|rodenticides|n
obat rayap|termiticides|n
fungisida|fungicides|n
racun serangga|insecticides|n
obat semut|ant killer|n
lotion anti nyamuk|insect repellent lotion|n
air radiator|radiator coolant|n
air aki|battery water|n
minyak rem|brake fluid|n
tip-ex|correction fluid|n
air suling|distilled water|n
desinfektan|disinfectants|n

# Chapter 39 (more): plastics and articles thereof
akrilik|acrylic|m
polikarbonat|polycarbonate|m
poliuretan|polyurethane|m
sampah plastik|plastic waste|n
bijih plastik|plastic granules|n
plastik wrap|cling film|n
plastik klip|zip-lock bags|n
kantong sampah|bin bags|n
pipa pvc|pvc pipes|n
paralon|pvc pipes|n
sambungan pipa|pipe fittings|n
selang air|water hoses|n
gelas plastik|plastic cups|n
kotak makan|lunch boxes|n
tempat makan|food containers|n
wadah makanan|food containers|n
toples|jars|n
kotak penyimpanan|storage boxes|n
keranjang baju|laundry baskets|n
baskom|basins|n
tandon air|water tanks|n
toren|water tanks|n
jeriken|jerrycans|n
botol semprot|spray bottles|n
tutup botol|bottle caps|n
dot bayi|teats|n
empeng|dummies|n
botol susu|feeding bottles|n
kabel ties|cable ties|n
terpal|tarpaulins|n
mulsa|mulch film|n
paranet|shade netting|n
stiker dinding|wall stickers|n
nampan|trays|n
palet|pallets|n
map plastik|plastic folders|n
tatakan gelas|coasters|n
celengan|piggy banks|n
partisi|partitions|n
gantungan|hooks|n

# Chapter 40 (more): rubber and tyres
ban motor|motorcycle tyres|n
ban sepeda|bicycle tyres|n
selang karet|rubber hoses|n
paking|gaskets|n
karpet karet|rubber mats|n
karpet mobil|car floor mats|n
penghapus|erasers|n
setip|erasers|n
sarung tangan medis|medical gloves|n
sarung tangan nitril|nitrile gloves|n
nitril|nitrile|m
busa|foam|m
spons|sponges|n
spons cuci piring|dish sponges|n
van belt|v-belts|n

# Chapter 41-43 (more): leather, bags, fur
kulit sintetis|synthetic leather|m
kulit pu|pu leather|m
kulit suede|suede|m
tas bahu|shoulder bags|n
tas jinjing|tote bags|n
tas kain|cloth bags|n
tas belanja|shopping bags|n
tas pinggang|waist bags|n
tas dada|chest bags|n
tas kosmetik|cosmetic bags|n
dompet kartu|card holders|n
tas laptop|laptop bags|n
tas kerja|briefcases|n
koper trolley|trolley cases|n
tempat pensil|pencil cases|n
tas bekal|lunch bags|n
casing hp|phone cases|n
case hp|phone cases|n
kotak perhiasan|jewellery boxes|n
tempat kacamata|spectacle cases|n
kalung anjing|dog collars|n
tali anjing|dog leads|n
jaket kulit|leather jackets|n
gantungan kunci|key rings|n

# Chapter 44-46 (more): wood, cork, basketwork
kayu pinus|pine|m
kayu mahoni|mahogany|m
kayu meranti|meranti|m
kayu sengon|albizia wood|m
kayu akasia|acacia wood|m
gaharu|agarwood|n
kayu cendana|sandalwood|m
papan kayu|wooden boards|n
lantai kayu|wooden flooring|n
lantai laminasi|laminate flooring|n
multiplek|plywood|n
triplek|plywood|n
kusen|door frames|n
peti kayu|wooden crates|n
serbuk gergaji|sawdust|n
tusuk sate|skewers|n
talenan|chopping boards|n
hiasan dinding|wall decorations|n
dekorasi rumah|home decorations|n
keranjang rotan|rattan baskets|n
keranjang bambu|bamboo baskets|n
kerai|blinds|n

# Chapter 47-49 (more): paper, paperboard, printed matter
kertas a4|a4 paper|n
kertas fotokopi|copy paper|n
kertas karton|cardboard|n
karton|cardboard|n
kertas kado|gift wrap|n
kertas roti|baking paper|n
tisu dapur|kitchen towels|n
tisu wajah|facial tissues|n
kertas thermal|thermal paper|n
kertas warna|coloured paper|n
kotak kardus|cardboard boxes|n
kotak kado|gift boxes|n
tas kertas|paper bags|n
label harga|price tags|n
buku tulis|exercise books|n
buku mewarnai|colouring books|n
agenda|planners|n
kalender|calendars|n
kartu ucapan|greeting cards|n
peta|maps|n
komik|comics|n
buku pelajaran|textbooks|n
brosur|brochures|n
kartu nama|business cards|n
tiket|tickets|n

abu-abu|grey|m
warna abu|grey|m

# Chapter 50-60 (more): fibres, yarn, fabrics
benang sutra|silk yarn|n
kepompong|silk cocoons|n
benang wol|wool yarn|n
benang rajut|knitting yarn|n
wol domba|sheep's wool|m
kasmir|cashmere|m
kain rajut|knitted fabric|n
kain kaos|jersey fabric|n
kain linen|linen fabric|n
kain sutra|silk fabric|n
kain satin|satin fabric|n
kain sifon|chiffon fabric|n
sifon|chiffon|m
kain brokat|brocade|n
brokat|brocade|m
kain renda|lace fabric|n
renda|lace|m
kain jaring|mesh fabric|n
kain beludru|velvet fabric|n
beludru|velvet|m
baldu|velvet|m
kain flanel|flannel|n
flanel|flannel|m
kain fleece|fleece fabric|n
kain parasut|nylon taffeta|n
parasut|nylon taffeta|m
kain denim|denim fabric|n
kain jeans|denim fabric|n
kain kanvas|canvas|n
kanvas|canvas|m
kain drill|drill fabric|n
kain spandek|stretch fabric|n
spandek|elastane|m
spandeks|elastane|m
kain sintetis|synthetic fabric|n
serat sintetis|synthetic fibres|n
serat buatan|man-made fibres|n
kain tile|tulle|n
kain voal|voile|n
voal|voile|m
kain blacu|calico|n
kain songket|songket|n
songket|songket|n
kain tenun ikat|ikat fabric|n
tenun ikat|ikat|n
kain batik|batik fabric|n
batik tulis|hand-drawn batik|n
batik cap|stamped batik|n
kain lurik|striped woven fabric|n
kain ulos|ulos cloth|n
kain tahan air|waterproof fabric|n
kain bambu|bamboo fabric|n
dakron|polyester fibre fill|n
dacron|polyester fibre fill|n
kapuk|kapok|m
benang jahit|sewing thread|n
benang bordir|embroidery thread|n
pita|ribbons|n
karet elastis|elastic|n
velcro|hook and loop fasteners|n
perekat velcro|hook and loop fasteners|n
label baju|garment labels|n
label tenun|woven labels|n
emblem|badges|n
bordiran|embroidered badges|n
kain keras|interlining|n
tali kur|cord|n
tali tambang|rope|n
tali nilon|nylon rope|n
jaring ikan|fishing nets|n
jala|cast nets|n
ayunan|swings|n
karpet lantai|floor rugs|n
keset|doormats|n
permadani|rugs|n
sprei|bed sheets|n
sprai|bed sheets|n
sarung bantal|pillowcases|n
sarung guling|bolster cases|n
guling|bolsters|n
sarung selimut|duvet covers|n
set sprei|bedding sets|n
pelindung kasur|mattress protectors|n
gorden blackout|blackout curtains|n
vitrase|net curtains|n
handuk mandi|bath towels|n
handuk kecil|hand towels|n
sapu tangan|handkerchiefs|n
kain lap|cleaning cloths|n
lap dapur|kitchen towels|n
lap microfiber|microfibre cloths|n
celemek|aprons|n
sarung mobil|car covers|n
cover mobil|car covers|n
sarung sofa|sofa covers|n
sarung jok|seat covers|n
bendera|flags|n
spanduk|banners|n
kantong tidur|sleeping bags|n
selendang|shawls|n
pashmina|pashminas|n
kerudung|headscarves|n
bedong|swaddles|n
popok kain|cloth nappies|n
masker kain|cloth face masks|n
tas spunbond|non-woven bags|n
spunbond|spunbond nonwoven|m

# Chapter 61-63 (more): garments
kerah bulat|crew-neck|m
leher bulat|crew-neck|m
o-neck|crew-neck|m
kerah v|v-neck|m
berkerah|collared|m
kerah|collars|n
kerah tinggi|high-neck|m
kerah shanghai|mandarin-collar|m
sabrina|off-the-shoulder|m
tanpa lengan|sleeveless|m
lengan 3/4|three-quarter-sleeved|m
lengan balon|puff-sleeved|m
berhoodie|hooded|m
kaos oblong|t-shirts|n
kaos polos|plain t-shirts|n
kaos dalam|undershirts|n
kaos singlet|vests|n
singlet|vests|n
kemeja flanel|flannel shirts|n
kemeja batik|batik shirts|n
blus|blouses|n
atasan|tops|n
atasan wanita|women's tops|n
tunik|tunics|n
kardigan|cardigans|n
sweter|sweaters|n
switer|sweaters|n
jaket hoodie|hoodies|n
jaket jeans|denim jackets|n
jaket denim|denim jackets|n
jaket bomber|bomber jackets|n
jaket parasut|windcheaters|n
jaket gunung|outdoor jackets|n
jaket motor|motorcycle jackets|n
jas almamater|university jackets|n
blazer wanita|women's blazers|n
rompi|waistcoats|n
mantel bulu|fur coats|n
jubah|robes|n
jubah mandi|bathrobes|n
gamis|long dresses|n
abaya|abayas|n
baju koko|muslim shirts|n
baju muslim|muslim clothing|n
mukena|prayer garments|n
telekung|prayer garments|n
peci|caps|n
songkok|caps|n
kopiah|caps|n
kebaya|kebayas|n
baju kebaya|kebayas|n
baju melayu|traditional malay shirts|n
gaun pesta|party dresses|n
gaun pengantin|wedding dresses|n
gaun tidur|nightdresses|n
daster|house dresses|n
baju hamil|maternity clothing|n
baju menyusui|nursing clothing|n
rok mini|mini skirts|n
rok panjang|long skirts|n
rok plisket|pleated skirts|n
celana panjang|trousers|n
celana kulot|culottes|n
kulot|culottes|n
celana bahan|dress trousers|n
celana kain|cloth trousers|n
celana chino|chinos|n
celana cargo|cargo trousers|n
celana jogger|joggers|n
celana training|tracksuit bottoms|n
celana olahraga|sports trousers|n
celana legging|leggings|n
celana kolor|boxer shorts|n
kolor|boxer shorts|n
celana renang|swimming trunks|n
celana gemas|shorts|n
celana sirwal|sirwal trousers|n
celana hamil|maternity trousers|n
baju tidur|nightwear|n
piyama|pyjamas|n
setelan baju|clothing sets|n
baju setelan|clothing sets|n
one set|clothing sets|n
baju kodok|dungarees|n
wearpack|coveralls|n
baju kerja|workwear|n
seragam kerja|work uniforms|n
seragam sekolah|school uniforms|n
baju pramuka|scout uniforms|n
jas lab|lab coats|n
jas dokter|doctor's coats|n
baju hazmat|hazmat suits|n
rompi safety|high-visibility vests|n
baju bayi|baby clothes|n
jumper bayi|baby rompers|n
romper|rompers|n
kostum|costumes|n
baju bola|football shirts|n
jersey bola|football shirts|n
baju senam|activewear|n
baju olahraga|sportswear|n
baju gym|gym wear|n
pakaian renang|swimwear|n
baju selam|wetsuits|n
bh|bras|n
beha|bras|n
bra olahraga|sports bras|n
sport bra|sports bras|n
tanpa kawat|non-wired|m
korset|corsets|n
stagen|girdles|n
kamisol|camisoles|n
tanktop|tank tops|n
sarung tangan rajut|knitted gloves|n
manset|arm sleeves|n
kaos kaki pendek|ankle socks|n
kaos kaki panjang|knee-high socks|n
stoking wanita|tights|n
dasi kupu-kupu|bow ties|n
bando|headbands|n
ikat rambut|hair ties|n
jedai|claw clips|n
jepit|hair clips|n
topi bucket|bucket hats|n
topi rajut|beanies|n
kupluk|beanies|n
topi pantai|sun hats|n
topi koboi|cowboy hats|n
helm sepeda|cycling helmets|n
helm full face|full-face helmets|n
penutup mata|eye masks|n
ukuran besar|plus-size|m
longgar|loose-fit|m
slim fit|slim-fit|m
all size|one size|m
allsize|one size|m
dewasa|adults'|m
remaja|teenagers'|m
anak-anak|children's|m
balita|toddlers'|m
bayi baru lahir|newborns'|m
cowok|men's|m
cewek|women's|m
ibu hamil|maternity|m
muslimah|muslim women's|m
kekinian|trendy|m
motif|patterned|m
bermotif|patterned|m
salur|striped|m
garis-garis|striped|m
kotak-kotak|checked|m
bunga-bunga|floral|m
loreng|camouflage|m
polos|plain|m

# Chapter 64-67 (more): footwear, umbrellas, wigs
sepatu kulit|leather shoes|n
sepatu pantofel|dress shoes|n
pantofel|dress shoes|n
sepatu flat|flat shoes|n
sepatu slip on|slip-ons|n
sepatu kerja|work shoes|n
sepatu sekolah|school shoes|n
sepatu lari|running shoes|n
sepatu bola|football boots|n
sepatu futsal|futsal shoes|n
sepatu basket|basketball shoes|n
sepatu badminton|badminton shoes|n
sepatu gunung|hiking boots|n
sepatu safety|safety shoes|n
sepatu boots|boots|n
sepatu anak|children's shoes|n
sepatu bayi|baby shoes|n
sepatu wedges|wedge shoes|n
sepatu kanvas|canvas shoes|n
sepatu sneakers|sneakers|n
sandal gunung|outdoor sandals|n
sandal selop|slippers|n
selop|slippers|n
sendal|sandals|n
sandal rumah|house slippers|n
sandal hotel|hotel slippers|n
sandal wanita|women's sandals|n
sepatu boot karet|rubber boots|n
sepatu karet|rubber shoes|n
bakiak|clogs|n
terompah|clogs|n
sol sepatu|soles|n
sol|soles|n
alas sepatu|insoles|n
tali sepatu|shoelaces|n
hak sepatu|heels|n
rak sepatu|shoe racks|n
lemari sepatu|shoe cabinets|n
payung lipat|folding umbrellas|n
payung pantai|beach umbrellas|n
payung taman|garden umbrellas|n
tongkat|walking sticks|n
tongkat jalan|walking sticks|n
sambungan rambut|hair extensions|n
bulu mata|eyelashes|n
tanaman palsu|artificial plants|n
tanaman artificial|artificial plants|n
bunga artificial|artificial flowers|n
bunga palsu|artificial flowers|n

# Chapter 68-71 (more): stone, ceramics, glass, jewellery
bata ringan|lightweight concrete blocks|n
batako|concrete blocks|n
bata merah|clay bricks|n
batu bata|bricks|n
bata tahan api|refractory bricks|n
paving blok|paving blocks|n
keramik lantai|floor tiles|n
keramik dinding|wall tiles|n
mozaik|mosaic tiles|n
atap|roofing|n
papan gipsum|plasterboard|n
plafon|ceiling boards|n
batu gerinda|grinding wheels|n
mata gerinda|grinding discs|n
batu asah|sharpening stones|n
peredam panas|thermal insulation|n
cobek|mortars|n
gerabah|earthenware|n
tembikar|pottery|n
guci|urns|n
pot keramik|ceramic pots|n
alat makan|tableware|n
mangkok|bowls|n
cangkir teh|tea cups|n
set teh|tea sets|n
poci|teapots|n
teko|teapots|n
gelas keramik|ceramic mugs|n
closet duduk|toilets|n
kloset duduk|toilets|n
gelas kaca|drinking glasses|n
toples kaca|glass jars|n
kristal|crystal|m
kaca film|window tint film|n
kaca laminasi|laminated glass|m
kaca es|frosted glass|m
kaca spion|rear-view mirrors|n
tempered glass|tempered glass screen protectors|n
anti gores|screen protectors|n
akuarium|aquariums|n
emas batangan|gold bars|n
emas putih|white gold|m
sepuh emas|gold-plated|m
zirkon|cubic zirconia|n
batu akik|agate|n
akik|agate|n
giok|jade|n
safir|sapphires|n
zamrud|emeralds|n
batu permata|gemstones|n
manik-manik|beads|n
gelang tangan|bracelets|n
gelang kaki|anklets|n
subang|earrings|n
giwang|earrings|n
bros|brooches|n
cincin kawin|wedding rings|n
mahkota|tiaras|n
aksesoris rambut|hair accessories|n
piala|trophies|n
medali|medals|n

# Chapter 72-83 (more): metals, metal articles, tools, hardware
besi hollow|hollow sections|n
besi siku|steel angles|n
plat bordes|checker plates|n
besi ulir|deformed bars|n
besi polos|round bars|n
besi strip|flat bars|n
atap seng|galvanised roofing sheets|n
spandek atap|metal roofing sheets|n
galvalum|galvalume sheets|n
baja ringan|light steel framing|n
kawat bendrat|binding wire|n
kawat harmonika|chain-link fencing|n
wiremesh|welded wire mesh|n
sling baja|steel wire ropes|n
besi bekas|iron scrap|n
baut mur|nuts and bolts|n
ring baut|washers|n
paku keling|rivets|n
fisher|wall plugs|n
dynabolt|anchor bolts|n
katrol|pulleys|n
jangkar|anchors|n
tabung gas|gas cylinders|n
shower|shower heads|n
jet shower|bidet sprays|n
bak cuci piring|kitchen sinks|n
rak piring|dish racks|n
jemuran|clothes airers|n
jepitan jemuran|clothes pegs|n
dandang|steamers|n
kukusan|steamers|n
wajan anti lengket|non-stick pans|n
anti lengket|non-stick|m
sutil|spatulas|n
centong|ladles|n
penjepit makanan|tongs|n
capitan|tongs|n
pengupas|peelers|n
parutan|graters|n
pembuka botol|bottle openers|n
pembuka kaleng|can openers|n
pisau dapur|kitchen knives|n
pisau lipat|folding knives|n
set pisau|knife sets|n
asahan pisau|knife sharpeners|n
gunting rambut|hairdressing scissors|n
sendok teh|teaspoons|n
sendok takar|measuring spoons|n
pengocok telur|whisks|n
cetakan kue|baking moulds|n
kompor listrik|electric hobs|n
rantang|food carriers|n
tudung saji|food covers|n
brankas|safes|n
loker|lockers|n
lemari arsip|filing cabinets|n
rak besi|steel shelving|n
tangga lipat|step ladders|n
steger|scaffolding|n
perancah|scaffolding|n
rolling door|roller shutters|n
pagar|fences|n
pintu pagar|gates|n
teralis|window grilles|n
kotak surat|letter boxes|n
lonceng|bells|n
asbak|ashtrays|n
jarum rajut|knitting needles|n
peniti|safety pins|n
mata ayam|eyelets|n
gesper|buckles|n
sabut cuci|scouring pads|n
kawat tembaga|copper wire|n
pipa tembaga|copper pipes|n
plat aluminium|aluminium sheets|n
timah solder|solder|n
titanium|titanium|m
set perkakas|tool sets|n
kotak perkakas|tool boxes|n
kunci ring|ring spanners|n
kunci inggris|adjustable spanners|n
kunci l|hex keys|n
kunci sok|socket wrenches|n
tespen|voltage testers|n
tang potong|cutting pliers|n
tang lancip|long-nose pliers|n
tang kupas|wire strippers|n
palu karet|rubber mallets|n
pahat|chisels|n
kikir|files|n
mata gergaji|saw blades|n
mata obeng|screwdriver bits|n
sendok semen|trowels|n
garu|rakes|n
sabit|sickles|n
linggis|crowbars|n
cutter|utility knives|n
ragum|vices|n
klem|clamps|n
hekter|staplers|n
pelubang kertas|hole punches|n
alat berkebun|garden tools|n
gembor|watering cans|n
penjepit bulu mata|eyelash curlers|n
pinset|tweezers|n
kunci kombinasi|combination locks|n
kunci pintu|door locks|n
gagang pintu|door handles|n
grendel|door bolts|n
rel laci|drawer slides|n
roda troli|castors|n
kaki meja|table legs|n
braket|brackets|n
bracket tv|tv wall mounts|n
bahan bangunan|building materials|n

# Chapter 84 (more): machinery, appliances, computers
mesin tempel|outboard motors|n
kincir angin|wind turbines|n
pompa celup|submersible pumps|n
pompa hidrolik|hydraulic pumps|n
pompa vakum|vacuum pumps|n
pompa aquarium|aquarium pumps|n
jet cleaner|pressure washers|n
kipas berdiri|floor fans|n
kipas meja|desk fans|n
kipas angin dinding|wall fans|n
kipas dinding|wall fans|n
kipas plafon|ceiling fans|n
kipas exhaust|exhaust fans|n
kipas ventilasi|ventilation fans|n
kipas genggam|handheld fans|n
kipas pendingin|cooling fans|n
penghisap asap|cooker hoods|n
penjernih udara|air purifiers|n
pelembab udara|humidifiers|n
ac portable|portable air conditioners|n
kompresor ac|air-conditioning compressors|n
outdoor ac|condensing units|n
lemari pendingin|refrigerated cabinets|n
kulkas mini|mini fridges|n
mesin es batu|ice makers|n
mesin es krim|ice cream makers|n
pengering pakaian|tumble dryers|n
filter air|water filters|n
filter udara|air filters|n
filter oli|oil filters|n
saringan oli|oil filters|n
filter bensin|fuel filters|n
timbangan digital|digital scales|n
timbangan dapur|kitchen scales|n
timbangan badan|bathroom scales|n
printer thermal|thermal printers|n
printer kasir|receipt printers|n
printer label|label printers|n
pemindai|scanners|n
komputer meja|desktop computers|n
laptop bekas|used laptops|n
prosesor|processors|n
kartu grafis|graphics cards|n
vga card|graphics cards|n
hardisk|hard disk drives|n
harddisk|hard disk drives|n
hardisk eksternal|external hard drives|n
kartu sd|sd cards|n
monitor komputer|monitors|n
keyboard mekanik|mechanical keyboards|n
tetikus|computer mouse|n
mouse wireless|wireless mice|n
stik game|game controllers|n
joystick|game controllers|n
kalkulator|calculators|n
mesin kasir|cash registers|n
mesin hitung uang|banknote counters|n
mesin edc|card payment terminals|n
pembaca kartu|card readers|n
mesin absensi|time clocks|n
mesin penghancur kertas|paper shredders|n
mesin laminating|laminators|n
mesin obras|overlock machines|n
mesin bordir|embroidery machines|n
mesin tenun|looms|n
alat tenun|looms|n
mesin frais|milling machines|n
mesin cnc|cnc machines|n
bor duduk|drill presses|n
gerinda tangan|angle grinders|n
mesin amplas|sanders|n
mesin poles|polishers|n
gergaji listrik|electric saws|n
gergaji mesin|chainsaws|n
chainsaw|chainsaws|n
gergaji bundar|circular saws|n
gergaji jigsaw|jigsaws|n
mesin potong rumput|lawnmowers|n
pemotong rumput|lawnmowers|n
bor listrik|electric drills|n
bor baterai|cordless drills|n
bor beton|hammer drills|n
obeng listrik|electric screwdrivers|n
perkakas listrik|power tools|n
mesin molen|concrete mixers|n
molen|concrete mixers|n
buldoser|bulldozers|n
mobil derek|tow trucks|n
katrol listrik|electric hoists|n
dongkrak|jacks|n
eskalator|escalators|n
hand pallet|pallet trucks|n
hand tractor|power tillers|n
traktor tangan|power tillers|n
mesin semprot|sprayers|n
mesin tanam padi|rice transplanters|n
mesin perontok|threshers|n
penggiling daging|meat mincers|n
mesin pengiris|slicers|n
mixer roti|dough mixers|n
hand mixer|hand mixers|n
pemanggang roti|toasters|n
mesin roti|bread makers|n
pembuat kopi|coffee makers|n
penggiling kopi|coffee grinders|n
mesin tetas|egg incubators|n
penetas telur|egg incubators|n
kandang|cages|n
kandang ayam|chicken coops|n
kandang burung|bird cages|n
kandang kucing|cat cages|n
sangkar|cages|n
kincir air|paddlewheel aerators|n
baling-baling|propellers|n
roda gigi|gears|n
gir|gears|n
poros|shafts|n
as roda|axles|n
puli|pulleys|n
ring piston|piston rings|n
kruk as|crankshafts|n
injektor|fuel injectors|n
karburator|carburettors|n
pompa bensin|fuel pumps|n
klep|valves|n
stop kran|stop valves|n
kran air|water taps|n
kran wastafel|basin taps|n
pelampung|float valves|n
silinder hidrolik|hydraulic cylinders|n
mesin press|presses|n
mesin sablon|screen printing machines|n
mesin pelet|pellet mills|n
sentrifus|centrifuges|n
mesin jahit portable|portable sewing machines|n

# Chapter 85 (more): electrical and electronic goods
motor listrik ac|ac electric motors|n
motor starter|starter motors|n
mesin genset|generating sets|n
stopkontak|sockets|n
colokan listrik|plugs|n
terminal listrik|power strips|n
kabel roll|extension reels|n
kabel rol|extension reels|n
steker|plugs|n
kepala charger|charger plugs|n
charger mobil|car chargers|n
charger hp|mobile phone chargers|n
charger laptop|laptop chargers|n
pengisian cepat|fast-charging|m
kabel data|data cables|n
kabel usb|usb cables|n
kabel charger|charging cables|n
kabel lan|network cables|n
kabel hdmi|hdmi cables|n
kabel listrik|electric cables|n
kabel tembaga|copper cables|n
kabel coaxial|coaxial cables|n
kabel speaker|speaker cables|n
kabel fiber optik|fibre optic cables|n
kabel serabut|flexible cables|n
sakelar|switches|n
saklar lampu|light switches|n
sekring|fuses|n
panel listrik|switchboards|n
kontaktor|contactors|n
konektor|connectors|n
terminal kabel|terminal blocks|n
skun|cable lugs|n
kapasitor|capacitors|n
dioda|diodes|n
mikrokontroler|microcontrollers|n
papan sirkuit|circuit boards|n
kumparan|coils|n
lampu bohlam|light bulbs|n
bohlam led|led bulbs|n
lampu neon|fluorescent tubes|n
lampu tl|fluorescent tubes|n
lampu halogen|halogen lamps|n
lampu strip|light strips|n
lampu tumblr|fairy lights|n
lampu hias|decorative lights|n
lampu meja|desk lamps|n
lampu belajar|desk lamps|n
lampu lantai|floor lamps|n
lampu plafon|ceiling lights|n
lampu dinding|wall lights|n
lampu gantung|pendant lights|n
lampu kristal|chandeliers|n
lampu downlight|downlights|n
lampu sorot|spotlights|n
lampu darurat|emergency lights|n
lampu jalan|street lights|n
lampu taman|garden lights|n
lampu tenaga surya|solar lights|n
lampu tidur|night lights|n
lampu depan|headlamps|n
lampu belakang|tail lights|n
lampu sein|indicators|n
lampu kabut|fog lamps|n
senter kepala|head torches|n
lampu panggung|stage lights|n
lampu lalu lintas|traffic lights|n
speaker bluetooth|bluetooth speakers|n
speaker aktif|active speakers|n
ampli|amplifiers|n
mixer audio|audio mixers|n
handy talky|walkie-talkies|n
pemutar dvd|dvd players|n
mic wireless|wireless microphones|n
antena|aerials|n
antena tv|television aerials|n
parabola|satellite dishes|n
proyektor mini|mini projectors|n
layar proyektor|projection screens|n
layar sentuh|touch screens|n
papan led|led signs|n
papan nama|signboards|n
kamera cctv|cctv cameras|n
kamera mobil|dashboard cameras|n
dashcam|dashboard cameras|n
kamera aksi|action cameras|n
kamera digital|digital cameras|n
handycam|video cameras|n
bel pintu|doorbells|n
bel rumah|doorbells|n
alarm maling|burglar alarms|n
detektor asap|smoke detectors|n
sirine|sirens|n
telepon rumah|landline telephones|n
hp|mobile phones|n
hp android|smartphones|n
hp bekas|used mobile phones|n
holder hp|phone holders|n
dudukan hp|phone holders|n
tongsis|selfie sticks|n
router wifi|wi-fi routers|n
penguat sinyal|signal boosters|n
mifi|pocket wi-fi routers|n
kartu perdana|sim cards|n
kartu sim|sim cards|n
smartband|fitness bands|n
jam tangan pintar|smartwatches|n
kacamata vr|vr headsets|n
catu daya|power supplies|n
baterai cas|rechargeable batteries|n
baterai isi ulang|rechargeable batteries|n
baterai aa|aa batteries|n
baterai kancing|button cells|n
baterai alkaline|alkaline batteries|n
aki mobil|car batteries|n
aki motor|motorcycle batteries|n
catokan|hair straighteners|n
catok rambut|hair straighteners|n
pelurus rambut|hair straighteners|n
pengeriting rambut|curling irons|n
alat cukur rambut|hair clippers|n
mesin cukur|hair clippers|n
clipper|hair clippers|n
alat cukur listrik|electric shavers|n
epilator|epilators|n
sikat gigi elektrik|electric toothbrushes|n
sikat gigi listrik|electric toothbrushes|n
alat pijat|massagers|n
pijat elektrik|electric massagers|n
kursi pijat|massage chairs|n
selimut listrik|electric blankets|n
raket nyamuk|electric fly swatters|n
perangkap nyamuk|mosquito traps|n
kompor induksi listrik|induction cookers|n
panci listrik|electric cookers|n
slow cooker|slow cookers|n
wajan listrik|electric frying pans|n
panggangan listrik|electric grills|n
blender tangan|hand blenders|n
setrika uap|steam irons|n
setrika uap berdiri|garment steamers|n
timer listrik|timers|n
termostat|thermostats|n
solder|soldering irons|n
mesin las listrik|electric welding machines|n
las listrik|electric welders|n
kawat las|welding electrodes|n
elektroda las|welding electrodes|n
lentera|lanterns|n
lampu camping|camping lanterns|n
stop kontak pintar|smart plugs|n
charger aki|battery chargers|n
klakson|horns|n
wiper|windscreen wipers|n
karet wiper|wiper blades|n
kamera mundur|reversing cameras|n
sensor parkir|parking sensors|n
pelacak gps|gps trackers|n

# Chapter 86-89 (more): vehicles and parts
mobil penumpang|passenger cars|n
mobil box|box vans|n
mobil boks|box vans|n
mobil pemadam kebakaran|fire engines|n
truk sampah|refuse lorries|n
truk tronton|heavy lorries|n
dump truck|dump trucks|n
truk pendingin|refrigerated lorries|n
mobil bekas|used cars|n
motor bekas|used motorcycles|n
mobil golf|golf carts|n
sepeda gunung|mountain bikes|n
sepeda balap|road bikes|n
sepeda lipat|folding bicycles|n
sepeda anak|children's bicycles|n
skuter listrik|electric scooters|n
motor matic|automatic scooters|n
motor bebek|underbone motorcycles|n
kursi roda elektrik|electric wheelchairs|n
troli barang|hand trucks|n
troli belanja|shopping trolleys|n
gerobak|carts|n
gerobak sorong|wheelbarrows|n
kereta sorong|wheelbarrows|n
kereta dorong bayi|baby carriages|n
sparepart motor|motorcycle parts|n
onderdil motor|motorcycle parts|n
spakbor|mudguards|n
slebor|mudguards|n
pelek|wheel rims|n
velg racing|alloy wheels|n
tromol|brake drums|n
as kopel|drive shafts|n
per daun|leaf springs|n
cakram|brake discs|n
rem cakram|disc brakes|n
kampas kopling|clutch plates|n
master rem|brake master cylinders|n
lengan ayun|swing arms|n
tangki bensin|fuel tanks|n
stang|handlebars|n
setang|handlebars|n
jok motor|motorcycle seats|n
jok mobil|car seats|n
sadel|saddles|n
sadel sepeda|bicycle saddles|n
rantai motor|motorcycle chains|n
gir set|chain and sprocket sets|n
rangka sepeda|bicycle frames|n
frame sepeda|bicycle frames|n
pompa ban|tyre inflators|n
pompa sepeda|bicycle pumps|n
cover setir|steering wheel covers|n
kabel jumper|jump leads|n
spion motor|motorcycle mirrors|n
kapal pesiar|cruise ships|n
perahu karet|inflatable boats|n
kapal tunda|tugs|n
kapal tanker|tankers|n
kapal feri|ferries|n
perahu layar|sailing boats|n
pelampung renang|swim rings|n
ban pelampung|lifebuoys|n
gerbong|railway coaches|n
rel kereta|railway track|n

# Chapter 90-97 (more): instruments, medical, watches, music, arms, furniture, toys, misc
alat cek gula darah|blood glucose meters|n
strip gula darah|glucose test strips|n
termometer digital|digital thermometers|n
termometer inframerah|infrared thermometers|n
infus set|infusion sets|n
kateter|catheters|n
spuit|syringes|n
stetoskop|stethoscopes|n
rontgen|x-ray machines|n
ranjang pasien|hospital beds|n
tempat tidur pasien|hospital beds|n
kruk|crutches|n
tongkat kruk|crutches|n
korset punggung|back supports|n
deker lutut|knee supports|n
gips|casts|n
kaki palsu|artificial limbs|n
gigi palsu|dentures|n
behel|orthodontic braces|n
kawat gigi|orthodontic braces|n
alat bedah|surgical instruments|n
pisau bedah|scalpels|n
alat pijat kaki|foot massagers|n
kacamata minus|prescription spectacles|n
kacamata baca|reading glasses|n
kacamata plus|reading glasses|n
frame kacamata|spectacle frames|n
bingkai kacamata|spectacle frames|n
kacamata anti radiasi|blue-light glasses|n
kacamata renang|swimming goggles|n
kacamata safety|safety glasses|n
softlens|contact lenses|n
teropong|binoculars|n
teleskop|telescopes|n
kaca pembesar|magnifying glasses|n
lup|magnifiers|n
meteran laser|laser distance meters|n
waterpass|spirit levels|n
waterpas|spirit levels|n
meteran gulung|tape measures|n
jangka sorong|vernier callipers|n
avometer|multimeters|n
meteran listrik|electricity meters|n
meteran air|water meters|n
tang ampere|clamp meters|n
higrometer|hygrometers|n
kompas|compasses|n
manometer|pressure gauges|n
alat ukur tekanan ban|tyre pressure gauges|n
detektor logam|metal detectors|n
alat laboratorium|laboratory equipment|n
gelas beker|beakers|n
tabung reaksi|test tubes|n
pompa asi|breast pumps|n
sterilizer botol|bottle sterilisers|n
jam weker|alarm clocks|n
jam meja|table clocks|n
jam tangan pria|men's watches|n
jam tangan wanita|women's watches|n
jam digital|digital clocks|n
keyboard musik|electronic keyboards|n
piano digital|digital pianos|n
gitar akustik|acoustic guitars|n
gitar listrik|electric guitars|n
suling|flutes|n
seruling|flutes|n
terompet|trumpets|n
saksofon|saxophones|n
harmonika|harmonicas|n
simbal|cymbals|n
angklung|angklungs|n
kolintang|xylophones|n
senar gitar|guitar strings|n
stik drum|drumsticks|n
kotak musik|music boxes|n
peluit|whistles|n
senapan|rifles|n
senapan angin|air rifles|n
pedang|swords|n
busur panah|bows|n
anak panah|arrows|n
ketapel|slingshots|n
semprotan merica|pepper spray|n
meja tamu|coffee tables|n
meja kopi|coffee tables|n
nakas|bedside tables|n
meja samping|side tables|n
meja lipat|folding tables|n
meja komputer|computer desks|n
meja belajar|study desks|n
meja rapat|conference tables|n
meja tv|tv stands|n
rak tv|tv stands|n
lemari buku|bookcases|n
lemari hias|display cabinets|n
lemari laci|chests of drawers|n
lemari penyimpanan|storage cabinets|n
rak serbaguna|shelving units|n
lemari plastik|plastic cabinets|n
set meja makan|dining sets|n
kursi lipat|folding chairs|n
kursi gaming|gaming chairs|n
kursi bar|bar stools|n
kursi plastik|plastic chairs|n
kursi taman|garden chairs|n
kursi santai|lounge chairs|n
kursi goyang|rocking chairs|n
kursi makan bayi|high chairs|n
bangku taman|garden benches|n
kursi putar|swivel chairs|n
dingklik|stools|n
ranjang susun|bunk beds|n
kasur susun|bunk beds|n
box bayi|cots|n
tempat tidur bayi|cots|n
ayunan bayi|baby swings|n
ranjang lipat|folding beds|n
rangka tempat tidur|bed frames|n
divan|divans|n
kasur pegas|spring mattresses|n
springbed|spring mattresses|n
kasur busa|foam mattresses|n
kasur angin|air beds|n
bantal sofa|cushions|n
bantal leher|neck pillows|n
rumah prefab|prefabricated houses|n
rumah kaca|greenhouses|n
furnitur kantor|office furniture|n
furnitur taman|outdoor furniture|n
kasur kucing|pet beds|n
tempat tidur kucing|pet beds|n
mainan edukasi|educational toys|n
mainan anak|children's toys|n
mainan bayi|baby toys|n
boneka plush|soft toys|n
balok susun|building blocks|n
papan permainan|board games|n
catur|chess sets|n
kartu remi|playing cards|n
dadu|dice|n
gasing|spinning tops|n
layang-layang|kites|n
pistol air|water pistols|n
pistol mainan|toy guns|n
mobil remote|remote control cars|n
mobil rc|remote control cars|n
pesawat remote|remote control aircraft|n
robot mainan|toy robots|n
kolam renang anak|paddling pools|n
kolam karet|inflatable pools|n
ban renang|swim rings|n
perosotan|slides|n
jungkat-jungkit|seesaws|n
kuda goyang|rocking horses|n
sepeda keseimbangan|balance bikes|n
papan luncur|skateboards|n
sepatu roda|roller skates|n
meja biliar|billiard tables|n
stik biliar|cues|n
bet pingpong|table tennis bats|n
bola pingpong|table tennis balls|n
raket badminton|badminton rackets|n
raket tenis|tennis rackets|n
bola tenis|tennis balls|n
bola golf|golf balls|n
stik golf|golf clubs|n
tas golf|golf bags|n
sarung tinju|boxing gloves|n
samsak|punching bags|n
pelindung tulang kering|shin guards|n
tali skipping|skipping ropes|n
barbel|barbells|n
sepeda statis|exercise bikes|n
alat gym|gym equipment|n
topi renang|swimming caps|n
kaki katak|swim fins|n
masker selam|diving masks|n
papan selancar|surfboards|n
tongkat hiking|trekking poles|n
perlengkapan camping|camping equipment|n
alat camping|camping equipment|n
kail|fish hooks|n
mata kail|fish hooks|n
reel pancing|fishing reels|n
senar pancing|fishing line|n
umpan pancing|fishing bait|n
umpan palsu|artificial lures|n
pelampung pancing|fishing floats|n
mainan kucing|cat toys|n
mainan anjing|dog toys|n
garukan kucing|cat scratchers|n
hiasan natal|christmas decorations|n
dekorasi ulang tahun|party decorations|n
perlengkapan pesta|party supplies|n
gigitan bayi|teethers|n
pagar bayi|baby gates|n
kuas makeup|make-up brushes|n
kuas rias|make-up brushes|n
spons makeup|make-up sponges|n
kuas cat|paint brushes|n
roller cat|paint rollers|n
kuas lukis|artists' brushes|n
sikat wc|toilet brushes|n
sikat toilet|toilet brushes|n
kemoceng|feather dusters|n
pel|mops|n
alat pel|mops|n
pel lantai|mops|n
ember pel|mop buckets|n
pengki|dustpans|n
serokan sampah|dustpans|n
roller bulu|lint rollers|n
sikat rambut|hairbrushes|n
pulpen gel|gel pens|n
pena gel|gel pens|n
pulpen tinta|fountain pens|n
stabilo|highlighters|n
spidol permanen|permanent markers|n
spidol papan tulis|whiteboard markers|n
pensil warna|coloured pencils|n
pensil mekanik|mechanical pencils|n
isi pensil|pencil leads|n
rautan|pencil sharpeners|n
serutan pensil|pencil sharpeners|n
isi pulpen|pen refills|n
stempel|rubber stamps|n
bantalan stempel|ink pads|n
papan tulis|whiteboards|n
papan kapur|blackboards|n
kapur tulis|chalk|n
alat tulis|stationery|n
alat tulis kantor|office supplies|n
perlengkapan sekolah|school supplies|n
cairan koreksi|correction fluid|n
korektor|correction pens|n
korek|lighters|n
korek gas|gas lighters|n
mancis|lighters|n
pipa rokok|smoking pipes|n
kancing jepret|press studs|n
kepala resleting|zip sliders|n
pantyliner|panty liners|n
popok dewasa|adult nappies|n
pampers|nappies|n
pampers dewasa|adult nappies|n
underpad|underpads|n
tongkat selfie|selfie sticks|n
manekin|mannequins|n
lukisan minyak|oil paintings|n
lukisan kanvas|canvas paintings|n
hiasan dinding kanvas|canvas wall art|n
karya seni|works of art|n
patung buddha|buddha statues|n
barang koleksi|collectors' pieces|n

# General trade qualifiers (more)
jinjing|portable|m
eksternal|external|m
anti debu|dustproof|m
anti air|waterproof|m
anti slip|non-slip|m
tahan panas|heat-resistant|m
tahan api|fire-resistant|m
tahan karat|rust-proof|m
anti karat|rust-proof|m
ringan|lightweight|m
lipat|folding|m
bisa dilipat|folding|m
dapat diatur|adjustable|m
sekali pakai|disposable|m
dapat dipakai ulang|reusable|m
tiup|inflatable|m
serbaguna|multi-purpose|m
multifungsi|multifunction|m
kecil|small|m
besar|large|m
ukuran kecil|small|m
paket|set|m
set isi|set|m
bundling|bundle|m
hampers|gift hampers|n
kado|gifts|n
hadiah|gifts|n
oleh-oleh|souvenirs|n
suvenir|souvenirs|n
ori|genuine|m
asli|genuine|m
grosir|wholesale|m
murah|cheap|m
mewah|luxury|m
warna hitam|black|m
hitam|black|m
putih|white|m
merah|red|m
biru|blue|m
hijau|green|m
kuning|yellow|m
merah muda|pink|m
ungu|purple|m
oranye|orange|m
jingga|orange|m
abu|grey|m
coklat tua|dark brown|m
krem|cream-coloured|m
bening|clear|m
transparan|transparent|m
jepang|japanese|m
korea|korean|m
cina|chinese|m

# Marketplace words (more)
premium|premium|m
santai|casual|m
celana jeans|jeans|n
segi empat|square|m
celup|submersible|m
bahan|material|m
`,
};
