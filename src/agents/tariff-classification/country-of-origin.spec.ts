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

  it.each([
    ['gạo trắng xuất xứ Việt Nam', 'VN', 'xuất xứ Việt Nam'],
    ['camisetas de algodón, hecho en México', 'MX', 'hecho en México'],
    ['Кроссовки, страна производства: Вьетнам', 'VN', 'страна производства: Вьетнам'],
    ['сделано в Китае', 'CN', 'сделано в Китае'],
    ['原产地：中国', 'CN', '原产地：中国'],
    ['日本製 包丁', 'JP', '日本製'],
    ['한국산 김치', 'KR', '한국산'],
    ['Hergestellt in Deutschland', 'DE', 'Hergestellt in Deutschland'],
    ['قميص قطني للرجال صنع في الصين', 'CN', 'صنع في الصين'],
    ['सूती टी-शर्ट भारत में निर्मित', 'IN', 'भारत में निर्मित'],
    ['wyprodukowano w Polsce', 'PL', 'wyprodukowano w Polsce'],
    ['Katoenen overhemden, gemaakt in Nederland', 'NL', 'gemaakt in Nederland'],
  ])('reads the origin statement of "%s" in its own language', (text, code, evidence) => {
    expect(extractCountryOfOrigin(text)).toMatchObject({ code, evidence });
  });

  it('reads an origin attribute named and written in another language', () => {
    expect(extractCountryOfOrigin('包丁', { 原産地: '日本' })).toMatchObject({ code: 'JP' });
  });

  it('returns null when no origin is stated, and does not read a lower-case word as a code', () => {
    expect(extractCountryOfOrigin('Cotton T-shirts for women')).toBeNull();
    expect(extractCountryOfOrigin('origin: in doubt')).toBeNull();
    expect(extractCountryOfOrigin('Chinese tea set')).toBeNull();
  });
});
