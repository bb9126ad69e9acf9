import { createHash } from 'node:crypto';

/** One audit row as written; the database adds `id` and `at`. */
export interface AuditRecord {
  principal: string;
  account_id: string | null;
  key_id: string | null;
  agent_id: string | null;
  mode: string | null;
  task_id: string | null;
  /** What happened: `api.run`, `task.accepted`, `task.completed`, `admin.key.revoke`, ... */
  action: string;
  code: string;
  input_digest: string | null;
  outcome: 'success' | 'failure';
  credits: number;
  trace_id: string;
  client_ip: string | null;
  detail: Record<string, unknown> | null;
}

/**
 * SQL that inserts the audit record passed as a jsonb parameter. Used inside the statements that
 * make the change it records, so the row and the change commit together or not at all.
 */
export function auditInsertSql(param: string, accountSql = 'r.account_id'): string {
  return `INSERT INTO audit_log (principal, account_id, key_id, agent_id, mode, task_id, action, code, input_digest, outcome, credits, trace_id, client_ip, detail)
    SELECT r.principal, ${accountSql}, r.key_id, r.agent_id, r.mode, r.task_id, r.action, r.code, r.input_digest, r.outcome, r.credits, r.trace_id, r.client_ip, r.detail
      FROM jsonb_to_record(${param}::jsonb) AS r(principal text, account_id uuid, key_id uuid, agent_id text, mode text, task_id text,
        action text, code text, input_digest text, outcome text, credits int, trace_id text, client_ip text, detail jsonb)`;
}

/** SHA-256 of the canonical JSON of an input, so the log proves what was asked without storing it twice. */
export function inputDigest(input: unknown): string {
  return `sha256:${createHash('sha256').update(canonicalJson(input)).digest('hex')}`;
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
