import type { GlossaryLanguage } from 'src/agents/tariff-classification/glossary/glossary-types';

/**
 * Korean trade words: goods, materials, states and uses, with their English. Nouns are listed without
 * particles; adnominal forms of states (냉동된, 말린, 신선한) are listed beside their nouns.
 */
export const KOREAN: GlossaryLanguage = {
  code: 'ko',
  name: 'Korean',
  head: 'last',
  unspaced: false,
  skip: '의 용 및 등 또는 겸 각종 개 벌 켤레 대 장',
  entries: `
# Chapter 01: live animals
살아있는|live|m
산|live|m
활어|live fish|n
소|bovine animals|n
돼지|swine|n
양|sheep|n
닭|fowls|n
가금류|poultry|n
반려동물|pet|m
애완동물|pet|m
염소|goats|n
토끼|rabbits|n
오리|ducks|n
강아지|dogs|n
고양이|cats|n
관상어|ornamental fish|n
가축|livestock|n
활새우|live shrimps|n

# Chapter 02: meat and offal
고기|meat|n
육류|meat|n
소고기|beef|n
쇠고기|beef|n
한우|Korean beef|n
돼지고기|pork|n
닭고기|chicken meat|n
닭가슴살|chicken breast|n
닭날개|chicken wings|n
삼겹살|pork belly|n
내장|offal|n
햄|ham|n
베이컨|bacon|n
소시지|sausages|n
소세지|sausages|n
뼈없는|boneless|m
순살|boneless|m
정육|meat|n
냉동육|frozen meat|n
등심|sirloin|n
안심|tenderloin|n
갈비|ribs|n
소갈비|beef ribs|n
돼지갈비|pork ribs|n
갈비살|rib meat|n
차돌박이|beef brisket|n
양지|beef brisket|n
사태|beef shank|n
스테이크|steaks|n
목살|pork neck|n
항정살|pork jowl|n
족발|pig's trotters|n
곱창|small intestines|n
소곱창|beef intestines|n
사골|beef leg bones|n
양고기|mutton|n
오리고기|duck meat|n
훈제오리|smoked duck|n
닭다리|chicken legs|n
닭다리살|chicken thigh meat|n
닭안심|chicken tenderloins|n
닭봉|chicken drumettes|n
닭발|chicken feet|n
통닭|whole chickens|n
다짐육|minced meat|n
간 고기|minced meat|n
다진고기|minced meat|n
불고기|bulgogi|n
양념갈비|marinated ribs|n
육포|beef jerky|n
떡갈비|grilled short rib patties|n
미트볼|meatballs|n
너겟|chicken nuggets|n
치킨너겟|chicken nuggets|n
치킨|fried chicken|n
후라이드치킨|fried chicken|n
닭강정|sweet and crispy chicken|n
스팸|luncheon meat|n
살라미|salami|n
하몽|dry-cured ham|n
편육|boiled meat slices|n
순대|blood sausage|n
뼈있는|bone in|m
라드|lard|n

# Chapter 03: fish, crustaceans, molluscs
생선|fish|n
물고기|fish|n
수산물|aquatic products|n
해산물|seafood|n
연어|salmon|n
참치|tuna|n
대구|cod|n
명태|Alaska pollock|n
오징어|squid|n
문어|octopus|n
낙지|octopus|n
새우|shrimps|n
랍스터|lobsters|n
게|crabs|n
꽃게|crabs|n
조개|clams|n
굴|oysters|n
가리비|scallops|n
김|laver|n
어묵|fish cakes|n
고등어|mackerel|n
갈치|hairtail|n
조기|yellow croaker|n
꽁치|Pacific saury|n
삼치|Spanish mackerel|n
정어리|sardines|n
멸치|anchovies|n
청어|herrings|n
광어|flounder|n
가자미|flatfish|n
우럭|rockfish|n
도미|sea bream|n
농어|sea bass|n
방어|yellowtail|n
장어|eels|n
아귀|monkfish|n
복어|pufferfish|n
잉어|carp|n
송어|trout|n
황태|dried pollock|n
북어|dried pollock|n
동태|frozen pollock|n
훈제연어|smoked salmon|n
참치캔|canned tuna|n
참치통조림|canned tuna|n
고등어통조림|canned mackerel|n
골뱅이|whelks|n
생선회|sashimi|n
건어물|dried fish|n
마른멸치|dried anchovies|n
진미채|dried shredded squid|n
오징어채|dried shredded squid|n
마른오징어|dried squid|n
명란|pollock roe|n
명란젓|salted pollock roe|n
젓갈|salted seafood|n
새우젓|salted shrimps|n
액젓|fish sauce|n
날치알|flying fish roe|n
연어알|salmon roe|n
캐비어|caviar|n
성게|sea urchins|n
대하|prawns|n
흰다리새우|whiteleg shrimps|n
블랙타이거|giant tiger prawns|n
깐새우|peeled shrimps|n
건새우|dried shrimps|n
가재|crayfish|n
킹크랩|king crabs|n
대게|snow crabs|n
게살|crabmeat|n
크래미|crab sticks|n
게맛살|crab sticks|n
맛살|crab sticks|n
간장게장|soy-marinated crabs|n
게장|marinated crabs|n
바지락|clams|n
꼬막|cockles|n
홍합|mussels|n
전복|abalone|n
해삼|sea cucumbers|n
멍게|sea squirts|n
해파리|jellyfish|n
주꾸미|webfoot octopus|n
쭈꾸미|webfoot octopus|n
갑오징어|cuttlefish|n
냉동생선|frozen fish|n

# Chapter 04: dairy, eggs, honey
우유|milk|n
분유|milk powder|n
조제분유|infant formula|n
요거트|yoghurt|n
요구르트|yoghurt|n
버터|butter|n
치즈|cheese|n
유제품|dairy produce|n
계란|eggs|n
달걀|eggs|n
꿀|honey|n
벌꿀|honey|n
저지방우유|semi-skimmed milk|n
무지방우유|skimmed milk|n
탈지분유|skimmed milk powder|n
전지분유|whole milk powder|n
산양유|goat's milk|n
멸균우유|UHT milk|n
연유|condensed milk|n
생크림|fresh cream|n
휘핑크림|whipping cream|n
사워크림|sour cream|n
크림|cream|n
가염버터|salted butter|n
무염버터|unsalted butter|n
크림치즈|cream cheese|n
모짜렐라|mozzarella|n
모짜렐라치즈|mozzarella|n
체다치즈|cheddar|n
슬라이스치즈|sliced cheese|n
파마산|parmesan|n
스트링치즈|string cheese|n
유청|whey|n
유청단백질|whey protein|n
그릭요거트|Greek yoghurt|n
드링킹요거트|drinking yoghurt|n
발효유|fermented milk|n
유산균|lactic acid bacteria|n
초코우유|chocolate milk|n
바나나우유|banana milk|n
메추리알|quail eggs|n
구운계란|baked eggs|n
삶은계란|boiled eggs|n
유정란|fertilised eggs|n
노른자|egg yolks|n
흰자|egg whites|n
로열젤리|royal jelly|n
프로폴리스|propolis|n
밀랍|beeswax|n
아카시아꿀|acacia honey|n
마누카꿀|manuka honey|n

# Chapters 05-06: animal products, live plants, flowers
깃털|feathers|m
오리털|down|m
거위털|down|m
꽃|flowers|n
생화|cut flowers|n
구스다운|goose down|m
덕다운|duck down|m
산호|coral|m
녹용|deer antler velvet|n
화분|potted plants|n
식물|plants|n
관엽식물|foliage plants|n
다육식물|succulents|n
분재|bonsai|n
모종|seedlings|n
구근|bulbs|n
꽃다발|bouquets|n
장미|roses|n
튤립|tulips|n
카네이션|carnations|n
국화|chrysanthemums|n
난초|orchids|n
호접란|orchids|n
해바라기|sunflowers|n
안개꽃|gypsophila|n
수국|hydrangeas|n
선인장|cacti|n
잔디|turf|n
드라이플라워|dried flowers|n
프리저브드플라워|preserved flowers|n
크리스마스트리|Christmas trees|n
화환|wreaths|n

# Chapter 07: vegetables
채소|vegetables|n
야채|vegetables|n
감자|potatoes|n
토마토|tomatoes|n
양파|onions|n
마늘|garlic|n
배추|Chinese cabbage|n
양배추|cabbages|n
당근|carrots|n
무|radishes|n
오이|cucumbers|n
고추|chillies|n
파프리카|sweet peppers|n
콩|beans|n
버섯|mushrooms|n
고구마|sweet potatoes|n
옥수수|maize|n
인삼|ginseng|n
홍삼|red ginseng|n
방울토마토|cherry tomatoes|n
알감자|baby potatoes|n
적양파|red onions|n
깐마늘|peeled garlic|n
다진마늘|minced garlic|n
흑마늘|black garlic|n
대파|leeks|n
쪽파|spring onions|n
부추|Chinese chives|n
알배추|baby Chinese cabbage|n
절임배추|salted Chinese cabbage|n
열무|young radish|n
깻잎|perilla leaves|n
상추|lettuce|n
양상추|iceberg lettuce|n
로메인|romaine lettuce|n
시금치|spinach|n
청경채|pak choi|n
미나리|water dropwort|n
셀러리|celery|n
파슬리|parsley|n
바질|basil|n
고수|coriander|n
민트|mint|n
로즈마리|rosemary|n
브로콜리|broccoli|n
콜리플라워|cauliflowers|n
케일|kale|n
우엉|burdock|n
연근|lotus roots|n
죽순|bamboo shoots|n
토란|taro|n
곤약|konjac|n
도라지|bellflower roots|n
가지|aubergines|n
애호박|courgettes|n
호박|pumpkins|n
단호박|kabocha squash|n
주키니|courgettes|n
피망|sweet peppers|n
청양고추|hot green chillies|n
풋고추|green chillies|n
홍고추|red chillies|n
고춧가루|chilli powder|n
건고추|dried chillies|n
완두콩|peas|n
강낭콩|kidney beans|n
서리태|black soya beans|n
검은콩|black beans|n
녹두|mung beans|n
팥|adzuki beans|n
병아리콩|chickpeas|n
렌틸콩|lentils|n
콩나물|soya bean sprouts|n
숙주|mung bean sprouts|n
숙주나물|mung bean sprouts|n
새싹|sprouts|n
나물|seasoned vegetables|n
고사리|bracken|n
무말랭이|dried radish strips|n
표고버섯|shiitake mushrooms|n
새송이버섯|king oyster mushrooms|n
팽이버섯|enoki mushrooms|n
느타리버섯|oyster mushrooms|n
양송이버섯|button mushrooms|n
송이버섯|matsutake mushrooms|n
목이버섯|wood ear fungus|n
트러플|truffles|n
초당옥수수|sweet corn|n
올리브|olives|n
냉동야채|frozen vegetables|n
냉동채소|frozen vegetables|n
샐러드|salads|n
와사비|wasabi|n

# Chapter 08: fruit and nuts
과일|fruit|n
사과|apples|n
배|pears|n
바나나|bananas|n
오렌지|oranges|n
귤|mandarins|n
감귤|mandarins|n
레몬|lemons|n
포도|grapes|n
수박|watermelons|n
망고|mangoes|n
파인애플|pineapples|n
딸기|strawberries|n
체리|cherries|n
복숭아|peaches|n
키위|kiwifruit|n
감|persimmons|n
코코넛|coconuts|n
견과류|nuts|n
아몬드|almonds|n
호두|walnuts|n
밤|chestnuts|n
자몽|grapefruit|n
라임|limes|n
유자|yuzu|n
한라봉|hallabong mandarins|n
천혜향|cheonhyehyang mandarins|n
황도|yellow peaches|n
자두|plums|n
매실|green plums|n
살구|apricots|n
라즈베리|raspberries|n
블루베리|blueberries|n
크랜베리|cranberries|n
복분자|black raspberries|n
청포도|green grapes|n
샤인머스캣|Shine Muscat grapes|n
건포도|raisins|n
석류|pomegranates|n
무화과|figs|n
단감|sweet persimmons|n
홍시|ripe persimmons|n
곶감|dried persimmons|n
대추|jujubes|n
구기자|goji berries|n
참외|Korean melons|n
메론|melons|n
멜론|melons|n
파파야|papayas|n
리치|lychees|n
용과|dragon fruit|n
두리안|durians|n
애플망고|mangoes|n
아보카도|avocados|n
캐슈넛|cashew nuts|n
피스타치오|pistachios|n
헤이즐넛|hazelnuts|n
마카다미아|macadamia nuts|n
피칸|pecans|n
잣|pine nuts|n
은행|ginkgo nuts|n
믹스넛|mixed nuts|n
건망고|dried mangoes|n
건조과일|dried fruit|n
냉동과일|frozen fruit|n

# Chapter 09: coffee, tea, spices
커피|coffee|n
원두|coffee beans|n
인스턴트 커피|instant coffee|n
믹스커피|instant coffee|n
차류|tea|n
녹차|green tea|n
홍차|black tea|n
후추|pepper|n
생강|ginger|n
향신료|spices|n
카레|curry|n
원두커피|coffee beans|n
드립커피|drip coffee|n
드립백|drip coffee bags|n
캡슐커피|coffee capsules|n
커피캡슐|coffee capsules|n
디카페인|decaffeinated|m
에스프레소|espresso|n
아메리카노|americano|n
커피믹스|instant coffee|n
티백|tea bags|n
보리차|barley tea|n
우롱차|oolong tea|n
보이차|Pu'er tea|n
허브차|herbal tea|n
캐모마일|chamomile|n
밀크티|milk tea|n
유자차|yuzu tea|n
생강차|ginger tea|n
대추차|jujube tea|n
말차|matcha|n
흑후추|black pepper|n
통후추|peppercorns|n
계피|cinnamon|n
시나몬|cinnamon|n
정향|cloves|n
육두구|nutmeg|n
강황|turmeric|n
커민|cumin|n
사프란|saffron|n
바닐라|vanilla|n
카레가루|curry powder|n
칠리파우더|chilli powder|n
마늘가루|garlic powder|n
시즈닝|seasoning|n

# Chapter 10: cereals
곡물|cereals|n
곡류|cereals|n
밀|wheat|n
보리|barley|n
귀리|oats|n
메밀|buckwheat|n
쌀|rice|n
백미|rice|n
현미|husked brown rice|n
찹쌀|glutinous rice|n
종자|seeds|n
씨앗|seeds|n
호밀|rye|n
퀴노아|quinoa|n
잡곡|mixed grains|n
흑미|black rice|n
찰현미|glutinous brown rice|n
햅쌀|new-crop rice|n
자스민라이스|jasmine rice|n
바스마티|basmati rice|n
통밀|whole wheat|n
오트밀|oatmeal|n

# Chapter 11: milling products
밀가루|wheat flour|n
가루|powder|m
분말|powder|m
쌀가루|rice flour|n
전분|starch|n
강력분|bread flour|n
박력분|cake flour|n
중력분|plain flour|n
통밀가루|wholemeal flour|n
메밀가루|buckwheat flour|n
옥수수가루|maize flour|n
찹쌀가루|glutinous rice flour|n
감자전분|potato starch|n
옥수수전분|maize starch|n
부침가루|pancake mix|n
튀김가루|batter mix|n
빵가루|breadcrumbs|n
미숫가루|roasted grain powder|n
콩가루|soya flour|n
맥아|malt|n
글루텐|gluten|n

# Chapter 12: oil seeds, herbs, seaweed
대두|soya beans|n
땅콩|groundnuts|n
참깨|sesame seeds|n
한약재|medicinal herbs|n
해조류|seaweeds|n
검은깨|black sesame seeds|n
흑임자|black sesame seeds|n
들깨|perilla seeds|n
아마씨|linseed|n
치아씨드|chia seeds|n
호박씨|pumpkin seeds|n
땅콩버터|peanut butter|n
수삼|fresh ginseng|n
산삼|wild ginseng|n
홍삼정|red ginseng extract|n
인삼차|ginseng tea|n
오미자|omija berries|n
동충하초|cordyceps|n
영지버섯|reishi mushrooms|n
약초|medicinal herbs|n
미역|wakame|n
다시마|kelp|n
조미김|seasoned laver|n
한천|agar-agar|n
스피루리나|spirulina|n
클로렐라|chlorella|n
사탕수수|sugar cane|n
건초|hay|n

# Chapter 15: fats and oils
기름|oil|n
오일|oil|n
식용유|edible oil|n
올리브유|olive oil|n
올리브 오일|olive oil|n
팜유|palm oil|n
대두유|soya-bean oil|n
콩기름|soya-bean oil|n
카놀라유|rapeseed oil|n
정제|refined|m
정제된|refined|m
참기름|sesame oil|n
포도씨유|grapeseed oil|n
현미유|rice bran oil|n
코코넛오일|coconut oil|n
아보카도오일|avocado oil|n
엑스트라버진 올리브유|extra virgin olive oil|n
엑스트라버진 올리브오일|extra virgin olive oil|n
아마씨유|linseed oil|n
마가린|margarine|n
쇼트닝|shortening|n
오메가3|omega-3|n
왁스|wax|n
식물성|vegetable|m
저온압착|cold-pressed|m
오디오|audio equipment|n

# Chapters 16-18: preserved foods, sugar, cocoa
통조림|canned|m
설탕|sugar|n
시럽|syrup|n
물엿|syrup|n
과자|confectionery|n
사탕|sugar confectionery|n
캔디|sugar confectionery|n
젤리|gummies|n
초콜릿|chocolate|n
초콜렛|chocolate|n
코코아|cocoa|n
카카오|cocoa|n
캔|cans|n
캔햄|canned ham|n
통조림햄|canned ham|n
과일통조림|canned fruit|n
레토르트|retort-pouch|m
즉석식품|instant food|n
간편식|convenience food|n
밀키트|meal kits|n
냉동식품|frozen food|n
도시락|lunch boxes|n
반찬|side dishes|n
장아찌|pickled vegetables|n
곰탕|beef bone soup|n
육수|broth|n
다시다|beef stock powder|n
찌개|stew|n
수프|soup|n
스프|soup|n
백설탕|white sugar|n
흑설탕|brown sugar|n
각설탕|sugar cubes|n
슈가파우더|icing sugar|n
포도당|glucose|n
과당|fructose|n
올리고당|oligosaccharides|n
자일리톨|xylitol|n
스테비아|stevia|n
감미료|sweeteners|n
메이플시럽|maple syrup|n
껌|chewing gum|n
구미|gummies|n
마시멜로|marshmallows|n
카라멜|caramels|n
캐러멜|caramels|n
목캔디|throat lozenges|n
양갱|sweet bean jelly|n
약과|honey cookies|n
한과|Korean traditional confectionery|n
뻥튀기|puffed rice snacks|n
누룽지|scorched rice|n
다크초콜릿|dark chocolate|n
화이트초콜릿|white chocolate|n
밀크초콜릿|milk chocolate|n
초코|chocolate|n
코코아파우더|cocoa powder|n
무설탕|sugar-free|m

# Chapter 19: cereal preparations, bakery
국수|noodles|n
라면|instant noodles|n
냉면|buckwheat noodles|n
쌀국수|rice noodles|n
파스타|pasta|n
만두|dumplings|n
떡|rice cakes|n
빵|bread|n
비스킷|biscuits|n
쿠키|biscuits|n
케이크|cakes|n
시리얼|breakfast cereals|n
즉석밥|instant cooked rice|n
소면|somen noodles|n
칼국수|knife-cut noodles|n
우동|udon noodles|n
메밀국수|buckwheat noodles|n
당면|glass noodles|n
짜장면|black bean noodles|n
짬뽕|spicy seafood noodles|n
컵라면|instant noodles|n
스파게티|spaghetti|n
마카로니|macaroni|n
라자냐|lasagne|n
물만두|boiled dumplings|n
군만두|fried dumplings|n
교자|dumplings|n
딤섬|dim sum|n
찐빵|steamed buns|n
떡볶이|tteokbokki|n
가래떡|rice cake sticks|n
송편|songpyeon rice cakes|n
인절미|injeolmi rice cakes|n
찹쌀떡|glutinous rice cakes|n
모찌|mochi|n
김밥|gimbap|n
주먹밥|rice balls|n
비빔밥|bibimbap|n
죽|porridge|n
식빵|sliced bread|n
바게트|baguettes|n
크루아상|croissants|n
크로와상|croissants|n
베이글|bagels|n
모닝빵|bread rolls|n
카스테라|castella sponge cake|n
머핀|muffins|n
도넛|doughnuts|n
와플|waffles|n
팬케이크|pancakes|n
롤케이크|roll cakes|n
치즈케이크|cheesecakes|n
타르트|tarts|n
파이|pies|n
에그타르트|egg tarts|n
마카롱|macarons|n
브라우니|brownies|n
푸딩|puddings|n
크래커|crackers|n
팝콘|popcorn|n
그래놀라|granola|n
콘플레이크|corn flakes|n
피자|pizza|n
햄버거|hamburgers|n
샌드위치|sandwiches|n
핫도그|hot dogs|n
이유식|baby food|n
단백질바|protein bars|n
프로틴바|protein bars|n
베이커리|bakery products|n

# Chapters 20-21: vegetable and fruit preparations, sauces
김치|kimchi|n
잼|jam|n
케첩|tomato ketchup|n
주스|juice|n
감자칩|potato crisps|n
간장|soy sauce|n
된장|soya-bean paste|n
고추장|red chilli paste|n
소스|sauce|n
양념|seasonings|n
조미료|seasonings|n
아이스크림|ice cream|n
두부|tofu|n
건강기능식품|food supplements|n
건강식품|food supplements|n
프로틴|protein powder|n
식초|vinegar|n
배추김치|napa cabbage kimchi|n
포기김치|whole cabbage kimchi|n
깍두기|radish kimchi|n
열무김치|young radish kimchi|n
총각김치|ponytail radish kimchi|n
갓김치|mustard leaf kimchi|n
백김치|white kimchi|n
피클|pickles|n
단무지|pickled radish|n
야채주스|vegetable juice|n
토마토주스|tomato juice|n
오렌지주스|orange juice|n
사과주스|apple juice|n
스무디|smoothies|n
코코넛밀크|coconut milk|n
코코넛워터|coconut water|n
마멀레이드|marmalade|n
딸기잼|strawberry jam|n
과일청|fruit syrup|n
유자청|yuzu syrup|n
앙금|bean paste|n
토마토소스|tomato sauce|n
토마토페이스트|tomato paste|n
감자튀김|french fries|n
냉동감자|frozen potatoes|n
나초|tortilla chips|n
진간장|dark soy sauce|n
국간장|soup soy sauce|n
양조간장|brewed soy sauce|n
쌈장|ssamjang paste|n
초고추장|vinegared chilli paste|n
춘장|black bean paste|n
굴소스|oyster sauce|n
우스터소스|Worcestershire sauce|n
바베큐소스|barbecue sauce|n
불고기양념|bulgogi marinade|n
파스타소스|pasta sauce|n
칠리소스|chilli sauce|n
핫소스|hot sauce|n
머스타드|mustard|n
겨자|mustard|n
마요네즈|mayonnaise|n
드레싱|salad dressing|n
맛술|cooking wine|n
미림|mirin|n
죽염|bamboo salt|n
바다소금|sea salt|n
저염|low-salt|m
이스트|yeast|n
베이킹파우더|baking powder|n
단백질|protein|n
단백질쉐이크|protein shakes|n
콜라겐|collagen|n
종합비타민|multivitamins|n
멀티비타민|multivitamins|n
밀크씨슬|milk thistle|n
프로바이오틱스|probiotics|n
효소|enzymes|n
영양제|nutritional supplements|n
아이스|iced|m
빙수|shaved ice|n
팥빙수|red bean shaved ice|n
셔벗|sorbet|n
젤라또|gelato|n
아이스바|ice lollies|n
낫또|natto|n
유부|fried tofu|n
순두부|soft tofu|n
연두부|silken tofu|n
두유|soya milk|n
청국장|fermented soya-bean paste|n
캔버스|canvas|m
국산|domestic|m

# Chapter 22: beverages and spirits
음료|beverages|n
음료수|beverages|n
물|water|n
생수|drinking water|n
탄산음료|carbonated soft drinks|n
콜라|cola|n
맥주|beer|n
와인|wine|n
포도주|wine|n
술|alcoholic beverages|n
주류|alcoholic beverages|n
소주|soju|n
막걸리|makgeolli rice wine|n
위스키|whisky|n
에탄올|ethyl alcohol|n
알코올|ethyl alcohol|n
주정|ethyl alcohol|n
먹는샘물|drinking water|n
탄산수|sparkling water|n
사이다|lemonade|n
에너지드링크|energy drinks|n
에너지음료|energy drinks|n
이온음료|sports drinks|n
스포츠음료|sports drinks|n
식혜|sikhye rice drink|n
아몬드우유|almond milk|n
오트밀크|oat milk|n
캔커피|canned coffee|n
아이스티|iced tea|n
에이드|ades|n
레모네이드|lemonade|n
생맥주|draught beer|n
수제맥주|craft beer|n
흑맥주|stout|n
무알콜|non-alcoholic|m
무알코올|non-alcoholic|m
레드와인|red wine|n
화이트와인|white wine|n
로제와인|rosé wine|n
샴페인|champagne|n
청주|rice wine|n
동동주|rice wine|n
전통주|traditional liquor|n
매실주|plum wine|n
사케|sake|n
고량주|sorghum spirits|n
양주|spirits|n
브랜디|brandy|n
보드카|vodka|n
럼|rum|n
데킬라|tequila|n
리큐르|liqueurs|n
하이볼|highballs|n
칵테일|cocktails|n
사과식초|cider vinegar|n
발사믹식초|balsamic vinegar|n
소독용 에탄올|disinfectant ethanol|n
얼음|ice|n

# Chapters 23-24: animal feed, tobacco
사료|animal feed|n
펫푸드|pet food|n
담배|tobacco|n
궐련|cigarettes|n
시가|cigars|n
전자담배|electronic cigarettes|n
강아지사료|dog food|n
고양이사료|cat food|n
애견사료|dog food|n
캣푸드|cat food|n
강아지간식|dog treats|n
고양이간식|cat treats|n
개껌|dog chews|n
츄르|cat treats|n
고양이모래|cat litter|n
대두박|soya-bean meal|n
잎담배|tobacco leaves|n
궐련형|heated tobacco|m
액상|liquid|m
전자담배액상|e-liquid|n
일회용전자담배|disposable electronic cigarettes|n
니코틴|nicotine|n

# Chapters 25-27: minerals, cement, fuels
소금|salt|n
천일염|salt|n
모래|sand|n
시멘트|cement|n
대리석|marble|m
석재|stone|m
돌|stone|m
철광석|iron ore|n
석탄|coal|n
원유|crude petroleum oil|n
석유|petroleum|n
휘발유|petrol|n
가솔린|petrol|n
경유|diesel|n
디젤|diesel|n
윤활유|lubricating oil|n
엔진오일|engine oil|n
천연가스|natural gas|n
액화천연가스|liquefied natural gas|n
액화석유가스|liquefied petroleum gas|n
프로판|liquefied petroleum gas|n
아스팔트|bitumen|n
자갈|gravel|n
석회|lime|n
석고|gypsum|n
화강암|granite|m
슬레이트|slate|m
규조토|diatomaceous earth|n
황토|loess|n
점토|clay|n
벤토나이트|bentonite|n
흑연|graphite|n
유황|sulphur|n
석면|asbestos|n
몰탈|mortar|n
모르타르|mortar|n
레미콘|ready-mixed concrete|n
콘크리트|concrete|m
광석|ores|n
보크사이트|bauxite|n
희토류|rare earths|n
코크스|coke|n
무연탄|anthracite|n
연탄|coal briquettes|n
중유|heavy fuel oil|n
등유|kerosene|n
항공유|jet fuel|n
바세린|petroleum jelly|n
그리스|lubricating grease|n
기어오일|gear oil|n
유압유|hydraulic oil|n
부동액|antifreeze|n
요소수|urea solution|n
부탄가스|butane|n
가스|gas|n
연료|fuels|n
바이오디젤|biodiesel|n
전력|electrical energy|n

# Chapters 28-30: chemicals, pharmaceuticals
화학제품|chemicals|n
화학품|chemicals|n
화학|chemical|m
가성소다|sodium hydroxide|n
베이킹소다|sodium bicarbonate|n
비타민|vitamins|n
의약품|medicaments|n
약|medicaments|n
한약|traditional herbal medicine|n
알약|tablets|n
캡슐|capsules|n
백신|vaccines|n
붕대|bandages|n
반창고|adhesive plasters|n
황산|sulphuric acid|n
염산|hydrochloric acid|n
질산|nitric acid|n
인산|phosphoric acid|n
아세트산|acetic acid|n
구연산|citric acid|n
수산화나트륨|sodium hydroxide|n
탄산나트륨|sodium carbonate|n
과탄산소다|sodium percarbonate|n
탄산수소나트륨|sodium bicarbonate|n
탄산칼슘|calcium carbonate|n
염화칼슘|calcium chloride|n
차아염소산나트륨|sodium hypochlorite|n
락스|bleach|n
과산화수소|hydrogen peroxide|n
암모니아|ammonia|n
산소|oxygen|n
질소|nitrogen|n
수소|hydrogen|n
이산화탄소|carbon dioxide|n
드라이아이스|dry ice|n
냉매|refrigerants|n
웨이퍼|wafers|n
활성탄|activated carbon|n
산화아연|zinc oxide|n
이산화티타늄|titanium dioxide|n
메탄올|methanol|n
에틸렌글리콜|ethylene glycol|n
글리세린|glycerol|n
아세톤|acetone|n
이소프로필알코올|isopropyl alcohol|n
용제|solvents|n
시너|thinners|n
멜라민|melamine|m
아미노산|amino acids|n
엽산|folic acid|n
칼슘|calcium|n
마그네슘|magnesium|m
철분|iron supplements|n
카페인|caffeine|n
향료|flavourings|n
색소|colouring matter|n
방부제|preservatives|n
식품첨가물|food additives|n
젤라틴|gelatin|n
시약|reagents|n
진단키트|diagnostic kits|n
자가진단키트|self-test kits|n
검사키트|test kits|n
감기약|cold medicines|n
해열제|antipyretics|n
진통제|painkillers|n
소화제|digestive medicines|n
위장약|stomach medicines|n
안약|eye drops|n
인공눈물|artificial tears|n
연고|ointments|n
파스|medicated plasters|n
항생제|antibiotics|n
인슐린|insulin|n
주사제|injections|n
수액|infusions|n
일반의약품|over-the-counter medicines|n
전문의약품|prescription medicines|n
의약외품|quasi-drugs|n
가글|mouthwash|n
면봉|cotton buds|n
화장솜|cotton pads|n
거즈|gauze|n
구급상자|first-aid kits|n
구급약|first-aid medicines|n
대일밴드|adhesive plasters|n
테이핑|sports tape|n
임신테스트기|pregnancy tests|n
손소독제|hand sanitiser|n
소독약|disinfectants|n
알코올솜|alcohol swabs|n
소독용 알코올|disinfectant alcohol|n

# Chapters 31-34: fertilisers, paints, cosmetics, soap
비료|fertilisers|n
퇴비|organic fertilisers|n
요소|urea|n
페인트|paint|n
도료|paint|n
화장품|cosmetics|n
코스메틱|cosmetics|n
향수|perfume|n
립스틱|lipstick|n
스킨케어|skin care preparations|n
스킨|toner|n
토너|toner|n
로션|lotion|n
에센스|serum|n
세럼|serum|n
선크림|sunscreen|n
마스크팩|beauty masks|n
샴푸|shampoo|n
린스|hair conditioner|n
컨디셔너|hair conditioner|n
치약|toothpaste|n
비누|soap|n
세제|detergents|n
세탁세제|laundry detergent|n
주방세제|dishwashing detergent|n
양초|candles|n
캔들|candles|n
화학비료|chemical fertilisers|n
복합비료|compound fertilisers|n
상토|potting soil|n
배양토|potting soil|n
흙|soil|n
염료|dyes|n
안료|pigments|n
잉크|ink|n
잉크카트리지|ink cartridges|n
토너카트리지|toner cartridges|n
니스|varnish|n
바니쉬|varnish|n
락카|lacquer|n
수성페인트|water-based paint|n
유성페인트|oil-based paint|n
스프레이페인트|spray paint|n
프라이머|primer|n
물감|paints|n
아크릴물감|acrylic paint|n
수채화물감|watercolours|n
실란트|sealants|n
퍼티|putty|n
줄눈|grout|n
매니큐어|nail varnish|n
네일|nail art|m
젤네일|gel nail polish|n
리무버|removers|n
퍼퓸|perfume|n
메이크업|make-up|n
파운데이션|foundation|n
쿠션팩트|cushion compacts|n
쿠션 팩트|cushion compacts|n
비비크림|BB cream|n
컨실러|concealer|n
파우더|powder|m
블러셔|blusher|n
하이라이터|highlighters|n
아이섀도|eye shadow|n
아이섀도우|eye shadow|n
아이라이너|eyeliner|n
마스카라|mascara|n
속눈썹|false eyelashes|n
립밤|lip balm|n
립글로스|lip gloss|n
립틴트|lip tint|n
틴트|lip tint|n
클렌징|cleansing|n
클렌징폼|cleansing foam|n
클렌징오일|cleansing oil|n
폼클렌징|cleansing foam|n
앰플|ampoules|n
수분크림|moisturising cream|n
영양크림|nourishing cream|n
아이크림|eye cream|n
시트마스크|sheet masks|n
썬크림|sunscreen|n
선블록|sunscreen|n
자외선차단제|sunscreen|n
바디로션|body lotion|n
바디크림|body cream|n
핸드크림|hand cream|n
바디워시|body wash|n
핸드워시|hand wash|n
트리트먼트|hair treatment|n
헤어오일|hair oil|n
염색약|hair dye|n
새치염색|grey hair dye|n
헤어스프레이|hair spray|n
헤어왁스|hair wax|n
데오드란트|deodorant|n
쉐이빙폼|shaving foam|n
면도크림|shaving cream|n
구강청결제|mouthwash|n
치실|dental floss|n
입욕제|bath additives|n
베이비파우더|talcum powder|n
기초화장품|skin care preparations|n
색조화장품|make-up|n
미백|whitening|m
보습|moisturising|m
주름개선|anti-wrinkle|m
세탁비누|laundry soap|n
액체세제|liquid detergent|n
가루세제|washing powder|n
섬유유연제|fabric softener|n
유연제|fabric softener|n
표백제|bleach|n
식기세척기세제|dishwasher detergent|n
클리너|cleaners|n
탈취제|deodorisers|n
방향제|air fresheners|n
디퓨저|reed diffusers|n
모기향|mosquito coils|n
구두약|shoe polish|n
윤활제|lubricants|n
아로마|aromatherapy|m

# Chapters 35-38: glues, explosives, other chemicals
접착제|adhesives|n
본드|adhesives|n
테이프|tape|n
불꽃놀이|fireworks|n
폭죽|fireworks|n
농약|pesticides|n
소독제|disinfectants|n
순간접착제|instant glue|n
글루건|glue guns|n
딱풀|glue sticks|n
양면테이프|double-sided tape|n
박스테이프|packing tape|n
투명테이프|adhesive tape|n
스카치테이프|adhesive tape|n
마스킹테이프|masking tape|n
절연테이프|insulating tape|n
전기테이프|insulating tape|n
청테이프|duct tape|n
살충제|insecticides|n
제초제|herbicides|n
살균제|fungicides|n
모기기피제|mosquito repellent|n
쥐약|rodenticides|n
성냥|matches|n
제습제|desiccants|n
아이스팩|ice packs|n
보냉팩|ice packs|n
녹제거제|rust removers|n
납땜|soldering|m
분필|chalk|n
슬라임|slime|n
진공|vacuum|m
파스텔|pastel|m

# Chapter 39: plastics
플라스틱|plastic|m
합성수지|plastic|m
폴리에틸렌|polyethylene|m
비닐|vinyl|m
폴리우레탄|polyurethane|m
우레탄|polyurethane|m
아크릴|acrylic|m
실리콘|silicone|m
페트병|plastic bottles|n
비닐봉지|plastic bags|n
비닐봉투|plastic bags|n
필름|film|n
일회용|disposable|m
제품|articles|m
용기|containers|n
폴리프로필렌|polypropylene|m
폴리스티렌|polystyrene|m
스티로폼|expanded polystyrene|m
폴리카보네이트|polycarbonate|m
테프론|PTFE|m
에폭시|epoxy|m
레진|resin|m
수지|resin|m
플라스틱 제품|articles of plastics|n
위생랩|cling film|n
스트레치필름|stretch film|n
뽁뽁이|bubble wrap|n
에어캡|bubble wrap|n
완충재|cushioning material|n
포장재|packing materials|n
쓰레기봉투|refuse bags|n
종량제봉투|refuse bags|n
지퍼백|zip-lock bags|n
위생백|food bags|n
비닐백|plastic bags|n
택배봉투|mailing bags|n
봉투|bags|n
봉지|bags|n
밀폐용기|airtight containers|n
반찬통|food containers|n
도시락통|lunch boxes|n
빨대|drinking straws|n
수납함|storage boxes|n
수납박스|storage boxes|n
리빙박스|storage boxes|n
정리함|organisers|n
바구니|baskets|n
양동이|buckets|n
물통|water containers|n
대야|basins|n
탱크|tanks|n
욕조|baths|n
변기커버|toilet seats|n
빨래건조대|clothes drying racks|n
건조대|drying racks|n
아크릴판|acrylic sheets|n
장판|vinyl flooring|n

# Chapter 40: rubber
고무|rubber|m
라텍스|latex|m
타이어|tyres|n
튜브|tubes|n
장갑|gloves|n
호스|hoses|n
벨트|belts|n
천연고무|natural rubber|m
합성고무|synthetic rubber|m
니트릴|nitrile|m
니트릴장갑|nitrile gloves|n
고무장갑|rubber gloves|n
라텍스장갑|latex gloves|n
위생장갑|disposable gloves|n
오링|O-rings|n
패킹|gaskets|n
가스켓|gaskets|n
고무줄|rubber bands|n
고무매트|rubber mats|n
컨베이어벨트|conveyor belts|n
스노우타이어|winter tyres|n
윈터타이어|winter tyres|n
사계절타이어|all-season tyres|n
자전거타이어|bicycle tyres|n
지우개|erasers|n
공갈젖꼭지|dummies|n
젖꼭지|teats|n
핫팩|heat packs|n
찜질팩|hot packs|n
스펀지|sponges|n

# Chapters 41-43: leather, bags, fur
가죽|leather|m
피혁|leather|m
천연가죽|genuine leather|m
소가죽|genuine leather|m
인조가죽|artificial leather|m
합성피혁|artificial leather|m
모피|fur|m
퍼|fur|m
가방|bags|n
백|bags|n
핸드백|handbags|n
백팩|backpacks|n
배낭|backpacks|n
지갑|wallets|n
여행가방|suitcases|n
캐리어|suitcases|n
에코백|shopping bags|n
폰케이스|mobile phone cases|n
휴대폰 케이스|mobile phone cases|n
양가죽|sheepskin|m
악어가죽|crocodile leather|m
스웨이드|suede|m
에나멜|patent leather|m
밍크|mink|m
무스탕|sheepskin coats|n
가죽자켓|leather jackets|n
숄더백|shoulder bags|n
크로스백|crossbody bags|n
토트백|tote bags|n
보스턴백|holdalls|n
클러치|clutch bags|n
클러치백|clutch bags|n
힙색|belt bags|n
파우치|pouches|n
책가방|school bags|n
학생가방|school bags|n
서류가방|briefcases|n
노트북가방|laptop bags|n
노트북 가방|laptop bags|n
여행용가방|travelling bags|n
캐리어가방|suitcases|n
기내용캐리어|cabin luggage|n
카메라가방|camera bags|n
화장품파우치|cosmetic bags|n
동전지갑|coin purses|n
카드지갑|card holders|n
명함지갑|business card holders|n
장지갑|long wallets|n
반지갑|bifold wallets|n
필통|pencil cases|n
안경집|spectacle cases|n
안경케이스|spectacle cases|n
보석함|jewellery boxes|n
공구함|toolboxes|n
보냉백|insulated bags|n
아이스박스|cool boxes|n
이동장|pet carriers|n
목줄|leashes|n
하네스|harnesses|n
시계줄|watch straps|n
가죽벨트|leather belts|n

# Chapter 44: wood, bamboo
나무|wood|m
목재|wood|m
원목|solid wood|m
합판|plywood|n
마루|flooring|n
숯|charcoal|n
대나무|bamboo|m
라탄|rattan|m
젓가락|chopsticks|n
옷걸이|clothes hangers|n
액자|picture frames|n
통나무|logs|n
강마루|laminate flooring|n
강화마루|laminate flooring|n
데크|decking|n
소나무|pine|m
참나무|oak|m
오크|oak|m
월넛|walnut wood|m
호두나무|walnut wood|m
티크|teak|m
편백|Japanese cypress|m
히노끼|Japanese cypress|m
삼나무|cedar|m
자작나무|birch|m
나무상자|wooden cases|n
도마|chopping boards|n
주걱|rice paddles|n
이쑤시개|toothpicks|n
나무젓가락|disposable chopsticks|n
꼬치|skewers|n
참숯|oak charcoal|n
장작|fuel wood|n
소쿠리|baskets|n
라탄바구니|rattan baskets|n

# Chapters 47-49: paper and printed matter
종이|paper|m
골판지|corrugated paperboard|m
박스|cartons|n
상자|cartons|n
화장지|toilet paper|n
휴지|tissues|n
티슈|tissues|n
물티슈|wet wipes|n
종이봉투|paper bags|n
쇼핑백|paper bags|n
종이컵|paper cups|n
라벨|labels|n
스티커|stickers|n
노트|notebooks|n
공책|notebooks|n
책|books|n
도서|books|n
벽지|wallpaper|n
복사지|copy paper|n
한지|hanji paper|n
도화지|drawing paper|n
색종이|coloured paper|n
종이접기|origami paper|n
편지봉투|envelopes|n
엽서|postcards|n
달력|calendars|n
캘린더|calendars|n
다이어리|diaries|n
플래너|planners|n
메모지|notepads|n
메모장|notepads|n
포스트잇|sticky notes|n
바인더|binders|n
파일|folders|n
클리어파일|clear files|n
앨범|photo albums|n
스케치북|sketchbooks|n
잡지|magazines|n
신문|newspapers|n
만화책|comics|n
만화|comics|n
그림책|picture books|n
동화책|children's books|n
소설|novels|n
교재|textbooks|n
교과서|textbooks|n
문제집|workbooks|n
포스터|posters|n
지도|maps|n
카탈로그|catalogues|n
팜플렛|brochures|n
전단지|flyers|n
설명서|instruction manuals|n
포장지|wrapping paper|n
유산지|baking paper|n
키친타월|kitchen towels|n
페이퍼타월|paper towels|n
냅킨|paper napkins|n
종이접시|paper plates|n
선물상자|gift boxes|n
선물박스|gift boxes|n
택배박스|shipping boxes|n
팬티라이너|panty liners|n
탐폰|tampons|n
성인용기저귀|adult diapers|n
팬티형기저귀|pull-up diapers|n
아기물티슈|baby wipes|n
물휴지|wet wipes|n
각티슈|boxed tissues|n
두루마리휴지|toilet rolls|n
라벨스티커|labels|n
랩탑|laptops|n
국어사전|Korean dictionaries|n
영어사전|English dictionaries|n

# Chapters 50-60: textile materials and fabrics
섬유|fibres|m
원단|fabric|n
직물|fabric|n
패브릭|fabric|n
원사|yarn|n
실|yarn|n
실크|silk|m
견|silk|m
울|wool|m
양모|wool|m
캐시미어|cashmere|m
면|cotton|m
코튼|cotton|m
순면|cotton|m
린넨|linen|m
마|linen|m
폴리에스터|polyester|m
폴리|polyester|m
나일론|nylon|m
스판덱스|elastane|m
스판|elastane|m
부직포|nonwovens|n
니트|knitted|m
프린트|printed|m
자수|embroidered|m
데님|denim|m
레이스|lace|m
메쉬|mesh|m
플리스|fleece|m
후리스|fleece|m
로프|ropes|n
카펫|carpets|n
러그|carpets|n
텐트|tents|n
메리노울|merino wool|m
알파카|alpaca|m
모헤어|mohair|m
앙고라|angora|m
오가닉코튼|organic cotton|m
면100%|100% cotton|m
순면100%|100% cotton|m
리넨|linen|m
모시|ramie|m
황마|jute|m
텐셀|lyocell|m
모달|modal|m
레이온|rayon|m
인견|rayon|m
합성섬유|synthetic fibres|m
극세사|microfibre|m
쉬폰|chiffon|m
시폰|chiffon|m
새틴|satin|m
벨벳|velvet|m
코듀로이|corduroy|m
골덴|corduroy|m
플란넬|flannel|m
트위드|tweed|m
체크|checked|m
스트라이프|striped|m
줄무늬|striped|m
단가라|striped|m
꽃무늬|floral|m
플라워|floral|m
무지|plain|m
밀리터리|military|m
호피|leopard-print|m
레오파드|leopard-print|m
옥스포드|Oxford fabric|m
기모|fleece-lined|m
뽀글이|sherpa fleece|m
보아|sherpa fleece|m
망사|mesh|m
자카드|jacquard|m
플리츠|pleated|m
펠트|felt|m
방수포|tarpaulins|n
타포린|tarpaulins|n
천막|tarpaulins|n
재봉실|sewing thread|n
털실|knitting yarn|n
끈|cords|n
노끈|twine|n
리본|ribbons|n
벨크로|hook and loop fasteners|n
모기장|mosquito nets|n
방충망|insect screens|n
해먹|hammocks|n
현관매트|door mats|n
욕실매트|bath mats|n
발매트|bath mats|n
매트|mats|n
놀이매트|play mats|n
인조잔디|artificial turf|n
행주|dish cloths|n
걸레|cleaning cloths|n
솜|wadding|n

# Chapters 61-63: apparel and made-up textiles
의류|clothing|n
옷|clothing|n
남성용|men's|m
남성|men's|m
남자|men's|m
여성용|women's|m
여성|women's|m
여자|women's|m
아동용|children's|m
아동|children's|m
어린이|children's|m
키즈|children's|m
유아용|babies'|m
유아|babies'|m
아기|babies'|m
베이비|babies'|m
남녀공용|unisex|m
티셔츠|T-shirts|n
반팔|short-sleeved|m
긴팔|long-sleeved|m
셔츠|shirts|n
와이셔츠|shirts|n
블라우스|blouses|n
맨투맨|sweatshirts|n
후드티|hooded sweatshirts|n
스웨터|sweaters|n
가디건|cardigans|n
재킷|jackets|n
자켓|jackets|n
코트|coats|n
패딩|padded jackets|n
정장|suits|n
바지|trousers|n
팬츠|trousers|n
청바지|jeans|n
반바지|shorts|n
레깅스|leggings|n
트레이닝복|track suits|n
치마|skirts|n
스커트|skirts|n
원피스|dresses|n
드레스|dresses|n
한복|hanbok|n
잠옷|pyjamas|n
속옷|underwear|n
팬티|briefs|n
브래지어|brassieres|n
브라|brassieres|n
양말|socks|n
스타킹|stockings|n
수영복|swimwear|n
운동복|sportswear|n
교복|uniforms|n
유니폼|uniforms|n
목도리|scarves|n
머플러|scarves|n
스카프|scarves|n
넥타이|ties|n
이불|quilts|n
담요|blankets|n
수건|towels|n
타올|towels|n
커튼|curtains|n
쿠션|cushions|n
마스크|face masks|n
상의|tops|n
탱크탑|tank tops|n
나시|sleeveless tops|n
민소매|sleeveless|m
슬리브리스|sleeveless|m
캐미솔|camisoles|n
조끼|waistcoats|n
칠부|three-quarter-sleeved|m
라운드넥|crew-neck|m
브이넥|V-neck|m
터틀넥|turtleneck|m
목폴라|turtleneck|m
후드|hooded|m
반팔티|short-sleeved T-shirts|n
긴팔티|long-sleeved T-shirts|n
티|T-shirts|n
폴로셔츠|polo shirts|n
피케셔츠|polo shirts|n
남방|shirts|n
체크셔츠|checked shirts|n
니트티|knitted tops|n
튜닉|tunics|n
집업|zip-up tops|n
후드집업|hooded zip-up sweatshirts|n
후드티셔츠|hooded sweatshirts|n
스웨트셔츠|sweatshirts|n
점퍼|jackets|n
바람막이|windcheaters|n
아노락|anoraks|n
야상|field jackets|n
항공점퍼|bomber jackets|n
패딩조끼|padded vests|n
경량패딩|lightweight padded jackets|n
롱패딩|long padded coats|n
숏패딩|short padded jackets|n
다운자켓|down jackets|n
트렌치코트|trench coats|n
레인코트|raincoats|n
우비|raincoats|n
블레이저|blazers|n
슬랙스|slacks|n
정장바지|suit trousers|n
면바지|cotton trousers|n
치노팬츠|chinos|n
카고팬츠|cargo trousers|n
와이드팬츠|wide-leg trousers|n
조거팬츠|jogging bottoms|n
트레이닝바지|track pants|n
츄리닝|tracksuits|n
요가팬츠|yoga pants|n
요가복|yogawear|n
멜빵바지|dungarees|n
점프수트|jumpsuits|n
바디수트|bodysuits|n
우주복|babies' rompers|n
유아복|babies' garments|n
아동복|children's clothing|n
미니스커트|miniskirts|n
롱스커트|long skirts|n
웨딩드레스|wedding dresses|n
나이트가운|nightgowns|n
파자마|pyjamas|n
홈웨어|loungewear|n
샤워가운|bathrobes|n
드로즈|boxer briefs|n
삼각팬티|briefs|n
사각팬티|boxer shorts|n
스포츠브라|sports bras|n
보정속옷|shapewear|n
내복|thermal underwear|n
히트텍|thermal underwear|n
팬티스타킹|tights|n
덧신|no-show socks|n
페이크삭스|no-show socks|n
비키니|bikinis|n
래쉬가드|rash guards|n
수영모|swimming caps|n
잠수복|wetsuits|n
스키복|ski wear|n
등산복|hiking clothing|n
골프웨어|golf wear|n
학생복|school uniforms|n
체육복|gym clothes|n
작업복|workwear|n
앞치마|aprons|n
나비넥타이|bow ties|n
넥워머|neck warmers|n
손수건|handkerchiefs|n
반다나|bandanas|n
쿨토시|cooling arm sleeves|n
차렵이불|quilts|n
이불커버|duvet covers|n
침대시트|bed sheets|n
시트|sheets|n
매트리스커버|mattress covers|n
베개커버|pillowcases|n
침대패드|mattress pads|n
타월|towels|n
바스타월|bath towels|n
비치타월|beach towels|n
핸드타월|hand towels|n
식탁보|tablecloths|n
테이블매트|placemats|n
블라인드|blinds|n
롤스크린|roller blinds|n
암막커튼|blackout curtains|n
쿠션커버|cushion covers|n
방석|seat cushions|n
소파커버|sofa covers|n
침낭|sleeping bags|n
국기|national flags|n
현수막|banners|n
덴탈마스크|surgical masks|n
일회용마스크|disposable face masks|n
수면안대|eye masks|n
안대|eye masks|n

# Chapters 64-67: footwear, headgear, umbrellas, wigs
신발|footwear|n
구두|leather shoes|n
운동화|sports shoes|n
스니커즈|sports shoes|n
하이힐|high-heeled shoes|n
부츠|boots|n
장화|rain boots|n
샌들|sandals|n
슬리퍼|slippers|n
모자|hats|n
캡|caps|n
헬멧|helmets|n
우산|umbrellas|n
가발|wigs|n
조화|artificial flowers|n
러닝화|running shoes|n
런닝화|running shoes|n
워킹화|walking shoes|n
농구화|basketball shoes|n
축구화|football boots|n
등산화|hiking boots|n
안전화|safety shoes|n
작업화|work shoes|n
로퍼|loafers|n
슬립온|slip-ons|n
뮬|mules|n
플랫슈즈|flat shoes|n
펌프스|pumps|n
앵클부츠|ankle boots|n
롱부츠|knee-high boots|n
첼시부츠|Chelsea boots|n
어그부츠|sheepskin boots|n
털부츠|fur boots|n
레인부츠|rain boots|n
쪼리|flip-flops|n
크록스|clogs|n
실내화|indoor slippers|n
아동화|children's shoes|n
밑창|soles|n
깔창|insoles|n
신발끈|laces|n
비니|beanies|n
털모자|knitted hats|n
니트모자|knitted hats|n
버킷햇|bucket hats|n
베레모|berets|n
밀짚모자|straw hats|n
선캡|sun visors|n
야구모자|baseball caps|n
볼캡|baseball caps|n
헤어밴드|headbands|n
머리띠|hairbands|n
장우산|long umbrellas|n
접이식우산|folding umbrellas|n
비닐우산|plastic umbrellas|n
지팡이|walking sticks|n
등산스틱|trekking poles|n
붙임머리|hair extensions|n
인조식물|artificial plants|n
부채|hand fans|n
손선풍기|handheld fans|n

# Chapters 68-70: stone, ceramics, glass
타일|tiles|n
벽돌|bricks|n
도자기|ceramic|m
세라믹|ceramic|m
변기|toilets|n
식기|tableware|n
그릇|bowls|n
접시|plates|n
컵|cups|n
유리|glass|m
강화유리|tempered glass|m
병|bottles|n
유리병|glass bottles|n
거울|mirrors|n
크리스탈|crystal|m
수정|crystal|m
숫돌|sharpening stones|n
사포|sandpaper|n
글라스울|glass wool|n
단열재|insulating materials|n
석고보드|plasterboard|n
기와|roofing tiles|n
블럭|blocks|n
모자이크타일|mosaic tiles|n
포세린타일|porcelain tiles|n
세면대|washbasins|n
싱크대|sinks|n
비데|bidets|n
양변기|lavatory pans|n
머그컵|mugs|n
머그|mugs|n
찻잔|teacups|n
티컵|teacups|n
찻주전자|teapots|n
티포트|teapots|n
뚝배기|earthenware pots|n
앞접시|small plates|n
화병|vases|n
꽃병|vases|n
플랜터|planters|n
장식품|ornaments|n
와인잔|wine glasses|n
맥주잔|beer glasses|n
유리잔|drinking glasses|n
소주잔|shot glasses|n
유리컵|glass cups|n
보관용기|storage containers|n
젖병|feeding bottles|n
내열유리|heat-resistant glass|m
반투명|translucent|m
구슬|beads|n
손거울|hand mirrors|n
전신거울|full-length mirrors|n
사이드미러|wing mirrors|n

# Chapter 71: jewellery and precious metals
주얼리|jewellery|n
귀금속|jewellery|n
장신구|jewellery|n
액세서리|accessories|m
악세서리|accessories|m
목걸이|necklaces|n
팔찌|bracelets|n
반지|rings|n
귀걸이|earrings|n
펜던트|pendants|n
금|gold|m
골드|gold|m
순금|fine gold|m
은|silver|m
실버|silver|m
백금|platinum|m
다이아몬드|diamonds|n
보석|precious stones|n
진주|pearls|n
큐빅|cubic zirconia|m
도금|plated|m
동전|coins|n
금괴|gold bars|n
골드바|gold bars|n
금화|gold coins|n
화이트골드|white gold|m
로즈골드|rose gold|m
금도금|gold-plated|m
커플링|couple rings|n
약혼반지|engagement rings|n
결혼반지|wedding rings|n
웨딩링|wedding rings|n
초커|chokers|n
뱅글|bangles|n
발찌|anklets|n
브로치|brooches|n
헤어액세서리|hair accessories|n
집게핀|claw clips|n
곱창밴드|scrunchies|n
헤어끈|hair ties|n
루비|rubies|n
사파이어|sapphires|n
에메랄드|emeralds|n
자수정|amethyst|m
지르코니아|cubic zirconia|m
담수진주|freshwater pearls|n
패션주얼리|fashion jewellery|n
이어링|earrings|n
피어싱|piercings|n

# Chapters 72-73: iron and steel
철|iron|m
강철|steel|m
스틸|steel|m
철강|iron and steel|m
스테인리스|stainless steel|m
스텐|stainless steel|m
탄소강|carbon steel|m
합금|alloy|m
고철|scrap|n
스크랩|scrap|n
강재|steel products|n
강판|steel plates|n
철판|steel plates|n
코일|coils|n
열연|hot-rolled|m
냉연|cold-rolled|m
아연도금|galvanised|m
철근|reinforcing bars|n
강관|pipes|n
파이프|pipes|n
용접|welded|m
철사|wire|n
와이어|wire|n
나사|screws|n
볼트|bolts|n
너트|nuts|n
못|nails|n
스프링|springs|n
체인|chains|n
철물|hardware|n
냄비|pots|n
프라이팬|frying pans|n
주전자|kettles|n
스테인리스강|stainless steel|m
스테인레스|stainless steel|m
주철|cast iron|m
무쇠|cast iron|m
합금강|alloy steel|m
형강|sections|n
앵글|angles|n
각파이프|square tubes|n
엘보|elbows|n
플랜지|flanges|n
철망|wire mesh|n
펜스|fencing|n
울타리|fences|n
철조망|barbed wire|n
와이어로프|wire ropes|n
피스|screws|n
나사못|screws|n
앵커볼트|anchor bolts|n
리벳|rivets|n
와셔|washers|n
압정|drawing pins|n
핀|pins|n
클립|clips|n
바늘|needles|n
고리|hooks|n
압력솥|pressure cookers|n
웍|woks|n
찜기|steamers|n
그릴|grills|n
그릴팬|grill pans|n
바베큐그릴|barbecue grills|n
더치오븐|Dutch ovens|n
무쇠팬|cast iron pans|n
국자|ladles|n
뒤집개|spatulas|n
집게|tongs|n
거품기|whisks|n
감자칼|peelers|n
캔따개|can openers|n
병따개|bottle openers|n
와인오프너|corkscrews|n
계량컵|measuring cups|n
계량스푼|measuring spoons|n
조리도구|cooking utensils|n
주방도구|kitchen utensils|n
수저|spoon and chopsticks|n
수저세트|cutlery sets|n
식기건조대|dish racks|n
행거|clothes racks|n
쓰레기통|waste bins|n
휴지통|waste bins|n
금고|safes|n
수세미|scourers|n
문손잡이|door handles|n
손잡이|handles|n
경첩|hinges|n
서랍레일|drawer slides|n
바퀴|wheels|n
캐스터|castors|n
도어락|door locks|n
디지털도어락|digital door locks|n
우편함|letterboxes|n
셔터|shutters|n
현관문|front doors|n
창문|windows|n
샷시|window frames|n

# Chapters 74-81: copper, aluminium, other base metals
구리|copper|m
동|copper|m
황동|brass|m
니켈|nickel|m
알루미늄|aluminium|m
알루미늄 합금|aluminium alloy|m
알루미늄 호일|aluminium foil|n
쿠킹호일|aluminium foil|n
납|lead|m
아연|zinc|m
티타늄|titanium|m
금속|metal|m
메탈|metal|m
동관|copper tubes|n
동파이프|copper pipes|n
동선|copper wire|n
알루미늄판|aluminium sheets|n
알루미늄 프로파일|aluminium profiles|n
텅스텐|tungsten|m
리튬|lithium|m
아연합금|zinc alloy|m
청동|bronze|m
용접봉|welding electrodes|n

# Chapters 82-83: tools, cutlery, locks
공구|tools|n
도구|tools|n
스패너|spanners|n
렌치|spanners|n
드라이버|screwdrivers|n
펜치|pliers|n
망치|hammers|n
톱|saws|n
드릴|drills|n
칼|knives|n
나이프|knives|n
식칼|kitchen knives|n
가위|scissors|n
면도기|razors|n
숟가락|spoons|n
스푼|spoons|n
포크|forks|n
자물쇠|locks|n
열쇠|keys|n
수공구|hand tools|n
공구세트|tool sets|n
몽키스패너|adjustable spanners|n
육각렌치|hex keys|n
토크렌치|torque wrenches|n
소켓렌치|socket wrenches|n
라쳇|ratchets|n
니퍼|nippers|n
뺀치|pliers|n
십자드라이버|Phillips screwdrivers|n
일자드라이버|flat screwdrivers|n
정밀드라이버|precision screwdrivers|n
드릴비트|drill bits|n
쇠톱|hacksaws|n
커터칼|utility knives|n
커터|cutters|n
면도날|razor blades|n
부엌칼|kitchen knives|n
주방칼|kitchen knives|n
셰프나이프|chef's knives|n
빵칼|bread knives|n
멀티툴|multi-tools|n
손톱깎이|nail clippers|n
족집게|tweezers|n
핀셋|tweezers|n
전정가위|secateurs|n
주방가위|kitchen scissors|n
모종삽|trowels|n
호미|hoes|n
도끼|axes|n
낫|sickles|n
바이스|vices|n
클램프|clamps|n
납땜인두|soldering irons|n
번호키|combination locks|n
스마트도어락|smart locks|n
자전거자물쇠|bicycle locks|n
키링|key rings|n
열쇠고리|key rings|n
칼갈이|knife sharpeners|n
양우산|parasols|n

# Chapter 84: machinery
기계|machinery|n
기기|apparatus|n
장치|apparatus|n
설비|equipment|n
장비|equipment|n
엔진|engines|n
펌프|pumps|n
컴프레서|compressors|n
압축기|compressors|n
선풍기|electric fans|n
에어컨|air conditioners|n
냉장고|refrigerators|n
김치냉장고|kimchi refrigerators|n
냉동고|freezers|n
건조기|dryers|n
정수기|water purifiers|n
필터|filters|n
공기청정기|air purifiers|n
크레인|cranes|n
지게차|forklift trucks|n
엘리베이터|lifts|n
굴착기|excavators|n
굴삭기|excavators|n
포크레인|excavators|n
트랙터|tractors|n
프린터|printers|n
복합기|multifunction printers|n
식기세척기|dishwashers|n
세탁기|washing machines|n
재봉틀|sewing machines|n
미싱|sewing machines|n
공작기계|machine tools|n
레이저|laser|m
컴퓨터|computers|n
피시|computers|n
노트북|laptops|n
데스크톱|desktop computers|n
태블릿|tablet computers|n
서버|servers|n
모니터|monitors|n
키보드|keyboards|n
마우스|computer mice|n
하드디스크|hard disk drives|n
유에스비 메모리|USB flash drives|n
계산기|calculators|n
자판기|vending machines|n
밸브|valves|n
수도꼭지|taps|n
베어링|bearings|n
기어|gears|n
금형|moulds|n
소화기|fire extinguishers|n
커피머신|coffee makers|n
디젤엔진|diesel engines|n
가솔린엔진|petrol engines|n
보일러|boilers|n
온수기|water heaters|n
전기온수기|electric water heaters|n
가스보일러|gas boilers|n
수중펌프|submersible pumps|n
에어펌프|air pumps|n
에어컴프레서|air compressors|n
송풍기|blowers|n
환풍기|ventilation fans|n
서큘레이터|air circulators|n
실링팬|ceiling fans|n
미니선풍기|mini fans|n
핸디선풍기|handheld fans|n
휴대용선풍기|portable fans|n
라디에이터|radiators|n
냉풍기|air coolers|n
이동식에어컨|portable air conditioners|n
벽걸이에어컨|wall-mounted air conditioners|n
스탠드에어컨|floor-standing air conditioners|n
시스템에어컨|ceiling air conditioners|n
제습기|dehumidifiers|n
가습기|humidifiers|n
제빙기|ice makers|n
냉온수기|water dispensers|n
오일필터|oil filters|n
에어필터|air filters|n
정수필터|water filters|n
샤워필터|shower filters|n
레인지후드|cooker hoods|n
의류건조기|tumble dryers|n
드럼세탁기|front-loading washing machines|n
통돌이|top-loading washing machines|n
세탁건조기|washer-dryers|n
미니세탁기|mini washing machines|n
잉크젯프린터|inkjet printers|n
레이저프린터|laser printers|n
라벨프린터|label printers|n
복사기|photocopiers|n
스캐너|scanners|n
바코드스캐너|barcode scanners|n
문서세단기|paper shredders|n
파쇄기|shredders|n
지폐계수기|banknote counters|n
포스기|POS terminals|n
키오스크|kiosks|n
데스크탑|desktop computers|n
게이밍|gaming|m
외장하드|external hard drives|n
외장|external|m
메모리카드|memory cards|n
램|memory modules|n
메모리|memory modules|n
그래픽카드|graphics cards|n
메인보드|motherboards|n
카드리더기|card readers|n
도킹스테이션|docking stations|n
마우스패드|mouse pads|n
무선마우스|wireless mice|n
게이밍마우스|gaming mice|n
기계식키보드|mechanical keyboards|n
무선키보드|wireless keyboards|n
게임패드|gamepads|n
조이스틱|joysticks|n
컨트롤러|controllers|n
디스플레이|displays|n
게이밍모니터|gaming monitors|n
와이파이|Wi-Fi|m
모뎀|modems|n
허브|hubs|n
레이저커팅기|laser cutting machines|n
절단기|cutting machines|n
사출기|injection moulding machines|n
포장기|packing machines|n
진공포장기|vacuum sealers|n
푸드프로세서|food processors|n
채칼|mandolines|n
분쇄기|grinders|n
농기계|agricultural machinery|n
경운기|cultivators|n
콤바인|combine harvesters|n
예초기|brush cutters|n
잔디깎이|lawn mowers|n
분무기|sprayers|n
중장비|construction machinery|n
불도저|bulldozers|n
덤프트럭|dump trucks|n
윈치|winches|n
리프트|lifts|n
에스컬레이터|escalators|n
컨베이어|conveyors|n
산업용로봇|industrial robots|n
로봇|robots|n
에스프레소머신|espresso machines|n
커피그라인더|coffee grinders|n
그라인더|grinders|n
착즙기|juicers|n
원액기|slow juicers|n
핸드믹서|hand mixers|n
제빵기|bread makers|n
요거트메이커|yoghurt makers|n
가스레인지|gas cookers|n
가스렌지|gas cookers|n
버너|burners|n
휴대용버너|portable gas stoves|n
전기레인지|electric hobs|n
인덕션레인지|induction hobs|n
식기건조기|dish dryers|n
수전|taps|n
샤워헤드|shower heads|n
샤워기|showers|n
샤워부스|shower cubicles|n
유압|hydraulic|m
기어박스|gearboxes|n
피스톤|pistons|n
전자저울|electronic scales|n
주방저울|kitchen scales|n
인바디|body composition scales|n
노즐|nozzles|n
고압세척기|pressure washers|n
스팀청소기|steam cleaners|n
물걸레청소기|mop vacuum cleaners|n
생활가전|household appliances|n
주방가전|kitchen appliances|n
소형가전|small household appliances|n

# Chapter 85: electrical machinery and electronics
전기|electric|m
전동|electric|m
가전|household appliances|n
가전제품|household appliances|n
전자제품|electrical appliances|n
모터|electric motors|n
발전기|generators|n
변압기|transformers|n
인버터|inverters|n
어댑터|adaptors|n
충전기|chargers|n
배터리|batteries|n
전지|batteries|n
건전지|dry cells|n
리튬 배터리|lithium batteries|n
리튬이온 배터리|lithium-ion batteries|n
리튬이온 전지|lithium-ion batteries|n
축전지|accumulators|n
보조배터리|power banks|n
전동공구|power tools|n
청소기|vacuum cleaners|n
진공청소기|vacuum cleaners|n
로봇청소기|robot vacuum cleaners|n
믹서|blenders|n
블렌더|blenders|n
전기밥솥|rice cookers|n
밥솥|rice cookers|n
전자레인지|microwave ovens|n
오븐|ovens|n
에어프라이어|air fryers|n
인덕션|induction cookers|n
전기포트|electric kettles|n
드라이기|hair dryers|n
헤어드라이어|hair dryers|n
다리미|irons|n
전기면도기|electric shavers|n
히터|heaters|n
난로|heaters|n
휴대폰|mobile phones|n
핸드폰|mobile phones|n
휴대전화|mobile phones|n
스마트폰|smartphones|n
전화기|telephones|n
공유기|routers|n
라우터|routers|n
이어폰|earphones|n
헤드폰|headphones|n
헤드셋|headphones|n
블루투스|Bluetooth|m
무선|wireless|m
스피커|loudspeakers|n
마이크|microphones|n
카메라|cameras|n
디지털카메라|digital cameras|n
시시티비|CCTV cameras|n
감시카메라|CCTV cameras|n
텔레비전|television sets|n
티비|television sets|n
프로젝터|projectors|n
빔프로젝터|projectors|n
리모컨|remote controls|n
드론|drones|n
반도체|semiconductors|n
집적회로|integrated circuits|n
칩|integrated circuits|n
콘덴서|capacitors|n
회로기판|printed circuit boards|n
기판|printed circuit boards|n
센서|sensors|n
스위치|switches|n
콘센트|sockets|n
멀티탭|sockets|n
플러그|plugs|n
커넥터|connectors|n
전선|electric wire|n
케이블|cables|n
충전 케이블|data cables|n
조명|lighting fittings|n
전구|light bulbs|n
램프|lamps|n
스탠드|table lamps|n
손전등|torches|n
태양광|solar|m
솔라|solar|m
태양광 패널|solar panels|n
태양전지판|solar panels|n
태양전지|solar cells|n
전자|electronic|m
전자부품|electronic components|n
스마트워치|smartwatches|n
스마트|smart|m
게임기|video game consoles|n
전동기|electric motors|n
파워뱅크|power banks|n
휴대용배터리|power banks|n
파워스테이션|portable power stations|n
솔라라이트|solar lights|n
전원어댑터|power adaptors|n
전원코드|power cords|n
연장선|extension cables|n
멀티콘센트|power strips|n
돼지코|travel adaptors|n
젠더|adaptors|n
고속충전기|fast chargers|n
급속충전기|fast chargers|n
무선충전기|wireless chargers|n
차량용충전기|car chargers|n
시거잭|car chargers|n
충전|charging|m
충전케이블|charging cables|n
씨타입|USB-C|m
랜선|network cables|n
랜케이블|network cables|n
차단기|circuit breakers|n
누전차단기|residual current circuit breakers|n
퓨즈|fuses|n
릴레이|relays|n
타이머|timers|n
스마트플러그|smart plugs|n
인터폰|intercoms|n
비디오폰|video door phones|n
초인종|doorbells|n
경보기|alarms|n
화재감지기|fire alarms|n
무전기|walkie-talkies|n
무선전화기|cordless telephones|n
자급제|unlocked phones|n
핸드폰거치대|phone holders|n
휴대폰거치대|phone holders|n
거치대|holders|n
차량용거치대|car phone holders|n
보호필름|screen protectors|n
액정보호필름|screen protectors|n
강화유리필름|tempered glass screen protectors|n
짐벌|gimbals|n
무선이어폰|wireless earphones|n
블루투스이어폰|Bluetooth earphones|n
블루투스 이어폰|Bluetooth earphones|n
무선 이어폰|wireless earphones|n
골전도|bone conduction|m
노이즈캔슬링|noise-cancelling|m
귀마개|earplugs|n
사운드바|soundbars|n
블루투스스피커|Bluetooth speakers|n
우퍼|subwoofers|n
서브우퍼|subwoofers|n
앰프|amplifiers|n
녹음기|voice recorders|n
라디오|radios|n
플레이어|players|n
턴테이블|turntables|n
스마트티비|smart televisions|n
스크린|screens|n
캠코더|camcorders|n
액션캠|action cameras|n
미러리스|mirrorless cameras|n
즉석카메라|instant cameras|n
폴라로이드|instant cameras|n
카메라렌즈|camera lenses|n
홈캠|home security cameras|n
웹캠|webcams|n
블랙박스|dashcams|n
후방카메라|reversing cameras|n
내비게이션|navigation devices|n
네비게이션|navigation devices|n
안테나|aerials|n
저항기|resistors|n
커패시터|capacitors|n
다이오드|diodes|n
트랜지스터|transistors|n
아두이노|Arduino boards|n
모듈|modules|n
전기주전자|electric kettles|n
커피포트|electric kettles|n
전기그릴|electric grills|n
핫플레이트|hotplates|n
멀티쿠커|multicookers|n
전기압력밥솥|electric pressure rice cookers|n
압력밥솥|pressure rice cookers|n
토스트기|toasters|n
토스터|toasters|n
와플메이커|waffle makers|n
에어프라이기|air fryers|n
전동칫솔|electric toothbrushes|n
구강세정기|water flossers|n
바리깡|hair clippers|n
이발기|hair clippers|n
제모기|hair removal devices|n
고데기|hair straighteners|n
봉고데기|curling irons|n
미용기기|beauty devices|n
스티머|steamers|n
스팀다리미|steam irons|n
무선청소기|cordless vacuum cleaners|n
핸디청소기|handheld vacuum cleaners|n
전기히터|electric heaters|n
온풍기|fan heaters|n
전기장판|electric blankets|n
전기요|electric blankets|n
온수매트|heated water mats|n
손난로|hand warmers|n
전기모기채|electric fly swatters|n
해충퇴치기|insect killers|n
전동드릴|electric drills|n
충전드릴|cordless drills|n
해머드릴|hammer drills|n
임팩트드라이버|impact drivers|n
전동드라이버|electric screwdrivers|n
임팩트렌치|impact wrenches|n
앵글그라인더|angle grinders|n
샌더|sanders|n
원형톱|circular saws|n
직소|jigsaws|n
체인톱|chainsaws|n
히트건|heat guns|n
유선|wired|m
충전지|rechargeable batteries|n
알카라인|alkaline batteries|n
자동차배터리|car batteries|n
차량용배터리|car batteries|n
엘이디전구|LED bulbs|n
줄조명|string lights|n
형광등|fluorescent lamps|n
천장등|ceiling lamps|n
펜던트조명|pendant lamps|n
샹들리에|chandeliers|n
스포트라이트|spotlights|n
다운라이트|downlights|n
장스탠드|floor lamps|n
책상스탠드|desk lamps|n
무드등|mood lights|n
수면등|night lights|n
랜턴|lanterns|n
캠핑랜턴|camping lanterns|n
헤드랜턴|head torches|n
스마트밴드|fitness bands|n
전자사전|electronic dictionaries|n
번역기|translators|n
스타일러스펜|stylus pens|n
휴대용게임기|handheld game consoles|n
플스|PlayStation consoles|n

# Chapters 86-89: vehicles, aircraft, ships
기차|trains|n
열차|trains|n
컨테이너|containers|n
차량|vehicles|n
자동차|motor cars|n
승용차|passenger cars|n
중고차|used cars|n
전기차|electric cars|n
전기자동차|electric cars|n
하이브리드|hybrid|m
트럭|lorries|n
화물차|lorries|n
버스|buses|n
오토바이|motorcycles|n
스쿠터|scooters|n
전기자전거|electric bicycles|n
전동킥보드|electric scooters|n
자전거|bicycles|n
유모차|baby carriages|n
휠체어|wheelchairs|n
부품|parts|m
부속|parts|m
부속품|accessories|m
예비부품|spare parts|m
자동차 부품|motor vehicle parts|n
휠|wheels|n
브레이크|brakes|n
브레이크 패드|brake pads|n
범퍼|bumpers|n
핸들|steering wheels|n
카시트|child car seats|n
안전벨트|seat belts|n
와이퍼|windscreen wipers|n
헤드라이트|headlamps|n
비행기|aircraft|n
항공기|aircraft|n
선박|ships|n
보트|boats|n
요트|yachts|n
어선|fishing vessels|n
세단|saloon cars|n
경차|kei cars|n
미니밴|minivans|n
승합차|vans|n
픽업트럭|pick-up trucks|n
트레일러|trailers|n
소방차|fire engines|n
구급차|ambulances|n
캠핑카|motor caravans|n
신차|new cars|n
수입차|imported cars|n
킥보드|kick scooters|n
전동스쿠터|electric scooters|n
전기오토바이|electric motorcycles|n
세발자전거|tricycles|n
산악자전거|mountain bikes|n
로드자전거|road bikes|n
접이식자전거|folding bicycles|n
어린이자전거|children's bicycles|n
보행기|baby walkers|n
주니어카시트|booster seats|n
차량용품|car accessories|n
자동차용품|car accessories|n
보닛|bonnets|n
흙받이|mudguards|n
테일램프|tail lights|n
안개등|fog lamps|n
앞유리|windscreens|n
와이퍼블레이드|wiper blades|n
브레이크디스크|brake discs|n
쇼바|shock absorbers|n
알루미늄휠|alloy wheels|n
점화플러그|spark plugs|n
스파크플러그|spark plugs|n
에어백|airbags|n
시트커버|seat covers|n
카매트|car floor mats|n
자동차매트|car floor mats|n
루프박스|roof boxes|n
햇빛가리개|sunshades|n
핸들커버|steering wheel covers|n
안장|saddles|n
페달|pedals|n
헬리콥터|helicopters|n
카누|canoes|n
카약|kayaks|n
고무보트|inflatable boats|n
제트스키|jet skis|n
구명조끼|life jackets|n

# Chapters 90-93: instruments, clocks, musical instruments
측정기|measuring instruments|n
계측기|measuring instruments|n
의료|medical|m
의료용|medical|m
의료기기|medical devices|n
안경|spectacles|n
선글라스|sunglasses|n
콘택트렌즈|contact lenses|n
렌즈|contact lenses|n
망원경|telescopes|n
현미경|microscopes|n
주사기|syringes|n
혈압계|blood pressure monitors|n
체온계|clinical thermometers|n
온도계|thermometers|n
혈당측정기|blood glucose meters|n
보청기|hearing aids|n
치과|dental|m
안마기|massage apparatus|n
마사지기|massage apparatus|n
안마의자|massage chairs|n
줄자|tape measures|n
저울|weighing scales|n
체중계|weighing scales|n
시계|clocks and watches|n
손목시계|wristwatches|n
벽시계|wall clocks|n
악기|musical instruments|n
피아노|pianos|n
기타|guitars|n
바이올린|violins|n
드럼|drums|n
총기|firearms|n
돋보기안경|reading glasses|n
안경테|spectacle frames|n
고글|goggles|n
물안경|swimming goggles|n
수경|swimming goggles|n
컬러렌즈|coloured contact lenses|n
서클렌즈|circle lenses|n
돋보기|magnifying glasses|n
쌍안경|binoculars|n
거리측정기|rangefinders|n
레이저거리측정기|laser rangefinders|n
수평계|spirit levels|n
레이저레벨|laser levels|n
캘리퍼스|calipers|n
테스터기|testers|n
멀티미터|multimeters|n
습도계|hygrometers|n
온습도계|thermo-hygrometers|n
비접촉체온계|infrared thermometers|n
귀체온계|ear thermometers|n
산소포화도측정기|pulse oximeters|n
청진기|stethoscopes|n
의료용품|medical supplies|n
전동침대|electric beds|n
목발|crutches|n
보호대|supports|n
무릎보호대|knee supports|n
손목보호대|wrist supports|n
발목보호대|ankle supports|n
틀니|dentures|n
마우스피스|mouthguards|n
저주파치료기|TENS units|n
마사지건|massage guns|n
족욕기|foot spas|n
발마사지기|foot massagers|n
비커|beakers|n
지구본|globes|n
나침반|compasses|n
스톱워치|stopwatches|n
탁상시계|table clocks|n
알람시계|alarm clocks|n
디지털시계|digital clocks|n
디지털피아노|digital pianos|n
전자피아노|digital pianos|n
일렉기타|electric guitars|n
통기타|acoustic guitars|n
어쿠스틱기타|acoustic guitars|n
베이스기타|bass guitars|n
우쿨렐레|ukuleles|n
첼로|cellos|n
플루트|flutes|n
리코더|recorders|n
색소폰|saxophones|n
트럼펫|trumpets|n
하모니카|harmonicas|n
전자드럼|electronic drum kits|n
칼림바|kalimbas|n
메트로놈|metronomes|n
오르골|music boxes|n
에어건|air guns|n
장난감총|toy guns|n

# Chapter 94: furniture, bedding, lighting
가구|furniture|n
의자|chairs|n
사무용 의자|office chairs|n
게이밍 의자|gaming chairs|n
소파|sofas|n
쇼파|sofas|n
책상|desks|n
테이블|tables|n
탁자|tables|n
식탁|dining tables|n
선반|shelves|n
랙|shelves|n
책장|bookshelves|n
수납장|cabinets|n
캐비닛|cabinets|n
서랍장|chests of drawers|n
옷장|wardrobes|n
침대|beds|n
아기침대|cots|n
매트리스|mattresses|n
베개|pillows|n
화장대|dressing tables|n
조립식 주택|prefabricated buildings|n
비닐하우스|greenhouses|n
온실|greenhouses|n
식탁의자|dining chairs|n
컴퓨터의자|computer chairs|n
좌식의자|floor chairs|n
접이식의자|folding chairs|n
캠핑의자|camping chairs|n
스툴|stools|n
벤치|benches|n
리클라이너|recliners|n
소파베드|sofa beds|n
빈백|bean bags|n
커피테이블|coffee tables|n
사이드테이블|side tables|n
협탁|bedside tables|n
접이식테이블|folding tables|n
캠핑테이블|camping tables|n
컴퓨터책상|computer desks|n
모션데스크|height-adjustable desks|n
티비장|TV stands|n
책꽂이|bookshelves|n
진열장|display cabinets|n
장식장|display cabinets|n
신발장|shoe cabinets|n
사물함|lockers|n
파티션|partitions|n
침대프레임|bed frames|n
이층침대|bunk beds|n
싱글침대|single beds|n
슈퍼싱글|super single beds|n
퀸침대|queen beds|n
킹침대|king beds|n
토퍼|mattress toppers|n
메모리폼|memory foam|m
라텍스매트리스|latex mattresses|n
에어매트|air mattresses|n
캠핑매트|camping mats|n
바디필로우|body pillows|n
경추베개|cervical pillows|n

# Chapter 95: toys, games, sports goods
장난감|toys|n
완구|toys|n
인형|dolls|n
봉제인형|stuffed toys|n
피규어|figures|n
프라모델|plastic model kits|n
블록|building blocks|n
레고|building blocks|n
퍼즐|jigsaw puzzles|n
교구|educational toys|n
게임|games|n
카드|cards|n
보드게임|board games|n
스포츠용품|sports goods|n
운동기구|exercise equipment|n
헬스기구|exercise equipment|n
러닝머신|treadmills|n
덤벨|dumbbells|n
아령|dumbbells|n
요가매트|yoga mats|n
공|balls|n
축구공|footballs|n
농구공|basketballs|n
야구|baseball|m
골프|golf|m
골프채|golf clubs|n
골프공|golf balls|n
라켓|rackets|n
배드민턴|badminton|m
탁구|table tennis|m
스키|skis|n
스케이트보드|skateboards|n
낚시|fishing|m
낚싯대|fishing rods|n
낚시대|fishing rods|n
낚시용품|fishing tackle|n
캠핑|camping|m
크리스마스|Christmas|m
풍선|balloons|n
아기장난감|baby toys|n
딸랑이|rattles|n
모빌|mobiles|n
미니카|toy cars|n
자동차장난감|toy cars|n
알씨카|remote-control cars|n
소꿉놀이|play sets|n
직소퍼즐|jigsaw puzzles|n
바둑|go|n
체스|chess|n
화투|hwatu cards|n
팽이|spinning tops|n
비눗방울|soap bubbles|n
물총|water pistols|n
미끄럼틀|slides|n
그네|swings|n
트램펄린|trampolines|n
물놀이튜브|swim rings|n
비치볼|beach balls|n
배구공|volleyballs|n
테니스공|tennis balls|n
테니스라켓|tennis rackets|n
테니스|tennis|m
배드민턴라켓|badminton rackets|n
셔틀콕|shuttlecocks|n
탁구공|table tennis balls|n
탁구라켓|table tennis bats|n
야구공|baseballs|n
야구배트|baseball bats|n
야구글러브|baseball gloves|n
다트|darts|n
당구|billiards|m
피트니스|fitness|m
실내자전거|exercise bikes|n
바벨|barbells|n
케틀벨|kettlebells|n
저항밴드|resistance bands|n
줄넘기|skipping ropes|n
훌라후프|hula hoops|n
짐볼|exercise balls|n
폼롤러|foam rollers|n
권투글러브|boxing gloves|n
복싱글러브|boxing gloves|n
샌드백|punching bags|n
스노우보드|snowboards|n
인라인스케이트|inline skates|n
롤러스케이트|roller skates|n
서핑보드|surfboards|n
루어|lures|n
낚싯줄|fishing lines|n
낚싯바늘|fish hooks|n
미끼|fishing bait|n
캠핑용품|camping gear|n
등산용품|hiking gear|n
등산가방|hiking backpacks|n
스포츠|sports|m
크리스마스장식|Christmas decorations|n
할로윈|Halloween|m
파티용품|party articles|n
코스프레|cosplay costumes|n

# Chapters 96-97: miscellaneous manufactured articles, works of art
빗자루|brooms|n
솔|brushes|n
브러시|brushes|n
칫솔|toothbrushes|n
단추|buttons|n
지퍼|zip fasteners|n
문구|stationery|n
문구류|stationery|n
펜|pens|n
볼펜|ball-point pens|n
연필|pencils|n
색연필|colour pencils|n
마커|markers|n
형광펜|markers|n
라이터|lighters|n
빗|combs|n
머리핀|hair clips|n
헤어핀|hair clips|n
머리끈|hair ties|n
텀블러|vacuum flasks|n
보온병|vacuum flasks|n
기저귀|napkins for babies|n
생리대|sanitary towels|n
삼각대|tripods|n
셀카봉|selfie sticks|n
그림|paintings|n
회화|paintings|n
조각상|sculptures|n
골동품|antiques|n
우표|postage stamps|n
샤프|propelling pencils|n
크레파스|crayons|n
크레용|crayons|n
사인펜|felt-tipped pens|n
유성매직|permanent markers|n
네임펜|permanent markers|n
젤펜|gel pens|n
만년필|fountain pens|n
연필깎이|pencil sharpeners|n
수정테이프|correction tape|n
스테이플러|staplers|n
호치키스|staplers|n
화이트보드|whiteboards|n
칠판|blackboards|n
스탬프|stamps|n
헤어브러시|hairbrushes|n
메이크업브러시|make-up brushes|n
화장붓|make-up brushes|n
퍼프|powder puffs|n
뷰러|eyelash curlers|n
대걸레|mops|n
변기솔|toilet brushes|n
재떨이|ashtrays|n
유아용품|baby products|n
유화|oil paintings|n
마네킹|mannequins|n
버클|buckles|n

# Qualifiers: states and processes
생|raw|m
신선한|fresh|m
신선|fresh|m
냉장|chilled|m
냉장된|chilled|m
냉동|frozen|m
냉동된|frozen|m
건조|dried|m
건조된|dried|m
말린|dried|m
동결건조|freeze-dried|m
염장|salted|m
소금에 절인|salted|m
절인|pickled|m
훈제|smoked|m
훈제된|smoked|m
볶은|roasted|m
로스팅|roasted|m
구운|roasted|m
튀긴|fried|m
익힌|cooked|m
조리된|cooked|m
삶은|boiled|m
가공|processed|m
가공된|processed|m
원료|raw materials|m
원재료|raw materials|m
분쇄|ground|m
도정|milled|m
도정된|milled|m
연마|polished|m
연마된|polished|m
껍질 벗긴|peeled|m
껍질을 벗긴|peeled|m
껍질째|in shell|m
슬라이스|sliced|m
발효|fermented|m
발효된|fermented|m
유기농|organic|m
천연|natural|m
인조|artificial|m
인공|artificial|m
합성|synthetic|m
수제|handmade|m
핸드메이드|handmade|m
방수|waterproof|m
투명|transparent|m
양념된|seasoned|m
무첨가|additive-free|m
무가당|unsweetened|m
저칼로리|low-calorie|m
수입|imported|m
국내산|domestic|m
자연산|wild|m
대용량|large-capacity|m
개별포장|individually wrapped|m
진공포장|vacuum-packed|m
선물세트|gift sets|n
세트|set|m
묶음|bundle|m
액체|liquid|m
스프레이|spray|m
정품|genuine|m
호환|compatible|m
교체용|replacement|m
리필|refills|n
전용|dedicated|m
재활용|recycled|m
친환경|eco-friendly|m
귀여운|cute|m
빈티지|vintage|m
심플|simple|m
미니|mini|m
대형|large|m
소형|small|m
슬림|slim|m
초경량|ultralight|m
경량|lightweight|m
항균|antibacterial|m
블랙|black|m
검정|black|m
화이트|white|m
흰색|white|m
레드|red|m
빨간색|red|m
블루|blue|m
파란색|blue|m
회색|grey|m
네이비|navy|m
핑크|pink|m

# Qualifiers: power, use and users
휴대용|portable|m
접이식|folding|m
충전식|rechargeable|m
건전지식|battery-powered|m
배터리식|battery-powered|m
수동|manual|m
자동|automatic|m
디지털|digital|m
산업용|industrial|m
공업용|industrial|m
업소용|commercial|m
업무용|commercial|m
가정용|household|m
주방|kitchen|m
주방용|kitchen|m
주방용품|kitchenware|n
생활용품|household articles|n
차량용|for vehicles|m
자동차용|for vehicles|m
야외|outdoor|m
아웃도어|outdoor|m
실내|indoor|m
새|new|m
새로운|new|m
신품|new|m
중고|second-hand|m
중고품|second-hand|m
사용된|used|m
사용한|used|m
리퍼|refurbished|m
리퍼브|refurbished|m
식품|foodstuffs|n
간식|snacks|n
스낵|snacks|n
핸디형|handheld|m
탁상용|tabletop|m
벽걸이|wall-mounted|m
욕실|bathroom|m
사무실|office|m
사무용|office|m
펫|pet|m
강아지용|for dogs|m
고양이용|for cats|m
성인용|adults'|m
커플|couples'|m
전문가용|professional|m
다기능|multifunctional|m
멀티|multi|m
전자동|fully automatic|m
높이조절|height-adjustable|m
폴딩|folding|m
코드리스|cordless|m
`,
};
