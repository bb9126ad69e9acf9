import { asciiFold as anyAscii } from 'src/common/ascii-fold';
import nodeModule from 'node:module';
import countries from 'i18n-iso-countries';

/**
 * Country of origin from free text ("made in Mexico", "Origin: CN", "product of Viet Nam") and
 * from attributes. Names and codes come from the maintained ISO 3166 data of i18n-iso-countries;
 * only spellings that package lacks and traders use are added here.
 */

export interface CountryOfOrigin {
  /** ISO 3166-1 alpha-2. */
  code: string;
  /** Short English name, e.g. "China" rather than "People's Republic of China". */
  name: string;
  /** The words it was read from. */
  evidence: string;
}

const EXTRA_ALIASES: Record<string, string> = {
  'mainland china': 'CN', prc: 'CN', 'p r china': 'CN', 'pr china': 'CN', britain: 'GB', england: 'GB', scotland: 'GB',
  wales: 'GB', 'northern ireland': 'GB', america: 'US', 'u s a': 'US', 'u s': 'US', korea: 'KR', 'viet nam': 'VN',
  holland: 'NL', 'czech republic': 'CZ', czechia: 'CZ', turkiye: 'TR', 'hongkong': 'HK', 'macao': 'MO', 'ivory coast': 'CI',
  burma: 'MM', moldova: 'MD', syria: 'SY', laos: 'LA', 'south africa': 'ZA', uae: 'AE', 'emirates': 'AE', 'taiwan roc': 'TW',
};

/** The name a trader would write; the package's first name is sometimes the formal one. */
const SHORT_NAMES: Record<string, string> = {
  CN: 'China', US: 'United States', GB: 'United Kingdom', TW: 'Taiwan', RU: 'Russia', IR: 'Iran', TR: 'Turkey',
  TZ: 'Tanzania', MD: 'Moldova', SY: 'Syria', LA: 'Laos', KR: 'South Korea', BO: 'Bolivia', VE: 'Venezuela',
  CD: 'Democratic Republic of the Congo', FM: 'Micronesia',
};

function fold(text: string): string {
  return anyAscii(text).toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

let aliasTable: Map<string, string> | null = null;
let longestAlias = 1;

function aliases(): Map<string, string> {
  if (aliasTable !== null) return aliasTable;
  const table = new Map<string, string>();
  for (const [code, names] of Object.entries(countries.getNames('en', { select: 'all' }))) {
    for (const name of names) {
      const key = fold(name);
      // Two-letter names ("US", "UK") are handled as codes, with case checks.
      if (key.length > 2) table.set(key, code);
      // "Korea, Republic of" is also written "Republic of Korea".
      const comma = name.indexOf(',');
      if (comma > 0) table.set(fold(`${name.slice(comma + 1)} ${name.slice(0, comma)}`), code);
    }
  }
  for (const [alias, code] of Object.entries(EXTRA_ALIASES)) table.set(alias, code);
  longestAlias = Math.max(...[...table.keys()].map((k) => k.split(' ').length));
  aliasTable = table;
  return table;
}

export function countryName(code: string): string {
  return SHORT_NAMES[code] ?? countries.getName(code, 'en', { select: 'alias' }) ?? countries.getName(code, 'en') ?? code;
}

/** Longest country name at the start of the folded words. */
function nameAt(wordsAfter: string[]): { code: string; length: number } | null {
  const table = aliases();
  for (let n = Math.min(longestAlias, wordsAfter.length); n >= 1; n--) {
    const code = table.get(wordsAfter.slice(0, n).join(' '));
    if (code !== undefined) return { code, length: n };
  }
  return null;
}

/** How many of the leading words (lower case, ASCII) form a country name; 0 when they do not start one. */
export function countryNameLength(foldedWords: string[]): number {
  return nameAt(foldedWords)?.length ?? 0;
}

const TRIGGER = /\b(?:made in|manufactured in|produced in|assembled in|grown in|product of|produce of|country of origin|origin|coo|imported from|sourced from)\b\s*(?:is|:|-|=)?\s*/gi;

/** Reads the first origin statement in the text; null when there is none. */
export function extractCountryOfOrigin(text: string, attributes: Record<string, string> = {}): CountryOfOrigin | null {
  for (const [key, value] of Object.entries(attributes)) {
    if (!ORIGIN_KEY.test(key) || typeof value !== 'string') continue;
    const found = readCountry(value, true) ?? foreignCountryAt(value);
    if (found !== null) return { ...found, evidence: `${key}: ${value}` };
  }
  for (const match of text.matchAll(TRIGGER)) {
    const rest = text.slice((match.index ?? 0) + match[0].length);
    const found = readCountry(rest, false) ?? foreignCountryAt(rest);
    if (found !== null) return { ...found, evidence: `${match[0].trim()} ${found.evidence}`.trim() };
  }
  return foreignOriginStatement(text);
}

const ORIGIN_KEY = /origin|country|made in|^coo$|产地|產地|原産|원산지|xuất xứ|origen|origem|origine|herkunft|происхожд|menşe|asal|منشأ|मूल देश|pochodzenia|herkomst/iu;

/**
 * Origin statements in the languages the trade glossaries read: a phrase that introduces the
 * country ("xuất xứ Việt Nam", "hecho en México", "сделано в Китае", "原产地：中国") or, in Chinese,
 * Japanese and Korean, a word that follows it ("中国制造", "日本製", "한국산").
 */
const FOREIGN_TRIGGER = new RegExp(
  '(?:' +
  [
    'xuất xứ', 'sản xuất tại', 'hecho en', 'fabricado en', 'producido en', 'país de origen', 'origen', 'fabricado em', 'produzido em',
    'feito em', 'origem', 'fabriqué en', "pays d'origine", 'origine', 'prodotto in', 'fabbricato in', 'hergestellt in', 'herkunftsland',
    'ursprungsland', 'herkunft', 'сделано в', 'произведено в', 'страна происхождения', 'страна производства', 'производство', 'menşei',
    'üretim yeri', 'negara asal', 'dibuat di', 'buatan', 'asal', 'ผลิตใน', 'ประเทศ', '原产地', '原產地', '产地', '產地', '原産国', '原産地',
    '生产国', '製造国', '원산지', '제조국', 'صنع في', 'صنع ف', 'بلد المنشأ', 'بلد الصنع', 'المنشأ', 'منشأ', 'मेड इन', 'मूल देश', 'उत्पत्ति देश',
    'उद्गम देश', 'wyprodukowano w', 'wyprodukowane w', 'wyprodukowany w', 'kraj pochodzenia', 'kraj produkcji', 'pochodzenie', 'gemaakt in',
    'geproduceerd in', 'vervaardigd in', 'land van herkomst', 'herkomst',
  ].join('|') + ')\\s*[:：-]?\\s*',
  'giu',
);
const FOREIGN_SUFFIX = /^(?:制造|製造|生产|生產|产|產|製|産|생산|산|\s*में\s*(?:निर्मित|बना|बनी|बने|उत्पादित))/u;
const ORIGIN_LOCALES = ['zh', 'ja', 'ko', 'th', 'vi', 'id', 'es', 'pt', 'fr', 'it', 'de', 'ru', 'tr', 'ar', 'hi', 'pl', 'nl'];
/** Short names the package gives only in their formal form (中華人民共和国, КНР). */
const FOREIGN_ALIASES: Record<string, string> = {
  中国: 'CN', 中國: 'CN', 台湾: 'TW', 台灣: 'TW', 香港: 'HK', 韓国: 'KR', 韓國: 'KR', 韩国: 'KR', アメリカ: 'US', 米国: 'US', 한국: 'KR',
  китай: 'CN', корея: 'KR', америка: 'US', 'южная корея': 'KR', 'états-unis': 'US', 'stati uniti': 'US', 'corea del sur': 'KR', 'ee uu': 'US',
  'trung hoa': 'CN',
  // Hindi loan names; Polish after "w" (in), where country names take the locative case.
  इंडिया: 'IN', चाइना: 'CN', polsce: 'PL', chinach: 'CN', niemczech: 'DE', włoszech: 'IT', indiach: 'IN', turcji: 'TR', wietnamie: 'VN',
  japonii: 'JP', hiszpanii: 'ES', francji: 'FR', czechach: 'CZ', holandii: 'NL', tajlandii: 'TH', bangladeszu: 'BD', pakistanie: 'PK', ukrainie: 'UA',
};

let foreignTable: Array<{ key: string; code: string }> | null = null;

/** Country names in the glossary languages, longest first, keyed as `foreignKey` writes them. */
function foreignNames(): Array<{ key: string; code: string }> {
  if (foreignTable !== null) return foreignTable;
  const table = new Map<string, string>();
  for (const locale of ORIGIN_LOCALES) {
    countries.registerLocale(nodeModule.createRequire(__filename)(`i18n-iso-countries/langs/${locale}.json`) as countries.LocaleData);
    for (const [code, names] of Object.entries(countries.getNames(locale, { select: 'all' }))) {
      for (const name of names) if (name.length >= 2 && !table.has(foreignKey(name))) table.set(foreignKey(name), code);
    }
  }
  for (const [name, code] of Object.entries(FOREIGN_ALIASES)) table.set(foreignKey(name), code);
  foreignTable = [...table].map(([key, code]) => ({ key, code })).sort((a, b) => b.key.length - a.key.length);
  return foreignTable;
}

/** Lower case; Latin letters without accents (Việt Nam, viet nam), other scripts as written. */
function foreignKey(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\p{Script=Latin}]+/gu, (w) => anyAscii(w).toLowerCase())
    .replace(/\s+/gu, ' ');
}

/**
 * A country name at the start of `text` in one of the glossary languages. A Cyrillic name may
 * end otherwise after a preposition (Китай, в Китае), so its last letter need not match.
 */
function foreignCountryAt(text: string): CountryOfOrigin | null {
  const head = foreignKey(text.trimStart()).slice(0, 60);
  for (const { key, code } of foreignNames()) {
    const cyrillic = /^\p{Script=Cyrillic}/u.test(key) && key.length >= 5;
    const stem = cyrillic ? key.slice(0, -1) : key;
    if (!head.startsWith(stem)) continue;
    const after = head.slice(stem.length + (cyrillic ? 2 : 0));
    // A Latin or Cyrillic name ends where its word does (Chine, not Chinese).
    if (/^[\p{Script=Latin}\p{Script=Cyrillic}]/u.test(key) && /^\p{L}/u.test(cyrillic ? head.slice(stem.length + 2) : after)) continue;
    return { code, name: countryName(code), evidence: text.trimStart().slice(0, stem.length + (cyrillic ? 1 : 0)) };
  }
  return null;
}

/** "中国制造", "日本製", "한국산": a country name followed by a word for made or produced. */
function foreignOriginStatement(text: string): CountryOfOrigin | null {
  for (const match of text.matchAll(FOREIGN_TRIGGER)) {
    const found = foreignCountryAt(text.slice((match.index ?? 0) + match[0].length));
    if (found !== null) return { ...found, evidence: `${match[0]}${found.evidence}` };
  }
  // Hindi puts the country first as well: "भारत में निर्मित" (made in India).
  if (!/[\p{Script=Han}\p{Script=Hangul}\p{Script=Katakana}\p{Script=Devanagari}]/u.test(text)) return null;
  const key = foreignKey(text);
  for (const { key: name, code } of foreignNames()) {
    if (/^\p{Script=Latin}/u.test(name)) continue;
    for (let at = key.indexOf(name); at >= 0; at = key.indexOf(name, at + 1)) {
      const suffix = FOREIGN_SUFFIX.exec(key.slice(at + name.length))?.[0];
      if (suffix !== undefined) return { code, name: countryName(code), evidence: `${name}${suffix}` };
    }
  }
  return null;
}

/** A country name or ISO code at the start of `text`. `wholeValue` accepts a bare code in any case. */
function readCountry(text: string, wholeValue: boolean): CountryOfOrigin | null {
  const words = fold(text).split(' ').filter((w) => w.length > 0);
  const named = nameAt(words);
  if (named !== null) return { code: named.code, name: countryName(named.code), evidence: words.slice(0, named.length).join(' ') };
  // Codes only in capitals ("Origin: MX"), so that "made in us" style prose is not misread... unless the value is the whole field.
  const raw = text.trim().match(/^[A-Za-z]{2,3}\b/)?.[0];
  if (raw === undefined || (!wholeValue && raw !== raw.toUpperCase())) return null;
  const upper = raw.toUpperCase();
  const code = upper.length === 2 ? (countries.isValid(upper) ? upper : undefined) : countries.alpha3ToAlpha2(upper);
  return code === undefined ? null : { code, name: countryName(code), evidence: raw };
}
