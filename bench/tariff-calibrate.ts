import path from 'node:path';
import { HsClassifier } from 'src/agents/tariff-classification/hs-classifier';
import { HsIndex } from 'src/agents/tariff-classification/hs-index';
import { loadHsNomenclature } from 'src/agents/tariff-classification/hs-nomenclature';
import { fitIsotonic } from 'src/agents/tariff-classification/confidence-calibration';
import { readEvalData } from 'bench/tariff-eval-data';
import { predict } from 'bench/tariff-eval-score';

/**
 * Refits CALIBRATION_TABLE: isotonic regression of "this 6-digit candidate is right" on the raw
 * score share, over every returned candidate of the even-numbered items of each labelled file.
 * The odd-numbered items are left for `eval:tariff -- --split odd` to check the fit.
 *   tsx bench/tariff-calibrate.ts --data ../shared/data/hs-eval
 */
async function main(): Promise<void> {
  const i = process.argv.indexOf('--data');
  const data = path.resolve(i >= 0 ? process.argv[i + 1] : '../shared/data/hs-eval');
  const dataDir = process.env.REFERENCE_DATA_DIR ?? path.resolve(process.cwd(), '../shared/data');
  const index = new HsIndex(await loadHsNomenclature(dataDir));
  const classifier = new HsClassifier(index);
  const samples: Array<{ share: number; correct: boolean }> = [];
  for (const file of await readEvalData(data)) {
    const fitHalf = file.items.filter((_, k) => k % 2 === 0);
    for (const p of predict(fitHalf, classifier, index).predictions) {
      p.shares.forEach((share, rank) => samples.push({ share, correct: p.accepted.includes(p.codes[rank]) }));
    }
  }
  const table = fitIsotonic(samples);
  console.log(`// fitted on ${samples.length} candidates`);
  console.log(`export const CALIBRATION_TABLE: Array<[number, number]> = ${JSON.stringify(table)};`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
