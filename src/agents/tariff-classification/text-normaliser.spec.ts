import { stem, tokenise } from 'src/agents/tariff-classification/text-normaliser';

describe('text normaliser', () => {
  it('folds inflections so a title meets the nomenclature wording', () => {
    expect(stem('batteries')).toBe(stem('battery'));
    expect(stem('boxes')).toBe(stem('box'));
    expect(stem('knitted')).toBe(stem('knit'));
    expect(tokenise('Potatoes')).toEqual(tokenise('potato'));
  });

  it('meets an "-ies" plural with its "-ey" singular ("whiskies" and "whiskey")', () => {
    expect(tokenise('Whiskies')).toEqual(tokenise('whiskey'));
    expect(tokenise('trolleys')).toEqual(tokenise('trolley'));
  });

  it('meets an "-ies" plural with its "-ie" singular ("hoodies" and "hoodie")', () => {
    expect(tokenise('Hoodies')).toEqual(tokenise('hoodie'));
    expect(tokenise('scrunchies')).toEqual(tokenise('scrunchie'));
    expect(tokenise('cookies')).toEqual(tokenise('cookie'));
  });

  it('turns spelling variants and T-shirt forms into one token', () => {
    expect(tokenise('T-Shirts')).toEqual(['tshirt']);
    expect(tokenise('tee shirt')).toEqual(['tshirt']);
    expect(tokenise('aluminum jewelry')).toEqual(tokenise('aluminium jewellery'));
    expect(tokenise("women's")).toEqual(tokenise('ladies'));
    expect(tokenise('Bluetooth speakers')).toEqual(tokenise('bluetooth loudspeakers'));
  });

  it('keeps words the stemmer would confuse with another product apart', () => {
    expect(tokenise('coated')).not.toEqual(tokenise('coat'));
    expect(tokenise('moped')).not.toEqual(tokenise('mop'));
    expect(tokenise('earrings')).toEqual(['earring']);
  });

  it('reads PU, faux and synthetic leather as the plastics they are', () => {
    expect(tokenise('PU leather handbag')).toEqual(tokenise('plastic handbag'));
    expect(tokenise('faux-leather jacket')).not.toContain('leather');
    expect(tokenise('genuine leather belt')).toContain('leather');
  });

  it('drops marketing noise and bare numbers but keeps alphanumerics like 18k and 925', () => {
    expect(tokenise('New Hot Sale 2024 Fashion 18K 925 ring 12')).toEqual(['18k', '925', 'ring']);
  });
});
