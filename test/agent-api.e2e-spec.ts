import { Client } from 'pg';
import { balanceOf, expectEnvelope, ledgerSumOf, TIMESTAMP } from './support/checks';
import { databaseUrl, type Envelope, startTestApp, type TestApp, waitForTerminal } from './support/test-app';

let app: TestApp;
let db: Client;
const balance = (accountId: string) => balanceOf(db, accountId);
const ledgerSum = (accountId: string) => ledgerSumOf(db, accountId);

beforeAll(async () => {
  app = await startTestApp();
  db = new Client({ connectionString: databaseUrl() });
  await db.connect();
});

afterAll(async () => {
  await db.end();
  await app.close();
});

describe('run, status, results', () => {
  it('answers a fast task terminal in the run call, and status/results agree', async () => {
    const { id, key } = await app.account(10);
    const run = await app.run('echo', key, { text: 'Cotton T-shirts', stream: false, task_id: null, extra: {} });
    expect(run.status).toBe(200);
    expectEnvelope(run.body);
    expect(run.body).toMatchObject({
      success: true,
      code: 'TASK_COMPLETED',
      message: 'Task completed successfully.',
      errors: null,
      metadata: { agent: 'echo', credits_used: 1 },
      data: { agent: 'echo', stage: 'completed', code: 'TASK_COMPLETED', progress: 100, is_final: true },
    });
    expect(run.body.data?.content).toEqual({ type: 'result', data: { echo: 'Cotton T-shirts', turns: 1, option: null } });
    expect(run.body.data?.timestamp).toMatch(TIMESTAMP);
    expect(run.body.data?.reasoning).toEqual(['Understood: Cotton T-shirts', 'Echoing the text back.', 'Half way.']);
    const taskId = String(run.body.data?.task_id);
    expect(taskId).toMatch(/^t_[0-9a-z]{26}$/);

    const status = await app.run('echo', key, { mode: 'status', task_id: taskId });
    expect(status.status).toBe(200);
    expect(status.body).toMatchObject({ success: true, code: 'TASK_COMPLETED', metadata: { credits_used: 0 } });
    expect(status.body.data?.content).toEqual(run.body.data?.content);

    for (const mode of ['results', 'result']) {
      const results = await app.run('echo', key, { mode, task_id: taskId });
      expect(results.status).toBe(200);
      expect(results.body).toMatchObject({ success: true, code: 'TASK_COMPLETED', metadata: { credits_used: 1 } });
      expect(results.body.data?.content).toEqual(run.body.data?.content);
    }
    expect(await balance(id)).toBe(9);
    expect(await ledgerSum(id)).toBe(9);
  });

  it('answers TASK_ACCEPTED for a slow task and finishes it in the background', async () => {
    const { key } = await app.account(10);
    const run = await app.run('slow', key, { text: 'work', extra: { ms: 2500 } });
    expect(run.status).toBe(200);
    expect(run.body).toMatchObject({ success: true, code: 'TASK_ACCEPTED', message: 'Task accepted and queued for execution.', metadata: { credits_used: 1 } });
    expect(run.body.data).toMatchObject({ stage: 'executing', code: 'TASK_ACCEPTED', progress: 0, is_final: true, content: '' });
    const taskId = String(run.body.data?.task_id);
    const running = await app.run('slow', key, { mode: 'status', task_id: taskId });
    expect(running.body).toMatchObject({ success: true, code: 'TASK_RUNNING', data: { stage: 'executing' } });
    const pending = await app.run('slow', key, { mode: 'results', task_id: taskId });
    expect(pending.body.code).toBe('TASK_RUNNING');
    expect(pending.body.metadata.credits_used).toBe(0);
    const done = await waitForTerminal(app, 'slow', key, taskId);
    expect(done).toMatchObject({ success: true, code: 'TASK_COMPLETED', data: { stage: 'completed', progress: 100 } });
  });

  it('takes agent options from the top level, with extra winning', async () => {
    const { key } = await app.account(10);
    const run = await app.run('slow', key, { text: 'work', ms: 100, extra: {} });
    expect(run.body.code).toBe('TASK_COMPLETED');
    expect((run.body.data?.content as { data: { slept: number } }).data.slept).toBe(100);
    const both = await app.run('slow', key, { text: 'work', ms: 5000, extra: { ms: 200 } });
    expect((both.body.data?.content as { data: { slept: number } }).data.slept).toBe(200);
  });
});

describe('bad input always gets the envelope', () => {
  let key: string;
  beforeAll(async () => {
    ({ key } = await app.account(100));
  });

  const cases: [string, unknown, string][] = [
    ['malformed JSON', '{"text": ', 'body'],
    ['text of the wrong type', { text: 5 }, 'text'],
    ['stream of the wrong type', { text: 'x', stream: 'yes' }, 'stream'],
    ['extra that is not an object', { text: 'x', extra: [1, 2] }, 'extra'],
    ['unknown mode', { mode: 'explode', text: 'x' }, 'mode'],
    ['blank text', { text: '   ' }, 'text'],
    ['missing text', {}, 'text'],
    ['status without task_id', { mode: 'status' }, 'task_id'],
    ['cancel without task_id', { mode: 'cancel' }, 'task_id'],
    ['results without task_id', { mode: 'results' }, 'task_id'],
  ];
  it.each(cases)('%s → INVALID_REQUEST with a field error', async (_name, body, field) => {
    const res = await app.run('echo', key, body);
    expect(res.status).toBe(400);
    expectEnvelope(res.body);
    expect(res.body).toMatchObject({ success: false, code: 'INVALID_REQUEST', data: null });
    expect(res.body.errors?.map((e) => e.field)).toContain(field);
    expect(JSON.stringify(res.body)).not.toMatch(/at .*\.ts:\d+|node_modules|Error:/);
  });

  it('refuses a body over the configured limit with 413 and the envelope', async () => {
    const res = await app.run('echo', key, { text: 'x'.repeat(1_100_000) });
    expect(res.status).toBe(413);
    expect(res.body).toMatchObject({ success: false, code: 'INVALID_REQUEST', errors: [{ field: 'body' }] });
  });

  it('answers an unknown task id with 404 INVALID_REQUEST', async () => {
    const res = await app.run('echo', key, { mode: 'status', task_id: 't_00000000000000000000000000' });
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ success: false, code: 'INVALID_REQUEST', errors: [{ field: 'task_id' }] });
  });

  it('answers an unknown agent with 404 TARGET_UNAVAILABLE, and an unready one with 503', async () => {
    const unknown = await app.run('no_such_agent', key, { text: 'x' });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ success: false, code: 'TARGET_UNAVAILABLE' });
    const offline = await app.run('offline', key, { text: 'x' });
    expect(offline.status).toBe(503);
    expect(offline.body).toMatchObject({ success: false, code: 'TARGET_UNAVAILABLE', message: 'Reference data is not loaded: run npm run sync:data.' });
  });

  it('rejects chit-chat as INVALID_REQUEST and foreign intents as INVALID_INTENT, without charging', async () => {
    const { id, key: own } = await app.account(5);
    const chat = await app.run('echo', own, { text: 'how are you' });
    expect(chat.status).toBe(400);
    expect(chat.body).toMatchObject({ success: false, code: 'INVALID_REQUEST', message: 'Chit-chat is out of scope.', errors: [] });
    const intent = await app.run('echo', own, { text: 'book a flight to Lima' });
    expect(intent.status).toBe(400);
    expect(intent.body).toMatchObject({ success: false, code: 'INVALID_INTENT', message: 'This agent does not book flights.' });
    expect(await balance(id)).toBe(5);
  });

  it('hides internal faults: TASK_FAILED with a safe message, credits refunded', async () => {
    const { id, key: own } = await app.account(5);
    const run = await app.run('broken', own, { text: 'go' });
    expect(run.status).toBe(200);
    expect(run.body).toMatchObject({ success: false, code: 'TASK_FAILED', data: { stage: 'completed' }, metadata: { credits_used: 0 } });
    expect(JSON.stringify(run.body)).not.toContain('secret internal detail');
    expect(await balance(id)).toBe(5);
    expect(await ledgerSum(id)).toBe(5);
  });
});

describe('credits', () => {
  it('answers INSUFFICIENT_CREDITS (402) before any work', async () => {
    const { key } = await app.account(0);
    const res = await app.run('echo', key, { text: 'x' });
    expect(res.status).toBe(402);
    expect(res.body).toMatchObject({ success: false, code: 'INSUFFICIENT_CREDITS', data: null });
  });

  it('checks a price set at interpretation atomically, not only the pre-check', async () => {
    const { id, key } = await app.account(3);
    const res = await app.run('echo', key, { text: 'big batch', extra: { price: 4 } });
    expect(res.status).toBe(402);
    expect(await balance(id)).toBe(3);
  });

  it('accepts exactly k of N simultaneous runs when the balance covers k', async () => {
    const { id, key } = await app.account(5);
    const results = await Promise.all(Array.from({ length: 40 }, () => app.run('echo', key, { text: 'race' })));
    const accepted = results.filter((r) => r.status === 200);
    const refused = results.filter((r) => r.status === 402);
    expect(accepted).toHaveLength(5);
    expect(refused).toHaveLength(35);
    refused.forEach((r) => expect(r.body.code).toBe('INSUFFICIENT_CREDITS'));
    expect(await balance(id)).toBe(0);
    expect(await ledgerSum(id)).toBe(0);
    const { rows } = await db.query('SELECT count(*)::int AS n FROM tasks WHERE account_id = $1', [id]);
    expect(rows[0].n).toBe(5);
  });

  it('keeps the ledger append-only', async () => {
    await expect(db.query('DELETE FROM credit_ledger')).rejects.toThrow(/append-only/);
    await expect(db.query('UPDATE audit_log SET code = $1', ['X'])).rejects.toThrow(/append-only/);
    await expect(db.query("UPDATE accounts SET balance = -1 WHERE name = 'Test account'")).rejects.toThrow(/accounts_balance_not_negative/);
  });
});

describe('multi-turn', () => {
  it('asks with WAITING_USER (success, 200, no charge) and continues with the same task_id', async () => {
    const { id, key } = await app.account(10);
    const first = await app.run('echo', key, { text: 'ask' });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      success: true,
      code: 'WAITING_USER',
      data: { stage: 'interpreting', code: 'WAITING_USER', content: 'Which colour do you mean?', is_final: true },
      metadata: { credits_used: 0 },
    });
    const taskId = String(first.body.data?.task_id);
    expect(await balance(id)).toBe(10);

    const again = await app.run('echo', key, { text: 'ask again', task_id: taskId });
    expect(again.body).toMatchObject({ code: 'WAITING_USER', data: { task_id: taskId } });

    const answer = await app.run('echo', key, { text: 'blue', task_id: taskId });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ success: true, code: 'TASK_COMPLETED', data: { task_id: taskId }, metadata: { credits_used: 1 } });
    expect((answer.body.data?.content as { data: unknown }).data).toEqual({ echo: 'ask / ask again / blue', turns: 3, option: null });
    expect(await balance(id)).toBe(9);

    const late = await app.run('echo', key, { text: 'green', task_id: taskId });
    expect(late.status).toBe(400);
    expect(late.body).toMatchObject({ code: 'INVALID_REQUEST', errors: [{ field: 'task_id' }] });
  });

  it('cancels a task that waits for an answer', async () => {
    const { key } = await app.account(10);
    const first = await app.run('echo', key, { text: 'ask' });
    const cancel = await app.run('echo', key, { mode: 'cancel', task_id: first.body.data?.task_id });
    expect(cancel.body).toMatchObject({ success: true, code: 'TASK_CANCELLED', data: { stage: 'cancelled' } });
  });
});

describe('execution', () => {
  it('cancels a running task: it stops and stays cancelled', async () => {
    const { id, key } = await app.account(10);
    const run = await app.run('slow', key, { text: 'work', extra: { ms: 5000 } });
    const taskId = String(run.body.data?.task_id);
    const cancel = await app.run('slow', key, { mode: 'cancel', task_id: taskId });
    expect(cancel.status).toBe(200);
    expect(cancel.body).toMatchObject({ success: true, code: 'TASK_CANCELLED', data: { stage: 'cancelled', code: 'TASK_CANCELLED' } });
    await new Promise((resolve) => setTimeout(resolve, 600));
    const status = await app.run('slow', key, { mode: 'status', task_id: taskId });
    expect(status.body).toMatchObject({ success: false, code: 'TASK_CANCELLED', data: { stage: 'cancelled' } });
    // It had started running, so the charge stands.
    expect(await balance(id)).toBe(9);
    const again = await app.run('slow', key, { mode: 'cancel', task_id: taskId });
    expect(again.body.code).toBe('TASK_CANCELLED');
  });

  it('ends a run past its deadline as TIMEOUT and refunds it', async () => {
    const { id, key } = await app.account(10);
    const run = await app.run('sleepy', key, { text: 'zzz' });
    const taskId = String(run.body.data?.task_id);
    const done = await waitForTerminal(app, 'sleepy', key, taskId, 5000);
    expect(done).toMatchObject({ success: false, code: 'TIMEOUT', data: { stage: 'completed', code: 'TIMEOUT' } });
    expect(await balance(id)).toBe(10);
    expect(await ledgerSum(id)).toBe(10);
  });

  it('retries transient faults with backoff, and gives up with a refund after the attempts', async () => {
    const { id, key } = await app.account(10);
    const ok = await app.run('flaky', key, { text: 'go', extra: { failures: 2 } });
    const done = await waitForTerminal(app, 'flaky', key, String(ok.body.data?.task_id));
    expect(done.code).toBe('TASK_COMPLETED');
    expect((done.data?.content as { data: unknown }).data).toEqual({ attempts: 3 });
    const failing = await app.run('flaky', key, { text: 'go', extra: { failures: 9 } });
    const failed = await waitForTerminal(app, 'flaky', key, String(failing.body.data?.task_id));
    expect(failed).toMatchObject({ success: false, code: 'TASK_FAILED' });
    expect(await balance(id)).toBe(9);
  });

  it('lets an agent call another agent with the parent trace id, audited', async () => {
    const { id, key } = await app.account(10);
    const run = await app.run('caller', key, { text: 'relay this', extra: { target: 'echo' } });
    const done = await waitForTerminal(app, 'caller', key, String(run.body.data?.task_id));
    expect(done.code).toBe('TASK_COMPLETED');
    const data = (done.data?.content as { data: { result: { code: string; content: { data: { echo: string } } }; trace_id: string } }).data;
    expect(data.result.code).toBe('TASK_COMPLETED');
    expect(data.result.content.data.echo).toBe('relay this');
    expect(data.trace_id).toBe(run.body.metadata.trace_id);
    const { rows } = await db.query(
      `SELECT principal, trace_id, detail FROM audit_log WHERE account_id = $1 AND agent_id = 'echo' AND action = 'api.run'`,
      [id],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ principal: 'agent:caller', trace_id: run.body.metadata.trace_id, detail: { parent_task_id: run.body.data?.task_id } });
    expect(await balance(id)).toBe(8);

    const missing = await app.run('caller', key, { text: 'x', extra: { target: 'nowhere' } });
    const failed = await waitForTerminal(app, 'caller', key, String(missing.body.data?.task_id));
    expect((failed.data?.content as { data: { result: { code: string } } }).data.result.code).toBe('TARGET_UNAVAILABLE');

    const offline = await app.run('caller', key, { text: 'x', extra: { target: 'offline' } });
    const refused = await waitForTerminal(app, 'caller', key, String(offline.body.data?.task_id));
    expect((refused.data?.content as { data: { result: { code: string } } }).data.result.code).toBe('TARGET_UNAVAILABLE');

    const foreign = await app.run('caller', key, { text: 'book a flight to Lima', extra: { target: 'echo' } });
    const intent = await waitForTerminal(app, 'caller', key, String(foreign.body.data?.task_id));
    expect((intent.data?.content as { data: { result: { code: string } } }).data.result.code).toBe('INVALID_INTENT');

    // No answer within the caller's wait: TIMEOUT, and the callee's task is cancelled.
    const slow = await app.run('caller', key, { text: 'work', extra: { target: 'slow', timeout_ms: 300 } });
    const timedOut = await waitForTerminal(app, 'caller', key, String(slow.body.data?.task_id));
    const call = (timedOut.data?.content as { data: { result: { code: string; taskId: string } } }).data.result;
    expect(call.code).toBe('TIMEOUT');
    const callee = await app.run('slow', key, { mode: 'status', task_id: call.taskId });
    expect(callee.body.code).toBe('TASK_CANCELLED');
  });
});

describe('isolation between accounts', () => {
  it('answers another account’s task exactly like a missing one', async () => {
    const a = await app.account(10);
    const b = await app.account(10);
    const run = await app.run('echo', a.key, { text: 'mine' });
    const taskId = run.body.data?.task_id;
    const missing = await app.run('echo', b.key, { mode: 'status', task_id: 't_00000000000000000000000000' });
    for (const mode of ['status', 'results', 'cancel']) {
      const res = await app.run('echo', b.key, { mode, task_id: taskId });
      expect(res.status).toBe(404);
      expect({ ...res.body, metadata: null }).toEqual({ ...missing.body, metadata: null });
    }
    const res = await app.run('echo', b.key, { text: 'hijack', task_id: taskId });
    expect(res.status).toBe(404);
    const events = await fetch(`${app.base}/api/v1/agents/echo/tasks/${String(taskId)}/events`, { headers: { authorization: `Bearer ${b.key}` } });
    expect(events.status).toBe(404);
  });
});

describe('authentication', () => {
  it('refuses missing, malformed, unknown, revoked and expired keys with 401', async () => {
    const { key, keyId } = await app.account(10);
    const bad = ['', 'Bearer', 'Basic abc', 'Bearer sg_aaaaaaaaaaaa_' + 'A'.repeat(43), `Bearer ${key}x`];
    for (const authorization of bad) {
      const res = await fetch(`${app.base}/api/v1/agents/echo/run`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
        body: JSON.stringify({ text: 'x' }),
      });
      expect(res.status).toBe(401);
      expect(await res.json()).toMatchObject({ success: false, code: 'UNAUTHORIZED', data: null });
    }
    expect((await app.run('echo', key, { text: 'x' })).status).toBe(200);
    const revoke = await fetch(`${app.base}/api/v1/admin/keys/${keyId}`, { method: 'DELETE', headers: { authorization: 'Bearer test-admin-token-0123456789' } });
    expect(revoke.status).toBe(204);
    const revoked = await app.run('echo', key, { text: 'x' });
    expect(revoked.status).toBe(401);
    expect(revoked.body.code).toBe('UNAUTHORIZED');

    const account = await app.account(10);
    const expiring = await fetch(`${app.base}/api/v1/admin/accounts/${account.id}/keys`, {
      method: 'POST',
      headers: { authorization: 'Bearer test-admin-token-0123456789', 'content-type': 'application/json' },
      body: JSON.stringify({ expires_at: new Date(Date.now() + 1500).toISOString() }),
    });
    const expiringKey = String(((await expiring.json()) as { key: string }).key);
    expect((await app.run('echo', expiringKey, { text: 'x' })).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 1700));
    expect((await app.run('echo', expiringKey, { text: 'x' })).status).toBe(401);
  });

  it('stores keys only as hashes', async () => {
    const { key, keyId } = await app.account(1);
    const { rows } = await db.query('SELECT * FROM api_keys WHERE id = $1', [keyId]);
    expect(JSON.stringify(rows[0])).not.toContain(key.slice(16));
    expect(rows[0].prefix).toBe(key.slice(3, 15));
  });

  it('keeps administration closed to API keys and wrong tokens', async () => {
    const { key } = await app.account(1);
    for (const token of [key, 'wrong-token-wrong-token']) {
      const res = await fetch(`${app.base}/api/v1/admin/accounts`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'x', credits: 1 }),
      });
      expect(res.status).toBe(401);
    }
  });
});

describe('admin', () => {
  const admin = (path: string, method: string, body?: unknown) =>
    fetch(`${app.base}/api/v1/admin${path}`, {
      method,
      headers: { authorization: 'Bearer test-admin-token-0123456789', 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  it('grants credits with a ledger entry and never below zero', async () => {
    const { id } = await app.account(5);
    const grant = await admin(`/accounts/${id}/credits`, 'POST', { amount: 7, reason: 'top-up' });
    expect(grant.status).toBe(200);
    expect(await grant.json()).toEqual({ balance: 12 });
    const overdraw = await admin(`/accounts/${id}/credits`, 'POST', { amount: -13, reason: 'correction' });
    expect(overdraw.status).toBe(400);
    expect(await ledgerSum(id)).toBe(12);
    const invalid = await admin(`/accounts/${id}/credits`, 'POST', { amount: 'lots' });
    expect(invalid.status).toBe(400);
    expect(((await invalid.json()) as Envelope).errors?.map((e) => e.field).sort()).toEqual(['amount', 'reason']);
    const unknown = await admin('/accounts/00000000-0000-0000-0000-000000000000/credits', 'POST', { amount: 1, reason: 'x' });
    expect(unknown.status).toBe(404);
  });
});

describe('audit trail', () => {
  it('records calls and transitions, filters, paginates, exports, and stays within the account', async () => {
    const a = await app.account(10);
    const b = await app.account(10);
    const run = await app.run('echo', a.key, { text: 'audited' });
    const taskId = String(run.body.data?.task_id);
    await app.run('echo', a.key, { mode: 'status', task_id: taskId });
    await app.run('echo', a.key, { text: '' });

    const get = (key: string, query: string) => fetch(`${app.base}/api/v1/audit?${query}`, { headers: { authorization: `Bearer ${key}` } });
    const byTask = (await (await get(a.key, `task_id=${taskId}`)).json()) as Envelope & { data: { items: Record<string, unknown>[] } };
    expect(byTask.success).toBe(true);
    const actions = byTask.data.items.map((row) => `${String(row.action)}:${String(row.code)}`).reverse();
    expect(actions).toEqual(['api.run:TASK_ACCEPTED', 'task.running:TASK_RUNNING', 'task.task_completed:TASK_COMPLETED', 'POST /api/v1/agents/:agentId/run:TASK_COMPLETED']);
    const accepted = byTask.data.items.find((row) => row.action === 'api.run');
    expect(accepted).toMatchObject({ principal: expect.stringMatching(/^key:/), key_id: a.keyId, agent_id: 'echo', mode: 'run', outcome: 'success', credits: 1, trace_id: run.body.metadata.trace_id });
    expect(String(accepted?.input_digest)).toMatch(/^sha256:[0-9a-f]{64}$/);

    const invalid = (await (await get(a.key, 'code=INVALID_REQUEST')).json()) as { data: { items: { outcome: string }[] } };
    expect(invalid.data.items.length).toBeGreaterThanOrEqual(1);
    expect(invalid.data.items[0].outcome).toBe('failure');

    const page1 = (await (await get(a.key, 'limit=2')).json()) as { data: { items: { id: number }[]; next_cursor: string } };
    expect(page1.data.items).toHaveLength(2);
    const page2 = (await (await get(a.key, `limit=2&cursor=${page1.data.next_cursor}`)).json()) as { data: { items: { id: number }[] } };
    expect(page2.data.items[0].id).toBeLessThan(page1.data.items[1].id);

    const csv = await get(a.key, `task_id=${taskId}&format=csv`);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    const lines = (await csv.text()).trim().split('\r\n');
    expect(lines[0]).toBe('id,at,principal,key_id,agent_id,mode,task_id,action,code,input_digest,outcome,credits,trace_id,client_ip,detail');
    expect(lines).toHaveLength(5);

    const other = (await (await get(b.key, `task_id=${taskId}`)).json()) as { data: { items: unknown[] } };
    expect(other.data.items).toEqual([]);

    const bad = await get(a.key, 'from=yesterday&limit=0');
    expect(bad.status).toBe(400);
    expect((((await bad.json()) as Envelope).errors ?? []).map((e) => e.field).sort()).toEqual(['from', 'limit']);

    const agentsOnly = await app.account(1, ['agents']);
    const forbidden = await get(agentsOnly.key, '');
    expect(forbidden.status).toBe(403);
  });
});

describe('rate limits', () => {
  it('answers RATE_LIMITED (429) with Retry-After past the per-key limit, per key', async () => {
    const limited = await startTestApp({ RATE_LIMIT_PER_MINUTE: '60' });
    try {
      const { key } = await limited.account(100);
      const missing = { mode: 'status', task_id: 't_00000000000000000000000000' };
      const answers = [];
      for (let i = 0; i < 12; i += 1) answers.push(await limited.run('echo', key, missing));
      expect(answers.slice(0, 10).map((a) => a.status)).toEqual(Array(10).fill(404));
      const refused = answers.slice(10);
      for (const answer of refused) {
        expect(answer.status).toBe(429);
        expect(answer.body).toMatchObject({ success: false, code: 'RATE_LIMITED', data: null });
        expect(Number(answer.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      }
      const other = await limited.account(1);
      expect((await limited.run('echo', other.key, missing)).status).toBe(404);
    } finally {
      await limited.close();
    }
  });
});
