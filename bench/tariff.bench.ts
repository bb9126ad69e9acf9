import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { HsClassifier } from 'src/agents/tariff-classification/hs-classifier';
import type { ClassificationInput } from 'src/agents/tariff-classification/hs-classifier';
import { HsIndex } from 'src/agents/tariff-classification/hs-index';
import { loadHsNomenclature } from 'src/agents/tariff-classification/hs-nomenclature';
import type { HsNomenclature } from 'src/agents/tariff-classification/hs-nomenclature';
import { tokenise } from 'src/agents/tariff-classification/text-normaliser';
import { readEvalData } from 'bench/tariff-eval-data';

/**
 * Throughput of the classifier on one core, against a naive baseline in the same run:
 *   npm run bench:tariff [-- --rounds 7 --data <file-or-dir> --json]
 * The baseline scans every subheading and counts shared words, the obvious way to do it without an index.
 */

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1] : fallback;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

class LinearScanBaseline {
  private readonly leaves: Array<{ code: string; words: Set<string> }>;

  constructor(nomenclature: HsNomenclature) {
    this.leaves = nomenclature.entries
      .filter((entry) => entry.level === 6)
      .map((entry) => ({ code: entry.code, words: new Set(tokenise(entry.description)) }));
  }

  classify(input: ClassificationInput): string[] {
    const query = tokenise([input.text, ...(input.categoryPath ?? [])].join(' '));
    const scored = this.leaves.map((leaf) => ({ code: leaf.code, hits: query.reduce((n, w) => n + (leaf.words.has(w) ? 1 : 0), 0) }));
    scored.sort((a, b) => b.hits - a.hits);
    return scored.slice(0, 5).map((s) => s.code);
  }
}

function measure(label: string, inputs: ClassificationInput[], rounds: number, run: (input: ClassificationInput) => unknown) {
  for (const input of inputs.slice(0, 50)) run(input);
  const rates: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const started = performance.now();
    for (const input of inputs) run(input);
    rates.push(inputs.length / ((performance.now() - started) / 1000));
  }
  return { label, median_per_second: Math.round(median(rates)), min_per_second: Math.round(Math.min(...rates)), max_per_second: Math.round(Math.max(...rates)) };
}

async function main(): Promise<void> {
  const rounds = Number(arg('--rounds', '7'));
  const dataDir = process.env.REFERENCE_DATA_DIR ?? path.resolve(process.cwd(), '../shared/data');
  const data = path.resolve(arg('--data', path.join(dataDir, 'hs-eval')));
  const builds: number[] = [];
  let classifier: HsClassifier | null = null;
  let nomenclature: HsNomenclature | null = null;
  for (let r = 0; r < Math.max(3, Math.min(rounds, 5)); r++) {
    const started = performance.now();
    nomenclature = await loadHsNomenclature(dataDir);
    classifier = new HsClassifier(new HsIndex(nomenclature));
    builds.push(performance.now() - started);
  }
  if (classifier === null || nomenclature === null) throw new Error('index was not built');
  const inputs = (await readEvalData(data)).flatMap((file) => file.items.map((item) => item.input));
  const baselineStarted = performance.now();
  const baseline = new LinearScanBaseline(nomenclature);
  const baselineBuild = performance.now() - baselineStarted;
  const ready = classifier;
  const results = [
    measure('hs-index classifier', inputs, rounds, (input) => ready.classify(input)),
    measure('baseline: linear scan, word overlap', inputs, rounds, (input) => baseline.classify(input)),
  ];
  const report = {
    descriptions: inputs.length,
    rounds,
    index_build_ms: { first: Number(builds[0].toFixed(1)), median: Number(median(builds).toFixed(1)) },
    baseline_build_ms: Number(baselineBuild.toFixed(1)),
    results,
    speedup: Number((results[0].median_per_second / Math.max(results[1].median_per_second, 1)).toFixed(1)),
  };
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(report));
    return;
  }
  console.log(`tariff classification throughput, one core, ${inputs.length} descriptions x ${rounds} rounds`);
  console.log(`index build (load + index): first ${report.index_build_ms.first} ms, median ${report.index_build_ms.median} ms`);
  console.log('');
  console.log('method                                  median/s      min/s      max/s');
  for (const r of results) {
    console.log(`${r.label.padEnd(38)} ${String(r.median_per_second).padStart(9)} ${String(r.min_per_second).padStart(10)} ${String(r.max_per_second).padStart(10)}`);
  }
  console.log(`\nspeed-up over baseline: ${report.speedup}x`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
