import type { AuditRow } from 'src/audit/audit.service';

const COLUMNS: (keyof AuditRow)[] = ['id', 'at', 'principal', 'key_id', 'agent_id', 'mode', 'task_id', 'action', 'code', 'input_digest', 'outcome', 'credits', 'trace_id', 'client_ip', 'detail'];

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  // Quote always-when-needed (RFC 4180); a leading formula sign is neutralised for spreadsheets.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(rows: AuditRow[]): string {
  return [COLUMNS.join(','), ...rows.map((row) => COLUMNS.map((column) => cell(row[column])).join(','))].join('\r\n') + '\r\n';
}
