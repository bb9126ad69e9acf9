import { extractCountryOfOrigin } from 'src/agents/tariff-classification/country-of-origin';

describe('extractCountryOfOrigin', () => {
  it.each([
    ['Cotton T-shirts for women, made in Mexico', 'MX', 'Mexico'],
    ['Steel screws. Origin: CN', 'CN', 'China'],
    ['Green tea, product of Viet Nam', 'VN', 'Vietnam'],
    ['Country of origin: United States of America', 'US', 'United States'],
    ['olive oil, made in the EU? no: made in Italy', 'IT', 'Italy'],
  ])('%s → %s', (text, code, name) => {
    expect(extractCountryOfOrigin(text)).toMatchObject({ code, name });
  });

  it('reads origin attributes, including marketplace spellings', () => {
    expect(extractCountryOfOrigin('pendant', { Origin: 'Mainland China' })).toMatchObject({ code: 'CN' });
    expect(extractCountryOfOrigin('pendant', { 'Country of origin': 'de' })).toMatchObject({ code: 'DE' });
  });

  it('returns null when no origin is stated, and does not read a lower-case word as a code', () => {
    expect(extractCountryOfOrigin('Cotton T-shirts for women')).toBeNull();
    expect(extractCountryOfOrigin('origin: in doubt')).toBeNull();
  });
});
