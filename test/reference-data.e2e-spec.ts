import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { databaseUrl, type Envelope, referenceDataDir, startTestApp, type TestApp } from './support/test-app';

/** Without reference data the gateway still starts; the data agents are listed unavailable and never charge or answer "clear". */

const AGENTS = ['tariff_classification', 'due_diligence_report'];
const REMEDY = /npm run sync:data|REFERENCE_DATA_DIR/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

let db: Client;
const temporary: string[] = [];

beforeAll(async () => {
  db = new Client({ connectionString: databaseUrl() });
  await db.connect();
});

afterAll(async () => {
  await db.end();
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

async function balance(accountId: string): Promise<number> {
  const { rows } = await db.query<{ balance: string }>('SELECT balance FROM accounts WHERE id = $1', [accountId]);
  return Number(rows[0].balance);
}

async function ledgerRows(accountId: string): Promise<number> {
  const { rows } = await db.query<{ n: string }>('SELECT count(*) AS n FROM credit_ledger WHERE account_id = $1', [accountId]);
  return Number(rows[0].n);
}

async function taskCount(accountId: string): Promise<number> {
  const { rows } = await db.query<{ n: string }>('SELECT count(*) AS n FROM tasks WHERE account_id = $1', [accountId]);
  return Number(rows[0].n);
}

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'supplygate-refdata-'));
  temporary.push(dir);
  return dir;
}

async function listed(app: TestApp, key: string): Promise<Map<string, Record<string, unknown>>> {
  const res = await fetch(`${app.base}/api/v1/agents`, { headers: { authorization: `Bearer ${key}` } });
  expect(res.status).toBe(200);
  const { agents } = (await res.json()) as { agents: Array<Record<string, unknown>> };
  return new Map(agents.map((a) => [String(a.agent_id), a]));
}

function expectUnavailable(status: number, body: Envelope, agent: string): void {
  expect(status).toBe(503);
  expect(Object.keys(body).sort()).toEqual(['code', 'data', 'errors', 'message', 'metadata', 'success']);
  expect(body).toMatchObject({ success: false, code: 'TARGET_UNAVAILABLE', data: null, errors: null, metadata: { agent, credits_used: 0 } });
  expect(body.metadata.timestamp).toMatch(TIMESTAMP);
  expect(body.metadata.trace_id).toMatch(/^[0-9a-f]{32}$/);
  expect(body.message).toMatch(REMEDY);
}

describe('with an empty REFERENCE_DATA_DIR', () => {
  let app: TestApp;
  let dir: string;

  beforeAll(async () => {
    dir = tempDir();
    app = await startTestApp({ REFERENCE_DATA_DIR: dir }, { productionAgents: true });
  }, 30_000);

  afterAll(async () => {
    await app.close();
  });

  it('starts, and /health is ok with both data agents unavailable', async () => {
    const res = await fetch(`${app.base}/health`);
    expect(res.status).toBe(200);
    const health = (await res.json()) as { status: string; database: string; agents: Record<string, string> };
    expect(health).toMatchObject({ status: 'ok', database: 'up' });
    expect(health.agents).toMatchObject({ tariff_classification: 'unavailable', due_diligence_report: 'unavailable', echo: 'active' });
  });

  it('lists both agents as unavailable, with a reason that says how to load the data', async () => {
    const { key } = await app.account(1);
    const agents = await listed(app, key);
    for (const id of AGENTS) {
      const manifest = agents.get(id);
      expect(manifest).toMatchObject({ agent_id: id, status: 'unavailable' });
      expect(String(manifest?.status_reason)).toMatch(REMEDY);
      expect(String(manifest?.status_reason)).toContain(dir);
      const one = await fetch(`${app.base}/api/v1/agents/${id}/manifest`, { headers: { authorization: `Bearer ${key}` } });
      expect(one.status).toBe(200);
      expect(await one.json()).toMatchObject({ agent_id: id, status: 'unavailable', status_reason: manifest?.status_reason });
    }
    expect(agents.get('echo')).toMatchObject({ status: 'active' });
  });

  it('answers runs with 503 TARGET_UNAVAILABLE in the envelope, creates no task and charges nothing', async () => {
    const { id, key } = await app.account(50);
    const requests: Array<[string, Record<string, unknown>]> = [
      ['tariff_classification', { text: 'Cotton T-shirts for women, made in Mexico' }],
      ['tariff_classification', { text: 'batch', extra: { items: [{ id: 'a', text: 'Cotton T-shirts' }, { id: 'b', text: 'Leather handbag' }] } }],
      ['tariff_classification', { text: 'Cotton T-shirts for women, made in Mexico', stream: true }],
      ['due_diligence_report', { text: 'Acme Trading LLC, United Arab Emirates' }],
      ['due_diligence_report', { text: 'Mahan Air, Iran', chapter_name: 'Summary' }],
      ['due_diligence_report', { text: 'batch', extra: { parties: [{ name: 'Mahan Air' }, { name: 'Acme Trading LLC' }] } }],
      ['due_diligence_report', { text: 'Acme Trading LLC, United Arab Emirates', stream: true }],
    ];
    for (const [agent, body] of requests) {
      const run = await app.run(agent, key, body);
      expect(run.headers.get('content-type')).toMatch(/^application\/json/);
      expectUnavailable(run.status, run.body, agent);
    }
    expect(await balance(id)).toBe(50);
    expect(await ledgerRows(id)).toBe(1);
    expect(await taskCount(id)).toBe(0);

    // The rest of the gateway keeps serving.
    const echo = await app.run('echo', key, { text: 'still here' });
    expect(echo.body).toMatchObject({ success: true, code: 'TASK_COMPLETED' });
    expect(await balance(id)).toBe(49);
  });
});

describe('with one sanctions list missing', () => {
  let app: TestApp;
  let dir: string;

  beforeAll(async () => {
    // Everything of the real data except the UN Security Council list.
    const real = resolve(referenceDataDir());
    dir = tempDir();
    for (const sub of ['hs', 'country-risk']) symlinkSync(join(real, sub), join(dir, sub));
    mkdirSync(join(dir, 'sanctions'));
    for (const file of readdirSync(join(real, 'sanctions'))) {
      if (!file.startsWith('un_')) symlinkSync(join(real, 'sanctions', file), join(dir, 'sanctions', file));
    }
    app = await startTestApp({ REFERENCE_DATA_DIR: dir }, { productionAgents: true });
  }, 30_000);

  afterAll(async () => {
    await app.close();
  });

  it('keeps due diligence unavailable, naming the missing list, rather than screening against part of the lists', async () => {
    const { id, key } = await app.account(10);
    const agents = await listed(app, key);
    expect(agents.get('tariff_classification')).toMatchObject({ status: 'active' });
    const dd = agents.get('due_diligence_report');
    expect(dd).toMatchObject({ status: 'unavailable' });
    expect(String(dd?.status_reason)).toMatch(/UN Security Council/);
    expect(String(dd?.status_reason)).toMatch(REMEDY);

    const run = await app.run('due_diligence_report', key, { text: 'Acme Trading LLC, United Arab Emirates' });
    expectUnavailable(run.status, run.body, 'due_diligence_report');
    expect(await balance(id)).toBe(10);

    const tariff = await app.run('tariff_classification', key, { text: 'Cotton T-shirts for women, made in Mexico' });
    expect(tariff.body).toMatchObject({ success: true, code: 'TASK_COMPLETED', metadata: { credits_used: 2 } });
    expect(await balance(id)).toBe(8);
  });
});
