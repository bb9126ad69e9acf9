import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { HsClassifier } from 'src/agents/tariff-classification/hs-classifier';
import { HsIndex } from 'src/agents/tariff-classification/hs-index';
import { loadHsNomenclature } from 'src/agents/tariff-classification/hs-nomenclature';
import { ProductScope } from 'src/agents/tariff-classification/product-scope';
import { readEvalData } from 'bench/tariff-eval-data';
import { scoreFile } from 'bench/tariff-eval-score';
import type { FileScore } from 'bench/tariff-eval-score';
import type { EvalItem } from 'bench/tariff-eval-data';

/**
 * Accuracy of the tariff classifier on labelled files:
 *   npm run --silent eval:tariff -- --data <file-or-dir> [--json] [--split even|odd]
 * Reference data comes from REFERENCE_DATA_DIR or ../shared/data.
 */

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function pct(x: number): string {
  return x.toFixed(3);
}

/**
 * The eval calls the classifier directly, past the agent's scope check; every labelled description
 * is a real product, so each one the check would refuse or question is a false refusal.
 */
interface ScopeCount {
  refused: number;
  asked: number;
  notEnglish: number;
  examples: string[];
}

function countScope(items: EvalItem[], scope: ProductScope): ScopeCount {
  const count: ScopeCount = { refused: 0, asked: 0, notEnglish: 0, examples: [] };
  for (const item of items) {
    const verdict = scope.assess(item.input);
    if (verdict.kind === 'goods') continue;
    if (verdict.kind === 'out_of_scope') count.refused++;
    else if (verdict.kind === 'not_english') count.notEnglish++;
    else count.asked++;
    if (count.examples.length < 5 && verdict.kind !== 'not_english') count.examples.push(`${verdict.kind}: ${item.input.text.slice(0, 80)} | ${verdict.reasoning}`);
  }
  return count;
}

function printTable(scores: Array<FileScore & { scope: ScopeCount }>, buildMs: number): void {
  console.log(`index build: ${buildMs.toFixed(0)} ms`);
  for (const s of scores) {
    console.log(`\n${s.file}  (n=${s.n}, ${s.ms_per_item.toFixed(3)} ms/item)`);
    console.log(
      `  scope check (interpret): ${s.scope.refused} refused as out of scope, ${s.scope.asked} asked to name the goods, ${s.scope.notEnglish} asked for English (of ${s.n})`,
    );
    for (const e of s.scope.examples) console.log(`    ${e}`);
    console.log('          2-digit  4-digit  6-digit');
    for (const k of ['top1', 'top3', 'top5'] as const) {
      console.log(`  ${k.padEnd(6)}  ${pct(s[k]['2']).padStart(7)}  ${pct(s[k]['4']).padStart(7)}  ${pct(s[k]['6']).padStart(7)}`);
    }
    console.log(`  calibration of confidence_score over all returned candidates (6-digit correct), ECE ${pct(s.calibration.ece)}:`);
    console.log('    bin          n   mean conf  accuracy');
    for (const b of s.calibration.bins) {
      if (b.n === 0) continue;
      console.log(`    ${b.range.padEnd(10)} ${String(b.n).padStart(4)}   ${pct(b.mean_confidence).padStart(8)}  ${pct(b.accuracy).padStart(8)}`);
    }
  }
}

async function main(): Promise<void> {
  const data = arg('--data');
  if (data === undefined) {
    console.error('usage: eval:tariff -- --data <file-or-dir> [--json] [--split even|odd]');
    process.exit(2);
  }
  const split = arg('--split');
  const dataDir = process.env.REFERENCE_DATA_DIR ?? path.resolve(process.cwd(), '../shared/data');
  const started = performance.now();
  const nomenclature = await loadHsNomenclature(dataDir);
  const index = new HsIndex(nomenclature);
  const classifier = new HsClassifier(index);
  const buildMs = performance.now() - started;
  const scope = new ProductScope(index);
  const files = await readEvalData(path.resolve(data));
  const scores = files.map((file) => {
    const items = split === undefined ? file.items : file.items.filter((_, i) => (i % 2 === 0) === (split === 'even'));
    return { ...scoreFile(path.basename(file.file), items, classifier, index), scope: countScope(items, scope) };
  });
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify({ files: scores, index_build_ms: Number(buildMs.toFixed(1)) }));
  } else {
    printTable(scores, buildMs);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
