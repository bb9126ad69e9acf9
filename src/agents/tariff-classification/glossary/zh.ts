import type { GlossaryLanguage } from 'src/agents/tariff-classification/glossary/glossary-types';

/**
 * Chinese trade words: goods, materials, states and uses, with their English. Simplified and
 * traditional characters are both listed, with Taiwan and Hong Kong wording where it differs.
 */
export const CHINESE: GlossaryLanguage = {
  code: 'zh',
  name: 'Chinese',
  head: 'last',
  unspaced: true,
  skip: '的 和 与 與 及 或 等 之 其 用 于 於 个 個 件 只 隻 条 條 张 張 双 雙 对 對 套 台 辆 輛 枚 支 根 盒装 盒裝 各种 各種 多种 多種 用于 用於 适用 適用 适合 適合 新款 款 批发 批發 厂家 廠家 直销 直銷 公斤 千克 吨 噸 毫米 厘米',
  entries: `
# Chapter 01: live animals
活体|live|m
活體|live|m
牛|bovine animals|n
猪|swine|n
豬|swine|n
羊|sheep|n
鸡|fowls|n
雞|fowls|n
家禽|poultry|n
宠物|pet|m
寵物|pet|m
活猪|live swine|n
活豬|live swine|n
活鸡|live fowls|n
活雞|live fowls|n
鸭|ducks|n
鴨|ducks|n
猫|cats|n
貓|cats|n
狗|dogs|n
活|live|m

# Chapter 02: meat and offal
肉|meat|n
牛肉|beef|n
猪肉|pork|n
豬肉|pork|n
羊肉|mutton|n
鸡肉|chicken meat|n
雞肉|chicken meat|n
鸡胸肉|chicken breast|n
雞胸肉|chicken breast|n
鸡翅|chicken wings|n
雞翅|chicken wings|n
鸡腿|chicken legs|n
雞腿|chicken legs|n
香肠|sausages|n
香腸|sausages|n
去骨|boneless|m
牛排|steaks|n
排骨|ribs|n
五花肉|pork belly|n
羊排|lamb chops|n
鸡爪|chicken feet|n
雞爪|chicken feet|n
肉馅|minced meat|n
肉餡|minced meat|n
火腿|ham|n
培根|bacon|n
腊肠|Chinese sausages|n
臘腸|Chinese sausages|n
牛肉干|beef jerky|n
牛肉乾|beef jerky|n

# Chapter 03: fish, crustaceans, molluscs
鱼|fish|n
魚|fish|n
鱼片|fish fillets|n
魚片|fish fillets|n
三文鱼|salmon|n
三文魚|salmon|n
金枪鱼|tuna|n
金槍魚|tuna|n
鱿鱼|squid|n
魷魚|squid|n
虾|shrimps|n
蝦|shrimps|n
虾仁|peeled shrimps|n
蝦仁|peeled shrimps|n
龙虾|lobsters|n
龍蝦|lobsters|n
蟹|crabs|n
螃蟹|crabs|n
牡蛎|oysters|n
牡蠣|oysters|n
海鲜|seafood|n
海鮮|seafood|n
鲑鱼|salmon|n
鮭魚|salmon|n
鳕鱼|cod|n
鱈魚|cod|n
带鱼|hairtail|n
帶魚|hairtail|n
沙丁鱼|sardines|n
沙丁魚|sardines|n
罗非鱼|tilapia|n
羅非魚|tilapia|n
巴沙鱼|pangasius|n
巴沙魚|pangasius|n
鲈鱼|sea bass|n
鱸魚|sea bass|n
吞拿鱼|tuna|n
吞拿魚|tuna|n
鱼干|dried fish|n
魚乾|dried fish|n
鱼粉|fish meal|n
魚粉|fish meal|n
鱼油|fish oil|n
魚油|fish oil|n
活鱼|live fish|n
活魚|live fish|n
水产品|aquatic products|n
水產品|aquatic products|n
对虾|prawns|n
對蝦|prawns|n
大虾|prawns|n
大蝦|prawns|n
小龙虾|crayfish|n
小龍蝦|crayfish|n
扇贝|scallops|n
扇貝|scallops|n
蚝|oysters|n
蠔|oysters|n
蛤蜊|clams|n
鲍鱼|abalone|n
鮑魚|abalone|n
章鱼|octopus|n
章魚|octopus|n
墨鱼|cuttlefish|n
墨魚|cuttlefish|n

# Chapter 04: dairy, eggs, honey
牛奶|milk|n
奶粉|milk powder|n
酸奶|yoghurt|n
黄油|butter|n
黃油|butter|n
奶酪|cheese|n
蛋|eggs|n
鸡蛋|hen eggs|n
雞蛋|hen eggs|n
蜂蜜|honey|n
鲜奶|fresh milk|n
鮮奶|fresh milk|n
全脂奶粉|whole milk powder|n
脱脂奶粉|skimmed milk powder|n
脫脂奶粉|skimmed milk powder|n
奶油|cream|n
乳酪|cheese|n
芝士|cheese|n
乳清蛋白|whey protein|n
乳制品|dairy produce|n
乳製品|dairy produce|n
鹌鹑蛋|quail eggs|n
鵪鶉蛋|quail eggs|n
燕窝|edible bird's nests|n
燕窩|edible bird's nests|n

# Chapter 05: other animal products
羽绒|down|m
羽絨|down|m
羽毛|feathers|m
鸭绒|duck down|m
鴨絨|duck down|m
鹅绒|goose down|m
鵝絨|goose down|m

# Chapter 06: live plants, flowers
鲜花|cut flowers|n
鮮花|cut flowers|n
花卉|flowers|n
盆栽|potted plants|n
盆景|bonsai|n
绿植|foliage plants|n
綠植|foliage plants|n
植物|plants|n
玫瑰|roses|n

# Chapter 07: vegetables
蔬菜|vegetables|n
土豆|potatoes|n
马铃薯|potatoes|n
馬鈴薯|potatoes|n
番茄|tomatoes|n
洋葱|onions|n
洋蔥|onions|n
大蒜|garlic|n
胡萝卜|carrots|n
胡蘿蔔|carrots|n
辣椒|chillies|n
蘑菇|mushrooms|n
红薯|sweet potatoes|n
紅薯|sweet potatoes|n
木薯|cassava|n
西红柿|tomatoes|n
西紅柿|tomatoes|n
葱|spring onions|n
蔥|spring onions|n
蒜|garlic|n
生姜|ginger|n
生薑|ginger|n
萝卜|radishes|n
蘿蔔|radishes|n
白菜|Chinese cabbage|n
卷心菜|cabbages|n
捲心菜|cabbages|n
西兰花|broccoli|n
西蘭花|broccoli|n
生菜|lettuce|n
菠菜|spinach|n
芹菜|celery|n
黄瓜|cucumbers|n
黃瓜|cucumbers|n
南瓜|pumpkins|n
茄子|aubergines|n
青椒|sweet peppers|n
干辣椒|dried chillies|n
乾辣椒|dried chillies|n
辣椒粉|chilli powder|n
豌豆|peas|n
鹰嘴豆|chickpeas|n
鷹嘴豆|chickpeas|n
竹笋|bamboo shoots|n
竹筍|bamboo shoots|n
香菇|shiitake mushrooms|n
橄榄|olives|n
橄欖|olives|n
脱水蔬菜|dehydrated vegetables|n
脫水蔬菜|dehydrated vegetables|n
冷冻蔬菜|frozen vegetables|n
冷凍蔬菜|frozen vegetables|n

# Chapter 08: fruit and nuts
水果|fruit|n
苹果|apples|n
蘋果|apples|n
香蕉|bananas|n
橙|oranges|n
橙子|oranges|n
柠檬|lemons|n
檸檬|lemons|n
葡萄|grapes|n
西瓜|watermelons|n
芒果|mangoes|n
菠萝|pineapples|n
菠蘿|pineapples|n
凤梨|pineapples|n
鳳梨|pineapples|n
椰子|coconuts|n
草莓|strawberries|n
牛油果|avocados|n
猕猴桃|kiwifruit|n
獼猴桃|kiwifruit|n
坚果|nuts|n
堅果|nuts|n
腰果|cashew nuts|n
杏仁|almonds|n
核桃|walnuts|n
果干|dried fruit|n
果乾|dried fruit|n
梨|pears|n
桃|peaches|n
樱桃|cherries|n
櫻桃|cherries|n
车厘子|cherries|n
車厘子|cherries|n
红枣|red dates|n
紅棗|red dates|n
石榴|pomegranates|n
蓝莓|blueberries|n
藍莓|blueberries|n
枸杞|goji berries|n
葡萄干|raisins|n
葡萄乾|raisins|n
木瓜|papayas|n
荔枝|lychees|n
榴莲|durians|n
榴槤|durians|n
榴蓮|durians|n
火龙果|dragon fruit|n
火龍果|dragon fruit|n
百香果|passion fruit|n
橘子|mandarins|n
柚子|pomelos|n
青柠|limes|n
青檸|limes|n
奇异果|kiwifruit|n
奇異果|kiwifruit|n
开心果|pistachios|n
開心果|pistachios|n
榛子|hazelnuts|n
栗子|chestnuts|n
板栗|chestnuts|n
芒果干|dried mangoes|n
芒果乾|dried mangoes|n

# Chapter 09: coffee, tea, spices
咖啡|coffee|n
咖啡豆|coffee beans|n
速溶咖啡|instant coffee|n
茶|tea|n
茶叶|tea|n
茶葉|tea|n
绿茶|green tea|n
綠茶|green tea|n
红茶|black tea|n
紅茶|black tea|n
胡椒|pepper|n
姜|ginger|n
薑|ginger|n
香料|spices|n
咖啡粉|ground coffee|n
乌龙茶|oolong tea|n
烏龍茶|oolong tea|n
茶包|tea bags|n
抹茶|matcha|n
奶茶|milk tea|n
黑胡椒|black pepper|n
花椒|Sichuan pepper|n
肉桂|cinnamon|n
姜黄|turmeric|n
薑黃|turmeric|n
咖喱|curry|n
咖喱粉|curry powder|n

# Chapter 10: cereals
小麦|wheat|n
小麥|wheat|n
大麦|barley|n
大麥|barley|n
燕麦|oats|n
燕麥|oats|n
玉米|maize|n
大米|rice|n
稻米|rice|n
茉莉香米|jasmine rice|n
糯米|glutinous rice|n
种子|seeds|n
種子|seeds|n
荞麦|buckwheat|n
蕎麥|buckwheat|n
藜麦|quinoa|n
藜麥|quinoa|n
谷物|cereals|n
穀物|cereals|n
糙米|brown rice|n

# Chapter 11: milling products
面粉|wheat flour|n
麵粉|wheat flour|n
粉|powder|m
淀粉|starch|n
澱粉|starch|n
麦芽|malt|n
麥芽|malt|n
玉米粉|maize flour|n
玉米淀粉|maize starch|n
玉米澱粉|maize starch|n
燕麦片|rolled oats|n
燕麥片|rolled oats|n
麦片|cereal flakes|n
麥片|cereal flakes|n

# Chapter 12: oil seeds, herbs, seaweed
大豆|soya beans|n
黄豆|soya beans|n
黃豆|soya beans|n
花生|groundnuts|n
芝麻|sesame seeds|n
葵花籽|sunflower seeds|n
亚麻籽|linseed|n
亞麻籽|linseed|n
奇亚籽|chia seeds|n
奇亞籽|chia seeds|n
人参|ginseng|n
人參|ginseng|n
中药材|medicinal herbs|n
中藥材|medicinal herbs|n
紫菜|laver|n
海苔|laver|n
海藻|seaweeds|n

# Chapter 13: gums and resins
果胶|pectin|n
果膠|pectin|n
琼脂|agar-agar|n
瓊脂|agar-agar|n

# Chapter 15: fats and oils
油|oil|n
植物油|vegetable oil|n
橄榄油|olive oil|n
橄欖油|olive oil|n
棕榈油|palm oil|n
棕櫚油|palm oil|n
精炼|refined|m
精煉|refined|m
大豆油|soya-bean oil|n
花生油|groundnut oil|n
菜籽油|rapeseed oil|n
葵花籽油|sunflower oil|n
芝麻油|sesame oil|n
麻油|sesame oil|n
椰子油|coconut oil|n
特级初榨橄榄油|extra virgin olive oil|n
特級初榨橄欖油|extra virgin olive oil|n
食用油|edible oil|n

# Chapters 16-18: preparations of meat, sugar, cocoa
罐头|canned|m
罐頭|canned|m
糖|sugar|n
砂糖|granulated sugar|n
糖浆|syrup|n
糖漿|syrup|n
糖果|sugar confectionery|n
巧克力|chocolate|n
可可|cocoa|n
可可豆|cocoa beans|n
肉罐头|canned meat|n
肉罐頭|canned meat|n
鱼罐头|canned fish|n
魚罐頭|canned fish|n
汤|soup|n
湯|soup|n
速冻食品|frozen food|n
速凍食品|frozen food|n
白糖|white sugar|n
红糖|brown sugar|n
紅糖|brown sugar|n
葡萄糖|glucose|n
软糖|gummies|n
軟糖|gummies|n
棒棒糖|lollipops|n
口香糖|chewing gum|n
无糖|sugar-free|m
無糖|sugar-free|m
可可粉|cocoa powder|n
黑巧克力|dark chocolate|n

# Chapter 19: cereal preparations, bakery
婴儿奶粉|infant formula|n
嬰兒奶粉|infant formula|n
面条|noodles|n
麵條|noodles|n
方便面|instant noodles|n
方便麵|instant noodles|n
意大利面|pasta|n
義大利麵|pasta|n
面包|bread|n
麵包|bread|n
饼干|biscuits|n
餅乾|biscuits|n
配方奶粉|infant formula|n
婴儿食品|baby food|n
嬰兒食品|baby food|n
拉面|ramen noodles|n
拉麵|ramen noodles|n
粉丝|vermicelli|n
粉絲|vermicelli|n
米粉|rice noodles|n
意面|pasta|n
意麵|pasta|n
饺子|dumplings|n
餃子|dumplings|n
包子|steamed buns|n
粽子|zongzi|n
月饼|mooncakes|n
月餅|mooncakes|n
吐司|toast bread|n
蛋糕|cakes|n
糕点|pastries|n
糕點|pastries|n
曲奇|cookies|n
威化|wafers|n
披萨|pizza|n
披薩|pizza|n
汉堡|hamburgers|n
漢堡|hamburgers|n
爆米花|popcorn|n
果冻|jellies|n
果凍|jellies|n

# Chapters 20-21: vegetable and fruit preparations, sauces
果酱|jam|n
果醬|jam|n
番茄酱|tomato ketchup|n
番茄醬|tomato ketchup|n
果汁|fruit juice|n
薯片|potato crisps|n
酱油|soy sauce|n
醬油|soy sauce|n
酱|sauce|n
醬|sauce|n
调味料|seasonings|n
調味料|seasonings|n
冰淇淋|ice cream|n
豆腐|tofu|n
保健品|food supplements|n
水果罐头|canned fruit|n
水果罐頭|canned fruit|n
泡菜|pickled vegetables|n
韩国泡菜|kimchi|n
韓國泡菜|kimchi|n
橙汁|orange juice|n
苹果汁|apple juice|n
蘋果汁|apple juice|n
椰子水|coconut water|n
浓缩果汁|concentrated fruit juice|n
濃縮果汁|concentrated fruit juice|n
花生酱|peanut butter|n
花生醬|peanut butter|n
薯条|french fries|n
薯條|french fries|n
蚝油|oyster sauce|n
蠔油|oyster sauce|n
辣椒酱|chilli sauce|n
辣椒醬|chilli sauce|n
味噌|miso|n
沙拉酱|salad dressing|n
沙拉醬|salad dressing|n
蛋黄酱|mayonnaise|n
蛋黃醬|mayonnaise|n
味精|monosodium glutamate|n
食盐|table salt|n
食鹽|table salt|n
酵母|yeast|n
蛋白粉|protein powder|n
益生菌|probiotics|n
胶原蛋白|collagen|n
膠原蛋白|collagen|n
雪糕|ice cream|n
豆浆|soya milk|n
豆漿|soya milk|n

# Chapter 22: beverages and spirits
饮料|beverages|n
飲料|beverages|n
矿泉水|mineral water|n
礦泉水|mineral water|n
汽水|soft drinks|n
可乐|cola|n
可樂|cola|n
啤酒|beer|n
葡萄酒|wine|n
红酒|red wine|n
紅酒|red wine|n
酒|alcoholic beverages|n
威士忌|whisky|n
酒精|ethyl alcohol|n
醋|vinegar|n
纯净水|purified water|n
純淨水|purified water|n
气泡水|sparkling water|n
氣泡水|sparkling water|n
碳酸饮料|carbonated drinks|n
碳酸飲料|carbonated drinks|n
功能饮料|energy drinks|n
功能飲料|energy drinks|n
白葡萄酒|white wine|n
白酒|Chinese spirits|n
起泡酒|sparkling wine|n
香槟|champagne|n
香檳|champagne|n
黄酒|yellow rice wine|n
黃酒|yellow rice wine|n
清酒|sake|n
白兰地|brandy|n
白蘭地|brandy|n
伏特加|vodka|n
朗姆酒|rum|n
乙醇|ethanol|n

# Chapters 23-24: animal feed, tobacco
饲料|animal feed|n
飼料|animal feed|n
宠物食品|pet food|n
寵物食品|pet food|n
烟草|tobacco|n
煙草|tobacco|n
香烟|cigarettes|n
香煙|cigarettes|n
香菸|cigarettes|n
雪茄|cigars|n
电子烟|electronic cigarettes|n
電子煙|electronic cigarettes|n
電子菸|electronic cigarettes|n
狗粮|dog food|n
狗糧|dog food|n
猫粮|cat food|n
貓糧|cat food|n
猫砂|cat litter|n
貓砂|cat litter|n
豆粕|soya-bean meal|n
烟叶|tobacco leaves|n
煙葉|tobacco leaves|n
菸葉|tobacco leaves|n
卷烟|cigarettes|n
捲煙|cigarettes|n
捲菸|cigarettes|n
电子烟油|e-liquid|n
電子煙油|e-liquid|n
烟弹|e-cigarette cartridges|n
煙彈|e-cigarette cartridges|n
菸彈|e-cigarette cartridges|n
一次性电子烟|disposable electronic cigarettes|n
一次性電子煙|disposable electronic cigarettes|n

# Chapters 25-27: minerals, cement, fuels
盐|salt|n
鹽|salt|n
砂|sand|n
水泥|cement|n
大理石|marble|m
铁矿石|iron ore|n
鐵礦石|iron ore|n
煤|coal|n
煤炭|coal|n
原油|crude petroleum oil|n
石油|petroleum|n
汽油|petrol|n
柴油|diesel|n
润滑油|lubricating oil|n
潤滑油|lubricating oil|n
天然气|natural gas|n
天然氣|natural gas|n
液化天然气|liquefied natural gas|n
液化天然氣|liquefied natural gas|n
液化石油气|liquefied petroleum gas|n
液化石油氣|liquefied petroleum gas|n
石英砂|quartz sand|n
沙子|sand|n
石膏|gypsum|n
石材|stone|m
石头|stone|m
石頭|stone|m
硫磺|sulphur|n
混凝土|concrete|m
矿石|ores|n
礦石|ores|n
沥青|bitumen|n
瀝青|bitumen|n
煤油|kerosene|n
机油|engine oil|n
機油|engine oil|n
液压油|hydraulic oil|n
液壓油|hydraulic oil|n
防冻液|antifreeze|n
防凍液|antifreeze|n
刹车油|brake fluid|n
剎車油|brake fluid|n
液化气|liquefied petroleum gas|n
液化氣|liquefied petroleum gas|n

# Chapters 28-30: chemicals, pharmaceuticals
化学品|chemicals|n
化學品|chemicals|n
化工|chemical|m
二氧化钛|titanium dioxide|n
二氧化鈦|titanium dioxide|n
维生素|vitamins|n
維生素|vitamins|n
药|medicaments|n
藥|medicaments|n
中药|traditional Chinese medicine|n
中藥|traditional Chinese medicine|n
药片|tablets|n
藥片|tablets|n
胶囊|capsules|n
膠囊|capsules|n
疫苗|vaccines|n
绷带|bandages|n
繃帶|bandages|n
硫酸|sulphuric acid|n
柠檬酸|citric acid|n
檸檬酸|citric acid|n
烧碱|caustic soda|n
燒鹼|caustic soda|n
氢氧化钠|sodium hydroxide|n
氫氧化鈉|sodium hydroxide|n
纯碱|sodium carbonate|n
純鹼|sodium carbonate|n
小苏打|sodium bicarbonate|n
小蘇打|sodium bicarbonate|n
双氧水|hydrogen peroxide|n
雙氧水|hydrogen peroxide|n
氧气|oxygen|n
氧氣|oxygen|n
氮气|nitrogen|n
氮氣|nitrogen|n
二氧化碳|carbon dioxide|n
硅|silicon|n
矽|silicon|n
活性炭|activated carbon|n
钛白粉|titanium dioxide|n
鈦白粉|titanium dioxide|n
丙酮|acetone|n
异丙醇|isopropyl alcohol|n
異丙醇|isopropyl alcohol|n
稀释剂|thinners|n
稀釋劑|thinners|n
维生素c|vitamin C|n
維生素c|vitamin C|n
维他命|vitamins|n
維他命|vitamins|n
香精|flavourings|n
防腐剂|preservatives|n
防腐劑|preservatives|n
食品添加剂|food additives|n
食品添加劑|food additives|n
试剂盒|test kits|n
試劑盒|test kits|n
药品|medicaments|n
藥品|medicaments|n
感冒药|cold medicines|n
感冒藥|cold medicines|n
止痛药|painkillers|n
止痛藥|painkillers|n
抗生素|antibiotics|n
眼药水|eye drops|n
眼藥水|eye drops|n
软膏|ointments|n
軟膏|ointments|n
注射液|injections|n
纱布|gauze|n
紗布|gauze|n
棉签|cotton buds|n
棉簽|cotton buds|n
棉籤|cotton buds|n
创可贴|adhesive plasters|n
創可貼|adhesive plasters|n
消毒液|disinfectants|n
免洗洗手液|hand sanitiser|n

# Chapters 31-34: fertilisers, paints, cosmetics, soap
肥料|fertilisers|n
化肥|chemical fertilisers|n
尿素|urea|n
复合肥|compound fertilisers|n
複合肥|compound fertilisers|n
油漆|paint|n
涂料|paints|n
塗料|paints|n
化妆品|cosmetics|n
化妝品|cosmetics|n
香水|perfume|n
口红|lipstick|n
口紅|lipstick|n
护肤品|skin care preparations|n
護膚品|skin care preparations|n
洗发水|shampoo|n
洗髮水|shampoo|n
牙膏|toothpaste|n
肥皂|soap|n
洗衣粉|washing powder|n
洗衣液|laundry detergent|n
洗涤剂|detergents|n
洗滌劑|detergents|n
蜡烛|candles|n
蠟燭|candles|n
有机肥|organic fertilisers|n
有機肥|organic fertilisers|n
颜料|pigments|n
顏料|pigments|n
染料|dyes|n
墨水|ink|n
墨盒|ink cartridges|n
硒鼓|toner cartridges|n
乳胶漆|emulsion paint|n
乳膠漆|emulsion paint|n
喷漆|spray paint|n
噴漆|spray paint|n
密封胶|sealants|n
密封膠|sealants|n
指甲油|nail varnish|n
精油|essential oils|n
彩妆|make-up|n
彩妝|make-up|n
粉底|foundation|n
粉底液|liquid foundation|n
bb霜|BB cream|n
遮瑕|concealer|n
眼影|eye shadow|n
眼线笔|eyeliner|n
眼線筆|eyeliner|n
睫毛膏|mascara|n
眉笔|eyebrow pencils|n
眉筆|eyebrow pencils|n
唇膏|lipstick|n
洗面奶|facial cleanser|n
爽肤水|toner|n
爽膚水|toner|n
化妆水|toner|n
化妝水|toner|n
精华|serum|n
精華|serum|n
面霜|face cream|n
眼霜|eye cream|n
面膜|beauty masks|n
防晒霜|sunscreen|n
防曬霜|sunscreen|n
护手霜|hand cream|n
護手霜|hand cream|n
沐浴露|shower gel|n
洗发露|shampoo|n
洗髮露|shampoo|n
护发素|hair conditioner|n
護髮素|hair conditioner|n
染发剂|hair dye|n
染髮劑|hair dye|n
发胶|hair spray|n
髮膠|hair spray|n
除臭剂|deodorant|n
除臭劑|deodorant|n
漱口水|mouthwash|n
假睫毛|false eyelashes|n
香皂|toilet soap|n
洗手液|hand wash|n
洗洁精|washing-up liquid|n
洗潔精|washing-up liquid|n
清洁剂|cleaning products|n
清潔劑|cleaning products|n
空气清新剂|air fresheners|n
空氣清新劑|air fresheners|n
香薰蜡烛|scented candles|n
香薰蠟燭|scented candles|n
蚊香|mosquito coils|n

# Chapters 35-38: glues, pesticides, other chemicals
胶水|glue|n
膠水|glue|n
胶带|adhesive tape|n
膠帶|adhesive tape|n
农药|pesticides|n
農藥|pesticides|n
胶|glue|n
膠|glue|n
强力胶|superglue|n
強力膠|superglue|n
双面胶|double-sided tape|n
雙面膠|double-sided tape|n
透明胶带|adhesive tape|n
透明膠帶|adhesive tape|n
杀虫剂|insecticides|n
殺蟲劑|insecticides|n
除草剂|herbicides|n
除草劑|herbicides|n
驱蚊液|insect repellent|n
驅蚊液|insect repellent|n
烟花|fireworks|n
煙花|fireworks|n
火柴|matches|n

# Chapter 39: plastics
塑料|plastic|m
塑胶|plastic|m
塑膠|plastic|m
聚乙烯|polyethylene|m
聚丙烯|polypropylene|m
亚克力|acrylic|m
亞克力|acrylic|m
树脂|resin|m
樹脂|resin|m
硅胶|silicone|m
矽膠|silicone|m
塑料袋|plastic bags|n
塑膠袋|plastic bags|n
薄膜|film|n
一次性|disposable|m
制品|articles|m
製品|articles|m
pvc|PVC|m
泡沫|foam|m
聚氨酯|polyurethane|m
塑料薄膜|plastic film|n
保鲜膜|cling film|n
保鮮膜|cling film|n
气泡膜|bubble wrap|n
氣泡膜|bubble wrap|n
保鲜袋|food bags|n
保鮮袋|food bags|n
垃圾袋|refuse bags|n
购物袋|shopping bags|n
購物袋|shopping bags|n
袋|bags|n
塑料瓶|plastic bottles|n
瓶|bottles|n
盒|boxes|n
收纳箱|storage boxes|n
收納箱|storage boxes|n
收纳盒|storage boxes|n
收納盒|storage boxes|n
保鲜盒|food containers|n
保鮮盒|food containers|n
饭盒|lunch boxes|n
飯盒|lunch boxes|n
一次性餐具|disposable tableware|n
吸管|drinking straws|n
管|tubes|n
水管|water pipes|n
软管|hoses|n
軟管|hoses|n
板|boards|n
盆|basins|n
水桶|buckets|n
桶|buckets|n
浴缸|baths|n
晾衣架|clothes drying racks|n
塑料制品|articles of plastics|n
塑料製品|articles of plastics|n

# Chapter 40: rubber
橡胶|rubber|m
橡膠|rubber|m
乳胶|latex|m
乳膠|latex|m
轮胎|tyres|n
輪胎|tyres|n
内胎|inner tubes|n
內胎|inner tubes|n
手套|gloves|n
丁腈手套|nitrile gloves|n
乳胶手套|latex gloves|n
乳膠手套|latex gloves|n
橡胶手套|rubber gloves|n
橡膠手套|rubber gloves|n
一次性手套|disposable gloves|n
密封圈|seals|n
输送带|conveyor belts|n
輸送帶|conveyor belts|n
汽车轮胎|car tyres|n
汽車輪胎|car tyres|n
橡皮擦|erasers|n
安全套|condoms|n
奶嘴|teats|n
热水袋|hot-water bottles|n
熱水袋|hot-water bottles|n
海绵|sponge|m
海綿|sponge|m

# Chapters 41-43: leather, bags, fur
皮革|leather|m
真皮|genuine leather|m
人造革|artificial leather|m
仿皮|imitation leather|m
包|bags|n
箱包|luggage|n
手提包|handbags|n
手袋|handbags|n
背包|backpacks|n
双肩包|backpacks|n
雙肩包|backpacks|n
钱包|wallets|n
錢包|wallets|n
行李箱|suitcases|n
化妆包|cosmetic bags|n
化妝包|cosmetic bags|n
手机壳|mobile phone cases|n
手機殼|mobile phone cases|n
皮带|belts|n
皮帶|belts|n
牛皮|cowhide|m
pu皮|PU leather|m
麂皮|suede|m
皮草|fur|m
皮衣|leather garments|n
挎包|shoulder bags|n
斜挎包|crossbody bags|n
单肩包|shoulder bags|n
單肩包|shoulder bags|n
帆布包|canvas bags|n
书包|school bags|n
書包|school bags|n
公文包|briefcases|n
旅行包|travelling bags|n
旅行箱|suitcases|n
卡包|card holders|n
工具箱|toolboxes|n
保护壳|protective cases|n
保護殼|protective cases|n
狗绳|dog leashes|n
狗繩|dog leashes|n
项圈|collars|n
項圈|collars|n

# Chapter 44: wood and bamboo
木|wood|m
木材|wood|m
木制|wooden|m
木製|wooden|m
实木|solid wood|m
實木|solid wood|m
胶合板|plywood|n
膠合板|plywood|n
竹|bamboo|m
竹制|bamboo|m
竹製|bamboo|m
筷子|chopsticks|n
衣架|clothes hangers|n
木板|wooden boards|n
原木|logs|n
刨花板|particle board|n
密度板|fibreboard|n
实木地板|solid wood flooring|n
實木地板|solid wood flooring|n
木地板|wooden flooring|n
地板|flooring|n
托盘|pallets|n
托盤|pallets|n
木箱|wooden cases|n
砧板|chopping boards|n
牙签|toothpicks|n
牙籤|toothpicks|n
一次性筷子|disposable chopsticks|n
木炭|charcoal|n
相框|photo frames|n
胡桃木|walnut wood|m
藤|rattan|m
篮子|baskets|n
籃子|baskets|n

# Chapters 47-49: paper and printed matter
纸|paper|m
紙|paper|m
纸板|paperboard|m
紙板|paperboard|m
纸箱|cartons|n
紙箱|cartons|n
卫生纸|toilet paper|n
衛生紙|toilet paper|n
纸巾|tissues|n
紙巾|tissues|n
纸袋|paper bags|n
紙袋|paper bags|n
纸杯|paper cups|n
紙杯|paper cups|n
标签|labels|n
標籤|labels|n
笔记本|notebooks|n
筆記本|notebooks|n
书|books|n
書|books|n
书籍|books|n
書籍|books|n
纸浆|pulp|n
紙漿|pulp|n
废纸|waste paper|n
廢紙|waste paper|n
牛皮纸|kraft paper|n
牛皮紙|kraft paper|n
瓦楞纸箱|corrugated cartons|n
瓦楞紙箱|corrugated cartons|n
复印纸|copy paper|n
複印紙|copy paper|n
a4纸|A4 paper|n
a4紙|A4 paper|n
便利贴|sticky notes|n
便利貼|sticky notes|n
壁纸|wallpaper|n
壁紙|wallpaper|n
礼盒|gift boxes|n
禮盒|gift boxes|n
餐巾纸|paper napkins|n
餐巾紙|paper napkins|n
抽纸|facial tissues|n
抽紙|facial tissues|n
卷纸|toilet rolls|n
捲紙|toilet rolls|n
湿巾|wet wipes|n
濕巾|wet wipes|n
尿不湿|napkins for babies|n
尿不濕|napkins for babies|n
成人纸尿裤|adult diapers|n
成人紙尿褲|adult diapers|n
日历|calendars|n
日曆|calendars|n
本子|notebooks|n
文件夹|folders|n
文件夾|folders|n
印刷品|printed matter|n
印刷|printed|m
锡纸|aluminium foil|n
錫紙|aluminium foil|n
砂纸|sandpaper|n
砂紙|sandpaper|n

# Chapters 50-60: textile materials and fabrics
纺织品|textiles|n
紡織品|textiles|n
面料|fabric|n
布料|fabric|n
布|fabric|n
纱线|yarn|n
紗線|yarn|n
真丝|silk|m
真絲|silk|m
丝绸|silk|m
絲綢|silk|m
羊毛|wool|m
羊绒|cashmere|m
羊絨|cashmere|m
棉|cotton|m
纯棉|cotton|m
純棉|cotton|m
棉花|raw cotton|n
亚麻|linen|m
亞麻|linen|m
涤纶|polyester|m
滌綸|polyester|m
聚酯纤维|polyester|m
聚酯纖維|polyester|m
锦纶|nylon|m
錦綸|nylon|m
尼龙|nylon|m
尼龍|nylon|m
氨纶|elastane|m
氨綸|elastane|m
粘胶|viscose|m
黏膠|viscose|m
无纺布|nonwovens|n
不織布|nonwovens|n
针织|knitted|m
針織|knitted|m
梭织|woven|m
梭織|woven|m
编织|woven|m
編織|woven|m
印花|printed|m
牛仔布|denim|m
牛仔|denim|m
地毯|carpets|n
帐篷|tents|n
帳篷|tents|n
蚕丝|silk|m
蠶絲|silk|m
棉纱|cotton yarn|n
棉紗|cotton yarn|n
缝纫线|sewing thread|n
縫紉線|sewing thread|n
毛线|knitting yarn|n
毛線|knitting yarn|n
莫代尔|modal|m
天丝|lyocell|m
天絲|lyocell|m
莱卡|elastane|m
萊卡|elastane|m
弹力|stretch|m
彈力|stretch|m
麻|hemp|m
棉麻|cotton and linen|m
涤棉|polyester-cotton|m
滌棉|polyester-cotton|m
全棉|cotton|m
雪纺|chiffon|m
雪紡|chiffon|m
天鹅绒|velvet|m
天鵝絨|velvet|m
摇粒绒|polar fleece|m
搖粒絨|polar fleece|m
牛津布|Oxford fabric|m
帆布|canvas|m
蕾丝|lace|m
蕾絲|lace|m
针织面料|knitted fabric|n
針織面料|knitted fabric|n
篷布|tarpaulins|n
刺绣|embroidered|m
刺繡|embroidered|m
条纹|striped|m
條紋|striped|m
格子|checked|m
迷彩|camouflage|m
绳子|ropes|n
繩子|ropes|n
魔术贴|hook and loop fasteners|n
魔術貼|hook and loop fasteners|n
蚊帐|mosquito nets|n
蚊帳|mosquito nets|n
脚垫|floor mats|n
腳墊|floor mats|n
抹布|cleaning cloths|n

# Chapters 61-63: apparel and made-up textiles
服装|clothing|n
服裝|clothing|n
衣服|clothing|n
男装|men's|m
男裝|men's|m
女装|women's|m
女裝|women's|m
童装|children's|m
童裝|children's|m
t恤|T-shirts|n
短袖|short-sleeved|m
长袖|long-sleeved|m
長袖|long-sleeved|m
衬衫|shirts|n
襯衫|shirts|n
polo衫|polo shirts|n
卫衣|sweatshirts|n
衛衣|sweatshirts|n
连帽衫|hooded sweatshirts|n
連帽衫|hooded sweatshirts|n
毛衣|sweaters|n
外套|jackets|n
夹克|jackets|n
夾克|jackets|n
大衣|overcoats|n
羽绒服|down jackets|n
羽絨服|down jackets|n
西装|suits|n
西裝|suits|n
裤子|trousers|n
褲子|trousers|n
短裤|shorts|n
短褲|shorts|n
牛仔裤|jeans|n
牛仔褲|jeans|n
裙子|skirts|n
连衣裙|dresses|n
連衣裙|dresses|n
洋装|dresses|n
洋裝|dresses|n
睡衣|pyjamas|n
内衣|underwear|n
內衣|underwear|n
内裤|underpants|n
內褲|underpants|n
文胸|brassieres|n
胸罩|brassieres|n
袜子|socks|n
襪子|socks|n
连裤袜|tights|n
連褲襪|tights|n
泳衣|swimwear|n
运动服|sportswear|n
運動服|sportswear|n
围巾|scarves|n
圍巾|scarves|n
床上用品|bed linen|n
床单|bed sheets|n
床單|bed sheets|n
毛巾|towels|n
窗帘|curtains|n
窗簾|curtains|n
毯子|blankets|n
被子|quilts|n
口罩|face masks|n
衣|garments|n
上衣|tops|n
背心|vests|n
吊带|camisoles|n
吊帶|camisoles|n
马甲|waistcoats|n
馬甲|waistcoats|n
半袖|short-sleeved|m
圆领|crew-neck|m
圓領|crew-neck|m
v领|V-neck|m
v領|V-neck|m
高领|high-neck|m
高領|high-neck|m
连帽|hooded|m
連帽|hooded|m
衬衣|shirts|n
襯衣|shirts|n
女衬衫|blouses|n
女襯衫|blouses|n
针织衫|knitted tops|n
針織衫|knitted tops|n
开衫|cardigans|n
開衫|cardigans|n
羊毛衫|wool sweaters|n
羊绒衫|cashmere sweaters|n
羊絨衫|cashmere sweaters|n
冲锋衣|outdoor jackets|n
衝鋒衣|outdoor jackets|n
棉衣|padded jackets|n
棉服|padded jackets|n
羽绒背心|down vests|n
羽絨背心|down vests|n
西服|suits|n
西装外套|blazers|n
西裝外套|blazers|n
西裤|suit trousers|n
西褲|suit trousers|n
套装|sets|n
套裝|sets|n
休闲裤|casual trousers|n
休閒褲|casual trousers|n
长裤|trousers|n
長褲|trousers|n
裤|trousers|n
褲|trousers|n
运动裤|track pants|n
運動褲|track pants|n
打底裤|leggings|n
打底褲|leggings|n
瑜伽裤|yoga pants|n
瑜伽褲|yoga pants|n
连体衣|jumpsuits|n
連體衣|jumpsuits|n
半身裙|skirts|n
短裙|short skirts|n
长裙|long skirts|n
長裙|long skirts|n
裙|skirts|n
旗袍|cheongsam|n
婚纱|wedding dresses|n
婚紗|wedding dresses|n
睡袍|dressing gowns|n
浴袍|bathrobes|n
家居服|loungewear|n
保暖内衣|thermal underwear|n
保暖內衣|thermal underwear|n
三角裤|briefs|n
三角褲|briefs|n
平角裤|boxer shorts|n
平角褲|boxer shorts|n
运动内衣|sports bras|n
運動內衣|sports bras|n
袜|socks|n
襪|socks|n
丝袜|stockings|n
絲襪|stockings|n
比基尼|bikinis|n
泳裤|swimming trunks|n
泳褲|swimming trunks|n
潜水服|wetsuits|n
潛水服|wetsuits|n
校服|school uniforms|n
工作服|workwear|n
防护服|protective clothing|n
防護服|protective clothing|n
围裙|aprons|n
圍裙|aprons|n
领带|ties|n
領帶|ties|n
丝巾|silk scarves|n
絲巾|silk scarves|n
披肩|shawls|n
加厚|thick|m
婴儿服装|babies' garments|n
嬰兒服裝|babies' garments|n
儿童服装|children's clothing|n
兒童服裝|children's clothing|n
孕妇|maternity|m
孕婦|maternity|m
旧衣服|worn clothing|n
舊衣服|worn clothing|n
四件套|bedding sets|n
被套|duvet covers|n
枕套|pillowcases|n
床笠|fitted sheets|n
羽绒被|down quilts|n
羽絨被|down quilts|n
棉被|quilts|n
毛毯|blankets|n
浴巾|bath towels|n
桌布|tablecloths|n
浴帘|shower curtains|n
浴簾|shower curtains|n
靠垫|cushions|n
靠墊|cushions|n
抱枕|cushions|n
坐垫|seat cushions|n
坐墊|seat cushions|n
沙发套|sofa covers|n
沙發套|sofa covers|n
睡袋|sleeping bags|n
医用口罩|medical face masks|n
醫用口罩|medical face masks|n
一次性口罩|disposable face masks|n
眼罩|eye masks|n
婴儿床单|babies' bed sheets|n
嬰兒床單|babies' bed sheets|n
婴儿床上用品|babies' bed linen|n
嬰兒床上用品|babies' bed linen|n
儿童床上用品|children's bed linen|n
兒童床上用品|children's bed linen|n

# Chapters 64-67: footwear, headgear, umbrellas, wigs
鞋|footwear|n
鞋子|shoes|n
运动鞋|sports shoes|n
運動鞋|sports shoes|n
皮鞋|leather shoes|n
高跟鞋|high-heeled shoes|n
靴子|boots|n
凉鞋|sandals|n
涼鞋|sandals|n
拖鞋|slippers|n
帽子|hats|n
头盔|helmets|n
頭盔|helmets|n
伞|umbrellas|n
傘|umbrellas|n
雨伞|umbrellas|n
雨傘|umbrellas|n
假发|wigs|n
假髮|wigs|n
跑鞋|running shoes|n
篮球鞋|basketball shoes|n
籃球鞋|basketball shoes|n
足球鞋|football boots|n
板鞋|skate shoes|n
帆布鞋|canvas shoes|n
休闲鞋|casual shoes|n
休閒鞋|casual shoes|n
登山鞋|hiking boots|n
雨鞋|rain boots|n
雨靴|rain boots|n
安全鞋|safety shoes|n
雪地靴|snow boots|n
马丁靴|Martin boots|n
馬丁靴|Martin boots|n
靴|boots|n
人字拖|flip-flops|n
童鞋|children's shoes|n
女鞋|women's shoes|n
男鞋|men's shoes|n
球鞋|sports shoes|n
鞋垫|insoles|n
鞋墊|insoles|n
鞋底|soles|n
鞋带|laces|n
鞋帶|laces|n
帽|hats|n
棒球帽|baseball caps|n
鸭舌帽|caps|n
鴨舌帽|caps|n
遮阳帽|sun hats|n
遮陽帽|sun hats|n
安全帽|safety helmets|n
摩托车头盔|motorcycle helmets|n
摩托車頭盔|motorcycle helmets|n
遮阳伞|sunshades|n
遮陽傘|sunshades|n
折叠伞|folding umbrellas|n
摺疊傘|folding umbrellas|n
折疊傘|folding umbrellas|n
假花|artificial flowers|n
仿真花|artificial flowers|n
扇子|hand fans|n
羽毛球鞋|badminton shoes|n

# Chapters 68-70: stone, ceramics, glass
瓷砖|ceramic tiles|n
瓷磚|ceramic tiles|n
砖|bricks|n
磚|bricks|n
陶瓷|ceramic|m
瓷器|porcelain|m
马桶|toilets|n
馬桶|toilets|n
餐具|tableware|n
碗|bowls|n
盘子|plates|n
盤子|plates|n
杯子|cups|n
玻璃|glass|m
钢化玻璃|tempered glass|m
鋼化玻璃|tempered glass|m
瓶子|bottles|n
镜子|mirrors|n
鏡子|mirrors|n
台面|worktops|n
檯面|worktops|n
砂轮|grinding wheels|n
砂輪|grinding wheels|n
石膏板|plasterboard|n
保温材料|insulating materials|n
保溫材料|insulating materials|n
红砖|bricks|n
紅磚|bricks|n
瓦片|roofing tiles|n
地砖|floor tiles|n
地磚|floor tiles|n
墙砖|wall tiles|n
牆磚|wall tiles|n
马赛克|mosaic tiles|n
馬賽克|mosaic tiles|n
卫浴|sanitary ware|n
衛浴|sanitary ware|n
坐便器|lavatory pans|n
洗手盆|washbasins|n
洗脸盆|washbasins|n
洗臉盆|washbasins|n
水槽|sinks|n
陶瓷餐具|ceramic tableware|n
茶壶|teapots|n
茶壺|teapots|n
茶杯|teacups|n
茶具|tea sets|n
咖啡杯|coffee cups|n
马克杯|mugs|n
馬克杯|mugs|n
水杯|cups|n
杯|cups|n
盘|plates|n
盤|plates|n
餐盘|plates|n
餐盤|plates|n
花瓶|vases|n
花盆|flower pots|n
摆件|ornaments|n
擺件|ornaments|n
工艺品|handicrafts|n
工藝品|handicrafts|n
玻璃杯|drinking glasses|n
酒杯|wine glasses|n
玻璃瓶|glass bottles|n
玻璃罐|glass jars|n
密封罐|storage jars|n
奶瓶|feeding bottles|n
玻璃纤维|glass fibres|m
玻璃纖維|glass fibres|m
化妆镜|make-up mirrors|n
化妝鏡|make-up mirrors|n
后视镜|rear-view mirrors|n
後視鏡|rear-view mirrors|n
水晶|crystal|m

# Chapter 71: jewellery and precious metals
珠宝|jewellery|n
珠寶|jewellery|n
首饰|jewellery|n
首飾|jewellery|n
饰品|jewellery|n
飾品|jewellery|n
项链|necklaces|n
項鍊|necklaces|n
項鏈|necklaces|n
手链|bracelets|n
手鍊|bracelets|n
手镯|bangles|n
手鐲|bangles|n
戒指|rings|n
耳环|earrings|n
耳環|earrings|n
黄金|gold|m
黃金|gold|m
金|gold|m
银|silver|m
銀|silver|m
铂金|platinum|m
鉑金|platinum|m
钻石|diamonds|n
鑽石|diamonds|n
玉|jade|m
珍珠|pearls|n
k金|karat gold|m
金条|gold bars|n
金條|gold bars|n
纯银|sterling silver|m
純銀|sterling silver|m
银饰|silver jewellery|n
銀飾|silver jewellery|n
镀金|gold-plated|m
鍍金|gold-plated|m
钻戒|diamond rings|n
鑽戒|diamond rings|n
婚戒|wedding rings|n
吊坠|pendants|n
吊墜|pendants|n
耳钉|stud earrings|n
耳釘|stud earrings|n
发夹|hair clips|n
髮夾|hair clips|n
手环|bracelets|n
手環|bracelets|n
仿真首饰|imitation jewellery|n
仿真首飾|imitation jewellery|n
宝石|precious stones|n
寶石|precious stones|n
翡翠|jadeite|m
玉石|jade|m
琥珀|amber|m
淡水珍珠|freshwater pearls|n

# Chapters 72-73: iron and steel
钢|steel|m
鋼|steel|m
铁|iron|m
鐵|iron|m
钢铁|iron and steel|m
鋼鐵|iron and steel|m
不锈钢|stainless steel|m
不鏽鋼|stainless steel|m
不銹鋼|stainless steel|m
合金|alloy|m
钢板|steel plates|n
鋼板|steel plates|n
钢卷|steel coils|n
鋼捲|steel coils|n
热轧|hot-rolled|m
熱軋|hot-rolled|m
冷轧|cold-rolled|m
冷軋|cold-rolled|m
镀锌|galvanised|m
鍍鋅|galvanised|m
钢筋|reinforcing bars|n
鋼筋|reinforcing bars|n
钢管|steel pipes|n
鋼管|steel pipes|n
无缝|seamless|m
無縫|seamless|m
焊接|welded|m
钢丝|steel wire|n
鋼絲|steel wire|n
铁丝|iron wire|n
鐵絲|iron wire|n
螺丝|screws|n
螺絲|screws|n
螺钉|screws|n
螺釘|screws|n
螺栓|bolts|n
螺母|nuts|n
钉子|nails|n
釘子|nails|n
弹簧|springs|n
彈簧|springs|n
链条|chains|n
鏈條|chains|n
紧固件|fasteners|n
緊固件|fasteners|n
锅|pots|n
鍋|pots|n
平底锅|frying pans|n
平底鍋|frying pans|n
五金|hardware|n
304不锈钢|304 stainless steel|m
304不鏽鋼|304 stainless steel|m
304不銹鋼|304 stainless steel|m
不锈钢板|stainless steel sheets|n
不鏽鋼板|stainless steel sheets|n
不銹鋼板|stainless steel sheets|n
不锈钢管|stainless steel tubes|n
不鏽鋼管|stainless steel tubes|n
不銹鋼管|stainless steel tubes|n
热轧卷|hot-rolled coils|n
熱軋捲|hot-rolled coils|n
镀锌板|galvanised sheets|n
鍍鋅板|galvanised sheets|n
镀锌管|galvanised pipes|n
鍍鋅管|galvanised pipes|n
螺纹钢|rebar|n
螺紋鋼|rebar|n
角钢|angles|n
角鋼|angles|n
槽钢|channels|n
槽鋼|channels|n
工字钢|I-beams|n
工字鋼|I-beams|n
无缝钢管|seamless steel pipes|n
無縫鋼管|seamless steel pipes|n
焊管|welded pipes|n
方管|square tubes|n
管件|pipe fittings|n
法兰|flanges|n
法蘭|flanges|n
钢丝网|wire mesh|n
鋼絲網|wire mesh|n
铁丝网|wire netting|n
鐵絲網|wire netting|n
脚手架|scaffolding|n
腳手架|scaffolding|n
气瓶|gas cylinders|n
氣瓶|gas cylinders|n
钢丝绳|wire ropes|n
鋼絲繩|wire ropes|n
自攻螺丝|self-tapping screws|n
自攻螺絲|self-tapping screws|n
膨胀螺丝|expansion bolts|n
膨脹螺絲|expansion bolts|n
铆钉|rivets|n
鉚釘|rivets|n
垫片|washers|n
墊片|washers|n
挂钩|hooks|n
掛鉤|hooks|n
针|needles|n
針|needles|n
锅具|cookware|n
鍋具|cookware|n
炒锅|woks|n
炒鍋|woks|n
汤锅|stockpots|n
湯鍋|stockpots|n
蒸锅|steamers|n
蒸鍋|steamers|n
高压锅|pressure cookers|n
高壓鍋|pressure cookers|n
压力锅|pressure cookers|n
壓力鍋|pressure cookers|n
不粘锅|non-stick pans|n
不粘鍋|non-stick pans|n
不沾鍋|non-stick pans|n
煎锅|frying pans|n
煎鍋|frying pans|n
烧烤架|barbecue grills|n
燒烤架|barbecue grills|n
水壶|kettles|n
水壺|kettles|n
烧水壶|kettles|n
燒水壺|kettles|n
保温瓶|vacuum flasks|n
保溫瓶|vacuum flasks|n
刀叉|cutlery|n
勺子|spoons|n
勺|spoons|n
叉子|forks|n
打蛋器|whisks|n
削皮器|peelers|n
开瓶器|bottle openers|n
開瓶器|bottle openers|n
厨房用品|kitchenware|n
廚房用品|kitchenware|n
烤盘|baking trays|n
烤盤|baking trays|n
置物架|storage racks|n
货架|shelving|n
貨架|shelving|n
架|racks|n
垃圾桶|waste bins|n
保险柜|safes|n
保險櫃|safes|n
门把手|door handles|n
門把手|door handles|n
铰链|hinges|n
鉸鏈|hinges|n
合页|hinges|n
合頁|hinges|n
滑轨|slides|n
滑軌|slides|n
拉手|handles|n
把手|handles|n

# Chapters 74-81: copper, aluminium, other base metals
铜|copper|m
銅|copper|m
黄铜|brass|m
黃銅|brass|m
铝|aluminium|m
鋁|aluminium|m
铝合金|aluminium alloy|m
鋁合金|aluminium alloy|m
铝箔|aluminium foil|n
鋁箔|aluminium foil|n
锌|zinc|m
鋅|zinc|m
锡|tin|m
錫|tin|m
钛|titanium|m
鈦|titanium|m
金属|metal|m
金屬|metal|m
铜线|copper wire|n
銅線|copper wire|n
铜管|copper tubes|n
銅管|copper tubes|n
铝板|aluminium sheets|n
鋁板|aluminium sheets|n
铝型材|aluminium profiles|n
鋁型材|aluminium profiles|n
易拉罐|beverage cans|n
焊丝|welding wire|n
焊絲|welding wire|n
电镀|electroplated|m
電鍍|electroplated|m

# Chapters 82-83: tools, cutlery, locks
工具|tools|n
螺丝刀|screwdrivers|n
螺絲刀|screwdrivers|n
钳子|pliers|n
鉗子|pliers|n
锤子|hammers|n
錘子|hammers|n
刀|knives|n
刀具|knives|n
剪刀|scissors|n
剃须刀|razors|n
剃鬚刀|razors|n
锁|locks|n
鎖|locks|n
手动工具|hand tools|n
手動工具|hand tools|n
工具套装|tool sets|n
工具套裝|tool sets|n
扳手|spanners|n
活动扳手|adjustable spanners|n
活動扳手|adjustable spanners|n
六角扳手|hex keys|n
老虎钳|pliers|n
老虎鉗|pliers|n
尖嘴钳|long-nose pliers|n
尖嘴鉗|long-nose pliers|n
钳|pliers|n
鉗|pliers|n
锤|hammers|n
錘|hammers|n
锯子|saws|n
鋸子|saws|n
锯|saws|n
鋸|saws|n
美工刀|utility knives|n
刀片|blades|n
水果刀|fruit knives|n
菜刀|kitchen knives|n
指甲刀|nail clippers|n
园艺剪|secateurs|n
園藝剪|secateurs|n
钻头|drill bits|n
鑽頭|drill bits|n
斧头|axes|n
斧頭|axes|n
千斤顶|jacks|n
千斤頂|jacks|n
夹具|clamps|n
夾具|clamps|n
胶枪|glue guns|n
膠槍|glue guns|n
喷枪|spray guns|n
噴槍|spray guns|n
焊枪|welding torches|n
焊槍|welding torches|n
电烙铁|soldering irons|n
電烙鐵|soldering irons|n
挂锁|padlocks|n
掛鎖|padlocks|n
指纹锁|fingerprint locks|n
指紋鎖|fingerprint locks|n
密码锁|combination locks|n
密碼鎖|combination locks|n
智能锁|smart locks|n
智能鎖|smart locks|n
钥匙|keys|n
鑰匙|keys|n
钥匙扣|key rings|n
鑰匙扣|key rings|n

# Chapter 84: machinery
机器|machines|n
機器|machines|n
机械|machinery|n
機械|machinery|n
设备|equipment|n
設備|equipment|n
发动机|engines|n
發動機|engines|n
泵|pumps|n
压缩机|compressors|n
壓縮機|compressors|n
风扇|fans|n
風扇|fans|n
空调|air conditioners|n
空調|air conditioners|n
冷气|air conditioners|n
冷氣|air conditioners|n
冰箱|refrigerators|n
冷柜|freezers|n
冷櫃|freezers|n
叉车|forklift trucks|n
叉車|forklift trucks|n
挖掘机|excavators|n
挖掘機|excavators|n
打印机|printers|n
打印機|printers|n
印表機|printers|n
洗衣机|washing machines|n
洗衣機|washing machines|n
数控|CNC|m
數控|CNC|m
激光|laser|m
雷射|laser|m
电脑|computers|n
電腦|computers|n
笔记本电脑|laptops|n
筆記本電腦|laptops|n
筆記型電腦|laptops|n
平板电脑|tablet computers|n
平板電腦|tablet computers|n
服务器|servers|n
伺服器|servers|n
显示器|monitors|n
顯示器|monitors|n
键盘|keyboards|n
鍵盤|keyboards|n
鼠标|computer mice|n
滑鼠|computer mice|n
硬盘|hard disk drives|n
硬碟|hard disk drives|n
阀门|valves|n
閥門|valves|n
水龙头|taps|n
水龍頭|taps|n
轴承|bearings|n
軸承|bearings|n
机|machines|n
機|machines|n
器|apparatus|n
热水器|water heaters|n
熱水器|water heaters|n
电热水器|electric water heaters|n
電熱水器|electric water heaters|n
水泵|water pumps|n
空压机|air compressors|n
空壓機|air compressors|n
鼓风机|blowers|n
鼓風機|blowers|n
排气扇|exhaust fans|n
排氣扇|exhaust fans|n
吊扇|ceiling fans|n
落地扇|floor fans|n
电风扇|electric fans|n
電風扇|electric fans|n
散热器|radiators|n
散熱器|radiators|n
中央空调|central air conditioners|n
中央空調|central air conditioners|n
移动空调|portable air conditioners|n
移動空調|portable air conditioners|n
热泵|heat pumps|n
熱泵|heat pumps|n
除湿机|dehumidifiers|n
除濕機|dehumidifiers|n
加湿器|humidifiers|n
加濕器|humidifiers|n
冰柜|freezers|n
冰櫃|freezers|n
饮水机|water dispensers|n
飲水機|water dispensers|n
净水器|water purifiers|n
淨水器|water purifiers|n
过滤器|filters|n
過濾器|filters|n
机油滤清器|oil filters|n
機油濾清器|oil filters|n
空气滤清器|air filters|n
空氣濾清器|air filters|n
空气净化器|air purifiers|n
空氣淨化器|air purifiers|n
油烟机|cooker hoods|n
油煙機|cooker hoods|n
洗碗机|dishwashers|n
洗碗機|dishwashers|n
烘干机|tumble dryers|n
烘乾機|tumble dryers|n
缝纫机|sewing machines|n
縫紉機|sewing machines|n
3d打印机|3D printers|n
3d打印機|3D printers|n
标签打印机|label printers|n
標籤打印機|label printers|n
复印机|photocopiers|n
複印機|photocopiers|n
扫描仪|scanners|n
掃描儀|scanners|n
pos机|POS terminals|n
pos機|POS terminals|n
自动售货机|vending machines|n
自動售貨機|vending machines|n
计算器|calculators|n
計算器|calculators|n
台式电脑|desktop computers|n
台式電腦|desktop computers|n
平板|tablet computers|n
固态硬盘|solid-state drives|n
固態硬盤|solid-state drives|n
固態硬碟|solid-state drives|n
移动硬盘|external hard drives|n
移動硬盤|external hard drives|n
机械硬盘|hard disk drives|n
機械硬盤|hard disk drives|n
硬盤|hard disk drives|n
u盘|USB flash drives|n
u盤|USB flash drives|n
内存卡|memory cards|n
內存卡|memory cards|n
记忆卡|memory cards|n
記憶卡|memory cards|n
tf卡|memory cards|n
sd卡|memory cards|n
内存条|memory modules|n
內存條|memory modules|n
显卡|graphics cards|n
顯卡|graphics cards|n
主板|motherboards|n
处理器|processors|n
處理器|processors|n
机箱|computer cases|n
機箱|computer cases|n
扩展坞|docking stations|n
擴展塢|docking stations|n
鼠标垫|mouse pads|n
鼠標墊|mouse pads|n
机械键盘|mechanical keyboards|n
游戏手柄|gamepads|n
遊戲手柄|gamepads|n
屏幕|screens|n
交换机|network switches|n
交換機|network switches|n
路由器|routers|n
机床|machine tools|n
機床|machine tools|n
激光切割机|laser cutting machines|n
激光切割機|laser cutting machines|n
电焊机|welding machines|n
電焊機|welding machines|n
注塑机|injection moulding machines|n
注塑機|injection moulding machines|n
包装机|packing machines|n
包裝機|packing machines|n
搅拌机|mixers|n
攪拌機|mixers|n
粉碎机|crushers|n
粉碎機|crushers|n
拖拉机|tractors|n
拖拉機|tractors|n
割草机|lawn mowers|n
割草機|lawn mowers|n
喷雾器|sprayers|n
噴霧器|sprayers|n
装载机|loaders|n
裝載機|loaders|n
推土机|bulldozers|n
推土機|bulldozers|n
挖机|excavators|n
挖機|excavators|n
起重机|cranes|n
起重機|cranes|n
电梯|lifts|n
電梯|lifts|n
手推车|hand trucks|n
手推車|hand trucks|n
工业机器人|industrial robots|n
工業機器人|industrial robots|n
机器人|robots|n
機器人|robots|n
咖啡机|coffee machines|n
咖啡機|coffee machines|n
豆浆机|soya milk makers|n
豆漿機|soya milk makers|n
榨汁机|juicers|n
榨汁機|juicers|n
破壁机|high-speed blenders|n
破壁機|high-speed blenders|n
面包机|bread makers|n
麵包機|bread makers|n
燃气灶|gas cookers|n
燃氣灶|gas cookers|n
烤箱|ovens|n
消毒柜|sterilising cabinets|n
消毒櫃|sterilising cabinets|n
模具|moulds|n
阀|valves|n
閥|valves|n
球阀|ball valves|n
球閥|ball valves|n
龙头|taps|n
龍頭|taps|n
花洒|shower heads|n
花灑|shower heads|n
齿轮|gears|n
齒輪|gears|n
变速箱|gearboxes|n
變速箱|gearboxes|n
离合器|clutches|n
離合器|clutches|n
液压|hydraulic|m
液壓|hydraulic|m
气动|pneumatic|m
氣動|pneumatic|m
活塞|pistons|n
电子秤|electronic scales|n
電子秤|electronic scales|n
秤|scales|n
体重秤|bathroom scales|n
體重秤|bathroom scales|n
灭火器|fire extinguishers|n
滅火器|fire extinguishers|n
高压清洗机|pressure washers|n
高壓清洗機|pressure washers|n
家用电器|household appliances|n
家用電器|household appliances|n
小家电|small household appliances|n
小家電|small household appliances|n

# Chapter 85: electrical machinery and electronics
电动|electric|m
電動|electric|m
电器|electrical appliances|n
電器|electrical appliances|n
家电|household appliances|n
家電|household appliances|n
电机|electric motors|n
電機|electric motors|n
发电机|generators|n
發電機|generators|n
变压器|transformers|n
變壓器|transformers|n
逆变器|inverters|n
逆變器|inverters|n
充电器|chargers|n
充電器|chargers|n
电池|batteries|n
電池|batteries|n
锂电池|lithium batteries|n
鋰電池|lithium batteries|n
锂离子电池|lithium-ion batteries|n
鋰離子電池|lithium-ion batteries|n
蓄电池|accumulators|n
蓄電池|accumulators|n
干电池|dry cells|n
乾電池|dry cells|n
充电宝|power banks|n
充電寶|power banks|n
行動電源|power banks|n
吸尘器|vacuum cleaners|n
吸塵器|vacuum cleaners|n
电饭锅|rice cookers|n
電飯鍋|rice cookers|n
电饭煲|rice cookers|n
電飯煲|rice cookers|n
電鍋|rice cookers|n
微波炉|microwave ovens|n
微波爐|microwave ovens|n
空气炸锅|air fryers|n
氣炸鍋|air fryers|n
吹风机|hair dryers|n
吹風機|hair dryers|n
手机|mobile phones|n
手機|mobile phones|n
智能手机|smartphones|n
智能手機|smartphones|n
智慧型手機|smartphones|n
耳机|headphones|n
耳機|headphones|n
蓝牙|Bluetooth|m
藍牙|Bluetooth|m
无线|wireless|m
無線|wireless|m
音箱|loudspeakers|n
摄像头|cameras|n
攝像頭|cameras|n
相机|cameras|n
相機|cameras|n
电视|television sets|n
電視|television sets|n
投影仪|projectors|n
投影機|projectors|n
芯片|integrated circuits|n
晶片|integrated circuits|n
集成电路|integrated circuits|n
積體電路|integrated circuits|n
传感器|sensors|n
感測器|sensors|n
开关|switches|n
開關|switches|n
插座|sockets|n
插头|plugs|n
插頭|plugs|n
电线|electric wire|n
電線|electric wire|n
电缆|cables|n
電纜|cables|n
数据线|data cables|n
數據線|data cables|n
灯|lamps|n
燈|lamps|n
灯泡|light bulbs|n
燈泡|light bulbs|n
灯具|lighting fittings|n
燈具|lighting fittings|n
太阳能|solar|m
太陽能|solar|m
太阳能板|solar panels|n
太陽能板|solar panels|n
电子|electronic|m
電子|electronic|m
智能手表|smartwatches|n
智慧手錶|smartwatches|n
智能|smart|m
智慧|smart|m
游戏机|video game consoles|n
遊戲機|video game consoles|n
无人机|drones|n
無人機|drones|n
电动机|electric motors|n
電動機|electric motors|n
马达|motors|n
馬達|motors|n
光伏组件|photovoltaic modules|n
光伏組件|photovoltaic modules|n
太阳能电池板|solar panels|n
太陽能電池板|solar panels|n
太阳能灯|solar lamps|n
太陽能燈|solar lamps|n
户外电源|portable power stations|n
戶外電源|portable power stations|n
移动电源|power banks|n
移動電源|power banks|n
电源|power supplies|n
電源|power supplies|n
电源适配器|power adapters|n
電源適配器|power adapters|n
适配器|adaptors|n
適配器|adaptors|n
电源线|power cords|n
電源線|power cords|n
无线充电器|wireless chargers|n
無線充電器|wireless chargers|n
车载充电器|car chargers|n
車載充電器|car chargers|n
充电桩|charging stations|n
充電樁|charging stations|n
充电线|charging cables|n
充電線|charging cables|n
type-c|USB-C|m
usb|USB|m
usb线|USB cables|n
usb線|USB cables|n
网线|network cables|n
網線|network cables|n
延长线|extension cables|n
延長線|extension cables|n
排插|power strips|n
插线板|power strips|n
插線板|power strips|n
转换器|converters|n
轉換器|converters|n
配电箱|distribution boxes|n
配電箱|distribution boxes|n
断路器|circuit breakers|n
斷路器|circuit breakers|n
保险丝|fuses|n
保險絲|fuses|n
继电器|relays|n
繼電器|relays|n
控制器|controllers|n
温控器|thermostats|n
溫控器|thermostats|n
门铃|doorbells|n
門鈴|doorbells|n
报警器|alarms|n
報警器|alarms|n
烟雾报警器|smoke alarms|n
煙霧報警器|smoke alarms|n
对讲机|walkie-talkies|n
對講機|walkie-talkies|n
电话|telephones|n
電話|telephones|n
手机支架|phone holders|n
手機支架|phone holders|n
手机膜|screen protectors|n
手機膜|screen protectors|n
钢化膜|tempered glass screen protectors|n
鋼化膜|tempered glass screen protectors|n
头戴式耳机|over-ear headphones|n
頭戴式耳機|over-ear headphones|n
蓝牙耳机|Bluetooth earphones|n
藍牙耳機|Bluetooth earphones|n
无线耳机|wireless earphones|n
無線耳機|wireless earphones|n
降噪|noise-cancelling|m
音响|speakers|n
音響|speakers|n
蓝牙音箱|Bluetooth speakers|n
藍牙音箱|Bluetooth speakers|n
智能音箱|smart speakers|n
喇叭|loudspeakers|n
麦克风|microphones|n
麥克風|microphones|n
收音机|radios|n
收音機|radios|n
机顶盒|set-top boxes|n
機頂盒|set-top boxes|n
电视机|television sets|n
電視機|television sets|n
智能电视|smart televisions|n
智能電視|smart televisions|n
投影机|projectors|n
摄像机|video cameras|n
攝像機|video cameras|n
运动相机|action cameras|n
運動相機|action cameras|n
单反|DSLR cameras|n
單反|DSLR cameras|n
数码相机|digital cameras|n
數碼相機|digital cameras|n
镜头|lenses|n
鏡頭|lenses|n
监控摄像头|surveillance cameras|n
監控攝像頭|surveillance cameras|n
行车记录仪|dashcams|n
行車記錄儀|dashcams|n
gps|GPS|m
遥控器|remote controls|n
遙控器|remote controls|n
电子元件|electronic components|n
電子元件|electronic components|n
电阻|resistors|n
電阻|resistors|n
电容|capacitors|n
電容|capacitors|n
二极管|diodes|n
二極管|diodes|n
晶体管|transistors|n
晶體管|transistors|n
电路板|circuit boards|n
電路板|circuit boards|n
pcb|printed circuit boards|n
模块|modules|n
模塊|modules|n
半导体|semiconductors|n
半導體|semiconductors|n
电热水壶|electric kettles|n
電熱水壺|electric kettles|n
电磁炉|induction cookers|n
電磁爐|induction cookers|n
电火锅|electric hot pots|n
電火鍋|electric hot pots|n
电压力锅|electric pressure cookers|n
電壓力鍋|electric pressure cookers|n
烤面包机|toasters|n
烤麵包機|toasters|n
电动牙刷|electric toothbrushes|n
電動牙刷|electric toothbrushes|n
电动剃须刀|electric shavers|n
電動剃鬚刀|electric shavers|n
理发器|hair clippers|n
理髮器|hair clippers|n
卷发棒|curling irons|n
捲髮棒|curling irons|n
直发器|hair straighteners|n
直髮器|hair straighteners|n
电吹风|hair dryers|n
電吹風|hair dryers|n
电熨斗|electric irons|n
電熨斗|electric irons|n
挂烫机|garment steamers|n
掛燙機|garment steamers|n
扫地机器人|robot vacuum cleaners|n
掃地機器人|robot vacuum cleaners|n
手持吸尘器|handheld vacuum cleaners|n
手持吸塵器|handheld vacuum cleaners|n
电暖器|electric heaters|n
電暖器|electric heaters|n
暖风机|fan heaters|n
暖風機|fan heaters|n
电热毯|electric blankets|n
電熱毯|electric blankets|n
电动工具|power tools|n
電動工具|power tools|n
电钻|electric drills|n
電鑽|electric drills|n
冲击钻|impact drills|n
衝擊鑽|impact drills|n
电锤|rotary hammers|n
電錘|rotary hammers|n
电动螺丝刀|electric screwdrivers|n
電動螺絲刀|electric screwdrivers|n
角磨机|angle grinders|n
角磨機|angle grinders|n
电锯|electric saws|n
電鋸|electric saws|n
充电式|rechargeable|m
充電式|rechargeable|m
纽扣电池|button cells|n
鈕扣電池|button cells|n
充电电池|rechargeable batteries|n
充電電池|rechargeable batteries|n
铅酸电池|lead-acid accumulators|n
鉛酸電池|lead-acid accumulators|n
汽车电池|car batteries|n
汽車電池|car batteries|n
电池组|battery packs|n
電池組|battery packs|n
led灯|LED lamps|n
led燈|LED lamps|n
led灯带|LED strips|n
led燈帶|LED strips|n
灯带|light strips|n
燈帶|light strips|n
台灯|desk lamps|n
檯燈|desk lamps|n
枱燈|desk lamps|n
落地灯|floor lamps|n
落地燈|floor lamps|n
吊灯|pendant lamps|n
吊燈|pendant lamps|n
吸顶灯|ceiling lamps|n
吸頂燈|ceiling lamps|n
壁灯|wall lamps|n
壁燈|wall lamps|n
射灯|spotlights|n
射燈|spotlights|n
水晶灯|chandeliers|n
水晶燈|chandeliers|n
床头灯|bedside lamps|n
床頭燈|bedside lamps|n
夜灯|night lights|n
夜燈|night lights|n
路灯|street lights|n
路燈|street lights|n
手电筒|torches|n
手電筒|torches|n
头灯|headlamps|n
頭燈|headlamps|n
照明|lighting|m
灯罩|lampshades|n
燈罩|lampshades|n
电表|electricity meters|n
電錶|electricity meters|n
电子产品|electronic products|n
電子產品|electronic products|n
智能手环|fitness bands|n
智能手環|fitness bands|n
vr眼镜|VR headsets|n
vr眼鏡|VR headsets|n
键鼠套装|keyboard and mouse sets|n
鍵鼠套裝|keyboard and mouse sets|n
掌机|handheld game consoles|n
掌機|handheld game consoles|n

# Chapters 86-89: vehicles, aircraft, ships
集装箱|containers|n
貨櫃|containers|n
车|vehicles|n
車|vehicles|n
汽车|motor cars|n
汽車|motor cars|n
电动汽车|electric cars|n
電動汽車|electric cars|n
电动车|electric vehicles|n
電動車|electric vehicles|n
混合动力|hybrid|m
混合動力|hybrid|m
卡车|lorries|n
卡車|lorries|n
客车|buses|n
客車|buses|n
摩托车|motorcycles|n
摩托車|motorcycles|n
機車|motorcycles|n
电动自行车|electric bicycles|n
電動自行車|electric bicycles|n
自行车|bicycles|n
自行車|bicycles|n
腳踏車|bicycles|n
轮椅|wheelchairs|n
輪椅|wheelchairs|n
配件|accessories|m
附件|accessories|m
零件|parts|m
零部件|parts|m
备件|spare parts|m
備件|spare parts|m
车轮|wheels|n
車輪|wheels|n
刹车片|brake pads|n
剎車片|brake pads|n
座椅|seats|n
飞机|aeroplanes|n
飛機|aeroplanes|n
船|ships|n
船舶|ships|n
游艇|yachts|n
遊艇|yachts|n
轿车|saloon cars|n
轎車|saloon cars|n
新能源汽车|new energy vehicles|n
新能源汽車|new energy vehicles|n
suv|SUVs|n
皮卡|pick-up trucks|n
面包车|vans|n
麵包車|vans|n
二手车|used cars|n
二手車|used cars|n
货车|lorries|n
貨車|lorries|n
自卸车|dump trucks|n
自卸車|dump trucks|n
半挂车|semi-trailers|n
半掛車|semi-trailers|n
挂车|trailers|n
掛車|trailers|n
大巴|coaches|n
公交车|buses|n
公交車|buses|n
电动三轮车|electric tricycles|n
電動三輪車|electric tricycles|n
三轮车|tricycles|n
三輪車|tricycles|n
电动滑板车|electric scooters|n
電動滑板車|electric scooters|n
滑板车|kick scooters|n
滑板車|kick scooters|n
平衡车|self-balancing scooters|n
平衡車|self-balancing scooters|n
山地车|mountain bikes|n
山地車|mountain bikes|n
单车|bicycles|n
單車|bicycles|n
婴儿车|baby carriages|n
嬰兒車|baby carriages|n
婴儿推车|baby carriages|n
嬰兒推車|baby carriages|n
汽车配件|car accessories|n
汽車配件|car accessories|n
汽车用品|car accessories|n
汽車用品|car accessories|n
汽车零部件|motor vehicle parts|n
汽車零部件|motor vehicle parts|n
保险杠|bumpers|n
保險槓|bumpers|n
车灯|vehicle lights|n
車燈|vehicle lights|n
大灯|headlamps|n
大燈|headlamps|n
尾灯|tail lights|n
尾燈|tail lights|n
挡风玻璃|windscreens|n
擋風玻璃|windscreens|n
雨刷|windscreen wipers|n
雨刮器|windscreen wipers|n
刹车盘|brake discs|n
剎車盤|brake discs|n
刹车|brakes|n
剎車|brakes|n
减震器|shock absorbers|n
減震器|shock absorbers|n
方向盘|steering wheels|n
方向盤|steering wheels|n
轮毂|wheel rims|n
輪轂|wheel rims|n
排气管|exhaust pipes|n
排氣管|exhaust pipes|n
火花塞|spark plugs|n
安全气囊|airbags|n
安全氣囊|airbags|n
安全带|seat belts|n
安全帶|seat belts|n
汽车座椅|car seats|n
汽車座椅|car seats|n
座套|seat covers|n
儿童安全座椅|child car seats|n
兒童安全座椅|child car seats|n
车载冰箱|car refrigerators|n
車載冰箱|car refrigerators|n
行李架|roof racks|n
倒车雷达|parking sensors|n
倒車雷達|parking sensors|n
汽车脚垫|car floor mats|n
汽車腳墊|car floor mats|n
快艇|speedboats|n
救生衣|life jackets|n

# Chapters 90-92: instruments, watches, musical instruments
仪器|instruments|n
儀器|instruments|n
医疗|medical|m
醫療|medical|m
医用|medical|m
醫用|medical|m
医疗器械|medical devices|n
醫療器械|medical devices|n
眼镜|spectacles|n
眼鏡|spectacles|n
太阳镜|sunglasses|n
太陽眼鏡|sunglasses|n
墨镜|sunglasses|n
墨鏡|sunglasses|n
注射器|syringes|n
血压计|blood pressure monitors|n
血壓計|blood pressure monitors|n
温度计|thermometers|n
溫度計|thermometers|n
按摩器|massage apparatus|n
手表|wristwatches|n
手錶|wristwatches|n
时钟|clocks|n
時鐘|clocks|n
乐器|musical instruments|n
樂器|musical instruments|n
吉他|guitars|n
钢琴|pianos|n
鋼琴|pianos|n
近视眼镜|prescription glasses|n
近視眼鏡|prescription glasses|n
老花镜|reading glasses|n
老花鏡|reading glasses|n
眼镜框|spectacle frames|n
眼鏡框|spectacle frames|n
镜框|spectacle frames|n
鏡框|spectacle frames|n
护目镜|goggles|n
護目鏡|goggles|n
泳镜|swimming goggles|n
泳鏡|swimming goggles|n
隐形眼镜|contact lenses|n
隱形眼鏡|contact lenses|n
放大镜|magnifying glasses|n
放大鏡|magnifying glasses|n
望远镜|telescopes|n
望遠鏡|telescopes|n
显微镜|microscopes|n
顯微鏡|microscopes|n
水平仪|spirit levels|n
水平儀|spirit levels|n
卷尺|tape measures|n
捲尺|tape measures|n
游标卡尺|vernier calipers|n
遊標卡尺|vernier calipers|n
测量仪器|measuring instruments|n
測量儀器|measuring instruments|n
压力表|pressure gauges|n
壓力錶|pressure gauges|n
万用表|multimeters|n
萬用錶|multimeters|n
红外测温仪|infrared thermometers|n
紅外測溫儀|infrared thermometers|n
电子体温计|digital thermometers|n
電子體溫計|digital thermometers|n
体温计|clinical thermometers|n
體溫計|clinical thermometers|n
血糖仪|blood glucose meters|n
血糖儀|blood glucose meters|n
血氧仪|pulse oximeters|n
血氧儀|pulse oximeters|n
电子血压计|electronic blood pressure monitors|n
電子血壓計|electronic blood pressure monitors|n
听诊器|stethoscopes|n
聽診器|stethoscopes|n
制氧机|oxygen concentrators|n
製氧機|oxygen concentrators|n
医疗设备|medical equipment|n
醫療設備|medical equipment|n
一次性注射器|disposable syringes|n
手术器械|surgical instruments|n
手術器械|surgical instruments|n
镊子|tweezers|n
鑷子|tweezers|n
病床|hospital beds|n
护膝|knee supports|n
護膝|knee supports|n
助听器|hearing aids|n
助聽器|hearing aids|n
按摩椅|massage chairs|n
按摩枪|massage guns|n
按摩槍|massage guns|n
筋膜枪|massage guns|n
筋膜槍|massage guns|n
试管|test tubes|n
試管|test tubes|n
烧杯|beakers|n
燒杯|beakers|n
机械表|mechanical watches|n
機械錶|mechanical watches|n
腕表|wristwatches|n
腕錶|wristwatches|n
钟|clocks|n
鐘|clocks|n
钟表|clocks and watches|n
鐘錶|clocks and watches|n
闹钟|alarm clocks|n
鬧鐘|alarm clocks|n
电子琴|electronic keyboards|n
電子琴|electronic keyboards|n
口琴|harmonicas|n
尤克里里|ukuleles|n
小提琴|violins|n
电吉他|electric guitars|n
電吉他|electric guitars|n
架子鼓|drum kits|n
鼓|drums|n

# Chapter 93: arms and ammunition
手枪|pistols|n
手槍|pistols|n

# Chapters 94-97: furniture, toys, sports goods, miscellaneous
家具|furniture|n
傢俱|furniture|n
椅子|chairs|n
办公椅|office chairs|n
辦公椅|office chairs|n
沙发|sofas|n
沙發|sofas|n
桌子|tables|n
柜子|cabinets|n
櫃子|cabinets|n
衣柜|wardrobes|n
衣櫃|wardrobes|n
床|beds|n
床垫|mattresses|n
床墊|mattresses|n
枕头|pillows|n
枕頭|pillows|n
玩具|toys|n
毛绒玩具|stuffed toys|n
毛絨玩具|stuffed toys|n
娃娃|dolls|n
积木|building blocks|n
積木|building blocks|n
健身器材|fitness equipment|n
瑜伽垫|yoga mats|n
瑜伽墊|yoga mats|n
足球|footballs|n
球拍|rackets|n
钓鱼|fishing|m
釣魚|fishing|m
牙刷|toothbrushes|n
拉链|zip fasteners|n
拉鍊|zip fasteners|n
笔|pens|n
筆|pens|n
铅笔|pencils|n
鉛筆|pencils|n
打火机|lighters|n
打火機|lighters|n
保温杯|vacuum flasks|n
保溫杯|vacuum flasks|n
纸尿裤|napkins for babies|n
紙尿褲|napkins for babies|n
卫生巾|sanitary towels|n
衛生棉|sanitary towels|n
办公家具|office furniture|n
辦公家具|office furniture|n
餐椅|dining chairs|n
电脑椅|computer chairs|n
電腦椅|computer chairs|n
电竞椅|gaming chairs|n
電競椅|gaming chairs|n
人体工学椅|ergonomic chairs|n
人體工學椅|ergonomic chairs|n
折叠椅|folding chairs|n
摺疊椅|folding chairs|n
折疊椅|folding chairs|n
凳子|stools|n
板凳|benches|n
沙发床|sofa beds|n
沙發床|sofa beds|n
餐桌|dining tables|n
茶几|coffee tables|n
书桌|desks|n
書桌|desks|n
办公桌|office desks|n
辦公桌|office desks|n
电脑桌|computer desks|n
電腦桌|computer desks|n
折叠桌|folding tables|n
摺疊桌|folding tables|n
折疊桌|folding tables|n
梳妆台|dressing tables|n
梳妝台|dressing tables|n
床头柜|bedside tables|n
床頭櫃|bedside tables|n
电视柜|TV stands|n
電視櫃|TV stands|n
书柜|bookcases|n
書櫃|bookcases|n
书架|bookshelves|n
書架|bookshelves|n
鞋柜|shoe cabinets|n
鞋櫃|shoe cabinets|n
鞋架|shoe racks|n
展示柜|display cabinets|n
展示櫃|display cabinets|n
橱柜|kitchen cabinets|n
櫥櫃|kitchen cabinets|n
浴室柜|bathroom cabinets|n
浴室櫃|bathroom cabinets|n
文件柜|filing cabinets|n
文件櫃|filing cabinets|n
柜|cabinets|n
櫃|cabinets|n
床架|bed frames|n
双人床|double beds|n
雙人床|double beds|n
上下床|bunk beds|n
儿童床|children's beds|n
兒童床|children's beds|n
婴儿床|cots|n
嬰兒床|cots|n
乳胶床垫|latex mattresses|n
乳膠床墊|latex mattresses|n
充气床|air mattresses|n
充氣床|air mattresses|n
生活用品|household articles|n
益智玩具|educational toys|n
儿童玩具|toys|n
兒童玩具|toys|n
模型|models|n
玩具车|toy cars|n
玩具車|toy cars|n
遥控车|remote-control cars|n
遙控車|remote-control cars|n
拼图|jigsaw puzzles|n
拼圖|jigsaw puzzles|n
秋千|swings|n
鞦韆|swings|n
风筝|kites|n
風箏|kites|n
桌游|board games|n
扑克牌|playing cards|n
撲克牌|playing cards|n
麻将|mahjong|n
麻將|mahjong|n
乒乓球|table tennis balls|n
羽毛球|shuttlecocks|n
羽毛球拍|badminton rackets|n
网球|tennis balls|n
網球|tennis balls|n
网球拍|tennis rackets|n
網球拍|tennis rackets|n
篮球|basketballs|n
籃球|basketballs|n
排球|volleyballs|n
棒球|baseballs|n
高尔夫球|golf balls|n
高爾夫球|golf balls|n
跑步机|treadmills|n
跑步機|treadmills|n
哑铃|dumbbells|n
啞鈴|dumbbells|n
杠铃|barbells|n
槓鈴|barbells|n
壶铃|kettlebells|n
壺鈴|kettlebells|n
跳绳|skipping ropes|n
跳繩|skipping ropes|n
瑜伽球|yoga balls|n
拳击手套|boxing gloves|n
拳擊手套|boxing gloves|n
滑板|skateboards|n
轮滑鞋|roller skates|n
輪滑鞋|roller skates|n
滑雪板|skis|n
冲浪板|surfboards|n
衝浪板|surfboards|n
游泳圈|swim rings|n
鱼竿|fishing rods|n
魚竿|fishing rods|n
渔具|fishing tackle|n
漁具|fishing tackle|n
鱼钩|fish hooks|n
魚鉤|fish hooks|n
运动器材|sports equipment|n
運動器材|sports equipment|n
体育用品|sports goods|n
體育用品|sports goods|n
圣诞装饰|Christmas decorations|n
聖誕裝飾|Christmas decorations|n
圣诞|Christmas|m
聖誕|Christmas|m
气球|balloons|n
氣球|balloons|n
圆珠笔|ball-point pens|n
圓珠筆|ball-point pens|n
中性笔|gel pens|n
中性筆|gel pens|n
钢笔|fountain pens|n
鋼筆|fountain pens|n
记号笔|markers|n
記號筆|markers|n
马克笔|markers|n
馬克筆|markers|n
荧光笔|highlighters|n
螢光筆|highlighters|n
蜡笔|crayons|n
蠟筆|crayons|n
彩色铅笔|coloured pencils|n
彩色鉛筆|coloured pencils|n
文具盒|pencil cases|n
订书机|staplers|n
訂書機|staplers|n
文具|stationery|n
办公用品|office supplies|n
辦公用品|office supplies|n
白板|whiteboards|n
黑板|blackboards|n
梳子|combs|n
化妆刷|make-up brushes|n
化妝刷|make-up brushes|n
刷子|brushes|n
刷|brushes|n
拖把|mops|n
纽扣|buttons|n
鈕扣|buttons|n
发圈|hair ties|n
髮圈|hair ties|n
烟灰缸|ashtrays|n
煙灰缸|ashtrays|n
菸灰缸|ashtrays|n
婴儿用品|baby products|n
嬰兒用品|baby products|n
雕塑|sculptures|n
油画|oil paintings|n
油畫|oil paintings|n
邮票|postage stamps|n
郵票|postage stamps|n
婴儿床垫|babies' mattresses|n
嬰兒床墊|babies' mattresses|n
儿童床垫|children's mattresses|n
兒童床墊|children's mattresses|n
儿童玩具车|toy cars|n
兒童玩具車|toy cars|n

# Qualifiers: states and processes
新鲜|fresh|m
新鮮|fresh|m
鲜|fresh|m
鮮|fresh|m
冷藏|chilled|m
冰鲜|chilled|m
冰鮮|chilled|m
冷冻|frozen|m
冷凍|frozen|m
干|dried|m
乾|dried|m
干燥|dried|m
乾燥|dried|m
冻干|freeze-dried|m
凍乾|freeze-dried|m
盐渍|salted|m
鹽漬|salted|m
咸|salted|m
鹹|salted|m
熏|smoked|m
燻|smoked|m
烟熏|smoked|m
煙燻|smoked|m
烤|roasted|m
烘焙|roasted|m
油炸|fried|m
熟|cooked|m
原料|raw materials|m
粗制|crude|m
粗製|crude|m
精制|refined|m
精製|refined|m
抛光|polished|m
拋光|polished|m
去皮|peeled|m
去壳|shelled|m
去殼|shelled|m
切片|sliced|m
有机|organic|m
有機|organic|m
天然|natural|m
人造|artificial|m
合成|synthetic|m
防水|waterproof|m
冻|frozen|m
凍|frozen|m
速冻|quick-frozen|m
速凍|quick-frozen|m
腌制|pickled|m
醃製|pickled|m
风干|air-dried|m
風乾|air-dried|m
烘干|dried|m
烘乾|dried|m
脱水|dehydrated|m
脫水|dehydrated|m
浓缩|concentrated|m
濃縮|concentrated|m
发酵|fermented|m
發酵|fermented|m
炸|fried|m
原味|plain|m
无盐|unsalted|m
無鹽|unsalted|m
低脂|low-fat|m
脱脂|skimmed|m
脫脂|skimmed|m
全脂|full-fat|m
野生|wild|m
进口|imported|m
進口|imported|m
整只|whole|m
整隻|whole|m
粉末|powder|m
液体|liquid|m
液體|liquid|m
带壳|in shell|m
帶殼|in shell|m
去核|pitted|m
切块|cut into pieces|m
切塊|cut into pieces|m
真空包装|vacuum-packed|m
真空包裝|vacuum-packed|m
独立包装|individually wrapped|m
獨立包裝|individually wrapped|m
袋装|bagged|m
袋裝|bagged|m
瓶装|bottled|m
瓶裝|bottled|m
盒装|boxed|m
盒裝|boxed|m
礼盒装|in gift box|m
禮盒裝|in gift box|m
定制|custom|m
定製|custom|m
纯手工|handmade|m
純手工|handmade|m
透明|transparent|m
黑色|black|m
白色|white|m
红色|red|m
紅色|red|m
蓝色|blue|m
藍色|blue|m
耐高温|heat-resistant|m
耐高溫|heat-resistant|m
绝缘|insulating|m
絕緣|insulating|m
保温|insulated|m
保溫|insulated|m
透气|breathable|m
透氣|breathable|m
速干|quick-drying|m
速乾|quick-drying|m
弹性|elastic|m
彈性|elastic|m
超薄|ultra-thin|m
大容量|large-capacity|m
防尘|dustproof|m
防塵|dustproof|m
防滑|non-slip|m
回收|recycled|m
麻辣|spicy|m
香辣|spicy|m
网红|trending|m
網紅|trending|m

# Qualifiers: power, use and users
便携|portable|m
便攜|portable|m
可充电|rechargeable|m
可充電|rechargeable|m
电池供电|battery-powered|m
電池供電|battery-powered|m
手动|manual|m
手動|manual|m
自动|automatic|m
自動|automatic|m
数字|digital|m
數位|digital|m
数码|digital|m
數碼|digital|m
工业|industrial|m
工業|industrial|m
家用|household|m
商用|commercial|m
厨房|kitchen|m
廚房|kitchen|m
车用|for vehicles|m
車用|for vehicles|m
车载|for vehicles|m
車載|for vehicles|m
户外|outdoor|m
戶外|outdoor|m
男|men's|m
女|women's|m
男士|men's|m
女士|women's|m
男式|men's|m
女式|women's|m
儿童|children's|m
兒童|children's|m
婴儿|babies'|m
嬰兒|babies'|m
宝宝|babies'|m
寶寶|babies'|m
新|new|m
全新|new|m
二手|second-hand|m
旧|used|m
舊|used|m
散装|in bulk|m
散裝|in bulk|m
食品|foodstuffs|n
零食|snacks|n
有线|wired|m
有線|wired|m
便携式|portable|m
便攜式|portable|m
折叠|folding|m
摺疊|folding|m
折疊|folding|m
可折叠|folding|m
可摺疊|folding|m
可折疊|folding|m
可调节|adjustable|m
可調節|adjustable|m
多功能|multifunctional|m
节能|energy-saving|m
節能|energy-saving|m
高压|high-voltage|m
高壓|high-voltage|m
专业|professional|m
專業|professional|m
专用|dedicated|m
專用|dedicated|m
办公|office|m
辦公|office|m
农用|agricultural|m
農用|agricultural|m
建材|building materials|n
装饰|decorative|m
裝飾|decorative|m
宠物用品|pet supplies|n
寵物用品|pet supplies|n
环保|eco-friendly|m
環保|eco-friendly|m
礼品|gifts|n
禮品|gifts|n
`,
};
