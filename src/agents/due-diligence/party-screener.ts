import type { CountryRiskTable } from 'src/agents/due-diligence/country-risk.loader';
import { compareNames, explainComparison, MATCH_THRESHOLD, type NameComparison, type TokenWeigher } from 'src/agents/due-diligence/name-matcher';
import { parseName, type NormalisedName } from 'src/agents/due-diligence/name-normaliser';
import { normaliseIdentifier, yearsIn, type SanctionsListInfo } from 'src/agents/due-diligence/sanctions-entry';
import type { NameHit, ScreeningIndex } from 'src/agents/due-diligence/screening-index';

export type PartyKind = 'entity' | 'individual' | 'vessel';

/** A party to screen, as the caller described it. Plain JSON: it travels in the task plan. */
export interface PartyInput {
  name: string;
  type?: PartyKind;
  country?: string;
  dateOfBirth?: string;
  identifiers?: string[];
  aliases?: string[];
  owners?: PartyInput[];
}

export interface PotentialMatch {
  list: string;
  listName: string;
  listAsOf: string;
  entryId: string;
  listedName: string;
  /** The listed name or alias that matched, and its kind (primary, aka, fka, ...). */
  matchedName: string;
  matchedNameKind: string;
  listedType: string;
  programs: string[];
  listedCountries: string[];
  listedDatesOfBirth: string[];
  /** Name similarity, 0–1. */
  nameScore: number;
  /** Name similarity adjusted by corroborating and contradicting facts, 0–1. */
  score: number;
  explanation: string;
  corroborating: string[];
  contradicting: string[];
  /** An identifier on the list equals one the caller gave. */
  identifierMatch: boolean;
}

export interface ScreeningContext {
  index: ScreeningIndex;
  countries: CountryRiskTable;
  lists: SanctionsListInfo[];
}

/** The names a party is searched under: its name, any embedded former names, and given aliases. */
export function queryNames(party: PartyInput): NormalisedName[] {
  const kind = { individual: party.type === 'individual', vessel: party.type === 'vessel' };
  const out: NormalisedName[] = [];
  for (const raw of [party.name, ...(party.aliases ?? [])]) {
    const parsed = parseName(raw, kind);
    out.push(parsed.primary, ...parsed.embeddedAliases);
    // Listed names are indexed without their bracketed acronyms too, so search that way as well.
    if (/\([^()]+\)/u.test(raw)) out.push(parseName(raw.replace(/\([^()]+\)/gu, ' '), kind).primary);
  }
  return out.filter((n) => n.tokens.length > 0);
}

function corroborate(hit: NameHit, party: PartyInput, ctx: ScreeningContext): Pick<PotentialMatch, 'corroborating' | 'contradicting' | 'identifierMatch' | 'score'> {
  const corroborating: string[] = [];
  const contradicting: string[] = [];
  let delta = 0;
  const e = hit.entry;
  const listedType = e.type === 'aircraft' ? 'vessel' : e.type;
  if (party.type) {
    if (party.type === listedType) {
      corroborating.push(`same party type (${e.type})`);
      delta += 0.01;
    } else if (party.type === 'individual' || listedType === 'individual') {
      contradicting.push(`party type differs: ${party.type} vs listed ${e.type}`);
      delta -= 0.15;
    } else {
      contradicting.push(`party type differs: ${party.type} vs listed ${e.type}`);
      delta -= 0.05;
    }
  }
  const country = ctx.countries.resolve(party.country);
  if (country) {
    // Country-named programmes (CUBA, IRAN, SYRIA) tie an entry to a country as much as an address does.
    const listed = [...e.countries, ...e.programs].map((c) => ctx.countries.resolve(c)?.iso2).filter(Boolean);
    if (listed.includes(country.iso2)) {
      corroborating.push(`country ${country.name} appears in the listed addresses, nationality or programme`);
      delta += 0.03;
    } else if (e.countries.length && e.type === 'individual') {
      // Listed addresses of companies include branches and agents abroad, so only a person's
      // nationality/address mismatch counts against a match, and only mildly.
      contradicting.push(`country ${country.name} not among listed countries (${e.countries.slice(0, 4).join(', ')})`);
      delta -= 0.05;
    }
  }
  if (party.dateOfBirth && e.birthYears.length) {
    const years = yearsIn(party.dateOfBirth);
    if (years.length) {
      const close = years.some((y) => e.birthYears.some((b) => Math.abs(b - y) <= 1));
      const exact = e.datesOfBirth.some((d) => normaliseDate(d) !== '' && normaliseDate(d) === normaliseDate(party.dateOfBirth ?? ''));
      if (exact) {
        corroborating.push(`date of birth ${party.dateOfBirth} equals listed ${e.datesOfBirth.join(' / ')}`);
        delta += 0.08;
      } else if (close) {
        corroborating.push(`birth year within a year of listed ${e.datesOfBirth.join(' / ')}`);
        delta += 0.04;
      } else {
        contradicting.push(`date of birth ${party.dateOfBirth} vs listed ${e.datesOfBirth.join(' / ')}`);
        delta -= 0.2;
      }
    }
  }
  let identifierMatch = false;
  if (party.identifiers?.length && e.identifiers.length) {
    const given = new Set(party.identifiers.map(normaliseIdentifier));
    const hitId = e.identifiers.find((i) => given.has(normaliseIdentifier(i.value)));
    if (hitId) {
      identifierMatch = true;
      corroborating.push(`identifier ${hitId.type} ${hitId.value} equals one given`);
      delta += 0.3;
    } else {
      contradicting.push(`none of the given identifiers appears among the listed ones (${e.identifiers.slice(0, 3).map((i) => `${i.type} ${i.value}`).join('; ')})`);
      delta -= 0.05;
    }
  }
  const score = Math.max(0, Math.min(1, hit.comparison.score + delta));
  return { corroborating, contradicting, identifierMatch, score: Math.round(score * 1000) / 1000 };
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** "12 Jan 1960", "1960-01-12" and "12/01/1960" all become "1960-01-12"; a bare year stays a year. */
function normaliseDate(text: string): string {
  const iso = /(\d{4})-(\d{2})-(\d{2})/u.exec(text);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const dmy = /(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4})/u.exec(text);
  if (dmy) {
    const m = MONTHS.indexOf(dmy[2].toLowerCase()) + 1;
    if (m > 0) return `${dmy[3]}-${String(m).padStart(2, '0')}-${dmy[1].padStart(2, '0')}`;
  }
  const slash = /(\d{1,2})[/.](\d{1,2})[/.](\d{4})/u.exec(text);
  if (slash) return `${slash[3]}-${slash[2].padStart(2, '0')}-${slash[1].padStart(2, '0')}`;
  return '';
}

/** Screens one party against every loaded list and explains each potential match. */
export function screenParty(party: PartyInput, ctx: ScreeningContext, threshold = MATCH_THRESHOLD): PotentialMatch[] {
  const hits = ctx.index.search(queryNames(party), threshold);
  const byList = new Map(ctx.lists.map((l) => [l.id, l]));
  return hits
    .map((hit): PotentialMatch => {
      const info = byList.get(hit.entry.list);
      return {
        list: hit.entry.list,
        listName: info?.name ?? hit.entry.list,
        listAsOf: info?.asOf ?? 'unknown',
        entryId: hit.entry.id,
        listedName: hit.entry.name,
        matchedName: hit.matchedName,
        matchedNameKind: hit.matchedKind,
        listedType: hit.entry.type,
        programs: hit.entry.programs,
        listedCountries: hit.entry.countries,
        listedDatesOfBirth: hit.entry.datesOfBirth,
        nameScore: hit.comparison.score,
        explanation: `name ${hit.comparison.score.toFixed(2)} against ${hit.matchedKind === 'primary' ? 'the listed name' : `${hit.matchedKind} alias`} "${hit.matchedName}": ${explainComparison(hit.comparison)}`,
        ...corroborate(hit, party, ctx),
      };
    })
    .sort((a, b) => b.score - a.score);
}

/**
 * Best comparison of two free-text names over their embedded former names, as the screener does;
 * `kind` is the party type both names are known to have, when it is known.
 */
export function scoreNamePair(a: string, b: string, weigh?: TokenWeigher, kind?: PartyKind): NameComparison {
  const options = { individual: kind === 'individual', vessel: kind === 'vessel' };
  const pa = parseName(a, options);
  const pb = parseName(b, options);
  let best: NameComparison | undefined;
  for (const x of [pa.primary, ...pa.embeddedAliases]) {
    for (const y of [pb.primary, ...pb.embeddedAliases]) {
      const c = compareNames(x, y, weigh);
      if (!best || c.score > best.score) best = c;
    }
  }
  return best ?? compareNames(pa.primary, pb.primary, weigh);
}
