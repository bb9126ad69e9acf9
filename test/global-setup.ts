import 'tsconfig-paths/register';
import { Client } from 'pg';
import { runMigrations } from '../src/database/data-source';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Creates a fresh database for the e2e run on the real Postgres (TEST_DATABASE_URL names the
 * server; trust auth on 127.0.0.1 by default) and applies the migrations, as production does.
 */
export default async function globalSetup(): Promise<void> {
  const server = new URL(process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  const name = `supplygate_e2e_${process.pid}`;
  const admin = new Client({ connectionString: server.toString() });
  await admin.connect();
  try {
    const stale: { datname: string }[] = (await admin.query(`SELECT datname FROM pg_database WHERE datname LIKE 'supplygate_e2e_%'`)).rows;
    // Leftovers of runs that died; a database of a run still going (another terminal) is left alone.
    for (const { datname } of stale) {
      const pid = Number(datname.slice('supplygate_e2e_'.length));
      if (pid !== process.pid && isAlive(pid)) continue;
      await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    }
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(server.toString());
  url.pathname = `/${name}`;
  await runMigrations(url.toString());
  process.env.SUPPLYGATE_E2E_DATABASE_URL = url.toString();
}
