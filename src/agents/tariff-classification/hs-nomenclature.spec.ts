import path from 'node:path';
import { NomenclatureUnavailableError, loadHsNomenclature, parseNomenclature } from 'src/agents/tariff-classification/hs-nomenclature';

const FIXTURES = path.join(__dirname, 'fixtures');

describe('HS nomenclature loader', () => {
  it('loads the three levels, strips the BOM and drops the TOTAL row', async () => {
    const nomenclature = await loadHsNomenclature(FIXTURES);
    expect(nomenclature.edition).toBe('HS 2022');
    expect(nomenclature.sections[0]).toEqual({ numeral: 'VII', title: 'Plastics and articles thereof; rubber and articles thereof' });
    expect(nomenclature.entries.find((e) => e.code === 'TOTAL')).toBeUndefined();
    expect(nomenclature.entries.find((e) => e.code === '610910')).toMatchObject({ level: 6, parent: '6109', section: 'XI' });
    expect(nomenclature.entries.find((e) => e.code === '61')).toMatchObject({ level: 2, parent: null });
  });

  it('keeps leading zeros of codes', () => {
    const csv = 'section,hscode,description,parent,level\nI,01,Animals; live,TOTAL,2\nI,0101,Horses,01,4\nI,010121,Horses; pure-bred,0101,6\n';
    const { entries } = parseNomenclature(csv, 'section,name\nI,Live animals\n');
    expect(entries.map((e) => e.code)).toEqual(['01', '0101', '010121']);
  });

  it('names the expected files and the fix when the data is missing', async () => {
    const failure = loadHsNomenclature('/nonexistent/reference-data');
    await expect(failure).rejects.toBeInstanceOf(NomenclatureUnavailableError);
    await expect(loadHsNomenclature('/nonexistent/reference-data')).rejects.toThrow(/harmonized-system\.csv.*sections\.csv.*npm run sync:data.*REFERENCE_DATA_DIR/s);
  });

  it('rejects a file without the required columns', () => {
    expect(() => parseNomenclature('code,text\n01,Animals\n', 'section,name\nI,Live\n')).toThrow(/lacks column/);
  });
});
