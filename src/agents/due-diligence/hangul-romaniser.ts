/**
 * Korean names in Hangul against their Latin spellings. No single romanisation is "the" spelling:
 * passports and lists mix Revised Romanization (Gim Jeong-eun), McCune–Reischauer without its
 * diacritics (Kim Chŏng-ŭn → Kim Chong Un), North Korean usage (Ri, Pak) and family habits (Lee,
 * Park, Rhee). So a Hangul run is turned into one Revised Romanization string for display and
 * indexing, and into a pattern that accepts every common spelling of each of its syllables,
 * built from the syllable's letters (jamo), not from a list of names.
 */

const FIRST = 0xac00;
const LAST = 0xd7a3;

/** Spellings of the 19 initial consonants, RR first. */
const INITIALS = [
  ['g', 'k'], ['kk', 'gg', 'k'], ['n'], ['d', 't'], ['tt', 'dd', 't'], ['r', 'l', 'n'], ['m'], ['b', 'p'], ['pp', 'bb', 'p'],
  ['s', 'sh'], ['ss', 's'], [''], ['j', 'ch'], ['jj', 'tch', 'j', 'ch'], ['ch', 'c'], ['k', 'kh'], ['t', 'th'], ['p', 'ph', 'f'], ['h'],
];
/**
 * Spellings of the 21 vowels: ㅓ is "eo" in RR, "o" in McCune–Reischauer without the breve, "u" in
 * Sung, Jung; ㅕ is also the English "you" of Young (영).
 */
const VOWELS = [
  ['a'], ['ae', 'ai', 'e'], ['ya'], ['yae', 'ye'], ['eo', 'o', 'u'], ['e'], ['yeo', 'yo', 'yu', 'you'], ['ye'], ['o', 'oh'], ['wa'], ['wae', 'we'],
  ['oe', 'oi', 'we'], ['yo'], ['u', 'oo', 'woo'], ['wo', 'weo'], ['we'], ['wi'], ['yu', 'yoo'], ['eu', 'u'], ['ui', 'eui', 'i', 'ee'], ['i', 'ee'],
];
/** Spellings of the 27 final consonants (index 0 = none); ㄱ is also the English "ck" of Duck, Pack. */
const FINALS = [
  [''], ['k', 'g', 'ck'], ['k', 'kk'], ['k'], ['n'], ['n'], ['n'], ['t', 'd'], ['l', 'r'], ['k', 'l'], ['m'], ['l'], ['l'], ['l'], ['p'], ['l'],
  ['m'], ['p', 'b'], ['p'], ['t', 's'], ['t', 'ss'], ['ng'], ['t', 'j'], ['t'], ['k'], ['t'], ['p'], ['t', 'h'],
];
/** Vowels written with a leading y (ㅑ ㅒ ㅕ ㅖ ㅛ ㅠ) and ㅣ: before them a word-initial ㄹ/ㄴ is silent in the South. */
const Y_VOWELS = new Set([2, 3, 6, 7, 12, 17, 20]);

export function isHangul(text: string): boolean {
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if (c >= FIRST && c <= LAST) return true;
  }
  return false;
}

function jamo(ch: string): { l: number; v: number; t: number } | null {
  const c = ch.codePointAt(0) ?? 0;
  if (c < FIRST || c > LAST) return null;
  const s = c - FIRST;
  return { l: Math.floor(s / 588), v: Math.floor((s % 588) / 28), t: s % 28 };
}

/** Revised Romanization of a run of Hangul syllables, other characters kept. */
export function romaniseHangul(text: string): string {
  let out = '';
  for (const ch of text) {
    const j = jamo(ch);
    out += j ? INITIALS[j.l][0] + VOWELS[j.v][0] + FINALS[j.t][0] : ch;
  }
  return out;
}

function alternatives(options: string[]): string {
  return options.length === 1 ? options[0] : `(?:${options.join('|')})`;
}

/** The spellings of a syllable's initial, vowel and final, or null for a character that is not Hangul. */
function syllableOptions(ch: string, wordStart: boolean): { initial: string[]; vowel: string[]; final: string[] } | null {
  const j = jamo(ch);
  if (!j) return null;
  let initial = INITIALS[j.l];
  // Initial-sound law: 리/이 is Lee, Rhee, Ri, Yi or I; 류 is Ryu or Yu; 노 may be Roh.
  if (wordStart && (j.l === 11 || j.l === 5 || j.l === 2) && Y_VOWELS.has(j.v)) initial = ['', 'l', 'r', 'rh', 'n', 'y'];
  else if (wordStart && j.l === 2) initial = ['n', 'r', 'l'];
  let vowel = VOWELS[j.v];
  // "Park", "Bark": an English r marks the long a of 박 before a final consonant.
  if (j.v === 0 && j.t !== 0) vowel = ['a', 'ar'];
  // A syllable with no initial consonant and a final takes an h after a that marks its open
  // vowel in family habit: 안 Ahn, 안중근 Ahn Jung-geun.
  if (j.l === 11 && j.v === 0 && j.t !== 0) vowel = ['a', 'ah'];
  // ㅎ before a w-vowel is also written "wh" in older company spellings (한화 Hanwha, 화 Whan).
  if (j.l === 18 && (j.v === 9 || j.v === 14)) return { initial: [''], vowel: [...vowel.map((v) => `h${v}`), ...vowel.map((v) => `wh${v.slice(1)}`)], final: FINALS[j.t] };
  return { initial, vowel, final: FINALS[j.t] };
}

/** Final ㄴ (4) and ㄹ (8); initial ㄴ (2) and ㄹ (5). */
const FINAL_N = 4;
const FINAL_L = 8;
const INITIAL_N = 2;
const INITIAL_L = 5;

function syllablePattern(ch: string, wordStart: boolean, next?: string, prev?: string): string {
  const o = syllableOptions(ch, wordStart);
  if (!o) return ch.replace(/[^a-z0-9]/gu, '');
  // n and l meeting across syllables are both spoken and often spelt l (한라 Halla, 신라 Silla, 설날 Seollal).
  const j = jamo(ch);
  const after = next === undefined ? null : jamo(next);
  const before = prev === undefined ? null : jamo(prev);
  const final = j && after && j.t === FINAL_N && after.l === INITIAL_L ? [...o.final, 'l'] : o.final;
  const initial = j && before && j.l === INITIAL_N && before.t === FINAL_L ? [...o.initial, 'l'] : o.initial;
  return alternatives(initial) + alternatives(o.vowel) + alternatives(final);
}

/**
 * Every common Latin spelling of each syllable of a Hangul word (김 → kim, gim, ...), so a Hangul
 * query can look up names that the lists hold only in Latin letters.
 */
export function syllableSpellings(hangul: string): string[][] {
  return Array.from(hangul).map((ch, i) => {
    const o = syllableOptions(ch, i === 0);
    if (!o) return [];
    return [...new Set(o.initial.flatMap((a) => o.vowel.flatMap((b) => o.final.map((c) => a + b + c))))];
  });
}

const patternCache = new Map<string, RegExp>();

/** Whether a Latin spelling (lower case, no spaces) is a plausible romanisation of a Hangul run. */
export function matchesHangul(hangul: string, latin: string): boolean {
  let re = patternCache.get(hangul);
  if (!re) {
    const chars = Array.from(hangul);
    re = new RegExp(`^${chars.map((ch, i) => syllablePattern(ch, i === 0, chars[i + 1], chars[i - 1])).join('')}$`, 'u');
    if (patternCache.size > 10_000) patternCache.clear();
    patternCache.set(hangul, re);
  }
  return re.test(latin);
}

/**
 * Like `matchesHangul`, also accepting the family name (the first syllable in Hangul) written
 * last, as lists do after turning "KIM, Jong Un" into given names first.
 */
export function matchesHangulAnyOrder(hangul: string, latin: string): boolean {
  if (matchesHangul(hangul, latin)) return true;
  const chars = Array.from(hangul);
  return chars.length >= 2 && chars.length <= 4 && matchesHangul(chars.slice(1).join('') + chars[0], latin);
}

/** Final consonants as Revised Romanization writes them at the end of a name syllable. */
const RR_FINALS: Array<[number, string]> = [[0, ''], [1, 'k'], [4, 'n'], [7, 't'], [8, 'l'], [16, 'm'], [17, 'p'], [21, 'ng']];
let fromRevised: Map<string, string> | undefined;

/**
 * Every common spelling of a Sino-Korean reading given in Revised Romanization ("jeong" → jung,
 * chung, jong, chong, ...; "taek" → thaek, ...), or undefined when it is not one RR syllable. The
 * Han readings table gives a character's Korean reading once; the spellings lists actually use
 * (McCune–Reischauer, family habits) come from the same jamo rules as Hangul input, so a hanja
 * name and its Hangul form accept the same Latin spellings.
 */
export function koreanSpellingsOfRevised(reading: string): string[] | undefined {
  if (!fromRevised) {
    const map = new Map<string, string>();
    for (let l = 0; l < INITIALS.length; l += 1) {
      for (let v = 0; v < VOWELS.length; v += 1) {
        for (const [t, final] of RR_FINALS) {
          const rr = INITIALS[l][0] + VOWELS[v][0] + final;
          if (!map.has(rr)) map.set(rr, String.fromCodePoint(FIRST + l * 588 + v * 28 + t));
        }
      }
    }
    fromRevised = map;
  }
  const syllable = fromRevised.get(reading);
  return syllable === undefined ? undefined : syllableSpellings(` ${syllable}`)[1];
}
