/**
 * Greek names against their Latin spellings. Registers and passports romanise Greek by ELOT 743
 * (Alexandros, Nikolaos, Evangelos), older documents and English usage by other habits (Ch/Kh/H
 * for χ, Y/I for υ, e/i for η) and often give the English form of the name (Alexander, Nicholas,
 * Peter). So Greek text is romanised by the ELOT rules (the generic tables spell ευ as "ey" and
 * γγ as "gg"), and a Greek word is compared with a Latin one by a stem that folds those spelling
 * habits and drops the declension ending (-os, -as, -is, -es, -ou) and the English -er/-e/-us.
 */

const LETTERS: Record<string, string> = {
  α: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'i', θ: 'th', ι: 'i', κ: 'k', λ: 'l', μ: 'm', ν: 'n', ξ: 'x', ο: 'o',
  π: 'p', ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'y', φ: 'f', χ: 'ch', ψ: 'ps', ω: 'o',
};
/** Consonants before which αυ/ευ/ηυ are voiceless (af, ef, if). */
const VOICELESS = new Set('θκξπστφχψς'.split(''));
const GREEK = /[\u0370-\u03ff\u1f00-\u1fff]/u;

export function isGreek(text: string): boolean {
  return GREEK.test(text);
}

function romaniseWord(word: string): string {
  const w = word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  let out = '';
  for (let i = 0; i < w.length; i += 1) {
    const c = w[i];
    const n = w[i + 1] ?? '';
    const start = i === 0;
    if ((c === 'α' || c === 'ε' || c === 'η') && n === 'υ') {
      out += LETTERS[c] + (VOICELESS.has(w[i + 2] ?? 'σ') || i + 2 >= w.length ? 'f' : 'v');
      i += 1;
    } else if (c === 'ο' && n === 'υ') {
      out += 'ou';
      i += 1;
    } else if (c === 'γ' && (n === 'γ' || n === 'κ' || n === 'ξ' || n === 'χ')) {
      out += start && n === 'κ' ? 'g' : n === 'γ' ? 'ng' : n === 'κ' ? 'ng' : n === 'ξ' ? 'nx' : 'nch';
      i += 1;
    } else if (c === 'μ' && n === 'π') {
      out += start ? 'b' : 'mp';
      i += 1;
    } else if (c === 'ν' && n === 'τ') {
      out += start ? 'd' : 'nt';
      i += 1;
    } else {
      out += LETTERS[c] ?? c;
    }
  }
  return out;
}

/** ELOT 743 romanisation of the Greek words in `text`; other characters are kept. */
export function romaniseGreek(text: string): string {
  return text.replace(/[\u0370-\u03ff\u1f00-\u1fff]+/gu, (run) => {
    const r = romaniseWord(run);
    return run[0] === run[0].toUpperCase() && run[0] !== run[0].toLowerCase() ? r[0].toUpperCase() + r.slice(1) : r;
  });
}

/**
 * The part of a (romanised) Greek or Latin given name or surname that survives every spelling
 * and the declension: Alexandros and Alexander → "alixandr", Nikolaos and Nicholas → "nikol",
 * Giorgos and George → "jorg", Dimitrios and Demetrius → "dimitr".
 */
export function greekStem(word: string): string {
  let s = word.toLowerCase().replace(/[^a-z]/gu, '');
  s = s.replace(/ph/gu, 'f').replace(/th/gu, 't').replace(/kh|ch/gu, 'k').replace(/c/gu, 'k').replace(/x/gu, 'ks');
  s = s.replace(/ou/gu, 'u').replace(/y/gu, 'i').replace(/ai/gu, 'e').replace(/[eo]i/gu, 'i').replace(/e/gu, 'i').replace(/gg/gu, 'ng').replace(/w/gu, 'o');
  s = s.replace(/^(?:gi|i)(?=[aou])/u, 'j').replace(/^g(?=i[aiou])/u, 'j');
  s = s.replace(/(?:ios|os|as|is|us|ou|ir|a|i|o|u)$/u, (m) => (m === 'ir' ? 'r' : ''));
  s = s.replace(/[aiou]+$/u, '');
  return s.replace(/(.)\1+/gu, '$1');
}
