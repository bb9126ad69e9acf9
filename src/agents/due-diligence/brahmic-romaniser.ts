import { INDIC_BUSINESS_WORDS } from 'src/agents/due-diligence/indic-business-words';

/**
 * Indian scripts (Devanagari, Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada,
 * Malayalam) in the Latin spelling Indian companies and passports use: शर्मा Sharma, পদ্মা Padma,
 * ગોપાલ Gopal, கோபால் Gopal. The nine scripts share one layout, so one table read by each letter's
 * place in its block serves them all. A consonant carries the vowel a unless a vowel sign or the
 * virama follows it; long vowels are written short, as names are (Sharma, not Sharmaa).
 *
 * In Hindi, Marathi, Nepali, Punjabi, Gujarati and Bengali the inherent a is not spoken at the end
 * of a word, nor between two syllables that keep theirs (रामलाल Ramlal, not Ramalala): those
 * letters are dropped, and the spelling with every a is kept as another reading.
 */

/** Letters by offset in a block: independent vowels 0x05–0x14, consonants 0x15–0x39. */
const LETTERS: Record<number, string> = {
  0x05: 'a', 0x06: 'a', 0x07: 'i', 0x08: 'i', 0x09: 'u', 0x0a: 'u', 0x0b: 'ri', 0x0c: 'li', 0x0d: 'e', 0x0e: 'e', 0x0f: 'e', 0x10: 'ai',
  0x11: 'o', 0x12: 'o', 0x13: 'o', 0x14: 'au',
  0x15: 'k', 0x16: 'kh', 0x17: 'g', 0x18: 'gh', 0x19: 'n', 0x1a: 'ch', 0x1b: 'chh', 0x1c: 'j', 0x1d: 'jh', 0x1e: 'n', 0x1f: 't', 0x20: 'th',
  0x21: 'd', 0x22: 'dh', 0x23: 'n', 0x24: 't', 0x25: 'th', 0x26: 'd', 0x27: 'dh', 0x28: 'n', 0x29: 'n', 0x2a: 'p', 0x2b: 'ph', 0x2c: 'b',
  0x2d: 'bh', 0x2e: 'm', 0x2f: 'y', 0x30: 'r', 0x31: 'r', 0x32: 'l', 0x33: 'l', 0x34: 'zh', 0x35: 'v', 0x36: 'sh', 0x37: 'sh', 0x38: 's', 0x39: 'h',
};
/** Vowel signs 0x3e–0x4c (and the au length mark 0x57) in place of the inherent a. */
const SIGNS: Record<number, string> = {
  0x3e: 'a', 0x3f: 'i', 0x40: 'i', 0x41: 'u', 0x42: 'u', 0x43: 'ri', 0x44: 'ri', 0x45: 'e', 0x46: 'e', 0x47: 'e', 0x48: 'ai', 0x49: 'o',
  0x4a: 'o', 0x4b: 'o', 0x4c: 'au', 0x57: 'au', 0x62: 'li', 0x63: 'li',
};
/** A consonant with a nukta: ज़ z, फ़ f, ड़ and ढ़ r, क़ q, ख़ kh, ग़ gh. */
const NUKTA: Record<number, string> = { 0x1c: 'z', 0x2b: 'f', 0x21: 'r', 0x22: 'rh', 0x15: 'q', 0x16: 'kh', 0x17: 'gh', 0x2f: 'y' };
/** Malayalam chillu letters: a consonant with no vowel at all. */
const CHILLU: Record<number, string> = { 0x7a: 'n', 0x7b: 'n', 0x7c: 'r', 0x7d: 'l', 0x7e: 'l', 0x7f: 'k' };

const BLOCKS: Array<{ start: number; dropsFinalA: boolean }> = [
  { start: 0x0900, dropsFinalA: true }, // Devanagari
  { start: 0x0980, dropsFinalA: true }, // Bengali
  { start: 0x0a00, dropsFinalA: true }, // Gurmukhi
  { start: 0x0a80, dropsFinalA: true }, // Gujarati
  { start: 0x0b00, dropsFinalA: false }, // Oriya
  { start: 0x0b80, dropsFinalA: false }, // Tamil
  { start: 0x0c00, dropsFinalA: false }, // Telugu
  { start: 0x0c80, dropsFinalA: false }, // Kannada
  { start: 0x0d00, dropsFinalA: false }, // Malayalam
];

/**
 * Sinhala has a layout of its own (U+0D80–U+0DFF): its consonants, independent vowels and vowel
 * signs by code point. Its inherent a is always said (ලංකා Lanka, පෙරේරා Perera).
 */
const SINHALA_LETTERS: Record<number, string> = {
  0x0d85: 'a', 0x0d86: 'a', 0x0d87: 'ae', 0x0d88: 'ae', 0x0d89: 'i', 0x0d8a: 'i', 0x0d8b: 'u', 0x0d8c: 'u', 0x0d8d: 'ri', 0x0d91: 'e', 0x0d92: 'e',
  0x0d93: 'ai', 0x0d94: 'o', 0x0d95: 'o', 0x0d96: 'au',
};
const SINHALA_CONSONANTS: Record<number, string> = {
  0x0d9a: 'k', 0x0d9b: 'kh', 0x0d9c: 'g', 0x0d9d: 'gh', 0x0d9e: 'n', 0x0d9f: 'ng', 0x0da0: 'ch', 0x0da1: 'chh', 0x0da2: 'j', 0x0da3: 'jh', 0x0da4: 'ny',
  0x0da5: 'gn', 0x0da6: 'nj', 0x0da7: 't', 0x0da8: 'th', 0x0da9: 'd', 0x0daa: 'dh', 0x0dab: 'n', 0x0dac: 'nd', 0x0dad: 'th', 0x0dae: 'th', 0x0daf: 'd',
  0x0db0: 'dh', 0x0db1: 'n', 0x0db3: 'nd', 0x0db4: 'p', 0x0db5: 'ph', 0x0db6: 'b', 0x0db7: 'bh', 0x0db8: 'm', 0x0db9: 'mb', 0x0dba: 'y', 0x0dbb: 'r',
  0x0dbd: 'l', 0x0dc0: 'v', 0x0dc1: 'sh', 0x0dc2: 'sh', 0x0dc3: 's', 0x0dc4: 'h', 0x0dc5: 'l', 0x0dc6: 'f',
};
const SINHALA_SIGNS: Record<number, string> = {
  0x0dcf: 'a', 0x0dd0: 'ae', 0x0dd1: 'ae', 0x0dd2: 'i', 0x0dd3: 'i', 0x0dd4: 'u', 0x0dd6: 'u', 0x0dd8: 'ru', 0x0dd9: 'e', 0x0dda: 'e', 0x0ddb: 'ai',
  0x0ddc: 'o', 0x0ddd: 'o', 0x0dde: 'au', 0x0ddf: 'lu', 0x0df2: 'ru',
};

/** A run of letters of the nine scripts or of Sinhala, with the joiners that shape conjuncts (ත්‍ර). */
export const BRAHMIC_RUN = /[\u0900-\u0dff](?:[\u0900-\u0dff\u200c\u200d])*/gu;

/**
 * Legal forms and business words as Indian names write them in their own scripts, mostly English
 * loanwords (लिमिटेड limited, ट्रेडर्स traders), read as whole words: short ones such as संस (sons)
 * also occur inside other words (संसद).
 */
const BUSINESS_WORDS = new Map<string, string>([
  ...INDIC_BUSINESS_WORDS,
  // Devanagari (Hindi, Marathi, Nepali)
  ['लिमिटेड', 'limited'], ['लि', 'ltd'], ['प्राइवेट', 'private'], ['प्रायवेट', 'private'], ['प्रा', 'pvt'], ['कंपनी', 'company'], ['कम्पनी', 'company'],
  ['एंड', '&'], ['एण्ड', '&'], ['और', '&'], ['व', '&'], ['संस', 'sons'], ['सन्स', 'sons'], ['ब्रदर्स', 'brothers'], ['ट्रेडर्स', 'traders'], ['ट्रेडिंग', 'trading'],
  ['इंडस्ट्रीज', 'industries'], ['इण्डस्ट्रीज', 'industries'], ['एंटरप्राइजेज', 'enterprises'], ['एंटरप्राइज़ेज़', 'enterprises'], ['इंटरनेशनल', 'international'],
  ['एक्सपोर्ट्स', 'exports'], ['एक्सपोर्ट', 'export'], ['इम्पोर्ट', 'import'], ['ट्रांसपोर्ट', 'transport'], ['लॉजिस्टिक्स', 'logistics'], ['टेक्सटाइल्स', 'textiles'],
  ['मिल्स', 'mills'], ['फार्मास्युटिकल्स', 'pharmaceuticals'], ['केमिकल्स', 'chemicals'], ['स्टील', 'steel'], ['ग्रुप', 'group'], ['होल्डिंग्स', 'holdings'],
  ['सर्विसेज', 'services'], ['इंजीनियरिंग', 'engineering'], ['उद्योग', 'industries'], ['व्यापार', 'trading'], ['निगम', 'corporation'], ['बैंक', 'bank'],
  ['एग्रो', 'agro'], ['फूड्स', 'foods'], ['एजेंसी', 'agency'], ['एजेंसीज', 'agencies'], ['ज्वेलर्स', 'jewellers'], ['मोटर्स', 'motors'], ['इलेक्ट्रिकल्स', 'electricals'],
  // Bengali
  ['লিমিটেড', 'limited'], ['প্রাইভেট', 'private'], ['কোম্পানি', 'company'], ['অ্যান্ড', '&'], ['এন্ড', '&'], ['ও', '&'], ['সন্স', 'sons'], ['ট্রেডার্স', 'traders'],
  ['ইন্ডাস্ট্রিজ', 'industries'], ['টেক্সটাইল', 'textile'], ['টেক্সটাইলস', 'textiles'], ['ফিশারিজ', 'fisheries'], ['গ্রুপ', 'group'], ['এন্টারপ্রাইজ', 'enterprise'],
  ['ইন্টারন্যাশনাল', 'international'], ['এক্সপোর্ট', 'export'], ['ফুডস', 'foods'],
  // Gujarati
  ['લિમિટેડ', 'limited'], ['પ્રાઇવેટ', 'private'], ['પ્રા', 'pvt'], ['લિ', 'ltd'], ['કંપની', 'company'], ['એન્ડ', '&'], ['સન્સ', 'sons'], ['ટ્રેડર્સ', 'traders'],
  ['ઇન્ડસ્ટ્રીઝ', 'industries'], ['એન્જિનિયરિંગ', 'engineering'], ['ટેક્સટાઇલ્સ', 'textiles'], ['એક્સપોર્ટ્સ', 'exports'],
  // Gurmukhi (Punjabi)
  ['ਲਿਮਿਟੇਡ', 'limited'], ['ਲਿਮਟਿਡ', 'limited'], ['ਪ੍ਰਾਈਵੇਟ', 'private'], ['ਕੰਪਨੀ', 'company'], ['ਐਂਡ', '&'], ['ਸੰਨਜ਼', 'sons'], ['ਟ੍ਰਾਂਸਪੋਰਟ', 'transport'],
  // Tamil
  ['லிமிடெட்', 'limited'], ['பிரைவேட்', 'private'], ['நிறுவனம்', 'company'], ['அண்ட்', '&'], ['டெக்ஸ்டைல்ஸ்', 'textiles'], ['இண்டஸ்ட்ரீஸ்', 'industries'],
  ['டிரேடர்ஸ்', 'traders'], ['ஏஜென்சீஸ்', 'agencies'], ['சன்ஸ்', 'sons'],
  // Sinhala
  ['සමාගම', 'company'], ['පුත්\u200dරයෝ', 'sons'], ['පුද්ගලික', 'private'], ['සීමාසහිත', 'limited'], ['සහ', '&'], ['තේ', 'tea'],
  // Telugu, Kannada, Malayalam
  ['లిమిటెడ్', 'limited'], ['ప్రైవేట్', 'private'], ['కంపెనీ', 'company'], ['అండ్', '&'], ['ఇండస్ట్రీస్', 'industries'], ['ట్రేడర్స్', 'traders'],
  ['ಲಿಮಿಟೆಡ್', 'limited'], ['ಪ್ರೈವೇಟ್', 'private'], ['ಕಂಪನಿ', 'company'], ['ಅಂಡ್', '&'], ['ಇಂಡಸ್ಟ್ರೀಸ್', 'industries'],
  ['ലിമിറ്റഡ്', 'limited'], ['പ്രൈവറ്റ്', 'private'], ['കമ്പനി', 'company'], ['ആൻഡ്', '&'], ['ഇൻഡസ്ട്രീസ്', 'industries'],
]);

/** The English of a whole word that is a listed legal form or business word, else undefined. */
export function brahmicBusinessWord(word: string): string | undefined {
  return BUSINESS_WORDS.get(word);
}

/** One written syllable: a consonant (or vowel) and the vowel it ends with, '' after a virama. */
interface Syllable {
  consonant: string;
  vowel: string;
  /** The vowel is the inherent a, which may go unspoken. */
  inherent: boolean;
}

/**
 * The Latin spelling of one word, and (for the scripts that leave the inherent a unspoken) the
 * spelling with every a written, or null when it is the same.
 */
export function romaniseBrahmic(word: string): { text: string; full: string | null } {
  const chars = Array.from(sayGya(word));
  const syllables: Syllable[] = [];
  let dropsFinalA = false;
  for (let i = 0; i < chars.length; i++) {
    const code = chars[i].codePointAt(0) ?? 0;
    if (code >= 0x0d80) {
      readSinhala(code, syllables);
      continue;
    }
    const block = BLOCKS.find((b) => code >= b.start && code < b.start + 0x80);
    if (block === undefined) continue;
    dropsFinalA ||= block.dropsFinalA;
    const offset = code - block.start;
    const last = syllables[syllables.length - 1];
    if (offset >= 0x15 && offset <= 0x39) {
      const nukta = chars[i + 1]?.codePointAt(0) === block.start + 0x3c;
      syllables.push({ consonant: (nukta ? NUKTA[offset] : undefined) ?? LETTERS[offset], vowel: 'a', inherent: true });
      if (nukta) i++;
    } else if (offset >= 0x05 && offset <= 0x14) {
      syllables.push({ consonant: '', vowel: LETTERS[offset], inherent: false });
    } else if (SIGNS[offset] !== undefined && last !== undefined) {
      last.vowel = SIGNS[offset];
      last.inherent = false;
    } else if (offset === 0x4d && last !== undefined) {
      last.vowel = '';
      last.inherent = false;
    } else if ((offset === 0x01 || offset === 0x02) && last !== undefined) {
      // Anusvara and candrabindu: a nasal after the vowel (संस sans, गंगा Ganga).
      last.vowel += 'n';
      last.inherent = false;
    } else if (offset === 0x03 && last !== undefined) {
      last.vowel += 'h';
      last.inherent = false;
    } else if (CHILLU[offset] !== undefined) {
      syllables.push({ consonant: CHILLU[offset], vowel: '', inherent: false });
    } else if (offset >= 0x66 && offset <= 0x6f) {
      syllables.push({ consonant: String(offset - 0x66), vowel: '', inherent: false });
    }
  }
  const full = syllables.map((s) => s.consonant + s.vowel).join('');
  if (!dropsFinalA) return { text: full, full: null };
  // Right to left: an inherent a ending the word goes, and one between a syllable that keeps its
  // vowel and one whose vowel is spoken (ra-ma-la-la: the second a goes, then the last).
  const spoken = syllables.map((s) => s.vowel !== '');
  const n = syllables.length;
  // A final a after a cluster (वस्त्र vastra, मित्र Mitra) or in -iya (राष्ट्रीय Rashtriya) is said.
  const afterCluster = n > 1 && syllables[n - 2].vowel === '';
  const iya = n > 1 && syllables[n - 1].consonant === 'y' && /i$/u.test(syllables[n - 2].vowel);
  if (n > 1 && syllables[n - 1].inherent && !afterCluster && !iya) spoken[n - 1] = false;
  for (let k = n - 2; k >= 1; k--) {
    if (!syllables[k].inherent || !spoken[k]) continue;
    const before = spoken[k - 1] && syllables[k - 1].vowel !== '';
    const after = syllables[k + 1].consonant !== '' && spoken[k + 1];
    if (before && after) spoken[k] = false;
  }
  const text = syllables.map((s, k) => s.consonant + (spoken[k] || !s.inherent ? s.vowel : '')).join('');
  return { text, full: text === full ? null : full };
}

/** ज्ञ is said and spelt gy in the north (ज्ञान Gyan, জ্ঞান Gyan): written here as ग्य. */
function sayGya(word: string): string {
  return word.replace(/[\u091c\u099c\u0a9c][\u094d\u09cd\u0acd][\u091e\u099e\u0a9e]/gu, (m: string) => {
    const start = (m.codePointAt(0) ?? 0) & ~0x7f;
    return String.fromCodePoint(start + 0x17, start + 0x4d, start + 0x2f);
  });
}

/** Adds one Sinhala letter or sign to the syllables read so far. */
function readSinhala(code: number, syllables: Syllable[]): void {
  const last = syllables[syllables.length - 1];
  if (SINHALA_CONSONANTS[code] !== undefined) syllables.push({ consonant: SINHALA_CONSONANTS[code], vowel: 'a', inherent: true });
  else if (SINHALA_LETTERS[code] !== undefined) syllables.push({ consonant: '', vowel: SINHALA_LETTERS[code], inherent: false });
  else if (last === undefined) return;
  else if (SINHALA_SIGNS[code] !== undefined) [last.vowel, last.inherent] = [SINHALA_SIGNS[code], false];
  else if (code === 0x0dca) [last.vowel, last.inherent] = ['', false];
  else if (code === 0x0d82) [last.vowel, last.inherent] = [`${last.vowel}n`, false];
  else if (code === 0x0d83) [last.vowel, last.inherent] = [`${last.vowel}h`, false];
}
