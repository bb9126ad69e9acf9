/**
 * A table of names, one per line, each written as its spellings separated by spaces (a "|" may
 * divide the spellings of one language from another's and is read as a space). Two spellings are
 * one name when some line holds both. `key` folds each spelling as the caller will look it up
 * (a Greek stem, say).
 */
export class NameSpellingTable {
  private readonly namesOf = new Map<string, number[]>();

  constructor(table: string, key: (spelling: string) => string = (spelling) => spelling) {
    table
      .split('\n')
      .filter((line) => line.trim().length > 0)
      .forEach((line, name) => {
        for (const spelling of line.replace('|', ' ').trim().split(/\s+/u)) {
          const k = key(spelling);
          const names = this.namesOf.get(k) ?? [];
          if (!names.includes(name)) names.push(name);
          this.namesOf.set(k, names);
        }
      });
  }

  /** Whether the table lists this (folded) spelling. */
  lists(spelling: string): boolean {
    return this.namesOf.has(spelling);
  }

  /** Whether the two (folded) spellings are listed as one name. */
  same(a: string, b: string): boolean {
    const namesA = this.namesOf.get(a);
    if (namesA === undefined) return false;
    const namesB = this.namesOf.get(b);
    return namesB !== undefined && namesA.some((name) => namesB.includes(name));
  }
}
