import type { GlossaryLanguage } from 'src/agents/tariff-classification/glossary/glossary-types';

/** Vietnamese trade words: goods, materials, states and uses, with their English. */
export const VIETNAMESE: GlossaryLanguage = {
  code: 'vi',
  name: 'Vietnamese',
  head: 'first',
  unspaced: false,
  typedWithoutAccents: true,
  skip: 'của và cho các loại bằng những một cái chiếc con quả trái cây với hoặc từ trong dùng dành là được này đó để hàng gói hộp thùng lon hũ chai bịch đôi kg',
  entries: `
# Chapter 01: live animals
động vật sống|live animals|n
gia súc|livestock|n
gia cầm|poultry|n
bò|cattle|n
trâu|buffalo|n
lợn|swine|n
heo|swine|n
gà|chicken|n
vịt|duck|n
gà tây|turkey|n
dê|goat|n
cừu|sheep|n
chim|bird|n

# Chapter 02: meat and offal
thịt|meat|n
thịt bò|beef|n
thịt lợn|pork|n
thịt heo|pork|n
thịt gà|chicken meat|n
thịt cừu|mutton|n
ức gà|chicken breast|n
cánh gà|chicken wings|n
đùi gà|chicken thighs|n
chân gà|chicken feet|n
nội tạng|offal|n
sườn|ribs|n
thăn|loin|m
mỡ|fat|n
không xương|boneless|m
nguyên con|whole|m
xúc xích|sausages|n
giăm bông|ham|n
thịt xông khói|bacon|n
yến sào|edible bird's nest|n

# Chapter 03: fish, crustaceans, molluscs
cá|fish|n
cá tra|pangasius|n
cá basa|basa fish|n
cá ngừ|tuna|n
cá hồi|salmon|n
cá thu|mackerel|n
cá cơm|anchovies|n
cá rô phi|tilapia|n
cá tuyết|cod|n
mực|squid|n
bạch tuộc|octopus|n
tôm|shrimps|n
tôm sú|black tiger shrimps|n
tôm thẻ|whiteleg shrimps|n
tôm hùm|lobsters|n
cua|crabs|n
ghẹ|swimming crabs|n
nghêu|clams|n
sò|cockles|n
sò điệp|scallops|n
hàu|oysters|n
hải sản|seafood|n
thủy sản|aquatic products|n
cá muối|salted fish|n
chả cá|fish cakes|n
hải sâm|sea cucumbers|n
sứa|jellyfish|n
phi lê|fillet|m
bóc vỏ|peeled|m

# Chapter 04: dairy, eggs, honey
sữa|milk|n
sữa bột|milk powder|n
sữa đặc|condensed milk|n
sữa chua|yoghurt|n
sữa công thức|infant formula|n
kem|cream|n
bơ|butter|n
phô mai|cheese|n
trứng|eggs|n
trứng cút|quail eggs|n
mật ong|honey|n
tách béo|skimmed|m

# Chapter 05: other animal products
lông vũ|feathers|n
tóc|human hair|n
ngà|ivory|n
vỏ sò|seashells|m
san hô|coral|n

# Chapter 06: live plants, flowers
cây cảnh|ornamental plants|n
cây giống|seedlings|n
hoa|flowers|n
hoa hồng|roses|n
hoa lan|orchids|n
hoa cúc|chrysanthemums|n
hạt giống|seeds for sowing|n

# Chapter 07: vegetables
rau|vegetables|n
khoai tây|potatoes|n
khoai lang|sweet potatoes|n
khoai mì|cassava|n
sắn|cassava|n
cà chua|tomatoes|n
hành|onions|n
hành tây|onions|n
tỏi|garlic|n
bắp cải|cabbage|n
súp lơ|cauliflower|n
bông cải xanh|broccoli|n
xà lách|lettuce|n
cà rốt|carrots|n
củ cải|radishes|n
dưa chuột|cucumbers|n
dưa leo|cucumbers|n
đậu|beans|n
đậu xanh|mung beans|n
đậu đen|black beans|n
đậu nành|soya beans|n
đậu tương|soya beans|n
đậu phộng|groundnuts|n
lạc|groundnuts|n
đậu bắp|okra|n
ớt|chillies|n
ớt chuông|sweet peppers|n
nấm|mushrooms|n
nấm hương|shiitake mushrooms|n
nấm linh chi|reishi mushrooms|n
ngô|maize|n
bí ngô|pumpkins|n
mướp đắng|bitter gourds|n
cà tím|aubergines|n
rau muống|water spinach|n
măng|bamboo shoots|n
măng tây|asparagus|n
gừng|ginger|n
nghệ|turmeric|n
sả|lemongrass|n
cần tây|celery|n
dưa muối|pickled vegetables|n
kim chi|kimchi|n

# Chapter 08: fruit and nuts
trái cây|fruit|n
hoa quả|fruit|n
chuối|bananas|n
xoài|mangoes|n
dứa|pineapples|n
thanh long|dragon fruit|n
sầu riêng|durians|n
măng cụt|mangosteens|n
chôm chôm|rambutans|n
vải thiều|lychees|n
quả vải|lychees|n
trái vải|lychees|n
nhãn|longans|n
cam|oranges|n
quýt|mandarins|n
bưởi|pomelos|n
chanh|limes|n
chanh leo|passion fruit|n
táo|apples|n
lê|pears|n
nho|grapes|n
nho khô|raisins|n
dưa hấu|watermelons|n
đu đủ|papayas|n
ổi|guavas|n
mít|jackfruit|n
đào|peaches|n
dâu tây|strawberries|n
việt quất|blueberries|n
quả bơ|avocados|n
dừa|coconuts|n
cơm dừa|coconut meat|n
hạt điều|cashew nuts|n
hạt mắc ca|macadamia nuts|n
hạnh nhân|almonds|n
óc chó|walnuts|n
hạt dẻ|chestnuts|n
hạt dẻ cười|pistachios|n
hạt|seeds|n
mứt|jam|n

# Chapter 09: coffee, tea, spices
cà phê|coffee|n
cà phê hạt|coffee beans|n
cà phê nhân|green coffee beans|n
cà phê hòa tan|instant coffee|n
chè|tea|n
trà|tea|n
trà xanh|green tea|n
trà đen|black tea|n
trà ô long|oolong tea|n
trà túi lọc|tea bags|n
trà sữa|milk tea|n
hạt tiêu|pepper|n
tiêu|pepper|n
quế|cinnamon|n
hồi|star anise|n
đinh hương|cloves|n
vani|vanilla|n
gia vị|spices|n
bột ớt|chilli powder|n
nhân sâm|ginseng|n

# Chapter 10-11: cereals, flour, starch
ngũ cốc|cereals|n
gạo|rice|n
lúa|paddy rice|n
gạo nếp|glutinous rice|n
gạo lứt|brown rice|n
gạo thơm|fragrant rice|n
gạo tấm|broken rice|n
gạo jasmine|jasmine rice|n
gạo st25|st25 fragrant rice|n
lúa mì|wheat|n
lúa mạch|barley|n
yến mạch|oats|n
bột|powder|m
bột mì|wheat flour|n
bột gạo|rice flour|n
bột năng|tapioca starch|n
tinh bột|starch|n
tinh bột sắn|cassava starch|n
xát|milled|m

# Chapter 12-14: oil seeds, plants, plaiting materials
hạt mè|sesame seeds|n
vừng|sesame seeds|n
rong biển|seaweed|n
mía|sugar cane|n
thảo dược|medicinal herbs|n
chiết xuất|extract|n
mây|rattan|m
tre|bamboo|m
lục bình|water hyacinth|m
xơ dừa|coir|m
rơm|straw|m

# Chapter 15: fats and oils
dầu|oil|n
dầu ăn|edible oil|n
dầu thực vật|vegetable oil|n
dầu cọ|palm oil|n
dầu dừa|coconut oil|n
dầu đậu nành|soya-bean oil|n
dầu ô liu|olive oil|n
dầu hướng dương|sunflower oil|n
dầu cá|fish oil|n
bơ thực vật|margarine|n
sáp ong|beeswax|n
tinh dầu|essential oils|n
tinh luyện|refined|m
thô|crude|m
nguyên chất|pure|m

# Chapter 16: meat and fish preparations
đồ hộp|canned food|n
đóng hộp|canned|m
chả giò|spring rolls|n
bò khô|beef jerky|n
mắm tôm|shrimp paste|n

# Chapter 17: sugar and confectionery
đường|sugar|n
đường mía|cane sugar|n
đường kính|granulated sugar|n
đường nâu|brown sugar|n
đường thốt nốt|palm sugar|n
kẹo|sweets|n
kẹo cao su|chewing gum|n

# Chapter 18: cocoa
ca cao|cocoa|n
bột ca cao|cocoa powder|n
bơ ca cao|cocoa butter|n
sô cô la|chocolate|n
socola|chocolate|n

# Chapter 19: cereal preparations, bakery, noodles
bánh|bakery products|n
bánh mì|bread|n
bánh quy|biscuits|n
bánh ngọt|pastries|n
bánh gạo|rice crackers|n
bánh tráng|rice paper|n
bánh trung thu|mooncakes|n
bánh bao|steamed buns|n
mì|noodles|n
mì ăn liền|instant noodles|n
mì ống|pasta|n
mì ý|spaghetti|n
phở|pho noodles|n
bún|rice vermicelli|n
miến|glass noodles|n
ngũ cốc ăn sáng|breakfast cereals|n
cháo|porridge|n

# Chapter 20: vegetable and fruit preparations
tương cà|ketchup|n
nước ép|juice|n
nước trái cây|fruit juice|n
nước dừa|coconut water|n
khoai tây chiên|potato chips|n
ngâm|pickled|m
sấy|dried|m
khô|dried|m
chiên|fried|m
rán|fried|m
rang|roasted|m
nướng|grilled|m
luộc|boiled|m
hấp|steamed|m
ướp muối|salted|m
hun khói|smoked|m
tươi|fresh|m
ướp lạnh|chilled|m
đông lạnh|frozen|m
sống|live|m
chín|cooked|m
chế biến|processed|m
lên men|fermented|m
xay|ground|m
cắt lát|sliced|m
băm|minced|m
cô đặc|concentrated|m
ăn liền|instant|m
đóng gói|packaged|m
không đường|sugar-free|m
hữu cơ|organic|m
tự nhiên|natural|m
nhân tạo|artificial|m
tổng hợp|synthetic|m

# Chapter 21: miscellaneous food preparations
nước mắm|fish sauce|n
nước tương|soy sauce|n
xì dầu|soy sauce|n
tương ớt|chilli sauce|n
nước sốt|sauce|n
dầu hào|oyster sauce|n
giấm|vinegar|n
bột ngọt|monosodium glutamate|n
men|yeast|n
súp|soup|n
kem lạnh|ice cream|n
đậu phụ|tofu|n
thực phẩm chức năng|food supplements|n
thực phẩm|foodstuffs|n

# Chapter 22: beverages, spirits, vinegar
đồ uống|beverages|n
nước uống|drinking water|n
nước khoáng|mineral water|n
có ga|carbonated|m
nước ngọt|soft drinks|n
nước tăng lực|energy drinks|n
nước|water|n
nước đá|ice|n
bia|beer|n
rượu|spirits|n
rượu vang|wine|n
cồn|ethyl alcohol|n
sữa đậu nành|soya milk|n
không cồn|non-alcoholic|m

# Chapter 23: animal feed, residues
thức ăn chăn nuôi|animal feed|n
thức ăn cho chó|dog food|n
thức ăn cho mèo|cat food|n
thức ăn thú cưng|pet food|n
khô dầu đậu tương|soybean meal|n
bột cá|fish meal|n

# Chapter 24: tobacco
thuốc lá|tobacco|n
thuốc lá điếu|cigarettes|n
xì gà|cigars|n
thuốc lá điện tử|electronic cigarettes|n

# Chapter 25-26: salt, stone, cement, ores
muối|salt|n
muối biển|sea salt|n
cát|sand|n
đá|stone|m
đá vôi|limestone|n
đá hoa cương|granite|m
đá cẩm thạch|marble|m
đất sét|clay|n
cao lanh|kaolin|n
thạch cao|gypsum|n
xi măng|cement|n
quặng|ore|n
quặng sắt|iron ore|n

# Chapter 27: mineral fuels
than|coal|n
than đá|coal|n
than cốc|coke|n
than củi|charcoal|n
than hoạt tính|activated carbon|n
dầu thô|crude petroleum oil|n
xăng|petrol|n
dầu diesel|diesel|n
dầu hỏa|kerosene|n
nhiên liệu|fuel|n
dầu nhớt|lubricating oil|n
dầu bôi trơn|lubricants|n
khí|gas|n
khí tự nhiên|natural gas|n
khí tự nhiên hóa lỏng|liquefied natural gas|n
khí dầu mỏ hóa lỏng|liquefied petroleum gas|n
nhựa đường|bitumen|n

# Chapter 28-29: chemicals
hóa chất|chemicals|n
axit|acid|n
axit sunfuric|sulphuric acid|n
axit citric|citric acid|n
xút|caustic soda|n
lưu huỳnh|sulphur|n
amoniac|ammonia|n
titan dioxit|titanium dioxide|n
bột nở|baking powder|n
phèn chua|alum|n
dung môi|solvents|n
thuốc tẩy|bleach|n
phụ gia|additives|n
phụ gia thực phẩm|food additives|n
chất bảo quản|preservatives|n
hương liệu|flavourings|n

# Chapter 30: pharmaceuticals
thuốc|medicine|n
dược phẩm|pharmaceuticals|n
thuốc đông y|traditional medicine|n
thuốc viên|tablets|n
viên nang|capsules|n
thuốc mỡ|ointment|n
kháng sinh|antibiotics|n
vắc xin|vaccines|n
thuốc giảm đau|painkillers|n
thuốc nhỏ mắt|eye drops|n
băng gạc|bandages|n
băng cá nhân|adhesive plasters|n
bông y tế|cotton wool|n
thuốc thú y|veterinary medicine|n
khẩu trang|face masks|n

# Chapter 31: fertilisers
phân bón|fertilisers|n
phân urê|urea fertiliser|n
phân lân|phosphate fertiliser|n
phân npk|npk fertiliser|n
phân hữu cơ|organic fertiliser|n

# Chapter 32: paints, dyes, inks, glues
sơn|paint|n
sơn tĩnh điện|powder-coated|m
bột màu|pigments|n
thuốc nhuộm|dyes|n
mực in|printing ink|n
hộp mực|toner cartridges|n
keo|glue|n
keo dán|adhesives|n
màu nước|watercolours|n

# Chapter 33: cosmetics, perfume, toiletries
mỹ phẩm|cosmetics|n
nước hoa|perfume|n
son môi|lipstick|n
kem dưỡng da|skin cream|n
kem chống nắng|sunscreen|n
sữa rửa mặt|facial cleanser|n
sữa tắm|shower gel|n
dầu gội|shampoo|n
kem đánh răng|toothpaste|n
nước súc miệng|mouthwash|n
mặt nạ|face masks|n
sơn móng tay|nail polish|n
thuốc nhuộm tóc|hair dye|n
trang điểm|make-up|m
nhang|incense|n

# Chapter 34: soap, detergents, candles
xà phòng|soap|n
xà bông|soap|n
bột giặt|washing powder|n
nước giặt|liquid detergent|n
nước rửa chén|dishwashing liquid|n
nước rửa bát|dishwashing liquid|n
chất tẩy rửa|detergents|n
nến|candles|n
nước rửa tay|hand wash|n

# Chapter 35-38: enzymes, explosives, photographic, chemical products
pháo hoa|fireworks|n
diêm|matches|n
thuốc trừ sâu|insecticides|n
thuốc diệt cỏ|herbicides|n
thuốc bảo vệ thực vật|pesticides|n
nhang muỗi|mosquito coils|n
que thử thai|pregnancy tests|n

# Chapter 39: plastics and articles thereof
nhựa|plastic|m
hạt nhựa|plastic granules|n
nhựa tái chế|recycled plastic|m
màng nhựa|plastic film|n
màng bọc thực phẩm|cling film|n
túi|bags|n
túi nilon|plastic bags|n
bao bì|packaging|n
bao tải|sacks|n
tấm nhựa|plastic sheets|n
ống nhựa|plastic pipes|n
ống|pipes|n
chai nhựa|plastic bottles|n
chai thủy tinh|glass bottles|n
hộp nhựa|plastic boxes|n
ống hút|drinking straws|n
đồ gia dụng|household articles|n
xô|buckets|n
thùng rác|waste bins|n
nút chai|stoppers|n
băng dính|adhesive tape|n
xốp|foam|m
silicon|silicone|m
nilon|nylon|m
áo mưa|raincoats|n
thùng carton|cartons|n

# Chapter 40: rubber and tyres
cao su|rubber|m
cao su thiên nhiên|natural rubber|n
mủ cao su|latex|n
cao su tổng hợp|synthetic rubber|n
lốp|tyres|n
vỏ xe|tyres|n
găng tay|gloves|n
gioăng|gaskets|n
băng tải|conveyor belts|n
bao cao su|condoms|n

# Chapter 41-43: leather, bags, furskins
da|leather|m
da thật|genuine leather|m
da bò|cowhide|m
da tổng hợp|synthetic leather|m
giả da|imitation leather|m
túi xách|handbags|n
ví|wallets|n
ba lô|backpacks|n
balo|backpacks|n
vali|suitcases|n
túi đeo chéo|crossbody bags|n
thắt lưng|belts|n
dây đồng hồ|watch straps|n

# Chapter 44: wood and articles of wood
gỗ|wood|m
gỗ tròn|logs|n
gỗ xẻ|sawn wood|n
gỗ dán|plywood|n
ván ép|plywood|n
ván dăm|particle board|n
sàn gỗ|wooden flooring|n
viên nén gỗ|wood pellets|n
dăm gỗ|wood chips|n
gỗ keo|acacia wood|m
gỗ sồi|oak|m
gỗ cao su|rubberwood|m
gỗ tự nhiên|solid wood|m
đũa|chopsticks|n
thớt|chopping boards|n
đồ mỹ nghệ|handicrafts|n
thủ công|handmade|m
cửa|doors|n
cửa sổ|windows|n

# Chapter 45-46: cork, basketwork
đan lát|plaited|m
giỏ|baskets|n
chiếu|mats|n
nón lá|conical hats|n

# Chapter 47-49: paper, paperboard, printed matter
giấy|paper|m
giấy vệ sinh|toilet paper|n
khăn giấy|tissues|n
giấy ăn|paper napkins|n
bìa cứng|cardboard|m
giấy kraft|kraft paper|n
bột giấy|pulp|n
giấy dán tường|wallpaper|n
vở|exercise books|n
sách|books|n
báo|newspapers|n
tạp chí|magazines|n
nhãn dán|labels|n
phong bì|envelopes|n
hộp giấy|paper boxes|n
giấy nhám|sandpaper|n
giấy bạc|aluminium foil|n
bản đồ|maps|n

# Chapter 50-60: textiles
tơ tằm|silk|m
lụa|silk|m
len|wool|m
bông|cotton|m
sợi|yarn|n
sợi bông|cotton yarn|n
chỉ may|sewing thread|n
đay|jute|m
lanh|linen|m
thun|elastic|m
vải|fabric|n
vải dệt thoi|woven fabric|n
vải dệt kim|knitted fabric|n
dệt kim|knitted|m
dệt thoi|woven|m
đan|knitted|m
vải bò|denim|m
ren|lace|m
lưới|nets|n
lưới đánh cá|fishing nets|n
vải không dệt|nonwovens|n
vải bạt|canvas|m
sợi thủy tinh|glass fibre|m
dây thừng|rope|n
dây|string|n
thảm|carpets|n
thêu|embroidered|m
in|printed|m
nhuộm|dyed|m
tẩy trắng|bleached|m
tráng phủ|coated|m
co giãn|stretch|m
chống nước|waterproof|m

# Chapter 61-63: garments and made-up textiles
quần áo|clothing|n
trang phục|apparel|n
hàng may mặc|garments|n
áo|tops|n
áo thun|t-shirts|n
áo phông|t-shirts|n
áo sơ mi|shirts|n
áo polo|polo shirts|n
áo khoác|jackets|n
áo phao|padded jackets|n
áo phao cứu sinh|life jackets|n
áo len|sweaters|n
áo vest|suit jackets|n
áo dài|ao dai dresses|n
váy|dresses|n
đầm|dresses|n
chân váy|skirts|n
quần|trousers|n
quần jean|jeans|n
quần bò|jeans|n
quần đùi|shorts|n
quần lót|underpants|n
áo lót|bras|n
áo ngực|brassieres|n
đồ lót|underwear|n
đồ ngủ|nightwear|n
đồ bơi|swimwear|n
đồ thể thao|sportswear|n
đồ bảo hộ|protective clothing|n
đồng phục|uniforms|n
tất|socks|n
khăn|towels|n
khăn quàng cổ|scarves|n
cà vạt|ties|n
mũ|hats|n
nón|hats|n
mũ bảo hiểm|safety helmets|n
mũ lưỡi trai|caps|n
ga trải giường|bed sheets|n
chăn|blankets|n
gối|pillows|n
đệm|mattresses|n
nệm|mattresses|n
rèm|curtains|n
màn|mosquito nets|n
khăn tắm|bath towels|n
khăn lau|cleaning cloths|n
lều|tents|n
dù|umbrellas|n
quần áo cũ|used clothing|n
cũ|used|m
đã qua sử dụng|used|m
mới|new|m
nam|men's|m
nữ|women's|m
phụ nữ|women's|m
trẻ em|children's|m
bé trai|boys'|m
bé gái|girls'|m
sơ sinh|infants'|m
tay ngắn|short-sleeved|m
tay dài|long-sleeved|m

# Chapter 64-67: footwear, headgear, umbrellas, wigs
giày|footwear|n
giày dép|footwear|n
dép|slippers|n
xăng đan|sandals|n
giày thể thao|sports shoes|n
giày cao gót|high-heeled shoes|n
giày da|leather shoes|n
ủng|boots|n
tóc giả|wigs|n
hoa giả|artificial flowers|n

# Chapter 68-70: stone, ceramics, glass
gạch|bricks|n
gạch ốp lát|ceramic tiles|n
gạch lát nền|floor tiles|n
ngói|roofing tiles|n
bê tông|concrete|m
tấm thạch cao|plasterboard|n
gốm|ceramic|m
sứ|porcelain|m
gốm sứ|ceramics|m
bát|bowls|n
đĩa|plates|n
cốc|cups|n
ly|glasses|n
bình hoa|vases|n
bồn cầu|toilet bowls|n
bồn tắm|bathtubs|n
thiết bị vệ sinh|sanitary ware|n
đồ dùng nhà bếp|kitchenware|n
dụng cụ nhà bếp|kitchen utensils|n
nhà bếp|for the kitchen|m
bếp|cookers|n
thủy tinh|glass|m
kính|glass|m
kính cường lực|tempered glass|m
gương|mirrors|n

# Chapter 71: jewellery, precious metals
trang sức|jewellery|n
trang sức giả|imitation jewellery|n
vàng|gold|m
bạc|silver|m
bạch kim|platinum|m
kim cương|diamonds|n
đá quý|precious stones|n
ngọc trai|pearls|n
nhẫn|rings|n
dây chuyền|necklaces|n
dây chuyền sản xuất|production lines|n
vòng tay|bracelets|n
hoa tai|earrings|n
mạ vàng|gold-plated|m

# Chapter 72-73: iron and steel
sắt|iron|m
thép|steel|m
gang|cast iron|m
thép không gỉ|stainless steel|m
inox|stainless steel|m
phôi thép|steel billets|n
thép cuộn|steel coils|n
thép tấm|steel plates|n
tấm|sheets|n
tôn|coated steel sheets|n
tôn mạ kẽm|galvanised steel sheets|n
thép hình|steel sections|n
thép thanh|steel bars|n
thép cây|reinforcing bars|n
thép dây|wire rod|n
dây thép|steel wire|n
ống thép|steel pipes|n
cán nóng|hot-rolled|m
cán nguội|cold-rolled|m
mạ kẽm|galvanised|m
đúc|cast|m
hàn|welded|m
không hàn|seamless|m
phế liệu|scrap|n
vít|screws|n
bu lông|bolts|n
đai ốc|nuts|n
đinh|nails|n
lò xo|springs|n
bếp gas|gas stoves|n
nồi|pots|n
chảo|frying pans|n
nồi cơm điện|rice cookers|n
nồi chiên không dầu|air fryers|n
nồi áp suất|pressure cookers|n
dao|knives|n
kéo|scissors|n
thìa|spoons|n
két sắt|safes|n
kim loại|metal|m

# Chapter 74-81: copper, aluminium, other base metals
đồng|copper|m
đồng thau|brass|m
nhôm|aluminium|m
nhôm định hình|aluminium profiles|n
lá nhôm|aluminium foil|n
kẽm|zinc|m
chì|lead|m
thiếc|tin|m
hợp kim|alloy|m

# Chapter 82-83: tools, cutlery, locks
dụng cụ|tools|n
cờ lê|spanners|n
búa|hammers|n
kìm|pliers|n
tua vít|screwdrivers|n
cưa|saws|n
mũi khoan|drill bits|n
dao cạo|razors|n
bấm móng tay|nail clippers|n
ổ khóa|padlocks|n
khóa|locks|n
chìa khóa|keys|n

# Chapter 84: machinery and mechanical appliances
máy|machines|n
máy móc|machinery|n
thiết bị|equipment|n
phụ tùng|spare parts|n
linh kiện|components|n
bộ phận|parts|n
phụ kiện|accessories|n
động cơ|engines|n
máy phát điện|generating sets|n
máy bơm|pumps|n
máy nén khí|air compressors|n
quạt|fans|n
điều hòa|air conditioners|n
máy lạnh|air conditioners|n
tủ lạnh|refrigerators|n
tủ đông|freezers|n
lò vi sóng|microwave ovens|n
lò nướng|ovens|n
máy nước nóng|water heaters|n
máy sấy|dryers|n
máy sấy tóc|hair dryers|n
máy giặt|washing machines|n
máy rửa bát|dishwashers|n
máy lọc nước|water purifiers|n
máy hút bụi|vacuum cleaners|n
máy xay sinh tố|blenders|n
máy pha cà phê|coffee machines|n
máy in|printers|n
máy photocopy|photocopiers|n
máy tính|computers|n
máy tính xách tay|laptops|n
máy tính bảng|tablet computers|n
bàn phím|keyboards|n
chuột|computer mouse|n
màn hình|monitors|n
máy may|sewing machines|n
máy hàn|welding machines|n
máy khoan|drills|n
máy đóng gói|packing machines|n
máy xúc|excavators|n
xe nâng|forklifts|n
cần cẩu|cranes|n
thang máy|lifts|n
máy kéo|tractors|n
máy nông nghiệp|agricultural machinery|n
van|valves|n
vòi|taps|n
vòng bi|bearings|n
hộp số|gearboxes|n
bình chữa cháy|fire extinguishers|n

# Chapter 85: electrical machinery and electronics
điện|electric|m
điện tử|electronic|m
thiết bị điện|electrical equipment|n
điện thoại|telephones|n
điện thoại di động|mobile phones|n
điện thoại thông minh|smartphones|n
sạc|chargers|n
sạc dự phòng|power banks|n
pin|batteries|n
pin lithium-ion|lithium-ion batteries|n
ắc quy|accumulators|n
pin mặt trời|solar cells|n
tấm pin mặt trời|solar panels|n
pin năng lượng mặt trời|solar panels|n
tấm pin năng lượng mặt trời|solar panels|n
năng lượng mặt trời|solar|m
biến tần|inverters|n
máy biến áp|transformers|n
dây điện|electric wire|n
dây cáp|cables|n
cáp|cables|n
cáp quang|optical fibre cables|n
ổ cắm|sockets|n
phích cắm|plugs|n
công tắc|switches|n
cầu dao|circuit breakers|n
đèn|lamps|n
đèn led|led lamps|n
bóng đèn|light bulbs|n
đèn pin|torches|n
đèn đường|street lights|n
tivi|televisions|n
loa|loudspeakers|n
tai nghe|headphones|n
camera an ninh|security cameras|n
máy ảnh|cameras|n
vi mạch|integrated circuits|n
bảng mạch|circuit boards|n
cảm biến|sensors|n
điều khiển từ xa|remote controls|n
bàn là|irons|n
máy cạo râu|shavers|n
bếp từ|induction cookers|n
ấm đun nước|kettles|n
ấm siêu tốc|electric kettles|n
thiết bị gia dụng|household appliances|n
gia dụng|household|m
công nghiệp|industrial|m
không dây|wireless|m
thông minh|smart|m
sạc lại|rechargeable|m
dùng pin|battery-powered|m
cầm tay|handheld|m
xách tay|portable|m
tự động|automatic|m

# Chapter 86-89: vehicles, aircraft, ships
xe|vehicles|n
ô tô|motor cars|n
xe hơi|motor cars|n
xe điện|electric vehicles|n
xe máy|motorcycles|n
xe tay ga|scooters|n
xe đạp|bicycles|n
xe đạp điện|electric bicycles|n
xe tải|lorries|n
xe buýt|buses|n
xe bán tải|pickup trucks|n
rơ moóc|trailers|n
xe lăn|wheelchairs|n
xe đẩy|trolleys|n
phụ tùng ô tô|motor vehicle parts|n
bánh xe|wheels|n
phanh|brakes|n
má phanh|brake pads|n
giảm xóc|shock absorbers|n
ống xả|exhaust pipes|n
ghế ô tô|car seats|n
dây an toàn|seat belts|n
túi khí|airbags|n
bugi|spark plugs|n
tàu thủy|ships|n
tàu cá|fishing vessels|n
thuyền|boats|n
tàu hỏa|trains|n
máy bay|aircraft|n
máy bay không người lái|drones|n

# Chapter 90: optical, medical and measuring instruments
thiết bị y tế|medical devices|n
y tế|medical|m
ống tiêm|syringes|n
máy đo huyết áp|blood pressure monitors|n
nhiệt kế|thermometers|n
máy siêu âm|ultrasound scanners|n
máy tạo oxy|oxygen concentrators|n
máy massage|massagers|n
máy trợ thính|hearing aids|n
kính mắt|spectacles|n
kính râm|sunglasses|n
kính hiển vi|microscopes|n
thước|rulers|n
thước dây|tape measures|n
máy đo|measuring instruments|n

# Chapter 91-93: clocks and watches, musical instruments, arms
đồng hồ|watches|n
đồng hồ đeo tay|wristwatches|n
đồng hồ báo thức|alarm clocks|n
đồng hồ thông minh|smartwatches|n
nhạc cụ|musical instruments|n
đàn piano|pianos|n
đàn guitar|guitars|n
trống|drums|n
súng|guns|n
đạn|ammunition|n

# Chapter 94: furniture, bedding, lamps, prefabricated buildings
đồ nội thất|furniture|n
nội thất|furniture|n
bàn|tables|n
bàn làm việc|desks|n
bàn ăn|dining tables|n
ghế|seats|n
ghế sofa|sofas|n
ghế văn phòng|office chairs|n
tủ|cabinets|n
tủ quần áo|wardrobes|n
tủ bếp|kitchen cabinets|n
kệ|shelves|n
giường|beds|n
nhà tiền chế|prefabricated buildings|n

# Chapter 95: toys, games, sports goods
đồ chơi|toys|n
búp bê|dolls|n
gấu bông|teddy bears|n
thú nhồi bông|stuffed toys|n
xe đồ chơi|toy cars|n
máy chơi game|video game consoles|n
cờ vua|chess|n
dụng cụ thể thao|sports equipment|n
thể thao|sports|m
bóng|balls|n
bóng đá|footballs|n
bóng rổ|basketballs|n
vợt|rackets|n
cầu lông|badminton|m
gậy golf|golf clubs|n
máy chạy bộ|treadmills|n
thảm yoga|yoga mats|n
cần câu|fishing rods|n
đồ trang trí giáng sinh|christmas decorations|n
cây thông noel|christmas trees|n
giáng sinh|christmas|m
thú cưng|for pets|m

# Chapter 96: miscellaneous manufactured articles
bàn chải|brushes|n
bàn chải đánh răng|toothbrushes|n
chổi|brooms|n
bút|pens|n
bút bi|ballpoint pens|n
bút chì|pencils|n
bút dạ|marker pens|n
cúc áo|buttons|n
khóa kéo|zips|n
bật lửa|lighters|n
kẹp tóc|hair clips|n
bỉm|nappies|n
băng vệ sinh|sanitary towels|n
bình giữ nhiệt|vacuum flasks|n

# Chapter 97: works of art, antiques
tranh|paintings|n
tượng|statues|n
đồ cổ|antiques|n

# General trade qualifiers
nhập khẩu|imported|m
xuất khẩu|for export|m
chính hãng|genuine|m
việt nam|vietnamese|m

# Chapter 01 (more): live animals
bò sữa|dairy cattle|n
bê|calves|n
ngựa|horses|n
ngỗng|geese|n
chim cút|quails|n
gà con|chicks|n
lợn con|piglets|n
heo con|piglets|n
mèo|cats|n
cá cảnh|ornamental fish|n
cá vàng|goldfish|n
cá chép|carp|n
cá sấu|crocodiles|n
rùa|turtles|n
ếch|frogs|n
côn trùng|insects|n

# Chapter 02 (more): meat and offal
thịt thỏ|rabbit meat|n
thịt ba chỉ|pork belly|n
ba chỉ|pork belly|n
sườn non|spare ribs|n
thăn bò|beef tenderloin|n
gan|liver|n
chân giò|pork knuckles|n
da heo|pork rind|n
pa tê|pâté|n
pate|pâté|n
chả lụa|pork rolls|n
giò lụa|pork rolls|n
lạp xưởng|chinese sausages|n
nem chua|fermented pork rolls|n
chà bông|meat floss|n
thịt hộp|canned meat|n

# Chapter 03 (more): fish, crustaceans, molluscs
cá lóc|snakehead fish|n
cá quả|snakehead fish|n
cá trê|catfish|n
cá chẽm|barramundi|n
cá mú|grouper|n
cá hồng|red snapper|n
cá diêu hồng|red tilapia|n
cá điêu hồng|red tilapia|n
cá chim|pomfret|n
cá nục|scad|n
cá bạc má|indian mackerel|n
cá ngừ đại dương|yellowfin tuna|n
cá ngừ vây vàng|yellowfin tuna|n
cá ngừ sọc dưa|skipjack tuna|n
cá mòi|sardines|n
cá trích|herring|n
cá đuối|rays|n
cá mập|sharks|n
vây cá mập|shark fins|n
cá trắm|grass carp|n
cá mè|silver carp|n
lươn|eels|n
cá chình|eels|n
trứng cá tầm|caviar|n
trứng cá|fish roe|n
trứng cá hồi|salmon roe|n
mực ống|squid|n
mực lá|cuttlefish|n
mực nang|cuttlefish|n
tôm càng xanh|giant freshwater prawns|n
cua biển|mud crabs|n
cua lột|soft-shell crabs|n
sò huyết|blood cockles|n
bào ngư|abalone|n
ngao|clams|n
hến|clams|n
vẹm|mussels|n
vẹm xanh|green mussels|n
cá viên|fish balls|n
bò viên|beef balls|n
thanh cua|crab sticks|n
làm sạch|cleaned|m
bỏ đầu|headless|m
lột vỏ|shelled|m
bỏ nội tạng|gutted|m

# Chapter 04 (more): dairy, eggs, honey
sữa tiệt trùng|uht milk|n
sữa thanh trùng|pasteurised milk|n
sữa bột nguyên kem|whole milk powder|n
sữa đặc có đường|sweetened condensed milk|n
sữa chua uống|drinking yoghurt|n
pho mát|cheese|n
phô mát|cheese|n
whey protein|whey protein|n
trứng vịt lộn|balut|n
trứng muối|salted eggs|n
lòng đỏ trứng|egg yolks|n
lòng trắng trứng|egg whites|n
sữa ong chúa|royal jelly|n
ít béo|low-fat|m

# Chapter 05-06 (more): animal products, plants, flowers
lông ngỗng|goose down|n
da sống|raw hides|n
bó hoa|bouquets|n
hoa ly|lilies|n
hoa tulip|tulips|n
hoa hướng dương|sunflowers|n
hoa sen|lotus flowers|n
sen đá|succulents|n
xương rồng|cacti|n
cây bonsai|bonsai|n
cây ăn quả|fruit trees|n
cây con|seedlings|n
cỏ nhân tạo|artificial turf|n
đất trồng cây|potting soil|n
chậu cây|plant pots|n
chậu hoa|flower pots|n
cây trồng trong nhà|indoor plants|n

# Chapter 07 (more): vegetables
hành lá|spring onions|n
hành tím|shallots|n
hẹ|chinese chives|n
tỏi cô đơn|single-clove garlic|n
tỏi đen|black garlic|n
cải thảo|chinese cabbage|n
cải bẹ xanh|mustard greens|n
cải xanh|mustard greens|n
cải ngọt|choy sum|n
cải thìa|bok choy|n
cải bó xôi|spinach|n
rau bina|spinach|n
rau má|pennywort|n
cải xoăn|kale|n
súp lơ xanh|broccoli|n
súp lơ trắng|cauliflower|n
bắp cải tím|red cabbage|n
su hào|kohlrabi|n
su su|chayote|n
bí đao|wax gourds|n
bí đỏ|pumpkins|n
bí ngòi|courgettes|n
mướp|luffa|n
bầu|bottle gourds|n
khổ qua|bitter gourds|n
đậu que|green beans|n
đậu cô ve|french beans|n
đậu hà lan|peas|n
đậu đỏ|red beans|n
đậu trắng|white beans|n
đậu gà|chickpeas|n
đậu lăng|lentils|n
giá đỗ|bean sprouts|n
ớt hiểm|bird's eye chillies|n
nấm kim châm|enoki mushrooms|n
nấm mèo|wood ear mushrooms|n
mộc nhĩ|wood ear mushrooms|n
nấm bào ngư|oyster mushrooms|n
nấm đùi gà|king oyster mushrooms|n
nấm mỡ|button mushrooms|n
nấm đông cô|shiitake mushrooms|n
đông trùng hạ thảo|cordyceps|n
ngô ngọt|sweet corn|n
bắp ngọt|sweet corn|n
bắp|maize|n
ngô non|baby corn|n
bắp non|baby corn|n
khoai môn|taro|n
khoai mỡ|yams|n
củ đậu|yam beans|n
củ cải trắng|white radishes|n
củ cải đường|sugar beet|n
củ dền|beetroot|n
củ sen|lotus roots|n
riềng|galangal|n
húng quế|thai basil|n
rau húng|mint|n
bạc hà|mint|n
tía tô|perilla|n
rau mùi|coriander|n
ngò gai|culantro|n
thì là|dill|n
lá chanh|lime leaves|n
lá dứa|pandan leaves|n
hương thảo|rosemary|n
rau củ|vegetables|n
rau củ quả|fruit and vegetables|n
dưa chuột bao tử|gherkins|n
cà pháo|pea aubergines|n
cà chua bi|cherry tomatoes|n
atiso|artichokes|n
tỏi tây|leeks|n
rau thơm|herbs|n

# Chapter 08 (more): fruit and nuts
chanh vàng|lemons|n
chanh dây|passion fruit|n
tắc|kumquats|n
bưởi da xanh|pomelos|n
quả hồng|persimmons|n
hồng xiêm|sapodillas|n
ô mai|salted dried fruit|n
anh đào|cherries|n
cherry|cherries|n
kiwi|kiwifruit|n
mâm xôi|raspberries|n
kỷ tử|goji berries|n
dưa lưới|cantaloupes|n
dưa vàng|melons|n
mãng cầu|custard apples|n
na|custard apples|n
lựu|pomegranates|n
quả me|tamarind|n
chuối già|cavendish bananas|n
dừa xiêm|young coconuts|n
dừa nạo|grated coconut|n
nước cốt dừa|coconut milk|n
cốt dừa|coconut milk|n
chà là|dates|n
quả sung|figs|n
ô liu|olives|n
oliu|olives|n
hạt óc chó|walnuts|n
hạt hạnh nhân|almonds|n
hạt phỉ|hazelnuts|n
hạt hồ đào|pecans|n
hạt thông|pine nuts|n
hạt bí|pumpkin seeds|n
hạt hướng dương|sunflower seeds|n
hạt sen|lotus seeds|n
hạt chia|chia seeds|n
hạt lanh|flax seeds|n
hạt dinh dưỡng|mixed nuts|n
hạt mix|mixed nuts|n
cau|areca nuts|n
táo đỏ|jujubes|n
táo tàu|jujubes|n
long nhãn|dried longans|n
mứt dừa|candied coconut|n

# Chapter 09 (more): coffee, tea, spices
cà phê phin|filter coffee|n
cà phê 3 trong 1|3-in-1 coffee|n
cà phê lon|canned coffee|n
cà phê viên nén|coffee capsules|n
cà phê túi lọc|coffee bags|n
arabica|arabica|m
robusta|robusta|m
chè xanh|green tea|n
trà nhài|jasmine tea|n
trà thảo mộc|herbal tea|n
hồng trà|black tea|n
bột trà xanh|matcha|n
matcha|matcha|n
tiêu đen|black pepper|n
tiêu trắng|white pepper|n
tiêu sọ|white pepper|n
bạch đậu khấu|cardamom|n
nhục đậu khấu|nutmeg|n
hạt mùi|coriander seeds|n
ngũ vị hương|five-spice powder|n
cà ri|curry|n
lá nguyệt quế|bay leaves|n
quả mận|plums|n
quả mơ|apricots|n

# Chapter 10-11 (more): cereals, flour, starch
gạo tẻ|non-glutinous rice|n
gạo trắng|white rice|n
gạo nhật|japonica rice|n
gạo đỏ|red rice|n
gạo đen|black rice|n
nếp|glutinous rice|n
cám gạo|rice bran|n
ngô hạt|maize grain|n
bắp hạt|maize grain|n
cao lương|sorghum|n
hạt quinoa|quinoa|n
kiều mạch|buckwheat|n
yến mạch cán|rolled oats|n
bột mì đa dụng|all-purpose flour|n
bột bánh mì|bread flour|n
bột bánh ngọt|cake flour|n
bột bắp|corn starch|n
bột ngô|corn starch|n
bột sắn|cassava flour|n
bột sắn dây|kudzu starch|n
bột khoai tây|potato starch|n
bột chiên giòn|batter mix|n
bột chiên xù|breadcrumbs|n
mạch nha|malt|n
ngũ cốc dinh dưỡng|cereal drink powder|n
granola|granola|n
bỏng ngô|popcorn|n
bắp rang bơ|popcorn|n

# Chapter 12-14 (more): oil seeds, herbs, plaiting materials
hạt cải|rapeseed|n
hạt bông|cotton seeds|n
hạt cọ|palm kernels|n
trái cọ dầu|oil palm fruit|n
hạt thầu dầu|castor oil seeds|n
hoa bia|hops|n
dược liệu|medicinal herbs|n
cỏ ngọt|stevia|n
lá sen|lotus leaves|n
nha đam|aloe vera|n
hồng sâm|red ginseng|n
sâm hàn quốc|korean ginseng|n
cam thảo|liquorice root|n
rong nho|sea grapes|n
tảo xoắn|spirulina|n
spirulina|spirulina|n
rong biển ăn liền|seaweed snacks|n
bột rau câu|agar powder|n
rau câu|agar jelly|n
nhựa thông|rosin|n
lá chuối|banana leaves|n
cói|sedge|m
bèo|water hyacinth|m
mây tre|rattan and bamboo|m
xơ mướp|loofah|n

# Chapter 15 (more): fats and oils
dầu mè|sesame oil|n
dầu gan cá|cod liver oil|n
mỡ động vật|animal fats|n
shortening|shortening|n
dầu thầu dầu|castor oil|n
dầu lanh|linseed oil|n
ép lạnh|cold-pressed|m

# Chapter 16 (more): meat and fish preparations
nem rán|fried spring rolls|n
cá hộp|canned fish|n
cá mòi hộp|canned sardines|n
há cảo|shrimp dumplings|n
sủi cảo|dumplings|n
hoành thánh|wontons|n
xá xíu|barbecued pork|n
heo quay|roast pork|n
vịt quay|roast duck|n
mắm|fermented fish paste|n
mắm nêm|fermented anchovy sauce|n
mắm ruốc|shrimp paste|n
cốt lẩu|hotpot soup base|n
món ăn chế biến sẵn|ready meals|n
thực phẩm chế biến sẵn|ready meals|n
đồ ăn vặt|snacks|n
gà viên|chicken nuggets|n

# Chapter 17-18 (more): sugar, confectionery, cocoa
đường cát|granulated sugar|n
đường trắng|white sugar|n
đường vàng|golden sugar|n
đường phèn|rock sugar|n
đường bột|icing sugar|n
đường viên|sugar cubes|n
đường ăn kiêng|sweeteners|n
đường glucose|glucose|n
mật mía|molasses|n
siro|syrup|n
kẹo dẻo|gummies|n
kẹo mút|lollipops|n
kẹo cứng|hard sweets|n
kẹo lạc|peanut brittle|n
kẹo ngậm|lozenges|n
kẹo bông gòn|candy floss|n
kẹo xốp|marshmallows|n
singum|chewing gum|n
cacao|cocoa|n
sô-cô-la|chocolate|n
chocolate|chocolate|n
socola đen|dark chocolate|n
socola trắng|white chocolate|n
thanh socola|chocolate bars|n

# Chapter 19 (more): bakery, noodles, cereal preparations
bánh cookie|cookies|n
bánh xốp|wafers|n
bánh quế|wafer rolls|n
bánh phồng tôm|prawn crackers|n
snack|snacks|n
bim bim|snacks|n
bánh snack|snacks|n
bánh kem|cream cakes|n
bánh sinh nhật|birthday cakes|n
bánh bông lan|sponge cakes|n
bánh bông lan cuộn|swiss rolls|n
bánh chưng|sticky rice cakes|n
bánh cuốn|steamed rice rolls|n
pizza|pizza|n
bánh pizza|pizza|n
hamburger|hamburgers|n
bánh hamburger|hamburgers|n
sandwich|sandwiches|n
bánh mì sandwich|sliced bread|n
bánh mì gối|sliced bread|n
bánh sừng bò|croissants|n
bánh croissant|croissants|n
bánh donut|doughnuts|n
bánh tart trứng|egg tarts|n
bánh su kem|cream puffs|n
bánh mochi|mochi|n
bột ăn dặm|infant cereal|n
cháo ăn dặm|baby porridge|n
mì gói|instant noodles|n
mì tôm|instant noodles|n
mì ly|cup noodles|n
miến dong|glass noodles|n
hủ tiếu|rice noodles|n
bánh phở|rice noodles|n
bánh đa|rice crackers|n
mì udon|udon|n
mì ramen|ramen|n
nui|macaroni|n
mì spaghetti|spaghetti|n
pasta|pasta|n
thanh ngũ cốc|cereal bars|n
thanh protein|protein bars|n
cơm|cooked rice|n
cơm cháy|crispy rice crackers|n
cơm hộp|boxed meals|n

# Chapter 20 (more): vegetable and fruit preparations
nước cam|orange juice|n
nước táo|apple juice|n
nước nho|grape juice|n
nước xoài|mango juice|n
nước chanh|lemon juice|n
nước chanh dây|passion fruit juice|n
nước mía|sugar cane juice|n
sinh tố|smoothies|n
dưa chua|pickled mustard greens|n
củ kiệu|pickled shallots|n
mứt dâu|strawberry jam|n
mứt cam|marmalade|n
bơ đậu phộng|peanut butter|n
sốt cà chua|tomato sauce|n
cà chua cô đặc|tomato paste|n
sấy dẻo|soft-dried|m
sấy giòn|crispy dried|m
sấy lạnh|freeze-dried|m
đông khô|freeze-dried|m
ngâm đường|in syrup|m

# Chapter 21 (more): miscellaneous food preparations
nước chấm|dipping sauce|n
tương đen|hoisin sauce|n
tương hột|fermented soya-bean paste|n
tương bần|fermented soya-bean paste|n
sa tế|chilli satay sauce|n
sốt mayonnaise|mayonnaise|n
mayonnaise|mayonnaise|n
sốt|sauce|n
hạt nêm|seasoning granules|n
bột nêm|seasoning powder|n
bột canh|seasoning salt|n
viên gia vị|seasoning cubes|n
nước dùng|broth|n
men nở|yeast|n
baking soda|baking soda|n
thạch rau câu|agar jelly|n
pudding|puddings|n
bánh flan|crème caramel|n
kem que|ice lollies|n
kem ốc quế|ice cream cones|n
sữa hạt|nut milk|n
bột protein|protein powder|n
collagen|collagen|n
thực phẩm bổ sung|food supplements|n
viên uống|supplement tablets|n
viên uống bổ sung|supplement tablets|n
thực phẩm bảo vệ sức khỏe|health supplements|n
đậu hũ|tofu|n
tàu hũ|tofu|n
tàu hủ ky|tofu skin|n
váng đậu|tofu skin|n
chay|vegetarian|m
đồ chay|vegetarian food|n
thịt chay|meat substitutes|n
men vi sinh|probiotics|n
trân châu|tapioca pearls|n
thạch dừa|nata de coco|n
topping|toppings|n

# Chapter 22 (more): beverages, spirits, vinegar
nước suối|spring water|n
nước tinh khiết|purified water|n
nước giải khát|soft drinks|n
trà đóng chai|bottled tea|n
nước điện giải|isotonic drinks|n
nước bù điện giải|isotonic drinks|n
nước yến|bird's nest drink|n
sữa óc chó|walnut milk|n
sữa hạnh nhân|almond milk|n
sữa yến mạch|oat milk|n
kombucha|kombucha|n
bia lon|canned beer|n
bia chai|bottled beer|n
bia hơi|draught beer|n
rượu vang đỏ|red wine|n
rượu vang trắng|white wine|n
vang đỏ|red wine|n
rượu vang nổ|sparkling wine|n
sâm panh|champagne|n
champagne|champagne|n
rượu mạnh|spirits|n
whisky|whisky|n
vodka|vodka|n
rượu rum|rum|n
rượu gin|gin|n
rượu brandy|brandy|n
cognac|cognac|n
soju|soju|n
rượu sake|sake|n
rượu đế|rice spirits|n
rượu mơ|plum wine|n
rượu thuốc|herbal liquor|n
rượu ngâm|herbal liquor|n
cồn thực phẩm|food-grade ethanol|n
đá viên|ice cubes|n

# Chapter 23-24 (more): animal feed, tobacco
thức ăn cho cá|fish feed|n
thức ăn cho tôm|shrimp feed|n
thức ăn cho gà|poultry feed|n
thức ăn cho heo|pig feed|n
thức ăn cho lợn|pig feed|n
thức ăn cho chim|bird food|n
thức ăn hỗn hợp|compound feed|n
thức ăn đậm đặc|feed concentrates|n
thức ăn thủy sản|aquafeed|n
cám|feed|n
thức ăn hạt|dry pet food|n
pate cho mèo|wet cat food|n
pate mèo|wet cat food|n
súp thưởng|pet treats|n
bánh thưởng|pet treats|n
xương gặm|dog chews|n
cát vệ sinh cho mèo|cat litter|n
cát mèo|cat litter|n
bã mía|bagasse|n
bã bia|brewers' grains|n
khô dầu|oilcake|n
khô dầu cọ|palm kernel cake|n
premix|premixes|n
cỏ khô|hay|n
bột xương thịt|meat and bone meal|n
thuốc lào|rustic tobacco|n
lá thuốc lá|tobacco leaves|n
thuốc lá sợi|cut tobacco|n
thuốc lá nung nóng|heated tobacco|n
tinh dầu thuốc lá điện tử|e-liquids|n
vape|electronic cigarettes|n
pod|pod e-cigarettes|n
shisha|shisha|n

# Chapter 25-27 (more): salt, stone, cement, ores, fuels
muối hạt|coarse salt|n
muối tinh|table salt|n
muối i-ốt|iodised salt|n
muối hồng|himalayan salt|n
vôi bột|powdered lime|n
bột đá|stone powder|n
đá mi|stone chippings|n
đá dăm|crushed stone|n
cát xây dựng|building sand|n
cát vàng|coarse sand|n
cát trắng|silica sand|n
bentonite|bentonite|n
bột talc|talc|n
talc|talc|n
thạch anh|quartz|n
đá granite|granite|m
đá ong|laterite|n
đá bọt|pumice|n
đá phiến|slate|m
đá tự nhiên|natural stone|m
đá nhân tạo|artificial stone|m
vữa|mortar|n
keo dán gạch|tile adhesive|n
keo chà ron|grout|n
bô xít|bauxite|n
quặng mangan|manganese ore|n
đất hiếm|rare earths|n
xỉ|slag|n
tro bay|fly ash|n
tro|ash|n
than antraxit|anthracite|n
than non|lignite|n
than bùn|peat|n
than tổ ong|coal briquettes|n
than gáo dừa|coconut shell charcoal|n
than không khói|smokeless charcoal|n
than nướng|barbecue charcoal|n
xăng sinh học|biofuel petrol|n
dầu fo|fuel oil|n
dầu mazut|fuel oil|n
nhiên liệu sinh học|biofuels|n
dầu máy|engine oil|n
nhớt|lubricating oil|n
nhớt xe máy|motorcycle oil|n
dầu thủy lực|hydraulic oil|n
dầu hộp số|gear oil|n
mỡ bò|grease|n
mỡ bôi trơn|grease|n
parafin|paraffin wax|n
sáp parafin|paraffin wax|n
vaseline|petroleum jelly|n
dầu khoáng|mineral oil|n
khí hóa lỏng|lpg|n
khí propan|propane|n
khí butan|butane|n
khí sinh học|biogas|n
hắc ín|tar|n
vỏ trấu|rice husks|n
nước ép dứa|pineapple juice|n
đá sỏi|gravel|n
vôi sống|quicklime|n
vôi tôi|slaked lime|n
hạt kê|millet|n

# Chapter 28-29 (more): chemicals
axit clohydric|hydrochloric acid|n
axit nitric|nitric acid|n
axit photphoric|phosphoric acid|n
axit axetic|acetic acid|n
axit lactic|lactic acid|n
axit boric|boric acid|n
axit hyaluronic|hyaluronic acid|n
axit amin|amino acids|n
axit béo|fatty acids|n
natri hydroxit|sodium hydroxide|n
xút vảy|caustic soda flakes|n
natri cacbonat|sodium carbonate|n
soda ash|soda ash|n
natri bicarbonat|sodium bicarbonate|n
muối nở|baking soda|n
natri clorua|sodium chloride|n
nước javel|bleach|n
javen|bleach|n
clo|chlorine|n
clorin|chlorine powder|n
canxi cacbonat|calcium carbonate|n
canxi clorua|calcium chloride|n
muối epsom|magnesium sulphate|n
đồng sunfat|copper sulphate|n
gói hút ẩm|desiccant sachets|n
hạt hút ẩm|desiccant beads|n
silica gel|silica gel|n
nitơ|nitrogen|n
nitơ lỏng|liquid nitrogen|n
khí heli|helium|n
khí co2|carbon dioxide|n
đá khô|dry ice|n
oxy|oxygen|n
oxy già|hydrogen peroxide|n
kẽm oxit|zinc oxide|n
muội than|carbon black|n
metanol|methanol|n
etanol|ethanol|n
cồn isopropyl|isopropyl alcohol|n
axeton|acetone|n
glycerin|glycerol|n
formol|formaldehyde|n
ure|urea|n
melamin|melamine|m
vitamin c|vitamin c|n
vitamin e|vitamin e|n
vitamin tổng hợp|multivitamins|n
vitamin|vitamins|n
chất tạo ngọt|sweeteners|n
phẩm màu|food colouring|n
màu thực phẩm|food colouring|n
chất tạo màu|colourings|n
tinh chất|extract|n
chất chống oxy hóa|antioxidants|n
chất hoạt động bề mặt|surfactants|n
hóa chất xử lý nước|water treatment chemicals|n

# Chapter 30 (more): pharmaceuticals
thuốc bắc|chinese herbal medicine|n
thuốc nam|herbal medicine|n
thuốc ho|cough medicine|n
siro ho|cough syrup|n
thuốc hạ sốt|antipyretics|n
thuốc cảm|cold medicine|n
paracetamol|paracetamol|n
thuốc dị ứng|antihistamines|n
thuốc dạ dày|antacids|n
thuốc nhuận tràng|laxatives|n
thuốc nhỏ mũi|nasal drops|n
thuốc xịt mũi|nasal sprays|n
thuốc nhỏ tai|ear drops|n
thuốc bôi|topical medicines|n
kem bôi|creams|n
dầu gió|medicated oil|n
cao dán|medicated plasters|n
miếng dán|patches|n
dầu cù là|medicated balm|n
thuốc tiêm|injections|n
insulin|insulin|n
thuốc tránh thai|contraceptives|n
thuốc sát trùng|antiseptics|n
cồn y tế|surgical spirit|n
nước muối sinh lý|saline solution|n
bông gòn|cotton wool|n
tăm bông|cotton buds|n
bông tẩy trang|cotton pads|n
gạc|gauze|n
chỉ khâu y tế|sutures|n
que test|test kits|n
kit test nhanh|rapid test kits|n
que thử đường huyết|glucose test strips|n
túi sơ cứu|first-aid kits|n
bộ sơ cứu|first-aid kits|n
miếng dán hạ sốt|cooling gel patches|n
oresol|oral rehydration salts|n
men tiêu hóa|digestive enzymes|n
viên sủi|effervescent tablets|n
thuốc xổ giun|dewormers|n

# Chapter 31 (more): fertilisers
phân chuồng|manure|n
phân gà|chicken manure|n
phân bò|cow manure|n
phân trùn quế|vermicompost|n
phân hữu cơ vi sinh|bio-organic fertilisers|n
phân vi sinh|biofertilisers|n
phân bón lá|foliar fertilisers|n
phân kali|potash fertilisers|n
phân đạm|nitrogen fertilisers|n
phân dap|diammonium phosphate|n
phân sa|ammonium sulphate|n
phân bón hóa học|chemical fertilisers|n
phân tan chậm|slow-release fertilisers|n
thuốc kích rễ|rooting hormones|n
chế phẩm sinh học|biological preparations|n

# Chapter 32 (more): paints, inks, glues, tapes
sơn nước|emulsion paint|n
sơn lót|primers|n
sơn epoxy|epoxy paint|n
sơn xịt|spray paint|n
sơn chống thấm|waterproofing paint|n
bột trét|wall putty|n
bả matit|wall putty|n
vecni|varnish|n
dầu bóng|varnish|n
mực máy in|printer ink|n
mực nạp|refill ink|n
màu vẽ|artists' colours|n
màu acrylic|acrylic paints|n
keo 502|superglue|n
keo nến|hot-melt glue sticks|n
keo dán gỗ|wood glue|n
hồ dán|paste glue|n
băng keo|adhesive tape|n
băng keo hai mặt|double-sided tape|n
băng dính hai mặt|double-sided tape|n
băng keo trong|clear tape|n

# Chapter 33 (more): cosmetics, perfume, toiletries
nước tẩy trang|micellar water|n
nước hoa hồng|toner|n
toner|toner|n
serum|serums|n
kem dưỡng|moisturiser|n
kem dưỡng ẩm|moisturiser|n
kem mắt|eye cream|n
mặt nạ giấy|sheet masks|n
mặt nạ ngủ|sleeping masks|n
kem nền|foundation|n
phấn phủ|face powder|n
phấn má hồng|blusher|n
phấn mắt|eyeshadow|n
kẻ mắt|eyeliner|n
bút kẻ mắt|eyeliner|n
mascara|mascara|n
chì kẻ mày|eyebrow pencils|n
kem che khuyết điểm|concealer|n
cushion|cushion foundation|n
kem lót|primer|n
son dưỡng|lip balm|n
son bóng|lip gloss|n
son kem|liquid lipstick|n
son tint|lip tint|n
xịt chống nắng|sunscreen spray|n
lăn khử mùi|roll-on deodorant|n
xịt khử mùi|deodorant spray|n
khử mùi|deodorant|n
nước hoa ô tô|car air fresheners|n
xịt phòng|room spray|n
sáp thơm|scented wax|n
dầu xả|hair conditioner|n
kem ủ tóc|hair mask|n
dầu dưỡng tóc|hair oil|n
gôm xịt tóc|hairspray|n
keo xịt tóc|hairspray|n
sáp vuốt tóc|hair wax|n
gel vuốt tóc|hair gel|n
thuốc uốn tóc|perm lotion|n
thuốc duỗi tóc|hair straightener|n
bọt cạo râu|shaving foam|n
kem cạo râu|shaving cream|n
chỉ nha khoa|dental floss|n
tẩy tế bào chết|exfoliator|n
muối tắm|bath salts|n
dung dịch vệ sinh|intimate wash|n
phấn rôm|talcum powder|n
nước rửa móng|nail polish remover|n
móng giả|false nails|n
dưỡng da|skin-care|m
chăm sóc da|skin-care|m
dưỡng tóc|hair-care|m
trắng da|whitening|m
khăn ướt|wet wipes|n
giấy ướt|wet wipes|n

# Chapter 34 (more): soap, detergents, polishes, candles
nước xả vải|fabric softener|n
viên giặt|laundry pods|n
nước lau sàn|floor cleaner|n
nước lau kính|glass cleaner|n
nước tẩy bồn cầu|toilet cleaner|n
nước tẩy rửa|cleaning liquid|n
viên rửa bát|dishwasher tablets|n
nước rửa xe|car shampoo|n
sáp đánh bóng|wax polish|n
xi đánh giày|shoe polish|n
nến thơm|scented candles|n
đất nặn|modelling clay|n

# Chapter 35-38 (more): gelatin, explosives, pesticides, other chemicals
gelatin|gelatin|n
enzyme|enzymes|n
thuốc nổ|explosives|n
pháo|firecrackers|n
pháo sáng|flares|n
phim chụp ảnh|photographic film|n
thuốc diệt chuột|rodenticides|n
thuốc diệt mối|termiticides|n
thuốc diệt côn trùng|insecticides|n
thuốc trừ nấm|fungicides|n
thuốc diệt muỗi|mosquito killer|n
bình xịt côn trùng|insect spray|n
kem chống muỗi|insect repellent|n
nước làm mát|coolant|n
gas lạnh|refrigerant gas|n
gas điều hòa|refrigerant gas|n
dầu chống gỉ|rust inhibitor|n
chất xúc tác|catalysts|n
thuốc thử|reagents|n
xăng thơm|thinners|n
dung môi pha sơn|thinners|n
nước cất|distilled water|n

# Chapter 39 (more): plastics and articles thereof
nhựa tổng hợp|synthetic resin|m
nhựa nguyên sinh|virgin plastic|m
nhựa sinh học|bioplastic|m
màng co|shrink film|n
màng chít|stretch film|n
mica|acrylic|m
tấm poly|polycarbonate sheets|n
phụ kiện ống|pipe fittings|n
khớp nối|couplings|n
ống mềm|flexible hoses|n
vòi tưới cây|garden hoses|n
túi zip|zip-lock bags|n
túi rác|bin bags|n
túi đựng rác|bin bags|n
túi xốp|plastic carrier bags|n
túi bóng|plastic bags|n
túi chân không|vacuum bags|n
túi gói hàng|mailing bags|n
túi niêm phong|sealed bags|n
xốp hơi|bubble wrap|n
màng xốp hơi|bubble wrap|n
túi bóng khí|bubble wrap|n
hộp xốp|foam boxes|n
hộp đựng thực phẩm|food containers|n
hộp cơm|lunch boxes|n
hộp đựng đồ|storage boxes|n
thùng đựng đồ|storage boxes|n
rổ|baskets|n
chậu|basins|n
can nhựa|jerrycans|n
bồn nước|water tanks|n
bình xịt|spray bottles|n
chai xịt|spray bottles|n
nắp chai|bottle caps|n
núm vú|teats|n
ti giả|dummies|n
bình sữa|feeding bottles|n
ống luồn dây điện|electrical conduit|n
nẹp điện|cable trunking|n
dây rút|cable ties|n
dây đai|strapping|n
bạt che|tarpaulins|n
màng phủ nông nghiệp|mulch film|n
lưới che nắng|shade netting|n
sàn nhựa|vinyl flooring|n
decal dán tường|wall stickers|n
rèm phòng tắm|shower curtains|n
lót chuột|mouse pads|n
bàn di chuột|mouse pads|n
khay|trays|n
khay đá|ice trays|n
pallet|pallets|n
bìa hồ sơ|document folders|n
bìa nhựa|plastic folders|n
nitrile|nitrile|m
mũ trùm tóc|hair caps|n
lót ly|coasters|n
thùng đá|cool boxes|n
heo đất|piggy banks|n
vách ngăn|partitions|n
móc treo|hooks|n
móc áo|coat hangers|n
màng bọc|wrap film|n

# Chapter 40 (more): rubber and tyres
lốp xe máy|motorcycle tyres|n
lốp xe đạp|bicycle tyres|n
lốp xe tải|lorry tyres|n
săm|inner tubes|n
ruột xe|inner tubes|n
lốp không săm|tubeless tyres|n
lốp đặc|solid tyres|n
ron|gaskets|n
phớt|oil seals|n
cao su non|thread seal tape|n
cao su lưu hóa|vulcanised rubber|m
thảm lót sàn ô tô|car floor mats|n
dây thun|rubber bands|n
dây chun|rubber bands|n
cục tẩy|erasers|n
găng tay bảo hộ|work gloves|n
bóng bay|balloons|n
mút xốp|foam|m
bọt biển|sponges|n
miếng rửa bát|dish sponges|n
dây curoa|transmission belts|n
túi chườm|hot-water bottles|n

# Chapter 41-43 (more): leather, bags, fur
da thuộc|tanned leather|m
da cá sấu|crocodile leather|m
da đà điểu|ostrich leather|m
da dê|goatskin|m
da cừu|sheepskin|m
da lộn|suede|m
da pu|pu leather|m
da simili|imitation leather|m
lông thú|fur|m
lông nhân tạo|faux fur|m
túi đeo vai|shoulder bags|n
túi tote|tote bags|n
túi du lịch|travel bags|n
túi trống|duffel bags|n
túi đeo hông|waist bags|n
túi bao tử|waist bags|n
túi đeo ngực|chest bags|n
ví cầm tay|clutch bags|n
ví đựng thẻ|card holders|n
bóp|wallets|n
cặp sách|school bags|n
cặp da|leather briefcases|n
cặp tài liệu|document bags|n
túi laptop|laptop bags|n
túi chống sốc|laptop sleeves|n
vali kéo|trolley cases|n
túi đựng bút|pencil cases|n
hộp bút|pencil cases|n
túi giữ nhiệt|cool bags|n
bao da|leather cases|n
ốp lưng|phone cases|n
ốp điện thoại|phone cases|n
hộp đựng trang sức|jewellery boxes|n
hộp đồng hồ|watch boxes|n
hộp kính|spectacle cases|n
dây nịt|belts|n
vòng cổ chó|dog collars|n
dây dắt chó|dog leads|n
yên ngựa|saddles|n
áo da|leather jackets|n
móc khóa|key rings|n

# Chapter 44-46 (more): wood, cork, basketwork
gỗ thông|pine|m
gỗ óc chó|walnut wood|m
gỗ gụ|mahogany|m
gỗ lim|ironwood|m
gỗ hương|rosewood|m
gỗ mun|ebony|m
gỗ tràm|acacia wood|m
gỗ bạch đàn|eucalyptus wood|m
trầm hương|agarwood|n
gỗ đàn hương|sandalwood|m
ván gỗ|wooden boards|n
sàn gỗ công nghiệp|laminate flooring|n
ván lạng|veneer|n
gỗ ghép|finger-jointed wood|m
thanh gỗ|wooden slats|n
thùng gỗ|wooden crates|n
hộp gỗ|wooden boxes|n
mùn cưa|sawdust|n
củi|firewood|n
dăm bào|wood shavings|n
xiên que|skewers|n
que kem|ice lolly sticks|n
tăm tre|toothpicks|n
đồ gỗ|wooden articles|n
đồ gỗ mỹ nghệ|wooden handicrafts|n
đồ trang trí|decorations|n
đồ trang trí nhà cửa|home decorations|n
nút bần|corks|n
chiếu trúc|bamboo mats|n
đồ mây tre đan|rattan and bamboo ware|n
rèm tre|bamboo blinds|n
mành|blinds|n
rèm sáo|venetian blinds|n

# Chapter 47-49 (more): paper, paperboard, printed matter
giấy in|printing paper|n
giấy photo|copy paper|n
giấy couche|coated art paper|n
giấy bìa|cardboard|n
giấy báo|newsprint|n
giấy carton|corrugated paper|n
bìa carton|cartonboard|n
giấy gói quà|gift wrap|n
giấy gói|wrapping paper|n
giấy nến|baking paper|n
giấy lau tay|paper towels|n
giấy cuộn|toilet rolls|n
giấy in nhiệt|thermal paper|n
giấy in hóa đơn|receipt paper|n
giấy in bill|receipt paper|n
giấy note|sticky notes|n
giấy ghi chú|sticky notes|n
giấy than|carbon paper|n
giấy lọc|filter paper|n
giấy vẽ|drawing paper|n
giấy màu|coloured paper|n
giấy decal|sticker paper|n
giấy vụn|waste paper|n
giấy tái chế|recycled paper|n
thùng giấy|cardboard boxes|n
hộp carton|cartons|n
hộp quà|gift boxes|n
túi quà|gift bags|n
lõi giấy|paper cores|n
tem nhãn|labels|n
thẻ treo|hang tags|n
sổ tay|notebooks|n
sổ kế hoạch|planners|n
nhật ký|diaries|n
lịch|calendars|n
lịch để bàn|desk calendars|n
bưu thiếp|postcards|n
thiệp|greeting cards|n
thiệp cưới|wedding invitations|n
thiệp chúc mừng|greeting cards|n
áp phích|posters|n
poster|posters|n
truyện tranh|comics|n
truyện|story books|n
sách giáo khoa|textbooks|n
sách thiếu nhi|children's books|n
tiểu thuyết|novels|n
tờ rơi|flyers|n
danh thiếp|business cards|n
vé|tickets|n
tiền giấy|banknotes|n
tấm bạt|tarpaulins|n
tăm xỉa răng|toothpicks|n

# Chapter 50-60 (more): fibres, yarn, fabrics
kén tằm|silk cocoons|n
len đan|knitting yarn|n
lông cừu|wool|m
cashmere|cashmere|m
vải thun|jersey fabric|n
vải linen|linen fabric|n
vải đũi|slub fabric|n
kaki|khaki|m
nỉ|fleece|m
vải dù|nylon taffeta|n
vải voan|voile|n
voan|chiffon|m
vải lưới|mesh fabric|n
vải nhung|velvet fabric|n
satin|satin|m
vải xô|muslin|n
vải canvas|canvas|n
vải kate|polyester-cotton fabric|n
spandex|elastane|m
thun lạnh|polyester spandex|m
vải chống thấm|waterproof fabric|n
vải in hoa|printed fabric|n
thổ cẩm|brocade|m
vải gấm|brocade|n
bông tấm|wadding|n
gòn|fibre fill|n
chỉ thêu|embroidery thread|n
chỉ khâu|sewing thread|n
cuộn chỉ|spools of thread|n
ruy băng|ribbons|n
khóa dán|hook and loop fasteners|n
băng dính gai|hook and loop fasteners|n
nhãn vải|fabric labels|n
nhãn dệt|woven labels|n
mác áo|garment labels|n
logo thêu|embroidered badges|n
sticker ủi|iron-on patches|n
keo dựng|interlining|n
dây dù|paracord|n
võng|hammocks|n
thảm trải sàn|floor rugs|n
thảm chùi chân|doormats|n
thảm lau chân|doormats|n
thảm phòng khách|living room rugs|n
chăn bông|quilts|n
chăn phao|duvets|n
chăn ga gối|bedding sets|n
bộ chăn ga gối|bedding sets|n
ga giường|bed sheets|n
vỏ gối|pillowcases|n
áo gối|pillowcases|n
gối ôm|bolsters|n
vỏ chăn|duvet covers|n
ga chống thấm|mattress protectors|n
topper|mattress toppers|n
rèm cửa|curtains|n
rèm chống nắng|blackout curtains|n
khăn mặt|face towels|n
khăn tay|handkerchiefs|n
khăn lau bếp|kitchen towels|n
khăn microfiber|microfibre cloths|n
tạp dề|aprons|n
bạt phủ xe|car covers|n
áo trùm xe|car covers|n
bọc ghế sofa|sofa covers|n
bọc ghế|seat covers|n
băng rôn|banners|n
túi ngủ|sleeping bags|n
khăn choàng|shawls|n
khăn trùm đầu|headscarves|n
khăn quấn|swaddles|n
khăn sữa|muslin squares|n
tã vải|cloth nappies|n
khẩu trang vải|cloth face masks|n
túi vải không dệt|non-woven bags|n

# Chapter 61-63 (more): garments
cổ tròn|crew-neck|m
cổ tim|v-neck|m
cổ v|v-neck|m
cổ bẻ|collared|m
có cổ|collared|m
cổ lọ|turtleneck|m
cổ trụ|mandarin-collar|m
trễ vai|off-the-shoulder|m
sát nách|sleeveless|m
không tay|sleeveless|m
ngắn tay|short-sleeved|m
dài tay|long-sleeved|m
tay lỡ|elbow-sleeved|m
tay phồng|puff-sleeved|m
có mũ|hooded|m
áo ba lỗ|vests|n
quần dài|trousers|n
quần ống rộng|wide-leg trousers|n
quần ống suông|straight-leg trousers|n
quần ống loe|flared trousers|n
quần tây|dress trousers|n
quần âu|dress trousers|n
quần kaki|chinos|n
quần jogger|joggers|n
quần túi hộp|cargo trousers|n
quần legging|leggings|n
legging|leggings|n
quần lửng|cropped trousers|n
quần short|shorts|n
quần sooc|shorts|n
quần bơi|swimming trunks|n
quần sịp|briefs|n
quần boxer|boxer shorts|n
quần chip|knickers|n
quần gen|shapewear|n
gen nịt bụng|shapewear|n
áo bra|bras|n
bra|bras|n
không gọng|non-wired|m
áo hai dây|camisoles|n
áo ống|tube tops|n
áo croptop|crop tops|n
croptop|crop tops|n
áo kiểu|blouses|n
áo cardigan|cardigans|n
cardigan|cardigans|n
áo nỉ|sweatshirts|n
áo hoodie|hoodies|n
hoodie|hoodies|n
áo khoác gió|windcheaters|n
áo khoác jean|denim jackets|n
áo khoác bomber|bomber jackets|n
áo blazer|blazers|n
blazer|blazers|n
áo gile|waistcoats|n
áo gi lê|waistcoats|n
áo măng tô|overcoats|n
áo khoác lông vũ|down jackets|n
áo khoác dạ|wool coats|n
áo choàng|capes|n
áo choàng tắm|bathrobes|n
áo ấm|warm clothing|n
váy liền|dresses|n
đầm dự tiệc|party dresses|n
đầm maxi|maxi dresses|n
váy cưới|wedding dresses|n
áo cưới|wedding dresses|n
váy bầu|maternity dresses|n
đầm bầu|maternity dresses|n
đồ bầu|maternity wear|n
váy ngủ|nightdresses|n
đồ bộ|clothing sets|n
bộ đồ|clothing sets|n
bộ quần áo|clothing sets|n
đồ mặc nhà|loungewear|n
jumpsuit|jumpsuits|n
quần yếm|dungarees|n
yếm|dungarees|n
quần áo bảo hộ|protective clothing|n
áo blouse|lab coats|n
áo choàng phẫu thuật|surgical gowns|n
áo phản quang|high-visibility vests|n
bộ đồ phòng dịch|protective suits|n
đồ sơ sinh|baby clothes|n
bodysuit|bodysuits|n
body chip|bodysuits|n
áo liền quần|rompers|n
đồ hóa trang|costumes|n
đồ cosplay|cosplay costumes|n
áo bóng đá|football shirts|n
quần áo bóng đá|football kits|n
đồ tập gym|activewear|n
đồ tập|activewear|n
đồ yoga|yoga wear|n
ống tay chống nắng|sun sleeves|n
tất cổ ngắn|ankle socks|n
vớ cổ ngắn|ankle socks|n
quần tất|tights|n
tất da|tights|n
nơ|bows|n
nơ cổ|bow ties|n
băng đô|headbands|n
bờm|hairbands|n
dây buộc tóc|hair ties|n
kẹp càng cua|claw clips|n
trâm cài tóc|hairpins|n
mũ bucket|bucket hats|n
mũ tai bèo|bucket hats|n
mũ rộng vành|wide-brimmed hats|n
nón kết|caps|n
nón lưỡi trai|caps|n
mũ chống nắng|sun hats|n
mũ nồi|berets|n
nón bảo hiểm|helmets|n
mũ xe đạp|cycling helmets|n
bịt mắt|eye masks|n
form rộng|oversized|m
dáng rộng|loose-fit|m
dáng ôm|slim-fit|m
ôm body|slim-fit|m
ngoại cỡ|plus-size|m
người lớn|adults'|m
thiếu niên|teenagers'|m
học sinh|students'|m
trẻ sơ sinh|newborns'|m
em bé|babies'|m
nam nữ|unisex|m
thời trang|fashion|m
kẻ sọc|striped|m
sọc|striped|m
họa tiết|patterned|m
hoa văn|patterned|m
hoa nhí|floral|m
kẻ caro|checked|m
caro|checked|m
rằn ri|camouflage|m
trơn|plain|m

# Chapter 64-67 (more): footwear, umbrellas, wigs
giày lười|loafers|n
giày búp bê|ballet flats|n
giày bệt|flat shoes|n
giày đế xuồng|wedge shoes|n
giày tây|dress shoes|n
giày công sở|work shoes|n
giày chạy bộ|running shoes|n
giày đá bóng|football boots|n
giày leo núi|hiking boots|n
sneaker|sneakers|n
giày bảo hộ|safety shoes|n
dép lê|sliders|n
dép xỏ ngón|flip-flops|n
dép tông|flip-flops|n
dép kẹp|flip-flops|n
dép đi trong nhà|house slippers|n
dép sục|clogs|n
guốc|clogs|n
sandal|sandals|n
dép quai hậu|sandals|n
boot|boots|n
bốt cổ ngắn|ankle boots|n
bốt cổ cao|knee-high boots|n
ủng đi mưa|rain boots|n
giày tập đi|baby shoes|n
đế giày|soles|n
lót giày|insoles|n
miếng lót giày|insoles|n
dây giày|shoelaces|n
gót giày|heels|n
bọc giày|shoe covers|n
kệ giày|shoe racks|n
tủ giày|shoe cabinets|n
ô dù|umbrellas|n
dù che nắng|parasols|n
ô che nắng|parasols|n
dù gấp|folding umbrellas|n
ô gấp|folding umbrellas|n
gậy chống|walking sticks|n
tóc nối|hair extensions|n
mi giả|false eyelashes|n
cây giả|artificial plants|n
cây nhân tạo|artificial plants|n

# Chapter 68-71 (more): stone, ceramics, glass, jewellery
gạch block|concrete blocks|n
gạch nhẹ|lightweight concrete blocks|n
gạch không nung|unfired bricks|n
gạch đỏ|clay bricks|n
gạch chịu lửa|refractory bricks|n
gạch men|ceramic tiles|n
gạch granite|porcelain tiles|n
gạch ốp tường|wall tiles|n
gạch mosaic|mosaic tiles|n
tấm lợp|roofing sheets|n
tấm trần|ceiling panels|n
trần thạch cao|plasterboard ceilings|n
cọc bê tông|concrete piles|n
ống cống|concrete pipes|n
bê tông tươi|ready-mixed concrete|n
đá mài|grinding wheels|n
đá cắt|cutting discs|n
đá mài dao|sharpening stones|n
bông khoáng|mineral wool|n
bông thủy tinh|glass wool|n
vật liệu cách nhiệt|insulation materials|n
cách nhiệt|insulated|m
đồ gốm|pottery|n
sành sứ|ceramic ware|n
chum|earthenware jars|n
đất nung|terracotta|m
bộ bát đĩa|dinnerware sets|n
chén|bowls|n
bộ ấm chén|tea sets|n
ấm trà|teapots|n
tách trà|tea cups|n
bồn tiểu|urinals|n
lavabo|washbasins|n
chậu rửa mặt|washbasins|n
chậu rửa|sinks|n
nắp bồn cầu|toilet seats|n
hũ thủy tinh|glass jars|n
lọ thủy tinh|glass jars|n
pha lê|crystal|m
kính dán|laminated glass|m
kính mờ|frosted glass|m
kính chắn gió|windscreens|n
gương chiếu hậu|rear-view mirrors|n
miếng dán cường lực|tempered glass screen protectors|n
miếng dán màn hình|screen protectors|n
phim cách nhiệt|window tint film|n
bể cá|aquariums|n
vàng miếng|gold bars|n
vàng trắng|white gold|m
vàng tây|gold alloy|m
bạc thật|sterling silver|m
mạ bạc|silver-plated|m
xi vàng|gold-plated|m
đá cz|cubic zirconia|n
hồng ngọc|rubies|n
ruby|rubies|n
sapphire|sapphires|n
ngọc lục bảo|emeralds|n
ngọc bích|jade|n
hổ phách|amber|n
đá phong thủy|feng shui stones|n
hạt cườm|beads|n
vòng cổ|necklaces|n
lắc tay|bracelets|n
lắc chân|anklets|n
mặt dây chuyền|pendants|n
bông tai|earrings|n
khuyên tai|earrings|n
trâm cài áo|brooches|n
nhẫn cưới|wedding rings|n
nhẫn đính hôn|engagement rings|n
khuy măng sét|cufflinks|n
vương miện|tiaras|n
phụ kiện tóc|hair accessories|n
cúp|trophies|n
huy chương|medals|n

# Chapter 72-83 (more): metals, metal articles, tools, hardware
tôn lạnh|aluzinc sheets|n
tôn màu|colour-coated steel sheets|n
tôn sóng|corrugated sheets|n
tôn lợp|roofing sheets|n
sắt hộp|hollow sections|n
thép hộp|hollow sections|n
thép chữ h|h-beams|n
thép chữ i|i-beams|n
thép góc|angles|n
thép vằn|deformed bars|n
thép tròn|round bars|n
kẽm gai|barbed wire|n
dây kẽm|galvanised wire|n
sắt vụn|iron scrap|n
phôi|billets|n
ốc vít|screws|n
vít tự khoan|self-drilling screws|n
bulong|bolts|n
long đen|washers|n
vòng đệm|washers|n
đinh tán|rivets|n
tắc kê|wall plugs|n
ròng rọc|pulleys|n
mỏ neo|anchors|n
thùng phuy|drums|n
bình gas|gas cylinders|n
vòi sen|shower heads|n
sen tắm|shower heads|n
bộ sen tắm|shower sets|n
vòi xịt vệ sinh|bidet sprays|n
bồn rửa chén|kitchen sinks|n
chậu rửa bát|kitchen sinks|n
giàn phơi|clothes airers|n
giá phơi đồ|clothes airers|n
kẹp phơi đồ|clothes pegs|n
nồi hấp|steamers|n
chống dính|non-stick|m
xẻng nấu ăn|spatulas|n
rây|sieves|n
kẹp gắp|tongs|n
dao bào|peelers|n
đồ khui|bottle openers|n
dao gọt|paring knives|n
dao làm bếp|kitchen knives|n
dao bếp|kitchen knives|n
dao chặt|cleavers|n
dao rọc giấy|utility knives|n
bộ dao|knife sets|n
mài dao|knife sharpeners|n
kéo cắt cành|pruning shears|n
muỗng|spoons|n
nĩa|forks|n
cốc đong|measuring cups|n
phới đánh trứng|whisks|n
khuôn bánh|baking moulds|n
khay nướng|baking trays|n
vỉ nướng|grill grates|n
bếp nướng|barbecue grills|n
bếp than|charcoal stoves|n
bếp gas mini|portable gas stoves|n
ly giữ nhiệt|insulated tumblers|n
cốc giữ nhiệt|insulated tumblers|n
cặp lồng|food carriers|n
lồng bàn|food covers|n
tủ hồ sơ|filing cabinets|n
thang|ladders|n
giàn giáo|scaffolding|n
cửa cuốn|roller shutters|n
hàng rào|fences|n
hòm thư|letter boxes|n
biển số|number plates|n
chuông|bells|n
chuông gió|wind chimes|n
chân nến|candlesticks|n
gạt tàn|ashtrays|n
que đan|knitting needles|n
kim băng|safety pins|n
kim khâu|sewing needles|n
khoen|eyelets|n
miếng cọ nồi|scouring pads|n
lon nhôm|aluminium cans|n
niken|nickel|m
thiếc hàn|solder|n
titan|titanium|m
bộ dụng cụ|tool sets|n
hộp dụng cụ|tool boxes|n
cờ lê vòng|ring spanners|n
mỏ lết|adjustable spanners|n
lục giác|hex keys|n
cờ lê lực|torque wrenches|n
đầu tuýp|sockets|n
bộ tuýp|socket sets|n
bút thử điện|voltage testers|n
bộ tua vít|screwdriver sets|n
kìm mỏ nhọn|long-nose pliers|n
kìm cắt|cutting pliers|n
kìm tuốt dây|wire strippers|n
kìm bấm cos|crimping tools|n
kìm chết|locking pliers|n
giũa|files|n
lưỡi cưa|saw blades|n
đầu vít|screwdriver bits|n
xẻng|shovels|n
cuốc|hoes|n
liềm|sickles|n
rìu|axes|n
xà beng|crowbars|n
ê tô|vices|n
súng bắn silicon|caulking guns|n
dập ghim|staplers|n
bấm ghim|staplers|n
dụng cụ làm vườn|garden tools|n
bình tưới|watering cans|n
lưỡi dao cạo|razor blades|n
nhíp|tweezers|n
bấm mi|eyelash curlers|n
bộ làm móng|manicure sets|n
khóa số|combination locks|n
khóa vân tay|fingerprint locks|n
tay nắm|handles|n
chốt cửa|door bolts|n
tay co thủy lực|door closers|n
chặn cửa|door stops|n
bản lề|hinges|n
ray trượt|drawer slides|n
bánh xe đẩy|castors|n
chân bàn|table legs|n
giá đỡ|brackets|n
giá treo tivi|tv wall mounts|n
móc dán tường|adhesive hooks|n
ngũ kim|hardware|n
vật liệu xây dựng|building materials|n

# Chapter 84 (more): machinery, appliances, computers
máy nổ|small engines|n
máy đuôi tôm|outboard motors|n
turbo|turbochargers|n
tua bin gió|wind turbines|n
nồi hơi|boilers|n
máy bơm chìm|submersible pumps|n
bơm chìm|submersible pumps|n
bơm ly tâm|centrifugal pumps|n
bơm thủy lực|hydraulic pumps|n
bơm chân không|vacuum pumps|n
máy sủi oxy|aquarium air pumps|n
máy rửa xe|pressure washers|n
quạt đứng|floor fans|n
quạt cây|floor fans|n
quạt bàn|desk fans|n
quạt trần|ceiling fans|n
quạt treo tường|wall fans|n
quạt hút|exhaust fans|n
quạt thông gió|ventilation fans|n
quạt điều hòa|evaporative air coolers|n
quạt hơi nước|evaporative air coolers|n
quạt phun sương|mist fans|n
quạt mini|mini fans|n
quạt tích điện|rechargeable fans|n
quạt tản nhiệt|cooling fans|n
máy hút mùi|cooker hoods|n
máy lọc không khí|air purifiers|n
máy tạo ẩm|humidifiers|n
máy phun sương|humidifiers|n
máy hút ẩm|dehumidifiers|n
máy xông tinh dầu|aroma diffusers|n
máy khuếch tán tinh dầu|aroma diffusers|n
máy nén|compressors|n
dàn nóng|condensing units|n
dàn lạnh|evaporator units|n
tủ mát|display refrigerators|n
tủ lạnh mini|mini fridges|n
cây nước nóng lạnh|water dispensers|n
máy làm đá|ice makers|n
máy làm kem|ice cream makers|n
bơm nhiệt|heat pumps|n
máy sấy quần áo|tumble dryers|n
lõi lọc|filter cartridges|n
lọc gió|air filters|n
lọc dầu|oil filters|n
lọc nhớt|oil filters|n
lọc xăng|fuel filters|n
máy chiết rót|filling machines|n
máy hàn miệng túi|bag sealers|n
máy hút chân không|vacuum sealers|n
máy dán nhãn|labelling machines|n
cân điện tử|electronic scales|n
cân nhà bếp|kitchen scales|n
cân sức khỏe|bathroom scales|n
kích thước|dimensions|m
máy ép nhựa|injection moulding machines|n
máy in phun|inkjet printers|n
máy in nhiệt|thermal printers|n
máy in hóa đơn|receipt printers|n
máy in tem nhãn|label printers|n
máy quét|scanners|n
máy scan|scanners|n
máy tính để bàn|desktop computers|n
máy chủ|servers|n
bo mạch chủ|motherboards|n
mainboard|motherboards|n
bộ vi xử lý|processors|n
card màn hình|graphics cards|n
card đồ họa|graphics cards|n
ổ cứng|hard disk drives|n
thẻ nhớ|memory cards|n
màn hình máy tính|monitors|n
bàn phím cơ|mechanical keyboards|n
chuột máy tính|computer mouse|n
tay cầm chơi game|game controllers|n
bộ chia usb|usb hubs|n
đầu in|print heads|n
máy tính cầm tay|calculators|n
máy tính bỏ túi|calculators|n
máy đếm tiền|banknote counters|n
máy pos|card payment terminals|n
đầu đọc thẻ|card readers|n
máy quét mã vạch|barcode scanners|n
máy chấm công|time clocks|n
máy hủy giấy|paper shredders|n
máy hủy tài liệu|paper shredders|n
máy ép plastic|laminators|n
máy vắt sổ|overlock machines|n
máy thêu|embroidery machines|n
máy dệt|looms|n
máy tiện|lathes|n
máy phay|milling machines|n
máy cnc|cnc machines|n
máy cắt laser|laser cutting machines|n
máy khắc laser|laser engravers|n
máy khoan bàn|drill presses|n
máy mài|grinders|n
máy mài góc|angle grinders|n
máy chà nhám|sanders|n
máy đánh bóng|polishers|n
máy cưa|saws|n
máy cưa đĩa|circular saws|n
máy cưa lọng|jigsaws|n
máy cưa xích|chainsaws|n
cưa máy|chainsaws|n
máy cắt cỏ|lawnmowers|n
máy tỉa hàng rào|hedge trimmers|n
máy bắt vít|electric screwdrivers|n
máy siết bu lông|impact wrenches|n
dụng cụ điện cầm tay|power tools|n
máy bắn đinh|nail guns|n
máy trộn bê tông|concrete mixers|n
máy đầm|compactors|n
xe lu|road rollers|n
máy xúc lật|loaders|n
máy ủi|bulldozers|n
máy đào|excavators|n
xe cẩu|mobile cranes|n
pa lăng|hoists|n
con đội|jacks|n
thang cuốn|escalators|n
xe nâng tay|pallet trucks|n
máy cày|tractors|n
máy xới đất|rotary tillers|n
máy phun thuốc|sprayers|n
bình xịt thuốc|knapsack sprayers|n
máy gieo hạt|seeders|n
máy gặt|harvesters|n
máy tuốt lúa|threshers|n
máy xay xát|rice milling machines|n
máy xay|grinders|n
máy xay thịt|meat mincers|n
máy thái|slicers|n
máy nhồi bột|dough mixers|n
máy đánh trứng|hand mixers|n
máy trộn bột|stand mixers|n
máy ép trái cây|juicers|n
máy ép chậm|slow juicers|n
máy làm bánh mì|bread makers|n
máy nướng bánh mì|toasters|n
máy xay cà phê|coffee grinders|n
máy tạo bọt sữa|milk frothers|n
máy làm sữa hạt|soya milk makers|n
máy ấp trứng|egg incubators|n
lồng chim|bird cages|n
máy sục khí|aerators|n
chân vịt|propellers|n
máy bán hàng tự động|vending machines|n
robot hút bụi|robot vacuum cleaners|n
máy lau sàn|floor scrubbers|n
bánh răng|gears|n
hộp giảm tốc|gear reducers|n
trục|shafts|n
puly|pulleys|n
piston|pistons|n
xéc măng|piston rings|n
trục khuỷu|crankshafts|n
kim phun|fuel injectors|n
bộ chế hòa khí|carburettors|n
bơm xăng|fuel pumps|n
van điện từ|solenoid valves|n
van một chiều|check valves|n
van bi|ball valves|n
van cổng|gate valves|n
vòi rửa bát|kitchen taps|n
van phao|float valves|n
xi lanh thủy lực|hydraulic cylinders|n
xi lanh khí nén|pneumatic cylinders|n
máy ép nhiệt|heat press machines|n
máy ép thủy lực|hydraulic presses|n
máy ly tâm|centrifuges|n
kho lạnh|cold rooms|n
máy khâu|sewing machines|n
máy giặt sấy|washer-dryers|n

# Chapter 85 (more): electrical and electronic goods
động cơ điện|electric motors|n
máy phát|generators|n
bộ lưu điện|ups units|n
ổ điện|power strips|n
ổ cắm kéo dài|extension sockets|n
củ sạc|charger plugs|n
cục sạc|chargers|n
sạc nhanh|fast-charging|m
đế sạc|charging docks|n
tẩu sạc|car chargers|n
trạm sạc|charging stations|n
cáp sạc|charging cables|n
dây sạc|charging cables|n
cáp mạng|network cables|n
dây mạng|network cables|n
dây nối dài|extension cables|n
cáp đồng trục|coaxial cables|n
dây loa|speaker cables|n
bó dây điện|wiring harnesses|n
rơ le|relays|n
cầu chì|fuses|n
tủ điện|switchboards|n
aptomat|circuit breakers|n
khởi động từ|contactors|n
đầu nối|connectors|n
giắc cắm|connectors|n
đầu cốt|cable lugs|n
tụ điện|capacitors|n
điện trở|resistors|n
đi ốt|diodes|n
mạch in|printed circuit boards|n
bo mạch|circuit boards|n
mạch điện|circuits|n
cuộn dây|coils|n
nam châm|magnets|n
sứ cách điện|insulators|n
ống co nhiệt|heat-shrink tubing|n
bóng đèn led|led bulbs|n
đèn tuýp|fluorescent tubes|n
đèn huỳnh quang|fluorescent lamps|n
đèn halogen|halogen lamps|n
đèn led dây|led strips|n
dây đèn led|led strips|n
đèn nháy|fairy lights|n
đèn trang trí|decorative lights|n
đèn bàn|desk lamps|n
đèn học|desk lamps|n
đèn cây|floor lamps|n
đèn ốp trần|ceiling lights|n
đèn trần|ceiling lights|n
đèn tường|wall lights|n
đèn thả|pendant lights|n
đèn chùm|chandeliers|n
đèn âm trần|downlights|n
đèn rọi|spotlights|n
đèn pha|floodlights|n
đèn khẩn cấp|emergency lights|n
đèn ngủ|night lights|n
đèn pha ô tô|headlamps|n
đèn hậu|tail lights|n
đèn xi nhan|indicators|n
đèn sương mù|fog lamps|n
đèn đội đầu|head torches|n
đèn livestream|ring lights|n
đèn sân khấu|stage lights|n
đèn giao thông|traffic lights|n
loa kéo|portable karaoke speakers|n
loa vi tính|computer speakers|n
loa thanh|soundbars|n
loa siêu trầm|subwoofers|n
amply|amplifiers|n
âm ly|amplifiers|n
bàn trộn âm thanh|audio mixers|n
dàn âm thanh|audio systems|n
thiết bị âm thanh|audio equipment|n
máy radio|radios|n
bộ đàm|walkie-talkies|n
đầu đĩa|disc players|n
máy hát karaoke|karaoke machines|n
tai nghe có dây|wired earphones|n
tai nghe chụp tai|over-ear headphones|n
tai nghe nhét tai|in-ear earphones|n
ti vi|televisions|n
đầu thu|set-top boxes|n
ăng ten|aerials|n
anten|aerials|n
chảo vệ tinh|satellite dishes|n
máy chiếu|projectors|n
màn chiếu|projection screens|n
màn hình cảm ứng|touch screens|n
bảng led|led signs|n
biển quảng cáo|signboards|n
camera hành trình|dashboard cameras|n
camera giám sát|surveillance cameras|n
máy quay phim|video cameras|n
chuông cửa|doorbells|n
báo trộm|burglar alarms|n
báo cháy|fire alarms|n
đầu báo khói|smoke detectors|n
còi báo động|sirens|n
điện thoại bàn|landline telephones|n
điện thoại cố định|landline telephones|n
giá đỡ điện thoại|phone holders|n
gậy tự sướng|selfie sticks|n
bộ phát wifi|wi-fi routers|n
cục phát wifi|wi-fi routers|n
bộ kích sóng wifi|wi-fi extenders|n
thiết bị mạng|network equipment|n
thẻ sim|sim cards|n
vòng đeo tay thông minh|fitness bands|n
kính thực tế ảo|vr headsets|n
bộ nguồn|power supplies|n
pin sạc|rechargeable batteries|n
pin tiểu|aa batteries|n
pin cúc áo|button cells|n
pin kiềm|alkaline batteries|n
ắc quy ô tô|car batteries|n
máy duỗi tóc|hair straighteners|n
máy ép tóc|hair straighteners|n
máy uốn tóc|curling irons|n
tông đơ|hair clippers|n
máy triệt lông|ipl hair removal devices|n
máy tăm nước|water flossers|n
súng massage|massage guns|n
ghế massage|massage chairs|n
vợt muỗi|electric fly swatters|n
đèn bắt muỗi|insect killers|n
bếp hồng ngoại|infrared cookers|n
nồi lẩu điện|electric hot pots|n
nồi nấu chậm|slow cookers|n
máy xay cầm tay|hand blenders|n
bàn ủi|irons|n
bàn là hơi nước|steam irons|n
bàn ủi hơi nước|steam irons|n
máy là hơi nước|garment steamers|n
bộ hẹn giờ|timers|n
bộ điều nhiệt|thermostats|n
mỏ hàn|soldering irons|n
súng khò nhiệt|heat guns|n
máy hàn que|arc welders|n
máy cắt plasma|plasma cutters|n
que hàn|welding electrodes|n
bút laser|laser pointers|n
đèn cắm trại|camping lanterns|n
sạc ắc quy|battery chargers|n
còi xe|horns|n
cần gạt mưa|wiper blades|n
camera lùi|reversing cameras|n
cảm biến lùi|parking sensors|n
định vị gps|gps trackers|n
thiết bị định vị|gps trackers|n

# Chapter 86-89 (more): vehicles and parts
xe con|passenger cars|n
xe khách|coaches|n
xe cứu thương|ambulances|n
xe cứu hỏa|fire engines|n
xe chở rác|refuse lorries|n
xe đầu kéo|road tractors|n
xe ben|dump trucks|n
xe tải đông lạnh|refrigerated lorries|n
xe ba bánh|tricycles|n
xe đạp địa hình|mountain bikes|n
xe đạp đua|road bikes|n
xe đạp gấp|folding bicycles|n
xe scooter|kick scooters|n
mô tô|motorcycles|n
xe phân khối lớn|large motorcycles|n
xe đẩy hàng|hand trucks|n
xe đẩy siêu thị|shopping trolleys|n
xe rùa|wheelbarrows|n
xe đẩy em bé|baby carriages|n
xe nôi|baby carriages|n
cản xe|bumpers|n
ba đờ sốc|bumpers|n
chắn bùn|mudguards|n
mâm xe|alloy wheels|n
la zăng|wheel rims|n
vành xe|wheel rims|n
trục láp|drive shafts|n
nhíp xe|leaf springs|n
bộ ly hợp|clutches|n
đĩa phanh|brake discs|n
phanh đĩa|disc brakes|n
bố thắng|brake pads|n
rotuyn|ball joints|n
chân máy|engine mounts|n
ống pô|exhaust pipes|n
bình xăng|fuel tanks|n
công tơ mét|speedometers|n
tay lái|handlebars|n
ghi đông|handlebars|n
yên xe|saddles|n
củ đề|starter motors|n
xích xe|chains|n
nhông xích|chain and sprocket sets|n
khung xe đạp|bicycle frames|n
bơm xe|air pumps|n
bơm hơi|inflators|n
bơm lốp ô tô|tyre inflators|n
bọc ghế ô tô|car seat covers|n
bọc vô lăng|steering wheel covers|n
vô lăng|steering wheels|n
ghế ô tô trẻ em|child car seats|n
baga mui|roof racks|n
dây câu bình|jump leads|n
cánh gió|spoilers|n
du thuyền|yachts|n
ca nô|speedboats|n
thuyền kayak|kayaks|n
xuồng|dinghies|n
xuồng hơi|inflatable boats|n
tàu kéo|tugs|n
tàu chở dầu|tankers|n
thuyền buồm|sailing boats|n
mô tô nước|jet skis|n
phao cứu sinh|lifebuoys|n
phao|floats|n
đầu máy xe lửa|locomotives|n
toa xe|railway coaches|n
đường ray|railway track|n

# Chapter 90-93 (more): instruments, medical, watches, music, arms
máy đo đường huyết|blood glucose meters|n
nhiệt kế hồng ngoại|infrared thermometers|n
máy đo nồng độ oxy|pulse oximeters|n
máy xông mũi họng|nebulisers|n
máy xông khí dung|nebulisers|n
máy thở|ventilators|n
bộ truyền dịch|infusion sets|n
ống thông|catheters|n
kim tiêm|hypodermic needles|n
bơm tiêm|syringes|n
ống nghe|stethoscopes|n
máy x-quang|x-ray machines|n
giường bệnh|hospital beds|n
nạng|crutches|n
khung tập đi|walking frames|n
đai lưng|back supports|n
đai cột sống|back braces|n
đai gối|knee supports|n
chân giả|artificial limbs|n
răng giả|dentures|n
răng sứ|dental crowns|n
niềng răng|orthodontic braces|n
dụng cụ phẫu thuật|surgical instruments|n
dao mổ|scalpels|n
máy massage chân|foot massagers|n
gối massage|massage pillows|n
kính cận|myopia glasses|n
kính lão|reading glasses|n
gọng kính|spectacle frames|n
kính chống ánh sáng xanh|blue-light glasses|n
kính bơi|swimming goggles|n
kính bảo hộ|safety glasses|n
tròng kính|spectacle lenses|n
kính áp tròng|contact lenses|n
ống nhòm|binoculars|n
kính thiên văn|telescopes|n
kính lúp|magnifying glasses|n
máy đo khoảng cách|distance meters|n
thước thủy|spirit levels|n
máy cân bằng laser|laser levels|n
thước cuộn|tape measures|n
thước kẹp|vernier callipers|n
đồng hồ vạn năng|multimeters|n
công tơ điện|electricity meters|n
đồng hồ nước|water meters|n
ampe kìm|clamp meters|n
máy đo độ ẩm|hygrometers|n
máy đo ph|ph meters|n
la bàn|compasses|n
đồng hồ áp suất|pressure gauges|n
máy đo nồng độ cồn|breathalysers|n
máy dò kim loại|metal detectors|n
dụng cụ thí nghiệm|laboratory equipment|n
ống nghiệm|test tubes|n
máy hút sữa|breast pumps|n
máy tiệt trùng bình sữa|bottle sterilisers|n
máy hâm sữa|bottle warmers|n
đồng hồ treo tường|wall clocks|n
đồng hồ để bàn|table clocks|n
đồng hồ bấm giờ|stopwatches|n
đồng hồ cơ|mechanical watches|n
đồng hồ điện tử|digital watches|n
đàn organ|electronic keyboards|n
đàn ukulele|ukuleles|n
đàn violin|violins|n
vĩ cầm|violins|n
sáo trúc|bamboo flutes|n
kèn harmonica|harmonicas|n
kèn|trumpets|n
bộ trống|drum kits|n
chũm chọe|cymbals|n
đàn tranh|zithers|n
dây đàn|strings for instruments|n
dùi trống|drumsticks|n
hộp nhạc|music boxes|n
súng ngắn|pistols|n
súng trường|rifles|n
súng săn|hunting guns|n
súng hơi|air guns|n
kiếm|swords|n
cung tên|bows and arrows|n
bình xịt hơi cay|pepper spray|n

# Chapter 94-97 (more): furniture, toys, sports, miscellaneous articles
bàn trà|coffee tables|n
tủ đầu giường|bedside tables|n
bàn trang điểm|dressing tables|n
bàn gấp|folding tables|n
bàn máy tính|computer desks|n
bàn học|study desks|n
bàn họp|conference tables|n
kệ tivi|tv stands|n
giá sách|bookshelves|n
tủ trưng bày|display cabinets|n
ngăn kéo|drawers|n
tủ đựng đồ|storage cabinets|n
kệ để đồ|shelving units|n
bộ bàn ăn|dining sets|n
bộ bàn ghế|table and chair sets|n
sofa giường|sofa beds|n
ghế gấp|folding chairs|n
ghế gaming|gaming chairs|n
ghế quầy bar|bar stools|n
ghế đẩu|stools|n
ghế dã ngoại|camping chairs|n
ghế bập bênh|rocking chairs|n
ghế thư giãn|recliners|n
ghế lười|bean bags|n
ghế ăn dặm|high chairs|n
ghế băng|benches|n
ghế xoay|swivel chairs|n
giường tầng|bunk beds|n
giường gấp|folding beds|n
khung giường|bed frames|n
đệm hơi|air beds|n
gối tựa lưng|cushions|n
gối chữ u|neck pillows|n
nhà lắp ghép|prefabricated houses|n
nhà kính|greenhouses|n
nội thất văn phòng|office furniture|n
bàn ghế sân vườn|outdoor furniture|n
nội thất ngoài trời|outdoor furniture|n
nhà cây cho mèo|cat trees|n
ổ nằm|pet beds|n
đồ chơi giáo dục|educational toys|n
mô hình|scale models|n
đồ chơi lắp ráp|building toys|n
đồ chơi xếp hình|building blocks|n
ghép hình|jigsaw puzzles|n
tranh ghép hình|jigsaw puzzles|n
cờ tướng|chinese chess|n
bài tây|playing cards|n
bộ bài|playing cards|n
xúc xắc|dice|n
con quay|spinning tops|n
diều|kites|n
súng đồ chơi|toy guns|n
ô tô đồ chơi|toy cars|n
xe điều khiển|remote control cars|n
máy bay điều khiển|remote control aircraft|n
robot đồ chơi|toy robots|n
bể bơi phao|inflatable pools|n
phao bơi|swim rings|n
nhà bóng|ball pits|n
cầu trượt|slides|n
xích đu|swings|n
bập bênh|seesaws|n
ngựa bập bênh|rocking horses|n
xe chòi chân|balance bikes|n
xe tập đi|baby walkers|n
ván trượt|skateboards|n
giày patin|roller skates|n
bàn bida|billiard tables|n
phi tiêu|darts|n
vợt bóng bàn|table tennis bats|n
bóng bàn|table tennis balls|n
vợt cầu lông|badminton rackets|n
quả cầu lông|shuttlecocks|n
vợt tennis|tennis rackets|n
bóng tennis|tennis balls|n
bóng chuyền|volleyballs|n
bóng golf|golf balls|n
túi golf|golf bags|n
găng tay boxing|boxing gloves|n
găng đấm bốc|boxing gloves|n
bao cát|punching bags|n
dây nhảy|skipping ropes|n
tạ tay|dumbbells|n
tạ đòn|barbells|n
tạ ấm|kettlebells|n
dây kháng lực|resistance bands|n
xe đạp tập|exercise bikes|n
máy tập|exercise machines|n
dụng cụ tập gym|fitness equipment|n
vòng lắc eo|hula hoops|n
con lăn massage|foam rollers|n
mũ bơi|swimming caps|n
chân vịt bơi|swim fins|n
kính lặn|diving masks|n
ván lướt sóng|surfboards|n
ván chèo đứng|paddleboards|n
gậy leo núi|trekking poles|n
dụng cụ cắm trại|camping equipment|n
đồ cắm trại|camping equipment|n
lưỡi câu|fish hooks|n
máy câu|fishing reels|n
dây câu|fishing line|n
mồi câu|fishing bait|n
mồi giả|artificial lures|n
đồ chơi cho chó|dog toys|n
cào móng mèo|cat scratchers|n
đồ trang trí noel|christmas decorations|n
phụ kiện sinh nhật|party supplies|n
gặm nướu|teethers|n
quây cũi|playpens|n
cọ trang điểm|make-up brushes|n
bộ cọ trang điểm|make-up brush sets|n
mút trang điểm|make-up sponges|n
bông phấn|powder puffs|n
cọ sơn|paint brushes|n
con lăn sơn|paint rollers|n
cọ vẽ|artists' brushes|n
chổi cọ toilet|toilet brushes|n
chổi lông gà|feather dusters|n
cây lau nhà|mops|n
chổi lau nhà|mops|n
bộ lau nhà|spin mop sets|n
ki hốt rác|dustpans|n
cây lăn bụi|lint rollers|n
lược chải tóc|hairbrushes|n
bút gel|gel pens|n
bút máy|fountain pens|n
bút lông|felt-tip pens|n
bút dạ quang|highlighters|n
bút highlight|highlighters|n
bút lông dầu|permanent markers|n
bút viết bảng|whiteboard markers|n
bút màu|coloured pens|n
bút chì màu|coloured pencils|n
sáp màu|wax crayons|n
bút sáp|wax crayons|n
phấn viết bảng|chalk|n
bút chì kim|mechanical pencils|n
ruột chì|pencil leads|n
gọt bút chì|pencil sharpeners|n
chuốt bút chì|pencil sharpeners|n
ruột bút|pen refills|n
con dấu|stamps|n
bảng trắng|whiteboards|n
bảng đen|blackboards|n
văn phòng phẩm|stationery|n
đồ dùng học tập|school supplies|n
dụng cụ học tập|school supplies|n
bút xóa|correction pens|n
băng xóa|correction tape|n
hột quẹt|lighters|n
tẩu thuốc|smoking pipes|n
cúc bấm|press studs|n
dây kéo|zips|n
tampon|tampons|n
băng vệ sinh hàng ngày|panty liners|n
tấm lót|underpads|n
tã|nappies|n
tã dán|nappies|n
tã quần|pant nappies|n
bỉm quần|pant nappies|n
tay cầm chống rung|gimbals|n
ma nơ canh|mannequins|n
tranh sơn dầu|oil paintings|n
tranh sơn mài|lacquer paintings|n
tranh thêu|embroidered pictures|n
tranh treo tường|wall art|n
tác phẩm nghệ thuật|works of art|n
điêu khắc|sculptures|n
tượng phật|buddha statues|n
đồ sưu tầm|collectors' pieces|n

# General trade qualifiers (more)
di động|portable|m
gắn ngoài|external|m
chống bụi|dustproof|m
chống sốc|shockproof|m
chống trượt|non-slip|m
chịu nhiệt|heat-resistant|m
chống cháy|fire-resistant|m
chống gỉ|rust-proof|m
siêu nhẹ|lightweight|m
gấp gọn|folding|m
điều chỉnh|adjustable|m
tháo rời|detachable|m
dùng một lần|disposable|m
tái sử dụng|reusable|m
chân không|vacuum|m
đa năng|multi-purpose|m
đa chức năng|multifunction|m
kỹ thuật số|digital|m
an toàn thực phẩm|food-grade|m
cỡ nhỏ|small|m
cỡ lớn|large|m
bộ|set|m
set|set|m
quà tặng|gifts|n
hộp quà tặng|gift sets|n
quà lưu niệm|souvenirs|n
đồ lưu niệm|souvenirs|n
hàng chính hãng|genuine|m
hàng nhập khẩu|imported|m
bán sỉ|wholesale|m
giá sỉ|wholesale|m
cao cấp|premium|m
sang trọng|luxury|m
màu đen|black|m
màu trắng|white|m
màu đỏ|red|m
màu xanh dương|blue|m
màu xanh lá|green|m
màu vàng|yellow|m
màu hồng|pink|m
màu tím|purple|m
màu cam|orange|m
màu xám|grey|m
màu nâu|brown|m
màu be|beige|m
trong suốt|transparent|m
nhật bản|japanese|m
hàn quốc|korean|m
trung quốc|chinese|m
thái lan|thai|m

# Marketplace words (more)
ống rộng|wide-leg|m
ống suông|straight-leg|m
ống loe|flared|m
lưng cao|high-waisted|m
cạp cao|high-waisted|m
sạc điện|rechargeable|m
tích điện|rechargeable|m
để bàn|desktop|m
cho bé|for babies|m
trẻ nhỏ|children's|m
xếp hình|building blocks|n
cờ tổ quốc|national flags|n
lá cờ|flags|n
`,
};
