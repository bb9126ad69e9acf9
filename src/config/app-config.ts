import * as path from 'node:path';

/** One environment variable that failed validation, named so start-up errors say what to fix. */
export class ConfigError extends Error {
  constructor(readonly variable: string, problem: string) {
    super(`Invalid configuration: ${variable} ${problem}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  if (!/^-?\d+$/.test(raw.trim())) throw new ConfigError(name, `must be a whole number, got "${raw}"`);
  const value = Number(raw);
  if (value < min || value > max) throw new ConfigError(name, `must be between ${min} and ${max}, got ${value}`);
  return value;
}

function boolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw new ConfigError(name, `must be true or false, got "${env[name]}"`);
}

function databaseUrl(env: Env): string | null {
  const raw = env.DATABASE_URL?.trim();
  if (!raw) return null;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError('DATABASE_URL', 'is not a URL (expected postgres://user@host:port/database)');
  }
  if (!['postgres:', 'postgresql:'].includes(parsed.protocol)) {
    throw new ConfigError('DATABASE_URL', `must use the postgres:// scheme, got "${parsed.protocol}"`);
  }
  return raw;
}

/** Verification of SSO gateway JWTs; null when not configured. */
export interface SsoConfig {
  issuer: string;
  audience: string;
  /** PEM public key (SPKI) of the SSO gateway, or... */
  publicKeyPem: string | null;
  /** ...the address of its JWKS. */
  jwksUrl: string | null;
  /** Claim that names the SupplyGate account the user acts for. */
  accountClaim: string;
}

function sso(env: Env): SsoConfig | null {
  const publicKeyPem = env.JWT_PUBLIC_KEY?.trim() ? env.JWT_PUBLIC_KEY.replace(/\\n/g, '\n').trim() : null;
  const jwksUrl = env.JWT_JWKS_URL?.trim() || null;
  if (!publicKeyPem && !jwksUrl) return null;
  if (publicKeyPem && jwksUrl) throw new ConfigError('JWT_PUBLIC_KEY', 'and JWT_JWKS_URL are exclusive; set one');
  if (publicKeyPem && !publicKeyPem.includes('BEGIN PUBLIC KEY')) throw new ConfigError('JWT_PUBLIC_KEY', 'must be a PEM public key (-----BEGIN PUBLIC KEY-----)');
  if (jwksUrl && !/^https?:\/\//.test(jwksUrl)) throw new ConfigError('JWT_JWKS_URL', 'must be an http(s) URL');
  const issuer = env.JWT_ISSUER?.trim();
  const audience = env.JWT_AUDIENCE?.trim();
  if (!issuer) throw new ConfigError('JWT_ISSUER', 'is required when SSO tokens are enabled');
  if (!audience) throw new ConfigError('JWT_AUDIENCE', 'is required when SSO tokens are enabled');
  return { issuer, audience, publicKeyPem, jwksUrl, accountClaim: env.JWT_ACCOUNT_CLAIM?.trim() || 'supplygate_account' };
}

/**
 * The gateway's validated configuration. Built once from the environment at boot; a bad value
 * stops start-up with a message naming the variable. Tests build it from an explicit map.
 */
export class AppConfig {
  /** HTTP port. */
  readonly port: number;
  /** Postgres connection string; null starts the embedded server. */
  readonly databaseUrl: string | null;
  /** Where the embedded Postgres keeps its data when no DATABASE_URL is given. */
  readonly embeddedDataDir: string;
  readonly embeddedPort: number;
  /** Bearer token for the platform administration routes; unset disables them. */
  readonly adminToken: string | null;
  /** Root of the reference data (hs/, sanctions/, country-risk/). */
  readonly referenceDataDir: string;
  /** How long `run` waits for a fast task to finish before answering TASK_ACCEPTED. */
  readonly runWaitMs: number;
  /** Default deadline of a task when its agent sets none. */
  readonly taskTimeoutSeconds: number;
  /** Attempts per task for retryable faults and crash recovery, including the first. */
  readonly taskMaxAttempts: number;
  /** First retry delay; doubles per attempt. */
  readonly retryBaseMs: number;
  /** Lease a runner holds on a task; renewed while it runs, expired leases are recovered. */
  readonly leaseSeconds: number;
  /** Whether this process executes tasks (false: accept only, workers elsewhere). */
  readonly workerEnabled: boolean;
  readonly workerConcurrency: number;
  /** Largest accepted request body, in bytes. */
  readonly bodyLimitBytes: number;
  /** SSO gateway JWTs, accepted besides API keys when configured. */
  readonly sso: SsoConfig | null;
  /** Requests per minute per API key (0: no limit). */
  readonly rateLimitPerMinute: number;

  constructor(env: Env = process.env) {
    this.port = integer(env, 'PORT', 3000, 0, 65535);
    this.databaseUrl = databaseUrl(env);
    this.embeddedDataDir = path.resolve(env.EMBEDDED_PG_DIR?.trim() || '.data/postgres');
    this.embeddedPort = integer(env, 'EMBEDDED_PG_PORT', 54329, 1, 65535);
    const admin = env.ADMIN_TOKEN?.trim();
    if (admin !== undefined && admin !== '' && admin.length < 16) {
      throw new ConfigError('ADMIN_TOKEN', 'must be at least 16 characters long');
    }
    this.adminToken = admin ? admin : null;
    this.referenceDataDir = path.resolve(env.REFERENCE_DATA_DIR?.trim() || 'reference-data');
    this.runWaitMs = integer(env, 'RUN_WAIT_MS', 1500, 0, 60_000);
    this.taskTimeoutSeconds = integer(env, 'TASK_TIMEOUT_SECONDS', 300, 1, 86_400);
    this.taskMaxAttempts = integer(env, 'TASK_MAX_ATTEMPTS', 3, 1, 20);
    this.retryBaseMs = integer(env, 'TASK_RETRY_BASE_MS', 500, 1, 600_000);
    this.leaseSeconds = integer(env, 'TASK_LEASE_SECONDS', 15, 2, 3600);
    this.workerEnabled = boolean(env, 'WORKER_ENABLED', true);
    this.workerConcurrency = integer(env, 'WORKER_CONCURRENCY', 4, 1, 256);
    this.bodyLimitBytes = integer(env, 'BODY_LIMIT_BYTES', 1_048_576, 1024, 64 * 1_048_576);
    this.sso = sso(env);
    this.rateLimitPerMinute = integer(env, 'RATE_LIMIT_PER_MINUTE', 6000, 0, 10_000_000);
  }
}
