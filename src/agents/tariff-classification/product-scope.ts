import { asciiFold } from 'src/common/ascii-fold';
import { countryNameLength } from 'src/agents/tariff-classification/country-of-origin';
import { nounForms, tradeTermSpans } from 'src/agents/tariff-classification/hs-classifier';
import type { ClassificationInput } from 'src/agents/tariff-classification/hs-classifier';
import type { HsIndex } from 'src/agents/tariff-classification/hs-index';
import { canonicalWord, foldText, words } from 'src/agents/tariff-classification/text-normaliser';
import { WordNetLexicon } from 'src/common/wordnet-lexicon';
import { createDescriptionReader, describeReading, readInEnglish } from 'src/agents/tariff-classification/glossary';
import type { DescriptionReader } from 'src/agents/tariff-classification/glossary';

/**
 * Whether a text asks for a tariff classification of goods at all, decided before any credit is
 * taken. The ranking always finds *some* subheading (BM25 matches "trading", "unit" or "book"), so
 * this cannot be read off the candidates: it asks what the words name.
 *
 * - A word counts as goods when the trade tables know it as a product or material, when one of its
 *   two commonest WordNet noun senses is an artifact, food, substance, plant or animal, or, for a
 *   word WordNet lacks, when the nomenclature itself uses it (technical terms such as "polyamide").
 *   Persons, organisations, places, acts and communication ("report", "flight", "poem") are not.
 * - Organisation names (words before a legal form: LLC, Ltd, GmbH...) and country names are set
 *   aside: "Acme Trading LLC, United Arab Emirates" names a party and a place, not a product.
 * - A request whose head verb belongs to another service (booking, tracking, screening, writing)
 *   is out of scope even when it mentions goods: "Track my shipment" wants a parcel found.
 * - Goods named only by a generic word ("products", "parts", "shipment") are in scope but too
 *   vague to classify: the agent asks which goods they are.
 */

export type ScopeVerdict =
  | { kind: 'goods'; evidence: string[]; reasoning: string }
  /** Goods meant but not named: generic words ("parts"), or words neither WordNet nor the nomenclature know ("grobag"). */
  | { kind: 'vague'; generic: string[]; unknown: string[]; reasoning: string }
  /** Written in another language: the vocabulary is English, so the text can be neither classified nor refused. */
  | { kind: 'not_english'; reasoning: string }
  | { kind: 'out_of_scope'; intent: ServiceIntent | null; reasoning: string };

export type ServiceIntent = 'booking' | 'tracking' | 'screening' | 'writing';

/** WordNet lexicographer files of things that can be traded: artifact, food, substance, plant, animal. */
const GOODS_FILES = new Set([6, 13, 27, 20, 5]);
/** A word's rarer senses do not speak for it: "report" is a document only in its eighth sense. */
const SENSES_READ = 2;

/** Verbs that ask another service for an action; at the head of a request they decide its intent. */
const SERVICE_VERBS: Record<string, ServiceIntent> = {
  book: 'booking', reserve: 'booking', schedule: 'booking', rebook: 'booking', cancel: 'booking',
  track: 'tracking', trace: 'tracking', locate: 'tracking',
  screen: 'screening', vet: 'screening', investigate: 'screening', audit: 'screening',
  write: 'writing', compose: 'writing', draft: 'writing', translate: 'writing', summarise: 'writing', summarize: 'writing',
  rewrite: 'writing', paraphrase: 'writing', proofread: 'writing',
};

/** Nouns that name another service's work; with no goods named, they decide the intent ("due diligence on Xyzcorp"). */
const SERVICE_NOUNS: Record<string, ServiceIntent> = {
  diligence: 'screening', sanction: 'screening', sanctions: 'screening', screening: 'screening', kyc: 'screening', watchlist: 'screening',
  flight: 'booking', flights: 'booking', hotel: 'booking', booking: 'booking', reservation: 'booking', appointment: 'booking',
  tracking: 'tracking', whereabouts: 'tracking',
  poem: 'writing', essay: 'writing', letter: 'writing', email: 'writing', story: 'writing', translation: 'writing', summary: 'writing',
};

/** Words that ask for this very service; they frame the goods, they are not goods themselves. */
const CLASSIFICATION_WORDS = new Set(
  'classify classification categorise categorize class code codes hs hts hsn tariff tariffs customs commodity heading subheading duty duties harmonised harmonized nomenclature'.split(' '),
);

/** Nouns that say "some goods" without saying which. */
const GENERIC_GOODS = new Set(
  (
    'product products good goods item items article articles thing things merchandise commodity commodities stuff ' +
    'equipment part parts spare spares accessory accessories supply supplies material materials object objects unit ' +
    'device devices ware wares cargo freight shipment shipments consignment consignments package packages parcel parcels ' +
    'order orders sample samples component components'
  ).split(' '),
);

/** Words that open a request ("please", "can you", "I would like to") before its verb. */
const FRAMING = new Set(
  'please pls kindly can could would will you i we need want like to d help me us let s just quickly hi hello hey dear'.split(' '),
);

/** After an imperative verb comes its object: a determiner or a pronoun ("Book a", "Track my", "Write me"). */
const OBJECT_OPENERS = new Set('a an the my me our us your this these that those some his her their its it them all any'.split(' '));

/** Legal forms that close an organisation name. Short ones that are also words or units need their written case. */
const LEGAL_FORMS = /^(?:llc|l\.l\.c\.?|ltd\.?|gmbh|inc\.?|incorporated|corp\.?|corporation|plc|pty|sarl|s\.a\.r\.l\.?|srl|s\.r\.l\.?|llp|jsc|ooo|s\.p\.a\.?|b\.v\.?|n\.v\.?|s\.a\.?|co\.|limited)$/i;
const LEGAL_FORMS_CASED = /^(?:AG|KG|SA|SpA|BV|NV|SAS|AB|Oy|SE|KK|LP|Co)$/;
/** Prepositions after which a country is a place: "made in China", "shipped to Germany". */
const PLACE_PREPOSITIONS = new Set('in from to of at via into for'.split(' '));

/** The normaliser's canonical forms for persons; "for women" says who wears the goods, not what they are. */
const PERSON_TOKENS = new Set(['men', 'women', 'baby', 'child']);

/** WordNet files of proper names' commonest senses: a capitalised "Paris" is the city, not the herb. */
const NAME_FILES = new Set([15, 18]);

/** Words that end a name when walking back from its legal form. */
const NAME_BOUNDARY = new Set('on of for to from by with and or in at about a an the please run check screen report'.split(' '));

interface Word {
  /** As written (ASCII), punctuation trimmed. */
  text: string;
  lower: string;
  /** Punctuation that followed it: a clause ends at ". ! ? ; :" and a name at ",". */
  after: string;
  /** Part of an organisation or country name: it stays in the clause as an object, never as goods. */
  name?: boolean;
}

export class ProductScope {
  /** Reads descriptions written in other languages into English, as the classifier does. */
  private readonly reader: DescriptionReader;

  constructor(
    private readonly index: HsIndex,
    private readonly lexicon: WordNetLexicon | null = WordNetLexicon.shared(),
  ) {
    this.reader = createDescriptionReader(index, lexicon);
  }

  assess(given: ClassificationInput): ScopeVerdict {
    const { input, readings } = readInEnglish(given, this.reader);
    const notes: string[] = readings.map(describeReading);
    const { clauses, names } = this.clauses(input.text);
    if (names.length > 0) notes.push(`names set aside: ${names.join('; ')}`);

    const evidence: string[] = [];
    const generic: string[] = [];
    const other: string[] = [];
    const unknown: string[] = [];
    for (const clause of clauses) {
      const request = this.request(clause);
      if (request.verb !== null) {
        const intent = SERVICE_VERBS[request.verb];
        const framedForUs = clause.some((w) => CLASSIFICATION_WORDS.has(w.lower));
        if (intent !== undefined && !framedForUs) {
          return { kind: 'out_of_scope', intent, reasoning: `Scope: "${request.verb} …" asks for ${intent}, another service; ${[...notes].join('; ') || 'no names'}.` };
        }
        notes.push(`request verb: ${request.verb}`);
      }
      this.read(request.rest, { evidence, generic, other, unknown });
    }
    // Stated facts and the catalogue path describe the same goods as the title.
    for (const value of [...Object.values(input.attributes ?? {}), ...(input.categoryPath ?? [])]) {
      if (typeof value !== 'string') continue;
      this.read(splitWords(asciiFold(value)), { evidence, generic, other, unknown });
    }

    if (other.length > 0) notes.push(`not goods: ${unique(other).slice(0, 8).join(', ')}`);
    if (evidence.length > 0) {
      const read = readings.length > 0 ? ` ${readings.map(describeReading).join(' ')}` : '';
      return { kind: 'goods', evidence: unique(evidence), reasoning: `Scope: goods words ${unique(evidence).slice(0, 6).join(', ')}.${read}` };
    }
    const intent = [...other, ...generic].map((w) => SERVICE_NOUNS[w]).find((i) => i !== undefined);
    if (intent !== undefined) {
      return { kind: 'out_of_scope', intent, reasoning: `Scope: no goods named, and the words ask for ${intent}; ${notes.join('; ')}.` };
    }
    // Words the English vocabulary cannot read are a language question, not evidence of another intent.
    if (/\P{ASCII}/u.test(input.text.normalize('NFC')) && /\p{L}/u.test(input.text) && foreignShare(input.text) >= 0.5) {
      return { kind: 'not_english', reasoning: 'Scope: the description is not in English; no goods words could be read.' };
    }
    if (generic.length > 0 || unknown.length > 0) {
      return {
        kind: 'vague',
        generic: unique(generic),
        unknown: unique(unknown),
        reasoning: `Scope: no specific goods words; generic: ${unique(generic).join(', ') || 'none'}; unknown: ${unique(unknown).join(', ') || 'none'}; ${notes.join('; ') || 'nothing else'}.`,
      };
    }
    return { kind: 'out_of_scope', intent: null, reasoning: `Scope: no product, material or goods words; ${notes.join('; ') || 'nothing recognised'}.` };
  }

  /** Splits the text into clauses and removes organisation and country names from them. */
  private clauses(text: string): { clauses: Word[][]; names: string[] } {
    const all = splitWords(asciiFold(text));
    const drop = new Set<number>();
    const names: string[] = [];
    all.forEach((w, i) => {
      if (!LEGAL_FORMS.test(w.text) && !LEGAL_FORMS_CASED.test(w.text)) return;
      // A cased short form ("AG", "SA") only closes a name written as one ("Siemens AG"), never "5 KG".
      const cased = !LEGAL_FORMS.test(w.text);
      let start = i;
      while (start > 0 && i - start < 5) {
        const prev = all[start - 1];
        if ((/[,.;:!?]/.test(prev.after) && !LEGAL_FORMS.test(prev.text)) || NAME_BOUNDARY.has(prev.lower) || /^\d+$/.test(prev.text)) break;
        if (cased && !/^[A-Z]/.test(prev.text)) break;
        start--;
      }
      if (start === i) return;
      // "Foo Co., Ltd." is one name with two legal forms.
      if (drop.has(i - 1)) names.pop();
      while (start > 0 && drop.has(start - 1)) start--;
      for (let k = start; k <= i; k++) drop.add(k);
      names.push(all.slice(start, i + 1).map((x) => x.text).join(' '));
    });
    for (let i = 0; i < all.length; i++) {
      if (drop.has(i)) continue;
      // A country standing alone or after a preposition is a place; inside a title it may be goods ("frozen turkey", "china tea set").
      const n = countryNameLength(all.slice(i).map((w) => w.lower));
      if (n === 0) continue;
      const span = all.slice(i, i + n);
      const alone = (i === 0 || /[,.;:!?]/.test(all[i - 1].after)) && (i + n === all.length || /[,.;:!?]/.test(span[n - 1].after));
      if (!alone && (i === 0 || !PLACE_PREPOSITIONS.has(all[i - 1].lower))) continue;
      for (let k = i; k < i + n; k++) drop.add(k);
      names.push(span.map((w) => w.text).join(' '));
      i += n - 1;
    }
    const clauses: Word[][] = [[]];
    all.forEach((w, i) => {
      clauses[clauses.length - 1].push(drop.has(i) ? { ...w, name: true } : w);
      if (/[.!?;:]/.test(w.after) && clauses[clauses.length - 1].length > 0) clauses.push([]);
    });
    return { clauses: clauses.filter((c) => c.length > 0), names };
  }

  /** The head verb of a request ("Please book a ...", "Can you track my ..."), and the words after it. */
  private request(clause: Word[]): { verb: string | null; rest: Word[] } {
    let k = 0;
    while (k < clause.length && FRAMING.has(clause[k].lower)) k++;
    const framed = k > 0 && clause.slice(0, k).some((w) => !/^(?:hi|hello|hey|dear)$/.test(w.lower));
    const head = clause[k];
    const next = clause[k + 1];
    const lexicon = this.lexicon;
    const verb =
      head !== undefined &&
      head.name !== true &&
      lexicon !== null &&
      lexicon.isVerb(head.lower) &&
      // A title may open with a noun that is also a verb ("Screen protector"); a request puts an object after it.
      (framed || (next !== undefined && (OBJECT_OPENERS.has(next.lower) || next.name === true)));
    return verb ? { verb: head.lower, rest: clause.slice(k + 1) } : { verb: null, rest: clause.slice(k) };
  }

  /** Sorts the words of one clause into goods, generic goods and other words. */
  private read(clause: Word[], into: { evidence: string[]; generic: string[]; other: string[]; unknown: string[] }): void {
    if (clause.length === 0) return;
    // The trade tables match canonical tokens of the folded text, as the ranking reads them.
    const kept = clause.filter((w) => w.name !== true);
    const raw = words(foldText(kept.map((w) => w.text).join(' ')));
    // Proper names as written: capitalised, not opening the clause, commonest sense a place or a person.
    const proper = new Set(kept.slice(1).filter((w) => /^[A-Z][a-z]/.test(w.text) && this.namesPlaceOrPerson(w.lower)).map((w) => w.lower));
    const aligned: Array<{ raw: string; token: string }> = [];
    for (const r of raw) {
      const token = canonicalWord(r);
      // The normaliser drops "products" and "items" as noise; here they say goods were meant.
      if (token === null) {
        if (GENERIC_GOODS.has(r)) into.generic.push(r);
      } else aligned.push({ raw: r, token });
    }
    const tokens = aligned.map((x) => x.token);
    const covered = new Set<number>();
    for (const span of tradeTermSpans(tokens)) {
      for (let k = span.start; k < span.end; k++) covered.add(k);
      into.evidence.push(aligned.slice(span.start, span.end).map((x) => x.raw).join(' '));
    }
    aligned.forEach(({ raw: word, token }, i) => {
      if (covered.has(i) || CLASSIFICATION_WORDS.has(word) || /\d/.test(word)) return;
      if (PERSON_TOKENS.has(token) || proper.has(word)) {
        into.other.push(word);
        return;
      }
      const forms = nounForms(word);
      if ([word, ...forms].some((f) => GENERIC_GOODS.has(f))) {
        into.generic.push(word);
        return;
      }
      const kind = this.wordKind(word, forms, token);
      if (kind === 'goods') into.evidence.push(word);
      else if (kind === 'other') into.other.push(word);
      else if (/^[a-z]{3,}$/.test(word)) into.unknown.push(word);
    });
  }

  private namesPlaceOrPerson(word: string): boolean {
    const first = this.lexicon?.senseFiles(word)[0];
    return first !== undefined && NAME_FILES.has(first);
  }

  private wordKind(word: string, forms: string[], token: string): 'goods' | 'other' | 'unknown' {
    const lexicon = this.lexicon;
    if (lexicon !== null) {
      const known = [word, ...forms].filter((f) => lexicon.has(f));
      if (known.some((f) => lexicon.senseFiles(f).slice(0, SENSES_READ).some((file) => GOODS_FILES.has(file)))) return 'goods';
      if (known.length > 0 || lexicon.isAdjective(word) || lexicon.isVerb(word)) return 'other';
    }
    // A word WordNet lacks but the nomenclature uses is a technical term of the trade ("polyamide", "dataprocessing").
    return this.index.vocabulary.has(token) ? 'goods' : 'unknown';
  }
}

function splitWords(text: string): Word[] {
  const out: Word[] = [];
  const re = /([A-Za-z0-9][A-Za-z0-9'&.-]*[A-Za-z0-9.]|[A-Za-z0-9])([^A-Za-z0-9]*)/g;
  for (const m of text.matchAll(re)) {
    let word = m[1];
    let after = m[2];
    // A full stop belongs to an abbreviation ("Co.", "S.A.") only when the word is one.
    if (word.endsWith('.') && !LEGAL_FORMS.test(word) && !/^(?:[A-Za-z]\.)+$/.test(word)) {
      word = word.replace(/\.+$/, '');
      after = `.${after}`;
    }
    out.push({ text: word, lower: word.toLowerCase(), after });
  }
  return out;
}

/** Share of the words that carry a letter outside ASCII: "gạo trắng" is Vietnamese, "Café crème glass" is not. */
function foreignShare(text: string): number {
  const all = text.normalize('NFC').split(/[\s,;:.!?()/-]+/).filter((w) => /\p{L}/u.test(w));
  return all.length === 0 ? 0 : all.filter((w) => /\P{ASCII}/u.test(w)).length / all.length;
}

function unique(list: string[]): string[] {
  return [...new Set(list)];
}
