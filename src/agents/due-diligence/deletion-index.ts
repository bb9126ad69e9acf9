/**
 * The single-deletion neighbourhood of every listed word ("karavan" → "aravan", "kravan", ...), so
 * a query word with one typo still finds its listed spelling. Built as a string-keyed map this
 * cost a third of the index build: ~700,000 freshly concatenated strings, each hashed and given
 * its own posting array. Here each deletion is only hashed, in O(1) from prefix and suffix hashes
 * of its word, and the ids are laid out bucket by bucket in two typed arrays (a counting sort).
 * A lookup checks every id in the bucket against the word itself, so hash collisions cost a
 * comparison, never a wrong answer, and ids come back in ascending order like the map's did.
 */

const BASE = 131;

/** Polynomial hash of a whole string, the same function the build computes piecewise. */
export function stringHash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i += 1) h = (Math.imul(h, BASE) + s.charCodeAt(i)) >>> 0;
  return h;
}

/** Whether `short` is `long` with exactly one character removed. */
export function isOneDeletion(long: string, short: string): boolean {
  if (long.length !== short.length + 1) return false;
  let p = 0;
  while (p < short.length && long.charCodeAt(p) === short.charCodeAt(p)) p += 1;
  for (let k = p; k < short.length; k += 1) if (long.charCodeAt(k + 1) !== short.charCodeAt(k)) return false;
  return true;
}

export class DeletionIndex {
  private readonly mask: number;
  private readonly offsets: Uint32Array;
  private readonly ids: Uint32Array;
  private readonly hashes: Uint32Array;

  /** `words[id]` is indexed when `include(id)`; other ids never come back from a lookup. */
  constructor(private readonly words: readonly string[], include: (id: number) => boolean) {
    let total = 0;
    let longest = 0;
    for (let id = 0; id < words.length; id += 1) {
      if (!include(id)) continue;
      total += words[id].length;
      longest = Math.max(longest, words[id].length);
    }
    let size = 1;
    while (size < total) size *= 2;
    this.mask = size - 1;
    const pairHash = new Uint32Array(total);
    const pairId = new Uint32Array(total);
    const pow = new Uint32Array(longest + 1);
    const prefix = new Uint32Array(longest + 1);
    const suffix = new Uint32Array(longest + 1);
    pow[0] = 1;
    for (let k = 1; k <= longest; k += 1) pow[k] = Math.imul(pow[k - 1], BASE) >>> 0;
    let n = 0;
    for (let id = 0; id < words.length; id += 1) {
      if (!include(id)) continue;
      const w = words[id];
      const len = w.length;
      prefix[0] = 0;
      for (let k = 0; k < len; k += 1) prefix[k + 1] = (Math.imul(prefix[k], BASE) + w.charCodeAt(k)) >>> 0;
      // suffix[j] = Σ_{k ≥ j} w[k]·BASE^(len-1-k): the tail as it sits at the end of the word.
      suffix[len] = 0;
      for (let k = len - 1; k >= 0; k -= 1) suffix[k] = (suffix[k + 1] + Math.imul(w.charCodeAt(k), pow[len - 1 - k])) >>> 0;
      for (let i = 0; i < len; i += 1) {
        // Dropping w[i]: the head moves up by the tail's length, the tail keeps its powers.
        pairHash[n] = (Math.imul(prefix[i], pow[len - 1 - i]) + suffix[i + 1]) >>> 0;
        pairId[n] = id;
        n += 1;
      }
    }
    this.offsets = new Uint32Array(size + 1);
    for (let k = 0; k < n; k += 1) this.offsets[(pairHash[k] & this.mask) + 1] += 1;
    for (let b = 0; b < size; b += 1) this.offsets[b + 1] += this.offsets[b];
    const fill = this.offsets.slice(0, size);
    this.ids = new Uint32Array(n);
    this.hashes = new Uint32Array(n);
    // Scattered in id order, so each bucket lists its ids ascending.
    for (let k = 0; k < n; k += 1) {
      const at = fill[pairHash[k] & this.mask]++;
      this.ids[at] = pairId[k];
      this.hashes[at] = pairHash[k];
    }
  }

  /** Ids of the indexed words that become `s` when one letter is dropped, ascending, each once. */
  wordsWithDeletion(s: string, visit: (id: number) => void): void {
    const h = stringHash(s);
    const b = h & this.mask;
    let last = -1;
    for (let k = this.offsets[b]; k < this.offsets[b + 1]; k += 1) {
      const id = this.ids[k];
      // A word with a doubled letter ("aab") reaches the same deletion twice: report it once.
      if (this.hashes[k] !== h || id === last || !isOneDeletion(this.words[id], s)) continue;
      last = id;
      visit(id);
    }
  }
}
