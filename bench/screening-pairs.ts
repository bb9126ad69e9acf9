/** Reading labelled name-pair CSVs for the screening evaluation. */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';

export interface LabelledPair {
  name1: string;
  name2: string;
  isMatch: boolean;
  schema?: string;
  category?: string;
}

/**
 * Reads `name1,name2,is_match[,schema][,category]` files. Files that declare their columns in a
 * `# Format:` comment (the cross-script set: `Query,Expected Match,...`) are read as all-positive
 * pairs; files with no recognisable label column are reported as unlabelled.
 */
export function readPairs(file: string): { pairs: LabelledPair[]; unlabelled: boolean } {
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/u, '');
  const lines = text.split(/\r?\n/u);
  const format = lines.find((l) => /^#\s*Format:/iu.test(l));
  const body = lines.filter((l) => !l.startsWith('#') && l.trim()).join('\n');
  let header: string[] | undefined;
  if (format) header = format.replace(/^#\s*Format:\s*/iu, '').split(',').map((h) => h.trim());
  const rows: string[][] = parse(body, { relax_column_count: true, skip_empty_lines: true });
  if (!header) header = rows.shift()?.map((h) => h.trim()) ?? [];
  const col = (...names: string[]) => header.findIndex((h) => names.includes(h.toLowerCase()));
  const c1 = col('name1', 'query');
  const c2 = col('name2', 'expected match', 'index');
  const cm = col('is_match', 'match', 'label');
  const cs = col('schema');
  const cc = col('category', 'description', 'note');
  if (c1 < 0 || c2 < 0) return { pairs: [], unlabelled: true };
  const allPositive = cm < 0 && header.some((h) => h.toLowerCase() === 'expected match');
  if (cm < 0 && !allPositive) return { pairs: [], unlabelled: true };
  return {
    unlabelled: false,
    pairs: rows.map((r) => ({
      name1: r[c1],
      name2: r[c2],
      isMatch: allPositive ? true : /^(true|1|yes)$/iu.test(r[cm] ?? ''),
      schema: cs >= 0 ? r[cs] : undefined,
      category: cc >= 0 ? r[cc] : undefined,
    })),
  };
}
