import { DescriptionReader } from 'src/agents/tariff-classification/glossary/description-reader';
import type { GlossaryLanguage } from 'src/agents/tariff-classification/glossary/glossary-types';

const VI: GlossaryLanguage = {
  code: 'vi', name: 'Vietnamese', head: 'first', unspaced: false, typedWithoutAccents: true, skip: 'của bằng',
  entries: `
tôm|shrimps|n
đông lạnh|frozen|m
xe|vehicle|n
xe ô tô|car|n
điện|electric|m
phụ tùng|parts|n
cho nam|for men|m
áo sơ mi|shirt|n
bông|cotton|m
cá|fish|n
cà|aubergines|n`,
};
const ZH: GlossaryLanguage = {
  code: 'zh', name: 'Chinese', head: 'last', unspaced: true, skip: '的',
  entries: `
冷冻|frozen|m
虾|shrimps|n
锂|lithium|m
电池|battery|n
锂电池|lithium-ion battery|n
t恤|T-shirt|n
棉质|cotton|m
电动|electric|m
自行车|bicycles|n
电机|electric motors|n`,
};
const RU: GlossaryLanguage = {
  code: 'ru', name: 'Russian', head: 'last', unspaced: false, skip: 'для из',
  entries: `
креветки|shrimps|n
замороженные|frozen|m
мужчин|men|m`,
};
const DE: GlossaryLanguage = {
  code: 'de', name: 'German', head: 'last', unspaced: false, compounds: true, skip: 'aus für',
  entries: `
baumwoll|cotton|m
hemden|shirts|n
herren|for men|m
schuhe|shoes|n
arbeit|work|m
leder|leather|m`,
};
const KO: GlossaryLanguage = {
  code: 'ko', name: 'Korean', head: 'last', unspaced: false, skip: '',
  entries: `
면|cotton|m
티셔츠|T-shirt|n
여성용|for women|m`,
};
const ES: GlossaryLanguage = {
  code: 'es', name: 'Spanish', head: 'first', unspaced: false, letters: 'áéíóúüñ', skip: 'de para la el',
  entries: `
camisetas|T-shirts|n
algodón|cotton|m
mujer|for women|m
pasta|paste|n
radio|radio|n
tornillos|screws|n
acero|steel|m
aceite|oil|n`,
};
const PT: GlossaryLanguage = {
  code: 'pt', name: 'Portuguese', head: 'first', unspaced: false, letters: 'áâãàçéêíóôõú', skip: 'de para com',
  entries: `
garrafa|bottles|n
motor elétrico|electric motors|n`,
};

const ENGLISH = new Set('cotton t-shirts for women radio pasta shirt of made in leather shoes phone case the'.split(' '));
// Words English knows but seldom writes, such as "tornillo" (a shrub): not English evidence in a glossary term.
const RARE_ENGLISH = new Set(['tornillos', 'hexagonal', 'kg', 'cu', 'polos']);
const reader = new DescriptionReader(
  [VI, ZH, RU, DE, KO, ES, PT],
  (w) => ENGLISH.has(w.toLowerCase()) || RARE_ENGLISH.has(w.toLowerCase()),
  (w) => ENGLISH.has(w.toLowerCase()),
);

describe('DescriptionReader', () => {
  it('reads a head-first language into English order, qualifiers before the goods', () => {
    const reading = reader.read('tôm đông lạnh');
    expect(reading).toEqual({
      language: 'Vietnamese',
      english: 'frozen shrimps',
      terms: [
        { source: 'tôm', english: 'shrimps' },
        { source: 'đông lạnh', english: 'frozen' },
      ],
      unread: [],
      clauses: [{ english: 'frozen shrimps', namesGoods: true }],
    });
  });

  it('prefers the longest phrase and puts the head noun last among several nouns', () => {
    expect(reader.read('xe ô tô điện')?.english).toBe('electric car');
    expect(reader.read('phụ tùng xe ô tô')?.english).toBe('car parts');
  });

  it('puts "for" phrases after the goods, as English writes them', () => {
    expect(reader.read('áo sơ mi bông cho nam')?.english).toBe('cotton shirt for men');
    expect(reader.read('Camisetas de algodón para mujer')?.english).toBe('cotton T-shirts for women');
  });

  it('reads a language typed without its diacritics, unless the bare spelling could be two words', () => {
    expect(reader.read('tom dong lanh')?.english).toBe('frozen shrimps');
    expect(reader.read('cá đông lạnh')?.english).toBe('frozen fish');
    expect(reader.read('ca dong lanh')?.english).toBe('ca frozen');
  });

  it('puts each clause in English order on its own', () => {
    expect(reader.read('Camisetas de algodón para mujer, hecho en México')?.english).toBe('cotton T-shirts for women, hecho en méxico');
  });

  it('cuts an unspaced script into its longest terms, Latin letters included', () => {
    expect(reader.read('冷冻虾')?.english).toBe('frozen shrimps');
    expect(reader.read('锂电池')?.english).toBe('lithium-ion battery');
    const shirt = reader.read('100%棉质T恤');
    expect(shirt?.english).toBe('100% cotton T-shirt');
    expect(shirt?.unread).toEqual(['100%']);
  });

  it('keeps characters no term covers as unread and leaves them out of the English', () => {
    const reading = reader.read('冷冻龙虾');
    expect(reading?.english).toBe('frozen shrimps');
    expect(reading?.unread).toEqual(['龙']);
  });

  it('reads an inflected form through a listed form with another ending', () => {
    expect(reader.read('Креветок замороженных')?.english).toBe('frozen shrimps');
  });

  it('splits a compound into listed parts, with a linking s', () => {
    const reading = reader.read('Baumwollhemden für Herren');
    expect(reading?.english).toBe('cotton shirts for men');
    expect(reader.read('Arbeitsschuhe aus Leder')?.english).toBe('work leather shoes');
    expect(reading?.terms).toEqual([
      { source: 'baumwollhemden', english: 'cotton + shirts' },
      { source: 'herren', english: 'for men' },
    ]);
  });

  it('reads a Korean noun with a particle attached', () => {
    expect(reader.read('여성용 면으로 티셔츠')?.english).toBe('cotton T-shirt for women');
  });

  it('leaves English alone, even when it contains a word another glossary lists', () => {
    expect(reader.read('Cotton T-shirts for women')).toBeNull();
    expect(reader.read('Pasta radio')).toBeNull();
    expect(reader.read('Phone case made in Vietnam')).toBeNull();
  });

  it('returns null for a text no glossary reads', () => {
    expect(reader.read('ข้าวหอมมะลิ')).toBeNull();
    expect(reader.read('')).toBeNull();
  });
  it('takes a term English lists but seldom writes as foreign, and units and symbols as no English', () => {
    expect(reader.read('Tornillos de acero, cabeza hexagonal')?.english).toBe('steel screws, cabeza hexagonal');
    expect(reader.read('Tornillos de acero 5 kg Cu')?.language).toBe('Spanish');
  });

  it('takes the head noun from the first part of a listing written without spaces between words', () => {
    expect(reader.read('电动自行车 350W电机')?.english).toBe('electric 350w electric motors bicycles');
  });
  it('weighs a language by the accented letters it writes: ñ is not Portuguese', () => {
    expect(reader.read('garrafa de aceite, España')?.language).toBe('Spanish');
    expect(reader.read('garrafa de aceite')?.language).toBe('Portuguese');
  });

  it('counts a phrase by its words, function words included, and lets a word English cannot spell settle a tie', () => {
    expect(reader.read('motor elétrico 4 polos')?.english).toBe('4 polos electric motors');
  });
  it('keeps each clause\'s English and whether it names goods', () => {
    expect(reader.read('camisetas de algodón, tornillos, hecho en México')?.clauses).toEqual([
      { english: 'cotton T-shirts', namesGoods: true },
      { english: 'screws', namesGoods: true },
      { english: 'hecho en méxico', namesGoods: false },
    ]);
  });
  it('does not part clauses at a decimal comma', () => {
    expect(reader.read('camisetas de algodón 0,75 kg')?.clauses).toHaveLength(1);
    expect(reader.read('camisetas de algodón, 0,75 kg')?.clauses).toHaveLength(2);
  });
});
