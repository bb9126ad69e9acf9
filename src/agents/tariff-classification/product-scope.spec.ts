import path from 'node:path';
import { HsIndex } from 'src/agents/tariff-classification/hs-index';
import { loadHsNomenclature } from 'src/agents/tariff-classification/hs-nomenclature';
import { ProductScope } from 'src/agents/tariff-classification/product-scope';
import type { ScopeVerdict } from 'src/agents/tariff-classification/product-scope';

const FIXTURES = path.join(__dirname, 'fixtures');

describe('ProductScope', () => {
  let scope: ProductScope;

  beforeAll(async () => {
    scope = new ProductScope(new HsIndex(await loadHsNomenclature(FIXTURES)));
  });

  const kind = (text: string, extra: { attributes?: Record<string, string>; categoryPath?: string[] } = {}): ScopeVerdict['kind'] =>
    scope.assess({ text, ...extra }).kind;
  const intent = (text: string) => {
    const verdict = scope.assess({ text });
    return verdict.kind === 'out_of_scope' ? verdict.intent : verdict.kind;
  };

  it('sets aside organisation names with a legal form and countries standing alone', () => {
    expect(kind('Acme Trading LLC, United Arab Emirates')).toBe('out_of_scope');
    expect(kind('Shenzhen Foo Technology Co., Ltd.')).toBe('out_of_scope');
    expect(kind('Germany')).toBe('out_of_scope');
    // A country word inside a title, or a legal form inside a product name, is not a name to drop.
    expect(kind('Frozen whole turkey')).toBe('goods');
    expect(kind('china tea set')).toBe('goods');
    expect(kind('Rice, 5 KG bag')).toBe('goods');
  });

  it('refuses texts whose words are persons, places, acts or communication, not goods', () => {
    expect(kind('Please run a due diligence report on Acme Trading LLC')).toBe('out_of_scope');
    expect(kind('What is the weather in Paris tomorrow?')).toBe('out_of_scope');
    expect(kind('tell me a joke')).toBe('out_of_scope');
    expect(kind('hello, how are you?')).toBe('out_of_scope');
  });

  it('accepts printed stationery and party goods named by their trade nouns', () => {
    expect(kind('party invitations')).toBe('goods');
    expect(kind('wedding favours')).toBe('goods');
  });

  it('reads the intent from the head verb of a request, not from a noun that is also a verb', () => {
    expect(intent('Book a flight to Berlin')).toBe('booking');
    expect(intent('Track my shipment')).toBe('tracking');
    expect(intent('Could you track the container of steel bolts?')).toBe('tracking');
    expect(intent('Write me a poem about the sea')).toBe('writing');
    expect(intent('Screen Siemens AG for sanctions')).toBe('screening');
    expect(intent('Screen protector for iPhone 14')).toBe('goods');
    expect(intent('Book cover of leather')).toBe('goods');
    expect(intent('Hug me teddy bear, plush')).toBe('goods');
  });

  it('accepts a classification request around goods, and reads attributes and the category path', () => {
    expect(kind('Hi! What is the HS code for cotton T-shirts made in Mexico?')).toBe('goods');
    expect(kind('Please classify: knitted cotton, for men')).toBe('goods');
    // A model number alone names nothing; the stated material or the catalogue path does.
    expect(kind('XJ-200 Pro')).not.toBe('goods');
    expect(kind('XJ-200 Pro', { attributes: { Material: 'Stainless steel' } })).toBe('goods');
    expect(kind('XJ-200 Pro', { categoryPath: ['Home', 'Kitchen', 'Knives'] })).toBe('goods');
  });

  it('asks instead of refusing when goods are meant but not named', () => {
    expect(scope.assess({ text: 'spare parts' })).toMatchObject({ kind: 'vague', generic: ['spare', 'parts'] });
    expect(scope.assess({ text: 'Classify these products' })).toMatchObject({ kind: 'vague', generic: ['products'] });
    expect(scope.assess({ text: 'toddler grobag 18 24 months' })).toMatchObject({ kind: 'vague', unknown: ['grobag'] });
  });

  it('reads a description in another language through the trade glossaries', () => {
    const verdict = scope.assess({ text: '冷冻虾' });
    expect(verdict).toMatchObject({ kind: 'goods', reasoning: expect.stringContaining('Read from Chinese as "frozen shrimps"') });
    expect(kind('gạo trắng')).toBe('goods');
    expect(kind('Café crème glass cups')).toBe('goods');
  });

  it('does not refuse a description in a language no glossary reads', () => {
    expect(kind('κατεψυγμένες γαρίδες')).toBe('not_english');
  });
});
