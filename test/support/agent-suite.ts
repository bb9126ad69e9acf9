import { Client } from 'pg';
import { balanceOf, expectEnvelope, ledgerSumOf, postRaw } from './checks';
import { databaseUrl, type Envelope, startTestApp, type TestApp } from './test-app';

/** The lifecycle and helpers every production-agent e2e spec shares. */
export interface AgentSuite {
  /** The running gateway (with the production agents); valid inside tests. */
  readonly app: TestApp;
  balance(accountId: string): Promise<number>;
  ledgerSum(accountId: string): Promise<number>;
  /** The envelope checks, with this agent named in metadata and data. */
  expectEnvelope(body: Envelope): void;
  /** POSTs a run body to this agent and answers the raw text (for streams). */
  post(key: string, body: unknown): Promise<{ status: number; type: string | null; raw: string }>;
}

/** Starts one gateway for the spec file (beforeAll) and stops it (afterAll). */
export function agentSuite(agent: string): AgentSuite {
  let app: TestApp | undefined;
  let db: Client | undefined;
  beforeAll(async () => {
    app = await startTestApp({}, { productionAgents: true });
    db = new Client({ connectionString: databaseUrl() });
    await db.connect();
  }, 30_000);
  afterAll(async () => {
    await db?.end();
    await app?.close();
  });
  const live = () => {
    if (!app || !db) throw new Error('agentSuite is used outside a test');
    return { app, db };
  };
  return {
    get app() {
      return live().app;
    },
    balance: (accountId) => balanceOf(live().db, accountId),
    ledgerSum: (accountId) => ledgerSumOf(live().db, accountId),
    expectEnvelope: (body) => expectEnvelope(body, agent),
    post: (key, body) => postRaw(live().app.base, agent, key, body),
  };
}
