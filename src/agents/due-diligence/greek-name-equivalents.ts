import { greekStem } from 'src/agents/due-diligence/greek-romaniser';
import { NameSpellingTable } from 'src/agents/due-diligence/name-spelling-table';

/**
 * Greek given names and the English (or Latin-church) forms that lists and passports give for
 * the same person: Γεώργιος Παπανδρέου is listed as George Papandreou, Ιωάννης as John. Most
 * pairs already share a declension-free stem (Alexandros/Alexander, Nikolaos/Nicholas, see
 * greekStem); this table is for those that do not (Ioannis/John, Michail/Michael,
 * Aristotelis/Aristotle, Iakovos/James). Each line is one name: Greek spellings (ELOT and the
 * usual informal ones), a bar, then the English forms. Only established equivalents are listed:
 * Dimitrios is not James, however often a Dimitrios calls himself Jim.
 */
const TABLE = `
ioannis giannis gianis yiannis yannis ioannes | john johannes jon
michail michalis mikhail michael | michael
georgios giorgos giorgis yiorgos | george
dimitrios dimitris mitsos | demetrius demetrios dimitri
konstantinos kostas kostis | constantine constantin
nikolaos nikos nikolas | nicholas nicolas nick
petros | peter
pavlos | paul
andreas | andrew
vasileios vasilis | basil
athanasios thanasis | athanasius
spyridon spyros | spiridon spyro
aristotelis | aristotle
sokratis | socrates
stefanos | stephen steven stephan
markos | mark marcus
loukas | luke lucas
matthaios | matthew
filippos | philip phillip
emmanouil manolis | emmanuel manuel
antonios antonis | anthony antony
theodoros | theodore
grigorios | gregory
ilias | elias elijah
iakovos | jacob james
iosif | joseph
zacharias | zachary
christoforos | christopher
kyriakos | cyriac
eleni | helen helena
aikaterini katerina | catherine katherine
irini | irene
margarita | margaret
elisavet | elizabeth
`;

const GIVEN_NAMES = new NameSpellingTable(TABLE, greekStem);

/** Whether two given names, compared by greekStem, are the Greek and English forms of one name. */
export function sameGivenName(stemA: string, stemB: string): boolean {
  return GIVEN_NAMES.same(stemA, stemB);
}
