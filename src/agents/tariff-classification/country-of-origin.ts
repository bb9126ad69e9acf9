import { asciiFold as anyAscii } from 'src/common/ascii-fold';
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
    if (!/origin|country|made in|^coo$/i.test(key) || typeof value !== 'string') continue;
    const found = readCountry(value, true);
    if (found !== null) return { ...found, evidence: `${key}: ${value}` };
  }
  for (const match of text.matchAll(TRIGGER)) {
    const rest = text.slice((match.index ?? 0) + match[0].length);
    const found = readCountry(rest, false);
    if (found !== null) return { ...found, evidence: `${match[0].trim()} ${found.evidence}`.trim() };
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
