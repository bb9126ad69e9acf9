import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse } from 'csv-parse/sync';
import { parseCsv, parseCsvRecords } from 'src/agents/due-diligence/csv-reader';

/** The options the OFAC loader used with csv-parse; the reader must give the same rows. */
const ofacOptions = { relax_column_count: true, relax_quotes: true, skip_empty_lines: true, trim: true };

describe('parseCsv', () => {
  it.each([
    ['quoted fields, doubled quotes and a blank line', 'a,b\r\n\r\n"x ""y""",z\r\n'],
    ['white space around fields and quotes', ' a , "b" ,c\n'],
    ['a trailing delimiter opens an empty field', 'a,b,\n'],
    ['a line break inside quotes', '"a\nb",c\n'],
    ['CR-only line ends', 'a\rb\r'],
    ['no final line end', 'x,"y"'],
    ['an empty quoted field', '"",a\n'],
    ['OFAC null padding and a quote inside a field', '36,"AEROCARIBBEAN AIRLINES",-0- ,"CUBA",-0- \r\n37,ABC 5" PIPE,x\r\n'],
    ['nothing at all', ''],
  ])('reads %s as csv-parse does', (_label, text) => {
    expect(parseCsv(text, { trim: true })).toEqual(parse(text, ofacOptions));
  });

  it('keeps white space when not trimming, and maps a header row to records', () => {
    const text = 'code, name\nDE, Germany\n\nFR,"France, Republic of"\n';
    expect(parseCsvRecords(text)).toEqual(parse(text, { columns: true, skip_empty_lines: true }));
    expect(parseCsvRecords(text)[1]).toEqual({ code: 'FR', ' name': 'France, Republic of' });
  });

  it('keeps a stray quote as text where csv-parse would give up', () => {
    expect(parseCsv('a,"b"c",d\n')).toEqual([['a', 'b"c', 'd']]);
  });
});

const realData = path.join(process.env.REFERENCE_DATA_DIR ?? path.resolve(process.cwd(), '../shared/data'), 'sanctions');
// The reference data must be present (tests and CI point REFERENCE_DATA_DIR at it): missing files
// fail these specs rather than skipping them.
describe('parseCsv on the shipped OFAC files', () => {
  it('gives exactly the rows csv-parse gives', () => {
    const files = readdirSync(realData).filter((f) => /^ofac_.*\.csv$/u.test(f));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const text = readFileSync(path.join(realData, f), 'latin1').replaceAll(String.fromCharCode(0x1a), '');
      expect(parseCsv(text, { trim: true })).toEqual(parse(text, ofacOptions));
    }
  }, 30_000);
});
