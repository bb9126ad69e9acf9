/**
 * A small conventional romanisation of Burmese (the spelling used in company registers and on
 * sanctions lists: "Kyaw", "Aung", "Htun", "Shwe"), because generic transliteration tables render
 * Burmese syllables letter by letter and no listed spelling looks like their output.
 */

const CONSONANTS: Record<string, string> = {
  က: 'k', ခ: 'hk', ဂ: 'g', ဃ: 'g', င: 'ng', စ: 's', ဆ: 'hs', ဇ: 'z', ဈ: 'z', ည: 'ny', ဉ: 'ny',
  ဋ: 't', ဌ: 'ht', ဍ: 'd', ဎ: 'd', ဏ: 'n', တ: 't', ထ: 'ht', ဒ: 'd', ဓ: 'd', န: 'n', ပ: 'p',
  ဖ: 'hp', ဗ: 'b', ဘ: 'bh', မ: 'm', ယ: 'y', ရ: 'y', လ: 'l', ဝ: 'w', သ: 'th', ဟ: 'h', ဠ: 'l', အ: '',
};

const INDEPENDENT_VOWELS: Record<string, string> = { ဣ: 'i', ဤ: 'i', ဥ: 'u', ဦ: 'u', ဧ: 'e', ဩ: 'aw', ဪ: 'aw' };

const ASAT = '\u103a';
const VIRAMA = '\u1039';

interface Syllable {
  onset: string;
  medials: string;
  vowels: string;
  coda: string;
}

function renderSyllable(s: Syllable): string {
  let onset = s.onset;
  const hasY = s.medials.includes('y');
  const hasW = s.medials.includes('w');
  const hasH = s.medials.includes('h');
  if (hasH) onset = onset === 'y' && hasW ? 'sh' : onset === 'y' ? 'sh' : `h${onset}`;
  if (hasY) onset = onset === 'k' ? 'ky' : onset === 'hk' ? 'ch' : onset === 'g' ? 'gy' : onset === 'y' ? 'y' : `${onset}y`;
  const v = s.vowels;
  const coda = s.coda;
  let rime: string;
  if (v === 'eaa' || v === 'ea') rime = coda === 'ng' ? 'aung' : 'aw';
  else if (v === 'e') rime = 'e';
  else if (v === 'ai') rime = 'e';
  // ိုင် and ိုက် keep their final in every register spelling (Hlaing, Naing, Paik).
  else if (v === 'iu') rime = coda === 'ng' ? 'aing' : coda === 'k' ? 'aik' : coda ? 'ai' : 'o';
  else if (v === 'i') rime = coda === 'n' ? 'ein' : coda === 'm' ? 'ein' : coda ? 'ei' : 'i';
  else if (v === 'u') rime = coda === 'n' || coda === 'm' ? 'oun' : coda ? 'ok' : 'u';
  else if (v === 'o') rime = 'o';
  else if (v === 'an') rime = 'an';
  else if (coda === 'y') rime = 'e';
  else if (coda === 'ng') rime = hasW ? 'aung' : 'in';
  else if (coda === 'n' || coda === 'm') rime = hasW ? 'un' : 'an';
  // -စ် is "it" (Myit, Chit), -ည် "i" (Kyi), -က် after the inherent vowel "et" (Set, Let).
  else if (coda === 's') rime = hasW ? 'ut' : 'it';
  else if (coda === 'ny') rime = 'i';
  else if (coda === 'k' && !hasW) rime = 'et';
  else if (coda === 't' || coda === 'k' || coda === 'p') rime = hasW ? 'ut' : 'at';
  else rime = hasW && !hasH ? 'we' : 'a';
  if (hasW && !hasH && (coda === 'n' || coda === 'm' || coda === 't')) return `${onset}${rime}`;
  if (hasW && hasH && onset === 'sh' && !coda) return `${onset}we`;
  return `${onset}${rime}`;
}

/**
 * Syllables that registers spell several ways: ယ် (the "e" of Kye) is also written al, el, ay
 * (Kyal, Kyel, Kyay), ဲ is written e, ai or eh (Nwe, Nwai), -င့် is "in" or "int" (Myint),
 * ဆ is "hs" or plain "s" (Swe), an open a is "ar" (Yadanar) and hk, hp, ht are also kh, ph, th.
 */
function rimeAlternatives(s: Syllable, rendered: string): string[] {
  let rimes: string[] = [rendered];
  const base = rendered.replace(/e$/u, '');
  if (s.coda === 'y' && !s.vowels && rendered.endsWith('e')) rimes = [rendered, ...['al', 'el', 'ay', 'ai', 'ei'].map((r) => base + r)];
  else if (s.vowels === 'ai' && rendered.endsWith('e')) rimes = [rendered, ...['ai', 'eh', 'ay'].map((r) => base + r)];
  else if (s.coda === 'ng' && rendered.endsWith('in')) rimes = [rendered, `${rendered}t`];
  // -က် is also written -ek or -at by some registers; -ည် -ee or -e.
  else if (s.coda === 'k' && rendered.endsWith('et')) rimes = [rendered, `${base.slice(0, -1)}ek`, `${base.slice(0, -1)}at`];
  else if (s.coda === 'ny' && rendered.endsWith('i')) rimes = [rendered, `${rendered}e`, `${rendered.slice(0, -1)}e`];
  // ွ before ေ is silent in the rendering above but written by most registers (Swe, Nwe).
  if (s.medials.includes('w') && !rendered.includes('w')) rimes = rimes.flatMap((r) => [r, r.replace(/^([^aeiou]*)/u, '$1w')]);
  // An open -a is written -ar in Myanmar English (Yadanar, Zeyar, Thukhar), as -ah by some.
  if (rendered.endsWith('a') && !s.coda && !s.vowels.includes('e')) rimes = rimes.flatMap((r) => [r, `${r}r`, `${r}h`]);
  let out = s.onset === 'hs' ? rimes.flatMap((r) => [r, r.replace(/^hs/u, 's')]) : rimes;
  // Aspirates are written with the h first or second: ခ hk/kh (Hkun, Khin), ဖ hp/ph (Phyo), ထ ht/th.
  if (/^h[kpt]/u.test(rendered)) out = out.flatMap((r) => [r, r.replace(/^h([kpt])/u, '$1h')]);
  return out.length > 1 ? out.filter((r) => r !== rendered) : [];
}

/**
 * Romanises runs of Burmese script in `text`, leaving other characters as they are; `variant` is
 * told the other common spellings of a syllable whose rime registers write several ways.
 */
export function romaniseBurmese(text: string, variant?: (syllable: string, spellings: string[]) => void): string {
  const out: string[] = [];
  let current: Syllable | null = null;
  const flush = () => {
    if (current) {
      const rendered = renderSyllable(current);
      out.push(rendered);
      // Every syllable is reported, with or without other spellings: it is the reading of what was
      // written, so the matcher keeps it a name syllable (never the Swahili "na" = and).
      if (variant) variant(rendered, rimeAlternatives(current, rendered));
    }
    current = null;
  };
  const chars = Array.from(text);
  for (let i = 0; i < chars.length; i += 1) {
    const ch = chars[i];
    const next = chars[i + 1];
    if (ch in CONSONANTS) {
      if (next === ASAT || (next && /[\u1037\u1038]/u.test(next) && chars[i + 2] === ASAT)) {
        // A consonant killed by asat closes the current syllable.
        if (current) current.coda = CONSONANTS[ch] || '';
        else out.push(CONSONANTS[ch]);
        continue;
      }
      if (next === VIRAMA) {
        if (current) current.coda = CONSONANTS[ch] || '';
        i += 1;
        continue;
      }
      flush();
      current = { onset: CONSONANTS[ch], medials: '', vowels: '', coda: '' };
      continue;
    }
    if (ch in INDEPENDENT_VOWELS) {
      flush();
      current = { onset: '', medials: '', vowels: INDEPENDENT_VOWELS[ch], coda: '' };
      continue;
    }
    if (!current) {
      if (!/[\u1000-\u109f]/u.test(ch)) out.push(ch);
      continue;
    }
    switch (ch) {
      case '\u103b': current.medials += 'y'; break; // ya-pin
      case '\u103c': current.medials += 'y'; break; // ya-yit
      case '\u103d': current.medials += 'w'; break; // wa-hswe
      case '\u103e': current.medials += 'h'; break; // ha-htoe
      case '\u102b': case '\u102c': current.vowels += 'a'; break;
      case '\u102d': current.vowels += 'i'; break;
      case '\u102e': current.vowels = 'i'; break;
      case '\u102f': current.vowels += 'u'; break;
      case '\u1030': current.vowels = 'u'; break;
      case '\u1031': current.vowels = 'e' + current.vowels; break;
      case '\u1032': current.vowels = 'ai'; break;
      case '\u1036': current.vowels = current.vowels || 'an'; if (current.vowels !== 'an') current.coda = 'n'; break;
      case ASAT: case '\u1037': case '\u1038': break;
      default:
        if (!/[\u1000-\u109f]/u.test(ch)) {
          flush();
          out.push(ch);
        }
    }
  }
  flush();
  // Syllables of one word are written together in Burmese; conventional romanisation spaces them.
  return out.join(' ').replace(/ {2,}/g, ' ');
}
