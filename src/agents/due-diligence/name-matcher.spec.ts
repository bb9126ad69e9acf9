import { MATCH_THRESHOLD } from 'src/agents/due-diligence/name-matcher';
import { scoreNamePair } from 'src/agents/due-diligence/party-screener';

const matches = (a: string, b: string) => scoreNamePair(a, b).score >= MATCH_THRESHOLD;

describe('name matcher', () => {
  it.each([
    ['Harrowfield Bearings Limited', 'HARROWFIELD BEARINGS LTD.'],
    ['Société Camerounaise de Cacao', 'Societe Camerounaise de Cacao'],
    ['Levitsky Packaging Solutions Ltd', 'Levitskiy Packaging Solutions Ltd'],
    ['Kholmogrant-Stroy OOO', 'Holmogrant-Stroi OOO'],
    ['N.K. Bansal & Co.', 'N K Bansal and Co'],
    ['Star Voyager (ex-Southern Glory)', 'Southern Glory'],
    ['ORDERING CUSTOMER: KALLIOSAARI TRADING OY', 'Kalliosaari Trading Oy'],
    ['Trading Company Novaterra', 'NOVATERRA TRADING CO'],
    ['Мороз Василь Іванович', 'Moroz Vasilii Ivanovich'],
    ['Petrenko Vasyl', 'Petrenko Vasiliy'],
    ['Halbrook Steel Ltd (hereinafter the Seller)', 'Halbrook Steel Limited'],
    ['Quenford Grain Ltd (the Buyer)', 'Quenford Grain Ltd'],
    ['Ostervik Pumps AB c/o Lindqvist Corporate Services', 'Ostervik Pumps AB'],
    ['Marlowe Cables Inc. – Jeddah Branch', 'Marlowe Cables Inc.'],
    ['白鷺電機株式会社 名古屋支店', '白鷺電機株式会社'],
    ['한결물산 주식회사 부산지점', '한결물산 주식회사'],
    ['蓝湾贸易有限公司 深圳分公司', '蓝湾贸易有限公司'],
    ['FOP Savchuk Ihor Bohdanovych', 'FOP Savchuk Igor Bogdanovich'],
    ['Velmora Logistic LLP', 'Velmora Logistics LLP'],
    ['Harzbach Armaturen GmbH & Co. KG', 'Harzbach Armaturen Gesellschaft mit beschränkter Haftung & Co. KG'],
    ['Grupo Tecali S.A.P.I. de C.V.', 'Grupo Tecali Sociedad Anónima Promotora de Inversión de Capital Variable'],
    ['Maison Ferrand SAS', 'Maison Ferrand Société par actions simplifiée'],
    ['Sadaf Marine Services FZE', 'Sadaf Marine Services Free Zone Establishment'],
    ['P.P.H.U. Mazurskie Okna', 'Przedsiębiorstwo Produkcyjno-Handlowo-Usługowe Mazurskie Okna'],
    ['Kivu Avn Svcs Ltd', 'Kivu Aviation Services Ltd'],
    ['Consignee - Porto Belo Pescados Ltda', 'Porto Belo Pescados Ltda'],
    ['Andes Verde Seguros S.A. - Sucursal Quito', 'Andes Verde Seguros S.A.'],
    ['N.T.C. - Niger Textiles Commerce', 'Niger Textiles Commerce'],
    ['Niger Textiles Commerce (NTC)', 'Niger Textiles Commerce'],
    ['Pardis Mehvaran Trading', 'Pardis Mehveran Trading'],
    ['MV CORAL HERON (Monrovia)', 'CORAL HERON'],
    ['บริษัท เจริญผล ขนส่ง จำกัด', 'Charoen Phon Transport Co., Ltd.'],
    ['شركة النخيل للمقاولات ذ.م.م', 'Al Nakheel Contracting LLC'],
    ['An Nur Shipping LLC', 'شركة النور للشحن ذ.م.م'],
    ['АО «Курский Молочный Комбинат»', 'Kursk Dairy Mill JSC'],
    ['ООО «Волжская Судоходная Компания»', 'Volga Shipping Company LLC'],
    ['შპს „იმერეთის ღვინო“', 'Imereti Wine LLC'],
    ['남해진호', 'NAMHAEJIN'],
    ['Mt. Kenya Tea Packers Ltd', 'Mount Kenya Tea Packers Ltd'],
    ['AGIOS DIMITRIOS', 'AYIOS DIMITRIOS'],
    ['株式会社さくらが丘ベーカリー', 'Sakuragaoka Bakery Co., Ltd.'],
    ['Товариство з обмеженою відповідальністю «Зелений Гай»', 'Zelenyi Hai LLC'],
    ['Demir Çelik Sanayi ve Ticaret Anonim Şirketi', 'Demir Celik Sanayi ve Ticaret A.S.'],
    ['Vestfjord Laks Aksjeselskap', 'Vestfjord Laks AS'],
    ['Aegean Marble Anonymi Etaireia', 'Aegean Marble S.A.'],
    ['한화오션 주식회사', 'Hanwha Ocean Co. Ltd'],
    ['Северное Морское Пароходство', 'Northern Maritime Shipping Company'],
    ['Banque Commerciale du Sahel', 'Bank Commerciale du Sahel'],
    ['Calder Funding II Ltd', 'Calder Funding 2 Ltd'],
    ['远航号', 'YUAN HANG'],
    ['현대상선', 'Hyundai Merchant Marine'],
    ['شركة الرشيد للتجارة', 'Al Rasheed Trading'],
    ['Kowalczyk Logistyka Sp. z o.o.', 'Kowalczyk Logistics Ltd'],
    ['Brauerei Hollfeld GmbH', 'Hollfeld Brewery GmbH'],
    ['Pesquera Bahía Blanca S.A.', 'Bahia Blanca Fishing SA'],
    ['PT Pelayaran Samudra Jaya', 'PT Samudra Jaya Shipping'],
    ['香港永昌贸易有限公司', 'Wing Cheong Trading (Hong Kong) Ltd'],
    ['شركة الخليج للتجارة', 'Gulf Trading Company'],
    ['ТЕПЛОХОД «КАПИТАН ДРАНИЦЫН»', 'KAPITAN DRANITSYN'],
    ['ООО «Волжский Завод»', 'Volzhsky Zavod LLC'],
    ['한라호', 'HALLA'],
    ['ЖШС «Шымкент Құрылыс»', 'Shymkent Kurylys LLP'],
    ['ААТ «Гомель Шкло»', 'Gomel Shklo OJSC'],
    ['CONG TY TNHH THUONG MAI DICH VU AN PHAT', 'An Phat Trading Service Co Ltd'],
    ['大阪化学工業株式会社', 'Osaka Chemical Industry Co. Ltd.'],
    ['名古屋鉄工所', 'Nagoya Iron Works'],
    ['مؤسسة النخبة للتجارة', 'Al Nukhba Trading Establishment'],
    ['مؤسسة النخبة للتجارة', 'Al Nukhbah Trading Establishment'],
    ['Ordering customer - Rio Preto Metais Ltda', 'Rio Preto Metais Ltda'],
    ['ひまわり丸', 'HIMAWARI MARU'],
    ['Geumseong Machinery Co., Ltd.', 'Kumsong Machinery Co., Ltd.'],
    ['Mohammed Zaidan Trading', 'Muhammad Zaidan Trading'],
    ['KAPITAN KHLEBNIKOV', 'KAPITAN KHLEBNIKOFF'],
    ['AKADEMIK SHOKALSKIY', 'AKADEMIK CHOKALSKI'],
    ['FYODOR MAKAROV', 'FJODOR MAKAROW'],
    ['深圳市创新电子有限公司', 'Shenzhen Innovation Electronics Co. Ltd.'],
    ['深圳市创新电子有限公司', 'Shenzhen Chuangxin Electronics Co. Ltd.'],
    ['ООО «Находка Рыба»', 'Nakhodka Fish LLC'],
    ['«Վայք Գինի» ՍՊԸ', 'Vayk Wine LLC'],
    ['동해시멘트', 'Donghae Cement'],
    ['きょうえい丸', 'KYOEI MARU'],
    ['Tamm Ehitus OÜ', 'Tamm Construction Ltd'],
    ['Hagen Fiskeri AS', 'Hagen Fishing AS'],
    ['Taizhong Precision Machinery', 'Taichung Precision Machinery'],
    ['Hsin Chu Optical Co', 'Xinzhu Optical Co'],
    ['Abd al-Karim Trading Est.', 'Abdul Karim Trading Est.'],
    ['Abdel Karim Trading Est.', 'Abdul Karim Trading Est.'],
    ['Ghasemi Carpets', 'Qasemi Carpets'],
    ['ΚΑΠΕΤΑΝ ΓΙΑΝΝΗΣ', 'CAPTAIN GIANNIS'],
    ['سفينة الفجر', 'AL FAJR'],
    ['さくら丸', 'SAKURA MARU'],
    ['サトウ商事株式会社', 'Sato Shoji Co. Ltd.'],
    ['Друштво са ограниченом одговорношћу «Нови Сад Промет»', 'Novi Sad Promet DOO'],
    ['Дархан Төмөр ХХК', 'Darkhan Tomor LLC'],
    ['Предприниматель Соколов И.П.', 'Sokolov I.P.'],
    ['MV SILVER GULL (IMO 9234567)', 'SILVER GULL'],
    ['SILVER GULL (Panama flag)', 'SILVER GULL'],
    ['新日本丸', 'SHIN NIHON MARU'],
    ['«Արմենյան Շին» ՍՊԸ', 'Armenyan Shin LLC'],
    ['«Արմենյան Շին» ՍՊԸ', 'Armenyan Construction LLC'],
    ['บริษัท ทองดี จำกัด', 'Thongdee Co. Ltd.'],
    ['朝霧酒造株式会社', 'Asagiri Brewery Co., Ltd.'],
    ['Thanakorn Phatthana Rubber Co., Ltd.', 'Tanakorn Pattana Rubber Co., Ltd.'],
    ['/NAME/HARROWFIELD BEARINGS LTD', 'Harrowfield Bearings Limited'],
    ['1/HARROWFIELD BEARINGS LTD', 'Harrowfield Bearings Limited'],
    ['SEA FALCON ex ORIENT SWAN 3', 'Orient Swan 3'],
    ['Житопромет Чачак д.о.о.', 'Zitopromet Čačak d.o.o.'],
    ['Ђурђевић Транс ДОО', 'Djurdjevic Trans DOO'],
    ['Стъклопласт ЕООД', 'Stakloplast EOOD'],
    ['Kharkivskyi Miasokombinat Hrytsenko', 'Kharkovskiy Myasokombinat Gritsenko'],
    ['ФОП Коваленко Ірина Василівна', 'FOP Kovalenko Irina Vasilyevna'],
    ['ФОП Ткаченко Олександр Миколайович', 'FOP Tkachenko Aleksandr Nikolaevich'],
    ['Northfield Fibre Optics Ltd', 'Northfield Fiber Optics Ltd'],
    ['Harutyunyan Construction LLC', 'Arutyunyan Construction LLC'],
    ['MV AGHIOS DIMITRIOS', 'AYIOS DIMITRIOS'],
    ['Eirini Maritime SA', 'Irini Maritime SA'],
    ['Yiannoulis Shipping', 'Giannoulis Shipping'],
    ['Бъдеще Транс ЕООД', 'Badeshte Trans EOOD'],
    ['TIDE RUNNER (EX-SEA LARK 5, EX-MORNING TERN)', 'MORNING TERN'],
    ['Halvorsen Shipping Ltd (Reg. No. 04412345)', 'Halvorsen Shipping Ltd'],
    ['Ferrante Trasporti S.r.l. (sede secondaria di Bari)', 'Ferrante Trasporti S.r.l.'],
    ['Kingsbury International Freight Services Ltd', 'Kingsbury Intl Frt Svcs Ltd'],
    ['Lindqvist Åkeri AB', 'Lindqvist Haulage AB'],
    ['«Алматы Құрылыс» АҚ', 'Almaty Kurylys JSC'],
    ['Hallstatt Metallwaren Ges.m.b.H.', 'Hallstatt Metallwaren GesmbH'],
    ['HAJJ IBRAHIM', 'HADJ EBRAHIM'],
    ['ПАО «Уральская Горная Компания»', 'Uralskaya Gornaya Kompaniya PJSC'],
    ['Ets. Ouédraogo & Cie', 'Établissements Ouédraogo et Compagnie'],
    ['Ferreira & Cia', 'Ferreira e Companhia'],
    ['Northgate Cnosulting Ltd', 'Northgate Consulting Ltd'],
    ['شرکت کشتیرانی پارسیان', 'Parsian Shipping Company'],
    ['گروه صنعتی پاکشو', 'Paksh Industrial Group'],
    ['پاک عرب ریفائنری لمیٹڈ', 'Pak Arab Refinery Limited'],
    ['ရွှေစက် ကုမ္ပဏီလီမိတက်', 'Shwe Set Co., Ltd.'],
    ['ကြည်မြစ် ဆေးဝါး ကုမ္ပဏီလီမိတက်', 'Kyi Myit Pharmaceutical Co., Ltd.'],
    ['CÔNG TY TNHH ĐÓNG TÀU NAM PHONG', 'Nam Phong Shipbuilding Co., Ltd.'],
    ['בן דוד חומרי גלם בע״מ', 'Ben David Raw Materials Ltd'],
    ['مؤسسة الواحة الذهبية للمقاولات', 'Golden Oasis Contracting Est.'],
    ['مؤسسة الواحة الذهبية للمقاولات', 'Al Waha Al Dhahabiya Contracting Est.'],
    ['ООО «Северная Звезда»', 'Northern Star LLC'],
    ['ТОВ «Зелена Долина»', 'Zelena Dolyna LLC'],
    ['ТОВ «Зелена Долина»', 'Green Valley LLC'],
    ['Panayia Eleousa Shipping', 'Panagia Elousa Shipping'],
    ['Brightwater Colour Print Ltd', 'Brightwater Color Print Ltd'],
  ])('matches %s ~ %s', (a, b) => {
    expect(matches(a, b)).toBe(true);
  });

  it.each([
    ['Castellan Agro Exports Pvt. Ltd.', 'Castellan Agro Imports Pvt. Ltd.'],
    ['Golden Lotus Investment No. 3 Ltd', 'Golden Lotus Investment No. 8 Ltd'],
    ['ALTAIR STAR', 'ALTAIR STARS'],
    ['Varsk Global Trading LLC', 'Tollmere Global Trading LLC'],
    ['Korvessa Industrial GmbH', 'Korvessa Industrial Sdn. Bhd.'],
    ['Sparta II', 'Sparta III'],
    ['Harbour Finch I', 'Harbour Finch II'],
    ['Harbour Finch', 'Harbour Finch II'],
    ['Tamsin Holdings Ltd', 'Tamsin Holdings 2 Ltd'],
    ['KESTREL DAWN', 'Kestrel Dawn Shipmanagement Ltd'],
    ['Brightwater Valves Ltd', 'Brightwater Valves (India) Pvt. Ltd.'],
    ['Lorvane Trading GmbH', 'Lorvane Trading S.A.'],
    ['Qingming Electronic Co., Ltd.', 'Qingming Electric Co., Ltd.'],
    ['Hale Brothers Ltd', 'Gale Brothers Ltd'],
    ['Nazarov Cotton Group', 'Nazarova Cotton Group'],
    ['Zhukovsky Trading', 'Zhukovskaya Trading'],
    ['Wuxi Hualan Textiles Co., Ltd.', 'Wuxi Hualian Textiles Co., Ltd.'],
    ['Ningbo Beichen Shipping Co., Ltd.', 'Ningbo Beichuan Shipping Co., Ltd.'],
    ['Kyivska Pekarnia', 'Kharkivska Pekarnia'],
    ['Hold Trading Ltd', 'Gold Trading Ltd'],
    ['Crown Stable Supplies Ltd', 'Crown Staple Supplies Ltd'],
    ['Daeyeong Marine Co., Ltd.', 'Daeyeon Marine Co., Ltd.'],
    ['شرکت کشتیرانی پارسیان', 'Parsian Trading Company'],
    ['Sakura Denki Co., Ltd.', 'Sakura Denko Co., Ltd.'],
    ['Coral Heron Shipping (Monrovia)', 'Coral Heron Shipping'],
    ['Petrovsky Trading', 'Petrov Trading'],
    ['Brenmoor Timber Limited', 'Brenmoor Timber Holdings Limited'],
    ['Golden Reed Trading Ltd', 'Golden Reed Trading (HK) Ltd'],
    ['Wisniewski Sp. z o.o.', 'Wisniewska Sp. z o.o.'],
    ['Gold Star Trading', 'Kold Star Trading'],
    ['Mohammed Trading', 'Mahmoud Trading'],
    ['Wayfield Grain Co.', 'Weighfield Grain Co.'],
    ['شركة الرشيد للتجارة', 'Al Rashad Trading'],
    ['บริษัท ทองดี จำกัด', 'Tongda Co. Ltd.'],
  ])('separates %s / %s', (a, b) => {
    expect(matches(a, b)).toBe(false);
  });

  it('explains every agreeing word and every difference', () => {
    const c = scoreNamePair('Rabinovich Medical Logistics Ltd', 'Rabinowitz Medical Logistics Ltd');
    expect(c.pairings.find((p) => p.query === 'rabinovich')).toMatchObject({ listed: 'rabinowitz', evidence: 'spelling variant' });
    const d = scoreNamePair('Kaiyo Maru No. 8', 'Kaiyo Maru No. 9');
    expect(d.adjustments.join(' ')).toContain('numbers differ');
  });

  it('translates an abbreviation of a foreign word like the word written out', () => {
    const c = scoreNamePair('Com. de Alimentos Rocha', 'Comercio de Alimentos Rocha');
    expect(c.pairings.find((p) => p.query === 'com')).toMatchObject({ listed: 'comercio', evidence: 'translation' });
  });

  it('transliterates non-Latin scripts before comparing', () => {
    expect(matches('沧澜远洋航运有限公司', 'Canglan Ocean Shipping Co., Ltd.')).toBe(true);
    expect(matches('Владимир Путин', 'Vladimir Putin')).toBe(true);
  });
  it('reads word boundaries next to accented letters (Coopérative is not the abbreviation Coop)', () => {
    expect(matches('Laiterie Coopérative de Thiès', 'Laiterie Cooperative de Thies')).toBe(true);
    expect(matches('Nordhavn Shipping A/S f.k.a. Baltic Tern Shipping A/S', 'Baltic Tern Shipping A/S')).toBe(true);
  });

  it('keeps a single letter hyphenated to a word as part of it', () => {
    expect(matches('e-Kargo Solutions Ltd', 'EKARGO SOLUTIONS LTD')).toBe(true);
  });

  it('sets aside the port or flag noted after a ship known to be a ship', () => {
    const vessel = (a: string, b: string) => scoreNamePair(a, b, undefined, 'vessel').score >= MATCH_THRESHOLD;
    expect(vessel('ARGO PHOENIX (Piraeus)', 'Argo Phoenix')).toBe(true);
    expect(vessel('MT KALINDA STAR - Liberia', 'Kalinda Star')).toBe(true);
    expect(vessel('Kalinda Star', 'Kalinda Star Shipping Ltd')).toBe(false);
    expect(matches('Kerrow Minerals - Liberia', 'Kerrow Minerals')).toBe(false);
    expect(matches('Selvarani Spinning Mills (P) Ltd — Tiruppur, Tamil Nadu', 'Selvarani Spinning Mills Private Limited')).toBe(true);
  });
  it('tells a local form written in English from another English form', () => {
    expect(matches('Kerrowan Minerals Pty Ltd', 'Kerrowan Minerals Inc.')).toBe(false);
    expect(matches('Kerrowan Minerals Pty Ltd', 'Kerrowan Minerals Limited')).toBe(true);
    expect(matches('Hollmark Maschinenbau GmbH', 'Hollmark Maschinenbau Ltd.')).toBe(true);
    expect(matches('Scheldeborg Havenbedrijf BV', 'Scheldeborg Havenbedrijf Private Limited Company')).toBe(true);
  });

  it('reads a long word that happens to split into Mandarin syllables as an ordinary name', () => {
    expect(matches('Oyelaran Agro Allied Industries Ltd', 'Oyelaren Agro Allied Industries Ltd')).toBe(true);
    expect(matches('Jinlan Trading Co., Ltd.', 'Jinlian Trading Co., Ltd.')).toBe(false);
  });
  it('reads Belarusian names by Belarus\'s own romanisation', () => {
    expect(matches('ТАА «Нёманскі Бераг»', 'Niomanski Bierah LLC')).toBe(true);
    expect(matches('Уладзімір Мароз', 'Uladzimir Maroz')).toBe(true);
  });

  it('reads French and Greek register abbreviations and a Chinese ship number', () => {
    expect(matches('Société Nouvelle des Établissements Kaboré', 'Sté Nlle des Ets Kaboré')).toBe(true);
    expect(matches('Βλαχογιάννης & Υιοί Ο.Ε.', 'Vlachogiannis & Sons O.E.')).toBe(true);
    expect(scoreNamePair('长海8号', 'CHANG HAI 8', undefined, 'vessel').score).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
  });

  it('tells a Kazakh partnership from a Russian company, and reads a Ukrainian one in Russian', () => {
    expect(matches('ТОО «Бриско Групп»', 'ООО «Бриско Групп»')).toBe(false);
    expect(matches('OOO Dneprovskiy Elevator', 'ТОВ «Дніпровський Елеватор»')).toBe(true);
  });
  it('reads Wade-Giles surnames, Russian ye after a vowel and activity words cut short', () => {
    expect(matches('Hsieh Fu Electronics Co., Ltd.', 'Xie Fu Electronics Co., Ltd.')).toBe(true);
    expect(matches('Yermolayev Trading LLC', 'Ermolaev Trading LLC')).toBe(true);
    expect(matches('Al Wasit Building Materials & Equipment Trading', 'Al Wasit Bldg Mat & Equip Trdg')).toBe(true);
  });

  it('keeps two English words that sound alike apart, but not a foreign spelling of one', () => {
    expect(matches('Byte Size Software Ltd', 'Bite Size Software Ltd')).toBe(false);
    expect(matches('Grin Shipping Ltd', 'Green Shipping Ltd')).toBe(true);
  });
  it('doubts a short proper name with one consonant for an unlike one, not a slip in a word or a long name', () => {
    expect(matches('Mehta Brothers Exports', 'Mehra Brothers Exports')).toBe(false);
    expect(matches('Schulze GmbH', 'Schulte GmbH')).toBe(false);
    expect(matches('Caliber Wealth Managemelt Ltd', 'Caliber Wealth Management Ltd')).toBe(true);
    expect(matches('Faysal Ahmaf Bin Ali', 'Faysal Ahmad Bin Ali')).toBe(true);
    expect(matches('Abdulkadir Transport', 'Abdulqadir Transport')).toBe(true);
  });
  it('reads Uzbek, Mongolian and Kazakh Latin spellings', () => {
    expect(matches('Ўзбекистон Пахта МЧЖ', 'Oʻzbekiston Paxta MChJ')).toBe(true);
    expect(matches('Ғалаба Савдо', "G'alaba Savdo")).toBe(true);
    expect(matches('Өлзий Трейд ХХК', 'Ulzii Trade LLC')).toBe(true);
    expect(matches('Şymkent Qūrylys JŞS', 'Shymkent Kurylys LLP')).toBe(true);
    expect(matches('Demir Çelik Sanayi ve Ticaret Anonim Şirketi', 'Demir Celik Sanayi ve Ticaret A.S.')).toBe(true);
  });
  it('reads the Greek Chatzi-/Hadji- prefix and a Chinese family 氏 as registrations write them', () => {
    expect(matches('Χατζηγεωργίου Α.Ε.', 'Hadjigeorgiou S.A.')).toBe(true);
    expect(matches('林氏船務', 'Lim Shipping')).toBe(true);
  });
  it('reads the haček letters of Latin alphabets and the scholarly Cyrillic spelling as English writes them', () => {
    expect(matches('Щукин Транс', 'Ščukin Trans')).toBe(true);
    expect(matches('Чайка', 'Čajka')).toBe(true);
    expect(matches('Kovačević Građevina', 'Kovachevich Gradevina')).toBe(true);
    expect(matches('Дрвопромет Ужице д.о.о.', 'Drvopromet Užice d.o.o.')).toBe(true);
    expect(matches("Jur'ev Trading", 'Jurev Trading')).toBe(true);
  });
  it('keeps apart two Vietnamese names written with different marks, and reads a name given in two languages', () => {
    expect(matches('Hùng Phát Co., Ltd', 'Hưng Phát Co., Ltd')).toBe(false);
    expect(matches('Công ty TNHH Hùng Phát', 'Hung Phat Co., Ltd')).toBe(true);
    expect(matches('Transporturi Ştefănescu SRL', 'Transporturi Ștefănescu SRL')).toBe(true);
    expect(matches('Kauno Grūdai UAB / Kaunas Grain JSC', 'Kaunas Grain JSC')).toBe(true);
  });
  it('reads an English loanword written in katakana by the consonants both spellings keep', () => {
    expect(matches('株式会社ミナトリンクス', 'Minato Links Co., Ltd.')).toBe(true);
    expect(matches('スターライト株式会社', 'Starlight Co., Ltd.')).toBe(true);
    expect(matches('スターライト株式会社', 'Starline Co., Ltd.')).toBe(false);
  });
});
