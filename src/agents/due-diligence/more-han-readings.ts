/**
 * A second table of Han characters in the line format of the main table in han-readings.ts: one
 * character a line, followed by its Latin readings separated by spaces. The readings are Mandarin
 * pinyin without tones (with the lyu/nyu spelling beside lu/nu for u-umlaut) and its Wade-Giles
 * form as Taiwanese registers write it; Cantonese as Hong Kong registers spell it (Cheung, Kwok,
 * Tsui, Shing, Yuen) with the plain Jyutping syllable beside it; Sino-Korean readings in Revised
 * Romanization, McCune-Reischauer without breves and the spellings families use (Sung, Hyun, Joon,
 * Young), including the word-initial form of syllables in r- and n- (Ryu and Yu); and Japanese on
 * readings, kun readings and name readings (nanori) in Hepburn without macrons, with the voiced
 * form a two-mora kun reading takes inside a compound (kawa gawa, saki zaki). It holds about 1,200
 * characters the main table lacks, chosen from those common in company, shop, brand, ship, place
 * and personal names in mainland China, Taiwan, Hong Kong and Macau, Japan and Korea: birds, trees,
 * flowers, coasts and mountains; metals, chemicals, textiles, food, shipping, trade and finance
 * words; auspicious characters; given-name characters; surnames; the Japanese name kanji
 * (jinmeiyo); the Korean name forms of KS X 1001 (曺, 姸, 靑); and the characters of Chinese
 * transliterations of foreign country and personal names. Traditional, simplified and Japanese
 * shinjitai forms each have their own line; a shinjitai form carries the pinyin of its traditional
 * form (駅 yi, like 驛). A simplified form that Japan and Korea do not also write carries no
 * Korean or Japanese readings. No character here is also in the main table.
 */
export const MORE_HAN_READINGS = `
不 bu pu pat bat poo bul pul fu
见 jian xian chien hsien kin gin
当 dang tang tong dong to tai
當 dang tang tong dong to
入 ru ju yap jap ip nyu iri iru riri
可 ke ko ho hor ga ka koku yoshi
第 di ti tai dai je che tei
無 wu mo mou mu moo bu
无 wu mo mou mu moo bu nashi nai
教 jiao chiao kau gaau gyo kyo nori hisa
女 nu nui neui neoi nyeo nyo yeo yo jo onna me ona tsuki
応 ying yo no masani taka masa
活 huo wut woot hwal katsu
選 xuan hsuan suen sun shuen syun seon son sen
选 xuan hsuan suen sun shuen syun
書 shu sue su shue syu seo so sho gaki kaki
书 shu sue su shue syu
午 wu ng o go uma
畫 hua wak waak ga kaku kai
老 lao lo lou no ro ebi oi
聲 sheng sing shing seong song sung sei sho koe kowa goe gowa
声 sheng sing shing sei sho koe kowa goe gowa
団 tuan dan ton katamari maru
参 can cen shen tsan tsen cham tsam caam san shin mai majiwaru mitsu
參 can cen shen tsan tsen cham tsam caam sam san shin majiwaru mitsu
校 xiao jiao hsiao chiao hau haau gyo kyo ko men
命 ming myeong myong myung mei myo inochi
勢 shi shih sai shai se sei zei ikio hazumi
势 shi shih sai shai
乾 qian gan chien kan kin geon kon kun ken inui
幹 gan kan miki tsuyoshi masa moto eda kuru takashi tsune tomo motoki yoshi
備 bei pei pee bi pi bin
备 bei pei pee
杯 bei pei pui pooi bui bae pae hai sakazuki
盃 bei pei pui pooi bui bae pae hai sakazuki
観 guan kuan kan
級 ji chi kap geup kup keup kyu shina
级 ji chi kap
職 zhi chih chik tsik zik jik shoku soku moto
职 zhi chih chik tsik zik
護 hu wu woo ho go mori
护 hu wu woo
極 ji chi kik gik geuk kuk keuk kyoku goku
极 ji chi kik gik
细 xi hsi sai shai
客 ke ko hak haak gaek kaek kyaku kaku
復 fu fuk fook bok pok bu pu poo fuku mata
复 fu fuk fook
複 fu fuk fook bok pok fuku
育 yu yo yuk yook juk iku yasu
毓 yu yuk yook juk iku
税 shui sui seui seoi zei sai
稅 shui sui seui seoi se
独 du tu tuk took duk doku toku doitsu
獨 du tu tuk took duk dok tok doku toku
覚 jue jiao chueh chiao kaku
覺 jue jiao chueh chiao kok gok gak kak kaku gaku
觉 jue jiao chueh chiao kok gok
週 zhou chou chau chow tsau zau ju chu joo choo shu
熱 re je yit jit yeol yol yul netsu atsu ata
热 re je yit jit
帯 dai tai obi tate
帶 dai tai daai dae tae obi
带 dai tai daai
乗 cheng sheng jo sho nori
檢 jian chien kim gim geom kom kum ken
检 jian chien kim gim
検 jian chien ken
労 lao ro negira
至 zhi chih chi tsz zi ji shi nobu nori michi yoshi
專 zhuan chuan chuen chun tsuen zyun jeon chon jon jun sen
专 zhuan chuan chuen chun tsuen zyun
専 zhuan chuan sen
働 dong tung dung do
哈 ha hah haa hap go so
裏 li lui leui leoi ri lee i ura
響 xiang hsiang heung heong hoeng hyang kyo
响 xiang hsiang heung heong hoeng
辦 ban pan baan
办 ban pan baan
験 yan yen ken gen akashi shirushi tameshi
驗 yan yen yim jim heom hom hum ken gen akashi shirushi tameshi
验 yan yen yim jim
令 ling ryeong ryong ryung lyeong yeong yong yung young rei nori
味 wei mei mee mi aji
哥 ge ko kor go ga ka ani uta
警 jing ching king ging gyeong kyong kyung kei
遊 you yu yau yow jau yoo asu
限 xian hsien han haan gen
効 xiao hsiao hyo ko kikime
氏 shi zhi shih chih sze si ssi uji
監 jian chien kam gaam gam kan ken
监 jian chien kam gaam
肯 ken hang geung kung keung ko
烧 shao siu shiu
針 zhen chen cham chum tsam zam chim shin hari bari
针 zhen chen cham chum tsam zam
饭 fan faan
笔 bi pi pat bat
型 xing hsing ying jing hyeong hyong hyung kei kata gata
唱 chang cheung cheong tseung coeng sho
裁 cai tsai choi choy tsoi coi jae chae sai
牙 ya nga ngah ngaa a ga ge kiba ha
洞 dong tong tung dung do hora bora
座 zuo tso cho chor zo jwa chwa za
賞 shang seung seong sheung soeng sang sho
赏 shang seung seong sheung soeng
誌 zhi chih chi tsz zi ji shi
亜 ya a tsugi tsugu
浄 jing ching jo sei kiyo
頼 lai roe roi loe noe noi rai yochi yori
顔 yan yen an gan kao gao
末 mo me mut moot mal matsu batsu sue ura ure zue
銭 qian chien sen zen zeni suki zuki
依 yi i yee ji ui yori
鶏 ji chi kei niwatori tori dori
雞 ji chi kai gai gye kye
鸡 ji chi kai gai
旅 lu lui leui leoi ryeo ryo lyeo yeo yo tabi
勤 qin chin kan kun geun keun kin gon
卡 ka qia chia kah kaa jap chap
扇 shan sin shin seon son sun sen ogi
伴 ban pan pun poon bun han tomo
份 fen fan fun bin pin
雜 za tsa chap tsap zaap jap zatsu zo sai
杂 za tsa chap tsap zaap
雑 za tsa zatsu zo
劇 ju chu kek geuk kuk keuk geki
剧 ju chu kek
娃 wa wah waa wae ai utsuku
査 zha cha sa
氷 bing ping hyo kori hi sui gori
菓 guo kuo kwo kwor gwo gwa kwa ka
幼 you yu yau yow jau yoo yo osana ubu waka
儀 yi i yee ji ui gi nori yoshi
仪 yi i yee ji
夢 meng mung mong mu bo yume kura
梦 meng mung mu bo yume kura
蜜 mi mat mil mitsu bitsu
豆 dou tou tau tow dau du tu too to zu mame
牌 pai paai pae hai fuda
股 gu ku koo go ko mata momo
播 bo po por pa ha ban han hari
控 kong kung hung gong ko
釣 diao tiao tiu diu jo cho tsuri
钓 diao tiao tiu diu
禾 he ho wo wor hwa ka ine
壮 zhuang chuang chong tsong zong jang chang so sakan tsuyoshi
壯 zhuang chuang chong tsong zong jang chang so sakan takeshi
餐 can tsan chan caan san son
仕 shi shih sze si sa ji
綱 gang kang kong gong ko tsuna zuna
纲 gang kang kong gong
怜 lian lien lin ryeong ryong ryung lyeong yeong yong yung young rei ren ryo sato satoshi
譯 yi i yik jik yeok yok yuk yaku wake
译 yi i yik jik
訳 yi i yaku wake
玻 bo po por pa ha
刊 kan hon gan
旗 qi chi kei kee gi ki hata bata
賽 sai choi choy tsoi coi sae
赛 sai choi choy tsoi coi
舎 she sha seki tori
舍 she se sa seki sha tone
姆 mu mo mou bo uba
摩 mo ma mor
附 fu foo bu pu poo zuki zuke
殼 ke ko hok gak kak kaku koku bai kara gara
壳 ke qiao ko chiao hok
殻 ke ko kaku koku bai kara gara
忍 ren jen yan yun jan in nin oshi
勉 mian mien min myeon myon myun ben hiko yatsu
冶 ye yeh je ya
畜 chu xu hsu chuk chook tsuk cuk chiku
繪 hui kui kooi hoe hoi kai
绘 hui kui kooi
享 xiang hsiang heung heong hoeng hyang kyo ko taka takashi toru michi
驛 yi i yik jik yeok yok yuk eki
驿 yi i yik jik
駅 yi i eki
募 mu mo mou bo
凡 fan faan beom pom pum bon han nami hiro mina
貫 guan kuan kwun kun koon gun gwan kwan kan nuki tsura nuku
贯 guan kuan kwun kun koon gun
蝴 hu wu woo ho ko
鎖 suo so sor sho swae sa kusari
锁 suo so sor sho
讃 zan tsan chan san sanu
裳 shang chang seung seong sheung soeng sang sho mo mosuso
蓄 xu hsu chuk chook tsuk cuk chiku
租 zu tsu cho chou tso zou jo so
濃 nong nung no
浓 nong nung
棋 qi chi kei kee gi ki go
諾 nuo no nok nak rak lak daku
诺 nuo no nok
塞 sai se sak shak sae saek soku toride
吐 tu to tou
佩 pei pui pooi pae hai obidama
匠 jiang chiang cheung cheong tseung zoeng jang chang sho takumi
帕 pa pak paak mal
励 li lai rei
勵 li lai ryeo ryo lyeo yeo yo rei
鍋 guo kuo wo wor gwa kwa ka nabe
锅 guo kuo wo wor
戲 xi hu hsi hei hee gi ge
戏 xi hu hsi hei hee
戯 xi hu hsi gi ge
梯 ti tai je che tei hashigo dai
恋 lian lien luen lun lyun ren koi goi
戀 lian lien luen lun lyun ryeon ryon ryun lyeon yeon yon yun ren koi goi
貸 dai tai taai dae tae kashi gashi
贷 dai tai taai
瓦 wa nga ngah ngaa ga kawara guramu
弗 fu fat bul pul futsu hochi doru zu
紐 niu nau now nyu nyoo yu yoo chu ju himo bimo
纽 niu nau now
亦 yi i yik jik yeok yok yuk eki yaku mata
畅 chang cheung cheong tseung coeng
俵 biao piao piu biu pyo hyo tawara
幣 bi pi pai bai pye hei nusa shide
币 bi pi pai bai
埃 ai oi oy ae hokori chiri jiri
緣 yuan yuen yun jyun yeon yon en fuchi heri yoru buchi beri
奔 ben pen pan pun ban bun poon hon
覽 lan lam laam ram nam ran
览 lan lam laam
覧 lan ran
鑑 jian chien gam kam kan kagami aki akira
鑒 jian chien kam gaam gam kan kagami
鉴 jian chien kam gaam
罐 guan kuan kwun kun koon gun gwan kwan kan kama gama
缶 fou fau fow bu pu poo kan kama gama
葡 pu po pou bu ho
萄 tao to tou do
廚 chu chue tsu cyu ju joo choo shu zu kuriya
厨 chu chue tsu cyu shu zu kuriya
净 jing ching tsing zing
衫 shan sam sham saam san
賃 lin yam yum jam im chin suke
赁 lin yam yum jam
攝 she sip ship seop sop sup setsu sho
摄 she sip ship
摂 she setsu sho
凍 dong tung dung tong to kori
冻 dong tung dung
磨 mo mor ma osamu
樸 pu pok bak pak boku haku hoku kohada kiji
漫 man maan
眉 mei mee mi bi mayu
宴 yan yen yin jin yeon yon yun en utage uta yasu
祈 qi chi kei kee gi ki nori rei
拖 tuo to tor ta
爐 lu lo lou no ro irori
炉 lu lo lou ro irori
堡 bao bu pu pao po pou bou bo ho toride
飼 si ssu chi tsz zi sa shi kai
饲 si ssu chi tsz zi
駕 jia chia ka kah gaa ga kago shinogu noru
驾 jia chia ka kah gaa
詢 xun hsun sun seun shun seon soon jun makoto
询 xun hsun sun seun shun seon
湧 yong chong yung chung yu yo waki waku
遂 sui seui shui seoi su soo
耶 ye yeh je ya ja ka
曼 man maan ban naga
侍 shi shih sze si ji samurai kami
苍 cang tsang chong tsong cong
磁 ci tzu chi tsz ja cha ji
稀 xi hsi hei hee hui ki ke mare mabara
雕 diao tiao tiu diu jo cho washi
丑 chou chau chow tsau cau chuk chook chu ushi hiro
舗 pu ho
鍵 jian chien kin gin geon kon kun ken kagi
键 jian chien kin gin
旦 dan tan daan akira tadashi asa ashita
脇 xie hsieh hip hyeop hyop hyup kyo waki wake
馳 chi chih tsz ci ji
驰 chi chih tsz ci
誼 yi i yee ji ui gi yoshimi yoi
谊 yi i yee ji
寓 yu yue jyu u woo gu do
娛 yu yue jyu o
娱 yu yue jyu
邸 di ti tai dai jeo cho jo tei yashiki mura
塢 wu woo o
坞 wu woo
磚 zhuan chuan chuen chun tsuen zyun jeon chon jon jun sen kawara
砖 zhuan chuan chuen chun tsuen zyun
咖 ka ga kah gaa
啡 fei fe
淘 tao to tou do
俄 e o ngo ngor a ga niwaka
纖 xian hsien chim tsim cim seom som sum sen
纤 xian qian hsien chien chim tsim cim
繊 xian hsien sen
漿 jiang chiang cheung cheong tseung zoeng jang chang sho konzu
浆 jiang chiang cheung cheong tseung zoeng
贏 ying jing yeong yong yung young ei amari
赢 ying jing
艙 cang tsang chong tsong cong chang so
舱 cang tsang chong tsong cong
俱 ju chu kui keui keoi gu ku koo tomoni
昂 ang ngong ko go taka aki akira takashi noboru
笛 di ti tek dek jeok chok jok juk chuk teki fue bue
禪 chan shan sim shim seon son sun zen sen shizuka
禅 chan shan sim shim zen sen shizuka
悉 xi hsi sik shik sil shil shitsu shichi kotogoto
晄 huang hwang ko akiraka
椛 hua wa wah waa kaba momiji
鯛 diao tiao tiu diu jo cho tai dai
鲷 diao tiao tiu diu
鴨 ya ap aap kamo ahiru gamo
鸭 ya ap aap
兎 tu to tsu usagi
兔 tu to tou tsu usagi
葦 wei wai wi ashi yoshi
苇 wei wai
汐 xi hsi chik tsik zik seok sok suk seki shio ushio sei iso jio zei
洵 xun hsun sun seun shun seon soon jun
渚 zhu chu chue tsu zyu jeo cho jo sho nagisa nagi
荻 di ti tik dik jeok chok jok juk chuk teki ogi
荘 zhuang chuang so sho chan hoki boki
汀 ting jeong chong jong jung chung tei migiwa nagisa
绫 ling
叡 rui jui ye ei
螺 luo lo lor na ra la nishi nina
菫 jin chin kan kun gan geun keun kin sumire
芹 qin chin kan kun geun keun kin seri sei yoshi zeri
蕉 jiao qiao chiao chiu tsiu ziu cho sho
鸠 jiu chiu kau kow gau
橙 cheng chen chang tsang caang deung tung teung to daidai
鷺 lu lo lou no ro sagi
鹭 lu lo lou
鮎 nian nien nim jeom chom jom jum chum den nen ayu namazu ai
鲇 nian nien nim
檀 tan taan dan mayumi
彥 yan yen yin jin eon on un
蝦 xia ha hsia hah haa ka ge ebi emi
虾 xia ha hsia hah haa
菖 chang cheung cheong tseung coeng sho
槻 gui kuei kwai gyu kyu kyoo ki tsuki zuki
鳶 yuan yuen yun jyun yeon yon en tobi tonbi
鸢 yuan yuen yun jyun
蟹 xie hsieh hai haai hae kai kani gani
珀 po pak paak bak baek paek haku
蟬 chan sim shim seon son sun sen zen semi zemi
蝉 chan sim shim sen zen semi zemi
玖 jiu chiu kau kow gau gu ku koo kyu tama hisa
柚 you yu yau yow jau yoo jiku yuzu
鋳 zhu chu shu
鑄 zhu chu chue tsu zyu ju joo choo shu
蕗 lu lo lou ro no ru fuki buki
閏 run jun yun yeun jeon yoon uru
闰 run jun yun yeun jeon
巖 yan yen ngam ngaam am gan iwa iwao kewa yoshi
瑚 hu wu woo ho ko go
衞 wei wai wi ei mamori mamoru
鹫 jiu chiu chau chow tsau zau
绚 xuan hsuan huen hun hyun
樫 jian chien kin gin kashi gashi
茉 mo mut moot mal matsu batsu ma
凰 huang wong hwang ko otori
芙 fu foo bu pu poo hasu
蔓 man wan maan ban tsuru zuru
洸 guang kuang kwong gwong gwang kwang ko hiro hiroshi takeshi hikari
鷗 ou au ow gu ku koo kamome
鸥 ou au ow
楢 you yu yau yow jau yoo shu nara
椰 ye yeh je ya yashi
琥 hu fu foo ho ko
橘 ju chu kwat gwat gyul kyul kitsu tachibana
轟 hong hung kwang gwang goeng koeng go ko
轰 hong hung kwang gwang
坦 tan taan taira yasu
萊 lai loi loy rae lae nae rai ri akaza arewa kogai
莱 lai loi loy rai ri akaza awachi kogai
亘 gen ken kang gang geung kung keung seon son sun ko kan sen nobu toru wataru hisashi
亙 gen ken kang gang geung kung keung ko kan nobu
惣 zong tsung chung zung so osamu ashimu fusa michi
雫 na da shizuku
絆 ban pan pun poon bun han kizuna
绊 ban pan pun poon bun
粟 su suk sook shuk sok zoku shoku soku awa momi
甫 fu foo bo po ho hajime toshi nami suke yoshi
塙 que chueh kok kaku ko hanawa kata hana
冴 hu go ko sae saeru
俐 li lei lee ri i kashiko
魁 kui kuei fui fooi goe koe koi kai sakigake kashira
迦 jia chia ka kah gaa ga ke
朔 shuo sok shok sak saku tsuitachi tachi
冨 fu foo tomi domi
伶 ling ryeong ryong ryung lyeong yeong yong yung young rei ryo wazaogi
巷 xiang hang hsiang hong ko chimata
琢 zuo zhuo tso cho teuk teok doek tak taku aya taka
輿 yu yue jyu yeo yo kago koshi goshi
舆 yu yue jyu
卯 mao mau maau myo bo mo akira shigeru
毬 qiu chiu kau kow gu ku koo kyu iga mari
磐 pan pun poon ban han iwa iwao
穣 rang jang jo wara yutaka shige minoru
邑 yi i yap jap eup up yu mura kuni sato
酉 you yu yau yow jau yoo tori naga minoru dori
芭 ba pa pah baa ha
斐 fei fee bi pi hi aya
伽 jia ga qie chia ka chieh kah gaa kya gya togi
壬 ren jen yam yum jam im nin jin mizunoe
栖 qi xi chi hsi chai tsai cai seo so sei sumi
棲 qi chi chai tsai cai seo so sei zumi
庵 an am um iori io ihori
菴 an am um iori io
幡 fan faan beon pon pun man han ban hon hata wata bata
菩 pu po pou bo
圃 pu po pou ho fu hatake niwa
峨 e o ngo ngor a ga kewa
倭 wo wai wae wa yamato masa yasu
馴 xun hsun sun seun shun seon soon jun kun
驯 xun hsun sun seun shun seon
佃 dian tian tien tin din jeon chon jon jun chun ten den tsukuda
亥 hai hoi hoy hae gai kai
芥 jie gai chieh kai gaai gae kae ke karashi gomi akuta
雛 chu cho chor tso co choo su ju hina hiyoko bina
雏 chu cho chor tso co
俣 yu yue jyu o mata bata
犀 xi hsi sai shai seo so sei
蕃 fan bo po faan beon pon pun ban han shige shigeru
皐 gao kao go ko satsuki takashi
皋 gao kao ko kou gou go satsuki
偲 cai si tsai ssu sze shi sai
戊 wu mo mou mu moo bo tsuchinoe
郞 lang nang rang ro otoko
琶 pa pah paa ha be wa
尭 yao gyo taka takashi nori aki
琵 pi pei pee bi hi
渥 wo ak aku atsu atsushi
諏 zou tsou chau chow tsau zau chu choo shu su so
诹 zou tsou chau chow tsau zau
蕨 jue chueh kuet kut kyut gwol kwol ketsu warabi
蓑 suo so sor sho sa sai mino
榛 zhen chen chun cheun tsun zeon jin chin shin han hashibami hari hai haru bari
槌 chui cheui tsui ceoi toe toi tsuchi zuchi
硯 yan yen yin jin yeon yon yun ken gen suzuri
砚 yan yen yin jin
櫛 zhi chih chit tsit zit jeul chul jul shitsu kushi gushi
栉 zhi chih chit tsit zit
滉 huang fong hwang ko hiro
毘 pi pei pee bi hi
禰 mi ni nei nee i ne dei nai
祢 mi ni nei nee i ne dei nai
梛 nuo no na nah naa da nagi
槇 dian tien jeon chon jon jun chun jin chin ten shin maki kozue
櫂 zhao chao chau tsau zaau do to taku kai kaji gai
柊 zhong chung tung dung jong chong shu hiiragi
柾 jiu chiu kau kow gau jeong chong jong jung chung masa masame masaki
楯 dun shun tun sun seun seon soon jun tate date
埜 ye yeh je ya sho no
廻 hui wui wooi hoe hoi kai zako jaku
疋 pi ya pat pil hiki sho so hitsu ashi
彗 hui wai se hye sui kei sei hoki toshi boki
祇 qi zhi chi chih kei kee gi ki shi tada masani
蔦 niao niu jo cho tsuta tatsu zuta
茑 niao niu
杵 chu chue tsu cyu jeo cho jo sho so kine gine
茸 rong jung yung yong jo nyu kinoko take dake
惺 xing hsing sing shing seong song sung sei
眸 mou mau mow mo bo mu hitomi
宕 dang tang tong dong to sugiru
穹 qiong chiung kung gung koong kyu kyo ame sora zora
緋 fei fee bi pi hi ake aka
绯 fei fee
鵜 ti tai tei dai
鹈 ti tai
碓 dui tui teui deoi dae tae kaku tai usu
笈 ji chi kap geup kup keup kyu oi
瓢 piao piu pyo hyo hisago fukube
漕 cao tsao cho chou tso cou jo so
嵯 cuo tso cho chor co cha sa shi
漣 lian lien lin ryeon ryon ryun lyeon yeon yon yun ren ran sazanami
涟 lian lien lin
巽 xun hsun sun seun shun seon son tatsumi
椋 liang leung leong loeng ryang lyang yang ryo muku gura
醍 ti tai je che dai tei
袴 ku fu foo go ko hakama zubon
鍬 qiao chiao chiu tsiu ciu cho sho shu kuwa suki guwa zuki
锹 qiao chiao chiu tsiu ciu
砥 di ti tai dai ji chi shi tei kii to toishi
笹 ti sai shai se sasa saki shino jine zasa
柑 gan kan kam kum gam kon
砦 zhai chai tsai zaai chae sai toride
稜 leng ling neung nung reung rung leung ryo ro itsu kado
驍 xiao hsiao hiu hyo gyo kyo takeshi tsuyo isa isamu suguru
骁 xiao hsiao hiu
蒔 shi shih sze si ji mai maka maki
莳 shi shih sze si
隈 wei wui wooi wai kuma sumi guma zumi
桔 ju jie chu chieh kat gat gil kil kitsu ketsu
脩 xiu hsiu sau sow shau su soo shu naga hojishi osamu osa nobu haru
宥 you yu yau yow jau yoo
埴 zhi chih chik tsik zik sik shik shoku hani hena bani bena
徠 lai loi loy rae lae nae rai
徕 lai loi loy
銑 xi hsi sin shin seon son sun sen
铣 xi xian hsi hsien sin shin
葺 qi chi chap tsap cap jeup chup jup shu ashi fuki buki
縞 gao kao ko kou gou ho shima shiroginu jima
缟 gao kao ko kou gou
穰 rang jang yeung yeong joeng yang jo wara yutaka minoru
栞 kan hon gan shiori
崚 leng ling ryo
辿 chan chin tsin cin cheon chon chun ten tadori
瑳 cuo tso cho chor co cha sa
澪 ling ryeong ryong ryung lyeong yeong yong yung young rei mio
綸 lun guan kuan leun leon ryun ryoon lyun yun yoon rin kan ito
纶 lun guan kuan leun leon
杷 pa pah paa ha tsuka zuka
竣 jun chun cheun tsun zeon joon choon do shun warawa warabe
羚 ling ryeong ryong ryung lyeong yeong yong yung young rei ryo kamoshika
笙 sheng sang shang saeng sho so fue bue
柘 zhe che tse ze ja cha sha jaku so tsuge yamaguwa
燎 liao liu ryo lyo yo kagaribi
苺 mei mae bai mai ichigo
莓 mei mui mooi mae bai mai ichigo
衿 jin chin kam kum geum keum kin kon eri
侑 you yu yau yow jau yoo atsumu susumu yuki
蕎 qiao chiao kiu gyo kyo soba
荞 qiao chiao kiu
珈 jia chia ka kah gaa ga
枇 pi pei pee bi hi
昴 mao mau maau myo ko bo subaru
醐 hu wu woo ho go ko
檎 qin chin kam kum geum keum kin gon go
薗 yuan yuen yun jyun won en on zono
釉 you yu yau yow jau yoo
饗 xiang hsiang heung heong hoeng hyang kyo ai ae
飨 xiang hsiang heung heong hoeng
鞘 qiao shao chiao chiu tsiu ciu cho sho so saya zaya
苔 tai toi toy tae koke kokera goke
侃 kan hon gan tsuyo akira tadashi
錘 chui cheui tsui ceoi chu choo sui tsumu omori zumu
锤 chui cheui tsui ceoi
沓 da ta tap daap dap to kutsu gutsu
濡 ru ju yu yue jyu yoo nyu uruo
袈 jia chia ka kah gaa ga ke
裟 sha sa sah saa
櫓 lu lo lou no ro yagura odate
橹 lu lo lou
鎧 kai hoi hoy gae kae gai yoroi
铠 kai hoi hoy
箔 bo po pok bok bak pak haku sudare
賑 zhen chen chan chun tsan zan jin chin shin
赈 zhen chen chan chun tsan zan
豬 zhu chu chue tsu zyu cho inoshishi
鰯 ruo jo yeuk yeok joek iwashi
駈 qu chu ku
鹰 ying jing
龟 gui jun qiu kuei chun chiu kwai gwai
鲸 jing ching king
鵑 juan chuan kuen kun gyun gyeon kyon kyun ken
鹃 juan chuan kuen kun gyun
鶯 ying ang aeng uguisu
莺 ying ang
鴿 ge ko kap gap hato dobato bato
鸽 ge ko kap gap
鵝 e o ngo ngor a ga
鹅 e o ngo ngor
雉 zhi chih chi tsz zi ji kiji
鸞 luan luen lun lyun nan ran lan
鸾 luan luen lun lyun
鵲 que chueh cheuk cheok tseuk zoek jak chak shaku jaku kasasagi
鹊 que chueh cheuk cheok tseuk coek
鸚 ying jing aeng in yo
鹦 ying jing
鵡 wu mo mou mu moo bu
鹉 wu mo mou
鷂 yao yiu jiu yo haitaka
鹞 yao yiu jiu
梟 xiao hsiao hiu hyo kyo fukuro
枭 xiao hsiao hiu
鴛 yuan yuen yun jyun won en on oshi oshidori
鸳 yuan yuen yun jyun
鴦 yang yeung yeong joeng ang
鸯 yang yeung yeong joeng
蜂 feng fung bong pong ho hachi bachi
螢 ying jing hyeong hyong hyung kei hotaru
萤 ying jing
蛍 ying kei hotaru
蠶 can tsan cham tsam caam jam san ten kaiko ko
蚕 can tsan cham tsam caam san ten kaiko ko
狼 lang long nang rang ro okami
狐 hu wu woo ho ko kitsune
驥 ji chi kei kee gi ki
骥 ji chi kei kee
騏 qi chi kei kee gi ki
骐 qi chi kei kee
驊 hua wa wah waa hwa
骅 hua wa wah waa
驤 xiang hsiang seung seong sheung soeng yang jo sho
骧 xiang hsiang seung seong sheung soeng
豚 tun tuen tyun don ton buta
犬 quan chuan huen hun hyun gyeon kyon kyun ken inu
猿 yuan yuen yun jyun won en saru sawa zaru mashi
猴 hou hau how hu hoo ko saru zaru
鯊 sha sa sah saa same haze zame
鲨 sha sa sah saa
鰐 e o ngok ak gaku wani
鳄 e o ngok
蛟 jiao chiao kau gaau gyo kyo ko mizuchi
蟠 pan pun poon ban han
螭 chi chih tsz ci ri li lee i
貂 diao tiao tiu diu cho ten den
鼠 shu sue su shue syu seo so sho nezumi nezu
蛇 she yi i se sa ja da ya hebi abu
鱒 zun tsun chuen chun tsuen zyun jun joon choon son sen zan masu
鳟 zun tsun chuen chun tsuen zyun
鮭 gui kuei kwai gwai hae kai kei sake shake fugu zake jake
鲑 gui xie kuei hsieh kwai gwai
鯖 qing ching tsing cing cheong chong chung sei sho saba
鲭 qing zheng ching cheng tsing cing
鰻 man maan ban unagi
鳗 man maan
欅 ju chu kui keui geoi kyo keyaki
棕 zong tsung chung zung jong chong shu so
櫚 lu lui leui leoi ryeo ryo lyeo yeo yo ro
榈 lu lui leui leoi
楡 yu yue jyu yoo nire
桦 hua wa wah waa
棠 tang tong dang to yamanashi
薔 qiang chiang cheung cheong tseung coeng jang chang ba sho shoku so mizutade
蔷 qiang chiang cheung cheong tseung coeng
薫 xun hsun hun hoon kun kaori kaoru kaho kahoru kuni shige niho nobu yoshi
楸 qiu chiu chau chow tsau cau chu choo shu kisasage hisagi
蕙 hui wai hye
茗 ming meng myeong myong myung myo mei cha
蓁 zhen chen chun cheun tsun zeon jin chin shin
菁 jing ching tsing zing cheong chong chung sei sho
蘋 ping pin pan pun bin hin ukikusa
苹 ping pyeong pyong pyung hei byo ho
岬 jia chia kap gaap gap ko misaki saki
岚 lan lam laam
巒 luan luen lun lyun man ran mine
峦 luan luen lun lyun
嶠 jiao qiao chiao kiu giu gyo kyo
峤 jiao qiao chiao kiu giu
岗 gang kang kong gong
冈 gang kang kong gong
穀 gu ku kuk kook guk gok kok koku take
渓 xi hsi kei tani tanigawa dani
澗 jian chien kan gaan gan ken tani tanimizu dani
涧 jian chien kan gaan
凑 cou tsou chau chow tsau cau ju chu joo choo
瀛 ying jing yeong yong yung young ei umi
溟 ming myeong myong myung mei umi kura
渦 wo guo kuo wor wa ka uzu
涡 wo guo kuo wor
瀑 pu bao pao puk pook buk pok baku haku ho bo hoku boku taki daki
澱 dian tien tin din jeon chon jon jun chun den ten ori
淩 ling
溥 pu po pou bo bu poo fu haku amaneshi
沅 yuan yuen yun jyun won
漓 li lei lee ri i usu
灕 li lei lee ri i
漪 yi i yee ji ui
雾 wu mo mou
曜 yao yiu jiu yo teru
阴 yin yam yum jam
砂 sha sa sah saa suna isa zuna
礫 li lik ryeok ryok ryuk lyeok yeok yok yuk reki tsubute koishi
砾 li lik
琅 lang long rang nang ro
瑪 ma mah maa me ba
玛 ma mah maa
瑙 nao no nou
瓏 long lung rong nong ro
珑 long lung
瑾 jin chin kan kun gan geun keun kin
璞 pu pok bak pak haku aratama
瑰 gui kuei kwai gwai goe koe koi kai tama mezura dama
鎳 nie nieh nip
镍 nie nieh nip
鋅 xin hsin san sun shan
锌 xin hsin san sun shan
鈦 tai taai tae
钛 tai taai
鉑 bo po pok bok bak pak
铂 bo po pok bok
鎢 wu woo
钨 wu woo
鉻 ge ko kok gok
铬 ge ko kok gok
錳 meng mang maang
锰 meng mang maang
鈷 gu ku koo go ko
钴 gu ku koo
鉬 mu muk mook
钼 mu muk mook
釩 fan faan beom pom pum
钒 fan faan
鑽 zuan tsuan chuen chun tsuen zyun chan san
钻 zuan tsuan chuen chun tsuen zyun
鉅 ju chu kui keui geoi geo ko kyo hagane
钜 ju chu kui keui geoi
铸 zhu chu chue tsu zyu
鍛 duan tuan tuen tun dyun dan tan
锻 duan tuan tuen tun dyun
铃 ling
錠 ding ting jeong chong jong jung chung jo
锭 ding ting
鍊 lian lien lin ryeon ryon ryun lyeon yeon yon yun ren neru
錬 lian lien lin ren
煉 lian lien lin ryeon ryon ryun lyeon yeon yon yun ren
炼 lian lien lin
漆 qi chi chat tsat cat chil shitsu urushi uru
釀 niang yeung yeong joeng yang jo
酿 niang yeung yeong joeng
糖 tang tong dang to
績 ji chi chik tsik zik jeok chok jok juk chuk seki
绩 ji chi chik tsik zik
绢 juan chuan kuen kun gyun
瓷 ci tzu chi tsz ja cha shi kame game
窑 yao yiu jiu
艦 jian chien lam laam ham kan
舰 jian chien lam laam
販 fan faan pan han
贩 fan faan
究 jiu chiu kau kow gau gu ku koo kyu
厰 chang chong tsong cong sho
署 shu chu chue tsu cyu seo so sho
処 chu cheo cho sho tokoro ko
號 hao ho hou ko yobina
号 hao ho hou go yobina
棧 zhan chan tsan zaan jan san sen kakehashi
栈 zhan chan tsan zaan
桟 zhan chan san sen kakehashi
閣 ge ko kok gok gak kak kaku
亭 ting jeong chong jong jung chung tei chin
斋 zhai chai tsai zaai
銷 xiao hsiao siu shiu so sho
销 xiao hsiao siu shiu
售 shou sau sow shau su soo shu
購 gou kou kau kow gau gu ku koo ko
购 gou kou kau kow gau
批 pi pai bi hi
済 ji chi je che sai sei zumi watashi sumu nari wataru
讬 tuo to
債 zhai chai tsai zaai chae sai
债 zhai chai tsai zaai
構 gou kou kau kow gu ku koo ko tochi
构 gou kou kau kow
測 ce tse chak tsak cak cheuk chuk soku
测 ce tse chak tsak cak
规 gui kuei kwai
劃 hua huai wak waak hoek kaku
划 hua huai wa wah waa
潢 huang wong hwang
繕 shan sin shin seon son sun zen
缮 shan sin shin
飾 shi shih sik shik shoku shika
饰 shi shih sik shik
採 cai tsai choi choy tsoi coi chae sai
掘 jue chueh kwat gwat gul kul kutsu bori
肥 fei fee bi pi hi koe koi hie goe
療 liao liu ryo lyo yo
疗 liao liu
輛 liang leung leong loeng ryang lyang yang ryo
辆 liang leung leong loeng
隧 sui seui shui seoi su soo tsui michi
遞 di ti tai dai che tei tagaini
递 di ti tai dai
逓 di ti tei tagaini
传 chuan zhuan chuen chun tsuen cyun
絡 luo lao lo lok rak lak nak raku
络 luo lao lo lok
硬 ying ngang ngaang gyeong kyong kyung ko kata
據 ju chu kui keui geoi geo ko kyo
据 ju chu kui keui geoi geo ko kyo
拠 ju chu kyo ko
醬 jiang chiang cheung cheong tseung zoeng jang chang sho hishio
酱 jiang chiang cheung cheong tseung zoeng
醋 cu tsu cho chou tso cou saku su
酢 cu zuo tsu tso chok tsok zok cho saku su
麵 mian mien min myeon myon myun
面 mian mien min myeon myon myun men ben omo omote tsura zura hotsuki
麺 mian mien men ben mugiko
糕 gao kao ko kou gou go
餅 bing ping peng beng hei hyo mochi mochii
饼 bing ping peng beng
乳 ru ju yu yue jyu yoo nyu chichi chi jichi
奶 nai naai nae
肉 rou jou yuk yook juk niku shishi jishi
蛋 dan tan daan
蔬 shu so sor sho aomono
纱 sha sa sah saa
線 xian hsien sin shin seon son sun sen suji
线 xian hsien sin shin
鞋 xie hsieh hai haai hye ai kai waraji kutsu gutsu
帽 mao mo mou bo zukin
袋 dai tai toi toy doi dae tae fukuro tei nai buku
箱 xiang hsiang seung seong sheung soeng sang so hako bako
刷 shua chat tsat caat swae satsu zuri
媒 mei mui mooi mae bai nakodo
告 gao kao ko kou gou go koku
礎 chu cho chor tso co so ishizue moto
础 chu cho chor tso co
板 ban pan baan han ita
闆 ban pan baan
纜 lan lam laam ram nam ran tomozuna
缆 lan lam laam
閥 fa fat beol pol pul batsu
阀 fa fat
泵 beng peng pam pum bam
軸 zhou chou chuk chook tsuk zuk jiku
轴 zhou chou chuk chook tsuk zuk
齒 chi chih tsz ci shi yowai ha yowa
齿 chi chih tsz ci
歯 chi chih shi yowai ha yowa
祺 qi chi kei kee gi ki saiwa yasu
诚 cheng sing shing
妙 miao miu myo byo tae dae
歓 huan kan
愉 yu yue jyu yoo tano
艶 yan yen yeom yom yum en tsuya moro yoshi zuya
嫣 yan yen yin jin eon on un en
姣 jiao chiao kau gaau gyo kyo
婕 jie chieh chit tsit zit
姍 shan san saan
姗 shan san saan
妮 ni nei nee i
姝 shu sue su shue syu ju chu joo choo
嬋 chan sim shim seon son sun sen
婵 chan sim shim
嫚 man maan
媚 mei mee mi bi kobi
飒 sa sap shap saap
结 jie chieh kit git
优 you yu yau yow jau u woo
旼 min man mun
泫 xuan hsuan yuen yun jyun hyeon hyon hyun
焌 jun qu chun chu cheun tsun zeon joon choon
锺 zhong chung tsung zung
载 zai tsai choi choy tsoi zoi
彻 che chit tsit cit
训 xun hsun fan fun
注 zhu chu chue tsu zyu ju joo choo
垠 yin ngan ngun eun un gin gon kishi saka gishi
訚 yin ngan ngun
侖 lun leun leon ryun ryoon lyun yun yoon rin ron
仑 lun leun leon
崙 lun leun leon ryun ryoon lyun yun yoon ron
予 yu yue jyu yeo yo sha
黔 qian chien kim geom kom kum ken kin kuro
滇 dian tien tin jin chin
渖 shen sam sum sham
崑 kun kwan kwun gon kon
汴 bian pien pin bin
塔 ta da tap taap to
橫 heng wang waang hoeng ko yoko
勒 lei le lak neuk nuk reuk ruk leuk roku kutsuwa
葫 hu wu woo ho ko
绥 sui seui shui seoi
綏 sui seui shui seoi su soo ta yasu
迁 qian chien chin tsin cin
遷 qian chien chin tsin cin cheon chon chun sen
儋 dan tan tam daam dam
坝 ba pa pah baa
壩 ba pa pah baa
孜 zi tzu chi tsz ja cha shi
曲 qu chu kuk kook gok kok kyoku kuma magata guma
渭 wei wai wi
峪 yu yuk yook juk yoku tani dani
掖 ye yeh yik jik aek eki
陇 long lung
隴 long lung rong nong ro ryo oka
嘴 zui tsui chui cheui zeoi chwi shi kuchibashi hashi bashi
傣 dai tai daai
僳 su suk sook shuk
彝 yi i yee ji tsune zune
侗 dong tong tung
畲 she se
畬 she yu yue jyu
羌 qiang chiang keung keong goeng gang kang kyo aa ebisu
舘 guan kuan kwun kun koon gun gwan kwan kan yakata tate tachi date
隅 yu yue jyu u woo gu sumi zumi
淡 dan tan tam daam dam awa
但 dan tan daan taji
騨 tuo to tan dan ta da ten
夷 yi i yee ji ebisu emishi
孤 gu ku koo go ko
尉 wei yu wai wi jo
遲 chi chih tsz ci ji oso
迟 chi chih tsz ci
遅 chi chih oso
轅 yuan yuen yun jyun won en nagae
辕 yuan yuen yun jyun
晧 hao ho hou ko
玹 xuan hsuan yuen yun jyun hyeon hyon hyun
昞 bing ping byeong pyong pyung
晸 zheng cheng ching tsing zing jeong chong jong jung chung
暻 jing ching king ging gyeong kyong kyung
瑨 jin chin chun cheun tsun zeon
瑢 rong jung yung yong
琯 guan kuan kwun kun koon gun gwan kwan
錤 ji chi kei kee gei gi ki
镛 yong yung jung
铉 xuan hsuan yuen yun jyun
銖 zhu chu chue tsu zyu su soo shu
铢 zhu chu chue tsu zyu
镐 gao hao kao ko kou gou
瑀 yu yue jyu u woo
琇 xiu hsiu sau sow shau su soo
珩 hang heng hyeong hyong hyung
瑆 xing hsing sing shing seong song sung
琠 tian tien tin jeon chon jon jun chun
鉦 zheng cheng ching tsing zing jeong chong jong jung chung sei sho kane gane
钲 zheng cheng ching tsing zing
釗 zhao chao chiu tsiu ciu so soe soi
钊 zhao chao chiu tsiu ciu
芊 qian chien chin tsin cin cheon chon chun
琰 yan yen yim jim yeom yom yum
玥 yue yueh yuet yut jyut
妤 yu yue jyu yeo yo
彤 tong tung dong
婧 jing ching tsing zing jeong chong jong jung chung cheong
嫒 ai oi oy
嬡 ai oi oy
熠 yi i yap jap
晗 han ham hum
晞 xi hsi hei hee hui ki
昀 yun wan wun yoon
旸 yang yeung yeong joeng
暘 yang yeung yeong joeng yo
晔 ye yeh yip jip
曄 ye yeh yip jip yeop yop yup yo aki
暄 xuan hsuan huen hun hyun hwon ken atataka
曈 tong tung dong
皎 jiao chiao kau gaau gyo kyo ko kiyo shiro
杞 qi chi kei kee gei gi ki ko
楦 xuan hsuan huen hun hyun
樾 yue yueh yuet yut jyut
峥 zheng cheng chang tsang zang
崢 zheng cheng chang tsang zang jaeng chaeng so
嵘 rong jung wing
嶸 rong jung wing yeong yong yung young
岱 dai tai toi toy doi dae tae
嶙 lin lun leun leon rin in
潇 xiao hsiao siu shiu
瀟 xiao hsiao siu shiu so sho
滢 ying jing
沁 qin chin sam sum sham sim shim shin
浠 xi hsi hei hee
溢 yi i yat jat il itsu
灝 hao ho hou
滔 tao to tou do
淇 qi chi kei kee gi ki
漩 xuan hsuan suen sun shuen syun
鑠 shuo seuk seok sheuk soek sak shaku
铄 shuo seuk seok sheuk soek
鍇 kai kaai
锴 kai kaai
骋 cheng ching tsing cing
騁 cheng ching tsing cing bing ping tei
逍 xiao hsiao siu shiu so sho
霏 fei fee bi pi hi moya
霄 xiao hsiao siu shiu so sho sora zora
雳 li lik
靂 li lik ryeok ryok ryuk lyeok yeok yok yuk reki
霁 ji chi chai tsai zai
霽 ji chi chai tsai zai je che sei sai
璘 lin lun leun leon rin in
舸 ge ko kor go ga ka fune bune
舫 fang fong bang pang ho
桅 wei wai
宸 chen san sun shan sin shin noki
宛 wan yuen yun jyun en ate zutsu
懿 yi i yee ji ui yoi
翱 ao ngo ngou
翊 yi i yik jik ik yoku
翎 ling ryeong ryong ryung lyeong yeong yong yung young
翀 chong chung tsung cung
瑟 se sat shat seul sul shitsu ogoto
箫 xiao hsiao siu shiu
簫 xiao hsiao siu shiu so sho fue bue
赋 fu foo
賦 fu foo bu pu poo uta
缝 feng fung
縫 feng fung bong pong ho nui
纫 ren jen yan yun jan
紉 ren jen yan yun jan
硅 gui kuei kwai gwai gyu kyu kyoo kaku kyaku kei
矽 xi hsi chik tsik zik seok sok suk
碳 tan taan
磷 lin lun leun leon rin in
锂 li lei lee
鋰 li lei lee
镁 mei mee
鎂 mei mee
钾 jia chia kap gaap
鉀 jia chia kap gaap gap
钙 gai kai koi koy
鈣 gai kai koi koy
钠 na nap naap
鈉 na nap naap
寨 zhai chai tsai zaai chae sai toride
嫩 nen nuen nun nyun noon don non waka
叙 xu hsu chui cheui tsui zeoi seo so jo tsuide
敘 xu hsu chui cheui tsui zeoi seo so jo tsuide
柬 jian chien kan gaan gan ken
挝 wo zhua chua cha chah tsa zaa
撾 wo zhua chua cha chah tsa zaa gwa kwa
缅 mian mien min
緬 mian mien min myeon myon myun men ben
甸 dian tien tin din jeon chon jon jun chun den ten kari gari
耳 er erh yi yee ji i mimi gami
腊 la xi hsi lap laap seok sok suk
臘 la lap laap nap rap ro
挪 nuo no nor na
伐 fa fat beol pol pul batsu hatsu ka bochi
匈 xiong hsiung hung hyung hyoong kyo
兹 zi ci tzu chi tsz
茲 zi tzu chi tsz shi ji
汗 han hon kan ase
驳 bo po pok bok
駁 bo po pok bok bak pak haku baku buchi madara
锚 mao nau naau
錨 mao nau naau myo byo ikari
桨 jiang chiang cheung cheong tseung zoeng
槳 jiang chiang cheung cheong tseung zoeng
碇 ding ting jeong chong jong jung chung tei ikari
捞 lao lau laau
撈 lao lau laau ro lo no ryo
散 san shan saan bara chiru
鈾 you yu yau yow jau
铀 you yu yau yow jau
鈽 bu pu po pou bou
钚 bu pu pat bat
鋯 gao kao ko kou gou
锆 gao kao ko kou gou
鈹 pi pei pee
铍 pi pei pee
銻 ti tai
锑 ti tai
鈀 ba pa pah baa
钯 ba pa pah baa
鎵 jia chia ka kah gaa
镓 jia chia ka kah gaa
鍺 zhe che tse ze
锗 zhe che tse ze
銦 yin yan yun jan
铟 yin yan yun jan
鉭 tan taan
钽 tan taan
鈮 ni nei nee
铌 ni nei nee
硒 xi hsi sai shai
碲 di ti tai dai
氫 qing ching hing
氢 qing ching hing
氧 yang yeung yeong joeng
氮 dan tan tam daam
氯 lu luk look
氟 fu fat
硫 liu lau low ryu ryoo lyu yu yoo
銨 an on
铵 an on
鹼 jian chien kan gaan
碱 jian chien kan gaan
酯 zhi chih chi tsz zi
烯 xi hsi hei hee hui
烷 wan yuen yun jyun
苯 ben pen pun poon bun
酚 fen fan fun
胺 an on
醚 mi mai
酮 tong tung
酐 gan kan kon gon
脂 zhi chih chi tsz zi ji shi abura
膜 mo mok mak maku
芯 xin hsin sam sum sham sim shim shin
鏈 lian lien lin ryeon ryon ryun lyeon yeon yon yun ren kusari
链 lian lien lin
算 suan suen sun shuen syun san soro zoro
頻 pin pan pun bin hin
频 pin pan pun
彈 dan tan daan tama dama
弹 dan tan daan
弾 dan tan tama dama
箭 jian chien chin tsin zin jeon chon jon jun chun sen ya
炮 pao bao pau paau po ho
擔 dan tan tam daam dam
担 dan tan tam daam
兌 dui tui teui deoi tae da ei etsu tai
兑 dui tui teui deoi
責 ze tse chak tsak zaak chae chaek seki
责 ze tse chak tsak zaak
伙 huo fo for
夥 huo fo for gwa kwa ka wa obitada
諮 zi tzu chi tsz ja cha shi
谘 zi tzu chi tsz
咨 zi tzu chi tsz ja cha shi aa
胎 tai toi toy tae
橡 xiang hsiang cheung cheong tseung zoeng sang sho zo tochi kunugi dochi
殖 zhi shi chih shih chik tsik zik sik shik shoku ue
災 zai tsai choi choy tsoi zoi jae chae sai wazawa
灾 zai tsai choi choy tsoi zoi jae chae
矶 ji chi kei kee gei
佰 bai pai pak baak baek paek hyaku haku osa
諧 xie hsieh hai haai hae kai
谐 xie hsieh hai haai
爵 jue chueh cheuk cheok tseuk zoek jak chak shaku
祉 zhi chih chi tsz zi ji shi
娯 yu go
絨 rong jung yung yoong ju
绒 rong jung yung
墅 shu sui seui shui seoi seo so sho ya
塾 shu suk sook shuk juku
恤 xu hsu sut seut shut seot hyul jutsu shutsu
膳 shan sin shin seon son sun zen sen kashiwa yoshi
寮 liao liu ryo lyo yo
麓 lu luk look rok lok nok roku fumoto
蘊 yun wan wun on un
蕴 yun wan wun
妆 zhuang chuang chong tsong zong
妝 zhuang chuang chong tsong zong jang chang so sho
酪 lao lok nak rak lak raku
璧 bi pi pik bik byeok pyok pyuk heki tama dama
戌 xu qu hsu chu sut seut shut seot sul jutsu inu
茵 yin yan yun jan in shitone
隋 sui chui cheui tsui ceoi su soo zui ta da
壹 yi i yat jat il ichi itsu hitotsu
壱 yi i ichi itsu hitotsu kazu
啤 pi pe be
癸 gui kuei kwai gwai gye kye ki mizunoto
録 lu roku
佟 tong tung toong
橱 chu chui cheui tsui ceoi
櫥 chu chue tsu cyu
乭 shi shih dol tol
侊 guang kuang kwong gwong gwang kwang
倻 ye yeh je ya
儁 jun chun cheun tsun zeon joon choon shun
垈 dai tai toi toy doi dae tae nuta
姸 yan yen yin jin yeon yon yun
岾 han jeom chom jom jum chum yama hake bake
晫 zhuo cho cheuk cheok tseuk zoek tak
晳 xi hsi sik shik seok sok suk
曺 cao tsao jo cho
栢 bai pai pak paak baek paek haku hyaku kashiwa kaya
橒 yun wan wun un woon
烱 jiong chiung kwing gwing gyeong kyong kyung kei kyo akiraka
熺 xi hsi hei hee hui
玘 qi chi hei hee gi ki
玧 men mun moon yun yoon
珤 bao pao po pou bou bo
珦 xiang hsiang heung heong hoeng hyang
珷 wu mo mou mu moo
珹 cheng sing shing seong song sung
琓 wan
琸 zhuo cho cheuk cheok tseuk zoek tak
瑃 chun cheun tsun ceon choon
瑥 wen wan wun on
璂 qi chi kei kee gi ki
禑 wu ng u woo
稶 yu uk wook
鍈 ying yeung yeong joeng yong yung young
锳 ying yeung yeong joeng
鄕 xiang hsiang hyang
鑛 kuang kong gwang kwang ko aragane
敎 jiao chiao gyo kyo
昰 shi shih ha hah haa
罕 han hon kan mare
默 mo mak muk mook boku moku
黙 mo moku boku
扎 zha za cha tsa chat tsat zaat chal satsu atsu
涅 nie nieh nip yeol yol yul netsu detsu
娅 ya a ah aa
婭 ya a ah aa
因 yin yan yun jan in
拜 bai pai baai bae pae hai
拝 bai pai hai
酋 qiu chiu yau yow jau chu choo shu ju osa furuzake
汶 wen man mun moon
努 nu no nou do
乍 zha cha chah tsa zaa sa saku
厄 e o ak aek yaku
提 ti di tai je che tei cho dai
求 qiu chiu kau kow gu ku koo kyu
褚 chu zhu chue tsu cyu jeo cho jo
贲 ben bi pen pi pei pee bei
钮 niu nau now
钭 tou dou tau tow dau
蓟 ji chi kai gai
从 cong tsung chung cung sho ju yori
従 cong tsung ju sho yori
蔺 lin lun leun leon
郦 li lik
郏 jia chia kap gaap
终 zhong chung tsung zung
阙 que chueh kuet kut kyut
巩 gong kung gung
厍 she se
阚 han kan ham hum
`;
