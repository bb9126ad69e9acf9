import type { GlossaryLanguage } from 'src/agents/tariff-classification/glossary/glossary-types';

/** German trade words: goods, materials, states and uses, with their English. Compound parts are listed so compounds can be split. */
export const GERMAN: GlossaryLanguage = {
  code: 'de',
  name: 'German',
  head: 'last',
  unspaced: false,
  compounds: true,
  skip: 'der die das den dem des ein eine einen einem einer eines und oder sowie mit aus für von vom zum zur zu im in am an auf bei als je pro ca stück stk paar packung',
  entries: `
# Chapter 01: live animals
lebend|live|m
lebende|live|m
lebendtiere|live animals|n
rinder|bovine animals|n
schwein|pig|n
schweine|pigs|n
schafe|sheep|n
lamm|lamb|n
ziegen|goats|n
pferde|horses|n
geflügel|poultry|n
huhn|chicken|n
hähnchen|chicken|n
ente|duck|n
truthahn|turkey|n
# Chapter 02: meat and cuts
fleisch|meat|n
rindfleisch|beef|n
kalbfleisch|veal|n
schweinefleisch|pork|n
lammfleisch|lamb meat|n
hähnchenbrust|chicken breast|n
hähnchenflügel|chicken wings|n
filet|fillet|n
hackfleisch|minced meat|n
innereien|offal|n
schinken|ham|n
wurst|sausage|n
ohne knochen|boneless|m
entbeint|boneless|m
ganz|whole|m
ganze|whole|m
# Chapter 03: fish and seafood
fisch|fish|n
fische|fish|n
fischfilet|fish fillets|n
lachs|salmon|n
thunfisch|tuna|n
kabeljau|cod|n
hering|herring|n
makrele|mackerel|n
sardinen|sardines|n
forelle|trout|n
garnelen|shrimps|n
krabben|crabs|n
hummer|lobster|n
muscheln|molluscs|n
austern|oysters|n
tintenfisch|squid|n
oktopus|octopus|n
kaviar|caviar|n
meeresfrüchte|seafood|n
fischmehl|fish meal|n
# Chapter 04: dairy, eggs, honey
milch|milk|n
milchpulver|milk powder|n
kondensmilch|condensed milk|n
sahne|cream|n
joghurt|yoghurt|n
molke|whey|n
käse|cheese|n
milchprodukte|dairy products|n
eier|eggs|n
honig|honey|n
# Chapter 05: other animal products
federn|feathers|n
daunen|down|n
menschenhaar|human hair|n
# Chapter 06: plants and flowers
pflanzen|plants|n
blumen|flowers|n
schnittblumen|cut flowers|n
rosen|roses|n
# Chapter 07: vegetables
gemüse|vegetables|n
kartoffeln|potatoes|n
tomaten|tomatoes|n
zwiebeln|onions|n
knoblauch|garlic|n
blumenkohl|cauliflower|n
brokkoli|broccoli|n
salat|lettuce|n
karotten|carrots|n
gurken|cucumbers|n
erbsen|peas|n
bohnen|beans|n
sojabohnen|soya beans|n
linsen|lentils|n
kichererbsen|chickpeas|n
paprika|sweet peppers|n
chili|chilli|n
pilze|mushrooms|n
spinat|spinach|n
kürbis|pumpkin|n
oliven|olives|n
süßkartoffeln|sweet potatoes|n
maniok|cassava|n
# Chapter 08: fruit and nuts
obst|fruit|n
früchte|fruit|n
äpfel|apples|n
birnen|pears|n
kirschen|cherries|n
pflaumen|plums|n
pfirsiche|peaches|n
aprikosen|apricots|n
weintrauben|grapes|n
rosinen|raisins|n
orangen|oranges|n
mandarinen|mandarins|n
zitronen|lemons|n
bananen|bananas|n
ananas|pineapples|n
mangos|mangoes|n
melonen|melons|n
erdbeeren|strawberries|n
beeren|berries|n
datteln|dates|n
kokos|coconut|n
nüsse|nuts|n
walnüsse|walnuts|n
haselnüsse|hazelnuts|n
mandeln|almonds|n
erdnüsse|groundnuts|n
cashewnüsse|cashew nuts|n
pistazien|pistachios|n
trockenobst|dried fruit|n
geschält|peeled|m
geschälte|peeled|m
# Chapter 09: coffee, tea, spices
kaffee|coffee|n
kaffeebohnen|coffee beans|n
rohkaffee|green coffee|n
kaffeekapseln|coffee capsules|n
schwarztee|black tea|n
schwarzer tee|black tea|n
grüntee|green tea|n
grüner tee|green tea|n
kräutertee|herbal tea|n
teebeutel|tea bags|n
pfeffer|pepper|n
vanille|vanilla|n
zimt|cinnamon|n
ingwer|ginger|n
kurkuma|turmeric|n
gewürze|spices|n
kräuter|herbs|n
# Chapter 10: cereals and rice
getreide|cereals|n
weizen|wheat|n
roggen|rye|n
gerste|barley|n
hafer|oats|n
mais|maize|n
reis|rice|n
langkornreis|long-grain rice|n
basmatireis|basmati rice|n
jasminreis|jasmine rice|n
vollkornreis|brown rice|n
bruchreis|broken rice|n
klebreis|glutinous rice|n
saatgut|seeds for sowing|n
# Chapter 11: milling products
mehl|flour|n
weizenmehl|wheat flour|n
haferflocken|rolled oats|n
stärke|starch|n
malz|malt|n
# Chapter 12: oil seeds, herbs, fodder
sonnenblumenkerne|sunflower seeds|n
sesam|sesame seeds|n
samen|seeds|n
stroh|straw|m
# Chapter 15: fats and oils
öl|oil|n
speiseöl|edible oil|n
pflanzenöl|vegetable oil|n
olivenöl|olive oil|n
natives olivenöl extra|extra virgin olive oil|n
palmöl|palm oil|n
sonnenblumenöl|sunflower oil|n
rapsöl|rapeseed oil|n
sojaöl|soya-bean oil|n
raffiniert|refined|m
raffinierte|refined|m
# Chapter 16: meat and fish preparations
konserven|canned food|n
eingelegt|pickled|m
eingelegte|pickled|m
# Chapter 17: sugar and confectionery
zucker|sugar|n
rohrzucker|cane sugar|n
brauner zucker|brown sugar|n
sirup|syrup|n
süßwaren|sugar confectionery|n
bonbons|sweets|n
kaugummi|chewing gum|n
zuckerfrei|sugar-free|m
# Chapter 18: cocoa and chocolate
kakao|cocoa|n
kakaobohnen|cocoa beans|n
kakaopulver|cocoa powder|n
schokolade|chocolate|n
# Chapter 19: cereal preparations, bakery
nudeln|noodles|n
teigwaren|pasta|n
instantnudeln|instant noodles|n
brot|bread|n
kekse|biscuits|n
kuchen|cakes|n
gebäck|pastries|n
backwaren|bakers' wares|n
babynahrung|baby food|n
säuglingsnahrung|infant formula|n
# Chapter 20: fruit and vegetable preparations
marmelade|jam|n
erdnussbutter|peanut butter|n
tomatenmark|tomato paste|n
pommes frites|french fries|n
kartoffelchips|potato crisps|n
saft|juice|n
fruchtsaft|fruit juice|n
orangensaft|orange juice|n
apfelsaft|apple juice|n
# Chapter 21: miscellaneous food preparations
instantkaffee|instant coffee|n
hefe|yeast|n
soße|sauce|n
sojasoße|soy sauce|n
senf|mustard|n
suppe|soup|n
speiseeis|ice cream|n
nahrungsergänzungsmittel|food supplements|n
proteinpulver|protein powder|n
lebensmittel|foodstuffs|n
# Chapter 22: beverages and alcohol
wasser|water|n
mineralwasser|mineral water|n
erfrischungsgetränke|soft drinks|n
energydrinks|energy drinks|n
getränke|beverages|n
alkoholfrei|non-alcoholic|m
alkoholfreie|non-alcoholic|m
alkoholische|alcoholic|m
bier|beer|n
wein|wine|n
rotwein|red wine|n
weißwein|white wine|n
schaumwein|sparkling wine|n
spirituosen|spirits|n
wodka|vodka|n
alkohol|alcohol|n
essig|vinegar|n
# Chapter 23: animal feed
tierfutter|animal feed|n
futtermittel|animal feed|n
hundefutter|dog food|n
katzenfutter|cat food|n
# Chapter 24: tobacco
tabak|tobacco|n
zigaretten|cigarettes|n
zigarren|cigars|n
wasserpfeifentabak|water-pipe tobacco|n
e-zigaretten|electronic cigarettes|n
# Chapters 25-27: minerals, cement, fuels
salz|salt|n
marmor|marble|m
granit|granite|m
kalk|lime|n
gips|gypsum|n
zement|cement|n
eisenerz|iron ore|n
kohle|coal|n
koks|coke|n
erdöl|petroleum oil|n
rohöl|crude petroleum|n
benzin|petrol|n
diesel|diesel|n
dieselkraftstoff|diesel fuel|n
kraftstoff|fuel|n
heizöl|fuel oil|n
kerosin|kerosene|n
schmierstoffe|lubricants|n
motoröl|engine oil|n
erdgas|natural gas|n
flüssigerdgas|liquefied natural gas|n
flüssiggas|liquefied petroleum gas|n
# Chapters 28-38: chemicals, pharmaceuticals, cosmetics, detergents
chemikalien|chemicals|n
chemische|chemical|m
säure|acid|n
zitronensäure|citric acid|n
ätznatron|caustic soda|n
lösungsmittel|solvents|n
vitamine|vitamins|n
arzneimittel|medicaments|n
medikamente|medicaments|n
tabletten|tablets|n
kapseln|capsules|n
salbe|ointment|n
impfstoffe|vaccines|n
pflaster|adhesive plasters|n
verbandsmaterial|wound dressings|n
verbandskasten|first aid kit|n
düngemittel|fertilisers|n
dünger|fertiliser|n
harnstoff|urea|n
lacke|varnishes|n
tinte|ink|n
ätherische öle|essential oils|n
parfüm|perfume|n
parfum|perfume|n
kosmetik|cosmetics|n
schminke|make-up|n
lippenstift|lipstick|n
wimperntusche|mascara|n
nagellack|nail polish|n
creme|cream|n
gesichtscreme|face cream|n
körperlotion|body lotion|n
sonnencreme|sunscreen|n
hautpflege|skin care|n
haarspülung|hair conditioner|n
haarfärbemittel|hair dye|n
zahnpasta|toothpaste|n
deo|deodorant|n
rasierschaum|shaving foam|n
duschgel|shower gel|n
seife|soap|n
seifen|soaps|n
waschmittel|detergent|n
waschpulver|washing powder|n
spülmittel|washing-up liquid|n
reinigungsmittel|cleaning agents|n
kerzen|candles|n
klebstoff|adhesive|n
kleber|glue|n
feuerwerk|fireworks|n
insektizide|insecticides|n
desinfektionsmittel|disinfectants|n
# Chapters 39-40: plastics and rubber
kunststoff|plastics|m
plastik|plastic|m
polyethylen|polyethylene|m
polypropylen|polypropylene|m
silikon|silicone|m
acryl|acrylic|m
granulat|granules|n
folie|film|n
tüte|bag|n
tüten|bags|n
beutel|bags|n
müllbeutel|refuse bags|n
eimer|buckets|n
behälter|containers|n
brotdose|lunch box|n
schlauch|hose|n
rohr|pipe|n
rohre|pipes|n
klebeband|adhesive tape|n
aufkleber|stickers|n
etiketten|labels|n
gummi|rubber|m
reifen|tyres|n
autoreifen|car tyres|n
gummihandschuhe|rubber gloves|n
dichtungen|gaskets|n
# Chapters 41-43: leather, bags, fur
leder|leather|m
echtleder|genuine leather|m
kunstleder|imitation leather|m
rindsleder|cowhide leather|m
tasche|bag|n
taschen|bags|n
handtasche|handbag|n
handtaschen|handbags|n
rucksack|rucksack|n
rucksäcke|rucksacks|n
koffer|suitcase|n
geldbörse|wallet|n
gürtel|belt|n
hülle|cover|n
handyhülle|phone case|n
# Chapters 44-46: wood, cork, basketware
holz|wood|m
hölzerne|wooden|m
massivholz|solid wood|m
bambus|bamboo|m
holzkohle|charcoal|n
holzpellets|wood pellets|n
schnittholz|sawn wood|n
sperrholz|plywood|n
spanplatte|particle board|n
paletten|pallets|n
bilderrahmen|picture frames|n
schneidebrett|cutting board|n
kleiderbügel|clothes hangers|n
korb|basket|n
# Chapters 47-49: paper, cartons, printed matter
papier|paper|m
pappe|paperboard|m
karton|carton|n
kartons|cartons|n
wellpappe|corrugated board|m
kopierpapier|copy paper|n
toilettenpapier|toilet paper|n
servietten|napkins|n
notizbuch|notebook|n
kalender|calendar|n
verpackung|packaging|n
box|box|n
buch|book|n
bücher|books|n
# Chapters 50-60: fibres, yarn, fabric
seide|silk|m
seiden|silk|m
wolle|wool|m
woll|wool|m
merinowolle|merino wool|m
kaschmir|cashmere|m
baumwolle|cotton|m
baumwoll|cotton|m
biobaumwolle|organic cotton|m
leinen|linen|m
viskose|viscose|m
polyamid|polyamide|m
elasthan|elastane|m
mikrofaser|microfibre|m
garn|yarn|n
garne|yarns|n
nähgarn|sewing thread|n
stoff|fabric|n
stoffe|fabrics|n
gewebe|woven fabric|n
gewebt|woven|m
gewebte|woven|m
gestrickt|knitted|m
gestrickte|knitted|m
strick|knitted|m
jeansstoff|denim|m
samt|velvet|m
spitze|lace|m
filz|felt|m
vliesstoff|nonwovens|m
watte|wadding|n
wattepads|cotton pads|n
seil|rope|n
netz|net|n
teppich|carpet|n
teppiche|carpets|n
fußmatte|doormat|n
stickerei|embroidery|n
beschichtet|coated|m
# Chapters 61-62: clothing
kleidung|clothing|n
bekleidung|apparel|n
kleidungsstücke|garments|n
textilien|textiles|n
herren|men's|m
damen|women's|m
kinder|children's|m
baby|baby|m
mädchen|girls'|m
jungen|boys'|m
männer|men's|m
frauen|women's|m
für herren|for men|m
für damen|for women|m
für kinder|for children|m
t-shirt|t-shirt|n
t-shirts|t-shirts|n
hemd|shirt|n
hemden|shirts|n
shirt|shirt|n
jeans|jeans|n
poloshirt|polo shirt|n
bluse|blouse|n
blusen|blouses|n
strickjacke|cardigan|n
kapuzenpullover|hooded sweatshirt|n
weste|waistcoat|n
jacke|jacket|n
jacken|jackets|n
mäntel|coats|n
daunenjacke|down jacket|n
anzug|suit|n
hosen|trousers|n
jeanshose|jeans|n
kurze hose|shorts|n
jogginghose|jogging bottoms|n
röcke|skirts|n
kleid|dress|n
kleider|dresses|n
strampler|rompers|n
unterwäsche|underwear|n
unterhose|underpants|n
boxershorts|boxer shorts|n
bh|bra|n
dessous|lingerie|n
schlafanzug|pyjamas|n
bademantel|bathrobe|n
badeanzug|swimsuit|n
bademode|swimwear|n
trainingsanzug|tracksuit|n
sportbekleidung|sportswear|n
arbeitskleidung|workwear|n
schutzkleidung|protective clothing|n
socken|socks|n
strumpfhose|tights|n
handschuhe|gloves|n
schal|scarf|n
krawatte|tie|n
babykleidung|baby clothes|n
kurzarm|short-sleeved|m
langarm|long-sleeved|m
ärmellos|sleeveless|m
altkleider|worn clothing|n
# Chapter 63: household textiles
decke|blanket|n
decken|blankets|n
bettwäsche|bed linen|n
bettlaken|bed sheets|n
kissenbezug|pillowcase|n
tischdecke|tablecloth|n
handtuch|towel|n
handtücher|towels|n
vorhänge|curtains|n
gardinen|curtains|n
kissen|cushions|n
kopfkissen|pillow|n
bettdecke|duvet|n
matratze|mattress|n
schlafsack|sleeping bag|n
zelt|tent|n
maske|mask|n
mundschutz|face mask|n
# Chapters 64-67: footwear, headgear, umbrellas, wigs
schuh|shoe|n
schuhe|shoes|n
schuhwerk|footwear|n
stiefel|boots|n
gummistiefel|rubber boots|n
sandalen|sandals|n
hausschuhe|slippers|n
turnschuhe|trainers|n
sportschuhe|sports footwear|n
laufschuhe|running shoes|n
sicherheitsschuhe|safety shoes|n
einlegesohlen|insoles|n
hüte|hats|n
strohhut|straw hat|n
mütze|cap|n
mützen|caps|n
kappe|cap|n
basecap|baseball cap|n
helme|helmets|n
fahrradhelm|bicycle helmet|n
regenschirm|umbrella|n
kunstblumen|artificial flowers|n
perücke|wig|n
# Chapters 68-70: stone, ceramics, glass
naturstein|natural stone|m
fliesen|tiles|n
schleifscheibe|grinding wheel|n
schleifpapier|sandpaper|n
steinwolle|rock wool|n
gipskarton|plasterboard|n
beton|concrete|m
bremsbeläge|brake linings|n
keramik|ceramic|m
porzellan|porcelain|m
steinzeug|stoneware|m
ziegel|bricks|n
waschbecken|washbasin|n
toilette|toilet|n
geschirr|tableware|n
essteller|dinner plates|n
pappteller|paper plates|n
tasse|cup|n
tassen|cups|n
becher|mugs|n
schüssel|bowl|n
teekanne|teapot|n
blumentopf|flower pot|n
dekoration|decoration|n
deko|decoration|n
glas|glass|m
gläser|drinking glasses|n
flasche|bottle|n
flaschen|bottles|n
sicherheitsglas|safety glass|m
panzerglas|tempered glass|m
spiegel|mirror|n
glasfaser|glass fibre|m
glasperlen|glass beads|n
kristall|crystal|m
# Chapter 71: jewellery, precious metals
goldschmuck|gold jewellery|n
silberschmuck|silver jewellery|n
schmuckset|jewellery set|n
schmuckstücke|pieces of jewellery|n
modeschmuck|imitation jewellery|n
halskette|necklace|n
kette|chain|n
ketten|chains|n
armbänder|bracelets|n
ringe|rings|n
ring|ring|n
ohrringe|earrings|n
anhänger|pendant|n
diamant|diamond|n
edelsteine|precious stones|n
perlen|pearls|n
zirkonia|cubic zirconia|m
gold|gold|m
silber|silver|m
sterlingsilber|sterling silver|m
vergoldet|gold-plated|m
goldbarren|gold bars|n
münzen|coins|n
edelmetall|precious metal|m
# Chapters 72-73: iron and steel
stahl|steel|m
eisen|iron|m
edelstahl|stainless steel|m
rostfrei|stainless|m
rostfreier|stainless|m
rostfreie|stainless|m
gusseisen|cast iron|m
schrott|scrap|n
metall|metal|m
blech|sheet|n
warmgewalzt|hot-rolled|m
warmgewalzte|hot-rolled|m
kaltgewalzt|cold-rolled|m
kaltgewalzte|cold-rolled|m
warmband|hot-rolled coil|n
verzinkt|galvanised|m
verzinkte|galvanised|m
betonstahl|reinforcing bars|n
walzdraht|wire rod|n
draht|wire|n
stacheldraht|barbed wire|n
nahtlos|seamless|m
geschweißt|welded|m
flansche|flanges|n
gasflaschen|gas cylinders|n
nägel|nails|n
schraube|screw|n
schrauben|screws|n
bolzen|bolts|n
muttern|nuts|n
ofen|stove|n
topf|pot|n
pfanne|pan|n
bratpfanne|frying pan|n
kochgeschirr|cookware|n
# Chapters 74-81: copper, aluminium, other base metals
kupfer|copper|m
messing|brass|m
kupferdraht|copper wire|n
aluminium|aluminium|m
alu|aluminium|m
alufolie|aluminium foil|n
blei|lead|m
zink|zinc|m
zinn|tin|m
# Chapters 82-83: tools, cutlery, locks, fittings
werkzeug|tool|n
werkzeuge|tools|n
handwerkzeug|hand tools|n
werkzeugset|tool set|n
schaufel|shovel|n
gartenschere|secateurs|n
säge|saw|n
zange|pliers|n
schraubenschlüssel|spanner|n
schraubendreher|screwdriver|n
bohrer|drill bit|n
messer|knife|n
küchenmesser|kitchen knife|n
schere|scissors|n
besteck|cutlery|n
löffel|spoons|n
gabel|fork|n
schloss|lock|n
vorhängeschloss|padlock|n
schlüssel|keys|n
# Chapter 84: engines, pumps, machinery, computers
maschine|machine|n
maschinen|machines|n
gerät|appliance|n
geräte|appliances|n
motor|motor|n
dieselmotor|diesel engine|n
pumpe|pump|n
pumpen|pumps|n
wasserpumpe|water pump|n
kompressor|compressor|n
lüfter|fan|n
standventilator|pedestal fan|n
deckenventilator|ceiling fan|n
dunstabzugshaube|cooker hood|n
klimaanlage|air conditioner|n
wärmepumpe|heat pump|n
kühlschrank|refrigerator|n
gefrierschrank|freezer|n
luftfilter|air filter|n
wasserfilter|water filter|n
luftreiniger|air purifier|n
geschirrspüler|dishwasher|n
spülmaschine|dishwasher|n
verpackungsmaschine|packing machine|n
waage|scale|n
feuerlöscher|fire extinguisher|n
gabelstapler|forklift truck|n
bagger|excavator|n
rasenmäher|lawn mower|n
traktor|tractor|n
drucker|printer|n
druckerpatronen|ink cartridges|n
nähmaschine|sewing machine|n
bohrmaschine|drilling machine|n
elektrowerkzeug|power tool|n
akkuschrauber|cordless screwdriver|n
winkelschleifer|angle grinder|n
kettensäge|chainsaw|n
taschenrechner|calculator|n
tastatur|keyboard|n
computer|computer|n
laptop|laptop|n
maus|mouse|n
bildschirm|monitor|n
usb-stick|usb flash drive|n
netzteil|power supply|n
roboter|robot|n
luftbefeuchter|humidifier|n
ventil|valve|n
wasserhahn|tap|n
kugellager|ball bearings|n
getriebe|gearbox|n
ersatzteile|spare parts|n
teile|parts|n
zubehör|accessories|n
# Chapter 85: electrical equipment, electronics
elektrisch|electric|m
elektrische|electric|m
elektrischer|electric|m
elektro|electric|m
elektronisch|electronic|m
elektronische|electronic|m
elektronik|electronics|n
elektromotor|electric motor|n
stromerzeuger|generating set|n
transformator|transformer|n
ladegerät|charger|n
ladekabel|charging cable|n
wechselrichter|inverter|n
batterie|battery|n
batterien|batteries|n
akku|rechargeable battery|n
lithium-ionen-akku|lithium-ion battery|n
lithium-ionen|lithium-ion|m
staubsauger|vacuum cleaner|n
saugroboter|robot vacuum cleaner|n
standmixer|blender|n
küchenmaschine|food processor|n
haartrockner|hair dryer|n
rasierer|shaver|n
zündkerzen|spark plugs|n
taschenlampe|torch|n
wasserkocher|electric kettle|n
bügeleisen|electric iron|n
mikrowelle|microwave oven|n
backofen|oven|n
kaffeemaschine|coffee maker|n
reiskocher|rice cooker|n
heißluftfritteuse|air fryer|n
heizgerät|heater|n
waschmaschine|washing machine|n
haushaltsgeräte|household appliances|n
telefon|telephone|n
mobiltelefon|mobile phone|n
smartphone|smartphone|n
handys|mobile phones|n
mikrofon|microphone|n
lautsprecher|loudspeakers|n
kopfhörer|headphones|n
ohrhörer|earphones|n
kamera|camera|n
überwachungskamera|surveillance camera|n
fernseher|television|n
beamer|projector|n
fernbedienung|remote control|n
leiterplatte|printed circuit board|n
schalter|switch|n
steckdose|socket|n
stecker|plug|n
lampe|lamp|n
leuchte|light fitting|n
glühbirne|light bulb|n
led-lampe|led lamp|n
led-streifen|led strip|n
deckenleuchte|ceiling light|n
lichterkette|string lights|n
halbleiter|semiconductors|n
solarmodul|solar panel|n
solarmodule|solar panels|n
solarpanel|solar panel|n
solar|solar|m
kabel|cable|n
batteriebetrieben|battery-powered|m
solarbetrieben|solar-powered|m
kabellos|cordless|m
wiederaufladbar|rechargeable|m
# Chapters 86-89: vehicles, aircraft, ships
lokomotive|locomotive|n
fahrzeug|vehicle|n
fahrzeuge|vehicles|n
kraftfahrzeug|motor vehicle|n
kfz|motor vehicle|n
pkw|passenger car|n
auto|car|n
autos|cars|n
elektroauto|electric car|n
elektrofahrzeug|electric vehicle|n
hybrid|hybrid|m
gebrauchtwagen|used car|n
lkw|lorry|n
autoteile|car parts|n
kfz-teile|motor vehicle parts|n
autozubehör|car accessories|n
bremsscheiben|brake discs|n
stoßdämpfer|shock absorbers|n
felgen|rims|n
motorrad|motorcycle|n
motorroller|motor scooter|n
elektroroller|electric scooter|n
fahrrad|bicycle|n
fahrräder|bicycles|n
e-bike|electric bicycle|n
fahrradteile|bicycle parts|n
rollstuhl|wheelchair|n
kinderwagen|pram|n
flugzeug|aeroplane|n
drohne|drone|n
schiff|ship|n
boote|boats|n
schlauchboot|inflatable boat|n
# Chapters 90-92: optics, instruments, medical, watches, music
brille|spectacles|n
sonnenbrille|sunglasses|n
brillengestell|spectacle frame|n
kontaktlinsen|contact lenses|n
fernglas|binoculars|n
mikroskop|microscope|n
messgerät|measuring instrument|n
maßband|tape measure|n
medizinisch|medical|m
medizinische|medical|m
medizinprodukte|medical devices|n
spritze|syringe|n
blutdruckmessgerät|blood pressure monitor|n
massagegerät|massage apparatus|n
hörgerät|hearing aid|n
uhr|clock|n
uhren|watches|n
armbanduhr|wristwatch|n
wanduhr|wall clock|n
wecker|alarm clock|n
musikinstrumente|musical instruments|n
klavier|piano|n
gitarre|guitar|n
geige|violin|n
schlagzeug|drum kit|n
# Chapters 93-94: arms, furniture, lighting, prefabricated buildings
munition|ammunition|n
möbel|furniture|n
stuhl|chair|n
stühle|chairs|n
bürostuhl|office chair|n
sessel|armchair|n
hocker|stool|n
sitz|seat|n
autositz|car seat|n
kindersitz|child seat|n
tisch|table|n
esstisch|dining table|n
couchtisch|coffee table|n
schreibtisch|desk|n
schrank|cupboard|n
kleiderschrank|wardrobe|n
bücherregal|bookcase|n
lagerregale|storage racks|n
kommode|chest of drawers|n
bett|bed|n
betten|beds|n
kinderbett|cot|n
büromöbel|office furniture|n
gartenmöbel|garden furniture|n
fertighaus|prefabricated house|n
gewächshaus|greenhouse|n
# Chapter 95: toys, games, sports
spielzeug|toys|n
spielwaren|toys|n
puppe|doll|n
puppen|dolls|n
plüschtier|soft toy|n
kuscheltier|cuddly toy|n
bausteine|building blocks|n
ferngesteuert|remote-controlled|m
ferngesteuerte|remote-controlled|m
spielzeugauto|toy car|n
brettspiel|board game|n
spiel|game|n
spiele|games|n
spielkarten|playing cards|n
spielkonsole|games console|n
weihnachtsschmuck|christmas decorations|n
weihnachtsbaum|christmas tree|n
luftballons|balloons|n
sportartikel|sports goods|n
fitnessgeräte|fitness equipment|n
hanteln|dumbbells|n
laufband|treadmill|n
yogamatte|yoga mat|n
fußball|football|n
bälle|balls|n
tennisschläger|tennis racket|n
schlittschuhe|ice skates|n
angelrute|fishing rod|n
trampolin|trampoline|n
# Chapters 96-97: miscellaneous manufactured articles, art
besen|broom|n
bürste|brush|n
zahnbürste|toothbrush|n
pinsel|paintbrush|n
knöpfe|buttons|n
reißverschluss|zip fastener|n
kugelschreiber|ballpoint pen|n
stift|pen|n
stifte|pens|n
bleistift|pencil|n
buntstifte|colour pencils|n
feuerzeug|lighter|n
kamm|comb|n
thermoskanne|vacuum flask|n
trinkflasche|drinking bottle|n
windeln|nappies|n
damenbinden|sanitary towels|n
feuchttücher|wet wipes|n
stativ|tripod|n
gemälde|paintings|n
antiquitäten|antiques|n
# General qualifiers: states, processes, users, uses, condition
neu|new|m
neue|new|m
neuer|new|m
neues|new|m
gebraucht|used|m
gebrauchte|used|m
gebrauchter|used|m
generalüberholt|refurbished|m
frisch|fresh|m
frische|fresh|m
frisches|fresh|m
gekühlt|chilled|m
gekühlte|chilled|m
gefroren|frozen|m
gefrorene|frozen|m
gefrorener|frozen|m
gefrorenes|frozen|m
tiefgefroren|frozen|m
tiefgefrorene|frozen|m
tiefkühl|frozen|m
tk|frozen|m
getrocknet|dried|m
getrocknete|dried|m
getrockneter|dried|m
gefriergetrocknet|freeze-dried|m
geräuchert|smoked|m
geräucherte|smoked|m
geräucherter|smoked|m
räucher|smoked|m
gesalzen|salted|m
gesalzene|salted|m
geröstet|roasted|m
geröstete|roasted|m
roh|raw|m
rohe|raw|m
roher|raw|m
gekocht|cooked|m
gemahlen|ground|m
gemahlene|ground|m
gemahlener|ground|m
pulver|powder|n
poliert|polished|m
polierter|polished|m
verarbeitet|processed|m
ökologisch|organic|m
natürlich|natural|m
natürliche|natural|m
künstliche|artificial|m
synthetisch|synthetic|m
bedruckt|printed|m
bedruckte|printed|m
tragbar|portable|m
faltbar|folding|m
aufblasbar|inflatable|m
einweg|disposable|m
automatisch|automatic|m
manuell|manual|m
industriell|industrial|m
industrie|industrial|m
haushalt|household|m
haushalts|household|m
küche|kitchen|m
küchen|kitchen|m
badezimmer|bathroom|m
garten|garden|m
büro|office|m
für fahrzeuge|for vehicles|m
sport|sports|m
winter|winter|m
sommer|summer|m
sicherheits|safety|m
schutz|protective|m
arbeits|work|m
wasserdicht|waterproof|m
`,
};
