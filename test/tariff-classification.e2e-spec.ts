import { agentSuite } from './support/agent-suite';
import { expectCompletedRun, isStreamFrame, parseStream, resultContent } from './support/checks';
import { type Envelope, waitForTerminal } from './support/test-app';

/** The tariff classification agent over real HTTP, on the real HS 2022 nomenclature and a real Postgres. */

const AGENT = 'tariff_classification';
const PRICE = 2;
const TEE_SHIRTS = 'Cotton T-shirts for women, made in Mexico';

const suite = agentSuite(AGENT);
const { balance, ledgerSum, expectEnvelope, post } = suite;

interface Candidate {
  hts_code: string;
  confidence_score: number;
  description: string;
  reasoning: string;
}

function expectCandidates(candidates: Candidate[]): void {
  expect(candidates.length).toBeGreaterThanOrEqual(1);
  for (const c of candidates) {
    expect(Object.keys(c).sort()).toEqual(['confidence_score', 'description', 'hts_code', 'reasoning']);
    expect(c.hts_code).toMatch(/^\d{4}\.\d{2}$/);
    expect(c.confidence_score).toBeGreaterThanOrEqual(0);
    expect(c.confidence_score).toBeLessThanOrEqual(1);
    expect(c.description.length).toBeGreaterThan(0);
    expect(c.reasoning.length).toBeGreaterThan(0);
  }
  const scores = candidates.map((c) => c.confidence_score);
  expect(scores).toEqual([...scores].sort((a, b) => b - a));
}



describe('tariff_classification: run', () => {
  it('is listed active with its price and schemas', async () => {
    const { key } = await suite.app.account(1);
    const res = await fetch(`${suite.app.base}/api/v1/agents/${AGENT}/manifest`, { headers: { authorization: `Bearer ${key}` } });
    expect(res.status).toBe(200);
    const manifest = (await res.json()) as Record<string, unknown>;
    expect(manifest).toMatchObject({ agent_id: AGENT, status: 'active', pricing: { unit: 'credits', per_run: PRICE }, protocol: { streaming: true } });
    expect(manifest.status_reason).toBeUndefined();
    expect(manifest.input_schema).toMatchObject({ required: ['text'] });
  });

  it('classifies cotton T-shirts made in Mexico as 6109.10, charges 2 credits, and status/results agree', async () => {
    const { id, key } = await suite.app.account(10);
    const run = await suite.app.run(AGENT, key, { mode: 'run', text: TEE_SHIRTS, stream: false, task_id: null, extra: {} });
    expect(run.status).toBe(200);
    expectCompletedRun(run.body, AGENT, PRICE);
    const taskId = String(run.body.data?.task_id);
    expect(taskId).toMatch(/^t_[0-9a-z]{26}$/);
    expect(run.body.data?.reasoning).toEqual(expect.arrayContaining([expect.stringContaining('Country of origin: Mexico')]));

    const data = resultContent(run.body);
    expect(data).toMatchObject({ country_of_origin: 'Mexico', country_of_origin_code: 'MX' });
    const candidates = data.classification_results as Candidate[];
    expectCandidates(candidates);
    expect(candidates[0].hts_code).toBe('6109.10');
    expect(candidates[0].description).toMatch(/T-shirts.*of cotton/);
    expect(candidates[0].confidence_score).toBeGreaterThan(candidates[1].confidence_score);
    expect(data.nomenclature).toEqual({ edition: 'HS 2022', loaded_from: expect.stringMatching(/hs$/), as_of: expect.any(String) });
    expect(Number.isNaN(Date.parse(String((data.nomenclature as { as_of: string }).as_of)))).toBe(false);

    expect(await balance(id)).toBe(10 - PRICE);
    expect(await ledgerSum(id)).toBe(10 - PRICE);

    const status = await suite.app.run(AGENT, key, { mode: 'status', task_id: taskId });
    expect(status.status).toBe(200);
    expectEnvelope(status.body);
    expect(status.body).toMatchObject({ success: true, code: 'TASK_COMPLETED', metadata: { credits_used: 0 }, data: { task_id: taskId } });
    expect(status.body.data?.content).toEqual(run.body.data?.content);
    for (const mode of ['results', 'result']) {
      const results = await suite.app.run(AGENT, key, { mode, task_id: taskId });
      expect(results.status).toBe(200);
      expect(results.body).toMatchObject({ success: true, code: 'TASK_COMPLETED', metadata: { credits_used: PRICE } });
      expect(results.body.data?.content).toEqual(run.body.data?.content);
    }
    // Reading the result again is not charged again.
    expect(await balance(id)).toBe(10 - PRICE);
  });

  it('reads a description in Spanish, says how it read it, and finds the origin stated in Spanish', async () => {
    const { id, key } = await suite.app.account(10);
    const run = await suite.app.run(AGENT, key, { mode: 'run', text: 'Camisetas de algodón para mujer, hecho en México', stream: false, task_id: null, extra: {} });
    expect(run.status).toBe(200);
    expectCompletedRun(run.body, AGENT, PRICE);
    expect(run.body.data?.reasoning).toEqual(
      expect.arrayContaining([expect.stringContaining('Read from Spanish as "cotton women\'s t-shirts, hecho méxico": camisetas = t-shirts'), expect.stringContaining('Country of origin: Mexico (MX), from "hecho en México"')]),
    );
    const data = resultContent(run.body);
    expect(data).toMatchObject({ country_of_origin: 'Mexico', country_of_origin_code: 'MX' });
    const candidates = data.classification_results as Candidate[];
    expectCandidates(candidates);
    expect(candidates[0].hts_code).toBe('6109.10');
    expect(await balance(id)).toBe(10 - PRICE);
  });

  it.each([
    ['Hindi', 'पुरुषों के लिए सूती टी-शर्ट भारत में निर्मित', '6109.10', 'India'],
    ['Arabic', 'زيت زيتون بكر ممتاز 500 مل، صنع في تركيا', '1509.20', 'Turkey'],
  ])('reads a description in %s and finds the origin stated in it', async (language, text, code, origin) => {
    const { key } = await suite.app.account(10);
    const run = await suite.app.run(AGENT, key, { text });
    expectCompletedRun(run.body, AGENT, PRICE);
    expect((run.body.data?.reasoning ?? []).join(' ')).toContain(`Read from ${language} as`);
    const data = resultContent(run.body);
    expect(data).toMatchObject({ country_of_origin: origin });
    expect((data.classification_results as Candidate[])[0].hts_code).toBe(code);
  });

  it('honours top_k at the top level of the body, with the key in extra winning', async () => {
    const { key } = await suite.app.account(10);
    const top = await suite.app.run(AGENT, key, { text: TEE_SHIRTS, top_k: 2 });
    expect(top.body.code).toBe('TASK_COMPLETED');
    expect(resultContent(top.body).classification_results).toHaveLength(2);
    const both = await suite.app.run(AGENT, key, { text: TEE_SHIRTS, top_k: 1, extra: { top_k: 3 } });
    expect(resultContent(both.body).classification_results).toHaveLength(3);
  });

  it('refuses a run the balance cannot pay, without charging', async () => {
    const { id, key } = await suite.app.account(1);
    const run = await suite.app.run(AGENT, key, { text: TEE_SHIRTS });
    expect(run.status).toBe(402);
    expectEnvelope(run.body);
    expect(run.body).toMatchObject({ success: false, code: 'INSUFFICIENT_CREDITS', metadata: { credits_used: 0 } });
    expect(await balance(id)).toBe(1);
  });
});

describe('tariff_classification: stream', () => {
  it('streams reasoning frames, the state envelopes and the end frame, ending with the same result as a plain run', async () => {
    const { id, key } = await suite.app.account(10);
    const res = await post(key, { text: TEE_SHIRTS, stream: true });
    expect(res.status).toBe(200);
    expect(res.type).toMatch(/^text\/event-stream/);
    const events = parseStream(res.raw);

    const first = events[0];
    expect(isStreamFrame(first)).toBe(true);
    expect(Object.keys(first.data as object)).toEqual(['task_id', 'agent', 'stage', 'code', 'progress', 'reasoning', 'timestamp', 'is_final']);
    expect(first.data).toMatchObject({ agent: AGENT, stage: 'interpreting', code: 'THINKING', progress: 0, is_final: false });

    const envelopes = events.filter((e) => !isStreamFrame(e));
    expect(envelopes.map((e) => e.code)).toEqual(['TASK_ACCEPTED', 'TASK_RUNNING', 'TASK_COMPLETED']);
    for (const e of envelopes) expect(Object.keys(e)).toEqual(['success', 'code', 'message', 'data', 'metadata', 'errors']);

    const reasoning = events.filter(isStreamFrame).flatMap((f) => f.data.reasoning);
    expect(reasoning).toEqual(expect.arrayContaining([expect.stringContaining('Country of origin: Mexico (MX)'), expect.stringMatching(/^6109\.10 \(/)]));
    // What was extracted is said once, while interpreting, not again while executing.
    expect(reasoning.filter((r) => r.startsWith('Extracted '))).toHaveLength(1);
    const executing = events.filter(isStreamFrame).filter((f) => f.data.stage === 'executing');
    expect(executing.length).toBeGreaterThanOrEqual(2);
    for (const f of executing) expect(f.data).toMatchObject({ code: 'TASK_RUNNING', is_final: false });

    const completed = events[events.length - 1] as unknown as Envelope;
    expect(completed).toMatchObject({ success: true, code: 'TASK_COMPLETED', data: { stage: 'completed', progress: 100, is_final: true } });
    const data = resultContent(completed);
    expect((data.classification_results as Candidate[])[0].hts_code).toBe('6109.10');
    expect(data.country_of_origin).toBe('Mexico');

    const ids = new Set(events.map((e) => (e.data as { task_id?: string }).task_id));
    expect(ids.size).toBe(1);

    const plain = await suite.app.run(AGENT, key, { text: TEE_SHIRTS });
    expect(resultContent(plain.body).classification_results).toEqual(data.classification_results);
    expect(await balance(id)).toBe(10 - 2 * PRICE);
  });

  it('answers status of a finished task as one frame plus the end frame', async () => {
    const { key } = await suite.app.account(10);
    const run = await suite.app.run(AGENT, key, { text: TEE_SHIRTS });
    const events = parseStream((await post(key, { mode: 'status', task_id: run.body.data?.task_id, stream: true })).raw);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ success: true, code: 'TASK_COMPLETED', data: { task_id: run.body.data?.task_id } });
  });
});

describe('tariff_classification: conversation and refusals', () => {
  it('asks about the material for a vague description, then classifies the combined description under the same task', async () => {
    const { id, key } = await suite.app.account(10);
    const ask = await suite.app.run(AGENT, key, { text: 'shirts' });
    expect(ask.status).toBe(200);
    expectEnvelope(ask.body);
    expect(ask.body).toMatchObject({
      success: true,
      code: 'WAITING_USER',
      errors: null,
      metadata: { credits_used: 0 },
      data: { stage: 'interpreting', is_final: true },
    });
    const question = String(ask.body.data?.content);
    expect(question).toMatch(/shirt/i);
    expect(question).toMatch(/made of/i);
    expect(question).toMatch(/\?/);
    const taskId = String(ask.body.data?.task_id);
    expect(await balance(id)).toBe(10);

    const status = await suite.app.run(AGENT, key, { mode: 'status', task_id: taskId });
    expect(status.body).toMatchObject({ success: true, code: 'WAITING_USER', data: { task_id: taskId, content: question } });

    const answer = await suite.app.run(AGENT, key, { text: 'knitted cotton, for men', task_id: taskId });
    expect(answer.status).toBe(200);
    expectEnvelope(answer.body);
    expect(answer.body).toMatchObject({ success: true, code: 'TASK_COMPLETED', metadata: { credits_used: PRICE }, data: { task_id: taskId } });
    const candidates = resultContent(answer.body).classification_results as Candidate[];
    expectCandidates(candidates);
    // "shirts" + "knitted cotton, for men": men's shirts of cotton, knitted (6105.10), not the woven 6205 first guessed.
    expect(candidates[0].hts_code).toBe('6105.10');
    expect(await balance(id)).toBe(10 - PRICE);

    const again = await suite.app.run(AGENT, key, { text: 'one more thing', task_id: taskId });
    expect(again.status).toBe(400);
    expect(again.body).toMatchObject({ success: false, code: 'INVALID_REQUEST', errors: [{ field: 'task_id' }] });
  });

  it('streams the question and stops at WAITING_USER', async () => {
    const { key } = await suite.app.account(10);
    const events = parseStream((await post(key, { text: 'shirts', stream: true })).raw);
    const last = events[events.length - 1];
    expect(last).toMatchObject({ success: true, code: 'WAITING_USER', data: { content: expect.stringMatching(/made of/i) } });
    expect(events.filter((e) => !isStreamFrame(e))).toHaveLength(1);
  });

  it.each(['hello, how are you?', 'tell me a joke', 'What is the weather in Paris tomorrow?'])('rejects the out-of-scope text %p with INVALID_REQUEST, free of charge', async (text) => {
    const { id, key } = await suite.app.account(10);
    const run = await suite.app.run(AGENT, key, { text });
    expect(run.status).toBe(400);
    expectEnvelope(run.body);
    expect(run.body).toMatchObject({ success: false, code: 'INVALID_REQUEST', data: null, metadata: { credits_used: 0 } });
    expect(run.body.message).toMatch(/does not describe a product/);
    expect(await balance(id)).toBe(10);
  });

  // Known bug (reported): texts that are not product descriptions but contain one word the lexicon
  // knows ("book", "trading", "report") are classified and charged instead of refused.
  it.each(['Acme Trading LLC, United Arab Emirates', 'Please run a due diligence report on Acme Trading LLC', 'Book a flight to Berlin'])(
    'rejects the out-of-scope text %p with INVALID_REQUEST instead of classifying and charging it',
    async (text) => {
      const { id, key } = await suite.app.account(10);
      const run = await suite.app.run(AGENT, key, { text });
      expect({ status: run.status, code: run.body.code, credits: run.body.metadata.credits_used }).toEqual({ status: 400, code: 'INVALID_REQUEST', credits: 0 });
      expect(await balance(id)).toBe(10);
    },
  );

  it.each([
    ['Write me a poem about the sea', /writing/],
    ['Track my shipment', /tracking/],
  ])('refuses the request for another service %p with INVALID_REQUEST, saying what the agent does, free of charge', async (text, intent) => {
    const { id, key } = await suite.app.account(10);
    const run = await suite.app.run(AGENT, key, { text });
    expect(run.status).toBe(400);
    expectEnvelope(run.body);
    expect(run.body).toMatchObject({ success: false, code: 'INVALID_REQUEST', data: null, metadata: { credits_used: 0 } });
    expect(run.body.message).toMatch(intent);
    expect(run.body.message).toMatch(/classifies goods/);
    expect(run.body.message).toMatch(/such as "/);
    expect(await balance(id)).toBe(10);
  });

  it('asks a specific question when goods are named only generically, free of charge', async () => {
    const { id, key } = await suite.app.account(10);
    const run = await suite.app.run(AGENT, key, { text: 'spare parts' });
    expect(run.status).toBe(200);
    expect(run.body).toMatchObject({ success: true, code: 'WAITING_USER', metadata: { credits_used: 0 } });
    expect(String(run.body.data?.content)).toMatch(/Which machine, vehicle or article are the parts for/);
    expect(await balance(id)).toBe(10);
  });

  it('does not mistake a greeting in front of a real product question for chit-chat', async () => {
    const { key } = await suite.app.account(10);
    const run = await suite.app.run(AGENT, key, { text: 'Hi! What is the HS code for cotton T-shirts made in Mexico?' });
    expect(run.body.code).toBe('TASK_COMPLETED');
    const data = resultContent(run.body);
    expect((data.classification_results as Candidate[])[0].hts_code).toBe('6109.10');
    expect(data.country_of_origin).toBe('Mexico');
  });

  it('answers field errors for a bad extra, free of charge', async () => {
    const { id, key } = await suite.app.account(100);
    const cases: Array<[Record<string, unknown>, string[]]> = [
      [{ items: 'cotton shirts' }, ['extra.items']],
      [{ items: [] }, ['extra.items']],
      [{ items: [{ id: 'a', text: 'Cotton T-shirts' }, { id: 'b', text: '  ' }, 'socks'] }, ['extra.items[1].text', 'extra.items[2]']],
      [{ items: [{ id: { x: 1 }, text: 'Cotton T-shirts' }] }, ['extra.items[0].id']],
      [{ items: Array.from({ length: 1001 }, (_, i) => ({ id: i, text: 'Cotton T-shirts' })) }, ['extra.items']],
      [{ top_k: 0 }, ['extra.top_k']],
      [{ material: 42, category: { a: 1 } }, ['extra.category', 'extra.material']],
    ];
    for (const [extra, fields] of cases) {
      const run = await suite.app.run(AGENT, key, { text: TEE_SHIRTS, extra });
      expect(run.status).toBe(400);
      expectEnvelope(run.body);
      expect(run.body).toMatchObject({ success: false, code: 'INVALID_REQUEST', data: null, metadata: { credits_used: 0 } });
      expect(run.body.errors?.map((e) => e.field).sort()).toEqual(fields);
      for (const e of run.body.errors ?? []) expect(e.message.length).toBeGreaterThan(0);
    }
    expect(await balance(id)).toBe(100);
  });
});

describe('tariff_classification: batch', () => {
  const items = [
    { id: 'tee', text: 'Cotton T-shirts for women, made in Mexico' },
    { id: 'knife', text: 'Stainless steel kitchen knife with fixed blade, made in Germany' },
    { id: 'shoe', text: 'Running shoes', attributes: { material: 'rubber outer soles, textile uppers', country_of_origin: 'Vietnam' } },
    { id: 4, text: 'Frozen boneless beef cuts' },
  ];

  it('classifies every item in one task with progress frames, priced 2 credits per item', async () => {
    const { id, key } = await suite.app.account(20);
    const res = await post(key, { text: 'Classify these products', stream: true, extra: { items } });
    expect(res.status).toBe(200);
    const events = parseStream(res.raw);
    const envelopes = events.filter((e) => !isStreamFrame(e));
    expect(envelopes.map((e) => e.code)).toEqual(['TASK_ACCEPTED', 'TASK_RUNNING', 'TASK_COMPLETED']);
    expect(envelopes[0]).toMatchObject({ metadata: { credits_used: items.length * PRICE } });

    const progress = events.filter(isStreamFrame).filter((f) => f.data.stage === 'executing');
    const percents = progress.map((f) => f.data.progress);
    expect(percents.length).toBeGreaterThanOrEqual(3);
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    expect(percents[0]).toBe(0);
    expect(percents[percents.length - 1]).toBe(100);
    expect(progress.flatMap((f) => f.data.reasoning)).toEqual(expect.arrayContaining([`Classifying ${items.length} item(s).`, `2 of ${items.length} classified.`]));

    const completed = events[events.length - 1] as unknown as Envelope;
    const data = resultContent(completed);
    expect(data.nomenclature).toMatchObject({ edition: 'HS 2022' });
    const rows = data.items as Array<{ id: string; country_of_origin: string | null; classification_results: Candidate[] }>;
    expect(rows.map((r) => r.id)).toEqual(['tee', 'knife', 'shoe', '4']);
    for (const row of rows) expectCandidates(row.classification_results);
    expect(rows[0]).toMatchObject({ country_of_origin: 'Mexico' });
    expect(rows[0].classification_results[0].hts_code).toBe('6109.10');
    expect(rows[1]).toMatchObject({ country_of_origin: 'Germany' });
    expect(rows[1].classification_results[0].hts_code).toMatch(/^82(11|15)\./);
    expect(rows[2]).toMatchObject({ country_of_origin: 'Vietnam' });
    expect(rows[2].classification_results[0].hts_code).toMatch(/^640/);
    expect(rows[3].classification_results[0].hts_code).toMatch(/^0202\./);

    expect(await balance(id)).toBe(20 - items.length * PRICE);
    const results = await suite.app.run(AGENT, key, { mode: 'results', task_id: completed.data?.task_id });
    expect(results.body).toMatchObject({ code: 'TASK_COMPLETED', metadata: { credits_used: items.length * PRICE } });
    expect(results.body.data?.content).toEqual(completed.data?.content);
  });

  it('reports a catalogue line that names no goods instead of ranking it, and flags a vague one', async () => {
    const { key } = await suite.app.account(20);
    const lines = [
      { id: 'tee', text: 'Cotton T-shirts for women' },
      { id: 'chat', text: 'Please book a truck for Monday' },
      { id: 'vague', text: 'parts' },
    ];
    const run = await suite.app.run(AGENT, key, { text: 'Classify these products', extra: { items: lines } });
    const taskId = run.body.data?.task_id as string;
    await waitForTerminal(suite.app, AGENT, key, taskId);
    const done = (await suite.app.run(AGENT, key, { mode: 'results', task_id: taskId })).body;
    expect(done.code).toBe('TASK_COMPLETED');
    const rows = resultContent(done).items as Array<{ id: string; classification_results: Candidate[]; note?: string }>;
    expect(rows[0].note).toBeUndefined();
    expect(rows[0].classification_results[0].hts_code).toBe('6109.10');
    expect(rows[1].classification_results).toEqual([]);
    expect(rows[1].note).toMatch(/^Not classified: the text does not describe a product\./);
    expect(rows[2].note).toMatch(/^Ranked, but the description is too vague/);
    expect(rows[2].classification_results.length).toBeGreaterThan(0);
  });

  it('prices a batch by its items: a balance that pays one run does not pay three items', async () => {
    const { id, key } = await suite.app.account(5);
    const run = await suite.app.run(AGENT, key, { text: 'batch', extra: { items: items.slice(0, 3) } });
    expect(run.status).toBe(402);
    expect(run.body).toMatchObject({ success: false, code: 'INSUFFICIENT_CREDITS', metadata: { credits_used: 0 } });
    expect(run.body.message).toContain(String(3 * PRICE));
    expect(await balance(id)).toBe(5);
  });
});
