import type { GlossaryLanguage } from 'src/agents/tariff-classification/glossary/glossary-types';

/** Turkish trade words: goods, materials, states and uses, with their English. Common suffixed forms (plurals in -ler/-lar, possessives in compounds, -li/-lı "with") are listed. */
export const TURKISH: GlossaryLanguage = {
  code: 'tr',
  name: 'Turkish',
  head: 'last',
  unspaced: false,
  letters: 'çğıöşüâîû',
  skip: 've ile için bir veya ya da de ki adet çift tane',
  entries: `
# Chapter 01: live animals
canlı|live|m
canlı hayvan|live animals|n
sığır|bovine animals|n
büyükbaş|cattle|n
koyun|sheep|n
keçi|goat|n
atlar|horses|n
kümes hayvanları|poultry|n
# Chapter 02: meat and cuts
et|meat|n
eti|meat|n
dana|veal|m
dana eti|beef|n
sığır eti|beef|n
kuzu|lamb|m
kuzu eti|lamb meat|n
tavuk|chicken|n
tavuk eti|chicken meat|n
hindi eti|turkey meat|n
ördek|duck|n
piliç|chicken|n
kanat|wings|n
fileto|fillet|n
kıyma|minced meat|n
sakatat|offal|n
kemiksiz|boneless|m
kemikli|bone-in|m
# Chapter 03: fish and seafood
balık|fish|n
balığı|fish|n
somon|salmon|n
ton balığı|tuna|n
levrek|sea bass|n
çipura|sea bream|n
alabalık|trout|n
hamsi|anchovies|n
uskumru|mackerel|n
sardalya|sardines|n
karides|shrimps|n
yengeç|crab|n
midye|mussels|n
kalamar|squid|n
ahtapot|octopus|n
deniz ürünleri|seafood|n
balık unu|fish meal|n
# Chapter 04: dairy, eggs, honey
süt|milk|n
süt tozu|milk powder|n
süt ürünleri|dairy products|n
krema|cream|n
yoğurt|yoghurt|n
peynir|cheese|n
beyaz peynir|white cheese|n
tereyağı|butter|n
peynir altı suyu|whey|n
yumurta|eggs|n
bal|honey|n
# Chapters 05-06: animal products, plants and flowers
tüy|feathers|n
çiçek|flower|n
çiçekler|flowers|n
kesme çiçek|cut flowers|n
bitki|plant|n
bitkiler|plants|n
# Chapter 07: vegetables
sebze|vegetables|n
sebzeler|vegetables|n
patates|potatoes|n
domates|tomatoes|n
soğan|onions|n
sarımsak|garlic|n
lahana|cabbage|n
karnabahar|cauliflower|n
brokoli|broccoli|n
havuç|carrots|n
salatalık|cucumbers|n
biber|peppers|n
patlıcan|aubergines|n
kabak|courgettes|n
mantar|mushrooms|n
mısır|maize|n
fasulye|beans|n
nohut|chickpeas|n
mercimek|lentils|n
soya fasulyesi|soya beans|n
zeytin|olives|n
# Chapter 08: fruit and nuts
meyve|fruit|n
meyveler|fruit|n
elma|apples|n
armut|pears|n
kiraz|cherries|n
erik|plums|n
şeftali|peaches|n
kayısı|apricots|n
üzüm|grapes|n
kuru üzüm|raisins|n
portakal|oranges|n
mandalina|mandarins|n
limon|lemons|n
muz|bananas|n
karpuz|watermelons|n
çilek|strawberries|n
incir|figs|n
kuru incir|dried figs|n
fındık|hazelnuts|n
iç fındık|shelled hazelnuts|n
ceviz|walnuts|n
badem|almonds|n
yer fıstığı|groundnuts|n
antep fıstığı|pistachios|n
kuru meyve|dried fruit|n
kuruyemiş|nuts and dried fruit|n
kuru kayısı|dried apricots|n
# Chapter 09: coffee, tea, spices
kahve|coffee|n
türk kahvesi|turkish coffee|n
çekirdek kahve|coffee beans|n
çay|tea|n
siyah çay|black tea|n
yeşil çay|green tea|n
bitki çayı|herbal tea|n
poşet çay|tea bags|n
baharat|spice|n
baharatlar|spices|n
karabiber|black pepper|n
tarçın|cinnamon|n
zencefil|ginger|n
# Chapters 10-11: cereals, rice, flour
tahıl|cereals|n
buğday|wheat|n
arpa|barley|n
yulaf|oats|n
pirinç|rice|n
baldo pirinç|baldo rice|n
basmati pirinç|basmati rice|n
yasemin pirinci|jasmine rice|n
esmer pirinç|brown rice|n
kırık pirinç|broken rice|n
çeltik|paddy rice|n
bulgur|bulgur wheat|n
buğday unu|wheat flour|n
unu|flour|n
nişasta|starch|n
yulaf ezmesi|rolled oats|n
# Chapter 12: oil seeds, seeds, fodder
ayçiçeği|sunflower seeds|n
çekirdek|seeds|n
susam|sesame seeds|n
tohum|seeds|n
saman|straw|m
# Chapter 15: fats and oils
yağ|oil|n
yağı|oil|n
zeytinyağı|olive oil|n
zeytin yağı|olive oil|n
sızma zeytinyağı|extra virgin olive oil|n
ayçiçek yağı|sunflower oil|n
ayçiçeği yağı|sunflower oil|n
palm yağı|palm oil|n
bitkisel yağ|vegetable oil|n
sıvı yağ|edible oil|n
rafine|refined|m
# Chapter 16: meat and fish preparations
konserve|canned|m
sucuk|sausage|n
sosis|sausages|n
köfte|meatballs|n
# Chapters 17-18: sugar, confectionery, cocoa
şeker|sugar|n
toz şeker|granulated sugar|n
şurup|syrup|n
şekerleme|sugar confectionery|n
lokum|turkish delight|n
sakız|chewing gum|n
çikolata|chocolate|n
kakao|cocoa|n
kakao tozu|cocoa powder|n
# Chapter 19: pasta, bread, bakery
makarna|pasta|n
erişte|noodles|n
hazır erişte|instant noodles|n
ekmek|bread|n
bisküvi|biscuits|n
kurabiye|cookies|n
kek|cake|n
unlu mamuller|bakery products|n
bebek maması|baby food|n
# Chapter 20: fruit and vegetable preparations, juices
reçel|jam|n
salça|paste|n
domates salçası|tomato paste|n
cips|crisps|n
patates cipsi|potato crisps|n
meyve suyu|fruit juice|n
portakal suyu|orange juice|n
# Chapter 21: miscellaneous food preparations
hazır kahve|instant coffee|n
maya|yeast|n
sosu|sauce|n
soslar|sauces|n
soya sosu|soy sauce|n
çorba|soup|n
dondurma|ice cream|n
gıda takviyesi|food supplement|n
protein tozu|protein powder|n
gıda|food|n
# Chapter 22: beverages and alcohol
su|water|n
maden suyu|mineral water|n
içme suyu|drinking water|n
içecekler|beverages|n
meşrubat|soft drinks|n
enerji içeceği|energy drink|n
alkolsüz|non-alcoholic|m
alkollü|alcoholic|m
bira|beer|n
şarap|wine|n
kırmızı şarap|red wine|n
beyaz şarap|white wine|n
votka|vodka|n
etil alkol|ethyl alcohol|n
sirke|vinegar|n
# Chapters 23-24: animal feed, tobacco
yem|feed|n
hayvan yemi|animal feed|n
kedi maması|cat food|n
köpek maması|dog food|n
tütün|tobacco|n
sigara|cigarettes|n
nargile tütünü|water-pipe tobacco|n
elektronik sigara|electronic cigarette|n
# Chapters 25-27: minerals, cement, fuels
tuz|salt|n
kum|sand|n
mermer|marble|m
granit|granite|m
kireç|lime|n
alçı|plaster|n
çimento|cement|n
demir cevheri|iron ore|n
kömür|coal|n
linyit|lignite|n
ham petrol|crude petroleum|n
petrol|petroleum oil|n
benzin|petrol|n
motorin|diesel fuel|n
dizel|diesel|n
akaryakıt|motor fuel|n
yakıt|fuel|n
madeni yağ|lubricating oil|n
motor yağı|engine oil|n
doğalgaz|natural gas|n
doğal gaz|natural gas|n
sıvılaştırılmış doğal gaz|liquefied natural gas|n
lng|lng|n
lpg|lpg|n
tüpgaz|bottled gas|n
asfalt|asphalt|n
# Chapters 28-38: chemicals, pharmaceuticals, fertilisers, cosmetics, detergents
kimyasal|chemical|m
kimyasallar|chemicals|n
asit|acid|n
sitrik asit|citric acid|n
kostik soda|caustic soda|n
vitamin|vitamins|n
ilaç|medicament|n
ilaçlar|medicaments|n
kapsül|capsules|n
merhem|ointment|n
antibiyotik|antibiotics|n
aşı|vaccine|n
yara bandı|adhesive plaster|n
ilk yardım çantası|first aid kit|n
gübre|fertiliser|n
üre|urea|n
boya|paint|n
duvar boyası|wall paint|n
mürekkep|ink|n
parfüm|perfume|n
kolonya|eau de cologne|n
kozmetik|cosmetics|n
makyaj|make-up|n
ruj|lipstick|n
maskara|mascara|n
oje|nail polish|n
krem|cream|n
güneş kremi|sunscreen|n
şampuan|shampoo|n
saç boyası|hair dye|n
diş macunu|toothpaste|n
deodorant|deodorant|n
sabun|soap|n
deterjan|detergent|n
çamaşır deterjanı|laundry detergent|n
bulaşık deterjanı|dishwashing detergent|n
temizlik ürünleri|cleaning products|n
mumlar|candles|n
yapıştırıcı|adhesive|n
havai fişek|fireworks|n
kibrit|matches|n
böcek ilacı|insecticide|n
tarım ilacı|pesticide|n
dezenfektan|disinfectant|n
# Chapters 39-40: plastics and rubber
plastik|plastic|m
polietilen|polyethylene|m
polipropilen|polypropylene|m
pvc|pvc|m
silikon|silicone|m
granül|granules|n
streç film|stretch film|n
poşet|bag|n
naylon poşet|plastic bag|n
çöp poşeti|refuse bag|n
torba|bag|n
şişe|bottle|n
pet şişe|pet bottle|n
kova|bucket|n
saklama kabı|storage container|n
kap|container|n
kapak|lid|n
hortum|hose|n
boru|pipe|n
koli bandı|packing tape|n
etiket|label|n
kauçuk|rubber|m
lastik|tyres|n
oto lastiği|car tyre|n
kış lastiği|winter tyre|n
eldiven|gloves|n
lastik eldiven|rubber gloves|n
nitril eldiven|nitrile gloves|n
conta|gasket|n
kayış|belt|n
# Chapters 41-43: leather, bags, fur
deri|leather|m
hakiki deri|genuine leather|m
suni deri|imitation leather|m
kürk|fur|m
çanta|bag|n
çantalar|bags|n
çantası|bag|n
el çantası|handbag|n
sırt çantası|rucksack|n
bavul|suitcase|n
valiz|suitcase|n
cüzdan|wallet|n
kemer|belt|n
kılıf|case|n
telefon kılıfı|phone case|n
# Chapters 44-46: wood and articles of wood, basketware
ahşap|wooden|m
tahta|wood|m
bambu|bamboo|m
odun|firewood|n
mangal kömürü|barbecue charcoal|n
kereste|sawn wood|n
kontrplak|plywood|n
sunta|particle board|n
parke|parquet|n
palet|pallet|n
kesme tahtası|cutting board|n
askı|hanger|n
sepet|basket|n
# Chapters 47-49: paper, cartons, printed matter
kağıt|paper|m
karton|paperboard|m
oluklu mukavva|corrugated board|m
tuvalet kağıdı|toilet paper|n
kağıt havlu|paper towels|n
peçete|napkins|n
mendil|tissues|n
defter|notebook|n
koli|carton|n
koliler|cartons|n
kutu|box|n
kutular|boxes|n
karton kutu|cardboard box|n
ambalaj|packaging|n
kitap|book|n
# Chapters 50-60: fibres, yarn, fabric
ipek|silk|m
ipekli|silk|m
yün|wool|m
yünlü|wool|m
kaşmir|cashmere|m
pamuk|cotton|m
pamuklu|cotton|m
organik pamuk|organic cotton|m
keten|linen|m
viskon|viscose|m
polyester|polyester|m
elastan|elastane|m
likra|elastane|m
iplik|yarn|n
kumaş|fabric|n
örme|knitted|m
dokuma|woven|m
triko|knitwear|m
kot|denim|m
kadife|velvet|m
dantel|lace|m
halı|carpet|n
# Chapters 61-62: clothing
giyim|clothing|n
kıyafet|clothing|n
erkek|men's|m
kadın|women's|m
bayan|women's|m
çocuk|children's|m
bebek|baby|m
kız|girls'|m
tişört|t-shirt|n
tişörtler|t-shirts|n
gömlek|shirt|n
gömlekler|shirts|n
gömleği|shirt|n
bluz|blouse|n
kazak|sweater|n
hırka|cardigan|n
kapüşonlu|hooded|m
yelek|waistcoat|n
ceket|jacket|n
mont|jacket|n
şişme mont|down jacket|n
kaban|coat|n
palto|overcoat|n
yağmurluk|raincoat|n
takım elbise|suit|n
pantolon|trousers|n
kot pantolon|jeans|n
şort|shorts|n
tayt|leggings|n
etek|skirt|n
elbise|dress|n
elbiseler|dresses|n
elbisesi|dress|n
tulum|overalls|n
iç çamaşırı|underwear|n
iç giyim|underwear|n
külot|briefs|n
sütyen|brassiere|n
pijama|pyjamas|n
pijama takımı|pyjama set|n
bornoz|bathrobe|n
mayolar|swimsuits|n
mayosu|swimsuit|n
kadın mayo|women's swimsuit|n
erkek mayo|men's swim shorts|n
eşofman|tracksuit|n
spor giyim|sportswear|n
iş kıyafeti|workwear|n
çorap|socks|n
külotlu çorap|tights|n
atkı|scarf|n
şal|shawl|n
eşarp|headscarf|n
kravat|tie|n
uzun kollu|long-sleeved|m
kısa kollu|short-sleeved|m
kolsuz|sleeveless|m
# Chapter 63: household textiles
battaniye|blanket|n
yorgan|quilt|n
nevresim|duvet cover|n
nevresim takımı|bed linen set|n
çarşaf|bed sheet|n
yastık|pillow|n
yastık kılıfı|pillowcase|n
masa örtüsü|tablecloth|n
havlu|towel|n
havlular|towels|n
perde|curtain|n
perdeler|curtains|n
yatak|mattress|n
çadır|tent|n
maske|mask|n
cerrahi maske|surgical mask|n
# Chapters 64-67: footwear, headgear, umbrellas, wigs
ayakkabı|shoes|n
ayakkabılar|shoes|n
ayakkabısı|shoes|n
spor ayakkabı|trainers|n
botlar|boots|n
çizme|boots|n
sandalet|sandals|n
terlik|slippers|n
terlikler|slippers|n
topuklu ayakkabı|high-heeled shoes|n
şapka|hat|n
bere|beanie|n
kep|cap|n
kask|helmet|n
şemsiye|umbrella|n
peruk|wig|n
yapay çiçek|artificial flowers|n
# Chapters 68-70: stone, ceramics, glass
taş|stone|n
doğal taş|natural stone|m
fayans|wall tiles|n
seramik|ceramic|m
porselen|porcelain|m
tuğla|bricks|n
beton|concrete|m
lavabo|washbasin|n
tabak|plate|n
fincan|cup|n
kupa|mug|n
kase|bowl|n
demlik|teapot|n
vazo|vase|n
saksı|flower pot|n
camdan|glass|m
cam şişe|glass bottle|n
cam bardak|glass tumbler|n
temperli cam|tempered glass|m
bardak|glass|n
ayna|mirror|n
kristal|crystal|m
boncuk|beads|n
# Chapter 71: jewellery and precious metals
takı|jewellery|n
mücevher|jewellery|n
bijuteri|imitation jewellery|n
kolye|necklace|n
zincir|chain|n
bileklik|bracelet|n
yüzük|ring|n
küpe|earrings|n
kolye ucu|pendant|n
pırlanta|diamond|n
elmas|diamond|n
inci|pearls|n
altın|gold|m
gümüş|silver|m
925 ayar|sterling silver|m
platin|platinum|m
altın kaplama|gold-plated|m
gümüş kaplama|silver-plated|m
madeni para|coins|n
# Chapters 72-73: iron and steel
çelik|steel|m
paslanmaz çelik|stainless steel|m
paslanmaz|stainless|m
demir|iron|m
dökme demir|cast iron|m
metal|metal|m
hurda|scrap|n
sac|sheet|n
rulo|coil|n
sıcak haddelenmiş|hot-rolled|m
soğuk haddelenmiş|cold-rolled|m
galvanizli|galvanised|m
galvaniz|galvanised|m
inşaat demiri|reinforcing bars|n
tel|wire|n
dikenli tel|barbed wire|n
dikişsiz|seamless|m
kaynaklı|welded|m
flanş|flange|n
bağlantı parçaları|fittings|n
vida|screw|n
vidalar|screws|n
cıvata|bolt|n
somun|nut|n
çivi|nails|n
soba|stove|n
tencere|saucepan|n
tava|frying pan|n
düdüklü tencere|pressure cooker|n
mutfak eşyası|kitchenware|n
çatal bıçak takımı|cutlery set|n
# Chapters 74-81: copper, aluminium and other base metals
bakır|copper|m
sarı pirinç|brass|m
pirinç musluk|brass tap|n
alüminyum|aluminium|m
alüminyum folyo|aluminium foil|n
kurşun|lead|m
çinko|zinc|m
# Chapters 82-83: tools, cutlery, locks
alet|tool|n
el aletleri|hand tools|n
testere|saw|n
pense|pliers|n
anahtar|key|n
tornavida|screwdriver|n
çekiç|hammer|n
matkap ucu|drill bit|n
bıçak|knife|n
makas|scissors|n
çatal|fork|n
kaşık|spoon|n
kilit|lock|n
asma kilit|padlock|n
# Chapter 84: engines, pumps, machinery, computers
makine|machine|n
makinesi|machine|n
makinası|machine|n
cihaz|device|n
cihazı|device|n
ekipman|equipment|n
motor|engine|n
motoru|engine|n
dizel motor|diesel engine|n
pompa|pump|n
pompası|pump|n
su pompası|water pump|n
dalgıç pompa|submersible pump|n
kompresör|compressor|n
vantilatör|fan|n
davlumbaz|cooker hood|n
klima|air conditioner|n
ısı pompası|heat pump|n
buzdolabı|refrigerator|n
derin dondurucu|freezer|n
şofben|water heater|n
termosifon|water heater|n
kombi|combi boiler|n
filtre|filter|n
hava temizleyici|air purifier|n
bulaşık makinesi|dishwasher|n
terazi|scales|n
yangın söndürücü|fire extinguisher|n
forklift|forklift truck|n
asansör|lift|n
ekskavatör|excavator|n
traktör|tractor|n
çim biçme makinesi|lawn mower|n
yazıcı|printer|n
dikiş makinesi|sewing machine|n
matkap|drill|n
bilgisayar|computer|n
dizüstü bilgisayar|laptop|n
tablet bilgisayar|tablet computer|n
klavye|keyboard|n
monitör|monitor|n
sabit disk|hard disk|n
usb bellek|usb flash drive|n
hafıza kartı|memory card|n
ekran kartı|graphics card|n
anakart|motherboard|n
güç kaynağı|power supply|n
vana|valve|n
musluk|tap|n
lavabo bataryası|basin mixer tap|n
rulman|bearing|n
yedek parça|spare parts|n
yedek parçalar|spare parts|n
yedek parçası|spare parts|n
parça|part|n
parçalar|parts|n
parçası|part|n
aksesuar|accessory|n
aksesuarlar|accessories|n
aksesuarları|accessories|n
# Chapter 85: electrical equipment and electronics
elektrik|electric|m
elektrikli|electric|m
elektronik|electronic|m
elektrik motoru|electric motor|n
jeneratör|generator|n
trafo|transformer|n
şarj aleti|charger|n
şarj cihazı|charger|n
adaptör|adapter|n
invertör|inverter|n
pil|battery|n
piller|batteries|n
batarya|battery|n
akü|accumulator|n
lityum|lithium|m
lityum iyon|lithium-ion|m
powerbank|power bank|n
elektrikli süpürge|vacuum cleaner|n
robot süpürge|robot vacuum cleaner|n
blender|blender|n
mikser|mixer|n
mutfak robotu|food processor|n
meyve sıkacağı|juicer|n
kıyma makinesi|meat grinder|n
saç kurutma makinesi|hair dryer|n
saç düzleştirici|hair straightener|n
tıraş makinesi|shaver|n
el feneri|torch|n
kettle|electric kettle|n
su ısıtıcı|electric kettle|n
ütü|iron|n
mikrodalga|microwave oven|n
mikrodalga fırın|microwave oven|n
fırın|oven|n
tost makinesi|toaster|n
kahve makinesi|coffee maker|n
çay makinesi|tea maker|n
pirinç pişirici|rice cooker|n
pilav pişirici|rice cooker|n
airfryer|air fryer|n
fritöz|deep fryer|n
ocak|hob|n
ısıtıcı|heater|n
çamaşır makinesi|washing machine|n
kurutma makinesi|tumble dryer|n
beyaz eşya|household appliances|n
ev aletleri|household appliances|n
küçük ev aletleri|small household appliances|n
telefon|telephone|n
telefonu|telephone|n
telefonlar|telephones|n
cep telefonu|mobile phone|n
akıllı telefon|smartphone|n
modem|modem|n
telsiz|walkie-talkie|n
kulaklık|headphones|n
kulaklıklar|headphones|n
hoparlör|loudspeaker|n
mikrofon|microphone|n
kamera|camera|n
kamerası|camera|n
fotoğraf makinesi|camera|n
güvenlik kamerası|security camera|n
araç kamerası|dashcam|n
televizyon|television|n
projeksiyon|projector|n
uydu alıcısı|satellite receiver|n
uzaktan kumanda|remote control|n
kumanda|remote control|n
kapı zili|doorbell|n
devre kartı|circuit board|n
sigorta|fuse|n
priz|socket|n
uzatma kablosu|extension cable|n
lamba|lamp|n
lambalar|lamps|n
ampul|light bulb|n
led ampul|led bulb|n
ledli|led|m
şerit led|led strip|n
avize|chandelier|n
aplik|wall light|n
abajur|table lamp|n
projektör|floodlight|n
güneş paneli|solar panel|n
güneş panelleri|solar panels|n
güneş enerjili|solar-powered|m
fotovoltaik|photovoltaic|m
yarı iletken|semiconductor|n
entegre devre|integrated circuit|n
çip|chip|n
kablo|cable|n
kablolar|cables|n
kablosu|cable|n
elektrik kablosu|electric cable|n
şarj kablosu|charging cable|n
fiber optik kablo|optical fibre cable|n
# Chapters 86-89: vehicles, aircraft, ships
araç|vehicle|n
araçlar|vehicles|n
araba|car|n
arabalar|cars|n
otomobil|car|n
binek araç|passenger car|n
elektrikli araç|electric vehicle|n
elektrikli otomobil|electric car|n
hibrit|hybrid|m
kamyon|lorry|n
kamyonet|light truck|n
minibüs|minibus|n
otobüs|bus|n
çekici|road tractor|n
ikinci el araç|used vehicle|n
oto yedek parça|car parts|n
oto aksesuar|car accessories|n
fren balatası|brake pads|n
fren diski|brake disc|n
amortisör|shock absorber|n
ön tampon|front bumper|n
arka tampon|rear bumper|n
egzoz|exhaust|n
radyatör|radiator|n
jant|wheel rim|n
jantlar|wheel rims|n
tekerlek|wheel|n
motosiklet|motorcycle|n
scooter|scooter|n
elektrikli scooter|electric scooter|n
bisiklet|bicycle|n
bisikletler|bicycles|n
elektrikli bisiklet|electric bicycle|n
dağ bisikleti|mountain bike|n
tekerlekli sandalye|wheelchair|n
bebek arabası|pram|n
puset|pushchair|n
römork|trailer|n
el arabası|wheelbarrow|n
uçak|aeroplane|n
helikopter|helicopter|n
drone|drone|n
dron|drone|n
gemi|ship|n
tekne|boat|n
yat|yacht|n
şişme bot|inflatable boat|n
# Chapters 90-92: optics, instruments, medical, watches, music
gözlük|spectacles|n
güneş gözlüğü|sunglasses|n
gözlük çerçevesi|spectacle frame|n
kontakt lens|contact lenses|n
lens|lens|n
dürbün|binoculars|n
mikroskop|microscope|n
ölçü aleti|measuring instrument|n
şerit metre|tape measure|n
termometre|thermometer|n
sayaç|meter|n
sensör|sensor|n
tıbbi|medical|m
medikal|medical|m
şırınga|syringe|n
enjektör|syringe|n
tansiyon aleti|blood pressure monitor|n
masaj aleti|massager|n
işitme cihazı|hearing aid|n
saat|watch|n
saatler|watches|n
saati|watch|n
kol saati|wristwatch|n
duvar saati|wall clock|n
akıllı saat|smartwatch|n
çalar saat|alarm clock|n
müzik aletleri|musical instruments|n
piyano|piano|n
gitar|guitar|n
keman|violin|n
bağlama|saz|n
davul|drum|n
# Chapters 93-94: furniture, lighting, prefabricated buildings
mobilya|furniture|n
mobilyalar|furniture|n
mobilyası|furniture|n
sandalye|chair|n
sandalyeler|chairs|n
koltuk|armchair|n
koltuklar|armchairs|n
ofis koltuğu|office chair|n
oyuncu koltuğu|gaming chair|n
kanepe|sofa|n
koltuk takımı|sofa set|n
tabure|stool|n
masa|table|n
masalar|tables|n
masası|table|n
yemek masası|dining table|n
sehpa|coffee table|n
çalışma masası|desk|n
dolap|cupboard|n
dolaplar|cupboards|n
dolabı|cupboard|n
gardırop|wardrobe|n
mutfak dolabı|kitchen cabinet|n
komodin|bedside table|n
kitaplık|bookcase|n
duvar rafı|wall shelf|n
raflar|shelves|n
karyola|bed frame|n
baza|divan bed base|n
ranza|bunk bed|n
beşik|cot|n
bahçe mobilyası|garden furniture|n
prefabrik ev|prefabricated house|n
sera|greenhouse|n
# Chapter 95: toys, games, sports
oyuncak|toy|n
oyuncaklar|toys|n
oyuncağı|toy|n
peluş|plush|m
peluş oyuncak|soft toy|n
oyuncak bebek|doll|n
oyuncak araba|toy car|n
yapboz|jigsaw puzzle|n
uzaktan kumandalı|remote-controlled|m
kutu oyunu|board game|n
oyun|game|n
oyun kartı|playing cards|n
satranç|chess|n
oyun konsolu|games console|n
yılbaşı ağacı|christmas tree|n
yılbaşı süsü|christmas decoration|n
balon|balloon|n
spor malzemesi|sports equipment|n
spor malzemeleri|sports equipment|n
koşu bandı|treadmill|n
kondisyon bisikleti|exercise bike|n
dambıl|dumbbell|n
yoga matı|yoga mat|n
futbol topu|football|n
basketbol topu|basketball|n
raket|racket|n
paten|skates|n
kaykay|skateboard|n
olta|fishing rod|n
trambolin|trampoline|n
# Chapters 96-97: miscellaneous manufactured articles, art
süpürge|broom|n
fırça|brush|n
diş fırçası|toothbrush|n
makyaj fırçası|make-up brush|n
düğme|button|n
fermuar|zip fastener|n
kalem|pen|n
tükenmez kalem|ballpoint pen|n
kurşun kalem|pencil|n
boya kalemi|colour pencil|n
keçeli kalem|felt-tip pen|n
çakmak|lighter|n
tarak|comb|n
toka|hair clip|n
termos|vacuum flask|n
bebek bezi|nappies|n
ıslak mendil|wet wipes|n
hijyenik ped|sanitary pads|n
tripod|tripod|n
tablo|painting|n
antika|antique|m
# General qualifiers: condition, states, processes, users, uses, power
yeni|new|m
ikinci el|second-hand|m
kullanılmış|used|m
yenilenmiş|refurbished|m
taze|fresh|m
soğutulmuş|chilled|m
dondurulmuş|frozen|m
donuk|frozen|m
kurutulmuş|dried|m
kuru|dried|m
tuzlu|salted|m
tuzlanmış|salted|m
tuzsuz|unsalted|m
tütsülenmiş|smoked|m
füme somon|smoked salmon|n
kavrulmuş|roasted|m
kavrulmamış|unroasted|m
çiğ|raw|m
ham deri|raw hides|n
öğütülmüş|ground|m
toz|powder|m
soyulmuş|peeled|m
kabuklu|in shell|m
kabuksuz|shelled|m
bütün|whole|m
haşlanmış|boiled|m
pişmiş|cooked|m
işlenmiş|processed|m
işlenmemiş|unprocessed|m
cilalı|polished|m
şekerli|sweetened|m
şekersiz|sugar-free|m
kafeinsiz|decaffeinated|m
çekirdeksiz|seedless|m
organik|organic|m
doğal|natural|m
yapay|artificial|m
sentetik|synthetic|m
el yapımı|handmade|m
baskılı|printed|m
desenli|patterned|m
boyalı|painted|m
kaplamalı|coated|m
tek kullanımlık|disposable|m
katlanır|folding|m
katlanabilir|folding|m
taşınabilir|portable|m
şişme|inflatable|m
kablosuz|wireless|m
kablolu|wired|m
şarjlı|rechargeable|m
pilli|battery-powered|m
otomatik|automatic|m
manuel|manual|m
hidrolik|hydraulic|m
endüstriyel|industrial|m
sanayi|industrial|m
ev tipi|household|m
mutfak|kitchen|m
banyo|bathroom|m
bahçe|garden|m
ofis|office|m
oto|automotive|m
spor|sports|m
su geçirmez|waterproof|m
# Chapter 01 (more): live animals
inek|cow|n
buzağı|calf|n
domuz|pig|n
hindi|turkey|n
tavşan|rabbit|n
arılar|bees|n
köpek|dog|n
kedi|cat|n
evcil hayvanlar|pets|n
kuşlar|birds|n
akvaryum balığı|ornamental fish|n
damızlık|pure-bred breeding|m
hayvanlar|animals|n
# Chapter 02 (more): meat, poultry, offal
kırmızı et|red meat|n
beyaz et|white meat|n
dana kıyma|minced beef|n
bonfile|beef tenderloin|n
biftek|steak|n
pirzola|lamb chops|n
kaburga|ribs|n
karkas|carcass|n
tavuk göğsü|chicken breast|n
tavuk kanat|chicken wings|n
ciğer|liver|n
et ürünleri|meat products|n
pastırma|pastirma|n
salam|salami|n
jambon|ham|n
dondurulmuş et|frozen meat|n
helal|halal|m
# Chapter 03 (more): fish, crustaceans, molluscs
palamut|bonito|n
istavrit|horse mackerel|n
barbunya balığı|red mullet|n
kalkan|turbot|n
kılıç balığı|swordfish|n
morina balığı|cod|n
ringa balığı|herring|n
sazan|carp|n
somon fileto|salmon fillets|n
balık fileto|fish fillets|n
ton balığı konservesi|canned tuna|n
konserve balık|canned fish|n
havyar|caviar|n
balık yumurtası|fish roe|n
balık yağı|fish oil|n
jumbo karides|king prawns|n
istakoz|lobster|n
istiridye|oysters|n
deniz tarağı|scallops|n
mürekkep balığı|cuttlefish|n
deniz yosunu|seaweed|n
kabuklu deniz ürünleri|shellfish|n
# Chapter 04 (more): dairy, eggs, honey
inek sütü|cow's milk|n
keçi sütü|goat's milk|n
tam yağlı süt|whole milk|n
yağsız süt|skimmed milk|n
kaymak|clotted cream|n
ayran|ayran|n
kefir|kefir|n
süzme yoğurt|strained yoghurt|n
meyveli yoğurt|fruit yoghurt|n
lor|curd cheese|n
kaşar|kashar cheese|n
kaşar peyniri|kashar cheese|n
krem peynir|cream cheese|n
hellim|halloumi|n
sade yağ|ghee|n
yumurtalar|eggs|n
çam balı|pine honey|n
petek bal|honeycomb|n
balmumu|beeswax|n
# Chapters 05-06 (more): animal products, plants, flowers
kaz tüyü|goose down|n
sünger|sponge|n
saksı çiçeği|potted plant|n
fide|seedling|n
fidan|sapling|n
lale|tulip|n
gül|rose|n
orkide|orchid|n
kaktüs|cactus|n
buket|bouquet|n
ağaç|tree|n
# Chapter 07 (more): vegetables, pulses, mushrooms, herbs
cherry domates|cherry tomatoes|n
kuru soğan|onions|n
taze soğan|spring onions|n
pırasa|leeks|n
beyaz lahana|white cabbage|n
marul|lettuce|n
roka|rocket|n
ıspanak|spinach|n
kereviz|celery|n
pancar|beetroot|n
turp|radish|n
hıyar|cucumber|n
turşu|pickles|n
sivri biber|green peppers|n
dolmalık biber|bell peppers|n
kapya biber|red peppers|n
acı biber|chilli peppers|n
pul biber|chilli flakes|n
taze fasulye|green beans|n
barbunya|borlotti beans|n
kuru fasulye|dried beans|n
bezelye|peas|n
kırmızı mercimek|red lentils|n
baklagiller|pulses|n
kültür mantarı|cultivated mushrooms|n
şeker mısır|sweet corn|n
maydanoz|parsley|n
dereotu|dill|n
nane|mint|n
fesleğen|basil|n
kekik|thyme|n
karışık sebze|mixed vegetables|n
dondurulmuş sebze|frozen vegetables|n
siyah zeytin|black olives|n
yeşil zeytin|green olives|n
# Chapter 08 (more): fruit, berries, nuts, dried fruit
elmalar|apples|n
ayva|quince|n
vişne|sour cherries|n
dut|mulberries|n
nektarin|nectarines|n
kayısılar|apricots|n
sofralık üzüm|table grapes|n
greyfurt|grapefruit|n
turunçgiller|citrus fruit|n
ananas|pineapple|n
mango|mango|n
avokado|avocado|n
kivi|kiwifruit|n
hurma|dates|n
trabzon hurması|persimmons|n
nar|pomegranate|n
kavun|melon|n
ahududu|raspberries|n
böğürtlen|blackberries|n
yaban mersini|blueberries|n
hindistan cevizi|coconut|n
kaju fıstığı|cashew nuts|n
çam fıstığı|pine nuts|n
kestane|chestnuts|n
iç ceviz|shelled walnuts|n
iç badem|shelled almonds|n
fındık içi|hazelnut kernels|n
fıstık|peanuts|n
çerez|snack nuts|n
karışık kuruyemiş|mixed nuts|n
kuru erik|prunes|n
meyve kurusu|dried fruit|n
dondurulmuş meyve|frozen fruit|n
taze meyve|fresh fruit|n
# Chapter 09 (more): coffee, tea, spices
filtre kahve|filter coffee|n
öğütülmüş kahve|ground coffee|n
kahve çekirdeği|coffee beans|n
çekirdek kahveler|coffee beans|n
kavrulmuş kahve|roasted coffee|n
yeşil kahve|green coffee|n
espresso|espresso|n
kapsül kahve|coffee capsules|n
arabica|arabica|m
robusta|robusta|m
kafeinsiz kahve|decaffeinated coffee|n
dökme çay|loose tea|n
demlik poşet çay|teapot tea bags|n
rize çayı|rize tea|n
beyaz çay|white tea|n
ıhlamur|linden tea|n
adaçayı çayı|sage tea|n
kuşburnu çayı|rose hip tea|n
meyve çayı|fruit tea|n
matcha|matcha|n
oolong çayı|oolong tea|n
soğuk çay|iced tea|n
tane karabiber|black peppercorns|n
toz biber|ground red pepper|n
kırmızı biber|red pepper|n
paprika|paprika|n
vanilya|vanilla|n
çubuk tarçın|cinnamon sticks|n
karanfil baharatı|cloves|n
muskat|nutmeg|n
kakule|cardamom|n
anason|aniseed|n
yıldız anason|star anise|n
kimyon|cumin|n
çörek otu|black cumin|n
sumak|sumac|n
zerdeçal|turmeric|n
köri|curry powder|n
safran|saffron|n
yenibahar|allspice|n
karışık baharat|spice mix|n
köfte baharatı|meatball spice|n
# Chapters 10-11 (more): cereals, rice, flours, starches
durum buğdayı|durum wheat|n
ekmeklik buğday|bread wheat|n
yemlik buğday|feed wheat|n
yemlik arpa|feed barley|n
maltlık arpa|malting barley|n
çavdar|rye|n
darı|millet|n
sorgum|sorghum|n
kinoa|quinoa|n
karabuğday|buckwheat|n
siyez|einkorn|n
yemlik mısır|feed maize|n
tane mısır|grain maize|n
patlamış mısır|popcorn|n
osmancık pirinç|osmancik rice|n
pilavlık pirinç|rice|n
uzun taneli pirinç|long-grain rice|n
beyaz pirinç|white rice|n
suşi pirinci|sushi rice|n
pilavlık bulgur|coarse bulgur|n
köftelik bulgur|fine bulgur|n
firik|freekeh|n
irmik|semolina|n
un|flour|n
mısır unu|maize flour|n
pirinç unu|rice flour|n
tam buğday unu|wholemeal flour|n
çavdar unu|rye flour|n
nohut unu|gram flour|n
badem unu|almond flour|n
ekmek kırıntısı|breadcrumbs|n
galeta unu|breadcrumbs|n
kepek|bran|n
buğday kepeği|wheat bran|n
mısır nişastası|maize starch|n
patates nişastası|potato starch|n
buğday nişastası|wheat starch|n
gluten|gluten|n
glutensiz|gluten-free|m
malt|malt|n
mısır gevreği|cornflakes|n
müsli|muesli|n
granola|granola|n
yulaf kepeği|oat bran|n
kek karışımı|cake mix|n
# Chapters 12-14 (more): oil seeds, medicinal plants, fodder, gums
yağlı tohumlar|oil seeds|n
soya|soya beans|n
kanola|rapeseed|n
kolza|rapeseed|n
keten tohumu|linseed|n
chia tohumu|chia seeds|n
kabak çekirdeği|pumpkin seeds|n
ay çekirdeği|sunflower seeds|n
haşhaş tohumu|poppy seeds|n
kenevir tohumu|hemp seeds|n
pamuk tohumu|cotton seeds|n
tohumlar|seeds|n
sebze tohumu|vegetable seeds|n
çiçek tohumu|flower seeds|n
çim tohumu|grass seed|n
tohumluk|for sowing|m
şerbetçiotu|hops|n
şifalı bitkiler|medicinal herbs|n
tıbbi bitkiler|medicinal plants|n
aromatik bitkiler|aromatic plants|n
ginseng|ginseng|n
meyan kökü|liquorice root|n
papatya|camomile|n
lavanta|lavender|n
ada çayı|sage|n
şeker pancarı|sugar beet|n
şeker kamışı|sugar cane|n
keçiboynuzu|carob|n
kuru ot|hay|n
yonca|lucerne|n
silaj|silage|n
arap zamkı|gum arabic|n
pektin|pectin|n
agar|agar-agar|n
aloe vera|aloe vera|n
hasır|straw matting|m
rattan|rattan|m
# Chapter 15 (more): vegetable oils and animal fats
mısır yağı|maize oil|n
soya yağı|soya-bean oil|n
kanola yağı|rapeseed oil|n
hindistan cevizi yağı|coconut oil|n
fındık yağı|hazelnut oil|n
susam yağı|sesame oil|n
keten tohumu yağı|linseed oil|n
çörek otu yağı|black seed oil|n
argan yağı|argan oil|n
badem yağı|almond oil|n
hint yağı|castor oil|n
riviera zeytinyağı|riviera olive oil|n
natürel sızma zeytinyağı|extra virgin olive oil|n
soğuk sıkım|cold-pressed|m
rafine edilmiş|refined|m
margarin|margarine|n
bitkisel margarin|vegetable margarine|n
hayvansal yağ|animal fat|n
iç yağı|suet|n
kuyruk yağı|tail fat|n
gliserin|glycerol|n
lanolin|lanolin|n
# Chapters 16-18 (more): meat preparations, sugar, confectionery, chocolate
et konservesi|canned meat|n
konserve et|canned meat|n
hazır yemek|ready meals|n
hazır yemekler|ready meals|n
mantı|turkish dumplings|n
sarma|stuffed vine leaves|n
dolma|stuffed vegetables|n
yaprak sarma|stuffed vine leaves|n
et suyu|meat stock|n
kemik suyu|bone broth|n
küp şeker|sugar cubes|n
pudra şekeri|icing sugar|n
esmer şeker|brown sugar|n
kristal şeker|granulated sugar|n
pancar şekeri|beet sugar|n
glikoz|glucose|n
glikoz şurubu|glucose syrup|n
fruktoz|fructose|n
laktoz|lactose|n
pekmez|grape molasses|n
üzüm pekmezi|grape molasses|n
keçiboynuzu pekmezi|carob molasses|n
melas|molasses|n
akçaağaç şurubu|maple syrup|n
tatlandırıcı|sweetener|n
karamel|caramel|n
akide şekeri|boiled sweets|n
lolipop|lollipop|n
jelibon|gummy sweets|n
yumuşak şeker|chewy sweets|n
pamuk şeker|candyfloss|n
helva|halva|n
tahin helvası|tahini halva|n
pişmaniye|pismaniye|n
cezerye|carrot confection|n
kestane şekeri|candied chestnuts|n
badem ezmesi|marzipan|n
meyan şekeri|liquorice|n
draje|dragées|n
nuga|nougat|n
şekerlemeler|confectionery|n
kakao yağı|cocoa butter|n
kakao kitlesi|cocoa paste|n
bitter çikolata|dark chocolate|n
sütlü çikolata|milk chocolate|n
beyaz çikolata|white chocolate|n
tablet çikolata|chocolate bar|n
çikolatalar|chocolates|n
pralin|pralines|n
çikolata kaplı|chocolate-coated|m
çikolatalı|chocolate|m
gofret|wafer bars|n
sıcak çikolata|hot chocolate|n
fındık kreması|hazelnut spread|n
kakaolu fındık kreması|chocolate hazelnut spread|n
sürülebilir çikolata|chocolate spread|n
# Chapter 19 (more): pasta, bread, pastries, bakery
spagetti|spaghetti|n
burgu makarna|fusilli|n
kalem makarna|penne|n
fiyonk makarna|farfalle|n
şehriye|vermicelli|n
lazanya|lasagne|n
yumurtalı erişte|egg noodles|n
pirinç eriştesi|rice noodles|n
noodle|noodles|n
kuskus|couscous|n
yufka|filo pastry|n
baklava yufkası|filo pastry|n
milföy|puff pastry|n
hamur|dough|n
pizza hamuru|pizza dough|n
pizza|pizza|n
lavaş|lavash|n
pide|pide bread|n
bazlama|flatbread|n
tam buğday ekmeği|wholemeal bread|n
çavdar ekmeği|rye bread|n
tost ekmeği|sliced bread|n
sandviç ekmeği|sandwich bread|n
hamburger ekmeği|burger buns|n
simit|simit|n
poğaça|savoury pastry|n
börek|borek|n
baklava|baklava|n
künefe|kunefe|n
kadayıf|kadaif|n
kruvasan|croissant|n
gevrek|crispbread|n
galeta|rusks|n
peksimet|rusks|n
kraker|crackers|n
tuzlu kraker|salted crackers|n
kurabiyeler|cookies|n
bisküviler|biscuits|n
kekler|cakes|n
yaş pasta|cream cake|n
tatlılar|desserts|n
tatlı|dessert|n
lokma|lokma|n
donut|doughnuts|n
waffle|waffles|n
gofretler|wafers|n
kahvaltılık gevrek|breakfast cereals|n
tahıl gevreği|breakfast cereals|n
granola bar|granola bar|n
protein bar|protein bar|n
bebek bisküvisi|baby biscuits|n
devam sütü|follow-on formula|n
bebek sütü|infant formula|n
kaşık mama|baby cereal|n
# Chapter 20 (more): preserves, pickles, purées, juices
reçeller|jams|n
marmelat|marmalade|n
meyve püresi|fruit purée|n
sebze püresi|vegetable purée|n
patates püresi|mashed potatoes|n
komposto|compote|n
hoşaf|stewed dried fruit|n
meyve konservesi|canned fruit|n
sebze konservesi|canned vegetables|n
konserve mısır|canned sweetcorn|n
konserve nohut|canned chickpeas|n
konserve fasulye|canned beans|n
közlenmiş biber|roasted peppers|n
kurutulmuş domates|sun-dried tomatoes|n
domates püresi|tomato purée|n
biber salçası|pepper paste|n
ketçap|ketchup|n
mayonez|mayonnaise|n
acuka|acuka|n
tahin|tahini|n
tahin pekmez|tahini and molasses|n
fıstık ezmesi|peanut butter|n
fındık ezmesi|hazelnut butter|n
turşular|pickles|n
salatalık turşusu|pickled cucumbers|n
zeytin ezmesi|olive paste|n
dondurulmuş patates|frozen potatoes|n
parmak patates|french fries|n
meyve suları|fruit juices|n
elma suyu|apple juice|n
vişne suyu|sour cherry juice|n
nar suyu|pomegranate juice|n
şeftali suyu|peach juice|n
kayısı nektarı|apricot nectar|n
nektar|nectar|n
meyve nektarı|fruit nectar|n
domates suyu|tomato juice|n
şalgam suyu|turnip juice|n
havuç suyu|carrot juice|n
konsantre meyve suyu|fruit juice concentrate|n
meyve konsantresi|fruit concentrate|n
smoothie|smoothie|n
# Chapter 21 (more): sauces, soups, ice cream, supplements
çözünebilir kahve|soluble coffee|n
3ü1 arada|3-in-1 coffee|n
3'ü 1 arada|3-in-1 coffee|n
kahve kreması|coffee creamer|n
hindiba|chicory|n
kabartma tozu|baking powder|n
karbonat|baking soda|n
instant maya|instant yeast|n
kuru maya|dried yeast|n
yaş maya|fresh yeast|n
sos|sauce|n
barbekü sosu|barbecue sauce|n
acı sos|hot sauce|n
chili sos|chilli sauce|n
domates sosu|tomato sauce|n
makarna sosu|pasta sauce|n
salata sosu|salad dressing|n
hardal|mustard|n
nar ekşisi|pomegranate molasses|n
bulyon|stock cubes|n
et bulyon|beef stock cubes|n
tavuk bulyon|chicken stock cubes|n
hazır çorba|instant soup|n
çorbalar|soups|n
tarhana|tarhana|n
monosodyum glutamat|monosodium glutamate|n
maraş dondurması|maras ice cream|n
dondurmalar|ice creams|n
külah dondurma|ice cream cone|n
sorbe|sorbet|n
puding|pudding|n
sütlaç|rice pudding|n
muhallebi|milk pudding|n
jöle|jelly|n
tofu|tofu|n
soya sütü|soya milk|n
badem sütü|almond milk|n
yulaf sütü|oat milk|n
bitkisel süt|plant-based milk|n
hindistan cevizi sütü|coconut milk|n
besin takviyesi|food supplement|n
gıda takviyeleri|food supplements|n
vitaminler|vitamins|n
multivitamin|multivitamin|n
kolajen|collagen|n
kreatin|creatine|n
omega 3|omega-3|n
balık yağı kapsülü|fish oil capsules|n
probiyotik|probiotic|n
whey protein|whey protein|n
sporcu gıdası|sports nutrition|n
aroma verici|flavouring|n
gıda boyası|food colouring|n
jelatin|gelatin|n
koruyucu|preservative|n
atıştırmalık|snacks|n
atıştırmalıklar|snacks|n
gıda ürünleri|food products|n
yiyecek|food|n
vegan|vegan|m
vejetaryen|vegetarian|m
# Chapter 22 (more): waters, soft drinks, beer, wine, spirits, vinegar
kaynak suyu|spring water|n
doğal kaynak suyu|natural spring water|n
pet şişe su|bottled water|n
damacana|water carboy|n
damacana su|carboy water|n
soda|soda water|n
gazlı içecek|carbonated drink|n
gazlı içecekler|carbonated drinks|n
gazlı|carbonated|m
gazsız|still|m
kola|cola|n
gazoz|lemonade|n
limonata|lemonade|n
enerji içecekleri|energy drinks|n
spor içeceği|sports drink|n
buzlu çay|iced tea|n
meyveli içecek|fruit drink|n
şıra|grape must drink|n
boza|boza|n
salep|salep|n
alkolsüz bira|non-alcoholic beer|n
fıçı bira|draught beer|n
kutu bira|canned beer|n
biralar|beers|n
şaraplar|wines|n
roze şarap|rosé wine|n
köpüklü şarap|sparkling wine|n
şampanya|champagne|n
likör|liqueur|n
rakı|raki|n
viski|whisky|n
cin|gin|n
rom|rum|n
tekila|tequila|n
konyak|cognac|n
brendi|brandy|n
alkollü içecekler|alcoholic beverages|n
alkol|alcohol|n
etanol|ethanol|n
denatüre alkol|denatured alcohol|n
elma sirkesi|cider vinegar|n
üzüm sirkesi|grape vinegar|n
balzamik sirke|balsamic vinegar|n
# Chapter 23 (more): residues and animal feed
küspe|oil-cake|n
soya küspesi|soya-bean meal|n
ayçiçeği küspesi|sunflower meal|n
pamuk küspesi|cotton-seed meal|n
posa|pulp|n
şeker pancarı posası|beet pulp|n
kepek yem|bran feed|n
karma yem|compound feed|n
büyükbaş yemi|cattle feed|n
tavuk yemi|poultry feed|n
balık yemi|fish feed|n
kuş yemi|bird food|n
kuru mama|dry pet food|n
yaş mama|wet pet food|n
kedi maması yaş|wet cat food|n
köpek ödül maması|dog treats|n
ödül maması|pet treats|n
yem katkısı|feed additive|n
premiks|premix|n
kedi kumu|cat litter|n
# Chapter 24 (more): tobacco and nicotine products
sigaralar|cigarettes|n
puro|cigars|n
purolar|cigars|n
sigarillo|cigarillos|n
sarma tütün|rolling tobacco|n
pipo tütünü|pipe tobacco|n
kıyılmış tütün|cut tobacco|n
yaprak tütün|leaf tobacco|n
ham tütün|unmanufactured tobacco|n
tütün mamulleri|tobacco products|n
nargile|hookah|n
nargile takımı|hookah set|n
elektronik sigaralar|electronic cigarettes|n
e-sigara|electronic cigarette|n
likit|e-liquid|n
nikotin|nicotine|n
nikotinsiz|nicotine-free|m
ısıtılmış tütün|heated tobacco|n
sigara kağıdı|cigarette paper|n
sigara filtresi|cigarette filters|n
makaron|cigarette tubes|n
# Chapters 25-27 (more): salt, stone, earths, ores, coal, petroleum products
sofra tuzu|table salt|n
kaya tuzu|rock salt|n
deniz tuzu|sea salt|n
iyotlu tuz|iodised salt|n
kükürt|sulphur|n
çakıl|gravel|n
kireç taşı|limestone|m
bor|boron minerals|n
sıva|plaster|n
harç|mortar|n
alçı levha|plasterboard|n
bakır cevheri|copper ore|n
taş kömürü|hard coal|n
kok kömürü|coke|n
bitüm|bitumen|n
parafin|paraffin wax|n
kurşunsuz benzin|unleaded petrol|n
fuel oil|fuel oil|n
gazyağı|kerosene|n
biyodizel|biodiesel|n
gres yağı|grease|n
propan|propane|n
gaz tüpü|gas cylinder|n
# Chapters 28-29 (more): chemicals
hidroklorik asit|hydrochloric acid|n
tuz ruhu|hydrochloric acid|n
sülfürik asit|sulphuric acid|n
limon tuzu|citric acid|n
sodyum hidroksit|sodium hydroxide|n
sodyum bikarbonat|sodium bicarbonate|n
göztaşı|copper sulphate|n
çamaşır suyu|bleach|n
hidrojen peroksit|hydrogen peroxide|n
amonyak|ammonia|n
oksijen|oxygen|n
aktif karbon|activated carbon|n
izopropil alkol|isopropyl alcohol|n
aseton|acetone|n
antifriz|antifreeze|n
tiner|thinner|n
solvent|solvent|n
reçine|resin|n
# Chapter 30 (more): pharmaceuticals, medical consumables
tabletler|tablets|n
kapsüller|capsules|n
öksürük şurubu|cough syrup|n
burun spreyi|nasal spray|n
göz damlası|eye drops|n
ağrı kesici|painkiller|n
parasetamol|paracetamol|n
hızlı test|rapid test|n
gebelik testi|pregnancy test|n
sargı bezi|bandage|n
bandaj|bandage|n
flaster|adhesive plaster|n
kulak çubuğu|cotton buds|n
makyaj pamuğu|cotton pads|n
el dezenfektanı|hand sanitiser|n
lens solüsyonu|contact lens solution|n
# Chapters 31-32 (more): fertilisers, paints, varnishes, inks
azotlu gübre|nitrogenous fertiliser|n
fosforlu gübre|phosphatic fertiliser|n
potasyumlu gübre|potassic fertiliser|n
kompoze gübre|compound fertiliser|n
npk gübre|npk fertiliser|n
amonyum nitrat|ammonium nitrate|n
amonyum sülfat|ammonium sulphate|n
organik gübre|organic fertiliser|n
kompost|compost|n
sıvı gübre|liquid fertiliser|n
saksı toprağı|potting soil|n
toprak|soil|n
plastik boya|emulsion paint|n
akrilik boya|acrylic paint|n
yağlı boya|oil paint|n
sulu boya|watercolours|n
sprey boya|spray paint|n
cila|varnish|n
macun|putty|n
silikon mastik|silicone sealant|n
poliüretan köpük|expanding foam|n
toner|toner|n
# Chapter 33 (more): perfumery, cosmetics, toiletries
parfümler|perfumes|n
oda kokusu|room fragrance|n
tütsü|incense|n
fondöten|foundation|n
pudra|face powder|n
göz kalemi|eyeliner|n
dudak parlatıcısı|lip gloss|n
dudak balmı|lip balm|n
makyaj temizleyici|make-up remover|n
yüz maskesi|face mask|n
nemlendirici|moisturiser|n
yüz kremi|face cream|n
el kremi|hand cream|n
vücut losyonu|body lotion|n
losyon|lotion|n
masaj yağı|massage oil|n
oje çıkarıcı|nail polish remover|n
tırnak makası|nail clippers|n
manikür seti|manicure set|n
saç kremi|hair conditioner|n
saç spreyi|hairspray|n
ağız gargarası|mouthwash|n
diş ipi|dental floss|n
tıraş köpüğü|shaving foam|n
tıraş sonrası|aftershave|n
banyo tuzu|bath salts|n
duş jeli|shower gel|n
kişisel bakım|personal care|n
cilt bakımı|skin care|n
hediye seti|gift set|n
# Chapters 34-38 (more): soaps, cleaning products, candles, glues, matches, pesticides
sıvı sabun|liquid soap|n
el sabunu|hand soap|n
kalıp sabun|bar soap|n
sabunluk|soap dish|n
toz deterjan|washing powder|n
sıvı deterjan|liquid detergent|n
yumuşatıcı|fabric softener|n
leke çıkarıcı|stain remover|n
bulaşık makinesi tableti|dishwasher tablets|n
cam temizleyici|glass cleaner|n
kireç çözücü|descaler|n
ayakkabı boyası|shoe polish|n
kokulu mum|scented candle|n
oyun hamuru|play dough|n
japon yapıştırıcı|superglue|n
sıcak silikon|hot-melt glue|n
silikon tabancası|glue gun|n
tutkal|glue|n
pestisit|pesticide|n
herbisit|herbicide|n
sinek ilacı|fly spray|n
sivrisinek kovucu|mosquito repellent|n
fren hidroliği|brake fluid|n
radyatör suyu|coolant|n
cam suyu|screen wash|n
yağlayıcı|lubricant|n
# Chapter 39 (more): plastics and articles of plastics
polistiren|polystyrene|m
strafor|expanded polystyrene|m
polikarbonat|polycarbonate|m
poliüretan|polyurethane|m
akrilik|acrylic|m
pleksiglas|acrylic glass|m
plastik granül|plastic granules|n
plastik atık|plastic waste|n
naylon|nylon|m
streç|stretch film|n
balonlu naylon|bubble wrap|n
ekran koruyucu|screen protector|n
branda|tarpaulin|n
pvc boru|pvc pipe|n
bahçe hortumu|garden hose|n
kablo bağı|cable ties|n
plastik poşet|plastic bag|n
alışveriş poşeti|shopping bag|n
çöp torbası|refuse bag|n
çuval|sack|n
saklama kapları|storage containers|n
beslenme kutusu|lunch box|n
saklama kutusu|storage box|n
plastik kasa|plastic crate|n
plastik şişe|plastic bottle|n
sprey şişe|spray bottle|n
çamaşır sepeti|laundry basket|n
mandal|clothes pegs|n
küvet|bathtub|n
duş teknesi|shower tray|n
duş perdesi|shower curtain|n
klozet kapağı|toilet seat|n
pvc pencere|pvc window|n
panjur|roller shutter|n
jaluzi|blinds|n
stor perde|roller blind|n
vinil parke|vinyl flooring|n
laminat parke|laminate flooring|n
duvar kağıdı|wallpaper|n
sticker|sticker|n
izole bant|insulating tape|n
çift taraflı bant|double-sided tape|n
bant|tape|n
plastik bardak|plastic cups|n
pipet|drinking straws|n
su deposu|water tank|n
suni çim|artificial turf|n
# Chapter 40 (more): rubber and articles of rubber
doğal kauçuk|natural rubber|m
lateks|latex|m
neopren|neoprene|m
lastik bant|rubber band|n
paspas|mat|n
kauçuk paspas|rubber mat|n
o-ring|o-ring|n
konveyör bandı|conveyor belt|n
triger kayışı|timing belt|n
lastikler|tyres|n
yaz lastiği|summer tyre|n
kamyon lastiği|lorry tyre|n
iç lastik|inner tube|n
tek kullanımlık eldiven|disposable gloves|n
lateks eldiven|latex gloves|n
prezervatif|condoms|n
emzik|dummy|n
silgi|eraser|n
# Chapters 41-43 (more): leather, bags, travel goods, fur
deri ürünleri|leather goods|n
gerçek deri|genuine leather|m
süet|suede|m
nubuk|nubuck|m
pu deri|pu leather|m
deri çanta|leather bag|n
omuz çantası|shoulder bag|n
bez çanta|cloth bag|n
spor çantası|sports bag|n
seyahat çantası|travel bag|n
laptop çantası|laptop bag|n
okul çantası|school bag|n
kalem kutusu|pencil case|n
makyaj çantası|make-up bag|n
anahtarlık|key ring|n
mücevher kutusu|jewellery box|n
saat kordonu|watch strap|n
deri kemer|leather belt|n
tasma|dog collar|n
tablet kılıfı|tablet case|n
kürk manto|fur coat|n
suni kürk|artificial fur|m
# Chapter 44 (more): wood, timber, panels, articles of wood
yakacak odun|firewood|n
mdf|mdf|m
osb|osb|m
yonga levha|particle board|n
masif|solid wood|m
masif ahşap|solid wood|m
kapı|door|n
çelik kapı|steel door|n
pencere|window|n
ahşap kutu|wooden box|n
kürdan|toothpicks|n
çerçeve|frame|n
fotoğraf çerçevesi|photo frame|n
ahşap oyuncak|wooden toy|n
tepsi|tray|n
meşe|oak|m
kayın|beech|m
çam|pine|m
ceviz ağacı|walnut wood|m
ahşaptan|wooden|m
# Chapters 45-46 (more): cork, basketwork
mantar tıpa|cork stopper|n
bardak altlığı|coasters|n
hasır sepet|wicker basket|n
sepetler|baskets|n
# Chapters 47-49 (more): paper, paperboard, stationery, printed matter
selüloz|wood pulp|n
atık kağıt|waste paper|n
fotokopi kağıdı|copy paper|n
a4 kağıt|a4 paper|n
kraft kağıt|kraft paper|m
yağlı kağıt|baking paper|n
pişirme kağıdı|baking paper|n
kahve filtresi|coffee filters|n
mukavva|paperboard|m
karton koli|cardboard box|n
kargo kutusu|shipping box|n
kağıt çanta|paper bag|n
zarf|envelope|n
havlu kağıt|paper towels|n
kağıt peçete|paper napkins|n
kağıt mendil|paper tissues|n
kağıt bardak|paper cups|n
ajanda|diary|n
not defteri|notebook|n
yapışkanlı not|sticky notes|n
dosya|file folder|n
klasör|lever arch file|n
fotoğraf albümü|photo album|n
kırtasiye|stationery|n
ofis malzemeleri|office supplies|n
tebrik kartı|greeting card|n
kartpostal|postcard|n
gazete|newspaper|n
dergi|magazine|n
broşür|brochure|n
katalog|catalogue|n
kitaplar|books|n
boyama kitabı|colouring book|n
harita|map|n
poster|poster|n
takvim|calendar|n
kağıttan|paper|m
# Chapters 50-60 (more): fibres, yarn, fabrics
merinos|merino wool|m
penye|combed cotton|m
%100 pamuk|100% cotton|m
karışımlı|blended|m
jüt|jute|m
viskoz|viscose|m
mikrofiber|microfibre|m
elyaf|fibre|m
dikiş ipliği|sewing thread|n
örgü ipliği|knitting yarn|n
kumaşlar|fabrics|n
dokuma kumaş|woven fabric|n
örme kumaş|knitted fabric|n
örgü|knitted|m
polar kumaş|fleece fabric|n
peluş kumaş|plush fabric|n
kadife kumaş|velvet fabric|n
fitilli kadife|corduroy|m
kot kumaş|denim|m
denim|denim|m
şifon|chiffon|m
saten|satin|m
tül|tulle|m
poplin|poplin|m
kanvas|canvas|m
keten kumaş|linen fabric|n
flanel|flannel|m
keçe|felt|m
işlemeli|embroidered|m
nakışlı|embroidered|m
nakış|embroidery|n
çizgili|striped|m
kareli|checked|m
puantiyeli|polka-dot|m
çiçekli|floral|m
düz renk|plain|m
kamuflaj|camouflage|m
kurdele|ribbon|n
halat|rope|n
ağ|net|n
balık ağı|fishing net|n
sineklik|insect screen|n
cırt cırt|hook-and-loop fastener|n
halı kaplama|fitted carpet|n
banyo paspası|bath mat|n
kilim|kilim|n
el dokuma halı|hand-woven carpet|n
karbon fiber|carbon fibre|m
tente|awning|n
gölgelik|sunshade|n
# Chapters 61-62 (more): garments, sleeves, collars
erkek tişört|men's t-shirt|n
kadın tişört|women's t-shirt|n
polo yaka tişört|polo shirt|n
atlet|vest|n
bluzlar|blouses|n
boğazlı kazak|roll-neck jumper|n
kazaklar|sweaters|n
sweatshirt|sweatshirt|n
hoodie|hoodie|n
hırkalar|cardigans|n
yelekler|waistcoats|n
ceketler|jackets|n
erkek ceket|men's jacket|n
kadın ceket|women's jacket|n
kot ceket|denim jacket|n
deri ceket|leather jacket|n
montlar|jackets|n
erkek mont|men's jacket|n
kadın mont|women's jacket|n
kaz tüyü mont|down jacket|n
rüzgarlık|windcheater|n
parka|parka|n
trençkot|trench coat|n
kabanlar|coats|n
takım elbiseler|suits|n
pantolonlar|trousers|n
erkek pantolon|men's trousers|n
kadın pantolon|women's trousers|n
kargo pantolon|cargo trousers|n
eşofman altı|jogging bottoms|n
eşofman takımı|tracksuit|n
şortlar|shorts|n
etekler|skirts|n
mini etek|miniskirt|n
abiye|evening dress|n
gelinlik|wedding dress|n
kadın elbise|women's dress|n
tesettür|modest wear|n
tulumlar|overalls|n
bebek tulumu|baby romper|n
önlük|apron|n
bebek giyim|babywear|n
çocuk giyim|children's clothing|n
kadın giyim|women's clothing|n
erkek giyim|men's clothing|n
dış giyim|outerwear|n
iş elbisesi|work overalls|n
üniforma|uniform|n
forma|sports jersey|n
bikini|bikini|n
erkek boxer|men's boxer shorts|n
sütyenler|bras|n
spor sütyeni|sports bra|n
termal içlik|thermal underwear|n
gecelik|nightdress|n
çoraplar|socks|n
eldivenler|gloves|n
atkılar|scarves|n
şallar|shawls|n
kravatlar|ties|n
papyon|bow tie|n
yaka|collar|m
bisiklet yaka|crew neck|m
v yaka|v-neck|m
kapüşon|hood|m
fermuarlı|with zip|m
düğmeli|buttoned|m
uzun kol|long sleeve|m
kısa kol|short sleeve|m
büyük beden|plus size|m
oversize|oversized|m
slim fit|slim fit|m
astarlı|lined|m
kışlık|winter|m
yazlık|summer|m
termal|thermal|m
erkek çocuk|boys'|m
kız çocuk|girls'|m
unisex|unisex|m
şapkalar|hats|n
beyzbol şapkası|baseball cap|n
bereler|beanies|n
kar maskesi|balaclava|n
motosiklet kaskı|motorcycle helmet|n
bisiklet kaskı|bicycle helmet|n
kasklar|helmets|n
# Chapter 63 (more): household textiles, tents, masks
battaniyeler|blankets|n
yatak örtüsü|bedspread|n
yastık kılıfları|pillowcases|n
yataklar|mattresses|n
ortopedik yatak|orthopaedic mattress|n
şişme yatak|air mattress|n
masa örtüleri|tablecloths|n
mutfak havlusu|tea towel|n
banyo havlusu|bath towel|n
plaj havlusu|beach towel|n
el havlusu|hand towel|n
havlu seti|towel set|n
mikrofiber bez|microfibre cloth|n
bez|cloth|n
tül perde|net curtain|n
karartma perde|blackout curtain|n
kırlent|cushion|n
kırlent kılıfı|cushion cover|n
minder|seat cushion|n
koltuk örtüsü|sofa throw|n
oto koltuk kılıfı|car seat cover|n
kamp çadırı|camping tent|n
çadırlar|tents|n
hamak|hammock|n
uyku tulumu|sleeping bag|n
bayrak|flag|n
maskeler|masks|n
tıbbi maske|medical face mask|n
ffp2 maske|ffp2 mask|n
uyku maskesi|sleep mask|n
ütü masası|ironing board|n
# Chapter 64 (more): footwear kinds and parts
erkek ayakkabı|men's shoes|n
kadın ayakkabı|women's shoes|n
çocuk ayakkabı|children's shoes|n
bebek ayakkabısı|baby shoes|n
klasik ayakkabı|dress shoes|n
günlük ayakkabı|casual shoes|n
babet|ballet flats|n
platform ayakkabı|platform shoes|n
sneaker|trainers|n
koşu ayakkabısı|running shoes|n
yürüyüş ayakkabısı|walking shoes|n
krampon|football boots|n
kadın bot|women's boots|n
erkek bot|men's boots|n
çizmeler|boots|n
yağmur çizmesi|rubber boots|n
çelik burunlu|steel toe-capped|m
iş güvenliği ayakkabısı|safety shoes|n
ev terliği|house slippers|n
parmak arası terlik|flip-flops|n
sandaletler|sandals|n
taban|sole|n
tabanlık|insole|n
ortopedik tabanlık|orthopaedic insoles|n
topuklu|high-heeled|m
ayakkabı bağı|shoelaces|n
# Chapters 65-67 (more): umbrellas, sticks, artificial flowers, wigs, hair
katlanır şemsiye|folding umbrella|n
baston|walking stick|n
yapay çiçekler|artificial flowers|n
yapay bitkiler|artificial plants|n
peruklar|wigs|n
kaynak saç|hair extensions|n
takma kirpik|false eyelashes|n
# Chapters 68-70 (more): stone, abrasives, building materials, ceramics, glass
parke taşı|paving setts|n
bordür|kerbstone|n
tezgah|worktop|n
kesme diski|cutting disc|n
zımpara|sandpaper|n
zımpara kağıdı|sandpaper|n
alçıpan|plasterboard|n
gazbeton|aerated concrete|m
taş yünü|rock wool|n
cam yünü|glass wool|n
yalıtım malzemesi|insulation material|n
ısı yalıtımı|thermal insulation|n
su yalıtımı|waterproofing|n
mozaik|mosaic|n
karo|tiles|n
porselen karo|porcelain tiles|n
seramik tabak|ceramic plates|n
porselen tabak|porcelain plates|n
yemek takımı|dinner service|n
çay takımı|tea set|n
kahve fincanı|coffee cup|n
çay bardağı|tea glass|n
kupa bardak|mug|n
kupalar|mugs|n
kaseler|bowls|n
fırın kabı|baking dish|n
sürahi|jug|n
çaydanlık|teapot|n
vazolar|vases|n
saksılar|flower pots|n
biblo|figurine|n
biblolar|figurines|n
heykel|statue|n
vitrifiye|sanitary ware|n
klozet|toilet|n
eviye|sink|n
düz cam|flat glass|m
ısıcam|double glazing unit|n
lamine cam|laminated glass|m
aynalar|mirrors|n
duvar aynası|wall mirror|n
cam kavanoz|glass jar|n
kavanoz|jar|n
kavanozlar|jars|n
cam şişeler|glass bottles|n
su bardağı|water glass|n
bardaklar|glasses|n
şarap kadehi|wine glass|n
kadeh|wine glass|n
cam eşya|glassware|n
züccaciye|glassware and tableware|n
şamdan|candlestick|n
mumluk|candle holder|n
# Chapter 71 (more): jewellery, gems, precious metals
takılar|jewellery|n
altın takı|gold jewellery|n
gümüş takı|silver jewellery|n
kolyeler|necklaces|n
altın kolye|gold necklace|n
gümüş kolye|silver necklace|n
bilezik|bangle|n
bilezikler|bangles|n
yüzükler|rings|n
alyans|wedding ring|n
nişan yüzüğü|engagement ring|n
gümüş yüzük|silver ring|n
altın yüzük|gold ring|n
küpeler|earrings|n
gümüş küpe|silver earrings|n
broş|brooch|n
tesbih|prayer beads|n
turkuaz|turquoise|m
kehribar|amber|m
zirkon|zircon|m
zirkon taşlı|with cubic zirconia|m
taşlı|stone-set|m
14 ayar|14-carat|m
18 ayar|18-carat|m
24 ayar|24-carat|m
beyaz altın|white gold|m
külçe altın|gold bars|n
gram altın|gold bar|n
değerli metaller|precious metals|n
# Chapters 72-73 (more): iron and steel products, hardware, kitchenware
demir hurdası|ferrous scrap|n
çelik sac|steel sheet|n
galvaniz sac|galvanised sheet|n
teneke|tinplate|n
kutu profil|box section|n
çelik konstrüksiyon|steel structure|n
karbon çelik|carbon steel|m
çelik tel|steel wire|n
çelik halat|steel wire rope|n
tel örgü|wire mesh|n
çelik boru|steel pipe|n
dirsek|elbow|n
garaj kapısı|garage door|n
korkuluk|railing|n
merdiven|ladder|n
konteyner|container|n
içecek kutusu|beverage can|n
zincirler|chains|n
kar zinciri|snow chains|n
çiviler|nails|n
raptiye|drawing pins|n
zımba teli|staples|n
ataş|paper clips|n
civata|bolt|n
cıvatalar|bolts|n
somunlar|nuts|n
rondela|washer|n
perçin|rivet|n
dübel|wall plug|n
dübeller|wall plugs|n
bağlantı elemanları|fasteners|n
hırdavat|hardware|n
iğne|needle|n
mangal|barbecue|n
barbekü|barbecue|n
petek|radiator|n
tencere seti|saucepan set|n
tencereler|saucepans|n
tavalar|frying pans|n
döküm tava|cast iron pan|n
granit tava|granite-coated pan|n
cezve|turkish coffee pot|n
fırın tepsisi|baking tray|n
kek kalıbı|cake tin|n
süzgeç|strainer|n
kevgir|colander|n
rende|grater|n
çırpıcı|whisk|n
kepçe|ladle|n
spatula|spatula|n
mutfak gereçleri|kitchen utensils|n
şişe açacağı|bottle opener|n
tirbuşon|corkscrew|n
çöp kovası|waste bin|n
çöp kutusu|waste bin|n
baharatlık|spice rack|n
klozet fırçası|toilet brush|n
duş başlığı|shower head|n
banyo aksesuarları|bathroom accessories|n
askılık|coat rack|n
elbise askısı|clothes hanger|n
kanca|hook|n
para kasası|safe|n
menteşe|hinge|n
menteşeler|hinges|n
kapı menteşesi|door hinge|n
kapı kolu|door handle|n
kapı kolları|door handles|n
kulp|handle|n
teker|castor|n
tekerler|castors|n
tv askı aparatı|tv wall mount|n
kapı kilidi|door lock|n
şifreli kilit|combination lock|n
bisiklet kilidi|bicycle lock|n
akıllı kilit|smart lock|n
karabina|carabiner|n
lehim|solder|n
# Chapters 74-81 (more): copper, aluminium and other base metals
bakır boru|copper pipe|n
bakır tel|copper wire|n
bakır kablo|copper cable|n
bakır hurda|copper scrap|n
bakır katot|copper cathode|n
bronz|bronze|m
alüminyum profil|aluminium profile|n
alüminyum sac|aluminium sheet|n
alüminyum boru|aluminium tube|n
alüminyum alaşım|aluminium alloy|m
eloksallı|anodised|m
nikel|nickel|m
krom|chromium|m
krom kaplama|chrome-plated|m
titanyum|titanium|m
tungsten|tungsten|m
magnezyum|magnesium|m
kalay|tin|m
çinko alaşım|zinc alloy|m
alaşım|alloy|m
# Chapter 82 (more): hand tools, blades, cutlery
el aleti|hand tool|n
bahçe aletleri|garden tools|n
kürek|shovel|n
bel küreği|spade|n
tırmık|rake|n
budama makası|secateurs|n
çit makası|hedge shears|n
balta|axe|n
el testeresi|handsaw|n
demir testeresi|hacksaw|n
testere bıçağı|saw blade|n
kargaburun|long-nose pliers|n
yan keski|side cutters|n
boru anahtarı|pipe wrench|n
cımbız|tweezers|n
anahtar takımı|spanner set|n
lokma takımı|socket set|n
cırcır|ratchet|n
tork anahtarı|torque wrench|n
alyan anahtar|allen key|n
alyan|allen key|n
kurbağacık|adjustable spanner|n
tornavida seti|screwdriver set|n
tornavida ucu|screwdriver bit|n
balyoz|sledgehammer|n
keski|chisel|n
eğe|file|n
mengene|vice|n
havya|soldering iron|n
sıcak hava tabancası|heat gun|n
zımba tabancası|staple gun|n
cam kesici|glass cutter|n
fayans kesici|tile cutter|n
maket bıçağı|utility knife|n
jilet|razor blade|n
tıraş bıçağı|razor blade|n
su terazisi|spirit level|n
cetvel|ruler|n
kumpas|vernier caliper|n
mala|trowel|n
rulo fırça|paint roller|n
boya fırçası|paintbrush|n
matkap uçları|drill bits|n
matkap ucu seti|drill bit set|n
alet çantası|tool bag|n
takım çantası|tool case|n
kriko|car jack|n
levye|crowbar|n
mutfak bıçağı|kitchen knife|n
bıçak seti|knife set|n
şef bıçağı|chef's knife|n
çakı|pocket knife|n
bıçak bileyici|knife sharpener|n
kaşıklar|spoons|n
çatallar|forks|n
bıçaklar|knives|n
çay kaşığı|teaspoon|n
yemek kaşığı|tablespoon|n
çatal kaşık bıçak seti|cutlery set|n
maşa|tongs|n
ölçü kabı|measuring jug|n
# Chapter 84 (more): engines, pumps, HVAC, machinery, computers and storage
dıştan takma motor|outboard motor|n
piston|piston|n
yağ filtresi|oil filter|n
yakıt filtresi|fuel filter|n
hava filtresi|air filter|n
filtreler|filters|n
hidrolik silindir|hydraulic cylinder|n
hidrolik pompa|hydraulic pump|n
pompalar|pumps|n
hava kompresörü|air compressor|n
araç kompresörü|car tyre inflator|n
vantilatörler|fans|n
tavan vantilatörü|ceiling fan|n
klimalar|air conditioners|n
portatif klima|portable air conditioner|n
buzdolapları|refrigerators|n
mini buzdolabı|mini fridge|n
dondurucu|freezer|n
su sebili|water dispenser|n
su arıtma|water purifier|n
su arıtma cihazı|water purifier|n
mutfak tartısı|kitchen scale|n
baskül|bathroom scale|n
dijital baskül|digital scale|n
basınçlı yıkama makinesi|pressure washer|n
vinç|crane|n
iş makinesi|construction machine|n
iş makineleri|construction machinery|n
betoniyer|concrete mixer|n
tarım makineleri|agricultural machinery|n
motorlu tırpan|brush cutter|n
ot biçme makinesi|grass trimmer|n
traktörler|tractors|n
kahve değirmeni|coffee grinder|n
et kıyma makinesi|mincer|n
vakum makinesi|vacuum sealer|n
3d yazıcı|3d printer|n
lazer yazıcı|laser printer|n
mürekkep püskürtmeli yazıcı|inkjet printer|n
çok fonksiyonlu yazıcı|multifunction printer|n
fotokopi makinesi|photocopier|n
kartuşlar|cartridges|n
dikiş makineleri|sewing machines|n
çamaşır makineleri|washing machines|n
torna|lathe|n
cnc|cnc machine|n
taşlama makinesi|grinding machine|n
zımpara makinesi|sander|n
pres|press|n
daire testere|circular saw|n
dekupaj testere|jigsaw|n
motorlu testere|chainsaw|n
elektrikli el aletleri|power tools|n
akülü el aletleri|cordless power tools|n
şarjlı matkap|cordless drill|n
akülü matkap|cordless drill|n
şarjlı vidalama|cordless screwdriver|n
akülü vidalama|cordless screwdriver|n
darbeli matkap|hammer drill|n
kırıcı delici|rotary hammer|n
somun sıkma makinesi|impact wrench|n
çivi tabancası|nail gun|n
avuç taşlama|angle grinder|n
taşlama|angle grinder|n
kaynak makinesi|welding machine|n
rulmanlar|bearings|n
dişli|gear|n
küresel vana|ball valve|n
vanalar|valves|n
musluklar|taps|n
eviye bataryası|kitchen mixer tap|n
banyo bataryası|bath mixer tap|n
duş seti|shower set|n
yazar kasa|cash register|n
bilgisayarlar|computers|n
masaüstü bilgisayar|desktop computer|n
oyun bilgisayarı|gaming pc|n
sunucu|server|n
oyuncu laptop|gaming laptop|n
laptop|laptop|n
klavyeler|keyboards|n
mekanik klavye|mechanical keyboard|n
kablosuz klavye|wireless keyboard|n
mouse|computer mouse|n
kablosuz mouse|wireless mouse|n
oyuncu mouse|gaming mouse|n
mouse pad|mouse mat|n
monitörler|monitors|n
web kamerası|webcam|n
harddisk|hard disk|n
harici disk|external hard drive|n
ssd|solid-state drive|n
harici ssd|external ssd|n
m.2 ssd|m.2 ssd|n
sd kart|sd card|n
micro sd|microsd card|n
flash bellek|usb flash drive|n
ram bellek|ram|n
işlemci|processor|n
ekran kartları|graphics cards|n
bilgisayar kasası|computer case|n
usb hub|usb hub|n
laptop standı|laptop stand|n
laptop adaptörü|laptop adapter|n
laptop bataryası|laptop battery|n
# Chapter 85 (more): electrical machinery, power, batteries, appliances, telecoms, AV, components, lighting
elektrik motorları|electric motors|n
fırçasız|brushless|m
jeneratörler|generators|n
benzinli jeneratör|petrol generator|n
dizel jeneratör|diesel generator|n
marş motoru|starter motor|n
alternatör|alternator|n
transformatör|transformer|n
kesintisiz güç kaynağı|uninterruptible power supply|n
inverter|inverter|n
şarj aletleri|chargers|n
hızlı şarj aleti|fast charger|n
kablosuz şarj|wireless charger|n
araç şarj aleti|car charger|n
şarj istasyonu|charging station|n
güç adaptörü|power adapter|n
taşınabilir şarj cihazı|power bank|n
şarj edilebilir pil|rechargeable battery|n
araç aküsü|car battery|n
oto akü|car battery|n
kalem pil|aa batteries|n
alkalin pil|alkaline batteries|n
şarjlı süpürge|cordless vacuum cleaner|n
el süpürgesi|handheld vacuum cleaner|n
süpürgeler|vacuum cleaners|n
el blenderi|hand blender|n
mikserler|mixers|n
katı meyve sıkacağı|juicer|n
ekmek kızartma makinesi|toaster|n
elektrikli ızgara|electric grill|n
yağsız fritöz|air fryer|n
çok amaçlı pişirici|multicooker|n
indüksiyon ocak|induction hob|n
ankastre fırın|built-in oven|n
ankastre|built-in|m
türk kahvesi makinesi|turkish coffee machine|n
espresso makinesi|espresso machine|n
kapsül kahve makinesi|capsule coffee machine|n
filtre kahve makinesi|filter coffee machine|n
buharlı ütü|steam iron|n
buharlı düzleştirici|garment steamer|n
fön makinesi|hair dryer|n
saç kesme makinesi|hair clipper|n
sakal kesme makinesi|beard trimmer|n
tıraş makineleri|shavers|n
elektrikli diş fırçası|electric toothbrush|n
fanlı ısıtıcı|fan heater|n
yağlı radyatör|oil-filled radiator|n
elektrikli battaniye|electric blanket|n
termostat|thermostat|n
nem alma cihazı|dehumidifier|n
cep telefonları|mobile phones|n
akıllı telefonlar|smartphones|n
iphone|iphone|n
telefon tutucu|phone holder|n
araç telefon tutucu|car phone holder|n
telefon kılıfları|phone cases|n
telefon aksesuarları|mobile phone accessories|n
akıllı saatler|smartwatches|n
akıllı bileklik|fitness tracker|n
router|router|n
ağ kablosu|network cable|n
telsizler|walkie-talkies|n
uydu anteni|satellite dish|n
anten|aerial|n
tv box|tv box|n
gps takip cihazı|gps tracker|n
bebek telsizi|baby monitor|n
diyafon|door intercom|n
alarm sistemi|alarm system|n
duman dedektörü|smoke detector|n
hareket sensörü|motion sensor|n
güvenlik kameraları|security cameras|n
ip kamera|ip camera|n
aksiyon kamerası|action camera|n
dijital fotoğraf makinesi|digital camera|n
video kamera|video camera|n
objektif|lens|n
mikrofonlar|microphones|n
bluetooth kulaklık|bluetooth headphones|n
kablosuz kulaklık|wireless headphones|n
kulak içi kulaklık|in-ear headphones|n
bluetooth hoparlör|bluetooth speaker|n
taşınabilir hoparlör|portable speaker|n
hoparlörler|loudspeakers|n
soundbar|soundbar|n
radyo|radio|n
oto teyp|car stereo|n
televizyonlar|televisions|n
smart tv|smart tv|n
akıllı televizyon|smart television|n
projeksiyon cihazı|projector|n
ekran|screen|n
dokunmatik ekran|touchscreen|n
kumandalar|remote controls|n
elektronik kart|electronic circuit board|n
direnç|resistor|n
kondansatör|capacitor|n
ledler|leds|n
solar panel|solar panel|n
sensörler|sensors|n
elektrik anahtarı|light switch|n
röle|relay|n
sigortalar|fuses|n
otomatik sigorta|circuit breaker|n
elektrik panosu|distribution board|n
prizler|sockets|n
akıllı priz|smart plug|n
çoklu priz|power strip|n
uzatma|extension lead|n
konnektör|connector|n
usb kablo|usb cable|n
type-c kablo|usb-c cable|n
type-c|usb-c|m
lightning kablo|lightning cable|n
hdmi kablo|hdmi cable|n
hdmi|hdmi|m
fiber kablo|fibre optic cable|n
ampuller|light bulbs|n
led lamba|led lamp|n
led aydınlatma|led lighting|n
led projektör|led floodlight|n
spot lamba|spotlight|n
tavan lambası|ceiling lamp|n
sarkıt|pendant light|n
avizeler|chandeliers|n
duvar lambası|wall lamp|n
lambader|floor lamp|n
masa lambası|desk lamp|n
gece lambası|night light|n
bahçe lambası|garden lamp|n
solar lamba|solar lamp|n
fenerler|torches|n
kafa lambası|head torch|n
kamp feneri|camping lantern|n
led şerit|led strip|n
ışık zinciri|string lights|n
aydınlatma|lighting|n
ışıklı|illuminated|m
mıknatıs|magnet|n
# Chapters 86-89 (more): railway, cars, lorries, parts, motorcycles, bicycles, aircraft, boats
sedan|saloon|n
arazi aracı|off-road vehicle|n
suv|suv|n
karavan|caravan|n
panelvan|panel van|n
ticari araç|commercial vehicle|n
otobüsler|buses|n
tır|articulated lorry|n
ambulans|ambulance|n
dorse|semi-trailer|n
çeki demiri|tow bar|n
elektrikli araçlar|electric vehicles|n
ikinci el otomobil|used car|n
kaporta|bodywork|n
çamurluk|wing|n
tampon|bumper|n
port bagaj|roof rack|n
bisiklet taşıyıcı|bicycle carrier|n
ön cam|windscreen|n
silecek|windscreen wiper|n
silecek süpürgesi|wiper blade|n
dikiz aynası|rear-view mirror|n
ön far|headlamp|n
farlar|headlamps|n
stop lambası|tail light|n
korna|horn|n
direksiyon|steering wheel|n
aks|axle|n
frenler|brakes|n
disk fren|disc brake|n
debriyaj|clutch|n
şanzıman|gearbox|n
otomatik şanzıman|automatic gearbox|n
süspansiyon|suspension|n
susturucu|silencer|n
egzoz sistemi|exhaust system|n
ateşleme bobini|ignition coil|n
buji|spark plug|n
bujiler|spark plugs|n
yakıt deposu|fuel tank|n
oto koltuk|car seat|n
emniyet kemeri|seat belt|n
hava yastığı|airbag|n
torpido|dashboard|n
oto paspas|car mats|n
alüminyum jant|alloy wheels|n
çelik jant|steel wheels|n
tekerlekler|wheels|n
oto yedek parçaları|car spare parts|n
motosiklet yedek parça|motorcycle spare parts|n
oto aksesuarları|car accessories|n
çocuk oto koltuğu|child car seat|n
motosikletler|motorcycles|n
elektrikli motosiklet|electric motorcycle|n
elektrikli scooterlar|electric scooters|n
çocuk scooter|children's scooter|n
hoverboard|hoverboard|n
yol bisikleti|road bike|n
katlanır bisiklet|folding bicycle|n
çocuk bisikleti|children's bicycle|n
denge bisikleti|balance bike|n
bisiklet selesi|bicycle saddle|n
gidon|handlebars|n
pedal|pedal|n
bisiklet zinciri|bicycle chain|n
bisiklet sepeti|bicycle basket|n
bisiklet aksesuarları|bicycle accessories|n
akülü tekerlekli sandalye|electric wheelchair|n
bebek arabaları|prams|n
market arabası|shopping trolley|n
helikopterler|helicopters|n
dronlar|drones|n
gemiler|ships|n
balıkçı teknesi|fishing boat|n
motorlu tekne|motorboat|n
yelkenli|sailing boat|n
kano|canoe|n
sup board|stand-up paddle board|n
jet ski|jet ski|n
# Chapters 90-92 (more): optics, instruments, medical, watches, musical instruments
numaralı gözlük|prescription glasses|n
okuma gözlüğü|reading glasses|n
mavi ışık gözlüğü|blue light glasses|n
polarize|polarised|m
kayak gözlüğü|ski goggles|n
yüzücü gözlüğü|swimming goggles|n
koruyucu gözlük|safety goggles|n
lensler|lenses|n
renkli lens|coloured contact lenses|n
teleskop|telescope|n
termal kamera|thermal imaging camera|n
büyüteç|magnifying glass|n
lazer|laser|n
lazer metre|laser distance meter|n
pusula|compass|n
ölçüm cihazları|measuring instruments|n
ateş ölçer|thermometer|n
dijital termometre|digital thermometer|n
temassız termometre|non-contact thermometer|n
manometre|pressure gauge|n
multimetre|multimeter|n
metal dedektörü|metal detector|n
şeker ölçüm cihazı|blood glucose meter|n
oksimetre|pulse oximeter|n
tıbbi cihaz|medical device|n
medikal ürünler|medical products|n
şırıngalar|syringes|n
serum seti|infusion set|n
cerrahi aletler|surgical instruments|n
diş teli|dental braces|n
implant|implant|n
protez|prosthesis|n
dizlik|knee support|n
koltuk değneği|crutches|n
nebülizatör|nebuliser|n
oksijen konsantratörü|oxygen concentrator|n
hasta yatağı|hospital bed|n
masaj cihazı|massager|n
masaj tabancası|massage gun|n
masaj koltuğu|massage chair|n
erkek kol saati|men's wristwatch|n
kadın kol saati|women's wristwatch|n
çocuk saati|children's watch|n
otomatik saat|automatic watch|n
dijital saat|digital watch|n
elektro gitar|electric guitar|n
akustik gitar|acoustic guitar|n
klasik gitar|classical guitar|n
bas gitar|bass guitar|n
dijital piyano|digital piano|n
akordeon|accordion|n
ud|oud|n
flüt|flute|n
darbuka|darbuka drum|n
bateri|drum kit|n
tef|tambourine|n
düdük|whistle|n
# Chapters 93-94 (more): arms, furniture, bedding, prefabricated buildings, pet furniture
havalı tüfek|air rifle|n
tüfek|rifle|n
av tüfeği|shotgun|n
tabanca|pistol|n
fişek|cartridges|n
kılıç|sword|n
biber gazı|pepper spray|n
yatak odası takımı|bedroom set|n
mutfak mobilyası|kitchen furniture|n
banyo dolabı|bathroom cabinet|n
ahşap mobilya|wooden furniture|n
ofis mobilyası|office furniture|n
kanepeler|sofas|n
köşe koltuk|corner sofa|n
çekyat|sofa bed|n
berjer|wingback armchair|n
tekli koltuk|armchair|n
oyuncu sandalyesi|gaming chair|n
makam koltuğu|executive chair|n
armut koltuk|beanbag|n
puf|pouffe|n
bar sandalyesi|bar stool|n
katlanır sandalye|folding chair|n
mama sandalyesi|high chair|n
bahçe sandalyesi|garden chair|n
şezlong|sun lounger|n
yemek masası takımı|dining set|n
orta sehpa|coffee table|n
yan sehpa|side table|n
tv ünitesi|tv unit|n
bilgisayar masası|computer desk|n
makyaj masası|dressing table|n
şifonyer|chest of drawers|n
gardıroplar|wardrobes|n
elbise dolabı|wardrobe|n
vitrin|display cabinet|n
dosya dolabı|filing cabinet|n
mutfak dolapları|kitchen cabinets|n
raf|shelf|n
çelik raf|steel shelving|n
kitaplıklar|bookcases|n
çekmeceli dolap|chest of drawers|n
ayakkabı dolabı|shoe cabinet|n
çift kişilik yatak|double bed|n
tek kişilik yatak|single bed|n
bebek beşiği|baby crib|n
oyun parkı|playpen|n
bahçe oturma grubu|garden seating set|n
konteyner ev|container house|n
prefabrik yapı|prefabricated building|n
duşakabin|shower enclosure|n
jakuzi|hot tub|n
köpek kulübesi|dog kennel|n
kedi tırmalama|cat scratching post|n
köpek yatağı|dog bed|n
kafes|cage|n
kuş kafesi|birdcage|n
akvaryum|aquarium|n
kedi tuvaleti|cat litter tray|n
evcil hayvan ürünleri|pet supplies|n
# Chapter 95 (more): toys, games, festive articles, sports and fitness
çocuk oyuncakları|children's toys|n
bebek oyuncakları|baby toys|n
eğitici oyuncak|educational toy|n
eğitici oyuncaklar|educational toys|n
peluş oyuncaklar|soft toys|n
oyuncak ayı|teddy bear|n
aksiyon figürü|action figure|n
yapı blokları|building blocks|n
maket|scale model|n
oyuncak tren|toy train|n
oyuncak arabalar|toy cars|n
kumandalı araba|remote-controlled car|n
uzaktan kumandalı araba|remote-controlled car|n
rc araba|rc car|n
puzzle|jigsaw puzzle|n
zeka oyunu|puzzle game|n
kutu oyunları|board games|n
kart oyunu|card game|n
iskambil|playing cards|n
satranç takımı|chess set|n
tavla|backgammon|n
okey takımı|okey set|n
rubik küp|puzzle cube|n
bilardo masası|billiard table|n
dart tahtası|dartboard|n
masa tenisi masası|table tennis table|n
langırt|table football|n
video oyunları|video games|n
oyun kolu|game controller|n
su tabancası|water pistol|n
parti malzemeleri|party supplies|n
balonlar|balloons|n
yılbaşı süsleri|christmas decorations|n
yapay çam ağacı|artificial christmas tree|n
kostüm|costume|n
kaydırak|slide|n
havuz|swimming pool|n
şişme havuz|inflatable pool|n
can simidi|swim ring|n
can yeleği|life jacket|n
uçurtma|kite|n
spor ekipmanları|sports equipment|n
fitness ekipmanları|fitness equipment|n
ağırlık sehpası|weight bench|n
dambıl seti|dumbbell set|n
dambıllar|dumbbells|n
halter seti|barbell set|n
kettlebell|kettlebell|n
barfiks barı|pull-up bar|n
direnç bandı|resistance band|n
atlama ipi|skipping rope|n
pilates topu|exercise ball|n
pilates matı|pilates mat|n
egzersiz matı|exercise mat|n
boks torbası|punching bag|n
boks eldiveni|boxing gloves|n
toplar|balls|n
voleybol topu|volleyball|n
tenis topu|tennis ball|n
tenis raketi|tennis racket|n
masa tenisi raketi|table tennis bat|n
futbol kalesi|football goal|n
basketbol potası|basketball hoop|n
snowboard|snowboard|n
kızak|sledge|n
buz pateni|ice skates|n
paten ayakkabı|roller skates|n
sörf tahtası|surfboard|n
şnorkel|snorkel|n
olta kamışı|fishing rod|n
olta makinesi|fishing reel|n
misina|fishing line|n
balıkçılık malzemeleri|fishing tackle|n
kamp malzemeleri|camping equipment|n
madalya|medal|n
# Chapters 96-97 (more): brooms, brushes, pens, lighters, hair accessories, hygiene, art
faraş|dustpan|n
fırçalar|brushes|n
saç fırçası|hairbrush|n
taraklar|combs|n
diş fırçaları|toothbrushes|n
makyaj fırçaları|make-up brushes|n
mop|mop|n
mop seti|mop set|n
bulaşık süngeri|dish sponge|n
düğmeler|buttons|n
fermuarlar|zip fasteners|n
tükenmez kalemler|ballpoint pens|n
jel kalem|gel pen|n
dolma kalem|fountain pen|n
keçeli kalemler|felt-tip pens|n
fosforlu kalem|highlighter|n
kalıcı kalem|permanent marker|n
kurşun kalemler|pencils|n
versatil kalem|mechanical pencil|n
kuru boya|colour pencils|n
pastel boya|crayons|n
kalemtıraş|pencil sharpener|n
silgiler|erasers|n
mühür|stamp|n
beyaz tahta|whiteboard|n
çakmaklar|lighters|n
pipo|tobacco pipe|n
saç tokası|hair clip|n
tokalar|hair clips|n
saç lastiği|hair elastic|n
termoslar|vacuum flasks|n
termos bardak|travel mug|n
matara|water bottle|n
bebek bezleri|nappies|n
külot bez|nappy pants|n
yetişkin bezi|adult nappies|n
günlük ped|panty liners|n
regl kabı|menstrual cup|n
biberon|baby bottle|n
tripodlar|tripods|n
selfie çubuğu|selfie stick|n
delgeç|hole punch|n
zımba|stapler|n
sanat malzemeleri|art supplies|n
hobi malzemeleri|craft supplies|n
şövale|easel|n
tuval|canvas|n
tablolar|paintings|n
kanvas tablo|canvas print|n
duvar dekoru|wall decor|n
antikalar|antiques|n
# Marketplace and general qualifiers (more)
şarj edilebilir|rechargeable|m
bataryalı|battery-powered|m
akülü|battery-powered|m
usb şarjlı|usb-rechargeable|m
portatif|portable|m
harici|external|m
dahili|internal|m
suya dayanıklı|water-resistant|m
darbeye dayanıklı|shockproof|m
ip65|ip65|m
ip67|ip67|m
ip68|ip68|m
paslanmaz çelikten|stainless steel|m
suni deriden|imitation leather|m
hakiki deriden|genuine leather|m
pamuktan|cotton|m
silikondan|silicone|m
seramikten|ceramic|m
geri dönüştürülmüş|recycled|m
çevre dostu|eco-friendly|m
dijital|digital|m
akıllı|smart|m
yarı otomatik|semi-automatic|m
mekanik|mechanical|m
manyetik|magnetic|m
ayarlanabilir|adjustable|m
yükseklik ayarlı|height-adjustable|m
teleskopik|telescopic|m
yıkanabilir|washable|m
tekrar kullanılabilir|reusable|m
steril|sterile|m
kaymaz|non-slip|m
yapışmaz|non-stick|m
bulaşık makinesinde yıkanabilir|dishwasher-safe|m
gıdaya uygun|food-grade|m
enerji tasarruflu|energy-saving|m
kompakt|compact|m
mini|mini|m
büyük|large|m
küçük|small|m
profesyonel|professional|m
araç için|for vehicles|m
kediler için|for cats|m
köpekler için|for dogs|m
bebekler için|for babies|m
çocuklar için|for children|m
kadınlar için|for women|m
erkekler için|for men|m
dış mekan|outdoor|m
iç mekan|indoor|m
uyumlu|compatible|m
orijinal|original|m
sıfır|new|m
toptan|wholesale|m
set|set|m
seti|set|m
takımı|set|m
2'li|set of 2|m
2li|set of 2|m
3'lü|set of 3|m
3lü|set of 3|m
4'lü|set of 4|m
5'li|set of 5|m
6'lı|set of 6|m
10'lu|set of 10|m
12'li|set of 12|m
2'li paket|pack of 2|m
paket|pack|m
2 in 1|2-in-1|m
yedek|spare|m
hediye|gift|n
hediyelik|gift|m
hediye kutusu|gift box|n
dekoratif|decorative|m
süs|ornament|n
ev dekorasyonu|home decor|n
lüks|luxury|m
kaliteli|high-quality|m
dayanıklı|durable|m
yumuşak|soft|m
şeffaf|transparent|m
renkli|coloured|m
beyaz|white|m
siyah|black|m
kırmızı|red|m
mavi|blue|m
lacivert|navy blue|m
yeşil|green|m
sarı|yellow|m
gri|grey|m
kahverengi|brown|m
pembe|pink|m
mor|purple|m
yuvarlak|round|m
kare|square|m
el işi|handmade|m
kişiye özel|personalised|m
isme özel|personalised|m
toz boyalı|powder-coated|m
vakumlu|vacuum-packed|m
paketli|packaged|m
pastörize|pasteurised|m
kızartılmış|fried|m
şok dondurulmuş|quick-frozen|m
güneşte kurutulmuş|sun-dried|m
şeker ilavesiz|no added sugar|m
az yağlı|low-fat|m
yağsız|fat-free|m
aromalı|flavoured|m
dilimlenmiş|sliced|m
doğranmış|chopped|m
sıvı|liquid|m
konsantre|concentrated|m
saf|pure|m
katkısız|additive-free|m
montajlı|assembled|m
demonte|unassembled|m
`,
};
