import { greekStem } from 'src/agents/due-diligence/greek-romaniser';
import { sameGivenName } from 'src/agents/due-diligence/greek-name-equivalents';
import { explainComparison, MATCH_THRESHOLD } from 'src/agents/due-diligence/name-matcher';
import { scoreNamePair } from 'src/agents/due-diligence/party-screener';

const score = (a: string, b: string) => scoreNamePair(a, b, undefined, 'individual').score;

describe('Greek given names and their English forms', () => {
  it('pairs a Greek name with its English form by stem, and not with another name', () => {
    expect(sameGivenName(greekStem('ioannis'), greekStem('john'))).toBe(true);
    expect(sameGivenName(greekStem('michail'), greekStem('michael'))).toBe(true);
    expect(sameGivenName(greekStem('iakovos'), greekStem('james'))).toBe(true);
    expect(sameGivenName(greekStem('dimitrios'), greekStem('james'))).toBe(false);
    expect(sameGivenName(greekStem('iakovos'), greekStem('john'))).toBe(false);
  });

  it('matches a Greek-script name with the English form lists print, and says so', () => {
    const c = scoreNamePair('Ιωάννης Καποδίστριας', 'John Kapodistrias', undefined, 'individual');
    expect(c.score).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    expect(explainComparison(c)).toContain('ioannis≈john (translation)');
    expect(score('Μιχαήλ', 'Michael')).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    expect(score('Ελισάβετ', 'Elizabeth')).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    expect(score('Μιχαήλ Καποδίστριας', 'John Kapodistrias')).toBeLessThan(MATCH_THRESHOLD);
  });

  it('applies only across scripts: two Latin spellings are not translated into each other', () => {
    expect(score('Ioannis Kapodistrias', 'John Smith')).toBeLessThan(MATCH_THRESHOLD);
    expect(score('Ioannis', 'John')).toBeLessThan(MATCH_THRESHOLD);
  });
});
