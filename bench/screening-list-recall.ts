/**
 * List-recall test: variants of real listed names must still be found, and ordinary company names
 * (not taken from the lists) must not raise alerts. Variants are generated from the loaded lists
 * with a seeded generator, so every run tests the same cases.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { screenParty, type ScreeningContext } from 'src/agents/due-diligence/party-screener';
import type { SanctionsEntry } from 'src/agents/due-diligence/sanctions-entry';

export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type VariantKind = 'typo' | 'swapped-order' | 'legal-form-dropped' | 'legal-form-changed' | 'transliteration' | 'case-punctuation';

export interface Variant {
  kind: VariantKind;
  original: string;
  variant: string;
  entry: SanctionsEntry;
}

const LEGAL_SWAPS: Array<[RegExp, string[]]> = [
  [/\bLIMITED\b(?! LIABILITY)/u, ['LTD', 'Ltd.']],
  [/\bLTD\.?(?=\s|$)/u, ['LIMITED', 'Limited']],
  [/\bCO\.,? LTD\.?/u, ['COMPANY LIMITED', 'Co Ltd']],
  [/(?<!STOCK |LIABILITY )\bCOMPANY\b/u, ['CO.', 'Co']],
  [/\bCORPORATION\b/u, ['CORP.', 'Corp']],
  [/\bCORP\.?(?=\s|$)/u, ['CORPORATION']],
  [/\bINC\.?(?=\s|$)/u, ['INCORPORATED']],
  [/\bL\.?L\.?C\.?(?=\s|$)/u, ['LIMITED LIABILITY COMPANY', 'Ltd']],
  [/\bS\.A\.?(?=\s|$)/u, ['SA', 'SOCIEDAD ANONIMA']],
  [/\bJOINT STOCK COMPANY\b/u, ['JSC']],
  [/\bJSC\b/u, ['JOINT STOCK COMPANY']],
  [/\bGMBH\b/u, ['G.M.B.H.']],
];
const LEGAL_DROP = /,?\s*\b(?:(?:PUBLIC |PRIVATE |CLOSED |OPEN )?JOINT[- ]STOCK COMPANY|LIMITED LIABILITY COMPANY|S\.A\. DE C\.V\.|CO\.,? LTD\.?|COMPANY LIMITED|LIMITED|LTD\.?|LLC|L\.L\.C\.|INC\.?|CORP\.?|CORPORATION|S\.A\.|SA|GMBH|JSC|PJSC|OJSC|CJSC|OOO|AO|FZE|FZCO|PLC|SARL|S\.R\.L\.|SRL|PTE\.? LTD\.?|SDN\.? BHD\.?|COMPANY|CO\.)(?=\s|$|,)/gu;
const TRANSLIT: Array<[RegExp, string]> = [
  [/KH/u, 'H'], [/OU/u, 'U'], [/Y(?=[AEIOU])/u, 'I'], [/IY$/u, 'Y'], [/EE/u, 'I'], [/OV$/u, 'OFF'], [/SH/u, 'SCH'], [/^J/u, 'DJ'],
  [/W/u, 'V'], [/Q/u, 'K'], [/PH/u, 'F'], [/^AL-/u, 'EL-'], [/^MOHAMMED$/u, 'MUHAMMAD'], [/TS/u, 'TZ'], [/IA$/u, 'IYA'],
];

const ENGLISH_WORDS = /^(?:.{0,2}|JOINT(?:-STOCK)?|JSC|PJSC|OJSC|CJSC|STOCK|COMPANY|LIMITED|LIABILITY|PUBLIC|PRIVATE|CLOSED|OPEN|SHORE|OFF|THE|AND|OF|FOR|INTERNATIONAL|TRADING|GROUP|HOLDING|SHIPPING|INDUSTRIAL|CORPORATION|INVESTMENT|BANK|COMPLEX)[,.]?$/u;

function typo(name: string, rnd: () => number): string {
  const words = name.split(' ');
  const candidates = words.map((w, i) => [w, i] as const).filter(([w]) => /^[A-Z]{5,}$/u.test(w));
  if (!candidates.length) return name;
  const [w, i] = candidates[Math.floor(rnd() * candidates.length)];
  // Position 0 is left alone: keyboard and OCR errors in a name's first letter are rare, and the
  // matcher deliberately treats a changed first letter as a different word.
  const pos = 1 + Math.floor(rnd() * (w.length - 1));
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const op = Math.floor(rnd() * 4);
  let out: string;
  if (op === 0) out = w.slice(0, pos) + letters[Math.floor(rnd() * 26)] + w.slice(pos + 1);
  else if (op === 1) out = w.slice(0, pos) + w.slice(pos + 1);
  else if (op === 2) out = w.slice(0, pos) + letters[Math.floor(rnd() * 26)] + w.slice(pos);
  else out = pos < w.length - 1 ? w.slice(0, pos) + w[pos + 1] + w[pos] + w.slice(pos + 2) : w.slice(0, pos - 1) + w[pos] + w[pos - 1];
  words[i] = out;
  return words.join(' ');
}

export function generateVariants(entries: SanctionsEntry[], perKind: number, seed = 20240503): Variant[] {
  const rnd = seededRandom(seed);
  const pool = entries.filter((e) => /^[A-Z0-9 ,.'&()-]+$/u.test(e.name) && e.name.replace(/[^A-Z]/gu, '').length >= 6 && e.list !== 'un_sc' ? true : e.list === 'un_sc' && /^[A-Za-z ,.'-]+$/u.test(e.name) && e.name.length >= 6);
  const pick = () => pool[Math.floor(rnd() * pool.length)];
  const out: Variant[] = [];
  const add = (kind: VariantKind, make: (e: SanctionsEntry) => string | null, filter: (e: SanctionsEntry) => boolean = () => true) => {
    let made = 0;
    for (let attempts = 0; made < perKind && attempts < perKind * 200; attempts += 1) {
      const e = pick();
      if (!filter(e)) continue;
      const v = make(e);
      if (!v || v === e.name || !v.trim()) continue;
      out.push({ kind, original: e.name, variant: v, entry: e });
      made += 1;
    }
  };
  const plain = (e: SanctionsEntry) => (e.type === 'individual' && e.name.includes(',') ? `${e.name.split(',')[1].trim()} ${e.name.split(',')[0].trim()}` : e.name);
  add('typo', (e) => typo(plain(e).toUpperCase(), rnd));
  add('swapped-order', (e) => {
    const words = plain(e).replace(LEGAL_DROP, '').split(/\s+/u).filter(Boolean);
    if (words.length < 2) return null;
    return [...words.slice(1), words[0]].join(' ');
  });
  const entity = (e: SanctionsEntry) => e.type === 'entity';
  add('legal-form-dropped', (e) => {
    const v = e.name.replace(LEGAL_DROP, '').replace(/\s{2,}/gu, ' ').trim();
    return v.split(' ').length >= 1 && v.length >= 4 && v !== e.name ? v : null;
  }, entity);
  add('legal-form-changed', (e) => {
    const swaps = LEGAL_SWAPS.filter(([re]) => re.test(e.name));
    if (!swaps.length) return null;
    const [re, options] = swaps[Math.floor(rnd() * swaps.length)];
    return e.name.replace(re, options[Math.floor(rnd() * options.length)]);
  }, entity);
  add('transliteration', (e) => {
    // Romanisation differences apply to the name's own words, not to English legal words.
    const words = plain(e).toUpperCase().split(' ');
    const options = words.flatMap((w, i) => (ENGLISH_WORDS.test(w) ? [] : TRANSLIT.filter(([re]) => re.test(w)).map((rule) => [i, rule] as const)));
    if (!options.length) return null;
    const [i, [re, rep]] = options[Math.floor(rnd() * options.length)];
    words[i] = words[i].replace(re, rep);
    return words.join(' ');
  });
  add('case-punctuation', (e) => plain(e).toLowerCase().replace(/[.,]/gu, '').replace(/-/gu, ' ').replace(/\b\w/gu, (c) => c.toUpperCase()));
  return out;
}

/** Company names that are not on the lists: Northwind suppliers and customers plus generated names. */
export function ordinaryCompanyNames(supplyChainDir: string, generated: number, seed = 77): string[] {
  const names: string[] = [];
  for (const file of ['suppliers.csv', 'customers.csv']) {
    try {
      const rows = parse<Record<string, string>>(readFileSync(join(supplyChainDir, 'northwind', file), 'utf8'), { columns: true, skip_empty_lines: true });
      for (const r of rows) {
        const n = r.companyName ?? r.CompanyName ?? r.company_name;
        if (n) names.push(n);
      }
    } catch {
      // Missing Northwind files only shrink the sample.
    }
  }
  const rnd = seededRandom(seed);
  const a = ['Silver', 'Bright', 'Oak', 'River', 'Stone', 'Maple', 'Harbor', 'Summit', 'Blue', 'Green', 'Cedar', 'Golden', 'Iron', 'Falcon', 'Willow', 'Copper', 'Northfield', 'Lake', 'Pine', 'Red', 'Crystal', 'Meadow', 'Eagle', 'Granite', 'Sunrise'];
  const b = ['line', 'water', 'brook', 'field', 'gate', 'ridge', 'view', 'wood', 'stone', 'point', 'crest', 'haven', 'dale', 'port', 'bridge'];
  const c = ['Packaging', 'Logistics', 'Foods', 'Textiles', 'Components', 'Plastics', 'Electronics', 'Furniture', 'Paper', 'Tools', 'Coatings', 'Farms', 'Dairy', 'Printing', 'Metals', 'Pharma', 'Ceramics', 'Glass', 'Seeds', 'Apparel'];
  const d = ['Ltd', 'Inc.', 'GmbH', 'LLC', 'S.A.', 'B.V.', 'Pty Ltd', 'Co., Ltd.', 'S.r.l.', 'AB', 'Oy', 'Sp. z o.o.', 'Corp.', 'PLC', 'SAS'];
  const pickOf = <T>(arr: T[]) => arr[Math.floor(rnd() * arr.length)];
  for (let i = 0; i < generated; i += 1) names.push(`${pickOf(a)}${pickOf(b)} ${pickOf(c)} ${pickOf(d)}`);
  return names;
}

export interface ListRecallResult {
  variants: number;
  found: number;
  recall: number;
  byKind: Record<string, { n: number; found: number; recall: number }>;
  misses: Array<{ kind: string; original: string; variant: string }>;
  ordinaryNames: number;
  falseAlerts: number;
  falseAlertRate: number;
  falseAlertExamples: Array<{ name: string; listed: string; score: number }>;
}

export function runListRecall(ctx: ScreeningContext, supplyChainDir: string, perKind = 200): ListRecallResult {
  const variants = generateVariants(ctx.index.entries, perKind);
  const byKind: ListRecallResult['byKind'] = {};
  const misses: ListRecallResult['misses'] = [];
  let found = 0;
  for (const v of variants) {
    const hits = screenParty({ name: v.variant, type: v.entry.type === 'individual' ? 'individual' : undefined }, ctx);
    const ok = hits.some((h) => h.entryId === v.entry.id && h.list === v.entry.list);
    const k = (byKind[v.kind] ??= { n: 0, found: 0, recall: 0 });
    k.n += 1;
    if (ok) {
      k.found += 1;
      found += 1;
    } else misses.push({ kind: v.kind, original: v.original, variant: v.variant });
  }
  for (const k of Object.values(byKind)) k.recall = k.found / k.n;
  const ordinary = ordinaryCompanyNames(supplyChainDir, 1000);
  const falseAlertExamples: ListRecallResult['falseAlertExamples'] = [];
  let falseAlerts = 0;
  for (const name of ordinary) {
    const hits = screenParty({ name }, ctx);
    if (hits.length) {
      falseAlerts += 1;
      falseAlertExamples.push({ name, listed: hits[0].matchedName, score: hits[0].nameScore });
    }
  }
  return {
    variants: variants.length,
    found,
    recall: found / variants.length,
    byKind,
    misses,
    ordinaryNames: ordinary.length,
    falseAlerts,
    falseAlertRate: falseAlerts / ordinary.length,
    falseAlertExamples,
  };
}
