/**
 * Readings of the Han characters most used in Chinese, Korean and Japanese personal names, so a
 * name written in characters (金正恩, 山田太郎, 張偉) can be compared with its Latin spellings.
 * Generic transliteration gives only the Mandarin pinyin of each character, while the same
 * characters are read in Korean (金 Kim, 正 Jong) and Japanese (山 yama, 田 ta/da) in the names
 * that lists carry. Each line is a character followed by its readings: Mandarin pinyin, older
 * Wade-Giles and Cantonese spellings where lists use them (Chang, Cheung, Wong), Sino-Korean
 * readings in their common spellings (Revised Romanization, McCune-Reischauer, family usage: Lee,
 * Park, Choi) and Japanese on and kun readings with the voiced forms names take inside a
 * compound (田 da in Yamada). Written from the standard readings of about 391 characters;
 * a character outside the table keeps only its pinyin.
 */
const TABLE = `
金 jin chin kam gam kim gim keum kum kin kane kon
李 li lee lei yi i ri rhee ree
朴 pu pak park bak bark boku
崔 cui tsui choi choe chey sai
鄭 zheng cheng chang jeng jeong jung chung chong joung tei
郑 zheng cheng chang jeng
姜 jiang chiang keung kang gang kyo
趙 zhao chao chiu jo cho joh
赵 zhao chao chiu
尹 yin wan yun yoon youn in
張 zhang chang cheung jang jhang cho
张 zhang chang cheung
林 lin lam lim im rim hayashi bayashi rin
韓 han hon kan
韩 han hon
吳 wu ng goh oh o go kure
吴 wu ng goh
徐 xu hsu tsui chui seo suh so jo
申 shen san shin sin
權 quan chuan kuen gwon kwon kwan gon ken
权 quan chuan kuen
黃 huang hwang wong ng oei ko kou
黄 huang hwang wong ng oei
安 an ngon ahn a yasu
宋 song sung soong so
柳 liu lau yu ryu yoo you ryoo yanagi
洪 hong hung kou
全 quan chuan chuen jeon jun chun zen
高 gao kao ko go taka kou
文 wen man mun moon mon bun fumi bumi
孫 sun suen son sohn
孙 sun suen
梁 liang leung yang ryang ryo
裵 pei bae pae
裴 pei bae pae hai
白 bai pai pak baek paek back haku shira
許 xu hsu hui heo hur huh kyo
许 xu hsu hui
南 nan nam minami
盧 lu lo lou no roh ro noh
卢 lu lo
河 he ho ha kawa ka
丁 ding ting jeong chung chong tei
成 cheng ching sing seong sung song sei shige nari
車 che chu cha sha kuruma
车 che chu
具 ju chu gu koo ku
禹 yu woo u
閔 min man
咸 xian ham
元 yuan won gen moto
千 qian chin cheon chun sen chi
方 fang fong bang hou kata
孔 kong hung gong kou
玄 xuan hyeon hyun gen
池 chi ji ike
魚 yu eo uo
奇 qi ki gi
延 yan yeon en nobu
陳 chen chan tan chin jin
陈 chen chan tan
王 wang wong ong o
劉 liu lau lao ryu yu
刘 liu lau lao
楊 yang yeung yeo you
杨 yang yeung yeo
周 zhou chou chow chau ju joo shu
何 he ho ha ka
郭 guo kuo kwok kwak gwak kaku
馬 ma mah mar ba
马 ma mah
羅 luo lo law na ra
罗 luo lo law
胡 hu wu oo ho ko
朱 zhu chu chiu ju joo shu
謝 xie hsieh tse sia sa sha
谢 xie hsieh tse sia
唐 tang tong dang to
馮 feng fung pung
冯 feng fung
鄧 deng teng tang deung to
邓 deng teng tang
曹 cao tsao cho jo so
彭 peng pang paeng ho
曾 zeng tseng tsang chan jeung so
蕭 xiao hsiao siu so
肖 xiao hsiao siu
田 tian tien tin jeon chon ta da den
董 dong tung dung to
袁 yuan yuen won en
潘 pan poon pun ban
于 yu yue u
蔣 jiang chiang cheung jang
蒋 jiang chiang cheung
蔡 cai tsai choi chua chae sai
余 yu yee yue ee yeo
杜 du tu to do
葉 ye yeh yip yap yeop yo ha
叶 ye yeh yip yap
程 cheng ching jeong tei
蘇 su soo so sou
苏 su soo so
魏 wei ngai wi gi
呂 lu lui lyu yeo ryeo ro
吕 lu lui lyu
任 ren yam yim im jin
沈 shen shum sum shim sim chin
姚 yao yiu
鍾 zhong chung jong sho
钟 zhong chung
譚 tan tam dam
谭 tan tam
陸 lu luk yuk riku
陆 lu luk
汪 wang wong
范 fan faan beom bum han
石 shi shek seok suk ishi seki
廖 liao liu
賈 jia chia ka
贾 jia chia
夏 xia hsia ha ka natsu
韋 wei wai
韦 wei wai
邱 qiu chiu yau hiu gu
江 jiang chiang kong gang e ko
薛 xue hsueh sit seol
段 duan tuen dan
雷 lei lui noe rai
侯 hou hau hu
龍 long lung yong ryong ryu tatsu
龙 long lung
史 shi sze sa
陶 tao to do
黎 li lai lee yeo rei
賀 he ho ha ga
贺 he ho
顧 gu ku koo go ko
顾 gu ku koo
毛 mao mo
邵 shao siu so
萬 wan man ban
万 wan man
錢 qian chin jeon sen
钱 qian chin
嚴 yan yim eom um gen
严 yan yim
武 wu mo mu bu take
戴 dai tai dae
莫 mo mok mak
常 chang sheung sang jo
習 xi hsi sup seup
习 xi hsi sup
近 jin kun geun chika kon
平 ping pyeong pyong hira taira hei
正 zheng cheng jeong jong chong jung jeung masa sho sei tadashi
恩 en yan eun un on
日 ri yat il nichi hi ka
男 nan nam dan o
秀 xiu sau su soo hide shu
英 ying ieng yeong young yong ei hide
永 yong wing yeong young ei naga
浩 hao ho ko hiro
鎬 hao ho
鉉 xuan hyeon hyun
賢 xian yin hyeon hyun ken masa
民 min man tami
珉 min
俊 jun chun joon shun toshi
在 zai jae chae
寅 yin in tora
大 da dai tai dae tae o oo oh
中 zhong chung jung joong chu chuu naka
泳 yong yeong young
三 san sam mi zo
明 ming myeong myung myong mei aki
淑 shu suk sook shuku
熙 xi hee hui ki hiro
姬 ji hee hui ki hime
惠 hui wai hye kei e megumi
恵 hui hye kei e megumi
槿 jin geun kun kin
智 zhi chi ji tomo
勇 yong yung yu isamu
錫 xi seok suk shaku
東 dong tung to higashi azuma
东 dong tung
植 zhi sik shoku
國 guo kwok guk kook kuk koku kuni
国 guo kwok guk koku kuni
光 guang kwong gwang kwang ko mitsu hikari
德 de tak deok duk tok toku nori
徳 de toku nori
泰 tai tae yasu
煥 huan hwan
基 ji ki gi moto
容 rong yung yong yo
珍 zhen chan jin chin
鎭 zhen jin chin
範 fan beom bum pom han nori
洙 zhu su soo
赫 he hyeok hyuk hyok kaku
革 ge hyeok hyok kaku
昌 chang cheong sho masa
敏 min man bin toshi
載 zai jae chae sai
雪 xue syut seol sol setsu yuki
主 zhu ju chu shu
虎 hu fu ho ko tora
春 chun shun haru
吉 ji kat gil kil kichi yoshi
玉 yu yuk ok gyoku tama
順 shun sun soon jun
仁 ren yan in jin hito
雄 xiong hung ung woong yu o
錦 jin kam geum kum kin nishiki
守 shou sau su shu mori
一 yi yat il ichi kazu itsu hajime
二 er yi ni ji
山 shan san yama zan
村 cun chuen chon mura son
本 ben bun bon hon moto
川 chuan chuen cheon kawa gawa sen
藤 teng tang deung fuji to do
佐 zuo jwa sa suke
木 mu muk mok ki gi moku boku
井 jing jeong i sei
上 shang seung sang ue kami jo
下 xia ha shita shimo ka ge
小 xiao siu so ko o sho
橋 qiao kiu gyo hashi bashi kyo
渡 du to wata
辺 bian nabe be hen
邊 bian nabe be hen
伊 yi i
加 jia ka
松 song chung matsu sho
清 qing ching cheong kiyo kiyoshi sei
水 shui sui su mizu
森 sen sum mori shin
島 dao do shima jima to
嶋 dao shima jima
口 kou hau gu kuchi guchi ko
谷 gu guk gok tani dani ya koku
坂 ban saka zaka han
岡 gang kong oka
宮 gong kung gung miya kyu
内 nei noi nae uchi nai
前 qian chin jeon mae zen
後 hou hu go ato
长 chang cheung
長 chang cheung jang naga cho
斎 zhai sai
斉 qi sai
齋 zhai sai
齊 qi chai je sai
西 xi sai seo nishi
北 bei pak buk kita hoku
竹 zhu chuk juk take chiku
福 fu fuk bok fuku
太 tai tae ta futo
郎 lang long nang rang ro rou
子 zi tsz ja cha ko shi
花 hua fa hwa hana ka
美 mei mi bi yoshi
和 he wo hwa wa kazu
幸 xing hang haeng yuki ko sachi
真 zhen chan jin ma shin makoto
健 jian kin geon kun ken takeshi
博 bo bok bak haku hiro
誠 cheng sing seong sung makoto sei
孝 xiao hau hyo taka ko
義 yi ui yoshi gi
信 xin shun sin shin nobu
裕 yu hiro
隆 long lung ryung yung taka ryu
達 da dat dal tatsu tachi
直 zhi jik nao naga choku tada
勝 sheng sing seung katsu sho masaru
弘 hong wang hiro ko
昭 zhao chiu so aki sho
鈴 ling ring suzu rei
遠 yuan yuen won to en
倍 bei pui bai be
菅 jian gan suga kan
鳩 jiu kau hato
麻 ma asa
生 sheng sang saeng o sei ki iku
岸 an ngon kishi gan
介 jie gaai gae suke kai
晋 jin jun shin
晉 jin shin
菊 ju guk kiku
代 dai doi dae yo
澤 ze jaak taek sawa zawa taku
沢 ze sawa zawa
崎 qi ki saki zaki
宏 hong wang goeng hiro ko
洋 yang yeung hiro yo
友 you yau u tomo yu
久 jiu gau gu hisa ku kyu
由 you yau yu yoshi
香 xiang heung hyang ka ko kaori
奈 nai noi na
里 li lei ri sato
津 jin jeun tsu zu shin
尾 wei mei mi o bi
部 bu bou be
堀 ku hori kutsu
関 guan kwan kan seki
關 guan kwan gwan kan seki
浅 qian chin asa sen
淺 qian asa sen
桜 ying sakura
陽 yang yeung yo haru
阳 yang yeung
翔 xiang cheung sang sho kakeru
菜 cai choi chae na sai
治 zhi chi ji haru osamu
次 ci chi cha ji tsugu
也 ye ya nari
彦 yan yin eon hiko gen
亮 liang leung ryang yang ryo akira
樹 shu shue su ki ju
拓 tuo tok cheok taku hiro
哉 zai ya jae sai
輝 hui fai hwi ki teru
辉 hui fai
紀 ji gei gi ki nori
纪 ji gei
恭 gong kung kyo yasu
悟 wu ng o go satoru
貴 gui kwai gwi ki taka
贵 gui kwai
宇 yu u
伟 wei wai
偉 wei wai wi i
华 hua wa
華 hua wa hwa ka hana
建 jian kin geon kun ken
军 jun kwan
軍 jun kwan gun
强 qiang keung gang kyo
強 qiang keung gang kyo tsuyoshi
杰 jie kit gyeol ketsu
傑 jie kit geol ketsu
涛 tao to
濤 tao to do
斌 bin ban
磊 lei lui noe rai
鹏 peng pang
鵬 peng pang bung ho
海 hai hoi hae kai umi
波 bo pa ha nami
丽 li lai ryeo rei
麗 li lai ryeo yeo rei
芳 fang fong bang ho yoshi
娜 na
静 jing ching jeong sei shizu
靜 jing ching jeong
艳 yan yim
艷 yan yim yeom en
红 hong hung
紅 hong hung ko beni
霞 xia ha ka kasumi
燕 yan yin yeon en
玲 ling ryeong rei
丹 dan daan tan
萍 ping
兰 lan laan
蘭 lan laan ran nan
梅 mei mui mae bai ume
凤 feng fung
鳳 feng fung bong ho
云 yun wan
雲 yun wan un kumo
飞 fei
飛 fei bi hi
新 xin san sin shin nii arata
泽 ze jaak taek
荣 rong wing yeong
榮 rong wing yeong young ei
庆 qing hing gyeong
慶 qing hing gyeong kyung kei
伯 bo baak baek haku
仲 zhong chung jung chu naka
叔 shu suk shuku
季 ji gwai gye ki sue
孟 meng maang maeng mo
家 jia ga ka ie
宝 bao bou bo ho
寶 bao bou bo ho
志 zhi chi ji shi kokoro
耀 yao yiu yew yo
謙 qian him gyeom kyeom ken
光 kuan
`;

const READINGS = new Map<string, string[]>();
for (const line of TABLE.split('\n')) {
  const [ch, ...readings] = line.trim().split(/\s+/u);
  if (ch && readings.length) READINGS.set(ch, [...new Set([...(READINGS.get(ch) ?? []), ...readings])]);
}

/** Latin spellings of one Han character, or undefined when the table does not know it. */
export function hanReadings(ch: string): readonly string[] | undefined {
  return READINGS.get(ch);
}

export const HAN_READING_COUNT = READINGS.size;
