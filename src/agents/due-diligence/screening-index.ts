import { DeletionIndex } from 'src/agents/due-diligence/deletion-index';
import { syllableSpellings } from 'src/agents/due-diligence/hangul-romaniser';
import { compareNames, MATCH_THRESHOLD, memoisedForQuery, type NameComparison, type TokenWeigher } from 'src/agents/due-diligence/name-matcher';
import { identifyingTokens, parseName, type NameToken, type NormalisedName } from 'src/agents/due-diligence/name-normaliser';
import { skeletonKey, translitKey } from 'src/agents/due-diligence/string-similarity';
import type { SanctionsEntry } from 'src/agents/due-diligence/sanctions-entry';

export interface IndexedName {
  entry: number;
  raw: string;
  /** `primary`, or the alias kind (aka/fka/nka/good/low/original script/embedded). */
  kind: string;
  name: NormalisedName;
}

export interface NameHit {
  entry: SanctionsEntry;
  matchedName: string;
  matchedKind: string;
  comparison: NameComparison;
}

/** A token as seen by the index: distinct spellings share postings. */
interface VocabularyEntry {
  text: string;
  key: string;
  skeleton: string;
  joined: boolean;
  postings: number[];
}

/** Blocking stops reading postings this long unless nothing rarer is available. */
const COMMON_POSTINGS = 1500;
/** Candidates fully scored per query, best blocking weight first. */
const MAX_CANDIDATES = 150;
/** Fraction of the query's token weight a candidate must share before it is scored. */
const MIN_SHARED_WEIGHT = 0.34;

function deletions(key: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < key.length; i += 1) out.push(key.slice(0, i) + key.slice(i + 1));
  return out;
}

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (list[list.length - 1] !== value) list.push(value);
}

/**
 * An inverted index over every listed name and alias. A query never scans the lists: each query
 * token is looked up by exact text, transliteration key, consonant skeleton and single-deletion
 * neighbourhood (so one typo still blocks), plus joined adjacent words; only names sharing a
 * token are scored, rarest-token evidence first.
 */
export class ScreeningIndex {
  readonly names: IndexedName[] = [];
  private readonly vocabulary: VocabularyEntry[] = [];
  private readonly byText = new Map<string, number>();
  private readonly byKey = new Map<string, number[]>();
  private readonly bySkeleton = new Map<string, number[]>();
  private readonly byDeletion: DeletionIndex;
  /** Number of entries whose names contain a token, for weighting rare words above common ones. */
  private readonly documentFrequency = new Map<string, number>();
  private entryCount = 0;

  constructor(readonly entries: SanctionsEntry[]) {
    entries.forEach((entry, i) => this.addEntry(entry, i));
    this.entryCount = entries.length;
    this.vocabulary.forEach((v, id) => {
      push(this.byKey, v.key, id);
      if (v.skeleton.length >= 2) push(this.bySkeleton, v.skeleton, id);
    });
    // Joined neighbours are found by exact text only; typo tolerance is for real words.
    this.byDeletion = new DeletionIndex(
      this.vocabulary.map((v) => v.key),
      (id) => this.vocabulary[id].key.length >= 4 && !this.vocabulary[id].joined,
    );
  }

  private addEntry(entry: SanctionsEntry, entryIdx: number): void {
    const individual = entry.type === 'individual';
    const vessel = entry.type === 'vessel';
    const firstName = this.names.length;
    const seen = new Set<string>();
    const add = (raw: string, kind: string) => {
      // Listed names keep acronyms and alternative spellings in brackets: index them separately.
      const bracketed = [...raw.matchAll(/\(([^()]+)\)/gu)].map((m) => m[1]).filter((b) => !/^(?:ex|formerly|a\.k\.a|f\.k\.a)/iu.test(b));
      const base = bracketed.length ? raw.replace(/\([^()]+\)/gu, ' ') : raw;
      const parsed = parseName(base, { individual, vessel });
      const variants: Array<[NormalisedName, string, string]> = [[parsed.primary, raw, kind]];
      for (const alias of parsed.embeddedAliases) variants.push([alias, raw, 'embedded']);
      for (const b of bracketed) variants.push([parseName(b, { vessel }).primary, b, kind]);
      for (const [name, rawName, k] of variants) {
        const signature = name.tokens.map((t) => t.text).join(' ');
        if (!signature || seen.has(signature)) continue;
        seen.add(signature);
        const nameIdx = this.names.length;
        this.names.push({ entry: entryIdx, raw: rawName, kind: k, name });
        const tokens = identifyingTokens(name);
        for (const t of tokens) this.post(t.text, nameIdx, t.key, t.skeleton, false);
        // Joined neighbours let "wirralong" find "wirra long" and "canglan" find "cang lan".
        for (let i = 0; i + 1 < tokens.length; i += 1) {
          const joined = tokens[i].original + tokens[i + 1].original;
          this.post(joined, nameIdx, translitKey(joined), skeletonKey(joined), true);
        }
      }
    };
    add(entry.name, 'primary');
    for (const alias of entry.aliases) add(alias.name, alias.kind);
    const distinct = new Set(this.names.slice(firstName).flatMap((n) => n.name.tokens.map((t) => t.text)));
    for (const t of distinct) this.documentFrequency.set(t, (this.documentFrequency.get(t) ?? 0) + 1);
  }

  private post(text: string, nameIdx: number, key: string, skeleton: string, joined: boolean): void {
    let id = this.byText.get(text);
    if (id === undefined) {
      id = this.vocabulary.length;
      this.vocabulary.push({ text, key, skeleton, joined, postings: [] });
      this.byText.set(text, id);
    }
    const postings = this.vocabulary[id].postings;
    if (postings[postings.length - 1] !== nameIdx) postings.push(nameIdx);
  }

  /** Rare listed words weigh more than common ones ("Muhammad", "Trading"). */
  readonly weigh: TokenWeigher = (t) => {
    const base = t.kind === 'name' ? 1 : t.kind === 'generic' ? 0.45 : t.kind === 'initials' ? 0.5 : 0.08;
    if (t.kind !== 'name') return base;
    const df = this.documentFrequency.get(t.text) ?? 0;
    return df <= 1 ? 1 : Math.max(0.4, 1 - 0.2 * Math.log10(df));
  };

  get vocabularySize(): number {
    return this.vocabulary.length;
  }

  private similarVocabulary(token: NameToken): Set<number> {
    const ids = new Set<number>();
    const exact = this.byText.get(token.text);
    if (exact !== undefined) ids.add(exact);
    const orig = this.byText.get(token.original);
    if (orig !== undefined) ids.add(orig);
    // A Han character finds the Korean and Japanese readings the lists spell it by (金 → kim).
    for (const alternative of token.alternatives ?? []) {
      const id = this.byText.get(alternative);
      if (id !== undefined) ids.add(id);
    }
    for (const id of this.byKey.get(token.key) ?? []) ids.add(id);
    if (token.skeleton.length >= 3 || token.abjad) for (const id of this.bySkeleton.get(token.skeleton) ?? []) ids.add(id);
    if (token.key.length >= 4) {
      const add = (id: number) => ids.add(id);
      this.byDeletion.wordsWithDeletion(token.key, add);
      for (const d of deletions(token.key)) {
        this.byDeletion.wordsWithDeletion(d, add);
        const direct = this.byKey.get(d);
        if (direct) for (const id of direct) ids.add(id);
      }
    }
    return ids;
  }

  /** Names sharing at least one (near-)token with the query, by summed weight of shared tokens. */
  candidates(query: NormalisedName): number[] {
    const tokens = identifyingTokens(query);
    const score = new Map<number, number>();
    const lookups: Array<{ weight: number; postings: number[][] }> = [];
    for (const t of tokens) {
      const postings = [...this.similarVocabulary(t)].map((id) => this.vocabulary[id].postings);
      lookups.push({ weight: this.weigh(t), postings });
    }
    for (let i = 0; i + 1 < tokens.length; i += 1) {
      const id = this.byText.get(tokens[i].original + tokens[i + 1].original);
      if (id !== undefined) lookups.push({ weight: 1, postings: [this.vocabulary[id].postings] });
    }
    // Two Han characters may be one listed word (山田 → yamada), in any of their readings.
    for (let i = 0; i + 1 < tokens.length; i += 1) {
      const [a, b] = [tokens[i].alternatives, tokens[i + 1].alternatives];
      if (!a || !b) continue;
      const postings = a.flatMap((x) => b.map((y) => this.byText.get(x + y))).filter((id): id is number => id !== undefined).map((id) => this.vocabulary[id].postings);
      if (postings.length) lookups.push({ weight: 1, postings });
    }
    // A Hangul word is one token ("김정은"), the lists spell it as separate Latin syllables or
    // pairs of them (Kim Jong Un, Kim Jong-un, Kim Jongun): look each up in all its spellings.
    for (const t of tokens) {
      if (!t.hangul) continue;
      const syllables = syllableSpellings(t.hangul);
      const share = this.weigh(t) / Math.max(1, syllables.length);
      const idsOf = (spellings: string[]) => spellings.map((s) => this.byText.get(s)).filter((id): id is number => id !== undefined);
      syllables.forEach((spellings, k) => {
        const ids = idsOf(spellings);
        if (ids.length) lookups.push({ weight: share, postings: ids.map((id) => this.vocabulary[id].postings) });
        const next = syllables[k + 1];
        if (!next) return;
        const pairIds = idsOf(spellings.flatMap((x) => next.map((y) => x + y)));
        if (pairIds.length) lookups.push({ weight: 2 * share, postings: pairIds.map((id) => this.vocabulary[id].postings) });
      });
    }
    // A single token may be the joined form of two listed words.
    for (const t of tokens) {
      const id = this.byText.get(t.original);
      if (id !== undefined) lookups.push({ weight: 0.5, postings: [this.vocabulary[id].postings] });
    }
    const rare = lookups.filter((l) => l.postings.reduce((s, p) => s + p.length, 0) <= COMMON_POSTINGS);
    const used = rare.length ? rare : lookups;
    for (const { weight, postings } of used) {
      const touched = new Set<number>();
      for (const p of postings) for (const n of p) touched.add(n);
      for (const n of touched) score.set(n, (score.get(n) ?? 0) + weight);
    }
    // A name sharing less than a third of the query's weight cannot reach the match threshold
    // (the score is a Dice over both sides), so it is not worth scoring.
    const queryWeight = tokens.reduce((s, t) => s + this.weigh(t), 0);
    const floor = MIN_SHARED_WEIGHT * queryWeight;
    return [...score.entries()].filter(([, w]) => w >= floor).sort((a, b) => b[1] - a[1]).slice(0, MAX_CANDIDATES).map(([n]) => n);
  }

  /** Every listed entry whose primary name or an alias scores at least `threshold` against a query name. */
  search(queryNames: NormalisedName[], threshold = MATCH_THRESHOLD): NameHit[] {
    const best = new Map<number, NameHit>();
    const memo = memoisedForQuery(this.weigh);
    for (const query of queryNames) {
      for (const nameIdx of this.candidates(query)) {
        const indexed = this.names[nameIdx];
        const comparison = compareNames(query, indexed.name, memo.weigh, memo.similarity);
        if (comparison.score < threshold) continue;
        const current = best.get(indexed.entry);
        if (!current || comparison.score > current.comparison.score) {
          best.set(indexed.entry, { entry: this.entries[indexed.entry], matchedName: indexed.raw, matchedKind: indexed.kind, comparison });
        }
      }
    }
    return [...best.values()].sort((a, b) => b.comparison.score - a.comparison.score);
  }

  /** The baseline the index is measured against: the same scorer over every listed name. */
  searchByFullScan(query: NormalisedName, threshold = MATCH_THRESHOLD): NameHit[] {
    const best = new Map<number, NameHit>();
    for (const indexed of this.names) {
      const comparison = compareNames(query, indexed.name, this.weigh);
      if (comparison.score < threshold) continue;
      const current = best.get(indexed.entry);
      if (!current || comparison.score > current.comparison.score) best.set(indexed.entry, { entry: this.entries[indexed.entry], matchedName: indexed.raw, matchedKind: indexed.kind, comparison });
    }
    return [...best.values()].sort((a, b) => b.comparison.score - a.comparison.score);
  }

  get size(): { entries: number; names: number; vocabulary: number } {
    return { entries: this.entryCount, names: this.names.length, vocabulary: this.vocabulary.length };
  }
}
