import type { GlossaryLanguage } from 'src/agents/tariff-classification/glossary/glossary-types';

/** Italian trade words: goods, materials, states and uses, with their English. */
export const ITALIAN: GlossaryLanguage = {
  code: 'it',
  name: 'Italian',
  head: 'first',
  unspaced: false,
  letters: 'àèéìíîòóùú',
  skip: "di del della dello dell' dei degli delle il lo la l' i gli le un uno una un' e ed o con per da dal dalla dai in nel nella nei negli nelle su sul sulla a al alla ai agli alle senza tipo marca modello lotto confezione x",
  entries: `
# Chapter 01: live animals
animali vivi|live animals|n
vivo|live|m
vivi|live|m
vive|live|m
bestiame|livestock|n
bovini|bovine animals|n
bovino|bovine|m
mucca|cows|n
mucche|cows|n
vacca|cows|n
vitelli|calves|n
cavallo|horses|n
cavalli|horses|n
asino|asses|n
asini|asses|n
suini|swine|n
suino|swine|m
maiali|swine|n
ovini|sheep|n
pecora|sheep|n
pecore|sheep|n
capra|goats|n
capre|goats|n
caprini|goats|n
gallina|fowls|n
galline|fowls|n
pulcini|chicks|n
pollame|poultry|n
anatra|ducks|n
anatre|ducks|n
tacchino|turkeys|n
tacchini|turkeys|n
coniglio|rabbits|n
conigli|rabbits|n
cani|dogs|n
gatto|cats|n
gatti|cats|n
animali domestici|pets|n

# Chapter 02: meat and offal
carne|meat|n
carni|meat|n
carne bovina|beef|n
carne di manzo|beef|n
manzo|beef|n
vitello|veal|n
carne di vitello|veal|n
carne suina|pork|n
carne di maiale|pork|n
maiale|pork|n
carne di pollo|chicken meat|n
pollo|chicken|n
polli|chickens|n
petto di pollo|chicken breast|n
cosce di pollo|chicken legs|n
ali di pollo|chicken wings|n
carne di tacchino|turkey meat|n
agnello|lamb|n
carne di agnello|lamb|n
carne ovina|mutton|n
carne di capra|goat meat|n
carne macinata|minced meat|n
macinato|minced meat|n
frattaglie|edible offal|n
fegato|liver|n
lombo|loin|n
lonza|loin|n
costine|ribs|n
costolette|chops|n
braciole|chops|n
filetto|fillet|n
filetti|fillets|n
bistecca|steaks|n
bistecche|steaks|n
pancetta|bacon|n
guanciale|pork cheek|n
prosciutto|ham|n
prosciutti|hams|n
prosciutto crudo|dry-cured ham|n
prosciutto cotto|cooked ham|n
salsiccia|sausages|n
salsicce|sausages|n
salame|salami|n
salumi|cured meats|n
insaccati|sausages|n
mortadella|mortadella|n
bresaola|bresaola|n
carcasse|carcasses|n
disossato|boneless|m
disossata|boneless|m
disossati|boneless|m
disossate|boneless|m
senza osso|boneless|m
con osso|bone in|m

# Chapter 03: fish and seafood
pesce|fish|n
pesci|fish|n
pesci ornamentali|ornamental fish|n
frutti di mare|seafood|n
tonno|tuna|n
salmone|salmon|n
merluzzo|cod|n
baccalà|salted cod|n
stoccafisso|stockfish|n
nasello|hake|n
sardina|sardines|n
sardine|sardines|n
acciughe|anchovies|n
alici|anchovies|n
sgombro|mackerel|n
trota|trout|n
orata|sea bream|n
branzino|sea bass|n
spigola|sea bass|n
gamberi|shrimps|n
gambero|shrimps|n
gamberetti|shrimps|n
mazzancolle|prawns|n
scampi|scampi|n
aragosta|lobsters|n
astice|lobsters|n
granchio|crabs|n
granchi|crabs|n
polpo|octopus|n
polpi|octopus|n
calamaro|squid|n
calamari|squid|n
seppia|cuttlefish|n
seppie|cuttlefish|n
cozze|mussels|n
vongole|clams|n
ostriche|oysters|n
capesante|scallops|n
filetti di pesce|fish fillets|n
filetto di pesce|fish fillets|n
farina di pesce|fish meal|n
uova di pesce|roe|n
bottarga|roe|n
caviale|caviar|n

# Chapter 04: dairy, eggs, honey
latte intero|whole milk|n
latte scremato|skimmed milk|n
latte parzialmente scremato|semi-skimmed milk|n
latte in polvere|milk powder|n
latte condensato|condensed milk|n
latte fresco|fresh milk|n
latte uht|uht milk|n
latte vaccino|cow's milk|n
latte di capra|goat's milk|n
panna|cream|n
panna da cucina|cream|n
burro di latte|butter|n
burro fresco|butter|n
burro salato|salted butter|n
burro chiarificato|ghee|n
formaggio|cheese|n
formaggi|cheese|n
formaggio grattugiato|grated cheese|n
mozzarella|mozzarella|n
parmigiano|parmesan|n
parmigiano reggiano|parmesan|n
grana padano|grana cheese|n
pecorino|pecorino cheese|n
ricotta|ricotta|n
gorgonzola|gorgonzola|n
mascarpone|mascarpone|n
yogurt|yogurt|n
siero di latte|whey|n
latticini|dairy produce|n
prodotti lattiero-caseari|dairy produce|n
uovo|eggs|n
uova|eggs|n
uova fresche|fresh eggs|n
miele|natural honey|n
pappa reale|royal jelly|n
propoli|propolis|n

# Chapters 05-06: other animal products, plants and flowers
piume|feathers|n
piumino d'oca|down|n
capelli umani|human hair|n
budella|guts|n
ossa|bones|n
corna|horns|n
avorio|ivory|m
piante|plants|n
pianta|plants|n
piante vive|live plants|n
fiori|flowers|n
fiori recisi|cut flowers|n
rose|roses|n
bulbi|bulbs|n
talee|cuttings|n
sementi|seeds|n
alberi|trees|n
orchidee|orchids|n

# Chapter 07: vegetables
verdura|vegetables|n
ortaggi|vegetables|n
legumi|leguminous vegetables|n
legumi secchi|dried leguminous vegetables|n
patata|potatoes|n
patate|potatoes|n
pomodoro|tomatoes|n
pomodori|tomatoes|n
pomodorini|cherry tomatoes|n
cipolla|onions|n
cipolle|onions|n
scalogno|shallots|n
aglio|garlic|n
porro|leeks|n
porri|leeks|n
carota|carrots|n
carote|carrots|n
lattuga|lettuce|n
insalata|lettuce|n
cavolo|cabbages|n
cavoli|cabbages|n
cavolfiore|cauliflowers|n
cavolfiori|cauliflowers|n
broccoli|broccoli|n
spinaci|spinach|n
cetriolo|cucumbers|n
cetrioli|cucumbers|n
cetriolini|gherkins|n
peperone|sweet peppers|n
peperoni freschi|sweet peppers|n
peperoni rossi|sweet peppers|n
peperoni gialli|sweet peppers|n
peperoncino|chillies|n
peperoncini|chillies|n
melanzana|aubergines|n
melanzane|aubergines|n
zucchina|courgettes|n
zucchine|courgettes|n
zucchini|courgettes|n
zucca|pumpkins|n
zucche|pumpkins|n
fungo|mushrooms|n
funghi|mushrooms|n
funghi porcini|porcini mushrooms|n
champignon|mushrooms|n
tartufo|truffles|n
tartufi|truffles|n
asparagi|asparagus|n
carciofi|artichokes|n
carciofo|artichokes|n
sedano|celery|n
olive|olives|n
oliva|olives|n
mais dolce|sweet corn|n
fagioli|beans|n
fagiolo|beans|n
fagiolini|green beans|n
ceci|chickpeas|n
lenticchie|lentils|n
piselli|peas|n
fave|broad beans|n
manioca|cassava|n
patate dolci|sweet potatoes|n
patata dolce|sweet potatoes|n
zenzero|ginger|n

# Chapter 08: fruit and nuts
frutta|fruit|n
frutti|fruit|n
frutta secca|nuts|n
frutta essiccata|dried fruit|n
frutta disidratata|dried fruit|n
banana|bananas|n
banane|bananas|n
mela|apples|n
mele|apples|n
pera|pears|n
pere|pears|n
arancia|oranges|n
arance|oranges|n
mandarino|mandarins|n
mandarini|mandarins|n
clementine|mandarins|n
limone|lemons|n
limoni|lemons|n
pompelmo|grapefruit|n
agrumi|citrus fruit|n
uva|grapes|n
uva da tavola|grapes|n
uvetta|raisins|n
uva passa|raisins|n
uva sultanina|raisins|n
fragola|strawberries|n
fragole|strawberries|n
mirtilli|blueberries|n
lamponi|raspberries|n
ciliegia|cherries|n
ciliegie|cherries|n
pesca|peaches|n
pesche|peaches|n
albicocca|apricots|n
albicocche|apricots|n
prugna|plums|n
prugne|plums|n
susine|plums|n
prugne secche|prunes|n
anguria|watermelons|n
angurie|watermelons|n
cocomero|watermelons|n
melone|melons|n
meloni|melons|n
ananas|pineapples|n
avocado|avocados|n
mango|mangoes|n
manghi|mangoes|n
papaya|papayas|n
guava|guavas|n
frutto della passione|passion fruit|n
maracuja|passion fruit|n
fichi|figs|n
fichi secchi|dried figs|n
datteri|dates|n
kiwi|kiwifruit|n
cocco|coconuts|n
noce di cocco|coconuts|n
noci di cocco|coconuts|n
mandorla|almonds|n
mandorle|almonds|n
noci|walnuts|n
noce|walnuts|n
noci di macadamia|macadamia nuts|n
noci del brasile|brazil nuts|n
nocciola|hazelnuts|n
nocciole|hazelnuts|n
pistacchio|pistachios|n
pistacchi|pistachios|n
anacardi|cashew nuts|n
castagne|chestnuts|n
arachidi|groundnuts|n
noccioline|groundnuts|n

# Chapter 09: coffee, tea, spices
caffè|coffee|n
caffè verde|green coffee|n
caffè crudo|green coffee|n
caffè tostato|roasted coffee|n
caffè macinato|ground coffee|n
caffè in grani|coffee beans|n
caffè solubile|instant coffee|n
caffè istantaneo|instant coffee|n
capsule di caffè|coffee capsules|n
cialde di caffè|coffee pods|n
decaffeinato|decaffeinated|m
tè|tea|n
te verde|green tea|n
tè verde|green tea|n
tè nero|black tea|n
tisana|herbal tea|n
tisane|herbal tea|n
infuso|herbal tea|n
spezie|spices|n
spezia|spices|n
pepe|pepper|n
pepe nero|black pepper|n
paprica|paprika|n
paprika|paprika|n
cannella|cinnamon|n
chiodi di garofano|cloves|n
noce moscata|nutmeg|n
vaniglia|vanilla|n
cardamomo|cardamom|n
cumino|cumin|n
curcuma|turmeric|n
zafferano|saffron|n
anice|anise|n
origano|oregano|n
alloro|bay leaves|n
rosmarino|rosemary|n
basilico|basil|n

# Chapters 10-11: cereals and milling products
cereali|cereals|n
frumento|wheat|n
grano|wheat|n
grano duro|durum wheat|n
grano tenero|common wheat|n
riso|rice|n
riso bianco|milled rice|n
riso integrale|brown rice|n
riso jasmine|jasmine rice|n
riso gelsomino|jasmine rice|n
riso thai|jasmine rice|n
riso basmati|basmati rice|n
riso parboiled|parboiled rice|n
riso arborio|medium-grain rice|n
riso carnaroli|medium-grain rice|n
riso rotto|broken rice|n
rotture di riso|broken rice|n
riso glutinoso|glutinous rice|n
risone|paddy rice|n
riso greggio|paddy rice|n
mais|maize|n
granoturco|maize|n
orzo perlato|pearl barley|n
orzo in chicchi|barley|n
avena|oats|n
segale|rye|n
sorgo|sorghum|n
quinoa|quinoa|n
miglio|millet|n
grano saraceno|buckwheat|n
farina|flour|n
farine|flour|n
farina di grano|wheat flour|n
farina di frumento|wheat flour|n
farina 00|wheat flour|n
farina di mais|maize flour|n
polenta|maize flour|n
farina di riso|rice flour|n
semola|groats|n
semola di grano duro|durum wheat groats|n
fiocchi d'avena|rolled oats|n
fiocchi di avena|rolled oats|n
amido|starch|n
fecola|starch|n
amido di mais|maize starch|n
maizena|maize starch|n
malto|malt|n
glutine|gluten|n

# Chapter 12: oil seeds, herbs, seaweed
soia|soya beans|n
semi di soia|soya beans|n
semi di girasole|sunflower seeds|n
sesamo|sesame seeds|n
semi di sesamo|sesame seeds|n
colza|rape seeds|n
semi di lino|linseed|n
semi di chia|chia seeds|n
luppolo|hops|n
alghe|seaweeds|n
piante officinali|medicinal plants|n
erbe aromatiche|herbs|n
erbe|herbs|n
canna da zucchero|sugar cane|n
barbabietola da zucchero|sugar beet|n
foraggio|fodder|n
fieno|hay|n
paglia|straw|n

# Chapters 13-15: gums, fats and oils
gomma arabica|gum arabic|n
resine|resins|n
olio|oil|n
oli|oils|n
olio d'oliva|olive oil|n
olio d’oliva|olive oil|n
olio di oliva|olive oil|n
olio extravergine di oliva|extra virgin olive oil|n
olio extravergine d'oliva|extra virgin olive oil|n
olio extra vergine di oliva|extra virgin olive oil|n
olio evo|extra virgin olive oil|n
olio di semi|seed oil|n
olio di semi di girasole|sunflower oil|n
olio di girasole|sunflower oil|n
olio di palma|palm oil|n
olio di soia|soya-bean oil|n
olio di cocco|coconut oil|n
olio di colza|rapeseed oil|n
olio di mais|maize oil|n
olio di arachidi|groundnut oil|n
olio vegetale|vegetable oil|n
oli vegetali|vegetable oils|n
olio per friggere|cooking oil|n
olio di pesce|fish oil|n
strutto|lard|n
margarina|margarine|n
grasso|fat|n
grassi|fats|n
sego|tallow|n
cera|wax|n
cere|waxes|n
cera d'api|beeswax|n
glicerina|glycerol|n

# Chapters 16-18: meat preparations, sugar, cocoa
conserva|preserved food|n
in scatola|canned|m
in latta|canned|m
tonno in scatola|canned tuna|n
sardine in scatola|canned sardines|n
zucchero|sugar|n
zuccheri|sugar|n
zucchero di canna|cane sugar|n
zucchero grezzo|raw sugar|n
zucchero bianco|white sugar|n
zucchero semolato|white sugar|n
zucchero raffinato|refined sugar|n
zucchero a velo|icing sugar|n
melassa|molasses|n
sciroppo|syrup|n
sciroppo d'acero|maple syrup|n
caramelle|sugar confectionery|n
caramella|sugar confectionery|n
dolciumi|confectionery|n
confetteria|confectionery|n
gomme da masticare|chewing gum|n
gomma da masticare|chewing gum|n
cacao|cocoa|n
cacao in polvere|cocoa powder|n
fave di cacao|cocoa beans|n
burro di cacao|cocoa butter|n
cioccolato|chocolate|n
cioccolata|chocolate|n
cioccolatini|chocolates|n
crema spalmabile|chocolate spread|n
crema alle nocciole|hazelnut spread|n

# Chapter 19: cereal preparations, bakery
pane in cassetta|bread|n
pane integrale|wholemeal bread|n
pane fresco|bread|n
pane carasau|flatbread|n
piadina|flatbread|n
biscotti|biscuits|n
biscotto|biscuits|n
cracker|crackers|n
grissini|breadsticks|n
fette biscottate|rusks|n
torta|cakes|n
torte|cakes|n
dolci|sweets|n
pasticceria|pastry|n
merendine|snack cakes|n
panettone|panettone|n
pandoro|pandoro|n
pasta|pasta|n
pasta secca|dried pasta|n
pasta fresca|fresh pasta|n
pasta all'uovo|egg pasta|n
pasta ripiena|stuffed pasta|n
spaghetti|spaghetti|n
maccheroni|macaroni|n
penne rigate|pasta|n
fusilli|pasta|n
tagliatelle|pasta|n
lasagne|lasagne|n
ravioli|ravioli|n
tortellini|stuffed pasta|n
gnocchi|gnocchi|n
noodles|noodles|n
spaghetti di riso|rice noodles|n
noodles istantanei|instant noodles|n
cuscus|couscous|n
couscous|couscous|n
cereali per la colazione|breakfast cereals|n
fiocchi di mais|corn flakes|n
muesli|muesli|n
popcorn|popcorn|n
pop corn|popcorn|n
omogeneizzati|baby food|n
alimenti per l'infanzia|baby food|n
latte artificiale|infant formula|n
latte per neonati|infant formula|n
latte in polvere per neonati|infant formula|n

# Chapters 20-21: vegetable and fruit preparations, sauces
marmellata|jam|n
marmellate|jam|n
confettura|jam|n
confetture|jam|n
gelatina di frutta|fruit jelly|n
succo|juice|n
succhi|juices|n
succo di frutta|fruit juice|n
succhi di frutta|fruit juices|n
succo d'arancia|orange juice|n
succo di arancia|orange juice|n
succo di mela|apple juice|n
nettare|nectar|n
polpa di frutta|fruit pulp|n
purea|puree|n
purè|puree|n
passata di pomodoro|tomato puree|n
passata|tomato puree|n
concentrato di pomodoro|tomato paste|n
pomodori pelati|peeled tomatoes|n
polpa di pomodoro|chopped tomatoes|n
sottaceti|pickles|n
sottoli|vegetables in oil|n
patatine|potato crisps|n
patatine fritte|chips|n
patatine surgelate|frozen chips|n
burro di arachidi|peanut butter|n
salsa|sauce|n
salse|sauces|n
salsa di soia|soy sauce|n
salsa di pomodoro|tomato sauce|n
sugo|pasta sauce|n
sughi|pasta sauces|n
sugo pronto|pasta sauce|n
pesto|pesto|n
ketchup|ketchup|n
maionese|mayonnaise|n
senape|mustard|n
aceto|vinegar|n
aceto balsamico|balsamic vinegar|n
aceto di vino|wine vinegar|n
condimenti|condiments|n
condimento|condiments|n
brodo|broth|n
dado da brodo|stock cubes|n
dadi da brodo|stock cubes|n
zuppa|soup|n
zuppe|soups|n
minestra|soup|n
minestrone|soup|n
zuppa istantanea|instant soup|n
lievito|yeast|n
lievito di birra|yeast|n
lievito in polvere|baking powder|n
gelato|ice cream|n
gelati|ice cream|n
integratori alimentari|food supplements|n
integratore alimentare|food supplements|n
integratori|food supplements|n
integratore|food supplements|n
proteine in polvere|protein powder|n
dolcificante|sweeteners|n
dolcificanti|sweeteners|n
preparazioni alimentari|food preparations|n
piatti pronti|prepared meals|n
piatti precotti|prepared meals|n

# Chapter 22: beverages
bevande|beverages|n
bevanda|beverages|n
acqua|water|n
acqua minerale|mineral water|n
acqua naturale|still water|n
acqua frizzante|sparkling water|n
acqua gassata|sparkling water|n
bibite|soft drinks|n
bibita|soft drinks|n
bibite gassate|carbonated drinks|n
bevande gassate|carbonated drinks|n
bevanda energetica|energy drinks|n
bevande energetiche|energy drinks|n
energy drink|energy drinks|n
birra|beer|n
birre|beer|n
birra artigianale|craft beer|n
vino|wine|n
vini|wine|n
vino rosso|red wine|n
vino bianco|white wine|n
vino rosato|rosé wine|n
vino frizzante|sparkling wine|n
spumante|sparkling wine|n
spumanti|sparkling wine|n
prosecco|prosecco|n
champagne|champagne|n
sidro|cider|n
liquore|liqueurs|n
liquori|liqueurs|n
superalcolici|spirits|n
distillati|spirits|n
acquavite|spirits|n
grappa|grappa|n
limoncello|liqueurs|n
amaro|bitters|n
rum|rum|n
whisky|whisky|n
vodka|vodka|n
alcol etilico|ethyl alcohol|n
analcolico|non-alcoholic|m
analcolica|non-alcoholic|m
analcolici|non-alcoholic|m
senza alcol|non-alcoholic|m

# Chapter 23: animal feed
mangimi|animal feed|n
mangime|animal feed|n
alimenti per animali|animal feed|n
cibo per animali|pet food|n
cibo per cani|dog food|n
cibo per gatti|cat food|n
crocchette|pet food|n
crocchette per cani|dog food|n
crocchette per gatti|cat food|n
crusca|bran|n
panello di soia|soya-bean oil-cake|n
farina di soia|soya-bean meal|n

# Chapter 24: tobacco
tabacco|tobacco|n
tabacchi|tobacco|n
tabacco greggio|unmanufactured tobacco|n
tabacco da fumo|smoking tobacco|n
tabacco trinciato|smoking tobacco|n
sigaretta|cigarettes|n
sigarette|cigarettes|n
sigaro|cigars|n
sigari|cigars|n
sigaretta elettronica|electronic cigarettes|n
sigarette elettroniche|electronic cigarettes|n
liquidi per sigaretta elettronica|e-liquid|n
narghilè|hookahs|n
confetti di mandorle|sugared almonds|n
semi oleosi|oil seeds|n
semi di zucca|pumpkin seeds|n
limette|limes|n

# Chapters 25-27: minerals, cement, fuels
sale marino|sea salt|n
sale fino|table salt|n
sale grosso|coarse salt|n
sale da cucina|table salt|n
sale alimentare|salt|n
sabbia|sand|n
sabbia silicea|silica sands|n
lettiera per gatti|cat litter|n
ghiaia|gravel|n
pietra|stone|m
pietre|stones|n
marmo|marble|m
granito|granite|m
ardesia|slate|m
gesso|plaster|n
calce|lime|n
cemento|cement|n
cemento portland|portland cement|n
clinker|cement clinkers|n
argilla|clay|m
caolino|kaolin|n
talco|talc|n
minerale di ferro|iron ore|n
minerali|ores|n
minerale|ores|n
concentrato di rame|copper concentrates|n
carbone|coal|n
carbon fossile|coal|n
carbone vegetale|wood charcoal|n
carbonella|wood charcoal|n
antracite|anthracite|n
coke|coke|n
lignite|lignite|n
torba|peat|n
petrolio|petroleum oil|n
petrolio greggio|crude petroleum oil|n
greggio|crude|m
benzina|petrol|n
gasolio|diesel|n
diesel|diesel|n
cherosene|kerosene|n
kerosene|kerosene|n
carburante per aerei|jet fuel|n
carburante|fuel|n
carburanti|fuels|n
olio combustibile|fuel oil|n
gasolio da riscaldamento|heating oil|n
olio lubrificante|lubricating oil|n
olio motore|engine oil|n
olio per motore|engine oil|n
lubrificante|lubricants|n
lubrificanti|lubricants|n
grasso lubrificante|lubricating grease|n
gas naturale|natural gas|n
metano|natural gas|n
gas naturale liquefatto|liquefied natural gas|n
gnl|liquefied natural gas|n
gas di petrolio liquefatto|liquefied petroleum gas|n
gpl|liquefied petroleum gas|n
propano|propane|n
butano|butane|n
vaselina|petroleum jelly|n
paraffina|paraffin wax|n
asfalto|asphalt|n
bitume|bitumen|n
catrame|tar|n
energia elettrica|electrical energy|n

# Chapters 28-30: chemicals, pharmaceuticals
prodotti chimici|chemicals|n
chimico|chemical|m
chimica|chemical|m
chimici|chemical|m
acido|acid|n
acidi|acids|n
acido solforico|sulphuric acid|n
acido cloridrico|hydrochloric acid|n
acido nitrico|nitric acid|n
acido fosforico|phosphoric acid|n
acido citrico|citric acid|n
soda caustica|caustic soda|n
idrossido di sodio|sodium hydroxide|n
carbonato di sodio|sodium carbonate|n
bicarbonato di sodio|sodium bicarbonate|n
bicarbonato|sodium bicarbonate|n
ammoniaca|ammonia|n
cloro|chlorine|n
idrogeno|hydrogen|n
ossigeno|oxygen|n
azoto|nitrogen|n
zolfo|sulphur|n
silicio|silicon|n
biossido di titanio|titanium dioxide|n
ossido|oxide|n
carbonato di litio|lithium carbonate|n
acqua ossigenata|hydrogen peroxide|n
perossido di idrogeno|hydrogen peroxide|n
metanolo|methanol|n
etanolo|ethanol|n
alcol|alcohol|n
alcool|alcohol|n
acetone|acetone|n
glicole|glycol|n
terre rare|rare-earth metals|n
vitamine|vitamins|n
vitamina|vitamins|n
antibiotici|antibiotics|n
farmaci|medicaments|n
farmaco|medicaments|n
medicinali|medicaments|n
medicinale|medicaments|n
medicine|medicaments|n
prodotti farmaceutici|pharmaceutical products|n
vaccini|vaccines|n
vaccino|vaccines|n
compresse|tablets|n
compressa|tablets|n
pastiglie|tablets|n
capsule|capsules|n
sciroppo per la tosse|cough syrup|n
bende|bandages|n
benda|bandages|n
cerotti|adhesive dressings|n
cerotto|adhesive dressings|n
garze|gauze|n
garza|gauze|n
kit di pronto soccorso|first-aid kits|n
cassetta di pronto soccorso|first-aid kits|n

# Chapters 31-34: fertilisers, paints, cosmetics, soap
fertilizzanti|fertilisers|n
fertilizzante|fertilisers|n
concimi|fertilisers|n
concime|fertilisers|n
urea|urea|n
solfato di ammonio|ammonium sulphate|n
nitrato di ammonio|ammonium nitrate|n
cloruro di potassio|potassium chloride|n
fosfati|phosphates|n
npk|npk fertilisers|m
coloranti|colouring matter|n
colorante|colouring matter|n
pigmenti|pigments|n
vernice|paint|n
vernici|paints|n
pittura|paint|n
pitture|paints|n
idropittura|water-based paint|n
smalto per legno|enamel paint|n
inchiostro|ink|n
inchiostri|inks|n
inchiostro da stampa|printing ink|n
toner|toner|n
profumo|perfume|n
profumi|perfumes|n
acqua di colonia|eau de toilette|n
eau de parfum|perfume|n
oli essenziali|essential oils|n
olio essenziale|essential oils|n
cosmetici|cosmetics|n
cosmetico|cosmetics|n
prodotti di bellezza|beauty products|n
trucco|make-up|n
trucchi|make-up|n
rossetto|lipstick|n
rossetti|lipstick|n
lucidalabbra|lip gloss|n
mascara|mascara|n
ombretto|eye shadow|n
matita per occhi|eye pencils|n
smalto per unghie|nail varnish|n
smalto unghie|nail varnish|n
crema|cream|n
creme|creams|n
crema viso|face cream|n
crema per il viso|face cream|n
crema idratante|moisturising cream|n
lozione|lotion|n
crema solare|sunscreen|n
protezione solare|sunscreen|n
cipria|face powder|n
shampoo|shampoo|n
shampoo per capelli|shampoo|n
balsamo per capelli|hair conditioner|n
tinta per capelli|hair dye|n
lacca per capelli|hair lacquer|n
dentifricio|toothpaste|n
collutorio|mouthwash|n
filo interdentale|dental floss|n
deodorante|deodorant|n
deodoranti|deodorants|n
schiuma da barba|shaving foam|n
sapone|soap|n
saponi|soap|n
sapone liquido|liquid soap|n
bagnoschiuma|shower gel|n
docciaschiuma|shower gel|n
detersivo|detergents|n
detersivi|detergents|n
detersivo in polvere|washing powder|n
detersivo per lavatrice|laundry detergent|n
detersivo per piatti|washing-up liquid|n
ammorbidente|fabric softener|n
prodotti per la pulizia|cleaning products|n
detergente|cleaning preparations|n
detergenti|cleaning preparations|n
candeggina|bleach|n
varechina|bleach|n
lucido da scarpe|shoe polish|n
candele|candles|n

# Chapters 35-38: glues, explosives, pesticides, other chemicals
colla|glue|n
colle|glues|n
adesivo|adhesives|n
adesivi|adhesives|n
gelatina|gelatin|n
enzimi|enzymes|n
fuochi d'artificio|fireworks|n
fiammiferi|matches|n
accendino|lighters|n
accendini|lighters|n
pellicola fotografica|photographic film|n
carbone attivo|activated carbon|n
carboni attivi|activated carbon|n
insetticida|insecticides|n
insetticidi|insecticides|n
erbicida|herbicides|n
erbicidi|herbicides|n
diserbante|herbicides|n
fungicida|fungicides|n
fungicidi|fungicides|n
pesticidi|pesticides|n
fitofarmaci|pesticides|n
disinfettante|disinfectants|n
disinfettanti|disinfectants|n
gel igienizzante|hand sanitiser|n
igienizzante mani|hand sanitiser|n
liquido freni|brake fluid|n
antigelo|antifreeze|n
biodiesel|biodiesel|n
reagenti|reagents|n
additivi|additives|n

# Chapter 39: plastics
plastica|plastic|m
plastiche|plastics|m
di plastica|plastic|m
in plastica|plastic|m
materie plastiche|plastics|m
polietilene|polyethylene|m
polipropilene|polypropylene|m
polistirolo|polystyrene|m
polistirene|polystyrene|m
polistirolo espanso|expanded polystyrene|m
cloruro di polivinile|polyvinyl chloride|m
pvc|pvc|m
poliuretano|polyurethane|m
policarbonato|polycarbonate|m
acrilico|acrylic|m
acrilica|acrylic|m
plexiglass|acrylic|m
resina|resin|m
resina epossidica|epoxy resin|m
silicone|silicone|m
siliconi|silicones|m
melammina|melamine|m
in forme primarie|primary forms|m
granuli|granules|n
granulo|granules|n
sacchetti di plastica|plastic bags|n
sacchetto di plastica|plastic bags|n
buste di plastica|plastic bags|n
busta di plastica|plastic bags|n
shopper in plastica|plastic bags|n
sacchetto|bags|n
sacchetti|bags|n
busta|bags|n
buste|bags|n
pellicola|film|n
pellicola trasparente|cling film|n
film estensibile|stretch film|n
lastra|sheet|n
lastre|sheets|n
foglio|sheet|n
fogli|sheets|n
tubo|tubes|n
tubi|tubes|n
tubazioni|pipes|n
tubo flessibile|hoses|n
tubo da giardino|garden hoses|n
bottiglia|bottles|n
bottiglie|bottles|n
bottiglie di plastica|plastic bottles|n
bottiglia di plastica|plastic bottles|n
imballaggio|packaging|n
imballaggi|packaging|n
contenitore|containers|n
contenitori|containers|n
contenitori per alimenti|food containers|n
contenitore per alimenti|food containers|n
coperchio|lids|n
coperchi|lids|n
tappo|stoppers|n
tappi|stoppers|n
secchio|buckets|n
pattumiera|waste bins|n
bidone della spazzatura|waste bins|n
nastro adesivo|adhesive tape|n
telone|tarpaulin|n
teloni|tarpaulins|n
vasca da bagno|baths|n
doccia|shower|n
box doccia|shower cubicles|n
vaso wc|lavatory pans|n
articoli in plastica|articles of plastics|n

# Chapter 40: rubber
gomma|rubber|m
in gomma|rubber|m
di gomma|rubber|m
caucciù|rubber|m
gomma naturale|natural rubber|m
gomma sintetica|synthetic rubber|m
pneumatico|tyres|n
pneumatici|tyres|n
gomme auto|tyres|n
camera d'aria|inner tubes|n
camere d'aria|inner tubes|n
pneumatici ricostruiti|retreaded tyres|n
guanti in lattice|latex gloves|n
guanti in nitrile|nitrile gloves|n
preservativi|condoms|n
preservativo|condoms|n
profilattici|condoms|n
cinghia|belts|n
cinghie|belts|n
cinghia di trasmissione|transmission belts|n
nastro trasportatore|conveyor belts|n
guarnizione|gaskets|n
guarnizioni|gaskets|n
o-ring|o-rings|n

# Chapters 41-43: leather, bags, fur
pelle|leather|m
in pelle|leather|m
di pelle|leather|m
vera pelle|genuine leather|m
in vera pelle|genuine leather|m
pelle sintetica|synthetic leather|m
similpelle|synthetic leather|m
ecopelle|synthetic leather|m
in similpelle|synthetic leather|m
in ecopelle|synthetic leather|m
cuoio|leather|m
in cuoio|leather|m
pelli|hides and skins|n
pelli grezze|raw hides and skins|n
camoscio|suede|m
scamosciato|suede|m
borsa|handbags|n
borse|handbags|n
borsetta|handbags|n
borsette|handbags|n
borsa a mano|handbags|n
borsa a tracolla|shoulder bags|n
portafoglio|wallets|n
portafogli|wallets|n
portamonete|purses|n
porta carte|card holders|n
zaino|rucksacks|n
zaini|rucksacks|n
zainetto|rucksacks|n
cartella|school bags|n
valigia|suitcases|n
valigie|suitcases|n
bagaglio|luggage|n
bagagli|luggage|n
valigetta|briefcases|n
ventiquattrore|briefcases|n
borsa da viaggio|travelling bags|n
borsone|holdalls|n
pochette|pouches|n
astuccio|cases|n
astucci|cases|n
custodia|cases|n
custodie|cases|n
cover per cellulare|mobile phone cases|n
custodia per cellulare|mobile phone cases|n
cover per smartphone|mobile phone cases|n
marsupio|belt bags|n
cintura|belts|n
cinture|belts|n
cinturino|watch straps|n
cinturini|watch straps|n
collare|dog collars|n
collari|dog collars|n
guinzaglio|dog leashes|n
pettorina|harness|n
selleria|saddlery|n
pelliccia|furskins|n
pellicce|furskins|n

# Chapter 44: wood and bamboo
legno|wood|m
in legno|wooden|m
di legno|wooden|m
legname|timber|n
legname segato|sawn wood|n
tronchi|logs|n
compensato|plywood|n
pannello truciolare|particle board|n
truciolare|particle board|n
mdf|fibreboard|n
pannello di fibra|fibreboard|n
impiallacciatura|veneer|n
pallet|pallets|n
bancali|pallets|n
bancale|pallets|n
legna da ardere|fuel wood|n
cippato|wood chips|n
trucioli di legno|wood chips|n
segatura|sawdust|n
parquet|parquet flooring|n
pavimento in laminato|laminate flooring|n
laminato per pavimenti|laminate flooring|n
cornici|frames|n
cornice per foto|photo frames|n
portafoto|photo frames|n
bambù|bamboo|m
in bambù|bamboo|m
rattan|rattan|m
vimini|wicker|m
sughero|cork|m
cesto|baskets|n
cesti|baskets|n
cestino|baskets|n
cestini|baskets|n
pino|pine|m
rovere|oak|m
quercia|oak|m
teak|teak|m
faggio|beech|m
noce nazionale|walnut wood|m

# Chapters 47-49: paper and printed matter
carta|paper|m
di carta|paper|m
in carta|paper|m
pasta di legno|wood pulp|n
cellulosa|cellulose|m
carta kraft|kraft paper|n
carta igienica|toilet paper|n
carta da cucina|kitchen towels|n
carta assorbente|kitchen towels|n
fazzoletti di carta|paper tissues|n
fazzoletti|handkerchiefs|n
tovaglioli|napkins|n
tovaglioli di carta|paper napkins|n
carta per stampante|printing paper|n
carta per fotocopie|printing paper|n
carta a4|a4 paper|n
risme|printing paper|n
carta riciclata|recycled paper|n
cartone|paperboard|m
in cartone|paperboard|m
cartoncino|paperboard|m
cartone ondulato|corrugated paperboard|n
scatola di cartone|cartons|n
scatole di cartone|cartons|n
scatoloni|cartons|n
scatola|boxes|n
scatole|boxes|n
sacchetti di carta|paper bags|n
buste da lettera|envelopes|n
etichette|labels|n
etichetta|labels|n
adesivi decorativi|stickers|n
quaderno|notebooks|n
quaderni|notebooks|n
taccuino|notebooks|n
agenda settimanale|diaries|n
carta da parati|wallpaper|n
libro|books|n
libri|books|n
riviste|magazines|n
giornali|newspapers|n
opuscoli|brochures|n
cataloghi|catalogues|n
calendario|calendars|n
calendari|calendars|n
mappe|maps|n
cartine geografiche|maps|n
manifesti|posters|n
cartoline|postcards|n
biglietti d'auguri|greeting cards|n
stampati|printed matter|n

# Chapters 50-60: textile materials, yarn and fabrics
seta|silk|m
di seta|silk|m
in seta|silk|m
lana|wool|m
di lana|wool|m
in lana|wool|m
lana merino|merino wool|m
cachemire|cashmere|m
cashmere|cashmere|m
cotone|cotton|m
di cotone|cotton|m
in cotone|cotton|m
cotone biologico|organic cotton|m
100% cotone|100% cotton|m
puro cotone|100% cotton|m
di lino|linen|m
in lino|linen|m
iuta|jute|m
juta|jute|m
canapa|hemp|m
sisal|sisal|m
fibra di cocco|coir|m
poliestere|polyester|m
in poliestere|polyester|m
nylon|nylon|m
nailon|nylon|m
poliammide|polyamide|m
elastan|elastane|m
elastam|elastane|m
elastane|elastane|m
lycra|elastane|m
spandex|elastane|m
viscosa|viscose|m
rayon|rayon|m
microfibra|microfibre|m
fibra sintetica|synthetic fibres|m
fibre sintetiche|synthetic fibres|m
fibra artificiale|artificial fibres|m
fibra|fibre|m
fibre|fibres|m
filato|yarn|n
filati|yarn|n
filato di cotone|cotton yarn|n
filo da cucito|sewing thread|n
tessuto|fabric|n
tessuti|fabrics|n
stoffa|fabric|n
stoffe|fabrics|n
tessile|textile|m
tessili|textiles|m
tessuto di cotone|cotton fabric|n
denim|denim|m
velluto|velvet|m
velluto a coste|corduroy|m
raso|satin|m
pizzo|lace|m
pizzi|lace|m
tulle|tulle|m
ricamato|embroidered|m
ricamata|embroidered|m
ricamati|embroidered|m
ricamo|embroidery|n
feltro|felt|m
tessuto non tessuto|nonwovens|n
ovatta|wadding|n
spago|twine|n
corda|rope|n
corde|ropes|n
rete da pesca|fishing nets|n
reti da pesca|fishing nets|n
tappeto|carpets|n
tappeti|carpets|n
moquette|carpeting|n
arazzo|tapestries|n
arazzi|tapestries|n
nastri|ribbons|n
nastro|ribbons|n
tessuto spalmato|coated fabric|n
maglia|knitted fabric|n
a maglia|knitted|m
in maglia|knitted|m
lavorato a maglia|knitted|m
tessuto a maglia|knitted fabric|n
tricot|knitted|m
tessuto ortogonale|woven fabric|n
stampato|printed|m
stampata|printed|m
stampati a motivi|printed|m
tinto|dyed|m
tinta unita|plain dyed|m
tinti|dyed|m
candeggiato|bleached|m
candeggiata|bleached|m
stucco per muri|putty|n
lattice naturale|natural latex|m
tela di lino|linen fabric|n
filato di lino|linen yarn|n

# Chapters 61-63: apparel and made-up textiles
abbigliamento|clothing|n
vestiti|clothing|n
indumenti|garments|n
capi di abbigliamento|garments|n
capo di abbigliamento|garments|n
abbigliamento da lavoro|workwear|n
indumenti da lavoro|workwear|n
abbigliamento sportivo|sportswear|n
abbigliamento per bambini|children's clothing|n
abbigliamento bambino|children's clothing|n
abbigliamento neonato|babies' garments|n
intimo|underwear|n
biancheria intima|underwear|n
lingerie|lingerie|n
maglietta|t-shirts|n
magliette|t-shirts|n
t-shirt|t-shirts|n
t-shirts|t-shirts|n
tshirt|t-shirts|n
canotta|singlets|n
canotte|singlets|n
canottiera|vests|n
canottiere|vests|n
camicia|shirts|n
camicie|shirts|n
camicetta|blouses|n
camicette|blouses|n
blusa|blouses|n
maglia polo|polo shirts|n
polo uomo|men's polo shirts|n
pantaloni|trousers|n
pantalone|trousers|n
pantaloni lunghi|trousers|n
jeans|jeans|n
pantaloni jeans|jeans|n
pantaloncini|shorts|n
pantaloncino|shorts|n
bermuda|shorts|n
leggings|leggings|n
fuseaux|leggings|n
gonna|skirts|n
gonne|skirts|n
vestito|dresses|n
abito|dresses|n
abiti|clothing|n
abito da sposa|wedding dresses|n
abiti da sposa|wedding dresses|n
abito da sera|evening dresses|n
abito uomo|men's suits|n
abiti uomo|men's suits|n
completo uomo|men's suits|n
tailleur|suits|n
costume da bagno|swimwear|n
costumi da bagno|swimwear|n
costume intero|swimsuits|n
bikini|bikinis|n
boxer mare|swimming trunks|n
giacca|jackets|n
giacche|jackets|n
giubbotto|jackets|n
giubbotti|jackets|n
giubbino|jackets|n
giaccone|jackets|n
piumino|padded jackets|n
piumini|padded jackets|n
piumino da uomo|men's padded jackets|n
cappotto|overcoats|n
cappotti|overcoats|n
parka|parkas|n
giacca a vento|windcheaters|n
giacca impermeabile|raincoats|n
impermeabile da pioggia|raincoats|n
gilet|waistcoats|n
panciotto|waistcoats|n
felpa|sweatshirts|n
felpe|sweatshirts|n
felpa con cappuccio|hooded sweatshirts|n
maglione|sweaters|n
maglioni|sweaters|n
pullover|pullovers|n
cardigan|cardigans|n
tuta|tracksuits|n
tute|tracksuits|n
tuta sportiva|tracksuits|n
tuta da ginnastica|tracksuits|n
tuta da lavoro|overalls|n
pigiama|pyjamas|n
pigiami|pyjamas|n
camicia da notte|nightdresses|n
vestaglia|dressing gowns|n
accappatoio|bathrobes|n
accappatoi|bathrobes|n
mutande|underpants|n
mutandine|briefs|n
slip uomo|men's briefs|n
slip donna|women's briefs|n
boxer uomo|boxer shorts|n
reggiseno|brassieres|n
reggiseni|brassieres|n
reggipetto|brassieres|n
corsetto|corsets|n
calze|stockings|n
calzini|socks|n
calzino|socks|n
calzettoni|socks|n
collant|tights|n
collants|tights|n
guanti|gloves|n
guanto|gloves|n
sciarpa|scarves|n
sciarpe|scarves|n
foulard|scarves|n
scialle|shawls|n
cravatta|ties|n
cravatte|ties|n
divisa|uniforms|n
divise|uniforms|n
uniforme|uniforms|n
uniformi|uniforms|n
body neonato|babies' bodysuits|n
tutina|babies' garments|n
pannolini|diapers|n
pannolino|diapers|n
pannolini usa e getta|disposable diapers|n
assorbenti|sanitary towels|n
assorbenti igienici|sanitary towels|n
tamponi|tampons|n
salviette umidificate|wet wipes|n
salviette umide|wet wipes|n
biancheria da letto|bed linen|n
lenzuola|bed sheets|n
lenzuolo|bed sheets|n
federa|pillowcases|n
federe|pillowcases|n
copripiumino|duvet covers|n
piumone|quilts|n
trapunta|quilts|n
trapunte|quilts|n
coperta|blankets|n
coperte|blankets|n
copriletto|bedspreads|n
asciugamano|towels|n
asciugamani|towels|n
telo mare|beach towels|n
telo bagno|bath towels|n
biancheria per la casa|household linen|n
tovaglia|tablecloths|n
tovaglie|tablecloths|n
tenda|curtains|n
tende|curtains|n
tende per finestre|curtains|n
tendaggi|curtains|n
cuscino|cushions|n
cuscini|cushions|n
guanciali|pillows|n
sacco a pelo|sleeping bags|n
tenda da campeggio|tents|n
tende da campeggio|tents|n
tenda da sole|awnings|n
tende da sole|awnings|n
strofinaccio|tea towels|n
strofinacci|tea towels|n
stracci|rags|n
abiti usati|worn clothing|n
indumenti usati|worn clothing|n
mascherina|face masks|n
mascherine|face masks|n
mascherine chirurgiche|surgical masks|n
borsa di tela|textile bags|n
borse di stoffa|textile bags|n

# Chapters 64-67: footwear, headgear, umbrellas
calzature|footwear|n
calzatura|footwear|n
scarpe|shoes|n
scarpa|shoes|n
scarpe da ginnastica|sports shoes|n
scarpe sportive|sports shoes|n
scarpe da corsa|running shoes|n
scarpe da trekking|hiking boots|n
sneakers|sports shoes|n
stivali|boots|n
stivale|boots|n
stivaletti|ankle boots|n
anfibi|boots|n
sandali|sandals|n
sandalo|sandals|n
ciabatte|slippers|n
ciabatta da casa|slippers|n
infradito|flip-flops|n
pantofole|slippers|n
pantofola|slippers|n
mocassini|moccasins|n
espadrillas|espadrilles|n
scarpe col tacco|high-heeled shoes|n
scarpe con tacco|high-heeled shoes|n
scarpe antinfortunistiche|safety shoes|n
scarpe da lavoro|safety shoes|n
stivali di gomma|rubber boots|n
suola|soles|n
suole|soles|n
solette|insoles|n
plantari|insoles|n
lacci|laces|n
stringhe|laces|n
cappello|hats|n
cappelli|hats|n
berretto|caps|n
berretti|caps|n
cappellino|caps|n
cappellino con visiera|caps|n
cuffia|hats|n
cuffie di lana|knitted hats|n
basco|berets|n
casco|helmets|n
caschi|helmets|n
casco da moto|motorcycle helmets|n
casco moto|motorcycle helmets|n
elmetto|safety helmets|n
elmetto di protezione|safety helmets|n
ombrello|umbrellas|n
ombrelli|umbrellas|n
ombrellone|sunshades|n
ombrelloni|sunshades|n
bastone da passeggio|walking sticks|n
parrucca|wigs|n
parrucche|wigs|n
extension per capelli|hair extensions|n
ciglia finte|false eyelashes|n
fiori artificiali|artificial flowers|n

# Chapters 68-70: stone, ceramics, glass
piastrelle|tiles|n
piastrella|tiles|n
mattonelle|tiles|n
mattone|bricks|n
mattoni|bricks|n
tegola|roofing tiles|n
tegole|roofing tiles|n
blocchi di cemento|concrete blocks|n
calcestruzzo|concrete|m
cartongesso|plasterboard|n
fibrocemento|fibre cement|m
mola|grinding wheels|n
mole abrasive|grinding wheels|n
disco da taglio|cutting discs|n
carta abrasiva|sandpaper|n
carta vetrata|sandpaper|n
lana di roccia|rock wool|n
lana di vetro|glass wool|n
ceramica|ceramic|m
ceramiche|ceramic|m
in ceramica|ceramic|m
di ceramica|ceramic|m
porcellana|porcelain|m
in porcellana|porcelain|m
di porcellana|porcelain|m
gres|stoneware|m
gres porcellanato|porcelain stoneware|m
terracotta|terracotta|m
maiolica|earthenware|m
stoviglie|tableware|n
servizio di piatti|dinner sets|n
piatto|plates|n
piatti|plates|n
tazza|cups|n
tazze|cups|n
tazzina|cups|n
tazzine|cups|n
ciotola|bowls|n
ciotole|bowls|n
scodella|bowls|n
vaso|vases|n
vasi|vases|n
vaso per fiori|flower pots|n
vasi per piante|flower pots|n
lavabo|washbasins|n
lavandino|sinks|n
lavello|sinks|n
vetro|glass|m
in vetro|glass|m
di vetro|glass|m
vetro temperato|tempered glass|m
in vetro temperato|tempered glass|m
vetro stratificato|laminated glass|m
vetro float|float glass|n
cristallo|crystal glass|m
bicchiere|drinking glasses|n
bicchieri|drinking glasses|n
calice|stemware|n
calici|stemware|n
barattolo|jars|n
barattoli|jars|n
vasetto|jars|n
vasetti|jars|n
specchio|mirrors|n
specchi|mirrors|n
fibra di vetro|glass fibres|m
vetro protettivo|screen protectors|n
pellicola protettiva|screen protectors|n

# Chapter 71: jewellery and precious metals
gioielli|jewellery|n
gioiello|jewellery|n
gioielleria|jewellery|n
bigiotteria|imitation jewellery|n
oro|gold|m
in oro|gold|m
d'oro|gold|m
oro giallo|gold|m
oro bianco|white gold|m
oro 18 carati|gold|m
argento|silver|m
in argento|silver|m
d'argento|silver|m
argento 925|sterling silver|m
argento sterling|sterling silver|m
platino|platinum|m
palladio|palladium|m
placcato oro|gold-plated|m
diamante|diamonds|n
diamanti|diamonds|n
pietre preziose|precious stones|n
perla|pearls|n
perle|pearls|n
anello|rings|n
anelli|rings|n
fede nuziale|wedding rings|n
collana|necklaces|n
collane|necklaces|n
ciondolo|pendants|n
ciondoli|pendants|n
pendente|pendants|n
orecchini|earrings|n
orecchino|earrings|n
bracciale|bracelets|n
bracciali|bracelets|n
braccialetto|bracelets|n
braccialetti|bracelets|n
catenina|chains|n
catena|chains|n
catene|chains|n
spilla|brooches|n
spille|brooches|n
monete|coins|n
lingotti|ingots|n
scarpe décolleté|high-heeled shoes|n
cravatta a farfalla|bow ties|n
papillon uomo|bow ties|n

# Chapters 72-73: iron and steel
ferro|iron|m
in ferro|iron|m
di ferro|iron|m
ferro battuto|wrought iron|m
ghisa|cast iron|m
in ghisa|cast iron|m
acciaio|steel|m
in acciaio|steel|m
di acciaio|steel|m
acciai|steel|m
acciaio inox|stainless steel|m
acciaio inossidabile|stainless steel|m
in acciaio inox|stainless steel|m
in acciaio inossidabile|stainless steel|m
inox|stainless steel|m
inossidabile|stainless|m
acciaio al carbonio|carbon steel|m
acciaio legato|alloy steel|m
acciaio zincato|galvanised steel|m
ghisa grezza|pig iron|n
ferroleghe|ferro-alloys|n
rottami|scrap|n
rottami ferrosi|ferrous scrap|n
rifiuti|waste|n
billette|billets|n
bramme|slabs|n
bobina|coils|n
bobine|coils|n
coils|coils|n
in bobine|in coils|m
in rotoli|in coils|m
laminato a caldo|hot-rolled|m
laminati a caldo|hot-rolled|m
laminata a caldo|hot-rolled|m
laminate a caldo|hot-rolled|m
laminato a freddo|cold-rolled|m
laminati a freddo|cold-rolled|m
laminata a freddo|cold-rolled|m
laminate a freddo|cold-rolled|m
zincato|galvanised|m
zincata|galvanised|m
zincati|galvanised|m
zincate|galvanised|m
galvanizzato|galvanised|m
galvanizzata|galvanised|m
lamiera|sheets|n
lamiere|sheets|n
lamiera zincata|galvanised sheets|n
lamiera d'acciaio|steel sheets|n
banda stagnata|tinplate|n
latta|tinplate|n
prodotti piatti|flat-rolled products|n
barra|bars|n
barre|bars|n
tondo per cemento armato|reinforcing bars|n
tondino|reinforcing bars|n
tondini|reinforcing bars|n
vergella|wire rod|n
profilati|sections|n
profilato|sections|n
trave|beams|n
travi|beams|n
filo di ferro|wire|n
filo metallico|wire|n
filo spinato|barbed wire|n
tubi in acciaio|steel tubes|n
tubo in acciaio|steel tubes|n
tubi di acciaio|steel tubes|n
senza saldatura|seamless|m
saldato|welded|m
saldati|welded|m
saldata|welded|m
strutture metalliche|structures|n
carpenteria metallica|structures|n
ponteggi|scaffolding|n
ponteggio|scaffolding|n
serbatoio|tanks|n
serbatoi|tanks|n
cisterna|tanks|n
bombola del gas|gas cylinders|n
bombole|gas cylinders|n
rete metallica|wire mesh|n
rete elettrosaldata|welded mesh|n
ancora nautica|anchors|n
chiodi|nails|n
chiodo|nails|n
viti|screws|n
vite|screws|n
bulloni|bolts|n
bullone|bolts|n
dadi|nuts|n
viti e bulloni|bolts and nuts|n
rondelle|washers|n
rondella|washers|n
rivetti|rivets|n
molla|springs|n
molle|springs|n
stufa|stoves|n
stufe|stoves|n
stufa a pellet|pellet stoves|n
stufa a legna|wood stoves|n
termosifone|radiators|n
termosifoni|radiators|n
radiatori|radiators|n
pentola|pots|n
pentole|pots|n
padella|frying pans|n
padelle|frying pans|n
casseruola|saucepans|n
casseruole|saucepans|n
utensili da cucina|kitchenware|n
batteria di pentole|kitchenware|n
lana d'acciaio|steel wool|n
paglietta|scourers|n

# Chapters 74-81: copper, aluminium and other base metals
rame|copper|m
in rame|copper|m
di rame|copper|m
ottone|brass|m
in ottone|brass|m
bronzo|bronze|m
catodi di rame|copper cathodes|n
filo di rame|copper wire|n
nichel|nickel|m
nichelio|nickel|m
alluminio|aluminium|m
in alluminio|aluminium|m
di alluminio|aluminium|m
carta stagnola|aluminium foil|n
carta alluminio|aluminium foil|n
foglio di alluminio|aluminium foil|n
profilati in alluminio|aluminium profiles|n
profili in alluminio|aluminium profiles|n
lattina|cans|n
lattine|cans|n
lattine di alluminio|aluminium cans|n
piombo|lead|m
zinco|zinc|m
stagno|tin|m
tungsteno|tungsten|m
molibdeno|molybdenum|m
magnesio|magnesium|m
titanio|titanium|m
cobalto|cobalt|m
metallo|metal|m
metalli|metals|m
metallico|metal|m
metallica|metal|m
metallici|metal|m
metalliche|metal|m
in metallo|metal|m
di metallo|metal|m

# Chapters 82-83: tools, cutlery, locks
utensile|tools|n
utensili|tools|n
attrezzi|tools|n
attrezzo|tools|n
attrezzatura|equipment|n
attrezzature|equipment|n
utensili manuali|hand tools|n
attrezzi manuali|hand tools|n
utensili elettrici|power tools|n
elettroutensili|power tools|n
martello|hammers|n
martelli|hammers|n
cacciavite|screwdrivers|n
cacciaviti|screwdrivers|n
pinza|pliers|n
pinze|pliers|n
pinzetta|tweezers|n
pinzette|tweezers|n
chiave inglese|spanners|n
chiavi inglesi|spanners|n
set di chiavi|spanner sets|n
chiave a bussola|socket wrenches|n
sega|saws|n
seghe|saws|n
seghetto|saws|n
sega circolare|circular saws|n
lama per sega|saw blades|n
trapano|drills|n
trapani|drills|n
trapano avvitatore|drill drivers|n
avvitatore|screwdrivers|n
punte per trapano|drill bits|n
punta da trapano|drill bits|n
pala|shovels|n
badile|shovels|n
vanga|spades|n
zappa|hoes|n
rastrello|rakes|n
cesoie|secateurs|n
forbici|scissors|n
forbice|scissors|n
coltello|knives|n
coltelli|knives|n
coltellino|pocket knives|n
temperino|pocket knives|n
lamette|razor blades|n
lametta|razor blades|n
rasoio|razors|n
rasoi|razors|n
posate|cutlery|n
cucchiaio|spoons|n
cucchiai|spoons|n
cucchiaino|spoons|n
forchetta|forks|n
forchette|forks|n
tagliaunghie|nail clippers|n
lucchetto|padlocks|n
lucchetti|padlocks|n
serratura|locks|n
serrature|locks|n
serratura elettronica|electronic locks|n
chiave|keys|n
chiavi|keys|n
cerniera|hinges|n
cerniere|hinges|n
cassaforte|safes|n
casseforti|safes|n
graffette|staples|n
punti metallici|staples|n
pinzatrice|staplers|n
spillatrice|staplers|n
fermagli|paper clips|n
campana|bells|n
campane|bells|n
campanelli|bells|n

# Chapter 84: machinery
macchina|machines|n
macchine|machines|n
macchinari|machinery|n
macchinario|machinery|n
motore|engines|n
motori|engines|n
motore diesel|diesel engines|n
motore a benzina|petrol engines|n
motore fuoribordo|outboard motors|n
turbina|turbines|n
turbine|turbines|n
caldaia|boilers|n
caldaie|boilers|n
pompa|pumps|n
pompe|pumps|n
pompa dell'acqua|water pumps|n
pompa per acqua|water pumps|n
pompa sommersa|submersible pumps|n
pompa sommergibile|submersible pumps|n
compressore|compressors|n
compressori|compressors|n
compressore d'aria|air compressors|n
ventilatore|fans|n
ventilatori|fans|n
ventilatore da soffitto|ceiling fans|n
condizionatore|air conditioners|n
condizionatori|air conditioners|n
climatizzatore|air conditioners|n
climatizzatori|air conditioners|n
aria condizionata|air conditioners|n
condizionatore portatile|portable air conditioners|n
frigorifero|refrigerators|n
frigoriferi|refrigerators|n
frigo|refrigerators|n
congelatore|freezers|n
congelatori|freezers|n
freezer|freezers|n
pompa di calore|heat pumps|n
pompe di calore|heat pumps|n
scaldabagno|water heaters|n
scaldacqua|water heaters|n
forno industriale|industrial ovens|n
asciugatrice|tumble dryers|n
asciugatrici|tumble dryers|n
filtro|filters|n
filtri|filters|n
filtro dell'olio|oil filters|n
filtro olio|oil filters|n
filtro dell'aria|air filters|n
filtro aria|air filters|n
depuratore d'acqua|water filters|n
purificatore d'aria|air purifiers|n
lavastoviglie|dishwashers|n
bilancia|weighing machines|n
bilance|weighing machines|n
estintore|fire extinguishers|n
estintori|fire extinguishers|n
nebulizzatore|sprayers|n
irroratrice|sprayers|n
gru|cranes|n
carrello elevatore|forklift trucks|n
carrelli elevatori|forklift trucks|n
muletto|forklift trucks|n
ascensore|lifts|n
ascensori|lifts|n
scala mobile|escalators|n
trasportatore|conveyors|n
escavatore|excavators|n
escavatori|excavators|n
escavatore cingolato|excavators|n
ruspa|bulldozers|n
trattore|tractors|n
trattori|tractors|n
mietitrebbia|combine harvesters|n
seminatrice|seeders|n
tosaerba|lawn mowers|n
tagliaerba|lawn mowers|n
rasaerba|lawn mowers|n
macchina da cucire|sewing machines|n
macchine da cucire|sewing machines|n
telaio tessile|looms|n
lavatrice|washing machines|n
lavatrici|washing machines|n
stampante|printers|n
stampanti|printers|n
stampante 3d|3d printers|n
fotocopiatrice|photocopiers|n
scanner|scanners|n
computer|computers|n
computer portatile|laptops|n
computer portatili|laptops|n
pc portatile|laptops|n
portatile|laptops|n
portatili|laptops|n
laptop|laptops|n
computer fisso|desktop computers|n
pc fisso|desktop computers|n
tablet|tablet computers|n
server|servers|n
tastiera|keyboards|n
tastiere|keyboards|n
mouse|mouse|n
mouse wireless|wireless mouse|n
disco rigido|hard disk drives|n
hard disk esterno|external hard drives|n
chiavetta usb|usb flash drives|n
chiavette usb|usb flash drives|n
scheda video|graphics cards|n
scheda grafica|graphics cards|n
scheda madre|motherboards|n
bancomat|atms|n
distributore automatico|vending machines|n
distributori automatici|vending machines|n
macchina del caffè|coffee machines|n
macchina da caffè|coffee machines|n
macchinetta del caffè|coffee machines|n
macchina per espresso|espresso machines|n
caffettiera|coffee makers|n
moka|coffee makers|n
macinacaffè|coffee grinders|n
macinino|grinders|n
cuscinetto|bearings|n
cuscinetti|bearings|n
cuscinetti a sfera|ball bearings|n
ingranaggio|gears|n
ingranaggi|gears|n
valvola|valves|n
valvole|valves|n
rubinetto|taps|n
rubinetti|taps|n
rubinetteria|taps|n
miscelatore|mixer taps|n
stampo|moulds|n
stampi|moulds|n
generatore|generators|n
generatori|generators|n
gruppo elettrogeno|generating sets|n
gruppi elettrogeni|generating sets|n
macchina utensile|machine tools|n
macchine utensili|machine tools|n
tornio|lathes|n
torni|lathes|n
fresatrice|milling machines|n
macchina per taglio laser|laser cutting machines|n
taglio laser|laser cutting|m
pressa a iniezione|injection moulding machines|n
robot industriale|industrial robots|n

# Chapter 85: electrical machinery and electronics
elettrico|electric|m
elettrica|electric|m
elettrici|electric|m
elettriche|electric|m
elettronico|electronic|m
elettronica|electronic|m
elettronici|electronic|m
elettroniche|electronic|m
elettrodomestici|household appliances|n
elettrodomestico|household appliances|n
piccoli elettrodomestici|small household appliances|n
motore elettrico|electric motors|n
motori elettrici|electric motors|n
trasformatore|transformers|n
trasformatori|transformers|n
caricabatterie|chargers|n
caricatore|chargers|n
caricatori|chargers|n
caricatore wireless|wireless chargers|n
caricatore senza fili|wireless chargers|n
caricatore da auto|car chargers|n
caricabatterie auto|car chargers|n
adattatore|adapters|n
adattatori|adapters|n
alimentatore|power supplies|n
alimentatori|power supplies|n
inverter|inverters|n
batteria|batteries|n
batterie|batteries|n
batteria al litio|lithium-ion batteries|n
batterie al litio|lithium-ion batteries|n
batteria agli ioni di litio|lithium-ion batteries|n
batteria ricaricabile|rechargeable batteries|n
batterie ricaricabili|rechargeable batteries|n
batteria al piombo|lead-acid accumulators|n
batteria auto|car batteries|n
accumulatore|accumulators|n
accumulatori|accumulators|n
pila|batteries|n
pile alcaline|alkaline batteries|n
pile ricaricabili|rechargeable batteries|n
pila a bottone|button cells|n
batteria esterna|power banks|n
powerbank|power banks|n
aspirapolvere|vacuum cleaners|n
robot aspirapolvere|robot vacuum cleaners|n
aspirapolvere robot|robot vacuum cleaners|n
frullatore|blenders|n
frullatori|blenders|n
sbattitore|mixers|n
robot da cucina|food processors|n
centrifuga|juicers|n
estrattore di succo|juicers|n
spremiagrumi|citrus presses|n
asciugacapelli|hair dryers|n
phon|hair dryers|n
fon|hair dryers|n
piastra per capelli|hair straighteners|n
piastra capelli|hair straighteners|n
ferro da stiro|electric irons|n
ferri da stiro|electric irons|n
rasoio elettrico|electric shavers|n
regolabarba|beard trimmers|n
spazzolino elettrico|electric toothbrushes|n
bollitore|kettles|n
bollitore elettrico|electric kettles|n
tostapane|toasters|n
microonde|microwave ovens|n
forno a microonde|microwave ovens|n
forno microonde|microwave ovens|n
forno|ovens|n
forni|ovens|n
forno elettrico|electric ovens|n
forno da incasso|built-in ovens|n
friggitrice|fryers|n
friggitrici|fryers|n
friggitrice ad aria|air fryers|n
cuociriso|rice cookers|n
cuoci riso|rice cookers|n
pentola per riso|rice cookers|n
pentola elettrica|electric cookers|n
pentola a pressione|pressure cookers|n
pentola a pressione elettrica|electric pressure cookers|n
cucina a gas|gas cookers|n
piano cottura|hobs|n
piano a induzione|induction hobs|n
piano cottura a induzione|induction hobs|n
stufetta elettrica|electric heaters|n
termoventilatore|fan heaters|n
telefono|telephones|n
telefoni|telephones|n
cellulare|mobile phones|n
cellulari|mobile phones|n
telefono cellulare|mobile phones|n
telefoni cellulari|mobile phones|n
telefonino|mobile phones|n
smartphone|smartphones|n
telefono fisso|telephone sets|n
smartwatch|smartwatches|n
orologio intelligente|smartwatches|n
orologio smart|smartwatches|n
braccialetto fitness|fitness bands|n
router|routers|n
modem|modems|n
antenna|aerials|n
antenne|aerials|n
cuffie|headphones|n
cuffia bluetooth|wireless headphones|n
cuffie wireless|wireless headphones|n
cuffie bluetooth|wireless headphones|n
auricolari|earphones|n
auricolari wireless|wireless earphones|n
auricolari bluetooth|wireless earphones|n
altoparlante|loudspeakers|n
altoparlanti|loudspeakers|n
cassa bluetooth|wireless speakers|n
casse bluetooth|wireless speakers|n
casse acustiche|loudspeakers|n
diffusore|loudspeakers|n
microfono|microphones|n
microfoni|microphones|n
amplificatore|amplifiers|n
televisore|television receivers|n
televisori|television receivers|n
televisione|television receivers|n
tv|television receivers|n
schermo|screens|n
schermi|screens|n
monitor|monitors|n
proiettore|projectors|n
proiettori|projectors|n
videoproiettore|projectors|n
fotocamera|cameras|n
fotocamere|cameras|n
fotocamera digitale|digital cameras|n
macchina fotografica|digital cameras|n
telecamera|video cameras|n
telecamere|video cameras|n
videocamera|video cameras|n
telecamera di sorveglianza|surveillance cameras|n
telecamere di sorveglianza|surveillance cameras|n
telecamera di sicurezza|security cameras|n
drone|drones|n
droni|drones|n
console per videogiochi|video game consoles|n
console di gioco|video game consoles|n
scheda di memoria|memory cards|n
schede di memoria|memory cards|n
scheda sd|memory cards|n
circuiti integrati|integrated circuits|n
circuito integrato|integrated circuits|n
processore|processors|n
circuito stampato|printed circuits|n
scheda elettronica|printed circuit boards|n
schede elettroniche|printed circuit boards|n
semiconduttori|semiconductors|n
diodo|diodes|n
diodi|diodes|n
transistor|transistors|n
condensatore|capacitors|n
condensatori|capacitors|n
resistenze|resistors|n
pannello solare|solar panels|n
pannelli solari|solar panels|n
pannello fotovoltaico|photovoltaic modules|n
pannelli fotovoltaici|photovoltaic modules|n
modulo fotovoltaico|photovoltaic modules|n
moduli fotovoltaici|photovoltaic modules|n
cella solare|solar cells|n
celle solari|solar cells|n
lampadina|lamps|n
lampadine|lamps|n
lampadina led|led lamps|n
lampadine led|led lamps|n
striscia led|led strips|n
strisce led|led strips|n
luci di natale|lighting sets|n
cavo|cables|n
cavi|cables|n
cavo elettrico|electric cables|n
cavi elettrici|electric cables|n
cavo usb|usb cables|n
cavo di ricarica|charging cables|n
cavo di rete|network cables|n
cavo ethernet|network cables|n
fibra ottica|optical fibre|n
cavo coassiale|coaxial cables|n
prolunga|extension cables|n
prolunghe|extension cables|n
ciabatta elettrica|power strips|n
multipresa|power strips|n
presa elettrica|sockets|n
prese elettriche|sockets|n
presa di corrente|sockets|n
spina elettrica|plugs|n
interruttore|switches|n
interruttori|switches|n
interruttore automatico|circuit breakers|n
salvavita|circuit breakers|n
fusibile|fuses|n
fusibili|fuses|n
relè|relays|n
connettore|connectors|n
connettori|connectors|n
quadro elettrico|switchboards|n
sensore|sensors|n
sensori|sensors|n
allarme|alarms|n
allarmi|alarms|n
campanello|doorbells|n
saldatore|soldering irons|n
isolatore|insulators|n
luce|lights|n
luci|lights|n
semaforo|traffic signals|n

# Chapters 86-89: vehicles, aircraft, ships
veicolo|vehicles|n
veicoli|vehicles|n
auto|cars|n
automobile|motor cars|n
automobili|motor cars|n
autovettura|motor cars|n
autovetture|motor cars|n
auto elettrica|electric cars|n
auto elettriche|electric cars|n
veicolo elettrico|electric vehicles|n
veicoli elettrici|electric vehicles|n
ibrido|hybrid|m
ibrida|hybrid|m
ibridi|hybrid|m
ibride|hybrid|m
ibrida plug-in|plug-in hybrid|m
fuoristrada|off-road vehicles|n
suv|suvs|n
pick-up|pick-up trucks|n
furgone|vans|n
furgoni|vans|n
furgoncino|vans|n
camion|lorries|n
autocarro|lorries|n
autocarri|lorries|n
camion ribaltabile|dumpers|n
autobus|buses|n
autobus elettrico|electric buses|n
rimorchio|trailers|n
rimorchi|trailers|n
semirimorchio|semi-trailers|n
ambulanza|ambulances|n
moto|motorcycles|n
motocicletta|motorcycles|n
motociclette|motorcycles|n
moto elettrica|electric motorcycles|n
ciclomotore|mopeds|n
motorino|mopeds|n
scooter|scooters|n
monopattino|scooters|n
monopattini|scooters|n
monopattino elettrico|electric scooters|n
monopattini elettrici|electric scooters|n
bicicletta|bicycles|n
biciclette|bicycles|n
bici|bicycles|n
bicicletta elettrica|electric bicycles|n
biciclette elettriche|electric bicycles|n
bici elettrica|electric bicycles|n
e-bike|electric bicycles|n
triciclo|tricycles|n
passeggino|baby carriages|n
passeggini|baby carriages|n
carrozzina|baby carriages|n
sedia a rotelle|wheelchairs|n
sedie a rotelle|wheelchairs|n
carriola|wheelbarrows|n
ricambi|spare parts|m
ricambio|spare parts|m
pezzi di ricambio|spare parts|m
parti di ricambio|spare parts|m
ricambi auto|motor vehicle parts|n
autoricambi|motor vehicle parts|n
pezzi|parts|m
parti|parts|m
accessori|accessories|m
accessorio|accessories|m
accessori auto|car accessories|m
freno|brakes|n
freni|brakes|n
pastiglie freno|brake pads|n
pastiglie dei freni|brake pads|n
dischi freno|brake discs|n
ammortizzatore|shock absorbers|n
ammortizzatori|shock absorbers|n
paraurti|bumpers|n
cambio auto|gearboxes|n
frizione|clutches|n
radiatore|radiators|n
marmitta|silencers|n
tubo di scarico|exhaust pipes|n
volante|steering wheels|n
ruota|wheels|n
ruote|wheels|n
cerchi in lega|alloy wheels|n
cerchioni|wheel rims|n
cerchi|wheel rims|n
sedile|seats|n
sedili|seats|n
seggiolino auto|child car seats|n
cintura di sicurezza|seat belts|n
airbag|airbags|n
candela di accensione|spark plugs|n
candele di accensione|spark plugs|n
faro|headlamps|n
fari|headlamps|n
specchietto retrovisore|rear-view mirrors|n
specchietti|rear-view mirrors|n
tergicristallo|windscreen wipers|n
tergicristalli|windscreen wipers|n
parabrezza|windscreens|n
carrozzeria|bodies|n
telaio auto|chassis|n
sella|saddles|n
sellino|saddles|n
catena bici|bicycle chains|n
telaio bici|bicycle frames|n
treno|trains|n
treni|trains|n
locomotiva|locomotives|n
vagone|wagons|n
vagoni|wagons|n
container|containers|n
aereo|aeroplanes|n
aerei|aeroplanes|n
elicottero|helicopters|n
aliante|gliders|n
paracadute|parachutes|n
navi|ships|n
barca|boats|n
barche|boats|n
imbarcazione|boats|n
imbarcazioni|boats|n
motoscafo|motorboats|n
gommone|inflatable boats|n
barca a vela|sailboats|n
yacht|yachts|n
kayak|kayaks|n
canoa|canoes|n
peschereccio|fishing vessels|n
nave da carico|cargo vessels|n
petroliera|tankers|n

# Chapters 90-92: instruments, medical devices, watches, musical instruments
occhiali|spectacles|n
occhiali da sole|sunglasses|n
occhiali da vista|spectacles|n
lenti a contatto|contact lenses|n
lente|lenses|n
lenti|lenses|n
montatura|spectacle frames|n
montature|spectacle frames|n
binocolo|binoculars|n
binocoli|binoculars|n
telescopio|telescopes|n
microscopio|microscopes|n
lente d'ingrandimento|magnifying glasses|n
laser|lasers|n
strumenti medici|medical instruments|n
strumenti chirurgici|surgical instruments|n
dispositivo medico|medical devices|n
dispositivi medici|medical devices|n
apparecchiature mediche|medical equipment|n
siringa|syringes|n
siringhe|syringes|n
aghi|needles|n
catetere|catheters|n
misuratore di pressione|blood pressure monitors|n
sfigmomanometro|blood pressure monitors|n
termometro|thermometers|n
termometri|thermometers|n
termometro digitale|digital thermometers|n
stetoscopio|stethoscopes|n
saturimetro|pulse oximeters|n
pulsossimetro|pulse oximeters|n
glucometro|glucometers|n
misuratore di glicemia|glucometers|n
apparecchio per aerosol|nebulisers|n
apparecchio acustico|hearing aids|n
apparecchi acustici|hearing aids|n
protesi|prostheses|n
pacemaker|pacemakers|n
stampelle|crutches|n
letto ospedaliero|hospital beds|n
apparecchio a raggi x|x-ray apparatus|n
ecografo|ultrasound scanners|n
strumenti odontoiatrici|dental instruments|n
concentratore di ossigeno|oxygen concentrators|n
contatore|meters|n
contatori|meters|n
contatore dell'acqua|water meters|n
contatore elettrico|electricity meters|n
manometro|pressure gauges|n
multimetro|multimeters|n
oscilloscopio|oscilloscopes|n
strumenti di misura|measuring instruments|n
strumento di misura|measuring instruments|n
righello|rulers|n
righelli|rulers|n
metro a nastro|tape measures|n
flessometro|tape measures|n
livella laser|laser levels|n
calibro a corsoio|calipers|n
bussola|compasses|n
termostato|thermostats|n
bilancia da cucina|kitchen scales|n
bilancia pesapersone|bathroom scales|n
orologio|watches|n
orologi|watches|n
orologio da polso|wristwatches|n
orologi da polso|wristwatches|n
orologio da parete|wall clocks|n
sveglia|alarm clocks|n
sveglie|alarm clocks|n
cronometro|stopwatches|n
strumenti musicali|musical instruments|n
strumento musicale|musical instruments|n
chitarra|guitars|n
chitarre|guitars|n
chitarra elettrica|electric guitars|n
chitarra classica|guitars|n
basso elettrico|bass guitars|n
violino|violins|n
violini|violins|n
pianoforte|pianos|n
pianoforti|pianos|n
tastiera elettronica|electronic keyboards|n
batteria elettronica|electronic drum kits|n
tamburo|drums|n
tamburi|drums|n
flauto|flutes|n
tromba|trumpets|n
sassofono|saxophones|n
armonica|harmonicas|n
ukulele|ukuleles|n
telefono cordless|cordless telephones|n
ago da cucito|sewing needles|n
aghi da cucito|sewing needles|n
nave portacontainer|container ships|n

# Chapters 93-97: arms, furniture, lamps, toys, sports goods, miscellaneous
armi|arms|n
fucile da caccia|shotguns|n
munizioni|ammunition|n
cartucce|cartridges|n
mobili|furniture|n
arredamento|furniture|n
arredo|furniture|n
mobili per ufficio|office furniture|n
mobili da ufficio|office furniture|n
mobili da cucina|kitchen furniture|n
mobili da giardino|garden furniture|n
mobile bagno|bathroom furniture|n
mobile tv|tv stands|n
sedia|chairs|n
sedie|chairs|n
sedia da ufficio|office chairs|n
sedia gaming|gaming chairs|n
poltrona|armchairs|n
poltrone|armchairs|n
divano|sofas|n
divani|sofas|n
divano letto|sofa beds|n
divani letto|sofa beds|n
sgabello|stools|n
sgabelli|stools|n
panca|benches|n
panchina|benches|n
tavolo|tables|n
tavoli|tables|n
tavolo da pranzo|dining tables|n
tavolino|coffee tables|n
tavolini|coffee tables|n
tavolo pieghevole|folding tables|n
comodino|bedside tables|n
comodini|bedside tables|n
scrivania|desks|n
scrivanie|desks|n
letto|beds|n
letti|beds|n
letto a castello|bunk beds|n
letto matrimoniale|double beds|n
culla|cradles|n
culle|cradles|n
lettino|cots|n
materasso|mattresses|n
materassi|mattresses|n
materasso gonfiabile|air mattresses|n
rete a doghe|bed bases|n
armadio|wardrobes|n
armadi|wardrobes|n
guardaroba|wardrobes|n
cassettiera|chests of drawers|n
cassettiere|chests of drawers|n
comò|chests of drawers|n
scaffale|shelving|n
scaffali|shelving|n
scaffalatura|shelving|n
mensola|shelves|n
mensole|shelves|n
libreria|bookcases|n
librerie|bookcases|n
vetrina|display cabinets|n
scarpiera|shoe racks|n
appendiabiti|coat racks|n
attaccapanni|coat racks|n
lampada|lamps|n
lampade|lamps|n
lampada da tavolo|table lamps|n
lampada da scrivania|desk lamps|n
lampada da comodino|bedside lamps|n
lampada da terra|floor lamps|n
piantana|floor lamps|n
plafoniera|ceiling lamps|n
plafoniere|ceiling lamps|n
lampadario|chandeliers|n
lampadari|chandeliers|n
applique da parete|wall lamps|n
torcia|torches|n
torce|torches|n
torcia elettrica|torches|n
torcia frontale|headlamps|n
lanterna|lanterns|n
lanterne|lanterns|n
faretto|spotlights|n
faretti|spotlights|n
proiettore led|floodlights|n
apparecchi di illuminazione|luminaires|n
plafoniera led|ceiling lamps|n
insegna luminosa|illuminated signs|n
casa prefabbricata|prefabricated buildings|n
case prefabbricate|prefabricated buildings|n
prefabbricati|prefabricated buildings|n
giocattolo|toys|n
giocattoli|toys|n
bambola|dolls|n
bambole|dolls|n
peluche|soft toys|n
pupazzo|soft toys|n
pupazzi|soft toys|n
puzzle|puzzles|n
costruzioni|construction sets|n
mattoncini|construction sets|n
macchinina|toy cars|n
macchinine|toy cars|n
auto radiocomandata|remote-control cars|n
macchina radiocomandata|remote-control cars|n
giocattoli educativi|educational toys|n
gioco|games|n
giochi|games|n
gioco da tavolo|board games|n
giochi da tavolo|board games|n
giochi di società|board games|n
carte da gioco|playing cards|n
videogiochi|video games|n
videogioco|video games|n
scacchi|chess|n
altalena|swings|n
altalene|swings|n
scivolo|slides|n
articoli sportivi|sports goods|n
attrezzatura sportiva|sports equipment|n
pallone|balls|n
palloni|balls|n
palla|balls|n
palline|balls|n
pallone da calcio|footballs|n
pallone da basket|basketballs|n
pallone da pallavolo|volleyballs|n
palline da tennis|tennis balls|n
racchetta|rackets|n
racchette|rackets|n
racchetta da tennis|tennis rackets|n
mazze da golf|golf clubs|n
mazza da golf|golf clubs|n
palline da golf|golf balls|n
sci|skis|n
tavola da surf|surfboards|n
pattini|skates|n
pattini in linea|inline skates|n
pattini a rotelle|roller skates|n
skateboard|skateboards|n
tapis roulant|treadmills|n
cyclette|exercise bikes|n
manubri|dumbbells|n
pesi da palestra|weights|n
tappetino yoga|yoga mats|n
tappetino da yoga|yoga mats|n
canna da pesca|fishing rods|n
canne da pesca|fishing rods|n
ami da pesca|fish hooks|n
mulinello|fishing reels|n
piscina gonfiabile|inflatable pools|n
piscina|swimming pools|n
piscine|swimming pools|n
decorazioni natalizie|christmas decorations|n
addobbi natalizi|christmas decorations|n
albero di natale|christmas trees|n
articoli per feste|party articles|n
palloncini|balloons|n
penna|ballpoint pens|n
penna a sfera|ballpoint pens|n
penne a sfera|ballpoint pens|n
biro|ballpoint pens|n
matita|pencils|n
matite|pencils|n
matite colorate|coloured pencils|n
pastelli|crayons|n
pennarello|felt-tipped pens|n
pennarelli|felt-tipped pens|n
evidenziatore|highlighters|n
evidenziatori|highlighters|n
penna stilografica|fountain pens|n
stilografica|fountain pens|n
gessetti|chalk|n
lavagna|blackboards|n
lavagna bianca|whiteboards|n
temperamatite|pencil sharpeners|n
gomma da cancellare|erasers|n
gomme da cancellare|erasers|n
spazzola|brushes|n
spazzole|brushes|n
spazzolino|toothbrushes|n
spazzolini|toothbrushes|n
spazzolino da denti|toothbrushes|n
pennello|paintbrushes|n
pennelli|paintbrushes|n
scopa|brooms|n
mocio|mops|n
pettine|combs|n
pettini|combs|n
forcine|hair pins|n
fermacapelli|hair clips|n
mollette per capelli|hair clips|n
bottoni|buttons|n
bottone|buttons|n
cerniera lampo|zip fasteners|n
cerniere lampo|zip fasteners|n
zip|zip fasteners|n
thermos|vacuum flasks|n
borraccia|water bottles|n
borracce|water bottles|n
bottiglia termica|vacuum flasks|n
pipa|pipes|n
biberon|feeding bottles|n
ciuccio|dummies|n
ciucci|dummies|n
succhietto|dummies|n
timbro|stamps|n
timbri|stamps|n
quadri|paintings|n
quadro|paintings|n
dipinti|paintings|n
dipinto|paintings|n
dipinto a olio|oil paintings|n
sculture|sculptures|n
scultura|sculptures|n
oggetti d'antiquariato|antiques|n
antiquariato|antiques|n
francobolli|postage stamps|n

# Qualifiers: states and processes
fresca|fresh|m
freschi|fresh|m
fresche|fresh|m
refrigerato|chilled|m
refrigerata|chilled|m
refrigerati|chilled|m
refrigerate|chilled|m
congelato|frozen|m
congelata|frozen|m
congelati|frozen|m
congelate|frozen|m
surgelato|frozen|m
surgelata|frozen|m
surgelati|frozen|m
surgelate|frozen|m
secco|dried|m
secca|dried|m
secchi|dried|m
secche|dried|m
essiccato|dried|m
essiccata|dried|m
essiccati|dried|m
essiccate|dried|m
disidratato|dehydrated|m
disidratata|dehydrated|m
disidratati|dehydrated|m
disidratate|dehydrated|m
liofilizzato|freeze-dried|m
liofilizzata|freeze-dried|m
salato|salted|m
salata|salted|m
salati|salted|m
salate|salted|m
in salamoia|in brine|m
sotto sale|salted|m
affumicato|smoked|m
affumicata|smoked|m
affumicati|smoked|m
affumicate|smoked|m
tostato|roasted|m
tostata|roasted|m
tostati|roasted|m
tostate|roasted|m
arrosto|roasted|m
arrostito|roasted|m
fritto|fried|m
fritta|fried|m
fritti|fried|m
fritte|fried|m
cotto|cooked|m
cotta|cooked|m
cotti|cooked|m
cotte|cooked|m
precotto|precooked|m
precotta|precooked|m
precotti|precooked|m
al vapore|steamed|m
crudo|raw|m
cruda|raw|m
crudi|raw|m
raffinato|refined|m
raffinata|refined|m
raffinati|refined|m
non raffinato|unrefined|m
vergine|virgin|m
extravergine|extra virgin|m
extra vergine|extra virgin|m
macinato fine|finely ground|m
macinata|ground|m
macinati|ground|m
in polvere|powdered|m
in grani|whole beans|m
in chicchi|whole grains|m
tritato|chopped|m
tritata|chopped|m
tritati|chopped|m
grattugiato|grated|m
grattugiata|grated|m
affettato|sliced|m
affettata|sliced|m
affettati|sliced|m
a fette|sliced|m
a pezzi|cut into pieces|m
tagliato|cut|m
intero|whole|m
intera|whole|m
interi|whole|m
intere|whole|m
sgusciato|shelled|m
sgusciata|shelled|m
sgusciati|shelled|m
sgusciate|shelled|m
con guscio|in shell|m
pelato|peeled|m
pelata|peeled|m
pelati|peeled|m
pelate|peeled|m
sbucciato|peeled|m
sbucciati|peeled|m
decorticato|hulled|m
lucidato|polished|m
lucidata|polished|m
brillato|milled|m
senza pelle|skinless|m
eviscerato|gutted|m
eviscerati|gutted|m
decapitato|headless|m
sfilettato|filleted|m
marinato|marinated|m
marinata|marinated|m
impanato|breaded|m
impanata|breaded|m
impanati|breaded|m
zuccherato|sweetened|m
zuccherata|sweetened|m
senza zucchero|sugar-free|m
senza zuccheri aggiunti|no added sugar|m
senza glutine|gluten-free|m
senza lattosio|lactose-free|m
biologico|organic|m
biologica|organic|m
biologici|organic|m
biologiche|organic|m
da agricoltura biologica|organic|m
naturale|natural|m
naturali|natural|m
artificiale|artificial|m
artificiali|artificial|m
sintetico|synthetic|m
sintetica|synthetic|m
sintetici|synthetic|m
sintetiche|synthetic|m
istantaneo|instant|m
istantanea|instant|m
concentrato|concentrated|m
concentrata|concentrated|m
concentrati|concentrated|m
liquido|liquid|m
liquida|liquid|m
liquidi|liquids|m
solido|solid|m
solida|solid|m
granulare|granular|m
laminato|rolled|m
laminata|rolled|m
laminati|rolled|m
forgiato|forged|m
forgiata|forged|m
fuso|cast|m
pressofuso|die-cast|m
trafilato a freddo|cold-drawn|m
rivestito|coated|m
rivestita|coated|m
rivestiti|coated|m
verniciato|painted|m
verniciata|painted|m
cromato|chromium-plated|m
cromata|chromium-plated|m
nichelato|nickel-plated|m
smaltato|enamelled|m
smaltata|enamelled|m
anodizzato|anodised|m
anodizzata|anodised|m
in lega|alloy|m
lega|alloy|m
non legato|non-alloy|m
pieghevole|folding|m
pieghevoli|folding|m
gonfiabile|inflatable|m
gonfiabili|inflatable|m
regolabile|adjustable|m
regolabili|adjustable|m
monouso|disposable|m
usa e getta|disposable|m
riutilizzabile|reusable|m
riutilizzabili|reusable|m
riciclato|recycled|m
riciclata|recycled|m
riciclati|recycled|m
riciclate|recycled|m
impermeabile|waterproof|m
impermeabili|waterproof|m
resistente all'acqua|water-resistant|m
trasparente|transparent|m
trasparenti|transparent|m
autoadesivo|self-adhesive|m
autoadesiva|self-adhesive|m
autoadesivi|self-adhesive|m
imbottito|padded|m
imbottita|padded|m
imbottiti|padded|m
isolato|insulated|m
isolante|insulating|m
isotermico|insulated|m
termico|thermal|m
termica|thermal|m
termici|thermal|m
fatto a mano|handmade|m
fatta a mano|handmade|m
fatti a mano|handmade|m
artigianale|handmade|m
artigianali|handmade|m
senza maniche|sleeveless|m
maniche corte|short-sleeved|m
manica corta|short-sleeved|m
a maniche corte|short-sleeved|m
a manica corta|short-sleeved|m
maniche lunghe|long-sleeved|m
manica lunga|long-sleeved|m
a maniche lunghe|long-sleeved|m
a manica lunga|long-sleeved|m
con cappuccio|hooded|m
senza cuciture|seamless|m
elastico|elastic|m
elastica|elastic|m
elasticizzato|elastic|m
digitale|digital|m
digitali|digital|m
analogico|analogue|m
intelligente|smart|m
intelligenti|smart|m
senza fili|wireless|m
wireless|wireless|m
ricaricabile|rechargeable|m
ricaricabili|rechargeable|m
automatico|automatic|m
automatica|automatic|m
automatici|automatic|m
automatiche|automatic|m
manuale|manual|m
manuali|manual|m
meccanico|mechanical|m
meccanica|mechanical|m
meccanici|mechanical|m
idraulico|hydraulic|m
idraulica|hydraulic|m
idraulici|hydraulic|m
a benzina|petrol|m
a gasolio|diesel|m
a gas|gas-fired|m
a batteria|battery-powered|m
a batterie|battery-powered|m
a pile|battery-powered|m
solare|solar|m
solari|solar|m
a energia solare|solar-powered|m
fotovoltaico|photovoltaic|m
fotovoltaica|photovoltaic|m
fotovoltaici|photovoltaic|m
al litio|lithium|m
alta tensione|high-voltage|m
bassa tensione|low-voltage|m
alta pressione|high-pressure|m
industriale|industrial|m
industriali|industrial|m
domestico|household|m
domestica|household|m
domestici|household|m
domestiche|household|m
per la casa|household|m
per uso domestico|household|m
casalinghi|household articles|n
professionale|professional|m
professionali|professional|m
agricolo|agricultural|m
agricola|agricultural|m
agricoli|agricultural|m
medica|medical|m
medici|medical|m
mediche|medical|m
medicale|medical|m
medicali|medical|m
chirurgico|surgical|m
chirurgica|surgical|m
chirurgici|surgical|m
dentale|dental|m
veterinario|veterinary|m
farmaceutico|pharmaceutical|m
per alimenti|food-grade|m
per uso alimentare|food-grade|m
da cucina|kitchen|m
per cucina|kitchen|m
da bagno|bathroom|m
per bagno|bathroom|m
da ufficio|office|m
per ufficio|office|m
scolastico|school|m
scolastica|school|m
scolastici|school|m
da giardino|garden|m
per giardino|garden|m
da esterno|outdoor|m
per esterni|outdoor|m
da interno|indoor|m
per interni|indoor|m
sportivo|sports|m
sportiva|sports|m
sportivi|sports|m
sportive|sports|m
di sicurezza|safety|m
protettivo|protective|m
protettiva|protective|m
per auto|for motor vehicles|m
per veicoli|for vehicles|m
per moto|for motorcycles|m
per bici|for bicycles|m
per bicicletta|for bicycles|m
per animali|for animals|m
per cani|for dogs|m
per gatti|for cats|m

# Qualifiers: users
uomo|men's|m
uomini|men's|m
da uomo|men's|m
per uomo|men's|m
maschile|men's|m
donna|women's|m
donne|women's|m
da donna|women's|m
per donna|women's|m
femminile|women's|m
bambino|children's|m
bambini|children's|m
per bambini|children's|m
da bambino|children's|m
per bambino|children's|m
bambina|girls'|m
bambine|girls'|m
da bambina|girls'|m
per bambina|girls'|m
ragazzo|boys'|m
ragazzi|boys'|m
ragazza|girls'|m
ragazze|girls'|m
junior|youth|m
neonato|babies'|m
neonata|babies'|m
neonati|babies'|m
per neonati|babies'|m
bebè|babies'|m
unisex|unisex|m
adulto|adults'|m
adulti|adults'|m
per adulti|adults'|m

# Qualifiers: condition, trade words
nuovo|new|m
nuova|new|m
nuovi|new|m
nuove|new|m
usato|used|m
usata|used|m
usati|used|m
usate|used|m
di seconda mano|second-hand|m
seconda mano|second-hand|m
ricondizionato|refurbished|m
ricondizionata|refurbished|m
ricondizionati|refurbished|m
rigenerato|refurbished|m
rigenerata|refurbished|m
originale|original|m
originali|original|m
autentico|genuine|m
di ricambio|spare|m
kit|kit|m
assortiti|assorted|m
assortite|assorted|m
assortimento|assortment|m
misto|mixed|m
mista|mixed|m
misti|mixed|m
sfuso|in bulk|m
sfusa|in bulk|m
sfusi|in bulk|m
all'ingrosso|wholesale|m
ingrosso|wholesale|m
confezionato|packaged|m
confezionata|packaged|m
confezionati|packaged|m
sottovuoto|vacuum-packed|m
sotto vuoto|vacuum-packed|m
in bottiglia|bottled|m
imbottigliato|bottled|m
grande|large|m
grandi|large|m
piccola|small|m
piccoli|small|m
piccole|small|m
leggero|lightweight|m
leggera|lightweight|m
pesante|heavy|m
pesanti|heavy|m
di lusso|luxury|m
decorativo|decorative|m
decorativa|decorative|m
decorativi|decorative|m
decorazione|decoration|n
decorazioni|decorations|n
regalo|gifts|n
regali|gifts|n
idea regalo|gifts|n
campioni|samples|n
bianco|white|m
bianca|white|m
nera|black|m
rosso|red|m
rossa|red|m
blu|blue|m
verde|green|m
giallo|yellow|m
gialla|yellow|m
chicco lungo|long-grain|m
a chicco lungo|long-grain|m
chicco tondo|round-grain|m
lungo|long|m
lunga|long|m
lunghi|long|m
lunghe|long|m
corto|short|m
corta|short|m
corti|short|m
da sera|evening|m
vestito da sera|evening dresses|n
vestito lungo|long dresses|n
taglia|size|m
`,
};
