import { asciiFold } from 'src/common/ascii-fold';
import { isHangul, romaniseHangul } from 'src/agents/due-diligence/hangul-romaniser';
import { BRAHMIC_RUN, brahmicBusinessWord, romaniseBrahmic } from 'src/agents/due-diligence/brahmic-romaniser';
import { romaniseBurmese } from 'src/agents/due-diligence/burmese-romaniser';
import { isGreek, romaniseGreek } from 'src/agents/due-diligence/greek-romaniser';
import { hanReadings, wadeGiles } from 'src/agents/due-diligence/han-readings';
import { readJapaneseCompounds } from 'src/agents/due-diligence/japanese-name-readings';
import { GENERIC_WORDS, HANGUL_BUSINESS_WORDS, SCRIPT_BUSINESS_WORDS, scriptWordKey } from 'src/agents/due-diligence/name-vocabulary';
import { DESCRIPTIVE_NATIVE_WORDS } from 'src/agents/due-diligence/descriptive-words';

const anyAscii = asciiFold;

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const BURMESE = /[\u1000-\u109f]/u;
const HAN = /\p{Script=Han}/u;
/** A Latin word with a letter beyond a–z (a mark, or a letter such as ø or ß). */
/** Letters only Vietnamese writes: ơ, ư, đ and the vowels with tone marks of the Latin Extended Additional block. */
const VIETNAMESE_MARKS = /[ơưđ\u1ea0-\u1ef9]/iu;
/** Prefix of a word's written form when it comes from a name written in Vietnamese with its marks. */
export const VIETNAMESE_WRITTEN = 'vi:';
const MARKED_LATIN_WORD = /\p{Script=Latin}*(?![A-Za-z])\p{Script=Latin}\p{Script=Latin}*/gu;
const MARKED_CONSONANT = /[şçğčšžŝĉŞÇĞČŠŽŜĈ]/u;
const MARKED_WORD = /\p{Script=Latin}*[şçğčšžŝĉŞÇĞČŠŽŜĈ]\p{Script=Latin}*/gu;
/** ດ and ບ closing a syllable: after a vowel sign, tone mark or ອ, before no vowel sign of their own. */
const LAO_FINAL_D = /(?<=[\u0eb0-\u0ebc\u0ec8-\u0ecd\u0ead])ດ(?![\u0eb0-\u0ebc\u0ec8-\u0ecd])/gu;
const LAO_FINAL_B = /(?<=[\u0eb0-\u0ebc\u0ec8-\u0ecd\u0ead])ບ(?![\u0eb0-\u0ebc\u0ec8-\u0ecd])/gu;
/** Scripts written without (most) vowels: their romanisations are compared by consonant skeleton. */
const ABJAD = /[\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\u1000-\u109f\u0e00-\u0e7f]/u;

/** Japanese numerals counted the native way, as names use them before つ (三つ mitsu). */
const NATIVE_COUNTED: Record<string, string> = { 一: 'hitotsu', 二: 'futatsu', 三: 'mitsu', 四: 'yotsu', 五: 'itsutsu', 六: 'mutsu', 七: 'nanatsu', 八: 'yatsu' };

const CJK_DIGITS: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** 十八 → 18, 二十 → 20, 百 → 100: vessel numerals are distinctive and must survive as digits. */
function cjkNumeralToDigits(run: string): string {
  let total = 0;
  let current = 0;
  for (const ch of run) {
    if (ch === '十' || ch === '百' || ch === '千') {
      const unit = ch === '十' ? 10 : ch === '百' ? 100 : 1000;
      total += (current === 0 ? 1 : current) * unit;
      current = 0;
    } else {
      current = current * 10 + (CJK_DIGITS[ch] ?? 0);
    }
  }
  return String(total + current);
}

/**
 * Georgian in the national romanisation without the ejective apostrophes (ტ t, წ ts, ჭ ch): the
 * spelling companies register in Latin (Mtatsminda), where generic tables write "mtats'minda".
 */
const GEORGIAN: Record<string, string> = {
  ა: 'a', ბ: 'b', გ: 'g', დ: 'd', ე: 'e', ვ: 'v', ზ: 'z', თ: 't', ი: 'i', კ: 'k', ლ: 'l', მ: 'm', ნ: 'n', ო: 'o', პ: 'p', ჟ: 'zh', რ: 'r',
  ს: 's', ტ: 't', უ: 'u', ფ: 'p', ქ: 'k', ღ: 'gh', ყ: 'q', შ: 'sh', ჩ: 'ch', ც: 'ts', ძ: 'dz', წ: 'ts', ჭ: 'ch', ხ: 'kh', ჯ: 'j', ჰ: 'h',
};
const GEORGIAN_RUN = /[\u10d0-\u10ff]+/gu;

/**
 * Armenian as registers and passports write it (ու u, ռ r, թ t, no apostrophes): generic tables
 * give "Arrevtowr" and "Shinararowt'yown". ե is ye and ո vo at the start of a word.
 */
const ARMENIAN: Record<string, string> = {
  ա: 'a', բ: 'b', գ: 'g', դ: 'd', ե: 'e', զ: 'z', է: 'e', ը: 'y', թ: 't', ժ: 'zh', ի: 'i', լ: 'l', խ: 'kh', ծ: 'ts', կ: 'k', հ: 'h', ձ: 'dz',
  ղ: 'gh', ճ: 'ch', մ: 'm', յ: 'y', ն: 'n', շ: 'sh', ո: 'o', չ: 'ch', պ: 'p', ջ: 'j', ռ: 'r', ս: 's', վ: 'v', տ: 't', ր: 'r', ց: 'ts', ւ: 'v',
  փ: 'p', ք: 'k', օ: 'o', ֆ: 'f', և: 'ev',
};
const ARMENIAN_RUN = /[\u0531-\u0587]+/gu;

function romaniseArmenian(word: string): string {
  const lower = word.toLowerCase().replace(/ու/gu, '\u0000');
  let out = '';
  Array.from(lower).forEach((ch, i) => {
    if (ch === '\u0000') out += 'u';
    else if (i === 0 && ch === 'ե') out += 'ye';
    else if (i === 0 && ch === 'ո') out += 'vo';
    else if (i === 0 && ch === 'ը') out += 'e';
    else out += ARMENIAN[ch] ?? ch;
  });
  return out;
}

/** Kazakh letters as Kazakh companies spell them in Latin (Ақжол Akzhol, Өскемен Oskemen). */
const KAZAKH: Record<string, string> = { қ: 'k', Қ: 'K', ғ: 'g', Ғ: 'G', ң: 'n', Ң: 'N', ө: 'o', Ө: 'O', ү: 'u', Ү: 'U', ұ: 'u', Ұ: 'U', ә: 'a', Ә: 'A', һ: 'h', Һ: 'H' };

/** Kazakh letters written as the Latin letters of their usual romanisation (Құрылыс Kurylys). */
function romaniseKazakhLetters(text: string): string {
  return text.replace(/[қҚғҒңҢөӨүҮұҰәӘһҺ]/gu, (ch) => KAZAKH[ch] ?? ch);
}

const HAS_NON_ASCII = /[^\p{ASCII}]/u;

/**
 * Replaces business words of alphabetic scripts by their English, whole words and phrases only
 * (see SCRIPT_BUSINESS_WORDS): Судоходная Компания is "shipping company", Уралтехснаб stays a name.
 */
function replaceScriptBusinessWords(text: string, replaced?: (english: string, native: string) => void): string {
  const words = [...text.matchAll(/[\p{L}\p{M}]+/gu)];
  if (!words.some((w) => HAS_NON_ASCII.test(w[0]))) return text;
  let out = '';
  let last = 0;
  for (let i = 0; i < words.length; ) {
    let hit: { n: number; english: string } | undefined;
    for (let n = Math.min(3, words.length - i); n >= 1 && !hit; n -= 1) {
      const span = words.slice(i, i + n);
      const joinedBySpace = span.every((w, k) => k === 0 || /^[\s-]+$/u.test(text.slice((span[k - 1].index ?? 0) + span[k - 1][0].length, w.index)));
      if (!joinedBySpace || !span.some((w) => HAS_NON_ASCII.test(w[0]))) continue;
      const english = SCRIPT_BUSINESS_WORDS.get(span.map((w) => scriptWordKey(w[0])).join(' '));
      if (english) hit = { n, english };
    }
    if (!hit) {
      i += 1;
      continue;
    }
    const start = words[i].index ?? 0;
    const endWord = words[i + hit.n - 1];
    replaced?.(hit.english, text.slice(start, (endWord.index ?? 0) + endWord[0].length));
    out += `${text.slice(last, start)} ${hit.english} `;
    last = (endWord.index ?? 0) + endWord[0].length;
    i += hit.n;
  }
  return out + text.slice(last);
}

/**
 * Korean activity words at the end of a Hangul run become separate English words (동녘기계 =
 * Dongnyeok Machinery), leaving at least two syllables of name. (A branch, 부산지점, is set aside
 * with the other branch notes before transliteration.)
 */
const ONE_SYLLABLE_TAILS = new Set(['텍']);

function splitHangulBusinessWords(run: string): string {
  if (HANGUL_BUSINESS_WORDS[run]) return ` ${HANGUL_BUSINESS_WORDS[run]} `;
  const tail: string[] = [];
  let rest = run;
  for (let found = true; found; ) {
    found = false;
    for (let len = Math.min(5, rest.length - 2); len >= 1; len -= 1) {
      // One syllable is a word of its own only for a loanword that ends names (마린텍 Marine Tech).
      if (len === 1 && !ONE_SYLLABLE_TAILS.has(rest.slice(-1))) continue;
      const english = HANGUL_BUSINESS_WORDS[rest.slice(rest.length - len)];
      if (english) {
        tail.unshift(english);
        rest = rest.slice(0, rest.length - len);
        found = true;
        break;
      }
    }
  }
  return tail.length ? ` ${rest} ${tail.join(' ')} ` : run;
}

/** Other Ukrainian spellings of a Cyrillic word: г is h and и is y in Ukrainian passports (Oleh, Petrovych). */
function ukrainianSpelling(word: string): string {
  return anyAscii(word.replace(/г/gu, 'h').replace(/Г/gu, 'H').replace(/и/gu, 'y').replace(/И/gu, 'Y')).toLowerCase();
}
/**
 * Ukraine's national romanisation (passports since 2010): є, ї, й, ю, я are ye, yi, y, yu, ya at the
 * start of a word and ie, i, i, iu, ia inside it (Zelenyi Hai, Mykolaiv, Kostiantyn).
 */
const UKRAINIAN_NATIONAL: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'h', ґ: 'g', д: 'd', е: 'e', є: 'ie', ж: 'zh', з: 'z', и: 'y', і: 'i', ї: 'i', й: 'i', к: 'k', л: 'l',
  м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ь: '', ю: 'iu', я: 'ia',
};
const UKRAINIAN_NATIONAL_INITIAL: Record<string, string> = { є: 'ye', ї: 'yi', й: 'y', ю: 'yu', я: 'ya' };

function ukrainianNational(word: string): string {
  return Array.from(word.toLowerCase().replace(/зг/gu, 'zgh'))
    .map((ch, i) => (i === 0 ? UKRAINIAN_NATIONAL_INITIAL[ch] : undefined) ?? UKRAINIAN_NATIONAL[ch] ?? ch)
    .join('');
}

/**
 * Belarusian Latin as passports and registers write it: г is h, and е, ё, ю, я are ie, io, iu, ia
 * after a consonant, ye, yo, yu, ya elsewhere (Нёманскі Niomanski, Бераг Bierah, Ясень Yasen).
 */
const BELARUSIAN_LATIN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'h', д: 'd', ж: 'zh', з: 'z', і: 'i', й: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r',
  с: 's', т: 't', у: 'u', ў: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', ы: 'y', ь: '', э: 'e', "'": '',
};
const BELARUSIAN_IOTATED: Record<string, string> = { е: 'e', ё: 'o', ю: 'u', я: 'a' };

function belarusianNational(word: string): string {
  const letters = Array.from(word.toLowerCase());
  return letters
    .map((ch, i) => {
      const vowel = BELARUSIAN_IOTATED[ch];
      if (vowel === undefined) return BELARUSIAN_LATIN[ch] ?? ch;
      const previous = letters[i - 1];
      const afterConsonant = previous !== undefined && /[бвгджзйклмнпрстфхцчшщ]/u.test(previous);
      return `${afterConsonant ? 'i' : 'y'}${vowel}`;
    })
    .join('');
}

/** Serbian and Macedonian Latin, accents folded (ž z, ć and č c, đ dj or d): Ужице Uzice, Ђорђе Djordje. */
const SERBIAN_LATIN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', ђ: 'dj', е: 'e', ж: 'z', з: 'z', и: 'i', ј: 'j', к: 'k', л: 'l', љ: 'lj', м: 'm', н: 'n', њ: 'nj',
  о: 'o', п: 'p', р: 'r', с: 's', т: 't', ћ: 'c', у: 'u', ф: 'f', х: 'h', ц: 'c', ч: 'c', џ: 'dz', ш: 's', ѓ: 'gj', ќ: 'kj', ѕ: 'dz',
};
/** Bulgaria's official romanisation: ъ is a, щ sht, х h (Стъкло Staklo, Пещера Peshtera). */
const BULGARIAN_LATIN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r',
  с: 's', т: 't', у: 'u', ф: 'f', х: 'h', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'sht', ъ: 'a', ь: 'y', ю: 'yu', я: 'ya',
};
/** Serbian or Macedonian: their own letters, or their legal forms (д.о.о., а.д., ДООЕЛ). */
const SERBIAN_TEXT = /[ђћџљњјЂЋЏЉЊЈѓќѕЃЌЅ]|(?:^|[^\p{L}])(?:д\.\s?о\.\s?о\.?|доо|дооел|а\.\s?д\.?)(?![\p{L}])/iu;
/** Bulgarian: its legal forms (ЕООД, ООД, ЕАД, АД, ЕТ) or ъ before a consonant, which Russian never writes. */
const BULGARIAN_TEXT = /(?:^|[^\p{L}])(?:еоод|оод|еад|ад|ет)(?![\p{L}])|ъ(?=[бвгджзйклмнпрстфхцчшщ])/iu;

/** Adds each Cyrillic word's Serbian or Bulgarian reading, when the text is one of those, under its usual reading. */
function addSouthSlavicReadings(text: string, add: (usual: string, others: string[]) => void): void {
  const tables = [SERBIAN_TEXT.test(text) ? SERBIAN_LATIN : null, BULGARIAN_TEXT.test(text) ? BULGARIAN_LATIN : null].filter((t) => t !== null);
  for (const table of tables) {
    for (const [word] of text.matchAll(/[\u0400-\u04ff]+/gu)) {
      const usual = anyAscii(word.replace(/[ьъЬЪ]/gu, '')).toLowerCase();
      const lower = word.toLowerCase();
      const spelt = Array.from(lower).map((ch) => table[ch] ?? ch).join('');
      const others = [spelt, spelt.replace(/dj/gu, 'd')].filter((o) => o !== usual && /^[a-z]+$/u.test(o));
      if (others.length > 0) add(usual, others);
    }
  }
}

/** Arabic letters with the Persian and Urdu ones (پ چ ژ ک گ ی ٹ ڈ ڑ ں ہ ے). */
const ARABIC_LETTER = '\\u0621-\\u064a\\u0671-\\u06d3';
const ARABIC_WORD = new RegExp(`[${ARABIC_LETTER}]+`, 'gu');
/** The article joined to a noun of two letters or more (Allah, الله, keeps it). */
const ARABIC_ARTICLE = new RegExp(`(^|[^${ARABIC_LETTER}])(?:لل|ال)(?!له(?![${ARABIC_LETTER}]))(?=[${ARABIC_LETTER}]{2})`, 'gu');
const TA_MARBUTA_FINAL = new RegExp(`ة(?![${ARABIC_LETTER}])`, 'gu');

/** A descriptive word of an abjad without its article or conjunction prefix and its ta marbuta. */
function abjadDescriptiveKey(word: string): string {
  return word.replace(/^(?:وال|لل|ال|ו|ה)/u, '').replace(/ة$/u, '');
}
const ABJAD_DESCRIPTIVE = new Map(
  DESCRIPTIVE_NATIVE_WORDS.filter(([word]) => /[\u0590-\u06ff]/u.test(word) && !word.includes(' ')).map(([word, english]): [string, string] => [abjadDescriptiveKey(word), english]),
);

const UKRAINIAN_TEXT = /[їєґЇЄҐ]|(?:^|[^\p{L}])(?:ТОВ|ФОП|ПрАТ|ПАТ|ТзОВ)(?![\p{L}])/u;

export interface TransliteratedText {
  text: string;
  /** The input contained an abjad-like script whose romanisation drops vowels. */
  abjad: boolean;
  /** Romanised word → the Hangul it was written in, so the matcher can accept other romanisations. */
  hangul?: Map<string, string>;
  /** Romanised word → other romanisations of what was written (Han readings, Burmese rimes). */
  alternatives?: Map<string, string[]>;
  /** English business word → the romanisation of the native word it translates (Shin for Շին). */
  written?: Map<string, string[]>;
  /** Romanised word → the Hebrew it was written in, compared by consonant class (see hebrewConsonants). */
  hebrew?: Map<string, string>;
  /** Romanised word → the Thai it was written in, compared by consonant class (see thaiConsonants). */
  thai?: Map<string, string>;
  /** Romanised word → the Arabic it was written in, whose long vowels a Latin spelling must show. */
  arabic?: Map<string, string>;
  /** The input contained Greek: its words are also compared by declension-free stem. */
  greek?: boolean;
  /** Romanised Latin word → the word with its marks, which tell Vietnamese names apart (Hùng, Hưng). */
  marked?: Map<string, string>;
}

/**
 * For each word `pattern` finds, records the Latin words of `spell(word)` as other spellings of its
 * usual romanisation (`usual(word)`, by default the generic one), leaving out any that equal it.
 */
function addWordSpellings(found: Map<string, string[]>, text: string, pattern: RegExp, spell: (word: string) => string[], usual = (word: string) => anyAscii(word).toLowerCase()): void {
  for (const [word] of text.matchAll(pattern)) {
    const key = usual(word);
    const others = spell(word).filter((o) => o !== key && /^[a-z]+$/u.test(o));
    if (others.length > 0) addAlternatives(found, key, others);
  }
}

function addAlternatives(map: Map<string, string[]>, word: string, spellings: readonly string[]): void {
  const key = word.toLowerCase();
  map.set(key, [...new Set([...(map.get(key) ?? [key]), ...spellings])]);
}

/**
 * Romanises any script to ASCII. Han characters are separated so each syllable becomes its own
 * token (a Chinese name written in pinyin may join or split syllables freely); Burmese gets a
 * dedicated romaniser because the generic tables produce unreadable strings for it.
 */
/**
 * English business words as Indian scripts write them (ಹೌಸ್ house, ਟਰੈਕਟਰ tractor, ఎంటర్‌ప్రైజెస్
 * enterprises): the vowels an Indian script writes for English ones differ, and it puts an a
 * inside English clusters, so the two meet on their consonants. c, q and k are one, as are s, z
 * and j, and w and v; h after a stop only marks aspiration.
 */
function loanConsonants(word: string): string {
  return word
    .replace(/ph/gu, 'f')
    .replace(/[cq]/gu, 'k')
    .replace(/x/gu, 'ks')
    .replace(/[zj]/gu, 's')
    .replace(/w/gu, 'v')
    .replace(/(?<=[kgtdpbs])h/gu, '')
    .replace(/[aeiouy]/gu, '')
    .replace(/(.)\1+/gu, '$1');
}

const LOANWORD_EXTRAS = 'tractor tractors silk aqua farm farms ceramic mills traders trading industries exporters agencies private limited cotton coir';
let loanwords: Map<string, string | null> | undefined;

/** The English business word whose consonants a romanised Indian-script word has, if exactly one has them. */
function englishLoanword(romanised: string): string | undefined {
  if (loanwords === undefined) {
    loanwords = new Map();
    for (const word of new Set([...GENERIC_WORDS, ...LOANWORD_EXTRAS.split(' ')])) {
      const key = loanConsonants(word);
      if (key.length < 2 || word.length < 4) continue;
      loanwords.set(key, loanwords.has(key) && loanwords.get(key) !== word ? null : word);
    }
  }
  if (romanised.length < 4) return undefined;
  return loanwords.get(loanConsonants(romanised)) ?? undefined;
}

export function transliterate(raw: string): TransliteratedText {
  // Every OFAC name is plain ASCII, which every step below leaves as it is: skipping them halves
  // the cost of normalising the lists at start-up.
  if (PRINTABLE_ASCII.test(raw)) return { text: raw, abjad: false };
  let alternatives: Map<string, string[]> | undefined;
  let marked: Map<string, string> | undefined;
  for (const [word] of raw.matchAll(MARKED_LATIN_WORD)) {
    (marked ??= new Map()).set(anyAscii(word).toLowerCase(), word.normalize('NFC').toLowerCase());
  }
  // A name written in Vietnamese with its marks writes a word without one on purpose (Thanh is
  // not Thành there): every word keeps its written form, labelled as Vietnamese.
  if (VIETNAMESE_MARKS.test(raw)) {
    for (const [word] of raw.matchAll(/\p{Script=Latin}+/gu)) {
      if (word.length >= 2 && word !== word.toUpperCase()) (marked ??= new Map()).set(anyAscii(word).toLowerCase(), `${VIETNAMESE_WRITTEN}${word.normalize('NFC').toLowerCase()}`);
    }
  }
  // The Uzbek letters oʻ and gʻ are written with a modifier apostrophe that is part of the letter.
  raw = raw.replace(/(?<=\p{L})[ʻʼ](?=\p{L})/gu, '');
  // A business word translated here keeps its own romanisation as another spelling: a Latin
  // registration may transliterate it instead (Շին Shin, not Construction). Other spellings of a
  // word that are not readings of characters are kept the same way.
  let written: Map<string, string[]> | undefined;
  // Consonants that Latin alphabets mark and English spells with two letters: Turkic ş, ç, ğ
  // (Şymkent Shymkent, Çelik Chelik), and č, š, ž, ŝ of Czech, Croatian, Baltic and the scholarly
  // Cyrillic transliteration (Ščukin Shchukin, Kovačević Kovachevich). Plain exports drop the mark.
  if (MARKED_CONSONANT.test(raw)) {
    addWordSpellings((written ??= new Map<string, string[]>()), raw, MARKED_WORD, (word) => {
      // Not an abbreviation (A.Ş., JŞS), which the legal forms read as written.
      if (word.length < 4 || word === word.toUpperCase()) return [];
      const english = anyAscii(word.toLowerCase().replace(/ŝ/gu, 'shch').replace(/[şš]/gu, 'sh').replace(/[çčĉ]/gu, 'ch').replace(/ğ/gu, 'gh').replace(/ž/gu, 'zh')).toLowerCase();
      // The scholarly transliteration writes й as j (Čajka Chayka).
      return [english, english.replace(/j(?![aeiou])/gu, 'y')];
    });
  }
  // Azerbaijani, known by its ə: English spellings write ə as a or e, x as kh, q as g and c as j
  // (Gəncə Ganja, Xəzər Khazar, Qarabağ Garabagh, Şəki Sheki).
  if (/[əƏ]/u.test(raw)) {
    addWordSpellings((written ??= new Map<string, string[]>()), raw, /\p{Script=Latin}+/gu, (word) => {
      if (word.length < 3 || word === word.toUpperCase()) return [];
      const english = (schwa: string) =>
        anyAscii(word.toLowerCase().replace(/ə/gu, schwa).replace(/x/gu, 'kh').replace(/q/gu, 'g').replace(/c/gu, 'j').replace(/ş/gu, 'sh').replace(/ç/gu, 'ch').replace(/ğ/gu, 'gh')).toLowerCase();
      return [english('a'), english('e')];
    });
  }
  raw = replaceScriptBusinessWords(raw, (english, native) => {
    // A phrase pairs word by word when both sides have as many words (Северо-Западная, north western).
    const englishWords = english.split(' ');
    const nativeWords = native.split(/[\s-]+/u);
    if (englishWords.length !== nativeWords.length) return;
    englishWords.forEach((word, k) => {
      const n = nativeWords[k];
      const cyrillic = /[\u0400-\u04ff]/u.test(n);
      // Kazakh қ is q in the national Latin alphabet and k in older spellings (Құрылыс Qurylys, Kurylys).
      const kazakh = anyAscii(romaniseKazakhLetters(n));
      const spellings = [anyAscii(n), kazakh, kazakh.replace(/q/gu, 'k'), ...(cyrillic ? [ukrainianSpelling(n), ukrainianNational(n)] : [])].map((w) =>
        w.toLowerCase().replace(/[^a-z]/gu, ''),
      );
      const others = [...new Set(spellings)].filter((w) => w && w !== word);
      if (others.length > 0) addAlternatives((written ??= new Map<string, string[]>()), word, others);
    });
  });
  // Greek legal forms written with dots: Α.Ε. is an S.A., Ε.Π.Ε. and Ι.Κ.Ε. are limited companies.
  if (/[\u0370-\u03ff]/u.test(raw)) raw = raw.replace(/(^|\s)(?:Α\.\s?Ε\.?|Ε\.\s?Π\.\s?Ε\.?|Ι\.\s?Κ\.\s?Ε\.?)(?=\s|$)/gu, (m, pre: string) => `${pre}${m.includes('Α') ? ' S.A. ' : ' Ltd '}`);
  // A Chinese name's place is written with its administrative suffix (佛山市, 宁海县) and registered
  // in Latin without it (Foshan); a Japanese name (kana, a Japanese legal form) keeps 市 (四日市).
  if (HAN.test(raw) && !/[\u3040-\u30ff]|\b(?:kk|yk|gk)\b/u.test(raw)) raw = raw.replace(/(^|[^\p{Script=Han}])(\p{Script=Han}{2,3}?)[市县縣](?=\p{Script=Han}{2}|\s+[a-z])/gu, '$1$2 ');
  // Japanese name parts read as a whole (五十六 Isoroku, 服部 Hattori) go first, before their
  // numerals become digits; the Mandarin reading of the characters stays an alternative.
  if (HAN.test(raw)) {
    raw = readJapaneseCompounds(raw, (reading, readings, compound) => {
      const pinyin = Array.from(compound).map((ch) => anyAscii(ch).trim().toLowerCase()).join('');
      addAlternatives((alternatives ??= new Map<string, string[]>()), reading, [...readings, pinyin]);
    });
  }
  // A Chinese ship's name ends in 号 (金星号 is the Jin Xing); a numbered one is read below (三号).
  raw = raw.replace(/(\p{Script=Han}{2,})[号號](?![\p{Script=Han}\d])/gu, (m, name: string) => (/[〇零一二三四五六七八九十百千]$/u.test(name) ? m : name));
  // A numeral with the native counter つ in a Japanese name is read the native way, as one word
  // (三ツ浜 Mitsuhama, 三つ葉 Mitsuba, 四ツ谷 Yotsuya), not as a number.
  if (/[一二三四五六七八][つツ]/u.test(raw)) {
    const found = (alternatives ??= new Map<string, string[]>());
    raw = raw.replace(/([一二三四五六七八])[つツ]/gu, (m, numeral: string) => {
      const reading = NATIVE_COUNTED[numeral];
      addAlternatives(found, reading, [reading]);
      return ` ${reading} `;
    });
  }
  // A lone numeral written before a name character is part of a personal name (一郎 Ichiro,
  // 晋三 Shinzo); ship and unit numbers come in runs or before counters (第十八, 三号, 八星).
  let text = raw.replace(/[〇零一二三四五六七八九十百千]+/gu, (run, at: number, whole: string) => {
    if (run.length === 1 && !/[〇零一二三四五六七八九]/u.test(run)) return run;
    const before = whole[at - 1] ?? '';
    const after = whole[at + run.length] ?? '';
    const nameChar = (ch: string) => ch !== '' && ch !== '第' && hanReadings(ch) !== undefined;
    if (run.length === 1 && hanReadings(run) && (nameChar(after) ? nameChar(before) || at === 0 : nameChar(before) && after === '')) return run;
    return ` ${cjkNumeralToDigits(run)} `;
  });
  // Belarusian ў and the prothetic у- (Уладзімір) are written в/в- in the Russian-based spellings
  // that registers and lists use (Vladimir).
  // Only in Belarusian text (ў, or і without the и of Ukrainian): Урал is Ural.
  // Uzbek writes ў too, as o' (Ўзбекистон Oʻzbekiston), beside и and its қ, ғ, ҳ, which Belarusian has not.
  // Uzbek Latin writes х as x (Пахта Paxta).
  if (/[ўЎ]/u.test(text) && /[иИқҚғҒҳҲ]/u.test(text)) {
    text = text.replace(/ў/gu, 'о').replace(/Ў/gu, 'О');
    addWordSpellings((alternatives ??= new Map<string, string[]>()), text, /[\u0400-\u04ff]*[хХ][\u0400-\u04ff]*/gu, (word) => [anyAscii(word.replace(/[хХ]/gu, 'x')).toLowerCase()]);
  }
  // Mongolian ө and ү are u in most Latin spellings of names (Өлзий Ulzii, Түмэн Tumen), and a
  // final ий is ii: the usual reading keeps ө as o.
  if (/[өүӨҮ]/u.test(text) && !/[қғңұһіәҚҒҢҰҺІӘ]/u.test(text)) {
    const unsigned = (word: string) => word.replace(/[ьъЬЪ]/gu, '');
    addWordSpellings(
      (alternatives ??= new Map<string, string[]>()),
      text,
      /[\u0400-\u04ff]*[өүӨҮ][\u0400-\u04ff]*/gu,
      (word) => [anyAscii(unsigned(word).replace(/[өүӨҮ]/gu, 'у')).toLowerCase().replace(/[iy]y$/u, 'ii')],
      (word) => anyAscii(unsigned(word)).toLowerCase(),
    );
  }
  const belarusian = /[ўЎ]/u.test(text) || (/[іІ]/u.test(text) && !/[иИїЇєЄґҐ]/u.test(text));
  if (belarusian) {
    // The key is the word as read below (ў as в, soft sign dropped); the reading keeps ў as u.
    addWordSpellings(
      (alternatives ??= new Map<string, string[]>()),
      text,
      /[\u0400-\u04ff]+/gu,
      (word) => [belarusianNational(word)],
      (word) => anyAscii(word.replace(/ў/gu, 'в').replace(/Ў/gu, 'В').replace(/^[Уу](?=[лр])/u, 'В').replace(/[ьъЬЪ]/gu, '')).toLowerCase(),
    );
  }
  text = text.replace(/ў/gu, 'в').replace(/Ў/gu, 'В');
  if (belarusian) text = text.replace(/(^|[\s«"'])[Уу](?=[лр])/gu, '$1В');
  text = romaniseKazakhLetters(text);
  // Serbian, Macedonian and Bulgarian names are registered in Latin letters by their own rules
  // (Ужице Užice, Стъкло Staklo), not by the Russian-based table below.
  if (/[\u0400-\u04ff]/u.test(text)) addSouthSlavicReadings(text, (usual, others) => addAlternatives((alternatives ??= new Map<string, string[]>()), usual, others));
  // The soft and hard signs romanise to apostrophes, which split a word (El'tsin); English
  // spellings drop them (Yeltsin, Kovalchuk), so they vanish here.
  text = text.replace(/[ьъЬЪ]/gu, '');
  const abjad = ABJAD.test(text);
  let hangul: Map<string, string> | undefined;
  // Ukrainian writes both і and и; Russian has no і, Belarusian no и.
  if (/[\u0400-\u04ff]/u.test(text) && (UKRAINIAN_TEXT.test(text) || (/[іІ]/u.test(text) && /[иИ]/u.test(text)))) {
    addWordSpellings((alternatives ??= new Map<string, string[]>()), text, /[\u0400-\u04ff]+/gu, (word) => [ukrainianSpelling(word), ukrainianNational(word)]);
  }
  // Ё is "yo" in most English spellings (Pyotr, Fyodor, Semyon); the generic table writes e.
  if (/[ёЁ]/u.test(text)) {
    addWordSpellings((alternatives ??= new Map<string, string[]>()), text, /[\u0400-\u04ff]*[ёЁ][\u0400-\u04ff]*/gu, (word) => [
      word
        .split(/[ёЁ]/u)
        .map((part) => anyAscii(part).toLowerCase().replace(/[^a-z]/gu, ''))
        .join('yo'),
    ]);
  }
  if (/[\u10d0-\u10ff]/u.test(text)) {
    const found = (alternatives ??= new Map<string, string[]>());
    text = text.replace(GEORGIAN_RUN, (run) => {
      const word = Array.from(run).map((ch) => GEORGIAN[ch] ?? '').join('');
      // The nominative -i Georgian adds to loanwords and foreign names (ტრანსი Trans, ჯონი John).
      if (word.length >= 5 && /[^aeiou]i$/u.test(word)) addAlternatives(found, word, [word.slice(0, -1)]);
      // The genitive -is of a place or person a company is named after (კოლხეთის ჩაი, Kolkheti Tea).
      if (word.length >= 6 && word.endsWith('is')) addAlternatives(found, word, [word.slice(0, -1), word.slice(0, -2)]);
      return word;
    });
  }
  if (/[\u0531-\u0587]/u.test(text)) text = text.replace(ARMENIAN_RUN, romaniseArmenian);
  if (isHangul(text)) {
    hangul = new Map();
    const found = hangul;
    // Ship numbers: 제7해성호 and 해성7호 are "Haeseong No. 7".
    text = text
      .replace(/제\s*(\d+)\s*([\uac00-\ud7a3]+?)\s*호(?![\uac00-\ud7a3])/gu, ' $2 $1 ')
      .replace(/([\uac00-\ud7a3]{2,}?)\s*(\d+)\s*호(?![\uac00-\ud7a3])/gu, ' $1 $2 ')
      // A ship's name ends in 호 (한바다호 is the Hanbada); a personal name is too short to.
      .replace(/([\uac00-\ud7a3]{3,})호(?![\uac00-\ud7a3])/gu, '$1')
      .replace(/[\uac00-\ud7a3]+/gu, splitHangulBusinessWords);
    text = text.replace(/[\uac00-\ud7a3]+/gu, (run) => {
      const romanised = romaniseHangul(run);
      found.set(romanised, run);
      return ` ${romanised} `;
    });
  }
  if (BURMESE.test(text)) {
    const found = (alternatives ??= new Map<string, string[]>());
    text = text.replace(/[\u1000-\u109f]+/gu, (run) => ` ${romaniseBurmese(run, (word, spellings) => addAlternatives(found, word, spellings))} `);
  }
  if (/[\u0900-\u0dff]/u.test(text)) {
    const found = (alternatives ??= new Map<string, string[]>());
    text = text.replace(BRAHMIC_RUN, (run) => {
      const english = brahmicBusinessWord(run);
      if (english !== undefined) {
        // The native word stays another spelling: registrations often keep it (Nigam, Udyog).
        if (/^[a-z]+$/u.test(english)) {
          const { text: romanised, full } = romaniseBrahmic(run);
          addAlternatives((written ??= new Map<string, string[]>()), english, full === null ? [romanised] : [romanised, full]);
        }
        return ` ${english} `;
      }
      const { text: romanised, full } = romaniseBrahmic(run);
      const loan = englishLoanword(romanised) ?? (full === null ? undefined : englishLoanword(full));
      if (loan !== undefined) {
        addAlternatives((written ??= new Map<string, string[]>()), loan, full === null ? [romanised] : [romanised, full]);
        return ` ${loan} `;
      }
      // Every a written is another reading only inside the word: a final one is never said (Ram, Kamal).
      if (full !== null && full !== `${romanised}a`) addAlternatives(found, romanised, [full]);
      return ` ${romanised} `;
    });
  }
  // Lao as its names are spelt in Latin: ຫ before a sonorant only marks the tone (ສະຫວັນ Savan),
  // and ດ and ບ end a syllable as t and p (ສີສະຫວັດ Sisavat).
  if (/[\u0e80-\u0eff]/u.test(text)) text = text.replace(/ຫ(?=[ງຍນມລວຣ])/gu, '').replace(LAO_FINAL_D, 'ຕ').replace(LAO_FINAL_B, 'ປ');
  let hebrew: Map<string, string> | undefined;
  if (/[\u05d0-\u05ea]/u.test(text)) {
    const found = (hebrew = new Map<string, string>());
    text = text.replace(/[\u05d0-\u05ea](?:[\u05d0-\u05ea]|\p{M})*/gu, (run) => {
      const romanised = anyAscii(run).toLowerCase().replace(/[^a-z0-9]/gu, '');
      if (romanised) found.set(romanised, run);
      return ` ${romanised} `;
    });
  }
  let thai: Map<string, string> | undefined;
  if (/[\u0e01-\u0e4e]/u.test(text)) {
    const found = (thai = new Map<string, string>());
    text = text.replace(/[\u0e01-\u0e4e]+/gu, (run) => {
      const romanised = anyAscii(run).toLowerCase().replace(/[^a-z0-9]/gu, '');
      if (romanised) found.set(romanised, run);
      return ` ${romanised} `;
    });
  }
  // The Arabic article is written joined to its noun (المرجان al-Marjan, للملاحة lil-milaha) and
  // apart in Latin: split it off so the noun meets its Latin spelling. Allah (الله) keeps it.
  let arabic: Map<string, string> | undefined;
  if (/[\u0621-\u064a]/u.test(text)) {
    // Persian and Urdu letters belong to the words too, so a Persian word stays one word.
    text = text.replace(ARABIC_ARTICLE, '$1 al ');
    // Ta marbuta ends a word in a vowel (النخبة al-Nukhba), not in h.
    text = text.replace(TA_MARBUTA_FINAL, '');
    const found = (arabic = new Map<string, string>());
    for (const [run] of text.matchAll(ARABIC_WORD)) {
      const romanised = anyAscii(run).toLowerCase().replace(/[^a-z0-9]/gu, '');
      if (romanised) found.set(romanised, run);
    }
  }
  // Descriptive words of Arabic, Persian and Hebrew names stay romanised (Al Khadra, Yarok), as most
  // Latin registrations write them, with their English as another reading (Green).
  for (const written of [arabic, hebrew]) {
    for (const [romanised, run] of written ?? []) {
      const english = ABJAD_DESCRIPTIVE.get(abjadDescriptiveKey(run));
      if (english !== undefined && !english.includes(' ')) addAlternatives((alternatives ??= new Map<string, string[]>()), romanised, [english]);
    }
  }
  const greek = isGreek(text);
  if (greek) text = romaniseGreek(text);
  // A kana う/ウ after an o lengthens it; Hepburn names drop it (カトウ Kato, さとう Sato).
  if (/[\u3040-\u30ff]/u.test(text)) text = text.replace(/([こそとのほもよろごぞどぼぽょコソトノホモヨロゴゾドボポョ])[うウ]/gu, '$1');
  if (HAN.test(text) || /[\u3040-\u30ff\uac00-\ud7af]/u.test(text)) {
    // One token per Han character / kana / Hangul block, so syllables align with spaced pinyin.
    const found = (alternatives ??= new Map<string, string[]>());
    // A kana and a small ya/yu/yo after it are one syllable (りゅ ryu, しょ sho), not ri + yu.
    text = (text.match(/[\u3040-\u30ff][ゃゅょャュョ]|[\s\S]/gu) ?? [])
      .map((ch) => {
        if (ch.length === 2) {
          const syllable = youon(ch);
          addAlternatives(found, syllable, [syllable]);
          return ` ${syllable} `;
        }
        if (!/[\p{Script=Han}\u3040-\u30ff]/u.test(ch)) return ch;
        const pinyin = anyAscii(ch).trim();
        // Korean and Japanese names use the same characters with other readings (金 Kim, 田 da).
        const readings = hanReadings(ch);
        // Taiwanese and older spellings follow Wade-Giles (Chiang, Hsiao) for any character.
        const wg = /^[a-z]+$/u.test(pinyin.toLowerCase()) ? wadeGiles(pinyin.toLowerCase()) : pinyin.toLowerCase();
        // Kana spell one sound each: its own romaji is its reading, so 星ノ浦 joins to Hoshinoura.
        if (/[\u3040-\u30ff]/u.test(ch)) {
          if (/^[a-z]+$/iu.test(pinyin)) addAlternatives(found, pinyin, [pinyin.toLowerCase()]);
        } else if (readings && pinyin) addAlternatives(found, pinyin, wg === pinyin.toLowerCase() ? readings : [...readings, wg]);
        // A character outside the tables is still the reading of what was written (门 men in 厦门
        // Xiamen): a syllable of a name that may be joined with its neighbours.
        else if (pinyin && /^[a-z]+$/iu.test(pinyin)) addAlternatives(found, pinyin, wg === pinyin.toLowerCase() ? [] : [wg]);
        return ` ${pinyin} `;
      })
      .join('');
  }
  return { text: anyAscii(text), abjad, hangul, alternatives, written, hebrew, thai, arabic, greek, marked };
}

const SMALL_Y_VOWEL: Record<string, string> = { ゃ: 'a', ゅ: 'u', ょ: 'o', ャ: 'a', ュ: 'u', ョ: 'o' };

/** Hepburn for a kana followed by a small ya/yu/yo: き+ょ kyo, し+ゃ sha, ち+ゅ chu, じ+ょ jo. */
function youon(pair: string): string {
  const first = anyAscii(pair[0]).toLowerCase().trim();
  const vowel = SMALL_Y_VOWEL[pair[1]] ?? '';
  if (!first.endsWith('i')) return first + anyAscii(pair[1]).toLowerCase().trim();
  const base = first.slice(0, -1);
  return /(?:sh|ch|j)$/u.test(base) ? base + vowel : `${base}y${vowel}`;
}

/** Hebrew letters → consonant classes; א ע and a medial ו or י carry vowels and vanish. */
const HEBREW_CLASS: Record<string, string> = {
  ב: 'B', ג: 'G', ד: 'D', ה: 'H', ז: 'Z', ח: 'H', ט: 'T', כ: 'H', ך: 'H', ל: 'L', מ: 'M', ם: 'M', נ: 'N', ן: 'N',
  ס: 'S', פ: 'P', ף: 'P', צ: 'Z', ץ: 'Z', ק: 'K', ר: 'R', ש: 'S', ת: 'T',
};

/**
 * A Hebrew word as the consonants an English spelling of it will show: ב is b or v (Barak,
 * Aviv), כ k or kh, ח h, kh or ch, צ tz or ts, ש s or sh; the vowel letters (א, ע, medial ו and
 * י) are dropped, a word-initial ו is v and a final ה is a vowel. Compared with latinConsonants.
 */
export function hebrewConsonants(word: string): string {
  const letters = Array.from(word.replace(/[\u05b0-\u05c7]/gu, ''));
  let out = '';
  letters.forEach((ch, i) => {
    if (ch === 'ו') out += i === 0 ? 'B' : '';
    else if (ch === 'ה' && i === letters.length - 1 && i > 0) out += '';
    else out += HEBREW_CLASS[ch] ?? '';
  });
  // כ written k (Kohen) and ח written h are the same class as k here: English spellings mix them.
  return out.replace(/K/gu, 'H').replace(/(.)\1+/gu, '$1');
}

/** The consonant classes of a Latin spelling, for comparison with hebrewConsonants. */
export function latinConsonants(word: string): string {
  const s = word
    .toLowerCase()
    .replace(/[^a-z]/gu, '')
    .replace(/tz|ts|z/gu, 'Z')
    .replace(/sh|s/gu, 'S')
    .replace(/kh|ch|ck|k|q|c|h/gu, 'H')
    .replace(/ph|f|p/gu, 'P')
    .replace(/th|t/gu, 'T')
    .replace(/^w|^v/gu, 'B')
    .replace(/[bv]/gu, 'B');
  return s.replace(/[a-z]/gu, (ch) => ({ d: 'D', g: 'G', l: 'L', m: 'M', n: 'N', r: 'R', j: 'G', x: 'HS' })[ch] ?? '').replace(/(.)\1+/gu, '$1');
}
