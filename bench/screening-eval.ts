/**
 * Screening accuracy: precision/recall/F1 of the production matcher on labelled name pairs, and
 * the list-recall test (variants of listed names found, ordinary names not alerted).
 *
 *   npm run --silent eval:screening -- --data <file-or-dir> [--json] [--verbose]
 */
import { readdirSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { MATCH_THRESHOLD } from 'src/agents/due-diligence/name-matcher';
import { type PartyKind, scoreNamePair } from 'src/agents/due-diligence/party-screener';
import { loadScreeningContext, referenceDataDir } from './screening-context';
import { runListRecall } from './screening-list-recall';
import { readPairs } from './screening-pairs';

interface Counts {
  n: number;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

function metrics(c: Counts): { precision: number; recall: number; f1: number } {
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1;
  const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision: round(precision), recall: round(recall), f1: round(f1) };
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}

function args(): { data: string; json: boolean; verbose: boolean; noRecall: boolean } {
  const a = process.argv.slice(2);
  const at = a.indexOf('--data');
  return {
    data: at >= 0 && a[at + 1] ? resolve(a[at + 1]) : join(referenceDataDir(), 'sanctions'),
    json: a.includes('--json'),
    verbose: a.includes('--verbose'),
    noRecall: a.includes('--no-list-recall'),
  };
}

function main(): void {
  const opts = args();
  const files = statSync(opts.data).isDirectory()
    ? readdirSync(opts.data).filter((f) => f.endsWith('.csv') && !/^ofac_/u.test(f)).sort().map((f) => join(opts.data, f))
    : [opts.data];
  const ctx = loadScreeningContext();
  const out: Array<{ file: string; n: number; precision: number; recall: number; f1: number; categories: Record<string, Counts & { precision: number; recall: number; f1: number }>; errors: string[] }> = [];
  for (const file of files) {
    const { pairs, unlabelled } = readPairs(file);
    if (unlabelled || pairs.length === 0) continue;
    const total: Counts = { n: 0, tp: 0, fp: 0, fn: 0, tn: 0 };
    const cats = new Map<string, Counts>();
    const errors: string[] = [];
    for (const p of pairs) {
      const c = scoreNamePair(p.name1, p.name2, ctx.index.weigh, partyKind(p.schema));
      const predicted = c.score >= MATCH_THRESHOLD;
      const cat = p.category ?? 'all';
      const cc = cats.get(cat) ?? { n: 0, tp: 0, fp: 0, fn: 0, tn: 0 };
      for (const k of [total, cc]) {
        k.n += 1;
        if (predicted && p.isMatch) k.tp += 1;
        else if (predicted) k.fp += 1;
        else if (p.isMatch) k.fn += 1;
        else k.tn += 1;
      }
      cats.set(cat, cc);
      if (predicted !== p.isMatch) errors.push(`${p.isMatch ? 'FN' : 'FP'} ${c.score.toFixed(3)} [${cat}] ${p.name1} | ${p.name2}`);
    }
    out.push({
      file: basename(file),
      n: total.n,
      ...metrics(total),
      categories: Object.fromEntries([...cats].map(([k, v]) => [k, { ...v, ...metrics(v) }])),
      errors,
    });
  }
  const recall = opts.noRecall ? undefined : runListRecall(ctx, join(referenceDataDir(), 'supply-chain'));

  if (opts.json) {
    process.stdout.write(
      `${JSON.stringify({
        threshold: MATCH_THRESHOLD,
        files: out.map(({ file, n, precision, recall: r, f1 }) => ({ file, n, precision, recall: r, f1 })),
        listRecall: recall && { variants: recall.variants, recall: round(recall.recall), byKind: recall.byKind, ordinaryNames: recall.ordinaryNames, falseAlerts: recall.falseAlerts, falseAlertRate: round(recall.falseAlertRate) },
      })}\n`,
    );
    return;
  }
  console.log(`Production threshold ${MATCH_THRESHOLD}; lists loaded in ${ctx.loadMs.toFixed(0)} ms, index built in ${ctx.indexMs.toFixed(0)} ms`);
  for (const f of out) {
    console.log(`\n${f.file}  n=${f.n}  precision=${f.precision.toFixed(3)}  recall=${f.recall.toFixed(3)}  F1=${f.f1.toFixed(3)}`);
    console.log('  category                               n   P      R      F1');
    for (const [cat, c] of Object.entries(f.categories).sort()) {
      console.log(`  ${cat.padEnd(36).slice(0, 36)} ${String(c.n).padStart(3)}  ${c.precision.toFixed(2)}  ${c.recall.toFixed(2)}  ${c.f1.toFixed(2)}`);
    }
    if (f.errors.length) console.log(`  errors:\n    ${f.errors.join('\n    ')}`);
  }
  if (recall) {
    console.log(`\nList recall: ${recall.found}/${recall.variants} variants of listed names found = ${(recall.recall * 100).toFixed(2)}%`);
    for (const [k, v] of Object.entries(recall.byKind)) console.log(`  ${k.padEnd(20)} ${v.found}/${v.n} = ${(v.recall * 100).toFixed(1)}%`);
    console.log(`False alerts: ${recall.falseAlerts}/${recall.ordinaryNames} ordinary company names = ${(recall.falseAlertRate * 100).toFixed(2)}%`);
    if (opts.verbose) {
      for (const m of recall.misses) console.log(`  MISS [${m.kind}] ${m.variant}  (listed: ${m.original})`);
      for (const a of recall.falseAlertExamples) console.log(`  ALERT ${a.name} -> ${a.listed} ${a.score}`);
    }
  }
}

main();

/** The party type a pair file's `schema` column gives (FollowTheMoney-style names: Person, Vessel, Company). */
function partyKind(schema: string | undefined): PartyKind | undefined {
  if (schema === 'Person') return 'individual';
  if (schema === 'Vessel') return 'vessel';
  return schema ? 'entity' : undefined;
}
