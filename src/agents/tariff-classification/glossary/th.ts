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
`,
};
