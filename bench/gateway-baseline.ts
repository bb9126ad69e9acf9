import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import express, { type Request, type Response } from 'express';
import { Pool } from 'pg';
import PgBoss from 'pg-boss';
import { hashKey, KEY_LOOKUP_SQL, type KeyRow, parseKey } from '../src/auth/api-key-format';
import { type AuditRecord, inputDigest } from '../src/audit/audit-record';
import { Code } from '../src/common/error-codes';
import { ACCEPT_TASK_SQL } from '../src/tasks/accept-statement';
import { newTaskId } from '../src/tasks/task-id';
import { streamFrame, taskEnvelope, type TaskState } from '../src/tasks/task-view';
import { BENCH_AGENT_ID, BENCH_REASONING } from './gateway-agent';

/**
 * The baseline of the gateway benchmark: bare Express and node-postgres doing the database work
 * of an accepted `run`, with nothing of Nest. Per request: the same key lookup query, the same
 * accept statement (debit, task, ledger, events, audit in one statement), the same pg-boss job
 * (sent without waiting, as the gateway does) and a task envelope. The SQL is the gateway's own
 * (imported from the plain modules that hold it); pool sizes match (20 for queries, 10 for pg-boss). Prints `READY <port>`; SIGTERM stops it.
 */

const POOL_SIZE = 20;
const QUEUE = 'supplygate-task-execute';
const PRICE = 1;
const TIMEOUT_SECONDS = 300;

function fail(res: Response, status: number, code: string, message: string): void {
  res.status(status).json({ success: false, code, message, data: null, errors: null });
}

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is required');
  const pool = new Pool({ connectionString: url, max: POOL_SIZE, application_name: 'bench-baseline' });
  const boss = new PgBoss({ connectionString: url, schema: 'pgboss', max: 10, application_name: 'bench-baseline-queue', schedule: false, supervise: false });
  boss.on('error', (error) => process.stderr.write(`queue error: ${error.message}\n`));
  await boss.start();

  const app = express();
  app.set('trust proxy', 'loopback');
  app.disable('x-powered-by');
  // The gateway does not hash answers for ETags either; keep the two doing the same work.
  app.set('etag', false);
  app.use(express.json({ limit: 1_048_576, strict: true }));

  app.post('/api/v1/agents/:agentId/run', async (req: Request, res: Response) => {
    const traceId = randomBytes(16).toString('hex');
    res.setHeader('X-Trace-Id', traceId);
    try {
      const token = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '')?.[1];
      const parsed = token ? parseKey(token) : null;
      if (!token || !parsed) return fail(res, 401, Code.Unauthorized, 'Bad key.');
      const prefix = parsed.prefix;
      const key = (await pool.query<KeyRow>(KEY_LOOKUP_SQL, [prefix])).rows[0];
      if (!key || !timingSafeEqual(key.key_hash, hashKey(token)) || key.revoked || key.expired || !key.scopes.includes('agents')) {
        return fail(res, 401, Code.Unauthorized, 'Bad key.');
      }
      if (Number(key.balance) < PRICE) return fail(res, 402, Code.InsufficientCredits, 'Balance too low.');
      const agentId = String(req.params.agentId);
      if (agentId !== BENCH_AGENT_ID) return fail(res, 404, Code.TargetUnavailable, 'Unknown agent.');
      const body: unknown = req.body;
      const raw = typeof body === 'object' && body !== null ? (body as { text?: unknown }).text : undefined;
      const text = typeof raw === 'string' ? raw.trim() : '';
      if (!text || text.length > 20_000) return fail(res, 400, Code.InvalidRequest, '"text" is required for a run.');

      const taskId = newTaskId();
      const reasoning = [BENCH_REASONING];
      const accepted: TaskState = {
        id: taskId, agentId, traceId, stage: 'executing', code: Code.TaskAccepted, progress: 0, message: null, content: '', reasoning, updatedAt: new Date(),
      };
      const events = [
        { kind: 'frame', payload: streamFrame(accepted, 'interpreting', Code.Thinking, 0, reasoning) },
        { kind: 'envelope', payload: taskEnvelope(accepted, { reasoning, creditsUsed: PRICE }) },
      ];
      const audit: AuditRecord = {
        principal: `key:${prefix}`, account_id: key.account_id, key_id: key.id, agent_id: agentId, mode: 'run', task_id: taskId, action: 'api.run',
        code: Code.TaskAccepted, input_digest: inputDigest(body), outcome: 'success', credits: PRICE, trace_id: traceId, client_ip: req.ip ?? null, detail: null,
      };
      const debited = await pool.query(ACCEPT_TASK_SQL, [
        taskId, key.account_id, PRICE, agentId, null, traceId, JSON.stringify([{ role: 'user', text }]), JSON.stringify({}),
        JSON.stringify({ text }), TIMEOUT_SECONDS, JSON.stringify(events), JSON.stringify(reasoning), JSON.stringify(audit),
      ]);
      if (debited.rowCount === 0) return fail(res, 402, Code.InsufficientCredits, 'Balance too low.');
      void boss.send(QUEUE, { taskId }, { startAfter: 0 }).catch((error: Error) => process.stderr.write(`enqueue failed: ${error.message}\n`));
      res.status(200).json(taskEnvelope(accepted, { creditsUsed: PRICE }));
    } catch (error) {
      process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
      if (!res.headersSent) fail(res, 500, Code.TaskFailed, 'Internal error.');
    }
  });

  const server = app.listen(0, '127.0.0.1', () => {
    process.stdout.write(`READY ${(server.address() as AddressInfo).port}\n`);
  });
  process.once('SIGTERM', () => {
    server.close();
    void Promise.allSettled([boss.stop({ graceful: false, wait: true, timeout: 2000 }), pool.end()]).then(() => process.exit(0));
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
