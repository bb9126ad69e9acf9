import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { syncHsNomenclature } from 'src/agents/tariff-classification/hs-sync';

/** The address a mocked fetch was called with. */
function href(url: string | URL | Request): string {
  return typeof url === 'string' ? url : url instanceof URL ? url.href : url.url;
}

describe('syncHsNomenclature', () => {
  afterEach(() => jest.restoreAllMocks());

  it('explains that the machine is offline when the download cannot start', async () => {
    jest.spyOn(global, 'fetch').mockRejectedValue(new TypeError('fetch failed', { cause: new Error('getaddrinfo ENOTFOUND') }));
    const dir = await mkdtemp(path.join(os.tmpdir(), 'hs-sync-'));
    await expect(syncHsNomenclature(dir, () => undefined)).rejects.toThrow(/offline.*copy harmonized-system\.csv/s);
    await expect(readdir(dir)).resolves.toEqual([]);
  });

  it('refuses an incomplete download and leaves nothing on disk', async () => {
    const system = readFileSync(path.join(__dirname, 'fixtures/hs/harmonized-system.csv'), 'utf8');
    const sections = readFileSync(path.join(__dirname, 'fixtures/hs/sections.csv'), 'utf8');
    jest.spyOn(global, 'fetch').mockImplementation(async (url) => {
      const body = href(url).endsWith('sections.csv') ? sections : href(url).endsWith('.json') ? '{}' : system;
      return new Response(body, { status: 200 });
    });
    const dir = await mkdtemp(path.join(os.tmpdir(), 'hs-sync-'));
    const lines: string[] = [];
    await expect(syncHsNomenclature(dir, (line) => lines.push(line))).rejects.toThrow(/incomplete/);
    await expect(readdir(dir)).resolves.toEqual([]);
    expect(lines.some((l) => l.includes('harmonized-system.csv'))).toBe(true);
  });

  it('writes a complete nomenclature into <dataDir>/hs', async () => {
    const numerals = 'I II III IV V VI VII VIII IX X XI XII XIII XIV XV XVI XVII XVIII XIX XX XXI'.split(' ');
    const sections = `section,name\n${numerals.map((n) => `${n},Section ${n}`).join('\n')}\n`;
    const rows = ['section,hscode,description,parent,level', 'I,01,Animals; live,TOTAL,2', 'I,0101,Horses,01,4'];
    for (let i = 0; i < 5000; i++) rows.push(`I,01${String(i).padStart(4, '0')},Horses; kind ${i},0101,6`);
    jest.spyOn(global, 'fetch').mockImplementation(async (url) => {
      const body = href(url).endsWith('sections.csv') ? sections : href(url).endsWith('.json') ? '{}' : rows.join('\n');
      return new Response(body, { status: 200 });
    });
    const dir = await mkdtemp(path.join(os.tmpdir(), 'hs-sync-'));
    await syncHsNomenclature(dir, () => undefined, 'https://example.test/hs');
    expect((await readdir(path.join(dir, 'hs'))).sort()).toEqual(['datapackage.json', 'harmonized-system.csv', 'sections.csv']);
    expect(await readFile(path.join(dir, 'hs', 'sections.csv'), 'utf8')).toBe(sections);
  });
});
