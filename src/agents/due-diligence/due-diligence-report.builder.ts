import type { JurisdictionRisk } from 'src/agents/due-diligence/country-risk.loader';
import { screenParty, type PartyInput, type PotentialMatch, type ScreeningContext } from 'src/agents/due-diligence/party-screener';

export const CHAPTERS = ['Sanctions Screening', 'Jurisdiction Risk', 'Ownership and Control', 'Summary'] as const;
export type ChapterName = (typeof CHAPTERS)[number];
export type Rating = 'clear' | 'review' | 'block';

export interface PartyScreening {
  party: PartyInput;
  matches: PotentialMatch[];
  jurisdiction: JurisdictionRisk | null;
  rating: Rating;
  reasons: string[];
}

const NAME_BLOCK = 0.95;

/** The rating rules, stated so a reviewer can audit them. */
export function rate(matches: PotentialMatch[], jurisdiction: JurisdictionRisk | null): { rating: Rating; reasons: string[] } {
  const reasons: string[] = [];
  let rating: Rating = 'clear';
  const strong = matches.filter((m) => m.identifierMatch || (m.nameScore >= NAME_BLOCK && m.corroborating.length > 0 && m.contradicting.length === 0 && m.score >= NAME_BLOCK));
  if (strong.length) {
    rating = 'block';
    for (const m of strong.slice(0, 3)) reasons.push(`strong match on ${m.listName} (${m.entryId} "${m.listedName}", ${m.programs.join(', ') || 'no program'}): ${m.identifierMatch ? 'identifier equal' : `name ${m.nameScore.toFixed(2)} and ${m.corroborating.join('; ')}`}`);
  } else if (matches.length) {
    rating = 'review';
    const contradicted = matches.filter((m) => m.contradicting.length > 0);
    reasons.push(
      `${matches.length} potential match(es) on the sanctions lists, best ${matches[0].entryId} "${matches[0].listedName}" (${matches[0].listName}) at ${matches[0].score.toFixed(2)}` +
        (contradicted.length === matches.length ? '; every one is contradicted by a given fact (likely false positives, confirm and record)' : ''),
    );
  }
  if (jurisdiction?.fatf.status === 'call_for_action') {
    if (rating === 'clear') rating = 'review';
    reasons.push(`${jurisdiction.country.name}: FATF call for action (${jurisdiction.fatf.action ?? ''}); comprehensive sanctions programmes may apply`);
  } else if (jurisdiction?.flags.length) {
    if (rating === 'clear' && jurisdiction.fatf.status === 'increased_monitoring') rating = 'review';
    reasons.push(`${jurisdiction.country.name}: ${jurisdiction.flags.join('; ')}`);
  }
  if (rating === 'clear') reasons.push('no listed name scored at or above the match threshold and no jurisdiction flag applies');
  return { rating, reasons };
}

export function screenWithJurisdiction(party: PartyInput, ctx: ScreeningContext): PartyScreening {
  const matches = screenParty(party, ctx);
  const country = ctx.countries.resolve(party.country);
  const jurisdiction = country ? ctx.countries.assess(country) : null;
  return { party, matches, jurisdiction, ...rate(matches, jurisdiction) };
}

function humanDecision(rating: Rating, s: PartyScreening): string[] {
  const d: string[] = [];
  if (rating === 'block') d.push('Confirm the identity match against the listing, then stop the relationship and follow the blocking/reporting procedure of the applicable programme.');
  if (s.matches.length) d.push('For each potential match: decide true or false positive using documents (registration extract, passport, IMO) and record the reason.');
  if (s.jurisdiction && s.jurisdiction.fatf.status !== 'not_listed') d.push(`Decide whether enhanced due diligence is required for a counterparty in ${s.jurisdiction.country.name}.`);
  if (!s.party.country) d.push('The country was not given: confirm it, as jurisdiction risk could not be assessed.');
  if (!s.party.owners?.length && s.party.type !== 'individual') d.push('Beneficial owners were not given: obtain them (25% threshold or local rule) and screen them.');
  if (!d.length) d.push('No decision needed beyond filing this report; re-screen when the lists change.');
  return d;
}

export interface ReportContext extends ScreeningContext {
  fatfPlenary: string;
  countryRiskWarnings: string[];
}

/** The single-party report (`content.data`), restricted to one chapter when asked. */
export function buildReport(party: PartyInput, chapter: ChapterName | 'ALL', ctx: ReportContext): Record<string, unknown> {
  const main = screenWithJurisdiction(party, ctx);
  const owners = (party.owners ?? []).map((o) => screenWithJurisdiction({ ...o, type: o.type }, ctx));
  let rating = main.rating;
  const reasons = [...main.reasons];
  for (const o of owners) {
    if (o.rating === 'block') rating = 'block';
    else if (o.rating === 'review' && rating === 'clear') rating = 'review';
    if (o.rating !== 'clear') reasons.push(`owner "${o.party.name}": ${o.reasons.join('; ')}`);
  }
  const listsUsed = ctx.lists.map((l) => ({ id: l.id, name: l.name, asOf: l.asOf, asOfSource: l.asOfSource, records: l.records, warnings: l.warnings }));
  const chapters: Record<ChapterName, Record<string, unknown>> = {
    'Sanctions Screening': {
      threshold: 'name similarity ≥ 0.84 (production threshold) on the primary name or any alias',
      lists: listsUsed.map((l) => `${l.name}, snapshot as of ${l.asOf} (${l.records} records)`),
      potentialMatches: main.matches,
      note: main.matches.length ? undefined : 'No listed name or alias scored at or above the threshold.',
    },
    'Jurisdiction Risk': main.jurisdiction
      ? { ...main.jurisdiction, fatfListAsOf: ctx.fatfPlenary, warnings: ctx.countryRiskWarnings }
      : { country: party.country ?? null, note: party.country ? `Country "${party.country}" not recognised: no jurisdiction indicators.` : 'No country given: no jurisdiction indicators.' },
    'Ownership and Control': {
      owners: owners.map((o) => ({ party: o.party, rating: o.rating, reasons: o.reasons, potentialMatches: o.matches, jurisdiction: o.jurisdiction && { country: o.jurisdiction.country, fatf: o.jurisdiction.fatf, flags: o.jurisdiction.flags } })),
      note: owners.length ? undefined : 'No owners were given in the request; ownership and control could not be screened.',
    },
    Summary: {
      rating,
      reasons,
      humanDecisions: humanDecision(rating, main),
      disclaimer: `Screened against dated snapshots (${listsUsed.map((l) => `${l.id} as of ${l.asOf}`).join(', ')}), not the current lists. Designations made after these dates are not covered.`,
    },
  };
  const selected = chapter === 'ALL' ? CHAPTERS : [chapter];
  return {
    party,
    rating,
    lists: listsUsed,
    chapters: selected.map((name) => ({ chapter_name: name, ...chapters[name] })),
  };
}
