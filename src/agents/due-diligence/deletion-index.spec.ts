import { DeletionIndex, isOneDeletion, stringHash } from 'src/agents/due-diligence/deletion-index';

function deletions(w: string): string[] {
  return [...w].map((_, i) => w.slice(0, i) + w.slice(i + 1));
}

describe('DeletionIndex', () => {
  const words = ['karavan', 'caravan', 'kravan', 'aab', 'abab', 'shipping', 'shiping', 'x'];
  const index = new DeletionIndex(words, (id) => words[id].length >= 3);
  const lookup = (s: string) => {
    const ids: number[] = [];
    index.wordsWithDeletion(s, (id) => ids.push(id));
    return ids;
  };

  it('finds exactly the words one deletion away, ascending and once each', () => {
    for (const probe of ['aravan', 'kravan', 'ab', 'aab', 'shiping', 'hipping', 'zzz', 'bab']) {
      const expected = words.map((w, id) => ({ w, id })).filter(({ w }) => w.length >= 3 && deletions(w).includes(probe)).map(({ id }) => id);
      expect(lookup(probe)).toEqual(expected);
    }
  });

  it('leaves out words the caller excluded', () => {
    expect(lookup('')).toEqual([]);
  });

  it('hashes a deletion the same way whether built piecewise or whole', () => {
    expect(lookup('shiping')).toEqual([5]);
    expect(stringHash('abc')).not.toBe(stringHash('acb'));
  });

  it('tells single deletions apart from other edits', () => {
    expect(isOneDeletion('karavan', 'kravan')).toBe(true);
    expect(isOneDeletion('karavan', 'karava')).toBe(true);
    expect(isOneDeletion('karavan', 'karavn')).toBe(true);
    expect(isOneDeletion('karavan', 'kbravn')).toBe(false);
    expect(isOneDeletion('karavan', 'karavan')).toBe(false);
  });
});
