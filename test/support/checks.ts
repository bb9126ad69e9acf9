import type { Client } from 'pg';
import type { Envelope } from './test-app';

/** Assertions and look-ups shared by the e2e specs. */

export const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
export const END_FRAME = 'event: end\ndata: [DONE]\n\n';

export async function balanceOf(db: Client, accountId: string): Promise<number> {
  const { rows } = await db.query<{ balance: string }>('SELECT balance FROM accounts WHERE id = $1', [accountId]);
  return Number(rows[0].balance);
}

/** The sum of the account's ledger, which must always equal its balance. */
export async function ledgerSumOf(db: Client, accountId: string): Promise<number> {
  const { rows } = await db.query<{ sum: string }>('SELECT COALESCE(sum(delta), 0) AS sum FROM credit_ledger WHERE account_id = $1', [accountId]);
  return Number(rows[0].sum);
}

/** The envelope's keys, timestamp and trace id formats, and `code` mirroring `data.code`. */
export function expectEnvelope(body: Envelope, agent?: string): void {
  expect(Object.keys(body).sort()).toEqual(['code', 'data', 'errors', 'message', 'metadata', 'success']);
  expect(body.metadata.timestamp).toMatch(TIMESTAMP);
  expect(body.metadata.trace_id).toMatch(/^[0-9a-f]{32}$/);
  if (agent) expect(body.metadata.agent).toBe(agent);
  if (body.data && typeof body.data.code === 'string') {
    expect(body.data.code).toBe(body.code);
    if (agent) expect(body.data.agent).toBe(agent);
    expect(body.data.timestamp).toMatch(TIMESTAMP);
  }
}

/** A reasoning or progress frame of a stream (state changes are full envelopes). */
export type StreamFrame = { event: 'stream'; data: { task_id: string; stage: string; code: string; progress: number; reasoning: string[]; is_final: boolean } };
export const isStreamFrame = (e: Record<string, unknown>): e is StreamFrame => e.event === 'stream';

/** A run of `agent` answered terminal at once: success, the completed stage and the run's price. */
export function expectCompletedRun(body: Envelope, agent: string, price: number): void {
  expectEnvelope(body, agent);
  expect(body).toMatchObject({
    success: true,
    code: 'TASK_COMPLETED',
    message: 'Task completed successfully.',
    errors: null,
    metadata: { credits_used: price },
    data: { stage: 'completed', progress: 100, is_final: true },
  });
}

/** The `data` of a `{ type: "result" }` content. */
export function resultContent<T = Record<string, unknown>>(body: Envelope): T {
  const content = body.data?.content as { type: string; data: T };
  expect(content.type).toBe('result');
  return content.data;
}

/** Splits a protocol stream into its JSON events, checking the framing byte by byte. */
export function parseStream(raw: string): Record<string, unknown>[] {
  expect(raw.endsWith(END_FRAME)).toBe(true);
  expect(raw).not.toMatch(/^:/m);
  const body = raw.slice(0, -END_FRAME.length);
  expect(body.endsWith('\n\n')).toBe(true);
  return body
    .slice(0, -2)
    .split('\n\n')
    .map((chunk) => {
      expect(chunk).toMatch(/^data: \{.*\}$/);
      expect(chunk).not.toContain('\n');
      return JSON.parse(chunk.slice('data: '.length)) as Record<string, unknown>;
    });
}

/** POSTs a run body and answers the raw text, for streamed answers. */
export async function postRaw(base: string, agent: string, key: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; type: string | null; raw: string }> {
  const res = await fetch(`${base}/api/v1/agents/${agent}/run`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: res.status, type: res.headers.get('content-type'), raw: await res.text() };
}
