import type { GlossaryLanguage } from 'src/agents/tariff-classification/glossary/glossary-types';

/** French trade words: goods, materials, states and uses, with their English. */
export const FRENCH: GlossaryLanguage = {
  code: 'fr',
  name: 'French',
  head: 'first',
  unspaced: false,
  letters: 'àâæçéèêëîïôœùûüÿ',
  skip: "de du des le la les l' d' un une et ou avec pour par en au aux à sur sans type marque modèle lot x",
  entries: `
# Chapter 01: live animals
animaux vivants|live animals|n
vivant|live|m
vivants|live|m
vivante|live|m
vivantes|live|m
bétail|livestock|n
bovin|bovine|m
bovins|bovine animals|n
vache|cows|n
vaches|cows|n
veaux|calves|n
cheval|horses|n
chevaux|horses|n
âne|asses|n
ânes|asses|n
porcin|swine|m
porcins|swine|n
cochon|swine|n
cochons|swine|n
ovin|sheep|m
ovins|sheep|n
brebis|sheep|n
moutons|sheep|n
chèvre|goats|n
chèvres|goats|n
caprins|goats|n
poule|fowls|n
poules|fowls|n
poussins|chicks|n
volailles vivantes|live poultry|n
dinde|turkeys|n
dindes|turkeys|n
lapin|rabbits|n
lapins|rabbits|n
abeilles|bees|n
chien|dogs|n
chiens|dogs|n
animaux de compagnie|pets|n

# Chapter 02: meat and offal
viande|meat|n
viandes|meat|n
viande de bœuf|beef|n
viande de boeuf|beef|n
bœuf|beef|n
boeuf|beef|n
viande bovine|beef|n
veau|veal|n
viande de porc|pork|n
porc|pork|n
viande de poulet|chicken meat|n
poulet|chicken|n
poulets|chickens|n
blanc de poulet|chicken breast|n
filet de poulet|chicken breast|n
cuisses de poulet|chicken legs|n
ailes de poulet|chicken wings|n
volaille|poultry|n
volailles|poultry|n
viande de dinde|turkey meat|n
agneau|lamb|n
viande d'agneau|lamb|n
viande de mouton|mutton|n
viande de chèvre|goat meat|n
viande hachée|minced meat|n
steak haché|minced meat|n
abats|edible offal|n
foie|liver|n
foie gras|foie gras|n
côtes|ribs|n
côtelettes|chops|n
filet|fillet|n
filets|fillets|n
steak|steaks|n
lardons|bacon|n
jambon|ham|n
jambons|hams|n
jambon cru|dry-cured ham|n
saucisse|sausages|n
saucisses|sausages|n
saucisson|sausages|n
charcuterie|sausages|n
carcasses|carcasses|n
désossé|boneless|m
désossée|boneless|m
désossés|boneless|m
désossées|boneless|m
sans os|boneless|m
avec os|bone in|m

# Chapter 03: fish and seafood
poisson|fish|n
poissons|fish|n
poissons d'ornement|ornamental fish|n
fruits de mer|seafood|n
thon|tuna|n
thons|tuna|n
saumon|salmon|n
saumons|salmon|n
cabillaud|cod|n
morue|cod|n
merlu|hake|n
sardine|sardines|n
anchois|anchovies|n
maquereau|mackerel|n
maquereaux|mackerel|n
truite|trout|n
truites|trout|n
tilapia|tilapia|n
pangasius|pangasius|n
crevette|shrimps|n
crevettes|shrimps|n
gambas|prawns|n
langoustines|prawns|n
homard|lobsters|n
homards|lobsters|n
langouste|rock lobsters|n
crabe|crabs|n
crabes|crabs|n
poulpe|octopus|n
pieuvre|octopus|n
calmar|squid|n
calmars|squid|n
encornets|squid|n
seiche|cuttlefish|n
moules|mussels|n
huître|oysters|n
huîtres|oysters|n
palourdes|clams|n
coquilles saint-jacques|scallops|n
saint-jacques|scallops|n
filet de poisson|fish fillets|n
filets de poisson|fish fillets|n
farine de poisson|fish meal|n
œufs de poisson|roe|n
caviar|caviar|n

# Chapter 04: dairy, eggs, honey
lait|milk|n
lait en poudre|milk powder|n
lait entier|whole milk|n
lait écrémé|skimmed milk|n
lait demi-écrémé|semi-skimmed milk|n
lait concentré|condensed milk|n
crème fraîche|cream|n
crème liquide|cream|n
beurre|butter|n
fromage|cheese|n
fromages|cheese|n
fromage râpé|grated cheese|n
yaourt|yogurt|n
yaourts|yogurt|n
yogourt|yogurt|n
lactosérum|whey|n
produits laitiers|dairy produce|n
œuf|eggs|n
œufs|eggs|n
oeuf|eggs|n
oeufs|eggs|n
œufs frais|fresh eggs|n
miel|natural honey|n
gelée royale|royal jelly|n
propolis|propolis|n

# Chapters 05-06: other animal products, plants and flowers
plumes|feathers|n
cheveux humains|human hair|n
boyaux|guts|n
cornes|horns|n
ivoire|ivory|m
plantes|plants|n
plante|plants|n
plantes vivantes|live plants|n
fleurs|flowers|n
fleurs coupées|cut flowers|n
roses|roses|n
bulbes|bulbs|n
boutures|cuttings|n
semences|seeds|n
graines|seeds|n
arbres|trees|n
orchidées|orchids|n

# Chapter 07: vegetables
légumes|vegetables|n
légume|vegetables|n
légumineuses|leguminous vegetables|n
légumes secs|dried leguminous vegetables|n
pomme de terre|potatoes|n
pommes de terre|potatoes|n
patates|potatoes|n
tomates|tomatoes|n
oignon|onions|n
oignons|onions|n
échalotes|shallots|n
poireau|leeks|n
poireaux|leeks|n
carotte|carrots|n
carottes|carrots|n
laitue|lettuce|n
salade verte|lettuce|n
chou|cabbages|n
choux|cabbages|n
chou-fleur|cauliflowers|n
choux-fleurs|cauliflowers|n
brocoli|broccoli|n
brocolis|broccoli|n
épinards|spinach|n
concombre|cucumbers|n
concombres|cucumbers|n
cornichons|gherkins|n
poivron|sweet peppers|n
poivrons|sweet peppers|n
piment|chillies|n
piments|chillies|n
aubergine|aubergines|n
aubergines|aubergines|n
courgette|courgettes|n
courgettes|courgettes|n
potiron|pumpkins|n
citrouille|pumpkins|n
courge|pumpkins|n
champignon|mushrooms|n
champignons|mushrooms|n
truffes|truffles|n
asperges|asparagus|n
artichauts|artichokes|n
céleri|celery|n
olive|olives|n
olives|olives|n
maïs doux|sweet corn|n
haricot|beans|n
haricots|beans|n
haricots verts|green beans|n
haricots secs|dried beans|n
pois chiches|chickpeas|n
lentilles|lentils|n
petits pois|peas|n
pois|peas|n
fèves|broad beans|n
manioc|cassava|n
patate douce|sweet potatoes|n
patates douces|sweet potatoes|n
igname|yams|n
gingembre|ginger|n

# Chapter 08: fruit and nuts
fruit|fruit|n
fruits|fruit|n
fruits secs|dried fruit|n
fruits à coque|nuts|n
banane|bananas|n
bananes|bananas|n
pomme|apples|n
pommes|apples|n
poire|pears|n
poires|pears|n
citron vert|limes|n
citrons verts|limes|n
pamplemousse|grapefruit|n
agrumes|citrus fruit|n
clémentines|mandarins|n
mandarines|mandarins|n
raisin frais|grapes|n
raisins frais|grapes|n
raisin de table|grapes|n
raisins secs|raisins|n
fraise|strawberries|n
fraises|strawberries|n
myrtilles|blueberries|n
framboises|raspberries|n
cerise|cherries|n
cerises|cherries|n
pêche|peaches|n
pêches|peaches|n
abricot|apricots|n
abricots|apricots|n
pruneaux|prunes|n
pastèque|watermelons|n
pastèques|watermelons|n
melon|melons|n
ananas|pineapples|n
avocat|avocados|n
avocats|avocados|n
mangue|mangoes|n
mangues|mangoes|n
goyave|guavas|n
fruit de la passion|passion fruit|n
fruits de la passion|passion fruit|n
figues|figs|n
dattes|dates|n
noix de coco|coconuts|n
amande|almonds|n
amandes|almonds|n
noix|walnuts|n
noix de cajou|cashew nuts|n
noix du brésil|brazil nuts|n
noix de macadamia|macadamia nuts|n
noisette|hazelnuts|n
noisettes|hazelnuts|n
pistache|pistachios|n
pistaches|pistachios|n
châtaignes|chestnuts|n
cacahuète|groundnuts|n
cacahuètes|groundnuts|n
cacahuetes|groundnuts|n
arachide|groundnuts|n
arachides|groundnuts|n

# Chapter 09: coffee, tea, spices
café|coffee|n
cafés|coffee|n
café vert|green coffee|n
café torréfié|roasted coffee|n
café moulu|ground coffee|n
café en grains|coffee beans|n
café soluble|instant coffee|n
café instantané|instant coffee|n
décaféiné|decaffeinated|m
thé|tea|n
thés|tea|n
thé vert|green tea|n
thé noir|black tea|n
maté|mate|n
tisane|herbal tea|n
épices|spices|n
épice|spices|n
poivre|pepper|n
poivre noir|black pepper|n
paprika|paprika|n
cannelle|cinnamon|n
clous de girofle|cloves|n
noix de muscade|nutmeg|n
muscade|nutmeg|n
vanille|vanilla|n
cardamome|cardamom|n
cumin|cumin|n
curcuma|turmeric|n
safran|saffron|n
anis|anise|n
origan|oregano|n
laurier|bay leaves|n

# Chapters 10-11: cereals and milling products
céréales|cereals|n
blé|wheat|n
blé dur|durum wheat|n
blé tendre|common wheat|n
froment|wheat|n
riz|rice|n
riz blanc|milled rice|n
riz complet|brown rice|n
riz jasmin|jasmine rice|n
riz parfumé|jasmine rice|n
riz thaï|jasmine rice|n
riz basmati|basmati rice|n
riz étuvé|parboiled rice|n
riz brisé|broken rice|n
brisures de riz|broken rice|n
riz gluant|glutinous rice|n
riz paddy|paddy rice|n
riz long|long-grain rice|n
maïs|maize|n
maïs grain|maize|n
orge|barley|n
avoine|oats|n
seigle|rye|n
sorgho|sorghum|n
quinoa|quinoa|n
millet|millet|n
sarrasin|buckwheat|n
farine|flour|n
farines|flour|n
farine de blé|wheat flour|n
farine de maïs|maize flour|n
farine de riz|rice flour|n
semoule|groats|n
semoule de blé|durum wheat groats|n
flocons d'avoine|rolled oats|n
amidon|starch|n
fécule|starch|n
amidon de maïs|maize starch|n
gluten|gluten|n

# Chapter 12: oil seeds, herbs, seaweed
soja|soya beans|n
graines de soja|soya beans|n
graines de tournesol|sunflower seeds|n
sésame|sesame seeds|n
graines de sésame|sesame seeds|n
colza|rape seeds|n
graines de lin|linseed|n
graines de chia|chia seeds|n
houblon|hops|n
algues|seaweeds|n
plantes médicinales|medicinal plants|n
herbes aromatiques|herbs|n
canne à sucre|sugar cane|n
betterave sucrière|sugar beet|n
fourrage|fodder|n
foin|hay|n
paille|straw|n

# Chapters 13-15: gums, fats and oils
gomme arabique|gum arabic|n
résines|resins|n
huile|oil|n
huiles|oils|n
huile d'olive|olive oil|n
huile d’olive|olive oil|n
huile d'olive vierge extra|extra virgin olive oil|n
huile de tournesol|sunflower oil|n
huile de palme|palm oil|n
huile de soja|soya-bean oil|n
huile de coco|coconut oil|n
huile de colza|rapeseed oil|n
huile de maïs|maize oil|n
huile d'arachide|groundnut oil|n
huile végétale|vegetable oil|n
huiles végétales|vegetable oils|n
huile de cuisson|cooking oil|n
huile de friture|cooking oil|n
huile de poisson|fish oil|n
saindoux|lard|n
margarine|margarine|n
graisse|fat|n
graisses|fats|n
suif|tallow|n
cire|wax|n
cires|waxes|n
cire d'abeille|beeswax|n
glycérine|glycerol|n

# Chapters 16-18: meat preparations, sugar, cocoa
conserves|preserved food|n
en conserve|canned|m
en boîte|canned|m
thon en boîte|canned tuna|n
sardines en boîte|canned sardines|n
sucre|sugar|n
sucres|sugar|n
sucre de canne|cane sugar|n
sucre roux|brown sugar|n
cassonade|brown sugar|n
sucre blanc|white sugar|n
sucre raffiné|refined sugar|n
sucre en poudre|caster sugar|n
mélasse|molasses|n
sirop|syrup|n
sirop d'érable|maple syrup|n
bonbon|sugar confectionery|n
bonbons|sugar confectionery|n
confiserie|confectionery|n
confiseries|confectionery|n
sucreries|confectionery|n
chewing-gum|chewing gum|n
gomme à mâcher|chewing gum|n
cacao|cocoa|n
cacao en poudre|cocoa powder|n
fèves de cacao|cocoa beans|n
beurre de cacao|cocoa butter|n
chocolat|chocolate|n
chocolats|chocolate|n
pâte à tartiner|chocolate spread|n

# Chapter 19: cereal preparations, bakery
pain de mie|bread|n
pain complet|wholemeal bread|n
baguette|bread|n
baguettes|bread|n
biscuit|biscuits|n
biscuits|biscuits|n
gâteau|cakes|n
gâteaux|cakes|n
pâtisserie|pastry|n
pâtisseries|pastry|n
viennoiseries|pastry|n
pâtes|pasta|n
pâtes alimentaires|pasta|n
nouilles|noodles|n
nouilles instantanées|instant noodles|n
spaghettis|spaghetti|n
couscous|couscous|n
céréales pour petit-déjeuner|breakfast cereals|n
céréales du petit-déjeuner|breakfast cereals|n
flocons de maïs|corn flakes|n
muesli|muesli|n
pop-corn|popcorn|n
popcorn|popcorn|n
petits pots pour bébé|baby food|n
aliments pour bébé|baby food|n
lait infantile|infant formula|n
lait pour nourrisson|infant formula|n

# Chapters 20-21: vegetable and fruit preparations, sauces
confiture|jam|n
confitures|jam|n
gelée|jelly|n
compote|fruit puree|n
marmelade|marmalade|n
jus|juice|n
jus de fruits|fruit juice|n
jus d'orange|orange juice|n
jus de pomme|apple juice|n
nectar|nectar|n
purée|puree|n
purée de fruits|fruit puree|n
concentré de tomate|tomato paste|n
coulis de tomate|tomato sauce|n
pickles|pickles|n
frites|chips|n
frites surgelées|frozen chips|n
beurre de cacahuète|peanut butter|n
sauce|sauce|n
sauces|sauces|n
sauce soja|soy sauce|n
sauce tomate|tomato sauce|n
ketchup|ketchup|n
mayonnaise|mayonnaise|n
moutarde|mustard|n
vinaigre|vinegar|n
condiments|condiments|n
assaisonnement|seasonings|n
bouillon|broth|n
bouillon cube|stock cubes|n
cubes de bouillon|stock cubes|n
soupe|soup|n
soupes|soups|n
potage|soup|n
soupe instantanée|instant soup|n
levure|yeast|n
levure chimique|baking powder|n
crème glacée|ice cream|n
glaces et sorbets|ice cream|n
complément alimentaire|food supplements|n
compléments alimentaires|food supplements|n
protéine en poudre|protein powder|n
protéines en poudre|protein powder|n
édulcorant|sweeteners|n
édulcorants|sweeteners|n
préparations alimentaires|food preparations|n
plats cuisinés|prepared meals|n
plats préparés|prepared meals|n

# Chapter 22: beverages
boissons|beverages|n
boisson|beverages|n
eau|water|n
eaux|water|n
eau minérale|mineral water|n
eau gazeuse|sparkling water|n
eau pétillante|sparkling water|n
boissons gazeuses|carbonated drinks|n
boisson gazeuse|carbonated drinks|n
sodas|soft drinks|n
boissons sucrées|soft drinks|n
boisson énergisante|energy drinks|n
boissons énergisantes|energy drinks|n
bière|beer|n
bières|beer|n
vin|wine|n
vins|wine|n
vin rouge|red wine|n
vin blanc|white wine|n
vin rosé|rosé wine|n
vin mousseux|sparkling wine|n
crémant|sparkling wine|n
cidre|cider|n
liqueur|liqueurs|n
liqueurs|liqueurs|n
spiritueux|spirits|n
eau-de-vie|spirits|n
eaux-de-vie|spirits|n
rhum|rum|n
whisky|whisky|n
vodka|vodka|n
cognac|cognac|n
armagnac|armagnac|n
pastis|aniseed spirits|n
alcool éthylique|ethyl alcohol|n
sans alcool|non-alcoholic|m

# Chapter 23: animal feed
aliments pour animaux|animal feed|n
aliment pour animaux|animal feed|n
nourriture pour animaux|pet food|n
nourriture pour chien|dog food|n
nourriture pour chiens|dog food|n
nourriture pour chat|cat food|n
nourriture pour chats|cat food|n
croquettes|pet food|n
croquettes pour chien|dog food|n
croquettes pour chat|cat food|n
aliment du bétail|animal feed|n
son de blé|wheat bran|n
tourteau de soja|soya-bean oil-cake|n
tourteaux|oil-cake|n

# Chapter 24: tobacco
tabac|tobacco|n
tabac brut|unmanufactured tobacco|n
tabac à rouler|smoking tobacco|n
cigarette|cigarettes|n
cigarettes|cigarettes|n
cigare|cigars|n
cigares|cigars|n
cigarillos|cigarillos|n
cigarette électronique|electronic cigarettes|n
cigarettes électroniques|electronic cigarettes|n
vapoteuse|electronic cigarettes|n
e-liquide|e-liquid|n
chicha|hookahs|n
viande de canard|duck meat|n
magret de canard|duck breast|n
gousses d'ail|garlic|n
ail frais|fresh garlic|n
ail en poudre|garlic powder|n
chips de pommes de terre|potato crisps|n

# Chapters 25-27: minerals, cement, fuels
sel|salt|n
sel marin|sea salt|n
sel de table|table salt|n
gros sel|coarse salt|n
sable de silice|silica sands|n
litière pour chat|cat litter|n
gravier|gravel|n
pierre|stone|m
pierres|stones|n
marbre|marble|m
granit|granite|m
ardoise|slate|m
plâtre|plaster|n
chaux|lime|n
ciment|cement|n
ciment portland|portland cement|n
clinker|cement clinkers|n
argile|clay|m
kaolin|kaolin|n
talc|talc|n
minerai de fer|iron ore|n
minerais|ores|n
minerai|ores|n
concentré de cuivre|copper concentrates|n
charbon|coal|n
houille|coal|n
charbon de bois|wood charcoal|n
anthracite|anthracite|n
coke|coke|n
lignite|lignite|n
tourbe|peat|n
pétrole|petroleum oil|n
pétrole brut|crude petroleum oil|n
carburant|fuel|n
carburants|fuels|n
gazole|diesel|n
gasoil|diesel|n
diesel|diesel|n
kérosène|kerosene|n
carburéacteur|jet fuel|n
fioul|fuel oil|n
fuel domestique|heating oil|n
mazout|fuel oil|n
huile lubrifiante|lubricating oil|n
huile moteur|engine oil|n
lubrifiant|lubricants|n
lubrifiants|lubricants|n
graisse lubrifiante|lubricating grease|n
gaz naturel|natural gas|n
gaz naturel liquéfié|liquefied natural gas|n
gnl|liquefied natural gas|n
gaz de pétrole liquéfié|liquefied petroleum gas|n
gpl|liquefied petroleum gas|n
propane|propane|n
butane|butane|n
vaseline|petroleum jelly|n
paraffine|paraffin wax|n
asphalte|asphalt|n
bitume|bitumen|n
goudron|tar|n
électricité|electrical energy|n

# Chapters 28-30: chemicals, pharmaceuticals
produits chimiques|chemicals|n
chimique|chemical|m
chimiques|chemical|m
acide|acid|n
acides|acids|n
acide sulfurique|sulphuric acid|n
acide chlorhydrique|hydrochloric acid|n
acide nitrique|nitric acid|n
acide phosphorique|phosphoric acid|n
acide citrique|citric acid|n
soude caustique|caustic soda|n
hydroxyde de sodium|sodium hydroxide|n
carbonate de sodium|sodium carbonate|n
bicarbonate de soude|sodium bicarbonate|n
bicarbonate de sodium|sodium bicarbonate|n
ammoniac|ammonia|n
chlore|chlorine|n
hydrogène|hydrogen|n
oxygène|oxygen|n
azote|nitrogen|n
soufre|sulphur|n
silicium|silicon|n
dioxyde de titane|titanium dioxide|n
oxyde|oxide|n
carbonate de lithium|lithium carbonate|n
eau oxygénée|hydrogen peroxide|n
peroxyde d'hydrogène|hydrogen peroxide|n
méthanol|methanol|n
éthanol|ethanol|n
alcool|alcohol|n
acétone|acetone|n
glycol|glycol|n
terres rares|rare-earth metals|n
vitamines|vitamins|n
vitamine|vitamins|n
antibiotiques|antibiotics|n
médicaments|medicaments|n
médicament|medicaments|n
produits pharmaceutiques|pharmaceutical products|n
vaccins|vaccines|n
vaccin|vaccines|n
comprimés|tablets|n
comprimé|tablets|n
gélules|capsules|n
sirop contre la toux|cough syrup|n
bandages|bandages|n
pansements|dressings|n
pansement|dressings|n
compresses|gauze|n
trousse de secours|first-aid kits|n
trousse de premiers secours|first-aid kits|n

# Chapters 31-34: fertilisers, paints, cosmetics, soap
engrais|fertilisers|n
engrais chimiques|chemical fertilisers|n
urée|urea|n
sulfate d'ammonium|ammonium sulphate|n
nitrate d'ammonium|ammonium nitrate|n
chlorure de potassium|potassium chloride|n
phosphates|phosphates|n
npk|npk fertilisers|m
colorants|colouring matter|n
pigments|pigments|n
peinture|paint|n
peintures|paints|n
peinture acrylique|acrylic paint|n
vernis|varnish|n
encre|ink|n
encres|inks|n
encre d'imprimerie|printing ink|n
toner|toner|n
mastic|putty|n
parfum|perfume|n
parfums|perfumes|n
eau de toilette|eau de toilette|n
eau de parfum|perfume|n
huiles essentielles|essential oils|n
huile essentielle|essential oils|n
cosmétiques|cosmetics|n
cosmétique|cosmetics|n
produits de beauté|beauty products|n
maquillage|make-up|n
rouge à lèvres|lipstick|n
mascara|mascara|n
fard à paupières|eye shadow|n
eye-liner|eyeliner|n
vernis à ongles|nail varnish|n
crème|cream|n
crèmes|creams|n
crème pour le visage|face cream|n
crème visage|face cream|n
crème hydratante|moisturising cream|n
lotion|lotion|n
crème solaire|sunscreen|n
écran solaire|sunscreen|n
poudre|powder|n
shampooing|shampoo|n
shampoing|shampoo|n
après-shampooing|hair conditioner|n
après-shampoing|hair conditioner|n
coloration pour cheveux|hair dye|n
teinture pour cheveux|hair dye|n
laque|hair lacquer|n
dentifrice|toothpaste|n
bain de bouche|mouthwash|n
fil dentaire|dental floss|n
déodorant|deodorant|n
déodorants|deodorants|n
mousse à raser|shaving foam|n
savon|soap|n
savons|soap|n
savon liquide|liquid soap|n
gel douche|shower gel|n
détergent|detergents|n
détergents|detergents|n
lessive|washing powder|n
lessive en poudre|washing powder|n
liquide vaisselle|washing-up liquid|n
adoucissant|fabric softener|n
produits d'entretien|cleaning products|n
produits ménagers|cleaning products|n
nettoyant|cleaning preparations|n
eau de javel|bleach|n
javel|bleach|n
cirage|shoe polish|n
bougie|candles|n
bougies|candles|n

# Chapters 35-38: glues, explosives, pesticides, other chemicals
colle|glue|n
colles|glues|n
adhésif|adhesives|n
adhésifs|adhesives|n
gélatine|gelatin|n
enzymes|enzymes|n
feux d'artifice|fireworks|n
allumettes|matches|n
briquet|lighters|n
briquets|lighters|n
pellicule photo|photographic film|n
charbon actif|activated carbon|n
insecticide|insecticides|n
insecticides|insecticides|n
herbicide|herbicides|n
herbicides|herbicides|n
fongicide|fungicides|n
fongicides|fungicides|n
pesticides|pesticides|n
désinfectant|disinfectants|n
désinfectants|disinfectants|n
gel hydroalcoolique|hand sanitiser|n
liquide de frein|brake fluid|n
antigel|antifreeze|n
biodiesel|biodiesel|n
réactifs|reagents|n
additifs|additives|n

# Chapter 39: plastics
plastique|plastic|m
plastiques|plastics|m
en plastique|plastic|m
polyéthylène|polyethylene|m
polypropylène|polypropylene|m
polystyrène|polystyrene|m
polystyrène expansé|expanded polystyrene|m
polychlorure de vinyle|polyvinyl chloride|m
pvc|pvc|m
polyuréthane|polyurethane|m
polycarbonate|polycarbonate|m
acrylique|acrylic|m
résine|resin|m
résine époxy|epoxy resin|m
silicone|silicone|m
mélamine|melamine|m
sous forme primaire|primary forms|m
granulés|granules|n
granulés plastiques|plastic granules|n
sac plastique|plastic bags|n
sacs plastiques|plastic bags|n
sac en plastique|plastic bags|n
sacs en plastique|plastic bags|n
sachet|sachets|n
sachets|sachets|n
film plastique|plastic film|n
film étirable|stretch film|n
feuille|sheet|n
feuilles|sheets|n
tuyau|pipes|n
tuyaux|pipes|n
tuyau d'arrosage|garden hoses|n
tubes|tubes|n
bouteille|bottles|n
bouteilles|bottles|n
bouteille en plastique|plastic bottles|n
emballage|packaging|n
emballages|packaging|n
récipient|containers|n
récipients|containers|n
boîte de conservation|food containers|n
boîtes de conservation|food containers|n
couvercle|lids|n
couvercles|lids|n
bouchons|stoppers|n
bouchon|stoppers|n
seau|buckets|n
seaux|buckets|n
poubelle|waste bins|n
poubelles|waste bins|n
ruban adhésif|adhesive tape|n
bâche|tarpaulin|n
bâches|tarpaulins|n
baignoire|baths|n
cuvette de toilettes|lavatory pans|n
articles en plastique|articles of plastics|n

# Chapter 40: rubber
caoutchouc|rubber|m
en caoutchouc|rubber|m
caoutchouc naturel|natural rubber|m
caoutchouc synthétique|synthetic rubber|m
latex|latex|m
pneu|tyres|n
pneus|tyres|n
pneumatique|tyres|n
pneumatiques|tyres|n
chambre à air|inner tubes|n
pneus rechapés|retreaded tyres|n
gants en latex|latex gloves|n
gants en nitrile|nitrile gloves|n
préservatifs|condoms|n
préservatif|condoms|n
courroie|belts|n
courroies|belts|n
courroie de transmission|transmission belts|n
bande transporteuse|conveyor belts|n
joint torique|o-rings|n

# Chapters 41-43: leather, bags, fur
cuir|leather|m
en cuir|leather|m
cuirs|hides|n
cuir véritable|genuine leather|m
vrai cuir|genuine leather|m
simili cuir|synthetic leather|m
similicuir|synthetic leather|m
cuir synthétique|synthetic leather|m
peaux|hides and skins|n
peau|leather|m
daim|suede|m
sac à main|handbags|n
sacs à main|handbags|n
sac|bags|n
sacs|bags|n
sacoche|bags|n
pochette|pouches|n
portefeuille|wallets|n
portefeuilles|wallets|n
porte-monnaie|purses|n
porte-cartes|card holders|n
sac à dos|rucksacks|n
sacs à dos|rucksacks|n
cartable|school bags|n
valise|suitcases|n
valises|suitcases|n
bagage|luggage|n
bagages|luggage|n
mallette|briefcases|n
porte-documents|briefcases|n
sac de voyage|travelling bags|n
trousse de toilette|toilet bags|n
trousse|cases|n
étui|cases|n
étuis|cases|n
housse|covers|n
housses|covers|n
coque|cases|n
coque de téléphone|mobile phone cases|n
coque pour téléphone|mobile phone cases|n
étui de téléphone|mobile phone cases|n
sac banane|belt bags|n
ceinture|belts|n
ceintures|belts|n
bracelet de montre|watch straps|n
collier pour chien|dog collars|n
laisse|dog leashes|n
harnais|harness|n
sellerie|saddlery|n
fourrure|furskins|n
fourrures|furskins|n

# Chapter 44: wood and bamboo
bois|wood|m
en bois|wooden|m
bois scié|sawn wood|n
bois de sciage|sawn wood|n
grumes|logs|n
rondins|logs|n
contreplaqué|plywood|n
panneau de particules|particle board|n
aggloméré|particle board|n
mdf|fibreboard|n
panneau de fibres|fibreboard|n
placage|veneer|n
bois de chauffage|fuel wood|n
copeaux de bois|wood chips|n
sciure|sawdust|n
parquet|parquet flooring|n
sol stratifié|laminate flooring|n
cadre photo|photo frames|n
cadres photo|photo frames|n
bambou|bamboo|m
en bambou|bamboo|m
rotin|rattan|m
osier|wicker|m
liège|cork|m
panier|baskets|n
paniers|baskets|n
chêne|oak|m
teck|teak|m
eucalyptus|eucalyptus|m
noyer|walnut|m
hêtre|beech|m

# Chapters 47-49: paper and printed matter
papier|paper|m
papiers|paper|m
en papier|paper|m
pâte à papier|wood pulp|n
cellulose|cellulose|m
papier kraft|kraft paper|n
papier toilette|toilet paper|n
papier hygiénique|toilet paper|n
essuie-tout|kitchen towels|n
mouchoirs en papier|paper tissues|n
mouchoirs|handkerchiefs|n
serviettes en papier|paper napkins|n
papier d'impression|printing paper|n
papier a4|a4 paper|n
ramette|printing paper|n
papier recyclé|recycled paper|n
en carton|paperboard|m
carton ondulé|corrugated paperboard|n
boîte en carton|cartons|n
boîtes en carton|cartons|n
caisse en carton|cartons|n
sacs en papier|paper bags|n
enveloppes|envelopes|n
enveloppe|envelopes|n
étiquettes|labels|n
étiquette|labels|n
autocollants|stickers|n
autocollant|stickers|n
cahier|notebooks|n
cahiers|notebooks|n
carnets|notebooks|n
bloc-notes|notebooks|n
agenda papier|diaries|n
papier peint|wallpaper|n
livre|books|n
livres|books|n
magazines|magazines|n
revues|magazines|n
journaux|newspapers|n
brochures|brochures|n
catalogues|catalogues|n
calendrier|calendars|n
calendriers|calendars|n
cartes géographiques|maps|n
affiches|posters|n
affiche|posters|n
cartes postales|postcards|n
cartes de vœux|greeting cards|n
imprimés|printed matter|n

# Chapters 50-60: textile materials, yarn and fabrics
soie|silk|m
en soie|silk|m
laine|wool|m
en laine|wool|m
laine mérinos|merino wool|m
cachemire|cashmere|m
coton|cotton|m
en coton|cotton|m
coton bio|organic cotton|m
coton biologique|organic cotton|m
100% coton|100% cotton|m
lin|linen|m
en lin|linen|m
jute|jute|m
chanvre|hemp|m
sisal|sisal|m
fibre de coco|coir|m
polyester|polyester|m
en polyester|polyester|m
nylon|nylon|m
polyamide|polyamide|m
élasthanne|elastane|m
lycra|elastane|m
viscose|viscose|m
rayonne|rayon|m
microfibre|microfibre|m
fibre synthétique|synthetic fibres|m
fibres synthétiques|synthetic fibres|m
fibre artificielle|artificial fibres|m
fibre|fibre|m
fibres|fibres|m
fil|yarn|n
fils|yarn|n
fil de coton|cotton yarn|n
fil à coudre|sewing thread|n
tissu|fabric|n
tissus|fabrics|n
textile|textile|m
textiles|textiles|m
tissu de coton|cotton fabric|n
denim|denim|m
toile de jean|denim|m
velours|velvet|m
velours côtelé|corduroy|m
satin|satin|m
dentelle|lace|m
tulle|tulle|m
brodé|embroidered|m
brodée|embroidered|m
brodés|embroidered|m
broderie|embroidery|n
feutre|felt|m
non-tissé|nonwovens|n
non tissé|nonwovens|n
ouate|wadding|n
ficelle|twine|n
corde|rope|n
cordes|ropes|n
cordage|ropes|n
filet de pêche|fishing nets|n
filets de pêche|fishing nets|n
tapis|carpets|n
moquette|carpeting|n
tapisserie|tapestries|n
rubans|ribbons|n
ruban|ribbons|n
tissu enduit|coated fabric|n
maille|knitted fabric|n
en maille|knitted|m
tricot|knitted|m
tricoté|knitted|m
tricotée|knitted|m
tricotés|knitted|m
tissu tissé|woven fabric|n
tissé|woven|m
tissée|woven|m
tissés|woven|m
imprimé|printed|m
imprimée|printed|m
imprimés à motifs|printed|m
teint|dyed|m
teinte|dyed|m
teints|dyed|m
écru|unbleached|m
blanchi|bleached|m
blanchie|bleached|m
essence sans plomb|unleaded petrol|n
joints d'étanchéité|gaskets|n
bois de pin|pine wood|m
en pin|pine|m
palette en bois|pallets|n
palettes en bois|pallets|n
palettes europe|pallets|n
brillant à lèvres|lip gloss|n
pomme de douche|shower heads|n
cabine de douche|shower cubicles|n
plaque de cuisson|hobs|n
plaque à induction|induction hobs|n
plaques de plâtre|plasterboard|n
plaque de plâtre|plasterboard|n

# Chapters 61-63: apparel and made-up textiles
vêtements|clothing|n
vêtement|garments|n
habits|clothing|n
habillement|clothing|n
vêtements de travail|workwear|n
tenue de travail|workwear|n
vêtements de sport|sportswear|n
vêtements pour bébé|babies' garments|n
vêtements bébé|babies' garments|n
vêtements pour enfants|children's clothing|n
vêtements enfant|children's clothing|n
sous-vêtements|underwear|n
sous-vêtement|underwear|n
lingerie|lingerie|n
t-shirt|t-shirts|n
t-shirts|t-shirts|n
tee-shirt|t-shirts|n
tee-shirts|t-shirts|n
tee shirt|t-shirts|n
débardeur|singlets|n
débardeurs|singlets|n
maillot de corps|vests|n
chemise|shirts|n
chemises|shirts|n
chemisier|blouses|n
chemisiers|blouses|n
polo homme|polo shirts|n
chemise polo|polo shirts|n
pantalon|trousers|n
pantalons|trousers|n
jean|jeans|n
jeans|jeans|n
pantalon en jean|jeans|n
bermuda|shorts|n
bermudas|shorts|n
pantacourt|shorts|n
legging|leggings|n
leggings|leggings|n
jupe|skirts|n
jupes|skirts|n
robe de soirée|evening dresses|n
robes de soirée|evening dresses|n
robe longue|dresses|n
robe courte|dresses|n
robe d'été|dresses|n
robe femme|women's dresses|n
robes femme|women's dresses|n
robe de mariée|wedding dresses|n
robe de chambre|dressing gowns|n
costume homme|men's suits|n
costume trois pièces|men's suits|n
tailleur|suits|n
tailleurs|suits|n
maillot de bain|swimwear|n
maillots de bain|swimwear|n
bikini|bikinis|n
veste|jackets|n
vestes|jackets|n
blouson|jackets|n
blousons|jackets|n
manteau|overcoats|n
manteaux|overcoats|n
doudoune|padded jackets|n
doudounes|padded jackets|n
parka|parkas|n
anorak|anoraks|n
coupe-vent|windcheaters|n
imperméable|raincoats|n
ciré|raincoats|n
gilet|waistcoats|n
gilets|waistcoats|n
sweat-shirt|sweatshirts|n
sweat à capuche|hooded sweatshirts|n
pull-over|pullovers|n
pullover|pullovers|n
pulls|pullovers|n
pull en laine|wool pullovers|n
chandail|sweaters|n
tricots|jerseys|n
cardigan|cardigans|n
survêtement|tracksuits|n
survêtements|tracksuits|n
pyjama|pyjamas|n
pyjamas|pyjamas|n
chemise de nuit|nightdresses|n
nuisette|nightdresses|n
peignoir|bathrobes|n
peignoirs|bathrobes|n
caleçon|underpants|n
caleçons|underpants|n
boxer homme|boxer shorts|n
culotte|briefs|n
culottes|briefs|n
slips|briefs|n
soutien-gorge|brassieres|n
soutiens-gorge|brassieres|n
brassière|brassieres|n
corset|corsets|n
chaussettes|socks|n
chaussette|socks|n
collant|tights|n
collants|tights|n
gants|gloves|n
gant|gloves|n
écharpe|scarves|n
écharpes|scarves|n
foulard|scarves|n
foulards|scarves|n
châle|shawls|n
cravate|ties|n
cravates|ties|n
nœud papillon|bow ties|n
uniforme|uniforms|n
uniformes|uniforms|n
body bébé|babies' bodysuits|n
couches pour bébé|diapers|n
couches bébé|diapers|n
couches-culottes|diapers|n
couches jetables|disposable diapers|n
serviettes hygiéniques|sanitary towels|n
tampons|tampons|n
lingettes|wet wipes|n
lingettes humides|wet wipes|n
linge de lit|bed linen|n
drap|bed sheets|n
draps|bed sheets|n
housse de couette|duvet covers|n
taie d'oreiller|pillowcases|n
taies d'oreiller|pillowcases|n
couette|quilts|n
couettes|quilts|n
couverture|blankets|n
couvertures|blankets|n
couvre-lit|bedspreads|n
serviette de bain|bath towels|n
drap de bain|bath towels|n
linge de maison|household linen|n
nappe|tablecloths|n
nappes|tablecloths|n
rideau|curtains|n
rideaux|curtains|n
voilage|curtains|n
coussin|cushions|n
coussins|cushions|n
oreiller|pillows|n
oreillers|pillows|n
sac de couchage|sleeping bags|n
tente|tents|n
tentes|tents|n
auvent|awnings|n
torchon|tea towels|n
torchons|tea towels|n
chiffons|rags|n
vêtements usagés|worn clothing|n
friperie|worn clothing|n
masque chirurgical|surgical masks|n
masques chirurgicaux|surgical masks|n
sac en tissu|textile bags|n

# Chapters 64-67: footwear, headgear, umbrellas
chaussure|shoes|n
chaussures|shoes|n
souliers|shoes|n
chaussures de sport|sports shoes|n
chaussures de course|running shoes|n
chaussures de randonnée|hiking boots|n
sneakers|sports shoes|n
botte|boots|n
bottes|boots|n
bottines|ankle boots|n
sandale|sandals|n
sandales|sandals|n
claquettes|slides|n
nu-pieds|sandals|n
tongues|flip-flops|n
pantoufles|slippers|n
chaussons|slippers|n
espadrilles|espadrilles|n
mocassins|moccasins|n
escarpins|high-heeled shoes|n
chaussures à talons|high-heeled shoes|n
chaussures de sécurité|safety shoes|n
bottes en caoutchouc|rubber boots|n
semelle|soles|n
semelles|soles|n
lacets|laces|n
chapeau|hats|n
chapeaux|hats|n
casquette|caps|n
casquettes|caps|n
bonnet en laine|knitted hats|n
bonnets|hats|n
béret|berets|n
casque|helmets|n
casques|helmets|n
casque de moto|motorcycle helmets|n
casque de chantier|safety helmets|n
parapluie|umbrellas|n
parapluies|umbrellas|n
parasol|sunshades|n
canne|walking sticks|n
perruque|wigs|n
perruques|wigs|n
extensions de cheveux|hair extensions|n
faux cils|false eyelashes|n
fleurs artificielles|artificial flowers|n

# Chapters 68-70: stone, ceramics, glass
carrelage|tiles|n
carreaux|tiles|n
faïence murale|glazed tiles|n
dalles|flags|n
brique|bricks|n
briques|bricks|n
tuile|roofing tiles|n
tuiles|roofing tiles|n
parpaings|concrete blocks|n
béton|concrete|m
fibrociment|fibre cement|m
meule|grinding wheels|n
meules|grinding wheels|n
disque à tronçonner|cutting discs|n
papier abrasif|sandpaper|n
papier de verre|sandpaper|n
laine de roche|rock wool|n
laine de verre|glass wool|n
céramique|ceramic|m
céramiques|ceramic|m
en céramique|ceramic|m
porcelaine|porcelain|m
en porcelaine|porcelain|m
grès|stoneware|m
faïence|earthenware|m
terre cuite|terracotta|m
vaisselle|tableware|n
service de table|dinner sets|n
assiette|plates|n
assiettes|plates|n
tasse|cups|n
tasses|cups|n
mug|mugs|n
mugs|mugs|n
bol|bowls|n
bols|bowls|n
saladier|bowls|n
vase|vases|n
vases|vases|n
pot de fleurs|flower pots|n
pots de fleurs|flower pots|n
lavabo|washbasins|n
évier|sinks|n
verre|glass|m
en verre|glass|m
verre trempé|tempered glass|m
verre feuilleté|laminated glass|m
verre flotté|float glass|n
verres|drinking glasses|n
verre à vin|wine glasses|n
verres à vin|wine glasses|n
bocal|jars|n
bocaux|jars|n
pot en verre|jars|n
miroir|mirrors|n
miroirs|mirrors|n
fibre de verre|glass fibres|m
protection d'écran|screen protectors|n
verre trempé pour téléphone|screen protectors|n

# Chapter 71: jewellery and precious metals
bijoux|jewellery|n
bijou|jewellery|n
bijouterie|jewellery|n
joaillerie|jewellery|n
bijoux fantaisie|imitation jewellery|n
en or|gold|m
or jaune|gold|m
or blanc|white gold|m
or 18 carats|gold|m
plaqué or|gold-plated|m
en argent|silver|m
argent 925|sterling silver|m
argent massif|silver|m
argent sterling|sterling silver|m
platine|platinum|m
palladium|palladium|m
diamant|diamonds|n
diamants|diamonds|n
pierres précieuses|precious stones|n
perle|pearls|n
perles|pearls|n
bague|rings|n
bagues|rings|n
colliers|necklaces|n
pendentif|pendants|n
pendentifs|pendants|n
boucles d'oreilles|earrings|n
boucle d'oreille|earrings|n
bracelet|bracelets|n
bracelets|bracelets|n
chaîne|chains|n
chaînes|chains|n
broche|brooches|n
pièces de monnaie|coins|n
lingots|ingots|n
collier de perles|pearl necklaces|n
collier en or|gold necklaces|n
collier en argent|silver necklaces|n
masque facial|face masks|n
masques faciaux|face masks|n
masque de protection|protective masks|n
bas de contention|compression stockings|n
bas nylon|stockings|n
pantalon de jogging|track pants|n
store enrouleur|roller blinds|n
stores|blinds|n
chaussures de tennis|tennis shoes|n
alliance en or|gold rings|n

# Chapters 72-73: iron and steel
fer|iron|m
en fer|iron|m
fonte|cast iron|m
en fonte|cast iron|m
acier|steel|m
en acier|steel|m
aciers|steel|m
acier inoxydable|stainless steel|m
acier inox|stainless steel|m
inox|stainless steel|m
inoxydable|stainless|m
acier au carbone|carbon steel|m
acier allié|alloy steel|m
fonte brute|pig iron|n
ferro-alliages|ferro-alloys|n
ferraille|scrap|n
déchets|waste|n
billettes|billets|n
brames|slabs|n
bobine|coils|n
bobines|coils|n
en bobines|in coils|m
laminé à chaud|hot-rolled|m
laminés à chaud|hot-rolled|m
laminée à chaud|hot-rolled|m
laminées à chaud|hot-rolled|m
laminé à froid|cold-rolled|m
laminés à froid|cold-rolled|m
laminée à froid|cold-rolled|m
laminées à froid|cold-rolled|m
galvanisé|galvanised|m
galvanisée|galvanised|m
galvanisés|galvanised|m
galvanisées|galvanised|m
zingué|galvanised|m
tôle|sheets|n
tôles|sheets|n
tôle galvanisée|galvanised sheets|n
tôle d'acier|steel sheets|n
fer-blanc|tinplate|n
produits plats|flat-rolled products|n
barre|bars|n
barres|bars|n
fer à béton|reinforcing bars|n
rond à béton|reinforcing bars|n
fil machine|wire rod|n
profilés|sections|n
profilé|sections|n
poutre|beams|n
poutres|beams|n
poutrelles|beams|n
fil de fer|wire|n
fil métallique|wire|n
fil barbelé|barbed wire|n
tubes en acier|steel tubes|n
tube en acier|steel tubes|n
sans soudure|seamless|m
soudé|welded|m
soudés|welded|m
soudée|welded|m
charpente métallique|structures|n
échafaudage|scaffolding|n
échafaudages|scaffolding|n
réservoir|tanks|n
réservoirs|tanks|n
cuve|tanks|n
bouteille de gaz|gas cylinders|n
grillage|wire mesh|n
treillis soudé|welded mesh|n
ancre|anchors|n
clou|nails|n
clous|nails|n
vis|screws|n
boulon|bolts|n
boulons|bolts|n
écrou|nuts|n
écrous|nuts|n
rondelle|washers|n
rondelles|washers|n
rivets|rivets|n
ressort|springs|n
ressorts|springs|n
poêle à bois|wood stoves|n
radiateur|radiators|n
radiateurs|radiators|n
marmite|pots|n
marmites|pots|n
faitout|pots|n
poêle|frying pans|n
poêles|frying pans|n
poêle à frire|frying pans|n
casserole inox|saucepans|n
batterie de cuisine|kitchenware|n
ustensiles de cuisine|kitchenware|n
laine d'acier|steel wool|n
éponge grattoir|scourers|n

# Chapters 74-81: copper, aluminium and other base metals
cuivre|copper|m
en cuivre|copper|m
laiton|brass|m
bronze|bronze|m
cathodes de cuivre|copper cathodes|n
fil de cuivre|copper wire|n
nickel|nickel|m
aluminium|aluminium|m
en aluminium|aluminium|m
alu|aluminium|m
papier aluminium|aluminium foil|n
papier alu|aluminium foil|n
feuille d'aluminium|aluminium foil|n
profilés en aluminium|aluminium profiles|n
profilés aluminium|aluminium profiles|n
canette|cans|n
canettes|cans|n
boîte de conserve|cans|n
boîtes de conserve|cans|n
canettes en aluminium|aluminium cans|n
plomb|lead|m
zinc|zinc|m
étain|tin|m
tungstène|tungsten|m
molybdène|molybdenum|m
magnésium|magnesium|m
titane|titanium|m
cobalt|cobalt|m
métal|metal|m
métaux|metals|m
métallique|metal|m
métalliques|metal|m

# Chapters 82-83: tools, cutlery, locks
outil|tools|n
outils|tools|n
outils à main|hand tools|n
outillage|tools|n
outils électriques|power tools|n
outillage électroportatif|power tools|n
marteau|hammers|n
marteaux|hammers|n
tournevis|screwdrivers|n
pince|pliers|n
pinces|pliers|n
pince à épiler|tweezers|n
clé plate|spanners|n
clé à molette|adjustable spanners|n
clés plates|spanners|n
jeu de clés|spanner sets|n
clé à douille|socket wrenches|n
scie|saws|n
scies|saws|n
scie circulaire|circular saws|n
lame de scie|saw blades|n
perceuse|drills|n
perceuses|drills|n
perceuse-visseuse|drill drivers|n
visseuse|screwdrivers|n
foret|drill bits|n
forets|drill bits|n
mèches|drill bits|n
pelle|shovels|n
pelles|shovels|n
bêche|spades|n
houe|hoes|n
râteau|rakes|n
sécateur|secateurs|n
ciseaux|scissors|n
couteau|knives|n
couteaux|knives|n
couteau de poche|pocket knives|n
canif|pocket knives|n
lames|blades|n
lames de rasoir|razor blades|n
rasoir|razors|n
rasoirs|razors|n
couverts|cutlery|n
cuillère|spoons|n
cuillères|spoons|n
cuiller|spoons|n
fourchette|forks|n
fourchettes|forks|n
coupe-ongles|nail clippers|n
cadenas|padlocks|n
serrure|locks|n
serrures|locks|n
serrure connectée|electronic locks|n
clé|keys|n
clés|keys|n
charnière|hinges|n
charnières|hinges|n
coffre-fort|safes|n
agrafes|staples|n
agrafeuse|staplers|n
trombones|paper clips|n

# Chapter 84: machinery
machine|machines|n
machines|machines|n
machinerie|machinery|n
moteur|engines|n
moteurs|engines|n
moteur diesel|diesel engines|n
moteur essence|petrol engines|n
moteur à essence|petrol engines|n
moteur hors-bord|outboard motors|n
turbine|turbines|n
turbines|turbines|n
chaudière|boilers|n
chaudières|boilers|n
pompe|pumps|n
pompes|pumps|n
pompe à eau|water pumps|n
pompe immergée|submersible pumps|n
pompe submersible|submersible pumps|n
compresseur|compressors|n
compresseurs|compressors|n
compresseur d'air|air compressors|n
ventilateur|fans|n
ventilateurs|fans|n
ventilateur de plafond|ceiling fans|n
climatiseur|air conditioners|n
climatiseurs|air conditioners|n
climatisation|air conditioners|n
climatiseur mobile|portable air conditioners|n
climatiseur split|split-system air conditioners|n
réfrigérateur|refrigerators|n
réfrigérateurs|refrigerators|n
frigo|refrigerators|n
frigos|refrigerators|n
frigidaire|refrigerators|n
congélateur|freezers|n
congélateurs|freezers|n
pompe à chaleur|heat pumps|n
chauffe-eau|water heaters|n
ballon d'eau chaude|water heaters|n
four industriel|industrial ovens|n
sèche-linge|tumble dryers|n
filtre|filters|n
filtres|filters|n
filtre à huile|oil filters|n
filtre à air|air filters|n
filtre à eau|water filters|n
purificateur d'air|air purifiers|n
lave-vaisselle|dishwashers|n
extincteur|fire extinguishers|n
extincteurs|fire extinguishers|n
pulvérisateur|sprayers|n
grue|cranes|n
grues|cranes|n
chariot élévateur|forklift trucks|n
chariots élévateurs|forklift trucks|n
ascenseur|lifts|n
ascenseurs|lifts|n
escalier mécanique|escalators|n
convoyeur|conveyors|n
tapis roulant|conveyors|n
pelleteuse|excavators|n
excavatrice|excavators|n
pelle mécanique|excavators|n
tractopelle|backhoe loaders|n
bulldozer|bulldozers|n
niveleuse|graders|n
tracteur|tractors|n
tracteurs|tractors|n
moissonneuse-batteuse|combine harvesters|n
moissonneuse|harvesters|n
semoir|seeders|n
tondeuse à gazon|lawn mowers|n
tondeuse|mowers|n
machine à coudre|sewing machines|n
machines à coudre|sewing machines|n
métier à tisser|looms|n
lave-linge|washing machines|n
machine à laver|washing machines|n
machines à laver|washing machines|n
imprimante|printers|n
imprimantes|printers|n
imprimante 3d|3d printers|n
photocopieur|photocopiers|n
photocopieuse|photocopiers|n
scanner|scanners|n
ordinateur|computers|n
ordinateurs|computers|n
ordinateur portable|laptops|n
ordinateurs portables|laptops|n
pc portable|laptops|n
laptop|laptops|n
ordinateur de bureau|desktop computers|n
pc de bureau|desktop computers|n
tablette|tablet computers|n
tablettes|tablet computers|n
tablette tactile|tablet computers|n
serveur|servers|n
serveurs|servers|n
clavier|keyboards|n
claviers|keyboards|n
souris|mouse|n
souris sans fil|wireless mouse|n
disque dur|hard disk drives|n
disque dur externe|external hard drives|n
clé usb|usb flash drives|n
clés usb|usb flash drives|n
carte graphique|graphics cards|n
carte mère|motherboards|n
distributeur automatique|vending machines|n
distributeur de billets|atms|n
cafetière|coffee makers|n
cafetières|coffee makers|n
machine à café|coffee machines|n
machine à expresso|espresso machines|n
moulin à café|coffee grinders|n
broyeur|grinders|n
roulement|bearings|n
roulements|bearings|n
roulement à billes|ball bearings|n
engrenage|gears|n
engrenages|gears|n
vanne|valves|n
vannes|valves|n
valve|valves|n
robinet|taps|n
robinets|taps|n
robinetterie|taps|n
moule|moulds|n
moules industriels|moulds|n
générateur|generators|n
générateurs|generators|n
groupe électrogène|generating sets|n
groupes électrogènes|generating sets|n
machine-outil|machine tools|n
machines-outils|machine tools|n
tour à métaux|lathes|n
fraiseuse|milling machines|n
découpeuse laser|laser cutting machines|n
machine de découpe laser|laser cutting machines|n
presse à injection|injection moulding machines|n
robot industriel|industrial robots|n
balance électronique|electronic scales|n
balance de cuisine|kitchen scales|n
pèse-personne|bathroom scales|n

# Chapter 85: electrical machinery and electronics
électrique|electric|m
électriques|electric|m
électronique|electronic|m
électroniques|electronic|m
électroménager|household appliances|n
appareils électroménagers|household appliances|n
petit électroménager|small household appliances|n
moteur électrique|electric motors|n
moteurs électriques|electric motors|n
transformateur|transformers|n
transformateurs|transformers|n
chargeur|chargers|n
chargeurs|chargers|n
chargeur sans fil|wireless chargers|n
chargeur voiture|car chargers|n
chargeur de voiture|car chargers|n
adaptateur|adapters|n
adaptateurs|adapters|n
alimentation électrique|power supplies|n
bloc d'alimentation|power supplies|n
onduleur|inverters|n
onduleurs|inverters|n
batterie|batteries|n
batteries|batteries|n
batterie lithium|lithium-ion batteries|n
batterie au lithium|lithium-ion batteries|n
batteries au lithium|lithium-ion batteries|n
batterie lithium-ion|lithium-ion batteries|n
batterie rechargeable|rechargeable batteries|n
batterie au plomb|lead-acid accumulators|n
batterie de voiture|car batteries|n
accumulateur|accumulators|n
accumulateurs|accumulators|n
piles alcalines|alkaline batteries|n
pile alcaline|alkaline batteries|n
pile bouton|button cells|n
piles rechargeables|rechargeable batteries|n
batterie externe|power banks|n
powerbank|power banks|n
aspirateur|vacuum cleaners|n
aspirateurs|vacuum cleaners|n
aspirateur robot|robot vacuum cleaners|n
robot aspirateur|robot vacuum cleaners|n
mixeur|blenders|n
blender|blenders|n
batteur électrique|mixers|n
robot de cuisine|food processors|n
robot culinaire|food processors|n
extracteur de jus|juicers|n
centrifugeuse|juicers|n
presse-agrumes|citrus presses|n
sèche-cheveux|hair dryers|n
lisseur|hair straighteners|n
fer à lisser|hair straighteners|n
fer à repasser|electric irons|n
centrale vapeur|steam irons|n
rasoir électrique|electric shavers|n
tondeuse à barbe|beard trimmers|n
brosse à dents électrique|electric toothbrushes|n
bouilloire|kettles|n
bouilloires|kettles|n
bouilloire électrique|electric kettles|n
grille-pain|toasters|n
micro-ondes|microwave ovens|n
four micro-ondes|microwave ovens|n
four électrique|electric ovens|n
friteuse|fryers|n
friteuse électrique|electric fryers|n
friteuse sans huile|air fryers|n
friteuse à air|air fryers|n
cuiseur à riz|rice cookers|n
cuiseur de riz|rice cookers|n
autocuiseur|pressure cookers|n
autocuiseur électrique|electric pressure cookers|n
multicuiseur|electric cookers|n
cuisinière|cookers|n
cuisinières|cookers|n
table de cuisson|hobs|n
plaque induction|induction hobs|n
radiateur électrique|electric heaters|n
chauffage d'appoint|space heaters|n
téléphone|telephones|n
téléphones|telephones|n
téléphone portable|mobile phones|n
téléphones portables|mobile phones|n
téléphone mobile|mobile phones|n
portable android|smartphones|n
smartphone|smartphones|n
smartphones|smartphones|n
téléphone intelligent|smartphones|n
téléphone fixe|telephone sets|n
montre connectée|smartwatches|n
montres connectées|smartwatches|n
montre intelligente|smartwatches|n
smartwatch|smartwatches|n
bracelet connecté|fitness bands|n
routeur|routers|n
box internet|routers|n
modem|modems|n
antenne|aerials|n
antennes|aerials|n
écouteurs|earphones|n
écouteurs sans fil|wireless earphones|n
oreillettes|earphones|n
casque audio|headphones|n
casque sans fil|wireless headphones|n
casque bluetooth|wireless headphones|n
haut-parleur|loudspeakers|n
haut-parleurs|loudspeakers|n
enceinte bluetooth|wireless speakers|n
enceinte portable|portable speakers|n
enceintes|loudspeakers|n
enceinte connectée|smart speakers|n
microphone|microphones|n
amplificateur|amplifiers|n
ampli|amplifiers|n
télévision|television receivers|n
téléviseur|television receivers|n
téléviseurs|television receivers|n
télé|television receivers|n
écran|screens|n
écrans|screens|n
moniteur|monitors|n
moniteurs|monitors|n
écran pc|monitors|n
vidéoprojecteur|projectors|n
projecteur vidéo|projectors|n
caméra|cameras|n
caméras|cameras|n
appareil photo|digital cameras|n
appareils photo|digital cameras|n
appareil photo numérique|digital cameras|n
caméra de surveillance|surveillance cameras|n
caméra de sécurité|security cameras|n
caméscope|video cameras|n
drone|drones|n
drones|drones|n
console de jeux|video game consoles|n
console de jeu|video game consoles|n
carte mémoire|memory cards|n
cartes mémoire|memory cards|n
carte sd|memory cards|n
circuits intégrés|integrated circuits|n
circuit intégré|integrated circuits|n
puce électronique|integrated circuits|n
processeur|processors|n
circuit imprimé|printed circuits|n
carte électronique|printed circuit boards|n
semi-conducteurs|semiconductors|n
diode|diodes|n
diodes|diodes|n
transistors|transistors|n
condensateur|capacitors|n
condensateurs|capacitors|n
résistances|resistors|n
panneau solaire|solar panels|n
panneaux solaires|solar panels|n
panneau photovoltaïque|photovoltaic modules|n
panneaux photovoltaïques|photovoltaic modules|n
module photovoltaïque|photovoltaic modules|n
cellule solaire|solar cells|n
cellules solaires|solar cells|n
ampoule led|led lamps|n
ampoules led|led lamps|n
ruban led|led strips|n
bande led|led strips|n
guirlande lumineuse|lighting sets|n
guirlandes lumineuses|lighting sets|n
câble|cables|n
câbles|cables|n
câble électrique|electric cables|n
fil électrique|electric wire|n
câble usb|usb cables|n
câble de charge|charging cables|n
câble réseau|network cables|n
câble ethernet|network cables|n
fibre optique|optical fibre|n
câble coaxial|coaxial cables|n
rallonge|extension cables|n
rallonges|extension cables|n
multiprise|power strips|n
multiprises|power strips|n
prise électrique|sockets|n
prises électriques|sockets|n
fiche électrique|plugs|n
interrupteur|switches|n
interrupteurs|switches|n
disjoncteur|circuit breakers|n
disjoncteurs|circuit breakers|n
fusible|fuses|n
fusibles|fuses|n
relais|relays|n
connecteur|connectors|n
connecteurs|connectors|n
tableau électrique|switchboards|n
capteur|sensors|n
capteurs|sensors|n
alarme|alarms|n
alarmes|alarms|n
sonnette|doorbells|n
fer à souder|soldering irons|n
isolateur|insulators|n
lumière|lights|n
lumières|lights|n
feux de signalisation|traffic signals|n

# Chapters 86-89: vehicles, aircraft, ships
véhicule|vehicles|n
véhicules|vehicles|n
voiture|cars|n
voitures|cars|n
automobiles|motor cars|n
voiture électrique|electric cars|n
voitures électriques|electric cars|n
véhicule électrique|electric vehicles|n
véhicules électriques|electric vehicles|n
hybride|hybrid|m
hybrides|hybrid|m
hybride rechargeable|plug-in hybrid|m
4x4|off-road vehicles|n
camionnette|vans|n
camionnettes|vans|n
fourgon|vans|n
fourgonnette|vans|n
utilitaire|vans|n
pick-up|pick-up trucks|n
camion|lorries|n
camions|lorries|n
poids lourd|lorries|n
camion benne|dumpers|n
autobus|buses|n
autocar|coaches|n
autocars|coaches|n
minibus|minibuses|n
remorque|trailers|n
remorques|trailers|n
semi-remorque|semi-trailers|n
ambulance|ambulances|n
moto|motorcycles|n
motos|motorcycles|n
motocyclette|motorcycles|n
motocyclettes|motorcycles|n
moto électrique|electric motorcycles|n
cyclomoteur|mopeds|n
mobylette|mopeds|n
scooter|scooters|n
scooters|scooters|n
trottinette|scooters|n
trottinettes|scooters|n
trottinette électrique|electric scooters|n
trottinettes électriques|electric scooters|n
vélo|bicycles|n
vélos|bicycles|n
bicyclette|bicycles|n
bicyclettes|bicycles|n
vélo électrique|electric bicycles|n
vélos électriques|electric bicycles|n
vae|electric bicycles|n
tricycle|tricycles|n
poussette|baby carriages|n
poussettes|baby carriages|n
fauteuil roulant|wheelchairs|n
fauteuils roulants|wheelchairs|n
brouette|wheelbarrows|n
pièces détachées|spare parts|m
pièces de rechange|spare parts|m
pièce détachée|spare parts|m
pièces auto|motor vehicle parts|n
pièces automobiles|motor vehicle parts|n
pièces|parts|m
pièce|parts|m
accessoires|accessories|m
accessoire|accessories|m
accessoires auto|car accessories|m
frein|brakes|n
freins|brakes|n
plaquettes de frein|brake pads|n
disques de frein|brake discs|n
amortisseur|shock absorbers|n
amortisseurs|shock absorbers|n
pare-chocs|bumpers|n
boîte de vitesses|gearboxes|n
embrayage|clutches|n
pot d'échappement|exhaust pipes|n
silencieux|silencers|n
volant|steering wheels|n
roue|wheels|n
roues|wheels|n
jante|wheel rims|n
jantes|wheel rims|n
jantes alliage|alloy wheels|n
jantes en alliage|alloy wheels|n
siège|seats|n
sièges|seats|n
siège auto|child car seats|n
ceinture de sécurité|seat belts|n
airbag|airbags|n
bougie d'allumage|spark plugs|n
bougies d'allumage|spark plugs|n
phare|headlamps|n
phares|headlamps|n
rétroviseur|rear-view mirrors|n
rétroviseurs|rear-view mirrors|n
essuie-glace|windscreen wipers|n
essuie-glaces|windscreen wipers|n
pare-brise|windscreens|n
carrosserie|bodies|n
châssis|chassis|n
selle de vélo|bicycle saddles|n
chaîne de vélo|bicycle chains|n
cadre de vélo|bicycle frames|n
train|trains|n
trains|trains|n
locomotive|locomotives|n
wagon|wagons|n
wagons|wagons|n
conteneur|containers|n
conteneurs|containers|n
avion|aeroplanes|n
avions|aeroplanes|n
hélicoptère|helicopters|n
planeur|gliders|n
parachute|parachutes|n
navire|ships|n
navires|ships|n
bateau|boats|n
bateaux|boats|n
embarcation|boats|n
bateau à moteur|motorboats|n
voilier|sailboats|n
yacht|yachts|n
yachts|yachts|n
kayak|kayaks|n
canoë|canoes|n
bateau de pêche|fishing vessels|n
navire de charge|cargo vessels|n
pétrolier|tankers|n

# Chapters 90-92: instruments, medical devices, watches, musical instruments
lunettes|spectacles|n
lunettes de soleil|sunglasses|n
lunettes de vue|spectacles|n
lentilles de contact|contact lenses|n
lentille|lenses|n
monture de lunettes|spectacle frames|n
montures|spectacle frames|n
jumelles|binoculars|n
télescope|telescopes|n
microscope|microscopes|n
loupe|magnifying glasses|n
laser|lasers|n
instruments médicaux|medical instruments|n
instruments chirurgicaux|surgical instruments|n
dispositif médical|medical devices|n
dispositifs médicaux|medical devices|n
matériel médical|medical equipment|n
équipement médical|medical equipment|n
seringue|syringes|n
seringues|syringes|n
aiguille|needles|n
aiguilles|needles|n
cathéter|catheters|n
tensiomètre|blood pressure monitors|n
thermomètre|thermometers|n
thermomètres|thermometers|n
thermomètre digital|digital thermometers|n
stéthoscope|stethoscopes|n
oxymètre|pulse oximeters|n
glucomètre|glucometers|n
lecteur de glycémie|glucometers|n
nébuliseur|nebulisers|n
aérosol médical|nebulisers|n
appareil auditif|hearing aids|n
appareils auditifs|hearing aids|n
prothèse|prostheses|n
prothèses|prostheses|n
stimulateur cardiaque|pacemakers|n
béquilles|crutches|n
lit médicalisé|hospital beds|n
lit d'hôpital|hospital beds|n
appareil de radiographie|x-ray apparatus|n
échographe|ultrasound scanners|n
instruments dentaires|dental instruments|n
concentrateur d'oxygène|oxygen concentrators|n
compteur|meters|n
compteurs|meters|n
compteur d'eau|water meters|n
compteur électrique|electricity meters|n
manomètre|pressure gauges|n
multimètre|multimeters|n
oscilloscope|oscilloscopes|n
instruments de mesure|measuring instruments|n
instrument de mesure|measuring instruments|n
règle|rulers|n
règles|rulers|n
mètre ruban|tape measures|n
niveau laser|laser levels|n
pied à coulisse|calipers|n
boussole|compasses|n
thermostat|thermostats|n
montre|watches|n
montres|watches|n
montre-bracelet|wristwatches|n
montres-bracelets|wristwatches|n
horloge|clocks|n
horloges|clocks|n
horloge murale|wall clocks|n
pendule|clocks|n
réveil|alarm clocks|n
réveils|alarm clocks|n
chronomètre|stopwatches|n
instruments de musique|musical instruments|n
instrument de musique|musical instruments|n
guitare|guitars|n
guitares|guitars|n
guitare électrique|electric guitars|n
guitare basse|bass guitars|n
violon|violins|n
violons|violins|n
pianos|pianos|n
clavier électronique|electronic keyboards|n
batterie électronique|electronic drum kits|n
tambour|drums|n
tambours|drums|n
flûte|flutes|n
trompette|trumpets|n
saxophone|saxophones|n
harmonica|harmonicas|n
ukulélé|ukuleles|n
ampoule électrique|lamps|n
ampoules électriques|lamps|n
prise de courant|sockets|n
four encastrable|built-in ovens|n
four à pizza|pizza ovens|n
navire cargo|cargo vessels|n

# Chapters 93-97: arms, furniture, lamps, toys, sports goods, miscellaneous
armes|arms|n
fusil de chasse|shotguns|n
munitions|ammunition|n
cartouches|cartridges|n
meuble|furniture|n
meubles|furniture|n
mobilier|furniture|n
meubles de bureau|office furniture|n
mobilier de bureau|office furniture|n
meubles de cuisine|kitchen furniture|n
meubles de jardin|garden furniture|n
salon de jardin|garden furniture|n
chaises|chairs|n
chaise de bureau|office chairs|n
fauteuil de bureau|office chairs|n
chaise gaming|gaming chairs|n
fauteuil|armchairs|n
fauteuils|armchairs|n
canapé|sofas|n
canapés|sofas|n
canapé-lit|sofa beds|n
canapé lit|sofa beds|n
tabouret|stools|n
tabourets|stools|n
banc|benches|n
bancs|benches|n
table à manger|dining tables|n
table basse|coffee tables|n
table pliante|folding tables|n
table de chevet|bedside tables|n
tables de chevet|bedside tables|n
table de nuit|bedside tables|n
table en bois|wooden tables|n
bureau d'ordinateur|desks|n
bureau enfant|children's desks|n
lit bébé|cots|n
lit enfant|children's beds|n
lit superposé|bunk beds|n
lits superposés|bunk beds|n
lit double|double beds|n
lits|beds|n
cadre de lit|bed frames|n
sommier|bed bases|n
sommiers|bed bases|n
matelas|mattresses|n
matelas gonflable|air mattresses|n
berceau|cradles|n
armoire|wardrobes|n
armoires|wardrobes|n
penderie|wardrobes|n
étagère|shelves|n
étagères|shelves|n
bibliothèque|bookcases|n
vitrine|display cabinets|n
meuble tv|tv stands|n
meuble à chaussures|shoe racks|n
porte-manteau|coat racks|n
portemanteau|coat racks|n
lampe|lamps|n
lampes|lamps|n
lampe de bureau|desk lamps|n
lampe de chevet|bedside lamps|n
lampadaire|floor lamps|n
plafonnier|ceiling lamps|n
applique murale|wall lamps|n
lampe torche|torches|n
lampes torches|torches|n
lampe frontale|headlamps|n
lanterne|lanterns|n
projecteur|floodlights|n
projecteurs|floodlights|n
luminaire|luminaires|n
luminaires|luminaires|n
enseigne lumineuse|illuminated signs|n
maison préfabriquée|prefabricated buildings|n
bâtiments préfabriqués|prefabricated buildings|n
jouet|toys|n
jouets|toys|n
poupée|dolls|n
poupées|dolls|n
figurine|figurines|n
figurines|figurines|n
peluche|soft toys|n
peluches|soft toys|n
doudou|soft toys|n
puzzle|puzzles|n
puzzles|puzzles|n
jeu de construction|construction sets|n
jeux de construction|construction sets|n
voiture miniature|toy cars|n
voiture télécommandée|remote-control cars|n
jouets éducatifs|educational toys|n
jeu|games|n
jeux|games|n
jeu de société|board games|n
jeux de société|board games|n
cartes à jouer|playing cards|n
jeu de cartes|playing cards|n
jeux vidéo|video games|n
jeu vidéo|video games|n
échecs|chess|n
jeu d'échecs|chess|n
balançoire|swings|n
articles de sport|sports goods|n
équipement sportif|sports equipment|n
ballon|balls|n
ballons|balls|n
balle|balls|n
balles|balls|n
ballon de football|footballs|n
ballon de foot|footballs|n
ballon de basket|basketballs|n
balles de tennis|tennis balls|n
raquette|rackets|n
raquettes|rackets|n
club de golf|golf clubs|n
clubs de golf|golf clubs|n
balles de golf|golf balls|n
skis|skis|n
planche de surf|surfboards|n
patins|skates|n
patins à roulettes|roller skates|n
skateboard|skateboards|n
planche à roulettes|skateboards|n
tapis de course|treadmills|n
vélo d'appartement|exercise bikes|n
haltère|dumbbells|n
haltères|dumbbells|n
tapis de yoga|yoga mats|n
canne à pêche|fishing rods|n
cannes à pêche|fishing rods|n
hameçons|fish hooks|n
moulinet|fishing reels|n
piscine gonflable|inflatable pools|n
piscine|swimming pools|n
décorations de noël|christmas decorations|n
décoration de noël|christmas decorations|n
sapin de noël|christmas trees|n
articles de fête|party articles|n
stylo|ballpoint pens|n
stylos|ballpoint pens|n
stylo bille|ballpoint pens|n
stylo à bille|ballpoint pens|n
crayons de couleur|coloured pencils|n
feutres|felt-tipped pens|n
marqueur|markers|n
marqueurs|markers|n
surligneur|highlighters|n
stylo plume|fountain pens|n
craies|chalk|n
craie|chalk|n
tableau blanc|whiteboards|n
taille-crayon|pencil sharpeners|n
gomme|erasers|n
gommes|erasers|n
brosse|brushes|n
brosses|brushes|n
brosse à dents|toothbrushes|n
brosses à dents|toothbrushes|n
pinceau|paintbrushes|n
pinceaux|paintbrushes|n
balai|brooms|n
balais|brooms|n
serpillière|mops|n
peigne|combs|n
peignes|combs|n
pinces à cheveux|hair clips|n
barrette|hair slides|n
épingles à cheveux|hair pins|n
boutons|buttons|n
fermeture éclair|zip fasteners|n
fermetures éclair|zip fasteners|n
fermeture à glissière|zip fasteners|n
thermos|vacuum flasks|n
bouteille isotherme|vacuum flasks|n
gourde|water bottles|n
gourdes|water bottles|n
pipe à tabac|pipes|n
biberon|feeding bottles|n
biberons|feeding bottles|n
tétine|dummies|n
tétines|dummies|n
sucette|dummies|n
tampon encreur|ink pads|n
tableaux|paintings|n
peinture à l'huile|oil paintings|n
sculptures|sculptures|n
antiquités|antiques|n
timbres|postage stamps|n
timbres-poste|postage stamps|n

# Qualifiers: states and processes
frais|fresh|m
fraîche|fresh|m
fraîches|fresh|m
fraiche|fresh|m
fraiches|fresh|m
réfrigéré|chilled|m
réfrigérée|chilled|m
réfrigérés|chilled|m
réfrigérées|chilled|m
congelé|frozen|m
congelée|frozen|m
congelés|frozen|m
congelées|frozen|m
surgelé|frozen|m
surgelée|frozen|m
surgelés|frozen|m
surgelées|frozen|m
sèche|dried|m
secs|dried|m
sèches|dried|m
séché|dried|m
séchée|dried|m
séchés|dried|m
séchées|dried|m
déshydraté|dehydrated|m
déshydratée|dehydrated|m
déshydratés|dehydrated|m
déshydratées|dehydrated|m
lyophilisé|freeze-dried|m
salé|salted|m
salée|salted|m
salés|salted|m
salées|salted|m
en saumure|in brine|m
fumé|smoked|m
fumée|smoked|m
fumés|smoked|m
fumées|smoked|m
torréfié|roasted|m
torréfiés|roasted|m
grillé|roasted|m
grillée|roasted|m
grillés|roasted|m
grillées|roasted|m
rôti|roasted|m
frit|fried|m
frite|fried|m
frits|fried|m
cuit|cooked|m
cuite|cooked|m
cuits|cooked|m
cuites|cooked|m
précuit|precooked|m
précuite|precooked|m
cuit à la vapeur|steamed|m
cru|raw|m
crue|raw|m
crus|raw|m
crues|raw|m
raffiné|refined|m
raffinée|refined|m
raffinés|refined|m
non raffiné|unrefined|m
vierge|virgin|m
vierge extra|extra virgin|m
extra vierge|extra virgin|m
moulu|ground|m
moulue|ground|m
moulus|ground|m
en poudre|powdered|m
en grains|whole beans|m
concassé|crushed|m
concassés|crushed|m
haché|chopped|m
hachée|chopped|m
hachés|chopped|m
râpé|grated|m
râpée|grated|m
tranché|sliced|m
tranchée|sliced|m
en tranches|sliced|m
entier|whole|m
entière|whole|m
entiers|whole|m
entières|whole|m
décortiqué|shelled|m
décortiquée|shelled|m
décortiqués|shelled|m
décortiquées|shelled|m
pelé|peeled|m
pelée|peeled|m
pelés|peeled|m
épluché|peeled|m
épluchés|peeled|m
en coque|in shell|m
poli|polished|m
blanchi du riz|milled|m
sans peau|skinless|m
vidé|gutted|m
étêté|headless|m
en filets|filleted|m
mariné|marinated|m
pané|breaded|m
panée|breaded|m
panés|breaded|m
sucré|sweetened|m
sucrée|sweetened|m
sucrés|sweetened|m
sans sucre|sugar-free|m
sans gluten|gluten-free|m
sans lactose|lactose-free|m
biologique|organic|m
biologiques|organic|m
produit bio|organic|m
produits bio|organic|m
agriculture biologique|organic|m
naturel|natural|m
naturelle|natural|m
naturels|natural|m
naturelles|natural|m
artificiel|artificial|m
artificielle|artificial|m
artificiels|artificial|m
artificielles|artificial|m
synthétique|synthetic|m
synthétiques|synthetic|m
instantané|instant|m
instantanée|instant|m
concentré|concentrated|m
concentrée|concentrated|m
concentrés|concentrated|m
liquide|liquid|m
liquides|liquids|m
solide|solid|m
granulé|granular|m
laminé|rolled|m
laminée|rolled|m
laminés|rolled|m
forgé|forged|m
forgée|forged|m
moulé|cast|m
moulée|cast|m
étiré à froid|cold-drawn|m
revêtu|coated|m
revêtue|coated|m
enduit|coated|m
peint|painted|m
peinte|painted|m
chromé|chromium-plated|m
chromée|chromium-plated|m
nickelé|nickel-plated|m
émaillé|enamelled|m
émaillée|enamelled|m
anodisé|anodised|m
anodisée|anodised|m
alliage|alloy|m
allié|alloyed|m
non allié|non-alloy|m
pliables|folding|m
pliante|folding|m
pliants|folding|m
gonflable|inflatable|m
gonflables|inflatable|m
réglable|adjustable|m
réglables|adjustable|m
jetable|disposable|m
jetables|disposable|m
à usage unique|disposable|m
réutilisable|reusable|m
réutilisables|reusable|m
recyclé|recycled|m
recyclée|recycled|m
recyclés|recycled|m
étanche|waterproof|m
étanches|waterproof|m
imperméables|waterproof|m
résistant à l'eau|water-resistant|m
transparent|transparent|m
transparente|transparent|m
transparents|transparent|m
autocollante|self-adhesive|m
adhésive|self-adhesive|m
matelassé|padded|m
matelassée|padded|m
rembourré|padded|m
isolé|insulated|m
isolant|insulating|m
isotherme|insulated|m
fait main|handmade|m
fait à la main|handmade|m
faite à la main|handmade|m
artisanal|handmade|m
artisanale|handmade|m
artisanaux|handmade|m
sans manches|sleeveless|m
manches courtes|short-sleeved|m
manche courte|short-sleeved|m
à manches courtes|short-sleeved|m
manches longues|long-sleeved|m
manche longue|long-sleeved|m
à manches longues|long-sleeved|m
à capuche|hooded|m
sans couture|seamless|m
élastique|elastic|m
élastiques|elastic|m
thermique|thermal|m
thermiques|thermal|m
numérique|digital|m
numériques|digital|m
digitale|digital|m
analogique|analogue|m
intelligente|smart|m
intelligents|smart|m
connecté|smart|m
connectée|smart|m
sans fil|wireless|m
rechargeable|rechargeable|m
rechargeables|rechargeable|m
automatique|automatic|m
automatiques|automatic|m
manuel|manual|m
manuelle|manual|m
manuels|manual|m
mécanique|mechanical|m
mécaniques|mechanical|m
hydraulique|hydraulic|m
hydrauliques|hydraulic|m
pneumatique à air|pneumatic|m
à essence|petrol|m
au gaz|gas-fired|m
à gaz|gas-fired|m
à batterie|battery-powered|m
sur batterie|battery-powered|m
à piles|battery-powered|m
solaire|solar|m
solaires|solar|m
à énergie solaire|solar-powered|m
photovoltaïque|photovoltaic|m
photovoltaïques|photovoltaic|m
au lithium|lithium|m
haute tension|high-voltage|m
basse tension|low-voltage|m
haute pression|high-pressure|m
industriel|industrial|m
industrielle|industrial|m
industriels|industrial|m
industrielles|industrial|m
domestique|household|m
domestiques|household|m
ménager|household|m
ménagère|household|m
ménagers|household|m
ménagères|household|m
pour la maison|household|m
commercial|commercial|m
commerciale|commercial|m
professionnel|professional|m
professionnelle|professional|m
professionnels|professional|m
agricole|agricultural|m
agricoles|agricultural|m
médical|medical|m
médicale|medical|m
médicaux|medical|m
médicales|medical|m
chirurgical|surgical|m
chirurgicale|surgical|m
chirurgicaux|surgical|m
dentaire|dental|m
dentaires|dental|m
vétérinaire|veterinary|m
pharmaceutique|pharmaceutical|m
alimentaire|food-grade|m
de cuisine|kitchen|m
pour cuisine|kitchen|m
de salle de bain|bathroom|m
pour salle de bain|bathroom|m
de bureau|office|m
scolaire|school|m
scolaires|school|m
de jardin|garden|m
pour jardin|garden|m
d'extérieur|outdoor|m
extérieur|outdoor|m
extérieure|outdoor|m
d'intérieur|indoor|m
intérieur|indoor|m
de sport|sports|m
sportif|sports|m
sportive|sports|m
de sécurité|safety|m
de protection|protective|m
pour voiture|for motor vehicles|m
pour auto|for motor vehicles|m
pour véhicules|for vehicles|m
pour moto|for motorcycles|m
pour vélo|for bicycles|m
pour animaux|for animals|m
pour chien|for dogs|m
pour chiens|for dogs|m
pour chat|for cats|m
pour chats|for cats|m

# Qualifiers: users
homme|men's|m
hommes|men's|m
pour homme|men's|m
pour hommes|men's|m
masculin|men's|m
femme|women's|m
femmes|women's|m
pour femme|women's|m
pour femmes|women's|m
féminin|women's|m
féminine|women's|m
enfant|children's|m
enfants|children's|m
pour enfant|children's|m
pour enfants|children's|m
garçon|boys'|m
garçons|boys'|m
fille|girls'|m
filles|girls'|m
fillette|girls'|m
junior|youth|m
bébé|babies'|m
bébés|babies'|m
pour bébé|babies'|m
pour bébés|babies'|m
nourrisson|babies'|m
nouveau-né|babies'|m
unisexe|unisex|m
adulte|adults'|m
adultes|adults'|m
pour adultes|adults'|m

# Qualifiers: condition, trade words
neuf|new|m
neuve|new|m
neufs|new|m
neuves|new|m
nouveau|new|m
nouvelle|new|m
nouveaux|new|m
nouvelles|new|m
d'occasion|second-hand|m
d’occasion|second-hand|m
usagé|used|m
usagée|used|m
usagés|used|m
usagées|used|m
utilisé|used|m
reconditionné|refurbished|m
reconditionnée|refurbished|m
reconditionnés|refurbished|m
d'origine|original|m
originale|original|m
authentique|genuine|m
de rechange|spare|m
coffret|gift sets|n
assortis|assorted|m
assortiment|assortment|m
mixte|mixed|m
en vrac|in bulk|m
en gros|wholesale|m
emballé|packaged|m
emballée|packaged|m
emballés|packaged|m
sous vide|vacuum-packed|m
en bouteille|bottled|m
embouteillé|bottled|m
grande|large|m
grands|large|m
grandes|large|m
petit|small|m
petite|small|m
petits|small|m
petites|small|m
léger|lightweight|m
légère|lightweight|m
lourd|heavy|m
lourde|heavy|m
lourds|heavy|m
de luxe|luxury|m
luxe|luxury|m
décoratif|decorative|m
décorative|decorative|m
décoratifs|decorative|m
décoration|decoration|n
décorations|decorations|n
cadeau|gifts|n
cadeaux|gifts|n
échantillons|samples|n
blanc|white|m
blanche|white|m
noire|black|m
bleu|blue|m
bleue|blue|m
vert|green|m
verte|green|m
jaune|yellow|m
crayon à papier|pencils|n
crayons à papier|pencils|n
crayon de papier|pencils|n
commode à tiroirs|chests of drawers|n
placard de cuisine|kitchen cupboards|n
lustre en cristal|chandeliers|n
toboggan pour enfants|slides|n
pour dame|women's|m
pour dames|women's|m
fait maison|homemade|m
vin rouge sec|dry red wine|n
rollers en ligne|inline skates|n

# Elided and compound material phrases
d'acier|steel|m
d’acier|steel|m
d'aluminium|aluminium|m
d'or|gold|m
d'argent|silver|m
d'olive|olive|m
en acier inoxydable|stainless steel|m
en acier inox|stainless steel|m
en inox|stainless steel|m
acier galvanisé|galvanised steel|m
en cuir véritable|genuine leather|m
véritable|genuine|m
en simili cuir|synthetic leather|m
en similicuir|synthetic leather|m
en verre trempé|tempered glass|m
citron jaune|lemons|n
citrons jaunes|lemons|n
jus de citron|lemon juice|n
serviette de toilette|towels|n
serviettes de toilette|towels|n
serviettes de bain|bath towels|n
chaise de jardin|garden chairs|n
chaise pliante|folding chairs|n
chaise en bois|wooden chairs|n
duvet de canard|down|n
duvet d'oie|down|n
riz long grain|long-grain rice|n
grain long|long-grain|m
café en grains torréfié|roasted coffee beans|n
longue|long|m
longues|long|m
courte|short|m
courtes|short|m
de soirée|evening|m
soirée|evening|m
taille|size|m
`,
};
