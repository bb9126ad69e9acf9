/**
 * A small CSV reader for the list and country-risk files. `csv-parse` is general (streams, bytes,
 * casting, every option) and reading the 4 MB SDN file and the 2 MB WGI file through it took about
 * half a second of the agent's start-up; these files need only RFC 4180 quoting, so a single
 * pass over the string with `indexOf` and slices does the same in a fraction of the time.
 *
 * Behaviour follows `csv-parse` with `relax_column_count`, `relax_quotes` and `skip_empty_lines`
 * (checked against it on every shipped file by the spec): a field is quoted only when a quote
 * opens it; `""` inside quotes is one quote; a quote inside an unquoted field, or one inside a
 * quoted field that is not followed by a delimiter or line end, is kept as text. Records end at
 * CR LF, LF or CR. With `trim`, white space around fields (outside quotes) is dropped.
 */

const COMMA = 44;
const QUOTE = 34;
const CR = 13;
const LF = 10;

/** The same white space as `String.prototype.trim`, which is what `csv-parse` trims. */
function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || (code > 127 && /\s/u.test(String.fromCharCode(code)));
}

/** Parses CSV text into rows of strings; blank lines are skipped. */
export function parseCsv(text: string, options: { trim?: boolean } = {}): string[][] {
  const trim = options.trim ?? false;
  const n = text.length;
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  // One iteration reads one field and the delimiter after it.
  while (i < n) {
    let start = i;
    if (trim) while (start < n && isSpace(text.charCodeAt(start)) && text.charCodeAt(start) !== CR && text.charCodeAt(start) !== LF) start += 1;
    let value: string;
    let end: number;
    if (start < n && text.charCodeAt(start) === QUOTE) {
      let out = '';
      let from = start + 1;
      let pos = from;
      for (;;) {
        const q = text.indexOf('"', pos);
        if (q < 0) {
          // An unterminated quote runs to the end of the text.
          out += text.slice(from);
          end = n;
          break;
        }
        const next = q + 1 < n ? text.charCodeAt(q + 1) : -1;
        if (next === QUOTE) {
          out += text.slice(from, q + 1);
          from = q + 2;
          pos = from;
          continue;
        }
        if (next === -1 || next === COMMA || next === CR || next === LF || (trim && isSpace(next))) {
          out += text.slice(from, q);
          end = q + 1;
          break;
        }
        // A stray quote inside a quoted field stays as text.
        pos = q + 1;
      }
      // Anything between the closing quote and the delimiter (only white space in valid files).
      let after = end;
      while (after < n) {
        const c = text.charCodeAt(after);
        if (c === COMMA || c === CR || c === LF) break;
        after += 1;
      }
      if (after > end) {
        const rest = text.slice(end, after);
        out += trim ? rest.trim() : rest;
      }
      value = out;
      end = after;
    } else {
      end = start;
      while (end < n) {
        const c = text.charCodeAt(end);
        if (c === COMMA || c === CR || c === LF) break;
        end += 1;
      }
      value = text.slice(start, end);
      if (trim) value = value.trim();
    }
    row.push(value);
    if (end >= n) break;
    const d = text.charCodeAt(end);
    i = end + 1;
    if (d === COMMA) {
      // A delimiter at the very end of the text still opens one (empty) last field.
      if (i >= n) row.push('');
      continue;
    }
    if (d === CR && i < n && text.charCodeAt(i) === LF) i += 1;
    if (!(row.length === 1 && row[0] === '' && text.charCodeAt(start) !== QUOTE)) rows.push(row);
    row = [];
  }
  if (row.length && !(row.length === 1 && row[0] === '')) rows.push(row);
  return rows;
}

/** Parses CSV text with a header row into one object per record, keyed by column name. */
export function parseCsvRecords(text: string): Array<Record<string, string>> {
  const [header, ...rows] = parseCsv(text);
  if (!header) return [];
  return rows.map((r) => {
    const record: Record<string, string> = {};
    for (let c = 0; c < header.length; c += 1) record[header[c]] = r[c];
    return record;
  });
}
