import type { GlossaryLanguage } from 'src/agents/tariff-classification/glossary/glossary-types';

/**
 * Hindi trade words in Devanagari, as Indian sellers write them: goods, materials, states and uses,
 * with their English. English loanwords are listed as written in Devanagari (टी-शर्ट, मोबाइल फोन), and
 * the usual spelling variants (with and without nukta, chandrabindu or anusvara) and the plural and
 * oblique forms that listings use (साड़ी, साड़ियाँ, साड़ियों) are listed one by one, since the reader
 * does not derive them. Genitive phrases that name a material ("लकड़ी का", wooden) are listed whole.
 */
export const HINDI: GlossaryLanguage = {
  code: 'hi',
  name: 'Hindi',
  head: 'last',
  unspaced: false,
  skip: 'का की के को में से पर और व एवं तथा या अथवा लिए हेतु वाला वाली वाले वालों द्वारा है हैं था थी थे हो हुआ हुई हुए किया किए किये गया गई गए गये बना बनी बने बनाया बनाई बनाए साथ सहित युक्त प्रति एक दो तीन चार पांच पाँच छह दस सभी सब इस इसे इसमें यह ये वह वे जो भी तक नहीं न ना ही कुछ अपने अपना अपनी आपके आपकी आपका हर बहुत अधिक ज्यादा ज़्यादा कम लेकिन परंतु मगर करने करें करता करती करते करना होने होता होती होते पैक पैकेट पैकेज पीस पीसेस पीसीएस नग जोड़ी जोड़ा जोड़े पेयर ग्राम किलो किलोग्राम किग्रा ग्रा लीटर मिली मिलीलीटर एमएल सेमी मिमी इंच फीट फुट साइज़ साइज आकार ब्रांड ब्रांडेड मॉडल प्रकार किस्म तरह टाइप टाईप वजन वज़न मात्रा क्षमता लंबाई लम्बाई चौड़ाई ऊंचाई ऊँचाई मोटाई गहराई उत्तम बढ़िया अच्छा अच्छी अच्छे बेहतरीन सर्वश्रेष्ठ बेस्ट उच्च गुणवत्ता क्वालिटी कीमत मूल्य दाम रुपये रुपए रु ऑफर छूट फ्री मुफ्त चीज़ें चीजें चीज़ों चीजों जैसे आदि इत्यादि अन्य विभिन्न विशेष नवीनतम लेटेस्ट स्टाइलिश सुंदर सुन्दर आकर्षक डिज़ाइन डिजाइन स्टाइल उपलब्ध उपयोग प्रयोग इस्तेमाल रूप तारीख कार्य कारण सामान्य योग्य जारी तिलक टीका कोटा आराम सूत्र फर्म नंबर संख्या मीटर वाट वोल्ट एमएएच जीबी टीबी मेगापिक्सल जगह ट्रेंड ट्रेंडी ट्रेंडिंग',
  entries: `
# Chapter 01: live animals
जीवित|live|m
जिंदा|live|m
ज़िंदा|live|m
जीवित पशु|live animals|n
पशु|animals|n
पशुओं|animals|n
पशुधन|livestock|n
मवेशी|bovine animals|n
गाय|cows|n
गायें|cows|n
गायों|cows|n
भैंस|buffalo|n
भैंसें|buffalo|n
बैल|bulls|n
बछड़ा|calves|n
बछड़े|calves|n
बछिया|heifers|n
घोड़ा|horses|n
घोड़े|horses|n
घोड़ों|horses|n
घोडा|horses|n
टट्टू|ponies|n
गधा|asses|n
गधे|asses|n
खच्चर|mules|n
ऊँट|camels|n
ऊंट|camels|n
सूअर|swine|n
सुअर|swine|n
सूअरों|swine|n
भेड़|sheep|n
भेड़ें|sheep|n
भेड़ों|sheep|n
भेड|sheep|n
मेमना|lambs|n
मेमने|lambs|n
बकरी|goats|n
बकरियाँ|goats|n
बकरियां|goats|n
बकरियों|goats|n
बकरा|goats|n
बकरे|goats|n
मुर्गी|fowls|n
मुर्गियाँ|fowls|n
मुर्गियां|fowls|n
मुर्गियों|fowls|n
मुर्गा|cocks|n
मुर्गे|cocks|n
चूज़े|chicks|n
चूजे|chicks|n
चूज़ा|chicks|n
चूजा|chicks|n
बत्तख|ducks|n
बतख|ducks|n
बत्तखें|ducks|n
हंस|geese|n
टर्की|turkeys|n
बटेर|quails|n
खरगोश|rabbits|n
मधुमक्खी|bees|n
मधुमक्खियाँ|bees|n
मधुमक्खियां|bees|n
रेशम कीट|silkworms|n
पालतू|pet|m
पालतू जानवर|pets|n
पालतू पशु|pets|n
जानवर|animals|n
जानवरों|animals|n
कुत्ता|dogs|n
कुत्ते|dogs|n
कुत्तों|dogs|n
पिल्ला|puppies|n
पिल्ले|puppies|n
बिल्ली|cats|n
बिल्लियाँ|cats|n
बिल्लियां|cats|n
बिल्लियों|cats|n
तोता|parrots|n
तोते|parrots|n
पक्षी|birds|n
पक्षियों|birds|n
चिड़िया|birds|n
कबूतर|pigeons|n

# Chapter 02: meat and offal
मांस|meat|n
माँस|meat|n
गोश्त|meat|n
मीट|meat|n
चिकन|chicken|n
मुर्गे का मांस|chicken meat|n
मुर्गी का मांस|chicken meat|n
चिकन ब्रेस्ट|chicken breast|n
चिकन लेग|chicken legs|n
चिकन विंग्स|chicken wings|n
चिकन कीमा|minced chicken|n
मटन|mutton|n
बकरे का मांस|goat meat|n
भेड़ का मांस|sheep meat|n
लैंब|lamb|n
बीफ|beef|n
बीफ़|beef|n
गोमांस|beef|n
भैंस का मांस|buffalo meat|n
कैराबीफ|buffalo meat|n
पोर्क|pork|n
सूअर का मांस|pork|n
कीमा|minced meat|n
कलेजी|liver|n
लिवर|liver|n
गुर्दे|kidneys|n
सॉसेज|sausages|n
सलामी|salami|n
हैम|ham|n
बेकन|bacon|n
हड्डी रहित|boneless|m
बिना हड्डी|boneless|m
बिना हड्डी के|boneless|m
बोनलेस|boneless|m
हड्डी सहित|bone in|m
हड्डी वाला|bone in|m
हलाल|halal|m

# Chapter 03: fish and seafood
मछली|fish|n
मछलियाँ|fish|n
मछलियां|fish|n
मछलियों|fish|n
फिश|fish|n
फ़िश|fish|n
फिश फिलेट|fish fillets|n
मछली के टुकड़े|fish pieces|n
सजावटी मछली|ornamental fish|n
एक्वेरियम मछली|ornamental fish|n
समुद्री भोजन|seafood|n
सीफूड|seafood|n
सी फूड|seafood|n
झींगा|shrimps|n
झींगे|shrimps|n
झींगों|shrimps|n
झिंगा|shrimps|n
श्रिम्प|shrimps|n
प्रॉन|prawns|n
प्रॉन्स|prawns|n
केकड़ा|crabs|n
केकड़े|crabs|n
केकडा|crabs|n
लॉबस्टर|lobsters|n
टूना|tuna|n
ट्यूना|tuna|n
सैल्मन|salmon|n
सालमन|salmon|n
रोहू|carp|n
कतला|carp|n
कार्प|carp|n
हिल्सा|hilsa|n
इलिश|hilsa|n
पॉम्फ्रेट|pomfret|n
पापलेट|pomfret|n
बांगड़ा|indian mackerel|n
बांगडा|indian mackerel|n
मैकेरल|mackerel|n
सुरमई|seerfishes|n
सार्डिन|sardines|n
तिलापिया|tilapia|n
पंगास|pangasius|n
सूखी मछली|dried fish|n
सूखी मछलियाँ|dried fish|n
स्क्विड|squid|n
ऑक्टोपस|octopus|n
घोंघा|snails|n
घोंघे|snails|n
मछली का तेल|fish oil|n
कॉड लिवर ऑयल|cod liver oil|n
फिश ऑयल|fish oil|n
मछली का चारा|fish feed|n
फिश फीड|fish feed|n

# Chapter 04: dairy, eggs, honey
दूध|milk|n
दुग्ध|milk|m
दुग्ध उत्पाद|dairy produce|n
डेयरी|dairy|m
डेयरी उत्पाद|dairy produce|n
मिल्क|milk|n
मिल्क पाउडर|milk powder|n
दूध पाउडर|milk powder|n
दूध का पाउडर|milk powder|n
सूखा दूध|milk powder|n
स्किम्ड मिल्क|skimmed milk|n
कंडेंस्ड मिल्क|condensed milk|n
गाढ़ा दूध|condensed milk|n
मलाई|cream|n
क्रीम|cream|n
फ्रेश क्रीम|fresh cream|n
मक्खन|butter|n
बटर|butter|n
घी|ghee|n
घृत|ghee|n
देसी घी|ghee|n
देशी घी|ghee|n
गाय का घी|cow ghee|n
पनीर|fresh cheese|n
चीज़|cheese|n
चीज|cheese|n
चीज़ स्लाइस|cheese slices|n
मोज़रेला|mozzarella|n
दही|yoghurt|n
योगर्ट|yoghurt|n
छाछ|buttermilk|n
मट्ठा|buttermilk|n
लस्सी|yoghurt drink|n
मट्ठे का पाउडर|whey powder|n
व्हे प्रोटीन|whey protein|n
अंडा|eggs|n
अंडे|eggs|n
अंडों|eggs|n
अण्डा|eggs|n
अण्डे|eggs|n
एग|eggs|n
अंडे का पाउडर|egg powder|n
शहद|natural honey|n
मधु|natural honey|n
हनी|natural honey|n
कच्चा शहद|raw honey|n

# Chapter 05: other animal products
पंख|feathers|n
पंखों|feathers|n
मानव बाल|human hair|n
बाल|hair|n
बालों|hair|m
हड्डी|bones|n
हड्डियाँ|bones|n
हड्डियां|bones|n
सींग|horns|n
हाथीदांत|ivory|m
हाथी दांत|ivory|m
गोबर|manure|n
गाय का गोबर|cow dung|n
गोबर के उपले|dung cakes|n
उपले|dung cakes|n
शहद का छत्ता|honeycomb|n

# Chapter 06: live plants and flowers
पौधा|plants|n
पौधे|plants|n
पौधों|plants|n
प्लांट|plants|n
जीवित पौधे|live plants|n
इनडोर प्लांट|indoor plants|n
मनी प्लांट|money plants|n
सजावटी पौधे|ornamental plants|n
फूल|flowers|n
फूलों|flowers|n
ताज़े फूल|fresh flowers|n
ताजे फूल|fresh flowers|n
कटे हुए फूल|cut flowers|n
गुलाब|roses|n
गुलाबों|roses|n
गेंदा|marigolds|n
गेंदे|marigolds|n
कमल|lotus|n
गेंदे के फूल|marigold flowers|n
फूल माला|flower garlands|n
फूलों की माला|flower garlands|n
गुलदस्ता|bouquets|n
बीज|seeds|n
बीजों|seeds|n
पेड़|trees|n
पेड|trees|n
पेड़ों|trees|n
बोनसाई|bonsai|n
घास|grass|n
लॉन घास|turf|n
तुलसी|holy basil|n
तुलसी का पौधा|holy basil plants|n

# Chapter 07: vegetables
सब्ज़ी|vegetables|n
सब्जी|vegetables|n
सब्ज़ियाँ|vegetables|n
सब्ज़ियां|vegetables|n
सब्जियाँ|vegetables|n
सब्जियां|vegetables|n
सब्ज़ियों|vegetables|n
सब्जियों|vegetables|n
हरी सब्ज़ियाँ|green vegetables|n
हरी सब्जियां|green vegetables|n
आलू|potatoes|n
आलुओं|potatoes|n
टमाटर|tomatoes|n
प्याज़|onions|n
प्याज|onions|n
हरा प्याज|spring onions|n
हरा प्याज़|spring onions|n
लहसुन|garlic|n
लहसुन की कलियाँ|garlic cloves|n
गाजर|carrots|n
मूली|radishes|n
चुकंदर|beetroot|n
चुकन्दर|beetroot|n
शलजम|turnips|n
पत्ता गोभी|cabbages|n
पत्तागोभी|cabbages|n
बंद गोभी|cabbages|n
बंदगोभी|cabbages|n
फूलगोभी|cauliflowers|n
फूल गोभी|cauliflowers|n
गोभी|cabbages|n
ब्रोकोली|broccoli|n
ब्रोकली|broccoli|n
पालक|spinach|n
मेथी|fenugreek|n
मेथी के पत्ते|fenugreek leaves|n
धनिया पत्ती|coriander leaves|n
हरा धनिया|coriander leaves|n
पुदीना|mint|n
सलाद पत्ता|lettuce|n
लेट्यूस|lettuce|n
सलाद|salad|n
खीरा|cucumbers|n
खीरे|cucumbers|n
ककड़ी|cucumbers|n
शिमला मिर्च|sweet peppers|n
कैप्सिकम|sweet peppers|n
हरी मिर्च|green chillies|n
हरी मिर्चें|green chillies|n
मिर्च|chillies|n
मिर्ची|chillies|n
मिर्चें|chillies|n
लाल मिर्च|red chillies|n
सूखी लाल मिर्च|dried red chillies|n
साबुत लाल मिर्च|whole dried chillies|n
बैंगन|aubergines|n
बैगन|aubergines|n
भिंडी|okra|n
भिण्डी|okra|n
लौकी|bottle gourds|n
दूधी|bottle gourds|n
घीया|bottle gourds|n
घिया|bottle gourds|n
करेला|bitter gourds|n
करेले|bitter gourds|n
तोरई|ridge gourds|n
तोरी|ridge gourds|n
टिंडा|round gourds|n
परवल|pointed gourds|n
कद्दू|pumpkins|n
कद्दुओं|pumpkins|n
शकरकंद|sweet potatoes|n
शकरकंदी|sweet potatoes|n
ज़मीकंद|yams|n
जिमीकंद|yams|n
सूरन|yams|n
कसावा|cassava|n
टैपिओका|tapioca|n
मशरूम|mushrooms|n
खुम्भी|mushrooms|n
कुकुरमुत्ता|mushrooms|n
मटर|peas|n
हरी मटर|green peas|n
बीन्स|beans|n
सेम|beans|n
फ्रेंच बीन्स|french beans|n
फली|pods|n
फलियाँ|pods|n
फलियां|pods|n
सहजन|moringa pods|n
सहजन की फली|moringa pods|n
भुट्टा|maize cobs|n
भुट्टे|maize cobs|n
स्वीट कॉर्न|sweet corn|n
बेबी कॉर्न|baby corn|n
जैतून|olives|n
ऑलिव|olives|n
कच्चा केला|plantains|n
कच्चे केले|plantains|n
दाल|dried leguminous vegetables|n
दालें|dried leguminous vegetables|n
दालों|dried leguminous vegetables|n
राजमा|kidney beans|n
लोबिया|cow peas|n
चना|chickpeas|n
चने|chickpeas|n
काबुली चना|chickpeas|n
काला चना|chickpeas|n
चना दाल|split chickpeas|n
मसूर|lentils|n
मसूर दाल|lentils|n
मसूर की दाल|lentils|n
अरहर|pigeon peas|n
अरहर दाल|pigeon peas|n
अरहर की दाल|pigeon peas|n
तूर दाल|pigeon peas|n
तुअर दाल|pigeon peas|n
मूंग|mung beans|n
मूँग|mung beans|n
मूंग दाल|mung beans|n
मूँग दाल|mung beans|n
मूंग की दाल|mung beans|n
उड़द|black gram|n
उड़द दाल|black gram|n
उड़द की दाल|black gram|n
उरद|black gram|n
उरद दाल|black gram|n
मोठ|moth beans|n
सोयाबीन|soya beans|n
सोया|soya|m
सोया चंक्स|soya chunks|n
कटहल|jackfruit|n

# Chapter 08: fruit and nuts
फल|fruit|n
फलों|fruit|n
फ्रूट|fruit|n
फ्रूट्स|fruit|n
ताज़े फल|fresh fruit|n
ताजे फल|fresh fruit|n
सूखे मेवे|dried fruit|n
सूखा मेवा|dried fruit|n
मेवा|dried fruit|n
मेवे|dried fruit|n
ड्राई फ्रूट|dried fruit|n
ड्राई फ्रूट्स|dried fruit|n
ड्राय फ्रूट्स|dried fruit|n
केला|bananas|n
केले|bananas|n
केलों|bananas|n
सेब|apples|n
सेबों|apples|n
नाशपाती|pears|n
संतरा|oranges|n
संतरे|oranges|n
सन्तरा|oranges|n
संतरों|oranges|n
मोसंबी|sweet limes|n
मौसंबी|sweet limes|n
किन्नू|mandarins|n
नींबू|lemons|n
नीबू|lemons|n
निम्बू|lemons|n
लेमन|lemons|n
चकोतरा|grapefruit|n
अंगूर|grapes|n
अंगूरों|grapes|n
किशमिश|raisins|n
मुनक्का|raisins|n
स्ट्रॉबेरी|strawberries|n
स्ट्राबेरी|strawberries|n
ब्लूबेरी|blueberries|n
रसभरी|raspberries|n
चेरी|cherries|n
आड़ू|peaches|n
आडू|peaches|n
आलूबुखारा|plums|n
आलू बुखारा|plums|n
खुबानी|apricots|n
खूबानी|apricots|n
आम|mangoes|n
आमों|mangoes|n
अल्फांसो आम|alphonso mangoes|n
पपीता|papaws|n
पपीते|papaws|n
अनानास|pineapples|n
अनन्नास|pineapples|n
तरबूज|watermelons|n
तरबूज़|watermelons|n
खरबूजा|melons|n
खरबूज़ा|melons|n
खरबूजे|melons|n
अमरूद|guavas|n
अमरुद|guavas|n
अनार|pomegranates|n
अनार दाना|dried pomegranate seeds|n
लीची|litchis|n
चीकू|sapodillas|n
कीवी|kiwifruit|n
ड्रैगन फ्रूट|dragon fruit|n
एवोकाडो|avocados|n
शरीफा|custard apples|n
जामुन|java plums|n
बेर|jujubes|n
आंवला|indian gooseberries|n
आँवला|indian gooseberries|n
आमला|indian gooseberries|n
इमली|tamarind|n
नारियल|coconuts|n
नारियलों|coconuts|n
सूखा नारियल|desiccated coconut|n
नारियल बुरादा|desiccated coconut|n
खोपरा|copra|n
गरी|coconut kernels|n
खजूर|dates|n
छुहारा|dried dates|n
छुहारे|dried dates|n
अंजीर|figs|n
बादाम|almonds|n
बादामों|almonds|n
काजू|cashew nuts|n
अखरोट|walnuts|n
पिस्ता|pistachios|n
पिस्ते|pistachios|n
हेज़लनट|hazelnuts|n
मैकाडामिया|macadamia nuts|n
चिलगोजा|pine nuts|n
चिलगोज़ा|pine nuts|n
मखाना|fox nuts|n
मखाने|fox nuts|n
सुपारी|areca nuts|n
छिलका|peel|n
छिलके|peel|n
संतरे का छिलका|orange peel|n
बेरी|berries|n
बेरीज़|berries|n

# Chapter 09: coffee, tea, spices
कॉफ़ी|coffee|n
कॉफी|coffee|n
कॉफी बीन्स|coffee beans|n
कॉफ़ी बीन्स|coffee beans|n
कॉफी पाउडर|ground coffee|n
फ़िल्टर कॉफ़ी|ground coffee|n
फिल्टर कॉफी|ground coffee|n
इंस्टेंट कॉफी|instant coffee|n
इंस्टेंट कॉफ़ी|instant coffee|n
चाय|tea|n
चाय पत्ती|tea|n
चायपत्ती|tea|n
चाय की पत्ती|tea|n
ग्रीन टी|green tea|n
हरी चाय|green tea|n
ब्लैक टी|black tea|n
काली चाय|black tea|n
हर्बल टी|herbal tea|n
हर्बल चाय|herbal tea|n
मसाला चाय|spiced tea|n
टी बैग|tea bags|n
टी बैग्स|tea bags|n
टी-बैग|tea bags|n
असम चाय|assam tea|n
दार्जिलिंग चाय|darjeeling tea|n
मसाला|spices|n
मसाले|spices|n
मसालों|spices|n
गरम मसाला|mixed spices|n
चाट मसाला|mixed spices|n
बिरयानी मसाला|mixed spices|n
पाव भाजी मसाला|mixed spices|n
चिकन मसाला|mixed spices|n
मीट मसाला|mixed spices|n
सांभर मसाला|mixed spices|n
सब्ज़ी मसाला|mixed spices|n
सब्जी मसाला|mixed spices|n
काली मिर्च|pepper|n
कालीमिर्च|pepper|n
काली मिर्च पाउडर|ground pepper|n
सफ़ेद मिर्च|white pepper|n
सफेद मिर्च|white pepper|n
इलायची|cardamoms|n
छोटी इलायची|green cardamoms|n
हरी इलायची|green cardamoms|n
बड़ी इलायची|large cardamoms|n
लौंग|cloves|n
दालचीनी|cinnamon|n
जायफल|nutmeg|n
जावित्री|mace|n
हल्दी|turmeric|n
हलदी|turmeric|n
हल्दी पाउडर|ground turmeric|n
जीरा|cumin seeds|n
ज़ीरा|cumin seeds|n
जीरा पाउडर|ground cumin|n
भुना जीरा|roasted cumin|n
सौंफ|fennel seeds|n
अजवाइन|ajwain seeds|n
अजवायन|ajwain seeds|n
धनिया|coriander|n
धनिया पाउडर|ground coriander|n
धनिया बीज|coriander seeds|n
साबुत धनिया|coriander seeds|n
मेथी दाना|fenugreek seeds|n
कसूरी मेथी|dried fenugreek leaves|n
कलौंजी|nigella seeds|n
राई|mustard seeds|n
मिर्च पाउडर|chilli powder|n
लाल मिर्च पाउडर|chilli powder|n
कश्मीरी मिर्च|kashmiri chillies|n
पेपरिका|paprika|n
हींग|asafoetida|n
केसर|saffron|n
ज़ाफ़रान|saffron|n
वनीला|vanilla|n
वेनिला|vanilla|n
तेज पत्ता|bay leaves|n
तेजपत्ता|bay leaves|n
तेजपात|bay leaves|n
अमचूर|dried mango powder|n
आमचूर|dried mango powder|n
स्टार ऐनीज़|star anise|n
चक्र फूल|star anise|n
अदरक|ginger|n
सोंठ|dried ginger|n
अदरक पाउडर|ground ginger|n
मुलेठी|liquorice roots|n

# Chapter 10: cereals
अनाज|cereals|n
अनाजों|cereals|n
गेहूं|wheat|n
गेहूँ|wheat|n
गेंहू|wheat|n
चावल|rice|n
चावलों|rice|n
राइस|rice|n
बासमती|basmati|m
बासमती चावल|basmati rice|n
बासमती राइस|basmati rice|n
ब्राउन राइस|brown rice|n
भूरा चावल|brown rice|n
उबला चावल|parboiled rice|n
सेला चावल|parboiled rice|n
टूटा चावल|broken rice|n
टूटे चावल|broken rice|n
सोना मसूरी|sona masoori rice|n
धान|paddy rice|n
मक्का|maize|n
मकई|maize|n
कॉर्न|maize|n
जौ|barley|n
जई|oats|n
ओट्स|oats|n
बाजरा|millet|n
ज्वार|grain sorghum|n
रागी|finger millet|n
मंडुआ|finger millet|n
कोदो|kodo millet|n
मोटा अनाज|millets|n
श्री अन्न|millets|n
कुट्टू|buckwheat|n
क्विनोआ|quinoa|n
राजगिरा|amaranth|n
चौलाई|amaranth|n

# Chapter 11: milling products
आटा|flour|n
आटे|flour|n
गेहूं का आटा|wheat flour|n
गेहूँ का आटा|wheat flour|n
चक्की आटा|wholemeal wheat flour|n
मल्टीग्रेन आटा|multigrain flour|n
मैदा|wheat flour|n
बेसन|chickpea flour|n
सूजी|semolina|n
रवा|semolina|n
चावल का आटा|rice flour|n
मक्के का आटा|maize flour|n
मक्की का आटा|maize flour|n
बाजरे का आटा|millet flour|n
रागी का आटा|finger millet flour|n
सिंघाड़े का आटा|water chestnut flour|n
कुट्टू का आटा|buckwheat flour|n
स्टार्च|starch|n
कॉर्नफ्लोर|maize starch|n
कॉर्न फ्लोर|maize starch|n
अरारोट|arrowroot|n
माल्ट|malt|n
पोहा|rice flakes|n
पोहे|rice flakes|n
चिवड़ा|rice flakes|n
दलिया|broken wheat|n
चोकर|bran|n
सत्तू|roasted gram flour|n
ग्लूटेन|gluten|m
साबूदाना|sago|n

# Chapter 12: oil seeds, herbs, fodder
तिलहन|oil seeds|n
तिल|sesamum seeds|n
सफ़ेद तिल|white sesamum seeds|n
सफेद तिल|white sesamum seeds|n
काले तिल|black sesamum seeds|n
अलसी|linseed|n
सूरजमुखी|sunflower|m
सूरजमुखी के बीज|sunflower seeds|n
कद्दू के बीज|pumpkin seeds|n
तरबूज के बीज|melon seeds|n
खरबूजे के बीज|melon seeds|n
मूंगफली|ground-nuts|n
मूँगफली|ground-nuts|n
मूंगफली दाना|ground-nut kernels|n
सरसों|mustard seeds|n
पीली सरसों|yellow mustard seeds|n
अरंडी|castor|m
अरंडी के बीज|castor oil seeds|n
बिनौला|cotton seeds|n
कपास के बीज|cotton seeds|n
चिया सीड्स|chia seeds|n
चिया बीज|chia seeds|n
फ्लैक्स सीड्स|linseed|n
कुसुम|safflower|m
मेहंदी|henna|n
मेहँदी|henna|n
मेंहदी|henna|n
मेहंदी पाउडर|henna powder|n
नीम|neem|m
नीम की पत्तियाँ|neem leaves|n
नीम की पत्तियां|neem leaves|n
एलोवेरा|aloe vera|m
एलो वेरा|aloe vera|m
ग्वार गम|guar gum|n
इसबगोल|psyllium husk|n
ईसबगोल|psyllium husk|n
भूसी|husk|n
भूसा|straw|n
पुआल|straw|n
पशु चारा|fodder|n
चारा|fodder|n
हरा चारा|green fodder|n
साइलेज|silage|n
समुद्री शैवाल|seaweeds|n
शैवाल|algae|n
जड़ी बूटी|herbs|n
जड़ी-बूटी|herbs|n
जड़ी बूटियाँ|herbs|n
जड़ी बूटियां|herbs|n
जड़ी-बूटियाँ|herbs|n
जड़ी-बूटियां|herbs|n
बूटी|herbs|n
औषधीय पौधे|medicinal plants|n
अश्वगंधा|ashwagandha|n
अश्वगंधा पाउडर|ashwagandha powder|n
गिलोय|giloy|n
शतावरी|shatavari|n
ब्राह्मी|brahmi|n
त्रिफला|triphala|n
मोरिंगा|moringa|m
मोरिंगा पाउडर|moringa powder|n
सहजन पाउडर|moringa powder|n
चंदन|sandalwood|m
हॉप्स|hop cones|n
गन्ना|sugar cane|n
# Chapters 13-15: gums, resins, fats and oils
गोंद|glue|n
खाने का गोंद|edible gum|n
गोंद कतीरा|tragacanth gum|n
राल|resin|m
लोबान|frankincense|n
गुग्गुल|guggul resin|n
कत्था|catechu|n
अर्क|extract|n
तेल|oil|n
तेलों|oil|n
ऑयल|oil|n
ऑइल|oil|n
खाद्य तेल|edible oil|n
खाने का तेल|edible oil|n
कुकिंग ऑयल|cooking oil|n
वनस्पति तेल|vegetable oil|n
वनस्पति घी|hydrogenated vegetable fats|n
रिफाइंड तेल|refined oil|n
रिफाइंड ऑयल|refined oil|n
सरसों का तेल|mustard oil|n
सरसों तेल|mustard oil|n
सरसो तेल|mustard oil|n
नारियल तेल|coconut oil|n
नारियल का तेल|coconut oil|n
कोकोनट ऑयल|coconut oil|n
मूंगफली का तेल|ground-nut oil|n
मूंगफली तेल|ground-nut oil|n
सूरजमुखी तेल|sunflower-seed oil|n
सूरजमुखी का तेल|sunflower-seed oil|n
सनफ्लावर ऑयल|sunflower-seed oil|n
सोयाबीन तेल|soya-bean oil|n
सोयाबीन का तेल|soya-bean oil|n
तिल का तेल|sesame oil|n
तिल तेल|sesame oil|n
जैतून का तेल|olive oil|n
जैतून तेल|olive oil|n
ऑलिव ऑयल|olive oil|n
पाम तेल|palm oil|n
पाम ऑयल|palm oil|n
राइस ब्रान तेल|rice bran oil|n
राइस ब्रान ऑयल|rice bran oil|n
अरंडी का तेल|castor oil|n
अरंडी तेल|castor oil|n
कैस्टर ऑयल|castor oil|n
अलसी का तेल|linseed oil|n
बादाम तेल|almond oil|n
बादाम का तेल|almond oil|n
नीम का तेल|neem oil|n
नीम तेल|neem oil|n
कुसुम तेल|safflower oil|n
बिनौला तेल|cotton-seed oil|n
चर्बी|animal fat|n
वसा|fats|n
मोम|wax|n
मधुमक्खी का मोम|beeswax|n
ग्लिसरीन|glycerol|n
मार्जरीन|margarine|n
शॉर्टनिंग|shortening|n

# Chapters 16-18: meat and fish preparations, sugar, cocoa
डिब्बाबंद|canned|m
डिब्बा बंद|canned|m
डिब्बाबंद मछली|canned fish|n
कबाब|kebabs|n
चिकन नगेट्स|chicken nuggets|n
रेडी टू ईट|ready-to-eat|m
रेडी टू कुक|ready-to-cook|m
चीनी|sugar|n
शक्कर|sugar|n
शुगर|sugar|n
गुड़|jaggery|n
गुड|jaggery|n
गुड़ पाउडर|jaggery powder|n
खांड|raw cane sugar|n
खाँड|raw cane sugar|n
मिश्री|sugar candy|n
बूरा|powdered sugar|n
पिसी चीनी|icing sugar|n
ब्राउन शुगर|brown sugar|n
शीरा|molasses|n
गुड़ का शीरा|molasses|n
ग्लूकोज|glucose|n
ग्लूकोज़|glucose|n
ग्लूकोज पाउडर|glucose powder|n
फ्रुक्टोज|fructose|n
मिठाई|sweets|n
मिठाइयाँ|sweets|n
मिठाइयां|sweets|n
मिठाइयों|sweets|n
टॉफी|toffees|n
टॉफ़ी|toffees|n
टॉफियाँ|toffees|n
टॉफियां|toffees|n
कैंडी|sugar confectionery|n
च्युइंग गम|chewing gum|n
चुइंगम|chewing gum|n
च्यूइंगम|chewing gum|n
लॉलीपॉप|lollipops|n
चॉकलेट|chocolate|n
चोकलेट|chocolate|n
चॉकलेटें|chocolate|n
डार्क चॉकलेट|dark chocolate|n
कोको|cocoa|n
कोको पाउडर|cocoa powder|n
कोको बटर|cocoa butter|n
कोको बीन्स|cocoa beans|n
गुलाब जामुन|gulab jamun sweets|n
रसगुल्ला|rasgulla sweets|n
रसगुल्ले|rasgulla sweets|n
लड्डू|laddoo sweets|n
बर्फी|barfi sweets|n
सोन पापड़ी|soan papdi sweets|n
पेठा|petha sweets|n
गजक|gajak sweets|n
चिक्की|peanut brittle|n
रेवड़ी|sesame sweets|n

# Chapter 19: cereal preparations, bakery
बिस्कुट|biscuits|n
बिस्किट|biscuits|n
बिस्कुटों|biscuits|n
कुकीज़|sweet biscuits|n
कुकीज|sweet biscuits|n
कुकी|sweet biscuits|n
क्रैकर्स|crackers|n
ब्रेड|bread|n
डबल रोटी|bread|n
पाव रोटी|bread|n
रोटी|bread|n
रोटियाँ|bread|n
रोटियां|bread|n
चपाती|bread|n
पराठा|flatbread|n
पराठे|flatbread|n
परांठा|flatbread|n
नान|naan bread|n
केक|cakes|n
केकों|cakes|n
पेस्ट्री|pastry|n
पेस्ट्रीज़|pastry|n
रस्क|rusks|n
टोस्ट|toasted bread|n
पिज़्ज़ा|pizza|n
पिज्जा|pizza|n
पिज़्ज़ा बेस|pizza bases|n
नूडल्स|noodles|n
नूडल|noodles|n
इंस्टेंट नूडल्स|instant noodles|n
पास्ता|pasta|n
मैकरोनी|macaroni|n
सेवई|vermicelli|n
सेंवई|vermicelli|n
सेवइयां|vermicelli|n
सेवइयाँ|vermicelli|n
वर्मीसेली|vermicelli|n
कॉर्न फ्लेक्स|corn flakes|n
कॉर्नफ्लेक्स|corn flakes|n
मूसली|muesli|n
ब्रेकफास्ट सीरियल|breakfast cereals|n
बेबी फूड|infant food|n
शिशु आहार|infant food|n
नमकीन|savoury snacks|n
भुजिया|savoury snacks|n
मिक्सचर|savoury snack mix|n
स्नैक्स|snacks|n
स्नैक|snacks|n
चिप्स|crisps|n
आलू चिप्स|potato crisps|n
केले के चिप्स|banana chips|n
पापड़|poppadoms|n
पापड|poppadoms|n
मुरमुरे|puffed rice|n
मुरमुरा|puffed rice|n
पॉपकॉर्न|popcorn|n
वेफर|wafers|n
वेफर्स|wafers|n
मठरी|savoury biscuits|n
खाखरा|crisp flatbread|n
उपमा मिक्स|instant food mix|n
इडली मिक्स|instant food mix|n
डोसा मिक्स|instant food mix|n
पैनकेक मिक्स|pancake mix|n

# Chapter 20: vegetable and fruit preparations
अचार|pickles|n
अचारों|pickles|n
आम का अचार|mango pickle|n
नींबू का अचार|lemon pickle|n
मिर्च का अचार|chilli pickle|n
मुरब्बा|fruit preserves|n
मुरब्बे|fruit preserves|n
आंवला मुरब्बा|indian gooseberry preserve|n
जैम|jam|n
जेली|jelly|n
मार्मलेड|marmalade|n
जूस|juice|n
रस|juice|n
फलों का रस|fruit juice|n
फलों का जूस|fruit juice|n
फ्रूट जूस|fruit juice|n
संतरे का जूस|orange juice|n
संतरे का रस|orange juice|n
आम का रस|mango juice|n
मैंगो जूस|mango juice|n
अनार का जूस|pomegranate juice|n
एलोवेरा जूस|aloe vera juice|n
आंवला जूस|indian gooseberry juice|n
टमाटर कैचप|tomato ketchup|n
केचप|tomato ketchup|n
कैचप|tomato ketchup|n
टमाटर सॉस|tomato sauce|n
टोमैटो सॉस|tomato sauce|n
टमाटर प्यूरी|tomato puree|n
टोमैटो प्यूरी|tomato puree|n
टमाटर पेस्ट|tomato paste|n
सॉस|sauces|n
चटनी|chutney|n
चटनियाँ|chutney|n
पल्प|pulp|n
आम का पल्प|mango pulp|n
मैंगो पल्प|mango pulp|n
स्क्वैश|squash|n
शरबत|fruit syrup|n
शर्बत|fruit syrup|n
पीनट बटर|peanut butter|n
फ्रेंच फ्राइज़|french fries|n
फ्रेंच फ्राइज|french fries|n
अदरक लहसुन पेस्ट|ginger garlic paste|n
अदरक पेस्ट|ginger paste|n
लहसुन पेस्ट|garlic paste|n
कैंडीड फल|candied fruit|n
टूटी फ्रूटी|candied fruit|n
टुटी फ्रूटी|candied fruit|n

# Chapter 21: miscellaneous food preparations
सूप|soup|n
इंस्टेंट सूप|instant soup|n
खमीर|yeast|n
यीस्ट|yeast|n
बेकिंग पाउडर|baking powder|n
बेकिंग सोडा|sodium bicarbonate|n
खाने का सोडा|sodium bicarbonate|n
मीठा सोडा|sodium bicarbonate|n
मेयोनीज़|mayonnaise|n
मेयोनीज|mayonnaise|n
मेयोनेज़|mayonnaise|n
सोया सॉस|soya sauce|n
सिरका|vinegar|n
प्रोटीन पाउडर|protein powder|n
फूड सप्लीमेंट|food supplements|n
डाइटरी सप्लीमेंट|food supplements|n
सप्लीमेंट|supplements|n
आहार पूरक|food supplements|n
आइसक्रीम|ice cream|n
आइस क्रीम|ice cream|n
आईसक्रीम|ice cream|n
कुल्फी|ice cream|n
माउथ फ्रेशनर|mouth freshener|n
मुखवास|mouth freshener|n
पान मसाला|pan masala|n
कस्टर्ड पाउडर|custard powder|n
जेली पाउडर|jelly powder|n
स्वीटनर|sweeteners|n
स्टीविया|stevia|n
च्यवनप्राश|chyawanprash|n
हेल्थ ड्रिंक|malted milk drink powder|n
कॉफी क्रीमर|coffee creamer|n
फ्लेवर|flavouring|n
फ्लेवर्ड|flavoured|m
फ्लेवरड|flavoured|m
स्वादयुक्त|flavoured|m
खाद्य रंग|food colouring|n
फूड कलर|food colouring|n
एसेंस|essence|n
वनीला एसेंस|vanilla essence|n

# Chapter 22: beverages
पानी|water|n
पेयजल|drinking water|n
पीने का पानी|drinking water|n
मिनरल वाटर|mineral waters|n
मिनरल वॉटर|mineral waters|n
बोतलबंद पानी|bottled water|n
पैकेज्ड ड्रिंकिंग वाटर|packaged drinking water|n
सोडा वाटर|soda water|n
सोडा वॉटर|soda water|n
कोल्ड ड्रिंक|soft drinks|n
कोल्ड ड्रिंक्स|soft drinks|n
कोल्डड्रिंक|soft drinks|n
शीतल पेय|soft drinks|n
पेय|beverages|n
पेय पदार्थ|beverages|n
एनर्जी ड्रिंक|energy drinks|n
ड्रिंक|drinks|n
ड्रिंक्स|drinks|n
नारियल पानी|coconut water|n
गन्ने का रस|sugar cane juice|n
शराब|alcoholic beverages|n
मदिरा|alcoholic beverages|n
वाइन|wine|n
रेड वाइन|red wine|n
बीयर|beer|n
बियर|beer|n
व्हिस्की|whisky|n
रम|rum|n
वोडका|vodka|n
ब्रांडी|brandy|n
टकीला|tequila|n
देसी शराब|country liquor|n
ताड़ी|toddy|n
एल्कोहल|ethyl alcohol|n
अल्कोहल|ethyl alcohol|n
एथेनॉल|ethanol|n
इथेनॉल|ethanol|n
स्पिरिट|spirit|n

# Chapter 23: residues and animal feed
पशु आहार|animal feed|n
पशुआहार|animal feed|n
कैटल फीड|cattle feed|n
डॉग फूड|dog food|n
कुत्ते का खाना|dog food|n
कुत्तों का खाना|dog food|n
कैट फूड|cat food|n
बिल्ली का खाना|cat food|n
पेट फूड|pet food|n
मुर्गी दाना|poultry feed|n
पोल्ट्री फीड|poultry feed|n
मुर्गी चारा|poultry feed|n
खली|oil-cake|n
सरसों खली|mustard oil-cake|n
सोयाबीन खली|soya-bean oil-cake|n
डीओसी|oil-cake|n
सोया मील|soya-bean meal|n
चावल की भूसी|rice bran|n
गेहूं का चोकर|wheat bran|n

# Chapter 24: tobacco
तंबाकू|tobacco|n
तम्बाकू|tobacco|n
तंबाखू|tobacco|n
तम्बाखू|tobacco|n
सिगरेट|cigarettes|n
सिगरेटें|cigarettes|n
सिगार|cigars|n
बीड़ी|bidi cigarettes|n
बीडी|bidi cigarettes|n
बीड़ियाँ|bidi cigarettes|n
हुक्का|hookahs|n
हुक्का फ्लेवर|water pipe tobacco|n
शीशा तंबाकू|water pipe tobacco|n
ई-सिगरेट|electronic cigarettes|n
ई सिगरेट|electronic cigarettes|n
इलेक्ट्रॉनिक सिगरेट|electronic cigarettes|n
वेप|electronic cigarettes|n
खैनी|chewing tobacco|n
गुटखा|chewing tobacco|n
ज़र्दा|chewing tobacco|n
जर्दा|chewing tobacco|n
सुंघनी|snuff|n
नसवार|snuff|n
# Chapters 25-27: salt, stone, cement, ores, fuels
नमक|salt|n
सेंधा नमक|rock salt|n
काला नमक|black salt|n
समुद्री नमक|sea salt|n
टेबल नमक|table salt|n
आयोडीन युक्त नमक|iodised salt|n
आयोडाइज्ड नमक|iodised salt|n
हिमालयन पिंक सॉल्ट|himalayan rock salt|n
सॉल्ट|salt|n
गंधक|sulphur|n
सल्फर|sulphur|n
पत्थर|stone|m
पत्थरों|stones|n
पत्थर के|stone|m
पत्थर की|stone|m
संगमरमर|marble|m
मार्बल|marble|m
ग्रेनाइट|granite|m
बलुआ पत्थर|sandstone|m
स्लेट|slate|m
कोटा स्टोन|kota stone|m
रेत|sand|n
बालू|sand|n
मिट्टी|clay|m
चिकनी मिट्टी|clay|m
मुल्तानी मिट्टी|fuller's earth|n
बजरी|gravel|n
गिट्टी|crushed stone|n
रोड़ी|crushed stone|n
चूना|lime|n
चूना पत्थर|limestone|n
बुझा चूना|slaked lime|n
जिप्सम|gypsum|n
प्लास्टर ऑफ पेरिस|plaster of paris|n
पीओपी|plaster of paris|n
प्लास्टर|plaster|n
सीमेंट|cement|n
सिमेंट|cement|n
व्हाइट सीमेंट|white cement|n
अभ्रक|mica|n
माइका|mica|n
टैल्क|talc|n
डोलोमाइट|dolomite|n
क्वार्ट्ज|quartz|n
फिटकरी|alums|n
फिटकिरी|alums|n
सुहागा|borax|n
बोरेक्स|borax|n
लौह अयस्क|iron ore|n
अयस्क|ores|n
बॉक्साइट|bauxite|n
मैंगनीज अयस्क|manganese ore|n
कोयला|coal|n
कोयले|coal|n
लिग्नाइट|lignite|n
पेट कोक|petroleum coke|n
पेट्रोल|petrol|n
डीज़ल|diesel|n
डीजल|diesel|n
मिट्टी का तेल|kerosene|n
केरोसिन|kerosene|n
केरोसीन|kerosene|n
कच्चा तेल|crude petroleum oil|n
क्रूड ऑयल|crude petroleum oil|n
पेट्रोलियम|petroleum|m
इंजन ऑयल|engine oil|n
इंजन तेल|engine oil|n
मोबिल ऑयल|engine oil|n
गियर ऑयल|gear oil|n
लुब्रिकेंट|lubricants|n
लुब्रिकेंट्स|lubricants|n
स्नेहक|lubricants|n
ग्रीस|lubricating grease|n
एलपीजी|liquefied petroleum gas|n
रसोई गैस|liquefied petroleum gas|n
सीएनजी|compressed natural gas|n
प्राकृतिक गैस|natural gas|n
गैस|gas|m
डामर|asphalt|n
बिटुमेन|bitumen|n
तारकोल|tar|n
कोलतार|coal tar|n
पेट्रोलियम जेली|petroleum jelly|n
वैसलीन|petroleum jelly|n
पैराफिन वैक्स|paraffin wax|n
पैराफिन|paraffin|m
बिजली|electric|m
विद्युत|electrical|m

# Chapters 28-30: chemicals, pharmaceuticals
रसायन|chemicals|n
रसायनों|chemicals|n
केमिकल|chemicals|n
केमिकल्स|chemicals|n
रासायनिक|chemical|m
तेज़ाब|acid|n
तेजाब|acid|n
अम्ल|acid|n
एसिड|acid|n
सल्फ्यूरिक एसिड|sulphuric acid|n
गंधक का तेजाब|sulphuric acid|n
हाइड्रोक्लोरिक एसिड|hydrochloric acid|n
नाइट्रिक एसिड|nitric acid|n
फॉस्फोरिक एसिड|phosphoric acid|n
साइट्रिक एसिड|citric acid|n
नींबू सत|citric acid|n
एसिटिक एसिड|acetic acid|n
बोरिक एसिड|boric acid|n
कास्टिक सोडा|caustic soda|n
सोडियम हाइड्रॉक्साइड|sodium hydroxide|n
सोडा ऐश|soda ash|n
सोडियम बाइकार्बोनेट|sodium bicarbonate|n
सोडियम क्लोराइड|sodium chloride|n
अमोनिया|ammonia|n
क्लोरीन|chlorine|n
ब्लीचिंग पाउडर|bleaching powder|n
हाइड्रोजन पेरोक्साइड|hydrogen peroxide|n
ऑक्सीजन|oxygen|n
नाइट्रोजन|nitrogen|n
हाइड्रोजन|hydrogen|n
हीलियम|helium|n
आर्गन|argon|n
कार्बन डाइऑक्साइड|carbon dioxide|n
कार्बन|carbon|m
टाइटेनियम डाइऑक्साइड|titanium dioxide|n
जिंक ऑक्साइड|zinc oxide|n
कैल्शियम कार्बोनेट|calcium carbonate|n
पोटेशियम परमैंगनेट|potassium permanganate|n
लाल दवा|potassium permanganate|n
कॉपर सल्फेट|copper sulphate|n
नीला थोथा|copper sulphate|n
मेथनॉल|methanol|n
एसीटोन|acetone|n
थिनर|thinner|n
कपूर|camphor|n
मेंथॉल|menthol|n
पुदीना सत|menthol|n
आयोडीन|iodine|n
पारा|mercury|n
दवा|medicaments|n
दवाई|medicaments|n
दवाइयाँ|medicaments|n
दवाइयां|medicaments|n
दवाएं|medicaments|n
दवाएँ|medicaments|n
दवाओं|medicaments|n
दवाइयों|medicaments|n
औषधि|medicaments|n
औषधियाँ|medicaments|n
औषधियां|medicaments|n
मेडिसिन|medicaments|n
आयुर्वेदिक|ayurvedic|m
आयुर्वेदिक दवा|ayurvedic medicaments|n
होम्योपैथिक|homoeopathic|m
होम्योपैथिक दवा|homoeopathic medicaments|n
यूनानी|unani|m
गोली|tablets|n
गोलियाँ|tablets|n
गोलियां|tablets|n
टैबलेट|tablets|n
टेबलेट|tablets|n
टैबलेट्स|tablets|n
कैप्सूल|capsules|n
कैप्सूल्स|capsules|n
सिरप|syrup|n
कफ सिरप|cough syrup|n
खांसी की दवा|cough medicine|n
खांसी का सिरप|cough syrup|n
मरहम|ointment|n
मलहम|ointment|n
ऑइंटमेंट|ointment|n
बाम|balm|n
दर्द निवारक|painkillers|n
पेन किलर|painkillers|n
वैक्सीन|vaccines|n
टीके|vaccines|n
इंजेक्शन|injections|n
विटामिन|vitamins|n
विटामिन्स|vitamins|n
मल्टीविटामिन|multivitamins|n
कैल्शियम|calcium|m
आयरन टैबलेट|iron tablets|n
एंटीबायोटिक|antibiotics|n
एंटीबायोटिक्स|antibiotics|n
एंटीसेप्टिक|antiseptic|m
एंटीसेप्टिक लिक्विड|antiseptic liquid|n
पट्टी|strips|n
मरहम पट्टी|bandages|n
बैंडेज|bandages|n
बैंड-एड|adhesive dressings|n
बैंडएड|adhesive dressings|n
रुई|cotton wool|n
कॉटन वूल|cotton wool|n
गॉज|gauze|n
गॉज़|gauze|n
फर्स्ट एड किट|first-aid kits|n
फर्स्ट ऐड किट|first-aid kits|n
प्राथमिक चिकित्सा किट|first-aid kits|n
ओआरएस|oral rehydration salts|n
रक्त|blood|n

# Chapters 31-34: fertilisers, paints, cosmetics, soap
खाद|fertilisers|n
खादों|fertilisers|n
उर्वरक|fertilisers|n
उर्वरकों|fertilisers|n
फर्टिलाइज़र|fertilisers|n
फर्टिलाइजर|fertilisers|n
यूरिया|urea|n
डीएपी|diammonium phosphate|n
एनपीके|npk fertilisers|n
पोटाश|potassic fertilisers|n
सुपर फॉस्फेट|superphosphates|n
सिंगल सुपर फॉस्फेट|superphosphates|n
अमोनियम सल्फेट|ammonium sulphate|n
जैविक खाद|organic fertilisers|n
जैविक उर्वरक|organic fertilisers|n
वर्मीकम्पोस्ट|vermicompost|n
वर्मी कम्पोस्ट|vermicompost|n
केंचुआ खाद|vermicompost|n
कम्पोस्ट|compost|n
कंपोस्ट|compost|n
गोबर खाद|manure|n
जैव उर्वरक|biofertilisers|n
रंग|colour|m
रंगों|colours|m
पेंट|paint|n
पेन्ट|paint|n
पेंट्स|paints|n
डिस्टेंपर|distempers|n
वार्निश|varnish|n
प्राइमर|primer|n
इनेमल पेंट|enamel paint|n
एनामेल पेंट|enamel paint|n
इमल्शन पेंट|emulsion paint|n
स्प्रे पेंट|spray paint|n
डाई|dyes|n
स्याही|ink|n
इंक|ink|n
प्रिंटर इंक|printing ink|n
प्रिंटिंग इंक|printing ink|n
टोनर|toner|n
पुट्टी|putty|n
वॉल पुट्टी|wall putty|n
वाल पुट्टी|wall putty|n
रंगोली|rangoli colours|n
रंगोली के रंग|rangoli colours|n
गुलाल|coloured powder|n
होली के रंग|coloured powder|n
पिगमेंट|pigments|n
सिंदूर|vermilion|n
सिन्दूर|vermilion|n
कुमकुम|kumkum powder|n
वॉटर कलर|water colours|n
वाटर कलर|water colours|n
पोस्टर कलर|poster colours|n
ऑयल पेंट|oil paint|n
इत्र|perfumes|n
इतर|perfumes|n
अत्तर|perfumes|n
परफ्यूम|perfumes|n
परफ़्यूम|perfumes|n
परफ्यूम्स|perfumes|n
सुगंध|fragrance|n
खुशबू|fragrance|n
डियो|deodorants|n
डिओ|deodorants|n
डियोड्रेंट|deodorants|n
डिओडोरेंट|deodorants|n
बॉडी स्प्रे|body spray|n
आवश्यक तेल|essential oils|n
एसेंशियल ऑयल|essential oils|n
सौंदर्य प्रसाधन|cosmetics|n
कॉस्मेटिक|cosmetics|n
कॉस्मेटिक्स|cosmetics|n
ब्यूटी प्रोडक्ट्स|beauty products|n
मेकअप|make-up|n
मेक अप|make-up|n
मेकअप किट|make-up sets|n
लिपस्टिक|lipstick|n
लिपस्टिक्स|lipstick|n
लिप बाम|lip balm|n
लिप ग्लॉस|lip gloss|n
काजल|kohl|n
आईलाइनर|eyeliner|n
आई लाइनर|eyeliner|n
मस्कारा|mascara|n
आईशैडो|eye shadow|n
आई शैडो|eye shadow|n
फाउंडेशन|foundation|n
कॉम्पैक्ट पाउडर|compact powder|n
कंसीलर|concealer|n
प्राइमर क्रीम|primer|n
नेल पॉलिश|nail varnish|n
नेलपॉलिश|nail varnish|n
नेल पेंट|nail varnish|n
नेल पॉलिश रिमूवर|nail varnish remover|n
फेस क्रीम|face cream|n
फेयरनेस क्रीम|face cream|n
कोल्ड क्रीम|cold cream|n
नाइट क्रीम|night cream|n
मॉइस्चराइज़र|moisturiser|n
मॉइस्चराइजर|moisturiser|n
लोशन|lotion|n
बॉडी लोशन|body lotion|n
सनस्क्रीन|sunscreen|n
सन स्क्रीन|sunscreen|n
फेस वॉश|face wash|n
फेसवॉश|face wash|n
फेस वाश|face wash|n
फेस पैक|face pack|n
सीरम|serum|n
फेस सीरम|face serum|n
पाउडर|powder|n
टैल्कम पाउडर|talcum powder|n
टेल्कम पाउडर|talcum powder|n
शैम्पू|shampoo|n
शैंपू|shampoo|n
शेम्पू|shampoo|n
कंडीशनर|hair conditioner|n
हेयर कंडीशनर|hair conditioner|n
हेयर ऑयल|hair oil|n
हेयर ऑइल|hair oil|n
बालों का तेल|hair oil|n
आंवला तेल|amla hair oil|n
हेयर जेल|hair gel|n
हेयर वैक्स|hair wax|n
हेयर डाई|hair dye|n
हेयर कलर|hair dye|n
बालों का रंग|hair dye|n
हेयर स्प्रे|hair lacquer|n
टूथपेस्ट|toothpaste|n
टूथ पेस्ट|toothpaste|n
दंत मंजन|tooth powder|n
मंजन|tooth powder|n
टूथ पाउडर|tooth powder|n
माउथवॉश|mouthwash|n
माउथ वॉश|mouthwash|n
डेंटल फ्लॉस|dental floss|n
शेविंग क्रीम|shaving cream|n
शेविंग फोम|shaving foam|n
शेविंग जेल|shaving gel|n
आफ्टरशेव|after-shave|n
आफ्टर शेव|after-shave|n
गुलाब जल|rose water|n
गुलाबजल|rose water|n
शावर जेल|shower gel|n
बॉडी वॉश|shower gel|n
हेयर रिमूवल क्रीम|depilatories|n
वैक्स|wax|n
वैक्स स्ट्रिप्स|wax strips|n
उबटन|herbal face pack|n
अगरबत्ती|agarbatti|n
अगरबत्तियाँ|agarbatti|n
अगरबत्तियां|agarbatti|n
धूपबत्ती|incense|n
धूप बत्ती|incense|n
धूप स्टिक|incense sticks|n
सांब्रानी|incense|n
रूम फ्रेशनर|room deodorisers|n
एयर फ्रेशनर|room deodorisers|n
कार फ्रेशनर|car air fresheners|n
साबुन|soap|n
साबुनों|soap|n
साबुन की टिकिया|soap bars|n
नहाने का साबुन|toilet soap|n
ग्लिसरीन साबुन|glycerine soap|n
हैंडवॉश|liquid soap|n
हैंड वॉश|liquid soap|n
हैंडवाश|liquid soap|n
तरल साबुन|liquid soap|n
लिक्विड सोप|liquid soap|n
डिटर्जेंट|detergents|n
डिटर्जेंट पाउडर|washing powder|n
वाशिंग पाउडर|washing powder|n
वॉशिंग पाउडर|washing powder|n
कपड़े धोने का पाउडर|washing powder|n
कपड़े धोने का साबुन|laundry soap|n
डिटर्जेंट केक|laundry soap|n
लिक्विड डिटर्जेंट|liquid detergent|n
डिशवॉश|washing-up liquid|n
डिश वॉश|washing-up liquid|n
डिशवॉश बार|dishwashing bars|n
बर्तन धोने का साबुन|dishwashing bars|n
बर्तन साफ करने का लिक्विड|washing-up liquid|n
फ्लोर क्लीनर|floor cleaner|n
टॉयलेट क्लीनर|toilet cleaner|n
ग्लास क्लीनर|glass cleaner|n
क्लीनर|cleaner|n
फिनाइल|disinfectants|n
फिनायल|disinfectants|n
मोमबत्ती|candles|n
मोमबत्तियाँ|candles|n
मोमबत्तियां|candles|n
कैंडल|candles|n
कैंडल्स|candles|n
पॉलिश|polish|n
जूता पॉलिश|shoe polish|n
जूते की पॉलिश|shoe polish|n
फर्नीचर पॉलिश|furniture polish|n
कार पॉलिश|car polish|n
फैब्रिक कंडीशनर|fabric softener|n
क्लॉथ वाइटनर|fabric whitener|n
नील|laundry blue|n

# Chapters 35-38: glues, explosives, pesticides, other chemicals
ग्लू|glue|n
सुपर ग्लू|super glue|n
एडहेसिव|adhesives|n
चिपकने वाला|adhesive|m
चिपकने वाली|adhesive|m
स्वयं चिपकने वाला|self-adhesive|m
जिलेटिन|gelatin|n
एंजाइम|enzymes|n
पटाखे|fireworks|n
पटाखा|fireworks|n
पटाखों|fireworks|n
आतिशबाजी|fireworks|n
आतिशबाज़ी|fireworks|n
फुलझड़ी|sparklers|n
फुलझड़ियाँ|sparklers|n
बारूद|gunpowder|n
माचिस|matches|n
दियासलाई|matches|n
लाइटर|lighters|n
गैस लाइटर|gas lighters|n
कीटनाशक|insecticides|n
कीटनाशकों|insecticides|n
कीटनाशी|insecticides|n
पेस्टीसाइड|pesticides|n
इंसेक्टिसाइड|insecticides|n
मच्छर|mosquito|m
मच्छर कॉइल|mosquito coils|n
मच्छर भगाने वाली अगरबत्ती|mosquito repellent incense|n
मॉस्किटो रिपेलेंट|mosquito repellents|n
मच्छर रिपेलेंट|mosquito repellents|n
मॉस्किटो|mosquito|m
खरपतवारनाशक|herbicides|n
खरपतवार नाशक|herbicides|n
हर्बीसाइड|herbicides|n
फफूंदनाशक|fungicides|n
फफूंदीनाशक|fungicides|n
फंगीसाइड|fungicides|n
चूहे मारने की दवा|rodenticides|n
कीटाणुनाशक|disinfectants|n
डिसइंफेक्टेंट|disinfectants|n
सैनिटाइज़र|sanitiser|n
सैनिटाइजर|sanitiser|n
सेनिटाइजर|sanitiser|n
हैंड सैनिटाइज़र|hand sanitiser|n
हैंड सैनिटाइजर|hand sanitiser|n
ब्रेक ऑयल|brake fluid|n
ब्रेक फ्लूइड|brake fluid|n
कूलेंट|coolant|n
बायोडीजल|biodiesel|n
सक्रिय कार्बन|activated carbon|n
एक्टिवेटेड कार्बन|activated carbon|n
एक्टिवेटेड चारकोल|activated carbon|n
फोटो फिल्म|photographic film|n
कैमरा रील|photographic film|n
फोटो पेपर|photographic paper|n
# Chapter 39: plastics
प्लास्टिक|plastics|m
प्लास्टिक्स|plastics|m
पीवीसी|pvc|m
यूपीवीसी|upvc|m
सीपीवीसी|cpvc|m
पॉलीथीन|polyethylene|m
पॉलिथीन|polyethylene|m
पोलीथीन|polyethylene|m
एचडीपीई|high-density polyethylene|m
एलडीपीई|low-density polyethylene|m
पॉलीप्रोपाइलीन|polypropylene|m
पीपी|polypropylene|m
थर्मोकोल|expanded polystyrene|m
थर्माकोल|expanded polystyrene|m
पॉलीस्टाइरीन|polystyrene|m
एक्रिलिक|acrylic|m
एक्रेलिक|acrylic|m
ऐक्रेलिक|acrylic|m
रेज़िन|resin|m
रेजिन|resin|m
एपॉक्सी|epoxy resin|m
एपॉक्सी रेजिन|epoxy resin|m
पॉलीकार्बोनेट|polycarbonate|m
पॉलीयूरेथेन|polyurethane|m
पीयू|polyurethane|m
मेलामाइन|melamine|m
सिलिकॉन|silicone|m
सिलिकोन|silicone|m
फाइबर|fibre|m
फ़ाइबर|fibre|m
फाइबरग्लास|glass fibres|m
फाइबर ग्लास|glass fibres|m
प्लास्टिक दाना|plastic granules|n
प्लास्टिक ग्रेन्यूल्स|plastic granules|n
प्लास्टिक बैग|plastic bags|n
प्लास्टिक की थैली|plastic bags|n
प्लास्टिक थैली|plastic bags|n
पॉलीथीन बैग|polyethylene bags|n
पन्नी|plastic bags|n
कैरी बैग|carrier bags|n
गारबेज बैग|refuse bags|n
कचरा बैग|refuse bags|n
ज़िपलॉक बैग|zip-lock bags|n
जिपलॉक बैग|zip-lock bags|n
प्लास्टिक फिल्म|plastic film|n
स्ट्रेच फिल्म|stretch film|n
क्लिंग फिल्म|cling film|n
बबल रैप|bubble wrap|n
पाइप|pipes|n
पाइपों|pipes|n
पीवीसी पाइप|pvc pipes|n
नली|tubes|n
ट्यूब|tubes|n
होज़|hoses|n
होज|hoses|n
होज़ पाइप|hoses|n
होज पाइप|hoses|n
पानी की टंकी|water tanks|n
टंकी|tanks|n
टैंक|tanks|n
बाल्टी|buckets|n
बालटी|buckets|n
बाल्टियाँ|buckets|n
बाल्टियां|buckets|n
मग|mugs|n
मगों|mugs|n
डिब्बा|boxes|n
डिब्बे|boxes|n
डिब्बी|small boxes|n
डब्बा|boxes|n
डब्बे|boxes|n
कंटेनर|containers|n
कंटेनरों|containers|n
टिफिन|lunch boxes|n
टिफ़िन|lunch boxes|n
टिफिन बॉक्स|lunch boxes|n
लंच बॉक्स|lunch boxes|n
लंचबॉक्स|lunch boxes|n
बोतल|bottles|n
बोतलें|bottles|n
बोतलों|bottles|n
बॉटल|bottles|n
पानी की बोतल|water bottles|n
वॉटर बॉटल|water bottles|n
वाटर बोतल|water bottles|n
ढक्कन|lids|n
ढक्कनों|lids|n
कैप|caps|n
स्प्रे बोतल|spray bottles|n
शीट|sheets|n
शीटें|sheets|n
शीट्स|sheets|n
तिरपाल|tarpaulins|n
तिरपाल शीट|tarpaulins|n
टेप|tape|n
सेलो टेप|adhesive tape|n
सेलोटेप|adhesive tape|n
पैकिंग टेप|packing tape|n
डबल साइड टेप|double-sided tape|n
इंसुलेशन टेप|insulating tape|n
डस्टबिन|waste bins|n
कूड़ेदान|waste bins|n
कचरा पात्र|waste bins|n
टब|tubs|n
बाथटब|baths|n
स्ट्रॉ|drinking straws|n
डिस्पोजेबल गिलास|disposable cups|n
डिस्पोजेबल प्लेट|disposable plates|n
पत्तल|leaf plates|n
दोना|leaf bowls|n
प्लास्टिक कुर्सी|plastic chairs|n
पानी की टंकियाँ|water tanks|n

# Chapter 40: rubber
रबर|rubber|m
रबड़|rubber|m
रबड|rubber|m
प्राकृतिक रबर|natural rubber|m
सिंथेटिक रबर|synthetic rubber|m
लेटेक्स|latex|m
टायर|tyres|n
टायरों|tyres|n
टायर ट्यूब|inner tubes|n
ट्यूबलेस टायर|tubeless tyres|n
रीट्रेड टायर|retreaded tyres|n
कंडोम|condoms|n
निरोध|condoms|n
गैसकेट|gaskets|n
गास्केट|gaskets|n
ओ-रिंग|o-rings|n
ओ रिंग|o-rings|n
रबर बैंड|rubber bands|n
इरेज़र|erasers|n
इरेजर|erasers|n
कन्वेयर बेल्ट|conveyor belts|n
वी बेल्ट|v-belts|n
फैन बेल्ट|fan belts|n
रबर मैट|rubber mats|n
सर्जिकल दस्ताने|surgical gloves|n
नाइट्राइल दस्ताने|nitrile gloves|n
लेटेक्स दस्ताने|latex gloves|n
गुब्बारा|balloons|n
गुब्बारे|balloons|n
गुब्बारों|balloons|n
गर्म पानी की थैली|hot-water bottles|n
हॉट वाटर बैग|hot-water bottles|n

# Chapters 41-43: hides, leather, bags, furskins
चमड़ा|leather|m
चमड़े|leather|m
चमडा|leather|m
चमडे|leather|m
लेदर|leather|m
असली चमड़ा|genuine leather|m
असली चमड़े|genuine leather|m
असली लेदर|genuine leather|m
जेन्युइन लेदर|genuine leather|m
जेनुइन लेदर|genuine leather|m
नकली चमड़ा|imitation leather|m
नकली चमड़े|imitation leather|m
नकली लेदर|imitation leather|m
सिंथेटिक लेदर|synthetic leather|m
फॉक्स लेदर|synthetic leather|m
पीयू लेदर|polyurethane-coated synthetic leather|m
वीगन लेदर|synthetic leather|m
रेक्सीन|imitation leather|m
रेग्जीन|imitation leather|m
खाल|hides|n
खालें|hides|n
कच्ची खाल|raw hides|n
साबर|suede|m
स्वेड|suede|m
बैग|bags|n
बैगों|bags|n
बैग्स|bags|n
थैला|bags|n
थैले|bags|n
थैली|pouches|n
झोला|shopping bags|n
झोले|shopping bags|n
हैंडबैग|handbags|n
हैंड बैग|handbags|n
हैंडबैग्स|handbags|n
पर्स|purses|n
मनी पर्स|wallets|n
बटुआ|wallets|n
बटुए|wallets|n
वॉलेट|wallets|n
वालेट|wallets|n
बैकपैक|rucksacks|n
बैग पैक|rucksacks|n
बैगपैक|rucksacks|n
पिट्ठू बैग|rucksacks|n
पिठ्ठू बैग|rucksacks|n
स्कूल बैग|school bags|n
लैपटॉप बैग|laptop bags|n
कॉलेज बैग|rucksacks|n
सूटकेस|suitcases|n
ट्रॉली बैग|suitcases|n
अटैची|suitcases|n
ब्रीफकेस|briefcases|n
यात्रा बैग|travelling bags|n
ट्रैवल बैग|travelling bags|n
डफल बैग|travelling bags|n
जिम बैग|sports bags|n
स्लिंग बैग|shoulder bags|n
शोल्डर बैग|shoulder bags|n
क्रॉसबॉडी बैग|shoulder bags|n
टोट बैग|tote bags|n
क्लच बैग|clutch bags|n
पाउच|pouches|n
कॉस्मेटिक पाउच|toilet bags|n
मेकअप पाउच|toilet bags|n
पेंसिल बॉक्स|pencil cases|n
पेंसिल पाउच|pencil cases|n
कवर|covers|n
कवरों|covers|n
केस|cases|n
मोबाइल कवर|mobile phone cases|n
मोबाइल केस|mobile phone cases|n
फ़ोन कवर|mobile phone cases|n
फोन कवर|mobile phone cases|n
फोन केस|mobile phone cases|n
बैक कवर|mobile phone cases|n
फ्लिप कवर|mobile phone cases|n
चश्मे का केस|spectacle cases|n
बेल्ट|belts|n
बेल्ट्स|belts|n
कमरबंद|waist belts|n
पट्टा|straps|n
पट्टे|straps|n
स्ट्रैप|straps|n
घड़ी का पट्टा|watch straps|n
वॉच स्ट्रैप|watch straps|n
वॉच बैंड|watch straps|n
कुत्ते का पट्टा|dog collars|n
डॉग कॉलर|dog collars|n
डॉग बेल्ट|dog collars|n
काठी|saddles|n
लगाम|bridles|n
घोड़े की काठी|saddles|n
फर|fur|m
फ़र|fur|m
नकली फर|artificial fur|m
फर कोट|fur coats|n

# Chapters 44-46: wood, cork, basketware
लकड़ी|wood|m
लकडी|wood|m
लकड़ी का|wooden|m
लकड़ी की|wooden|m
लकड़ी के|wooden|m
लकडी का|wooden|m
लकडी की|wooden|m
लकडी के|wooden|m
लकड़ियाँ|fuel wood|n
लकड़ियां|fuel wood|n
काष्ठ|wood|m
वुडन|wooden|m
वुड|wood|m
इमारती लकड़ी|timber|n
लट्ठा|logs|n
लट्ठे|logs|n
लठ्ठे|logs|n
तख्ता|boards|n
तख़्ता|boards|n
तख्ते|boards|n
पटरा|planks|n
बोर्ड|board|n
बोर्डों|boards|n
प्लाईवुड|plywood|n
प्लाई|plywood|n
एमडीएफ|medium density fibreboard|n
एमडीएफ बोर्ड|medium density fibreboard|n
पार्टिकल बोर्ड|particle board|n
ब्लॉक बोर्ड|blockboard|n
विनियर|veneer|n
वीनियर|veneer|n
लैमिनेट|laminates|n
सनमाइका|decorative laminates|n
पैलेट|pallets|n
पैलेट्स|pallets|n
जलाऊ लकड़ी|fuel wood|n
लकड़ी का बुरादा|sawdust|n
बुरादा|sawdust|n
लकड़ी का कोयला|wood charcoal|n
चारकोल|charcoal|n
सागौन|teak|m
सागवान|teak|m
टीक|teak|m
शीशम|sheesham|m
रोज़वुड|rosewood|m
रोजवुड|rosewood|m
देवदार|cedar|m
चीड़|pine|m
पाइन|pine|m
पाइनवुड|pine|m
आम की लकड़ी|mango wood|m
मैंगो वुड|mango wood|m
बबूल|acacia|m
नीम की लकड़ी|neem wood|m
चंदन की लकड़ी|sandalwood|m
यूकेलिप्टस|eucalyptus|m
ओक|oak|m
बांस|bamboo|m
बाँस|bamboo|m
बैम्बू|bamboo|m
बेंत|rattan|m
रतन|rattan|m
केन|cane|m
कॉर्क|cork|m
फोटो फ्रेम|photo frames|n
फ़ोटो फ्रेम|photo frames|n
फ्रेम|frames|n
फ्रेमों|frames|n
चौखट|door frames|n
दरवाज़ा|doors|n
दरवाजा|doors|n
दरवाज़े|doors|n
दरवाजे|doors|n
खिड़की|windows|n
खिडकी|windows|n
खिड़कियाँ|windows|n
खिड़कियां|windows|n
टोकरी|baskets|n
टोकरियाँ|baskets|n
टोकरियां|baskets|n
टोकरा|baskets|n
डलिया|baskets|n
बास्केट|baskets|n
चटाई|mats|n
चटाइयाँ|mats|n
चटाइयां|mats|n
हाथ का पंखा|hand fans|n
लकड़ी के खिलौने|wooden toys|n
लकड़ी का फर्नीचर|wooden furniture|n
चॉपिंग बोर्ड|chopping boards|n
कटिंग बोर्ड|chopping boards|n
चकला|rolling boards|n
बेलन|rolling pins|n
चकला बेलन|rolling board and pin sets|n
कपड़े सुखाने का स्टैंड|clothes drying racks|n
हैंगर|hangers|n
हैंगर्स|hangers|n
कपड़े टांगने का हैंगर|clothes hangers|n

# Chapters 47-49: paper, paperboard, printed matter
कागज़|paper|m
कागज|paper|m
काग़ज़|paper|m
कागजों|paper|m
कागज़ों|paper|m
पेपर|paper|m
रद्दी|waste paper|n
रद्दी कागज|waste paper|n
लुगदी|pulp|n
गत्ता|paperboard|m
गत्ते|paperboard|m
कार्डबोर्ड|paperboard|m
कार्ड बोर्ड|paperboard|m
नालीदार गत्ता|corrugated paperboard|n
कोरुगेटेड बॉक्स|corrugated boxes|n
कार्टन|cartons|n
कार्टन बॉक्स|cartons|n
गत्ते का डिब्बा|cartons|n
गत्ते के डिब्बे|cartons|n
क्राफ्ट पेपर|kraft paper|n
टिश्यू पेपर|paper tissues|n
टिशू पेपर|paper tissues|n
टिश्यू|paper tissues|n
टिशू|paper tissues|n
फेशियल टिश्यू|facial tissues|n
नैपकिन|napkins|n
पेपर नैपकिन|paper napkins|n
टॉयलेट पेपर|toilet paper|n
टॉयलेट रोल|toilet paper|n
किचन टॉवल|kitchen towels|n
किचन रोल|kitchen towels|n
सैनिटरी नैपकिन|sanitary towels|n
सेनेटरी नैपकिन|sanitary towels|n
सैनिटरी पैड|sanitary towels|n
सेनेटरी पैड|sanitary towels|n
सैनिटरी पैड्स|sanitary towels|n
डायपर|diapers|n
डायपर्स|diapers|n
बेबी डायपर|babies' diapers|n
एडल्ट डायपर|adult diapers|n
पैंट डायपर|diaper pants|n
डायपर पैंट|diaper pants|n
बेबी डायपर पैंट|babies' diaper pants|n
वेट वाइप्स|wet wipes|n
वाइप्स|wipes|n
ए4 पेपर|a4 paper|n
ए4 साइज पेपर|a4 paper|n
प्रिंटिंग पेपर|printing paper|n
कॉपियर पेपर|copier paper|n
कॉपी|exercise books|n
कॉपियाँ|exercise books|n
कॉपियां|exercise books|n
नोटबुक|notebooks|n
नोटबुक्स|notebooks|n
नोटपैड|notepads|n
रजिस्टर|registers|n
डायरी|diaries|n
डायरियाँ|diaries|n
लिफाफा|envelopes|n
लिफ़ाफ़ा|envelopes|n
लिफाफे|envelopes|n
लिफ़ाफ़े|envelopes|n
स्टिकर|stickers|n
स्टिकर्स|stickers|n
लेबल|labels|n
लेबल्स|labels|n
कैलेंडर|calendars|n
कैलेण्डर|calendars|n
किताब|books|n
किताबें|books|n
किताबों|books|n
पुस्तक|books|n
पुस्तकें|books|n
पुस्तकों|books|n
बुक|books|n
बुक्स|books|n
उपन्यास|novels|n
कॉमिक्स|comics|n
पाठ्यपुस्तक|textbooks|n
पत्रिका|magazines|n
पत्रिकाएँ|magazines|n
पत्रिकाएं|magazines|n
मैगज़ीन|magazines|n
मैगजीन|magazines|n
अख़बार|newspapers|n
अखबार|newspapers|n
समाचार पत्र|newspapers|n
नक्शा|maps|n
नक़्शा|maps|n
नक्शे|maps|n
मानचित्र|maps|n
पोस्टर|posters|n
पोस्टरों|posters|n
ग्रीटिंग कार्ड|greeting cards|n
शादी का कार्ड|wedding cards|n
शादी के कार्ड|wedding cards|n
निमंत्रण पत्र|invitation cards|n
निमंत्रण कार्ड|invitation cards|n
विजिटिंग कार्ड|visiting cards|n
कार्ड|cards|n
कार्ड्स|cards|n
वॉलपेपर|wallpaper|n
वालपेपर|wallpaper|n
पेपर बैग|paper bags|n
कागज के थैले|paper bags|n
कागज़ के थैले|paper bags|n
पेपर कप|paper cups|n
पेपर प्लेट|paper plates|n
ड्राइंग बुक|drawing books|n
स्केचबुक|sketch books|n
स्केच बुक|sketch books|n
चार्ट पेपर|chart paper|n
ग्राफ पेपर|graph paper|n
रसीद बुक|receipt books|n
रसीद|receipts|n
बिल बुक|bill books|n
फाइल|files|n
फ़ाइल|files|n
फाइल फोल्डर|file folders|n
फोल्डर|folders|n
पतंग|kites|n
पतंगें|kites|n
मांझा|kite string|n
धार्मिक पुस्तक|religious books|n
चित्र पुस्तक|picture books|n
# Chapters 50-60: textile fibres, yarn and fabrics
रेशम|silk|m
रेशमी|silk|m
सिल्क|silk|m
शुद्ध रेशम|pure silk|m
प्योर सिल्क|pure silk|m
कच्चा रेशम|raw silk|m
बनारसी|banarasi silk|m
टसर|tussar silk|m
तसर|tussar silk|m
ऊन|wool|m
ऊनी|woollen|m
वूल|wool|m
वूलन|woollen|m
ऊलन|woollen|m
मेरिनो ऊन|merino wool|m
मेरिनो वूल|merino wool|m
पश्मीना|cashmere|m
कश्मीरी ऊन|cashmere|m
कैशमीयर|cashmere|m
अंगोरा|angora|m
सूत|yarn|n
सूती|cotton|m
कॉटन|cotton|m
कपास|cotton|m
शुद्ध सूती|pure cotton|m
शुद्ध कॉटन|pure cotton|m
प्योर कॉटन|pure cotton|m
ऑर्गेनिक कॉटन|organic cotton|m
खादी|khadi cotton|m
लिनन|linen|m
लिनेन|linen|m
जूट|jute|m
पटसन|jute|m
नारियल जटा|coir|m
नारियल का रेशा|coir|m
कॉयर|coir|m
रेशा|fibre|m
रेशे|fibres|m
पॉलिएस्टर|polyester|m
पॉलिस्टर|polyester|m
पॉलीएस्टर|polyester|m
पोलिएस्टर|polyester|m
नायलॉन|nylon|m
नाइलॉन|nylon|m
नाइलोन|nylon|m
रेयान|rayon|m
रेयॉन|rayon|m
विस्कोस|viscose|m
मोडाल|modal|m
स्पैन्डेक्स|elastane|m
स्पैंडेक्स|elastane|m
लाइक्रा|elastane|m
इलास्टेन|elastane|m
माइक्रोफाइबर|microfibre|m
माइक्रो फाइबर|microfibre|m
सिंथेटिक|synthetic|m
टेरीकॉट|polyester-cotton|m
टेरी कॉटन|polyester-cotton|m
पॉलीकॉटन|polyester-cotton|m
धागा|thread|n
धागे|thread|n
धागों|thread|n
सिलाई धागा|sewing thread|n
सिलाई का धागा|sewing thread|n
यार्न|yarn|n
सूती धागा|cotton yarn|n
ऊनी धागा|woollen yarn|n
बुनाई का ऊन|knitting yarn|n
ज़री|metallised yarn|n
जरी|metallised yarn|n
कपड़ा|fabric|n
कपडा|fabric|n
कपड़े का|textile|m
कपड़े की|textile|m
कपड़े के|textile|m
फैब्रिक|fabric|n
फ़ैब्रिक|fabric|n
ड्रेस मटेरियल|dress material|n
ड्रेस मटीरियल|dress material|n
अनसिला सूट|unstitched dress material|n
अनस्टिच्ड|unstitched|m
सेमी स्टिच्ड|semi-stitched|m
स्टिच्ड|stitched|m
थान|fabric rolls|n
डेनिम|denim|m
मखमल|velvet|m
मख़मल|velvet|m
वेलवेट|velvet|m
शिफॉन|chiffon|m
शिफ़ॉन|chiffon|m
जॉर्जेट|georgette|m
क्रेप|crepe|m
साटन|satin|m
सैटिन|satin|m
ऑर्गेंज़ा|organza|m
ऑर्गेंजा|organza|m
नेट|net|m
कैनवास|canvas|m
कैनवस|canvas|m
फ्लीस|fleece|m
टेरी|terry|m
कॉरडरॉय|corduroy|m
ट्वील|twill|m
पॉपलिन|poplin|m
कैम्ब्रिक|cambric|m
मलमल|muslin|m
चंदेरी|chanderi|m
कोटा डोरिया|cotton-silk|m
हथकरघा|hand-woven|m
हैंडलूम|hand-woven|m
हैंडलूम साड़ी|hand-woven saris|n
क्रोशिया|crocheted|m
क्रोशिए|crocheted|m
कढ़ाई वाला|embroidered|m
कढ़ाई वाली|embroidered|m
कढ़ाई वाले|embroidered|m
कढ़ाईदार|embroidered|m
कशीदाकारी|embroidered|m
एम्ब्रॉयडरी|embroidered|m
एम्ब्रायडरी|embroidered|m
एम्ब्रॉयडर्ड|embroidered|m
चिकनकारी|chikan embroidered|m
लखनवी चिकन|chikan embroidered|m
ज़रदोज़ी|zardozi embroidered|m
जरदोजी|zardozi embroidered|m
लेस|lace|n
गोटा|gota lace|n
गोटा पट्टी|gota lace|n
रिबन|ribbons|n
झालर|fringes|n
पैच|patches|n
बैज|badges|n
नमदा|felt|m
फेल्ट|felt|m
नॉन वोवन|nonwovens|m
नॉन-वोवन|nonwovens|m
नॉनवुवन|nonwovens|m
रस्सी|ropes|n
रस्सियाँ|ropes|n
रस्सियां|ropes|n
रस्सा|ropes|n
सुतली|twine|n
सूतली|twine|n
सुतलियाँ|twine|n
डोरी|cord|n
डोरियाँ|cord|n
मछली पकड़ने का जाल|fishing nets|n
जाल|nets|n
कालीन|carpets|n
कालीनों|carpets|n
गलीचा|carpets|n
गलीचे|carpets|n
कारपेट|carpets|n
दरी|rugs|n
दरियाँ|rugs|n
दरियां|rugs|n
रग|rugs|n
पायदान|doormats|n
डोरमैट|doormats|n
डोर मैट|doormats|n
मैट|mats|n
योगा मैट|yoga mats|n
योग मैट|yoga mats|n
बाथ मैट|bath mats|n

# Chapters 61-63: apparel, clothing accessories and made-up textiles
कपड़े|clothing|n
कपडे|clothing|n
कपड़ों|clothing|n
कपडों|clothing|n
वस्त्र|clothing|n
वस्त्रों|clothing|n
परिधान|apparel|n
पोशाक|clothing|n
पहनावा|clothing|n
रेडीमेड कपड़े|garments|n
रेडीमेड गारमेंट्स|garments|n
गारमेंट्स|garments|n
ड्रेस|dresses|n
ड्रेसेस|dresses|n
ड्रेसेज़|dresses|n
शर्ट|shirts|n
शर्ट्स|shirts|n
शर्टें|shirts|n
कमीज़|shirts|n
कमीज|shirts|n
टी-शर्ट|t-shirts|n
टी शर्ट|t-shirts|n
टीशर्ट|t-shirts|n
टी-शर्ट्स|t-shirts|n
टी शर्ट्स|t-shirts|n
टीशर्ट्स|t-shirts|n
पोलो टी-शर्ट|polo shirts|n
पोलो टीशर्ट|polo shirts|n
पोलो शर्ट|polo shirts|n
बनियान|vests|n
बनियाइन|vests|n
बनियानें|vests|n
टैंक टॉप|vests|n
टॉप|tops|n
टॉप्स|tops|n
क्रॉप टॉप|crop tops|n
कुर्ता|kurta shirts|n
कुर्ते|kurta shirts|n
कुर्तों|kurta shirts|n
कुर्ता पायजामा|kurta pyjama sets|n
कुर्ता पजामा|kurta pyjama sets|n
कुर्ती|tunics|n
कुर्तियाँ|tunics|n
कुर्तियां|tunics|n
कुर्तियों|tunics|n
अनारकली|anarkali dresses|n
अनारकली सूट|anarkali dresses|n
शेरवानी|sherwani coats|n
अचकन|long coats|n
नेहरू जैकेट|waistcoats|n
मोदी जैकेट|waistcoats|n
सदरी|waistcoats|n
वेस्टकोट|waistcoats|n
पायजामा|pyjamas|n
पजामा|pyjamas|n
पाजामा|pyjamas|n
पायजामे|pyjamas|n
पजामे|pyjamas|n
नाइट सूट|pyjamas|n
नाइटसूट|pyjamas|n
नाइटवियर|nightwear|n
नाइटी|nightdresses|n
नाइट ड्रेस|nightdresses|n
नाईटी|nightdresses|n
गाउन|gowns|n
बाथरोब|bathrobes|n
सलवार|trousers|n
शलवार|trousers|n
सलवार सूट|ensembles|n
सलवार कमीज़|ensembles|n
सलवार कमीज|ensembles|n
सूट|suits|n
सूटों|suits|n
सूट सेट|ensembles|n
चूड़ीदार|churidar trousers|n
चूड़ीदार पायजामा|churidar trousers|n
लेगिंग|leggings|n
लेगिंग्स|leggings|n
लैगिंग|leggings|n
लैगिंग्स|leggings|n
जेगिंग|jeggings|n
जेगिंग्स|jeggings|n
पलाज़ो|palazzo trousers|n
पलाजो|palazzo trousers|n
धोती|dhotis|n
धोतियाँ|dhotis|n
लुंगी|sarongs|n
लुंगियाँ|sarongs|n
साड़ी|saris|n
साडी|saris|n
साड़ियाँ|saris|n
साड़ियां|saris|n
साडियाँ|saris|n
साडियां|saris|n
साड़ियों|saris|n
सिल्क साड़ी|silk saris|n
कॉटन साड़ी|cotton saris|n
बनारसी साड़ी|banarasi silk saris|n
लहंगा|skirts|n
लहँगा|skirts|n
लहंगे|skirts|n
लहंगा चोली|lehenga choli ensembles|n
घाघरा|skirts|n
घाघरा चोली|lehenga choli ensembles|n
ब्लाउज़|blouses|n
ब्लाउज|blouses|n
ब्लाउज़ों|blouses|n
चोली|blouses|n
रेडीमेड ब्लाउज|blouses|n
दुपट्टा|scarves|n
दुपट्टे|scarves|n
चुन्नी|scarves|n
ओढ़नी|scarves|n
शॉल|shawls|n
शाल|shawls|n
शॉलों|shawls|n
स्टोल|stoles|n
स्कार्फ|scarves|n
स्कार्फ़|scarves|n
मफलर|mufflers|n
हिजाब|headscarves|n
बुर्का|burqas|n
स्वेटर|sweaters|n
स्वेटरों|sweaters|n
पुलोवर|pullovers|n
कार्डिगन|cardigans|n
जर्सी|jerseys|n
स्वेटशर्ट|sweatshirts|n
स्वेट शर्ट|sweatshirts|n
हुडी|hooded sweatshirts|n
हूडी|hooded sweatshirts|n
हुडीज़|hooded sweatshirts|n
जैकेट|jackets|n
जैकेट्स|jackets|n
जैकेटें|jackets|n
कोट|coats|n
कोटों|coats|n
ओवरकोट|overcoats|n
रेनकोट|raincoats|n
बरसाती|raincoats|n
विंडचीटर|wind-cheaters|n
पफर जैकेट|padded jackets|n
ब्लेज़र|blazers|n
ब्लेजर|blazers|n
जींस|jeans|n
जीन्स|jeans|n
डेनिम जींस|denim jeans|n
पैंट|trousers|n
पैन्ट|trousers|n
पैंट्स|trousers|n
पतलून|trousers|n
ट्राउज़र|trousers|n
ट्राउजर|trousers|n
ट्राउज़र्स|trousers|n
चिनोस|chinos|n
कार्गो पैंट|cargo trousers|n
फॉर्मल पैंट|formal trousers|n
शॉर्ट्स|shorts|n
हाफ पैंट|shorts|n
हाफ़ पैंट|shorts|n
निक्कर|shorts|n
बरमूडा|bermuda shorts|n
कैपरी|capri trousers|n
ट्रैक पैंट|tracksuit trousers|n
ट्रैक पैंट्स|tracksuit trousers|n
लोअर|tracksuit trousers|n
जॉगर्स|jogging trousers|n
ट्रैक सूट|track suits|n
ट्रैकसूट|track suits|n
स्कर्ट|skirts|n
स्कर्ट्स|skirts|n
फ्रॉक|dresses|n
फ्रॉक्स|dresses|n
मैक्सी|maxi dresses|n
वनपीस|dresses|n
वन पीस|dresses|n
जंपसूट|jumpsuits|n
डंगरी|bib and brace overalls|n
रोम्पर|rompers|n
बेबी सूट|babies' garments|n
झबला|babies' garments|n
झबले|babies' garments|n
अंडरवियर|underpants|n
अंडरवेयर|underpants|n
अंडरवियर्स|underpants|n
इनरवियर|underwear|n
इनरवेयर|underwear|n
कच्छा|underpants|n
कच्छे|underpants|n
चड्डी|underpants|n
चड्ढी|underpants|n
ब्रीफ|briefs|n
ब्रीफ्स|briefs|n
बॉक्सर|boxer shorts|n
बॉक्सर्स|boxer shorts|n
ट्रंक|trunks|n
पैंटी|panties|n
पैंटीज़|panties|n
पैंटीज|panties|n
पेंटी|panties|n
ब्रा|brassieres|n
स्पोर्ट्स ब्रा|sports brassieres|n
लॉन्जरी|lingerie|n
लिंगरी|lingerie|n
पेटीकोट|petticoats|n
शेपवियर|girdles|n
शेपवेयर|girdles|n
कैमिसोल|camisoles|n
थर्मल|thermal|m
थर्मल वियर|thermal underwear|n
थर्मल इनर|thermal underwear|n
मोज़े|socks|n
मोजे|socks|n
मोज़ा|socks|n
मोजा|socks|n
मोज़ों|socks|n
मोजों|socks|n
सॉक्स|socks|n
जुराब|socks|n
जुराबें|socks|n
स्टॉकिंग|stockings|n
स्टॉकिंग्स|stockings|n
टाइट्स|tights|n
दस्ताने|gloves|n
दस्ताना|gloves|n
दस्तानों|gloves|n
ग्लव्स|gloves|n
ग्लव्ज़|gloves|n
ग्लव्ज|gloves|n
टोपी|hats|n
टोपियाँ|hats|n
टोपियां|hats|n
हैट|hats|n
बेसबॉल कैप|baseball caps|n
ऊनी टोपी|woollen hats|n
पगड़ी|turbans|n
साफा|turbans|n
साफ़ा|turbans|n
टाई|ties|n
नेकटाई|ties|n
बो टाई|bow ties|n
स्विमसूट|swimwear|n
स्विमिंग कॉस्ट्यूम|swimwear|n
स्विमवियर|swimwear|n
स्विमिंग सूट|swimwear|n
बिकिनी|bikinis|n
वर्दी|uniforms|n
यूनिफॉर्म|uniforms|n
यूनिफार्म|uniforms|n
स्कूल ड्रेस|school uniforms|n
स्कूल यूनिफॉर्म|school uniforms|n
एप्रन|aprons|n
कॉस्ट्यूम|costumes|n
फैंसी ड्रेस|fancy dress costumes|n
मास्क|masks|n
फेस मास्क|face masks|n
बिब|bibs|n
लार बिब|bibs|n
रुमाल|handkerchiefs|n
रूमाल|handkerchiefs|n
रुमालों|handkerchiefs|n
स्पोर्ट्सवियर|sportswear|n
एक्टिववियर|sportswear|n
जिम वियर|sportswear|n
एथनिक वियर|ethnic wear|n
वेस्टर्न वियर|western wear|n
पार्टी वियर|party wear|m
विंटर वियर|winter wear|n
गर्म कपड़े|winter clothing|n
तौलिया|towels|n
तौलिये|towels|n
तौलिए|towels|n
तौलियों|towels|n
टॉवल|towels|n
टॉवेल|towels|n
बाथ टॉवल|bath towels|n
नहाने का तौलिया|bath towels|n
हैंड टॉवल|hand towels|n
गमछा|cotton towels|n
गमछे|cotton towels|n
चादर|bed sheets|n
चादरें|bed sheets|n
चादरों|bed sheets|n
बेडशीट|bed sheets|n
बेड शीट|bed sheets|n
बेडशीट्स|bed sheets|n
बेडशीट सेट|bed linen sets|n
बेड कवर|bedspreads|n
बेडकवर|bedspreads|n
तकिया|pillows|n
तकिए|pillows|n
तकिये|pillows|n
तकियों|pillows|n
पिलो|pillows|n
तकिया कवर|pillowcases|n
तकिए का कवर|pillowcases|n
तकिये का कवर|pillowcases|n
पिलो कवर|pillowcases|n
गिलाफ|pillowcases|n
गिलाफ़|pillowcases|n
कुशन|cushions|n
कुशन कवर|cushion covers|n
रजाई|quilts|n
रज़ाई|quilts|n
रजाइयाँ|quilts|n
कंबल|blankets|n
कम्बल|blankets|n
कंबलों|blankets|n
ब्लैंकेट|blankets|n
दोहर|quilts|n
कम्फर्टर|quilts|n
पर्दा|curtains|n
परदा|curtains|n
पर्दे|curtains|n
परदे|curtains|n
पर्दों|curtains|n
कर्टेन|curtains|n
कर्टन|curtains|n
मेज़पोश|tablecloths|n
मेजपोश|tablecloths|n
टेबल क्लॉथ|tablecloths|n
टेबल कवर|tablecloths|n
टेबल रनर|table runners|n
सोफा कवर|sofa covers|n
सोफ़ा कवर|sofa covers|n
कार कवर|car covers|n
बाइक कवर|motorcycle covers|n
गद्दे का कवर|mattress covers|n
बोरी|sacks|n
बोरा|sacks|n
बोरे|sacks|n
बोरियाँ|sacks|n
बोरियां|sacks|n
जूट बैग|jute bags|n
जूट का थैला|jute bags|n
कपड़े का थैला|textile shopping bags|n
तंबू|tents|n
तम्बू|tents|n
टेंट|tents|n
झंडा|flags|n
झंडे|flags|n
झण्डा|flags|n
ध्वज|flags|n
तिरंगा|national flags|n
पोछा|floor-cloths|n
पोंछा|floor-cloths|n
पोछे|floor-cloths|n
मॉप|mops|n
पोछा मॉप|mops|n
डस्टर|dusters|n
झाड़न|dusters|n
पुराने कपड़े|worn clothing|n
चिथड़े|rags|n
कतरन|textile waste|n
मच्छरदानी|mosquito nets|n
लाइफ जैकेट|life jackets|n
सुरक्षा जाल|safety nets|n
# Chapters 64-67: footwear, headgear, umbrellas, artificial flowers, wigs
जूता|shoes|n
जूते|shoes|n
जूतों|shoes|n
जूती|shoes|n
जूतियाँ|shoes|n
जूतियां|shoes|n
मोजड़ी|shoes|n
मोजरी|shoes|n
शूज़|shoes|n
शूज|shoes|n
फुटवियर|footwear|n
फुटवेयर|footwear|n
चप्पल|slippers|n
चप्पलें|slippers|n
चप्पलों|slippers|n
हवाई चप्पल|flip-flops|n
फ्लिप फ्लॉप|flip-flops|n
फ्लिप-फ्लॉप|flip-flops|n
स्लीपर|slippers|n
स्लिपर|slippers|n
स्लीपर्स|slippers|n
स्लाइडर|sliders|n
स्लाइडर्स|sliders|n
सैंडल|sandals|n
सैंडिल|sandals|n
सेंडल|sandals|n
सैंडल्स|sandals|n
बूट|boots|n
बूट्स|boots|n
बूटों|boots|n
गमबूट|rubber boots|n
गम बूट|rubber boots|n
स्पोर्ट्स शूज़|sports shoes|n
स्पोर्ट्स शूज|sports shoes|n
स्पोर्ट्स जूते|sports shoes|n
खेल के जूते|sports shoes|n
स्नीकर|sports shoes|n
स्नीकर्स|sports shoes|n
रनिंग शूज़|running shoes|n
रनिंग शूज|running shoes|n
कैनवस शूज़|canvas shoes|n
कैनवास शूज|canvas shoes|n
कैनवास जूते|canvas shoes|n
लोफर|loafers|n
लोफ़र|loafers|n
लोफर्स|loafers|n
हील्स|high-heeled shoes|n
ऊँची एड़ी|high-heeled|m
ऊंची एड़ी|high-heeled|m
फॉर्मल शूज़|formal shoes|n
फॉर्मल शूज|formal shoes|n
स्कूल शूज़|school shoes|n
स्कूल शूज|school shoes|n
स्कूल के जूते|school shoes|n
सेफ्टी शूज़|safety shoes|n
सेफ्टी शूज|safety shoes|n
बेली|ballet flats|n
बैलेरीना|ballet flats|n
खड़ाऊं|wooden sandals|n
सोल|soles|n
इनसोल|insoles|n
शू लेस|shoelaces|n
जूते के फीते|shoelaces|n
फीता|laces|n
फीते|laces|n
हेलमेट|safety headgear|n
हेलमेटों|safety headgear|n
छाता|umbrellas|n
छाते|umbrellas|n
छातों|umbrellas|n
छतरी|umbrellas|n
छतरियाँ|umbrellas|n
छतरियां|umbrellas|n
अम्ब्रेला|umbrellas|n
छड़ी|walking-sticks|n
छड़ियाँ|walking-sticks|n
वॉकिंग स्टिक|walking-sticks|n
नकली फूल|artificial flowers|n
कृत्रिम फूल|artificial flowers|n
आर्टिफिशियल फूल|artificial flowers|n
आर्टिफिशियल फ्लावर|artificial flowers|n
नकली पौधे|artificial plants|n
विग|wigs|n
विग्स|wigs|n
नकली बाल|false hair|n
हेयर एक्सटेंशन|hair extensions|n
हेयर पैच|hair pieces|n
नकली दाढ़ी|false beards|n

# Chapters 68-70: stone, plaster, ceramics, glass
टाइल|tiles|n
टाइलें|tiles|n
टाइल्स|tiles|n
टाइलों|tiles|n
फ़र्श|floor|m
फर्श|floor|m
फ्लोर|floor|m
फ्लोर टाइल|floor tiles|n
फ्लोर टाइल्स|floor tiles|n
दीवार|wall|m
वॉल|wall|m
वॉल टाइल्स|wall tiles|n
ईंट|bricks|n
ईंटें|bricks|n
ईंटों|bricks|n
ईट|bricks|n
फ्लाई ऐश ईंट|fly ash bricks|n
सिरेमिक|ceramic|m
सेरेमिक|ceramic|m
सिरामिक|ceramic|m
चीनी मिट्टी|porcelain|m
पोर्सिलेन|porcelain|m
बोन चाइना|bone china|m
टेराकोटा|terracotta|m
मिट्टी के बर्तन|earthenware|n
मिट्टी का बर्तन|earthenware|n
मटका|earthenware pots|n
मटके|earthenware pots|n
घड़ा|earthenware pots|n
घड़े|earthenware pots|n
सुराही|jugs|n
कुल्हड़|earthenware cups|n
कुल्हड|earthenware cups|n
गमला|flower pots|n
गमले|flower pots|n
गमलों|flower pots|n
प्लांटर|planters|n
वॉश बेसिन|wash basins|n
वाशबेसिन|wash basins|n
वाश बेसिन|wash basins|n
सिंक|sinks|n
किचन सिंक|kitchen sinks|n
कमोड|lavatory pans|n
वेस्टर्न टॉयलेट|lavatory pans|n
टॉयलेट सीट|toilet seats|n
टॉयलेट शीट|toilet seats|n
सेनेटरी वेयर|sanitary ware|n
सैनिटरी वेयर|sanitary ware|n
कप|cups|n
कपों|cups|n
कप प्लेट|cups and saucers|n
कप सेट|cup sets|n
प्लेट|plates|n
प्लेटें|plates|n
प्लेट्स|plates|n
प्लेटों|plates|n
थाली|plates|n
थालियाँ|plates|n
थालियां|plates|n
कटोरी|bowls|n
कटोरा|bowls|n
कटोरे|bowls|n
कटोरियाँ|bowls|n
कटोरियां|bowls|n
बाउल|bowls|n
बाउल्स|bowls|n
डिनर सेट|dinner sets|n
टी सेट|tea sets|n
क्रॉकरी|tableware|n
बर्तन|kitchenware|n
बर्तनों|kitchenware|n
फूलदान|vases|n
मूर्ति|statuettes|n
मूर्तियाँ|statuettes|n
मूर्तियां|statuettes|n
मूर्तियों|statuettes|n
प्रतिमा|statues|n
स्टैच्यू|statues|n
शीशा|glass|m
शीशे|glass|m
कांच|glass|m
काँच|glass|m
ग्लास|glass|m
गिलास|drinking glasses|n
गिलासों|drinking glasses|n
टम्बलर|tumblers|n
कांच के गिलास|drinking glasses|n
टेम्पर्ड ग्लास|toughened safety glass|n
टफन ग्लास|toughened safety glass|n
स्क्रीन गार्ड|screen protectors|n
स्क्रीन प्रोटेक्टर|screen protectors|n
शीशी|small bottles|n
शीशियाँ|small bottles|n
शीशियां|small bottles|n
कांच की बोतल|glass bottles|n
कांच की चूड़ियाँ|glass bangles|n
कांच की चूड़ियां|glass bangles|n
आईना|mirrors|n
आइना|mirrors|n
आईने|mirrors|n
दर्पण|mirrors|n
मिरर|mirrors|n
मनके|beads|n
मनका|beads|n
बीड्स|beads|n
जार|jars|n
मर्तबान|jars|n
ग्राइंडिंग व्हील|grinding wheels|n
सिल बट्टा|grinding stones|n
सिलबट्टा|grinding stones|n
खरल|mortars and pestles|n
ओखली|mortars|n
रेगमाल|sandpaper|n
सैंडपेपर|sandpaper|n
एमरी पेपर|emery paper|n
एस्बेस्टस|asbestos|m
सीमेंट शीट|fibre-cement sheets|n
जिप्सम बोर्ड|plasterboard|n
ग्लास वूल|glass wool|n
रॉक वूल|rock wool|n

# Chapter 71: pearls, precious stones, precious metals, jewellery
आभूषण|jewellery|n
आभूषणों|jewellery|n
गहना|jewellery|n
गहने|jewellery|n
गहनों|jewellery|n
ज्वेलरी|jewellery|n
ज्वैलरी|jewellery|n
जेवर|jewellery|n
ज़ेवर|jewellery|n
जेवरात|jewellery|n
नकली गहने|imitation jewellery|n
नकली ज्वेलरी|imitation jewellery|n
आर्टिफिशियल ज्वेलरी|imitation jewellery|n
आर्टिफिशियल ज्वैलरी|imitation jewellery|n
इमिटेशन ज्वेलरी|imitation jewellery|n
फैशन ज्वेलरी|imitation jewellery|n
सोना|gold|m
सोने|gold|m
गोल्ड|gold|m
स्वर्ण|gold|m
चांदी|silver|m
चाँदी|silver|m
सिल्वर|silver|m
रजत|silver|m
स्टर्लिंग सिल्वर|sterling silver|m
प्लैटिनम|platinum|m
प्लेटिनम|platinum|m
हीरा|diamonds|n
हीरे|diamonds|n
हीरों|diamonds|n
डायमंड|diamonds|n
अमेरिकन डायमंड|cubic zirconia|m
मोती|pearls|n
मोतियों|pearls|n
रत्न|precious stones|n
रत्नों|precious stones|n
जेमस्टोन|precious stones|n
पन्ना|emeralds|n
माणिक|rubies|n
माणिक्य|rubies|n
नीलम|sapphires|n
पुखराज|topaz|n
गोमेद|hessonite garnets|n
लहसुनिया|cat's eye chrysoberyl|n
मूंगा|coral|m
मूँगा|coral|m
कुंदन|kundan|m
पोल्की|polki|m
रुद्राक्ष|rudraksha beads|n
अंगूठी|rings|n
अँगूठी|rings|n
अंगूठियाँ|rings|n
अंगूठियां|rings|n
रिंग|rings|n
रिंग्स|rings|n
हार|necklaces|n
हारों|necklaces|n
नेकलेस|necklaces|n
माला|necklaces|n
मोती माला|pearl necklaces|n
मोतियों की माला|pearl necklaces|n
चेन|chains|n
चैन|chains|n
चेनें|chains|n
कंगन|bangles|n
चूड़ी|bangles|n
चूड़ियाँ|bangles|n
चूड़ियां|bangles|n
चूडी|bangles|n
चूडियाँ|bangles|n
चूडियां|bangles|n
ब्रेसलेट|bracelets|n
ब्रेसलेट्स|bracelets|n
कड़ा|bracelets|n
कड़े|bracelets|n
झुमके|earrings|n
झुमका|earrings|n
झुमकी|earrings|n
बाली|earrings|n
बालियाँ|earrings|n
बालियां|earrings|n
कान की बाली|earrings|n
कान की बालियाँ|earrings|n
ईयररिंग|earrings|n
ईयररिंग्स|earrings|n
इयररिंग्स|earrings|n
इयररिंग|earrings|n
कुंडल|earrings|n
स्टड|studs|n
नथ|nose rings|n
नथनी|nose rings|n
नोज़ पिन|nose studs|n
नोज पिन|nose studs|n
नोज रिंग|nose rings|n
पायल|anklets|n
पायलें|anklets|n
पाजेब|anklets|n
बिछिया|toe rings|n
बिछुआ|toe rings|n
बिछुए|toe rings|n
मंगलसूत्र|mangalsutra necklaces|n
मांग टीका|forehead ornaments|n
माँग टीका|forehead ornaments|n
लॉकेट|lockets|n
पेंडेंट|pendants|n
ब्रोच|brooches|n
कफलिंक्स|cuff-links|n
कफ़लिंक्स|cuff-links|n
सिक्का|coins|n
सिक्के|coins|n
सिक्कों|coins|n
सोने का सिक्का|gold coins|n
सोने के सिक्के|gold coins|n
चांदी का सिक्का|silver coins|n
चांदी के सिक्के|silver coins|n
हॉलमार्क|hallmarked|m
हॉलमार्क्ड|hallmarked|m
कैरेट|carat|m
जड़ित|set with stones|m
जड़ाऊ|set with stones|m
मीनाकारी|enamelled|m
गोल्ड प्लेटेड|gold-plated|m
सोने की परत|gold-plated|m
सिल्वर प्लेटेड|silver-plated|m
चांदी की परत|silver-plated|m
ऑक्सीडाइज़्ड|oxidised|m
ऑक्सीडाइज्ड|oxidised|m

# Chapters 72-73: iron and steel, articles of iron or steel
लोहा|iron|m
लोहे|iron|m
लोहे का|iron|m
आयरन|iron|m
इस्पात|steel|m
स्टील|steel|m
स्टेनलेस स्टील|stainless steel|m
स्टेनलेस|stainless|m
स्टेनलेस स्टील का|stainless steel|m
स्टेनलेस स्टील की|stainless steel|m
स्टेनलेस स्टील के|stainless steel|m
स्टेनलैस स्टील|stainless steel|m
एसएस|stainless steel|m
जस्तीकृत|galvanised|m
गैल्वेनाइज्ड|galvanised|m
गैल्वेनाइज़्ड|galvanised|m
गैल्वनाइज्ड|galvanised|m
जीआई|galvanised iron|m
कास्ट आयरन|cast iron|m
ढलवां लोहा|cast iron|m
ढलवाँ लोहा|cast iron|m
कच्चा लोहा|pig iron|n
माइल्ड स्टील|mild steel|m
एमएस|mild steel|m
सरिया|reinforcing bars|n
सरिये|reinforcing bars|n
सरियों|reinforcing bars|n
टीएमटी सरिया|reinforcing bars|n
टीएमटी बार|reinforcing bars|n
छड़|bars|n
छड़ें|bars|n
रॉड|rods|n
रॉड्स|rods|n
तार|wire|n
तारों|wire|n
वायर|wire|n
कांटेदार तार|barbed wire|n
काँटेदार तार|barbed wire|n
तार जाली|wire mesh|n
वायर मेश|wire mesh|n
चेन लिंक|chain-link fencing|n
टीन|tin|m
टिन|tin|m
टीन की चादर|corrugated sheets|n
टिन शेड|corrugated sheets|n
चद्दर|sheets|n
एंगल|angles|n
गर्डर|girders|n
चैनल|channels|n
स्क्रैप|scrap|n
कबाड़|scrap|n
कबाड|scrap|n
पेंच|screws|n
पेच|screws|n
स्क्रू|screws|n
नट बोल्ट|nuts and bolts|n
नट-बोल्ट|nuts and bolts|n
नट|nuts|n
बोल्ट|bolts|n
वॉशर|washers|n
कील|nails|n
कीलें|nails|n
कीलों|nails|n
रिवेट|rivets|n
स्प्रिंग|springs|n
कमानी|springs|n
जंजीर|chains|n
ज़ंजीर|chains|n
हुक|hooks|n
तवा|griddles|n
तवे|griddles|n
नॉन स्टिक तवा|non-stick griddles|n
कड़ाही|woks|n
कढ़ाही|woks|n
लोहे की कढ़ाई|iron woks|n
पतीला|saucepans|n
पतीले|saucepans|n
भगोना|saucepans|n
भगौना|saucepans|n
कुकर|pressure cookers|n
प्रेशर कुकर|pressure cookers|n
कुकवेयर|cookware|n
कुकवेयर सेट|cookware sets|n
फ्राई पैन|frying pans|n
फ्राइंग पैन|frying pans|n
सॉस पैन|saucepans|n
पैन|pans|n
कड़छी|ladles|n
करछी|ladles|n
करछुल|ladles|n
चिमटा|tongs|n
चिमटे|tongs|n
झारा|skimmers|n
छलनी|sieves|n
छन्नी|strainers|n
कद्दूकस|graters|n
ग्रेटर|graters|n
पानी की टंकियां|water tanks|n
सिलेंडर|cylinders|n
सिलिंडर|cylinders|n
गैस सिलेंडर|gas cylinders|n
गैस सिलिंडर|gas cylinders|n
ड्रम|drums|n
कनस्तर|canisters|n
तिजोरी|safes|n
लॉकर|lockers|n
सीढ़ी|ladders|n
सीढी|ladders|n
गेट|gates|n
सेफ्टी पिन|safety pins|n
पिन|pins|n
सुई|needles|n
सुइयाँ|needles|n
सुइयां|needles|n
सिलाई की सुई|sewing needles|n
स्टील वूल|steel wool|n
स्क्रबर|scourers|n
रेडिएटर|radiators|n
अंगीठी|braziers|n
बारबेक्यू ग्रिल|barbecue grills|n
तंदूर|tandoor ovens|n

# Chapters 74-81: copper, aluminium and other base metals
तांबा|copper|m
ताँबा|copper|m
तांबे|copper|m
ताँबे|copper|m
कॉपर|copper|m
तांबे का|copper|m
तांबे की|copper|m
तांबे के|copper|m
तांबे की बोतल|copper bottles|n
पीतल|brass|m
ब्रास|brass|m
कांसा|bronze|m
काँसा|bronze|m
कांसे|bronze|m
कांस्य|bronze|m
ब्रॉन्ज|bronze|m
एल्युमिनियम|aluminium|m
एल्यूमिनियम|aluminium|m
एल्युमीनियम|aluminium|m
एल्यूमीनियम|aluminium|m
अल्युमिनियम|aluminium|m
अल्यूमिनियम|aluminium|m
एलुमिनियम|aluminium|m
एल्युमिनियम फॉयल|aluminium foil|n
एल्यूमीनियम फॉयल|aluminium foil|n
एल्युमीनियम फॉयल|aluminium foil|n
फॉयल|foil|n
फॉइल|foil|n
जस्ता|zinc|m
ज़िंक|zinc|m
जिंक|zinc|m
सीसा|lead|m
निकेल|nickel|m
टाइटेनियम|titanium|m
टंगस्टन|tungsten|m
मैग्नीशियम|magnesium|m
कोबाल्ट|cobalt|m
क्रोम|chromium|m
धातु|metal|m
धातुओं|metals|m
मेटल|metal|m
मिश्र धातु|alloy|m
मिश्रधातु|alloy|m
एलॉय|alloy|m
अलॉय|alloy|m
अष्टधातु|eight-metal alloy|m
पंचधातु|five-metal alloy|m
जर्मन सिल्वर|nickel silver|m
# Chapters 82-83: tools, cutlery, locks, miscellaneous articles of base metal
औज़ार|tools|n
औजार|tools|n
औज़ारों|tools|n
औजारों|tools|n
टूल|tools|n
टूल्स|tools|n
टूल किट|tool sets|n
टूलकिट|tool sets|n
टूल सेट|tool sets|n
हाथ के औजार|hand tools|n
हैंड टूल्स|hand tools|n
हार्डवेयर|hardware|n
हथौड़ा|hammers|n
हथौड़ी|hammers|n
हैमर|hammers|n
हथौडा|hammers|n
पेचकस|screwdrivers|n
पेंचकस|screwdrivers|n
स्क्रूड्राइवर|screwdrivers|n
स्क्रू ड्राइवर|screwdrivers|n
पाना|spanners|n
रिंच|spanners|n
स्पैनर|spanners|n
प्लास|pliers|n
पलास|pliers|n
प्लायर|pliers|n
प्लायर्स|pliers|n
आरी|saws|n
आरा|saws|n
हैक्सॉ|hacksaws|n
कुल्हाड़ी|axes|n
कुल्हाड़ा|axes|n
फावड़ा|spades|n
फावड़े|spades|n
बेलचा|shovels|n
कुदाल|mattocks|n
कुदाली|mattocks|n
खुरपी|hoes|n
गैंती|picks|n
दरांती|sickles|n
हंसिया|sickles|n
हँसिया|sickles|n
कैंची|scissors|n
कैंचियाँ|scissors|n
कैंचियां|scissors|n
कतरनी|shears|n
छुरी|knives|n
चाकू|knives|n
चाकुओं|knives|n
छुरा|knives|n
किचन नाइफ|kitchen knives|n
नाइफ|knives|n
नाइफ सेट|knife sets|n
चाकू सेट|knife sets|n
ब्लेड|blades|n
ब्लेडों|blades|n
रेज़र|razors|n
रेजर|razors|n
उस्तरा|razors|n
शेविंग रेज़र|razors|n
नेल कटर|nail clippers|n
नेलकटर|nail clippers|n
मैनीक्योर सेट|manicure sets|n
चम्मच|spoons|n
चमच|spoons|n
चम्मचों|spoons|n
चम्मचें|spoons|n
कांटा|forks|n
काँटा|forks|n
कांटे|forks|n
फोर्क|forks|n
कटलरी|cutlery|n
कटलरी सेट|cutlery sets|n
चम्मच सेट|spoon sets|n
ड्रिल|drills|n
ड्रिल मशीन|drills|n
ड्रिल बिट|drill bits|n
ड्रिल बिट्स|drill bits|n
रंदा|planes|n
छेनी|chisels|n
रेती|files|n
सोल्डरिंग|soldering|m
पीलर|peelers|n
सब्जी काटने का चाकू|kitchen knives|n
वेजिटेबल कटर|vegetable cutters|n
चॉपर|choppers|n
ताला|locks|n
ताले|locks|n
तालों|locks|n
पैडलॉक|padlocks|n
डोर लॉक|door locks|n
लॉक|locks|n
चाबी|keys|n
चाबियाँ|keys|n
चाबियां|keys|n
चाभी|keys|n
कुंजी|keys|n
चाबी का छल्ला|key rings|n
कीचेन|key chains|n
कीरिंग|key rings|n
कब्ज़ा|hinges|n
कब्जा|hinges|n
कब्ज़े|hinges|n
कब्जे|hinges|n
हैंडल|handles|n
हैंडल्स|handles|n
कुंडी|door bolts|n
चिटकनी|door bolts|n
टावर बोल्ट|tower bolts|n
डोर हैंडल|door handles|n
दरवाज़े का हैंडल|door handles|n
कैबिनेट हैंडल|cabinet handles|n
पर्दे की रॉड|curtain rods|n
कर्टेन रॉड|curtain rods|n
घंटी|bells|n
घंटियाँ|bells|n
घंटियां|bells|n
दीया|oil lamps|n
दीये|oil lamps|n
दीपक|oil lamps|n
दीपकों|oil lamps|n
पीतल का दीया|brass oil lamps|n
लोटा|water pots|n
लोटे|water pots|n
कलश|urns|n
पूजा थाली|puja plates|n
आरती थाली|puja plates|n
नेमप्लेट|name-plates|n
नेम प्लेट|name-plates|n
साइन बोर्ड|sign-plates|n
साइनबोर्ड|sign-plates|n
मेडल|medals|n
पदक|medals|n
ट्रॉफी|trophies|n
ट्रॉफियाँ|trophies|n
स्मृति चिन्ह|mementos|n
मोमेंटो|mementos|n

# Chapter 84: machinery and mechanical appliances
मशीन|machines|n
मशीनें|machines|n
मशीनों|machines|n
मशीनरी|machinery|n
यंत्र|apparatus|n
यंत्रों|apparatus|n
उपकरण|equipment|n
उपकरणों|equipment|n
इक्विपमेंट|equipment|n
घरेलू उपकरण|household appliances|n
होम अप्लायंसेज|household appliances|n
किचन अप्लायंसेज|kitchen appliances|n
रसोई उपकरण|kitchen appliances|n
इंजन|engines|n
इंजनों|engines|n
डीजल इंजन|diesel engines|n
पेट्रोल इंजन|petrol engines|n
मोटर|motors|n
मोटरों|motors|n
इलेक्ट्रिक मोटर|electric motors|n
पंप|pumps|n
पम्प|pumps|n
पंपों|pumps|n
पानी का पंप|water pumps|n
वाटर पंप|water pumps|n
वॉटर पंप|water pumps|n
मोटर पंप|motor pumps|n
सबमर्सिबल|submersible|m
सबमर्सिबल पंप|submersible pumps|n
समरसेबल|submersible pumps|n
समर्सिबल पंप|submersible pumps|n
हैंड पंप|hand pumps|n
एयर पंप|air pumps|n
हवा भरने का पंप|air pumps|n
कंप्रेसर|compressors|n
कम्प्रेसर|compressors|n
एयर कंप्रेसर|air compressors|n
पंखा|fans|n
पंखे|fans|n
छत का पंखा|ceiling fans|n
छत के पंखे|ceiling fans|n
सीलिंग फैन|ceiling fans|n
टेबल फैन|table fans|n
पेडेस्टल फैन|pedestal fans|n
स्टैंड फैन|pedestal fans|n
दीवार पंखा|wall fans|n
वॉल फैन|wall fans|n
फैन|fans|n
एग्जॉस्ट फैन|exhaust fans|n
एग्ज़ॉस्ट फैन|exhaust fans|n
एग्जास्ट फैन|exhaust fans|n
कूलर|air coolers|n
कूलरों|air coolers|n
एयर कूलर|air coolers|n
डेजर्ट कूलर|evaporative air coolers|n
एसी|air conditioners|n
एयर कंडीशनर|air conditioners|n
एयरकंडीशनर|air conditioners|n
स्प्लिट एसी|split air conditioners|n
विंडो एसी|window air conditioners|n
फ्रिज|refrigerators|n
फ़्रिज|refrigerators|n
रेफ्रिजरेटर|refrigerators|n
रेफ्रीजरेटर|refrigerators|n
रेफ़्रिजरेटर|refrigerators|n
डीप फ्रीजर|freezers|n
फ्रीजर|freezers|n
फ्रीज़र|freezers|n
वाटर कूलर|water coolers|n
वॉटर कूलर|water coolers|n
वाटर डिस्पेंसर|water dispensers|n
वाटर प्यूरीफायर|water purifiers|n
वॉटर प्यूरीफायर|water purifiers|n
जल शोधक|water purifiers|n
आरओ|reverse osmosis|m
आरओ वाटर प्यूरीफायर|reverse osmosis water purifiers|n
वाटर फिल्टर|water filters|n
वॉटर फिल्टर|water filters|n
फिल्टर|filters|n
फ़िल्टर|filters|n
फिल्टरों|filters|n
एयर फिल्टर|air filters|n
ऑयल फिल्टर|oil filters|n
एयर प्यूरीफायर|air purifiers|n
वॉशिंग मशीन|washing machines|n
वाशिंग मशीन|washing machines|n
कपड़े धोने की मशीन|washing machines|n
सेमी ऑटोमैटिक वॉशिंग मशीन|semi-automatic washing machines|n
फ्रंट लोड|front-loading|m
टॉप लोड|top-loading|m
ड्रायर|dryers|n
डिशवॉशर|dishwashing machines|n
सिलाई मशीन|sewing machines|n
कढ़ाई मशीन|embroidery machines|n
बुनाई मशीन|knitting machines|n
मिक्सर|mixers|n
मिक्सर ग्राइंडर|mixer grinders|n
मिक्सर-ग्राइंडर|mixer grinders|n
मिक्सी|mixer grinders|n
जूसर|juice extractors|n
जूसर मिक्सर ग्राइंडर|juicer mixer grinders|n
ब्लेंडर|blenders|n
हैंड ब्लेंडर|hand blenders|n
ग्राइंडर|grinders|n
वेट ग्राइंडर|wet grinders|n
आटा चक्की|flour mills|n
चक्की|mills|n
तेल निकालने की मशीन|oil expellers|n
ऑयल एक्सपेलर|oil expellers|n
गन्ने का जूस निकालने की मशीन|sugar cane crushers|n
हल|ploughs|n
थ्रेशर|threshers|n
कंबाइन हार्वेस्टर|combine harvester-threshers|n
हार्वेस्टर|harvesting machinery|n
रोटावेटर|rotary tillers|n
कल्टीवेटर|cultivators|n
सीड ड्रिल|seed drills|n
स्प्रेयर|sprayers|n
स्प्रे पंप|sprayers|n
स्प्रे मशीन|sprayers|n
छिड़काव मशीन|sprayers|n
लॉन मोवर|lawn mowers|n
घास काटने की मशीन|lawn mowers|n
चारा काटने की मशीन|chaff cutters|n
चाफ कटर|chaff cutters|n
कुट्टी मशीन|chaff cutters|n
ब्रश कटर|brush cutters|n
अंडा सेने की मशीन|incubators|n
इनक्यूबेटर|incubators|n
दूध निकालने की मशीन|milking machines|n
बॉयलर|boilers|n
भाप बॉयलर|steam boilers|n
ओवन|ovens|n
माइक्रोवेव|microwave ovens|n
माइक्रोवेव ओवन|microwave ovens|n
ओटीजी|ovens|n
तंदूर ओवन|tandoor ovens|n
टोस्टर|toasters|n
सैंडविच मेकर|sandwich makers|n
केतली|kettles|n
इलेक्ट्रिक केतली|electric kettles|n
कॉफी मेकर|coffee makers|n
कॉफ़ी मशीन|coffee machines|n
कॉफी मशीन|coffee machines|n
राइस कुकर|rice cookers|n
इलेक्ट्रिक कुकर|electric cookers|n
एयर फ्रायर|air fryers|n
डीप फ्रायर|deep fryers|n
वैक्यूम क्लीनर|vacuum cleaners|n
वैक्यूम क्लिनर|vacuum cleaners|n
प्रिंटर|printers|n
प्रिंटरों|printers|n
प्रिंटिंग मशीन|printing machinery|n
फोटोकॉपी मशीन|photocopying machines|n
ज़ेरॉक्स मशीन|photocopying machines|n
जेरोक्स मशीन|photocopying machines|n
स्कैनर|scanners|n
कंप्यूटर|computers|n
कम्प्यूटर|computers|n
कंप्यूटरों|computers|n
लैपटॉप|laptops|n
लैपटाप|laptops|n
लैपटॉप्स|laptops|n
नोटबुक लैपटॉप|laptops|n
डेस्कटॉप|desktop computers|n
डेस्कटॉप कंप्यूटर|desktop computers|n
ऑल इन वन पीसी|all-in-one computers|n
माउस|computer mice|n
वायरलेस माउस|wireless computer mice|n
कीबोर्ड|keyboards|n
मॉनिटर|monitors|n
मॉनीटर|monitors|n
हार्ड डिस्क|hard disk drives|n
हार्ड ड्राइव|hard disk drives|n
एक्सटर्नल हार्ड डिस्क|external hard disk drives|n
पेन ड्राइव|usb flash drives|n
पेनड्राइव|usb flash drives|n
मेमोरी कार्ड|memory cards|n
एसएसडी|solid-state drives|n
रैम|ram memory modules|n
प्रोसेसर|processors|n
ग्राफिक्स कार्ड|graphics cards|n
मदरबोर्ड|motherboards|n
सीपीयू|cpu units|n
कैलकुलेटर|calculators|n
लिफ्ट|lifts|n
एलिवेटर|lifts|n
क्रेन|cranes|n
फोर्कलिफ्ट|fork-lift trucks|n
जैक|jacks|n
हाइड्रोलिक जैक|hydraulic jacks|n
कार जैक|car jacks|n
कन्वेयर|conveyors|n
चेन पुली ब्लॉक|chain pulley blocks|n
बुलडोजर|bulldozers|n
बुलडोज़र|bulldozers|n
जेसीबी|excavators|n
खुदाई मशीन|excavators|n
एक्सकेवेटर|excavators|n
रोड रोलर|road rollers|n
कंक्रीट मिक्सर|concrete mixers|n
बोरवेल मशीन|boring machinery|n
वाल्व|valves|n
वॉल्व|valves|n
वाल्वों|valves|n
नल|taps|n
नलों|taps|n
नलका|taps|n
टोंटी|taps|n
टैप|taps|n
पानी का नल|water taps|n
शावर|showers|n
हैंड शावर|hand showers|n
बेयरिंग|bearings|n
बियरिंग|bearings|n
बेयरिंग्स|bearings|n
बॉल बेयरिंग|ball bearings|n
गियर|gears|n
गियरबॉक्स|gear boxes|n
गियर बॉक्स|gear boxes|n
पुली|pulleys|n
क्लच|clutches|n
खराद|lathes|n
खराद मशीन|lathes|n
लेथ मशीन|lathes|n
मिलिंग मशीन|milling machines|n
सीएनसी मशीन|cnc machines|n
कटिंग मशीन|cutting machines|n
ग्राइंडिंग मशीन|grinding machines|n
एंगल ग्राइंडर|angle grinders|n
पैकिंग मशीन|packing machinery|n
पैकेजिंग मशीन|packing machinery|n
सीलिंग मशीन|sealing machines|n
वजन मशीन|weighing machines|n
वज़न मशीन|weighing machines|n
वजन तौलने की मशीन|weighing machines|n
वेइंग स्केल|weighing scales|n
वेट मशीन|weighing machines|n
तराज़ू|scales|n
तराजू|scales|n
किचन स्केल|kitchen scales|n
बाथरूम स्केल|personal weighing scales|n
स्प्रिंकलर|sprinklers|n
ड्रिप सिंचाई|drip irrigation systems|n
3डी प्रिंटर|3d printers|n
वेंडिंग मशीन|vending machines|n
आइसक्रीम मशीन|ice cream machines|n
पॉपकॉर्न मशीन|popcorn machines|n
पुर्ज़े|parts|n
पुर्जे|parts|n
पुर्ज़ा|parts|n
पुर्जा|parts|n
पुर्जों|parts|n
पुर्ज़ों|parts|n
कलपुर्जे|parts|n
कल-पुर्जे|parts|n
पार्ट्स|parts|n
पार्ट|parts|n
स्पेयर पार्ट्स|spare parts|n
स्पेयर पार्ट|spare parts|n
ऑटो पार्ट्स|motor vehicle parts|n
सहायक उपकरण|accessories|n
एक्सेसरीज|accessories|n
एक्सेसरीज़|accessories|n
एक्सेसरी|accessories|n
सामान|articles|n
# Chapter 85: electrical machinery, electronics
इलेक्ट्रिक|electric|m
इलेक्ट्रिकल|electrical|m
बिजली का|electric|m
बिजली की|electric|m
बिजली के|electric|m
विद्युत उपकरण|electrical appliances|n
इलेक्ट्रॉनिक|electronic|m
इलेक्ट्रानिक|electronic|m
इलेक्ट्रॉनिक्स|electronics|n
इलेक्ट्रानिक्स|electronics|n
गैजेट|gadgets|n
गैजेट्स|gadgets|n
मोबाइल|mobile phones|n
मोबाईल|mobile phones|n
मोबाइल्स|mobile phones|n
मोबाइल फोन|mobile phones|n
मोबाइल फ़ोन|mobile phones|n
मोबाईल फोन|mobile phones|n
मोबाईल फ़ोन|mobile phones|n
मोबाइल फोनों|mobile phones|n
फोन|telephones|n
फ़ोन|telephones|n
फोनों|telephones|n
स्मार्टफोन|smartphones|n
स्मार्टफ़ोन|smartphones|n
स्मार्ट फोन|smartphones|n
स्मार्ट फ़ोन|smartphones|n
स्मार्टफोन्स|smartphones|n
कीपैड फोन|mobile phones|n
फीचर फोन|mobile phones|n
लैंडलाइन|telephone sets|n
लैंडलाइन फोन|telephone sets|n
कॉर्डलेस फोन|cordless telephones|n
चार्जर|chargers|n
चार्जरों|chargers|n
मोबाइल चार्जर|mobile phone chargers|n
फोन चार्जर|mobile phone chargers|n
लैपटॉप चार्जर|laptop chargers|n
फास्ट चार्जर|fast chargers|n
वायरलेस चार्जर|wireless chargers|n
कार चार्जर|car chargers|n
एडाप्टर|adaptors|n
अडैप्टर|adaptors|n
अडाप्टर|adaptors|n
पावर बैंक|power banks|n
पावरबैंक|power banks|n
पॉवर बैंक|power banks|n
बैटरी|batteries|n
बैट्री|batteries|n
बैटरियाँ|batteries|n
बैटरियां|batteries|n
बैटरियों|batteries|n
पेंसिल सेल|batteries|n
रिचार्जेबल बैटरी|rechargeable batteries|n
लिथियम बैटरी|lithium batteries|n
इन्वर्टर|inverters|n
इनवर्टर|inverters|n
इन्वर्टर बैटरी|inverter batteries|n
कार बैटरी|car batteries|n
यूपीएस|uninterruptible power supplies|n
स्टेबलाइज़र|voltage stabilisers|n
स्टेबलाइजर|voltage stabilisers|n
स्टैबलाइजर|voltage stabilisers|n
वोल्टेज स्टेबलाइजर|voltage stabilisers|n
ट्रांसफार्मर|transformers|n
ट्रांसफॉर्मर|transformers|n
ट्रांसफ़ॉर्मर|transformers|n
जनरेटर|generators|n
जेनरेटर|generators|n
जनरेटरों|generators|n
डीजी सेट|generating sets|n
सोलर पैनल|solar panels|n
सोलर पैनलों|solar panels|n
सौर पैनल|solar panels|n
सोलर प्लेट|solar panels|n
सोलर मॉड्यूल|solar panels|n
सोलर इन्वर्टर|solar inverters|n
सोलर|solar|m
सौर|solar|m
सौर ऊर्जा|solar|m
हेडफोन|headphones|n
हेडफ़ोन|headphones|n
हेडफोन्स|headphones|n
हेडसेट|headsets|n
ईयरफोन|earphones|n
ईयरफ़ोन|earphones|n
इयरफोन|earphones|n
इयरफ़ोन|earphones|n
ईयरफोन्स|earphones|n
इयरफोन्स|earphones|n
ईयरबड्स|earphones|n
इयरबड्स|earphones|n
ईयरबड|earphones|n
नेकबैंड|neckband earphones|n
ब्लूटूथ|bluetooth|m
वायरलेस|wireless|m
स्पीकर|loudspeakers|n
स्पीकरों|loudspeakers|n
स्पीकर्स|loudspeakers|n
ब्लूटूथ स्पीकर|bluetooth loudspeakers|n
साउंड बार|soundbars|n
साउंडबार|soundbars|n
साउंड सिस्टम|sound systems|n
म्यूजिक सिस्टम|music systems|n
होम थिएटर|home theatre systems|n
होम थियेटर|home theatre systems|n
डीजे साउंड|dj sound systems|n
माइक|microphones|n
माइक्रोफोन|microphones|n
माइक्रोफ़ोन|microphones|n
एम्पलीफायर|amplifiers|n
एंप्लीफायर|amplifiers|n
एम्प्लीफायर|amplifiers|n
रेडियो|radios|n
ट्रांजिस्टर|transistors|n
टीवी|television receivers|n
टी.वी|television receivers|n
टेलीविज़न|television receivers|n
टेलीविजन|television receivers|n
स्मार्ट टीवी|smart television receivers|n
एलईडी टीवी|led television receivers|n
एलसीडी टीवी|lcd television receivers|n
एलसीडी|lcd|m
एलईडी|led|m
एल.ई.डी|led|m
सेट टॉप बॉक्स|set-top boxes|n
सेटटॉप बॉक्स|set-top boxes|n
डिश एंटीना|satellite dish aerials|n
एंटीना|aerials|n
एंटेना|aerials|n
प्रोजेक्टर|projectors|n
डीवीडी प्लेयर|dvd players|n
एमपी3 प्लेयर|mp3 players|n
कैमरा|cameras|n
कैमरे|cameras|n
कैमरों|cameras|n
सीसीटीवी कैमरा|cctv cameras|n
सीसीटीवी|cctv|m
सिक्योरिटी कैमरा|security cameras|n
वेबकैम|webcams|n
वेब कैमरा|webcams|n
डिजिटल कैमरा|digital cameras|n
एक्शन कैमरा|action cameras|n
डैश कैम|dashboard cameras|n
डीवीआर|digital video recorders|n
ड्रोन|drones|n
ड्रोन कैमरा|camera drones|n
बल्ब|light bulbs|n
बल्बों|light bulbs|n
एलईडी बल्ब|led lamps|n
ट्यूबलाइट|tube lights|n
ट्यूब लाइट|tube lights|n
लाइट|lights|n
लाइटें|lights|n
लाइट्स|lights|n
लाइटों|lights|n
टॉर्च|torches|n
टार्च|torches|n
इमरजेंसी लाइट|emergency lamps|n
स्ट्रीट लाइट|street lights|n
सोलर लाइट|solar lamps|n
एलईडी स्ट्रिप|led strip lights|n
स्ट्रिप लाइट|led strip lights|n
झालर लाइट|decorative lighting sets|n
लाइट झालर|decorative lighting sets|n
फेयरी लाइट|decorative lighting sets|n
सीरीज लाइट|decorative lighting sets|n
स्विच|switches|n
स्विचों|switches|n
स्विच बोर्ड|switchboards|n
स्विचबोर्ड|switchboards|n
मॉड्यूलर स्विच|modular switches|n
सॉकेट|sockets|n
प्लग|plugs|n
प्लग सॉकेट|plug sockets|n
एक्सटेंशन बोर्ड|extension boards|n
एक्सटेंशन कॉर्ड|extension cords|n
एक्सटेंशन|extension boards|n
स्पाइक गार्ड|surge protectors|n
एमसीबी|circuit breakers|n
सर्किट ब्रेकर|circuit breakers|n
फ्यूज़|fuses|n
फ्यूज|fuses|n
रिले|relays|n
केबल|cables|n
केबलों|cables|n
केबल्स|cables|n
बिजली का तार|insulated electric wire|n
बिजली के तार|insulated electric wire|n
इलेक्ट्रिक वायर|insulated electric wire|n
यूएसबी केबल|usb cables|n
यूएसबी|usb|m
टाइप सी|type-c|m
एचडीएमआई|hdmi|m
एचडीएमआई केबल|hdmi cables|n
डेटा केबल|data cables|n
डाटा केबल|data cables|n
चार्जिंग केबल|charging cables|n
ऑप्टिकल फाइबर|optical fibres|n
ऑप्टिकल फाइबर केबल|optical fibre cables|n
राउटर|routers|n
वाईफाई राउटर|wi-fi routers|n
मॉडेम|modems|n
वाई-फाई|wi-fi|m
वाईफाई|wi-fi|m
वाईफ़ाई|wi-fi|m
सर्किट बोर्ड|printed circuit boards|n
पीसीबी|printed circuit boards|n
आईसी|integrated circuits|n
चिप|microchips|n
माइक्रोचिप|microchips|n
सिम कार्ड|sim cards|n
ट्रांज़िस्टर|transistors|n
डायोड|diodes|n
कैपेसिटर|capacitors|n
कंडेंसर|capacitors|n
रेसिस्टर|resistors|n
प्रतिरोधक|resistors|n
सेंसर|sensors|n
इस्त्री|smoothing irons|n
इस्तरी|smoothing irons|n
प्रेस|smoothing irons|n
स्टीम आयरन|steam smoothing irons|n
इलेक्ट्रिक आयरन|electric smoothing irons|n
ड्राई आयरन|electric smoothing irons|n
हेयर ड्रायर|hair dryers|n
हेयर स्ट्रेटनर|hair straighteners|n
स्ट्रेटनर|hair straighteners|n
हेयर कर्लर|hair curlers|n
ट्रिमर|hair clippers|n
बियर्ड ट्रिमर|beard trimmers|n
हेयर क्लिपर|hair clippers|n
शेवर|shavers|n
इलेक्ट्रिक शेवर|electric shavers|n
इलेक्ट्रिक टूथब्रश|electric toothbrushes|n
एपिलेटर|epilators|n
गीजर|water heaters|n
गीज़र|water heaters|n
वॉटर हीटर|water heaters|n
वाटर हीटर|water heaters|n
हीटर|heaters|n
रूम हीटर|room heaters|n
ब्लोअर|fan heaters|n
हीटिंग रॉड|immersion heaters|n
इमर्शन रॉड|immersion heaters|n
इमर्सन रॉड|immersion heaters|n
इंडक्शन|induction cookers|n
इंडक्शन चूल्हा|induction cookers|n
इंडक्शन कुकटॉप|induction cookers|n
इंडक्शन स्टोव|induction cookers|n
इलेक्ट्रिक स्टोव|electric stoves|n
चूल्हा|stoves|n
चूल्हे|stoves|n
स्टोव|stoves|n
गैस चूल्हा|gas stoves|n
गैस चूल्हे|gas stoves|n
गैस स्टोव|gas stoves|n
गैस स्टोव्स|gas stoves|n
बर्नर|burner|m
केरोसिन स्टोव|kerosene stoves|n
बल्ब होल्डर|lamp holders|n
पावर सप्लाई|power supplies|n
एसएमपीएस|switch-mode power supplies|n
मैग्नेट|magnets|n
चुंबक|magnets|n
चुम्बक|magnets|n
चुंबकीय|magnetic|m
ओटीजी केबल|usb otg cables|n
ओटीजी एडाप्टर|usb otg adaptors|n
मोबाइल होल्डर|mobile phone holders|n
हॉट प्लेट|hot plates|n
चिमनी|cooker hoods|n
किचन चिमनी|cooker hoods|n
डोरबेल|doorbells|n
डोर बेल|doorbells|n
कॉलिंग बेल|doorbells|n
अलार्म|alarms|n
स्मोक डिटेक्टर|smoke detectors|n
चोर अलार्म|burglar alarms|n
वेल्डिंग मशीन|welding machines|n
सोल्डरिंग आयरन|soldering irons|n
इलेक्ट्रोड|electrodes|n
वेल्डिंग रॉड|welding electrodes|n
वॉकी टॉकी|walkie-talkies|n
स्मार्टवॉच|smartwatches|n
स्मार्ट वॉच|smartwatches|n
स्मार्ट घड़ी|smartwatches|n
फिटनेस बैंड|fitness bands|n
स्मार्ट बैंड|fitness bands|n
गेमिंग कंसोल|video game consoles|n
वीडियो गेम|video games|n
रिमोट|remote controls|n
रिमोट कंट्रोल|remote controls|n
बैटरी चार्जर|battery chargers|n
डिस्प्ले|displays|n
स्क्रीन|screens|n
टच स्क्रीन|touch screens|n
एलसीडी स्क्रीन|lcd screens|n
मच्छर मारने वाला रैकेट|electric insect killers|n
मच्छर रैकेट|electric insect killers|n
इलेक्ट्रिक रैकेट|electric insect killers|n
मोबाइल स्टैंड|mobile phone stands|n
सेल्फी स्टिक|selfie sticks|n
ट्राइपॉड|tripods|n
रिंग लाइट|ring lights|n
# Chapters 86-89: railway, vehicles and parts, aircraft, ships
वाहन|vehicles|n
वाहनों|vehicles|n
गाड़ी|vehicles|n
गाडी|vehicles|n
गाड़ियाँ|vehicles|n
गाड़ियां|vehicles|n
गाड़ियों|vehicles|n
कार|motor cars|n
कारें|motor cars|n
कारों|motor cars|n
मोटर कार|motor cars|n
मोटरकार|motor cars|n
इलेक्ट्रिक कार|electric motor cars|n
जीप|jeeps|n
एसयूवी|sport utility vehicles|n
वैन|vans|n
बसें|buses|n
बसों|buses|n
ट्रक|lorries|n
ट्रकों|lorries|n
टेम्पो|light goods vehicles|n
पिकअप|pick-up trucks|n
टैंकर|tankers|n
एम्बुलेंस|ambulances|n
ट्रैक्टर|tractors|n
ट्रेक्टर|tractors|n
ट्रैक्टरों|tractors|n
ट्रॉली|trolleys|n
ट्रेलर|trailers|n
मोटरसाइकिल|motorcycles|n
मोटर साइकिल|motorcycles|n
मोटरसाइकल|motorcycles|n
मोटरसाइकिलों|motorcycles|n
बाइक|motorcycles|n
बाइकों|motorcycles|n
स्कूटर|scooters|n
स्कूटी|scooters|n
मोपेड|mopeds|n
इलेक्ट्रिक स्कूटर|electric scooters|n
इलेक्ट्रिक बाइक|electric motorcycles|n
ई-बाइक|electric bicycles|n
ई-रिक्शा|electric rickshaws|n
ई रिक्शा|electric rickshaws|n
रिक्शा|rickshaws|n
ऑटो रिक्शा|auto rickshaws|n
साइकिल|bicycles|n
साइकल|bicycles|n
सायकिल|bicycles|n
सायकल|bicycles|n
साइकिलें|bicycles|n
साइकिलों|bicycles|n
गियर वाली साइकिल|geared bicycles|n
इलेक्ट्रिक साइकिल|electric bicycles|n
ट्राइसाइकिल|tricycles|n
तिपहिया|three-wheeled|m
दोपहिया|two-wheelers|n
दोपहिया वाहन|two-wheelers|n
चार पहिया|four-wheelers|n
व्हीलचेयर|wheelchairs|n
व्हील चेयर|wheelchairs|n
बेबी स्ट्रोलर|baby carriages|n
स्ट्रोलर|baby carriages|n
प्रैम|baby carriages|n
बेबी वॉकर|baby walkers|n
हथगाड़ी|handcarts|n
ठेला|handcarts|n
पहिया|wheels|n
पहिये|wheels|n
पहिए|wheels|n
पहियों|wheels|n
व्हील|wheels|n
व्हील्स|wheels|n
एलॉय व्हील|alloy wheels|n
अलॉय व्हील|alloy wheels|n
रिम|rims|n
ब्रेक|brakes|n
ब्रेक पैड|brake pads|n
ब्रेक शू|brake shoes|n
क्लच प्लेट|clutch plates|n
हॉर्न|horns|n
हेडलाइट|headlamps|n
हेडलैंप|headlamps|n
टेललाइट|tail lamps|n
इंडिकेटर|indicators|n
साइलेंसर|silencers|n
शॉक एब्जॉर्बर|shock absorbers|n
शॉक अब्जॉर्बर|shock absorbers|n
शॉकर|shock absorbers|n
स्टीयरिंग|steering|m
स्टीयरिंग व्हील|steering wheels|n
सीट कवर|seat covers|n
कार सीट कवर|car seat covers|n
सीट|seats|n
सीटें|seats|n
सीटों|seats|n
कार सीट|car seats|n
बंपर|bumpers|n
डैशबोर्ड|dashboards|n
वाइपर|windscreen wipers|n
वाइपर ब्लेड|wiper blades|n
विंडशील्ड|windscreens|n
रेडियेटर|radiators|n
मडगार्ड|mudguards|n
कैरियर|carriers|n
नंबर प्लेट|number plates|n
चेन स्प्रोकेट|chain sprocket kits|n
स्पार्क प्लग|sparking plugs|n
पिस्टन|pistons|n
कार्बोरेटर|carburettors|n
एक्सल|axles|n
चेसिस|chassis|n
बॉडी पार्ट्स|body parts|n
साइड मिरर|rear-view mirrors|n
रियर व्यू मिरर|rear-view mirrors|n
कार एक्सेसरीज|motor car accessories|n
बाइक एक्सेसरीज|motorcycle accessories|n
साइकिल के पुर्जे|bicycle parts|n
जहाज़|ships|n
जहाज|ships|n
जहाजों|ships|n
पानी का जहाज|ships|n
नाव|boats|n
नावें|boats|n
नावों|boats|n
नौका|boats|n
कश्ती|boats|n
बोट|boats|n
मछली पकड़ने की नाव|fishing boats|n
याट|yachts|n
इन्फ्लेटेबल बोट|inflatable boats|n
हवाई जहाज़|aeroplanes|n
हवाई जहाज|aeroplanes|n
विमान|aircraft|n
हेलीकॉप्टर|helicopters|n
हेलिकॉप्टर|helicopters|n
पैराशूट|parachutes|n
रेल|railway|m
रेलवे|railway|m
रेलगाड़ी|trains|n
ट्रेन|trains|n
रेल इंजन|railway locomotives|n
रेल का डिब्बा|railway coaches|n
पटरी|rails|n
कंटेनर ट्रक|container lorries|n

# Chapters 90-92: optical, medical and measuring instruments, clocks and watches, musical instruments
चश्मा|spectacles|n
चश्मे|spectacles|n
चश्मों|spectacles|n
ऐनक|spectacles|n
ऐनकें|spectacles|n
धूप का चश्मा|sunglasses|n
धूप के चश्मे|sunglasses|n
सनग्लास|sunglasses|n
सनग्लासेस|sunglasses|n
सनग्लासेज|sunglasses|n
गॉगल्स|goggles|n
गॉगल|goggles|n
स्विमिंग गॉगल्स|swimming goggles|n
चश्मे का फ्रेम|spectacle frames|n
स्पेक्टेकल फ्रेम|spectacle frames|n
कॉन्टैक्ट लेंस|contact lenses|n
लेंस|lenses|n
लेंसों|lenses|n
दूरबीन|binoculars|n
बाइनोकुलर|binoculars|n
टेलीस्कोप|telescopes|n
माइक्रोस्कोप|microscopes|n
सूक्ष्मदर्शी|microscopes|n
आवर्धक लेंस|magnifying glasses|n
मैग्नीफाइंग ग्लास|magnifying glasses|n
थर्मामीटर|thermometers|n
तापमापी|thermometers|n
डिजिटल थर्मामीटर|digital thermometers|n
इन्फ्रारेड थर्मामीटर|infrared thermometers|n
बीपी मशीन|blood pressure monitors|n
बीपी मॉनिटर|blood pressure monitors|n
ब्लड प्रेशर मशीन|blood pressure monitors|n
ब्लड प्रेशर मॉनिटर|blood pressure monitors|n
ग्लूकोमीटर|blood glucose meters|n
शुगर टेस्ट मशीन|blood glucose meters|n
ऑक्सीमीटर|pulse oximeters|n
पल्स ऑक्सीमीटर|pulse oximeters|n
स्टेथोस्कोप|stethoscopes|n
सिरिंज|syringes|n
सीरिंज|syringes|n
इंजेक्शन सिरिंज|syringes|n
कैथेटर|catheters|n
नेबुलाइज़र|nebulisers|n
नेबुलाइजर|nebulisers|n
भाप मशीन|steam inhalers|n
मसाजर|massage apparatus|n
मसाज मशीन|massage apparatus|n
मालिश मशीन|massage apparatus|n
बॉडी मसाजर|massage apparatus|n
हियरिंग एड|hearing aids|n
कान की मशीन|hearing aids|n
सुनने की मशीन|hearing aids|n
बैसाखी|crutches|n
वॉकर|walking frames|n
नी कैप|knee supports|n
घुटने की पट्टी|knee supports|n
सर्वाइकल कॉलर|cervical collars|n
नकली दांत|artificial teeth|n
दांत|teeth|n
दाँत|teeth|n
एक्स-रे|x-ray|m
एक्सरे|x-ray|m
एक्स-रे मशीन|x-ray apparatus|n
ईसीजी मशीन|electrocardiographs|n
अल्ट्रासाउंड मशीन|ultrasonic scanning apparatus|n
ऑक्सीजन सिलेंडर|oxygen cylinders|n
ऑक्सीजन कंसंट्रेटर|oxygen concentrators|n
सीपैप मशीन|cpap machines|n
अस्पताल का बिस्तर|hospital beds|n
हॉस्पिटल बेड|hospital beds|n
सर्जिकल|surgical|m
सर्जिकल उपकरण|surgical instruments|n
शल्य चिकित्सा|surgical|m
चिकित्सा|medical|m
चिकित्सा उपकरण|medical instruments|n
चिकित्सीय|medical|m
मेडिकल|medical|m
मेडिकल उपकरण|medical instruments|n
प्रयोगशाला|laboratory|m
लैब|laboratory|m
बिजली मीटर|electricity meters|n
बिजली का मीटर|electricity meters|n
पानी का मीटर|water meters|n
मल्टीमीटर|multimeters|n
वोल्टमीटर|voltmeters|n
स्पीडोमीटर|speedometers|n
टेस्टर|testers|n
लाइन टेस्टर|voltage testers|n
कंपास|compasses|n
कम्पास|compasses|n
इंच टेप|measuring tapes|n
मापने का टेप|measuring tapes|n
नापने का फीता|measuring tapes|n
मेजरिंग टेप|measuring tapes|n
स्केल|rulers|n
पैमाना|rulers|n
रूलर|rulers|n
ज्योमेट्री बॉक्स|geometry sets|n
वर्नियर कैलिपर|vernier callipers|n
हाइड्रोमीटर|hydrometers|n
बैरोमीटर|barometers|n
प्रेशर गेज|pressure gauges|n
घड़ी|watches|n
घडी|watches|n
घड़ियाँ|watches|n
घड़ियां|watches|n
घड़ियों|watches|n
कलाई घड़ी|wrist-watches|n
हाथ घड़ी|wrist-watches|n
वॉच|watches|n
वाच|watches|n
रिस्ट वॉच|wrist-watches|n
दीवार घड़ी|wall clocks|n
वॉल क्लॉक|wall clocks|n
टेबल घड़ी|table clocks|n
टेबल क्लॉक|table clocks|n
अलार्म घड़ी|alarm clocks|n
अलार्म क्लॉक|alarm clocks|n
स्टॉपवॉच|stop-watches|n
घड़ी का सेल|watch batteries|n
वाद्य यंत्र|musical instruments|n
वाद्ययंत्र|musical instruments|n
वाद्य यंत्रों|musical instruments|n
संगीत वाद्ययंत्र|musical instruments|n
म्यूजिकल इंस्ट्रूमेंट|musical instruments|n
म्यूज़िकल इंस्ट्रूमेंट|musical instruments|n
गिटार|guitars|n
इलेक्ट्रिक गिटार|electric guitars|n
हारमोनियम|harmoniums|n
तबला|tabla drums|n
तबले|tabla drums|n
ढोल|drums|n
ढोलक|drums|n
ढोलकी|drums|n
मृदंग|drums|n
बांसुरी|flutes|n
बाँसुरी|flutes|n
सितार|sitars|n
वायलिन|violins|n
वीणा|string instruments|n
पियानो|pianos|n
इलेक्ट्रॉनिक कीबोर्ड|electronic keyboards|n
म्यूजिकल कीबोर्ड|electronic keyboards|n
माउथ ऑर्गन|mouth organs|n
शहनाई|wind instruments|n
मंजीरा|cymbals|n
मंजीरे|cymbals|n
झांझ|cymbals|n
डमरू|drums|n
सीटी|whistles|n
शंख|conch shells|n
घुंघरू|ankle bells|n
ट्रम्पेट|trumpets|n
सैक्सोफोन|saxophones|n
उकुलेले|ukuleles|n

# Chapter 93: arms and ammunition
बंदूक|guns|n
बन्दूक|guns|n
बंदूकें|guns|n
पिस्तौल|pistols|n
पिस्टल|pistols|n
रिवॉल्वर|revolvers|n
राइफल|rifles|n
कारतूस|cartridges|n
गोला बारूद|ammunition|n
तलवार|swords|n
तलवारें|swords|n
कटार|daggers|n
खंजर|daggers|n
एयर गन|air guns|n
एयर राइफल|air rifles|n
खिलौना बंदूक|toy guns|n
# Chapter 94: furniture, bedding, lamps
फर्नीचर|furniture|n
फ़र्नीचर|furniture|n
फर्नीचरों|furniture|n
कुर्सी|chairs|n
कुर्सियाँ|chairs|n
कुर्सियां|chairs|n
कुर्सियों|chairs|n
चेयर|chairs|n
ऑफिस चेयर|office chairs|n
गेमिंग चेयर|gaming chairs|n
आराम कुर्सी|easy chairs|n
फोल्डिंग चेयर|folding chairs|n
रॉकिंग चेयर|rocking chairs|n
मेज़|tables|n
मेज|tables|n
मेज़ें|tables|n
टेबल|tables|n
टेबलें|tables|n
टेबलों|tables|n
डाइनिंग टेबल|dining tables|n
डाइनिंग सेट|dining sets|n
स्टडी टेबल|study desks|n
कंप्यूटर टेबल|computer desks|n
सेंटर टेबल|coffee tables|n
कॉफी टेबल|coffee tables|n
साइड टेबल|side tables|n
डेस्क|desks|n
सोफ़ा|sofas|n
सोफा|sofas|n
सोफे|sofas|n
सोफ़े|sofas|n
सोफों|sofas|n
सोफा सेट|sofa sets|n
सोफ़ा सेट|sofa sets|n
सोफा कम बेड|sofa beds|n
सोफा बेड|sofa beds|n
दीवान|divans|n
दीवान बेड|divan beds|n
पलंग|beds|n
पलंगों|beds|n
बेड|beds|n
बेडों|beds|n
डबल बेड|double bed|m
सिंगल बेड|single bed|m
किंग साइज बेड|king-size bed|m
खाट|cots|n
चारपाई|cots|n
बिस्तर|bedding|n
बिस्तरों|bedding|n
गद्दा|mattresses|n
गद्दे|mattresses|n
गद्दों|mattresses|n
मैट्रेस|mattresses|n
मैट्रेसेस|mattresses|n
फोम गद्दा|foam mattresses|n
गद्दी|cushions|n
बीन बैग|bean bags|n
स्लीपिंग बैग|sleeping bags|n
अलमारी|cupboards|n
अलमारियाँ|cupboards|n
अलमारियां|cupboards|n
अलमारियों|cupboards|n
अलमीरा|cupboards|n
स्टील की अलमारी|steel cupboards|n
वार्डरोब|wardrobes|n
वॉर्डरोब|wardrobes|n
कपबोर्ड|cupboards|n
शेल्फ|shelves|n
शेल्फ़|shelves|n
शेल्फ्स|shelves|n
वॉल शेल्फ|wall shelves|n
रैक|racks|n
रैकों|racks|n
बुकशेल्फ|bookcases|n
बुक शेल्फ|bookcases|n
किताबों की अलमारी|bookcases|n
दराज़|drawers|n
दराज|drawers|n
दराजें|drawers|n
चेस्ट ऑफ ड्रॉअर्स|chests of drawers|n
ड्रेसिंग टेबल|dressing tables|n
शू रैक|shoe racks|n
जूते का रैक|shoe racks|n
जूतों का रैक|shoe racks|n
टीवी स्टैंड|television stands|n
टीवी यूनिट|television cabinets|n
कैबिनेट|cabinets|n
किचन कैबिनेट|kitchen cabinets|n
मॉड्यूलर किचन|modular kitchen furniture|n
स्टूल|stools|n
स्टूलों|stools|n
मूढ़ा|stools|n
मूढ़े|stools|n
बेंच|benches|n
झूला|swings|n
झूले|swings|n
पालना|cradles|n
पालने|cradles|n
बेबी कॉट|cots for babies|n
मंदिर|home shrines|n
पूजा मंदिर|home shrines|n
पूजा घर|home shrines|n
स्टैंड|stands|n
स्टैंडों|stands|n
कपड़े का स्टैंड|clothes stands|n
पोर्टा केबिन|prefabricated buildings|n
प्रीफैब्रिकेटेड|prefabricated|m
लैंप|lamps|n
लैम्प|lamps|n
लैंपों|lamps|n
टेबल लैंप|table lamps|n
टेबल लैम्प|table lamps|n
फ्लोर लैंप|standard lamps|n
वॉल लैंप|wall lamps|n
लालटेन|lanterns|n
झूमर|chandeliers|n
फानूस|chandeliers|n
पेंडेंट लाइट|pendant lights|n
सीलिंग लाइट|ceiling lights|n
नाइट लैंप|night lamps|n
नाइट लाइट|night lamps|n
कंदील|lanterns|n
आकाश कंदील|lanterns|n
साइनबोर्ड लाइट|illuminated signs|n

# Chapter 95: toys, games, sports goods
खिलौना|toys|n
खिलौने|toys|n
खिलौनों|toys|n
टॉय|toys|n
टॉयज|toys|n
टॉयज़|toys|n
गुड़िया|dolls|n
गुडिया|dolls|n
गुड़ियाँ|dolls|n
गुड़ियों|dolls|n
डॉल|dolls|n
बार्बी डॉल|dolls|n
टेडी बियर|teddy bears|n
टेडी|teddy bears|n
सॉफ्ट टॉय|soft toys|n
सॉफ्ट टॉयज|soft toys|n
पहेली|puzzles|n
पहेलियाँ|puzzles|n
पज़ल|puzzles|n
पजल|puzzles|n
जिगसॉ पज़ल|jigsaw puzzles|n
जिगसॉ पजल|jigsaw puzzles|n
बिल्डिंग ब्लॉक्स|building blocks|n
ब्लॉक्स|blocks|n
रिमोट कंट्रोल कार|remote-controlled toy cars|n
आरसी कार|remote-controlled toy cars|n
खिलौना कार|toy cars|n
खिलौना गाड़ी|toy cars|n
टॉय कार|toy cars|n
खिलौना ट्रेन|toy trains|n
लट्टू|spinning tops|n
कंचे|marbles|n
बोर्ड गेम|board games|n
लूडो|board games|n
सांप सीढ़ी|board games|n
शतरंज|chess sets|n
चेस|chess sets|n
कैरम|carrom boards|n
कैरम बोर्ड|carrom boards|n
ताश|playing cards|n
ताश के पत्ते|playing cards|n
प्लेइंग कार्ड्स|playing cards|n
प्लेइंग कार्ड|playing cards|n
खेल|games|n
खेलों|games|n
गेम|games|n
गेम्स|games|n
शैक्षिक खिलौने|educational toys|n
एजुकेशनल टॉय|educational toys|n
म्यूजिकल टॉय|musical toys|n
बेबी रैटल|rattles|n
झुनझुना|rattles|n
पानी की बंदूक|water pistols|n
पिचकारी|water pistols|n
जादू का सामान|conjuring tricks|n
खेल का सामान|sports goods|n
खेल सामग्री|sports goods|n
स्पोर्ट्स|sports|m
स्पोर्ट|sports|m
खेलकूद|sports|m
बल्ला|bats|n
बल्ले|bats|n
बैट|bats|n
क्रिकेट बैट|cricket bats|n
क्रिकेट बॉल|cricket balls|n
क्रिकेट किट|cricket kits|n
क्रिकेट|cricket|m
स्टंप|stumps|n
विकेट|wickets|n
गेंद|balls|n
गेंदें|balls|n
गेंदों|balls|n
बॉल|balls|n
बॉल्स|balls|n
फुटबॉल|footballs|n
फ़ुटबॉल|footballs|n
बास्केटबॉल|basketballs|n
वॉलीबॉल|volleyballs|n
वॉलीबाल|volleyballs|n
टेनिस|tennis|m
टेनिस बॉल|tennis balls|n
टेबल टेनिस|table tennis|m
रैकेट|rackets|n
रैकेट्स|rackets|n
बैडमिंटन|badminton|m
बैडमिंटन रैकेट|badminton rackets|n
शटलकॉक|shuttlecocks|n
शटल कॉक|shuttlecocks|n
हॉकी|hockey|m
हॉकी स्टिक|hockey sticks|n
बॉक्सिंग ग्लव्स|boxing gloves|n
पंचिंग बैग|punching bags|n
डम्बल|dumbbells|n
डंबल|dumbbells|n
डम्बेल|dumbbells|n
डंबल्स|dumbbells|n
डम्बल्स|dumbbells|n
केटलबेल|kettlebells|n
बारबेल|barbells|n
वेट प्लेट|weight plates|n
जिम|gym|m
जिम उपकरण|gym equipment|n
जिम इक्विपमेंट|gym equipment|n
फिटनेस उपकरण|exercise equipment|n
व्यायाम उपकरण|exercise equipment|n
ट्रेडमिल|treadmills|n
एक्सरसाइज साइकिल|exercise bicycles|n
एक्सरसाइज़ साइकिल|exercise bicycles|n
हैंड ग्रिपर|hand grippers|n
रेजिस्टेंस बैंड|resistance bands|n
व्यायाम|exercise|m
एक्सरसाइज|exercise|m
एक्सरसाइज़|exercise|m
योग|yoga|m
योगा|yoga|m
स्किपिंग रोप|skipping ropes|n
कूदने की रस्सी|skipping ropes|n
स्केटबोर्ड|skateboards|n
स्केट्स|roller skates|n
स्केटिंग शूज|roller skates|n
स्केटिंग|skating|m
मछली पकड़ने की छड़|fishing rods|n
मछली पकड़ने की छड़ी|fishing rods|n
फिशिंग रॉड|fishing rods|n
मछली पकड़ने का कांटा|fish-hooks|n
तैराकी|swimming|m
स्विमिंग|swimming|m
स्विमिंग पूल|swimming pools|n
कैरम कॉइन|carrom coins|n
तीर कमान|bows and arrows|n
धनुष|bows|n
डार्ट|darts|n
डार्ट बोर्ड|dart boards|n
साइकिल हेलमेट|cycle helmets|n
स्पोर्ट्स किट|sports kits|n
क्रिसमस ट्री|christmas trees|n
क्रिसमस सजावट|christmas decorations|n
दिवाली सजावट|festive decorations|n
पार्टी सजावट|party decorations|n
बर्थडे डेकोरेशन|party decorations|n
जन्मदिन सजावट|party decorations|n
मुखौटा|masks|n
मुखौटे|masks|n

# Chapter 96: miscellaneous manufactured articles
झाड़ू|brooms|n
झाडू|brooms|n
झाड़ुओं|brooms|n
फूल झाड़ू|grass brooms|n
सींक झाड़ू|brooms|n
ब्रश|brushes|n
ब्रशों|brushes|n
टूथब्रश|toothbrushes|n
टूथ ब्रश|toothbrushes|n
पेंट ब्रश|paint brushes|n
हेयर ब्रश|hair brushes|n
मेकअप ब्रश|make-up brushes|n
टॉयलेट ब्रश|toilet brushes|n
कंघी|combs|n
कंघा|combs|n
कंघियाँ|combs|n
कंघियां|combs|n
बटन|buttons|n
बटनों|buttons|n
ज़िप|slide fasteners|n
जिप|slide fasteners|n
ज़िपर|slide fasteners|n
जिपर|slide fasteners|n
कलम|pens|n
पेन|pens|n
पेनों|pens|n
पेन्स|pens|n
बॉल पेन|ball-point pens|n
बॉलपेन|ball-point pens|n
बॉलपॉइंट पेन|ball-point pens|n
जेल पेन|gel pens|n
फाउंटेन पेन|fountain pens|n
मार्कर|markers|n
मार्कर पेन|markers|n
परमानेंट मार्कर|permanent markers|n
हाइलाइटर|highlighter markers|n
स्केच पेन|felt-tipped pens|n
पेंसिल|pencils|n
पेन्सिल|pencils|n
पेंसिलें|pencils|n
पेंसिलों|pencils|n
रंगीन पेंसिल|colour pencils|n
कलर पेंसिल|colour pencils|n
क्रेयॉन|crayons|n
क्रेयॉन्स|crayons|n
मोम के रंग|wax crayons|n
चॉक|chalks|n
खड़िया|chalk|n
व्हाइटबोर्ड|whiteboards|n
ब्लैकबोर्ड|blackboards|n
स्टेपलर|staplers|n
स्टेपल पिन|staples|n
पेपर क्लिप|paper clips|n
शार्पनर|pencil sharpeners|n
कटर|cutters|n
स्टाम्प|stamps|n
स्टांप|stamps|n
रबर स्टाम्प|rubber stamps|n
मुहर|seals|n
स्टाम्प पैड|stamp pads|n
स्टेशनरी|stationery|n
स्टेशनरी सेट|stationery sets|n
सिगरेट लाइटर|cigarette lighters|n
थर्मस|vacuum flasks|n
थरमस|vacuum flasks|n
थर्मस फ्लास्क|vacuum flasks|n
फ्लास्क|flasks|n
वैक्यूम फ्लास्क|vacuum flasks|n
कैसरोल|insulated casseroles|n
जग|jugs|n
जगों|jugs|n
ट्रे|trays|n
सर्विंग ट्रे|serving trays|n
मसालेदानी|spice boxes|n
मसाला दानी|spice boxes|n
मसाला बॉक्स|spice boxes|n
चूहेदानी|mousetraps|n
फ्लोर वाइपर|floor squeegees|n
बस्ता|school bags|n
बस्ते|school bags|n
राखी|rakhi wristbands|n
राखियाँ|rakhi wristbands|n
राखियां|rakhi wristbands|n
कलावा|sacred threads|n
तोरण|door hangings|n
बंदनवार|door hangings|n
वॉल हैंगिंग|wall hangings|n
वॉल स्टिकर|wall stickers|n
पूजा सामग्री|religious articles|n
हवन सामग्री|incense mixture|n
हॉट केस|insulated casseroles|n
हॉटकेस|insulated casseroles|n
टैम्पोन|tampons|n
मेंस्ट्रुअल कप|menstrual cups|n
हेयर क्लिप|hair clips|n
हेयर क्लिप्स|hair clips|n
क्लिप|clips|n
क्लिप्स|clips|n
हेयर बैंड|hair bands|n
हेयरबैंड|hair bands|n
क्लचर|hair clips|n
हेयर पिन|hairpins|n
चिमटी|tweezers|n
बिंदी|bindis|n
पुतला|mannequins|n
मैनेक्विन|mannequins|n
चाबी का गुच्छा|key rings|n
मोमबत्ती स्टैंड|candlesticks|n
सिगरेट केस|cigarette cases|n
बेबी बोतल|feeding bottles|n
दूध की बोतल|feeding bottles|n
फीडिंग बोतल|feeding bottles|n
निप्पल|teats|n
चुसनी|dummies|n
पेसिफायर|dummies|n

# Chapter 97: works of art, antiques
पेंटिंग|paintings|n
पेंटिंग्स|paintings|n
पेंटिंगों|paintings|n
चित्र|pictures|n
चित्रों|pictures|n
तस्वीर|pictures|n
तस्वीरें|pictures|n
फोटो|photographs|n
फ़ोटो|photographs|n
मधुबनी पेंटिंग|madhubani paintings|n
वॉल पेंटिंग|wall paintings|n
कैनवास पेंटिंग|canvas paintings|n
तैल चित्र|oil paintings|n
ऑयल पेंटिंग|oil paintings|n
कलाकृति|works of art|n
कलाकृतियाँ|works of art|n
कलाकृतियां|works of art|n
मूर्तिकला|sculptures|n
प्राचीन वस्तु|antiques|n
प्राचीन वस्तुएं|antiques|n
एंटीक|antique|m
डाक टिकट|postage stamps|n
डाक टिकटें|postage stamps|n
पुराने सिक्के|collectors' coins|n
हस्तशिल्प|handicrafts|n
हस्तकला|handicrafts|n
हैंडीक्राफ्ट|handicrafts|n
हैंडीक्राफ्ट्स|handicrafts|n
सजावट|decoration|n
सजावटी सामान|decorative articles|n
डेकोर|decoration|n
होम डेकोर|home decor|n
शोपीस|ornaments|n
शो पीस|ornaments|n
गिफ्ट|gifts|n
गिफ़्ट|gifts|n
गिफ्ट्स|gifts|n
उपहार|gifts|n
उपहारों|gifts|n
तोहफा|gifts|n
तोहफ़ा|gifts|n
गिफ्ट सेट|gift sets|n
गिफ्ट हैम्पर|gift hampers|n
स्मारिका|souvenirs|n
# Qualifiers: states and processes
ताज़ा|fresh|m
ताज़ी|fresh|m
ताज़े|fresh|m
ताजा|fresh|m
ताजी|fresh|m
ताजे|fresh|m
फ्रेश|fresh|m
ठंडा|chilled|m
ठंडी|chilled|m
ठंडे|chilled|m
ठण्डा|chilled|m
ठण्डी|chilled|m
ठण्डे|chilled|m
चिल्ड|chilled|m
जमा हुआ|frozen|m
जमी हुई|frozen|m
जमे हुए|frozen|m
फ्रोजन|frozen|m
फ्रोज़न|frozen|m
फ़्रोज़न|frozen|m
सूखा|dried|m
सूखी|dried|m
सूखे|dried|m
सुखाया हुआ|dried|m
सुखाई हुई|dried|m
सुखाए हुए|dried|m
सुखाये हुए|dried|m
ड्राई|dried|m
ड्राइड|dried|m
धूप में सुखाया|sun-dried|m
धूप में सुखाए|sun-dried|m
निर्जलित|dehydrated|m
डिहाइड्रेटेड|dehydrated|m
भुना|roasted|m
भुनी|roasted|m
भुने|roasted|m
भुना हुआ|roasted|m
भुनी हुई|roasted|m
भुने हुए|roasted|m
रोस्टेड|roasted|m
तला|fried|m
तली|fried|m
तले|fried|m
तला हुआ|fried|m
तली हुई|fried|m
तले हुए|fried|m
फ्राइड|fried|m
पकाया हुआ|cooked|m
पकाई हुई|cooked|m
पकाए हुए|cooked|m
उबला|boiled|m
उबली|boiled|m
उबले|boiled|m
उबला हुआ|boiled|m
उबले हुए|boiled|m
भाप में पका|steamed|m
कच्चा|raw|m
कच्ची|raw|m
कच्चे|raw|m
सॉल्टेड|salted|m
नमक लगा|salted|m
बिना नमक|unsalted|m
अनसाल्टेड|unsalted|m
स्मोक्ड|smoked|m
मसालेदार|spiced|m
स्पाइसी|spicy|m
मीठा|sweet|m
मीठी|sweet|m
मीठे|sweet|m
खट्टा|sour|m
खट्टी|sour|m
खट्टे|sour|m
चीनी रहित|sugar-free|m
शुगर फ्री|sugar-free|m
शुगरफ्री|sugar-free|m
बिना चीनी|sugar-free|m
ग्लूटेन फ्री|gluten-free|m
ग्लूटेन मुक्त|gluten-free|m
लैक्टोज फ्री|lactose-free|m
लो फैट|low-fat|m
कम वसा|low-fat|m
फुल क्रीम|full-cream|m
टोंड|toned|m
डबल टोंड|double-toned|m
स्किम्ड|skimmed|m
परिष्कृत|refined|m
रिफाइंड|refined|m
रिफाइन्ड|refined|m
अपरिष्कृत|unrefined|m
कच्ची घानी|cold-pressed|m
कोल्ड प्रेस्ड|cold-pressed|m
कोल्ड प्रेस|cold-pressed|m
लकड़ी घाणी|wood-pressed|m
लकड़ी घानी|wood-pressed|m
वर्जिन|virgin|m
एक्स्ट्रा वर्जिन|extra virgin|m
पिसा|ground|m
पिसी|ground|m
पिसे|ground|m
पिसा हुआ|ground|m
पिसी हुई|ground|m
पिसे हुए|ground|m
चूर्ण|powder|n
दरदरा|coarsely ground|m
दरदरी|coarsely ground|m
साबुत|whole|m
कुटा|crushed|m
कुटी|crushed|m
कुटा हुआ|crushed|m
कुटी हुई|crushed|m
क्रश्ड|crushed|m
कटा|cut|m
कटी|cut|m
कटे|cut|m
कटा हुआ|chopped|m
कटी हुई|chopped|m
कटे हुए|chopped|m
स्लाइस|slices|n
स्लाइस्ड|sliced|m
टुकड़े|pieces|n
टुकड़ा|pieces|n
टुकड़ों|pieces|n
छिला|peeled|m
छिली|peeled|m
छिले|peeled|m
छिला हुआ|peeled|m
छिली हुई|peeled|m
छिले हुए|peeled|m
छिलका रहित|shelled|m
बिना छिलके|shelled|m
बिना छिलके का|shelled|m
बिना छिलके के|shelled|m
छिलके सहित|in shell|m
छिलके वाला|in shell|m
छिलके वाली|in shell|m
छिलके वाले|in shell|m
पॉलिश्ड|polished|m
पॉलिश किया|polished|m
पॉलिश किया हुआ|polished|m
अनपॉलिश्ड|unpolished|m
बिना पॉलिश|unpolished|m
बिना पॉलिश की|unpolished|m
जैविक|organic|m
ऑर्गेनिक|organic|m
ऑर्गैनिक|organic|m
आर्गेनिक|organic|m
ऑर्गनिक|organic|m
प्राकृतिक|natural|m
नेचुरल|natural|m
नैचुरल|natural|m
कृत्रिम|artificial|m
आर्टिफिशियल|artificial|m
नकली|imitation|m
इमिटेशन|imitation|m
शुद्ध|pure|m
प्योर|pure|m
असली|genuine|m
इंस्टेंट|instant|m
तत्काल|instant|m
सांद्र|concentrated|m
कंसन्ट्रेट|concentrate|n
कंसंट्रेट|concentrate|n
तरल|liquid|m
लिक्विड|liquid|m
द्रव|liquid|m
ठोस|solid|m
दानेदार|granular|m
दाने|granules|n
पेस्ट|paste|n
जेल|gel|n
स्प्रे|spray|n
घोल|solution|n
गोल|round|m
चौकोर|square|m
वर्गाकार|square|m
आयताकार|rectangular|m
अंडाकार|oval|m
फ्लैट|flat|m
पतला|thin|m
पतली|thin|m
पतले|thin|m
मोटा|thick|m
मोटी|thick|m
मोटे|thick|m
चौड़ा|wide|m
चौड़ी|wide|m
बड़ा|large|m
बड़ी|large|m
बड़े|large|m
बडा|large|m
बडी|large|m
बडे|large|m
छोटा|small|m
छोटी|small|m
छोटे|small|m
मिनी|mini|m
हल्का|lightweight|m
हल्की|lightweight|m
हल्के|lightweight|m
भारी|heavy|m
हैवी|heavy-duty|m
हेवी ड्यूटी|heavy-duty|m
मज़बूत|sturdy|m
मजबूत|sturdy|m
लंबा|long|m
लंबी|long|m
लंबे|long|m
लम्बा|long|m
लम्बी|long|m
लम्बे|long|m
ऊंचा|high|m
ऊँचा|high|m
फोल्डिंग|folding|m
फ़ोल्डिंग|folding|m
फोल्डेबल|folding|m
मोड़ने योग्य|folding|m
पोर्टेबल|portable|m
एडजस्टेबल|adjustable|m
समायोज्य|adjustable|m
डिस्पोजेबल|disposable|m
डिस्पोज़ेबल|disposable|m
डिस्पोजल|disposable|m
रियूजेबल|reusable|m
रीयूजेबल|reusable|m
रिचार्जेबल|rechargeable|m
रीचार्जेबल|rechargeable|m
चार्जेबल|rechargeable|m
वाटरप्रूफ|waterproof|m
वॉटरप्रूफ|waterproof|m
वाटर प्रूफ|waterproof|m
वॉटर प्रूफ|waterproof|m
जलरोधक|waterproof|m
जलरोधी|waterproof|m
वाटर रेसिस्टेंट|water-resistant|m
पारदर्शी|transparent|m
ट्रांसपेरेंट|transparent|m
इंसुलेटेड|insulated|m
इन्सुलेटेड|insulated|m
गद्देदार|padded|m
पैडेड|padded|m
नॉन स्टिक|non-stick|m
नॉनस्टिक|non-stick|m
नॉन-स्टिक|non-stick|m
जंगरोधी|rust-proof|m
जंग रोधी|rust-proof|m
रस्टप्रूफ|rust-proof|m
हाथ से बना|handmade|m
हाथ से बनी|handmade|m
हाथ से बने|handmade|m
हाथ से बना हुआ|handmade|m
हाथ से बनी हुई|handmade|m
हस्तनिर्मित|handmade|m
हैंडमेड|handmade|m
हाथ से बुना|hand-woven|m
हाथ से बुनी|hand-woven|m
हाथ से बुने|hand-woven|m
हाथ की कढ़ाई|hand-embroidered|m
निटेड|knitted|m
निट|knitted|m
होजरी|hosiery|m
वोवन|woven|m
बुना हुआ कपड़ा|woven fabric|n
छपा|printed|m
छपी|printed|m
छपे|printed|m
छपा हुआ|printed|m
छपी हुई|printed|m
प्रिंटेड|printed|m
मुद्रित|printed|m
प्रिंट|printed|m
ब्लॉक प्रिंट|block-printed|m
बंधेज|tie-dyed|m
बांधनी|tie-dyed|m
धारीदार|striped|m
चेक्स|checked|m
चेकदार|checked|m
सादा|plain|m
सादी|plain|m
सादे|plain|m
प्लेन|plain|m
रंगीन|coloured|m
रंगा हुआ|dyed|m
रंगी हुई|dyed|m
बहुरंगी|multicoloured|m
मल्टीकलर|multicoloured|m
पूरी बाजू|long-sleeved|m
पूरी बाँह|long-sleeved|m
पूरी बांह|long-sleeved|m
फुल स्लीव|long-sleeved|m
फुल स्लीव्स|long-sleeved|m
लंबी बाजू|long-sleeved|m
लंबी आस्तीन|long-sleeved|m
हाफ स्लीव|short-sleeved|m
हाफ स्लीव्स|short-sleeved|m
आधी बाजू|short-sleeved|m
आधी बांह|short-sleeved|m
छोटी बाजू|short-sleeved|m
छोटी आस्तीन|short-sleeved|m
बिना बाजू|sleeveless|m
बिना बांह|sleeveless|m
स्लीवलेस|sleeveless|m
हुड वाला|hooded|m
हुड वाली|hooded|m
हुडेड|hooded|m
कॉलर वाली|collared|m
गोल गला|round-neck|m
राउंड नेक|round-neck|m
वी नेक|v-neck|m
स्लिम फिट|slim-fit|m
रेगुलर फिट|regular-fit|m
ढीला|loose-fitting|m
कैज़ुअल|casual|m
कैजुअल|casual|m
फॉर्मल|formal|m
फ़ॉर्मल|formal|m
एथनिक|ethnic|m
पारंपरिक|traditional|m
ट्रेडिशनल|traditional|m
डिज़ाइनर|designer|m
डिजाइनर|designer|m
डिजिटल|digital|m
एनालॉग|analogue|m
स्मार्ट|smart|m
ऑटोमैटिक|automatic|m
ऑटोमेटिक|automatic|m
स्वचालित|automatic|m
सेमी ऑटोमैटिक|semi-automatic|m
मैनुअल|manual|m
हस्तचालित|hand-operated|m
हाथ से चलने वाला|hand-operated|m
हाथ से चलने वाली|hand-operated|m
मैकेनिकल|mechanical|m
यांत्रिक|mechanical|m
हाइड्रोलिक|hydraulic|m
बैटरी चालित|battery-powered|m
बैटरी से चलने वाला|battery-powered|m
बैटरी से चलने वाली|battery-powered|m
बैटरी ऑपरेटेड|battery-operated|m
बिजली से चलने वाला|electric|m
बिजली से चलने वाली|electric|m
सौर ऊर्जा से चलने वाला|solar-powered|m
पेट्रोल से चलने वाला|petrol-driven|m
डीजल से चलने वाला|diesel-driven|m
लिथियम|lithium|m
लिथियम आयन|lithium-ion|m
लिथियम-आयन|lithium-ion|m
कॉर्डलेस|cordless|m
तार रहित|cordless|m
वायर्ड|wired|m
हाई स्पीड|high-speed|m
ऊर्जा कुशल|energy-efficient|m
स्टार रेटेड|energy-rated|m
इनवर्टर टेक्नोलॉजी|inverter|m
औद्योगिक|industrial|m
इंडस्ट्रियल|industrial|m
घरेलू|household|m
घरेलु|household|m
घर|household|m
घर के लिए|household|m
व्यावसायिक|commercial|m
कमर्शियल|commercial|m
प्रोफेशनल|professional|m
प्रोफ़ेशनल|professional|m
पेशेवर|professional|m
कृषि|agricultural|m
खेती|agricultural|m
खेती के लिए|for agricultural use|m
पशु चिकित्सा|veterinary|m
दंत|dental|m
डेंटल|dental|m
खाद्य|food|m
फूड ग्रेड|food-grade|m
फ़ूड ग्रेड|food-grade|m
रसोई|kitchen|m
किचन|kitchen|m
बाथरूम|bathroom|m
स्नानघर|bathroom|m
ऑफिस|office|m
ऑफ़िस|office|m
कार्यालय|office|m
स्कूल|school|m
विद्यालय|school|m
बगीचा|garden|m
बगीचे|garden|m
गार्डन|garden|m
बागवानी|gardening|m
बाग़बानी|gardening|m
आउटडोर|outdoor|m
बाहरी|outdoor|m
इनडोर|indoor|m
इंडोर|indoor|m
सुरक्षा|safety|m
सेफ्टी|safety|m
सुरक्षात्मक|protective|m
यात्रा|travel|m
ट्रैवल|travel|m
पार्टी|party|m
शादी|wedding|m
वेडिंग|wedding|m
ब्राइडल|bridal|m
दुल्हन|bridal|m
त्योहार|festive|m
पूजा|religious|m
धार्मिक|religious|m
पालतू जानवरों|pets|m
पालतू जानवरों के लिए|for pets|m
कुत्तों के लिए|for dogs|m
बिल्लियों के लिए|for cats|m
पक्षियों के लिए|for birds|m
कार के लिए|for motor cars|m
गाड़ी के लिए|for vehicles|m
बाइक के लिए|for motorcycles|m
साइकिल के लिए|for bicycles|m
मोबाइल के लिए|for mobile phones|m
फोन के लिए|for mobile phones|m
लैपटॉप के लिए|for laptops|m
रसोई के लिए|for kitchen use|m
किचन के लिए|for kitchen use|m
बाथरूम के लिए|for bathroom use|m

# Qualifiers: users
पुरुषों के लिए|for men|m
पुरुषों|men's|m
पुरुष|men's|m
मर्दों के लिए|for men|m
मर्दों|men's|m
मर्दाना|men's|m
जेंट्स|men's|m
मेन्स|men's|m
मेंस|men's|m
पुरूष|men's|m
पुरूषों|men's|m
पुरूषों के लिए|for men|m
महिलाओं के लिए|for women|m
महिलाओं|women's|m
महिला|women's|m
महिलाएं|women's|m
महिलाएँ|women's|m
स्त्रियों के लिए|for women|m
स्त्रियों|women's|m
स्त्री|women's|m
औरतों के लिए|for women|m
औरतों|women's|m
औरत|women's|m
लेडीज़|women's|m
लेडीज|women's|m
लेडिज|women's|m
वीमेन|women's|m
वीमेंस|women's|m
विमेंस|women's|m
वुमन|women's|m
वुमेन|women's|m
जनाना|women's|m
बच्चों के लिए|for children|m
बच्चों|children's|m
बच्चे|children's|m
बच्चा|children's|m
बच्ची|girls'|m
किड्स|children's|m
किड|children's|m
बालक|boys'|m
बालकों|boys'|m
बालिका|girls'|m
बालिकाओं|girls'|m
लड़कों के लिए|for boys|m
लड़कों|boys'|m
लड़का|boys'|m
लड़के|boys'|m
लडकों|boys'|m
लडके|boys'|m
लड़कियों के लिए|for girls|m
लड़कियों|girls'|m
लड़की|girls'|m
लड़कियाँ|girls'|m
लड़कियां|girls'|m
लडकियों|girls'|m
लडकी|girls'|m
बॉयज़|boys'|m
बॉयज|boys'|m
बॉय|boys'|m
गर्ल्स|girls'|m
गर्ल|girls'|m
शिशु|babies'|m
शिशुओं|babies'|m
शिशुओं के लिए|for babies|m
शिशु के लिए|for babies|m
बेबी|babies'|m
बेबीज़|babies'|m
नवजात|babies'|m
नवजात शिशु|babies'|m
नवजात शिशुओं|babies'|m
नवजात शिशुओं के लिए|for babies|m
छोटे बच्चों|young children's|m
छोटे बच्चों के लिए|for young children|m
वयस्क|adults'|m
वयस्कों|adults'|m
वयस्कों के लिए|for adults|m
बड़ों के लिए|for adults|m
बुजुर्गों के लिए|for the elderly|m
बुज़ुर्गों के लिए|for the elderly|m
यूनिसेक्स|unisex|m
दूल्हा|grooms'|m
दूल्हे|grooms'|m
छात्रों के लिए|for students|m

# Qualifiers: condition and trade words
नया|new|m
नई|new|m
नए|new|m
नये|new|m
नयी|new|m
न्यू|new|m
पुराना|used|m
पुरानी|used|m
पुराने|used|m
सेकंड हैंड|second-hand|m
सेकेंड हैंड|second-hand|m
सेकंडहैंड|second-hand|m
इस्तेमाल किया हुआ|used|m
इस्तेमाल की हुई|used|m
इस्तेमाल किए हुए|used|m
प्रयुक्त|used|m
यूज़्ड|used|m
रीफर्बिश्ड|refurbished|m
रिफर्बिश्ड|refurbished|m
ओरिजिनल|original|m
ऑरिजिनल|original|m
सेट|set|m
सेटों|sets|m
किट|kit|m
कॉम्बो|combo|m
कॉम्बो पैक|combo pack|m
थोक|wholesale|m
थोक में|in bulk|m
होलसेल|wholesale|m
खुला|loose|m
खुले|loose|m
लूज़|loose|m
पैक्ड|packaged|m
पैकेज्ड|packaged|m
बोतलबंद|bottled|m
वैक्यूम पैक्ड|vacuum-packed|m
वैक्यूम पैक|vacuum-packed|m
लक्ज़री|luxury|m
लग्ज़री|luxury|m
लग्जरी|luxury|m
प्रीमियम|premium|m
सजावटी|decorative|m
डेकोरेटिव|decorative|m
आयातित|imported|m
इंपोर्टेड|imported|m
भारतीय|indian|m
लाल|red|m
नीला|blue|m
नीली|blue|m
नीले|blue|m
हरा|green|m
हरी|green|m
हरे|green|m
पीला|yellow|m
पीली|yellow|m
पीले|yellow|m
काला|black|m
काली|black|m
काले|black|m
सफ़ेद|white|m
सफेद|white|m
गुलाबी|pink|m
भूरा|brown|m
भूरी|brown|m
भूरे|brown|m
बैंगनी|purple|m
नारंगी|orange|m
सुनहरा|golden|m
सुनहरी|golden|m
सुनहरे|golden|m
स्लेटी|grey|m
ग्रे|grey|m
मैरून|maroon|m
क्रीम रंग|cream-coloured|m

# Compound material phrases
स्टील का|steel|m
स्टील की|steel|m
स्टील के|steel|m
प्लास्टिक का|plastic|m
प्लास्टिक की|plastic|m
प्लास्टिक के|plastic|m
कांच का|glass|m
कांच की|glass|m
कांच के|glass|m
चमड़े का|leather|m
चमड़े की|leather|m
चमड़े के|leather|m
सूती कपड़ा|cotton fabric|n
सूती कपड़े|cotton clothing|n
ऊनी कपड़े|woollen clothing|n
रेशमी कपड़ा|silk fabric|n
मिट्टी का|earthenware|m
मिट्टी की|earthenware|m
मिट्टी के|earthenware|m
बांस का|bamboo|m
बांस की|bamboo|m
बांस के|bamboo|m
जूट का|jute|m
जूट की|jute|m
जूट के|jute|m
पत्थर का|stone|m
संगमरमर का|marble|m
संगमरमर की|marble|m
संगमरमर के|marble|m
पीतल का|brass|m
पीतल की|brass|m
पीतल के|brass|m
चांदी का|silver|m
चांदी की|silver|m
चांदी के|silver|m
सोने का|gold|m
सोने की|gold|m
सोने के|gold|m
कागज का|paper|m
कागज की|paper|m
कागज के|paper|m
कागज़ का|paper|m
कागज़ की|paper|m
कागज़ के|paper|m
रबर का|rubber|m
रबर की|rubber|m
रबर के|rubber|m
ऊन का|wool|m
रेशम का|silk|m

# Qualifiers: other descriptive words
खाली|empty|m
हार्ड|hard|m
चिकना|smooth|m
चिकनी|smooth|m
दोहरा|double|m
दोहरी|double|m
दोहरे|double|m
डबल|double|m
सिंगल|single|m
हलका|lightweight|m
हलकी|lightweight|m
हलके|lightweight|m
लाइट वेट|lightweight|m
लाइटवेट|lightweight|m
आरामदायक|comfortable|m
सितारा|sequinned|m
सितारे|sequinned|m
सितारों|sequinned|m
गोल्डन|golden|m
ब्राउन|brown|m
बादामी|beige|m
कलर|colour|m
कलरफुल|multicoloured|m
फैशन|fashion|m
फैशनेबल|fashionable|m
पर्सनल|personal|m
पैनल|panels|n
हार्ट|heart-shaped|m
लेसर|laser|m
लेज़र|laser|m
लेजर|laser|m
ग्रेड|grade|m
ग्रेन|grain|m
कोटेड|coated|m
प्लेटेड|plated|m
पेंटेड|painted|m
लाइटिंग|lighting|m
कपल|couple|m
बालकनी|balcony|m
रसायनिक|chemical|m
सोने के लिए|for sleeping|m
टाईप सी|type-c|m
टाइप-सी|type-c|m
व्हीलर|vehicles|n
टू व्हीलर|two-wheelers|n
फोर व्हीलर|four-wheelers|n
तार वाला|wired|m
तार वाली|wired|m
तार वाले|wired|m
पत्ती|leaves|n
पत्तियाँ|leaves|n
पत्तियां|leaves|n
पत्ते|leaves|n
पत्तों|leaves|n
`,
};
