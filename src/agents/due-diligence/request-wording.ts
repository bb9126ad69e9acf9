/**
 * Telling a request that names a party from conversation around it. Free text reaches the parser
 * with greetings, politeness and imperatives around the name ("Hello, could you please screen
 * Mahan Air"), or with no party at all ("Hi there!", "What can you do?", "asdf"). Screening such
 * text as a party clears a name nobody asked about and charges for it, so the rules here decide
 * (1) what to strip before the name and (2) whether what is left can be a party's name at all.
 */

/** Words of conversation, questions about the agent and filler; none of them names a party on its own. */
const CONVERSATIONAL = new Set(
  (
    'i me my mine myself you your yours yourself we us our ours it its they them their he him his she her this that these those there here ' +
    'am is are was were be been being do does did done doing can could would will shall should may might must have has had having get got ' +
    'what who whom whose which when where why how whats hows whos ' +
    'to in on at with about from by or but not no nor yes yeah yep nope just only also too very really quite some any all lot lots much many more ' +
    'please pls plz kindly hi hello hey hiya howdy yo greetings morning afternoon evening night day good bye goodbye cheers thanks thank thx ty ' +
    'welcome sorry ok okay k sure cool great fine well oh ah hmm uh um lol haha hahaha hehe lmao rofl omg wow yay ' +
    'test testing tests ping pong foo bar baz dummy sample example whatever nothing something anything everything thing things stuff ' +
    'tell say help know want need like think make give show explain describe try ask answer reply talk chat go going work works ' +
    'joke jokes story poem song fun funny bored boring weather time today tomorrow yesterday now again up out over ' +
    'agent bot assistant ai robot human friend buddy guys everyone everybody anyone somebody someone people name doing able capable ' +
    'im youre dont cant wont isnt'
  ).split(/\s+/u),
);

/**
 * Words that join the parts of a real name ("Bank of the West", "Abd al Rahman"); they neither
 * make text a name nor make it conversation.
 */
const CONNECTORS = new Set('a an the of and for de del della la le du des da do dos das al el ul bin ibn bint van von der den y e et &'.split(' '));

/** Legal forms: a lower-case "acme trading llc" still names a company. */
const LEGAL_FORMS = new Set(
  (
    'llc l.l.c. ltd ltd. limited inc inc. incorporated corp corp. corporation co co. company gmbh ag kg ohg ug plc llp lp sa s.a. sas sarl s.a.r.l. ' +
    'srl s.r.l. spa s.p.a. bv b.v. nv n.v. ab oy oyj as a/s aps asa jsc pjsc ojsc cjsc ooo zao oao ao pao fze fzco fzc fz-llc pte pvt bhd sdn tbk ' +
    'pty kk kabushiki kaisha sl s.l. lda ltda eirl sae saog wll w.l.l. est establishment trading holding holdings group bank'
  ).split(/\s+/u),
);

const KEYBOARD_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

function keyboardAdjacent(a: string, b: string): boolean {
  return KEYBOARD_ROWS.some((row) => {
    const i = row.indexOf(a);
    return i >= 0 && Math.abs(row.indexOf(b) - i) === 1 && row.includes(b);
  });
}

/**
 * A Latin word typed without meaning: keyboard runs ("asdf", "qwerty", "hjkl"), alphabet runs
 * ("abc"), one letter or a short chunk repeated ("zzzz", "asdasd"), or a lower-case word of four
 * or more letters with no vowel ("xkcd"). All-capital words of up to four letters are exempt, and
 * longer ones from the vowel and tripled-letter rules: acronyms ("SDS", "HSBC", "NIIIT") name real
 * listed parties.
 */
export function isGibberishWord(word: string): boolean {
  // "WWW.SERCUBA.COM", "AL-NUR": judged by parts, so one odd part does not condemn the word.
  const parts = word.split(/[.'’-]+/u).filter(Boolean);
  if (parts.length > 1) return parts.every((p) => isGibberishWord(p));
  const w = word.toLowerCase().replace(/[^a-z]/gu, '');
  if (w.length < 3 || w.length !== word.replace(/[^\p{L}]/gu, '').length) return false;
  const allCaps = word === word.toUpperCase();
  // Short all-capital words are acronyms ("SDS", "HSBC"), whatever their letters.
  if (allCaps && w.length <= 4) return false;
  let keyboardPairs = 0;
  let alphabetPairs = 0;
  for (let i = 1; i < w.length; i += 1) {
    if (keyboardAdjacent(w[i - 1], w[i])) keyboardPairs += 1;
    if (w.charCodeAt(i) - w.charCodeAt(i - 1) === 1) alphabetPairs += 1;
  }
  const pairs = w.length - 1;
  // Real names do have some adjacent-key pairs ("Ruiz": u-i); a mash has almost nothing else.
  if (keyboardPairs === pairs || (w.length >= 5 && keyboardPairs >= pairs - 1)) return true;
  if (alphabetPairs === pairs) return true;
  if (/^(.{1,3})\1{2,}$/u.test(w) || (!allCaps && /(.)\1\1/u.test(w))) return true;
  return !allCaps && w.length >= 4 && !/[aeiouy]/u.test(w);
}

function words(text: string): string[] {
  return text
    .split(/[\s,;:/()+]+/u)
    .map((w) => w.replace(/^[^\p{L}\p{N}&]+|[^\p{L}\p{N}.]+$/gu, ''))
    .filter(Boolean);
}

/** Letters of a script without letter case (Arabic, Han, Hangul, Thai, Hebrew, Burmese...), or any non-Latin letter. */
function isNonLatinLetterWord(word: string): boolean {
  return /[\p{L}]/u.test(word) && /[^\p{Script=Latin}\p{N}\p{P}\p{S}\p{M}]/u.test(word);
}

/**
 * Whether the text left after courtesies and locations can be the name of an organisation,
 * person or vessel. A name token is a capitalised or all-capital word that is neither
 * conversation nor gibberish, or a word in a non-Latin script. Lower-case text counts only when it
 * carries a legal form, or, with `lowerCase` (the caller typed a screening request or nothing but
 * the name), when none of its words is conversation or gibberish ("mahan air").
 */
export function namesAParty(name: string, lowerCase = true): boolean {
  const ws = words(name);
  if (!ws.some((w) => /\p{L}/u.test(w))) return false;
  const lower = ws.map((w) => w.toLowerCase());
  const content = ws.filter((_, i) => !CONNECTORS.has(lower[i]) && /\p{L}/u.test(ws[i]));
  if (lower.some((w) => LEGAL_FORMS.has(w) || LEGAL_FORMS.has(w.replace(/\.$/u, ''))) && content.some((w) => !LEGAL_FORMS.has(w.toLowerCase()) && !CONVERSATIONAL.has(w.toLowerCase()))) {
    return true;
  }
  const conversational = (w: string) => CONVERSATIONAL.has(w.toLowerCase().replace(/['’.]/gu, ''));
  if (content.some((w) => isNonLatinLetterWord(w))) return true;
  // Designations mixing letters and digits ("M23", "33RD", "P-532") name units, vessels and aircraft.
  if (content.some((w) => /\p{L}/u.test(w) && /\p{N}/u.test(w))) return true;
  const capitalised = (w: string) => /^\p{Lu}/u.test(w) && !conversational(w) && !isGibberishWord(w);
  if (content.some(capitalised)) return true;
  // A bare number names something only beside a capitalised word that is not conversation ("EL 63").
  if (ws.some((w) => /^\p{N}+$/u.test(w)) && ws.some((w) => /^\p{Lu}/u.test(w) && !conversational(w))) return true;
  return lowerCase && content.length > 0 && content.every((w) => !conversational(w) && !isGibberishWord(w));
}

/** Screening vocabulary: text using it wants a screening even when it names no party yet. */
const SCREENING_INTENT =
  /\b(?:screen\w*|check\w*|vet|vetting|verify|investigate|due diligence|dd|kyc|kyb|aml|sanction\w*|blacklist\w*|watch ?list\w*|background|look up|supplier|customer|vendor|counterparty|client|buyer|seller|distributor|vessel|ship|company|party|entity)\b/iu;

export function hasScreeningIntent(text: string): boolean {
  return SCREENING_INTENT.test(text);
}

const GREETING = String.raw`(?:hi|hello|hey|hiya|howdy|yo|greetings|good\s+(?:morning|afternoon|evening|day)|dear\s+(?:sir|madam|team|all|agent)|many\s+thanks|thanks?(?:\s+you)?|thank\s+you|ok(?:ay)?)(?:\s+(?:there|team|all|everyone|agent|again|so\s+much|a\s+lot))?`;
const POLITE = String.raw`(?:please|pls|plz|kindly|(?:can|could|would|will)\s+you(?:\s+please)?|(?:i|we)(?:'d|\s+would)?\s+(?:like|want|need)(?:\s+you)?\s+to|(?:i|we)\s+(?:need|want|would\s+like|'d\s+like)|let(?:'s|\s+us|\s+me)|help\s+me|tell\s+me\s+about|what\s+about|what\s+do\s+you\s+know\s+about|do\s+you\s+know|(?:any\s+)?(?:info|information)\s+(?:on|about)|find\s+out\s+about|look\s+into)`;
const IMPERATIVE = String.raw`(?:(?:run|do|perform|carry\s+out|start|make)\s+)?(?:a\s+|an\s+)?(?:(?:due\s+diligence|dd|kyc|kyb|aml|sanctions?|screening|background|compliance)(?:\s+(?:check|report|screen(?:ing)?|review|search))?(?:\s+(?:on|for|of|against))?|(?:screen|check|vet|verify|investigate|look\s+up|search(?:\s+for)?)(?:\s+(?:on|for))?|is)`;
/** A greeting must end in punctuation or lead into politeness or an imperative, so "Hello Kitty Ltd" keeps its name. */
const LEADING = [
  new RegExp(String.raw`^${GREETING}\b(?:\s*[,!.:;-]+\s*|\s*$|\s+(?=${POLITE}\b|${IMPERATIVE}\b))`, 'iu'),
  new RegExp(String.raw`^${POLITE}\b[\s,:]*`, 'iu'),
  new RegExp(String.raw`^${IMPERATIVE}\b\s*:?\s*`, 'iu'),
];
const TRAILING = /(?:[\s,]+(?:please|pls|plz|for\s+me|for\s+us|thanks?(?:\s+you)?|thank\s+you|asap|if\s+you\s+can|if\s+possible))+\s*[?.!]*$/iu;

/**
 * Strips greetings, politeness and screening imperatives in front of the name, in any order and
 * repeated ("Hello, could you please run a sanctions check on ..."), and courtesies after it.
 */
export function stripCourtesies(text: string): string {
  let rest = text.trim();
  for (let changed = true; changed && rest; ) {
    changed = false;
    for (const re of LEADING) {
      const next = rest.replace(re, '');
      if (next !== rest) {
        rest = next.trimStart();
        changed = true;
      }
    }
  }
  return rest.replace(TRAILING, '').trim();
}
