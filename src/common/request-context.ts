import type { Request, Response } from 'express';

/** Who is calling, as established by the auth guard. */
export interface Principal {
  kind: 'api_key' | 'sso' | 'admin';
  /** How the audit log names the caller: `key:<prefix>`, `sso:<subject>` or `admin`. */
  label: string;
  accountId: string | null;
  keyId: string | null;
  scopes: readonly string[];
  /** Balance read while authenticating; a cheap pre-check, the debit itself is atomic. */
  balance: number;
}

/** What the audit hook records for a call unless the call's own transaction already did. */
export interface AuditNote {
  taskId?: string | null;
  code?: string;
  credits?: number;
  success?: boolean;
  /** Set when the call's audit row was written together with the change it records. */
  recorded?: boolean;
}

export interface GatewayRequest extends Request {
  traceId: string;
  principal?: Principal;
}

export type GatewayResponse = Response<unknown, { audit?: AuditNote }>;

export function auditNote(res: GatewayResponse): AuditNote {
  res.locals.audit ??= {};
  return res.locals.audit;
}
