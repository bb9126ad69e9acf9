import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parseCsvRecords } from 'src/agents/due-diligence/csv-reader';
import { join } from 'node:path';

export interface Country {
  iso2: string;
  iso3: string;
  name: string;
}

/** One indicator value with where it comes from and when it was measured. */
export interface Indicator {
  name: string;
  value: number | string | null;
  scale: string;
  source: string;
  asOf: string;
  note?: string;
}

export interface JurisdictionRisk {
  country: Country;
  fatf: { status: 'call_for_action' | 'increased_monitoring' | 'not_listed'; action?: string; plenary: string; source: string };
  indicators: Indicator[];
  /** Plain-language flags for the summary ("FATF grey list", "CPI below 30"). */
  flags: string[];
}

interface FatfSnapshot {
  plenary_date: string;
  call_for_action: Array<{ name: string; action?: string; iso2: string; iso3: string }>;
  increased_monitoring: Array<{ name: string; iso2: string; iso3: string }>;
}

const WGI_NAMES: Record<string, string> = {
  cc: 'Control of Corruption', ge: 'Government Effectiveness', pv: 'Political Stability and Absence of Violence',
  rl: 'Rule of Law', rq: 'Regulatory Quality', va: 'Voice and Accountability',
};

function fold(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/gu, ' ').trim();
}

/** Common names that the ISO tables spell differently. */
const EXTRA_NAMES: Record<string, string> = {
  uae: 'AE', emirates: 'AE', 'u a e': 'AE', uk: 'GB', 'great britain': 'GB', britain: 'GB', england: 'GB', usa: 'US', 'u s a': 'US', us: 'US',
  america: 'US', 'united states of america': 'US', russia: 'RU', 'north korea': 'KP', dprk: 'KP', 'south korea': 'KR', korea: 'KR',
  iran: 'IR', syria: 'SY', 'ivory coast': 'CI', 'cote d ivoire': 'CI', burma: 'MM', laos: 'LA', 'lao pdr': 'LA', vietnam: 'VN', 'viet nam': 'VN',
  'dr congo': 'CD', drc: 'CD', 'democratic republic of the congo': 'CD', 'congo kinshasa': 'CD', 'congo brazzaville': 'CG', turkey: 'TR',
  turkiye: 'TR', taiwan: 'TW', 'hong kong': 'HK', macau: 'MO', palestine: 'PS', palestinian: 'PS', 'west bank': 'PS', gaza: 'PS',
  bolivia: 'BO', venezuela: 'VE', tanzania: 'TZ', moldova: 'MD', 'czech republic': 'CZ', czechia: 'CZ', 'bosnia': 'BA', 'virgin islands uk': 'VG',
  'british virgin islands': 'VG', bvi: 'VG', crimea: 'UA', kosovo: 'XK', 'region crimea': 'UA', 'the netherlands': 'NL', holland: 'NL', swaziland: 'SZ',
  'cape verde': 'CV', 'east timor': 'TL', micronesia: 'FM', brunei: 'BN', 'saint kitts and nevis': 'KN', 'st kitts and nevis': 'KN',
};

/**
 * Country-risk reference data: ISO codes, FATF lists, TI CPI, World Bank WGI, ND-GAIN. Scores are
 * derived at run time from the files as published (the CPI licence forbids shipping a modified copy).
 */
export class CountryRiskTable {
  private readonly byIso2 = new Map<string, Country>();
  private readonly byName = new Map<string, string>();
  private fatf?: { current: string; snapshot: FatfSnapshot };
  private readonly cpi = new Map<string, { score: number; rank: number | null }>();
  private readonly wgi = new Map<string, Map<string, { year: number; estimate: number | null; pctrank: number | null }>>();
  private wgiYear = 0;
  private readonly ndgain = new Map<string, { year: number; value: number }>();
  readonly warnings: string[] = [];
  readonly files: string[] = [];

  constructor(private readonly dir: string) {}

  /** Throws when the country codes or FATF lists are missing: without them no jurisdiction verdict is possible. */
  load(): void {
    const codes = join(this.dir, 'country-codes.csv');
    if (!existsSync(codes)) throw new Error(`country codes file ${codes} missing`);
    const rows = parseCsvRecords(readFileSync(codes, 'utf8').replace(/^\uFEFF/u, ''));
    for (const r of rows) {
      const iso2 = r['ISO3166-1-Alpha-2'];
      const iso3 = r['ISO3166-1-Alpha-3'];
      if (!iso2 || !iso3) continue;
      const name = r['CLDR display name'] || r['UNTERM English Short'] || r.official_name_en;
      this.byIso2.set(iso2, { iso2, iso3, name });
      for (const n of [name, r['UNTERM English Short'], r['UNTERM English Formal'], r.official_name_en, r['ISO4217-currency_country_name'], iso3, iso2]) {
        if (n) this.byName.set(fold(n.replace(/^the\s+/iu, '')), iso2);
      }
    }
    this.files.push(codes);
    for (const [n, iso2] of Object.entries(EXTRA_NAMES)) this.byName.set(n, iso2);

    const fatfFile = join(this.dir, 'fatf_lists.json');
    if (!existsSync(fatfFile)) throw new Error(`FATF lists file ${fatfFile} missing`);
    const fatf = JSON.parse(readFileSync(fatfFile, 'utf8')) as { current: string; snapshots: Record<string, FatfSnapshot> };
    const snapshot = fatf.snapshots[fatf.current];
    if (!snapshot) throw new Error(`${fatfFile}: current snapshot ${fatf.current} not found`);
    this.fatf = { current: fatf.current, snapshot };
    this.files.push(fatfFile);

    this.loadCpi();
    this.loadWgi();
    this.loadNdGain();
  }

  private findFile(pattern: RegExp): string | undefined {
    if (!existsSync(this.dir)) return undefined;
    const hit = readdirSync(this.dir).filter((f) => pattern.test(f)).sort().pop();
    return hit ? join(this.dir, hit) : undefined;
  }

  private loadCpi(): void {
    const file = this.findFile(/^ti_cpi\d{4}.*\.csv$|^cpi.*\.csv$/iu);
    if (!file) {
      this.warnings.push('TI Corruption Perceptions Index file missing: corruption indicator not reported');
      return;
    }
    const lines = readFileSync(file, 'utf8').replace(/^\uFEFF/u, '').split(/\r?\n/u);
    const headerIdx = lines.findIndex((l) => /ISO3/u.test(l));
    const header = lines[headerIdx].split(';');
    const scoreCol = header.findIndex((h) => /^CPI score \d{4}$/iu.test(h.trim()));
    const year = Number(/\d{4}/u.exec(header[scoreCol] ?? '')?.[0]);
    const rankCol = header.findIndex((h) => h.trim() === `Rank ${year}`);
    const isoCol = header.indexOf('ISO3');
    for (const line of lines.slice(headerIdx + 1)) {
      const c = line.split(';');
      if (!c[isoCol] || !c[scoreCol]) continue;
      this.cpi.set(c[isoCol], { score: Number(c[scoreCol]), rank: rankCol >= 0 && c[rankCol] ? Number(c[rankCol]) : null });
    }
    this.cpiYear = year;
    this.files.push(file);
  }

  private cpiYear = 0;

  private loadWgi(): void {
    const file = this.findFile(/^wgi.*\.csv$/iu);
    if (!file) {
      this.warnings.push('World Bank WGI file missing: governance indicators not reported');
      return;
    }
    const rows = parseCsvRecords(readFileSync(file, 'utf8').replace(/^\uFEFF/u, ''));
    for (const r of rows) {
      const year = Number(r.year);
      const num = (v: string) => (v === '..' || v === '' ? null : Number(v));
      let byIndicator = this.wgi.get(r.code);
      if (!byIndicator) {
        byIndicator = new Map();
        this.wgi.set(r.code, byIndicator);
      }
      const current = byIndicator.get(r.indicator);
      if ((!current || year > current.year) && num(r.estimate) !== null) byIndicator.set(r.indicator, { year, estimate: num(r.estimate), pctrank: num(r.pctrank) });
      if (year > this.wgiYear) this.wgiYear = year;
    }
    this.files.push(file);
  }

  private loadNdGain(): void {
    const file = this.findFile(/^ndgain_gain.*\.csv$|^gain\.csv$/iu);
    if (!file) {
      this.warnings.push('ND-GAIN file missing: climate-readiness indicator not reported');
      return;
    }
    const rows = parseCsvRecords(readFileSync(file, 'utf8'));
    for (const r of rows) {
      const years = Object.keys(r).filter((k) => /^\d{4}$/u.test(k) && r[k] !== '' && r[k] !== 'NA').sort();
      const last = years[years.length - 1];
      if (last) this.ndgain.set(r.ISO3, { year: Number(last), value: Math.round(Number(r[last]) * 10) / 10 });
    }
    this.files.push(file);
  }

  /** Resolves "United Arab Emirates", "UAE", "AE", "ARE", "Dubai, UAE" to a country. */
  resolve(text: string | undefined): Country | undefined {
    if (!text) return undefined;
    const trimmed = text.trim();
    if (/^[A-Z]{2}$/u.test(trimmed) && this.byIso2.has(trimmed)) return this.byIso2.get(trimmed);
    const f = fold(trimmed.replace(/^the\s+/iu, ''));
    const direct = this.byName.get(f);
    if (direct) return this.byIso2.get(direct);
    // "Dubai, UAE" or "Tehran Iran": try the last words first.
    const words = f.split(' ');
    for (let n = Math.min(4, words.length); n >= 1; n -= 1) {
      const tail = this.byName.get(words.slice(-n).join(' '));
      if (tail && (n > 1 || words[words.length - 1].length > 2)) return this.byIso2.get(tail);
    }
    return undefined;
  }

  assess(country: Country): JurisdictionRisk {
    const flags: string[] = [];
    const fatf = this.fatf;
    let status: JurisdictionRisk['fatf'] = { status: 'not_listed', plenary: fatf?.snapshot.plenary_date ?? 'unknown', source: 'FATF public statements (fatf_lists.json)' };
    const black = fatf?.snapshot.call_for_action.find((c) => c.iso2 === country.iso2);
    const grey = fatf?.snapshot.increased_monitoring.find((c) => c.iso2 === country.iso2);
    if (black) {
      status = { ...status, status: 'call_for_action', action: black.action };
      flags.push(`FATF high-risk jurisdiction subject to a call for action (${black.action ?? 'see statement'})`);
    } else if (grey) {
      status = { ...status, status: 'increased_monitoring' };
      flags.push('FATF jurisdiction under increased monitoring (grey list)');
    }
    const indicators: Indicator[] = [];
    const cpi = this.cpi.get(country.iso3);
    if (this.cpiYear) {
      indicators.push({
        name: 'Corruption Perceptions Index',
        value: cpi ? cpi.score : null,
        scale: '0 (highly corrupt) – 100 (very clean)',
        source: 'Transparency International, CPI (CC BY-ND 4.0)',
        asOf: String(this.cpiYear),
        note: cpi?.rank ? `rank ${cpi.rank}` : cpi ? undefined : 'not scored',
      });
      if (cpi && cpi.score < 30) flags.push(`CPI ${this.cpiYear} score ${cpi.score} (below 30: high perceived corruption)`);
    }
    const wgi = this.wgi.get(country.iso3);
    for (const [code, label] of Object.entries(WGI_NAMES)) {
      if (!this.wgiYear) break;
      const v = wgi?.get(code);
      indicators.push({
        name: `WGI ${label}`,
        value: v?.estimate ?? null,
        scale: 'estimate ≈ −2.5 (weak) … +2.5 (strong)',
        source: 'World Bank, Worldwide Governance Indicators (CC BY 4.0)',
        asOf: String(v?.year ?? this.wgiYear),
        note: v?.pctrank != null ? `percentile rank ${v.pctrank}` : 'no estimate',
      });
      if (code === 'cc' && v?.pctrank != null && v.pctrank < 20) flags.push(`WGI Control of Corruption in the bottom fifth (percentile ${v.pctrank})`);
      if (code === 'rl' && v?.pctrank != null && v.pctrank < 20) flags.push(`WGI Rule of Law in the bottom fifth (percentile ${v.pctrank})`);
    }
    const gain = this.ndgain.get(country.iso3);
    if (this.ndgain.size) {
      indicators.push({
        name: 'ND-GAIN Country Index (climate vulnerability and readiness)',
        value: gain?.value ?? null,
        scale: '0 – 100, higher = better prepared',
        source: 'University of Notre Dame Global Adaptation Initiative',
        asOf: String(gain?.year ?? ''),
      });
    }
    return { country, fatf: status, indicators, flags };
  }

  get fatfPlenary(): string {
    return this.fatf ? `${this.fatf.current} (plenary ${this.fatf.snapshot.plenary_date})` : 'unknown';
  }
}
