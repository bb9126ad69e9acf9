/**
 * Japanese name parts read as a whole, not character by character. Numbers inside given names
 * (五十六 Isoroku, 三郎 Saburo, 八郎 Hachiro) would otherwise become digits or the sum of their
 * characters' readings (go-ju-roku), and jukujikun (五十嵐 Igarashi, 服部 Hattori, 長谷川
 * Hasegawa, 百合 Yuri) have no per-character reading at all. Each line is a compound and its
 * readings, most usual first; only name parts are listed, not everyday words that also occur in
 * Chinese company names (大和, 明日), so the Mandarin pinyin of a Chinese name is not displaced.
 */
const TABLE = `
一郎 ichiro
二郎 jiro
次郎 jiro
三郎 saburo
四郎 shiro
五郎 goro
六郎 rokuro
七郎 shichiro
八郎 hachiro
九郎 kuro
十郎 juro
太郎 taro
一一郎 kazuichiro
五十六 isoroku
五十嵐 igarashi
五十鈴 isuzu
日本 nihon nippon
東京 tokyo
大阪 osaka
京都 kyoto
名古屋 nagoya
横浜 yokohama
神戸 kobe
福岡 fukuoka
札幌 sapporo
広島 hiroshima
北海道 hokkaido
北海 hokkai
埼玉 saitama
静岡 shizuoka
仙台 sendai
新潟 niigata
岡山 okayama
熊本 kumamoto
鹿児島 kagoshima
沖縄 okinawa
長崎 nagasaki
北九州 kitakyushu
四日市 yokkaichi
川崎 kawasaki
八十 yaso
十三 juzo
一二三 hifumi
二十 hatachi
八重 yae
八千代 yachiyo
千代 chiyo
百合 yuri
小百合 sayuri
五月 satsuki
早苗 sanae
弥生 yayoi
七海 nanami
一二 kazuji
乙女 otome
早乙女 saotome
五月女 saotome
服部 hattori
長谷川 hasegawa
長谷 hase
東海林 shoji
小鳥遊 takanashi
日下 kusaka
日下部 kusakabe
麻生 aso
伊達 date
伊丹 itami
和泉 izumi
飛鳥 asuka
明日香 asuka
日向 hinata hyuga
大和田 owada
海老 ebi
海老名 ebina
結弦 yuzuru
陽菜 hina haruna
大翔 hiroto yamato
心愛 kokoa
美空 misora
紅葉 momiji
時雨 shigure
十六夜 izayoi
東雲 shinonome
三日月 mikazuki
春日 kasuga
五月雨 samidare
向日葵 himawari
紫陽花 ajisai
七夕 tanabata
吹雪 fubuki
東風 kochi
不知火 shiranui
常磐 tokiwa
常盤 tokiwa
相模 sagami
出雲 izumo
八幡 yahata hachiman
一寸 chotto
二階堂 nikaido
三宅 miyake
三浦 miura
三木 miki
三船 mifune
三島 mishima
三好 miyoshi
三輪 miwa
四宮 shinomiya
五木 itsuki
五島 goto
六本木 roppongi
七瀬 nanase
八木 yagi
八田 hatta
九条 kujo
一条 ichijo
二条 nijo
三条 sanjo
十河 sogo
百瀬 momose
千葉 chiba
千田 senda chida
万里 banri mari
一ノ瀬 ichinose
一之瀬 ichinose
一色 isshiki
一柳 hitotsuyanagi
四谷 yotsuya
`;

const COMPOUNDS = new Map<string, string[]>();
for (const line of TABLE.split('\n')) {
  const [compound, ...readings] = line.trim().split(/\s+/u);
  if (compound && readings.length) COMPOUNDS.set(compound, readings);
}

/** Longest compounds first, so 小百合 wins over 百合 and 五十嵐 over 五十. */
const PATTERN = new RegExp([...COMPOUNDS.keys()].sort((a, b) => b.length - a.length).join('|'), 'gu');

/** Readings of a compound name part, most usual first. */
export function japaneseCompoundReadings(compound: string): readonly string[] | undefined {
  return COMPOUNDS.get(compound);
}

/**
 * Replaces each known compound in `text` with its usual reading, reporting every compound found
 * (reading, all readings) so the caller can keep the other readings as alternatives.
 */
export function readJapaneseCompounds(text: string, found: (reading: string, readings: readonly string[], compound: string) => void): string {
  return text.replace(PATTERN, (compound) => {
    const readings = COMPOUNDS.get(compound) ?? [compound];
    found(readings[0], readings, compound);
    return ` ${readings[0]} `;
  });
}

export const JAPANESE_COMPOUND_COUNT = COMPOUNDS.size;
