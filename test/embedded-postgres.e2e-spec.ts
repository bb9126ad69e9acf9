import { type ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ADMIN = 'embedded-admin-token-0123456789';

/** Starts the real entry point with no DATABASE_URL, so it must bring its own PostgreSQL. */
function start(dataDir: string, port: number, pgPort: number): ChildProcess {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), EMBEDDED_PG_DIR: dataDir, EMBEDDED_PG_PORT: String(pgPort), ADMIN_TOKEN: ADMIN };
  delete env.DATABASE_URL;
  const log = fs.openSync(path.join(path.dirname(dataDir), 'gateway.log'), 'a');
  return spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'src/main.ts'], { env, stdio: ['ignore', log, log] });
}

async function healthy(base: string, timeoutMs: number): Promise<Record<string, unknown>> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      const res = await fetch(`${base}/health`);
      if (res.status === 200) return (await res.json()) as Record<string, unknown>;
    } catch {
      // not listening yet
    }
    if (Date.now() > until) throw new Error('the gateway did not become healthy');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

function stop(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });
}

it('starts an embedded PostgreSQL without DATABASE_URL, migrates it, and keeps data across restarts', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'supplygate-embedded-'));
  // As root, PostgreSQL runs as an unprivileged user that must be able to reach the directory.
  fs.chmodSync(dir, 0o755);
  const dataDir = path.join(dir, 'pg');
  const port = 3900 + Math.floor(Math.random() * 500);
  const pgPort = 55000 + Math.floor(Math.random() * 1000);
  const base = `http://127.0.0.1:${port}`;
  let child = start(dataDir, port, pgPort);
  try {
    expect(await healthy(base, 60_000)).toMatchObject({ status: 'ok', database: 'up' });
    expect(fs.existsSync(path.join(dataDir, 'PG_VERSION'))).toBe(true);
    const created = await fetch(`${base}/api/v1/admin/accounts`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ADMIN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Embedded', credits: 7 }),
    });
    const account = (await created.json()) as { id: string };
    expect(await stop(child)).toBe(0);

    child = start(dataDir, port, pgPort);
    await healthy(base, 60_000);
    const grant = await fetch(`${base}/api/v1/admin/accounts/${account.id}/credits`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ADMIN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ amount: 1, reason: 'restart check' }),
    });
    expect(await grant.json()).toEqual({ balance: 8 });
  } finally {
    if (child.exitCode === null && child.signalCode === null) await stop(child);
    if (!process.env.KEEP_EMBEDDED) fs.rmSync(dir, { recursive: true, force: true });
  }
}, 150_000);
