import { createHash } from 'node:crypto';

/**
 * Keys look like `sg_<12-char prefix>_<43-char secret>`. The prefix finds the row by a unique
 * index; the whole key is compared by SHA-256. A plain fast hash is right here: the secret has 256
 * random bits, so there is nothing for a slow password hash to protect against.
 */
export const PREFIX_LENGTH = 12;

export function hashKey(key: string): Buffer {
  return createHash('sha256').update(key).digest();
}

export function parseKey(token: string): { prefix: string } | null {
  if (!/^sg_[a-z2-7]{12}_[A-Za-z0-9_-]{43}$/.test(token)) return null;
  return { prefix: token.slice(3, 3 + PREFIX_LENGTH) };
}

/** The one query that authenticates a key: its row, its state and the account's balance. */
export const KEY_LOOKUP_SQL = `SELECT k.id, k.account_id, k.key_hash, k.scopes,
        k.revoked_at IS NOT NULL AS revoked,
        (k.expires_at IS NOT NULL AND k.expires_at <= now()) AS expired,
        a.balance
   FROM api_keys k JOIN accounts a ON a.id = k.account_id
  WHERE k.prefix = $1`;

export interface KeyRow {
  id: string;
  account_id: string;
  key_hash: Buffer;
  scopes: string[];
  revoked: boolean;
  expired: boolean;
  balance: string;
}
