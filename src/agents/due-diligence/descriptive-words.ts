/**
 * Descriptive words in company and vessel names, in their own scripts, mapped to English.
 *
 * A register often keeps a name in its own script while the counterparty, a bill of lading or a
 * sanctions list carries the English translation of the same name: ПАО «Северо-Западная Лесная
 * Компания» is North-Western Forest Company PJSC, شركة الواحة الخضراء للتجارة is Green Oasis Trading
 * Company. The activity words of such names are translated by the business-word tables of
 * name-vocabulary.ts; the words here are the rest of the ordinary vocabulary names are made of:
 * colours, compass points and positions, sea, sky and landscape, animals and plants, the usual name
 * adjectives (new, great, united, first, royal, national) and goods those tables lack (glass, paper,
 * cement, dairy, flour, coffee, cotton, leather).
 *
 * Only general vocabulary is listed. Words that are just as often a given name or surname (Лев, Роза,
 * אריה, صقر, 하늘), part of a common place name (البيضاء in الدار البيضاء, 西北 in 广西北海) or usually
 * kept romanised in English registrations (東洋 Toyo, 第一 Daiichi, 中央 Chuo, 동부 Dongbu, לאומי
 * Leumi, النخيل Nakheel) are left out, since translating them would pull a name away from its
 * English spelling instead of towards it.
 *
 * English is lower case, British spelling; several native forms share one English word.
 */

/**
 * Whole words of alphabetic scripts (Cyrillic, Greek, Armenian, Georgian), compared lower-case
 * without accents; phrases of up to three words. Adjectives are listed in the forms names use
 * (masculine, feminine, neuter, and plural or genitive where names take them). Hyphenated compounds
 * are written as in names (северо-западная); the tokeniser splits words at a hyphen, so a lookup
 * table built from this list must key them as the two-word phrase (hyphen read as a space).
 */
export const DESCRIPTIVE_SCRIPT_WORDS: Array<[string, string]> = [
  // Russian: colours
  ['зелёный', 'green'], ['зелёная', 'green'], ['зелёное', 'green'], ['синий', 'blue'], ['синяя', 'blue'], ['синее', 'blue'], ['голубой', 'blue'], ['голубая', 'blue'],
  ['красный', 'red'], ['красная', 'red'], ['красное', 'red'], ['белый', 'white'], ['белая', 'white'], ['белое', 'white'],
  ['чёрный', 'black'], ['чёрная', 'black'], ['чёрное', 'black'], ['золотой', 'golden'], ['золотая', 'golden'], ['золотое', 'golden'], ['золото', 'gold'],
  ['серебряный', 'silver'], ['серебряная', 'silver'], ['жёлтый', 'yellow'], ['жёлтая', 'yellow'],
  // Russian: compass and position
  ['север', 'north'], ['юг', 'south'], ['восток', 'east'], ['запад', 'west'],
  ['северо-западный', 'north western'], ['северо-западная', 'north western'], ['северо-западное', 'north western'],
  ['северо-восточный', 'north eastern'], ['северо-восточная', 'north eastern'], ['северо-восточное', 'north eastern'],
  ['юго-западный', 'south western'], ['юго-западная', 'south western'], ['юго-восточный', 'south eastern'], ['юго-восточная', 'south eastern'],
  ['дальневосточный', 'far eastern'], ['дальневосточная', 'far eastern'], ['дальневосточное', 'far eastern'],
  ['центральный', 'central'], ['центральная', 'central'], ['центральное', 'central'], ['верхний', 'upper'], ['верхняя', 'upper'], ['нижний', 'lower'], ['нижняя', 'lower'],
  // Russian: sea, land and sky
  ['море', 'sea'], ['морской', 'maritime'], ['океан', 'ocean'], ['река', 'river'], ['речной', 'river'], ['озеро', 'lake'],
  ['лес', 'forest'], ['лесная', 'forest'], ['лесное', 'forest'], ['долина', 'valley'], ['пустыня', 'desert'], ['оазис', 'oasis'], ['остров', 'island'],
  ['залив', 'bay'], ['берег', 'coast'], ['звезда', 'star'], ['солнце', 'sun'], ['солнечный', 'sunny'], ['солнечная', 'sunny'], ['луна', 'moon'], ['небо', 'sky'],
  ['ветер', 'wind'], ['волна', 'wave'], ['жемчужина', 'pearl'], ['кристалл', 'crystal'], ['пальма', 'palm'], ['кедр', 'cedar'], ['беркут', 'golden eagle'],
  ['сокол', 'falcon'], ['дельфин', 'dolphin'],
  // Russian: name adjectives
  ['новый', 'new'], ['новая', 'new'], ['новое', 'new'], ['новые', 'new'], ['великий', 'great'], ['великая', 'great'],
  ['объединённый', 'united'], ['объединённая', 'united'], ['объединённое', 'united'], ['первый', 'first'], ['первая', 'first'], ['первое', 'first'],
  ['королевский', 'royal'], ['королевская', 'royal'], ['современный', 'modern'], ['современная', 'modern'], ['современные', 'modern'],
  ['глобальный', 'global'], ['глобальная', 'global'], ['национальный', 'national'], ['национальная', 'national'], ['национальное', 'national'],
  ['яркий', 'bright'], ['молодой', 'young'], ['старый', 'old'], ['большой', 'big'], ['большая', 'big'],
  // Russian: goods and works
  ['пластик', 'plastic'], ['рис', 'rice'], ['вино', 'wine'], ['винодельня', 'winery'], ['зерно', 'grain'], ['хлеб', 'bread'], ['хлебозавод', 'bakery'],
  ['пекарня', 'bakery'], ['стекло', 'glass'], ['стекольный', 'glass'], ['бумага', 'paper'], ['целлюлозно-бумажный', 'pulp and paper'], ['цемент', 'cement'],
  ['цементный', 'cement'], ['текстиль', 'textiles'], ['мебель', 'furniture'], ['мебельная', 'furniture'], ['удобрения', 'fertilisers'], ['лесопродукция', 'forest products'], ['мельница', 'mill'],
  ['мукомольный', 'flour milling'], ['молоко', 'milk'], ['молочное', 'dairy'], ['хладокомбинат', 'cold storage'], ['холодильник', 'cold storage'],
  ['рыбное', 'fish'], ['рыболовецкий', 'fishing'], ['чай', 'tea'], ['кофе', 'coffee'], ['хлопок', 'cotton'], ['кожа', 'leather'], ['аптека', 'pharmacy'],
  ['фармацевтический', 'pharmaceutical'], ['фармацевтическая', 'pharmaceutical'], ['сахарный', 'sugar'],

  // Ukrainian
  ['зелений', 'green'], ['зелена', 'green'], ['зелене', 'green'], ['синій', 'blue'], ['синя', 'blue'], ['червоний', 'red'], ['червона', 'red'],
  ['білий', 'white'], ['біла', 'white'], ['чорний', 'black'], ['чорна', 'black'], ['золотий', 'golden'], ['золота', 'golden'], ['срібний', 'silver'], ['срібна', 'silver'],
  ['жовтий', 'yellow'], ['північний', 'northern'], ['північна', 'northern'], ['південний', 'southern'], ['південна', 'southern'], ['східний', 'eastern'],
  ['східна', 'eastern'], ['західний', 'western'], ['західна', 'western'], ['північно-західний', 'north western'], ['північно-західна', 'north western'],
  ['південно-східний', 'south eastern'], ['центральний', 'central'], ['центральна', 'central'],
  ['морський', 'maritime'], ['морська', 'maritime'], ['річка', 'river'], ['ліс', 'forest'], ['лісовий', 'forest'], ['лісова', 'forest'], ['острів', 'island'],
  ['затока', 'bay'], ['зірка', 'star'], ['сонце', 'sun'], ['сонячний', 'sunny'], ['хвиля', 'wave'], ['перлина', 'pearl'], ['сокіл', 'falcon'],
  ['новий', 'new'], ['нова', 'new'], ['велика', 'great'], ['перший', 'first'], ['перша', 'first'], ['сучасний', 'modern'], ['національний', 'national'],
  ['національна', 'national'], ['єдиний', 'united'], ['глобальний', 'global'],
  ['хліб', 'bread'], ['хлібозавод', 'bakery'], ['скло', 'glass'], ['папір', 'paper'], ['паперова', 'paper'], ['меблі', 'furniture'], ['меблева', 'furniture'],
  ['добрива', 'fertilisers'], ['млин', 'mill'], ['молочний', 'dairy'], ['молочна', 'dairy'], ['кава', 'coffee'], ['бавовна', 'cotton'], ['шкіра', 'leather'],
  ['фармацевтична', 'pharmaceutical'],

  // Belarusian
  ['зялёны', 'green'], ['зялёная', 'green'], ['сіні', 'blue'], ['чырвоны', 'red'], ['чырвоная', 'red'], ['белы', 'white'], ['чорны', 'black'], ['залаты', 'golden'],
  ['паўночны', 'northern'], ['паўднёвы', 'southern'], ['усходні', 'eastern'], ['заходні', 'western'], ['цэнтральны', 'central'],
  ['новы', 'new'], ['вялікі', 'great'], ['першы', 'first'], ['нацыянальны', 'national'], ['мора', 'sea'], ['рака', 'river'], ['лясны', 'forest'],
  ['малочны', 'dairy'], ['шкло', 'glass'], ['мэбля', 'furniture'], ['камбінат', 'mill'], ['аптэка', 'pharmacy'],

  // Serbian Cyrillic
  ['зелени', 'green'], ['плави', 'blue'], ['плава', 'blue'], ['црвени', 'red'], ['црвена', 'red'], ['бели', 'white'], ['бела', 'white'], ['црни', 'black'], ['црна', 'black'],
  ['златни', 'golden'], ['златна', 'golden'], ['злато', 'gold'], ['сребрни', 'silver'], ['жути', 'yellow'],
  ['северни', 'northern'], ['јужни', 'southern'], ['источни', 'eastern'], ['западни', 'western'], ['централни', 'central'],
  ['морски', 'maritime'], ['језеро', 'lake'], ['планина', 'mountain'], ['шума', 'forest'], ['острво', 'island'], ['обала', 'coast'], ['сунце', 'sun'], ['бисер', 'pearl'], ['орао', 'eagle'],
  ['нови', 'new'], ['велики', 'great'], ['први', 'first'], ['национални', 'national'], ['модерни', 'modern'],
  ['пиринач', 'rice'], ['винарија', 'winery'], ['жито', 'grain'], ['пекара', 'bakery'], ['стакло', 'glass'], ['папир', 'paper'], ['текстил', 'textiles'],
  ['намештај', 'furniture'], ['ђубриво', 'fertiliser'], ['млекара', 'dairy'], ['хладњача', 'cold storage'], ['рибарство', 'fisheries'], ['кафа', 'coffee'],
  ['памук', 'cotton'], ['апотека', 'pharmacy'],

  // Bulgarian
  ['зелен', 'green'], ['червен', 'red'], ['червена', 'red'], ['бял', 'white'], ['бяла', 'white'], ['черен', 'black'], ['черна', 'black'], ['златен', 'golden'],
  ['сребърен', 'silver'], ['жълт', 'yellow'], ['северен', 'northern'], ['южен', 'southern'], ['източен', 'eastern'], ['западен', 'western'], ['централен', 'central'],
  ['езеро', 'lake'], ['бряг', 'coast'], ['слънце', 'sun'], ['нов', 'new'], ['велик', 'great'], ['обединен', 'united'], ['първи', 'first'], ['национален', 'national'],
  ['ориз', 'rice'], ['зърно', 'grain'], ['пекарна', 'bakery'], ['стъкло', 'glass'], ['хартия', 'paper'], ['цимент', 'cement'], ['мебели', 'furniture'],
  ['торове', 'fertilisers'], ['мелница', 'mill'], ['мляко', 'milk'],

  // Kazakh
  ['жасыл', 'green'], ['көк', 'blue'], ['қызыл', 'red'], ['қара', 'black'], ['алтын', 'gold'], ['күміс', 'silver'], ['сары', 'yellow'],
  ['солтүстік', 'north'], ['оңтүстік', 'south'], ['шығыс', 'east'], ['батыс', 'west'], ['орталық', 'central'],
  ['теңіз', 'sea'], ['өзен', 'river'], ['көл', 'lake'], ['тау', 'mountain'], ['орман', 'forest'], ['дала', 'steppe'], ['аспан', 'sky'],
  ['жаңа', 'new'], ['ұлы', 'great'], ['біріккен', 'united'], ['ұлттық', 'national'], ['астық', 'grain'], ['күріш', 'rice'], ['сүт', 'milk'], ['мақта', 'cotton'],
  ['дәріхана', 'pharmacy'],

  // Greek (compared without accents; final sigma folded)
  ['πρασινος', 'green'], ['πρασινη', 'green'], ['μπλε', 'blue'], ['γαλαζιο', 'blue'], ['κυανη', 'blue'], ['κοκκινη', 'red'], ['κοκκινο', 'red'],
  ['λευκη', 'white'], ['λευκο', 'white'], ['μαυρη', 'black'], ['χρυση', 'golden'], ['χρυσο', 'golden'], ['αργυρος', 'silver'], ['ασημενια', 'silver'], ['κιτρινη', 'yellow'],
  ['βορειος', 'northern'], ['βορεια', 'northern'], ['βορειου', 'northern'], ['νοτιος', 'southern'], ['νοτια', 'southern'], ['νοτιου', 'southern'],
  ['ανατολικη', 'eastern'], ['ανατολικης', 'eastern'], ['δυτικη', 'western'], ['δυτικης', 'western'], ['βορειοδυτικη', 'north western'], ['κεντρικη', 'central'],
  ['θαλασσα', 'sea'], ['θαλασσης', 'sea'], ['ωκεανος', 'ocean'], ['ποταμος', 'river'], ['λιμνη', 'lake'], ['βουνο', 'mountain'], ['δασος', 'forest'],
  ['κοιλαδα', 'valley'], ['οαση', 'oasis'], ['νησος', 'island'], ['κολπος', 'bay'], ['ακτη', 'coast'], ['αστερι', 'star'], ['ηλιος', 'sun'], ['ουρανος', 'sky'],
  ['ανεμος', 'wind'], ['κυμα', 'wave'], ['μαργαριταρι', 'pearl'], ['αετος', 'eagle'], ['δελφινι', 'dolphin'],
  ['νεος', 'new'], ['νεα', 'new'], ['μεγαλη', 'great'], ['ενωμενη', 'united'], ['πρωτος', 'first'], ['πρωτη', 'first'], ['εθνικη', 'national'], ['παγκοσμια', 'global'],
  ['πλαστικα', 'plastics'], ['ρυζι', 'rice'], ['οινοποιια', 'winery'], ['σιτηρα', 'grain'], ['χαρτι', 'paper'], ['τσιμεντα', 'cement'],
  ['κλωστοϋφαντουργια', 'textiles'], ['επιπλα', 'furniture'], ['λιπασματα', 'fertilisers'], ['αλευρομυλοι', 'flour mills'], ['αρτοποιια', 'bakery'],
  ['γαλακτοκομικη', 'dairy'], ['ψυγεια', 'cold storage'], ['αλιεια', 'fisheries'], ['καφες', 'coffee'], ['βαμβακι', 'cotton'], ['φαρμακειο', 'pharmacy'],

  // Armenian (with the ligature և and with ե + ւ, as both are written)
  ['կանաչ', 'green'], ['կապույտ', 'blue'], ['կարմիր', 'red'], ['սպիտակ', 'white'], ['սև', 'black'], ['սեւ', 'black'], ['ոսկե', 'golden'], ['ոսկի', 'gold'],
  ['արծաթ', 'silver'], ['դեղին', 'yellow'],
  ['հյուսիսային', 'northern'], ['հարավային', 'southern'], ['արևելյան', 'eastern'], ['արեւելյան', 'eastern'], ['արևմտյան', 'western'], ['արեւմտյան', 'western'],
  ['կենտրոնական', 'central'],
  ['ծով', 'sea'], ['օվկիանոս', 'ocean'], ['գետ', 'river'], ['լիճ', 'lake'], ['լեռ', 'mountain'], ['անտառ', 'forest'], ['հովիտ', 'valley'], ['կղզի', 'island'],
  ['աստղ', 'star'], ['արև', 'sun'], ['արեւ', 'sun'], ['արծիվ', 'eagle'],
  ['նոր', 'new'], ['մեծ', 'great'], ['միացյալ', 'united'], ['առաջին', 'first'], ['ազգային', 'national'],
  ['գինեգործարան', 'winery'], ['հացահատիկ', 'grain'], ['ապակի', 'glass'], ['թուղթ', 'paper'], ['ցեմենտ', 'cement'], ['կահույք', 'furniture'],
  ['կաթնամթերք', 'dairy products'], ['դեղատուն', 'pharmacy'], ['բամբակ', 'cotton'], ['կաշի', 'leather'],

  // Georgian
  ['მწვანე', 'green'], ['ლურჯი', 'blue'], ['წითელი', 'red'], ['თეთრი', 'white'], ['შავი', 'black'], ['ოქროს', 'golden'], ['ოქრო', 'gold'],
  ['ვერცხლის', 'silver'], ['ყვითელი', 'yellow'],
  ['ჩრდილოეთის', 'northern'], ['სამხრეთის', 'southern'], ['აღმოსავლეთის', 'eastern'], ['დასავლეთის', 'western'], ['ცენტრალური', 'central'],
  ['ზღვა', 'sea'], ['ზღვის', 'sea'], ['მდინარე', 'river'], ['ტბა', 'lake'], ['მთა', 'mountain'], ['ტყე', 'forest'], ['ხეობა', 'valley'], ['კუნძული', 'island'],
  ['ვარსკვლავი', 'star'], ['მზე', 'sun'], ['მთვარე', 'moon'], ['მარგალიტი', 'pearl'], ['არწივი', 'eagle'],
  ['ახალი', 'new'], ['დიდი', 'great'], ['გაერთიანებული', 'united'], ['პირველი', 'first'], ['ეროვნული', 'national'],
  ['ბრინჯი', 'rice'], ['მარცვლეული', 'grain'], ['მინა', 'glass'], ['ქაღალდი', 'paper'], ['ცემენტი', 'cement'], ['ავეჯი', 'furniture'], ['სასუქი', 'fertiliser'],
  ['წისქვილი', 'mill'], ['რძის', 'dairy'], ['ყავა', 'coffee'], ['აფთიაქი', 'pharmacy'],
];

/**
 * Words of the abjads (Hebrew, Arabic, Persian), with and without the article. Latin registrations
 * mostly romanise these words (Al Khadra) and sometimes translate them (Green), so they are not
 * replaced: the romanised word carries its English as another reading. A form is listed only where
 * it is not also part of a common unrelated word or name (no Arabic البحر, inside البحرين; no
 * Hebrew מזרח, inside מזרחי). Chinese, Japanese, Thai and Korean names are left out for the same
 * reason in a stronger form: their Latin registrations romanise such words almost always.
 */
export const DESCRIPTIVE_NATIVE_WORDS: Array<[string, string]> = [
  // Hebrew
  ['ירוק', 'green'], ['ירוקה', 'green'], ['כחול', 'blue'], ['אדום', 'red'], ['לבן', 'white'], ['שחור', 'black'], ['זהב', 'gold'], ['כסף', 'silver'], ['צהוב', 'yellow'],
  ['צפון', 'north'], ['צפוני', 'northern'], ['דרום', 'south'], ['דרומי', 'southern'], ['מערבי', 'western'], ['מרכזי', 'central'],
  ['אוקיינוס', 'ocean'], ['אגם', 'lake'], ['עמק', 'valley'], ['מדבר', 'desert'], ['מפרץ', 'bay'], ['חוף', 'coast'], ['כוכב', 'star'],
  ['חדש', 'new'], ['חדשה', 'new'], ['גדול', 'great'], ['מאוחדת', 'united'], ['מלכותי', 'royal'], ['גלובלי', 'global'],
  ['אורז', 'rice'], ['יקב', 'winery'], ['זכוכית', 'glass'], ['נייר', 'paper'], ['מאפייה', 'bakery'], ['מחלבה', 'dairy'], ['מוצרי חלב', 'dairy products'],
  ['קירור', 'cold storage'], ['קפה', 'coffee'], ['כותנה', 'cotton'], ['מפעל', 'plant'], ['טחנת', 'mill'], ['דשנים', 'fertilisers'],

  // Arabic: colours (masculine and feminine, with and without the article)
  ['الأخضر', 'green'], ['الاخضر', 'green'], ['أخضر', 'green'], ['الخضراء', 'green'], ['الأزرق', 'blue'], ['الأحمر', 'red'], ['الحمراء', 'red'],
  ['الأبيض', 'white'], ['السوداء', 'black'], ['الذهبي', 'golden'], ['الذهبية', 'golden'], ['الذهب', 'gold'], ['الفضية', 'silver'], ['الأصفر', 'yellow'], ['الصفراء', 'yellow'],
  // Arabic: compass and position
  ['الشمال', 'north'], ['الشمالي', 'northern'], ['الشمالية', 'northern'], ['الجنوب', 'south'], ['الجنوبي', 'southern'], ['الجنوبية', 'southern'],
  ['الشرق', 'east'], ['الشرقي', 'eastern'], ['الشرقية', 'eastern'], ['الغرب', 'west'], ['الغربي', 'western'], ['الغربية', 'western'],
  ['الشمالية الغربية', 'north western'], ['المركزي', 'central'], ['المركزية', 'central'], ['الوسطى', 'central'],
  // Arabic: sea, land and sky
  ['المحيط', 'ocean'], ['النهر', 'river'], ['البحيرة', 'lake'], ['الجبل', 'mountain'], ['الغابة', 'forest'], ['الوادي', 'valley'], ['الصحراء', 'desert'],
  ['الواحة', 'oasis'], ['واحة', 'oasis'], ['الساحل', 'coast'], ['النجمة', 'star'], ['نجمة', 'star'], ['النجم', 'star'], ['الشمس', 'sun'], ['القمر', 'moon'],
  ['السماء', 'sky'], ['اللؤلؤة', 'pearl'], ['اللؤلؤ', 'pearl'], ['الدلفين', 'dolphin'],
  // Arabic: name adjectives
  ['الجديد', 'new'], ['الجديدة', 'new'], ['جديد', 'new'], ['الكبرى', 'great'], ['الأولى', 'first'], ['الملكية', 'royal'], ['الحديثة', 'modern'],
  ['العالمية', 'global'], ['العالمي', 'global'],
  // Arabic: goods (li-, al- and bare forms)
  ['للزجاج', 'glass'], ['الزجاج', 'glass'], ['للورق', 'paper'], ['الورق', 'paper'], ['للأسمنت', 'cement'], ['الأسمنت', 'cement'], ['للاسمنت', 'cement'],
  ['الاسمنت', 'cement'], ['للنسيج', 'textiles'], ['النسيج', 'textiles'], ['للمنسوجات', 'textiles'], ['للأثاث', 'furniture'], ['الأثاث', 'furniture'],
  ['للأسمدة', 'fertilisers'], ['الأسمدة', 'fertilisers'], ['مطاحن', 'mills'], ['المطاحن', 'mills'], ['مضارب الأرز', 'rice mills'], ['للمخابز', 'bakeries'],
  ['مخابز', 'bakeries'], ['للألبان', 'dairy'], ['الألبان', 'dairy'], ['ألبان', 'dairy'], ['للتبريد', 'cold storage'], ['التبريد', 'cold storage'],
  ['للأسماك', 'fish'], ['الأسماك', 'fish'], ['الثروة السمكية', 'fisheries'], ['للقهوة', 'coffee'], ['القهوة', 'coffee'], ['للقطن', 'cotton'], ['القطن', 'cotton'],
  ['للجلود', 'leather'], ['الجلود', 'leather'], ['صيدلية', 'pharmacy'], ['صيدليات', 'pharmacies'], ['للحبوب', 'grain'], ['الحبوب', 'grain'],
  ['للأخشاب', 'timber'], ['الأخشاب', 'timber'],

  // Persian (Persian letters ی and ک, so these do not overlap the Arabic spellings)
  ['سفید', 'white'], ['سیاه', 'black'], ['قرمز', 'red'], ['طلایی', 'golden'],
  ['شمال', 'north'], ['جنوب', 'south'], ['شمالی', 'northern'], ['جنوبی', 'southern'], ['شرقی', 'eastern'], ['غربی', 'western'], ['مرکزی', 'central'],
  ['دریایی', 'marine'], ['اقیانوس', 'ocean'], ['جنگل', 'forest'], ['جزیره', 'island'], ['ساحل', 'coast'], ['خورشید', 'sun'],
  ['نوین', 'new'], ['جدید', 'new'], ['بزرگ', 'great'], ['جهانی', 'global'],
  ['پلاستیک', 'plastic'], ['غلات', 'grain'], ['شیشه', 'glass'], ['کاغذ', 'paper'], ['سیمان', 'cement'], ['نساجی', 'textiles'], ['مبلمان', 'furniture'],
  ['کارخانه', 'factory'], ['لبنیات', 'dairy'], ['شیلات', 'fisheries'], ['چای', 'tea'], ['قهوه', 'coffee'], ['پنبه', 'cotton'], ['چرم', 'leather'], ['داروخانه', 'pharmacy'],
  ['کشتیرانی', 'shipping'], ['بازرگانی', 'trading'], ['صنایع', 'industries'], ['شرکت', 'company'], ['گروه', 'group'],
];
