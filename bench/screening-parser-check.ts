/**
 * Guards the free-text parser against refusing real names: every name in the labelled pairs, the
 * list-recall variants, the ordinary company names and every listed name and alias is sent as a
 * request's whole text, and anything not read as a party is counted and printed.
 *
 *   npx tsx bench/screening-parser-check.ts [--data <sanctions dir>]
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { partyFromText } from 'src/agents/due-diligence/party-request.parser';
import { loadScreeningContext, referenceDataDir } from './screening-context';
import { generateVariants, ordinaryCompanyNames } from './screening-list-recall';
import { readPairs } from './screening-pairs';

function main(): void {
  const a = process.argv.slice(2);
  const at = a.indexOf('--data');
  const dir = at >= 0 && a[at + 1] ? resolve(a[at + 1]) : join(referenceDataDir(), 'sanctions');
  const ctx = loadScreeningContext();
  const sets: Record<string, string[]> = {};
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.csv') && !/^ofac_/u.test(x))) {
    const { pairs } = readPairs(join(dir, f));
    sets[f] = pairs.flatMap((p) => [p.name1, p.name2]).filter(Boolean);
  }
  sets['list-recall variants'] = generateVariants(ctx.index.entries, 200).map((v) => v.variant);
  sets['ordinary company names'] = ordinaryCompanyNames(join(referenceDataDir(), 'supply-chain'), 1000);
  sets['listed names and aliases'] = ctx.index.entries.flatMap((e) => [e.name, ...e.aliases.map((al) => al.name)]);
  let rejectedTotal = 0;
  for (const [set, names] of Object.entries(sets)) {
    const rejected = names.filter((n) => partyFromText(n, ctx.countries).kind !== 'party');
    rejectedTotal += rejected.length;
    console.log(`${set.padEnd(40)} ${String(names.length).padStart(6)} names, ${rejected.length} not read as a party`);
    for (const n of rejected.slice(0, 40)) console.log(`    ${n}  -> ${JSON.stringify(partyFromText(n, ctx.countries))}`);
  }
  console.log(`total not read as a party: ${rejectedTotal}`);
}

main();
