/**
 * Ukrainian names and their Russian forms. Ukrainian people, towns and firms appear on lists and
 * in old registers under the Russian form (Oleksandr as Aleksandr, Kharkiv as Kharkov, Kyivska as
 * Kievskaya); the two are one name in two languages, not a spelling slip, so edit distance alone
 * cannot join them. Each line is one name: Ukrainian spellings (the national romanisation and the
 * usual older ones), a bar, then the Russian-based spellings. Places are listed by the stem their
 * adjectives are built on (Kharkiv → Kharkivska, Kharkov → Kharkovskaya), followed by "sk".
 * Belarusian given names are listed the same way, Belarusian spellings on the national side
 * (Mikalai as Nikolai, Uladzimir as Vladimir); surnames need no line, as their consonants agree
 * (Kavalenka, Kovalenko).
 */
const TABLE = `
oleksandr olexandr oleksander oleksandra | aleksandr alexandr alexander aleksander aleksandra alexandra
oleksii oleksiy olexiy oleksij | aleksei aleksey alexei alexey
mykola mikola | nikolai nikolay nicolai
andrii andriy andrij | andrei andrey
serhii serhiy sergiy serhij | sergei sergey sergiy
dmytro dmitro | dmitry dmitriy dmitrii dmitri
petro | pyotr petr
yurii yuriy iurii | yury yuri yuriy iurii
vasyl vasil | vasily vasiliy vasilii
hryhorii hryhoriy hrihoriy | grigory grigoriy grigorii
volodymyr volodimir | vladimir
ihor | igor
yevhen yevgen ievgen | yevgeny yevgeniy evgeny evgeniy evgenii
anatolii anatoliy | anatoly anatoliy anatolii
mykhailo mykhaylo mikhailo | mikhail
pavlo | pavel
oleh | oleg
bohdan | bogdan
vitalii vitaliy | vitaly vitaliy vitalii
valerii valeriy | valery valeriy valerii
hennadii hennadiy gennadiy | gennady gennadiy gennadii
kostiantyn kostyantyn | konstantin
vadym | vadim
maksym | maksim maxim
denys | denis
illia illya | ilya ilia
fedir | fyodor fedor
borys | boris
tymofii tymofiy | timofei timofey
kyrylo | kirill
olena | elena yelena
tetiana tetyana | tatiana tatyana
nataliia nataliya | natalya natalia
iryna | irina
liudmyla lyudmyla | lyudmila ludmila
halyna | galina
yuliia yuliya | yulia yuliya
svitlana | svetlana
kateryna | ekaterina yekaterina
olha | olga
larysa | larisa
aliaksandr alyaksandr aliaksander | aleksandr alexandr alexander aleksander
aliaksei alyaksey alyaksei aliaksiej | aleksei aleksey alexei alexey
mikalai mikalay mikalaj | nikolai nikolay nicolai
siarhei siarhey syarhey | sergei sergey
dzmitry dzmitryi dzmitriy dzmitrii | dmitry dmitriy dmitrii dmitri
piatro pyatro | pyotr petr
ryhor | grigory grigoriy grigorii
uladzimir | vladimir
ihar | igor
yauhen yauhien jauhien | yevgeny yevgeniy evgeny evgeniy evgenii
anatol | anatoly anatoliy anatolii
aleh | oleg
bahdan | bogdan
henadz hienadz | gennady gennadiy gennadii
kanstantsin kanstancin | konstantin
vadzim | vadim
dzianis dzyanis | denis
fiodar fyodar | fyodor fedor
barys | boris
tsimafei tsimafey | timofei timofey
kiryl | kirill
stsiapan stsyapan sciapan | stepan
viktar | viktor
raman | roman
leanid | leonid
viachaslau vyachaslau | vyacheslav
uladzislau | vladislav
yahor jahor | yegor egor
yakau jakau | yakov
valiantsin valyantsin | valentin
volha | olga
tatsiana tatsyana | tatiana tatyana
natallia natallya | natalya natalia
sviatlana svyatlana | svetlana
katsiaryna katsyaryna | ekaterina yekaterina
nadzeya nadzeja | nadezhda
maryia maryya | maria mariya
kyivsk | kievsk
kharkivsk | kharkovsk
lvivsk | lvovsk
odesk | odessk
dniprovsk | dneprovsk
zaporizk zaporizhsk | zaporozhsk
mykolaivsk | nikolaevsk nikolayevsk
chernihivsk | chernigovsk
rivnensk | rovensk
ternopilsk | ternopolsk
vinnytsk | vinnitsk
zhytomyrsk | zhitomirsk
luhansk | lugansk
chernivetsk | chernovitsk
uzhhorodsk | uzhgorodsk
cherkask | cherkassk
kyiv | kiev
kharkiv | kharkov
lviv | lvov
odesa | odessa
dnipro | dnepr
zaporizhzhia zaporizhia | zaporozhye zaporozhe
mykolaiv | nikolaev nikolayev
chernihiv | chernigov
rivne | rovno
ternopil | ternopol
vinnytsia | vinnitsa
zhytomyr | zhitomir
chernivtsi | chernovtsy
uzhhorod | uzhgorod
cherkasy | cherkassy
`;

/** A place adjective's ending after -sk-, Ukrainian or Russian, any gender (Kyivska, Kievskaya, Kharkovskiy). */
const ADJECTIVE_ENDING = /sk(?:a|aya|aia|aja|yi|yy|yj|iy|ii|ij|y|i|e|oe|oye|oie|oho|ogo|oi|oy|oj)$/u;

/** Spelling → the Ukrainian side (true) or Russian side (false) of each name line it is on. */
const SIDES = new Map<string, Array<{ line: number; ukrainian: boolean }>>();
TABLE.split('\n')
  .filter((l) => l.includes('|'))
  .forEach((text, line) => {
    const [ukrainian, russian] = text.split('|');
    for (const [side, isUkrainian] of [[ukrainian, true], [russian, false]] as const) {
      for (const spelling of side.trim().split(/\s+/u)) {
        const entries = SIDES.get(spelling) ?? [];
        entries.push({ line, ukrainian: isUkrainian });
        SIDES.set(spelling, entries);
      }
    }
  });

/** The word, or for a place adjective its stem up to and including "sk" (Kyivska → kyivsk). */
function lookupForm(word: string): string {
  if (SIDES.has(word)) return word;
  const ending = ADJECTIVE_ENDING.exec(word);
  return ending ? word.slice(0, ending.index + 2) : word;
}

/** The name lines a word is on, with its side: Ukrainian (true) or Russian (false). */
export type NameSides = ReadonlyArray<{ line: number; ukrainian: boolean }>;

/** The table entries of a Latin word (a name, a patronymic, a place or its adjective), or null. */
export function ukrainianRussianSides(word: string): NameSides | null {
  return SIDES.get(lookupForm(word)) ?? patronymicSides(word) ?? null;
}

/** Whether two words' entries make them the Ukrainian and the Russian form of one name or place. */
export function ukrainianRussianPair(a: NameSides, b: NameSides): boolean {
  return a.some((x) => b.some((y) => x.line === y.line && x.ukrainian !== y.ukrainian));
}

/** A patronymic's suffix, Ukrainian or Russian (Mykolaiovych, Nikolaevich, Oleksandrivna, Sergeevna). */
const PATRONYMIC = /^([a-z]{3,}?)[iy]?(?:ovych|ovich|evych|evich|ivna|ovna|evna|ivych|ich)$/u;
const GIVEN_NAMES = [...SIDES.keys()].filter((k) => !k.endsWith('sk'));

/** The name lines of the given name a patronymic is formed from: its base begins one of the name's spellings. */
function patronymicSides(word: string): Array<{ line: number; ukrainian: boolean }> | undefined {
  const base = PATRONYMIC.exec(word)?.[1];
  if (base === undefined) return undefined;
  const found = GIVEN_NAMES.filter((name) => name.startsWith(base) && name.length - base.length <= 2).flatMap((name) => SIDES.get(name) ?? []);
  return found.length > 0 ? found : undefined;
}
