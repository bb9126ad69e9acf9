import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { ClassificationInput } from 'src/agents/tariff-classification/hs-classifier';

/**
 * Readers for the labelled classification sets. Each format is recognised by its fields, never by
 * its file name. Fields that carry the answer (`oracle_text`, `justification`, HMRC's reasoning
 * appended to some queries) are dropped here so the classifier cannot see them.
 */

export interface EvalItem {
  id: string;
  input: ClassificationInput;
  /** Gold code, first 6 digits (may be a pre-2022 code; the scorer maps it). */
  gold: string;
}

export interface EvalFile {
  file: string;
  items: EvalItem[];
}

/** A scalar field as text; objects and absent values are empty. */
function scalar(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

function goldDigits(value: unknown, width = 10): string {
  const digits = scalar(value).replace(/\D/g, '');
  // Numeric JSON codes lose their leading zero (0804... becomes 804...).
  const padded = typeof value === 'number' ? digits.padStart(width, '0') : digits;
  return padded.slice(0, 6);
}

/** HMRC's justification follows the product text in some queries and names the code. */
function stripJustification(query: string): string {
  const cut = query.search(/\bhmrc justification\b|\bjustification\s*:/i);
  return (cut >= 0 ? query.slice(0, cut) : query).replace(/^\s*product\s*:\s*/i, '').trim();
}

function fromJsonRecord(record: Record<string, unknown>, index: number): EvalItem | null {
  if (typeof record.product_name === 'string' && record.hs_code !== undefined) {
    let attributes: Record<string, string> = {};
    if (typeof record.product_attributes === 'string') {
      try {
        const parsed = JSON.parse(record.product_attributes) as Record<string, unknown>;
        attributes = Object.fromEntries(Object.entries(parsed).map(([k, v]) => [k, String(v)]));
      } catch {
        attributes = {};
      }
    }
    const categoryPath = [1, 2, 3, 4, 5]
      .map((level) => record[`cate_lv${level}_desc`])
      .filter((v): v is string => typeof v === 'string' && v.length > 0);
    return {
      id: scalar(record.task_id) || String(index),
      input: { text: record.product_name, attributes, categoryPath },
      gold: goldDigits(record.hs_code),
    };
  }
  if (typeof record.query === 'string' && record.expected_code !== undefined) {
    return { id: scalar(record.id) || String(index), input: { text: stripJustification(record.query) }, gold: goldDigits(record.expected_code) };
  }
  const ruling = record.ruling as Record<string, unknown> | undefined;
  if (ruling !== undefined && typeof ruling.description === 'string' && ruling.commodity_code !== undefined) {
    return { id: scalar(ruling.ref) || String(index), input: { text: ruling.description }, gold: goldDigits(ruling.commodity_code) };
  }
  return null;
}

function fromCsv(text: string): EvalItem[] {
  // Lines starting with "#" are comments (held-out files say where they came from).
  const rows = parse<Record<string, string>>(text, { columns: true, bom: true, skip_empty_lines: true, relax_quotes: true, comment: '#', comment_no_infix: true });
  const items: EvalItem[] = [];
  rows.forEach((row, index) => {
    if (row.text !== undefined && row.expected_hs_code !== undefined) {
      items.push({ id: String(index), input: { text: row.text }, gold: goldDigits(row.expected_hs_code) });
    } else if (row.description !== undefined && (row.gold_hs6 !== undefined || row.gold_hts !== undefined)) {
      items.push({ id: row.item_id ?? String(index), input: { text: row.description }, gold: goldDigits(row.gold_hs6 ?? row.gold_hts) });
    }
  });
  return items;
}

export async function readEvalFile(file: string): Promise<EvalFile> {
  const text = await readFile(file, 'utf8');
  const trimmed = text.trimStart();
  let items: EvalItem[] = [];
  if (trimmed.startsWith('[') || trimmed.startsWith('{')) {
    let records: unknown[] | null = null;
    try {
      const parsed = JSON.parse(trimmed) as unknown;
      if (Array.isArray(parsed)) records = parsed;
      else if (parsed !== null && typeof parsed === 'object') {
        const list = Object.values(parsed).find((v) => Array.isArray(v));
        records = Array.isArray(list) ? list : [parsed];
      }
    } catch {
      records = trimmed.split('\n').filter((l) => l.trim().length > 0).map((l) => JSON.parse(l) as unknown);
    }
    items = (records ?? [])
      .map((r, i) => (r !== null && typeof r === 'object' ? fromJsonRecord(r as Record<string, unknown>, i) : null))
      .filter((x): x is EvalItem => x !== null);
  } else {
    items = fromCsv(text);
  }
  return { file, items: items.filter((item) => item.gold.length === 6 && item.input.text.trim().length > 0) };
}

/** A file, or every readable data file directly inside a directory. */
export async function readEvalData(target: string): Promise<EvalFile[]> {
  const info = await stat(target);
  if (!info.isDirectory()) return [await readEvalFile(target)];
  const names = (await readdir(target)).filter((n) => /\.(jsonl|json|csv)$/i.test(n)).sort();
  const files: EvalFile[] = [];
  for (const name of names) {
    const file = await readEvalFile(path.join(target, name));
    if (file.items.length > 0) files.push(file);
  }
  return files;
}
