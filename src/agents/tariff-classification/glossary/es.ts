import type { GlossaryLanguage } from 'src/agents/tariff-classification/glossary/glossary-types';

/** Spanish trade words: goods, materials, states and uses, with their English. */
export const SPANISH: GlossaryLanguage = {
  code: 'es',
  name: 'Spanish',
  head: 'first',
  unspaced: false,
  letters: 'áéíóúüñ',
  skip: 'de del la el los las lo un una unos unas y e o u con para por en al a sin tipo marca modelo pack lote caja x',
  entries: `
# Chapter 01: live animals
animales vivos|live animals|n
vivo|live|m
vivos|live|m
vivas|live|m
ganado|livestock|n
ganado bovino|live bovine animals|n
bovino|bovine|m
bovinos|bovine animals|n
vaca|cows|n
vacas|cows|n
ternero|calves|n
terneros|calves|n
caballo|horses|n
caballos|horses|n
burro|asses|n
cerdo|swine|n
cerdos|swine|n
porcino|swine|m
oveja|sheep|n
ovejas|sheep|n
ovino|sheep|m
cabra|goats|n
cabras|goats|n
caprino|goats|m
gallina|fowls|n
gallinas|fowls|n
pollitos|chicks|n
aves de corral|poultry|n
pato|ducks|n
patos|ducks|n
pavo|turkeys|n
pavos|turkeys|n
conejo|rabbits|n
conejos|rabbits|n
abejas|bees|n
mascota|pets|n
mascotas|pets|n
perro|dogs|n
perros|dogs|n
gato|cats|n
gatos|cats|n

# Chapter 02: meat and offal
carne|meat|n
carnes|meat|n
carne de res|beef|n
carne de vacuno|beef|n
carne de vaca|beef|n
carne bovina|beef|n
ternera|veal|n
carne de cerdo|pork|n
carne de porcino|pork|n
carne de pollo|chicken meat|n
carne de cordero|lamb|n
carne de cabra|goat meat|n
carne molida|minced meat|n
carne picada|minced meat|n
pollo|chicken|n
pollos|chickens|n
pechuga de pollo|chicken breast|n
muslos de pollo|chicken legs|n
alas de pollo|chicken wings|n
cordero|lamb|n
despojos|edible offal|n
vísceras|offal|n
hígado|liver|n
lomo|loin|n
costillas|ribs|n
chuleta|chops|n
chuletas|chops|n
filete|fillet|n
filetes|fillets|n
tocino|bacon|n
panceta|bacon|n
jamón|ham|n
jamones|hams|n
jamón serrano|dry-cured ham|n
salchichas|sausages|n
salchicha|sausages|n
embutidos|sausages|n
chorizo|sausages|n
en canal|carcasses|m
deshuesado|boneless|m
deshuesada|boneless|m
deshuesados|boneless|m
sin hueso|boneless|m
con hueso|bone in|m

# Chapter 03: fish and seafood
pescado|fish|n
pescados|fish|n
peces|fish|n
peces ornamentales|ornamental fish|n
mariscos|seafood|n
marisco|seafood|n
atún|tuna|n
atunes|tuna|n
salmón|salmon|n
bacalao|cod|n
merluza|hake|n
sardina|sardines|n
sardinas|sardines|n
anchoas|anchovies|n
caballa|mackerel|n
trucha|trout|n
tilapia|tilapia|n
pangasius|pangasius|n
camarón|shrimps|n
camarones|shrimps|n
gambas|shrimps|n
langostinos|prawns|n
langostino|prawns|n
langosta|lobsters|n
cangrejo|crabs|n
cangrejos|crabs|n
pulpo|octopus|n
calamar|squid|n
calamares|squid|n
mejillones|mussels|n
ostras|oysters|n
almejas|clams|n
vieiras|scallops|n
filete de pescado|fish fillets|n
filetes de pescado|fish fillets|n
harina de pescado|fish meal|n
huevas|roe|n
caviar|caviar|n

# Chapter 04: dairy, eggs, honey
leche|milk|n
leche en polvo|milk powder|n
leche entera|whole milk|n
leche desnatada|skimmed milk|n
leche descremada|skimmed milk|n
leche condensada|condensed milk|n
leche evaporada|evaporated milk|n
nata|cream|n
crema de leche|cream|n
mantequilla|butter|n
queso|cheese|n
quesos|cheese|n
queso fresco|fresh cheese|n
queso rallado|grated cheese|n
yogur|yogurt|n
yogures|yogurt|n
suero de leche|whey|n
lácteos|dairy produce|n
productos lácteos|dairy produce|n
huevo|eggs|n
huevos|eggs|n
huevos frescos|fresh eggs|n
miel|natural honey|n
miel de abeja|natural honey|n
jalea real|royal jelly|n

# Chapter 05: other animal products
plumas|feathers|n
plumón|down|n
cabello humano|human hair|n
tripas|guts|n
huesos|bones|n
cuernos|horns|n
marfil|ivory|m

# Chapter 06: plants and flowers
plantas|plants|n
planta|plants|n
plantas vivas|live plants|n
flores|flowers|n
flores cortadas|cut flowers|n
rosas|roses|n
bulbos|bulbs|n
esquejes|cuttings|n
semillas|seeds|n
semilla|seeds|n
árboles|trees|n
orquídeas|orchids|n

# Chapter 07: vegetables
verduras|vegetables|n
hortalizas|vegetables|n
legumbres|leguminous vegetables|n
patata|potatoes|n
patatas|potatoes|n
papas fritas|potato crisps|n
tomate|tomatoes|n
tomates|tomatoes|n
cebolla|onions|n
cebollas|onions|n
ajo|garlic|n
ajos|garlic|n
puerro|leeks|n
puerros|leeks|n
zanahoria|carrots|n
zanahorias|carrots|n
lechuga|lettuce|n
lechugas|lettuce|n
repollo|cabbages|n
coliflor|cauliflowers|n
brócoli|broccoli|n
brocoli|broccoli|n
espinaca|spinach|n
espinacas|spinach|n
pepino|cucumbers|n
pepinos|cucumbers|n
pepinillos|gherkins|n
pimiento|peppers|n
pimientos|peppers|n
chile seco|dried chillies|n
chiles|chillies|n
ají|chillies|n
jalapeños|chillies|n
berenjena|aubergines|n
berenjenas|aubergines|n
calabacín|courgettes|n
calabacines|courgettes|n
calabaza|pumpkins|n
calabazas|pumpkins|n
champiñones|mushrooms|n
setas|mushrooms|n
hongos|mushrooms|n
trufas|truffles|n
espárragos|asparagus|n
alcachofas|artichokes|n
apio|celery|n
aceitunas|olives|n
aceituna|olives|n
maíz dulce|sweet corn|n
frijoles|beans|n
frijol|beans|n
judías|beans|n
alubias|beans|n
habichuelas|beans|n
judías verdes|green beans|n
garbanzos|chickpeas|n
lentejas|lentils|n
guisantes|peas|n
arvejas|peas|n
habas|broad beans|n
yuca|cassava|n
mandioca|cassava|n
batata|sweet potatoes|n
batatas|sweet potatoes|n
camote|sweet potatoes|n
jengibre|ginger|n

# Chapter 08: fruit and nuts
fruta|fruit|n
frutas|fruit|n
frutos secos|nuts|n
frutas secas|dried fruit|n
plátano|bananas|n
plátanos|bananas|n
banano|bananas|n
bananos|bananas|n
manzana|apples|n
manzanas|apples|n
pera|pears|n
peras|pears|n
naranja|oranges|n
naranjas|oranges|n
mandarina|mandarins|n
mandarinas|mandarins|n
limón|lemons|n
limones|lemons|n
lima ácida|limes|n
limas|limes|n
pomelo|grapefruit|n
toronja|grapefruit|n
cítricos|citrus fruit|n
uva|grapes|n
uvas|grapes|n
uvas pasas|raisins|n
pasas|raisins|n
fresa|strawberries|n
fresas|strawberries|n
frutillas|strawberries|n
arándanos|blueberries|n
frambuesas|raspberries|n
cerezas|cherries|n
melocotón|peaches|n
melocotones|peaches|n
durazno|peaches|n
duraznos|peaches|n
albaricoques|apricots|n
ciruela|plums|n
ciruelas|plums|n
ciruelas pasas|prunes|n
sandía|watermelons|n
sandías|watermelons|n
melón|melons|n
melones|melons|n
piña|pineapples|n
piñas|pineapples|n
aguacate|avocados|n
aguacates|avocados|n
palta|avocados|n
paltas|avocados|n
mangos|mangoes|n
papaya|papayas|n
guayaba|guavas|n
maracuyá|passion fruit|n
higos|figs|n
dátiles|dates|n
kiwis|kiwifruit|n
coco|coconuts|n
cocos|coconuts|n
almendra|almonds|n
almendras|almonds|n
nuez|walnuts|n
nueces|walnuts|n
nueces de macadamia|macadamia nuts|n
avellanas|hazelnuts|n
pistachos|pistachios|n
anacardos|cashew nuts|n
marañón|cashew nuts|n
castañas|chestnuts|n
cacahuetes|groundnuts|n
cacahuates|groundnuts|n
maní|groundnuts|n
nueces de brasil|brazil nuts|n

# Chapter 09: coffee, tea, spices
café|coffee|n
café verde|green coffee|n
café tostado|roasted coffee|n
café molido|ground coffee|n
café en grano|coffee beans|n
café soluble|instant coffee|n
café instantáneo|instant coffee|n
descafeinado|decaffeinated|m
té|tea|n
té verde|green tea|n
té negro|black tea|n
yerba mate|mate|n
especias|spices|n
pimienta|pepper|n
pimienta negra|black pepper|n
pimentón|paprika|n
canela|cinnamon|n
clavo de olor|cloves|n
nuez moscada|nutmeg|n
vainilla|vanilla|n
cardamomo|cardamom|n
comino|cumin|n
cúrcuma|turmeric|n
azafrán|saffron|n
anís|anise|n
orégano|oregano|n
laurel|bay leaves|n

# Chapter 10: cereals
cereales|cereals|n
trigo|wheat|n
trigo duro|durum wheat|n
arroz|rice|n
arroz blanco|milled rice|n
arroz integral|brown rice|n
arroz jazmín|jasmine rice|n
arroz basmati|basmati rice|n
arroz partido|broken rice|n
arroz glutinoso|glutinous rice|n
arroz con cáscara|paddy rice|n
arroz paddy|paddy rice|n
maíz|maize|n
maíz amarillo|yellow maize|n
cebada|barley|n
avena|oats|n
centeno|rye|n
sorgo|sorghum|n
quinua|quinoa|n
quinoa|quinoa|n
mijo|millet|n
alforfón|buckwheat|n

# Chapter 11: milling products
harina|flour|n
harinas|flour|n
harina de trigo|wheat flour|n
harina de maíz|maize flour|n
harina de arroz|rice flour|n
sémola|groats|n
copos de avena|rolled oats|n
almidón|starch|n
fécula|starch|n
gluten|gluten|n

# Chapter 12: oil seeds, herbs, seaweed
soja|soya beans|n
soya|soya beans|n
semillas de girasol|sunflower seeds|n
sésamo|sesame seeds|n
ajonjolí|sesame seeds|n
colza|rape seeds|n
linaza|linseed|n
semillas de chía|chia seeds|n
lúpulo|hops|n
algas|seaweeds|n
plantas medicinales|medicinal plants|n
hierbas|herbs|n
caña de azúcar|sugar cane|n
remolacha azucarera|sugar beet|n
forraje|fodder|n
heno|hay|n
paja|straw|n

# Chapter 13-15: gums, fats and oils
goma arábiga|gum arabic|n
resinas|resins|n
aceite|oil|n
aceites|oils|n
aceite de oliva|olive oil|n
aceite de oliva virgen extra|extra virgin olive oil|n
aceite de girasol|sunflower oil|n
aceite de palma|palm oil|n
aceite de soja|soya-bean oil|n
aceite de coco|coconut oil|n
aceite de colza|rapeseed oil|n
aceite de maíz|maize oil|n
aceite vegetal|vegetable oil|n
aceites vegetales|vegetable oils|n
aceite de cocina|cooking oil|n
aceite de pescado|fish oil|n
manteca|lard|n
margarina|margarine|n
grasa|fat|n
grasas|fats|n
cera|wax|n
ceras|waxes|n
glicerina|glycerol|n

# Chapters 16-18: meat preparations, sugar, cocoa
conservas|preserved food|n
conserva|preserved food|n
enlatado|canned|m
enlatados|canned|m
enlatada|canned|m
enlatadas|canned|m
en conserva|preserved|m
atún en lata|canned tuna|n
sardinas en lata|canned sardines|n
azúcar|sugar|n
azúcar de caña|cane sugar|n
azúcar moreno|brown sugar|n
azúcar morena|brown sugar|n
azúcar blanco|white sugar|n
azúcar refinado|refined sugar|n
panela|jaggery|n
melaza|molasses|n
jarabe|syrup|n
sirope|syrup|n
caramelos|sugar confectionery|n
caramelo|sugar confectionery|n
golosinas|sugar confectionery|n
dulces|confectionery|n
chicle|chewing gum|n
goma de mascar|chewing gum|n
cacao en polvo|cocoa powder|n
granos de cacao|cocoa beans|n
manteca de cacao|cocoa butter|n
chocolate|chocolate|n
chocolates|chocolate|n
bombones|chocolates|n

# Chapter 19: cereal preparations, bakery
pan de molde|bread|n
pan integral|wholemeal bread|n
galletas|biscuits|n
galleta|biscuits|n
galletas saladas|crackers|n
pasteles|pastry|n
bollería|pastry|n
tortas|cakes|n
tortillas|tortillas|n
pastas alimenticias|pasta|n
fideos|noodles|n
fideos instantáneos|instant noodles|n
tallarines|noodles|n
espaguetis|spaghetti|n
macarrones|macaroni|n
cuscús|couscous|n
cereales para desayuno|breakfast cereals|n
copos de maíz|corn flakes|n
palomitas|popcorn|n
palomitas de maíz|popcorn|n
alimentos para bebés|baby food|n
leche de fórmula|infant formula|n
fórmula infantil|infant formula|n

# Chapter 20: vegetable and fruit preparations
mermelada|jam|n
mermeladas|jam|n
confitura|jam|n
jalea|jelly|n
zumo|juice|n
zumos|juices|n
jugo|juice|n
jugos|juices|n
zumo de naranja|orange juice|n
jugo de naranja|orange juice|n
jugo de manzana|apple juice|n
pulpa de fruta|fruit pulp|n
puré|puree|n
pasta de tomate|tomato paste|n
concentrado de tomate|tomato paste|n
encurtidos|pickles|n
patatas fritas|chips|n
patatas fritas congeladas|frozen chips|n
frutas en almíbar|fruit in syrup|n
mantequilla de maní|peanut butter|n
crema de cacahuete|peanut butter|n

# Chapter 21: miscellaneous food preparations
salsa|sauce|n
salsas|sauces|n
salsa de soja|soy sauce|n
salsa de tomate|tomato sauce|n
kétchup|ketchup|n
mayonesa|mayonnaise|n
mostaza|mustard|n
vinagre|vinegar|n
condimentos|condiments|n
sazonador|seasonings|n
caldo|broth|n
cubitos de caldo|stock cubes|n
sopa|soup|n
sopas|soups|n
sopa instantánea|instant soup|n
levadura|yeast|n
helado|ice cream|n
helados|ice cream|n
complementos alimenticios|food supplements|n
suplementos alimenticios|food supplements|n
suplemento dietético|food supplements|n
proteína en polvo|protein powder|n
preparaciones alimenticias|food preparations|n
comida preparada|prepared meals|n
platos preparados|prepared meals|n
edulcorante|sweeteners|n

# Chapter 22: beverages
bebidas|beverages|n
bebida|beverages|n
agua|water|n
agua mineral|mineral water|n
agua con gas|sparkling water|n
refrescos|soft drinks|n
refresco|soft drinks|n
gaseosa|soft drinks|n
bebidas gaseosas|carbonated drinks|n
bebida energética|energy drinks|n
bebidas energéticas|energy drinks|n
cerveza|beer|n
cervezas|beer|n
cerveza de malta|malt beer|n
vino|wine|n
vinos|wine|n
vino tinto|red wine|n
vino blanco|white wine|n
vino espumoso|sparkling wine|n
cava|sparkling wine|n
sidra|cider|n
licor|liqueurs|n
licores|liqueurs|n
bebidas alcohólicas|spirits|n
aguardiente|spirits|n
ron|rum|n
ginebra|gin|n
whisky|whisky|n
tequila|tequila|n
mezcal|mezcal|n
pisco|pisco|n
alcohol etílico|ethyl alcohol|n
sin alcohol|non-alcoholic|m

# Chapter 23: animal feed
pienso|animal feed|n
piensos|animal feed|n
alimento para animales|animal feed|n
alimento para perros|dog food|n
comida para perros|dog food|n
alimento para gatos|cat food|n
comida para gatos|cat food|n
comida para mascotas|pet food|n
alimento balanceado|animal feed|n
salvado|bran|n
torta de soja|soya-bean oil-cake|n
harina de soja|soya-bean meal|n

# Chapter 24: tobacco
tabaco|tobacco|n
tabaco en rama|unmanufactured tobacco|n
cigarrillos|cigarettes|n
cigarrillo|cigarettes|n
puros|cigars|n
cigarros|cigars|n
cigarrillo electrónico|electronic cigarettes|n
cigarrillos electrónicos|electronic cigarettes|n
vapeador|electronic cigarettes|n
líquido para vapear|e-liquid|n

# Chapters 25-27: minerals, cement, fuels
sal|salt|n
sal marina|sea salt|n
sal de mesa|table salt|n
grava|gravel|n
piedra|stone|m
piedras|stones|n
mármol|marble|m
granito|granite|m
pizarra|slate|m
yeso|plaster|n
cemento|cement|n
cemento portland|portland cement|n
clínker|cement clinkers|n
arcilla|clay|m
caolín|kaolin|n
mica|mica|n
talco|talc|n
mineral de hierro|iron ore|n
minerales|ores|n
concentrado de cobre|copper concentrates|n
carbón|coal|n
carbón vegetal|wood charcoal|n
hulla|coal|n
antracita|anthracite|n
coque|coke|n
lignito|lignite|n
turba|peat|n
petróleo|petroleum oil|n
petróleo crudo|crude petroleum oil|n
crudo|crude|m
gasolina|petrol|n
diésel|diesel|n
diesel|diesel|n
gasóleo|gas oil|n
gasoil|gas oil|n
queroseno|kerosene|n
keroseno|kerosene|n
combustible para aviones|jet fuel|n
fueloil|fuel oil|n
combustóleo|fuel oil|n
aceite lubricante|lubricating oil|n
aceite de motor|engine oil|n
lubricantes|lubricants|n
lubricante|lubricants|n
grasa lubricante|lubricating grease|n
gas natural|natural gas|n
gas natural licuado|liquefied natural gas|n
gnl|liquefied natural gas|n
gas licuado de petróleo|liquefied petroleum gas|n
glp|liquefied petroleum gas|n
propano|propane|n
butano|butane|n
vaselina|petroleum jelly|n
parafina|paraffin wax|n
asfalto|asphalt|n
betún|bitumen|n
alquitrán|tar|n
electricidad|electrical energy|n

# Chapters 28-30: chemicals, pharmaceuticals
productos químicos|chemicals|n
químicos|chemicals|n
químico|chemical|m
química|chemical|m
ácido|acid|n
ácido sulfúrico|sulphuric acid|n
ácido clorhídrico|hydrochloric acid|n
ácido nítrico|nitric acid|n
ácido fosfórico|phosphoric acid|n
ácido cítrico|citric acid|n
sosa cáustica|caustic soda|n
hidróxido de sodio|sodium hydroxide|n
carbonato de sodio|sodium carbonate|n
bicarbonato de sodio|sodium bicarbonate|n
amoníaco|ammonia|n
amoniaco|ammonia|n
cloro|chlorine|n
hidrógeno|hydrogen|n
oxígeno|oxygen|n
nitrógeno|nitrogen|n
azufre|sulphur|n
silicio|silicon|n
dióxido de titanio|titanium dioxide|n
óxido|oxide|n
carbonato de litio|lithium carbonate|n
peróxido de hidrógeno|hydrogen peroxide|n
agua oxigenada|hydrogen peroxide|n
metanol|methanol|n
etanol|ethanol|n
alcohol|alcohol|n
acetona|acetone|n
glicol|glycol|n
tierras raras|rare-earth metals|n
vitaminas|vitamins|n
vitamina|vitamins|n
antibióticos|antibiotics|n
medicamentos|medicaments|n
medicamento|medicaments|n
medicinas|medicaments|n
fármacos|medicaments|n
productos farmacéuticos|pharmaceutical products|n
vacunas|vaccines|n
vacuna|vaccines|n
comprimidos|tablets|n
tabletas|tablets|n
pastillas|tablets|n
cápsulas|capsules|n
jarabe para la tos|cough syrup|n
vendas|bandages|n
vendajes|bandages|n
apósitos|dressings|n
tiritas|adhesive dressings|n
curitas|adhesive dressings|n
gasas|gauze|n
botiquín|first-aid kits|n
botiquín de primeros auxilios|first-aid kits|n

# Chapters 31-34: fertilisers, paints, cosmetics, soap
fertilizantes|fertilisers|n
fertilizante|fertilisers|n
abono|fertilisers|n
abonos|fertilisers|n
urea|urea|n
sulfato de amonio|ammonium sulphate|n
nitrato de amonio|ammonium nitrate|n
cloruro de potasio|potassium chloride|n
fosfato|phosphates|n
npk|npk fertilisers|m
tintes|dyes|n
colorantes|colouring matter|n
pigmentos|pigments|n
pintura|paint|n
pinturas|paints|n
barniz|varnish|n
barnices|varnishes|n
tinta|ink|n
tintas|inks|n
tinta de impresión|printing ink|n
tóner|toner|n
masilla|putty|n
perfume|perfume|n
perfumes|perfumes|n
colonia|eau de toilette|n
agua de colonia|eau de toilette|n
aceites esenciales|essential oils|n
aceite esencial|essential oils|n
cosméticos|cosmetics|n
cosmético|cosmetics|n
maquillaje|make-up|n
lápiz labial|lipstick|n
pintalabios|lipstick|n
brillo de labios|lip gloss|n
rímel|mascara|n
máscara de pestañas|mascara|n
sombra de ojos|eye shadow|n
delineador|eyeliner|n
esmalte de uñas|nail varnish|n
pintaúñas|nail varnish|n
crema|cream|n
cremas|creams|n
crema facial|face cream|n
crema hidratante|moisturising cream|n
loción|lotion|n
protector solar|sunscreen|n
bloqueador solar|sunscreen|n
polvos|powder|n
champú|shampoo|n
acondicionador|hair conditioner|n
tinte para el cabello|hair dye|n
laca|hair lacquer|n
pasta de dientes|toothpaste|n
pasta dental|toothpaste|n
dentífrico|toothpaste|n
enjuague bucal|mouthwash|n
hilo dental|dental floss|n
desodorante|deodorant|n
desodorantes|deodorants|n
espuma de afeitar|shaving foam|n
jabón|soap|n
jabones|soap|n
jabón líquido|liquid soap|n
gel de ducha|shower gel|n
detergente|detergents|n
detergentes|detergents|n
detergente en polvo|washing powder|n
lavavajillas líquido|washing-up liquid|n
suavizante|fabric softener|n
limpiador|cleaning preparations|n
productos de limpieza|cleaning products|n
lejía|bleach|n
cera para muebles|polish|n
velas|candles|n
vela|candles|n

# Chapters 35-38: glues, explosives, pesticides, other chemicals
pegamento|glue|n
cola blanca|glue|n
adhesivo|adhesives|n
adhesivos|adhesives|n
gelatina|gelatin|n
enzimas|enzymes|n
fuegos artificiales|fireworks|n
pirotecnia|fireworks|n
cerillas|matches|n
fósforos|matches|n
encendedor|lighters|n
encendedores|lighters|n
mechero|lighters|n
película fotográfica|photographic film|n
carbón activado|activated carbon|n
insecticida|insecticides|n
insecticidas|insecticides|n
herbicida|herbicides|n
herbicidas|herbicides|n
fungicida|fungicides|n
pesticidas|pesticides|n
plaguicidas|pesticides|n
desinfectante|disinfectants|n
desinfectantes|disinfectants|n
gel antibacterial|hand sanitiser|n
gel hidroalcohólico|hand sanitiser|n
líquido de frenos|brake fluid|n
anticongelante|antifreeze|n
biodiésel|biodiesel|n
reactivos|reagents|n
aditivos|additives|n

# Chapter 39: plastics
plástico|plastic|m
plásticos|plastics|m
de plástico|plastic|m
polietileno|polyethylene|m
polipropileno|polypropylene|m
poliestireno|polystyrene|m
poliestireno expandido|expanded polystyrene|m
cloruro de polivinilo|polyvinyl chloride|m
pvc|pvc|m
poliuretano|polyurethane|m
policarbonato|polycarbonate|m
acrílico|acrylic|m
acrílica|acrylic|m
resina|resin|m
resina epoxi|epoxy resin|m
silicona|silicone|m
siliconas|silicones|m
melamina|melamine|m
en forma primaria|primary forms|m
gránulos|granules|n
pellets|pellets|n
bolsa de plástico|plastic bags|n
bolsas de plástico|plastic bags|n
bolsas|bags|n
bolsa|bags|n
película|film|n
película plástica|plastic film|n
film estirable|stretch film|n
lámina|sheet|n
láminas|sheets|n
placa|plate|n
placas|plates|n
tubo|tubes|n
tubos|tubes|n
tubería|pipes|n
tuberías|pipes|n
manguera|hoses|n
mangueras|hoses|n
botella|bottles|n
botellas|bottles|n
botella de plástico|plastic bottles|n
envase|containers|n
envases|containers|n
recipiente|containers|n
recipientes|containers|n
táper|food containers|n
tapones|stoppers|n
vajilla de plástico|plastic tableware|n
cubos|buckets|n
cubo de basura|waste bins|n
papelera|waste bins|n
cinta adhesiva|adhesive tape|n
cinta de embalar|packing tape|n
lona|tarpaulin|n
lonas|tarpaulins|n
bañera|baths|n
ducha|shower|n
inodoro|lavatory pans|n
artículos de plástico|articles of plastics|n

# Chapter 40: rubber
caucho|rubber|m
caucho natural|natural rubber|m
caucho sintético|synthetic rubber|m
látex|latex|m
goma|rubber|m
de goma|rubber|m
neumático|tyres|n
neumáticos|tyres|n
llanta|tyres|n
llantas|tyres|n
cámara de aire|inner tubes|n
neumáticos recauchutados|retreaded tyres|n
guantes de látex|latex gloves|n
guantes de nitrilo|nitrile gloves|n
preservativos|condoms|n
condones|condoms|n
correa transportadora|conveyor belts|n
juntas tóricas|o-rings|n

# Chapters 41-43: leather, bags, fur
cuero|leather|m
cueros|hides|n
piel|leather|m
pieles|hides and skins|n
de cuero|leather|m
cuero genuino|genuine leather|m
cuero sintético|synthetic leather|m
piel sintética|synthetic leather|m
polipiel|synthetic leather|m
cuero curtido|tanned leather|m
bolso|handbags|n
bolsos|handbags|n
bolso de mano|handbags|n
cartera|wallets|n
carteras|wallets|n
billetera|wallets|n
monedero|purses|n
mochila|rucksacks|n
mochilas|rucksacks|n
maleta|suitcases|n
maletas|suitcases|n
maletín|briefcases|n
equipaje|luggage|n
bolsa de viaje|travelling bags|n
neceser|toilet bags|n
estuche|cases|n
estuches|cases|n
funda|covers|n
fundas|covers|n
funda para móvil|mobile phone cases|n
funda de móvil|mobile phone cases|n
carcasa|cases|n
riñonera|belt bags|n
cinturón|belts|n
cinturones|belts|n
correa de reloj|watch straps|n
collar para perro|dog collars|n
correa para perro|dog leashes|n
arnés|harness|n
sillas de montar|saddlery|n
peletería|furskins|n
pieles de visón|mink furskins|n

# Chapter 44: wood and bamboo
madera|wood|m
maderas|wood|m
de madera|wooden|m
madera aserrada|sawn wood|n
troncos|logs|n
madera en rollo|logs|n
tablero|board|n
tableros|boards|n
contrachapado|plywood|n
madera contrachapada|plywood|n
aglomerado|particle board|n
tablero de partículas|particle board|n
mdf|fibreboard|n
tablero de fibra|fibreboard|n
chapa de madera|veneer|n
pallets|pallets|n
palés|pallets|n
paletas de madera|pallets|n
leña|fuel wood|n
astillas de madera|wood chips|n
serrín|sawdust|n
aserrín|sawdust|n
parquet|parquet flooring|n
suelo laminado|laminate flooring|n
marcos|frames|n
marco|frames|n
marco de fotos|photo frames|n
bambú|bamboo|m
de bambú|bamboo|m
ratán|rattan|m
mimbre|wicker|m
corcho|cork|m
cestas|baskets|n
cesta|baskets|n
pino|pine|m
roble|oak|m
teca|teak|m
eucalipto|eucalyptus|m
nogal|walnut|m
haya|beech|m

# Chapters 47-49: paper and printed matter
papel|paper|m
papeles|paper|m
de papel|paper|m
pulpa de madera|wood pulp|n
celulosa|cellulose|m
papel kraft|kraft paper|n
papel higiénico|toilet paper|n
papel de cocina|kitchen towels|n
pañuelos de papel|paper tissues|n
servilletas|napkins|n
servilletas de papel|paper napkins|n
papel de impresión|printing paper|n
papel para impresora|printing paper|n
folios|sheets of paper|n
papel a4|a4 paper|n
papel reciclado|recycled paper|n
cartón|paperboard|m
cartón ondulado|corrugated paperboard|n
cartón corrugado|corrugated paperboard|n
caja de cartón|cartons|n
cajas de cartón|cartons|n
bolsas de papel|paper bags|n
sobres|envelopes|n
etiquetas|labels|n
etiqueta|labels|n
pegatinas|stickers|n
cuaderno|notebooks|n
cuadernos|notebooks|n
libreta|notebooks|n
papel pintado|wallpaper|n
libros|books|n
libro|books|n
revistas|magazines|n
periódicos|newspapers|n
folletos|brochures|n
catálogos|catalogues|n
calendario|calendars|n
calendarios|calendars|n
mapas|maps|n
carteles|posters|n
póster|posters|n
tarjetas|cards|n
postales|postcards|n
tarjetas de felicitación|greeting cards|n
material impreso|printed matter|n
impresos|printed matter|n

# Chapters 50-60: textile materials, yarn and fabrics
seda|silk|m
de seda|silk|m
lana|wool|m
de lana|wool|m
lana merino|merino wool|m
cachemira|cashmere|m
algodón|cotton|m
de algodón|cotton|m
algodón orgánico|organic cotton|m
cien por cien algodón|100% cotton|m
lino|linen|m
de lino|linen|m
yute|jute|m
cáñamo|hemp|m
sisal|sisal|m
fibra de coco|coir|m
poliéster|polyester|m
de poliéster|polyester|m
poliester|polyester|m
nailon|nylon|m
nylon|nylon|m
poliamida|polyamide|m
elastano|elastane|m
licra|elastane|m
spandex|elastane|m
viscosa|viscose|m
rayón|rayon|m
microfibra|microfibre|m
fibra sintética|synthetic fibres|m
fibras sintéticas|synthetic fibres|m
fibra artificial|artificial fibres|m
fibra|fibre|m
fibras|fibres|m
hilo|yarn|n
hilos|yarn|n
hilado|yarn|n
hilados|yarn|n
hilo de coser|sewing thread|n
hilo de algodón|cotton yarn|n
tela|fabric|n
telas|fabrics|n
tejido|fabric|n
tejidos|fabrics|n
textil|textile|m
textiles|textiles|m
tela de algodón|cotton fabric|n
mezclilla|denim|m
denim|denim|m
terciopelo|velvet|m
pana|corduroy|m
raso|satin|m
satén|satin|m
gasa|gauze|m
encaje|lace|m
tul|tulle|m
bordado|embroidered|m
bordados|embroidered|m
bordada|embroidered|m
fieltro|felt|m
tela no tejida|nonwovens|n
no tejido|nonwovens|n
guata|wadding|n
cuerdas|twine|n
cuerda|rope|n
cordel|twine|n
sogas|ropes|n
red de pesca|fishing nets|n
redes de pesca|fishing nets|n
alfombra|carpets|n
alfombras|carpets|n
tapete|rugs|n
tapetes|rugs|n
moqueta|carpeting|n
tapiz|tapestries|n
tapices|tapestries|n
cintas|ribbons|n
cinta|ribbons|n
tela recubierta|coated fabric|n
de punto|knitted|m
tejido de punto|knitted fabric|n
tela de punto|knitted fabric|n
tejido plano|woven fabric|n
tejida|woven|m
tejidas|woven|m
tejidos a mano|handwoven|m
estampado|printed|m
estampada|printed|m
estampados|printed|m
estampadas|printed|m
teñido|dyed|m
teñida|dyed|m
teñidos|dyed|m
crudo sin blanquear|unbleached|m
blanqueado|bleached|m
blanqueada|bleached|m
arena de sílice|silica sands|n
arena para gatos|cat litter|n

# Chapters 61-63: apparel and made-up textiles
ropa|clothing|n
prendas de vestir|garments|n
prenda|garments|n
prendas|garments|n
vestimenta|clothing|n
ropa de trabajo|workwear|n
ropa deportiva|sportswear|n
ropa de bebé|babies' garments|n
ropa infantil|children's clothing|n
ropa interior|underwear|n
lencería|lingerie|n
camiseta|t-shirts|n
camisetas|t-shirts|n
playera|t-shirts|n
playeras|t-shirts|n
remera|t-shirts|n
remeras|t-shirts|n
camiseta de tirantes|singlets|n
camiseta sin mangas|singlets|n
camisa|shirts|n
camisas|shirts|n
blusa|blouses|n
blusas|blouses|n
camisa polo|polo shirts|n
pantalón|trousers|n
pantalones|trousers|n
pantalón corto|shorts|n
pantalones cortos|shorts|n
bermudas|shorts|n
vaqueros|jeans|n
pantalones vaqueros|jeans|n
pantalón vaquero|jeans|n
tejanos|jeans|n
jeans|jeans|n
mallas|leggings|n
leggings|leggings|n
falda|skirts|n
faldas|skirts|n
vestido|dresses|n
vestidos|dresses|n
vestido de novia|wedding dresses|n
traje|suits|n
trajes|suits|n
traje de baño|swimwear|n
trajes de baño|swimwear|n
bañador|swimwear|n
bañadores|swimwear|n
bikini|bikinis|n
biquini|bikinis|n
chaqueta|jackets|n
chaquetas|jackets|n
chamarra|jackets|n
blazer|blazers|n
chaleco|waistcoats|n
chalecos|waistcoats|n
abrigo|overcoats|n
abrigos|overcoats|n
anorak|anoraks|n
parka|parkas|n
cazadora|jackets|n
plumífero|padded jackets|n
chubasquero|raincoats|n
sudadera|sweatshirts|n
sudaderas|sweatshirts|n
suéter|sweaters|n
suéteres|sweaters|n
jersey de punto|jerseys|n
jerséis|jerseys|n
pulóver|pullovers|n
cárdigan|cardigans|n
chándal|tracksuits|n
chandal|tracksuits|n
conjunto deportivo|tracksuits|n
pijama|pyjamas|n
pijamas|pyjamas|n
camisón|nightdresses|n
bata|dressing gowns|n
albornoz|bathrobes|n
calzoncillos|underpants|n
bóxer|boxer shorts|n
bragas|briefs|n
braguitas|briefs|n
sujetador|brassieres|n
sujetadores|brassieres|n
brasier|brassieres|n
sostén|brassieres|n
corsé|corsets|n
calcetines|socks|n
calcetín|socks|n
medias|stockings|n
pantis|tights|n
leotardos|tights|n
guantes|gloves|n
guante|gloves|n
bufanda|scarves|n
bufandas|scarves|n
pañuelo|handkerchiefs|n
pañuelos|handkerchiefs|n
chal|shawls|n
corbata|ties|n
corbatas|ties|n
pajarita|bow ties|n
uniforme|uniforms|n
uniformes|uniforms|n
body de bebé|babies' bodysuits|n
pañales|diapers|n
pañal|diapers|n
pañales desechables|disposable diapers|n
compresas|sanitary towels|n
tampones|tampons|n
toallitas húmedas|wet wipes|n
ropa de cama|bed linen|n
sábana|bed sheets|n
sábanas|bed sheets|n
funda de almohada|pillowcases|n
fundas de almohada|pillowcases|n
edredón|quilts|n
edredones|quilts|n
mantas|blankets|n
cobija|blankets|n
cobijas|blankets|n
colcha|bedspreads|n
toalla|towels|n
toallas|towels|n
toalla de baño|bath towels|n
manteles|tablecloths|n
cortina|curtains|n
cortinas|curtains|n
cojín|cushions|n
cojines|cushions|n
almohada|pillows|n
almohadas|pillows|n
saco de dormir|sleeping bags|n
tienda de campaña|tents|n
tiendas de campaña|tents|n
toldo|awnings|n
velas de barco|sails|n
paño de cocina|tea towels|n
trapos|rags|n
ropa usada|worn clothing|n
mascarilla|face masks|n
mascarillas|face masks|n
bolsa de tela|textile bags|n
sacos|sacks|n
saco|sacks|n

# Chapters 64-67: footwear, headgear, umbrellas
calzado|footwear|n
zapato|shoes|n
zapatos|shoes|n
zapatillas|sports shoes|n
zapatillas deportivas|sports shoes|n
zapatillas de deporte|sports shoes|n
tenis|sports shoes|n
deportivas|sports shoes|n
botas|boots|n
bota|boots|n
botines|ankle boots|n
sandalias|sandals|n
sandalia|sandals|n
chanclas|flip-flops|n
chancletas|flip-flops|n
pantuflas|slippers|n
zapatillas de casa|slippers|n
alpargatas|espadrilles|n
mocasines|moccasins|n
tacones|high-heeled shoes|n
zapatos de tacón|high-heeled shoes|n
botas de seguridad|safety boots|n
botas de agua|rubber boots|n
suela|soles|n
suelas|soles|n
plantillas|insoles|n
cordones|laces|n
sombrero|hats|n
sombreros|hats|n
gorra|caps|n
gorras|caps|n
gorro|hats|n
gorros|hats|n
boina|berets|n
casco|helmets|n
cascos|helmets|n
casco de moto|motorcycle helmets|n
casco de seguridad|safety helmets|n
paraguas|umbrellas|n
sombrilla|sunshades|n
bastón|walking sticks|n
peluca|wigs|n
pelucas|wigs|n
extensiones de cabello|hair extensions|n
pestañas postizas|false eyelashes|n
flores artificiales|artificial flowers|n

# Chapters 68-70: stone, ceramics, glass
baldosas|tiles|n
baldosa|tiles|n
azulejos|glazed tiles|n
azulejo|glazed tiles|n
losas|flags|n
ladrillos|bricks|n
ladrillo|bricks|n
tejas|roofing tiles|n
bloques de hormigón|concrete blocks|n
hormigón|concrete|m
placas de yeso|plasterboard|n
pladur|plasterboard|n
fibrocemento|fibre cement|m
muelas|grinding wheels|n
papel de lija|sandpaper|n
lija|sandpaper|n
lana de roca|rock wool|n
lana de vidrio|glass wool|n
cerámica|ceramic|m
cerámicas|ceramic|m
de cerámica|ceramic|m
porcelana|porcelain|m
de porcelana|porcelain|m
gres|stoneware|m
loza|earthenware|m
vajilla|tableware|n
vajillas|tableware|n
platos|plates|n
taza|cups|n
tazas|cups|n
tazón|bowls|n
tazones|bowls|n
cuenco|bowls|n
cuencos|bowls|n
jarrón|vases|n
jarrones|vases|n
maceta|flower pots|n
macetas|flower pots|n
lavabo|washbasins|n
lavabos|washbasins|n
fregadero|sinks|n
vidrio|glass|m
de vidrio|glass|m
cristal|glass|m
de cristal|glass|m
vidrio templado|tempered glass|m
vidrio laminado|laminated glass|m
vidrio flotado|float glass|n
vaso|drinking glasses|n
vasos|drinking glasses|n
copa|stemware|n
copas|stemware|n
frasco|jars|n
frascos|jars|n
tarro|jars|n
tarros|jars|n
espejo|mirrors|n
espejos|mirrors|n
fibra de vidrio|glass fibres|m
protector de pantalla|screen protectors|n
cristal templado|tempered glass|m

# Chapter 71: jewellery and precious metals
joyas|jewellery|n
joya|jewellery|n
joyería|jewellery|n
bisutería|imitation jewellery|n
oro|gold|m
de oro|gold|m
plata|silver|m
de plata|silver|m
plata de ley|sterling silver|m
platino|platinum|m
paladio|palladium|m
chapado en oro|gold-plated|m
bañado en oro|gold-plated|m
diamante|diamonds|n
diamantes|diamonds|n
piedras preciosas|precious stones|n
perlas|pearls|n
perla|pearls|n
anillo|rings|n
anillos|rings|n
sortija|rings|n
collares|necklaces|n
colgante|pendants|n
colgantes|pendants|n
pendientes|earrings|n
aretes|earrings|n
aros|earrings|n
pulsera|bracelets|n
pulseras|bracelets|n
brazalete|bracelets|n
cadena|chains|n
cadenas|chains|n
broche|brooches|n
monedas|coins|n
lingotes|ingots|n

# Chapters 72-73: iron and steel
hierro|iron|m
de hierro|iron|m
hierro fundido|cast iron|m
acero|steel|m
de acero|steel|m
acero inoxidable|stainless steel|m
inoxidable|stainless|m
acero al carbono|carbon steel|m
acero aleado|alloy steel|m
arrabio|pig iron|n
ferroaleaciones|ferro-alloys|n
chatarra|scrap|n
desperdicios|waste|n
palanquilla|billets|n
palanquillas|billets|n
planchones|slabs|n
bobinas|coils|n
bobina|coils|n
en bobinas|in coils|m
laminado en caliente|hot-rolled|m
laminados en caliente|hot-rolled|m
laminada en caliente|hot-rolled|m
laminado en frío|cold-rolled|m
laminados en frío|cold-rolled|m
laminada en frío|cold-rolled|m
galvanizado|galvanised|m
galvanizada|galvanised|m
galvanizados|galvanised|m
galvanizadas|galvanised|m
chapa|sheets|n
chapas|sheets|n
chapa galvanizada|galvanised sheets|n
hojalata|tinplate|n
productos planos|flat-rolled products|n
barras|bars|n
barra|bars|n
varilla|rods|n
varillas|rods|n
alambrón|wire rod|n
varilla corrugada|reinforcing bars|n
corrugado|corrugated|m
perfiles|sections|n
perfil|sections|n
vigas|beams|n
viga|beams|n
alambre|wire|n
alambres|wire|n
alambre de púas|barbed wire|n
tubos de acero|steel tubes|n
tubería de acero|steel pipes|n
sin costura|seamless|m
soldado|welded|m
soldados|welded|m
estructuras metálicas|structures|n
andamios|scaffolding|n
tanque|tanks|n
tanques|tanks|n
cilindro de gas|gas cylinders|n
bombona|gas cylinders|n
malla|mesh|n
mallas metálicas|wire mesh|n
malla metálica|wire mesh|n
cadena de acero|steel chains|n
ancla|anchors|n
clavos|nails|n
clavo|nails|n
tornillo|screws|n
tornillos|screws|n
pernos|bolts|n
perno|bolts|n
tuercas|nuts|n
tuerca|nuts|n
arandelas|washers|n
remaches|rivets|n
muelles|springs|n
resortes|springs|n
estufa|stoves|n
estufas|stoves|n
radiadores|radiators|n
ollas|pots|n
olla|pots|n
sartén|frying pans|n
sartenes|frying pans|n
cacerola|saucepans|n
utensilios de cocina|kitchenware|n
menaje|kitchenware|n
lana de acero|steel wool|n
estropajo|scourers|n

# Chapters 74-81: copper, aluminium and other base metals
cobre|copper|m
de cobre|copper|m
latón|brass|m
bronce|bronze|m
cátodos de cobre|copper cathodes|n
alambre de cobre|copper wire|n
níquel|nickel|m
aluminio|aluminium|m
de aluminio|aluminium|m
aluminum|aluminium|m
papel de aluminio|aluminium foil|n
lámina de aluminio|aluminium foil|n
perfiles de aluminio|aluminium profiles|n
lata|cans|n
latas|cans|n
latas de aluminio|aluminium cans|n
plomo|lead|m
zinc|zinc|m
cinc|zinc|m
estaño|tin|m
tungsteno|tungsten|m
molibdeno|molybdenum|m
magnesio|magnesium|m
titanio|titanium|m
cobalto|cobalt|m
metal|metal|m
metálico|metal|m
metálica|metal|m
metálicos|metal|m
metálicas|metal|m

# Chapters 82-83: tools, cutlery, locks
herramienta|tools|n
herramientas|tools|n
herramientas manuales|hand tools|n
herramientas eléctricas|power tools|n
martillo|hammers|n
martillos|hammers|n
destornillador|screwdrivers|n
destornilladores|screwdrivers|n
alicates|pliers|n
pinzas|tweezers|n
llave inglesa|spanners|n
llaves de tubo|socket wrenches|n
hoja de sierra|saw blades|n
taladro|drills|n
taladros|drills|n
broca|drill bits|n
brocas|drill bits|n
pala|spades|n
palas|shovels|n
azada|hoes|n
rastrillo|rakes|n
tijeras|scissors|n
tijera|scissors|n
cuchillo|knives|n
cuchillos|knives|n
navaja|pocket knives|n
cuchilla|blades|n
cuchillas|blades|n
cuchillas de afeitar|razor blades|n
maquinilla de afeitar|razors|n
cubiertos|cutlery|n
cuchara|spoons|n
cucharas|spoons|n
tenedor|forks|n
tenedores|forks|n
cortaúñas|nail clippers|n
candado|padlocks|n
candados|padlocks|n
cerradura|locks|n
cerraduras|locks|n
llave|keys|n
llaves|keys|n
bisagras|hinges|n
bisagra|hinges|n
caja fuerte|safes|n
grapas|staples|n
grapadora|staplers|n
campanas|bells|n

# Chapter 84: machinery
máquina|machines|n
máquinas|machines|n
maquinaria|machinery|n
motor|engines|n
motores|engines|n
motor diésel|diesel engines|n
motor de gasolina|petrol engines|n
motor fueraborda|outboard motors|n
turbina|turbines|n
turbinas|turbines|n
bomba|pumps|n
bombas|pumps|n
bomba de agua|water pumps|n
bomba sumergible|submersible pumps|n
compresor|compressors|n
compresores|compressors|n
compresor de aire|air compressors|n
ventilador|fans|n
ventiladores|fans|n
ventilador de techo|ceiling fans|n
aire acondicionado|air conditioners|n
aires acondicionados|air conditioners|n
acondicionador de aire|air conditioners|n
climatizador|air conditioners|n
refrigerador|refrigerators|n
refrigeradores|refrigerators|n
frigorífico|refrigerators|n
frigoríficos|refrigerators|n
nevera|refrigerators|n
neveras|refrigerators|n
heladera|refrigerators|n
congelador|freezers|n
congeladores|freezers|n
bomba de calor|heat pumps|n
calentador de agua|water heaters|n
termo eléctrico|water heaters|n
calentador|heaters|n
horno industrial|industrial ovens|n
secadora|dryers|n
secadoras|tumble dryers|n
filtro|filters|n
filtros|filters|n
filtro de aceite|oil filters|n
filtro de aire|air filters|n
purificador de agua|water filters|n
purificador de aire|air purifiers|n
lavavajillas|dishwashers|n
lavaplatos|dishwashers|n
báscula|weighing machines|n
balanza|balances|n
extintor|fire extinguishers|n
extintores|fire extinguishers|n
pulverizador|sprayers|n
grúa|cranes|n
grúas|cranes|n
montacargas|forklift trucks|n
carretilla elevadora|forklift trucks|n
ascensor|lifts|n
ascensores|lifts|n
escalera mecánica|escalators|n
cinta transportadora|conveyors|n
excavadora|excavators|n
excavadoras|excavators|n
retroexcavadora|backhoe loaders|n
bulldozer|bulldozers|n
niveladora|graders|n
tractor|tractors|n
tractores|tractors|n
cosechadora|harvesters|n
sembradora|seeders|n
máquina de coser|sewing machines|n
máquinas de coser|sewing machines|n
telar|looms|n
lavadora|washing machines|n
lavadoras|washing machines|n
máquina de lavar|washing machines|n
impresora|printers|n
impresoras|printers|n
impresora 3d|3d printers|n
fotocopiadora|photocopiers|n
escáner|scanners|n
ordenador|computers|n
ordenadores|computers|n
computadora|computers|n
computadoras|computers|n
computador|computers|n
ordenador portátil|laptops|n
ordenadores portátiles|laptops|n
computadora portátil|laptops|n
computadoras portátiles|laptops|n
portátil|laptops|n
portátiles|laptops|n
laptop|laptops|n
laptops|laptops|n
ordenador de sobremesa|desktop computers|n
computadora de escritorio|desktop computers|n
tableta|tablet computers|n
tabletas digitales|tablet computers|n
servidor|servers|n
servidores|servers|n
teclado|keyboards|n
teclados|keyboards|n
ratón|mouse|n
ratón inalámbrico|wireless mouse|n
mouse inalámbrico|wireless mouse|n
disco duro|hard disk drives|n
disco duro externo|external hard drives|n
unidad ssd|solid-state drives|n
memoria usb|usb flash drives|n
pendrive|usb flash drives|n
tarjeta gráfica|graphics cards|n
placa base|motherboards|n
cajero automático|atms|n
máquina expendedora|vending machines|n
cafetera|coffee makers|n
cafeteras|coffee makers|n
máquina de café|coffee machines|n
molinillo|grinders|n
rodamientos|bearings|n
rodamiento|bearings|n
cojinetes|bearings|n
engranajes|gears|n
válvula|valves|n
válvulas|valves|n
grifo|taps|n
grifos|taps|n
grifería|taps|n
moldes|moulds|n
molde|moulds|n
reactor nuclear|nuclear reactors|n
generador|generators|n
generadores|generators|n
grupo electrógeno|generating sets|n
máquina herramienta|machine tools|n
torno|lathes|n
fresadora|milling machines|n
cortadora láser|laser cutting machines|n
inyectora de plástico|injection moulding machines|n
robot industrial|industrial robots|n

# Chapter 85: electrical machinery and electronics
eléctrico|electric|m
eléctrica|electric|m
eléctricos|electric|m
eléctricas|electric|m
electrónico|electronic|m
electrónica|electronic|m
electrónicos|electronic|m
electrónicas|electronic|m
electrodomésticos|household appliances|n
electrodoméstico|household appliances|n
pequeños electrodomésticos|small household appliances|n
motor eléctrico|electric motors|n
motores eléctricos|electric motors|n
transformador|transformers|n
transformadores|transformers|n
cargador|chargers|n
cargadores|chargers|n
cargador inalámbrico|wireless chargers|n
cargador de coche|car chargers|n
adaptador|adapters|n
adaptadores|adapters|n
fuente de alimentación|power supplies|n
inversor|inverters|n
inversores|inverters|n
batería|batteries|n
baterías|batteries|n
batería de litio|lithium-ion batteries|n
baterías de litio|lithium-ion batteries|n
batería de iones de litio|lithium-ion batteries|n
batería recargable|rechargeable batteries|n
batería de plomo|lead-acid accumulators|n
acumulador|accumulators|n
pila|batteries|n
pilas|batteries|n
pilas alcalinas|alkaline batteries|n
batería externa|power banks|n
powerbank|power banks|n
banco de energía|power banks|n
aspiradora|vacuum cleaners|n
aspiradoras|vacuum cleaners|n
robot aspirador|robot vacuum cleaners|n
licuadora|blenders|n
licuadoras|blenders|n
batidora|mixers|n
procesador de alimentos|food processors|n
exprimidor|juicers|n
extractor de jugos|juicers|n
secador de pelo|hair dryers|n
secador|hair dryers|n
plancha de pelo|hair straighteners|n
plancha|irons|n
plancha de ropa|electric irons|n
afeitadora|shavers|n
afeitadora eléctrica|electric shavers|n
cepillo de dientes eléctrico|electric toothbrushes|n
hervidor|kettles|n
hervidor eléctrico|electric kettles|n
tetera eléctrica|electric kettles|n
tostadora|toasters|n
microondas|microwave ovens|n
horno microondas|microwave ovens|n
horno|ovens|n
hornos|ovens|n
horno eléctrico|electric ovens|n
freidora|fryers|n
freidora de aire|air fryers|n
arrocera|rice cookers|n
olla arrocera|rice cookers|n
olla eléctrica|electric cookers|n
olla a presión eléctrica|electric pressure cookers|n
placa de inducción|induction hobs|n
cocina de inducción|induction cookers|n
estufa eléctrica|electric heaters|n
calefactor|space heaters|n
teléfono|telephones|n
teléfonos|telephones|n
teléfono móvil|mobile phones|n
teléfonos móviles|mobile phones|n
móvil|mobile phones|n
móviles|mobile phones|n
celular|mobile phones|n
celulares|mobile phones|n
teléfono celular|mobile phones|n
teléfono inteligente|smartphones|n
teléfono móvil inteligente|smartphones|n
teléfonos móviles inteligentes|smartphones|n
celular inteligente|smartphones|n
teléfonos inteligentes|smartphones|n
smartphone|smartphones|n
smartphones|smartphones|n
teléfono fijo|telephone sets|n
reloj inteligente|smartwatches|n
relojes inteligentes|smartwatches|n
smartwatch|smartwatches|n
pulsera inteligente|fitness bands|n
enrutador|routers|n
router|routers|n
módem|modems|n
antena|aerials|n
antenas|aerials|n
auriculares|headphones|n
audífonos|headphones|n
cascos inalámbricos|wireless headphones|n
auriculares inalámbricos|wireless headphones|n
altavoz|loudspeakers|n
altavoces|loudspeakers|n
parlante|loudspeakers|n
parlantes|loudspeakers|n
bocina|loudspeakers|n
bocinas|loudspeakers|n
micrófono|microphones|n
micrófonos|microphones|n
amplificador|amplifiers|n
televisor|television receivers|n
televisores|television receivers|n
televisión|television receivers|n
tele|television receivers|n
pantalla|screens|n
pantallas|screens|n
monitor|monitors|n
monitores|monitors|n
proyector|projectors|n
proyectores|projectors|n
cámara|cameras|n
cámaras|cameras|n
cámara digital|digital cameras|n
cámara de vigilancia|surveillance cameras|n
cámara de seguridad|security cameras|n
videocámara|video cameras|n
dron|drones|n
drones|drones|n
consola de videojuegos|video game consoles|n
videoconsola|video game consoles|n
tarjeta de memoria|memory cards|n
tarjetas de memoria|memory cards|n
tarjeta sd|memory cards|n
circuitos integrados|integrated circuits|n
microchip|integrated circuits|n
procesador|processors|n
placa de circuito impreso|printed circuit boards|n
circuito impreso|printed circuits|n
semiconductores|semiconductors|n
diodo|diodes|n
diodos|diodes|n
transistores|transistors|n
condensador|capacitors|n
condensadores|capacitors|n
resistencias|resistors|n
panel solar|solar panels|n
paneles solares|solar panels|n
placa solar|solar panels|n
placas solares|solar panels|n
módulo fotovoltaico|photovoltaic modules|n
módulos fotovoltaicos|photovoltaic modules|n
célula solar|solar cells|n
células solares|solar cells|n
celdas solares|solar cells|n
leds|leds|n
bombilla|lamps|n
bombillas|lamps|n
bombilla led|led lamps|n
bombillo|lamps|n
foco led|led lamps|n
tira led|led strips|n
tiras led|led strips|n
cable|cables|n
cables|cables|n
cable eléctrico|electric cables|n
cable usb|usb cables|n
cable de datos|data cables|n
cable de red|network cables|n
fibra óptica|optical fibre|n
cable coaxial|coaxial cables|n
alargador|extension cables|n
regleta|power strips|n
enchufe|plugs|n
enchufes|sockets|n
toma de corriente|sockets|n
interruptor|switches|n
interruptores|switches|n
disyuntor|circuit breakers|n
fusible|fuses|n
fusibles|fuses|n
relé|relays|n
conector|connectors|n
conectores|connectors|n
cuadro eléctrico|switchboards|n
sensor|sensors|n
sensores|sensors|n
alarma|alarms|n
alarmas|alarms|n
soldador|soldering irons|n
electroimán|electromagnets|n
aislador|insulators|n
luz|lights|n
luces|lights|n
semáforo|traffic signals|n

# Chapters 86-89: vehicles, aircraft, ships
vehículo|vehicles|n
vehículos|vehicles|n
coche|cars|n
coches|cars|n
carro|cars|n
carros|cars|n
auto|cars|n
autos|cars|n
automóvil|motor cars|n
automóviles|motor cars|n
coche eléctrico|electric cars|n
coches eléctricos|electric cars|n
auto eléctrico|electric cars|n
vehículo eléctrico|electric vehicles|n
vehículos eléctricos|electric vehicles|n
híbrido|hybrid|m
híbrida|hybrid|m
híbridos|hybrid|m
híbrido enchufable|plug-in hybrid|m
todoterreno|off-road vehicles|n
camioneta|pick-up trucks|n
furgoneta|vans|n
furgonetas|vans|n
camión|lorries|n
camiones|lorries|n
camión volquete|dumpers|n
autobús|buses|n
autobuses|buses|n
ómnibus|buses|n
remolque|trailers|n
remolques|trailers|n
semirremolque|semi-trailers|n
ambulancia|ambulances|n
motocicleta|motorcycles|n
motocicletas|motorcycles|n
moto|motorcycles|n
motos|motorcycles|n
moto eléctrica|electric motorcycles|n
ciclomotor|mopeds|n
scooter|scooters|n
patinete|scooters|n
patinete eléctrico|electric scooters|n
bicicleta|bicycles|n
bicicletas|bicycles|n
bici|bicycles|n
bicicleta eléctrica|electric bicycles|n
bicicletas eléctricas|electric bicycles|n
triciclo|tricycles|n
cochecito de bebé|baby carriages|n
carriola|baby carriages|n
silla de ruedas|wheelchairs|n
sillas de ruedas|wheelchairs|n
carretilla|wheelbarrows|n
repuestos|spare parts|m
recambios|spare parts|m
piezas de repuesto|spare parts|m
autopartes|motor vehicle parts|n
piezas|parts|m
pieza|parts|m
partes|parts|m
accesorios|accessories|m
accesorio|accessories|m
accesorios para coche|car accessories|m
frenos|brakes|n
freno|brakes|n
pastillas de freno|brake pads|n
discos de freno|brake discs|n
amortiguador|shock absorbers|n
amortiguadores|shock absorbers|n
parachoques|bumpers|n
caja de cambios|gearboxes|n
embrague|clutches|n
radiador|radiators|n
silenciador|silencers|n
tubo de escape|exhaust pipes|n
volante|steering wheels|n
rueda|wheels|n
ruedas|wheels|n
rines|wheel rims|n
llantas de aleación|alloy wheels|n
asiento|seats|n
asientos|seats|n
asiento de coche para niños|child car seats|n
cinturón de seguridad|seat belts|n
airbag|airbags|n
bujías|spark plugs|n
bujía|spark plugs|n
faros|headlamps|n
faro|headlamps|n
espejo retrovisor|rear-view mirrors|n
limpiaparabrisas|windscreen wipers|n
parabrisas|windscreens|n
carrocería|bodies|n
chasis|chassis|n
sillín|saddles|n
cadena de bicicleta|bicycle chains|n
cuadro de bicicleta|bicycle frames|n
tren|trains|n
locomotora|locomotives|n
vagón|wagons|n
vagones|wagons|n
contenedor|containers|n
contenedores|containers|n
avión|aeroplanes|n
aviones|aeroplanes|n
helicóptero|helicopters|n
planeador|gliders|n
paracaídas|parachutes|n
barco|ships|n
barcos|ships|n
buque|vessels|n
buques|vessels|n
embarcación|boats|n
embarcaciones|boats|n
bote|boats|n
lancha|motorboats|n
velero|sailboats|n
yate|yachts|n
yates|yachts|n
kayak|kayaks|n
canoa|canoes|n
barco pesquero|fishing vessels|n
buque de carga|cargo vessels|n
buque cisterna|tankers|n
petrolero|tankers|n

# Chapters 90-92: instruments, medical devices, watches, musical instruments
gafas|spectacles|n
anteojos|spectacles|n
lentes|spectacles|n
gafas de sol|sunglasses|n
lentes de sol|sunglasses|n
lentes de contacto|contact lenses|n
lentillas|contact lenses|n
lente|lenses|n
montura de gafas|spectacle frames|n
monturas|spectacle frames|n
binoculares|binoculars|n
prismáticos|binoculars|n
telescopio|telescopes|n
microscopio|microscopes|n
lupa|magnifying glasses|n
láser|lasers|n
instrumentos médicos|medical instruments|n
instrumental médico|medical instruments|n
dispositivo médico|medical devices|n
dispositivos médicos|medical devices|n
equipo médico|medical equipment|n
jeringa|syringes|n
jeringas|syringes|n
jeringuilla|syringes|n
agujas|needles|n
aguja|needles|n
catéter|catheters|n
tensiómetro|blood pressure monitors|n
termómetro|thermometers|n
termómetros|thermometers|n
termómetro digital|digital thermometers|n
estetoscopio|stethoscopes|n
oxímetro|pulse oximeters|n
pulsioxímetro|pulse oximeters|n
glucómetro|glucometers|n
nebulizador|nebulisers|n
audífono|hearing aids|n
audífonos para sordos|hearing aids|n
prótesis|prostheses|n
marcapasos|pacemakers|n
muletas|crutches|n
cama de hospital|hospital beds|n
rayos x|x-ray apparatus|n
ecógrafo|ultrasound scanners|n
equipo de rayos x|x-ray apparatus|n
instrumentos dentales|dental instruments|n
concentrador de oxígeno|oxygen concentrators|n
medidor|meters|n
medidores|meters|n
contador de agua|water meters|n
contador eléctrico|electricity meters|n
manómetro|pressure gauges|n
multímetro|multimeters|n
osciloscopio|oscilloscopes|n
instrumentos de medición|measuring instruments|n
instrumento de medida|measuring instruments|n
regla|rulers|n
cinta métrica|tape measures|n
nivel láser|laser levels|n
brújula|compasses|n
termostato|thermostats|n
balanza de cocina|kitchen scales|n
báscula de baño|bathroom scales|n
reloj|watches|n
relojes|watches|n
reloj de pulsera|wristwatches|n
relojes de pulsera|wristwatches|n
reloj de pared|wall clocks|n
despertador|alarm clocks|n
cronómetro|stopwatches|n
instrumentos musicales|musical instruments|n
instrumento musical|musical instruments|n
guitarra|guitars|n
guitarras|guitars|n
guitarra eléctrica|electric guitars|n
bajo eléctrico|bass guitars|n
violín|violins|n
piano|pianos|n
pianos|pianos|n
teclado electrónico|electronic keyboards|n
batería musical|drum kits|n
tambor|drums|n
tambores|drums|n
flauta|flutes|n
trompeta|trumpets|n
saxofón|saxophones|n
armónica|harmonicas|n
ukelele|ukuleles|n

# Chapters 93-97: arms, furniture, lamps, toys, sports goods, miscellaneous
armas|arms|n
escopeta|shotguns|n
municiones|ammunition|n
cartuchos|cartridges|n
mueble|furniture|n
muebles|furniture|n
mobiliario|furniture|n
muebles de oficina|office furniture|n
muebles de cocina|kitchen furniture|n
muebles de jardín|garden furniture|n
silla|chairs|n
sillas|chairs|n
silla de oficina|office chairs|n
silla gamer|gaming chairs|n
sillón|armchairs|n
sillones|armchairs|n
sofá|sofas|n
sofás|sofas|n
sofá cama|sofa beds|n
taburete|stools|n
taburetes|stools|n
mesa de comedor|dining tables|n
mesa de centro|coffee tables|n
mesa de oficina|office desks|n
mesa plegable|folding tables|n
mesa de madera|wooden tables|n
mesas de madera|wooden tables|n
mesita de noche|bedside tables|n
escritorio|desks|n
escritorios|desks|n
cama|beds|n
camas|beds|n
litera|bunk beds|n
cuna|cots|n
cunas|cots|n
colchón|mattresses|n
colchones|mattresses|n
colchón inflable|air mattresses|n
somier|bed bases|n
armario|wardrobes|n
armarios|cupboards|n
ropero|wardrobes|n
cómoda|chests of drawers|n
estantería|shelving|n
estanterías|shelves|n
estante|shelves|n
librería|bookcases|n
vitrina|display cabinets|n
zapatero|shoe racks|n
perchero|coat racks|n
lámpara|lamps|n
lámparas|lamps|n
lámpara de mesa|table lamps|n
lámpara de pie|floor lamps|n
lámpara de techo|ceiling lamps|n
candelabro|chandeliers|n
araña de luz|chandeliers|n
aplique|wall lamps|n
linterna|torches|n
linternas|torches|n
linterna frontal|headlamps|n
farol|lanterns|n
focos|spotlights|n
foco|spotlights|n
luminaria|luminaires|n
luminarias|luminaires|n
rótulo luminoso|illuminated signs|n
casa prefabricada|prefabricated buildings|n
construcciones prefabricadas|prefabricated buildings|n
juguete|toys|n
juguetes|toys|n
muñeca|dolls|n
muñecas|dolls|n
muñeco|dolls|n
muñecos|dolls|n
peluche|soft toys|n
peluches|soft toys|n
muñeco de peluche|stuffed toys|n
rompecabezas|puzzles|n
puzle|puzzles|n
puzles|puzzles|n
bloques de construcción|construction sets|n
coche de juguete|toy cars|n
coche teledirigido|remote-control cars|n
juguetes educativos|educational toys|n
juegos|games|n
juego de mesa|board games|n
juegos de mesa|board games|n
naipes|playing cards|n
cartas de juego|playing cards|n
videojuegos|video games|n
videojuego|video games|n
ajedrez|chess|n
triciclo infantil|children's tricycles|n
patinete infantil|children's scooters|n
columpio|swings|n
tobogán|slides|n
artículos deportivos|sports goods|n
artículos de deporte|sports goods|n
balón|balls|n
balones|balls|n
pelota|balls|n
pelotas|balls|n
balón de fútbol|footballs|n
balón de baloncesto|basketballs|n
pelotas de tenis|tennis balls|n
raqueta|rackets|n
raquetas|rackets|n
palos de golf|golf clubs|n
pelotas de golf|golf balls|n
esquís|skis|n
tabla de surf|surfboards|n
patines|skates|n
patines en línea|inline skates|n
monopatín|skateboards|n
cinta de correr|treadmills|n
bicicleta estática|exercise bikes|n
mancuernas|dumbbells|n
pesas|weights|n
esterilla de yoga|yoga mats|n
tienda de campaña para camping|camping tents|n
caña de pescar|fishing rods|n
cañas de pescar|fishing rods|n
anzuelos|fish hooks|n
carrete de pesca|fishing reels|n
piscina inflable|inflatable pools|n
piscina|swimming pools|n
adornos navideños|christmas decorations|n
árbol de navidad|christmas trees|n
artículos de fiesta|party articles|n
globos|balloons|n
bolígrafo|ballpoint pens|n
bolígrafos|ballpoint pens|n
boli|ballpoint pens|n
lápiz|pencils|n
lápices|pencils|n
lápices de colores|coloured pencils|n
rotulador|felt-tipped pens|n
rotuladores|felt-tipped pens|n
marcador|markers|n
marcadores|markers|n
pluma estilográfica|fountain pens|n
crayones|crayons|n
tiza|chalk|n
pizarra blanca|whiteboards|n
sacapuntas|pencil sharpeners|n
goma de borrar|erasers|n
cepillo|brushes|n
cepillos|brushes|n
cepillo de dientes|toothbrushes|n
cepillos de dientes|toothbrushes|n
pincel|paintbrushes|n
pinceles|paintbrushes|n
escoba|brooms|n
escobas|brooms|n
fregona|mops|n
trapeador|mops|n
peine|combs|n
peines|combs|n
horquillas|hair pins|n
pinzas para el pelo|hair clips|n
botones|buttons|n
cremallera|zip fasteners|n
cremalleras|zip fasteners|n
cierre|zip fasteners|n
termo|vacuum flasks|n
termos|vacuum flasks|n
botella térmica|vacuum flasks|n
encendedor de gas|gas lighters|n
pipa|pipes|n
mechero de cocina|kitchen lighters|n
biberón|feeding bottles|n
biberones|feeding bottles|n
chupete|dummies|n
chupetes|dummies|n
tampón de tinta|ink pads|n
sellos|stamps|n
cuadros|paintings|n
pinturas al óleo|oil paintings|n
esculturas|sculptures|n
antigüedades|antiques|n
sellos de correo|postage stamps|n
sierra circular|circular saws|n
sierra eléctrica|power saws|n
caldera de gas|gas boilers|n
caldera de vapor|steam boilers|n

# Qualifiers: states and processes
fresca|fresh|m
frescos|fresh|m
frescas|fresh|m
refrigerado|chilled|m
refrigerada|chilled|m
refrigerados|chilled|m
refrigeradas|chilled|m
congelado|frozen|m
congelada|frozen|m
congelados|frozen|m
congeladas|frozen|m
ultracongelado|frozen|m
seco|dried|m
seca|dried|m
secos|dried|m
secas|dried|m
secado|dried|m
deshidratado|dehydrated|m
deshidratada|dehydrated|m
deshidratados|dehydrated|m
deshidratadas|dehydrated|m
liofilizado|freeze-dried|m
salado|salted|m
salada|salted|m
salados|salted|m
saladas|salted|m
en salmuera|in brine|m
ahumado|smoked|m
ahumada|smoked|m
ahumados|smoked|m
ahumadas|smoked|m
tostado|roasted|m
tostados|roasted|m
tostadas|roasted|m
asado|roasted|m
frito|fried|m
fritos|fried|m
frita|fried|m
fritas|fried|m
cocido|cooked|m
cocida|cooked|m
cocidos|cooked|m
cocinado|cooked|m
precocido|precooked|m
hervido|boiled|m
al vapor|steamed|m
crudos|raw|m
cruda|raw|m
crudas|raw|m
refinado|refined|m
refinada|refined|m
refinados|refined|m
sin refinar|unrefined|m
virgen|virgin|m
virgen extra|extra virgin|m
molido|ground|m
molida|ground|m
molidos|ground|m
en polvo|powdered|m
en grano|whole beans|m
triturado|crushed|m
picado|chopped|m
picada|chopped|m
rallado|grated|m
en rodajas|sliced|m
cortado|cut|m
troceado|cut into pieces|m
entero|whole|m
entera|whole|m
enteros|whole|m
enteras|whole|m
pelado|peeled|m
pelada|peeled|m
pelados|peeled|m
peladas|peeled|m
sin cáscara|shelled|m
con cáscara|in shell|m
descascarado|shelled|m
pulido|polished|m
pulida|polished|m
sin piel|skinless|m
eviscerado|gutted|m
sin cabeza|headless|m
fileteado|filleted|m
marinado|marinated|m
empanado|breaded|m
rebozado|battered|m
azucarado|sweetened|m
con azúcar|sweetened|m
sin azúcar|sugar-free|m
sin gluten|gluten-free|m
sin lactosa|lactose-free|m
orgánico|organic|m
orgánica|organic|m
orgánicos|organic|m
orgánicas|organic|m
ecológico|organic|m
ecológica|organic|m
ecológicos|organic|m
natural|natural|m
naturales|natural|m
artificial|artificial|m
artificiales|artificial|m
sintético|synthetic|m
sintética|synthetic|m
sintéticos|synthetic|m
sintéticas|synthetic|m
instantáneo|instant|m
instantánea|instant|m
concentrado|concentrated|m
concentrada|concentrated|m
líquido|liquid|m
líquida|liquid|m
líquidos|liquids|m
sólido|solid|m
sólida|solid|m
gaseoso|gaseous|m
granulado|granular|m
laminado|rolled|m
laminada|rolled|m
forjado|forged|m
forjada|forged|m
fundido|cast|m
fundida|cast|m
estirado en frío|cold-drawn|m
recubierto|coated|m
recubierta|coated|m
revestido|coated|m
pintado|painted|m
pintada|painted|m
chapado|plated|m
cromado|chromium-plated|m
niquelado|nickel-plated|m
esmaltado|enamelled|m
esmaltada|enamelled|m
anodizado|anodised|m
aleación|alloy|m
aleado|alloyed|m
sin alear|non-alloy|m
soldada|welded|m
plegable|folding|m
plegables|folding|m
inflable|inflatable|m
inflables|inflatable|m
hinchable|inflatable|m
ajustable|adjustable|m
ajustables|adjustable|m
desechable|disposable|m
desechables|disposable|m
reutilizable|reusable|m
reutilizables|reusable|m
reciclado|recycled|m
reciclada|recycled|m
reciclados|recycled|m
impermeable al agua|waterproof|m
a prueba de agua|waterproof|m
resistente al agua|water-resistant|m
transparente|transparent|m
transparentes|transparent|m
autoadhesivo|self-adhesive|m
autoadhesiva|self-adhesive|m
acolchado|padded|m
acolchada|padded|m
aislado|insulated|m
aislante|insulating|m
tejido a mano|hand-woven|m
hecho a mano|handmade|m
hecha a mano|handmade|m
artesanal|handmade|m
artesanales|handmade|m
de punto de algodón|knitted cotton|m
de tejido plano|woven|m
sin mangas|sleeveless|m
manga corta|short-sleeved|m
de manga corta|short-sleeved|m
manga larga|long-sleeved|m
de manga larga|long-sleeved|m
con capucha|hooded|m
sin costuras|seamless|m
elástico|elastic|m
elástica|elastic|m
térmico|thermal|m
térmica|thermal|m
digital|digital|m
digitales|digital|m
analógico|analogue|m
inteligente|smart|m
inteligentes|smart|m
inalámbrico|wireless|m
inalámbrica|wireless|m
inalámbricos|wireless|m
inalámbricas|wireless|m
sin cables|wireless|m
sin cable|cordless|m
recargable|rechargeable|m
recargables|rechargeable|m
automático|automatic|m
automática|automatic|m
automáticos|automatic|m
automáticas|automatic|m
manual|manual|m
manuales|manual|m
mecánico|mechanical|m
mecánica|mechanical|m
hidráulico|hydraulic|m
hidráulica|hydraulic|m
de gasolina|petrol|m
a gasolina|petrol|m
de gas|gas|m
a gas|gas-fired|m
a batería|battery-powered|m
con batería|battery-powered|m
de batería|battery-powered|m
solar|solar|m
solares|solar|m
de energía solar|solar-powered|m
fotovoltaico|photovoltaic|m
fotovoltaica|photovoltaic|m
de litio|lithium|m
de iones de litio|lithium-ion|m
de alta tensión|high-voltage|m
de baja tensión|low-voltage|m
de alta presión|high-pressure|m
industrial|industrial|m
industriales|industrial|m
doméstico|household|m
doméstica|household|m
domésticos|household|m
domésticas|household|m
de uso doméstico|household|m
para el hogar|household|m
hogar|household|m
comercial|commercial|m
profesional|professional|m
profesionales|professional|m
agrícola|agricultural|m
agrícolas|agricultural|m
médico|medical|m
médica|medical|m
médicos|medical|m
médicas|medical|m
quirúrgico|surgical|m
quirúrgica|surgical|m
quirúrgicos|surgical|m
dental|dental|m
veterinario|veterinary|m
farmacéutico|pharmaceutical|m
alimentario|food-grade|m
de grado alimenticio|food-grade|m
de cocina|kitchen|m
para cocina|kitchen|m
para baño|bathroom|m
de baño|bathroom|m
de oficina|office|m
escolar|school|m
escolares|school|m
de jardín|garden|m
para jardín|garden|m
de exterior|outdoor|m
para exterior|outdoor|m
de interior|indoor|m
deportivo|sports|m
deportiva|sports|m
deportivos|sports|m
de seguridad|safety|m
de protección|protective|m
para coche|for motor vehicles|m
para automóviles|for motor vehicles|m
para vehículos|for vehicles|m
automotriz|automotive|m
para moto|for motorcycles|m
para bicicleta|for bicycles|m
de bicicleta|bicycle|m
para mascotas|for pets|m
para perros|for dogs|m
para gatos|for cats|m

# Qualifiers: users
para hombre|men's|m
para hombres|men's|m
de hombre|men's|m
hombre|men's|m
hombres|men's|m
masculino|men's|m
caballero|men's|m
de caballero|men's|m
para caballero|men's|m
para mujer|women's|m
para mujeres|women's|m
de mujer|women's|m
mujer|women's|m
mujeres|women's|m
femenino|women's|m
femenina|women's|m
dama|women's|m
de dama|women's|m
para dama|women's|m
señora|women's|m
de señora|women's|m
para niños|children's|m
para niño|children's|m
de niño|children's|m
de niños|children's|m
niño|children's|m
niños|children's|m
niña|girls'|m
niñas|girls'|m
para niña|girls'|m
de niña|girls'|m
infantil|children's|m
infantiles|children's|m
niños pequeños|toddlers'|m
para bebé|babies'|m
para bebés|babies'|m
de bebé|babies'|m
bebé|babies'|m
bebés|babies'|m
recién nacido|babies'|m
unisex|unisex|m
adulto|adults'|m
adultos|adults'|m
para adultos|adults'|m

# Qualifiers: condition, trade words
nuevo|new|m
nueva|new|m
nuevos|new|m
nuevas|new|m
usado|used|m
usada|used|m
usados|used|m
usadas|used|m
de segunda mano|second-hand|m
segunda mano|second-hand|m
reacondicionado|refurbished|m
reacondicionada|refurbished|m
restaurado|refurbished|m
original|original|m
originales|original|m
genuino|genuine|m
repuesto|spare part|m
recambio|spare part|m
juego|set|m
conjunto|set|m
kit|kit|m
set de|set|m
surtido|assorted|m
surtidos|assorted|m
mixto|mixed|m
mixta|mixed|m
a granel|in bulk|m
al por mayor|wholesale|m
mayoreo|wholesale|m
envasado|packaged|m
envasada|packaged|m
envasados|packaged|m
envasado al vacío|vacuum-packed|m
al vacío|vacuum-packed|m
en lata|canned|m
en botella|bottled|m
embotellado|bottled|m
embotellada|bottled|m
en bolsa|bagged|m
para la venta al por menor|put up for retail sale|m
grande|large|m
grandes|large|m
pequeño|small|m
pequeña|small|m
pequeños|small|m
pequeñas|small|m
mini|mini|m
ligero|lightweight|m
ligera|lightweight|m
pesado|heavy|m
pesada|heavy|m
pesados|heavy|m
de lujo|luxury|m
decorativo|decorative|m
decorativa|decorative|m
decorativos|decorative|m
decoración|decoration|n
adorno|ornaments|n
adornos|ornaments|n
regalo|gifts|n
regalos|gifts|n
de regalo|gift|m
muestras|samples|n
blanco|white|m
blanca|white|m
negra|black|m
rojo|red|m
roja|red|m
azul|blue|m
verde|green|m
verdes|green|m
amarillo|yellow|m
amarilla|yellow|m

# Compound material phrases
de acero inoxidable|stainless steel|m
de acero galvanizado|galvanised steel|m
acero galvanizado|galvanised steel|m
de cuero genuino|genuine leather|m
de cuero sintético|synthetic leather|m
de piel sintética|synthetic leather|m
de piel|leather|m
de hierro fundido|cast iron|m
de vidrio templado|tempered glass|m
mantas polares|fleece blankets|n
grano|grain|m
grano largo|long-grain|m
grano corto|short-grain|m
grano medio|medium-grain|m
arroz de grano largo|long-grain rice|n
largo|long|m
larga|long|m
largos|long|m
largas|long|m
corto|short|m
corta|short|m
cortos|short|m
cortas|short|m
de fiesta|party|m
talla|size|m
`,
};
