import { syncSanctionsAndRisk } from 'src/agents/due-diligence/sanctions-sync';
import { syncHsNomenclature } from 'src/agents/tariff-classification/hs-sync';
import { AppConfig, ConfigError } from 'src/config/app-config';

/**
 * `npm run sync:data [-- hs|sanctions]`: fetches the official reference files into
 * REFERENCE_DATA_DIR. Each dataset is checked before anything is replaced, so a failed or partial
 * download leaves the previous files in place. Restart the gateway to load new files.
 */
const SYNCS: Record<string, (dir: string, log: (line: string) => void) => Promise<void>> = {
  hs: syncHsNomenclature,
  sanctions: syncSanctionsAndRisk,
};

async function main(): Promise<void> {
  const config = new AppConfig(process.env);
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((name) => !(name in SYNCS));
  if (unknown.length > 0) throw new ConfigError(unknown.join(', '), `is not a dataset; choose from ${Object.keys(SYNCS).join(', ')}`);
  const names = wanted.length > 0 ? wanted : Object.keys(SYNCS);
  let failed = 0;
  for (const name of names) {
    const log = (line: string) => process.stdout.write(`[${name}] ${line}\n`);
    try {
      await SYNCS[name](config.referenceDataDir, log);
      log(`done: ${config.referenceDataDir}`);
    } catch (error) {
      failed += 1;
      process.stderr.write(`[${name}] failed, previous files kept: ${(error as Error).message}\n`);
    }
  }
  if (failed > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exitCode = 1;
});
