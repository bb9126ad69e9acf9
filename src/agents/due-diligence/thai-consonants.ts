/**
 * Thai names compared with their Latin registrations by consonant class. Thai writes some vowels
 * before the consonant they follow in speech, leaves others unwritten and gives a consonant a
 * different sound at the end of a syllable (ญ is y at the start, n at the end), so a letter-by-
 * letter romanisation (เจริญ "echriy") is useless against the Royal Thai spelling (Charoen). Both
 * sides are reduced to the consonants a reader hears, in classes wide enough for the common Latin
 * spellings to agree (Phatthana and Pattana, Chang and Jang).
 */

/** Consonant letter → class at the start of a syllable ('' = not written in Latin). */
const INITIAL: Record<string, string> = {
  ก: 'K', ข: 'K', ฃ: 'K', ค: 'K', ฅ: 'K', ฆ: 'K', ง: 'G', จ: 'C', ฉ: 'C', ช: 'C', ฌ: 'C', ซ: 'S', ญ: '', ฎ: 'T', ฏ: 'T',
  ฐ: 'T', ฑ: 'T', ฒ: 'T', ณ: 'N', ด: 'T', ต: 'T', ถ: 'T', ท: 'T', ธ: 'T', น: 'N', บ: 'P', ป: 'P', ผ: 'P', ฝ: 'P', พ: 'P',
  ฟ: 'P', ภ: 'P', ม: 'M', ย: '', ร: 'R', ล: 'R', ว: 'W', ศ: 'S', ษ: 'S', ส: 'S', ห: '', ฬ: 'R', อ: '', ฮ: '',
};

/** The same letters closing a syllable: stops become k, t, p; sonorants n; ย and ว are vowels. */
const FINAL: Record<string, string> = {
  ...Object.fromEntries(Object.entries(INITIAL).map(([ch, c]) => [ch, c === 'K' ? 'K' : c === 'C' || c === 'S' || c === 'T' ? 'T' : c === 'P' ? 'P' : c === 'R' ? 'N' : c])),
  ญ: 'N', ย: '', ว: '', อ: '',
};

const LEADING_VOWELS = new Set(['เ', 'แ', 'โ', 'ใ', 'ไ']);
/** Vowel signs written after, above or below the consonant they follow. */
const FOLLOWING_VOWELS = new Set(['ะ', 'ั', 'า', 'ิ', 'ี', 'ึ', 'ื', 'ุ', 'ู', '็', 'ๅ', 'ำ']);
const TONE_MARKS = /[\u0e48-\u0e4b\u0e4d\u0e4e]/gu;
const SONORANTS = new Set(['ง', 'ญ', 'น', 'ม', 'ย', 'ร', 'ล', 'ว']);
const SILENCER = '์';

const isConsonant = (ch: string | undefined) => ch !== undefined && ch in INITIAL;

/** A Thai word as the classes of the consonants heard (see latinThaiConsonants). */
export function thaiConsonants(word: string): string {
  // A silent ห before a sonorant only marks tone (ไหล่ lai, หมู mu).
  const chars = Array.from(word.replace(TONE_MARKS, '')).filter((ch, i, all) => !(ch === 'ห' && SONORANTS.has(all[i + 1] ?? '') && !FOLLOWING_VOWELS.has(all[i + 1] ?? '')));
  const out: string[] = [];
  // After a consonant, อ is the vowel o (ทอง thong); รร is the vowel a (สุวรรณ suwan).
  const vowelAt = (i: number): boolean => {
    const ch = chars[i];
    if (ch === undefined) return false;
    if (FOLLOWING_VOWELS.has(ch)) return true;
    if (ch === 'อ' && isConsonant(chars[i - 1]) && !LEADING_VOWELS.has(chars[i - 2] ?? '')) return true;
    return ch === 'ร' && chars[i + 1] === 'ร' && isConsonant(chars[i - 1]);
  };
  let lastFinal = false;
  for (let i = 0; i < chars.length; i += 1) {
    const ch = chars[i];
    if (ch === SILENCER) {
      out.pop();
      continue;
    }
    if (ch === 'ำ') {
      out.push('M');
      continue;
    }
    if (!isConsonant(ch)) continue;
    if (ch === 'ร' && chars[i + 1] === 'ร' && isConsonant(chars[i - 1])) {
      // รร: the vowel a, closed by n when nothing follows (สรร san).
      const next = chars[i + 2];
      if (next === undefined || !isConsonant(next)) out.push('N');
      i += 1;
      continue;
    }
    if (ch === 'อ' && vowelAt(i)) continue;
    const prev = chars[i - 1];
    const initial = i === 0 || vowelAt(i + 1) || LEADING_VOWELS.has(prev ?? '') || prev === 'ะ' || chars[i + 1] === SILENCER;
    // ทร before a vowel is s (ทราย sai, ทรัพย์ sap).
    if (initial && ch === 'ท' && chars[i + 1] === 'ร' && vowelAt(i + 2)) {
      out.push('S');
      i += 1;
      lastFinal = false;
      continue;
    }
    // A ร closing a syllable another consonant has closed already is silent (เพชร phet, จักร chak).
    if (!initial && ch === 'ร' && lastFinal) continue;
    out.push(initial ? INITIAL[ch] : FINAL[ch]);
    lastFinal = !initial;
  }
  return out.join('').replace(/(.)\1+/gu, '$1');
}

/** A Latin spelling of a Thai word in the classes of thaiConsonants (Charoen → CRN). */
export function latinThaiConsonants(word: string): string {
  return word
    .toLowerCase()
    .replace(/[^a-z]/gu, '')
    // A w after a vowel closes a diphthong (Kaew, Siew), written ว as a vowel.
    .replace(/(?<=[aeiou])w(?![aeiou])/gu, '')
    .replace(/ng/gu, 'G')
    .replace(/ch|j/gu, 'C')
    .replace(/kh|k|g|c|q/gu, 'K')
    .replace(/th|t|d/gu, 'T')
    .replace(/ph|p|b|f/gu, 'P')
    .replace(/sh|s|z|x/gu, 'S')
    .replace(/[rl]/gu, 'R')
    .replace(/[wv]/gu, 'W')
    .replace(/m/gu, 'M')
    .replace(/n/gu, 'N')
    .replace(/[a-z]/gu, '')
    .replace(/(.)\1+/gu, '$1');
}
