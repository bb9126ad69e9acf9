/**
 * Trade knowledge the nomenclature's own wording lacks: what materials are called in commerce,
 * and which heading a product noun normally belongs to. Entries are general customs practice
 * (the kind written in any broker's cheat sheet), not answers for particular items.
 *
 * Words are written naturally and canonicalised by the normaliser when the tables are compiled.
 */

/** Material families the classifier reasons about (GRI: material picks chapter or subheading). */
export type Material =
  | 'cotton' | 'wool' | 'silk' | 'linen' | 'synthetic' | 'artificial' | 'textile'
  | 'plastic' | 'rubber' | 'leather' | 'fur' | 'wood' | 'bamboo' | 'paper' | 'glass' | 'ceramic' | 'porcelain'
  | 'stone' | 'steel' | 'aluminium' | 'copper' | 'zinc' | 'base_metal' | 'silver' | 'gold' | 'platinum'
  | 'hair' | 'feather' | 'shell';

export interface MaterialSpec {
  /** Raw words or phrases that name the material in titles and attributes. */
  aliases: string[];
  /** Words the nomenclature uses for it, added to the query so subheading qualifiers match. */
  nomenclatureWords: string;
  /** Heading for articles of this material that no function heading covers (GRI 1 then residual). */
  residualHeading?: string;
  textile?: boolean;
  metal?: boolean;
  precious?: boolean;
}

export const MATERIALS: Record<Material, MaterialSpec> = {
  cotton: { aliases: ['cotton', 'denim', 'cotton blend'], nomenclatureWords: 'cotton', residualHeading: '6307', textile: true },
  wool: { aliases: ['wool', 'woollen', 'merino', 'cashmere', 'alpaca', 'mohair', 'angora'], nomenclatureWords: 'wool fine animal hair', residualHeading: '6307', textile: true },
  silk: { aliases: ['silk', 'mulberry silk'], nomenclatureWords: 'silk', residualHeading: '6307', textile: true },
  linen: { aliases: ['linen', 'flax', 'ramie', 'jute', 'hemp'], nomenclatureWords: 'flax linen vegetable textile', residualHeading: '6307', textile: true },
  synthetic: {
    aliases: ['polyester', 'nylon', 'polyamide', 'spandex', 'elastane', 'lycra', 'acrylic fibre', 'microfibre', 'microfiber', 'fleece', 'chiffon', 'satin', 'polypropylene fibre', 'chemical fibre', 'synthetic fibre', 'synthetic'],
    nomenclatureWords: 'synthetic manmade fibres', residualHeading: '6307', textile: true,
  },
  artificial: { aliases: ['viscose', 'rayon', 'modal', 'lyocell', 'acetate', 'tencel'], nomenclatureWords: 'artificial manmade fibres', residualHeading: '6307', textile: true },
  textile: { aliases: ['fabric', 'textile', 'cloth', 'felt', 'canvas', 'oxford cloth', 'mesh fabric', 'knitted fabric', 'lace'], nomenclatureWords: 'textile', residualHeading: '6307', textile: true },
  plastic: {
    aliases: ['plastic', 'plastics', 'abs', 'pvc', 'pp', 'pe', 'pet', 'hdpe', 'ldpe', 'polyethylene', 'polypropylene', 'polystyrene', 'polycarbonate', 'acrylic', 'resin', 'silicone', 'pu', 'polyurethane', 'eva', 'nylon plastic', 'pom', 'ptfe', 'vinyl', 'tpu', 'tpe', 'epoxy', 'melamine', 'plexiglass', 'perspex',
      // Imitation leather is plastic-coated sheeting (Chapter 39), whatever the title calls it.
      'pu leather', 'faux leather', 'vegan leather', 'synthetic leather', 'artificial leather', 'imitation leather', 'pvc leather'],
    nomenclatureWords: 'plastics', residualHeading: '3926',
  },
  rubber: { aliases: ['rubber', 'latex', 'neoprene', 'vulcanised rubber', 'vulcanized rubber'], nomenclatureWords: 'rubber vulcanised', residualHeading: '4016' },
  leather: { aliases: ['leather', 'genuine leather', 'cowhide', 'calfskin', 'suede', 'nubuck', 'sheepskin', 'split leather'], nomenclatureWords: 'leather', residualHeading: '4205' },
  fur: { aliases: ['fur', 'mink', 'fox fur', 'rabbit fur'], nomenclatureWords: 'furskin fur', residualHeading: '4303' },
  wood: { aliases: ['wood', 'wooden', 'timber', 'plywood', 'mdf', 'oak', 'pine', 'walnut', 'beech', 'rosewood', 'sandalwood', 'teak', 'birch'], nomenclatureWords: 'wood', residualHeading: '4421' },
  bamboo: { aliases: ['bamboo', 'rattan', 'wicker', 'straw', 'seagrass'], nomenclatureWords: 'bamboo rattan plaiting', residualHeading: '4602' },
  paper: { aliases: ['paper', 'paperboard', 'cardboard', 'carton', 'kraft', 'corrugated'], nomenclatureWords: 'paper paperboard', residualHeading: '4823' },
  glass: { aliases: ['glass', 'tempered glass', 'crystal glass', 'borosilicate'], nomenclatureWords: 'glass', residualHeading: '7020' },
  ceramic: { aliases: ['ceramic', 'ceramics', 'stoneware', 'earthenware', 'terracotta', 'pottery'], nomenclatureWords: 'ceramic', residualHeading: '6914' },
  porcelain: { aliases: ['porcelain', 'bone china', 'china porcelain'], nomenclatureWords: 'porcelain china ceramic', residualHeading: '6914' },
  stone: { aliases: ['stone', 'marble', 'granite', 'natural stone', 'slate', 'quartz stone'], nomenclatureWords: 'stone', residualHeading: '6802' },
  steel: { aliases: ['steel', 'stainless', 'stainless steel', 'iron', 'cast iron', 'carbon steel', 'alloy steel', 'titanium steel', 'tungsten steel'], nomenclatureWords: 'iron steel', residualHeading: '7326', metal: true },
  aluminium: { aliases: ['aluminium', 'aluminium alloy', 'aluminum'], nomenclatureWords: 'aluminium', residualHeading: '7616', metal: true },
  copper: { aliases: ['copper', 'brass', 'bronze', 'copper alloy'], nomenclatureWords: 'copper', residualHeading: '7419', metal: true },
  zinc: { aliases: ['zinc', 'zinc alloy'], nomenclatureWords: 'zinc base metal', residualHeading: '7907', metal: true },
  base_metal: { aliases: ['metal', 'alloy', 'titanium', 'tin', 'nickel', 'lead', 'pewter', 'tungsten', 'metallic'], nomenclatureWords: 'base metal', residualHeading: '8306', metal: true },
  silver: { aliases: ['925', 'sterling', 'sterling silver', 's925', '925 silver', 'fine silver', 'solid silver'], nomenclatureWords: 'silver precious metal', residualHeading: '7114', metal: true, precious: true },
  gold: { aliases: ['solid gold', '10k gold', '14k gold', '18k gold', '22k gold', '24k gold', '14k', '18k', '24k', '585', '750', 'karat gold', 'carat gold', 'real gold'], nomenclatureWords: 'gold precious metal', residualHeading: '7114', metal: true, precious: true },
  platinum: { aliases: ['platinum', 'palladium'], nomenclatureWords: 'platinum precious metal', residualHeading: '7114', metal: true, precious: true },
  hair: { aliases: ['human hair', 'remy hair', 'virgin hair', 'remy', 'brazilian hair', 'peruvian hair'], nomenclatureWords: 'human hair', residualHeading: '6704' },
  feather: { aliases: ['feather', 'down feather', 'goose down', 'duck down'], nomenclatureWords: 'feathers down', residualHeading: '6701' },
  shell: { aliases: ['shell', 'seashell', 'mother of pearl', 'conch'], nomenclatureWords: 'shell', residualHeading: '9601' },
};

/** Heading (4 digits) or subheading (6 digits), optionally chosen by material. */
export type HintTarget = string | (Partial<Record<Material | 'textiles' | 'metals', string>> & { default: string });

export interface ProductHint {
  /** Raw words or short phrases; a phrase matches as adjacent canonical tokens. */
  terms: string[];
  target: HintTarget;
  /** Relative strength; 1 for an unambiguous product noun. */
  weight?: number;
  /** What the nomenclature calls the article where its wording differs from trade usage ("shoe" is "footwear"). */
  words?: string;
}

const h = (terms: string, target: HintTarget, weight = 1, words?: string): ProductHint => ({
  terms: terms.split('|').map((term) => term.trim()).filter((term) => term.length > 0),
  target,
  weight,
  words,
});

/** Product nouns to headings, grouped by chapter. `weight` < 1 marks weaker or ambiguous cues. */
export const PRODUCT_HINTS: ProductHint[] = [
  // 01-05 animals and animal products
  h('live cattle|live horse|live pig|live sheep|live goat|live poultry|live chicken', '0102', 0.6),
  h('beef|veal|bovine meat', '0201'), h('frozen beef|frozen bovine', '0202', 1.2),
  h('pork|swine meat|bacon|ham', '0203', 0.8), h('lamb meat|mutton|sheep meat', '0204'),
  // Headings 0207 and 1602 name poultry by species: chickens are "fowls of the species Gallus domesticus".
  h('chicken breast|chicken wing|chicken thigh|chicken meat|chicken fillet|chicken drumstick|whole chicken', '0207', 1, 'fowls gallus domesticus'),
  h('turkey meat|turkey breast', '0207', 1, 'turkeys'), h('duck meat|duck breast', '0207', 1, 'ducks'), h('poultry meat', '0207'),
  h('chicken', '0207', 0.6, 'fowls gallus domesticus'), h('turkey', '0207', 0.6, 'turkeys'), h('poultry', '0207', 0.6),
  h('fish fillet|salmon fillet|cod fillet|tuna loin', '0304'), h('fresh fish|chilled fish|whole fish', '0302', 0.8),
  h('frozen fish', '0303', 0.8), h('dried fish|smoked fish|salted fish|smoked salmon', '0305'),
  h('shrimp|prawn|lobster|crab|crayfish|crustacean', '0306'), h('squid|octopus|oyster|mussel|scallop|clam|cuttlefish|snail', '0307'),
  h('milk|cream', '0401', 0.7), h('milk powder|powdered milk', '0402'), h('yoghurt|kefir|buttermilk', '0403'),
  h('whey', '0404'), h('butter|ghee', '0405'), h('cheese|mozzarella|cheddar|curd|parmesan', '0406'),
  h('egg|eggs', '0407', 0.8), h('honey', '0409'), h('bird nest|edible bird nest', '0410'),
  h('human hair|horsehair', '0501', 0.5), h('bristle', '0502', 0.6), h('feather|down', '0505', 0.4),
  h('bone|horn|ivory|antler', '0507', 0.4), h('coral|shell|seashell|cuttlebone', '0508', 0.5),
  // 06-14 vegetable products
  h('live plant|bulb|tuber|seedling|cutting|sapling', '0602', 0.6), h('cut flower|fresh flower|rose|bouquet', '0603', 0.7),
  h('foliage|moss|dried flower', '0604', 0.6),
  h('potato|potatoes', '0701'), h('tomato|tomatoes', '0702', 0.8), h('onion|garlic|shallot|leek', '0703'),
  h('cabbage|cauliflower|broccoli|kale', '0704'), h('lettuce|chicory', '0705'), h('carrot|turnip|beetroot|radish', '0706'),
  h('cucumber|gherkin', '0707'), h('peas|beans|legume', '0708', 0.6), h('pepper|capsicum|mushroom|sweetcorn|spinach|asparagus|aubergine|celery|pumpkin', '0709', 0.6),
  h('frozen vegetable', '0710'), h('dried vegetable|dehydrated vegetable', '0712'), h('lentil|chickpea|dried bean|dried pea|kidney bean', '0713'),
  h('cassava|manioc|sweet potato|yam|taro', '0714'),
  h('coconut', '0801'), h('cashew|brazil nut', '0801', 1, 'nuts'), h('almond|hazelnut|walnut|pistachio|macadamia|chestnut|pecan', '0802', 1, 'nuts'),
  h('banana|plantain', '0803'), h('date|fig|pineapple|avocado|guava|mango|mangosteen', '0804', 0.8),
  h('orange|mandarin|lemon|lime|grapefruit|citrus|clementine', '0805'), h('grape|raisin|sultana', '0806'),
  h('melon|watermelon|papaya|pawpaw', '0807'), h('apple|pear|quince', '0808'), h('apricot|cherry|peach|nectarine|plum|sloe', '0809'),
  h('strawberry|raspberry|blackberry|kiwi|durian|lychee|persimmon|blueberry|cranberry|pomegranate|passion fruit', '0810'),
  h('frozen fruit|frozen berry', '0811'), h('dried fruit|dried apricot|prune|dried apple|fruit crisp|freeze dry', '0813'),
  h('coffee|coffee bean|espresso|coffee capsule|coffee pod|ground coffee', '0901'), h('tea|tea bag|tea leaf', '0902'), h('mate', '0903', 0.5),
  h('black pepper|chilli|chili|paprika|peppercorn', '0904'), h('vanilla', '0905'), h('cinnamon', '0906'), h('clove', '0907', 0.6),
  h('nutmeg|cardamom', '0908'), h('cumin|coriander|fennel|anise|caraway', '0909'), h('ginger|turmeric|saffron|thyme|curry|spice', '0910', 0.8),
  h('wheat|spelt|meslin', '1001'), h('rye', '1002'), h('barley', '1003'), h('oat', '1004'), h('maize|corn', '1005', 0.7),
  h('rice', '1006'), h('sorghum', '1007'), h('buckwheat|millet|quinoa', '1008'),
  h('wheat flour', '1101'), h('cereal flour|corn flour|rice flour', '1102'), h('rolled oat|oat flake|cereal flake', '1104'),
  h('potato flake|potato flour', '1105'), h('malt', '1107'), h('starch|corn starch|potato starch', '1108'), h('gluten', '1109'),
  h('soybean|soya bean|soy bean', '1201'), h('peanut|groundnut', '1202', 1, 'ground nuts'), h('sesame|sunflower seed|rapeseed|linseed|flaxseed|mustard seed|oil seed|chia', '1207', 0.8),
  h('seed for sowing|vegetable seed|flower seed|grass seed', '1209'), h('hop', '1210', 0.6),
  h('ginseng|medicinal herb|herb|herbal', '1211', 0.6), h('seaweed|algae|locust bean|sugar cane', '1212', 0.6),
  h('hay|fodder|alfalfa|lucerne', '1214'), h('lac|gum arabic|resin natural', '1301', 0.5), h('pectin|agar|plant extract|vegetable extract', '1302', 0.6),
  // 15 fats and oils
  h('olive oil', '1509'), h('palm oil', '1511'), h('sunflower oil', '1512'), h('coconut oil', '1513'), h('rapeseed oil|canola oil', '1514'),
  h('soybean oil|soya oil', '1507'), h('peanut oil', '1508'), h('vegetable oil|sesame oil|linseed oil', '1515', 0.7), h('margarine', '1517'),
  h('lard', '1501'), h('fish oil', '1504'), h('beeswax|wax', '1521', 0.4),
  // 16-24 prepared foodstuffs
  h('sausage|salami|hot dog', '1601'), h('canned meat|meat preparation|pate|corned beef|chicken nugget|meatball', '1602'),
  h('canned tuna|canned fish|sardine|caviar|fish finger|surimi', '1604'), h('prepared shrimp|canned crab|prepared shellfish', '1605'),
  h('sugar|cane sugar|brown sugar', '1701'), h('glucose|fructose|syrup|maltodextrin|lactose', '1702', 0.8), h('molasses', '1703'),
  h('candy|sweets|confectionery|chewing gum|lollipop|marshmallow|toffee|jelly bean|gummy', '1704', 1, 'sugar confectionery'),
  h('cocoa bean', '1801'), h('cocoa powder', '1805'), h('cocoa butter', '1804'), h('chocolate', '1806'),
  h('infant formula|baby food|malt extract', '1901'), h('pasta|noodle|spaghetti|macaroni|couscous|ramen|dumpling', '1902'),
  h('tapioca', '1903'), h('cornflakes|cereal|muesli|granola|puffed rice|popcorn', '1904', 0.8),
  h('bread|biscuit|cookie|cake|cracker|wafer|pastry|pizza|waffle|rice cracker', '1905', 1, 'bakers wares'),
  h('pickle|pickled|vinegar preserved', '2001'), h('tomato paste|canned tomato|tomato puree', '2002'), h('canned mushroom|preserved mushroom', '2003'),
  h('frozen chip|french fries|frozen potato', '2004'), h('potato chip|crisps|crisp|olives|vegetable chip|veggie chip|tortilla chip|corn chip|pepper chip|onion crisp|vegetable crisp', '2005', 0.9), h('fruit chip|apple chip|banana chip|fruit crisp|apple crisp', '0813', 0.9),
  h('candied fruit', '2006'), h('jam|marmalade|jelly|fruit puree|compote', '2007'), h('peanut butter|roasted nut|canned fruit|fruit preserve|snack nut', '2008', 0.8),
  h('juice|orange juice|apple juice|fruit juice', '2009'),
  h('instant coffee|coffee extract|tea extract|coffee substitute', '2101'), h('yeast|baking powder', '2102'),
  h('sauce|ketchup|mayonnaise|soy sauce|mustard|seasoning|condiment|chutney|salad dressing|salsa', '2103'),
  h('soup|broth|bouillon|stock cube', '2104'), h('ice cream|gelato|sorbet', '2105'),
  h('protein powder|food supplement|dietary supplement|vitamin gummy|tofu|food preparation|drink powder|energy powder|sports powder|pre workout', '2106', 0.8, 'food preparations'),
  h('mineral water|sparkling water|drinking water', '2201'), h('soft drink|soda|cola|energy drink|lemonade|non alcoholic beverage', '2202'),
  h('beer|lager|ale|stout', '2203'), h('wine|champagne|prosecco', '2204'), h('vermouth', '2205'), h('cider|mead|sake', '2206'),
  h('ethanol|ethyl alcohol|denatured alcohol', '2207'), h('whisky|whiskey|vodka|gin|rum|brandy|liqueur|tequila|spirit', '2208'),
  h('vinegar', '2209'), h('bran', '2302', 0.6), h('oilcake|soybean meal', '2304'),
  h('pet food|dog food|cat food|animal feed|fish feed|bird food|horse feed|feed supplement|animal supplement|dog treat|cat treat', '2309'),
  h('tobacco leaf|raw tobacco', '2401'), h('cigar|cigarette|cigarillo', '2402'), h('pipe tobacco|shisha|hookah tobacco', '2403'),
  h('e liquid|vape juice|nicotine pouch|heated tobacco', '2404'),
  // 25-27 minerals
  h('salt|sea salt', '2501'), h('sand|silica sand', '2505'), h('clay|kaolin', '2507', 0.8), h('chalk', '2509'), h('gypsum|plaster', '2520', 0.7),
  h('cement|portland cement', '2523'), h('marble block|granite block', '2515'), h('talc', '2526'), h('mica', '2525'),
  h('iron ore', '2601'), h('copper ore', '2603'), h('coal|anthracite', '2701'), h('coke|petroleum coke', '2704', 0.6),
  h('crude petroleum', '2709'), h('gasoline|petrol|diesel|kerosene|fuel oil|lubricant|lubricating oil|motor oil|engine oil|gear oil|hydraulic oil', '2710'),
  h('natural gas|lpg|propane|butane|lng', '2711'), h('petroleum jelly|vaseline|paraffin wax', '2712'), h('bitumen|asphalt', '2715', 0.6),
  h('electricity|electrical energy', '2716'),
  // 28-38 chemicals
  h('hydrogen|nitrogen|oxygen|argon|helium|rare gas', '2804', 0.7), h('hydrochloric acid|sulphuric acid|nitric acid|phosphoric acid', '2806', 0.6),
  h('sodium hydroxide|caustic soda|potassium hydroxide', '2815'), h('zinc oxide', '2817'), h('alumina|aluminium oxide', '2818'),
  h('titanium dioxide|titanium oxide', '2823'), h('sodium carbonate|soda ash|sodium bicarbonate|baking soda', '2836'),
  h('methanol|alcohol|glycol|glycerol|ethylene glycol|propylene glycol|sorbitol', '2905', 0.7), h('acetone|ketone', '2914', 0.6),
  h('acetic acid|citric acid|formic acid|carboxylic acid', '2915', 0.6), h('amino acid|lysine|glutamic', '2922', 0.6),
  h('vitamin', '2936', 0.7), h('hormone', '2937', 0.7), h('antibiotic|penicillin', '2941'),
  h('vaccine|blood|antiserum|plasma', '3002', 0.8), h('medicine|medicament|drug|tablet|capsule|pill|painkiller|ibuprofen|paracetamol|ointment|syrup medicine', '3004', 0.8),
  h('bandage|plaster wound|gauze|wound dressing|first aid|adhesive bandage', '3005'), h('first aid kit|dental cement|suture', '3006', 0.8),
  h('fertiliser|fertilizer|urea|compost', '3105', 0.8), h('pigment|dye|colourant|colouring matter', '3204', 0.5),
  h('paint|varnish|lacquer|coating|enamel paint|primer', '3208', 0.8), h('watercolour|artist colour|acrylic paint|poster colour|oil paint', '3213'),
  h('putty|sealant|caulk|filler|mastic|grout', '3214'), h('ink|printing ink|drawing ink|toner ink', '3215'),
  h('essential oil', '3301'), h('flavouring|fragrance|aroma|food flavour', '3302', 0.8), h('perfume|eau de toilette|eau de parfum|cologne', '3303'),
  h('makeup|cosmetic|foundation|blush|concealer|skincare|skin care|face cream|facial cream|eye cream|hand cream|body cream|night cream|day cream|skin cream|beauty cream|anti wrinkle cream|tattoo cream|body butter|moisturiser|moisturizer|sunscreen|lotion|serum|face serum|facial serum|face mask beauty|powder compact', '3304'),
  // Heading 3304 divides by where the preparation is used: lips, eyes, nails.
  h('lipstick|lip gloss|lip liner|lip balm|lip tint|lip stain', '330410'), h('eyeshadow|eye shadow|mascara|eyeliner|eye liner|eyebrow pencil|brow gel', '330420'),
  h('nailpolish|nail art|manicure|pedicure preparation|cuticle oil|nail primer|top coat|base coat|nail glitter', '330430'),
  h('shampoo|conditioner|hair dye|hair colour|hair spray|hair gel|hair wax|hair oil|perm|hair growth|hair loss|hair treatment|hair serum|hair mask|hair tonic|hair care|dry shampoo', '3305'),
  h('toothpaste|mouthwash|dental floss|oral care', '3306'), h('shaving cream|deodorant|antiperspirant|bath salt|air freshener|incense|bath bomb', '3307'),
  h('soap|bar soap|hand soap|toilet soap', '3401'), h('surfactant|cleaning agent|cleaner', '3402'),
  // Detergents sold as such are preparations put up for retail sale (3402.50), not the surface-active agents of 3402.3x.
  h('dishwasher tablet|detergent tablet|detergent|washing powder|laundry detergent|laundry|dishwashing|washing up liquid', '340250'),
  h('lubricating preparation|cutting oil|release agent', '3403'), h('wax polish|shoe polish|polish cream|car wax', '3405'),
  h('candle|taper', '3406'), h('modelling clay|modelling paste|play dough|plasticine|dental wax', '3407'),
  h('glue|adhesive|super glue|epoxy glue', '3506'), h('enzyme', '3507'), h('gunpowder|explosive', '3602'), h('fireworks|firecracker|flare|signal flare', '3604'),
  h('match|matches', '3605', 0.7), h('lighter fuel', '3606', 0.6), h('photographic film|x ray film|instant film', '3702', 0.8),
  h('activated carbon|activated charcoal', '3802'), h('insecticide|pesticide|herbicide|fungicide|disinfectant|rodenticide|mosquito repellent|insect repellent', '3808'),
  h('antifreeze|de icing|brake fluid', '3820', 0.8), h('diagnostic reagent|test kit|test strip|laboratory reagent', '3822'),
  h('fatty acid|stearic acid', '3823', 0.6), h('chemical preparation|binder|additive|water treatment', '3824', 0.5),
  // 39 plastics
  h('polyethylene granule|pe granule|ldpe granule|hdpe granule|ldpe resin|hdpe resin', '3901'), h('polypropylene granule|pp granule', '3902'), h('polystyrene|eps', '3903', 0.6),
  h('pvc resin|pvc powder', '3904'), h('acrylic polymer|pmma', '3906', 0.7), h('pet resin|polyester resin|polycarbonate resin|epoxy resin', '3907', 0.7),
  h('nylon resin|polyamide resin', '3908'), h('polyurethane foam|pu resin', '3909', 0.7), h('silicone oil|silicone resin|silicone sealant', '3910', 0.7),
  h('profile|extruded profile|plastic profile|plastic rod', { plastic: '3916', aluminium: '7604', copper: '7407', steel: '7216', default: '3916' }, 0.6), h('plastic tube|plastic pipe|plastic hose|pvc pipe|hose fitting|pipe fitting plastic', '3917'), h('floor covering|vinyl flooring|pvc flooring|wallpaper plastic', '3918'),
  // Tape comes in rolls of a width not exceeding 20 cm (3919.10); paper masking tape is 4823.
  h('adhesive tape|masking tape|duct tape|electrical tape|tape', { paper: '4823', default: '391910' }, 0.8), h('self adhesive|sticker|label adhesive', '3919', 0.8),
  h('plastic film|plastic sheet|stretch film|shrink film|plastic foil|pvc film|pet film', '3920'), h('foam sheet|cellular plastic sheet', '3921'),
  h('bathtub|shower tray|toilet seat|wash basin plastic', '3922'),
  h('plastic bag|garbage bag|zip bag|ziplock|plastic bottle|plastic container|plastic box|packaging|plastic cap|plastic lid|pouch|preform|jerrycan', '3923', 0.8),
  h('plastic tableware|plastic cup|plastic plate|plastic bowl|plastic mug|lunch box|food container|kitchenware plastic', '3924', 1, 'tableware kitchenware'),
  h('water tank plastic|plastic door|plastic window|shutter|plastic building', '3925', 0.7),
  h('phone case|phone cover|protective case|protective cover|case cover|back cover|phone shell|earphone case|tablet case', { leather: '4202', textiles: '4202', default: '3926' }, 1.2),
  h('keychain|keyring|key ring|key chain|key holder|bag charm', { plastic: '3926', leather: '4205', textiles: '6307', wood: '4420', default: '7326' }, 1.1),
  h('figurine|statue|statuette|sculpture|ornament|decoration|decor|home decor|desktop ornament|miniature figure', { plastic: '3926', ceramic: '6913', porcelain: '6913', glass: '7018', wood: '4420', metals: '8306', paper: '4823', textiles: '6307', stone: '6802', default: '3926' }, 0.7, 'statuettes ornamental'),
  // Heading 8308 names "beads and spangles, of base metal" and the clasps, hooks and eyes "of a kind
  // used for ... jewellery": findings and metal beads are not jewellery until made up.
  h('bead|loose bead|spacer bead|beads', { plastic: '3926', glass: '7018', stone: '7103', wood: '4421', ceramic: '6914', porcelain: '6914', silver: '7113', gold: '7113', metals: '8308', default: '7018' }, 0.9),
  h('jewellery finding|clasp|lobster clasp|jump ring|crimp bead|end cap jewellery|ear wire|earring hook', { silver: '7113', gold: '7113', platinum: '7113', glass: '7018', plastic: '3926', default: '8308' }, 1.1),
  // Artificial fingernails are articles of plastics; the "nail" of 7317 is the steel fastener.
  h('false nail|fake nail|press on nail|artificial nail|nail tip|nail extension|acrylic nail', '392690', 1.2),
  h('plastic article|plastic cover|cable tie|zip tie|plastic clip|plastic hook|plastic accessory|hair clip plastic', '3926', 0.8),
  // 40 rubber
  h('rubber sheet|rubber plate|rubber strip', '4008'), h('rubber hose|rubber tube', '4009'), h('conveyor belt|transmission belt|v belt|timing belt', '4010'),
  h('tyre|pneumatic tyre|car tyre|bicycle tyre', '4011'), h('inner tube', '4013'), h('teat|pacifier|condom', '4014', 0.8),
  h('rubber glove|latex glove|nitrile glove|examination glove', '4015'), h('rubber seal|o ring|gasket rubber|rubber mat|rubber band|eraser|rubber stopper|rubber article|rubber bumper', '4016', 0.8),
  // 41-43 leather, travel goods, fur
  h('raw hide|rawhide|hide', '4101', 0.5), h('tanned leather|finished leather|leather hide', '4107', 0.8),
  h('bag', { plastic: '3923', paper: '4819', textiles: '4202', leather: '4202', default: '4202' }, 0.6),
  h('handbag|backpack|rucksack|suitcase|luggage|trolley case|wallet|purse|briefcase|satchel|tote|clutch|card holder|cardholder|pencil case|cosmetic bag|makeup bag|toiletry bag|travel bag|duffel|crossbody|shoulder bag|messenger bag|camera bag|laptop bag|laptop sleeve|phone pouch|waist bag|fanny pack|belt bag|jewellery box|watch box|case|holster|sheath|spectacle case', '4202', 0.9),
  h('leather belt|leather glove|leather apparel|leather jacket', '4203'), h('saddlery|harness|dog leash|dog collar|pet leash|pet collar|leash|horse bridle', '4201'),
  h('leather article|leather strap|leather cord', '4205', 0.8), h('fur coat|fur garment|fur collar', '4303'), h('artificial fur|faux fur', '4304'),
  // 44-46 wood, cork, basketware
  h('firewood|wood chip|wood pellet|sawdust', '4401'), h('charcoal', '4402'), h('log|timber log', '4403', 0.7), h('sawn wood|lumber|plank|board wood', '4407', 0.8),
  h('veneer', '4408'), h('particle board|chipboard|osb', '4410'), h('fibreboard|mdf board|hardboard', '4411'), h('plywood|laminated wood', '4412'),
  h('picture frame|photo frame|mirror frame', '4414'), h('pallet|crate|wooden box|cable drum', '4415'), h('barrel|cask|vat', '4416', 0.7),
  h('tool handle|broom handle|wooden handle|shoe tree|shoe last', '4417'), h('wooden door|window frame wood|parquet|flooring panel|shingle', '4418'),
  h('chopstick|wooden spoon|cutting board|chopping board|wooden tableware|kitchenware wood|rolling pin', '4419'),
  h('wooden ornament|wood carving|statuette wood|jewellery box wood|wooden case|marquetry', '4420'),
  h('clothes hanger|hanger|coat hanger|toothpick|wooden peg|clothes peg|wooden article|coffin|blind|wood stick|skewer', '4421', 0.8),
  h('cork|cork stopper|bottle stopper cork', '4503'), h('basket|basketwork|wickerwork|woven basket|straw mat|plait', '4602', 0.8),
  // 47-49 paper, printed matter
  h('pulp|wood pulp', '4703', 0.7), h('waste paper', '4707'), h('newsprint', '4801'), h('printing paper|writing paper|copy paper|a4 paper|office paper', '4802'),
  h('toilet paper|tissue paper|paper towel|napkin|facial tissue|kitchen roll', '4818'),
  h('box', { plastic: '3923', paper: '4819', wood: '4415', steel: '7310', default: '4819' }, 0.45), h('carton|cardboard box|paper box|paper bag|corrugated box|shipping box|gift box|packing box|mailer', '4819'),
  h('notebook|notepad|diary|exercise book|register book|binder|folder|file folder|envelope|album|memo pad|planner|journal', '4820'),
  h('paper label|tag|hang tag|price tag', '4821'), h('paper cup|paper plate|filter paper|paper tray|paper straw|paper article', '4823', 0.8),
  h('wallpaper', '4814'), h('book|novel|printed book|textbook|brochure|leaflet|dictionary', '4901'), h('newspaper|magazine|journal periodical', '4902'),
  h('children book|picture book|colouring book|drawing book', '4903'), h('sheet music|music score', '4904'), h('map|atlas|globe', '4905', 0.8),
  h('postage stamp|stamp|banknote|cheque|ticket', '4907', 0.6), h('decal|transfer|tattoo sticker|temporary tattoo', '4908'),
  h('greeting card|postcard|birthday card|christmas card|invitation card|invitation|wedding invitation|party invitation', '4909'), h('calendar', '4910'),
  h('poster|catalogue|printed matter|printed card|flyer|art print|photograph print|trade advertising|manual printed', '4911', 0.8),
  // 50-60 textiles
  h('silk yarn|raw silk', '5002'), h('wool yarn|knitting yarn', '5109', 0.7), h('cotton yarn', '5205'), h('sewing thread|embroidery thread', '5401', 0.7),
  h('polyester yarn|nylon yarn|filament yarn', '5402', 0.8), h('monofilament|fishing line', '5404', 0.7),
  h('cotton fabric|woven cotton|denim fabric', '5208', 0.8), h('polyester fabric|nylon fabric|synthetic fabric|woven fabric', '5407', 0.8),
  h('wadding|cotton wool|cotton pad|cotton swab|sanitary', '5601', 0.7), h('felt', '5602', 0.6), h('nonwoven|non woven', '5603'),
  h('elastic thread|elastic cord|rubber thread', '5604'), h('twine|cord|rope|cable rope|string|paracord|lanyard|shoelace', '5607', 0.7),
  h('net|netting|fishing net|mesh net|cargo net|hammock net', '5608', 0.7), h('carpet|rug|mat textile|doormat|floor mat', '5705', 0.8),
  h('tufted carpet', '5703'), h('velvet|plush fabric|pile fabric|terry fabric', '5801'), h('tulle|lace|net fabric', '5804'),
  h('label woven|badge|patch|embroidered patch|applique', '5807', 0.8), h('ribbon|satin ribbon|grosgrain ribbon|narrow fabric|webbing', '5806', 0.9), h('braid|trimming|tassel|fringe|pompom', '5808', 0.8),
  h('embroidery', '5810'), h('quilted fabric', '5811'), h('coated fabric|pvc coated fabric|tarpaulin fabric', '5903', 0.7),
  h('hose textile|fire hose', '5909'), h('filter cloth|bolting cloth|technical textile', '5911', 0.7),
  h('knitted fabric|knit fabric|jersey fabric|mesh fabric|spandex fabric', '6006', 0.8),
  // 61-62 apparel: knitted articles default to 61, woven to 62
  h('tshirt|tank top|singlet|vest top|camisole|undershirt', '6109'), h('sweater|pullover|jumper|cardigan|hoodie|sweatshirt|waistcoat knit|knit vest|jersey', '6110', 1, 'jerseys pullovers'),
  h('baby clothing|baby clothes|baby romper|romper|onesie|bodysuit baby|infant clothing|baby outfit', '6111'),
  h('tracksuit|swimsuit|swimwear|bikini|swim trunks|bathing suit|ski suit|swim shorts|beachwear', '6112'),
  h('leggings|yoga pants|tights', '6104', 0.6), h('pantyhose|stockings|socks|sock|tights hosiery|compression sleeve|hosiery', '6115'),
  h('knitted glove|knit glove|gloves knitted', '6116'), h('knitted hat|beanie|balaclava|knit scarf', '6117', 0.5),
  h('underwear men|boxer|briefs|boxer brief|men pyjamas|bathrobe men|nightshirt', '6107'),
  h('bra|brassiere|corset|girdle|suspender|shapewear|garter|corselette|bustier|sports bra', '6212'),
  h('panties|knickers|lingerie|nightdress|nightgown|negligee|women pyjamas|sleepwear|women underwear|thong|babydoll', '6108'),
  h('polo shirt|men shirt knit', '6105', 0.6), h('blouse knit|women shirt knit', '6106', 0.5),
  h('dress|gown|skirt|women suit|women jacket|blazer women|women trousers|women shorts|jumpsuit|women pants', '6204', 0.8),
  h('men suit|men jacket|men trousers|men shorts|men pants|blazer|jeans|trousers|pants|shorts|chinos|overalls|cargo pants', '6203', 0.8, 'trousers'),
  h('shirt|dress shirt|men shirt', '6205', 0.8), h('blouse|women shirt|tunic', '6206', 0.8),
  h('coat|overcoat|jacket|parka|anorak|windbreaker|raincoat|down jacket|puffer jacket|trench coat|cloak|windcheater', '6201', 0.7),
  h('women coat|women parka|women raincoat', '6202'), h('men underwear woven|pyjamas|bathrobe|dressing gown', '6207', 0.5),
  h('baby garment woven|baby dress', '6209'), h('protective suit|disposable coverall|coverall|hazmat suit|isolation gown', '6210', 0.7),
  h('ski jacket|track suit woven|swimwear woven|apron|work clothes|uniform|workwear|scrubs', '6211', 0.6),
  h('handkerchief', '6213'), h('scarf|shawl|stole|muffler|veil|mantilla|bandana|neck gaiter', '6214'), h('tie|necktie|bow tie|cravat', '6215'),
  h('glove|mitten|mitt', '6216', 0.6), h('clothing accessory|sleeve|collar detachable|shoulder pad', '6217', 0.5),
  // A title that calls itself a costume names a festive article (9505), whatever toys it mentions;
  // "cosplay" alone also qualifies wigs and clothing, so it stays a weak cue.
  h('costume|fancy dress|halloween costume|carnival costume', '9505', 1.2), h('cosplay', '9505', 0.5),
  // 63 made-up textile articles
  h('blanket|throw blanket|travelling rug|fleece blanket|electric blanket', '6301'), h('bed linen|bedsheet|bed sheet|pillowcase|duvet cover|quilt cover|table cloth|tablecloth|towel|bath towel|tea towel|kitchen towel|table linen|napkin cloth', '6302'),
  h('curtain|drape|blind textile|valance', '6303'), h('bedspread|cushion cover|table runner|wall hanging textile|furnishing', '6304'),
  h('sack|woven bag|packing bag textile', '6305'), h('fibc', '630532'), h('tarpaulin|tent|awning|sail|camping tent|sunshade|inflatable mattress', '6306'),
  h('face mask|mask|mop|dishcloth|cleaning cloth|floor cloth|microfibre cloth|microfiber cloth|mop pad|mop refill|duster cloth|dust cloth|polishing cloth|life jacket|shoe cover|dust cover|car cover|flag|pattern textile|lanyard textile|textile article|textile strap|cloth bag|eye mask|sleep mask', '6307', 0.7),
  h('used clothing|worn clothing|second hand clothing', '6309'), h('rag|scrap textile', '6310'),
  // 64 footwear
  h('shoe|sneaker|trainer|boot|sandal|slipper|flipflop|loafer|heel shoe|heels|pump shoe|footwear|clog|moccasin|espadrille|mule|oxford shoe|running shoe|hiking boot|snow boot|rain boot|wellington|platform shoe|ankle boot|derby|wedge|flats', { leather: '6403', textiles: '6404', default: '6402' }, 0.9, 'footwear'),
  h('rubber boot|plastic sandal|rain boot|plastic slipper|waterproof footwear|croc|beach sandal', '6402', 0.7),
  h('leather shoe|leather boot|leather sandal|leather upper', '6403', 0.9), h('shoe upper|insole|outsole|heel part|footwear part|shoe sole', '6406'),
  // 65-67 headgear, umbrellas, feathers, wigs
  h('hat|cap|baseball cap|bucket hat|beret|sun hat|fedora|headband|hair band|visor|bonnet|beanie', '6505', 0.8), h('helmet|safety helmet|hard hat|motorcycle helmet|bicycle helmet', '6506'),
  h('straw hat', '6504'), h('umbrella|parasol|sun umbrella', '6601'), h('walking stick|cane|seat stick', '6602'), h('umbrella part|umbrella frame', '6603'),
  h('artificial flower|fake flower|silk flower|artificial plant|artificial fruit|artificial foliage|fake plant|faux flower|garland artificial', '6702'),
  h('feather article|feather boa|feather fan', '6701'), h('wig|lace front wig|hair extension|hairpiece|toupee|eyelash|ponytail|braiding hair|hair weave|hair bundle|hair bundles|clip in hair', '6704'),
  h('prepared hair|hair for wig', '6703', 0.6),
  // 68-70 stone, ceramics, glass
  h('millstone|grinding wheel|whetstone|sharpening stone|abrasive wheel', '6804'), h('sandpaper|abrasive paper|abrasive cloth|sanding disc', '6805'),
  h('mineral wool|rock wool|glass wool|insulation wool', '6806'), h('gypsum board|plasterboard', '6809'), h('concrete|cement article|paving block', '6810'),
  h('asbestos|brake pad|brake lining|friction material', '6813', 0.7), h('stone article|carbon fibre article|graphite article|quartz article', '6815', 0.6),
  h('marble slab|granite slab|stone tile|tombstone|worktop stone|monument', '6802', 0.8),
  h('brick', '6904'), h('roof tile|ceramic roof', '6905'), h('ceramic tile|floor tile|wall tile|mosaic tile|porcelain tile', '6907'),
  h('toilet|sink|washbasin|bidet|urinal|ceramic sanitary|bathroom ceramic', '6910'), h('porcelain tableware|china tableware|porcelain cup|porcelain plate|porcelain mug', '6911'),
  h('ceramic mug|ceramic cup|ceramic plate|ceramic bowl|stoneware|ceramic tableware|ceramic kitchenware|teapot|pottery', '6912'),
  h('ceramic statuette|ceramic figurine|ceramic ornament|porcelain figurine|ceramic vase|porcelain vase', '6913'), h('ceramic article|flower pot ceramic|ceramic planter', '6914', 0.8),
  h('glass sheet|float glass|plate glass', '7005'), h('tempered glass|safety glass|laminated glass|windscreen|screen protector|windshield', '7007'), h('insulating glass|double glazing', '7008'),
  h('mirror|rear view mirror|vanity mirror|glass mirror', '7009'), h('glass bottle|glass jar|vial|ampoule|glass container', '7010'), h('bottle|jar', { plastic: '3923', glass: '7010', ceramic: '6912', steel: '7310', aluminium: '7612', default: '3923' }, 0.7),
  h('glass tableware|drinking glass|wine glass|glass cup|glass mug|glass bowl|glass teapot|glassware|tumbler glass|glass vase|glass kitchenware|pyrex', '7013'),
  h('glass bead|glass eye|glass figurine|glass ornament|glass marble|lampwork', '7018'), h('glass fibre|fibreglass|glass fibre mesh|glass fibre cloth', '7019'),
  h('glass article|glass panel|glass block|glass lampshade|aquarium glass', '7020', 0.7),
  // 71 jewellery, precious metals, stones
  h('pearl|cultured pearl|freshwater pearl', '7101', 0.7), h('diamond|loose diamond', '7102'), h('gemstone|ruby|sapphire|emerald|jade|amethyst|agate|tourmaline|topaz|opal|crystal stone|natural stone bead|quartz crystal|turquoise|chalcedony|garnet|lapis|obsidian|moonstone|gem', '7103', 0.6),
  h('synthetic diamond|lab grown diamond|moissanite|synthetic gemstone|lab created', '7104', 0.6), 
  // Cast bars, ingots and grains are "unwrought" precious metal; rolled sheet and drawn wire "semi-manufactured".
  h('silver bar|silver bullion|silver ingot|silver grain', '7106', 1, 'unwrought'), h('silver wire|silver sheet', '7106', 1, 'semi manufactured'),
  h('gold bar|gold bullion|gold ingot|gold grain', '7108', 1, 'unwrought'), h('gold leaf|gold powder', '7108'), h('platinum bar|palladium bar', '7110'),
  h('precious metal scrap|gold scrap|silver scrap', '7112'),
  h('jewellery|necklace|bracelet|ring|earring|pendant|charm|anklet|brooch|choker|bangle|cufflink|tie clip|body jewellery|nose ring|belly ring|piercing|jewellery set|chain necklace|stud earring|hoop earring|locket|hairpin jewellery|charm bracelet', { silver: '7113', gold: '7113', platinum: '7113', metals: '7117', default: '7117' }, 1.1, 'jewellery'),
  h('silverware|gold tableware|silver tableware|precious metal article', '7114'), h('coin|commemorative coin', '7118'),
  // 72-83 base metals
  h('pig iron', '7201'), h('ferro alloy|ferrosilicon|ferromanganese', '7202'), h('steel scrap|iron scrap|scrap metal', '7204'),
  h('steel ingot|steel billet|semi finished steel', '7207'), h('hot rolled coil|hot rolled steel|steel plate|steel coil|steel sheet', '7208', 0.8),
  h('cold rolled steel|cold rolled coil', '7209'), h('galvanised steel|galvanized|coated steel|tinplate|zinc coated steel|colour coated steel|prepainted', '7210'),
  h('steel bar|rebar|reinforcing bar|wire rod', '7214', 0.8), h('steel angle|steel profile|steel section|h beam|i beam|channel steel', '7216'),
  h('steel wire|iron wire|galvanised wire', '7217'), h('stainless steel sheet|stainless steel coil|stainless steel plate', '7219'),
  h('stainless steel bar|stainless steel rod', '7222'), h('stainless steel wire', '7223'), h('alloy steel sheet|silicon steel|electrical steel', '7225'),
  h('sheet piling', '7301'), h('railway track|rail', '7302', 0.7), h('cast iron pipe', '7303'), h('seamless pipe|seamless tube|line pipe|casing pipe|drill pipe', '7304'),
  h('welded pipe|steel pipe|steel tube|steel hollow section|square tube|erw pipe', '7306'), h('pipe fitting|elbow|flange|coupling pipe|tee fitting|steel fitting|pipe union|threaded union|union fitting|pipe nipple|reducer fitting|compression fitting|threaded fitting|pipe connector|pipe coupling', { plastic: '3917', rubber: '4009', copper: '7412', aluminium: '7609', default: '7307' }),
  h('steel structure|scaffolding|steel frame|steel door|steel window|formwork|steel tower|structure steel|bridge', '7308'),
  h('steel tank|storage tank|steel drum|steel can|gas cylinder|compressed gas container|steel container|tin can', '7310', 0.7), h('gas cylinder|gas bottle|co2 cylinder', '7311'),
  h('wire rope|steel cable|steel strand|sling', '7312'), h('barbed wire', '7313'), h('wire mesh|wire netting|fencing|chain link|welded mesh|expanded metal', '7314'),
  h('chain|steel chain|roller chain|link chain|anchor chain', '7315', 0.7), h('anchor|grapnel', '7316'), h('nail|tack|staple steel|drawing pin|thumb tack', '7317'),
  h('screw|bolt|nut|washer|rivet|cotter|fastener|anchor bolt|threaded rod|self tapping screw|hex bolt|stud bolt|spring washer', '7318'),
  h('sewing needle|knitting needle|safety pin|pin', '7319', 0.8), h('spring|leaf spring|coil spring', '7320', 0.8),
  h('stove|barbecue|bbq|grill|camping stove|cooker|plate warmer|heater non electric', '7321', 0.8), h('radiator|air heater non electric', '7322', 0.7),
  h('pot|pan|frying pan|saucepan|wok|kettle|stainless tableware|cookware|kitchenware|steel wool|scouring pad|pot scrubber|cutlery tray|steel bowl|steel cup|steel mug|baking tray|colander|steamer|tableware|dinnerware|cup|mug|plate|bowl|dish|tray|pitcher|jug|lunch box', { plastic: '3924', ceramic: '6912', porcelain: '6911', glass: '7013', aluminium: '7615', copper: '7418', wood: '4419', bamboo: '4419', paper: '4823', silver: '7114', default: '7323' }, 0.8, 'tableware kitchenware'),
  h('sink steel|sanitary ware steel|bath steel|shower head|towel rack', '7324', 0.7), h('cast article|iron casting|steel casting|cast iron article', '7325'),
  h('hook|bracket|hanger metal|clip|clamp|ring metal|buckle|metal stake|bottle opener|shim|steel ball|magnet holder|tag metal', '7326', 0.6),
  // A perforated board for hanging tools is an article of its material, not flat-rolled sheet.
  h('pegboard|peg board|tool board', { wood: '4421', aluminium: '7616', metals: '7326', plastic: '3926', default: '7326' }),
  h('copper wire|copper cable bare', '7408'), h('copper sheet|copper foil|copper strip', '7410'), h('copper tube|copper pipe', '7411'), h('copper fitting|brass fitting', '7412'),
  h('copper article|brass article|bronze article', '7419', 0.8), h('nickel', '7502', 0.6),
  h('aluminium ingot|unwrought aluminium', '7601'), h('aluminium scrap', '7602'), h('aluminium profile|aluminium extrusion|aluminium bar|aluminium rod', '7604'),
  h('aluminium wire', '7605'), h('aluminium sheet|aluminium plate|aluminium coil', '7606'), h('aluminium foil|tin foil', '7607'), h('aluminium tube|aluminium pipe', '7608'),
  h('aluminium structure|aluminium window|aluminium door|aluminium frame', '7610'), h('aluminium can|aluminium container|aerosol can', '7612'),
  h('aluminium cookware|aluminium pot|aluminium pan|aluminium tableware', '7615'), h('aluminium article', '7616', 0.8),
  h('lead', '7801', 0.4), h('zinc ingot', '7901'), h('tin ingot', '8001'), h('tungsten|molybdenum|tantalum|cobalt|titanium sponge|magnesium', '8101', 0.4),
  h('hand tool|spade|shovel|hoe|rake|pickaxe|fork garden|pruning shear|secateur|garden tool|hedge shear|axe|billhook', '8201'),
  h('saw|hand saw|saw blade|hacksaw|band saw blade|circular saw blade', '8202'), h('file tool|rasp|plier|pliers|pincers|tweezers|wire cutter|metal cutting shear|pipe cutter|bolt cutter|punch', '8203'),
  h('spanner|wrench|socket wrench|torque wrench|allen key|hex key', '8204'), h('hammer|screwdriver|vice|clamp tool|anvil|blow torch|hand tool|crowbar|trowel|glass cutter|scraper|chisel|awl', '8205', 0.8),
  h('tool set|tool kit', '8206'), h('drill bit|tap tool|die tool|milling cutter|router bit|interchangeable tool|cutting insert|boring bit|end mill|hole saw', '8207'),
  h('knife blade|machine knife|cutting blade', '8208'), h('carbide insert|cermet', '8209'),
  h('knife|kitchen knife|pocket knife|folding knife|utility knife|hunting knife|chef knife|box cutter', '8211'), h('razor|razor blade|shaver manual|safety razor', '8212'),
  h('scissors|shears', '8213'), h('nail clipper|nail file|manicure|pedicure|pencil sharpener|letter opener|paper knife|hair clipper manual|cuticle', '8214'),
  h('spoon|fork|ladle|cutlery|tableware cutlery|tong|cake server|skimmer', '8215'),
  h('padlock|lock|door lock|key|combination lock|smart lock|safe lock|clasp lock', '8301'), h('hinge|castor|caster|wheel furniture|door handle|cabinet handle|knob|door closer|furniture fitting|drawer slide|bracket furniture|mounting bracket|tv mount', '8302'),
  h('safe|strongbox|cash box', '8303'), h('filing cabinet|letter tray|desk organiser|paper tray metal', '8304'), h('binder clip|paper clip|staple|ring binder mechanism|office clip', '8305'),
  h('bell|gong|statuette metal|metal ornament|photo frame metal|trophy|metal decoration|ornament', '8306', 0.6), h('flexible tube metal|bellows', '8307'),
  h('buckle|eyelet|hook and eye|clasp handbag|bead metal|spangle|rivet tubular|snap fastener metal', '8308', 0.7), h('bottle cap|crown cork|lid metal|stopper metal|seal metal|capsule', '8309'),
  h('sign plate|number plate|nameplate|address plate', '8310'), h('welding wire|welding electrode|welding rod|solder|brazing rod', '8311'),
  // 84 machinery
  h('nuclear reactor', '8401'), h('boiler|steam boiler', '8402'), h('steam turbine', '8406'), h('outboard motor|marine engine|spark ignition engine|gasoline engine|petrol engine', '8407'),
  h('diesel engine|compression ignition', '8408'), h('engine part|piston|cylinder head|carburettor|carburetor', '8409'), h('turbojet|gas turbine', '8411'),
  h('hydraulic cylinder|pneumatic cylinder|hydraulic motor|actuator', '8412'), h('pump|water pump|fuel pump|oil pump|submersible pump|vacuum pump impeller|centrifugal pump|peristaltic pump', '8413'),
  h('air compressor|vacuum pump|fan|exhaust fan|blower|range hood|cooker hood|cooling fan|ventilator|extractor', '8414'), h('air conditioner|air conditioning|ac unit|split ac|heat pump', '8415'),
  h('furnace|burner|industrial oven', '8417', 0.7), h('refrigerator|fridge|freezer|chiller|ice maker|cold storage|display cooler|refrigerating', '8418'),
  h('water heater|dryer machine|sterilizer|distilling|heat exchanger|coffee machine industrial|cooling tower', '8419', 0.7), h('calender|rolling machine', '8420'),
  h('centrifuge|filter|water purifier|air purifier|water filter|oil filter|air filter|fuel filter|filter element|filtering|purifying|cream separator|spin dryer', '8421'),
  h('dishwasher|bottling machine|packing machine|packaging machine|filling machine|labelling machine|capping machine|wrapping machine|sealing machine', '8422'),
  h('scale|weighing|kitchen scale|bathroom scale|balance scale|luggage scale', '8423'), h('sprayer|spray gun|fire extinguisher|sand blasting|pressure washer|sprinkler|spray nozzle|paint sprayer|garden sprayer', '8424'),
  h('jack', '8425', 0.3), h('hoist|winch|car jack|capstan|pulley tackle', '8425'), h('crane|overhead crane|gantry', '8426'), h('forklift|fork lift|pallet truck|stacker', '8427'),
  h('elevator|lift|escalator|conveyor|conveyer|cable car', '8428'), h('bulldozer|excavator|grader|loader|road roller|backhoe', '8429'),
  h('pile driver|snow plough|drilling rig|boring machine earth', '8430', 0.7), h('excavator part|crane part|lift part|bucket excavator', '8431'),
  h('plough|harrow|seeder|planter|fertiliser spreader|lawn roller', '8432'), h('harvester|lawn mower|mower|combine harvester|thresher|hay baler|grass trimmer|brush cutter', '8433'),
  h('milking machine', '8434'), h('juice press|wine press', '8435'), h('incubator|poultry equipment|brooder|beekeeping', '8436'),
  h('grain milling|seed cleaning|flour mill', '8437'), h('food processing machine|meat processing|bakery machine|confectionery machine|slicer industrial|sugar machine|brewery', '8438'),
  h('paper making machine', '8439'), h('bookbinding machine', '8440'), h('paper cutting machine|bag making machine|carton machine', '8441'),
  h('printing machine|printer|3d printer|inkjet printer|laser printer|photocopier|copier|plotter|fax|printer cartridge|ink cartridge|toner cartridge|printhead', '8443'),
  h('textile machine|spinning machine', '8445'), h('weaving machine|loom', '8446'), h('knitting machine', '8447'), h('sewing machine', '8452'),
  h('leather machine|shoe machine', '8453'), h('converter metallurgy|ladle|casting machine', '8454'), h('rolling mill', '8455'),
  h('laser cutting machine|laser engraver|laser engraving|plasma cutting|water jet cutting|ultrasonic machining|edm machine|cnc router', '8456'),
  h('machining centre|machining center', '8457'), h('lathe|cnc lathe', '8458'), h('drilling machine|milling machine|boring machine|tapping machine', '8459'),
  h('grinding machine|polishing machine|sharpening machine|honing machine', '8460'), h('planing|gear cutting|broaching|sawing machine|metal saw machine', '8461'),
  h('press machine|punching machine|bending machine|shearing machine|forging machine|stamping press|hydraulic press', '8462'), h('wire drawing|thread rolling', '8463'),
  h('stone cutting machine|glass working machine', '8464'), h('woodworking|wood working machine|planer|wood router|sanding machine wood|jointer', '8465'),
  h('tool holder|chuck|dividing head|collet|workholding|machine tool accessory', '8466'), h('power tool|electric drill|cordless drill|angle grinder|chainsaw|jigsaw|circular saw|nail gun|impact driver|electric screwdriver|rotary hammer|sander|pneumatic tool|impact wrench|heat gun|rotary tool|polisher', '8467'),
  h('soldering iron|welding torch|gas welding|brazing', '8468'), h('calculator|cash register|electronic organiser|franking machine|label printer|pos terminal', '8470'),
  h('computer|laptop|notebook computer|desktop|pc|tablet computer|tablet|server|keyboard|mouse|monitor computer|scanner|hard drive|hard disk|ssd|solid state drive|usb drive|flash drive|memory stick|storage unit|mini pc|gaming pc|computer mouse|mechanical keyboard|touchpad|barcode scanner|card reader', '8471'),
  h('atm|banknote counter|money counter|coin sorter|stapler machine|shredder|paper shredder|vending machine', '8472', 0.8), h('computer part|motherboard|graphics card|gpu|ram|memory module|computer case|cpu cooler|printer part|laptop part|keyboard part|power supply computer|expansion card|network card', '8473'),
  h('crusher|mixer concrete|concrete mixer|sorting machine|screening machine|mixing machine|grinding mill|ball mill', '8474'), h('lamp assembly machine|glass making machine', '8475'),
  h('vending machine|automatic goods vending', '8476'), h('injection moulding machine|extruder|blow moulding|plastic machine|rubber machine|3d printing machine', '8477'),
  h('tobacco machine', '8478'), h('industrial robot|robot|mixer industrial|kneading machine|humidifier|dehumidifier|ultrasonic cleaner|garbage compactor|car wash|carpet sweeper|air freshener machine|robot arm|oil press|aroma diffuser', '8479', 0.7),
  h('mould|mold|injection mould|die casting mould|moulding box|silicone mould|casting mould', '8480', 0.8),
  h('valve|tap|faucet|ball valve|gate valve|check valve|solenoid valve|pressure reducing|shower mixer|safety valve|water tap|kitchen faucet|basin tap|mixer tap', '8481'),
  h('bearing|ball bearing|roller bearing|needle bearing|linear bearing|bearing unit', '8482'), h('shaft|crankshaft|gear|gearbox|pulley|clutch|coupling|reducer|flywheel|ball screw|sprocket|bearing housing|transmission shaft|gear reducer', '8483'),
  h('gasket|seal kit|mechanical seal', '8484'), h('semiconductor machine|wafer machine|lithography', '8486'), h('machine part|machinery part|grease nipple|oil seal', '8487', 0.4),
  // 85 electrical
  h('electric motor|motor|generator|dc motor|ac motor|brushless motor|servo motor|stepper motor|vibration motor|gear motor', '8501'), h('generating set|generator set|genset|diesel generator|inverter generator|wind turbine', '8502'),
  h('motor part|generator part|stator|rotor|esc|motor controller|armature', '8503', 0.8),
  h('transformer|ballast|inductor', '8504'),
  // Chargers, adapters and power supplies are static converters: the subheading is certain once the article is.
  h('power supply|adapter|ac adapter|charger|phone charger|battery charger|inverter|rectifier|ups|uninterruptible power|converter|dc dc converter|power adapter|switching power supply|led driver', '850440'),
  h('magnet|permanent magnet|electromagnet|magnetic chuck|neodymium|fridge magnet|magnetic', '8505', 0.8), h('battery|primary battery|button cell|alkaline battery|coin cell', '8506'),
  h('rechargeable battery|accumulator|lithium battery|li ion|lipo battery|lead acid battery|battery pack|powerbank|18650|car battery|storage battery', '8507'),
  h('vacuum cleaner|robot vacuum|cordless vacuum|handheld vacuum|wet dry vacuum', '8508'), h('blender|juicer|food processor|mixer kitchen|kitchen appliance|food mixer|meat grinder|garbage disposal|floor polisher|juice extractor', '8509'),
  h('shaver|electric shaver|hair clipper|hair trimmer|epilator|electric razor|beard trimmer', '8510'), h('spark plug|ignition coil|starter motor|alternator|glow plug|ignition', '8511'),
  h('headlight|tail light|car light|bicycle light|turn signal|car horn|windscreen wiper|wiper|defroster|motorcycle light|fog lamp|vehicle light|car lamp', '8512'), h('flashlight|torch|headlamp|portable lamp|miner lamp|rechargeable lamp', '8513'),
  h('induction furnace|industrial microwave|electric furnace|industrial heating', '8514'), h('welding machine|electric welder|arc welder|soldering station|soldering machine|spot welder|laser welding', '8515'),
  h('water heater electric|electric kettle|hair dryer|hairdryer|hair straightener|curling iron|hair curler|iron|steam iron|microwave|microwave oven|oven|toaster|coffee maker|coffeemaker|coffee machine|rice cooker|air fryer|electric heater|heater|space heater|electric grill|sandwich maker|waffle maker|hot plate|induction cooker|slow cooker|heating element|electric stove|immersion heater|egg boiler|warmer|heating pad|heating film|deep fryer', '8516'),
  // A ring or band with a radio and sensors is an apparatus for transmitting data (8517.62), not jewellery.
  h('smart ring|bluetooth ring|nfc ring|sensor ring|health ring|fitness ring|smart band|fitness band|activity tracker', '851762', 1.2),
  h('phone', '8517', 0.5), h('smartphone|telephone|router|modem|switch network|network switch|wifi|access point|base station|intercom|walkie talkie|transceiver|gateway|bluetooth module|wireless module|repeater|antenna|phone part|mobile phone part|smartwatch|smart watch|fitness tracker|ip camera module|lte|4g|5g', '8517'),
  h('microphone|loudspeaker|speaker|bluetooth speaker|headphone|amplifier|sound bar|subwoofer|megaphone|audio amplifier|karaoke|earpiece|tweeter|woofer', '8518'), h('record player|turntable|cassette player|mp3 player|sound recording|voice recorder|dictaphone|jukebox', '8519'),
  h('video recorder|dvd player|blu ray player|media player|set top box video|video player', '8521'), h('part sound|cartridge turntable|stylus', '8522', 0.6),
  h('sd card|memory card|micro sd|smart card|usb stick|flash memory card|magnetic card|recorded media|cd|dvd|vinyl record|rfid tag|rfid card|software', '8523'),
  h('flat panel display module|display module|lcd module|oled module|lcd panel|touch display module|display screen module|lcd screen|oled screen|touch screen|screen replacement', '8524', 0.9),
  h('camera|digital camera|video camera|camcorder|webcam|dash cam|dashcam|security camera|cctv|surveillance camera|action camera|transmitter|broadcast|trail camera|baby monitor|body camera', '8525'),
  h('radar|gps|navigation|remote control|radio remote|sonar|gps tracker|navigator|drone remote', '8526'), h('radio|car radio|radio receiver|car stereo|car audio|fm receiver|clock radio|car multimedia|head unit', '8527'),
  h('monitor|television|tv|projector|display monitor|led tv|smart tv|lcd monitor|video projector|set top box|tv box|receiver satellite', '8528'), h('antenna part|tv part|radio part|remote part', '8529', 0.6),
  h('traffic signal|railway signal|traffic light|signalling', '8530'), h('alarm|burglar alarm|fire alarm|smoke detector|doorbell|buzzer|siren|indicator panel|led display board|bell electric|door chime|display board', '8531'),
  h('capacitor|supercapacitor|electrolytic capacitor|ceramic capacitor', '8532'), h('resistor|potentiometer|rheostat|thermistor|varistor', '8533'), h('printedcircuit|circuit board|bare board', '8534'),
  h('fuse high voltage|lightning arrester|surge arrester|high voltage switch|circuit breaker high voltage', '8535'),
  h('switch|fuse|circuit breaker|relay|socket|plug|connector|terminal|lamp holder|wall socket|power strip|extension socket|usb connector|terminal block|push button|toggle switch|outlet|junction box|rocker switch|dc jack|rf connector|header pin|crimp terminal|banana plug|mcb|contactor', '8536'),
  h('control panel|switchboard|distribution board|control cabinet|plc|programmable controller|controller board|cnc controller|dmx controller|console control|control box', '8537'), h('switch part|panel part|circuit breaker part', '8538', 0.6),
  h('bulb|light bulb|led bulb|lamp bulb|halogen|fluorescent lamp|led tube|filament lamp|uv lamp|xenon lamp|hid bulb|led lamp|headlight bulb|car bulb', '8539'), h('vacuum tube|cathode ray|magnetron|valve electronic', '8540'),
  h('diode|transistor|semiconductor|thyristor|photovoltaic|led chip|solar cell|led bead|mosfet|piezoelectric crystal|crystal oscillator|photosensitive|optocoupler|photodiode', '8541'),
  h('chip', '8542', 0.4), h('integratedcircuit|microcontroller|processor|cpu|memory chip|ic|mcu|fpga|eprom|flash chip|dram|microprocessor|asic|amplifier ic|sensor chip', '8542'),
  h('electrical machine|signal generator|particle accelerator|electric fence|electronic cigarette|e cigarette|vape|vaporizer|ultrasonic|laser device|beauty device|massager ems|electric massager|ems|uv sterilizer|ozone generator|electroplating|metal detector|electric machine|mosquito killer|bug zapper|ionizer|electric device|electrical apparatus', '8543', 0.7),
  h('cable|wire|insulated wire|electric cable|usb cable|charging cable|hdmi cable|data cable|power cord|coaxial|optical fibre cable|fibre optic cable|extension cable|wire harness|cable assembly|ethernet cable|lan cable|audio cable|enamelled wire|magnet wire|lead wire|silicone wire|jumper wire|winding wire|cord', '8544', 0.8, 'insulated electric conductors'),
  h('carbon brush|graphite electrode|carbon electrode|battery carbon', '8545'), h('insulator|electrical insulator|ceramic insulator', '8546'), h('insulating fitting|conduit|electrical conduit', '8547'),
  h('e waste|electrical waste|battery scrap|spent battery', '8549'),
  // 86-89 vehicles, aircraft, ships
  h('locomotive', '8601'), h('railway car|wagon rail|freight car|railway coach', '8605', 0.7), h('railway part|bogie|train part', '8607'),
  h('container shipping|shipping container|cargo container|iso container', '8609'), h('tractor|road tractor|agricultural tractor|walking tractor', '8701'),
  h('bus|coach|minibus', '8702'), h('car', '8703', 0.4), h('motorcar|automobile|suv|sedan|passenger vehicle|electric vehicle|hybrid car|golf cart|go kart|atv|quad bike|utv|snowmobile|pickup truck', '8703'),
  h('truck|lorry|dump truck|goods vehicle|van delivery|tipper', '8704'), h('fire engine|crane truck|mobile crane|concrete pump truck|special purpose vehicle|road sweeper', '8705'),
  h('chassis', '8706'), h('vehicle body|car body|cab', '8707', 0.7),
  h('car part|auto part|vehicle part|bumper|brake|brake disc|brake pad|brake caliper|gearbox car|axle|wheel|rim|radiator car|muffler|exhaust|silencer|steering wheel|steering|clutch car|shock absorber|suspension|seat belt|airbag|car mat|dashboard|car door|grille|fender|mudguard|car accessory|tow bar|alloy wheel|control arm|cv joint|tie rod|wheel hub|car seat cover|hubcap', '8708', 0.9),
  h('motorcycle|motorbike|scooter|moped|e bike motor|dirt bike|electric scooter|electric motorcycle|motor scooter', '8711'),
  h('bicycle|bike|mountain bike|road bike|tricycle|bmx', '8712'), h('wheelchair|invalid carriage|mobility scooter', '8713'),
  h('bicycle part|bike part|motorcycle part|saddle|derailleur|handlebar|pedal|bicycle frame|bicycle wheel|bike light|bike rack|wheelchair part|crankset|bike chain|motorcycle accessory', '8714'),
  h('baby carriage|pram|stroller|pushchair|baby stroller|baby carrier frame', '8715'), h('trailer|semi trailer|caravan|cart|hand truck|wheelbarrow|trolley|hand cart|shopping cart|camper trailer', '8716'),
  h('balloon hot air|airship|glider|kite glider', '8801'), h('helicopter|aeroplane|airplane|aircraft|satellite|spacecraft', '8802'),
  h('drone|uav|unmanned aircraft|quadcopter|fpv drone', '8806'), h('drone part|propeller drone|aircraft part|airplane part|helicopter part|uav part|flight controller', '8807'),
  h('parachute|paraglider', '8804'), h('flight simulator|aircraft launching', '8805'),
  h('ship|boat|yacht|ferry|cargo ship|tanker|vessel|fishing boat|motorboat|sailboat|kayak|canoe|rowing boat|inflatable boat|jet ski|personal watercraft', '8903', 0.8),
  h('tug|pusher craft', '8904'), h('floating dock|dredger|buoy|float|pontoon|raft|lifebuoy', '8907', 0.6),
  // 90 optics, instruments, medical
  h('optical fibre|optic fibre|fibre optic|polarising|lens|contact lens|optical lens|prism|mirror optical|filter optical|magnifier lens', '9001', 0.8), h('camera lens|objective lens|lens mounted|mounted lens|eyepiece', '9002'),
  h('spectacle frame|eyeglass frame|glasses frame', '9003'), h('spectacles|sunglasses|goggles|safety glasses|ski goggles|swimming goggles|reading glasses|protective glasses|blue light glasses', '9004'),
  h('binoculars|telescope|monocular|astronomical|rifle scope|riflescope|spotting scope', '9005'), h('photographic camera|instant camera|film camera|flash photographic|flashgun', '9006'),
  h('cinematographic|film projector', '9007'), h('microscope|optical microscope', '9011'), h('electron microscope', '9012'), h('laser|laser pointer|liquid crystal device|lcd device|magnifying|door viewer|optical device', '9013', 0.8),
  h('compass|navigation instrument|gyroscope|altimeter|aircraft instrument', '9014'), h('theodolite|level surveying|rangefinder|laser level|distance meter|total station|meteorological|weather station|surveying', '9015'),
  h('balance sensitive|precision balance|analytical balance', '9016'), h('ruler|tape measure|measuring tape|caliper|vernier|micrometer|drawing instrument|protractor|set square|drafting|compass drawing|marking gauge|measuring rod', '9017'),
  h('medical|surgical|syringe|needle medical|catheter|stethoscope|blood pressure monitor|sphygmomanometer|dental|endoscope|ophthalmic|scalpel|veterinary|infusion set|ecg|ultrasound scanner|pulse oximeter|defibrillator|dialysis|acupuncture needle|medical device|surgical instrument|speculum|otoscope|iv cannula|suction catheter', '9018', 0.9),
  h('massager|massage chair|massage gun|massage apparatus|physiotherapy|oxygen therapy|respirator|breathing apparatus|nebulizer|ventilator medical|cpap|ozone therapy|psychological aptitude|hydrotherapy', '9019'), h('gas mask|breathing mask|respirator mask', '9020'),
  h('orthopaedic|orthopedic|splint|brace|crutch|prosthesis|hearing aid|pacemaker|artificial joint|dental implant|denture|artificial teeth|posture corrector|knee brace|back brace|bone plate|stent|ankle support|wrist support', '9021'),
  h('x ray|xray|radiography|radiotherapy|ct scanner|computed tomography', '9022'), h('demonstration model|teaching model|anatomical model|mannequin training|educational model', '9023'),
  h('hardness tester|tensile testing|testing machine|material testing', '9024'), h('thermometer|hydrometer|hygrometer|barometer|psychrometer|pyrometer', '9025'),
  // Sensors that measure temperature or humidity are the thermometers and hygrometers of 9025.
  h('temperature sensor|temperature probe|thermocouple|humidity sensor|temperature humidity sensor', '9025', 1, 'thermometers'),
  h('flow meter|flowmeter|pressure gauge|level gauge|manometer|pressure transmitter|pressure sensor|level sensor|water meter sensor|anemometer|flow sensor', '9026'),
  h('gas analyser|gas analyzer|gas detector|spectrometer|ph meter|viscometer|refractometer|polarimeter|chromatograph|photometer|exposure meter|lab instrument|analysis instrument|moisture meter|particle counter|calorimeter|microtome|breathalyser|breathalyzer|air quality monitor', '9027'),
  h('gas meter|water meter|electricity meter|energy meter|kwh meter|smart meter', '9028'), h('revolution counter|odometer|taximeter|pedometer|speedometer|tachometer|stroboscope|production counter', '9029'),
  h('oscilloscope|multimeter|voltmeter|ammeter|clamp meter|spectrum analyser|tester electrical|megger|network analyser|signal analyser|power meter|radiation detector|geiger|insulation tester|cable tester', '9030'),
  h('measuring instrument|gauge|sensor|probe|coordinate measuring|metal detector industrial|profile projector|test bench|balancing machine|checking instrument|inspection machine|torque sensor|displacement sensor|proximity sensor|load cell|optical sensor|encoder', '9031', 0.7),
  h('thermostat|temperature controller|humidity controller|regulator automatic|pressure switch|automatic control|manostat|pid controller|voltage stabilizer|water level controller', '9032'), h('instrument part|meter part', '9033', 0.5),
  // 91 clocks and watches
  h('wristwatch|watch|smartwatch mechanical|pocket watch|stopwatch|quartz watch|mechanical watch|automatic watch|diver watch', '9102', 0.9), h('gold watch|silver watch|precious metal watch', '9101'),
  h('clock|wall clock|alarm clock|desk clock|table clock|cuckoo clock|digital clock', '9105'), h('time recorder|parking meter|time clock', '9106'), h('timer|time switch', '9107', 0.8),
  h('watch movement', '9108'), h('clock movement', '9109'), h('watch case', '9111'), h('clock case', '9112'), h('watch strap|watch band|watch bracelet|watchband', '9113'), h('watch part|clock part|watch hand|watch crystal|watch battery holder', '9114'),
  // 92 musical instruments
  h('piano|grand piano|upright piano', '9201'), h('guitar|violin|cello|harp|ukulele|mandolin|banjo|double bass|string instrument|acoustic guitar', '9202'),
  h('trumpet|saxophone|flute|clarinet|harmonica|accordion|trombone|recorder flute|wind instrument|oboe|bagpipe|horn instrument', '9205'), h('drum|percussion|xylophone|cymbal|tambourine|castanet|drum set|cajon', '9206'),
  h('electric guitar|keyboard instrument|synthesizer|electronic keyboard|digital piano|electric piano|electronic drum|electric bass', '9207'), h('music box|whistle|musical box|decoy call|mouth blown', '9208'),
  h('guitar string|violin string|instrument part|guitar pick|plectrum|metronome|tuning fork|drumstick|guitar part|piano part|guitar strap|bow instrument|tuner guitar|capo', '9209'),
  // 93 arms
  h('revolver|pistol', '9302'), h('firearm|rifle|shotgun|air gun|air rifle|flare gun|starting pistol|airsoft', '9303', 0.8), h('spring gun|gas gun|truncheon|baton|stun gun|taser|paintball marker|slingshot', '9304'),
  h('gun part|rifle part|firearm part|gun barrel|trigger|stock rifle|silencer gun|magazine gun', '9305'), h('cartridge ammunition|ammunition|bullet|shell ammunition|grenade|bomb|missile|pellet airgun|bb pellet', '9306'),
  h('sword|sabre|bayonet|lance|cutlass', '9307'),
  // 94 furniture, lighting
  h('seat|chair|office chair|gaming chair|sofa|couch|stool|bench|armchair|recliner|car seat|baby car seat|seat cushion|folding chair|dining chair|bar stool|rocking chair|sofa bed|bean bag|camping chair|child seat', '9401', 0.9, 'seats'),
  h('dentist chair|barber chair|operating table|hospital bed|medical furniture|examination table|dental chair|salon chair', '9402'),
  h('furniture|shelf|bookshelf|bed|drawer|rack|storage rack|shoe rack|tv stand|crib|cot|display shelf|plant stand|wall shelf|vanity|furniture part|shelving|locker|baby crib', '9403', 0.9),
  // Heading 9403 calls them "other furniture": the word tables and cabinets do not say themselves.
  h('table|desk|cabinet|wardrobe|bookcase|nightstand|cupboard|dresser|coffee table|dining table|side table|console table|kitchen cabinet|bedside|bed frame|bunk bed', '9403', 0.9, 'furniture'),
  h('mattress|pillow|cushion|quilt|duvet|sleeping bag|comforter|bolster|mattress topper|memory foam pillow|neck pillow|pet bed|dog bed|cat bed|down comforter', '9404', 0.9),
  h('light', '9405', 0.5), h('lamp|lighting|chandelier|ceiling light|pendant light|wall lamp|floor lamp|table lamp|desk lamp|led light|led strip|string light|fairy light|night light|spotlight|floodlight|street light|solar light|garden light|light fixture|lamp shade|lampshade|neon sign|illuminated sign|christmas light|light box|downlight|panel light|track light|grow light|ring light|luminaire|lantern|strip light|light bar|work light|emergency light|stage light|moving head|laser light stage|par light|disco light', '9405', 0.9, 'luminaires lighting fittings'),
  h('prefabricated building|container house|modular house|greenhouse|prefab|mobile home|shed|kiosk|portable toilet|cabin', '9406'),
  // 95 toys, games, sports
  h('tricycle child|scooter child|pedal car|kick scooter|ride on|doll carriage|balance bike|wheeled toy', '9503', 0.8),
  h('toy|doll|stuffed toy|plush|plush toy|stuffed animal|puzzle|jigsaw puzzle|building block|lego|action figure|model kit|rc car|remote control car|toy car|toy gun|educational toy|baby toy|rattle|fidget|squishy|slime|kite|yo yo|spinning top|figure toy|figurine toy|diecast|model car|teddy|balloon|bubble|toy set|dollhouse|play set|stacking|magnetic toy|rc toy|rc plane|rc boat|rc helicopter|toy drone|anime figure|collectible figure|blind box|capsule toy|pinata|scale model|plaything', '9503', 1, 'toys'),
  h('video game console|game console|gaming console|playing card|board game|chess|mahjong|domino|dice|billiard|pool table|dart|dartboard|casino|poker chip|game controller|gamepad|joystick|arcade|bowling|card game|table tennis table|foosball|game machine|handheld game|slot machine|claw machine', '9504'),
  h('christmas tree|christmas decoration|christmas ornament|festive|party decoration|wedding favour|wedding favor|party favor|birthday decoration|wedding decoration|party flag|party banner|bunting|cake topper|photo booth prop|party backdrop|halloween decoration|party supplies|carnival|magic trick|joke article|party favour|easter decoration|advent|costume accessory|party hat|confetti|cosplay prop|santa', '9505', 0.9),
  // Heading 9506's subheading 9506.91 calls these "articles and equipment for general physical exercise".
  h('fitness|gym|exercise|dumbbell|kettlebell|barbell|treadmill|exercise bike|yoga mat|yoga|pilates|resistance band|skipping rope|jump rope|workout|weight plate|pull up bar|ab roller|push up|hula hoop', '9506', 0.8, 'physical exercise gymnastics'),
  h('sports equipment|ball|football|basketball|volleyball|tennis ball|golf|golf ball|golf club|tennis racket|badminton|racket|shuttlecock|ski|skis|snowboard|surfboard|skateboard|roller skate|ice skate|inline skate|swimming pool|pool float|swim ring|fishing|fishing rod|fishing reel|fishing lure|fishing hook|bait|hook fishing|tent stake|trampoline|boxing glove|punching bag|camping|hiking pole|trekking pole|climbing|carabiner|archery|bow arrow|protective gear|shin guard|knee pad|elbow pad|mouthguard|swim fin|diving|snorkel|sports glove|sports net|goal|frisbee|water gun|paddle|sport|sporting', '9506', 0.8),
  h('fishing rod|fishing reel|fishing line|fishing lure|fishing hook|fishing tackle|landing net|fish hook|fly fishing|fishing float|fishing sinker|bait|decoy', '9507', 1.1), h('roundabout|carousel|amusement ride|swing amusement|travelling circus|shooting gallery|water park', '9508'),
  // 96 miscellaneous manufactured
  h('carved ivory|carved bone|carved shell|coral article|mother of pearl article', '9601'), h('vegetable carving|wax carving|moulded wax|gelatin capsule empty', '9602', 0.7),
  h('broom|brush|toothbrush|paint brush|makeup brush|hair brush|cosmetic brush|mop head|roller paint|squeegee|artist brush|cleaning brush|nail brush|shaving brush|electric toothbrush head|toilet brush|dish brush', '9603'),
  h('sieve|riddle', '9604'), h('travel set|sewing kit|manicure set|grooming kit|toilet set', '9605'), h('button|snap button|press stud|snap fastener|button blank', '9606'),
  h('zipper|zip|slide fastener|zipper puller|zip slider', '9607'), h('pen|ballpoint|ball pen|ballpoint pen|marker|felt pen|highlighter|fountain pen|gel pen|stylus|pen refill|propelling pencil|mechanical pencil|fineliner|whiteboard marker|rollerball', '9608'),
  h('pencil|crayon|chalk|pastel|colour pencil|colored pencil|drawing charcoal|tailor chalk|lead pencil', '9609'), h('slate board|blackboard|whiteboard|writing board|drawing board', '9610'),
  h('date stamp|rubber stamp|seal stamp|stamp pad|numbering stamp|self inking stamp', '9611'), h('ink ribbon|typewriter ribbon|ink pad|printer ribbon', '9612'),
  h('lighter|cigarette lighter|gas lighter|jet lighter|torch lighter|lighter part', '9613'), h('smoking pipe|tobacco pipe|cigar holder|cigarette holder|hookah|shisha pipe|bong', '9614'),
  h('comb|hair clip|hairpin|hair slide|hair grip|barrette|hair claw|curler|hair roller|bobby pin|hair accessory|headpiece|hair comb|hair stick|claw clip|hair claw clip|snap clip|hair snap clip|alligator clip hair|hair pin', '9615'),
  h('scrunchie|hair scrunchie|fabric hair tie|hair tie', { textiles: '6217', plastic: '9615', rubber: '4016', default: '6217' }, 0.9),
  h('scent spray|perfume atomiser|atomizer|powder puff|cosmetic sponge|makeup sponge|beauty blender|puff', '9616'), h('vacuum flask|thermos|insulated bottle|vacuum bottle|food flask|thermal bottle|tumbler|insulated cup|vacuum cup|thermal mug|travel mug|water bottle insulated', '9617'),
  h('mannequin|tailor dummy|display dummy|dress form|display model', '9618'), h('diaper|nappy|sanitary towel|sanitary pad|tampon|panty liner|incontinence|baby wipe|diapers', '9619'),
  h('tripod|monopod|selfie stick|bipod|camera stand|phone stand tripod|stabilizer gimbal|gimbal', '9620'),
  // 97 art
  h('painting|oil painting|canvas painting|drawing original|artwork|pastel painting|collage', '9701', 0.8), h('engraving|lithograph|print original', '9702'), h('sculpture|statue original|bronze sculpture', '9703', 0.8),
  h('postage stamp used|first day cover', '9704'), h('collection|collector piece|fossil|specimen|numismatic', '9705', 0.6), h('antique', '9706'),
];

/**
 * Parts of general use (Section XV Note 2, Section XVI Note 1(g)): named as parts of a machine,
 * they still go to their own headings, never to the machine's "parts" subheading.
 */
export const GENERAL_USE_PARTS: Array<{ words: string; target: HintTarget }> = [
  { words: 'knife|knives|cutting blade|cutter blade|blade cutter', target: '8208' },
  { words: 'nozzle|nozzles|drill bit|drill bits|router bit|milling cutter|end mill', target: '8207' },
  { words: 'screw|screws|bolt|bolts|nut|nuts|washer|washers|rivet|rivets', target: { copper: '7415', aluminium: '7616', plastic: '3926', default: '7318' } },
  { words: 'spring|springs|coil spring|torsion spring|compression spring', target: { copper: '7419', default: '7320' } },
  { words: 'bearing|bearings|ball bearing|roller bearing|needle bearing|linear bearing', target: '8482' },
];

/**
 * Container and accessory articles that have headings of their own: in "case for iPhone" or
 * "strap for Galaxy Watch" the article before "for" is classified, the device after it only says
 * what the article fits.
 */
export const ACCESSORY_ARTICLE_WORDS = 'case cover shell skin sleeve protector bumper holder mount stand pouch bag strap band film sticker';

/**
 * Where a fitted cover, holder or stand for a device goes by its material: moulded plastic covers
 * and holders are 3926 (4202 takes cases of sheeting, leather or textile).
 */
export const FITTED_ACCESSORY: { words: string; target: HintTarget } = {
  words: 'case cover shell skin sleeve protector bumper holder mount stand',
  target: { leather: '4202', textiles: '4202', rubber: '4016', steel: '7326', aluminium: '7616', default: '3926' },
};

/**
 * Stones that make a piece of jewellery an article of precious or semi-precious stones (7116)
 * rather than imitation jewellery, when they give it its character.
 */
export const SET_STONE_WORDS = 'zircon zirconia cz rhinestone crystal gemstone gem stone quartz jade agate pearl opal turquoise amethyst moonstone garnet topaz tourmaline';

/**
 * Heading 0902 divides tea by fermentation ("green (not fermented)", "black (fermented) and partly
 * fermented"), words a title rarely uses: it names the kind of tea instead. Each kind stands for the
 * nomenclature words of its subheadings. Read only once a tea is named (heading 0902 proposed).
 */
export const TEA_KINDS: Array<{ terms: string; nomenclatureWords: string }> = [
  {
    terms: 'black tea|breakfast tea|earl grey|assam|darjeeling|ceylon tea|oolong|pu erh|puerh|lapsang|keemun|fermented tea',
    nomenclatureWords: 'black fermented partly',
  },
  { terms: 'green tea|matcha|sencha|gyokuro|genmaicha|longjing|gunpowder tea|jasmine tea', nomenclatureWords: 'green' },
];
