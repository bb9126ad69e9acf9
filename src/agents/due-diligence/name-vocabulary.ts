import {
  MORE_FOREIGN_BUSINESS_WORDS,
  MORE_HANGUL_BUSINESS_WORDS,
  MORE_NATIVE_BUSINESS_WORDS,
  MORE_SCRIPT_BUSINESS_WORDS,
  MORE_VIETNAMESE_BUSINESS_PHRASES,
} from 'src/agents/due-diligence/activity-word-lists';
import { DESCRIPTIVE_SCRIPT_WORDS } from 'src/agents/due-diligence/descriptive-words';
import { EXTRA_LATIN_ACTIVITY_WORDS, EXTRA_SCRIPT_ACTIVITY_WORDS } from 'src/agents/due-diligence/more-activity-words';
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
  // "Private limited company" written out is the usual English for any country's form (a BV, a
  // GmbH), not the Indian "Pvt. Ltd.".
  { code: 'ltd', jurisdictions: ['*'], variants: ['ltd', 'limited', 'teoranta', 'teo', 'ltd co', 'co ltd', 'company limited', 'company ltd', 'co limited', 'limited company', 'private limited company', 'lc', 'ltda co', 'cong ty tnhh', 'tnhh', 'cong ty trach nhiem huu han', 'trach nhiem huu han'] },
  { code: 'inc', jurisdictions: ['*'], variants: ['inc', 'incorporated', 'incorporation'] },
  { code: 'corp', jurisdictions: ['*'], variants: ['corp', 'corporation', 'corpn'] },
  { code: 'co', jurisdictions: ['*'], variants: ['co', 'company', 'cos', 'companies', 'cong ty', 'kompaniya', 'kompaniia', 'kompanija', 'kompania', 'kompaniyasy'] },
  { code: 'llc', jurisdictions: ['*'], variants: ['llc', 'l l c', 'limited liability company', 'limited liability co'] },
  { code: 'plc', jurisdictions: ['*'], variants: ['plc', 'public limited company', 'public company limited', 'pcl', 'public co ltd', 'public co limited'] },
  { code: 'llp', jurisdictions: ['*'], variants: ['llp', 'lp', 'limited partnership', 'limited liability partnership'] },
  { code: 'jsc', jurisdictions: ['*'], variants: ['jsc', 'joint stock company', 'joint stock co', 'pjsc', 'public joint stock company', 'ojsc', 'open joint stock company', 'cjsc', 'closed joint stock company', 'private joint stock company', 'jsc co', 'public jsc', 'open jsc', 'closed jsc', 'private jsc', 'public joint stock co', 'ltd liability company', 'ltd liability co', 'cong ty co phan', 'co phan', 'ctcp'] },
  { code: 'pvt', jurisdictions: ['IN', 'PK', 'LK', 'BD', 'NP'], variants: ['pvt ltd', 'pvt', 'private limited', 'private ltd', 'pvt limited', 'private', 'p ltd'] },
  { code: 'cc', jurisdictions: ['ZA', 'NA'], variants: ['cc', 'close corporation'] },
  { code: 'pty', jurisdictions: ['AU', 'ZA', 'NA', 'BW'], variants: ['pty ltd', 'pty', 'proprietary limited', 'pty limited'] },
  { code: 'gmbh', jurisdictions: ['DE', 'AT', 'CH', 'LI'], variants: ['gmbh', 'gesmbh', 'ges m b h', 'ges mbh', 'gesellschaft mit beschrankter haftung', 'gmbh co kg', 'ug', 'gmbh & co kg', 'gmbh & co', 'gmbh & cie kg', 'gmbh & co ohg', 'gesellschaft mit beschrankter haftung & co kg', 'gesellschaft mit beschrankter haftung & compagnie kommanditgesellschaft', 'gesellschaft mit beschrankter haftung & co kommanditgesellschaft', 'unternehmergesellschaft', 'unternehmergesellschaft haftungsbeschrankt', 'ug haftungsbeschrankt'] },
  { code: 'ag', jurisdictions: ['DE', 'AT', 'CH', 'LI'], variants: ['ag', 'aktiengesellschaft', 'kg', 'kgaa', 'ohg', 'ev', 'kommanditgesellschaft', 'kommanditgesellschaft auf aktien', 'offene handelsgesellschaft', 'eingetragener verein'] },
  { code: 'sa', jurisdictions: ['FR', 'ES', 'BE', 'LU', 'CH', 'PT', 'LATAM', 'GR', 'PL'], variants: ['sa', 'spolka akcyjna', 'societe anonyme', 'sociedad anonima', 'sa de cv', 'sab de cv', 'saic', 'saci', 'anonymi etaireia', 'sociedad anonima de capital variable', 'sapi de cv', 'sapi', 'sociedad anonima promotora de inversion', 'sociedad anonima promotora de inversion de capital variable', 'sociedad anonima bursatil de capital variable', 'sociedade anonima', 'sac', 'sociedad anonima cerrada', 'saa', 'sociedad anonima abierta', 'anonymos etaireia'] },
  { code: 'sarl', jurisdictions: ['FR', 'BE', 'LU', 'FRAF', 'MA', 'TN', 'DZ', 'LB'], variants: ['sarl', 'societe a responsabilite limitee', 'eurl', 'sas', 'sasu', 'snc', 'sca', 'scs', 'gie', 'ets', 'etablissements', 'societe par actions simplifiee', 'societe par actions simplifiee unipersonnelle', 'entreprise unipersonnelle a responsabilite limitee', 'societe en nom collectif', 'groupement d interet economique', 'societe en commandite simple', 'societe en commandite par actions'] },
  { code: 'sl', jurisdictions: ['ES', 'LATAM'], variants: ['sl', 'sociedad limitada', 'srl', 'sociedad de responsabilidad limitada', 'sa de cv', 's de rl', 's de rl de cv', 'sociedad de responsabilidad limitada de capital variable', 'srl de cv', 'sociedad por acciones simplificada', 'eirl', 'empresa individual de responsabilidad limitada'] },
  { code: 'srl', jurisdictions: ['IT', 'RO', 'LATAM', 'MD'], variants: ['srl', 'societa a responsabilita limitata', 'spa', 'societa per azioni', 'snc', 'sas', 'sapa', 'societa cooperativa', 'coop', 'scarl', 'scrl', 'sc'] },
  { code: 'ltda', jurisdictions: ['BR', 'PT', 'CO', 'LATAM'], variants: ['ltda', 'limitada', 'sociedade limitada', 'eireli', 'me', 'epp', 'lda'] },
  { code: 'bv', jurisdictions: ['NL', 'BE'], variants: ['bv', 'besloten vennootschap', 'nv', 'naamloze vennootschap', 'vof', 'bvba'] },
  { code: 'ab', jurisdictions: ['SE', 'FI'], variants: ['ab', 'aktiebolag', 'hb', 'kb'] },
  { code: 'as', jurisdictions: ['NO', 'DK'], variants: ['as', 'asa', 'aps', 'a s', 'a/s', 'aksjeselskap', 'allmennaksjeselskap', 'aktieselskab', 'anpartsselskab'] },
  { code: 'oy', jurisdictions: ['FI'], variants: ['oy', 'oyj', 'osakeyhtio'] },
  { code: 'ou', jurisdictions: ['EE'], variants: ['ou', 'osauhing', 'as'] },
  { code: 'uab', jurisdictions: ['LT'], variants: ['uab', 'ab', 'mb', 'uzdaroji akcine bendrove'] },
  { code: 'sia', jurisdictions: ['LV'], variants: ['sia', 'as'] },
  { code: 'spzoo', jurisdictions: ['PL'], variants: ['sp zoo', 'sp z oo', 'spolka z ograniczona odpowiedzialnoscia', 'sp j', 'sp k', 'ska', 'spolka komandytowo akcyjna', 'spolka komandytowa', 'spolka jawna'] },
  { code: 'pl-firm', jurisdictions: ['PL'], variants: ['phu', 'pphu', 'fhu', 'fphu', 'zphu', 'przedsiebiorstwo handlowo uslugowe', 'przedsiebiorstwo produkcyjno handlowo uslugowe', 'przedsiebiorstwo uslugowo handlowe', 'firma handlowo uslugowa', 'firma produkcyjno handlowo uslugowa', 'przedsiebiorstwo handlowe'] },
  { code: 'xxk', jurisdictions: ['MN'], variants: ['khkhk', 'xxk'] },
  { code: 'sro', jurisdictions: ['CZ', 'SK'], variants: ['sro', 'spol sro', 'spolecnost s rucenim omezenym', 'as', 'vos'] },
  { code: 'kft', jurisdictions: ['HU'], variants: ['kft', 'zrt', 'nyrt', 'bt', 'rt', 'korlatolt felelossegu tarsasag', 'zartkoruen mukodo reszvenytarsasag', 'nyilvanosan mukodo reszvenytarsasag', 'beteti tarsasag'] },
  { code: 'doo', jurisdictions: ['SI', 'HR', 'RS', 'BA', 'ME', 'MK'], variants: ['doo', 'dd', 'drustvo s ogranicenom odgovornoscu', 'ad', 'dooel', 'sp'] },
  { code: 'ood', jurisdictions: ['BG'], variants: ['ood', 'eood', 'ead', 'ad'] },
  { code: 'ooo', jurisdictions: ['RU', 'BY', 'UA', 'UZ', 'KG', 'TJ', 'AZ'], variants: ['ooo', 'obshchestvo s ogranichennoy otvetstvennostyu', 'zao', 'oao', 'pao', 'ao', 'ip', 'zhk', 'nao', 'ooo firma', 'tdo', 'chup', 'odo', 'taa', 'oao firma', 'individualnyy predprinimatel', 'mchj', 'mchzh', 'masuliyati cheklangan jamiyat', 'mmc', 'mehdud mesuliyyetli cemiyyet', 'ak', 'aq', 'aktsionerlik qogam', 'qsc', 'asc', 'aat', 'zat', 'pup', 'vat', 'drustvo sa ogranicenom odgovornoscu'] },
  // Kazakhstan's own partnership form (ТОО, ЖШС), in Russian and Kazakh; a Russian ООО is another registration.
  { code: 'too', jurisdictions: ['KZ'], variants: ['too', 'zhshs', 'jshs', 'jss'] },
  { code: 'tov', jurisdictions: ['UA'], variants: ['tov', 'pp', 'prat', 'pat', 'fop', 'tzov', 'dp', 'chp', 'tdv', 'tovaristvo z obmezhenoyu vidpovidalnistyu', 'tovarystvo z obmezhenoiu vidpovidalnistiu', 'privatne pidpriiemstvo', 'pryvatne pidpryiemstvo', 'aktsionerne tovaristvo', 'aktsionerne tovarystvo', 'privatne aktsionerne tovaristvo', 'pryvatne aktsionerne tovarystvo', 'publichne aktsionerne tovaristvo', 'publichne aktsionerne tovarystvo', 'fizichna osoba pidpriiemets', 'fizychna osoba pidpryiemets', 'dochirnie pidpriiemstvo'] },
  { code: 'as-tr', jurisdictions: ['TR'], variants: ['as', 'anonim sirketi', 'ltd sti', 'limited sirketi', 'sti', 'ltd sirketi', 'anonim sti', 'limited sti'] },
  { code: 'kk', jurisdictions: ['JP'], variants: ['kk', 'kabushiki kaisha', 'kabushikigaisha', 'gk', 'godo kaisha', 'yk', 'yugen kaisha', 'zhu shi hui she', 'kabushiki gaisha', 'yugen gaisha', 'godo gaisha', 'goshi kaisha', 'goshigaisha', 'gomei kaisha', 'gomeigaisha'] },
  { code: 'cokr', jurisdictions: ['KR'], variants: ['jusighoesa', 'jusikhoesa', 'chusik hoesa', 'jusik hoesa', 'chusik hoesa', 'yuhan hoesa', 'yuhanhoesa'] },
  { code: 'cocn', jurisdictions: ['CN', 'HK', 'TW'], variants: ['you xian gong si', 'gu fen you xian gong si', 'youxian gongsi', 'gongsi', 'youxian zeren gongsi', 'gufen youxian gongsi'] },
  { code: 'sdnbhd', jurisdictions: ['MY', 'BN'], variants: ['sdn bhd', 'sendirian berhad', 'bhd', 'berhad'] },
  { code: 'pte', jurisdictions: ['SG'], variants: ['pte ltd', 'pte', 'private limited'] },
  { code: 'pt', jurisdictions: ['ID'], variants: ['pt', 'perseroan terbatas', 'tbk', 'cv'] },
  { code: 'fze', jurisdictions: ['AE'], variants: ['fze', 'fzco', 'fzc', 'fz llc', 'dmcc', 'est', 'establishment', 'free zone establishment', 'free zone company', 'free zone llc', 'fz co', 'fzllc'] },
  { code: 'ltd-il', jurisdictions: ['IL', '*'], variants: ['bam', 'b m'] },
  { code: 'spc', jurisdictions: ['AM'], variants: ['spy', 'spe', 'sps'] },
  { code: 'sacco', jurisdictions: ['KE', 'TZ', 'UG'], variants: ['sacco'] },
];

export interface LegalForm {
  code: string;
  jurisdictions: string[];
}

/**
 * Legal-form token sequences, longest first, with their canonical form. A variant several
 * countries use ("AS" in Norway, Estonia, Czechia and Turkey) carries all their jurisdictions, so
 * it is compatible with the long form of any of them.
 */
export const LEGAL_FORM_SEQUENCES: Array<{ tokens: string[]; form: LegalForm }> = [
  ...LEGAL_FORM_SPECS.reduce((byVariant, spec) => {
    for (const variant of spec.variants) {
      const seen = byVariant.get(variant);
      if (seen) seen.form.jurisdictions = [...new Set([...seen.form.jurisdictions, ...spec.jurisdictions])];
      else byVariant.set(variant, { tokens: variant.split(' '), form: { code: spec.code, jurisdictions: [...spec.jurisdictions] } });
    }
    return byVariant;
  }, new Map<string, { tokens: string[]; form: LegalForm }>()).values(),
].sort((a, b) => b.tokens.length - a.tokens.length);

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
/** Local forms written in English: a register has no reason to translate them. */
const ENGLISH_LOCAL_FORMS = new Set(['pty', 'pvt', 'pte', 'fze']);
/** The generic English words such a form contains or is written with (Pty Ltd, FZ-LLC, Company). */
const PART_OF_ENGLISH_FORM = new Set(['ltd', 'co', 'llc']);

/**
 * "Kerrowan Minerals Pty Ltd" and "Kerrowan Minerals Inc.": a local form written in English beside
 * another English form (Inc, LLP, PLC) is another registration, not a translation.
 */
function anotherEnglishForm(local: LegalForm[], other: LegalForm[]): boolean {
  if (local.length === 0 || !local.every((f) => ENGLISH_LOCAL_FORMS.has(f.code))) return false;
  const otherLocal = other.filter((f) => !f.jurisdictions.includes('*'));
  return otherLocal.length === 0 && other.some((f) => !PART_OF_ENGLISH_FORM.has(f.code));
}

export function legalFormsCompatible(a: LegalForm[], b: LegalForm[]): boolean {
  if (a.length === 0 || b.length === 0) return true;
  const local = (forms: LegalForm[]) => forms.filter((f) => !f.jurisdictions.includes('*'));
  const la = local(a);
  const lb = local(b);
  if (anotherEnglishForm(la, b) || anotherEnglishForm(lb, a)) return false;
  if (la.length === 0 || lb.length === 0) return true;
  const kindsDiffer = (x: string, y: string) => (LIMITED_FORMS.has(x) && SHARE_FORMS.has(y)) || (SHARE_FORMS.has(x) && LIMITED_FORMS.has(y));
  return la.some((fa) => lb.some((fb) => fa.code === fb.code || (!kindsDiffer(fa.code, fb.code) && fa.jurisdictions.some((j) => fb.jurisdictions.includes(j)))));
}

/** Long legal-form words, corrected when misspelt by one letter ("LIMITDE", "COMPNY"). */
export const LEGAL_WORDS = ['limited', 'company', 'corporation', 'incorporated', 'liability', 'limitada', 'sociedad', 'anonima', 'societe', 'anonyme', 'gesellschaft', 'aktiengesellschaft', 'berhad', 'sendirian', 'proprietary', 'private', 'public', 'joint', 'stock', 'sirketi', 'responsabilidad', 'responsabilita'];

/** Vessel designators ahead of a ship's name; they say "ship" but are not part of the name. */
export const VESSEL_PREFIXES = new Set(['mv', 'mt', 'ms', 'mts', 'msv', 'ss', 'fv', 'my', 'lng', 'lpg', 'mfv', 'tb', 'rv', 'parokhod', 'teplokhod', 'sudno']);
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
  grp: 'group', mt: 'mount', mtn: 'mountain', st: 'saint', ste: 'sainte', ft: 'fort', przeds: 'przedsiebiorstwo', handl: 'handlowe',
  co: 'company', sons: 'sons', son: 'sons', cie: 'company', cia: 'company', soc: 'company',
  zakl: 'zaklady', spoldz: 'spoldzielnia', gen: 'general', genl: 'general', nlle: 'nouvelle', nouv: 'nouvelle',
  avn: 'aviation', mktg: 'marketing', constr: 'construction', agric: 'agricultural', pkg: 'packaging', pkgs: 'packaging', mach: 'machinery', mchy: 'machinery', eqpt: 'equipment', ents: 'enterprises', entp: 'enterprises', logis: 'logistics', tpt: 'transport',
  shpg: 'shipping', navig: 'navigation', nav: 'navigation', maritime: 'maritime',
  frt: 'freight', bldg: 'building', bldgs: 'buildings', frgt: 'freight', whse: 'warehouse', ctr: 'centre', sys: 'systems', solns: 'solutions', labs: 'laboratories', lab: 'laboratory',
  agcy: 'agency', ets: 'etablissements', etabl: 'etablissements', brdr: 'brodrene', gebr: 'gebruder', expt: 'export', impt: 'import',
  and: '&', und: '&', et: '&', e: '&', y: '&', i: '&', ve: '&', va: '&',
};

/** Raw-text abbreviations that punctuation splitting would break up. */
export const RAW_ABBREVIATIONS: Array<[RegExp, string]> = [
  [/(?<![\p{L}\p{N}])f\.\s?lli(?![\p{L}\p{N}])/giu, 'fratelli'],
  [/(?<![\p{L}\p{N}])s\/o(?![\p{L}\p{N}])/giu, 'son of'],
  [/(?<![\p{L}\p{N}])m\/[vt](?![\p{L}\p{N}])/giu, 'mv'],
  [/(?<![\p{L}\p{N}])c\/o(?![\p{L}\p{N}])/giu, ' '],
  [/(?<![\p{L}\p{N}])co-?op(?:erative)?(?![\p{L}\p{N}])/giu, 'cooperative'],
  [/(?<![\p{L}\p{N}])nr\.?\s?(?=\d)/giu, 'no '],
  // 长海8号: 号 after a numeral is "No." (a ship's or an SPV's number).
  [/(\d)\s*[号號]/gu, '$1 '],
  // Sté with its accent is French Société (plain "Ste" is also Sainte).
  [/(?<![\p{L}\p{N}])sté(?![\p{L}\p{N}])/giu, 'société'],
];

/**
 * Business words in their own scripts and in common romanisations, mapped to English, so a
 * company's native-script name can meet its English registration. Kept to generic vocabulary
 * (activities, goods, organisational words); proper names are never translated.
 */
export const NATIVE_BUSINESS_WORDS: Array<[string, string]> = ([
  // Hebrew
  ['בע"מ', ' ltd '], ["בע''מ", ' ltd '], ['בע״מ', ' ltd '], ['בעמ', ' ltd '], ['האחים', ' brothers '], ['אחים', ' brothers '],
  ['חומרי בניין', ' building materials '], ['חומרי בנין', ' building materials '], ['תוצרת טרייה', ' fresh produce '],
  ['לוגיסטיקה', ' logistics '], ['הובלות', ' transport '], ['הובלה', ' transport '], ['יבוא', ' import '], ['יצוא', ' export '],
  ['שיווק', ' marketing '], ['תעשיות', ' industries '], ['השקעות', ' investments '], ['אחזקות', ' holdings '], ['מסחר', ' trading '],
  ['ספנות', ' shipping '], ['בנייה', ' construction '], ['מזון', ' food '], ['טכנולוגיות', ' technologies '], ['ייעוץ', ' consulting '],
  ['שירותים', ' services '], ['הנדסה אזרחית', ' civil engineering '], ['ובניו', ' & sons '], ['בניו', ' sons '], ['הנדסה', ' engineering '], ['כימיקלים', ' chemicals '], ['חקלאות', ' agriculture '], ['תחבורה', ' transport '],
  // Arabic
  ['شركة', ' company '], ['للتجارة العامة', ' general trading '], ['التجارة العامة', ' general trading '], ['للتجارة', ' trading '], ['تجارة', ' trading '],
  ['ذ.م.م', ' llc '], ['ذ م م', ' llc '], ['مؤسسة', ' establishment '], ['للنقل', ' transport '], ['للشحن', ' shipping '], ['للمقاولات', ' contracting '],
  ['للنقل البري', ' land transport '], ['النقل البري', ' land transport '], ['للمقاولات العامة', ' general contracting '], ['المقاولات العامة', ' general contracting '],
  ['للاستيراد والتصدير', ' import export '], ['الدولية', ' international '], ['مجموعة', ' group '], ['بنك', ' bank '], ['مصرف', ' bank '],
  // Chinese (simplified and traditional)
  ['股份有限公司', ' co ltd '], ['有限责任公司', ' co ltd '], ['有限公司', ' co ltd '], ['集团', ' group '], ['集團', ' group '],
  ['远洋', ' ocean '], ['遠洋', ' ocean '], ['海洋', ' ocean '], ['航运', ' shipping '], ['航運', ' shipping '], ['海运', ' shipping '], ['船务', ' shipping '],
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
  ['주식회사', ' co ltd '], ['유한회사', ' ltd '], ['유한책임회사', ' llc '],
  // Burmese
  ['ကုမ္ပဏီလီမိတက်', ' company limited '], ['ကုမ္ပဏီ', ' company '], ['ကုန်သွယ်ရေး', ' trading '], ['ဆန်စက်', ' rice mill '], ['ပို့ဆောင်ရေး', ' transport '],
  ['ဘဏ်', ' bank '], ['စက်မှု', ' industrial '],
  // Armenian, Georgian
  ['ՍՊԸ', ' llc '], ['ՓԲԸ', ' cjsc '], ['ԲԲԸ', ' ojsc '], ['Էքսպրես', ' express '], ['შპს', ' llc '], ['სს', ' jsc '],
  // Cyrillic: only the spelt-out forms. Abbreviations (ООО, АО, ТОО, ПрАТ) romanise to their Latin
  // letters anyway, and replacing them inside words would break capitalised names (САОРА).
  // The Ukrainian forms become their Cyrillic abbreviations, which still mark the name as Ukrainian (Гай is Hai).
  ['Друштво са ограниченом одговорношћу', ' doo '], ['Индивидуальный предприниматель', ' ip '], ['Предприниматель', ' ip '], ['Общество с ограниченной ответственностью', ' ooo '], ['Товариство з обмеженою відповідальністю', ' ТОВ '],
  ['Акционерное общество', ' jsc '], ['Публичное акционерное общество', ' pjsc '], ['Закрытое акционерное общество', ' cjsc '],
  ['Открытое акционерное общество', ' ojsc '], ['Приватне акціонерне товариство', ' ПрАТ '], ['Публічне акціонерне товариство', ' ПАТ '],
  ['Товарищество с ограниченной ответственностью', ' too '], ['Жауапкершілігі шектеулі серіктестік', ' too '],
  // Chinese: goods and activities (simplified and traditional)
  ['陶瓷', ' ceramics '], ['阀门', ' valves '], ['閥門', ' valves '], ['家具', ' furniture '], ['傢俱', ' furniture '], ['玩具', ' toys '],
  ['包装', ' packaging '], ['包裝', ' packaging '], ['印刷', ' printing '], ['建材', ' building materials '], ['材料', ' materials '],
  ['电器', ' electrical appliances '], ['電器', ' electrical appliances '], ['电气', ' electric '], ['電氣', ' electric '], ['电机', ' motor '],
  ['汽车配件', ' auto parts '], ['汽車配件', ' auto parts '], ['汽车', ' automotive '], ['汽車', ' automotive '], ['服装', ' garments '], ['服裝', ' garments '], ['服饰', ' apparel '],
  ['水产', ' seafood '], ['農產品', ' agricultural products '], ['农产品', ' agricultural products '], ['纸业', ' paper '], ['紙業', ' paper '],
  ['橡胶', ' rubber '], ['橡膠', ' rubber '], ['玻璃', ' glass '], ['国际货运代理', ' international freight forwarding '], ['國際貨運代理', ' international freight forwarding '],
  ['货运代理', ' freight forwarding '], ['貨運代理', ' freight forwarding '], ['货运', ' freight '], ['貨運', ' freight '], ['船务代理', ' shipping agency '], ['船務代理', ' shipping agency '],
  ['船務', ' shipping '], ['仓储', ' warehousing '], ['倉儲', ' warehousing '], ['供应链', ' supply chain '], ['供應鏈', ' supply chain '], ['软件', ' software '], ['軟件', ' software '],
  ['通信', ' communications '], ['通讯', ' communications '], ['通訊', ' communications '], ['电力', ' power '], ['電力', ' power '], ['新能源', ' new energy '],
  ['机电', ' electromechanical '], ['機電', ' electromechanical '], ['设备', ' equipment '], ['設備', ' equipment '], ['纺织品', ' textiles '], ['紡織品', ' textiles '],
  ['商贸', ' trading '], ['商貿', ' trading '], ['外贸', ' foreign trade '], ['外貿', ' foreign trade '], ['医疗器械', ' medical devices '], ['醫療器械', ' medical devices '],
  ['物流', ' logistics '], ['实业', ' industrial '], ['开发', ' development '], ['開發', ' development '], ['開発', ' development '], ['发展', ' development '], ['發展', ' development '],
  ['环保', ' environmental '], ['環保', ' environmental '], ['照明', ' lighting '], ['灯饰', ' lighting '], ['电池', ' battery '], ['電池', ' battery '],
  ['光电', ' optoelectronics '], ['光電', ' optoelectronics '], ['模具', ' moulds '], ['铸造', ' casting '], ['鑄造', ' casting '], ['不锈钢', ' stainless steel '], ['不鏽鋼', ' stainless steel '],
  ['金属', ' metals '], ['金屬', ' metals '], ['塑胶', ' plastic '], ['塑膠', ' plastic '], ['塑料', ' plastic '], ['化纤', ' chemical fibre '], ['皮革', ' leather '], ['鞋业', ' footwear '], ['鞋業', ' footwear '],
  ['造纸', ' paper '], ['造紙', ' paper '], ['粮油', ' grain and oil '], ['糧油', ' grain and oil '], ['茶业', ' tea '], ['茶業', ' tea '], ['酒业', ' wine '], ['酒業', ' wine '],
  ['药业', ' pharmaceutical '], ['藥業', ' pharmaceutical '], ['生物', ' biotech '], ['信息', ' information '], ['資訊', ' information '], ['网络', ' network '], ['網絡', ' network '],
  ['航空', ' aviation '], ['港口', ' port '], ['码头', ' terminal '], ['碼頭', ' terminal '], ['船舶', ' shipping '], ['造船', ' shipbuilding '], ['重工', ' heavy industries '],
  ['矿产', ' minerals '], ['礦產', ' minerals '], ['钢材', ' steel '], ['鋼材', ' steel '], ['有色', ' nonferrous '], ['化肥', ' fertilizer '], ['饲料', ' feed '], ['飼料', ' feed '],
  // Japanese: activities (kanji and katakana loanwords)
  ['合資会社', ' goshi kaisha '], ['合名会社', ' gomei kaisha '], ['精機', ' precision '], ['水産', ' fisheries '], ['電機', ' electric '], ['電気', ' electric '],
  ['建設', ' construction '], ['運送', ' transport '], ['倉庫', ' warehouse '], ['商店', ' store '], ['鉄鋼', ' steel '], ['通商', ' trading '],
  ['興業', ' industrial '], ['工務店', ' construction '], ['酒造', ' brewery '], ['紡績', ' spinning '], ['薬品', ' pharmaceutical '], ['化成', ' chemical '],
  ['製紙', ' paper '], ['製鋼', ' steel '], ['製鉄', ' steel '], ['工機', ' machinery '], ['重工業', ' heavy industries '],
  ['ホールディングス', ' holdings '], ['トレーディング', ' trading '], ['ロジスティクス', ' logistics '], ['エンジニアリング', ' engineering '],
  ['インターナショナル', ' international '], ['コーポレーション', ' corporation '], ['カンパニー', ' company '], ['グループ', ' group '], ['システムズ', ' systems '], ['システム', ' systems '],
  ['サービス', ' services '], ['テクノロジー', ' technology '], ['テクノロジーズ', ' technologies '], ['マリン', ' marine '], ['シッピング', ' shipping '], ['エンタープライズ', ' enterprise '],
  ['ソリューションズ', ' solutions '], ['ソリューション', ' solutions '], ['プロダクツ', ' products '], ['フーズ', ' foods '], ['ケミカル', ' chemical '], ['エレクトロニクス', ' electronics '],
  ['トランスポート', ' transport '], ['インダストリー', ' industry '], ['パートナーズ', ' partners '], ['ネットワーク', ' network '], ['コンサルティング', ' consulting '],
  ['マネジメント', ' management '], ['キャピタル', ' capital '], ['ファイナンス', ' finance '], ['エナジー', ' energy '], ['メディカル', ' medical '], ['スチール', ' steel '],
  ['エクスプレス', ' express '], ['インベストメント', ' investment '], ['マシナリー', ' machinery '], ['ファーマ', ' pharmaceutical '], ['プラスチック', ' plastic '], ['メタル', ' metal '],
  ['ベーカリー', ' bakery '], ['テキスタイル', ' textile '], ['ホテル', ' hotel '], ['織物', ' textile '], ['织物', ' textile '], ['鉄工所', ' iron works '], ['鐵工所', ' iron works '], ['鉄工', ' steel '], ['创新', ' innovation '], ['創新', ' innovation '],
  // Korean activity words are split off the end of a Hangul run instead (HANGUL_BUSINESS_WORDS).
  ['(주)', ' co ltd '], ['㈜', ' co ltd '], ['(유)', ' ltd '], ['합자회사', ' llp '], ['합명회사', ' partnership '],
  // Hebrew
  ['מכונות', ' machinery '], ['אינסטלציה', ' plumbing '], ['חשמל', ' electric '], ['שילוח', ' forwarding '], ['הפצה', ' distribution '], ['ציוד', ' equipment '],
  ['מתכות', ' metals '], ['פלדה', ' steel '], ['תרופות', ' pharmaceuticals '], ['טקסטיל', ' textiles '], ['קבלנות', ' contracting '], ['נדל"ן', ' real estate '], ["נדל''ן", ' real estate '], ['נדלן', ' real estate '],
  ['חומרי גלם', ' raw materials '], ['דלק', ' fuel '], ['מפעלי', ' works '], ['מפעל', ' factory '], ['מוצרי', ' products '], ['מוצרים', ' products '], ['חברת', ' company '], ['חברה', ' company '], ['פתרונות', ' solutions '], ['מערכות', ' systems '], ['אלקטרוניקה', ' electronics '],
  ['תקשורת', ' communications '], ['ביטוח', ' insurance '], ['ניהול', ' management '], ['אנרגיה', ' energy '], ['פלסטיק', ' plastic '], ['משקאות', ' beverages '],
  ['רהיטים', ' furniture '], ['אריזות', ' packaging '], ['אריזה', ' packaging '], ['דפוס', ' printing '], ['כימיקלים', ' chemicals '], ['שינוע', ' transport '], ['סחר', ' trading '],
  ['קבוצת', ' group '], ['קבוצה', ' group '], ['יזמות', ' development '], ['בנין', ' building '], ['עבודות עפר', ' earthworks '],
  // Arabic: activity words with the article or li-l- joined (للملاحة, الملاحة, ملاحة)
  ['للملاحة', ' navigation '], ['الملاحة', ' navigation '], ['ملاحة', ' navigation '], ['للمقاولات', ' contracting '], ['المقاولات', ' contracting '], ['مقاولات', ' contracting '], ['للنقل', ' transport '], ['النقل', ' transport '], ['نقل', ' transport '], ['للشحن', ' shipping '], ['الشحن', ' shipping '], ['شحن', ' shipping '], ['للخدمات', ' services '], ['الخدمات', ' services '], ['خدمات', ' services '], ['للصناعات', ' industries '], ['الصناعات', ' industries '], ['صناعات', ' industries '], ['للصناعة', ' industry '], ['الصناعة', ' industry '], ['صناعة', ' industry '], ['للهندسة', ' engineering '], ['الهندسة', ' engineering '], ['هندسة', ' engineering '], ['للهندسية', ' engineering '], ['الهندسية', ' engineering '], ['هندسية', ' engineering '], ['للبحرية', ' marine '], ['البحرية', ' marine '], ['بحرية', ' marine '], ['للاستثمار', ' investment '], ['الاستثمار', ' investment '], ['استثمار', ' investment '], ['للاستثمارات', ' investments '], ['الاستثمارات', ' investments '], ['استثمارات', ' investments '], ['للتطوير', ' development '], ['التطوير', ' development '], ['تطوير', ' development '], ['للعقارات', ' real estate '], ['العقارات', ' real estate '], ['عقارات', ' real estate '], ['للتقنية', ' technology '], ['التقنية', ' technology '], ['تقنية', ' technology '], ['للتكنولوجيا', ' technology '], ['التكنولوجيا', ' technology '], ['تكنولوجيا', ' technology '], ['للأغذية', ' foods '], ['الأغذية', ' foods '], ['أغذية', ' foods '], ['للاغذية', ' foods '], ['الاغذية', ' foods '], ['اغذية', ' foods '], ['للمواد الغذائية', ' foodstuffs '], ['المواد الغذائية', ' foodstuffs '], ['مواد الغذائية', ' foodstuffs '], ['للمواد البناء', ' building materials '], ['المواد البناء', ' building materials '], ['مواد البناء', ' building materials '], ['للبناء', ' construction '], ['البناء', ' construction '], ['بناء', ' construction '], ['للإنشاءات', ' construction '], ['الإنشاءات', ' construction '], ['إنشاءات', ' construction '], ['للانشاءات', ' construction '], ['الانشاءات', ' construction '], ['انشاءات', ' construction '], ['للكيماويات', ' chemicals '], ['الكيماويات', ' chemicals '], ['كيماويات', ' chemicals '], ['للأدوية', ' pharmaceuticals '], ['الأدوية', ' pharmaceuticals '], ['أدوية', ' pharmaceuticals '], ['للادوية', ' pharmaceuticals '], ['الادوية', ' pharmaceuticals '], ['ادوية', ' pharmaceuticals '], ['للنفط', ' oil '], ['النفط', ' oil '], ['نفط', ' oil '], ['للبترول', ' petroleum '], ['البترول', ' petroleum '], ['بترول', ' petroleum '], ['للطاقة', ' energy '], ['الطاقة', ' energy '], ['طاقة', ' energy '], ['لللوجستية', ' logistics '], ['اللوجستية', ' logistics '], ['لوجستية', ' logistics '], ['لللوجستيات', ' logistics '], ['اللوجستيات', ' logistics '], ['لوجستيات', ' logistics '], ['للسياحة', ' tourism '], ['السياحة', ' tourism '], ['سياحة', ' tourism '], ['للتأمين', ' insurance '], ['التأمين', ' insurance '], ['تأمين', ' insurance '], ['للتامين', ' insurance '], ['التامين', ' insurance '], ['تامين', ' insurance '], ['للصرافة', ' exchange '], ['الصرافة', ' exchange '], ['صرافة', ' exchange '], ['للقابضة', ' holding '], ['القابضة', ' holding '], ['قابضة', ' holding '], ['للمصنع', ' factory '], ['المصنع', ' factory '], ['مصنع', ' factory '], ['للمصانع', ' factories '], ['المصانع', ' factories '], ['مصانع', ' factories '], ['للمعدات', ' equipment '], ['المعدات', ' equipment '], ['معدات', ' equipment '], ['للمحدودة', ' limited '], ['المحدودة', ' limited '], ['محدودة', ' limited '], ['للصناعية', ' industrial '], ['الصناعية', ' industrial '], ['صناعية', ' industrial '], ['للتجارية', ' trading '], ['التجارية', ' trading '], ['تجارية', ' trading '], ['للملاحية', ' navigation '], ['الملاحية', ' navigation '], ['ملاحية', ' navigation '], ['للحديد', ' steel '], ['الحديد', ' steel '], ['حديد', ' steel '], ['بلاستيك', ' plastic '], ['البلاستيك', ' plastic '], ['للبلاستيك', ' plastic '], ['للصلب', ' steel '], ['الصلب', ' steel '], ['صلب', ' steel '], ['إخوان', ' brothers '], ['اخوان', ' brothers '], ['أخوان', ' brothers '], ['وأولاده', ' & sons '], ['واولاده', ' & sons '], ['أولاد', ' sons '], ['اولاد', ' sons '], ['وشركاه', ' & partners '], ['شركاه', ' partners '], ['ش.م.ع', ' pjsc '], ['ش م ع', ' pjsc '], ['ش.م.ل', ' sal '], ['ش.م.ك', ' ksc '],
  // Persian (its own letters ی, ک, گ, پ, چ, so these do not overlap the Arabic spellings) and Urdu
  ['شرکت', ' company '], ['سهامی عام', ' pjsc '], ['سهامی خاص', ' jsc '], ['با مسئولیت محدود', ' llc '], ['مسئولیت محدود', ' llc '],
  ['کشتیرانی', ' shipping '], ['بازرگانی', ' trading '], ['تجارت', ' trading '], ['گروه', ' group '], ['صنعتی', ' industrial '], ['صنایع', ' industries '],
  ['حمل و نقل', ' transport '], ['پتروشیمی', ' petrochemical '], ['فولاد', ' steel '], ['سیمان', ' cement '], ['بیمه', ' insurance '], ['مهندسی', ' engineering '],
  ['ساختمانی', ' construction '], ['تولیدی', ' manufacturing '], ['بین‌المللی', ' international '], ['بین المللی', ' international '], ['پخش', ' distribution '],
  ['داروسازی', ' pharmaceutical '], ['نساجی', ' textile '], ['کشاورزی', ' agriculture '], ['معدنی', ' mining '], ['سرمایه‌گذاری', ' investment '], ['سرمایه گذاری', ' investment '],
  ['لمیٹڈ', ' limited '], ['پرائیویٹ', ' private '], ['کمپنی', ' company '], ['انڈسٹریز', ' industries '], ['ٹریڈنگ', ' trading '], ['ملز', ' mills '], ['ٹیکسٹائل', ' textile '],
  // Thai (written without spaces between words, so replaced inside runs)
  ['บริษัท', ' company '], ['จำกัด (มหาชน)', ' public company limited '], ['จำกัด(มหาชน)', ' public company limited '], ['(มหาชน)', ' public '], ['มหาชน', ' public '], ['ห้างหุ้นส่วนจำกัด', ' limited partnership '], ['ห้างหุ้นส่วนสามัญ', ' partnership '], ['จำกัด', ' limited '], ['อะไหล่ยนต์', ' auto parts '], ['อะไหล่', ' spare parts '], ['เทรดดิ้ง', ' trading '], ['การค้า', ' trading '], ['ประมง', ' fishery '], ['ขนส่ง', ' transport '], ['อาหารทะเล', ' seafood '], ['อาหาร', ' food '], ['อุตสาหกรรม', ' industry '], ['เคมีภัณฑ์', ' chemicals '], ['ก่อสร้าง', ' construction '], ['วิศวกรรม', ' engineering '], ['โลจิสติกส์', ' logistics '], ['อินเตอร์เนชั่นแนล', ' international '], ['กรุ๊ป', ' group '], ['ส่งออก', ' export '], ['นำเข้า', ' import '], ['การเกษตร', ' agriculture '], ['เกษตร', ' agriculture '], ['ค้าข้าว', ' rice trading '], ['พลาสติก', ' plastic '], ['สิ่งทอ', ' textile '], ['เหล็ก', ' steel '], ['ประกันภัย', ' insurance '], ['ธนาคาร', ' bank '], ['โฮลดิ้งส์', ' holdings '], ['โฮลดิ้ง', ' holding '], ['เอ็นจิเนียริ่ง', ' engineering '], ['อิเล็กทรอนิกส์', ' electronics '], ['เทคโนโลยี', ' technology '], ['ซัพพลาย', ' supply '], ['มอเตอร์', ' motor '], ['ฟู้ดส์', ' foods '], ['ฟู้ด', ' food '], ['แปรรูป', ' processing '], ['ผลิตภัณฑ์', ' products '], ['เครื่องจักร', ' machinery '], ['ไฟฟ้า', ' electric '], ['การพิมพ์', ' printing '], ['ค้าส่ง', ' wholesale '], ['ยานยนต์', ' automotive '], ['การเดินเรือ', ' shipping '], ['เดินเรือ', ' shipping '], ['ชิปปิ้ง', ' shipping '], ['คอร์ปอเรชั่น', ' corporation '], ['เอ็นเตอร์ไพรส์', ' enterprise '], ['พาณิชย์', ' commercial '], ['น้ำตาล', ' sugar '], ['ข้าว', ' rice '], ['ยางพารา', ' rubber '], ['ปิโตรเลียม', ' petroleum '], ['พลังงาน', ' energy '], ['ซีเมนต์', ' cement '],
  // Arabic words many company names use in Arabic and in Latin alike (الخليج Al Khaleej, Gulf)
  ['سفينة', ' mv '], ['الباخرة', ' mv '], ['الناقلة', ' mt '], ['الخليج', ' gulf '], ['الوطنية', ' national '], ['الوطني', ' national '], ['المتحدة', ' united '], ['العربية', ' arabian '],
  // Chinese and Japanese: places named in English registrations, fisheries
  ['香港', ' hongkong '], ['澳门', ' macau '], ['澳門', ' macau '], ['台湾', ' taiwan '], ['台灣', ' taiwan '], ['新加坡', ' singapore '],
  ['漁業', ' fisheries '], ['渔业', ' fishery '],
  // Burmese
  ['သယ်ယူပို့ဆောင်ရေး', ' logistics '], ['ဆေးဝါး', ' pharmaceutical '], ['သစ်စက်', ' sawmill '], ['ထုတ်လုပ်ရေး', ' manufacturing '], ['ကုမ္ပဏီ', ' company '], ['ဆောက်လုပ်ရေး', ' construction '], ['ပို့ကုန်', ' export '], ['သွင်းကုန်', ' import '],
  ['ခရီးသွား', ' travel '], ['ရေထွက်ပစ္စည်း', ' fishery products '], ['အုပ်စု', ' group '], ['လုပ်ငန်း', ' enterprise '], ['ဝန်ဆောင်မှု', ' services '],
  ['ရေကြောင်းပို့ဆောင်ရေး', ' shipping '], ['သင်္ဘောလုပ်ငန်း', ' shipping '], ['ရေကြောင်း', ' marine '], ['သင်္ဘော', ' ship '],
  ['နှင့်သားများ', ' & sons '], ['နှင့်သမီးများ', ' & daughters '], ['သားများ', ' sons '], ['နှင့်', ' & '],
  ...MORE_NATIVE_BUSINESS_WORDS,
] as Array<[string, string]>)
  // Longest first, so a word is never cut by a shorter word it contains (מוצרים / מוצרי).
  .sort((a, b) => b[0].length - a[0].length);

/**
 * Vietnamese activity phrases → one English word. Written with diacritics they are replaced by the
 * phrase joined into one word (thương mại → "thuongmai"), which the foreign-word table translates:
 * an English name meets the translation, a plain-ASCII export (THUONG MAI) the joined syllables.
 */
const VIETNAMESE_BUSINESS_PHRASES: Array<[string, string]> = [
  ['thương mại', 'trading'], ['thủy sản', 'seafood'], ['thuỷ sản', 'seafood'], ['vận tải', 'transport'], ['xây dựng', 'construction'], ['đầu tư', 'investment'],
  ['dịch vụ', 'services'], ['sản xuất', 'manufacturing'], ['công nghệ', 'technology'], ['kỹ thuật', 'engineering'], ['thực phẩm', 'food'], ['dệt may', 'textile'],
  ['may mặc', 'garments'], ['hàng hải', 'maritime'], ['tập đoàn', 'group'], ['nông sản', 'agricultural'], ['cơ khí', 'mechanical'], ['điện tử', 'electronics'],
  ['hóa chất', 'chemicals'], ['dược phẩm', 'pharmaceutical'], ['xi măng', 'cement'], ['giao nhận', 'forwarding'], ['phát triển', 'development'], ['thép', 'steel'],
  ['nhựa', 'plastic'], ['xuất khẩu', 'export'], ['nhập khẩu', 'import'], ['vật liệu', 'materials'], ['điện', 'electric'],
  ['vận tải biển', 'shipping'], ['hàng không', 'aviation'], ['đóng tàu', 'shipbuilding'],
  ...MORE_VIETNAMESE_BUSINESS_PHRASES,
];


/** Lower-case, accents and final sigma folded: the form in which script business words are looked up. */
export function scriptWordKey(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/ς/gu, 'σ').replace(/đ/gu, 'd');
}

const joinedPhrase = (phrase: string) => scriptWordKey(phrase).replace(/\s+/gu, '');

/** Two-syllable Vietnamese activity phrases joined (thuongmai, dichvu), to rejoin them in ASCII exports. */
const TWO_SYLLABLE_PHRASES = VIETNAMESE_BUSINESS_PHRASES.map(([phrase]) => phrase).filter((phrase) => phrase.split(' ').length === 2);
export const VIETNAMESE_JOINED_PHRASES: ReadonlySet<string> = new Set(TWO_SYLLABLE_PHRASES.map(joinedPhrase));
export const VIETNAMESE_FIRST_SYLLABLES: ReadonlySet<string> = new Set(TWO_SYLLABLE_PHRASES.map((phrase) => scriptWordKey(phrase.split(' ')[0])));

/**
 * Romanised foreign business words → English, for names that mix a foreign activity word with a
 * proper name ("Shaltiel Hovalot" = Shaltiel Transport). Generic vocabulary only.
 */
export const FOREIGN_BUSINESS_WORDS: Record<string, string> = {
  // One-word entries of the extra lists, first, so an entry of the older tables wins a clash.
  ...Object.fromEntries(EXTRA_LATIN_ACTIVITY_WORDS.filter(([w]) => !w.includes(' '))),
  ...MORE_FOREIGN_BUSINESS_WORDS,
  // Hebrew
  // Nordic
  akeri: 'haulage', bakeri: 'bakery', vognmand: 'haulage',
  // Armenian romanised
  hatsatun: 'bakery',
  hovalot: 'transport', hovala: 'transport', shivuk: 'marketing', yevu: 'import', taasiyot: 'industries', hashkaot: 'investments',
  achzakot: 'holdings', sapanut: 'shipping', mazon: 'food', handasa: 'engineering', binyan: 'building',
  // Armenian
  kat: 'milk', kati: 'milk', hats: 'bread', mirg: 'fruit', shinararutyun: 'construction', arevtur: 'trading', gortsaran: 'factory',
  // Russian / Ukrainian romanised
  stroy: 'construction', stroi: 'construction', torg: 'trading', trans: 'transport', neft: 'oil', gaz: 'gas', bank: 'bank', moloko: 'milk',
  khleb: 'bread', les: 'timber', agro: 'agro', tekhnika: 'machinery', snab: 'supply', servis: 'services', invest: 'investment',
  // Turkish
  denizcilik: 'maritime', ticaret: 'trading', nakliyat: 'transport', lojistik: 'logistics', insaat: 'construction', gida: 'food', tekstil: 'textile',
  sanayi: 'industry', otomotiv: 'automotive', kimya: 'chemical', enerji: 'energy', madencilik: 'mining', tarim: 'agriculture',
  // Spanish / Portuguese / Italian / French
  transportes: 'transport', transporte: 'transport', trasporti: 'transport', comercio: 'trading', comercial: 'commercial', industria: 'industry',
  industrias: 'industries', tecelagem: 'weaving', construcciones: 'construction', construcoes: 'construction', costruzioni: 'construction',
  servizi: 'services', servicios: 'services', servicos: 'services', negoce: 'trading', societe: 'company', compagnie: 'company', compania: 'company', companhia: 'company', compagnia: 'company',
  bodega: 'winery', bodegas: 'wineries',
  // Slavic business
  kapitan: 'captain', kapetan: 'captain', capitan: 'captain', kaptan: 'captain', capitaine: 'captain', kapitein: 'captain', kapitaen: 'captain',
  kombinat: 'mill', zavod: 'plant', fabrika: 'factory', parokhodstvo: 'shipping', sudokhodnaya: 'shipping', sudokhodstvo: 'shipping', trgovina: 'trading',
  khaleej: 'gulf', khalij: 'gulf', watania: 'national', wataniya: 'national', watani: 'national', muttahida: 'united', mutahida: 'united', prevoz: 'transport', spedicija: 'forwarding', gradbenistvo: 'construction', brodogradnja: 'shipbuilding',
  banque: 'bank', banco: 'bank', bankasi: 'bank', banka: 'bank', bancaria: 'bank',
  // Compass words in Western European languages (Norte, Nord, Sud, Ouest)
  norte: 'northern', nord: 'northern', sur: 'southern', sud: 'southern', sul: 'southern', sued: 'southern', oeste: 'western', ouest: 'western', ovest: 'western',
  // Russian compass adjectives, romanised (the Cyrillic ones are translated before romanisation)
  severny: 'northern', severnyy: 'northern', severnyi: 'northern', severnaya: 'northern', severnoye: 'northern', severnoe: 'northern',
  yuzhny: 'southern', yuzhnyy: 'southern', yuzhnaya: 'southern', yuzhnoye: 'southern', yuzhnoe: 'southern',
  vostochny: 'eastern', vostochnyy: 'eastern', vostochnaya: 'eastern', vostochnoye: 'eastern', vostochnoe: 'eastern',
  zapadny: 'western', zapadnyy: 'western', zapadnaya: 'western', zapadnoye: 'western', zapadnoe: 'western',
  // Finnish / Estonian / Lithuanian / Polish
  kauppa: 'trading', puidutoo: 'woodwork', logistika: 'logistics', prekyba: 'trading', handel: 'trading', handlowe: 'trading', transportowe: 'transport',
  // Japanese romanised (Hepburn, with the long vowels written or not)
  bussan: 'products', shoji: 'trading', shokai: 'trading', kogyo: 'industrial', sangyo: 'industries', kaiun: 'shipping', kisen: 'shipping', unyu: 'transport', seni: 'textile',
  seisakusho: 'works', seisakujo: 'works', seiki: 'precision', suisan: 'fisheries', denki: 'electric', kikai: 'machinery', kensetsu: 'construction',
  unso: 'transport', unsou: 'transport', souko: 'warehouse', shoten: 'store', shokuhin: 'food', kagaku: 'chemical', tekko: 'steel', zosen: 'shipbuilding',
  senpaku: 'shipping', boeki: 'trading', tsusho: 'trading', kaihatsu: 'development', komuten: 'construction', shuzo: 'brewery', boseki: 'spinning',
  kinzoku: 'metals', denshi: 'electronics', seimitsu: 'precision', yakuhin: 'pharmaceutical', seiyaku: 'pharmaceutical', kasei: 'chemical', seishi: 'paper',
  jukogyo: 'heavy', koki: 'machinery', kogyosho: 'works', denko: 'electrical', denzai: 'electrical', unyuso: 'transport',
  // Azerbaijani and Turkish: brothers
  qardaslar: 'brothers', qardaslari: 'brothers', kardesler: 'brothers', kardesleri: 'brothers',
  // Korean romanised (Revised Romanization and McCune-Reischauer)
  mulryu: 'logistics', mullyu: 'logistics', muyeok: 'trading', haeun: 'shipping', saneop: 'industrial', sanup: 'industrial',
  gigye: 'machinery', kigye: 'machinery', jeongmil: 'precision', chongmil: 'precision', jeyak: 'pharmaceutical', cheyak: 'pharmaceutical', seomyu: 'textile',
  cheolgang: 'steel', chulgang: 'steel', unsu: 'transport', unsong: 'transport', tongun: 'logistics', jadongcha: 'motors', gaebal: 'development', kaebal: 'development',
  tuja: 'investment', yutong: 'distribution', jonghap: 'general', chonghap: 'general', gongeop: 'industrial', kongop: 'industrial', gisul: 'technology', kisul: 'technology',
  haeyang: 'marine', geonseol: 'construction', konsol: 'construction', hwahak: 'chemical', sikpum: 'food', sangsa: 'trading', jeonja: 'electronics', chonja: 'electronics',
  mulsan: 'products', eunhaeng: 'bank', junggongeop: 'heavy', susanmul: 'seafood',
  // Chinese pinyin
  maoyi: 'trading', wuliu: 'logistics', keji: 'technology', shiye: 'industrial', jituan: 'group', jixie: 'machinery', dianzi: 'electronics', huagong: 'chemical',
  fangzhi: 'textile', touzi: 'investment', konggu: 'holdings', nengyuan: 'energy', gangtie: 'steel', jianshe: 'construction', gongcheng: 'engineering',
  guoji: 'international', shipin: 'food', yunshu: 'transport', hangyun: 'shipping', taoci: 'ceramics', famen: 'valves', wanju: 'toys', baozhuang: 'packaging',
  yinshua: 'printing', cailiao: 'materials', jiancai: 'materials', dianqi: 'electric', qiche: 'automotive', fuzhuang: 'garments', shuichan: 'seafood', wujin: 'hardware',
  zhiye: 'paper', xiangjiao: 'rubber', huoyun: 'freight', cangchu: 'warehousing', ruanjian: 'software', zhiyao: 'pharmaceutical', yiyao: 'pharmaceutical',
  jingmi: 'precision', suliao: 'plastic', nongye: 'agriculture', kuangye: 'mining', gongye: 'industrial', shangmao: 'trading', jinchukou: 'import', chuanwu: 'shipping',
  chuangxin: 'innovation', huanbao: 'environmental', shengwu: 'biotech', jidian: 'electromechanical', shebei: 'equipment', gongyinglian: 'supply',
  // Georgian, Armenian romanised
  dzmebi: 'brothers', kompania: 'company', transporti: 'transport', mshenebloba: 'construction', savachro: 'trading', vachroba: 'trading',
  jgupi: 'group', grup: 'group', enkerutyun: 'company', inzhenering: 'engineering', logistik: 'logistics',
  // Hungarian and Norwegian; Vietnamese phrases as joined above
  boraszat: 'winery', maskin: 'machinery', maskiner: 'machinery', rederi: 'shipping', handelskompani: 'trading', verksted: 'works', bryggeri: 'brewery',
  ...Object.fromEntries(VIETNAMESE_BUSINESS_PHRASES.map(([phrase, english]) => [joinedPhrase(phrase), english])),
  // Greek romanised (the Greek-script words are translated before romanisation)
  elliniki: 'hellenic', ellinikis: 'hellenic', elaia: 'olives', naftiliaki: 'shipping', emporiki: 'trading', metafores: 'transport', viomichania: 'industry', trofima: 'food', kataskevastiki: 'construction',
  // Arabic romanised
  tijara: 'trading', tijarah: 'trading', sharikat: 'company', sharika: 'company', 
  // Swahili
  wa: 'of', na: '&',
  // German
  spedition: 'forwarding', maschinenbau: 'machinery', maschinen: 'machinery', handelsgesellschaft: 'trading', bauunternehmung: 'construction',
  chemie: 'chemical', elektronik: 'electronics', stahl: 'steel', stahlbau: 'steel', lebensmittel: 'food', verpackung: 'packaging',
  verpackungen: 'packaging', technik: 'technology', technologie: 'technology', versicherung: 'insurance', beteiligungen: 'holdings', werke: 'works',
  werk: 'works', fabrik: 'factory', muhle: 'mill', muehle: 'mill', brauerei: 'brewery', textil: 'textile', kunststoff: 'plastic',
  kunststoffe: 'plastics', energie: 'energy', bergbau: 'mining', landwirtschaft: 'agriculture', druckerei: 'printing', mobel: 'furniture',
  moebel: 'furniture',
  // French
  transports: 'transport', logistique: 'logistics', industrie: 'industry', alimentaire: 'food', batiment: 'building', travaux: 'works',
  emballage: 'packaging', emballages: 'packaging', assurances: 'insurance', assurance: 'insurance', mines: 'mining', agricole: 'agricultural',
  metallurgie: 'metallurgical', electrique: 'electric', electronique: 'electronics', peche: 'fishing', pecheries: 'fisheries', ciments: 'cement',
  plastiques: 'plastics', importation: 'import', exportation: 'export', commerce: 'trading', commerciale: 'commercial', generale: 'general',
  nationale: 'national', internationale: 'international', entreprise: 'enterprise', entreprises: 'enterprises', fonderie: 'foundry', minoterie: 'mill',
  brasserie: 'brewery', imprimerie: 'printing', boulangerie: 'bakery', meubles: 'furniture',
  // Spanish
  naviera: 'shipping', logistica: 'logistics', quimica: 'chemical', quimicas: 'chemicals', alimentos: 'food', constructora: 'construction',
  minera: 'mining', pesquera: 'fishing', agricola: 'agricultural', seguros: 'insurance', distribuidora: 'distribution', importadora: 'import',
  exportadora: 'export', comercializadora: 'trading', inversiones: 'investments', metalurgica: 'metallurgical', maquinaria: 'machinery',
  electrica: 'electric', electronica: 'electronics', farmaceutica: 'pharmaceutical', plasticos: 'plastics', aceros: 'steel', acero: 'steel',
  cementos: 'cement', envases: 'packaging', embalajes: 'packaging', maritima: 'maritime', petrolera: 'oil', energia: 'energy', tecnologia: 'technology',
  ingenieria: 'engineering', molinos: 'mill', panaderia: 'bakery', muebles: 'furniture',
  // Portuguese
  construtora: 'construction', mineracao: 'mining', investimentos: 'investments', maquinas: 'machinery', eletrica: 'electric', eletronica: 'electronics',
  cimentos: 'cement', embalagens: 'packaging', petroleo: 'petroleum', engenharia: 'engineering', transportadora: 'transport', navegacao: 'navigation',
  // Italian
  chimica: 'chemical', alimentari: 'food', tessile: 'textile', edilizia: 'construction', meccanica: 'mechanical', siderurgica: 'steel',
  acciaierie: 'steel', assicurazioni: 'insurance', distribuzione: 'distribution', importazione: 'import', esportazione: 'export',
  investimenti: 'investments', macchine: 'machinery', elettrica: 'electric', elettronica: 'electronics', plastica: 'plastic', cementi: 'cement',
  imballaggi: 'packaging', marittima: 'maritime', navigazione: 'navigation', ingegneria: 'engineering', officine: 'works',
  // Dutch
  logistiek: 'logistics', bouw: 'construction', voeding: 'food', verpakking: 'packaging', scheepvaart: 'shipping', visserij: 'fisheries',
  landbouw: 'agriculture', techniek: 'technology', verzekeringen: 'insurance', bakkerij: 'bakery', brouwerij: 'brewery', drukkerij: 'printing',
  meubelen: 'furniture',
  // Nordic
  logistikk: 'logistics', bygg: 'construction', fiskeri: 'fisheries', skipsverft: 'shipyard', forsikring: 'insurance', bageri: 'bakery',
  mobler: 'furniture', livsmedel: 'food', forpackning: 'packaging', varv: 'shipyard', verkstad: 'works', forsakring: 'insurance', tryckeri: 'printing',
  // Finnish
  logistiikka: 'logistics', kuljetus: 'transport', rakennus: 'construction', elintarvike: 'food', pakkaus: 'packaging', varustamo: 'shipping',
  kalastus: 'fishing', konepaja: 'works', vakuutus: 'insurance', leipomo: 'bakery', panimo: 'brewery',
  // Polish, Czech, Hungarian, Romanian
  logistyka: 'logistics', budownictwo: 'construction', budowlane: 'construction', chemia: 'chemical', opakowania: 'packaging', zegluga: 'shipping',
  maszyny: 'machinery', ubezpieczenia: 'insurance', piekarnia: 'bakery', browar: 'brewery', drukarnia: 'printing', meble: 'furniture',
  doprava: 'transport', stavebni: 'construction', potraviny: 'food', strojirny: 'machinery', pojistovna: 'insurance', pivovar: 'brewery',
  tiskarna: 'printing', nabytek: 'furniture', logisztika: 'logistics', szallitmanyozas: 'forwarding', szallitas: 'transport', elelmiszer: 'food',
  csomagolas: 'packaging', biztosito: 'insurance', nyomda: 'printing', butor: 'furniture', kereskedelmi: 'trading', transporturi: 'transport',
  constructii: 'construction', alimentare: 'food', ambalaje: 'packaging', navigatie: 'navigation', utilaje: 'machinery', asigurari: 'insurance',
  comert: 'trading',
  // Indonesian, Malay, Turkish
  perdagangan: 'trading', pengangkutan: 'transport', angkutan: 'transport', pelayaran: 'shipping', perkapalan: 'shipping', makanan: 'food',
  pembinaan: 'construction', konstruksi: 'construction', perikanan: 'fisheries', pertanian: 'agriculture', perkebunan: 'plantation',
  industri: 'industry', minyak: 'oil', asuransi: 'insurance', insurans: 'insurance', percetakan: 'printing', farmasi: 'pharmaceutical',
  gemicilik: 'shipping', ambalaj: 'packaging', makina: 'machinery', makine: 'machinery', celik: 'steel', sigorta: 'insurance', matbaa: 'printing',
  mobilya: 'furniture', elektrik: 'electric', ithalat: 'import', ihracat: 'export', yatirim: 'investment', muhendislik: 'engineering',
  plastik: 'plastic', ilac: 'pharmaceutical',
  // Construction, trade, transport, food and fishing in Central and Northern European languages, Hebrew romanised
  epitoipari: 'construction', gradnja: 'construction', bau: 'construction', stavby: 'construction', stavebnictvi: 'construction', ehitus: 'construction', buvnieciba: 'construction', statyba: 'construction', bniya: 'construction', binui: 'construction', obchod: 'trading', tirdznieciba: 'trading', kaubandus: 'trading', transportas: 'transport', transporta: 'transport', vedu: 'transport', maisto: 'food', partika: 'food', toiduained: 'food', pesca: 'fishing', rybolov: 'fishing', kalandus: 'fishing', zvejyba: 'fishing',
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
    'optoelectronic optoelectronics cardboard paper dairy tea wine bakery bread foundry fruit marketing mechanical metallurgical ' +
    'milk olives plantation timber weaving woodwork ' +
    'steel metals metal plastic plastics cement building materials fresh produce national company corporation establishment ' +
    'foundation association organization organisation center centre office network express freight forwarding cargo line lines ' +
    'airlines airways aviation navigation fishing fisheries rice mill milling factory store stores shop mart market exchange ' +
    'distribution distributors wholesale retail precision ocean sea new united royal cosmetics hardware ' +
    'shipbuilding shipyard brewery winery spinning plumbing warehouse warehousing store ceramics valves furniture toys packaging printing ' +
    'appliances automotive garments apparel seafood aquatic rubber glass software communications power chain paper biotech ' +
    'electromechanical environmental lighting battery moulds casting stainless fertilizer feed leather footwear minerals nonferrous ' +
    'information heavy medical devices beverages real estate properties earthworks auto parts motor travel fishery terminal port ' +
    'enterprise technical house ' +
    'east west north south eastern western northern southern central middle asia africa europe pacific atlantic gulf'
  ).split(' '),
);

/** Function words and honorifics that carry no identity. */
export const PARTICLES = new Set(
  (
    'the of & a an for to in at by on de du des la le les el al ul ad ud da do dos das di del della dei van von der den ' +
    'ten ter bin ibn bint ben abu um umm ould mr mrs ms messrs dr sheikh shaikh haji hajji u daw of sri shri shree sree'
  ).split(' '),
);

/** Words that turn the rest of a parenthesis or comma segment into an annotation, not a name. */
export const ANNOTATION_MARKERS = /(?<![\p{L}\p{N}])(branch|division|office|plant|factory site|warehouse|depot|port|harbour|harbor|terminal|head ?office|hq|representative office|rep office|liaison office|sucursal|succursale|agence|agenzia|filial|filiaal|zweigniederlassung|niederlassung|zweigstelle|sede secondaria|unit[aà] locale|oddzia[lł]|cabang|chi nh[aá]nh|agencia|flag|flagged|registered in|registry|reg(?:istration)?\.?\s?(?:no|number)|company\s(?:no|number)|p\.?\s?o\.?\s?box|tax id|vat no)(?![\p{L}\p{N}])/iu;

/** Introducers of a former or alternative name inside a record's name field. */
export const ALIAS_MARKERS = /(?<![\p{L}\p{N}])(?:ex|formerly|former|f\/k\/a|fka|f\.k\.a\.|a\/k\/a|aka|a\.k\.a\.|n\/k\/a|nka|now known as|also known as|trading as|t\/a|dba|d\/b\/a)(?![\p{L}\p{N}])[\s.:-]*/iu;

/**
 * Business words of alphabetic scripts (Cyrillic, Greek, Armenian, Georgian) and of Vietnamese,
 * replaced as whole words or phrases only: these scripts build compound company names out of the
 * same roots (Уралтехснаб, Трансойл), which must stay one word. Keys are compared lower-case
 * without accents (see `scriptWordKey`); phrases of up to three words. A word and its English
 * keep the same number (Логистик is Logistic, Логистика Logistics).
 */
const SCRIPT_BUSINESS_WORD_LIST: Array<[string, string]> = [
  // Russian, Ukrainian, Belarusian, Kazakh (Cyrillic)
  ['торговый дом', 'trading house'], ['торговий дім', 'trading house'], ['торговая компания', 'trading company'], ['торгова компанія', 'trading company'],
  ['судоходная компания', 'shipping company'], ['судноплавна компанія', 'shipping company'], ['транспортная компания', 'transport company'],
  ['строительная компания', 'construction company'], ['будівельна компанія', 'construction company'], ['производственная компания', 'manufacturing company'],
  ['компания', 'company'], ['компанія', 'company'], ['кампанія', 'company'], ['компаниясы', 'company'], ['логистик', 'logistic'], ['логистика', 'logistics'],
  ['логістик', 'logistic'], ['логістика', 'logistics'], ['транс', 'trans'], ['групп', 'group'], ['группа', 'group'], ['група', 'group'], ['холдинг', 'holding'],
  ['трейд', 'trade'], ['трейдинг', 'trading'], ['сервис', 'service'], ['сервіс', 'service'], ['снаб', 'supply'], ['строй', 'stroy'], ['инвест', 'invest'],
  ['інвест', 'invest'], ['агро', 'agro'], ['импорт', 'import'], ['імпорт', 'import'], ['экспорт', 'export'], ['експорт', 'export'], ['торговля', 'trading'],
  ['торгівля', 'trading'], ['завод', 'plant'], ['фабрика', 'factory'], ['металл', 'metal'], ['метал', 'metal'], ['нефть', 'oil'], ['энерго', 'energo'],
  ['энергия', 'energy'], ['енергія', 'energy'], ['технологии', 'technologies'], ['технології', 'technologies'], ['инжиниринг', 'engineering'],
  ['інжиніринг', 'engineering'], ['консалтинг', 'consulting'], ['менеджмент', 'management'], ['интернешнл', 'international'], ['интернэшнл', 'international'],
  ['международная', 'international'], ['міжнародна', 'international'], ['пароходство', 'shipping'], ['шиппинг', 'shipping'], ['судоходство', 'shipping'],
  ['морское', 'maritime'], ['морская', 'maritime'], ['флот', 'fleet'], ['банк', 'bank'], ['продукт', 'product'], ['продукты', 'products'], ['продукти', 'products'],
  ['маркет', 'market'], ['электро', 'electro'], ['електро', 'electro'], ['машиностроительный', 'machine building'], ['механический', 'mechanical'],
  ['братья', 'brothers'], ['брати', 'brothers'], ['партнеры', 'partners'], ['партнери', 'partners'], ['экспресс', 'express'], ['експрес', 'express'],
  ['северный', 'northern'], ['северная', 'northern'], ['северное', 'northern'], ['южный', 'southern'], ['южная', 'southern'], ['южное', 'southern'],
  ['восточный', 'eastern'], ['восточная', 'eastern'], ['восточное', 'eastern'], ['западный', 'western'], ['западная', 'western'], ['западное', 'western'],
  ['рыба', 'fish'], ['рыбы', 'fish'], ['комбинат', 'mill'], ['комбінат', 'mill'], ['картонный', 'cardboard'], ['картонная', 'cardboard'], ['бумажный', 'paper'], ['бумажная', 'paper'], ['текстильный', 'textile'], ['текстильная', 'textile'],
  ['химический', 'chemical'], ['химическая', 'chemical'], ['металлургический', 'metallurgical'], ['металлургическая', 'metallurgical'], ['молочный', 'dairy'],
  ['молочная', 'dairy'], ['мясной', 'meat'], ['мясная', 'meat'], ['рыбный', 'fish'], ['рыбная', 'fish'], ['судостроительный', 'shipbuilding'],
  ['судостроительная', 'shipbuilding'], ['нефтяная', 'oil'], ['нефтяной', 'oil'], ['зерновая', 'grain'], ['зерновой', 'grain'], ['лесной', 'timber'],
  ['серіктестігі', 'partnership'], ['тобы', 'group'], ['құрылыс', 'construction'], ['сауда', 'trading'], ['көлік', 'transport'],
  // Greek
  ['ελληνικη', 'hellenic'], ['ελληνικης', 'hellenic'], ['ελληνικα', 'hellenic'], ['ζυθοποιια', 'brewery'], ['ναυτιλιακη', 'shipping'], ['ναυτιλιακης', 'shipping'], ['ναυτιλιακα', 'shipping'], ['ναυτιλια', 'shipping'], ['αδελφοι', 'brothers'], ['αφοι', 'brothers'],
  ['οικοδομικα υλικα', 'building materials'], ['υλικα', 'materials'], ['υιοι', 'sons'], ['υιων', 'sons'], ['εταιρεια', 'company'], ['εταιρια', 'company'], ['εμπορικη', 'trading'], ['εμποριο', 'trading'],
  ['εμπορια', 'trading'], ['μεταφορες', 'transport'], ['μεταφορικη', 'transport'], ['κατασκευαστικη', 'construction'], ['κατασκευες', 'construction'],
  ['βιομηχανια', 'industry'], ['τροφιμα', 'food'], ['ασφαλιστικη', 'insurance'], ['διεθνης', 'international'], ['ομιλος', 'group'], ['συμμετοχων', 'holdings'],
  ['επενδυσεις', 'investments'], ['επενδυσεων', 'investments'], ['ενεργεια', 'energy'], ['ξυλεια', 'timber'], ['ελαια', 'olives'], ['τεχνικη', 'technical'],
  ['ανωνυμη εταιρεια', 'sa'], ['ανωνυμη εταιρια', 'sa'], ['εταιρεια περιορισμενης ευθυνης', 'ltd'], ['ομορρυθμη εταιρεια', 'oe'], ['ετερορρυθμη εταιρεια', 'ee'],
  // Armenian
  ['առևտուր', 'trading'], ['առեւտուր', 'trading'], ['առևտրային', 'trading'], ['առեւտրային', 'trading'], ['շինարարություն', 'construction'], ['շինարարական', 'construction'],
  ['լոգիստիկ', 'logistic'], ['լոգիստիկա', 'logistics'], ['լոգիստիկս', 'logistics'], ['գրուպ', 'group'], ['խումբ', 'group'], ['ընկերություն', 'company'], ['կոմպանի', 'company'],
  ['շին', 'construction'], ['գինի', 'wine'], ['ինժեներինգ', 'engineering'], ['տրանս', 'trans'], ['հոլդինգ', 'holding'], ['ինվեստ', 'invest'], ['սերվիս', 'service'], ['տրեյդ', 'trade'], ['արտադրություն', 'manufacturing'],
  ['գործարան', 'factory'], ['ագրո', 'agro'], ['բանկ', 'bank'], ['ֆարմ', 'pharm'], ['կոնսալտինգ', 'consulting'], ['եղբայրներ', 'brothers'], ['միջազգային', 'international'],
  ['տրանսպորտ', 'transport'], ['էներջի', 'energy'], ['մոտորս', 'motors'], ['ֆուդ', 'food'], ['դիստրիբյուշն', 'distribution'],
  // Georgian (the nominative -ი of loanwords included)
  ['და', '&'], ['ძმები', 'brothers'], ['ძმების', 'brothers'], ['ჯგუფი', 'group'], ['გრუპი', 'group'], ['გრუპ', 'group'], ['კომპანია', 'company'], ['ლოჯისტიკა', 'logistics'],
  ['ლოჯისტიკი', 'logistics'], ['ლოჯისტიქსი', 'logistics'], ['ტრანსპორტი', 'transport'], ['მშენებლობა', 'construction'], ['სამშენებლო', 'construction'],
  ['სავაჭრო', 'trading'], ['ვაჭრობა', 'trading'], ['ტრეიდი', 'trade'], ['ტრეიდინგი', 'trading'], ['ჰოლდინგი', 'holding'], ['ინჟინერინგი', 'engineering'],
  ['სერვისი', 'service'], ['ინვესტი', 'invest'], ['აგრო', 'agro'], ['ბანკი', 'bank'], ['ავტო', 'auto'], ['ჩაი', 'tea'], ['ღვინო', 'wine'], ['ღვინის', 'wine'], ['ხილი', 'fruit'], ['ქარხანა', 'factory'], ['საერთაშორისო', 'international'], ['ენერჯი', 'energy'], ['ფარმა', 'pharma'],
  ['დეველოპმენტი', 'development'], ['კონსტრაქშენი', 'construction'], ['მოტორსი', 'motors'], ['ექსპრესი', 'express'], ['ნავთობი', 'oil'],
  ...MORE_SCRIPT_BUSINESS_WORDS,
];

export const SCRIPT_BUSINESS_WORDS: ReadonlyMap<string, string> = new Map([
  // The extra list first, so an entry of the older tables wins a clash.
  ...EXTRA_SCRIPT_ACTIVITY_WORDS.map(([w, e]): [string, string] => [scriptWordKey(w.replace(/-/gu, ' ')), e]),
  // A hyphenated compound (северо-западная) reaches the lookup as two words.
  ...DESCRIPTIVE_SCRIPT_WORDS.map(([w, e]): [string, string] => [scriptWordKey(w.replace(/-/gu, ' ')), e]),
  ...SCRIPT_BUSINESS_WORD_LIST.map(([w, e]): [string, string] => [scriptWordKey(w), e]),
  ...VIETNAMESE_BUSINESS_PHRASES.map(([phrase]): [string, string] => [scriptWordKey(phrase), joinedPhrase(phrase)]),
]);

/**
 * Korean activity words, split off the end of a Hangul run (푸른바다수산 = Pureunbada + fisheries)
 * or taken as a whole run. Only the end: the same syllables occur inside personal names (전기현
 * starts with 전기, "electric"), which never end a company name.
 */
export const HANGUL_BUSINESS_WORDS: Record<string, string> = {
  ...MORE_HANGUL_BUSINESS_WORDS,
  농산: 'agricultural products', 농산물: 'agricultural products', 농업: 'agriculture', 수산: 'fisheries', 수산물: 'seafood', 기계: 'machinery', 정밀: 'precision', 제약: 'pharmaceutical', 섬유: 'textile', 철강: 'steel', 운수: 'transport',
  운송: 'transport', 통운: 'logistics', 조선소: 'shipyard', 중공업: 'heavy industries', 전기: 'electric', 전자: 'electronics', 자동차: 'motors',
  홀딩스: 'holdings', 그룹: 'group', 인터내셔널: 'international', 엔지니어링: 'engineering', 테크: 'tech', 개발: 'development', 투자: 'investment',
  유통: 'distribution', 종합: 'general', 공업: 'industrial', 기술: 'technology', 해양: 'marine', 해운: 'shipping', 물류: 'logistics', 무역: 'trading',
  산업: 'industrial', 건설: 'construction', 상사: 'trading', 화학: 'chemical', 식품: 'food', 은행: 'bank', 에너지: 'energy', 글로벌: 'global',
  시스템: 'systems', 솔루션: 'solutions', 서비스: 'services', 트레이딩: 'trading', 로지스틱스: 'logistics', 통상: 'trading', 금속: 'metals',
  물산: 'products', 실업: 'industrial', 코퍼레이션: 'corporation', 테크놀로지: 'technology', 케미칼: 'chemical', 해상: 'marine', 건설기계: 'construction machinery',
  텍: 'tech', 스타: 'star', 라인: 'line', 마트: 'mart', 센터: 'center', 랩: 'lab', 플러스: 'plus', 월드: 'world', 하우스: 'house', 파워: 'power', 메탈: 'metal', 오토: 'auto', 텍스: 'tex',
  시멘트: 'cement', 조선: 'shipbuilding', 상선: 'merchant marine', 오션: 'ocean', 스틸: 'steel', 모터스: 'motors', 바이오: 'bio', 에어로스페이스: 'aerospace', 인더스트리: 'industry', 파트너스: 'partners', 마린: 'marine', 쉬핑: 'shipping', 푸드: 'food', 제철: 'steel', 전선: 'cable', 중기: 'heavy equipment',
};
