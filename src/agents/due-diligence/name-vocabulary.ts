/**
 * Word tables for name matching. Everything here is lower-case ASCII after transliteration, except
 * the native-script business words, which are replaced before transliteration (a romanised
 * "hvmry vnyyn" is useless, the Hebrew words for "building materials" are not).
 */

/**
 * Legal forms. `jurisdictions` lists where a form is used; `*` marks forms that are also the usual
 * English rendering of any local form (a "Ltd" in an English-language register may translate an
 * OÜ, a UAB or an OOO), so they never contradict another form.
 */
interface LegalFormSpec {
  code: string;
  jurisdictions: string[];
  variants: string[];
}

const LEGAL_FORM_SPECS: LegalFormSpec[] = [
  { code: 'ltd', jurisdictions: ['*'], variants: ['ltd', 'limited', 'ltd co', 'co ltd', 'company limited', 'company ltd', 'co limited', 'limited company', 'lc', 'ltda co'] },
  { code: 'inc', jurisdictions: ['*'], variants: ['inc', 'incorporated', 'incorporation'] },
  { code: 'corp', jurisdictions: ['*'], variants: ['corp', 'corporation', 'corpn'] },
  { code: 'co', jurisdictions: ['*'], variants: ['co', 'company', 'cos', 'companies'] },
  { code: 'llc', jurisdictions: ['*'], variants: ['llc', 'l l c', 'limited liability company', 'limited liability co'] },
  { code: 'plc', jurisdictions: ['*'], variants: ['plc', 'public limited company', 'public company limited', 'pcl', 'public co ltd', 'public co limited'] },
  { code: 'llp', jurisdictions: ['*'], variants: ['llp', 'lp', 'limited partnership', 'limited liability partnership'] },
  { code: 'jsc', jurisdictions: ['*'], variants: ['jsc', 'joint stock company', 'joint stock co', 'pjsc', 'public joint stock company', 'ojsc', 'open joint stock company', 'cjsc', 'closed joint stock company', 'private joint stock company', 'jsc co', 'public jsc', 'open jsc', 'closed jsc', 'private jsc', 'public joint stock co', 'ltd liability company', 'ltd liability co'] },
  { code: 'pvt', jurisdictions: ['IN', 'PK', 'LK', 'BD', 'NP'], variants: ['pvt ltd', 'pvt', 'private limited', 'private ltd', 'pvt limited', 'private', 'p ltd'] },
  { code: 'pty', jurisdictions: ['AU', 'ZA', 'NA', 'BW'], variants: ['pty ltd', 'pty', 'proprietary limited', 'pty limited'] },
  { code: 'gmbh', jurisdictions: ['DE', 'AT', 'CH', 'LI'], variants: ['gmbh', 'gesellschaft mit beschrankter haftung', 'gmbh co kg', 'ug'] },
  { code: 'ag', jurisdictions: ['DE', 'AT', 'CH', 'LI'], variants: ['ag', 'aktiengesellschaft', 'kg', 'kgaa', 'ohg', 'ev'] },
  { code: 'sa', jurisdictions: ['FR', 'ES', 'BE', 'LU', 'CH', 'PT', 'LATAM', 'GR', 'PL'], variants: ['sa', 'societe anonyme', 'sociedad anonima', 'sa de cv', 'sab de cv', 'saic', 'saci'] },
  { code: 'sarl', jurisdictions: ['FR', 'BE', 'LU', 'FRAF', 'MA', 'TN', 'DZ', 'LB'], variants: ['sarl', 'societe a responsabilite limitee', 'eurl', 'sas', 'sasu', 'snc', 'sca', 'scs', 'gie', 'ets', 'etablissements'] },
  { code: 'sl', jurisdictions: ['ES', 'LATAM'], variants: ['sl', 'sociedad limitada', 'srl', 'sociedad de responsabilidad limitada', 'sa de cv', 's de rl'] },
  { code: 'srl', jurisdictions: ['IT', 'RO', 'LATAM', 'MD'], variants: ['srl', 'societa a responsabilita limitata', 'spa', 'societa per azioni', 'snc', 'sas', 'sapa', 'societa cooperativa', 'coop', 'scarl', 'scrl', 'sc'] },
  { code: 'ltda', jurisdictions: ['BR', 'PT', 'CO', 'LATAM'], variants: ['ltda', 'limitada', 'sociedade limitada', 'eireli', 'me', 'epp', 'lda'] },
  { code: 'bv', jurisdictions: ['NL', 'BE'], variants: ['bv', 'besloten vennootschap', 'nv', 'naamloze vennootschap', 'vof', 'bvba'] },
  { code: 'ab', jurisdictions: ['SE', 'FI'], variants: ['ab', 'aktiebolag', 'hb', 'kb'] },
  { code: 'as', jurisdictions: ['NO', 'DK'], variants: ['as', 'asa', 'aps', 'a s', 'a/s'] },
  { code: 'oy', jurisdictions: ['FI'], variants: ['oy', 'oyj', 'osakeyhtio'] },
  { code: 'ou', jurisdictions: ['EE'], variants: ['ou', 'osauhing', 'as'] },
  { code: 'uab', jurisdictions: ['LT'], variants: ['uab', 'ab', 'mb', 'uzdaroji akcine bendrove'] },
  { code: 'sia', jurisdictions: ['LV'], variants: ['sia', 'as'] },
  { code: 'spzoo', jurisdictions: ['PL'], variants: ['sp zoo', 'sp z oo', 'spolka z ograniczona odpowiedzialnoscia', 'sp j', 'sp k', 'ska', 'spolka komandytowo akcyjna', 'spolka komandytowa', 'spolka jawna', 'spolka akcyjna'] },
  { code: 'sro', jurisdictions: ['CZ', 'SK'], variants: ['sro', 'spol sro', 'spolecnost s rucenim omezenym', 'as', 'vos'] },
  { code: 'kft', jurisdictions: ['HU'], variants: ['kft', 'zrt', 'nyrt', 'bt', 'rt'] },
  { code: 'doo', jurisdictions: ['SI', 'HR', 'RS', 'BA', 'ME', 'MK'], variants: ['doo', 'dd', 'drustvo s ogranicenom odgovornoscu', 'ad', 'dooel', 'sp'] },
  { code: 'ood', jurisdictions: ['BG'], variants: ['ood', 'eood', 'ead', 'ad'] },
  { code: 'ooo', jurisdictions: ['RU', 'BY', 'KZ', 'UZ', 'KG', 'TJ'], variants: ['ooo', 'obshchestvo s ogranichennoy otvetstvennostyu', 'zao', 'oao', 'pao', 'ao', 'ip', 'nao', 'ooo firma'] },
  { code: 'tov', jurisdictions: ['UA'], variants: ['tov', 'pp', 'prat', 'pat', 'fop', 'tzov', 'dp'] },
  { code: 'as-tr', jurisdictions: ['TR'], variants: ['as', 'anonim sirketi', 'ltd sti', 'limited sirketi', 'sti', 'ltd sirketi'] },
  { code: 'kk', jurisdictions: ['JP'], variants: ['kk', 'kabushiki kaisha', 'kabushikigaisha', 'gk', 'godo kaisha', 'yk', 'yugen kaisha', 'zhu shi hui she'] },
  { code: 'cokr', jurisdictions: ['KR'], variants: ['jusighoesa', 'jusikhoesa', 'chusik hoesa'] },
  { code: 'cocn', jurisdictions: ['CN', 'HK', 'TW'], variants: ['you xian gong si', 'gu fen you xian gong si', 'youxian gongsi', 'gongsi'] },
  { code: 'sdnbhd', jurisdictions: ['MY', 'BN'], variants: ['sdn bhd', 'sendirian berhad', 'bhd', 'berhad'] },
  { code: 'pte', jurisdictions: ['SG'], variants: ['pte ltd', 'pte', 'private limited'] },
  { code: 'pt', jurisdictions: ['ID'], variants: ['pt', 'perseroan terbatas', 'tbk', 'cv'] },
  { code: 'fze', jurisdictions: ['AE'], variants: ['fze', 'fzco', 'fzc', 'fz llc', 'dmcc', 'est', 'establishment'] },
  { code: 'ltd-il', jurisdictions: ['IL', '*'], variants: ['bam', 'b m'] },
  { code: 'spc', jurisdictions: ['AM'], variants: ['spy', 'spe', 'sps'] },
  { code: 'sacco', jurisdictions: ['KE', 'TZ', 'UG'], variants: ['sacco'] },
];

export interface LegalForm {
  code: string;
  jurisdictions: string[];
}

/** Legal-form token sequences, longest first, with their canonical form. */
export const LEGAL_FORM_SEQUENCES: Array<{ tokens: string[]; form: LegalForm }> = LEGAL_FORM_SPECS.flatMap((spec) =>
  spec.variants.map((variant) => ({
    tokens: variant.split(' '),
    form: { code: spec.code, jurisdictions: spec.jurisdictions },
  })),
).sort((a, b) => b.tokens.length - a.tokens.length);

type LegalSequence = (typeof LEGAL_FORM_SEQUENCES)[number];

function groupBy(pick: (s: LegalSequence) => string): Map<string, LegalSequence[]> {
  const map = new Map<string, LegalSequence[]>();
  for (const seq of LEGAL_FORM_SEQUENCES) map.set(pick(seq), [...(map.get(pick(seq)) ?? []), seq]);
  return map;
}

/** The same sequences keyed by first and by last word, longest first, so lookups stay O(1) per word. */
export const LEGAL_BY_FIRST = groupBy((s) => s.tokens[0]);
export const LEGAL_BY_LAST = groupBy((s) => s.tokens[s.tokens.length - 1]);

/** Limited-liability forms and share companies: where one country has both (Swiss GmbH and SA), they are different companies. */
const LIMITED_FORMS = new Set(['gmbh', 'sarl', 'sl', 'ltda', 'spzoo', 'sro', 'kft', 'doo', 'ood', 'ooo', 'tov', 'bv', 'ou', 'sia', 'pvt', 'pty', 'pte', 'sdnbhd']);
const SHARE_FORMS = new Set(['ag', 'sa']);

/**
 * Two legal forms contradict when both are local forms of disjoint jurisdictions (a GmbH and a
 * Sdn. Bhd. are registered in different countries), or when one is a limited company and the
 * other a share company of the same country. An English form ("Ltd", "LLC") never contradicts a
 * local one: registers and invoices translate local forms into it.
 */
export function legalFormsCompatible(a: LegalForm[], b: LegalForm[]): boolean {
  if (a.length === 0 || b.length === 0) return true;
  const local = (forms: LegalForm[]) => forms.filter((f) => !f.jurisdictions.includes('*'));
  const la = local(a);
  const lb = local(b);
  if (la.length === 0 || lb.length === 0) return true;
  const kindsDiffer = (x: string, y: string) => (LIMITED_FORMS.has(x) && SHARE_FORMS.has(y)) || (SHARE_FORMS.has(x) && LIMITED_FORMS.has(y));
  return la.some((fa) => lb.some((fb) => fa.code === fb.code || (!kindsDiffer(fa.code, fb.code) && fa.jurisdictions.some((j) => fb.jurisdictions.includes(j)))));
}

/** Long legal-form words, corrected when misspelt by one letter ("LIMITDE", "COMPNY"). */
export const LEGAL_WORDS = ['limited', 'company', 'corporation', 'incorporated', 'liability', 'limitada', 'sociedad', 'anonima', 'societe', 'anonyme', 'gesellschaft', 'aktiengesellschaft', 'berhad', 'sendirian', 'proprietary', 'private', 'public', 'joint', 'stock', 'sirketi', 'responsabilidad', 'responsabilita'];

/** Vessel designators ahead of a ship's name; they say "ship" but are not part of the name. */
export const VESSEL_PREFIXES = new Set(['mv', 'mt', 'ms', 'mts', 'msv', 'ss', 'fv', 'my', 'lng', 'lpg', 'mfv', 'tb', 'rv']);
export const VESSEL_SUFFIXES = new Set(['maru', 'wan']);

/** Abbreviations expanded before comparison (register exports and SWIFT fields shorten freely). */
export const ABBREVIATIONS: Record<string, string> = {
  intl: 'international', int: 'international', internat: 'international', svcs: 'services', svc: 'services', serv: 'services',
  engg: 'engineering', eng: 'engineering', engr: 'engineering', mfg: 'manufacturing', mfrs: 'manufacturers', mfr: 'manufacturer',
  bros: 'brothers', bro: 'brothers', fratelli: 'brothers', flli: 'brothers', hnos: 'brothers', hermanos: 'brothers', freres: 'brothers',
  ind: 'industria', inds: 'industries', indus: 'industries', com: 'comercio', comm: 'commercial', comml: 'commercial', coml: 'commercial',
  trdg: 'trading', tradg: 'trading', transp: 'transport', trans: 'transport', distr: 'distribution', dist: 'distribution',
  mgmt: 'management', mgt: 'management', assoc: 'associates', assn: 'association', dev: 'development', devt: 'development',
  natl: 'national', nat: 'national', tech: 'technology', techs: 'technologies', elec: 'electric', elect: 'electrical',
  chem: 'chemical', chems: 'chemicals', pharma: 'pharmaceutical', pharm: 'pharmaceutical', equip: 'equipment',
  invest: 'investment', invt: 'investment', prod: 'products', prods: 'products', hldgs: 'holdings', hldg: 'holding',
  grp: 'group', st: 'saint', ste: 'sainte', ft: 'fort', przeds: 'przedsiebiorstwo', handl: 'handlowe',
  co: 'company', sons: 'sons', son: 'sons', cie: 'compagnie', cia: 'compania', soc: 'societe', 
  zakl: 'zaklady', spoldz: 'spoldzielnia', gen: 'general', genl: 'general',
  shpg: 'shipping', navig: 'navigation', nav: 'navigation', maritime: 'maritime',
  and: '&', und: '&', et: '&', e: '&', y: '&', i: '&', ve: '&', va: '&',
};

/** Raw-text abbreviations that punctuation splitting would break up. */
export const RAW_ABBREVIATIONS: Array<[RegExp, string]> = [
  [/\bf\.\s?lli\b/giu, 'fratelli'],
  [/\bs\/o\b/giu, 'son of'],
  [/\bm\/[vt]\b/giu, 'mv'],
  [/\bc\/o\b/giu, ' '],
  [/\bnr\.?\s?(?=\d)/giu, 'no '],
];

/**
 * Business words in their own scripts and in common romanisations, mapped to English, so a
 * company's native-script name can meet its English registration. Kept to generic vocabulary
 * (activities, goods, organisational words); proper names are never translated.
 */
export const NATIVE_BUSINESS_WORDS: Array<[string, string]> = [
  // Hebrew
  ['בע"מ', ' ltd '], ["בע''מ", ' ltd '], ['בעמ', ' ltd '], ['האחים', ' brothers '], ['אחים', ' brothers '],
  ['חומרי בניין', ' building materials '], ['חומרי בנין', ' building materials '], ['תוצרת טרייה', ' fresh produce '],
  ['לוגיסטיקה', ' logistics '], ['הובלות', ' transport '], ['הובלה', ' transport '], ['יבוא', ' import '], ['יצוא', ' export '],
  ['שיווק', ' marketing '], ['תעשיות', ' industries '], ['השקעות', ' investments '], ['אחזקות', ' holdings '], ['מסחר', ' trading '],
  ['ספנות', ' shipping '], ['בנייה', ' construction '], ['מזון', ' food '], ['טכנולוגיות', ' technologies '], ['ייעוץ', ' consulting '],
  ['שירותים', ' services '], ['הנדסה', ' engineering '], ['כימיקלים', ' chemicals '], ['חקלאות', ' agriculture '], ['תחבורה', ' transport '],
  // Arabic
  ['شركة', ' company '], ['للتجارة العامة', ' general trading '], ['التجارة العامة', ' general trading '], ['للتجارة', ' trading '], ['تجارة', ' trading '],
  ['ذ.م.م', ' llc '], ['ذ م م', ' llc '], ['مؤسسة', ' establishment '], ['للنقل', ' transport '], ['للشحن', ' shipping '], ['للمقاولات', ' contracting '],
  ['للاستيراد والتصدير', ' import export '], ['الدولية', ' international '], ['مجموعة', ' group '], ['بنك', ' bank '], ['مصرف', ' bank '],
  // Chinese (simplified and traditional)
  ['股份有限公司', ' co ltd '], ['有限责任公司', ' co ltd '], ['有限公司', ' co ltd '], ['集团', ' group '], ['集團', ' group '],
  ['远洋', ' ocean '], ['遠洋', ' ocean '], ['航运', ' shipping '], ['航運', ' shipping '], ['海运', ' shipping '], ['船务', ' shipping '],
  ['物流', ' logistics '], ['贸易', ' trading '], ['貿易', ' trading '], ['商贸', ' trading '], ['进出口', ' import export '], ['進出口', ' import export '],
  ['精密', ' precision '], ['机械', ' machinery '], ['機械', ' machinery '], ['电子', ' electronics '], ['電子', ' electronics '], ['科技', ' technology '],
  ['化工', ' chemical '], ['化学', ' chemical '], ['制药', ' pharmaceutical '], ['医药', ' pharmaceutical '], ['纺织', ' textile '], ['紡織', ' textile '],
  ['实业', ' industrial '], ['實業', ' industrial '], ['工业', ' industrial '], ['投资', ' investment '], ['投資', ' investment '], ['控股', ' holdings '],
  ['能源', ' energy '], ['石油', ' petroleum '], ['钢铁', ' steel '], ['鋼鐵', ' steel '], ['化妆品', ' cosmetics '], ['五金', ' hardware '], ['塑料', ' plastic '],
  ['制品', ' products '], ['製品', ' products '], ['建设', ' construction '], ['建設', ' construction '], ['工程', ' engineering '], ['国际', ' international '], ['國際', ' international '],
  ['银行', ' bank '], ['銀行', ' bank '], ['食品', ' food '], ['农业', ' agriculture '], ['矿业', ' mining '], ['运输', ' transport '], ['運輸', ' transport '],
  // Japanese
  ['株式会社', ' kk '], ['有限会社', ' yk '], ['合同会社', ' gk '], ['物産', ' bussan '], ['商事', ' shoji '], ['商会', ' shokai '], ['工業', ' industrial '],
  ['産業', ' industries '], ['海運', ' kaiun '], ['汽船', ' kisen '], ['運輸', ' transport '], ['繊維', ' textile '], ['製作所', ' works '], ['製薬', ' pharmaceutical '],
  // Korean
  ['주식회사', ' co ltd '], ['유한회사', ' ltd '], ['물류', ' logistics '], ['무역', ' trading '], ['해운', ' shipping '], ['산업', ' industrial '], ['전자', ' electronics '],
  ['건설', ' construction '], ['상사', ' trading '], ['화학', ' chemical '], ['중공업', ' heavy industries '], ['은행', ' bank '], ['식품', ' food '],
  // Burmese
  ['ကုမ္ပဏီလီမိတက်', ' company limited '], ['ကုမ္ပဏီ', ' company '], ['ကုန်သွယ်ရေး', ' trading '], ['ဆန်စက်', ' rice mill '], ['ပို့ဆောင်ရေး', ' logistics '],
  ['ဘဏ်', ' bank '], ['စက်မှု', ' industrial '], ['ထုတ်လုပ်ရေး', ' production '],
  // Armenian, Georgian
  ['ՍՊԸ', ' llc '], ['ՓԲԸ', ' cjsc '], ['ԲԲԸ', ' ojsc '], ['Էքսպրես', ' express '], ['შპს', ' llc '], ['სს', ' jsc '],
  // Cyrillic
  ['ООО', ' ooo '], ['ОАО', ' oao '], ['ЗАО', ' zao '], ['ПАО', ' pao '], ['АО', ' ao '], ['ТОВ', ' tov '], ['ФОП', ' fop '], ['ІП', ' ip '], ['ИП', ' ip '],
  ['Общество с ограниченной ответственностью', ' ooo '], ['Товариство з обмеженою відповідальністю', ' tov '],
];

/**
 * Romanised foreign business words → English, for names that mix a foreign activity word with a
 * proper name ("Shaltiel Hovalot" = Shaltiel Transport). Generic vocabulary only.
 */
export const FOREIGN_BUSINESS_WORDS: Record<string, string> = {
  // Hebrew
  hovalot: 'transport', hovala: 'transport', shivuk: 'marketing', yevu: 'import', taasiyot: 'industries', hashkaot: 'investments',
  achzakot: 'holdings', sapanut: 'shipping', mazon: 'food', handasa: 'engineering', binyan: 'building',
  // Armenian
  kat: 'milk', kati: 'milk', hats: 'bread', mirg: 'fruit', shin: 'construction', shinararutyun: 'construction', arevtur: 'trading', gortsaran: 'factory',
  // Russian / Ukrainian romanised
  stroy: 'construction', stroi: 'construction', torg: 'trading', trans: 'transport', neft: 'oil', gaz: 'gas', bank: 'bank', moloko: 'milk',
  khleb: 'bread', les: 'timber', agro: 'agro', tekhnika: 'machinery', snab: 'supply', servis: 'services', invest: 'investment',
  // Turkish
  denizcilik: 'maritime', ticaret: 'trading', nakliyat: 'transport', lojistik: 'logistics', insaat: 'construction', gida: 'food', tekstil: 'textile',
  sanayi: 'industry', otomotiv: 'automotive', kimya: 'chemical', enerji: 'energy', madencilik: 'mining', tarim: 'agriculture',
  // Spanish / Portuguese / Italian / French
  transportes: 'transport', transporte: 'transport', trasporti: 'transport', comercio: 'trading', comercial: 'commercial', industria: 'industry',
  industrias: 'industries', tecelagem: 'weaving', construcciones: 'construction', construcoes: 'construction', costruzioni: 'construction',
  servizi: 'services', servicios: 'services', servicos: 'services', negoce: 'trading', societe: 'company', compagnie: 'company',
  // Slavic business
  trgovina: 'trading', prevoz: 'transport', spedicija: 'forwarding', gradbenistvo: 'construction', brodogradnja: 'shipbuilding',
  // Finnish / Estonian / Lithuanian / Polish
  kauppa: 'trading', puidutoo: 'woodwork', logistika: 'logistics', prekyba: 'trading', handel: 'trading', handlowe: 'trading', transportowe: 'transport',
  // Japanese romanised
  bussan: 'products', shoji: 'trading', shokai: 'trading', kogyo: 'industrial', sangyo: 'industries', kaiun: 'shipping', kisen: 'shipping', unyu: 'transport', seni: 'textile',
  // Korean romanised
  mulryu: 'logistics', mullyu: 'logistics', muyeok: 'trading', haeun: 'shipping', saneop: 'industrial',
  // Arabic romanised
  tijara: 'trading', tijarah: 'trading', sharikat: 'company', sharika: 'company', 
  // Swahili
  wa: 'of', na: '&',
};

/**
 * Activity and organisation words: they say what a company does, not who it is. They weigh less
 * than proper names, so "Brevanti Trading" and "Brevanti Logistics" stay close but a different
 * proper name drives a pair apart.
 */
export const GENERIC_WORDS = new Set(
  (
    'trading trade traders trader general international global group holding holdings industries industry industrial ' +
    'logistics logistic transport transporters transportation shipping shipmanagement maritime marine services service solutions ' +
    'enterprises enterprise import imports export exports investment investments development commercial products product ' +
    'manufacturing manufacturer manufacturers engineering works technology technologies systems supply supplies supplier ' +
    'partners associates brothers sons family construction contracting contractors consulting consultants management ' +
    'bank financial finance insurance capital energy oil gas petroleum mining chemical chemicals pharmaceutical pharmaceuticals ' +
    'textile textiles food foods agro agriculture agricultural equipment machinery motors electric electrical electronics ' +
    'steel metals metal plastic plastics cement building materials fresh produce national company corporation establishment ' +
    'foundation association organization organisation center centre office network express freight forwarding cargo line lines ' +
    'airlines airways aviation navigation fishing fisheries rice mill milling factory store stores shop mart market exchange ' +
    'distribution distributors wholesale retail precision ocean sea new united royal cosmetics hardware ' +
    'east west north south eastern western northern southern central middle asia africa europe pacific atlantic gulf'
  ).split(' '),
);

/** Function words and honorifics that carry no identity. */
export const PARTICLES = new Set(
  (
    'the of & a an for to in at by on de du des la le les el al ul ad ud da do dos das di del della dei van von der den ' +
    'ten ter bin ibn bint ben abu um umm ould mr mrs ms dr sheikh shaikh haji hajji u daw of'
  ).split(' '),
);

/** Words that turn the rest of a parenthesis or comma segment into an annotation, not a name. */
export const ANNOTATION_MARKERS = /\b(branch|division|office|plant|factory site|warehouse|depot|port|harbour|harbor|terminal|head ?office|hq|representative office|rep office|liaison office)\b/iu;

/** Introducers of a former or alternative name inside a record's name field. */
export const ALIAS_MARKERS = /\b(?:ex|formerly|former|f\/k\/a|fka|f\.k\.a\.|a\/k\/a|aka|a\.k\.a\.|n\/k\/a|nka|now known as|also known as|trading as|t\/a|dba|d\/b\/a)\b[\s.:-]*/iu;
