import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';

/** One row of the nomenclature: a chapter (2 digits), heading (4) or subheading (6). */
export interface HsEntry {
  code: string;
  description: string;
  /** Code of the parent level; chapters have none. */
  parent: string | null;
  level: 2 | 4 | 6;
  /** Roman numeral of the section. */
  section: string;
}

export interface HsSection {
  numeral: string;
  title: string;
}

export interface HsNomenclature {
  edition: string;
  entries: HsEntry[];
  sections: HsSection[];
  /** Directory the files were read from, for the result's provenance block. */
  loadedFrom: string;
  /** Modification time of the nomenclature file, ISO 8601. */
  asOf: string;
}

export const NOMENCLATURE_FILE = 'harmonized-system.csv';
export const SECTIONS_FILE = 'sections.csv';

/** The data is missing or malformed; the message tells an operator how to fix it. */
export class NomenclatureUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NomenclatureUnavailableError';
  }
}

/** Where the agent expects the files, relative to the reference-data root. */
export function nomenclatureDir(dataDir: string): string {
  return path.join(dataDir, 'hs');
}

export function missingDataMessage(dataDir: string, detail: string): string {
  const dir = nomenclatureDir(dataDir);
  return (
    `HS 2022 nomenclature not loaded (${detail}). Expected ${path.join(dir, NOMENCLATURE_FILE)} and ` +
    `${path.join(dir, SECTIONS_FILE)}; run \`npm run sync:data\` to download them, or set REFERENCE_DATA_DIR ` +
    'to a directory that contains hs/harmonized-system.csv and hs/sections.csv.'
  );
}

type CsvRow = Record<string, string>;

function parseCsv(text: string, file: string, required: string[]): CsvRow[] {
  let rows: CsvRow[];
  try {
    rows = parse<CsvRow>(text, { columns: true, bom: true, skip_empty_lines: true, trim: true });
  } catch (error) {
    throw new NomenclatureUnavailableError(`${file} is not valid CSV: ${(error as Error).message}`);
  }
  const first = rows[0];
  const missing = first === undefined ? required : required.filter((column) => !(column in first));
  if (missing.length > 0) throw new NomenclatureUnavailableError(`${file} lacks column(s) ${missing.join(', ')}`);
  return rows;
}

/** Parses the two CSV texts; separate from file access so tests can feed strings. */
export function parseNomenclature(systemCsv: string, sectionsCsv: string): Pick<HsNomenclature, 'entries' | 'sections'> {
  const sections = parseCsv(sectionsCsv, SECTIONS_FILE, ['section', 'name']).map((row) => ({
    numeral: row.section,
    title: row.name,
  }));
  const entries: HsEntry[] = [];
  for (const row of parseCsv(systemCsv, NOMENCLATURE_FILE, ['section', 'hscode', 'description', 'parent', 'level'])) {
    const level = Number(row.level);
    // The file carries a TOTAL pseudo-row (level 5) that is not a code.
    if (level !== 2 && level !== 4 && level !== 6) continue;
    if (!/^\d+$/.test(row.hscode) || row.hscode.length !== level) {
      throw new NomenclatureUnavailableError(`${NOMENCLATURE_FILE}: malformed code "${row.hscode}" at level ${level}`);
    }
    entries.push({
      code: row.hscode,
      description: row.description,
      parent: level === 2 ? null : row.parent,
      level,
      section: row.section,
    });
  }
  if (entries.filter((entry) => entry.level === 6).length === 0) {
    throw new NomenclatureUnavailableError(`${NOMENCLATURE_FILE} has no 6-digit subheadings`);
  }
  return { entries, sections };
}

/** Reads `<dataDir>/hs/`. Throws {@link NomenclatureUnavailableError} with an operator-facing message. */
export async function loadHsNomenclature(dataDir: string): Promise<HsNomenclature> {
  const dir = nomenclatureDir(dataDir);
  const systemPath = path.join(dir, NOMENCLATURE_FILE);
  const sectionsPath = path.join(dir, SECTIONS_FILE);
  let systemCsv: string;
  let sectionsCsv: string;
  let modified: Date;
  try {
    [systemCsv, sectionsCsv] = await Promise.all([readFile(systemPath, 'utf8'), readFile(sectionsPath, 'utf8')]);
    modified = (await stat(systemPath)).mtime;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'read error';
    throw new NomenclatureUnavailableError(missingDataMessage(dataDir, `cannot read files: ${code}`));
  }
  let parsed: Pick<HsNomenclature, 'entries' | 'sections'>;
  try {
    parsed = parseNomenclature(systemCsv, sectionsCsv);
  } catch (error) {
    throw new NomenclatureUnavailableError(missingDataMessage(dataDir, (error as Error).message));
  }
  return { edition: 'HS 2022', ...parsed, loadedFrom: dir, asOf: modified.toISOString() };
}
