/** Loads the lists and country data once for the screening eval and benchmark. */
import { join, resolve } from 'node:path';
import { CountryRiskTable } from 'src/agents/due-diligence/country-risk.loader';
import type { ScreeningContext } from 'src/agents/due-diligence/party-screener';
import { loadSanctionsLists } from 'src/agents/due-diligence/sanctions-lists.loader';
import { ScreeningIndex } from 'src/agents/due-diligence/screening-index';

export function referenceDataDir(): string {
  return process.env.REFERENCE_DATA_DIR ?? resolve(process.cwd(), '../shared/data');
}

export function loadScreeningContext(dataDir = referenceDataDir()): ScreeningContext & { loadMs: number; indexMs: number } {
  const t0 = performance.now();
  const lists = loadSanctionsLists(dataDir);
  const countries = new CountryRiskTable(join(dataDir, 'country-risk'));
  countries.load();
  const t1 = performance.now();
  const index = new ScreeningIndex(lists.entries);
  const t2 = performance.now();
  return { index, countries, lists: lists.lists, loadMs: t1 - t0, indexMs: t2 - t1 };
}
