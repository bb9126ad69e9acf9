import { asciiFold as anyAscii } from 'src/common/ascii-fold';

/**
 * One normaliser for both the nomenclature and the queries: whatever it does to "T-shirts" in a
 * product title it also does to "T-shirts" in heading 6109, so matching never depends on spelling.
 */

/** Words that carry no product meaning, in nomenclature prose or in marketplace titles. */
const STOPWORDS = new Set(
  (
    'a an and or the of for to in on at by with without from as is are be been being it its this that these those ' +
    'which whether not nor than such other others etc thereof therefor therewith including include includes excluding ' +
    'exclude except kind kinds type types like similar whose into onto per each any all both either also only more most ' +
    'less least use used using suitable solely principally mainly chiefly wholly partly item items no heading subheading ' +
    'chapter nec n e c i ii iii product products goods article articles thing things set sets piece pieces pcs pc lot ' +
    'new hot sale high quality fashion fashionable style stylish vintage retro luxury premium gift gifts cute cool best ' +
    'beautiful elegant classic trendy popular original genuine brand free shipping wholesale bulk diy creative simple ' +
    'personality personalized personalised exquisite gorgeous versatile unique charming lovely chic elegant ' +
    'european american korean japanese 2020 2021 2022 2023 2024 2025 s m l xl xxl xs size color colour colors colours ' +
    'black blue green yellow pink purple grey gray brown orange beige gold-colour multicolor my your our ' +
    'you i we me us he she they them his her their can will would should could may might must do does did have has had ' +
    'very so too just about over under up down out off again further then once here there when where why how what who'
  ).split(/\s+/),
);

/** British spellings are what the nomenclature uses; US spellings and common variants map onto them. */
const SPELLING: Record<string, string> = {
  jewelry: 'jewellery', jewelery: 'jewellery', jewel: 'jewellery', jewels: 'jewellery',
  aluminum: 'aluminium', color: 'colour', colored: 'coloured', fiber: 'fibre', fibers: 'fibres',
  tire: 'tyre', tires: 'tyres', gray: 'grey', liter: 'litre', liters: 'litres', center: 'centre',
  mold: 'mould', molds: 'moulds', molded: 'moulded', molding: 'moulding', catalog: 'catalogue',
  harbor: 'harbour', odor: 'odour', flavor: 'flavour', flavored: 'flavoured', flavors: 'flavours',
  woolen: 'woollen', pajamas: 'pyjamas', pajama: 'pyjamas', sulfur: 'sulphur', sulfate: 'sulphate',
  sulfide: 'sulphide', sulfuric: 'sulphuric', program: 'programme', fueled: 'fuelled', plow: 'plough',
  plows: 'ploughs', mustache: 'moustache', yogurt: 'yoghurt', aluminium: 'aluminium', grey: 'grey',
  woman: 'women', ladies: 'women', lady: 'women', female: 'women', females: 'women', girl: 'women',
  girls: 'women', womens: 'women', woman_s: 'women', man: 'men', mens: 'men', male: 'men', males: 'men',
  boy: 'men', boys: 'men', gentlemen: 'men', gents: 'men', children: 'child', kids: 'child', kid: 'child',
  infant: 'baby', infants: 'baby', babies: 'baby', toddler: 'baby', toddlers: 'baby', newborn: 'baby',
  knives: 'knife', leaves: 'leaf', shelves: 'shelf', halves: 'half', loaves: 'loaf', scarves: 'scarf',
  wives: 'wife', calves: 'calf', hooves: 'hoof', thieves: 'thief', teeth: 'tooth', feet: 'foot',
  mice: 'mouse', geese: 'goose', oxen: 'ox', dice: 'die', frozen: 'freeze', woven: 'weave',
  // The nomenclature says "loudspeakers" where titles say "speaker".
  speaker: 'loudspeaker', speakers: 'loudspeaker',
  // "Embroidered" titles meet heading 5810's "Embroidery" (the stemmer keeps the noun apart).
  embroidery: 'embroider', embroideries: 'embroider',
  shoes: 'shoe', toes: 'toe', canoes: 'canoe', hoes: 'hoe', oboes: 'oboe',
};

/**
 * Words the light stemmer would fold into a different product ("coated" into the garment "coat",
 * "moped" into "mop", "bowling" into "bowl"); they keep one fixed form instead.
 */
const PROTECTED: Record<string, string> = {
  coated: 'coated', coating: 'coated', coatings: 'coated', plated: 'plated', plating: 'plated', bearing: 'bearing',
  bearings: 'bearing', moped: 'moped', mopeds: 'moped', dressing: 'dressing', dressings: 'dressing', fitting: 'fitting',
  fittings: 'fitting', lining: 'lining', linings: 'lining', bowling: 'bowling', earring: 'earring', earrings: 'earring',
  clothing: 'clothing', wedding: 'wedding', pudding: 'pudding', fries: 'fries', glasses: 'glasses', sunglasses: 'sunglasses',
  chips: 'chip', salted: 'salted', news: 'news', lens: 'lens', species: 'species', series: 'series',
};

/**
 * Multi-word and punctuated trade terms rewritten to one token before splitting, so that
 * "t-shirt", "tee shirt" and "T shirts" meet the nomenclature's "T-shirts" as the same word.
 */
const PHRASES: Array<[RegExp, string]> = [
  [/\bn\.\s?e\.\s?c\.?|\bn\.e\.s\.?/g, ' nec '],
  [/\bt[\s-]?shirts?\b|\btee[\s-]?shirts?\b|\btees\b/g, ' tshirt '],
  [/\bman[\s-]made\b/g, ' manmade '],
  [/\bpolo[\s-]shirts?\b/g, ' polo shirt '],
  [/\bsweat[\s-]?shirts?\b/g, ' sweatshirt '],
  [/\bflip[\s-]flops?\b/g, ' flipflop '],
  [/\bear[\s-]?rings?\b/g, ' earring '],
  [/\bstainless[\s-]steel\b|\b(?:304|316l?|201)\s?(?:ss|stainless)\b/g, ' stainless steel '],
  [/\bcell(?:ular)?[\s-]?phones?\b|\bmobile[\s-]phones?\b|\bsmart[\s-]?phones?\b/g, ' smartphone '],
  [/\bhead[\s-]?phones?\b|\bear[\s-]?phones?\b|\bear[\s-]?buds?\b|\bheadsets?\b/g, ' headphone '],
  [/\bdata[\s-]processing\b/g, ' dataprocessing '],
  [/\bprinted[\s-]circuits?\b|\bpcbs?\b/g, ' printedcircuit '],
  [/\bintegrated[\s-]circuits?\b/g, ' integratedcircuit '],
  [/\bmotor[\s-]vehicles?\b/g, ' motorvehicle '],
  [/\bmotor[\s-]cars?\b/g, ' motorcar '],
  [/\bsun[\s-]?glasses\b/g, ' sunglasses '],
  [/\beye[\s-]?glasses\b|\bspectacles\b/g, ' spectacles '],
  [/\bhair[\s-]?pieces?\b/g, ' wig '],
  [/\bfalse\s+(?:eye)?lash(?:es)?\b|\beye[\s-]?lash(?:es)?\b/g, ' eyelash '],
  [/\bnail\s+polish\b|\bnail\s+varnish\b|\bnail\s+gel\b|\bgel\s+polish\b/g, ' nailpolish '],
  [/\bmake[\s-]up\b/g, ' makeup '],
  // "Iron-on" says how a patch or transfer is applied (with a household iron), not that it is of iron.
  [/\biron[\s-]?on\b/g, ' ironon '],
  [/\bpower\s+banks?\b/g, ' powerbank '],
  [/\bsolar\s+(?:panels?|cells?|modules?)\b|\bphotovoltaic\b/g, ' photovoltaic '],
  [/\blight[\s-]emitting\s+diodes?\b|\bleds?\b/g, ' led '],
  [/\bcrude\s+oil\b/g, ' crude petroleum '],
  // "Bulk" is a stopword, yet a bulk bag is the nomenclature's "flexible intermediate bulk container".
  [/\bflexible\s+intermediate\s+bulk\s+containers?\b|\b(?:bulk|jumbo|tonne|ton)\s+bags?\b|\bfibcs?\b/g, ' fibc '],
  // Customs treats "leather" of PU or PVC as plastics (Chapter 39, 4202 "plastic sheeting"), not leather.
  [/\b(?:pu|pvc|faux|synthetic|artificial|imitation|vegan|vegetarian)[\s-]+leathers?\b|\bleatherette\b|\bleatherlike\b/g, ' plastic '],
  // The nomenclature names plastics by their polymers ("polymers of ethylene", "of propylene").
  [/\bpolyethylene\b|\bpolythene\b|\b[hl]dpe\b/g, ' polyethylene ethylene '],
  [/\bpolypropylene\b/g, ' polypropylene propylene '],
  [/\bpolystyrene\b/g, ' polystyrene styrene '],
  [/\bpolyvinyl[\s-]chloride\b|\bpvc\b/g, ' pvc vinyl chloride '],
];

/** Strips an English inflection so that "knitted", "knits" and "knit" meet. Deliberately light. */
export function stem(word: string): string {
  let w = word;
  if (w.length <= 3 || /\d/.test(w)) return w;
  if (w.endsWith("'s")) w = w.slice(0, -2);
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('ied') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (/(?:x|ch|sh|z)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('oes')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) {
    const base = w.slice(0, -3);
    if (base.length >= 4 && /[aeiouy]/.test(base)) w = undouble(base);
  } else if (w.length > 4 && w.endsWith('ed') && !w.endsWith('eed')) {
    const base = w.slice(0, -2);
    if (base.length >= 3 && /[aeiouy]/.test(base)) w = undouble(base);
  }
  // "Hoodie", "scrunchie", "cookie" make their plurals in "-ies", which fold to "-y" above: the
  // singular folds the same way so both meet.
  if (w.length > 4 && w.endsWith('ie')) w = `${w.slice(0, -2)}y`;
  else if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  // Plurals in "-ies" lose the "e" of a singular in "-ey" ("whiskies" against "whiskey"): fold
  // "-ey" into "-y" so both meet. Five-letter words (honey, money) keep theirs: none has a twin.
  else if (w.length > 5 && w.endsWith('ey')) w = `${w.slice(0, -2)}y`;
  return w;
}

function undouble(w: string): string {
  return /([bdgklmnprt])\1$/.test(w) && !w.endsWith('ll') ? w.slice(0, -1) : w;
}

/** Lower-case ASCII text with trade phrases folded into single tokens. */
export function foldText(text: string): string {
  let s = anyAscii(text).toLowerCase().replace(/&/g, ' and ').replace(/[’`]/g, "'");
  for (const [pattern, replacement] of PHRASES) s = s.replace(pattern, replacement);
  return s;
}

/** Splits folded text into raw words (before stemming), keeping alphanumerics like "18k" or "316l". */
export function words(folded: string): string[] {
  return folded.split(/[^a-z0-9']+/).map((w) => w.replace(/^'+|'+$/g, '').replace(/'s$/, '')).filter((w) => w.length > 0);
}

/** Canonical form of one raw word, or null when it carries no meaning. */
export function canonicalWord(raw: string): string | null {
  const fixed = PROTECTED[raw];
  if (fixed !== undefined) return fixed;
  const spelled = SPELLING[raw] ?? raw;
  if (STOPWORDS.has(spelled)) return null;
  if (/^\d+$/.test(spelled) && spelled !== '925') return null;
  const stemmed = SPELLING[stem(spelled)] ?? stem(spelled);
  if (stemmed.length < 2 || STOPWORDS.has(stemmed)) return null;
  return stemmed;
}

/** Full pipeline: text to canonical tokens, in order, duplicates kept. */
export function tokenise(text: string): string[] {
  const out: string[] = [];
  for (const raw of words(foldText(text))) {
    const token = canonicalWord(raw);
    if (token !== null) out.push(token);
  }
  return out;
}
