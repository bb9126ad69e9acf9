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
生きた|live|m
活魚|live fish|n
馬|horses|n
山羊|goats|n
ヤギ|goats|n
兎|rabbits|n
ウサギ|rabbits|n
アヒル|ducks|n
鴨|ducks|n
犬|dogs|n
猫|cats|n
熱帯魚|ornamental fish|n
家畜|livestock|n

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
ステーキ|steaks|n
牛タン|ox tongue|n
ホルモン|offal|n
モツ|offal|n
豚バラ|pork belly|n
豚ばら|pork belly|n
豚ロース|pork loin|n
ロース|loin|n
もも肉|thigh meat|n
モモ肉|thigh meat|n
鶏もも|chicken thighs|n
鶏もも肉|chicken thighs|n
手羽元|chicken drumettes|n
ささみ|chicken tenderloins|n
合挽き|mixed minced meat|n
合いびき肉|mixed minced meat|n
合挽肉|mixed minced meat|n
豚ひき肉|minced pork|n
牛ひき肉|minced beef|n
鶏ひき肉|minced chicken|n
羊肉|mutton|n
マトン|mutton|n
生ハム|dry-cured ham|n
ローストビーフ|roast beef|n
焼き豚|roast pork|n
チャーシュー|roast pork|n
サラミ|salami|n
ジャーキー|beef jerky|n
ビーフジャーキー|beef jerky|n
コンビーフ|corned beef|n
ミートボール|meatballs|n
ハンバーグ|hamburger steaks|n
唐揚げ|fried chicken|n
からあげ|fried chicken|n
から揚げ|fried chicken|n
フライドチキン|fried chicken|n
チキンナゲット|chicken nuggets|n
ナゲット|chicken nuggets|n
スペアリブ|spare ribs|n
骨付き|bone in|m
ラード|lard|n

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
鯵|horse mackerel|n
イワシ|sardines|n
鰯|sardines|n
いわし|sardines|n
サンマ|Pacific saury|n
秋刀魚|Pacific saury|n
さんま|Pacific saury|n
鰤|yellowtail|n
ハマチ|yellowtail|n
鯛|sea bream|n
真鯛|sea bream|n
カレイ|flatfish|n
鰈|flatfish|n
鯖|mackerel|n
カツオ|skipjack tuna|n
鰹|skipjack tuna|n
ニシン|herrings|n
鰊|herrings|n
タラコ|cod roe|n
たらこ|cod roe|n
明太子|pollock roe|n
めんたいこ|pollock roe|n
イクラ|salmon roe|n
筋子|salmon roe|n
ウニ|sea urchins|n
雲丹|sea urchins|n
キャビア|caviar|n
スモークサーモン|smoked salmon|n
鰻|eels|n
鱸|sea bass|n
ティラピア|tilapia|n
ナマズ|catfish|n
パンガシウス|pangasius|n
鯉|carp|n
鱒|trout|n
干物|dried fish|n
甘エビ|sweet shrimps|n
甘えび|sweet shrimps|n
ブラックタイガー|giant tiger prawns|n
バナメイエビ|whiteleg shrimps|n
ロブスター|lobsters|n
ザリガニ|crayfish|n
ズワイガニ|snow crabs|n
タラバガニ|king crabs|n
カニカマ|crab sticks|n
あさり|clams|n
アサリ|clams|n
しじみ|corbicula clams|n
シジミ|corbicula clams|n
ムール貝|mussels|n
アワビ|abalone|n
鮑|abalone|n
ナマコ|sea cucumbers|n
海鼠|sea cucumbers|n
すり身|surimi|n
かまぼこ|fish paste|n
蒲鉾|fish paste|n
ちくわ|fish cakes|n
竹輪|fish cakes|n
ツナ缶|canned tuna|n
サバ缶|canned mackerel|n
刺身|sashimi|n
冷凍魚|frozen fish|n
鮮魚|fresh fish|n
水産物|aquatic products|n
うなぎ|eels|n
むきエビ|peeled shrimps|n

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
低脂肪乳|semi-skimmed milk|n
無脂肪乳|skimmed milk|n
脱脂粉乳|skimmed milk powder|n
スキムミルク|skimmed milk powder|n
全粉乳|whole milk powder|n
練乳|condensed milk|n
コンデンスミルク|condensed milk|n
生クリーム|fresh cream|n
ホイップクリーム|whipped cream|n
サワークリーム|sour cream|n
無塩バター|unsalted butter|n
クリームチーズ|cream cheese|n
モッツァレラ|mozzarella|n
パルメザン|parmesan|n
チェダー|cheddar|n
プロセスチーズ|processed cheese|n
粉チーズ|grated cheese|n
ホエイプロテイン|whey protein|n
乳酸菌|lactic acid bacteria|n
飲むヨーグルト|drinking yoghurt|n
うずら卵|quail eggs|n
ウズラ卵|quail eggs|n
うずらの卵|quail eggs|n
卵黄|egg yolks|n
ローヤルゼリー|royal jelly|n
ロイヤルゼリー|royal jelly|n
プロポリス|propolis|n
蜜蝋|beeswax|n
みつろう|beeswax|n

# Chapters 05-06: animal products, live plants, flowers
羽毛|feathers|m
ダウン|down|m
花|flowers|n
切り花|cut flowers|n
観葉植物|foliage plants|n
苗|seedlings|n
羽根|feathers|m
グースダウン|goose down|m
人毛|human hair|n
珊瑚|coral|m
サンゴ|coral|m
鉢植え|potted plants|n
盆栽|bonsai|n
多肉植物|succulents|n
植物|plants|n
ドライフラワー|dried flowers|n
プリザーブドフラワー|preserved flowers|n
花束|bouquets|n
ブーケ|bouquets|n
薔薇|roses|n
蘭|orchids|n
胡蝶蘭|orchids|n
サボテン|cacti|n
球根|bulbs|n
苗木|seedlings|n
種苗|seedlings|n
クリスマスツリー|Christmas trees|n

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
ミニトマト|cherry tomatoes|n
プチトマト|cherry tomatoes|n
長ねぎ|leeks|n
長ネギ|leeks|n
白ねぎ|leeks|n
青ねぎ|spring onions|n
万能ねぎ|spring onions|n
ニラ|Chinese chives|n
韮|Chinese chives|n
白菜|Chinese cabbage|n
はくさい|Chinese cabbage|n
小松菜|komatsuna|n
チンゲン菜|pak choi|n
青梗菜|pak choi|n
ほうれん草|spinach|n
ホウレンソウ|spinach|n
水菜|mizuna|n
レタス|lettuce|n
セロリ|celery|n
パセリ|parsley|n
バジル|basil|n
ミント|mint|n
パクチー|coriander|n
コリアンダー|coriander|n
ハーブ|herbs|n
カリフラワー|cauliflowers|n
ゴボウ|burdock|n
ごぼう|burdock|n
れんこん|lotus roots|n
レンコン|lotus roots|n
蓮根|lotus roots|n
たけのこ|bamboo shoots|n
タケノコ|bamboo shoots|n
筍|bamboo shoots|n
里芋|taro|n
さといも|taro|n
山芋|yams|n
長芋|yams|n
長いも|yams|n
山いも|yams|n
こんにゃく|konjac|n
コンニャク|konjac|n
蒟蒻|konjac|n
なす|aubergines|n
茄子|aubergines|n
ズッキーニ|courgettes|n
ゴーヤ|bitter gourds|n
ゴーヤー|bitter gourds|n
苦瓜|bitter gourds|n
オクラ|okra|n
パプリカ|sweet peppers|n
枝豆|edamame|n
えだまめ|edamame|n
そら豆|broad beans|n
空豆|broad beans|n
いんげん|green beans|n
インゲン|green beans|n
いんげん豆|green beans|n
グリーンピース|green peas|n
小豆|adzuki beans|n
あずき|adzuki beans|n
黒豆|black beans|n
ひよこ豆|chickpeas|n
レンズ豆|lentils|n
もやし|bean sprouts|n
モヤシ|bean sprouts|n
わさび|wasabi|n
ワサビ|wasabi|n
山葵|wasabi|n
舞茸|maitake mushrooms|n
まいたけ|maitake mushrooms|n
しめじ|shimeji mushrooms|n
シメジ|shimeji mushrooms|n
えのき|enoki mushrooms|n
エノキ|enoki mushrooms|n
エリンギ|king oyster mushrooms|n
マッシュルーム|button mushrooms|n
松茸|matsutake mushrooms|n
まつたけ|matsutake mushrooms|n
トリュフ|truffles|n
きくらげ|wood ear fungus|n
キクラゲ|wood ear fungus|n
木耳|wood ear fungus|n
干し椎茸|dried shiitake mushrooms|n
干ししいたけ|dried shiitake mushrooms|n
乾燥野菜|dried vegetables|n
冷凍野菜|frozen vegetables|n
カット野菜|cut vegetables|n
ミックスベジタブル|mixed vegetables|n
オリーブ|olives|n
紫芋|purple sweet potatoes|n
サツマイモ|sweet potatoes|n
スイートコーン|sweet corn|n
馬鈴薯|potatoes|n

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
グレープフルーツ|grapefruit|n
ライム|limes|n
ゆず|yuzu|n
ユズ|yuzu|n
柚子|yuzu|n
柑橘|citrus fruit|n
柑橘類|citrus fruit|n
洋梨|pears|n
西洋梨|pears|n
プラム|plums|n
すもも|plums|n
プルーン|prunes|n
梅|ume plums|n
梅干し|pickled ume plums|n
杏|apricots|n
アプリコット|apricots|n
ラズベリー|raspberries|n
クランベリー|cranberries|n
ストロベリー|strawberries|n
ベリー|berries|n
マスカット|muscat grapes|n
干しぶどう|raisins|n
レーズン|raisins|n
ザクロ|pomegranates|n
石榴|pomegranates|n
イチジク|figs|n
いちじく|figs|n
無花果|figs|n
柿|persimmons|n
ライチ|lychees|n
レイシ|lychees|n
ドラゴンフルーツ|dragon fruit|n
パッションフルーツ|passion fruit|n
パパイヤ|papayas|n
パパイア|papayas|n
グアバ|guavas|n
ドリアン|durians|n
マンゴスチン|mangosteens|n
デーツ|dates|n
クコの実|goji berries|n
ゴジベリー|goji berries|n
キウイフルーツ|kiwifruit|n
すいか|watermelons|n
ピスタチオ|pistachios|n
ヘーゼルナッツ|hazelnuts|n
マカダミアナッツ|macadamia nuts|n
マカデミアナッツ|macadamia nuts|n
ピーカンナッツ|pecans|n
ペカンナッツ|pecans|n
松の実|pine nuts|n
甘栗|roasted chestnuts|n
天津甘栗|roasted chestnuts|n
ミックスナッツ|mixed nuts|n
ドライマンゴー|dried mangoes|n
冷凍フルーツ|frozen fruit|n
パイン|pineapples|n

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
ドリップコーヒー|drip coffee|n
コーヒー粉|ground coffee|n
カフェインレス|decaffeinated|m
デカフェ|decaffeinated|m
コーヒーカプセル|coffee capsules|n
ほうじ茶|roasted green tea|n
麦茶|barley tea|n
ジャスミン茶|jasmine tea|n
ジャスミンティー|jasmine tea|n
ハーブティー|herbal tea|n
ミルクティー|milk tea|n
アイスティー|iced tea|n
茶葉|tea leaves|n
ティーパック|tea bags|n
黒胡椒|black pepper|n
黒こしょう|black pepper|n
ブラックペッパー|black pepper|n
白胡椒|white pepper|n
ホワイトペッパー|white pepper|n
花椒|Sichuan pepper|n
八角|star anise|n
スターアニス|star anise|n
クミン|cumin|n
ナツメグ|nutmeg|n
バニラ|vanilla|n
バニラビーンズ|vanilla pods|n
カレー粉|curry powder|n
チリパウダー|chilli powder|n
ジンジャー|ginger|n

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
ライ麦|rye|n
キヌア|quinoa|n
雑穀|mixed grains|n
長粒米|long-grain rice|n
バスマティ|basmati rice|n
バスマティライス|basmati rice|n
穀物|cereals|n

# Chapter 11: milling products
小麦粉|wheat flour|n
粉|powder|m
米粉|rice flour|n
でんぷん|starch|n
澱粉|starch|n
強力粉|bread flour|n
薄力粉|cake flour|n
全粒粉|wholemeal flour|n
そば粉|buckwheat flour|n
片栗粉|potato starch|n
コーンスターチ|maize starch|n
白玉粉|glutinous rice flour|n
もち粉|glutinous rice flour|n
パン粉|breadcrumbs|n
ホットケーキミックス|pancake mix|n
オートミール|oatmeal|n
グルテン|gluten|n
麦芽|malt|n
モルト|malt|n

# Chapter 12: oil seeds, herbs, seaweed
大豆|soya beans|n
落花生|groundnuts|n
ピーナッツ|groundnuts|n
ごま|sesame seeds|n
胡麻|sesame seeds|n
高麗人参|ginseng|n
海藻|seaweeds|n
海苔|laver|n
菜種|rape seeds|n
亜麻仁|linseed|n
アマニ|linseed|n
チアシード|chia seeds|n
パンプキンシード|pumpkin seeds|n
ひまわりの種|sunflower seeds|n
黒ごま|black sesame seeds|n
黒胡麻|black sesame seeds|n
白ごま|white sesame seeds|n
白胡麻|white sesame seeds|n
霊芝|reishi mushrooms|n
漢方|Chinese herbal medicine|n
薬草|medicinal herbs|n
ホップ|hops|n
昆布|kelp|n
こんぶ|kelp|n
わかめ|wakame|n
ワカメ|wakame|n
焼き海苔|roasted laver|n
焼きのり|roasted laver|n
寒天|agar-agar|n
さとうきび|sugar cane|n
サトウキビ|sugar cane|n
ペクチン|pectin|n

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
ごま油|sesame oil|n
胡麻油|sesame oil|n
ココナッツオイル|coconut oil|n
サラダ油|salad oil|n
キャノーラ油|canola oil|n
ひまわり油|sunflower oil|n
コーン油|maize oil|n
アマニ油|linseed oil|n
亜麻仁油|linseed oil|n
エキストラバージンオリーブオイル|extra virgin olive oil|n
マーガリン|margarine|n
ショートニング|shortening|n
魚油|fish oil|n
ワックス|wax|n
パラフィン|paraffin wax|n

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
缶詰め|canned|m
レトルト|retort-pouch|m
レトルト食品|retort-pouch food|n
冷凍食品|frozen food|n
惣菜|prepared dishes|n
弁当|boxed meals|n
ふりかけ|rice seasoning|n
出汁|soup stock|n
ダシ|soup stock|n
ブイヨン|bouillon|n
コンソメ|consommé|n
スープ|soup|n
味噌汁|miso soup|n
インスタントスープ|instant soup|n
上白糖|white sugar|n
グラニュー糖|granulated sugar|n
黒糖|brown sugar|n
黒砂糖|brown sugar|n
角砂糖|sugar cubes|n
粉糖|icing sugar|n
粉砂糖|icing sugar|n
ブドウ糖|glucose|n
果糖|fructose|n
キシリトール|xylitol|n
甘味料|sweeteners|n
人工甘味料|artificial sweeteners|n
メープルシロップ|maple syrup|n
ガム|chewing gum|n
チューインガム|chewing gum|n
グミ|gummies|n
キャラメル|caramels|n
マシュマロ|marshmallows|n
ラムネ|ramune|n
和菓子|Japanese confectionery|n
羊羹|sweet bean jelly|n
ようかん|sweet bean jelly|n
大福|daifuku|n
まんじゅう|steamed buns|n
饅頭|steamed buns|n
せんべい|rice crackers|n
煎餅|rice crackers|n
あられ|rice crackers|n
おかき|rice crackers|n
駄菓子|cheap sweets|n
スナック菓子|snacks|n
ダークチョコレート|dark chocolate|n
ビターチョコ|dark chocolate|n
ホワイトチョコ|white chocolate|n
ホワイトチョコレート|white chocolate|n
ミルクチョコレート|milk chocolate|n
ココアパウダー|cocoa powder|n

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
そうめん|somen noodles|n
素麺|somen noodles|n
中華麺|Chinese noodles|n
焼きそば|fried noodles|n
焼そば|fried noodles|n
カップラーメン|instant noodles|n
袋麺|instant noodles|n
春雨|glass noodles|n
ビーフン|rice vermicelli|n
スパゲッティ|spaghetti|n
スパゲティ|spaghetti|n
マカロニ|macaroni|n
ワンタン|wontons|n
シュウマイ|shumai|n
焼売|shumai|n
春巻き|spring rolls|n
春巻|spring rolls|n
肉まん|steamed meat buns|n
お好み焼き|okonomiyaki|n
たこ焼き|takoyaki|n
餅|rice cakes|n
切り餅|rice cakes|n
団子|dumplings|n
だんご|dumplings|n
おにぎり|rice balls|n
ご飯|cooked rice|n
パックご飯|instant cooked rice|n
おかゆ|rice porridge|n
お粥|rice porridge|n
寿司|sushi|n
食パン|sliced bread|n
フランスパン|baguettes|n
バゲット|baguettes|n
クロワッサン|croissants|n
ベーグル|bagels|n
菓子パン|sweet buns|n
パンケーキ|pancakes|n
ホットケーキ|pancakes|n
ワッフル|waffles|n
マフィン|muffins|n
ドーナツ|doughnuts|n
カステラ|castella sponge cake|n
ロールケーキ|roll cakes|n
チーズケーキ|cheesecakes|n
タルト|tarts|n
パイ|pies|n
シュークリーム|cream puffs|n
プリン|puddings|n
ゼリー|jellies|n
クラッカー|crackers|n
ウエハース|wafers|n
ポップコーン|popcorn|n
グラノーラ|granola|n
コーンフレーク|corn flakes|n
ミューズリー|muesli|n
タピオカ|tapioca|n
ピザ|pizza|n
ハンバーガー|hamburgers|n
サンドイッチ|sandwiches|n
ホットドッグ|hot dogs|n
離乳食|baby food|n
ベビーフード|baby food|n
プロテインバー|protein bars|n

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
キムチ|kimchi|n
ピクルス|pickles|n
野菜ジュース|vegetable juice|n
トマトジュース|tomato juice|n
オレンジジュース|orange juice|n
りんごジュース|apple juice|n
アップルジュース|apple juice|n
果汁|fruit juice|n
ココナッツミルク|coconut milk|n
ココナッツウォーター|coconut water|n
マーマレード|marmalade|n
ピーナッツバター|peanut butter|n
あんこ|sweet bean paste|n
餡子|sweet bean paste|n
フルーツ缶|canned fruit|n
トマト缶|canned tomatoes|n
トマトペースト|tomato paste|n
冷凍ポテト|frozen potatoes|n
ポテトチップ|potato crisps|n
ぽん酢|ponzu sauce|n
ポン酢|ponzu sauce|n
めんつゆ|noodle soup base|n
麺つゆ|noodle soup base|n
ウスターソース|Worcestershire sauce|n
とんかつソース|tonkatsu sauce|n
オイスターソース|oyster sauce|n
焼肉のたれ|barbecue sauce|n
バーベキューソース|barbecue sauce|n
パスタソース|pasta sauce|n
チリソース|chilli sauce|n
ホットソース|hot sauce|n
タバスコ|hot sauce|n
豆板醤|chilli bean paste|n
コチュジャン|red chilli paste|n
マスタード|mustard|n
からし|mustard|n
辛子|mustard|n
みりん|mirin|n
味醂|mirin|n
料理酒|cooking sake|n
麹|koji|n
こうじ|koji|n
うま味調味料|monosodium glutamate|n
化学調味料|monosodium glutamate|n
カレールー|curry roux|n
食塩|table salt|n
岩塩|rock salt|n
減塩|low-salt|m
イースト|yeast|n
ドライイースト|yeast|n
酵母|yeast|n
ベーキングパウダー|baking powder|n
プロテイン|protein powder|n
青汁|green vegetable juice powder|n
コラーゲン|collagen|n
マルチビタミン|multivitamins|n
栄養補助食品|food supplements|n
ソフトクリーム|soft-serve ice cream|n
アイス|ice cream|n
かき氷|shaved ice|n
シャーベット|sorbet|n
ジェラート|gelato|n
納豆|natto|n
油揚げ|fried tofu|n

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
天然水|natural mineral water|n
炭酸水|sparkling water|n
ソーダ|soda|n
サイダー|lemonade|n
エナジードリンク|energy drinks|n
栄養ドリンク|energy drinks|n
スポーツドリンク|sports drinks|n
乳酸菌飲料|lactic acid bacteria drinks|n
豆乳|soya milk|n
アーモンドミルク|almond milk|n
オーツミルク|oat milk|n
甘酒|amazake|n
缶コーヒー|canned coffee|n
アイスコーヒー|iced coffee|n
ジンジャーエール|ginger ale|n
ノンアルコール|non-alcoholic|m
ノンアルコールビール|non-alcoholic beer|n
地ビール|craft beer|n
クラフトビール|craft beer|n
生ビール|draught beer|n
黒ビール|stout|n
赤ワイン|red wine|n
白ワイン|white wine|n
ロゼワイン|rosé wine|n
スパークリングワイン|sparkling wine|n
シャンパン|champagne|n
純米酒|junmai sake|n
大吟醸|daiginjo sake|n
梅酒|plum liqueur|n
果実酒|fruit wine|n
リキュール|liqueurs|n
ブランデー|brandy|n
ウォッカ|vodka|n
ラム酒|rum|n
ジン|gin|n
テキーラ|tequila|n
紹興酒|Shaoxing wine|n
マッコリ|makgeolli rice wine|n
チューハイ|chu-hi|n
酎ハイ|chu-hi|n
ハイボール|highballs|n
カクテル|cocktails|n
ウィスキー|whisky|n
米酢|rice vinegar|n
りんご酢|cider vinegar|n
バルサミコ酢|balsamic vinegar|n
エタノール|ethanol|n
消毒用エタノール|disinfectant ethanol|n
氷|ice|n

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
ドッグフード|dog food|n
キャットフード|cat food|n
猫砂|cat litter|n
葉たばこ|tobacco leaves|n
シガレット|cigarettes|n
加熱式たばこ|heated tobacco products|n
加熱式タバコ|heated tobacco products|n
シーシャ|hookahs|n
水たばこ|hookahs|n
ニコチン|nicotine|n

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
砂利|gravel|n
石灰|lime|n
消石灰|lime|n
石膏|gypsum|n
御影石|granite|m
花崗岩|granite|m
グラナイト|granite|m
石材|stone|m
珪藻土|diatomaceous earth|n
粘土|clay|n
黒鉛|graphite|n
グラファイト|graphite|n
硫黄|sulphur|n
モルタル|mortar|n
コンクリート|concrete|m
鉱石|ores|n
銅鉱石|copper ore|n
ボーキサイト|bauxite|n
コークス|coke|n
アスファルト|asphalt|n
重油|heavy fuel oil|n
灯油|kerosene|n
ジェット燃料|jet fuel|n
ワセリン|petroleum jelly|n
グリース|lubricating grease|n
ギアオイル|gear oil|n
ブレーキフルード|brake fluid|n
ブレーキオイル|brake fluid|n
クーラント|antifreeze|n
不凍液|antifreeze|n
lpガス|liquefied petroleum gas|n
ブタンガス|butane|n
カセットボンベ|gas cartridges|n
ガスボンベ|gas cartridges|n
燃料|fuels|n
電力|electrical energy|n

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
硫酸|sulphuric acid|n
塩酸|hydrochloric acid|n
硝酸|nitric acid|n
リン酸|phosphoric acid|n
酢酸|acetic acid|n
クエン酸|citric acid|n
苛性ソーダ|sodium hydroxide|n
水酸化ナトリウム|sodium hydroxide|n
炭酸ナトリウム|sodium carbonate|n
ソーダ灰|sodium carbonate|n
重曹|sodium bicarbonate|n
炭酸水素ナトリウム|sodium bicarbonate|n
炭酸カルシウム|calcium carbonate|n
塩化カルシウム|calcium chloride|n
次亜塩素酸ナトリウム|sodium hypochlorite|n
過酸化水素|hydrogen peroxide|n
オキシドール|hydrogen peroxide|n
アンモニア|ammonia|n
酸素|oxygen|n
窒素|nitrogen|n
水素|hydrogen|n
二酸化炭素|carbon dioxide|n
炭酸ガス|carbon dioxide|n
ドライアイス|dry ice|n
冷媒|refrigerants|n
フロン|refrigerants|n
シリコンウエハー|silicon wafers|n
ウエハー|silicon wafers|n
アルミナ|aluminium oxide|n
酸化アルミニウム|aluminium oxide|n
酸化亜鉛|zinc oxide|n
酸化チタン|titanium dioxide|n
二酸化チタン|titanium dioxide|n
メタノール|methanol|n
エチレングリコール|ethylene glycol|n
グリセリン|glycerol|n
アセトン|acetone|n
イソプロピルアルコール|isopropyl alcohol|n
溶剤|solvents|n
シンナー|thinners|n
メラミン|melamine|m
アミノ酸|amino acids|n
ビタミンc|vitamin C|n
ビタミンd|vitamin D|n
葉酸|folic acid|n
カルシウム|calcium|n
マグネシウム|magnesium|m
カフェイン|caffeine|n
香料|flavourings|n
着色料|colouring matter|n
保存料|preservatives|n
添加物|additives|n
食品添加物|food additives|n
ゼラチン|gelatin|n
試薬|reagents|n
検査キット|test kits|n
抗原検査キット|antigen test kits|n
漢方薬|Chinese herbal medicine|n
風邪薬|cold medicines|n
解熱剤|antipyretics|n
鎮痛剤|painkillers|n
痛み止め|painkillers|n
胃薬|stomach medicines|n
目薬|eye drops|n
点眼薬|eye drops|n
軟膏|ointments|n
塗り薬|topical medicines|n
湿布|medicated plasters|n
抗生物質|antibiotics|n
インスリン|insulin|n
医薬部外品|quasi-drugs|n
うがい薬|gargle|n
脱脂綿|absorbent cotton|n
綿棒|cotton buds|n
化粧用コットン|cotton pads|n
救急箱|first-aid kits|n
ばんそうこう|adhesive plasters|n
テーピング|sports tape|n
妊娠検査薬|pregnancy tests|n
消毒用アルコール|disinfectant alcohol|n
アルコールジェル|hand sanitiser|n
ハンドジェル|hand sanitiser|n
除菌シート|antibacterial wipes|n
アンプル|ampoules|n

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
化成肥料|chemical fertilisers|n
有機肥料|organic fertilisers|n
堆肥|compost|n
液体肥料|liquid fertilisers|n
液肥|liquid fertilisers|n
培養土|potting soil|n
染料|dyes|n
顔料|pigments|n
インク|ink|n
インクカートリッジ|ink cartridges|n
トナー|toner cartridges|n
ニス|varnish|n
水性塗料|water-based paint|n
スプレー塗料|spray paint|n
ラッカースプレー|spray paint|n
錆止め|anti-rust paint|n
絵の具|paints|n
アクリル絵の具|acrylic paint|n
水彩絵の具|watercolours|n
コーキング|sealants|n
シーリング材|sealants|n
パテ|putty|n
ジェルネイル|gel nail polish|n
ネイル|nail art|m
除光液|nail polish remover|n
オードトワレ|eau de toilette|n
フレグランス|fragrance|n
メイク|make-up|n
メイクアップ|make-up|n
化粧下地|make-up primer|n
bbクリーム|BB cream|n
コンシーラー|concealer|n
フェイスパウダー|face powder|n
チーク|blusher|n
アイシャドウ|eye shadow|n
アイシャドー|eye shadow|n
アイライナー|eyeliner|n
マスカラ|mascara|n
つけまつげ|false eyelashes|n
リップクリーム|lip balm|n
リップグロス|lip gloss|n
クレンジング|cleansing|n
クレンジングオイル|cleansing oil|n
メイク落とし|make-up remover|n
洗顔料|facial cleanser|n
洗顔フォーム|facial cleanser|n
乳液|lotion|n
美容液|serum|n
セラム|serum|n
フェイスクリーム|face cream|n
アイクリーム|eye cream|n
シートマスク|beauty masks|n
フェイスパック|beauty masks|n
uvカット|UV-protective|m
ボディローション|body lotion|n
ボディクリーム|body cream|n
ハンドクリーム|hand cream|n
ボディソープ|body wash|n
ボディーソープ|body wash|n
ハンドソープ|hand wash|n
トリートメント|hair treatment|n
ヘアオイル|hair oil|n
ヘアカラー|hair dye|n
白髪染め|hair dye|n
ヘアスプレー|hair spray|n
ヘアワックス|hair wax|n
制汗剤|antiperspirant|n
デオドラント|deodorant|n
マウスウォッシュ|mouthwash|n
洗口液|mouthwash|n
デンタルフロス|dental floss|n
入浴剤|bath additives|n
スキンケア|skin care|m
美白|whitening|m
保湿|moisturising|m
液体洗剤|liquid detergent|n
粉末洗剤|powder detergent|n
柔軟剤|fabric softener|n
漂白剤|bleach|n
クリーナー|cleaners|n
消臭剤|deodorisers|n
芳香剤|air fresheners|n
お香|incense|n
線香|incense sticks|n
蚊取り線香|mosquito coils|n
靴クリーム|shoe polish|n
アロマ|aromatherapy|m

# Chapters 35-38: glues, pesticides, other chemicals
接着剤|adhesives|n
ボンド|adhesives|n
テープ|tape|n
農薬|pesticides|n
花火|fireworks|n
消毒液|disinfectants|n
活性炭|activated carbon|n
瞬間接着剤|instant glue|n
スティックのり|glue sticks|n
両面テープ|double-sided tape|n
ガムテープ|packing tape|n
セロハンテープ|adhesive tape|n
セロテープ|adhesive tape|n
マスキングテープ|masking tape|n
養生テープ|masking tape|n
絶縁テープ|insulating tape|n
殺虫剤|insecticides|n
除草剤|herbicides|n
防虫剤|insect repellent|n
虫除け|insect repellent|n
虫よけ|insect repellent|n
マッチ|matches|n
乾燥剤|desiccants|n
保冷剤|ice packs|n
ハンダ|solder|n
半田|solder|n
チョーク|chalk|n

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
ポリプロピレン|polypropylene|m
ポリスチレン|polystyrene|m
ポリカーボネート|polycarbonate|m
abs樹脂|ABS plastic|m
塩化ビニル|polyvinyl chloride|m
ポリ塩化ビニル|polyvinyl chloride|m
フッ素樹脂|PTFE|m
テフロン|PTFE|m
エポキシ樹脂|epoxy resin|m
ウレタン|polyurethane|m
レジン|resin|m
プラスチック製|plastic|m
樹脂製|plastic|m
プラスチック製品|articles of plastics|n
ストレッチフィルム|stretch film|n
プチプチ|bubble wrap|n
エアキャップ|bubble wrap|n
緩衝材|cushioning material|n
ゴミ袋|refuse bags|n
ごみ袋|refuse bags|n
チャック袋|zip-lock bags|n
保存袋|storage bags|n
レジ袋|carrier bags|n
ショッピングバッグ|shopping bags|n
エコバッグ|reusable shopping bags|n
袋|bags|n
足袋|tabi socks|n
タッパー|food containers|n
保存容器|food containers|n
密閉容器|airtight containers|n
弁当箱|lunch boxes|n
ランチボックス|lunch boxes|n
ストロー|drinking straws|n
収納ボックス|storage boxes|n
収納ケース|storage cases|n
衣装ケース|clothes storage cases|n
バケツ|buckets|n
洗面器|basins|n
タンク|tanks|n
浴槽|baths|n
バスタブ|baths|n
便座|toilet seats|n
物干し|clothes drying racks|n

# Chapter 40: rubber
ゴム|rubber|m
ラテックス|latex|m
タイヤ|tyres|n
手袋|gloves|n
グローブ|gloves|n
ホース|hoses|n
ベルト|belts|n
コンドーム|condoms|n
天然ゴム|natural rubber|m
合成ゴム|synthetic rubber|m
ニトリル手袋|nitrile gloves|n
ゴム手袋|rubber gloves|n
使い捨て手袋|disposable gloves|n
oリング|O-rings|n
パッキン|gaskets|n
ガスケット|gaskets|n
輪ゴム|rubber bands|n
ゴムバンド|rubber bands|n
ベルトコンベア|conveyor belts|n
スタッドレスタイヤ|winter tyres|n
冬タイヤ|winter tyres|n
スノータイヤ|winter tyres|n
チューブ|tubes|n
消しゴム|erasers|n
スポンジ|sponges|n

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
牛革|cowhide|m
スエード|suede|m
スウェード|suede|m
puレザー|PU leather|m
エコファー|artificial fur|m
レザージャケット|leather jackets|n
革ジャン|leather jackets|n
ショルダーバッグ|shoulder bags|n
トートバッグ|tote bags|n
ボストンバッグ|holdalls|n
クラッチバッグ|clutch bags|n
ウエストポーチ|belt bags|n
ウエストバッグ|belt bags|n
ボディバッグ|sling bags|n
サコッシュ|sling bags|n
ポーチ|pouches|n
ランドセル|school backpacks|n
ビジネスバッグ|briefcases|n
ブリーフケース|briefcases|n
pcバッグ|laptop bags|n
カメラバッグ|camera bags|n
化粧ポーチ|cosmetic bags|n
コインケース|coin purses|n
小銭入れ|coin purses|n
カードケース|card holders|n
キーケース|key cases|n
長財布|long wallets|n
ペンケース|pencil cases|n
筆箱|pencil cases|n
メガネケース|spectacle cases|n
眼鏡ケース|spectacle cases|n
工具箱|toolboxes|n
保冷バッグ|insulated bags|n
クーラーボックス|cool boxes|n
ペットキャリー|pet carriers|n
首輪|collars|n
リード|leashes|n
ハーネス|harnesses|n

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
材木|timber|n
角材|timber|n
丸太|logs|n
板材|boards|n
mdf|MDF|n
パーティクルボード|particle board|n
フローリング|flooring|n
床材|flooring|n
パイン材|pine|m
オーク|oak|m
竹製|bamboo|m
木箱|wooden cases|n
すのこ|slatted boards|n
まな板|chopping boards|n
カッティングボード|chopping boards|n
しゃもじ|rice paddles|n
木べら|wooden spatulas|n
爪楊枝|toothpicks|n
つまようじ|toothpicks|n
割り箸|disposable chopsticks|n
割りばし|disposable chopsticks|n
竹串|skewers|n
串|skewers|n
かご|baskets|n
籠|baskets|n
カゴ|baskets|n
バスケット|baskets|n
ざる|colanders|n

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
コピー用紙|copy paper|n
a4用紙|A4 paper|n
感熱紙|thermal paper|n
クラフト紙|kraft paper|n
画用紙|drawing paper|n
折り紙|origami paper|n
封筒|envelopes|n
ハガキ|postcards|n
葉書|postcards|n
ポストカード|postcards|n
グリーティングカード|greeting cards|n
カレンダー|calendars|n
手帳|planners|n
メモ帳|notepads|n
付箋|sticky notes|n
ふせん|sticky notes|n
ルーズリーフ|loose-leaf paper|n
クリアファイル|clear files|n
バインダー|binders|n
アルバム|photo albums|n
スケッチブック|sketchbooks|n
雑誌|magazines|n
新聞|newspapers|n
漫画|comics|n
マンガ|comics|n
コミック|comics|n
絵本|picture books|n
小説|novels|n
辞書|dictionaries|n
教科書|textbooks|n
ポスター|posters|n
地図|maps|n
パンフレット|brochures|n
説明書|instruction manuals|n
取扱説明書|instruction manuals|n
包装紙|wrapping paper|n
ラッピングペーパー|wrapping paper|n
クッキングシート|baking paper|n
キッチンペーパー|kitchen towels|n
ペーパータオル|paper towels|n
紙ナプキン|paper napkins|n
紙皿|paper plates|n
ギフトボックス|gift boxes|n
生理用ナプキン|sanitary towels|n
タンポン|tampons|n
大人用おむつ|adult diapers|n
ウェットシート|wet wipes|n
おしりふき|baby wipes|n
ウォールステッカー|wall stickers|n

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
メリノウール|merino wool|m
アルパカ|alpaca|m
モヘア|mohair|m
オーガニックコットン|organic cotton|m
ジュート|jute|m
ヘンプ|hemp|m
テンセル|lyocell|m
リヨセル|lyocell|m
モダール|modal|m
スパンデックス|elastane|m
ストレッチ|stretch|m
化繊|man-made fibres|m
合成繊維|synthetic fibres|m
マイクロファイバー|microfibre|m
シフォン|chiffon|m
サテン|satin|m
ベルベット|velvet|m
ベロア|velvet|m
コーデュロイ|corduroy|m
フランネル|flannel|m
チェック|checked|m
ボーダー|striped|m
ストライプ|striped|m
花柄|floral|m
無地|plain|m
迷彩|camouflage|m
刺繍|embroidered|m
キャンバス|canvas|m
帆布|canvas|m
裏起毛|fleece-lined|m
パイル|terry fabric|m
タオル地|terry fabric|m
プリーツ|pleated|m
フェルト|felt|m
ターポリン|tarpaulins|n
ブルーシート|tarpaulins|n
ミシン糸|sewing thread|n
縫い糸|sewing thread|n
毛糸|knitting yarn|n
紐|cords|n
ひも|cords|n
リボン|ribbons|n
面ファスナー|hook and loop fasteners|n
マジックテープ|hook and loop fasteners|n
ハンモック|hammocks|n
玄関マット|door mats|n
バスマット|bath mats|n
マット|mats|n
人工芝|artificial turf|n
布巾|dish cloths|n
ふきん|dish cloths|n
雑巾|cleaning cloths|n

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
トップス|tops|n
カットソー|knitted tops|n
タンクトップ|tank tops|n
キャミソール|camisoles|n
ノースリーブ|sleeveless|m
七分袖|three-quarter-sleeved|m
クルーネック|crew-neck|m
丸首|crew-neck|m
vネック|V-neck|m
タートルネック|high-neck|m
ハイネック|high-neck|m
フード付き|hooded|m
ブルゾン|blousons|n
ジャンパー|jackets|n
マウンテンパーカー|outdoor jackets|n
ウインドブレーカー|windcheaters|n
ダウンベスト|down vests|n
トレンチコート|trench coats|n
レインコート|raincoats|n
合羽|raincoats|n
テーラードジャケット|blazers|n
ブレザー|blazers|n
スラックス|suit trousers|n
チノパン|chinos|n
カーゴパンツ|cargo trousers|n
ワイドパンツ|wide-leg trousers|n
ジョガーパンツ|jogging bottoms|n
スウェットパンツ|jogging bottoms|n
ヨガパンツ|yoga pants|n
ジャージ|tracksuits|n
オーバーオール|dungarees|n
サロペット|dungarees|n
ロンパース|rompers|n
ベビー服|babies' garments|n
子供服|children's clothing|n
ミニスカート|miniskirts|n
ロングスカート|long skirts|n
ウェディングドレス|wedding dresses|n
ルームウェア|loungewear|n
部屋着|loungewear|n
バスローブ|bathrobes|n
ガウン|gowns|n
甚平|jinbei|n
帯|obi sashes|n
ボクサーパンツ|boxer briefs|n
トランクス|boxer shorts|n
ブリーフ|briefs|n
スポーツブラ|sports bras|n
補正下着|shapewear|n
ストッキング|stockings|n
パンスト|tights|n
パンティストッキング|tights|n
ビキニ|bikinis|n
ウェットスーツ|wetsuits|n
学生服|school uniforms|n
作業着|workwear|n
防護服|protective clothing|n
蝶ネクタイ|bow ties|n
ネックウォーマー|neck warmers|n
ハンカチ|handkerchiefs|n
バンダナ|bandanas|n
敷布団|futon mattresses|n
掛け布団|duvets|n
羽毛布団|down quilts|n
布団カバー|duvet covers|n
シーツ|bed sheets|n
ボックスシーツ|fitted sheets|n
枕カバー|pillowcases|n
ベッドカバー|bedspreads|n
タオルケット|terry blankets|n
バスタオル|bath towels|n
フェイスタオル|face towels|n
ハンドタオル|hand towels|n
テーブルクロス|tablecloths|n
ランチョンマット|placemats|n
ブラインド|blinds|n
ロールスクリーン|roller blinds|n
レースカーテン|net curtains|n
遮光カーテン|blackout curtains|n
クッション|cushions|n
クッションカバー|cushion covers|n
座布団|floor cushions|n
ソファーカバー|sofa covers|n
ソファカバー|sofa covers|n
寝袋|sleeping bags|n
巾着|drawstring bags|n
不織布マスク|nonwoven face masks|n
医療用マスク|medical face masks|n
布マスク|cloth face masks|n
アイマスク|eye masks|n
古着|worn clothing|n
子供靴下|children's socks|n

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
ランニングシューズ|running shoes|n
バスケットシューズ|basketball shoes|n
バッシュ|basketball shoes|n
サッカースパイク|football boots|n
スパイク|football boots|n
トレッキングシューズ|hiking boots|n
登山靴|hiking boots|n
安全靴|safety shoes|n
ローファー|loafers|n
ミュール|mules|n
ショートブーツ|ankle boots|n
ロングブーツ|knee-high boots|n
スノーブーツ|snow boots|n
レインブーツ|rain boots|n
ビーチサンダル|flip-flops|n
下駄|geta clogs|n
草履|zori sandals|n
子供靴|children's shoes|n
ベビーシューズ|baby shoes|n
上履き|indoor shoes|n
靴底|soles|n
ソール|soles|n
中敷き|insoles|n
靴紐|laces|n
靴ひも|laces|n
シューレース|laces|n
ニット帽|knitted hats|n
ハット|hats|n
麦わら帽子|straw hats|n
ヘアバンド|headbands|n
カチューシャ|hairbands|n
日傘|parasols|n
折りたたみ傘|folding umbrellas|n
ビニール傘|plastic umbrellas|n
杖|walking sticks|n
エクステ|hair extensions|n
エクステンション|hair extensions|n
フェイクグリーン|artificial plants|n
人工観葉植物|artificial plants|n
扇子|folding fans|n
うちわ|hand fans|n

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
砥石|sharpening stones|n
サンドペーパー|sandpaper|n
紙やすり|sandpaper|n
グラスウール|glass wool|n
ロックウール|rock wool|n
断熱材|insulating materials|n
石膏ボード|plasterboard|n
瓦|roofing tiles|n
洗面台|washbasins|n
シンク|sinks|n
温水洗浄便座|bidet toilet seats|n
陶器|earthenware|m
磁器|porcelain|m
マグカップ|mugs|n
湯呑み|teacups|n
湯飲み|teacups|n
ティーカップ|teacups|n
急須|teapots|n
ティーポット|teapots|n
土鍋|earthenware pots|n
丼|bowls|n
どんぶり|bowls|n
小皿|small plates|n
花瓶|vases|n
植木鉢|flower pots|n
プランター|planters|n
置物|ornaments|n
ワイングラス|wine glasses|n
ビアグラス|beer glasses|n
ビールジョッキ|beer glasses|n
ガラス瓶|glass bottles|n
哺乳瓶|feeding bottles|n
耐熱ガラス|heat-resistant glass|m
強化ガラス|tempered glass|m
ガラス繊維|glass fibres|m
グラスファイバー|glass fibres|m
ビーズ|beads|n
バックミラー|rear-view mirrors|n

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
k18|18-carat gold|m
18金|18-carat gold|m
純金|fine gold|m
金貨|gold coins|n
スターリングシルバー|sterling silver|m
シルバー925|sterling silver|m
ピンクゴールド|rose gold|m
金メッキ|gold-plated|m
ゴールドメッキ|gold-plated|m
メッキ|plated|m
婚約指輪|engagement rings|n
エンゲージリング|engagement rings|n
結婚指輪|wedding rings|n
マリッジリング|wedding rings|n
チョーカー|chokers|n
バングル|bangles|n
アンクレット|anklets|n
ブローチ|brooches|n
ヘアアクセサリー|hair accessories|n
ヘアゴム|hair ties|n
ルビー|rubies|n
サファイア|sapphires|n
エメラルド|emeralds|n
翡翠|jadeite|m
ヒスイ|jadeite|m
キュービックジルコニア|cubic zirconia|m
ジルコニア|cubic zirconia|m
貴金属|precious metals|n

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
sus304|304 stainless steel|m
鉄鋼|iron and steel|m
継手|pipe fittings|n
フランジ|flanges|n
金網|wire mesh|n
フェンス|fencing|n
ドラム缶|steel drums|n
缶|cans|n
タッピングビス|self-tapping screws|n
タッピンねじ|self-tapping screws|n
六角ボルト|hexagon bolts|n
リベット|rivets|n
ピンク|pink|m
クリップ|clips|n
針|needles|n
フック|hooks|n
両手鍋|saucepans|n
片手鍋|milk pans|n
圧力鍋|pressure cookers|n
中華鍋|woks|n
蒸し器|steamers|n
グリル|grills|n
バーベキューコンロ|barbecue grills|n
おたま|ladles|n
お玉|ladles|n
フライ返し|spatulas|n
トング|tongs|n
泡立て器|whisks|n
ピーラー|peelers|n
缶切り|can openers|n
栓抜き|bottle openers|n
計量カップ|measuring cups|n
計量スプーン|measuring spoons|n
キッチンツール|kitchen utensils|n
調理器具|kitchen utensils|n
キッチン用品|kitchenware|n
カトラリー|cutlery|n
ステンレスボトル|stainless steel bottles|n
水切りかご|dish racks|n
ハンガーラック|clothes racks|n
ゴミ箱|waste bins|n
金庫|safes|n
たわし|scrubbing brushes|n
ドアノブ|door knobs|n
取っ手|handles|n
蝶番|hinges|n
ヒンジ|hinges|n
キャスター|castors|n
車輪|wheels|n
南京錠|padlocks|n
シャッター|shutters|n
ドア|doors|n
網戸|window screens|n
窓|windows|n

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
銅板|copper plates|n
銅管|copper tubes|n
アルミ板|aluminium sheets|n
アルミ缶|aluminium cans|n
アルミ製|aluminium|m
ダイカスト|die-cast|m
リチウム|lithium|m
銅製|copper|m
ステンレス製|stainless steel|m
鉄製|iron|m
金属製|metal|m

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
ハンドツール|hand tools|n
工具セット|tool sets|n
モンキーレンチ|adjustable spanners|n
六角レンチ|hex keys|n
ニッパー|nippers|n
ラジオペンチ|long-nose pliers|n
プライヤー|pliers|n
プラスドライバー|Phillips screwdrivers|n
マイナスドライバー|flat screwdrivers|n
ドリルビット|drill bits|n
金槌|hammers|n
かなづち|hammers|n
ノコギリ|saws|n
鋸|saws|n
カッター|cutters|n
カッターナイフ|utility knives|n
替刃|replacement blades|n
刃|blades|n
果物ナイフ|fruit knives|n
牛刀|chef's knives|n
三徳包丁|santoku knives|n
十徳ナイフ|multi-tools|n
マルチツール|multi-tools|n
爪切り|nail clippers|n
毛抜き|tweezers|n
ピンセット|tweezers|n
剪定ばさみ|secateurs|n
剪定鋏|secateurs|n
スコップ|shovels|n
シャベル|shovels|n
斧|axes|n
鎌|sickles|n
ガーデニング|gardening|m
ジャッキ|jacks|n
クランプ|clamps|n
グルーガン|glue guns|n
ハンダゴテ|soldering irons|n
半田ごて|soldering irons|n
スマートロック|smart locks|n
キーホルダー|key rings|n
キーリング|key rings|n
風鈴|wind chimes|n
研ぎ器|knife sharpeners|n
包丁研ぎ|knife sharpeners|n

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
ディーゼルエンジン|diesel engines|n
ボイラー|boilers|n
給湯器|water heaters|n
水中ポンプ|submersible pumps|n
空気入れ|air pumps|n
エアポンプ|air pumps|n
エアコンプレッサー|air compressors|n
送風機|blowers|n
ブロワー|blowers|n
換気扇|ventilation fans|n
サーキュレーター|air circulators|n
シーリングファン|ceiling fans|n
ハンディファン|handheld fans|n
usb扇風機|USB fans|n
ラジエーター|radiators|n
除湿機|dehumidifiers|n
加湿器|humidifiers|n
製氷機|ice makers|n
ウォーターサーバー|water dispensers|n
オイルフィルター|oil filters|n
エアフィルター|air filters|n
衣類乾燥機|tumble dryers|n
ドラム式洗濯機|front-loading washing machines|n
洗濯乾燥機|washer-dryers|n
インクジェットプリンター|inkjet printers|n
レーザープリンター|laser printers|n
3dプリンター|3D printers|n
ラベルプリンター|label printers|n
複合機|multifunction printers|n
コピー機|photocopiers|n
スキャナー|scanners|n
バーコードリーダー|barcode scanners|n
シュレッダー|paper shredders|n
デスクトップパソコン|desktop computers|n
デスクトップ|desktop computers|n
ゲーミングpc|gaming computers|n
ゲーミングパソコン|gaming computers|n
ゲーミング|gaming|m
ミニpc|mini PCs|n
ssd|solid-state drives|n
hdd|hard disk drives|n
外付けハードディスク|external hard drives|n
外付け|external|m
usbメモリー|USB flash drives|n
メモリーカード|memory cards|n
メモリカード|memory cards|n
sdカード|memory cards|n
microsdカード|memory cards|n
メモリ|memory modules|n
メモリー|memory modules|n
グラフィックボード|graphics cards|n
グラボ|graphics cards|n
マザーボード|motherboards|n
cpu|processors|n
pcケース|computer cases|n
カードリーダー|card readers|n
usbハブ|USB hubs|n
マウスパッド|mouse pads|n
コントローラー|controllers|n
ゲームパッド|gamepads|n
液晶ディスプレイ|LCD monitors|n
液晶|LCD|m
旋盤|lathes|n
cnc|CNC|m
真空パック機|vacuum sealers|n
真空包装機|vacuum sealers|n
フードプロセッサー|food processors|n
農機具|agricultural machinery|n
草刈り機|brush cutters|n
芝刈り機|lawn mowers|n
噴霧器|sprayers|n
建設機械|construction machinery|n
重機|construction machinery|n
ブルドーザー|bulldozers|n
油圧ショベル|excavators|n
パワーショベル|excavators|n
ユンボ|excavators|n
台車|hand trucks|n
ロボット|robots|n
エスプレッソマシン|espresso machines|n
コーヒーミル|coffee grinders|n
ジューサー|juicers|n
ハンドミキサー|hand mixers|n
ホームベーカリー|bread makers|n
ヨーグルトメーカー|yoghurt makers|n
ガスコンロ|gas cookers|n
コンロ|cookers|n
カセットコンロ|portable gas stoves|n
ih|induction|m
オーブンレンジ|microwave ovens|n
ボールバルブ|ball valves|n
水栓|taps|n
混合水栓|mixer taps|n
シャワーヘッド|shower heads|n
シャワー|showers|n
軸受|bearings|n
ギアボックス|gearboxes|n
クラッチ|clutches|n
油圧シリンダー|hydraulic cylinders|n
油圧|hydraulic|m
ピストン|pistons|n
電子はかり|electronic scales|n
デジタルスケール|digital scales|n
キッチンスケール|kitchen scales|n
体組成計|body composition scales|n
高圧洗浄機|pressure washers|n
スチームクリーナー|steam cleaners|n
生活家電|household appliances|n

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
電動機|electric motors|n
dcモーター|DC motors|n
ポータブル電源|portable power stations|n
太陽光発電|solar power generation|m
ソーラーライト|solar lights|n
acアダプター|AC adaptors|n
電源アダプター|power adaptors|n
電源コード|power cords|n
延長コード|extension cables|n
電源タップ|power strips|n
テーブルタップ|power strips|n
変換プラグ|travel adaptors|n
急速充電器|fast chargers|n
ワイヤレス充電器|wireless chargers|n
車載充電器|car chargers|n
充電|charging|m
usb充電|USB rechargeable|m
usbケーブル|USB cables|n
type-c|USB-C|m
type-cケーブル|USB-C cables|n
hdmiケーブル|HDMI cables|n
lanケーブル|network cables|n
光ファイバー|optical fibre|n
端子|terminals|n
ブレーカー|circuit breakers|n
ヒューズ|fuses|n
リレー|relays|n
タイマー|timers|n
スマートプラグ|smart plugs|n
インターホン|intercoms|n
ドアホン|intercoms|n
火災報知器|fire alarms|n
火災警報器|fire alarms|n
防犯ブザー|personal alarms|n
トランシーバー|walkie-talkies|n
固定電話|landline telephones|n
スマホスタンド|phone stands|n
スマホホルダー|phone holders|n
スマートフォンホルダー|phone holders|n
車載ホルダー|car phone holders|n
スタンド|stands|n
保護フィルム|screen protectors|n
液晶保護フィルム|screen protectors|n
ガラスフィルム|tempered glass screen protectors|n
自撮り棒|selfie sticks|n
ジンバル|gimbals|n
ヘッドセット|headsets|n
ワイヤレスイヤホン|wireless earphones|n
骨伝導|bone conduction|m
ノイズキャンセリング|noise-cancelling|m
耳栓|earplugs|n
サウンドバー|soundbars|n
スマートスピーカー|smart speakers|n
アンプ|amplifiers|n
ボイスレコーダー|voice recorders|n
icレコーダー|voice recorders|n
ラジオ|radios|n
プレーヤー|players|n
プレイヤー|players|n
液晶テレビ|LCD televisions|n
ビデオカメラ|video cameras|n
アクションカメラ|action cameras|n
一眼レフ|DSLR cameras|n
ミラーレス|mirrorless cameras|n
インスタントカメラ|instant cameras|n
交換レンズ|interchangeable lenses|n
監視カメラ|surveillance cameras|n
ドライブレコーダー|dashcams|n
ドラレコ|dashcams|n
カーナビ|car navigation systems|n
gps|GPS|m
アンテナ|aerials|n
コンデンサー|capacitors|n
プリント基板|printed circuit boards|n
モジュール|modules|n
電気ポット|electric water boilers|n
ホットプレート|hotplates|n
電気圧力鍋|electric pressure cookers|n
オーブントースター|toaster ovens|n
ブレンダー|blenders|n
電動歯ブラシ|electric toothbrushes|n
電気シェーバー|electric shavers|n
バリカン|hair clippers|n
脱毛器|hair removal devices|n
ヘアアイロン|hair straighteners|n
カールアイロン|curling irons|n
美顔器|facial beauty devices|n
衣類スチーマー|garment steamers|n
ロボット掃除機|robot vacuum cleaners|n
コードレス掃除機|cordless vacuum cleaners|n
ハンディクリーナー|handheld vacuum cleaners|n
布団乾燥機|futon dryers|n
電気ストーブ|electric heaters|n
セラミックヒーター|ceramic heaters|n
オイルヒーター|oil-filled radiators|n
ファンヒーター|fan heaters|n
こたつ|kotatsu tables|n
炬燵|kotatsu tables|n
電気毛布|electric blankets|n
ホットカーペット|electric floor mats|n
カイロ|heat packs|n
電動ドリル|electric drills|n
ドリル|drills|n
インパクトドライバー|impact drivers|n
電動ドライバー|electric screwdrivers|n
グラインダー|angle grinders|n
ディスクグラインダー|angle grinders|n
丸ノコ|circular saws|n
丸のこ|circular saws|n
ジグソー|jigsaws|n
ヒートガン|heat guns|n
チェーンソー|chainsaws|n
コードレス|cordless|m
充電池|rechargeable batteries|n
単3電池|AA batteries|n
単4電池|AAA batteries|n
ボタン電池|button cells|n
アルカリ電池|alkaline batteries|n
led電球|LED bulbs|n
ledライト|LED lights|n
ledテープ|LED strips|n
蛍光灯|fluorescent lamps|n
シーリングライト|ceiling lamps|n
ペンダントライト|pendant lamps|n
シャンデリア|chandeliers|n
スポットライト|spotlights|n
ダウンライト|downlights|n
フロアライト|floor lamps|n
フロアスタンド|floor lamps|n
デスクライト|desk lamps|n
デスクスタンド|desk lamps|n
ナイトライト|night lights|n
常夜灯|night lights|n
センサーライト|sensor lights|n
投光器|floodlights|n
ランタン|lanterns|n
イルミネーション|decorative lights|n
懐中電灯|torches|n
照明器具|lighting fittings|n
スマートバンド|fitness bands|n
vrゴーグル|VR headsets|n
電子辞書|electronic dictionaries|n
翻訳機|translators|n
タッチペン|stylus pens|n
スタイラスペン|stylus pens|n
家電製品|household appliances|n

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
電車|trains|n
セダン|saloon cars|n
suv|SUVs|n
軽自動車|kei cars|n
ミニバン|minivans|n
ダンプカー|dump trucks|n
トレーラー|trailers|n
消防車|fire engines|n
救急車|ambulances|n
キャンピングカー|motor caravans|n
ピックアップトラック|pick-up trucks|n
電動キックボード|electric scooters|n
キックボード|kick scooters|n
原付|mopeds|n
原付バイク|mopeds|n
原動機付自転車|mopeds|n
電動バイク|electric motorcycles|n
三輪車|tricycles|n
マウンテンバイク|mountain bikes|n
ロードバイク|road bikes|n
折りたたみ自転車|folding bicycles|n
電動アシスト自転車|electric bicycles|n
チャイルドシート|child car seats|n
カー用品|car accessories|n
バンパー|bumpers|n
テールランプ|tail lights|n
フォグランプ|fog lamps|n
フロントガラス|windscreens|n
ワイパー|windscreen wipers|n
ブレーキパッド|brake pads|n
ブレーキディスク|brake discs|n
ディスクローター|brake discs|n
サスペンション|suspension|n
アルミホイール|alloy wheels|n
スパークプラグ|spark plugs|n
点火プラグ|spark plugs|n
エアバッグ|airbags|n
シートカバー|seat covers|n
カーシート|seat covers|n
フロアマット|car floor mats|n
サンシェード|sunshades|n
サドル|saddles|n
ペダル|pedals|n
ヘリコプター|helicopters|n
漁船|fishing vessels|n
ヨット|yachts|n
カヌー|canoes|n
カヤック|kayaks|n
ゴムボート|inflatable boats|n
水上バイク|jet skis|n
ライフジャケット|life jackets|n
救命胴衣|life jackets|n

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
老眼鏡|reading glasses|n
メガネフレーム|spectacle frames|n
眼鏡フレーム|spectacle frames|n
ブルーライトカット|blue-light blocking|m
ゴーグル|goggles|n
カラコン|coloured contact lenses|n
カラーコンタクト|coloured contact lenses|n
虫眼鏡|magnifying glasses|n
ルーペ|magnifying glasses|n
双眼鏡|binoculars|n
水平器|spirit levels|n
メジャー|tape measures|n
巻尺|tape measures|n
コンベックス|tape measures|n
定規|rulers|n
テスター|multimeters|n
マルチメーター|multimeters|n
湿度計|hygrometers|n
温湿度計|thermo-hygrometers|n
非接触体温計|infrared thermometers|n
放射温度計|infrared thermometers|n
血糖値測定器|blood glucose meters|n
パルスオキシメーター|pulse oximeters|n
酸素濃縮器|oxygen concentrators|n
医療用品|medical supplies|n
介護用品|nursing care products|n
介護ベッド|nursing beds|n
歩行器|walking frames|n
松葉杖|crutches|n
サポーター|supports|n
入れ歯|dentures|n
マウスピース|mouthguards|n
マッサージチェア|massage chairs|n
マッサージガン|massage guns|n
ストップウォッチ|stopwatches|n
懐中時計|pocket watches|n
置き時計|table clocks|n
掛け時計|wall clocks|n
電波時計|radio-controlled clocks|n
機械式時計|mechanical watches|n
電子ピアノ|digital pianos|n
エレキギター|electric guitars|n
アコースティックギター|acoustic guitars|n
アコギ|acoustic guitars|n
ウクレレ|ukuleles|n
バイオリン|violins|n
ヴァイオリン|violins|n
チェロ|cellos|n
フルート|flutes|n
リコーダー|recorders|n
サックス|saxophones|n
サクソフォン|saxophones|n
トランペット|trumpets|n
ハーモニカ|harmonicas|n
電子ドラム|electronic drum kits|n
太鼓|drums|n
三味線|shamisen|n
カリンバ|kalimbas|n
鍵盤ハーモニカ|melodicas|n
メトロノーム|metronomes|n
オルゴール|music boxes|n
エアガン|air guns|n

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
ダイニングチェア|dining chairs|n
ゲーミングチェア|gaming chairs|n
座椅子|floor chairs|n
折りたたみ椅子|folding chairs|n
パイプ椅子|folding chairs|n
スツール|stools|n
ベンチ|benches|n
ソファベッド|sofa beds|n
ソファーベッド|sofa beds|n
ビーズクッション|bean bags|n
ダイニングテーブル|dining tables|n
ローテーブル|coffee tables|n
センターテーブル|coffee tables|n
サイドテーブル|side tables|n
学習机|study desks|n
パソコンデスク|computer desks|n
昇降デスク|height-adjustable desks|n
スタンディングデスク|height-adjustable desks|n
ドレッサー|dressing tables|n
テレビ台|TV stands|n
本棚|bookcases|n
カラーボックス|storage shelves|n
スチールラック|steel shelving|n
食器棚|kitchen cupboards|n
チェスト|chests of drawers|n
タンス|chests of drawers|n
箪笥|chests of drawers|n
引き出し|drawers|n
下駄箱|shoe cabinets|n
シューズボックス|shoe cabinets|n
ロッカー|lockers|n
ショーケース|display cabinets|n
ベッドフレーム|bed frames|n
二段ベッド|bunk beds|n
シングルベッド|single beds|n
ダブルベッド|double beds|n
折りたたみベッド|folding beds|n
低反発|memory foam|m
エアーマット|air mattresses|n
エアマット|air mattresses|n
抱き枕|body pillows|n
物置|sheds|n
アウトドアチェア|camping chairs|n
オフィス家具|office furniture|n
日用品|household articles|n
雑貨|sundries|n
液晶テレビ台|TV stands|n

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
積み木|building blocks|n
ミニカー|toy cars|n
ラジコンカー|remote-control cars|n
ジグソーパズル|jigsaw puzzles|n
ルービックキューブ|Rubik's cubes|n
ボードゲーム|board games|n
カードゲーム|card games|n
将棋|shogi|n
囲碁|go|n
チェス|chess|n
麻雀|mahjong|n
凧|kites|n
シャボン玉|soap bubbles|n
水鉄砲|water pistols|n
滑り台|slides|n
ブランコ|swings|n
トランポリン|trampolines|n
ビニールプール|inflatable pools|n
プール|swimming pools|n
浮き輪|swim rings|n
バスケットボール|basketballs|n
バレーボール|volleyballs|n
テニス|tennis|m
テニスボール|tennis balls|n
テニスラケット|tennis rackets|n
バドミントン|badminton|m
卓球|table tennis|m
卓球ラケット|table tennis bats|n
ゴルフボール|golf balls|n
ダーツ|darts|n
フィットネス|fitness|m
ルームランナー|treadmills|n
ランニングマシン|treadmills|n
エアロバイク|exercise bikes|n
フィットネスバイク|exercise bikes|n
バーベル|barbells|n
ケトルベル|kettlebells|n
縄跳び|skipping ropes|n
なわとび|skipping ropes|n
バランスボール|exercise balls|n
フォームローラー|foam rollers|n
ボクシンググローブ|boxing gloves|n
スノーボード|snowboards|n
ローラースケート|roller skates|n
サーフボード|surfboards|n
ルアー|lures|n
リール|fishing reels|n
釣り糸|fishing lines|n
釣り針|fish hooks|n
キャンプ用品|camping gear|n
アウトドア用品|outdoor gear|n
スポーツ|sports|m
クリスマス飾り|Christmas decorations|n
クリスマスオーナメント|Christmas decorations|n
ハロウィン|Halloween|m
パーティーグッズ|party articles|n
風船|balloons|n
コスプレ|cosplay costumes|n

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
シャープペンシル|propelling pencils|n
シャーペン|propelling pencils|n
色鉛筆|coloured pencils|n
蛍光ペン|highlighters|n
サインペン|felt-tipped pens|n
油性ペン|permanent markers|n
油性マーカー|permanent markers|n
筆記用具|writing instruments|n
鉛筆削り|pencil sharpeners|n
修正テープ|correction tape|n
ホッチキス|staplers|n
ステープラー|staplers|n
ホワイトボード|whiteboards|n
黒板|blackboards|n
スタンプ|stamps|n
印鑑|seals|n
ヘアブラシ|hairbrushes|n
コーム|combs|n
メイクブラシ|make-up brushes|n
ビューラー|eyelash curlers|n
モップ|mops|n
トイレブラシ|toilet brushes|n
灰皿|ashtrays|n
ベビー用品|baby products|n
マタニティ|maternity|m
油絵|oil paintings|n
彫刻|sculptures|n

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
無添加|additive-free|m
無塩|unsalted|m
低糖質|low-carb|m
糖質オフ|low-carb|m
無糖|sugar-free|m
国産|domestic|m
輸入|imported|m
養殖|farmed|m
大容量|large-capacity|m
個包装|individually wrapped|m
小分け|portioned|m
真空パック|vacuum-packed|m
袋入り|bagged|m
箱入り|boxed|m
ギフト|gifts|n
プレゼント|gifts|n
詰め合わせ|assortment|m
セット|set|m
粉末|powder|m
液体|liquid|m
ジェル|gel|m
ゲル|gel|m
純正|genuine|m
正規品|genuine|m
互換|compatible|m
交換用|replacement|m
専用|dedicated|m
リサイクル|recycled|m
おしゃれ|stylish|m
オシャレ|stylish|m
かわいい|cute|m
可愛い|cute|m
北欧|Nordic-style|m
ヴィンテージ|vintage|m
ビンテージ|vintage|m
ミニ|mini|m
大型|large|m
小型|small|m
薄型|slim|m
超薄型|slim|m
軽量|lightweight|m
耐熱|heat-resistant|m
抗菌|antibacterial|m
静音|silent|m
省エネ|energy-saving|m
黒|black|m
ブラック|black|m
白|white|m
ホワイト|white|m
赤|red|m
レッド|red|m
青|blue|m
ブルー|blue|m
アジアン|Asian-style|m

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
有線|wired|m
卓上|tabletop|m
壁掛け|wall-mounted|m
ペット用|for pets|m
犬用|for dogs|m
猫用|for cats|m
大人用|adults'|m
男女兼用|unisex|m
diy|DIY|m
多機能|multifunctional|m
全自動|fully automatic|m
調節可能|adjustable|m
調整可能|adjustable|m
伸縮|telescopic|m
折り畳み|folding|m
スマート|smart|m
ブルートゥース|Bluetooth|m
`,
};
