import type { GlossaryLanguage } from 'src/agents/tariff-classification/glossary/glossary-types';

/** Portuguese trade words (Brazilian and European spellings): goods, materials, states and uses, with their English. */
export const PORTUGUESE: GlossaryLanguage = {
  code: 'pt',
  name: 'Portuguese',
  head: 'first',
  unspaced: false,
  letters: 'áâãàçéêíóôõúü',
  skip: 'de do da dos das o a os as um uma uns umas e ou com para por pelo pela pelos pelas em no na nos nas num numa ao à aos às sem tipo marca modelo lote caixa x',
  entries: `
# Chapter 01: live animals
animais vivos|live animals|n
vivo|live|m
vivos|live|m
vivas|live|m
gado|livestock|n
gado bovino|live bovine animals|n
bovino|bovine|m
bovinos|bovine animals|n
boi|bovine animals|n
bois|bovine animals|n
vaca|cows|n
vacas|cows|n
bezerro|calves|n
bezerros|calves|n
vitelo|calves|n
cavalo|horses|n
cavalos|horses|n
burro|asses|n
porco|swine|n
porcos|swine|n
suíno|swine|m
suínos|swine|n
ovelha|sheep|n
ovelhas|sheep|n
ovino|sheep|m
ovinos|sheep|n
cabra|goats|n
cabras|goats|n
caprinos|goats|n
galinha|fowls|n
galinhas|fowls|n
pintinhos|chicks|n
aves de capoeira|poultry|n
aves|poultry|n
pato|ducks|n
patos|ducks|n
perus|turkeys|n
coelho|rabbits|n
coelhos|rabbits|n
abelhas|bees|n
cachorro|dogs|n
cachorros|dogs|n
cão|dogs|n
cães|dogs|n
gato|cats|n
gatos|cats|n
animais de estimação|pets|n

# Chapter 02: meat and offal
carne|meat|n
carnes|meat|n
carne bovina|beef|n
carne de vaca|beef|n
carne de boi|beef|n
carne de novilho|beef|n
vitela|veal|n
carne suína|pork|n
carne de porco|pork|n
carne de frango|chicken meat|n
carne de peru|turkey meat|n
carne de cordeiro|lamb|n
carne de carneiro|mutton|n
carne de cabra|goat meat|n
carne moída|minced meat|n
carne picada|minced meat|n
frango|chicken|n
frangos|chickens|n
peito de frango|chicken breast|n
coxa de frango|chicken legs|n
coxas de frango|chicken legs|n
asas de frango|chicken wings|n
cordeiro|lamb|n
miúdos|edible offal|n
vísceras|offal|n
fígado|liver|n
lombo|loin|n
costela|ribs|n
costelas|ribs|n
picanha|beef rump cap|n
alcatra|beef rump|n
filé|fillet|n
filés|fillets|n
bife|steaks|n
bifes|steaks|n
toucinho|bacon|n
bacon|bacon|n
presunto|ham|n
fiambre|ham|n
salsicha|sausages|n
salsichas|sausages|n
linguiça|sausages|n
linguiças|sausages|n
chouriço|sausages|n
enchidos|sausages|n
embutidos|sausages|n
salame|salami|n
carcaças|carcasses|n
desossado|boneless|m
desossada|boneless|m
desossados|boneless|m
sem osso|boneless|m
com osso|bone in|m

# Chapter 03: fish and seafood
peixe|fish|n
peixes|fish|n
pescado|fish|n
peixes ornamentais|ornamental fish|n
frutos do mar|seafood|n
marisco|seafood|n
mariscos|seafood|n
atum|tuna|n
salmão|salmon|n
bacalhau|cod|n
pescada|hake|n
merluza|hake|n
sardinha|sardines|n
sardinhas|sardines|n
anchova|anchovies|n
anchovas|anchovies|n
biqueirão|anchovies|n
cavala|mackerel|n
carapau|horse mackerel|n
truta|trout|n
tilápia|tilapia|n
pangasius|pangasius|n
camarão|shrimps|n
camarões|shrimps|n
gambas|shrimps|n
gamba|shrimps|n
lagosta|lobsters|n
lagostas|lobsters|n
lagostim|prawns|n
caranguejo|crabs|n
caranguejos|crabs|n
santola|crabs|n
polvo|octopus|n
lula|squid|n
lulas|squid|n
choco|cuttlefish|n
mexilhão|mussels|n
mexilhões|mussels|n
ostra|oysters|n
ostras|oysters|n
amêijoas|clams|n
vieiras|scallops|n
filé de peixe|fish fillets|n
filetes de peixe|fish fillets|n
farinha de peixe|fish meal|n
ovas|roe|n
caviar|caviar|n

# Chapter 04: dairy, eggs, honey
leite|milk|n
leite em pó|milk powder|n
leite integral|whole milk|n
leite desnatado|skimmed milk|n
leite magro|skimmed milk|n
leite condensado|condensed milk|n
leite evaporado|evaporated milk|n
creme de leite|cream|n
natas|cream|n
nata|cream|n
manteiga|butter|n
queijo|cheese|n
queijos|cheese|n
queijo ralado|grated cheese|n
requeijão|cream cheese|n
iogurte|yogurt|n
iogurtes|yogurt|n
soro de leite|whey|n
laticínios|dairy produce|n
lacticínios|dairy produce|n
ovo|eggs|n
ovos|eggs|n
ovos frescos|fresh eggs|n
mel|natural honey|n
mel de abelha|natural honey|n
geleia real|royal jelly|n
própolis|propolis|n

# Chapters 05-06: other animal products, plants and flowers
penas|feathers|n
plumas|feathers|n
cabelo humano|human hair|n
tripas|guts|n
ossos|bones|n
chifres|horns|n
marfim|ivory|m
plantas|plants|n
planta|plants|n
plantas vivas|live plants|n
mudas|seedlings|n
flores|flowers|n
flores cortadas|cut flowers|n
rosas|roses|n
bolbos|bulbs|n
bulbos|bulbs|n
sementes|seeds|n
semente|seeds|n
árvores|trees|n
orquídeas|orchids|n

# Chapter 07: vegetables
verduras|vegetables|n
hortaliças|vegetables|n
hortícolas|vegetables|n
leguminosas|leguminous vegetables|n
batata|potatoes|n
batatas|potatoes|n
batata frita|potato chips|n
batatas fritas|potato chips|n
batata palha|potato crisps|n
tomate|tomatoes|n
tomates|tomatoes|n
cebola|onions|n
cebolas|onions|n
alho|garlic|n
alho-poró|leeks|n
alho-francês|leeks|n
cenoura|carrots|n
cenouras|carrots|n
alface|lettuce|n
alfaces|lettuce|n
couve|cabbages|n
couves|cabbages|n
repolho|cabbages|n
couve-flor|cauliflowers|n
brócolis|broccoli|n
brócolos|broccoli|n
espinafre|spinach|n
espinafres|spinach|n
pepino|cucumbers|n
pepinos|cucumbers|n
pepininhos|gherkins|n
pimentão|sweet peppers|n
pimentões|sweet peppers|n
pimento|sweet peppers|n
pimentos|sweet peppers|n
pimenta malagueta|chillies|n
malagueta|chillies|n
berinjela|aubergines|n
beringela|aubergines|n
abobrinha|courgettes|n
curgete|courgettes|n
abóbora|pumpkins|n
abóboras|pumpkins|n
cogumelos|mushrooms|n
cogumelo|mushrooms|n
champignon|mushrooms|n
trufas|truffles|n
aspargos|asparagus|n
espargos|asparagus|n
alcachofras|artichokes|n
aipo|celery|n
salsão|celery|n
azeitonas|olives|n
azeitona|olives|n
milho verde|sweet corn|n
milho doce|sweet corn|n
feijão|beans|n
feijões|beans|n
feijão verde|green beans|n
vagem|green beans|n
grão-de-bico|chickpeas|n
grão de bico|chickpeas|n
lentilhas|lentils|n
ervilhas|peas|n
ervilha|peas|n
favas|broad beans|n
mandioca|cassava|n
aipim|cassava|n
macaxeira|cassava|n
batata-doce|sweet potatoes|n
batata doce|sweet potatoes|n
inhame|yams|n
gengibre|ginger|n

# Chapter 08: fruit and nuts
fruta|fruit|n
frutas|fruit|n
frutos secos|nuts|n
frutas secas|dried fruit|n
frutas desidratadas|dried fruit|n
bananas|bananas|n
maçã|apples|n
maçãs|apples|n
pera|pears|n
peras|pears|n
pêra|pears|n
laranja|oranges|n
laranjas|oranges|n
tangerina|mandarins|n
tangerinas|mandarins|n
mexerica|mandarins|n
limão|lemons|n
limões|lemons|n
limas|limes|n
toranja|grapefruit|n
citrinos|citrus fruit|n
cítricos|citrus fruit|n
uva|grapes|n
uvas|grapes|n
uvas-passas|raisins|n
uvas passas|raisins|n
passas|raisins|n
morango|strawberries|n
morangos|strawberries|n
mirtilos|blueberries|n
framboesas|raspberries|n
cereja|cherries|n
cerejas|cherries|n
pêssego|peaches|n
pêssegos|peaches|n
damascos|apricots|n
alperces|apricots|n
ameixa|plums|n
ameixas|plums|n
ameixas secas|prunes|n
melancia|watermelons|n
melancias|watermelons|n
melão|melons|n
melões|melons|n
abacaxi|pineapples|n
abacaxis|pineapples|n
ananás|pineapples|n
ananases|pineapples|n
abacate|avocados|n
abacates|avocados|n
mangas frescas|fresh mangoes|n
manga desidratada|dried mangoes|n
mamão|papayas|n
papaia|papayas|n
goiaba|guavas|n
goiabas|guavas|n
maracujá|passion fruit|n
figos|figs|n
tâmaras|dates|n
kiwis|kiwifruit|n
coco|coconuts|n
cocos|coconuts|n
açaí|acai berries|n
castanha de caju|cashew nuts|n
castanha-de-caju|cashew nuts|n
castanhas de caju|cashew nuts|n
caju|cashew nuts|n
castanha-do-pará|brazil nuts|n
castanha-do-brasil|brazil nuts|n
castanha do pará|brazil nuts|n
castanhas|chestnuts|n
amêndoa|almonds|n
amêndoas|almonds|n
noz|walnuts|n
nozes|walnuts|n
noz de macadâmia|macadamia nuts|n
avelãs|hazelnuts|n
pistácio|pistachios|n
pistácios|pistachios|n
amendoim|groundnuts|n
amendoins|groundnuts|n

# Chapter 09: coffee, tea, spices
café|coffee|n
café verde|green coffee|n
café cru|green coffee|n
café torrado|roasted coffee|n
café moído|ground coffee|n
café em grão|coffee beans|n
café em grãos|coffee beans|n
café solúvel|instant coffee|n
café instantâneo|instant coffee|n
descafeinado|decaffeinated|m
chá|tea|n
chás|tea|n
chá verde|green tea|n
chá preto|black tea|n
erva-mate|mate|n
erva mate|mate|n
especiarias|spices|n
pimenta-do-reino|black pepper|n
pimenta preta|black pepper|n
pimenta|pepper|n
colorau|paprika|n
páprica|paprika|n
canela|cinnamon|n
cravo-da-índia|cloves|n
cravinho|cloves|n
noz-moscada|nutmeg|n
baunilha|vanilla|n
cardamomo|cardamom|n
cominho|cumin|n
cúrcuma|turmeric|n
açafrão|saffron|n
açafrão-da-terra|turmeric|n
anis|anise|n
erva-doce|fennel|n
orégão|oregano|n
orégano|oregano|n
louro|bay leaves|n

# Chapter 10-11: cereals and milling products
cereais|cereals|n
trigo|wheat|n
trigo duro|durum wheat|n
arroz|rice|n
arroz branco|milled rice|n
arroz integral|brown rice|n
arroz jasmim|jasmine rice|n
arroz basmati|basmati rice|n
arroz parboilizado|parboiled rice|n
arroz vaporizado|parboiled rice|n
arroz agulha|long-grain rice|n
arroz carolino|medium-grain rice|n
arroz quebrado|broken rice|n
trinca de arroz|broken rice|n
arroz glutinoso|glutinous rice|n
arroz em casca|paddy rice|n
milho|maize|n
milho amarelo|yellow maize|n
milho de pipoca|popcorn maize|n
cevada|barley|n
aveia|oats|n
centeio|rye|n
sorgo|sorghum|n
quinoa|quinoa|n
quinua|quinoa|n
painço|millet|n
trigo-sarraceno|buckwheat|n
farinha|flour|n
farinhas|flour|n
farinha de trigo|wheat flour|n
farinha de milho|maize flour|n
fubá|maize flour|n
farinha de arroz|rice flour|n
farinha de mandioca|cassava flour|n
tapioca|tapioca|n
polvilho|cassava starch|n
sêmola|groats|n
flocos de aveia|rolled oats|n
amido|starch|n
fécula|starch|n
amido de milho|maize starch|n
maisena|maize starch|n
malte|malt|n
glúten|gluten|n

# Chapter 12: oil seeds, herbs, seaweed
soja|soya beans|n
grão de soja|soya beans|n
soja em grão|soya beans|n
sementes de girassol|sunflower seeds|n
gergelim|sesame seeds|n
sésamo|sesame seeds|n
colza|rape seeds|n
canola|rape seeds|n
linhaça|linseed|n
sementes de chia|chia seeds|n
chia|chia seeds|n
lúpulo|hops|n
algas|seaweeds|n
plantas medicinais|medicinal plants|n
ervas|herbs|n
ervas aromáticas|herbs|n
cana-de-açúcar|sugar cane|n
cana de açúcar|sugar cane|n
beterraba sacarina|sugar beet|n
forragem|fodder|n
feno|hay|n
palha|straw|n

# Chapters 13-15: gums, fats and oils
goma arábica|gum arabic|n
resinas|resins|n
óleo|oil|n
óleos|oils|n
azeite|olive oil|n
azeite de oliva|olive oil|n
azeite extra virgem|extra virgin olive oil|n
azeite virgem extra|extra virgin olive oil|n
azeite de oliva extra virgem|extra virgin olive oil|n
óleo de girassol|sunflower oil|n
óleo de palma|palm oil|n
azeite de dendê|palm oil|n
óleo de soja|soya-bean oil|n
óleo de coco|coconut oil|n
óleo de canola|rapeseed oil|n
óleo de colza|rapeseed oil|n
óleo de milho|maize oil|n
óleo vegetal|vegetable oil|n
óleos vegetais|vegetable oils|n
óleo de cozinha|cooking oil|n
óleo de peixe|fish oil|n
banha|lard|n
banha de porco|lard|n
margarina|margarine|n
gordura|fat|n
gorduras|fats|n
sebo|tallow|n
cera|wax|n
ceras|waxes|n
cera de abelha|beeswax|n
glicerina|glycerol|n

# Chapters 16-18: meat preparations, sugar, cocoa
conservas|preserved food|n
conserva|preserved food|n
enlatado|canned|m
enlatados|canned|m
enlatada|canned|m
enlatadas|canned|m
em conserva|preserved|m
em lata|canned|m
atum em lata|canned tuna|n
sardinha em lata|canned sardines|n
sardinhas em lata|canned sardines|n
açúcar|sugar|n
açúcar de cana|cane sugar|n
açúcar mascavo|brown sugar|n
açúcar amarelo|brown sugar|n
açúcar cristal|white sugar|n
açúcar branco|white sugar|n
açúcar refinado|refined sugar|n
açúcar demerara|brown sugar|n
rapadura|jaggery|n
melaço|molasses|n
xarope|syrup|n
balas|sugar confectionery|n
balas de goma|gummies|n
rebuçados|sugar confectionery|n
gomas|gummies|n
doces|confectionery|n
guloseimas|confectionery|n
chiclete|chewing gum|n
chicletes|chewing gum|n
pastilha elástica|chewing gum|n
cacau|cocoa|n
cacau em pó|cocoa powder|n
amêndoas de cacau|cocoa beans|n
cacau em amêndoas|cocoa beans|n
manteiga de cacau|cocoa butter|n
chocolate|chocolate|n
chocolates|chocolate|n
bombons|chocolates|n
achocolatado|chocolate drink powder|n

# Chapter 19: cereal preparations, bakery
pão|bread|n
pães|bread|n
pão de forma|bread|n
pão integral|wholemeal bread|n
pão de queijo|cheese bread|n
biscoito|biscuits|n
biscoitos|biscuits|n
bolacha|biscuits|n
bolachas|biscuits|n
bolacha de água e sal|crackers|n
bolos|cakes|n
pastelaria|pastry|n
massas|pasta|n
massa alimentícia|pasta|n
massas alimentícias|pasta|n
macarrão|pasta|n
macarrão instantâneo|instant noodles|n
massa instantânea|instant noodles|n
lámen|instant noodles|n
miojo|instant noodles|n
talharim|noodles|n
esparguete|spaghetti|n
espaguete|spaghetti|n
cuscuz|couscous|n
cereal matinal|breakfast cereals|n
cereais matinais|breakfast cereals|n
flocos de milho|corn flakes|n
granola|muesli|n
pipoca|popcorn|n
pipocas|popcorn|n
papinha|baby food|n
papa infantil|baby food|n
papas infantis|baby food|n
fórmula infantil|infant formula|n
leite infantil|infant formula|n

# Chapters 20-21: vegetable and fruit preparations, sauces
geleia|jam|n
geleias|jam|n
compota|jam|n
doce de fruta|jam|n
marmelada|quince paste|n
doce de leite|milk jam|n
suco|juice|n
sucos|juices|n
suco de laranja|orange juice|n
suco de uva|grape juice|n
suco de maçã|apple juice|n
sumo de laranja|orange juice|n
sumo de fruta|fruit juice|n
sumos de fruta|fruit juices|n
néctar|nectar|n
polpa de fruta|fruit pulp|n
polpa de frutas|fruit pulp|n
purê|puree|n
puré|puree|n
extrato de tomate|tomato paste|n
massa de tomate|tomato paste|n
polpa de tomate|tomato pulp|n
picles|pickles|n
pasta de amendoim|peanut butter|n
manteiga de amendoim|peanut butter|n
molho|sauce|n
molhos|sauces|n
molho de soja|soy sauce|n
shoyu|soy sauce|n
molho de tomate|tomato sauce|n
catchup|ketchup|n
ketchup|ketchup|n
maionese|mayonnaise|n
mostarda|mustard|n
vinagre|vinegar|n
temperos|seasonings|n
tempero|seasonings|n
condimentos|condiments|n
caldo|broth|n
caldo de carne|stock cubes|n
caldo de galinha|stock cubes|n
sopa|soup|n
sopas|soups|n
sopa instantânea|instant soup|n
fermento|yeast|n
levedura|yeast|n
fermento em pó|baking powder|n
sorvete|ice cream|n
sorvetes|ice cream|n
gelados|ice cream|n
suplemento alimentar|food supplements|n
suplementos alimentares|food supplements|n
suplemento|food supplements|n
suplementos|food supplements|n
proteína em pó|protein powder|n
adoçante|sweeteners|n
adoçantes|sweeteners|n
preparações alimentícias|food preparations|n
refeições prontas|prepared meals|n
pratos prontos|prepared meals|n
comida pronta|prepared meals|n

# Chapter 22: beverages
bebidas|beverages|n
bebida|beverages|n
água|water|n
água mineral|mineral water|n
água com gás|sparkling water|n
água gaseificada|sparkling water|n
refrigerante|soft drinks|n
refrigerantes|soft drinks|n
energético|energy drinks|n
energéticos|energy drinks|n
bebida energética|energy drinks|n
bebidas energéticas|energy drinks|n
cerveja|beer|n
cervejas|beer|n
cerveja de malte|malt beer|n
vinho|wine|n
vinhos|wine|n
vinho tinto|red wine|n
vinho branco|white wine|n
vinho rosé|rosé wine|n
vinho do porto|port wine|n
vinho verde|vinho verde wine|n
espumante|sparkling wine|n
espumantes|sparkling wine|n
sidra|cider|n
licor|liqueurs|n
licores|liqueurs|n
bebidas alcoólicas|spirits|n
destilados|spirits|n
aguardente|spirits|n
cachaça|cachaca|n
rum|rum|n
gim|gin|n
uísque|whisky|n
whisky|whisky|n
vodca|vodka|n
tequila|tequila|n
álcool etílico|ethyl alcohol|n
sem álcool|non-alcoholic|m

# Chapter 23: animal feed
ração|animal feed|n
rações|animal feed|n
ração animal|animal feed|n
ração para cães|dog food|n
ração para cachorro|dog food|n
ração para gatos|cat food|n
comida para cães|dog food|n
comida para gatos|cat food|n
alimento para animais|animal feed|n
alimentos para animais|animal feed|n
farelo|bran|n
farelo de trigo|wheat bran|n
farelo de soja|soya-bean meal|n
bagaço de soja|soya-bean oil-cake|n
torta de soja|soya-bean oil-cake|n

# Chapter 24: tobacco
tabaco|tobacco|n
fumo|tobacco|n
tabaco em folha|unmanufactured tobacco|n
fumo em folha|unmanufactured tobacco|n
cigarro|cigarettes|n
cigarros|cigarettes|n
charuto|cigars|n
charutos|cigars|n
cigarrilhas|cigarillos|n
cigarro eletrônico|electronic cigarettes|n
cigarro eletrónico|electronic cigarettes|n
cigarros eletrônicos|electronic cigarettes|n
cigarros eletrónicos|electronic cigarettes|n
vape|electronic cigarettes|n
vaporizador|vaporisers|n
líquido para vape|e-liquid|n
narguilé|hookahs|n

# Chapters 25-27: minerals, cement, fuels
sal|salt|n
sal marinho|sea salt|n
sal grosso|coarse salt|n
sal de cozinha|table salt|n
areia|sand|n
areia de sílica|silica sands|n
areia para gatos|cat litter|n
brita|crushed stone|n
cascalho|gravel|n
pedra|stone|m
pedras|stones|n
mármore|marble|m
granito|granite|m
ardósia|slate|m
gesso|plaster|n
cimento|cement|n
cimento portland|portland cement|n
clínquer|cement clinkers|n
argila|clay|m
caulim|kaolin|n
talco|talc|n
minério de ferro|iron ore|n
minérios|ores|n
minério|ores|n
concentrado de cobre|copper concentrates|n
carvão|coal|n
carvão mineral|coal|n
carvão vegetal|wood charcoal|n
hulha|coal|n
antracite|anthracite|n
antracito|anthracite|n
coque|coke|n
linhite|lignite|n
turfa|peat|n
petróleo|petroleum oil|n
petróleo bruto|crude petroleum oil|n
petróleo cru|crude petroleum oil|n
gasolina|petrol|n
gasóleo|diesel|n
óleo diesel|diesel|n
diesel|diesel|n
querosene|kerosene|n
querosene de aviação|jet fuel|n
combustível|fuel|n
combustíveis|fuels|n
óleo combustível|fuel oil|n
fuelóleo|fuel oil|n
óleo lubrificante|lubricating oil|n
óleo de motor|engine oil|n
óleo para motor|engine oil|n
lubrificante|lubricants|n
lubrificantes|lubricants|n
massa lubrificante|lubricating grease|n
graxa|lubricating grease|n
gás natural|natural gas|n
gás natural liquefeito|liquefied natural gas|n
gás natural liquefeito gnl|liquefied natural gas|n
gnl|liquefied natural gas|n
gás liquefeito de petróleo|liquefied petroleum gas|n
glp|liquefied petroleum gas|n
gás de cozinha|liquefied petroleum gas|n
propano|propane|n
butano|butane|n
vaselina|petroleum jelly|n
parafina|paraffin wax|n
asfalto|asphalt|n
betume|bitumen|n
alcatrão|tar|n
energia elétrica|electrical energy|n

# Chapters 28-30: chemicals, pharmaceuticals
produtos químicos|chemicals|n
químicos|chemicals|n
químico|chemical|m
química|chemical|m
ácido|acid|n
ácido sulfúrico|sulphuric acid|n
ácido clorídrico|hydrochloric acid|n
ácido nítrico|nitric acid|n
ácido fosfórico|phosphoric acid|n
ácido cítrico|citric acid|n
soda cáustica|caustic soda|n
hidróxido de sódio|sodium hydroxide|n
carbonato de sódio|sodium carbonate|n
bicarbonato de sódio|sodium bicarbonate|n
amônia|ammonia|n
amoníaco|ammonia|n
cloro|chlorine|n
hidrogênio|hydrogen|n
hidrogénio|hydrogen|n
oxigênio|oxygen|n
oxigénio|oxygen|n
nitrogênio|nitrogen|n
azoto|nitrogen|n
enxofre|sulphur|n
silício|silicon|n
dióxido de titânio|titanium dioxide|n
óxido|oxide|n
carbonato de lítio|lithium carbonate|n
água oxigenada|hydrogen peroxide|n
peróxido de hidrogênio|hydrogen peroxide|n
metanol|methanol|n
etanol|ethanol|n
álcool|alcohol|n
álcool em gel|hand sanitiser|n
acetona|acetone|n
glicol|glycol|n
terras raras|rare-earth metals|n
vitaminas|vitamins|n
vitamina|vitamins|n
antibióticos|antibiotics|n
medicamentos|medicaments|n
medicamento|medicaments|n
remédios|medicaments|n
remédio|medicaments|n
fármacos|medicaments|n
produtos farmacêuticos|pharmaceutical products|n
vacinas|vaccines|n
vacina|vaccines|n
comprimidos|tablets|n
comprimido|tablets|n
cápsulas|capsules|n
xarope para tosse|cough syrup|n
ataduras|bandages|n
ligaduras|bandages|n
curativos|dressings|n
pensos|dressings|n
pensos rápidos|adhesive dressings|n
kit de primeiros socorros|first-aid kits|n

# Chapters 31-34: fertilisers, paints, cosmetics, soap
fertilizantes|fertilisers|n
fertilizante|fertilisers|n
adubo|fertilisers|n
adubos|fertilisers|n
ureia|urea|n
sulfato de amônio|ammonium sulphate|n
sulfato de amónio|ammonium sulphate|n
nitrato de amônio|ammonium nitrate|n
nitrato de amónio|ammonium nitrate|n
cloreto de potássio|potassium chloride|n
fosfato|phosphates|n
npk|npk fertilisers|m
corantes|colouring matter|n
pigmentos|pigments|n
tinta|paint|n
tintas|paints|n
tinta acrílica|acrylic paint|n
verniz|varnish|n
vernizes|varnishes|n
tinta de impressão|printing ink|n
toner|toner|n
massa corrida|putty|n
perfume|perfume|n
perfumes|perfumes|n
colônia|eau de toilette|n
água de colônia|eau de toilette|n
água de colónia|eau de toilette|n
óleos essenciais|essential oils|n
óleo essencial|essential oils|n
cosméticos|cosmetics|n
cosmético|cosmetics|n
maquiagem|make-up|n
maquilhagem|make-up|n
batom|lipstick|n
batons|lipstick|n
gloss labial|lip gloss|n
rímel|mascara|n
máscara de cílios|mascara|n
máscara de pestanas|mascara|n
sombra para os olhos|eye shadow|n
delineador|eyeliner|n
esmalte|nail varnish|n
esmalte de unhas|nail varnish|n
verniz de unhas|nail varnish|n
creme|cream|n
cremes|creams|n
creme facial|face cream|n
creme hidratante|moisturising cream|n
hidratante|moisturiser|n
loção|lotion|n
protetor solar|sunscreen|n
protector solar|sunscreen|n
filtro solar|sunscreen|n
pó compacto|face powder|n
xampu|shampoo|n
champô|shampoo|n
shampoo|shampoo|n
condicionador|hair conditioner|n
amaciador de cabelo|hair conditioner|n
tintura para cabelo|hair dye|n
tinta para cabelo|hair dye|n
laca|hair lacquer|n
pasta de dentes|toothpaste|n
pasta de dente|toothpaste|n
creme dental|toothpaste|n
dentífrico|toothpaste|n
enxaguante bucal|mouthwash|n
elixir bucal|mouthwash|n
fio dental|dental floss|n
desodorante|deodorant|n
desodorizante|deodorant|n
espuma de barbear|shaving foam|n
sabonete|soap|n
sabonetes|soap|n
sabão|soap|n
sabão líquido|liquid soap|n
sabonete líquido|liquid soap|n
gel de banho|shower gel|n
detergente|detergents|n
detergentes|detergents|n
sabão em pó|washing powder|n
detergente em pó|washing powder|n
lava-louças|washing-up liquid|n
detergente da loiça|washing-up liquid|n
amaciante|fabric softener|n
amaciador de roupa|fabric softener|n
produtos de limpeza|cleaning products|n
água sanitária|bleach|n
lixívia|bleach|n
velas|candles|n

# Chapters 35-38: glues, explosives, pesticides, other chemicals
adesivo|adhesives|n
adesivos|adhesives|n
gelatina|gelatin|n
enzimas|enzymes|n
fogos de artifício|fireworks|n
fósforos|matches|n
isqueiro|lighters|n
isqueiros|lighters|n
filme fotográfico|photographic film|n
carvão ativado|activated carbon|n
carvão activado|activated carbon|n
inseticida|insecticides|n
inseticidas|insecticides|n
insecticida|insecticides|n
herbicida|herbicides|n
herbicidas|herbicides|n
fungicida|fungicides|n
fungicidas|fungicides|n
pesticidas|pesticides|n
agrotóxicos|pesticides|n
desinfetante|disinfectants|n
desinfetantes|disinfectants|n
desinfectante|disinfectants|n
fluido de travão|brake fluid|n
fluido de freio|brake fluid|n
anticongelante|antifreeze|n
biodiesel|biodiesel|n
reagentes|reagents|n
aditivos|additives|n

# Chapter 39: plastics
plástico|plastic|m
plásticos|plastics|m
de plástico|plastic|m
polietileno|polyethylene|m
polipropileno|polypropylene|m
poliestireno|polystyrene|m
isopor|expanded polystyrene|m
esferovite|expanded polystyrene|m
policloreto de vinila|polyvinyl chloride|m
pvc|pvc|m
poliuretano|polyurethane|m
policarbonato|polycarbonate|m
acrílico|acrylic|m
acrílica|acrylic|m
resina|resin|m
resina epóxi|epoxy resin|m
silicone|silicone|m
silicones|silicones|m
melamina|melamine|m
em forma primária|primary forms|m
grânulos|granules|n
pellets|pellets|n
sacola plástica|plastic bags|n
sacolas plásticas|plastic bags|n
saco plástico|plastic bags|n
sacos plásticos|plastic bags|n
saco de plástico|plastic bags|n
sacos de plástico|plastic bags|n
sacola|bags|n
sacolas|bags|n
saco|sacks|n
sacos|sacks|n
filme plástico|plastic film|n
película plástica|plastic film|n
filme stretch|stretch film|n
chapa|sheet|n
chapas|sheets|n
placa|plate|n
placas|plates|n
tubo|tubes|n
tubos|tubes|n
cano|pipes|n
canos|pipes|n
tubulação|pipes|n
mangueira|hoses|n
mangueiras|hoses|n
garrafa|bottles|n
garrafas|bottles|n
garrafa plástica|plastic bottles|n
garrafa pet|plastic bottles|n
embalagem|packaging|n
embalagens|packaging|n
recipiente|containers|n
recipientes|containers|n
pote|food containers|n
potes|food containers|n
tampa|lids|n
tampas|lids|n
rolhas|stoppers|n
balde|buckets|n
baldes|buckets|n
lixeira|waste bins|n
caixote do lixo|waste bins|n
fita adesiva|adhesive tape|n
fita-cola|adhesive tape|n
lona|tarpaulin|n
lonas|tarpaulins|n
banheira|baths|n
vaso sanitário|lavatory pans|n
sanita|lavatory pans|n
artigos de plástico|articles of plastics|n

# Chapter 40: rubber
borracha|rubber|m
de borracha|rubber|m
borracha natural|natural rubber|m
borracha sintética|synthetic rubber|m
látex|latex|m
pneu|tyres|n
pneus|tyres|n
pneumático|tyres|n
pneumáticos|tyres|n
câmara de ar|inner tubes|n
pneus recauchutados|retreaded tyres|n
pneus remoldados|retreaded tyres|n
luvas de látex|latex gloves|n
luvas de nitrilo|nitrile gloves|n
preservativos|condoms|n
camisinha|condoms|n
camisinhas|condoms|n
correia transportadora|conveyor belts|n
correia|belts|n
correias|belts|n
anel de vedação|o-rings|n
vedação|seals|n

# Chapters 41-43: leather, bags, fur
couro|leather|m
couros|hides|n
de couro|leather|m
couro legítimo|genuine leather|m
couro genuíno|genuine leather|m
couro sintético|synthetic leather|m
couro ecológico|synthetic leather|m
pele|leather|m
peles|hides and skins|n
pele sintética|synthetic leather|m
curtido|tanned|m
bolsa|handbags|n
bolsas|handbags|n
bolsa de mão|handbags|n
mala de mão|handbags|n
carteira|wallets|n
carteiras|wallets|n
porta-moedas|purses|n
mochila|rucksacks|n
mochilas|rucksacks|n
mala|suitcases|n
malas|suitcases|n
mala de viagem|suitcases|n
malas de viagem|suitcases|n
pasta executiva|briefcases|n
bagagem|luggage|n
bolsa de viagem|travelling bags|n
necessaire|toilet bags|n
nécessaire|toilet bags|n
estojo|cases|n
estojos|cases|n
capa|covers|n
capas|covers|n
capinha|mobile phone cases|n
capa de celular|mobile phone cases|n
capa para celular|mobile phone cases|n
capa para telemóvel|mobile phone cases|n
pochete|belt bags|n
cinto|belts|n
cintos|belts|n
pulseira de relógio|watch straps|n
coleira|dog collars|n
coleiras|dog collars|n
guia para cães|dog leashes|n
arreio|harness|n
selaria|saddlery|n
peles com pelo|furskins|n
peliça|furskins|n

# Chapter 44: wood and bamboo
de madeira|wooden|m
madeira serrada|sawn wood|n
toras|logs|n
madeira em tora|logs|n
contraplacado|plywood|n
compensado|plywood|n
madeira compensada|plywood|n
aglomerado|particle board|n
mdf|fibreboard|n
painel de fibra|fibreboard|n
folheado|veneer|n
paletes|pallets|n
paletas de madeira|pallets|n
pallet|pallets|n
lenha|fuel wood|n
cavacos de madeira|wood chips|n
serradura|sawdust|n
serragem|sawdust|n
pó de serra|sawdust|n
piso laminado|laminate flooring|n
pavimento flutuante|laminate flooring|n
tacos de madeira|parquet flooring|n
moldura|frames|n
molduras|frames|n
porta-retratos|photo frames|n
porta-retrato|photo frames|n
bambu|bamboo|m
de bambu|bamboo|m
ratã|rattan|m
rattan|rattan|m
vime|wicker|m
cortiça|cork|m
rolhas de cortiça|cork stoppers|n
cestos|baskets|n
cesto|baskets|n
cesta|baskets|n
cestas|baskets|n
pinho|pine|m
pinus|pine|m
carvalho|oak|m
teca|teak|m
eucalipto|eucalyptus|m
nogueira|walnut|m
faia|beech|m

# Chapters 47-49: paper and printed matter
papel|paper|m
papéis|paper|m
de papel|paper|m
celulose|wood pulp|n
pasta de papel|wood pulp|n
pasta de celulose|wood pulp|n
papel kraft|kraft paper|n
papel higiênico|toilet paper|n
papel higiénico|toilet paper|n
papel toalha|kitchen towels|n
papel de cozinha|kitchen towels|n
lenços de papel|paper tissues|n
guardanapos|napkins|n
guardanapos de papel|paper napkins|n
papel sulfite|printing paper|n
papel a4|a4 paper|n
papel de impressão|printing paper|n
papel reciclado|recycled paper|n
papelão|paperboard|m
cartão|paperboard|m
papelão ondulado|corrugated paperboard|n
cartão canelado|corrugated paperboard|n
caixa de papelão|cartons|n
caixas de papelão|cartons|n
caixa de cartão|cartons|n
caixas de cartão|cartons|n
sacos de papel|paper bags|n
envelopes|envelopes|n
envelope|envelopes|n
etiquetas|labels|n
etiqueta|labels|n
adesivos decorativos|stickers|n
autocolantes|stickers|n
caderno|notebooks|n
cadernos|notebooks|n
bloco de notas|notebooks|n
agenda de papel|diaries|n
papel de parede|wallpaper|n
livro|books|n
livros|books|n
revistas|magazines|n
jornais|newspapers|n
folhetos|brochures|n
catálogos|catalogues|n
calendário|calendars|n
calendários|calendars|n
mapas|maps|n
cartazes|posters|n
pôster|posters|n
cartões|cards|n
postais|postcards|n
cartões postais|postcards|n
cartões de felicitações|greeting cards|n
impressos|printed matter|n

# Chapters 50-60: textile materials, yarn and fabrics
seda|silk|m
de seda|silk|m
lã|wool|m
de lã|wool|m
lã merino|merino wool|m
caxemira|cashmere|m
cashmere|cashmere|m
algodão|cotton|m
de algodão|cotton|m
algodão orgânico|organic cotton|m
cem por cento algodão|100% cotton|m
linho|linen|m
de linho|linen|m
juta|jute|m
cânhamo|hemp|m
sisal|sisal|m
fibra de coco|coir|m
poliéster|polyester|m
de poliéster|polyester|m
poliester|polyester|m
náilon|nylon|m
nylon|nylon|m
poliamida|polyamide|m
elastano|elastane|m
lycra|elastane|m
spandex|elastane|m
viscose|viscose|m
raiom|rayon|m
rayon|rayon|m
microfibra|microfibre|m
fibra sintética|synthetic fibres|m
fibras sintéticas|synthetic fibres|m
fibra artificial|artificial fibres|m
fibra|fibre|m
fibras|fibres|m
fio|yarn|n
fios|yarn|n
fio de algodão|cotton yarn|n
linha de costura|sewing thread|n
linhas de costura|sewing thread|n
tecido|fabric|n
tecidos|fabrics|n
têxtil|textile|m
têxteis|textiles|m
tecido de algodão|cotton fabric|n
ganga|denim|m
jeans de tecido|denim|m
denim|denim|m
veludo|velvet|m
veludo cotelê|corduroy|m
bombazina|corduroy|m
cetim|satin|m
renda|lace|m
rendas|lace|m
tule|tulle|m
bordado|embroidered|m
bordados|embroidered|m
bordada|embroidered|m
feltro|felt|m
tecido não tecido|nonwovens|n
não tecido|nonwovens|n
manta acrílica|wadding|n
corda|rope|n
cordas|ropes|n
barbante|twine|n
cordel|twine|n
rede de pesca|fishing nets|n
redes de pesca|fishing nets|n
tapete|carpets|n
tapetes|carpets|n
carpete|carpeting|n
alcatifa|carpeting|n
tapeçaria|tapestries|n
tapeçarias|tapestries|n
fitas|ribbons|n
fita|ribbons|n
tecido revestido|coated fabric|n
malha|knitted fabric|n
de malha|knitted|m
tecido de malha|knitted fabric|n
malhas|knitted fabric|n
tricô|knitted|m
tecido plano|woven fabric|n
tecida|woven|m
tecidas|woven|m
estampado|printed|m
estampada|printed|m
estampados|printed|m
estampadas|printed|m
tingido|dyed|m
tingida|dyed|m
tingidos|dyed|m
branqueado|bleached|m
branqueada|bleached|m
cru|raw|m
tecido cru|unbleached fabric|n
em bruto|unwrought|m
cola branca|glue|n
cola instantânea|glue|n
cola quente|hot-melt glue|n
juntas de vedação|gaskets|n
gaze hidrófila|gauze|n
compressa de gaze|gauze|n

# Chapters 61-63: apparel and made-up textiles
roupa|clothing|n
roupas|clothing|n
vestuário|clothing|n
peças de vestuário|garments|n
peça de roupa|garments|n
roupa de trabalho|workwear|n
roupas de trabalho|workwear|n
roupa desportiva|sportswear|n
roupa esportiva|sportswear|n
roupas esportivas|sportswear|n
roupa de bebé|babies' garments|n
roupa de bebê|babies' garments|n
roupas de bebê|babies' garments|n
roupa infantil|children's clothing|n
roupas infantis|children's clothing|n
roupa interior|underwear|n
roupa íntima|underwear|n
roupas íntimas|underwear|n
lingerie|lingerie|n
camiseta|t-shirts|n
camisetas|t-shirts|n
t-shirt|t-shirts|n
t-shirts|t-shirts|n
regata|singlets|n
regatas|singlets|n
camisola de alças|singlets|n
camisola interior|vests|n
camisola de dormir|nightdresses|n
camisola de malha|jerseys|n
camisa|shirts|n
camisas|shirts|n
blusa|blouses|n
blusas|blouses|n
camisa polo|polo shirts|n
camisa pólo|polo shirts|n
calça|trousers|n
calças|trousers|n
calça jeans|jeans|n
calças de ganga|jeans|n
calças jeans|jeans|n
jeans|jeans|n
bermuda|shorts|n
bermudas|shorts|n
calções|shorts|n
shorts|shorts|n
legging|leggings|n
leggings|leggings|n
saia|skirts|n
saias|skirts|n
vestido|dresses|n
vestidos|dresses|n
vestido de noiva|wedding dresses|n
terno|suits|n
ternos|suits|n
fato de banho|swimwear|n
maiô|swimsuits|n
biquíni|bikinis|n
biquínis|bikinis|n
sunga|swimming trunks|n
moda praia|swimwear|n
jaqueta|jackets|n
jaquetas|jackets|n
casaco|coats|n
casacos|coats|n
blusão|jackets|n
blazer|blazers|n
colete|waistcoats|n
coletes|waistcoats|n
sobretudo|overcoats|n
parka|parkas|n
anoraque|anoraks|n
corta-vento|windcheaters|n
capa de chuva|raincoats|n
impermeável|raincoats|n
moletom|sweatshirts|n
moletons|sweatshirts|n
sweatshirt|sweatshirts|n
suéter|sweaters|n
suéteres|sweaters|n
pulôver|pullovers|n
camisola de lã|sweaters|n
cardigã|cardigans|n
casaco de malha|cardigans|n
agasalho|tracksuits|n
agasalhos|tracksuits|n
fato de treino|tracksuits|n
pijama|pyjamas|n
pijamas|pyjamas|n
roupão|bathrobes|n
roupões|bathrobes|n
cueca|underpants|n
cuecas|underpants|n
cueca boxer|boxer shorts|n
calcinha|briefs|n
calcinhas|briefs|n
sutiã|brassieres|n
sutiãs|brassieres|n
soutien|brassieres|n
soutiens|brassieres|n
espartilho|corsets|n
meia|socks|n
meias|socks|n
peúgas|socks|n
meia-calça|tights|n
meias-calças|tights|n
collants|tights|n
luvas|gloves|n
luva|gloves|n
cachecol|scarves|n
cachecóis|scarves|n
echarpe|scarves|n
lenço|handkerchiefs|n
lenços|handkerchiefs|n
xaile|shawls|n
xale|shawls|n
gravata|ties|n
gravatas|ties|n
gravata borboleta|bow ties|n
uniforme|uniforms|n
uniformes|uniforms|n
body de bebê|babies' bodysuits|n
body de bebé|babies' bodysuits|n
fralda|diapers|n
fraldas|diapers|n
fraldas descartáveis|disposable diapers|n
absorvente|sanitary towels|n
absorventes|sanitary towels|n
pensos higiénicos|sanitary towels|n
tampões|tampons|n
lenços umedecidos|wet wipes|n
toalhitas húmidas|wet wipes|n
roupa de cama|bed linen|n
lençol|bed sheets|n
lençóis|bed sheets|n
fronha|pillowcases|n
fronhas|pillowcases|n
edredom|quilts|n
edredão|quilts|n
edredons|quilts|n
cobertor|blankets|n
cobertores|blankets|n
mantas|blankets|n
colcha|bedspreads|n
toalha|towels|n
toalhas|towels|n
toalha de banho|bath towels|n
toalha de mesa|tablecloths|n
toalhas de mesa|tablecloths|n
cortina|curtains|n
cortinas|curtains|n
almofada|cushions|n
almofadas|cushions|n
travesseiro|pillows|n
travesseiros|pillows|n
saco de dormir|sleeping bags|n
barraca|tents|n
barracas|tents|n
tenda|tents|n
tendas|tents|n
toldo|awnings|n
pano de prato|tea towels|n
pano de cozinha|tea towels|n
panos|cloths|n
trapos|rags|n
roupa usada|worn clothing|n
roupas usadas|worn clothing|n
máscara|masks|n
máscaras|masks|n
máscara facial|face masks|n
máscaras faciais|face masks|n
sacola de tecido|textile bags|n
ecobag|textile bags|n
big bags|flexible intermediate bulk containers|n

# Chapters 64-67: footwear, headgear, umbrellas
calçado|footwear|n
calçados|footwear|n
sapato|shoes|n
sapatos|shoes|n
tênis|sports shoes|n
ténis|sports shoes|n
sapatilhas|sports shoes|n
sapatilha|sports shoes|n
tênis esportivo|sports shoes|n
sapatos desportivos|sports shoes|n
bota|boots|n
botas|boots|n
botinas|ankle boots|n
botins|ankle boots|n
sandália|sandals|n
sandálias|sandals|n
rasteirinha|sandals|n
chinelo|flip-flops|n
chinelos|flip-flops|n
pantufas|slippers|n
pantufa|slippers|n
alpercatas|espadrilles|n
alpargatas|espadrilles|n
mocassins|moccasins|n
salto alto|high-heeled shoes|n
sapatos de salto|high-heeled shoes|n
botas de segurança|safety boots|n
botina de segurança|safety boots|n
galochas|rubber boots|n
botas de borracha|rubber boots|n
sola|soles|n
solas|soles|n
palmilhas|insoles|n
cadarços|laces|n
atacadores|laces|n
chapéu|hats|n
chapéus|hats|n
boné|caps|n
bonés|caps|n
gorro|hats|n
gorros|hats|n
touca|hats|n
boina|berets|n
capacete|helmets|n
capacetes|helmets|n
capacete de moto|motorcycle helmets|n
capacete de segurança|safety helmets|n
guarda-chuva|umbrellas|n
guarda-chuvas|umbrellas|n
chapéu de chuva|umbrellas|n
guarda-sol|sunshades|n
bengala|walking sticks|n
peruca|wigs|n
perucas|wigs|n
aplique de cabelo|hair extensions|n
extensões de cabelo|hair extensions|n
cílios postiços|false eyelashes|n
pestanas postiças|false eyelashes|n
flores artificiais|artificial flowers|n

# Chapters 68-70: stone, ceramics, glass
azulejo|glazed tiles|n
azulejos|glazed tiles|n
piso cerâmico|ceramic floor tiles|n
ladrilhos|tiles|n
porcelanato|porcelain tiles|n
tijolo|bricks|n
tijolos|bricks|n
telha|roofing tiles|n
telhas|roofing tiles|n
bloco de concreto|concrete blocks|n
blocos de betão|concrete blocks|n
concreto|concrete|m
betão|concrete|m
placa de gesso|plasterboard|n
drywall|plasterboard|n
fibrocimento|fibre cement|m
mós|grinding wheels|n
disco de corte|cutting discs|n
lixa|sandpaper|n
lixas|sandpaper|n
lã de rocha|rock wool|n
lã de vidro|glass wool|n
cerâmica|ceramic|m
cerâmicas|ceramic|m
de cerâmica|ceramic|m
porcelana|porcelain|m
de porcelana|porcelain|m
grés|stoneware|m
faiança|earthenware|m
louça|tableware|n
louças|tableware|n
loiça|tableware|n
aparelho de jantar|dinner sets|n
prato|plates|n
pratos|plates|n
chávena|cups|n
chávenas|cups|n
xícara|cups|n
xícaras|cups|n
caneca|mugs|n
canecas|mugs|n
tigela|bowls|n
tigelas|bowls|n
vaso de flores|flower pots|n
vasos de flores|flower pots|n
vaso decorativo|vases|n
jarra|jugs|n
jarras|jugs|n
lavatório|washbasins|n
pia|sinks|n
lava-loiça|sinks|n
vidro|glass|m
de vidro|glass|m
cristal|crystal glass|m
vidro temperado|tempered glass|m
vidro laminado|laminated glass|m
vidro float|float glass|n
copo|drinking glasses|n
copos|drinking glasses|n
taça|stemware|n
taças|stemware|n
frasco|jars|n
frascos|jars|n
boião|jars|n
espelho|mirrors|n
espelhos|mirrors|n
fibra de vidro|glass fibres|m
película de vidro|screen protectors|n
película protetora|screen protectors|n

# Chapter 71: jewellery and precious metals
joias|jewellery|n
jóias|jewellery|n
joia|jewellery|n
jóia|jewellery|n
joalharia|jewellery|n
bijuteria|imitation jewellery|n
bijuterias|imitation jewellery|n
bijutaria|imitation jewellery|n
ouro|gold|m
de ouro|gold|m
prata|silver|m
de prata|silver|m
prata 925|sterling silver|m
platina|platinum|m
paládio|palladium|m
banhado a ouro|gold-plated|m
folheado a ouro|gold-plated|m
diamante|diamonds|n
diamantes|diamonds|n
pedras preciosas|precious stones|n
pérola|pearls|n
pérolas|pearls|n
anel|rings|n
anéis|rings|n
aliança|rings|n
colar|necklaces|n
colares|necklaces|n
pingente|pendants|n
pingentes|pendants|n
brinco|earrings|n
brincos|earrings|n
pulseira|bracelets|n
pulseiras|bracelets|n
correntes|chains|n
broche|brooches|n
moedas|coins|n
lingotes|ingots|n

# Chapters 72-73: iron and steel
ferro|iron|m
de ferro|iron|m
ferro fundido|cast iron|m
aço|steel|m
de aço|steel|m
aço inoxidável|stainless steel|m
aço inox|stainless steel|m
inox|stainless steel|m
inoxidável|stainless|m
aço carbono|carbon steel|m
aço ao carbono|carbon steel|m
aço liga|alloy steel|m
ferro-gusa|pig iron|n
gusa|pig iron|n
ferroligas|ferro-alloys|n
sucata|scrap|n
resíduos|waste|n
tarugo|billets|n
tarugos|billets|n
biletes|billets|n
placas de aço|slabs|n
bobinas|coils|n
bobina|coils|n
em bobinas|in coils|m
laminado a quente|hot-rolled|m
laminados a quente|hot-rolled|m
laminada a quente|hot-rolled|m
laminadas a quente|hot-rolled|m
laminado a frio|cold-rolled|m
laminados a frio|cold-rolled|m
laminada a frio|cold-rolled|m
laminadas a frio|cold-rolled|m
galvanizado|galvanised|m
galvanizada|galvanised|m
galvanizados|galvanised|m
galvanizadas|galvanised|m
chapa de aço|steel sheets|n
chapa galvanizada|galvanised sheets|n
folha de flandres|tinplate|n
folha-de-flandres|tinplate|n
produtos planos|flat-rolled products|n
barra|bars|n
barras|bars|n
vergalhão|reinforcing bars|n
vergalhões|reinforcing bars|n
varão|rods|n
varões|rods|n
vergalhão nervurado|reinforcing bars|n
fio-máquina|wire rod|n
perfis|sections|n
perfil|sections|n
viga|beams|n
vigas|beams|n
arame|wire|n
arames|wire|n
arame farpado|barbed wire|n
tubos de aço|steel tubes|n
tubo de aço|steel tubes|n
sem costura|seamless|m
soldado|welded|m
soldados|welded|m
estruturas metálicas|structures|n
andaimes|scaffolding|n
tanque|tanks|n
tanques|tanks|n
reservatório|tanks|n
botijão de gás|gas cylinders|n
botija de gás|gas cylinders|n
cilindro de gás|gas cylinders|n
tela metálica|wire mesh|n
malha metálica|wire mesh|n
rede metálica|wire mesh|n
âncora|anchors|n
prego|nails|n
pregos|nails|n
parafuso|screws|n
parafusos|screws|n
cavilha|bolts|n
porca|nuts|n
porcas|nuts|n
parafusos e porcas|bolts and nuts|n
arruela|washers|n
arruelas|washers|n
anilhas|washers|n
rebites|rivets|n
mola|springs|n
molas|springs|n
fogão a lenha|wood stoves|n
aquecedor|heaters|n
aquecedores|heaters|n
radiadores|radiators|n
panela|pots|n
panelas|pots|n
tacho|pots|n
tachos|pots|n
frigideira|frying pans|n
frigideiras|frying pans|n
caçarola|saucepans|n
utensílios de cozinha|kitchenware|n
utensílios domésticos|household articles|n
palha de aço|steel wool|n
esponja de aço|steel wool|n

# Chapters 74-81: copper, aluminium and other base metals
cobre|copper|m
de cobre|copper|m
latão|brass|m
bronze|bronze|m
cátodos de cobre|copper cathodes|n
fio de cobre|copper wire|n
níquel|nickel|m
alumínio|aluminium|m
de alumínio|aluminium|m
papel alumínio|aluminium foil|n
papel de alumínio|aluminium foil|n
folha de alumínio|aluminium foil|n
perfis de alumínio|aluminium profiles|n
perfil de alumínio|aluminium profiles|n
lata|cans|n
latas|cans|n
latas de alumínio|aluminium cans|n
latinha|cans|n
chumbo|lead|m
zinco|zinc|m
estanho|tin|m
tungstênio|tungsten|m
tungsténio|tungsten|m
molibdênio|molybdenum|m
magnésio|magnesium|m
titânio|titanium|m
cobalto|cobalt|m
metal|metal|m
metálico|metal|m
metálica|metal|m
metálicos|metal|m
metálicas|metal|m
corrente de ouro|gold chains|n
corrente de prata|silver chains|n
fato de homem|men's suits|n

# Chapters 82-83: tools, cutlery, locks
ferramenta|tools|n
ferramentas|tools|n
ferramentas manuais|hand tools|n
ferramentas elétricas|power tools|n
ferramentas eléctricas|power tools|n
martelo|hammers|n
martelos|hammers|n
chave de fenda|screwdrivers|n
chaves de fenda|screwdrivers|n
chave de parafusos|screwdrivers|n
alicate|pliers|n
alicates|pliers|n
pinça|tweezers|n
pinças|tweezers|n
chave inglesa|spanners|n
chave de boca|spanners|n
jogo de chaves|spanner sets|n
serrote|handsaws|n
serra|saws|n
serras|saws|n
serra circular|circular saws|n
lâmina de serra|saw blades|n
furadeira|drills|n
furadeiras|drills|n
berbequim|drills|n
broca|drill bits|n
brocas|drill bits|n
pá|shovels|n
pás|shovels|n
enxada|hoes|n
ancinho|rakes|n
rastelo|rakes|n
tesoura|scissors|n
tesouras|scissors|n
faca|knives|n
facas|knives|n
canivete|pocket knives|n
lâmina|blades|n
lâminas|blades|n
lâminas de barbear|razor blades|n
aparelho de barbear|razors|n
lâmina de barbear|razor blades|n
talheres|cutlery|n
faqueiro|cutlery sets|n
colher|spoons|n
colheres|spoons|n
garfo|forks|n
garfos|forks|n
cortador de unhas|nail clippers|n
corta-unhas|nail clippers|n
cadeado|padlocks|n
cadeados|padlocks|n
fechadura|locks|n
fechaduras|locks|n
fechadura digital|electronic locks|n
chave|keys|n
chaves|keys|n
dobradiça|hinges|n
dobradiças|hinges|n
cofre|safes|n
cofres|safes|n
grampos|staples|n
agrafos|staples|n
grampeador|staplers|n
agrafador|staplers|n
clipes|paper clips|n
sino|bells|n
sinos|bells|n

# Chapter 84: machinery
máquina|machines|n
máquinas|machines|n
maquinaria|machinery|n
maquinário|machinery|n
motor|engines|n
motores|engines|n
motor diesel|diesel engines|n
motor a gasolina|petrol engines|n
motor de popa|outboard motors|n
turbina|turbines|n
turbinas|turbines|n
caldeira|boilers|n
caldeiras|boilers|n
bomba|pumps|n
bombas|pumps|n
bomba de água|water pumps|n
bomba d'água|water pumps|n
bomba submersível|submersible pumps|n
compressor|compressors|n
compressores|compressors|n
compressor de ar|air compressors|n
ventilador|fans|n
ventiladores|fans|n
ventoinha|fans|n
ventilador de teto|ceiling fans|n
ar condicionado|air conditioners|n
ar-condicionado|air conditioners|n
ares-condicionados|air conditioners|n
aparelho de ar condicionado|air conditioners|n
climatizador|air conditioners|n
geladeira|refrigerators|n
geladeiras|refrigerators|n
frigorífico|refrigerators|n
frigoríficos|refrigerators|n
refrigerador|refrigerators|n
refrigeradores|refrigerators|n
congelador|freezers|n
congeladores|freezers|n
freezer|freezers|n
arca congeladora|chest freezers|n
bomba de calor|heat pumps|n
aquecedor de água|water heaters|n
esquentador|water heaters|n
termoacumulador|water heaters|n
forno industrial|industrial ovens|n
secadora|dryers|n
secadoras|tumble dryers|n
máquina de secar|tumble dryers|n
filtro|filters|n
filtros|filters|n
filtro de óleo|oil filters|n
filtro de ar|air filters|n
purificador de água|water filters|n
purificador de ar|air purifiers|n
lava-louça|dishwashers|n
lava-loiça automática|dishwashers|n
máquina de lavar louça|dishwashers|n
máquina de lavar loiça|dishwashers|n
balança|weighing machines|n
balanças|weighing machines|n
extintor|fire extinguishers|n
extintores|fire extinguishers|n
pulverizador|sprayers|n
grua|cranes|n
guindaste|cranes|n
guindastes|cranes|n
empilhadeira|forklift trucks|n
empilhador|forklift trucks|n
elevador|lifts|n
elevadores|lifts|n
escada rolante|escalators|n
esteira transportadora|conveyors|n
tapete rolante|conveyors|n
escavadeira|excavators|n
escavadora|excavators|n
retroescavadeira|backhoe loaders|n
retroescavadora|backhoe loaders|n
trator|tractors|n
tratores|tractors|n
tractor|tractors|n
colheitadeira|harvesters|n
ceifeira|harvesters|n
semeadora|seeders|n
máquina de costura|sewing machines|n
máquinas de costura|sewing machines|n
máquina de coser|sewing machines|n
máquina de lavar|washing machines|n
máquina de lavar roupa|washing machines|n
máquinas de lavar|washing machines|n
lavadora|washing machines|n
lavadora de roupas|washing machines|n
impressora|printers|n
impressoras|printers|n
impressora 3d|3d printers|n
fotocopiadora|photocopiers|n
copiadora|photocopiers|n
scanner|scanners|n
computador|computers|n
computadores|computers|n
computador portátil|laptops|n
computadores portáteis|laptops|n
portátil|laptops|n
portáteis|laptops|n
laptop|laptops|n
laptops|laptops|n
computador de mesa|desktop computers|n
desktop|desktop computers|n
tablet|tablet computers|n
tablets|tablet computers|n
servidor|servers|n
servidores|servers|n
teclado|keyboards|n
teclados|keyboards|n
rato|mouse|n
mouse sem fio|wireless mouse|n
rato sem fios|wireless mouse|n
disco rígido|hard disk drives|n
hd externo|external hard drives|n
disco externo|external hard drives|n
ssd|solid-state drives|n
pen drive|usb flash drives|n
pendrive|usb flash drives|n
pen usb|usb flash drives|n
placa de vídeo|graphics cards|n
placa gráfica|graphics cards|n
placa-mãe|motherboards|n
placa mãe|motherboards|n
caixa eletrônico|atms|n
caixa multibanco|atms|n
máquina de venda automática|vending machines|n
cafeteira|coffee makers|n
cafeteiras|coffee makers|n
máquina de café|coffee machines|n
máquina de café expresso|espresso machines|n
moedor|grinders|n
moinho|mills|n
rolamento|bearings|n
rolamentos|bearings|n
engrenagem|gears|n
engrenagens|gears|n
válvula|valves|n
válvulas|valves|n
torneira|taps|n
torneiras|taps|n
molde|moulds|n
moldes|moulds|n
gerador|generators|n
geradores|generators|n
grupo gerador|generating sets|n
gerador a diesel|diesel generating sets|n
máquina-ferramenta|machine tools|n
torno mecânico|lathes|n
fresadora|milling machines|n
máquina de corte a laser|laser cutting machines|n
injetora|injection moulding machines|n
robô industrial|industrial robots|n

# Chapter 85: electrical machinery and electronics
elétrico|electric|m
elétrica|electric|m
elétricos|electric|m
elétricas|electric|m
eléctrico|electric|m
eléctrica|electric|m
eléctricos|electric|m
eléctricas|electric|m
eletrônico|electronic|m
eletrônica|electronic|m
eletrônicos|electronic|m
eletrônicas|electronic|m
eletrónico|electronic|m
eletrónica|electronic|m
eletrónicos|electronic|m
eletrónicas|electronic|m
eletrodomésticos|household appliances|n
eletrodoméstico|household appliances|n
electrodomésticos|household appliances|n
eletroportáteis|small household appliances|n
motor elétrico|electric motors|n
motores elétricos|electric motors|n
transformador|transformers|n
transformadores|transformers|n
carregador|chargers|n
carregadores|chargers|n
carregador sem fio|wireless chargers|n
carregador veicular|car chargers|n
carregador de carro|car chargers|n
adaptador|adapters|n
adaptadores|adapters|n
fonte de alimentação|power supplies|n
inversor|inverters|n
inversores|inverters|n
bateria|batteries|n
baterias|batteries|n
bateria de lítio|lithium-ion batteries|n
baterias de lítio|lithium-ion batteries|n
bateria de íon de lítio|lithium-ion batteries|n
bateria de iões de lítio|lithium-ion batteries|n
bateria recarregável|rechargeable batteries|n
bateria de chumbo|lead-acid accumulators|n
bateria automotiva|car batteries|n
acumulador|accumulators|n
pilha|batteries|n
pilhas|batteries|n
pilhas alcalinas|alkaline batteries|n
power bank|power banks|n
powerbank|power banks|n
carregador portátil|power banks|n
bateria externa|power banks|n
aspirador|vacuum cleaners|n
aspiradores|vacuum cleaners|n
aspirador de pó|vacuum cleaners|n
robô aspirador|robot vacuum cleaners|n
liquidificador|blenders|n
liquidificadores|blenders|n
liquidificadora|blenders|n
batedeira|mixers|n
processador de alimentos|food processors|n
espremedor|juicers|n
centrífuga|juicers|n
secador de cabelo|hair dryers|n
secador|hair dryers|n
chapinha|hair straighteners|n
prancha de cabelo|hair straighteners|n
ferro de passar|electric irons|n
ferro de engomar|electric irons|n
barbeador|shavers|n
barbeador elétrico|electric shavers|n
máquina de barbear|electric shavers|n
escova de dentes elétrica|electric toothbrushes|n
chaleira elétrica|electric kettles|n
jarro elétrico|electric kettles|n
chaleira|kettles|n
torradeira|toasters|n
micro-ondas|microwave ovens|n
microondas|microwave ovens|n
forno micro-ondas|microwave ovens|n
forno|ovens|n
fornos|ovens|n
forno elétrico|electric ovens|n
fritadeira|fryers|n
fritadeira elétrica|electric fryers|n
fritadeira sem óleo|air fryers|n
air fryer|air fryers|n
panela elétrica de arroz|rice cookers|n
panela de arroz|rice cookers|n
panela de arroz elétrica|rice cookers|n
panela elétrica|electric cookers|n
panela de pressão elétrica|electric pressure cookers|n
panela de pressão|pressure cookers|n
fogão|cookers|n
fogões|cookers|n
fogão de indução|induction cookers|n
placa de indução|induction hobs|n
cooktop|hobs|n
aquecedor elétrico|electric heaters|n
telefone|telephones|n
telefones|telephones|n
celular|mobile phones|n
celulares|mobile phones|n
telemóvel|mobile phones|n
telemóveis|mobile phones|n
telefone celular|mobile phones|n
telefone móvel|mobile phones|n
smartphone|smartphones|n
smartphones|smartphones|n
telefone inteligente|smartphones|n
celular inteligente|smartphones|n
celular smartphone|smartphones|n
telefone fixo|telephone sets|n
relógio inteligente|smartwatches|n
relógios inteligentes|smartwatches|n
smartwatch|smartwatches|n
pulseira inteligente|fitness bands|n
roteador|routers|n
router|routers|n
modem|modems|n
antena|aerials|n
antenas|aerials|n
fone de ouvido|headphones|n
fones de ouvido|headphones|n
fone bluetooth|wireless headphones|n
fones sem fio|wireless headphones|n
auscultadores|headphones|n
auriculares|earphones|n
headset|headsets|n
alto-falante|loudspeakers|n
alto-falantes|loudspeakers|n
altifalante|loudspeakers|n
altifalantes|loudspeakers|n
caixa de som|loudspeakers|n
caixas de som|loudspeakers|n
coluna de som|loudspeakers|n
coluna bluetooth|wireless speakers|n
microfone|microphones|n
microfones|microphones|n
amplificador|amplifiers|n
televisão|television receivers|n
televisor|television receivers|n
televisores|television receivers|n
tv|television receivers|n
smart tv|smart televisions|n
tela|screens|n
telas|screens|n
ecrã|screens|n
ecrãs|screens|n
monitor|monitors|n
monitores|monitors|n
projetor|projectors|n
projetores|projectors|n
projector|projectors|n
câmera|cameras|n
câmeras|cameras|n
câmara|cameras|n
câmaras|cameras|n
câmera digital|digital cameras|n
máquina fotográfica|digital cameras|n
câmera de segurança|security cameras|n
câmara de vigilância|surveillance cameras|n
filmadora|video cameras|n
drone|drones|n
drones|drones|n
console de videogame|video game consoles|n
consola de jogos|video game consoles|n
videogame|video game consoles|n
cartão de memória|memory cards|n
cartões de memória|memory cards|n
circuitos integrados|integrated circuits|n
circuito integrado|integrated circuits|n
processador|processors|n
placa de circuito impresso|printed circuit boards|n
circuito impresso|printed circuits|n
semicondutores|semiconductors|n
díodo|diodes|n
diodo|diodes|n
diodos|diodes|n
transistores|transistors|n
capacitor|capacitors|n
capacitores|capacitors|n
condensador|capacitors|n
resistores|resistors|n
resistências|resistors|n
painel solar|solar panels|n
painéis solares|solar panels|n
placa solar|solar panels|n
placas solares|solar panels|n
módulo fotovoltaico|photovoltaic modules|n
módulos fotovoltaicos|photovoltaic modules|n
célula solar|solar cells|n
células solares|solar cells|n
leds|leds|n
lâmpada|lamps|n
lâmpadas|lamps|n
lâmpada led|led lamps|n
lâmpadas led|led lamps|n
fita led|led strips|n
fitas led|led strips|n
cabo|cables|n
cabos|cables|n
cabo elétrico|electric cables|n
fio elétrico|electric wire|n
cabo usb|usb cables|n
cabo de dados|data cables|n
cabo de rede|network cables|n
fibra óptica|optical fibre|n
fibra ótica|optical fibre|n
cabo coaxial|coaxial cables|n
extensão elétrica|extension cables|n
régua de tomadas|power strips|n
filtro de linha|power strips|n
tomada|sockets|n
tomadas|sockets|n
ficha elétrica|plugs|n
plugue|plugs|n
interruptor|switches|n
interruptores|switches|n
disjuntor|circuit breakers|n
disjuntores|circuit breakers|n
fusível|fuses|n
fusíveis|fuses|n
relé|relays|n
conector|connectors|n
conectores|connectors|n
quadro elétrico|switchboards|n
sensor|sensors|n
sensores|sensors|n
alarme|alarms|n
alarmes|alarms|n
campainha|doorbells|n
ferro de solda|soldering irons|n
ferro de soldar|soldering irons|n
isolador|insulators|n
luz|lights|n
luzes|lights|n
semáforo|traffic signals|n
teares|looms|n
tear mecânico|looms|n

# Chapters 86-89: vehicles, aircraft, ships
veículo|vehicles|n
veículos|vehicles|n
carro|cars|n
carros|cars|n
automóvel|motor cars|n
automóveis|motor cars|n
viatura|motor cars|n
viaturas|motor cars|n
carro elétrico|electric cars|n
carros elétricos|electric cars|n
carro eléctrico|electric cars|n
veículo elétrico|electric vehicles|n
veículos elétricos|electric vehicles|n
híbrido|hybrid|m
híbrida|hybrid|m
híbridos|hybrid|m
híbrido plug-in|plug-in hybrid|m
suv|suvs|n
jipe|off-road vehicles|n
caminhonete|pick-up trucks|n
picape|pick-up trucks|n
carrinha|vans|n
van|vans|n
furgão|vans|n
furgoneta|vans|n
caminhão|lorries|n
caminhões|lorries|n
camião|lorries|n
camiões|lorries|n
caminhão basculante|dumpers|n
ônibus|buses|n
autocarro|buses|n
autocarros|buses|n
micro-ônibus|minibuses|n
reboque|trailers|n
reboques|trailers|n
semirreboque|semi-trailers|n
carreta|semi-trailers|n
ambulância|ambulances|n
motocicleta|motorcycles|n
motocicletas|motorcycles|n
moto|motorcycles|n
motos|motorcycles|n
mota|motorcycles|n
motas|motorcycles|n
moto elétrica|electric motorcycles|n
ciclomotor|mopeds|n
motoneta|scooters|n
lambreta|scooters|n
patinete|scooters|n
trotinete|scooters|n
patinete elétrico|electric scooters|n
trotinete elétrica|electric scooters|n
bicicleta|bicycles|n
bicicletas|bicycles|n
bike|bicycles|n
bicicleta elétrica|electric bicycles|n
bicicletas elétricas|electric bicycles|n
triciclo|tricycles|n
carrinho de bebê|baby carriages|n
carrinho de bebé|baby carriages|n
cadeira de rodas|wheelchairs|n
cadeiras de rodas|wheelchairs|n
carrinho de mão|wheelbarrows|n
peças de reposição|spare parts|m
peças sobressalentes|spare parts|m
peças de substituição|spare parts|m
autopeças|motor vehicle parts|n
peças automotivas|motor vehicle parts|n
peças|parts|m
peça|parts|m
partes|parts|m
acessórios|accessories|m
acessório|accessories|m
acessórios automotivos|car accessories|m
freio|brakes|n
freios|brakes|n
travão|brakes|n
travões|brakes|n
pastilhas de freio|brake pads|n
pastilhas de travão|brake pads|n
disco de freio|brake discs|n
discos de travão|brake discs|n
amortecedor|shock absorbers|n
amortecedores|shock absorbers|n
para-choque|bumpers|n
para-choques|bumpers|n
caixa de câmbio|gearboxes|n
caixa de velocidades|gearboxes|n
embreagem|clutches|n
embraiagem|clutches|n
radiador|radiators|n
silenciador|silencers|n
escapamento|exhaust pipes|n
volante|steering wheels|n
roda|wheels|n
rodas|wheels|n
jante|wheel rims|n
jantes|wheel rims|n
aro|wheel rims|n
rodas de liga leve|alloy wheels|n
jantes de liga leve|alloy wheels|n
assento|seats|n
assentos|seats|n
banco de carro|car seats|n
cadeirinha para carro|child car seats|n
cadeira auto|child car seats|n
cinto de segurança|seat belts|n
airbag|airbags|n
vela de ignição|spark plugs|n
velas de ignição|spark plugs|n
farol|headlamps|n
faróis|headlamps|n
retrovisor|rear-view mirrors|n
espelho retrovisor|rear-view mirrors|n
limpador de para-brisa|windscreen wipers|n
escovas limpa-vidros|windscreen wipers|n
para-brisa|windscreens|n
para-brisas|windscreens|n
carroceria|bodies|n
carroçaria|bodies|n
chassi|chassis|n
chassis|chassis|n
selim|saddles|n
corrente de bicicleta|bicycle chains|n
quadro de bicicleta|bicycle frames|n
trem|trains|n
comboio|trains|n
locomotiva|locomotives|n
vagão|wagons|n
vagões|wagons|n
contentor|containers|n
contentores|containers|n
contêiner|containers|n
contêineres|containers|n
avião|aeroplanes|n
aviões|aeroplanes|n
helicóptero|helicopters|n
planador|gliders|n
paraquedas|parachutes|n
pára-quedas|parachutes|n
navio|ships|n
navios|ships|n
embarcação|boats|n
embarcações|boats|n
barco|boats|n
barcos|boats|n
lancha|motorboats|n
lanchas|motorboats|n
veleiro|sailboats|n
iate|yachts|n
iates|yachts|n
caiaque|kayaks|n
canoa|canoes|n
barco de pesca|fishing vessels|n
navio de carga|cargo vessels|n
navio-tanque|tankers|n
petroleiro|tankers|n

# Chapters 90-92: instruments, medical devices, watches, musical instruments
óculos|spectacles|n
óculos de sol|sunglasses|n
óculos de grau|spectacles|n
lentes de contato|contact lenses|n
lentes de contacto|contact lenses|n
lente|lenses|n
lentes|lenses|n
armação de óculos|spectacle frames|n
armações|spectacle frames|n
binóculos|binoculars|n
telescópio|telescopes|n
microscópio|microscopes|n
lupa|magnifying glasses|n
laser|lasers|n
instrumentos médicos|medical instruments|n
instrumentos cirúrgicos|surgical instruments|n
dispositivo médico|medical devices|n
dispositivos médicos|medical devices|n
equipamento médico|medical equipment|n
equipamentos médicos|medical equipment|n
seringa|syringes|n
seringas|syringes|n
agulha|needles|n
agulhas|needles|n
cateter|catheters|n
medidor de pressão|blood pressure monitors|n
esfigmomanômetro|blood pressure monitors|n
termômetro|thermometers|n
termômetros|thermometers|n
termómetro|thermometers|n
termômetro digital|digital thermometers|n
estetoscópio|stethoscopes|n
oxímetro|pulse oximeters|n
glicosímetro|glucometers|n
nebulizador|nebulisers|n
aparelho auditivo|hearing aids|n
aparelhos auditivos|hearing aids|n
prótese|prostheses|n
próteses|prostheses|n
marca-passo|pacemakers|n
pacemaker|pacemakers|n
muletas|crutches|n
cama hospitalar|hospital beds|n
raio-x|x-ray apparatus|n
raios x|x-ray apparatus|n
ultrassom|ultrasound scanners|n
ecógrafo|ultrasound scanners|n
instrumentos odontológicos|dental instruments|n
concentrador de oxigênio|oxygen concentrators|n
concentrador de oxigénio|oxygen concentrators|n
medidor|meters|n
medidores|meters|n
hidrômetro|water meters|n
contador de água|water meters|n
medidor de energia|electricity meters|n
manômetro|pressure gauges|n
manómetro|pressure gauges|n
multímetro|multimeters|n
osciloscópio|oscilloscopes|n
instrumentos de medição|measuring instruments|n
instrumento de medição|measuring instruments|n
régua|rulers|n
réguas|rulers|n
fita métrica|tape measures|n
trena|tape measures|n
nível a laser|laser levels|n
paquímetro|calipers|n
bússola|compasses|n
termostato|thermostats|n
balança de cozinha|kitchen scales|n
balança digital|digital scales|n
relógio|watches|n
relógios|watches|n
relógio de pulso|wristwatches|n
relógios de pulso|wristwatches|n
relógio de parede|wall clocks|n
despertador|alarm clocks|n
cronômetro|stopwatches|n
cronómetro|stopwatches|n
instrumentos musicais|musical instruments|n
instrumento musical|musical instruments|n
violão|guitars|n
violões|guitars|n
guitarra|guitars|n
guitarras|guitars|n
guitarra elétrica|electric guitars|n
baixo elétrico|bass guitars|n
violino|violins|n
piano|pianos|n
pianos|pianos|n
teclado musical|electronic keyboards|n
bateria musical|drum kits|n
tambor|drums|n
tambores|drums|n
flauta|flutes|n
trompete|trumpets|n
saxofone|saxophones|n
gaita|harmonicas|n
cavaquinho|ukuleles|n
ukulele|ukuleles|n

# Chapters 93-97: arms, furniture, lamps, toys, sports goods, miscellaneous
armas|arms|n
espingarda|shotguns|n
munições|ammunition|n
cartuchos|cartridges|n
móvel|furniture|n
móveis|furniture|n
mobiliário|furniture|n
móveis de escritório|office furniture|n
móveis de cozinha|kitchen furniture|n
móveis de jardim|garden furniture|n
cadeira|chairs|n
cadeiras|chairs|n
cadeira de escritório|office chairs|n
cadeira gamer|gaming chairs|n
poltrona|armchairs|n
poltronas|armchairs|n
cadeirão|armchairs|n
sofá|sofas|n
sofás|sofas|n
sofá-cama|sofa beds|n
sofá cama|sofa beds|n
banqueta|stools|n
banquinho|stools|n
mesa de madeira|wooden tables|n
mesa de escritório|office desks|n
lustre de cristal|chandeliers|n
mesa de jantar|dining tables|n
mesa de centro|coffee tables|n
mesa dobrável|folding tables|n
mesa de cabeceira|bedside tables|n
criado-mudo|bedside tables|n
escrivaninha|desks|n
secretária|desks|n
cama|beds|n
camas|beds|n
beliche|bunk beds|n
berço|cots|n
berços|cots|n
colchão|mattresses|n
colchões|mattresses|n
colchão inflável|air mattresses|n
box de cama|bed bases|n
estrado|bed bases|n
guarda-roupa|wardrobes|n
guarda-roupas|wardrobes|n
roupeiro|wardrobes|n
armário|cupboards|n
armários|cupboards|n
cômoda|chests of drawers|n
cómoda|chests of drawers|n
estante|shelving|n
estantes|shelving|n
prateleira|shelves|n
prateleiras|shelves|n
vitrine|display cabinets|n
sapateira|shoe racks|n
cabideiro|coat racks|n
luminária|lamps|n
luminárias|lamps|n
candeeiro|lamps|n
candeeiros|lamps|n
abajur|table lamps|n
luminária de mesa|table lamps|n
candeeiro de pé|floor lamps|n
luminária de teto|ceiling lamps|n
arandela|wall lamps|n
lanterna|torches|n
lanternas|torches|n
lanterna de cabeça|headlamps|n
holofote|floodlights|n
holofotes|floodlights|n
refletor|floodlights|n
letreiro luminoso|illuminated signs|n
casa pré-fabricada|prefabricated buildings|n
construções pré-fabricadas|prefabricated buildings|n
brinquedo|toys|n
brinquedos|toys|n
boneca|dolls|n
bonecas|dolls|n
boneco|dolls|n
bonecos|dolls|n
pelúcia|soft toys|n
peluche|soft toys|n
peluches|soft toys|n
bicho de pelúcia|stuffed toys|n
quebra-cabeça|puzzles|n
quebra-cabeças|puzzles|n
puzzle|puzzles|n
blocos de montar|construction sets|n
carrinho de brinquedo|toy cars|n
carrinho de controle remoto|remote-control cars|n
brinquedos educativos|educational toys|n
jogos|games|n
jogo de tabuleiro|board games|n
jogos de tabuleiro|board games|n
cartas de baralho|playing cards|n
baralho|playing cards|n
videojogos|video games|n
jogos eletrônicos|video games|n
xadrez|chess|n
balanço|swings|n
baloiço|swings|n
escorregador|slides|n
escorrega|slides|n
artigos esportivos|sports goods|n
artigos desportivos|sports goods|n
artigos de desporto|sports goods|n
bola|balls|n
bolas|balls|n
bola de futebol|footballs|n
bola de basquete|basketballs|n
bolas de ténis|tennis balls|n
bolas de tênis|tennis balls|n
raquete|rackets|n
raquetes|rackets|n
raquetas|rackets|n
tacos de golfe|golf clubs|n
bolas de golfe|golf balls|n
esquis|skis|n
prancha de surf|surfboards|n
patins|skates|n
patins em linha|inline skates|n
esteira|treadmills|n
passadeira de corrida|treadmills|n
bicicleta ergométrica|exercise bikes|n
bicicleta estática|exercise bikes|n
halteres|dumbbells|n
tapete de yoga|yoga mats|n
tapete de ioga|yoga mats|n
vara de pesca|fishing rods|n
varas de pesca|fishing rods|n
cana de pesca|fishing rods|n
anzóis|fish hooks|n
molinete|fishing reels|n
carreto de pesca|fishing reels|n
piscina inflável|inflatable pools|n
piscina|swimming pools|n
enfeites de natal|christmas decorations|n
decorações de natal|christmas decorations|n
árvore de natal|christmas trees|n
artigos de festa|party articles|n
balões|balloons|n
bexigas|balloons|n
caneta|ballpoint pens|n
canetas|ballpoint pens|n
esferográfica|ballpoint pens|n
esferográficas|ballpoint pens|n
lápis|pencils|n
lápis de cor|coloured pencils|n
marcador|markers|n
marcadores|markers|n
marca-texto|highlighters|n
caneta-tinteiro|fountain pens|n
giz de cera|crayons|n
giz|chalk|n
quadro branco|whiteboards|n
apontador|pencil sharpeners|n
afia-lápis|pencil sharpeners|n
borracha escolar|erasers|n
escova|brushes|n
escovas|brushes|n
escova de dentes|toothbrushes|n
escovas de dentes|toothbrushes|n
pincel|paintbrushes|n
pincéis|paintbrushes|n
vassoura|brooms|n
vassouras|brooms|n
esfregona|mops|n
rodo|squeegees|n
pente|combs|n
pentes|combs|n
grampos de cabelo|hair pins|n
presilhas|hair clips|n
piranha de cabelo|hair clips|n
botões|buttons|n
zíper|zip fasteners|n
zíperes|zip fasteners|n
fecho éclair|zip fasteners|n
fecho de correr|zip fasteners|n
garrafa térmica|vacuum flasks|n
garrafas térmicas|vacuum flasks|n
termo|vacuum flasks|n
cachimbo|pipes|n
mamadeira|feeding bottles|n
mamadeiras|feeding bottles|n
biberão|feeding bottles|n
biberões|feeding bottles|n
chupeta|dummies|n
chupetas|dummies|n
carimbos|stamps|n
carimbo|stamps|n
quadros|paintings|n
pinturas a óleo|oil paintings|n
esculturas|sculptures|n
antiguidades|antiques|n
selos|postage stamps|n

# Qualifiers: states and processes
fresca|fresh|m
frescos|fresh|m
frescas|fresh|m
refrigerado|chilled|m
refrigerada|chilled|m
refrigerados|chilled|m
refrigeradas|chilled|m
resfriado|chilled|m
resfriada|chilled|m
congelado|frozen|m
congelada|frozen|m
congelados|frozen|m
congeladas|frozen|m
ultracongelado|frozen|m
seco|dried|m
seca|dried|m
secos|dried|m
secas|dried|m
desidratado|dehydrated|m
desidratada|dehydrated|m
desidratados|dehydrated|m
desidratadas|dehydrated|m
liofilizado|freeze-dried|m
salgado|salted|m
salgada|salted|m
salgados|salted|m
salgadas|salted|m
em salmoura|in brine|m
defumado|smoked|m
defumada|smoked|m
defumados|smoked|m
fumado|smoked|m
fumada|smoked|m
fumados|smoked|m
torrado|roasted|m
torrada|roasted|m
torrados|roasted|m
torradas|roasted|m
tostado|roasted|m
assado|roasted|m
frito|fried|m
fritos|fried|m
frita|fried|m
fritas|fried|m
cozido|cooked|m
cozida|cooked|m
cozidos|cooked|m
pré-cozido|precooked|m
cozido no vapor|steamed|m
crua|raw|m
crus|raw|m
cruas|raw|m
refinado|refined|m
refinada|refined|m
refinados|refined|m
não refinado|unrefined|m
virgem|virgin|m
extra virgem|extra virgin|m
virgem extra|extra virgin|m
moído|ground|m
moída|ground|m
moídos|ground|m
em pó|powdered|m
em grão|whole beans|m
triturado|crushed|m
picado|chopped|m
picada|chopped|m
ralado|grated|m
ralada|grated|m
fatiado|sliced|m
fatiada|sliced|m
em fatias|sliced|m
cortado|cut|m
inteiro|whole|m
inteira|whole|m
inteiros|whole|m
inteiras|whole|m
descascado|peeled|m
descascada|peeled|m
descascados|peeled|m
descascadas|peeled|m
sem casca|shelled|m
com casca|in shell|m
polido|polished|m
polida|polished|m
beneficiado|milled|m
sem pele|skinless|m
eviscerado|gutted|m
sem cabeça|headless|m
filetado|filleted|m
marinado|marinated|m
empanado|breaded|m
panado|breaded|m
adoçado|sweetened|m
com açúcar|sweetened|m
sem açúcar|sugar-free|m
sem glúten|gluten-free|m
sem lactose|lactose-free|m
orgânico|organic|m
orgânica|organic|m
orgânicos|organic|m
orgânicas|organic|m
biológico|organic|m
biológica|organic|m
natural|natural|m
naturais|natural|m
artificial|artificial|m
artificiais|artificial|m
sintético|synthetic|m
sintética|synthetic|m
sintéticos|synthetic|m
sintéticas|synthetic|m
instantâneo|instant|m
instantânea|instant|m
concentrado|concentrated|m
concentrada|concentrated|m
líquido|liquid|m
líquida|liquid|m
sólido|solid|m
granulado|granular|m
laminado|rolled|m
laminada|rolled|m
forjado|forged|m
forjada|forged|m
fundido|cast|m
fundida|cast|m
trefilado|cold-drawn|m
revestido|coated|m
revestida|coated|m
pintado|painted|m
pintada|painted|m
cromado|chromium-plated|m
niquelado|nickel-plated|m
esmaltado|enamelled|m
esmaltada|enamelled|m
anodizado|anodised|m
liga|alloy|m
ligado|alloyed|m
não ligado|non-alloy|m
soldada|welded|m
dobrável|folding|m
dobráveis|folding|m
inflável|inflatable|m
insuflável|inflatable|m
ajustável|adjustable|m
ajustáveis|adjustable|m
descartável|disposable|m
descartáveis|disposable|m
reutilizável|reusable|m
reutilizáveis|reusable|m
reciclado|recycled|m
reciclada|recycled|m
reciclados|recycled|m
à prova d'água|waterproof|m
à prova de água|waterproof|m
impermeabilizado|waterproof|m
resistente à água|water-resistant|m
transparente|transparent|m
transparentes|transparent|m
autoadesivo|self-adhesive|m
autoadesiva|self-adhesive|m
acolchoado|padded|m
acolchoada|padded|m
isolado|insulated|m
isolante|insulating|m
artesanal|handmade|m
artesanais|handmade|m
feito à mão|handmade|m
feita à mão|handmade|m
sem mangas|sleeveless|m
manga curta|short-sleeved|m
de manga curta|short-sleeved|m
manga comprida|long-sleeved|m
manga longa|long-sleeved|m
de manga comprida|long-sleeved|m
com capuz|hooded|m
sem costuras|seamless|m
elástico|elastic|m
elástica|elastic|m
térmico|thermal|m
térmica|thermal|m
digital|digital|m
digitais|digital|m
analógico|analogue|m
inteligente|smart|m
inteligentes|smart|m
sem fio|wireless|m
sem fios|wireless|m
wireless|wireless|m
recarregável|rechargeable|m
recarregáveis|rechargeable|m
automático|automatic|m
automática|automatic|m
automáticos|automatic|m
automáticas|automatic|m
manual|manual|m
manuais|manual|m
mecânico|mechanical|m
mecânica|mechanical|m
hidráulico|hydraulic|m
hidráulica|hydraulic|m
pneumática|pneumatic|m
a gasolina|petrol|m
a diesel|diesel|m
a gás|gas-fired|m
a bateria|battery-powered|m
com bateria|battery-powered|m
solar|solar|m
solares|solar|m
movido a energia solar|solar-powered|m
fotovoltaico|photovoltaic|m
fotovoltaica|photovoltaic|m
de lítio|lithium|m
de alta tensão|high-voltage|m
de baixa tensão|low-voltage|m
de alta pressão|high-pressure|m
industrial|industrial|m
industriais|industrial|m
doméstico|household|m
doméstica|household|m
domésticos|household|m
domésticas|household|m
de uso doméstico|household|m
para casa|household|m
casa e cozinha|household|m
comercial|commercial|m
profissional|professional|m
profissionais|professional|m
agrícola|agricultural|m
agrícolas|agricultural|m
médico|medical|m
médica|medical|m
médicos|medical|m
médicas|medical|m
hospitalar|hospital|m
cirúrgico|surgical|m
cirúrgica|surgical|m
dentário|dental|m
odontológico|dental|m
veterinário|veterinary|m
farmacêutico|pharmaceutical|m
de cozinha|kitchen|m
para cozinha|kitchen|m
de banheiro|bathroom|m
de casa de banho|bathroom|m
para banheiro|bathroom|m
de escritório|office|m
escolar|school|m
escolares|school|m
de jardim|garden|m
para jardim|garden|m
para exterior|outdoor|m
ao ar livre|outdoor|m
de interior|indoor|m
esportivo|sports|m
esportiva|sports|m
desportivo|sports|m
desportiva|sports|m
de segurança|safety|m
de proteção|protective|m
para carro|for motor vehicles|m
automotivo|automotive|m
automotiva|automotive|m
para veículos|for vehicles|m
para moto|for motorcycles|m
para bicicleta|for bicycles|m
para animais|for animals|m
para cães|for dogs|m
para cachorro|for dogs|m
para gatos|for cats|m
para pets|for pets|m

# Qualifiers: users
masculino|men's|m
masculina|men's|m
masculinos|men's|m
masculinas|men's|m
para homem|men's|m
para homens|men's|m
de homem|men's|m
homem|men's|m
homens|men's|m
feminino|women's|m
feminina|women's|m
femininos|women's|m
femininas|women's|m
para mulher|women's|m
para mulheres|women's|m
de mulher|women's|m
mulher|women's|m
mulheres|women's|m
senhora|women's|m
de senhora|women's|m
infantil|children's|m
infantis|children's|m
para crianças|children's|m
para criança|children's|m
de criança|children's|m
criança|children's|m
crianças|children's|m
menino|boys'|m
meninos|boys'|m
menina|girls'|m
meninas|girls'|m
juvenil|youth|m
bebê|babies'|m
bebé|babies'|m
bebês|babies'|m
bebés|babies'|m
para bebê|babies'|m
para bebé|babies'|m
de bebê|babies'|m
recém-nascido|babies'|m
unissex|unisex|m
unisex|unisex|m
adulto|adults'|m
adultos|adults'|m
para adultos|adults'|m

# Qualifiers: condition, trade words
novo|new|m
novos|new|m
novas|new|m
usado|used|m
usada|used|m
usados|used|m
usadas|used|m
de segunda mão|second-hand|m
segunda mão|second-hand|m
seminovo|second-hand|m
seminova|second-hand|m
recondicionado|refurbished|m
recondicionada|refurbished|m
remanufaturado|remanufactured|m
original|original|m
originais|original|m
genuíno|genuine|m
reposição|spare part|m
conjunto|set|m
jogo|set|m
kit|kit|m
sortido|assorted|m
sortidos|assorted|m
variados|assorted|m
misto|mixed|m
mista|mixed|m
a granel|in bulk|m
atacado|wholesale|m
por atacado|wholesale|m
embalado|packaged|m
embalada|packaged|m
embalados|packaged|m
embalado a vácuo|vacuum-packed|m
a vácuo|vacuum-packed|m
engarrafado|bottled|m
engarrafada|bottled|m
grande|large|m
grandes|large|m
pequeno|small|m
pequena|small|m
pequenos|small|m
pequenas|small|m
mini|mini|m
leve|lightweight|m
pesado|heavy|m
pesada|heavy|m
pesados|heavy|m
de luxo|luxury|m
decorativo|decorative|m
decorativa|decorative|m
decorativos|decorative|m
decoração|decoration|n
enfeite|ornaments|n
enfeites|ornaments|n
presente|gifts|n
presentes|gifts|n
brinde|gifts|n
brindes|gifts|n
amostras|samples|n
branco|white|m
branca|white|m
preto|black|m
preta|black|m
vermelho|red|m
vermelha|red|m
azul|blue|m
verde|green|m
amarelo|yellow|m
amarela|yellow|m

# Compound material phrases
de aço inoxidável|stainless steel|m
de aço inox|stainless steel|m
em aço inox|stainless steel|m
em aço inoxidável|stainless steel|m
aço galvanizado|galvanised steel|m
de aço galvanizado|galvanised steel|m
de couro legítimo|genuine leather|m
de couro sintético|synthetic leather|m
de couro ecológico|synthetic leather|m
de pele sintética|synthetic leather|m
de ferro fundido|cast iron|m
de vidro temperado|tempered glass|m
em couro|leather|m
em madeira|wooden|m
em plástico|plastic|m
em alumínio|aluminium|m
em aço|steel|m
madeira maciça|solid wood|m
madeira natural|natural wood|m
madeira de pinho|pine wood|m
café torrado em grão|roasted coffee beans|n
café torrado em grãos|roasted coffee beans|n
arroz agulhinha|long-grain rice|n
grão longo|long-grain|m
grãos|grains|m
longo|long|m
longa|long|m
longos|long|m
longas|long|m
curto|short|m
curta|short|m
curtos|short|m
curtas|short|m
de festa|party|m
festa|party|m
tamanho|size|m
vestido de festa|evening dresses|n
vestido longo|long dresses|n
`,
};
