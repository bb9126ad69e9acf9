import path from 'node:path';
import { HsClassifier } from 'src/agents/tariff-classification/hs-classifier';
import { HsIndex } from 'src/agents/tariff-classification/hs-index';
import { loadHsNomenclature } from 'src/agents/tariff-classification/hs-nomenclature';
import { readEvalData } from 'bench/tariff-eval-data';
import { acceptedCodes } from 'bench/tariff-eval-score';

/**
 * Error analysis on the tuning half only: lists items whose top-1 misses, grouped by how far it
 * got (wrong chapter, right chapter, right heading but wrong subheading), with the gold and
 * predicted subheading texts side by side. Never point it at the odd half while tuning.
 *   tsx bench/tariff-failures.ts --data ../shared/data/hs-eval [--file hscodecomp] [--kind subheading|heading|chapter]
 * `--all` takes every item, for a file written for tuning only (bench/data/tariff-multilingual-tuning.csv).
 */
function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const data = path.resolve(arg('--data') ?? '../shared/data/hs-eval');
  const only = arg('--file');
  const kind = arg('--kind');
  const dataDir = process.env.REFERENCE_DATA_DIR ?? path.resolve(process.cwd(), '../shared/data');
  const index = new HsIndex(await loadHsNomenclature(dataDir));
  const classifier = new HsClassifier(index);
  const describe = (code: string) => {
    const leaf = index.leafIndex(code);
    return leaf === undefined ? '?' : index.leaves[leaf].description.slice(0, 110);
  };
  for (const file of await readEvalData(data)) {
    if (only !== undefined && !path.basename(file.file).includes(only)) continue;
    const tuning = process.argv.includes('--all') ? file.items : file.items.filter((_, k) => k % 2 === 0);
    for (const item of tuning) {
      const accepted = acceptedCodes(item.gold, index);
      const result = classifier.classify({ ...item.input, topK: 5 });
      const top = result.candidates[0]?.code ?? '';
      if (accepted.includes(top)) continue;
      const level = accepted.some((g) => g.slice(0, 4) === top.slice(0, 4))
        ? 'subheading'
        : accepted.some((g) => g.slice(0, 2) === top.slice(0, 2))
          ? 'heading'
          : 'chapter';
      if (kind !== undefined && kind !== level) continue;
      const attrs = Object.entries(item.input.attributes ?? {})
        .map(([k, v]) => `${k}=${v}`)
        .join('; ');
      console.log(`[${level}] ${path.basename(file.file).slice(0, 10)} #${item.id}: ${item.input.text.slice(0, 160)}`);
      for (const reading of result.readings) console.log(`   read from ${reading.language} as: ${reading.english}`);
      if (attrs.length > 0) console.log(`   attrs: ${attrs.slice(0, 240)}`);
      if ((item.input.categoryPath ?? []).length > 0) console.log(`   path: ${(item.input.categoryPath ?? []).join(' > ')}`);
      console.log(`   gold ${item.gold} ${describe(accepted[0])}`);
      console.log(`   got  ${top} ${describe(top)}  | ${result.candidates.slice(1).map((c) => c.code).join(' ')}`);
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
