import type { GlossaryLanguage } from 'src/agents/tariff-classification/glossary/glossary-types';

/**
 * Polish trade words: goods, materials, states, processes, users and uses, with their English.
 * Nouns are listed in the forms titles use; other case endings are read through a listed form's
 * stem. Adjectives of material, user and state are listed in their gender and plural forms
 * ("bawełniany", "bawełniana", "bawełniane"), with the "z bawełny" phrases. Genitive plurals that
 * follow the goods ("etui do okularów", "nasiona pomidorów") are qualifiers ("of spectacles").
 */
export const POLISH: GlossaryLanguage = {
  code: 'pl',
  name: 'Polish',
  head: 'last',
  unspaced: false,
  letters: 'ąćęłńóśźż',
  skip: 'i oraz lub albo czy z ze w we do dla na od po bez przy pod nad przez za o u około szt sztuk sztuki opak op opakowanie opakowania paczka kpl komplet komplecie zestaw zestawy zestawie para pary par typ marka kolor rozmiar nowość promocja elementów elementy el x',
  entries: `
# Qualifiers formed from goods nouns (listed first, so that "truskawkowy" is read as "strawberry", not as the goods "strawberries")
pomidorowy|tomato|m
truskawkowy|strawberry|m
malinowy|raspberry|m
wiśniowy|cherry|m
czereśniowy|cherry|m
brzoskwiniowy|peach|m
morelowy|apricot|m
śliwkowy|plum|m
porzeczkowy|currant|m
żurawinowy|cranberry|m
jagodowy|bilberry|m
borówkowy|blueberry|m
winogronowy|grape|m
ananasowy|pineapple|m
bananowy|banana|m
mandarynkowy|mandarin|m
grejpfrutowy|grapefruit|m
limonkowy|lime|m
gruszkowy|pear|m
dyniowy|pumpkin|m
orzechowy|nut|m
migdałowy|almond|m
pistacjowy|pistachio|m
arachidowy|ground-nut|m
kasztanowy|chestnut|m
waniliowy|vanilla|m
cynamonowy|cinnamon|m
imbirowy|ginger|m
miętowy|mint|m
ziołowy|herbal|m
kakaowy|cocoa|m
kawowy|coffee|m
herbaciany|tea|m
karmelowy|caramel|m
miodowy|honey|m
cukrowy|sugar|m
śmietankowy|cream|m
śmietanowy|cream|m
maślany|butter|m
serowy|cheese|m
jogurtowy|yoghurt|m
jajeczny|egg|m
grzybowy|mushroom|m
pieczarkowy|mushroom|m
cebulowy|onion|m
czosnkowy|garlic|m
paprykowy|paprika|m
szpinakowy|spinach|m
marchewkowy|carrot|m
ziemniaczany|potato|m
kukurydziany|maize|m
ryżowy|rice|m
pszenny|wheat|m
żytni|rye|m
owsiany|oat|m
jęczmienny|barley|m
gryczany|buckwheat|m
orkiszowy|spelt|m
słonecznikowy|sunflower|m
rzepakowy|rapeseed|m
sezamowy|sesame|m
makowy|poppy seed|m
musztardowy|mustard|m
chrzanowy|horseradish|m
lukrecjowy|liquorice|m
marcepanowy|marzipan|m
piernikowy|gingerbread|m
chlebowy|bread|m
tortowy|cake|m
lodowy|ice|m
piwny|beer|m
rumowy|rum|m
kwiatowy|floral|m
różany|rose|m
lawendowy|lavender|m
jaśminowy|jasmine|m
oliwkowy|olive|m
krowie|cow's|m
owczy|sheep's|m
szklarniowy|greenhouse|m
choinkowy|christmas tree|m
papierosowy|cigarette|m
tytoniowy|tobacco|m
biurkowy|desk|m
stołowy|table|m
łóżkowy|bed|m
pościelowy|bedding|m
materacowy|mattress|m
okienny|window|m
drzwiowy|door|m
dachowy|roof|m
schodowy|stair|m
zegarowy|clock|m
telefoniczny|telephone|m
laptopowy|laptop|m
telewizyjny|television|m
radiowy|radio|m
głośnikowy|loudspeaker|m
słuchawkowy|headphone|m
kablowy|cable|m
bateryjny|battery|m
silnikowy|engine|m
hamulcowy|brake|m
paliwowy|fuel|m
olejowy|oil|m
powietrzny|air|m
wodny|water|m
parowy|steam|m
słoneczny|solar|m
morski|marine|m
żeglarski|sailing|m
myśliwski|hunting|m
piłkarski|football|m
tenisowy|tennis|m
golfowy|golf|m
narciarski|ski|m
pływacki|swimming|m
basenowy|pool|m
papierniczy|stationery|m
plastyczny|art|m
malarski|painting|m
stolarski|carpentry|m
ślusarski|locksmith's|m
spawalniczy|welding|m
ogrodniczy|gardening|m
leśny|forestry|m
apteczny|pharmacy|m
szpitalny|hospital|m
fryzjerski|hairdressing|m
tapicerski|upholstery|m
krawiecki|tailoring|m
jubilerski|jewellery|m
muzyczny|musical|m
gitarowy|guitar|m
perkusyjny|percussion|m
fotograficzny|photographic|m
halloweenowy|halloween|m
karnawałowy|carnival|m
zapachowy|scented|m
higieniczny|hygienic|m
ostrzegawczy|warning|m
ratunkowy|rescue|m
przeciwpożarowy|fire|m
przeciwdeszczowy|rain|m
przeciwsłoneczny|sun|m
izotermiczny|insulated|m
chłodniczy|refrigerating|m
grzewczy|heating|m
wentylacyjny|ventilation|m
klimatyzacyjny|air-conditioning|m
kanalizacyjny|drainage|m
sanitarny|sanitary|m
instalacyjny|installation|m
montażowy|mounting|m
naprawczy|repair|m
zamienny|replacement|m
cementowy|cement|m
ceglany|brick|m
winylowy|vinyl|m
foliowy|foil|m
materiałowy|fabric|m
tekstylny|textile|m
kwarcowy|quartz|m
węglowy|carbon|m
grafitowy|graphite|m
ledowy|led|m
halogenowy|halogen|m
indukcyjny|induction|m
bentonitowy|bentonite|m
pistoletowy|gun-grade|m
narożny|corner|m
owalny|oval|m
koralowy|coral|m
turkusowy|turquoise|m
szmaragdowy|emerald|m
łososiowy|salmon|m
pudrowy|powder|m
kremowy|cream|m
bordowy|burgundy|m
błękitny|light blue|m

# Chapter 01: live animals
zwierzęta|animals|n
zwierzęta domowe|pets|n
żywy|live|m
żywa|live|m
żywe|live|m
bydło|bovine animals|n
krowa|cows|n
krowy|cows|n
byk|bulls|n
byki|bulls|n
cielę|calves|n
cielęta|calves|n
koń|horses|n
konie|horses|n
kucyk|ponies|n
osioł|asses|n
osły|asses|n
świnia|swine|n
prosię|piglets|n
prosięta|piglets|n
owca|sheep|n
owce|sheep|n
koza|goats|n
kozy|goats|n
jagnię|lambs|n
jagnięta|lambs|n
kura|hens|n
kury|hens|n
kurczęta|chickens|n
pisklęta|chicks|n
drób|poultry|n
kaczka|ducks|n
gęś|geese|n
gęsi|geese|n
indyk|turkeys|n
indyki|turkeys|n
przepiórki|quails|n
królik|rabbits|n
króliki|rabbits|n
pszczoła|bees|n
ryby akwariowe|ornamental fish|n
ptak|birds|n
ptaki|birds|n
papuga|parrots|n
chomik|hamsters|n
świnka morska|guinea pigs|n
psy|dogs|n
szczeniak|puppies|n
szczenię|puppies|n
kot|cats|n
koty|cats|n
kocięta|kittens|n
owady|insects|n
ślimaki|snails|n

# Chapter 02: meat and edible offal
mięso|meat|n
mięsa|meat|n
mięsny|meat|m
wołowina|beef|n
mięso wołowe|beef|n
wołowy|beef|m
cielęcina|veal|n
cielęcy|veal|m
cielęca|veal|m
wieprzowina|pork|n
mięso wieprzowe|pork|n
wieprzowy|pork|m
baranina|mutton|n
jagnięcina|lamb|n
koźlina|goat meat|n
konina|horsemeat|n
dziczyzna|game|n
drobiowy|poultry|m
kurczak|chicken|n
kurczaki|chickens|n
kurczaka|chicken|n
pierś z kurczaka|chicken breast|n
piersi z kurczaka|chicken breasts|n
udka z kurczaka|chicken legs|n
udka kurczaka|chicken legs|n
skrzydełka z kurczaka|chicken wings|n
skrzydełka kurczaka|chicken wings|n
z indyka|turkey|m
z kaczki|duck|m
tuszka|carcasses|n
półtusze|half-carcasses|n
podroby|edible offal|n
wątroba|liver|n
wątróbka|liver|n
wątróbki|livers|n
ozór|tongues|n
schab|pork loin|n
karkówka|pork neck|n
łopatka wieprzowa|pork shoulder|n
boczek|bacon|n
żeberka|ribs|n
polędwica|tenderloin|n
polędwiczki|tenderloins|n
stek|steaks|n
steki|steaks|n
kotlet|cutlets|n
kotlety|cutlets|n
golonka|pork knuckle|n
szynka|ham|n
szynki|hams|n
szynka parmeńska|parma ham|n
szynka dojrzewająca|dry-cured ham|n
kiełbasa|sausages|n
kiełbaski|sausages|n
parówki|sausages|n
salami|salami|n
kabanosy|dry sausages|n
wędlina|cured meat|n
wędliny|cured meats|n
pasztet|pâté|n
mięso mielone|minced meat|n
mielonka|luncheon meat|n
słonina|pig fat|n
bez kości|boneless|m
z kością|bone-in|m

# Chapter 03: fish, crustaceans, molluscs
ryba|fish|n
ryby|fish|n
rybny|fish|m
rybna|fish|m
rybne|fish|m
owoce morza|seafood|n
łosoś|salmon|n
łososia|salmon|n
filet z łososia|salmon fillets|n
pstrąg|trout|n
pstrągi|trout|n
dorsz|cod|n
dorsza|cod|n
mintaj|alaska pollack|n
morszczuk|hake|n
śledź|herrings|n
śledzie|herrings|n
makrela|mackerel|n
tuńczyk|tuna|n
tuńczyka|tuna|n
sardynki|sardines|n
szproty|sprats|n
karp|carp|n
karpie|carp|n
węgorz|eels|n
węgorze|eels|n
sandacz|pike-perch|n
szczupak|pike|n
okoń|perch|n
flądra|flounder|n
halibut|halibut|n
sola|sole|n
tilapia|tilapia|n
panga|pangasius|n
dorada|gilt-head bream|n
labraks|sea bass|n
anchois|anchovies|n
krewetka|shrimps|n
krewetek|of shrimps|m
krewetki królewskie|king prawns|n
krab|crabs|n
kraby|crabs|n
homar|lobsters|n
homary|lobsters|n
langusta|rock lobsters|n
raki|crayfish|n
kalmar|squid|n
kalmary|squid|n
kałamarnica|squid|n
ośmiornica|octopus|n
mątwa|cuttlefish|n
małże|mussels|n
omułki|mussels|n
ostrygi|oysters|n
przegrzebki|scallops|n
jeżowce|sea urchins|n
ikra|roe|n
kawior|caviar|n
paluszki rybne|fish fingers|n
mączka rybna|fish meal|n

# Chapter 04: dairy produce, eggs, honey
mleko|milk|n
mleka|milk|n
mleczny|milk|m
nabiał|dairy produce|n
produkty mleczne|dairy produce|n
mleko w proszku|milk powder|n
mleko pełne|whole milk|n
mleko zagęszczone|condensed milk|n
mleko skondensowane|condensed milk|n
mleko uht|uht milk|n
śmietana|cream|n
śmietanka|cream|n
masło|butter|n
masła|butter|n
ser|cheese|n
sery|cheese|n
sera|cheese|n
serek|cheese|n
ser żółty|cheese|n
ser topiony|processed cheese|n
ser pleśniowy|blue-veined cheese|n
ser twarogowy|curd cheese|n
ser kozi|goat cheese|n
twaróg|curd|n
twarożek|fresh cheese|n
serek wiejski|cottage cheese|n
mozzarella|mozzarella|n
parmezan|parmesan|n
feta|feta|n
jogurt|yoghurt|n
jogurty|yoghurt|n
kefir|kefir|n
maślanka|buttermilk|n
serwatka|whey|n
serwatka w proszku|whey powder|n
jaja|eggs|n
jaj|eggs|n
jajka|eggs|n
jajko|eggs|n
jaja kurze|hens' eggs|n
jajka kurze|hens' eggs|n
jaja przepiórcze|quail eggs|n
żółtko|egg yolks|n
jajka w proszku|egg powder|n
miód|natural honey|n
miodu|natural honey|n
miód naturalny|natural honey|n
miód lipowy|natural honey|n
miód wielokwiatowy|natural honey|n
miód gryczany|natural honey|n
miód manuka|manuka honey|n
mleczko pszczele|royal jelly|n
propolis|propolis|n
pyłek pszczeli|bee pollen|n

# Chapter 05: products of animal origin
pierze|feathers|n
pióra|feathers|n
puch|down|n
puch gęsi|goose down|n
włosy ludzkie|human hair|n
włosie|bristles|n
włosie końskie|horsehair|n
kości|bones|n
rogi|horns|n
kość słoniowa|ivory|m
jelita|guts|n
osłonki naturalne|sausage casings|n
osłonki do kiełbas|sausage casings|n
muszle|shells|n
korale|coral|n

# Chapter 06: live plants, cut flowers
rośliny|plants|n
roślina|plants|n
rośliny doniczkowe|live plants|n
rośliny ogrodowe|live plants|n
kwiat|flowers|n
kwiaty|flowers|n
bukiet|bouquets|n
bukiety|bouquets|n
róża|roses|n
róże|roses|n
tulipan|tulips|n
tulipany|tulips|n
storczyk|orchids|n
storczyki|orchids|n
orchidea|orchids|n
goździk|carnations|n
chryzantemy|chrysanthemums|n
lilie|lilies|n
cebulki|bulbs|n
cebulki kwiatowe|flower bulbs|n
sadzonka|seedlings|n
drzewko|trees|n
krzew|shrubs|n
krzewy|shrubs|n
tuja|thujas|n
tuje|thujas|n
grzybnia|mushroom spawn|n
wieniec|wreaths|n
wieńce|wreaths|n
mech|moss|n
paprocie|ferns|n
kaktus|cacti|n
kaktusy|cacti|n
sukulenty|succulents|n
bonsai|bonsai|n
trawa|grass|n

# Chapter 07: vegetables
warzywo|vegetables|n
warzywa|vegetables|n
warzywny|vegetable|m
warzywna|vegetable|m
warzywne|vegetable|m
ziemniak|potatoes|n
ziemniaki|potatoes|n
ziemniaków|of potatoes|m
kartofle|potatoes|n
młode ziemniaki|new potatoes|n
pomidor|tomatoes|n
pomidory|tomatoes|n
pomidorów|of tomatoes|m
pomidorki koktajlowe|cherry tomatoes|n
cebula|onions|n
cebuli|onions|n
cebulę|onions|n
szalotka|shallots|n
czosnek|garlic|n
czosnku|garlic|n
por|leeks|n
marchew|carrots|n
marchewka|carrots|n
marchwi|carrots|n
pietruszka|parsley|n
natka pietruszki|parsley|n
seler|celery|n
selery|celery|n
seler naciowy|celery|n
burak|beetroot|n
buraki|beetroot|n
buraki ćwikłowe|beetroot|n
rzodkiewka|radishes|n
rzepa|turnips|n
chrzan|horseradish|n
sałata|lettuce|n
rukola|rocket|n
roszponka|lamb's lettuce|n
endywia|endive|n
cykoria|chicory|n
kapusta|cabbages|n
kapusta pekińska|chinese cabbage|n
brukselka|brussels sprouts|n
kalafior|cauliflowers|n
kalafiory|cauliflowers|n
brokuł|broccoli|n
brokuły|broccoli|n
jarmuż|kale|n
kalarepa|kohlrabi|n
szpinak|spinach|n
szczaw|sorrel|n
ogórek|cucumbers|n
ogórki|cucumbers|n
ogórków|of cucumbers|m
korniszony|gherkins|n
papryka|peppers|n
papryka świeża|sweet peppers|n
papryczki chili|chillies|n
chili|chillies|n
bakłażan|aubergines|n
bakłażany|aubergines|n
cukinia|courgettes|n
dynia|pumpkins|n
dynie|pumpkins|n
kabaczek|marrows|n
grzyb|mushrooms|n
grzyby|mushrooms|n
grzybów|of mushrooms|m
pieczarka|mushrooms|n
boczniaki|oyster mushrooms|n
borowiki|ceps|n
prawdziwki|ceps|n
kurki|chanterelles|n
trufle|truffles|n
szparagi|asparagus|n
karczochy|artichokes|n
oliwka|olives|n
kukurydza|maize|n
kukurydza cukrowa|sweet corn|n
fasola|beans|n
fasolka|beans|n
fasolka szparagowa|green beans|n
fasola czerwona|red kidney beans|n
groch|peas|n
grochu|peas|n
groszek|peas|n
bób|broad beans|n
ciecierzyca|chickpeas|n
cieciorka|chickpeas|n
soczewica|lentils|n
rośliny strączkowe|leguminous vegetables|n
maniok|cassava|n
batat|sweet potatoes|n
bataty|sweet potatoes|n
topinambur|jerusalem artichokes|n
kiełki|sprouts|n
koper|dill|n
koperek|dill|n
szczypiorek|chives|n
mieszanka warzywna|mixed vegetables|n
mieszanka warzyw|mixed vegetables|n
susz warzywny|dried vegetables|n
włoszczyzna|soup vegetables|n
rabarbar|rhubarb|n

# Chapter 08: fruit and nuts
owoc|fruit|n
owoce|fruit|n
owoców|of fruit|m
owocowy|fruit|m
bakalie|dried fruit and nuts|n
banan|bananas|n
banany|bananas|n
bananów|of bananas|m
jabłko|apples|n
jabłek|of apples|m
jabłkowy|apple|m
gruszka|pears|n
pomarańcza|oranges|n
mandarynka|mandarins|n
klementynki|clementines|n
cytryna|lemons|n
cytrynowy|lemon|m
limonka|limes|n
grejpfrut|grapefruit|n
grejpfruty|grapefruit|n
pomelo|pomelos|n
cytrusy|citrus fruit|n
owoce cytrusowe|citrus fruit|n
skórka pomarańczowa|orange peel|n
skórka cytrynowa|lemon peel|n
winogrono|grapes|n
rodzynki|raisins|n
truskawka|strawberries|n
truskawek|of strawberries|m
poziomki|wild strawberries|n
malina|raspberries|n
jeżyny|blackberries|n
borówki|blueberries|n
borówka amerykańska|blueberries|n
jagoda|bilberries|n
jagody goji|goji berries|n
żurawina|cranberries|n
porzeczka|currants|n
czarna porzeczka|blackcurrants|n
agrest|gooseberries|n
wiśnia|sour cherries|n
czereśnia|cherries|n
brzoskwinia|peaches|n
nektarynki|nectarines|n
morela|apricots|n
śliwka|plums|n
śliwki suszone|prunes|n
suszone śliwki|prunes|n
arbuz|watermelons|n
arbuzy|watermelons|n
melon|melons|n
melony|melons|n
ananas|pineapples|n
ananasy|pineapples|n
awokado|avocados|n
mango|mangoes|n
papaja|papayas|n
marakuja|passion fruit|n
gujawa|guavas|n
liczi|lychees|n
figa|figs|n
figi suszone|dried figs|n
suszone figi|dried figs|n
daktyle|dates|n
kiwi|kiwifruit|n
kokos|coconuts|n
kokosy|coconuts|n
orzech kokosowy|coconuts|n
wiórki kokosowe|desiccated coconut|n
owoc granatu|pomegranates|n
pigwa|quinces|n
aronia|chokeberries|n
rokitnik|sea buckthorn|n
orzech|nuts|n
orzechy|nuts|n
orzechów|of nuts|m
orzeszki|nuts|n
orzech włoski|walnuts|n
orzechy włoskie|walnuts|n
orzechy laskowe|hazelnuts|n
migdał|almonds|n
migdały|almonds|n
pistacje|pistachios|n
nerkowce|cashew nuts|n
orzechy nerkowca|cashew nuts|n
orzeszki ziemne|ground-nuts|n
orzeszki arachidowe|ground-nuts|n
fistaszki|ground-nuts|n
orzechy brazylijskie|brazil nuts|n
orzechy makadamia|macadamia nuts|n
orzechy pekan|pecans|n
kasztany|chestnuts|n
kasztany jadalne|chestnuts|n
orzeszki piniowe|pine nuts|n
mieszanka studencka|mixtures of nuts and dried fruit|n
mieszanka orzechów|mixtures of nuts|n

# Chapter 09: coffee, tea, mate, spices
kawa|coffee|n
kawy|coffee|n
kawę|coffee|n
kawa ziarnista|coffee beans|n
kawa w ziarnach|coffee beans|n
ziarna kawy|coffee beans|n
kawa rozpuszczalna|instant coffee|n
kawa niepalona|unroasted coffee|n
bezkofeinowy|decaffeinated|m
kapsułki do kawy|coffee capsules|n
herbata|tea|n
herbata liściasta|leaf tea|n
herbata ekspresowa|tea bags|n
herbata w torebkach|tea bags|n
yerba mate|mate|n
yerba|mate|n
rooibos|rooibos|n
przyprawa|spices|n
przyprawy|spices|n
przypraw|of spices|m
pieprz|pepper|n
papryka mielona|paprika|n
papryka wędzona|smoked paprika|n
cynamon|cinnamon|n
laski cynamonu|cinnamon sticks|n
gałka muszkatołowa|nutmeg|n
wanilia|vanilla|n
laska wanilii|vanilla pods|n
kardamon|cardamom|n
kmin rzymski|cumin|n
kumin|cumin|n
kminek|caraway|n
kolendra|coriander|n
kurkuma|turmeric|n
szafran|saffron|n
anyż|anise|n
badian|star anise|n
ziele angielskie|allspice|n
liść laurowy|bay leaves|n
liście laurowe|bay leaves|n
goździki całe|cloves|n
imbir|ginger|n
curry|curry|n
mieszanka przypraw|mixed spices|n

# Chapter 10: cereals
zboże|cereals|n
zboża|cereals|n
ziarno|grain|n
ziarna|grains|n
pszenica|wheat|n
pszenica twarda|durum wheat|n
orkisz|spelt|n
ryż|rice|n
ryżu|rice|n
ryż basmati|basmati rice|n
ryż paraboliczny|parboiled rice|n
ryż dziki|wild rice|n
ryż łamany|broken rice|n
ryż kleisty|glutinous rice|n
ryż do sushi|sushi rice|n
jęczmień|barley|n
owies|oats|n
żyto|rye|n
proso|millet|n
sorgo|sorghum|n
gryka|buckwheat|n
komosa ryżowa|quinoa|n
quinoa|quinoa|n
amarantus|amaranth|n

# Chapter 11: products of the milling industry
mąka|flour|n
mąki|flour|n
mąka razowa|wholemeal flour|n
mąka z ciecierzycy|chickpea flour|n
mąka ziemniaczana|potato starch|n
kasza|groats|n
kasze|groats|n
kaszy|groats|n
kasza jaglana|millet groats|n
kasza manna|semolina|n
płatki owsiane|rolled oats|n
płatki jęczmienne|barley flakes|n
płatki żytnie|rye flakes|n
płatki ziemniaczane|potato flakes|n
otręby|bran|n
słód|malt|n
skrobia|starch|n
gluten|gluten|n
inulina|inulin|n

# Chapter 12: oil seeds, seeds, medicinal plants, fodder
nasiono|seeds|n
nasiona|seeds|n
nasion|of seeds|m
soja|soya beans|n
ziarno soi|soya beans|n
słonecznik|sunflower seeds|n
nasiona słonecznika|sunflower seeds|n
pestki słonecznika|sunflower seeds|n
pestki dyni|pumpkin seeds|n
sezam|sesame seeds|n
nasiona sezamu|sesame seeds|n
rzepak|rape seeds|n
siemię lniane|linseed|n
nasiona lnu|linseed|n
chia|chia seeds|n
nasiona chia|chia seeds|n
nasiona konopi|hemp seeds|n
mak|poppy seeds|n
nasiona maku|poppy seeds|n
gorczyca|mustard seeds|n
nasiona trawy|grass seed|n
nasiona traw|grass seed|n
nasiona warzyw|vegetable seeds|n
nasiona kwiatów|flower seeds|n
pestki moreli|apricot kernels|n
chmiel|hops|n
szyszki chmielu|hop cones|n
zioło|herbs|n
zioła|herbs|n
zioła lecznicze|medicinal plants|n
rośliny lecznicze|medicinal plants|n
mięta|mint|n
mięta pieprzowa|peppermint|n
rumianek|camomile|n
melisa|lemon balm|n
pokrzywa|nettle|n
szałwia|sage|n
bazylia|basil|n
tymianek|thyme|n
rozmaryn|rosemary|n
lubczyk|lovage|n
żeń-szeń|ginseng|n
lukrecja|liquorice|n
algi|seaweeds|n
wodorosty|seaweeds|n
spirulina|spirulina|n
trzcina cukrowa|sugar cane|n
burak cukrowy|sugar beet|n
buraki cukrowe|sugar beet|n
siano|hay|n
słoma|straw|n
lucerna|lucerne|n
koniczyna|clover|n

# Chapters 13-14: gums, resins, extracts, plaiting materials
guma arabska|gum arabic|n
guma guar|guar gum|n
mączka chleba świętojańskiego|locust bean gum|n
pektyna|pectin|n
agar|agar-agar|n
szelak|shellac|n
ekstrakt|extracts|n
ekstrakty roślinne|vegetable extracts|n
aloes|aloe|n
wiklina|wicker|m
trzcina|reed|m
bambus|bamboo|m
rafia|raffia|m
kapok|kapok|m

# Chapter 15: fats and oils
olej|oil|n
oleju|oil|n
oleje|oils|n
olejów|of oils|m
olej roślinny|vegetable oil|n
oleje roślinne|vegetable oils|n
olej słonecznikowy|sunflower-seed oil|n
olej palmowy|palm oil|n
olej sojowy|soya-bean oil|n
olej lniany|linseed oil|n
olej z pestek winogron|grape seed oil|n
olej z orzeszków ziemnych|ground-nut oil|n
olej rycynowy|castor oil|n
olej z czarnuszki|black seed oil|n
olej arganowy|argan oil|n
olej spożywczy|edible oil|n
olej do smażenia|frying oil|n
oliwa|olive oil|n
oliwa z oliwek|olive oil|n
oliwa extra virgin|extra virgin olive oil|n
oliwa z oliwek extra virgin|extra virgin olive oil|n
tran|cod liver oil|n
olej z wątroby dorsza|cod liver oil|n
olej rybi|fish oil|n
smalec|lard|n
łój|tallow|n
tłuszcz|fat|n
tłuszcze|fats|n
tłuszcz zwierzęcy|animal fat|n
tłuszcz roślinny|vegetable fat|n
margaryna|margarine|n
masło klarowane|clarified butter|n
ghee|ghee|n
wosk pszczeli|beeswax|n
lanolina|lanolin|n
gliceryna|glycerol|n
masło shea|shea butter|n

# Chapter 16: preparations of meat and fish
konserwa|canned food|n
konserwa mięsna|canned meat|n
konserwy mięsne|canned meat|n
konserwa rybna|canned fish|n
konserwy rybne|canned fish|n
gulasz|stew|n
klopsiki|meatballs|n
pulpety|meatballs|n
burgery|burgers|n
hamburgery|hamburgers|n
nuggetsy|chicken nuggets|n
paluszki krabowe|crab sticks|n
surimi|surimi|n
ekstrakt mięsny|meat extract|n
danie gotowe|prepared meals|n
dania gotowe|prepared meals|n
gotowe danie|prepared meals|n
gotowe dania|prepared meals|n

# Chapter 17: sugars and sugar confectionery
cukier|sugar|n
cukru|sugar|n
cukier trzcinowy|cane sugar|n
cukier puder|icing sugar|n
cukier w kostkach|sugar cubes|n
cukier kryształ|granulated sugar|n
glukoza|glucose|n
fruktoza|fructose|n
laktoza|lactose|n
maltodekstryna|maltodextrin|n
syrop|syrup|n
syropy|syrups|n
syrop glukozowy|glucose syrup|n
syrop z agawy|agave syrup|n
melasa|molasses|n
ksylitol|xylitol|n
erytrytol|erythritol|n
stewia|stevia|n
słodycze|sugar confectionery|n
cukierek|sweets|n
cukierki|sweets|n
karmelki|caramels|n
krówki|fudge|n
landrynki|boiled sweets|n
lizak|lollipops|n
lizaki|lollipops|n
żelki|jelly sweets|n
guma do żucia|chewing gum|n
gumy do żucia|chewing gum|n
chałwa|halva|n
marcepan|marzipan|n
nugat|nougat|n
pianki cukrowe|marshmallows|n
lukier|icing|n
posypka|sprinkles|n

# Chapter 18: cocoa and chocolate
kakao|cocoa|n
kakao w proszku|cocoa powder|n
ziarno kakaowe|cocoa beans|n
ziarna kakao|cocoa beans|n
miazga kakaowa|cocoa paste|n
masa kakaowa|cocoa paste|n
czekolada|chocolate|n
czekoladowy|chocolate|m
czekolada gorzka|dark chocolate|n
gorzka czekolada|dark chocolate|n
czekolada deserowa|dark chocolate|n
czekoladki|chocolates|n
praliny|pralines|n
pralinki|pralines|n
bombonierka|boxes of chocolates|n
batoniki|confectionery bars|n
batony|confectionery bars|n
baton czekoladowy|chocolate bars|n
batonik proteinowy|protein bars|n
batony proteinowe|protein bars|n
krem czekoladowy|chocolate spread|n
krem orzechowy|nut spread|n
czekolada do picia|drinking chocolate|n

# Chapter 19: bread, pastry, pasta, cereal preparations
chleb|bread|n
chleba|bread|n
chleb razowy|wholemeal bread|n
chleb tostowy|toast bread|n
pieczywo|bread|n
pieczywo chrupkie|crispbread|n
bułka|bread rolls|n
bułki|bread rolls|n
bagietka|baguettes|n
rogaliki|croissants|n
croissanty|croissants|n
ciastko|biscuits|n
ciasteczka|biscuits|n
herbatniki|sweet biscuits|n
krakersy|crackers|n
wafle|wafers|n
wafelki|wafers|n
andruty|wafers|n
wafle ryżowe|rice cakes|n
piernik|gingerbread|n
pierniki|gingerbread|n
pierniczki|gingerbread|n
ciasto|cakes|n
ciasta|cakes|n
sernik|cheesecake|n
muffinki|muffins|n
muffiny|muffins|n
babeczki|cupcakes|n
pączki|doughnuts|n
drożdżówki|sweet buns|n
ciasto francuskie|puff pastry|n
ciasto na pizzę|pizza dough|n
spody do pizzy|pizza bases|n
pizza|pizza|n
tortilla|tortillas|n
naleśniki|pancakes|n
gofry|waffles|n
sucharki|rusks|n
precle|pretzels|n
paluszki słone|salted sticks|n
grzanki|croutons|n
bułka tarta|breadcrumbs|n
makaron|pasta|n
makaronu|pasta|n
makaron spaghetti|spaghetti|n
spaghetti|spaghetti|n
penne|penne|n
lasagne|lasagne|n
makaron ryżowy|rice noodles|n
makaron instant|instant noodles|n
zupka chińska|instant noodles|n
zupki chińskie|instant noodles|n
makaron nadziewany|stuffed pasta|n
ravioli|ravioli|n
tortellini|tortellini|n
pierogi|dumplings|n
kluski|noodles|n
kopytka|potato dumplings|n
gnocchi|gnocchi|n
kuskus|couscous|n
płatki śniadaniowe|breakfast cereals|n
płatki kukurydziane|corn flakes|n
musli|muesli|n
granola|granola|n
popcorn|popcorn|n
prażona kukurydza|popcorn|n
owsianka|porridge|n
kaszka dla dzieci|infant cereal|n
kaszka dla niemowląt|infant cereal|n
mleko modyfikowane|infant formula|n
mleko następne|follow-on formula|n
żywność dla niemowląt|baby food|n
słoiczki dla niemowląt|baby food|n
ekstrakt słodowy|malt extract|n
kanapki|sandwiches|n
chrupki|puffed snacks|n

# Chapter 20: preparations of vegetables, fruit and nuts; juices
dżem|jam|n
dżemy|jam|n
konfitura|jam|n
powidła|fruit butter|n
marmolada|marmalade|n
mus owocowy|fruit purée|n
przecier|purée|n
passata|passata|n
koncentrat pomidorowy|tomato paste|n
pomidory krojone|chopped tomatoes|n
ogórki konserwowe|pickled gherkins|n
kapusta kiszona|sauerkraut|n
kiszona kapusta|sauerkraut|n
pikle|pickles|n
marynaty|pickles|n
grzyby marynowane|pickled mushrooms|n
ananas w puszce|canned pineapple|n
kukurydza konserwowa|canned sweet corn|n
groszek konserwowy|canned peas|n
owoce kandyzowane|candied fruit|n
skórka kandyzowana|candied peel|n
pulpa owocowa|fruit pulp|n
frytki|french fries|n
chipsy|potato crisps|n
chipsy ziemniaczane|potato crisps|n
chipsy bananowe|banana chips|n
masło orzechowe|peanut butter|n
masło z orzeszków ziemnych|peanut butter|n
sok|juice|n
soku|juice|n
soki|juices|n
sok z cytryny|lemon juice|n
sok wielowarzywny|vegetable juice|n
nektar|nectar|n
nektary|nectars|n

# Chapter 21: miscellaneous edible preparations
sosy|sauces|n
sos pieczeniowy|gravy|n
sos śmietanowy|cream sauce|n
sos słodko-kwaśny|sweet and sour sauce|n
sos curry|curry sauce|n
sos do pizzy|pizza sauce|n
sos serowy|cheese sauce|n
sos sojowy|soy sauce|n
sos pomidorowy|tomato sauce|n
sos do makaronu|pasta sauce|n
sos czosnkowy|garlic sauce|n
sos barbecue|barbecue sauce|n
sos ostry|hot sauce|n
sos rybny|fish sauce|n
sos sałatkowy|salad dressing|n
keczup|ketchup|n
ketchup|ketchup|n
majonez|mayonnaise|n
musztarda|mustard|n
pesto|pesto|n
hummus|hummus|n
przyprawa w płynie|liquid seasoning|n
kostka rosołowa|stock cubes|n
kostki rosołowe|stock cubes|n
bulion|broth|n
rosół|broth|n
zupa|soups|n
zupy|soups|n
zupa instant|instant soup|n
zupa w proszku|instant soup|n
zupa krem|cream soup|n
drożdże|yeast|n
proszek do pieczenia|baking powder|n
lody|ice cream|n
lodów|of ice cream|m
sorbet|sorbet|n
galaretka|jelly|n
budyń|custard|n
suplement|food supplements|n
suplementy|food supplements|n
suplement diety|food supplements|n
suplementy diety|food supplements|n
odżywka białkowa|protein powder|n
odżywki białkowe|protein powder|n
białko serwatkowe|whey protein|n
białko w proszku|protein powder|n
kolagen|collagen|n
probiotyk|probiotics|n
probiotyki|probiotics|n
słodzik|sweeteners|n
słodziki|sweeteners|n
napój roślinny|plant-based drinks|n
mleko roślinne|plant-based drinks|n
mleko sojowe|soya milk|n
mleko owsiane|oat drink|n
napój owsiany|oat drink|n
mleko migdałowe|almond drink|n
tofu|tofu|n
aromat|flavouring|n
aromaty|flavourings|n
barwnik spożywczy|food colouring|n
ekstrakt drożdżowy|yeast extract|n
kawa zbożowa|coffee substitute|n

# Chapter 22: beverages, spirits and vinegar
napój|beverages|n
napoje|beverages|n
napojów|of beverages|m
woda|water|n
wody|water|n
woda mineralna|mineral water|n
wody mineralne|mineral waters|n
woda źródlana|spring water|n
woda gazowana|sparkling water|n
woda smakowa|flavoured water|n
woda tonik|tonic water|n
napój gazowany|soft drinks|n
napoje gazowane|soft drinks|n
napój energetyczny|energy drinks|n
napoje energetyczne|energy drinks|n
energetyk|energy drinks|n
napój izotoniczny|isotonic drinks|n
lemoniada|lemonade|n
oranżada|orangeade|n
cola|cola|n
kombucha|kombucha|n
kwas chlebowy|kvass|n
piwo|beer|n
piwa|beer|n
piwo jasne|lager beer|n
piwo ciemne|dark beer|n
piwo rzemieślnicze|craft beer|n
wino|wine|n
wina|wine|n
wino różowe|rosé wine|n
wino musujące|sparkling wine|n
wino półsłodkie|medium-sweet wine|n
wytrawny|dry|m
półwytrawne|medium-dry|m
szampan|champagne|n
prosecco|prosecco|n
cydr|cider|n
miód pitny|mead|n
wermut|vermouth|n
wódka|vodka|n
wódki|vodka|n
whisky|whisky|n
rum|rum|n
gin|gin|n
tequila|tequila|n
koniak|cognac|n
brandy|brandy|n
likier|liqueurs|n
likiery|liqueurs|n
nalewka|liqueurs|n
spirytus|ethyl alcohol|n
alkohol|alcohol|n
alkohole|spirits|n
ocet|vinegar|n
ocet jabłkowy|cider vinegar|n
ocet winny|wine vinegar|n
ocet balsamiczny|balsamic vinegar|n
lód|ice|n

# Chapter 23: residues of the food industries, animal fodder
pasza|fodder|n
pasze|animal feed|n
mieszanka paszowa|compound feed|n
karma dla psów|dog food|n
karma dla psa|dog food|n
karma dla kotów|cat food|n
karma dla kota|cat food|n
karma dla zwierząt|pet food|n
karma sucha|dry pet food|n
sucha karma|dry pet food|n
karma mokra|wet pet food|n
mokra karma|wet pet food|n
karma dla ryb|fish food|n
karma dla ptaków|bird food|n
karma dla gryzoni|rodent food|n
przysmaki dla psa|dog treats|n
przysmaki dla psów|dog treats|n
przysmaki dla kota|cat treats|n
gryzak dla psa|dog chews|n
makuchy|oil-cake|n
śruta sojowa|soya-bean meal|n
śruta rzepakowa|rapeseed meal|n
wysłodki|beet pulp|n
młóto|brewers' grains|n
mączka mięsno-kostna|meat and bone meal|n
lizawka|salt licks|n
premiks|premixes|n

# Chapter 24: tobacco and nicotine products
tytoń|tobacco|n
tytoniu|tobacco|n
tytoń do skręcania|rolling tobacco|n
tytoń fajkowy|pipe tobacco|n
tytoń do fajki wodnej|water pipe tobacco|n
susz tytoniowy|unmanufactured tobacco|n
papieros|cigarettes|n
papierosy|cigarettes|n
papierosów|of cigarettes|m
cygaro|cigars|n
cygara|cigars|n
cygaretki|cigarillos|n
e-papieros|electronic cigarettes|n
e-papierosy|electronic cigarettes|n
liquidy|e-liquids|n
wkłady tytoniowe|heated tobacco sticks|n
podgrzewacz tytoniu|heated tobacco devices|n
tabaka|snuff|n
snus|snus|n
woreczki nikotynowe|nicotine pouches|n
saszetki nikotynowe|nicotine pouches|n
bibułki|cigarette papers|n
bibułki do papierosów|cigarette papers|n
gilzy|cigarette tubes|n

# Chapters 25-26: salt, stone, earths, cement, ores
sól|salt|n
soli|salt|n
sól kuchenna|table salt|n
sól morska|sea salt|n
sól himalajska|himalayan salt|n
sól jodowana|iodised salt|n
sól drogowa|de-icing salt|n
sól do zmywarki|dishwasher salt|n
siarka|sulphur|n
piasek|sand|n
piasek kwarcowy|silica sand|n
żwir|gravel|n
kamień|stone|n
kamienie|stones|n
tłuczeń|crushed stone|n
kruszywo|aggregate|n
otoczaki|pebbles|n
kamyki|pebbles|n
marmur|marble|m
granit|granite|m
piaskowiec|sandstone|m
łupek|slate|m
bazalt|basalt|m
wapień|limestone|n
kreda|chalk|n
gips|gypsum|n
wapno|lime|n
cement|cement|n
glina|clay|n
kaolin|kaolin|n
bentonit|bentonite|n
talk kosmetyczny|talcum powder|n
azbest|asbestos|n
mika|mica|n
perlit|perlite|n
wermikulit|vermiculite|n
dolomit|dolomite|n
magnezyt|magnesite|n
kwarc|quartz|n
ziemia okrzemkowa|diatomaceous earth|n
pumeks|pumice stone|n
keramzyt|expanded clay|n
ruda żelaza|iron ore|n
ruda miedzi|copper ore|n
boksyt|bauxite|n
żużel|slag|n
popiół|ash|n

# Chapter 27: mineral fuels and oils
węgiel|coal|n
węgla|coal|n
węgiel kamienny|coal|n
węgiel brunatny|lignite|n
ekogroszek|coal|n
koks|coke|n
torf|peat|n
brykiet|briquettes|n
brykiety|briquettes|n
ropa naftowa|crude petroleum oil|n
benzyna|petrol|n
olej napędowy|gas oil|n
paliwo|fuel|n
paliwa|fuels|n
nafta|kerosene|n
paliwo lotnicze|jet fuel|n
olej przekładniowy|gear oil|n
olej smarowy|lubricating oil|n
smar|grease|n
smary|greases|n
parafina|paraffin wax|n
wosk parafinowy|paraffin wax|n
wazelina|petroleum jelly|n
asfalt|asphalt|n
bitum|bitumen|n
papa termozgrzewalna|roofing felt|n
gaz|gas|n
gaz ziemny|natural gas|n
propan|propane|n
butan|butane|n
propan-butan|liquefied petroleum gas|n
gaz płynny|liquefied petroleum gas|n
koks naftowy|petroleum coke|n
energia elektryczna|electrical energy|n

# Chapters 28-29: inorganic and organic chemicals
chemikalia|chemicals|n
odczynnik|reagents|n
odczynniki|reagents|n
kwas|acid|n
kwasy|acids|n
kwas siarkowy|sulphuric acid|n
kwas solny|hydrochloric acid|n
kwas azotowy|nitric acid|n
kwas fosforowy|phosphoric acid|n
kwas cytrynowy|citric acid|n
kwas octowy|acetic acid|n
kwas mrówkowy|formic acid|n
kwas szczawiowy|oxalic acid|n
kwas hialuronowy|hyaluronic acid|n
kwas askorbinowy|ascorbic acid|n
kwas borowy|boric acid|n
kwas mlekowy|lactic acid|n
kwas salicylowy|salicylic acid|n
soda kaustyczna|caustic soda|n
wodorotlenek sodu|sodium hydroxide|n
wodorotlenek potasu|potassium hydroxide|n
soda kalcynowana|disodium carbonate|n
węglan sodu|disodium carbonate|n
soda oczyszczona|sodium hydrogencarbonate|n
wodorowęglan sodu|sodium hydrogencarbonate|n
węglan wapnia|calcium carbonate|n
chlorek sodu|sodium chloride|n
chlorek wapnia|calcium chloride|n
chlorek magnezu|magnesium chloride|n
siarczan magnezu|magnesium sulphate|n
siarczan miedzi|copper sulphate|n
siarczan żelaza|iron sulphate|n
siarczan amonu|ammonium sulphate|n
nadmanganian potasu|potassium permanganate|n
nadtlenek wodoru|hydrogen peroxide|n
woda utleniona|hydrogen peroxide|n
podchloryn sodu|sodium hypochlorite|n
amoniak|ammonia|n
chlor|chlorine|n
tabletki chlorowe|chlorine tablets|n
tlen|oxygen|n
azot|nitrogen|n
wodór|hydrogen|n
hel|helium|n
argon|argon|n
dwutlenek węgla|carbon dioxide|n
krzem|silicon|n
jod|iodine|n
fosforany|phosphates|n
krzemionka|silica|n
dwutlenek tytanu|titanium dioxide|n
tlenek cynku|zinc oxide|n
tlenek glinu|aluminium oxide|n
woda demineralizowana|demineralised water|n
alkohol etylowy|ethyl alcohol|n
etanol|ethanol|n
alkohol izopropylowy|isopropyl alcohol|n
izopropanol|isopropyl alcohol|n
metanol|methanol|n
glikol|glycol|n
glikol propylenowy|propylene glycol|n
glikol etylenowy|ethylene glycol|n
aceton|acetone|n
rozpuszczalnik|solvents|n
rozpuszczalniki|solvents|n
benzen|benzene|n
toluen|toluene|n
ksylen|xylene|n
formaldehyd|formaldehyde|n
octan etylu|ethyl acetate|n
mocznik|urea|n
kofeina|caffeine|n
mentol|menthol|n
kreatyna|creatine|n
aminokwasy|amino acids|n
glutaminian sodu|monosodium glutamate|n
sacharyna|saccharin|n
aspartam|aspartame|n
witamina|vitamins|n
witamina c|vitamin c|n
witamina d|vitamin d|n
witamina d3|vitamin d3|n
witamina e|vitamin e|n
witamina b12|vitamin b12|n
hormony|hormones|n
enzymy|enzymes|n
alkaloidy|alkaloids|n
nikotyna|nicotine|n
biotyna|biotin|n

# Chapter 30: pharmaceutical products
lek|medicaments|n
leki|medicaments|n
lekarstwo|medicaments|n
farmaceutyki|pharmaceutical products|n
tabletka|tablets|n
tabletek|of tablets|m
kapsułka|capsules|n
kapsułek|of capsules|m
syrop na kaszel|cough syrup|n
krople|drops|n
krople do oczu|eye drops|n
krople do nosa|nasal drops|n
spray do nosa|nasal spray|n
maść|ointment|n
maści|ointments|n
tabletki przeciwbólowe|painkillers|n
środki przeciwbólowe|analgesics|n
przeciwbólowy|analgesic|m
antybiotyk|antibiotics|n
antybiotyki|antibiotics|n
szczepionka|vaccines|n
insulina|insulin|n
środki antykoncepcyjne|contraceptives|n
homeopatyczny|homoeopathic|m
bandaż|bandages|n
bandaże|bandages|n
opatrunek|dressings|n
opatrunki|dressings|n
plastry|slices|m
plaster opatrunkowy|adhesive dressings|n
plastry opatrunkowe|adhesive dressings|n
plastry na rany|adhesive dressings|n
gaza|gauze|n
gaza opatrunkowa|gauze|n
wata|wadding|n
wata opatrunkowa|cotton wool|n
waciki|cotton wool pads|n
patyczki higieniczne|cotton buds|n
apteczka|first-aid kits|n
apteczki|first-aid kits|n
apteczka pierwszej pomocy|first-aid kits|n
test ciążowy|pregnancy tests|n
testy ciążowe|pregnancy tests|n
testy diagnostyczne|diagnostic kits|n
test antygenowy|antigen tests|n
paski do glukometru|blood glucose test strips|n
nici chirurgiczne|surgical sutures|n
żel do usg|ultrasound gel|n

# Chapter 31: fertilizers
nawóz|fertilizers|n
nawozy|fertilizers|n
nawóz azotowy|nitrogenous fertilizers|n
nawóz fosforowy|phosphatic fertilizers|n
nawóz potasowy|potassic fertilizers|n
nawóz wieloskładnikowy|compound fertilizers|n
nawóz npk|npk fertilizers|n
nawóz do trawy|lawn fertilizers|n
nawóz do roślin|plant fertilizers|n
saletra|nitrate fertilizers|n
saletra amonowa|ammonium nitrate|n
saletrzak|calcium ammonium nitrate|n
superfosfat|superphosphates|n
obornik|manure|n
kompost|compost|n
biohumus|vermicompost|n

# Chapter 32: paints, varnishes, dyes, inks
farba|paint|n
farby|paints|n
farb|of paints|m
farba olejna|oil paint|n
farby olejne|oil paints|n
farba emulsyjna|emulsion paint|n
farba do ścian|wall paint|n
farba do drewna|wood paint|n
farba do metalu|metal paint|n
farby plakatowe|poster paints|n
farby akwarelowe|watercolours|n
akwarele|watercolours|n
farby do tkanin|textile paints|n
emalia|enamel|n
lakier|varnish|n
lakiery|varnishes|n
lakier do drewna|wood varnish|n
lakier bezbarwny|clear varnish|n
lakier samochodowy|car paint|n
bejca|wood stain|n
podkład gruntujący|primer|n
szpachlówka|filler|n
masa szpachlowa|filler|n
kit szklarski|glaziers' putty|n
silikon sanitarny|silicone sealant|n
uszczelniacz|sealant|n
pianka montażowa|polyurethane foam sealant|n
pigment|pigments|n
pigmenty|pigments|n
barwnik|dyes|n
barwniki|dyes|n
atrament|ink|n
atramenty|inks|n
tusz do drukarki|printer ink|n
tusz do pieczątek|stamp pad ink|n
tusz kreślarski|drawing ink|n
toner|toner|n
tonery|toners|n
garbniki|tanning extracts|n

# Chapter 33: essential oils, perfumery, cosmetics
perfumy|perfumes|n
perfum|of perfumes|m
woda perfumowana|eau de parfum|n
woda toaletowa|eau de toilette|n
woda kolońska|eau de cologne|n
mgiełka do ciała|body mist|n
kosmetyk|cosmetics|n
kosmetyki|cosmetics|n
kosmetyków|of cosmetics|m
kosmetyczny|cosmetic|m
krem|cream|n
kremy|creams|n
kremów|of creams|m
krem do twarzy|face cream|n
krem przeciwzmarszczkowy|anti-wrinkle cream|n
krem pod oczy|eye cream|n
krem do rąk|hand cream|n
krem do stóp|foot cream|n
krem do ciała|body cream|n
balsam do ciała|body lotion|n
balsam do ust|lip balm|n
mleczko do ciała|body milk|n
mleczko do demakijażu|cleansing milk|n
płyn micelarny|micellar water|n
woda micelarna|micellar water|n
tonik do twarzy|facial toner|n
serum|serum|n
serum do twarzy|face serum|n
maseczka do twarzy|face masks|n
maska do włosów|hair masks|n
peeling do twarzy|facial scrub|n
peeling do ciała|body scrub|n
szampon|shampoo|n
szampony|shampoos|n
szampon do włosów|shampoo|n
odżywka do włosów|hair conditioner|n
farba do włosów|hair dye|n
lakier do włosów|hair spray|n
żel do włosów|hair gel|n
pianka do włosów|hair mousse|n
wosk do włosów|hair wax|n
olejek do włosów|hair oil|n
henna|henna|n
pasta do zębów|toothpaste|n
pasty do zębów|toothpaste|n
płyn do płukania jamy ustnej|mouthwash|n
płyn do płukania ust|mouthwash|n
nić dentystyczna|dental floss|n
nici dentystyczne|dental floss|n
paski wybielające|teeth whitening strips|n
dezodorant|deodorant|n
dezodoranty|deodorants|n
antyperspirant|antiperspirant|n
żel pod prysznic|shower gel|n
żele pod prysznic|shower gels|n
płyn do kąpieli|bubble bath|n
sól do kąpieli|bath salts|n
sole do kąpieli|bath salts|n
kule do kąpieli|bath bombs|n
płyn do higieny intymnej|intimate hygiene wash|n
pianka do golenia|shaving foam|n
żel do golenia|shaving gel|n
krem do golenia|shaving cream|n
płyn po goleniu|aftershave|n
balsam po goleniu|aftershave balm|n
olejek do brody|beard oil|n
krem do opalania|sunscreen|n
balsam do opalania|sunscreen|n
samoopalacz|self-tanner|n
olejek|oil|n
olejki|oils|n
olejek eteryczny|essential oil|n
olejki eteryczne|essential oils|n
olejek do masażu|massage oil|n
makijaż|make-up|n
kosmetyki do makijażu|make-up preparations|n
podkład do twarzy|foundation|n
podkład do makijażu|foundation|n
korektor pod oczy|concealer|n
puder|face powder|n
pudry|face powders|n
róż do policzków|blusher|n
bronzer|bronzer|n
rozświetlacz|highlighter|n
cień do powiek|eyeshadow|n
cienie do powiek|eyeshadow|n
paleta cieni|eyeshadow palettes|n
tusz do rzęs|mascara|n
maskara|mascara|n
eyeliner|eyeliner|n
kredka do oczu|eye pencils|n
kredka do brwi|eyebrow pencils|n
pomadka|lipstick|n
pomadki|lipsticks|n
szminka|lipstick|n
szminki|lipsticks|n
błyszczyk|lip gloss|n
konturówka|lip liner|n
lakier do paznokci|nail varnish|n
lakiery do paznokci|nail varnishes|n
lakier hybrydowy|gel nail polish|n
lakiery hybrydowe|gel nail polishes|n
zmywacz do paznokci|nail varnish remover|n
odżywka do paznokci|nail conditioner|n
żel do paznokci|nail gel|n
sztuczne paznokcie|artificial nails|n
zasypka|baby powder|n
oliwka dla dzieci|baby oil|n
chusteczki nawilżane|wet wipes|n
płatki kosmetyczne|cotton pads|n
waciki kosmetyczne|cotton pads|n
kadzidło|incense|n
kadzidełka|incense sticks|n
patyczki zapachowe|reed diffusers|n
dyfuzor zapachowy|fragrance diffusers|n
odświeżacz powietrza|air fresheners|n
odświeżacze powietrza|air fresheners|n
zapach do samochodu|car air fresheners|n
zawieszka zapachowa|car air fresheners|n
wosk zapachowy|scented wax melts|n

# Chapter 34: soap, washing preparations, candles, modelling pastes
mydło|soap|n
mydła|soap|n
mydło w kostce|toilet soap|n
mydło toaletowe|toilet soap|n
proszek do prania|washing powder|n
płyn do prania|laundry detergent|n
żel do prania|laundry gel|n
kapsułki do prania|laundry capsules|n
płyn do płukania|fabric softener|n
płyn do płukania tkanin|fabric softener|n
odplamiacz|stain remover|n
wybielacz|bleach|n
płyn do naczyń|washing-up liquid|n
płyn do mycia naczyń|washing-up liquid|n
tabletki do zmywarki|dishwasher tablets|n
kapsułki do zmywarki|dishwasher tablets|n
nabłyszczacz|rinse aid|n
płyn do mycia|cleaning liquid|n
płyn do mycia podłóg|floor cleaner|n
płyn do szyb|glass cleaner|n
środek czyszczący|cleaning preparations|n
środek do czyszczenia|cleaning preparations|n
środki czystości|cleaning products|n
mleczko do czyszczenia|scouring cream|n
proszek do szorowania|scouring powder|n
odkamieniacz|descaler|n
odtłuszczacz|degreaser|n
udrażniacz do rur|drain cleaner|n
żel do wc|toilet cleaner|n
płyn do wc|toilet cleaner|n
kostka do wc|toilet rim blocks|n
pasta do butów|shoe polish|n
pasta polerska|polishing paste|n
pasta do podłóg|floor polish|n
wosk samochodowy|car wax|n
środek powierzchniowo czynny|surface-active agents|n
detergent|detergents|n
detergenty|detergents|n
świeca|candles|n
świece|candles|n
świeczka|candles|n
świec|of candles|m
tealighty|tealights|n
znicz|grave candles|n
znicze|grave candles|n
wkłady do zniczy|candle inserts|n
wosk sojowy|soy wax|n
plastelina|modelling paste|n
ciastolina|modelling dough|n
masa plastyczna|modelling paste|n

# Chapter 35: glues, gelatin, enzymes
klej|glue|n
kleje|glues|n
klej do drewna|wood glue|n
klej do płytek|tile adhesive|n
klej na gorąco|hot-melt glue|n
klej w sztyfcie|glue sticks|n
klej błyskawiczny|instant adhesive|n
klej montażowy|construction adhesive|n
klej epoksydowy|epoxy adhesive|n
klej do tapet|wallpaper paste|n
żelatyna|gelatin|n
kazeina|casein|n
albumina|albumin|n
dekstryna|dextrins|n

# Chapters 36-37: explosives, matches, fireworks, photographic goods
zapałki|matches|n
fajerwerki|fireworks|n
sztuczne ognie|fireworks|n
petarda|firecrackers|n
zimne ognie|sparklers|n
proch strzelniczy|gunpowder|n
materiały wybuchowe|explosives|n
kamienie do zapalniczek|lighter flints|n
gaz do zapalniczek|lighter gas|n
podpałka|firelighters|n
rozpałka|firelighters|n
film fotograficzny|photographic film|n
klisza|photographic film|n
wkłady do aparatu natychmiastowego|instant print film|n
klisza rentgenowska|x-ray film|n

# Chapter 38: miscellaneous chemical products
środek owadobójczy|insecticides|n
środki owadobójcze|insecticides|n
insektycyd|insecticides|n
insektycydy|insecticides|n
repelent|insect repellents|n
spray na komary|insect repellent spray|n
środek chwastobójczy|herbicides|n
herbicyd|herbicides|n
herbicydy|herbicides|n
fungicyd|fungicides|n
fungicydy|fungicides|n
środek grzybobójczy|fungicides|n
pestycydy|pesticides|n
środki ochrony roślin|plant protection products|n
trutka|rodenticides|n
trutka na szczury|rodenticides|n
trutka na myszy|rodenticides|n
płyn do chłodnic|antifreeze|n
płyn chłodniczy|coolant|n
płyn hamulcowy|hydraulic brake fluid|n
płyn do spryskiwaczy|windscreen washer fluid|n
odmrażacz|de-icer|n
odmrażacz do szyb|de-icer|n
dodatek do paliwa|fuel additive|n
dodatki do paliw|fuel additives|n
węgiel aktywny|activated carbon|n
węgiel aktywowany|activated carbon|n
biodiesel|biodiesel|n
biopaliwo|biofuel|n
płyn do dezynfekcji|disinfectant|n
środek dezynfekujący|disinfectants|n
środki dezynfekujące|disinfectants|n
płyn do dezynfekcji rąk|hand sanitiser|n
żel do dezynfekcji rąk|hand sanitiser|n
żel antybakteryjny|hand sanitiser|n
impregnat do drewna|wood preservative|n
topnik|flux|n
pasta lutownicza|soldering paste|n
korektor w płynie|correction fluid|n
korektor w taśmie|correction tape|n
środek gaśniczy|fire extinguishing preparations|n
żwirek|cat litter|n
żwirek dla kota|cat litter|n
żwirek silikonowy|silica gel cat litter|n
pochłaniacz wilgoci|moisture absorbers|n
żel krzemionkowy|silica gel|n
podłoże hodowlane|culture media|n

# Chapter 39: plastics and articles thereof
plastik|plastics|m
plastiku|plastics|m
z plastiku|plastic|m
plastikowy|plastic|m
plastikowa|plastic|m
plastikowe|plastic|m
tworzywo sztuczne|plastics|m
tworzywa sztuczne|plastics|m
z tworzywa sztucznego|of plastics|m
z tworzywa|of plastics|m
polietylen|polyethylene|m
polietylenowy|polyethylene|m
polipropylen|polypropylene|m
polipropylenowy|polypropylene|m
polistyren|polystyrene|m
styropian|expanded polystyrene|n
styropianowy|polystyrene|m
pcv|polyvinyl chloride|m
polichlorek winylu|polyvinyl chloride|m
poliwęglan|polycarbonate|m
poliwęglanowy|polycarbonate|m
pleksi|acrylic glass|m
plexi|acrylic glass|m
szkło akrylowe|acrylic glass|m
akryl|acrylic|m
akrylowy|acrylic|m
akrylowa|acrylic|m
akrylowe|acrylic|m
poliuretan|polyurethane|m
poliuretanowy|polyurethane|m
pianka poliuretanowa|polyurethane foam|m
pianka|foam|m
piankowy|foam|m
piankowa|foam|m
piankowe|foam|m
z pianki|foam|m
pianka memory|memory foam|m
z pianki memory|memory foam|m
silikon|silicone|m
silikonu|silicone|m
z silikonu|silicone|m
silikonowy|silicone|m
silikonowa|silicone|m
silikonowe|silicone|m
żywica|resin|m
żywice|resins|n
z żywicy|resin|m
żywica epoksydowa|epoxy resin|n
granulat|granules|n
folia|film|n
folii|film|n
folia stretch|stretch film|n
folia spożywcza|cling film|n
folia bąbelkowa|bubble wrap|n
folia malarska|plastic sheeting|n
folia na telefon|screen protector film|n
worek|sacks|n
worki|sacks|n
worków|of sacks|m
woreczki|bags|n
worek na śmieci|refuse bags|n
worki na śmieci|refuse bags|n
worki foliowe|plastic bags|n
torebki foliowe|plastic bags|n
torba foliowa|plastic bags|n
reklamówki|plastic carrier bags|n
woreczki strunowe|zip bags|n
worki próżniowe|vacuum storage bags|n
worki do odkurzacza|vacuum cleaner bags|n
pojemnik|containers|n
pojemniki|containers|n
pojemników|of containers|m
pojemnik na żywność|food containers|n
pojemniki na żywność|food containers|n
pudełko|boxes|n
pudełek|of boxes|m
skrzynki plastikowe|plastic crates|n
butelka|bottles|n
butelek|of bottles|m
butelki pet|pet bottles|n
butelka na wodę|water bottles|n
bidon|water bottles|n
bidony|water bottles|n
kanister|jerrycans|n
kanistry|jerrycans|n
wiadro|buckets|n
wiaderko|buckets|n
kubki jednorazowe|disposable cups|n
słomka|drinking straws|n
zakrętka|caps|n
rura|pipes|n
rury|pipes|n
rur|of pipes|m
rurka|tubes|n
rurki|tubes|n
rury pcv|pvc pipes|n
rury pex|pex pipes|n
kształtki|fittings|n
złączka|fittings|n
wąż|hoses|n
wężyk|hoses|n
węże ogrodowe|garden hoses|n
rynna|gutters|n
rynny|gutters|n
panele pcv|pvc panels|n
taśma|tape|n
taśmy|tapes|n
taśma klejąca|adhesive tape|n
taśma izolacyjna|insulating tape|n
taśma dwustronna|double-sided tape|n
taśma malarska|masking tape|n
płyta poliwęglanowa|polycarbonate sheets|n
płyty poliwęglanowe|polycarbonate sheets|n
płyta plexi|acrylic sheets|n
arkusze|sheets|n
doniczka|flower pots|n
donica|planters|n
wanna|baths|n
wanny|baths|n
brodzik|shower trays|n
kabina prysznicowa|shower enclosures|n
deska sedesowa|lavatory seats|n
deska wc|lavatory seats|n
spłuczka|flushing cisterns|n
obudowa|cases|n
etui|cases|n
pokrowiec|covers|n
pokrowce|covers|n
etui na telefon|mobile phone cases|n
etui do telefonu|mobile phone cases|n
obudowa na telefon|mobile phone cases|n
obudowa do telefonu|mobile phone cases|n
pokrowiec na telefon|mobile phone cases|n
szkło ochronne|glass screen protectors|n
folia ochronna na ekran|screen protectors|n
kosz na śmieci|waste bins|n
kosze na śmieci|waste bins|n
kosz na pranie|laundry baskets|n
miska|bowls|n
miski|bowls|n
misek|of bowls|m
suszarka do naczyń|dish drainers|n
ociekacz|dish drainers|n
wieszak|hangers|n
wieszaki|hangers|n
wieszaki na ubrania|clothes hangers|n
klamerki|clothes pegs|n
klamerki do prania|clothes pegs|n
rękawice nitrylowe|nitrile gloves|n
rękawiczki nitrylowe|nitrile gloves|n
opaski zaciskowe|cable ties|n
trytki|cable ties|n
okna pcv|pvc windows|n
parapet|window sills|n
parapety|window sills|n
żaluzje|venetian blinds|n
moskitiera|insect screens|n
akcesoria|accessories|n
artykuły|articles|n
wyroby|articles|n
wyroby z tworzyw sztucznych|articles of plastics|n

# Chapter 40: rubber and articles thereof
guma|rubber|m
gumy|rubber|m
z gumy|rubber|m
gumowy|rubber|m
gumowa|rubber|m
gumowe|rubber|m
kauczuk|natural rubber|n
kauczuk naturalny|natural rubber|n
kauczuk syntetyczny|synthetic rubber|n
lateks|latex|m
z lateksu|latex|m
lateksowy|latex|m
lateksowa|latex|m
lateksowe|latex|m
neopren|neoprene|m
z neoprenu|neoprene|m
neoprenowy|neoprene|m
neoprenowa|neoprene|m
neoprenowe|neoprene|m
opona|tyres|n
opony|tyres|n
opon|of tyres|m
opony ciężarowe|lorry tyres|n
opony bieżnikowane|retreaded tyres|n
dętka|inner tubes|n
dętki|inner tubes|n
pasek klinowy|v-belts|n
paski klinowe|v-belts|n
pasek rozrządu|timing belts|n
pas transmisyjny|transmission belts|n
taśma transportowa|conveyor belts|n
węże gumowe|rubber hoses|n
gumka recepturka|rubber bands|n
gumki recepturki|rubber bands|n
gumka do mazania|erasers|n
gumki do mazania|erasers|n
prezerwatywa|sheath contraceptives|n
smoczek|dummies|n
smoczki|dummies|n
smoczek uspokajający|dummies|n
uszczelka|gaskets|n
o-ring|o-rings|n
o-ringi|o-rings|n
zatyczki do uszu|earplugs|n
stopery do uszu|earplugs|n
termofor|hot-water bottles|n

# Chapters 41-42: hides, leather, leather goods, bags, travel goods
skóra|leather|m
skóry|leather|m
skóra naturalna|genuine leather|m
skóra bydlęca|bovine leather|m
skóra licowa|full-grain leather|m
skóra wołowa|cowhide|m
skóra cielęca|calfskin|m
skóra owcza|sheepskin|m
skóra kozia|goatskin|m
skóra świńska|pigskin|m
skóry surowe|raw hides and skins|n
skóra ekologiczna|imitation leather|m
ekoskóra|imitation leather|m
ekoskóry|imitation leather|m
sztuczna skóra|imitation leather|m
skóra syntetyczna|synthetic leather|m
zamsz|suede|m
zamszu|suede|m
z zamszu|suede|m
zamszowy|suede|m
zamszowa|suede|m
zamszowe|suede|m
nubuk|nubuck|m
z nubuku|nubuck|m
skórzany|leather|m
skórzana|leather|m
skórzane|leather|m
ze skóry|leather|m
ze skóry naturalnej|genuine leather|m
ze skóry ekologicznej|imitation leather|m
z ekoskóry|imitation leather|m
ze sztucznej skóry|imitation leather|m
torba|bags|n
torby|bags|n
torebka|handbags|n
torebek|of bags|m
torebka damska|handbags|n
torba na ramię|shoulder bags|n
listonoszka|messenger bags|n
torba listonoszka|messenger bags|n
kopertówka|clutch bags|n
shopperka|tote bags|n
torba na zakupy|shopping bags|n
torby na zakupy|shopping bags|n
torba na laptopa|laptop bags|n
torba termiczna|cool bags|n
saszetka|pouches|n
saszetka na pas|bum bags|n
saszetka nerka|bum bags|n
plecak|rucksacks|n
plecaki|rucksacks|n
plecaków|of rucksacks|m
plecak szkolny|school bags|n
tornister|school bags|n
plecak turystyczny|hiking rucksacks|n
walizka|suitcases|n
walizek|of suitcases|m
walizka kabinowa|cabin suitcases|n
bagaż|luggage|n
portfel|wallets|n
portfele|wallets|n
portmonetka|purses|n
etui na karty|card holders|n
wizytownik|card holders|n
etui na klucze|key cases|n
kosmetyczka|toilet bags|n
kosmetyczki|toilet bags|n
neseser|vanity cases|n
aktówka|briefcases|n
teczka skórzana|leather briefcases|n
futerał|cases|n
futerały|cases|n
etui na okulary|spectacle cases|n
pasek|belts|n
paski|belts|n
pasek do spodni|belts|n
smycz|leashes|n
smycze|leashes|n
smycz dla psa|dog leads|n
obroża|collars|n
obroża dla psa|dog collars|n
szelki dla psa|dog harnesses|n
kaganiec|muzzles|n
siodło|saddles|n
uprząż|harness|n
uzda|bridles|n
czaprak|saddle cloths|n

# Chapter 43: furskins and artificial fur
futro|fur coats|n
futra|fur coats|n
futerko|fur|m
z futrem|with fur trim|m
z futra|fur|m
futrzany|fur|m
futrzana|fur|m
futrzane|fur|m
sztuczne futro|artificial fur|m
kożuch|sheepskin coats|n
kożuchy|sheepskin coats|n
skóry futerkowe|furskins|n

# Chapter 44: wood and articles of wood
drewno|wood|m
drewna|wood|m
z drewna|wooden|m
drewniany|wooden|m
drewniana|wooden|m
drewniane|wooden|m
lite drewno|solid wood|m
z litego drewna|solid wood|m
drewno dębowe|oak wood|m
dąb|oak|m
dębowy|oak|m
dębowa|oak|m
dębowe|oak|m
sosna|pine|m
sosnowy|pine|m
sosnowa|pine|m
sosnowe|pine|m
buk|beech|m
bukowy|beech|m
bukowa|beech|m
bukowe|beech|m
brzoza|birch|m
brzozowy|birch|m
brzozowa|birch|m
brzozowe|birch|m
jesion|ash|m
jesionowy|ash|m
akacja|acacia|m
akacjowy|acacia|m
akacjowa|acacia|m
akacjowe|acacia|m
teak|teak|m
tekowy|teak|m
świerk|spruce|m
świerkowy|spruce|m
modrzew|larch|m
modrzewiowy|larch|m
olcha|alder|m
klonowy|maple|m
mahoń|mahogany|m
heban|ebony|m
drewno tropikalne|tropical wood|m
bambusowy|bamboo|m
bambusowa|bamboo|m
bambusowe|bamboo|m
z bambusu|bamboo|m
drewno opałowe|fuel wood|n
drewno kominkowe|fuel wood|n
drewno do kominka|fuel wood|n
pellet|wood pellets|n
pelet|wood pellets|n
pellet drzewny|wood pellets|n
zrębki|wood chips|n
trociny|sawdust|n
węgiel drzewny|wood charcoal|n
brykiet drzewny|wood briquettes|n
kłody|logs|n
drewno okrągłe|wood in the rough|n
tarcica|sawn wood|n
kantówka|sawn timber|n
deska|boards|n
deski|boards|n
belka|beams|n
belki|beams|n
listwy|mouldings|n
listwa przypodłogowa|skirting boards|n
listwy przypodłogowe|skirting boards|n
sklejka|plywood|n
płyta wiórowa|particle board|n
płyty wiórowe|particle board|n
płyta mdf|fibreboard|n
płyty mdf|fibreboard|n
płyta pilśniowa|fibreboard|n
płyta osb|oriented strand board|n
płyty osb|oriented strand board|n
fornir|veneer sheets|n
parkiet|parquet flooring|n
deski podłogowe|floorboards|n
panele podłogowe|laminate flooring|n
panele laminowane|laminate flooring|n
panele winylowe|vinyl flooring|n
drzwi|doors|n
drzwi wewnętrzne|interior doors|n
drzwi zewnętrzne|exterior doors|n
okno|windows|n
okna|windows|n
futryna|door frames|n
ościeżnica|door frames|n
schody|stairs|n
paleta|pallets|n
europaleta|euro pallets|n
skrzynia|chests|n
skrzynka drewniana|wooden boxes|n
skrzynki drewniane|wooden boxes|n
beczka drewniana|wooden casks|n
ramka|frames|n
ramki|frames|n
ramka na zdjęcia|photograph frames|n
ramki na zdjęcia|photograph frames|n
rama|frames|n
ramy|frames|n
deska do krojenia|chopping boards|n
deski do krojenia|chopping boards|n
przybory kuchenne|kitchen utensils|n
wałek do ciasta|rolling pins|n
patyczki|sticks|n
szpikulce|skewers|n
patyczki do szaszłyków|skewers|n
wykałaczki|toothpicks|n
pałeczki|chopsticks|n
szkatułka|caskets|n
szkatułka na biżuterię|jewellery boxes|n
trumna|coffins|n
karmnik|bird feeders|n
budka lęgowa|nest boxes|n
rzeźba drewniana|wood carvings|n
sztachety|pickets|n
kołki drewniane|dowels|n
konstrukcje drewniane|builders' joinery|n

# Chapters 45-46: cork, basketwork
korek|cork|m
korkowy|cork|m
korkowa|cork|m
korkowe|cork|m
z korka|cork|m
korki do wina|wine corks|n
korki do butelek|bottle corks|n
podkładki korkowe|cork coasters|n
wiklinowy|wicker|m
wiklinowa|wicker|m
wiklinowe|wicker|m
z wikliny|wicker|m
rattan|rattan|m
rattanowy|rattan|m
rattanowa|rattan|m
rattanowe|rattan|m
z rattanu|rattan|m
technorattan|synthetic rattan|m
kosz|baskets|n
kosze|baskets|n
koszyk|baskets|n
koszyki|baskets|n
kosz piknikowy|picnic baskets|n
wyroby koszykarskie|basketwork|n

# Chapters 47-48: pulp, paper and paperboard, articles of paper
celuloza|cellulose|n
masa celulozowa|wood pulp|n
makulatura|waste paper|n
papier|paper|n
papieru|paper|n
papierowy|paper|m
papierowa|paper|m
papierowe|paper|m
z papieru|paper|m
papier a4|a4 paper|n
papier ksero|copy paper|n
papier biurowy|copy paper|n
papier do drukarki|printer paper|n
papier kredowy|coated paper|n
papier pakowy|wrapping paper|n
papier do pakowania|wrapping paper|n
papier prezentowy|gift wrap|n
papier toaletowy|toilet paper|n
chusteczki|tissues|n
chusteczki higieniczne|paper handkerchiefs|n
chusteczki do nosa|paper handkerchiefs|n
serwetka|serviettes|n
papier do pieczenia|baking paper|n
papier śniadaniowy|greaseproof paper|n
tektura|paperboard|n
tektura falista|corrugated paperboard|n
tekturowy|paperboard|m
tekturowa|paperboard|m
tekturowe|paperboard|m
z tektury|paperboard|m
karton|cartons|n
kartony|cartons|n
kartonów|of cartons|m
kartonowy|cardboard|m
kartonowa|cardboard|m
kartonowe|cardboard|m
z kartonu|cardboard|m
kartony do przeprowadzki|cardboard boxes|n
torebki papierowe|paper bags|n
koperta|envelopes|n
koperty|envelopes|n
kopert|of envelopes|m
koperty bąbelkowe|padded envelopes|n
etykieta|labels|n
etykiety samoprzylepne|self-adhesive labels|n
naklejka|stickers|n
zeszyt|exercise books|n
zeszyty|exercise books|n
notatnik|notebooks|n
notatniki|notebooks|n
karteczki samoprzylepne|sticky notes|n
blok rysunkowy|drawing pads|n
blok techniczny|drawing pads|n
kalendarz|calendars|n
kalendarze|calendars|n
terminarz|diaries|n
segregator|ring binders|n
segregatory|ring binders|n
skoroszyt|file folders|n
teczka na dokumenty|document folders|n
teczki na dokumenty|document folders|n
album na zdjęcia|photograph albums|n
album|albums|n
tapeta|wallpaper|n
filtry do kawy|coffee filters|n
kubki papierowe|paper cups|n
papierowe kubki|paper cups|n
rolki do kasy|till rolls|n
rolki termiczne|thermal paper rolls|n
bibuła|tissue paper|n
krepina|crepe paper|n

# Chapter 49: printed matter
książka|books|n
książek|of books|m
książka dla dzieci|children's books|n
książeczka|books|n
podręcznik|textbooks|n
podręczniki|textbooks|n
słownik|dictionaries|n
encyklopedia|encyclopaedias|n
atlas|atlases|n
komiks|comics|n
komiksy|comics|n
kolorowanka|colouring books|n
gazeta|newspapers|n
czasopismo|periodicals|n
magazyn|magazines|n
mapa|maps|n
mapy|maps|n
plakat|posters|n
plakaty|posters|n
obraz na płótnie|canvas prints|n
fototapeta|photo wallpaper|n
pocztówka|postcards|n
kartka okolicznościowa|greeting cards|n
kartki okolicznościowe|greeting cards|n
kartka urodzinowa|birthday cards|n
kartka świąteczna|christmas cards|n
kartki świąteczne|christmas cards|n
zaproszenie|invitations|n
nuty|sheet music|n
broszura|brochures|n
katalog|catalogues|n
ulotka|leaflets|n
druki|printed matter|n
kalkomanie|transfers|n
tatuaże zmywalne|temporary tattoos|n
zdjęcia|photographs|n
fotografie|photographs|n
bilet|tickets|n
bilety|tickets|n
znaczek pocztowy|postage stamps|n
znaczki pocztowe|postage stamps|n
banknot|banknotes|n
banknoty|banknotes|n

# Chapters 50-56: fibres, yarn, wadding, felt, cordage
jedwab|silk|m
jedwabiu|silk|m
z jedwabiu|silk|m
jedwabny|silk|m
jedwabna|silk|m
jedwabne|silk|m
wełna|wool|m
wełny|wool|m
z wełny|wool|m
wełniany|wool|m
wełniana|wool|m
wełniane|wool|m
wełna merino|merino wool|m
z wełny merino|merino wool|m
merino|merino|m
wełna owcza|sheep's wool|m
kaszmir|cashmere|m
kaszmiru|cashmere|m
z kaszmiru|cashmere|m
kaszmirowy|cashmere|m
kaszmirowa|cashmere|m
kaszmirowe|cashmere|m
moher|mohair|m
moherowy|mohair|m
alpaka|alpaca|m
angora|angora|m
bawełna|cotton|m
bawełny|cotton|m
z bawełny|cotton|m
bawełniany|cotton|m
bawełniana|cotton|m
bawełniane|cotton|m
100% bawełny|100% cotton|m
100% bawełna|100% cotton|m
bawełna organiczna|organic cotton|m
z bawełny organicznej|organic cotton|m
len|linen|m
lnu|linen|m
z lnu|linen|m
lniany|linen|m
lniana|linen|m
lniane|linen|m
juta|jute|m
z juty|jute|m
jutowy|jute|m
jutowa|jute|m
jutowe|jute|m
konopie|hemp|m
z konopi|hemp|m
konopny|hemp|m
konopna|hemp|m
konopne|hemp|m
sizal|sisal|m
kokosowy|coconut|m
włókno|fibres|m
włókna|fibres|m
włókno syntetyczne|synthetic fibres|m
włókna syntetyczne|synthetic fibres|m
włókno sztuczne|artificial fibres|m
syntetyczny|synthetic|m
syntetyczna|synthetic|m
syntetyczne|synthetic|m
poliester|polyester|m
poliestru|polyester|m
z poliestru|polyester|m
poliestrowy|polyester|m
poliestrowa|polyester|m
poliestrowe|polyester|m
100% poliester|100% polyester|m
nylon|nylon|m
nylonu|nylon|m
z nylonu|nylon|m
nylonowy|nylon|m
nylonowa|nylon|m
nylonowe|nylon|m
poliamid|polyamide|m
poliamidu|polyamide|m
poliamidowy|polyamide|m
wiskoza|viscose|m
wiskozy|viscose|m
z wiskozy|viscose|m
wiskozowy|viscose|m
wiskozowa|viscose|m
wiskozowe|viscose|m
elastan|elastane|m
elastanu|elastane|m
z elastanem|with elastane|m
spandex|elastane|m
likra|elastane|m
lycra|elastane|m
lyocell|lyocell|m
mikrofibra|microfibre|m
mikrofibry|microfibre|m
z mikrofibry|microfibre|m
polarowy|fleece|m
polarowa|fleece|m
polarowe|fleece|m
z polaru|fleece|m
przędza|yarn|n
przędze|yarns|n
włóczka|knitting yarn|n
nić|thread|n
nici|sewing thread|n
nici do szycia|sewing thread|n
kordonek|crochet thread|n
mulina|embroidery thread|n
wata szklana|glass wool|n
ocieplina|wadding|m
filc|felt|m
z filcu|felt|m
filcowy|felt|m
filcowa|felt|m
filcowe|felt|m
włóknina|nonwovens|m
włókniny|nonwovens|m
agrowłóknina|horticultural fleece|n
geowłóknina|geotextiles|n
sznurek|twine|n
sznurki|twine|n
sznur|cord|n
lina|ropes|n
liny|ropes|n
linka|cords|n
linki|cords|n
lina holownicza|tow ropes|n
siatka|netting|n
sieć rybacka|fishing nets|n
siatka cieniująca|shade netting|n
hamak|hammocks|n
hamaki|hammocks|n
knoty|wicks|n

# Chapters 57-59: carpets, special fabrics, lace, embroidery, coated fabrics
dywan|carpets|n
dywany|carpets|n
dywanik|rugs|n
dywaniki|rugs|n
chodnik dywanowy|carpet runners|n
wykładzina|floor coverings|n
wykładzina dywanowa|carpets|n
kilim|kilims|n
mata|mats|n
maty|mats|n
wycieraczka pod drzwi|doormats|n
gobelin|tapestries|n
gobeliny|tapestries|n
tasiemka|ribbons|n
wstążka|ribbons|n
taśma rzepowa|hook and loop tape|n
rzep|hook and loop fasteners|n
rzepy|hook and loop fasteners|n
pasmanteria|haberdashery|n
frędzle|fringes|n
pompon|pompons|n
pompony|pompons|n
naszywka|badges|n
koronka|lace|m
koronki|lace|m
z koronką|with lace|m
koronkowy|lace|m
koronkowa|lace|m
koronkowe|lace|m
haft|embroidery|n
hafty|embroidery|n
z haftem|embroidered|m
haftowany|embroidered|m
haftowana|embroidered|m
haftowane|embroidered|m
tiul|tulle|m
tiulowy|tulle|m
tiulowa|tulle|m
organza|organza|m
tkanina powlekana|coated fabrics|n
tkanina wodoodporna|waterproof fabrics|n
cerata|oilcloth|n
plandeka|tarpaulins|n
brezent|canvas|m
wąż strażacki|fire hoses|n

# Chapter 60 and fabrics: woven and knitted fabrics
tkanina|woven fabrics|n
tkaniny|woven fabrics|n
tkanin|of woven fabrics|m
tkanina bawełniana|cotton fabrics|n
tkanina poliestrowa|polyester fabrics|n
tkanina obiciowa|upholstery fabrics|n
tkanina zasłonowa|curtain fabrics|n
materiał na zasłony|curtain fabrics|n
z tkaniny|textile|m
z materiału|textile|m
tkany|woven|m
tkana|woven|m
tkane|woven|m
dzianina|knitted fabrics|n
z dzianiny|knitted|m
dzianinowy|knitted|m
dzianinowa|knitted|m
dzianinowe|knitted|m
dziany|knitted|m
dziana|knitted|m
dziane|knitted|m
dziergany|knitted|m
dziergana|knitted|m
dziergane|knitted|m
na drutach|knitted|m
robiony na drutach|hand-knitted|m
robiona na drutach|hand-knitted|m
szydełkowy|crocheted|m
szydełkowa|crocheted|m
szydełkowe|crocheted|m
na szydełku|crocheted|m
prążkowany|ribbed|m
prążkowana|ribbed|m
dżins|denim|m
dżinsowy|denim|m
dżinsowa|denim|m
dżinsowe|denim|m
jeansowy|denim|m
jeansowa|denim|m
jeansowe|denim|m
denim|denim|m
aksamit|velvet|m
z aksamitu|velvet|m
aksamitny|velvet|m
aksamitna|velvet|m
aksamitne|velvet|m
welur|velour|m
z weluru|velour|m
welurowy|velour|m
welurowa|velour|m
welurowe|velour|m
sztruks|corduroy|m
sztruksowy|corduroy|m
sztruksowa|corduroy|m
sztruksowe|corduroy|m
satyna|satin|m
z satyny|satin|m
satynowy|satin|m
satynowa|satin|m
satynowe|satin|m
flanela|flannel|m
flanelowy|flannel|m
flanelowa|flannel|m
flanelowe|flannel|m
szyfon|chiffon|m
szyfonowy|chiffon|m
szyfonowa|chiffon|m
tafta|taffeta|m
gabardyna|gabardine|m
tweed|tweed|m
muślin|muslin|m
muślinowy|muslin|m
muślinowa|muslin|m
frotte|terry towelling|m
z frotte|terry towelling|m

# Chapters 61-62: apparel and clothing accessories, knitted or not
odzież|clothing|n
odzieży|clothing|n
ubranie|clothes|n
ubranka|children's clothes|n
ubranka niemowlęce|babies' garments|n
odzież niemowlęca|babies' garments|n
odzież ciążowa|maternity clothes|n
koszula|shirts|n
koszule|shirts|n
koszul|of shirts|m
koszula nocna|nightdresses|n
koszule nocne|nightdresses|n
koszulka|t-shirts|n
koszulki|t-shirts|n
koszulek|of t-shirts|m
t-shirt|t-shirts|n
t-shirty|t-shirts|n
koszulka polo|polo shirts|n
koszulki polo|polo shirts|n
koszulka na ramiączkach|vests|n
podkoszulek|vests|n
podkoszulki|vests|n
bluzka|blouses|n
bluzek|of blouses|m
tunika|tunics|n
sweter|sweaters|n
swetry|sweaters|n
swetrów|of sweaters|m
sweterek|sweaters|n
sweterki|sweaters|n
sweter z golfem|turtleneck sweaters|n
kardigan|cardigans|n
kardigany|cardigans|n
bluza|sweatshirts|n
bluzy|sweatshirts|n
bluz|sweatshirts|n
bluza polarowa|fleece jackets|n
kamizelka|waistcoats|n
kamizelka odblaskowa|high-visibility vests|n
kamizelka ratunkowa|life jackets|n
bezrękawnik|gilets|n
kurtka|jackets|n
kurtek|of jackets|m
kurtka softshell|softshell jackets|n
kurtka wiatrówka|windcheaters|n
parka|parkas|n
anorak|anoraks|n
płaszcz|overcoats|n
płaszcze|overcoats|n
płaszczyk|coats|n
płaszcz przeciwdeszczowy|raincoats|n
prochowiec|raincoats|n
trencz|trench coats|n
peleryna|capes|n
ponczo|ponchos|n
marynarka|blazers|n
żakiet|jackets|n
garnitur|suits|n
garnitury|suits|n
dres|tracksuits|n
dresy|tracksuits|n
spodnie dresowe|tracksuit bottoms|n
bluza dresowa|sweatshirts|n
spodnie|trousers|n
spodni|of trousers|m
spodnie jeansowe|jeans|n
dżinsy|jeans|n
jeansy|jeans|n
spodnie materiałowe|trousers|n
spodnie cargo|cargo trousers|n
chinosy|chinos|n
spodnie robocze|work trousers|n
ogrodniczki|bib and brace overalls|n
szorty|shorts|n
spodenki|shorts|n
krótkie spodenki|shorts|n
bermudy|bermuda shorts|n
legginsy|leggings|n
leginsy|leggings|n
getry|leggings|n
spódnica|skirts|n
spódniczka|skirts|n
sukienka|dresses|n
sukienek|of dresses|m
suknia|dresses|n
kombinezon|jumpsuits|n
kombinezony|jumpsuits|n
kombinezon roboczy|work overalls|n
kombinezon narciarski|ski suits|n
kombinezon zimowy|snowsuits|n
body niemowlęce|babies' bodysuits|n
body dziecięce|babies' bodysuits|n
body damskie|bodysuits|n
śpioszki|sleepsuits|n
pajacyk|sleepsuits|n
pajacyki|sleepsuits|n
rampers|rompers|n
bielizna|underwear|n
majtki|briefs|n
majtek|of briefs|m
majteczki|knickers|n
majtki damskie|knickers|n
figi damskie|knickers|n
stringi|thongs|n
slipy|briefs|n
bokserki|boxer shorts|n
bokserek|of boxer shorts|m
kalesony|long johns|n
biustonosz|brassieres|n
biustonosze|brassieres|n
stanik|brassieres|n
staniki|brassieres|n
biustonosz sportowy|sports bras|n
gorset|corsets|n
gorsety|corsets|n
pas do pończoch|suspender belts|n
halka|slips|n
halki|slips|n
piżama|pyjamas|n
piżamka|pyjamas|n
szlafrok|dressing gowns|n
szlafroki|dressing gowns|n
szlafrok kąpielowy|bathrobes|n
podomka|housecoats|n
strój kąpielowy|swimwear|n
stroje kąpielowe|swimwear|n
kostium kąpielowy|swimsuits|n
kostiumy kąpielowe|swimsuits|n
kąpielówki|swimming trunks|n
szorty kąpielowe|swim shorts|n
bikini|bikinis|n
skarpetki|socks|n
skarpety|socks|n
skarpetek|of socks|m
skarpet|of socks|m
stopki|trainer socks|n
podkolanówki|knee socks|n
rajstopy|tights|n
rajstop|of tights|m
pończochy|stockings|n
getry piłkarskie|football socks|n
odzież sportowa|sportswear|n
strój sportowy|sportswear|n
strój piłkarski|football kits|n
koszulka piłkarska|football shirts|n
odzież robocza|workwear|n
ubranie robocze|workwear|n
fartuch|aprons|n
fartuchy|aprons|n
fartuszek|aprons|n
fartuch lekarski|lab coats|n
kitel|smocks|n
mundur|uniforms|n
mundury|uniforms|n
strój karnawałowy|fancy dress|n
stroje karnawałowe|fancy dress|n
przebranie|fancy dress|n
kimono|kimonos|n
szalik|scarves|n
szaliki|scarves|n
szalik komin|snoods|n
szal|shawls|n
szale|shawls|n
chusta|scarves|n
chustka|scarves|n
chustka do nosa|handkerchiefs|n
apaszka|neckerchiefs|n
krawat|ties|n
krawaty|ties|n
muszka|bow ties|n
poszetka|pocket squares|n
szelki do spodni|braces|n
rękawiczki|gloves|n
rękawiczek|of gloves|m
rękawice|gloves|n
rękawic|of gloves|m
rękawice robocze|work gloves|n
rękawiczki robocze|work gloves|n
rękawiczki bez palców|fingerless gloves|n
mitenki|mitts|n
rękawice kuchenne|oven gloves|n
śliniak|bibs|n
śliniaki|bibs|n
śliniaczek|bibs|n
nauszniki|earmuffs|n
opaska na głowę|headbands|n
kominiarka|balaclavas|n
odzież używana|worn clothing|n
używana odzież|worn clothing|n
z długim rękawem|long-sleeved|m
długi rękaw|long-sleeved|m
z krótkim rękawem|short-sleeved|m
krótki rękaw|short-sleeved|m
bez rękawów|sleeveless|m
na ramiączkach|with shoulder straps|m
z kapturem|hooded|m
z kołnierzem|with collar|m
z kołnierzykiem|with collar|m
na suwak|with zip|m
na zamek|with zip|m
z zamkiem|with zip|m
rozpinany|zip-up|m
rozpinana|zip-up|m
rozpinane|zip-up|m
z guzikami|with buttons|m
z kieszeniami|with pockets|m
ocieplany|padded|m
ocieplana|padded|m
ocieplane|padded|m
pikowany|quilted|m
pikowana|quilted|m
pikowane|quilted|m
puchowy|down|m
puchowa|down|m
puchowe|down|m
z puchu|down|m
z pierza|feather|m
wizytowy|formal|m
wizytowa|formal|m
wizytowe|formal|m
elegancki|elegant|m
elegancka|elegant|m
eleganckie|elegant|m
wieczorowy|evening|m
wieczorowa|evening|m
wieczorowe|evening|m
ślubny|wedding|m
ślubna|wedding|m
ślubne|wedding|m
ciążowy|maternity|m
ciążowa|maternity|m
ciążowe|maternity|m
do karmienia|nursing|m
termoaktywny|thermal|m
termoaktywna|thermal|m
termoaktywne|thermal|m
zimowy|winter|m
zimowa|winter|m
zimowe|winter|m
letni|summer|m
letnia|summer|m
letnie|summer|m
wiosenny|spring|m
wiosenna|spring|m
wiosenne|spring|m
jesienny|autumn|m
jesienna|autumn|m
jesienne|autumn|m
całoroczny|all-season|m
całoroczna|all-season|m
całoroczne|all-season|m

# Users: men, women, children, babies, animals
męski|men's|m
męska|men's|m
męskie|men's|m
damski|women's|m
damska|women's|m
damskie|women's|m
dziecięcy|children's|m
dziecięca|children's|m
dziecięce|children's|m
chłopięcy|boys'|m
chłopięca|boys'|m
chłopięce|boys'|m
dziewczęcy|girls'|m
dziewczęca|girls'|m
dziewczęce|girls'|m
niemowlęcy|babies'|m
niemowlęca|babies'|m
niemowlęce|babies'|m
unisex|unisex|m
dla mężczyzn|for men|m
dla mężczyzny|for men|m
dla panów|for men|m
dla niego|for men|m
dla kobiet|for women|m
dla kobiety|for women|m
dla pań|for women|m
dla niej|for women|m
dla dzieci|for children|m
dla dziecka|for children|m
dla chłopca|for boys|m
dla chłopców|for boys|m
dla dziewczynki|for girls|m
dla dziewczynek|for girls|m
dla niemowląt|for babies|m
dla niemowlaka|for babies|m
dla niemowlęcia|for babies|m
dla noworodka|for newborns|m
dla noworodków|for newborns|m
dla dorosłych|for adults|m
dla seniorów|for the elderly|m
dla psa|for dogs|m
dla psów|for dogs|m
dla kota|for cats|m
dla kotów|for cats|m
dla zwierząt|for animals|m
dla ptaków|for birds|m
dla ryb|for fish|m
dla koni|for horses|m
dla gryzoni|for rodents|m

# Chapter 63: other made-up textile articles, worn clothing
pościel|bed linen|n
pościeli|bed linen|n
komplet pościeli|bed linen sets|n
poszewka|pillowcases|n
poszewka na poduszkę|pillowcases|n
poszewki dekoracyjne|cushion covers|n
poszwa|duvet covers|n
poszwa na kołdrę|duvet covers|n
prześcieradło|bed sheets|n
prześcieradło z gumką|fitted sheets|n
koc|blankets|n
koce|blankets|n
kocyk|blankets|n
kocyki|blankets|n
pled|throws|n
pledy|throws|n
narzuta|bedspreads|n
narzuta na łóżko|bedspreads|n
ręcznik|towels|n
ręczniki|towels|n
ręczników|of towels|m
ręcznik kąpielowy|bath towels|n
ręcznik kuchenny|tea towels|n
ręcznik szybkoschnący|quick-dry towels|n
ścierka|dish cloths|n
ściereczka|cleaning cloths|n
ścierki z mikrofibry|microfibre cloths|n
ścierka do podłogi|floor cloths|n
obrus|tablecloths|n
obrusy|tablecloths|n
bieżnik|table runners|n
firana|net curtains|n
firanka|net curtains|n
zasłona|curtains|n
zasłony|curtains|n
zasłon|of curtains|m
zasłony zaciemniające|blackout curtains|n
roleta|blinds|n
baldachim|canopies|n
pokrowiec na kanapę|sofa covers|n
pokrowiec na samochód|car covers|n
pokrowiec na materac|mattress protectors|n
ochraniacz na materac|mattress protectors|n
worek na pranie|laundry bags|n
torba materiałowa|cloth bags|n
torby materiałowe|cloth bags|n
maseczka|face masks|n
maseczka ochronna|face masks|n
maseczki ochronne|face masks|n
maseczka ffp2|ffp2 masks|n
flaga|flags|n
flagi|flags|n
szmaty|rags|n
czyściwo|wiping rags|n
wykroje|dressmaking patterns|n
namiot|tents|n
namioty|tents|n
namiot ogrodowy|party tents|n
żagiel|sails|n
żagle|sails|n
markiza|awnings|n
pas transportowy|lashing straps|n
pasy transportowe|lashing straps|n
zawiesie|lifting slings|n
nosidełko|baby carriers|n
chusta do noszenia dzieci|baby slings|n
ochraniacze do łóżeczka|cot bumpers|n
otulacz|swaddle blankets|n
otulacze|swaddle blankets|n
pieluszki tetrowe|cloth nappies|n

# Chapter 64: footwear
obuwie|footwear|n
obuwia|of footwear|m
buty|shoes|n
butów|of shoes|m
bucik|shoes|n
buciki|shoes|n
buty sportowe|sports footwear|n
buty do biegania|running shoes|n
buty biegowe|running shoes|n
buty treningowe|training shoes|n
buty piłkarskie|football boots|n
korki piłkarskie|football boots|n
halówki|indoor football shoes|n
buty trekkingowe|hiking boots|n
buty górskie|hiking boots|n
buty turystyczne|hiking boots|n
buty narciarskie|ski boots|n
buty robocze|work boots|n
obuwie robocze|work footwear|n
obuwie ochronne|safety footwear|n
buty zimowe|winter boots|n
śniegowce|snow boots|n
kalosze|wellington boots|n
gumiaki|wellington boots|n
kozaki|knee-high boots|n
kozaczki|boots|n
botki|ankle boots|n
trzewiki|ankle boots|n
sztyblety|chelsea boots|n
glany|lace-up boots|n
półbuty|shoes|n
trampki|canvas shoes|n
tenisówki|plimsolls|n
sneakersy|trainers|n
adidasy|trainers|n
czółenka|court shoes|n
buty na szpilce|stiletto shoes|n
na obcasie|high-heeled|m
na koturnie|wedge-heeled|m
na platformie|platform|m
baleriny|ballet flats|n
mokasyny|moccasins|n
loafersy|loafers|n
espadryle|espadrilles|n
sandały|sandals|n
sandałki|sandals|n
klapki|slide sandals|n
japonki|flip-flops|n
kapcie|slippers|n
kapci|slippers|n
papcie|slippers|n
pantofle|slippers|n
pantofle domowe|house slippers|n
chodaki|clogs|n
drewniaki|clogs|n
crocsy|clogs|n
buty do wody|water shoes|n
buty do tańca|dance shoes|n
baletki|ballet shoes|n
buty ortopedyczne|orthopaedic footwear|n
obcas|heels|n
obcasy|heels|n
podeszwa|outer soles|n
wkładki|insoles|n
wkładki do butów|insoles|n
sznurówki|shoelaces|n
sznurowadła|shoelaces|n
cholewka|uppers|n
stuptuty|gaiters|n
ochraniacze na buty|shoe covers|n
łyżka do butów|shoehorns|n
prawidła do butów|shoe trees|n

# Chapters 65-67: headgear, umbrellas, sticks, artificial flowers, wigs
nakrycie głowy|headgear|n
nakrycia głowy|headgear|n
czapka|hats|n
czapek|of hats|m
czapeczka|hats|n
czapka z daszkiem|peaked caps|n
czapki z daszkiem|peaked caps|n
czapka bejsbolówka|baseball caps|n
bejsbolówka|baseball caps|n
czapka z pomponem|bobble hats|n
kapelusz|hats|n
kapelusze|hats|n
kapelusz słomkowy|straw hats|n
beret|berets|n
berety|berets|n
bandana|bandanas|n
kask|helmets|n
kaski|helmets|n
kask rowerowy|cycle helmets|n
kask ochronny|safety helmets|n
kask budowlany|safety helmets|n
czepek kąpielowy|swimming caps|n
siatka na włosy|hairnets|n
parasol|umbrellas|n
parasolka|umbrellas|n
laska|walking sticks|n
laski|walking sticks|n
laska do chodzenia|walking sticks|n
kijki trekkingowe|trekking poles|n
kijki do nordic walking|nordic walking poles|n
pejcz|whips|n
szpicruta|riding crops|n
palcat|riding crops|n
peruka|wigs|n
doczepy|hair extensions|n
doczepiane włosy|hair extensions|n
sztuczne rzęsy|false eyelashes|n
rzęsy|eyelashes|n
sztuczna broda|false beards|n

# Chapter 68: articles of stone, plaster, cement, abrasives
płytka|tiles|n
płytek|of tiles|m
płytki gresowe|porcelain stoneware tiles|n
gres|porcelain stoneware|m
glazura|glazed wall tiles|n
terakota|terracotta tiles|n
mozaika|mosaic tiles|n
kafle|tiles|n
kafelki|tiles|n
kostka brukowa|paving blocks|n
płyty chodnikowe|paving slabs|n
krawężnik|kerbstones|n
krawężniki|kerbstones|n
blat kamienny|stone worktops|n
blat granitowy|granite worktops|n
nagrobek|tombstones|n
nagrobki|tombstones|n
kamień naturalny|natural stone|m
kamienny|stone|m
kamienna|stone|m
kamienne|stone|m
z kamienia|stone|m
marmurowy|marble|m
marmurowa|marble|m
marmurowe|marble|m
z marmuru|marble|m
granitowy|granite|m
granitowa|granite|m
granitowe|granite|m
z granitu|granite|m
beton|concrete|m
betonu|concrete|m
z betonu|concrete|m
betonowy|concrete|m
betonowa|concrete|m
betonowe|concrete|m
beton komórkowy|aerated concrete|m
gazobeton|aerated concrete|m
pustak|hollow blocks|n
pustaki|hollow blocks|n
bloczki|blocks|n
silikaty|sand-lime bricks|n
płyta gipsowo-kartonowa|plasterboard|n
płyty gipsowo-kartonowe|plasterboard|n
płyta g-k|plasterboard|n
karton-gips|plasterboard|n
gipsowy|plaster|m
gipsowa|plaster|m
gipsowe|plaster|m
tynk|plaster|n
tynki|plasters|n
zaprawa|mortar|n
fuga|grout|n
fugi|grout|n
wylewka|screed|n
dachówka cementowa|concrete roofing tiles|n
eternit|asbestos-cement sheets|n
wełna mineralna|mineral wool|n
wełna skalna|rock wool|n
wełna szklana|glass wool|n
papier ścierny|abrasive paper|n
płótno ścierne|abrasive cloth|n
gąbka ścierna|abrasive sponges|n
tarcza szlifierska|grinding wheels|n
tarcze szlifierskie|grinding wheels|n
tarcza do cięcia|cutting discs|n
tarcze do cięcia|cutting discs|n
ściernica|grinding wheels|n
kamień szlifierski|sharpening stones|n
kamień do ostrzenia|sharpening stones|n
osełka|whetstones|n
kamienie młyńskie|millstones|n
grafit|graphite|n
włókno węglowe|carbon fibre|m
z włókna węglowego|carbon fibre|m
karbon|carbon fibre|m
karbonowy|carbon fibre|m
karbonowa|carbon fibre|m
karbonowe|carbon fibre|m
izolacja|insulation|n

# Chapter 69: ceramic products
ceramika|ceramics|m
ceramiki|ceramics|m
z ceramiki|ceramic|m
ceramiczny|ceramic|m
ceramiczna|ceramic|m
ceramiczne|ceramic|m
porcelana|porcelain|m
porcelany|porcelain|m
z porcelany|porcelain|m
porcelanowy|porcelain|m
porcelanowa|porcelain|m
porcelanowe|porcelain|m
fajans|earthenware|m
kamionka|stoneware|m
kamionkowy|stoneware|m
kamionkowa|stoneware|m
kamionkowe|stoneware|m
terakotowy|terracotta|m
terakotowa|terracotta|m
terakotowe|terracotta|m
gliniany|earthenware|m
gliniana|earthenware|m
gliniane|earthenware|m
z gliny|clay|m
cegła|bricks|n
cegły|bricks|n
cegieł|of bricks|m
cegła klinkierowa|clinker bricks|n
klinkier|clinker bricks|n
cegła szamotowa|refractory bricks|n
cegły ogniotrwałe|refractory bricks|n
dachówka|roofing tiles|n
umywalka|washbasins|n
umywalka nablatowa|countertop washbasins|n
sedes|toilet bowls|n
sedesy|toilet bowls|n
miska wc|toilet bowls|n
miska ustępowa|lavatory pans|n
kompakt wc|close-coupled toilets|n
bidet|bidets|n
pisuar|urinals|n
naczynia|tableware|n
naczynia kuchenne|kitchenware|n
naczynia stołowe|tableware|n
zastawa stołowa|tableware|n
serwis obiadowy|dinner sets|n
serwis kawowy|coffee sets|n
talerz|plates|n
talerze|plates|n
talerzy|of plates|m
talerzyk|plates|n
talerzyki|plates|n
talerz głęboki|soup plates|n
talerz płytki|dinner plates|n
talerz deserowy|dessert plates|n
półmisek|serving dishes|n
półmiski|serving dishes|n
salaterka|salad bowls|n
kubek|mugs|n
kubki|mugs|n
kubków|of mugs|m
filiżanka|cups|n
filiżanek|of cups|m
filiżanka ze spodkiem|cups and saucers|n
spodek|saucers|n
spodki|saucers|n
dzbanek|jugs|n
dzbanki|jugs|n
czajniczek|teapots|n
imbryk|teapots|n
cukiernica|sugar bowls|n
mlecznik|milk jugs|n
solniczka|salt cellars|n
wazon|vases|n
wazony|vases|n
figurka|figurines|n
statuetka|statuettes|n
ozdoba|ornaments|n
dekoracja|decorations|n
naczynie żaroodporne|ovenware|n
naczynia żaroodporne|ovenware|n
żaroodporny|heat-resistant|m
żaroodporna|heat-resistant|m
żaroodporne|heat-resistant|m
moździerz|mortars|n
kamień do pizzy|pizza stones|n

# Chapter 70: glass and glassware
szkło|glass|m
szkła|glass|m
ze szkła|glass|m
szklany|glass|m
szklana|glass|m
szklane|glass|m
szkło hartowane|toughened safety glass|n
szkło laminowane|laminated safety glass|n
szkło float|float glass|n
szyba|glass panes|n
szyby|glass panes|n
szyba zespolona|insulating glass units|n
szyby zespolone|insulating glass units|n
lustro|mirrors|n
lusterko|mirrors|n
słoik|jars|n
słoiki|jars|n
słoików|of jars|m
szklanka|drinking glasses|n
szklanki|drinking glasses|n
szklanek|of drinking glasses|m
kieliszek|wine glasses|n
kieliszki|wine glasses|n
kieliszków|of wine glasses|m
kieliszki do wina|wine glasses|n
kieliszki do szampana|champagne flutes|n
kieliszki do wódki|shot glasses|n
kufel|beer mugs|n
kufle|beer mugs|n
karafka|decanters|n
misa|bowls|n
szkło laboratoryjne|laboratory glassware|n
zlewka|beakers|n
probówka|test tubes|n
ampułki|ampoules|n
fiolki|vials|n
kryształ|crystal|m
z kryształu|crystal|m
kryształowy|crystal|m
kryształowa|crystal|m
kryształowe|crystal|m
szkło kryształowe|lead crystal|m
koraliki|beads|n
kulki szklane|glass marbles|n
witraż|stained glass|n
witraże|stained glass|n
pustaki szklane|glass blocks|n
luksfery|glass blocks|n
włókno szklane|glass fibres|m
siatka z włókna szklanego|glass fibre mesh|n

# Chapter 71: pearls, precious stones, precious metals, jewellery, coins
biżuteria|jewellery|n
biżuteria sztuczna|imitation jewellery|n
sztuczna biżuteria|imitation jewellery|n
pierścionek|rings|n
pierścionki|rings|n
pierścionek zaręczynowy|engagement rings|n
pierścień|rings|n
pierścienie|rings|n
sygnet|signet rings|n
obrączka|wedding rings|n
obrączki ślubne|wedding rings|n
kolczyk|earrings|n
kolczyki|earrings|n
kolczyki sztyfty|stud earrings|n
naszyjnik|necklaces|n
naszyjniki|necklaces|n
łańcuszek|chains|n
łańcuszki|chains|n
choker|chokers|n
bransoletka|bracelets|n
bransoleta|bracelets|n
wisiorek|pendants|n
wisiorki|pendants|n
wisior|pendants|n
zawieszka|pendants|n
broszka|brooches|n
spinki do mankietów|cufflinks|n
spinka do krawata|tie clips|n
medalik|medallions|n
medaliki|medallions|n
różaniec|rosaries|n
złoto|gold|m
złota|gold|m
ze złota|gold|m
złoty|gold|m
złote|gold|m
żółte złoto|yellow gold|m
z żółtego złota|yellow gold|m
białe złoto|white gold|m
z białego złota|white gold|m
różowe złoto|rose gold|m
złoto 585|585 gold|m
złoto 333|333 gold|m
pozłacany|gold-plated|m
pozłacana|gold-plated|m
pozłacane|gold-plated|m
srebro|silver|m
srebra|silver|m
ze srebra|silver|m
srebrny|silver|m
srebrna|silver|m
srebrne|silver|m
srebro 925|sterling silver|m
srebro próby 925|sterling silver|m
posrebrzany|silver-plated|m
posrebrzana|silver-plated|m
posrebrzane|silver-plated|m
platyna|platinum|m
platynowy|platinum|m
platynowa|platinum|m
platynowe|platinum|m
pallad|palladium|m
rodowany|rhodium-plated|m
rodowana|rhodium-plated|m
rodowane|rhodium-plated|m
stal chirurgiczna|surgical steel|m
ze stali chirurgicznej|surgical steel|m
diament|diamonds|n
diamenty|diamonds|n
diamentowy|diamond|m
diamentowa|diamond|m
diamentowe|diamond|m
brylant|diamonds|n
brylanty|diamonds|n
z brylantem|with diamond|m
kamień szlachetny|precious stones|n
kamienie szlachetne|precious stones|n
kamienie półszlachetne|semi-precious stones|n
szafir|sapphires|n
szafiry|sapphires|n
rubin|rubies|n
rubiny|rubies|n
szmaragd|emeralds|n
szmaragdy|emeralds|n
ametyst|amethysts|n
topaz|topaz|n
turkus|turquoise|n
opal|opals|n
onyks|onyx|n
agat|agate|n
perła|pearls|n
perły|pearls|n
pereł|pearls|n
perły hodowlane|cultured pearls|n
perły słodkowodne|freshwater pearls|n
perłowy|pearl|m
perłowa|pearl|m
perłowe|pearl|m
bursztyn|amber|m
bursztynowy|amber|m
bursztynowa|amber|m
bursztynowe|amber|m
cyrkonia|cubic zirconia|n
z cyrkoniami|with cubic zirconia|m
moneta|coins|n
numizmaty|coins|n
sztabka złota|gold bars|n
sztabki złota|gold bars|n
sztabka srebra|silver bars|n

# Chapters 72-73: iron and steel, articles of iron or steel
żelazo|iron|m
żelaza|iron|m
z żelaza|iron|m
żelazny|iron|m
żelazna|iron|m
żelazne|iron|m
żeliwo|cast iron|m
żeliwa|cast iron|m
z żeliwa|cast iron|m
żeliwny|cast iron|m
żeliwna|cast iron|m
żeliwne|cast iron|m
stal|steel|m
stali|steel|m
ze stali|steel|m
stalowy|steel|m
stalowa|steel|m
stalowe|steel|m
stal nierdzewna|stainless steel|m
stali nierdzewnej|stainless steel|m
ze stali nierdzewnej|stainless steel|m
nierdzewny|stainless|m
nierdzewna|stainless|m
nierdzewne|stainless|m
inox|stainless steel|m
stal węglowa|carbon steel|m
ze stali węglowej|carbon steel|m
stal stopowa|alloy steel|m
stal ocynkowana|galvanised steel|m
ocynkowany|galvanised|m
ocynkowana|galvanised|m
ocynkowane|galvanised|m
walcowany na gorąco|hot-rolled|m
walcowana na gorąco|hot-rolled|m
walcowane na gorąco|hot-rolled|m
walcowany na zimno|cold-rolled|m
walcowana na zimno|cold-rolled|m
walcowane na zimno|cold-rolled|m
ciągniony|drawn|m
kuty|forged|m
kuta|forged|m
kute|forged|m
odlewany|cast|m
odlewana|cast|m
odlewane|cast|m
spawany|welded|m
spawana|welded|m
spawane|welded|m
bez szwu|seamless|m
bezszwowy|seamless|m
bezszwowa|seamless|m
bezszwowe|seamless|m
emaliowany|enamelled|m
emaliowana|enamelled|m
emaliowane|enamelled|m
żelazostopy|ferro-alloys|n
złom|waste and scrap|n
złom stalowy|steel scrap|n
złom metalowy|metal scrap|n
blacha|metal sheets|n
blacha stalowa|steel sheets|n
blacha ocynkowana|galvanised sheets|n
blacha nierdzewna|stainless steel sheets|n
blacha aluminiowa|aluminium sheets|n
blacha trapezowa|trapezoidal sheets|n
blachodachówka|metal roofing sheets|n
taśma stalowa|steel strip|n
pręt|bars|n
pręty|bars|n
pręt zbrojeniowy|reinforcing bars|n
pręty zbrojeniowe|reinforcing bars|n
pręt gwintowany|threaded rods|n
pręty gwintowane|threaded rods|n
szpilka gwintowana|threaded rods|n
drut|wire|n
druty|wire|n
drutu|wire|n
drut kolczasty|barbed wire|n
linka stalowa|steel wire rope|n
lina stalowa|steel wire rope|n
kątownik|angles|n
kątowniki|angles|n
ceownik|channels|n
ceowniki|channels|n
dwuteownik|i-sections|n
teownik|t-sections|n
płaskownik|flat bars|n
kształtownik|sections|n
kształtowniki|sections|n
profil|profiles|n
profile|profiles|n
profil stalowy|steel sections|n
profil zamknięty|hollow sections|n
rura nierdzewna|stainless steel tubes|n
kolanko|elbows|n
konstrukcja stalowa|steel structures|n
konstrukcje stalowe|steel structures|n
rusztowanie|scaffolding|n
szalunki|formwork|n
brama|gates|n
bramy|gates|n
furtka|gates|n
ogrodzenie|fencing|n
panel ogrodzeniowy|fence panels|n
panele ogrodzeniowe|fence panels|n
siatka ogrodzeniowa|fencing mesh|n
słupek ogrodzeniowy|fence posts|n
słupki ogrodzeniowe|fence posts|n
balustrada|balustrades|n
poręcz|handrails|n
poręcze|handrails|n
zbiornik|tanks|n
zbiorniki|tanks|n
zbiornik na wodę|water tanks|n
beczka|barrels|n
puszka|cans|n
puszek|of cans|m
butla|cylinders|n
butle|cylinders|n
łańcuch|chains|n
łańcuchy|chains|n
łańcuch śniegowy|snow chains|n
łańcuchy śniegowe|snow chains|n
kotwica|anchors|n
gwóźdź|nails|n
gwoździe|nails|n
gwoździ|of nails|m
śruba|screws|n
śruby|screws|n
śrub|of screws|m
śruby z nakrętkami|bolts and nuts|n
śruba imbusowa|hexagon socket screws|n
śruby imbusowe|hexagon socket screws|n
wkręt|screws|n
wkręty|screws|n
wkrętów|of screws|m
wkręty do drewna|wood screws|n
wkręty samowiercące|self-drilling screws|n
nakrętka|nuts|n
nakrętek|of nuts|m
podkładka|washers|n
nity|rivets|n
nitonakrętki|rivet nuts|n
zawleczka|cotter pins|n
kołki rozporowe|wall plugs|n
kotwy|anchor bolts|n
kotwa chemiczna|chemical anchors|n
sprężyna|springs|n
hak|hooks|n
haki|hooks|n
haczyk|hooks|n
haczyki|hooks|n
szekla|shackles|n
karabińczyk|snap hooks|n
karabińczyki|snap hooks|n
igła|needles|n
igły|needles|n
igły do szycia|sewing needles|n
druty do dziergania|knitting needles|n
szpilki krawieckie|pins|n
agrafka|safety pins|n
naparstek|thimbles|n
grzejnik|radiators|n
grzejniki|radiators|n
kaloryfer|radiators|n
kaloryfery|radiators|n
piec|stoves|n
piecyk|stoves|n
kominek|fireplaces|n
kominki|fireplaces|n
wkład kominkowy|fireplace inserts|n
piec na pellet|pellet stoves|n
kuchenka turystyczna|camping stoves|n
płyta gazowa|gas hobs|n
grill ogrodowy|barbecues|n
grill węglowy|charcoal barbecues|n
grill gazowy|gas barbecues|n
ruszt|grates|n
garnek|pots|n
garnki|pots|n
garnków|of pots|m
rondel|saucepans|n
rondle|saucepans|n
rondelek|saucepans|n
patelnia|frying pans|n
patelni|frying pans|n
patelnia grillowa|grill pans|n
wok|woks|n
brytfanna|roasting tins|n
szybkowar|pressure cookers|n
pokrywka|lids|n
pokrywa|lids|n
czajnik|kettles|n
czajniki|kettles|n
czajnik gwizdkowy|whistling kettles|n
sztućce|cutlery|n
sztućców|of cutlery|m
komplet sztućców|cutlery sets|n
zlewozmywak|sinks|n
zlewozmywaki|sinks|n
zlew|sinks|n
zlewy|sinks|n
durszlak|colanders|n
cedzak|colanders|n
sitko|strainers|n
sito|sieves|n
tarka|graters|n
tarki|graters|n
trzepaczka|whisks|n
chochla|ladles|n
łopatka|spatulas|n
łopatka kuchenna|spatulas|n
szczypce kuchenne|kitchen tongs|n
forma do pieczenia|baking tins|n
formy do pieczenia|baking tins|n
blacha do pieczenia|baking trays|n
blaszka do pieczenia|baking tins|n
tortownica|springform tins|n
foremka|moulds|n
foremki do muffinek|muffin tins|n
wyciskacz do czosnku|garlic presses|n
otwieracz|openers|n
otwieracz do puszek|can openers|n
otwieracz do butelek|bottle openers|n
korkociąg|corkscrews|n
termos|vacuum flasks|n
termosy|vacuum flasks|n
termos obiadowy|food flasks|n
kubek termiczny|travel mugs|n
butelka termiczna|insulated bottles|n
suszarka na pranie|clothes airers|n
suszarka do bielizny|clothes airers|n
deska do prasowania|ironing boards|n
drabina|ladders|n
drabinka|step ladders|n
skrzynka na listy|letter boxes|n
skrzynka pocztowa|letter boxes|n
sejf|safes|n
sejfy|safes|n
kasetka na pieniądze|cash boxes|n
konewka|watering cans|n
taczka|wheelbarrows|n
wełna stalowa|steel wool|n
druciak|pot scourers|n
zmywak|scouring pads|n
gąbka|sponges|n
gąbki|sponges|n
z gąbki|sponge|m
gąbki do naczyń|dish sponges|n
kratka wentylacyjna|ventilation grilles|n
kratka ściekowa|drain grates|n
odpływ liniowy|linear drains|n
syfon|siphons|n
siatka stalowa|steel mesh|n
siatka zgrzewana|welded mesh|n
klatka|cages|n
klatka dla ptaków|bird cages|n
kojec|playpens|n
stojak|stands|n
stojaki|stands|n
stojak na rowery|bicycle racks|n
stojak na buty|shoe racks|n
stojak na wino|wine racks|n
regał metalowy|metal shelving|n
regały magazynowe|storage racks|n
popielniczka|ashtrays|n

# Chapters 74-81: copper, nickel, aluminium, lead, zinc, tin, other base metals
miedź|copper|m
miedzi|copper|m
z miedzi|copper|m
miedziany|copper|m
miedziana|copper|m
miedziane|copper|m
katody miedziane|copper cathodes|n
rura miedziana|copper tubes|n
rury miedziane|copper tubes|n
mosiądz|brass|m
mosiądzu|brass|m
z mosiądzu|brass|m
mosiężny|brass|m
mosiężna|brass|m
mosiężne|brass|m
brąz|bronze|m
z brązu|bronze|m
nikiel|nickel|m
niklowy|nickel|m
niklowany|nickel-plated|m
niklowana|nickel-plated|m
niklowane|nickel-plated|m
aluminium|aluminium|m
z aluminium|aluminium|m
aluminiowy|aluminium|m
aluminiowa|aluminium|m
aluminiowe|aluminium|m
alu|aluminium|m
stop aluminium|aluminium alloy|m
folia aluminiowa|aluminium foil|n
tacki aluminiowe|aluminium trays|n
ołów|lead|m
ołowiu|lead|m
ołowiany|lead|m
cynk|zinc|m
cynkowy|zinc|m
cynkowa|zinc|m
cynkowe|zinc|m
cyna|tin|m
cynowy|tin|m
cyna do lutowania|solder|n
wolfram|tungsten|m
molibden|molybdenum|m
tytan|titanium|m
tytanowy|titanium|m
tytanowa|titanium|m
tytanowe|titanium|m
magnez|magnesium|m
kobalt|cobalt|m
chrom|chromium|m
chromowany|chromium-plated|m
chromowana|chromium-plated|m
chromowane|chromium-plated|m
mangan|manganese|m
bizmut|bismuth|m
antymon|antimony|m
metalowy|metal|m
metalowa|metal|m
metalowe|metal|m
z metalu|metal|m
metale nieżelazne|non-ferrous metals|m
metale szlachetne|precious metals|m

# Chapter 82: tools, implements, cutlery of base metal
narzędzie|tools|n
narzędzia|tools|n
narzędzi|of tools|m
narzędzia ręczne|hand tools|n
skrzynka narzędziowa|tool boxes|n
skrzynka na narzędzia|tool boxes|n
walizka narzędziowa|tool cases|n
młotek|hammers|n
młotki|hammers|n
młot|hammers|n
młotek ciesielski|claw hammers|n
młotek gumowy|rubber mallets|n
śrubokręt|screwdrivers|n
śrubokręty|screwdrivers|n
wkrętak|screwdrivers|n
wkrętaki|screwdrivers|n
klucz płaski|spanners|n
klucz|spanners|n
klucze|spanners|n
kluczy|of spanners|m
klucz do drzwi|keys|n
klucze płaskie|spanners|n
klucz oczkowy|ring spanners|n
klucz płasko-oczkowy|combination spanners|n
klucz nasadowy|socket wrenches|n
klucze nasadowe|socket wrenches|n
nasadki|sockets|n
klucz dynamometryczny|torque wrenches|n
klucz nastawny|adjustable spanners|n
klucz francuski|adjustable spanners|n
klucz imbusowy|hex keys|n
klucze imbusowe|hex keys|n
klucz do kół|wheel wrenches|n
klucz grzechotkowy|ratchet spanners|n
bity|screwdriver bits|n
bitów|of screwdriver bits|m
końcówki wkrętakowe|screwdriver bits|n
szczypce|pliers|n
kombinerki|combination pliers|n
obcęgi|pincers|n
nożyce|shears|n
nożyce do blachy|tin snips|n
nożyce do żywopłotu|hedge shears|n
sekator|secateurs|n
sekatory|secateurs|n
nożyczki|scissors|n
nożyczki do paznokci|nail scissors|n
piła|saws|n
piły|saws|n
piła ręczna|handsaws|n
piła do drewna|wood saws|n
piła do metalu|hacksaws|n
piłka do metalu|hacksaws|n
brzeszczot|saw blades|n
brzeszczoty|saw blades|n
tarcza do piły|circular saw blades|n
tarcza do pilarki|circular saw blades|n
łańcuch do piły|saw chains|n
siekiera|axes|n
toporek|hatchets|n
tasak|cleavers|n
maczeta|machetes|n
łopata|shovels|n
łopaty|shovels|n
szpadel|spades|n
szpadle|spades|n
grabie|rakes|n
motyka|hoes|n
widły|forks|n
kilof|pickaxes|n
łom|crowbars|n
kosa|scythes|n
sierp|sickles|n
pilnik|files|n
pilniki|files|n
pilnik do paznokci|nail files|n
tarnik|rasps|n
dłuto|chisels|n
dłuta|chisels|n
strug|planes|n
hebel|planes|n
imadło|vices|n
ścisk|clamps|n
ściski|clamps|n
kowadło|anvils|n
kielnia|trowels|n
paca|plastering floats|n
szpachelka|putty knives|n
szpachla|putty knives|n
skrobak|scrapers|n
nożyk|knives|n
nożyk do tapet|utility knives|n
nóż|knives|n
noże|knives|n
noży|of knives|m
nóż szefa kuchni|chef's knives|n
nóż do chleba|bread knives|n
nóż do mięsa|meat knives|n
scyzoryk|penknives|n
scyzoryki|penknives|n
multitool|multi-tools|n
ostrze|blades|n
żyletka|razor blades|n
maszynka do golenia|razors|n
maszynki do golenia|razors|n
wkłady do maszynki|razor blade cartridges|n
brzytwa|straight razors|n
obcinacz do paznokci|nail clippers|n
cążki|nippers|n
cążki do paznokci|nail clippers|n
pęseta|tweezers|n
łyżka|spoons|n
łyżki|spoons|n
łyżek|of spoons|m
łyżeczka|teaspoons|n
widelec|forks|n
widelce|forks|n
łyżka do lodów|ice cream scoops|n
łyżka cedzakowa|slotted spoons|n
obieraczka|peelers|n
krajalnica|slicers|n
szatkownica|mandoline slicers|n
młynek|mills|n
młynek do kawy|coffee grinders|n
młynek do pieprzu|pepper mills|n
młynek do przypraw|spice grinders|n
maszynka do mięsa|mincers|n
ostrzałka|knife sharpeners|n
wiertło|drill bits|n
wierteł|of drill bits|m
wiertła do metalu|metal drill bits|n
wiertła do betonu|masonry drill bits|n
wiertło do drewna|wood drill bits|n
otwornica|hole saws|n
frez|milling cutters|n
frezy|milling cutters|n
gwintownik|taps|n
gwintowniki|taps|n
narzynka|dies|n
palnik|blowlamps|n
palnik gazowy|blowlamps|n
pistolet do silikonu|caulking guns|n
pistolet do kleju|glue guns|n
pistolet natryskowy|spray guns|n
pistolet do malowania|paint spray guns|n
zszywacz tapicerski|staple guns|n
nitownica|rivet guns|n
pędzel|paint brushes|n
pędzle|paint brushes|n
pędzli|of paint brushes|m
wałek malarski|paint rollers|n
wałki malarskie|paint rollers|n
kuweta malarska|paint trays|n

# Chapter 83: miscellaneous articles of base metal
zamek|locks|n
zamki|locks|n
zamek do drzwi|door locks|n
wkładka do zamka|lock cylinders|n
wkładka bębenkowa|lock cylinders|n
kłódka|padlocks|n
klucze do zamka|keys|n
klamka|door handles|n
gałka|knobs|n
gałki|knobs|n
uchwyt meblowy|furniture handles|n
uchwyty meblowe|furniture handles|n
zawias|hinges|n
zawiasy|hinges|n
prowadnice|drawer runners|n
prowadnice szufladowe|drawer runners|n
okucia|fittings|n
okucia budowlane|builders' fittings|n
kółka meblowe|furniture castors|n
uchwyt|holders|n
uchwyty|holders|n
uchwyt na telefon|phone holders|n
uchwyt do telefonu|phone holders|n
uchwyt samochodowy|car phone holders|n
uchwyt telewizyjny|tv wall brackets|n
uchwyt do tv|tv wall brackets|n
uchwyt ścienny|wall brackets|n
wspornik|brackets|n
wsporniki|brackets|n
wieszak ścienny|wall coat racks|n
skrzynka na klucze|key cabinets|n
brelok|key rings|n
breloki|key rings|n
brelok do kluczy|key rings|n
kółko na klucze|key rings|n
dzwonek|bells|n
dzwonki|bells|n
dzwonek do drzwi|doorbells|n
świecznik|candlesticks|n
świeczniki|candlesticks|n
lichtarz|candlesticks|n
tabliczka znamionowa|rating plates|n
numer na dom|house numbers|n
zszywki|staples|n
zszywacz|staplers|n
zszywacze|staplers|n
spinacz|paper clips|n
spinacze|paper clips|n
spinacze biurowe|paper clips|n
pinezka|drawing pins|n
dziurkacz|hole punches|n
mechanizm do segregatora|ring binder mechanisms|n
klips|clips|n
klipsy|clips|n
klipsy biurowe|binder clips|n
sprzączka|buckles|n
elektrody spawalnicze|welding electrodes|n
kapsle|crown corks|n

# Chapter 84: machinery, mechanical appliances, computers
maszyna|machines|n
maszyny|machines|n
maszyn|of machines|m
urządzenie|apparatus|n
silnik|engines|n
silniki|engines|n
silnik spalinowy|internal combustion engines|n
silnik wysokoprężny|diesel engines|n
silnik diesla|diesel engines|n
silnik zaburtowy|outboard motors|n
części silnika|engine parts|n
turbina|turbines|n
turbina wiatrowa|wind turbines|n
turbosprężarka|turbochargers|n
tłok|pistons|n
tłoki|pistons|n
głowica cylindra|cylinder heads|n
głowica silnika|cylinder heads|n
wał korbowy|crankshafts|n
wałek rozrządu|camshafts|n
korbowód|connecting rods|n
wtryskiwacz|injectors|n
wtryskiwacze|injectors|n
gaźnik|carburettors|n
zawór|valves|n
zawory|valves|n
zawór kulowy|ball valves|n
zawory kulowe|ball valves|n
zawór zwrotny|check valves|n
zawór bezpieczeństwa|safety valves|n
zawór termostatyczny|thermostatic valves|n
zawór elektromagnetyczny|solenoid valves|n
kran|taps|n
krany|taps|n
bateria umywalkowa|basin mixer taps|n
baterie umywalkowe|basin mixer taps|n
bateria kuchenna|kitchen mixer taps|n
baterie kuchenne|kitchen mixer taps|n
bateria łazienkowa|bathroom mixer taps|n
bateria prysznicowa|shower mixer taps|n
bateria wannowa|bath mixer taps|n
bateria zlewozmywakowa|sink mixer taps|n
bateria termostatyczna|thermostatic mixer taps|n
bateria stojąca|mixer taps|n
bateria ścienna|wall-mounted mixer taps|n
słuchawka prysznicowa|shower heads|n
deszczownica|rain shower heads|n
prysznic|showers|n
prysznicowy|shower|m
pompa|pumps|n
pompy|pumps|n
pomp|of pumps|m
pompka|pumps|n
pompa wody|water pumps|n
pompa do wody|water pumps|n
pompa głębinowa|submersible pumps|n
pompa zatapialna|submersible pumps|n
pompa ciepła|heat pumps|n
pompy ciepła|heat pumps|n
pompa obiegowa|circulating pumps|n
pompa paliwa|fuel pumps|n
pompa próżniowa|vacuum pumps|n
pompa do basenu|pool pumps|n
pompa do oczka wodnego|pond pumps|n
hydrofor|domestic water systems|n
sprężarka|compressors|n
kompresor|compressors|n
kompresory|compressors|n
kompresor samochodowy|tyre inflators|n
wentylator|fans|n
wentylatory|fans|n
wiatrak|fans|n
wentylator stojący|pedestal fans|n
wentylator łazienkowy|extractor fans|n
wentylator kanałowy|duct fans|n
okap|cooker hoods|n
okapy|cooker hoods|n
okap kuchenny|cooker hoods|n
rekuperator|heat recovery ventilation units|n
klimatyzator|air conditioners|n
klimatyzatory|air conditioners|n
klimatyzacja|air conditioning|n
lodówka|refrigerators|n
chłodziarka|refrigerators|n
chłodziarko-zamrażarka|fridge-freezers|n
lodówka z zamrażarką|fridge-freezers|n
lodówka turystyczna|cool boxes|n
zamrażarka|freezers|n
witryna chłodnicza|refrigerated display cabinets|n
kostkarka do lodu|ice makers|n
wymiennik ciepła|heat exchangers|n
kocioł|boilers|n
kotły|boilers|n
piec gazowy|gas boilers|n
kocioł na pellet|pellet boilers|n
kocioł co|central heating boilers|n
podgrzewacz wody|water heaters|n
bojler|water heaters|n
terma|water heaters|n
podgrzewacz przepływowy|instantaneous water heaters|n
nagrzewnica|heaters|n
promiennik podczerwieni|infrared heaters|n
destylator|distillers|n
filtr|filters|n
filtry|filters|n
filtrów|of filters|m
filtr oleju|oil filters|n
filtry oleju|oil filters|n
filtr paliwa|fuel filters|n
filtr kabinowy|cabin filters|n
filtr wody|water filters|n
filtry do wody|water filters|n
wkład filtrujący|filter cartridges|n
wkłady filtrujące|filter cartridges|n
dzbanek filtrujący|water filter jugs|n
filtr hepa|hepa filters|n
oczyszczacz powietrza|air purifiers|n
oczyszczacze powietrza|air purifiers|n
osuszacz|dehumidifiers|n
osuszacz powietrza|dehumidifiers|n
nawilżacz|humidifiers|n
nawilżacz powietrza|humidifiers|n
zmywarka|dishwashers|n
zmywarka do naczyń|dishwashers|n
pralka|washing machines|n
pralka automatyczna|washing machines|n
pralko-suszarka|washer-dryers|n
suszarka|dryers|n
suszarka bębnowa|tumble dryers|n
suszarka do ubrań|tumble dryers|n
suszarka do owoców|food dehydrators|n
suszarka do grzybów|food dehydrators|n
wirówka|centrifuges|n
maszyna do szycia|sewing machines|n
maszyny do szycia|sewing machines|n
hafciarka|embroidery machines|n
maszyna dziewiarska|knitting machines|n
prasa|presses|n
prasy|presses|n
prasa rolująca|balers|n
obrabiarka|machine tools|n
tokarka|lathes|n
frezarka|milling machines|n
frezarka cnc|cnc milling machines|n
frezarka górnowrzecionowa|wood routers|n
ploter|plotters|n
ploter tnący|cutting plotters|n
grawerka|engraving machines|n
grawerka laserowa|laser engravers|n
wycinarka laserowa|laser cutting machines|n
wiertarka|drills|n
wiertarka udarowa|hammer drills|n
wiertarko-wkrętarka|drill drivers|n
wkrętarka|drill drivers|n
młotowiertarka|rotary hammers|n
młot udarowy|rotary hammers|n
młot wyburzeniowy|demolition hammers|n
szlifierka|grinders|n
szlifierka kątowa|angle grinders|n
szlifierka oscylacyjna|orbital sanders|n
szlifierka mimośrodowa|random orbital sanders|n
szlifierka taśmowa|belt sanders|n
szlifierka stołowa|bench grinders|n
pilarka|saws|n
pilarka tarczowa|circular saws|n
piła tarczowa|circular saws|n
pilarka łańcuchowa|chainsaws|n
piła łańcuchowa|chainsaws|n
pilarka ukośna|mitre saws|n
wyrzynarka|jigsaws|n
pilarka szablasta|reciprocating saws|n
strug elektryczny|electric planers|n
multiszlifierka|rotary tools|n
opalarka|heat guns|n
elektronarzędzie|power tools|n
klucz pneumatyczny|pneumatic impact wrenches|n
klucz udarowy|impact wrenches|n
zakrętarka|impact wrenches|n
gwoździarka|nail guns|n
kosiarka|lawn mowers|n
kosiarka spalinowa|petrol lawn mowers|n
robot koszący|robotic lawn mowers|n
traktorek ogrodowy|lawn tractors|n
podkaszarka|grass trimmers|n
kosa spalinowa|brush cutters|n
wykaszarka|brush cutters|n
dmuchawa|blowers|n
dmuchawa do liści|leaf blowers|n
odśnieżarka|snow blowers|n
glebogryzarka|tillers|n
kultywator|cultivators|n
wertykulator|scarifiers|n
rozdrabniacz do gałęzi|garden shredders|n
rębak|wood chippers|n
łuparka|log splitters|n
opryskiwacz|sprayers|n
opryskiwacze|sprayers|n
zraszacz|sprinklers|n
zraszacze|sprinklers|n
myjka ciśnieniowa|high-pressure washers|n
myjki ciśnieniowe|high-pressure washers|n
myjka wysokociśnieniowa|high-pressure washers|n
gaśnica|fire extinguishers|n
piaskarka|sandblasters|n
agregat malarski|paint sprayers|n
kombajn|combine harvesters|n
kombajn zbożowy|combine harvesters|n
pług|ploughs|n
brona|harrows|n
siewnik|seed drills|n
rozsiewacz|fertilizer spreaders|n
dojarka|milking machines|n
inkubator|incubators|n
wózek widłowy|fork-lift trucks|n
wózki widłowe|fork-lift trucks|n
wózek paletowy|pallet trucks|n
paleciak|pallet trucks|n
podnośnik|lifting jacks|n
podnośnik samochodowy|car jacks|n
podnośnik hydrauliczny|hydraulic jacks|n
lewarek|jacks|n
dźwig|cranes|n
dźwigi|cranes|n
żuraw|cranes|n
suwnica|overhead travelling cranes|n
wciągarka|winches|n
wyciągarka|winches|n
wciągnik|hoists|n
wciągnik łańcuchowy|chain hoists|n
winda|lifts|n
schody ruchome|escalators|n
przenośnik|conveyors|n
przenośnik taśmowy|belt conveyors|n
koparka|excavators|n
minikoparka|mini excavators|n
koparko-ładowarka|backhoe loaders|n
ładowarka kołowa|wheel loaders|n
spycharka|bulldozers|n
równiarka|graders|n
walec drogowy|road rollers|n
zagęszczarka|plate compactors|n
betoniarka|concrete mixers|n
kruszarka|crushers|n
młyn|mills|n
maszyna pakująca|packing machines|n
pakowarka próżniowa|vacuum sealers|n
zgrzewarka|sealing machines|n
zgrzewarka do folii|heat sealers|n
etykieciarka|labelling machines|n
drukarka|printers|n
drukarka atramentowa|inkjet printers|n
drukarka 3d|3d printers|n
drukarka etykiet|label printers|n
urządzenie wielofunkcyjne|multifunction printers|n
kserokopiarka|photocopiers|n
skaner|scanners|n
skanery|scanners|n
skaner kodów kreskowych|barcode scanners|n
kartridż|ink cartridges|n
kartridże|ink cartridges|n
tusze|inks|n
głowica drukująca|print heads|n
komputer|computers|n
komputery|computers|n
komputerowy|computer|m
komputer stacjonarny|desktop computers|n
komputer przenośny|laptops|n
laptop|laptops|n
laptopy|laptops|n
tablet|tablets|n
tablet graficzny|graphics tablets|n
czytnik|readers|n
czytnik e-booków|e-book readers|n
czytnik ebooków|e-book readers|n
czytnik kart|card readers|n
serwer|servers|n
serwery|servers|n
klawiatura|keyboards|n
mysz|mice|n
myszka|mice|n
podkładka pod mysz|mouse mats|n
dysk|disks|n
dyski|disks|n
dysk twardy|hard disk drives|n
dyski twarde|hard disk drives|n
dysk zewnętrzny|external hard drives|n
dysk ssd|solid-state drives|n
dyski ssd|solid-state drives|n
pendrive|usb flash drives|n
pamięć usb|usb flash drives|n
karta pamięci|memory cards|n
karty pamięci|memory cards|n
karta microsd|microsd cards|n
karta sd|sd cards|n
pamięć ram|ram memory modules|n
pamięć|memory|n
karta graficzna|graphics cards|n
karty graficzne|graphics cards|n
płyta główna|motherboards|n
płyty główne|motherboards|n
procesor|processors|n
procesory|processors|n
chłodzenie procesora|cpu coolers|n
karta sieciowa|network cards|n
stacja dokująca|docking stations|n
hub usb|usb hubs|n
koncentrator usb|usb hubs|n
kasa fiskalna|cash registers|n
kasy fiskalne|cash registers|n
terminal płatniczy|payment terminals|n
kalkulator|calculators|n
kalkulatory|calculators|n
niszczarka|paper shredders|n
niszczarka do papieru|paper shredders|n
laminator|laminators|n
bindownica|binding machines|n
liczarka banknotów|banknote counters|n
bankomat|automated teller machines|n
automat vending|vending machines|n
automat do kawy|coffee vending machines|n
waga|scales|n
wagi|scales|n
waga sklepowa|retail scales|n
waga hakowa|hanging scales|n
waga analityczna|analytical balances|n
ekspres do kawy|coffee machines|n
ekspresy do kawy|coffee machines|n
ekspres ciśnieniowy|espresso machines|n
ekspres przelewowy|drip coffee makers|n
kawiarka|moka pots|n
zaparzacz|infusers|n
zaparzacz do kawy|cafetières|n
zaparzacz do herbaty|tea infusers|n
spieniacz do mleka|milk frothers|n
maszynka do makaronu|pasta makers|n
robot kuchenny|food processors|n
roboty kuchenne|food processors|n
robot planetarny|stand mixers|n
blender|blenders|n
blendery|blenders|n
blender ręczny|hand blenders|n
mikser|mixers|n
miksery|mixers|n
mikser ręczny|hand mixers|n
sokowirówka|juice extractors|n
wyciskarka|juicers|n
wyciskarka do soków|juicers|n
wyciskarka wolnoobrotowa|slow juicers|n
wyciskacz do cytrusów|citrus presses|n
maszyna do lodów|ice cream makers|n
piec piekarniczy|bakery ovens|n
piec do pizzy|pizza ovens|n
maszyna do popcornu|popcorn makers|n
maszyna do waty cukrowej|candy floss machines|n
łożysko|bearings|n
łożyska|bearings|n
łożysk|of bearings|m
łożysko kulkowe|ball bearings|n
łożyska kulkowe|ball bearings|n
łożysko stożkowe|tapered roller bearings|n
łożysko igiełkowe|needle roller bearings|n
piasta|hubs|n
przekładnia|gear units|n
motoreduktor|geared motors|n
koło zębate|gears|n
koła zębate|gears|n
zębatka|sprockets|n
sprzęgło|clutches|n
koło pasowe|pulleys|n
koła pasowe|pulleys|n
uszczelnienie|seals|n
siłownik|actuators|n
siłownik hydrauliczny|hydraulic cylinders|n
siłownik pneumatyczny|pneumatic cylinders|n
forma wtryskowa|injection moulds|n
formy wtryskowe|injection moulds|n
części maszyn|machine parts|n
części do maszyn|machine parts|n
robot przemysłowy|industrial robots|n
reaktor jądrowy|nuclear reactors|n
generator pary|steam generators|n

# Chapter 85: electrical machinery, appliances, electronics
urządzenia elektryczne|electrical apparatus|n
sprzęt elektroniczny|electronic equipment|n
elektronika|electronics|n
elektryczny|electric|m
elektroniczny|electronic|m
silnik elektryczny|electric motors|n
silniki elektryczne|electric motors|n
silnik krokowy|stepper motors|n
silnik bezszczotkowy|brushless motors|n
prądnica|generators|n
generator prądu|generating sets|n
agregat prądotwórczy|generating sets|n
agregaty prądotwórcze|generating sets|n
transformator|transformers|n
transformatory|transformers|n
zasilacz|power supplies|n
zasilacze|power supplies|n
zasilacz impulsowy|switching power supplies|n
zasilacz awaryjny|uninterruptible power supplies|n
przetwornica|converters|n
przetwornica napięcia|voltage converters|n
falownik|inverters|n
inwerter|inverters|n
ładowarka|chargers|n
ładowarka do telefonu|phone chargers|n
ładowarka sieciowa|mains chargers|n
ładowarka indukcyjna|wireless chargers|n
ładowarka usb|usb chargers|n
ładowarka do laptopa|laptop chargers|n
ładowarka do samochodu elektrycznego|electric vehicle chargers|n
ładowarka do akumulatorów|battery chargers|n
prostownik|battery chargers|n
powerbank|power banks|n
powerbanki|power banks|n
akumulator|accumulators|n
akumulatory|accumulators|n
akumulator samochodowy|car batteries|n
akumulatory samochodowe|car batteries|n
akumulator żelowy|gel batteries|n
akumulator litowo-jonowy|lithium-ion batteries|n
akumulator do laptopa|laptop batteries|n
bateria|batteries|n
baterii|of batteries|m
bateria do laptopa|laptop batteries|n
bateria do telefonu|phone batteries|n
bateria alkaliczna|alkaline batteries|n
baterie alkaliczne|alkaline batteries|n
bateria litowa|lithium batteries|n
baterie litowe|lithium batteries|n
baterie aa|aa batteries|n
baterie aaa|aaa batteries|n
bateria guzikowa|button cells|n
baterie guzikowe|button cells|n
bateria do zegarka|watch batteries|n
ogniwo|cells|n
ogniwa fotowoltaiczne|photovoltaic cells|n
panel słoneczny|solar panels|n
panele słoneczne|solar panels|n
panel fotowoltaiczny|photovoltaic panels|n
panele fotowoltaiczne|photovoltaic panels|n
moduł fotowoltaiczny|photovoltaic modules|n
fotowoltaika|photovoltaic systems|n
kolektor słoneczny|solar collectors|n
magazyn energii|energy storage systems|n
odkurzacz|vacuum cleaners|n
odkurzacze|vacuum cleaners|n
odkurzacz bezprzewodowy|cordless vacuum cleaners|n
robot sprzątający|robot vacuum cleaners|n
robot odkurzający|robot vacuum cleaners|n
odkurzacz automatyczny|robot vacuum cleaners|n
mop parowy|steam mops|n
myjka do okien|window vacuums|n
parownica|garment steamers|n
parownica do ubrań|garment steamers|n
żelazko|electric irons|n
żelazka|electric irons|n
żelazko parowe|steam irons|n
toster|toasters|n
tostery|toasters|n
opiekacz|sandwich toasters|n
opiekacz do kanapek|sandwich toasters|n
gofrownica|waffle makers|n
mikrofalówka|microwave ovens|n
kuchenka mikrofalowa|microwave ovens|n
kuchenki mikrofalowe|microwave ovens|n
piekarnik|ovens|n
piekarniki|ovens|n
płyta indukcyjna|induction hobs|n
płyty indukcyjne|induction hobs|n
płyta grzewcza|hobs|n
płyta ceramiczna|ceramic hobs|n
kuchenka|cookers|n
frytkownica|deep fryers|n
frytkownica beztłuszczowa|air fryers|n
frytkownica na gorące powietrze|air fryers|n
grill elektryczny|electric grills|n
grill kontaktowy|contact grills|n
wolnowar|slow cookers|n
multicooker|multicookers|n
ryżowar|rice cookers|n
parowar|food steamers|n
automat do chleba|bread makers|n
wypiekacz do chleba|bread makers|n
podgrzewacz do butelek|bottle warmers|n
sterylizator|sterilisers|n
sterylizator do butelek|bottle sterilisers|n
jogurtownica|yoghurt makers|n
suszarka do włosów|hair dryers|n
suszarki do włosów|hair dryers|n
prostownica|hair straighteners|n
prostownica do włosów|hair straighteners|n
lokówka|curling irons|n
lokówka do włosów|curling irons|n
lokówko-suszarka|hot air brushes|n
szczotka prostująca|straightening brushes|n
golarka|shavers|n
maszynka do strzyżenia|hair clippers|n
maszynka do włosów|hair clippers|n
trymer|trimmers|n
trymery|trimmers|n
trymer do brody|beard trimmers|n
depilator|depilators|n
depilatory|depilators|n
epilator|epilators|n
szczoteczka elektryczna|electric toothbrushes|n
szczoteczki elektryczne|electric toothbrushes|n
szczoteczka soniczna|sonic toothbrushes|n
irygator|oral irrigators|n
irygator do zębów|oral irrigators|n
grzejnik elektryczny|electric heaters|n
grzejnik olejowy|oil-filled radiators|n
termowentylator|fan heaters|n
farelka|fan heaters|n
grzejnik konwektorowy|convector heaters|n
konwektor|convector heaters|n
promiennik|radiant heaters|n
poduszka elektryczna|heating pads|n
ogrzewanie podłogowe|underfloor heating|n
grzałka|heating elements|n
grzałka do wody|immersion heaters|n
żarówka|light bulbs|n
żarówek|of light bulbs|m
żarówka led|led bulbs|n
żarówki led|led bulbs|n
żarówka halogenowa|halogen lamps|n
halogen|halogen lamps|n
świetlówka|fluorescent tubes|n
świetlówka led|led tubes|n
dioda|diodes|n
diody|diodes|n
dioda led|light-emitting diodes|n
diody led|light-emitting diodes|n
taśma led|led strips|n
taśmy led|led strips|n
pasek led|led strips|n
paski led|led strips|n
moduł led|led modules|n
latarka|torches|n
latarka led|led torches|n
latarka czołowa|head torches|n
lampa czołowa|head torches|n
czołówka|head torches|n
lampa rowerowa|bicycle lights|n
lampka rowerowa|bicycle lights|n
oświetlenie rowerowe|bicycle lights|n
kabel|cables|n
kable|cables|n
kabla|cables|n
kabli|of cables|m
kabel usb|usb cables|n
kable usb|usb cables|n
kabel usb-c|usb-c cables|n
kabel hdmi|hdmi cables|n
kabel zasilający|power cables|n
kabel sieciowy|network cables|n
kabel ethernet|ethernet cables|n
kabel koncentryczny|coaxial cables|n
kabel energetyczny|power cables|n
kabel do ładowania|charging cables|n
przewód|wires|n
przewody|wires|n
przewód zasilający|power cords|n
światłowód|optical fibre cables|n
światłowody|optical fibre cables|n
wiązka przewodów|wiring harnesses|n
przedłużacz|extension leads|n
przedłużacze|extension leads|n
listwa zasilająca|power strips|n
listwy zasilające|power strips|n
listwa antyprzepięciowa|surge protectors|n
rozgałęźnik|socket splitters|n
adapter|adapters|n
adaptery|adapters|n
przejściówka|adapters|n
wtyczka|plugs|n
wtyk|plugs|n
gniazdko|sockets|n
gniazdo|sockets|n
gniazda|sockets|n
gniazdko elektryczne|electrical sockets|n
gniazdo elektryczne|electrical sockets|n
gniazdko smart|smart plugs|n
inteligentne gniazdko|smart plugs|n
złącze|connectors|n
złącza|connectors|n
konektor|connectors|n
konektory|connectors|n
włącznik|switches|n
włączniki|switches|n
wyłącznik|switches|n
wyłączniki|switches|n
przełącznik|switches|n
przełączniki|switches|n
łącznik|switches|n
ściemniacz|dimmers|n
wyłącznik nadprądowy|circuit breakers|n
wyłącznik różnicowoprądowy|residual current circuit breakers|n
bezpiecznik|fuses|n
bezpieczniki|fuses|n
rozdzielnica|switchboards|n
skrzynka rozdzielcza|distribution boxes|n
puszka elektryczna|junction boxes|n
stycznik|contactors|n
styczniki|contactors|n
przekaźnik|relays|n
przekaźniki|relays|n
kondensator|capacitors|n
kondensatory|capacitors|n
rezystor|resistors|n
rezystory|resistors|n
tranzystor|transistors|n
tranzystory|transistors|n
układ scalony|integrated circuits|n
układy scalone|integrated circuits|n
mikrokontroler|microcontrollers|n
płytka drukowana|printed circuit boards|n
płytki drukowane|printed circuit boards|n
płytka pcb|printed circuit boards|n
moduł|modules|n
moduły|modules|n
czujnik|sensors|n
czujniki|sensors|n
czujnik ruchu|motion sensors|n
czujka ruchu|motion detectors|n
czujnik dymu|smoke detectors|n
czujka dymu|smoke detectors|n
czujnik czadu|carbon monoxide detectors|n
czujnik gazu|gas detectors|n
czujnik temperatury|temperature sensors|n
czujnik parkowania|parking sensors|n
czujniki parkowania|parking sensors|n
czujnik ciśnienia w oponach|tyre pressure sensors|n
sonda lambda|lambda sensors|n
alarm|alarms|n
alarmy|alarms|n
system alarmowy|alarm systems|n
syrena|sirens|n
syrena alarmowa|alarm sirens|n
immobilizer|immobilisers|n
elektromagnes|electromagnets|n
magnes|magnets|n
magnesy|magnets|n
magnes neodymowy|neodymium magnets|n
magnesy na lodówkę|fridge magnets|n
izolator|insulators|n
izolatory|insulators|n
elektrozamek|electric locks|n
dzwonek bezprzewodowy|wireless doorbells|n
domofon|door entry phones|n
domofony|door entry phones|n
wideodomofon|video door phones|n
wideodomofony|video door phones|n
telefon|telephones|n
telefony|telephones|n
telefon komórkowy|mobile phones|n
telefony komórkowe|mobile phones|n
telefon stacjonarny|landline telephones|n
telefon bezprzewodowy|cordless telephones|n
telefon dla seniora|senior mobile phones|n
smartfon|smartphones|n
smartfony|smartphones|n
inteligentny zegarek|smartwatches|n
zegarek sportowy|sports watches|n
opaska sportowa|fitness trackers|n
opaska fitness|fitness trackers|n
smartband|fitness trackers|n
słuchawki|headphones|n
słuchawek|of headphones|m
słuchawki douszne|earphones|n
słuchawki dokanałowe|in-ear earphones|n
słuchawki nauszne|on-ear headphones|n
słuchawki wokółuszne|over-ear headphones|n
słuchawki bluetooth|bluetooth headphones|n
słuchawki gamingowe|gaming headsets|n
słuchawki z mikrofonem|headsets|n
zestaw słuchawkowy|headsets|n
zestaw głośnomówiący|hands-free kits|n
mikrofon|microphones|n
mikrofony|microphones|n
mikrofon krawatowy|lavalier microphones|n
głośnik|loudspeakers|n
głośniki|loudspeakers|n
głośnik bluetooth|bluetooth speakers|n
głośnik bezprzewodowy|wireless speakers|n
głośnik przenośny|portable speakers|n
głośniki komputerowe|computer speakers|n
głośnik samochodowy|car speakers|n
głośniki samochodowe|car speakers|n
kolumna głośnikowa|loudspeakers|n
kolumny głośnikowe|loudspeakers|n
soundbar|soundbars|n
subwoofer|subwoofers|n
wzmacniacz|amplifiers|n
wzmacniacze|amplifiers|n
wzmacniacz sygnału|signal boosters|n
wzmacniacz wifi|wi-fi extenders|n
amplituner|av receivers|n
mikser audio|audio mixers|n
radio|radios|n
radioodbiornik|radio receivers|n
radioodtwarzacz|radio players|n
radiobudzik|clock radios|n
krótkofalówka|walkie-talkies|n
cb radio|cb radios|n
odtwarzacz|players|n
odtwarzacze|players|n
odtwarzacz mp3|mp3 players|n
odtwarzacz dvd|dvd players|n
odtwarzacz blu-ray|blu-ray players|n
gramofon|record players|n
gramofony|record players|n
dyktafon|voice recorders|n
telewizor|television receivers|n
telewizory|television receivers|n
telewizor led|led televisions|n
monitory|monitors|n
projektor|projectors|n
projektory|projectors|n
rzutnik|projectors|n
ekran projekcyjny|projection screens|n
dekoder|set-top boxes|n
dekodery|set-top boxes|n
tuner dvb-t|digital television tuners|n
antena|aerials|n
antena satelitarna|satellite dishes|n
routery|routers|n
modem|modems|n
modemy|modems|n
przełącznik sieciowy|network switches|n
punkt dostępowy|access points|n
karta sim|sim cards|n
kamera|cameras|n
kamery|cameras|n
kamera sportowa|action cameras|n
kamerka sportowa|action cameras|n
kamera internetowa|webcams|n
kamerka internetowa|webcams|n
kamera samochodowa|dashboard cameras|n
wideorejestrator|dashboard cameras|n
rejestrator jazdy|dashboard cameras|n
kamera cofania|reversing cameras|n
kamera ip|ip cameras|n
kamera monitoringu|surveillance cameras|n
kamery monitoringu|surveillance cameras|n
kamera do monitoringu|surveillance cameras|n
rejestrator|recorders|n
rejestrator dvr|digital video recorders|n
niania elektroniczna|baby monitors|n
elektroniczna niania|baby monitors|n
aparat fotograficzny|cameras|n
aparaty fotograficzne|cameras|n
aparat cyfrowy|digital cameras|n
lustrzanka|single-lens reflex cameras|n
bezlusterkowiec|mirrorless cameras|n
dron|drones|n
drony|drones|n
dron z kamerą|camera drones|n
konsola|video game consoles|n
konsole|video game consoles|n
konsola do gier|video game consoles|n
kontroler|controllers|n
kontrolery|controllers|n
pad do gier|gamepads|n
gamepad|gamepads|n
kierownica do gier|gaming steering wheels|n
gogle vr|vr headsets|n
okulary vr|vr headsets|n
nawigacja|gps navigators|n
nawigacja samochodowa|gps navigators|n
nawigacja gps|gps navigators|n
lokalizator|gps trackers|n
lokalizator gps|gps trackers|n
radar|radar apparatus|n
wykrywacz|detectors|n
wykrywacz metali|metal detectors|n
pilot do telewizora|remote controls|n
pilot uniwersalny|universal remote controls|n
pilot do bramy|gate remote controls|n
sterownik|controllers|n
sterowniki|controllers|n
sterownik plc|programmable controllers|n
panel sterowania|control panels|n
spawarka|welding machines|n
migomat|mig welders|n
spawarka migomat|mig welders|n
spawarka inwertorowa|inverter welders|n
lutownica|soldering irons|n
stacja lutownicza|soldering stations|n
lampa owadobójcza|insect killer lamps|n
odstraszacz|repellers|n
elektryzator|electric fence energisers|n
pastuch elektryczny|electric fence energisers|n
wycieraczki samochodowe|windscreen wipers|n
wycieraczka samochodowa|windscreen wipers|n
pióra wycieraczek|wiper blades|n
świeca zapłonowa|spark plugs|n
świece zapłonowe|spark plugs|n
świeca żarowa|glow plugs|n
świece żarowe|glow plugs|n
cewka zapłonowa|ignition coils|n
rozrusznik|starter motors|n
rozruszniki|starter motors|n
alternator|alternators|n
alternatory|alternators|n
reflektor|spotlights|n
reflektory|spotlights|n
reflektor samochodowy|headlamps|n
lampa przednia|headlamps|n
lampy przednie|headlamps|n
światła do jazdy dziennej|daytime running lights|n
kierunkowskaz|direction indicators|n
kierunkowskazy|direction indicators|n
światło przeciwmgielne|fog lamps|n
klakson|horns|n
elektroda grafitowa|graphite electrodes|n
rurka termokurczliwa|heat-shrink tubing|n
koszulki termokurczliwe|heat-shrink tubing|n
dławik|inductors|n
cewka|coils|n
cewki|coils|n
płyta cd|compact discs|n
płyty cd|compact discs|n
płyta dvd|dvds|n
płyty dvd|dvds|n
płyta winylowa|vinyl records|n
płyty winylowe|vinyl records|n
kaseta|cassettes|n
gra komputerowa|video games|n
gry komputerowe|video games|n
gra na konsolę|video games|n
gry na konsolę|video games|n
oprogramowanie|software|n
karta podarunkowa|gift cards|n
karty podarunkowe|gift cards|n
karta zbliżeniowa|proximity cards|n
karty rfid|rfid cards|n
wyświetlacz|displays|n
wyświetlacze|displays|n
wyświetlacz lcd|lcd displays|n
ekran|screens|n
ekrany|screens|n
ekran dotykowy|touch screens|n
matryca|display panels|n
tablica interaktywna|interactive whiteboards|n

# Chapter 86: railway and tramway stock, containers
lokomotywa|locomotives|n
wagon|wagons|n
wagony|wagons|n
wagon towarowy|goods wagons|n
wagon pasażerski|passenger coaches|n
tramwaj|trams|n
tramwaje|trams|n
szyna|rails|n
szyny|rails|n
tory kolejowe|railway track|n
podkłady kolejowe|railway sleepers|n
kontener|containers|n
kontenery|containers|n
kontener morski|shipping containers|n
kontener transportowy|freight containers|n
kolejowy|railway|m

# Chapter 87: vehicles, parts and accessories
pojazd|vehicles|n
pojazdy|vehicles|n
samochód|motor cars|n
samochody|motor cars|n
samochodowy|car|m
samochód osobowy|motor cars|n
samochody osobowe|motor cars|n
samochód elektryczny|electric cars|n
samochód hybrydowy|hybrid cars|n
samochód terenowy|off-road vehicles|n
samochód ciężarowy|lorries|n
samochody ciężarowe|lorries|n
ciężarówka|lorries|n
samochód dostawczy|vans|n
samochody dostawcze|vans|n
autobus|buses|n
autobusy|buses|n
autokar|coaches|n
ciągnik|tractors|n
ciągniki|tractors|n
traktor|tractors|n
ciągnik siodłowy|road tractors|n
ciągniki siodłowe|road tractors|n
wywrotka|dumpers|n
betonomieszarka|concrete mixer lorries|n
śmieciarka|refuse collection vehicles|n
laweta|tow trucks|n
wóz strażacki|fire engines|n
karetka|ambulances|n
quady|all-terrain vehicles|n
wózek golfowy|golf carts|n
przyczepa|trailers|n
przyczepka|trailers|n
przyczepa kempingowa|caravans|n
kamper|motor caravans|n
naczepa|semi-trailers|n
motocykl|motorcycles|n
motocykle|motorcycles|n
motocyklowy|motorcycle|m
motocykl crossowy|motocross motorcycles|n
skuter|motor scooters|n
skutery|motor scooters|n
skuter elektryczny|electric scooters|n
motorower|mopeds|n
motorowery|mopeds|n
hulajnoga|scooters|n
rower|bicycles|n
rowery|bicycles|n
rowerowy|bicycle|m
rower górski|mountain bikes|n
rower miejski|city bicycles|n
rower szosowy|road bicycles|n
rower trekkingowy|trekking bicycles|n
rowerek|children's bicycles|n
rowerek biegowy|balance bikes|n
rowerek trójkołowy|tricycles|n
trójkołowiec|tricycles|n
wózek|trolleys|n
wózki|trolleys|n
wózek inwalidzki|wheelchairs|n
wózki inwalidzkie|wheelchairs|n
wózek dziecięcy|baby carriages|n
wózki dziecięce|baby carriages|n
wózek spacerowy|pushchairs|n
spacerówka|pushchairs|n
wózek głęboki|prams|n
wózek 3w1|3-in-1 prams|n
gondola|carrycots|n
wózek transportowy|hand trucks|n
wózek na zakupy|shopping trolleys|n
wózek sklepowy|shopping trolleys|n
wózek narzędziowy|tool trolleys|n
wózek ręczny|hand carts|n
część|parts|n
części|parts|n
części zamienne|spare parts|n
części samochodowe|motor vehicle parts|n
części do samochodów|motor vehicle parts|n
nadwozie|vehicle bodies|n
karoseria|vehicle bodies|n
zderzak|bumpers|n
zderzaki|bumpers|n
błotnik|mudguards|n
błotniki|mudguards|n
maska silnika|bonnets|n
pokrywa silnika|bonnets|n
klapa bagażnika|tailgates|n
lusterko boczne|wing mirrors|n
lusterko samochodowe|rear-view mirrors|n
lusterko wsteczne|rear-view mirrors|n
szyba czołowa|windscreens|n
szyba przednia|windscreens|n
szyba samochodowa|vehicle windows|n
grill samochodowy|radiator grilles|n
atrapa chłodnicy|radiator grilles|n
spojler|spoilers|n
hamulec|brakes|n
hamulce|brakes|n
klocki hamulcowe|brake pads|n
tarcza hamulcowa|brake discs|n
tarcze hamulcowe|brake discs|n
szczęki hamulcowe|brake shoes|n
zacisk hamulcowy|brake calipers|n
zaciski hamulcowe|brake calipers|n
pompa hamulcowa|brake master cylinders|n
przewód hamulcowy|brake hoses|n
linka hamulcowa|brake cables|n
hamulec tarczowy|disc brakes|n
hamulce tarczowe|disc brakes|n
amortyzator|shock absorbers|n
amortyzatory|shock absorbers|n
sprężyna zawieszenia|suspension springs|n
zawieszenie|suspension|n
wahacz|control arms|n
wahacze|control arms|n
sworzeń wahacza|ball joints|n
tuleja wahacza|suspension bushes|n
łącznik stabilizatora|stabiliser links|n
drążek kierowniczy|tie rods|n
końcówka drążka|tie rod ends|n
przekładnia kierownicza|steering gears|n
maglownica|steering racks|n
kierownica|steering wheels|n
kierownica rowerowa|handlebars|n
felga|wheel rims|n
felgi|wheel rims|n
felgi aluminiowe|alloy wheels|n
felgi stalowe|steel wheels|n
koło|wheels|n
koła|wheels|n
kół|of wheels|m
koło zapasowe|spare wheels|n
kołpak|wheel trims|n
kołpaki|wheel trims|n
piasta koła|wheel hubs|n
łożysko koła|wheel bearings|n
tłumik|silencers|n
tłumiki|silencers|n
układ wydechowy|exhaust systems|n
rura wydechowa|exhaust pipes|n
katalizator|catalytic converters|n
filtr cząstek stałych|diesel particulate filters|n
chłodnica|radiators|n
chłodnice|radiators|n
intercooler|intercoolers|n
skrzynia biegów|gearboxes|n
skrzynie biegów|gearboxes|n
dwumasa|dual-mass flywheels|n
koło dwumasowe|dual-mass flywheels|n
półoś|drive shafts|n
półosie|drive shafts|n
wał napędowy|propeller shafts|n
przegub|cv joints|n
przeguby|cv joints|n
mechanizm różnicowy|differentials|n
most napędowy|drive axles|n
oś|axles|n
osie|axles|n
pas bezpieczeństwa|safety seat belts|n
pasy bezpieczeństwa|safety seat belts|n
poduszka powietrzna|airbags|n
poduszki powietrzne|airbags|n
fotelik samochodowy|child car seats|n
foteliki samochodowe|child car seats|n
fotelik rowerowy|child bicycle seats|n
siedzenie samochodowe|vehicle seats|n
fotel samochodowy|vehicle seats|n
dywaniki samochodowe|car mats|n
dywaniki gumowe|rubber car mats|n
pokrowce samochodowe|car seat covers|n
pokrowce na siedzenia|seat covers|n
pokrowce na fotele|seat covers|n
bagażnik dachowy|roof racks|n
box dachowy|roof boxes|n
bagażnik rowerowy|bicycle carriers|n
uchwyt na rower|bicycle carriers|n
hak holowniczy|tow bars|n
tablica rejestracyjna|number plates|n
tablice rejestracyjne|number plates|n
podnośnik szyby|window regulators|n
stacyjka|ignition switches|n
zbiornik paliwa|fuel tanks|n
bak|fuel tanks|n
pedał|pedals|n
pedały|pedals|n
siodełko|saddles|n
sztyca|seat posts|n
przerzutka|derailleurs|n
korba|cranks|n
mechanizm korbowy|chainsets|n
sakwa rowerowa|bicycle panniers|n
sakwy rowerowe|bicycle panniers|n
licznik rowerowy|cycle computers|n
kółka boczne|stabiliser wheels|n
owiewka|fairings|n
kufer motocyklowy|motorcycle top boxes|n
czołg|tanks|n
czołgi|tanks|n
pojazd opancerzony|armoured vehicles|n

# Chapters 88-89: aircraft, spacecraft, ships and boats
samolot|aeroplanes|n
samoloty|aeroplanes|n
śmigłowiec|helicopters|n
śmigłowce|helicopters|n
helikopter|helicopters|n
helikoptery|helicopters|n
szybowiec|gliders|n
szybowce|gliders|n
lotnia|hang gliders|n
paralotnia|paragliders|n
balon na ogrzane powietrze|hot-air balloons|n
spadochron|parachutes|n
spadochrony|parachutes|n
satelita|satellites|n
statek kosmiczny|spacecraft|n
bezzałogowy statek powietrzny|unmanned aircraft|n
lotniczy|aircraft|m
statek|ships|n
statki|ships|n
okręt|warships|n
łódź|boats|n
łodzie|boats|n
łodzi|boats|n
łódka|boats|n
łódki|boats|n
łódź motorowa|motorboats|n
motorówka|motorboats|n
łódź wiosłowa|rowing boats|n
łódź rybacka|fishing boats|n
kuter|fishing vessels|n
kuter rybacki|fishing vessels|n
jacht|yachts|n
jachty|yachts|n
jacht żaglowy|sailing yachts|n
żaglówka|sailing boats|n
ponton|inflatable boats|n
pontony|inflatable boats|n
łódź pontonowa|inflatable boats|n
kajak|kayaks|n
kajaki|kayaks|n
kanadyjka|canoes|n
rower wodny|pedal boats|n
skuter wodny|personal watercraft|n
deska sup|stand-up paddle boards|n
deska surfingowa|surfboards|n
tratwa|rafts|n
tratwa ratunkowa|life rafts|n
barka|barges|n
barki|barges|n
holownik|tugs|n
tankowiec|tankers|n
kontenerowiec|container ships|n
dok pływający|floating docks|n
boja|buoys|n
boje|buoys|n
pomost pływający|floating pontoons|n
wiosło|oars|n

# Chapter 90: optical, measuring, medical instruments
okulary|spectacles|n
okularów|of spectacles|m
okulary przeciwsłoneczne|sunglasses|n
okulary korekcyjne|corrective spectacles|n
okulary do czytania|reading glasses|n
okulary ochronne|safety goggles|n
okulary polaryzacyjne|polarised sunglasses|n
okulary pływackie|swimming goggles|n
gogle|goggles|n
oprawka|spectacle frames|n
oprawki do okularów|spectacle frames|n
soczewka|lenses|n
soczewki kontaktowe|contact lenses|n
szkła kontaktowe|contact lenses|n
szkła okularowe|spectacle lenses|n
lornetka|binoculars|n
teleskop|telescopes|n
teleskopy|telescopes|n
luneta|telescopes|n
luneta celownicza|telescopic sights|n
celownik|sights|n
celownik optyczny|telescopic sights|n
celownik kolimatorowy|red dot sights|n
noktowizor|night vision devices|n
mikroskop|microscopes|n
mikroskopy|microscopes|n
lupa|magnifying glasses|n
lupy|magnifying glasses|n
obiektyw|camera lenses|n
obiektywy|camera lenses|n
lampa błyskowa|flashguns|n
statyw|tripods|n
statywy|tripods|n
gimbal|gimbals|n
kijek do selfie|selfie sticks|n
wskaźnik laserowy|laser pointers|n
poziomica|spirit levels|n
poziomica laserowa|laser levels|n
laser krzyżowy|cross line lasers|n
dalmierz|rangefinders|n
dalmierz laserowy|laser distance meters|n
niwelator|surveying levels|n
teodolit|theodolites|n
kompas|compasses|n
miarka|tape measures|n
miara|tape measures|n
miara zwijana|tape measures|n
taśma miernicza|tape measures|n
kątomierz|protractors|n
ekierka|set squares|n
linijka|rulers|n
suwmiarka|callipers|n
mikrometr|micrometers|n
czujnik zegarowy|dial gauges|n
szczelinomierz|feeler gauges|n
termometr|thermometers|n
termometry|thermometers|n
termometr bezdotykowy|infrared thermometers|n
termometr elektroniczny|digital thermometers|n
termometr kuchenny|cooking thermometers|n
termometr do mięsa|meat thermometers|n
stacja pogodowa|weather stations|n
barometr|barometers|n
higrometr|hygrometers|n
termohigrometr|thermo-hygrometers|n
manometr|pressure gauges|n
manometry|pressure gauges|n
ciśnieniomierz|blood pressure monitors|n
ciśnieniomierze|blood pressure monitors|n
glukometr|blood glucose meters|n
pulsoksymetr|pulse oximeters|n
stetoskop|stethoscopes|n
inhalator|inhalers|n
inhalatory|inhalers|n
nebulizator|nebulisers|n
strzykawka|syringes|n
wenflon|cannulas|n
cewnik|catheters|n
cewniki|catheters|n
skalpel|scalpels|n
skalpele|scalpels|n
narzędzia chirurgiczne|surgical instruments|n
narzędzia stomatologiczne|dental instruments|n
lampa polimeryzacyjna|dental curing lights|n
fotel dentystyczny|dental chairs|n
aparat słuchowy|hearing aids|n
aparaty słuchowe|hearing aids|n
aparat ortodontyczny|orthodontic appliances|n
proteza|prostheses|n
proteza zębowa|dentures|n
implant|implants|n
implanty|implants|n
orteza|orthoses|n
stabilizator|orthopaedic supports|n
stabilizator kolana|knee braces|n
pas ortopedyczny|orthopaedic belts|n
kołnierz ortopedyczny|cervical collars|n
kule ortopedyczne|crutches|n
kula łokciowa|elbow crutches|n
kule łokciowe|elbow crutches|n
balkonik|walking frames|n
szyna ortopedyczna|splints|n
masażer|massagers|n
masażery|massagers|n
masażer do karku|neck massagers|n
pistolet do masażu|massage guns|n
fotel masujący|massage chairs|n
stół do masażu|massage tables|n
elektrostymulator|electrostimulators|n
łóżko rehabilitacyjne|hospital beds|n
koncentrator tlenu|oxygen concentrators|n
maska tlenowa|oxygen masks|n
respirator|ventilators|n
aparat rtg|x-ray apparatus|n
rentgen|x-ray apparatus|n
aparat usg|ultrasound scanners|n
usg|ultrasound scanners|n
elektrokardiograf|electrocardiographs|n
defibrylator|defibrillators|n
endoskop|endoscopes|n
otoskop|otoscopes|n
kamera inspekcyjna|inspection cameras|n
półmaska|half masks|n
maska przeciwgazowa|gas masks|n
przyłbica|face shields|n
multimetr|multimeters|n
multimetry|multimeters|n
miernik|meters|n
mierniki|meters|n
miernik uniwersalny|multimeters|n
próbnik napięcia|voltage testers|n
wskaźnik napięcia|voltage testers|n
oscyloskop|oscilloscopes|n
analizator|analysers|n
licznik|meters|n
liczniki|meters|n
licznik energii|electricity meters|n
licznik prądu|electricity meters|n
wodomierz|water meters|n
wodomierze|water meters|n
gazomierz|gas meters|n
licznik gazu|gas meters|n
przepływomierz|flow meters|n
ciepłomierz|heat meters|n
wilgotnościomierz|moisture meters|n
miernik wilgotności|moisture meters|n
ph-metr|ph meters|n
refraktometr|refractometers|n
luksomierz|light meters|n
miernik hałasu|sound level meters|n
anemometr|anemometers|n
prędkościomierz|speedometers|n
obrotomierz|tachometers|n
tachometr|tachometers|n
krokomierz|pedometers|n
taksometr|taximeters|n
alkomat|breathalysers|n
alkomaty|breathalysers|n
kamera termowizyjna|thermal imaging cameras|n
pirometr|pyrometers|n
termostat|thermostats|n
termostaty|thermostats|n
termostat pokojowy|room thermostats|n
głowica termostatyczna|thermostatic radiator heads|n
regulator|regulators|n
regulator ciśnienia|pressure regulators|n
reduktor ciśnienia|pressure reducers|n
presostat|pressure switches|n
sterownik nawadniania|irrigation controllers|n
globus|globes|n
modele anatomiczne|anatomical models|n
spektrometr|spectrometers|n
spektrofotometr|spectrophotometers|n
pipeta|pipettes|n
chromatograf|chromatographs|n
licznik geigera|geiger counters|n
dozymetr|dosimeters|n

# Chapter 91: clocks and watches
zegarek|wrist-watches|n
zegarka|wrist-watches|n
zegarek na rękę|wrist-watches|n
zegarek mechaniczny|mechanical watches|n
zegarek automatyczny|automatic watches|n
zegarek kwarcowy|quartz watches|n
zegarek cyfrowy|digital watches|n
zegarek kieszonkowy|pocket watches|n
zegar|clocks|n
zegary|clocks|n
zegar stojący|longcase clocks|n
zegar kominkowy|mantel clocks|n
budzik|alarm clocks|n
budziki|alarm clocks|n
stoper|stopwatches|n
minutnik|kitchen timers|n
pasek do zegarka|watch straps|n
paski do zegarków|watch straps|n
bransoleta do zegarka|watch bracelets|n
koperta zegarka|watch cases|n
mechanizm zegarowy|clock movements|n
mechanizm do zegara|clock movements|n
rejestrator czasu pracy|time recorders|n

# Chapter 92: musical instruments
instrumenty|instruments|n
gitara|guitars|n
gitara akustyczna|acoustic guitars|n
gitara klasyczna|classical guitars|n
gitara basowa|bass guitars|n
ukulele|ukuleles|n
skrzypce|violins|n
altówka|violas|n
wiolonczela|cellos|n
kontrabas|double basses|n
harfa|harps|n
mandolina|mandolins|n
pianino|pianos|n
fortepian|grand pianos|n
keyboardy|electronic keyboards|n
syntezator|synthesisers|n
organy|organs|n
akordeon|accordions|n
harmonijka|mouth organs|n
harmonijka ustna|mouth organs|n
flet|flutes|n
flety|flutes|n
flet prosty|recorders|n
flet poprzeczny|flutes|n
klarnet|clarinets|n
saksofon|saxophones|n
obój|oboes|n
trąbka|trumpets|n
puzon|trombones|n
waltornia|french horns|n
perkusja|drum kits|n
zestaw perkusyjny|drum kits|n
bęben|drums|n
bębny|drums|n
bębenek|drums|n
werbel|snare drums|n
talerze perkusyjne|cymbals|n
pałeczki perkusyjne|drumsticks|n
cajon|cajons|n
ksylofon|xylophones|n
tamburyn|tambourines|n
marakasy|maracas|n
kalimba|kalimbas|n
metronom|metronomes|n
kamerton|tuning forks|n
tuner gitarowy|guitar tuners|n
struny|strings|n
struny do gitary|guitar strings|n
kostka do gitary|guitar picks|n
kostki do gitary|guitar picks|n
pokrowiec na gitarę|guitar bags|n
pulpit na nuty|music stands|n
pozytywka|musical boxes|n
gwizdek|whistles|n
okaryna|ocarinas|n

# Chapter 93: arms and ammunition
broń|arms|n
broń palna|firearms|n
pistolet|pistols|n
pistolety|pistols|n
rewolwer|revolvers|n
karabin|rifles|n
karabiny|rifles|n
sztucer|sporting rifles|n
strzelba|shotguns|n
wiatrówka|air guns|n
broń pneumatyczna|air guns|n
pistolet pneumatyczny|air pistols|n
karabinek pneumatyczny|air rifles|n
replika asg|airsoft guns|n
amunicja|ammunition|n
nabój|cartridges|n
naboje|cartridges|n
śrut do wiatrówki|airgun pellets|n
miecz|swords|n
miecze|swords|n
szabla|sabres|n
bagnet|bayonets|n
katana|katanas|n
kabura|holsters|n
magazynek|magazines|n
paralizator|stun guns|n
gaz pieprzowy|pepper spray|n
kusza|crossbows|n
granat ręczny|hand grenades|n
pałka teleskopowa|telescopic batons|n

# Chapter 94: furniture, bedding, lamps, prefabricated buildings
meble|furniture|n
mebel|furniture|n
mebli|of furniture|m
meblowy|furniture|m
meble do salonu|living room furniture|n
meble do sypialni|bedroom furniture|n
krzesło|chairs|n
krzeseł|of chairs|m
krzesełko|chairs|n
krzesło obrotowe|swivel chairs|n
krzesełko do karmienia|high chairs|n
fotel|armchairs|n
fotele|armchairs|n
fotel biurowy|office chairs|n
fotele biurowe|office chairs|n
fotel gamingowy|gaming chairs|n
fotel obrotowy|swivel chairs|n
fotel bujany|rocking chairs|n
fotel wypoczynkowy|lounge chairs|n
fotel fryzjerski|barbers' chairs|n
sofa|sofas|n
sofy|sofas|n
kanapa|sofas|n
kanapy|sofas|n
kanapa rozkładana|sofa beds|n
sofa rozkładana|sofa beds|n
wersalka|sofa beds|n
narożnik|corner sofas|n
narożniki|corner sofas|n
narożnik rozkładany|corner sofa beds|n
pufa|pouffes|n
pufy|pouffes|n
puf|pouffes|n
worek sako|bean bags|n
pufa sako|bean bags|n
taboret|stools|n
taborety|stools|n
stołek|stools|n
stołki|stools|n
hoker|bar stools|n
hokery|bar stools|n
ławka|benches|n
ławki|benches|n
leżak|deckchairs|n
leżaki|deckchairs|n
leżanka|sun loungers|n
stół|tables|n
stoły|tables|n
stół rozkładany|extending tables|n
stolik|tables|n
stoliki|tables|n
ława|coffee tables|n
ławy|coffee tables|n
stolik nocny|bedside tables|n
szafka rtv|tv cabinets|n
szafka pod tv|tv cabinets|n
biurko|desks|n
biurko regulowane|height-adjustable desks|n
szafa|wardrobes|n
szafy|wardrobes|n
szafa przesuwna|sliding wardrobes|n
szafka|cabinets|n
szafka nocna|bedside cabinets|n
szafki nocne|bedside cabinets|n
szafka na buty|shoe cabinets|n
szafka pod umywalkę|vanity units|n
szafka wisząca|wall cabinets|n
szafka ubraniowa|lockers|n
komoda|chests of drawers|n
kontener biurowy|drawer pedestals|n
witryna|display cabinets|n
kredens|sideboards|n
regał|shelving units|n
regały|shelving units|n
regał na książki|bookcases|n
biblioteczka|bookcases|n
półka|shelves|n
półki|shelves|n
toaletka|dressing tables|n
wieszak stojący|coat stands|n
meblościanka|wall units|n
łóżko|beds|n
łóżka|beds|n
łóżko piętrowe|bunk beds|n
łóżko kontynentalne|box-spring beds|n
łóżko polowe|camp beds|n
łóżeczko|cots|n
łóżeczko dziecięce|cots|n
łóżeczko turystyczne|travel cots|n
kołyska|cradles|n
rama łóżka|bed frames|n
stelaż do łóżka|bed frames|n
stelaż|frames|n
materac|mattresses|n
materace|mattresses|n
materac sprężynowy|spring mattresses|n
materac kieszeniowy|pocket-spring mattresses|n
materac turystyczny|camping mats|n
nakładka na materac|mattress toppers|n
karimata|sleeping mats|n
mata samopompująca|self-inflating mats|n
kołdra|duvets|n
poduszka|pillows|n
poduszka do spania|pillows|n
poduszka dekoracyjna|cushions|n
poduszki dekoracyjne|cushions|n
poduszka na krzesło|seat cushions|n
poduszka ciążowa|pregnancy pillows|n
jasiek|small pillows|n
śpiwór|sleeping bags|n
śpiwory|sleeping bags|n
lampa|lamps|n
lampy|lamps|n
lampka|lamps|n
lampa sufitowa|ceiling lights|n
lampy sufitowe|ceiling lights|n
lampa wisząca|pendant lights|n
lampy wiszące|pendant lights|n
lampa stojąca|floor lamps|n
lampka nocna|bedside lamps|n
lampa ścienna|wall lights|n
kinkiet|wall lights|n
kinkiety|wall lights|n
plafon|ceiling lights|n
plafony|ceiling lights|n
żyrandol|chandeliers|n
żyrandole|chandeliers|n
oprawa oświetleniowa|lighting fittings|n
oprawy oświetleniowe|lighting fittings|n
reflektor led|led floodlights|n
naświetlacz|floodlights|n
naświetlacze|floodlights|n
naświetlacz led|led floodlights|n
lampa ogrodowa|garden lights|n
lampy ogrodowe|garden lights|n
latarnia|lanterns|n
lampion|lanterns|n
lampiony|lanterns|n
lampki choinkowe|christmas tree lights|n
lampki led|led fairy lights|n
girlanda świetlna|string lights|n
girlanda led|led string lights|n
girlanda|garlands|n
kurtyna świetlna|curtain lights|n
lampa uv|uv lamps|n
lampa do paznokci|nail lamps|n
lampa grzewcza|heat lamps|n
oświetlenie|lighting|n
oświetlenie led|led lighting|n
klosz|lampshades|n
klosze|lampshades|n
abażur|lampshades|n
dom prefabrykowany|prefabricated buildings|n
domy prefabrykowane|prefabricated buildings|n
kontener mieszkalny|prefabricated container buildings|n
domek ogrodowy|garden sheds|n
domek narzędziowy|garden sheds|n
altana|gazebos|n
pawilon ogrodowy|gazebos|n
szklarnia|greenhouses|n
tunel foliowy|polytunnels|n
wiata|shelters|n
wiata garażowa|carports|n
garaż blaszany|metal garages|n

# Chapter 95: toys, games, sports requisites
zabawka|toys|n
zabawek|of toys|m
zabawkowy|toy|m
zabawka edukacyjna|educational toys|n
zabawki edukacyjne|educational toys|n
zabawka interaktywna|interactive toys|n
zabawka dla psa|dog toys|n
zabawki dla psa|dog toys|n
zabawka dla kota|cat toys|n
zabawki do kąpieli|bath toys|n
zabawki sensoryczne|sensory toys|n
lalka|dolls|n
lalki|dolls|n
lalek|of dolls|m
domek dla lalek|dolls' houses|n
ubranka dla lalek|dolls' clothes|n
pluszak|soft toys|n
pluszaki|soft toys|n
maskotka|soft toys|n
miś|teddy bears|n
miś pluszowy|teddy bears|n
pluszowy|plush|m
figurka akcji|action figures|n
figurki akcji|action figures|n
klocki|building blocks|n
klocków|of building blocks|m
klocki konstrukcyjne|construction sets|n
klocki lego|construction sets|n
klocki drewniane|wooden blocks|n
puzzle|jigsaw puzzles|n
puzzli|of jigsaw puzzles|m
układanka|puzzles|n
łamigłówka|puzzles|n
kostka rubika|puzzle cubes|n
gra|games|n
gry|games|n
gier|of games|m
gra planszowa|board games|n
gry planszowe|board games|n
gra karciana|card games|n
gry karciane|card games|n
gra edukacyjna|educational games|n
gra towarzyska|party games|n
karty do gry|playing cards|n
talia kart|playing cards|n
karty kolekcjonerskie|trading cards|n
szachy|chess sets|n
warcaby|draughts|n
domino|dominoes|n
kości do gry|dice|n
kostki do gry|dice|n
chińczyk|ludo|n
bilard|billiards|n
bile bilardowe|billiard balls|n
stół bilardowy|billiard tables|n
kij bilardowy|billiard cues|n
kije bilardowe|billiard cues|n
piłkarzyki|table football|n
cymbergaj|air hockey tables|n
rzutki|darts|n
tarcza do rzutek|dartboards|n
automat do gier|arcade machines|n
samochodzik|toy cars|n
samochodziki|toy cars|n
autko|toy cars|n
resorak|die-cast toy cars|n
resoraki|die-cast toy cars|n
samochód zdalnie sterowany|remote-controlled cars|n
samochód na pilota|remote-controlled cars|n
auto na pilota|remote-controlled cars|n
zdalnie sterowany|remote-controlled|m
zdalnie sterowana|remote-controlled|m
zdalnie sterowane|remote-controlled|m
na pilota|remote-controlled|m
kolejka elektryczna|electric trains|n
kolejka drewniana|wooden train sets|n
pociąg|trains|n
model do sklejania|scale model kits|n
modele do sklejania|scale model kits|n
jeździk|ride-on toys|n
jeździki|ride-on toys|n
samochód elektryczny dla dzieci|ride-on electric cars|n
autko na akumulator|ride-on electric cars|n
koń na biegunach|rocking horses|n
konik na biegunach|rocking horses|n
huśtawka|swings|n
zjeżdżalnia|slides|n
piaskownica|sandpits|n
trampolina|trampolines|n
basen|swimming pools|n
baseny|swimming pools|n
basen ogrodowy|garden pools|n
basen stelażowy|frame pools|n
basen rozporowy|easy-set pools|n
basen dmuchany|inflatable pools|n
dmuchaniec|bouncy castles|n
zamek dmuchany|bouncy castles|n
materac do pływania|pool floats|n
koło do pływania|swim rings|n
kółko do pływania|swim rings|n
rękawki do pływania|swimming armbands|n
domek dla dzieci|play houses|n
namiot dla dzieci|play tents|n
suchy basen|ball pits|n
kulki do basenu|ball pit balls|n
bańki mydlane|soap bubbles|n
balon|balloons|n
balony|balloons|n
balony z helem|helium balloons|n
grzechotka|rattles|n
gryzak|teethers|n
gryzaki|teethers|n
karuzela nad łóżeczko|cot mobiles|n
mata edukacyjna|play mats|n
sorter kształtów|shape sorters|n
pistolet na wodę|water pistols|n
pistolet na kulki|toy guns|n
bączek|spinning tops|n
jojo|yo-yos|n
latawiec|kites|n
latawce|kites|n
kalejdoskop|kaleidoscopes|n
ozdoba choinkowa|christmas decorations|n
ozdoby choinkowe|christmas decorations|n
ozdoby świąteczne|christmas decorations|n
bombka|christmas baubles|n
bombki choinkowe|christmas baubles|n
choinka|christmas trees|n
łańcuch choinkowy|tinsel garlands|n
szopka|nativity scenes|n
stroik świąteczny|christmas table decorations|n
wieniec adwentowy|advent wreaths|n
kalendarz adwentowy|advent calendars|n
ozdoby wielkanocne|easter decorations|n
pisanki|decorative easter eggs|n
dekoracje halloween|halloween decorations|n
maska|masks|n
maski|masks|n
konfetti|confetti|n
serpentyny|paper streamers|n
artykuły imprezowe|party supplies|n
sprzęt sportowy|sports equipment|n
sprzęt fitness|fitness equipment|n
artykuły sportowe|sports goods|n
piłka|balls|n
piłki|balls|n
piłka nożna|footballs|n
piłki nożne|footballs|n
piłka do koszykówki|basketballs|n
piłka do siatkówki|volleyballs|n
piłka siatkowa|volleyballs|n
piłka ręczna|handballs|n
piłka do rugby|rugby balls|n
piłka gimnastyczna|gym balls|n
piłka do ćwiczeń|exercise balls|n
piłeczki do ping-ponga|table-tennis balls|n
rakieta|rackets|n
rakieta do badmintona|badminton rackets|n
rakietka do ping-ponga|table-tennis bats|n
rakietka do tenisa stołowego|table-tennis bats|n
paletka|table-tennis bats|n
paletki|table-tennis bats|n
lotka|shuttlecocks|n
lotki|shuttlecocks|n
stół do ping-ponga|table-tennis tables|n
stół do tenisa stołowego|table-tennis tables|n
siatka do siatkówki|volleyball nets|n
siatka do badmintona|badminton nets|n
kosz do koszykówki|basketball hoops|n
tablica do koszykówki|basketball backboards|n
bramka|goals|n
ochraniacze|protective pads|n
ochraniacze piłkarskie|shin guards|n
nagolenniki|shin guards|n
nakolanniki|knee pads|n
ochraniacze na kolana|knee pads|n
ochraniacze na łokcie|elbow pads|n
rękawice bramkarskie|goalkeeper gloves|n
rękawice bokserskie|boxing gloves|n
rękawice rowerowe|cycling gloves|n
rękawice treningowe|training gloves|n
rękawice na siłownię|gym gloves|n
worek bokserski|punch bags|n
worek treningowy|punch bags|n
gruszka bokserska|speed balls|n
kij golfowy|golf clubs|n
kije golfowe|golf clubs|n
kij hokejowy|hockey sticks|n
kije hokejowe|hockey sticks|n
krążek hokejowy|hockey pucks|n
kij baseballowy|baseball bats|n
rękawica baseballowa|baseball gloves|n
narty|skis|n
narty biegowe|cross-country skis|n
narty zjazdowe|downhill skis|n
wiązania narciarskie|ski bindings|n
kijki narciarskie|ski poles|n
kije narciarskie|ski poles|n
deska snowboardowa|snowboards|n
łyżwy|ice skates|n
łyżwy figurowe|figure skates|n
łyżwy hokejowe|hockey skates|n
wrotki|roller skates|n
deskorolka|skateboards|n
sanki|sledges|n
bieżnia|treadmills|n
bieżnie|treadmills|n
orbitrek|elliptical trainers|n
wioślarz|rowing machines|n
rower stacjonarny|exercise bikes|n
rower treningowy|exercise bikes|n
rowerek stacjonarny|exercise bikes|n
rower spinningowy|spinning bikes|n
trenażer|turbo trainers|n
atlas do ćwiczeń|multi-gyms|n
atlas treningowy|multi-gyms|n
ławka do ćwiczeń|weight benches|n
ławka treningowa|weight benches|n
hantla|dumbbells|n
hantelki|dumbbells|n
sztanga|barbells|n
gryf|barbell bars|n
obciążenia|weight plates|n
talerze do sztangi|weight plates|n
odważnik kulowy|kettlebells|n
mata do ćwiczeń|exercise mats|n
mata do jogi|yoga mats|n
maty do jogi|yoga mats|n
klocek do jogi|yoga blocks|n
gumy do ćwiczeń|resistance bands|n
guma oporowa|resistance bands|n
gumy oporowe|resistance bands|n
taśmy oporowe|resistance bands|n
ekspander|chest expanders|n
drążek do podciągania|pull-up bars|n
skakanka|skipping ropes|n
roller do masażu|foam rollers|n
wałek do masażu|foam rollers|n
hula hop|hula hoops|n
hulahop|hula hoops|n
drabinka gimnastyczna|wall bars|n
materac gimnastyczny|gymnastics mats|n
sprzęt gimnastyczny|gymnastics equipment|n
wędka|fishing rods|n
wędki|fishing rods|n
wędzisko|fishing rods|n
kołowrotek|fishing reels|n
kołowrotki|fishing reels|n
żyłka|fishing line|n
żyłka wędkarska|fishing line|n
plecionka wędkarska|braided fishing line|n
haczyki wędkarskie|fish-hooks|n
przynęta|fishing lures|n
wobler|fishing lures|n
woblery|fishing lures|n
błystka|spoon lures|n
spławik|floats|n
spławiki|floats|n
podbierak|landing nets|n
siatka wędkarska|keepnets|n
sygnalizator brań|bite alarms|n
sprzęt wędkarski|fishing tackle|n
wędkarski|fishing|m
wędkarskie|fishing|m
łuk|bows|n
łuki|bows|n
strzały|arrows|n
tarcza łucznicza|archery targets|n
płetwy|swim fins|n
maska do nurkowania|diving masks|n
fajka do nurkowania|snorkels|n
pianka do nurkowania|wetsuits|n
pianka neoprenowa|wetsuits|n
deska do pływania|kickboards|n
czekan|ice axes|n
uprząż wspinaczkowa|climbing harnesses|n
lina wspinaczkowa|climbing ropes|n
chwyty wspinaczkowe|climbing holds|n
sprzęt kempingowy|camping equipment|n
sprzęt turystyczny|camping equipment|n
sprzęt do nurkowania|diving equipment|n
pas do biegania|running belts|n
kręgle|skittles|n
bule|boules|n
bumerang|boomerangs|n

# Chapter 96: miscellaneous manufactured articles
szczotka|brushes|n
szczotka do włosów|hairbrushes|n
szczotki do włosów|hairbrushes|n
szczotka do zamiatania|brooms|n
szczotka do butów|shoe brushes|n
szczotka do wc|toilet brushes|n
szczoteczka|brushes|n
szczoteczka do zębów|toothbrushes|n
szczoteczki do zębów|toothbrushes|n
końcówki do szczoteczki|toothbrush heads|n
główki do szczoteczki|toothbrush heads|n
pędzel do makijażu|make-up brushes|n
pędzle do makijażu|make-up brushes|n
pędzel do golenia|shaving brushes|n
miotła|brooms|n
szufelka|dustpans|n
zmiotka|hand brushes|n
mopy|mops|n
mop obrotowy|spin mops|n
mop płaski|flat mops|n
wkład do mopa|mop refills|n
wałek do ubrań|lint rollers|n
rolka do ubrań|lint rollers|n
grzebień|combs|n
grzebienie|combs|n
spinka|hair slides|n
spinka do włosów|hair slides|n
spinki do włosów|hair slides|n
wsuwka|hair grips|n
klamra do włosów|hair claws|n
klamerka do włosów|hair clips|n
gumka do włosów|hair ties|n
gumki do włosów|hair ties|n
opaska do włosów|hairbands|n
opaski do włosów|hairbands|n
frotka|scrunchies|n
wałki do włosów|hair rollers|n
papiloty|hair curlers|n
ozdoby do włosów|hair ornaments|n
długopis|ball-point pens|n
długopisy|ball-point pens|n
długopisów|of ball-point pens|m
długopis żelowy|gel pens|n
długopisy żelowe|gel pens|n
pióro|pens|n
pióro wieczne|fountain pens|n
pióra wieczne|fountain pens|n
wieczne pióro|fountain pens|n
pióro kulkowe|rollerball pens|n
wkład do długopisu|ballpoint refills|n
wkłady do długopisów|ballpoint refills|n
ołówek|pencils|n
ołówki|pencils|n
ołówek automatyczny|mechanical pencils|n
grafity|pencil leads|n
kredka|coloured pencils|n
kredek|of coloured pencils|m
kredki ołówkowe|coloured pencils|n
kredki świecowe|wax crayons|n
pastele|pastels|n
kreda do tablicy|blackboard chalk|n
flamaster|felt-tipped pens|n
flamastry|felt-tipped pens|n
flamastrów|of felt-tipped pens|m
pisak|felt-tipped pens|n
pisaki|felt-tipped pens|n
marker|markers|n
markery|markers|n
marker permanentny|permanent markers|n
zakreślacz|highlighters|n
zakreślacze|highlighters|n
cienkopis|fineliners|n
cienkopisy|fineliners|n
temperówka|pencil sharpeners|n
piórnik|pencil cases|n
piórniki|pencil cases|n
tablica|boards|n
tablica kredowa|blackboards|n
tablica magnetyczna|magnetic whiteboards|n
tablica suchościeralna|whiteboards|n
pieczątka|rubber stamps|n
stempel|rubber stamps|n
poduszka do stempli|ink pads|n
taśma do drukarki|printer ribbons|n
zapalniczka|lighters|n
zapalarka|utility lighters|n
fajka|smoking pipes|n
fajki|smoking pipes|n
fajka wodna|water pipes|n
shisha|water pipes|n
guzik|buttons|n
guziki|buttons|n
zamek błyskawiczny|slide fasteners|n
zamki błyskawiczne|slide fasteners|n
suwak|slide fasteners|n
zatrzask|press-fasteners|n
zatrzaski|press-fasteners|n
napy|press-fasteners|n
pielucha|nappies|n
pieluch|nappies|n
pieluszki|nappies|n
pieluchomajtki|pull-up nappies|n
pieluchy dla dorosłych|adult incontinence pants|n
podpaska|sanitary towels|n
tampon|tampons|n
tampony|tampons|n
wkładki higieniczne|panty liners|n
kubeczek menstruacyjny|menstrual cups|n
majtki menstruacyjne|period pants|n
podkłady higieniczne|underpads|n
manekin|mannequins|n
manekiny|mannequins|n
wachlarz|hand fans|n
wachlarze|hand fans|n
rozpylacz do perfum|perfume atomisers|n
puderniczka|powder compacts|n
gąbka do makijażu|make-up sponges|n
puszek do pudru|powder puffs|n

# Chapter 97: works of art, collectors' pieces, antiques
dzieło sztuki|works of art|n
dzieła sztuki|works of art|n
obraz|paintings|n
obrazy|paintings|n
obraz olejny|oil paintings|n
obrazy olejne|oil paintings|n
obraz malowany ręcznie|hand-painted paintings|n
grafika|prints|n
grafiki|prints|n
rycina|engravings|n
litografia|lithographs|n
rzeźba|sculptures|n
antyk|antiques|n
antyki|antiques|n
antyczny|antique|m
kolekcjonerski|collectors'|m
kolekcjonerskie|collectors'|m
znaczek|stamps|n
znaczki|stamps|n
skamielina|fossils|n
skamieniałości|fossils|n
meteoryt|meteorites|n

# General qualifiers: states of foods and goods
świeży|fresh|m
świeża|fresh|m
świeże|fresh|m
chłodzony|chilled|m
chłodzona|chilled|m
chłodzone|chilled|m
schłodzony|chilled|m
schłodzona|chilled|m
schłodzone|chilled|m
mrożony|frozen|m
mrożona|frozen|m
mrożone|frozen|m
zamrożony|frozen|m
zamrożona|frozen|m
zamrożone|frozen|m
głęboko mrożony|deep-frozen|m
głęboko mrożona|deep-frozen|m
głęboko mrożone|deep-frozen|m
suszony|dried|m
suszona|dried|m
suszone|dried|m
liofilizowany|freeze-dried|m
liofilizowana|freeze-dried|m
liofilizowane|freeze-dried|m
suchy|dry|m
sucha|dry|m
suche|dry|m
solony|salted|m
solona|salted|m
solone|salted|m
niesolony|unsalted|m
niesolona|unsalted|m
niesolone|unsalted|m
w solance|in brine|m
w zalewie|in brine|m
wędzony|smoked|m
wędzona|smoked|m
wędzone|smoked|m
gotowany|cooked|m
gotowana|cooked|m
gotowane|cooked|m
pieczony|roasted|m
pieczona|roasted|m
pieczone|roasted|m
smażony|fried|m
smażona|fried|m
smażone|fried|m
prażony|roasted|m
prażona|roasted|m
prażone|roasted|m
palony|roasted|m
palona|roasted|m
palone|roasted|m
marynowany|marinated|m
marynowana|marinated|m
marynowane|marinated|m
kiszony|pickled|m
kiszona|pickled|m
kiszone|pickled|m
konserwowy|preserved|m
konserwowa|preserved|m
konserwowe|preserved|m
w puszce|canned|m
puszkowany|canned|m
w słoiku|in jars|m
w oleju|in oil|m
w sosie własnym|in its own juice|m
w syropie|in syrup|m
w czekoladzie|chocolate-coated|m
w polewie czekoladowej|chocolate-coated|m
nadziewany|filled|m
nadziewana|filled|m
nadziewane|filled|m
z nadzieniem|filled|m
pasteryzowany|pasteurised|m
pasteryzowana|pasteurised|m
pasteryzowane|pasteurised|m
sterylizowany|sterilised|m
sterylizowana|sterilised|m
sterylizowane|sterilised|m
homogenizowany|homogenised|m
homogenizowane|homogenised|m
odtłuszczony|skimmed|m
odtłuszczona|skimmed|m
odtłuszczone|skimmed|m
półtłusty|semi-skimmed|m
półtłusta|semi-skimmed|m
półtłuste|semi-skimmed|m
pełnotłusty|full-fat|m
pełnotłusta|full-fat|m
pełnotłuste|full-fat|m
bez cukru|sugar-free|m
bez dodatku cukru|no added sugar|m
słodzony|sweetened|m
słodzona|sweetened|m
słodzone|sweetened|m
niesłodzony|unsweetened|m
niesłodzona|unsweetened|m
niesłodzone|unsweetened|m
słodki|sweet|m
słodka|sweet|m
słodkie|sweet|m
gorzki|bitter|m
kwaśny|sour|m
gazowany|carbonated|m
gazowana|carbonated|m
gazowane|carbonated|m
niegazowany|still|m
niegazowana|still|m
niegazowane|still|m
bezalkoholowy|non-alcoholic|m
bezalkoholowa|non-alcoholic|m
bezalkoholowe|non-alcoholic|m
alkoholowy|alcoholic|m
alkoholowa|alcoholic|m
alkoholowe|alcoholic|m
bezglutenowy|gluten-free|m
bezglutenowa|gluten-free|m
bezglutenowe|gluten-free|m
bez glutenu|gluten-free|m
bezlaktozowy|lactose-free|m
bezlaktozowa|lactose-free|m
bezlaktozowe|lactose-free|m
bez laktozy|lactose-free|m
wegański|vegan|m
wegańska|vegan|m
wegańskie|vegan|m
wegetariański|vegetarian|m
wegetariańska|vegetarian|m
wegetariańskie|vegetarian|m
ekologiczny|organic|m
ekologiczna|organic|m
ekologiczne|organic|m
organiczny|organic|m
organiczna|organic|m
organiczne|organic|m
bio|organic|m
eko|organic|m
naturalny|natural|m
naturalna|natural|m
naturalne|natural|m
sztuczny|artificial|m
sztuczna|artificial|m
sztuczne|artificial|m
błyskawiczny|instant|m
błyskawiczna|instant|m
błyskawiczne|instant|m
rozpuszczalny|soluble|m
rozpuszczalna|soluble|m
rozpuszczalne|soluble|m
jadalny|edible|m
jadalna|edible|m
jadalne|edible|m
spożywczy|food|m
spożywcza|food|m
spożywcze|food|m
paszowy|feed|m
paszowa|feed|m
paszowe|feed|m
rasowy|pure-bred|m
rasowa|pure-bred|m
rasowe|pure-bred|m
hodowlany|breeding|m
hodowlana|breeding|m
hodowlane|breeding|m
surowy|raw|m
surowa|raw|m
surowe|raw|m
nieobrobiony|unworked|m
nieobrobiona|unworked|m
nieobrobione|unworked|m
przetworzony|processed|m
przetworzona|processed|m
przetworzone|processed|m
rafinowany|refined|m
rafinowana|refined|m
rafinowane|refined|m
nierafinowany|unrefined|m
nierafinowana|unrefined|m
nierafinowane|unrefined|m
tłoczony na zimno|cold-pressed|m
tłoczona na zimno|cold-pressed|m
tłoczone na zimno|cold-pressed|m
z pierwszego tłoczenia|virgin|m
oczyszczony|purified|m
oczyszczona|purified|m
oczyszczone|purified|m
destylowany|distilled|m
destylowana|distilled|m
destylowane|distilled|m
skoncentrowany|concentrated|m
skoncentrowana|concentrated|m
skoncentrowane|concentrated|m
koncentrat|concentrate|m
w proszku|powdered|m
sproszkowany|powdered|m
sproszkowana|powdered|m
sproszkowane|powdered|m
płynny|liquid|m
płynna|liquid|m
płynne|liquid|m
w płynie|liquid|m
w żelu|gel|m
w sprayu|spray|m
w tabletkach|in tablets|m
w kapsułkach|in capsules|m
granulowany|granulated|m
granulowana|granulated|m
granulowane|granulated|m
w granulkach|granulated|m
mielony|ground|m
mielona|ground|m
mielone|ground|m
tarty|grated|m
krojony|cut|m
krojona|cut|m
krojone|cut|m
pokrojony|cut|m
pokrojona|cut|m
pokrojone|cut|m
w plastrach|sliced|m
plastry szynki|sliced ham|n
w kostkę|diced|m
siekany|chopped|m
siekana|chopped|m
siekane|chopped|m
kruszony|crushed|m
kruszona|crushed|m
kruszone|crushed|m
łuskany|shelled|m
łuskana|shelled|m
łuskane|shelled|m
niełuskany|in shell|m
niełuskana|in shell|m
niełuskane|in shell|m
obrany|peeled|m
obrana|peeled|m
obrane|peeled|m
bez skóry|skinless|m
bez ości|boneless|m
bez pestek|stoned|m
drylowany|stoned|m
drylowana|stoned|m
drylowane|stoned|m
cały|whole|m
cała|whole|m
całe|whole|m
połówki|halves|m
ćwiartki|quarters|m
cięty|cut|m
cięta|cut|m
cięte|cut|m
doniczkowy|potted|m
doniczkowa|potted|m
doniczkowe|potted|m
w doniczce|potted|m

# General qualifiers: processes, finishes, construction
ręcznie|by hand|m
ręcznie robiony|handmade|m
ręcznie robiona|handmade|m
ręcznie robione|handmade|m
ręcznie wykonany|handmade|m
ręcznie wykonana|handmade|m
ręcznie wykonane|handmade|m
ręcznie malowany|hand-painted|m
ręcznie malowana|hand-painted|m
ręcznie malowane|hand-painted|m
rękodzieło|handicrafts|n
z nadrukiem|printed|m
drukowany|printed|m
personalizowany|personalised|m
z imieniem|personalised|m
z grawerem|engraved|m
z grawerunkiem|engraved|m
grawerowany|engraved|m
z logo|with logo|m
malowany|painted|m
lakierowany|varnished|m
polerowany|polished|m
szlifowany|ground|m
szczotkowany|brushed|m
matowy|matt|m
błyszczący|glossy|m
anodowany|anodised|m
powlekany|coated|m
laminowany|laminated|m
impregnowany|impregnated|m
izolowany|insulated|m
hartowany|toughened|m
barwiony|dyed|m
bielony|bleached|m
niebielony|unbleached|m
pleciony|plaited|m
tapicerowany|upholstered|m
składany|folding|m
rozkładany|extendable|m
regulowany|adjustable|m
z regulacją|adjustable|m
teleskopowy|telescopic|m
obrotowy|rotating|m
nadmuchiwany|inflatable|m
dmuchany|inflatable|m
dmuchana|inflatable|m
dmuchane|inflatable|m
przenośny|portable|m
przenośna|portable|m
przenośne|portable|m
wodoodporny|waterproof|m
wodoszczelny|watertight|m
nieprzemakalny|waterproof|m
wiatroodporny|windproof|m
ognioodporny|fire-resistant|m
mrozoodporny|frost-resistant|m
antypoślizgowy|non-slip|m
nieprzywierający|non-stick|m
z powłoką nieprzywierającą|non-stick|m
antybakteryjny|antibacterial|m
hipoalergiczny|hypoallergenic|m
odblaskowy|reflective|m
oddychający|breathable|m
biodegradowalny|biodegradable|m
kompostowalny|compostable|m
z recyklingu|recycled|m
jednorazowy|disposable|m
wielorazowy|reusable|m
magnetyczny|magnetic|m
optyczny|optical|m
laserowy|laser|m
ultradźwiękowy|ultrasonic|m
termiczny|thermal|m
ochronny|protective|m

# General qualifiers: power and operation
bezprzewodowy|wireless|m
przewodowy|wired|m
akumulatorowy|cordless|m
na akumulator|battery-powered|m
na baterie|battery-operated|m
na baterię|battery-operated|m
sieciowy|mains-powered|m
solarny|solar|m
na energię słoneczną|solar-powered|m
spalinowy|combustion-engined|m
benzynowy|petrol|m
gazowy|gas|m
cyfrowy|digital|m
analogowy|analogue|m
automatyczny|automatic|m
półautomatyczny|semi-automatic|m
ręczny|manual|m
ręczna|manual|m
ręczne|manual|m
mechaniczny|mechanical|m
hydrauliczny|hydraulic|m
pneumatyczny|pneumatic|m
inteligentny|smart|m
do zabudowy|built-in|m
wolnostojący|freestanding|m
stojący|free-standing|m
wiszący|hanging|m
ścienny|wall|m
na ścianę|wall-mounted|m
sufitowy|ceiling|m
podłogowy|floor|m

# General qualifiers: uses and places of use
przemysłowy|industrial|m
profesjonalny|professional|m
domowy|household|m
kuchenny|kitchen|m
kuchenna|kitchen|m
kuchenne|kitchen|m
łazienkowy|bathroom|m
ogrodowy|garden|m
biurowy|office|m
szkolny|school|m
sportowy|sports|m
turystyczny|camping|m
kempingowy|camping|m
plażowy|beach|m
podróżny|travel|m
medyczny|medical|m
chirurgiczny|surgical|m
ortopedyczny|orthopaedic|m
rehabilitacyjny|rehabilitation|m
weterynaryjny|veterinary|m
dentystyczny|dental|m
laboratoryjny|laboratory|m
rolniczy|agricultural|m
budowlany|construction|m
warsztatowy|workshop|m
gamingowy|gaming|m
dekoracyjny|decorative|m
ozdobny|ornamental|m
ozdobna|ornamental|m
ozdobne|ornamental|m
świąteczny|christmas|m
bożonarodzeniowy|christmas|m
wielkanocny|easter|m
urodzinowy|birthday|m
imprezowy|party|m
prezentowy|gift|m
prezent|gift|m
na prezent|as a gift|m
upominek|gift|m
reklamowy|promotional|m
do kuchni|for the kitchen|m
do łazienki|for the bathroom|m
do domu|for the home|m
do ogrodu|for the garden|m
do biura|for the office|m
do szkoły|for school|m
do samochodu|for cars|m
do auta|for cars|m
do telefonu|for mobile phones|m
na telefon|for mobile phones|m
do smartfona|for smartphones|m
do laptopa|for laptops|m
na laptopa|for laptops|m
do komputera|for computers|m
do tabletu|for tablets|m
na tablet|for tablets|m
do drukarki|for printers|m
do konsoli|for game consoles|m
do telewizora|for televisions|m
do zegarka|for watches|m
do aparatu|for cameras|m
do roweru|for bicycles|m
na rower|for bicycles|m
do motocykla|for motorcycles|m
do ciągnika|for tractors|m
do kosiarki|for lawn mowers|m
do pralki|for washing machines|m
do zmywarki|for dishwashers|m
do odkurzacza|for vacuum cleaners|m
do lodówki|for refrigerators|m
do ekspresu|for coffee machines|m
do włosów|for hair|m
do twarzy|for the face|m
do ciała|for the body|m
do rąk|for hands|m
do stóp|for feet|m
do paznokci|for nails|m
do zębów|for teeth|m
do ust|for lips|m
do oczu|for eyes|m
pod oczy|for eyes|m
do brody|for beards|m
do golenia|for shaving|m
do makijażu|for make-up|m
do demakijażu|for make-up removal|m
do prania|for laundry|m
na pranie|for laundry|m
do naczyń|for dishes|m
do mycia|for washing|m
do czyszczenia|for cleaning|m
do sprzątania|for cleaning|m
do podłóg|for floors|m
do szyb|for windows|m
do wc|for toilets|m
do drewna|for wood|m
do metalu|for metal|m
do betonu|for concrete|m
do ścian|for walls|m
do płytek|for tiles|m
do kawy|for coffee|m
do herbaty|for tea|m
do wina|for wine|m
do piwa|for beer|m
do wody|for water|m
na wodę|for water|m
do napojów|for beverages|m
do mleka|for milk|m
do chleba|for bread|m
do mięsa|for meat|m
do ryb|for fish|m
do pizzy|for pizza|m
do ciasta|for cakes|m
do pieczenia|for baking|m
do gotowania|for cooking|m
do smażenia|for frying|m
do grilla|for barbecues|m
do sałatek|for salads|m
do przypraw|for spices|m
na przyprawy|for spices|m
do żywności|for food|m
na żywność|for food|m
do przechowywania|for storage|m
na klucze|for keys|m
na dokumenty|for documents|m
na biżuterię|for jewellery|m
na kosmetyki|for cosmetics|m
na buty|for shoes|m
do butów|for shoes|m
na ubrania|for clothes|m
na ręczniki|for towels|m
na śmieci|for waste|m
na odpady|for waste|m
na kwiaty|for flowers|m
do kwiatów|for flowers|m
do roślin|for plants|m
na zimę|for winter|m
na lato|for summer|m
na plażę|for the beach|m
do spania|for sleeping|m
do nauki|for learning|m
do szycia|for sewing|m
do malowania|for painting|m
do rysowania|for drawing|m
do pisania|for writing|m
do cięcia|for cutting|m
do wiercenia|for drilling|m
do szlifowania|for grinding|m
do spawania|for welding|m
do ogrzewania|for heating|m
do chłodzenia|for cooling|m
do nawadniania|for irrigation|m
do podlewania|for watering|m
do akwarium|for aquariums|m
do basenu|for swimming pools|m
na basen|for swimming pools|m
do sauny|for saunas|m
do kominka|for fireplaces|m
do drzwi|for doors|m
na drzwi|for doors|m
do okien|for windows|m
na okna|for windows|m
do mebli|for furniture|m
do siewu|for sowing|m
do badmintona|for badminton|m
do tenisa|for tennis|m
do siatkówki|for volleyball|m
do koszykówki|for basketball|m
do piłki nożnej|for football|m
do fitnessu|for fitness|m
do ćwiczeń|for exercise|m
na siłownię|for the gym|m
do biegania|for running|m
do jogi|for yoga|m
do pływania|for swimming|m
do nurkowania|for diving|m
do wędkowania|for fishing|m
na ryby|for fishing|m
do jazdy na rowerze|for cycling|m

# General qualifiers: condition, size, shape, colour, sets
nowy|new|m
nowa|new|m
nowe|new|m
używany|used|m
odnowiony|refurbished|m
oryginalny|original|m
zamiennik|replacement|m
kompatybilny|compatible|m
uniwersalny|universal|m
duży|large|m
duża|large|m
duże|large|m
mały|small|m
mała|small|m
małe|small|m
mini|mini|m
okrągły|round|m
kwadratowy|square|m
prostokątny|rectangular|m
długi|long|m
długa|long|m
długie|long|m
krótki|short|m
krótkie|short|m
wysoki|high|m
wysokie|high|m
niski|low|m
niska|low|m
niskie|low|m
szeroki|wide|m
szerokie|wide|m
cienki|thin|m
cienkie|thin|m
gruby|thick|m
gruba|thick|m
grube|thick|m
lekki|lightweight|m
lekka|lightweight|m
lekkie|lightweight|m
ciężki|heavy-duty|m
ciężkie|heavy-duty|m
miękki|soft|m
miękkie|soft|m
twardy|hard|m
elastyczny|elastic|m
sztywny|rigid|m
przezroczysty|transparent|m
biały|white|m
biała|white|m
białe|white|m
czarny|black|m
czerwony|red|m
niebieski|blue|m
niebieskie|blue|m
zielony|green|m
żółty|yellow|m
żółta|yellow|m
żółte|yellow|m
szary|grey|m
szara|grey|m
szare|grey|m
różowy|pink|m
fioletowy|purple|m
pomarańczowy|orange|m
brązowy|brown|m
beżowy|beige|m
granatowy|navy blue|m
kolorowy|coloured|m
wielokolorowy|multicoloured|m
2 w 1|2-in-1|m
3 w 1|3-in-1|m
4 w 1|4-in-1|m
2w1|2-in-1|m
3w1|3-in-1|m
4w1|4-in-1|m
hurtowo|wholesale|m

# General qualifiers: genitive complements ("etui do okularów", "nasiona pomidorów")
rowerów|of bicycles|m
telefonów|of mobile phones|m
laptopów|of laptops|m
komputerów|of computers|m
samochodów|of motor cars|m
motocykli|of motorcycles|m
ubrań|of clothes|m
dokumentów|of documents|m
kwiatów|of flowers|m
roślin|of plants|m
warzyw|of vegetables|m
zegarków|of watches|m
akumulatorów|of accumulators|m
drukarek|of printers|m
głośników|of loudspeakers|m
kamer|of cameras|m
konsol|of video game consoles|m
dywanów|of carpets|m
materacy|of mattresses|m
poduszek|of pillows|m
stołów|of tables|m
łóżek|of beds|m
okien|of windows|m
naczyń|of dishes|m
soków|of juices|m
felg|of wheel rims|m
lakierów|of varnishes|m
cygar|of cigars|m
zębów|of teeth|m
cukierków|of sweets|m
ciastek|of biscuits|m
czekoladek|of chocolates|m
płyt|of discs|m

# General qualifiers: with-phrases, patterns, positions, features
z kurczakiem|with chicken|m
z wołowiną|with beef|m
z wieprzowiną|with pork|m
z indykiem|with turkey|m
z jagnięciną|with lamb|m
z łososiem|with salmon|m
z tuńczykiem|with tuna|m
z rybą|with fish|m
z mięsem|with meat|m
z serem|with cheese|m
z szynką|with ham|m
z warzywami|with vegetables|m
z owocami|with fruit|m
z orzechami|with nuts|m
z migdałami|with almonds|m
z rodzynkami|with raisins|m
z bakaliami|with dried fruit and nuts|m
z czekoladą|with chocolate|m
z kakao|with cocoa|m
z miodem|with honey|m
z cukrem|with sugar|m
z mlekiem|with milk|m
z truskawkami|with strawberries|m
z malinami|with raspberries|m
z wiśniami|with sour cherries|m
z cytryną|with lemon|m
z imbirem|with ginger|m
z miętą|with mint|m
z sosem|with sauce|m
z walizką|with carrying case|m
z etui|with case|m
z pokrowcem|with cover|m
z pokrywką|with lid|m
z pokrywą|with lid|m
z uchwytem|with handle|m
z uchwytami|with handles|m
z rączką|with handle|m
z kółkami|with wheels|m
na kółkach|on wheels|m
z szufladą|with drawer|m
z szufladami|with drawers|m
z lustrem|with mirror|m
z lusterkiem|with mirror|m
z oparciem|with backrest|m
z podłokietnikami|with armrests|m
z baterią|with battery|m
z akumulatorem|with battery|m
z ładowarką|with charger|m
z kablem|with cable|m
z pilotem|with remote control|m
z wyświetlaczem|with display|m
z timerem|with timer|m
z termostatem|with thermostat|m
z filtrem|with filter|m
z kamerą|with camera|m
z silnikiem|with motor|m
z napędem|self-propelled|m
z koszem|with basket|m
z pojemnikiem|with container|m
z oświetleniem|illuminated|m
z podgrzewaniem|heated|m
z gwintem|threaded|m
z akcesoriami|with accessories|m
z pomponem|with pompon|m
z cyrkonią|with cubic zirconia|m
z diamentem|with diamond|m
z kamieniem|with stone|m
z perłą|with pearl|m
z perłami|with pearls|m
z zawieszką|with pendant|m
z łańcuszkiem|with chain|m
z paskiem|with strap|m
z cekinami|with sequins|m
z frędzlami|with fringes|m
z zapięciem|with fastening|m
aluminiowa rama|aluminium frame|m
rama aluminiowa|aluminium frame|m
stalowa rama|steel frame|m
rama stalowa|steel frame|m
w kwiaty|floral|m
w kwiatki|floral|m
w paski|striped|m
w kratkę|checked|m
w kratę|checked|m
w kropki|polka-dot|m
w groszki|polka-dot|m
w grochy|polka-dot|m
w panterkę|leopard-print|m
w gwiazdki|star-print|m
w serduszka|heart-print|m
do salonu|for the living room|m
do sypialni|for the bedroom|m
do pokoju|for the room|m
do przedpokoju|for the hall|m
do pokoju dziecięcego|for the children's room|m
do kolorów|for coloured fabrics|m
do białego|for whites|m
na noc|night|m
na dzień|day|m
cal|inch|m
cala|inch|m
cali|inches|m
calowy|inch|m
przód|front|m
tył|rear|m
przedni|front|m
przednia|front|m
tylny|rear|m
tylna|rear|m
tylne|rear|m
lewy|left|m
lewa|left|m
lewe|left|m
prawy|right|m
prawa|right|m
prawe|right|m
ergonomiczny|ergonomic|m
zimna biała|cool white|m
neutralna biała|neutral white|m
douszny|in-ear|m
nauszne|on-ear|m
tłoczony|pressed|m
pionowy|upright|m
ciśnieniowy|pressure|m
naramienny|upper-arm|m
nadgarstkowy|wrist|m
przeciwłupieżowy|anti-dandruff|m
nawilżający|moisturising|m
spinningowy|spinning|m
sojowy|soy|m
pakowy|packing|m
bajki|fairy tales|m
kartek|sheets|m
nasadowy|socket|m
kluczy nasadowych|socket wrenches|n
rolka|rolls|m
rolki|rolls|m
rolki regulowane|adjustable roller skates|n
rolki dziecięce|children's roller skates|n
rolki dla dzieci|roller skates for children|n
rolki damskie|women's roller skates|n
rolki męskie|men's roller skates|n
łyżworolki|inline skates|n

# General qualifiers: features and marketplace phrases
z wyłącznikiem|with switch|m
gniazd|of sockets|m
włącznik światła|light switches|n
oprawa|light fittings|n
oprawy|light fittings|n
dwupasmowy|dual-band|m
z podnóżkiem|with footrest|m
w bloku|in a block|m
kielichowy|jug|m
wielofunkcyjny|multifunctional|m
workowy|bagged|m
bezworkowy|bagless|m
kosz na bieliznę|laundry baskets|n
na bieliznę|for laundry|m
ciepły|warm|m
z wysokim stanem|high-waisted|m
dotykowy|touchscreen|m
na bransolecie|with bracelet|m
na pasku|with strap|m
z pereł|pearl|m
wybielający|whitening|m
wydłużający|lengthening|m
drewnopodobny|wood-effect|m
podwójny|double|m
pojedynczy|single|m
podtynkowy|flush-mounted|m
natynkowy|surface-mounted|m
zewnętrzny|outdoor|m
wewnętrzny|indoor|m
cichy|silent|m
cicha|silent|m
monochromatyczny|monochrome|m
jednokomorowy|single-bowl|m
dwukomorowy|double-bowl|m
gruboziarnisty|coarse|m
drobnoziarnisty|fine|m
z wolnego wybiegu|free-range|m
z szybkim ładowaniem|with fast charging|m
do kurczaka|for chicken|m
do mięs|for meat|m
do zup|for soups|m
ładowana od frontu|front-loading|m
ładowana od góry|top-loading|m
łagodny|mild|m
pikantny|spicy|m
legowisko|pet beds|n
akwarium|aquariums|n
terrarium|terrariums|n
ziemia do kwiatów|potting compost|n
ziemia uniwersalna|potting compost|n
podłoże do roślin|growing media|n
kora sosnowa|pine bark mulch|n
kuweta|litter trays|n
drapak|cat scratchers|n
transporter dla kota|pet carriers|n
transporter dla psa|pet carriers|n
miska dla psa|dog bowls|n
miska dla kota|cat bowls|n
poidło|drinkers|n
filet|fillets|n
filety|fillets|n
pierś kurczaka|chicken breast|n
piersi kurczaka|chicken breasts|n
filet z piersi kurczaka|chicken breast fillets|n
plasterki|slices|m
plastry na odciski|corn plasters|n
plastry na pęcherze|blister plasters|n
plastry z opatrunkiem|adhesive dressings|n
plastry kinezjologiczne|kinesiology tape|n
plastry rozgrzewające|heat patches|n
plastry wodoodporne|waterproof adhesive dressings|n
plastry dla dzieci|adhesive dressings for children|n
liściasty|non-coniferous|m
iglasty|coniferous|m
z materacem|with mattress|m
z wzmacniaczem|with amplifier|m
ze wzmacniaczem|with amplifier|m
z futerałem|with case|m
w donicy|potted|m
w wazonie|in a vase|m
w ramie|framed|m
w ramce|framed|m
z siatką|with net|m
do silnika|for engines|m
portlandzki|portland|m
zastawa|tableware|n
obiadowy|dinner|m
astronomiczny|astronomical|m
kominkowy|fireplace|m
fasadowy|facade|m
bezołowiowy|unleaded|m
opałowy|fuel|m
trójfazowy|three-phase|m
jednofazowy|single-phase|m
hybrydowy|hybrid|m
monokrystaliczny|monocrystalline|m
polikrystaliczny|polycrystalline|m
wentylowany|ventilated|m
antykolkowy|anti-colic|m
butelka do karmienia|feeding bottles|n
butelki do karmienia|feeding bottles|n
laktator|breast pumps|n
dresowy|tracksuit|m
bydlęcy|bovine|m
licowy|full-grain|m
heblowany|planed|m
strugany|planed|m
pełny|full|m
klejowy|adhesive|m
bałtycki|baltic|m
pojemnościowy|condenser|m
tłokowy|piston|m
precyzyjny|precision|m
pnący|climbing|m
wenecki|venetian|m
rodzinny|family|m
terenowy|off-road|m
trójkołowy|three-wheeled|m
z daszkiem|with roof|m
na metry|by the metre|m
do studni|for wells|m
konstrukcyjny|structural|m
arkusz|sheets|n
żytnia|rye|m
piwna|beer|m
piwne|beer|m
wodna|water|m
wodne|water|m
leśna|forestry|m
leśne|forestry|m
owcza|sheep's|m
owcze|sheep's|m
pełna|full|m
pełne|full|m
pnąca|climbing|m
pnące|climbing|m
ciche|silent|m
`,
};
