import { koreanSpellingsOfRevised } from 'src/agents/due-diligence/hangul-romaniser';
import { MORE_HAN_READINGS } from 'src/agents/due-diligence/more-han-readings';

/**
 * Readings of the Han characters most used in Chinese, Korean and Japanese personal names, so a
 * name written in characters (金正恩, 山田太郎, 張偉) can be compared with its Latin spellings.
 * Generic transliteration gives only the Mandarin pinyin of each character, while the same
 * characters are read in Korean (金 Kim, 正 Jong) and Japanese (山 yama, 田 ta/da) in the names
 * that lists carry. Each line is a character followed by its readings: Mandarin pinyin, older
 * Wade-Giles and Cantonese spellings where lists use them (Chang, Cheung, Wong), Sino-Korean
 * readings in their common spellings (Revised Romanization, McCune-Reischauer, family usage: Lee,
 * Park, Choi) and Japanese on and kun readings with the voiced forms names take inside a
 * compound (田 da in Yamada). Written from the standard readings of about 2,070 characters (the
 * common Chinese surnames and given-name characters, Korean given-name syllables, Japanese
 * surname and given-name characters with their name readings, nanori, and the characters of
 * company, shipping and place names in China, Hong Kong, Taiwan, Japan and Korea, with the Hong
 * Kong spellings their registered names use: 利 Lee, 永 Wing, 記 Kee), traditional, simplified
 * and Japanese forms each listed; a character outside the table keeps only its pinyin. Held-out
 * names missed mostly on characters outside the table, so breadth matters more than depth here.
 */
const TABLE = `
金 jin chin kam gam kim gim keum kum kin kane kon gum kana gane
李 li lee lei yi i ri rhee ree
朴 pu pak park bak bark boku
崔 cui tsui choi choe chey sai
鄭 zheng cheng chang jeng jeong jung chung chong joung tei
郑 zheng cheng chang jeng
姜 jiang chiang keung kang gang kyo
趙 zhao chao chiu jo cho joh
赵 zhao chao chiu
尹 yin wan yun yoon youn in
張 zhang chang cheung jang jhang cho teo
张 zhang chang cheung cheong
林 lin lam lim im rim hayashi bayashi rin lum
韓 han hon kan
韩 han hon
吳 wu ng goh oh o go kure
吴 wu ng goh
徐 xu hsu tsui chui seo suh so jo
申 shen san shin sin sun nobu
權 quan chuan kuen gwon kwon kwan gon ken
权 quan chuan kuen
黃 huang hwang wong ng oei ko kou wee
黄 huang hwang wong ng oei ko kou ki
安 an ngon ahn a yasu on
宋 song sung soong so
柳 liu lau yu ryu yoo you ryoo yanagi yana
洪 hong hung kou ko
全 quan chuan chuen jeon jun chun zen tsuen chon
高 gao kao ko go taka kou daka
文 wen man mun moon mon bun fumi bumi aya
孫 sun suen son sohn
孙 sun suen
梁 liang leung yang ryang ryo yana hari
裵 pei bae pae
裴 pei bae pae hai pui
白 bai pai pak baek paek back haku shira bak shiro byaku
許 xu hsu hui heo hur huh kyo
许 xu hsu hui
南 nan nam minami
盧 lu lo lou no roh ro noh loo
卢 lu lo
河 he ho ha kawa ka hoh ko kou gawa
丁 ding ting jeong chung chong tei teng cho
成 cheng ching sing seong sung song sei shige nari shing jo naru
車 che chu cha sha kuruma guruma
车 che chu
具 ju chu gu koo ku
禹 yu woo u yue
閔 min man mun
咸 xian ham
元 yuan won gen moto yuen
千 qian chin cheon chun sen chi chon kazu
方 fang fong bang hou kata gata
孔 kong hung gong kou kung
玄 xuan hyeon hyun gen yuen
池 chi ji ike
魚 yu eo uo yue
奇 qi ki gi kei
延 yan yeon en nobu yin
陳 chen chan tan chin jin
陈 chen chan tan
王 wang wong ong o
劉 liu lau lao ryu yu
刘 liu lau lao
楊 yang yeung yeo you
杨 yang yeung yeo
周 zhou chou chow chau ju joo shu
何 he ho ha ka hor hoh
郭 guo kuo kwok kwak gwak kaku kok
馬 ma mah mar ba uma
马 ma mah
羅 luo lo law na ra loh
罗 luo lo law
胡 hu wu oo ho ko woo
朱 zhu chu chiu ju joo shu chue
謝 xie hsieh tse sia sa sha je
谢 xie hsieh tse sia je
唐 tang tong dang to kara
馮 feng fung pung
冯 feng fung
鄧 deng teng tang deung to dang
邓 deng teng tang
曹 cao tsao cho jo so tso
彭 peng pang paeng ho
曾 zeng tseng tsang chan jeung so sou tsen
蕭 xiao hsiao siu so shiu
肖 xiao hsiao siu
田 tian tien tin jeon chon ta da den
董 dong tung dung to
袁 yuan yuen won en
潘 pan poon pun ban
于 yu yue u woo
蔣 jiang chiang cheung jang tseung
蒋 jiang chiang cheung
蔡 cai tsai choi chua chae sai choy tsoi
余 yu yee yue ee yeo
杜 du tu to do
葉 ye yeh yip yap yeop yo ha ba ip
叶 ye yeh yip yap ip
程 cheng ching jeong tei
蘇 su soo so sou
苏 su soo so sou
魏 wei ngai wi gi
呂 lu lui lyu yeo ryeo ro
吕 lu lui lyu
任 ren yam yim im jin
沈 shen shum sum shim sim chin
姚 yao yiu
鍾 zhong chung jong sho
钟 zhong chung chong jong
譚 tan tam dam
谭 tan tam
陸 lu luk yuk riku
陆 lu luk
汪 wang wong
范 fan faan beom bum han
石 shi shek seok suk ishi seki sek koku shaku
廖 liao liu
賈 jia chia ka
贾 jia chia
夏 xia hsia ha ka natsu hah ge
韋 wei wai
韦 wei wai
邱 qiu chiu yau hiu gu
江 jiang chiang kong gang e ko gong kou
薛 xue hsueh sit seol
段 duan tuen dan
雷 lei lui noe rai loi
侯 hou hau hu
龍 long lung yong ryong ryu tatsu
龙 long lung loong
史 shi sze sa shih
陶 tao to do tou
黎 li lai lee yeo rei
賀 he ho ha ga
贺 he ho
顧 gu ku koo go ko
顾 gu ku koo
毛 mao mo
邵 shao siu so shiu
萬 wan man ban
万 wan man ma
錢 qian chin jeon sen chon
钱 qian chin
嚴 yan yim eom um gen yen
严 yan yim yen
武 wu mo mu bu take woo mou takeshi
戴 dai tai dae
莫 mo mok mak
常 chang sheung sang jo seung
習 xi hsi sup seup jap
习 xi hsi sup
近 jin kun geun chika kon kan
平 ping pyeong pyong hira taira hei peng pyung daira bira byo
正 zheng cheng jeong jong chong jung jeung masa sho sei tadashi ching tada
恩 en yan eun un on
日 ri yat il nichi hi ka jitsu bi
男 nan nam dan o otoko
秀 xiu sau su soo hide shu hsiu
英 ying ieng yeong young yong ei hide yeng jing eng fusa
永 yong wing yeong young ei naga
浩 hao ho ko hiro hou haw hoh hiroshi
鎬 hao ho
鉉 xuan hyeon hyun yuen
賢 xian yin hyeon hyun ken masa masaru satoshi kata
民 min man tami
珉 min
俊 jun chun joon shun toshi tsun
在 zai jae chae choi
寅 yin in tora yan
大 da dai tai dae tae o oo oh hiro
中 zhong chung jung joong chu chuu naka ju
泳 yong yeong young wing
三 san sam mi zo mitsu sabu
明 ming myeong myung myong mei aki meng akira myo haru
淑 shu suk sook shuku shuk yoshi toshi
熙 xi hee hui ki hiro hei hi
姬 ji hee hui ki hime kei
惠 hui wai hye kei e megumi hei shige sato
恵 hui hye kei e megumi shige sato
槿 jin geun kun kin kan
智 zhi chi ji tomo chee satoshi nori
勇 yong yung yu isamu haya isa
錫 xi seok suk shaku sek seki suzu
東 dong tung to higashi azuma tou haru higa
佛 fo fu fat butsu hotoke bul
厦 xia sha ha hsia
廈 xia sha ha hsia
东 dong tung
植 zhi sik shoku chik
國 guo kwok guk kook kuk koku kuni kuo guni
国 guo kwok guk koku kuni
光 guang kuang kwong gwang kwang ko mitsu hikari kuan hikaru
德 de tak deok duk tok toku nori te
徳 de toku nori tak
泰 tai tae yasu yutaka
煥 huan hwan wun kan
基 ji ki gi moto kei motoi
容 rong yung yong yo
珍 zhen chan jin chin jan
鎭 zhen jin chin chan
範 fan beom bum pom han nori
洙 zhu su soo chu
赫 he hyeok hyuk hyok kaku hak
革 ge hyeok hyok kaku
昌 chang cheong sho masa aki
敏 min man bin toshi satoshi
載 zai jae chae sai choi
雪 xue syut seol sol setsu yuki suet
主 zhu ju chu shu nushi su
虎 hu fu ho ko tora
春 chun shun haru cheun choon
吉 ji kat gil kil kichi yoshi
玉 yu yuk ok gyoku tama dama
順 shun sun soon jun
仁 ren yan in jin hito ni
雄 xiong hung ung woong yu o takeshi taka
錦 jin kam geum kum kin nishiki
守 shou sau su shu mori kami
一 yi yat il ichi kazu itsu hajime hito
二 er yi ni ji futa tsugu
山 shan san yama zan saan
村 cun chuen chon mura son
本 ben bun bon hon moto pun
川 chuan chuen cheon kawa gawa sen
藤 teng tang deung fuji to do
佐 zuo jwa sa suke cho
木 mu muk mok ki gi moku boku ko
井 jing jeong i sei tseng sho
上 shang seung sang ue kami jo sheung sho
下 xia ha shita shimo ka ge
小 xiao siu so ko o sho sa
橋 qiao kiu gyo hashi bashi kyo
渡 du to wata dou
辺 bian nabe be hen
邊 bian nabe be hen pin
伊 yi i ee
加 jia ka
松 song chung matsu sho tsung sung
清 qing ching cheong kiyo kiyoshi sei sho shin
水 shui sui su mizu seui mi zu
森 sen sum mori shin sam
島 dao do shima jima to tou
嶋 dao shima jima
口 kou hau gu kuchi guchi ko
谷 gu guk gok tani dani ya koku kuk
坂 ban saka zaka han
岡 gang kong oka ko
宮 gong kung gung miya kyu gu ku
内 nei noi nae uchi nai
前 qian chin jeon mae zen
後 hou hu go ato hau
长 chang cheung
長 chang cheung jang naga cho
斎 zhai sai chai itsuki
斉 qi sai
齋 zhai sai
齊 qi chai je sai
西 xi sai seo nishi sei
北 bei pak buk kita hoku bak
竹 zhu chuk juk take chiku dake
福 fu fuk bok fuku fook
太 tai tae ta futo dai
郎 lang long nang rang ro rou
子 zi tsz ja cha ko shi
花 hua fa hwa hana ka fah bana
美 mei mi bi yoshi may
和 he wo hwa wa kazu woh yasu masa
幸 xing hang haeng yuki ko sachi
真 zhen chan jin ma shin makoto chun masa sane
健 jian kin geon kun ken takeshi takeru tate
博 bo bok bak haku hiro pok hiroshi
誠 cheng sing seong sung makoto sei shing masa nobu
孝 xiao hau hyo taka ko nori
義 yi ui yoshi gi yee eui
信 xin shun sin shin nobu sun makoto
裕 yu hiro yue yutaka hiroshi
隆 long lung ryung yung taka ryu takashi
達 da dat dal tatsu tachi tat date dachi michi
直 zhi jik nao naga choku tada chik jiki sugu
勝 sheng sing seung katsu sho masaru shing
弘 hong wang hiro ko hiroshi hung kou
昭 zhao chiu so aki sho akira
鈴 ling ring suzu rei rin
遠 yuan yuen won to en
倍 bei pui bai be
菅 jian gan suga kan
鳩 jiu kau hato kyu
麻 ma asa
生 sheng sang saeng o sei ki iku seng sho nama fu ubu
岸 an ngon kishi gan gishi
介 jie gaai gae suke kai
晋 jin jun shin
晉 jin shin chun
菊 ju guk kiku kuk
代 dai doi dae yo toi shiro
澤 ze jaak taek sawa zawa taku chak
沢 ze sawa zawa jaak taek taku
崎 qi ki saki zaki kei
宏 hong wang goeng hiro ko hiroshi
洋 yang yeung hiro yo hiroshi umi
友 you yau u tomo yu
久 jiu gau gu hisa ku kyu kau
由 you yau yu yoshi yui
香 xiang heung hyang ka ko kaori kaoru ga kyo
奈 nai noi na
里 li lei ri sato
津 jin jeun tsu zu shin tsun
尾 wei mei mi o bi
部 bu bou be
堀 ku hori kutsu
関 guan kwan kan seki zeki
關 guan kwan gwan kan seki
浅 qian chin asa sen
淺 qian asa sen chin
桜 ying sakura zakura o
陽 yang yeung yo haru hi hinata akira
阳 yang yeung
翔 xiang cheung sang sho kakeru siang
菜 cai choi chae na sai
治 zhi chi ji haru osamu
次 ci chi cha ji tsugu shi
也 ye ya nari
彦 yan yin eon hiko gen biko
亮 liang leung ryang yang ryo akira suke aki
樹 shu shue su ki ju itsuki soo
拓 tuo tok cheok taku hiro
哉 zai ya jae sai choi
輝 hui fai hwi ki teru hikaru akira
辉 hui fai fei
紀 ji gei gi ki nori kei toshi
纪 ji gei
恭 gong kung kyo yasu
悟 wu ng o go satoru
貴 gui kwai gwi ki taka takashi
贵 gui kwai kwei
宇 yu u yue woo
伟 wei wai
偉 wei wai wi i hide
华 hua wa wah
華 hua wa hwa ka hana wah ke
建 jian kin geon kun ken
军 jun kwan
軍 jun kwan gun
强 qiang keung gang kyo kyung
強 qiang keung gang kyo tsuyoshi go
杰 jie kit gyeol ketsu
傑 jie kit geol ketsu
涛 tao to tou
濤 tao to do
斌 bin ban pan bun
磊 lei lui noe rai loi
鹏 peng pang
鵬 peng pang bung ho
海 hai hoi hae kai umi
波 bo pa ha nami po ba
丽 li lai ryeo rei
麗 li lai ryeo yeo rei urara
芳 fang fong bang ho yoshi ka
娜 na
静 jing ching jeong sei shizu
靜 jing ching jeong jo shizu sei
艳 yan yim
艷 yan yim yeom en
红 hong hung
紅 hong hung ko beni ku kurenai
霞 xia ha ka kasumi hsia
燕 yan yin yeon en tsubame
玲 ling ryeong rei
丹 dan daan tan ni
萍 ping
兰 lan laan
蘭 lan laan ran nan
梅 mei mui mae bai ume
凤 feng fung
鳳 feng fung bong ho
云 yun wan
雲 yun wan un kumo woon gumo
飞 fei
飛 fei bi hi tobi to
新 xin san sin shin nii arata ara
泽 ze jaak taek chak
荣 rong wing yeong yung yong
榮 rong wing yeong young ei
庆 qing hing gyeong
慶 qing hing gyeong kyung kei yoshi
伯 bo baak baek haku pak
仲 zhong chung jung chu naka joong
叔 shu suk shuku
季 ji gwai gye ki sue kwai
孟 meng maang maeng mo mang
家 jia ga ka ie ke ya
宝 bao bou bo ho po takara
寶 bao bou bo ho po takara
志 zhi chi ji shi kokoro yuki
耀 yao yiu yew yo
謙 qian him gyeom kyeom ken
鄒 zou tsou chau chow chu
邹 zou tsou chau chow
熊 xiong hsiung hung ung kuma yu
秦 qin chin chun jin shin hata
尤 you yu yau
施 shi shih sze si see se
戚 qi chi chik cheok seki
喻 yu yue
柏 bai bo pai pak baek haku kashiwa
竇 dou tou dau du to
窦 dou tou dau
章 zhang chang cheung jang sho aki akira
葛 ge ko kot gal katsu kuzu katsura
奚 xi hsi hai hae
魯 lu lou ro no lo
鲁 lu lou
苗 miao miu myo nae byo
俞 yu yue yoo
酆 feng fung
鮑 bao pao pau bau po ho
鲍 bao pao pau
費 fei fai bi hi
费 fei fai
廉 lian lim yeom yum ren
岑 cen tsen sum shum jam shin
倪 ni nai ngai ye
湯 tang tong to yu
汤 tang tong
滕 teng tang deung to
殷 yin yan eun un in
畢 bi pi bat pil hitsu pat
毕 bi pi bat
郝 hao hok hak kaku
鄔 wu woo
邬 wu woo
樂 le yue lok nak ak rak gaku raku
乐 le yue lok
時 shi shih si sze ji
时 shi shih si sze
傅 fu foo bu
皮 pi pei hi
卞 bian pien bin byeon byun ben
康 kang hong gang ko yasu kou
伍 wu ng o go
卜 bu pu pok bok boku
穆 mu muk mok boku
湛 zhan chan jam cham tan
祁 qi chi kei ki
狄 di ti dik jeok teki tik
米 mi mai bei kome yone
貝 bei pei pui bae bai kai
贝 bei pei pui
臧 zang tsang jong jang zo tsong
計 ji chi gai gye kei
计 ji chi gai
伏 fu fuk bok fuku fushi bushi
談 tan tam dam dan
谈 tan tam
茅 mao mau mo bo kaya
龐 pang pong bang ho
庞 pang pong
舒 shu sue seo jo shue
屈 qu chu wat gul kutsu
項 xiang hsiang hong hang ko
项 xiang hsiang hong
祝 zhu chu chuk juk shuku iwai
阮 ruan juan yuen yun won nguyen gen
藍 lan laam nam ram ran ai lam
蓝 lan laam
席 xi hsi jik seok seki
路 lu lou no ro michi lo
婁 lou lau nu ru ro
娄 lou lau
危 wei ngai wi ki
童 tong tung dong do
顏 yan yen ngan an gan
颜 yan yen ngan
盛 sheng shing sing seong sung sei mori shige
刁 diao tiu jo cho
駱 luo lok nak rak raku
骆 luo lok
樊 fan faan beon ban han
凌 ling neung reung ryo
霍 huo fok kwok gwak kaku
虞 yu u gu
支 zhi chi ji shi
柯 ke ko or o ka
昝 zan
管 guan kwan koon gun gwan kan suga
經 jing ching ging gyeong kei
经 jing ching ging
房 fang fong bang bo fusa
裘 qiu kau gu kyu
繆 miao miu mau myo
缪 miao miu mau
干 gan kon kan gon
解 xie hsieh gaai hae kai
應 ying eung yung o
应 ying
宗 zong tsung chung jong so shu mune
宣 xuan hsuan suen seon sun sen nobu
賁 ben
郁 yu wat uk ik iku yuk wook
單 shan dan sin daan tan
单 shan dan sin
杭 hang hong ko
包 bao pao pau po ho
諸 zhu chu jue je sho
诸 zhu chu
左 zuo tso jo jwa sa hidari
鈕 niu
龔 gong kung kyo
龚 gong kung
嵇 ji kai
邢 xing hsing ying hyeong hyung kei
滑 hua wat
翁 weng wong yung ong o
荀 xun hsun shun sun jun
羊 yang yeung yo hitsuji
於 yu
甄 zhen chen yan jin ken
麴 qu
封 feng fung bong ho
芮 rui jui yeoi ye zei
羿 yi
儲 chu
靳 jin chin gan geun kin kan
汲 ji kap geup kyu
邴 bing
糜 mi mei bi
富 fu foo bu tomi fuku to
巫 wu mo mu fu
烏 wu woo o u karasu
乌 wu woo
焦 jiao chiao chiu cho sho
巴 ba pa ha
弓 gong kung gung kyu yumi
牧 mu muk mok maki boku
隗 wei
宓 mi fu
蓬 peng pung bong ho
郗 xi chi
班 ban pan baan ha
仰 yang yeung ang gyo
秋 qiu chiu chau chu aki shu
寧 ning ling nyeong nyong yeong nei yasu
宁 ning ling
仇 qiu chiu kau gu kyu
欒 luan lun ran
栾 luan lun
暴 bao
甘 gan kam gam kan ama
鈄 dou
厲 li lai ryeo rei
厉 li lai
戎 rong yung ju
祖 zu tsu jo cho so
符 fu foo bu pu
景 jing ching king gyeong kyung kyong kei kage
詹 zhan chan chim jam cham sen
束 shu chuk sok soku tsuka
司 si ssu sze sa shi ji tsukasa
韶 shao
郜 gao
薊 ji
薄 bo po pok bak baku haku usu
印 yin yan in
宿 su suk shuku yado juku
懷 huai wai hoe kai
怀 huai wai
蒲 pu po ho kama gama
邰 tai
從 cong
鄂 e ngok ak gaku
索 suo so sok saek saku
籍 ji jik jeok seki
賴 lai laai roe noe rai
赖 lai laai
卓 zhuo cho cheuk tak chak taku
藺 lin
屠 tu to do
蒙 meng mung mong mo
喬 qiao chiao kiu gyo kyo
乔 qiao chiao kiu
陰 yin
鬱 yu
胥 xu
能 neng nang nung no yoshi
蒼 cang sou so ao chong
雙 shuang
闻 wen man
聞 wen man mun bun mon
莘 shen
黨 dang tang dong to tong
党 dang tang dong
翟 zhai chai jak jeok teki
貢 gong kung
勞 lao lo no ro
劳 lao lo
逄 pang
扶 fu foo bu
堵 du
冉 ran jan yim yeom nen
宰 zai tsai joi jae sai
酈 li
雍 yong yung ong yo
卻 que
璩 qu
桑 sang song so kuwa
桂 gui kuei kwai gye kei katsura kwei
濮 pu pok
牛 niu ngau u gyu ushi
壽 shou sau su ju hisa kotobuki toshi
寿 shou sau ju kotobuki hisa toshi
通 tong tung tsu michi
扈 hu
冀 ji kei gi ki
郟 jia
浦 pu po ho ura
尚 shang sheung seung sang sho nao hisa
農 nong nung no
农 nong nung
溫 wen wan on
温 wen wan on
別 bie
莊 zhuang chuang chong jang sho so
庄 zhuang chuang chong
晏 yan aan an
柴 chai chaai si shiba sai
瞿 qu chu kui gu ku
閻 yan yen yim yeom en
阎 yan yen yim
充 chong chung ju mitsu
慕 mu mo bo
連 lian lien lin yeon ryeon ren
连 lian lien lin
茹 ru yu
宦 huan
艾 ai ngai ae gai
向 xiang hsiang heung hyang ko
古 gu ku koo go ko furu
易 yi yik yeok eki i yasu
慎 shen sun shun san sin shin jin makoto nori chika
戈 ge ko gwo gwa ka
庾 yu
終 zhong
暨 ji
居 ju chu gui geo kyo i
衡 heng hang hyeong ko hyung
步 bu bo po
都 du tu dou do to miyako tou tsu zu
耿 geng keng gang gyeong ko
滿 man moon
满 man moon
匡 kuang kwong gwang kyo hong
寇 kou kau gu ko
廣 guang kwong gwang ko hiro
广 guang kwong
祿 lu luk rok nok roku
禄 lu luk rok
闕 que kuet kyeol ketsu
歐 ou ngau au gu o
欧 ou ngau au
殳 shu
沃 wo yuk ok yoku
利 li lei ri yi toshi lee
蔚 wei wai
越 yue yueh yuet wol wool etsu
夔 kui
師 shi shih sze sa
师 shi shih sze
鞏 gong kung kyo
厙 she
聶 nie nieh nip seop sup jo
聂 nie nieh nip
晁 chao chiu jo cho
勾 gou
敖 ao ngou o go
融 rong yung yu
冷 leng lang raeng naeng rei
訾 zi
辛 xin hsin san sin shin
闞 kan
那 na no
簡 jian chien gaan gan kan kaan
简 jian chien gaan
饒 rao jao yiu yo nyo jo
饶 rao jao yiu
空 kong hung gong ku sora
毋 wu
沙 sha sa suna
乜 nie
養 yang yeung yo
养 yang yeung
鞠 ju kuk guk kiku
須 xu hsu sou su
须 xu hsu sou
豐 feng fung pung ho toyo
丰 feng fung
巢 chao chaau so su
蒯 kuai
相 xiang hsiang seung sang so sho ai
查 zha cha sa
荊 jing ching ging hyeong kei
荆 jing ching ging
游 you yu yau yoo
竺 zhu chu chuk juk jiku
逯 lu
蓋 gai kai koi gae
盖 gai kai koi
益 yi yik ik eki masu
桓 huan hwan wun kan
公 gong kung ko kimi
俟 si
娟 juan chuan kuen gyeon ken
超 chao chiu cho
刚 gang kang kong go
剛 gang kang kong go takeshi tsuyoshi
力 li lik ryeok yeok ryoku riki chikara
兵 bing ping byeong hei hyo bei
峰 feng fung bong ho mine ne
峯 feng fung bong ho mine ne
琴 qin chin kam geum kin koto
立 li lap rip ip ritsu tatsu tate tachi dachi
晓 xiao hsiao hiu hyo gyo akatsuki
曉 xiao hsiao hiu hyo gyo akatsuki akira
晨 chen san sin shin asa sen shen
欣 xin hsin yan heun hun kin yoshi
天 tian tien tin cheon chon ten ama taka
雨 yu yue u ame same ama
思 si ssu sze sa shi omoi
嘉 jia chia ka ga yoshi
佳 jia chia kai ga ka yoshi kei
怡 yi i yee
婷 ting jeong tei
涵 han ham kan
梓 zi tsu ji ja shi azusa tsz
轩 xuan hsuan hin heon ken
軒 xuan hsuan hin heon ken noki
睿 rui jui yui ye ei
鑫 xin hsin yam heum kin
昊 hao ho ko
然 ran jan yin yeon nen zen
瑞 rui jui sui seui seo zui mizu
琪 qi chi kei gi ki
瑶 yao yiu yo
瑤 yao yiu yo
萱 xuan hsuan huen hwon ken
妍 yan yin yeon ken
雅 ya nga a ga masa miyabi
婉 wan yuen en
慧 hui wai hye kei e satoshi
芬 fen fan bun fun
芝 zhi chi ji shi shiba
蓉 rong yung yong yo
娥 e ngo a ga
珠 zhu chu ju shu tama joo
翠 cui tsui chui chwi sui midori
彩 cai tsai choi chae sai aya
瑩 ying yeong ei
莹 ying
琳 lin lam rim im rin
倩 qian sin cheon sen
颖 ying wing yeong
穎 ying wing yeong ei
璐 lu lo
冰 bing ping hyo kori
月 yue yueh yuet wol wool getsu tsuki gatsu zuki
星 xing hsing sing seong sung sei hoshi sho
冬 dong tung dung to fuyu
晶 jing ching jeong sho aki akira
品 pin ban pum hin pan
忠 zhong chung chu tada
禮 li lai rye ye rei
礼 li lai rye ye rei
良 liang leung ryang yang ryo yoshi naga ra
儉 jian
讓 rang
才 cai tsai choi jae sai
学 xue hsueh hok hak gaku manabu
學 xue hsueh hok hak gaku manabu
喜 xi hsi hei hee hui ki yoshi nobu
祥 xiang hsiang cheung sang sho yoshi
发 fa fat bal hatsu
發 fa fat bal pal hatsu
财 cai choi
財 cai choi jae zai
银 yin ngan eun gin
銀 yin ngan eun gin
鹤 he ho hok hak kaku tsuru
鶴 he ho hok hak kaku tsuru zuru
莲 lian lin yeon ryeon ren
蓮 lian lin yeon ryeon ren hasu
荷 he ho ha ka
桃 tao to do momo
杏 xing hang haeng kyo an
桐 tong tung dong do kiri giri
楠 nan nam kusu kusunoki
岩 yan ngaam am gan iwa ngam
岳 yue yueh ngok ak gaku take dake
嶽 yue yueh ngok ak gaku take
崇 chong sung su taka shu takashi
巍 wei ngai wi gi
湖 hu wu ho ko mizu
泉 quan chuan chuen cheon chon sen izumi chun
源 yuan yuen won gen minamoto moto
润 run yun yoon jun
潤 run yun yoon jun uru
深 shen sum sim shin fuka shum
晖 hui fai hwi ki
暉 hui fai hwi ki teru
旭 xu hsu yuk uk kyoku asahi akira wook
昕 xin hsin yan heun kin
昱 yu yuk uk iku
晟 sheng shing seong sung sei
曦 xi hsi hei hui ki
炎 yan yim yeom en homura
焱 yan yim yeom en
烨 ye yeh yip yeop yo
燁 ye yeh yip yeop yo
煒 wei wai wi i
炜 wei wai
铭 ming myeong mei
銘 ming myeong myung mei
锋 feng fung bong ho
鋒 feng fung bong ho
钢 gang kong ko
鋼 gang kong ko hagane
铁 tie tieh tit cheol chul tetsu
鐵 tie tieh tit cheol chul tetsu
鉄 tie tetsu
镇 zhen chen jan jin chin
鎮 zhen chen jan jin chin shizume
锦 kam
钧 jun chun kwan gyun kyun kin
鈞 jun chun kwan gyun kyun kin hitoshi
铮 zheng chang
钰 yu yuk ok
鈺 yu yuk ok gyoku
坚 jian chien kin gyeon ken
堅 jian chien kin gyeon kyun ken katashi
培 pei pui bae bai
城 cheng ching sing seong sung jo shiro ki gi
垣 yuan won en kaki gaki
增 zeng tseng jang jeung zo masu tsang
均 jun chun kwan gyun kyun kin hitoshi
圣 sheng shing
聖 sheng shing sing seong sung sei sho kiyo hijiri kiyoshi
坤 kun kwan gon kon
定 ding ting deng jeong tei jo sada
宜 yi yee ui gi nori yoshi
宪 xian hsien hin heon ken
憲 xian hsien hin heon hun ken nori
宽 kuan kwan fun gwan kan
寬 kuan kwan fun gwan kan hiroshi
实 shi sat sil jitsu
實 shi shih sat sil jitsu minoru
尊 zun tsun jun jon son taka
就 jiu
展 zhan chan jin jeon ten nobu
峻 jun chun shun takashi
崗 gang kong
嵩 song sung su taka
州 zhou chou chau ju shu su
巧 qiao hau gyo ko takumi
已 yi
希 xi hsi hei hui ki nozomi hee
帆 fan faan beom han ho
年 nian nien nin nyeon yeon nen toshi
弟 di tai je tei dai
彬 bin pan hin
彪 biao piao biu pyo hyo
影 ying yeong ei kage
征 zheng ching jing jeong sei
律 lu leut yul ryul ritsu
得 de tak deuk toku
循 xun
微 wei mei mi bi
心 xin hsin sam sim shin kokoro
忆 yi
念 nian nim nyeom yeom nen
恒 heng hang ko tsune
恆 heng hang ko tsune
悦 yue yueh yuet yeol yul ryeol etsu
悅 yue yueh yuet yeol yul ryeol etsu
意 yi yee ui i
愛 ai oi ae mana
爱 ai oi
慈 ci tsz ja ji shigeru
懋 mao
战 zhan chan jin jeon sen
戰 zhan chan jin jeon sen
扬 yang yeung
揚 yang yeung yo
振 zhen chen chan jin chin shin chun
捷 jie chieh jit cheop sho
效 xiao hau hyo ko
敬 jing ching ging gyeong kyung kei takashi taka king
斯 si ssu sze sa shi
旺 wang wong o
昆 kun kwan gon kon
昇 sheng shing seung sho nobori sing nobu noboru
升 sheng shing seung sho sing masu nobori
暁 akatsuki gyo akira xiao hiu
曙 shu chu seo sho akebono
有 you yau yu ari u tomo nari
朋 peng pang bung ho tomo
服 fu fuk bok fuku
朗 lang long nang rang ro akira aki
望 wang mong mang bo mochi nozomu mo nozomi
朝 chao chiu jo cho tomo asa
期 qi kei gi ki
材 cai choi jae zai
果 guo kwo gwa ka
枝 zhi chi ji shi eda e
柔 rou yau yu ju nyu yoo
树 shu shue
栄 ei sakae hide yoshi shige rong wing
桥 qiao kiu
楚 chu cho so
楷 kai
榕 rong
槐 huai
樺 hua kaba wa
欢 huan fun
歆 xin
毅 yi ngai ui gi ki takeshi tsuyoshi
汉 han hon
漢 han hon kan
汝 ru yu yeo jo
沛 pei pui pae hai
沐 mu muk mok moku
法 fa faat beop bup ho nori fat
洁 jie kit gyeol ketsu
潔 jie chieh kit gyeol ketsu kiyoshi
洛 luo lok nak rak raku
洲 zhou chou chau ju shu su
涌 yong yung chung
淳 chun shun seon sun jun atsushi atsu
淵 yuan yuen yeon en fuchi yun buchi
渊 yuan yuen yun
溪 xi kai gye kei
滨 bin ban hin
濱 bin ban hin hama
浜 hama bin bang hin
漾 yang
潮 chao chiu jo cho shio ushio
瀚 han hon
灏 hao
灵 ling
炳 bing ping byeong hei
烈 lie lit ryeol yeol retsu
照 zhao chao chiu jo sho teru
爽 shuang song sang so
玮 wei wai
瑋 wei wai wi i
环 huan waan
環 huan waan hwan kan tamaki wan
珂 ke ko ka
玫 mei mui mae bai
珊 shan saan san
珮 pei pui pae hai
琦 qi kei gi ki
琛 chen sam chim shin
琼 qiong king gyeong kyung
瓊 qiong king gyeong kei tama
瑛 ying yeong ei
瑜 yu yue
璇 xuan syun seon sen suen
璋 zhang cheung jang sho
甜 tian tim cheom ten
用 yong
甲 jia kaap gap kap ko ka kabuto
画 hua
界 jie gaai gye kai
登 deng teng dang deung to nobori noboru nobu
百 bai pai baak baek paek hyaku momo
皓 hao ho ko hiro
知 zhi chi ji tomo satoru nori
硕 shuo sek seok
碩 shuo sek seok seki hiro suk
神 shen san sin shin jin kami kan go
祯 zhen ching jeong tei
禎 zhen ching jeong tei sada
禧 xi hei hui ki hee
科 ke fo gwa ka
端 duan tuen dan tan bata
笑 xiao siu so sho emi
筠 yun wan gyun kin
策 ce chaak chaek saku
篤 du tuk dok toku atsushi
笃 du tuk
精 jing ching jeong sei
純 chun shun seon sun soon jun sumi
纯 chun shun seon
紘 hong wang hiro ko
素 su sou so
紫 zi tsz ja shi murasaki
紹 shao siu so jo tsugu
绍 shao siu
维 wei wai yu
維 wei wai yu i
繁 fan faan beon han shige
缘 yuan
羽 yu yue u ha hane ba wa
翰 han hon kan
聪 cong chung chong so
聰 cong tsung chung chong so satoshi
胜 sheng sing
自 zi tsz ja ji
致 zhi chi ji
舜 shun sun
艺 yi ngai ye gei
藝 yi ngai ye gei
芸 yun wan un gei
若 ruo jo yeuk yak jaku waka
茂 mao mau mo shige shigeru
茜 qian sin cheon sen akane
草 cao tso cho so kusa gusa
莉 li lei ri
莎 sha sa
菲 fei fi bi hi
萌 meng mang maeng ho moe
蒂 di tai je tei
蓓 bei pui bae bai
蕊 rui yeui yeo zui
蕾 lei lui roe rai
薇 wei mei mi bi
虹 hong hung ko niji
蝶 die dip jeop cho
行 xing hang haeng gyo ko yuki
衛 wei wai wi ei mamoru e
卫 wei wai
要 yao
見 jian
規 gui kwai gyu ki nori
觀 guan kwun gwan kan
言 yan yin eon gen
詩 shi shih si uta sze
诗 shi sze si
誉 yu yue ye yo homare
譽 yu yue ye yo
谦 qian him
豪 hao ho go takeshi
貞 zhen ching jeong jung tei sada
贞 zhen ching jeong
賓 bin ban hin
宾 bin ban
贤 xian yin
赤 chi chek jeok seki aka
身 shen
輔 fu foo bo ho suke
辅 fu foo bo
轮 lun
辰 chen sun jin shin tatsu san
达 da tat dal
迎 ying yeong gei
进 jin chin jun shin susumu
進 jin chin jun shin susumu
远 yuan yuen
道 dao tao do michi dou to
遥 yao yiu yo haruka haru
遙 yao yiu yo haruka
邦 bang pong ho kuni
鄉 xiang heung hyang kyo sato gou
醇 chun shun sun jun
重 zhong chung jung ju cho shige joong chou e kasane
野 ye yeh ya no
量 liang
門 men mun mon kado to
开 kai hoi
開 kai hoi gae hiraku
闲 xian
阁 ge kok gak kaku
雁 yan ngaan an gan kari
集 ji chap jip shu
雯 wen man mun bun
零 ling
震 zhen chan jin shin
霖 lin lam rim im rin
霜 shuang seung sang so shimo
霓 ni ngai ye gei
露 lu lou no ro tsuyu
青 qing ching cheng cheong chong sei ao tsing sho aoi
靖 jing ching jeong sei yasushi yasu
非 fei bi hi
音 yin yam eum um on in oto ne
韵 yun wan un in
韻 yun wan un in
顺 shun sun
頌 song chung sho
颂 song chung
馨 xin hing hyeong kyung kei kaoru
駿 jun chun shun hayao joon toshi
骏 jun chun
鳴 ming myeong mei naru
鸣 ming
麒 qi kei gi ki
麟 lin lun rin in
黛 dai doi dae tai
齐 qi chai
龄 ling ryeong rei
齡 ling ryeong rei
哲 zhe che chit cheol chul chol tetsu satoshi akira je
喆 zhe cheol chul chol tetsu
徹 che chit cheol chul chol tetsu toru
澈 che chit cheol chul chol tetsu
勳 xun hsun fan hun hoon kun isao
勛 xun hsun fan hun hoon kun
勋 xun hsun fan
薰 xun hsun fan hun hoon kun kaoru
熏 xun fan hun hoon kun
訓 xun hsun fan hun hoon kun nori
炯 jiong chiung gwing hyeong hyung hyong kei
亨 heng hang hyeong hyung hyong ko kyo toru
兄 xiong hing hyeong hyung kei kyo ani
瀅 ying hyeong hyung
燦 can tsan chaan chan san akira
灿 can tsan chaan
璨 can chaan chan san
贊 zan tsan jaan chan san
赞 zan tsan jaan
讚 zan chan san
承 cheng sing seung sung sho tsugu shing
乘 cheng shing seung sung jo nori
丞 cheng sing seung sung jo
晩 wan man ban
晚 wan maan man ban
斗 dou tou dau du doo tu to tau
秉 bing ping byeong byung pyong hei
丙 bing ping byeong byung pyong hei
柄 bing ping beng byeong byung hei gara
圭 gui kuei gwai gyu kyu kei kwai
奎 kui kuei fui gyu kyu kei
珪 gui kwai gyu kyu kei
煜 yu yuk uk wook iku
彧 yu yuk uk wook iku
愚 yu yue u woo gu
允 yun wan yoon in masa
胤 yin yan yun yoon in tane
倫 lun ryun yun youn rin
伦 lun
弼 bi bat pil phil hitsu suke pat
必 bi bat pil phil hitsu pat
鐸 duo tok tak taku
铎 duo tok
鐘 zhong chung jong chong sho kane
種 zhong chung jong chong shu tane
种 zhong chung
琮 cong chung jong so
準 zhun chun jeun jun joon
准 zhun chun jeun jun joon
濬 jun chun joon shun
浚 jun chun jeun joon shun
埈 jun joon
晙 jun joon
柱 zhu chu chue ju joo hashira
宙 zhou chou jau ju joo chu chau sora oki
濟 ji chi jai je jae sai sei
济 ji chi jai
悌 ti tai je tei
祚 zuo jo so cho
鎔 rong yung yong yo you
鏞 yong yung
庸 yong yung yo
湜 shi sik shik shoku
軾 shi sik shik shoku
奭 shi sik seok suk seki
杓 biao piu pyo phyo hyo
表 biao piao biu pyo phyo hyo omote
標 biao piao biu pyo phyo hyo
豹 bao pao paau pyo phyo hyo
旻 min man bin
玟 min man bin
瑄 xuan syun seon sun
善 shan sin seon sun son zen yoshi
仙 xian hsien sin seon sun son sen
先 xian hsien sin seon sun son sen saki
鮮 xian hsien sin seon sun son sen
尙 shang seung sang sho nao
誾 yin eun un gin
乙 yi yuet eul ul otsu oto
以 yi yee i
之 zhi chi ji shi yuki no
作 zuo tso jok jak chak saku sa
栽 zai choi jae sai
積 ji chik jeok chok seki
典 dian tien din jeon chon ten nori
傳 chuan chuen jeon chon den tsutae
殿 dian tien din jeon den tono dono
節 jie chieh jit jeol chol setsu takashi
节 jie chieh jit
廷 ting jeong chong tei
庭 ting jeong chong tei niwa
鼎 ding ting deng jeong chong tei kanae
淨 jing ching jeong jo
情 qing ching jeong sei jo
造 zao tso jou jo cho zo
衆 zhong chung jung joong shu
眞 zhen jin chin shin ma chan
徵 zheng ching jing jeong cho
彰 zhang cheung chang sho aki akira
倉 cang tsong chang so kura gura chong
昶 chang cheung cho
采 cai tsai choi chae chai sai
埰 chae chai
處 chu cheo cho sho
初 chu cho sho hatsu
總 zong tsung chong so
总 zong tsung
七 qi chi chat chil shichi nana
八 ba pa baat pal hachi ya pat
九 jiu gau gu ku kyu jeou chiu kau
十 shi sap sip ju to
快 kuai faai kwae kai
台 tai toi tae dai
宅 zhai chak taek thaek taku
土 tu to do tsuchi
統 tong tung to
统 tong tung
判 pan pun han
豊 feng pung ho toyo yutaka fung
協 xie hip hyeop hyop kyo
协 xie hip
好 hao ho ko yoshi
泓 hong wang ko
化 hua fa hwa ka ke
歡 huan fun hwan kan
晃 huang fong hwang ko akira teru aki
會 hui wui hoe hwe kai hoi
会 hui wui hoe kai
厚 hou hau hu ko atsushi atsu
后 hou hau hu ko
休 xiu yau hyu kyu
烋 hyu
欽 qin yam heum hum kin
钦 qin yam
興 xing hing heung hung ko kyo oki
兴 xing hing
熹 xi hei hui hee ki
憙 xi hui hee
寒 han hon kan
性 xing sing seong sung sei sho
殊 shu su
修 xiu hsiu sau su soo shu osamu
始 shi chi si hajime
如 ru yu yeo yo jo nyo yuki
與 yu yue yeo yo
与 yu yue yeo yo
演 yan yin yeon yon en
硏 yan yin yeon ken
研 yan yin yeon ken
列 lie lit ryeol yeol retsu
映 ying yeong young ei
暎 ying yeong young
五 wu ng o go itsu
吾 wu ng o go
完 wan yuen kan
玩 wan waan gan
外 wai ngoi oe wae gai soto
堯 yao yiu yo gyo
尧 yao yiu
右 you yau u woo yu migi
苑 yuan yuen won en sono
園 yuan yuen won en sono
媛 yuan yuen won en hime
瑗 yuan won en
位 wei wai wi i kurai
威 wei wai wi i take takeshi
兪 yu yoo
儒 ru yu ju
切 qie chai jeol setsu
點 dian dim jeom chom ten tim
帝 di tai je tei dai mikado
址 zhi chi ji shi
持 chi ji mochi
靑 qing ching cheong chong sei ao tsing
燭 zhu chuk chok shoku
爀 he hyeok hyuk
顯 xian hin hyeon hyun ken aki
显 xian hin
絃 xian yin hyeon hyun gen
弦 xian yin hyeon hyun gen tsuru
徽 hui fai hwi ki
原 yuan yuen won gen hara wara bara
阿 a o
横 heng waang hoeng o yoko wang
杉 shan chaam sam san sugi
市 shi si ichi
荒 huang fong hwang ko ara
保 bao pao bou bo ho yasu
今 jin gam geum kin kon ima kam
丸 wan yuen hwan gan maru
坪 ping pyeong hei tsubo
畑 hata batake bata hatake
畠 hata batake
塚 zhong chung chong cho tsuka zuka
沼 zhao chiu so sho numa
梶 kaji wei
榎 enoki jia
鎌 lian kama lim
磯 ji gei gi iso
鹿 lu luk rok nok roku shika ka
片 pian pin pyeon hen kata
萩 qiu shu hagi chau
菱 ling reung ryo hishi bishi
寺 si ji sa tera dera tsz
堂 tang tong dang do
角 jiao chiao gok gak kaku kado tsuno sumi kok
助 zhu chu jo suke cho
夫 fu foo bu pu o
人 ren jen yan in jin nin hito to
多 duo to da ta
汰 tai taai tae ta
紗 sha sa
咲 saki sho sakura xiao
未 wei mei mi
結 jie chieh git gyeol ketsu yui yu musubi kit
優 you yau u yu yuu masaru
悠 you yau yu haruka hisa haru
祐 you yau u yu suke
佑 you yau u woo yu suke
広 guang ko hiro kwong
啓 qi kai gye kei hiro hiraku
尋 xun cham sim jin hiro
比 bi pei bei hi
己 ji kei gi ki ko mi
実 shi jitsu mi minoru sane makoto sat
衣 yi i ui e koromo
絵 e kai
世 shi sai se sei yo
夜 ye yeh ya yo
理 li lei ri i osamu
梨 li lei ri i nashi
乃 nai naai nae no dai
穂 sui ho
穗 sui ho
凛 rin
凜 rin
湊 cou chau ju so minato
颯 sa satsu hayate saap
翼 yi yik ik yoku tsubasa
葵 kui kwai gyu ki aoi
凪 nagi
紬 tsumugi chou
芽 ya nga a ga me
唯 wei wai yu yui
億 oku yi yik eok ok
麿 maro
勘 kan ham
蔵 cang zo kura chong
藏 cang zo kura chong tsong
丈 zhang cheung jang jo take
六 liu luk yuk ryuk roku mu
四 si sei sa shi yon yo
亀 gui kwai gwi ki kame
龜 gui kwai gwi ki kame
猪 zhu chu jeo cho i inoshishi
竜 long ryu tatsu lung
鷹 ying eung yo taka
隼 sun shun jun hayabusa hayato
晴 qing ching cheong sei haru
暖 nuan nyun nan dan haru nuen
遼 liao liu ryo yo haruka
涼 liang leung ryang ryo suzu
諒 liang leung ryang ryo makoto
了 liao liu ryo yo satoru
奏 zou jau ju so kanade chau
聡 cong chung chong so satoshi
伸 shen san sin shin nobu
暢 chang cheung cho nobu
稔 ren nam nim nen minoru toshi
滋 zi tsz ja ji shigeru shige
寛 kuan fun gwan kan hiroshi hiro
功 gong kung ko isao
勲 xun hun kun isao fan
猛 meng maang maeng mo takeshi mang
顕 xian ken aki hin
逸 yi yat dat il itsu
蔭 yin yam eum in kage
荫 yin yam
鴻 hong hung kou
鸿 hong hung
燊 shen sun san
港 gang kong hang kou minato
泌 bi mi pil bit hitsu
根 gen kan geun kon ne
臣 chen san shin omi sin
悳 de tak deok toku
少 shao siu so shou
克 ke ko hak geuk kuk katsu koku
镕 rong yung yong
焕 huan wun
機 ji gei gi ki
曽 zeng tsang jeung so sou
郷 xiang heung hyang gou go kyo sato
黒 hei hak heuk koku kuro
黑 hei hak heuk koku kuro
條 tiao tiu jo cho
条 tiao tiu jo cho
敦 dun tun don ton atsushi
潽 pu po bo
渕 yuan fuchi buchi yuen
目 mu muk mok moku me
漱 shu sau su so
破 po bo pa ha ba
政 masa sei ching zheng sho
数 kazu su shu so
則 nori soku jak ze chak
満 mitsu man moon
早 sa haya so zao tso
綾 aya ryo ling
舞 mai bu mo wu
透 toru to tou tau
速 haya soku chuk su
細 hoso sai xi
稲 ina to dao
稻 ina to dao
手 te shu sau shou
窪 kubo wa
萧 siu shiu
區 au ou
区 au ou
麥 mak mek mugi
麦 mak mek mugi
鄺 kwong
丘 qiu chiu yau gu ku kyu oka
霧 wu mu mo kiri giri
湾 wan man waan
滝 taki daki long shuang
夕 xi hsi seok sok seki yu
町 ting ding jeong machi cho
瀬 se ze lai
織 zhi chih jik shoku shiki ori chik
物 wu mat mul butsu motsu mono
緑 lu luk nok rok ryoku midori
室 shi sat sil shitsu muro
屋 wu uk ok oku ya
舟 zhou chou jau ju shu fune funa chau
船 chuan chuen seon son sen fune funa shuen bune
糸 si shi ito
布 bu pu bo po fu nuno
染 ran yim yeom sen some zome
窯 yao yiu yo kama gama
酒 jiu chiu jau ju shu sake saka zake
醸 niang jo kamo yeung
茶 cha da sa ta
塩 yan yeom en shio jio yim
油 you yau yu abura
紙 zhi chi ji shi kami gami
筆 bi pit pil hitsu fude pat
墨 mo mak muk boku sumi
銅 tong tung dong do
絹 juan kuen gyeon kyon ken kinu ginu
聯 lian lien luen lyun ryeon yeon ren
联 lian lien luen lyun
匯 hui wui wooi hoe hwe kai e
汇 hui wui wooi
亿 yi yik
嶺 ling leng ryeong yeong nyeong rei ryo mine ne
岭 ling leng
峡 xia hap hyeop kyo
峽 xia hsia hap hyeop kyo
峠 touge toge
瀨 lai laai roe noe rai se ze
濑 lai laai
煌 huang wong hwang ko kou
凱 kai hoi gae kae gai
凯 kai hoi
旋 xuan suen seon sen
創 chuang chong tsong chang so hajime
创 chuang chong tsong
冠 guan kwun koon gwan kwan kan kanmuri
皇 huang wong hwang ko o sumera
霸 ba pa pae ha
覇 ba ha
獅 shi sze si sa shishi
狮 shi sze si
象 xiang cheung jeung sang sho zo kisa
楓 feng fung pung fu kaede
枫 feng fung
梧 wu ng o go
樟 zhang cheung jang sho kusu
榆 yu yue
棉 mian min myeon men wata
絲 si sze sa shi ito
丝 si sze
綢 chou chau ju chu
绸 chou chau
緞 duan tuen dan
缎 duan tuen
繡 xiu sau su shu
绣 xiu sau
紡 fang fong bang bo tsumugu
纺 fang fong
织 zhi chik
聚 ju tsui chwi shu
眾 zhong chung jung joong shu
众 zhong chung
群 qun kwan gun kun mura
盟 meng mang maeng mei
寰 huan waan hwan kan
域 yu wik yik yeok iki
疆 jiang keung gang kang kyo
際 ji chai je sai kiwa
际 ji chai
球 qiu kau gu ku kyu tama
亞 ya a nga
亚 ya a nga
澳 ao ou o
灣 wan waan man
嶼 yu yue seo sho
屿 yu yue
貿 mao mau mu bo
贸 mao mau
商 shang sheung seung sang sho akina
業 ye yip eop op gyo go waza nari
业 ye yip
工 gong kung ko ku takumi
企 qi kei gi ki
團 tuan tuen dan tan
团 tuan tuen
投 tou tau tu to
資 zi chi ja cha shi
资 zi chi
產 chan chaan san
产 chan chaan
産 chan san ubu
技 ji kei gi ki
電 dian din jeon den
电 dian din
机 ji kei ki
械 xie haai gye kai
器 qi hei gi ki utsuwa
料 liao liu ryo yo
醫 yi yee ui i
医 yi yee ui i
藥 yao yeuk yak yaku kusuri
药 yao yeuk
薬 yao yaku kusuri
流 liu lau ryu yu ru nagare
運 yun wan un
运 yun wan
輸 shu shue su yu
输 shu shue
航 hang hong ko
舶 bo pok bak pak haku
碼 ma
码 ma
頭 tou tau du to zu atama kashira gashira
头 tou tau
仓 cang chong tsong
储 chu chue
貨 huo fo hwa ka
货 huo fo
務 wu mo mu bu
务 wu mo
出 chu chut chul shutsu de ide
坡 po pa ha saka
鲜 xian sin
臺 tai toi dae tae dai
圳 zhen chun
浙 zhe chit jeol setsu
滬 hu wu ho ko
沪 hu wu
京 jing king ging gyeong kyo kei miyako
渝 yu yue
蜀 shu suk chok shoku
粵 yue yuet wol etsu
粤 yue yuet
閩 min man bin
闽 min man
贛 gan kam gong ko
赣 gan kam
湘 xiang seung sang sho
豫 yu yue ye yo
皖 wan yuen kan
辽 liao liu
陝 shan sim seom sen
陕 shan sim
汕 shan saan san
漳 zhang cheung jang sho
莞 guan wan gwan kwan kan kwun
肇 zhao siu jo cho
揭 jie kit ketsu ge
煙 yan yin yeon en kemuri
烟 yan yin
濰 wei wai yu i
潍 wei wai
坊 fang fong bang bo
淄 zi chi shi
臨 lin lam rim im rin
临 lin lam
沂 yi yee gi ki
聊 liao liu ryo
菏 he ho ha ka
棗 zao cho jo so natsume
枣 zao cho
營 ying yeong ei
营 ying
鞍 an on kura
撫 fu foo mu bu
抚 fu foo
盤 pan pun poon ban
盘 pan pun poon
瀋 shen sum sim shin
爾 er yi i ji
尔 er yi
牡 mu mau mo bo
呼 hu foo ho ko
特 te tak teuk toku
薩 sa saat sal satsu
萨 sa saat
喀 ka haak kaku
拉 la lai laai rap ra
邕 yong yung ong yo
莆 pu po bo ho
蕪 wu mo mu bu
芜 wu mo
蚌 bang pong bo
埠 bu fau fu
滁 chu chue jeo jo
铜 tong tung
陵 ling neung reung ryo misasagi
駐 zhu chue ju chu
驻 zhu chue
漯 luo lui
株 zhu chu ju shu kabu
潭 tan taam dam fuchi
郴 chen sam chim chin
襄 xiang seung yang jo
堰 yan yin eon en seki
感 gan kam gam kan
汾 fen fan bun fun
邯 han hon kan
鄲 dan daan tan
郸 dan daan
滄 cang chong chang so
沧 cang chong
廊 lang long rang nang ro
犁 li lai ryeo rei
锡 xi sek
则 ze chak
綿 mian min myeon men wata
绵 mian min
瀘 lu lo no ro
泸 lu lo
贡 gong kung
攀 pan paan ban han
涪 fu fau bu
遵 zun chun jun
义 yi yee
版 ban paan pan han
納 na naap nap no
纳 na naap
屏 ping byeong hei byo
澎 peng pang paeng ho
栗 li lut yul ryul ritsu kuri guri
仔 zai chai tsai ja shi
鑼 luo lo na ra
锣 luo lo
咀 ju tsui jeo cho so sho
埗 bu po
荃 quan chuen jeon sen
屯 tun tuen dun ton
埔 pu po bo ho
粉 fen fan bun fun ko kona
將 jiang cheung jang sho masa
将 jiang cheung jang sho masa
观 guan kwun
塘 tang tong dang to
筲 shao saau so shau
箕 ji kei gi ki mi
鰂 zei chak tsak
鯉 li lei ri koi
鲤 li lei
圍 wei wai wi i
围 wei wai
磡 kan ham
瓜 gua kwa gwa ka uri
啟 qi kai gye kei hiraku
启 qi kai
坑 keng haang gaeng ko hang
氹 dang tam
凼 dang tam
炭 tan taan sumi zumi
鼓 gu ku go ko tsuzumi
落 luo lok nak rak raku ochi
跑 pao paau po ho pau
尖 jian chim cheom sen tsim
荔 li lai ryeo yeo rei
孚 fu bu
製 zhi chai je sei
制 zhi chai je sei
塑 su sou so
膠 jiao kaau gyo kyo ko kau
胶 jiao kaau kau
置 zhi chi oki
築 zhu chuk chiku tsuki
筑 zhu chuk chiku tsuku tsuki zuki
險 xian him heom ken
险 xian him
険 xian ken
證 zheng ching jeung sho
证 zheng ching
証 zheng sho
券 quan kuen gwon kwon ken
託 tuo tok tak taku
托 tuo tok tak taku
網 wang mong mang mo ami
网 wang mong
店 dian dim jeom ten mise tim
飲 yin yam eum in
饮 yin yam
食 shi sik shoku jiki
礦 kuang kwong gwang kwang ko
矿 kuang kwong
鉱 kuang ko
燃 ran yin yeon nen
氣 qi hei gi ki ke
气 qi hei
気 qi ki ke
煤 mei mui mae bai
裝 zhuang chong jang so sho
装 zhuang chong jang so sho
糧 liang leung ryang yang ryo
粮 liang leung
漁 yu yue eo gyo ryo
渔 yu yue
汽 qi hei gi ki
設 she chit seol setsu
设 she chit
璃 li lei ri
鋁 lu lui ryeo yeo ro
铝 lu lui
鉛 qian yuen yeon en namari
铅 qian yuen
屬 shu suk sok zoku
属 shu suk sok zoku
事 shi si sa ji koto sze
社 she se sa sha yashiro
所 suo so sho tokoro dokoro
式 shi sik shiki
動 dong tung do
动 dong tung
郵 you yau u yu
邮 you yau
急 ji kap geup kup kyu
阪 ban baan pan han saka zaka
戸 hu to he be ko
戶 hu wu ho ko to
户 hu wu
潟 xi sik seok seki kata gata
埼 qi kei gi ki sai saki
茨 ci chi ja shi ibara
栃 li tochi
形 xing ying hyeong kei gyo kata gata
沖 chong chung chu oki
冲 chong chung
縄 sheng jo nawa
繩 sheng sing seung jo nawa
绳 sheng sing
児 er ji ni ko go
兒 er yi a ji ni ko go
儿 er yi
函 han haam ham kan
釧 chuan chuen cheon sen kushiro
苫 shan sim jeom sen toma
樽 zun chun jun son taru
郡 jun kwan gun kun kori gori
模 mo mou bo
姫 ji ki hime
堺 jie kai sakai
歌 ge ko ga ka uta
阜 fu fau bu
岐 qi kei gi ki
鳥 niao niu jo cho tori dori
鸟 niao niu
畿 ji kei gi ki
尼 ni nei ama
呉 wu go kure
釜 fu foo bu pu kama gama
巻 juan ken maki
卷 juan kuen gwon ken maki
洗 xi sai se sen arai
御 yu yue eo gyo go mi on
焼 shao sho yaki
燒 shao siu so sho yaki
碧 bi pik byeok pyok heki ao
鷲 jiu chau chwi shu washi
稚 zhi chi waka
紋 wen man mun mon
纹 wen man
袖 xiu chau su shu sode
君 jun kwan gun kun kimi
我 wo ngo a ga ware
銚 diao tiu jo cho
牟 mou mau mo bo mu
留 liu lau ryu yu ru tome
别 bie bit byeol betsu wake
府 fu foo bu
防 fang fong bang bo
境 jing king gyeong kyo kei sakai zakai
頂 ding ting jeong cho itadaki
顶 ding ting
地 di dei ji chi
増 zeng tsang zo masu
嵐 lan laam nam ram ran arashi
飯 fan faan ban han meshi ii
辻 shi tsuji
樋 tong hi toi
矢 shi chi si ya
間 jian gaan kan gan ken ma aida
间 jian gaan
場 chang cheung jang jo ba
场 chang cheung
榊 shen sakaki
篠 xiao siu so shino
笠 li lap rip ip ryu kasa gasa
堤 di tai je tei tsutsumi
藪 sou yabu so
奥 ao ou o oku
奧 ao ou o oku
足 zu chuk jok soku ashi tari
瀧 long shuang lung rong ryong yong taki daki
泷 long lung
芦 lu lo no ro ashi
蘆 lu lo no ro ashi
椎 zhui chu shii tsui
柿 shi chi si kaki gaki
檜 gui kwai hoe kai hinoki hi
桧 gui hinoki hi
槙 dian maki
椿 chun chin tsubaki
琉 liu lau ryu yu ru
央 yang yeung ang o naka hisa
弥 mi mei ya iya
彌 mi mei ya iya
巳 si ji sa shi mi
瑠 liu lau ryu yu ru
絢 xuan huen hyeon ken aya
现 xian yin
現 xian yin hyeon gen
起 qi hei gi ki oki
綜 zong chung jong so
综 zong chung
壤 rang yeung yang jo
壌 rang jo
鏡 jing gyeong kyo kagami keng
镜 jing geng keng
兩 liang leung ryang yang ryo
两 liang leung
両 liang ryo
淸 qing ching cheong chong sei
體 ti tai che
体 ti tai tei karada
局 ju guk kuk kyoku
省 sheng saang sing seong sei sho
委 wei wai wi i
員 yuan yuen won in
员 yuan yuen
巨 ju geo kyo ko
報 bao bou bo ho
报 bao bou
放 fang fong bang ho
送 song sung so
炫 xuan yuen hyeon gen
炅 jiong gwing gyeong kyung kei
璟 jing king gyeong kyung kei
庚 geng gang gyeong kyung ko kanoe
耕 geng gang gyeong ko tagayasu
卿 qing hing gyeong kyo kei
競 jing ging gyeong kyo kei
度 du dou do tak taku to tabi
圖 tu tou do to zu
图 tu tou
図 tu to zu
惇 dun tun don ton jun atsushi
棟 dong tung dung to mune
栋 dong tung dung
騰 teng tang deung to
腾 teng tang
浪 lang long rang nang ro nami
來 lai loi rae nae rai kita ku
来 lai loi rae rai kita ku
歷 li lik ryeok yeok reki
历 li lik
練 lian lin ryeon yeon ren
练 lian lin
靈 ling ryeong yeong rei ryo
領 ling leng ryeong yeong ryo
领 ling leng
綠 lu luk nok rok ryoku
绿 lu luk
論 lun ron non
论 lun
樓 lou lau ru nu ro
楼 lou lau ro
輪 lun ryun yun rin wa
霊 ling rei ryo tama
鯨 jing king gyeong kei kujira
雀 que cheuk jak jaku suzume
櫻 ying ang aeng o sakura
樱 ying ang
火 huo fo hwa ka hi bi ho
風 feng fung pung fu kaze kaza
风 feng fung
內 nei noi nae nai uchi
兆 zhao siu jo cho kizashi
綺 qi yi kei gi ki aya
绮 qi yi kei
詠 yong wing yeong ei
咏 yong wing
嬌 jiao kiu gyo kyo
娇 jiao kiu
嫻 xian haan han kan
娴 xian haan
芷 zhi chi ji shi
頤 yi yee i
颐 yi yee
霆 ting jeong tei
樑 liang leung ryang yang ryo
駒 ju gu ku koma
驹 ju
銓 quan chuen jeon sen
铨 quan chuen
錚 zheng chang jaeng so
鋭 rui yui ye ei
銳 rui yui ye ei
锐 rui yui
焯 zhuo cheuk jak shaku
邁 mai maai mae
迈 mai maai
遜 xun sun son
逊 xun sun
徒 tu to do
官 guan kwun koon gwan kan
冼 xian sin seon sen
邝 kuang kwong
涂 tu to do
塗 tu to do nuri
奉 feng fung bong ho tomo
睦 mu muk mok boku mutsu
昔 xi sik seok seki mukashi
碁 qi kei gi ki go
緯 wei wai wi i
纬 wei wai
記 ji gei kei gi ki kee
记 ji gei kei kee
燈 deng dang teng deung to tomoshi
灯 deng dang teng to
渣 zha cha sa
僑 qiao kiu gyo kyo
侨 qiao kiu
招 zhao chiu cho sho
為 wei wai wi i tame
为 wei wai
想 xiang seung sang so
訊 xun seun sun sin jin
讯 xun seun sun
格 ge gaak kaak gyeok kaku
迪 di dik jeok teki tik
首 shou sau su shu kubi obito
交 jiao kaau gyo kyo ko kau
核 he hat haek kaku
術 shu seut sul jutsu
术 shu seut
息 xi sik soku iki
軟 ruan yuen yeon nan
软 ruan yuen
件 jian gin geon ken kin
系 xi hai gye kei
合 he hap hop go ai gatsu
同 tong tung dong do ona
盈 ying yeong ei
鋪 pu po ho
铺 pu po
舖 pu po
园 yuan yuen
宫 gong kung
院 yuan yuen won in
館 guan kwun koon gwan kan yakata tachi
馆 guan kwun koon
廠 chang chong sho
厂 chang chong
处 chu chue
組 zu cho jo so kumi gumi
组 zu cho
乡 xiang heung
县 xian yuen
縣 xian yuen hyeon ken agata
県 xian ken agata
街 jie gaai gai machi ga kai
岛 dao do
灘 tan taan nada
滩 tan taan
关 guan kwan
门 men mun
名 ming myeong mei myo na
庫 ku foo go ko kura
库 ku foo
取 qu chwi shu tori dori tsui
分 fen fan bun fun bu wake
札 zha chaat chal satsu fuda
幌 huang fong hwang ko horo
敷 fu bu shiki jiki
住 zhu chue ju sumi zumi
兼 jian kim gyeom ken kane
双 shuang seung ssang so futa
士 shi si sa ji sze
共 gong kung kyo tomo
嗣 si chi sa shi tsugu
淼 miao miu myo
瀾 lan laan ran nan
澜 lan laan
渤 bo put bal botsu
澄 cheng ching jing cho sumi
灃 feng fung
沣 feng fung
泛 fan faan beom han
汎 fan faan beom han
艇 ting teng jeong tei
泊 bo pok bak haku tomari domari
渠 qu geo kyo
價 jia ka ga
价 jia ka
価 jia ka atai
數 shu so su kazu
半 ban bun poon han naka
導 dao do michi to
导 dao do to
纸 zhi chi
鱼 yu yue
甬 yong yung yo
衢 qu gu ku
淮 huai waai hoe wai kai
盐 yan yim
鹽 yan yim yeom en shio
亳 bo bok bak haku pok
鄱 po pa ha
庐 lu lo
廬 lu lo yeo ryeo ro
浮 fu fau bu uki
番 fan pun faan beon ban
禺 yu yue u gu
淀 dian din jeon den yodo
密 mi mat mil mitsu hisoka
闵 min man
普 pu po bo fu
陀 tuo to ta da
伝 chuan den tsutae
円 yuan en madoka maru
圓 yuan yuen won en madoka maru
圆 yuan yuen
発 fa hatsu hotsu
営 ying ei
楽 le raku gaku
総 zong so
縁 yuan en yukari
継 ji kei tsugu
経 jing kei kyo tsune
劍 jian kim geom ken tsurugi
剑 jian kim
剣 jian ken tsurugi
権 quan ken gon
渋 se shibu ju
澁 se shibu ju
巌 yan gan iwao iwa
厳 yan gen gon
単 dan tan
徴 zheng cho
歩 bu ho ayumu
点 dian dim ten
`;

/**
 * Revised Romanization vowels no Mandarin or Japanese reading contains: a reading with one of them
 * is Korean, and gets the other spellings of its syllable (Jeong → Chung, Taek → Thaek). "eung"
 * and "wo" are left out because Cantonese spellings use them too (Cheung, Kwong), and expanding
 * those would give 張 the Korean spelling Chung of another character.
 */
const KOREAN_REVISED = /eo|ae|oe|ui|eu(?!ng)/u;

const READINGS = new Map<string, string[]>();
for (const line of `${TABLE}\n${MORE_HAN_READINGS}`.split('\n')) {
  const [ch, ...readings] = line.trim().split(/\s+/u);
  if (!ch || !readings.length) continue;
  // Teo is the Hokkien spelling of 張, not the Korean syllable 터.
  const korean = readings.filter((r) => KOREAN_REVISED.test(r) && r !== 'teo').flatMap((r) => koreanSpellingsOfRevised(r) ?? []);
  READINGS.set(ch, [...new Set([...(READINGS.get(ch) ?? []), ...readings, ...korean])]);
}

/** Latin spellings of one Han character, or undefined when the table does not know it. */
export function hanReadings(ch: string): readonly string[] | undefined {
  return READINGS.get(ch);
}

export const HAN_READING_COUNT = READINGS.size;

const WHOLE_SYLLABLES: Record<string, string> = {
  zi: 'tzu', ci: 'tzu', si: 'ssu', zhi: 'chih', chi: 'chih', shi: 'shih', ri: 'jih', er: 'erh', yi: 'i', you: 'yu',
  yan: 'yen', ye: 'yeh', yue: 'yueh', yong: 'yung', e: 'o', ge: 'ko', ke: 'ko', he: 'ho',
};
const WG_INITIALS: Array<[string, string]> = [
  ['zh', 'ch'], ['b', 'p'], ['d', 't'], ['g', 'k'], ['j', 'ch'], ['q', 'ch'], ['x', 'hs'], ['r', 'j'], ['z', 'ts'], ['c', 'ts'],
];

/**
 * The Wade-Giles spelling of one pinyin syllable, without apostrophes or umlauts, as Taiwanese
 * passports and older lists write names (Jiang → Chiang, Xiao → Hsiao, Zeng → Tseng, Guo → Kuo).
 * Derived by rule, so every character gets it, not only those in the table.
 */
export function wadeGiles(pinyin: string): string {
  const whole = WHOLE_SYLLABLES[pinyin];
  if (whole) return whole;
  const initial = /^(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])/u.exec(pinyin)?.[0] ?? '';
  const spelt = WG_INITIALS.find(([p]) => p === initial)?.[1] ?? initial;
  let final = pinyin.slice(initial.length);
  final = final.replace(/ie$/u, 'ieh').replace(/ue$/u, 'ueh').replace(/ian$/u, 'ien').replace(/ong$/u, 'ung');
  if (final === 'uo' && /^(?:d|t|n|l|z|c|s|r)$/u.test(initial)) final = 'o';
  if (final === 'ui' && (initial === 'g' || initial === 'k')) final = 'uei';
  if (final === 'e' && (initial === 'g' || initial === 'k' || initial === 'h')) final = 'o';
  return spelt + final;
}
