/**
 * Gateway overhead benchmark: the accept path of `run` on the real gateway, side by side with a
 * bare Express + node-postgres server doing the same database writes, in one run.
 *
 *   npm run bench:gateway [-- --json] [--duration 4] [--rounds 6] [--connections 10] [--warmup 3]
 *                           [--accounts 10] [--cpu-prof DIR] [--keep-db] [--ts-node]
 *
 * A fresh database (`supplygate_bench`, dropped and recreated) gets the migrations, then accounts
 * with a large balance and one `agents` key each (through the gateway's admin routes). Requests
 * rotate over the keys: with a single account every accept statement queues on that account's
 * row lock (held through the commit's WAL flush), which caps both sides alike when the disk is
 * slow and hides the gateway's own cost (`--accounts 1` measures that case). Both servers run as
 * child processes (autocannon here does not
 * share their event loop), compiled to a temporary directory as production runs them: the gateway
 * as an accept-only node (WORKER_ENABLED=false, RUN_WAIT_MS=0) serving one agent that accepts at
 * once (gateway-agent.ts), the baseline from gateway-baseline.ts.
 *
 * After a warm-up of each, the sides alternate for `--rounds` rounds (the order flips every round,
 * so drift on a shared machine hits both); the report quotes medians per side and
 * ratio = median gateway req/s / median baseline req/s. To explain a ratio it also reports, per
 * request, the CPU of each server process and of its Postgres backends (from /proc) and the
 * queries each server sent (counted inside it by gateway-count-queries.ts). Loopback only;
 * everything it started is stopped and its database dropped at the end.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import autocannon from 'autocannon';
import { Client } from 'pg';
import { runMigrations } from '../src/database/data-source';
import { BENCH_AGENT_ID } from './gateway-agent';

const ROOT = path.resolve(__dirname, '..');
const ADMIN_TOKEN = 'bench-admin-token-0123456789';
const DATABASE = 'supplygate_bench';
/** Hard stop, whatever hangs. */
const WATCHDOG_MS = 5 * 60_000;

interface Options {
  json: boolean;
  duration: number;
  rounds: number;
  connections: number;
  warmup: number;
  accounts: number;
  cpuProf: string | null;
  keepDb: boolean;
  /** Run the servers under ts-node instead of compiled JavaScript. */
  tsNode: boolean;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { json: false, duration: 4, rounds: 6, connections: 10, warmup: 3, accounts: 10, cpuProf: null, keepDb: false, tsNode: false };
  const numeric = (name: string, value: string | undefined, min: number): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min) throw new Error(`--${name} needs a whole number >= ${min}, got "${value ?? ''}"`);
    return n;
  };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const [flag, inline] = arg.split('=', 2);
    const value = (): string | undefined => inline ?? argv[++i];
    switch (flag) {
      case '--json': options.json = true; break;
      case '--keep-db': options.keepDb = true; break;
      case '--ts-node': options.tsNode = true; break;
      case '--duration': options.duration = numeric('duration', value(), 1); break;
      case '--rounds': options.rounds = numeric('rounds', value(), 1); break;
      case '--connections': options.connections = numeric('connections', value(), 1); break;
      case '--warmup': options.warmup = numeric('warmup', value(), 0); break;
      case '--accounts': options.accounts = numeric('accounts', value(), 1); break;
      case '--cpu-prof': options.cpuProf = path.resolve(value() ?? 'bench/profiles'); break;
      default: throw new Error(`Unknown option ${arg} (known: --json --duration --rounds --connections --warmup --accounts --cpu-prof --keep-db --ts-node)`);
    }
  }
  return options;
}

/** Progress goes to stderr, so `--json` leaves stdout with the one JSON object. */
function log(message: string): void {
  process.stderr.write(`${message}\n`);
}

// ---------------------------------------------------------------------------------------------
// Database and processes

function serverUrl(): URL {
  return new URL(process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
}

function benchUrl(): string {
  const url = serverUrl();
  url.pathname = `/${DATABASE}`;
  return url.toString();
}

async function onServer(work: (client: Client) => Promise<void>): Promise<void> {
  const client = new Client({ connectionString: serverUrl().toString() });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}

async function freshDatabase(): Promise<void> {
  await onServer(async (client) => {
    await client.query(`DROP DATABASE IF EXISTS "${DATABASE}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${DATABASE}"`);
  });
  await runMigrations(benchUrl());
}

async function dropDatabase(): Promise<void> {
  await onServer(async (client) => {
    await client.query(`DROP DATABASE IF EXISTS "${DATABASE}" WITH (FORCE)`);
  });
}

interface Server {
  name: string;
  child: ChildProcess;
  base: string;
  /** application_name of its Postgres connections. */
  backends: string[];
}

const children: ChildProcess[] = [];
const ENTRIES = ['bench/gateway-serve.ts', 'bench/gateway-baseline.ts'];
const COUNTER = 'bench/gateway-count-queries.ts';

/** How the servers' TypeScript runs: compiled once, or under ts-node (both emit decorator metadata for Nest). */
interface Runtime {
  args(entry: string): string[];
  env: Record<string, string>;
  cleanup(): void;
}

function run(command: string[], timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, command, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    children.push(child);
    let errors = '';
    child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new Error(`${command.join(' ')} exited with ${String(code)}: ${errors}`));
    });
  });
}

/**
 * Compiles both servers (and the src they import) to a temporary directory, as production runs
 * `node dist/src/main.js`: under ts-node the gateway would carry the TypeScript compiler and its
 * caches in its heap, which shows up as garbage-collection time. Emit only (`noCheck`).
 */
async function compiledRuntime(): Promise<Runtime> {
  const dir = mkdtempSync(path.join(tmpdir(), 'supplygate-bench-'));
  const outDir = path.join(dir, 'out');
  writeFileSync(
    path.join(dir, 'tsconfig.json'),
    JSON.stringify({
      extends: path.join(ROOT, 'tsconfig.json'),
      compilerOptions: { outDir, rootDir: ROOT, noCheck: true, sourceMap: false, types: [] },
      files: [...ENTRIES, COUNTER].map((entry) => path.join(ROOT, entry)),
      include: [],
    }),
  );
  await run([require.resolve('typescript/bin/tsc'), '-p', path.join(dir, 'tsconfig.json')], 120_000);
  const js = (entry: string) => path.join(outDir, entry.replace(/\.ts$/, '.js'));
  return {
    args: (entry) => ['-r', 'tsconfig-paths/register', '-r', js(COUNTER), js(entry)],
    // tsconfig-paths maps `src/*` under the output; NODE_PATH finds the packages from there.
    env: { TS_NODE_BASEURL: outDir, NODE_PATH: path.join(ROOT, 'node_modules') },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

const tsNodeRuntime: Runtime = {
  args: (entry) => ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', '-r', `./${COUNTER}`, entry],
  env: {},
  cleanup: () => undefined,
};

/** Starts a server entry and waits for `READY <port>`. */
async function startServer(runtime: Runtime, name: string, entry: string, backends: string[], env: Record<string, string>, nodeFlags: string[] = []): Promise<Server> {
  const child = spawn(process.execPath, [...nodeFlags, ...runtime.args(entry)], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'production', TS_NODE_PROJECT: path.join(ROOT, 'tsconfig.json'), ...runtime.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  children.push(child);
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    errors = (errors + chunk.toString()).slice(-4000);
  });
  const port = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`${name} did not start within 60 s: ${errors}`)), 60_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /READY (\d+)/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited with ${String(code)}: ${errors}`));
    });
  });
  child.stdout?.resume();
  return { name, child, base: `http://127.0.0.1:${port}`, backends };
}

/** SIGTERM, then SIGKILL after a grace period; only processes this script started. */
function stop(child: ChildProcess, graceMs = 5000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

async function post(base: string, route: string, token: string, body: unknown): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`${base}${route}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

/** An account with a large balance and an `agents` key, through the gateway's admin routes. */
async function benchKey(gateway: Server, index: number): Promise<string> {
  const account = await post(gateway.base, '/api/v1/admin/accounts', ADMIN_TOKEN, { name: `bench ${index}`, credits: 1_000_000_000 });
  if (account.status >= 300) throw new Error(`Creating the bench account answered ${account.status}: ${JSON.stringify(account.body)}`);
  const id = String((account.body.data as { id?: unknown } | undefined)?.id ?? account.body.id);
  const key = await post(gateway.base, `/api/v1/admin/accounts/${id}/keys`, ADMIN_TOKEN, { name: 'bench', scopes: ['agents'] });
  if (key.status >= 300) throw new Error(`Issuing the bench key answered ${key.status}: ${JSON.stringify(key.body)}`);
  return String((key.body.data as { key?: unknown } | undefined)?.key ?? key.body.key);
}

const RUN_PATH = `/api/v1/agents/${BENCH_AGENT_ID}/run`;
const RUN_BODY = JSON.stringify({ text: 'Cotton T-shirts for women, 100% cotton, made in Mexico' });

/** One call to each side must answer 200 TASK_ACCEPTED before anything is measured. */
async function checkAccepts(server: Server, key: string): Promise<void> {
  const res = await post(server.base, RUN_PATH, key, JSON.parse(RUN_BODY));
  if (res.status !== 200 || res.body.code !== 'TASK_ACCEPTED') {
    throw new Error(`${server.name} did not accept a run: ${res.status} ${JSON.stringify(res.body)}`);
  }
}

// ---------------------------------------------------------------------------------------------
// CPU accounting: where the time of a request goes, robust to a noisy machine

const CLOCK_TICKS_PER_SECOND = 100;

/** User + system CPU of a process in ms, from /proc; null where /proc is not readable. */
function cpuMs(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 14 and 15 of stat (utime, stime) are 11 and 12 after the command name.
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

/** Postgres backends serving one side, found by the application names each side sets. */
async function backendPids(db: Client, applicationNames: string[]): Promise<number[]> {
  const rows: { pid: number }[] = (
    await db.query(`SELECT pid FROM pg_stat_activity WHERE datname = $1 AND application_name = ANY($2::text[])`, [DATABASE, applicationNames])
  ).rows;
  return rows.map((r) => r.pid);
}

interface CpuSnapshot {
  node: number | null;
  /** CPU ms per backend pid; null when /proc cannot see them (Postgres on another host). */
  pg: Map<number, number> | null;
}

async function cpuSnapshot(db: Client, server: Server): Promise<CpuSnapshot> {
  const node = server.child.pid === undefined ? null : cpuMs(server.child.pid);
  const pg = new Map<number, number>();
  for (const pid of await backendPids(db, server.backends)) {
    const ms = cpuMs(pid);
    if (ms === null) return { node, pg: null };
    pg.set(pid, ms);
  }
  return { node, pg };
}

/** CPU ms spent between two snapshots; a backend opened in between counts from zero. */
function cpuSpent(before: CpuSnapshot, after: CpuSnapshot): { node: number | null; pg: number | null } {
  const node = before.node === null || after.node === null ? null : after.node - before.node;
  if (!before.pg || !after.pg) return { node, pg: null };
  let pg = 0;
  for (const [pid, ms] of after.pg) pg += ms - (before.pg.get(pid) ?? 0);
  return { node, pg };
}

interface Counts {
  queries: number;
  requests: number;
}

/** Queries the server's node-postgres clients sent, and HTTP requests it took, so far (gateway-count-queries.ts answers). */
function counts(server: Server): Promise<Counts> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${server.name} did not report its counts`)), 5000);
    const onMessage = (message: unknown) => {
      const answer = message as Partial<Counts> | null;
      if (typeof answer?.queries !== 'number' || typeof answer.requests !== 'number') return;
      clearTimeout(timer);
      server.child.off('message', onMessage);
      resolve({ queries: answer.queries, requests: answer.requests });
    };
    server.child.on('message', onMessage);
    server.child.send('counts?');
  });
}

const queriesSent = async (server: Server): Promise<number> => (await counts(server)).queries;

/** Waits until the server sends no more queries (at most 10 s); answers the final count. */
async function settled(server: Server): Promise<number> {
  let last = await queriesSent(server);
  for (const deadline = Date.now() + 10_000; Date.now() < deadline; ) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const now = await queriesSent(server);
    if (now === last) return now;
    last = now;
  }
  return last;
}

// ---------------------------------------------------------------------------------------------
// Load

interface Sample {
  rps: number;
  p50: number;
  p99: number;
  failed: number;
  /** CPU ms per successful request of the server process, and of its Postgres backends. */
  nodeCpu: number | null;
  pgCpu: number | null;
  /** Queries (database round trips) the server sent per successful request. */
  roundTrips: number;
}

async function load(db: Client, server: Server, keys: string[], connections: number, seconds: number): Promise<Sample> {
  const before = await cpuSnapshot(db, server);
  const queriesBefore = await queriesSent(server);
  const result = await autocannon({
    url: `${server.base}${RUN_PATH}`,
    method: 'POST',
    connections,
    duration: seconds,
    headers: { 'content-type': 'application/json' },
    body: RUN_BODY,
    requests: keys.map((key) => ({ headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` } })),
  });
  // Jobs are sent without waiting and queue for pg-boss's small pool: let them drain, so they count
  // here (queries and CPU) and do not compete with the next measurement.
  const queriesAfter = await settled(server);
  const spent = cpuSpent(before, await cpuSnapshot(db, server));
  const ok = Math.max(1, result['2xx']);
  return {
    rps: result['2xx'] / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failed: result.non2xx + result.errors,
    nodeCpu: spent.node === null ? null : spent.node / ok,
    pgCpu: spent.pg === null ? null : spent.pg / ok,
    roundTrips: (queriesAfter - queriesBefore) / ok,
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const round2 = (n: number): number => Math.round(n * 100) / 100;
const round3 = (n: number): number => Math.round(n * 1000) / 1000;

function medianOrNull(values: (number | null)[]): number | null {
  const known = values.filter((v): v is number => v !== null);
  return known.length === values.length && known.length > 0 ? round3(median(known)) : null;
}

interface Report {
  gateway_rps: number;
  baseline_rps: number;
  ratio: number;
  p50_ms: number;
  p99_ms: number;
  baseline_p50_ms: number;
  baseline_p99_ms: number;
  /** Median of the per-round ratios: each round pairs the two sides seconds apart, so drift cancels. */
  paired_ratio: number;
  rounds: { gateway_rps: number; baseline_rps: number; ratio: number }[];
  connections: number;
  duration_s: number;
  accounts: number;
  failed: number;
  /** Median CPU ms per request: the server process, and its Postgres backends (null if unreadable). */
  cpu_ms_per_req: { gateway_node: number | null; baseline_node: number | null; gateway_pg: number | null; baseline_pg: number | null };
  /** Median database round trips per request. */
  round_trips_per_req: { gateway: number; baseline: number };
}

function table(report: Report): string {
  const pad = (s: string, n: number) => s.padStart(n);
  const cpu = (n: number | null) => (n === null ? 'n/a' : n.toFixed(2));
  const c = report.cpu_ms_per_req;
  const lines = [
    '',
    `Accept path of run: ${report.rounds.length} rounds x ${report.duration_s} s, ${report.connections} connections, ${report.accounts} account(s); medians`,
    `${'side'.padEnd(10)}${pad('req/s', 10)}${pad('p50 ms', 10)}${pad('p99 ms', 10)}${pad('node CPU ms/req', 18)}${pad('pg CPU ms/req', 16)}${pad('DB trips/req', 15)}`,
    `${'gateway'.padEnd(10)}${pad(report.gateway_rps.toFixed(0), 10)}${pad(report.p50_ms.toFixed(1), 10)}${pad(report.p99_ms.toFixed(1), 10)}${pad(cpu(c.gateway_node), 18)}${pad(cpu(c.gateway_pg), 16)}${pad(report.round_trips_per_req.gateway.toFixed(2), 15)}`,
    `${'baseline'.padEnd(10)}${pad(report.baseline_rps.toFixed(0), 10)}${pad(report.baseline_p50_ms.toFixed(1), 10)}${pad(report.baseline_p99_ms.toFixed(1), 10)}${pad(cpu(c.baseline_node), 18)}${pad(cpu(c.baseline_pg), 16)}${pad(report.round_trips_per_req.baseline.toFixed(2), 15)}`,
    '',
    `ratio (gateway / baseline req/s): ${report.ratio.toFixed(2)}   target >= 0.80   (median of per-round ratios: ${report.paired_ratio.toFixed(2)})`,
    `per round: ${report.rounds.map((r) => `${r.gateway_rps.toFixed(0)}/${r.baseline_rps.toFixed(0)}=${r.ratio.toFixed(2)}`).join('  ')}`,
  ];
  if (report.failed > 0) lines.push(`WARNING: ${report.failed} failed requests (non-2xx or connection errors) during measurement`);
  return `${lines.join('\n')}\n`;
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const watchdog = setTimeout(() => {
    log('bench:gateway: watchdog fired, stopping');
    for (const child of children) child.kill('SIGKILL');
    process.exit(2);
  }, WATCHDOG_MS);
  watchdog.unref();

  log(`bench:gateway: fresh database ${DATABASE}`);
  await freshDatabase();
  const url = benchUrl();
  let monitor: Client | null = null;
  let runtime = tsNodeRuntime;
  try {
    if (!options.tsNode) {
      log('bench:gateway: compiling the servers');
      runtime = await compiledRuntime();
    }
    const profFlags = (name: string) => (options.cpuProf ? ['--cpu-prof', `--cpu-prof-dir=${options.cpuProf}`, `--cpu-prof-name=${name}-${Date.now()}.cpuprofile`] : []);
    const gateway = await startServer(runtime, 'gateway', ENTRIES[0], ['supplygate', 'supplygate-queue'], {
      DATABASE_URL: url,
      ADMIN_TOKEN,
      WORKER_ENABLED: 'false',
      RUN_WAIT_MS: '0',
      // The limiter stays on its real path, with a ceiling no bench run reaches.
      RATE_LIMIT_PER_MINUTE: '10000000',
    }, profFlags('gateway'));
    const baseline = await startServer(runtime, 'baseline', ENTRIES[1], ['bench-baseline', 'bench-baseline-queue'], { DATABASE_URL: url }, profFlags('baseline'));
    const keys: string[] = [];
    for (let i = 0; i < options.accounts; i += 1) keys.push(await benchKey(gateway, i));
    await checkAccepts(gateway, keys[0]);
    await checkAccepts(baseline, keys[0]);
    monitor = new Client({ connectionString: url, application_name: 'bench-monitor' });
    await monitor.connect();

    if (options.warmup > 0) {
      log(`bench:gateway: warm-up ${options.warmup} s each`);
      await load(monitor, gateway, keys, options.connections, options.warmup);
      await load(monitor, baseline, keys, options.connections, options.warmup);
    }
    const samples: { gateway: Sample; baseline: Sample }[] = [];
    for (let round = 0; round < options.rounds; round += 1) {
      const order = round % 2 === 0 ? [gateway, baseline] : [baseline, gateway];
      const got = new Map<string, Sample>();
      for (const server of order) got.set(server.name, await load(monitor, server, keys, options.connections, options.duration));
      const pair = { gateway: got.get('gateway') as Sample, baseline: got.get('baseline') as Sample };
      samples.push(pair);
      log(`bench:gateway: round ${round + 1}/${options.rounds}: gateway ${pair.gateway.rps.toFixed(0)} req/s, baseline ${pair.baseline.rps.toFixed(0)} req/s`);
    }

    const gatewayRps = median(samples.map((s) => s.gateway.rps));
    const baselineRps = median(samples.map((s) => s.baseline.rps));
    const report: Report = {
      gateway_rps: round2(gatewayRps),
      baseline_rps: round2(baselineRps),
      ratio: round2(gatewayRps / baselineRps),
      p50_ms: round2(median(samples.map((s) => s.gateway.p50))),
      p99_ms: round2(median(samples.map((s) => s.gateway.p99))),
      baseline_p50_ms: round2(median(samples.map((s) => s.baseline.p50))),
      baseline_p99_ms: round2(median(samples.map((s) => s.baseline.p99))),
      paired_ratio: round2(median(samples.map((s) => s.gateway.rps / s.baseline.rps))),
      rounds: samples.map((s) => ({ gateway_rps: round2(s.gateway.rps), baseline_rps: round2(s.baseline.rps), ratio: round2(s.gateway.rps / s.baseline.rps) })),
      connections: options.connections,
      duration_s: options.duration,
      accounts: options.accounts,
      failed: samples.reduce((n, s) => n + s.gateway.failed + s.baseline.failed, 0),
      cpu_ms_per_req: {
        gateway_node: medianOrNull(samples.map((s) => s.gateway.nodeCpu)),
        baseline_node: medianOrNull(samples.map((s) => s.baseline.nodeCpu)),
        gateway_pg: medianOrNull(samples.map((s) => s.gateway.pgCpu)),
        baseline_pg: medianOrNull(samples.map((s) => s.baseline.pgCpu)),
      },
      round_trips_per_req: {
        gateway: round2(median(samples.map((s) => s.gateway.roundTrips))),
        baseline: round2(median(samples.map((s) => s.baseline.roundTrips))),
      },
    };
    process.stdout.write(options.json ? `${JSON.stringify(report)}\n` : table(report));
    if (options.cpuProf) {
      for (const server of [gateway, baseline]) log(`bench:gateway: ${server.name} served ${(await counts(server)).requests} requests in its profile`);
    }
  } finally {
    await monitor?.end().catch(() => undefined);
    await Promise.all(children.map((child) => stop(child)));
    runtime.cleanup();
    if (options.cpuProf) log(`bench:gateway: CPU profiles of both servers written to ${options.cpuProf}`);
    if (!options.keepDb) await dropDatabase().catch((error: Error) => log(`bench:gateway: could not drop ${DATABASE}: ${error.message}`));
    clearTimeout(watchdog);
  }
}

main().catch((error: unknown) => {
  log(`bench:gateway failed: ${(error as Error).stack ?? String(error)}`);
  for (const child of children) child.kill('SIGKILL');
  process.exit(1);
});
