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

# Chapters 05-06: animal products, live plants, flowers
깃털|feathers|m
오리털|down|m
거위털|down|m
꽃|flowers|n
생화|cut flowers|n

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

# Chapter 11: milling products
밀가루|wheat flour|n
가루|powder|m
분말|powder|m
쌀가루|rice flour|n
전분|starch|n

# Chapter 12: oil seeds, herbs, seaweed
대두|soya beans|n
땅콩|groundnuts|n
참깨|sesame seeds|n
한약재|medicinal herbs|n
해조류|seaweeds|n

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

# Chapters 23-24: animal feed, tobacco
사료|animal feed|n
펫푸드|pet food|n
담배|tobacco|n
궐련|cigarettes|n
시가|cigars|n
전자담배|electronic cigarettes|n

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

# Chapters 35-38: glues, explosives, other chemicals
접착제|adhesives|n
본드|adhesives|n
테이프|tape|n
불꽃놀이|fireworks|n
폭죽|fireworks|n
농약|pesticides|n
소독제|disinfectants|n

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

# Chapter 40: rubber
고무|rubber|m
라텍스|latex|m
타이어|tyres|n
튜브|tubes|n
장갑|gloves|n
호스|hoses|n
벨트|belts|n

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
`,
};
