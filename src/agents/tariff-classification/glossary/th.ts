import type { GlossaryLanguage } from 'src/agents/tariff-classification/glossary/glossary-types';

/** Thai trade words: goods, materials, states and uses, with their English. */
export const THAI: GlossaryLanguage = {
  code: 'th',
  name: 'Thai',
  head: 'first',
  unspaced: true,
  skip: 'ของ และ สำหรับ ที่ ใน จาก กับ หรือ แบบ ชนิด ประเภท ตัว อัน ชิ้น ใบ คู่ ลูก ชุด แผ่น ซอง ผล ต้น ดอก เม็ด ก้อน เส้น ขนาด สี ด้วย โดย เป็น มี ทำจาก สินค้า ผลิตภัณฑ์ กิโลกรัม กรัม ลิตร',
  entries: `
# Chapter 01: live animals
สัตว์มีชีวิต|live animals|n
ปศุสัตว์|livestock|n
สัตว์ปีก|poultry|n
วัว|cattle|n
ควาย|buffalo|n
สุกร|swine|n
ไก่|chicken|n
เป็ด|duck|n
แกะ|sheep|n
มีชีวิต|live|m

# Chapter 02: meat and offal
เนื้อ|meat|n
เนื้อสัตว์|meat|n
เนื้อวัว|beef|n
หมู|pork|n
เนื้อหมู|pork|n
เนื้อไก่|chicken meat|n
อกไก่|chicken breast|n
ปีกไก่|chicken wings|n
ตีนไก่|chicken feet|n
เครื่องใน|offal|n
ซี่โครง|ribs|n
ไขมัน|fat|n
ไม่มีกระดูก|boneless|m
ไส้กรอก|sausages|n
แฮม|ham|n
เบคอน|bacon|n
รังนก|edible bird's nest|n

# Chapter 03: fish, crustaceans, molluscs
ปลา|fish|n
ปลาทูน่า|tuna|n
ปลาแซลมอน|salmon|n
ปลาทู|mackerel|n
ปลานิล|tilapia|n
ปลาสวาย|pangasius|n
ปลาหมึก|squid|n
ปลาหมึกยักษ์|octopus|n
กุ้ง|shrimps|n
กุ้งขาว|whiteleg shrimps|n
กุ้งกุลาดำ|black tiger shrimps|n
กุ้งมังกร|lobsters|n
ปู|crabs|n
หอย|molluscs|n
หอยนางรม|oysters|n
หอยเชลล์|scallops|n
อาหารทะเล|seafood|n
ปลาเค็ม|salted fish|n
กุ้งแห้ง|dried shrimps|n
ลูกชิ้น|meatballs|n
ฟิลเลต์|fillet|m
ปอกเปลือก|peeled|m

# Chapter 04: dairy, eggs, honey
นม|milk|n
นมสด|fresh milk|n
นมผง|milk powder|n
นมข้นหวาน|sweetened condensed milk|n
โยเกิร์ต|yoghurt|n
ครีม|cream|n
เนย|butter|n
เนยแข็ง|cheese|n
ชีส|cheese|n
นมผงเด็ก|infant formula|n
ไข่|eggs|n
น้ำผึ้ง|honey|n
พร่องมันเนย|skimmed|m

# Chapter 05: other animal products
ขนนก|feathers|n
เส้นผม|human hair|n
งาช้าง|ivory|n
เปลือกหอย|shells|m

# Chapter 06: live plants, flowers
ต้นไม้|plants|n
ไม้ประดับ|ornamental plants|n
ดอกไม้|flowers|n
กุหลาบ|roses|n
กล้วยไม้|orchids|n
เมล็ดพันธุ์|seeds for sowing|n

# Chapter 07: vegetables
ผัก|vegetables|n
มันฝรั่ง|potatoes|n
มันเทศ|sweet potatoes|n
มันสำปะหลัง|cassava|n
มะเขือเทศ|tomatoes|n
หัวหอม|onions|n
กระเทียม|garlic|n
กะหล่ำปลี|cabbage|n
กะหล่ำดอก|cauliflower|n
บรอกโคลี|broccoli|n
ผักกาดหอม|lettuce|n
แครอท|carrots|n
แตงกวา|cucumbers|n
ถั่ว|beans|n
ถั่วเขียว|mung beans|n
ถั่วเหลือง|soya beans|n
ถั่วลิสง|groundnuts|n
พริก|chillies|n
พริกหวาน|sweet peppers|n
เห็ด|mushrooms|n
เห็ดหอม|shiitake mushrooms|n
ข้าวโพด|maize|n
ฟักทอง|pumpkins|n
มะระ|bitter gourds|n
มะเขือยาว|aubergines|n
ผักโขม|spinach|n
หน่อไม้|bamboo shoots|n
หน่อไม้ฝรั่ง|asparagus|n
ขิง|ginger|n
ขมิ้น|turmeric|n
ตะไคร้|lemongrass|n
ใบมะกรูด|kaffir lime leaves|n
ผักชี|coriander|n
ผักดอง|pickled vegetables|n

# Chapter 08: fruit and nuts
ผลไม้|fruit|n
กล้วย|bananas|n
มะม่วง|mangoes|n
สับปะรด|pineapples|n
แก้วมังกร|dragon fruit|n
ทุเรียน|durians|n
มังคุด|mangosteens|n
เงาะ|rambutans|n
ลิ้นจี่|lychees|n
ลำไย|longans|n
ส้ม|oranges|n
ส้มโอ|pomelos|n
มะนาว|limes|n
เสาวรส|passion fruit|n
แอปเปิ้ล|apples|n
องุ่น|grapes|n
ลูกเกด|raisins|n
แตงโม|watermelons|n
มะละกอ|papayas|n
ฝรั่ง|guavas|n
ขนุน|jackfruit|n
มะขาม|tamarind|n
สตรอเบอร์รี่|strawberries|n
อะโวคาโด|avocados|n
มะพร้าว|coconuts|n
เนื้อมะพร้าว|coconut meat|n
มะพร้าวแห้ง|copra|n
มะม่วงหิมพานต์|cashew nuts|n
แมคคาเดเมีย|macadamia nuts|n
อัลมอนด์|almonds|n
วอลนัท|walnuts|n
พิสตาชิโอ|pistachios|n
ผลไม้อบแห้ง|dried fruit|n
แยม|jam|n

# Chapter 09: coffee, tea, spices
กาแฟ|coffee|n
เมล็ดกาแฟ|coffee beans|n
กาแฟสำเร็จรูป|instant coffee|n
สารกาแฟ|green coffee beans|n
ชา|tea|n
ใบชา|tea leaves|n
ชาเขียว|green tea|n
ชาดำ|black tea|n
ชาซอง|tea bags|n
มัทฉะ|matcha|n
พริกไทย|pepper|n
อบเชย|cinnamon|n
โป๊ยกั๊ก|star anise|n
กานพลู|cloves|n
วานิลลา|vanilla|n
เครื่องเทศ|spices|n
ผงกะหรี่|curry powder|n
พริกแกง|curry paste|n
โสม|ginseng|n
สมุนไพร|herbs|n

# Chapter 10-11: cereals, flour, starch
ธัญพืช|cereals|n
ข้าว|rice|n
ข้าวเปลือก|paddy rice|n
ข้าวสาร|milled rice|n
ข้าวกล้อง|brown rice|n
ข้าวหอมมะลิ|jasmine rice|n
ข้าวหอม|fragrant rice|n
ข้าวเหนียว|glutinous rice|n
ข้าวนึ่ง|parboiled rice|n
ข้าวหัก|broken rice|n
ข้าวสาลี|wheat|n
ข้าวโอ๊ต|oats|n
แป้ง|flour|n
แป้งสาลี|wheat flour|n
แป้งข้าวเจ้า|rice flour|n
แป้งมันสำปะหลัง|tapioca starch|n
แป้งข้าวโพด|corn starch|n
รำข้าว|rice bran|n
ขัดสี|milled|m
ขัดขาว|polished|m

# Chapter 12-14: oil seeds, plants, plaiting materials
งา|sesame seeds|n
เมล็ดทานตะวัน|sunflower seeds|n
เมล็ด|seeds|n
อ้อย|sugar cane|n
สาหร่าย|seaweed|n
กัญชา|cannabis|n
กัญชง|hemp|m
สารสกัด|extract|n
หวาย|rattan|m
ไม้ไผ่|bamboo|m
ใยมะพร้าว|coir|m
ฟาง|straw|m

# Chapter 15: fats and oils
น้ำมัน|oil|n
น้ำมันพืช|vegetable oil|n
น้ำมันปาล์ม|palm oil|n
น้ำมันปาล์มดิบ|crude palm oil|n
น้ำมันมะพร้าว|coconut oil|n
น้ำมันถั่วเหลือง|soya-bean oil|n
น้ำมันมะกอก|olive oil|n
น้ำมันทานตะวัน|sunflower oil|n
มาการีน|margarine|n
น้ำมันหอมระเหย|essential oils|n
บริสุทธิ์|pure|m
ดิบ|raw|m

# Chapter 16: meat and fish preparations
อาหารกระป๋อง|canned food|n
กระป๋อง|canned|m
ปลากระป๋อง|canned fish|n
น้ำปลา|fish sauce|n
กะปิ|shrimp paste|n
น้ำพริก|chilli paste|n

# Chapter 17: sugar and confectionery
น้ำตาล|sugar|n
น้ำตาลทราย|granulated sugar|n
น้ำตาลทรายแดง|brown sugar|n
กากน้ำตาล|molasses|n
น้ำเชื่อม|syrup|n
ลูกอม|sweets|n
ขนม|snacks|n
หมากฝรั่ง|chewing gum|n

# Chapter 18: cocoa
โกโก้|cocoa|n
ผงโกโก้|cocoa powder|n
ช็อกโกแลต|chocolate|n
ช็อคโกแลต|chocolate|n

# Chapter 19: cereal preparations, bakery, noodles
ขนมปัง|bread|n
บิสกิต|biscuits|n
คุกกี้|cookies|n
เค้ก|cakes|n
ขนมอบ|bakery products|n
ข้าวเกรียบ|rice crackers|n
บะหมี่|noodles|n
บะหมี่กึ่งสำเร็จรูป|instant noodles|n
ก๋วยเตี๋ยว|rice noodles|n
วุ้นเส้น|glass noodles|n
พาสต้า|pasta|n
ซาลาเปา|steamed buns|n
โจ๊ก|porridge|n
ซีเรียล|breakfast cereals|n
อาหารเด็ก|baby food|n

# Chapter 20: vegetable and fruit preparations, states
ซอสมะเขือเทศ|ketchup|n
น้ำผลไม้|fruit juice|n
มันฝรั่งทอด|potato chips|n
ดอง|pickled|m
อบแห้ง|dried|m
แห้ง|dried|m
ทอด|fried|m
คั่ว|roasted|m
ย่าง|grilled|m
เค็ม|salted|m
รมควัน|smoked|m
สด|fresh|m
แช่เย็น|chilled|m
แช่แข็ง|frozen|m
สุก|cooked|m
ปรุงรส|seasoned|m
หมัก|fermented|m
บด|ground|m
ผง|powder|m
สไลซ์|sliced|m
เข้มข้น|concentrated|m
สำเร็จรูป|instant|m
บรรจุขวด|bottled|m
ไม่มีน้ำตาล|sugar-free|m
ออร์แกนิก|organic|m
อินทรีย์|organic|m
ธรรมชาติ|natural|m
สังเคราะห์|synthetic|m
เทียม|artificial|m

# Chapter 21: miscellaneous food preparations
ซอส|sauce|n
ซีอิ๊ว|soy sauce|n
ซอสหอยนางรม|oyster sauce|n
ซอสพริก|chilli sauce|n
มายองเนส|mayonnaise|n
ผงชูรส|monosodium glutamate|n
เครื่องปรุงรส|seasonings|n
ซุป|soup|n
ไอศกรีม|ice cream|n
เต้าหู้|tofu|n
อาหารเสริม|dietary supplements|n
ผลิตภัณฑ์เสริมอาหาร|food supplements|n
อาหาร|food|n
อาหารแช่แข็ง|frozen food|n

# Chapter 22: beverages, spirits, vinegar
เครื่องดื่ม|beverages|n
น้ำดื่ม|drinking water|n
น้ำแร่|mineral water|n
น้ำอัดลม|soft drinks|n
เครื่องดื่มชูกำลัง|energy drinks|n
น้ำ|water|n
น้ำแข็ง|ice|n
เบียร์|beer|n
ไวน์|wine|n
เหล้า|spirits|n
แอลกอฮอล์|alcohol|n
น้ำส้มสายชู|vinegar|n
นมถั่วเหลือง|soya milk|n
ไม่มีแอลกอฮอล์|non-alcoholic|m

# Chapter 23: animal feed, residues
อาหารสัตว์|animal feed|n
อาหารสุนัข|dog food|n
อาหารแมว|cat food|n
อาหารสัตว์เลี้ยง|pet food|n
กากถั่วเหลือง|soybean meal|n
มันเส้น|cassava chips|n
มันอัดเม็ด|cassava pellets|n

# Chapter 24: tobacco
ยาสูบ|tobacco|n
บุหรี่|cigarettes|n
ซิการ์|cigars|n
บุหรี่ไฟฟ้า|electronic cigarettes|n

# Chapter 25-26: salt, stone, cement, ores
เกลือ|salt|n
เกลือทะเล|sea salt|n
ทราย|sand|n
ดินเหนียว|clay|n
ยิปซัม|gypsum|n
ปูน|cement|n
ซีเมนต์|cement|n
หิน|stone|m
หินแกรนิต|granite|m
หินอ่อน|marble|m
แร่|minerals|n
แร่เหล็ก|iron ore|n

# Chapter 27: mineral fuels
ถ่านหิน|coal|n
ถ่าน|charcoal|n
ถ่านกัมมันต์|activated carbon|n
น้ำมันดิบ|crude petroleum oil|n
ปิโตรเลียม|petroleum|n
น้ำมันเบนซิน|petrol|n
เบนซิน|petrol|n
น้ำมันดีเซล|diesel|n
ดีเซล|diesel|n
น้ำมันก๊าด|kerosene|n
น้ำมันเครื่อง|engine oil|n
น้ำมันหล่อลื่น|lubricating oil|n
เชื้อเพลิง|fuel|n
ก๊าซธรรมชาติ|natural gas|n
ก๊าซธรรมชาติเหลว|liquefied natural gas|n
ก๊าซหุงต้ม|lpg|n
ก๊าซ|gas|n
แก๊ส|gas|n
ยางมะตอย|bitumen|n

# Chapter 28-29: chemicals
สารเคมี|chemicals|n
เคมีภัณฑ์|chemical products|n
กรด|acid|n
กรดซัลฟิวริก|sulphuric acid|n
โซดาไฟ|caustic soda|n
คลอรีน|chlorine|n
ออกซิเจน|oxygen|n
ไททาเนียมไดออกไซด์|titanium dioxide|n
เบกกิ้งโซดา|baking soda|n
ตัวทำละลาย|solvents|n
น้ำยาฟอกขาว|bleach|n
วิตามิน|vitamins|n
สารเติมแต่ง|additives|n
วัตถุเจือปนอาหาร|food additives|n
สารกันบูด|preservatives|n
สีผสมอาหาร|food colouring|n
สารให้ความหวาน|sweeteners|n

# Chapter 30: pharmaceuticals
ยา|medicine|n
เวชภัณฑ์|pharmaceutical products|n
ยาสมุนไพร|herbal medicine|n
ยาเม็ด|tablets|n
แคปซูล|capsules|n
ยาปฏิชีวนะ|antibiotics|n
วัคซีน|vaccines|n
ยาแก้ปวด|painkillers|n
ยาหยอดตา|eye drops|n
ยาหม่อง|medicated balm|n
พลาสเตอร์ยา|adhesive plasters|n
ผ้าพันแผล|bandages|n
หน้ากากอนามัย|face masks|n

# Chapter 31: fertilisers
ปุ๋ย|fertilisers|n
ปุ๋ยเคมี|chemical fertilisers|n
ปุ๋ยอินทรีย์|organic fertilisers|n
ปุ๋ยยูเรีย|urea fertiliser|n

# Chapter 32: paints, dyes, inks, glues
สีทา|paint|n
สีทาบ้าน|house paint|n
สีสเปรย์|spray paint|n
เม็ดสี|pigments|n
สีย้อม|dyes|n
หมึก|ink|n
หมึกพิมพ์|printing ink|n
โทนเนอร์|toner|n
กาว|glue|n
เทปกาว|adhesive tape|n

# Chapter 33: cosmetics, perfume, toiletries
เครื่องสำอาง|cosmetics|n
น้ำหอม|perfume|n
ลิปสติก|lipstick|n
ครีมบำรุงผิว|skin cream|n
ครีมกันแดด|sunscreen|n
โลชั่น|lotion|n
โฟมล้างหน้า|facial cleanser|n
เจลอาบน้ำ|shower gel|n
แชมพู|shampoo|n
ครีมนวดผม|hair conditioner|n
ยาสีฟัน|toothpaste|n
น้ำยาบ้วนปาก|mouthwash|n
สีทาเล็บ|nail polish|n
ยาย้อมผม|hair dye|n
ธูป|incense sticks|n

# Chapter 34: soap, detergents, candles
สบู่|soap|n
ผงซักฟอก|washing powder|n
น้ำยาซักผ้า|liquid laundry detergent|n
น้ำยาล้างจาน|dishwashing liquid|n
น้ำยาปรับผ้านุ่ม|fabric softener|n
เทียน|candles|n
เจลล้างมือ|hand sanitiser|n

# Chapter 35-38: enzymes, explosives, photographic, chemical products
ดอกไม้ไฟ|fireworks|n
ไม้ขีดไฟ|matches|n
ยาฆ่าแมลง|insecticides|n
ยากำจัดศัตรูพืช|pesticides|n
ยาฆ่าหญ้า|herbicides|n
น้ำยาฆ่าเชื้อ|disinfectants|n
ยากันยุง|mosquito repellent|n
ยาจุดกันยุง|mosquito coils|n
น้ำมันเบรก|brake fluid|n

# Chapter 39: plastics and articles thereof
พลาสติก|plastic|m
เม็ดพลาสติก|plastic granules|n
พลาสติกรีไซเคิล|recycled plastic|m
ถุงพลาสติก|plastic bags|n
ถุง|bags|n
ฟิล์มถนอมอาหาร|cling film|n
ท่อ|pipes|n
สายยาง|hoses|n
ขวด|bottles|n
ขวดพลาสติก|plastic bottles|n
ขวดแก้ว|glass bottles|n
กล่อง|boxes|n
กล่องพลาสติก|plastic boxes|n
กล่องใส่อาหาร|food containers|n
ภาชนะ|containers|n
หลอดดูด|drinking straws|n
ถัง|buckets|n
ถังขยะ|waste bins|n
ตะกร้า|baskets|n
ไม้แขวนเสื้อ|coat hangers|n
ฝา|lids|n
โฟม|foam|m
ซิลิโคน|silicone|m
ไนลอน|nylon|m
อะคริลิค|acrylic|m
เสื้อกันฝน|raincoats|n
บรรจุภัณฑ์|packaging|n
กระสอบ|sacks|n

# Chapter 40: rubber and tyres
ยาง|rubber|m
ยางพารา|natural rubber|n
น้ำยางข้น|concentrated latex|n
น้ำยาง|latex|n
ยางแผ่นรมควัน|ribbed smoked sheets|n
ยางแท่ง|block rubber|n
ยางสังเคราะห์|synthetic rubber|n
ยางรถ|tyres|n
ยางใน|inner tubes|n
ถุงมือ|gloves|n
ถุงมือยาง|rubber gloves|n
สายพาน|transmission belts|n
สายพานลำเลียง|conveyor belts|n
ถุงยางอนามัย|condoms|n

# Chapter 41-43: leather, bags, furskins
หนัง|leather|m
หนังแท้|genuine leather|m
หนังวัว|cowhide|m
หนังกลับ|suede|m
หนังเทียม|imitation leather|m
กระเป๋า|bags|n
กระเป๋าถือ|handbags|n
กระเป๋าสตางค์|wallets|n
กระเป๋าเงิน|purses|n
กระเป๋าเป้|backpacks|n
กระเป๋าเดินทาง|suitcases|n
กระเป๋าสะพาย|shoulder bags|n
กระเป๋านักเรียน|school bags|n
กระเป๋าผ้า|cloth bags|n
เข็มขัด|belts|n
ขนสัตว์|wool|m

# Chapter 44: wood and articles of wood
ไม้|wood|m
ไม้ซุง|logs|n
ไม้แปรรูป|sawn timber|n
ไม้อัด|plywood|n
ปาร์ติเกิลบอร์ด|particle board|n
พื้นไม้|wooden flooring|n
ไม้อัดเม็ด|wood pellets|n
ไม้สับ|wood chips|n
ไม้ยางพารา|rubberwood|m
ไม้สัก|teak|m
ไม้จริง|solid wood|m
กรอบรูป|picture frames|n
ตะเกียบ|chopsticks|n
เขียง|chopping boards|n
ไม้จิ้มฟัน|toothpicks|n
ประตู|doors|n
หน้าต่าง|windows|n
หัตถกรรม|handicrafts|n
งานฝีมือ|handicrafts|n
ทำมือ|handmade|m

# Chapter 45-46: cork, basketwork
ไม้ก๊อก|cork|m
เครื่องจักสาน|basketwork|n
เสื่อ|mats|n

# Chapter 47-49: paper, paperboard, printed matter
กระดาษ|paper|m
เยื่อกระดาษ|pulp|n
กระดาษชำระ|toilet paper|n
ทิชชู่|tissues|n
กล่องลูกฟูก|corrugated boxes|n
ลังกระดาษ|cartons|n
กระดาษคราฟท์|kraft paper|n
กระดาษแข็ง|paperboard|n
กระดาษถ่ายเอกสาร|copy paper|n
สมุด|notebooks|n
หนังสือ|books|n
หนังสือพิมพ์|newspapers|n
นิตยสาร|magazines|n
ซองจดหมาย|envelopes|n
ฉลาก|labels|n
สติกเกอร์|stickers|n
แก้วกระดาษ|paper cups|n
ถุงกระดาษ|paper bags|n
กระดาษทราย|sandpaper|n
แผ่นพับ|leaflets|n

# Chapter 50-60: textiles
ไหม|silk|m
ผ้าไหม|silk fabric|n
ขนแกะ|wool|m
ฝ้าย|cotton|m
ผ้าฝ้าย|cotton fabric|n
เส้นใย|fibres|n
เส้นด้าย|yarn|n
ด้าย|thread|n
ปอ|jute|m
ลินิน|linen|m
โพลีเอสเตอร์|polyester|m
วิสคอส|viscose|m
ผ้า|fabric|n
ผ้าทอ|woven fabric|n
ผ้าถัก|knitted fabric|n
ถัก|knitted|m
ทอ|woven|m
ยีนส์|jeans|n
เดนิม|denim|m
ผ้าสักหลาด|felt|m
ผ้าฟลีซ|fleece|m
กำมะหยี่|velvet|m
ลูกไม้|lace|m
อวน|fishing nets|n
ผ้าไม่ทอ|nonwovens|n
ผ้าใบ|canvas|m
ผ้าม่าน|curtains|n
เชือก|rope|n
พรม|carpets|n
ผ้าปูโต๊ะ|tablecloths|n
ปัก|embroidered|m
พิมพ์ลาย|printed|m
ย้อม|dyed|m
ฟอกขาว|bleached|m
เคลือบ|coated|m
กันน้ำ|waterproof|m

# Chapter 61-63: garments and made-up textiles
เสื้อผ้า|clothing|n
เครื่องแต่งกาย|apparel|n
เสื้อ|tops|n
เสื้อยืด|t-shirts|n
เสื้อเชิ้ต|shirts|n
เสื้อโปโล|polo shirts|n
เสื้อแจ็คเก็ต|jackets|n
เสื้อคลุม|coats|n
เสื้อกันหนาว|sweaters|n
เสื้อฮู้ด|hoodies|n
สูท|suits|n
เดรส|dresses|n
กระโปรง|skirts|n
กางเกง|trousers|n
กางเกงยีนส์|jeans|n
กางเกงขาสั้น|shorts|n
เลกกิ้ง|leggings|n
กางเกงใน|underpants|n
ชุดชั้นใน|underwear|n
เสื้อชั้นใน|brassieres|n
ชุดนอน|nightwear|n
ชุดว่ายน้ำ|swimwear|n
ชุดกีฬา|sportswear|n
เสื้อกล้าม|vests|n
เครื่องแบบ|uniforms|n
ชุดนักเรียน|school uniforms|n
เสื้อผ้าเด็ก|children's clothing|n
ผ้าอ้อม|nappies|n
ผ้าอ้อมสำเร็จรูป|disposable nappies|n
ถุงเท้า|socks|n
ถุงน่อง|tights|n
ผ้าพันคอ|scarves|n
เนคไท|ties|n
หมวก|hats|n
หมวกแก๊ป|caps|n
หมวกนิรภัย|safety helmets|n
หมวกกันน็อค|motorcycle helmets|n
ผ้าปูที่นอน|bed sheets|n
ผ้าห่ม|blankets|n
หมอน|pillows|n
ที่นอน|mattresses|n
เครื่องนอน|bedding|n
ผ้าเช็ดตัว|bath towels|n
ผ้าขนหนู|towels|n
มุ้ง|mosquito nets|n
เต็นท์|tents|n
ร่ม|umbrellas|n
เสื้อผ้ามือสอง|used clothing|n
มือสอง|second-hand|m
ใช้แล้ว|used|m
ใหม่|new|m
ผู้ชาย|men's|m
ชาย|men's|m
ผู้หญิง|women's|m
หญิง|women's|m
สตรี|women's|m
เด็ก|children's|m
เด็กผู้ชาย|boys'|m
เด็กผู้หญิง|girls'|m
ทารก|babies'|m
แขนสั้น|short-sleeved|m
แขนยาว|long-sleeved|m

# Chapter 64-67: footwear, headgear, umbrellas, wigs
รองเท้า|footwear|n
รองเท้าแตะ|slippers|n
รองเท้าหูหนีบ|flip-flops|n
รองเท้าผ้าใบ|sneakers|n
รองเท้ากีฬา|sports shoes|n
รองเท้าส้นสูง|high-heeled shoes|n
รองเท้าบูท|boots|n
รองเท้าเซฟตี้|safety shoes|n
วิกผม|wigs|n
ขนตาปลอม|false eyelashes|n
ดอกไม้ประดิษฐ์|artificial flowers|n
พัด|hand fans|n

# Chapter 68-70: stone, ceramics, glass
อิฐ|bricks|n
กระเบื้อง|tiles|n
กระเบื้องหลังคา|roofing tiles|n
คอนกรีต|concrete|m
เซรามิก|ceramic|m
เครื่องปั้นดินเผา|pottery|n
ดินเผา|terracotta|m
พอร์ซเลน|porcelain|m
จาน|plates|n
ชาม|bowls|n
ถ้วย|cups|n
แก้ว|glass|m
แก้วน้ำ|drinking glasses|n
แก้วมัค|mugs|n
กาน้ำชา|teapots|n
แจกัน|vases|n
โถส้วม|toilet bowls|n
อ่างล้างหน้า|washbasins|n
อ่างล้างจาน|kitchen sinks|n
สุขภัณฑ์|sanitary ware|n
เครื่องครัว|kitchenware|n
อุปกรณ์ครัว|kitchen utensils|n
ห้องครัว|for the kitchen|m
กระจก|glass|m
กระจกเงา|mirrors|n
กระจกกันรอย|screen protectors|n

# Chapter 71: jewellery, precious metals
เครื่องประดับ|jewellery|n
เครื่องประดับเทียม|imitation jewellery|n
ทอง|gold|m
ทองคำ|gold|m
เงิน|silver|m
เพชร|diamonds|n
อัญมณี|gemstones|n
ไข่มุก|pearls|n
แหวน|rings|n
สร้อยคอ|necklaces|n
สร้อยข้อมือ|bracelets|n
ต่างหู|earrings|n
ชุบทอง|gold-plated|m
ชุบ|plated|m
เหรียญ|coins|n
พระเครื่อง|amulets|n

# Chapter 72-73: iron and steel
เหล็ก|iron|m
เหล็กกล้า|steel|m
สแตนเลส|stainless steel|m
เหล็กแท่ง|steel billets|n
เหล็กม้วน|steel coils|n
เหล็กแผ่น|steel plates|n
รีดร้อน|hot-rolled|m
รีดเย็น|cold-rolled|m
เหล็กเส้น|steel bars|n
ลวด|wire|n
ลวดเหล็ก|steel wire|n
ท่อเหล็ก|steel pipes|n
ไร้ตะเข็บ|seamless|m
ชุบสังกะสี|galvanised|m
หล่อ|cast|m
เชื่อม|welded|m
เศษเหล็ก|iron scrap|n
สกรู|screws|n
น็อต|bolts|n
หัวน็อต|nuts|n
ตะปู|nails|n
สปริง|springs|n
โซ่|chains|n
โครงสร้างเหล็ก|steel structures|n
ถังแก๊ส|gas cylinders|n
เตาแก๊ส|gas stoves|n
หม้อ|pots|n
กระทะ|frying pans|n
หม้อหุงข้าว|rice cookers|n
หม้อทอดไร้น้ำมัน|air fryers|n
หม้ออัดแรงดัน|pressure cookers|n
มีด|knives|n
กรรไกร|scissors|n
ช้อน|spoons|n
ส้อม|forks|n
รั้ว|fences|n
เข็ม|needles|n
ลวดเย็บกระดาษ|staples|n
คลิปหนีบกระดาษ|paper clips|n
โลหะ|metal|m

# Chapter 74-81: copper, aluminium, other base metals
ทองแดง|copper|m
ทองเหลือง|brass|m
ทองสัมฤทธิ์|bronze|m
อะลูมิเนียม|aluminium|m
อลูมิเนียม|aluminium|m
อะลูมิเนียมฟอยล์|aluminium foil|n
สังกะสี|zinc|m
ตะกั่ว|lead|m
ดีบุก|tin|m
โลหะผสม|alloy|m
ลิเธียม|lithium|m

# Chapter 82-83: tools, cutlery, locks
เครื่องมือ|tools|n
เครื่องมือช่าง|hand tools|n
ประแจ|spanners|n
ค้อน|hammers|n
คีม|pliers|n
ไขควง|screwdrivers|n
เลื่อย|saws|n
ดอกสว่าน|drill bits|n
มีดโกน|razors|n
กรรไกรตัดเล็บ|nail clippers|n
แม่กุญแจ|padlocks|n
กุญแจ|locks|n
ลูกกุญแจ|keys|n
บานพับ|hinges|n
ใบมีด|blades|n

# Chapter 84: machinery and mechanical appliances
เครื่องจักร|machinery|n
เครื่อง|machines|n
อุปกรณ์|equipment|n
อะไหล่|spare parts|n
ชิ้นส่วน|parts|n
ส่วนประกอบ|components|n
อุปกรณ์เสริม|accessories|n
เครื่องยนต์|engines|n
มอเตอร์|motors|n
มอเตอร์ไฟฟ้า|electric motors|n
เครื่องกำเนิดไฟฟ้า|generating sets|n
ปั๊ม|pumps|n
ปั๊มน้ำ|water pumps|n
คอมเพรสเซอร์|compressors|n
พัดลม|fans|n
เครื่องปรับอากาศ|air conditioners|n
แอร์|air conditioners|n
ตู้เย็น|refrigerators|n
ตู้แช่|freezers|n
เตาอบ|ovens|n
ไมโครเวฟ|microwave ovens|n
เครื่องทำน้ำอุ่น|water heaters|n
เครื่องเป่าผม|hair dryers|n
เครื่องซักผ้า|washing machines|n
เครื่องล้างจาน|dishwashers|n
เครื่องกรองน้ำ|water purifiers|n
เครื่องดูดฝุ่น|vacuum cleaners|n
เครื่องปั่น|blenders|n
เครื่องชงกาแฟ|coffee machines|n
เครื่องพิมพ์|printers|n
เครื่องถ่ายเอกสาร|photocopiers|n
คอมพิวเตอร์|computers|n
โน้ตบุ๊ก|laptops|n
แท็บเล็ต|tablet computers|n
คีย์บอร์ด|keyboards|n
เมาส์|computer mouse|n
จอ|screens|n
แฟลชไดรฟ์|usb flash drives|n
จักรเย็บผ้า|sewing machines|n
เครื่องเชื่อม|welding machines|n
สว่าน|drills|n
รถขุด|excavators|n
รถแทรกเตอร์|tractors|n
รถเกี่ยวข้าว|combine harvesters|n
รถยก|forklifts|n
ลิฟต์|lifts|n
เครื่องสีข้าว|rice milling machines|n
เครื่องจักรกลการเกษตร|agricultural machinery|n
วาล์ว|valves|n
ก๊อกน้ำ|taps|n
ตลับลูกปืน|ball bearings|n
ลูกปืน|bearings|n
ตาชั่ง|scales|n
ถังดับเพลิง|fire extinguishers|n
ตัวกรอง|filters|n
หม้อน้ำ|radiators|n

# Chapter 85: electrical machinery and electronics
ไฟฟ้า|electric|m
อิเล็กทรอนิกส์|electronic|m
เครื่องใช้ไฟฟ้า|electrical appliances|n
โทรศัพท์|telephones|n
โทรศัพท์มือถือ|mobile phones|n
มือถือ|mobile phones|n
สมาร์ทโฟน|smartphones|n
ที่ชาร์จ|chargers|n
สายชาร์จ|charging cables|n
พาวเวอร์แบงค์|power banks|n
แบตเตอรี่|batteries|n
ถ่านไฟฉาย|dry batteries|n
แบต|batteries|n
ลิเธียมไอออน|lithium-ion|m
แผงโซลาร์เซลล์|solar panels|n
แผงโซล่าเซลล์|solar panels|n
โซลาร์เซลล์|solar cells|n
พลังงานแสงอาทิตย์|solar|m
อินเวอร์เตอร์|inverters|n
หม้อแปลงไฟฟ้า|transformers|n
สายไฟ|electric wire|n
สายเคเบิล|cables|n
ไฟเบอร์ออปติก|optical fibres|n
ปลั๊ก|plugs|n
สวิตช์|switches|n
เบรกเกอร์|circuit breakers|n
โคมไฟ|lamps|n
ไฟ|lights|n
หลอดไฟ|light bulbs|n
แอลอีดี|led|m
ไฟแอลอีดี|led lights|n
ไฟฉาย|torches|n
โคมระย้า|chandeliers|n
ไฟโซล่าเซลล์|solar lights|n
โทรทัศน์|televisions|n
ทีวี|televisions|n
ลำโพง|loudspeakers|n
หูฟัง|headphones|n
หูฟังไร้สาย|wireless earphones|n
ไมโครโฟน|microphones|n
เครื่องขยายเสียง|amplifiers|n
กล้อง|cameras|n
กล้องวงจรปิด|cctv cameras|n
เราเตอร์|routers|n
วงจรรวม|integrated circuits|n
เซมิคอนดักเตอร์|semiconductors|n
แผงวงจร|circuit boards|n
เซ็นเซอร์|sensors|n
รีโมท|remote controls|n
เตารีด|irons|n
เครื่องโกนหนวด|shavers|n
เตาแม่เหล็กไฟฟ้า|induction cookers|n
กาต้มน้ำไฟฟ้า|electric kettles|n
กระติกน้ำร้อน|electric kettles|n
ฮีตเตอร์|heaters|n
เครื่องใช้ในบ้าน|household appliances|n
ในบ้าน|household|m
อุตสาหกรรม|industrial|m
ไร้สาย|wireless|m
ดิจิตอล|digital|m
อัจฉริยะ|smart|m
ชาร์จได้|rechargeable|m
ใช้แบตเตอรี่|battery-powered|m
พกพา|portable|m
อัตโนมัติ|automatic|m

# Chapter 86-89: vehicles, aircraft, ships
รถ|vehicles|n
รถยนต์|motor cars|n
รถยนต์ไฟฟ้า|electric cars|n
ไฮบริด|hybrid|m
รถจักรยานยนต์|motorcycles|n
มอเตอร์ไซค์|motorcycles|n
สกู๊ตเตอร์|scooters|n
จักรยาน|bicycles|n
จักรยานไฟฟ้า|electric bicycles|n
รถบรรทุก|lorries|n
รถกระบะ|pickup trucks|n
รถบัส|buses|n
รถโดยสาร|buses|n
รถพ่วง|trailers|n
รถเข็น|trolleys|n
วีลแชร์|wheelchairs|n
รถเข็นเด็ก|baby carriages|n
อะไหล่รถยนต์|motor vehicle parts|n
ยานยนต์|automotive|m
ล้อ|wheels|n
เบรก|brakes|n
ผ้าเบรก|brake pads|n
โช้คอัพ|shock absorbers|n
ท่อไอเสีย|exhaust pipes|n
พวงมาลัย|steering wheels|n
เบาะรถยนต์|car seats|n
เข็มขัดนิรภัย|seat belts|n
ถุงลมนิรภัย|airbags|n
หัวเทียน|spark plugs|n
เรือ|boats|n
เรือประมง|fishing vessels|n
เรือบรรทุกสินค้า|cargo ships|n
รถไฟ|trains|n
เครื่องบิน|aircraft|n
โดรน|drones|n
เฮลิคอปเตอร์|helicopters|n
ตู้คอนเทนเนอร์|containers|n
เสื้อชูชีพ|life jackets|n

# Chapter 90: optical, medical and measuring instruments
อุปกรณ์การแพทย์|medical devices|n
เครื่องมือแพทย์|medical instruments|n
การแพทย์|medical|m
กระบอกฉีดยา|syringes|n
เครื่องวัดความดัน|blood pressure monitors|n
ปรอทวัดไข้|thermometers|n
เครื่องนวด|massagers|n
เครื่องช่วยฟัง|hearing aids|n
แว่นตา|spectacles|n
แว่นกันแดด|sunglasses|n
เลนส์|lenses|n
คอนแทคเลนส์|contact lenses|n
กล้องจุลทรรศน์|microscopes|n
ไม้บรรทัด|rulers|n
เกจวัด|gauges|n
เครื่องมือวัด|measuring instruments|n

# Chapter 91-93: clocks and watches, musical instruments, arms
นาฬิกา|watches|n
นาฬิกาข้อมือ|wristwatches|n
นาฬิกาปลุก|alarm clocks|n
สมาร์ทวอทช์|smartwatches|n
เครื่องดนตรี|musical instruments|n
เปียโน|pianos|n
กีตาร์|guitars|n
กลอง|drums|n
ปืน|guns|n
กระสุน|ammunition|n

# Chapter 94: furniture, bedding, lamps, prefabricated buildings
เฟอร์นิเจอร์|furniture|n
โต๊ะ|tables|n
โต๊ะทำงาน|desks|n
โต๊ะอาหาร|dining tables|n
เก้าอี้|chairs|n
โซฟา|sofas|n
เก้าอี้สำนักงาน|office chairs|n
ตู้|cabinets|n
ตู้เสื้อผ้า|wardrobes|n
ตู้ครัว|kitchen cabinets|n
ชั้นวาง|shelves|n
เตียง|beds|n
บ้านสำเร็จรูป|prefabricated buildings|n
เบาะรองนั่ง|seat cushions|n

# Chapter 95: toys, games, sports goods
ของเล่น|toys|n
ตุ๊กตา|dolls|n
ตุ๊กตาหมี|teddy bears|n
ตัวต่อ|building blocks|n
รถบังคับ|remote control cars|n
เครื่องเล่นเกม|video game consoles|n
ไพ่|playing cards|n
อุปกรณ์กีฬา|sports equipment|n
กีฬา|sports|m
ลูกบอล|balls|n
ฟุตบอล|football|m
แบดมินตัน|badminton|m
ไม้กอล์ฟ|golf clubs|n
ดัมเบล|dumbbells|n
เสื่อโยคะ|yoga mats|n
คันเบ็ด|fishing rods|n
อุปกรณ์ตกปลา|fishing tackle|n
ต้นคริสต์มาส|christmas trees|n
คริสต์มาส|christmas|m
สัตว์เลี้ยง|for pets|m

# Chapter 96: miscellaneous manufactured articles
แปรง|brushes|n
แปรงสีฟัน|toothbrushes|n
ไม้กวาด|brooms|n
ปากกา|pens|n
ปากกาลูกลื่น|ballpoint pens|n
ดินสอ|pencils|n
กระดุม|buttons|n
ซิป|zips|n
ไฟแช็ก|lighters|n
หวี|combs|n
ผ้าอนามัย|sanitary towels|n
กระบอกน้ำ|water bottles|n
กระติกน้ำ|water flasks|n
ขาตั้งกล้อง|tripods|n

# Chapter 97: works of art, antiques
ภาพวาด|paintings|n
รูปปั้น|statues|n
ของเก่า|antiques|n

# General trade qualifiers
นำเข้า|imported|m
ส่งออก|for export|m
ของแท้|genuine|m
ไทย|thai|m

# Chapter 01 (more): live animals
โคนม|dairy cattle|n
โคเนื้อ|beef cattle|n
ม้า|horses|n
แพะ|goats|n
กระต่าย|rabbits|n
ห่าน|geese|n
ไก่งวง|turkeys|n
นกกระทา|quails|n
ไก่ไข่|laying hens|n
ไก่เนื้อ|broilers|n
ลูกไก่|chicks|n
สุนัข|dogs|n
แมว|cats|n
ปลาสวยงาม|ornamental fish|n
ปลากัด|fighting fish|n
ปลาคาร์ป|koi carp|n
ปลาทอง|goldfish|n
กบ|frogs|n

# Chapter 02 (more): meat and offal
เนื้อแกะ|mutton|n
สันใน|tenderloin|n
หมูสามชั้น|pork belly|n
น่องไก่|chicken drumsticks|n
สะโพกไก่|chicken thighs|n
ตับ|liver|n
หนังหมู|pork rind|n
แคบหมู|pork rind snacks|n
น้ำมันหมู|lard|n
กุนเชียง|chinese sausages|n
ซาลามี่|salami|n
หมูหยอง|pork floss|n
เนื้อแห้ง|beef jerky|n
ไส้สัตว์|sausage casings|n
ถอดกระดูก|boneless|m

# Chapter 03 (more): fish, crustaceans, molluscs
ปลาดุก|catfish|n
ปลาช่อน|snakehead fish|n
ปลาทับทิม|red tilapia|n
ปลากะพง|sea bass|n
ปลากะพงขาว|barramundi|n
ปลากะพงแดง|red snapper|n
ปลาเก๋า|grouper|n
ปลาอินทรี|king mackerel|n
ปลาโอ|bonito|n
ปลาโอแถบ|skipjack tuna|n
ปลาทูน่าครีบเหลือง|yellowfin tuna|n
ปลาซาร์ดีน|sardines|n
ปลากะตัก|anchovies|n
ปลาคอด|cod|n
ปลาดอลลี่|pangasius|n
ปลาไหล|eels|n
ปลาเทราต์|trout|n
ปลาเฮอริ่ง|herring|n
ปลาฉลาม|sharks|n
หูฉลาม|shark fins|n
ปลาร้า|fermented fish|n
ปลาป่น|fish meal|n
ไข่ปลา|fish roe|n
หมึกกล้วย|squid|n
หมึกกระดอง|cuttlefish|n
กุ้งแม่น้ำ|freshwater prawns|n
กุ้งก้ามกราม|giant freshwater prawns|n
ล็อบสเตอร์|lobsters|n
ปูม้า|blue swimming crabs|n
ปูทะเล|mud crabs|n
ปูอัด|crab sticks|n
หอยแมลงภู่|mussels|n
หอยแครง|cockles|n
หอยลาย|clams|n
หอยเป๋าฮื้อ|abalone|n
หอยทาก|snails|n
หอยเชล|scallops|n
ปลิงทะเล|sea cucumbers|n
แมงกะพรุน|jellyfish|n
ทอดมัน|fish cakes|n
ควักไส้|gutted|m
ตัดหัว|headless|m
แกะเปลือก|shelled|m
ทั้งตัว|whole|m

# Chapter 04 (more): dairy, eggs, honey
นมยูเอชที|uht milk|n
นมพาสเจอร์ไรส์|pasteurised milk|n
นมเปรี้ยว|drinking yoghurt|n
นมข้นจืด|evaporated milk|n
นมผงขาดมันเนย|skimmed milk powder|n
นมผงเต็มมันเนย|whole milk powder|n
เวย์โปรตีน|whey protein|n
เนยใส|ghee|n
วิปปิ้งครีม|whipping cream|n
ครีมเทียม|non-dairy creamer|n
นมผึ้ง|royal jelly|n
ไขมันต่ำ|low-fat|m

# Chapter 05 (more): other animal products
ขนเป็ด|duck feathers|n
ขนห่าน|goose down|n
กระดูก|bones|n
กระดูกป่น|bone meal|n
ปะการัง|coral|n

# Chapter 06 (more): live plants, flowers
ต้นกล้า|seedlings|n
กิ่งพันธุ์|cuttings|n
ทิวลิป|tulips|n
ดาวเรือง|marigolds|n
มะลิ|jasmine|n
เบญจมาศ|chrysanthemums|n
บัว|lotus|n
ช่อดอกไม้|bouquets|n
ทานตะวัน|sunflowers|n
ลิลลี่|lilies|n
แคคตัส|cacti|n
ไม้อวบน้ำ|succulents|n
บอนไซ|bonsai|n
ไม้กระถาง|potted plants|n
หญ้า|grass|n
ดินปลูก|potting soil|n
กระถาง|flower pots|n

# Chapter 07 (more): vegetables
หอมแดง|shallots|n
หอมใหญ่|onions|n
ต้นหอม|spring onions|n
กุยช่าย|chinese chives|n
กระเทียมโทน|single-clove garlic|n
กระเทียมดำ|black garlic|n
ผักกาดขาว|chinese cabbage|n
ผักกาดเขียว|mustard greens|n
ผักกาดแก้ว|iceberg lettuce|n
กวางตุ้ง|choy sum|n
คะน้า|chinese kale|n
ผักบุ้ง|water spinach|n
ผักชีฝรั่ง|culantro|n
ขึ้นฉ่าย|chinese celery|n
เซเลอรี่|celery|n
กะหล่ำปลีม่วง|red cabbage|n
กะหล่ำดาว|brussels sprouts|n
ผักสลัด|salad greens|n
บร็อคโคลี่|broccoli|n
บรอคโคลี่|broccoli|n
แครอต|carrots|n
ถั่วฝักยาว|yardlong beans|n
ถั่วลันเตา|peas|n
ถั่วแขก|french beans|n
ถั่วงอก|bean sprouts|n
ถั่วแดง|red beans|n
ถั่วดำ|black beans|n
ถั่วลูกไก่|chickpeas|n
ถั่วเลนทิล|lentils|n
ถั่วปากอ้า|broad beans|n
ถั่วแระ|edamame|n
พริกขี้หนู|bird's eye chillies|n
พริกป่น|chilli flakes|n
พริกไทยดำ|black pepper|n
พริกไทยขาว|white pepper|n
พริกไทยป่น|ground pepper|n
พริกไทยเม็ด|peppercorns|n
เห็ดนางฟ้า|oyster mushrooms|n
เห็ดเข็มทอง|enoki mushrooms|n
เห็ดหูหนู|wood ear mushrooms|n
เห็ดแชมปิญอง|button mushrooms|n
เห็ดหลินจือ|reishi mushrooms|n
ทรัฟเฟิล|truffles|n
ถั่งเช่า|cordyceps|n
ข้าวโพดหวาน|sweet corn|n
ข้าวโพดอ่อน|baby corn|n
ข้าวโพดเลี้ยงสัตว์|feed maize|n
ฟักเขียว|wax gourds|n
บวบ|luffa|n
ซูกินี|courgettes|n
มะเขือ|aubergines|n
มะเขือเทศเชอรี่|cherry tomatoes|n
กระเจี๊ยบเขียว|okra|n
กระเจี๊ยบแดง|roselle|n
ปวยเล้ง|spinach|n
หัวไชเท้า|white radishes|n
ไชโป๊|preserved radishes|n
บีทรูท|beetroot|n
เผือก|taro|n
มันม่วง|purple sweet potatoes|n
แห้ว|water chestnuts|n
รากบัว|lotus roots|n
ข่า|galangal|n
กระชาย|fingerroot|n
ขมิ้นชัน|turmeric|n
โหระพา|thai basil|n
กะเพรา|holy basil|n
สะระแหน่|mint|n
ใบเตย|pandan leaves|n
มะรุม|moringa|n
ผักรวม|mixed vegetables|n
ผักกาด|mustard greens|n
ผักตบชวา|water hyacinth|m

# Chapter 08 (more): fruit and nuts
ส้มเขียวหวาน|mandarins|n
เลมอน|lemons|n
มะกรูด|kaffir limes|n
เกรปฟรุต|grapefruit|n
ส้มจี๊ด|kumquats|n
พลับ|persimmons|n
สาลี่|asian pears|n
ลูกแพร์|pears|n
ลูกพีช|peaches|n
พลัม|plums|n
บ๊วย|japanese apricots|n
พรุน|prunes|n
แอปริคอต|apricots|n
เชอร์รี่|cherries|n
กีวี|kiwifruit|n
บลูเบอร์รี่|blueberries|n
ราสเบอร์รี่|raspberries|n
แครนเบอร์รี่|cranberries|n
ลูกหม่อน|mulberries|n
โกจิเบอร์รี่|goji berries|n
เมลอน|melons|n
แคนตาลูป|cantaloupes|n
มะเฟือง|star fruit|n
ชมพู่|rose apples|n
น้อยหน่า|custard apples|n
ทับทิม|pomegranates|n
ลองกอง|longkong|n
สละ|salak|n
มะยงชิด|marian plums|n
มะขามหวาน|sweet tamarind|n
มะขามเปียก|tamarind pulp|n
กล้วยหอม|cavendish bananas|n
กล้วยตาก|dried bananas|n
มะพร้าวอ่อน|young coconuts|n
มะพร้าวน้ำหอม|young coconuts|n
มะพร้าวขูด|desiccated coconut|n
อินทผลัม|dates|n
มะเดื่อ|figs|n
มะกอก|olives|n
ผลไม้รวม|mixed fruit|n
ผลไม้เชื่อม|fruit in syrup|n
แอปเปิล|apples|n
สตรอว์เบอร์รี|strawberries|n
สตรอเบอรี่|strawberries|n
อาโวคาโด|avocados|n
ไร้เมล็ด|seedless|m
ถั่วพิสตาชิโอ|pistachios|n
ถั่วอัลมอนด์|almonds|n
ถั่ววอลนัท|walnuts|n
ถั่วแมคคาเดเมีย|macadamia nuts|n
เฮเซลนัท|hazelnuts|n
ถั่วเฮเซลนัท|hazelnuts|n
พีแคน|pecans|n
ถั่วพีแคน|pecans|n
เกาลัด|chestnuts|n
แปะก๊วย|ginkgo nuts|n
เมล็ดสน|pine nuts|n
ถั่วรวม|mixed nuts|n
ถั่วอบ|roasted nuts|n
ถั่วอบเกลือ|salted roasted nuts|n
เม็ดมะม่วงหิมพานต์|cashew nuts|n
กะทิ|coconut milk|n
หัวกะทิ|coconut cream|n
กะเทาะเปลือก|shelled|m

# Chapter 09 (more): coffee, tea, spices
เมล็ดกาแฟดิบ|green coffee beans|n
อาราบิก้า|arabica|m
โรบัสต้า|robusta|m
กาแฟทรีอินวัน|3-in-1 coffee|n
กาแฟผง|instant coffee|n
กาแฟพร้อมดื่ม|ready-to-drink coffee|n
ไม่มีคาเฟอีน|decaffeinated|m
ชาอู่หลง|oolong tea|n
ชาเขียวมัทฉะ|matcha|n
คาโมมายล์|chamomile|n
อัญชัน|butterfly pea flowers|n
ชาพร้อมดื่ม|ready-to-drink tea|n
ชาเย็น|iced tea|n
เยอร์บามาเต้|maté|n
จันทน์เทศ|nutmeg|n
กระวาน|cardamom|n
ยี่หร่า|cumin|n
เทียนข้าวเปลือก|fennel seeds|n
ผงพะโล้|five-spice powder|n
หญ้าฝรั่น|saffron|n
อบเชยแท่ง|cinnamon sticks|n
ปาปริก้า|paprika|n
ใบกระวาน|bay leaves|n
เครื่องเทศผสม|mixed spices|n
ฝักวานิลลา|vanilla pods|n

# Chapter 10-11 (more): cereals, flour, starch
ข้าวไรซ์เบอร์รี่|riceberry rice|n
ข้าวขาว|white rice|n
ข้าวบาสมาติ|basmati rice|n
ข้าวเหนียวดำ|black glutinous rice|n
ปลายข้าว|broken rice|n
ข้าวบาร์เลย์|barley|n
บาร์เลย์|barley|n
ข้าวไรย์|rye|n
ข้าวฟ่าง|sorghum|n
มิลเล็ต|millet|n
คีนัว|quinoa|n
ข้าวโอ๊ตอบ|rolled oats|n
โอ๊ต|oats|n
แป้งอเนกประสงค์|all-purpose flour|n
แป้งมัน|tapioca starch|n
แป้งมันฝรั่ง|potato starch|n
สาคู|sago|n
เม็ดสาคู|sago pearls|n
แป้งทอดกรอบ|batter mix|n
เกล็ดขนมปัง|breadcrumbs|n
มอลต์|malt|n
กลูเตน|gluten|n
แกลบ|rice husks|n
กราโนล่า|granola|n
คอร์นเฟลก|cornflakes|n
ป๊อปคอร์น|popcorn|n
ข้าวโพดคั่ว|popcorn|n
ข้าวตัง|rice crackers|n
ไม่มีกลูเตน|gluten-free|m
โฮลวีท|wholemeal|m

# Chapter 12-14 (more): oil seeds, plants, plaiting materials
เมล็ดเจีย|chia seeds|n
เมล็ดแฟลกซ์|flax seeds|n
งาดำ|black sesame seeds|n
งาขาว|white sesame seeds|n
เมล็ดคาโนลา|rapeseed|n
เมล็ดในปาล์ม|palm kernels|n
ปาล์มน้ำมัน|oil palm|n
เมล็ดละหุ่ง|castor oil seeds|n
ฮอปส์|hops|n
กระท่อม|kratom|n
ซีบีดี|cbd|n
สาหร่ายทะเล|seaweed|n
โนริ|nori|n
สไปรูลิน่า|spirulina|n
วุ้น|agar|n
ว่านหางจระเข้|aloe vera|n
เพกติน|pectin|n
กระจูด|sedge|m
ใบตอง|banana leaves|n
ฟางข้าว|rice straw|n
กะลามะพร้าว|coconut shells|n
หวายเทียม|synthetic rattan|m

# Chapter 15 (more): fats and oils
น้ำมันคาโนลา|canola oil|n
น้ำมันปาล์มโอเลอีน|palm olein|n
ปาล์มโอเลอีน|palm olein|n
สเตียริน|stearin|n
เอ็กซ์ตร้าเวอร์จิ้น|extra virgin|m
สกัดเย็น|cold-pressed|m
น้ำมันละหุ่ง|castor oil|n
น้ำมันตับปลา|cod liver oil|n
ไขวัว|tallow|n
เนยขาว|shortening|n
ไขมันพืช|vegetable fat|n
ขี้ผึ้ง|beeswax|n
ลาโนลิน|lanolin|n
น้ำมันทอด|frying oil|n
น้ำมันเมล็ดองุ่น|grapeseed oil|n
น้ำมันปรุงอาหาร|cooking oil|n
ไขมันสัตว์|animal fats|n
ไฮโดรจิเนต|hydrogenated|m
กลั่น|refined|m

# Chapter 16 (more): meat and fish preparations
ทูน่ากระป๋อง|canned tuna|n
หมูแดง|barbecued pork|n
นักเก็ต|nuggets|n
ไก่ชุบแป้งทอด|breaded chicken|n
เนื้อสัตว์แปรรูป|processed meat|n
เกี๊ยว|wontons|n
เกี๊ยวซ่า|gyoza|n
ติ่มซำ|dim sum|n
ปอเปี๊ยะ|spring rolls|n
กุ้งชุบแป้งทอด|breaded shrimps|n
เทมปุระ|tempura|n
ปลาชุบแป้งทอด|breaded fish|n
ซุปไก่สกัด|essence of chicken|n
รังนกสำเร็จรูป|bird's nest drink|n
แกงเขียวหวาน|green curry|n
แกงกะหรี่|curry|n
แกง|curry|n
ต้มยำ|tom yum|n
อาหารพร้อมทาน|ready meals|n
ข้าวกล่อง|boxed meals|n

# Chapter 17 (more): sugar and confectionery
น้ำตาลปี๊บ|palm sugar|n
น้ำตาลอ้อย|cane sugar|n
น้ำตาลกรวด|rock sugar|n
น้ำตาลก้อน|sugar cubes|n
น้ำตาลทรายขาว|white sugar|n
น้ำตาลไอซิ่ง|icing sugar|n
กลูโคส|glucose|n
ฟรุกโตส|fructose|n
น้ำเชื่อมเมเปิ้ล|maple syrup|n
ไซรัป|syrup|n
หญ้าหวาน|stevia|n
น้ำตาลเทียม|artificial sweeteners|n
คาราเมล|caramel|n
ทอฟฟี่|toffees|n
เยลลี่|jellies|n
กัมมี่|gummies|n
มาร์ชเมลโลว์|marshmallows|n
อมยิ้ม|lollipops|n
ขนมหวาน|desserts|n

# Chapter 18 (more): cocoa
ช๊อคโกแลต|chocolate|n
ช็อกโกแลตแท่ง|chocolate bars|n
ดาร์กช็อกโกแลต|dark chocolate|n
ไวท์ช็อกโกแลต|white chocolate|n
ช็อกโกแลตชิพ|chocolate chips|n
ช็อกโกแลตเคลือบ|chocolate-coated|m
เคลือบช็อกโกแลต|chocolate-coated|m
ช็อกโกแลตผง|drinking chocolate|n

# Chapter 19 (more): cereal preparations, bakery, noodles
ขนมปังแผ่น|sliced bread|n
ขนมปังกรอบ|rusks|n
ขนมปังปิ้ง|toast|n
แครกเกอร์|crackers|n
เวเฟอร์|wafers|n
ครัวซองต์|croissants|n
โดนัท|doughnuts|n
มัฟฟิน|muffins|n
พาย|pies|n
ทาร์ต|tarts|n
ขนมไหว้พระจันทร์|mooncakes|n
พิซซ่า|pizza|n
แซนด์วิช|sandwiches|n
แฮมเบอร์เกอร์|hamburgers|n
เบอร์เกอร์|burgers|n
แพนเค้ก|pancakes|n
ชีสเค้ก|cheesecakes|n
คุ้กกี้|cookies|n
ขนมเค้ก|cakes|n
สปาเก็ตตี้|spaghetti|n
มักกะโรนี|macaroni|n
ราเมง|ramen|n
อุด้ง|udon|n
โซบะ|soba|n
เส้นหมี่|rice vermicelli|n
เส้นเล็ก|thin rice noodles|n
เส้นใหญ่|wide rice noodles|n
ขนมจีน|rice noodles|n
เส้นก๋วยเตี๋ยว|rice noodles|n
เส้นบะหมี่|egg noodles|n
มาม่า|instant noodles|n
เส้นบุก|konjac noodles|n
บุก|konjac|n
ขนมขบเคี้ยว|snacks|n
ข้าวต้ม|rice porridge|n
โจ๊กกึ่งสำเร็จรูป|instant porridge|n
ซีเรียลบาร์|cereal bars|n
โปรตีนบาร์|protein bars|n
อาหารเด็กอ่อน|baby food|n

# Chapter 20 (more): vegetable and fruit preparations
ฟรุตสลัด|fruit salad|n
มะเขือเทศเข้มข้น|tomato paste|n
มะเขือเทศบด|tomato puree|n
น้ำมะเขือเทศ|tomato juice|n
น้ำส้ม|orange juice|n
น้ำแอปเปิ้ล|apple juice|n
น้ำองุ่น|grape juice|n
น้ำสับปะรด|pineapple juice|n
น้ำมะพร้าว|coconut water|n
น้ำมะม่วง|mango juice|n
น้ำทับทิม|pomegranate juice|n
น้ำผัก|vegetable juice|n
น้ำมะนาว|lime juice|n
กิมจิ|kimchi|n
แช่อิ่ม|candied|m
ในน้ำเชื่อม|in syrup|m
ในน้ำเกลือ|in brine|m
แยมส้ม|marmalade|n
เนยถั่ว|peanut butter|n
กล้วยฉาบ|banana chips|n
เฟรนช์ฟรายส์|french fries|n
มันฝรั่งทอดกรอบ|potato crisps|n
มันฝรั่งบด|mashed potato|n
ฟรีซดราย|freeze-dried|m
อบกรอบ|crispy|m

# Chapter 21 (more): miscellaneous food preparations
ซอสปรุงรส|seasoning sauce|n
ซอสถั่วเหลือง|soy sauce|n
ซีอิ๊วขาว|light soy sauce|n
ซีอิ๊วดำ|dark soy sauce|n
เต้าเจี้ยว|fermented soya-bean paste|n
มิโซะ|miso|n
ซอสบาร์บีคิว|barbecue sauce|n
ซอสศรีราชา|sriracha sauce|n
น้ำจิ้ม|dipping sauce|n
น้ำจิ้มไก่|sweet chilli sauce|n
ซอสผัด|stir-fry sauce|n
ซอสหมัก|marinade|n
มัสตาร์ด|mustard|n
วาซาบิ|wasabi|n
น้ำสลัด|salad dressing|n
ผงปรุงรส|seasoning powder|n
ซุปก้อน|stock cubes|n
น้ำซุป|broth|n
ผงโรยข้าว|rice seasoning|n
เครื่องแกง|curry paste|n
พริกแกงเขียวหวาน|green curry paste|n
พริกแกงแดง|red curry paste|n
น้ำพริกเผา|chilli jam|n
ยีสต์|yeast|n
ผงฟู|baking powder|n
เบกกิ้งพาวเดอร์|baking powder|n
โปรตีนเกษตร|textured vegetable protein|n
เนื้อเทียม|meat substitutes|n
โปรตีนจากพืช|plant-based protein|n
ผงโปรตีน|protein powder|n
โปรตีนถั่วเหลือง|soya protein|n
คอลลาเจน|collagen|n
เครื่องดื่มผง|powdered drink mixes|n
ไอศครีม|ice cream|n
ไอติม|ice cream|n
ไอศกรีมแท่ง|ice lollies|n
โคนไอศกรีม|ice cream cones|n
พุดดิ้ง|puddings|n
ท็อปปิ้ง|toppings|n
ไข่มุกชานม|tapioca pearls|n
ซุปกึ่งสำเร็จรูป|instant soup|n
น้ำพริกต้มยำ|tom yum paste|n
อาหารเสริมโปรตีน|protein supplements|n
อาหารเสริมลดน้ำหนัก|slimming supplements|n
ผลิตภัณฑ์อาหารเสริม|dietary supplements|n
อาหารเจ|vegetarian food|n
ฮาลาล|halal|m
วีแกน|vegan|m
มังสวิรัติ|vegetarian|m
น้ำส้มสายชูแอปเปิ้ล|apple cider vinegar|n
กลิ่นผสมอาหาร|food flavourings|n

# Chapter 22 (more): beverages, spirits, vinegar
โซดา|soda water|n
น้ำหวาน|sweetened drinks|n
สมูทตี้|smoothies|n
เครื่องดื่มเกลือแร่|isotonic drinks|n
เครื่องดื่มผสมวิตามิน|vitamin drinks|n
นมอัลมอนด์|almond milk|n
นมโอ๊ต|oat milk|n
น้ำเต้าหู้|soya milk|n
คอมบูชา|kombucha|n
เบียร์สด|draught beer|n
ไวน์แดง|red wine|n
ไวน์ขาว|white wine|n
ไวน์สปาร์กกลิ้ง|sparkling wine|n
แชมเปญ|champagne|n
สาเก|sake|n
โซจู|soju|n
วิสกี้|whisky|n
บรั่นดี|brandy|n
วอดก้า|vodka|n
จิน|gin|n
เตกีล่า|tequila|n
เหล้าขาว|white spirits|n
สุรา|spirits|n
สาโท|rice wine|n
ไซเดอร์|cider|n
ค็อกเทล|cocktails|n
ลิเคียวร์|liqueurs|n
ยาดอง|herbal liquor|n
เอทานอล|ethanol|n
อัดลม|carbonated|m
มีแอลกอฮอล์|alcoholic|m
น้ำตาลน้อย|low-sugar|m

# Chapter 23 (more): animal feed, residues
อาหารปลา|fish feed|n
อาหารกุ้ง|shrimp feed|n
อาหารไก่|poultry feed|n
อาหารหมู|pig feed|n
อาหารโค|cattle feed|n
อาหารนก|bird food|n
อาหารกระต่าย|rabbit food|n
ขนมสุนัข|dog treats|n
ขนมแมว|cat treats|n
ขนมสัตว์เลี้ยง|pet treats|n
อาหารแมวเปียก|wet cat food|n
อาหารสุนัขเปียก|wet dog food|n
อาหารแมวเม็ด|dry cat food|n
อาหารสุนัขเม็ด|dry dog food|n
หัวอาหาร|feed concentrates|n
กากมันสำปะหลัง|cassava pulp|n
กากปาล์ม|palm kernel cake|n
กากถั่ว|oilcake|n
กากเบียร์|brewers' grains|n
เนื้อกระดูกป่น|meat and bone meal|n
อาหารสัตว์น้ำ|aquafeed|n
พรีมิกซ์|premixes|n
สารเสริมอาหารสัตว์|feed additives|n
หญ้าแห้ง|hay|n
ทรายแมว|cat litter|n
กากอ้อย|bagasse|n

# Chapter 24 (more): tobacco
ใบยาสูบ|tobacco leaves|n
ยาเส้น|cut tobacco|n
ยาสูบไปป์|pipe tobacco|n
กระดาษมวนบุหรี่|cigarette paper|n
ก้นกรองบุหรี่|cigarette filters|n
พอต|pod e-cigarettes|n
น้ำยาบุหรี่ไฟฟ้า|e-liquids|n
บารากู่|shisha|n
นิโคติน|nicotine|n
ยาสูบให้ความร้อน|heated tobacco|n

# Chapter 25-26 (more): salt, stone, cement, ores
เกลือป่น|table salt|n
เกลือสินเธาว์|rock salt|n
หินปูน|limestone|n
ปูนขาว|lime|n
ปูนปลาสเตอร์|plaster|n
ปูนซีเมนต์|cement|n
ปูนกาว|tile adhesive|n
ปูนฉาบ|plastering mortar|n
ปูนสำเร็จรูป|ready-mixed mortar|n
ทรายซิลิกา|silica sand|n
กรวด|gravel|n
หินย่อย|crushed stone|n
ดินขาว|kaolin|n
เบนโทไนต์|bentonite|n
แป้งทัลคัม|talc|n
ไมกา|mica|n
ควอตซ์|quartz|n
โดโลไมต์|dolomite|n
ยิปซั่ม|gypsum|n
กำมะถัน|sulphur|n
แร่ใยหิน|asbestos|n
หินภูเขาไฟ|pumice|n
หินทราย|sandstone|m
หินชนวน|slate|m
แร่ทองแดง|copper ore|n
แร่ดีบุก|tin ore|n
แร่สังกะสี|zinc ore|n
แร่แมงกานีส|manganese ore|n
แร่นิกเกิล|nickel ore|n
บอกไซต์|bauxite|n
แร่ตะกั่ว|lead ore|n
แร่ทองคำ|gold ore|n
ตะกรัน|slag|n
ขี้เถ้า|ash|n
เถ้าลอย|fly ash|n

# Chapter 27 (more): mineral fuels
ถ่านโค้ก|coke|n
ลิกไนต์|lignite|n
แอนทราไซต์|anthracite|n
ถ่านหินบิทูมินัส|bituminous coal|n
ถ่านอัดแท่ง|charcoal briquettes|n
ถ่านกะลามะพร้าว|coconut shell charcoal|n
ไบโอชาร์|biochar|n
น้ำมันเตา|fuel oil|n
ไบโอดีเซล|biodiesel|n
แก๊สโซฮอล์|gasohol|n
น้ำมันอากาศยาน|jet fuel|n
น้ำมันเครื่องยนต์|engine oil|n
น้ำมันไฮดรอลิก|hydraulic oil|n
น้ำมันเกียร์|gear oil|n
สารหล่อลื่น|lubricants|n
จาระบี|grease|n
แนฟทา|naphtha|n
พาราฟิน|paraffin wax|n
วาสลีน|petroleum jelly|n
น้ำมันแร่|mineral oil|n
โพรเพน|propane|n
บิวเทน|butane|n
แก๊สกระป๋อง|butane canisters|n
แอลพีจี|lpg|n
แอลเอ็นจี|lng|n
แอสฟัลต์|asphalt|n

# Chapter 28-29 (more): chemicals
กรดไฮโดรคลอริก|hydrochloric acid|n
กรดเกลือ|hydrochloric acid|n
กรดไนตริก|nitric acid|n
กรดฟอสฟอริก|phosphoric acid|n
กรดซิตริก|citric acid|n
กรดมะนาว|citric acid|n
กรดอะซิติก|acetic acid|n
กรดน้ำส้ม|acetic acid|n
กรดกำมะถัน|sulphuric acid|n
กรดซาลิไซลิก|salicylic acid|n
กรดไฮยาลูโรนิก|hyaluronic acid|n
กรดอะมิโน|amino acids|n
โซเดียมไฮดรอกไซด์|sodium hydroxide|n
โซเดียมคาร์บอเนต|sodium carbonate|n
โซดาแอช|soda ash|n
โซเดียมไบคาร์บอเนต|sodium bicarbonate|n
โซเดียมไฮโปคลอไรต์|sodium hypochlorite|n
แคลเซียมคาร์บอเนต|calcium carbonate|n
ดีเกลือ|epsom salt|n
สารส้ม|alum|n
ซิลิกาเจล|silica gel|n
ซองกันชื้น|desiccant sachets|n
ไนโตรเจน|nitrogen|n
คาร์บอนไดออกไซด์|carbon dioxide|n
น้ำแข็งแห้ง|dry ice|n
แอมโมเนีย|ammonia|n
ไฮโดรเจนเปอร์ออกไซด์|hydrogen peroxide|n
คาร์บอนแบล็ก|carbon black|n
ไอโซโพรพิลแอลกอฮอล์|isopropyl alcohol|n
อะซิโตน|acetone|n
กลีเซอรีน|glycerol|n
ฟอร์มาลิน|formalin|n
ยูเรีย|urea|n
เมลามีน|melamine|m
วิตามินซี|vitamin c|n
วิตามินอี|vitamin e|n
วิตามินบี|vitamin b|n
วิตามินดี|vitamin d|n
วิตามินรวม|multivitamins|n
คาเฟอีน|caffeine|n
โปรไบโอติก|probiotics|n
สารสกัดจากพืช|plant extracts|n
กลิ่นรส|flavourings|n
หัวน้ำหอม|fragrance oils|n
สารลดแรงตึงผิว|surfactants|n

# Chapter 30 (more): pharmaceuticals
ยาน้ำ|liquid medicines|n
ยาแก้ไอ|cough medicines|n
ยาลดไข้|antipyretics|n
พาราเซตามอล|paracetamol|n
ไอบูโพรเฟน|ibuprofen|n
แอสไพริน|aspirin|n
ยาแก้แพ้|antihistamines|n
ยาลดกรด|antacids|n
ยาระบาย|laxatives|n
ยาหยอดหู|ear drops|n
ยาพ่นจมูก|nasal sprays|n
ยาทาแผล|wound ointments|n
ยาทา|ointments|n
ยาดม|inhalers|n
ยาอม|lozenges|n
อินซูลิน|insulin|n
ยาสัตว์|veterinary medicines|n
ยาคุมกำเนิด|contraceptives|n
แอลกอฮอล์ล้างแผล|surgical spirit|n
ชุดปฐมพยาบาล|first-aid kits|n
ผ้าก๊อซ|gauze|n
สำลี|cotton wool|n
สำลีก้าน|cotton buds|n
สำลีแผ่น|cotton pads|n
เทปปิดแผล|surgical tape|n
พลาสเตอร์ปิดแผล|adhesive plasters|n
ไหมเย็บแผล|sutures|n
ชุดตรวจ|test kits|n
ชุดตรวจแอนติเจน|antigen test kits|n
ชุดตรวจครรภ์|pregnancy tests|n
แผ่นเจลลดไข้|cooling gel patches|n
แผ่นแปะแก้ปวด|pain relief patches|n
ผงเกลือแร่|oral rehydration salts|n

# Chapter 31 (more): fertilisers
ปุ๋ยคอก|manure|n
ปุ๋ยหมัก|compost|n
ปุ๋ยชีวภาพ|biofertilisers|n
ปุ๋ยน้ำ|liquid fertilisers|n
แอมโมเนียมซัลเฟต|ammonium sulphate|n
โพแทสเซียมคลอไรด์|potassium chloride|n
โพแทช|potash|n
ปุ๋ยฟอสเฟต|phosphate fertilisers|n
ไดแอมโมเนียมฟอสเฟต|diammonium phosphate|n
ปุ๋ยเอ็นพีเค|npk fertilisers|n
ฮอร์โมนพืช|plant growth regulators|n

# Chapter 32 (more): paints, inks, glues, sealants
สีน้ำ|water-based paint|n
สีน้ำมัน|oil paint|n
สีอะคริลิค|acrylic paint|n
สีรองพื้น|primers|n
สีกันสนิม|anti-rust paint|n
แล็กเกอร์|lacquer|n
วาร์นิช|varnish|n
อีพ็อกซี่|epoxy|m
ตลับหมึก|ink cartridges|n
ตลับโทนเนอร์|toner cartridges|n
ยาแนว|grout|n
กาวร้อน|superglue|n
กาวแท่ง|glue sticks|n
กาวสองหน้า|double-sided tape|n
เทปใส|clear tape|n
สก๊อตเทป|adhesive tape|n
เทปพันสายไฟ|insulating tape|n
เทปกาวย่น|masking tape|n

# Chapter 33 (more): cosmetics, perfume, toiletries
เซรั่ม|serums|n
ครีมบำรุงหน้า|face cream|n
โลชั่นบำรุงผิว|body lotion|n
ครีมทามือ|hand cream|n
ลิปบาล์ม|lip balm|n
ลิปกลอส|lip gloss|n
รองพื้น|foundation|n
แป้งเด็ก|baby powder|n
อายแชโดว์|eyeshadow|n
อายไลเนอร์|eyeliner|n
มาสคาร่า|mascara|n
ดินสอเขียนคิ้ว|eyebrow pencils|n
บีบีครีม|bb cream|n
คุชชั่น|cushion foundation|n
เครื่องสำอางค์|cosmetics|n
ล้างเครื่องสำอาง|make-up remover|n
มาสก์หน้า|face masks|n
แผ่นมาสก์หน้า|sheet masks|n
ไวท์เทนนิ่ง|whitening|m
โรลออน|roll-on deodorant|n
ระงับกลิ่นกาย|deodorant|n
เจลแต่งผม|hair gel|n
สเปรย์จัดแต่งทรงผม|hairspray|n
ทรีทเม้นท์ผม|hair treatment|n
น้ำมันใส่ผม|hair oil|n
ครีมโกนหนวด|shaving cream|n
ไหมขัดฟัน|dental floss|n
น้ำยาล้างเล็บ|nail polish remover|n
ยาทาเล็บ|nail polish|n
เล็บปลอม|false nails|n
สบู่เหลว|liquid soap|n
สบู่ก้อน|bar soap|n
ทิชชู่เปียก|wet wipes|n
ก้านไม้หอม|reed diffusers|n
สเปรย์ปรับอากาศ|air freshener|n
น้ำหอมรถยนต์|car air fresheners|n
ธูปหอม|incense sticks|n
สกินแคร์|skin care products|n
ผลิตภัณฑ์ดูแลผิว|skin care products|n

# Chapter 34 (more): soap, detergents, polishes, candles
สบู่ซักผ้า|laundry soap|n
น้ำยาถูพื้น|floor cleaner|n
น้ำยาล้างห้องน้ำ|toilet cleaner|n
น้ำยาเช็ดกระจก|glass cleaner|n
น้ำยาทำความสะอาด|cleaning liquid|n
น้ำยาล้างรถ|car shampoo|n
ครีมขัดรองเท้า|shoe polish|n
เทียนหอม|scented candles|n
เทียนไข|wax candles|n
ดินน้ำมัน|modelling clay|n

# Chapter 35-38 (more): gelatin, explosives, pesticides, other chemical products
เจลาติน|gelatin|n
เอนไซม์|enzymes|n
วัตถุระเบิด|explosives|n
ประทัด|firecrackers|n
พลุ|fireworks|n
ฟิล์มถ่ายรูป|photographic film|n
ยาฆ่าปลวก|termiticides|n
ยาเบื่อหนู|rodenticides|n
ยาฆ่าเชื้อรา|fungicides|n
ยากำจัดวัชพืช|herbicides|n
สเปรย์ฆ่าแมลง|insecticide spray|n
สเปรย์กันยุง|mosquito repellent spray|n
น้ำยาหล่อเย็น|coolant|n
น้ำยาแอร์|refrigerant|n
ตัวเร่งปฏิกิริยา|catalysts|n
น้ำยาลบคำผิด|correction fluid|n
ทินเนอร์|thinners|n
น้ำกลั่น|distilled water|n

# Chapter 39 (more): plastics and articles thereof
โพลีเอทิลีน|polyethylene|m
พีอี|pe|m
โพลีโพรพิลีน|polypropylene|m
พีพี|pp|m
พีวีซี|pvc|m
พีอีที|pet|m
โพลีสไตรีน|polystyrene|m
สไตโรโฟม|expanded polystyrene|m
เอบีเอส|abs|m
โพลีคาร์บอเนต|polycarbonate|m
โพลียูรีเทน|polyurethane|m
พียู|pu|m
อีวีเอ|eva|m
อะคริลิก|acrylic|m
เรซิน|resin|m
เรซิ่น|resin|m
ไวนิล|vinyl|m
ไฟเบอร์กลาส|fibreglass|m
ย่อยสลายได้|biodegradable|m
เศษพลาสติก|plastic scrap|n
ฟิล์มพลาสติก|plastic film|n
ฟิล์มยืด|stretch film|n
ฟิล์มหด|shrink film|n
แผ่นพลาสติก|plastic sheets|n
แผ่นอะคริลิค|acrylic sheets|n
ข้อต่อ|fittings|n
ท่ออ่อน|flexible hoses|n
สายยางรดน้ำ|garden hoses|n
ถุงซิปล็อค|zip-lock bags|n
ถุงหูหิ้ว|carrier bags|n
ถุงขยะ|bin bags|n
ถุงไปรษณีย์|mailing bags|n
ซองกันกระแทก|padded envelopes|n
บับเบิ้ล|bubble wrap|n
แก้วพลาสติก|plastic cups|n
กล่องข้าว|lunch boxes|n
กล่องเก็บของ|storage boxes|n
ตะกร้าผ้า|laundry baskets|n
ถังน้ำ|buckets|n
แทงค์น้ำ|water tanks|n
แกลลอน|jerrycans|n
ขวดสเปรย์|spray bottles|n
ฝาขวด|bottle caps|n
จุกนม|teats|n
จุกหลอก|dummies|n
ขวดนม|feeding bottles|n
ท่อร้อยสายไฟ|electrical conduit|n
เคเบิ้ลไทร์|cable ties|n
สายรัด|straps|n
ผ้าใบกันน้ำ|tarpaulins|n
สแลน|shade netting|n
กระเบื้องยาง|vinyl floor tiles|n
สติกเกอร์ติดผนัง|wall stickers|n
ม่านห้องน้ำ|shower curtains|n
แผ่นรองเมาส์|mouse pads|n
ถาด|trays|n
พาเลท|pallets|n
แฟ้ม|files|n
ไนไตร|nitrile|m
หมวกอาบน้ำ|shower caps|n
ที่รองแก้ว|coasters|n
กระติกน้ำแข็ง|cool boxes|n
กระปุกออมสิน|piggy banks|n

# Chapter 40 (more): rubber and tyres
ยางรถยนต์|car tyres|n
ยางมอเตอร์ไซค์|motorcycle tyres|n
ยางจักรยาน|bicycle tyres|n
ท่อยาง|rubber hoses|n
โอริง|o-rings|n
ซีล|seals|n
ปะเก็น|gaskets|n
พรมยางรถยนต์|car floor mats|n
หนังยาง|rubber bands|n
ยางลบ|erasers|n
ถุงมือแพทย์|medical gloves|n
ถุงมือทำงาน|work gloves|n
ลูกโป่ง|balloons|n
ฟองน้ำ|sponges|n
นีโอพรีน|neoprene|m
สายพานรถยนต์|v-belts|n
กระเป๋าน้ำร้อน|hot-water bottles|n

# Chapter 41-43 (more): leather, bags, fur
หนังโค|cattle leather|m
หนังดิบ|raw hides|n
หนังแพะ|goatskin|m
หนังแกะ|sheepskin|m
หนังจระเข้|crocodile leather|m
หนังพียู|pu leather|m
เฟอร์|fur|m
เฟอร์เทียม|faux fur|m
กระเป๋าคาดอก|chest bags|n
กระเป๋าคาดเอว|waist bags|n
กระเป๋าใส่เหรียญ|coin purses|n
กระเป๋าใส่บัตร|card holders|n
กระเป๋าเอกสาร|briefcases|n
กระเป๋าลาก|trolley cases|n
ถุงผ้า|tote bags|n
กระเป๋าโท้ท|tote bags|n
กระเป๋าดินสอ|pencil cases|n
กระเป๋าเก็บความเย็น|cool bags|n
กระเป๋าคลัทช์|clutch bags|n
กระเป๋าสะพายข้าง|crossbody bags|n
กระเป๋าสาน|woven bags|n
กล่องใส่เครื่องประดับ|jewellery boxes|n
ซองแว่น|spectacle cases|n
สายนาฬิกา|watch straps|n
ปลอกคอ|pet collars|n
สายจูง|leashes|n
เสื้อหนัง|leather jackets|n
พวงกุญแจ|key rings|n
เคส|cases|n

# Chapter 44-46 (more): wood, cork, basketwork
ไม้เนื้อแข็ง|hardwood|m
ไม้เนื้ออ่อน|softwood|m
ไม้สน|pine|m
ไม้โอ๊ค|oak|m
ไม้วอลนัท|walnut wood|m
ยูคาลิปตัส|eucalyptus|m
ไม้สักทอง|teak|m
ไม้แผ่น|wooden boards|n
พื้นลามิเนต|laminate flooring|n
ลามิเนต|laminate|m
เอ็มดีเอฟ|mdf|m
ไม้เทียม|composite wood|m
ลังไม้|wooden crates|n
ฟืน|firewood|n
ไม้เสียบ|skewers|n
ไม้แกะสลัก|wood carvings|n
ของตกแต่งบ้าน|home decorations|n
ด้ามจับ|handles|n
ตะกร้าสาน|woven baskets|n
เสื่อกก|reed mats|n
มู่ลี่|blinds|n

# Chapter 47-49 (more): paper, paperboard, printed matter
กระดาษพิมพ์|printing paper|n
กระดาษห่อของขวัญ|gift wrap|n
กระดาษรองอบ|baking paper|n
กระดาษเช็ดมือ|paper towels|n
ทิชชู่ม้วน|toilet rolls|n
กระดาษเช็ดหน้า|facial tissues|n
กระดาษความร้อน|thermal paper|n
กระดาษใบเสร็จ|receipt paper|n
โพสต์อิท|sticky notes|n
กล่องพัสดุ|shipping boxes|n
ป้ายราคา|price tags|n
สมุดโน้ต|notebooks|n
สมุดวาดภาพ|sketchbooks|n
สมุดระบายสี|colouring books|n
ปฏิทิน|calendars|n
โปสการ์ด|postcards|n
การ์ดอวยพร|greeting cards|n
โปสเตอร์|posters|n
แผนที่|maps|n
หนังสือการ์ตูน|comics|n
สิ่งพิมพ์|printed matter|n
สติ๊กเกอร์|stickers|n
ฉลากสินค้า|product labels|n
วอลเปเปอร์|wallpaper|n

# Chapter 50-60 (more): fibres, yarn, fabrics
เส้นไหม|silk yarn|n
ไหมพรม|knitting yarn|n
เมอริโน|merino wool|m
แคชเมียร์|cashmere|m
คอตตอน|cotton|m
ด้ายเย็บผ้า|sewing thread|n
ด้ายปัก|embroidery thread|n
ใยสังเคราะห์|synthetic fibres|n
เรยอน|rayon|m
สแปนเด็กซ์|elastane|m
ไมโครไฟเบอร์|microfibre|m
ป่าน|hemp|m
ชีฟอง|chiffon|m
ซาติน|satin|m
ผ้าโปร่ง|tulle|n
ผ้าตาข่าย|mesh fabric|n
ผ้ายืด|stretch fabric|n
ผ้าร่ม|nylon taffeta|n
ลูกฟูก|corduroy|m
มัดย้อม|tie-dyed|m
บาติก|batik|m
ผ้าซิ่น|sarongs|n
ผ้าถุง|sarongs|n
ผ้าทอมือ|hand-woven fabric|n
ริบบิ้น|ribbons|n
ยางยืด|elastic|n
ตีนตุ๊กแก|hook and loop fasteners|n
เวลโคร|hook and loop fasteners|n
ป้ายทอ|woven labels|n
ป้ายคอเสื้อ|garment labels|n
อาร์มติดเสื้อ|embroidered badges|n
เชือกฟาง|raffia string|n
ตาข่าย|nets|n
เปลญวน|hammocks|n
พรมปูพื้น|floor rugs|n
พรมเช็ดเท้า|doormats|n
ผ้านวม|quilts|n
ผ้าคลุมเตียง|bedspreads|n
ปลอกหมอน|pillowcases|n
หมอนข้าง|bolsters|n
ชุดเครื่องนอน|bedding sets|n
ผ้าเช็ดมือ|hand towels|n
ผ้าเช็ดหน้า|handkerchiefs|n
ผ้าขี้ริ้ว|floor cloths|n
ผ้าไมโครไฟเบอร์|microfibre cloths|n
ผ้ากันเปื้อน|aprons|n
ผ้าคลุมรถ|car covers|n
ปลอกเบาะ|seat covers|n
ธง|flags|n
ธงชาติ|national flags|n
ถุงนอน|sleeping bags|n
ผ้าคลุมไหล่|shawls|n
ฮิญาบ|hijabs|n
ผ้าอ้อมผ้า|cloth nappies|n
หน้ากากผ้า|cloth face masks|n

# Chapter 61-63 (more): garments
คอกลม|crew-neck|m
คอวี|v-neck|m
คอปก|collared|m
คอเต่า|turtleneck|m
เปิดไหล่|off-the-shoulder|m
แขนกุด|sleeveless|m
แขนสามส่วน|three-quarter-sleeved|m
มีฮู้ด|hooded|m
กางเกงขายาว|trousers|n
กางเกงขาม้า|flared trousers|n
กางเกงขากระบอก|straight-leg trousers|n
กางเกงสแล็ค|slacks|n
กางเกงวอร์ม|tracksuit bottoms|n
ชุดวอร์ม|tracksuits|n
กางเกงจ็อกเกอร์|joggers|n
เอวสูง|high-waisted|m
กางเกงบ็อกเซอร์|boxer shorts|n
บ็อกเซอร์|boxer shorts|n
กางเกงโยคะ|yoga pants|n
กางเกงว่ายน้ำ|swimming trunks|n
บิกินี่|bikinis|n
ชุดดำน้ำ|wetsuits|n
บรา|bras|n
ยกทรง|brassieres|n
สปอร์ตบรา|sports bras|n
ไร้โครง|non-wired|m
ชุดกระชับสัดส่วน|shapewear|n
เสื้อสายเดี่ยว|camisoles|n
เกาะอก|tube tops|n
เสื้อครอป|crop tops|n
เสื้อเบลาส์|blouses|n
คาร์ดิแกน|cardigans|n
เสื้อคาร์ดิแกน|cardigans|n
เสื้อไหมพรม|knitted sweaters|n
สเวตเตอร์|sweaters|n
เสื้อสเวตเตอร์|sweaters|n
เสื้อแขนยาว|long-sleeved tops|n
ฮู้ดดี้|hoodies|n
เสื้อฮู้ดดี้|hoodies|n
แจ็คเก็ต|jackets|n
เสื้อแจ็กเก็ต|jackets|n
เบลเซอร์|blazers|n
เสื้อสูท|suit jackets|n
ชุดสูท|suits|n
เสื้อกั๊ก|waistcoats|n
เสื้อโค้ท|overcoats|n
โค้ท|coats|n
เสื้อขนเป็ด|down jackets|n
เสื้อกันลม|windcheaters|n
เสื้อบุนวม|padded jackets|n
เสื้อคลุมอาบน้ำ|bathrobes|n
ชุดเดรส|dresses|n
ชุดราตรี|evening dresses|n
ชุดเจ้าสาว|wedding dresses|n
กี่เพ้า|cheongsams|n
ชุดเซ็ต|clothing sets|n
ชุดจั๊มสูท|jumpsuits|n
เอี๊ยม|dungarees|n
ชุดทำงาน|workwear|n
ชุดช่าง|coveralls|n
ชุดสครับ|scrubs|n
ชุดกาวน์|gowns|n
ชุดป้องกัน|protective suits|n
เสื้อสะท้อนแสง|high-visibility vests|n
ชุดเด็กแรกเกิด|baby clothes|n
บอดี้สูท|bodysuits|n
ชุดหมีเด็ก|rompers|n
ชุดคอสเพลย์|cosplay costumes|n
ชุดแฟนซี|fancy dress costumes|n
เสื้อบอล|football shirts|n
ชุดฟุตบอล|football kits|n
ชุดโยคะ|yoga wear|n
ชุดออกกำลังกาย|activewear|n
ถุงมือกันหนาว|winter gloves|n
ปลอกแขน|arm sleeves|n
ถุงเท้าข้อสั้น|ankle socks|n
หูกระต่าย|bow ties|n
โบว์|bows|n
ที่คาดผม|headbands|n
ยางรัดผม|hair ties|n
กิ๊บ|hair clips|n
ปิ่นปักผม|hairpins|n
ก้ามปู|claw clips|n
หมวกบักเก็ต|bucket hats|n
หมวกไหมพรม|beanies|n
หมวกปีกกว้าง|wide-brimmed hats|n
หมวกเบสบอล|baseball caps|n
หมวกกันแดด|sun hats|n
หมวกจักรยาน|cycling helmets|n
หมวกกันน็อก|motorcycle helmets|n
หมวกเซฟตี้|safety helmets|n
หน้ากากกันฝุ่น|dust masks|n
โอเวอร์ไซส์|oversized|m
สลิมฟิต|slim-fit|m
ฟรีไซส์|one size|m
ไซส์ใหญ่|plus-size|m
ผู้ใหญ่|adults'|m
นักเรียน|students'|m
เด็กเล็ก|toddlers'|m
เด็กแรกเกิด|newborns'|m
ยูนิเซ็กซ์|unisex|m
แฟชั่น|fashion|m
ลายทาง|striped|m
ลายดอก|floral|m
ลายสก๊อต|checked|m

# Chapter 64-67 (more): footwear, umbrellas, wigs
คัทชู|court shoes|n
รองเท้าส้นแบน|flat shoes|n
โลฟเฟอร์|loafers|n
รองเท้านักเรียน|school shoes|n
รองเท้าวิ่ง|running shoes|n
รองเท้าฟุตบอล|football boots|n
รองเท้าบาส|basketball shoes|n
รองเท้าเดินป่า|hiking boots|n
รองเท้าลำลอง|casual shoes|n
สลิปออน|slip-ons|n
รองเท้าแตะแบบสวม|sliders|n
รองเท้ารัดส้น|sandals|n
รองเท้าใส่ในบ้าน|house slippers|n
บูทยาง|rubber boots|n
รองเท้าหัวเหล็ก|steel-toe shoes|n
รองเท้าหุ้มข้อ|ankle boots|n
รองเท้าบู๊ต|boots|n
สนีกเกอร์|sneakers|n
รองเท้าเพื่อสุขภาพ|orthopaedic shoes|n
พื้นรองเท้า|soles|n
แผ่นรองเท้า|insoles|n
เชือกรองเท้า|shoelaces|n
ส้นรองเท้า|heels|n
ชั้นวางรองเท้า|shoe racks|n
ตู้รองเท้า|shoe cabinets|n
ร่มพับ|folding umbrellas|n
ร่มกันแดด|parasols|n
ไม้เท้า|walking sticks|n
ผมปลอม|false hair|n
ผมต่อ|hair extensions|n
วิก|wigs|n
ต้นไม้ปลอม|artificial plants|n
ดอกไม้ปลอม|artificial flowers|n

# Chapter 68-70 (more): stone, ceramics, glass
อิฐบล็อก|concrete blocks|n
อิฐมวลเบา|lightweight concrete blocks|n
อิฐมอญ|clay bricks|n
อิฐทนไฟ|refractory bricks|n
แผ่นปูพื้น|paving slabs|n
ปูพื้น|flooring|m
กระเบื้องผนัง|wall tiles|n
กระเบื้องโมเสก|mosaic tiles|n
แผ่นยิปซัม|plasterboard|n
ยิปซัมบอร์ด|plasterboard|n
ฝ้าเพดาน|ceiling boards|n
ไฟเบอร์ซีเมนต์|fibre cement|m
ใบเจียร|grinding discs|n
ใบตัด|cutting discs|n
ใยแก้ว|glass wool|n
ฉนวนกันความร้อน|thermal insulation|n
แผ่นหินอ่อน|marble slabs|n
เซรามิค|ceramic|m
เบญจรงค์|benjarong porcelain|n
จานชาม|tableware|n
ชุดจานชาม|dinnerware sets|n
ชุดน้ำชา|tea sets|n
ชักโครก|toilets|n
อ่างอาบน้ำ|bathtubs|n
อ่างล้างมือ|washbasins|n
ฝารองนั่ง|toilet seats|n
แก้วไวน์|wine glasses|n
แก้วกาแฟ|coffee mugs|n
โหลแก้ว|glass jars|n
คริสตัล|crystal|m
เหยือก|jugs|n
กระจกนิรภัย|safety glass|m
กระจกเทมเปอร์|tempered glass|m
แผ่นกระจก|glass sheets|n
กระจกบังลม|windscreens|n
กระจกมองหลัง|rear-view mirrors|n
กระจกมองข้าง|wing mirrors|n
กระจกติดผนัง|wall mirrors|n
ฟิล์มกระจก|tempered glass screen protectors|n
ฟิล์มกันรอย|screen protectors|n
ตู้ปลา|aquariums|n

# Chapter 71 (more): jewellery
ทองคำแท่ง|gold bars|n
ทองคำขาว|platinum|m
แพลทินัม|platinum|m
เงินแท้|sterling silver|m
ชุบเงิน|silver-plated|m
ทองไมครอน|gold-plated|m
คิวบิกเซอร์โคเนีย|cubic zirconia|n
พลอยทับทิม|rubies|n
ไพลิน|sapphires|n
มรกต|emeralds|n
พลอย|gemstones|n
หยก|jade|n
ลูกปัด|beads|n
กำไล|bangles|n
สร้อยข้อเท้า|anklets|n
จี้|pendants|n
ตุ้มหู|earrings|n
เข็มกลัด|brooches|n
แหวนแต่งงาน|wedding rings|n
กระดุมข้อมือ|cufflinks|n
เครื่องประดับผม|hair accessories|n
ถ้วยรางวัล|trophies|n

# Chapter 72-73 (more): iron and steel, articles
สเตนเลส|stainless steel|m
เหล็กหล่อ|cast iron|m
เหล็กกล้าคาร์บอน|carbon steel|m
แผ่นสังกะสี|galvanised corrugated sheets|n
เมทัลชีท|metal roofing sheets|n
เหล็กรูปพรรณ|steel sections|n
เหล็กฉาก|steel angles|n
เอชบีม|h-beams|n
ไอบีม|i-beams|n
เหล็กกล่อง|hollow sections|n
ท่อแป๊ป|steel tubes|n
เหล็กข้ออ้อย|deformed bars|n
ลวดหนาม|barbed wire|n
ไวร์เมช|welded wire mesh|n
ลวดสลิง|wire ropes|n
สกรูเกลียวปล่อย|self-tapping screws|n
แหวนรอง|washers|n
หมุดย้ำ|rivets|n
พุก|wall plugs|n
ตะขอ|hooks|n
ลูกรอก|pulleys|n
ถังน้ำมัน|oil drums|n
กระป๋องโลหะ|metal cans|n
ฝักบัว|shower heads|n
สายฉีดชำระ|bidet sprays|n
ซิงค์ล้างจาน|kitchen sinks|n
ที่คว่ำจาน|dish racks|n
ราวตากผ้า|clothes airers|n
ไม้หนีบผ้า|clothes pegs|n
หม้อนึ่ง|steamers|n
กระทะเทฟล่อน|non-stick pans|n
เทฟล่อน|non-stick|m
ตะหลิว|spatulas|n
ทัพพี|ladles|n
กระชอน|strainers|n
ที่คีบ|tongs|n
ที่ขูด|graters|n
ที่เปิดขวด|bottle openers|n
ที่เปิดกระป๋อง|can openers|n
มีดทำครัว|kitchen knives|n
มีดพก|pocket knives|n
มีดอีโต้|cleavers|n
ที่ลับมีด|knife sharpeners|n
กรรไกรตัดกิ่ง|pruning shears|n
ช้อนส้อม|cutlery|n
ช้อนชา|teaspoons|n
ช้อนโต๊ะ|tablespoons|n
ตะกร้อตีไข่|whisks|n
พิมพ์ขนม|baking moulds|n
ถาดอบ|baking trays|n
เตาปิ้งย่าง|barbecue grills|n
เตาถ่าน|charcoal stoves|n
กาน้ำ|kettles|n
แก้วเก็บอุณหภูมิ|insulated tumblers|n
ปิ่นโต|food carriers|n
ตู้เซฟ|safes|n
ตู้เอกสาร|filing cabinets|n
ชั้นวางเหล็ก|steel shelving|n
บันได|ladders|n
นั่งร้าน|scaffolding|n
ประตูม้วน|roller shutters|n
ประตูรั้ว|gates|n
เหล็กดัด|window grilles|n
ตู้จดหมาย|letter boxes|n
ป้ายทะเบียน|number plates|n
กระดิ่ง|bells|n
ที่เขี่ยบุหรี่|ashtrays|n
เข็มกลัดซ่อนปลาย|safety pins|n
หัวเข็มขัด|buckles|n
ฝอยขัดหม้อ|scouring pads|n

# Chapter 74-81 (more): non-ferrous metals
เศษทองแดง|copper scrap|n
แผ่นอลูมิเนียม|aluminium sheets|n
ฟอยล์|foil|n
อลูมิเนียมโปรไฟล์|aluminium profiles|n
นิกเกิล|nickel|m
ตะกั่วบัดกรี|solder|n
ลวดบัดกรี|solder wire|n
ไทเทเนียม|titanium|m
แมกนีเซียม|magnesium|m
ซิงค์อัลลอย|zinc alloy|m

# Chapter 82-83 (more): tools, locks, fittings
ชุดเครื่องมือ|tool sets|n
ประแจแหวน|ring spanners|n
ประแจเลื่อน|adjustable spanners|n
ประแจหกเหลี่ยม|hex keys|n
ชุดบล็อก|socket sets|n
ชุดไขควง|screwdriver sets|n
คีมปากจิ้งจก|long-nose pliers|n
คีมตัด|cutting pliers|n
คีมปอกสายไฟ|wire strippers|n
สิ่ว|chisels|n
ตะไบ|files|n
ใบเลื่อย|saw blades|n
เกรียง|trowels|n
พลั่ว|shovels|n
จอบ|hoes|n
คราด|rakes|n
พร้า|machetes|n
ขวาน|axes|n
คัตเตอร์|utility knives|n
ปากกาจับชิ้นงาน|vices|n
ปืนกาว|glue guns|n
ที่เย็บกระดาษ|staplers|n
ที่เจาะกระดาษ|hole punches|n
เครื่องมือทำสวน|garden tools|n
บัวรดน้ำ|watering cans|n
ใบมีดโกน|razor blades|n
แหนบถอนขน|tweezers|n
ชุดทำเล็บ|manicure sets|n
ที่ตัดเล็บ|nail clippers|n
กุญแจรหัส|combination locks|n
ลูกบิดประตู|door knobs|n
มือจับ|handles|n
กลอนประตู|door bolts|n
โช้คอัพประตู|door closers|n
ล้อเลื่อน|castors|n
ขายึด|brackets|n
กลอนดิจิตอล|digital door locks|n
ฮาร์ดแวร์|hardware|n
วัสดุก่อสร้าง|building materials|n

# Chapter 84 (more): machinery, appliances, computers
เครื่องยนต์เรือ|marine engines|n
เครื่องยนต์ติดท้ายเรือ|outboard motors|n
เทอร์โบ|turbochargers|n
กังหันลม|wind turbines|n
บอยเลอร์|boilers|n
หม้อไอน้ำ|steam boilers|n
ปั๊มลม|air compressors|n
ปั๊มจุ่ม|submersible pumps|n
ปั๊มแช่|submersible pumps|n
ปั๊มหอยโข่ง|centrifugal pumps|n
ปั๊มไฮดรอลิก|hydraulic pumps|n
ปั๊มออกซิเจน|aquarium air pumps|n
ปั๊มบาดาล|borehole pumps|n
เครื่องฉีดน้ำแรงดันสูง|pressure washers|n
พัดลมตั้งพื้น|floor fans|n
พัดลมตั้งโต๊ะ|desk fans|n
พัดลมเพดาน|ceiling fans|n
พัดลมติดผนัง|wall fans|n
พัดลมดูดอากาศ|exhaust fans|n
พัดลมระบายอากาศ|ventilation fans|n
พัดลมไอเย็น|evaporative air coolers|n
พัดลมไอน้ำ|mist fans|n
พัดลมมือถือ|handheld fans|n
พัดลมระบายความร้อน|cooling fans|n
โบลเวอร์|blowers|n
เครื่องเป่าลม|blowers|n
เครื่องดูดควัน|cooker hoods|n
เครื่องฟอกอากาศ|air purifiers|n
เครื่องเพิ่มความชื้น|humidifiers|n
เครื่องลดความชื้น|dehumidifiers|n
เครื่องพ่นอโรมา|aroma diffusers|n
แอร์เคลื่อนที่|portable air conditioners|n
คอมแอร์|air-conditioning compressors|n
คอยล์ร้อน|condensing units|n
คอยล์เย็น|evaporator units|n
ตู้แช่เย็น|display refrigerators|n
ตู้เย็นมินิบาร์|mini fridges|n
ตู้กดน้ำ|water dispensers|n
ตู้ทำน้ำเย็น|water coolers|n
เครื่องทำน้ำแข็ง|ice makers|n
เครื่องทำไอศกรีม|ice cream makers|n
ตู้แช่ไวน์|wine coolers|n
ปั๊มความร้อน|heat pumps|n
เครื่องอบผ้า|tumble dryers|n
เครื่องซักอบ|washer-dryers|n
ไส้กรอง|filter cartridges|n
กรองอากาศ|air filters|n
ไส้กรองอากาศ|air filters|n
กรองน้ำมันเครื่อง|oil filters|n
กรองน้ำมันเชื้อเพลิง|fuel filters|n
กรองแอร์|cabin air filters|n
เครื่องบรรจุขวด|bottling machines|n
เครื่องบรรจุ|filling machines|n
เครื่องซีล|sealing machines|n
เครื่องซีลสุญญากาศ|vacuum sealers|n
เครื่องติดฉลาก|labelling machines|n
เครื่องชั่ง|scales|n
เครื่องชั่งน้ำหนัก|weighing scales|n
ตาชั่งครัว|kitchen scales|n
เครื่องฉีดพลาสติก|injection moulding machines|n
เครื่องพิมพ์สามมิติ|3d printers|n
เครื่องพิมพ์เลเซอร์|laser printers|n
เครื่องพิมพ์อิงค์เจ็ท|inkjet printers|n
เครื่องพิมพ์ความร้อน|thermal printers|n
ปริ้นเตอร์|printers|n
พริ้นเตอร์|printers|n
สแกนเนอร์|scanners|n
เครื่องสแกน|scanners|n
คอมพิวเตอร์ตั้งโต๊ะ|desktop computers|n
โน้ตบุ๊ค|laptops|n
โน๊ตบุ๊ค|laptops|n
แล็ปท็อป|laptops|n
ไอแพด|tablet computers|n
มินิพีซี|mini pcs|n
เซิร์ฟเวอร์|servers|n
เมนบอร์ด|motherboards|n
ซีพียู|processors|n
การ์ดจอ|graphics cards|n
แรม|memory modules|n
ฮาร์ดดิสก์|hard disk drives|n
ฮาร์ดดิส|hard disk drives|n
ฮาร์ดไดรฟ์|hard disk drives|n
เอสเอสดี|solid-state drives|n
แฟลชไดร์ฟ|usb flash drives|n
ทัมบ์ไดรฟ์|usb flash drives|n
จอคอมพิวเตอร์|monitors|n
จอมอนิเตอร์|monitors|n
มอนิเตอร์|monitors|n
แป้นพิมพ์|keyboards|n
เม้าส์|computer mouse|n
จอยเกม|game controllers|n
จอยสติ๊ก|joysticks|n
ยูเอสบีฮับ|usb hubs|n
เว็บแคม|webcams|n
หัวพิมพ์|print heads|n
เครื่องคิดเลข|calculators|n
เครื่องบันทึกเงินสด|cash registers|n
เครื่องนับเงิน|banknote counters|n
เครื่องอ่านบัตร|card readers|n
เครื่องสแกนบาร์โค้ด|barcode scanners|n
เครื่องสแกนลายนิ้วมือ|fingerprint scanners|n
เครื่องทำลายเอกสาร|paper shredders|n
เครื่องเคลือบบัตร|laminators|n
จักรโพ้ง|overlock machines|n
จักรปัก|embroidery machines|n
เครื่องทอผ้า|looms|n
เครื่องกลึง|lathes|n
เครื่องกัด|milling machines|n
ซีเอ็นซี|cnc machines|n
เครื่องตัดเลเซอร์|laser cutting machines|n
เครื่องแกะสลักเลเซอร์|laser engravers|n
สว่านแท่น|drill presses|n
หินเจียร|angle grinders|n
เครื่องเจียร|grinders|n
เครื่องขัด|sanders|n
เลื่อยวงเดือน|circular saws|n
เลื่อยจิ๊กซอว์|jigsaws|n
เลื่อยยนต์|chainsaws|n
เลื่อยโซ่|chainsaws|n
เครื่องตัดหญ้า|lawnmowers|n
รถตัดหญ้า|lawnmowers|n
เครื่องเล็มหญ้า|grass trimmers|n
เครื่องตัดแต่งกิ่ง|hedge trimmers|n
สว่านกระแทก|impact drills|n
สว่านโรตารี่|rotary hammers|n
บล็อกไฟฟ้า|impact wrenches|n
บล็อกลม|pneumatic impact wrenches|n
เครื่องมือลม|pneumatic tools|n
เครื่องยิงตะปู|nail guns|n
เครื่องผสมปูน|concrete mixers|n
โม่ผสมปูน|concrete mixers|n
เครื่องตบดิน|plate compactors|n
รถบด|road rollers|n
รถตัก|loaders|n
แบคโฮ|backhoes|n
รถแบคโฮ|backhoes|n
รถดันดิน|bulldozers|n
เครน|cranes|n
รอก|hoists|n
แม่แรง|jacks|n
ลิฟต์ยกรถ|vehicle lifts|n
บันไดเลื่อน|escalators|n
แฮนด์ลิฟท์|pallet trucks|n
ฟอร์คลิฟท์|forklifts|n
รถไถ|tractors|n
รถไถเดินตาม|power tillers|n
เครื่องพ่นยา|sprayers|n
เครื่องหยอดเมล็ด|seeders|n
รถดำนา|rice transplanters|n
เครื่องนวดข้าว|threshers|n
เครื่องบด|grinders|n
เครื่องสไลซ์|slicers|n
เครื่องนวดแป้ง|dough mixers|n
เครื่องผสมอาหาร|food mixers|n
เครื่องตีไข่|hand mixers|n
เครื่องแยกกากผลไม้|juicers|n
เครื่องคั้นน้ำผลไม้|juicers|n
เครื่องทำขนมปัง|bread makers|n
เครื่องปิ้งขนมปัง|toasters|n
เครื่องทำวาฟเฟิล|waffle makers|n
เครื่องทำกาแฟ|coffee makers|n
เครื่องตีฟองนม|milk frothers|n
เครื่องทำน้ำเต้าหู้|soya milk makers|n
เครื่องฟักไข่|egg incubators|n
ตู้ฟักไข่|egg incubators|n
กรงนก|bird cages|n
กรงสัตว์|animal cages|n
กรงแมว|cat cages|n
เครื่องตีน้ำ|aerators|n
ใบพัด|propellers|n
ตู้กดสินค้า|vending machines|n
ตู้เอทีเอ็ม|atms|n
หุ่นยนต์ดูดฝุ่น|robot vacuum cleaners|n
เครื่องดูดไรฝุ่น|dust mite vacuum cleaners|n
เครื่องถูพื้น|floor scrubbers|n
เครื่องทำความสะอาดไอน้ำ|steam cleaners|n
เฟือง|gears|n
เกียร์|gears|n
กระปุกเกียร์|gearboxes|n
เพลา|shafts|n
คัปปลิ้ง|couplings|n
พูลเลย์|pulleys|n
ลูกสูบ|pistons|n
แหวนลูกสูบ|piston rings|n
เพลาข้อเหวี่ยง|crankshafts|n
ฝาสูบ|cylinder heads|n
หัวฉีด|fuel injectors|n
คาร์บูเรเตอร์|carburettors|n
ปั๊มติ๊ก|fuel pumps|n
โซลินอยด์วาล์ว|solenoid valves|n
เช็ควาล์ว|check valves|n
บอลวาล์ว|ball valves|n
ประตูน้ำ|gate valves|n
ก๊อกผสม|mixer taps|n
ลูกลอย|float valves|n
กระบอกสูบไฮดรอลิก|hydraulic cylinders|n
กระบอกลม|pneumatic cylinders|n
เครื่องสกรีนเสื้อ|heat press machines|n
เครื่องอัดไฮดรอลิก|hydraulic presses|n
เครื่องอัดเม็ด|pellet mills|n
เครื่องคัดแยก|sorting machines|n
เครื่องปั่นเหวี่ยง|centrifuges|n
ห้องเย็น|cold rooms|n

# Chapter 85 (more): electrical and electronic goods
มอเตอร์ดีซี|dc motors|n
เซอร์โวมอเตอร์|servo motors|n
ไดชาร์จ|alternators|n
ไดสตาร์ท|starter motors|n
เครื่องปั่นไฟ|generators|n
เครื่องสำรองไฟ|ups units|n
ปลั๊กไฟ|power strips|n
ปลั๊กพ่วง|power strips|n
รางปลั๊ก|power strips|n
หัวแปลงปลั๊ก|plug adaptors|n
อะแดปเตอร์|adapters|n
อแดปเตอร์|adapters|n
หม้อแปลง|transformers|n
บัลลาสต์|ballasts|n
สเตบิไลเซอร์|voltage stabilisers|n
คอนเวอร์เตอร์|converters|n
ชาร์จเจอร์|chargers|n
หัวชาร์จ|charger plugs|n
ชาร์จเร็ว|fast-charging|m
ชาร์จ|rechargeable|m
ชาร์จไฟ|rechargeable|m
แท่นชาร์จ|charging docks|n
ที่ชาร์จในรถ|car chargers|n
สถานีชาร์จ|ev chargers|n
สายยูเอสบี|usb cables|n
สายข้อมูล|data cables|n
สายแลน|network cables|n
สายเอชดีเอ็มไอ|hdmi cables|n
สายต่อพ่วง|extension cables|n
สายไฟฟ้า|electric cables|n
สายเคเบิ้ล|cables|n
สายโคแอกเชียล|coaxial cables|n
สายสัญญาณ|signal cables|n
สายลำโพง|speaker cables|n
ชุดสายไฟ|wiring harnesses|n
สายไฟเบอร์|fibre optic cables|n
เต้ารับ|sockets|n
เต้าเสียบ|plugs|n
สวิตช์ไฟ|light switches|n
สวิทช์|switches|n
สวิตซ์|switches|n
รีเลย์|relays|n
ฟิวส์|fuses|n
ตู้ไฟ|switchboards|n
ตู้คอนซูมเมอร์|consumer units|n
แมกเนติก|contactors|n
คอนแทคเตอร์|contactors|n
คอนเนคเตอร์|connectors|n
ขั้วต่อ|connectors|n
หางปลา|cable lugs|n
คาปาซิเตอร์|capacitors|n
ตัวเก็บประจุ|capacitors|n
ตัวต้านทาน|resistors|n
ไดโอด|diodes|n
ทรานซิสเตอร์|transistors|n
ไอซี|integrated circuits|n
ไมโครคอนโทรลเลอร์|microcontrollers|n
พีซีบี|printed circuit boards|n
แผงวงจรพิมพ์|printed circuit boards|n
ขดลวด|coils|n
คอยล์จุดระเบิด|ignition coils|n
แม่เหล็ก|magnets|n
ลูกถ้วยไฟฟ้า|insulators|n
ท่อหด|heat-shrink tubing|n
หลอดแอลอีดี|led bulbs|n
หลอดนีออน|fluorescent tubes|n
หลอดฟลูออเรสเซนต์|fluorescent tubes|n
หลอดฮาโลเจน|halogen lamps|n
ไฟเส้น|light strips|n
ไฟกระพริบ|fairy lights|n
ไฟประดับ|decorative lights|n
โคมไฟตั้งโต๊ะ|desk lamps|n
โคมไฟตั้งพื้น|floor lamps|n
โคมไฟเพดาน|ceiling lights|n
โคมไฟติดผนัง|wall lights|n
โคมไฟห้อย|pendant lights|n
ดาวน์ไลท์|downlights|n
สปอตไลท์|spotlights|n
ไฟฉุกเฉิน|emergency lights|n
ไฟถนน|street lights|n
ไฟหน้ารถ|headlamps|n
ไฟท้าย|tail lights|n
ไฟตัดหมอก|fog lamps|n
ไฟฉายคาดหัว|head torches|n
ไฟวงแหวน|ring lights|n
ไฟเวที|stage lights|n
ไฟจราจร|traffic lights|n
ซาวด์บาร์|soundbars|n
ซับวูฟเฟอร์|subwoofers|n
แอมป์|amplifiers|n
มิกเซอร์|audio mixers|n
เครื่องเสียง|audio equipment|n
เครื่องเสียงรถยนต์|car audio|n
วิทยุ|radios|n
วิทยุสื่อสาร|walkie-talkies|n
เครื่องเล่นแผ่นเสียง|record players|n
คาราโอเกะ|karaoke machines|n
ไมค์|microphones|n
ไมค์ลอย|wireless microphones|n
หูฟังครอบหู|over-ear headphones|n
เฮดเซ็ต|headsets|n
หูฟังอินเอียร์|in-ear earphones|n
เอียร์บัด|earbuds|n
สมาร์ททีวี|smart televisions|n
กล่องทีวี|set-top boxes|n
กล่องรับสัญญาณ|set-top boxes|n
เสาอากาศ|aerials|n
จานดาวเทียม|satellite dishes|n
โปรเจคเตอร์|projectors|n
โปรเจกเตอร์|projectors|n
จอโปรเจคเตอร์|projection screens|n
จอแอลซีดี|lcd screens|n
จอสัมผัส|touch screens|n
ทัชสกรีน|touch screens|n
หน้าจอ|screens|n
ป้ายไฟ|illuminated signs|n
กล้องถ่ายรูป|cameras|n
กล้องถ่ายวิดีโอ|video cameras|n
กล้องติดรถยนต์|dashboard cameras|n
กล้องแอคชั่น|action cameras|n
กล้องไอพี|ip cameras|n
กริ่งประตู|doorbells|n
สัญญาณกันขโมย|burglar alarms|n
เครื่องตรวจจับควัน|smoke detectors|n
ไซเรน|sirens|n
อินเตอร์คอม|intercoms|n
โทรศัพท์บ้าน|landline telephones|n
มือถือปุ่มกด|feature phones|n
ไอโฟน|smartphones|n
ที่วางโทรศัพท์|phone holders|n
ขาตั้งมือถือ|phone stands|n
ไม้เซลฟี่|selfie sticks|n
เราท์เตอร์|routers|n
เร้าเตอร์|routers|n
โมเด็ม|modems|n
ตัวขยายสัญญาณ|signal boosters|n
พ็อกเก็ตไวไฟ|pocket wi-fi routers|n
ซิมการ์ด|sim cards|n
บลูทูธ|bluetooth|m
ไวไฟ|wi-fi|m
สมาร์ทแบนด์|fitness bands|n
แว่นวีอาร์|vr headsets|n
เมมโมรี่การ์ด|memory cards|n
การ์ดหน่วยความจำ|memory cards|n
ไมโครเอสดี|microsd cards|n
พาวเวอร์ซัพพลาย|power supplies|n
ถ่านอัลคาไลน์|alkaline batteries|n
ถ่านชาร์จ|rechargeable batteries|n
ถ่านกระดุม|button cells|n
แบตเตอรี|batteries|n
เครื่องหนีบผม|hair straighteners|n
ที่หนีบผม|hair straighteners|n
เครื่องม้วนผม|curling irons|n
ไดร์เป่าผม|hair dryers|n
ปัตตาเลี่ยน|hair clippers|n
แบตตาเลี่ยน|hair clippers|n
เครื่องกำจัดขน|epilators|n
เครื่องฉีดน้ำทำความสะอาดฟัน|water flossers|n
ปืนนวด|massage guns|n
เก้าอี้นวด|massage chairs|n
ไม้ตียุง|electric fly swatters|n
เครื่องดักยุง|insect killers|n
เตาไฟฟ้า|electric hobs|n
เตาอินฟราเรด|infrared cookers|n
หม้อสุกี้|electric hot pots|n
หม้อชาบู|hot pots|n
หม้อไฟฟ้า|electric cookers|n
หม้อตุ๋น|slow cookers|n
เครื่องปั่นมือถือ|hand blenders|n
เตารีดไอน้ำ|steam irons|n
เครื่องรีดผ้าไอน้ำ|garment steamers|n
ตัวตั้งเวลา|timers|n
เทอร์โมสตัท|thermostats|n
เซนเซอร์|sensors|n
หัวแร้ง|soldering irons|n
ปืนเป่าลมร้อน|heat guns|n
ตู้เชื่อม|welding machines|n
เครื่องตัดพลาสม่า|plasma cutters|n
ลวดเชื่อม|welding electrodes|n
ปากกาเลเซอร์|laser pointers|n
ตะเกียงแคมป์ปิ้ง|camping lanterns|n
เครื่องชาร์จแบตเตอรี่|battery chargers|n
แตร|horns|n
ใบปัดน้ำฝน|wiper blades|n
ที่ปัดน้ำฝน|windscreen wipers|n
กล้องถอยหลัง|reversing cameras|n
เซ็นเซอร์ถอยหลัง|parking sensors|n
จีพีเอส|gps navigators|n
วิทยุติดรถยนต์|car radios|n

# Chapter 86-89 (more): vehicles and parts
รถเก๋ง|saloon cars|n
รถยนต์นั่ง|passenger cars|n
รถเอสยูวี|suvs|n
รถตู้|vans|n
รถพยาบาล|ambulances|n
รถดับเพลิง|fire engines|n
รถขยะ|refuse lorries|n
รถหัวลาก|road tractors|n
รถดั๊มพ์|dump trucks|n
รถห้องเย็น|refrigerated lorries|n
รถกอล์ฟ|golf carts|n
รถเอทีวี|atvs|n
รถสามล้อ|tricycles|n
ตุ๊กตุ๊ก|auto rickshaws|n
จักรยานเสือภูเขา|mountain bikes|n
จักรยานเสือหมอบ|road bikes|n
จักรยานพับ|folding bicycles|n
มอเตอร์ไซด์|motorcycles|n
บิ๊กไบค์|large motorcycles|n
รถเข็นไฟฟ้า|electric wheelchairs|n
รถเข็นช้อปปิ้ง|shopping trolleys|n
รถเข็นปูน|wheelbarrows|n
กันชน|bumpers|n
บังโคลน|mudguards|n
ล้อแม็ก|alloy wheels|n
ล้อแม็กซ์|alloy wheels|n
กระทะล้อ|wheel rims|n
ดุมล้อ|wheel hubs|n
เพลาขับ|drive shafts|n
แหนบรถยนต์|leaf springs|n
คลัตช์|clutches|n
แผ่นคลัทช์|clutch plates|n
เกียร์ออโต้|automatic transmissions|n
จานเบรก|brake discs|n
ดิสก์เบรก|disc brakes|n
เบรค|brakes|n
ผ้าเบรค|brake pads|n
แม่ปั๊มเบรก|brake master cylinders|n
ลูกหมาก|ball joints|n
ปีกนก|control arms|n
โช๊คอัพ|shock absorbers|n
ยางแท่นเครื่อง|engine mounts|n
หม้อพักไอเสีย|silencers|n
ถังน้ำมันรถ|fuel tanks|n
เรือนไมล์|speedometers|n
แฮนด์|handlebars|n
ท่อมอเตอร์ไซค์|motorcycle exhausts|n
แฟริ่ง|fairings|n
อานจักรยาน|bicycle saddles|n
ตีนผี|derailleurs|n
เฟรมจักรยาน|bicycle frames|n
ที่สูบลม|air pumps|n
สูบลม|air pumps|n
เครื่องเติมลม|tyre inflators|n
หุ้มเบาะรถยนต์|car seat covers|n
ที่หุ้มพวงมาลัย|steering wheel covers|n
คาร์ซีท|child car seats|n
แร็คหลังคา|roof racks|n
สายพ่วงแบต|jump leads|n
สปอยเลอร์|spoilers|n
เรือยอชท์|yachts|n
เรือเร็ว|speedboats|n
คายัค|kayaks|n
เรือแคนู|canoes|n
เรือยาง|inflatable boats|n
เรือลากจูง|tugs|n
เรือบรรทุกน้ำมัน|tankers|n
เรือข้ามฟาก|ferries|n
เรือใบ|sailing boats|n
เจ็ตสกี|jet skis|n
ห่วงชูชีพ|lifebuoys|n
ทุ่น|buoys|n
ร่มชูชีพ|parachutes|n
หัวรถจักร|locomotives|n
รางรถไฟ|railway track|n

# Chapter 90-92 (more): instruments, medical, watches, music
เครื่องวัดน้ำตาลในเลือด|blood glucose meters|n
แผ่นตรวจน้ำตาล|glucose test strips|n
ที่วัดไข้|thermometers|n
เทอร์โมมิเตอร์|thermometers|n
เครื่องวัดอุณหภูมิ|thermometers|n
เครื่องวัดออกซิเจนปลายนิ้ว|pulse oximeters|n
เครื่องผลิตออกซิเจน|oxygen concentrators|n
เครื่องพ่นละอองยา|nebulisers|n
เครื่องช่วยหายใจ|ventilators|n
ชุดให้น้ำเกลือ|infusion sets|n
สายสวน|catheters|n
เข็มฉีดยา|hypodermic needles|n
หูฟังแพทย์|stethoscopes|n
เครื่องอัลตราซาวด์|ultrasound scanners|n
เครื่องเอกซเรย์|x-ray machines|n
เตียงผู้ป่วย|hospital beds|n
ไม้ค้ำยัน|crutches|n
วอล์คเกอร์|walking frames|n
ที่พยุงหลัง|back supports|n
ที่รัดเข่า|knee supports|n
เฝือก|splints|n
ขาเทียม|artificial limbs|n
ฟันปลอม|dentures|n
รากฟันเทียม|dental implants|n
เครื่องมือผ่าตัด|surgical instruments|n
มีดผ่าตัด|scalpels|n
เครื่องนวดเท้า|foot massagers|n
เครื่องนวดคอ|neck massagers|n
แว่นสายตา|prescription spectacles|n
แว่นอ่านหนังสือ|reading glasses|n
กรอบแว่น|spectacle frames|n
แว่นกรองแสง|blue-light glasses|n
แว่นตาว่ายน้ำ|swimming goggles|n
แว่นว่ายน้ำ|swimming goggles|n
แว่นเซฟตี้|safety glasses|n
กล้องส่องทางไกล|binoculars|n
กล้องโทรทรรศน์|telescopes|n
แว่นขยาย|magnifying glasses|n
เครื่องวัดระยะเลเซอร์|laser distance meters|n
ระดับน้ำ|spirit levels|n
ตลับเมตร|tape measures|n
สายวัด|tape measures|n
เวอร์เนีย|vernier callipers|n
มัลติมิเตอร์|multimeters|n
มิเตอร์ไฟฟ้า|electricity meters|n
มิเตอร์น้ำ|water meters|n
แคลมป์มิเตอร์|clamp meters|n
เครื่องวัดความชื้น|hygrometers|n
เครื่องวัดค่าพีเอช|ph meters|n
เข็มทิศ|compasses|n
เกจวัดแรงดัน|pressure gauges|n
เกจวัดลมยาง|tyre pressure gauges|n
เครื่องตรวจจับแก๊ส|gas detectors|n
เครื่องวัดแอลกอฮอล์|breathalysers|n
เครื่องตรวจจับโลหะ|metal detectors|n
อุปกรณ์ห้องแล็บ|laboratory equipment|n
บีกเกอร์|beakers|n
หลอดทดลอง|test tubes|n
เครื่องปั๊มนม|breast pumps|n
เครื่องนึ่งขวดนม|bottle sterilisers|n
นาฬิกาแขวน|wall clocks|n
นาฬิกาตั้งโต๊ะ|table clocks|n
นาฬิกาจับเวลา|stopwatches|n
นาฬิกาพก|pocket watches|n
กีต้าร์|guitars|n
กีตาร์โปร่ง|acoustic guitars|n
อูคูเลเล่|ukuleles|n
ไวโอลิน|violins|n
ขลุ่ย|flutes|n
แซกโซโฟน|saxophones|n
ทรัมเป็ต|trumpets|n
ฮาร์โมนิกา|harmonicas|n
กลองชุด|drum kits|n
ฉาบ|cymbals|n
ระนาด|xylophones|n
สายกีตาร์|guitar strings|n
ไม้กลอง|drumsticks|n
กล่องดนตรี|music boxes|n
นกหวีด|whistles|n

# Chapter 93-97 (more): arms, furniture, toys, sports, miscellaneous
ปืนพก|pistols|n
ปืนยาว|rifles|n
ปืนลูกซอง|shotguns|n
ปืนอัดลม|air guns|n
ดาบ|swords|n
ธนู|bows|n
สเปรย์พริกไทย|pepper spray|n
โต๊ะข้างเตียง|bedside tables|n
โต๊ะเครื่องแป้ง|dressing tables|n
โต๊ะพับ|folding tables|n
โต๊ะประชุม|conference tables|n
โต๊ะญี่ปุ่น|low tables|n
ชั้นวางทีวี|tv stands|n
ตู้หนังสือ|bookcases|n
ตู้โชว์|display cabinets|n
ตู้ลิ้นชัก|chests of drawers|n
ลิ้นชัก|drawers|n
ตู้เก็บของ|storage cabinets|n
ชั้นวางของ|shelving units|n
ชุดโต๊ะอาหาร|dining sets|n
โซฟาเบด|sofa beds|n
เก้าอี้พับ|folding chairs|n
เก้าอี้เกมมิ่ง|gaming chairs|n
เก้าอี้บาร์|bar stools|n
สตูล|stools|n
เก้าอี้สนาม|garden chairs|n
เก้าอี้แคมป์ปิ้ง|camping chairs|n
เก้าอี้โยก|rocking chairs|n
เก้าอี้พักผ่อน|recliners|n
เก้าอี้กินข้าวเด็ก|high chairs|n
ม้านั่ง|benches|n
บีนแบ็ก|bean bags|n
เตียงสองชั้น|bunk beds|n
เตียงเด็ก|cots|n
เปลเด็ก|cradles|n
เตียงพับ|folding beds|n
โครงเตียง|bed frames|n
ที่นอนสปริง|spring mattresses|n
ที่นอนเป่าลม|air beds|n
เมมโมรี่โฟม|memory foam|m
หมอนอิง|cushions|n
หมอนรองคอ|neck pillows|n
บ้านน็อคดาวน์|prefabricated houses|n
เรือนกระจก|greenhouses|n
เฟอร์นิเจอร์สำนักงาน|office furniture|n
เฟอร์นิเจอร์กลางแจ้ง|outdoor furniture|n
คอนโดแมว|cat trees|n
ที่นอนสัตว์เลี้ยง|pet beds|n
ของเล่นเสริมพัฒนาการ|educational toys|n
ตุ๊กตาผ้า|soft toys|n
ฟิกเกอร์|figures|n
โมเดล|scale models|n
กันพลา|plastic model kits|n
เลโก้|building bricks|n
จิ๊กซอว์|jigsaw puzzles|n
บอร์ดเกม|board games|n
หมากรุก|chess sets|n
ลูกเต๋า|dice|n
รูบิค|puzzle cubes|n
ลูกข่าง|spinning tops|n
โยโย่|yo-yos|n
ว่าว|kites|n
ปืนฉีดน้ำ|water pistols|n
ปืนของเล่น|toy guns|n
รถของเล่น|toy cars|n
หุ่นยนต์|robots|n
สไลม์|slime|n
สระน้ำเป่าลม|inflatable pools|n
ห่วงยาง|swim rings|n
บ้านบอล|ball pits|n
สไลเดอร์|slides|n
ชิงช้า|swings|n
ม้าโยก|rocking horses|n
รถขาไถ|balance bikes|n
รถหัดเดิน|baby walkers|n
สเก็ตบอร์ด|skateboards|n
โรลเลอร์สเกต|roller skates|n
ตู้เกม|arcade machines|n
โต๊ะสนุกเกอร์|billiard tables|n
ไม้คิว|cues|n
ปาเป้า|darts|n
ไม้ปิงปอง|table tennis bats|n
ลูกปิงปอง|table tennis balls|n
ไม้แบดมินตัน|badminton rackets|n
ลูกแบดมินตัน|shuttlecocks|n
ลูกขนไก่|shuttlecocks|n
ไม้เทนนิส|tennis rackets|n
ลูกเทนนิส|tennis balls|n
ลูกฟุตบอล|footballs|n
ลูกบาส|basketballs|n
ลูกวอลเลย์บอล|volleyballs|n
ตะกร้อ|sepak takraw balls|n
ลูกกอล์ฟ|golf balls|n
ถุงกอล์ฟ|golf bags|n
นวม|boxing gloves|n
กระสอบทราย|punching bags|n
สนับแข้ง|shin guards|n
เชือกกระโดด|skipping ropes|n
บาร์เบล|barbells|n
เคตเทิลเบล|kettlebells|n
ยางยืดออกกำลังกาย|resistance bands|n
ลู่วิ่ง|treadmills|n
จักรยานออกกำลังกาย|exercise bikes|n
เครื่องออกกำลังกาย|exercise machines|n
อุปกรณ์ฟิตเนส|fitness equipment|n
ฮูล่าฮูป|hula hoops|n
โฟมโรลเลอร์|foam rollers|n
หมวกว่ายน้ำ|swimming caps|n
ตีนกบ|swim fins|n
หน้ากากดำน้ำ|diving masks|n
กระดานโต้คลื่น|surfboards|n
ซัพบอร์ด|paddleboards|n
ไม้เดินป่า|trekking poles|n
อุปกรณ์แคมป์ปิ้ง|camping equipment|n
เบ็ด|fish hooks|n
รอกตกปลา|fishing reels|n
เอ็นตกปลา|fishing line|n
เหยื่อปลอม|artificial lures|n
ที่ลับเล็บแมว|cat scratchers|n
ของตกแต่งคริสต์มาส|christmas decorations|n
อุปกรณ์ปาร์ตี้|party supplies|n
ยางกัด|teethers|n
คอกกั้นเด็ก|playpens|n
แปรงแต่งหน้า|make-up brushes|n
ฟองน้ำแต่งหน้า|make-up sponges|n
พัฟแต่งหน้า|powder puffs|n
แปรงทาสี|paint brushes|n
ลูกกลิ้งทาสี|paint rollers|n
พู่กัน|artists' brushes|n
แปรงขัดห้องน้ำ|toilet brushes|n
ไม้ขนไก่|feather dusters|n
ไม้ถูพื้น|mops|n
ไม้ม็อบ|mops|n
ม็อบ|mops|n
ถังปั่นไม้ม็อบ|spin mop buckets|n
ที่โกยผง|dustpans|n
ลูกกลิ้งเก็บขน|lint rollers|n
แปรงหวีผม|hairbrushes|n
ปากกาเจล|gel pens|n
ปากกาหมึกซึม|fountain pens|n
ปากกาเมจิก|felt-tip pens|n
ปากกาเคมี|permanent markers|n
ปากกามาร์คเกอร์|markers|n
ปากกาไวท์บอร์ด|whiteboard markers|n
ปากกาเน้นข้อความ|highlighters|n
ไฮไลท์|highlighters|n
ดินสอสี|coloured pencils|n
สีไม้|coloured pencils|n
สีเทียน|wax crayons|n
ชอล์ก|chalk|n
ชอล์ค|chalk|n
ดินสอกด|mechanical pencils|n
ไส้ดินสอ|pencil leads|n
กบเหลาดินสอ|pencil sharpeners|n
ไส้ปากกา|pen refills|n
ตรายาง|rubber stamps|n
ไวท์บอร์ด|whiteboards|n
กระดานดำ|blackboards|n
เครื่องเขียน|stationery|n
อุปกรณ์การเรียน|school supplies|n
อุปกรณ์สำนักงาน|office supplies|n
เทปลบคำผิด|correction tape|n
ไฟแช็ค|lighters|n
ไปป์|smoking pipes|n
กระดุมแป๊ก|press studs|n
หัวซิป|zip sliders|n
ผ้าอนามัยแบบสอด|tampons|n
แผ่นอนามัย|panty liners|n
แผ่นรองซับ|underpads|n
แพมเพิส|nappies|n
กระติกสุญญากาศ|vacuum flasks|n
กิมบอล|gimbals|n
หุ่นโชว์|mannequins|n
ภาพวาดสีน้ำมัน|oil paintings|n
ภาพพิมพ์|prints|n
ภาพติดผนัง|wall art|n
งานศิลปะ|works of art|n
ประติมากรรม|sculptures|n
พระพุทธรูป|buddha statues|n
ของสะสม|collectors' pieces|n

# General trade qualifiers (more)
แบบพกพา|portable|m
ภายนอก|external|m
ภายใน|internal|m
กันฝุ่น|dustproof|m
กันกระแทก|shockproof|m
กันลื่น|non-slip|m
ทนความร้อน|heat-resistant|m
ทนไฟ|fire-resistant|m
น้ำหนักเบา|lightweight|m
พับได้|folding|m
ปรับได้|adjustable|m
ปรับระดับได้|adjustable|m
ถอดได้|detachable|m
ใช้แล้วทิ้ง|disposable|m
ใช้ซ้ำได้|reusable|m
เป่าลม|inflatable|m
สุญญากาศ|vacuum|m
อเนกประสงค์|multi-purpose|m
มัลติฟังก์ชัน|multifunction|m
แบบมือถือ|handheld|m
ดิจิทัล|digital|m
อนาล็อก|analogue|m
ออโต้|automatic|m
โซล่า|solar|m
โซลาร์|solar|m
ยูเอสบี|usb|m
ไทป์ซี|usb-c|m
ไม่เป็นสนิม|rust-proof|m
ฟู้ดเกรด|food-grade|m
เกรดอาหาร|food-grade|m
ขนาดเล็ก|small|m
ขนาดใหญ่|large|m
มินิ|mini|m
เซ็ต|set|m
เซต|set|m
แพ็ค|pack|m
แพ็คคู่|twin pack|m
ชุดของขวัญ|gift sets|n
ขายส่ง|wholesale|m
ราคาส่ง|wholesale|m
แท้|genuine|m
มือหนึ่ง|new|m
พรีเมียม|premium|m
หรูหรา|luxury|m
ของขวัญ|gifts|n
ของฝาก|souvenirs|n
ของที่ระลึก|souvenirs|n
สีดำ|black|m
สีขาว|white|m
สีแดง|red|m
สีน้ำเงิน|blue|m
สีเขียว|green|m
สีเหลือง|yellow|m
สีชมพู|pink|m
สีเทา|grey|m
สีน้ำตาล|brown|m
สีทอง|gold-coloured|m
สีเงิน|silver-coloured|m
สีใส|clear|m
โปร่งใส|transparent|m
ญี่ปุ่น|japanese|m
เกาหลี|korean|m
งาน|work|m
ใช้งาน|in use|m

# Marketplace words (more)
ทุเรียนหมอนทอง|durians|n
มะม่วงน้ำดอกไม้|mangoes|n
เหล้ารัม|rum|n
ผักเคล|kale|n
บราวนี่|brownies|n
บราเดอร์|brother|m
กันรอย|anti-scratch|m
ขากระบอก|straight-leg|m
ขาม้า|flared|m
แฮนด์เมด|handmade|m
โค้ก|cola drinks|n
กลิ่น|scented|m
รส|flavoured|m
รสชาติ|flavoured|m
ทูน่า|tuna|n
แมท|matte|m
เนื้อแมท|matte|m
เนื้อผ้า|fabric|m
บำรุงผิว|skin-care|m
บำรุงผม|hair-care|m
เก็บความเย็น|insulated|m
เก็บอุณหภูมิ|insulated|m
กันแสง|blackout|m
ทรีอินวัน|3-in-1|m
โพลาไรซ์|polarised|m
คาร์บอน|carbon|m
เกมมิ่ง|gaming|m
`,
};
