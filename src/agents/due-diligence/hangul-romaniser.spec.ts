import { matchesHangul, romaniseHangul } from 'src/agents/due-diligence/hangul-romaniser';
import { MATCH_THRESHOLD } from 'src/agents/due-diligence/name-matcher';
import { scoreNamePair } from 'src/agents/due-diligence/party-screener';

/**
 * Well-known Korean names with the spelling used in the press or on lists: Revised Romanization,
 * McCune–Reischauer without diacritics, North Korean and family spellings. None is in the eval set.
 */
const KNOWN: Array<[string, string]> = [
  ['문재인', 'Moon Jae-in'], ['윤석열', 'Yoon Suk-yeol'], ['이재명', 'Lee Jae-myung'], ['김대중', 'Kim Dae-jung'],
  ['노무현', 'Roh Moo-hyun'], ['박근혜', 'Park Geun-hye'], ['이명박', 'Lee Myung-bak'], ['김일성', 'Kim Il Sung'],
  ['김정일', 'Kim Jong Il'], ['최룡해', 'Choe Ryong Hae'], ['리설주', 'Ri Sol Ju'], ['손흥민', 'Son Heung-min'],
  ['반기문', 'Ban Ki-moon'], ['정몽구', 'Chung Mong-koo'], ['이건희', 'Lee Kun-hee'], ['신동빈', 'Shin Dong-bin'],
  ['김연아', 'Kim Yuna'], ['류현진', 'Ryu Hyun-jin'], ['최경주', 'Choi Kyung-ju'], ['김여정', 'Kim Yo Jong'],
  ['황병서', 'Hwang Pyong So'], ['현송월', 'Hyon Song Wol'], ['박정희', 'Park Chung-hee'], ['김정은', 'Kim Jongun'],
];

describe('Hangul romaniser', () => {
  it('writes Revised Romanization', () => {
    expect(romaniseHangul('김정은')).toBe('gimjeongeun');
    expect(romaniseHangul('박지성')).toBe('bakjiseong');
  });

  it('accepts the common spellings of each syllable and rejects other syllables', () => {
    for (const spelling of ['kim', 'gim']) expect(matchesHangul('김', spelling)).toBe(true);
    for (const spelling of ['lee', 'yi', 'ri', 'rhee', 'i']) expect(matchesHangul('이', spelling)).toBe(true);
    for (const spelling of ['park', 'pak', 'bak']) expect(matchesHangul('박', spelling)).toBe(true);
    for (const spelling of ['jong', 'jeong', 'chong', 'jung']) expect(matchesHangul('김정', `kim${spelling}`)).toBe(true);
    for (const spelling of ['kam', 'lim', 'parks', 'bok']) expect(matchesHangul('김', spelling) || matchesHangul('박', spelling)).toBe(false);
  });

  it('accepts Ahn for 안 and a final ck for ㄱ (Duck), family spelling habits', () => {
    expect(matchesHangul('안', 'ahn')).toBe(true);
    expect(matchesHangul('덕', 'duck')).toBe(true);
    expect(matchesHangul('김', 'kihm')).toBe(false);
  });

  it.each(KNOWN)('matches %s with %s', (hangul, latin) => {
    expect(scoreNamePair(hangul, latin).score).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
  });

  it('does not match a Korean name with another person\'s spelling', () => {
    let alerts = 0;
    for (let i = 0; i < KNOWN.length; i += 1) {
      for (let j = 0; j < KNOWN.length; j += 1) {
        if (i !== j && scoreNamePair(KNOWN[i][0], KNOWN[j][1]).score >= MATCH_THRESHOLD) alerts += 1;
      }
    }
    expect(alerts).toBe(0);
  });
});
