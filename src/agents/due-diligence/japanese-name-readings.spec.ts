import { readFileSync } from 'node:fs';
import { JAPANESE_COMPOUND_COUNT, japaneseCompoundReadings } from 'src/agents/due-diligence/japanese-name-readings';
import { MATCH_THRESHOLD } from 'src/agents/due-diligence/name-matcher';
import { scoreNamePair } from 'src/agents/due-diligence/party-screener';

const score = (a: string, b: string) => scoreNamePair(a, b, undefined, 'individual').score;

describe('Japanese compound name readings', () => {
  it('lists each compound once, with lower-case Latin readings', () => {
    const source = readFileSync(`${__dirname}/japanese-name-readings.ts`, 'utf8');
    const start = source.indexOf('const TABLE = `') + 'const TABLE = `'.length;
    const lines = source.slice(start, source.indexOf('`;', start)).split('\n').filter((l) => l.trim()).map((l) => l.trim().split(/\s+/u));
    const compounds = lines.map(([c]) => c);
    expect(compounds.filter((c, i) => compounds.indexOf(c) !== i)).toEqual([]);
    expect(compounds.length).toBe(JAPANESE_COMPOUND_COUNT);
    for (const [compound, ...readings] of lines) {
      expect([...compound].length).toBeGreaterThanOrEqual(2);
      expect(readings.length).toBeGreaterThan(0);
      for (const r of readings) expect(r).toMatch(/^[a-z]+$/u);
    }
    expect(japaneseCompoundReadings('日向')).toEqual(['hinata', 'hyuga']);
  });

  it('reads numerals inside given names as names, and ship numbers still as digits', () => {
    expect(score('山本五十六', 'Yamamoto Isoroku')).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    expect(score('小泉純一郎', 'Koizumi Junichiro')).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    expect(score('五十嵐', 'Igarashi')).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    expect(score('伊丹十三', 'Itami Juzo')).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    expect(score('鈴木一郎', 'Suzuki Jiro')).toBeLessThan(MATCH_THRESHOLD);
    expect(score('山本五十六', 'Yamamoto Goro')).toBeLessThan(MATCH_THRESHOLD);
    expect(score('第八星風丸', '第十八星風丸')).toBeLessThan(MATCH_THRESHOLD);
  });
  it('reads a numeral before the counter つ the native way, as names use it', () => {
    expect(score('三ツ浜水産株式会社', 'Mitsuhama Suisan K.K.')).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    expect(score('三つ葉ロジスティクス株式会社', 'Mitsuba Logistics Co., Ltd.')).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    expect(score('四ツ谷商事', 'Yotsuya Shoji')).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    expect(score('三ツ浜水産株式会社', 'Yotsuhama Suisan K.K.')).toBeLessThan(MATCH_THRESHOLD);
  });
});
