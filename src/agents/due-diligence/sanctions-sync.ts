import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

interface Download {
  url: string;
  /** Written under this name in the target folder (the official undated names the loader accepts). */
  file: string;
  folder: 'sanctions' | 'country-risk';
  /** Rejects a download that is not the expected format (an HTML error page, an empty body). */
  check: (body: string) => boolean;
}

const OFAC = 'https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports';
const ofacCsv = (body: string) => /^\s*\d+,/u.test(body);

const DOWNLOADS: Download[] = [
  ...['SDN', 'ALT', 'ADD', 'SDN_COMMENTS', 'CONS_PRIM', 'CONS_ALT', 'CONS_ADD', 'CONS_COMMENTS'].map((name) => ({
    url: `${OFAC}/${name}.CSV`,
    file: `${name.toLowerCase()}.csv`,
    folder: 'sanctions' as const,
    check: ofacCsv,
  })),
  {
    url: 'https://scsanctions.un.org/resources/xml/en/consolidated.xml',
    file: 'un_sc_consolidated.xml',
    folder: 'sanctions',
    check: (body) => body.includes('<CONSOLIDATED_LIST'),
  },
  {
    url: 'https://raw.githubusercontent.com/datasets/country-codes/main/data/country-codes.csv',
    file: 'country-codes.csv',
    folder: 'country-risk',
    check: (body) => body.includes('ISO3166-1-Alpha-2'),
  },
];

/** Files with no stable machine-readable source: a human updates them and the report dates them. */
const MANUAL = [
  'country-risk/fatf_lists.json — update by hand after each FATF plenary (February, June, October) from fatf-gafi.org',
  'country-risk/ti_cpi<year>_global_results_trends.csv — download from transparency.org each January (CC BY-ND: do not edit the file)',
  'country-risk/wgi_wgidataset_<years>.csv — World Bank Worldwide Governance Indicators, yearly update',
  'country-risk/ndgain_*.csv — ND-GAIN country index, yearly release',
];

async function fetchText(url: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(120_000), headers: { 'user-agent': 'SupplyGate reference-data sync' } });
  } catch (e) {
    const cause = (e as { cause?: { code?: string } }).cause?.code;
    throw new Error(`cannot reach ${new URL(url).host} (${cause ?? (e as Error).message}): is this machine offline? The existing files were left unchanged.`);
  }
  if (!response.ok) throw new Error(`${url} answered HTTP ${response.status}; the existing files were left unchanged`);
  return response.text();
}

/**
 * Downloads the official sanctions lists (OFAC SDN and consolidated legacy CSVs, UN consolidated
 * XML) and ISO country codes into `<dataDir>/sanctions/` and `<dataDir>/country-risk/`. Every file
 * is fetched and checked before any is replaced, so a failed sync never leaves a mixed set; files
 * are written under a temporary name and renamed into place.
 */
export async function syncSanctionsAndRisk(dataDir: string, log: (line: string) => void): Promise<void> {
  const fetched: Array<{ download: Download; body: string }> = [];
  for (const download of DOWNLOADS) {
    log(`fetching ${download.url}`);
    const body = await fetchText(download.url);
    if (!download.check(body)) throw new Error(`${download.url} did not return the expected format (${body.slice(0, 80).replace(/\s+/gu, ' ')}…); nothing was replaced`);
    fetched.push({ download, body });
    log(`  ${download.file}: ${(body.length / 1024).toFixed(0)} KiB`);
  }
  for (const { download, body } of fetched) {
    const dir = join(dataDir, download.folder);
    await mkdir(dir, { recursive: true });
    const target = join(dir, download.file);
    await writeFile(`${target}.partial`, body);
    await rename(`${target}.partial`, target);
  }
  const today = new Date().toISOString().slice(0, 10);
  log(`wrote ${fetched.length} files; the lists are now dated ${today} (download date) in reports`);
  log('Not downloadable automatically, update by hand:');
  for (const line of MANUAL) log(`  - ${line}`);
}
