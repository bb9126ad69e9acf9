import type { GlossaryLanguage } from 'src/agents/tariff-classification/glossary/glossary-types';

/** Dutch trade words: goods, materials, states and uses, with their English. Compound parts are listed so compounds can be split. */
export const DUTCH: GlossaryLanguage = {
  code: 'nl',
  name: 'Dutch',
  head: 'last',
  unspaced: false,
  letters: 'éëïöü',
  compounds: true,
  skip: 'de het een en of met van voor in uit zonder per op aan bij tot naar als om te door over onder tegen na ook zeer incl inclusief ca circa ongeveer stuks stuk st stk pak pakje verpakking verpakkingen geschikt gebruik stroom maat maten',
  entries: `
# Chapter 01: live animals
levend|live|m
dier|animal|n
dieren|animals|n
rund|bovine animal|n
runderen|bovine animals|n
rundvee|cattle|n
koe|cow|n
koeien|cows|n
kalf|calf|n
kalveren|calves|n
stier|bull|n
stieren|bulls|n
varken|pig|n
varkens|pigs|n
biggen|piglets|n
schaap|sheep|n
schapen|sheep|n
lammeren|lambs|n
geit|goat|n
geiten|goats|n
paard|horse|n
paarden|horses|n
pony's|ponies|n
ezel|ass|n
ezels|asses|n
pluimvee|poultry|n
kip|chicken|n
kippen|chickens|n
haan|cock|n
eend|duck|n
eenden|ducks|n
gans|goose|n
ganzen|geese|n
kalkoen|turkey|n
kalkoenen|turkeys|n
kwartel|quail|n
kwartels|quails|n
parelhoenders|guinea fowls|n
konijn|rabbit|n
konijnen|rabbits|n
haas|hare|n
hazen|hares|n
hond|dog|n
honden|dogs|n
puppy's|puppies|n
kat|cat|n
katten|cats|n
huisdier|pet|n
huisdieren|pets|n
vogel|bird|n
vogels|birds|n
duiven|pigeons|n
papegaaien|parrots|n
struisvogels|ostriches|n
bijen|bees|n
bijenvolken|bee colonies|n
insecten|insects|n
reptielen|reptiles|n
schildpadden|tortoises|n
siervissen|ornamental fish|n
goudvissen|goldfish|n
fokdieren|breeding animals|n
raszuiver|pure-bred|m
vee|livestock|n
slachtvee|animals for slaughter|n
# Chapter 02: meat and edible offal
vlees|meat|n
vleessoorten|meats|n
rundvlees|beef|n
runder|bovine|m
kalfsvlees|veal|n
kalfs|veal|m
varkensvlees|pork|n
lamsvlees|lamb|n
schapenvlees|mutton|n
geitenvlees|goat meat|n
paardenvlees|horse meat|n
konijnenvlees|rabbit meat|n
hertenvlees|venison|n
wildvlees|game|n
kippenvlees|chicken meat|n
kipfilet|chicken breast fillet|n
kipfilets|chicken breast fillets|n
kippenborst|chicken breast|n
kippenbouten|chicken legs|n
kippenbout|chicken leg|n
kippenpoten|chicken legs|n
kippenvleugels|chicken wings|n
kipvleugels|chicken wings|n
kippendijen|chicken thighs|n
kippendij|chicken thigh|n
gevogelte|poultry|n
eendenborst|duck breast|n
gehakt|minced meat|n
rundergehakt|minced beef|n
varkensgehakt|minced pork|n
half-om-half gehakt|mixed minced meat|n
biefstuk|beefsteak|n
biefstukken|beefsteaks|n
ossenhaas|beef tenderloin|n
varkenshaas|pork tenderloin|n
runderhaas|beef tenderloin|n
rosbief|roast beef|n
runderlappen|braising steak|n
stoofvlees|stewing meat|n
karbonade|chop|n
karbonades|chops|n
koteletten|cutlets|n
lamskoteletten|lamb chops|n
lamsbout|leg of lamb|n
spek|bacon|n
ontbijtspek|bacon|n
buikspek|pork belly|n
speklapjes|pork belly slices|n
ribben|ribs|n
schouder|shoulder|n
achterham|cooked ham|n
rauwe ham|raw ham|n
beenham|ham on the bone|n
worsten|sausages|n
worstjes|sausages|n
rookworst|smoked sausage|n
rookworsten|smoked sausages|n
braadworst|bratwurst|n
leverworst|liver sausage|n
knakworst|frankfurter|n
knakworstjes|frankfurters|n
droge worst|dry sausage|n
slachtafval|offal|n
orgaanvlees|offal|n
runderlever|beef liver|n
kippenlever|chicken liver|n
kippenlevers|chicken livers|n
kalfslever|calf's liver|n
varkenslever|pig liver|n
nieren|kidneys|n
runderhart|beef heart|n
ossenstaart|oxtail|n
botten|bones|n
met been|bone-in|m
met bot|bone-in|m
zonder been|boneless|m
zonder bot|boneless|m
zonder botten|boneless|m
ontbeend|boneless|m
dierlijk vet|animal fat|n
varkensvet|pig fat|n
rundvet|bovine fat|n
reuzel|lard|n
gekruid|seasoned|m
gemarineerd|marinated|m
gepaneerd|breaded|m
vleeswaren|meat products|n
vleesproducten|meat products|n
# Chapter 03: fish, crustaceans, molluscs
vis|fish|n
vissen|fish|n
visfilet|fish fillet|n
visfilets|fish fillets|n
filet|fillet|n
filets|fillets|n
zalm|salmon|n
zalmfilet|salmon fillet|n
zalmfilets|salmon fillets|n
tonijn|tuna|n
tonijnsteaks|tuna steaks|n
kabeljauw|cod|n
heek|hake|n
haring|herring|n
haringen|herrings|n
maatjesharing|matjes herring|n
makreel|mackerel|n
makrelen|mackerel|n
sardientjes|sardines|n
ansjovis|anchovies|n
forel|trout|n
forellen|trout|n
karper|carp|n
paling|eels|n
aal|eels|n
schol|plaice|n
zeetong|sole|n
tarbot|turbot|n
koolvis|coalfish|n
wijting|whiting|n
schelvis|haddock|n
zeebaars|sea bass|n
zeebrasem|sea bream|n
baars|perch|n
snoekbaars|pike-perch|n
zwaardvis|swordfish|n
inktvis|squid|n
inktvissen|squid|n
pijlinktvis|squid|n
zeekat|cuttlefish|n
garnaal|shrimp|n
garnalen|shrimps|n
noordzeegarnalen|shrimps|n
gamba|prawn|n
gamba's|prawns|n
scampi's|scampi|n
kreeft|lobster|n
kreeften|lobsters|n
langoustines|norway lobsters|n
krab|crab|n
krabben|crabs|n
rivierkreeften|crayfish|n
mosselen|mussels|n
oesters|oysters|n
oester|oyster|n
sint-jakobsschelpen|scallops|n
jakobsschelpen|scallops|n
kokkels|cockles|n
slakken|snails|n
schaaldieren|crustaceans|n
weekdieren|molluscs|n
zeevruchten|seafood|n
kaviaar|caviar|n
viskuit|fish roe|n
vismeel|fish meal|n
levertraan|cod liver oil|n
vissticks|fish fingers|n
stokvis|stockfish|n
visconserven|canned fish|n
gezouten|salted|m
gerookt|smoked|m
gekweekt|farmed|m
wilde|wild|m
wildgevangen|wild-caught|m
zoetwater|freshwater|m
zoetwatervis|freshwater fish|n
zeevis|sea fish|n
gepeld|peeled|m
ongepeld|unpeeled|m
# Chapter 04: dairy, eggs, honey
melk|milk|n
volle melk|whole milk|n
magere melk|skimmed milk|n
halfvolle melk|semi-skimmed milk|n
poedermelk|powdered milk|n
gecondenseerde melk|condensed milk|n
koffiemelk|evaporated milk|n
karnemelk|buttermilk|n
slagroom|whipping cream|n
zure room|sour cream|n
kookroom|cooking cream|n
koffieroom|coffee cream|n
kwark|quark|n
wei|whey|n
boter|butter|n
roomboter|butter|n
kaas|cheese|n
kazen|cheeses|n
geitenkaas|goat's cheese|n
schapenkaas|sheep's cheese|n
roomkaas|cream cheese|n
smeerkaas|processed cheese|n
smeltkaas|processed cheese|n
blauwe kaas|blue-veined cheese|n
belegen|matured|m
zuivel|dairy produce|n
zuivelproducten|dairy products|n
melkproducten|milk products|n
lactosevrij|lactose-free|m
ei|egg|n
eieren|eggs|n
kippeneieren|hens' eggs|n
scharreleieren|free-range eggs|n
kwarteleitjes|quail eggs|n
eipoeder|egg powder|n
eigeel|egg yolk|n
eidooiers|egg yolks|n
kippeneiwit|egg white|n
honing|honey|n
bijenhoning|honey|n
koninginnengelei|royal jelly|n
# Chapter 05: other animal products
ganzenveren|goose feathers|n
eendenveren|duck feathers|n
ganzendons|goose down|n
donzen|down|m
eendendons|duck down|n
mensenhaar|human hair|n
paardenhaar|horsehair|n
haar|hair|n
varkenshaar|pigs' hair|n
borstelhaar|bristles|n
beendermeel|bone meal|n
ivoor|ivory|m
hoorn|horn|m
koraal|coral|m
schelpen|shells|n
darmen|guts|n
spons|sponge|n
sponzen|sponges|n
natuursponzen|natural sponges|n
# Chapter 06: live plants, bulbs, cut flowers
planten|plants|n
bloem|flower|n
bloemen|flowers|n
snijbloemen|cut flowers|n
bollen|bulbs|n
tulp|tulip|n
tulpen|tulips|n
tulpenbollen|tulip bulbs|n
roos|rose|n
rozen|roses|n
lelies|lilies|n
chrysanten|chrysanthemums|n
anjers|carnations|n
orchidee|orchid|n
orchideeën|orchids|n
hyacinten|hyacinths|n
narcissen|narcissi|n
krokussen|crocuses|n
pioenrozen|peonies|n
rozenstruik|rose bush|n
rozenstruiken|rose bushes|n
rozenbottels|rose hips|n
rozenolie|rose oil|n
rozenwater|rose water|n
zonnebloemen|sunflowers|n
boeket|bouquet|n
boeketten|bouquets|n
bloemstuk|flower arrangement|n
kamerplant|indoor plant|n
kamerplanten|indoor plants|n
potplant|potted plant|n
potplanten|potted plants|n
sierplanten|ornamental plants|n
stekken|cuttings|n
zaailingen|seedlings|n
bomen|trees|n
fruitbomen|fruit trees|n
struiken|shrubs|n
heesters|shrubs|n
cactussen|cacti|n
vetplanten|succulents|n
gras|grass|n
graszoden|turf|n
mos|moss|n
snijgroen|cut foliage|n
champignonbroed|mushroom spawn|n
# Chapter 07: vegetables, pulses, mushrooms
groente|vegetable|n
groenten|vegetables|n
groentes|vegetables|n
aardappel|potato|n
aardappelen|potatoes|n
aardappels|potatoes|n
pootaardappelen|seed potatoes|n
tomaat|tomato|n
tomaten|tomatoes|n
cherrytomaten|cherry tomatoes|n
ui|onion|n
uien|onions|n
uitjes|small onions|n
zilveruitjes|pearl onions|n
sjalotten|shallots|n
knoflook|garlic|n
prei|leeks|n
kool|cabbage|n
savooiekool|savoy cabbage|n
bloemkool|cauliflower|n
spruitjes|brussels sprouts|n
boerenkool|kale|n
spinazie|spinach|n
sla|lettuce|n
kropsla|cabbage lettuce|n
ijsbergsla|iceberg lettuce|n
andijvie|endives|n
witlof|witloof chicory|n
witloof|witloof chicory|n
wortel|carrot|n
wortelen|carrots|n
worteltjes|carrots|n
peen|carrots|n
bieten|beetroot|n
rode bieten|beetroot|n
knolselderij|celeriac|n
selderij|celery|n
bleekselderij|celery|n
radijs|radishes|n
radijsjes|radishes|n
rammenas|radish|n
komkommer|cucumber|n
komkommers|cucumbers|n
augurken|gherkins|n
augurk|gherkin|n
paprika's|sweet peppers|n
rode paprika|red sweet pepper|n
groene paprika|green sweet pepper|n
spaanse pepers|chilli peppers|n
pepers|chilli peppers|n
chilipepers|chilli peppers|n
erwten|peas|n
erwtjes|peas|n
doperwten|green peas|n
spliterwten|split peas|n
kikkererwten|chickpeas|n
bonen|beans|n
sperziebonen|green beans|n
snijbonen|runner beans|n
tuinbonen|broad beans|n
kidneybonen|kidney beans|n
mungbonen|mung beans|n
linzen|lentils|n
peulvruchten|leguminous vegetables|n
peultjes|mangetout|n
champignons|mushrooms|n
paddenstoel|mushroom|n
paddenstoelen|mushrooms|n
oesterzwammen|oyster mushrooms|n
eekhoorntjesbrood|ceps|n
truffels|truffles|n
olijven|olives|n
olijf|olive|n
suikermais|sweet corn|n
maiskolven|corn cobs|n
maiskorrels|sweet corn|n
pompoen|pumpkin|n
pompoenen|pumpkins|n
bataat|sweet potato|n
cassave|cassava|n
maniok|manioc|n
asperges|asparagus|n
artisjokken|globe artichokes|n
venkel|fennel|n
rabarber|rhubarb|n
zuurkool|sauerkraut|n
taugé|bean sprouts|n
kappertjes|capers|n
kruiden|herbs|n
verse kruiden|fresh herbs|n
peterselie|parsley|n
basilicum|basil|n
bieslook|chives|n
dille|dill|n
koriander|coriander|n
pepermunt|peppermint|n
tijm|thyme|n
rozemarijn|rosemary|n
salie|sage|n
waterkers|watercress|n
tuinkers|garden cress|n
diepvriesgroenten|frozen vegetables|n
soepgroenten|soup vegetables|n
wokgroenten|stir-fry vegetables|n
groenteconserven|canned vegetables|n
# Chapter 08: fruit and nuts
vrucht|fruit|n
vruchten|fruit|n
appel|apple|n
appels|apples|n
peren|pears|n
handperen|dessert pears|n
kers|cherry|n
kersen|cherries|n
pruim|plum|n
pruimen|plums|n
gedroogde pruimen|prunes|n
perzik|peach|n
perziken|peaches|n
abrikoos|apricot|n
abrikozen|apricots|n
druif|grape|n
druiven|grapes|n
rozijnen|raisins|n
krenten|currants|n
sinaasappel|orange|n
sinaasappels|oranges|n
sinaasappelen|oranges|n
handsinaasappels|oranges|n
mandarijn|mandarin|n
mandarijnen|mandarins|n
citroen|lemon|n
citroenen|lemons|n
limoen|lime|n
limoenen|limes|n
pompelmoes|grapefruit|n
citrusvruchten|citrus fruit|n
banaan|banana|n
bananen|bananas|n
bakbananen|plantains|n
ananas|pineapple|n
ananassen|pineapples|n
mango's|mangoes|n
papaja|papaya|n
papaja's|papayas|n
avocado's|avocados|n
guaves|guavas|n
meloen|melon|n
meloenen|melons|n
watermeloen|watermelon|n
watermeloenen|watermelons|n
aardbei|strawberry|n
aardbeien|strawberries|n
framboos|raspberry|n
frambozen|raspberries|n
bramen|blackberries|n
bosbessen|blueberries|n
blauwe bessen|blueberries|n
veenbessen|cranberries|n
bessen|berries|n
rode bessen|redcurrants|n
zwarte bessen|blackcurrants|n
kruisbessen|gooseberries|n
aalbessen|redcurrants|n
vijgen|figs|n
vijg|fig|n
dadels|dates|n
granaatappel|pomegranate|n
granaatappels|pomegranates|n
kiwi's|kiwifruit|n
passievrucht|passion fruit|n
passievruchten|passion fruit|n
kokos|coconut|m
kokosnoot|coconut|n
kokosnoten|coconuts|n
gedroogde kokos|desiccated coconut|n
noten|nuts|n
walnoten|walnuts|n
walnoot|walnut|n
hazelnoten|hazelnuts|n
hazelnoot|hazelnut|n
amandel|almond|n
amandelen|almonds|n
pinda|ground-nut|n
pinda's|ground-nuts|n
cashewnoten|cashew nuts|n
pistachenoten|pistachios|n
pistaches|pistachios|n
paranoten|brazil nuts|n
pecannoten|pecan nuts|n
macadamianoten|macadamia nuts|n
kastanjes|chestnuts|n
tamme kastanjes|sweet chestnuts|n
notenmix|mixed nuts|n
studentenhaver|trail mix|n
pijnboompitten|pine nuts|n
gedroogd fruit|dried fruit|n
ontpit|pitted|m
pitloos|seedless|m
pitloze|seedless|m
gedopt|shelled|m
in de dop|in shell|m
citrusschillen|citrus peel|n
# Chapter 09: coffee, tea, spices
koffie|coffee|n
ongebrande koffie|green coffee|n
filterkoffie|filter coffee|n
cafeïnevrij|decaffeinated|m
koffiecups|coffee capsules|n
koffiecapsules|coffee capsules|n
koffiepads|coffee pads|n
thee|tea|n
kruidenthee|herbal tea|n
muntthee|mint tea|n
theezakjes|tea bags|n
losse thee|loose tea|n
theebladeren|tea leaves|n
peper|pepper|n
peperkorrels|peppercorns|n
paprikapoeder|paprika|n
chilipoeder|chilli powder|n
chilivlokken|chilli flakes|n
vanille|vanilla|n
vanillestokjes|vanilla pods|n
kaneel|cinnamon|n
kaneelstokjes|cinnamon sticks|n
kruidnagel|cloves|n
kruidnagels|cloves|n
nootmuskaat|nutmeg|n
foelie|mace|n
kardemom|cardamom|n
anijs|aniseed|n
steranijs|star anise|n
komijn|cumin|n
karwij|caraway|n
venkelzaad|fennel seeds|n
gember|ginger|n
gemberpoeder|ground ginger|n
kurkuma|turmeric|n
saffraan|saffron|n
kerrie|curry|n
laurierblaadjes|bay leaves|n
specerijen|spices|n
kruidenmix|spice mix|n
kruidenmengsel|spice mixture|n
# Chapter 10: cereals and rice
graan|grain|n
granen|cereals|n
tarwe|wheat|n
zachte tarwe|common wheat|n
durumtarwe|durum wheat|n
rogge|rye|n
gerst|barley|n
brouwgerst|malting barley|n
haver|oats|n
mais|maize|n
voedermais|fodder maize|n
popcornmais|popcorn maize|n
rijst|rice|n
zilvervliesrijst|brown rice|n
langkorrelrijst|long-grain rice|n
rondkorrelrijst|round-grain rice|n
basmatirijst|basmati rice|n
jasmijnrijst|jasmine rice|n
kleefrijst|glutinous rice|n
risottorijst|risotto rice|n
breukrijst|broken rice|n
padie|paddy rice|n
gierst|millet|n
boekweit|buckwheat|n
zaaigoed|seeds for sowing|n
zaaizaad|seeds for sowing|n
volkoren|wholemeal|m
# Chapter 11: milling products, starch, malt
meel|flour|n
tarwebloem|wheat flour|n
speltmeel|spelt flour|n
bakmeel|self-raising flour|n
zelfrijzend bakmeel|self-raising flour|n
griesmeel|semolina|n
havermout|rolled oats|n
havervlokken|oat flakes|n
vlokken|flakes|n
zetmeel|starch|n
mout|malt|n
moutextract|malt extract|n
tarwegluten|wheat gluten|n
zemelen|bran|n
tarwekiemen|wheat germ|n
paneermeel|breadcrumbs|n
glutenvrij|gluten-free|m
# Chapter 12: oil seeds, fodder, seaweed
zaad|seed|n
zaden|seeds|n
pitten|seeds|n
zonnebloempitten|sunflower seeds|n
sesamzaad|sesame seeds|n
lijnzaad|linseed|n
koolzaad|rapeseed|n
chiazaad|chia seeds|n
maanzaad|poppy seeds|n
hennepzaad|hemp seeds|n
mosterdzaad|mustard seeds|n
sojaboon|soya bean|n
sojabonen|soya beans|n
hopbellen|hop cones|n
geneeskrachtige kruiden|medicinal herbs|n
medicinale kruiden|medicinal herbs|n
zoethout|liquorice root|n
kamille|camomile|n
lavendel|lavender|n
suikerbieten|sugar beet|n
suikerriet|sugar cane|n
zeewier|seaweed|n
zeewieren|seaweeds|n
algen|algae|n
hooi|hay|n
stro|straw|m
luzerne|lucerne|n
voederbieten|fodder beet|n
# Chapters 13-14: gums, extracts, plaiting materials
arabische gom|gum arabic|n
hars|resin|n
harsen|resins|n
pectine|pectin|n
plantenextract|plant extract|n
plantenextracten|plant extracts|n
rotan|rattan|m
bamboe|bamboo|m
riet|reed|m
wilgentenen|osier|m
zeegras|seagrass|m
# Chapter 15: fats and oils
olie|oil|n
oliën|oils|n
spijsolie|edible oil|n
bakolie|cooking oil|n
frituurolie|frying oil|n
frituurvet|frying fat|n
plantaardig|vegetable|m
dierlijk|animal|m
extra vierge olijfolie|extra virgin olive oil|n
extra vergine olijfolie|extra virgin olive oil|n
zonnebloemolie|sunflower-seed oil|n
raapzaadolie|rapeseed oil|n
sojaolie|soya-bean oil|n
palmolie|palm oil|n
palmpitolie|palm kernel oil|n
sesamolie|sesame oil|n
arachideolie|ground-nut oil|n
pinda-olie|ground-nut oil|n
ricinusolie|castor oil|n
arganolie|argan oil|n
druivenpitolie|grape seed oil|n
lanoline|lanolin|n
bijenwas|beeswax|n
plantaardig vet|vegetable fat|n
geraffineerd|refined|m
ongeraffineerd|unrefined|m
koudgeperst|cold-pressed|m
gehard|hardened|m
geharde vetten|hydrogenated fats|n
gebruikte frituurolie|used cooking oil|n
# Chapter 16: preparations of meat and fish
vleesconserven|canned meat|n
paté|pâté|n
leverpastei|liver pâté|n
kroketten|croquettes|n
bitterballen|meat croquettes|n
frikandellen|minced-meat sausages|n
gehaktballen|meatballs|n
gehaktbal|meatball|n
loempia's|spring rolls|n
tonijn in olie|tuna in oil|n
kant-en-klaarmaaltijd|ready meal|n
kant-en-klaarmaaltijden|ready meals|n
maaltijden|meals|n
# Chapter 17: sugars and sugar confectionery
suiker|sugar|n
rietsuiker|cane sugar|n
bietsuiker|beet sugar|n
kristalsuiker|granulated sugar|n
poedersuiker|icing sugar|n
basterdsuiker|soft brown sugar|n
suikerklontjes|sugar cubes|n
druivensuiker|glucose|n
vruchtensuiker|fructose|n
melksuiker|lactose|n
melasse|molasses|n
stroop|syrup|n
siroop|syrup|n
ahornsiroop|maple syrup|n
agavesiroop|agave syrup|n
zoetstof|sweetener|n
zoetstoffen|sweeteners|n
zoetjes|sweeteners|n
snoep|sweets|n
snoepjes|sweets|n
snoepgoed|sugar confectionery|n
suikergoed|sugar confectionery|n
kauwgom|chewing gum|n
dropjes|liquorice sweets|n
zoute drop|salty liquorice|n
zoete drop|sweet liquorice|n
lolly's|lollipops|n
zuurtjes|boiled sweets|n
pepermuntjes|peppermints|n
marsepein|marzipan|n
karamel|caramel|n
karamels|caramels|n
winegums|wine gums|n
suikervrij|sugar-free|m
zonder suiker|without sugar|m
# Chapter 18: cocoa and chocolate
cacao|cocoa|n
cacaomassa|cocoa paste|n
chocolade|chocolate|n
chocola|chocolate|n
chocoladereep|chocolate bar|n
chocoladerepen|chocolate bars|n
pure chocolade|dark chocolate|n
chocolaatjes|chocolates|n
hagelslag|chocolate sprinkles|n
chocoladepasta|chocolate spread|n
hazelnootpasta|hazelnut spread|n
paaseieren|easter eggs|n
# Chapter 19: pasta, bread, pastry, cereal preparations
deegwaren|pasta|n
noedels|noodles|n
mie|noodles|n
mienestjes|noodle nests|n
instantnoedels|instant noodles|n
broden|loaves|n
volkorenbrood|wholemeal bread|n
krentenbrood|currant bread|n
meergranenbrood|multigrain bread|n
speltbrood|spelt bread|n
suikerbrood|sugar bread|n
brooddeeg|bread dough|n
witbrood|white bread|n
bruinbrood|brown bread|n
roggebrood|rye bread|n
zuurdesembrood|sourdough bread|n
stokbrood|baguette|n
stokbroden|baguettes|n
krentenbol|currant bun|n
krentenbollen|currant buns|n
broodje|bread roll|n
broodjes|bread rolls|n
afbakbroodjes|part-baked rolls|n
beschuit|rusks|n
toastjes|toasts|n
koek|cake|n
koeken|cakes|n
koekje|biscuit|n
koekjes|biscuits|n
ontbijtkoek|gingerbread|n
speculaas|spiced biscuits|n
kruidnoten|spiced biscuits|n
pepernoten|spiced biscuits|n
stroopwafels|syrup waffles|n
wafel|waffle|n
wafels|waffles|n
taart|cake|n
taarten|cakes|n
gebak|pastry|n
gebakjes|pastries|n
appeltaart|apple pie|n
deeg|dough|n
bladerdeeg|puff pastry|n
pannenkoek|pancake|n
pannenkoeken|pancakes|n
poffertjes|mini pancakes|n
ontbijtgranen|breakfast cereals|n
graanrepen|cereal bars|n
mueslirepen|cereal bars|n
eiwitrepen|protein bars|n
babyvoeding|baby food|n
zuigelingenvoeding|infant formula|n
opvolgmelk|follow-on formula|n
flesvoeding|infant formula|n
babypap|baby cereal|n
rijstwafels|rice cakes|n
tortilla's|tortillas|n
pitabroodjes|pitta bread|n
bakkerswaren|bakers' wares|n
gevulde koeken|filled biscuits|n
# Chapter 20: preparations of vegetables, fruit, nuts; juices
confituur|jam|n
aardbeienjam|strawberry jam|n
frambozenjam|raspberry jam|n
abrikozenjam|apricot jam|n
kersenjam|cherry jam|n
bosbessenjam|blueberry jam|n
marmelade|marmalade|n
gelei|jelly|n
appelmoes|apple sauce|n
vruchtenmoes|fruit purée|n
pindakaas|peanut butter|n
notenpasta|nut paste|n
tomatenpuree|tomato purée|n
tomatenblokjes|chopped tomatoes|n
zongedroogde tomaten|sun-dried tomatoes|n
ingelegd|pickled|m
ingemaakt|preserved|m
friet|french fries|n
frieten|french fries|n
patat|french fries|n
patates frites|french fries|n
frites|french fries|n
aardappelchips|potato crisps|n
aardappelpuree|mashed potatoes|n
sappen|juices|n
vruchtensap|fruit juice|n
vruchtensappen|fruit juices|n
sinaasappelsap|orange juice|n
jus d'orange|orange juice|n
appelsap|apple juice|n
druivensap|grape juice|n
tomatensap|tomato juice|n
ananassap|pineapple juice|n
grapefruitsap|grapefruit juice|n
groentesap|vegetable juice|n
citroensap|lemon juice|n
concentraat|concentrate|n
diksap|fruit syrup|n
gekonfijt|candied|m
ingeblikt|canned|m
in blik|canned|m
op siroop|in syrup|m
op sap|in juice|m
vruchtenconserven|canned fruit|n
fruitconserven|canned fruit|n
# Chapter 21: miscellaneous edible preparations
oploskoffie|instant coffee|n
koffievervanger|coffee substitute|n
cichorei|chicory|n
droge gist|dried yeast|n
bakkersgist|baker's yeast|n
gistextract|yeast extract|n
bakpoeder|baking powder|n
saus|sauce|n
sauzen|sauces|n
sojasaus|soy sauce|n
ketjap|sweet soy sauce|n
tomatensaus|tomato sauce|n
mayonaise|mayonnaise|n
fritessaus|fries sauce|n
mosterd|mustard|n
slasaus|salad dressing|n
pastasaus|pasta sauce|n
barbecuesaus|barbecue sauce|n
satésaus|satay sauce|n
sambal|chilli sauce|n
soep|soup|n
soepen|soups|n
tomatensoep|tomato soup|n
kippensoep|chicken soup|n
groentesoep|vegetable soup|n
erwtensoep|pea soup|n
uiensoep|onion soup|n
kippenbouillon|chicken stock|n
runderbouillon|beef stock|n
groentebouillon|vegetable stock|n
visbouillon|fish stock|n
bouillonblokjes|stock cubes|n
instantsoep|instant soup|n
ijs|ice cream|n
roomijs|ice cream|n
vanille-ijs|vanilla ice cream|n
vanilleijs|vanilla ice cream|n
chocolade-ijs|chocolate ice cream|n
aardbeienijs|strawberry ice cream|n
waterijs|water ice|n
ijsjes|ice creams|n
ijskoffie|iced coffee|n
voedingssupplement|food supplement|n
voedingssupplementen|food supplements|n
supplementen|supplements|n
eiwit|protein|n
proteïnepoeder|protein powder|n
eiwitshake|protein shake|n
vitamine|vitamin|n
vitaminen|vitamins|n
multivitaminen|multivitamins|n
tempé|tempeh|n
sojamelk|soya milk|n
sojadrink|soya drink|n
havermelk|oat drink|n
haverdrink|oat drink|n
amandelmelk|almond drink|n
amandeldrink|almond drink|n
vleesvervanger|meat substitute|n
vleesvervangers|meat substitutes|n
veganistisch|vegan|m
vegetarisch|vegetarian|m
voedingsmiddelen|foodstuffs|n
levensmiddelen|foodstuffs|n
voedsel|food|n
babymelk|infant milk|n
smaakversterker|flavour enhancer|n
kruidenpasta|spice paste|n
puddingpoeder|pudding powder|n
# Chapter 22: beverages, spirits, vinegar
mineraalwater|mineral water|n
bronwater|spring water|n
drinkwater|drinking water|n
spuitwater|sparkling water|n
bruisend water|sparkling water|n
plat water|still water|n
kokoswater|coconut water|n
koolzuurhoudend|carbonated|m
met koolzuur|carbonated|m
zonder koolzuur|still|m
frisdrank|soft drink|n
frisdranken|soft drinks|n
limonade|lemonade|n
limonadesiroop|cordial|n
energiedrank|energy drink|n
energiedranken|energy drinks|n
sportdrank|sports drink|n
sportdranken|sports drinks|n
dranken|beverages|n
alcoholvrij|non-alcoholic|m
alcoholisch|alcoholic|m
bier|beer|n
bieren|beers|n
pils|lager beer|n
speciaalbier|craft beer|n
witbier|wheat beer|n
wijn|wine|n
wijnen|wines|n
rosé|rosé wine|n
mousserend|sparkling|m
schuimwijn|sparkling wine|n
dessertwijn|dessert wine|n
appelwijn|cider|n
sterke drank|spirits|n
gedistilleerde dranken|spirits|n
jenever|geneva|n
oude jenever|geneva|n
jonge jenever|geneva|n
brandewijn|brandy|n
likeur|liqueur|n
likeuren|liqueurs|n
wodka|vodka|n
ethylalcohol|ethyl alcohol|n
spiritus|methylated spirits|n
azijn|vinegar|n
appelazijn|cider vinegar|n
balsamicoazijn|balsamic vinegar|n
ijsthee|iced tea|n
ijsblokjes|ice cubes|n
# Chapter 23: residues, animal feed, pet food
veevoer|animal feed|n
veevoeder|animal feed|n
diervoeder|animal feed|n
diervoeding|animal feed|n
dierenvoeding|pet food|n
dierenvoer|pet food|n
hondenvoer|dog food|n
hondenvoeding|dog food|n
kattenvoer|cat food|n
kattenvoeding|cat food|n
hondenbrokken|dry dog food|n
kattenbrokken|dry cat food|n
brokken|kibble|n
natvoer|wet pet food|n
vogelvoer|bird food|n
vogelzaad|birdseed|n
visvoer|fish food|n
paardenvoer|horse feed|n
kippenvoer|poultry feed|n
konijnenvoer|rabbit food|n
mengvoer|compound feed|n
hondensnacks|dog treats|n
kattensnacks|cat treats|n
kauwbotten|dog chews|n
perskoek|oil-cake|n
sojaschroot|soya-bean meal|n
bierbostel|brewers' grains|n
bietenpulp|beet pulp|n
kattenbakvulling|cat litter|n
# Chapter 24: tobacco
tabak|tobacco|n
ruwe tabak|unmanufactured tobacco|n
tabaksbladeren|tobacco leaves|n
sigaret|cigarette|n
sigaretten|cigarettes|n
sigaar|cigar|n
sigaren|cigars|n
cigarillo's|cigarillos|n
shagtabak|rolling tobacco|n
rooktabak|smoking tobacco|n
pruimtabak|chewing tobacco|n
snuiftabak|snuff|n
waterpijp|water pipe|n
waterpijptabak|water-pipe tobacco|n
e-sigaret|electronic cigarette|n
e-sigaretten|electronic cigarettes|n
nicotinezakjes|nicotine pouches|n
vloeitjes|cigarette papers|n
sigarettenpapier|cigarette paper|n
tabaksproducten|tobacco products|n
# Chapters 25-27: salt, stone, earths, ores, mineral fuels
zout|salt|n
zeezout|sea salt|n
keukenzout|table salt|n
steenzout|rock salt|n
strooizout|de-icing salt|n
himalayazout|himalayan salt|n
zwavel|sulphur|n
zand|sand|n
kiezels|pebbles|n
kiezelstenen|pebbles|n
steen|stone|n
stenen|stones|n
natuursteen|natural stone|m
marmer|marble|m
marmeren|marble|m
graniet|granite|m
granieten|granite|m
leisteen|slate|m
kalksteen|limestone|m
zandsteen|sandstone|m
kwarts|quartz|m
krijt|chalk|n
grafiet|graphite|n
klei|clay|n
kaolien|kaolin|n
gips|plaster|n
kalk|lime|n
ongebluste kalk|quicklime|n
beton|concrete|m
betonnen|concrete|m
mortel|mortar|n
erts|ore|n
ertsen|ores|n
bauxiet|bauxite|n
steenkool|coal|n
kolen|coal|n
bruinkool|lignite|n
cokes|coke|n
aardolie|petroleum oils|n
ruwe olie|crude petroleum oils|n
benzine|petrol|n
loodvrij|unleaded|m
dieselolie|diesel oil|n
brandstof|fuel|n
brandstoffen|fuels|n
stookolie|fuel oil|n
huisbrandolie|heating oil|n
kerosine|kerosene|n
smeerolie|lubricating oil|n
motorolie|engine oil|n
smeermiddel|lubricant|n
smeermiddelen|lubricants|n
smeervet|grease|n
paraffine|paraffin wax|n
asfalt|asphalt|n
aardgas|natural gas|n
vloeibaar gas|liquefied gas|n
propaan|propane|n
butaan|butane|n
gasfles|gas cylinder|n
gasflessen|gas cylinders|n
elektriciteit|electrical energy|n
# Chapters 28-29: inorganic and organic chemicals
chemicaliën|chemicals|n
chemisch|chemical|m
zuur|acid|n
zuren|acids|n
zure|sour|m
zoutzuur|hydrochloric acid|n
zwavelzuur|sulphuric acid|n
salpeterzuur|nitric acid|n
fosforzuur|phosphoric acid|n
citroenzuur|citric acid|n
azijnzuur|acetic acid|n
melkzuur|lactic acid|n
mierenzuur|formic acid|n
natronloog|sodium hydroxide|n
bijtende soda|caustic soda|n
zuiveringszout|sodium bicarbonate|n
waterstofperoxide|hydrogen peroxide|n
ammoniak|ammonia|n
zuurstof|oxygen|n
stikstof|nitrogen|n
waterstof|hydrogen|n
koolstof|carbon|n
koolstofdioxide|carbon dioxide|n
koolmonoxide|carbon monoxide|n
koolzuur|carbon dioxide|n
chloor|chlorine|n
fluor|fluoride|n
jodium|iodine|n
silicium|silicon|n
fosfor|phosphorus|n
natrium|sodium|m
kalium|potassium|m
titaandioxide|titanium dioxide|n
zinkoxide|zinc oxide|n
actieve kool|activated carbon|n
isopropylalcohol|isopropyl alcohol|n
aceton|acetone|n
oplosmiddel|solvent|n
oplosmiddelen|solvents|n
antivries|antifreeze|n
cafeïne|caffeine|n
kleurstof|colouring matter|n
kleurstoffen|colouring matter|n
pigmenten|pigments|n
koudemiddel|refrigerant|n
fosfaat|phosphate|n
fosfaten|phosphates|n
sulfaat|sulphate|n
nitraat|nitrate|n
carbonaat|carbonate|n
enzymen|enzymes|n
aminozuren|amino acids|n
zuiver|pure|m
# Chapter 30: pharmaceutical products
geneesmiddel|medicament|n
geneesmiddelen|medicaments|n
medicijn|medicine|n
medicijnen|medicines|n
pillen|pills|n
zalf|ointment|n
zalven|ointments|n
creme|cream|n
crème|cream|n
hoestsiroop|cough syrup|n
hoestdrank|cough mixture|n
keelpastilles|throat lozenges|n
neusspray|nasal spray|n
oogdruppels|eye drops|n
druppels|drops|n
pijnstiller|analgesic|n
pijnstillers|analgesics|n
antibiotica|antibiotics|n
vaccin|vaccine|n
vaccins|vaccines|n
insuline|insulin|n
pleister|adhesive plaster|n
pleisters|adhesive plasters|n
verband|bandage|n
verbandmiddelen|wound dressings|n
gaasverband|gauze bandage|n
gaasjes|gauze swabs|n
zwachtels|bandages|n
kompressen|compresses|n
watten|cotton wool|n
wattenstaafjes|cotton buds|n
wattenschijfjes|cotton pads|n
verbandtrommel|first aid kit|n
ehbo-doos|first aid kit|n
ehbo-kit|first aid kit|n
ehbo-set|first aid kit|n
zelftest|self-test|n
zelftesten|self-tests|n
sneltest|rapid test|n
sneltesten|rapid tests|n
zwangerschapstest|pregnancy test|n
diergeneesmiddelen|veterinary medicines|n
homeopathisch|homeopathic|m
desinfectiemiddel|disinfectant|n
ontsmettingsmiddel|disinfectant|n
handgel|hand sanitiser|n
desinfectiegel|hand sanitiser|n
desinfecterende|disinfectant|m
contactlensvloeistof|contact lens solution|n
bloedplasma|blood plasma|n
# Chapter 31: fertilisers
meststof|fertiliser|n
meststoffen|fertilisers|n
kunstmest|mineral fertilisers|n
stikstofmeststoffen|nitrogenous fertilisers|n
fosfaatmeststoffen|phosphatic fertilisers|n
kalimeststoffen|potassic fertilisers|n
ureum|urea|n
ammoniumnitraat|ammonium nitrate|n
ammoniumsulfaat|ammonium sulphate|n
kaliumchloride|potassium chloride|n
superfosfaat|superphosphates|n
npk-meststof|npk fertiliser|n
mest|manure|n
potgrond|potting soil|n
aarde|soil|n
plantenvoeding|plant food|n
# Chapter 32: paints, varnishes, inks
verf|paint|n
verven|paints|n
muurverf|wall paint|n
latexverf|emulsion paint|n
waterverf|watercolours|n
aquarelverf|watercolours|n
plakkaatverf|poster paint|n
lak|lacquer|n
lakken|varnishes|n
vernis|varnish|n
blanke lak|clear varnish|n
beits|wood stain|n
houtbeits|wood stain|n
grondverf|primer|n
spuitverf|spray paint|n
spuitlak|spray paint|n
spuitbus|aerosol can|n
spuitbussen|aerosol cans|n
emaille|enamel|m
plamuur|filler|n
siliconenkit|silicone sealant|n
purschuim|expanding foam|n
inkt|ink|n
drukinkt|printing ink|n
inktpatronen|ink cartridges|n
inktcartridges|ink cartridges|n
tonercartridge|toner cartridge|n
tonercartridges|toner cartridges|n
haarverf|hair dye|n
kleurpigment|colour pigment|n
# Chapter 33: perfumery, cosmetics, toiletries
parfum|perfume|n
parfums|perfumes|n
geur|fragrance|n
geuren|fragrances|n
luchtverfrisser|air freshener|n
luchtverfrissers|air fresheners|n
geurstokjes|reed diffuser|n
wierook|incense|n
wierookstokjes|incense sticks|n
etherische olie|essential oil|n
etherische oliën|essential oils|n
cosmetica|cosmetics|n
cosmetische|cosmetic|m
poeder|powder|n
lippenstift|lipstick|n
lippenbalsem|lip balm|n
oogschaduw|eyeshadow|n
oogpotlood|eye pencil|n
wenkbrauwpotlood|eyebrow pencil|n
nagellak|nail polish|n
nagellakremover|nail polish remover|n
gezichtscrème|face cream|n
gezichtscreme|face cream|n
dagcrème|day cream|n
nachtcrème|night cream|n
handcrème|hand cream|n
handcreme|hand cream|n
bodycrème|body cream|n
zonnebrand|sunscreen|n
zonnebrandcrème|sunscreen|n
zonnecrème|sunscreen|n
huidverzorging|skin care|n
gezichtsreiniger|facial cleanser|n
gezichtsmasker|face mask|n
crèmespoeling|conditioner|n
haargel|hair gel|n
haarlak|hairspray|n
tandpasta|toothpaste|n
mondwater|mouthwash|n
flosdraad|dental floss|n
tandzijde|dental floss|n
scheerschuim|shaving foam|n
scheercrème|shaving cream|n
scheergel|shaving gel|n
douchegel|shower gel|n
badschuim|bath foam|n
badzout|bath salts|n
babyolie|baby oil|n
talkpoeder|talcum powder|n
manicureset|manicure set|n
schoonheidsproducten|beauty products|n
verzorgingsproducten|personal care products|n
# Chapters 34-38: soaps, cleaners, candles, glues, fireworks, other chemical products
zeep|soap|n
zepen|soaps|n
handzeep|hand soap|n
wasmiddel|detergent|n
wasmiddelen|detergents|n
waspoeder|washing powder|n
afwasmiddel|washing-up liquid|n
vaatwastabletten|dishwasher tablets|n
wasverzachter|fabric softener|n
vlekverwijderaar|stain remover|n
vlekkenverwijderaar|stain remover|n
schoonmaakmiddel|cleaning agent|n
schoonmaakmiddelen|cleaning agents|n
reinigingsmiddel|cleaning agent|n
reinigingsmiddelen|cleaning agents|n
allesreiniger|all-purpose cleaner|n
glasreiniger|glass cleaner|n
toiletreiniger|toilet cleaner|n
ontkalker|descaler|n
bleekmiddel|bleach|n
schoensmeer|shoe polish|n
poetsmiddel|polish|n
meubelwas|furniture polish|n
kaars|candle|n
kaarsen|candles|n
geurkaarsen|scented candles|n
theelichtjes|tealights|n
boetseerklei|modelling clay|n
lijm|glue|n
secondelijm|superglue|n
lijmstift|glue stick|n
tegellijm|tile adhesive|n
kleefstof|adhesive|n
vuurwerk|fireworks|n
aanmaakblokjes|firelighters|n
explosieven|explosives|n
fotopapier|photographic paper|n
insecticiden|insecticides|n
insectenspray|insect spray|n
muggenspray|mosquito repellent|n
onkruidverdelger|weedkiller|n
herbiciden|herbicides|n
fungiciden|fungicides|n
pesticiden|pesticides|n
bestrijdingsmiddelen|pesticides|n
gewasbeschermingsmiddelen|plant protection products|n
rattengif|rat poison|n
remvloeistof|brake fluid|n
koelvloeistof|coolant|n
ruitenvloeistof|screen wash|n
ruitensproeiervloeistof|screen wash|n
# Chapter 39: plastics and articles thereof
kunststof|plastics|m
kunststoffen|plastics|m
plastiek|plastic|m
polyethyleen|polyethylene|m
polypropyleen|polypropylene|m
polystyreen|polystyrene|m
piepschuim|expanded polystyrene|m
polycarbonaat|polycarbonate|m
polyurethaan|polyurethane|m
siliconen|silicone|m
acryl|acrylic|m
plexiglas|acrylic glass|m
schuimrubber|foam rubber|m
schuim|foam|m
granulaat|granules|n
korrels|granules|n
folie|film|n
huishoudfolie|cling film|n
vershoudfolie|cling film|n
noppenfolie|bubble wrap|n
krimpfolie|shrink film|n
stretchfolie|stretch film|n
dekzeil|tarpaulin|n
dekzeilen|tarpaulins|n
zak|bag|n
zakken|bags|n
zakje|bag|n
zakjes|bags|n
vuilniszak|refuse bag|n
vuilniszakken|refuse bags|n
afvalzakken|refuse bags|n
vriezerzakjes|freezer bags|n
diepvrieszakjes|freezer bags|n
boterhamzakjes|sandwich bags|n
vacuümzakken|vacuum bags|n
draagtassen|carrier bags|n
opbergdoos|storage box|n
opbergdozen|storage boxes|n
opbergbox|storage box|n
opbergbakken|storage containers|n
vershouddozen|food storage containers|n
vershoudbakjes|food storage containers|n
bakjes|containers|n
bakje|container|n
krat|crate|n
kratten|crates|n
emmer|bucket|n
emmers|buckets|n
olievaten|oil drums|n
fles|bottle|n
flessen|bottles|n
petflessen|pet bottles|n
flacon|bottle|n
flacons|bottles|n
sprayflacon|spray bottle|n
deksel|lid|n
deksels|lids|n
doppen|caps|n
wasmand|laundry basket|n
badkuip|bath|n
douchebak|shower tray|n
douchegordijn|shower curtain|n
rolluiken|roller shutters|n
jaloezieën|blinds|n
rolgordijn|roller blind|n
rolgordijnen|roller blinds|n
vinylvloer|vinyl flooring|n
laminaat|laminate flooring|n
behang|wallpaper|n
muurstickers|wall stickers|n
isolatietape|insulating tape|n
plakband|adhesive tape|n
afplaktape|masking tape|n
rietjes|drinking straws|n
kunstgras|artificial turf|n
buis|tube|n
buizen|tubes|n
pijp|pipe|n
pijpen|pipes|n
afvoerbuis|drainpipe|n
slangen|hoses|n
tuinslang|garden hose|n
tuinslangen|garden hoses|n
kabelbinders|cable ties|n
etiket|label|n
etiketten|labels|n
doos|box|n
wegwerp|disposable|m
beker|cup|n
bekers|cups|n
bord|plate|n
borden|plates|n
plaat|sheet|n
platen|sheets|n
staaf|rod|n
staven|rods|n
profielen|profiles|n
huishoudartikelen|household articles|n
keukengerei|kitchen utensils|n
keukenartikelen|kitchenware|n
# Chapter 40: rubber and articles thereof
rubberen|rubber|m
natuurrubber|natural rubber|m
neopreen|neoprene|m
banden|tyres|n
autobanden|car tyres|n
autoband|car tyre|n
fietsbanden|bicycle tyres|n
fietsband|bicycle tyre|n
binnenband|inner tube|n
binnenbanden|inner tubes|n
buitenband|tyre|n
buitenbanden|tyres|n
winterbanden|winter tyres|n
elastiek|elastic|m
elastiekjes|rubber bands|n
o-ringen|o-rings|n
afdichting|seal|n
afdichtingen|seals|n
pakking|gasket|n
pakkingen|gaskets|n
transportband|conveyor belt|n
v-snaren|v-belts|n
riem|belt|n
riemen|belts|n
distributieriem|timing belt|n
aandrijfriem|drive belt|n
handschoen|glove|n
handschoenen|gloves|n
nitrilhandschoenen|nitrile gloves|n
nitril|nitrile|m
latexhandschoenen|latex gloves|n
tuinhandschoenen|gardening gloves|n
condooms|condoms|n
fopspeen|dummy|n
fopspenen|dummies|n
spenen|teats|n
gummetje|eraser|n
gummen|erasers|n
kruik|hot-water bottle|n
lakschoenen|patent leather shoes|n
# Chapters 41-43: hides, leather, leather goods, travel goods, fur
leren|leather|m
lederen|leather|m
echt leer|genuine leather|m
van leer|leather|m
kalfsleer|calf leather|m
geitenleer|goatskin leather|m
varkensleer|pigskin leather|m
lamsleer|lambskin leather|m
nappaleer|nappa leather|m
echt leren|genuine leather|m
kunstleer|imitation leather|m
imitatieleer|imitation leather|m
rundleer|cowhide leather|m
lakleer|patent leather|m
suède|suede|m
huiden|hides|n
schapenvacht|sheepskin|n
schapenvachten|sheepskins|n
lamsvacht|lambskin|n
lederwaren|leather goods|n
leerwaren|leather goods|n
tas|bag|n
tassen|bags|n
tasje|bag|n
tasjes|bags|n
handtas|handbag|n
handtassen|handbags|n
schoudertas|shoulder bag|n
schoudertassen|shoulder bags|n
crossbodytas|crossbody bag|n
rugzak|rucksack|n
rugzakken|rucksacks|n
rugtas|rucksack|n
reistassen|travel bags|n
weekendtas|holdall|n
sporttas|sports bag|n
sporttassen|sports bags|n
koffer|suitcase|n
koffers|suitcases|n
reiskoffer|suitcase|n
handbagagekoffer|cabin suitcase|n
handbagage|hand luggage|n
bagage|luggage|n
schooltas|school bag|n
schooltassen|school bags|n
boekentas|school bag|n
toilettas|toiletry bag|n
make-uptas|make-up bag|n
etui|case|n
etuis|cases|n
pennenetui|pencil case|n
brillenkoker|spectacle case|n
portemonnee|purse|n
portemonnees|purses|n
portefeuille|wallet|n
pasjeshouder|card holder|n
heuptas|bum bag|n
aktetas|briefcase|n
laptoptas|laptop bag|n
cameratas|camera bag|n
strandtas|beach bag|n
boodschappentas|shopping bag|n
boodschappentassen|shopping bags|n
koeltas|cool bag|n
horlogeband|watch strap|n
horlogebandje|watch strap|n
halsband|collar|n
hondenriem|dog lead|n
hondenlijn|dog lead|n
hondentuig|dog harness|n
zadel|saddle|n
zadels|saddles|n
hoesje|case|n
hoesjes|cases|n
hoezen|covers|n
telefoonhoesje|phone case|n
telefoonhoes|phone case|n
gsm-hoesje|phone case|n
laptophoes|laptop sleeve|n
tablethoes|tablet case|n
bont|fur|m
imitatiebont|artificial fur|m
nepbont|artificial fur|m
# Chapter 44: wood and articles of wood
hout|wood|m
houten|wooden|m
hardhout|hardwood|m
zachthout|softwood|m
tropisch hardhout|tropical hardwood|m
eiken|oak|m
eikenhout|oak|m
beuken|beech|m
beukenhout|beech|m
grenen|pine|m
grenenhout|pine|m
dennenhout|pine|m
vurenhout|spruce|m
notenhout|walnut|m
teakhout|teak|m
mahonie|mahogany|m
esdoorn|maple|m
berken|birch|m
berkenhout|birch|m
brandhout|firewood|n
haardhout|firewood|n
houtpellets|wood pellets|n
zaagsel|sawdust|n
houtsnippers|wood chips|n
houtskool|charcoal|n
barbecuekolen|barbecue charcoal|n
timmerhout|timber|n
bouwhout|construction timber|n
balken|beams|n
planken|boards|n
triplex|plywood|n
spaanplaat|particle board|n
spaanplaten|particle boards|n
vezelplaat|fibreboard|n
fineer|veneer|n
parket|parquet|n
parketvloer|parquet flooring|n
vloerdelen|floorboards|n
vlonderplanken|decking boards|n
deur|door|n
deuren|doors|n
voordeur|front door|n
binnendeur|interior door|n
raam|window|n
ramen|windows|n
kozijn|window frame|n
kozijnen|window frames|n
kist|chest|n
kisten|chests|n
houten kist|wooden crate|n
pollepel|wooden spoon|n
pollepels|wooden spoons|n
eetstokjes|chopsticks|n
tandenstokers|toothpicks|n
satéprikkers|skewers|n
fotolijst|photo frame|n
fotolijsten|photo frames|n
schilderijlijst|picture frame|n
lijsten|frames|n
dienblad|tray|n
dienbladen|trays|n
snijplank|cutting board|n
snijplanken|cutting boards|n
broodplank|bread board|n
kleerhanger|clothes hanger|n
kleerhangers|clothes hangers|n
kledinghangers|clothes hangers|n
hekwerk|fencing|n
schutting|fence|n
schuttingen|fences|n
tuinhuis|garden shed|n
tuinhuisje|garden shed|n
blokhut|log cabin|n
doodskist|coffin|n
houtsnijwerk|wood carvings|n
# Chapters 45-46: cork, basketware
kurk|cork|m
kurken|corks|n
prikbord|pinboard|n
onderzetters|coasters|n
onderzetter|coaster|n
mand|basket|n
manden|baskets|n
mandje|basket|n
mandjes|baskets|n
rieten|wicker|m
vlechtwerk|plaiting|n
mandenwerk|basketware|n
# Chapters 47-49: pulp, paper, paperboard, printed matter
papier|paper|m
papieren|paper|m
karton|paperboard|m
kartonnen|cardboard|m
golfkarton|corrugated paperboard|m
houtpulp|wood pulp|n
oud papier|waste paper|n
oudpapier|waste paper|n
krantenpapier|newsprint|n
kopieerpapier|copy paper|n
printpapier|printing paper|n
a4-papier|a4 paper|n
kraftpapier|kraft paper|m
zijdepapier|tissue paper|n
cadeaupapier|gift wrap|n
inpakpapier|wrapping paper|n
bakpapier|baking paper|n
filtreerpapier|filter paper|n
koffiefilters|coffee filters|n
verzenddozen|shipping boxes|n
verzenddoos|shipping box|n
verhuisdozen|moving boxes|n
kartonnen dozen|cardboard boxes|n
enveloppen|envelopes|n
keukenrol|kitchen roll|n
keukenrollen|kitchen rolls|n
toiletpapier|toilet paper|n
wc-papier|toilet paper|n
closetpapier|toilet paper|n
zakdoekjes|paper handkerchiefs|n
papieren zakdoekjes|paper handkerchiefs|n
servetten|napkins|n
servetjes|napkins|n
servet|napkin|n
serviet|napkin|n
papieren bordjes|paper plates|n
schrift|exercise book|n
schriften|exercise books|n
schriftjes|exercise books|n
notitieboek|notebook|n
notitieboekje|notebook|n
notitieboekjes|notebooks|n
notitieblok|notepad|n
blocnote|notepad|n
blocnotes|notepads|n
memoblaadjes|sticky notes|n
plakbriefjes|sticky notes|n
ordner|lever arch file|n
ordners|lever arch files|n
mappen|folders|n
fotoalbum|photo album|n
fotoalbums|photo albums|n
kalender|calendar|n
kalenders|calendars|n
wandkalender|wall calendar|n
bureaukalender|desk calendar|n
kantoorartikelen|office supplies|n
kantoorbenodigdheden|office supplies|n
schrijfwaren|stationery|n
briefpapier|writing paper|n
wenskaart|greeting card|n
wenskaarten|greeting cards|n
ansichtkaart|postcard|n
ansichtkaarten|postcards|n
briefkaarten|postcards|n
kaart|card|n
kaarten|cards|n
landkaart|map|n
landkaarten|maps|n
wegenkaart|road map|n
boek|book|n
boeken|books|n
kookboek|cookbook|n
kleurboek|colouring book|n
kleurboeken|colouring books|n
prentenboek|picture book|n
woordenboek|dictionary|n
tijdschrift|magazine|n
tijdschriften|magazines|n
krant|newspaper|n
kranten|newspapers|n
postzegel|postage stamp|n
postzegels|postage stamps|n
bladmuziek|sheet music|n
drukwerk|printed matter|n
verpakkingsmateriaal|packing material|n
# Chapters 50-60: fibres, yarns, fabrics, knitted and woven
zijde|silk|m
zijden|silk|m
wol|wool|m
wollen|woollen|m
scheerwol|virgin wool|m
merinowol|merino wool|m
lamswol|lambswool|m
schapenwol|sheep's wool|m
kasjmier|cashmere|m
katoen|cotton|m
katoenen|cotton|m
100% katoen|100% cotton|m
linnen|linen|m
vlas|flax|m
hennep|hemp|m
elastaan|elastane|m
microvezel|microfibre|m
synthetisch|synthetic|m
vezel|fibre|m
vezels|fibres|m
kunstvezel|man-made fibre|m
kunstvezels|man-made fibres|m
koolstofvezel|carbon fibre|m
garen|yarn|n
garens|yarns|n
naaigaren|sewing thread|n
naaidraad|sewing thread|n
borduurgaren|embroidery thread|n
breigaren|knitting yarn|n
breiwol|knitting wool|n
haakgaren|crochet yarn|n
stof|fabric|n
stoffen|fabrics|n
textiel|textile|m
textielwaren|textiles|n
weefsel|woven fabric|n
weefsels|woven fabrics|n
geweven|woven|m
gebreid|knitted|m
brei|knitted|m
tricot|knitted fabric|m
gehaakt|crocheted|m
spijkerstof|denim|m
fluweel|velvet|m
fluwelen|velvet|m
ribfluweel|corduroy|m
kant|lace|m
kanten|lace|m
vilt|felt|m
vilten|felt|m
vlies|nonwoven|m
vliesstof|nonwovens|m
satijn|satin|m
satijnen|satin|m
tule|tulle|m
flanel|flannel|m
flanellen|flannel|m
badstof|terry towelling|m
zeildoek|canvas|m
gecoat|coated|m
gelamineerd|laminated|m
geborduurd|embroidered|m
geverfd|dyed|m
gebleekt|bleached|m
ongebleekt|unbleached|m
gestreept|striped|m
geruit|checked|m
gebloemd|floral|m
effen|plain|m
bedrukt|printed|m
borduurwerk|embroidery|n
touw|rope|n
touwen|ropes|n
koord|cord|n
koorden|cords|n
netten|nets|n
visnet|fishing net|n
visnetten|fishing nets|n
muskietennet|mosquito net|n
klamboe|mosquito net|n
singelband|webbing|n
klittenband|hook-and-loop fastener|n
linten|ribbons|n
tapijt|carpet|n
tapijten|carpets|n
vloerkleed|rug|n
vloerkleden|rugs|n
karpet|rug|n
deurmat|doormat|n
deurmatten|doormats|n
matten|mats|n
vloerbedekking|floor covering|n
badmat|bath mat|n
badmatten|bath mats|n
wandkleed|wall hanging|n
handgeknoopt|hand-knotted|m
zeil|sail|n
zeilen|sails|n
zonnescherm|awning|n
zonneschermen|awnings|n
schaduwdoek|shade sail|n
gaas|mesh|m
# Chapters 61-62: clothing, knitted or not
kleding|clothing|n
kleren|clothes|n
kledij|clothing|n
kledingstuk|garment|n
kledingstukken|garments|n
heren|men's|m
dames|women's|m
kinder|children's|m
kinderen|children's|m
jongens|boys'|m
meisjes|girls'|m
mannen|men's|m
vrouwen|women's|m
uniseks|unisex|m
voor heren|for men|m
voor dames|for women|m
voor mannen|for men|m
voor vrouwen|for women|m
voor kinderen|for children|m
voor jongens|for boys|m
voor meisjes|for girls|m
voor baby's|for babies|m
babykleding|babies' garments|n
babykleertjes|babies' garments|n
overhemd|shirt|n
overhemden|shirts|n
herenshirt|men's shirt|n
damesshirt|women's shirt|n
kindershirt|children's shirt|n
sportshirt|sports shirt|n
voetbalshirt|football shirt|n
poloshirt|polo shirt|n
shirtje|shirt|n
shirtjes|shirts|n
t-shirtje|t-shirt|n
t-shirtjes|t-shirts|n
poloshirts|polo shirts|n
polo's|polo shirts|n
onderhemd|vest|n
onderhemden|vests|n
hemdje|vest|n
hemdjes|vests|n
topje|top|n
topjes|tops|n
damesblouse|women's blouse|n
damesblouses|women's blouses|n
trui|jumper|n
truien|jumpers|n
truitje|jumper|n
coltrui|roll-neck jumper|n
capuchontrui|hooded sweatshirt|n
vesten|cardigans|n
gebreid vest|knitted cardigan|n
veiligheidsvest|high-visibility vest|n
reddingsvest|life jacket|n
reddingsvesten|life jackets|n
kogelwerend vest|bulletproof vest|n
jas|coat|n
jassen|coats|n
jasje|jacket|n
jasjes|jackets|n
colbert|jacket|n
colberts|jackets|n
winterjas|winter coat|n
winterjassen|winter coats|n
zomerjas|summer jacket|n
regenjas|raincoat|n
regenjassen|raincoats|n
regenjack|rain jacket|n
donsjas|down jacket|n
donsjassen|down jackets|n
spijkerjas|denim jacket|n
spijkerjasje|denim jacket|n
leren jas|leather jacket|n
leren jack|leather jacket|n
skijas|ski jacket|n
skijack|ski jacket|n
windjack|wind-cheater|n
softshelljas|softshell jacket|n
damesmantel|women's coat|n
kostuum|suit|n
kostuums|suits|n
maatpak|tailored suit|n
herenpak|men's suit|n
broek|trousers|n
broeken|trousers|n
spijkerbroek|jeans|n
spijkerbroeken|jeans|n
spijkerrok|denim skirt|n
spijkershort|denim shorts|n
spijkerjurk|denim dress|n
korte broek|shorts|n
korte broeken|shorts|n
joggingbroek|jogging bottoms|n
trainingsbroek|tracksuit bottoms|n
werkbroeken|work trousers|n
pantalon|trousers|n
rok|skirt|n
rokken|skirts|n
rokje|skirt|n
rokjes|skirts|n
jurk|dress|n
jurken|dresses|n
jurkje|dress|n
jurkjes|dresses|n
avondjurk|evening dress|n
trouwjurk|wedding dress|n
bruidsjurk|wedding dress|n
rompertje|romper suit|n
rompertjes|romper suits|n
boxpakje|babygrow|n
slabbetje|bib|n
slabbetjes|bibs|n
ondergoed|underwear|n
onderbroek|underpants|n
onderbroeken|underpants|n
damesslips|women's briefs|n
herenslips|men's briefs|n
bh|brassiere|n
bh's|brassieres|n
beha|brassiere|n
beha's|brassieres|n
sportbeha|sports bra|n
nachtjapon|nightdress|n
nachtjaponnen|nightdresses|n
nachthemd|nightshirt|n
nachtkleding|nightwear|n
badjas|bathrobe|n
badjassen|bathrobes|n
ochtendjas|dressing gown|n
badpak|swimsuit|n
badpakken|swimsuits|n
zwembroek|swimming trunks|n
zwembroeken|swimming trunks|n
zwemshort|swim shorts|n
badkleding|swimwear|n
zwemkleding|swimwear|n
trainingspak|track suit|n
trainingspakken|track suits|n
skipak|ski suit|n
sportkleding|sportswear|n
werkkleding|workwear|n
motorkleding|motorcycle clothing|n
gedragen kleding|worn clothing|n
oude kleding|worn clothing|n
sok|sock|n
sokken|socks|n
kousen|stockings|n
kous|stocking|n
kniekousen|knee socks|n
panty's|tights|n
steunkousen|compression stockings|n
compressiekousen|compression stockings|n
wanten|mittens|n
sjaal|scarf|n
sjaals|scarves|n
omslagdoek|shawl|n
stropdas|tie|n
stropdassen|ties|n
vlinderdas|bow tie|n
vlinderstrikje|bow tie|n
manchetknopen|cufflinks|n
hoofddoek|headscarf|n
hoofddoeken|headscarves|n
zakdoek|handkerchief|n
zakdoeken|handkerchiefs|n
schort|apron|n
schorten|aprons|n
verkleedkleding|fancy dress|n
carnavalskostuum|carnival costume|n
bretels|braces|n
ceintuur|belt|n
broekriem|trouser belt|n
breigoed|knitwear|n
gebreide kleding|knitwear|n
gevoerd|lined|m
gewatteerd|padded|m
ademend|breathable|m
wasbaar|washable|m
wasbare|washable|m
elastisch|elastic|m
korte mouw|short-sleeved|m
korte mouwen|short-sleeved|m
lange mouw|long-sleeved|m
lange mouwen|long-sleeved|m
mouwloos|sleeveless|m
met capuchon|hooded|m
capuchon|hood|m
kraag|collar|m
v-hals|v-neck|m
ronde hals|crew neck|m
grote maten|plus size|m
tweedehands|second-hand|m
# Chapter 63: other made up textile articles
deken|blanket|n
dekens|blankets|n
fleecedeken|fleece blanket|n
dekbed|duvet|n
dekbedden|duvets|n
dekbedovertrek|duvet cover|n
dekbedovertrekken|duvet covers|n
beddengoed|bed linen|n
bedlinnen|bed linen|n
laken|sheet|n
lakens|bed sheets|n
hoeslaken|fitted sheet|n
hoeslakens|fitted sheets|n
kussensloop|pillowcase|n
kussenslopen|pillowcases|n
kussen|cushion|n
kussens|cushions|n
hoofdkussen|pillow|n
hoofdkussens|pillows|n
sierkussen|decorative cushion|n
sierkussens|decorative cushions|n
kussenhoes|cushion cover|n
kussenhoezen|cushion covers|n
tafelkleed|tablecloth|n
tafelkleden|tablecloths|n
tafellaken|tablecloth|n
tafellinnen|table linen|n
handdoek|towel|n
handdoeken|towels|n
badhanddoek|bath towel|n
badhanddoeken|bath towels|n
strandlaken|beach towel|n
theedoek|tea towel|n
theedoeken|tea towels|n
vaatdoek|dishcloth|n
vaatdoekjes|dishcloths|n
keukentextiel|kitchen linen|n
gordijn|curtain|n
gordijnen|curtains|n
vitrage|net curtains|n
poetsdoek|cleaning cloth|n
poetsdoeken|cleaning cloths|n
doek|cloth|n
doeken|cloths|n
dweil|floor cloth|n
poetslappen|rags|n
slaapzak|sleeping bag|n
slaapzakken|sleeping bags|n
tenten|tents|n
kampeertent|camping tent|n
koepeltent|dome tent|n
luifel|awning|n
mondkapje|face mask|n
mondkapjes|face masks|n
mondmasker|face mask|n
mondmaskers|face masks|n
stofmasker|dust mask|n
stofmaskers|dust masks|n
jutezak|jute sack|n
jutezakken|jute sacks|n
vlag|flag|n
vlaggen|flags|n
hangmat|hammock|n
zitzak|bean bag|n
zitzakken|bean bags|n
# Chapter 64: footwear
schoen|shoe|n
schoenen|shoes|n
schoeisel|footwear|n
babyschoenen|baby shoes|n
babyslofjes|baby bootees|n
laars|boot|n
laarzen|boots|n
laarsjes|ankle boots|n
enkellaarsjes|ankle boots|n
regenlaarzen|rubber boots|n
rubberlaarzen|rubber boots|n
sandaal|sandal|n
sandalen|sandals|n
teenslippers|flip-flops|n
pantoffels|slippers|n
pantoffel|slipper|n
sloffen|slippers|n
sportschoenen|sports footwear|n
gympen|plimsolls|n
gymschoenen|gym shoes|n
hardloopschoenen|running shoes|n
wandelschoenen|walking shoes|n
bergschoenen|mountain boots|n
voetbalschoenen|football boots|n
tennisschoenen|tennis shoes|n
klompen|clogs|n
hakken|heels|n
hoge hakken|high heels|n
instappers|slip-on shoes|n
veterschoenen|lace-up shoes|n
inlegzolen|insoles|n
zool|sole|n
zolen|soles|n
veters|laces|n
schoenveters|shoelaces|n
bovenwerk|uppers|n
loopzool|outer sole|n
schoenlepel|shoehorn|n
# Chapter 65: headgear
hoed|hat|n
hoeden|hats|n
hoedje|hat|n
zonnehoed|sun hat|n
petten|caps|n
baseballpet|baseball cap|n
muts|knitted hat|n
mutsen|knitted hats|n
wintermuts|winter hat|n
bivakmuts|balaclava|n
helmen|helmets|n
fietshelm|bicycle helmet|n
fietshelmen|bicycle helmets|n
motorhelm|motorcycle helmet|n
motorhelmen|motorcycle helmets|n
veiligheidshelm|safety helmet|n
bouwhelm|safety helmet|n
skihelm|ski helmet|n
haarnetje|hairnet|n
hoofdband|headband|n
haarband|hairband|n
haarbanden|hairbands|n
# Chapters 66-67: umbrellas, walking-sticks, artificial flowers, wigs
paraplu|umbrella|n
paraplu's|umbrellas|n
wandelstok|walking-stick|n
wandelstokken|walking-sticks|n
kunstbloemen|artificial flowers|n
kunstplanten|artificial plants|n
kunstplant|artificial plant|n
nepbloemen|artificial flowers|n
pruik|wig|n
pruiken|wigs|n
haarverlenging|hair extensions|n
nepwimpers|false eyelashes|n
valse wimpers|false eyelashes|n
# Chapters 68-70: stone, plaster, cement, ceramics, glass
tegel|tile|n
tegels|tiles|n
vloertegels|floor tiles|n
wandtegels|wall tiles|n
dakpan|roofing tile|n
dakpannen|roofing tiles|n
baksteen|brick|n
bakstenen|bricks|n
stoeptegels|paving slabs|n
klinkers|paving bricks|n
slijpschijf|grinding wheel|n
slijpschijven|grinding wheels|n
doorslijpschijf|cutting disc|n
schuurpapier|sandpaper|n
slijpsteen|sharpening stone|n
steenwol|rock wool|n
isolatiemateriaal|insulating material|n
gipsplaat|plasterboard|n
gipsplaten|plasterboards|n
keramiek|ceramics|m
keramisch|ceramic|m
porselein|porcelain|m
porseleinen|porcelain|m
aardewerk|earthenware|m
aardewerken|earthenware|m
steengoed|stoneware|m
servies|tableware|n
serviezen|tableware sets|n
serviesgoed|tableware|n
ontbijtbord|breakfast plate|n
dinerbord|dinner plate|n
kopje|cup|n
kopjes|cups|n
kop en schotel|cup and saucer|n
schotel|saucer|n
schoteltjes|saucers|n
mok|mug|n
mokken|mugs|n
schaal|dish|n
schalen|dishes|n
kom|bowl|n
kommen|bowls|n
kommetje|small bowl|n
theepot|teapot|n
theepotten|teapots|n
koffiekopjes|coffee cups|n
bloempot|flower pot|n
bloempotten|flower pots|n
plantenbak|planter|n
plantenbakken|planters|n
vaas|vase|n
vazen|vases|n
wastafel|washbasin|n
wastafels|washbasins|n
toiletpot|toilet bowl|n
wc-pot|toilet bowl|n
sanitair|sanitary ware|n
beeldje|statuette|n
beeldjes|statuettes|n
decoratie|decoration|n
decoraties|decorations|n
versiering|decoration|n
versieringen|decorations|n
glas|glass|m
glazen|glass|m
drinkglazen|drinking glasses|n
wijnglazen|wine glasses|n
wijnglas|wine glass|n
bierglazen|beer glasses|n
waterglazen|tumblers|n
gehard glas|toughened glass|m
gelaagd glas|laminated glass|m
vlakglas|flat glass|m
floatglas|float glass|m
isolatieglas|insulating glass|m
dubbel glas|double glazing|n
spiegel|mirror|n
spiegels|mirrors|n
wandspiegel|wall mirror|n
potten|jars|n
weckpotten|preserving jars|n
voorraadpotten|storage jars|n
glaswerk|glassware|n
kristal|crystal|m
kristallen|crystal|m
kralen|beads|n
# Chapter 71: jewellery, precious metals, pearls, coins
sieraad|piece of jewellery|n
sieraden|jewellery|n
goud|gold|m
gouden|gold|m
witgoud|white gold|m
roségoud|rose gold|m
zilver|silver|m
zilveren|silver|m
sterling zilver|sterling silver|m
platina|platinum|m
verguld|gold-plated|m
verzilverd|silver-plated|m
goudkleurig|gold-coloured|m
zilverkleurig|silver-coloured|m
edelmetaal|precious metal|m
edelmetalen|precious metals|m
edelsteen|precious stone|n
edelstenen|precious stones|n
halfedelstenen|semi-precious stones|n
diamant|diamond|n
diamanten|diamonds|n
parel|pearl|n
parels|pearls|n
zoetwaterparels|freshwater pearls|n
kweekparels|cultured pearls|n
robijn|ruby|n
saffier|sapphire|n
smaragd|emerald|n
zirkonia|cubic zirconia|m
ketting|necklace|n
kettingen|necklaces|n
halsketting|necklace|n
kettinkje|necklace|n
armband|bracelet|n
armbanden|bracelets|n
armbandje|bracelet|n
oorbel|earring|n
oorbellen|earrings|n
oorknopjes|stud earrings|n
ringen|rings|n
verlovingsring|engagement ring|n
trouwring|wedding ring|n
trouwringen|wedding rings|n
kettinghanger|pendant|n
met hanger|with pendant|m
broche|brooch|n
bijouterie|imitation jewellery|n
bijouterieën|imitation jewellery|n
nepsieraden|imitation jewellery|n
modesieraden|imitation jewellery|n
goudstaaf|gold bar|n
goudstaven|gold bars|n
munten|coins|n
# Chapters 72-73: iron and steel, articles of iron or steel
staal|steel|m
stalen|steel|m
ijzer|iron|m
ijzeren|iron|m
roestvrijstalen|stainless steel|m
rvs|stainless steel|m
edelstaal|stainless steel|m
roestvrij|stainless|m
gietijzer|cast iron|m
gietijzeren|cast iron|m
smeedijzer|wrought iron|m
smeedijzeren|wrought iron|m
schroot|scrap|n
oud ijzer|scrap iron|n
metaal|metal|m
metalen|metal|m
plaatstaal|sheet steel|n
staalplaat|steel plate|n
staalplaten|steel plates|n
warmgewalst|hot-rolled|m
koudgewalst|cold-rolled|m
gegalvaniseerd|galvanised|m
verzinkt|galvanised|m
betonstaal|concrete reinforcing bars|n
wapeningsstaal|reinforcing steel|n
betonijzer|concrete reinforcing bars|n
walsdraad|wire rod|n
draad|wire|n
binddraad|binding wire|n
prikkeldraad|barbed wire|n
kippengaas|wire netting|n
gaaswerk|wire mesh|n
naadloos|seamless|m
gelast|welded|m
flenzen|flanges|n
fittingen|fittings|n
spijker|nail|n
spijkers|nails|n
schroef|screw|n
schroeven|screws|n
bouten|bolts|n
moer|nut|n
moeren|nuts|n
bouten en moeren|nuts and bolts|n
sluitringen|washers|n
klinknagels|rivets|n
pluggen|wall plugs|n
haak|hook|n
haken|hooks|n
drukveren|compression springs|n
trekveren|tension springs|n
anker|anchor|n
ankers|anchors|n
staalkabel|steel cable|n
staalkabels|steel cables|n
kachel|stove|n
kachels|stoves|n
houtkachel|wood-burning stove|n
gaskachel|gas heater|n
pannen|pans|n
koekenpan|frying pan|n
koekenpannen|frying pans|n
wokpan|wok|n
grillpan|grill pan|n
pannenkoekenpan|pancake pan|n
braadpan|casserole|n
braadpannen|casseroles|n
steelpan|saucepan|n
steelpannen|saucepans|n
kookpan|saucepan|n
kookpannen|saucepans|n
snelkookpan|pressure cooker|n
pannenset|cookware set|n
kookgerei|cookware|n
bakvorm|baking tin|n
bakvormen|baking tins|n
bakplaat|baking tray|n
gootsteen|sink|n
spoelbak|sink|n
steigers|scaffolding|n
staalconstructies|steel structures|n
opslagtank|storage tank|n
opslagtanks|storage tanks|n
bouwmaterialen|building materials|n
brievenbus|letterbox|n
ijzerwaren|hardware|n
# Chapters 74-81: copper, nickel, aluminium, lead, zinc, tin, other base metals
koper|copper|m
koperen|copper|m
messing|brass|m
brons|bronze|m
bronzen|bronze|m
aluminiumfolie|aluminium foil|n
alufolie|aluminium foil|n
alu|aluminium|m
lood|lead|m
loden|lead|m
zink|zinc|m
zinken|zinc|m
nikkel|nickel|m
titaan|titanium|m
wolfraam|tungsten|m
chroom|chromium|m
verchroomd|chromium-plated|m
kobalt|cobalt|m
mangaan|manganese|m
soldeer|solder|n
soldeertin|solder|n
blik|can|n
blikje|can|n
blikjes|cans|n
conservenblikken|food cans|n
# Chapter 82: tools, cutlery, spoons and forks
gereedschap|tools|n
gereedschappen|tools|n
handgereedschap|hand tools|n
gereedschapsset|tool set|n
gereedschapskist|toolbox|n
gereedschapskoffer|tool case|n
schop|shovel|n
schoppen|shovels|n
schep|scoop|n
hark|rake|n
harken|rakes|n
schoffel|hoe|n
bijl|axe|n
bijlen|axes|n
snoeischaar|secateurs|n
heggenschaar|hedge shears|n
zaag|saw|n
zagen|saws|n
handzaag|handsaw|n
zaagblad|saw blade|n
zaagbladen|saw blades|n
tangen|pliers|n
combinatietang|combination pliers|n
kniptang|cutting pliers|n
waterpomptang|slip-joint pliers|n
moersleutel|spanner|n
moersleutels|spanners|n
steeksleutel|open-end spanner|n
ringsleutel|ring spanner|n
sleutelset|spanner set|n
dopsleutel|socket wrench|n
dopsleutelset|socket set|n
inbussleutel|hex key|n
inbussleutels|hex keys|n
sleutel|key|n
sleutels|keys|n
schroevendraaier|screwdriver|n
schroevendraaiers|screwdrivers|n
hamer|hammer|n
hamers|hammers|n
beitel|chisel|n
beitels|chisels|n
vijl|file|n
vijlen|files|n
boortjes|drill bits|n
boorset|drill bit set|n
mes|knife|n
messen|knives|n
mesje|knife|n
keukenmessen|kitchen knives|n
koksmes|chef's knife|n
broodmes|bread knife|n
zakmes|pocket knife|n
zakmessen|pocket knives|n
messenset|knife set|n
messenblok|knife block|n
schaar|scissors|n
scharen|scissors|n
bestek|cutlery|n
bestekset|cutlery set|n
lepel|spoon|n
lepels|spoons|n
theelepel|teaspoon|n
theelepels|teaspoons|n
vork|fork|n
vorken|forks|n
scheermes|razor|n
scheermesjes|razor blades|n
nagelknipper|nail clippers|n
nagelschaar|nail scissors|n
pincet|tweezers|n
blikopener|can opener|n
flesopener|bottle opener|n
kurkentrekker|corkscrew|n
dunschiller|peeler|n
kaasrasp|cheese grater|n
kaasschaaf|cheese slicer|n
waterpas|spirit level|n
rolmaat|tape measure|n
duimstok|folding rule|n
spatel|spatula|n
spatels|spatulas|n
troffel|trowel|n
kitpistool|caulking gun|n
lijmpistool|glue gun|n
# Chapter 83: miscellaneous articles of base metal
sloten|locks|n
hangslot|padlock|n
hangsloten|padlocks|n
fietsslot|bicycle lock|n
fietssloten|bicycle locks|n
deurslot|door lock|n
cijferslot|combination lock|n
scharnier|hinge|n
scharnieren|hinges|n
deurklink|door handle|n
deurklinken|door handles|n
handgreep|handle|n
handgrepen|handles|n
handvat|handle|n
handvatten|handles|n
meubelbeslag|furniture fittings|n
kluis|safe|n
kluizen|safes|n
geldkistje|cash box|n
sleutelhanger|key ring|n
sleutelhangers|key rings|n
fietsbel|bicycle bell|n
naambordje|name plate|n
huisnummer|house number|n
spanband|ratchet strap|n
spanbanden|ratchet straps|n
# Chapter 84: engines, pumps, machinery, appliances, computers
apparaat|appliance|n
apparaten|appliances|n
apparatuur|equipment|n
toestel|apparatus|n
toestellen|apparatus|n
motoren|motors|n
dieselmotor|diesel engine|n
dieselmotoren|diesel engines|n
benzinemotor|petrol engine|n
verbrandingsmotor|internal combustion engine|n
buitenboordmotor|outboard motor|n
buitenboordmotoren|outboard motors|n
scheepsmotor|marine engine|n
pompen|pumps|n
waterpomp|water pump|n
waterpompen|water pumps|n
dompelpomp|submersible pump|n
vijverpomp|pond pump|n
brandstofpomp|fuel pump|n
fietspomp|bicycle pump|n
luchtpomp|air pump|n
luchtcompressor|air compressor|n
ventilator|fan|n
ventilatoren|fans|n
staande ventilator|pedestal fan|n
plafondventilator|ceiling fan|n
afzuigkap|cooker hood|n
afzuigkappen|cooker hoods|n
airco|air conditioner|n
airco's|air conditioners|n
airconditioner|air conditioner|n
mobiele airco|portable air conditioner|n
warmtepomp|heat pump|n
warmtepompen|heat pumps|n
koelkast|refrigerator|n
koelkasten|refrigerators|n
met vriesvak|with freezer compartment|m
ijskast|refrigerator|n
vriezer|freezer|n
vriezers|freezers|n
diepvrieskist|chest freezer|n
koel-vriescombinatie|fridge-freezer|n
koelbox|cool box|n
koelvitrine|refrigerated display cabinet|n
luchtfilter|air filter|n
luchtfilters|air filters|n
oliefilter|oil filter|n
waterfilter|water filter|n
waterfilters|water filters|n
luchtreiniger|air purifier|n
luchtbevochtiger|humidifier|n
ontvochtiger|dehumidifier|n
luchtontvochtiger|dehumidifier|n
vaatwasser|dishwasher|n
vaatwassers|dishwashers|n
vaatwasmachine|dish washing machine|n
afwasmachine|dish washing machine|n
wasmachine|washing machine|n
wasmachines|washing machines|n
droger|dryer|n
wasdroger|tumble dryer|n
droogtrommel|tumble dryer|n
verpakkingsmachine|packing machine|n
weegschaal|scale|n
weegschalen|scales|n
personenweegschaal|personal weighing scale|n
brandblusser|fire extinguisher|n
brandblussers|fire extinguishers|n
hogedrukreiniger|high-pressure cleaner|n
tuinsproeier|garden sprinkler|n
heftruck|forklift truck|n
vorkheftruck|forklift truck|n
palletwagen|pallet truck|n
graafmachine|excavator|n
graafmachines|excavators|n
hijskraan|crane|n
takel|hoist|n
lier|winch|n
grasmaaier|lawn mower|n
grasmaaiers|lawn mowers|n
robotmaaier|robotic lawn mower|n
bladblazer|leaf blower|n
landbouwmachines|agricultural machinery|n
bouwmachines|construction machinery|n
3d-printer|3d printer|n
naaimachine|sewing machine|n
naaimachines|sewing machines|n
boormachine|drill|n
boormachines|drills|n
accuboormachine|cordless drill|n
klopboormachine|hammer drill|n
boorhamer|rotary hammer|n
elektrisch gereedschap|power tools|n
accuschroevendraaier|cordless screwdriver|n
haakse slijper|angle grinder|n
slijpmachine|grinding machine|n
schuurmachine|sanding machine|n
kettingzaag|chainsaw|n
kettingzagen|chainsaws|n
cirkelzaag|circular saw|n
decoupeerzaag|jigsaw|n
rekenmachine|calculator|n
rekenmachines|calculators|n
zakrekenmachine|pocket calculator|n
toetsenbord|keyboard|n
toetsenborden|keyboards|n
computermuis|computer mouse|n
beeldscherm|monitor|n
beeldschermen|monitors|n
usb-stick|usb flash drive|n
usb-sticks|usb flash drives|n
harde schijf|hard disk drive|n
harde schijven|hard disk drives|n
externe harde schijf|external hard disk drive|n
geheugenkaart|memory card|n
geheugenkaarten|memory cards|n
ventiel|valve|n
ventielen|valves|n
klep|valve|n
kleppen|valves|n
kraan|tap|n
kranen|taps|n
waterkraan|tap|n
mengkraan|mixer tap|n
douchekop|shower head|n
kogellager|ball bearing|n
kogellagers|ball bearings|n
tandwiel|gear|n
tandwielen|gears|n
versnellingsbak|gearbox|n
onderdeel|part|n
onderdelen|parts|n
reserveonderdelen|spare parts|n
wisselstukken|spare parts|n
accessoires|accessories|n
toebehoren|accessories|n
industrieel|industrial|m
industriële|industrial|m
koffiezetapparaat|coffee maker|n
koffiemachine|coffee machine|n
koffiemachines|coffee machines|n
espressomachine|espresso machine|n
espressoapparaat|espresso machine|n
# Chapter 85: electrical machinery and equipment, electronics
elektrisch|electric|m
elektronisch|electronic|m
elektronica|electronics|n
elektromotor|electric motor|n
elektromotoren|electric motors|n
stroomaggregaat|generating set|n
aggregaat|generating set|n
transformator|transformer|n
transformatoren|transformers|n
omvormer|inverter|n
omvormers|inverters|n
lader|charger|n
oplader|charger|n
opladers|chargers|n
snellader|fast charger|n
laadpaal|charging station|n
batterij|battery|n
batterijen|batteries|n
accu|accumulator|n
accu's|accumulators|n
accupack|battery pack|n
startaccu|starter battery|n
stofzuiger|vacuum cleaner|n
stofzuigers|vacuum cleaners|n
robotstofzuiger|robot vacuum cleaner|n
steelstofzuiger|stick vacuum cleaner|n
kruimeldief|handheld vacuum cleaner|n
staafmixer|hand blender|n
keukenmachine|food processor|n
keukenmachines|food processors|n
sapcentrifuge|juice extractor|n
sapcentrifuges|juice extractors|n
föhn|hair dryer|n
stijltang|hair straightener|n
krultang|curling tongs|n
scheerapparaat|shaver|n
scheerapparaten|shavers|n
tondeuse|hair clipper|n
zaklamp|torch|n
zaklampen|torches|n
hoofdlamp|head torch|n
waterkoker|electric kettle|n
waterkokers|electric kettles|n
waterketel|kettle|n
strijkijzer|smoothing iron|n
strijkbout|smoothing iron|n
stoomstrijkijzer|steam iron|n
magnetron|microwave oven|n
magnetrons|microwave ovens|n
heteluchtoven|convection oven|n
inbouwoven|built-in oven|n
kookplaat|hob|n
inductiekookplaat|induction hob|n
fornuis|cooker|n
broodrooster|toaster|n
broodroosters|toasters|n
broodbakmachine|bread maker|n
rijstkoker|rice cooker|n
heteluchtfriteuse|air fryer|n
friteuse|deep fryer|n
tosti-ijzer|sandwich toaster|n
wafelijzer|waffle iron|n
gourmetstel|table grill|n
elektrische kachel|electric heater|n
elektrische verwarming|electric heater|n
verwarmingselement|heating element|n
telefoon|telephone|n
telefoons|telephones|n
mobiele telefoon|mobile phone|n
mobiele telefoons|mobile phones|n
gsm|mobile phone|n
gsm's|mobile phones|n
mobieltje|mobile phone|n
vaste telefoon|landline telephone|n
microfoon|microphone|n
microfoons|microphones|n
luidspreker|loudspeaker|n
luidsprekers|loudspeakers|n
koptelefoon|headphones|n
koptelefoons|headphones|n
oortjes|earphones|n
fotocamera|camera|n
fotocamera's|cameras|n
bewakingscamera|surveillance camera|n
bewakingscamera's|surveillance cameras|n
beveiligingscamera|security camera|n
beveiligingscamera's|security cameras|n
videocamera|video camera|n
televisie|television|n
televisies|televisions|n
televisietoestel|television set|n
beamer|projector|n
beamers|projectors|n
afstandsbediening|remote control|n
afstandsbedieningen|remote controls|n
spelcomputer|video game console|n
spelconsole|video game console|n
printplaat|printed circuit board|n
printplaten|printed circuit boards|n
schakelaar|switch|n
schakelaars|switches|n
stopcontact|socket|n
stopcontacten|sockets|n
stekker|plug|n
stekkers|plugs|n
verlengsnoer|extension cable|n
verlengkabel|extension cable|n
stekkerdoos|power strip|n
snoer|cord|n
snoeren|cords|n
kabels|cables|n
kabel|cable|n
stroomkabel|power cable|n
oplaadkabel|charging cable|n
laadkabel|charging cable|n
laadkabels|charging cables|n
glasvezelkabel|optical fibre cable|n
halfgeleiders|semiconductors|n
geïntegreerde schakelingen|integrated circuits|n
zonnepaneel|solar panel|n
zonnepanelen|solar panels|n
zonnecel|solar cell|n
zonnecellen|solar cells|n
zonne-energie|solar energy|m
op zonne-energie|solar-powered|m
op batterijen|battery-powered|m
draadloos|wireless|m
snoerloos|cordless|m
oplaadbaar|rechargeable|m
antenne|aerial|n
antennes|aerials|n
navigatiesysteem|navigation system|n
alarmsysteem|alarm system|n
inbraakalarm|burglar alarm|n
rookmelder|smoke detector|n
rookmelders|smoke detectors|n
deurbel|doorbell|n
videodeurbel|video doorbell|n
zekering|fuse|n
zekeringen|fuses|n
condensatoren|capacitors|n
weerstanden|resistors|n
isolatoren|insulators|n
bougie|spark plug|n
bougies|spark plugs|n
startkabels|jump leads|n
koplamp|headlamp|n
koplampen|headlamps|n
achterlicht|rear lamp|n
ruitenwissers|windscreen wipers|n
claxon|horn|n
lasapparaat|welding machine|n
soldeerbout|soldering iron|n
gloeilamp|light bulb|n
gloeilampen|light bulbs|n
ledlamp|led lamp|n
ledlampen|led lamps|n
led-lamp|led lamp|n
spaarlamp|energy-saving lamp|n
tl-buis|fluorescent tube|n
ledstrip|led strip|n
ledstrook|led strip|n
# Chapters 86-89: railway, vehicles, parts, bicycles, aircraft, boats
locomotief|locomotive|n
trein|train|n
treinen|trains|n
spoorwagons|railway wagons|n
voertuig|vehicle|n
voertuigen|vehicles|n
motorvoertuig|motor vehicle|n
motorvoertuigen|motor vehicles|n
auto|car|n
auto's|cars|n
personenauto|motor car|n
personenauto's|motor cars|n
personenwagen|motor car|n
hybride|hybrid|m
tweedehands auto|used car|n
vrachtwagen|lorry|n
vrachtwagens|lorries|n
vrachtauto|lorry|n
bestelwagen|van|n
bestelbus|van|n
busje|van|n
bussen|buses|n
autobus|bus|n
touringcar|coach|n
aanhanger|trailer|n
aanhangers|trailers|n
aanhangwagen|trailer|n
oplegger|semi-trailer|n
auto-onderdelen|car parts|n
auto-accessoires|car accessories|n
remschijf|brake disc|n
remschijven|brake discs|n
remblokken|brake pads|n
remblokjes|brake pads|n
remmen|brakes|n
schokdemper|shock absorber|n
schokdempers|shock absorbers|n
velg|wheel rim|n
velgen|wheel rims|n
wiel|wheel|n
wielen|wheels|n
reservewiel|spare wheel|n
uitlaat|exhaust|n
uitlaatsysteem|exhaust system|n
stuurwiel|steering wheel|n
koppeling|clutch|n
motorblok|engine block|n
autostoel|car seat|n
autostoeltje|child car seat|n
kinderzitje|child seat|n
dakdrager|roof rack|n
trekhaak|tow bar|n
motorfiets|motorcycle|n
motorfietsen|motorcycles|n
brommer|moped|n
brommers|mopeds|n
bromfiets|moped|n
snorfiets|moped|n
elektrische step|electric scooter|n
e-step|electric scooter|n
autoped|kick scooter|n
fiets|bicycle|n
fietsen|bicycles|n
racefiets|racing bicycle|n
kinderfietsen|children's bicycles|n
stadsfiets|city bicycle|n
bakfiets|cargo bicycle|n
vouwfiets|folding bicycle|n
fietsframe|bicycle frame|n
fietstas|pannier bag|n
fietstassen|pannier bags|n
fietsverlichting|bicycle lights|n
fietslamp|bicycle lamp|n
fietslampje|bicycle lamp|n
fietsketting|bicycle chain|n
fietsdrager|bicycle carrier|n
fietsenrek|bicycle rack|n
fietsstuur|handlebar|n
bagagedrager|luggage carrier|n
spatborden|mudguards|n
pedalen|pedals|n
driewieler|tricycle|n
loopfiets|balance bike|n
rolstoel|wheelchair|n
rolstoelen|wheelchairs|n
kinderwagen|baby carriage|n
kinderwagens|baby carriages|n
babyfoon|baby monitor|n
babybadje|baby bath|n
wandelwagen|pushchair|n
vliegtuig|aeroplane|n
vliegtuigen|aeroplanes|n
helikopter|helicopter|n
zweefvliegtuig|glider|n
schip|ship|n
schepen|ships|n
boten|boats|n
bootje|boat|n
rubberboot|inflatable boat|n
opblaasboot|inflatable boat|n
zeilboot|sailing boat|n
motorboot|motorboat|n
vissersboot|fishing vessel|n
kano|canoe|n
kano's|canoes|n
kajak|kayak|n
plezierjacht|pleasure yacht|n
skelter|go-kart|n
sneeuwkettingen|snow chains|n
voor auto's|for cars|m
voor de auto|for cars|m
voor fietsen|for bicycles|m
# Chapters 90-92: optical, measuring, medical instruments, clocks and watches, musical instruments
bril|spectacles|n
brillen|spectacles|n
zonnebril|sunglasses|n
zonnebrillen|sunglasses|n
leesbril|reading glasses|n
leesbrillen|reading glasses|n
brilmontuur|spectacle frame|n
brilmonturen|spectacle frames|n
montuur|frame|n
contactlenzen|contact lenses|n
lenzen|lenses|n
brillenglazen|spectacle lenses|n
verrekijker|binoculars|n
verrekijkers|binoculars|n
telescoop|telescope|n
microscoop|microscope|n
vergrootglas|magnifying glass|n
kompas|compass|n
meetinstrument|measuring instrument|n
meetinstrumenten|measuring instruments|n
meetapparatuur|measuring equipment|n
koortsthermometer|clinical thermometer|n
bloeddrukmeter|blood pressure monitor|n
bloedsuikermeter|blood glucose meter|n
medisch|medical|m
medische hulpmiddelen|medical devices|n
injectiespuit|syringe|n
injectiespuiten|syringes|n
naald|needle|n
naalden|needles|n
stethoscoop|stethoscope|n
massageapparaat|massage apparatus|n
massagepistool|massage gun|n
gehoorapparaat|hearing aid|n
gehoorapparaten|hearing aids|n
tandheelkundig|dental|m
orthopedisch|orthopaedic|m
horloge|watch|n
horloges|watches|n
polshorloge|wristwatch|n
zakhorloge|pocket watch|n
klok|clock|n
klokken|clocks|n
wandklok|wall clock|n
wekker|alarm clock|n
wekkers|alarm clocks|n
muziekinstrument|musical instrument|n
muziekinstrumenten|musical instruments|n
gitaar|guitar|n
gitaren|guitars|n
akoestische gitaar|acoustic guitar|n
viool|violin|n
violen|violins|n
drumstel|drum kit|n
trommel|drum|n
fluit|flute|n
blokfluit|recorder|n
saxofoon|saxophone|n
trompet|trumpet|n
mondharmonica|mouth organ|n
accordeon|accordion|n
snaren|strings|n
# Chapters 93-94: arms, furniture, bedding, lamps, prefabricated buildings
munitie|ammunition|n
luchtbuks|air rifle|n
meubels|furniture|n
meubelen|furniture|n
meubel|piece of furniture|n
meubilair|furniture|n
stoel|chair|n
stoelen|chairs|n
bureaustoel|office chair|n
bureaustoelen|office chairs|n
armleuning|armrest|n
armleuningen|armrests|n
met armleuningen|with armrests|m
eetkamerstoel|dining chair|n
eetkamerstoelen|dining chairs|n
klapstoel|folding chair|n
klapstoelen|folding chairs|n
fauteuil|armchair|n
fauteuils|armchairs|n
zitbank|sofa|n
bankstel|sofa set|n
hoekbank|corner sofa|n
slaapbank|sofa bed|n
kruk|stool|n
barkruk|bar stool|n
barkrukken|bar stools|n
poef|pouffe|n
tafel|table|n
tafels|tables|n
eettafel|dining table|n
eettafels|dining tables|n
salontafel|coffee table|n
salontafels|coffee tables|n
bijzettafel|side table|n
schrijfbureau|writing desk|n
computerbureau|computer desk|n
kast|cupboard|n
kasten|cupboards|n
kledingkast|wardrobe|n
kledingkasten|wardrobes|n
boekenkast|bookcase|n
boekenkasten|bookcases|n
ladekast|chest of drawers|n
keukenkasten|kitchen cupboards|n
badkamerkast|bathroom cabinet|n
badkamermeubel|bathroom furniture|n
tv-meubel|tv stand|n
dressoir|sideboard|n
vitrinekast|display cabinet|n
archiefkast|filing cabinet|n
nachtkastje|bedside table|n
nachtkastjes|bedside tables|n
lade|drawer|n
lades|drawers|n
rek|rack|n
rekken|racks|n
opbergrek|storage rack|n
stellingkast|shelving unit|n
schoenenrek|shoe rack|n
kledingrek|clothes rack|n
droogrek|drying rack|n
wandplank|wall shelf|n
wandplanken|wall shelves|n
bedden|beds|n
tweepersoonsbed|double bed|n
eenpersoonsbed|single bed|n
stapelbed|bunk bed|n
kinderbed|cot|n
ledikant|bedstead|n
wieg|cradle|n
matras|mattress|n
matrassen|mattresses|n
traagschuim|memory foam|m
luchtbed|air bed|n
topmatras|mattress topper|n
tuinmeubelen|garden furniture|n
tuinmeubels|garden furniture|n
tuinset|garden furniture set|n
tuinstoelen|garden chairs|n
tuinbank|garden bench|n
tuinbanken|garden benches|n
ligstoel|sun lounger|n
ligbed|sun lounger|n
strandstoel|beach chair|n
hondenmand|dog bed|n
kattenmand|cat bed|n
krabpaal|cat scratching post|n
hondenbench|dog crate|n
kattenbak|cat litter tray|n
lampen|lamps|n
lampje|small lamp|n
lampjes|lights|n
bureaulamp|desk lamp|n
tafellamp|table lamp|n
hanglamp|pendant lamp|n
vloerlamp|floor lamp|n
staande lamp|floor lamp|n
wandlamp|wall lamp|n
plafondlamp|ceiling lamp|n
leeslamp|reading lamp|n
nachtlampje|night light|n
buitenlamp|outdoor lamp|n
verlichting|lighting|n
armatuur|light fitting|n
armaturen|light fittings|n
kroonluchter|chandelier|n
lichtslinger|string lights|n
kerstverlichting|christmas lights|n
lampenkap|lampshade|n
prefabwoning|prefabricated house|n
broeikas|greenhouse|n
tuinkas|greenhouse|n
# Chapter 95: toys, games, sports requisites
speelgoed|toys|n
speeltjes|toys|n
babyspeelgoed|baby toys|n
speelgoedauto|toy car|n
speelgoedauto's|toy cars|n
poppen|dolls|n
babypop|baby doll|n
poppenhuis|doll's house|n
knuffel|soft toy|n
knuffels|soft toys|n
knuffeldier|cuddly toy|n
knuffelbeer|teddy bear|n
teddybeer|teddy bear|n
pluche|plush|m
pluchen|plush|m
bouwstenen|building blocks|n
bouwblokken|building blocks|n
blokken|blocks|n
puzzel|puzzle|n
puzzels|puzzles|n
legpuzzel|jigsaw puzzle|n
legpuzzels|jigsaw puzzles|n
bordspel|board game|n
bordspellen|board games|n
spel|game|n
spellen|games|n
spelletjes|games|n
gezelschapsspel|parlour game|n
gezelschapsspellen|parlour games|n
speelkaarten|playing cards|n
dobbelstenen|dice|n
schaakspel|chess set|n
schaakbord|chessboard|n
schaakstukken|chess pieces|n
videospellen|video games|n
op afstand bestuurbaar|remote-controlled|m
op afstand bestuurbare|remote-controlled|m
radiografisch bestuurbare|radio-controlled|m
schaalmodel|scale model|n
bouwpakket|construction kit|n
ballon|balloon|n
ballonnen|balloons|n
kerstversiering|christmas decorations|n
kerstdecoratie|christmas decorations|n
kerstboom|christmas tree|n
kunstkerstboom|artificial christmas tree|n
kerstballen|christmas baubles|n
kerstartikelen|christmas articles|n
feestartikelen|party articles|n
maskers|masks|n
masker|mask|n
sportartikelen|sports goods|n
sportuitrusting|sports equipment|n
fitnessapparatuur|fitness equipment|n
fitnessapparaten|fitness equipment|n
gewichten|weights|n
halterset|dumbbell set|n
loopband|treadmill|n
hometrainer|exercise bike|n
yogamat|yoga mat|n
fitnessmat|exercise mat|n
sportmat|exercise mat|n
bal|ball|n
ballen|balls|n
voetbal|football|n
voetballen|footballs|n
basketbal|basketball|n
volleybal|volleyball|n
handbal|handball|n
tennisbal|tennis ball|n
tennisballen|tennis balls|n
golfbal|golf ball|n
golfballen|golf balls|n
tennisracket|tennis racket|n
badmintonracket|badminton racket|n
golfstokken|golf clubs|n
schaats|skate|n
schaatsen|ice skates|n
rolschaatsen|roller skates|n
ijsschaatsen|ice skates|n
skeelers|inline skates|n
ski's|skis|n
skistokken|ski poles|n
slee|sledge|n
sleeën|sledges|n
hengel|fishing rod|n
hengels|fishing rods|n
werpmolen|fishing reel|n
visgerei|fishing tackle|n
vislijn|fishing line|n
zwembad|swimming pool|n
zwembaden|swimming pools|n
opzetzwembad|above-ground pool|n
zwemband|swim ring|n
zwembril|swimming goggles|n
duikbril|diving mask|n
zwemvliezen|swim fins|n
bokshandschoenen|boxing gloves|n
bokszak|punching bag|n
schommel|swing|n
glijbaan|slide|n
zandbak|sandpit|n
speelhuisje|playhouse|n
tafeltennis|table tennis|n
biljart|billiards|n
biljartkeu|billiard cue|n
dartbord|dartboard|n
kampeerartikelen|camping goods|n
kampeeruitrusting|camping equipment|n
kamperen|camping|m
kampeer|camping|m
knutselset|craft kit|n
# Chapters 96-97: miscellaneous manufactured articles, works of art
bezem|broom|n
bezems|brooms|n
stoffer|hand brush|n
stoffer en blik|dustpan and brush|n
borstel|brush|n
borstels|brushes|n
haarborstel|hairbrush|n
tandenborstel|toothbrush|n
tandenborstels|toothbrushes|n
afwasborstel|washing-up brush|n
wc-borstel|toilet brush|n
kwast|paintbrush|n
kwasten|paintbrushes|n
penseel|artist's brush|n
penselen|artists' brushes|n
make-upkwasten|make-up brushes|n
verfroller|paint roller|n
knoop|button|n
knopen|buttons|n
rits|zip|n
ritsen|zips|n
ritssluiting|zip fastener|n
drukknopen|press-fasteners|n
pennen|pens|n
balpen|ball point pen|n
balpennen|ball point pens|n
vulpen|fountain pen|n
vulpennen|fountain pens|n
potlood|pencil|n
potloden|pencils|n
kleurpotloden|coloured pencils|n
stift|felt-tip pen|n
stiften|felt-tip pens|n
viltstiften|felt-tip pens|n
markeerstift|highlighter|n
markeerstiften|highlighters|n
krijtjes|chalks|n
waskrijt|wax crayons|n
schoolbord|blackboard|n
stempel|rubber stamp|n
stempels|rubber stamps|n
aansteker|lighter|n
aanstekers|lighters|n
kam|comb|n
kammen|combs|n
haarspeld|hairpin|n
haarspelden|hairpins|n
haarspeldjes|hairpins|n
haarklemmen|hair clips|n
haarelastiekjes|hair ties|n
thermosfles|vacuum flask|n
thermoskan|vacuum flask|n
drinkfles|drinking bottle|n
drinkflessen|drinking bottles|n
waterfles|water bottle|n
bidon|water bottle|n
luier|nappy|n
luiers|nappies|n
wegwerpluiers|disposable nappies|n
maandverband|sanitary towels|n
inlegkruisjes|panty liners|n
vochtige doekjes|wet wipes|n
billendoekjes|baby wipes|n
statief|tripod|n
statieven|tripods|n
paspop|mannequin|n
schilderij|painting|n
schilderijen|paintings|n
beelden|sculptures|n
antiek|antique|m
# General qualifiers: states, processes, users, uses, condition
nieuw|new|m
gebruikt|used|m
gereviseerd|refurbished|m
als nieuw|like new|m
vers|fresh|m
gekoeld|chilled|m
bevroren|frozen|m
diepgevroren|frozen|m
diepvries|frozen|m
gedroogd|dried|m
gevriesdroogd|freeze-dried|m
geroosterd|roasted|m
gebrand|roasted|m
rauw|raw|m
rauwe|raw|m
gekookt|cooked|m
gebakken|baked|m
gefrituurd|fried|m
gestoomd|steamed|m
gemalen|ground|m
geschild|peeled|m
gesneden|cut|m
in plakjes|sliced|m
in blokjes|diced|m
geraspt|grated|m
gehakte|chopped|m
geconcentreerd|concentrated|m
gezoet|sweetened|m
ongezoet|unsweetened|m
ongezouten|unsalted|m
zoute|salted|m
vetarm|low-fat|m
magere|low-fat|m
biologisch|organic|m
natuurlijk|natural|m
kunstmatig|artificial|m
vloeibaar|liquid|m
vloeistof|liquid|n
gepolijst|polished|m
bewerkt|worked|m
onbewerkt|unworked|m
verwerkt|processed|m
gegoten|cast|m
gesmeed|forged|m
gesmede|forged|m
geperst|pressed|m
gelakt|lacquered|m
geschilderd|painted|m
gegraveerd|engraved|m
handgemaakt|handmade|m
opvouwbaar|folding|m
inklapbaar|collapsible|m
opblaasbaar|inflatable|m
draagbaar|portable|m
verstelbaar|adjustable|m
in hoogte verstelbaar|height-adjustable|m
in hoogte verstelbare|height-adjustable|m
herbruikbaar|reusable|m
waterdicht|waterproof|m
waterbestendig|water-resistant|m
waterafstotend|water-repellent|m
antislip|non-slip|m
antiaanbak|non-stick|m
antiaanbaklaag|non-stick coating|m
vaatwasserbestendig|dishwasher-safe|m
vaatwasmachinebestendig|dishwasher-safe|m
bpa-vrij|bpa-free|m
geïsoleerd|insulated|m
automatisch|automatic|m
handmatig|manual|m
mechanisch|mechanical|m
hydraulisch|hydraulic|m
digitaal|digital|m
analoog|analogue|m
analoge|analogue|m
slimme|smart|m
professioneel|professional|m
huishoudelijk|household|m
huishoud|household|m
keuken|kitchen|m
badkamer|bathroom|m
tuin|garden|m
kantoor|office|m
buiten|outdoor|m
voor buiten|for outdoor use|m
binnen|indoor|m
voor binnen|for indoor use|m
zomer|summer|m
veiligheids|safety|m
veiligheid|safety|m
beschermende|protective|m
bescherm|protective|m
werk|work|m
reis|travel|m
voor honden|for dogs|m
voor katten|for cats|m
voor huisdieren|for pets|m
voor menselijke consumptie|for human consumption|m
universeel|universal|m
compatibel|compatible|m
origineel|original|m
groothandel|wholesale|m
vervangende|replacement|m
cadeau|gift|n
cadeaus|gifts|n
geschenk|gift|n
geschenken|gifts|n
cadeauset|gift set|n
geschenkset|gift set|n
cadeauverpakking|gift packaging|n
decoratief|decorative|m
decoratieve|decorative|m
sier|decorative|m
luxe|luxury|m
hoogwaardig|high-quality|m
transparant|transparent|m
doorzichtig|transparent|m
veelkleurig|multicoloured|m
gekleurd|coloured|m
witte|white|m
zwart|black|m
rood|red|m
rode|red|m
blauw|blue|m
donkerblauw|dark blue|m
marineblauw|navy blue|m
groen|green|m
geel|yellow|m
gele|yellow|m
grijs|grey|m
grijze|grey|m
bruin|brown|m
roze|pink|m
paars|purple|m
oranje|orange|m
violet|violet|m
lila|lilac|m
rond|round|m
ronde|round|m
vierkant|square|m
rechthoekig|rectangular|m
ovaal|oval|m
ovale|oval|m
groot|large|m
grote|large|m
klein|small|m
lange|long|m
kort|short|m
korte|short|m
dik|thick|m
dikke|thick|m
dunne|thin|m
zwaar|heavy|m
zware|heavy|m
licht|light|m
zacht|soft|m
harde|hard|m
massief|solid|m
glanzend|glossy|m
flexibel|flexible|m
verpakt|packaged|m
vacuümverpakt|vacuum-packed|m
voorverpakt|prepacked|m
in flessen|bottled|m
geconserveerd|preserved|m
gepasteuriseerd|pasteurised|m
gefermenteerd|fermented|m
gesteriliseerd|sterilised|m
hele|whole|m
gemengd|mixed|m
puur|pure|m
zoet|sweet|m
zoete|sweet|m
pittig|spicy|m
dubbel|double|m
milieuvriendelijk|eco-friendly|m
gerecycled|recycled|m
gerecycleerd|recycled|m
biologisch afbreekbaar|biodegradable|m
biologisch afbreekbare|biodegradable|m
composteerbaar|compostable|m
antibacterieel|antibacterial|m
antibacteriële|antibacterial|m
hypoallergeen|hypoallergenic|m
steriel|sterile|m
verse vis|fresh fish|n
verse groenten|fresh vegetables|n
verse bloemen|fresh flowers|n
verse melk|fresh milk|n
verse eieren|fresh eggs|n
verse pasta|fresh pasta|n
verse zalm|fresh salmon|n
verse zalmfilet|fresh salmon fillet|n
verse kip|fresh chicken|n
verse kipfilet|fresh chicken breast fillet|n
verse aardbeien|fresh strawberries|n
verse champignons|fresh mushrooms|n
verse tomaten|fresh tomatoes|n
verse gember|fresh ginger|n
verse worst|fresh sausage|n
verse kaas|fresh cheese|n
verse roomkaas|fresh cream cheese|n
verse jus d'orange|fresh orange juice|n
zonder vel|skinless|m
met vel|skin-on|m
warm wit|warm white|m
warmwit|warm white|m
koud wit|cool white|m
zwart-wit|black and white|m
voor auto|for cars|m
ergonomisch|ergonomic|m
stukjes|pieces|m
oud|old|m
oude|old|m
hollandse|dutch|m
nederlandse|dutch|m
belgische|belgian|m
kruimig|floury|m
vastkokend|waxy|m
in pot|in a jar|m
2-delig|2-piece|m
3-delig|3-piece|m
4-delig|4-piece|m
5-delig|5-piece|m
6-delig|6-piece|m
8-delig|8-piece|m
10-delig|10-piece|m
12-delig|12-piece|m
16-delig|16-piece|m
18-delig|18-piece|m
24-delig|24-piece|m
meerdelig|multi-piece|m
olievrij|oil-free|m
volwassenen|adults|m
voor volwassenen|for adults|m
voor peuters|for toddlers|m
achter|rear|m
achterzijde|rear|m
voorzijde|front|m
navulbaar|refillable|m
gelinieerd|ruled|m
verduisterend|blackout|m
verduisteringsgordijnen|blackout curtains|n
eenpersoons|single|m
tweepersoons|double|m
1-persoons|single|m
2-persoons|double|m
voor vrachtwagens|for lorries|m
voor motorfietsen|for motorcycles|m
voor paarden|for horses|m
voor vogels|for birds|m
voor konijnen|for rabbits|m
voor laptops|for laptops|m
voor mobiele telefoons|for mobile phones|m
voor planten|for plants|m
voor de tuin|for the garden|m
voor de keuken|for the kitchen|m
voor boten|for boats|m
`,
};
