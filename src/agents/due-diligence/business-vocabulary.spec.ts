import { MATCH_THRESHOLD } from 'src/agents/due-diligence/name-matcher';
import { parseName } from 'src/agents/due-diligence/name-normaliser';
import { scoreNamePair } from 'src/agents/due-diligence/party-screener';
import { transliterate } from 'src/agents/due-diligence/transliteration';

const score = (a: string, b: string) => scoreNamePair(a, b).score;
const words = (name: string) => parseName(name).primary.tokens.map((t) => t.text);

describe('business words written in other scripts', () => {
  it('translates Japanese activity words, in kanji and katakana, and their romaji', () => {
    expect(words('株式会社若松水産')).toContain('fisheries');
    expect(words('ミドリ機械株式会社')).toContain('machinery');
    expect(score('株式会社白浜製作所', 'Shirahama Seisakusho Co., Ltd.')).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    expect(score('Shirahama Seisakusho Co., Ltd.', 'Shirahama Works Co., Ltd.')).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    expect(words('サクラ・ホールディングス株式会社')).toContain('holdings');
  });

  it('splits Korean activity words off the end of a Hangul run, never out of a personal name', () => {
    expect(words('한빛기계 주식회사')).toEqual(['hanbit', 'machinery']);
    expect(score('㈜새벽정밀', 'Saebyeok Precision Co., Ltd.')).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    // 전기 ("electric") opens this name but does not end it.
    expect(words('전기현')).toEqual(['jeongihyeon']);
  });

  it('reads a Korean ship number (제N…호, …N호) as the ship name and a number', () => {
    const ship = parseName('제3동방호').primary;
    expect(ship.numbers).toEqual(['3']);
    expect(score('제3동방호', 'DONGBANG NO.3')).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    expect(score('제3동방호', 'DONGBANG NO.5')).toBeLessThan(MATCH_THRESHOLD);
  });

  it('translates Chinese goods words and drops the city suffix of the place', () => {
    expect(score('宁波市华远玩具有限公司', 'Ningbo Huayuan Toys Co., Ltd.')).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    expect(score('Ningbo Huayuan Wanju Co., Ltd.', 'Ningbo Huayuan Toys Co., Ltd.')).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    expect(words('温州恒达阀门有限公司')).toContain('valves');
  });

  it('translates Hebrew activity words', () => {
    expect(words('גולן מכונות בע"מ')).toContain('machinery');
    expect(words('שקד מוצרים בע"מ')).toEqual(['skd', 'products']);
  });

  it('translates Cyrillic, Armenian, Georgian and Greek business words as whole words only', () => {
    expect(words('ООО «Северная Судоходная Компания»')).toEqual(['northern', 'shipping']);
    // A compound name keeps its roots: Сибтранссервис is one name, not "transport service".
    expect(words('ООО «Сибтранссервис»')).toEqual(['sibtransservis']);
    expect(words('Արարատ Շինարարություն ՍՊԸ')).toEqual(['ararat', 'construction']);
    expect(words('შპს „კავკასია ლოჯისტიკა“')).toEqual(['kavkasia', 'logistics']);
    expect(score('Νικολάου Αδελφοί Α.Ε.', 'Nikolaou Brothers S.A.')).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
  });

  it('reads Russian У as U outside Belarusian text', () => {
    expect(transliterate('Уралмаш').text.toLowerCase()).toBe('uralmash');
    expect(transliterate('Уладзімір').text.toLowerCase()).toBe('vladzimir');
  });

  it('writes Kazakh letters the way Kazakh companies spell them in Latin', () => {
    expect(transliterate('Қазақ Өнім').text.toLowerCase()).toBe('kazak onim');
    expect(parseName('ТОО «Алтын Құм»').primary.legalForms.map((f) => f.code)).toEqual(['too']);
  });

  it('compares a Georgian loanword with and without its nominative -i', () => {
    expect(score('შპს „ბათუმი ექსპორტი“', 'Batumi Eksport LLC')).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
  });

  it('accepts the Myanmar English -ar of an open a', () => {
    expect(score('ရတနာ ကုန်သွယ်ရေး ကုမ္ပဏီလီမိတက်', 'Yadanar Trading Co., Ltd.')).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
  });

  it('knows spelt-out Hungarian and Vietnamese legal forms', () => {
    expect(parseName('Dunapart Korlátolt Felelősségű Társaság').primary.legalForms.map((f) => f.code)).toEqual(['kft']);
    expect(parseName('Công ty TNHH Hưng Thịnh').primary.legalForms.map((f) => f.code)).toContain('ltd');
  });
});

describe('sea transport', () => {
  it('is shipping, in English and in translation (Vietnamese, Burmese)', () => {
    expect(score('Công ty TNHH Vận tải Biển Ánh Dương', 'Anh Duong Sea Transport Co., Ltd.')).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    expect(score('Nordic Maritime Transport AS', 'Nordic Shipping AS')).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    expect(score('青岚海洋渔业有限公司', 'Qinglan Ocean Fishery Co., Ltd.')).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    expect(score('Nordic Sea Transport AS', 'Nordic Air Transport AS')).toBeLessThan(MATCH_THRESHOLD);
    expect(score('ရွှေမြစ် ရေကြောင်းပို့ဆောင်ရေး ကုမ္ပဏီလီမိတက်', 'Shwe Myit Shipping Co., Ltd.')).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    expect(score('ဇေယျာ သင်္ဘောလုပ်ငန်း ကုမ္ပဏီလီမိတက်', 'Zeya Shipping Co., Ltd.')).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    expect(score('ဦးသန်းထိုက် နှင့်သားများ', 'U Than Htaik & Sons')).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    expect(score('شركة الواحة للنقل البري', 'Al Waha Land Transport Co.')).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    expect(score('شركة دجلة للمقاولات العامة', 'Dijla General Contracting Company')).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
  });
});

describe('words translated by a phrase and legal forms written out', () => {
  it('meet the phrase word by word (fiskeoppdrett, fish farming)', () => {
    expect(score('Nordlys Fiskeoppdrett AS', 'Nordlys Fish Farming AS')).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    expect(score('Nordlys Fiskeoppdrett AS', 'Nordlys Fish Trading AS')).toBeLessThan(MATCH_THRESHOLD);
  });

  it('read Spółka Akcyjna as S.A., Teoranta as Limited and Close Corporation as CC', () => {
    expect(score('Chłodnia Śląska S.A.', 'Chlodnia Slaska Spolka Akcyjna')).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    expect(score('Ballycastle Seafoods Teoranta', 'Ballycastle Seafoods Limited')).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    expect(score('Mthembu Construction CC', 'Mthembu Construction Close Corporation')).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
  });
});

describe('phrases and characters outside the tables', () => {
  it('joins a Vietnamese activity phrase, so the English word and a plain-ASCII export both meet it', () => {
    expect(score('Công ty TNHH Vận tải Bình An', 'Binh An Transport Co., Ltd.')).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    expect(score('Công ty TNHH Vận tải Bình An', 'CONG TY TNHH VAN TAI BINH AN')).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
  });

  it('lets a Han character outside the readings table join its neighbours into one place name', () => {
    expect(score('厦门鸿图家具有限公司', 'Xiamen Hongtu Furniture Co., Ltd.')).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
  });
  it('translates the wider activity vocabulary of many languages, written and romanised', () => {
    expect(score('גלבוע מערכות השקיה בע"מ', 'Gilboa Irrigation Systems Ltd')).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    expect(score('Mebel Kamenka OOO', 'Kamenka Furniture LLC')).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    expect(score('Quincaillerie Diabaté Frères', 'Diabaté Brothers Hardware')).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    expect(score('شركة دجلة للصناعات الغذائية', 'Dijla Food Industries Co.')).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    expect(score('Shemesh Communications Ltd', 'Shemesh Tikshoret Ltd')).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    // A translated activity word still tells siblings apart.
    expect(score('Mebel Kamenka OOO', 'Kamenka Transport LLC')).toBeLessThan(MATCH_THRESHOLD);
  });
  it('reads Lao, Khmer and Amharic company words, and Lao names as spelt in Latin', () => {
    expect(score('ບໍລິສັດ ສີສະຫວັດ ຈຳກັດ', 'Sisavat Company Limited')).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    expect(score('ສະຫວັນ ການຄ້າ', 'Savan Trading')).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    expect(score('አዲስ ቡና', 'Addis Coffee')).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    expect(words('ក្រុមហ៊ុន សុខា')).not.toContain('kromhon');
  });
});
