/** Character-level similarity measures and phonetic keys used by the name matcher. */

/** Optimal-string-alignment distance (Levenshtein plus adjacent transposition), stopping above `max`. */
// Rows reused across calls: this function runs millions of times in a batch and allocation dominated.
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);
let rowC = new Int32Array(64);

export function editDistance(a: string, b: string, max = 3): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  if (n + 1 > rowA.length) {
    rowA = new Int32Array(n + 1);
    rowB = new Int32Array(n + 1);
    rowC = new Int32Array(n + 1);
  }
  let prevPrev = rowA;
  let prev = rowB;
  let curr = rowC;
  for (let j = 0; j <= n; j += 1) prev[j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    curr[0] = i;
    let rowMin = curr[0];
    for (let j = 1; j <= n; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, curr[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prevPrev[j - 2] + 1);
      curr[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prevPrev, prev, curr] = [prev, curr, prevPrev];
  }
  return prev[n];
}

export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  if (!a.length || !b.length) return 0;
  const range = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const aFlags = new Array<boolean>(a.length).fill(false);
  const bFlags = new Array<boolean>(b.length).fill(false);
  let matches = 0;
  for (let i = 0; i < a.length; i += 1) {
    const lo = Math.max(0, i - range);
    const hi = Math.min(b.length - 1, i + range);
    for (let j = lo; j <= hi; j += 1) {
      if (!bFlags[j] && a[i] === b[j]) {
        aFlags[i] = bFlags[j] = true;
        matches += 1;
        break;
      }
    }
  }
  if (!matches) return 0;
  let t = 0;
  let k = 0;
  for (let i = 0; i < a.length; i += 1) {
    if (!aFlags[i]) continue;
    while (!bFlags[k]) k += 1;
    if (a[i] !== b[k]) t += 1;
    k += 1;
  }
  const jaro = (matches / a.length + matches / b.length + (matches - t / 2) / matches) / 3;
  let prefix = 0;
  while (prefix < 4 && a[prefix] === b[prefix]) prefix += 1;
  return jaro + prefix * 0.1 * (1 - jaro);
}

/**
 * A transliteration-tolerant key: folds the spellings that romanisation systems disagree on
 * (kh/ch/h, w/v, q/k, ph/f, y/i, -vich/-witz, doubled letters) but keeps vowels, so "Peer" and
 * "Pier" stay apart while "Levitsky" meets "Levitskiy" and "Rabinovich" meets "Rabinowitz".
 */
export function translitKey(token: string): string {
  const cached = translitCache.get(token);
  if (cached !== undefined) return cached;
  const key = computeTranslitKey(token);
  remember(translitCache, token, key);
  return key;
}

/**
 * Keys are pure functions of a word and the lists repeat the same words tens of thousands of times
 * (index build) while a batch repeats query words: computing each distinct word once halves the
 * start-up. The caches are bounded so an endless stream of unique query words cannot grow them.
 */
const KEY_CACHE_LIMIT = 400_000;
const translitCache = new Map<string, string>();
const skeletonCache = new Map<string, string>();

function remember(cache: Map<string, string>, word: string, key: string): void {
  if (cache.size >= KEY_CACHE_LIMIT) cache.clear();
  cache.set(word, key);
}

function computeTranslitKey(token: string): string {
  let s = token;
  s = s.replace(/(?:wicz|witz|vitz|vits|vitch|vich|wich|vic)$/u, 'vic');
  s = s.replace(/(?:sky|skiy|skii|ski|skij)$/u, 'ski');
  // Greek γ before i is y: Agia and Ayia, Agios and Ayios (Aghios) are one word.
  s = s.replace(/^a(?:gh|g|y)i/u, 'ayi');
  // Soft-sign and adjectival endings (Vasil'/Vasiliy/Vasilii, Khouri/Khoury) are written every way.
  s = s.replace(/(?<=[^aeiou])(?:iy|ii|ij|yi|yy|y|i)$/u, '');
  s = s.replace(/kh|ch(?=[^aeiou]|$)/gu, 'h');
  s = s.replace(/tch|tsch|tsh/gu, 'ch');
  s = s.replace(/sch/gu, 'sh');
  s = s.replace(/ph/gu, 'f').replace(/x/gu, 'ks');
  // Persian and Arabic gh and q are spelt for one another at the start of a name (Ghorbani,
  // Qorbani; Ghasem, Qasem); inside English words gh is silent (Weighfield).
  s = s.replace(/^gh/u, 'q');
  s = s.replace(/ck|q|c(?=[aou])|c$/gu, 'k');
  s = s.replace(/w/gu, 'v');
  s = s.replace(/dzh|dj|(?<=.)j(?=[aeiou])/gu, (m) => (m === 'dzh' || m === 'dj' ? 'j' : 'y'));
  s = s.replace(/(?<=[aeiou])j|(?<=[^aeiou])j(?=[aeiou])/gu, 'y');
  s = s.replace(/tz|ts|z/gu, 's');
  s = s.replace(/ou|oo/gu, 'u');
  s = s.replace(/ee/gu, 'i');
  s = s.replace(/y/gu, 'i');
  s = s.replace(/(.)\1+/gu, '$1');
  return s;
}

/** Consonant skeleton: what survives when a script (or a transcriber) omits vowels. */
export function skeletonKey(token: string): string {
  const cached = skeletonCache.get(token);
  if (cached !== undefined) return cached;
  const key = computeSkeletonKey(token);
  remember(skeletonCache, token, key);
  return key;
}

function computeSkeletonKey(token: string): string {
  // Hebrew ש romanises as s while names spell it sh (Shemesh); a skeleton keeps only the s.
  return translitKey(token)
    .replace(/sh/gu, 's')
    .replace(/^[aeiouyvw']+/u, (m) => (m.startsWith('v') || m.startsWith('w') ? 'v' : ''))
    .replace(/[aeiouyw'`]/gu, '')
    .replace(/(?<=.)v/gu, '')
    .replace(/(.)\1+/gu, '$1');
}

const PINYIN_INITIALS = ['zh', 'ch', 'sh', 'b', 'p', 'm', 'f', 'd', 't', 'n', 'l', 'g', 'k', 'h', 'j', 'q', 'x', 'r', 'z', 'c', 's', 'y', 'w', ''];
const PINYIN_FINALS = [
  'iang', 'iong', 'uang', 'ang', 'eng', 'ing', 'ong', 'ian', 'iao', 'uai', 'uan', 'ai', 'ei', 'ao', 'ou', 'an', 'en', 'er', 'ia',
  'ie', 'iu', 'in', 'ua', 'uo', 'ui', 'un', 'ue', 'a', 'o', 'e', 'i', 'u', 'v',
];
/**
 * Whether an initial and a final make a Mandarin syllable. Not every pairing does: j, q, x take
 * only i- and ü-finals (ü written u); the retroflexes and sibilants take no i-final but their
 * own bare i; g, k, h none at all; ü (v) follows only n and l; o only the labials; y and w spell
 * the i- and u-finals without an initial. Without these limits almost any word "is" pinyin
 * (Mehvaran = me + hv + a + ran).
 */
function validPinyin(initial: string, final: string): boolean {
  const iFinal = final.startsWith('i');
  const uCompound = final.length > 1 && final.startsWith('u');
  if (initial === '') return !iFinal && !final.startsWith('u') && final !== 'v' && final !== 'ong';
  if (final === 'er') return false;
  if ('jqx'.includes(initial)) return ['i', 'ia', 'ian', 'iang', 'iao', 'ie', 'in', 'ing', 'iong', 'iu', 'u', 'uan', 'ue', 'un'].includes(final);
  if (initial === 'y') return ['a', 'an', 'ang', 'ao', 'e', 'i', 'in', 'ing', 'o', 'ong', 'ou', 'u', 'uan', 'ue', 'un'].includes(final);
  if (initial === 'w') return ['a', 'ai', 'an', 'ang', 'ei', 'en', 'eng', 'o', 'u'].includes(final);
  if (final === 'v' || final === 'ue') return initial === 'n' || initial === 'l';
  if (final === 'o') return 'bpmf'.includes(initial);
  if (['zh', 'ch', 'sh', 'r', 'z', 'c', 's'].includes(initial)) return !iFinal || final === 'i';
  if ('gkh'.includes(initial)) return !iFinal;
  if ('bpmf'.includes(initial)) return !uCompound && final !== 'ong' && !(initial === 'f' && iFinal);
  return true;
}

const PINYIN = new Set<string>(PINYIN_INITIALS.flatMap((i) => PINYIN_FINALS.filter((f) => validPinyin(i, f)).map((f) => i + f)).filter((s) => s.length > 1 || 'aoe'.includes(s)));

/** Splits a token into Mandarin syllables when it can be read entirely as pinyin. */
export function pinyinSyllables(token: string): string[] | null {
  const memo = new Map<number, string[] | null>();
  const walk = (pos: number): string[] | null => {
    if (pos === token.length) return [];
    const cached = memo.get(pos);
    if (cached !== undefined) return cached;
    let found: string[] | null = null;
    for (let len = Math.min(6, token.length - pos); len >= 1 && !found; len -= 1) {
      const piece = token.slice(pos, pos + len);
      if (!PINYIN.has(piece)) continue;
      const rest = walk(pos + len);
      if (rest) found = [piece, ...rest];
    }
    memo.set(pos, found);
    return found;
  };
  return walk(0);
}
