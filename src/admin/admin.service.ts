import { Injectable } from '@nestjs/common';
import { Db } from 'src/database/db';
import { ApiKeysService, type IssuedKey } from 'src/auth/api-keys.service';
import { type AuditRecord, auditInsertSql } from 'src/audit/audit-record';
import { ApiError } from 'src/common/api-error';
import { Code } from 'src/common/error-codes';
import type { Scope } from 'src/common/public.decorator';

export interface AdminActor {
  label: string;
  traceId: string;
  clientIp: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function accountNotFound(): ApiError {
  return new ApiError(Code.InvalidRequest, 'No account with that id.', { status: 404, errors: [{ field: 'id', message: 'unknown account' }] });
}

/** Platform administration: accounts, keys and credits. Used by the HTTP routes and the CLI. */
@Injectable()
export class AdminService {
  constructor(
    private readonly db: Db,
    private readonly keys: ApiKeysService,
  ) {}

  async createAccount(name: string, credits: number, actor: AdminActor): Promise<{ id: string; name: string; balance: number }> {
    const rows: { id: string; balance: string }[] = await this.db.rows(
      `WITH a AS (INSERT INTO accounts (name, balance) VALUES ($1, $2::bigint) RETURNING id, balance),
            l AS (INSERT INTO credit_ledger (account_id, delta, balance_after, reason)
                  SELECT id, $2::bigint, balance, 'opening balance' FROM a WHERE $2::bigint > 0),
            audit AS (${auditInsertSql('$3', '(SELECT id FROM a)')})
       SELECT id, balance FROM a`,
      [name, credits, JSON.stringify(this.audit(actor, 'admin.account.create', null, credits, { name }))],
    );
    return { id: rows[0].id, name, balance: Number(rows[0].balance) };
  }

  async issueKey(accountId: string, options: { name?: string; scopes?: Scope[]; expiresAt?: Date }, actor: AdminActor): Promise<IssuedKey> {
    if (!UUID.test(accountId)) throw accountNotFound();
    const exists: unknown[] = await this.db.rows(`SELECT 1 FROM accounts WHERE id = $1`, [accountId]);
    if (exists.length === 0) throw accountNotFound();
    if (options.expiresAt && options.expiresAt.getTime() <= Date.now()) {
      throw ApiError.invalid('The expiry must be in the future.', [{ field: 'expires_at', message: 'must be in the future' }]);
    }
    const issued = await this.keys.issue(accountId, { name: options.name, scopes: options.scopes, expiresAt: options.expiresAt });
    await this.db.rows(auditInsertSql('$1'), [
      JSON.stringify(this.audit(actor, 'admin.key.issue', accountId, 0, { key_id: issued.id, prefix: issued.prefix, scopes: options.scopes ?? null })),
    ]);
    return issued;
  }

  async revokeKey(keyId: string, actor: AdminActor): Promise<void> {
    const notFound = new ApiError(Code.InvalidRequest, 'No API key with that id.', { status: 404, errors: [{ field: 'id', message: 'unknown key' }] });
    if (!UUID.test(keyId)) throw notFound;
    const rows: { account_id: string }[] = await this.db.rows(
      `WITH k AS (UPDATE api_keys SET revoked_at = COALESCE(revoked_at, now()) WHERE id = $1 RETURNING account_id),
            audit AS (${auditInsertSql('$2', '(SELECT account_id FROM k)')} WHERE EXISTS (SELECT 1 FROM k))
       SELECT account_id FROM k`,
      [keyId, JSON.stringify(this.audit(actor, 'admin.key.revoke', null, 0, { key_id: keyId }))],
    );
    if (rows.length === 0) throw notFound;
  }

  /** Adds (or, negative, removes) credits with a ledger entry; never below zero. */
  async grantCredits(accountId: string, amount: number, reason: string, actor: AdminActor): Promise<{ balance: number }> {
    if (!UUID.test(accountId)) throw accountNotFound();
    const rows: { balance: string }[] = await this.db.rows(
      `WITH a AS (UPDATE accounts SET balance = balance + $2::bigint WHERE id = $1 AND balance + $2::bigint >= 0 RETURNING id, balance),
            l AS (INSERT INTO credit_ledger (account_id, delta, balance_after, reason) SELECT id, $2::bigint, balance, $3 FROM a),
            audit AS (${auditInsertSql('$4')} WHERE EXISTS (SELECT 1 FROM a))
       SELECT balance FROM a`,
      [accountId, amount, `admin: ${reason}`, JSON.stringify(this.audit(actor, 'admin.credits', accountId, amount, { reason }))],
    );
    if (rows.length > 0) return { balance: Number(rows[0].balance) };
    const exists: unknown[] = await this.db.rows(`SELECT 1 FROM accounts WHERE id = $1`, [accountId]);
    if (exists.length === 0) throw accountNotFound();
    throw ApiError.invalid('The balance cannot go below zero.', [{ field: 'amount', message: 'would make the balance negative' }]);
  }

  private audit(actor: AdminActor, action: string, accountId: string | null, credits: number, detail: Record<string, unknown>): AuditRecord {
    return {
      principal: actor.label,
      account_id: accountId,
      key_id: null,
      agent_id: null,
      mode: null,
      task_id: null,
      action,
      code: Code.Ok,
      input_digest: null,
      outcome: 'success',
      credits,
      trace_id: actor.traceId,
      client_ip: actor.clientIp,
      detail,
    };
  }
}
