import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadOfacSet, type OfacFileSet } from 'src/agents/due-diligence/ofac-list.loader';
import { LIST_NAMES, type SanctionsEntry, type SanctionsListInfo } from 'src/agents/due-diligence/sanctions-entry';
import { loadUnList } from 'src/agents/due-diligence/un-list.loader';

export interface LoadedLists {
  entries: SanctionsEntry[];
  lists: SanctionsListInfo[];
}

/** A list file that is required but absent or unreadable; the agent reports it as unavailable. */
export class ReferenceDataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReferenceDataError';
  }
}

interface Found {
  path: string;
  date?: string;
}

const DATE = '(?:_(\\d{4}-\\d{2}(?:-\\d{2})?))?';

/**
 * Finds the newest file for a stem: dated snapshots (`ofac_sdn_2024-05-03.csv`) and the official
 * undated names the sync writes (`sdn.csv`) are both accepted; a dated name wins over an undated
 * one only when it is newer than the undated file's modification date.
 */
function find(dir: string, stems: string[], ext: string): Found | undefined {
  if (!existsSync(dir)) return undefined;
  const pattern = new RegExp(`^(?:${stems.join('|')})${DATE}\\.${ext}$`, 'iu');
  const found: Found[] = [];
  for (const file of readdirSync(dir)) {
    const m = pattern.exec(file);
    if (!m) continue;
    const path = join(dir, file);
    found.push({ path, date: m[1] ?? undefined });
  }
  const dateOf = (f: Found) => f.date ?? statSync(f.path).mtime.toISOString().slice(0, 10);
  found.sort((a, b) => dateOf(b).localeCompare(dateOf(a)));
  return found[0];
}

function fileDate(f: Found): { date: string; source: string } {
  if (f.date) return { date: f.date, source: `file name ${f.path.split(/[\\/]/u).pop()}` };
  return { date: statSync(f.path).mtime.toISOString().slice(0, 10), source: `download date of ${f.path.split(/[\\/]/u).pop()} (file modification time)` };
}

function loadOfac(dir: string, list: 'ofac_sdn' | 'ofac_cons', stem: { primary: string[]; alt: string[]; add: string[]; comments: string[] }): { entries: SanctionsEntry[]; info: SanctionsListInfo } {
  const primary = find(dir, stem.primary, 'csv');
  if (!primary) throw new ReferenceDataError(`${LIST_NAMES[list]}: no ${stem.primary[stem.primary.length - 1]}.csv in ${dir}`);
  const parts: Record<'alt' | 'add' | 'comments', Found | undefined> = {
    alt: find(dir, stem.alt, 'csv'),
    add: find(dir, stem.add, 'csv'),
    comments: find(dir, stem.comments, 'csv'),
  };
  const warnings: string[] = [];
  if (!parts.alt) throw new ReferenceDataError(`${LIST_NAMES[list]}: alternate-names file (${stem.alt[stem.alt.length - 1]}.csv) missing in ${dir}`);
  if (!parts.add) warnings.push('address file missing: listed countries come from remarks only');
  if (!parts.comments) warnings.push('remarks-overflow file missing: long remarks may be truncated');
  const files: OfacFileSet = { primary: primary.path, alt: parts.alt.path, add: parts.add?.path, comments: parts.comments?.path };
  let loaded: ReturnType<typeof loadOfacSet>;
  try {
    loaded = loadOfacSet(list, files);
  } catch (e) {
    throw new ReferenceDataError(`${LIST_NAMES[list]}: cannot read ${primary.path}: ${(e as Error).message}`);
  }
  if (loaded.entries.length === 0) throw new ReferenceDataError(`${LIST_NAMES[list]}: ${primary.path} holds no records`);
  const when = fileDate(primary);
  const partDates = [parts.alt, parts.add, parts.comments].filter((p): p is Found => Boolean(p)).map((p) => fileDate(p).date);
  if (partDates.some((d) => d.slice(0, 7) !== when.date.slice(0, 7))) {
    warnings.push(`files of different dates (primary ${when.date}, alternates/addresses ${[...new Set(partDates)].join(', ')}): entries designated after ${when.date} are missing; ${loaded.orphanRows} alias/address rows without a primary record were ignored`);
  }
  return {
    entries: loaded.entries,
    info: {
      id: list,
      name: LIST_NAMES[list],
      asOf: when.date,
      asOfSource: when.source,
      files: [primary.path, ...Object.values(parts).filter((p): p is Found => Boolean(p)).map((p) => p.path)],
      records: loaded.entries.length,
      warnings,
    },
  };
}

/** Loads every configured list from `<dataDir>/sanctions/`; throws {@link ReferenceDataError} when one is unusable. */
export function loadSanctionsLists(dataDir: string): LoadedLists {
  const dir = join(dataDir, 'sanctions');
  if (!existsSync(dir)) throw new ReferenceDataError(`sanctions directory ${dir} does not exist`);
  const sdn = loadOfac(dir, 'ofac_sdn', { primary: ['ofac_sdn', 'sdn'], alt: ['ofac_alt', 'alt'], add: ['ofac_add', 'add'], comments: ['ofac_sdn_comments', 'sdn_comments'] });
  const cons = loadOfac(dir, 'ofac_cons', {
    primary: ['ofac_cons_prim', 'cons_prim'],
    alt: ['ofac_cons_alt', 'cons_alt'],
    add: ['ofac_cons_add', 'cons_add'],
    comments: ['ofac_cons_comments', 'cons_comments'],
  });
  const unFile = find(dir, ['un_sc_consolidated', 'un_consolidated', 'consolidated'], 'xml');
  if (!unFile) throw new ReferenceDataError(`${LIST_NAMES.un_sc}: no un_sc_consolidated.xml in ${dir}`);
  let un: ReturnType<typeof loadUnList>;
  try {
    un = loadUnList(unFile.path);
  } catch (e) {
    throw new ReferenceDataError(`${LIST_NAMES.un_sc}: cannot read ${unFile.path}: ${(e as Error).message}`);
  }
  if (un.entries.length === 0) throw new ReferenceDataError(`${LIST_NAMES.un_sc}: ${unFile.path} holds no records`);
  const unDate = un.generated ? { date: un.generated, source: 'dateGenerated attribute of the XML' } : fileDate(unFile);
  return {
    entries: [...sdn.entries, ...cons.entries, ...un.entries],
    lists: [
      sdn.info,
      cons.info,
      { id: 'un_sc', name: LIST_NAMES.un_sc, asOf: unDate.date, asOfSource: unDate.source, files: [unFile.path], records: un.entries.length, warnings: [] },
    ],
  };
}
