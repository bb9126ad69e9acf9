import type { AddressInfo } from 'node:net';
import type { INestApplication } from '@nestjs/common';
import { PRODUCTION_AGENTS } from '../../src/agents/agents.module';
import { createApp } from '../../src/bootstrap';
import { AppConfig } from '../../src/config/app-config';
import { TEST_AGENTS } from './test-agents';

export const ADMIN_TOKEN = 'test-admin-token-0123456789';

export function databaseUrl(): string {
  const url = process.env.SUPPLYGATE_E2E_DATABASE_URL;
  if (!url) throw new Error('The e2e global setup did not run');
  return url;
}

export function referenceDataDir(): string {
  return process.env.REFERENCE_DATA_DIR ?? '../shared/data';
}

export interface TestApp {
  app: INestApplication;
  base: string;
  close(): Promise<void>;
  /** A new account with `credits` and a key with every scope. */
  account(credits: number, scopes?: string[]): Promise<{ id: string; key: string; keyId: string }>;
  /** POST .../agents/{agent}/run with the key; answers status and parsed body. */
  run(agent: string, key: string, body: unknown): Promise<{ status: number; body: Envelope; headers: Headers }>;
}

export interface Envelope {
  success: boolean;
  code: string;
  message: string;
  data: Record<string, unknown> & { task_id?: string; content?: unknown; code?: string; stage?: string; progress?: number; reasoning?: string[] } | null;
  metadata: { agent: string | null; timestamp: string; credits_used: number; trace_id: string };
  errors: { field: string; message: string }[] | null;
}

/** Starts the real application on a random port against the e2e database. */
export async function startTestApp(env: Record<string, string> = {}, options: { productionAgents?: boolean } = {}): Promise<TestApp> {
  const config = new AppConfig({
    ADMIN_TOKEN,
    REFERENCE_DATA_DIR: referenceDataDir(),
    RUN_WAIT_MS: '1500',
    TASK_LEASE_SECONDS: '3',
    TASK_RETRY_BASE_MS: '50',
    ...env,
  });
  const app = await createApp({ config, databaseUrl: databaseUrl(), agents: options.productionAgents ? [...PRODUCTION_AGENTS, ...TEST_AGENTS] : TEST_AGENTS });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;
  const admin = async (path: string, body: unknown) => {
    const res = await fetch(`${base}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (res.status >= 300) throw new Error(`${path} answered ${res.status}: ${await res.text()}`);
    return (await res.json()) as Record<string, unknown>;
  };
  return {
    app,
    base,
    close: () => app.close(),
    async account(credits, scopes) {
      const account = await admin('/api/v1/admin/accounts', { name: 'Test account', credits });
      const key = await admin(`/api/v1/admin/accounts/${String(account.id)}/keys`, scopes ? { scopes } : {});
      return { id: String(account.id), key: String(key.key), keyId: String(key.id) };
    },
    async run(agent, key, body) {
      const res = await fetch(`${base}/api/v1/agents/${agent}/run`, {
        method: 'POST',
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
      return { status: res.status, body: (await res.json()) as Envelope, headers: res.headers };
    },
  };
}

/** Polls `status` until the task leaves the running states or `timeoutMs` passes. */
export async function waitForTerminal(app: TestApp, agent: string, key: string, taskId: string, timeoutMs = 15_000): Promise<Envelope> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const { body } = await app.run(agent, key, { mode: 'status', task_id: taskId });
    if (!['TASK_ACCEPTED', 'TASK_RUNNING'].includes(body.code) || Date.now() > until) return body;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
