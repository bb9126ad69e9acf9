import { type ChildProcess, spawn } from 'node:child_process';
import { Client } from 'pg';
import { ADMIN_TOKEN, databaseUrl, startTestApp } from './support/test-app';

/** A gateway in its own process, so it can be killed with SIGKILL mid-task. */
interface Gateway {
  child: ChildProcess;
  base: string;
}

async function startGateway(env: Record<string, string> = {}): Promise<Gateway> {
  const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'test/support/serve.ts'], {
    env: {
      ...process.env,
      NODE_ENV: 'test',
      DATABASE_URL: databaseUrl(),
      ADMIN_TOKEN,
      RUN_WAIT_MS: '0',
      TASK_LEASE_SECONDS: '2',
      TASK_RETRY_BASE_MS: '50',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const port = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /READY (\d+)/.exec(out);
      if (match) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`gateway exited with ${String(code)}: ${errors}`)));
  });
  return { child, base: `http://127.0.0.1:${port}` };
}

function kill(gateway: Gateway): Promise<void> {
  return new Promise((resolve) => {
    gateway.child.once('exit', () => resolve());
    gateway.child.kill('SIGKILL');
  });
}

async function call(base: string, path: string, token: string, body: unknown): Promise<Record<string, unknown>> {
  const res = await fetch(`${base}${path}`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return (await res.json()) as Record<string, unknown>;
}

async function untilCode(base: string, key: string, taskId: string, codes: string[], timeoutMs: number): Promise<Record<string, unknown>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const status = await call(base, '/api/v1/agents/slow/run', key, { mode: 'status', task_id: taskId });
    if (codes.includes(String(status.code)) || Date.now() > deadline) return status;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

let db: Client;
const running: Gateway[] = [];

beforeAll(async () => {
  db = new Client({ connectionString: databaseUrl() });
  await db.connect();
});

afterAll(async () => {
  await Promise.all(running.filter((g) => g.child.exitCode === null && g.child.signalCode === null).map(kill));
  await db.end();
});

async function gateway(env: Record<string, string> = {}): Promise<Gateway> {
  const started = await startGateway(env);
  running.push(started);
  return started;
}

it('finishes a task whose process was killed mid-run, once, charging once', async () => {
  const first = await gateway();
  const account = await call(first.base, '/api/v1/admin/accounts', ADMIN_TOKEN, { name: 'Crash test', credits: 10 });
  const issued = await call(first.base, `/api/v1/admin/accounts/${String(account.id)}/keys`, ADMIN_TOKEN, {});
  const key = String(issued.key);

  const run = await call(first.base, '/api/v1/agents/slow/run', key, { text: 'long job', extra: { ms: 2500 } });
  expect(run.code).toBe('TASK_ACCEPTED');
  const taskId = String((run.data as { task_id: string }).task_id);
  const started = await untilCode(first.base, key, taskId, ['TASK_RUNNING'], 10_000);
  expect(started.code).toBe('TASK_RUNNING');
  await new Promise((resolve) => setTimeout(resolve, 300));
  await kill(first);

  const second = await gateway();
  const done = await untilCode(second.base, key, taskId, ['TASK_COMPLETED', 'TASK_FAILED', 'TIMEOUT'], 25_000);
  expect(done.code).toBe('TASK_COMPLETED');
  const result = (done.data as { content: { data: { pid: number } } }).content.data;
  expect(result.pid).toBe(second.child.pid);

  const { rows } = await db.query<{ attempts: number; balance: string }>(
    'SELECT t.attempts, a.balance FROM tasks t JOIN accounts a ON a.id = t.account_id WHERE t.id = $1',
    [taskId],
  );
  expect(rows[0].attempts).toBe(2);
  expect(Number(rows[0].balance)).toBe(9);
  const audit = await db.query<{ action: string }>(`SELECT action FROM audit_log WHERE task_id = $1 AND action LIKE 'task.%' ORDER BY id`, [taskId]);
  expect(audit.rows.map((r) => r.action)).toEqual(['task.running', 'task.task_completed']);

  // A task that keeps dying runs out of attempts: it fails and its credits come back.
  const run2 = await call(second.base, '/api/v1/agents/slow/run', key, { text: 'doomed job', extra: { ms: 20_000 } });
  const task2 = String((run2.data as { task_id: string }).task_id);
  expect((await untilCode(second.base, key, task2, ['TASK_RUNNING'], 10_000)).code).toBe('TASK_RUNNING');
  await kill(second);
  const third = await gateway({ TASK_MAX_ATTEMPTS: '1' });
  const failed = await untilCode(third.base, key, task2, ['TASK_COMPLETED', 'TASK_FAILED', 'TIMEOUT'], 25_000);
  expect(failed).toMatchObject({ success: false, code: 'TASK_FAILED' });
  expect(String(failed.message)).toMatch(/refunded/);
  const after = await db.query<{ balance: string }>('SELECT balance FROM accounts WHERE id = $1', [account.id]);
  expect(Number(after.rows[0].balance)).toBe(9);
}, 120_000);

it('hands a running task over at once when a process shuts down gracefully', async () => {
  const first = await startTestApp({ TASK_LEASE_SECONDS: '30' });
  const { key } = await first.account(10);
  const run = await first.run('slow', key, { text: 'long job', extra: { ms: 1500 } });
  const taskId = String(run.body.data?.task_id);
  expect((await untilCode(first.base, key, taskId, ['TASK_RUNNING'], 10_000)).code).toBe('TASK_RUNNING');
  await first.close();
  // With a 30 s lease, only the hand-over lets the next process finish it within the wait below.
  const second = await startTestApp({ TASK_LEASE_SECONDS: '30' });
  try {
    const done = await untilCode(second.base, key, taskId, ['TASK_COMPLETED', 'TASK_FAILED', 'TIMEOUT'], 10_000);
    expect(done.code).toBe('TASK_COMPLETED');
    // The interrupted run was handed over, not failed: it does not count as an attempt.
    const { rows } = await db.query<{ attempts: number }>('SELECT attempts FROM tasks WHERE id = $1', [taskId]);
    expect(rows[0].attempts).toBe(1);
  } finally {
    await second.close();
  }
}, 60_000);
