import type { GlossaryLanguage } from 'src/agents/tariff-classification/glossary/glossary-types';

/** German trade words: goods, materials, states and uses, with their English. Compound parts are listed so compounds can be split. */
export const GERMAN: GlossaryLanguage = {
  code: 'de',
  name: 'German',
  head: 'last',
  unspaced: false,
  letters: 'äöüß',
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
# Chapter 01 (more): live animals
kalb|calf|n
kuh|cow|n
schaf|sheep|n
ziege|goat|n
pferd|horse|n
ferkel|piglets|n
hühner|fowls|n
kaninchen|rabbits|n
hund|dog|n
katze|cat|n
haustiere|pets|n
zierfische|ornamental fish|n
vögel|birds|n
zuchttiere|pure-bred breeding animals|n
vieh|livestock|n
# Chapter 02 (more): meat, offal, cuts
rinderhackfleisch|minced beef|n
schweinehackfleisch|minced pork|n
steak|steak|n
schweinebauch|pork belly|n
kotelett|chop|n
schnitzel|escalope|n
hähnchenschenkel|chicken legs|n
hühnerbrust|chicken breast|n
hühnerflügel|chicken wings|n
leber|liver|n
knochen|bones|n
salami|salami|n
würstchen|sausages|n
halal|halal|m
mit knochen|bone-in|m
mariniert|marinated|m
paniert|breaded|m
gewürzt|seasoned|m
# Chapter 03 (more): fish, crustaceans, molluscs
karpfen|carp|n
seelachs|coalfish|n
alaska-seelachs|alaska pollock|n
schellfisch|haddock|n
seehecht|hake|n
scholle|plaice|n
dorsch|cod|n
sardellen|anchovies|n
zuchtlachs|farmed salmon|n
makrelen|mackerel|n
fischstäbchen|fish fingers|n
fischöl|fish oil|n
riesengarnelen|king prawns|n
krabbe|crab|n
miesmuscheln|mussels|n
jakobsmuscheln|scallops|n
kalmar|squid|n
kraken|octopus|n
fischkonserven|canned fish|n
fischfilets|fish fillets|n
# Chapter 04 (more): dairy, eggs, honey
vollmilch|whole milk|n
saure sahne|sour cream|n
frischkäse|cream cheese|n
hartkäse|hard cheese|n
mozzarella|mozzarella|n
parmesan|parmesan|n
feta|feta|n
butter|butter|n
ghee|ghee|n
naturjoghurt|natural yoghurt|n
laktosefrei|lactose-free|m
hühnereier|hens' eggs|n
eipulver|egg powder|n
bienenwachs|beeswax|n
# Chapter 05 (more): other animal products
tierhaare|animal hair|n
borsten|bristles|n
gänsedaunen|goose down|n
knochenmehl|bone meal|n
elfenbein|ivory|m
horn|horn|m
schwämme|sponges|n
# Chapter 06 (more): plants, bulbs, cut flowers
topfpflanzen|potted plants|n
zimmerpflanzen|indoor plants|n
blumenzwiebeln|flower bulbs|n
tulpen|tulips|n
nelken|carnations|n
orchideen|orchids|n
setzlinge|seedlings|n
bäume|trees|n
kakteen|cacti|n
blumenstrauß|bouquet|n
rose|rose|n
# Chapter 07 (more): vegetables, pulses, mushrooms, herbs
kartoffel|potato|n
tomate|tomato|n
zwiebel|onion|n
lauch|leeks|n
weißkohl|white cabbage|n
rotkohl|red cabbage|n
kopfsalat|cabbage lettuce|n
eisbergsalat|iceberg lettuce|n
möhren|carrots|n
karotte|carrot|n
rote bete|beetroot|n
sellerie|celery|n
gurke|cucumber|n
zucchini|courgettes|n
aubergine|aubergine|n
auberginen|aubergines|n
chilischoten|chilli peppers|n
grüne bohnen|green beans|n
kidneybohnen|kidney beans|n
hülsenfrüchte|leguminous vegetables|n
spargel|asparagus|n
champignons|mushrooms|n
pilz|mushroom|n
steinpilze|porcini|n
zuckermais|sweet corn|n
petersilie|parsley|n
basilikum|basil|n
kürbisse|pumpkins|n
gemüsemischung|mixed vegetables|n
tk-gemüse|frozen vegetables|n
# Chapter 08 (more): fruit, berries, nuts
apfel|apple|n
birne|pear|n
kirsche|cherry|n
pfirsich|peach|n
aprikose|apricot|n
trauben|grapes|n
orange|orange|n
clementinen|clementines|n
mandarine|mandarin|n
zitrone|lemon|n
grapefruit|grapefruit|n
zitrusfrüchte|citrus fruit|n
banane|banana|n
mango|mango|n
papaya|papaya|n
kiwi|kiwifruit|n
granatäpfel|pomegranates|n
feigen|figs|n
avocado|avocado|n
wassermelone|watermelon|n
melone|melon|n
erdbeere|strawberry|n
heidelbeeren|blueberries|n
dattel|date|n
kokosnuss|coconut|n
kastanien|chestnuts|n
erdnuss|groundnut|n
walnusskerne|shelled walnuts|n
haselnusskerne|shelled hazelnuts|n
cashewkerne|cashew kernels|n
nussmischung|mixed nuts|n
trockenfrüchte|dried fruit|n
getrocknete aprikosen|dried apricots|n
kandierte früchte|candied fruit|n
ohne schale|shelled|m
entkernt|pitted|m
kernlos|seedless|m
# Chapter 09 (more): coffee, tea, spices
kaffeepulver|ground coffee|n
gemahlener kaffee|ground coffee|n
röstkaffee|roasted coffee|n
espresso|espresso|n
entkoffeiniert|decaffeinated|m
kaffeepads|coffee pads|n
arabica|arabica|m
robusta|robusta|m
teeblätter|tea leaves|n
pfefferminztee|peppermint tea|n
eistee|iced tea|n
pfefferkörner|peppercorns|n
schwarzer pfeffer|black pepper|n
paprikapulver|paprika|n
vanilleschoten|vanilla pods|n
zimtstangen|cinnamon sticks|n
gewürznelken|cloves|n
muskatnuss|nutmeg|n
kardamom|cardamom|n
sternanis|star anise|n
kreuzkümmel|cumin|n
safran|saffron|n
curry|curry powder|n
gewürzmischung|spice mix|n
# Chapter 10 (more): cereals
hartweizen|durum wheat|n
dinkel|spelt|n
buchweizen|buckwheat|n
hirse|millet|n
sorghum|grain sorghum|n
quinoa|quinoa|n
popcorn|popcorn|n
parboiled reis|parboiled rice|n
parboiled|parboiled|m
naturreis|brown rice|n
weißer reis|white rice|n
wildreis|wild rice|n
rohreis|paddy rice|n
vollkorn|wholegrain|m
# Chapter 11 (more): flours, starches, malt
vollkornmehl|wholemeal flour|n
grieß|semolina|n
maisgrieß|maize grits|n
paniermehl|breadcrumbs|n
kleie|bran|n
weizenkeime|wheat germ|n
tapioka|tapioca|n
gluten|gluten|n
glutenfrei|gluten-free|m
malzextrakt|malt extract|n
flocken|flakes|n
cornflakes|cornflakes|n
müsli|muesli|n
granola|granola|n
# Chapters 12-14 (more): oil seeds, medicinal plants, seaweed, plaiting materials
ölsaaten|oil seeds|n
sojabohne|soya bean|n
rapssaat|rapeseed|n
leinsamen|linseed|n
mohn|poppy seeds|n
kürbiskerne|pumpkin seeds|n
kopra|copra|n
hopfen|hops|n
heilkräuter|medicinal herbs|n
ginseng|ginseng|n
süßholz|liquorice root|n
kamille|camomile|n
lavendel|lavender|n
zuckerrüben|sugar beet|n
zuckerrohr|sugar cane|n
algen|seaweeds|n
seetang|seaweed|n
heu|hay|n
sämereien|seeds for sowing|n
stevia|stevia|n
gummi arabicum|gum arabic|n
pektin|pectin|n
agar-agar|agar-agar|n
aloe vera|aloe vera|n
rattan|rattan|m
# Chapter 15 (more): fats and oils
erdnussöl|groundnut oil|n
kokosöl|coconut oil|n
palmkernöl|palm kernel oil|n
maiskeimöl|maize oil|n
leinöl|linseed oil|n
sesamöl|sesame oil|n
kürbiskernöl|pumpkin seed oil|n
traubenkernöl|grape seed oil|n
rizinusöl|castor oil|n
avocadoöl|avocado oil|n
arganöl|argan oil|n
jojobaöl|jojoba oil|n
mandelöl|almond oil|n
natives olivenöl|virgin olive oil|n
margarine|margarine|n
pflanzenfett|vegetable fat|n
tierfett|animal fat|n
fett|fat|n
lanolin|lanolin|n
glycerin|glycerol|n
kaltgepresst|cold-pressed|m
gehärtete fette|hydrogenated fats|n
unraffiniert|unrefined|m
speiseöle|edible oils|n
altspeiseöl|used cooking oil|n
# Chapter 16 (more): meat and fish preparations, ready meals
fleischwaren|meat products|n
wurstwaren|sausages|n
aufschnitt|cold cuts|n
fleischkonserven|canned meat|n
pastete|pâté|n
fleischbällchen|meatballs|n
frikadellen|meat patties|n
fleischextrakt|meat extract|n
brühe|broth|n
thunfischkonserve|canned tuna|n
ölsardinen|sardines in oil|n
fertiggerichte|ready meals|n
fertiggericht|ready meal|n
# Chapter 17 (more): sugars and sugar confectionery
rübenzucker|beet sugar|n
kristallzucker|granulated sugar|n
puderzucker|icing sugar|n
würfelzucker|sugar cubes|n
traubenzucker|glucose|n
glukose|glucose|n
fruktose|fructose|n
laktose|lactose|n
melasse|molasses|n
süßstoff|sweetener|n
karamell|caramel|n
lutscher|lollipops|n
fruchtgummi|fruit gums|n
gummibärchen|gummy bears|n
lakritz|liquorice|n
marshmallows|marshmallows|n
marzipan|marzipan|n
nougat|nougat|n
halva|halva|n
kaubonbons|chewy sweets|n
hustenbonbons|cough sweets|n
zuckerwaren|sugar confectionery|n
# Chapter 18 (more): cocoa and chocolate
kakaomasse|cocoa paste|n
trinkschokolade|drinking chocolate|n
tafelschokolade|chocolate bars|n
zartbitterschokolade|dark chocolate|n
weiße schokolade|white chocolate|n
pralinen|pralines|n
schokoriegel|chocolate bars|n
schokoladenaufstrich|chocolate spread|n
nuss-nougat-creme|hazelnut spread|n
schokoliert|chocolate-coated|m
# Chapter 19 (more): pasta, bread, bakery, cereals
spaghetti|spaghetti|n
makkaroni|macaroni|n
lasagne|lasagne|n
tortellini|tortellini|n
ravioli|ravioli|n
gnocchi|gnocchi|n
udon|udon noodles|n
ramen|ramen|n
couscous|couscous|n
bulgur|bulgur|n
knödel|dumplings|n
teigtaschen|dumplings|n
pizza|pizza|n
blätterteig|puff pastry|n
teig|dough|n
brötchen|bread rolls|n
toastbrot|sliced bread|n
knäckebrot|crispbread|n
zwieback|rusks|n
baguette|baguette|n
brezeln|pretzels|n
croissants|croissants|n
waffeln|waffles|n
lebkuchen|gingerbread|n
muffins|muffins|n
donuts|doughnuts|n
torte|gateau|n
plätzchen|biscuits|n
cracker|crackers|n
salzstangen|pretzel sticks|n
reiswaffeln|rice cakes|n
tortillas|tortillas|n
tortillachips|tortilla chips|n
fladenbrot|flatbread|n
frühstückscerealien|breakfast cereals|n
müsliriegel|cereal bars|n
proteinriegel|protein bars|n
babybrei|baby cereal|n
folgemilch|follow-on formula|n
anfangsmilch|infant formula|n
frühlingsrollen|spring rolls|n
sandwiches|sandwiches|n
# Chapter 20 (more): fruit and vegetable preparations, juices
konfitüre|jam|n
gelee|jelly|n
fruchtaufstrich|fruit spread|n
apfelmus|apple sauce|n
kompott|compote|n
dosenobst|canned fruit|n
dosengemüse|canned vegetables|n
geschälte tomaten|peeled tomatoes|n
passierte tomaten|passata|n
tomatenpüree|tomato purée|n
ketchup|ketchup|n
getrocknete tomaten|sun-dried tomatoes|n
eingelegtes gemüse|pickled vegetables|n
kimchi|kimchi|n
kartoffelpüree|mashed potatoes|n
kroketten|croquettes|n
pommes|french fries|n
chips|crisps|n
geröstete erdnüsse|roasted peanuts|n
nussmus|nut butter|n
tahini|tahini|n
fruchtpüree|fruit purée|n
säfte|juices|n
traubensaft|grape juice|n
ananassaft|pineapple juice|n
gemüsesaft|vegetable juice|n
fruchtsaftkonzentrat|fruit juice concentrate|n
nektar|nectar|n
smoothie|smoothie|n
# Chapter 21 (more): miscellaneous food preparations
kaffeeersatz|coffee substitutes|n
löslicher kaffee|soluble coffee|n
backpulver|baking powder|n
trockenhefe|dried yeast|n
hefeextrakt|yeast extract|n
saucen|sauces|n
sauce|sauce|n
soßen|sauces|n
barbecuesoße|barbecue sauce|n
sojasauce|soy sauce|n
pastasoße|pasta sauce|n
pesto|pesto|n
mayonnaise|mayonnaise|n
salatdressing|salad dressing|n
würzmittel|condiments|n
brühwürfel|stock cubes|n
gemüsebrühe|vegetable stock|n
instantsuppe|instant soup|n
suppen|soups|n
glutamat|monosodium glutamate|n
eiscreme|ice cream|n
tofu|tofu|n
sojamilch|soya milk|n
hafermilch|oat drink|n
mandelmilch|almond drink|n
fleischersatz|meat substitute|n
vegan|vegan|m
vegetarisch|vegetarian|m
nahrungsergänzung|food supplements|n
multivitamin|multivitamin|n
vitamintabletten|vitamin tablets|n
eiweißpulver|protein powder|n
gelatine|gelatin|n
snacks|snacks|n
babymilch|infant milk|n
# Chapter 22 (more): waters, soft drinks, beer, wine, spirits, vinegar
trinkwasser|drinking water|n
sprudelwasser|sparkling water|n
kohlensäurehaltig|carbonated|m
mit kohlensäure|carbonated|m
limonade|lemonade|n
cola|cola|n
erfrischungsgetränk|soft drink|n
softdrinks|soft drinks|n
energydrink|energy drink|n
sportgetränke|sports drinks|n
alkoholfreies bier|non-alcoholic beer|n
pils|pilsner|n
lagerbier|lager|n
rosé|rosé wine|n
sekt|sparkling wine|n
champagner|champagne|n
prosecco|prosecco|n
apfelwein|cider|n
whisky|whisky|n
rum|rum|n
gin|gin|n
brandy|brandy|n
cognac|cognac|n
schnaps|schnapps|n
likör|liqueur|n
ethylalkohol|ethyl alcohol|n
ethanol|ethanol|n
brennspiritus|methylated spirit|n
apfelessig|cider vinegar|n
spirituose|spirit|n
# Chapter 23 (more): residues, animal feed, pet food
ölkuchen|oil-cake|n
sojaschrot|soya-bean meal|n
rapsschrot|rapeseed meal|n
treber|brewers' grains|n
vogelfutter|bird food|n
fischfutter|fish food|n
pferdefutter|horse feed|n
nassfutter|wet pet food|n
trockenfutter|dry pet food|n
hundeleckerli|dog treats|n
kauknochen|dog chews|n
tiernahrung|pet food|n
mischfutter|compound feed|n
futterzusatz|feed additives|n
silage|silage|n
pellets|pellets|n
katzenstreu|cat litter|n
# Chapter 24 (more): tobacco and nicotine products
rohtabak|unmanufactured tobacco|n
tabakblätter|tobacco leaves|n
zigarillos|cigarillos|n
zigarette|cigarette|n
zigarre|cigar|n
drehtabak|rolling tobacco|n
pfeifentabak|pipe tobacco|n
kautabak|chewing tobacco|n
schnupftabak|snuff|n
shisha|hookah|n
wasserpfeife|hookah|n
e-zigarette|electronic cigarette|n
e-liquid|e-liquid|n
verdampfer|vaporiser|n
vape|vape|n
tabakerhitzer|heated tobacco device|n
nikotin|nicotine|n
nikotinbeutel|nicotine pouches|n
zigarettenpapier|cigarette paper|n
tabakwaren|tobacco products|n
# Chapters 25-27 (more): salt, stone, earths, ores, fuels
meersalz|sea salt|n
speisesalz|table salt|n
steinsalz|rock salt|n
schwefel|sulphur|n
sand|sand|n
kies|gravel|n
stein|stone|n
schiefer|slate|m
kalkstein|limestone|m
quarz|quartz|m
kreide|chalk|n
graphit|graphite|n
mörtel|mortar|n
erz|ore|n
bauxit|bauxite|n
steinkohle|hard coal|n
braunkohle|lignite|n
torf|peat|n
bitumen|bitumen|n
asphalt|asphalt|n
paraffin|paraffin wax|n
bleifrei|unleaded|m
biodiesel|biodiesel|n
schmieröl|lubricating oil|n
hydrauliköl|hydraulic oil|n
schmierfett|grease|n
propan|propane|n
gasflasche|gas cylinder|n
grillkohle|barbecue charcoal|n
# Chapters 28-29 (more): inorganic and organic chemicals
salzsäure|hydrochloric acid|n
schwefelsäure|sulphuric acid|n
salpetersäure|nitric acid|n
natriumhydroxid|sodium hydroxide|n
natriumcarbonat|sodium carbonate|n
natron|sodium bicarbonate|n
natriumbicarbonat|sodium bicarbonate|n
bleichmittel|bleaching agents|n
wasserstoffperoxid|hydrogen peroxide|n
ammoniak|ammonia|n
sauerstoff|oxygen|n
stickstoff|nitrogen|n
titandioxid|titanium dioxide|n
zinkoxid|zinc oxide|n
aktivkohle|activated carbon|n
lithium|lithium|m
isopropanol|isopropyl alcohol|n
aceton|acetone|n
frostschutzmittel|antifreeze|n
kunstharz|synthetic resin|n
lösemittel|solvents|n
koffein|caffeine|n
pigmente|pigments|n
kältemittel|refrigerant|n
# Chapter 30 (more): pharmaceuticals, medical consumables
medikament|medicament|n
medizin|medicine|n
antibiotika|antibiotics|n
schmerzmittel|analgesics|n
schmerztabletten|painkillers|n
ibuprofen|ibuprofen|n
paracetamol|paracetamol|n
insulin|insulin|n
hustensaft|cough syrup|n
nasenspray|nasal spray|n
augentropfen|eye drops|n
tablette|tablet|n
kapsel|capsule|n
globuli|homeopathic pills|n
tierarzneimittel|veterinary medicines|n
impfstoff|vaccine|n
schnelltest|rapid test|n
schnelltests|rapid tests|n
antigentest|antigen test|n
schwangerschaftstest|pregnancy test|n
teststreifen|test strips|n
verband|bandage|n
mullbinden|gauze bandages|n
kompressen|compresses|n
wattestäbchen|cotton buds|n
erste-hilfe-set|first aid kit|n
kontaktlinsenlösung|contact lens solution|n
desinfektionsgel|hand sanitiser|n
desinfektionsspray|disinfectant spray|n
desinfektionstücher|disinfectant wipes|n
# Chapters 31-32 (more): fertilisers, paints, inks
stickstoffdünger|nitrogenous fertilisers|n
phosphatdünger|phosphatic fertilisers|n
kalidünger|potassic fertilisers|n
mineraldünger|mineral fertilisers|n
npk-dünger|npk fertilisers|n
ammoniumnitrat|ammonium nitrate|n
ammoniumsulfat|ammonium sulphate|n
superphosphat|superphosphates|n
diammonphosphat|diammonium phosphate|n
kaliumsulfat|potassium sulphate|n
kompost|compost|n
blumenerde|potting soil|n
erde|soil|n
wandfarbe|wall paint|n
dispersionsfarbe|emulsion paint|n
acrylfarbe|acrylic paint|n
acrylfarben|acrylic paints|n
ölfarbe|oil paint|n
aquarellfarben|watercolours|n
holzlasur|wood stain|n
grundierung|primer|n
rostschutzfarbe|anti-rust paint|n
sprühfarbe|spray paint|n
sprühlack|spray paint|n
klarlack|clear varnish|n
emaille|enamel|m
spachtelmasse|filler|n
dichtstoff|sealant|n
montageschaum|expanding foam|n
druckfarbe|printing ink|n
toner|toner|n
tonerkartusche|toner cartridge|n
haarfarbe|hair colour|n
glitzer|glitter|n
# Chapter 33 (more): perfumes, cosmetics, toiletries
eau de parfum|eau de parfum|n
eau de toilette|eau de toilette|n
parfüms|perfumes|n
duft|fragrance|n
lufterfrischer|air freshener|n
duftstäbchen|reed diffuser|n
räucherstäbchen|incense sticks|n
make-up|make-up|n
puder|face powder|n
lidschatten|eyeshadow|n
eyeliner|eyeliner|n
lipgloss|lip gloss|n
lippenbalsam|lip balm|n
make-up-entferner|make-up remover|n
gesichtsmaske|face mask|n
feuchtigkeitscreme|moisturiser|n
handcreme|hand cream|n
bodylotion|body lotion|n
lotion|lotion|n
sonnenschutz|sun protection|n
nagellackentferner|nail polish remover|n
nagelknipser|nail clippers|n
maniküre-set|manicure set|n
shampoo|shampoo|n
spülung|conditioner|n
haarmaske|hair mask|n
haargel|hair gel|n
haarspray|hairspray|n
mundwasser|mouthwash|n
zahnseide|dental floss|n
zahncreme|toothpaste|n
deodorant|deodorant|n
deospray|deodorant spray|n
rasiercreme|shaving cream|n
aftershave|aftershave|n
körperpflege|personal care|n
# Chapters 34-38 (more): soaps, cleaners, candles, glues, fireworks, other chemical products
handseife|hand soap|n
seifenspender|soap dispenser|n
weichspüler|fabric softener|n
fleckentferner|stain remover|n
spülmaschinentabs|dishwasher tablets|n
allzweckreiniger|all-purpose cleaner|n
glasreiniger|glass cleaner|n
wc-reiniger|toilet cleaner|n
entkalker|descaler|n
politur|polish|n
schuhcreme|shoe polish|n
wachs|wax|n
duftkerzen|scented candles|n
teelichter|tealights|n
kerze|candle|n
knete|modelling clay|n
leim|glue|n
sekundenkleber|superglue|n
alleskleber|all-purpose glue|n
klebestift|glue stick|n
heißkleber|hot-melt glue|n
montagekleber|construction adhesive|n
fliesenkleber|tile adhesive|n
zündhölzer|matches|n
streichhölzer|matches|n
feuerwerkskörper|fireworks|n
grillanzünder|barbecue lighters|n
fotopapier|photographic paper|n
pestizide|pesticides|n
pflanzenschutzmittel|plant protection products|n
herbizide|herbicides|n
unkrautvernichter|weedkiller|n
fungizide|fungicides|n
insektenspray|insect spray|n
mückenspray|mosquito repellent|n
bremsflüssigkeit|brake fluid|n
kühlmittel|coolant|n
scheibenreiniger|screen wash|n
rostlöser|penetrating oil|n
schmiermittel|lubricants|n
# Chapter 39 (more): plastics and articles thereof
kunststoffe|plastics|m
pvc|pvc|m
polystyrol|polystyrene|m
styropor|expanded polystyrene|m
polycarbonat|polycarbonate|m
polyester|polyester|m
polyurethan|polyurethane|m
pu-leder|pu leather|m
tpu|tpu|m
nylon|nylon|m
plexiglas|acrylic glass|m
frischhaltefolie|cling film|n
luftpolsterfolie|bubble wrap|n
displayschutz|screen protector|n
schutzglas|screen protector|n
abdeckplane|tarpaulin|n
schaumstoff|foam|m
kunststoffrohre|plastic pipes|n
schläuche|hoses|n
kabelbinder|cable ties|n
plastiktüten|plastic bags|n
einkaufstüten|shopping bags|n
gefrierbeutel|freezer bags|n
vakuumbeutel|vacuum bags|n
mülltüten|refuse bags|n
müllsäcke|refuse sacks|n
säcke|sacks|n
aufbewahrungsboxen|storage boxes|n
vorratsdosen|storage jars|n
frischhaltedosen|food storage containers|n
kisten|crates|n
kiste|crate|n
kanister|canisters|n
fässer|drums|n
pet-flaschen|pet bottles|n
sprühflasche|spray bottle|n
deckel|lids|n
wäschekorb|laundry basket|n
badewanne|bath|n
duschvorhang|shower curtain|n
rollladen|roller shutters|n
jalousien|blinds|n
rollos|roller blinds|n
vinylboden|vinyl flooring|n
laminat|laminate flooring|n
tapete|wallpaper|n
wandaufkleber|wall stickers|n
isolierband|insulating tape|n
gewebeband|duct tape|n
strohhalme|drinking straws|n
tank|tank|n
kunstrasen|artificial turf|n
# Chapter 40 (more): rubber and articles thereof
naturkautschuk|natural rubber|m
kautschuk|rubber|m
latex|latex|m
neopren|neoprene|m
gummiband|rubber band|n
gummibänder|rubber bands|n
o-ringe|o-rings|n
dichtring|sealing ring|n
dichtung|gasket|n
förderband|conveyor belt|n
keilriemen|v-belts|n
zahnriemen|timing belt|n
altreifen|used tyres|n
fahrradschlauch|bicycle inner tube|n
nitrilhandschuhe|nitrile gloves|n
kondome|condoms|n
schnuller|dummies|n
radiergummi|eraser|n
wärmflasche|hot-water bottle|n
# Chapters 41-43 (more): hides, leather, leather goods, travel goods, fur
häute|hides|n
felle|skins|n
schaffell|sheepskin|m
lammfell|lambskin|m
wildleder|suede|m
nubukleder|nubuck leather|m
lackleder|patent leather|m
spaltleder|split leather|m
lederimitat|imitation leather|m
veganes leder|vegan leather|m
lederwaren|leather goods|n
ledertaschen|leather bags|n
umhängetasche|shoulder bag|n
tragetasche|carrier bag|n
einkaufstasche|shopping bag|n
stofftasche|cloth bag|n
reisetasche|travel bag|n
trolley-koffer|trolley case|n
hartschalenkoffer|hard-shell suitcase|n
handgepäck|hand luggage|n
gepäck|luggage|n
schulranzen|school bag|n
schulrucksack|school rucksack|n
kulturbeutel|toiletry bag|n
federmäppchen|pencil case|n
brieftasche|wallet|n
portemonnaie|purse|n
geldbeutel|purse|n
kartenetui|card holder|n
etui|case|n
brillenetui|spectacle case|n
bauchtasche|bum bag|n
aktentasche|briefcase|n
schmuckkästchen|jewellery box|n
uhrenarmband|watch strap|n
armband|bracelet|n
halsband|collar|n
hundeleine|dog lead|n
hundegeschirr|dog harness|n
sattel|saddle|n
tablethülle|tablet case|n
laptophülle|laptop sleeve|n
pelz|fur|m
pelzmantel|fur coat|n
kunstpelz|artificial fur|m
# Chapter 44 (more): wood and articles of wood
brennholz|firewood|n
sägespäne|sawdust|n
bauholz|construction timber|n
balken|beams|n
bretter|boards|n
brett|board|n
furnier|veneer|n
mdf|mdf|m
spanplatten|particle boards|n
faserplatten|fibreboards|n
parkett|parquet|n
terrassendielen|decking boards|n
türen|doors|n
tür|door|n
haustür|front door|n
fenster|windows|n
europaletten|euro pallets|n
holzkiste|wooden crate|n
kochlöffel|wooden spoon|n
essstäbchen|chopsticks|n
zahnstocher|toothpicks|n
rahmen|frame|n
holzspielzeug|wooden toys|n
tablett|tray|n
zaun|fence|n
eiche|oak|m
buche|beech|m
kiefernholz|pine|m
ahorn|maple|m
nussbaum|walnut|m
teak|teak|m
mahagoni|mahogany|m
tropenholz|tropical wood|m
hartholz|hardwood|m
# Chapters 45-46 (more): cork, basketware
kork|cork|m
korken|corks|n
pinnwand|pinboard|n
untersetzer|coasters|n
korbwaren|basketware|n
körbe|baskets|n
weidenkorb|wicker basket|n
geflochten|plaited|m
seegras|seagrass|m
korbmöbel|wicker furniture|n
# Chapters 47-49 (more): pulp, paper, paperboard, printed matter
zellstoff|wood pulp|n
altpapier|waste paper|n
zeitungspapier|newsprint|n
a4-papier|a4 paper|n
kraftpapier|kraft paper|m
geschenkpapier|gift wrap|n
backpapier|baking paper|n
kaffeefilter|coffee filters|n
versandkartons|shipping cartons|n
schachtel|box|n
pappkartons|cardboard boxes|n
pappkarton|cardboard box|n
papiertüten|paper bags|n
briefumschläge|envelopes|n
küchenrolle|kitchen roll|n
taschentücher|tissues|n
pappbecher|paper cups|n
hefte|exercise books|n
heft|exercise book|n
notizblock|notepad|n
haftnotizen|sticky notes|n
aktenordner|lever arch files|n
mappe|folder|n
fotoalbum|photo album|n
etikett|label|n
klebeetiketten|self-adhesive labels|n
schreibwaren|stationery|n
bürobedarf|office supplies|n
grußkarten|greeting cards|n
postkarten|postcards|n
zeitungen|newspapers|n
zeitschriften|magazines|n
broschüren|brochures|n
malbücher|colouring books|n
landkarten|maps|n
globus|globe|n
poster|posters|n
kunstdrucke|art prints|n
wandkalender|wall calendar|n
briefmarken|stamps|n
# Chapters 50-60 (more): fibres, yarns, fabrics, knit and woven
schurwolle|virgin wool|m
lammwolle|lambswool|m
alpaka|alpaca|m
mohair|mohair|m
angora|angora|m
baumwollmischung|cotton blend|m
mischgewebe|blended fabric|m
100% baumwolle|100% cotton|m
flachs|flax|m
hanf|hemp|m
jute|jute|m
sisal|sisal|m
modal|modal|m
lyocell|lyocell|m
kunstfaser|synthetic fibre|m
polyacryl|acrylic|m
spandex|spandex|m
lycra|lycra|m
stretch|stretch|m
faser|fibre|m
stickgarn|embroidery thread|n
strickgarn|knitting yarn|n
strickwolle|knitting wool|n
faden|thread|n
maschenware|knitted fabric|n
gewirkt|knitted|m
jersey|jersey|m
fleece|fleece|m
plüsch|plush|m
frottee|terry towelling|m
cordstoff|corduroy|m
denim|denim|m
chiffon|chiffon|m
satin|satin|m
tüll|tulle|m
musselin|muslin|m
popeline|poplin|m
twill|twill|m
canvas|canvas|m
segeltuch|canvas|m
flanell|flannel|m
tweed|tweed|m
velours|velour|m
softshell|softshell|m
mesh|mesh|m
vlies|nonwoven|m
gummiert|rubberised|m
laminiert|laminated|m
bestickt|embroidered|m
gefärbt|dyed|m
gestreift|striped|m
kariert|checked|m
geblümt|floral|m
einfarbig|plain|m
gemustert|patterned|m
meterware|fabric by the metre|n
bänder|ribbons|n
schnur|string|n
seile|ropes|n
netze|nets|n
moskitonetz|mosquito net|n
gurtband|webbing|n
klettverschluss|hook-and-loop fastener|n
aufnäher|patches|n
teppichboden|fitted carpet|n
badematte|bath mat|n
orientteppich|oriental carpet|n
handgeknüpft|hand-knotted|m
wandteppich|tapestry|n
kohlefaser|carbon fibre|m
carbon|carbon fibre|m
segel|sails|n
markise|awning|n
sonnensegel|shade sail|n
# Chapters 61-62 (more): garments, sleeves, collars, fits
pullover|jumper|n
pulli|jumper|n
sweatshirt|sweatshirt|n
hoodie|hoodie|n
kapuzenjacke|hooded jacket|n
rollkragen|roll neck|m
v-ausschnitt|v-neck|m
rundhals|crew neck|m
kragen|collar|m
kapuze|hood|m
mit kapuze|hooded|m
ärmel|sleeves|m
kurzärmelig|short-sleeved|m
langärmelig|long-sleeved|m
langarmshirt|long-sleeved t-shirt|n
tanktop|tank top|n
tops|tops|n
unterhemd|vest|n
trikot|jersey|n
polohemd|polo shirt|n
poloshirts|polo shirts|n
strickjacken|cardigans|n
westen|waistcoats|n
warnweste|high-visibility vest|n
regenjacke|rain jacket|n
jeansjacke|denim jacket|n
skijacke|ski jacket|n
parka|parka|n
anorak|anorak|n
blazer|blazer|n
sakko|jacket|n
wintermantel|winter coat|n
regenmantel|raincoat|n
anzüge|suits|n
kostüm|costume|n
damenhose|women's trousers|n
herrenhose|men's trousers|n
chinohose|chinos|n
cargohose|cargo trousers|n
arbeitshose|work trousers|n
shorts|shorts|n
badehose|swimming trunks|n
leggings|leggings|n
damenrock|women's skirt|n
minirock|miniskirt|n
abendkleid|evening dress|n
brautkleid|wedding dress|n
jumpsuit|jumpsuit|n
babybody|baby bodysuit|n
lätzchen|bibs|n
damenbekleidung|women's clothing|n
herrenbekleidung|men's clothing|n
oberbekleidung|outerwear|n
uniform|uniform|n
schürze|apron|n
neoprenanzug|wetsuit|n
bikini|bikini|n
unterhosen|underpants|n
tanga|thong|n
büstenhalter|brassieres|n
nachthemd|nightdress|n
pyjama|pyjamas|n
strümpfe|stockings|n
kompressionsstrümpfe|compression stockings|n
strumpfhosen|tights|n
handschuh|glove|n
schals|scarves|n
tuch|cloth|n
kopftuch|headscarf|n
krawatten|ties|n
manschettenknöpfe|cufflinks|n
unisex|unisex|m
übergröße|plus size|m
gefüttert|lined|m
wattiert|padded|m
atmungsaktiv|breathable|m
waschbar|washable|m
elastisch|elastic|m
secondhand|second-hand|m
sportkleidung|sportswear|n
strickwaren|knitwear|n
wintermütze|winter hat|n
beanie|beanie|n
schirmmütze|peaked cap|n
baseballkappe|baseball cap|n
cap|cap|n
stirnband|headband|n
kopfbedeckung|headgear|n
schutzhelm|safety helmet|n
motorradhelm|motorcycle helmet|n
skihelm|ski helmet|n
# Chapter 63 (more): household textiles, tents, masks
kuscheldecke|throw|n
tagesdecke|bedspread|n
heizdecke|electric blanket|n
steppdecke|quilt|n
daunendecke|down duvet|n
bettbezug|duvet cover|n
spannbettlaken|fitted sheet|n
kissenbezüge|cushion covers|n
zierkissen|decorative cushion|n
nackenkissen|neck pillow|n
matratzenschoner|mattress protector|n
matratzen|mattresses|n
luftmatratze|air mattress|n
isomatte|sleeping mat|n
tischdecken|tablecloths|n
tischläufer|table runner|n
platzsets|placemats|n
geschirrtuch|tea towel|n
topflappen|pot holders|n
ofenhandschuhe|oven gloves|n
badetuch|bath towel|n
strandtuch|beach towel|n
waschlappen|face cloths|n
putztücher|cleaning cloths|n
lappen|rags|n
vorhang|curtain|n
gardine|curtain|n
fliegengitter|insect screen|n
zelte|tents|n
campingzelt|camping tent|n
pavillon|gazebo|n
sonnenschirm|sunshade|n
hängematte|hammock|n
schlafsäcke|sleeping bags|n
stoffbeutel|cloth bag|n
sandsäcke|sandbags|n
atemschutzmaske|respirator|n
ffp2|ffp2|m
op-maske|surgical mask|n
mund-nasen-schutz|face mask|n
schlafmaske|sleep mask|n
flagge|flag|n
fahne|flag|n
sitzbezüge|seat covers|n
sofabezug|sofa cover|n
bügelbrett|ironing board|n
# Chapter 64 (more): footwear kinds and parts
halbschuhe|low shoes|n
schnürschuhe|lace-up shoes|n
mokassins|moccasins|n
ballerinas|ballet flats|n
stöckelschuhe|high-heeled shoes|n
sneaker|trainers|n
sneakers|trainers|n
freizeitschuhe|casual shoes|n
fußballschuhe|football boots|n
tennisschuhe|tennis shoes|n
wanderschuhe|hiking shoes|n
wanderstiefel|hiking boots|n
skischuhe|ski boots|n
stiefeletten|ankle boots|n
pantoffeln|slippers|n
badeschuhe|pool sliders|n
clogs|clogs|n
zehentrenner|flip-flops|n
flip-flops|flip-flops|n
sandale|sandal|n
espadrilles|espadrilles|n
lauflernschuhe|first walkers|n
schuhteile|parts of footwear|n
sohle|sole|n
sohlen|soles|n
absatz|heel|n
obermaterial|upper|m
schnürsenkel|shoelaces|n
schuheinlagen|insoles|n
schuhregal|shoe rack|n
# Chapters 65-67 (more): umbrellas, sticks, artificial flowers, hair
regenschirme|umbrellas|n
taschenschirm|folding umbrella|n
spazierstock|walking stick|n
wanderstöcke|trekking poles|n
kunstpflanzen|artificial plants|n
künstliche blumen|artificial flowers|n
perücken|wigs|n
haarverlängerung|hair extensions|n
echthaar|human hair|m
künstliche wimpern|false eyelashes|n
# Chapters 68-70 (more): stone, abrasives, insulation, ceramics, glass
marmorplatten|marble slabs|n
pflastersteine|paving setts|n
bordsteine|kerbstones|n
grabsteine|gravestones|n
arbeitsplatte|worktop|n
schleifstein|sharpening stone|n
schleifscheiben|grinding wheels|n
trennscheiben|cutting discs|n
trennscheibe|cutting disc|n
schleifmittel|abrasives|n
schleifband|sanding belt|n
schmirgelpapier|emery paper|n
gipskartonplatten|plasterboards|n
betonsteine|concrete blocks|n
porenbeton|aerated concrete|m
dachziegel|roof tiles|n
mineralwolle|mineral wool|n
dämmstoff|insulation|n
dämmplatten|insulation boards|n
mosaik|mosaic|n
feuerfest|refractory|m
bodenfliesen|floor tiles|n
wandfliesen|wall tiles|n
fliese|tile|n
feinsteinzeug|porcelain stoneware|m
steingut|earthenware|m
terrakotta|terracotta|m
keramisch|ceramic|m
tafelservice|dinner service|n
geschirrset|dinnerware set|n
speiseteller|dinner plates|n
untertassen|saucers|n
kaffeetassen|coffee cups|n
schüsseln|bowls|n
auflaufform|baking dish|n
backform|baking tin|n
krug|jug|n
karaffe|carafe|n
vase|vase|n
vasen|vases|n
übertopf|planter|n
figuren|figurines|n
figur|figurine|n
statue|statue|n
skulptur|sculpture|n
wc|toilet|n
spülbecken|sink|n
spüle|sink|n
flachglas|flat glass|m
verbundglas|laminated glass|m
gehärtetes glas|tempered glass|m
borosilikatglas|borosilicate glass|m
glasscheibe|glass pane|n
wandspiegel|wall mirror|n
kosmetikspiegel|make-up mirror|n
rückspiegel|rear-view mirror|n
glasflaschen|glass bottles|n
einmachgläser|preserving jars|n
trinkgläser|drinking glasses|n
glaswaren|glassware|n
ampullen|ampoules|n
christbaumkugeln|christmas baubles|n
glasfaserkabel|optical fibre cable|n
brillengläser|spectacle lenses|n
windlicht|lantern|n
kerzenhalter|candle holders|n
kerzenständer|candlesticks|n
# Chapter 71 (more): jewellery, gems, precious metals
schmuck|jewellery|n
piercing|piercing jewellery|n
halsketten|necklaces|n
perlenkette|pearl necklace|n
armreif|bangle|n
verlobungsring|engagement ring|n
ehering|wedding ring|n
eheringe|wedding rings|n
ohrring|earring|n
ohrstecker|stud earrings|n
creolen|hoop earrings|n
brosche|brooch|n
anstecknadel|pin badge|n
medaillon|locket|n
charms|charms|n
haarschmuck|hair accessories|n
diamanten|diamonds|n
rubin|ruby|n
saphir|sapphire|n
smaragd|emerald|n
edelstein|precious stone|n
halbedelsteine|semi-precious stones|n
amethyst|amethyst|n
türkis|turquoise|m
bernstein|amber|m
jade|jade|m
opal|opal|n
zirkon|zircon|m
strass|rhinestone|m
zuchtperlen|cultured pearls|n
süßwasserperlen|freshwater pearls|n
perle|pearl|n
roségold|rose gold|m
585 gold|14-carat gold|m
750 gold|18-carat gold|m
925 silber|sterling silver|m
925er silber|sterling silver|m
platin|platinum|m
rhodiniert|rhodium-plated|m
versilbert|silver-plated|m
vergoldete|gold-plated|m
karat|carat|m
münze|coin|n
edelmetalle|precious metals|n
# Chapters 72-73 (more): iron and steel products, hardware
roheisen|pig iron|n
ferrolegierungen|ferro-alloys|n
eisenschrott|ferrous scrap|n
altmetall|scrap metal|n
bleche|sheets|n
wellblech|corrugated sheet|n
weißblech|tinplate|n
coils|coils|n
flachstahl|flat bars|n
rundstahl|round bars|n
baustahl|structural steel|m
kohlenstoffstahl|carbon steel|m
inox|stainless steel|m
maschendraht|chain-link fencing|n
drahtgitter|wire mesh|n
stahlrohre|steel pipes|n
geländer|railings|n
leiter|ladder|n
leitern|ladders|n
stehleiter|stepladder|n
container|container|n
getränkedosen|beverage cans|n
dosen|cans|n
schneeketten|snow chains|n
heftklammern|staples|n
büroklammern|paper clips|n
sechskantschrauben|hex bolts|n
gewindestange|threaded rod|n
schraubenmutter|nut|n
unterlegscheiben|washers|n
nieten|rivets|n
dübel|wall plugs|n
sicherheitsnadeln|safety pins|n
gasherd|gas cooker|n
gasgrill|gas barbecue|n
grill|barbecue|n
heizkörper|radiators|n
kochtöpfe|saucepans|n
töpfe|pots|n
pfannen|pans|n
wok|wok|n
schnellkochtopf|pressure cooker|n
backblech|baking tray|n
sieb|sieve|n
schneebesen|whisk|n
küchenutensilien|kitchen utensils|n
dosenöffner|can opener|n
flaschenöffner|bottle opener|n
korkenzieher|corkscrew|n
mülleimer|waste bin|n
gewürzregal|spice rack|n
handtuchhalter|towel rail|n
duschkopf|shower head|n
kleiderhaken|coat hooks|n
kleiderständer|coat stand|n
garderobe|coat rack|n
wäscheständer|clothes airer|n
briefkasten|letterbox|n
gießkanne|watering can|n
schubkarre|wheelbarrow|n
beschläge|fittings|n
scharnier|hinge|n
scharniere|hinges|n
türklinke|door handle|n
griff|handle|n
griffe|handles|n
halterung|bracket|n
wandhalterung|wall mount|n
tv-halterung|tv wall mount|n
schlösser|locks|n
zahlenschloss|combination lock|n
schlüsselanhänger|key rings|n
karabiner|carabiner|n
druckknöpfe|press studs|n
fotorahmen|photo frames|n
lötzinn|solder|n
# Chapters 74-81 (more): copper, aluminium, other base metals
kupferrohr|copper tube|n
bronze|bronze|m
lackdraht|enamelled wire|n
aluminiumprofile|aluminium profiles|n
aluprofil|aluminium profile|n
aluminiumfolie|aluminium foil|n
rohaluminium|unwrought aluminium|n
druckguss|die-cast|m
eloxiert|anodised|m
nickel|nickel|m
verchromt|chrome-plated|m
chrom|chromium|m
wolfram|tungsten|m
kobalt|cobalt|m
mangan|manganese|m
hartmetall|hard metal|m
legierung|alloy|m
# Chapter 82 (more): hand tools, blades, cutlery, kitchen tools
handwerkzeuge|hand tools|n
gartengeräte|garden tools|n
spaten|spade|n
schaufeln|shovels|n
harke|rake|n
axt|axe|n
heckenschere|hedge shears|n
handsäge|handsaw|n
sägeblatt|saw blade|n
sägeblätter|saw blades|n
zangen|pliers|n
kombizange|combination pliers|n
seitenschneider|side cutters|n
rohrzange|pipe wrench|n
pinzette|tweezers|n
maulschlüssel|open-end spanner|n
schlüsselsatz|spanner set|n
steckschlüssel|socket wrench|n
inbusschlüssel|allen key|n
schraubenzieher|screwdriver|n
bitsatz|bit set|n
schrauberbits|screwdriver bits|n
hammer|hammer|n
feile|file|n
schraubstock|vice|n
schraubzwinge|clamp|n
lötkolben|soldering iron|n
heißluftpistole|heat gun|n
tacker|staple gun|n
cuttermesser|utility knife|n
klingen|blades|n
rasierklingen|razor blades|n
einwegrasierer|disposable razors|n
wasserwaage|spirit level|n
zollstock|folding rule|n
lineal|ruler|n
spachtel|scraper|n
werkzeugkasten|toolbox|n
werkbank|workbench|n
wagenheber|car jack|n
kochmesser|chef's knife|n
taschenmesser|pocket knife|n
multitool|multi-tool|n
scheren|scissors|n
esslöffel|tablespoons|n
teelöffel|teaspoons|n
gabeln|forks|n
kaffeemühle|coffee grinder|n
messbecher|measuring jug|n
# Chapter 84 (more): engines, pumps, HVAC, machinery, computers and storage
benzinmotor|petrol engine|n
verbrennungsmotor|internal combustion engine|n
außenbordmotor|outboard motor|n
motoren|engines|n
motorteile|engine parts|n
kolben|pistons|n
turbolader|turbocharger|n
ölfilter|oil filter|n
kraftstofffilter|fuel filter|n
innenraumfilter|cabin filter|n
windkraftanlage|wind turbine|n
tauchpumpe|submersible pump|n
vakuumpumpe|vacuum pump|n
luftkompressor|air compressor|n
ventilator|fan|n
ventilatoren|fans|n
klimagerät|air conditioner|n
mobile klimaanlage|portable air conditioner|n
kühlschränke|refrigerators|n
kühl-gefrier-kombination|fridge-freezer|n
gefriertruhe|chest freezer|n
kühlbox|cool box|n
eismaschine|ice cream maker|n
wasserspender|water dispenser|n
heizkessel|boiler|n
wäschetrockner|tumble dryer|n
warmwasserbereiter|water heater|n
hochdruckreiniger|pressure washer|n
dampfreiniger|steam cleaner|n
kran|crane|n
seilwinde|winch|n
aufzug|lift|n
betonmischer|concrete mixer|n
landmaschinen|agricultural machinery|n
mähdrescher|combine harvester|n
rasentrimmer|grass trimmer|n
traktoren|tractors|n
3d-drucker|3d printer|n
tintenstrahldrucker|inkjet printer|n
multifunktionsdrucker|multifunction printer|n
scanner|scanner|n
druckerpatrone|ink cartridge|n
nähmaschinen|sewing machines|n
waschmaschinen|washing machines|n
werkzeugmaschinen|machine tools|n
cnc-maschine|cnc machine|n
schleifmaschine|grinding machine|n
bandschleifer|belt sander|n
schwingschleifer|orbital sander|n
exzenterschleifer|random orbital sander|n
lasergravierer|laser engraver|n
kreissäge|circular saw|n
motorsäge|chainsaw|n
elektrowerkzeuge|power tools|n
akkubohrer|cordless drill|n
akkubohrschrauber|cordless drill driver|n
schlagbohrmaschine|hammer drill|n
bohrhammer|rotary hammer|n
schlagschrauber|impact wrench|n
schweißgerät|welding machine|n
zahnräder|gears|n
kupplung|clutch|n
wasserhähne|taps|n
mischbatterie|mixer tap|n
aktenvernichter|paper shredder|n
pc|pc|n
gaming-pc|gaming pc|n
laptops|laptops|n
tablet-pc|tablet computer|n
funkmaus|wireless mouse|n
monitore|monitors|n
festplatte|hard disk|n
festplatten|hard disks|n
externe festplatte|external hard drive|n
hdd|hard disk drive|n
ssd|solid-state drive|n
externe ssd|external ssd|n
speicherkarte|memory card|n
sd-karte|sd card|n
microsd-karte|microsd card|n
usb-sticks|usb flash drives|n
arbeitsspeicher|ram|n
prozessor|processor|n
cpu|cpu|n
grafikkarte|graphics card|n
mainboard|motherboard|n
netzteile|power supplies|n
bauteile|components|n
# Chapter 85 (more): electrical machinery, power, batteries, appliances, telecoms, AV, components, lighting
elektrogeräte|electrical appliances|n
elektromotoren|electric motors|n
bürstenlos|brushless|m
generator|generator|n
stromaggregat|generating set|n
lichtmaschine|alternator|n
anlasser|starter motor|n
trafo|transformer|n
ladegeräte|chargers|n
usb-ladegerät|usb charger|n
kabelloses ladegerät|wireless charger|n
ladestation|charging station|n
wallbox|wallbox|n
reiseadapter|travel adapter|n
adapter|adapter|n
powerbank|power bank|n
akkus|rechargeable batteries|n
aa-batterien|aa batteries|n
akkustaubsauger|cordless vacuum cleaner|n
mixer|blender|n
handmixer|hand mixer|n
entsafter|juicer|n
toaster|toaster|n
fritteuse|deep fryer|n
airfryer|air fryer|n
induktionskochfeld|induction hob|n
kaffeevollautomat|bean-to-cup coffee machine|n
glätteisen|hair straightener|n
haarschneider|hair clipper|n
rasierapparat|electric shaver|n
elektrische zahnbürste|electric toothbrush|n
heizlüfter|fan heater|n
luftentfeuchter|dehumidifier|n
telefone|telephones|n
handyhalterung|phone holder|n
handyzubehör|mobile phone accessories|n
smartphones|smartphones|n
smartwatch|smartwatch|n
router|router|n
wlan|wi-fi|m
modem|modem|n
netzwerkkabel|network cable|n
bluetooth|bluetooth|m
walkie-talkie|walkie-talkie|n
antenne|aerial|n
gps|gps|m
gps-tracker|gps tracker|n
türklingel|doorbell|n
alarmanlage|alarm system|n
rauchmelder|smoke detector|n
überwachungskameras|surveillance cameras|n
dashcam|dashcam|n
kameras|cameras|n
objektiv|lens|n
kabellose kopfhörer|wireless headphones|n
bluetooth-lautsprecher|bluetooth speaker|n
soundbar|soundbar|n
verstärker|amplifier|n
radio|radio|n
smart-tv|smart tv|n
tv|television|n
projektor|projector|n
lcd|lcd|m
leiterplatten|printed circuit boards|n
elektronische bauteile|electronic components|n
integrierte schaltungen|integrated circuits|n
photovoltaik|photovoltaic|m
pv-module|pv modules|n
solaranlage|solar power system|n
sensoren|sensors|n
sensor|sensor|n
lichtschalter|light switch|n
sicherungen|fuses|n
leitungsschutzschalter|circuit breaker|n
überspannungsschutz|surge protector|n
steckdosen|sockets|n
steckdosenleiste|power strip|n
verlängerungskabel|extension lead|n
stromkabel|power cable|n
netzkabel|power cord|n
usb-kabel|usb cable|n
usb-c-kabel|usb-c cable|n
hdmi|hdmi|m
lampen|lamps|n
leuchten|light fittings|n
led-lampen|led lamps|n
leuchtmittel|light bulbs|n
glühbirnen|light bulbs|n
scheinwerfer|floodlight|n
wandleuchte|wall light|n
stehlampe|floor lamp|n
taschenlampen|torches|n
led-band|led strip|n
beleuchtung|lighting|n
magnet|magnet|n
# Chapters 86-89 (more): railway, cars, lorries, parts, motorcycles, bicycles, aircraft, boats
limousine|saloon|n
kleinwagen|small car|n
geländewagen|off-road vehicle|n
suv|suv|n
pickup|pick-up|n
wohnmobil|motor caravan|n
wohnwagen|caravan|n
kastenwagen|panel van|n
kleintransporter|van|n
lieferwagen|delivery van|n
bus|bus|n
reisebus|coach|n
lastwagen|lorry|n
kipper|tipper lorry|n
krankenwagen|ambulance|n
abschleppwagen|tow truck|n
autoanhänger|car trailer|n
anhängerkupplung|tow bar|n
elektroautos|electric cars|n
e-auto|electric car|n
plug-in-hybrid|plug-in hybrid|m
atv|atv|n
karosserie|bodywork|n
karosserieteile|body parts|n
motorhaube|bonnet|n
stoßstange|bumper|n
dachträger|roof rack|n
fahrradträger|bicycle carrier|n
windschutzscheibe|windscreen|n
scheibenwischer|windscreen wipers|n
wischerblätter|wiper blades|n
außenspiegel|wing mirror|n
autoscheinwerfer|headlamps|n
rückleuchten|rear lights|n
fahrradlicht|bicycle light|n
hupe|horn|n
lenkrad|steering wheel|n
achse|axle|n
bremsen|brakes|n
bremsklötze|brake pads|n
bremsscheibe|brake disc|n
automatikgetriebe|automatic gearbox|n
auspuff|exhaust|n
katalysator|catalytic converter|n
kühler|radiator|n
zündspule|ignition coil|n
zündkerze|spark plug|n
autositze|car seats|n
sicherheitsgurt|seat belt|n
airbag|airbag|n
fußmatten|floor mats|n
automatten|car mats|n
alufelgen|alloy wheels|n
felge|rim|n
räder|wheels|n
babyschale|infant car seat|n
motorräder|motorcycles|n
moped|moped|n
e-roller|electric scooter|n
e-scooter|electric scooter|n
scooter|scooter|n
mountainbike|mountain bike|n
rennrad|racing bicycle|n
lastenrad|cargo bike|n
pedelec|pedelec|n
e-bikes|electric bicycles|n
dreirad|tricycle|n
lenker|handlebars|n
pedale|pedals|n
gepäckträger|luggage carrier|n
fahrradtasche|pannier|n
rollstühle|wheelchairs|n
rollator|rollator|n
einkaufstrolley|shopping trolley|n
flugzeuge|aeroplanes|n
hubschrauber|helicopter|n
drohnen|drones|n
schiffe|ships|n
yacht|yacht|n
segelboot|sailing boat|n
motorboot|motorboat|n
kanu|canoe|n
kajak|kayak|n
sup-board|stand-up paddle board|n
schlauchboote|inflatable boats|n
paddel|paddle|n
# Chapters 90-92 (more): optics, measuring, medical, watches, musical instruments
brillen|spectacles|n
lesebrille|reading glasses|n
sonnenbrillen|sunglasses|n
schutzbrille|safety goggles|n
brillenfassung|spectacle frame|n
polarisiert|polarised|m
ferngläser|binoculars|n
teleskop|telescope|n
lupe|magnifying glass|n
laser|laser|n
entfernungsmesser|rangefinder|n
messgeräte|measuring instruments|n
thermometer|thermometer|n
fieberthermometer|clinical thermometer|n
infrarotthermometer|infrared thermometer|n
wetterstation|weather station|n
stromzähler|electricity meter|n
multimeter|multimeter|n
spannungsprüfer|voltage tester|n
metalldetektor|metal detector|n
blutzuckermessgerät|blood glucose meter|n
pulsoximeter|pulse oximeter|n
medizinische geräte|medical equipment|n
spritzen|syringes|n
kanülen|needles|n
chirurgische instrumente|surgical instruments|n
chirurgisch|surgical|m
prothesen|prostheses|n
bandage|support bandage|n
kniebandage|knee support|n
krücken|crutches|n
hörgeräte|hearing aids|n
inhalator|inhaler|n
massagegeräte|massage apparatus|n
massagepistole|massage gun|n
massagesessel|massage chair|n
herrenuhr|men's watch|n
damenuhr|women's watch|n
armbanduhren|wristwatches|n
automatikuhr|automatic watch|n
quarzuhr|quartz watch|n
digitaluhr|digital watch|n
e-gitarre|electric guitar|n
akustikgitarre|acoustic guitar|n
ukulele|ukulele|n
saiten|strings|n
e-piano|digital piano|n
keyboard|keyboard|n
akkordeon|accordion|n
violine|violin|n
flöte|flute|n
saxophon|saxophone|n
trompete|trumpet|n
trommel|drum|n
synthesizer|synthesizer|n
# Chapters 93-94 (more): arms, furniture, bedding, prefabricated buildings, pet furniture
luftgewehr|air rifle|n
gewehr|rifle|n
pistole|pistol|n
patronen|cartridges|n
pfefferspray|pepper spray|n
wohnzimmermöbel|living room furniture|n
badmöbel|bathroom furniture|n
holzmöbel|wooden furniture|n
polstermöbel|upholstered furniture|n
sofa|sofa|n
couch|couch|n
ecksofa|corner sofa|n
schlafsofa|sofa bed|n
sitzgarnitur|three-piece suite|n
sitzsack|beanbag|n
barhocker|bar stool|n
esszimmerstühle|dining chairs|n
klappstuhl|folding chair|n
sonnenliege|sun lounger|n
gamingstuhl|gaming chair|n
sitzbank|bench|n
tische|tables|n
beistelltisch|side table|n
nachttisch|bedside table|n
klapptisch|folding table|n
tv-schrank|tv cabinet|n
sideboard|sideboard|n
vitrine|display cabinet|n
schränke|cupboards|n
einbauküche|fitted kitchen|n
wandregal|wall shelf|n
schwerlastregal|heavy-duty shelving|n
kommoden|chests of drawers|n
schubladen|drawers|n
doppelbett|double bed|n
boxspringbett|box-spring bed|n
bettgestell|bed frame|n
lattenrost|slatted frame|n
etagenbett|bunk bed|n
babybett|baby cot|n
wiege|cradle|n
schminktisch|dressing table|n
fertighäuser|prefabricated buildings|n
gartenhaus|garden shed|n
gewächshäuser|greenhouses|n
sauna|sauna|n
duschkabine|shower enclosure|n
kratzbaum|cat scratching post|n
käfig|cage|n
aquarium|aquarium|n
tierbedarf|pet supplies|n
# Chapter 95 (more): toys, games, festive articles, sports and fitness
spielsachen|toys|n
lernspielzeug|educational toys|n
plüschtiere|soft toys|n
kuscheltiere|cuddly toys|n
actionfiguren|action figures|n
klemmbausteine|construction bricks|n
bauklötze|building blocks|n
modellbausatz|model kit|n
modellauto|model car|n
modelleisenbahn|model railway|n
ferngesteuertes auto|remote-controlled car|n
rc-auto|rc car|n
rc|remote-controlled|m
puzzle|jigsaw puzzle|n
puzzles|jigsaw puzzles|n
brettspiele|board games|n
kartenspiel|card game|n
sammelkarten|trading cards|n
schach|chess|n
zauberwürfel|puzzle cube|n
billardtisch|billiard table|n
dartscheibe|dartboard|n
tischtennisplatte|table tennis table|n
videospiele|video games|n
spielekonsole|games console|n
gamecontroller|game controller|n
gamepad|gamepad|n
joystick|joystick|n
partyartikel|party supplies|n
luftballon|balloon|n
weihnachtsdeko|christmas decorations|n
christbaumschmuck|christmas tree decorations|n
künstlicher weihnachtsbaum|artificial christmas tree|n
adventskalender|advent calendar|n
schaukel|swing|n
rutsche|slide|n
planschbecken|paddling pool|n
swimmingpool|swimming pool|n
schwimmweste|life jacket|n
sportgeräte|sports equipment|n
heimtrainer|exercise bike|n
crosstrainer|cross trainer|n
rudergerät|rowing machine|n
hantelbank|weight bench|n
kurzhanteln|dumbbells|n
kettlebell|kettlebell|n
widerstandsbänder|resistance bands|n
gymnastikball|exercise ball|n
fitnessmatte|fitness mat|n
boxsack|punching bag|n
boxhandschuhe|boxing gloves|n
ball|ball|n
basketball|basketball|n
volleyball|volleyball|n
golfbälle|golf balls|n
golfschläger|golf clubs|n
badmintonschläger|badminton racket|n
schläger|rackets|n
snowboard|snowboard|n
inlineskates|inline skates|n
rollschuhe|roller skates|n
skateboard|skateboard|n
schnorchel|snorkel|n
angelrolle|fishing reel|n
köder|bait|n
campingausrüstung|camping equipment|n
knieschoner|knee pads|n
# Chapters 96-97 (more): brooms, brushes, pens, lighters, hair accessories, hygiene, art
kehrschaufel|dustpan|n
bürsten|brushes|n
haarbürste|hairbrush|n
kämme|combs|n
zahnbürsten|toothbrushes|n
aufsteckbürsten|replacement brush heads|n
schminkpinsel|make-up brushes|n
wischmopp|mop|n
mopp|mop|n
schwamm|sponge|n
knopf|button|n
reißverschlüsse|zip fasteners|n
kuli|ballpoint pen|n
füller|fountain pen|n
gelstift|gel pen|n
filzstift|felt-tip pen|n
filzstifte|felt-tip pens|n
textmarker|highlighter|n
marker|marker|n
bleistifte|pencils|n
druckbleistift|mechanical pencil|n
buntstift|colour pencil|n
wachsmalstifte|wax crayons|n
spitzer|pencil sharpener|n
radierer|eraser|n
stempel|stamps|n
whiteboard|whiteboard|n
feuerzeuge|lighters|n
haarspangen|hair slides|n
haarklammern|hair clips|n
haargummis|hair elastics|n
haarreif|hairband|n
thermosflasche|vacuum flask|n
thermobecher|travel mug|n
slipeinlagen|panty liners|n
tampons|tampons|n
menstruationstasse|menstrual cup|n
babyflaschen|baby bottles|n
beißring|teether|n
stative|tripods|n
selfie-stick|selfie stick|n
gimbal|gimbal|n
schaufensterpuppe|mannequin|n
locher|hole punch|n
hefter|stapler|n
künstlerbedarf|art supplies|n
bastelset|craft kit|n
staffelei|easel|n
ölgemälde|oil paintings|n
kunstwerk|work of art|n
leinwandbild|canvas print|n
antik|antique|m
# Marketplace and general qualifiers (more)
kabellose|cordless|m
kabelloses|cordless|m
drahtlos|wireless|m
drahtlose|wireless|m
kabelgebunden|wired|m
wiederaufladbare|rechargeable|m
akkubetrieben|battery-powered|m
tragbare|portable|m
tragbarer|portable|m
extern|external|m
externe|external|m
externer|external|m
wasserdichte|waterproof|m
wasserdichter|waterproof|m
wasserfest|waterproof|m
wasserabweisend|water-repellent|m
ip65|ip65|m
ip67|ip67|m
ip68|ip68|m
aus edelstahl|stainless steel|m
aus holz|wooden|m
aus kunststoff|plastic|m
aus plastik|plastic|m
aus metall|metal|m
aus glas|glass|m
aus leder|leather|m
aus echtleder|genuine leather|m
aus kunstleder|imitation leather|m
aus baumwolle|cotton|m
aus keramik|ceramic|m
aus porzellan|porcelain|m
aus aluminium|aluminium|m
aus bambus|bamboo|m
aus silikon|silicone|m
aus stahl|steel|m
aus gummi|rubber|m
aus stoff|textile|m
metallisch|metallic|m
recycelt|recycled|m
biologisch abbaubar|biodegradable|m
elektrisches|electric|m
elektronischer|electronic|m
digital|digital|m
digitale|digital|m
digitaler|digital|m
smart|smart|m
automatische|automatic|m
mechanisch|mechanical|m
hydraulisch|hydraulic|m
faltbare|folding|m
zusammenklappbar|collapsible|m
höhenverstellbar|height-adjustable|m
verstellbar|adjustable|m
verstellbare|adjustable|m
wiederverwendbar|reusable|m
rutschfest|non-slip|m
antihaft|non-stick|m
spülmaschinenfest|dishwasher-safe|m
bpa-frei|bpa-free|m
isoliert|insulated|m
mini|mini|m
groß|large|m
klein|small|m
professionell|professional|m
für autos|for cars|m
für hunde|for dogs|m
für haustiere|for pets|m
für babys|for babies|m
für mädchen|for girls|m
für jungen|for boys|m
für männer|for men|m
für frauen|for women|m
outdoor|outdoor|m
innen|indoor|m
indoor|indoor|m
für handy|for mobile phone|m
kompatibel|compatible|m
universal|universal|m
original|original|m
wie neu|like new|m
großhandel|wholesale|m
set|set|m
satz|set|m
2er-set|set of 2|m
2er set|set of 2|m
3er-set|set of 3|m
4er-set|set of 4|m
6er-set|set of 6|m
2er-pack|pack of 2|m
3er-pack|pack of 3|m
4er-pack|pack of 4|m
6er-pack|pack of 6|m
10er-pack|pack of 10|m
2-teilig|2-piece|m
3-teilig|3-piece|m
4-teilig|4-piece|m
6-teilig|6-piece|m
mehrteilig|multi-piece|m
doppelpack|twin pack|m
ersatz|replacement|m
geschenk|gift|n
dekorativ|decorative|m
luxus|luxury|m
hochwertig|high-quality|m
transparent|transparent|m
bunt|multicoloured|m
weiß|white|m
weiße|white|m
schwarz|black|m
schwarze|black|m
rote|red|m
blau|blue|m
blaue|blue|m
grün|green|m
grüne|green|m
gelb|yellow|m
rosa|pink|m
rund|round|m
handgefertigt|handmade|m
handgemacht|handmade|m
graviert|engraved|m
lackiert|lacquered|m
massiv|solid|m
gehärtet|hardened|m
vakuumverpackt|vacuum-packed|m
verpackt|packaged|m
in dosen|canned|m
in flaschen|bottled|m
konserviert|preserved|m
pasteurisiert|pasteurised|m
fermentiert|fermented|m
gekochte|cooked|m
gebacken|baked|m
gebraten|fried|m
frittiert|fried|m
tiefgekühlt|frozen|m
tiefgekühlte|frozen|m
ungesalzen|unsalted|m
gesüßt|sweetened|m
ungesüßt|unsweetened|m
fettarm|low-fat|m
geschnitten|sliced|m
gehackt|chopped|m
gerieben|grated|m
flüssig|liquid|m
unbearbeitet|unworked|m
`,
};
