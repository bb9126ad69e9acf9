import path from 'node:path';
import { HsClassifier, CLASSIFIER_WEIGHTS } from 'src/agents/tariff-classification/hs-classifier';
import { HsIndex } from 'src/agents/tariff-classification/hs-index';
import { loadHsNomenclature } from 'src/agents/tariff-classification/hs-nomenclature';
import { readEvalData } from 'bench/tariff-eval-data';
import { predict, hitAt } from 'bench/tariff-eval-score';
async function main() {
  const idx = new HsIndex(await loadHsNomenclature(path.resolve('../shared/data')));
  const c = new HsClassifier(idx);
  const files = await readEvalData(path.resolve('../shared/data/hs-eval'));
  const key = process.argv[2] as keyof typeof CLASSIFIER_WEIGHTS;
  for (const v of process.argv.slice(3).map(Number)) {
    (CLASSIFIER_WEIGHTS as Record<string, number>)[key] = v;
    const row = files.map(f => { const { predictions: p } = predict(f.items, c, idx); const r = (k: number, d: number) => (p.filter(x => hitAt(x, k, d)).length / p.length).toFixed(3); return `${path.basename(f.file).slice(0, 8)} 4@5=${r(5, 4)} 6@1=${r(1, 6)}`; });
    console.log(key, v, row.join(' | '));
  }
}
main();
