import { splitNegations } from 'src/agents/tariff-classification/hs-index';
import type { HsIndex, LevelPostings } from 'src/agents/tariff-classification/hs-index';
import { canonicalWord, foldText, tokenise, words } from 'src/agents/tariff-classification/text-normaliser';
import { ACCESSORY_ARTICLE_WORDS, FITTED_ACCESSORY, GENERAL_USE_PARTS, MATERIALS, PRODUCT_HINTS, SET_STONE_WORDS, TEA_KINDS } from 'src/agents/tariff-classification/trade-vocabulary';
import type { HintTarget, Material } from 'src/agents/tariff-classification/trade-vocabulary';
import { calibrate } from 'src/agents/tariff-classification/confidence-calibration';
import { WordNetLexicon } from 'src/common/wordnet-lexicon';
import { createDescriptionReader, READING_DETAILS, readInEnglish } from 'src/agents/tariff-classification/glossary';
import type { DescriptionReader, ForeignReading } from 'src/agents/tariff-classification/glossary';

/** What the caller knows about one product. */
export interface ClassificationInput {
  /** Free text: a title or description. */
  text: string;
  /** Structured facts (material, use, type...), keys as the caller names them. */
  attributes?: Record<string, string>;
  /** Category path from a catalogue, broadest first. */
  categoryPath?: string[];
  topK?: number;
}

export interface Candidate {
  code: string;
  /** Dotted 6-digit form, e.g. "6109.10". */
  hsCode: string;
  description: string;
  score: number;
  /** Share of the score mass among the top candidates (softmax), before calibration. */
  share: number;
  /** Calibrated probability that this 6-digit code is right. */
  confidence: number;
  reasoning: string;
}

export interface ProductAnalysis {
  materials: Material[];
  gender: 'men' | 'women' | 'baby' | null;
  knitted: boolean | null;
  /** Headings proposed by product nouns, strongest first, with the words that proposed them. */
  hints: Array<{ heading: string; weight: number; terms: string[] }>;
  /** Content words the nomenclature or the trade tables know. */
  knownWords: string[];
  unknownWords: string[];
}

export interface Classification {
  analysis: ProductAnalysis;
  candidates: Candidate[];
  /** How texts written in another language were read into English, one per text. */
  readings: ForeignReading[];
}

/** Relative weights of the evidence; fitted by hand on the development split, see README. */
export const CLASSIFIER_WEIGHTS = {
  chapter: 0.35,
  heading: 1,
  leaf: 0.8,
  hint: 9,
  residual: 1.6,
  negatedPenalty: 4,
  otherMaterialPenalty: 1.5,
  temperature: 3,
  /** Top-k slots per heading: the leading heading keeps a runner-up subheading, others one each. */
  perHeading: 1,
  perTopHeading: 2,
  afterPreposition: 0.5,
  /**
   * "Case for iPhone", "mount for GoPro": once the words before "for" end in an accessory article,
   * the device after it (and category levels that only repeat the device) keeps this share more.
   */
  accessoryDevice: 0.4,
  /** Hint weight of the accessory article itself in that construction. */
  accessoryArticle: 1,
  /** Share a raw food heading keeps once the text says the food is prepared, dried or frozen. */
  rawProductShare: 0.4,
  /** Hint weight of a part of general use named for a machine (knife, nozzle, screw, spring, bearing). */
  generalPart: 1.4,
  /** Category levels weigh less than the title: marketplaces mis-file products. */
  category: 0.8,
  /** Stated facts (material, metal, item type) weigh as much as the title. */
  attribute: 1,
  /** The later clauses of a title read from another language: details of the goods the first names. */
  readingDetails: 0.5,
  materialWords: 0.7,
  /** Weight of the nomenclature's word for a product noun ("footwear" for "shoe"), times the noun's hint weight. */
  hintWords: 0.7,
  modifierHint: 0.35,
  materialResidualHint: 0.45,
  /** Head noun of a short opening phrase (at most `headPhraseMax` content words) and its modifiers. */
  headNoun: 1.25,
  headModifier: 0.8,
  headPhraseMax: 4,
  /** Ruling-style prose (at least `proseWords` words): sentences after the first, then lists. */
  laterSentence: 0.5,
  subordinate: 0.3,
  proseWords: 25,
  /**
   * GRI 6 among siblings: a specific subheading earns `siblingCoverage` times the share of its
   * distinguishing words the product states, less `siblingThreshold`, so one whose distinguishing
   * words are all absent falls behind the residual "Other" sibling.
   */
  siblingCoverage: 8,
  siblingThreshold: 0.5,
  /** A subheading that admits the product's chief material, or (half) another stated one. */
  materialMatch: 2,
  /**
   * A product that calls itself a part, accessory or component goes to the sibling whose text
   * says "parts" (9111.90 "parts thereof", 8483.90 "... parts") rather than the article's own.
   * 5, not 3: a steel watch-case part must outweigh the "of base metal" sibling (9111.20) once a
   * named base metal states that family.
   */
  partsSibling: 5,
  /**
   * Chapter 64 Subheading Note 1: "sports footwear" is footwear designed for a sport; a title that
   * sells its shoes as casual, fashion or leisure wear takes them out of the sports sibling. Large
   * because the sports text shares the title's own words ("tennis shoes", "sport"): 4 and 8 left
   * the sports sibling first on the tuning items.
   */
  casualNotSports: 16,
  /** Hint share of 6113 / 6210 over the garment's own heading once its fabric is coated with plastics. */
  coatedGarment: 1.2,
  /** A weight or volume stated in the title that satisfies a sibling's "(not) exceeding 3kg" limit. */
  quantityLimit: 3,
  /** Factor on the score of a heading a legal note excludes for the article at hand (Section XV Note 1(b)...). */
  excludedHeading: 0.4,
  /** Factor on a raw or semi-finished material heading (yarn, fabric, steel bars) once a product noun names an article. */
  rawFormShare: 0.6,
  /** Share kept by the words of the packing the goods come in (GRI 5(b)): "in 50ml glass bottle", "pack of 12". */
  packing: 0.3,
  /** Share kept by the noun of a process ("vacuum" in "vacuum fried", "screen" in "screen printed"). */
  processWord: 0.25,
  /** Share kept by the words of a brand or product-line name before the goods ("CrispAir Max air fryer"). */
  brand: 0.15,
  /** Weight of evidence reached through WordNet, by distance: synonym, hypernym, its hypernym... */
  lexicalDecay: [0.8, 0.6, 0.45, 0.3, 0.2],
  /** Share kept by "men", "women", "unisex" once a product noun of a chapter whose headings never say them is named. */
  adultWord: 0.3,
  /** A subheading that says "not roasted" when the product says "unroasted": the absence is stated, not assumed. */
  statedAbsence: 3,
};

/**
 * Hypernyms so general that every artifact reaches them; matching "device" or "equipment" in the
 * nomenclature says nothing about which heading a product belongs to.
 */
const GENERIC_LEMMAS = new Set(
  (
    'artifact artefact instrumentality instrumentation device whole unit object physical_object matter solid substance ' +
    'covering surface set creation representation structure construction commodity trade_good good goods product material ' +
    'equipment support part portion piece helping serving slice cut restraint constraint young offspring food nutrient ' +
    'solid_food produce foodstuff food_product article thing item system implement container merchandise ware ' +
    'decoration ornament ornamentation instrument means way component constituent element'
  ).split(' '),
);

/** What WordNet adds for one unknown word: hint proposals and nomenclature words, already decayed. */
interface LexicalEvidence {
  hints: Array<{ hint: number; weight: number; terms: string }>;
  tokens: Array<{ token: string; weight: number }>;
}


interface CompiledSequence<T> {
  tokens: string[];
  value: T;
}

function compileSequences<T>(entries: Array<[string, T]>): Map<string, Array<CompiledSequence<T>>> {
  const byFirst = new Map<string, Array<CompiledSequence<T>>>();
  for (const [phrase, value] of entries) {
    const tokens = tokenise(phrase);
    // "tool set" collapses to "tool" once stopwords go; such a phrase would fire on any tool.
    if (tokens.length === 0 || (tokens.length === 1 && words(foldText(phrase)).length > 1)) continue;
    const list = byFirst.get(tokens[0]) ?? [];
    list.push({ tokens, value });
    byFirst.set(tokens[0], list);
  }
  // Longest phrases first so "stainless steel sheet" wins over "steel".
  for (const list of byFirst.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return byFirst;
}

interface Match<T> {
  start: number;
  end: number;
  value: T;
  terms: string;
}

function findMatches<T>(tokens: string[], table: Map<string, Array<CompiledSequence<T>>>): Array<Match<T>> {
  const out: Array<Match<T>> = [];
  for (let i = 0; i < tokens.length; i++) {
    const list = table.get(tokens[i]);
    if (list === undefined) continue;
    let longest = 0;
    for (const seq of list) {
      if (seq.tokens.length < longest) break;
      if (seq.tokens.every((t, k) => tokens[i + k] === t)) {
        longest = seq.tokens.length;
        out.push({ start: i, end: i + seq.tokens.length, value: seq.value, terms: seq.tokens.join(' ') });
      }
    }
  }
  return out;
}

const HINT_TABLE = compileSequences<number>(
  PRODUCT_HINTS.flatMap((hint, index) => hint.terms.map((term): [string, number] => [term, index])),
);
const HINT_WORDS = PRODUCT_HINTS.map((hint) => (hint.words === undefined ? [] : tokenise(hint.words)));
const MATERIAL_TABLE = compileSequences<Material>(
  (Object.keys(MATERIALS) as Material[]).flatMap((material) =>
    MATERIALS[material].aliases.map((alias): [string, Material] => [alias, material]),
  ),
);

/** Where the trade tables' product nouns and materials occur in canonical tokens, so the scope check reads a text as the ranking does. */
export function tradeTermSpans(tokens: string[]): Array<{ start: number; end: number; kind: 'product' | 'material' }> {
  return [
    ...findMatches(tokens, HINT_TABLE).map((m) => ({ start: m.start, end: m.end, kind: 'product' as const })),
    ...findMatches(tokens, MATERIAL_TABLE).map((m) => ({ start: m.start, end: m.end, kind: 'material' as const })),
  ];
}

const MATERIAL_WORDS = new Map<Material, string[]>(
  (Object.keys(MATERIALS) as Material[]).map((m) => [m, tokenise(MATERIALS[m].nomenclatureWords)]),
);
/** Words by which a subheading qualifier restricts itself to one material. */
const QUALIFIER_MATERIALS = new Map<string, Material>(
  (
    [
      ['cotton', 'cotton'], ['wool', 'wool'], ['silk', 'silk'], ['flax', 'linen'], ['synthetic', 'synthetic'],
      ['artificial', 'artificial'], ['plastic', 'plastic'], ['rubber', 'rubber'], ['leather', 'leather'],
      ['wood', 'wood'], ['bamboo', 'bamboo'], ['paper', 'paper'], ['glass', 'glass'], ['ceramic', 'ceramic'],
      ['porcelain', 'porcelain'], ['iron', 'steel'], ['steel', 'steel'], ['aluminium', 'aluminium'], ['copper', 'copper'],
      ['zinc', 'zinc'], ['silver', 'silver'], ['gold', 'gold'], ['platinum', 'platinum'],
    ] as Array<[string, Material]>
  ).map(([word, material]) => [tokenise(word)[0], material]),
);
const TEXTILE_MATERIALS = (Object.keys(MATERIALS) as Material[]).filter((m) => MATERIALS[m].textile === true);
const BASE_METALS = (Object.keys(MATERIALS) as Material[]).filter((m) => MATERIALS[m].metal === true && MATERIALS[m].precious !== true);
/** Family phrases by which a subheading admits a whole class of materials. */
const QUALIFIER_FAMILIES: Array<[RegExp, Material[]]> = [
  [/\bbase metals?\b/, BASE_METALS],
  [/\btextile materials?\b|\btextile fabrics?\b/, TEXTILE_MATERIALS],
  [/\bman-made fibres?\b/, ['synthetic', 'artificial']],
  [/\bhuman hair\b/, ['hair']],
  [/\banimal hair\b/, ['fur', 'wool']],
];

/**
 * Materials a subheading's own words admit ("of base metal", "of cotton"), read from its positive
 * text only: "of textile materials (other than cotton)" admits textiles, not cotton.
 */
/**
 * A finish the qualifier allows ("whether or not gold- or silver-plated", "clad with precious metal")
 * is no material restriction: a steel strap is still "of base metal, whether or not gold-plated".
 */
const PLATING_CLAUSE = /\bwhether or not [^;,()]*plated\b|\b(?:clad|plated) with precious metals?\b/g;

/** A qualifier's text without its allowed finishes. */
export function withoutPlating(qualifier: string): string {
  return qualifier.toLowerCase().replace(PLATING_CLAUSE, ' ');
}

export function qualifierMaterials(qualifier: string): Material[] {
  const positive = splitNegations(qualifier).positive.toLowerCase();
  const out = new Set<Material>();
  for (const t of tokenise(positive)) {
    const material = QUALIFIER_MATERIALS.get(t);
    if (material !== undefined) out.add(material);
  }
  for (const [pattern, family] of QUALIFIER_FAMILIES) if (pattern.test(positive)) for (const m of family) out.add(m);
  return [...out];
}

const KNIT_WORDS = new Set(tokenise('knit knitted knitting crochet crocheted jersey'));
const WOVEN_WORDS = new Set(tokenise('woven weave denim chiffon poplin twill'));
/** Garments made of knitted fabric unless said otherwise: a T-shirt or a baby's bodysuit is jersey. */
const KNIT_GARMENTS = new Set(tokenise('tshirt bodysuit onesie'));
/** Words after which a title names uses, accessories or packaging rather than the product itself. */
const PREPOSITIONS = new Set(['for', 'with', 'compatible', 'fits', 'fit', 'suitable', 'in', 'packaging', 'packed', 'inside', 'containing']);
/** Gold named only as a colour or a plating says nothing about precious metal. */
const PLATED = /\b(?:gold|silver|rhodium|platinum)[\s-]*(?:plated|plating|colou?red|colou?r|tone|filled|fill|coated)\b|\bplated\b|\bplating\b|\bgold[\s-]*(?:colou?r|tone)\b/;
const GENERAL_PART_TABLE = compileSequences<number>(
  GENERAL_USE_PARTS.flatMap((part, index) => part.words.split('|').map((term): [string, number] => [term, index])),
);
const MACHINE_WORDS = new Set(tokenise('machine machines machinery printer engine motor appliance apparatus'));
/** Machines, appliances, vehicles and instruments: the chapters whose "parts" subheadings Section XVI Note 1(g) limits. */
const isMachineHeading = (heading: string) => /^(8[4-9]|90)/.test(heading);

/** Processing that takes a food out of its raw chapter ("fried onion", "marinated chicken"). */
const PREPARED_WORDS = /\b(?:fried|cooked|roasted|toasted|grilled|marinated|marinade|breaded|battered|seasoned|prepared|preserved|canned|tinned|crisps?|chips|fritters?|stuffed|in (?:brine|oil|syrup))\b/;
/**
 * Preparation that takes fruit and nuts (not meat or fish, whose chapters keep salted goods) out of
 * Chapters 8 and 12 into 2008: sweetened dried cranberries, salted or coated peanuts.
 */
const FRUIT_PREPARED_WORDS = /\b(?:sweetened|sugared|sugar[\s-]infused|infused|candied|glazed|salted|coated|honey)\b/;
const PREPARED_NOMENCLATURE = tokenise('prepared preserved');
const GARMENT_NOMENCLATURE = tokenise('garments made up');
// Matched on folded text, not tokens: colour words ("black", "green", "grey") are stopwords there.
const TEA_KIND_PATTERNS = TEA_KINDS.map((kind) => ({
  pattern: new RegExp(`\\b(?:${kind.terms.replace(/ /g, '[ -]?')})\\b`),
  tokens: tokenise(kind.nomenclatureWords),
}));
const ARTIFICIAL_WORDS = /\b(?:artificial|fake|faux|imitation|foam|plastics?|silk|polyester|fabric)\b/;
const DRIED_WORDS = /\b(?:dried|dehydrated|freeze[\s-]?dried)\b/;
const FROZEN_WORDS = /\bfrozen\b/;
const COATED_FABRIC = /\b(?:polyurethane|pu|pvc|vinyl|chloride|plastics?|rubber|rubberi[sz]ed|tpu)[\s-]+(?:coated|laminated)\b|\b(?:coated|laminated)\s+with\s+(?:polyurethane|pu|pvc|plastics?|rubber|tpu)\b/;
const FAUX_LEATHER = /\b(?:pu|faux|synthetic|artificial|imitation|vegan)[\s-]+leathers?\b|\bleatherette\b/i;
const ENSEMBLE_WORDS = /\bmatching\s+sets?\b|\b(?:2|3|two|three)[\s-]*(?:pcs|pieces?)\b|\boutfits?\b|\bco[\s-]?ords?\b/;
const ENSEMBLE_NOMENCLATURE = tokenise('ensembles');
const [SUIT, JACKET, BLAZER] = tokenise('suit jacket blazer');
const PRESENTED_FROZEN = /\b(?:is|are)\s+(?:presented\s+|supplied\s+|sold\s+|kept\s+)?frozen\b/g;
type Processing = 'prepared' | 'prepared-frozen' | 'dried' | 'frozen' | 'fruit-prepared';

/** The heading a raw meat, fish, vegetable or fruit heading gives way to once processed, or null. */
export function processedHeading(raw: string, processing: Processing): string | null {
  const h = raw.slice(0, 4);
  const meat = h >= '0201' && h <= '0210';
  const fish = h >= '0302' && h <= '0305';
  const shellfish = h >= '0306' && h <= '0308';
  const vegetable = h >= '0701' && h <= '0709';
  const fruit = h >= '0801' && h <= '0810';
  switch (processing) {
    case 'fruit-prepared':
      return (h >= '0801' && h <= '0813') || h === '1202' ? '2008' : null;
    case 'prepared':
    case 'prepared-frozen':
      if (meat) return '1602';
      if (fish) return '1604';
      if (shellfish) return '1605';
      if (h === '0702') return '2002';
      if (vegetable) return processing === 'prepared-frozen' ? '2004' : '2005';
      if (fruit) return '2008';
      return null;
    case 'dried':
      return vegetable ? '0712' : fruit ? '0813' : null;
    case 'frozen':
      return vegetable ? '0710' : fruit ? '0811' : null;
  }
}

/** Prepositions after which an accessory title names the device it fits. */
const DEVICE_PREPOSITIONS = new Set(['for', 'compatible', 'fits', 'fit']);
const ACCESSORY_ARTICLES = new Set(tokenise(ACCESSORY_ARTICLE_WORDS));
const FITTED_ARTICLES = new Set(tokenise(FITTED_ACCESSORY.words));
const CONTAINER_ARTICLES = new Set(tokenise('case bag pouch sleeve'));
const NEGATORS = new Set(['no', 'without', 'non', 'excluding', 'except', 'free']);
const SET_STONES = new Set(tokenise(SET_STONE_WORDS));
const STONE_WORDS = tokenise('precious semi-precious stones synthetic reconstructed');
const JEWELLERY_HEADINGS = ['7113', '7116', '7117'];
const WATCH_WORDS = new Set(tokenise('watch watches smartwatch wristwatch clock'));
// Heading 8708 takes parts of the motor vehicles of 8701-8705 only; parts of motorcycles and cycles are 8714.
const CYCLE_WORDS = new Set(tokenise('motorcycle motorbike moto motocross bicycle bike cycling mtb ebike moped scooter'));
const EMBROIDERED = tokenise('embroidered')[0];
const FURNITURE = tokenise('furniture')[0];
const TOY = tokenise('toy')[0];
const GENDER_WORDS = new Set(tokenise('women men baby child unisex adult'));
/** Words for the adults goods are made for; children's and babies' goods have headings of their own (4903, 6111, 9503...). */
const ADULT_WORDS = tokenise('women men unisex adult');
/** Nouns of form, portion or put-up ("ribbon rolls", "lace strips", "dough portions"): the goods are the noun before them. */
const FORM_WORDS = new Set(tokenise('roll rolls strip strips portion portions reel reels bundle bundles length lengths pair pairs pack packs slice slices fillet fillets chunk chunks cube cubes flake flakes'));
/**
 * Chapter 64's headings go by the material of the upper and of the outer sole (Note 4): an upper of
 * rubber or plastics is 6402, of leather 6403, of textile materials 6404 (each with soles of rubber,
 * plastics or leather), anything else 6405. Marketplace listings state both as attributes.
 */
type FootwearMaterial = 'plastics' | 'leather' | 'textile';
const FOOTWEAR_PLASTICS = /\b(?:rubber|pvc|pu|tpr|tpu|eva|plastics?|polyurethane|latex|silicone|pu leather|faux leather|synthetic leather|artificial leather|microfiber leather)\b/;
const FOOTWEAR_LEATHER = /\b(?:leather|cowhide|suede|nubuck|pigskin|sheepskin|full grain|split leather|cow split|genuine leather|horsehair)\b/;
const FOOTWEAR_TEXTILE = /\b(?:mesh|air mesh|cotton|fabric|canvas|knit|knitted|knitting|polyester|cloth|flock|flocking|velvet|denim|lycra|spandex|satin|silk|wool|woolen|felt|plush|nylon|linen|stretch fabric|textile|fly knit|flyknit|oxford)\b/;
export function footwearMaterial(value: string): FootwearMaterial | null {
  const v = value.toLowerCase();
  if (/\b(?:pu|faux|synthetic|artificial|imitation|microfiber|vegan)\s+leather\b/.test(v)) return 'plastics';
  if (FOOTWEAR_LEATHER.test(v)) return 'leather';
  if (FOOTWEAR_PLASTICS.test(v)) return 'plastics';
  if (FOOTWEAR_TEXTILE.test(v)) return 'textile';
  return null;
}
const FOOTWEAR_WORDS: Record<FootwearMaterial, string[]> = {
  plastics: tokenise('footwear uppers rubber plastics'),
  leather: tokenise('footwear uppers leather'),
  textile: tokenise('footwear uppers textile materials'),
};
export function footwearHeading(upper: string | undefined, sole: string | undefined): string | null {
  const u = upper === undefined ? null : footwearMaterial(upper);
  if (u === null) return null;
  const s = sole === undefined ? null : footwearMaterial(sole);
  // Soles of rubber, plastics, leather or composition leather (or unstated) keep 6402-6404.
  if (s === 'textile') return '6405';
  return u === 'plastics' ? '6402' : u === 'leather' ? '6403' : '6404';
}
const CAR_WORDS = new Set(tokenise('car auto automobile vehicle truck lorry tractor bus van suv'));
/**
 * Headings of materials in primary, raw or semi-finished form: fibres, yarns and fabrics, plastics
 * in primary forms, rubber, wood and paper in the mass, glass, and base metals up
 * to bars, sections, plate and wire. A finished article of the material belongs elsewhere.
 */
export function isRawForm(code: string): boolean {
  const h = code.slice(0, 4);
  const chapter = h.slice(0, 2);
  if (chapter >= '50' && chapter <= '55') return true;
  return (
    (h >= '5801' && h <= '5806') || (h >= '6001' && h <= '6006') || h === '5903' || h === '5906' || h === '5907' ||
    (h >= '3901' && h <= '3915') || (h >= '4001' && h <= '4008') ||
    (h >= '4403' && h <= '4412') || (h >= '4801' && h <= '4811') || (h >= '7003' && h <= '7006') ||
    (h >= '7201' && h <= '7229') || (h >= '7401' && h <= '7410') || (h >= '7501' && h <= '7506') ||
    (h >= '7601' && h <= '7607') || (h >= '7801' && h <= '7804') || (h >= '7901' && h <= '7905') || (h >= '8001' && h <= '8003')
  );
}

/** Food and raw-material chapters: a product noun from a manufactured-goods chapter outranks them. */
const isPrimaryChapter = (heading: string) => Number(heading.slice(0, 2)) <= 24;

const TO_WOMEN: Record<string, string> = { '6101': '6102', '6103': '6104', '6105': '6106', '6107': '6108', '6201': '6202', '6203': '6204', '6205': '6206', '6207': '6208' };
const TO_MEN = Object.fromEntries(Object.entries(TO_WOMEN).map(([m, w]) => [w, m]));
const TO_KNIT: Record<string, string> = { '6201': '6101', '6202': '6102', '6203': '6103', '6204': '6104', '6205': '6105', '6206': '6106', '6207': '6107', '6208': '6108', '6209': '6111', '6211': '6114', '6214': '6117', '6216': '6116', '6217': '6117' };
const TO_WOVEN = Object.fromEntries(Object.entries(TO_KNIT).map(([w, k]) => [k, w]));

/**
 * Words by which subheadings state measured thresholds ("not exceeding 3kg", "power handling
 * capacity"): titles rarely state them, so their absence must not count against a subheading.
 */
const THRESHOLD_WORDS = new Set(
  tokenise('exceeding weighing width capacity content power handling voltage output presented separately put up whether mounted length thickness diameter per cent weight'),
);

/**
 * What distinguishes each subheading from its siblings: the words of its text that not every
 * sibling shares, each weighted by how few siblings use it (log(siblings / users)), so "tomato"
 * in 2103.20 counts and "sauces", which three of four siblings share, hardly does.
 */
export interface SiblingDistinction {
  tokens: string[];
  weights: number[];
  total: number;
  /** The catch-all of its heading: explicit "Other"/"n.e.c.", or an x90 leaf that only repeats its heading. */
  residual: boolean;
  /** The catch-all of a one-dash group, whose distinguishing words are those its group shares. */
  groupResidual?: boolean;
}

/**
 * Scientific names in brackets ("cranberries (Vaccinium macrocarpon, Vaccinium oxycoccos)") only
 * pin down the species a subheading names in English; no trader writes them, so they set no
 * sibling apart.
 */
const SCIENTIFIC_NAMES = /\((?:[A-Z][a-z]+\.? [a-z][a-z-]*\.?(?:,\s*|\s+and\s+|\s+or\s+)?)+\)/g;

export function siblingDistinctions(index: HsIndex, groupShares: GroupShares = groupResidualShares(index)): SiblingDistinction[] {
  const out: SiblingDistinction[] = new Array<SiblingDistinction>(index.leaves.length);
  const positive = (text: string) => new Set(tokenise(splitNegations(text.replace(SCIENTIFIC_NAMES, ' ')).positive));
  for (const heading of index.headings) {
    const headingTokens = positive(heading.description);
    const leafTokens = heading.leaves.map((l) => positive(index.leaves[l].description));
    const users = new Map<string, number>();
    for (const tokens of leafTokens) for (const t of tokens) users.set(t, (users.get(t) ?? 0) + 1);
    const n = heading.leaves.length;
    heading.leaves.forEach((l, i) => {
      const leaf = index.leaves[l];
      const tokens: string[] = [];
      const weights: number[] = [];
      // A one-dash group closed by its own residual ("n.e.c. in item no. 7307.2"): the words all its
      // specific subheadings share ("stainless") are the residual's too, though its text leaves them out.
      const group = groupShares.get(l);
      const inherited = group !== undefined && group.members.length >= 2 ? group.shared : undefined;
      for (const t of inherited ?? leafTokens[i]) {
        const used = users.get(t) ?? n;
        if (n < 2 || used >= n || THRESHOLD_WORDS.has(t) || /\d/.test(t)) continue;
        tokens.push(t);
        weights.push(Math.log(n / used));
      }
      const repeatsHeading = [...leafTokens[i]].every((t) => headingTokens.has(t));
      const residual = leaf.residual >= 1 || (/9\d$|\d9$/.test(leaf.code) && repeatsHeading);
      out[l] = { tokens, weights, total: weights.reduce((a, b) => a + b, 0), residual, groupResidual: inherited !== undefined };
    });
  }
  return out;
}

/** Share (0..1) of a subheading's distinguishing words that the query states, weight by weight. */
export function siblingCoverage(distinction: SiblingDistinction, query: Map<string, number>): number {
  if (distinction.total <= 0) return 0;
  let covered = 0;
  distinction.tokens.forEach((t, i) => {
    covered += Math.min(1, query.get(t) ?? 0) * distinction.weights[i];
  });
  return covered / distinction.total;
}

/**
 * Coverage of an "of base metal" subheading for a product chiefly of a named base metal: the
 * family words count as stated and the allowed finish ("whether or not gold-plated") is no
 * distinction the product has to state.
 */
export function baseMetalCoverage(distinction: SiblingDistinction, query: Map<string, number>, finish: Set<string>): number {
  let covered = 0;
  let total = 0;
  distinction.tokens.forEach((t, i) => {
    if (finish.has(t)) return;
    total += distinction.weights[i];
    covered += (BASE_METAL_WORDS.includes(t) ? 1 : Math.min(1, query.get(t) ?? 0)) * distinction.weights[i];
  });
  return total > 0 ? covered / total : 0;
}

/** Attribute keys whose values describe the product (the rest is logistics noise). */
const USEFUL_ATTRIBUTE = /material|metal|item type|^type$|gender|fine or fashion|weaving|fabric|^use$|usage|application|function|department|hair|category|product type|composition|^kind$/i;

interface WeightedField {
  folded: string;
  raw: string[];
  tokens: string[];
  /** Lexical weight per token position. */
  weights: number[];
  /** Tokens naming the packing the goods come in, whose material is not the goods'. */
  packing: boolean[];
  hintWeight: number;
  kind: 'title' | 'category' | 'attribute';
  /** Tokens before the first preposition of the first sentence: the noun phrase naming the product. */
  headPhraseEnd: number;
  /** Where the device words start in an "accessory for device" title, or -1. */
  deviceStart: number;
  /** Tokens of a brand name opening the title (see leadingBrandWords). */
  brandEnd: number;
}

/** Labels after which a ruling lists what the product contains or how it is packed, not what it is. */
const SUBORDINATE_LABEL = /\b(?:ingredients?|composition|packaging|packed|packaged|dimensions?|sizes?)\s*:/;

/** Words before which a following word is a new phrase, not a noun the first one qualifies. */
const FUNCTION_WORDS = new Set(['and', 'or', 'with', 'for', 'in', 'of', 'to', 'from', 'by', 'on', 'at', 'as', 'per', 'x']);
/** Participles of processing: the noun just before one names the process ("vacuum fried", "hand made"). */
const PROCESS_PARTICIPLES = new Set(
  'fried baked roasted smoked cooked dried packed packaged sealed printed made ground pressed brewed cured formed moulded molded blown woven knitted embroidered carved painted stitched sewn forged cast treated'.split(' '),
);
const CONTAINERS = String.raw`(?:bottles?|jars?|bags?|box(?:es)?|tubs?|tins?|cans?|pouch(?:es)?|sachets?|cartons?|trays?|packets?|packs?|tubes?|buckets?|pails?|cases?|containers?|blisters?|wrappers?|sleeves?|punnets?|crates?|canisters?|kegs?)`;
/** A stated content or count: "200 g", "300ml", "24 x 330 ml", "12 x". */
const CONTENT = String.raw`\d[\d.,]*\s?(?:x\s?\d[\d.,]*\s?)?(?:mg|g|gr|kg|ml|cl|l|ltr|litres?|liters?|oz|lbs?|x)?`;
/**
 * "In a 50ml glass bottle", "packed in foil bags"; "pack of 12", "box of 300" before the goods;
 * "20 bars per display box"; a content before its container after the goods ("peanuts 150g bag",
 * "12 x 200 g stand-up pouches"). A content and container that open the text are the goods
 * themselves ("330 ml glass bottles for beer"); that case is told apart where the match is used.
 */
const PACKING = new RegExp(
  String.raw`\b(?:in|into)\s+(?:(?:a|an|the|individual|retail|resealable|printed|sealed|\d[\w.]*)\s+)*(?:[a-z]+\s+){0,2}?${CONTAINERS}\b|\b${CONTAINERS}\s+of\b|\bper\s+(?:[a-z]+\s+)?${CONTAINERS}\b|(?<![\w.,])${CONTENT}\s*(?:[a-z]+[\s-]+){0,3}?${CONTAINERS}\b`,
  'g',
);
const isHintWord = (token: string): boolean => findMatches([token], HINT_TABLE).some((m) => m.end === 1);

const CAPITALISED = /^[A-Z][A-Za-z'’-]*[a-z][A-Za-z'’-]*$/;
const CAMEL_CASE = /^[A-Z][a-z]+[A-Z][A-Za-z]*$/;
const MODEL_NUMBER = /^(?:\d[\w.]*|[A-Z]{1,3}\d[\w.]*)$/;
const ARTICLES = new Set(['A', 'An', 'The']);

/**
 * How many leading words of a title name a brand or product line rather than the goods: a run of
 * capitalised words (or one written in camel case, "CrispAir") before lower-case words that name
 * goods themselves ("Spice Lantern madras curry powder", "Rustline Slim Fit mens jeans"). A title
 * written all in capitals or all in title case has no such break, so nothing is taken as a brand;
 * nor are words before a lower-case rest that is only packing ("Liquid Hand Wash 300ml pump bottle").
 */
export function leadingBrandWords(sentence: string): number {
  const raw = sentence.trim().split(/\s+/);
  let capitals = 0;
  let end = 0;
  while (end < raw.length) {
    const word = raw[end].replace(/[,;:]$/, '');
    if (CAPITALISED.test(word) && !(end === 0 && ARTICLES.has(word))) capitals += 1;
    else if (!(end > 0 && MODEL_NUMBER.test(word))) break;
    end += 1;
    if (raw[end - 1] !== word) break;
  }
  if (end === 0 || end >= raw.length || !(capitals >= 2 || CAMEL_CASE.test(raw[0]))) return 0;
  if (!/^[a-z][a-z'’-]*$/.test(raw[end])) return 0;
  const brand = words(foldText(raw.slice(0, end).join(' '))).length;
  const rest = words(foldText(raw.join(' ')).replace(PACKING, (m) => m.replace(/[a-z0-9]+/g, '_'))).slice(brand).filter((w) => w !== '_');
  if (findMatches(tokenise(rest.join(' ')), HINT_TABLE).length === 0) return 0;
  return brand;
}

function buildField(text: string, weight: number, kind: WeightedField['kind']): WeightedField {
  const raw: string[] = [];
  const tokens: string[] = [];
  const weights: number[] = [];
  const packingWords: boolean[] = [];
  let negate = false;
  // A ruling names the product in its first sentence; later ones describe parts, use and packing.
  // Marketplace titles are one run of keywords, so only prose of some length is read this way.
  const prose = kind === 'title' && text.split(/\s+/).length >= CLASSIFIER_WEIGHTS.proseWords;
  const sentences = prose ? text.split(/(?<=[.!?])\s+(?=[A-Z])|\n+/) : [text];
  let subordinate = false;
  let headPhraseEnd = -1;
  let deviceStart = -1;
  let brandEnd = 0;
  sentences.forEach((sentence, s) => {
    let secondary = false;
    if (s === 1 && headPhraseEnd < 0) headPhraseEnd = tokens.length;
    const sentenceWeight = s === 0 ? weight : weight * CLASSIFIER_WEIGHTS.laterSentence;
    const folded = foldText(sentence);
    const labelAt = prose ? folded.search(SUBORDINATE_LABEL) : -1;
    // GRI 5(b): the packing the goods come in is classified with them, so its words say little.
    const packing: Array<[number, number]> = [...folded.matchAll(PACKING)]
      .filter((m) => s > 0 || !/^\d/.test(m[0]) || /[a-z]/.test(folded.slice(0, m.index)))
      .map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length]);
    let offset = 0;
    const sentenceWords = words(folded);
    // Brand words say nothing of the goods; materials and gender words among them still do.
    const brandWords = kind === 'title' && s === 0 ? leadingBrandWords(sentence) : 0;
    sentenceWords.forEach((word, k) => {
      offset = folded.indexOf(word, offset);
      const next = sentenceWords[k + 1];
      const gap = next === undefined ? '' : folded.slice(offset + word.length, folded.indexOf(next, offset + word.length));
      // The next word follows in the same noun phrase ("vacuum fried", "light peptide cream").
      const joined = next !== undefined && /^[\s-]+$/.test(gap) && !FUNCTION_WORDS.has(next);
      if (labelAt >= 0 && offset >= labelAt) subordinate = true;
      if (kind === 'title' && PREPOSITIONS.has(word)) {
        if (s === 0 && !secondary) {
          headPhraseEnd = tokens.length;
          if (DEVICE_PREPOSITIONS.has(word) && tokens.length > 0 && ACCESSORY_ARTICLES.has(tokens[tokens.length - 1])) deviceStart = tokens.length;
        }
        secondary = true;
      }
      if (NEGATORS.has(word)) {
        negate = true;
        return;
      }
      const token = canonicalWord(word);
      if (token === null) return;
      raw.push(word);
      tokens.push(token);
      let w = secondary ? sentenceWeight * CLASSIFIER_WEIGHTS.afterPreposition : sentenceWeight;
      if (deviceStart >= 0 && s === 0) w *= CLASSIFIER_WEIGHTS.accessoryDevice;
      if (subordinate) w *= CLASSIFIER_WEIGHTS.subordinate;
      // A noun before a processing participle names how the goods were made ("vacuum fried",
      // "screen printed", "sun dried"), not what they are.
      // A product noun stays what it is ("chicken fried in oil").
      if (joined && PROCESS_PARTICIPLES.has(next) && !isHintWord(token)) w *= CLASSIFIER_WEIGHTS.processWord;
      const packed = packing.some(([from, to]) => offset >= from && offset < to);
      if (packed) w *= CLASSIFIER_WEIGHTS.packing;
      if (k < brandWords) {
        brandEnd = tokens.length;
        if (!MATERIAL_TABLE.has(token) && !GENDER_WORDS.has(token)) w *= CLASSIFIER_WEIGHTS.brand;
      }
      packingWords.push(packed);
      // "No Fan", "non-slip", "BPA free": the word names what the product lacks.
      weights.push(negate ? 0 : w);
      negate = false;
    });
  });
  return { folded: foldText(text), raw, tokens, weights, packing: packingWords, hintWeight: weight, kind, headPhraseEnd: headPhraseEnd < 0 ? tokens.length : headPhraseEnd, deviceStart, brandEnd };
}

function formatCode(code: string): string {
  return `${code.slice(0, 4)}.${code.slice(4)}`;
}

export class HsClassifier {
  /** Materials each subheading qualifier restricts itself to, computed once. */
  private readonly leafMaterials: Material[][];

  private readonly lexicalCache = new Map<string, LexicalEvidence>();

  private readonly distinctions: SiblingDistinction[];

  /** Materials each subheading admits, families included ("of base metal"), for the GRI 6 comparison. */
  private readonly leafAdmits: Material[][];

  /** Subheadings whose own text says "parts" where some sibling's does not. */
  private readonly partsLeaves: Set<number>;

  /** "Of base metal" subheadings set against precious-metal siblings, with their finish words. */
  private readonly baseMetalLeaves: Map<number, Set<string>>;

  /** Footwear subheadings limited to sports footwear (Chapter 64 Subheading Note 1). */
  private readonly sportsLeaves: Set<number>;

  /** Each subheading's weight or volume limit ("in packings of a content not exceeding 3kg"), if any. */
  private readonly leafLimits: Array<QuantityLimit | null>;

  /** Subheadings that say "non-X" where a sibling says "X" (7108.12 "non-monetary"), with the tokens X. */
  private readonly unmarkedLeaves: Map<number, Set<string>>;

  /** "N.e.c. in item no. 7307.2" subheadings, with the words their group's specific siblings all share. */
  private readonly groupResiduals: Map<number, GroupWord[]>;

  /** Chapters (2 digits) where some heading's own text says "men" or "women" (Chapters 61, 62, 65...). */
  private readonly adultChapters: Map<string, Set<string>>;

  /** Reads descriptions written in other languages into English through the trade glossaries. */
  private readonly reader: DescriptionReader;

  constructor(
    private readonly index: HsIndex,
    private readonly lexicon: WordNetLexicon | null = WordNetLexicon.shared(),
  ) {
    this.reader = createDescriptionReader(index, lexicon);
    const groupShares = groupResidualShares(index);
    this.distinctions = siblingDistinctions(index, groupShares);
    this.leafMaterials = index.leaves.map((leaf) => [
      ...new Set(tokenise(withoutPlating(leaf.qualifier)).map((t) => QUALIFIER_MATERIALS.get(t)).filter((m): m is Material => m !== undefined)),
    ]);
    this.leafAdmits = index.leaves.map((leaf) => qualifierMaterials(leaf.qualifier));
    this.partsLeaves = partsSiblings(index);
    this.baseMetalLeaves = baseMetalContrasts(index);
    this.leafLimits = index.leaves.map((leaf) => quantityLimit(leaf.description));
    this.groupResiduals = groupResiduals(index, groupShares);
    this.unmarkedLeaves = unmarkedSiblings(index);
    this.adultChapters = new Map(ADULT_WORDS.map((w) => [w, new Set(index.headings.flatMap((h, id) => (contains(index.headingPostings, w, id) ? [h.code.slice(0, 2)] : [])))]));
    this.sportsLeaves = new Set(index.leaves.flatMap((leaf, l) => (/^64/.test(leaf.code) && /^sports footwear\b/i.test(leaf.description) ? [l] : [])));
  }

  analyse(input: ClassificationInput): {
    analysis: ProductAnalysis;
    queryWeights: Map<string, number>;
    /** Words the product says it is not ("unroasted" -> roast), for subheadings that say "not roasted". */
    statedAbsent: Set<string>;
    hintScores: Map<string, number>;
    /** Headings a legal note shuts out for this article (4 digits), penalised rather than dropped. */
    excluded: (heading: string) => number;
  } {
    const fields: WeightedField[] = [buildField(input.text, 1, 'title')];
    const path = (input.categoryPath ?? []).map((p) => p.trim()).filter((p) => p.length > 0);
    const distinct = path.filter((p, i) => path.indexOf(p) === i);
    distinct.forEach((p, i) => {
      // The deepest category levels name the product; the top ones only the department.
      const depth = distinct.length - i;
      fields.push(buildField(p, CLASSIFIER_WEIGHTS.category * (depth <= 2 ? 1 : 0.5), 'category'));
    });
    for (const [key, value] of Object.entries(input.attributes ?? {})) {
      if (!(key === READING_DETAILS || USEFUL_ATTRIBUTE.test(key)) || typeof value !== 'string') continue;
      fields.push(buildField(value, key === READING_DETAILS ? CLASSIFIER_WEIGHTS.readingDetails : CLASSIFIER_WEIGHTS.attribute, 'attribute'));
    }

    this.silenceBrandWords(input.text, fields[0]);

    // The device an accessory fits is named again by the catalogue ("Earphone Accessories"); those
    // levels describe the device, not the article, and weigh as little as the device words do.
    const title = fields[0];
    const deviceWords = new Set(title.deviceStart < 0 ? [] : title.tokens.slice(title.deviceStart).filter((t) => !ACCESSORY_ARTICLES.has(t)));
    // "Aluminium mount" filed under "Action Camera Mounts": the deepest category level is the
    // "device + article" compound the title leaves out. When the title names that article and none
    // of the device words, the level reads as "mount for action camera" would.
    const deepest = fields.filter((f) => f.kind === 'category').at(-1);
    let categoryArticle: string | null = null;
    if (title.deviceStart < 0 && deepest !== undefined && deepest.tokens.length >= 2) {
      const article = deepest.tokens[deepest.tokens.length - 1];
      const device = deepest.tokens.slice(0, -1);
      // Heading 4202 names cases and bags as containers of their own ("camera cases"), so a catalogue's
      // "e-Books Case" does not make a case a fitted accessory; mounts, stands and straps it does.
      if (ACCESSORY_ARTICLES.has(article) && !CONTAINER_ARTICLES.has(article) && title.tokens.includes(article) && !device.some((t) => title.tokens.includes(t) || ACCESSORY_ARTICLES.has(t))) {
        categoryArticle = article;
        for (const t of device) deviceWords.add(t);
      }
    }
    for (const field of fields) {
      if (field.kind !== 'category') continue;
      field.tokens.forEach((t, i) => {
        if (deviceWords.has(t)) field.weights[i] *= CLASSIFIER_WEIGHTS.accessoryDevice;
      });
    }

    const titleArticle = title.deviceStart > 0 ? title.tokens[title.deviceStart - 1] : null;
    const fittedWord = titleArticle ?? categoryArticle;
    const fittedArticle = fittedWord !== null && FITTED_ARTICLES.has(fittedWord);

    // Materials: attributes first (stated facts), then the title in reading order.
    const materials: Material[] = [];
    const ordered = [...fields.filter((f) => f.kind === 'attribute'), ...fields.filter((f) => f.kind !== 'attribute')];
    for (const field of ordered) {
      const plated = PLATED.test(field.folded);
      for (const match of findMatches(field.tokens, MATERIAL_TABLE)) {
        if (field.weights[match.start] === 0 || field.packing[match.start]) continue;
        let material = match.value;
        if (material === 'gold' && plated) material = 'base_metal';
        if (!materials.includes(material)) materials.push(material);
      }
    }
    const fineFlag = Object.entries(input.attributes ?? {}).some(([k, v]) => /fine or fashion/i.test(k) && /^fine/i.test(v));
    if (fineFlag && !materials.some((m) => MATERIALS[m].precious)) {
      const all = fields.flatMap((f) => f.tokens);
      if (all.includes('gold')) materials.unshift('gold');
      else if (all.includes('silver')) materials.unshift('silver');
    }

    const allTokens = new Set(fields.flatMap((f) => f.tokens));
    const gender = allTokens.has('baby') ? 'baby' : allTokens.has('women') ? 'women' : allTokens.has('men') ? 'men' : null;
    const knitted = [...allTokens].some((t) => KNIT_WORDS.has(t))
      ? true
      : [...allTokens].some((t) => WOVEN_WORDS.has(t))
        ? false
        : [...allTokens].some((t) => KNIT_GARMENTS.has(t))
          ? true
          : null;

    // Product-noun hints, resolved to headings by material, gender and knit/woven.
    const hintLists = new Map<string, number[]>();
    const hintTerms = new Map<string, Set<string>>();
    // The nomenclature's own word for an article a title names in trade terms ("shoe": "footwear").
    const hintWords = new Map<string, number>();
    for (const field of fields) {
      const matches = findMatches(field.tokens, HINT_TABLE);
      // The head phrase's article is its last product noun: "yoga pants women polyester" names pants.
      // Only qualifiers may follow it (materials, gender, words the nomenclature does not use), or a
      // noun of form or put-up: "ribbon rolls" are ribbon, "lace strips" lace, "dough portions" dough.
      let lastNounEnd = Math.max(-1, ...matches.filter((m) => m.end <= field.headPhraseEnd && field.weights[m.start] > 0).map((m) => m.end));
      if (lastNounEnd > 0 && field.tokens.slice(lastNounEnd, field.headPhraseEnd).some((t) => !MATERIAL_TABLE.has(t) && !GENDER_WORDS.has(t) && !FORM_WORDS.has(t) && this.index.vocabulary.has(t))) lastNounEnd = field.headPhraseEnd;
      for (const match of matches) {
        const hint = PRODUCT_HINTS[match.value];
        // A noun right before another product noun usually modifies it: "car charger", "ring light".
        const modifier = matches.some((other) => other.start === match.end && other.value !== match.value);
        const contained = matches.some((o) => o !== match && o.start <= match.start && o.end >= match.end && o.end - o.start > match.end - match.start);
        if (contained || field.weights[match.start] === 0) continue;
        // The fitted-accessory rule below decides the bare article ("case" alone would say 4202).
        if (field === title && fittedArticle && match.end - match.start === 1 && title.tokens[match.start] === fittedWord && (categoryArticle !== null || match.end === title.deviceStart)) continue;
        const heading = this.resolveTarget(hint.target, materials, gender, knitted);
        if (heading === null) continue;
        const positional = field.weights[match.start] / Math.max(field.hintWeight, 1e-9);
        const lengthBonus = 1 + 0.25 * (match.end - match.start - 1);
        // In a short noun phrase the last noun names the article ("peptide facial cream"), the rest qualify it.
        let head = 1;
        if (field.kind === 'title' && field.headPhraseEnd - field.brandEnd <= CLASSIFIER_WEIGHTS.headPhraseMax && match.end <= field.headPhraseEnd) {
          head = match.end === lastNounEnd ? CLASSIFIER_WEIGHTS.headNoun : CLASSIFIER_WEIGHTS.headModifier;
        }
        const w = head * (hint.weight ?? 1) * field.hintWeight * positional * lengthBonus * (modifier ? CLASSIFIER_WEIGHTS.modifierHint : 1);
        const list = hintLists.get(heading) ?? [];
        list.push(w);
        hintLists.set(heading, list);
        // Only the article itself, not a noun that qualifies it ("lamp" in "lamp retinol face cream").
        if (hint.words !== undefined && !modifier && head !== CLASSIFIER_WEIGHTS.headModifier) for (const t of HINT_WORDS[match.value]) hintWords.set(t, Math.max(hintWords.get(t) ?? 0, Math.min(1, w) * CLASSIFIER_WEIGHTS.hintWords));
        const terms = hintTerms.get(heading) ?? new Set<string>();
        terms.add(match.terms);
        hintTerms.set(heading, terms);
      }
    }
    // A knife, nozzle, screw, spring or bearing named in the title's head phrase together with the
    // machine it serves is a part of general use: its own heading, not the machine's parts.
    const machineNamed = title.tokens.some((t) => MACHINE_WORDS.has(t)) || [...hintLists.keys()].some(isMachineHeading);
    if (machineNamed) {
      const head = title.tokens.slice(0, title.headPhraseEnd);
      const part = findMatches(head, GENERAL_PART_TABLE).find((m) => title.weights[m.start] > 0);
      // "Motor with bearing", "bearing puller machine": the part must be the last article named.
      const lastNoun = Math.max(-1, ...findMatches(head, HINT_TABLE).map((m) => m.end));
      const heading = part === undefined || lastNoun > part.end ? null : this.resolveTarget(GENERAL_USE_PARTS[part.value].target, materials, gender, knitted);
      if (part !== undefined && heading !== null) {
        // The machine named beside the part only says what it serves, like a modifier.
        for (const [machine, list] of hintLists) {
          if (machine !== heading && isMachineHeading(machine)) hintLists.set(machine, list.map((w) => w * CLASSIFIER_WEIGHTS.modifierHint));
        }
        const list = hintLists.get(heading) ?? [];
        list.push(CLASSIFIER_WEIGHTS.generalPart * title.hintWeight);
        hintLists.set(heading, list);
        const terms = hintTerms.get(heading) ?? new Set<string>();
        terms.add(`${part.terms}, a part of general use`);
        hintTerms.set(heading, terms);
      }
    }
        // "Strap for smart watch" is a watch strap: the device and the article, read as one compound,
    // may name a heading of their own ("watch strap" 9113, "camera bag" 4202). Fitted covers are
    // left to their material below: a "watch case" in 9111 is the watch's housing, not its cover.
    if (title.deviceStart > 0 && !fittedArticle) {
      const article = title.tokens[title.deviceStart - 1];
      for (let i = title.deviceStart; i < title.tokens.length; i++) {
        const compound = findMatches([title.tokens[i], article], HINT_TABLE).find((m) => m.start === 0 && m.end === 2);
        if (compound === undefined) continue;
        const heading = this.resolveTarget(PRODUCT_HINTS[compound.value].target, materials, gender, knitted);
        if (heading === null) break;
        const list = hintLists.get(heading) ?? [];
        list.push((PRODUCT_HINTS[compound.value].weight ?? 1) * title.hintWeight);
        hintLists.set(heading, list);
        const terms = hintTerms.get(heading) ?? new Set<string>();
        terms.add(`${article} for ${title.raw[i]}`);
        hintTerms.set(heading, terms);
        break;
      }
    }
    // A fitted cover or holder for a device is classified by its own material, whatever it fits.
    if (fittedArticle) {
      const heading = this.resolveTarget(FITTED_ACCESSORY.target, materials, gender, knitted);
      if (heading !== null) {
        const list = hintLists.get(heading) ?? [];
        list.push(CLASSIFIER_WEIGHTS.accessoryArticle * title.hintWeight);
        hintLists.set(heading, list);
        const terms = hintTerms.get(heading) ?? new Set<string>();
        terms.add(`${fittedWord} fitted to a device`);
        hintTerms.set(heading, terms);
      }
    }
    // Nouns neither the nomenclature nor the trade tables know reach them through WordNet.
    const lexicalTokens: Array<{ token: string; weight: number }> = [];
    if (this.lexicon !== null) {
      for (const field of fields) {
        if (field.kind === 'attribute') continue;
        const covered = new Set<number>();
        for (const match of findMatches(field.tokens, HINT_TABLE)) for (let k = match.start; k < match.end; k++) covered.add(k);
        field.tokens.forEach((token, i) => {
          // A word the nomenclature uses already matches its text, and WordNet's rarer senses of
          // common words ("vacuum" the cleaner, "powder" the gunpowder) would only add noise.
          if (covered.has(i) || field.weights[i] === 0 || this.index.vocabulary.has(token) || MATERIAL_TABLE.has(token)) return;
          const evidence = this.lexicalEvidence(field.raw[i]);
          const positional = field.weights[i] / Math.max(field.hintWeight, 1e-9);
          for (const e of evidence.hints) {
            const heading = this.resolveTarget(PRODUCT_HINTS[e.hint].target, materials, gender, knitted);
            if (heading === null) continue;
            const list = hintLists.get(heading) ?? [];
            list.push(e.weight * field.hintWeight * positional);
            hintLists.set(heading, list);
            const terms = hintTerms.get(heading) ?? new Set<string>();
            terms.add(`${field.raw[i]} (a kind of ${e.terms})`);
            hintTerms.set(heading, terms);
          }
          for (const t of evidence.tokens) lexicalTokens.push({ token: t.token, weight: t.weight * field.weights[i] });
        });
      }
    }
    // Synonyms for one product pile up in marketplace titles; the strongest counts, the rest only confirm.
    const hintScores = new Map<string, number>();
    for (const [heading, list] of hintLists) {
      const max = Math.max(...list);
      const sum = list.reduce((a, b) => a + b, 0);
      hintScores.set(heading, max + 0.25 * (sum - max));
    }
    // Section XVII: a brake, clutch or wheel part named for a motorcycle or bicycle (and for no car)
    // is a part of 8714, not of the motor vehicles of 8708; 8708 and the vehicles themselves (8711,
    // 8712), which the title names only as what the part fits, keep a share as any excluded heading.
    const cyclePart = hintScores.has('8708') && title.tokens.some((t) => CYCLE_WORDS.has(t)) && !title.tokens.some((t) => CAR_WORDS.has(t));
    if (cyclePart) {
      const w = hintScores.get('8708') ?? 0;
      hintScores.set('8714', Math.max(hintScores.get('8714') ?? 0, w));
      hintScores.set('8708', w * CLASSIFIER_WEIGHTS.excludedHeading);
      hintTerms.set('8714', new Set([...(hintTerms.get('8708') ?? [])].map((t) => `${t} of a motorcycle or cycle`)));
    }
    // "Furniture" alone names Chapter 94's class; 9403 is only its residual "other furniture". Once a
    // seat, or bedding of 9404, is named, the bare class word yields to the specific heading (GRI 3(a)).
    const onlyClassWord = [...(hintTerms.get('9403') ?? [])].every((t) => t === FURNITURE);
    if (hintScores.has('9403') && onlyClassWord && Math.max(hintScores.get('9401') ?? 0, hintScores.get('9404') ?? 0) >= 0.8) {
      hintScores.set('9403', (hintScores.get('9403') ?? 0) * CLASSIFIER_WEIGHTS.excludedHeading);
    }
    // Section XVI Note 1(r) leaves articles of Chapter 95 out of Chapters 84 and 85: a title that sells
    // its goods as toys ("Pretend Play Kitchen Toys Coffee Machine Toaster") names toy appliances.
    const toyIndex = title.tokens.findIndex((t, i) => t === TOY && title.weights[i] > 0);
    const soldAsToy = toyIndex >= 0 && toyIndex < title.headPhraseEnd;
    if (soldAsToy) for (const [h, w] of hintScores) if (/^8[45]/.test(h)) hintScores.set(h, w * CLASSIFIER_WEIGHTS.excludedHeading);
    // Footwear: the stated upper and outer-sole materials choose among 6402-6405 (Chapter 64 Note 4).
    const attributes = Object.entries(input.attributes ?? {});
    const upperMaterial = attributes.find(([k]) => /^upper material$/i.test(k.trim()))?.[1];
    const soleMaterial = attributes.find(([k]) => /^(?:outsole|outer sole|sole) material$/i.test(k.trim()))?.[1];
    const footwearTarget = [...hintScores.keys()].some((h) => /^640[1-5]/.test(h)) ? footwearHeading(upperMaterial, soleMaterial) : null;
    if (footwearTarget !== null) {
      const shoes = [...hintScores].filter(([h]) => /^640[1-5]/.test(h));
      const w = Math.max(...shoes.map(([, v]) => v));
      for (const [h, v] of shoes) if (h.slice(0, 4) !== footwearTarget) hintScores.set(h, v * CLASSIFIER_WEIGHTS.excludedHeading);
      hintScores.set(footwearTarget, Math.max(hintScores.get(footwearTarget) ?? 0, w));
      hintTerms.set(footwearTarget, new Set([`footwear with uppers of ${upperMaterial ?? ''}${soleMaterial === undefined ? '' : `, outer soles of ${soleMaterial}`}`]));
    }
    // Heading 5807 takes labels, badges and motifs "not embroidered": embroidered ones are
    // embroidery in motifs, 5810.
    const embroideredBadge = hintScores.has('5807') && fields.some((f) => f.kind !== 'category' && f.tokens.includes(EMBROIDERED));
    if (embroideredBadge) {
      const w = hintScores.get('5807') ?? 0;
      hintScores.set('5810', Math.max(hintScores.get('5810') ?? 0, w));
      hintScores.set('5807', w * CLASSIFIER_WEIGHTS.excludedHeading);
      hintTerms.set('5810', new Set([...(hintTerms.get('5807') ?? [])].map((t) => `${t}, embroidered`)));
    }
    // Chapters 2-4 and 7-8 stop at simple preservation (chilled, frozen, dried): meat, fish,
    // vegetables or fruit that are cooked, fried or otherwise prepared belong to 16 or 20 (Chapter 2
    // Note 1(b), Chapter 3 Note 1, Chapter 7 Note 3, Chapter 20 Note 1). The raw product's heading
    // hands its weight to the preparation's, keeping a share in case the word qualifies something else.
    const foodText = fields.filter((f) => f.kind !== 'category').map((f) => f.folded).join(' ');
    // Goods are classified as presented: in a ruling's prose, freezing told as a step of the process
    // ("the slices are then quick frozen and fried") does not make the product frozen. Only the
    // first sentence, or a sentence saying the goods are frozen, does.
    const presented = input.text.split(/\s+/).length >= CLASSIFIER_WEIGHTS.proseWords
      ? `${foldText(input.text.split(/(?<=[.!?])\s+(?=[A-Z])|\n+/)[0])} ${(foodText.match(PRESENTED_FROZEN) ?? []).join(' ')}`
      : foodText;
    const frozen = FROZEN_WORDS.test(presented);
    const processing: Processing | null = PREPARED_WORDS.test(foodText)
      ? frozen ? 'prepared-frozen' : 'prepared'
      : DRIED_WORDS.test(foodText) ? 'dried' : frozen ? 'frozen' : null;
    let preparedFood = false;
    const preparing = processing === 'prepared' || processing === 'prepared-frozen';
    const fruitPrepared = FRUIT_PREPARED_WORDS.test(foodText);
    if (processing !== null || fruitPrepared) {
      for (const [raw, w] of [...hintScores]) {
        const sweetened = fruitPrepared ? processedHeading(raw, 'fruit-prepared') : null;
        const prepared = sweetened ?? (processing === null ? null : processedHeading(raw, processing));
        if (prepared === null || prepared === raw) continue;
        preparedFood = preparing || sweetened !== null;
        hintScores.set(prepared, (hintScores.get(prepared) ?? 0) + w);
        hintScores.set(raw, w * CLASSIFIER_WEIGHTS.rawProductShare);
        const how = sweetened !== null ? 'prepared' : (processing ?? '').replace('-', ' and ');
        hintTerms.set(prepared, new Set([...(hintTerms.get(raw) ?? []).values()].map((t) => `${t}, ${how}`)));
      }
      // A product noun that already names the preparation ("onion crisps", "sausage") is as prepared.
      if (preparing && [...hintScores.keys()].some((h) => /^(16|20)/.test(h))) preparedFood = true;
    }
    // Flowers, foliage or fruit said to be artificial, or made of foam, plastics or textile, are
    // 6702 (Chapter 6 Note 2); the living plant's heading keeps a share.
    if (ARTIFICIAL_WORDS.test(foodText)) {
      for (const [raw, w] of [...hintScores]) {
        if (!/^060[2-4]/.test(raw)) continue;
        hintScores.set('6702', (hintScores.get('6702') ?? 0) + w);
        hintScores.set(raw, w * CLASSIFIER_WEIGHTS.rawProductShare);
        hintTerms.set('6702', new Set([...(hintTerms.get(raw) ?? [])].map((t) => `${t}, artificial`)));
      }
    }
    // Raw headings a preparation leaves: their Chapter notes exclude it, so their text matches count for less too.
    const rawFood = (heading: string): boolean =>
      preparedFood && ((processing !== null && processedHeading(heading, processing) !== null) || (fruitPrepared && processedHeading(heading, 'fruit-prepared') !== null));
    // Garments of fabrics coated or laminated with plastics or rubber (headings 5903, 5906, 5907)
    // are 6113 when knitted and 6210 otherwise, whatever garment they are (Chapter 61 Note 8,
    // Chapter 62 Note 5); the garment's own heading keeps 0.4 like any heading a note excludes.
    const isGarment = (h: string) => /^(?:61(?:0\d|1[0-24])|620\d|621[01])/.test(h);
    const garment = Math.max(0, ...[...hintScores].filter(([h]) => isGarment(h)).map(([, w]) => w));
    // "Faux leather" or "PU leather" trousers are garments of a fabric coated with polyurethane too.
    const fauxLeather = FAUX_LEATHER.test(input.text) || Object.entries(input.attributes ?? {}).some(([k, v]) => /fabric|material/i.test(k) && (FAUX_LEATHER.test(v) || /^\s*(?:pu|polyurethane)\s*$/i.test(v)));
    const coatedGarment = garment > 0 && (fauxLeather || fields.some((f) => f.kind !== 'category' && COATED_FABRIC.test(f.folded)));
    if (coatedGarment) {
      const coated = knitted === true ? '6113' : '6210';
      hintScores.set(coated, Math.max(hintScores.get(coated) ?? 0, garment * CLASSIFIER_WEIGHTS.coatedGarment));
      hintTerms.set(coated, new Set(['garment of coated or laminated fabric']));
    }
        // GRI 1 reads the heading that names the article: "strawberry necklace" is jewellery, not fruit.
    const manufactured = Math.max(0, ...[...hintScores].filter(([h]) => !isPrimaryChapter(h)).map(([, w]) => w));
    if (manufactured >= 0.8) for (const [h, w] of hintScores) if (isPrimaryChapter(h)) hintScores.set(h, w * 0.4);
    // Jewellery whose character comes from set stones (zircon, crystal, natural stone) is 7116.
    const imitation = hintScores.get('7117') ?? 0;
    const jewellery = Math.max(imitation, hintScores.get('7113') ?? 0);
    const setStones = jewellery > 0 && [...allTokens].some((t) => SET_STONES.has(t));
    if (setStones) {
      hintScores.set('7116', (hintScores.get('7116') ?? 0) + 0.7 * jewellery);
      hintTerms.set('7116', new Set(['jewellery with set stones']));
    }
    // Stones outweigh a base-metal mount (7116 over 7117); a precious-metal mount keeps 7113.
    const stonesLead = setStones && imitation >= jewellery;
    // Section XV Note 1(b) leaves articles of Chapter 71 out of the base-metal chapters, so once
    // the article is jewellery a "stainless steel" attribute speaks only for 7117's subheading;
    // heading 9113 takes bracelets only as watch bracelets.
    const strongestHint = Math.max(0, ...hintScores.values());
    const isJewellery = jewellery > 0 && Math.max(...JEWELLERY_HEADINGS.map((h) => hintScores.get(h) ?? 0)) >= strongestHint;
    const statesWatch = [...allTokens].some((t) => WATCH_WORDS.has(t));
    // A named article made of a material is not the material in its raw or semi-finished form:
    // "polyester scrunchie" is no polyester yarn or fabric, a "steel pegboard" no flat-rolled steel.
    // Those headings keep a share of their score; when the strongest product noun itself names a
    // raw form ("satin ribbon", narrow fabric of 5806), only the other chapters' do.
    const leadingHint = [...hintScores].reduce<[string, number] | null>((best, e) => (best === null || e[1] > best[1] ? e : best), null);
    const namedArticle = leadingHint !== null && leadingHint[1] >= 0.8;
    const leadingChapter = leadingHint?.[0].slice(0, 2);
    // Headings a legal note or the goods as named leave out: jewellery from base-metal articles,
    // raw food once prepared, garments of coated fabric, toy machines, cycle parts, bare watch cases.
    const noteExcludes = (heading: string): boolean =>
      (isJewellery && ((heading >= '72' && heading < '84') || (heading === '9113' && !statesWatch))) ||
      rawFood(heading) ||
      (coatedGarment && isGarment(heading) && heading !== '6113' && heading !== '6210') ||
      (soldAsToy && /^8[45]/.test(heading)) ||
      (cyclePart && (heading === '8708' || heading === '8711' || heading === '8712')) ||
      ((heading === '9111' || heading === '9112') && !statesWatch);
    const excluded = (heading: string): number =>
      noteExcludes(heading)
        ? CLASSIFIER_WEIGHTS.excludedHeading
        : namedArticle && isRawForm(heading) && (leadingHint === null || !isRawForm(leadingHint[0]) || heading.slice(0, 2) !== leadingChapter)
          ? CLASSIFIER_WEIGHTS.rawFormShare
          : 1;
    // With no product noun, GRI 1 falls back to the material's residual heading ("other articles of ...").
    const strongest = Math.max(0, ...hintScores.values());
    if (strongest < 0.6 && materials.length > 0) {
      const residual = MATERIALS[materials[0]].residualHeading;
      if (residual !== undefined) {
        hintScores.set(residual, (hintScores.get(residual) ?? 0) + CLASSIFIER_WEIGHTS.materialResidualHint);
        hintTerms.set(residual, new Set([`made of ${materials[0].replace('_', ' ')}`]));
      }
    }

    const queryWeights = new Map<string, number>();
    const add = (token: string, weight: number) => queryWeights.set(token, Math.max(queryWeights.get(token) ?? 0, weight));
    for (const field of fields) field.tokens.forEach((t, i) => add(t, field.weights[i]));
    for (const { token, weight } of lexicalTokens) add(token, weight);
    for (const [token, weight] of hintWords) add(token, weight);
    for (const material of materials.slice(0, 2)) for (const t of MATERIAL_WORDS.get(material) ?? []) add(t, CLASSIFIER_WEIGHTS.materialWords);
    // Heading 7116 names stones, never the zircon or crystal a title names, so its words stand in
    // and carry stones set in base metal past the "jewellery" that 7117's text repeats.
    if (isJewellery && stonesLead) for (const t of STONE_WORDS) add(t, CLASSIFIER_WEIGHTS.materialWords);
    // "Fried" or "marinated" is what the nomenclature calls "prepared or preserved" (only for a food
    // named: "apple crisps" are dried fruit, not a preparation).
    if (preparedFood) for (const t of PREPARED_NOMENCLATURE) add(t, CLASSIFIER_WEIGHTS.materialWords);
    // Headings 6113 and 6210 call the article only "garments made up of" those fabrics.
    if (coatedGarment) for (const t of GARMENT_NOMENCLATURE) add(t, CLASSIFIER_WEIGHTS.materialWords);
    // Chapter 61 Note 3(b), Chapter 62 Note 3(b): garments sold together as a "matching set", "2 piece
    // set" or "outfit" are what the nomenclature calls an ensemble.
    // A "suit" (Note 3(a)) has a jacket or blazer; a set of top and trousers a seller calls a suit is an ensemble.
    if (garment > 0 && fields.some((f) => f.kind !== 'attribute' && ENSEMBLE_WORDS.test(f.folded))) {
      for (const t of ENSEMBLE_NOMENCLATURE) add(t, CLASSIFIER_WEIGHTS.materialWords);
      if (!allTokens.has(JACKET) && !allTokens.has(BLAZER) && queryWeights.has(SUIT)) queryWeights.set(SUIT, (queryWeights.get(SUIT) ?? 0) * CLASSIFIER_WEIGHTS.excludedHeading);
    }
    // Chapter 64 words the stated upper by the nomenclature's names: "uppers of textile materials".
    if (footwearTarget !== null) for (const t of FOOTWEAR_WORDS[footwearMaterial(upperMaterial ?? '') ?? 'textile']) add(t, CLASSIFIER_WEIGHTS.materialWords);
    // "Oolong", "Earl Grey", "matcha": the kind of tea says what 0902's subheadings say by fermentation.
    if (hintScores.has('0902')) {
      for (const field of fields) {
        for (const kind of TEA_KIND_PATTERNS) if (kind.pattern.test(field.folded)) for (const t of kind.tokens) add(t, CLASSIFIER_WEIGHTS.materialWords);
      }
    }
        if (knitted === true) for (const t of tokenise('knitted crocheted')) add(t, CLASSIFIER_WEIGHTS.materialWords);
    // "Men", "women", "unisex" say whom the goods are for: they qualify the article and name goods
    // only in a chapter whose headings say them (garments "men's or boys'"). Once a product noun of
    // another chapter is named ("women cosmetic bag", "men watch"), they weigh little in the ranking.
    if (strongest >= 0.8) {
      const chapters = [...hintScores].filter(([, w]) => w >= 0.5 * strongest).map(([h]) => h.slice(0, 2));
      for (const word of ADULT_WORDS) {
        if (queryWeights.has(word) && !chapters.some((c) => this.adultChapters.get(word)?.has(c))) queryWeights.set(word, (queryWeights.get(word) ?? 0) * CLASSIFIER_WEIGHTS.adultWord);
      }
    }

    const known: string[] = [];
    const unknown: string[] = [];
    const hinted = new Set([...hintTerms.values()].flatMap((s) => [...s].flatMap((t) => t.split(' '))));
    for (const token of fields[0].tokens) {
      if (this.index.vocabulary.has(token) || hinted.has(token) || MATERIAL_TABLE.has(token)) known.push(token);
      else unknown.push(token);
    }
    const hints = [...hintScores.entries()]
      .sort((a, b) => b[1] - a[1])
      .map(([heading, weight]) => ({ heading, weight, terms: [...(hintTerms.get(heading) ?? [])] }));
    // "Unroasted" keeps its own token (read as the stem it would match the roasted sibling), and
    // subheadings saying "not roasted" are where the nomenclature states the same absence.
    const statedAbsent = new Set<string>();
    for (const field of fields) {
      for (const t of field.tokens) {
        if (t.length > 5 && t.startsWith('un') && this.index.vocabulary.has(t.slice(2))) statedAbsent.add(t.slice(2));
      }
    }
    return { analysis: { materials, gender, knitted, hints, knownWords: known, unknownWords: unknown }, queryWeights, statedAbsent, hintScores, excluded };
  }

  /**
   * "Jack Daniels Tennessee whiskey": a title that opens with capitalised words and goes on in lower
   * case names a brand first. When that opening run holds a person or place name (WordNet's
   * commonest sense) after its first word, the goods words before the name ("Jack") belong to the
   * brand, provided a product noun follows the run; the title's product is that later noun. Titles
   * in Title Case throughout carry no such signal and are left alone. Silenced words keep their
   * token but weigh nothing, as a negated word does.
   */
  private silenceBrandWords(text: string, title: WeightedField): void {
    const lexicon = this.lexicon;
    if (lexicon === null) return;
    const written = text.split(/[^A-Za-z'-]+/).filter((w) => w.length > 0);
    let run = 0;
    while (run < written.length && /^[A-Z][a-z]/.test(written[run])) run++;
    if (run < 2 || !written.slice(run).some((w) => /^[a-z]{3,}$/.test(w))) return;
    const isName = (word: string): boolean => {
      const lower = word.toLowerCase().replace(/'s?$/, '');
      const files = lexicon.senseFiles(lower).length > 0 ? lexicon.senseFiles(lower) : lexicon.senseFiles(lower.replace(/s$/, ''));
      return files[0] === 18 || files[0] === 15;
    };
    const nameAt = written.slice(1, run).findIndex(isName) + 1;
    if (nameAt < 1) return;
    // Token positions: stopwords and numbers have none, so written and token indices differ.
    const runWords = new Set(written.slice(0, run).map((w) => foldText(w).trim()));
    let runEnd = 0;
    while (runEnd < title.raw.length && runWords.has(title.raw[runEnd])) runEnd++;
    const nameToken = title.raw.indexOf(foldText(written[nameAt]).trim());
    if (nameToken < 1 || nameToken >= runEnd) return;
    if (!findMatches(title.tokens, HINT_TABLE).some((m) => m.start >= runEnd && title.weights[m.start] > 0)) return;
    for (let i = 0; i < nameToken; i++) title.weights[i] = 0;
  }

  /**
   * Walks WordNet from `raw` (a lower-case word as written) outwards and stops at the nearest
   * distance where a trade-table noun or a nomenclature word appears: "sneaker" stops at "shoe",
   * "fritter" at "cake". Cached, since marketplace vocabulary repeats.
   */
  private lexicalEvidence(raw: string): LexicalEvidence {
    const cached = this.lexicalCache.get(raw);
    if (cached !== undefined) return cached;
    const evidence: LexicalEvidence = { hints: [], tokens: [] };
    const lexicon = this.lexicon;
    const lemma = lexicon === null || lexicon.isAdjective(raw) ? undefined : nounForms(raw).find((form) => lexicon.has(form));
    if (lexicon !== null && lemma !== undefined) {
      const expansions = lexicon.expand(lemma).filter((e) => !GENERIC_LEMMAS.has(e.lemma));
      for (let depth = 0; depth < CLASSIFIER_WEIGHTS.lexicalDecay.length; depth++) {
        const decay = CLASSIFIER_WEIGHTS.lexicalDecay[depth];
        for (const e of expansions) {
          if (e.depth !== depth) continue;
          const tokens = tokenise(e.lemma.replace(/_/g, ' '));
          if (tokens.length === 0) continue;
          for (const match of findMatches(tokens, HINT_TABLE)) {
            // Only a hint term that is the whole lemma or its head noun speaks for the product.
            if (match.end !== tokens.length) continue;
            if (!evidence.hints.some((h) => h.hint === match.value)) {
              evidence.hints.push({ hint: match.value, weight: decay * (PRODUCT_HINTS[match.value].weight ?? 1), terms: e.lemma.replace(/_/g, ' ') });
            }
          }
          for (const token of tokens) {
            if (this.index.vocabulary.has(token) && !evidence.tokens.some((t) => t.token === token)) evidence.tokens.push({ token, weight: decay });
          }
        }
        if (evidence.hints.length > 0 || evidence.tokens.length > 0) break;
      }
    }
    if (this.lexicalCache.size > 50_000) this.lexicalCache.clear();
    this.lexicalCache.set(raw, evidence);
    return evidence;
  }

  private resolveTarget(target: HintTarget, materials: Material[], gender: ProductAnalysis['gender'], knitted: boolean | null): string | null {
    let heading: string;
    if (typeof target === 'string') heading = target;
    else {
      heading = target.default;
      for (const material of chiefMetalFirst(materials)) {
        const direct = target[material];
        const family = MATERIALS[material].textile ? target.textiles : MATERIALS[material].metal ? target.metals : undefined;
        const chosen = direct ?? family;
        if (chosen !== undefined) {
          heading = chosen;
          break;
        }
      }
    }
    if (heading.startsWith('61') || heading.startsWith('62')) {
      if (knitted === true && TO_KNIT[heading] !== undefined) heading = TO_KNIT[heading];
      if (knitted === false && TO_WOVEN[heading] !== undefined) heading = TO_WOVEN[heading];
      if (gender === 'women' && TO_WOMEN[heading] !== undefined) heading = TO_WOMEN[heading];
      if (gender === 'men' && TO_MEN[heading] !== undefined) heading = TO_MEN[heading];
      if (gender === 'baby' && /^6[12]0[1-8]$/.test(heading)) heading = heading.startsWith('61') ? '6111' : '6209';
    }
    return this.index.headingIndex(heading.slice(0, 4)) === undefined ? null : heading;
  }

  classify(given: ClassificationInput): Classification {
    const { input, readings } = readInEnglish(given, this.reader);
    const { analysis, queryWeights, statedAbsent, hintScores, excluded } = this.analyse(input);
    const index = this.index;
    const s2 = accumulate(index.chapterPostings, queryWeights);
    const s4 = accumulate(index.headingPostings, queryWeights);
    const s6 = accumulate(index.leafPostings, queryWeights);
    // "Tube or pipe fittings n.e.c. in item no. 7307.2" is written without the "stainless steel" of
    // its group; it matches the query on the words the group's other subheadings all share.
    for (const [l, shared] of this.groupResiduals) {
      let inherited = 0;
      for (const { token, weight } of shared) inherited += (queryWeights.get(token) ?? 0) * weight;
      if (inherited > s6[l]) s6[l] = inherited;
    }

    const headingHint = new Float32Array(index.headings.length);
    const leafHint = new Map<number, number>();
    for (const [code, weight] of hintScores) {
      const h = index.headingIndex(code.slice(0, 4));
      if (h === undefined) continue;
      headingHint[h] += weight;
      if (code.length === 6) {
        const leaf = index.leafIndex(code);
        if (leaf !== undefined) leafHint.set(leaf, weight);
      }
    }

    const headingScore = new Float32Array(index.headings.length);
    const order: number[] = [];
    for (let h = 0; h < index.headings.length; h++) {
      const heading = index.headings[h];
      headingScore[h] = CLASSIFIER_WEIGHTS.heading * s4[h] + CLASSIFIER_WEIGHTS.chapter * s2[heading.chapter] + CLASSIFIER_WEIGHTS.hint * headingHint[h];
      if (headingScore[h] > 0) order.push(h);
    }
    order.sort((a, b) => headingScore[b] - headingScore[a]);
    const candidateHeadings = new Set(order.slice(0, 25));
    // A subheading can carry the decisive word its heading lacks ("smartphones" only in 8517.13).
    const leafOrder: number[] = [];
    for (let l = 0; l < s6.length; l++) if (s6[l] > 0) leafOrder.push(l);
    leafOrder.sort((a, b) => s6[b] - s6[a]);
    for (const l of leafOrder.slice(0, 15)) candidateHeadings.add(index.leaves[l].heading);

    const queryMaterials = new Set(analysis.materials);
    const statedQuantity = titleQuantity(input.text);
    const casualWear = CASUAL_WEAR.test(`${input.text} ${(input.categoryPath ?? []).join(' ')}`);
    const partStated = Math.min(1, Math.max(0, ...PART_WORDS.map((t) => queryWeights.get(t) ?? 0)));
    const primaryMaterial = analysis.materials[0];
    const baseMetalChief =
      primaryMaterial !== undefined && BASE_METALS.includes(primaryMaterial) && !analysis.materials.some((m) => MATERIALS[m].precious === true);
    const scored: Array<{ leaf: number; score: number; why: string[] }> = [];
    const strongestHint = Math.max(0, ...hintScores.values());
    for (const h of candidateHeadings) {
      const siblings: Array<{ leaf: number; score: number; adjustment: number; why: string[] }> = [];
      const excludedHere = excluded(index.headings[h].code);
      for (const l of index.headings[h].leaves) {
        const leaf = index.leaves[l];
        let score = headingScore[h] + CLASSIFIER_WEIGHTS.leaf * s6[l] + CLASSIFIER_WEIGHTS.residual * leaf.residual + CLASSIFIER_WEIGHTS.hint * (leafHint.get(l) ?? 0);
        const why: string[] = [];
        let adjustment = 0;
        const distinction = this.distinctions[l];
        const admits = this.leafAdmits[l];
        if ((!distinction.residual || distinction.groupResidual === true) && distinction.total > 0) {
          const finish = baseMetalChief ? this.baseMetalLeaves.get(l) : undefined;
          const coverage = finish === undefined ? siblingCoverage(distinction, queryWeights) : baseMetalCoverage(distinction, queryWeights, finish);
          adjustment = CLASSIFIER_WEIGHTS.siblingCoverage * (coverage - CLASSIFIER_WEIGHTS.siblingThreshold);
          if (coverage === 0) why.push('none of the words that set it apart from its siblings is stated');
        }
        if (partStated > 0 && this.partsLeaves.has(l)) {
          adjustment += CLASSIFIER_WEIGHTS.partsSibling * partStated;
          why.push('the product is stated to be a part or accessory');
        }
        const limit = this.leafLimits[l];
        if (statedQuantity !== null && limit !== null && limit.dimension === statedQuantity.dimension && limit.admits(statedQuantity.amount)) {
          adjustment += CLASSIFIER_WEIGHTS.quantityLimit;
          why.push(`the stated ${statedQuantity.dimension} is within its limit`);
        }
        if (casualWear && this.sportsLeaves.has(l)) {
          adjustment -= CLASSIFIER_WEIGHTS.casualNotSports;
          why.push('sold as casual or fashion wear, not designed for a sport');
        }
        // GRI 6 on material: the sibling made of the material the product is chiefly made of.
        if (primaryMaterial !== undefined && admits.includes(primaryMaterial)) {
          adjustment += CLASSIFIER_WEIGHTS.materialMatch;
          why.push(`of ${primaryMaterial.replace('_', ' ')}`);
        } else if (analysis.materials.slice(1).some((m) => admits.includes(m))) {
          adjustment += CLASSIFIER_WEIGHTS.materialMatch / 2;
        }
        // "Non-monetary" against a "monetary" sibling: the marked quality must be stated, so a product
        // that does not state it takes the "non-" sibling.
        const unmarked = this.unmarkedLeaves.get(l);
        if (unmarked !== undefined && ![...unmarked].some((t) => (queryWeights.get(t) ?? 0) > 0)) {
          adjustment += CLASSIFIER_WEIGHTS.statedAbsence;
          why.push(`not ${[...unmarked].join(', ')}, which the product does not claim`);
        }
        if ([...leaf.negated].some((t) => statedAbsent.has(t))) {
          adjustment += CLASSIFIER_WEIGHTS.statedAbsence;
          why.push(`says "not ${[...leaf.negated].filter((t) => statedAbsent.has(t)).join(', ')}" as the product does`);
        }
        // "Wooden articles of furniture not falling in chapter 94": the product named belongs there.
        const excludedHint = leaf.excludedCodes.find((code) => [...hintScores].some(([h, w]) => h.startsWith(code) && w >= 0.5 * strongestHint));
        if (excludedHint !== undefined) {
          score -= CLASSIFIER_WEIGHTS.negatedPenalty;
          why.push(`excludes goods of ${excludedHint.length === 2 ? 'chapter' : 'heading'} ${excludedHint}, where the product words point`);
        }
        for (const token of leaf.negated) {
          if (queryWeights.has(token)) {
            score -= CLASSIFIER_WEIGHTS.negatedPenalty * (queryWeights.get(token) ?? 0);
            why.push(`excludes "${token}"`);
          }
        }
        if (queryMaterials.size > 0) {
          const stated = this.leafMaterials[l];
          if (stated.length > 0 && !stated.some((m) => queryMaterials.has(m) || sameFamily(m, queryMaterials))) {
            score -= CLASSIFIER_WEIGHTS.otherMaterialPenalty;
            why.push(`restricted to ${[...new Set(stated)].join('/')}`);
          }
        }
        // Scaled rather than dropped: the note binds only if the article really is what the hints say.
        if (excludedHere < 1) {
          score *= excludedHere;
          why.push(excludedHere === CLASSIFIER_WEIGHTS.excludedHeading ? 'excluded by a legal note for this article' : 'the material in its raw or semi-finished form, not the article named');
        }
        siblings.push({ leaf: l, score, adjustment, why });
      }
      // The sibling comparison chooses among the heading's subheadings only: shifting them so the
      // best keeps its score leaves the ranking of headings, decided above, as it was.
      const bestBefore = Math.max(...siblings.map((c) => c.score));
      const bestAfter = Math.max(...siblings.map((c) => c.score + c.adjustment));
      for (const c of siblings) scored.push({ leaf: c.leaf, score: c.score + c.adjustment + bestBefore - bestAfter, why: c.why });
    }
    scored.sort((a, b) => b.score - a.score);
    const topK = Math.min(Math.max(input.topK ?? 5, 1), 20);
    const top = scored.slice(0, Math.max(topK, 10));
    const best = top[0]?.score ?? 0;
    let partition = 0;
    for (const c of top) partition += Math.exp((c.score - best) / CLASSIFIER_WEIGHTS.temperature);
    const candidates = diversify(scored, topK, (c) => index.leaves[c.leaf].heading).map((c) => {
      const leaf = index.leaves[c.leaf];
      const share = Math.exp((c.score - best) / CLASSIFIER_WEIGHTS.temperature) / partition;
      const heading = index.headings[leaf.heading];
      const hint = analysis.hints.find((x) => x.heading.slice(0, 4) === heading.code);
      const matched = [...queryWeights.keys()].filter((t) => contains(index.leafPostings, t, c.leaf) || contains(index.headingPostings, t, leaf.heading));
      const parts: string[] = [];
      if (hint !== undefined) parts.push(`product words "${hint.terms.join('", "')}" point to heading ${heading.code}`);
      if (matched.length > 0) parts.push(`nomenclature text matches ${matched.slice(0, 6).map((t) => `"${t}"`).join(', ')}`);
      if (leaf.residual >= 1) parts.push('residual "other" subheading: no sibling names the product more specifically');
      parts.push(...c.why);
      return {
        code: leaf.code,
        hsCode: formatCode(leaf.code),
        description: leaf.description,
        score: Number(c.score.toFixed(3)),
        share,
        confidence: calibrate(share),
        reasoning: parts.length > 0 ? `${parts.join('; ')}.` : 'weak lexical match only.',
      };
    });
    return { analysis, candidates, readings };
  }
}

/**
 * The best-scored candidates with few subheadings per heading (two for the leading heading, one for
 * the others) until every heading in reach is shown: when the heading itself is uncertain, five
 * subheadings of one heading spend four slots on a question the first already answered. Order
 * stays by score, so shares and confidences still fall down the list.
 */
function diversify<T>(sorted: T[], k: number, headingOf: (c: T) => number): T[] {
  const picked: T[] = [];
  const skipped: T[] = [];
  const perHeading = new Map<number, number>();
  for (const c of sorted) {
    if (picked.length >= k) break;
    const h = headingOf(c);
    const n = perHeading.get(h) ?? 0;
    const limit = picked.length > 0 && headingOf(picked[0]) === h ? CLASSIFIER_WEIGHTS.perTopHeading : CLASSIFIER_WEIGHTS.perHeading;
    if (n >= limit) {
      if (skipped.length < k) skipped.push(c);
      continue;
    }
    perHeading.set(h, n + 1);
    picked.push(c);
  }
  if (picked.length < k) {
    const all = new Set([...picked, ...skipped.slice(0, k - picked.length)]);
    return sorted.filter((c) => all.has(c));
  }
  return picked;
}

type Dimension = 'weight' | 'volume';
interface QuantityLimit {
  dimension: Dimension;
  admits: (amount: number) => boolean;
}
/** Grams or millilitres per unit. */
const UNITS: Record<string, { dimension: Dimension; factor: number }> = {
  kg: { dimension: 'weight', factor: 1000 }, kgs: { dimension: 'weight', factor: 1000 }, g: { dimension: 'weight', factor: 1 },
  gr: { dimension: 'weight', factor: 1 }, gram: { dimension: 'weight', factor: 1 }, grams: { dimension: 'weight', factor: 1 },
  lb: { dimension: 'weight', factor: 453.6 }, lbs: { dimension: 'weight', factor: 453.6 }, oz: { dimension: 'weight', factor: 28.35 },
  ml: { dimension: 'volume', factor: 1 }, cl: { dimension: 'volume', factor: 10 }, l: { dimension: 'volume', factor: 1000 },
  litre: { dimension: 'volume', factor: 1000 }, litres: { dimension: 'volume', factor: 1000 }, liter: { dimension: 'volume', factor: 1000 }, liters: { dimension: 'volume', factor: 1000 },
};
const AMOUNT = String.raw`(\d+(?:\.\d+)?)\s*(kgs?|g|gr|grams?|lbs?|oz|ml|cl|l|litres?|liters?)\b`;
const LIMIT = new RegExp(String.raw`\b(not exceeding|exceeding|more than|less than)\s+${AMOUNT}`, 'i');

const STATED_AMOUNT = new RegExp(String.raw`(?:^|[^\w.])${AMOUNT}`, 'i');

/** The weight or volume limit a subheading text sets, read as a test on grams or millilitres. */
export function quantityLimit(description: string): QuantityLimit | null {
  const m = LIMIT.exec(description);
  if (m === null) return null;
  const unit = UNITS[m[3].toLowerCase()];
  const bound = Number(m[2]) * unit.factor;
  const at = m[1].toLowerCase();
  const admits = at === 'not exceeding' || at === 'less than' ? (x: number) => x <= bound : (x: number) => x > bound;
  return { dimension: unit.dimension, admits };
}

/** The first weight or volume a title states ("500g", "2 kg", "750ml"), in grams or millilitres. */
export function titleQuantity(text: string): { dimension: Dimension; amount: number } | null {
  const m = STATED_AMOUNT.exec(text);
  if (m === null) return null;
  // "4G", "5G" name network generations, not grams.
  if (m[2] === 'G' && Number(m[1]) < 10) return null;
  const unit = UNITS[m[2].toLowerCase()];
  return { dimension: unit.dimension, amount: Number(m[1]) * unit.factor };
}

const CASUAL_WEAR = /\b(?:casual|fashion|leisure|lifestyle|everyday)\b/i;
const PART_TOKEN = tokenise('parts')[0];
/** Words by which a product says it is a part of some article rather than the article itself. */
const PART_WORDS = tokenise('part parts component components spare spares accessory accessories replacement');

const BASE_METAL_WORDS = tokenise('base metal');
const PRECIOUS_CONTRAST = /\bprecious metals?\b|\bother than base metals?\b/;

/**
 * "Of base metal" subheadings whose siblings set precious metal (or "other than base metal")
 * against them, each with the words of its allowed finish ("gold- or silver-plated"). There a
 * named base metal (steel, brass, zinc alloy) is the family the text means, and the finish is
 * no extra distinction; elsewhere "base metal" stays unstated, since stating it for every steel
 * product hurt the check half.
 */
export function baseMetalContrasts(index: HsIndex): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>();
  for (const heading of index.headings) {
    const texts = heading.leaves.map((l) => withoutPlating(index.leaves[l].description));
    heading.leaves.forEach((l, i) => {
      const own = splitNegations(index.leaves[l].qualifier).positive.toLowerCase();
      if (!/\bbase metals?\b/.test(own)) return;
      if (!texts.some((text, j) => j !== i && PRECIOUS_CONTRAST.test(text))) return;
      const finish = index.leaves[l].description.toLowerCase().match(PLATING_CLAUSE) ?? [];
      out.set(l, new Set(finish.flatMap((clause) => tokenise(clause))));
    });
  }
  return out;
}

interface GroupWord {
  token: string;
  weight: number;
}

const GROUP_REFERENCE = /\bn\.e\.c\.[^;]*?\bitem no\.\s*(\d{4})\.(\d)\b/i;

/**
 * Residual subheadings of a one-dash group ("Steel, stainless; tube or pipe fittings n.e.c. in item
 * no. 7307.2"), each with the other subheadings of its group and the words all of them use.
 */
type GroupShares = Map<number, { members: number[]; shared: Set<string> }>;

export function groupResidualShares(index: HsIndex): GroupShares {
  const out: GroupShares = new Map();
  const positive = (l: number) => new Set(tokenise(splitNegations(index.leaves[l].description).positive));
  for (const heading of index.headings) {
    for (const l of heading.leaves) {
      const m = GROUP_REFERENCE.exec(index.leaves[l].description);
      if (m === null) continue;
      const group = `${m[1]}${m[2]}`;
      if (!index.leaves[l].code.startsWith(group)) continue;
      const members = heading.leaves.filter((o) => o !== l && index.leaves[o].code.startsWith(group));
      if (members.length === 0) continue;
      const sets = members.map(positive);
      out.set(l, { members, shared: new Set([...sets[0]].filter((t) => sets.every((set) => set.has(t)))) });
    }
  }
  return out;
}

/**
 * The residuals of groupResidualShares with the words their group shares, each at the smallest
 * text-match weight any member gives it: the residual shares what its group shares.
 */
export function groupResiduals(index: HsIndex, shares: GroupShares = groupResidualShares(index)): Map<number, GroupWord[]> {
  const out = new Map<number, GroupWord[]>();
  const weightOf = (token: string, leaf: number): number => {
    const list = index.leafPostings.docs.get(token);
    if (list === undefined) return 0;
    const at = list.ids.indexOf(leaf);
    return at < 0 ? 0 : list.weights[at];
  };
  for (const [l, { members, shared }] of shares) {
    const words = [...shared].map((token) => ({ token, weight: Math.min(...members.map((o) => weightOf(token, o))) })).filter((w) => w.weight > 0);
    if (words.length > 0) out.set(l, words);
  }
  return out;
}

/**
 * Subheadings whose text says "non-X" ("non-monetary", "non-corrugated", "non-refillable") while a
 * sibling says X without the prefix: the X sibling is the marked case, which a product must state.
 */
const WITHOUT = /\bwithout ([a-z-]+(?: [a-z-]+){0,3})/g;
export function unmarkedSiblings(index: HsIndex): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>();
  const NON = /\bnon-([a-z]+)/g;
  for (const heading of index.headings) {
    const texts = heading.leaves.map((l) => index.leaves[l].description.toLowerCase());
    heading.leaves.forEach((l, i) => {
      const marks = new Set<string>();
      for (const m of texts[i].matchAll(NON)) {
        const token = canonicalWord(m[1]);
        if (token === null) continue;
        const plain = new RegExp(`(?<!non-)\\b${m[1]}\\b`);
        if (texts.some((text, j) => j !== i && plain.test(text))) marks.add(token);
      }
      // "Without patterns in relief" against a sibling "with patterns in relief": likewise.
      for (const m of texts[i].replace(/\bwith or without\b/g, '').matchAll(WITHOUT)) {
        const plain = new RegExp(`(?<!out)\\bwith ${m[1].replace(/-/g, '\\-')}\\b`);
        if (!texts.some((text, j) => j !== i && plain.test(text))) continue;
        for (const token of tokenise(m[1])) marks.add(token);
      }
      if (marks.size > 0) out.set(l, marks);
    });
  }
  return out;
}

/** Subheadings whose own words say "parts" while a sibling's do not (the heading's parts subheading). */
export function partsSiblings(index: HsIndex): Set<number> {
  const out = new Set<number>();
  const saysParts = (l: number) => tokenise(splitNegations(index.leaves[l].description).positive).includes(PART_TOKEN);
  for (const heading of index.headings) {
    const flags = heading.leaves.map(saysParts);
    if (flags.every(Boolean)) continue;
    heading.leaves.forEach((l, i) => {
      if (flags[i]) out.add(l);
    });
  }
  return out;
}

/** The word and its likely singular forms, as WordNet lists nouns under their lemma. */
export function nounForms(raw: string): string[] {
  const w = raw.toLowerCase();
  if (w.length < 3 || /\d/.test(w)) return [];
  const forms = [w];
  if (w.endsWith('ies')) forms.push(`${w.slice(0, -3)}y`);
  if (w.endsWith('es')) forms.push(w.slice(0, -2));
  if (w.endsWith('s') && !w.endsWith('ss')) forms.push(w.slice(0, -1));
  return forms;
}

/**
 * Materials in order of statement, except that the bare word "metal" (or "alloy") stands in for
 * the metal named after it: "Material: Metal; Metals Type: Silver" is silver, while a base metal
 * stated before a precious one ("Metals Type: Copper", then "S925 post") makes a base-metal article.
 */
export function chiefMetalFirst(materials: Material[]): Material[] {
  const generic = materials.indexOf('base_metal');
  if (generic < 0) return materials;
  const named = materials.findIndex((m, i) => i > generic && MATERIALS[m].metal === true);
  if (named < 0) return materials;
  const out = materials.filter((_, i) => i !== named);
  out[generic] = materials[named];
  return out;
}

function sameFamily(m: Material, query: Set<Material>): boolean {
  const spec = MATERIALS[m];
  for (const q of query) {
    const other = MATERIALS[q];
    if (spec.textile === true && (q === 'synthetic' || q === 'artificial') && (m === 'synthetic' || m === 'artificial')) return true;
    if (m === 'ceramic' && q === 'porcelain') return true;
    if (m === 'silver' && other.precious === true && q === 'silver') return true;
  }
  return false;
}

/** Postings are built in id order, so membership is a binary search. */
function contains(postings: LevelPostings, token: string, id: number): boolean {
  const ids = postings.docs.get(token)?.ids;
  if (ids === undefined) return false;
  let lo = 0;
  let hi = ids.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ids[mid] === id) return true;
    if (ids[mid] < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

function accumulate(postings: LevelPostings, query: Map<string, number>): Float32Array {
  const scores = new Float32Array(postings.size);
  for (const [token, weight] of query) {
    const list = postings.docs.get(token);
    if (list === undefined) continue;
    for (let i = 0; i < list.ids.length; i++) scores[list.ids[i]] += weight * list.weights[i];
  }
  return scores;
}
