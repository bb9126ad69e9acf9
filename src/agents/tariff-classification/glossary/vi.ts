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
`,
};
