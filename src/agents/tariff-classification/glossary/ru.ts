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
`,
};
