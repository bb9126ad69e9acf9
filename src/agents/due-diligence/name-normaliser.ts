import {
  ABBREVIATIONS,
  ALIAS_MARKERS,
  ANNOTATION_MARKERS,
  FOREIGN_BUSINESS_WORDS,
  GENERIC_WORDS,
  LEGAL_BY_FIRST,
  LEGAL_BY_LAST,
  LEGAL_FORM_SEQUENCES,
  LEGAL_WORDS,
  NATIVE_BUSINESS_WORDS,
  PARTICLES,
  RAW_ABBREVIATIONS,
  VESSEL_PREFIXES,
  VIETNAMESE_FIRST_SYLLABLES,
  VIETNAMESE_JOINED_PHRASES,
  type LegalForm,
} from 'src/agents/due-diligence/name-vocabulary';
import { editDistance, skeletonKey, translitKey } from 'src/agents/due-diligence/string-similarity';
import { transliterate } from 'src/agents/due-diligence/transliteration';

export type TokenKind = 'name' | 'generic' | 'particle' | 'initials';

export interface NameToken {
  /** Normalised form compared first (English for translated business words). */
  text: string;
  /** The romanised form as written, when translation or expansion changed it. */
  original: string;
  kind: TokenKind;
  /** Written with a trailing dot ("Ind.", "Com."): may be a prefix of the full word. */
  abbreviated: boolean;
  /** Romanised from a script that omits vowels: compare consonant skeletons. */
  abjad: boolean;
  key: string;
  skeleton: string;
  /** Written in Hangul: the syllables as written, since Korean has several romanisations. */
  hangul?: string;
  /** Other romanisations of what was written (Korean and Japanese readings of a Han character). */
  alternatives?: readonly string[];
  /** Romanised from Greek: compared with Latin words by declension-free stem too. */
  greek?: boolean;
  /** Written in Hebrew: the word as written, compared with Latin spellings by consonant class. */
  hebrew?: string;
  /** Written in Thai: the word as written, compared with Latin spellings by consonant class. */
  thai?: string;
  /** Written in Arabic: the word as written (its long vowels must show in a Latin spelling). */
  arabic?: string;
  /** A Latin word as written with its marks (hùng, hưng), when it had any. */
  marked?: string;
}

export interface NormalisedName {
  raw: string;
  tokens: NameToken[];
  legalForms: LegalForm[];
  numbers: string[];
  /** Written with a vessel designator (MV, M/T, ...). */
  vessel: boolean;
  /** How many of the last tokens came from a closing note (in brackets or after a dash) (a port or flag, for a ship). */
  noteWords?: number;
}

export interface ParsedName {
  primary: NormalisedName;
  /** Former or alternative names written inside the same string ("Star Voyager (ex-Southern Glory)"). */
  embeddedAliases: NormalisedName[];
}

const NON_LATIN = /[^\p{Script=Latin}\p{N}\p{P}\p{S}\s]/u;
/** Words that make a few letters before a colon a field label, not a name. */
const LABEL_PREFIX = /^\s*([\p{L}\d .-]{1,40}?)\s*:\s*(?=\S)/u;
/** A comma or semicolon that opens another former or alternative name ("ex-A, ex-B"). */
const NEXT_ALIAS = new RegExp(`\\s*[,;]\\s*(?=${ALIAS_MARKERS.source})`, 'iu');
const SWIFT_TAG = /^\s*(?:\/[A-Z]{3,8}\/|[1-8]\/(?=\p{L}))\s*/u;

const ROMAN_NUMERALS = new Map<string, number>([
  ['i', 1], ['ii', 2], ['iii', 3], ['iv', 4], ['v', 5], ['vi', 6], ['vii', 7], ['viii', 8], ['ix', 9], ['x', 10], ['xi', 11], ['xii', 12],
]);

const AMBIGUOUS_MID_FORMS = new Set(['spa', 'est', 'cos', 'spy', 'sas', 'com', 'sp', 'private', 'limited', 'company', 'companies', 'co', 'ad', 'sc', 'me', 'ip', 'pp', 'dp', 'ao', 'lc', 'as', 'ab', 'ag', 'ug', 'kg', 'ev', 'pt', 'cv', 'gk', 'yk', 'kk', 'bt', 'rt', 'mb', 'ou', 'oy', 'sa', 'sl', 'dd', 'bv', 'nv', 'hb', 'kb', 'lp', 'na', 'too', 'ak', 'aq']);

const SUN_ARTICLES = new Set(['as', 'ash', 'ad', 'adh', 'ar', 'at', 'ath', 'az', 'an']);

function replaceNativeBusinessWords(text: string): string {
  if (!NON_LATIN.test(text)) return text;
  let out = text;
  for (const [native, english] of NATIVE_BUSINESS_WORDS) {
    if (out.includes(native)) out = out.split(native).join(english);
  }
  return out;
}

const NATIVE_BRANCH = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Katakana}\p{Script=Hiragana}]*(?:支店|支社|営業所|出張所|分公司|分行|办事处|辦事處|지점|지사|출장소)(?=\s|$|[,.)])/gu;
const CARE_OF = /\s*[,;]?\s*(?<![\p{L}\p{N}])(?:c\/o|c\/-|care of)(?![\p{L}\p{N}]).*$/iu;
const PARTY_ROLE =
  /^(?:(?:hereinafter|hereafter|herein)(?![\p{L}\p{N}]).*|(?:as\s+)?(?:the\s+)?(?:seller|buyer|purchaser|vendor|supplier|customer|consignee|consignor|shipper|notify party|notify|ordering party|carrier|charterer|owner|owners|importer|exporter|applicant|beneficiary|borrower|lender|guarantor|contractor|principal|agent|company|client|party [ab12]|ordering customer|beneficiary customer|ordering institution|beneficiary bank|intermediary bank|remitter|payer|payee)s?)$/iu;

interface Segmented {
  main: string;
  aliases: string[];
  /** A short note ending the name, in brackets or after a dash ("(Majuro)", "- Liberia"): a ship's port or flag. */
  note?: string;
}

/** Separates the name from annotations: field labels, branch notes, addresses, ports, ex-names. */
function segment(raw: string, individual: boolean): Segmented {
  const aliases: string[] = [];
  // A ship's IMO number identifies it; it is not a numeral of its name.
  let text = raw.replace(/[“”„«»‹›"]/gu, ' ').replace(/[‘’`´]/gu, "'");
  if (/imo/iu.test(text)) text = text.replace(/\(?(?<![\p{L}\p{N}])IMO\s*(?:no\.?|number)?\s*:?\s*\d{7}(?![\p{L}\p{N}])\)?/giu, ' ');
  // SWIFT structured fields tag a line with a code in slashes or a line number (/NAME/, 1/).
  text = text.replace(SWIFT_TAG, '');
  const label = LABEL_PREFIX.exec(text);
  if (label && label[1].trim().split(/\s+/u).length <= 4) text = text.slice(label[0].length);

  // A branch written in the name's own script (大阪支店, 上海分公司, 부산지점) is a branch of the company.
  if (NON_LATIN.test(text)) text = text.replace(NATIVE_BRANCH, ' ');
  // "c/o" (care of) and what follows name an agent or an address, not the party.
  if (/c\/|care of/iu.test(text)) text = text.replace(CARE_OF, ' ');
  let note: string | undefined;
  text = text.replace(/\(([^()]*)\)|\[([^[\]]*)\]/gu, (m: string, p1: string | undefined, p2: string | undefined, at: number, whole: string) => {
    const inner = (p1 ?? p2 ?? '').trim();
    // "(the Seller)", "(hereinafter the Buyer)": the party's role in a contract, not its name.
    if (PARTY_ROLE.test(inner)) return ' ';
    const alias = ALIAS_MARKERS.exec(inner);
    if (alias && alias.index === 0) {
      // "(ex-Zhong Hai 9, ex-Blue Orchid)": each former name is an alias of its own.
      for (const former of inner.slice(alias[0].length).split(NEXT_ALIAS)) {
        aliases.push(former.replace(ALIAS_MARKERS, (m, at: number) => (at === 0 ? '' : m)));
      }
      return ' ';
    }
    if (ANNOTATION_MARKERS.test(inner)) return ' ';
    // "Sahel Cereales Negoce (SCN)": the name's own initials.
    if (ACRONYM.test(inner) && isAcronymOf(inner, text.replace(/\([^()]*\)|\[[^[\]]*\]/gu, ' '))) return ' ';
    // "(T)", "(K)", "(Pvt)": a jurisdiction or form marker rather than part of the name.
    if (/^\p{L}$/u.test(inner)) return ' ';
    if (!note && whole.slice(at + m.length).trim() === '' && /^\p{L}+(?:\s\p{L}+)?$/u.test(inner) && !isAllLegalForm(normaliseWords(inner))) {
      note = inner;
      return ' ';
    }
    return ` ${inner} `;
  });

  // " – Dubai Branch", " - Head Office": a dash-separated note of the same kind as a bracketed one.
  // "Notify party - ..." labels the name that follows; "S.C.N. - Sahel Cereales Negoce" puts the
  // name's own initials before it.
  if (/\s[–—-]\s/u.test(text)) {
    const parts = text.split(/\s+[–—-]\s+/u);
    // A registered name ends with its legal form: what a dash adds after it is an address or a
    // branch ("Selvarani Spinning Mills (P) Ltd — Tiruppur, Tamil Nadu").
    const formEnds = parts.findIndex((part, k) => k < parts.length - 1 && endsWithLegalForm(normaliseWords(part)));
    const kept = parts.filter(
      (part, k) =>
        (formEnds < 0 || k <= formEnds) &&
        (k === 0 || !ANNOTATION_MARKERS.test(part)) &&
        !PARTY_ROLE.test(part.trim()) &&
        !(ACRONYM.test(part.trim()) && isAcronymOf(part, parts.filter((_, j) => j !== k).join(' '))),
    );
    const named = kept.length > 0 ? kept : parts;
    // "KALINDA STAR - Liberia": a closing one- or two-word place is a note, as in brackets.
    const last = named[named.length - 1].trim();
    if (!note && named.length > 1 && /^\p{L}+(?:\s\p{L}+)?$/u.test(last) && !isAllLegalForm(normaliseWords(last))) {
      note = last;
      named.pop();
    }
    text = named.join(' - ');
  }

  // "Kauno Grūdai UAB / Kaunas Grain JSC", "德信貿易 / Tak Shun Trading": a name given in two
  // languages, each one the party's name (a slash with spaces; A/S and c/o have none).
  if (/\s\/\s/u.test(text)) {
    const [first, ...others] = text.split(/\s+\/\s+/u);
    if (first.trim() && others.every((o) => o.trim())) {
      aliases.push(...others);
      text = first;
    }
  }

  // "Nordic Tern ex Baltic Heron": a ship's former name follows "ex" (or "ex-") between two names.
  const inlineAlias = /\s*[,;]?\s*(?<![\p{L}\p{N}])(?:formerly|f\/k\/a|f\.k\.a\.|fka|a\/k\/a|a\.k\.a\.|aka|n\/k\/a|n\.k\.a\.|nka|also known as|trading as|t\/a|d\/b\/a|dba|ex(?=[\s-]+\p{L}))(?![\p{L}\p{N}])[\s.:-]*/iu.exec(text);
  if (inlineAlias && inlineAlias.index > 0) {
    aliases.push(text.slice(inlineAlias.index + inlineAlias[0].length));
    text = text.slice(0, inlineAlias.index);
  }

  if (!individual && text.includes(',')) {
    const [first, ...rest] = text.split(',');
    const kept = rest.filter((seg) => {
      const t = seg.trim();
      if (!t) return false;
      const words = normaliseWords(t);
      // Trailing legal forms ("Co., Ltd.", ", Inc.", ", d. d.") stay; addresses, ports and branches go.
      return words.length > 0 && isAllLegalForm(words);
    });
    text = [first, ...kept].join(' ');
  } else if (individual && text.split(',').length === 2) {
    const [last, first] = text.split(',');
    text = `${first} ${last}`;
  }
  return { main: text, aliases, note };
}

/**
 * Whether `candidate` is one word of two to six letters (dots allowed) spelling the initials of
 * the words of `name`, all of them or leaving out particles and legal forms ("S.C.N." for Sahel
 * Céréales Négoce G.I.E.).
 */
const ACRONYM = /^(?:[A-Z]\.?\s?){2,6}$/u;

function isAcronymOf(candidate: string, name: string): boolean {
  const letters = candidate.replace(/[.\s]/gu, '').toLowerCase();
  if (!/^[a-z]{2,6}$/u.test(letters) || !ACRONYM.test(candidate.trim())) return false;
  const words = normaliseWords(name).filter((w) => w !== '&');
  if (words.length < 2) return false;
  const initials = (ws: string[]) => ws.map((w) => w[0]).join('');
  const content = words.filter((w) => !PARTICLES.has(w) && !LEGAL_BY_FIRST.has(w));
  const all = initials(words);
  return (all.startsWith(letters) && letters.length >= Math.min(words.length, 3) && all.length - letters.length <= 1) || initials(content) === letters;
}

/** A single letter hyphenated to a word is part of it ("e-Kargo" is Ekargo), not a word such as Italian "e" (and). */
function joinLetterPrefixes(lower: string): string {
  return lower.replace(/(^|[^a-z0-9])([a-z])-(?=[a-z])/gu, '$1$2');
}

function normaliseWords(text: string): string[] {
  let s = text;
  for (const [pattern, replacement] of RAW_ABBREVIATIONS) s = s.replace(pattern, replacement);
  s = transliterate(s).text.toLowerCase();
  s = joinLetterPrefixes(s.replace(/\b(?:[a-z]\.){2,}/gu, (m) => ` ${m.replace(/[.\s]/gu, '')} `));
  return s
    .replace(/&/gu, ' & ')
    .split(/[^a-z0-9&]+/u)
    .filter(Boolean);
}

/** Whether the words end with a legal form after at least one word of the name. */
function endsWithLegalForm(words: string[]): boolean {
  const joined = joinInitials(words);
  const last = joined.length - 1;
  return (LEGAL_BY_LAST.get(joined[last]) ?? []).some((seq) => seq.tokens.length < joined.length && seq.tokens.every((t, k) => joined[last - seq.tokens.length + 1 + k] === t));
}

function isAllLegalForm(words: string[]): boolean {
  let i = 0;
  const joined = joinInitials(words);
  while (i < joined.length) {
    const hit = (LEGAL_BY_FIRST.get(joined[i]) ?? []).find((seq) => seq.tokens.every((t, k) => joined[i + k] === t));
    if (!hit) return false;
    i += hit.tokens.length;
  }
  return true;
}

/** "N K Bansal" and "N.K. Bansal" both become "nk bansal"; "d. d." becomes "dd". */
function joinInitials(words: string[]): string[] {
  const out: string[] = [];
  let run = '';
  for (const w of words) {
    if (w.length === 1 && /[a-z]/u.test(w) && w !== '&') {
      run += w;
      continue;
    }
    if (run) out.push(run);
    run = '';
    out.push(w);
  }
  if (run) out.push(run);
  return out;
}

const LEGAL_WORD_SET = new Set(LEGAL_WORDS);

/** A one-letter slip in "limited" must not turn a legal form into an unmatched name word. */
/** Every word of a legal form as written somewhere ("anonim" in Anonim Şirketi is not a slip of "anonima"). */
const LEGAL_FORM_WORDS = new Set(LEGAL_FORM_SEQUENCES.flatMap((seq) => seq.tokens));

function correctLegalWord(word: string): string {
  if (word.length < 5 || LEGAL_WORD_SET.has(word) || GENERIC_WORDS.has(word) || LEGAL_FORM_WORDS.has(word)) return word;
  for (const legal of LEGAL_WORDS) {
    if (Math.abs(legal.length - word.length) <= 1 && word[0] === legal[0] && editDistance(word, legal, 1) <= 1) return legal;
  }
  return word;
}

/**
 * Tokens are interned: the lists repeat the same words tens of thousands of times, and one object
 * per distinct word saves memory at start-up and lets the matcher remember comparisons by identity.
 * Tokens are never mutated after creation. Bounded so endless unique query words cannot grow it.
 */
const TOKEN_CACHE_LIMIT = 300_000;
const tokenCache = new Map<string, NameToken>();

interface ScriptTraits {
  hangul?: string;
  hebrew?: string;
  thai?: string;
  arabic?: string;
  alternatives?: readonly string[];
  greek?: boolean;
  /** The word is the reading of a character written in another script (根 gen, 안 an). */
  reading?: boolean;
  marked?: string;
}

function makeToken(text: string, original: string, abbreviated: boolean, abjad: boolean, traits: ScriptTraits = {}): NameToken {
  const { hangul, hebrew, thai, arabic, alternatives, greek, reading, marked } = traits;
  const id = `${abbreviated ? 1 : 0}${abjad ? 1 : 0}${greek ? 1 : 0}${reading ? 1 : 0}${text}\u0000${original}\u0000${hangul ?? ''}\u0000${hebrew ?? ''}\u0000${thai ?? ''}\u0000${arabic ?? ''}\u0000${alternatives?.join(' ') ?? ''}\u0000${marked ?? ''}`;
  const cached = tokenCache.get(id);
  if (cached) return cached;
  if (tokenCache.size >= TOKEN_CACHE_LIMIT) tokenCache.clear();
  const token = createToken(text, original, abbreviated, abjad, reading ?? false);
  if (hangul) token.hangul = hangul;
  if (hebrew) token.hebrew = hebrew;
  if (marked) token.marked = marked;
  if (thai) token.thai = thai;
  if (arabic) token.arabic = arabic;
  if (alternatives) token.alternatives = alternatives;
  if (greek) token.greek = true;
  tokenCache.set(id, token);
  return token;
}

function createToken(text: string, original: string, abbreviated: boolean, abjad: boolean, reading: boolean): NameToken {
  let kind: TokenKind = 'name';
  // A character's reading is a syllable of a name even when it spells an English word or
  // particle (安 an, 根 gen); only Latin-written words can be particles or generic words.
  if (reading) kind = text.length <= 2 && original.length <= 2 ? 'initials' : 'name';
  else if (PARTICLES.has(text)) kind = 'particle';
  else if (GENERIC_WORDS.has(text)) kind = 'generic';
  else if (text.length <= 2 && original.length <= 2) kind = 'initials';
  return { text, original, kind, abbreviated, abjad, key: translitKey(text), skeleton: skeletonKey(text) };
}

function joinVietnamesePhrases(words: string[]): string[] {
  const out: string[] = [];
  for (let k = 0; k < words.length; k += 1) {
    if (k + 1 < words.length && VIETNAMESE_JOINED_PHRASES.has(words[k] + words[k + 1])) {
      out.push(words[k] + words[k + 1]);
      k += 1;
    } else out.push(words[k]);
  }
  return out;
}

/** Normalises one name string (no embedded alias handling). */
function normaliseSegment(text: string, abjad: boolean): NormalisedName {
  const prepared = replaceNativeBusinessWords(text);
  let s = prepared;
  for (const [pattern, replacement] of RAW_ABBREVIATIONS) s = s.replace(pattern, replacement);
  const transliterated = transliterate(s);
  const isAbjad = abjad || transliterated.abjad;
  // Alef and ayin romanise to apostrophes inside words; elsewhere an apostrophe separates (O'Doyle).
  // Uzbek g' (G'alaba) is one letter; elsewhere an apostrophe separates (O'Doyle).
  // An apostrophe after two letters or more marks a soft sign or an elision inside one word
  // (Jur'ev, Int'l), not a prefix such as O' or D'.
  let lower = transliterated.text
    .toLowerCase()
    .replace(/(?<![a-z])g'(?=[a-z])/gu, 'g')
    .replace(/(?<=[a-z]{2})'(?=[a-z])/gu, '')
    .replace(/['`]/gu, isAbjad ? '' : ' ');
  lower = joinLetterPrefixes(lower.replace(/\b(?:[a-z]\.){2,}/gu, (m) => ` ${m.replace(/[.\s]/gu, '')} `));
  lower = lower.replace(/&/gu, ' & ');
  // Sea transport is what other languages call shipping (Vận tải Biển, морской транспорт); folded
  // after translation, so both the English and the translated phrase meet an English "Shipping".
  lower = lower.replace(/\b(?:sea|maritime|marine) transport(?:ation)?\b/gu, 'shipping');

  const rawWords: Array<{ word: string; dotted: boolean }> = [];
  const re = /[a-z0-9&]+(\.)?/gu;
  for (let m = re.exec(lower); m; m = re.exec(lower)) rawWords.push({ word: m[0].replace('.', ''), dotted: Boolean(m[1]) });

  // Numbers are compared as a set: vessel and SPV numerals separate otherwise identical names.
  const numbers: string[] = [];
  const words: Array<{ word: string; dotted: boolean }> = [];
  for (let i = 0; i < rawWords.length; i += 1) {
    const { word } = rawWords[i];
    if (/^\d+$/u.test(word)) {
      numbers.push(String(Number(word)));
      continue;
    }
    const split = /^([a-z]+)(\d+)$|^(\d+)([a-z]+)$/u.exec(word);
    if (split && (split[1] === 'no' || split[1] === 'nr')) {
      numbers.push(String(Number(split[2])));
      continue;
    }
    if ((word === 'no' || word === 'nr' || word === 'num') && /^\d+$/u.test(rawWords[i + 1]?.word ?? '')) continue;
    // A Roman numeral after the name numbers a ship or a vehicle company (Coral Meridian II,
    // Dovecote Holdings III); a lone I or V counts only as the last of three or more words.
    // Never a syllable read from another script (熙 xi).
    const roman = transliterated.alternatives?.has(word) || transliterated.hangul?.has(word) ? undefined : ROMAN_NUMERALS.get(word);
    // Legal forms after it do not count ("Meridian Holdings I Ltd").
    const last = i === rawWords.length - 1 || rawWords.slice(i + 1).every((w) => LEGAL_FORM_WORDS.has(w.word));
    if (roman !== undefined && i > 0 && (word.length > 1 ? true : last && i >= 2 && rawWords[i - 1].word.length > 1)) {
      numbers.push(String(roman));
      continue;
    }
    words.push(rawWords[i]);
  }

  // Readings of characters written in another script are name syllables, never abbreviations
  // or misspelt legal words (根 gen is not "general").
  const isReading = (word: string) => transliterated.alternatives?.has(word) === true || transliterated.hangul?.has(word) === true;
  const joined = joinInitials(words.map((w) => w.word)).map((w) => (isReading(w) ? w : correctLegalWord(w)));
  const dottedByWord = new Map(words.map((w) => [w.word, w.dotted]));

  const legalForms: LegalForm[] = [];
  const kept: string[] = [];
  let vessel = false;
  // Trailing legal forms are peeled off first, however many are stacked ("Co SA", "Sp. z o.o. S.K.A.").
  let end = joined.length;
  for (;;) {
    // Syllables read from characters (さ sa) are never legal forms.
    const tail = (LEGAL_BY_LAST.get(joined[end - 1]) ?? []).find((seq) => seq.tokens.length < end && seq.tokens.every((t, k) => joined[end - seq.tokens.length + k] === t && !isReading(t)));
    if (!tail) break;
    legalForms.push(tail.form);
    end -= tail.tokens.length;
  }
  let i = 0;
  while (i < end) {
    const atEdge = (len: number) => i === 0 || i + len === end;
    const hit = (LEGAL_BY_FIRST.get(joined[i]) ?? []).find(
      (seq) =>
        seq.tokens.every((t, k) => joined[i + k] === t && !isReading(t)) &&
        (atEdge(seq.tokens.length) || seq.tokens.length > 1 || !AMBIGUOUS_MID_FORMS.has(seq.tokens[0])) &&
        // Keep at least one word of the name itself.
        end > seq.tokens.length && i + seq.tokens.length <= end,
    );
    if (hit && !(i === 0 && hit.tokens.length === end)) {
      legalForms.push(hit.form);
      i += hit.tokens.length;
      continue;
    }
    // "Mt. Elgon" is a mountain; MT without a dot is a motor tanker.
    if (i === 0 && VESSEL_PREFIXES.has(joined[i]) && end > 1 && !(joined[i] === 'mt' && dottedByWord.get('mt'))) {
      vessel = true;
      i += 1;
      continue;
    }
    kept.push(joined[i]);
    i += 1;
  }
  // A legal form found between name words after all ("Trading Co Group") is restored as text only
  // when dropping it emptied the name.
  // A Vietnamese activity phrase exported without its diacritics (THUONG MAI, DICH VU) is one word,
  // as the same phrase written with them is (see VIETNAMESE_JOINED_PHRASES).
  // Abd al-, Abdel, Abdol, Abd ul- are all Abdul (the servant of), however the article is written.
  if (kept.some((w) => w.startsWith('abd'))) {
    for (let k = 0; k < kept.length; k += 1) {
      if (kept[k] === 'abd' && ['al', 'el', 'ul', 'ol'].includes(kept[k + 1])) kept.splice(k, 2, 'abdul');
      else if (/^abd(?:el|al|ol|oul)$/u.test(kept[k])) kept[k] = 'abdul';
    }
  }
  const nameWords = kept.some((w, k) => k + 1 < kept.length && VIETNAMESE_FIRST_SYLLABLES.has(w) && VIETNAMESE_JOINED_PHRASES.has(w + kept[k + 1])) ? joinVietnamesePhrases(kept) : kept;
  const tokens: NameToken[] = nameWords.map((word, k) => {
    const reading = isReading(word);
    const foreign = FOREIGN_BUSINESS_WORDS[word];
    // A connective ("na" = and, "wa" = of) joins two words; at either end it is a name (Na Kyung-won).
    const between = k > 0 && k < nameWords.length - 1;
    const translated = foreign === '&' || foreign === 'of' ? (between ? foreign : undefined) : foreign;
    // The Arabic article takes the sound of a following "sun letter" and Latin spellings write it
    // so (As Saqr, Ash Sharq, Ad Dawha, An Nur): it is still al.
    const sunArticle = SUN_ARTICLES.has(word) && (nameWords[k + 1]?.startsWith(word.slice(1)) ?? false);
    // An abbreviation of a foreign word is translated like the word written out (Ind. = Industria = industry).
    const abbreviated = ABBREVIATIONS[word];
    const expanded = sunArticle ? 'al' : reading ? word : abbreviated !== undefined ? (FOREIGN_BUSINESS_WORDS[abbreviated] ?? abbreviated) : (translated ?? word);
    const text = expanded === '&' ? '&' : expanded;
    return makeToken(text, word, dottedByWord.get(word) ?? false, isAbjad, {
      hangul: transliterated.hangul?.get(word),
      hebrew: transliterated.hebrew?.get(word),
      thai: transliterated.thai?.get(word),
      arabic: transliterated.arabic?.get(word),
      alternatives: transliterated.alternatives?.get(word) ?? transliterated.written?.get(word),
      greek: transliterated.greek,
      reading,
      marked: word === text ? transliterated.marked?.get(word) : undefined,
    });
  });
  return { raw: text, tokens, legalForms, numbers, vessel };
}

/**
 * Parses a name as written by a caller or a list: strips labels and annotations, pulls out
 * embedded former names, transliterates, expands abbreviations and separates legal forms.
 */
export function parseName(raw: string, options: { individual?: boolean; vessel?: boolean } = {}): ParsedName {
  const seg = segment(replaceNativeBusinessWords(raw.normalize('NFC')), options.individual ?? false);
  // A party known to be a ship is one whether or not its name carries a designator (MV, M/T);
  // a name with a company's legal form is its owner's or manager's, not the ship's.
  const typed = (name: NormalisedName) => (options.vessel && !name.vessel && name.legalForms.length === 0 ? { ...name, vessel: true } : name);
  return {
    primary: typed(withNote(seg)),
    embeddedAliases: seg.aliases.filter((a) => a.trim()).map((a) => typed(withNote(segment(a, false)))),
  };
}

/** Normalises a segmented name; the words of a closing note stay last and are counted. */
function withNote(seg: Segmented): NormalisedName {
  if (!seg.note) return normaliseSegment(seg.main, false);
  const name = normaliseSegment(`${seg.main} ${seg.note}`, false);
  const noteWords = normaliseSegment(seg.note, false).tokens.map((t) => t.original);
  const tail = name.tokens.slice(-noteWords.length).map((t) => t.original);
  const counted = noteWords.length > 0 && noteWords.length < name.tokens.length && tail.join(' ') === noteWords.join(' ');
  return counted ? { ...name, noteWords: noteWords.length } : name;
}

/** The tokens that identify a name (no particles), for indexing. */
export function identifyingTokens(name: NormalisedName): NameToken[] {
  return name.tokens.filter((t) => t.kind !== 'particle');
}
