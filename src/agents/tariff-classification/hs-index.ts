import type { HsEntry, HsNomenclature } from 'src/agents/tariff-classification/hs-nomenclature';
import { tokenise } from 'src/agents/tariff-classification/text-normaliser';

/**
 * Inverted index over the whole HS hierarchy. Each level (chapter, heading, subheading) is its own
 * BM25 collection, so a word that is rare among subheadings but common among chapters weighs what
 * it should at each level; the classifier combines the levels along the tree.
 */

export interface IndexedChapter {
  code: string;
  description: string;
  section: string;
}

export interface IndexedHeading {
  code: string;
  description: string;
  chapter: number;
  /** Leaf subheadings (indices into `leaves`). */
  leaves: number[];
}

export interface IndexedLeaf {
  code: string;
  description: string;
  heading: number;
  /** The text after "Heading;" — what distinguishes this subheading from its siblings. */
  qualifier: string;
  /** Words the text excludes ("other than cotton"): a query with them must not match here. */
  negated: Set<string>;
  /** How much this leaf is the catch-all of its heading: 0 specific, 1 "other"/"n.e.c.". */
  residual: number;
  /** Chapters and headings its text excludes ("not falling in chapter 94"), as code prefixes. */
  excludedCodes: string[];
}

/** Postings of one level: for each token, parallel arrays of document ids and BM25 weights. */
export interface LevelPostings {
  docs: Map<string, { ids: Int32Array; weights: Float32Array }>;
  size: number;
}

const K1 = 1.2;
const B = 0.5;

/** Words that open a new clause after a comma, not another item of an excluded list. */
const CLAUSE_OPENER = /^\s*(?:of|for|with|in|on|by|containing|whether|put|presented|used|weighing|exceeding|having|including|excluding|except|n\.?e\.?c|nec|other|not|fitted|designed|intended|being|the|a|an|live|fresh|chilled|frozen|dried|cooked)\b|^\s*\d/i;

/**
 * Splits what follows "other than" into the excluded items and the rest. The exclusion is one item
 * ("other than edible fish offal, cod": cod is the subheading's own fish) unless the items run on
 * as a list closed by "and" or "or" ("other than crab, shrimps, prawns, lobster or crayfish").
 */
function excludedList(rest: string): [string, string] {
  const parts = rest.split(',');
  const closing = parts.findIndex((part, k) => k > 0 && /\s(?:and|or)\s/.test(part));
  const listed = closing > 0 && parts.slice(1, closing + 1).every((part) => !CLAUSE_OPENER.test(part) && part.trim().split(/\s+/).length <= 4);
  const end = listed ? closing + 1 : 1;
  return [withoutSharedNoun(parts.slice(0, end).join(',')), parts.slice(end).join(',')];
}

/**
 * "Medical, surgical, dental, veterinary or barber furniture": the last item's noun is every
 * item's, so the kinds are excluded, not furniture.
 */
function withoutSharedNoun(list: string): string {
  const items = list.split(/,|\s(?:and|or)\s/).map((item) => item.trim().split(/\s+/).filter((w) => w.length > 0));
  const last = items[items.length - 1] ?? [];
  if (items.length < 3 || last.length < 2 || !items.slice(0, -1).every((item) => item.length <= 1)) return list;
  return list.replace(/\s+\S+\s*$/, '');
}

/** Removes excluded phrases from a description and returns them separately. */
export function splitNegations(description: string): { positive: string; negated: string } {
  const negated: string[] = [];
  // "whether or not plated" admits both cases: it excludes nothing.
  const positive = description
    .replace(/\bwhether or not\b|\bor not\b/gi, ' ')
    // "(excluding chewing gum, including white chocolate)": what follows "including" is admitted.
    .replace(/\((?:other than|excluding|not|except)\b([^)]*)\)/gi, (_m, inner: string) => {
      const [excluded, ...admitted] = inner.split(/,\s*including\b/i);
      negated.push(withoutSharedNoun(excluded));
      return ` ${admitted.join(' ')} `;
    })
    .replace(/\b(?:other than|excluding|not|except)\b([^;()]*)/gi, (_m, rest: string) => {
      const [excluded, kept] = excludedList(rest);
      negated.push(excluded);
      // The rest may hold a further exclusion (", not in airtight containers").
      const further = splitNegations(kept);
      if (further.negated.trim().length > 0) negated.push(further.negated);
      return ` ${further.positive}`;
    })
    // "n.e.c. in item no. 8471.30" names other codes, not product words.
    .replace(/\bn\.e\.c\.?\s+in\s+(?:item|heading|chapter)\s+no\.?\s*[\d.\s,or]+/gi, ' nec ')
    .replace(/\b(?:item|heading|chapter|subheading)s?\s+no\.?\s*[\d.]+/gi, ' ');
  return { positive, negated: negated.join(' ') };
}

function residualOf(qualifier: string): number {
  const q = qualifier.trim().toLowerCase().replace(/\bwhether or not\b/g, ' ');
  if (/^other\b|^n\.e\.c|\bn\.e\.c\b|\bnot elsewhere specified\b/.test(q)) return 1;
  if (/\bother than\b|\bexcluding\b|\(other|\bnot\b/.test(q)) return 0.5;
  if (/\bother\b/.test(q)) return 0.3;
  return 0;
}

function buildPostings(texts: string[][]): LevelPostings {
  const avg = texts.reduce((sum, tokens) => sum + tokens.length, 0) / Math.max(texts.length, 1);
  const raw = new Map<string, Array<[number, number]>>();
  texts.forEach((tokens, id) => {
    const tf = new Map<string, number>();
    for (const token of tokens) tf.set(token, (tf.get(token) ?? 0) + 1);
    const norm = 1 - B + (B * tokens.length) / Math.max(avg, 1);
    for (const [token, count] of tf) {
      const list = raw.get(token) ?? [];
      list.push([id, (count * (K1 + 1)) / (count + K1 * norm)]);
      raw.set(token, list);
    }
  });
  const docs = new Map<string, { ids: Int32Array; weights: Float32Array }>();
  const n = texts.length;
  for (const [token, list] of raw) {
    const idf = Math.log(1 + (n - list.length + 0.5) / (list.length + 0.5));
    docs.set(token, {
      ids: Int32Array.from(list.map(([id]) => id)),
      weights: Float32Array.from(list.map(([, w]) => w * idf)),
    });
  }
  return { docs, size: n };
}

export class HsIndex {
  readonly chapters: IndexedChapter[] = [];
  readonly headings: IndexedHeading[] = [];
  readonly leaves: IndexedLeaf[] = [];
  readonly chapterPostings: LevelPostings;
  readonly headingPostings: LevelPostings;
  readonly leafPostings: LevelPostings;
  readonly sectionTitles = new Map<string, string>();
  private readonly headingByCode = new Map<string, number>();
  private readonly leafByCode = new Map<string, number>();
  /** Every token the nomenclature uses, to tell product vocabulary from chit-chat. */
  readonly vocabulary = new Set<string>();

  constructor(readonly nomenclature: HsNomenclature) {
    for (const section of nomenclature.sections) this.sectionTitles.set(section.numeral, section.title);
    const chapterByCode = new Map<string, number>();
    const byLevel = (level: HsEntry['level']) => nomenclature.entries.filter((entry) => entry.level === level);
    for (const entry of byLevel(2)) {
      chapterByCode.set(entry.code, this.chapters.length);
      this.chapters.push({ code: entry.code, description: entry.description, section: entry.section });
    }
    for (const entry of byLevel(4)) {
      const chapter = chapterByCode.get(entry.code.slice(0, 2));
      if (chapter === undefined) continue;
      this.headingByCode.set(entry.code, this.headings.length);
      this.headings.push({ code: entry.code, description: entry.description, chapter, leaves: [] });
    }
    for (const entry of byLevel(6)) {
      const heading = this.headingByCode.get(entry.code.slice(0, 4));
      if (heading === undefined) continue;
      const semi = entry.description.indexOf(';');
      const qualifier = semi >= 0 ? entry.description.slice(semi + 1) : entry.description;
      const split = splitNegations(entry.description);
      // "other than table knives" excludes tables knives, not knives: only words absent from the
      // positive text distinguish what is excluded.
      const positive = new Set(tokenise(split.positive));
      const negated = tokenise(split.negated).filter((t) => !positive.has(t));
      this.leafByCode.set(entry.code, this.leaves.length);
      this.headings[heading].leaves.push(this.leaves.length);
      this.leaves.push({
        code: entry.code,
        description: entry.description,
        heading,
        qualifier: qualifier.trim(),
        negated: new Set(negated),
        excludedCodes: [...split.negated.matchAll(/\b(?:chapter|heading)s?\s+(?:no\.?\s*)?(\d{2}(?:\.?\d{2})?)\b/gi)].map((m) => m[1].replace('.', '')),
        residual: residualOf(qualifier),
      });
    }
    const positiveTokens = (text: string) => tokenise(splitNegations(text).positive);
    const chapterTexts = this.chapters.map((c) => positiveTokens(`${c.description}`));
    const headingTexts = this.headings.map((h) => positiveTokens(h.description));
    const leafTexts = this.leaves.map((leaf) => positiveTokens(leaf.description));
    for (const list of [chapterTexts, headingTexts, leafTexts]) for (const tokens of list) for (const t of tokens) this.vocabulary.add(t);
    this.chapterPostings = buildPostings(chapterTexts);
    this.headingPostings = buildPostings(headingTexts);
    this.leafPostings = buildPostings(leafTexts);
  }

  headingIndex(code: string): number | undefined {
    return this.headingByCode.get(code);
  }

  leafIndex(code: string): number | undefined {
    return this.leafByCode.get(code);
  }
}
