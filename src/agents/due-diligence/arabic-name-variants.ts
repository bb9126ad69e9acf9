import { NameSpellingTable } from 'src/agents/due-diligence/name-spelling-table';

/**
 * Common Arabic and Muslim given names and honorifics in the Latin spellings lists and passports
 * use. Arabic writes few vowels and no doubled letters, so one name reaches Latin letters in many
 * forms (Yusuf, Yousef, Youssef, Yousif), some too far apart for edit distance or the consonant
 * skeleton (Haj/Hajj/Hadj, Othman/Uthman/Osman). Each line is one name, its spellings separated by
 * spaces; only established variants of the same name are listed (Mahmoud is not Muhammad).
 */
const TABLE = `
yusuf yousef youssef yousif yusef yosef youcef
muhammad mohammed mohamed mohammad muhammed mohamad mohd
ahmed ahmad ahmet
mahmoud mahmud mahmood
mustafa mustapha moustafa mostafa
ibrahim ebrahim ibraheem
ismail ismael esmail ismaeel
hussein husain hussain hosein husayn hossein
hassan hasan hasen
omar umar
othman uthman osman usman
abdullah abdallah abdulla
abdulrahman abdelrahman abdurrahman
khalid khaled
saeed said saied saeid
salim salem saleem
suleiman sulaiman soliman sulayman sleiman suleyman
yahya yehia yahia
yaqub yacoub yakub yaqoob
musa moussa mousa
issa isa eissa
haj hajj hadj hajji
sheikh shaikh shaykh sheik
nasser nasir naser
jamal gamal
jaber jabir
qasim kassem qassem kasim qasem
tariq tarek tarik tareq
walid waleed
rashid rasheed
majid majeed
hamid hameed
faisal faysal feisal
fahd fahad
khalil khaleel
karim kareem
jafar jaafar jafer
zaid zayed zeid zayd
osama usama ousama
ziad ziyad
`;

const ARABIC_NAMES = new NameSpellingTable(TABLE);

/** Whether two different Latin words spell one Arabic given name or honorific. */
export function sameArabicName(a: string, b: string): boolean {
  return a !== b && ARABIC_NAMES.same(a, b);
}

/** Whether the spelling is one of the listed Arabic given names. */
export function isArabicGivenName(spelling: string): boolean {
  return ARABIC_NAMES.lists(spelling);
}
