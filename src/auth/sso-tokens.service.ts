import { createPublicKey, type KeyObject } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { createRemoteJWKSet, type JWTPayload, type JWTVerifyGetKey, jwtVerify } from 'jose';
import type { Principal } from 'src/common/request-context';
import { AppConfig } from 'src/config/app-config';
import { Db } from 'src/database/db';

const ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'ES256', 'ES384', 'EdDSA'];

/** Scopes a token grants: `scope` (space-separated) or `scp` (array), filtered to ours. */
function scopesOf(payload: JWTPayload): string[] {
  const raw = typeof payload.scope === 'string' ? payload.scope.split(/\s+/) : Array.isArray(payload.scp) ? payload.scp : [];
  return raw.filter((s): s is string => typeof s === 'string').filter((s) => s === 'agents' || s === 'audit');
}

/**
 * JWTs issued by the company's SSO gateway, for staff who act in the name of an account
 * (operations, compliance officers). Verified against the configured public key or JWKS, issuer
 * and audience; the account is a claim, and must exist. Only asymmetric algorithms are accepted,
 * so holding the verification key never lets anyone mint tokens.
 */
@Injectable()
export class SsoTokensService {
  private readonly logger = new Logger(SsoTokensService.name);
  /** One shape for both sources: a static key is a getter that always answers it. */
  private readonly key: JWTVerifyGetKey | null;

  constructor(
    private readonly config: AppConfig,
    private readonly db: Db,
  ) {
    const sso = config.sso;
    if (!sso) {
      this.key = null;
    } else if (sso.jwksUrl) {
      this.key = createRemoteJWKSet(new URL(sso.jwksUrl));
    } else {
      const publicKey: KeyObject = createPublicKey(sso.publicKeyPem ?? '');
      this.key = () => Promise.resolve(publicKey);
    }
  }

  get enabled(): boolean {
    return this.key !== null;
  }

  static looksLikeJwt(token: string): boolean {
    return /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/.test(token);
  }

  /** The principal for a valid token, or null for any invalid, expired or foreign one. */
  async authenticate(token: string): Promise<Principal | null> {
    const sso = this.config.sso;
    if (!this.key || !sso) return null;
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, this.key, { issuer: sso.issuer, audience: sso.audience, algorithms: ALGORITHMS, clockTolerance: 5 }));
    } catch (error) {
      this.logger.debug(`Rejected SSO token: ${(error as Error).message}`);
      return null;
    }
    const account = payload[sso.accountClaim];
    if (typeof account !== 'string' || !/^[0-9a-f-]{36}$/i.test(account) || typeof payload.sub !== 'string') return null;
    const rows = await this.db.rows<{ balance: string }>(`SELECT balance FROM accounts WHERE id = $1`, [account]);
    if (!rows[0]) return null;
    return {
      kind: 'sso',
      label: `sso:${payload.sub.slice(0, 200)}`,
      accountId: account,
      keyId: null,
      scopes: scopesOf(payload),
      balance: Number(rows[0].balance),
    };
  }
}
