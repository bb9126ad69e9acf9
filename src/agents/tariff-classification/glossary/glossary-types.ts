/**
 * A trade glossary of one language: the words of product descriptions (goods, materials, states,
 * processes, uses) with their English, so that a description written in that language can be read
 * by the English classifier.
 *
 * `entries` is a text block, one entry per line: `term|english|tag`.
 * - `term`: the word or phrase as written (lower case for cased scripts; diacritics kept).
 * - `english`: its English, in the nomenclature's wording where there is one ("shrimps", "hot-rolled").
 * - `tag`: `n` for a noun that names the goods ("shrimp", "mobile phone", "car"); `m` for a word that
 *   qualifies them (a material, state, process, use, property: "frozen", "cotton", "electric", "for women").
 * Longer phrases win over their parts when both are listed, so a fixed compound ("điện thoại thông
 * minh" = smartphone) is best listed whole. Blank lines and lines starting with `#` are ignored.
 */
export interface GlossaryLanguage {
  /** ISO 639-1 code, e.g. "vi". */
  code: string;
  /** English name of the language, e.g. "Vietnamese". */
  name: string;
  /**
   * Where the head noun stands among the nouns of a description: `first` in languages that put
   * qualifiers after the noun (Vietnamese "tôm đông lạnh", Spanish "camisetas de algodón"), `last`
   * where qualifiers come before it (Chinese "冷冻虾", Russian "замороженные креветки").
   */
  head: 'first' | 'last';
  /** Whether words are written without spaces between them (Chinese, Japanese, Thai). */
  unspaced: boolean;
  /** Whether nouns join into one written word that the reader should split into listed parts (German). */
  compounds?: boolean;
  /** Whether the language is also typed without its diacritics, so terms are found in that form too (Vietnamese). */
  typedWithoutAccents?: boolean;
  /**
   * For a Latin-script language, the letters beyond a–z it writes ("ñ", "ã", "ß"); a text with
   * letters outside them is more likely another language's. Omitted where the set is not checked.
   */
  letters?: string;
  entries: string;
  /** Function words to pass over (articles, prepositions, "of", "for", classifiers), space-separated. */
  skip: string;
}
