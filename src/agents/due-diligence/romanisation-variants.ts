/**
 * Comparing a Latin spelling with the alternative romanisations of a word written in another
 * script (Han readings, ambiguous Burmese rimes). Alternatives are compared after folding the
 * spellings that romanisation habits disagree on in these names: long vowels written ou/oo/oh/uu
 * (Satou, Satoh, Sato; Moon, Mun) and doubled letters.
 */

const foldCache = new Map<string, string>();

export function foldRomanisation(word: string): string {
  let f = foldCache.get(word);
  if (f === undefined) {
    f = word
      .toLowerCase()
      .replace(/[^a-z]/gu, '')
      .replace(/ou|oo|oh(?![aeiou])/gu, 'o')
      .replace(/uu/gu, 'u')
      .replace(/(.)\1+/gu, '$1');
    if (foldCache.size > 50_000) foldCache.clear();
    foldCache.set(word, f);
  }
  return f;
}

const VOICED: Array<[RegExp, string]> = [[/^k/u, 'g'], [/^s(?!h)/u, 'z'], [/^sh/u, 'j'], [/^t(?!s)/u, 'd'], [/^ch/u, 'j'], [/^[hf]/u, 'b'], [/^h/u, 'p']];

function voiced(reading: string): string[] {
  return VOICED.filter(([re]) => re.test(reading)).map(([re, v]) => reading.replace(re, v));
}

/** Whether `latin` is one alternative of `alternatives` (both folded). */
export function isAlternative(alternatives: readonly string[], latin: string): boolean {
  const target = foldRomanisation(latin);
  return target.length > 0 && alternatives.some((a) => foldRomanisation(a) === target);
}

/**
 * Whether `latin` is the concatenation of one alternative per position, in order: "Yamada" is
 * 山 yama + 田 da, "Jongun" is 正 jong + 恩 un. Folding is applied per part and to the whole, so a
 * doubled letter across the joint (Hattori) is accepted too.
 */
export function segmentsInto(latin: string, positions: ReadonlyArray<readonly string[]>): boolean {
  // Folding the whole word can merge a vowel pair that spans a joint (Hoshinoura = hoshi + no +
  // ura folds to "hoshinora"), so the letters as written are tried as well.
  const plain = latin.toLowerCase().replace(/[^a-z]/gu, '');
  return segments(foldRomanisation(latin), positions, foldRomanisation) || segments(plain, positions, (a) => a.toLowerCase());
}

function segments(target: string, positions: ReadonlyArray<readonly string[]>, fold: (a: string) => string): boolean {
  let reachable = new Set<number>([0]);
  positions.forEach((alternatives, position) => {
    if (!reachable.size) return;
    const next = new Set<number>();
    // Inside a Japanese compound name a reading may take its voiced form (rendaku): 文 fumi in
    // Hirobumi, 川 kawa in Ishigawa, 島 shima in Kojima.
    const spellings = position > 0 ? alternatives.flatMap((a) => [a, ...voiced(a)]) : alternatives;
    for (const at of reachable) {
      for (const a of spellings) {
        const f = fold(a);
        if (!f) continue;
        if (target.startsWith(f, at)) next.add(at + f.length);
        // "tt" folded to "t" in the whole word: the next part may start on the shared letter.
        else if (at > 0 && target[at - 1] === f[0] && target.startsWith(f.slice(1), at)) next.add(at + f.length - 1);
      }
    }
    reachable = next;
  });
  return reachable.has(target.length);
}
