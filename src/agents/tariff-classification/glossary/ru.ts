import type { GlossaryLanguage } from 'src/agents/tariff-classification/glossary/glossary-types';

/** Russian trade words: goods, materials, states and uses, with their English. Nouns in nominative singular and plural, adjectives in their gender and number forms. */
export const RUSSIAN: GlossaryLanguage = {
  code: 'ru',
  name: 'Russian',
  head: 'last',
  unspaced: false,
  skip: 'и или а с со из изо для в во на по от до к ко под над при также шт штук пара',
  entries: `
# Chapter 01: live animals
живой|live|m
живая|live|m
живые|live|m
скот|livestock|n
крупный рогатый скот|cattle|n
коровы|cows|n
свиньи|pigs|n
овцы|sheep|n
лошади|horses|n
птица|poultry|n
# Chapter 02: meat and cuts
мясо|meat|n
говядина|beef|n
телятина|veal|n
свинина|pork|n
баранина|mutton|n
курятина|chicken meat|n
мясо птицы|poultry meat|n
индейка|turkey|n
утка|duck|n
курица|chicken|n
куриный|chicken|m
куриная|chicken|m
куриные|chicken|m
говяжий|beef|m
говяжья|beef|m
свиной|pork|m
свиная|pork|m
грудка|breast|n
крылья|wings|n
филе|fillet|n
фарш|minced meat|n
субпродукты|offal|n
ветчина|ham|n
колбаса|sausage|n
сосиски|frankfurters|n
без костей|boneless|m
# Chapter 03: fish and seafood
рыба|fish|n
рыбный|fish|m
рыбные|fish|m
лосось|salmon|n
форель|trout|n
тунец|tuna|n
треска|cod|n
минтай|alaska pollock|n
сельдь|herring|n
скумбрия|mackerel|n
сардины|sardines|n
икра|caviar|n
креветки|shrimps|n
крабы|crabs|n
омар|lobster|n
мидии|mussels|n
устрицы|oysters|n
кальмар|squid|n
осьминог|octopus|n
морепродукты|seafood|n
рыбная мука|fish meal|n
# Chapter 04: dairy, eggs, honey
молоко|milk|n
молочный|dairy|m
молочные|dairy|m
сухое молоко|milk powder|n
сгущенное молоко|condensed milk|n
сгущенка|condensed milk|n
сливки|cream|n
сметана|sour cream|n
йогурт|yoghurt|n
творог|curd|n
сыворотка|whey|n
сливочное масло|butter|n
сыр|cheese|n
яйца|eggs|n
мед|honey|n
# Chapters 05-06: animal products, plants and flowers
перья|feathers|n
пух|down|n
цветы|flowers|n
розы|roses|n
растения|plants|n
семена|seeds|n
# Chapter 07: vegetables
овощи|vegetables|n
картофель|potatoes|n
помидоры|tomatoes|n
лук|onions|n
чеснок|garlic|n
капуста|cabbage|n
цветная капуста|cauliflower|n
морковь|carrots|n
свекла|beetroot|n
огурцы|cucumbers|n
перец|pepper|n
болгарский перец|sweet peppers|n
грибы|mushrooms|n
салат|lettuce|n
кукуруза|maize|n
горох|peas|n
фасоль|beans|n
чечевица|lentils|n
соя|soya beans|n
оливки|olives|n
брокколи|broccoli|n
# Chapter 08: fruit and nuts
фрукты|fruit|n
яблоки|apples|n
груши|pears|n
вишня|cherries|n
сливы|plums|n
персики|peaches|n
абрикосы|apricots|n
виноград|grapes|n
изюм|raisins|n
апельсины|oranges|n
мандарины|mandarins|n
лимоны|lemons|n
бананы|bananas|n
ананасы|pineapples|n
манго|mangoes|n
арбузы|watermelons|n
клубника|strawberries|n
ягоды|berries|n
орехи|nuts|n
грецкие орехи|walnuts|n
фундук|hazelnuts|n
миндаль|almonds|n
арахис|groundnuts|n
кешью|cashew nuts|n
фисташки|pistachios|n
сухофрукты|dried fruit|n
# Chapter 09: coffee, tea, spices
кофе|coffee|n
кофе в зернах|coffee beans|n
кофейные зерна|coffee beans|n
чай|tea|n
черный чай|black tea|n
зеленый чай|green tea|n
чайные пакетики|tea bags|n
специи|spices|n
черный перец|black pepper|n
корица|cinnamon|n
имбирь|ginger|n
куркума|turmeric|n
приправы|seasonings|n
# Chapter 10: cereals and rice
зерно|grain|n
зерновые|cereals|n
пшеница|wheat|n
рожь|rye|n
ячмень|barley|n
овес|oats|n
рис|rice|n
длиннозерный рис|long-grain rice|n
пропаренный рис|parboiled rice|n
жасминовый рис|jasmine rice|n
басмати|basmati rice|n
клейкий рис|glutinous rice|n
рис-сырец|paddy rice|n
гречка|buckwheat|n
# Chapter 11: flour and milling
мука|flour|n
пшеничная мука|wheat flour|n
крупа|groats|n
хлопья|flakes|n
овсяные хлопья|rolled oats|n
крахмал|starch|n
солод|malt|n
# Chapter 12: oil seeds, straw
подсолнечник|sunflower seeds|n
семечки|sunflower seeds|n
рапс|rapeseed|n
кунжут|sesame seeds|n
солома|straw|m
# Chapter 15: fats and oils
масло|oil|n
растительное масло|vegetable oil|n
подсолнечное масло|sunflower oil|n
оливковое масло|olive oil|n
пальмовое масло|palm oil|n
жир|fat|n
рафинированный|refined|m
рафинированное|refined|m
нерафинированное|unrefined|m
# Chapters 16-18: preparations of meat, sugar, cocoa
консервы|canned food|n
тушенка|canned stewed meat|n
пельмени|dumplings|n
сахар|sugar|n
тростниковый сахар|cane sugar|n
сироп|syrup|n
кондитерские изделия|confectionery|n
конфеты|sweets|n
жевательная резинка|chewing gum|n
какао|cocoa|n
какао-бобы|cocoa beans|n
какао-порошок|cocoa powder|n
шоколад|chocolate|n
шоколадный|chocolate|m
# Chapter 19: pasta, bread, bakery
макароны|pasta|n
макаронные изделия|pasta|n
лапша|noodles|n
лапша быстрого приготовления|instant noodles|n
хлеб|bread|n
хлебобулочные изделия|bakery products|n
печенье|biscuits|n
торты|cakes|n
детское питание|baby food|n
детская смесь|infant formula|n
# Chapters 20-21: fruit preparations, juices, sauces, other food
варенье|jam|n
арахисовая паста|peanut butter|n
томатная паста|tomato paste|n
картофель фри|french fries|n
чипсы|crisps|n
сок|juice|n
апельсиновый сок|orange juice|n
яблочный сок|apple juice|n
растворимый кофе|instant coffee|n
дрожжи|yeast|n
соус|sauce|n
соевый соус|soy sauce|n
горчица|mustard|n
суп|soup|n
мороженое|ice cream|n
пищевые добавки|food additives|n
биологически активные добавки|dietary supplements|n
протеин|protein powder|n
# Chapter 22: beverages and alcohol
вода|water|n
минеральная вода|mineral water|n
питьевая вода|drinking water|n
напитки|beverages|n
безалкогольные напитки|soft drinks|n
безалкогольный|non-alcoholic|m
безалкогольные|non-alcoholic|m
алкогольный|alcoholic|m
пиво|beer|n
вино|wine|n
красное вино|red wine|n
белое вино|white wine|n
игристое вино|sparkling wine|n
спирт|ethyl alcohol|n
водка|vodka|n
коньяк|cognac|n
уксус|vinegar|n
# Chapters 23-24: animal feed, tobacco
корм|feed|n
комбикорм|compound feed|n
корм для собак|dog food|n
корм для кошек|cat food|n
корм для животных|animal feed|n
табак|tobacco|n
сигареты|cigarettes|n
сигары|cigars|n
табак для кальяна|water-pipe tobacco|n
электронные сигареты|electronic cigarettes|n
# Chapters 25-27: minerals, cement, fuels
соль|salt|n
морская соль|sea salt|n
песок|sand|n
мрамор|marble|m
гранит|granite|m
гипс|gypsum|n
цемент|cement|n
глина|clay|n
железная руда|iron ore|n
уголь|coal|n
кокс|coke|n
нефть|petroleum oil|n
сырая нефть|crude petroleum|n
нефтепродукты|petroleum products|n
бензин|petrol|n
дизельное топливо|diesel fuel|n
дизтопливо|diesel fuel|n
топливо|fuel|n
мазут|fuel oil|n
моторное масло|engine oil|n
смазочные материалы|lubricants|n
газ|gas|n
природный газ|natural gas|n
сжиженный природный газ|liquefied natural gas|n
спг|lng|n
сжиженный газ|liquefied petroleum gas|n
# Chapters 28-38: chemicals, pharmaceuticals, fertilisers, cosmetics, detergents
химикаты|chemicals|n
химический|chemical|m
кислота|acid|n
серная кислота|sulphuric acid|n
лимонная кислота|citric acid|n
каустическая сода|caustic soda|n
кальцинированная сода|soda ash|n
пищевая сода|baking soda|n
витамины|vitamins|n
лекарства|medicaments|n
лекарственные средства|medicaments|n
медикаменты|medicaments|n
таблетки|tablets|n
капсулы|capsules|n
вакцины|vaccines|n
пластырь|adhesive plaster|n
аптечка|first aid kit|n
удобрения|fertilisers|n
карбамид|urea|n
краска|paint|n
краски|paints|n
лак|varnish|n
эфирные масла|essential oils|n
духи|perfume|n
парфюм|perfume|n
косметика|cosmetics|n
помада|lipstick|n
крем|cream|n
солнцезащитный крем|sunscreen|n
шампунь|shampoo|n
зубная паста|toothpaste|n
дезодорант|deodorant|n
мыло|soap|n
моющее средство|detergent|n
стиральный порошок|washing powder|n
средство для мытья посуды|washing-up liquid|n
бытовая химия|household cleaning products|n
свечи|candles|n
клей|glue|n
пиротехника|fireworks|n
инсектициды|insecticides|n
дезинфицирующие средства|disinfectants|n
# Chapters 39-40: plastics and rubber
пластик|plastic|m
пластмасса|plastics|m
полиэтилен|polyethylene|m
полипропилен|polypropylene|m
пвх|pvc|m
силикон|silicone|m
гранулы|granules|n
пленка|film|n
пакет|bag|n
пакеты|bags|n
мешки для мусора|refuse sacks|n
бутылка|bottle|n
бутылки|bottles|n
контейнер|container|n
контейнеры|containers|n
упаковка|packaging|n
шланг|hose|n
труба|pipe|n
трубы|pipes|n
скотч|adhesive tape|n
клейкая лента|adhesive tape|n
этикетки|labels|n
резина|rubber|m
шины|tyres|n
автошины|car tyres|n
перчатки|gloves|n
резиновые перчатки|rubber gloves|n
# Chapters 41-43: leather, bags, fur
кожа|leather|m
натуральная кожа|genuine leather|m
искусственная кожа|imitation leather|m
экокожа|imitation leather|m
замша|suede|m
мех|fur|m
искусственный мех|artificial fur|m
шуба|fur coat|n
сумка|bag|n
сумки|bags|n
рюкзак|rucksack|n
рюкзаки|rucksacks|n
чемодан|suitcase|n
кошелек|wallet|n
ремень|belt|n
чехол|case|n
чехол для телефона|phone case|n
# Chapters 44-46: wood and articles of wood
древесина|wood|m
дерево|wood|m
бамбук|bamboo|m
древесный уголь|charcoal|n
пеллеты|wood pellets|n
пиломатериалы|sawn wood|n
доски|boards|n
фанера|plywood|n
дсп|particle board|n
поддоны|pallets|n
ящик|box|n
разделочная доска|cutting board|n
корзина|basket|n
# Chapters 47-49: paper, cartons, printed matter
бумага|paper|m
картон|paperboard|m
гофрокартон|corrugated board|m
туалетная бумага|toilet paper|n
салфетки|napkins|n
тетради|exercise books|n
блокнот|notebook|n
коробка|box|n
коробки|boxes|n
картонные коробки|cardboard boxes|n
книга|book|n
книги|books|n
# Chapters 50-60: fibres, yarn, fabric
шелк|silk|m
шёлк|silk|m
шелка|silk|m
шелковый|silk|m
шелковая|silk|m
шелковые|silk|m
шерсть|wool|m
шерсти|wool|m
шерстяной|wool|m
шерстяная|wool|m
шерстяные|wool|m
кашемир|cashmere|m
хлопок|cotton|m
хлопка|cotton|m
хлопковый|cotton|m
хлопковая|cotton|m
хлопковые|cotton|m
хлопчатобумажный|cotton|m
лен|linen|m
льняной|linen|m
льняные|linen|m
вискоза|viscose|m
полиэстер|polyester|m
нейлон|nylon|m
эластан|elastane|m
синтетика|synthetic|m
пряжа|yarn|n
нитки|thread|n
ткань|fabric|n
ткани|fabrics|n
трикотаж|knitted fabric|m
трикотажный|knitted|m
трикотажная|knitted|m
трикотажные|knitted|m
вязаный|knitted|m
вязаные|knitted|m
тканый|woven|m
деним|denim|m
джинсовая ткань|denim|m
джинсовый|denim|m
бархат|velvet|m
кружево|lace|m
нетканый материал|nonwovens|m
веревка|rope|n
сетка|netting|n
ковер|carpet|n
ковры|carpets|n
коврик|mat|n
# Chapters 61-62: clothing
одежда|clothing|n
мужской|men's|m
мужская|men's|m
мужские|men's|m
женский|women's|m
женская|women's|m
женские|women's|m
детский|children's|m
детская|children's|m
детское|children's|m
детские|children's|m
для мужчин|for men|m
для женщин|for women|m
для детей|for children|m
для мальчиков|for boys|m
для девочек|for girls|m
мужчин|men's|m
женщин|women's|m
детей|children's|m
мальчиков|boys'|m
девочек|girls'|m
новорожденных|babies'|m
унисекс|unisex|m
футболка|t-shirt|n
футболки|t-shirts|n
майка|vest|n
рубашка|shirt|n
рубашки|shirts|n
поло|polo shirt|n
блузка|blouse|n
блузки|blouses|n
свитер|sweater|n
свитера|sweaters|n
джемпер|jumper|n
кардиган|cardigan|n
толстовка|sweatshirt|n
толстовки|sweatshirts|n
худи|hoodie|n
жилет|waistcoat|n
куртка|jacket|n
куртки|jackets|n
пуховик|down jacket|n
пальто|coat|n
плащ|raincoat|n
ветровка|windcheater|n
пиджак|jacket|n
костюм|suit|n
брюки|trousers|n
штаны|trousers|n
джинсы|jeans|n
шорты|shorts|n
леггинсы|leggings|n
юбка|skirt|n
платье|dress|n
платья|dresses|n
комбинезон|overalls|n
боди|bodysuit|n
ползунки|rompers|n
нижнее белье|underwear|n
белье|underwear|n
трусы|underpants|n
бюстгальтер|brassiere|n
пижама|pyjamas|n
халат|bathrobe|n
купальник|swimsuit|n
спортивный костюм|tracksuit|n
спортивная одежда|sportswear|n
спецодежда|workwear|n
носки|socks|n
колготки|tights|n
шарф|scarf|n
платок|headscarf|n
галстук|tie|n
с длинным рукавом|long-sleeved|m
с коротким рукавом|short-sleeved|m
без рукавов|sleeveless|m
с капюшоном|hooded|m
секонд-хенд|second-hand|m
# Chapter 63: household textiles
одеяло|blanket|n
плед|throw blanket|n
постельное белье|bed linen|n
простыня|bed sheet|n
наволочка|pillowcase|n
скатерть|tablecloth|n
полотенце|towel|n
полотенца|towels|n
шторы|curtains|n
занавески|curtains|n
подушка|pillow|n
подушки|pillows|n
матрас|mattress|n
спальный мешок|sleeping bag|n
мешки|sacks|n
палатка|tent|n
маска|mask|n
медицинская маска|medical face mask|n
респиратор|respirator|n
# Chapters 64-67: footwear, headgear, umbrellas, wigs
обувь|footwear|n
туфли|shoes|n
ботинки|boots|n
сапоги|boots|n
сандалии|sandals|n
босоножки|sandals|n
тапочки|slippers|n
тапки|slippers|n
шлепанцы|flip-flops|n
кроссовки|trainers|n
кеды|canvas shoes|n
шапка|hat|n
шапки|hats|n
шляпа|hat|n
кепка|cap|n
бейсболка|baseball cap|n
шлем|helmet|n
каска|safety helmet|n
зонт|umbrella|n
зонтик|umbrella|n
парик|wig|n
искусственные цветы|artificial flowers|n
# Chapters 68-70: stone, ceramics, glass
камень|stone|n
натуральный камень|natural stone|m
плитка|tiles|n
гипсокартон|plasterboard|n
бетон|concrete|m
керамика|ceramic|m
керамический|ceramic|m
керамическая|ceramic|m
керамические|ceramic|m
фарфор|porcelain|m
фарфоровый|porcelain|m
фарфоровая|porcelain|m
кирпич|bricks|n
черепица|roof tiles|n
раковина|sink|n
унитаз|toilet|n
посуда|tableware|n
тарелки|plates|n
чашки|cups|n
кружка|mug|n
миска|bowl|n
чайник|kettle|n
ваза|vase|n
стекло|glass|m
стекла|glass|m
стеклянный|glass|m
стеклянная|glass|m
стеклянные|glass|m
закаленное стекло|tempered glass|m
бокалы|wine glasses|n
стаканы|glasses|n
зеркало|mirror|n
стекловолокно|glass fibre|m
# Chapter 71: jewellery and precious metals
ювелирные изделия|jewellery|n
украшения|jewellery|n
бижутерия|imitation jewellery|n
ожерелье|necklace|n
цепочка|chain|n
цепь|chain|n
браслет|bracelet|n
кольцо|ring|n
кольца|rings|n
серьги|earrings|n
кулон|pendant|n
бриллиант|diamond|n
драгоценные камни|precious stones|n
жемчуг|pearls|n
золото|gold|m
золотой|gold|m
золотая|gold|m
золотые|gold|m
серебро|silver|m
серебряный|silver|m
серебряная|silver|m
серебряные|silver|m
позолоченный|gold-plated|m
монеты|coins|n
# Chapters 72-81: iron, steel, copper, aluminium and other metals
сталь|steel|m
стали|steel|m
стальной|steel|m
стальная|steel|m
стальные|steel|m
железо|iron|m
чугун|cast iron|m
нержавеющая сталь|stainless steel|m
нержавеющей стали|stainless steel|m
нержавейка|stainless steel|m
нержавеющий|stainless|m
нержавеющая|stainless|m
металл|metal|m
металла|metal|m
металлический|metal|m
металлические|metal|m
металлолом|scrap metal|n
прокат|rolled products|n
лист|sheet|n
листы|sheets|n
рулоны|coils|n
горячекатаный|hot-rolled|m
горячекатаные|hot-rolled|m
холоднокатаный|cold-rolled|m
холоднокатаные|cold-rolled|m
оцинкованный|galvanised|m
оцинкованные|galvanised|m
арматура|reinforcing bars|n
катанка|wire rod|n
проволока|wire|n
колючая проволока|barbed wire|n
бесшовные|seamless|m
сварные|welded|m
фитинги|fittings|n
металлоконструкции|steel structures|n
гвозди|nails|n
саморезы|self-tapping screws|n
болты|bolts|n
гайки|nuts|n
пружины|springs|n
крепеж|fasteners|n
печь|stove|n
кастрюли|saucepans|n
сковорода|frying pan|n
медь|copper|m
медный|copper|m
латунь|brass|m
алюминий|aluminium|m
алюминия|aluminium|m
алюминиевый|aluminium|m
алюминиевые|aluminium|m
фольга|foil|n
цинк|zinc|m
свинец|lead|m
# Chapters 82-83: tools, cutlery, locks
инструмент|tool|n
инструменты|tools|n
набор инструментов|tool set|n
лопата|shovel|n
топор|axe|n
пила|saw|n
плоскогубцы|pliers|n
гаечный ключ|spanner|n
ключи|keys|n
отвертка|screwdriver|n
молоток|hammer|n
сверло|drill bit|n
нож|knife|n
ножи|knives|n
ножницы|scissors|n
бритва|razor|n
столовые приборы|cutlery|n
замок|lock|n
навесной замок|padlock|n
фурнитура|fittings|n
сейф|safe|n
# Chapter 84: engines, pumps, machinery, computers
оборудование|equipment|n
станок|machine tool|n
станки|machine tools|n
машина|machine|n
аппарат|apparatus|n
устройство|device|n
прибор|appliance|n
двигатель|engine|n
двигатели|engines|n
мотор|motor|n
насос|pump|n
компрессор|compressor|n
вентилятор|fan|n
вытяжка|cooker hood|n
кондиционер|air conditioner|n
сплит-система|split air conditioner|n
тепловой насос|heat pump|n
холодильник|refrigerator|n
морозильник|freezer|n
водонагреватель|water heater|n
фильтр|filter|n
очиститель воздуха|air purifier|n
посудомоечная машина|dishwasher|n
весы|scales|n
огнетушитель|fire extinguisher|n
вилочный погрузчик|forklift truck|n
лифт|lift|n
экскаватор|excavator|n
газонокосилка|lawn mower|n
трактор|tractor|n
принтер|printer|n
картридж|cartridge|n
швейная машина|sewing machine|n
электроинструмент|power tools|n
дрель|drill|n
шуруповерт|cordless screwdriver|n
болгарка|angle grinder|n
компьютер|computer|n
ноутбук|laptop|n
ноутбуки|laptops|n
планшет|tablet computer|n
клавиатура|keyboard|n
мышь|mouse|n
монитор|monitor|n
флешка|usb flash drive|n
карта памяти|memory card|n
блок питания|power supply|n
увлажнитель воздуха|humidifier|n
клапан|valve|n
смеситель|mixer tap|n
подшипник|bearing|n
подшипники|bearings|n
запчасти|spare parts|n
запасные части|spare parts|n
комплектующие|components|n
детали|parts|n
аксессуары|accessories|n
# Chapter 85: electrical equipment and electronics
электрический|electric|m
электрическая|electric|m
электрические|electric|m
электронный|electronic|m
электронная|electronic|m
электронные|electronic|m
электроника|electronics|n
электродвигатель|electric motor|n
генератор|generator|n
трансформатор|transformer|n
зарядное устройство|charger|n
зарядка|charger|n
батарейки|batteries|n
аккумулятор|accumulator|n
аккумуляторный|battery-powered|m
литий-ионный|lithium-ion|m
литий-ионные|lithium-ion|m
павербанк|power bank|n
пылесос|vacuum cleaner|n
робот-пылесос|robot vacuum cleaner|n
блендер|blender|n
фен|hair dryer|n
фонарь|torch|n
электрочайник|electric kettle|n
утюг|iron|n
микроволновка|microwave oven|n
кофеварка|coffee maker|n
кофемашина|coffee machine|n
рисоварка|rice cooker|n
аэрогриль|air fryer|n
обогреватель|heater|n
стиральная машина|washing machine|n
бытовая техника|household appliances|n
телефон|telephone|n
мобильный телефон|mobile phone|n
смартфон|smartphone|n
роутер|router|n
наушники|headphones|n
колонка|speaker|n
камера|camera|n
фотоаппарат|camera|n
видеорегистратор|dashcam|n
телевизор|television|n
печатная плата|printed circuit board|n
выключатель|switch|n
розетка|socket|n
удлинитель|extension lead|n
лампа|lamp|n
лампочка|light bulb|n
светильник|light fitting|n
светодиодный|led|m
светодиодная|led|m
светодиодные|led|m
светодиодная лента|led strip|n
люстра|chandelier|n
солнечная панель|solar panel|n
солнечные панели|solar panels|n
солнечная батарея|solar panel|n
микросхемы|integrated circuits|n
кабель|cable|n
провод|wire|n
# Chapters 86-89: vehicles, aircraft, ships
автомобиль|car|n
автомобили|cars|n
легковой автомобиль|passenger car|n
авто|car|n
электромобиль|electric car|n
гибридный|hybrid|m
внедорожник|off-road vehicle|n
грузовик|lorry|n
фургон|van|n
автобус|bus|n
автозапчасти|car parts|n
автоаксессуары|car accessories|n
тормозные колодки|brake pads|n
тормозные диски|brake discs|n
амортизаторы|shock absorbers|n
диски|wheel rims|n
колеса|wheels|n
мотоцикл|motorcycle|n
скутер|scooter|n
электросамокат|electric scooter|n
самокат|kick scooter|n
велосипед|bicycle|n
велосипеды|bicycles|n
инвалидная коляска|wheelchair|n
коляска|pram|n
прицеп|trailer|n
самолет|aeroplane|n
дрон|drone|n
судно|vessel|n
лодка|boat|n
яхта|yacht|n
# Chapters 90-92: optics, instruments, medical, watches, music
очки|spectacles|n
солнцезащитные очки|sunglasses|n
оправа|spectacle frame|n
контактные линзы|contact lenses|n
бинокль|binoculars|n
микроскоп|microscope|n
измерительный прибор|measuring instrument|n
рулетка|tape measure|n
термометр|thermometer|n
счетчик|meter|n
датчик|sensor|n
медицинский|medical|m
медицинская|medical|m
медицинское|medical|m
медицинские|medical|m
шприц|syringe|n
тонометр|blood pressure monitor|n
массажер|massager|n
слуховой аппарат|hearing aid|n
часы|watches|n
наручные часы|wristwatches|n
смарт-часы|smartwatch|n
будильник|alarm clock|n
музыкальные инструменты|musical instruments|n
пианино|piano|n
гитара|guitar|n
# Chapters 93-94: arms, furniture, lighting
оружие|arms|n
мебель|furniture|n
стул|chair|n
стулья|chairs|n
кресло|armchair|n
офисное кресло|office chair|n
диван|sofa|n
автокресло|car seat|n
стол|table|n
письменный стол|desk|n
шкаф|cupboard|n
комод|chest of drawers|n
стеллаж|shelving unit|n
полка|shelf|n
кровать|bed|n
офисная мебель|office furniture|n
садовая мебель|garden furniture|n
# Chapter 95: toys, games, sports
игрушки|toys|n
мягкая игрушка|soft toy|n
кукла|doll|n
конструктор|construction set|n
пазлы|jigsaw puzzles|n
радиоуправляемый|remote-controlled|m
радиоуправляемые|remote-controlled|m
настольные игры|board games|n
игральные карты|playing cards|n
игровая приставка|games console|n
елка|christmas tree|n
новогодние украшения|christmas decorations|n
спортивные товары|sports goods|n
тренажер|exercise machine|n
беговая дорожка|treadmill|n
гантели|dumbbells|n
коврик для йоги|yoga mat|n
мяч|ball|n
ракетка|racket|n
удочка|fishing rod|n
# Chapters 96-97: miscellaneous manufactured articles, art
щетка|brush|n
зубная щетка|toothbrush|n
пуговицы|buttons|n
молния|zip fastener|n
ручка|pen|n
шариковая ручка|ballpoint pen|n
карандаш|pencil|n
зажигалка|lighter|n
расческа|comb|n
термос|vacuum flask|n
подгузники|nappies|n
гигиенические прокладки|sanitary pads|n
влажные салфетки|wet wipes|n
штатив|tripod|n
картина|painting|n
антиквариат|antiques|n
# General qualifiers: condition, states, processes, materials, users, uses, power
новый|new|m
новая|new|m
новое|new|m
новые|new|m
б/у|used|m
подержанный|second-hand|m
восстановленный|refurbished|m
свежий|fresh|m
свежая|fresh|m
свежее|fresh|m
свежие|fresh|m
охлажденный|chilled|m
охлажденная|chilled|m
охлажденные|chilled|m
замороженный|frozen|m
замороженная|frozen|m
замороженные|frozen|m
мороженая|frozen|m
сушеный|dried|m
сушеные|dried|m
сухой|dry|m
соленый|salted|m
соленые|salted|m
копченый|smoked|m
копченые|smoked|m
жареный|roasted|m
сырой|raw|m
необработанный|unworked|m
молотый|ground|m
очищенный|peeled|m
шлифованный|polished|m
целый|whole|m
консервированный|canned|m
маринованные|pickled|m
натуральный|natural|m
натуральная|natural|m
искусственный|artificial|m
искусственные|artificial|m
органический|organic|m
одноразовые|disposable|m
складной|folding|m
портативный|portable|m
надувной|inflatable|m
беспроводной|wireless|m
беспроводные|wireless|m
на солнечных батареях|solar-powered|m
на батарейках|battery-powered|m
бытовой|household|m
бытовая|household|m
промышленный|industrial|m
промышленные|industrial|m
кухонный|kitchen|m
кухонная|kitchen|m
автомобильный|automotive|m
автомобильные|automotive|m
для автомобилей|for vehicles|m
спортивный|sports|m
спортивная|sports|m
спортивные|sports|m
пластиковый|plastic|m
пластиковая|plastic|m
пластиковые|plastic|m
пластмассовый|plastic|m
пластика|plastic|m
деревянный|wooden|m
деревянные|wooden|m
дерева|wood|m
кожаный|leather|m
кожаная|leather|m
кожаные|leather|m
кожи|leather|m
натуральной кожи|genuine leather|m
бумажный|paper|m
резиновый|rubber|m
резиновые|rubber|m
силиконовый|silicone|m
водонепроницаемый|waterproof|m
с принтом|printed|m
ручной работы|handmade|m
# Chapter 01 (more): live animals
бык|bull|n
корова|cow|n
теленок|calf|n
свинья|pig|n
овца|sheep|n
коза|goat|n
лошадь|horse|n
куры|hens|n
утки|ducks|n
кролики|rabbits|n
собака|dog|n
собаки|dogs|n
кошка|cat|n
кошки|cats|n
аквариумные рыбки|ornamental fish|n
домашние животные|pets|n
# Chapter 02 (more): meat, poultry cuts, offal, sausages
куриное мясо|chicken meat|n
куриное филе|chicken breast fillet|n
куриная грудка|chicken breast|n
куриные крылья|chicken wings|n
окорочка|chicken leg quarters|n
куриные окорочка|chicken leg quarters|n
стейк|steak|n
ребра|ribs|n
бекон|bacon|n
колбасы|sausages|n
мясные консервы|canned meat|n
замороженное|frozen|m
мясной|meat|m
мясные|meat|m
# Chapter 03 (more): fish species, roe, crustaceans, molluscs
горбуша|pink salmon|n
семга|atlantic salmon|n
палтус|halibut|n
камбала|flatfish|n
хек|hake|n
красная икра|salmon roe|n
рыбное филе|fish fillets|n
филе минтая|alaska pollock fillets|n
рыбные консервы|canned fish|n
креветка|shrimp|n
королевские креветки|king prawns|n
крабовое мясо|crab meat|n
кальмары|squid|n
морская капуста|seaweed|n
# Chapter 04 (more): dairy, eggs, honey
цельное молоко|whole milk|n
обезжиренное молоко|skimmed milk|n
молочные продукты|dairy products|n
кефир|kefir|n
яйцо|egg|n
куриные яйца|hens' eggs|n
мёд|honey|n
# Chapters 05-06 (more): animal products, live plants, cut flowers
саженцы|seedlings|n
тюльпаны|tulips|n
срезанные цветы|cut flowers|n
букет|bouquet|n
цветок|flower|n
# Chapter 07 (more): vegetables, pulses, mushrooms, herbs
картошка|potatoes|n
томаты|tomatoes|n
огурец|cucumber|n
баклажаны|aubergines|n
тыква|pumpkin|n
сладкий перец|sweet peppers|n
перец чили|chilli peppers|n
нут|chickpeas|n
шампиньоны|mushrooms|n
замороженные овощи|frozen vegetables|n
# Chapter 08 (more): fruit, berries, nuts, dried fruit
черешня|sweet cherries|n
слива|plum|n
цитрусовые|citrus fruit|n
киви|kiwifruit|n
инжир|figs|n
финики|dates|n
авокадо|avocados|n
арбуз|watermelon|n
дыня|melon|n
клюква|cranberries|n
кедровые орехи|pine nuts|n
лесной орех|hazelnuts|n
курага|dried apricots|n
чернослив|prunes|n
фруктовый|fruit|m
в скорлупе|in shell|m
без косточек|pitted|m
без скорлупы|shelled|m
# Chapter 09 (more): coffee, tea, spices
молотый кофе|ground coffee|n
кофе молотый|ground coffee|n
зерновой кофе|coffee beans|n
кофе зерновой|coffee beans|n
зеленый кофе|green coffee|n
арабика|arabica|m
робуста|robusta|m
кофе в капсулах|coffee capsules|n
без кофеина|decaffeinated|m
листовой чай|loose-leaf tea|n
чай в пакетиках|tea bags|n
травяной чай|herbal tea|n
улун|oolong tea|n
пуэр|pu-erh tea|n
матча|matcha|n
каркаде|hibiscus tea|n
душистый перец|allspice|n
красный перец|red pepper|n
перец горошком|peppercorns|n
молотый перец|ground pepper|n
паприка|paprika|n
ваниль|vanilla|n
гвоздика|cloves|n
мускатный орех|nutmeg|n
кардамон|cardamom|n
бадьян|star anise|n
тмин|caraway|n
зира|cumin|n
кориандр|coriander seeds|n
шафран|saffron|n
карри|curry powder|n
смесь специй|spice mix|n
пряности|spices|n
# Chapters 10-11 (more): cereals, groats, flours, starches
твердая пшеница|durum wheat|n
мягкая пшеница|common wheat|n
фуражная пшеница|feed wheat|n
пивоваренный ячмень|malting barley|n
просо|millet|n
пшено|millet groats|n
сорго|sorghum|n
киноа|quinoa|n
бурый рис|brown rice|n
белый рис|white rice|n
шлифованный рис|milled rice|n
дробленый рис|broken rice|n
рис басмати|basmati rice|n
рис жасмин|jasmine rice|n
гречневая крупа|buckwheat groats|n
гречиха|buckwheat|n
манная крупа|semolina|n
манка|semolina|n
перловая крупа|pearl barley|n
овсянка|oatmeal|n
булгур|bulgur|n
кускус|couscous|n
крупы|groats|n
кукурузная мука|maize flour|n
ржаная мука|rye flour|n
рисовая мука|rice flour|n
цельнозерновая мука|wholemeal flour|n
отруби|bran|n
кукурузный крахмал|maize starch|n
картофельный крахмал|potato starch|n
глютен|gluten|n
без глютена|gluten-free|m
кукурузные хлопья|cornflakes|n
мюсли|muesli|n
гранола|granola|n
# Chapters 12-14 (more): oil seeds, medicinal plants, fodder, gums
соевые бобы|soya beans|n
семена подсолнечника|sunflower seeds|n
семена льна|linseed|n
семена чиа|chia seeds|n
тыквенные семечки|pumpkin seeds|n
семена овощей|vegetable seeds|n
семена для посева|seeds for sowing|n
хмель|hops|n
лекарственные травы|medicinal herbs|n
травы|herbs|n
женьшень|ginseng|n
ромашка|camomile|n
лаванда|lavender|n
сахарная свекла|sugar beet|n
сахарный тростник|sugar cane|n
сено|hay|n
пектин|pectin|n
агар-агар|agar-agar|n
алоэ вера|aloe vera|n
ротанг|rattan|m
# Chapter 15 (more): vegetable oils and animal fats
соевое масло|soya-bean oil|n
рапсовое масло|rapeseed oil|n
кукурузное масло|maize oil|n
кокосовое масло|coconut oil|n
льняное масло|linseed oil|n
кунжутное масло|sesame oil|n
арахисовое масло|groundnut oil|n
горчичное масло|mustard oil|n
касторовое масло|castor oil|n
аргановое масло|argan oil|n
масло ши|shea butter|n
пальмоядровое масло|palm kernel oil|n
нерафинированный|unrefined|m
холодного отжима|cold-pressed|m
маргарин|margarine|n
животный жир|animal fat|n
свиной жир|lard|n
глицерин|glycerol|n
ланолин|lanolin|n
воск|wax|n
# Chapter 16 (more): meat and fish preparations, ready meals
тушеная говядина|stewed beef|n
паштет|pâté|n
готовые блюда|ready meals|n
готовая еда|ready meals|n
вареники|filled dumplings|n
манты|steamed dumplings|n
блинчики|pancakes|n
бульон|broth|n
шпроты в масле|sprats in oil|n
печень трески|cod liver|n
# Chapter 17 (more): sugars and sugar confectionery
сахар-песок|granulated sugar|n
рафинад|sugar cubes|n
сахарная пудра|icing sugar|n
коричневый сахар|brown sugar|n
свекловичный сахар|beet sugar|n
сахар-сырец|raw sugar|n
глюкоза|glucose|n
фруктоза|fructose|n
лактоза|lactose|n
патока|molasses|n
меласса|molasses|n
кленовый сироп|maple syrup|n
сахарозаменитель|sweetener|n
карамель|caramel|n
леденцы|boiled sweets|n
мармелад|fruit jellies|n
жевательный мармелад|gummy sweets|n
зефир|marshmallow|n
пастила|pastila|n
халва|halva|n
ириски|toffees|n
нуга|nougat|n
марципан|marzipan|n
драже|dragées|n
козинак|nut brittle|n
рахат-лукум|turkish delight|n
сладости|sweets|n
жвачка|chewing gum|n
# Chapter 18 (more): cocoa and chocolate
какао-масло|cocoa butter|n
тертое какао|cocoa paste|n
горький шоколад|dark chocolate|n
темный шоколад|dark chocolate|n
молочный шоколад|milk chocolate|n
белый шоколад|white chocolate|n
плитка шоколада|chocolate bar|n
шоколадные конфеты|chocolates|n
батончик|bar|n
батончики|bars|n
шоколадный батончик|chocolate bar|n
шоколадная паста|chocolate spread|n
горячий шоколад|hot chocolate|n
в шоколаде|chocolate-coated|m
шоколадная|chocolate|m
шоколадные|chocolate|m
# Chapter 19 (more): pasta, noodles, bread, bakery, cereals
спагетти|spaghetti|n
вермишель|vermicelli|n
лазанья|lasagne|n
рисовая лапша|rice noodles|n
гречневая лапша|soba noodles|n
фунчоза|glass noodles|n
удон|udon noodles|n
рамен|ramen|n
яичная лапша|egg noodles|n
тесто|dough|n
слоеное тесто|puff pastry|n
хлебцы|crispbread|n
батон|loaf|n
булочки|buns|n
лаваш|lavash|n
лепешки|flatbreads|n
тортильи|tortillas|n
сухари|rusks|n
сушки|bread rings|n
пряники|gingerbread|n
вафли|wafers|n
крекеры|crackers|n
галеты|hard biscuits|n
кексы|muffins|n
пирожные|pastries|n
торт|cake|n
пирог|pie|n
пироги|pies|n
пончики|doughnuts|n
круассаны|croissants|n
пицца|pizza|n
сэндвичи|sandwiches|n
бургеры|burgers|n
снеки|snacks|n
сухие завтраки|breakfast cereals|n
хлопья для завтрака|breakfast cereals|n
каша|porridge|n
каши|porridges|n
детская каша|baby cereal|n
молочная смесь|infant formula|n
# Chapter 20 (more): preserves, purées, pickles, juices
джем|jam|n
повидло|fruit butter|n
конфитюр|jam|n
пюре|purée|n
фруктовое пюре|fruit purée|n
овощное пюре|vegetable purée|n
картофельное пюре|mashed potatoes|n
компот|compote|n
консервированные фрукты|canned fruit|n
консервированные овощи|canned vegetables|n
консервированная кукуруза|canned sweetcorn|n
маринованные грибы|pickled mushrooms|n
соленья|pickles|n
кетчуп|ketchup|n
кабачковая икра|courgette spread|n
ореховая паста|nut butter|n
кунжутная паста|sesame paste|n
тахини|tahini|n
соки|juices|n
нектар|nectar|n
нектары|nectars|n
морс|fruit drink|n
виноградный сок|grape juice|n
томатный сок|tomato juice|n
ананасовый сок|pineapple juice|n
вишневый сок|cherry juice|n
мультифруктовый сок|multifruit juice|n
овощной сок|vegetable juice|n
концентрированный сок|concentrated juice|n
сок прямого отжима|not-from-concentrate juice|n
смузи|smoothie|n
# Chapter 21 (more): sauces, soups, ice cream, plant milks, supplements
кофейный напиток|coffee drink|n
цикорий|chicory|n
кофе 3 в 1|3-in-1 coffee|n
сухие сливки|powdered creamer|n
разрыхлитель|baking powder|n
сухие дрожжи|dried yeast|n
соусы|sauces|n
майонез|mayonnaise|n
томатный соус|tomato sauce|n
соус барбекю|barbecue sauce|n
соус чили|chilli sauce|n
устричный соус|oyster sauce|n
рыбный соус|fish sauce|n
терияки|teriyaki sauce|n
песто|pesto|n
приправа|seasoning|n
бульонные кубики|stock cubes|n
супы|soups|n
суп быстрого приготовления|instant soup|n
быстрого приготовления|instant|m
глутамат натрия|monosodium glutamate|n
пломбир|ice cream|n
эскимо|choc ice|n
пудинг|pudding|n
желе|jelly|n
тофу|tofu|n
соевое молоко|soya milk|n
растительное молоко|plant-based milk|n
овсяное молоко|oat milk|n
миндальное молоко|almond milk|n
кокосовое молоко|coconut milk|n
бад|dietary supplement|n
бады|dietary supplements|n
спортивное питание|sports nutrition|n
креатин|creatine|n
коллаген|collagen|n
омега-3|omega-3|n
пробиотики|probiotics|n
мультивитамины|multivitamins|n
ароматизаторы|flavourings|n
пищевой краситель|food colouring|n
желатин|gelatin|n
консерванты|preservatives|n
попкорн|popcorn|n
пищевые продукты|foodstuffs|n
продукты питания|foodstuffs|n
веганский|vegan|m
веганские|vegan|m
вегетарианский|vegetarian|m
# Chapter 22 (more): waters, soft drinks, beer, wine, spirits, vinegar
бутилированная вода|bottled water|n
газированная вода|sparkling water|n
негазированная вода|still water|n
газированный|carbonated|m
газированные|carbonated|m
газировка|fizzy drink|n
лимонад|lemonade|n
кола|cola|n
энергетик|energy drink|n
энергетические напитки|energy drinks|n
энергетический напиток|energy drink|n
квас|kvass|n
холодный чай|iced tea|n
безалкогольное пиво|non-alcoholic beer|n
светлое пиво|lager|n
темное пиво|dark beer|n
разливное пиво|draught beer|n
крафтовое пиво|craft beer|n
вина|wines|n
сухое вино|dry wine|n
полусладкое вино|medium-sweet wine|n
розовое вино|rosé wine|n
шампанское|champagne|n
просекко|prosecco|n
портвейн|port|n
вермут|vermouth|n
глинтвейн|mulled wine|n
сидр|cider|n
медовуха|mead|n
виски|whisky|n
ром|rum|n
джин|gin|n
текила|tequila|n
бренди|brandy|n
ликер|liqueur|n
ликеры|liqueurs|n
настойка|tincture|n
саке|sake|n
этиловый спирт|ethyl alcohol|n
спирт этиловый|ethyl alcohol|n
денатурат|denatured alcohol|n
алкогольные напитки|alcoholic beverages|n
алкогольная продукция|alcoholic beverages|n
яблочный уксус|cider vinegar|n
винный уксус|wine vinegar|n
бальзамический уксус|balsamic vinegar|n
# Chapter 23 (more): residues and animal feed
жмых|oil-cake|n
шрот|oil-cake meal|n
соевый шрот|soya-bean meal|n
подсолнечный шрот|sunflower meal|n
свекловичный жом|beet pulp|n
пивная дробина|brewers' grains|n
сухой корм|dry pet food|n
влажный корм|wet pet food|n
корм для птиц|bird food|n
корм для рыб|fish food|n
лакомства для собак|dog treats|n
премиксы|premixes|n
кормовые добавки|feed additives|n
силос|silage|n
наполнитель для кошачьего туалета|cat litter|n
наполнитель для туалета|cat litter|n
# Chapter 24 (more): tobacco and nicotine products
табачные изделия|tobacco products|n
сигарета|cigarette|n
сигариллы|cigarillos|n
сигара|cigar|n
трубочный табак|pipe tobacco|n
жевательный табак|chewing tobacco|n
нюхательный табак|snuff|n
снюс|snus|n
кальян|hookah|n
кальяны|hookahs|n
электронная сигарета|electronic cigarette|n
вейп|vape|n
одноразовая электронная сигарета|disposable vape|n
жидкость для электронных сигарет|e-liquid|n
жидкость для вейпа|e-liquid|n
никотин|nicotine|n
без никотина|nicotine-free|m
никотиновые паучи|nicotine pouches|n
стики|heated tobacco sticks|n
сигаретная бумага|cigarette paper|n
гильзы для сигарет|cigarette tubes|n
табачный лист|tobacco leaf|n
# Chapters 25-27 (more): salt, stone, earths, ores, coal, petroleum products
поваренная соль|table salt|n
йодированная соль|iodised salt|n
каменная соль|rock salt|n
сера|sulphur|n
кварцевый песок|quartz sand|n
щебень|crushed stone|n
гравий|gravel|n
кварц|quartz|m
портландцемент|portland cement|n
штукатурка|plaster|n
руда|ore|n
каменный уголь|hard coal|n
бурый уголь|lignite|n
антрацит|anthracite|n
торф|peat|n
битум|bitumen|n
асфальт|asphalt|n
парафин|paraffin wax|n
керосин|kerosene|n
биодизель|biodiesel|n
гидравлическое масло|hydraulic oil|n
смазка|grease|n
пропан|propane|n
газовый баллон|gas cylinder|n
уголь для гриля|barbecue charcoal|n
# Chapters 28-29 (more): inorganic and organic chemicals
соляная кислота|hydrochloric acid|n
азотная кислота|nitric acid|n
гидроксид натрия|sodium hydroxide|n
карбонат натрия|sodium carbonate|n
хлорка|bleach|n
отбеливатель|bleach|n
перекись водорода|hydrogen peroxide|n
кислород|oxygen|n
активированный уголь|activated carbon|n
ацетон|acetone|n
антифриз|antifreeze|n
растворитель|solvent|n
краситель|dye|n
# Chapter 30 (more): pharmaceuticals and medical consumables
лекарство|medicament|n
препараты|preparations|n
антибиотики|antibiotics|n
обезболивающее|painkiller|n
парацетамол|paracetamol|n
мазь|ointment|n
тест на беременность|pregnancy test|n
бинт|bandage|n
лейкопластырь|adhesive plaster|n
вата|cotton wool|n
ватные палочки|cotton buds|n
антисептик|antiseptic|n
санитайзер|hand sanitiser|n
# Chapters 31-32 (more): fertilisers, paints, varnishes, inks
азотные удобрения|nitrogenous fertilisers|n
фосфорные удобрения|phosphatic fertilisers|n
калийные удобрения|potassic fertilisers|n
минеральные удобрения|mineral fertilisers|n
органические удобрения|organic fertilisers|n
аммиачная селитра|ammonium nitrate|n
удобрение|fertiliser|n
почвогрунт|potting soil|n
грунтовка|primer|n
акриловая краска|acrylic paint|n
аэрозольная краска|spray paint|n
герметик|sealant|n
силиконовый герметик|silicone sealant|n
монтажная пена|expanding foam|n
тонер|toner|n
чернила|ink|n
краска для волос|hair dye|n
# Chapter 33 (more): perfumery, cosmetics, toiletries
туалетная вода|eau de toilette|n
парфюмерная вода|eau de parfum|n
одеколон|eau de cologne|n
аромат|fragrance|n
освежитель воздуха|air freshener|n
ароматические палочки|incense sticks|n
декоративная косметика|make-up|n
тональный крем|foundation|n
пудра|face powder|n
тени для век|eyeshadow|n
подводка для глаз|eyeliner|n
карандаш для бровей|eyebrow pencil|n
блеск для губ|lip gloss|n
бальзам для губ|lip balm|n
мицеллярная вода|micellar water|n
пенка для умывания|facial cleansing foam|n
маска для лица|face mask|n
сыворотка для лица|face serum|n
крем для лица|face cream|n
крем для рук|hand cream|n
крем для тела|body cream|n
лосьон|lotion|n
лосьон для тела|body lotion|n
массажное масло|massage oil|n
жидкость для снятия лака|nail polish remover|n
лак для ногтей|nail polish|n
маникюрный набор|manicure set|n
бальзам для волос|hair conditioner|n
лак для волос|hairspray|n
ополаскиватель для рта|mouthwash|n
зубная нить|dental floss|n
пена для бритья|shaving foam|n
лосьон после бритья|aftershave|n
соль для ванн|bath salts|n
гель для душа|shower gel|n
косметический набор|cosmetics set|n
подарочный набор|gift set|n
# Chapters 34-38 (more): soap, cleaning products, candles, glues, fireworks, pesticides
жидкое мыло|liquid soap|n
хозяйственное мыло|household soap|n
гель для стирки|laundry gel|n
кондиционер для белья|fabric softener|n
пятновыводитель|stain remover|n
таблетки для посудомоечной машины|dishwasher tablets|n
средство для мытья стекол|glass cleaner|n
чистящее средство|cleaning agent|n
чистящие средства|cleaning agents|n
средство для чистки|cleaner|n
средство от накипи|descaler|n
крем для обуви|shoe polish|n
автохимия|car care chemicals|n
свеча|candle|n
ароматические свечи|scented candles|n
пластилин|modelling clay|n
суперклей|superglue|n
клей-карандаш|glue stick|n
термоклей|hot-melt glue|n
клеевой пистолет|glue gun|n
жидкие гвозди|construction adhesive|n
спички|matches|n
фейерверк|fireworks|n
фейерверки|fireworks|n
петарды|firecrackers|n
бенгальские огни|sparklers|n
жидкость для розжига|lighter fluid|n
пестициды|pesticides|n
гербициды|herbicides|n
инсектицид|insecticide|n
средство от комаров|mosquito repellent|n
репеллент|repellent|n
тормозная жидкость|brake fluid|n
охлаждающая жидкость|coolant|n
омывающая жидкость|screen wash|n
присадки|additives|n
# Chapter 39 (more): plastics and articles of plastics
полиэтиленовый|polyethylene|m
полиэтиленовые|polyethylene|m
полистирол|polystyrene|m
пенопласт|expanded polystyrene|m
поликарбонат|polycarbonate|m
полиуретан|polyurethane|m
акрил|acrylic|m
оргстекло|acrylic glass|m
пэт|pet|m
полимеры|polymers|m
стрейч-пленка|stretch film|n
пищевая пленка|cling film|n
пузырчатая пленка|bubble wrap|n
защитная пленка|protective film|n
защитное стекло|screen protector|n
тент|tarpaulin|n
пластиковые трубы|plastic pipes|n
трубы пвх|pvc pipes|n
садовый шланг|garden hose|n
шланги|hoses|n
кабельные стяжки|cable ties|n
полиэтиленовые пакеты|plastic bags|n
пакет-майка|carrier bag|n
вакуумные пакеты|vacuum bags|n
мусорные пакеты|refuse bags|n
мешок|sack|n
пищевые контейнеры|food containers|n
контейнер для хранения|storage container|n
ланч-бокс|lunch box|n
ящик для хранения|storage box|n
канистра|canister|n
бочка|barrel|n
флакон|bottle|n
пэт-бутылки|pet bottles|n
крышки|lids|n
крышка|lid|n
корзина для белья|laundry basket|n
ведро|bucket|n
ведра|buckets|n
ванна|bath|n
шторка для ванной|shower curtain|n
сиденье для унитаза|toilet seat|n
пластиковые окна|plastic windows|n
жалюзи|blinds|n
рулонные шторы|roller blinds|n
линолеум|linoleum|n
ламинат|laminate flooring|n
обои|wallpaper|n
наклейки|stickers|n
изолента|insulating tape|n
двусторонний скотч|double-sided tape|n
одноразовая посуда|disposable tableware|n
трубочки для коктейля|drinking straws|n
искусственная трава|artificial turf|n
# Chapter 40 (more): rubber and articles of rubber
каучук|rubber|m
натуральный каучук|natural rubber|m
латекс|latex|m
неопрен|neoprene|m
силиконовые|silicone|m
резинки|rubber bands|n
уплотнитель|seal|n
конвейерная лента|conveyor belt|n
ремень грм|timing belt|n
шина|tyre|n
покрышки|tyres|n
зимние шины|winter tyres|n
летние шины|summer tyres|n
грузовые шины|lorry tyres|n
камера для велосипеда|bicycle inner tube|n
нитриловые перчатки|nitrile gloves|n
одноразовые перчатки|disposable gloves|n
презервативы|condoms|n
пустышка|dummy|n
ластик|eraser|n
# Chapters 41-43 (more): leather, leather goods, bags, travel goods, fur
шкуры|hides|n
овчина|sheepskin|m
дубленка|sheepskin coat|n
нубук|nubuck|m
кожзам|imitation leather|m
кожаные изделия|leather goods|n
сумка через плечо|shoulder bag|n
шоппер|shopper bag|n
клатч|clutch bag|n
сумка на пояс|belt bag|n
дорожная сумка|travel bag|n
спортивная сумка|sports bag|n
косметичка|cosmetic bag|n
пенал|pencil case|n
портфель|briefcase|n
школьный рюкзак|school rucksack|n
сумка для ноутбука|laptop bag|n
чемоданы|suitcases|n
кошельки|wallets|n
визитница|card holder|n
футляр|case|n
шкатулка|jewellery box|n
ремешок для часов|watch strap|n
ошейник|dog collar|n
поводок|dog lead|n
чехол для планшета|tablet case|n
меховой|fur|m
норка|mink|m
# Chapter 44 (more): wood, timber, panels, articles of wood
дрова|firewood|n
опилки|sawdust|n
бревна|logs|n
брус|beams|n
доска|board|n
шпон|veneer|n
мдф|mdf|m
осб|osb|m
лдсп|laminated particle board|n
паркет|parquet|n
террасная доска|decking boards|n
двери|doors|n
дверь|door|n
окна|windows|n
поддон|pallet|n
деревянный ящик|wooden box|n
палочки для еды|chopsticks|n
зубочистки|toothpicks|n
рамка|frame|n
фоторамка|photo frame|n
поднос|tray|n
забор|fence|n
дуб|oak|m
дубовый|oak|m
сосна|pine|m
сосновый|pine|m
березовый|birch|m
массив|solid wood|m
из массива|solid wood|m
# Chapters 45-46 (more): cork, basketwork
пробка|cork|m
пробковый|cork|m
плетеный|wicker|m
плетеная|wicker|m
плетеная корзина|wicker basket|n
корзины|baskets|n
# Chapters 47-49 (more): paper, paperboard, stationery, printed matter
целлюлоза|wood pulp|n
макулатура|waste paper|n
бумага а4|a4 paper|n
крафт-бумага|kraft paper|m
подарочная бумага|gift wrap|n
бумага для выпечки|baking paper|n
гофрокоробка|corrugated box|n
гофрокоробки|corrugated boxes|n
бумажные пакеты|paper bags|n
бумажный пакет|paper bag|n
конверты|envelopes|n
бумажные полотенца|paper towels|n
бумажные салфетки|paper napkins|n
бумажные стаканы|paper cups|n
тетрадь|exercise book|n
блокноты|notebooks|n
стикеры|stickers|n
папка|folder|n
папки|folders|n
фотоальбом|photo album|n
альбом для рисования|sketchbook|n
этикетка|label|n
канцелярия|stationery|n
канцтовары|stationery|n
открытки|greeting cards|n
газеты|newspapers|n
журналы|magazines|n
журнал|magazine|n
раскраски|colouring books|n
плакат|poster|n
календарь|calendar|n
картонный|cardboard|m
картонная|cardboard|m
# Chapters 50-60 (more): fibres, yarn, fabrics, knit and woven
натуральный шелк|natural silk|m
мериносовая шерсть|merino wool|m
кашемировый|cashmere|m
кашемира|cashmere|m
хлопковая ткань|cotton fabric|n
хлопчатобумажные|cotton|m
хлопчатобумажная|cotton|m
100% хлопок|100% cotton|m
органический хлопок|organic cotton|m
льна|linen|m
льняная|linen|m
лён|linen|m
джут|jute|m
вискозы|viscose|m
полиэстера|polyester|m
полиэфир|polyester|m
нейлона|nylon|m
нейлоновый|nylon|m
полиамид|polyamide|m
акриловый|acrylic|m
спандекс|spandex|m
лайкра|elastane|m
микрофибра|microfibre|m
синтетический|synthetic|m
синтетические|synthetic|m
волокно|fibre|m
нить|thread|n
пряжа для вязания|knitting yarn|n
трикотажное полотно|knitted fabric|n
вязаная|knitted|m
вязаное|knitted|m
тканая|woven|m
тканые|woven|m
флис|fleece|m
флисовый|fleece|m
плюш|plush|m
плюшевый|plush|m
махровый|terry|m
махровая|terry|m
махровые|terry|m
вельвет|corduroy|m
велюр|velour|m
шифон|chiffon|m
атлас|satin|m
атласный|satin|m
сатин|sateen|m
бязь|calico|m
фланель|flannel|m
жаккард|jacquard|m
сетчатый|mesh|m
оксфорд|oxford fabric|m
мембрана|membrane fabric|m
подкладка|lining|n
подкладочная ткань|lining fabric|n
синтепон|synthetic padding|m
на пуху|down-filled|m
пуховый|down|m
войлок|felt|m
фетр|felt|m
нетканое полотно|nonwoven fabric|m
прорезиненный|rubberised|m
вышитый|embroidered|m
с вышивкой|embroidered|m
вышивка|embroidery|n
окрашенный|dyed|m
в полоску|striped|m
полосатый|striped|m
в клетку|checked|m
клетчатый|checked|m
цветочный|floral|m
однотонный|plain|m
однотонная|plain|m
с рисунком|patterned|m
камуфляж|camouflage|m
ленты|ribbons|n
лента|ribbon|n
шнур|cord|n
канат|rope|n
трос|cable|n
веревки|ropes|n
москитная сеть|mosquito net|n
липучка|hook-and-loop fastener|n
нашивки|patches|n
ковровое покрытие|fitted carpet|n
ковролин|fitted carpet|n
коврик для ванной|bath mat|n
придверный коврик|doormat|n
гобелен|tapestry|n
углеволокно|carbon fibre|m
карбон|carbon fibre|m
# Chapters 61-62 (more): garments, sleeves, collars, fits
футболка мужская|men's t-shirt|n
футболка женская|women's t-shirt|n
футболки мужские|men's t-shirts|n
футболки женские|women's t-shirts|n
лонгслив|long-sleeved t-shirt|n
майки|vests|n
топы|tops|n
рубашка мужская|men's shirt|n
рубашки мужские|men's shirts|n
сорочка|shirt|n
рубашка поло|polo shirt|n
блуза|blouse|n
туника|tunic|n
водолазка|roll-neck top|n
водолазки|roll-neck tops|n
свитшот|sweatshirt|n
свитшоты|sweatshirts|n
пуловер|pullover|n
кардиганы|cardigans|n
кофта|cardigan|n
кофты|cardigans|n
жилетка|waistcoat|n
жилеты|waistcoats|n
сигнальный жилет|high-visibility vest|n
куртка мужская|men's jacket|n
куртка женская|women's jacket|n
куртки мужские|men's jackets|n
куртки женские|women's jackets|n
зимняя куртка|winter jacket|n
кожаная куртка|leather jacket|n
джинсовая куртка|denim jacket|n
пуховики|down jackets|n
парка|parka|n
пальто женское|women's coat|n
дождевик|raincoat|n
пиджаки|jackets|n
костюмы|suits|n
брюки мужские|men's trousers|n
брюки женские|women's trousers|n
джинсы мужские|men's jeans|n
джинсы женские|women's jeans|n
спортивные штаны|jogging bottoms|n
спортивные брюки|track trousers|n
джоггеры|joggers|n
шорты мужские|men's shorts|n
шорты женские|women's shorts|n
лосины|leggings|n
юбки|skirts|n
платье женское|women's dress|n
вечернее платье|evening dress|n
свадебное платье|wedding dress|n
комбинезоны|overalls|n
слюнявчик|bib|n
детская одежда|children's clothing|n
женская одежда|women's clothing|n
мужская одежда|men's clothing|n
верхняя одежда|outerwear|n
рабочая одежда|workwear|n
фартук|apron|n
гидрокостюм|wetsuit|n
купальники|swimsuits|n
бикини|bikini|n
плавки|swimming trunks|n
трусы мужские|men's underpants|n
трусы женские|women's knickers|n
боксеры|boxer shorts|n
бюстгальтеры|brassieres|n
термобелье|thermal underwear|n
ночная рубашка|nightdress|n
пижамы|pyjamas|n
халаты|dressing gowns|n
банный халат|bathrobe|n
чулки|stockings|n
колготы|tights|n
перчатка|glove|n
варежки|mittens|n
рабочие перчатки|work gloves|n
шарфы|scarves|n
шаль|shawl|n
галстуки|ties|n
галстук-бабочка|bow tie|n
запонки|cufflinks|n
воротник|collar|m
капюшон|hood|m
с длинными рукавами|long-sleeved|m
с короткими рукавами|short-sleeved|m
круглый вырез|crew neck|m
v-образный вырез|v-neck|m
на молнии|with zip|m
оверсайз|oversized|m
больших размеров|plus-size|m
утепленный|insulated|m
утепленная|insulated|m
зимний|winter|m
зимняя|winter|m
зимние|winter|m
летний|summer|m
летняя|summer|m
летние|summer|m
демисезонный|mid-season|m
теплый|warm|m
теплые|warm|m
подростковый|teenage|m
женское|women's|m
мужское|men's|m
шапка-бини|beanie|n
вязаная шапка|knitted hat|n
панама|bucket hat|n
шляпы|hats|n
кепки|caps|n
бейсболки|baseball caps|n
балаклава|balaclava|n
головные уборы|headgear|n
мотошлем|motorcycle helmet|n
# Chapter 63 (more): household textiles, tents, masks
одеяла|blankets|n
покрывало|bedspread|n
пододеяльник|duvet cover|n
комплект постельного белья|bed linen set|n
простыни|bed sheets|n
наволочки|pillowcases|n
наматрасник|mattress protector|n
матрасы|mattresses|n
надувной матрас|air mattress|n
скатерти|tablecloths|n
кухонное полотенце|tea towel|n
прихватка|pot holder|n
банное полотенце|bath towel|n
пляжное полотенце|beach towel|n
тряпка|cloth|n
штора|curtain|n
чехлы на сиденья|seat covers|n
авточехлы|car seat covers|n
палатки|tents|n
туристическая палатка|camping tent|n
гамак|hammock|n
спальные мешки|sleeping bags|n
флаг|flag|n
маски|masks|n
медицинские маски|medical face masks|n
маска для сна|sleep mask|n
гладильная доска|ironing board|n
# Chapter 64 (more): footwear kinds and parts
детская обувь|children's footwear|n
мужская обувь|men's footwear|n
женская обувь|women's footwear|n
балетки|ballet flats|n
туфли на каблуке|high-heeled shoes|n
кроссовки мужские|men's trainers|n
кроссовки женские|women's trainers|n
беговые кроссовки|running shoes|n
бутсы|football boots|n
ботинки мужские|men's boots|n
треккинговые ботинки|hiking boots|n
сапоги женские|women's boots|n
резиновые сапоги|rubber boots|n
угги|sheepskin boots|n
валенки|felt boots|n
вьетнамки|flip-flops|n
сланцы|flip-flops|n
домашние тапочки|slippers|n
рабочая обувь|work footwear|n
подошва|sole|n
стелька|insole|n
стельки|insoles|n
каблук|heel|n
на каблуке|high-heeled|m
шнурки|shoelaces|n
# Chapters 65-67 (more): umbrellas, sticks, artificial flowers, wigs
зонты|umbrellas|n
трость|walking stick|n
искусственные растения|artificial plants|n
парики|wigs|n
накладные волосы|hair extensions|n
накладные ресницы|false eyelashes|n
# Chapters 68-70 (more): stone, abrasives, building materials, ceramics, glass
тротуарная плитка|paving slabs|n
столешница|worktop|n
отрезной диск|cutting disc|n
отрезные диски|cutting discs|n
наждачная бумага|sandpaper|n
минеральная вата|mineral wool|n
теплоизоляция|thermal insulation|n
мозаика|mosaic|n
керамическая плитка|ceramic tiles|n
керамогранит|porcelain stoneware|m
столовый сервиз|dinner service|n
набор посуды|dinnerware set|n
тарелка|plate|n
чашка|cup|n
кружки|mugs|n
миски|bowls|n
форма для запекания|baking dish|n
кувшин|jug|n
заварочный чайник|teapot|n
вазы|vases|n
цветочный горшок|flower pot|n
статуэтка|figurine|n
статуэтки|figurines|n
фигурка|figurine|n
фигурки|figurines|n
сантехника|sanitary ware|n
мойка|sink|n
листовое стекло|flat glass|m
стеклопакет|double glazing unit|n
каленое стекло|tempered glass|m
хрусталь|crystal|m
зеркала|mirrors|n
стеклянная банка|glass jar|n
стакан|glass|n
бокал|wine glass|n
стеклянная посуда|glassware|n
елочные игрушки|christmas baubles|n
подсвечник|candle holder|n
# Chapter 71 (more): jewellery, gems, precious metals
обручальное кольцо|wedding ring|n
помолвочное кольцо|engagement ring|n
серьга|earring|n
пусеты|stud earrings|n
браслеты|bracelets|n
цепочки|chains|n
колье|necklace|n
подвеска|pendant|n
кулоны|pendants|n
брошь|brooch|n
значок|pin badge|n
пирсинг|piercing jewellery|n
бриллианты|diamonds|n
янтарь|amber|m
фианит|cubic zirconia|m
стразы|rhinestones|n
серебро 925|sterling silver|m
серебро 925 пробы|sterling silver|m
925 пробы|sterling silver|m
585 пробы|14-carat gold|m
750 пробы|18-carat gold|m
белое золото|white gold|m
платина|platinum|m
позолоченная|gold-plated|m
позолоченные|gold-plated|m
серебра|silver|m
золота|gold|m
золотые слитки|gold bars|n
монета|coin|n
драгоценные металлы|precious metals|n
# Chapters 72-73 (more): iron and steel products, hardware, kitchenware
чугуна|cast iron|m
чугунный|cast iron|m
железа|iron|m
стальной лист|steel sheet|n
листовой металл|sheet metal|n
профнастил|profiled sheet|n
профлист|profiled sheet|n
жесть|tinplate|n
оцинкованная сталь|galvanised steel|m
швеллер|channel|n
профильная труба|rectangular tube|n
трубы стальные|steel pipes|n
стальные трубы|steel pipes|n
углеродистая сталь|carbon steel|m
нержавеющие|stainless|m
из нержавеющей стали|stainless steel|m
сетка-рабица|chain-link fencing|n
сварная сетка|welded mesh|n
решетка|grille|n
строительные леса|scaffolding|n
ворота|gates|n
лестница|ladder|n
стремянка|stepladder|n
морской контейнер|shipping container|n
гвоздь|nail|n
шурупы|wood screws|n
саморез|self-tapping screw|n
винты|screws|n
винт|screw|n
болт|bolt|n
гайка|nut|n
шайбы|washers|n
шайба|washer|n
дюбели|wall plugs|n
анкер|anchor bolt|n
крепежные изделия|fasteners|n
иглы|needles|n
булавки|pins|n
мангал|barbecue grill|n
гриль|grill|n
барбекю|barbecue|n
радиатор отопления|heating radiator|n
кастрюля|saucepan|n
сковородки|frying pans|n
сковородка|frying pan|n
скороварка|pressure cooker|n
дуршлаг|colander|n
терка|grater|n
венчик|whisk|n
кухонные принадлежности|kitchen utensils|n
открывалка|bottle opener|n
штопор|corkscrew|n
сушилка для посуды|dish rack|n
мусорное ведро|waste bin|n
вешалка|hanger|n
вешалки|hangers|n
крючок|hook|n
крючки|hooks|n
сушилка для белья|clothes airer|n
лейка|watering can|n
петли|hinges|n
дверная ручка|door handle|n
дверные ручки|door handles|n
мебельная фурнитура|furniture fittings|n
направляющие|drawer slides|n
кронштейн|bracket|n
кронштейны|brackets|n
кронштейн для телевизора|tv wall mount|n
держатель|holder|n
замки|locks|n
дверной замок|door lock|n
кодовый замок|combination lock|n
брелок|key ring|n
карабин|carabiner|n
пряжка|buckle|n
электроды|electrodes|n
# Chapters 74-81 (more): copper, aluminium and other base metals
меди|copper|m
медные|copper|m
медная труба|copper tube|n
медная проволока|copper wire|n
латуни|brass|m
латунный|brass|m
бронза|bronze|m
бронзовый|bronze|m
алюминиевый профиль|aluminium profile|n
алюминиевая фольга|aluminium foil|n
алюминиевый сплав|aluminium alloy|m
никель|nickel|m
хромированный|chrome-plated|m
титан|titanium|m
титановый|titanium|m
цинковый сплав|zinc alloy|m
цветные металлы|non-ferrous metals|n
сплав|alloy|m
# Chapter 82 (more): hand tools, blades, cutlery
ручной инструмент|hand tools|n
садовый инвентарь|garden tools|n
лопаты|shovels|n
грабли|rake|n
секатор|secateurs|n
ножовка|handsaw|n
ножовка по металлу|hacksaw|n
пильный диск|circular saw blade|n
кусачки|cutting pliers|n
бокорезы|side cutters|n
пассатижи|combination pliers|n
клещи|pincers|n
пинцет|tweezers|n
рожковый ключ|open-end spanner|n
набор ключей|spanner set|n
трещотка|ratchet|n
набор головок|socket set|n
динамометрический ключ|torque wrench|n
шестигранник|hex key|n
разводной ключ|adjustable spanner|n
отвертки|screwdrivers|n
набор отверток|screwdriver set|n
биты|screwdriver bits|n
набор бит|bit set|n
молотки|hammers|n
кувалда|sledgehammer|n
зубило|chisel|n
стамеска|wood chisel|n
напильник|file|n
тиски|vice|n
струбцина|clamp|n
паяльник|soldering iron|n
строительный фен|heat gun|n
пистолет для герметика|caulking gun|n
степлер строительный|staple gun|n
стеклорез|glass cutter|n
плиткорез|tile cutter|n
канцелярский нож|utility knife|n
строительный нож|utility knife|n
лезвия|blades|n
станок для бритья|razor|n
одноразовые бритвы|disposable razors|n
строительный уровень|spirit level|n
линейка|ruler|n
штангенциркуль|vernier caliper|n
шпатель|spatula|n
валик малярный|paint roller|n
кисть малярная|paintbrush|n
сверла|drill bits|n
набор сверл|drill bit set|n
бур|drill bit|n
коронка|hole saw|n
ящик для инструментов|toolbox|n
верстак|workbench|n
домкрат|jack|n
кухонный нож|kitchen knife|n
набор ножей|knife set|n
складной нож|folding knife|n
мультитул|multi-tool|n
точилка для ножей|knife sharpener|n
ложки|spoons|n
ложка|spoon|n
вилки|forks|n
вилка|fork|n
чайные ложки|teaspoons|n
набор столовых приборов|cutlery set|n
щипцы|tongs|n
овощерезка|vegetable slicer|n
# Chapter 84 (more): engines, pumps, HVAC, machinery, computers and storage
бензиновый двигатель|petrol engine|n
дизельный двигатель|diesel engine|n
лодочный мотор|outboard motor|n
масляный фильтр|oil filter|n
топливный фильтр|fuel filter|n
воздушный фильтр|air filter|n
салонный фильтр|cabin filter|n
фильтры|filters|n
насосы|pumps|n
водяной насос|water pump|n
погружной насос|submersible pump|n
топливный насос|fuel pump|n
воздушный компрессор|air compressor|n
автомобильный компрессор|car tyre inflator|n
вентиляторы|fans|n
напольный вентилятор|pedestal fan|n
настольный вентилятор|desk fan|n
потолочный вентилятор|ceiling fan|n
кондиционеры|air conditioners|n
мобильный кондиционер|portable air conditioner|n
холодильники|refrigerators|n
двухкамерный холодильник|fridge-freezer|n
морозильная камера|freezer|n
морозильный ларь|chest freezer|n
кулер для воды|water dispenser|n
котел|boiler|n
газовый котел|gas boiler|n
бойлер|water heater|n
фильтр для воды|water filter|n
кухонные весы|kitchen scale|n
напольные весы|bathroom scale|n
электронные весы|electronic scales|n
мойка высокого давления|pressure washer|n
пароочиститель|steam cleaner|n
бетономешалка|concrete mixer|n
сельхозтехника|agricultural machinery|n
комбайн|combine harvester|n
культиватор|cultivator|n
мотоблок|walk-behind tractor|n
косилка|mower|n
триммер|trimmer|n
мотокоса|brush cutter|n
кусторез|hedge trimmer|n
тракторы|tractors|n
мясорубка|mincer|n
3d-принтер|3d printer|n
струйный принтер|inkjet printer|n
лазерный принтер|laser printer|n
мфу|multifunction printer|n
сканер|scanner|n
картриджи|cartridges|n
швейные машины|sewing machines|n
стиральные машины|washing machines|n
станок чпу|cnc machine|n
чпу|cnc|m
шлифовальная машина|sander|n
эксцентриковая шлифмашина|random orbital sander|n
лазерный гравер|laser engraver|n
циркулярная пила|circular saw|n
лобзик|jigsaw|n
бензопила|chainsaw|n
цепная пила|chainsaw|n
аккумуляторный инструмент|cordless tools|n
аккумуляторная дрель|cordless drill|n
дрель-шуруповерт|drill driver|n
ударная дрель|hammer drill|n
перфоратор|rotary hammer|n
отбойный молоток|demolition hammer|n
гайковерт|impact wrench|n
угловая шлифмашина|angle grinder|n
ушм|angle grinder|n
сварочный аппарат|welding machine|n
сварочный инвертор|welding inverter|n
шарикоподшипник|ball bearing|n
ступичный подшипник|wheel bearing|n
шаровой кран|ball valve|n
смеситель для кухни|kitchen mixer tap|n
смеситель для ванной|bath mixer tap|n
душевая система|shower system|n
лейка для душа|shower head|n
компьютеры|computers|n
игровой компьютер|gaming pc|n
игровой ноутбук|gaming laptop|n
планшеты|tablet computers|n
клавиатуры|keyboards|n
беспроводная клавиатура|wireless keyboard|n
компьютерная мышь|computer mouse|n
беспроводная мышь|wireless mouse|n
коврик для мыши|mouse mat|n
мониторы|monitors|n
веб-камера|webcam|n
жесткий диск|hard disk|n
жесткие диски|hard disks|n
внешний жесткий диск|external hard drive|n
hdd|hard disk drive|n
ssd|solid-state drive|n
твердотельный накопитель|solid-state drive|n
внешний ssd|external ssd|n
nvme|nvme|m
карты памяти|memory cards|n
microsd|microsd card|n
usb-флешка|usb flash drive|n
флешки|usb flash drives|n
оперативная память|ram|n
процессор|processor|n
видеокарта|graphics card|n
материнская плата|motherboard|n
блок питания для пк|pc power supply|n
блоки питания|power supplies|n
док-станция|docking station|n
подставка для ноутбука|laptop stand|n
аккумулятор для ноутбука|laptop battery|n
зарядка для ноутбука|laptop charger|n
# Chapter 85 (more): electrical machinery, power, batteries, appliances, telecoms, AV, components, lighting
электродвигатели|electric motors|n
бесщеточный|brushless|m
генераторы|generators|n
бензогенератор|petrol generator|n
дизельный генератор|diesel generator|n
инверторный генератор|inverter generator|n
стартер|starter motor|n
стабилизатор напряжения|voltage stabiliser|n
ибп|ups|n
инвертор|inverter|n
зарядные устройства|chargers|n
сетевое зарядное устройство|wall charger|n
беспроводная зарядка|wireless charger|n
автомобильная зарядка|car charger|n
зарядная станция|charging station|n
адаптер питания|power adapter|n
адаптер|adapter|n
переходник|adapter|n
повербанк|power bank|n
внешний аккумулятор|power bank|n
аккумуляторы|rechargeable batteries|n
литий-ионный аккумулятор|lithium-ion battery|n
автомобильный аккумулятор|car battery|n
батарейка|battery|n
пальчиковые батарейки|aa batteries|n
аккумуляторный пылесос|cordless vacuum cleaner|n
беспроводной пылесос|cordless vacuum cleaner|n
ручной пылесос|handheld vacuum cleaner|n
пылесосы|vacuum cleaners|n
погружной блендер|hand blender|n
миксер|mixer|n
кухонный комбайн|food processor|n
соковыжималка|juicer|n
тостер|toaster|n
фритюрница|deep fryer|n
мультиварка|multicooker|n
индукционная плита|induction hob|n
варочная панель|hob|n
духовой шкаф|oven|n
духовка|oven|n
микроволновая печь|microwave oven|n
капсульная кофемашина|capsule coffee machine|n
кофеварки|coffee makers|n
капучинатор|milk frother|n
электрический чайник|electric kettle|n
отпариватель|garment steamer|n
утюги|irons|n
фены|hair dryers|n
выпрямитель для волос|hair straightener|n
утюжок для волос|hair straightener|n
плойка|curling tongs|n
машинка для стрижки волос|hair clipper|n
электробритва|electric shaver|n
электрическая зубная щетка|electric toothbrush|n
тепловентилятор|fan heater|n
конвектор|convector heater|n
инфракрасный обогреватель|infrared heater|n
телефоны|telephones|n
смартфоны|smartphones|n
мобильные телефоны|mobile phones|n
сотовый телефон|mobile phone|n
держатель для телефона|phone holder|n
чехлы для телефонов|phone cases|n
аксессуары для телефонов|mobile phone accessories|n
умные часы|smartwatch|n
фитнес-браслет|fitness tracker|n
wi-fi роутер|wi-fi router|n
маршрутизатор|router|n
модем|modem|n
сетевой кабель|network cable|n
рация|walkie-talkie|n
антенна|aerial|n
тв-приставка|tv box|n
gps-трекер|gps tracker|n
радионяня|baby monitor|n
домофон|door intercom|n
дверной звонок|doorbell|n
сигнализация|alarm system|n
датчик дыма|smoke detector|n
камера видеонаблюдения|surveillance camera|n
камеры видеонаблюдения|surveillance cameras|n
видеорегистраторы|dashcams|n
экшн-камера|action camera|n
объектив|lens|n
микрофоны|microphones|n
гарнитура|headset|n
беспроводные наушники|wireless headphones|n
tws наушники|true wireless earbuds|n
портативная колонка|portable speaker|n
колонки|speakers|n
саундбар|soundbar|n
усилитель|amplifier|n
радиоприемник|radio|n
автомагнитола|car radio|n
телевизоры|televisions|n
смарт-тв|smart tv|n
проектор|projector|n
дисплей|display|n
сенсорный экран|touchscreen|n
пульт|remote control|n
печатные платы|printed circuit boards|n
электронные компоненты|electronic components|n
светодиоды|leds|n
микросхема|integrated circuit|n
солнечная электростанция|solar power system|n
датчики|sensors|n
парктроник|parking sensors|n
выключатели|switches|n
предохранитель|fuse|n
автоматический выключатель|circuit breaker|n
сетевой фильтр|surge protector|n
розетки|sockets|n
умная розетка|smart plug|n
удлинители|extension leads|n
кабели|cables|n
провода|wires|n
силовой кабель|power cable|n
usb кабель|usb cable|n
кабель type-c|usb-c cable|n
type-c|usb-c|m
hdmi кабель|hdmi cable|n
hdmi|hdmi|m
оптический кабель|optical fibre cable|n
лампы|lamps|n
светильники|light fittings|n
светодиодные лампы|led lamps|n
светодиодная лампа|led lamp|n
прожектор|floodlight|n
потолочный светильник|ceiling light|n
люстры|chandeliers|n
настенный светильник|wall light|n
торшер|floor lamp|n
настольная лампа|table lamp|n
ночник|night light|n
уличный светильник|outdoor light|n
фонари|torches|n
фонарик|torch|n
налобный фонарь|head torch|n
гирлянда|string lights|n
светодиодная гирлянда|led string lights|n
led лента|led strip|n
освещение|lighting|n
с подсветкой|illuminated|m
магнит|magnet|n
# Chapters 86-89 (more): railway, cars, lorries, parts, motorcycles, bicycles, aircraft, boats
седан|saloon|n
хэтчбек|hatchback|n
кроссовер|crossover|n
пикап|pick-up|n
минивэн|minivan|n
автодом|motor caravan|n
фургоны|vans|n
микроавтобус|minibus|n
автобусы|buses|n
грузовики|lorries|n
седельный тягач|road tractor|n
самосвал|tipper lorry|n
эвакуатор|tow truck|n
полуприцеп|semi-trailer|n
прицепы|trailers|n
фаркоп|tow bar|n
электромобили|electric cars|n
квадроцикл|quad bike|n
снегоход|snowmobile|n
кузов|bodywork|n
капот|bonnet|n
бампер|bumper|n
багажник на крышу|roof rack|n
лобовое стекло|windscreen|n
дворники|windscreen wipers|n
щетки стеклоочистителя|wiper blades|n
зеркало заднего вида|rear-view mirror|n
фары|headlamps|n
фара|headlamp|n
противотуманные фары|fog lamps|n
задние фонари|rear lights|n
руль|steering wheel|n
рулевая рейка|steering rack|n
рычаг подвески|control arm|n
шаровая опора|ball joint|n
ступица|wheel hub|n
тормоза|brakes|n
тормозной диск|brake disc|n
тормозной суппорт|brake caliper|n
сцепление|clutch|n
комплект сцепления|clutch kit|n
коробка передач|gearbox|n
акпп|automatic gearbox|n
глушитель|silencer|n
выхлопная система|exhaust system|n
катализатор|catalytic converter|n
радиатор|radiator|n
помпа|water pump|n
катушка зажигания|ignition coil|n
свечи зажигания|spark plugs|n
топливный бак|fuel tank|n
сиденья|seats|n
ремень безопасности|seat belt|n
подушка безопасности|airbag|n
коврики в салон|car floor mats|n
автоковрики|car mats|n
колесные диски|wheel rims|n
литые диски|alloy wheels|n
колесо|wheel|n
запчасти для авто|car parts|n
запчасти для грузовиков|lorry parts|n
мотозапчасти|motorcycle parts|n
детское автокресло|child car seat|n
мотоциклы|motorcycles|n
мопед|moped|n
электромотоцикл|electric motorcycle|n
электроскутер|electric scooter|n
электросамокаты|electric scooters|n
самокаты|kick scooters|n
детский самокат|children's scooter|n
гироскутер|hoverboard|n
моноколесо|electric unicycle|n
горный велосипед|mountain bike|n
шоссейный велосипед|road bike|n
складной велосипед|folding bicycle|n
детский велосипед|children's bicycle|n
беговел|balance bike|n
электровелосипед|electric bicycle|n
велосипедная рама|bicycle frame|n
педали|pedals|n
велосипедная цепь|bicycle chain|n
спицы|spokes|n
инвалидные коляски|wheelchairs|n
ходунки|walking frame|n
детская коляска|pram|n
коляска прогулочная|pushchair|n
тележка|trolley|n
вертолет|helicopter|n
квадрокоптер|quadcopter|n
дроны|drones|n
катер|motorboat|n
надувная лодка|inflatable boat|n
лодки пвх|pvc inflatable boats|n
байдарка|kayak|n
каяк|kayak|n
сап-борд|stand-up paddle board|n
гидроцикл|jet ski|n
весло|paddle|n
# Chapters 90-92 (more): optics, instruments, medical, watches, musical instruments
очки для зрения|prescription glasses|n
солнечные очки|sunglasses|n
поляризационные|polarised|m
горнолыжная маска|ski goggles|n
очки для плавания|swimming goggles|n
защитные очки|safety goggles|n
линзы|lenses|n
бинокли|binoculars|n
телескоп|telescope|n
оптический прицел|telescopic sight|n
тепловизор|thermal imaging camera|n
лупа|magnifying glass|n
лазер|laser|n
дальномер|rangefinder|n
лазерный дальномер|laser distance meter|n
лазерный уровень|laser level|n
компас|compass|n
измерительные приборы|measuring instruments|n
градусник|thermometer|n
термометры|thermometers|n
бесконтактный термометр|non-contact thermometer|n
пирометр|infrared thermometer|n
гигрометр|hygrometer|n
метеостанция|weather station|n
манометр|pressure gauge|n
счетчик воды|water meter|n
мультиметр|multimeter|n
тестер|tester|n
металлоискатель|metal detector|n
алкотестер|breathalyser|n
глюкометр|blood glucose meter|n
пульсоксиметр|pulse oximeter|n
стетоскоп|stethoscope|n
медицинское оборудование|medical equipment|n
медицинские изделия|medical devices|n
шприцы|syringes|n
капельница|infusion set|n
хирургические инструменты|surgical instruments|n
брекеты|dental braces|n
зубные протезы|dentures|n
бандаж|support bandage|n
наколенник|knee support|n
костыли|crutches|n
слуховые аппараты|hearing aids|n
ингалятор|inhaler|n
небулайзер|nebuliser|n
кислородный концентратор|oxygen concentrator|n
массажеры|massagers|n
массажный пистолет|massage gun|n
массажное кресло|massage chair|n
молокоотсос|breast pump|n
часы мужские|men's watch|n
мужские часы|men's watch|n
часы женские|women's watch|n
женские часы|women's watch|n
детские часы|children's watch|n
механические часы|mechanical watch|n
настенные часы|wall clock|n
электрогитара|electric guitar|n
акустическая гитара|acoustic guitar|n
струны|strings|n
цифровое пианино|digital piano|n
синтезатор|synthesizer|n
аккордеон|accordion|n
скрипка|violin|n
флейта|flute|n
саксофон|saxophone|n
барабан|drum|n
ударная установка|drum kit|n
калимба|kalimba|n
# Chapters 93-94 (more): arms, furniture, bedding, prefabricated buildings
пневматическая винтовка|air rifle|n
пистолет|pistol|n
патроны|cartridges|n
перцовый баллончик|pepper spray|n
электрошокер|stun gun|n
кухонная мебель|kitchen furniture|n
детская мебель|children's furniture|n
мягкая мебель|upholstered furniture|n
диваны|sofas|n
угловой диван|corner sofa|n
диван-кровать|sofa bed|n
кресла|armchairs|n
кресло-качалка|rocking chair|n
компьютерное кресло|computer chair|n
игровое кресло|gaming chair|n
кресло-мешок|beanbag|n
пуф|pouffe|n
табурет|stool|n
барный стул|bar stool|n
складной стул|folding chair|n
стул для кормления|high chair|n
шезлонг|sun lounger|n
скамейка|bench|n
столы|tables|n
обеденный стол|dining table|n
журнальный столик|coffee table|n
прикроватная тумба|bedside table|n
тумба|cabinet|n
тумбочка|bedside cabinet|n
тумба под тв|tv unit|n
компьютерный стол|computer desk|n
туалетный столик|dressing table|n
шкафы|cupboards|n
шкаф-купе|sliding-door wardrobe|n
гардероб|wardrobe|n
книжный шкаф|bookcase|n
витрина|display cabinet|n
кухонный гарнитур|kitchen set|n
стеллажи|shelving units|n
полки|shelves|n
книжная полка|bookshelf|n
комоды|chests of drawers|n
прихожая|hallway furniture|n
кровати|beds|n
двуспальная кровать|double bed|n
двухъярусная кровать|bunk bed|n
детская кроватка|cot|n
манеж|playpen|n
каркас кровати|bed frame|n
модульный дом|modular building|n
бытовка|portable cabin|n
садовый домик|garden shed|n
теплица|greenhouse|n
теплицы|greenhouses|n
баня|sauna|n
сауна|sauna|n
душевая кабина|shower cabin|n
джакузи|hot tub|n
когтеточка|cat scratching post|n
лежанка для собак|dog bed|n
клетка|cage|n
переноска|pet carrier|n
лоток для кошек|cat litter tray|n
зоотовары|pet supplies|n
игрушки для собак|dog toys|n
# Chapter 95 (more): toys, games, festive articles, sports and fitness
игрушка|toy|n
детские игрушки|children's toys|n
развивающие игрушки|educational toys|n
мягкие игрушки|soft toys|n
куклы|dolls|n
конструкторы|construction sets|n
кубики|building blocks|n
машинка|toy car|n
машинки|toy cars|n
машинка на радиоуправлении|remote-controlled car|n
на радиоуправлении|remote-controlled|m
на пульте управления|remote-controlled|m
радиоуправляемая|remote-controlled|m
пазл|jigsaw puzzle|n
настольная игра|board game|n
шахматы|chess set|n
нарды|backgammon|n
кубик рубика|puzzle cube|n
головоломка|puzzle|n
видеоигры|video games|n
геймпад|gamepad|n
джойстик|joystick|n
водяной пистолет|water pistol|n
мыльные пузыри|bubble toys|n
воздушные шары|balloons|n
новогодние игрушки|christmas decorations|n
искусственная елка|artificial christmas tree|n
карнавальный костюм|fancy-dress costume|n
качели|swing|n
горка|slide|n
бассейн|swimming pool|n
надувной бассейн|inflatable pool|n
каркасный бассейн|frame pool|n
надувной круг|swim ring|n
спасательный жилет|life jacket|n
велотренажер|exercise bike|n
эллиптический тренажер|cross trainer|n
тренажеры|exercise machines|n
гантель|dumbbell|n
штанга|barbell|n
гиря|kettlebell|n
турник|pull-up bar|n
эспандер|resistance band|n
скакалка|skipping rope|n
фитбол|exercise ball|n
коврик для фитнеса|fitness mat|n
боксерская груша|punching bag|n
боксерские перчатки|boxing gloves|n
мячи|balls|n
футбольный мяч|football|n
баскетбольный мяч|basketball|n
волейбольный мяч|volleyball|n
клюшки для гольфа|golf clubs|n
теннисная ракетка|tennis racket|n
ракетки|rackets|n
лыжи|skis|n
сноуборд|snowboard|n
санки|sledge|n
коньки|ice skates|n
роликовые коньки|inline skates|n
скейтборд|skateboard|n
ласты|swimming fins|n
спиннинг|spinning rod|n
удочки|fishing rods|n
катушка рыболовная|fishing reel|n
леска|fishing line|n
воблер|wobbler|n
приманки|baits|n
рыболовные снасти|fishing tackle|n
туристическое снаряжение|camping equipment|n
наколенники|knee pads|n
# Chapters 96-97 (more): brushes, pens, lighters, hair accessories, hygiene, art
веник|broom|n
щетки|brushes|n
ершик для унитаза|toilet brush|n
расчески|combs|n
зубные щетки|toothbrushes|n
насадки для зубной щетки|replacement brush heads|n
кисти для макияжа|make-up brushes|n
кисти|brushes|n
швабра|mop|n
губка|sponge|n
пуговица|button|n
молнии|zip fasteners|n
ручки шариковые|ballpoint pens|n
гелевая ручка|gel pen|n
фломастеры|felt-tip pens|n
маркер|marker|n
маркеры|markers|n
текстовыделитель|highlighter|n
карандаши|pencils|n
цветные карандаши|colour pencils|n
мелки|crayons|n
точилка|pencil sharpener|n
ластики|erasers|n
зажигалки|lighters|n
заколки|hair clips|n
резинки для волос|hair elastics|n
термосы|vacuum flasks|n
термокружка|travel mug|n
бутылка для воды|water bottle|n
ежедневные прокладки|panty liners|n
тампоны|tampons|n
детская бутылочка|baby bottle|n
штативы|tripods|n
трипод|tripod|n
селфи-палка|selfie stick|n
манекен|mannequin|n
степлер|stapler|n
мольберт|easel|n
холсты|canvases|n
картины|paintings|n
картина маслом|oil painting|n
винтажный|vintage|m
# Marketplace and general qualifiers (more)
беспроводная|wireless|m
беспроводное|wireless|m
проводной|wired|m
проводные|wired|m
аккумуляторная|battery-powered|m
аккумуляторные|battery-powered|m
перезаряжаемые|rechargeable|m
портативная|portable|m
портативные|portable|m
внешний|external|m
внешняя|external|m
внешние|external|m
водонепроницаемая|waterproof|m
водонепроницаемые|waterproof|m
ip65|ip65|m
ip67|ip67|m
ip68|ip68|m
нержавейки|stainless steel|m
экокожи|imitation leather|m
искусственной кожи|imitation leather|m
силикона|silicone|m
резины|rubber|m
бамбука|bamboo|m
металлическая|metal|m
деревянная|wooden|m
из натуральной кожи|genuine leather|m
из экокожи|imitation leather|m
биоразлагаемый|biodegradable|m
электрическое|electric|m
цифровой|digital|m
цифровая|digital|m
умный|smart|m
умная|smart|m
умные|smart|m
автоматический|automatic|m
автоматическая|automatic|m
автоматические|automatic|m
ручной|manual|m
ручная|manual|m
механический|mechanical|m
механическая|mechanical|m
гидравлический|hydraulic|m
складная|folding|m
складные|folding|m
регулируемый|adjustable|m
регулируемая|adjustable|m
надувная|inflatable|m
надувные|inflatable|m
многоразовый|reusable|m
многоразовые|reusable|m
одноразовый|disposable|m
одноразовая|disposable|m
антипригарный|non-stick|m
с антипригарным покрытием|non-stick|m
пищевой|food-grade|m
пищевая|food-grade|m
компактный|compact|m
мини|mini|m
большой|large|m
большая|large|m
маленький|small|m
маленькая|small|m
профессиональный|professional|m
профессиональная|professional|m
для дома|for home use|m
для кухни|for the kitchen|m
для сада|for the garden|m
для ванной|for the bathroom|m
для авто|for cars|m
для автомобиля|for cars|m
для телефона|for mobile phone|m
для смартфона|for smartphone|m
для ноутбука|for laptop|m
для планшета|for tablet|m
для собак|for dogs|m
для кошек|for cats|m
для новорожденных|for newborns|m
для волос|for hair|m
для лица|for face|m
для тела|for body|m
для посуды|for dishes|m
для стирки|for laundry|m
для рыбалки|for fishing|m
для спорта|for sports|m
для велосипеда|for bicycles|m
для улицы|outdoor|m
уличный|outdoor|m
уличная|outdoor|m
садовый|garden|m
садовая|garden|m
садовые|garden|m
универсальный|universal|m
универсальная|universal|m
оригинальный|original|m
бывший в употреблении|used|m
оптом|wholesale|m
набор|set|m
наборы|sets|m
комплект|set|m
в наборе|in a set|m
в комплекте|included|m
набор из 2|set of 2|m
набор из 3|set of 3|m
набор из 4|set of 4|m
набор из 5|set of 5|m
набор из 6|set of 6|m
комплект из 2|set of 2|m
2 в 1|2-in-1|m
3 в 1|3-in-1|m
подарок|gift|n
подарочный|gift|m
подарочная коробка|gift box|n
декоративный|decorative|m
декоративная|decorative|m
мягкий|soft|m
прозрачный|transparent|m
прозрачная|transparent|m
белый|white|m
белая|white|m
черный|black|m
черная|black|m
красный|red|m
синий|blue|m
зеленый|green|m
серый|grey|m
розовый|pink|m
круглый|round|m
ручная работа|handmade|m
с гравировкой|engraved|m
полированный|polished|m
в вакуумной упаковке|vacuum-packed|m
в банке|canned|m
вареный|boiled|m
жареные|roasted|m
глубокой заморозки|deep-frozen|m
без сахара|sugar-free|m
обезжиренный|fat-free|m
нарезанный|sliced|m
измельченный|chopped|m
тертый|grated|m
жидкий|liquid|m
порошок|powder|n
концентрированный|concentrated|m
чистый|pure|m
`,
};
