import { parseStream, postRaw } from './support/checks';
import { startTestApp, type TestApp } from './support/test-app';

let app: TestApp;
let key: string;
const post = (agent: string, body: unknown, headers: Record<string, string> = {}) => postRaw(app.base, agent, key, body, headers);

beforeAll(async () => {
  app = await startTestApp();
  ({ key } = await app.account(100));
});

afterAll(async () => {
  await app.close();
});

describe('POST run with stream: true', () => {
  it('streams reasoning frames, state envelopes and the end frame, in the exact framing', async () => {
    const res = await post('echo', { mode: 'run', text: 'Cotton T-shirts', stream: true });
    expect(res.status).toBe(200);
    expect(res.type).toMatch(/^text\/event-stream/);
    expect(res.raw).not.toMatch(/^:/m);
    const events = parseStream(res.raw);
    const shape = events.map((e) => (e.event === 'stream' ? `frame:${String((e.data as { code: string }).code)}` : `envelope:${String(e.code)}`));
    expect(shape).toEqual(['frame:THINKING', 'envelope:TASK_ACCEPTED', 'envelope:TASK_RUNNING', 'frame:TASK_RUNNING', 'frame:TASK_RUNNING', 'envelope:TASK_COMPLETED']);

    const thinking = events[0] as { event: string; data: Record<string, unknown> };
    expect(Object.keys(thinking)).toEqual(['event', 'data']);
    expect(Object.keys(thinking.data)).toEqual(['task_id', 'agent', 'stage', 'code', 'progress', 'reasoning', 'timestamp', 'is_final']);
    expect(thinking.data).toMatchObject({ agent: 'echo', stage: 'interpreting', code: 'THINKING', progress: 0, reasoning: ['Understood: Cotton T-shirts'], is_final: false });

    const accepted = events[1];
    expect(Object.keys(accepted)).toEqual(['success', 'code', 'message', 'data', 'metadata', 'errors']);
    expect(accepted).toMatchObject({ success: true, code: 'TASK_ACCEPTED', message: 'Task accepted and queued for execution.', errors: null });
    expect(accepted.data).toMatchObject({ stage: 'executing', code: 'TASK_ACCEPTED', is_final: true, content: '' });
    expect(events[4]).toMatchObject({ event: 'stream', data: { progress: 50, reasoning: ['Half way.'] } });

    const completed = events[5] as { data: { content: unknown; task_id: string } };
    expect(completed).toMatchObject({ success: true, code: 'TASK_COMPLETED', data: { stage: 'completed', progress: 100, is_final: true } });
    expect(completed.data.content).toEqual({ type: 'result', data: { echo: 'Cotton T-shirts', turns: 1, option: null } });
    const ids = new Set(events.map((e) => ((e.data as { task_id?: string }) ?? {}).task_id));
    expect(ids.size).toBe(1);
  });

  it('stops at WAITING_USER and streams the continuation from there', async () => {
    const first = parseStream((await post('echo', { text: 'ask', stream: true })).raw);
    expect(first.map((e) => e.code ?? 'frame')).toEqual(['frame', 'WAITING_USER']);
    expect(first[1]).toMatchObject({ success: true, data: { content: 'Which colour do you mean?' } });
    const taskId = (first[1].data as { task_id: string }).task_id;
    const second = parseStream((await post('echo', { text: 'red', task_id: taskId, stream: true })).raw);
    expect(second.map((e) => e.code ?? 'frame')).toEqual(['frame', 'TASK_ACCEPTED', 'TASK_RUNNING', 'frame', 'frame', 'TASK_COMPLETED']);
  });

  it('sends an error after the stream opened as a final envelope, then the end frame', async () => {
    const res = await post('echo', { text: 'how are you', stream: true });
    expect(res.status).toBe(200);
    const events = parseStream(res.raw);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ success: false, code: 'INVALID_REQUEST', message: 'Chit-chat is out of scope.', data: null });
  });

  it('answers request errors before the stream with their HTTP status and JSON', async () => {
    const res = await post('echo', { text: '', stream: true });
    expect(res.status).toBe(400);
    expect(res.type).toMatch(/^application\/json/);
    expect(JSON.parse(res.raw)).toMatchObject({ success: false, code: 'INVALID_REQUEST' });
  });

  it('answers status and results with one envelope frame plus the end frame', async () => {
    const run = await app.run('echo', key, { text: 'hello' });
    const taskId = run.body.data?.task_id;
    for (const mode of ['status', 'results']) {
      const events = parseStream((await post('echo', { mode, task_id: taskId, stream: true })).raw);
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ success: true, code: 'TASK_COMPLETED', data: { task_id: taskId } });
    }
  });

  it('follows a slow task to the end and a failing one to its failure', async () => {
    const slow = parseStream((await post('slow', { text: 'work', extra: { ms: 600 }, stream: true })).raw);
    expect(slow[slow.length - 1]).toMatchObject({ success: true, code: 'TASK_COMPLETED' });
    expect(slow.filter((e) => e.event === 'stream').length).toBeGreaterThanOrEqual(1);
    const broken = parseStream((await post('broken', { text: 'go', stream: true })).raw);
    expect(broken[broken.length - 1]).toMatchObject({ success: false, code: 'TASK_FAILED' });
  });
});

describe('GET task events (@Sse)', () => {
  it('replays a task with event ids and resumes after Last-Event-ID', async () => {
    const run = await app.run('echo', key, { text: 'replay me' });
    const taskId = String(run.body.data?.task_id);
    const url = `${app.base}/api/v1/agents/echo/tasks/${taskId}/events`;
    const full = await fetch(url, { headers: { authorization: `Bearer ${key}` } });
    expect(full.status).toBe(200);
    expect(full.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const text = await full.text();
    const events = text.split('\n\n').filter((chunk) => chunk.trim() !== '');
    const ids = events.map((chunk) => /^id: (\d+)$/m.exec(chunk)?.[1]);
    expect(ids).toEqual(['1', '2', '3', '4', '5', '6', '6']);
    expect(events[events.length - 1]).toBe('event: end\nid: 6\ndata: [DONE]');
    expect(events[5]).toContain('"code":"TASK_COMPLETED"');

    const resumed = await fetch(url, { headers: { authorization: `Bearer ${key}`, 'last-event-id': '4' } });
    const rest = (await resumed.text()).split('\n\n').filter((chunk) => chunk.trim() !== '');
    expect(rest.map((chunk) => /^id: (\d+)$/m.exec(chunk)?.[1])).toEqual(['5', '6', '6']);

    const query = await fetch(`${url}?access_token=${encodeURIComponent(key)}`);
    expect(query.status).toBe(200);
    await query.text();
  });

  it('follows a live task from another connection', async () => {
    const run = await app.run('slow', key, { text: 'work', extra: { ms: 1500 }, stream: false });
    expect(run.body.code).toBe('TASK_ACCEPTED');
    const res = await fetch(`${app.base}/api/v1/agents/slow/tasks/${String(run.body.data?.task_id)}/events`, { headers: { authorization: `Bearer ${key}` } });
    const text = await res.text();
    expect(text).toContain('"code":"TASK_COMPLETED"');
    expect(text.endsWith('data: [DONE]\n\n')).toBe(true);
  });

  it('refuses without a key and for a bad Last-Event-ID', async () => {
    const run = await app.run('echo', key, { text: 'x' });
    const url = `${app.base}/api/v1/agents/echo/tasks/${String(run.body.data?.task_id)}/events`;
    const anonymous = await fetch(url);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ success: false, code: 'UNAUTHORIZED' });
    const bad = await fetch(url, { headers: { authorization: `Bearer ${key}`, 'last-event-id': 'abc' } });
    expect(bad.status).toBe(400);
  });
});
