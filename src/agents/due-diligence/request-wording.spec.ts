import { hasScreeningIntent, isGibberishWord, namesAParty, stripCourtesies } from 'src/agents/due-diligence/request-wording';

describe('stripCourtesies', () => {
  it.each([
    ['Hello, please screen Mahan Air', 'Mahan Air'],
    ['Good morning! Could you please run a sanctions check on Acme Trading LLC', 'Acme Trading LLC'],
    ['hi there, I would like you to check Rosneft', 'Rosneft'],
    ['Tell me about Bank Melli Iran', 'Bank Melli Iran'],
    ['Please screen Rosneft for me, thanks!', 'Rosneft'],
  ])('strips the courtesies around %p', (text, name) => {
    expect(stripCourtesies(text)).toBe(name);
  });

  it('keeps a greeting word that is part of the name', () => {
    expect(stripCourtesies('Hello Kitty Trading Ltd')).toBe('Hello Kitty Trading Ltd');
    expect(stripCourtesies('So Young Kim')).toBe('So Young Kim');
  });
});

describe('namesAParty', () => {
  it.each(['Kim Yong Chol', 'Apple Inc', 'Bank Melli Iran', 'HSBC', 'MAHAN AIR', 'M23', '33RD', 'EL 63', 'WWW.SERCUBA.COM', 'محمد علي', '金正恩', 'Владимир Путин'])(
    'accepts the name %p',
    (name) => {
      expect(namesAParty(name, false)).toBe(true);
    },
  );

  it.each(['how are you', 'Can you help me', 'tell me a joke', 'Thanks a lot', 'What can you do', 'lol', 'Test', 'asdf', 'Qwerty', 'Test 123'])('refuses %p', (text) => {
    expect(namesAParty(text, true)).toBe(false);
  });

  it('takes lower-case words as a name only with a legal form or when allowed', () => {
    expect(namesAParty('acme trading llc', false)).toBe(true);
    expect(namesAParty('mahan air', false)).toBe(false);
    expect(namesAParty('mahan air', true)).toBe(true);
  });
});

describe('isGibberishWord', () => {
  it.each(['asdf', 'qwerty', 'asdfjkl', 'abc', 'zzzz', 'asdasdasd', 'xkcd'])('flags %p', (w) => {
    expect(isGibberishWord(w)).toBe(true);
  });

  it.each(['Ruiz', 'Nguyen', 'HSBC', 'SDS', 'NIIIT', 'Mkrtchyan', 'WWW.SERCUBA.COM', 'www.sercuba.com', 'Poi-Kim'])('passes %p', (w) => {
    expect(isGibberishWord(w)).toBe(false);
  });
});

describe('hasScreeningIntent', () => {
  it('tells a screening request from conversation', () => {
    expect(hasScreeningIntent('screen our supplier')).toBe(true);
    expect(hasScreeningIntent('is this vendor sanctioned?')).toBe(true);
    expect(hasScreeningIntent('tell me a joke')).toBe(false);
    expect(hasScreeningIntent('What can you do?')).toBe(false);
  });
});
