import type { GlossaryLanguage } from 'src/agents/tariff-classification/glossary/glossary-types';

/**
 * Reads a product description written in another language into the English the classifier
 * understands, word by word through the trade glossaries. It is a glossary reading, not a
 * translation: each recognised term becomes its English, function words are passed over, and the
 * terms are put in English order (qualifiers, then the goods, the head noun last, "for"-phrases
 * after it) because the classifier takes the last noun of a short title as the goods.
 *
 * - Unspaced scripts (Chinese, Japanese, Thai) are cut into the longest glossary terms.
 * - Spaced languages match the longest phrase first; a word no entry spells exactly is read through
 *   a listed form with another ending ("креветок" by "креветки"), or as a compound of listed parts
 *   ("Baumwollhemden" = baumwoll + hemden, "면으로" = 면 + a particle).
 * - The language is the one whose glossary reads most of the text. A Latin-script text counts as
 *   foreign only when more of its words are read by that glossary, and are not English words, than
 *   there are English words left unread: an English title with one borrowed word stays English.
 */

export interface ReadTerm {
  source: string;
  english: string;
}

export interface ForeignReading {
  language: string;
  /** The English text handed to the classifier. */
  english: string;
  terms: ReadTerm[];
  /** Source words no glossary entry reads (brands and model numbers pass through as written). */
  unread: string[];
  /**
   * The English of each clause, and whether it names goods: "Cachaça artesanal, garrafa 700 ml"
   * names the cachaça first and its bottle after.
   */
  clauses: Array<{ english: string; namesGoods: boolean }>;
}

interface Entry {
  term: string;
  english: string;
  noun: boolean;
}

type Piece =
  | { kind: 'term'; source: string; entry: Entry }
  | { kind: 'skip'; source: string }
  | { kind: 'other'; source: string };

/** A letter run: letters, marks and digits, with inner hyphens, dots and apostrophes ("t-shirt", "100%"). */
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’.-][\p{L}\p{M}\p{N}]+)*%?/gu;
/** A Latin letter beyond a–z. */
const ACCENTED_LATIN_LETTER = /(?![a-z])\p{Script=Latin}/u;
const ACCENTED_LATIN = new RegExp(ACCENTED_LATIN_LETTER.source, 'gu');
const LATIN = /^[\p{Script=Latin}\p{N}\p{M}'’.%-]+$/u;
/** The shortest word a glossary stem or compound part may be (shorter ones are too often accidental). */
const MIN_PART = { latin: 3, other: 1 };
const SCRIPTS = [/\p{Script=Latin}/u, /\p{Script=Cyrillic}/u, /\p{Script=Greek}/u, /\p{Script=Han}/u, /[\p{Script=Hiragana}\p{Script=Katakana}]/u, /\p{Script=Hangul}/u, /\p{Script=Thai}/u, /\p{Script=Arabic}/u, /\p{Script=Hebrew}/u, /\p{Script=Devanagari}/u];
/** Readings kept per process, since catalogues repeat their attribute values and category names. */
const CACHE_LIMIT = 20_000;

/** The shortest stem an alphabetic word is read through when its ending differs from a listed form. */
const MIN_STEM = 5;
/** How much of a word's end may be an inflection or particle the glossary does not list. */
const MAX_ENDING = 3;
/** Punctuation that ends a clause: a comma (not a decimal one, "0,75 l"), a semicolon (Latin, ideographic or Arabic), an ideographic stop, a full stop before a space. */
const CLAUSE_BREAK = /(?<!\d),|,(?!\d)|[;，；、。،؛]|\.(?=\s|$)/u;
/**
 * An unread word that can speak for English: three letters or more with a vowel. Letters, units and
 * symbols ("a", "kg", "rpm", "cu") are written alike in every language.
 */
const ENGLISH_EVIDENCE = /^(?=[a-z]*[aeiouy])[a-z]{3,}$/u;
/** English qualifiers that follow the goods in English ("shoes for men", "bag of leather"). */
const POSTPOSED = /^(for|of|with|without|in|on)\b/;

class CompiledLanguage {
  private readonly exact = new Map<string, Entry>();
  /** Spaced languages: entries by their first word, longest phrase first. */
  private readonly phrases = new Map<string, Entry[]>();
  /** Unspaced scripts: entries by their first character, longest first. */
  private readonly byFirstChar = new Map<string, Entry[]>();
  /** A listed word without its last one or two letters, for inflected forms. */
  private readonly stems = new Map<string, Entry>();
  private readonly skip: Set<string>;
  private readonly maxTermChars: number;
  /** The scripts its terms are written in; a text in none of them is not read at all. */
  private readonly scripts: RegExp;

  constructor(readonly spec: GlossaryLanguage) {
    this.skip = new Set(spec.skip.split(/\s+/).map(normalise).filter((w) => w.length > 0));
    let longest = 0;
    for (const line of spec.entries.split('\n')) {
      const trimmed = line.trim();
      if (trimmed.length === 0 || trimmed.startsWith('#')) continue;
      const [rawTerm, english, tag] = trimmed.split('|').map((p) => p.trim());
      if (rawTerm === undefined || english === undefined || english.length === 0) continue;
      const term = normalise(rawTerm);
      if (term.length === 0 || this.exact.has(term)) continue;
      const entry: Entry = { term, english, noun: tag === 'n' };
      this.exact.set(term, entry);
      longest = Math.max(longest, term.length);
      if (spec.unspaced) {
        push(this.byFirstChar, term[0], entry);
      } else {
        push(this.phrases, term.split(' ')[0], entry);
        if (!term.includes(' ')) this.addStems(entry);
      }
    }
    if (spec.typedWithoutAccents === true) this.addUnaccented();
    this.maxTermChars = longest;
    const scripts = SCRIPTS.filter((script) => [...this.exact.keys()].some((term) => script.test(term)));
    this.scripts = new RegExp(scripts.map((script) => script.source).join('|'), 'u');
    const byLength = (a: Entry, b: Entry): number => b.term.length - a.term.length;
    for (const list of this.phrases.values()) list.sort(byLength);
    for (const list of this.byFirstChar.values()) list.sort(byLength);
  }

  /**
   * 1 when every accented Latin letter of the text is one this language writes, else ½: "España"
   * is not Portuguese, "elétrico" not Indonesian, however many of their words another glossary lists.
   */
  alphabetFit(text: string): number {
    if (this.spec.letters === undefined) return 1;
    for (const letter of normalise(text).match(ACCENTED_LATIN) ?? []) if (!this.spec.letters.includes(letter)) return 0.5;
    return 1;
  }

  /** Whether the text has a letter of a script this glossary's terms are written in. */
  mayRead(text: string): boolean {
    return this.scripts.test(text);
  }

  /**
   * Every term also under its spelling without diacritics ("tom dong lanh"), where that spelling
   * is not itself a term and all the terms it could be share one English (so "ca" for cá, fish, and
   * cà, aubergine, is left out). Function words likewise.
   */
  private addUnaccented(): void {
    const byFolded = new Map<string, Entry[]>();
    for (const entry of this.exact.values()) {
      const folded = withoutAccents(entry.term);
      if (folded !== entry.term) push(byFolded, folded, entry);
    }
    for (const [folded, entries] of byFolded) {
      if (this.exact.has(folded) || entries.some((e) => e.english !== entries[0].english)) continue;
      const entry: Entry = { ...entries[0], term: folded };
      this.exact.set(folded, entry);
      push(this.phrases, folded.split(' ')[0], entry);
    }
    for (const word of [...this.skip]) this.skip.add(withoutAccents(word));
  }

  /** Cuts the text into glossary terms, function words and other words, in reading order. */
  read(text: string): Piece[] {
    const tokens = normalise(text).match(WORD) ?? [];
    const pieces: Piece[] = [];
    for (let i = 0; i < tokens.length; ) {
      const token = tokens[i];
      if (this.spec.unspaced && !LATIN.test(token)) {
        pieces.push(...this.segment(token));
        i++;
        continue;
      }
      const phrase = this.phraseAt(tokens, i);
      if (phrase !== null) {
        pieces.push({ kind: 'term', source: tokens.slice(i, i + phrase.words).join(' '), entry: phrase.entry });
        i += phrase.words;
        continue;
      }
      if (this.skip.has(token)) {
        pieces.push({ kind: 'skip', source: token });
      } else {
        const parts = this.spec.unspaced ? null : this.wordParts(token);
        if (parts === null) pieces.push({ kind: 'other', source: token });
        else pieces.push(...parts.map((entry, k) => ({ kind: 'term' as const, source: k === 0 ? token : '', entry })));
      }
      i++;
    }
    return pieces;
  }

  private phraseAt(tokens: string[], i: number): { entry: Entry; words: number } | null {
    for (const entry of this.phrases.get(tokens[i]) ?? []) {
      const words = entry.term.split(' ');
      if (words.every((w, k) => tokens[i + k] === w)) return { entry, words: words.length };
    }
    return null;
  }

  /** Longest-match cut of an unspaced run; characters no term starts with are kept as other text. */
  private segment(run: string): Piece[] {
    const pieces: Piece[] = [];
    let other = '';
    const flush = (): void => {
      if (other.length > 0) pieces.push({ kind: 'other', source: other });
      other = '';
    };
    for (let i = 0; i < run.length; ) {
      const entry = (this.byFirstChar.get(run[i]) ?? []).find((e) => run.startsWith(e.term, i));
      if (entry !== undefined) {
        flush();
        pieces.push({ kind: 'term', source: entry.term, entry });
        i += entry.term.length;
      } else if (this.skip.has(run[i])) {
        flush();
        pieces.push({ kind: 'skip', source: run[i] });
        i++;
      } else {
        other += run[i];
        i++;
      }
    }
    flush();
    return pieces;
  }

  /**
   * A word no entry spells exactly: one listed word with another ending, or a compound of listed
   * parts whose last part may carry an ending. Fewest parts win; null when it cannot be read.
   */
  private wordParts(token: string): Entry[] | null {
    const single = this.inflected(token);
    if (single !== null || this.spec.compounds !== true) return single === null ? null : [single];
    const min = minPart(token);
    if (token.length < 2 * min) return null;
    // best[i]: fewest entries that spell token[0, i)
    const best: Array<Entry[] | null> = new Array<Entry[] | null>(token.length + 1).fill(null);
    best[0] = [];
    for (let i = 0; i < token.length; i++) {
      const before = best[i];
      if (before === null) continue;
      for (let j = i + min; j <= Math.min(token.length, i + this.maxTermChars); j++) {
        const entry = this.exact.get(token.slice(i, j));
        if (entry === undefined) continue;
        // A linking "s" or "n" between compound parts ("Herrenschuhe", "Arbeitsschuhe").
        for (const end of [j, j + 1]) {
          if (end > token.length || (end === j + 1 && !/[sn]/.test(token[j]))) continue;
          const candidate = [...before, entry];
          const known = best[end];
          if (known === null || candidate.length < known.length) best[end] = candidate;
        }
      }
    }
    if (best[token.length] !== null && best[token.length]!.length > 1) return best[token.length];
    // The last part inflected: a listed prefix plus a form of a listed word.
    for (let i = token.length - min; i >= min; i--) {
      const head = best[i];
      if (head === null || head.length === 0) continue;
      const last = this.inflected(token.slice(i));
      if (last !== null) return [...head, last];
    }
    return null;
  }

  /** A listed word read through another ending: "креветок" by "креветки", "면으로" by "면". */
  private inflected(token: string): Entry | null {
    const exact = this.exact.get(token);
    if (exact !== undefined && !exact.term.includes(' ')) return exact;
    // Alphabets inflect words; Hangul appends particles of one or two syllables to an unchanged noun.
    const alphabetic = minPart(token) > 1;
    for (let cut = 1; cut <= (alphabetic ? MAX_ENDING : 2); cut++) {
      const stem = token.slice(0, token.length - cut);
      // An ending is short beside its word: "cheveux" is not a form of "cheval", nor "miniso" of "mini".
      if (stem.length < (alphabetic ? MIN_STEM : 1) || (alphabetic && stem.length < 0.7 * token.length)) break;
      const listed = this.exact.get(stem);
      // Through another form's stem only when the stem is most of that form too ("banda" is not "bandage").
      const viaStem = alphabetic ? this.stems.get(stem) : undefined;
      const entry = listed ?? (viaStem !== undefined && stem.length >= 0.75 * viaStem.term.length ? viaStem : undefined);
      if (entry !== undefined && !entry.term.includes(' ')) return entry;
    }
    return null;
  }

  private addStems(entry: Entry): void {
    if (minPart(entry.term) === 1) return;
    for (let cut = 1; cut <= 2; cut++) {
      const stem = entry.term.slice(0, entry.term.length - cut);
      if (stem.length < MIN_STEM || this.stems.has(stem)) continue;
      this.stems.set(stem, entry);
    }
  }
}

const COMPILED = new WeakMap<GlossaryLanguage, CompiledLanguage>();

export class DescriptionReader {
  private readonly languages: CompiledLanguage[];

  private readonly cache = new Map<string, ForeignReading | null>();

  private readonly englishWords = new Map<string, boolean>();

  private readonly englishTerms = new Map<string, boolean>();

  /**
   * `isEnglish` tells words the English vocabulary knows, so that English words left unread count
   * against a foreign reading; `isEnglishTerm` tells which glossary terms English also uses, so that
   * borrowed words ("pasta", "radio") do not make a text foreign.
   */
  constructor(
    languages: GlossaryLanguage[],
    private readonly isEnglish: (word: string) => boolean,
    private readonly isEnglishTerm: (word: string) => boolean = isEnglish,
  ) {
    this.languages = languages.map((l) => {
      // Compiled once per process: the classifier and the scope check read through the same tables.
      let compiled = COMPILED.get(l);
      if (compiled === undefined) {
        compiled = new CompiledLanguage(l);
        COMPILED.set(l, compiled);
      }
      return compiled;
    });
  }

  /** The languages the reader knows, by English name. */
  get languageNames(): string[] {
    return this.languages.map((l) => l.spec.name);
  }

  /** The English reading of `text`, or null when it is English or no glossary reads any of it. */
  read(text: string): ForeignReading | null {
    const cached = this.cache.get(text);
    if (cached !== undefined) return cached;
    const reading = this.readUncached(text);
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(text, reading);
    return reading;
  }

  private readUncached(text: string): ForeignReading | null {
    const clauses = text.split(CLAUSE_BREAK).filter((c) => c.trim().length > 0);
    let best: { language: CompiledLanguage; clauses: Piece[][]; score: number } | null = null;
    for (const language of this.languages) {
      if (!language.mayRead(text)) continue;
      const read = clauses.map((clause) => language.read(clause));
      const score = this.foreignScore(read.flat()) * language.alphabetFit(text);
      if (score > 0 && (best === null || score > best.score)) best = { language, clauses: read, score };
    }
    if (best === null) return null;
    // Each clause is put in English order on its own ("camisetas de algodón, hecho en México").
    const composed = best.clauses.map((pieces, k) => compose(best.language.spec, pieces, headSegment(best.language.spec, clauses[k])));
    return {
      language: best.language.spec.name,
      english: composed.map((c) => c.english).filter((e) => e.length > 0).join(', '),
      terms: composed.flatMap((c) => c.terms),
      unread: composed.flatMap((c) => c.unread),
      clauses: composed.flatMap((c) => c.clauses).filter((c) => c.english.length > 0),
    };
  }

  /**
   * Characters read as this language's terms, or 0 when the text reads better as English. A term
   * spelt in Latin letters that English also has ("pasta", "radio") is no evidence either way.
   */
  private foreignScore(pieces: Piece[]): number {
    let foreignChars = 0;
    let foreignWords = 0;
    // A read word spelt with letters English does not write ("elétrico") settles a tie.
    let lettersEnglishLacks = false;
    for (const piece of pieces) {
      if (piece.kind !== 'term' || piece.source.length === 0) continue;
      const latin = LATIN.test(piece.source.replace(/ /g, ''));
      if (latin && piece.source.split(' ').every((w) => this.englishTerm(w))) continue;
      // A loanword spelt as in English ("bluetooth", "hdmi") says nothing about the language.
      if (latin && singular(piece.entry.english.toLowerCase()) === singular(piece.source)) continue;
      foreignChars += piece.source.length;
      if (!latin || ACCENTED_LATIN_LETTER.test(piece.source)) lettersEnglishLacks = true;
      // A phrase counts by its words ("aceite de oliva virgen extra" is five words of Spanish).
      foreignWords += latin ? Math.max(1, piece.source.split(' ').filter((w) => !this.englishTerm(w)).length) : 1;
    }
    // English words left unread are counted only when there is something foreign to weigh them against.
    if (foreignWords === 0) return 0;
    let englishWords = 0;
    for (const piece of pieces) {
      if (piece.kind === 'other' && ENGLISH_EVIDENCE.test(piece.source) && this.english(piece.source)) englishWords++;
      // The language's own function words ("de", "para", "mit") speak for it as well.
      else if (piece.kind === 'skip' && LATIN.test(piece.source) && !this.englishTerm(piece.source)) foreignWords++;
    }
    return foreignWords > englishWords || (lettersEnglishLacks && foreignWords === englishWords) ? foreignChars : 0;
  }

  private english(word: string): boolean {
    return this.cached(this.englishWords, word, this.isEnglish);
  }

  private englishTerm(word: string): boolean {
    return this.cached(this.englishTerms, word, this.isEnglishTerm);
  }

  private cached(cache: Map<string, boolean>, word: string, test: (word: string) => boolean): boolean {
    let known = cache.get(word);
    if (known === undefined) {
      known = test(word);
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(word, known);
    }
    return known;
  }
}

/**
 * In a listing written without spaces between words (Chinese, Japanese), spaces part the title
 * from its specifications: "电动助力自行车 48V 350W电机 带脚踏" is a bicycle whose motor is one of its
 * details. The head noun is then taken from the first part that names goods: returns the source
 * text of that part's pieces, or null when the clause has no such parts.
 */
function headSegment(language: GlossaryLanguage, clause: string): string[] | null {
  if (!language.unspaced || language.head !== 'last') return null;
  const parts = clause.trim().split(/\s+/u);
  return parts.length > 1 ? parts : null;
}

/** English order: qualifiers, other nouns, the head noun, then "for"/"of" phrases. */
function compose(language: GlossaryLanguage, pieces: Piece[], segments: string[] | null = null): ForeignReading {
  const terms: ReadTerm[] = [];
  const unread: string[] = [];
  const before: string[] = [];
  const after: string[] = [];
  const nouns: string[] = [];
  let pendingSource: ReadTerm | null = null;
  // Which space-separated part each noun came from, found by walking the parts in reading order.
  const nounSegments: number[] = [];
  let part = 0;
  let used = 0;
  const segmentAt = (source: string): number => {
    if (segments === null || source.length === 0) return part;
    for (let k = part; k < segments.length; k++) {
      const at = segments[k].toLowerCase().indexOf(source, k === part ? used : 0);
      if (at < 0) continue;
      part = k;
      used = at + source.length;
      break;
    }
    return part;
  };
  for (const piece of pieces) {
    if (piece.kind !== 'term' && segments !== null && piece.source.length > 0) segmentAt(piece.source);
    if (piece.kind === 'skip') continue;
    if (piece.kind === 'other') {
      unread.push(piece.source);
      // Brands, model numbers and words in Latin letters pass through as qualifiers.
      if (LATIN.test(piece.source)) before.push(piece.source);
      continue;
    }
    // Parts of one compound word are reported together under the word.
    if (piece.source.length > 0) {
      pendingSource = { source: piece.source, english: piece.entry.english };
      terms.push(pendingSource);
    } else if (pendingSource !== null) {
      pendingSource.english += ` + ${piece.entry.english}`;
    }
    if (piece.entry.noun) {
      nouns.push(piece.entry.english);
      nounSegments.push(segmentAt(piece.source));
    } else (POSTPOSED.test(piece.entry.english) ? after : before).push(piece.entry.english);
  }
  if (language.head === 'first' && nouns.length > 1) nouns.push(nouns.shift()!);
  // The head is the last noun of the first part naming goods; later parts' nouns qualify it.
  const firstPart = Math.min(...nounSegments);
  const head = nounSegments.lastIndexOf(firstPart);
  if (segments !== null && head >= 0 && head < nouns.length - 1) nouns.push(...nouns.splice(head, 1));
  const english = [...before, ...nouns, ...after].join(' ');
  return { language: language.name, english, terms, unread, clauses: [{ english, namesGoods: nouns.length > 0 }] };
}

/** A word without a plural -s, to compare a loanword with its English ("t-shirt", "t-shirts"). */
function singular(word: string): string {
  return word.endsWith('s') ? word.slice(0, -1) : word;
}

/** Lower case without diacritics; Vietnamese đ is d. */
function withoutAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gu, 'd').normalize('NFC');
}

function normalise(text: string): string {
  return text.normalize('NFC').toLowerCase();
}

function minPart(word: string): number {
  return /^[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}]/u.test(word) ? MIN_PART.latin : MIN_PART.other;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}
