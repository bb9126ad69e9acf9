import type { GlossaryLanguage } from 'src/agents/tariff-classification/glossary/glossary-types';

/**
 * Japanese trade words: goods, materials, states and uses, with their English. Kanji, kana and the
 * katakana loanwords that listings use are given as separate entries where they are written both ways.
 */
export const JAPANESE: GlossaryLanguage = {
  code: 'ja',
  name: 'Japanese',
  head: 'last',
  unspaced: true,
  skip: 'の と や に を が は で から へ も および 及び または 又は 等 など 用 向け 製 個 枚 本 台 着 足 入り 約 種類',
  entries: `
# Chapter 01: live animals
活|live|m
生体|live|m
牛|bovine animals|n
豚|swine|n
羊|sheep|n
鶏|fowls|n
家禽|poultry|n
ペット|pet|m

# Chapter 02: meat and offal
肉|meat|n
牛肉|beef|n
ビーフ|beef|n
和牛|wagyu beef|n
豚肉|pork|n
ポーク|pork|n
ラム肉|lamb|n
鶏肉|chicken meat|n
とり肉|chicken meat|n
チキン|chicken meat|n
鶏むね肉|chicken breast|n
むね肉|chicken breast|n
手羽先|chicken wings|n
内臓|offal|n
ひき肉|minced meat|n
ミンチ|minced meat|n
ハム|ham|n
ベーコン|bacon|n
ソーセージ|sausages|n
ウインナー|sausages|n
骨なし|boneless|m

# Chapter 03: fish, crustaceans, molluscs
タラ|cod|n
鱈|cod|n
サバ|mackerel|n
ウナギ|eels|n
ツナ|tuna|n
魚|fish|n
さかな|fish|n
魚介|seafood|n
魚介類|seafood|n
シーフード|seafood|n
切り身|fillets|n
フィレ|fillets|n
鮭|salmon|n
サケ|salmon|n
サーモン|salmon|n
マグロ|tuna|n
まぐろ|tuna|n
鮪|tuna|n
エビ|shrimps|n
えび|shrimps|n
海老|shrimps|n
カニ|crabs|n
かに|crabs|n
蟹|crabs|n
イカ|squid|n
いか|squid|n
タコ|octopus|n
たこ|octopus|n
貝|molluscs|n
カキ|oysters|n
牡蠣|oysters|n
ホタテ|scallops|n
帆立|scallops|n
魚粉|fish meal|n
鰹節|dried bonito|n

# Chapter 04: dairy, eggs, honey
牛乳|milk|n
ミルク|milk|n
粉乳|milk powder|n
粉ミルク|infant formula|n
ヨーグルト|yoghurt|n
クリーム|cream|n
バター|butter|n
チーズ|cheese|n
ホエイ|whey|n
卵|eggs|n
たまご|eggs|n
玉子|eggs|n
鶏卵|hen eggs|n
蜂蜜|honey|n
はちみつ|honey|n
ハチミツ|honey|n
乳製品|dairy produce|n

# Chapters 05-06: animal products, live plants, flowers
羽毛|feathers|m
ダウン|down|m
花|flowers|n
切り花|cut flowers|n
観葉植物|foliage plants|n
苗|seedlings|n

# Chapter 07: vegetables
ピーマン|sweet peppers|n
ブロッコリー|broccoli|n
大根|radishes|n
かぼちゃ|pumpkins|n
アスパラガス|asparagus|n
野菜|vegetables|n
じゃがいも|potatoes|n
ジャガイモ|potatoes|n
ポテト|potatoes|n
トマト|tomatoes|n
玉ねぎ|onions|n
玉葱|onions|n
タマネギ|onions|n
にんにく|garlic|n
ニンニク|garlic|n
ガーリック|garlic|n
ねぎ|leeks|n
ネギ|leeks|n
キャベツ|cabbages|n
にんじん|carrots|n
人参|carrots|n
きゅうり|cucumbers|n
唐辛子|chillies|n
豆|beans|n
きのこ|mushrooms|n
キノコ|mushrooms|n
しいたけ|shiitake mushrooms|n
椎茸|shiitake mushrooms|n
さつまいも|sweet potatoes|n
キャッサバ|cassava|n
とうもろこし|maize|n
トウモロコシ|maize|n
コーン|maize|n

# Chapter 08: fruit and nuts
メロン|melons|n
アボカド|avocados|n
ココナッツ|coconuts|n
カシューナッツ|cashew nuts|n
ブルーベリー|blueberries|n
梨|pears|n
果物|fruit|n
くだもの|fruit|n
フルーツ|fruit|n
りんご|apples|n
リンゴ|apples|n
バナナ|bananas|n
オレンジ|oranges|n
みかん|mandarins|n
レモン|lemons|n
ぶどう|grapes|n
ブドウ|grapes|n
スイカ|watermelons|n
マンゴー|mangoes|n
パイナップル|pineapples|n
いちご|strawberries|n
イチゴ|strawberries|n
苺|strawberries|n
さくらんぼ|cherries|n
チェリー|cherries|n
桃|peaches|n
キウイ|kiwifruit|n
ナッツ|nuts|n
アーモンド|almonds|n
くるみ|walnuts|n
クルミ|walnuts|n
栗|chestnuts|n
ドライフルーツ|dried fruit|n

# Chapter 09: coffee, tea, spices
ティーバッグ|tea bags|n
カレー|curry|n
シナモン|cinnamon|n
コーヒー|coffee|n
珈琲|coffee|n
コーヒー豆|coffee beans|n
インスタントコーヒー|instant coffee|n
茶|tea|n
お茶|tea|n
緑茶|green tea|n
煎茶|green tea|n
抹茶|matcha|n
紅茶|black tea|n
ウーロン茶|oolong tea|n
烏龍茶|oolong tea|n
胡椒|pepper|n
こしょう|pepper|n
ペッパー|pepper|n
生姜|ginger|n
しょうが|ginger|n
ウコン|turmeric|n
ターメリック|turmeric|n
香辛料|spices|n
スパイス|spices|n

# Chapter 10: cereals
小麦|wheat|n
大麦|barley|n
燕麦|oats|n
オーツ麦|oats|n
米|rice|n
お米|rice|n
ライス|rice|n
白米|milled rice|n
精米|milled rice|n
玄米|husked brown rice|n
もち米|glutinous rice|n
ジャスミンライス|jasmine rice|n
種子|seeds|n

# Chapter 11: milling products
小麦粉|wheat flour|n
粉|powder|m
米粉|rice flour|n
でんぷん|starch|n
澱粉|starch|n

# Chapter 12: oil seeds, herbs, seaweed
大豆|soya beans|n
落花生|groundnuts|n
ピーナッツ|groundnuts|n
ごま|sesame seeds|n
胡麻|sesame seeds|n
高麗人参|ginseng|n
海藻|seaweeds|n
海苔|laver|n

# Chapter 15: fats and oils
油|oil|n
食用油|edible oil|n
植物油|vegetable oil|n
オリーブオイル|olive oil|n
オリーブ油|olive oil|n
パーム油|palm oil|n
大豆油|soya-bean oil|n
菜種油|rapeseed oil|n
精製|refined|m

# Chapters 16-18: preserved foods, sugar, cocoa
缶詰|canned|m
砂糖|sugar|n
シロップ|syrup|n
菓子|confectionery|n
お菓子|confectionery|n
キャンディ|sugar confectionery|n
飴|sugar confectionery|n
チョコレート|chocolate|n
チョコ|chocolate|n
カカオ|cocoa|n
ココア|cocoa powder|n
カカオ豆|cocoa beans|n

# Chapter 19: cereal preparations, bakery
麺|noodles|n
麺類|noodles|n
ラーメン|ramen noodles|n
インスタントラーメン|instant noodles|n
即席麺|instant noodles|n
カップ麺|instant noodles|n
うどん|udon noodles|n
蕎麦|buckwheat noodles|n
そば|buckwheat noodles|n
パスタ|pasta|n
餃子|dumplings|n
パン|bread|n
ビスケット|biscuits|n
クッキー|biscuits|n
ケーキ|cakes|n
シリアル|breakfast cereals|n

# Chapters 20-21: vegetable and fruit preparations, sauces
漬物|pickles|n
ジャム|jam|n
ケチャップ|tomato ketchup|n
ジュース|juice|n
フライドポテト|french fries|n
ポテトチップス|potato crisps|n
醤油|soy sauce|n
しょうゆ|soy sauce|n
味噌|miso|n
みそ|miso|n
ソース|sauce|n
たれ|sauce|n
調味料|seasonings|n
ドレッシング|salad dressing|n
マヨネーズ|mayonnaise|n
アイスクリーム|ice cream|n
豆腐|tofu|n
サプリメント|food supplements|n
サプリ|food supplements|n
健康食品|food supplements|n

# Chapter 22: beverages and spirits
飲料|beverages|n
飲み物|beverages|n
ドリンク|beverages|n
水|water|n
ミネラルウォーター|mineral water|n
清涼飲料水|soft drinks|n
ソフトドリンク|soft drinks|n
コーラ|cola|n
ビール|beer|n
ワイン|wine|n
酒|alcoholic beverages|n
お酒|alcoholic beverages|n
日本酒|sake|n
清酒|sake|n
焼酎|shochu spirits|n
ウイスキー|whisky|n
アルコール|ethyl alcohol|n
酢|vinegar|n

# Chapters 23-24: animal feed, tobacco
飼料|animal feed|n
餌|animal feed|n
ペットフード|pet food|n
たばこ|tobacco|n
タバコ|tobacco|n
紙巻たばこ|cigarettes|n
葉巻|cigars|n
電子たばこ|electronic cigarettes|n
電子タバコ|electronic cigarettes|n

# Chapters 25-27: minerals, cement, fuels
塩|salt|n
砂|sand|n
セメント|cement|n
大理石|marble|m
石|stone|m
鉄鉱石|iron ore|n
石炭|coal|n
原油|crude petroleum oil|n
石油|petroleum|n
ガソリン|petrol|n
軽油|diesel|n
潤滑油|lubricating oil|n
エンジンオイル|engine oil|n
天然ガス|natural gas|n
液化天然ガス|liquefied natural gas|n
プロパンガス|liquefied petroleum gas|n

# Chapters 28-30: chemicals, pharmaceuticals
化学品|chemicals|n
化学薬品|chemicals|n
化学|chemical|m
ビタミン|vitamins|n
医薬品|medicaments|n
薬|medicaments|n
錠剤|tablets|n
カプセル|capsules|n
ワクチン|vaccines|n
包帯|bandages|n
ガーゼ|gauze|n
絆創膏|adhesive plasters|n

# Chapters 31-34: fertilisers, paints, cosmetics, soap
日焼け止め|sunscreen|n
ファンデーション|foundation make-up|n
マニキュア|nail polish|n
肥料|fertilisers|n
尿素|urea|n
塗料|paint|n
ペンキ|paint|n
化粧品|cosmetics|n
コスメ|cosmetics|n
香水|perfume|n
口紅|lipstick|n
リップ|lipstick|n
化粧水|lotion|n
ローション|lotion|n
シャンプー|shampoo|n
リンス|hair conditioner|n
コンディショナー|hair conditioner|n
歯磨き粉|toothpaste|n
精油|essential oils|n
アロマオイル|essential oils|n
石鹸|soap|n
せっけん|soap|n
石けん|soap|n
洗剤|detergents|n
洗濯洗剤|laundry detergent|n
食器用洗剤|dishwashing detergent|n
ろうそく|candles|n
キャンドル|candles|n

# Chapters 35-38: glues, pesticides, other chemicals
接着剤|adhesives|n
ボンド|adhesives|n
テープ|tape|n
農薬|pesticides|n
花火|fireworks|n
消毒液|disinfectants|n
活性炭|activated carbon|n

# Chapter 39: plastics
発泡スチロール|expanded polystyrene|m
ラップ|cling film|n
容器|containers|n
プラスチック|plastic|m
プラ|plastic|m
樹脂|plastic|m
ポリエチレン|polyethylene|m
塩ビ|polyvinyl chloride|m
ビニール|vinyl|m
アクリル|acrylic|m
シリコン|silicone|m
シリコーン|silicone|m
ペットボトル|plastic bottles|n
ビニール袋|plastic bags|n
ポリ袋|plastic bags|n
フィルム|film|n
使い捨て|disposable|m
製品|articles|m

# Chapter 40: rubber
ゴム|rubber|m
ラテックス|latex|m
タイヤ|tyres|n
手袋|gloves|n
グローブ|gloves|n
ホース|hoses|n
ベルト|belts|n
コンドーム|condoms|n

# Chapters 41-43: leather, bags, fur
革|leather|m
皮革|leather|m
レザー|leather|m
本革|genuine leather|m
合成皮革|artificial leather|m
合皮|artificial leather|m
フェイクレザー|artificial leather|m
毛皮|fur|m
ファー|fur|m
かばん|bags|n
カバン|bags|n
鞄|bags|n
バッグ|bags|n
ハンドバッグ|handbags|n
リュック|backpacks|n
リュックサック|backpacks|n
財布|wallets|n
スーツケース|suitcases|n
キャリーケース|suitcases|n
スマホケース|mobile phone cases|n

# Chapter 44: wood, bamboo
木|wood|m
木材|wood|m
木製|wooden|m
無垢材|solid wood|m
合板|plywood|n
木炭|charcoal|n
炭|charcoal|n
竹|bamboo|m
籐|rattan|m
ラタン|rattan|m
箸|chopsticks|n
ハンガー|clothes hangers|n
額縁|picture frames|n
フォトフレーム|picture frames|n

# Chapters 47-49: paper and printed matter
紙|paper|m
ペーパー|paper|m
パルプ|pulp|n
段ボール|cartons|n
ダンボール|cartons|n
トイレットペーパー|toilet paper|n
ティッシュ|tissues|n
ウェットティッシュ|wet wipes|n
紙袋|paper bags|n
紙コップ|paper cups|n
ラベル|labels|n
シール|stickers|n
ステッカー|stickers|n
ノート|notebooks|n
書籍|books|n
壁紙|wallpaper|n

# Chapters 50-60: textile materials and fabrics
繊維|fibres|m
繊維製品|textiles|n
テキスタイル|textiles|n
生地|fabric|n
布|fabric|n
ファブリック|fabric|n
織物|fabric|n
糸|yarn|n
絹|silk|m
シルク|silk|m
羊毛|wool|m
ウール|wool|m
カシミヤ|cashmere|m
カシミア|cashmere|m
綿|cotton|m
コットン|cotton|m
麻|linen|m
リネン|linen|m
ポリエステル|polyester|m
ナイロン|nylon|m
ポリウレタン|polyurethane|m
レーヨン|rayon|m
不織布|nonwovens|n
ニット|knitted|m
プリント|printed|m
デニム|denim|m
レース|lace|m
メッシュ|mesh|m
フリース|fleece|m
ロープ|ropes|n
網|nets|n
ネット|nets|n
カーペット|carpets|n
絨毯|carpets|n
ラグ|carpets|n
テント|tents|n

# Chapters 61-63: apparel and made-up textiles
浴衣|yukata|n
制服|uniforms|n
作業服|workwear|n
ネクタイ|ties|n
エプロン|aprons|n
ポロシャツ|polo shirts|n
衣類|clothing|n
衣料品|clothing|n
服|clothing|n
洋服|clothing|n
ウェア|clothing|n
アパレル|clothing|n
メンズ|men's|m
紳士|men's|m
男性|men's|m
男性用|men's|m
レディース|women's|m
婦人|women's|m
女性|women's|m
女性用|women's|m
キッズ|children's|m
子供|children's|m
子ども|children's|m
子供用|children's|m
ベビー|babies'|m
赤ちゃん|babies'|m
ベビー用|babies'|m
ユニセックス|unisex|m
tシャツ|T-shirts|n
半袖|short-sleeved|m
長袖|long-sleeved|m
シャツ|shirts|n
ワイシャツ|shirts|n
ブラウス|blouses|n
トレーナー|sweatshirts|n
スウェット|sweatshirts|n
パーカー|hooded sweatshirts|n
セーター|sweaters|n
カーディガン|cardigans|n
ジャケット|jackets|n
コート|coats|n
ダウンジャケット|down jackets|n
スーツ|suits|n
ズボン|trousers|n
パンツ|trousers|n
ジーンズ|jeans|n
ジーパン|jeans|n
ショートパンツ|shorts|n
短パン|shorts|n
レギンス|leggings|n
スカート|skirts|n
ワンピース|dresses|n
ドレス|dresses|n
着物|kimonos|n
パジャマ|pyjamas|n
下着|underwear|n
肌着|underwear|n
インナー|underwear|n
ショーツ|briefs|n
ブラジャー|brassieres|n
ブラ|brassieres|n
靴下|socks|n
ソックス|socks|n
タイツ|tights|n
水着|swimwear|n
スポーツウェア|sportswear|n
マフラー|scarves|n
スカーフ|scarves|n
ストール|scarves|n
布団|quilts|n
毛布|blankets|n
ブランケット|blankets|n
タオル|towels|n
カーテン|curtains|n
マスク|face masks|n

# Chapters 64-67: footwear, headgear, umbrellas, wigs
靴|footwear|n
シューズ|footwear|n
スニーカー|sports shoes|n
革靴|leather shoes|n
ハイヒール|high-heeled shoes|n
パンプス|pumps|n
ブーツ|boots|n
長靴|rain boots|n
サンダル|sandals|n
スリッパ|slippers|n
インソール|insoles|n
帽子|hats|n
キャップ|caps|n
ヘルメット|helmets|n
傘|umbrellas|n
かつら|wigs|n
ウィッグ|wigs|n
造花|artificial flowers|n

# Chapters 68-70: stone, ceramics, glass
タイル|tiles|n
レンガ|bricks|n
陶磁器|ceramic|m
セラミック|ceramic|m
便器|toilets|n
トイレ|toilets|n
食器|tableware|n
茶碗|rice bowls|n
ボウル|bowls|n
皿|plates|n
お皿|plates|n
コップ|cups|n
カップ|cups|n
グラス|cups|n
ガラス|glass|m
瓶|bottles|n
ボトル|bottles|n
鏡|mirrors|n
ミラー|mirrors|n
水晶|crystal|m
クリスタル|crystal|m

# Chapter 71: jewellery and precious metals
ジュエリー|jewellery|n
アクセサリー|jewellery|n
宝飾品|jewellery|n
ネックレス|necklaces|n
ブレスレット|bracelets|n
指輪|rings|n
リング|rings|n
ピアス|earrings|n
イヤリング|earrings|n
ペンダント|pendants|n
金|gold|m
ゴールド|gold|m
銀|silver|m
シルバー|silver|m
プラチナ|platinum|m
ダイヤモンド|diamonds|n
ダイヤ|diamonds|n
宝石|precious stones|n
真珠|pearls|n
パール|pearls|n

# Chapters 72-73: iron and steel
鋳鉄|cast iron|m
鋼材|steel products|n
炭素鋼|carbon steel|m
釘|nails|n
ワッシャー|washers|n
チェーン|chains|n
鉄|iron|m
鋼|steel|m
スチール|steel|m
ステンレス|stainless steel|m
合金|alloy|m
スクラップ|scrap|n
鉄くず|scrap|n
鋼板|steel plates|n
鉄板|steel plates|n
コイル|coils|n
熱延|hot-rolled|m
熱間圧延|hot-rolled|m
冷延|cold-rolled|m
冷間圧延|cold-rolled|m
亜鉛めっき|galvanised|m
亜鉛メッキ|galvanised|m
鉄筋|reinforcing bars|n
鋼管|pipes|n
パイプ|pipes|n
溶接|welded|m
針金|wire|n
ワイヤー|wire|n
ねじ|screws|n
ネジ|screws|n
ビス|screws|n
ボルト|bolts|n
ナット|nuts|n
ばね|springs|n
バネ|springs|n
スプリング|springs|n
鍋|pots|n
フライパン|frying pans|n
やかん|kettles|n
ケトル|kettles|n
金物|hardware|n

# Chapters 74-81: copper, aluminium, other base metals
青銅|bronze|m
鉛|lead|m
銅線|copper wire|n
銅|copper|m
真鍮|brass|m
ニッケル|nickel|m
アルミ|aluminium|m
アルミニウム|aluminium|m
アルミ合金|aluminium alloy|m
アルミホイル|aluminium foil|n
アルミ箔|aluminium foil|n
亜鉛|zinc|m
錫|tin|m
チタン|titanium|m
金属|metal|m
メタル|metal|m

# Chapters 82-83: tools, cutlery, locks
工具|tools|n
スパナ|spanners|n
レンチ|spanners|n
ドライバー|screwdrivers|n
ペンチ|pliers|n
ハンマー|hammers|n
ナイフ|knives|n
包丁|kitchen knives|n
はさみ|scissors|n
ハサミ|scissors|n
カミソリ|razors|n
スプーン|spoons|n
フォーク|forks|n
鍵|locks|n
ロック|locks|n

# Chapter 84: machinery
電卓|calculators|n
乾燥機|dryers|n
フィルター|filters|n
クレーン|cranes|n
エレベーター|lifts|n
工作機械|machine tools|n
溶接機|welding machines|n
包装機|packing machines|n
農業機械|agricultural machinery|n
機械|machinery|n
機器|apparatus|n
装置|apparatus|n
設備|equipment|n
マシン|machines|n
エンジン|engines|n
ポンプ|pumps|n
コンプレッサー|compressors|n
扇風機|electric fans|n
エアコン|air conditioners|n
クーラー|air conditioners|n
冷蔵庫|refrigerators|n
冷凍庫|freezers|n
浄水器|water purifiers|n
空気清浄機|air purifiers|n
フォークリフト|forklift trucks|n
ショベルカー|excavators|n
トラクター|tractors|n
プリンター|printers|n
食洗機|dishwashers|n
洗濯機|washing machines|n
ミシン|sewing machines|n
レーザー|laser|m
パソコン|computers|n
コンピューター|computers|n
ノートパソコン|laptops|n
ノートpc|laptops|n
タブレット|tablet computers|n
サーバー|servers|n
モニター|monitors|n
ディスプレイ|monitors|n
キーボード|keyboards|n
マウス|computer mice|n
ハードディスク|hard disk drives|n
usbメモリ|USB flash drives|n
自動販売機|vending machines|n
自販機|vending machines|n
バルブ|valves|n
蛇口|taps|n
ベアリング|bearings|n
歯車|gears|n
ギア|gears|n
金型|moulds|n
消火器|fire extinguishers|n
コーヒーメーカー|coffee makers|n

# Chapter 85: electrical machinery and electronics
インバーター|inverters|n
電源|power supplies|n
アダプター|adaptors|n
乾電池|dry cells|n
蓄電池|accumulators|n
オーブン|ovens|n
トースター|toasters|n
電気ケトル|electric kettles|n
シェーバー|electric shavers|n
電話|telephones|n
ルーター|routers|n
マイク|microphones|n
プロジェクター|projectors|n
電気|electric|m
電動|electric|m
家電|household appliances|n
モーター|electric motors|n
発電機|generators|n
変圧器|transformers|n
充電器|chargers|n
電池|batteries|n
バッテリー|batteries|n
リチウム電池|lithium batteries|n
リチウムイオン電池|lithium-ion batteries|n
モバイルバッテリー|power banks|n
電動工具|power tools|n
掃除機|vacuum cleaners|n
ミキサー|blenders|n
炊飯器|rice cookers|n
電子レンジ|microwave ovens|n
ノンフライヤー|air fryers|n
ドライヤー|hair dryers|n
アイロン|irons|n
ヒーター|heaters|n
携帯電話|mobile phones|n
携帯|mobile phones|n
スマートフォン|smartphones|n
スマホ|smartphones|n
イヤホン|earphones|n
イヤフォン|earphones|n
ヘッドホン|headphones|n
ヘッドフォン|headphones|n
ワイヤレス|wireless|m
無線|wireless|m
スピーカー|loudspeakers|n
カメラ|cameras|n
デジカメ|digital cameras|n
デジタルカメラ|digital cameras|n
防犯カメラ|CCTV cameras|n
テレビ|television sets|n
リモコン|remote controls|n
ドローン|drones|n
半導体|semiconductors|n
集積回路|integrated circuits|n
チップ|chips|n
コンデンサ|capacitors|n
基板|printed circuit boards|n
センサー|sensors|n
スイッチ|switches|n
コンセント|sockets|n
プラグ|plugs|n
コネクター|connectors|n
電線|electric wire|n
ケーブル|cables|n
コード|cables|n
充電ケーブル|data cables|n
照明|lighting fittings|n
ライト|lights|n
電球|light bulbs|n
ランプ|lamps|n
ソーラー|solar|m
太陽光|solar|m
ソーラーパネル|solar panels|n
太陽光パネル|solar panels|n
太陽電池|solar cells|n
電子|electronic|m
電子部品|electronic components|n
スマートウォッチ|smartwatches|n
ゲーム機|video game consoles|n

# Chapters 86-89: vehicles, aircraft, ships
乗用車|passenger cars|n
中古車|used cars|n
ベビーカー|baby carriages|n
シートベルト|seat belts|n
ヘッドライト|headlamps|n
コンテナ|containers|n
車|vehicles|n
車両|vehicles|n
自動車|motor cars|n
電気自動車|electric cars|n
ハイブリッド|hybrid|m
トラック|lorries|n
バス|buses|n
オートバイ|motorcycles|n
バイク|motorcycles|n
スクーター|scooters|n
電動自転車|electric bicycles|n
自転車|bicycles|n
車椅子|wheelchairs|n
部品|parts|m
パーツ|parts|m
付属品|accessories|m
スペアパーツ|spare parts|m
交換部品|spare parts|m
自動車部品|motor vehicle parts|n
ホイール|wheels|n
ブレーキ|brakes|n
ハンドル|steering wheels|n
飛行機|aircraft|n
航空機|aircraft|n
船|ships|n
船舶|ships|n
ボート|boats|n

# Chapters 90-93: instruments, clocks, musical instruments
コンタクトレンズ|contact lenses|n
顕微鏡|microscopes|n
望遠鏡|telescopes|n
補聴器|hearing aids|n
測定器|measuring instruments|n
医療|medical|m
医療用|medical|m
医療機器|medical devices|n
眼鏡|spectacles|n
メガネ|spectacles|n
サングラス|sunglasses|n
レンズ|lenses|n
注射器|syringes|n
血圧計|blood pressure monitors|n
体温計|clinical thermometers|n
温度計|thermometers|n
マッサージ器|massage apparatus|n
体重計|weighing scales|n
はかり|weighing scales|n
時計|clocks and watches|n
腕時計|wristwatches|n
目覚まし時計|alarm clocks|n
楽器|musical instruments|n
ピアノ|pianos|n
ギター|guitars|n
ドラム|drums|n
銃|firearms|n

# Chapter 94: furniture, bedding, lighting
家具|furniture|n
インテリア|furniture|n
椅子|chairs|n
チェア|chairs|n
オフィスチェア|office chairs|n
ソファ|sofas|n
ソファー|sofas|n
机|desks|n
デスク|desks|n
テーブル|tables|n
棚|shelves|n
ラック|shelves|n
収納|storage|m
キャビネット|cabinets|n
クローゼット|wardrobes|n
ベッド|beds|n
ベビーベッド|cots|n
マットレス|mattresses|n
枕|pillows|n
温室|greenhouses|n

# Chapter 95: toys, games, sports goods
知育玩具|educational toys|n
ラジコン|radio-controlled toys|n
模型|models|n
プラモデル|plastic model kits|n
サッカーボール|footballs|n
ゴルフクラブ|golf clubs|n
玩具|toys|n
おもちゃ|toys|n
ぬいぐるみ|stuffed toys|n
人形|dolls|n
フィギュア|figures|n
ブロック|building blocks|n
パズル|jigsaw puzzles|n
ゲーム|games|n
トランプ|playing cards|n
トレカ|trading cards|n
スポーツ用品|sports goods|n
トレーニング器具|exercise equipment|n
ダンベル|dumbbells|n
ヨガマット|yoga mats|n
ボール|balls|n
野球|baseball|m
ゴルフ|golf|m
ラケット|rackets|n
スキー|skis|n
スケートボード|skateboards|n
釣り|fishing|m
釣竿|fishing rods|n
釣り竿|fishing rods|n
釣具|fishing tackle|n
キャンプ|camping|m
クリスマス|Christmas|m

# Chapters 96-97: miscellaneous manufactured articles, works of art
万年筆|fountain pens|n
クレヨン|crayons|n
くし|combs|n
三脚|tripods|n
ほうき|brooms|n
ブラシ|brushes|n
歯ブラシ|toothbrushes|n
ボタン|buttons|n
ファスナー|zip fasteners|n
ジッパー|zip fasteners|n
文房具|stationery|n
文具|stationery|n
ペン|pens|n
ボールペン|ball-point pens|n
鉛筆|pencils|n
マーカー|markers|n
ライター|lighters|n
ヘアクリップ|hair clips|n
ヘアピン|hair clips|n
水筒|vacuum flasks|n
魔法瓶|vacuum flasks|n
タンブラー|vacuum flasks|n
紙おむつ|napkins for babies|n
おむつ|napkins for babies|n
生理用品|sanitary towels|n
ナプキン|sanitary towels|n
絵画|paintings|n
骨董品|antiques|n
アンティーク|antiques|n
切手|postage stamps|n

# Qualifiers: states and processes
フリーズドライ|freeze-dried|m
スライス|sliced|m
カット|cut|m
丸ごと|whole|m
透明|transparent|m
電池式|battery-powered|m
生|raw|m
生鮮|fresh|m
新鮮|fresh|m
冷蔵|chilled|m
チルド|chilled|m
冷凍|frozen|m
乾燥|dried|m
干し|dried|m
塩漬け|salted|m
燻製|smoked|m
スモーク|smoked|m
焙煎|roasted|m
ロースト|roasted|m
揚げ|fried|m
むき身|peeled|m
殻付き|in shell|m
発酵|fermented|m
有機|organic|m
オーガニック|organic|m
天然|natural|m
人工|artificial|m
合成|synthetic|m
手作り|handmade|m
ハンドメイド|handmade|m
防水|waterproof|m

# Qualifiers: power, use and users
携帯用|portable|m
ポータブル|portable|m
折りたたみ|folding|m
充電式|rechargeable|m
手動|manual|m
自動|automatic|m
デジタル|digital|m
工業用|industrial|m
産業用|industrial|m
業務用|commercial|m
家庭用|household|m
キッチン|kitchen|m
台所|kitchen|m
車載|for vehicles|m
車用|for vehicles|m
屋外|outdoor|m
アウトドア|outdoor|m
室内|indoor|m
新品|new|m
中古|second-hand|m
中古品|second-hand|m
食品|foodstuffs|n
生活用品|household articles|n
おやつ|snacks|n
スナック|snacks|n
`,
};
