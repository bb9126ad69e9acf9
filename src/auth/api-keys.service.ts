import { randomBytes, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Db } from 'src/database/db';
import type { Principal } from 'src/common/request-context';
import type { Scope } from 'src/common/public.decorator';
import { hashKey, KEY_LOOKUP_SQL, type KeyRow, parseKey, PREFIX_LENGTH } from 'src/auth/api-key-format';

const PREFIX_ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567';
export const ALL_SCOPES: readonly Scope[] = ['agents', 'audit'];

export interface IssuedKey {
  id: string;
  /** The secret; shown once, never stored. */
  key: string;
  prefix: string;
}

function randomPrefix(): string {
  const bytes = randomBytes(PREFIX_LENGTH);
  let out = '';
  for (const b of bytes) out += PREFIX_ALPHABET[b & 31];
  return out;
}

@Injectable()
export class ApiKeysService {
  constructor(private readonly db: Db) {}

  async issue(accountId: string, options: { name?: string | null; scopes?: readonly Scope[]; expiresAt?: Date | null } = {}): Promise<IssuedKey> {
    const prefix = randomPrefix();
    const key = `sg_${prefix}_${randomBytes(32).toString('base64url')}`;
    const rows: { id: string }[] = await this.db.rows(
      `INSERT INTO api_keys (account_id, prefix, key_hash, name, scopes, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [accountId, prefix, hashKey(key), options.name ?? null, options.scopes ?? ALL_SCOPES, options.expiresAt ?? null],
    );
    return { id: rows[0].id, key, prefix };
  }

  /** Revokes a key; answers false when no such key exists. Revoking twice keeps the first time. */
  async revoke(keyId: string): Promise<boolean> {
    const rows: unknown[] = await this.db.rows(
      `UPDATE api_keys SET revoked_at = COALESCE(revoked_at, now()) WHERE id = $1 RETURNING id`,
      [keyId],
    );
    return rows.length > 0;
  }

  /** Resolves a bearer token to a principal in one round trip, or null for any bad credential. */
  async authenticate(token: string): Promise<Principal | null> {
    const parsed = parseKey(token);
    if (!parsed) return null;
    const rows = await this.db.rows<KeyRow>(KEY_LOOKUP_SQL, [parsed.prefix]);
    const row = rows[0];
    if (!row) return null;
    if (!timingSafeEqual(row.key_hash, hashKey(token))) return null;
    if (row.revoked || row.expired) return null;
    return {
      kind: 'api_key',
      label: `key:${parsed.prefix}`,
      accountId: row.account_id,
      keyId: row.id,
      scopes: row.scopes,
      balance: Number(row.balance),
    };
  }
}
