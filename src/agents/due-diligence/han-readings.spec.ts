import { readFileSync } from 'node:fs';
import { HAN_READING_COUNT, hanReadings, wadeGiles } from 'src/agents/due-diligence/han-readings';
import { koreanSpellingsOfRevised } from 'src/agents/due-diligence/hangul-romaniser';
import { MATCH_THRESHOLD } from 'src/agents/due-diligence/name-matcher';
import { scoreNamePair } from 'src/agents/due-diligence/party-screener';

/** Both tables as written, so structural slips (a character listed twice, a typo) fail here. */
function tableLines(): string[][] {
  const lines = (file: string, opening: string) => {
    const source = readFileSync(`${__dirname}/${file}`, 'utf8');
    const start = source.indexOf(opening) + opening.length;
    return source.slice(start, source.indexOf('`;', start)).split('\n');
  };
  return [...lines('han-readings.ts', 'const TABLE = `'), ...lines('more-han-readings.ts', 'export const MORE_HAN_READINGS = `')]
    .filter((l) => l.trim())
    .map((l) => l.trim().split(/\s+/u));
}

const score = (a: string, b: string) => scoreNamePair(a, b, undefined, 'individual').score;

describe('Han readings table', () => {
  const lines = tableLines();

  it('covers about three thousand name characters, each on one line', () => {
    expect(HAN_READING_COUNT).toBeGreaterThanOrEqual(3000);
    const characters = lines.map(([ch]) => ch);
    expect(characters.filter((ch, i) => characters.indexOf(ch) !== i)).toEqual([]);
    expect(characters.length).toBe(HAN_READING_COUNT);
  });

  it('gives each character at least one reading, in lower-case Latin letters, none repeated', () => {
    for (const [ch, ...readings] of lines) {
      expect([...ch]).toHaveLength(1);
      expect(ch).toMatch(/^\p{Script=Han}$/u);
      expect(readings.length).toBeGreaterThan(0);
      for (const r of readings) expect(r).toMatch(/^[a-z]+$/u);
      expect(new Set(readings).size).toBe(readings.length);
    }
  });

  it('knows surname readings, Wade-Giles and Cantonese, Korean and Japanese name readings', () => {
    expect(hanReadings('薄')).toEqual(expect.arrayContaining(['bo']));
    expect(hanReadings('光')).toEqual(expect.arrayContaining(['guang', 'kuang', 'kwong', 'kwang', 'mitsu']));
    expect(hanReadings('澤')).toEqual(expect.arrayContaining(['ze', 'taek', 'thaek', 'sawa']));
    expect(hanReadings('栄')).toEqual(expect.arrayContaining(['ei', 'sakae']));
  });

  it('spells a Revised Romanization reading every way the lists do, and leaves other syllables alone', () => {
    expect(koreanSpellingsOfRevised('jeong')).toEqual(expect.arrayContaining(['jung', 'chung', 'jong', 'chong']));
    expect(koreanSpellingsOfRevised('taek')).toEqual(expect.arrayContaining(['thaek']));
    expect(koreanSpellingsOfRevised('xiang')).toBeUndefined();
    // A Cantonese spelling is not expanded as if it were Korean (張 is never Chung).
    expect(hanReadings('張')).not.toContain('chung');
  });

  it('matches well-known names written in characters with their Latin spellings', () => {
    for (const [written, latin] of [
      ['朴正熙', 'Park Chung Hee'],
      ['張成澤', 'Jang Song Thaek'],
      ['尹錫悅', 'Yoon Suk Yeol'],
      ['田中角栄', 'Tanaka Kakuei'],
      ['森喜朗', 'Mori Yoshiro'],
      ['石原慎太郎', 'Ishihara Shintaro'],
      ['吳光明', 'Wu Kuang Ming'],
    ]) {
      expect(score(written, latin)).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    }
    expect(score('朴正熙', 'Park Chung Ho')).toBeLessThan(MATCH_THRESHOLD);
    expect(score('森喜朗', 'Mori Taro')).toBeLessThan(MATCH_THRESHOLD);
  });

  it('derives the Wade-Giles spelling of any pinyin syllable, for Taiwanese and older spellings', () => {
    expect(['jiang', 'xiao', 'zeng', 'guo', 'luo', 'zhi', 'si', 'ren', 'xue', 'gui'].map(wadeGiles)).toEqual(['chiang', 'hsiao', 'tseng', 'kuo', 'lo', 'chih', 'ssu', 'jen', 'hsueh', 'kuei']);
    expect(score('蔣經國', 'Chiang Ching-kuo')).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    expect(score('蕭萬長', 'Hsiao Wan-chang')).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    expect(score('蔣經國', 'Chiang Wei-kuo')).toBeLessThan(MATCH_THRESHOLD);
  });
});
