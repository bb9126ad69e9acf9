/**
 * Cross-script checks on names that are not in the development pairs: Han (Chinese, Korean and
 * Japanese readings), Greek, Burmese and Hangul names against their usual Latin spellings, plus
 * pairs that must stay apart, scored pairwise; and Hangul/Han queries screened against the whole
 * lists, which must find the Latin-only listed entry.
 *
 *   npx tsx bench/screening-cross-script-check.ts
 */
import { MATCH_THRESHOLD } from 'src/agents/due-diligence/name-matcher';
import { scoreNamePair, screenParty } from 'src/agents/due-diligence/party-screener';
import { checkPairs } from './screening-pair-check';
import { loadScreeningContext } from './screening-context';

const SAME: Array<[string, string]> = [
  ['毛泽东', 'Mao Zedong'], ['張偉', 'Chang Wei'], ['陳志明', 'Chan Chi Ming'], ['黃大明', 'Wong Tai Ming'], ['李光耀', 'Lee Kuan Yew'],
  ['朴槿惠', 'Park Geun-hye'], ['文在寅', 'Moon Jae-in'], ['金大中', 'Kim Dae-jung'], ['崔龍海', 'Choe Ryong Hae'], ['金永南', 'Kim Yong Nam'],
  ['鈴木一郎', 'Suzuki Ichiro'], ['佐藤健', 'Sato Ken'], ['高橋直子', 'Takahashi Naoko'], ['小林幸子', 'Kobayashi Sachiko'], ['中村光', 'Nakamura Hikari'],
  ['伊藤博文', 'Ito Hirobumi'], ['安倍晋三', 'Abe Shinzo'], ['渡辺謙', 'Watanabe Ken'], ['松本清', 'Matsumoto Kiyoshi'],
  ['Κωνσταντίνος', 'Constantine'], ['Πέτρος Ιωάννου', 'Petros Ioannou'], ['Φίλιππος', 'Philip'], ['Θεόδωρος', 'Theodore'],
  ['Δημήτριος Χριστοδούλου', 'Demetrios Christodoulou'], ['Ευάγγελος Βενιζέλος', 'Evangelos Venizelos'], ['Γιάννης', 'Yannis'], ['Χρήστος', 'Khristos'],
  ['ကြယ်စင်', 'Kyal Sin'], ['မြင့်ဆွေ', 'Myint Swe'],
  ['김대중', 'Kim Dae Jung'], ['최룡해', 'Choe Ryong Hae'], ['박근혜', 'Park Geun Hye'],
];
const APART: Array<[string, string]> = [
  ['山田太郎', 'Tanaka Hanako'], ['金正恩', 'Kim Jong Il'], ['張偉', 'Wang Wei'], ['李明', 'Park Ming'], ['鈴木一郎', 'Suzuki Jiro'],
  ['Αλέξανδρος', 'Alexis'], ['Νικόλαος', 'Nikitas'], ['Πέτρος', 'Patrick'], ['김대중', 'Kim Dae Ho'], ['文在寅', 'Moon Jae Hong'],
];
/**
 * Written after the change and run once, untuned: how the readings table and romanisers fare on
 * names nobody adjusted them for (misses are mostly characters outside the table). 15/25 then;
 * 25/25 after the table extension, which was written knowing these misses, so no longer held
 * back: bench/screening-cross-script-unseen.ts is the untuned figure now.
 */
const HELD_BACK: Array<[string, string]> = [
  ['周恩来', 'Zhou Enlai'], ['王建国', 'Wong Kin Kwok'], ['林志玲', 'Lin Chi-ling'], ['黄海', 'Huang Hai'], ['吳光明', 'Wu Kuang Ming'],
  ['李明博', 'Lee Myung-bak'], ['金正日', 'Kim Jong Il'], ['尹錫悅', 'Yoon Suk Yeol'], ['朴正熙', 'Park Chung Hee'], ['張成澤', 'Jang Song Thaek'],
  ['田中角栄', 'Tanaka Kakuei'], ['小泉純一郎', 'Koizumi Junichiro'], ['森喜朗', 'Mori Yoshiro'], ['石原慎太郎', 'Ishihara Shintaro'], ['山本五十六', 'Yamamoto Isoroku'],
  ['Ανδρέας Παπανδρέου', 'Andreas Papandreou'], ['Σωκράτης', 'Socrates'], ['Μιχαήλ', 'Michael'], ['Γεώργιος', 'George'], ['Ιωάννης Καποδίστριας', 'Ioannis Kapodistrias'],
  ['이명박', 'Lee Myung Bak'], ['장성택', 'Jang Song Thaek'], ['김여정', 'Kim Yo Jong'],
  ['အောင်ဆန်းစုကြည်', 'Aung San Suu Kyi'], ['မင်းအောင်လှိုင်', 'Min Aung Hlaing'],
];
/** Queries in Hangul or Han whose person is listed only in Latin letters (OFAC SDN / UN). */
const LISTED: Array<[string, string]> = [['김정은', 'Kim Jong Un'], ['최룡해', 'Choe Ryong Hae'], ['김영철', 'Kim Yong Chol'], ['金正恩', 'Kim Jong Un'], ['崔龍海', 'Choe Ryong Hae']];

function main(): void {
  checkPairs('pairs not in the dev set', SAME, APART);

  let held = 0;
  for (const [a, b] of HELD_BACK) {
    const s = scoreNamePair(a, b, undefined, 'individual').score;
    if (s >= MATCH_THRESHOLD) held += 1;
    else console.log(`  HELD-BACK MISS ${s.toFixed(3)} ${a} | ${b}`);
  }
  console.log(`held-back pairs (untuned): ${held}/${HELD_BACK.length} matched`);

  const ctx = loadScreeningContext();
  let found = 0;
  for (const [query, expected] of LISTED) {
    const hits = screenParty({ name: query, type: 'individual' }, ctx);
    const want = expected.toLowerCase().split(' ');
    const ok = hits.some((h) => want.every((w) => h.matchedName.toLowerCase().includes(w)));
    if (ok) found += 1;
    console.log(`  ${ok ? 'found' : 'MISSED'} ${query} -> ${hits.slice(0, 2).map((h) => `${h.matchedName} (${h.list} ${h.entryId}, ${h.nameScore})`).join('; ') || 'nothing'}`);
  }
  console.log(`list screening of non-Latin queries: ${found}/${LISTED.length} found the Latin-listed person`);
}

main();
