import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { NOMENCLATURE_FILE, SECTIONS_FILE, nomenclatureDir, parseNomenclature } from 'src/agents/tariff-classification/hs-nomenclature';

/**
 * Downloads the open HS 2022 nomenclature (UN Comtrade texts, published as a public-domain data
 * package) into `<dataDir>/hs/`. Both files are validated before either replaces the copy on disk,
 * so a failed or partial download never leaves the agent with a broken index.
 */

export const HS_SOURCE_BASE_URL = 'https://raw.githubusercontent.com/datasets/harmonized-system/main';
const FILES: Array<{ name: string; remote: string }> = [
  { name: NOMENCLATURE_FILE, remote: 'data/harmonized-system.csv' },
  { name: SECTIONS_FILE, remote: 'data/sections.csv' },
  { name: 'datapackage.json', remote: 'datapackage.json' },
];
const TIMEOUT_MS = 60_000;

async function download(url: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS) });
  } catch (error) {
    const cause = error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error);
    throw new Error(
      `cannot reach ${url} (${cause}). This machine looks offline: copy harmonized-system.csv and sections.csv ` +
        'into the reference-data directory by hand, or run the sync where a network is available.',
    );
  }
  if (!response.ok) throw new Error(`download of ${url} failed: HTTP ${response.status} ${response.statusText}`);
  return response.text();
}

export async function syncHsNomenclature(
  dataDir: string,
  log: (line: string) => void,
  baseUrl: string = HS_SOURCE_BASE_URL,
): Promise<void> {
  const dir = nomenclatureDir(dataDir);
  const texts = new Map<string, string>();
  for (const file of FILES) {
    const url = `${baseUrl.replace(/\/$/, '')}/${file.remote}`;
    log(`hs: downloading ${url}`);
    texts.set(file.name, await download(url));
  }
  const parsed = parseNomenclature(texts.get(NOMENCLATURE_FILE) ?? '', texts.get(SECTIONS_FILE) ?? '');
  const leaves = parsed.entries.filter((entry) => entry.level === 6).length;
  if (parsed.sections.length !== 21 || leaves < 5000) {
    throw new Error(`downloaded nomenclature looks incomplete: ${parsed.sections.length} sections, ${leaves} subheadings`);
  }
  await mkdir(dir, { recursive: true });
  for (const [name, text] of texts) {
    const target = path.join(dir, name);
    await writeFile(`${target}.tmp`, text, 'utf8');
    await rename(`${target}.tmp`, target);
  }
  log(`hs: wrote ${parsed.entries.length} codes (${leaves} subheadings) and ${parsed.sections.length} sections to ${dir}`);
}
