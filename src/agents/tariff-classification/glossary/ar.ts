import type { GlossaryLanguage } from 'src/agents/tariff-classification/glossary/glossary-types';

/**
 * Arabic trade words: goods, materials, states and uses, with their English. Terms are written without
 * diacritics, with and without the article ال, in masculine and feminine forms, and also in the spellings
 * listings use without hamza (احذية, اطفال); Gulf, Levantine and Egyptian trade words are listed beside
 * the standard ones (جوال, خلوي, موبايل).
 */
export const ARABIC: GlossaryLanguage = {
  code: 'ar',
  name: 'Arabic',
  head: 'first',
  unspaced: false,
  skip: 'من في مع لل ل و على عن إلى الى بدون حجم عبوة عبوات قطعة قطع كرتون كرتونة حبة حبات علبة علب ذو ذات ذوي أو او أي اي هذا هذه كل جدا ب ك ف عدد نوع ماركة براند موديل طراز لون اللون مقاس مقاسات المقاس سعة وزن الوزن طول عرض ارتفاع قطر سم مم ملم مل لتر لترات كجم كغ كغم كيلو كيلوغرام غرام غم جرام جم ملغ واط وات فولت أمبير امبير إنش انش بوصة متر م منتج منتجات خاص خاصة مخصص مخصصة مناسب مناسبة متوافق متوافقة لجميع جميع جودة ممتاز ممتازة أفضل افضل سعر خصم مجاني مجانا توصيل ضمان سنة سنوات حتى فقط أكثر اكثر بين عند يصل دقيقة دقائق خيارات خلال قدرة درجة درجات رزمة لحفظ حوالي تقريبا وحدة وحدات تركيب التركيب الواحد الواحدة واحد واحدة تركيز قدم',
  entries: `
# Chapter 01: live animals
حيوانات حية|live animals|n
حيوان حي|live animals|n
حية|live|m
ماشية|livestock|n
مواشي|livestock|n
المواشي|livestock|n
أبقار|cattle|n
ابقار|cattle|n
بقر|cattle|n
بقرة|cows|n
عجل|calves|n
عجول|calves|n
ثور|bulls|n
ثيران|bulls|n
جاموس|buffalo|n
خيل|horses|n
خيول|horses|n
حصان|horses|n
أحصنة|horses|n
احصنة|horses|n
حمار|asses|n
حمير|asses|n
بغل|mules|n
بغال|mules|n
إبل|camels|n
جمل|camels|n
ناقة|camels|n
خنزير|swine|n
خنازير|swine|n
أغنام|sheep|n
اغنام|sheep|n
غنم|sheep|n
خروف|sheep|n
خراف|sheep|n
نعجة|sheep|n
ماعز|goats|n
الماعز|goats|n
دواجن|poultry|n
الدواجن|poultry|n
طيور داجنة|poultry|n
دجاج|chicken|n
الدجاج|chicken|n
دجاجة|chicken|n
فراخ|chicken|n
فروج|chicken|n
الفروج|chicken|n
صيصان|chicks|n
كتاكيت|chicks|n
بطة|ducks|n
لحم بط|duck meat|n
بط مجمد|frozen ducks|n
ديك رومي|turkeys|n
حبش|turkeys|n
إوز|geese|n
طيور الحمام|pigeons|n
حمام زاجل|pigeons|n
أرانب|rabbits|n
ارانب|rabbits|n
أرنب|rabbits|n
ارنب|rabbits|n
نحل|bees|n
النحل|bees|n
طيور|birds|n
طائر|birds|n
عصافير|birds|n
ببغاء|parrots|n
ببغاوات|parrots|n
حيوانات أليفة|pets|n
الحيوانات الأليفة|pets|n
أليفة|pet|m
اليفة|pet|m
كلاب|dogs|n
كلب|dogs|n
قطط|cats|n
قطة|cats|n
أسماك زينة|ornamental fish|n
سمك زينة|ornamental fish|n
للتربية|for breeding|m

# Chapter 02: meat and offal
لحم|meat|n
لحوم|meat|n
اللحم|meat|n
اللحوم|meat|n
لحمة|meat|n
لحم بقري|beef|n
لحم البقر|beef|n
لحوم بقرية|beef|n
لحم عجل|veal|n
لحم العجل|veal|n
بقري|bovine|m
بقرية|bovine|m
لحم ضأن|mutton|n
لحم الضأن|mutton|n
ضأن|sheep|m
لحم غنم|mutton|n
لحم الغنم|mutton|n
لحم خروف|lamb|n
لحم الخروف|lamb|n
لحم الجمل|camel meat|n
لحم الإبل|camel meat|n
لحم حاشي|camel meat|n
لحم خنزير|pork|n
لحم الخنزير|pork|n
مفروم|minced|m
مفرومة|minced|m
كفتة|meatballs|n
صدور دجاج|chicken breasts|n
صدر دجاج|chicken breasts|n
صدور الدجاج|chicken breasts|n
أفخاذ دجاج|chicken legs|n
فخذ دجاج|chicken legs|n
أجنحة دجاج|chicken wings|n
أجنحة الدجاج|chicken wings|n
أوراك دجاج|chicken thighs|n
قطع دجاج|chicken cuts|n
قطع غيار دراجات|bicycle parts|n
كبد|liver|n
كبدة|liver|n
الكبد|liver|n
قوانص|gizzards|n
أحشاء|offal|n
احشاء|offal|n
مخلفات الذبائح|edible offal|n
كرشة|tripe|n
كوارع|trotters|n
ذبيحة|carcasses|n
ذبائح|carcasses|n
أنصاف ذبائح|half-carcasses|n
ستيك|steaks|n
ستيك لحم|beef steaks|n
شريحة لحم|steaks|n
ريش غنم|lamb chops|n
ريش ضأن|lamb chops|n
ضلوع|ribs|n
أضلاع|ribs|n
اضلاع|ribs|n
فخذ خروف|leg of lamb|n
بالعظم|bone in|m
بدون عظم|boneless|m
بدون عظام|boneless|m
منزوع العظم|boneless|m
مخلي|boneless|m
سجق|sausages|n
نقانق|sausages|n
مرتديلا|sausages|n
سلامي|salami sausages|n
لانشون|luncheon meat|n
بسطرمة|cured beef|n
لحم مقدد|dried meat|n
قديد|dried meat|n
بيكون|bacon|n
حلال|halal|m

# Chapter 03: fish and seafood
سمك|fish|n
أسماك|fish|n
اسماك|fish|n
السمك|fish|n
الأسماك|fish|n
الاسماك|fish|n
سمكة|fish|n
مأكولات بحرية|seafood|n
المأكولات البحرية|seafood|n
ثمار البحر|seafood|n
فواكه البحر|seafood|n
تونة|tuna|n
تونا|tuna|n
التونة|tuna|n
سلمون|salmon|n
سالمون|salmon|n
السلمون|salmon|n
سردين|sardines|n
السردين|sardines|n
ماكريل|mackerel|n
إسقمري|mackerel|n
اسقمري|mackerel|n
كنعد|seerfish|n
هامور|groupers|n
زبيدي|silver pomfrets|n
بلطي|tilapias|n
بوري|mullet|n
قاروص|sea bass|n
سيباس|sea bass|n
دنيس|sea bream|n
سمك موسى|sole|n
سمك القد|cod|n
سمك قد|cod|n
أنشوجة|anchovies|n
انشوجة|anchovies|n
أنشوفة|anchovies|n
انشوفة|anchovies|n
سمك الهلبوت|halibut|n
تراوت|trout|n
سلمون مرقط|trout|n
قرموط|catfish|n
سمك السلور|catfish|n
بانجا|pangasius|n
رنجة|herrings|n
رنجه|herrings|n
فسيخ|salted fish|n
روبيان|shrimps|n
ربيان|shrimps|n
الروبيان|shrimps|n
جمبري|shrimps|n
الجمبري|shrimps|n
قريدس|shrimps|n
القريدس|shrimps|n
كركند|lobsters|n
استاكوزا|lobsters|n
جراد البحر|lobsters|n
سلطعون|crabs|n
كابوريا|crabs|n
سرطان البحر|crabs|n
قبقب|crabs|n
حبار|cuttlefish|n
سبيدج|cuttlefish|n
كاليماري|squid|n
كلمار|squid|n
أخطبوط|octopus|n
اخطبوط|octopus|n
محار|oysters|n
بلح البحر|mussels|n
أم الخلول|clams|n
حلزون|snails|n
قواقع|molluscs|n
فيليه|fillets|n
شرائح سمك|fish fillets|n
أصابع السمك|fish fingers|n
أصابع سمك|fish fingers|n
بطارخ|roe|n
بيض السمك|roe|n
كافيار|caviar|n
زعانف القرش|shark fins|n
مسحوق السمك|fish meal|n
مسحوق غسيل الملابس|washing powder|n
دقيق السمك|fish meal|n

# Chapter 04: dairy, eggs, honey
حليب|milk|n
الحليب|milk|n
لبن رائب|buttermilk|n
لبن زبادي|yogurt|n
حليب بودرة|milk powder|n
حليب مجفف|milk powder|n
حليب مكثف|condensed milk|n
حليب مبخر|evaporated milk|n
حليب طويل الأجل|UHT milk|n
حليب كامل الدسم|whole milk|n
حليب خالي الدسم|skimmed milk|n
حليب قليل الدسم|semi-skimmed milk|n
حليب ماعز|goat's milk|n
حليب الماعز|goat's milk|n
حليب الإبل|camel milk|n
حليب النوق|camel milk|n
حليب أطفال|infant formula|n
حليب الأطفال|infant formula|n
حليب رضع|infant formula|n
حليب الرضع|infant formula|n
كامل الدسم|full-fat|m
قليل الدسم|low-fat|m
خالي الدسم|fat-free|m
خالي من الدسم|fat-free|m
منزوع الدسم|skimmed|m
قشطة|cream|n
القشطة|cream|n
كريمة|cream|n
كريمة خفق|whipping cream|n
كريمة الخفق|whipping cream|n
كريمة طبخ|cooking cream|n
كريمة الطبخ|cooking cream|n
قيمر|clotted cream|n
زبادي|yogurt|n
الزبادي|yogurt|n
يوغرت|yogurt|n
لبنة|strained yogurt|n
عيران|yogurt drink|n
زبدة|butter|n
الزبدة|butter|n
زبده|butter|n
سمن|ghee|n
سمن حيواني|ghee|n
سمن بلدي|ghee|n
سمنة|ghee|n
جبن|cheese|n
جبنة|cheese|n
جبنة حلوم|halloumi cheese|n
أجبان|cheese|n
اجبان|cheese|n
الجبن|cheese|n
الجبنة|cheese|n
جبنه|cheese|n
شيدر|cheddar|m
موزاريلا|mozzarella|m
موتزاريلا|mozzarella|m
جبنة مطبوخة|processed cheese|n
جبن مطبوخ|processed cheese|n
فيتا|feta|m
حلوم|halloumi cheese|n
جبنة رومي|hard cheese|n
جبنة قريش|curd cheese|n
جبنة شرائح|sliced cheese|n
بارميزان|parmesan|m
مصل اللبن|whey|n
بيض|eggs|n
البيض|eggs|n
بيضة|eggs|n
بيض دجاج|hens' eggs|n
بيض مائدة|table eggs|n
بيض مخصب|fertilised eggs|n
بيض بلدي|free-range eggs|n
بيض بط|duck eggs|n
بيض سمان|quail eggs|n
صفار البيض|egg yolks|n
بياض البيض|egg white|n
مسحوق البيض|egg powder|n
عسل|honey|n
العسل|honey|n
عسل نحل|natural honey|n
عسل النحل|natural honey|n
عسل سدر|natural honey|n
عسل أسود|molasses|n
غذاء ملكات النحل|royal jelly|n
غذاء الملكات|royal jelly|n
شمع العسل|beeswax|n
شمع سيارات|car wax|n
شمع النحل|beeswax|n
ألبان|dairy|m
البان|dairy|m
منتجات ألبان|dairy products|n
منتجات الألبان|dairy products|n

# Chapter 05: other animal products
شعر بشري|human hair|n
شعر طبيعي|human hair|n
ريش|feathers|n
ريش نعام|ostrich feathers|n
زغب|down|n
عظام|bones|n
قرون|horns|n
عاج|ivory|n
مصارين|guts|n
أمعاء|guts|n
امعاء|guts|n
أغلفة سجق|sausage casings|n
شعر الخيل|horsehair|n
مرجان|coral|n

# Chapter 06: live plants and cut flowers
نباتات|plants|n
نبات|plants|n
النباتات|plants|n
نباتات زينة|ornamental plants|n
نباتات الزينة|ornamental plants|n
شتلات|seedlings|n
شتلة|seedlings|n
أشجار|trees|n
اشجار|trees|n
شجرة|trees|n
شجيرات|shrubs|n
فسائل نخيل|date palm offshoots|n
نخيل|palm trees|n
نخلة|palm trees|n
زهور|flowers|n
الزهور|flowers|n
زهرة|flowers|n
أزهار|flowers|n
ازهار|flowers|n
ورد|roses|n
ورود|roses|n
الورد|roses|n
وردة|roses|n
زهور مقطوفة|cut flowers|n
زهور طبيعية|fresh flowers|n
باقة ورد|bouquets|n
باقة زهور|bouquets|n
أبصال|bulbs|n
ابصال|bulbs|n
بصيلات|bulbs|n
درنات|tubers|n
صبار|cacti|n
أوركيد|orchids|n
اوركيد|orchids|n
زهور القرنفل|carnations|n
توليب|tulips|n
خزامى|lavender|n
لافندر|lavender|n
أقحوان|chrysanthemums|n
اقحوان|chrysanthemums|n
عشب|grass|n
عشبي|herbal|m
عشبية|herbal|m
نجيل|turf|n
أوراق الشجر|foliage|n

# Chapter 07: vegetables
خضار|vegetables|n
خضروات|vegetables|n
خضراوات|vegetables|n
الخضار|vegetables|n
الخضروات|vegetables|n
بطاطس|potatoes|n
البطاطس|potatoes|n
بطاطا|potatoes|n
البطاطا|potatoes|n
طماطم|tomatoes|n
الطماطم|tomatoes|n
بندورة|tomatoes|n
البندورة|tomatoes|n
بصل|onions|n
البصل|onions|n
بصل أخضر|spring onions|n
ثوم|garlic|n
الثوم|garlic|n
كراث|leeks|n
ملفوف|cabbages|n
كرنب|cabbages|n
قرنبيط|cauliflowers|n
بروكلي|broccoli|n
كرنب بروكسل|Brussels sprouts|n
خس|lettuce|n
الخس|lettuce|n
سبانخ|spinach|n
جرجير|rocket|n
بقدونس|parsley|n
كزبرة|coriander|n
نعناع|mint|n
النعناع|mint|n
شبت|dill|n
كرفس|celery|n
جزر|carrots|n
الجزر|carrots|n
لفت|turnips|n
شمندر|beetroot|n
بنجر|beetroot|n
فجل|radishes|n
خيار|cucumbers|n
الخيار|cucumbers|n
كوسا|courgettes|n
كوسة|courgettes|n
باذنجان|aubergines|n
بادنجان|aubergines|n
فلفل|pepper|n
الفلفل|pepper|n
فلفل رومي|sweet peppers|n
فليفلة|sweet peppers|n
فلفل حار|chilli peppers|n
بامية|okra|n
البامية|okra|n
فاصوليا|beans|n
فاصولياء|beans|n
فاصوليا بيضاء|haricot beans|n
فاصوليا حمراء|kidney beans|n
لوبيا|beans|n
فول|broad beans|n
الفول|broad beans|n
فول مدمس|cooked broad beans|n
بازلاء|peas|n
بازيلا|peas|n
بسلة|peas|n
حمص|chickpeas|n
الحمص|chickpeas|n
عدس|lentils|n
العدس|lentils|n
حبوب الترمس|lupines|n
بقوليات|dried leguminous vegetables|n
البقوليات|dried leguminous vegetables|n
ذرة حلوة|sweetcorn|n
ذرة صفراء|maize|n
فطر|mushrooms|n
الفطر|mushrooms|n
مشروم|mushrooms|n
عيش الغراب|mushrooms|n
كمأة|truffles|n
كماة|truffles|n
فقع|truffles|n
قلقاس|taro|n
كسافا|cassava|n
منيهوت|manioc|n
خرشوف|artichokes|n
أرضي شوكي|artichokes|n
هليون|asparagus|n
ملوخية|jute mallow leaves|n
ورق عنب|vine leaves|n
ورق العنب|vine leaves|n
زيتون|olives|n
الزيتون|olives|n
قرع|pumpkins|n
يقطين|pumpkins|n

# Chapter 08: fruit and nuts
فواكه|fruit|n
فاكهة|fruit|n
الفواكه|fruit|n
الفاكهة|fruit|n
تفاح|apples|n
التفاح|apples|n
تفاحة|apples|n
برتقال|oranges|n
البرتقال|oranges|n
برتقالة|oranges|n
يوسفي|mandarins|n
يوسف أفندي|mandarins|n
مندرين|mandarins|n
ماندرين|mandarins|n
كلمنتينا|clementines|n
كلمنتين|clementines|n
ليمون|lemons|n
الليمون|lemons|n
ليمون أخضر|limes|n
لومي|dried limes|n
جريب فروت|grapefruit|n
كريب فروت|grapefruit|n
ليموناضة|lemonade|n
ليموناد|lemonade|n
حمضيات|citrus fruit|n
الحمضيات|citrus fruit|n
موز|bananas|n
الموز|bananas|n
مانجو|mangoes|n
المانجو|mangoes|n
مانجا|mangoes|n
منجا|mangoes|n
أناناس|pineapples|n
اناناس|pineapples|n
الأناناس|pineapples|n
الاناناس|pineapples|n
بابايا|papaws|n
جوافة|guavas|n
جوافه|guavas|n
أفوكادو|avocados|n
افوكادو|avocados|n
كيوي|kiwifruit|n
تين|figs|n
التين|figs|n
تين شوكي|prickly pears|n
تمر|dates|n
تمور|dates|n
التمر|dates|n
التمور|dates|n
رطب|fresh dates|n
رطبة|moist|m
بلح|dates|n
عجوة|dates|n
عنب|grapes|n
العنب|grapes|n
زبيب|raisins|n
الزبيب|raisins|n
كشمش|currants|n
بطيخ|watermelons|n
البطيخ|watermelons|n
حبحب|watermelons|n
شمام|melons|n
كنتالوب|cantaloupes|n
فراولة|strawberries|n
فراوله|strawberries|n
الفراولة|strawberries|n
فريز|strawberries|n
توت|berries|n
التوت|berries|n
توت أزرق|blueberries|n
توت بري|cranberries|n
توت العليق|raspberries|n
توت عليق|raspberries|n
فرامبواز|raspberries|n
توت أسود|blackberries|n
كرز|cherries|n
الكرز|cherries|n
مشمش|apricots|n
المشمش|apricots|n
قمر الدين|apricot paste|n
خوخ|peaches|n
الخوخ|peaches|n
دراق|peaches|n
دراقن|peaches|n
نكتارين|nectarines|n
برقوق|plums|n
إجاص|pears|n
اجاص|pears|n
كمثرى|pears|n
انجاص|pears|n
رمان|pomegranates|n
الرمان|pomegranates|n
كاكا|persimmons|n
سفرجل|quinces|n
ليتشي|litchis|n
دوريان|durians|n
رامبوتان|rambutan|n
باشن فروت|passion fruit|n
فاكهة الباشن|passion fruit|n
فاكهة التنين|dragon fruit|n
دراغون فروت|dragon fruit|n
نبق|jujubes|n
جوز الهند|coconuts|n
جوز هند|coconuts|n
نارجيل|coconuts|n
لوز|almonds|n
اللوز|almonds|n
فستق|pistachios|n
فستق حلبي|pistachios|n
الفستق|pistachios|n
فول سوداني|ground-nuts|n
الفول السوداني|ground-nuts|n
فستق سوداني|ground-nuts|n
فستق عبيد|ground-nuts|n
كاجو|cashew nuts|n
كاشو|cashew nuts|n
بندق|hazelnuts|n
البندق|hazelnuts|n
جوز|walnuts|n
عين جمل|walnuts|n
عين الجمل|walnuts|n
جوز البرازيل|Brazil nuts|n
بيكان|pecans|n
جوز البيكان|pecans|n
مكاديميا|macadamia nuts|n
كستناء|chestnuts|n
أبو فروة|chestnuts|n
صنوبر|pine nuts|n
الصنوبر|pine nuts|n
مكسرات|nuts|n
المكسرات|nuts|n
قشر|peel|n
قشور|peel|n

# Chapter 09: coffee, tea, spices
قهوة|coffee|n
القهوة|coffee|n
قهوه|coffee|n
حبوب القهوة|coffee beans|n
حبوب البن|coffee beans|n
بن أخضر|green coffee|n
بن محمص|roasted coffee|n
بن مطحون|ground coffee|n
قهوة عربية|Arabic coffee|n
قهوة تركية|Turkish coffee|n
نسكافيه|instant coffee|n
قهوة منزوعة الكافيين|decaffeinated coffee|n
إسبريسو|espresso coffee|n
اسبريسو|espresso coffee|n
شاي|tea|n
الشاي|tea|n
شاي أحمر|black tea|n
شاي أكياس|tea bags|n
شاي أعشاب|herbal tea|n
شاي الأعشاب|herbal tea|n
متة|maté|n
بهارات|spices|n
البهارات|spices|n
بهار|spices|n
توابل|spices|n
التوابل|spices|n
سبع بهارات|mixed spices|n
بابريكا|paprika|n
فلفل حار مطحون|chilli powder|n
قرفة|cinnamon|n
القرفة|cinnamon|n
دارسين|cinnamon|n
قرنفل|cloves|n
جوزة الطيب|nutmeg|n
هيل|cardamoms|n
الهيل|cardamoms|n
هال|cardamoms|n
حبهان|cardamoms|n
كمون|cumin|n
الكمون|cumin|n
كركم|turmeric|n
الكركم|turmeric|n
زنجبيل|ginger|n
الزنجبيل|ginger|n
زعفران|saffron|n
الزعفران|saffron|n
يانسون|aniseed|n
ينسون|aniseed|n
شمر|fennel|n
شومر|fennel|n
كزبرة جافة|coriander seeds|n
حبوب الكزبرة|coriander seeds|n
فانيليا|vanilla|n
فانيلا|vanilla|n
كاري|curry|n
زعتر|thyme|n
الزعتر|thyme|n
سماق|sumac|n
ورق غار|bay leaves|n
ورق الغار|bay leaves|n
حبة البركة|black seed|n
حبة سوداء|black seed|n
كراوية|caraway|n
حلبة|fenugreek|n
الحلبة|fenugreek|n

# Chapter 10: cereals
حبوب|grains|n
قمح|wheat|n
القمح|wheat|n
حنطة|wheat|n
قمح قاسي|durum wheat|n
قمح صلب|durum wheat|n
شعير|barley|n
الشعير|barley|n
شوفان|oats|n
الشوفان|oats|n
ذرة|maize|n
الذرة|maize|n
ذرة رفيعة|grain sorghum|n
دخن|millet|n
أرز|rice|n
ارز|rice|n
الأرز|rice|n
الارز|rice|n
رز|rice|n
الرز|rice|n
بسمتي|basmati|m
أرز مصري|medium-grain rice|n
أرز طويل الحبة|long-grain rice|n
رز طويل الحبة|long-grain rice|n
حبة طويلة|long-grain|m
حنطة سوداء|buckwheat|n
كينوا|quinoa|n
جاودار|rye|n
شيلم|rye|n
حبوب للزراعة|seed grain|n

# Chapter 11: milling products, malt, starches
طحين|flour|n
الطحين|flour|n
دقيق|flour|n
الدقيق|flour|n
طحين أسمر|wholemeal flour|n
نشا|starch|n
نشاء|starch|n
النشا|starch|n
سميد|semolina|n
السميد|semolina|n
نخالة|bran|n
مالت|malt|n
شعير منبت|malt|n
جلوتين|gluten|n
غلوتين|gluten|n
جريش|groats|n
رقائق الشوفان|rolled oats|n
شوفان مجروش|rolled oats|n

# Chapter 12: oil seeds, seeds, medicinal plants, fodder
بذور|seeds|n
بذور السمسم|sesame seeds|n
البذور|seeds|n
بذرة|seeds|n
فول الصويا|soya beans|n
حبوب الصويا|soya beans|n
صويا|soya|m
الصويا|soya|m
عباد الشمس|sunflower|m
دوار الشمس|sunflower|m
سمسم|sesame seeds|n
السمسم|sesame seeds|n
بذور الكتان|linseed|n
بذر الكتان|linseed|n
بذور الشيا|chia seeds|n
شيا|chia|m
بذور اليقطين|pumpkin seeds|n
بذور القرع|pumpkin seeds|n
بذور البطيخ|melon seeds|n
بذور الخردل|mustard seeds|n
كانولا|canola|m
بذور الخشخاش|poppy seeds|n
حب الرشاد|cress seeds|n
بذور للزراعة|seeds for sowing|n
بذور زراعية|seeds for sowing|n
أعشاب|herbs|n
اعشاب|herbs|n
الأعشاب|herbs|n
الاعشاب|herbs|n
أعشاب طبية|medicinal herbs|n
نباتات طبية|medicinal plants|n
بابونج|chamomile|n
البابونج|chamomile|n
ميرمية|sage|n
مريمية|sage|n
جينسنغ|ginseng|n
جنسنج|ginseng|n
عرق سوس|liquorice|n
عرق السوس|liquorice|n
كركديه|hibiscus|n
كركدية|hibiscus|n
مورينجا|moringa|n
سنا مكي|senna|n
أعشاب بحرية|seaweeds|n
طحالب|algae|n
طحالب بحرية|seaweeds|n
سبيرولينا|spirulina|n
قصب السكر|sugar cane|n
بنجر السكر|sugar beet|n
شمندر سكري|sugar beet|n
خرنوب|locust beans|n
الخروب|locust beans|n
خروب|locust beans|n
تبن|straw|n
قش|straw|n
برسيم|clover|n
برسيم حجازي|lucerne|n
دريس|hay|n
علف|fodder|n
أعلاف|animal feed|n
اعلاف|animal feed|n
الأعلاف|animal feed|n
الاعلاف|animal feed|n
علف حيوانات|animal feed|n
علف الحيوانات|animal feed|n
أعلاف الحيوانات|animal feed|n
جذور|roots|n

# Chapter 13: gums, resins, saps
صمغ|gum|n
صمغ عربي|gum arabic|n
الصمغ العربي|gum arabic|n
مستكة|mastic|n
مصطكى|mastic|n
لبان ذكر|frankincense|n
لبان عماني|frankincense|n
بخور|incense|n
البخور|incense|n
بكتين|pectin|n
آجار|agar-agar|n
اجار|agar-agar|n
حناء|henna|n
الحناء|henna|n
حنة|henna|n
خيزران|rattan|m
بامبو|bamboo|m
الخيزران|rattan|m

# Chapter 15: animal and vegetable fats and oils
زيت|oil|n
زيت سمسم|sesame oil|n
زيت السمسم|sesame oil|n
زيوت|oils|n
زيتي|oil-based|m
زيتية|oil-based|m
الزيت|oil|n
الزيوت|oils|n
زيت زيتون|olive oil|n
زيت الزيتون|olive oil|n
زيت الزيتون البكر|virgin olive oil|n
زيت زيتون بكر ممتاز|extra virgin olive oil|n
زيت الزيتون البكر الممتاز|extra virgin olive oil|n
بكر ممتاز|extra virgin|m
بكر|virgin|m
زيت طبخ|cooking oil|n
زيت الطبخ|cooking oil|n
زيت طعام|edible oil|n
زيت الطعام|edible oil|n
زيت قلي|frying oil|n
زيت النخيل|palm oil|n
زيت نخيل|palm oil|n
زيت الصويا|soya-bean oil|n
زيت صويا|soya-bean oil|n
سيرج|sesame oil|n
زيت الكانولا|rapeseed oil|n
زيت كانولا|rapeseed oil|n
زيت الخروع|castor oil|n
زيت خروع|castor oil|n
زيت الأرغان|argan oil|n
زيت أرغان|argan oil|n
زيت الكتان|linseed oil|n
زيت كبد الحوت|fish-liver oil|n
زيت كبد سمك القد|cod-liver oil|n
مرجرين|margarine|n
مارجرين|margarine|n
دهون|fats|n
شحم حيواني|animal fat|n
شحم البقر|bovine tallow|n
شحم الخنزير|lard|n
جلسرين|glycerol|n
جليسرين|glycerol|n
غليسرين|glycerol|n
لانولين|lanolin|n

# Chapter 16: meat and fish preparations
برجر|burgers|n
برغر|burgers|n
همبرغر|hamburgers|n
همبرجر|hamburgers|n
ناجتس|nuggets|n
ناغتس|nuggets|n
مرقة|stock|n
مرق|broth|n
مكعبات مرق|stock cubes|n
مكعبات ليجو|building blocks|n

# Chapter 17: sugars and sugar confectionery
سكر|sugar|n
السكر|sugar|n
سكر بودرة|icing sugar|n
سكر ناعم|caster sugar|n
سكر القصب|cane sugar|n
سكر قصب|cane sugar|n
دبس|syrup|n
دبس الرمان|pomegranate molasses|n
مولاس|molasses|n
جلوكوز|glucose|n
غلوكوز|glucose|n
فركتوز|fructose|n
لاكتوز|lactose|n
سكروز|sucrose|n
شراب الجلوكوز|glucose syrup|n
شراب الذرة|glucose syrup|n
شراب القيقب|maple syrup|n
محليات|sweeteners|n
محلي صناعي|artificial sweeteners|n
ستيفيا|stevia|n
حلويات|confectionery|n
الحلويات|confectionery|n
حلوى|confectionery|n
الحلوى|confectionery|n
حلاوة|halva|n
حلاوة طحينية|halva|n
سكاكر|sweets|n
ملبس|sugared almonds|n
مصاصات حلوى|lollipops|n
حلوى مصاصة|lollipops|n
حلوى جيلي|jelly sweets|n
حلوى هلامية|jelly sweets|n
جيلي|jelly|n
علكة|chewing gum|n
علك|chewing gum|n
توفي|toffees|n
كراميل|caramel|n
مارشملو|marshmallows|n
راحة الحلقوم|Turkish delight|n
حلقوم|Turkish delight|n
ملبن|Turkish delight|n
نوجا|nougat|n
غزل البنات|candy floss|n
حلوى قطنية|candy floss|n

# Chapter 18: cocoa and chocolate
كاكاو|cocoa|n
الكاكاو|cocoa|n
حبوب الكاكاو|cocoa beans|n
مسحوق الكاكاو|cocoa powder|n
شوكولاتة|chocolate|n
شوكولاته|chocolate|n
شوكولا|chocolate|n
شكولاتة|chocolate|n
شيكولاتة|chocolate|n
شيكولاته|chocolate|n
الشوكولاتة|chocolate|n
الشوكولا|chocolate|n
بالشوكولاتة|chocolate|m
بالشوكولا|chocolate|m
بالشيكولاتة|chocolate|m
شوكولاتة بالحليب|milk chocolate|n
شوكولاتة داكنة|dark chocolate|n
شوكولاتة سوداء|dark chocolate|n
ألواح شوكولاتة|chocolate bars|n
لوح شوكولاتة|chocolate bars|n
شوكولاتة قابلة للدهن|chocolate spread|n
كريمة الشوكولاتة|chocolate spread|n

# Chapter 19: cereal, flour and milk preparations; bakery
خبز|bread|n
خبز توست|toast bread|n
الخبز|bread|n
خبز عربي|pitta bread|n
خبز صاج|flatbread|n
خبز التوست|toast bread|n
توست|toast bread|n
خبز أسمر|brown bread|n
كعك|cakes|n
كعكة|cakes|n
كيك|cakes|n
كيكة|cakes|n
الكيك|cakes|n
تورتة|cakes|n
تورته|cakes|n
جاتوه|gateaux|n
بسكويت|sweet biscuits|n
البسكويت|sweet biscuits|n
بسكوت|sweet biscuits|n
كوكيز|sweet biscuits|n
بسكويت مملح|crackers|n
كراكرز|crackers|n
ويفر|wafers|n
بقسماط|rusks|n
كرواسون|croissants|n
كرواسان|croissants|n
معجنات|pastries|n
المعجنات|pastries|n
فطائر|pies|n
فطيرة|pies|n
بيتزا|pizza|n
البيتزا|pizza|n
عجينة|dough|n
عجين|dough|n
عجينة الفيلو|filo pastry|n
بقلاوة|baklava pastry|n
كنافة|kunafa pastry|n
معمول|filled biscuits|n
بسبوسة|semolina cake|n
دونات|doughnuts|n
مافن|muffins|n
كب كيك|cupcakes|n
بان كيك|pancakes|n
وافل|waffles|n
ويفل|waffles|n
معكرونة|pasta|n
مكرونة|pasta|n
معكرونه|pasta|n
مكرونه|pasta|n
المعكرونة|pasta|n
باستا|pasta|n
اسباجيتي|spaghetti|n
سباغيتي|spaghetti|n
سباجيتي|spaghetti|n
نودلز|noodles|n
شعيرية|vermicelli|n
شعرية|vermicelli|n
كسكس|couscous|n
كسكسي|couscous|n
برغل|bulgur wheat|n
البرغل|bulgur wheat|n
حبوب الإفطار|breakfast cereals|n
حبوب إفطار|breakfast cereals|n
رقائق الذرة|corn flakes|n
كورن فليكس|corn flakes|n
فشار|popcorn|n
بوشار|popcorn|n
بوب كورن|popcorn|n
أغذية أطفال|baby food|n
طعام أطفال|baby food|n
أغذية الأطفال|baby food|n

# Chapter 20: vegetable and fruit preparations
مربى|jam|n
المربى|jam|n
مربيات|jams|n
معجون|paste|n
معجون طماطم|tomato paste|n
معجون الطماطم|tomato paste|n
صلصة طماطم|tomato sauce|n
صلصة الطماطم|tomato sauce|n
عصير|juice|n
عصائر|juices|n
العصير|juice|n
العصائر|juices|n
عصير مانجو|mango juice|n
عصير مركز|concentrated juice|n
رحيق|nectar|n
ذرة معلبة|canned sweetcorn|n
مخللات|pickles|n
المخللات|pickles|n
زبدة الفول السوداني|peanut butter|n
زبدة فول سوداني|peanut butter|n
طحينة|sesame paste|n
الطحينة|sesame paste|n
طحينية|sesame paste|n
حمص بطحينة|hummus|n
حمص بالطحينة|hummus|n
فواكه مسكرة|candied fruit|n
بطاطس مهروسة|mashed potatoes|n
هريس فواكه|fruit purée|n
بوريه|purée|n
رقائق البطاطس|potato crisps|n
رقائق بطاطس|potato crisps|n
شيبس|crisps|n
شبس|crisps|n
تشيبس|crisps|n
بطاطس مقلية|french fries|n
بطاطس نصف مقلية|frozen french fries|n

# Chapter 21: miscellaneous edible preparations
صلصة|sauce|n
صلصات|sauces|n
الصلصة|sauce|n
صوص|sauce|n
كاتشب|tomato ketchup|n
كاتشاب|tomato ketchup|n
مايونيز|mayonnaise|n
مايونيز خفيف|light mayonnaise|n
مستردة|mustard|n
مسطردة|mustard|n
خردل|mustard|n
صلصة حارة|hot sauce|n
صوص حار|hot sauce|n
صلصة الباربكيو|barbecue sauce|n
صوص باربكيو|barbecue sauce|n
صلصة الرانش|salad dressing|n
تتبيلة سلطة|salad dressing|n
خميرة|yeast|n
الخميرة|yeast|n
خميرة جافة|dried yeast|n
بيكنج بودر|baking powder|n
بيكنغ باودر|baking powder|n
مسحوق الخبز|baking powder|n
شوربة|soup|n
شوربات|soups|n
حساء|soup|n
مكملات غذائية|food supplements|n
مكمل غذائي|food supplements|n
المكملات الغذائية|food supplements|n
مكملات|supplements|n
بروتين|protein|n
البروتين|protein|n
واي بروتين|whey protein|n
مسحوق بروتين|protein powder|n
آيس كريم|ice cream|n
آيسكريم|ice cream|n
ايسكريم|ice cream|n
بوظة|ice cream|n
بوظه|ice cream|n
جيلاتي|ice cream|n
مثلجات|ice cream|n
المثلجات|ice cream|n
كاسترد|custard powder|n
مهلبية|milk pudding|n
بودنغ|puddings|n
بودينج|puddings|n
منكهات|flavourings|n
نكهة|flavour|m
نكهات|flavours|m
بنكهة|flavoured|m
منكه|flavoured|m
منكهة|flavoured|m
مبيض قهوة|coffee whitener|n
مبيض ملابس|bleach|n
مبيض القهوة|coffee whitener|n
كريمة القهوة|coffee creamer|n
بودرة مشروب|powdered drink mix|n
مسحوق عصير|powdered drink mix|n
طعام|food|n
الطعام|food|n
أطعمة|food|n
اطعمة|food|n
أغذية|foodstuffs|n
اغذية|foodstuffs|n
الأغذية|foodstuffs|n
الاغذية|foodstuffs|n
مواد غذائية|foodstuffs|n
المواد الغذائية|foodstuffs|n
وجبات|meals|n
وجبات جاهزة|ready meals|n
وجبة|meals|n
وجبة جاهزة|ready meals|n
وجبات خفيفة|snacks|n
سناكس|snacks|n
تسالي|snacks|n
مقرمشات|snacks|n

# Chapter 22: beverages, spirits, vinegar
مشروبات|beverages|n
مشروب|beverages|n
المشروبات|beverages|n
مشروبات غازية|carbonated drinks|n
مشروب غازي|carbonated drinks|n
المشروبات الغازية|carbonated drinks|n
مياه غازية|carbonated drinks|n
صودا|soda water|n
كولا|cola|n
ماء|water|n
مياه|water|n
الماء|water|n
المياه|water|n
مياه معدنية|mineral water|n
ماء معدني|mineral water|n
مياه الشرب|drinking water|n
مياه شرب|drinking water|n
ماء شرب|drinking water|n
مياه صحية|drinking water|n
مياه فوارة|sparkling water|n
مياه نقية|purified water|n
مشروبات الطاقة|energy drinks|n
مشروب طاقة|energy drinks|n
مشروبات طاقة|energy drinks|n
مشروب رياضي|sports drinks|n
مشروبات رياضية|sports drinks|n
شاي مثلج|iced tea|n
غير كحولي|non-alcoholic|m
غير كحولية|non-alcoholic|m
خالي من الكحول|alcohol-free|m
بيرة|beer|n
البيرة|beer|n
جعة|beer|n
بيرة بدون كحول|non-alcoholic beer|n
شراب الشعير|malt beverages|n
مشروب الشعير|malt beverages|n
نبيذ|wine|n
النبيذ|wine|n
شمبانيا|sparkling wine|n
نبيذ فوار|sparkling wine|n
ويسكي|whiskies|n
فودكا|vodka|n
ليكيور|liqueurs|n
مشروبات روحية|spirits|n
كحولي|alcoholic|m
كحولية|alcoholic|m
كحول|alcohol|n
الكحول|alcohol|n
كحول إيثيلي|ethyl alcohol|n
إيثانول|ethanol|n
ايثانول|ethanol|n
خل التفاح|cider vinegar|n
خل طبيعي|natural vinegar|n
خل بلسمي|balsamic vinegar|n
خل البلسميك|balsamic vinegar|n
خل تفاح|cider vinegar|n
خل أبيض|white vinegar|n
خل العنب|wine vinegar|n

# Chapter 23: residues, animal feed, pet food
طعام القطط|cat food|n
أكل قطط|cat food|n
أكل القطط|cat food|n
طعام الكلاب|dog food|n
أكل كلاب|dog food|n
أكل الكلاب|dog food|n
أغذية الحيوانات الأليفة|pet food|n
علف دواجن|poultry feed|n
علف الدواجن|poultry feed|n
علف أسماك|fish feed|n
طعام أسماك|fish feed|n
طعام الطيور|bird food|n
كسب فول الصويا|soya-bean oilcake|n
كسب الصويا|soya-bean oilcake|n
تفل الشمندر|beet pulp|n
مسحوق العظام|bone meal|n
إضافات أعلاف|feed additives|n

# Chapter 24: tobacco
تبغ|tobacco|n
التبغ|tobacco|n
دخان|tobacco|n
سجائر|cigarettes|n
السجائر|cigarettes|n
سيجارة|cigarettes|n
فيب|electronic cigarettes|n
سائل السجائر الإلكترونية|e-liquid|n
سيجار|cigars|n
السيجار|cigars|n
معسل|water pipe tobacco|n
معسل شيشة|water pipe tobacco|n
تبغ الشيشة|water pipe tobacco|n
شيشة|water pipes|n
أرجيلة|water pipes|n
ارجيلة|water pipes|n
أركيلة|water pipes|n
اركيلة|water pipes|n
نرجيلة|water pipes|n
تبغ مضغ|chewing tobacco|n
سعوط|snuff|n
نشوق|snuff|n
نيكوتين|nicotine|n
أكياس نيكوتين|nicotine pouches|n
غليون|smoking pipes|n

# Chapters 25-27: salt, stone, cement, ores, mineral fuels
ملح|salt|n
الملح|salt|n
ملح طعام|table salt|n
ملح الطعام|table salt|n
ملح بحري|sea salt|n
ملح صخري|rock salt|n
ملح هيمالايا|rock salt|n
ملح يودي|iodised salt|n
رمل|sand|n
الرمل|sand|n
رمال|sand|n
رمل سيليكا|silica sand|n
حصى|gravel|n
زلط|gravel|n
بحص|gravel|n
رخام|marble|m
الرخام|marble|m
رخامي|marble|m
جرانيت|granite|m
غرانيت|granite|m
الجرانيت|granite|m
حجر|stone|n
حجارة|stones|n
أحجار|stones|n
احجار|stones|n
حجر جيري|limestone|n
جير|lime|n
كلس|lime|n
جبس|gypsum|n
الجبس|gypsum|n
أسمنت|cement|n
اسمنت|cement|n
إسمنت|cement|n
الأسمنت|cement|n
الاسمنت|cement|n
الإسمنت|cement|n
أسمنت بورتلاندي|Portland cement|n
سمنت|cement|n
طين|clay|n
الطين|clay|n
صلصال|clay|n
كاولين|kaolin|n
تالك|talc|n
بودرة التلك|talcum powder|n
بودرة تلك|talcum powder|n
ميكا|mica|n
كوارتز|quartz|n
أسبستوس|asbestos|n
اسبستوس|asbestos|n
بنتونيت|bentonite|n
دولوميت|dolomite|n
بوراكس|borax|n
خام|raw|m
خامات|materials|m
خامة|material|m
خامات معدنية|ores|n
خام الحديد|iron ore|n
خام حديد|iron ore|n
خام النحاس|copper ore|n
خام نحاس|copper ore|n
فحم|coal|n
الفحم|coal|n
فحم حجري|coal|n
فحم الكوك|coke|n
فحم نباتي|charcoal|n
فحم الخشب|charcoal|n
فحم خشب|charcoal|n
فحم للشوي|charcoal|n
فحم شيشة|charcoal|n
فحم الشيشة|charcoal|n
نفط|petroleum oils|n
النفط|petroleum oils|n
بترول|petroleum oils|n
البترول|petroleum oils|n
نفط خام|crude petroleum oils|n
زيت خام|crude oil|n
بنزين|petrol|n
البنزين|petrol|n
ديزل|diesel|m
سولار|diesel fuel|n
مازوت|gas oil|n
كيروسين|kerosene|n
كاز|kerosene|n
جاز|kerosene|n
وقود|fuel|n
الوقود|fuel|n
وقود الطائرات|jet fuel|n
زيت موتور|engine oil|n
زيت محرك|engine oil|n
زيت المحرك|engine oil|n
زيت محركات|engine oil|n
زيت تشحيم|lubricating oil|n
زيوت تشحيم|lubricating oils|n
زيوت التشحيم|lubricating oils|n
زيت ناقل الحركة|transmission oil|n
زيت جير|gear oil|n
شحم|grease|n
شحوم|greases|n
شحم تشحيم|lubricating grease|n
غاز|gas|n
الغاز|gas|n
غاز مسال|liquefied gas|n
غاز البترول المسال|liquefied petroleum gas|n
غاز الطبخ|cooking gas|n
بروبان|propane|n
بيوتان|butane|n
بوتان|butane|n
إسفلت|asphalt|n
اسفلت|asphalt|n
زفت|pitch|n
بيتومين|bitumen|n
فازلين|petroleum jelly|n
الفازلين|petroleum jelly|n
شمع البرافين|paraffin wax|n
بارافين|paraffin|n
نفثا|naphtha|n
كهرباء|electricity|m
الكهرباء|electricity|m

# Chapters 28-29: inorganic and organic chemicals
مواد كيميائية|chemicals|n
المواد الكيميائية|chemicals|n
كيماويات|chemicals|n
كيميائي|chemical|m
كيميائية|chemical|m
كيماوي|chemical|m
كيماوية|chemical|m
مواد خام|raw materials|n
المواد الخام|raw materials|n
حمض|acid|n
أحماض|acids|n
احماض|acids|n
حمض الكبريتيك|sulphuric acid|n
حمض الهيدروكلوريك|hydrochloric acid|n
حمض النيتريك|nitric acid|n
حمض الفوسفوريك|phosphoric acid|n
حمض الستريك|citric acid|n
حمض الليمون|citric acid|n
ملح الليمون|citric acid|n
حمض الأسيتيك|acetic acid|n
حمض الخليك|acetic acid|n
حمض البوريك|boric acid|n
حمض الهيالورونيك|hyaluronic acid|n
أحماض دهنية|fatty acids|n
أحماض أمينية|amino acids|n
هيدروكسيد الصوديوم|sodium hydroxide|n
صودا كاوية|caustic soda|n
الصودا الكاوية|caustic soda|n
هيدروكسيد البوتاسيوم|potassium hydroxide|n
بيكربونات الصوديوم|sodium hydrogencarbonate|n
بيكنج صودا|sodium hydrogencarbonate|n
صودا الخبز|sodium hydrogencarbonate|n
كربونات الصوديوم|sodium carbonate|n
كربونات الكالسيوم|calcium carbonate|n
كلوريد الصوديوم|sodium chloride|n
كلوريد الكالسيوم|calcium chloride|n
كلوريد البوتاسيوم|potassium chloride|n
ثاني أكسيد التيتانيوم|titanium dioxide|n
كبريتات|sulphates|n
نترات|nitrates|n
فوسفات|phosphates|n
كلوريد|chlorides|n
أكسيد|oxides|n
اكسيد|oxides|n
أكاسيد|oxides|n
اكاسيد|oxides|n
هيدروكسيد|hydroxides|n
كربونات|carbonates|n
كلور|chlorine|n
الكلور|chlorine|n
كلورين|chlorine|n
أكسجين|oxygen|n
اكسجين|oxygen|n
الأكسجين|oxygen|n
الاكسجين|oxygen|n
أوكسجين|oxygen|n
اوكسجين|oxygen|n
نيتروجين|nitrogen|n
هيدروجين|hydrogen|n
هيليوم|helium|n
أرجون|argon|n
ارجون|argon|n
ثاني أكسيد الكربون|carbon dioxide|n
أمونيا|ammonia|n
امونيا|ammonia|n
نشادر|ammonia|n
ماء الأكسجين|hydrogen peroxide|n
بيروكسيد الهيدروجين|hydrogen peroxide|n
اليود|iodine|n
زئبق|mercury|n
الزئبق|mercury|n
ميثانول|methanol|n
كحول ميثيلي|methanol|n
أسيتون|acetone|n
اسيتون|acetone|n
إيثيلين جلايكول|ethylene glycol|n
جلايكول|glycol|n
تولوين|toluene|n
زيلين|xylene|n
فورمالديهايد|formaldehyde|n
فورمالين|formaldehyde|n
فينول|phenol|n
ستايرين|styrene|n
كافيين|caffeine|n
الكافيين|caffeine|n
منثول|menthol|n
مينثول|menthol|n
سكرين|saccharin|n
جلوتامات أحادية الصوديوم|monosodium glutamate|n
إنزيمات|enzymes|n
انزيمات|enzymes|n
إنزيم|enzymes|n
انزيم|enzymes|n
كولاجين|collagen|n
الكولاجين|collagen|n
جيلاتين|gelatin|n
جلاتين|gelatin|n
فيتامينات|vitamins|n
فيتامين|vitamins|n
الفيتامينات|vitamins|n
فيتامين سي|vitamin C|n
فيتامين د|vitamin D|n
أوميغا 3|omega-3 fatty acids|n
أوميجا 3|omega-3 fatty acids|n
كرياتين|creatine|n
بيوتين|biotin|n
هرمونات|hormones|n
مضاد حيوي|antibiotics|n
مضادات حيوية|antibiotics|n

# Chapter 30: pharmaceutical products
أدوية|medicaments|n
ادوية|medicaments|n
الأدوية|medicaments|n
الادوية|medicaments|n
دواء|medicaments|n
الدواء|medicaments|n
علاج|treatment|m
أقراص|tablets|n
اقراص|tablets|n
كبسولات|capsules|n
كبسولة|capsules|n
شراب للسعال|cough syrup|n
شراب السعال|cough syrup|n
دواء السعال|cough medicine|n
مسكن|painkillers|n
مسكنات|painkillers|n
مسكن ألم|painkillers|n
مسكن للألم|painkillers|n
باراسيتامول|paracetamol|n
إيبوبروفين|ibuprofen|n
ايبوبروفين|ibuprofen|n
أسبرين|aspirin|n
اسبرين|aspirin|n
أنسولين|insulin|n
انسولين|insulin|n
لقاح|vaccines|n
لقاحات|vaccines|n
مرهم|ointments|n
مراهم|ointments|n
قطرة عين|eye drops|n
قطرة للعين|eye drops|n
قطرة العين|eye drops|n
قطرات|drops|n
قطرة|drops|n
بخاخ|sprays|n
بخاخ أنف|nasal spray|n
بخاخ الأنف|nasal spray|n
بخاخ الربو|inhalers|n
ضمادات|bandages|n
ضمادة|bandages|n
ضماد|bandages|n
شاش|gauze|n
لاصق طبي|adhesive plasters|n
لصقات|plasters|n
لصقة|plasters|n
لزقة|plasters|n
بلاستر|plasters|n
بلاستر جروح|wound plasters|n
قطن طبي|absorbent cotton|n
قفازات فحص|examination gloves|n
كمامات|face masks|n
كمامة|face masks|n
مطهر|disinfectants|n
مطهرات|disinfectants|n
معقم|sterile|m
معقمة|sterile|m
معقم يدين|hand sanitiser|n
معقم اليدين|hand sanitiser|n
معقم أيدي|hand sanitiser|n
جل معقم|hand sanitiser gel|n
مطهر اليدين|hand sanitiser|n
محلول ملحي|saline solution|n
محلول|solution|n
اختبار حمل|pregnancy tests|n
اختبار الحمل|pregnancy tests|n
شرائط اختبار السكر|blood glucose test strips|n
شرائط قياس السكر|blood glucose test strips|n
شرائط السكر|blood glucose test strips|n
حقنة|syringes|n
حقن|syringes|n
سرنجة|syringes|n
سرنجات|syringes|n
إبرة|needles|n
ابرة|needles|n
إبر|needles|n
أكياس دم|blood bags|n
كيس ثلج طبي|ice packs|n
كمادات|compresses|n

# Chapter 31: fertilisers
سماد|fertilisers|n
أسمدة|fertilisers|n
اسمدة|fertilisers|n
الأسمدة|fertilisers|n
الاسمدة|fertilisers|n
السماد|fertilisers|n
سماد مركب|compound fertilisers|n
سماد بلدي|manure|n
روث|manure|n
يوريا|urea|n
سماد اليوريا|urea|n
نترات الأمونيوم|ammonium nitrate|n
سلفات الأمونيوم|ammonium sulphate|n
كبريتات الأمونيوم|ammonium sulphate|n
سوبر فوسفات|superphosphates|n
كلوريد البوتاس|potassium chloride|n

# Chapter 32: tanning and dyeing extracts, paints, varnishes, inks
دهان|paint|n
دهان زيتي|oil paint|n
دهانات|paints|n
الدهان|paint|n
طلاء|paint|n
طلاءات|paints|n
بوية|paint|n
بويا|paint|n
ورنيش|varnish|n
لاكيه|lacquer|n
صبغة|dye|n
صبغات|dyes|n
أصباغ|pigments|n
اصباغ|pigments|n
ملونات|colouring matter|n
ملون طعام|food colouring|n
ألوان طعام|food colouring|n
ألوان فلوماستر|felt-tipped pens|n
ألوان|colours|m
الوان|colours|m
ألوان مائية|watercolours|n
ألوان زيتية|artists' oil colours|n
ألوان أكريليك|acrylic paints|n
ألوان خشبية|coloured pencils|n
ألوان شمعية|wax crayons|n
حبر|ink|n
الحبر|ink|n
أحبار|inks|n
احبار|inks|n
حبر طباعة|printing ink|n
حبر الطباعة|printing ink|n
خراطيش حبر|ink cartridges|n
خرطوشة|cartridges|n
تونر|toner|n
حبر تونر|toner|n
معجون حوائط|wall filler|n
معجون جدران|wall filler|n
معجون الحوائط|wall filler|n
مانع تسرب|sealants|n
سيلر|sealer|n
تنر|thinner|n
ثنر|thinner|n
مذيب|solvents|n
مذيبات|solvents|n
دهان أساس|primer|n
برايمر|primer|n
بخاخ دهان|spray paint|n
دهان مائي|water-based paint|n
طلاء مائي|water-based paint|n
دهان جدران|wall paint|n
دهان حوائط|wall paint|n
أكريليك|acrylic|m
اكريليك|acrylic|m
الأكريليك|acrylic|m
الاكريليك|acrylic|m
إيبوكسي|epoxy|m
ايبوكسي|epoxy|m

# Chapter 33: essential oils, perfumery, cosmetics, toiletries
عطر|perfume|n
عطور|perfumes|n
العطر|perfume|n
العطور|perfumes|n
أو دو بارفان|eau de parfum|n
أو دو بارفيوم|eau de parfum|n
أو دو تواليت|eau de toilette|n
أو دو كولونيا|eau de cologne|n
او دو بارفان|eau de parfum|n
او دو بارفيوم|eau de parfum|n
او دو تواليت|eau de toilette|n
او دو كولونيا|eau de cologne|n
كولونيا|cologne|n
مزيل عرق|deodorants|n
مزيل العرق|deodorants|n
مزيلات العرق|deodorants|n
مضاد للتعرق|antiperspirants|n
معطر جو|air fresheners|n
معطر الجو|air fresheners|n
معطرات جو|air fresheners|n
معطر سيارة|car air fresheners|n
معطر للسيارة|car air fresheners|n
معطر|scented|m
معطرة|scented|m
برائحة|scented|m
مسك|musk|n
المسك|musk|n
دهن عود|agarwood oil|n
دهن العود|agarwood oil|n
خشب العود|agarwood|n
خشب إم دي إف|fibreboard|n
خشب أبلكاش|plywood|n
عود معطر|agarwood|n
زيت عطري|essential oil|n
زيوت عطرية|essential oils|n
زيوت أساسية|essential oils|n
زيت أساسي|essential oil|n
مستحضرات تجميل|cosmetics|n
مستحضرات التجميل|cosmetics|n
مستحضر تجميل|cosmetics|n
مستحضرات|preparations|n
مستحضر|preparations|n
أدوات تجميل|beauty products|n
أدوات التجميل|beauty products|n
منتجات تجميل|beauty products|n
مكياج|make-up|n
المكياج|make-up|n
ميك اب|make-up|n
ميكب|make-up|n
كريم|cream|n
كريمات|creams|n
كريم مرطب|moisturising cream|n
كريم ترطيب|moisturising cream|n
مرطب|moisturiser|n
مرطبات|moisturisers|n
مرطب للبشرة|skin moisturiser|n
لوشن|lotion|n
لوشن للجسم|body lotion|n
لوشن جسم|body lotion|n
كريم جسم|body cream|n
كريم الجسم|body cream|n
كريم وجه|face cream|n
كريم الوجه|face cream|n
كريم للوجه|face cream|n
كريم يدين|hand cream|n
كريم اليدين|hand cream|n
كريم اليد|hand cream|n
كريم عيون|eye cream|n
كريم العين|eye cream|n
كريم تفتيح|whitening cream|n
كريم تبييض|whitening cream|n
كريم ليلي|night cream|n
واقي شمس|sunscreen|n
واقي الشمس|sunscreen|n
واقي من الشمس|sunscreen|n
كريم واقي من الشمس|sunscreen|n
كريم واقي شمس|sunscreen|n
صن بلوك|sunscreen|n
كريم أساس|foundation|n
كريم الأساس|foundation|n
فاونديشن|foundation|n
كونسيلر|concealer|n
خافي عيوب|concealer|n
خافي العيوب|concealer|n
بودرة|powder|n
بودرة وجه|face powder|n
بودرة الوجه|face powder|n
بودرة أطفال|baby powder|n
أحمر شفاه|lipstick|n
أحمر الشفاه|lipstick|n
روج|lipstick|n
مرطب شفاه|lip balm|n
مرطب الشفاه|lip balm|n
ملمع شفاه|lip gloss|n
ملمع سيارات|car polish|n
قلم شفاه|lip liners|n
قلم فلوماستر|felt-tipped pens|n
قلم حبر|pens|n
أحمر خدود|blusher|n
بلاشر|blusher|n
ظل عيون|eye shadow|n
ظلال عيون|eye shadow|n
ظلال العيون|eye shadow|n
آيشادو|eye shadow|n
ايشادو|eye shadow|n
كحل|kohl|n
كحل عيون|eyeliner|n
قلم كحل|eyeliner pencils|n
آيلاينر|eyeliner|n
ايلاينر|eyeliner|n
ماسكارا|mascara|n
مسكرة|mascara|n
قلم حواجب|eyebrow pencils|n
طلاء أظافر|nail polish|n
طلاء الأظافر|nail polish|n
مناكير|nail polish|n
مانيكير|manicure preparations|n
مزيل طلاء الأظافر|nail polish remover|n
مزيل مناكير|nail polish remover|n
مزيل المكياج|make-up remover|n
مزيل مكياج|make-up remover|n
أظافر صناعية|artificial nails|n
رموش صناعية|false eyelashes|n
رموش|eyelashes|m
شامبو|shampoo|n
الشامبو|shampoo|n
شامبو أطفال|baby shampoo|n
بلسم|hair conditioner|n
بلسم شعر|hair conditioner|n
بلسم الشعر|hair conditioner|n
صبغة شعر|hair dye|n
صبغة الشعر|hair dye|n
صبغات شعر|hair dyes|n
زيت شعر|hair oil|n
زيت الشعر|hair oil|n
زيت للشعر|hair oil|n
جل شعر|hair gel|n
جل الشعر|hair gel|n
جل للشعر|hair gel|n
بخاخ شعر|hair spray|n
سبراي شعر|hair spray|n
مثبت شعر|hair spray|n
واكس شعر|hair wax|n
كريم شعر|hair cream|n
كريم الشعر|hair cream|n
ماسك شعر|hair masks|n
ماسك الشعر|hair masks|n
ماسك وجه|face masks|n
ماسك الوجه|face masks|n
ماسك|masks|n
ماسكات|masks|n
قناع الوجه|face masks|n
غسول|cleanser|n
غسول وجه|face wash|n
غسول الوجه|face wash|n
غسول للوجه|face wash|n
سيروم|serum|n
سيرم|serum|n
سيروم الوجه|face serum|n
مقشر وجه|face scrub|n
مقشر للجسم|body scrub|n
مقشر جسم|body scrub|n
تونر الوجه|face toner|n
معجون أسنان|toothpaste|n
معجون الأسنان|toothpaste|n
غسول فم|mouthwash|n
غسول الفم|mouthwash|n
خيط أسنان|dental floss|n
خيط الأسنان|dental floss|n
كريم حلاقة|shaving cream|n
كريم الحلاقة|shaving cream|n
رغوة حلاقة|shaving foam|n
رغوة الحلاقة|shaving foam|n
جل حلاقة|shaving gel|n
بعد الحلاقة|after-shave|n
أفتر شيف|after-shave|n
كريم إزالة الشعر|depilatory cream|n
مزيل شعر|depilatories|n
شمع إزالة الشعر|depilatory wax|n
جل استحمام|shower gel|n
جل الاستحمام|shower gel|n
شاور جل|shower gel|n
غسول الجسم|body wash|n
غسول جسم|body wash|n
ملح استحمام|bath salts|n
أملاح الاستحمام|bath salts|n
زيت أطفال|baby oil|n
زيت جسم|body oil|n
زيت للجسم|body oil|n
زيت الجسم|body oil|n
جل الصبار|aloe vera gel|n
جل ألوفيرا|aloe vera gel|n
العناية بالبشرة|skin care|m
للعناية بالبشرة|skin care|m
العناية بالشعر|hair care|m
للعناية بالشعر|hair care|m
العناية الشخصية|personal care|m
للبشرة|for the skin|m
للجسم|for the body|m
للوجه|for the face|m
للشعر|for the hair|m
للأظافر|for the nails|m
للاظافر|for the nails|m
للعيون|for the eyes|m
للشفاه|for the lips|m
للأسنان|for the teeth|m
لليدين|for the hands|m
للقدمين|for the feet|m
للاسنان|for the teeth|m
بشرة|skin|m
البشرة|skin|m
بشرة دهنية|oily skin|m
حساسة|sensitive|m
الحساسة|sensitive|m
دهنية|oily|m
الدهنية|oily|m

# Chapter 34: soap, detergents, polishes, candles, modelling pastes
صابون|soap|n
الصابون|soap|n
صابونة|soap|n
صابون اليدين|hand soap|n
صابون يدين|hand soap|n
صابون يد|hand soap|n
صابون غار|laurel soap|n
منظف|cleaner|n
منظفات|cleaning preparations|n
المنظفات|cleaning preparations|n
مواد تنظيف|cleaning preparations|n
مواد التنظيف|cleaning preparations|n
مسحوق غسيل|washing powder|n
مسحوق الغسيل|washing powder|n
منظف غسيل|laundry detergent|n
سائل غسيل|liquid detergent|n
سائل غسيل الملابس|liquid laundry detergent|n
منظف سائل|liquid detergent|n
سائل جلي|washing-up liquid|n
سائل الجلي|washing-up liquid|n
سائل غسيل الصحون|washing-up liquid|n
سائل غسيل الأطباق|washing-up liquid|n
سائل تنظيف الأطباق|washing-up liquid|n
صابون صحون|washing-up liquid|n
منظف أطباق|dishwasher detergent|n
منعم ملابس|fabric softener|n
منعم الملابس|fabric softener|n
منعم|softener|n
مبيض|bleach|n
كلوركس|bleach|n
كلور تنظيف|bleach|n
منظف أرضيات|floor cleaner|n
منظف الأرضيات|floor cleaner|n
منظف متعدد الاستخدامات|all-purpose cleaner|n
مزيل دهون|degreaser|n
مزيل الدهون|degreaser|n
ملمع|polish|n
ملمع أحذية|shoe polish|n
ورنيش أحذية|shoe polish|n
شمع|wax|n
الشمع|wax|n
شموع|candles|n
شمعة|candles|n
الشموع|candles|n
شموع زينة|decorative candles|n
صلصال أطفال|modelling paste|n
معجون تشكيل|modelling paste|n
معجون صلصال|modelling paste|n

# Chapter 35: albuminoidal substances, starches, glues, enzymes
غراء|glue|n
الغراء|glue|n
غرا|glue|n
لاصق|adhesive|m
لاصقة|adhesive|m
مادة لاصقة|adhesives|n
مواد لاصقة|adhesives|n
سوبر جلو|superglue|n
غراء فوري|instant adhesive|n
مسدس غراء|glue guns|n
أصابع غراء|glue sticks|n
ديكسترين|dextrins|n
ألبومين|albumins|n
البومين|albumins|n
كازين|casein|n

# Chapter 36: explosives, fireworks, matches
ألعاب نارية|fireworks|n
ألعاب الأطفال|toys|n
ألعاب أطفال|toys|n
الألعاب النارية|fireworks|n
مفرقعات|firecrackers|n
متفجرات|explosives|n
ديناميت|explosives|n
بارود|propellent powders|n
أعواد ثقاب|matches|n
عيدان ثقاب|matches|n
ثقاب|matches|n
أعواد كبريت|matches|n
عيدان كبريت|matches|n
عود كبريت|matches|n
فتيل|fuses|n
صواعق|detonators|n
حجر ولاعة|flints|n

# Chapter 37: photographic goods
فيلم|film|n
أفلام|films|n
افلام|films|n
فيلم تصوير|photographic film|n
فيلم أشعة|X-ray film|n
أفلام أشعة|X-ray film|n
ورق فوتوغرافي|photographic paper|n
ورق صور|photographic paper|n
ورق طباعة صور|photographic paper|n

# Chapter 38: miscellaneous chemical products
مبيدات|pesticides|n
مبيد|pesticides|n
المبيدات|pesticides|n
مبيد حشري|insecticides|n
مبيد حشرات|insecticides|n
مبيدات حشرية|insecticides|n
مبيد الحشرات|insecticides|n
مبيد أعشاب|herbicides|n
مبيدات أعشاب|herbicides|n
مبيد الأعشاب|herbicides|n
مبيد فطري|fungicides|n
مبيدات فطرية|fungicides|n
مبيد قوارض|rodenticides|n
سم فئران|rat poison|n
سم الفئران|rat poison|n
طارد حشرات|insect repellents|n
طارد الحشرات|insect repellents|n
طارد البعوض|mosquito repellents|n
طارد للبعوض|mosquito repellents|n
بخاخ حشرات|insect spray|n
بخاخ الحشرات|insect spray|n
سائل تبريد|coolant|n
مانع تجمد|anti-freezing preparations|n
ماء رديتر|coolant|n
سائل فرامل|brake fluid|n
سائل الفرامل|brake fluid|n
زيت فرامل|brake fluid|n
إضافات وقود|fuel additives|n
مضافات|additives|n
مضافات أعلاف|feed additives|n
مواد مضافة|additives|n
مضافات غذائية|food additives|n
فحم نشط|activated carbon|n
فحم منشط|activated carbon|n
كربون نشط|activated carbon|n
كواشف|reagents|n
كواشف مخبرية|laboratory reagents|n
بيوديزل|biodiesel|n
رمل قطط|cat litter|n
رمل القطط|cat litter|n
رمل للقطط|cat litter|n
مزيل صدأ|rust remover|n
مزيل الصدأ|rust remover|n

# Chapter 39: plastics and articles thereof
بلاستيك|plastic|m
البلاستيك|plastic|m
بلاستيكي|plastic|m
بلاستيكية|plastic|m
البلاستيكي|plastic|m
البلاستيكية|plastic|m
بلاستك|plastic|m
لدائن|plastics|m
بولي إيثيلين|polyethylene|m
بولي اثيلين|polyethylene|m
بولي إيثيلين عالي الكثافة|high-density polyethylene|m
بولي بروبيلين|polypropylene|m
بولي بروبلين|polypropylene|m
بي في سي|PVC|m
بولي فينيل كلوريد|polyvinyl chloride|m
بولي كلوريد الفينيل|polyvinyl chloride|m
بولي ستايرين|polystyrene|m
ستايروفوم|polystyrene|m
فلين أبيض|expanded polystyrene|m
بولي كربونات|polycarbonate|m
بولي يوريثين|polyurethane|m
بولي يوريثان|polyurethane|m
بولي إيثيلين تيريفثاليت|polyethylene terephthalate|m
نايلون|nylon|m
النايلون|nylon|m
راتنج|resin|n
راتنجات|resins|n
حبيبات|granules|m
خردة بلاستيك|plastic waste|n
مخلفات بلاستيك|plastic waste|n
سيليكون|silicone|m
السيليكون|silicone|m
سليكون|silicone|m
سيليكوني|silicone|m
سيليكونية|silicone|m
سيليكون لاصق|silicone sealant|n
فينيل|vinyl|m
أرضيات فينيل|vinyl flooring|n
أنابيب|pipes|n
انابيب|pipes|n
أنبوب|pipes|n
انبوب|pipes|n
الأنابيب|pipes|n
الانابيب|pipes|n
مواسير|pipes|n
ماسورة|pipes|n
خرطوم|hoses|n
خراطيم|hoses|n
بربيش|hoses|n
أكياس|bags|n
اكياس|bags|n
الأكياس|bags|n
الاكياس|bags|n
كيس|bags|n
الكيس|bags|n
أكياس نايلون|plastic bags|n
كيس نايلون|plastic bags|n
أكياس قمامة|refuse bags|n
أكياس زبالة|refuse bags|n
أكياس نفايات|refuse bags|n
أكياس تسوق|shopping bags|n
أكياس التسوق|shopping bags|n
أكياس حفظ الطعام|food storage bags|n
أكياس تجميد|freezer bags|n
أكياس سحاب|resealable bags|n
فيلم تغليف|wrapping film|n
نايلون تغليف|plastic film|n
بلاستيك تغليف|plastic wrap|n
نايلون لف|cling film|n
سلوفان|cellophane|n
سيلوفان|cellophane|n
شريط لاصق شفاف|clear adhesive tape|n
شريط تغليف|packing tape|n
سكوتش|adhesive tape|n
شريط|tape|n
أشرطة|tapes|n
اشرطة|tapes|n
شريط كهرباء|insulating tape|n
علب بلاستيك|plastic boxes|n
علب بلاستيكية|plastic boxes|n
علب تخزين|storage boxes|n
علبة تخزين|storage boxes|n
صندوق|boxes|n
صناديق|boxes|n
صندوق تخزين|storage boxes|n
صناديق تخزين|storage boxes|n
حاوية|containers|n
حاويات|containers|n
حافظة طعام|food containers|n
حافظات طعام|food containers|n
علب حفظ الطعام|food storage containers|n
عبوات بلاستيكية|plastic containers|n
قنينة|bottles|n
قناني|bottles|n
زجاجة|bottles|n
زجاجات|bottles|n
قارورة|bottles|n
قوارير|bottles|n
مطارة|water bottles|n
جركن|jerrycans|n
جركل|jerrycans|n
برميل|barrels|n
براميل|barrels|n
دلو|buckets|n
سطل|buckets|n
جردل|buckets|n
خزان|tanks|n
خزانات|tanks|n
سلة|baskets|n
سلال|baskets|n
سلة مهملات|waste-paper baskets|n
سلة قمامة|dustbins|n
سلة زبالة|dustbins|n
صندوق قمامة|dustbins|n
حاوية قمامة|dustbins|n
سلة غسيل|laundry baskets|n
سلة الغسيل|laundry baskets|n
إسفنج|sponge|n
اسفنج|sponge|n
الإسفنج|sponge|n
الاسفنج|sponge|n
إسفنجة|sponges|n
اسفنجة|sponges|n
فوم|foam|m
ألواح|sheets|n
الواح|sheets|n
ستيكر|stickers|n
ستيكرات|stickers|n
ملصق|stickers|n
ملصقات|stickers|n
ملصقات جدارية|wall stickers|n
ملصق حائط|wall stickers|n
ملصقات حائط|wall stickers|n
بالون|balloons|n
بالونات|balloons|n
البالونات|balloons|n
نفاخات|balloons|n
عشب صناعي|artificial turf|n
العشب الصناعي|artificial turf|n
شادر|tarpaulins|n
سدادات|stoppers|n
سدادة|stoppers|n
أغطية بلاستيكية|plastic lids|n
أغطية|covers|n
اغطية|covers|n
غطاء|covers|n
غطاء سيارة|car covers|n
الغطاء|covers|n
غلاف|covers|n
أغلفة|covers|n
اغلفة|covers|n

# Chapter 40: rubber and articles thereof
مطاط|rubber|m
المطاط|rubber|m
مطاطي|rubber|m
مطاطية|rubber|m
كاوتشوك|rubber|m
مطاط صناعي|synthetic rubber|n
لاتكس|latex|m
اللاتكس|latex|m
إطار|tyres|n
اطار|tyres|n
إطارات|tyres|n
اطارات|tyres|n
الإطارات|tyres|n
الاطارات|tyres|n
إطارات شاحنات|lorry tyres|n
تاير|tyres|n
تواير|tyres|n
كاوتش|tyres|n
كفرات سيارات|motor car tyres|n
إطار داخلي|inner tubes|n
إطارات داخلية|inner tubes|n
أنبوب داخلي|inner tubes|n
نتريل|nitrile|m
واقي ذكري|sheath contraceptives|n
واقيات ذكرية|sheath contraceptives|n
كوندوم|sheath contraceptives|n
حلمة رضاعة|feeding-bottle teats|n
حلمات رضاعة|feeding-bottle teats|n
لهاية|soothers|n
لهايات|soothers|n
سكاتة|soothers|n
سير|belts|n
سيور|belts|n
سير ناقل|conveyor belts|n
سيور ناقلة|conveyor belts|n
سير التوقيت|timing belts|n
سير الكاتينة|timing belts|n
جوان|gaskets|n
جوانات|gaskets|n
حشيات|gaskets|n
ممحاة|erasers|n
محاية|erasers|n
أستيكة|erasers|n
استيكة|erasers|n
أرضيات مطاطية|rubber flooring|n

# Chapters 41-43: hides, leather, bags, travel goods, saddlery, fur
جلد|leather|m
جلد شمواه|chamois leather|m
الجلد|leather|m
جلدي|leather|m
جلدية|leather|m
الجلدي|leather|m
الجلدية|leather|m
جلد طبيعي|genuine leather|m
جلد أصلي|genuine leather|m
جلد حقيقي|genuine leather|m
جلد صناعي|synthetic leather|m
جلد مصنع|synthetic leather|m
جلد بي يو|PU leather|m
جلد غنم|sheepskin|m
جلد مدبوغ|tanned leather|m
شمواه|chamois leather|m
جلد سويدي|suede|m
شامواه|chamois leather|m
جلود|hides|n
الجلود|hides|n
جلود مدبوغة|tanned hides|n
فرو|fur|m
الفرو|fur|m
فرو طبيعي|furskin|m
فراء|furskins|n
معطف فرو|fur coats|n
حقيبة|bags|n
حقائب|bags|n
الحقيبة|bags|n
الحقائب|bags|n
شنطة|bags|n
شنط|bags|n
شنطه|bags|n
الشنطة|bags|n
الشنط|bags|n
حقيبة يد|handbags|n
حقائب يد|handbags|n
حقيبة اليد|handbags|n
حقائب اليد|handbags|n
شنطة يد|handbags|n
شنط يد|handbags|n
حقيبة نسائية|handbags|n
حقائب نسائية|handbags|n
شنطة نسائية|handbags|n
شنط نسائية|handbags|n
شنطة حريمي|handbags|n
حقيبة كتف|shoulder bags|n
شنطة كتف|shoulder bags|n
حقيبة ظهر|rucksacks|n
حقائب ظهر|rucksacks|n
حقيبة الظهر|rucksacks|n
شنطة ظهر|rucksacks|n
شنط ظهر|rucksacks|n
شنطة مدرسة|school bags|n
حقيبة سفر|suitcases|n
حقائب سفر|suitcases|n
حقائب السفر|suitcases|n
شنطة سفر|suitcases|n
شنط سفر|suitcases|n
حقيبة ترولي|trolley suitcases|n
شنطة ترولي|trolley suitcases|n
حقيبة كمبيوتر|laptop bags|n
حقيبة مستندات|briefcases|n
حقيبة أوراق|briefcases|n
شنطة أوراق|briefcases|n
حقيبة مكياج|cosmetic bags|n
شنطة مكياج|cosmetic bags|n
حقيبة خصر|waist bags|n
شنطة خصر|waist bags|n
حقيبة كاميرا|camera cases|n
حقيبة قماش|textile bags|n
شنطة قماش|tote bags|n
محفظة|wallets|n
محافظ|wallets|n
المحفظة|wallets|n
محفظة نقود|wallets|n
جزدان|purses|n
حافظة نقود|purses|n
حافظة بطاقات|card holders|n
حافظة|cases|n
حافظات|cases|n
علبة مجوهرات|jewellery boxes|n
جراب|cases|n
جراب هاتف|mobile phone cases|n
كفر جوال|mobile phone cases|n
كفر موبايل|mobile phone cases|n
كفر هاتف|mobile phone cases|n
كفر ايفون|mobile phone cases|n
غطاء جوال|mobile phone cases|n
غطاء هاتف|mobile phone cases|n
حزام|belts|n
أحزمة|belts|n
احزمة|belts|n
الحزام|belts|n
قشاط|belts|n
طوق كلب|dog collars|n
طوق قطط|cat collars|n
رسن|leashes|n
سرج|saddles|n
سروج|saddles|n
لجام|bridles|n
سوار ساعة|watch straps|n
حزام ساعة|watch straps|n
أحزمة ساعات|watch straps|n

# Chapter 44: wood and articles of wood, charcoal
خشب|wood|m
الخشب|wood|m
خشبي|wooden|m
خشبية|wooden|m
الخشبي|wooden|m
الخشبية|wooden|m
أخشاب|wood|n
اخشاب|wood|n
الأخشاب|wood|n
الاخشاب|wood|n
زان|beech|m
خشب البلوط|oak wood|m
بلوط|oak|m
سنديان|oak|m
خشب الساج|teak wood|m
ساج|teak|m
خشب صنوبر|pine wood|m
خشب الصنوبر|pine wood|m
خشب الجوز|walnut wood|m
خشب الماهوجني|mahogany|m
ماهوجني|mahogany|m
خشب الأرز|cedar wood|m
خشب البامبو|bamboo|m
خشب الخيزران|bamboo|m
أبلكاش|plywood|n
ابلكاش|plywood|n
خشب معاكس|plywood|n
خشب رقائقي|plywood|n
خشب مضغوط|particle board|n
خشب حبيبي|particle board|n
ألواح خشب مضغوط|particle board|n
إم دي إف|fibreboard|m
ام دي اف|fibreboard|m
ألواح خشب|wooden boards|n
ألواح خشبية|wooden boards|n
لوح خشب|wooden boards|n
لوح خشبي|wooden boards|n
خشب منشور|sawn wood|n
جذوع|logs|n
جذوع الأشجار|logs|n
حطب|firewood|n
الحطب|firewood|n
حطب وقود|fuel wood|n
نشارة|sawdust|n
نشارة الخشب|sawdust|n
نشارة خشب|sawdust|n
قشرة خشب|veneer sheets|n
باركيه|parquet panels|n
أرضيات خشبية|wooden flooring|n
أرضيات باركيه|parquet flooring|n
أرضيات لامينيت|laminate flooring|n
منصات خشبية|pallets|n
باليت|pallets|n
باليتات|pallets|n
طبلية خشب|pallets|n
صناديق خشبية|wooden cases|n
إطار صور|photograph frames|n
إطارات صور|photograph frames|n
إطار صورة|photograph frames|n
برواز|picture frames|n
براويز|picture frames|n
برواز صور|picture frames|n
ملعقة خشب|wooden spoons|n
لوح تقطيع|chopping boards|n
ألواح تقطيع|chopping boards|n
لوح التقطيع|chopping boards|n
علاقة ملابس|clothes hangers|n
علاقات ملابس|clothes hangers|n
شماعة|clothes hangers|n
شماعة ملابس|clothes hangers|n
شماعات|clothes hangers|n
أبواب|doors|n
ابواب|doors|n
باب|doors|n
الباب|doors|n
أبواب خشب|wooden doors|n
باب خشب|wooden doors|n
نوافذ|windows|n
نافذة|windows|n
النوافذ|windows|n
شبابيك|windows|n
شباك ألومنيوم|aluminium windows|n
عيدان أسنان|toothpicks|n
أعواد أسنان|toothpicks|n
خلة أسنان|toothpicks|n
عيدان تناول الطعام|chopsticks|n
عيدان صينية|chopsticks|n
أعواد الآيس كريم|ice-cream sticks|n
أعواد خشبية|wooden sticks|n
عصا|sticks|n
عصي|sticks|n
عكاز|walking sticks|n
عكازات|crutches|n
عكاز طبي|crutches|n
أعمال خشبية|woodwork|n
منحوتات خشبية|wood carvings|n

# Chapters 45-46: cork, basketware, plaiting materials
فلين|cork|m
الفلين|cork|m
خوص|wickerwork|m
حصير|mats|n
حصيرة|mats|n
الحصير|mats|n
سعف النخيل|palm leaves|m
سعف|palm leaves|m
راتان|rattan|m
روطان|rattan|m

# Chapters 47-49: pulp, paper and paperboard, printed matter
ورق|paper|n
الورق|paper|n
أوراق|paper|n
اوراق|paper|n
ورقي|paper|m
ورقية|paper|m
الورقي|paper|m
الورقية|paper|m
لب الورق|paper pulp|n
عجينة الورق|paper pulp|n
لب الخشب|wood pulp|n
ورق مقوى|paperboard|n
كرتون مقوى|paperboard|n
كرتون مضلع|corrugated paperboard|n
كرتون مموج|corrugated paperboard|n
ورق مقوى مضلع|corrugated paperboard|n
ورق كرتون|cardboard|n
كرتونية|cardboard|m
كرتوني|cardboard|m
صناديق كرتون|cartons|n
صندوق كرتون|cartons|n
صناديق كرتونية|cartons|n
علب كرتون|cartons|n
علب كرتونية|cartons|n
علبة كرتون|cartons|n
كراتين|cartons|n
كرتون بيض|egg trays|n
أطباق بيض|egg trays|n
ورق طباعة|printing paper|n
ورق الطباعة|printing paper|n
ورق تصوير|copy paper|n
ورق تصوير مستندات|copy paper|n
ورق كتابة|writing paper|n
ورق جرائد|newsprint|n
ورق صحف|newsprint|n
كرافت|kraft|m
ورق حمام|toilet paper|n
ورق الحمام|toilet paper|n
ورق تواليت|toilet paper|n
محارم حمام|toilet paper|n
مناديل|tissues|n
المناديل|tissues|n
منديل|tissues|n
محارم|tissues|n
مناديل وجه|facial tissues|n
مناديل مبللة|wet wipes|n
مناديل رطبة|wet wipes|n
مناديل معطرة|wet wipes|n
مناديل أطفال مبللة|baby wipes|n
مناديل مطبخ|kitchen towels|n
مناديل سفرة|paper napkins|n
حفاضات|napkins (diapers)|n
حفاضات الأطفال|napkins (diapers)|n
حفاضات أطفال|napkins (diapers)|n
حفاض|napkins (diapers)|n
حفاظات|napkins (diapers)|n
حفاضات للكبار|adult incontinence napkins|n
حفاضات كبار|adult incontinence napkins|n
بامبرز|napkins (diapers)|n
فوط صحية|sanitary towels|n
فوط نسائية|sanitary towels|n
فوطة صحية|sanitary towels|n
سدادات قطنية|tampons|n
تامبون|tampons|n
دفتر|notebooks|n
دفاتر|notebooks|n
الدفاتر|notebooks|n
كراسة|exercise books|n
كراسات|exercise books|n
كشكول|notebooks|n
مفكرة|diaries|n
مفكرات|diaries|n
أجندة|diaries|n
اجندة|diaries|n
نوتة|notebooks|n
ظرف|envelopes|n
ظروف|envelopes|n
ظروف ورقية|envelopes|n
مغلفات|envelopes|n
بطاقات|cards|n
بطاقة|cards|n
كروت|cards|n
كرت|cards|n
بطاقات معايدة|greeting cards|n
بطاقات تهنئة|greeting cards|n
بطاقة تهنئة|greeting cards|n
كروت تهنئة|greeting cards|n
بطاقات بريدية|postcards|n
بطاقات دعوة|invitation cards|n
كروت أفراح|invitation cards|n
كتب|books|n
كتاب|books|n
الكتب|books|n
قصص أطفال|children's picture books|n
كتب تلوين|colouring books|n
كتاب تلوين|colouring books|n
قاموس|dictionaries|n
قواميس|dictionaries|n
مصحف|books|n
مجلات|periodicals|n
مجلة|periodicals|n
جرائد|newspapers|n
جريدة|newspapers|n
صحف|newspapers|n
خرائط|maps|n
خريطة|maps|n
تقويم|calendars|n
تقويمات|calendars|n
روزنامة|calendars|n
كتالوج|catalogues|n
كتالوجات|catalogues|n
بروشور|brochures|n
بروشورات|brochures|n
مطبوعات|printed matter|n
بوستر|posters|n
بوسترات|posters|n
ملصقات إعلانية|posters|n
طوابع|stamps|n
طوابع بريدية|postage stamps|n
ورق جدران|wallpaper|n
ورق حائط|wallpaper|n
ورق الجدران|wallpaper|n
ورق الحائط|wallpaper|n
ورق ملاحظات لاصق|sticky notes|n
ستيكي نوت|sticky notes|n
أوراق ملاحظات|notepads|n
ورق ملاحظات|notepads|n
ورق زبدة|baking paper|n
ورق الزبدة|baking paper|n
ورق خبز|baking paper|n
ورق ترشيح|filter paper|n
ورق تغليف|wrapping paper|n
ورق هدايا|gift wrapping paper|n
ملف|folders|n
ملفات|folders|n
حافظة أوراق|document folders|n
ملصقات عناوين|labels|n
ملصقات باركود|barcode labels|n
رول كاشير|till rolls|n
ورق كاشير|till rolls|n

# Chapters 50-60: textile fibres, yarn, fabrics
قطن|cotton|m
القطن|cotton|m
قطني|cotton|m
قطنية|cotton|m
القطني|cotton|m
القطنية|cotton|m
قطن 100%|100% cotton|m
100% قطن|100% cotton|m
قطن مصري|Egyptian cotton|m
قطن ممشط|combed cotton|m
صوف|wool|m
الصوف|wool|m
صوفي|woollen|m
صوفية|woollen|m
الصوفي|woollen|m
الصوفية|woollen|m
صوف ميرينو|merino wool|m
صوف الميرينو|merino wool|m
كشمير|cashmere|m
الكشمير|cashmere|m
موهير|mohair|m
وبر|fine animal hair|m
وبر الجمل|camel hair|m
حرير|silk|m
الحرير|silk|m
حريري|silk|m
حريرية|silk|m
الحريري|silk|m
كتان|linen|m
الكتان|linen|m
كتاني|linen|m
كتانية|linen|m
جوت|jute|m
الجوت|jute|m
خيش|jute|m
قنب|hemp|m
سيزال|sisal|m
ألياف|fibres|n
الياف|fibres|n
الألياف|fibres|n
الالياف|fibres|n
ألياف صناعية|man-made fibres|n
فايبر جلاس|glass fibres|n
فيبر جلاس|glass fibres|n
بوليستر|polyester|m
البوليستر|polyester|m
فسكوز|viscose|m
فيسكوز|viscose|m
رايون|rayon|m
ليكرا|elastane|m
سباندكس|elastane|m
إيلاستين|elastane|m
ايلاستين|elastane|m
مايكروفايبر|microfibre|m
ميكروفايبر|microfibre|m
مايكروفيبر|microfibre|m
مخمل|velvet|m
المخمل|velvet|m
مخملي|velvet|m
قطيفة|velvet|m
دنيم|denim|m
الدنيم|denim|m
ساتان|satin|m
الساتان|satin|m
شيفون|chiffon|m
الشيفون|chiffon|m
تول|tulle|m
دانتيل|lace|m
الدانتيل|lace|m
دانتيلا|lace|m
كروشيه|crocheted|m
تريكو|knitted|m
محاك|knitted|m
محبوك|knitted|m
محبوكة|knitted|m
منسوج|woven|m
منسوجة|woven|m
غير منسوج|nonwoven|m
غير منسوجة|nonwoven|m
نسيج|fabric|n
أنسجة|fabrics|n
انسجة|fabrics|n
منسوجات|textiles|n
المنسوجات|textiles|n
قماش|fabric|n
أقمشة|fabrics|n
اقمشة|fabrics|n
القماش|fabric|n
الأقمشة|fabrics|n
الاقمشة|fabrics|n
قماشي|fabric|m
قماشية|fabric|m
قماش جينز|denim fabric|n
قماش غير منسوج|nonwovens|n
قماش خيش|hessian|n
قماش مشمع|tarpaulin fabric|n
قماش تنجيد|upholstery fabric|n
لباد|felt|m
فلانيل|flannel|m
فليس|fleece|m
شبك|mesh|m
مطرز|embroidered|m
مطرزة|embroidered|m
تطريز|embroidery|n
خيط|thread|n
خيوط|yarn|n
الخيوط|yarn|n
غزل|yarn|n
غزول|yarn|n
صوف تريكو|knitting yarn|n
صوف حياكة|knitting yarn|n
خيط خياطة|sewing thread|n
خيوط خياطة|sewing thread|n
حبل|ropes|n
حبال|ropes|n
الحبال|ropes|n
حبل غسيل|clothes lines|n
حبال غسيل|clothes lines|n
شباك صيد|fishing nets|n
ناموسية|mosquito nets|n
شبكة|nets|n
شرائط|ribbons|n
شريط ساتان|satin ribbon|n
أزرار|buttons|n
ازرار|buttons|n
سحاب|slide fasteners|n
سحابات|slide fasteners|n
سوستة|slide fasteners|n
سجاد|carpets|n
السجاد|carpets|n
سجادة|carpets|n
سجاجيد|carpets|n
سجادة صلاة|prayer rugs|n
سجاد صلاة|prayer rugs|n
موكيت|wall-to-wall carpeting|n
بساط|rugs|n
زولية|carpets|n
كليم|kelem|n
سجاد يدوي|hand-knotted carpets|n
سجاد سيارة|car mats|n
دعاسات سيارة|car mats|n
دواسات سيارة|car mats|n
سجاد حمام|bath mats|n
دعاسة حمام|bath mats|n
ممسحة أرجل|doormats|n
دعاسة باب|doormats|n
قماش لباد|felt|n
ورق صنفرة قماش|abrasive cloth|n

# Chapters 61-62: apparel, knitted or woven
ملابس|clothing|n
الملابس|clothing|n
ملبوسات|clothing|n
أزياء|clothing|n
ازياء|clothing|n
ثياب|clothing|n
ملابس بيبي|babies' garments|n
ملابس رضع|babies' garments|n
ملابس المواليد|babies' garments|n
ملابس مواليد|babies' garments|n
ملابس رياضية|sportswear|n
ملابس الرياضة|sportswear|n
ملابس عمل|work clothing|n
ملابس داخلية|underwear|n
الملابس الداخلية|underwear|n
ملابس نوم|nightwear|n
ملابس النوم|nightwear|n
ملابس سباحة|swimwear|n
ملابس السباحة|swimwear|n
ملابس تنكرية|fancy dress costumes|n
أزياء تنكرية|fancy dress costumes|n
ملابس مستعملة|worn clothing|n
ثوب|robes|n
دشداشة|robes|n
دشاديش|robes|n
كندورة|robes|n
جلابية|robes|n
جلابيات|robes|n
قفطان|kaftans|n
عباية|cloaks|n
عباءة|cloaks|n
عبايات|cloaks|n
عباءات|cloaks|n
بشت|cloaks|n
مشلح|cloaks|n
شماغ|head scarves|n
أشمغة|head scarves|n
اشمغة|head scarves|n
غترة|head scarves|n
غتر|head scarves|n
كوفية|head scarves|n
حجاب|headscarves|n
طرحة|headscarves|n
شيلة|headscarves|n
إيشارب|scarves|n
ايشارب|scarves|n
وشاح|scarves|n
أوشحة|scarves|n
اوشحة|scarves|n
شال|shawls|n
شالات|shawls|n
نقاب|veils|n
خمار|veils|n
منديل قماش|handkerchiefs|n
مناديل قماش|handkerchiefs|n
قميص|shirts|n
قميص بولو|polo shirts|n
قمصان|shirts|n
القميص|shirts|n
القمصان|shirts|n
قميص رسمي|dress shirts|n
قميص نوم|nightdresses|n
قمصان نوم|nightdresses|n
تيشيرت|T-shirts|n
تي شيرت|T-shirts|n
تيشرت|T-shirts|n
تشيرت|T-shirts|n
تيشيرتات|T-shirts|n
تي شيرتات|T-shirts|n
فانيلة|vests|n
فانيلة داخلية|vests|n
فنيلة|vests|n
فانلة|vests|n
فانلات|vests|n
فنايل|vests|n
قميص داخلي|vests|n
بولو|polo shirts|n
بلوزة|blouses|n
بلوزة نسائية|blouses|n
بلوزات|blouses|n
كنزة|jerseys|n
كنزات|jerseys|n
كنزة صوف|woollen jerseys|n
بلوفر|pullovers|n
بلوفرات|pullovers|n
سويتر|sweaters|n
سويت شيرت|sweatshirts|n
سويتشيرت|sweatshirts|n
هودي|hooded sweatshirts|n
هوديز|hooded sweatshirts|n
كارديجان|cardigans|n
كارديغان|cardigans|n
جيليه|waistcoats|n
صديري|waistcoats|n
سديري|waistcoats|n
سترة|jackets|n
سترات|jackets|n
جاكيت|jackets|n
جاكيتات|jackets|n
جاكت|jackets|n
جاكيت منفوخ|padded jackets|n
بليزر|blazers|n
معطف|overcoats|n
معاطف|overcoats|n
بالطو|overcoats|n
معطف مطر|raincoats|n
جاكيت مطر|raincoats|n
أنوراك|anoraks|n
انوراك|anoraks|n
سترة نجاة|life jackets|n
سترة واقية|protective vests|n
سترة عاكسة|reflective vests|n
بدلة|suits|n
بدلة رسمية|suits|n
بدلات|suits|n
البدلة|suits|n
بدلة رياضية|track suits|n
بدل رياضية|track suits|n
ترنج|track suits|n
ترينج|track suits|n
بدلة تزلج|ski suits|n
بدلة عمل|overalls|n
أفرول|overalls|n
افرول|overalls|n
أوفرول|overalls|n
اوفرول|overalls|n
يونيفورم|uniforms|n
زي موحد|uniforms|n
زي مدرسي|school uniforms|n
زي رسمي|uniforms|n
مريول|aprons|n
مريلة|aprons|n
مئزر|aprons|n
بيجامة|pyjamas|n
بيجامات|pyjamas|n
بجامة|pyjamas|n
بيجاما|pyjamas|n
روب حمام|bathrobes|n
روب نوم|dressing gowns|n
برنس|bathrobes|n
برنس حمام|bathrobes|n
فستان|dresses|n
فساتين|dresses|n
الفستان|dresses|n
فستان أطفال|girls' dresses|n
تنورة|skirts|n
تنانير|skirts|n
تنورات|skirts|n
جيبة|skirts|n
بنطلون|trousers|n
بنطلونات|trousers|n
بنطال|trousers|n
بناطيل|trousers|n
بنطرون|trousers|n
سروال|trousers|n
سراويل|trousers|n
جينز|jeans|n
الجينز|jeans|n
بنطلون جينز|jeans|n
بنطال جينز|jeans|n
شورت|shorts|n
شورتات|shorts|n
برمودا|shorts|n
ليجن|leggings|n
ليجنز|leggings|n
ليغنز|leggings|n
ليقنز|leggings|n
كولون|tights|n
جوارب|socks|n
الجوارب|socks|n
جورب|socks|n
كلسات|socks|n
جوارب طويلة|stockings|n
جوارب نسائية|tights|n
جوارب طبية|compression stockings|n
جوارب ضاغطة|compression stockings|n
كلسون|underpants|n
بوكسر|boxer shorts|n
بوكسرات|boxer shorts|n
سليب|briefs|n
كيلوت|briefs|n
سروال داخلي|underpants|n
سراويل داخلية|underpants|n
حمالة صدر|brassieres|n
حمالات صدر|brassieres|n
ستيان|brassieres|n
سوتيان|brassieres|n
لانجري|women's underwear|n
شلحة|slips|n
كورسيه|corsets|n
مشد|corsets|n
مشد بطن|girdles|n
مايوه|swimwear|n
مايوهات|swimwear|n
بدلة سباحة|swimsuits|n
بكيني|bikinis|n
بوركيني|swimwear|n
قفاز|gloves|n
قفازات|gloves|n
القفازات|gloves|n
كفوف|gloves|n
جوانتي|gloves|n
قفازات صوف|woollen gloves|n
قفازات عمل|work gloves|n
قفازات مطبخ|oven gloves|n
ربطة عنق|ties|n
ربطات عنق|ties|n
كرافتة|ties|n
كرافات|ties|n
بابيون|bow ties|n
حمالات بنطلون|braces|n
ياقة|collars|n
أكمام|sleeves|m
اكمام|sleeves|m
بأكمام طويلة|long-sleeved|m
بأكمام قصيرة|short-sleeved|m
كم طويل|long-sleeved|m
كم قصير|short-sleeved|m
نص كم|short-sleeved|m
نصف كم|short-sleeved|m
بدون أكمام|sleeveless|m
بلا أكمام|sleeveless|m
بدون كم|sleeveless|m
بقلنسوة|hooded|m
بغطاء رأس|hooded|m
بكابيشون|hooded|m

# Chapter 63: other made-up textile articles, worn clothing
بطانية|blankets|n
بطانيات|blankets|n
البطانية|blankets|n
البطانيات|blankets|n
بطانية أطفال|baby blankets|n
لحاف|quilts|n
لحاف سرير|quilts|n
لحف|quilts|n
لحافات|quilts|n
ألحفة|quilts|n
الحفة|quilts|n
مفرش سرير|bedspreads|n
مفارش سرير|bedspreads|n
غطاء سرير|bedspreads|n
أغطية سرير|bed linen|n
مفرش طاولة|tablecloths|n
مفارش طاولة|tablecloths|n
مفرش سفرة|tablecloths|n
شرشف|bed sheets|n
شرشف سرير|bed sheets|n
شراشف|bed sheets|n
ملاية|bed sheets|n
ملايات|bed sheets|n
ملاءة|bed sheets|n
ملاءة سرير|bed sheets|n
ملاءات|bed sheets|n
طقم سرير|bed linen sets|n
طقم ملايات|bed linen sets|n
مفارش|bed linen|n
بياضات|household linen|n
كيس مخدة|pillowcases|n
أكياس مخدات|pillowcases|n
كيس وسادة|pillowcases|n
غطاء وسادة|pillowcases|n
أغطية وسائد|pillowcases|n
منشفة|towels|n
مناشف|towels|n
المناشف|towels|n
فوطة|towels|n
فوط|towels|n
بشكير|towels|n
بشاكير|towels|n
منشفة حمام|bath towels|n
منشفة استحمام|bath towels|n
مناشف حمام|bath towels|n
منشفة يد|hand towels|n
منشفة مطبخ|tea towels|n
مناشف مطبخ|tea towels|n
ستارة|curtains|n
ستائر|curtains|n
الستائر|curtains|n
برادي|curtains|n
برداية|curtains|n
ستارة حمام|shower curtains|n
ستائر رول|roller blinds|n
ستائر معتمة|blackout curtains|n
خيمة|tents|n
خيام|tents|n
الخيام|tents|n
خيمة رحلات|camping tents|n
شراع|sails|n
أشرعة|sails|n
اشرعة|sails|n
شوال|sacks|n
شوالات|sacks|n
جونية|sacks|n
أكياس خيش|jute sacks|n
أكياس جوت|jute sacks|n
أكياس قماش|textile bags|n
كيس قماش|textile bags|n
أعلام|flags|n
اعلام|flags|n
خرق|rags|n
كمامات قماش|textile face masks|n
كمامة قماش|textile face masks|n
أكياس أحذية|shoe bags|n

# Chapter 64: footwear
حذاء|shoes|n
الحذاء|shoes|n
أحذية|footwear|n
احذية|footwear|n
الأحذية|footwear|n
الاحذية|footwear|n
جزمة|footwear|n
جزم|footwear|n
كندرة|shoes|n
كنادر|shoes|n
صباط|shoes|n
بوط|boots|n
بوت|boots|n
بوتات|boots|n
حذاء رياضة|sports shoes|n
جزمة رياضية|sports shoes|n
كوتشي|sports shoes|n
كوتش|sports shoes|n
سنيكرز|sports shoes|n
أحذية جري|running shoes|n
حذاء كرة قدم|football boots|n
حذاء كرة|football boots|n
جزمة كورة|football boots|n
حذاء تزلج|ski boots|n
حذاء كلاسيك|formal shoes|n
كعب عالي|high-heeled|m
بكعب عالي|high-heeled|m
كعب|heels|n
كعوب|heels|n
حذاء بدون كعب|flat shoes|n
صندل|sandals|n
صنادل|sandals|n
صندال|sandals|n
نعال|sandals|n
شبشب|slippers|n
شباشب|slippers|n
شحاطة|slippers|n
شحاطات|slippers|n
زنوبة|flip-flops|n
زنوبه|flip-flops|n
زنوبات|flip-flops|n
حذاء منزلي|house slippers|n
أحذية منزلية|house slippers|n
حذاء أمان|safety footwear|n
حذاء سلامة|safety footwear|n
حذاء طبي|orthopaedic footwear|n
أحذية طبية|orthopaedic footwear|n
جزمة مطر|rubber boots|n
بوت مطر|rubber boots|n
حذاء مطاطي|rubber footwear|n
نعل|soles|n
نعل داخلي|insoles|n
فرش داخلي للحذاء|insoles|n
رباط حذاء|shoelaces|n
أربطة حذاء|shoelaces|n
رباط الحذاء|shoelaces|n

# Chapters 65-67: headgear, umbrellas, walking sticks, feathers, wigs
قبعة|hats|n
قبعات|hats|n
القبعة|hats|n
برنيطة|hats|n
كاب|caps|n
كابات|caps|n
طاقية|caps|n
طواقي|caps|n
بيريه|berets|n
قبعة بيسبول|baseball caps|n
طاقية صوف|woollen hats|n
قبعة صوف|woollen hats|n
عصابة رأس|headbands|n
عصابة|headbands|n
خوذة|helmets|n
خوذات|helmets|n
خوذة دراجة نارية|motorcycle helmets|n
مظلة|umbrellas|n
مظلات|umbrellas|n
شمسيات|umbrellas|n
مظلة مطر|umbrellas|n
شمسية مطر|umbrellas|n
مظلة شمسية|sun umbrellas|n
مظلة شمس|sun umbrellas|n
شمسية بحر|beach umbrellas|n
باروكة|wigs|n
باروكات|wigs|n
شعر مستعار|wigs|n
وصلات شعر|hair extensions|n
اكستنشن|hair extensions|n
ورد صناعي|artificial flowers|n
ورود صناعية|artificial flowers|n

# Chapters 68-70: stone, plaster, cement, ceramics, glass
بلاط|tiles|n
البلاط|tiles|n
بلاطة|tiles|n
سيراميك|ceramic|m
السيراميك|ceramic|m
سيراميكي|ceramic|m
سيراميكية|ceramic|m
سيراميك أرضيات|ceramic floor tiles|n
بلاط أرضيات|floor tiles|n
سيراميك حوائط|ceramic wall tiles|n
بلاط جدران|wall tiles|n
أرضيات|flooring|n
ارضيات|flooring|n
الأرضيات|flooring|n
للأرضيات|floor|m
للارضيات|floor|m
بورسلين|porcelain|m
بورسلان|porcelain|m
البورسلين|porcelain|m
خزف|ceramic|m
الخزف|ceramic|m
خزفي|ceramic|m
خزفية|ceramic|m
فخار|earthenware|m
الفخار|earthenware|m
فخاري|earthenware|m
فخارية|earthenware|m
موزاييك|mosaic|m
فسيفساء|mosaic|m
ألواح رخام|marble slabs|n
ألواح جرانيت|granite slabs|n
طوب|bricks|n
الطوب|bricks|n
طابوق|bricks|n
طوب أحمر|clay bricks|n
طوب حراري|refractory bricks|n
بلوك|blocks|n
بلوك أسمنتي|concrete blocks|n
خرسانة|concrete|m
الخرسانة|concrete|m
خرساني|concrete|m
خرسانية|concrete|m
باطون|concrete|m
جبس بورد|plasterboard|n
ألواح جبس|plasterboard|n
ألواح جبسية|plasterboard|n
صوف صخري|rock wool|n
عازل|insulating|m
عازلة|insulating|m
مادة عازلة|insulating materials|n
مواد عازلة|insulating materials|n
عوازل|insulating materials|n
عازل حراري|thermal insulation|n
عزل حراري|thermal insulation|n
عازل مائي|waterproofing materials|n
ورق زجاج|abrasive paper|n
صنفرة|abrasive|m
حجر تجليخ|grindstones|n
حجر جلخ|grindstones|n
حجر سن|sharpening stones|n
قرص قطع|cutting discs|n
أقراص قطع|cutting discs|n
قرص تجليخ|grinding wheels|n
أقراص تجليخ|grinding wheels|n
مغسلة|washbasins|n
مغاسل|washbasins|n
حوض غسيل|sinks|n
حوض مطبخ|kitchen sinks|n
أحواض مطبخ|kitchen sinks|n
حوض استحمام|baths|n
بانيو|baths|n
بانيوهات|baths|n
مرحاض|water closet pans|n
مراحيض|water closet pans|n
كرسي حمام|water closet pans|n
كرسي تواليت|water closet pans|n
قاعدة حمام|water closet pans|n
سيفون|flushing cisterns|n
أدوات صحية|sanitary ware|n
أطقم حمامات|sanitary ware|n
أطباق|plates|n
اطباق|plates|n
الأطباق|plates|n
الاطباق|plates|n
طبق|plates|n
صحن|plates|n
صحون|plates|n
الصحون|plates|n
طقم أطباق|dinner sets|n
طقم صحون|dinner sets|n
طقم سفرة|dinner sets|n
طقم عشاء|dinner sets|n
أطقم سفرة|dinner sets|n
أدوات المائدة|tableware|n
أدوات مائدة|tableware|n
أدوات مطبخ|kitchenware|n
أدوات المطبخ|kitchenware|n
أواني|kitchenware|n
أواني مطبخ|kitchenware|n
أواني المطبخ|kitchenware|n
اواني|kitchenware|n
أواني طبخ|cooking pots|n
أواني الطبخ|cooking pots|n
كوب|cups|n
أكواب|cups|n
اكواب|cups|n
الأكواب|cups|n
الاكواب|cups|n
كاسة|glasses|n
كاسات|glasses|n
فنجان|cups|n
فناجين|cups|n
ماج|mugs|n
ماجات|mugs|n
مجات|mugs|n
كوب قهوة|coffee mugs|n
وعاء|bowls|n
أوعية|containers|n
اوعية|containers|n
زبدية|bowls|n
سلطانية|bowls|n
جاط|bowls|n
إبريق|jugs|n
ابريق|jugs|n
أباريق|jugs|n
اباريق|jugs|n
إبريق شاي|teapots|n
براد شاي|teapots|n
دلة|coffee pots|n
دلة قهوة|coffee pots|n
كنكة|coffee pots|n
ركوة|coffee pots|n
مزهرية|vases|n
مزهريات|vases|n
فازة|vases|n
فازات|vases|n
أصيص|flowerpots|n
اصيص|flowerpots|n
أصص|flowerpots|n
اصص|flowerpots|n
أصص زرع|flowerpots|n
حوض زرع|planters|n
أحواض زرع|planters|n
تمثال|statuettes|n
تماثيل|statuettes|n
تحف|ornaments|n
تحفة|ornaments|n
زجاج|glass|m
الزجاج|glass|m
زجاجي|glass|m
زجاجية|glass|m
الزجاجي|glass|m
الزجاجية|glass|m
زجاج مقسى|tempered glass|m
زجاج سيكوريت|tempered glass|m
زجاج مقوى|toughened glass|m
زجاج عاكس|reflective glass|m
زجاج مسطح|float glass|n
زجاج سيارات|safety glass|n
كريستال|crystal|m
الكريستال|crystal|m
مرآة|mirrors|n
مرايا|mirrors|n
مراية|mirrors|n
المرآة|mirrors|n
مرآة حائط|wall mirrors|n
خرز|beads|n
برطمان|jars|n
برطمانات|jars|n
مرطبان|jars|n
مرطبانات|jars|n
جرة|jars|n
فارغ|empty|m
فارغة|empty|m

# Chapter 71: pearls, precious stones, precious metals, jewellery
مجوهرات|jewellery|n
المجوهرات|jewellery|n
حلي|jewellery|n
بيجوتري|imitation jewellery|n
إكسسوارات|accessories|n
إكسسوارات السيارات|car accessories|n
إكسسوارات سيارات|car accessories|n
اكسسوارات|accessories|n
الإكسسوارات|accessories|n
الاكسسوارات|accessories|n
إكسسوار|accessories|n
اكسسوار|accessories|n
ذهب|gold|m
الذهب|gold|m
ذهبي|golden|m
ذهبية|golden|m
ذهب عيار 18|18-carat gold|m
ذهب عيار 21|21-carat gold|m
ذهب عيار 24|24-carat gold|m
عيار|carat|m
قيراط|carat|m
فضة|silver|m
الفضة|silver|m
فضي|silver|m
فضية|silver|m
فضة استرليني|sterling silver|m
بلاتين|platinum|m
البلاتين|platinum|m
مطلي بالذهب|gold-plated|m
مطلية بالذهب|gold-plated|m
مطلي بالفضة|silver-plated|m
مطلية بالفضة|silver-plated|m
مطلي|plated|m
مطلية|plated|m
ألماس|diamonds|n
الماس|diamonds|n
ماس|diamonds|n
الألماس|diamonds|n
الالماس|diamonds|n
لؤلؤ|pearls|n
اللؤلؤ|pearls|n
لولو|pearls|n
لؤلؤ مستزرع|cultured pearls|n
أحجار كريمة|precious stones|n
حجر كريم|precious stones|n
الأحجار الكريمة|precious stones|n
أحجار شبه كريمة|semi-precious stones|n
ياقوت|rubies|n
ياقوت أزرق|sapphires|n
زمرد|emeralds|n
عقيق|agate|n
حجر الفيروز|turquoise|n
زركون|zircon|m
زركونيا|zirconia|m
خاتم|rings|n
خواتم|rings|n
الخاتم|rings|n
دبلة|wedding rings|n
دبل|wedding rings|n
محابس|rings|n
سوار|bracelets|n
أساور|bracelets|n
اساور|bracelets|n
أسورة|bracelets|n
اسورة|bracelets|n
إنسيال|bracelets|n
انسيال|bracelets|n
غويشة|bangles|n
غوايش|bangles|n
قلادة|necklaces|n
قلائد|necklaces|n
عقد|necklaces|n
سلسال|necklaces|n
سلسلة|chains|n
سلاسل|chains|n
السلسلة|chains|n
دلاية|pendants|n
دلايات|pendants|n
حلق|earrings|n
أقراط|earrings|n
اقراط|earrings|n
قرط|earrings|n
خلخال|anklets|n
بروش|brooches|n
دبوس|pins|n
دبابيس|pins|n
أزرار أكمام|cufflinks|n
كبك|cufflinks|n
سبحة|prayer beads|n
مسبحة|prayer beads|n
مسابح|prayer beads|n
سبح|prayer beads|n
سبائك ذهب|gold bars|n
سبيكة ذهب|gold bars|n
سبائك فضة|silver bars|n
عملات ذهبية|gold coins|n
عملات معدنية|coins|n
عملات|coins|n
عملات تذكارية|commemorative coins|n

# Chapters 72-73: iron and steel, articles of iron or steel
حديد|iron|m
الحديد|iron|m
حديدي|iron|m
حديدية|iron|m
الحديدي|iron|m
الحديدية|iron|m
فولاذ|steel|m
الفولاذ|steel|m
فولاذي|steel|m
فولاذية|steel|m
الصلب|steel|m
ستيل|stainless steel|m
استيل|stainless steel|m
ستانلس|stainless steel|m
ستانلس ستيل|stainless steel|m
استانلس|stainless steel|m
صلب مقاوم للصدأ|stainless steel|m
حديد مقاوم للصدأ|stainless steel|m
مقاوم للصدأ|stainless|m
مقاومة للصدأ|stainless|m
ضد الصدأ|rust-proof|m
صلب مجلفن|galvanised steel|m
مجلفن|galvanised|m
مجلفنة|galvanised|m
مغلفن|galvanised|m
حديد زهر|cast iron|m
حديد الزهر|cast iron|m
حديد صب|cast iron|m
حديد مطاوع|wrought iron|m
حديد مشغول|wrought iron|m
صلب كربوني|carbon steel|m
فولاذ كربوني|carbon steel|m
صلب سبائكي|alloy steel|m
حديد تسليح|concrete reinforcing bars|n
حديد التسليح|concrete reinforcing bars|n
أسياخ حديد|iron rods|n
قضبان|bars|n
قضيب|bars|n
لفائف|coils|n
لفائف صلب|steel coils|n
صاج|sheets|n
صفائح|sheets|n
صفيحة|sheets|n
صفائح صلب|steel sheets|n
ألواح صلب|steel plates|n
صفيح|tinplate|m
صفيح مجلفن|galvanised sheets|n
مدرفل على الساخن|hot-rolled|m
مدرفلة على الساخن|hot-rolled|m
مدلفن على الساخن|hot-rolled|m
مدرفل على البارد|cold-rolled|m
مدرفلة على البارد|cold-rolled|m
مدلفن على البارد|cold-rolled|m
مسحوب على البارد|cold-drawn|m
مدرفل|rolled|m
مدرفلة|rolled|m
ملحوم|welded|m
ملحومة|welded|m
غير ملحوم|seamless|m
غير ملحومة|seamless|m
بدون لحام|seamless|m
مطروق|forged|m
مطروقة|forged|m
مصبوب|cast|m
مصبوبة|cast|m
مسبوك|cast|m
مسبوكة|cast|m
زوايا|angles|n
كمرات|beams|n
كمرات حديد|steel beams|n
مقاطع|sections|n
قطاعات|sections|n
بروفيل|profiles|n
بروفايل|profiles|n
أنابيب صلب|steel tubes|n
أنابيب فولاذية|steel tubes|n
سلك|wire|n
أسلاك|wire|n
اسلاك|wire|n
الأسلاك|wire|n
الاسلاك|wire|n
سلك شائك|barbed wire|n
شبك حديد|wire mesh|n
شبك معدني|wire mesh|n
شبكة حديد|wire mesh|n
سياج|fencing|n
سياج شبكي|wire fencing|n
مسامير|nails|n
مسمار|nails|n
المسامير|nails|n
برغي|screws|n
براغي|screws|n
مسمار برغي|screws|n
مسامير برشام|rivets|n
برشام|rivets|n
صواميل|nuts|n
صامولة|nuts|n
عزقة|nuts|n
مسمار ملولب|bolts|n
مسامير ملولبة|bolts|n
بولت|bolts|n
بولتات|bolts|n
مسامير وصواميل|bolts and nuts|n
فلكة|washers|n
فلكات|washers|n
حلقات معدنية|washers|n
نوابض|springs|n
زنبرك|springs|n
ياي|springs|n
جنزير|chains|n
مرساة|anchors|n
إبر خياطة|sewing needles|n
قدر|pots|n
قدور|pots|n
حلة|pots|n
حلل|pots|n
طنجرة|saucepans|n
طناجر|saucepans|n
قدر ضغط|pressure cookers|n
حلة ضغط|pressure cookers|n
طنجرة ضغط|pressure cookers|n
مقلاة|frying pans|n
مقالي|frying pans|n
طاوة|frying pans|n
صينية|trays|n
صواني|trays|n
صينية تقديم|serving trays|n
صينية فرن|baking trays|n
صواني فرن|baking trays|n
قالب كيك|cake tins|n
قوالب كيك|cake tins|n
قالب|moulds|n
قوالب|moulds|n
قالب ثلج|ice-cube trays|n
مصفاة|strainers|n
مصافي|strainers|n
مبشرة|graters|n
مقشرة خضار|vegetable peelers|n
مقشرة بطاطس|potato peelers|n
فتاحة|openers|n
فتاحة علب|can openers|n
أسطوانة|cylinders|n
اسطوانة|cylinders|n
أسطوانات غاز|gas cylinders|n
جرة غاز|gas cylinders|n
قنينة غاز|gas cylinders|n
مدفأة|heaters|n
مدافئ|heaters|n
دفاية|heaters|n
صوبيا|stoves|n
صوبة|heaters|n
مدفأة حطب|wood-burning stoves|n
شواية|barbecues|n
شوايات|barbecues|n
شواية فحم|charcoal barbecues|n
منقل|braziers|n
مناقل|braziers|n
موقد|stoves|n
مواقد|stoves|n
بوتاجاز|cookers|n
طباخ|cookers|n
طباخة|cookers|n
فرن غاز|gas cookers|n
فرن ميكروويف|microwave ovens|n
رفوف|shelves|n
أرفف|shelves|n
ارفف|shelves|n
رفوف معدنية|metal shelving|n
رف حائط|wall shelves|n
رفوف حائط|wall shelves|n
رف تخزين|storage shelves|n
رفوف تخزين|storage shelves|n
رف كتب|bookshelves|n
رف أحذية|shoe racks|n
حامل|holders|n
ستاند|stands|n
ستاندات|stands|n
حامل هاتف|mobile phone holders|n
حامل تلفزيون|TV wall mounts|n
حامل شاشة|TV wall mounts|n
حامل مناشف|towel rails|n
خطاف|hooks|n
خطافات|hooks|n
سلم|ladders|n
سلالم|ladders|n
سقالات|scaffolding|n
سقالة|scaffolding|n
إسفنج حديد|steel wool|n
سلك مواعين|steel wool pads|n
ليفة سلك|steel wool pads|n

# Chapters 74-81: copper, nickel, aluminium, lead, zinc, tin, other base metals
نحاس|copper|m
النحاس|copper|m
نحاسي|copper|m
نحاسية|copper|m
نحاس أصفر|brass|m
النحاس الأصفر|brass|m
براس|brass|m
برونز|bronze|m
البرونز|bronze|m
برونزي|bronze|m
برونزية|bronze|m
ألومنيوم|aluminium|m
الومنيوم|aluminium|m
ألمنيوم|aluminium|m
المنيوم|aluminium|m
ألومينيوم|aluminium|m
الومينيوم|aluminium|m
ألمونيوم|aluminium|m
المونيوم|aluminium|m
الألومنيوم|aluminium|m
الالومنيوم|aluminium|m
الألمنيوم|aluminium|m
الالمنيوم|aluminium|m
الألومينيوم|aluminium|m
الالومينيوم|aluminium|m
نيكل|nickel|m
النيكل|nickel|m
رصاص|lead|m
قصدير|tin|m
القصدير|tin|m
زنك|zinc|m
الزنك|zinc|m
تيتانيوم|titanium|m
التيتانيوم|titanium|m
تنجستن|tungsten|m
تنغستن|tungsten|m
كروم|chromium|m
مطلي بالكروم|chromium-plated|m
مكروم|chromium-plated|m
مغنيسيوم|magnesium|m
كوبالت|cobalt|m
موليبدنوم|molybdenum|m
منغنيز|manganese|m
منجنيز|manganese|m
ليثيوم|lithium|m
الليثيوم|lithium|m
ليثيوم أيون|lithium-ion|m
ليثيوم ايون|lithium-ion|m
أيونات الليثيوم|lithium-ion|m
سبيكة|alloy|m
سبائك|alloys|m
معدن|metal|m
المعدن|metal|m
معادن|metals|m
معدني|metal|m
معدنية|metal|m
المعدني|metal|m
المعدنية|metal|m
خردة|scrap|n
سكراب|scrap|n
خردة حديد|iron waste and scrap|n
خردة نحاس|copper waste and scrap|n
خردة ألومنيوم|aluminium waste and scrap|n
أنابيب نحاس|copper tubes|n
مواسير نحاس|copper tubes|n
ورق ألومنيوم|aluminium foil|n
ورق الألومنيوم|aluminium foil|n
رقائق الألومنيوم|aluminium foil|n
ورق قصدير|aluminium foil|n
ورق فويل|aluminium foil|n
فويل|foil|n
علب ألومنيوم|aluminium cans|n
علب معدنية|tins|n
علب صفيح|tins|n
قطاعات ألومنيوم|aluminium profiles|n

# Chapters 82-83: tools, cutlery, locks, miscellaneous base-metal articles
أدوات|tools|n
ادوات|tools|n
الأدوات|tools|n
الادوات|tools|n
أدوات يدوية|hand tools|n
عدة يدوية|hand tools|n
عدد يدوية|hand tools|n
طقم عدة|tool sets|n
شنطة عدة|tool kits|n
صندوق عدة|tool boxes|n
شاكوش|hammers|n
مطرقة|hammers|n
مطارق|hammers|n
مفك|screwdrivers|n
مفك براغي|screwdrivers|n
مفكات|screwdrivers|n
كماشة|pliers|n
كماشات|pliers|n
زرادية|pliers|n
بنسة|pliers|n
بانسة|pliers|n
مفتاح ربط|spanners|n
مفاتيح ربط|spanners|n
مفتاح إنجليزي|adjustable spanners|n
مفتاح انجليزي|adjustable spanners|n
مفتاح ألن|hexagon keys|n
مفاتيح ألن|hexagon keys|n
منشار|saws|n
مناشير|saws|n
منشار يدوي|hand saws|n
منشار كهربائي|power saws|n
منشار سلسلة|chainsaws|n
منشار جنزير|chainsaws|n
شفرة|blades|n
شفرات|blades|n
شفرات حلاقة|razor blades|n
شفرة حلاقة|razor blades|n
موس حلاقة|razors|n
أمواس حلاقة|razors|n
مقص|scissors|n
مقصات|scissors|n
المقص|scissors|n
مقص شعر|hairdressing scissors|n
مقص أظافر|nail scissors|n
مقص تقليم|pruning shears|n
مقص حديقة|garden shears|n
قصافة|nail clippers|n
قصافة أظافر|nail clippers|n
قلامة|nail clippers|n
قلامة أظافر|nail clippers|n
مبرد أظافر|nail files|n
ملقط|tweezers|n
ملاقط|tweezers|n
ملقط حواجب|eyebrow tweezers|n
سكين|knives|n
سكاكين|knives|n
السكاكين|knives|n
سكين جيب|pocket knives|n
مطواة|pocket knives|n
كتر|utility knives|n
ملعقة|spoons|n
ملاعق|spoons|n
معلقة|spoons|n
معالق|spoons|n
شوكة|forks|n
شوك|forks|n
طقم ملاعق|cutlery sets|n
طقم سكاكين|knife sets|n
أدوات مائدة ستانلس|stainless steel cutlery|n
مغرفة|ladles|n
مغارف|ladles|n
كفكير|skimmers|n
ملقط طعام|kitchen tongs|n
ملقط مطبخ|kitchen tongs|n
مجرفة|shovels|n
مجارف|shovels|n
جاروف|shovels|n
معول|mattocks|n
فأس|axes|n
فؤوس|axes|n
بلطة|axes|n
منجل|sickles|n
مذراة|forks|n
أدوات حدائق|garden tools|n
مشرط|cutters|n
مشارط|cutters|n
ريش دريل|drill bits|n
ريشة دريل|drill bits|n
ريش حفر|drill bits|n
بنطة|drill bits|n
إزميل|chisels|n
ازميل|chisels|n
أزاميل|chisels|n
ازاميل|chisels|n
مسطرين|trowels|n
مالج|trowels|n
سندان|anvils|n
ملزمة|vices|n
مسدس سيليكون|caulking guns|n
مكواة لحام|soldering irons|n
كاوية لحام|soldering irons|n
قطب لحام|welding electrodes|n
أقطاب لحام|welding electrodes|n
لحام|welding|m
نشابة|rolling pins|n
شوبك|rolling pins|n
هاون|mortars|n
مدقة|pestles|n
قفل|locks|n
أقفال|locks|n
اقفال|locks|n
الأقفال|locks|n
الاقفال|locks|n
كالون|cylinder locks|n
قفل رقمي|combination locks|n
قفل بصمة|fingerprint locks|n
مفتاح باب|keys|n
مفاتيح أبواب|keys|n
مفتاح سيارة|car keys|n
مقبض|handles|n
مقابض|handles|n
أكرة|door handles|n
اكرة|door handles|n
مفصلة|hinges|n
مفصلات|hinges|n
حلقة|rings|n
حلقات|rings|n
خزنة|safes|n
خزائن حديدية|safes|n
صندوق بريد|letter boxes|n
صندوق نقود|cash boxes|n
ميدالية مفاتيح|key rings|n
سلسلة مفاتيح|key rings|n
علاقة مفاتيح|key rings|n
جرس|bells|n
أجراس|bells|n
اجراس|bells|n
مشبك|clips|n
مشابك|clips|n
مشابك غسيل|clothes pegs|n
ملاقط غسيل|clothes pegs|n
عجلات أثاث|castors|n
عجلات كراسي|castors|n
لوحة سيارة|number plates|n
لوحات سيارات|number plates|n
لافتة|signs|n
لافتات|signs|n
لوحة إرشادية|signboards|n

# Chapter 84: machinery, engines, pumps, appliances, computers
آلة|machines|n
الة|machines|n
آلات|machines|n
الات|machines|n
الآلات|machines|n
الالات|machines|n
ماكينة|machines|n
ماكينة إسبريسو|espresso machines|n
ماكينات|machines|n
مكينة|machines|n
مكائن|machines|n
مكنة|machines|n
معدات|equipment|n
معدات صيد السمك|fishing tackle|n
المعدات|equipment|n
معدات صناعية|industrial equipment|n
آلات صناعية|industrial machinery|n
جهاز|apparatus|n
أجهزة|apparatus|n
اجهزة|apparatus|n
الأجهزة|apparatus|n
الاجهزة|apparatus|n
أجهزة كهربائية|electrical appliances|n
الأجهزة الكهربائية|electrical appliances|n
أجهزة منزلية|household appliances|n
الأجهزة المنزلية|household appliances|n
أجهزة كهربائية منزلية|domestic electrical appliances|n
قطع غيار|spare parts|n
قطع الغيار|spare parts|n
قطعة غيار|spare parts|n
أجزاء|parts|n
اجزاء|parts|n
أجزاء ولوازم|parts and accessories|n
لوازم|accessories|n
مستلزمات|supplies|n
محرك|engines|n
محركات|engines|n
المحرك|engines|n
موتور|motors|n
ماتور|motors|n
محرك سيارة|vehicle engines|n
محرك خارجي|outboard motors|n
محرك قارب|marine engines|n
محركات بحرية|marine engines|n
توربين|turbines|n
توربينات|turbines|n
توربو|turbochargers|n
شاحن توربيني|turbochargers|n
شاحن سيارة|car chargers|n
مضخة|pumps|n
مضخات|pumps|n
طرمبة|pumps|n
موتور مياه|water pumps|n
ماتور مياه|water pumps|n
مضخة غاطسة|submersible pumps|n
طرمبة بنزين|fuel pumps|n
مضخة هواء|air pumps|n
منفاخ|inflators|n
منفاخ هواء|air pumps|n
منفاخ دراجة|bicycle pumps|n
ضاغط|compressors|n
ضاغط هواء|air compressors|n
كمبروسر|compressors|n
كمبرسور|compressors|n
كومبريسور|compressors|n
مروحة|fans|n
مراوح|fans|n
المروحة|fans|n
مروحة سقف|ceiling fans|n
مراوح سقف|ceiling fans|n
مروحة ستاند|pedestal fans|n
مروحة أرضية|floor fans|n
مروحة عمودية|tower fans|n
مروحة شفط|exhaust fans|n
شفاط|extractor hoods|n
شفاطات|extractor hoods|n
شفاط مطبخ|cooker hoods|n
مكيف|air conditioners|n
مكيفات|air conditioners|n
المكيف|air conditioners|n
مكيف هواء|air conditioners|n
مكيفات هواء|air conditioners|n
سبليت|split|m
مكيف شباك|window air conditioners|n
مكيف صحراوي|evaporative air coolers|n
مبرد صحراوي|evaporative air coolers|n
مبرد هواء|air coolers|n
تكييف|air conditioning|m
ثلاجة|refrigerators|n
ثلاجات|refrigerators|n
الثلاجة|refrigerators|n
ثلاجه|refrigerators|n
براد|refrigerators|n
برادات|refrigerators|n
ثلاجة صغيرة|mini refrigerators|n
ثلاجة عرض|refrigerated display cabinets|n
براد عرض|refrigerated display cabinets|n
فريزر|freezers|n
فريزرات|freezers|n
ديب فريزر|chest freezers|n
مبرد مياه|water coolers|n
برادة مياه|water coolers|n
برادة ماء|water coolers|n
كولدير|water coolers|n
موزع|dispensers|n
آلة ثلج|ice makers|n
صانعة ثلج|ice makers|n
غسالة|washing machines|n
غسالة ملابس|washing machines|n
غسالات|washing machines|n
الغسالة|washing machines|n
غساله|washing machines|n
غسالة أطباق|dishwashers|n
غسالة صحون|dishwashers|n
غسالة الصحون|dishwashers|n
غسالة الأطباق|dishwashers|n
نشافة|tumble dryers|n
نشافة ملابس|tumble dryers|n
مجفف ملابس|clothes dryers|n
مجففة ملابس|tumble dryers|n
ماكينة خياطة|sewing machines|n
مكينة خياطة|sewing machines|n
ماكينات خياطة|sewing machines|n
آلة خياطة|sewing machines|n
صانعة قهوة|coffee makers|n
صانعة القهوة|coffee makers|n
محضرة طعام|food processors|n
محضر طعام|food processors|n
محضرة الطعام|food processors|n
عجانة|dough mixers|n
مفرمة|mincers|n
عصارة|juicers|n
عصارات|juicers|n
مطحنة|grinders|n
خفاقة|whisks|n
مضرب بيض|egg whisks|n
مقلاة هوائية|air fryers|n
اير فراير|air fryers|n
كمبيوتر|computers|n
كومبيوتر|computers|n
كمبيوترات|computers|n
الكمبيوتر|computers|n
حاسوب|computers|n
حواسيب|computers|n
الحاسوب|computers|n
حاسب آلي|computers|n
الحاسب الآلي|computers|n
حاسب|computers|n
جهاز كمبيوتر|computers|n
كمبيوتر مكتبي|desktop computers|n
حاسوب مكتبي|desktop computers|n
حاسب مكتبي|desktop computers|n
لابتوب|laptops|n
لاب توب|laptops|n
لابتوبات|laptops|n
كمبيوتر محمول|laptops|n
حاسوب محمول|laptops|n
حاسب محمول|laptops|n
الكمبيوتر المحمول|laptops|n
تابلت|tablet computers|n
تابلتات|tablet computers|n
جهاز لوحي|tablet computers|n
أجهزة لوحية|tablet computers|n
حاسوب لوحي|tablet computers|n
آيباد|tablet computers|n
ايباد|tablet computers|n
شاشة كمبيوتر|computer monitors|n
شاشات كمبيوتر|computer monitors|n
لوحة مفاتيح|keyboards|n
لوحات مفاتيح|keyboards|n
كيبورد|keyboards|n
فأرة|computer mice|n
فأرة كمبيوتر|computer mice|n
ماوس|computer mice|n
طابعة|printers|n
طابعات|printers|n
الطابعة|printers|n
طابعة حبر|inkjet printers|n
طابعة ثلاثية الأبعاد|3D printers|n
طابعة فواتير|receipt printers|n
ماسح ضوئي|scanners|n
سكانر|scanners|n
ماكينة تصوير|photocopiers|n
ماكينة تصوير مستندات|photocopiers|n
آلة تصوير مستندات|photocopiers|n
آلة نسخ|photocopiers|n
فوتوكوبي|photocopiers|n
قرص صلب|hard disk drives|n
أقراص صلبة|hard disk drives|n
هارد ديسك|hard disk drives|n
هارد خارجي|external hard disk drives|n
قرص صلب خارجي|external hard disk drives|n
اس اس دي|solid-state drives|n
فلاشة|USB flash drives|n
فلاشات|USB flash drives|n
فلاش ميموري|USB flash drives|n
ذاكرة فلاش|flash memory|n
ذاكرة|memory|n
رام|RAM memory|n
ذاكرة عشوائية|RAM memory|n
كرت شاشة|graphics cards|n
كرت الشاشة|graphics cards|n
بطاقة رسومات|graphics cards|n
كرت شبكة|network cards|n
لوحة أم|motherboards|n
مازربورد|motherboards|n
معالج|processors|n
معالجات|processors|n
وحدة معالجة مركزية|central processing units|n
خادم|servers|n
سيرفر|servers|n
سيرفرات|servers|n
مزود طاقة|power supply units|n
باور سبلاي|power supply units|n
كيس كمبيوتر|computer cases|n
مبرد معالج|CPU coolers|n
آلة حاسبة|calculators|n
آلات حاسبة|calculators|n
حاسبة|calculators|n
ماكينة عد النقود|banknote counting machines|n
آلة عد النقود|banknote counting machines|n
صراف آلي|automatic teller machines|n
آلة بيع|vending machines|n
ماكينة بيع|vending machines|n
حفارة|excavators|n
حفار|excavators|n
حفارات|excavators|n
بوكلين|excavators|n
بلدوزر|bulldozers|n
جرافة|bulldozers|n
جرافات|bulldozers|n
شيول|loaders|n
لودر|loaders|n
رافعة|cranes|n
رافعات|cranes|n
كرين|cranes|n
رافعة برجية|tower cranes|n
رافعة شوكية|fork-lift trucks|n
رافعات شوكية|fork-lift trucks|n
كلارك|fork-lift trucks|n
رافعة سيارة|lifting jacks|n
جك سيارة|lifting jacks|n
جك هيدروليك|hydraulic jacks|n
رافعة هيدروليكية|hydraulic jacks|n
ونش|winches|n
مصعد|lifts|n
مصاعد|lifts|n
سلم كهربائي|escalators|n
سلالم متحركة|escalators|n
جرار|tractors|n
جرارات|tractors|n
تراكتور|tractors|n
حصادة|harvesters|n
حصادات|harvesters|n
حصادة دراسة|combine harvesters|n
محراث|ploughs|n
محاريث|ploughs|n
آلات زراعية|agricultural machinery|n
رشاش مبيدات|sprayers|n
رشاش ظهري|knapsack sprayers|n
بخاخة|sprayers|n
رشاش مياه|sprinklers|n
رشاشات ري|sprinklers|n
نظام ري|irrigation systems|n
ري بالتنقيط|drip irrigation|m
نقاطات|drippers|n
جزازة عشب|lawn mowers|n
جزازة العشب|lawn mowers|n
آلة جز العشب|lawn mowers|n
ماكينة قص العشب|lawn mowers|n
فقاسة|incubators|n
حاضنة بيض|egg incubators|n
مخرطة|lathes|n
مخارط|lathes|n
مكبس|presses|n
ماكينة تعبئة|filling machines|n
آلة تعبئة|filling machines|n
ماكينة تغليف|packaging machines|n
آلة تغليف|packaging machines|n
نول|looms|n
أنوال|looms|n
انوال|looms|n
ماكينة حقن بلاستيك|injection-moulding machines|n
ماكينة طباعة|printing machines|n
آلة طباعة|printing machinery|n
ماكينة قص ليزر|laser cutting machines|n
سي ان سي|CNC|m
غسالة ضغط|pressure washers|n
غسالة سيارات|pressure washers|n
دريل|drills|n
شنيور|drills|n
مثقاب|drills|n
مثقب|drills|n
مثاقب|drills|n
صاروخ قطع|angle grinders|n
جلاخة|angle grinders|n
مسدس حراري|heat guns|n
مسدس رش|spray guns|n
صمام|valves|n
صمامات|valves|n
محبس مياه|stopcocks|n
حنفية|taps|n
حنفيات|taps|n
صنبور|taps|n
صنابير|taps|n
خلاط مياه|mixer taps|n
خلاط حمام|bathroom mixer taps|n
خلاط مغسلة|basin mixer taps|n
رأس دش|shower heads|n
دش استحمام|shower heads|n
رولمان بلي|ball bearings|n
رمان بلي|ball bearings|n
محامل|bearings|n
محامل كروية|ball bearings|n
علبة تروس|gearboxes|n
جيربوكس|gearboxes|n
قير|gearboxes|n
تروس|gears|n
ترس|gears|n
فلتر|filters|n
فلاتر|filters|n
الفلتر|filters|n
مرشح|filters|n
مرشحات|filters|n
فلتر هواء|air filters|n
فلتر الهواء|air filters|n
فلتر بنزين|fuel filters|n
جهاز تنقية المياه|water purifiers|n
جهاز تحلية المياه|water purifiers|n
منقي هواء|air purifiers|n
منقي الهواء|air purifiers|n
جهاز تنقية الهواء|air purifiers|n
ميزان|scales|n
موازين|scales|n
الميزان|scales|n
ميزان شخصي|personal scales|n
ميزان وزن الجسم|bathroom scales|n
قبان|platform scales|n
طفاية حريق|fire extinguishers|n
طفايات حريق|fire extinguishers|n
طفاية الحريق|fire extinguishers|n
مطفأة حريق|fire extinguishers|n

# Chapter 85: electrical machinery, appliances, telecoms, audio-video, components
كهربائي|electric|m
كهربائية|electric|m
الكهربائي|electric|m
الكهربائية|electric|m
كهربائى|electric|m
كهربي|electric|m
كهربية|electric|m
بالكهرباء|electric|m
يعمل بالكهرباء|electric|m
تعمل بالكهرباء|electric|m
إلكتروني|electronic|m
الكتروني|electronic|m
إلكترونية|electronic|m
الكترونية|electronic|m
الإلكتروني|electronic|m
الالكتروني|electronic|m
الإلكترونية|electronic|m
الالكترونية|electronic|m
إلكترونيات|electronics|n
الكترونيات|electronics|n
الإلكترونيات|electronics|n
الالكترونيات|electronics|n
رقمي|digital|m
رقمية|digital|m
رقمى|digital|m
ديجيتال|digital|m
ذكي|smart|m
ذكية|smart|m
الذكي|smart|m
الذكية|smart|m
ذكى|smart|m
سمارت|smart|m
لاسلكي|wireless|m
لاسلكية|wireless|m
لا سلكي|wireless|m
وايرلس|wireless|m
سلكي|wired|m
سلكية|wired|m
بلوتوث|bluetooth|m
واي فاي|wi-fi|m
وايفاي|wi-fi|m
يو اس بي|USB|m
يو إس بي|USB|m
تايب سي|USB type-C|m
هاتف|telephones|n
هواتف|telephones|n
الهاتف|telephones|n
الهواتف|telephones|n
تلفون|telephones|n
تليفون|telephones|n
تلفونات|telephones|n
تليفونات|telephones|n
هاتف محمول|mobile phones|n
هواتف محمولة|mobile phones|n
الهاتف المحمول|mobile phones|n
الهواتف المحمولة|mobile phones|n
هاتف خلوي|mobile phones|n
خلوي|mobile phones|n
هاتف نقال|mobile phones|n
نقال|mobile phones|n
هاتف ذكي|smartphones|n
هواتف ذكية|smartphones|n
الهاتف الذكي|smartphones|n
الهواتف الذكية|smartphones|n
جوال|mobile phones|n
جوالات|mobile phones|n
الجوال|mobile phones|n
الجوالات|mobile phones|n
جوال ذكي|smartphones|n
موبايل|mobile phones|n
موبايلات|mobile phones|n
الموبايل|mobile phones|n
موبيل|mobile phones|n
سمارت فون|smartphones|n
آيفون|smartphones|n
ايفون|smartphones|n
هاتف أرضي|line telephone sets|n
هاتف ثابت|line telephone sets|n
هاتف لاسلكي|cordless telephones|n
ووكي توكي|walkie-talkies|n
جهاز لاسلكي|radio transceivers|n
سماعة|headphones|n
سماعات|headphones|n
السماعات|headphones|n
السماعة|headphones|n
سماعة رأس|headphones|n
سماعات رأس|headphones|n
هيدفون|headphones|n
هيدسيت|headsets|n
سماعة أذن|earphones|n
سماعات أذن|earphones|n
سماعات الأذن|earphones|n
ايربودز|earphones|n
سماعات لاسلكية|wireless earphones|n
سماعة لاسلكية|wireless earphones|n
سماعة خارجية|loudspeakers|n
سماعات خارجية|loudspeakers|n
مكبر صوت|loudspeakers|n
مكبرات صوت|loudspeakers|n
مكبر الصوت|loudspeakers|n
سبيكر|loudspeakers|n
سبيكرات|loudspeakers|n
ساوند بار|sound bars|n
مضخم صوت|amplifiers|n
مضخم|amplifiers|n
ميكروفون|microphones|n
مايكروفون|microphones|n
ميكرفون|microphones|n
مايك|microphones|n
راديو|radio receivers|n
راديو سيارة|car radios|n
مسجل سيارة|car radios|n
مسجل صوت|sound recorders|n
تلفزيون|television sets|n
تلفزيونات|television sets|n
التلفزيون|television sets|n
تلفاز|television sets|n
تليفزيون|television sets|n
تلفزيون ذكي|smart TVs|n
شاشة|screens|n
شاشات|screens|n
الشاشة|screens|n
شاشه|screens|n
شاشة تلفزيون|television sets|n
شاشة سمارت|smart TVs|n
شاشة ذكية|smart TVs|n
شاشة عرض|monitors|n
شاشات عرض|monitors|n
رسيفر|satellite receivers|n
ريسيفر|satellite receivers|n
جهاز استقبال|receivers|n
طبق ستالايت|satellite dishes|n
صحن لاقط|satellite dishes|n
دش ستالايت|satellite dishes|n
بروجكتور|projectors|n
بروجيكتور|projectors|n
جهاز عرض|projectors|n
داتا شو|projectors|n
كاميرا|cameras|n
كاميرات|cameras|n
الكاميرا|cameras|n
كاميرا مراقبة|CCTV cameras|n
كاميرات مراقبة|CCTV cameras|n
كاميرا فيديو|video cameras|n
كاميرا سيارة|dashboard cameras|n
داش كام|dashboard cameras|n
كاميرا ويب|webcams|n
ويب كام|webcams|n
كاميرا أكشن|action cameras|n
كاميرا خلفية|reversing cameras|n
جهاز تتبع|GPS trackers|n
جي بي اس|GPS|m
جهاز ملاحة|navigation devices|n
شاحن|chargers|n
شواحن|chargers|n
الشاحن|chargers|n
شاحن سريع|fast chargers|n
شاحن متنقل|power banks|n
شاحن محمول|power banks|n
باور بانك|power banks|n
بطارية متنقلة|power banks|n
بطارية سيارة|car batteries|n
بطارية|batteries|n
بطاريات|batteries|n
بطاريات سيارات|car batteries|n
البطارية|batteries|n
البطاريات|batteries|n
بطاريه|batteries|n
قابل للشحن|rechargeable|m
قابلة للشحن|rechargeable|m
قابل لإعادة الشحن|rechargeable|m
قابلة لإعادة الشحن|rechargeable|m
يعمل بالبطارية|battery-powered|m
تعمل بالبطارية|battery-powered|m
بالبطارية|battery-powered|m
بالبطاريات|battery-powered|m
كابل|cables|n
كابلات|cables|n
كيبل|cables|n
كيبلات|cables|n
الكابل|cables|n
كابل شحن|charging cables|n
سلك شحن|charging cables|n
كيبل شحن|charging cables|n
كابل بيانات|data cables|n
كابل شبكة|network cables|n
كابل كهرباء|electric cables|n
سلك كهرباء|electric wire|n
أسلاك كهرباء|electric wires|n
ألياف ضوئية|optical fibres|n
وصلة كهرباء|extension leads|n
وصلة كهربائية|extension leads|n
توصيلة كهرباء|extension leads|n
مشترك كهرباء|extension sockets|n
فيش|plugs|n
فيشة|plugs|n
قابس|plugs|n
مقبس|sockets|n
مقابس|sockets|n
بريزة|sockets|n
برايز|sockets|n
أفياش|sockets|n
افياش|sockets|n
محول|adapters|n
محولات|adapters|n
محول كهرباء|electrical transformers|n
محولات كهربائية|electrical transformers|n
منظم كهرباء|voltage stabilisers|n
منظم جهد|voltage regulators|n
مثبت جهد|voltage stabilisers|n
يو بي اس|uninterruptible power supplies|n
عاكس كهربائي|inverters|n
انفرتر|inverters|n
إنفرتر|inverters|n
محول شمسي|solar inverters|n
مولدات|generators|n
مولدات كهرباء|generators|n
مولد|generators|n
مولد كهربائي|generators|n
مولد كهرباء|generators|n
محرك كهربائي|electric motors|n
محركات كهربائية|electric motors|n
ألواح شمسية|solar panels|n
لوح شمسي|solar panels|n
ألواح طاقة شمسية|solar panels|n
خلايا شمسية|solar cells|n
خلية شمسية|solar cells|n
طاقة شمسية|solar|m
بالطاقة الشمسية|solar-powered|m
شمسي|solar|m
شمسية|solar|m
الشمسي|solar|m
الشمسية|solar|m
سخان|water heaters|n
سخان مياه|water heaters|n
سخان ماء|water heaters|n
سخانات|water heaters|n
سخانات مياه|water heaters|n
مدفأة كهربائية|electric space heaters|n
دفاية كهربائية|electric space heaters|n
دفاية زيت|oil-filled radiators|n
هيتر|heaters|n
مجفف شعر|hair dryers|n
مجفف الشعر|hair dryers|n
سشوار|hair dryers|n
استشوار|hair dryers|n
مكواة|irons|n
مكاوي|irons|n
مكواة ملابس|electric irons|n
مكواة بخار|steam irons|n
مكواة شعر|hair straighteners|n
مكواة فرد الشعر|hair straighteners|n
مجعد شعر|hair curlers|n
ماكينة حلاقة|shavers|n
آلة حلاقة|shavers|n
ماكينة قص شعر|hair clippers|n
ماكينة قص الشعر|hair clippers|n
ماكينة تشذيب|trimmers|n
تريمر|trimmers|n
ماكينة إزالة الشعر|epilators|n
جهاز إزالة الشعر|epilators|n
مكنسة كهربائية|vacuum cleaners|n
مكانس كهربائية|vacuum cleaners|n
مكنسة كهرباء|vacuum cleaners|n
مكنسة روبوت|robot vacuum cleaners|n
مكنسة ذكية|robot vacuum cleaners|n
مكنسة لاسلكية|cordless vacuum cleaners|n
خلاط|blenders|n
خلاطات|blenders|n
مضرب كهربائي|hand mixers|n
ميكروويف|microwave ovens|n
مايكرويف|microwave ovens|n
ميكرويف|microwave ovens|n
فرن|ovens|n
أفران|ovens|n
افران|ovens|n
الفرن|ovens|n
توستر|toasters|n
محمصة خبز|toasters|n
قلاية|fryers|n
قلاية كهربائية|electric deep fryers|n
قدر كهربائي|electric cookers|n
صانعة ساندويتش|sandwich makers|n
صانعة وافل|waffle irons|n
شواية كهربائية|electric grills|n
موقد كهربائي|electric hot plates|n
غلاية|kettles|n
غلاية ماء|kettles|n
كاتل|kettles|n
مرطب هواء|humidifiers|n
مرطب جو|humidifiers|n
جهاز ترطيب|humidifiers|n
مزيل رطوبة|dehumidifiers|n
ناشر عطر|aroma diffusers|n
فواحة|aroma diffusers|n
مبخرة|incense burners|n
مبخرة فخار|incense burners|n
مصباح|lamps|n
مصابيح|lamps|n
لمبة|lamps|n
لمبات|lamps|n
لمبه|lamps|n
ليد|LED|m
لمبة موفرة|energy-saving lamps|n
موفر للطاقة|energy-saving|m
موفرة للطاقة|energy-saving|m
توفير الطاقة|energy-saving|m
توفير|saving|m
إضاءة|lighting|n
اضاءة|lighting|n
الإضاءة|lighting|n
الاضاءة|lighting|n
إنارة|lighting|n
انارة|lighting|n
الإنارة|lighting|n
الانارة|lighting|n
أضواء|lights|n
اضواء|lights|n
ضوء|light|n
إضاءة سقف|ceiling lights|n
إنارة شوارع|street lighting|n
شريط ليد|LED strips|n
شريط إضاءة|LED strips|n
ضوء ليلي|night lights|n
كشاف|spotlights|n
كشافات|spotlights|n
كشاف ليد|LED floodlights|n
سبوت لايت|spotlights|n
كشاف يدوي|torches|n
مصباح يدوي|torches|n
مصباح جيب|torches|n
فانوس|lanterns|n
فانوس رمضان|lanterns|n
فوانيس|lanterns|n
ثريا|chandeliers|n
ثريات|chandeliers|n
نجفة|chandeliers|n
نجف|chandeliers|n
أباجورة|table lamps|n
اباجورة|table lamps|n
أباجورات|table lamps|n
اباجورات|table lamps|n
أباجور|table lamps|n
اباجور|table lamps|n
مصباح أرضي|standard lamps|n
نيون|neon|m
فلورسنت|fluorescent|m
هالوجين|halogen|m
مصابيح أمامية|headlamps|n
أضواء أمامية|headlamps|n
أضواء خلفية|rear lamps|n
مكثف|capacitors|n
مكثفات|capacitors|n
مقاومات|resistors|n
ترانزستور|transistors|n
ترانزستورات|transistors|n
دايود|diodes|n
ديود|diodes|n
دوائر متكاملة|integrated circuits|n
دائرة متكاملة|integrated circuits|n
لوحة إلكترونية|printed circuit boards|n
لوحة دوائر مطبوعة|printed circuit boards|n
بوردة|circuit boards|n
شريحة اتصال|SIM cards|n
شرائح اتصال|SIM cards|n
شريحة جوال|SIM cards|n
سيم كارد|SIM cards|n
كارت ميموري|memory cards|n
قرص مدمج|compact discs|n
أقراص مدمجة|compact discs|n
سي دي|compact discs|n
دي في دي|DVDs|n
لوحة تحكم|control panels|n
ريموت|remote controls|n
ريموت كنترول|remote controls|n
جهاز تحكم عن بعد|remote controls|n
مفتاح كهرباء|switches|n
مفاتيح كهرباء|switches|n
مفتاح إضاءة|light switches|n
مفاتيح إضاءة|light switches|n
قاطع كهربائي|circuit breakers|n
قواطع كهربائية|circuit breakers|n
قاطع تيار|circuit breakers|n
فيوز|fuses|n
فيوزات|fuses|n
مصهر|fuses|n
ريليه|relays|n
مرحل|relays|n
حساس|sensors|n
حساسات|sensors|n
مستشعر|sensors|n
مستشعرات|sensors|n
حساس حركة|motion sensors|n
كاشف دخان|smoke detectors|n
جهاز إنذار الدخان|smoke detectors|n
جرس باب|doorbells|n
جرس الباب|doorbells|n
جهاز إنذار|alarm systems|n
إنذار حريق|fire alarms|n
نظام إنذار|alarm systems|n
سارينة|sirens|n
انتركم|intercoms|n
إنتركم|intercoms|n
راوتر|routers|n
جهاز توجيه|routers|n
مودم|modems|n
سويتش|network switches|n
مقوي شبكة|signal boosters|n
مقوي إشارة|signal boosters|n
هوائي|aerials|n
أنتينا|aerials|n
انتينا|aerials|n
إريال|aerials|n
اريال|aerials|n
ساعة ذكية|smartwatches|n
ساعات ذكية|smartwatches|n
سوار ذكي|fitness trackers|n
نظارة واقع افتراضي|virtual reality headsets|n
نظارات الواقع الافتراضي|virtual reality headsets|n
قارئ كتب إلكترونية|e-book readers|n
مغناطيس|magnets|n
مغناطيسي|magnetic|m
مغناطيسية|magnetic|m
مغناطيس ثلاجة|fridge magnets|n
بطانية تدفئة|electric blankets|n

# Chapters 86-89: railway, vehicles and parts, aircraft, ships
سيارة|motor cars|n
سيارة مستعملة|used cars|n
سيارة هجينة|hybrid cars|n
سيارة كهربائية|electric cars|n
سيارات|motor cars|n
سيارات مستعملة|used cars|n
سيارات كهربائية|electric cars|n
السيارة|motor cars|n
السيارات|motor cars|n
سياره|motor cars|n
عربيات|motor cars|n
سيارة ركاب|passenger motor cars|n
سيارات ركاب|passenger motor cars|n
هايبرد|hybrid|m
هجين|hybrid|m
هجينة|hybrid|m
دفع رباعي|four-wheel drive|m
سيارة دفع رباعي|four-wheel drive vehicles|n
شاحنة|lorries|n
شاحنات|lorries|n
الشاحنات|lorries|n
شاحنة نقل|lorries|n
شاحنة قلاب|dump trucks|n
قلاب|dump trucks|n
تريلا|semi-trailers|n
تريلة|semi-trailers|n
مقطورة|trailers|n
مقطورات|trailers|n
نصف مقطورة|semi-trailers|n
رأس تريلا|road tractors|n
بيك اب|pick-up trucks|n
بيكاب|pick-up trucks|n
ونيت|pick-up trucks|n
ونيتات|pick-up trucks|n
فان|vans|n
ميكروباص|minibuses|n
ميني باص|minibuses|n
حافلة|buses|n
حافلات|buses|n
باص|buses|n
باصات|buses|n
أوتوبيس|buses|n
اوتوبيس|buses|n
اتوبيس|buses|n
سيارة إسعاف|ambulances|n
سيارات إسعاف|ambulances|n
سيارة إطفاء|fire-fighting vehicles|n
خلاطة أسمنت|concrete mixers|n
خلاطة|mixers|n
صهريج|tankers|n
صهاريج|tankers|n
دراجة|bicycles|n
دراجات|bicycles|n
الدراجة|bicycles|n
دراجة هوائية|bicycles|n
دراجات هوائية|bicycles|n
بسكليت|bicycles|n
بسكليتات|bicycles|n
سيكل|bicycles|n
دراجة جبلية|mountain bikes|n
دراجة ثلاثية|tricycles|n
دراجة بثلاث عجلات|tricycles|n
دراجة نارية|motorcycles|n
دراجات نارية|motorcycles|n
الدراجات النارية|motorcycles|n
موتوسيكل|motorcycles|n
موتسيكل|motorcycles|n
دباب|motorcycles|n
دراجة رباعية|quad bikes|n
سكوتر|scooters|n
كرسي متحرك|wheelchairs|n
كراسي متحركة|wheelchairs|n
عربة|carts|n
عربات|carts|n
عربة أطفال|baby carriages|n
عربات أطفال|baby carriages|n
عربية أطفال|baby carriages|n
عربة بيبي|baby carriages|n
عربية بيبي|baby carriages|n
سترولر|baby carriages|n
عربة تسوق|shopping trolleys|n
عربة يد|hand carts|n
عربة نقل|hand trucks|n
كرسي سيارة أطفال|child car seats|n
كرسي أطفال للسيارة|child car seats|n
مقعد سيارة للأطفال|child car seats|n
مكابح|brakes|n
فرامل|brakes|n
الفرامل|brakes|n
فحمات|brake pads|n
فحمات فرامل|brake pads|n
قماشات فرامل|brake pads|n
تيل فرامل|brake linings|n
ديسك فرامل|brake discs|n
أقراص فرامل|brake discs|n
ممتص صدمات|shock absorbers|n
ماص صدمات|shock absorbers|n
صدام|bumpers|n
صدامات|bumpers|n
اكصدام|bumpers|n
رفرف|mudguards|n
كبوت|bonnets|n
مراية سيارة|rear-view mirrors|n
مرآة سيارة|rear-view mirrors|n
مرايا سيارة|rear-view mirrors|n
مراية جانبية|side mirrors|n
زجاج أمامي|windscreens|n
زجاج أمامي للسيارة|windscreens|n
مساحات زجاج|windscreen wipers|n
مساحة زجاج|windscreen wipers|n
مساحات سيارة|windscreen wipers|n
ماسحات الزجاج|windscreen wipers|n
مقود|steering wheels|n
دركسيون|steering wheels|n
عجلة القيادة|steering wheels|n
عجلة قيادة|steering wheels|n
ناقل حركة|gearboxes|n
ناقل الحركة|gearboxes|n
كلتش|clutches|n
كلاتش|clutches|n
دبرياج|clutches|n
قابض|clutches|n
عادم|exhaust|m
شكمان|silencers|n
شكمانات|silencers|n
علبة عادم|silencers|n
اكزوست|exhaust pipes|n
أكزوز|exhaust pipes|n
اكزوز|exhaust pipes|n
رديتر|radiators|n
رادياتير|radiators|n
ردياتير|radiators|n
بوجيه|spark plugs|n
بواجي|spark plugs|n
شمعات احتراق|spark plugs|n
شمعات الإشعال|spark plugs|n
دينامو|alternators|n
دينمو|alternators|n
مارش|starter motors|n
بادئ تشغيل|starter motors|n
كويل|ignition coils|n
كاربريتر|carburettors|n
كاربوريتر|carburettors|n
بخاخ وقود|fuel injectors|n
خزان بنزين|fuel tanks|n
كرسي سيارة|car seats|n
كراسي سيارة|car seats|n
تلبيسة مقاعد|seat covers|n
شمسية سيارة|car sunshades|n
مظلة سيارة|car sunshades|n
حامل سقف|roof racks|n
جنط|wheel rims|n
جنوط|wheel rims|n
رينج|wheel rims|n
عجلة|wheels|n
عجلات|wheels|n
عجلة احتياطية|spare wheels|n
طاسة عجلة|hubcaps|n
ديفرنس|differentials|n
كردان|drive shafts|n
عمود كردان|drive shafts|n
محور|axles|n
محاور|axles|n
بوق|horns|n
زمور|horns|n
كلاكس|horns|n
عداد سرعة|speedometers|n
تابلوه|dashboards|n
طبلون|dashboards|n
حساسات ركن|parking sensors|n
حساس ركن|parking sensors|n
حزام أمان|seat belts|n
حزام الأمان|seat belts|n
أحزمة أمان|seat belts|n
وسادة هوائية|airbags|n
وسائد هوائية|airbags|n
ايرباق|airbags|n
اكسسوارات سيارات|car accessories|n
قطع غيار سيارات|motor vehicle parts|n
قطع غيار السيارات|motor vehicle parts|n
قطع غيار سيارة|motor vehicle parts|n
قطع غيار دراجات نارية|motorcycle parts|n
قارب|boats|n
قوارب|boats|n
القارب|boats|n
مراكب|boats|n
مركب صيد|fishing vessels|n
سفينة|ships|n
سفن|ships|n
السفن|ships|n
سفينة شحن|cargo ships|n
ناقلة نفط|tankers|n
يخت|yachts|n
يخوت|yachts|n
زورق|boats|n
زوارق|boats|n
قارب مطاطي|inflatable boats|n
قوارب مطاطية|inflatable boats|n
جت سكي|personal watercraft|n
دباب بحري|personal watercraft|n
كاياك|kayaks|n
قارب كاياك|kayaks|n
طائرة|aeroplanes|n
طائرات|aeroplanes|n
الطائرة|aeroplanes|n
هليكوبتر|helicopters|n
طائرة هليكوبتر|helicopters|n
مروحية|helicopters|n
طائرة شراعية|gliders|n
درون|unmanned aircraft|n
طائرة بدون طيار|unmanned aircraft|n
طائرات بدون طيار|unmanned aircraft|n
طائرة درون|unmanned aircraft|n
مظلة هبوط|parachutes|n
باراشوت|parachutes|n
قطار|trains|n
قطارات|trains|n
عربة قطار|railway wagons|n
عربات قطار|railway wagons|n
قاطرة|locomotives|n
قاطرات|locomotives|n
قضبان سكة حديد|railway rails|n
حاوية شحن|shipping containers|n
حاويات شحن|shipping containers|n
كونتينر|containers|n
كونتينرات|containers|n

# Chapters 90-92: optical, measuring, medical instruments; clocks and watches; musical instruments
نظارة|spectacles|n
نظارات|spectacles|n
النظارات|spectacles|n
النظارة|spectacles|n
نظارة شمسية|sunglasses|n
نظارات شمسية|sunglasses|n
نظارة شمس|sunglasses|n
نظارات شمس|sunglasses|n
نظارة طبية|corrective spectacles|n
نظارات طبية|corrective spectacles|n
نظارة قراءة|reading glasses|n
إطار نظارة|spectacle frames|n
إطارات نظارات|spectacle frames|n
برواز نظارة|spectacle frames|n
نظارة سباحة|swimming goggles|n
نظارة واقية|protective goggles|n
نظارات واقية|protective goggles|n
نظارة حماية|protective goggles|n
عدسات|lenses|n
عدسة|lenses|n
العدسات|lenses|n
عدسات لاصقة|contact lenses|n
العدسات اللاصقة|contact lenses|n
عدسات ملونة|coloured contact lenses|n
عدسات طبية|spectacle lenses|n
منظار|binoculars|n
مناظير|binoculars|n
منظار مقرب|binoculars|n
تلسكوب|telescopes|n
تيليسكوب|telescopes|n
مجهر|microscopes|n
ميكروسكوب|microscopes|n
عدسة مكبرة|magnifying glasses|n
مكبرة|magnifying glasses|n
ليزر|laser|m
مؤشر ليزر|laser pointers|n
جهاز قياس|measuring instruments|n
أجهزة قياس|measuring instruments|n
أدوات قياس|measuring instruments|n
مقياس|gauges|n
مقاييس|gauges|n
متر قياس|tape measures|n
شريط قياس|tape measures|n
ميزان ماء|spirit levels|n
ميزان تسوية|spirit levels|n
مسطرة|rulers|n
مساطر|rulers|n
فرجار|drawing compasses|n
بيكار|drawing compasses|n
بوصلة|compasses|n
ميزان حرارة|thermometers|n
مقياس حرارة|thermometers|n
ترمومتر|thermometers|n
ثرمومتر|thermometers|n
جهاز قياس الضغط|blood pressure monitors|n
جهاز قياس ضغط الدم|blood pressure monitors|n
جهاز ضغط|blood pressure monitors|n
جهاز قياس السكر|blood glucose meters|n
جهاز سكر|blood glucose meters|n
جهاز قياس الأكسجين|pulse oximeters|n
أوكسيميتر|pulse oximeters|n
اوكسيميتر|pulse oximeters|n
عداد|meters|n
عدادات|meters|n
أجهزة طبية|medical devices|n
جهاز طبي|medical devices|n
أدوات طبية|medical instruments|n
أدوات جراحية|surgical instruments|n
مشرط جراحي|scalpels|n
ملقط جراحي|surgical forceps|n
قسطرة|catheters|n
قساطر|catheters|n
كانيولا|cannulae|n
خيوط جراحية|surgical sutures|n
سماعة طبية|stethoscopes|n
سماعة الطبيب|stethoscopes|n
جهاز سمع|hearing aids|n
سماعة ضعف السمع|hearing aids|n
سماعات ضعف السمع|hearing aids|n
جهاز تنفس|respiratory apparatus|n
جهاز أكسجين|oxygen therapy apparatus|n
مكثف أكسجين|oxygen concentrators|n
جهاز بخار|nebulisers|n
نيبولايزر|nebulisers|n
جهاز أشعة|X-ray apparatus|n
جهاز أشعة سينية|X-ray apparatus|n
أشعة سينية|X-ray|m
جهاز سونار|ultrasound scanners|n
جهاز موجات فوق صوتية|ultrasound scanners|n
جهاز تخطيط القلب|electrocardiographs|n
جهاز رنين مغناطيسي|magnetic resonance imaging apparatus|n
سرير طبي|hospital beds|n
أسرة طبية|hospital beds|n
سرير مستشفى|hospital beds|n
كرسي أسنان|dental chairs|n
أدوات أسنان|dental instruments|n
تقويم أسنان|orthodontic appliances|n
طقم أسنان|artificial teeth|n
أسنان صناعية|artificial teeth|n
زراعة أسنان|dental implants|n
جبيرة|splints|n
جبائر|splints|n
مشد ظهر|orthopaedic appliances|n
حزام ظهر طبي|orthopaedic belts|n
دعامة ركبة|knee supports|n
جهاز مساج|massage apparatus|n
جهاز تدليك|massage apparatus|n
مدلك|massagers|n
كرسي مساج|massage chairs|n
كرسي تدليك|massage chairs|n
مسدس مساج|massage guns|n
ساعة|watches|n
ساعات|watches|n
الساعة|watches|n
الساعات|watches|n
ساعه|watches|n
ساعة يد|wrist-watches|n
ساعات يد|wrist-watches|n
ساعة اليد|wrist-watches|n
ساعة حائط|wall clocks|n
ساعات حائط|wall clocks|n
ساعة جدار|wall clocks|n
ساعة جدارية|wall clocks|n
ساعة منبه|alarm clocks|n
منبه|alarm clocks|n
ساعة مكتب|desk clocks|n
آلات موسيقية|musical instruments|n
آلة موسيقية|musical instruments|n
الآلات الموسيقية|musical instruments|n
بيانو|pianos|n
جيتار|guitars|n
غيتار|guitars|n
كمنجة|violins|n
آلة كمان|violins|n
عود موسيقي|lutes|n
آلة العود|lutes|n
طبل|drums|n
طبول|drums|n
طبلة|drums|n
دربكة|drums|n
درامز|drum kits|n
فلوت|flutes|n
ساكسفون|saxophones|n
ترومبيت|trumpets|n
أورغ|electronic keyboards|n
اورغ|electronic keyboards|n
أورج|electronic keyboards|n
اورج|electronic keyboards|n
كيبورد موسيقي|electronic keyboards|n
هارمونيكا|harmonicas|n
إكسيليفون|xylophones|n
اكسيليفون|xylophones|n
دفوف|tambourines|n
أوتار|strings|n
اوتار|strings|n
مترونوم|metronomes|n

# Chapter 93: arms and ammunition
مسدس|pistols|n
مسدسات|pistols|n
بندقية|rifles|n
بنادق|rifles|n
بندقية صيد|sporting shotguns|n
بندقية هواء|air rifles|n
بنادق هوائية|air guns|n
مسدس هواء|air pistols|n
ذخيرة|ammunition|n
ذخائر|ammunition|n
خرطوش|cartridges|n
خراطيش صيد|shotgun cartridges|n
سيف|swords|n
سيوف|swords|n
خنجر|daggers|n
خناجر|daggers|n
جنبية|daggers|n

# Chapter 94: furniture, bedding, lamps, prefabricated buildings
أثاث|furniture|n
اثاث|furniture|n
الأثاث|furniture|n
الاثاث|furniture|n
موبيليا|furniture|n
عفش|furniture|n
مفروشات|furniture|n
أثاث مكتب|office furniture|n
أثاث مكاتب|office furniture|n
أثاث حدائق|garden furniture|n
أثاث خشب|wooden furniture|n
غرفة نوم|bedroom furniture|n
غرف نوم|bedroom furniture|n
غرفة سفرة|dining room furniture|n
غرفة طعام|dining room furniture|n
طاولة|tables|n
طاولة سفرة|dining tables|n
طاولات|tables|n
الطاولة|tables|n
طاوله|tables|n
ترابيزة|tables|n
ترابيزه|tables|n
طربيزة|tables|n
مكتب|desks|n
مكاتب|desks|n
طاولة مكتب|desks|n
طاولة كمبيوتر|computer desks|n
طاولة وسط|coffee tables|n
طاولة جانبية|side tables|n
طاولة طعام|dining tables|n
سفرة|dining tables|n
كرسي|chairs|n
كراسي|chairs|n
الكرسي|chairs|n
الكراسي|chairs|n
كرسى|chairs|n
كرسي مكتب|office chairs|n
كراسي مكتب|office chairs|n
كرسي ألعاب|gaming chairs|n
كرسي جيمنج|gaming chairs|n
كرسي هزاز|rocking chairs|n
كرسي رحلات|camping chairs|n
كرسي طعام أطفال|high chairs|n
مقعد|seats|n
مقاعد|seats|n
مقاعد سيارة|car seats|n
كنبة|sofas|n
كنب|sofas|n
كنبات|sofas|n
كنبة سرير|sofa beds|n
صوفا|sofas|n
أريكة|sofas|n
اريكة|sofas|n
أرائك|sofas|n
ارائك|sofas|n
قنفة|sofas|n
قنفات|sofas|n
أنتريه|sofa sets|n
انتريه|sofa sets|n
ركنة|corner sofas|n
كنبة زاوية|corner sofas|n
بين باج|bean bags|n
بوف|pouffes|n
مسند قدم|footstools|n
سرير|beds|n
السرير|beds|n
سراير|beds|n
سرير أطفال|cots|n
سرير بيبي|cots|n
سرير طفل|cots|n
مهد|cradles|n
سرير مزدوج|double beds|n
سرير مفرد|single beds|n
سرير طابقين|bunk beds|n
سرير دورين|bunk beds|n
دولاب|cupboards|n
دواليب|cupboards|n
خزانة|cupboards|n
خزائن|cupboards|n
خزانة ملابس|wardrobes|n
خزانة الملابس|wardrobes|n
دولاب ملابس|wardrobes|n
كبت|cupboards|n
كبتات|cupboards|n
كبت ملابس|wardrobes|n
خزانة مطبخ|kitchen cabinets|n
خزائن مطبخ|kitchen cabinets|n
مطابخ|kitchen furniture|n
أدراج|drawers|n
ادراج|drawers|n
درج|drawers|n
جارور|drawers|n
كومودينو|bedside tables|n
طاولة سرير|bedside tables|n
تسريحة|dressing tables|n
تسريحات|dressing tables|n
مكتبة|bookcases|n
خزانة كتب|bookcases|n
وحدة تلفزيون|TV stands|n
طاولة تلفزيون|TV stands|n
بوفيه|sideboards|n
نيش|display cabinets|n
فاترينة|display cabinets|n
فترينة|display cabinets|n
جزامة|shoe cabinets|n
خزانة أحذية|shoe cabinets|n
مرتبة|mattresses|n
مرتبة سرير|mattresses|n
مراتب|mattresses|n
مرتبة طبية|orthopaedic mattresses|n
فرشة نوم|mattresses|n
وسادة|pillows|n
وسائد|pillows|n
مخدة|pillows|n
مخدات|pillows|n
مخدة نوم|pillows|n
كوشن|cushions|n
كوشنات|cushions|n
وسادة أرضية|floor cushions|n
دوفيه|duvets|n
كيس نوم|sleeping bags|n
أكياس نوم|sleeping bags|n
بيوت جاهزة|prefabricated buildings|n
مباني جاهزة|prefabricated buildings|n
مباني مسبقة الصنع|prefabricated buildings|n
غرف جاهزة|prefabricated buildings|n
بيوت متنقلة|prefabricated buildings|n

# Chapter 95: toys, games, sports equipment, festive articles
ألعاب|toys|n
العاب|toys|n
الألعاب|toys|n
الالعاب|toys|n
لعبة|toys|n
لعبة أطفال|toys|n
لعبه|toys|n
لعب أطفال|toys|n
ألعاب تعليمية|educational toys|n
ألعاب ذكاء|puzzles|n
ألعاب فيديو|video games|n
ألعاب الفيديو|video games|n
ألعاب إلكترونية|video games|n
جهاز ألعاب|video game consoles|n
بلايستيشن|video game consoles|n
بلاي ستيشن|video game consoles|n
يد تحكم|game controllers|n
ذراع تحكم|joysticks|n
جويستيك|joysticks|n
دمية|dolls|n
دمى|dolls|n
عروسة لعبة|dolls|n
باربي|dolls|n
دبدوب|teddy bears|n
دبدوبة|teddy bears|n
دب محشو|teddy bears|n
دمى محشوة|stuffed toys|n
ألعاب قطيفة|stuffed toys|n
سيارة ألعاب|toy cars|n
سيارة لعبة|toy cars|n
سيارات ألعاب|toy cars|n
سيارة تحكم عن بعد|remote-control cars|n
سيارة ريموت|remote-control cars|n
مسدس ألعاب|toy pistols|n
مسدس لعبة|toy pistols|n
مسدس مياه|water pistols|n
مكعبات بناء|building blocks|n
ليغو|building blocks|n
ليجو|building blocks|n
ألعاب تركيب|construction sets|n
مكعب روبيك|puzzle cubes|n
أحجية|puzzles|n
احجية|puzzles|n
بازل|jigsaw puzzles|n
بزل|jigsaw puzzles|n
لغز|puzzles|n
ألغاز|puzzles|n
ورق لعب|playing cards|n
ورق اللعب|playing cards|n
ألعاب ورق|playing cards|n
كوتشينة|playing cards|n
كروت لعب|playing cards|n
شطرنج|chess|n
الشطرنج|chess|n
طاولة زهر|backgammon|n
طاولة الزهر|backgammon|n
طاولة نرد|backgammon|n
نرد|dice|n
دومينو|dominoes|n
ألعاب لوحية|board games|n
ألعاب طاولة|board games|n
مجسمات|scale models|n
مجسم|scale models|n
طائرة ورقية|kites|n
كرة|balls|n
كرات|balls|n
الكرة|balls|n
كورة|balls|n
كرة قدم|footballs|n
كرة القدم|football|m
كرة سلة|basketballs|n
كرة السلة|basketball|m
كرة طائرة|volleyballs|n
كرة الطائرة|volleyball|m
كرة يد|handballs|n
كرة تنس|tennis balls|n
كرات تنس|tennis balls|n
مضرب تنس|tennis rackets|n
مضارب تنس|tennis rackets|n
مضرب ريشة|badminton rackets|n
مضرب بادل|padel rackets|n
بادل|padel|m
مضرب بينج بونج|table-tennis bats|n
مضرب تنس طاولة|table-tennis bats|n
طاولة تنس|table-tennis tables|n
تنس طاولة|table tennis|m
بينج بونج|table tennis|m
مضارب جولف|golf clubs|n
عصا جولف|golf clubs|n
جولف|golf|m
غولف|golf|m
أدوات رياضية|sports equipment|n
مستلزمات رياضية|sports equipment|n
أجهزة رياضية|exercise equipment|n
أجهزة رياضة|exercise equipment|n
جهاز رياضي|exercise equipment|n
معدات جيم|gymnasium equipment|n
أجهزة جيم|gymnasium equipment|n
جهاز جري|treadmills|n
جهاز مشي|treadmills|n
مشاية كهربائية|treadmills|n
سير جري|treadmills|n
تريدميل|treadmills|n
دراجة ثابتة|exercise bikes|n
دراجة تمارين|exercise bikes|n
عجلة ثابتة|exercise bikes|n
دمبل|dumbbells|n
دمبلز|dumbbells|n
دامبل|dumbbells|n
دمبلات|dumbbells|n
أثقال|weights|n
اثقال|weights|n
حبل قفز|skipping ropes|n
حبل نط|skipping ropes|n
سجادة يوغا|yoga mats|n
مات يوغا|yoga mats|n
يوغا|yoga|m
يوجا|yoga|m
كرة يوغا|gym balls|n
أحزمة مقاومة|resistance bands|n
أشرطة مقاومة|resistance bands|n
كيس ملاكمة|punching bags|n
ملاكمة|boxing|m
واقي ركبة|knee pads|n
لوح تزلج|skateboards|n
سكيت بورد|skateboards|n
زلاجات عجلات|roller skates|n
باتيناج|roller skates|n
تزلج|skiing|m
لوح ركوب الأمواج|surfboards|n
صنارة|fishing rods|n
صنارة صيد|fishing rods|n
سنارة|fishing rods|n
سنارة صيد|fishing rods|n
بكرة|reels|n
بكرات|reels|n
خيط صيد|fishing line|n
أدوات صيد|fishing tackle|n
معدات صيد|fishing tackle|n
طعم صيد|fishing lures|n
خطاف صيد|fish-hooks|n
سنانير|fish-hooks|n
مسبح|swimming pools|n
مسبح قابل للنفخ|inflatable pools|n
حمام سباحة|swimming pools|n
عوامة|swim rings|n
عوامات|swim rings|n
طوق سباحة|swim rings|n
طوق نجاة|lifebuoys|n
أطواق نجاة|lifebuoys|n
زعانف سباحة|swim fins|n
نظارة غوص|diving masks|n
بدلة غوص|wetsuits|n
غوص|diving|m
أرجوحة|swings|n
ارجوحة|swings|n
مراجيح|swings|n
مرجيحة|swings|n
زحليقة|slides|n
زحلاقة|slides|n
ترامبولين|trampolines|n
خيمة أطفال|play tents|n
ألعاب حدائق|playground equipment|n
بلياردو|billiards|m
بيبي فوت|table football|n
طاولة فوسبول|table football|n
لوحة سهام|dartboards|n
سهام|darts|n
قوس وسهم|archery sets|n
مستلزمات تخييم|camping equipment|n
تخييم|camping|m
زينة|decorations|n
الزينة|decorations|n
زينة عيد الميلاد|Christmas decorations|n
زينة الكريسماس|Christmas decorations|n
زينة الحفلات|party decorations|n
مستلزمات الحفلات|party supplies|n
شجرة الكريسماس|Christmas trees|n
شجرة عيد الميلاد|Christmas trees|n
أقنعة|masks|n
اقنعة|masks|n
قناع|masks|n
بدلة تنكرية|fancy dress costumes|n

# Chapter 96: miscellaneous manufactured articles
قلم|pens|n
أقلام|pens|n
أقلام فلوماستر|felt-tipped pens|n
أقلام حبر|pens|n
اقلام|pens|n
الأقلام|pens|n
الاقلام|pens|n
قلم جاف|ball-point pens|n
أقلام جافة|ball-point pens|n
قلم حبر جاف|ball-point pens|n
قلم حبر سائل|rollerball pens|n
قلم رصاص|pencils|n
أقلام رصاص|pencils|n
قلم تلوين|colouring pencils|n
أقلام تلوين|colouring pencils|n
أقلام ملونة|coloured pencils|n
قلم تحديد|markers|n
أقلام تحديد|markers|n
ماركر|markers|n
ماركرز|markers|n
فلوماستر|felt-tipped pens|n
هايلايتر|highlighters|n
قلم سبورة|whiteboard markers|n
أقلام سبورة|whiteboard markers|n
براية|pencil sharpeners|n
برايات|pencil sharpeners|n
مبراة|pencil sharpeners|n
دباسة|staplers|n
دباسات|staplers|n
دبابيس دباسة|staples|n
خرامة|hole punches|n
مقلمة|pencil cases|n
مقالم|pencil cases|n
سبورة|writing boards|n
سبورة بيضاء|whiteboards|n
لوح كتابة|writing boards|n
ختم|rubber stamps|n
أختام|rubber stamps|n
اختام|rubber stamps|n
حبر أختام|stamp-pad ink|n
قرطاسية|stationery|n
القرطاسية|stationery|n
أدوات مكتبية|office supplies|n
أدوات مدرسية|school supplies|n
أدوات مكتب|office supplies|n
ولاعة|lighters|n
ولاعات|lighters|n
قداحة|lighters|n
قداحات|lighters|n
منفضة|ashtrays|n
منفضة سجائر|ashtrays|n
طفاية سجائر|ashtrays|n
مطفأة سجائر|ashtrays|n
مكنسة|brooms|n
مكانس|brooms|n
مقشة|brooms|n
ممسحة|mops|n
مماسح|mops|n
فرشاة|brushes|n
الفرشاة|brushes|n
فرشاة أسنان|toothbrushes|n
فرش أسنان|toothbrushes|n
فرشة أسنان|toothbrushes|n
فرشاة شعر|hairbrushes|n
فرشاة رسم|artists' brushes|n
فرش دهان|paint brushes|n
فرش مكياج|make-up brushes|n
رول دهان|paint rollers|n
بكرة دهان|paint rollers|n
مشط|combs|n
أمشاط|combs|n
امشاط|combs|n
مشط شعر|combs|n
مشبك شعر|hair clips|n
مشابك شعر|hair clips|n
بكلة شعر|hair clips|n
توكة|hair slides|n
رباط شعر|hair ties|n
ربطة شعر|hair ties|n
طوق شعر|hairbands|n
بنسة شعر|hair grips|n
زرار|buttons|n
قارورة رضاعة|feeding bottles|n
رضاعة أطفال|feeding bottles|n
زجاجة رضاعة|feeding bottles|n
ببرونة|feeding bottles|n
ترمس|vacuum flasks|n
ترمس قهوة|vacuum flasks|n
ثرموس|vacuum flasks|n
حافظة حرارة|vacuum flasks|n
مانيكان|tailors' dummies|n
مروحة يد|hand fans|n
مروحة يدوية|hand fans|n

# Chapter 97: works of art, collectors' pieces, antiques
لوحات فنية|paintings|n
لوحة فنية|paintings|n
لوحات زيتية|oil paintings|n
لوحة زيتية|oil paintings|n
لوحات جدارية|wall art|n
لوحة جدارية|wall art|n
لوحات حائط|wall art|n
منحوتات|sculptures|n
منحوتة|sculptures|n
تحف أثرية|antiques|n
أنتيك|antiques|n
انتيك|antiques|n
مقتنيات|collectors' pieces|n
عملات قديمة|collectors' coins|n
طوابع قديمة|collectors' stamps|n

# Chapters 39-96 (more): household, bathroom, baby and pet goods
قفص|cages|n
أقفاص|cages|n
اقفاص|cages|n
حوض سمك|aquariums|n
أحواض سمك|aquariums|n
أكواريوم|aquariums|n
اكواريوم|aquariums|n
سرير قطط|pet beds|n
بيت قطط|pet houses|n
بيت كلب|dog kennels|n
عمود خدش|cat scratching posts|n
مشاية أطفال|baby walkers|n
مشاية بيبي|baby walkers|n
حمالة أطفال|baby carriers|n
حمالة بيبي|baby carriers|n
مريلة أطفال|bibs|n
مريلة طعام|bibs|n
عضاضة|teethers|n
عضاضات|teethers|n
خشخيشة|rattles|n
شخشيخة|rattles|n
حوض استحمام أطفال|baby baths|n
بانيو أطفال|baby baths|n
جهاز مراقبة الأطفال|baby monitors|n
شنطة بيبي|nappy bags|n
شنطة حفاضات|nappy bags|n
صبانة|soap dishes|n
حامل فرشاة أسنان|toothbrush holders|n
ملحق|accessories|n
ملحقات|accessories|n
ستارة دش|shower curtains|n
علاقة مناشف|towel rails|n
منظم|organisers|n
منظمات|organisers|n
سلة تخزين|storage baskets|n
علبة مناديل|tissue boxes|n
ميدالية|key rings|n
علاقة باب|door hangers|n
ساعة رملية|hourglasses|n
شمعدان|candlesticks|n
شمعدانات|candlesticks|n

# Qualifiers: states and processes
طازج|fresh|m
طازجة|fresh|m
طازة|fresh|m
طازه|fresh|m
فريش|fresh|m
مبرد|chilled|m
مبردة|chilled|m
مثلج|chilled|m
مثلجة|chilled|m
مجمد|frozen|m
مجمدة|frozen|m
المجمد|frozen|m
المجمدة|frozen|m
مجمدات|frozen foods|n
فروزن|frozen|m
مجمد سريعا|quick-frozen|m
مجفف|dried|m
مجففة|dried|m
المجفف|dried|m
المجففة|dried|m
ناشف|dried|m
ناشفة|dried|m
جاف|dry|m
جافة|dry|m
الجاف|dry|m
الجافة|dry|m
مجفف بالتجميد|freeze-dried|m
مجففة بالتجميد|freeze-dried|m
مملح|salted|m
مملحة|salted|m
مالح|salted|m
مالحة|salted|m
غير مملح|unsalted|m
مدخن|smoked|m
مدخنة|smoked|m
مقدد|cured|m
مقددة|cured|m
محمص|roasted|m
محمصة|roasted|m
المحمص|roasted|m
مشوي|grilled|m
مشوية|grilled|m
مقلي|fried|m
مقلية|fried|m
مطبوخ|cooked|m
مطبوخة|cooked|m
مطهي|cooked|m
مطهو|cooked|m
مسلوق|boiled|m
مسلوقة|boiled|m
مطهو بالبخار|steamed|m
نيء|raw|m
نيئ|raw|m
نيئة|raw|m
مكرر|refined|m
مكررة|refined|m
غير مكرر|unrefined|m
غير مكررة|unrefined|m
معصور على البارد|cold-pressed|m
عصر أول|first pressing|m
مطحون|ground|m
مطحونة|ground|m
ناعم|fine|m
ناعمة|fine|m
خشن|coarse|m
خشنة|coarse|m
مجروش|crushed|m
مجروشة|crushed|m
مسحوق|powdered|m
مبشور|grated|m
مبشورة|grated|m
مقطع|cut|m
مقطعة|cut|m
مقطع شرائح|sliced|m
مقطعة شرائح|sliced|m
شرائح|slices|m
مشرح|sliced|m
مشرحة|sliced|m
مكعبات|cubes|m
مقطع مكعبات|diced|m
كامل|whole|m
كاملة|whole|m
مقشر|peeled|m
مقشرة|peeled|m
منزوع القشر|shelled|m
منزوعة القشر|shelled|m
بالقشر|in shell|m
بقشره|in shell|m
غير مقشر|unshelled|m
منزوع النوى|pitted|m
منزوعة النوى|pitted|m
منزوع البذور|seedless|m
بدون بذور|seedless|m
منزوع الجلد|skinless|m
بدون جلد|skinless|m
منزوع الرأس|headless|m
بدون رأس|headless|m
منزوع الأحشاء|gutted|m
مصفى|filtered|m
مفلتر|filtered|m
مبستر|pasteurised|m
مبسترة|pasteurised|m
معلب|canned|m
معلبة|canned|m
المعلبة|canned|m
معلبات|canned food|n
المعلبات|canned food|n
مخلل|pickled|m
مخللة|pickled|m
متبل|marinated|m
متبلة|marinated|m
مغلف|coated|m
مغلفة|coated|m
مشكل|mixed|m
مشكلة|mixed|m
متنوع|assorted|m
متنوعة|assorted|m
مخلوط|mixed|m
مخلوطة|mixed|m
محلى|sweetened|m
محلاة|sweetened|m
بدون سكر|sugar-free|m
خالي من السكر|sugar-free|m
خال من السكر|sugar-free|m
قليل السكر|low-sugar|m
بدون ملح|unsalted|m
خالي من الجلوتين|gluten-free|m
خالي من الغلوتين|gluten-free|m
بدون جلوتين|gluten-free|m
خالي من اللاكتوز|lactose-free|m
خالي من الكافيين|decaffeinated|m
منزوع الكافيين|decaffeinated|m
نباتي|vegetable|m
نباتية|vegetable|m
حيواني|animal|m
حيوانية|animal|m
عضوي|organic|m
عضوية|organic|m
العضوي|organic|m
العضوية|organic|m
أورجانيك|organic|m
اورجانيك|organic|m
أورغانيك|organic|m
اورغانيك|organic|m
طبيعي|natural|m
طبيعية|natural|m
الطبيعي|natural|m
الطبيعية|natural|m
طبيعى|natural|m
طبيعي 100%|100% natural|m
صناعي|artificial|m
صناعية|artificial|m
اصطناعي|artificial|m
اصطناعية|artificial|m
تركيبي|synthetic|m
تركيبية|synthetic|m
مقلد|imitation|m
مقلدة|imitation|m
تقليد|imitation|m
سائل|liquid|m
سائلة|liquid|m
غازي|carbonated|m
فوار|effervescent|m
فوارة|effervescent|m
مركزة|concentrated|m
مكثفة|condensed|m
فوري|instant|m
فورية|instant|m
سريع التحضير|instant|m
سريعة التحضير|instant|m
جاهز|ready-made|m
جاهزة|ready-made|m
جاهز للأكل|ready-to-eat|m
جاهز للطهي|ready-to-cook|m
حار|spicy|m
حارة|spicy|m
حلو|sweet|m
حلوة|sweet|m
بالحليب|with milk|m
بالجبن|with cheese|m
بالجبنة|with cheese|m
بالعسل|with honey|m
باللحم|with meat|m
بالدجاج|with chicken|m
بالخضار|with vegetables|m
بالفراولة|strawberry|m
بالفانيليا|vanilla|m
بالفانيلا|vanilla|m
بالليمون|lemon|m
بالنعناع|mint|m
بالهيل|with cardamom|m
بالمكسرات|with nuts|m
بالبندق|with hazelnuts|m
بالسكر|with added sugar|m
بالملح|salted|m
بالزيت|in oil|m
بزيت الزيتون|in olive oil|m
بالطماطم|in tomato sauce|m
بالصلصة|in sauce|m
في محلول ملحي|in brine|m
بالماء المالح|in brine|m
مصقول|polished|m
مصقولة|polished|m
مطفي|matt|m
لامع|glossy|m
لامعة|glossy|m
مطبوع|printed|m
مطبوعة|printed|m
منقوش|patterned|m
منقوشة|patterned|m
مخطط|striped|m
مخططة|striped|m
مزخرف|decorated|m
مزخرفة|decorated|m
سادة|plain|m
مصبوغ|dyed|m
مصبوغة|dyed|m
مبيضة|bleached|m
غير مبيض|unbleached|m
مصنوع يدويا|handmade|m
مصنوعة يدويا|handmade|m
صناعة يدوية|handmade|m
صنع يدوي|handmade|m
شغل يدوي|handmade|m
هاند ميد|handmade|m
يدوي|manual|m
يدوية|manual|m
أوتوماتيك|automatic|m
أوتوماتيكي|automatic|m
اوتوماتيكي|automatic|m
أوتوماتيكية|automatic|m
اوتوماتيكية|automatic|m
اوتوماتيك|automatic|m
تلقائي|automatic|m
تلقائية|automatic|m
نصف أوتوماتيك|semi-automatic|m
ميكانيكي|mechanical|m
ميكانيكية|mechanical|m
هيدروليكي|hydraulic|m
هيدروليكية|hydraulic|m
هيدروليك|hydraulic|m
بالبنزين|petrol|m
يعمل بالبنزين|petrol|m
بالديزل|diesel|m
بالغاز|gas-fired|m
يعمل بالغاز|gas-fired|m
تعمل بالغاز|gas-fired|m
بالفحم|charcoal|m
قابل للطي|folding|m
قابلة للطي|folding|m
قابل للنفخ|inflatable|m
قابلة للنفخ|inflatable|m
هوائية|air|m
قابل للتعديل|adjustable|m
قابلة للتعديل|adjustable|m
بالريموت|remote-controlled|m
بريموت|remote-controlled|m
جداري|wall-mounted|m
جدارية|wall-mounted|m
أمامي|front|m
أمامية|front|m
امامي|front|m
امامية|front|m
خلفي|rear|m
خلفية|rear|m
الخلفي|rear|m
الخلفية|rear|m
متحرك|movable|m
متحركة|movable|m
محمول|portable|m
محمولة|portable|m
متنقل|portable|m
متنقلة|portable|m
قابل لإعادة الاستخدام|reusable|m
قابلة لإعادة الاستخدام|reusable|m
للاستخدام مرة واحدة|disposable|m
للاستعمال مرة واحدة|disposable|m
استخدام مرة واحدة|disposable|m
يستخدم مرة واحدة|disposable|m
معاد تدويره|recycled|m
معاد تدويرها|recycled|m
قابل لإعادة التدوير|recyclable|m
مقاوم للماء|waterproof|m
مقاومة للماء|waterproof|m
ضد الماء|waterproof|m
ضد المياه|waterproof|m
مضاد للماء|waterproof|m
واتر بروف|waterproof|m
مقاوم للحرارة|heat-resistant|m
مقاومة للحرارة|heat-resistant|m
مقاوم للكسر|shatterproof|m
مقاومة للكسر|shatterproof|m
ضد الكسر|shatterproof|m
مقاوم للصدمات|shockproof|m
مقاومة للصدمات|shockproof|m
مضاد للانزلاق|non-slip|m
ضد الانزلاق|non-slip|m
غير لاصق|non-stick|m
مانع للالتصاق|non-stick|m
غير قابل للالتصاق|non-stick|m
شفاف|transparent|m
شفافة|transparent|m
ذاتي اللصق|self-adhesive|m
ذاتية اللصق|self-adhesive|m
مبطن|lined|m
مبطنة|lined|m
محشو|stuffed|m
محشوة|stuffed|m
معزول|insulated|m
معزولة|insulated|m
حراري|thermal|m
حرارية|thermal|m
مرن|flexible|m
مرنة|flexible|m
سميك|thick|m
سميكة|thick|m
طبقة|layer|m
طبقات|layers|m
رقيق|thin|m
رقيقة|thin|m
خفيف|lightweight|m
خفيفة|lightweight|m
ثقيل|heavy|m
ثقيلة|heavy|m
عالي|high|m
عالية|high|m
ضغط عالي|high-pressure|m
جهد عالي|high-voltage|m
جهد منخفض|low-voltage|m
كبير|large|m
كبيرة|large|m
صغير|small|m
صغيرة|small|m
ميني|mini|m
متوسط|medium|m
متوسطة|medium|m
طويل|long|m
طويلة|long|m
قصير|short|m
قصيرة|short|m
عريض|wide|m
عريضة|wide|m
فاخر|luxury|m
فاخرة|luxury|m
فخم|luxury|m
فخمة|luxury|m
ثلاثي الأبعاد|three-dimensional|m
ثلاثية الأبعاد|three-dimensional|m
مغلف بالفاكيوم|vacuum-packed|m
مفرغ من الهواء|vacuum-packed|m
معبأ|packed|m
معبأة|packed|m
معبأ في زجاجات|bottled|m
سائب|in bulk|m
بالجملة|wholesale|m
جملة|wholesale|m

# Qualifiers: materials and compound material phrases
من الجلد الطبيعي|genuine leather|m
من الصوف|woollen|m
من الخشب|wooden|m
من الستانلس ستيل|stainless steel|m
من الفولاذ المقاوم للصدأ|stainless steel|m

# Qualifiers: users
رجالي|men's|m
رجالية|men's|m
رجالى|men's|m
الرجالي|men's|m
الرجالية|men's|m
للرجال|men's|m
الرجال|men's|m
رجال|men's|m
للرجل|men's|m
نسائي|women's|m
نسائية|women's|m
نسائى|women's|m
النسائي|women's|m
النسائية|women's|m
للنساء|women's|m
النساء|women's|m
نساء|women's|m
للمرأة|women's|m
حريمي|women's|m
حريمى|women's|m
ستاتي|women's|m
ستاتى|women's|m
للسيدات|women's|m
سيدات|women's|m
السيدات|women's|m
نسواني|women's|m
للبنات|girls'|m
بناتي|girls'|m
بناتى|girls'|m
بنات|girls'|m
البنات|girls'|m
بنت|girls'|m
للأولاد|boys'|m
للاولاد|boys'|m
ولادي|boys'|m
ولادى|boys'|m
أولادي|boys'|m
اولادي|boys'|m
أولاد|boys'|m
اولاد|boys'|m
الأولاد|boys'|m
الاولاد|boys'|m
للصبيان|boys'|m
بنين|boys'|m
للبنين|boys'|m
صبياني|boys'|m
للأطفال|children's|m
للأطفال الرضع|babies'|m
للاطفال|children's|m
أطفال|children's|m
أطفال رضع|babies'|m
اطفال|children's|m
الأطفال|children's|m
الاطفال|children's|m
طفل|children's|m
للطفل|children's|m
الطفل|children's|m
طفولي|children's|m
بيبي|babies'|m
للبيبي|babies'|m
للرضع|babies'|m
رضع|babies'|m
الرضع|babies'|m
رضيع|babies'|m
للرضيع|babies'|m
للمواليد|babies'|m
مواليد|babies'|m
حديثي الولادة|babies'|m
للجنسين|unisex|m
يونيسكس|unisex|m
للكبار|adults'|m
كبار|adults'|m
للبالغين|adults'|m
بالغين|adults'|m
شبابي|youth|m
للشباب|youth|m
للحوامل|maternity|m
حوامل|maternity|m
للحيوانات|for animals|m
للحيوانات الأليفة|for pets|m
للقطط|for cats|m
للكلاب|for dogs|m
للطيور|for birds|m
للأسماك|for fish|m
للاسماك|for fish|m

# Qualifiers: uses and purposes
منزلي|household|m
منزلية|household|m
المنزلي|household|m
المنزلية|household|m
للمنزل|household|m
للبيت|household|m
مكتبي|office|m
مكتبية|office|m
للمكتب|office|m
للمكاتب|office|m
مدرسي|school|m
مدرسية|school|m
للمدرسة|school|m
رياضي|sports|m
رياضية|sports|m
الرياضي|sports|m
الرياضية|sports|m
رياضى|sports|m
للرياضة|sports|m
طبي|medical|m
طبية|medical|m
الطبي|medical|m
الطبية|medical|m
طبى|medical|m
جراحي|surgical|m
جراحية|surgical|m
بيطري|veterinary|m
بيطرية|veterinary|m
زراعي|agricultural|m
زراعية|agricultural|m
للاستخدام الصناعي|industrial|m
للاستخدام التجاري|commercial|m
تجاري|commercial|m
تجارية|commercial|m
احترافي|professional|m
احترافية|professional|m
مهني|professional|m
للمحترفين|professional|m
بروفيشنال|professional|m
مطبخ|kitchen|m
المطبخ|kitchen|m
للمطبخ|kitchen|m
حمام|bathroom|m
الحمام|bathroom|m
للحمام|bathroom|m
حمامات|bathrooms|m
للحديقة|garden|m
حديقة|garden|m
الحديقة|garden|m
للحدائق|garden|m
خارجي|outdoor|m
خارجية|outdoor|m
للاستخدام الخارجي|outdoor|m
داخلي|indoor|m
داخلية|indoor|m
للاستخدام الداخلي|indoor|m
للسيارة|for motor vehicles|m
للسيارات|for motor vehicles|m
للدراجات|for bicycles|m
للدراجة|for bicycles|m
للجوال|for mobile phones|m
للموبايل|for mobile phones|m
للهاتف|for mobile phones|m
للهواتف|for mobile phones|m
للكمبيوتر|for computers|m
للابتوب|for laptops|m
للتخييم|camping|m
للسفر|travel|m
سفر|travel|m
للشاطئ|beach|m
شاطئ|beach|m
للصيد|fishing|m
صيد|fishing|m
صيد السمك|fishing|m
سباحة|swimming|m
للسباحة|swimming|m
جري|running|m
للجري|running|m
تمرين|exercise|m
مشي|walking|m
للمشي|walking|m
تمارين|exercise|m
نشاط|activity|m
للتمارين|exercise|m
لياقة|fitness|m
لياقة بدنية|fitness|m
جيم|gym|m
للجيم|gym|m
أمان|safety|m
امان|safety|m
سيفتي|safety|m
للأمان|safety|m
للامان|safety|m
سلامة|safety|m
واقي|protective|m
واقية|protective|m
حماية|protection|m
للحماية|protective|m
شاشة حماية|screen protectors|n
واقي شاشة|screen protectors|n
لاصقة حماية|screen protectors|n
اسكرينة|screen protectors|n
سكرينة|screen protectors|n
شتوي|winter|m
شتوية|winter|m
للشتاء|winter|m
صيفي|summer|m
صيفية|summer|m
للصيف|summer|m
كاجوال|casual|m
رسمي|formal|m
رسمية|formal|m
كلاسيك|classic|m
كلاسيكي|classic|m
سهرة|evening|m
زفاف|wedding|m
عرس|wedding|m
حفلات|party|m
حفلة|party|m
رمضان|Ramadan|m
عيد ميلاد|birthday|m
كريسماس|Christmas|m
عيد الميلاد المجيد|Christmas|m
هالوين|Halloween|m
صلاة|prayer|m
للصلاة|prayer|m
للزينة|decorative|m
زخرفي|decorative|m
زخرفية|decorative|m
ديكور|decor|m
ديكوري|decorative|m
ديكورية|decorative|m
ديكورات|decorations|n
هدية|gifts|n
هدايا|gifts|n
الهدايا|gifts|n
تذكار|souvenirs|n
تذكارات|souvenirs|n
تذكاري|souvenir|m
عينة|samples|n
عينات|samples|n

# Qualifiers: condition, origin, colour
جديد|new|m
جديدة|new|m
الجديد|new|m
الجديدة|new|m
مستعمل|used|m
مستعملة|used|m
مستخدم|used|m
مستخدمة|used|m
مجدد|refurbished|m
مجددة|refurbished|m
أصلي|original|m
اصلي|original|m
أصلية|original|m
اصلية|original|m
الأصلي|original|m
الاصلي|original|m
أوريجينال|original|m
اوريجينال|original|m
مستورد|imported|m
مستوردة|imported|m
فرنسي|French|m
فرنسية|French|m
صيني|Chinese|m
تركي|Turkish|m
تركية|Turkish|m
إيطالي|Italian|m
إيطالية|Italian|m
ايطالية|Italian|m
ايطالي|Italian|m
ألماني|German|m
ألمانية|German|m
المانية|German|m
الماني|German|m
ياباني|Japanese|m
يابانية|Japanese|m
كوري|Korean|m
كورية|Korean|m
أمريكي|American|m
أمريكية|American|m
امريكية|American|m
امريكي|American|m
إنجليزي|English|m
انجليزي|English|m
إسباني|Spanish|m
اسباني|Spanish|m
هندي|Indian|m
هندية|Indian|m
باكستاني|Pakistani|m
تايلاندي|Thai|m
مصري|Egyptian|m
مصرية|Egyptian|m
سعودي|Saudi|m
سعودية|Saudi|m
سوري|Syrian|m
سورية|Syrian|m
لبناني|Lebanese|m
لبنانية|Lebanese|m
مغربي|Moroccan|m
مغربية|Moroccan|m
يمني|Yemeni|m
عماني|Omani|m
برازيلي|Brazilian|m
أسترالي|Australian|m
استرالي|Australian|m
إثيوبي|Ethiopian|m
اثيوبي|Ethiopian|m
كولومبي|Colombian|m
كيني|Kenyan|m
محلي|local|m
محلية|local|m
بلدي|local|m
بلدية|local|m
صنع في الصين|made in China|m
صناعة صينية|made in China|m
مجموعة|set|m
مجموعات|sets|m
طقم|set|m
أطقم|sets|m
اطقم|sets|m
كيت|kit|m
زوج|pair|m
أزواج|pairs|m
ازواج|pairs|m
قطعتين|two-piece|m
قطعة واحدة|one-piece|m
أبيض|white|m
ابيض|white|m
بيضاء|white|m
بيضوي|oval|m
بيضاوي|oval|m
الأبيض|white|m
الابيض|white|m
البيضاء|white|m
أسود|black|m
اسود|black|m
سوداء|black|m
الأسود|black|m
الاسود|black|m
السوداء|black|m
أحمر|red|m
احمر|red|m
حمراء|red|m
الأحمر|red|m
الاحمر|red|m
أزرق|blue|m
ازرق|blue|m
زرقاء|blue|m
أخضر|green|m
اخضر|green|m
خضراء|green|m
أصفر|yellow|m
اصفر|yellow|m
صفراء|yellow|m
بني|brown|m
بنية|brown|m
رمادي|grey|m
رمادية|grey|m
وردي|pink|m
وردية|pink|m
زهري|pink|m
زهرية|pink|m
بمبي|pink|m
برتقالي|orange|m
برتقالية|orange|m
بنفسجي|purple|m
بنفسجية|purple|m
موف|mauve|m
كحلي|navy blue|m
كحلية|navy blue|m
بيج|beige|m
ملون|coloured|m
ملونة|coloured|m
متعدد الألوان|multicoloured|m
متعددة الألوان|multicoloured|m
`,
};
