import countries from 'i18n-iso-countries';
import { greekStem } from 'src/agents/due-diligence/greek-romaniser';
import { wadeGiles } from 'src/agents/due-diligence/han-readings';
import { sameGivenName } from 'src/agents/due-diligence/greek-name-equivalents';
import { isArabicGivenName, sameArabicName } from 'src/agents/due-diligence/arabic-name-variants';
import { ukrainianRussianPair, ukrainianRussianSides } from 'src/agents/due-diligence/ukrainian-russian-names';
import type { NameSides } from 'src/agents/due-diligence/ukrainian-russian-names';
import { WordNetLexicon } from 'src/common/wordnet-lexicon';
import { matchesHangul, matchesHangulAnyOrder } from 'src/agents/due-diligence/hangul-romaniser';
import type { NameToken, NormalisedName } from 'src/agents/due-diligence/name-normaliser';
import { GENERIC_WORDS, LEGAL_BY_FIRST, legalFormsCompatible } from 'src/agents/due-diligence/name-vocabulary';
import { foldRomanisation, isAlternative, segmentsInto } from 'src/agents/due-diligence/romanisation-variants';
import { editDistance, pinyinSyllables, skeletonKey, translitKey } from 'src/agents/due-diligence/string-similarity';
import { latinThaiConsonants, thaiConsonants } from 'src/agents/due-diligence/thai-consonants';
import { hebrewConsonants, latinConsonants, VIETNAMESE_WRITTEN } from 'src/agents/due-diligence/transliteration';

/** Score at or above which two names are reported as a potential match. */
export const MATCH_THRESHOLD = 0.84;

/** How two tokens were found equivalent, in words a compliance officer can check. */
export type TokenEvidence =
  | 'exact'
  | 'spelling variant'
  | 'consonant skeleton'
  | 'abbreviation'
  | 'translation'
  | 'joined words'
  | 'readings of consecutive characters'
  | 'loanword in kana'
  | 'one edit'
  | 'two edits';

export interface TokenPairing {
  query: string;
  listed: string;
  similarity: number;
  evidence: TokenEvidence;
}

export interface NameComparison {
  score: number;
  pairings: TokenPairing[];
  unmatchedQuery: string[];
  unmatchedListed: string[];
  /** Score adjustments with their reasons ("numbers differ: 8 vs 3 ×0.6"). */
  adjustments: string[];
}

/** Weight of a token, given its kind and (for names) how common it is on the lists. */
export type TokenWeigher = (token: NameToken) => number;

const KIND_WEIGHT: Record<NameToken['kind'], number> = { name: 1, generic: 0.45, initials: 0.5, particle: 0.08 };

export const defaultWeigher: TokenWeigher = (t) => KIND_WEIGHT[t.kind];

let countryWords: Set<string> | undefined;

/** One-word country names in English (ISO 3166 names and aliases) and as countries call themselves in company names. */
function isCountryWord(text: string): boolean {
  if (!countryWords) {
    const words = new Set(['uk', 'usa', 'uae', 'ksa', 'hk', 'prc', 'bvi', 'sg', 'hongkong', 'brasil', 'deutschland', 'espana', 'italia', 'mexico', 'polska', 'turkiye', 'nederland', 'osterreich', 'schweiz', 'suisse', 'sverige', 'norge', 'danmark', 'suomi', 'rossiya', 'rossii', 'ukraina', 'nippon', 'zhongguo', 'hellas', 'misr', 'bharat', 'magyarorszag', 'cesko', 'hrvatska', 'srbija', 'romania', 'bulgaria', 'eesti', 'latvija', 'lietuva', 'kazakhstan', 'uzbekistan']);
    for (const names of Object.values(countries.getNames('en', { select: 'all' }))) {
      for (const name of names) {
        const folded = name.toLowerCase().replace(/[^a-z ]/gu, '');
        if (folded && !folded.includes(' ')) words.add(folded);
      }
    }
    countryWords = words;
  }
  return countryWords.has(text);
}

/** Words that make a ship's name the name of its owner or manager. */
const SHIP_COMPANY_WORDS = new Set(['maritime', 'shipping', 'shipmanagement', 'management', 'navigation', 'denizcilik', 'kaiun', 'kisen', 'lines', 'line', 'tankers', 'carriers', 'marine', 'shipowning', 'shipholding', 'navigazione', 'naviera', 'armement', 'rederi', 'reederei', 'ship', 'ships', 'vessels', 'offshore']);

/**
 * Ukrainian h read as Russian g after the first letter (Ihor, Olha, Bohdan), except in the digraphs
 * kh, zh, sh, ch, th, gh (whose h is part of another letter). An initial H is left alone: Hale and
 * Gale, Hill and Gill are different English names.
 */
/** Cheap test before hToG: same first letter, an h on one side and a g on the other. */
function mayDifferByHG(a: string, b: string): boolean {
  // An initial H/G only in longer words (Honcharenko/Goncharenko): Hold and Gold are two words.
  const sameStart = a[0] === b[0] || (a.length >= 7 && b.length >= 7 && /^[hg]$/u.test(a[0]) && /^[hg]$/u.test(b[0]));
  return a !== b && sameStart && a.length >= 4 && b.length >= 4 && ((a.includes('h') && b.includes('g')) || (a.includes('g') && b.includes('h')));
}

function hToG(text: string): string {
  const initial = text.length >= 7 && text[0] === 'h' && text[1] !== 'h' ? 'g' : text[0];
  return initial + text.slice(1).replace(/(?<![kzsctg])h/gu, 'g');
}

/**
 * Activity words that translate one foreign word: Industry, Industries and Industrial (工業,
 * Sanayi, Industria); Fishing, Fishery and Fisheries (Fiskeri, Pesquera, 漁業); Forest and Timber;
 * Plant, Mill, Works and Factory (комбинат, zavod).
 */
const ACTIVITY_FAMILY = new Map<string, string>([
  ...['industry', 'industries', 'industrial'].map((w): [string, string] => [w, 'industry']),
  ...['fishing', 'fishery', 'fisheries'].map((w): [string, string] => [w, 'fishing']),
  // лесной, ξυλεία: the wood trade is named after the forest in one language and the timber in another.
  ...['forest', 'forests', 'forestry', 'timber'].map((w): [string, string] => [w, 'forest']),
  // комбинат, zavod, fabrika: a works is written plant, mill, works or factory in English.
  ...['plant', 'mill', 'works', 'factory', 'kombinat', 'combine'].map((w): [string, string] => [w, 'plant']),
]);

/** Activity words and their singular or plural: two different ones are different words, not a slip. */

const ACTIVITY_FORMS = new Set([...GENERIC_WORDS].flatMap((w) => (w.endsWith('s') ? [w, `${w}s`, w.slice(0, -1)] : [w, `${w}s`])));

function isActivityWord(text: string): boolean {
  return ACTIVITY_FORMS.has(text);
}

/** Credit below this is not a token match at all. */
const TOKEN_MATCH_FLOOR = 0.8;

function isPlural(a: string, b: string): boolean {
  return pluralOf(a, b) || pluralOf(a.replace(/[iı]$/u, ''), b.replace(/[iı]$/u, ''));
}

function pluralOf(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (!long.startsWith(short) || short.length < 3) return false;
  const suffix = long.slice(short.length);
  return ['s', 'es', 'lar', 'ler', 'lari', 'leri', 'i'].includes(suffix) && !(suffix === 'i' && short.endsWith('i'));
}

export type TokenSimilarity = { similarity: number; evidence: TokenEvidence } | null;

/**
 * Arabic and Thai write long vowels (الرشيد Rasheed, not Rashad; ทองดี Thongdee, not Tongda), which
 * a consonant skeleton throws away: a Latin spelling must show at least as many vowels of each
 * kind as the word writes. Arabic و and ي may also be the consonants w and y.
 */
const WRITTEN_VOWELS: Array<{ script: 'arabic' | 'thai'; letters: RegExp; latin: RegExp }> = [
  { script: 'arabic', letters: /(?<=.)ي(?=.)/gu, latin: /[iey]/gu },
  { script: 'arabic', letters: /(?<=.)و(?=.)/gu, latin: /[ouw]/gu },
  { script: 'arabic', letters: /(?<=.)ا/gu, latin: /[ae]/gu },
  { script: 'thai', letters: /\u0e34|\u0e35/gu, latin: /[iey]/gu },
  { script: 'thai', letters: /\u0e38|\u0e39/gu, latin: /[ou]/gu },
  { script: 'thai', letters: /\u0e32|\u0e30|\u0e31|\u0e33/gu, latin: /[a]/gu },
  { script: 'thai', letters: /โ/gu, latin: /[o]/gu },
];

function writtenVowelsShown(written: NameToken, latin: string): boolean {
  for (const rule of WRITTEN_VOWELS) {
    const word = written[rule.script];
    if (word === undefined) continue;
    const need = word.match(rule.letters)?.length ?? 0;
    if (need > 0 && (latin.match(rule.latin)?.length ?? 0) < need) return false;
  }
  return true;
}

export function tokenSimilarity(a: NameToken, b: NameToken): TokenSimilarity {
  const direct = tokenSimilarityOnce(a, b);
  if (direct || (a.text === a.original && b.text === b.original)) return direct;
  // Two words translated into two different activity words (denki electric, denko electrical) are
  // different words however alike they are written.
  if (a.text !== a.original && b.text !== b.original && isActivityWord(a.text) && isActivityWord(b.text)) return null;
  // A translated or expanded word may still be compared as written ("sanayi" vs "sanaii").
  return tokenSimilarityOnce(asWritten(a), asWritten(b));
}

/** A translated or expanded token as it was written; tokens are interned, so one copy each. */
const writtenForms = new WeakMap<NameToken, NameToken>();

function asWritten(t: NameToken): NameToken {
  if (t.text === t.original) return t;
  let w = writtenForms.get(t);
  if (!w) {
    w = { ...t, text: t.original, key: translitKey(t.original), skeleton: skeletonKey(t.original) };
    writtenForms.set(t, w);
  }
  return w;
}

function tokenSimilarityOnce(a: NameToken, b: NameToken): { similarity: number; evidence: TokenEvidence } | null {
  // Hùng and Hưng, both written with their marks: two Vietnamese names, not two spellings of one.
  if (a.marked !== undefined && b.marked !== undefined && a.marked !== b.marked) {
    if (VIETNAMESE_LETTER.test(a.marked) || VIETNAMESE_LETTER.test(b.marked)) return null;
    // Both from names written in Vietnamese with their marks: Thanh and Thành are two names.
    if (a.marked.startsWith(VIETNAMESE_WRITTEN) && b.marked.startsWith(VIETNAMESE_WRITTEN)) return null;
  }
  if (a.text === b.text) return { similarity: a.original === b.original || a.text === a.original ? 1 : 0.97, evidence: a.original !== b.original && a.text !== a.original ? 'translation' : 'exact' };
  if (a.original === b.original) return { similarity: 0.97, evidence: 'exact' };
  if (a.hangul !== b.hangul && (a.hangul === undefined || b.hangul === undefined)) {
    const [korean, latin] = a.hangul ? [a, b] : [b, a];
    if (korean.hangul && matchesHangul(korean.hangul, latin.original)) return { similarity: 0.95, evidence: 'spelling variant' };
    // Two syllables and 호 may be a ship (대한호, the Daehan; 한라호, the Halla) or a given name (준호).
    if (korean.hangul?.length === 3 && korean.hangul.endsWith('호') && matchesHangul(korean.hangul.slice(0, 2), latin.original)) return { similarity: 0.93, evidence: 'spelling variant' };
  }
  if ((a.hebrew === undefined) !== (b.hebrew === undefined)) {
    const [written, latin] = a.hebrew ? [a, b] : [b, a];
    const consonants = hebrewConsonants(written.hebrew ?? '');
    // One consonant is enough only for a short word (אור Or, טל Tal); otherwise two.
    if (consonants && consonants === latinConsonants(latin.original) && (consonants.length >= 2 || latin.original.length <= 3)) return { similarity: 0.9, evidence: 'consonant skeleton' };
  }
  if ((a.thai === undefined) !== (b.thai === undefined)) {
    const [written, latin] = a.thai ? [a, b] : [b, a];
    const consonants = thaiConsonants(written.thai ?? '');
    if (consonants.length >= 2 && consonants === latinThaiConsonants(latin.original) && writtenVowelsShown(written, latin.original)) return { similarity: 0.9, evidence: 'consonant skeleton' };
  }
  if ((a.alternatives === undefined) !== (b.alternatives === undefined)) {
    const [written, latin] = a.alternatives ? [a, b] : [b, a];
    if (written.alternatives && isAlternative(written.alternatives, latin.original)) return { similarity: 0.95, evidence: 'spelling variant' };
  } else if (a.alternatives && b.alternatives && wholeWord(a) && wholeWord(b) && (isAlternative(a.alternatives, b.original) || isAlternative(b.alternatives, a.original))) {
    // Two words each with other spellings (Ужице uzhitse or uzice, Užice uzice or uzhice); the
    // readings of two characters (田 da, 大 da) are syllables, not words, and are not compared so.
    return { similarity: 0.95, evidence: 'spelling variant' };
  }
  // Greek against Latin: Alexandros is Alexander, Nikolaos is Nicholas (see greekStem).
  if (Boolean(a.greek) !== Boolean(b.greek)) {
    const stem = greekStem(a.original);
    const other = greekStem(b.original);
    if (stem.length >= 3 && stem === other) return { similarity: 0.92, evidence: 'spelling variant' };
    // The English form of the Greek name (Ioannis is John): what lists print for Greek nationals.
    if (sameGivenName(stem, other)) return { similarity: 0.92, evidence: 'translation' };
  }
  // Greek names in Latin letters, spelt by sound or by letter (Ayia/Agia, Aghios/Agios, Eirini/Irini).
  const foldsA = variantFolds(a);
  const foldsB = variantFolds(b);
  if (foldsA.greek !== null && foldsA.greek === foldsB.greek && a.text !== b.text) return { similarity: 0.9, evidence: 'spelling variant' };
  // Arabic given names in their many Latin spellings (Yousef/Yusuf, Hajj/Haj, Othman/Uthman).
  if (sameArabicName(a.text, b.text)) return { similarity: 0.92, evidence: 'spelling variant' };
  // Armenian surnames in the Russian-based spelling (Hakobyan/Akopyan, Harutyunyan/Arutyunyan).
  if (foldsA.armenian !== null && foldsA.armenian === foldsB.armenian && a.text !== b.text) return { similarity: 0.9, evidence: 'spelling variant' };
  // Ukrainian names and places in their Russian form (Oleksandr/Aleksandr, Kyivska/Kievskaya).
  if (foldsA.ukrainianRussian !== null && foldsB.ukrainianRussian !== null && ukrainianRussianPair(foldsA.ukrainianRussian, foldsB.ukrainianRussian)) return { similarity: 0.92, evidence: 'translation' };
  // Slavic soft endings (Vasil'/Vasilii/Vasiliy) are spellings of one name, not a plural or possessive.
  // Both words must be real words, not Roman numerals (II/III).
  if (a.key === b.key && Math.min(a.text.length, b.text.length) >= 4 && /(?:ii|iy|yi|ij|yy)$/u.test(a.text.length > b.text.length ? a.text : b.text)) return { similarity: 0.95, evidence: 'spelling variant' };
  // Cyrillic Е at the start of a word is Ye in BGN/PCGN and most passports, E in ICAO and scholarly
  // spellings and in the generic transliteration (Yevgeny/Evgeniy, Yelena/Elena, Yeltsin/Eltsin).
  const [ye, e] = a.text.startsWith('ye') ? [a, b] : [b, a];
  if (ye.text.startsWith('ye') && e.text.startsWith('e') && ye.text.length >= 5 && translitKey(ye.text.slice(1)) === e.key) return { similarity: 0.93, evidence: 'spelling variant' };
  // Ukrainian г is h in passports and g in the Russian-based spellings of the same name (Oleh/Oleg, Serhiy/Sergey).
  if (mayDifferByHG(a.text, b.text) && translitKey(hToG(a.text)) === translitKey(hToG(b.text))) return { similarity: 0.92, evidence: 'spelling variant' };
  // Russian and Ukrainian name a company after a place with an adjective (Павлодарский картонный
  // комбинат, Pavlodar Cardboard Mill; Ветлужская, Vetluga): its stem is the place.
  const lengthGap = Math.abs(a.text.length - b.text.length);
  if (lengthGap >= 2 && (a.text.length > b.text.length ? isPlaceAdjectiveOf(a.text, b.text) : isPlaceAdjectiveOf(b.text, a.text))) return { similarity: 0.9, evidence: 'spelling variant' };
  // Thai and Indian romanisations write aspirated p, t, k with an h or without (Phatthana and
  // Pattana, Thong and Tong).
  const aspirateCandidate = a.text[0] === b.text[0] && lengthGap <= 3 && Math.min(a.text.length, b.text.length) >= 5 && (a.text.includes('h') || b.text.includes('h'));
  if (aspirateCandidate && unaspirated(a.text) === unaspirated(b.text)) return { similarity: 0.9, evidence: 'spelling variant' };
  // Russian names in French and German transcriptions (Jouravlev, Chaliapin; Schaljapin, Jurij).
  if (lengthGap <= 3 && Math.min(a.text.length, b.text.length) >= 5 && !a.hangul && !b.hangul && sameRussianName(a, b)) return { similarity: 0.9, evidence: 'spelling variant' };
  // A pinyin word and its Wade-Giles spelling (Taizhong / Taichung, Gaoxiong / Kaohsiung).
  if (lengthGap <= 3 && Math.min(a.text.length, b.text.length) >= 3 && (asWadeGiles(a) === b.text || asWadeGiles(b) === a.text)) return { similarity: 0.9, evidence: 'spelling variant' };
  // Japanese in the Kunrei system and in Hepburn (Tutiura / Tsuchiura, Syokuhin / Shokuhin).
  if (Math.min(a.text.length, b.text.length) >= 6 && isRomaji(a.text) && isRomaji(b.text) && hepburn(a.text) === hepburn(b.text)) return { similarity: 0.92, evidence: 'spelling variant' };
  // Indian names in their common spellings: Laxmi and Lakshmi, Shree and Shri, Venkateshwara and Venkateswara.
  if (lengthGap <= 3 && Math.min(a.text.length, b.text.length) >= 4 && indianFold(a.text) === indianFold(b.text)) return { similarity: 0.92, evidence: 'spelling variant' };
  // Russian е after a vowel is "ye" in BGN spellings and "e" in others (Yermolayev, Ermolaev).
  if (lengthGap <= 2 && Math.min(a.text.length, b.text.length) >= 5 && (a.text.includes('ye') || b.text.includes('ye')) && russianYe(a.text) === russianYe(b.text)) return { similarity: 0.92, evidence: 'spelling variant' };
  // Korean names in Revised Romanization and McCune-Reischauer (Geumgang / Kumkang, Daeseong /
  // Taesong): both read as Korean syllables and agree once the systems' differences are folded.
  if (lengthGap <= 3 && koreanLatinVariant(a, b)) return { similarity: 0.9, evidence: 'spelling variant' };
  const family = ACTIVITY_FAMILY.get(a.text);
  if (family !== undefined && family === ACTIVITY_FAMILY.get(b.text)) return { similarity: 0.93, evidence: 'spelling variant' };
  if (lengthGap <= 4 && a.text[0] === b.text[0] && isPlural(a.text, b.text)) {
    // Logistic/Logistics, Exporter/Exporters: an activity word's number is a habit of the writer;
    // in a proper name it is a different name (Altair Star / Altair Stars).
    return isActivityWord(a.text) && isActivityWord(b.text) ? { similarity: 0.95, evidence: 'spelling variant' } : null;
  }
  // Byte and Bite: two English words spelt alike and sounding alike are two words. A long vowel
  // written short is a foreign spelling of one word (Grin Shipping for Green Shipping).
  if (a.key === b.key && a.key.length >= 2 && !(a.text.length === b.text.length && bothEnglishWords(a.text, b.text) && !britishAmerican(a.text, b.text))) {
    return { similarity: 0.95, evidence: 'spelling variant' };
  }
  const shorter = a.original.length <= b.original.length ? a : b;
  const longer = shorter === a ? b : a;
  if (shorter.abbreviated && shorter.original.length >= 2 && longer.original.startsWith(shorter.original)) return { similarity: 0.9, evidence: 'abbreviation' };
  // Register exports cut activity words short without a dot ("Bldg Mat & Equip Trdg").
  if (longer.kind === 'generic' && shorter.original.length >= 3 && longer.text.length - shorter.original.length >= 3 && longer.text.startsWith(shorter.original)) return { similarity: 0.85, evidence: 'abbreviation' };
  if ((a.abjad || b.abjad) && (a.arabic === undefined || writtenVowelsShown(a, b.original)) && (b.arabic === undefined || writtenVowelsShown(b, a.original))) {
    if (sameAbjadSkeleton(a, b) && (a.skeleton.length >= 2 || Math.max(a.key.length, b.key.length) <= 5)) return { similarity: 0.9, evidence: 'consonant skeleton' };
    // The key reads a Latin j before a vowel as y (Marjan/Maryan); an abjad's j is still j (mrjn).
    if (a.original.includes('j') && b.original.includes('j')) {
      const plain = plainSkeleton(a.original);
      if (plain.length >= 3 && plain === plainSkeleton(b.original)) return { similarity: 0.9, evidence: 'consonant skeleton' };
    }
  }
  const len = Math.max(a.key.length, b.key.length);
  // Karimov and Karimova, Petrovsky and Petrovskaya: the man's and the woman's form of a surname
  // name two people (or two family firms), never one spelt two ways.
  if (lengthGap <= 3 && isGenderedPair(a.text, b.text)) return null;
  // Two Mandarin syllable strings a letter apart, or two two-syllable names with one syllable
  // changed, are two different names (Jinlan/Jinlian, Beichen/Beichuan), however alike their consonants. Vowels fall in the same places in two spellings
  // of one name (Mohammed, Muhammad), not in two names of one root (Mahmoud).
  if (a.skeleton === b.skeleton && a.skeleton.length >= 3 && len >= 7 && a.key[0] === b.key[0] && vowelPattern(a.text) === vowelPattern(b.text) && !(sameSyllableCount(a.text, b.text) && (editDistance(a.text, b.text, 1) <= 1 || pinyinSyllables(a.text)?.length === 2))) return { similarity: 0.88, evidence: 'consonant skeleton' };
  if (len < 5) return null;
  // Electronic and Electric, Import and Export: two activity words a letter or two apart.
  if (isActivityWord(a.text) && isActivityWord(b.text)) return null;
  // The key can turn one slip into two ("cnosulting" keeps its c, "consulting" gets a k): take the closer reading.
  const dKey = editDistance(a.key, b.key, 2);
  const d = dKey <= 1 ? dKey : Math.min(dKey, editDistance(a.text, b.text, 2));
  if (d > 2) return null;
  // Two letters swapped is a slip even in a word that reads as pinyin (Chian for China).
  if (bothPinyin(a.text, b.text) && !isTransposition(a.text, b.text)) return null;
  // The same for Korean names in Revised Romanization (Yeongil/Yeongjin, Cheongun/Cheongwon): its
  // eo marks them (eu is also European), and a syllable changed is another name.
  if (a.text.includes('eo') && b.text.includes('eo') && koreanFold(a) !== '' && koreanFold(b) !== '') return null;
  // Principal and Principle, Marlin and Martin: two ordinary English words a letter apart are two
  // words, not one word and a slip. British and American spellings of one word are still one.
  if (bothEnglishWords(a.text, b.text) && !britishAmerican(a.text, b.text)) return null;
  // The key may spell a first letter two ways (a slipped "cnosulting" keeps its c where "consulting"
  // gets k): the word differs at its start only when both readings do.
  const firstDiffers = a.key[0] !== b.key[0] && a.text[0] !== b.text[0];
  if (d === 1) {
    // Mehta and Mehra, Schulze and Schulte: one consonant for another that sounds nothing like it
    // is as often another name as a slip.
    // Only between proper names of a length a name has: a slip in a longer or a dictionary word
    // ("Informakica", "Managemelt") or a known given name (Ahmaf) is still a slip.
    const unlike =
      len <= 7 && a.kind === 'name' && b.kind === 'name' && unlikeConsonants(a.text, b.text) && !isEnglishWord(a.text) && !isEnglishWord(b.text) && !isArabicGivenName(a.text) && !isArabicGivenName(b.text);
    return { similarity: firstDiffers || unlike ? DOUBTFUL_EDIT : len >= 7 ? 0.9 : 0.86, evidence: 'one edit' };
  }
  if (len >= 9 && !firstDiffers) return { similarity: 0.82, evidence: 'two edits' };
  return null;
}

/** A word that divides into Japanese syllables (Kunrei or Hepburn), with doubled consonants and n. */
const ROMAJI = /^(?:(?:([kstpgdbz])(?=\1)\1?)?(?:sh|ch|ts|[kgnhbpmrszt]y|dy|[kgszjtdnhbpmrwfv])?[aiueo]|n)+$/u;

function isRomaji(word: string): boolean {
  return ROMAJI.test(word);
}

/** Kunrei-shiki spellings as Hepburn writes them. */
function hepburn(word: string): string {
  return word
    .replace(/sy/gu, 'sh').replace(/ty/gu, 'ch').replace(/zy/gu, 'j')
    .replace(/si/gu, 'shi').replace(/ti/gu, 'chi').replace(/tu/gu, 'tsu').replace(/hu/gu, 'fu').replace(/[zd]i/gu, 'ji').replace(/du/gu, 'zu');
}

/** Spellings Indian names vary between: ksh and x, sh and s, long vowels doubled or not, w and v. */
function indianFold(word: string): string {
  return word.replace(/ksh/gu, 'x').replace(/sh/gu, 's').replace(/ee/gu, 'i').replace(/oo/gu, 'u').replace(/aa/gu, 'a').replace(/w/gu, 'v');
}

/** A word's spellings folded for the comparisons below, computed once per token. */
interface VariantFolds {
  /** Greek sounds folded (gh, y before i/e, ei, oi), for a word with a Greek spelling; else its text. */
  greek: string | null;
  /** An Armenian surname folded to the Russian-based spelling, or null. */
  armenian: string | null;
  /** The word's entries in the Ukrainian-Russian name table, or null. */
  ukrainianRussian: NameSides | null;
}
const variantFoldsOf = new WeakMap<NameToken, VariantFolds>();

function variantFolds(token: NameToken): VariantFolds {
  let folds = variantFoldsOf.get(token);
  if (folds === undefined) {
    const w = token.text;
    folds = { greek: w.length >= 4 ? greekLatinFold(w) : null, armenian: armenianFold(w), ukrainianRussian: ukrainianRussianSides(w) };
    variantFoldsOf.set(token, folds);
  }
  return folds;
}

/**
 * Greek words in Latin letters: γ before i and e is written y or g (Ayia, Agia; Yiannis, Giannis),
 * γ also gh (Aghios), and ει, οι are i as spoken (Eirini, Irini). A word with one of those spellings
 * is folded; any other word is kept as it is, so that Agia still meets Ayia.
 */
function greekLatinFold(w: string): string {
  // Chatzi-, Hatzi-, Hadji- (the pilgrim's title that starts many Greek and Cypriot surnames).
  if (HADJI.test(w)) w = w.replace(HADJI, 'hatzi');
  else if (!GREEK_LATIN_MARK.test(w)) return w;
  return w
    .replace(/gh/gu, 'g')
    .replace(/y(?=[ie])/gu, 'g')
    .replace(/[eo]i/gu, 'i');
}
const HADJI = /^(?:ch|kh|h|x)a(?:tz|dj|dz|j)i(?=[a-z]{4})/u;
/** A y or gh before a vowel, or ei/oi in a word with a Greek ending (a vowel, -os, -is, -as, -es). */
const GREEK_LATIN_MARK = /(?:^|[aeiou])y[ie]|gh[aeio]|(?:ei|oi).*(?:[aeiou]|[oiae]s)$/u;

/**
 * Armenian surnames (-yan, -ian) as Armenia spells them and as Russian-based spellings write them:
 * the initial h is dropped and b, d, g are devoiced (Hakobyan, Akopyan). Only the ending marks a
 * word as Armenian, so both words must carry it and be long enough to be surnames.
 */
function armenianFold(w: string): string | null {
  if (w.length < 6 || !/[iy]an$/u.test(w)) return null;
  return w
    .replace(/^h(?=[aeiou])/u, '')
    .replace(/ian$/u, 'yan')
    .replace(/b/gu, 'p')
    .replace(/d/gu, 't')
    .replace(/g/gu, 'k');
}

/** One edit that may as well make another name: at the first letter, or one consonant for an unlike one. */
const DOUBTFUL_EDIT = 0.78;
/** Consonants that spellings of one name exchange (Abdulkadir/Abdulqadir, Zilberstein/Silberstein, Daehan/Taehan). */
const LIKE_CONSONANTS = ['ckqg', 'szcx', 'td', 'pb', 'fvw', 'jyg', 'lr', 'mn'];

/** Two words of one length that differ in one letter, a consonant on each side, of unlike sounds. */
function unlikeConsonants(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (i >= a.length || a.slice(i + 1) !== b.slice(i + 1)) return false;
  const [x, y] = [a[i], b[i]];
  if (/[aeiouy]/u.test(x) || /[aeiouy]/u.test(y)) return false;
  return !LIKE_CONSONANTS.some((group) => group.includes(x) && group.includes(y));
}

/** Letters only Vietnamese writes: ơ, ư and the vowels with a hook or a dot below (ă is also Romanian, đ Croatian). */
const VIETNAMESE_LETTER = /[ơư\u1ea0-\u1ef9]/u;

/** A word rather than one character's reading: four letters or more, not a single Mandarin syllable. */
function wholeWord(t: NameToken): boolean {
  return t.original.length >= 4 && pinyinSyllables(t.original)?.length !== 1;
}

/** A Russian name with "ye" for е at its start and after a vowel written "e" (Yermolayev: ermolaev). */
function russianYe(word: string): string {
  return word.replace(/^ye/u, 'e').replace(/([aeiou])ye/gu, '$1e');
}

/** Whether two words differ only by two neighbouring letters swapped (Chian, China). */
function isTransposition(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

const englishWordCache = new Map<string, boolean>();

function isEnglishWord(word: string): boolean {
  let known = englishWordCache.get(word);
  if (known === undefined) {
    known = /^[a-z]{4,}$/u.test(word) && (WordNetLexicon.shared()?.isCommonWord(word) ?? false);
    if (englishWordCache.size > 50_000) englishWordCache.clear();
    englishWordCache.set(word, known);
  }
  return known;
}

function bothEnglishWords(a: string, b: string): boolean {
  return isEnglishWord(a) && isEnglishWord(b);
}

/** Colour/Color, Fibre/Fiber, Organisation/Organization, Jewellery/Jewelry, Aluminium/Aluminum. */
function britishAmerican(a: string, b: string): boolean {
  const fold = (w: string) =>
    w
      .replace(/our(?=s?$|ed$|ing$)/u, 'or')
      .replace(/(?<=[bt])re(?=s?$)/u, 'er')
      .replace(/is(?=e$|es$|ed$|ing$|ation)/u, 'iz')
      .replace(/ll/gu, 'l')
      .replace(/ae|oe/gu, 'e')
      .replace(/ium(?=s?$)/u, 'um')
      .replace(/yre(?=s?$)/u, 'ire')
      .replace(/ogue(?=s?$)/u, 'og')
      .replace(/ery(?=$)/u, 'ry');
  return fold(a) === fold(b);
}

const PLACE_ADJECTIVE = /^([a-z]{4,}?)(?:skiy|skii|skij|skyy|skyi|sky|skaya|skaia|skaja|skoye|skoe|skoj|skoy|skoi|skiye|skie|ska|ske)$/u;

/**
 * Whether `adjective` is a Slavic adjective formed from the place `noun` (Pavlodarskiy from
 * Pavlodar, Vetluzhskaya from Vetluga, Moskovskiy from Moskva). A noun ending like a surname
 * (Petrov, Ilyin) is left alone: Petrovsky and Petrov are two families.
 */
function isPlaceAdjectiveOf(adjective: string, noun: string): boolean {
  if (!adjective.includes('sk') || noun.length < 4 || /(?:ov|ev|in|yn|sky|ski)$/u.test(noun)) return false;
  // A place ending in -sk takes the ending alone (Kursk, Kurskiy; Omsk, Omskaya).
  if (/sk$/u.test(noun) && adjective.startsWith(noun) && /^(?:iy|ii|ij|yy|yi|y|aya|aia|aja|oye|oe|oj|oy|oi|iye|ie)$/u.test(adjective.slice(noun.length))) return true;
  const stem = PLACE_ADJECTIVE.exec(adjective)?.[1];
  if (!stem) return false;
  // Consonants alternate before the suffix (Vetluga/Vetluzhskaya, Volga/Volzhsky); -ov- links it (Moskva/Moskovsky).
  // A vowel may be inserted before the last consonant (Vologda/Vologodskaya); exports drop the
  // haček of Serbian and Croatian š (Šumadija, Sumadija).
  const stems = [stem, stem.replace(/zh$/u, 'g'), stem.replace(/ch$/u, 'k'), stem.replace(/(?:ov|ev)$/u, ''), stem.replace(/o(?=[^aeiou]$)/u, '')];
  const plain = (w: string) => w.replace(/([szc])h/gu, '$1');
  return stems.some((s) => s.length >= 4 && ((noun.startsWith(s) && noun.length - s.length <= 2) || (plain(noun).startsWith(plain(s)) && plain(noun).length - plain(s).length <= 2)));
}

function unaspirated(word: string): string {
  return word.replace(/(?<=[ptk])h/gu, '').replace(/(.)\1+/gu, '$1');
}

/** Skeletons equal, or equal once a Latin -ah/-eh ending loses its h (Nukhbah, Nukhba). */
function sameAbjadSkeleton(a: NameToken, b: NameToken): boolean {
  if (a.skeleton === b.skeleton) return true;
  const [latin, other] = a.abjad ? [b, a] : [a, b];
  return !latin.abjad && /[ae]h$/u.test(latin.original) && skeletonKey(latin.original.slice(0, -1)) === other.skeleton;
}

/**
 * A Latin word's readings as an English-style spelling of a Russian name: as written, as a French
 * transcription (ou u, j zh, ch sh, tch ch, -ff v, a final mute e) and as a German one (sch sh,
 * tsch ch, ch kh, j y, w v, -ow ov); ё written yo or e either way. Keys of the transliteration key.
 */
const russianReadingsOf = new WeakMap<NameToken, string[] | null>();

/** The token's other readings, or null when it has no French or German mark (most words). */
function russianReadings(token: NameToken): string[] | null {
  let keys = russianReadingsOf.get(token);
  if (keys === undefined) {
    keys = /j|ou|sch|tch|ch|w|ff$|yo/u.test(token.text) ? readingsOf(token.text) : null;
    russianReadingsOf.set(token, keys);
  }
  return keys;
}

function readingsOf(word: string): string[] {
  const yo = (w: string) => w.replace(/(?<=[^aeiouy])yo/gu, 'e');
  const french = word
    .replace(/chtch/gu, 'shch')
    .replace(/tch/gu, 'CH')
    .replace(/ch/gu, 'sh')
    .replace(/CH/gu, 'ch')
    .replace(/j/gu, 'zh')
    .replace(/ou/gu, 'u')
    .replace(/ff$/u, 'v')
    .replace(/(?<=[aeiou])ss(?=[aeiou])/gu, 's')
    .replace(/(?<=[^aeiou])e$/u, '');
  const german = word
    .replace(/tsch/gu, 'ch')
    .replace(/sch/gu, 'sh')
    .replace(/(?<![cst])ch/gu, 'kh')
    .replace(/j/gu, 'y')
    .replace(/w/gu, 'v')
    .replace(/ow$/u, 'ov');
  return [...new Set([word, french, german].map((w) => translitKey(yo(w))))];
}

/** Two transcriptions of one Russian name; only tried when a French or German mark is present. */
function sameRussianName(a: NameToken, b: NameToken): boolean {
  const ra = russianReadings(a);
  const rb = russianReadings(b);
  if (ra === null && rb === null) return false;
  const ka = ra ?? [a.key];
  if (!(rb ?? [b.key]).some((k) => ka.includes(k))) return false;
  // Mandarin pinyin (Jinqiao, Yinqiao) has its own j and ch.
  return pinyinSyllables(a.text) === null || pinyinSyllables(b.text) === null;
}

const KOREAN_INITIALS = ['kk', 'tt', 'pp', 'ss', 'jj', 'ch', 'sh', 'g', 'k', 'n', 'd', 't', 'r', 'l', 'm', 'b', 'p', 's', 'j', 'h', ''];
const KOREAN_VOWELS = ['yae', 'yeo', 'wae', 'ae', 'ya', 'eo', 'ye', 'wa', 'oe', 'yo', 'wo', 'we', 'wi', 'yu', 'eu', 'ui', 'a', 'e', 'o', 'u', 'i'];
const KOREAN_FINALS = ['ng', 'k', 'n', 't', 'l', 'm', 'p', ''];

/** Whether a Latin word reads as two or more Korean syllables in either common romanisation. */
function readsAsKorean(word: string): boolean {
  const memo = new Map<number, number>();
  // The most syllables a reading of word[pos..] can have, or -1 when there is none.
  const walk = (pos: number): number => {
    if (pos === word.length) return 0;
    const known = memo.get(pos);
    if (known !== undefined) return known;
    let best = -1;
    for (const i of KOREAN_INITIALS) {
      if (!word.startsWith(i, pos)) continue;
      for (const v of KOREAN_VOWELS) {
        if (!word.startsWith(v, pos + i.length)) continue;
        for (const f of KOREAN_FINALS) {
          const end = pos + i.length + v.length + f.length;
          if (!word.startsWith(f, pos + i.length + v.length)) continue;
          const rest = walk(end);
          if (rest >= 0) best = Math.max(best, rest + 1);
        }
      }
    }
    memo.set(pos, best);
    return best;
  };
  return walk(0) >= 2;
}

/** Folds what Revised Romanization and McCune-Reischauer write differently (eo/o, eu/u, g/k, d/t, b/p, j/ch, r/l). */
function foldKoreanLatin(word: string): string {
  return word
    .replace(/yeo/gu, 'yo')
    .replace(/eo/gu, 'o')
    .replace(/eu/gu, 'u')
    .replace(/wo/gu, 'o')
    .replace(/shi/gu, 'si')
    .replace(/(?<!n)g/gu, 'k')
    .replace(/d/gu, 't')
    .replace(/b/gu, 'p')
    .replace(/j/gu, 'ch')
    .replace(/r/gu, 'l')
    .replace(/(.)\1+/gu, '$1');
}

/** Per token: its Wade-Giles spelling when it reads as two or more pinyin syllables, else ''. */
const wadeGilesForms = new WeakMap<NameToken, string>();

function asWadeGiles(token: NameToken): string {
  let w = wadeGilesForms.get(token);
  if (w === undefined) {
    const syllables = token.text.length >= 2 && !token.hangul ? pinyinSyllables(token.text) : null;
    // One syllable only where Wade-Giles writes its initial apart (Xie Hsieh, Zhou Chou, Cai Tsai, Jiang Chiang).
    const lone = syllables?.length === 1 && /^(?:x|q|zh|z|c|j)/u.test(token.text);
    w = syllables && (syllables.length >= 2 || lone) && token.text.length >= (lone ? 2 : 4) ? syllables.map(wadeGiles).join('') : '';
    if (w === token.text) w = '';
    wadeGilesForms.set(token, w);
  }
  return w;
}

/** Per token: its folded Korean spelling, or '' when it does not read as Korean syllables. */
const koreanFolds = new WeakMap<NameToken, string>();

function koreanFold(token: NameToken): string {
  let f = koreanFolds.get(token);
  if (f === undefined) {
    f = token.text.length >= 5 && readsAsKorean(token.text) ? foldKoreanLatin(token.text) : '';
    koreanFolds.set(token, f);
  }
  return f;
}

function koreanLatinVariant(a: NameToken, b: NameToken): boolean {
  if (a.text === b.text) return false;
  const fa = koreanFold(a);
  return fa !== '' && fa === koreanFold(b);
}

/** Consonant and vowel runs of a word (Mohammed and Muhammad CVCVCVC; Mahmoud CVCVC). */
function vowelPattern(word: string): string {
  return word.replace(/[aeiouy]+/gu, 'V').replace(/[^V]+/gu, 'C');
}

function plainSkeleton(word: string): string {
  return word.replace(/[aeiouy'`]/gu, '').replace(/(.)\1+/gu, '$1');
}

/**
 * Both words read as two or three Mandarin syllables, as Chinese names are written. Longer words
 * that happen to split into syllables (Oyelaran: o-ye-la-ran) are seldom Chinese.
 */
function bothPinyin(a: string, b: string): boolean {
  const pa = pinyinSyllables(a);
  if (!pa || pa.length < 2 || pa.length > 3) return false;
  const pb = pinyinSyllables(b);
  return pb !== null && pb.length > 1 && pb.length <= 3;
}

/** Both read as Mandarin syllables, as many on each side: one syllable changed, another name. */
function sameSyllableCount(a: string, b: string): boolean {
  const pa = pinyinSyllables(a);
  if (!pa || pa.length < 2) return false;
  return pinyinSyllables(b)?.length === pa.length;
}

const GENDERED_SURNAME = /(?:ov|ev|yov|in|yn|sky|skiy|skii|ski|tsky|cki|ck)$/u;

/** A Slavic or Central Asian surname and its feminine form (-ov/-ova, -in/-ina, -sky/-skaya). */
function isGenderedPair(a: string, b: string): boolean {
  // Polish -ski/-ska keep the length: the masculine is the one ending in -i or -y.
  const [m, f] = a.length < b.length || (a.length === b.length && /[iy]$/u.test(a)) ? [a, b] : [b, a];
  if (m.length < 4 || !GENDERED_SURNAME.test(m)) return false;
  if (f === `${m}a`) return true;
  const stem = m.replace(/(?:skiy|skii|sky|ski)$/u, 'sk').replace(/(?:cki|ck)$/u, 'ck');
  return stem !== m && (f === `${stem}aya` || f === `${stem}a`);
}

interface Side {
  tokens: NameToken[];
  weights: number[];
  matched: boolean[];
}

/** Drops the unmatched words of a closing note from a side (its last `count` tokens). */
function setAsideNote(s: Side, count: number | undefined): string[] {
  const removed: string[] = [];
  if (!count) return removed;
  for (let i = s.tokens.length - 1; i >= Math.max(0, s.tokens.length - count); i -= 1) {
    if (s.matched[i]) continue;
    removed.push(s.tokens[i].original);
    s.tokens.splice(i, 1);
    s.weights.splice(i, 1);
    s.matched.splice(i, 1);
  }
  return removed;
}

function side(name: NormalisedName, weigh: TokenWeigher): Side {
  const tokens = name.tokens.filter((t) => t.text !== '&');
  return { tokens, weights: tokens.map(weigh), matched: tokens.map(() => false) };
}

/** Tries to match one token against a run of adjacent unmatched tokens joined ("Wirra-long"/"Wirralong"). */
function joinPass(single: Side, multi: Side, pairings: TokenPairing[], singleIsQuery: boolean): number {
  let credit = 0;
  for (let i = 0; i < single.tokens.length; i += 1) {
    if (single.matched[i]) continue;
    const target = single.tokens[i];
    for (let start = 0; start < multi.tokens.length && !single.matched[i]; start += 1) {
      let joined = '';
      let joinedText = '';
      let skeleton = '';
      // Han characters, one token each, against one Latin word (山 田 / Yamada): readings, not lengths, decide.
      let readingsRun = target.alternatives === undefined;
      for (let end = start; end < Math.min(multi.tokens.length, start + 5); end += 1) {
        if (multi.matched[end]) break;
        joined += multi.tokens[end].original;
        joinedText += multi.tokens[end].text;
        skeleton += multi.tokens[end].skeleton;
        readingsRun = readingsRun && multi.tokens[end].alternatives !== undefined;
        if (end === start) continue;
        // A word translated by a phrase (fiskeoppdrett, "fish farming") meets the phrase's words.
        if (target.text.includes(' ') && target.text.replace(/ /gu, '') === joinedText) {
          credit += pairWithRun(single, i, multi, start, end, { similarity: 0.97, evidence: 'translation' }, pairings, singleIsQuery);
          break;
        }
        if (!readingsRun && joined.length > target.original.length + (target.hangul || target.thai ? 6 : 2)) break;
        if (!readingsRun && joined.length < target.original.length - (target.hangul ? 4 : 1) && !target.abjad && !multi.tokens[start].abjad) continue;
        const d = editDistance(joined, target.original, 1);
        // "Kim Jong Un" joined is compared with the Hangul itself: romanisations differ in length.
        const hangulHit = (target.hangul !== undefined && matchesHangulAnyOrder(target.hangul, joined)) || (target.thai !== undefined && multi.tokens[start].thai === undefined && thaiConsonants(target.thai) === latinThaiConsonants(joined) && writtenVowelsShown(target, joined)) || (end > start && asWadeGiles(target) === joined);
        const skeletonHit = (target.abjad || multi.tokens[start].abjad) && skeleton === target.skeleton && skeleton.length >= 2;
        const readingsHit = readingsRun && segmentsInto(target.original, multi.tokens.slice(start, end + 1).map((t) => t.alternatives ?? []));
        // A Wade-Giles aspirate apostrophe splits one syllable in two (Ch'ing -> "ch" "ing"): the
        // pieces joined are one reading of the character.
        const alternativeHit = target.alternatives !== undefined && isAlternative(target.alternatives, joined);
        if (d <= (joined.length >= 8 ? 1 : 0) || skeletonHit || hangulHit || readingsHit || alternativeHit) {
          const similarity = d === 0 || hangulHit || readingsHit || alternativeHit ? 0.95 : 0.88;
          let wMulti = 0;
          for (let k = start; k <= end; k += 1) {
            multi.matched[k] = true;
            wMulti += multi.weights[k];
          }
          single.matched[i] = true;
          credit += (single.weights[i] + wMulti) * similarity;
          const parts = multi.tokens.slice(start, end + 1).map((t) => t.original).join(' ');
          pairings.push({ query: singleIsQuery ? target.original : parts, listed: singleIsQuery ? parts : target.original, similarity, evidence: 'joined words' });
          break;
        }
      }
    }
  }
  return credit;
}

/** Pairs Latin word `i` with written tokens `start`..`end`, marks them matched, and returns the credit. */
function pairWithRun(latin: Side, i: number, written: Side, start: number, end: number, how: { similarity: number; evidence: TokenEvidence }, pairings: TokenPairing[], latinIsQuery: boolean): number {
  let wRun = 0;
  for (let k = start; k <= end; k += 1) {
    written.matched[k] = true;
    wRun += written.weights[k];
  }
  latin.matched[i] = true;
  const word = latin.tokens[i].original;
  const parts = written.tokens.slice(start, end + 1).map((t) => t.original).join(' ');
  pairings.push({ query: latinIsQuery ? word : parts, listed: latinIsQuery ? parts : word, ...how });
  return (latin.weights[i] + wRun) * how.similarity;
}

/**
 * Aligns a Latin word with the two or three consecutive characters whose readings it spells
 * ("Keqiang" = 克 ke + 强 qiang, "Zhengfei" = 正 zheng + 非 fei), before words are paired one to
 * one. Run after that pairing instead, one character would already have taken the whole word by
 * resemblance (强 qiang ~ Keqiang) and the other would be left over as a difference. Spellings
 * come from the readings tables (Korean, Wade-Giles, Cantonese forms included); hyphens and case
 * were folded away by the normaliser, so Ying-jeou, Yingjeou and Ying Jeou meet the same units.
 */
function readingUnitPass(latin: Side, written: Side, pairings: TokenPairing[], latinIsQuery: boolean): number {
  let credit = 0;
  if (!written.tokens.some((t) => t.alternatives)) return credit;
  for (let i = 0; i < latin.tokens.length; i += 1) {
    const word = latin.tokens[i];
    // Four letters at least: shorter words split into one-letter readings too easily (A + n).
    if (latin.matched[i] || word.alternatives || word.hangul || foldRomanisation(word.original).length < 4) continue;
    for (let start = 0; start < written.tokens.length - 1 && !latin.matched[i]; start += 1) {
      if (!written.tokens[start].alternatives) continue;
      // Longest run first: a kana long-vowel mark belongs to the syllable before it (カトウ Kato).
      for (let end = Math.min(written.tokens.length, start + 3) - 1; end > start; end -= 1) {
        const run = written.tokens.slice(start, end + 1);
        if (written.matched.slice(start, end + 1).some(Boolean) || run.some((t) => !t.alternatives)) continue;
        if (!segmentsInto(word.original, run.map((t) => t.alternatives ?? []))) continue;
        credit += pairWithRun(latin, i, written, start, end, { similarity: 0.95, evidence: 'readings of consecutive characters' }, pairings, latinIsQuery);
        break;
      }
    }
  }
  return credit;
}

/**
 * The consonants an English word keeps when Japanese writes it in katakana, and a katakana word's
 * romaji keeps of the English it borrows: リンクス rinkusu and Links are both r-n-k-s, スターライト
 * sutaraito and Starlight s-t-r-t. Vowels (and the vowels katakana adds after a consonant) go, l
 * is r, v is b, th and z are s; an English r after a vowel is not said, nor gh.
 */
function loanSkeleton(word: string): string {
  return word
    .toLowerCase()
    .replace(/gh/gu, '')
    .replace(/ph/gu, 'f')
    .replace(/ck/gu, 'k')
    .replace(/c(?=[eiy])/gu, 's')
    .replace(/[cq]/gu, 'k')
    .replace(/x/gu, 'ks')
    .replace(/(?<=[aeiou])r(?![aeiouy])/gu, '')
    .replace(/sh|th|z/gu, 's')
    .replace(/ch|ts/gu, 't')
    .replace(/l/gu, 'r')
    .replace(/v/gu, 'b')
    .replace(/m(?=[pb])/gu, 'n')
    .replace(/[aeiouyw]/gu, '')
    .replace(/(.)\1+/gu, '$1');
}

/** A token read from one kana (its only reading is itself, a syllable of three letters at most). */
function isKanaSyllable(t: NameToken): boolean {
  return t.alternatives?.length === 1 && t.alternatives[0] === t.original && t.original.length <= 3;
}

/**
 * A Latin word against a run of kana read one syllable each (ミナトリンクス: mi na to ri n ku su):
 * a run that spells an English loanword pairs with it by the consonants both keep (see
 * loanSkeleton). Three consonants at least, so short words do not meet by chance.
 */
function loanwordPass(latin: Side, written: Side, pairings: TokenPairing[], latinIsQuery: boolean): number {
  let credit = 0;
  if (!written.tokens.some(isKanaSyllable)) return credit;
  const kana = written.tokens.map(isKanaSyllable);
  for (let i = 0; i < latin.tokens.length; i += 1) {
    const word = latin.tokens[i];
    if (latin.matched[i] || word.alternatives || word.original.length < 4) continue;
    const target = loanSkeleton(word.original);
    if (target.length < 3) continue;
    for (let start = 0; start < written.tokens.length && !latin.matched[i]; start += 1) {
      for (let end = Math.min(written.tokens.length, start + 10) - 1; end > start; end -= 1) {
        if (written.matched.slice(start, end + 1).some(Boolean) || kana.slice(start, end + 1).some((k) => !k)) continue;
        const run = written.tokens.slice(start, end + 1);
        if (loanSkeleton(run.map((t) => t.original).join('')) !== target) continue;
        credit += pairWithRun(latin, i, written, start, end, { similarity: 0.9, evidence: 'loanword in kana' }, pairings, latinIsQuery);
        break;
      }
    }
  }
  return credit;
}

/**
 * Compares two normalised names. The score is a weighted soft Dice over aligned tokens: every
 * token on either side either pairs with a token on the other side (credited with the pair's
 * similarity) or counts against the match; word order is ignored. Legal forms, vessel designators
 * and numerals are compared separately and can only lower the score.
 */
export function compareNames(
  query: NormalisedName,
  listed: NormalisedName,
  weigh: TokenWeigher = defaultWeigher,
  similarity: (a: NameToken, b: NameToken) => TokenSimilarity = tokenSimilarity,
): NameComparison {
  const q = side(query, weigh);
  const l = side(listed, weigh);
  const candidates: Array<{ i: number; j: number; similarity: number; evidence: TokenEvidence }> = [];
  for (let i = 0; i < q.tokens.length; i += 1) {
    for (let j = 0; j < l.tokens.length; j += 1) {
      const sim = similarity(q.tokens[i], l.tokens[j]);
      if (sim && sim.similarity >= TOKEN_MATCH_FLOOR) candidates.push({ i, j, ...sim });
    }
  }
  candidates.sort((x, y) => y.similarity - x.similarity || Math.abs(x.i - x.j) - Math.abs(y.i - y.j));
  const pairings: TokenPairing[] = [];
  let credit = readingUnitPass(q, l, pairings, true) + readingUnitPass(l, q, pairings, false);
  for (const c of candidates) {
    if (q.matched[c.i] || l.matched[c.j]) continue;
    q.matched[c.i] = true;
    l.matched[c.j] = true;
    credit += (q.weights[c.i] + l.weights[c.j]) * c.similarity;
    pairings.push({ query: q.tokens[c.i].original, listed: l.tokens[c.j].original, similarity: c.similarity, evidence: c.evidence });
  }
  credit += joinPass(q, l, pairings, true);
  credit += joinPass(l, q, pairings, false);
  credit += loanwordPass(q, l, pairings, true) + loanwordPass(l, q, pairings, false);

  // For a ship, a note closing either name in brackets or after a dash ("Bluefin Resolve (Majuro)",
  // "Kalinda Star - Liberia") is its port or flag, not its name: unmatched, it neither counts nor separates.
  const setAside = query.vessel || listed.vessel ? [...setAsideNote(q, query.noteWords), ...setAsideNote(l, listed.noteWords)] : [];
  const total = q.weights.reduce((s, w) => s + w, 0) + l.weights.reduce((s, w) => s + w, 0);
  let score = total > 0 ? credit / total : 0;
  const adjustments: string[] = [];
  if (setAside.length > 0) adjustments.push(`a ship's port or flag noted after its name set aside (${setAside.join(', ')})`);

  const nameMatched = q.tokens.some((t, i) => q.matched[i] && t.kind === 'name') || l.tokens.some((t, j) => l.matched[j] && t.kind === 'name');
  const hasName = q.tokens.some((t) => t.kind === 'name') || l.tokens.some((t) => t.kind === 'name');
  if (hasName && !nameMatched && score > 0.5) {
    score = 0.5;
    adjustments.push('only generic words agree (no distinctive name word in common): capped at 0.50');
  }
  const qOnly = q.tokens.some((t, i) => !q.matched[i] && t.kind !== 'particle');
  const lOnly = l.tokens.some((t, j) => !l.matched[j] && t.kind !== 'particle');
  if (qOnly && lOnly) {
    // A word replaced by another (Imports/Exports, Logistics/Engineering) separates siblings more
    // than a word merely added on one side (a branch, a port, an activity).
    score *= 0.92;
    adjustments.push('a word on each side has no counterpart (substitution): ×0.92');
  }
  // "Brenmoor Timber Holdings" and "Brenmoor Timber": an activity word added on one side names the
  // group's holding or a sister business. Shipping words (a ship and its owner) and words that
  // are also legal forms (Company, Establishment) are judged elsewhere.
  const extraActivity = (s: Side, other: Side) => !other.tokens.some((t, i) => !other.matched[i] && t.kind !== 'particle') && s.tokens.some((t, i) => !s.matched[i] && t.kind === 'generic' && !SHIP_COMPANY_WORDS.has(t.text) && !LEGAL_BY_FIRST.has(t.original));
  if (extraActivity(q, l) || extraActivity(l, q)) {
    score *= 0.92;
    adjustments.push('an activity word on one side only (a holding or sister business): ×0.92');
  }
  // "Marrowby Chemicals (Thailand) Co., Ltd.", "Kessendorf do Brasil": a country added to a name
  // names the group's company in that country, a different legal person.
  const countryOnly = (s: Side, other: Side) => !other.tokens.some((t, i) => !other.matched[i] && t.kind !== 'particle') && s.tokens.some((t, i) => !s.matched[i] && isCountryWord(t.text));
  if (countryOnly(q, l) || countryOnly(l, q)) {
    score *= 0.85;
    adjustments.push('a country named on one side only (a national subsidiary): ×0.85');
  }
  const qNums = [...new Set(query.numbers)].sort().join(',');
  const lNums = [...new Set(listed.numbers)].sort().join(',');
  if (qNums && lNums && qNums !== lNums) {
    score *= 0.6;
    adjustments.push(`numbers differ (${qNums} vs ${lNums}): ×0.6`);
  } else if ((qNums && !lNums) || (!qNums && lNums)) {
    // "Sea Lantern" and "Sea Lantern II", "Dovecote Holdings" and "Dovecote Holdings II": a
    // numeral names a sister ship or a sibling vehicle as surely as a different numeral does.
    score *= 0.8;
    adjustments.push(`number on one side only (${qNums || lNums}): ×0.8`);
  }
  if (!legalFormsCompatible(query.legalForms, listed.legalForms)) {
    score *= 0.8;
    adjustments.push(`legal forms of different jurisdictions (${query.legalForms.map((f) => f.code).join('/')} vs ${listed.legalForms.map((f) => f.code).join('/')}): ×0.8`);
  }
  const localForm = (n: NormalisedName) => n.legalForms.length > 0;
  // A ship and the company that owns or manages it often share the name; the company adds a legal
  // form and a shipping word ("CORAL MERIDIAN" / "Coral Meridian Maritime Ltd").
  const ownerWordOnly = (s: Side) => s.tokens.some((t, i) => !s.matched[i] && SHIP_COMPANY_WORDS.has(t.text));
  if ((query.vessel && !listed.vessel && localForm(listed)) || (listed.vessel && !query.vessel && localForm(query))) {
    score *= 0.85;
    adjustments.push('a vessel compared with a company: ×0.85');
  } else if ((!localForm(query) && localForm(listed) && ownerWordOnly(l)) || (!localForm(listed) && localForm(query) && ownerWordOnly(q))) {
    score *= 0.85;
    adjustments.push('a ship name compared with a shipping company of that name: ×0.85');
  }
  return {
    score: Math.round(score * 1000) / 1000,
    pairings,
    unmatchedQuery: q.tokens.filter((_, i) => !q.matched[i]).map((t) => t.original),
    unmatchedListed: l.tokens.filter((_, j) => !l.matched[j]).map((t) => t.original),
    adjustments,
  };
}

/**
 * Token similarity and weights remembered for one query. The candidates of a query share most of
 * their words (tokens are interned, so equal words are one object), and comparing the same two
 * words again was most of the time spent screening a party.
 */
export function memoisedForQuery(weigh: TokenWeigher): { weigh: TokenWeigher; similarity: (a: NameToken, b: NameToken) => TokenSimilarity } {
  const weights = new Map<NameToken, number>();
  const pairs = new Map<NameToken, Map<NameToken, TokenSimilarity>>();
  return {
    weigh: (t) => {
      let w = weights.get(t);
      if (w === undefined) {
        w = weigh(t);
        weights.set(t, w);
      }
      return w;
    },
    similarity: (a, b) => {
      let row = pairs.get(a);
      if (!row) {
        row = new Map();
        pairs.set(a, row);
      }
      let sim = row.get(b);
      if (sim === undefined) {
        sim = tokenSimilarity(a, b);
        row.set(b, sim);
      }
      return sim;
    },
  };
}

/** One-line explanation of a comparison. */
export function explainComparison(c: NameComparison): string {
  const parts = c.pairings.map((p) => (p.evidence === 'exact' ? p.query : `${p.query}≈${p.listed} (${p.evidence})`));
  const miss = [...c.unmatchedQuery.map((t) => `"${t}" only in query`), ...c.unmatchedListed.map((t) => `"${t}" only in listed name`)];
  return [
    parts.length ? `agreeing words: ${parts.join(', ')}` : 'no words agree',
    ...(miss.length ? [`differences: ${miss.join(', ')}`] : []),
    ...c.adjustments,
  ].join('; ');
}
