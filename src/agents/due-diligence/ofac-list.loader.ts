import { readFileSync } from 'node:fs';
import { parseCsv } from 'src/agents/due-diligence/csv-reader';
import { yearsIn, type ListId, type PartyType, type SanctionsEntry } from 'src/agents/due-diligence/sanctions-entry';

/** Paths of one OFAC legacy-CSV set (SDN or consolidated non-SDN). */
export interface OfacFileSet {
  primary: string;
  alt?: string;
  add?: string;
  comments?: string;
}

function readOfacCsv(path: string): string[][] {
  // OFAC ends sdn.csv with a DOS EOF byte and pads null fields as "-0- ".
  const text = readFileSync(path, 'latin1').replaceAll(String.fromCharCode(0x1a), ''); // the DOS end-of-file byte OFAC appends
  const rows = parseCsv(text, { trim: true });
  return rows.map((r) => r.map((v) => (v === '-0-' ? '' : v)));
}

const IDENTIFIER_LABELS = [
  'Passport', 'National ID No.', 'Tax ID No.', 'Registration Number', 'Registration ID', 'Vessel Registration Identification',
  'IMO', 'MMSI', 'SWIFT/BIC', 'Legal Entity Number', 'Identification Number', 'Cedula No.', 'NIT #', 'RUC #', 'C.U.R.P.',
  'D-U-N-S Number', 'Company Number', 'Business Registration Number', 'Business Registration Document #', 'Aircraft Manufacturer\'s Serial Number (MSN)',
  'Personal ID Card', 'Driver\'s License No.', 'SSN', 'Stateless Person ID Card', 'Residency Number', 'Government Gazette Number',
  'US FEIN', 'Trade License No.', 'Commercial Registry Number', 'Public Security and Immigration No.', 'Unified Social Credit Code (USCC)',
];

/** What OFAC packs into `Remarks`: DOB, nationality, identifiers, extra a.k.a. names. */
export function parseRemarks(remarks: string): Pick<SanctionsEntry, 'datesOfBirth' | 'birthYears' | 'identifiers' | 'countries'> & { akas: string[] } {
  const parts = remarks.split(/;\s*/u);
  const datesOfBirth: string[] = [];
  const identifiers: SanctionsEntry['identifiers'] = [];
  const countries: string[] = [];
  const akas: string[] = [];
  for (const raw of parts) {
    const part = raw.trim().replace(/\.$/u, '');
    const dob = /^DOB\s+(.+)$/iu.exec(part);
    if (dob) {
      datesOfBirth.push(dob[1]);
      continue;
    }
    const nat = /^(?:nationality|citizen|Nationality of Registration)\s+(.+)$/iu.exec(part);
    if (nat) {
      countries.push(nat[1].trim());
      continue;
    }
    const aka = /^(?:a\.k\.a\.|f\.k\.a\.|n\.k\.a\.)\s+'(.+)'$/iu.exec(part);
    if (aka) {
      akas.push(aka[1]);
      continue;
    }
    for (const label of IDENTIFIER_LABELS) {
      if (part.startsWith(`${label} `)) {
        const value = part.slice(label.length + 1).replace(/\s*\(.*$/u, '').replace(/^IMO\s+/u, '').trim();
        if (value) identifiers.push({ type: label === 'Vessel Registration Identification' ? 'IMO' : label, value });
        break;
      }
    }
  }
  return { datesOfBirth, birthYears: datesOfBirth.flatMap(yearsIn), identifiers, countries, akas };
}

function partyType(raw: string): PartyType {
  const t = raw.toLowerCase();
  if (t === 'individual' || t === 'vessel' || t === 'aircraft') return t;
  return 'entity';
}

/**
 * Loads one OFAC CSV set, joining alternates, addresses and remark overflow on `ent_num`.
 * Rows whose `ent_num` is absent from the primary file are ignored (the files may be of
 * different vintages).
 */
export function loadOfacSet(list: ListId, files: OfacFileSet): { entries: SanctionsEntry[]; orphanRows: number } {
  const byId = new Map<string, SanctionsEntry>();
  const remarks = new Map<string, string>();
  for (const r of readOfacCsv(files.primary)) {
    if (!r[0] || !/^\d+$/u.test(r[0])) continue;
    remarks.set(r[0], r[11] ?? '');
    const entry: SanctionsEntry = {
      list,
      id: r[0],
      name: r[1] ?? '',
      type: partyType(r[2] ?? ''),
      programs: (r[3] ?? '').replace(/^\[|\]$/gu, '').split(/\]\s*\[/u).map((p) => p.trim()).filter(Boolean),
      aliases: [],
      countries: r[9] ? [r[9]] : [],
      addresses: [],
      datesOfBirth: [],
      birthYears: [],
      identifiers: [],
    };
    byId.set(r[0], entry);
  }
  let orphanRows = 0;
  if (files.comments) {
    for (const r of readOfacCsv(files.comments)) {
      if (remarks.has(r[0])) remarks.set(r[0], `${remarks.get(r[0]) ?? ''}${r[1] ?? ''}`);
    }
  }
  for (const [id, text] of remarks) {
    const entry = byId.get(id);
    if (!entry || !text) continue;
    entry.remarks = text;
    const parsed = parseRemarks(text);
    entry.datesOfBirth.push(...parsed.datesOfBirth);
    entry.birthYears.push(...parsed.birthYears);
    entry.identifiers.push(...parsed.identifiers);
    entry.countries.push(...parsed.countries);
    for (const aka of parsed.akas) entry.aliases.push({ name: aka, kind: 'aka' });
  }
  if (files.alt) {
    for (const r of readOfacCsv(files.alt)) {
      const entry = byId.get(r[0]);
      if (!entry) {
        orphanRows += 1;
        continue;
      }
      if (r[3] && !entry.aliases.some((a) => a.name === r[3])) entry.aliases.push({ name: r[3], kind: (r[2] || 'aka').toLowerCase() });
    }
  }
  if (files.add) {
    for (const r of readOfacCsv(files.add)) {
      const entry = byId.get(r[0]);
      if (!entry) {
        orphanRows += 1;
        continue;
      }
      const address = [r[2], r[3], r[4]].filter(Boolean).join(', ');
      if (address) entry.addresses.push(address);
      if (r[4]) entry.countries.push(r[4]);
    }
  }
  for (const entry of byId.values()) entry.countries = [...new Set(entry.countries)];
  return { entries: [...byId.values()], orphanRows };
}
