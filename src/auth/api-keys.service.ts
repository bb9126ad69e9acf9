import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Db } from 'src/database/db';
import type { Principal } from 'src/common/request-context';
import type { Scope } from 'src/common/public.decorator';

const PREFIX_LENGTH = 12;
const PREFIX_ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567';
export const ALL_SCOPES: readonly Scope[] = ['agents', 'audit'];

export interface IssuedKey {
  id: string;
  /** The secret; shown once, never stored. */
  key: string;
  prefix: string;
}

/**
 * Keys look like `sg_<12-char prefix>_<43-char secret>`. The prefix finds the row by a unique
 * index; the whole key is compared by SHA-256. A plain fast hash is right here: the secret has 256
 * random bits, so there is nothing for a slow password hash to protect against.
 */
function hashKey(key: string): Buffer {
  return createHash('sha256').update(key).digest();
}

function randomPrefix(): string {
  const bytes = randomBytes(PREFIX_LENGTH);
  let out = '';
  for (const b of bytes) out += PREFIX_ALPHABET[b & 31];
  return out;
}

export function parseKey(token: string): { prefix: string } | null {
  if (!/^sg_[a-z2-7]{12}_[A-Za-z0-9_-]{43}$/.test(token)) return null;
  return { prefix: token.slice(3, 3 + PREFIX_LENGTH) };
}

interface KeyRow {
  id: string;
  account_id: string;
  key_hash: Buffer;
  scopes: string[];
  revoked: boolean;
  expired: boolean;
  balance: string;
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
    const rows: KeyRow[] = await this.db.rows(
      `SELECT k.id, k.account_id, k.key_hash, k.scopes,
              k.revoked_at IS NOT NULL AS revoked,
              (k.expires_at IS NOT NULL AND k.expires_at <= now()) AS expired,
              a.balance
         FROM api_keys k JOIN accounts a ON a.id = k.account_id
        WHERE k.prefix = $1`,
      [parsed.prefix],
    );
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
