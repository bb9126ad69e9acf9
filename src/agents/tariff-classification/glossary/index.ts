import type { ClassificationInput } from 'src/agents/tariff-classification/hs-classifier';
import type { HsIndex } from 'src/agents/tariff-classification/hs-index';
import { canonicalWord } from 'src/agents/tariff-classification/text-normaliser';
import type { WordNetLexicon } from 'src/common/wordnet-lexicon';
import { DescriptionReader } from 'src/agents/tariff-classification/glossary/description-reader';
import type { ForeignReading } from 'src/agents/tariff-classification/glossary/description-reader';
import type { GlossaryLanguage } from 'src/agents/tariff-classification/glossary/glossary-types';
import { ARABIC } from 'src/agents/tariff-classification/glossary/ar';
import { GERMAN } from 'src/agents/tariff-classification/glossary/de';
import { SPANISH } from 'src/agents/tariff-classification/glossary/es';
import { FRENCH } from 'src/agents/tariff-classification/glossary/fr';
import { HINDI } from 'src/agents/tariff-classification/glossary/hi';
import { INDONESIAN } from 'src/agents/tariff-classification/glossary/id';
import { ITALIAN } from 'src/agents/tariff-classification/glossary/it';
import { JAPANESE } from 'src/agents/tariff-classification/glossary/ja';
import { KOREAN } from 'src/agents/tariff-classification/glossary/ko';
import { DUTCH } from 'src/agents/tariff-classification/glossary/nl';
import { POLISH } from 'src/agents/tariff-classification/glossary/pl';
import { PORTUGUESE } from 'src/agents/tariff-classification/glossary/pt';
import { RUSSIAN } from 'src/agents/tariff-classification/glossary/ru';
import { THAI } from 'src/agents/tariff-classification/glossary/th';
import { TURKISH } from 'src/agents/tariff-classification/glossary/tr';
import { VIETNAMESE } from 'src/agents/tariff-classification/glossary/vi';
import { CHINESE } from 'src/agents/tariff-classification/glossary/zh';

/** Every trade glossary the agent reads descriptions through. */
export const GLOSSARIES: GlossaryLanguage[] = [
  CHINESE, JAPANESE, KOREAN, THAI, VIETNAMESE, INDONESIAN, SPANISH, PORTUGUESE, FRENCH, ITALIAN, GERMAN, RUSSIAN, TURKISH, DUTCH, HINDI, ARABIC, POLISH,
];

const readers = new WeakMap<HsIndex, DescriptionReader>();

/**
 * The reader over every glossary for this nomenclature, which takes a word as English when the
 * nomenclature or WordNet knows it. One per index, so the scope check and the ranking share its
 * cache and read each text once.
 */
export function createDescriptionReader(index: HsIndex, lexicon: WordNetLexicon | null): DescriptionReader {
  const known = readers.get(index);
  if (known !== undefined) return known;
  const inNomenclature = (word: string): boolean => {
    const canonical = canonicalWord(word);
    return canonical !== null && index.vocabulary.has(canonical);
  };
  const reader = new DescriptionReader(
    GLOSSARIES,
    (word) => {
      if (/\P{ASCII}/u.test(word)) return false;
      if (inNomenclature(word)) return true;
      const canonical = canonicalWord(word);
      return lexicon !== null && (lexicon.isCommonWord(word.toLowerCase()) || (canonical !== null && lexicon.has(canonical)));
    },
    // A glossary term is English too only when the nomenclature or everyday English uses it: WordNet
    // also lists rare loans ("tornillo", a shrub) that no English title writes.
    (word) => !/\P{ASCII}/u.test(word) && (inNomenclature(word) || (lexicon !== null && lexicon.isFamiliarWord(word.toLowerCase()))),
  );
  readers.set(index, reader);
  return reader;
}

/** The attribute that carries a foreign title's later clauses once its first names the goods. */
export const READING_DETAILS = 'details';

export interface EnglishInput {
  input: ClassificationInput;
  /** One reading per text that was written in another language (title, attributes, category levels). */
  readings: ForeignReading[];
}

/** The input with every foreign-language text replaced by its English reading. */
export function readInEnglish(input: ClassificationInput, reader: DescriptionReader | null): EnglishInput {
  if (reader === null) return { input, readings: [] };
  const readings: ForeignReading[] = [];
  const english = (text: string): string => {
    const reading = reader.read(text);
    if (reading === null || reading.english.length === 0) return text;
    readings.push(reading);
    return reading.english;
  };
  let text = english(input.text);
  const title = readings[0] ?? null;
  let attributes =
    input.attributes === undefined ? undefined : Object.fromEntries(Object.entries(input.attributes).map(([k, v]) => [k, typeof v === 'string' ? english(v) : v]));
  const categoryPath = input.categoryPath?.map(english);
  if (readings.length === 0) return { input, readings };
  // A listing written in clauses names the goods in the first clause that names any ("Cachaça
  // artesanal, garrafa 700 ml": a spirit, not a bottle); the other clauses are its details, read
  // as an attribute so that their nouns do not stand for the article.
  if (title !== null && title.clauses.length > 1) {
    const head = Math.max(0, title.clauses.findIndex((c) => c.namesGoods));
    text = title.clauses[head].english;
    const details = title.clauses.filter((_, k) => k !== head).map((c) => c.english).join(', ');
    attributes = { ...attributes, [READING_DETAILS]: details };
  }
  return { input: { ...input, text, attributes, categoryPath }, readings };
}

/** How a reading is explained: "Read from Vietnamese as "frozen shrimps": tôm = shrimps, đông lạnh = frozen." */
export function describeReading(reading: ForeignReading): string {
  const terms = reading.terms.map((t) => `${t.source} = ${t.english}`).join(', ');
  const unread = reading.unread.length > 0 ? ` Not in the glossary, kept as written or left out: ${reading.unread.join(', ')}.` : '';
  return `Read from ${reading.language} as "${reading.english}": ${terms}.${unread}`;
}

export { DescriptionReader };
export type { ForeignReading };
