import path from 'node:path';
import { AgentError } from 'src/agents/agent';
import type { AgentContext, Interpretation } from 'src/agents/agent';
import { TariffClassificationAgent } from 'src/agents/tariff-classification/tariff-classification.agent';
import type { BatchResult, SingleResult, TariffPlan } from 'src/agents/tariff-classification/tariff-classification.agent';

const FIXTURES = path.join(__dirname, 'fixtures');

function context(overrides: Partial<AgentContext> = {}): AgentContext & { reasons: string[]; progressed: number[] } {
  const reasons: string[] = [];
  const progressed: number[] = [];
  const controller = new AbortController();
  return {
    taskId: 'task-1',
    traceId: 'trace-1',
    signal: controller.signal,
    deadline: new Date(Date.now() + 60_000),
    reason: async (text: string) => {
      reasons.push(text);
    },
    progress: async (percent: number) => {
      progressed.push(percent);
    },
    throwIfAborted: () => controller.signal.throwIfAborted(),
    callAgent: async () => {
      throw new Error('not used');
    },
    reasons,
    progressed,
    ...overrides,
  };
}

function accepted(result: Interpretation<TariffPlan>): { plan: TariffPlan; price?: number; reasoning?: string[] } {
  if (result.kind !== 'accept') throw new Error(`expected accept, got ${JSON.stringify(result)}`);
  return result;
}

describe('TariffClassificationAgent', () => {
  let agent: TariffClassificationAgent;

  beforeAll(async () => {
    agent = new TariffClassificationAgent(FIXTURES);
    await agent.load();
  });

  it('publishes its id, price, schemas and an example', () => {
    expect(agent.descriptor).toMatchObject({ id: 'tariff_classification', pricePerRun: 2 });
    expect(agent.descriptor.inputSchema).toHaveProperty('properties.extra.properties.items');
    expect(agent.descriptor.outputSchema).toHaveProperty('oneOf');
    expect(agent.descriptor.example?.text).toMatch(/Mexico/);
    expect(agent.availability()).toEqual({ available: true });
  });

  it('classifies a description, extracts the origin and explains itself', async () => {
    const interpretation = accepted(await agent.interpret({ text: 'Cotton T-shirts for women, 100% cotton, made in Mexico', extra: {}, history: [] }));
    const { plan } = interpretation;
    // What was extracted is explained while interpreting; execution adds the origin and the candidates.
    expect(interpretation.reasoning?.join('\n')).toMatch(/^Extracted materials: cotton/m);
    expect(JSON.parse(JSON.stringify(plan))).toEqual(plan);
    const ctx = context();
    const data = (await agent.execute(plan, ctx)) as SingleResult;
    expect(data.country_of_origin).toBe('Mexico');
    expect(data.classification_results[0]).toMatchObject({ hts_code: '6109.10' });
    expect(data.classification_results[0].confidence_score).toBeGreaterThan(data.classification_results[1].confidence_score);
    expect(data.nomenclature).toMatchObject({ edition: 'HS 2022', loaded_from: path.join(FIXTURES, 'hs') });
    expect(ctx.reasons.join('\n')).toMatch(/^Country of origin: Mexico.*\n6109\.10 \(/);
    expect(ctx.reasons.some((r) => r.startsWith('Extracted '))).toBe(false);
  });

  it('uses material from extra', async () => {
    const { plan } = accepted(await agent.interpret({ text: 'knitted t-shirt for men', extra: { material: 'polyester' }, history: [] }));
    const data = (await agent.execute(plan, context())) as SingleResult;
    expect(data.classification_results[0].hts_code).toBe('6109.90');
  });

  it('rejects chit-chat as INVALID_REQUEST', async () => {
    const result = await agent.interpret({ text: 'hello, how are you today?', extra: {}, history: [] });
    expect(result).toMatchObject({ kind: 'reject', code: 'INVALID_REQUEST' });
  });

  it('refuses another service\'s request, saying what the agent does and giving an example', async () => {
    const result = await agent.interpret({ text: 'Track my shipment', extra: {}, history: [] });
    expect(result).toMatchObject({ kind: 'reject', code: 'INVALID_REQUEST' });
    const message = result.kind === 'reject' ? result.message : '';
    expect(message).toMatch(/shipment tracking/);
    expect(message).toMatch(/classifies goods into Harmonized System/);
    expect(message).toMatch(/such as "Stainless steel kitchen knife/);
  });

  it('refuses a company and a country, which name no product', async () => {
    const result = await agent.interpret({ text: 'Acme Trading LLC, United Arab Emirates', extra: {}, history: [] });
    expect(result).toMatchObject({ kind: 'reject', code: 'INVALID_REQUEST', message: expect.stringMatching(/does not describe a product/) });
  });

  it('asks which machine generic parts belong to, once', async () => {
    const first = await agent.interpret({ text: 'spare parts', extra: {}, history: [] });
    expect(first).toMatchObject({ kind: 'ask', question: expect.stringMatching(/Which machine, vehicle or article/) });
    const question = first.kind === 'ask' ? first.question : '';
    const second = await agent.interpret({ text: 'for a car', extra: {}, history: [{ role: 'user', text: 'spare parts' }, { role: 'agent', text: question }] });
    expect(second.kind).toBe('accept');
  });

  it('asks for an English description instead of refusing one in a language it cannot read', async () => {
    const result = await agent.interpret({ text: 'κατεψυγμένες γαρίδες', extra: {}, history: [] });
    expect(result).toMatchObject({ kind: 'ask', question: expect.stringMatching(/in English/) });
  });

  it('reads a description in another language into English and says how it read it', async () => {
    const result = accepted(await agent.interpret({ text: 'camisetas de algodón para mujer', extra: {}, history: [] }));
    expect((result.reasoning ?? []).join(' ')).toContain('Read from Spanish as "cotton women\'s t-shirts": camisetas = t-shirts');
  });

  it('asks for the material of a vague description, then classifies the combined follow-up', async () => {
    const first = await agent.interpret({ text: 't-shirt', extra: {}, history: [] });
    expect(first.kind).toBe('ask');
    const question = first.kind === 'ask' ? first.question : '';
    expect(question).toMatch(/made of/);
    const second = accepted(
      await agent.interpret({ text: 'cotton', extra: {}, history: [{ role: 'user', text: 't-shirt' }, { role: 'agent', text: question }] }),
    );
    expect(second.plan.items[0].text).toMatch(/t-shirt.*cotton/);
    const data = (await agent.execute(second.plan, context())) as SingleResult;
    expect(data.classification_results[0].hts_code).toBe('6109.10');
  });

  it('validates batch items field by field', async () => {
    const result = await agent.interpret({
      text: '',
      extra: { items: [{ id: 'a', text: 'silver ring' }, { id: 'b', text: '  ' }, 'oops', { text: 'ring', attributes: [] }] },
      history: [],
    });
    expect(result).toMatchObject({ kind: 'reject', code: 'INVALID_REQUEST' });
    const fields = result.kind === 'reject' ? (result.errors ?? []).map((e) => e.field) : [];
    expect(fields).toEqual(['extra.items[1].text', 'extra.items[2]', 'extra.items[3].attributes']);
    const tooMany = await agent.interpret({ text: '', extra: { items: Array.from({ length: 1001 }, () => ({ text: 'ring' })) }, history: [] });
    expect(tooMany).toMatchObject({ kind: 'reject', errors: [{ field: 'extra.items' }] });
  });

  it('prices a batch per item and reports progress while classifying it', async () => {
    const items = Array.from({ length: 40 }, (_, i) => ({ id: `sku-${i}`, text: i % 2 === 0 ? 'cotton t-shirt made in Peru' : '925 sterling silver ring', attributes: { brand: 'X' } }));
    const { plan, price } = accepted(await agent.interpret({ text: '', extra: { items, top_k: 3 }, history: [] }));
    expect(price).toBe(80);
    const ctx = context();
    const data = (await agent.execute(plan, ctx)) as BatchResult;
    expect(data.items).toHaveLength(40);
    expect(data.items[0]).toMatchObject({ id: 'sku-0', country_of_origin: 'Peru' });
    expect(data.items[0].classification_results.length).toBeGreaterThan(0);
    expect(data.items[0].classification_results.length).toBeLessThanOrEqual(3);
    expect(data.items[1].classification_results[0].hts_code).toBe('7113.11');
    expect(ctx.progressed[0]).toBe(0);
    expect(ctx.progressed[ctx.progressed.length - 1]).toBe(100);
    expect(ctx.progressed.length).toBeGreaterThan(5);
  });

  it('stops a batch when the task is aborted', async () => {
    const { plan } = accepted(await agent.interpret({ text: '', extra: { items: [{ text: 'ring' }, { text: 'ring' }] }, history: [] }));
    const controller = new AbortController();
    controller.abort(new Error('cancelled'));
    await expect(agent.execute(plan, context({ signal: controller.signal, throwIfAborted: () => controller.signal.throwIfAborted() }))).rejects.toThrow('cancelled');
  });

  it('rejects a bad top_k', async () => {
    const result = await agent.interpret({ text: 'cotton t-shirt', extra: { top_k: 0 }, history: [] });
    expect(result).toMatchObject({ kind: 'reject', errors: [{ field: 'extra.top_k' }] });
  });

  describe('without reference data', () => {
    let offline: TariffClassificationAgent;

    beforeAll(async () => {
      offline = new TariffClassificationAgent('/nonexistent/reference-data');
      await offline.load();
    });

    it('is listed unavailable with a message that says how to load the data', () => {
      const availability = offline.availability();
      expect(availability.available).toBe(false);
      expect(availability.available === false ? availability.reason : '').toMatch(/harmonized-system\.csv.*npm run sync:data.*REFERENCE_DATA_DIR/s);
    });

    it('ends a run with TARGET_UNAVAILABLE', async () => {
      const { plan } = accepted(await offline.interpret({ text: 'cotton t-shirt', extra: {}, history: [] }));
      const run = offline.execute(plan, context());
      await expect(run).rejects.toBeInstanceOf(AgentError);
      await expect(offline.execute(plan, context())).rejects.toMatchObject({ code: 'TARGET_UNAVAILABLE' });
    });
  });
});
