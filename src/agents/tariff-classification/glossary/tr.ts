import type { GlossaryLanguage } from 'src/agents/tariff-classification/glossary/glossary-types';

/** Turkish trade words: goods, materials, states and uses, with their English. Common suffixed forms (plurals in -ler/-lar, possessives in compounds, -li/-lı "with") are listed. */
export const TURKISH: GlossaryLanguage = {
  code: 'tr',
  name: 'Turkish',
  head: 'last',
  unspaced: false,
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
`,
};
