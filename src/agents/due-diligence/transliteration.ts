import { asciiFold } from 'src/common/ascii-fold';
import { isHangul, romaniseHangul } from 'src/agents/due-diligence/hangul-romaniser';
import { romaniseBurmese } from 'src/agents/due-diligence/burmese-romaniser';
import { isGreek, romaniseGreek } from 'src/agents/due-diligence/greek-romaniser';
import { hanReadings, wadeGiles } from 'src/agents/due-diligence/han-readings';
import { readJapaneseCompounds } from 'src/agents/due-diligence/japanese-name-readings';

const anyAscii = asciiFold;

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const BURMESE = /[\u1000-\u109f]/u;
const HAN = /\p{Script=Han}/u;
/** Scripts written without (most) vowels: their romanisations are compared by consonant skeleton. */
const ABJAD = /[\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\u1000-\u109f\u0e00-\u0e7f]/u;

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

export interface TransliteratedText {
  text: string;
  /** The input contained an abjad-like script whose romanisation drops vowels. */
  abjad: boolean;
  /** Romanised word → the Hangul it was written in, so the matcher can accept other romanisations. */
  hangul?: Map<string, string>;
  /** Romanised word → other romanisations of what was written (Han readings, Burmese rimes). */
  alternatives?: Map<string, string[]>;
  /** The input contained Greek: its words are also compared by declension-free stem. */
  greek?: boolean;
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
export function transliterate(raw: string): TransliteratedText {
  // Every OFAC name is plain ASCII, which every step below leaves as it is: skipping them halves
  // the cost of normalising the lists at start-up.
  if (PRINTABLE_ASCII.test(raw)) return { text: raw, abjad: false };
  let alternatives: Map<string, string[]> | undefined;
  // Japanese name parts read as a whole (五十六 Isoroku, 服部 Hattori) go first, before their
  // numerals become digits; the Mandarin reading of the characters stays an alternative.
  if (HAN.test(raw)) {
    raw = readJapaneseCompounds(raw, (reading, readings, compound) => {
      const pinyin = Array.from(compound).map((ch) => anyAscii(ch).trim().toLowerCase()).join('');
      addAlternatives((alternatives ??= new Map<string, string[]>()), reading, [...readings, pinyin]);
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
  text = text.replace(/ў/gu, 'в').replace(/Ў/gu, 'В').replace(/(^|[\s«"'])[Уу](?=[лр])/gu, '$1В');
  // The soft and hard signs romanise to apostrophes, which split a word (El'tsin); English
  // spellings drop them (Yeltsin, Kovalchuk), so they vanish here.
  text = text.replace(/[ьъЬЪ]/gu, '');
  const abjad = ABJAD.test(text);
  let hangul: Map<string, string> | undefined;
  if (isHangul(text)) {
    hangul = new Map();
    const found = hangul;
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
  const greek = isGreek(text);
  if (greek) text = romaniseGreek(text);
  if (HAN.test(text) || /[\u3040-\u30ff\uac00-\ud7af]/u.test(text)) {
    // One token per Han character / kana / Hangul block, so syllables align with spaced pinyin.
    const found = (alternatives ??= new Map<string, string[]>());
    text = Array.from(text)
      .map((ch) => {
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
        else if (pinyin && wg !== pinyin.toLowerCase()) addAlternatives(found, pinyin, [wg]);
        return ` ${pinyin} `;
      })
      .join('');
  }
  return { text: anyAscii(text), abjad, hangul, alternatives, greek };
}
