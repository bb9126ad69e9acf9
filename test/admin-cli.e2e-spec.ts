import { spawnSync } from 'node:child_process';
import { databaseUrl, startTestApp, type TestApp } from './support/test-app';

/** The admin CLI, run as users run it, against the same database a gateway serves. */
function admin(...args: string[]): { status: number | null; out: string; err: string } {
  const result = spawnSync(process.execPath, ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'src/admin/admin.cli.ts', ...args], {
    env: { ...process.env, DATABASE_URL: databaseUrl() },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, out: result.stdout, err: result.stderr };
}

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
});

afterAll(async () => {
  await app.close();
});

it('creates an account, issues a key that works, grants credits and revokes the key', async () => {
  const created = admin('create-account', '--name', 'CLI Imports', '--credits', '3');
  expect(created.status).toBe(0);
  const account = JSON.parse(created.out) as { id: string; name: string; balance: number };
  expect(account).toMatchObject({ name: 'CLI Imports', balance: 3 });

  const issued = admin('issue-key', '--account', account.id, '--name', 'ERP', '--scopes', 'agents');
  expect(issued.status).toBe(0);
  const key = JSON.parse(issued.out) as { id: string; key: string; prefix: string };
  expect(key.key).toMatch(/^sg_[a-z2-7]{12}_/);
  expect((await app.run('echo', key.key, { text: 'from a CLI key' })).body.code).toBe('TASK_COMPLETED');

  const granted = admin('grant', '--account', account.id, '--amount', '10', '--reason', 'top-up');
  expect(granted.status).toBe(0);
  expect(JSON.parse(granted.out)).toEqual({ balance: 12 });

  const revoked = admin('revoke-key', '--key', key.id);
  expect(revoked.status).toBe(0);
  expect((await app.run('echo', key.key, { text: 'x' })).status).toBe(401);
});

it('fails with a clear message and exit code 1 on bad input', () => {
  const bad = admin('grant', '--account', '00000000-0000-0000-0000-000000000000', '--amount', 'lots', '--reason', 'x');
  expect(bad.status).toBe(1);
  expect(bad.err).toMatch(/--amount must be a whole number/);
  expect(bad.out).toBe('');
});
