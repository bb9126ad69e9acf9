import { romaniseBurmese } from 'src/agents/due-diligence/burmese-romaniser';
import { greekStem, romaniseGreek } from 'src/agents/due-diligence/greek-romaniser';
import { hanReadings } from 'src/agents/due-diligence/han-readings';
import { matchesHangulAnyOrder, syllableSpellings } from 'src/agents/due-diligence/hangul-romaniser';
import { MATCH_THRESHOLD } from 'src/agents/due-diligence/name-matcher';
import { parseName } from 'src/agents/due-diligence/name-normaliser';
import { scoreNamePair } from 'src/agents/due-diligence/party-screener';
import { isAlternative, segmentsInto } from 'src/agents/due-diligence/romanisation-variants';

const score = (a: string, b: string) => scoreNamePair(a, b, undefined, 'individual').score;

describe('Han readings', () => {
  it('knows Korean and Japanese readings besides pinyin', () => {
    expect(hanReadings('金')).toEqual(expect.arrayContaining(['jin', 'kim', 'kane']));
    expect(hanReadings('田')).toEqual(expect.arrayContaining(['tian', 'ta', 'da']));
  });

  it('matches a name in characters with its Korean or Japanese spelling, and not with another name', () => {
    expect(score('金正恩', 'Kim Jong Un')).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    expect(score('山田太郎', 'Yamada Taro')).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    expect(score('伊藤博文', 'Ito Hirobumi')).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    expect(score('山田太郎', 'Tanaka Hanako')).toBeLessThan(MATCH_THRESHOLD);
  });

  it('keeps a numeral inside a personal name but reads ship numbers as digits', () => {
    expect(score('鈴木一郎', 'Suzuki Ichiro')).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    expect(score('第八星風丸', '第十八星風丸')).toBeLessThan(MATCH_THRESHOLD);
  });
});

describe('romanisation alternatives', () => {
  it('folds long vowels and segments a word into per-character readings, voicing inside a compound', () => {
    expect(isAlternative(['satou'], 'Sato')).toBe(true);
    expect(segmentsInto('yamada', [['yama'], ['ta']])).toBe(true);
    expect(segmentsInto('yamata', [['yama'], ['da']])).toBe(false);
    expect(segmentsInto('yamada', [['yama']])).toBe(false);
  });

  it('joins kana with the characters around them, even where folding merges a vowel pair across the joint', () => {
    expect(segmentsInto('hoshinoura', [['xing', 'hoshi'], ['no'], ['pu', 'ura']])).toBe(true);
    expect(score('星ノ浦物産株式会社', 'Hoshinoura Bussan Co., Ltd.')).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    expect(score('星ノ浦物産株式会社', 'Hoshinomiya Bussan Co., Ltd.')).toBeLessThan(MATCH_THRESHOLD);
  });
});

describe('Hebrew', () => {
  it('compares consonant skeletons with ש written s or sh', () => {
    expect(score('שמש אחזקות בע"מ', 'Shemesh Holdings Ltd')).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    expect(score('שמש אחזקות בע"מ', 'Shimon Holdings Ltd')).toBeLessThan(MATCH_THRESHOLD);
  });

  it('reads ב as b or v, drops the vowel letters and accepts tz, kh and sh spellings', () => {
    expect(score('דביר אבוטבול סחר בע"מ', 'Dvir Abutbul Trading Ltd')).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    expect(score('יעקב חזן בע"מ', 'Yaakov Hazan Ltd')).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    expect(score('יעקב חזן בע"מ', 'Yaakov Cohen Ltd')).toBeLessThan(MATCH_THRESHOLD);
  });
});

describe('Cyrillic ё', () => {
  it('is spelt yo as well as e', () => {
    expect(score('Фёдоров Семён', 'Fyodorov Semyon')).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    expect(score('Фёдоров Семён', 'Fedorov Semen')).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    expect(score('Фёдоров Семён', 'Fyodorov Stepan')).toBeLessThan(MATCH_THRESHOLD);
  });
});

describe('Belarusian given names', () => {
  it('meet their Russian forms, and only those', () => {
    expect(score('ІП Сцяпан Жураўлёў', 'IP Stepan Zhuravlev')).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    expect(score('ІП Мікалай Каваленка', 'IP Nikolai Kovalenko')).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    expect(score('ІП Мікалай Каваленка', 'IP Nikita Kovalenko')).toBeLessThan(MATCH_THRESHOLD);
  });
});

describe('Indian scripts and spellings', () => {
  it('meet English business words written in an Indian script on their consonants', () => {
    expect(score('ಮೈಸೂರು ಸಿಲ್ಕ್ ಹೌಸ್', 'Mysuru Silk House')).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    expect(score('ਸੰਧੂ ਟਰੈਕਟਰ ਪਾਰਟਸ', 'Sandhu Tractor Parts')).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    expect(score('ਸੰਧੂ ਟਰੈਕਟਰ ਪਾਰਟਸ', 'Sandhu Textile Mills')).toBeLessThan(MATCH_THRESHOLD);
  });

  it('read Laxmi as Lakshmi and Shree as Shri', () => {
    expect(score('Shri Laxmi Narayan Udyog', 'Sri Lakshmi Narayan Udyog')).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    expect(score('Shri Laxmi Narayan Udyog', 'Sri Lakshmi Prasad Udyog')).toBeLessThan(MATCH_THRESHOLD);
  });
});

describe('Azerbaijani', () => {
  it('spells ə, x, q and c as English spellings do', () => {
    expect(score('Gəncə Tikinti MMC', 'Ganja Tikinti LLC')).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    expect(score('Xəzər Ulduzu', 'KHAZAR ULDUZU')).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    expect(score('Xəzər Ulduzu', 'KHAZAR GUNESHI')).toBeLessThan(MATCH_THRESHOLD);
  });
});

describe('place adjectives', () => {
  it('insert a vowel before the suffix and lose a haček in export', () => {
    expect(score('ООО «Вологодская Лесопильная Компания»', 'Vologda Lesopilnaya Company LLC')).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    expect(score('Шумадијска Пивара а.д.', 'Sumadija Pivara')).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
  });
});

describe('Vietnamese written with its marks', () => {
  it('keeps a word written without a mark apart from one written with it, but meets a plain export', () => {
    expect(score('Công ty TNHH Thanh Đạt', 'Công ty TNHH Thành Đạt')).toBeLessThan(MATCH_THRESHOLD);
    expect(score('Công ty TNHH Thành Đạt', 'Cong ty TNHH Thanh Dat')).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
  });
});

describe('Japanese and Korean spellings', () => {
  it('meet Kunrei-shiki and Hepburn spellings of one word, not two romaji words that differ', () => {
    expect(score('Tsuchiura Shokuhin K.K.', 'Tutiura Syokuhin K.K.')).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    expect(score('Tina Trading', 'China Trading')).toBeLessThan(MATCH_THRESHOLD);
  });

  it('split English loanwords off a Hangul name (마린텍 Marine Tech, 스타 Star)', () => {
    expect(score('주식회사 부산마린텍', 'Pusan Marine Tech Co., Ltd.')).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    expect(score('청해스타', 'CHUNGHAE STAR')).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
  });
});

describe('Greek', () => {
  it('romanises by ELOT 743 and compares declension-free stems', () => {
    expect(romaniseGreek('Ευάγγελος')).toBe('Evangelos');
    expect(greekStem('Alexandros')).toBe(greekStem('Alexander'));
    expect(greekStem('Nikolaos')).toBe(greekStem('Nicholas'));
    expect(score('Αλέξανδρος', 'Alexander')).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    expect(score('Αλέξανδρος', 'Alexis')).toBeLessThan(MATCH_THRESHOLD);
  });
});

describe('Burmese', () => {
  it('offers the other register spellings of ambiguous syllables', () => {
    const seen = new Map<string, string[]>();
    expect(romaniseBurmese('ကြယ်', (s, alts) => seen.set(s, alts))).toBe('kye');
    expect(seen.get('kye')).toContain('kyal');
    expect(score('မြင့်ဆွေ', 'Myint Swe')).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
  });

  it('keeps the final of ိုင် and ိုက် (Hlaing, Paik)', () => {
    expect(romaniseBurmese('လှိုင်')).toBe('hlaing');
    expect(romaniseBurmese('ပိုက်')).toBe('paik');
    expect(score('မင်းအောင်လှိုင်', 'Min Aung Hlaing')).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
  });
});

describe('Hangul', () => {
  it('spells each syllable every common way and accepts the family name last', () => {
    expect(syllableSpellings('김정은')[0]).toEqual(expect.arrayContaining(['kim', 'gim']));
    expect(matchesHangulAnyOrder('김정은', 'jongunkim')).toBe(true);
  });

  it('keeps the family name Na (not read as a Swahili "and") and accepts Young for 영', () => {
    expect(score('나경원', 'Na Kyung-won')).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    expect(score('정동영', 'Chung Dong-young')).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    expect(parseName('Duka la Mama na Watoto').primary.tokens.map((t) => t.text)).toContain('&');
  });
});

describe('given names written as one word', () => {
  it('aligns the word with the readings of two consecutive characters, as one unit', () => {
    const c = scoreNamePair('李克强', 'Li Keqiang', undefined, 'individual');
    expect(c.score).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    expect(c.pairings).toContainEqual(expect.objectContaining({ query: 'ke qiang', listed: 'keqiang', evidence: 'readings of consecutive characters' }));
    expect(score('朱镕基', 'Zhu Rongji')).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    expect(score('全斗煥', 'Chun Doohwan')).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
  });

  it('does not align a word that spells only one of the characters', () => {
    expect(score('李克强', 'Li Kejun')).toBeLessThan(MATCH_THRESHOLD);
  });
});

describe('Cyrillic initial Е', () => {
  it('accepts Ye and E spellings of a word-initial Е', () => {
    expect(score('Евгений Пригожин', 'Yevgeny Prigozhin')).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    expect(score('Елена Петрова', 'Yelena Petrova')).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    expect(score('Елена Петрова', 'Yelena Petrenko')).toBeLessThan(MATCH_THRESHOLD);
  });
});

describe('Wade-Giles apostrophes', () => {
  it('joins a syllable split at its aspirate apostrophe before comparing it with the character', () => {
    expect(score('蔣經國', "Chiang Ch'ing-kuo")).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
  });
});

describe('Cyrillic soft and hard signs', () => {
  it('drops ь and ъ instead of splitting the word at an apostrophe', () => {
    expect(scoreNamePair('Борис Ельцин', 'Boris Yeltsin').score).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    expect(scoreNamePair('Борис Ельцин', 'Boris Yefimov').score).toBeLessThan(MATCH_THRESHOLD);
  });
});

describe('readings of characters stay name syllables', () => {
  it('keeps 根 gen and 安 an as name tokens, not the word "general" or a particle', () => {
    const tokens = parseName('安重根').primary.tokens;
    expect(tokens.map((t) => t.text)).toContain('gen');
    expect(tokens.every((t) => t.kind !== 'generic' && t.kind !== 'particle')).toBe(true);
  });
});

