/**
 * Screening speed: single-party latency (p50/p99), batch throughput on one core, index build time
 * and memory, side by side with a naive baseline that scores every listed name.
 *
 *   npm run bench:screening [-- --json]
 */
import { join } from 'node:path';
import { screenParty, type PartyInput, type ScreeningContext } from 'src/agents/due-diligence/party-screener';
import { parseName } from 'src/agents/due-diligence/name-normaliser';
import { loadScreeningContext, referenceDataDir } from './screening-context';
import { generateVariants, ordinaryCompanyNames, seededRandom } from './screening-list-recall';

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Half listed-name variants (they produce hits and explanations), half ordinary names. */
function workload(ctx: ScreeningContext, n: number): PartyInput[] {
  const variants = generateVariants(ctx.index.entries, Math.ceil(n / 12), 99).map((v) => ({ name: v.variant }));
  const ordinary = ordinaryCompanyNames(join(referenceDataDir(), 'supply-chain'), n).map((name) => ({ name }));
  const rnd = seededRandom(5);
  const all = [...variants.slice(0, n / 2), ...ordinary.slice(0, n / 2)];
  for (let i = all.length - 1; i > 0; i -= 1) {
    const j = Math.floor(rnd() * (i + 1));
    [all[i], all[j]] = [all[j], all[i]];
  }
  return all;
}

function main(): void {
  const json = process.argv.includes('--json');
  const heapBefore = process.memoryUsage().heapUsed;
  const ctx = loadScreeningContext();
  global.gc?.();
  const heapAfter = process.memoryUsage().heapUsed;
  const parties = workload(ctx, 2000);

  // Warm-up so the JIT has compiled the hot paths before timing.
  for (const p of parties.slice(0, 200)) screenParty(p, ctx);

  const latencies: number[] = [];
  for (const p of parties.slice(0, 1000)) {
    const t = performance.now();
    screenParty(p, ctx);
    latencies.push(performance.now() - t);
  }
  latencies.sort((a, b) => a - b);

  const rounds: number[] = [];
  for (let r = 0; r < 5; r += 1) {
    const t = performance.now();
    for (const p of parties) screenParty(p, ctx);
    rounds.push(parties.length / ((performance.now() - t) / 1000));
  }

  // Baseline: the same normaliser and scorer, but every listed name is compared (no index).
  const baselineParties = parties.slice(0, 40);
  const baseLatencies: number[] = [];
  for (const p of baselineParties) {
    const q = parseName(p.name).primary;
    const t = performance.now();
    ctx.index.searchByFullScan(q);
    baseLatencies.push(performance.now() - t);
  }
  baseLatencies.sort((a, b) => a - b);
  const baseRate = 1000 / (baseLatencies.reduce((s, x) => s + x, 0) / baseLatencies.length);

  const result = {
    lists: ctx.lists.map((l) => ({ id: l.id, asOf: l.asOf, records: l.records })),
    indexedNames: ctx.index.size.names,
    vocabulary: ctx.index.size.vocabulary,
    loadListsMs: Math.round(ctx.loadMs),
    indexBuildMs: Math.round(ctx.indexMs),
    heapMb: Math.round((heapAfter - heapBefore) / 1e6),
    rssMb: Math.round(process.memoryUsage().rss / 1e6),
    indexed: { p50Ms: +percentile(latencies, 50).toFixed(3), p99Ms: +percentile(latencies, 99).toFixed(3), batchPartiesPerSecond: Math.round(median(rounds)), rounds: rounds.map(Math.round) },
    baselineFullScan: { p50Ms: +percentile(baseLatencies, 50).toFixed(1), p99Ms: +percentile(baseLatencies, 99).toFixed(1), batchPartiesPerSecond: Math.round(baseRate), sample: baselineParties.length },
  };
  if (json) {
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }
  console.log(`Lists: ${result.lists.map((l) => `${l.id} ${l.asOf} (${l.records})`).join(', ')}; ${result.indexedNames} names/aliases, ${result.vocabulary} index terms`);
  console.log(`Load lists ${result.loadListsMs} ms, build index ${result.indexBuildMs} ms, heap +${result.heapMb} MB, RSS ${result.rssMb} MB\n`);
  console.log('                      p50 ms    p99 ms    parties/s (1 core, median of 5)');
  console.log(`indexed screening   ${String(result.indexed.p50Ms).padStart(7)}   ${String(result.indexed.p99Ms).padStart(7)}   ${result.indexed.batchPartiesPerSecond}`);
  console.log(`baseline full scan  ${String(result.baselineFullScan.p50Ms).padStart(7)}   ${String(result.baselineFullScan.p99Ms).padStart(7)}   ${result.baselineFullScan.batchPartiesPerSecond}  (${result.baselineFullScan.sample} parties)`);
}

main();
