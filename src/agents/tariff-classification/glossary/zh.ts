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

# Chapter 05: other animal products
羽绒|down|m
羽絨|down|m
羽毛|feathers|m

# Chapter 06: live plants, flowers
鲜花|cut flowers|n
鮮花|cut flowers|n

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

# Chapter 11: milling products
面粉|wheat flour|n
麵粉|wheat flour|n
粉|powder|m
淀粉|starch|n
澱粉|starch|n
麦芽|malt|n
麥芽|malt|n

# Chapter 12: oil seeds, herbs, seaweed
大豆|soya beans|n
黄豆|soya beans|n
黃豆|soya beans|n
花生|groundnuts|n
芝麻|sesame seeds|n
葵花籽|sunflower seeds|n

# Chapter 15: fats and oils
油|oil|n
植物油|vegetable oil|n
橄榄油|olive oil|n
橄欖油|olive oil|n
棕榈油|palm oil|n
棕櫚油|palm oil|n
精炼|refined|m
精煉|refined|m

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

# Chapters 35-38: glues, pesticides, other chemicals
胶水|glue|n
膠水|glue|n
胶带|adhesive tape|n
膠帶|adhesive tape|n
农药|pesticides|n
農藥|pesticides|n

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
`,
};
