import * as path from 'node:path';
import { CountryRiskTable } from 'src/agents/due-diligence/country-risk.loader';
import { partyFromText } from 'src/agents/due-diligence/party-request.parser';

const countries = new CountryRiskTable(path.join(__dirname, 'fixtures', 'country-risk'));

beforeAll(() => {
  countries.load();
});

describe('partyFromText', () => {
  it.each(['Hi there!', 'hello, how are you?', 'Can you help me?', 'tell me a joke', 'thanks a lot', 'What can you do?', 'lol', 'test', 'asdf', 'I want pizza'])(
    'reads %p as chit-chat, not as a party',
    (text) => {
      expect(partyFromText(text, countries)).toEqual({ kind: 'chit-chat' });
    },
  );

  it('asks for the name when a screening request names no party', () => {
    expect(partyFromText('screen our supplier', countries)).toMatchObject({ kind: 'unclear' });
    expect(partyFromText('Hi, please check our new vendor', countries)).toMatchObject({ kind: 'unclear' });
  });

  it('screens a name that starts like a verb both ways', () => {
    expect(partyFromText('Check Point Software Technologies Ltd', countries)).toEqual({
      kind: 'party',
      party: { name: 'Point Software Technologies Ltd', type: 'entity', aliases: ['Check Point Software Technologies Ltd'] },
    });
    expect(partyFromText('Please check Acme Trading Ltd', countries)).toMatchObject({ party: { name: 'Acme Trading Ltd', aliases: undefined } });
    expect(partyFromText('check Acme Trading Ltd', countries)).toMatchObject({ party: { name: 'Acme Trading Ltd', aliases: undefined } });
  });

  it('reads the party after a greeting as it reads the bare request', () => {
    const bare = partyFromText('Please screen Mahan Air, Iran', countries);
    expect(bare).toEqual({ kind: 'party', party: { name: 'Mahan Air', country: 'Iran' } });
    expect(partyFromText('Hello, please screen Mahan Air, Iran', countries)).toEqual(bare);
    expect(partyFromText('Good morning! Could you run a sanctions check on Mahan Air, Iran?', countries)).toEqual(bare);
  });

  it.each([
    ['Apple Inc', 'Apple Inc'],
    ['Bank Melli Iran', 'Bank Melli Iran'],
    ['Kim Yong Chol', 'Kim Yong Chol'],
    ['mahan air', 'mahan air'],
    ['Is Mahan Air sanctioned?', 'Mahan Air'],
    ['P-532', 'P-532'],
  ])('screens the real name %p', (text, name) => {
    expect(partyFromText(text, countries)).toMatchObject({ kind: 'party', party: { name } });
  });
});
