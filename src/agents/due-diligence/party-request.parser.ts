import type { FieldError } from 'src/agents/agent';
import type { CountryRiskTable } from 'src/agents/due-diligence/country-risk.loader';
import { CHAPTERS, type ChapterName } from 'src/agents/due-diligence/due-diligence-report.builder';
import type { PartyInput, PartyKind } from 'src/agents/due-diligence/party-screener';
import { hasScreeningIntent, namesAParty, stripCourtesies } from 'src/agents/due-diligence/request-wording';

export const MAX_BATCH = 10_000;

const OTHER_INTENTS = /\b(?:hs code|tariff|classify|classification|customs duty|forecast|demand|inventory|reorder|lead time|shipment tracking|track (?:my|the) shipment|invoice|weather|translate|write (?:me )?(?:a|an) (?:email|poem|letter))\b/iu;
const ROLE_WORDS = /^(?:the\s+)?(?:our\s+|my\s+|new\s+|a\s+|potential\s+)*(?:supplier|customer|vendor|counterparty|company|entity|party|client|buyer|seller|agent|distributor|vessel|ship|person|individual)\s*:?\s*/iu;

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() ? v.trim() : undefined;
}

function strList(v: unknown): string[] | undefined {
  if (typeof v === 'string' && v.trim()) return [v.trim()];
  if (Array.isArray(v)) {
    const out = v.filter((x): x is string => typeof x === 'string' && x.trim() !== '').map((x) => x.trim());
    return out.length ? out : undefined;
  }
  return undefined;
}

function kind(v: unknown): PartyKind | undefined | null {
  if (v === undefined || v === null || v === '') return undefined;
  if (typeof v !== 'string') return null;
  const t = v.toLowerCase();
  if (t === 'entity' || t === 'company' || t === 'organisation' || t === 'organization') return 'entity';
  if (t === 'individual' || t === 'person') return 'individual';
  if (t === 'vessel' || t === 'ship') return 'vessel';
  return null;
}

/** Validates one structured party from `extra`; `path` prefixes field errors. */
export function partyFromObject(v: unknown, path: string, errors: FieldError[], depth = 0): PartyInput | undefined {
  if (typeof v === 'string') return v.trim() ? { name: v.trim() } : undefined;
  if (typeof v !== 'object' || v === null || Array.isArray(v)) {
    errors.push({ field: path, message: 'must be an object with a name, or a name string' });
    return undefined;
  }
  const o = v as Record<string, unknown>;
  const name = str(o.name);
  if (!name) errors.push({ field: `${path}.name`, message: 'is required' });
  const type = kind(o.type);
  if (type === null) errors.push({ field: `${path}.type`, message: 'must be entity, individual or vessel' });
  const owners: PartyInput[] = [];
  if (o.owners !== undefined) {
    if (!Array.isArray(o.owners) || depth > 0) errors.push({ field: `${path}.owners`, message: depth > 0 ? 'owners of owners are not screened' : 'must be an array' });
    else o.owners.forEach((ow, i) => {
      const p = partyFromObject(ow, `${path}.owners[${i}]`, errors, depth + 1);
      if (p) owners.push(p);
    });
  }
  if (!name) return undefined;
  return {
    name,
    type: type ?? undefined,
    country: str(o.country),
    dateOfBirth: str(o.dateOfBirth) ?? str(o.date_of_birth) ?? str(o.dob),
    identifiers: strList(o.identifiers),
    aliases: strList(o.aliases),
    owners: owners.length ? owners : undefined,
  };
}

export function parseChapter(v: unknown, errors: FieldError[]): ChapterName | 'ALL' {
  if (v === undefined || v === null || v === '') return 'ALL';
  if (typeof v === 'string') {
    if (v.trim().toUpperCase() === 'ALL') return 'ALL';
    const hit = CHAPTERS.find((c) => c.toLowerCase() === v.trim().toLowerCase());
    if (hit) return hit;
  }
  errors.push({ field: 'chapter_name', message: `must be one of ALL, ${CHAPTERS.join(', ')}` });
  return 'ALL';
}

export type TextOutcome = { kind: 'party'; party: PartyInput } | { kind: 'chit-chat' } | { kind: 'other-intent' } | { kind: 'unclear'; missing: string };

/**
 * Reads a party from free text: "Acme Trading LLC, United Arab Emirates", "screen vessel MV Sea
 * Star (IMO 9187629)", "John Smith, born 1970-03-02, British". Country and identifiers are taken
 * from comma segments the country table or identifier patterns recognise; the rest is the name.
 */
export function partyFromText(text: string, countries: CountryRiskTable): TextOutcome {
  const t = text.trim();
  if (!t) return { kind: 'unclear', missing: 'the name of the party to screen' };
  if (OTHER_INTENTS.test(t) && !/\b(?:sanction|screen|due diligence|kyc|aml)\b/iu.test(t)) return { kind: 'other-intent' };
  // Without a party there is nothing to screen: a screening request is asked for the name, anything
  // else (greetings, questions about the agent, gibberish) is refused before any credit is taken.
  const intent = hasScreeningIntent(t);
  const noParty = (missing: string): TextOutcome => (intent ? { kind: 'unclear', missing } : { kind: 'chit-chat' });
  const unpunctuated = t.replace(/[?.!]+$/u, '');
  let rest = stripCourtesies(t).replace(/[?.!]+$/u, '');
  // Lower-case words name a party when the caller asked for a screening or typed only the name;
  // after "I want" or "tell me" they are conversation ("I want pizza").
  const lowerCaseName = intent || rest === unpunctuated;
  let type: PartyKind | undefined;
  if (/\b(?:vessel|ship|imo)\b/iu.test(rest) || /^(?:mv|m\/v|mt|m\/t)\s/iu.test(rest)) type = 'vessel';
  else if (/\b(?:person|individual|mr|mrs|ms|born|dob|date of birth|passport)\b/iu.test(rest)) type = 'individual';
  else if (/\b(?:company|supplier|customer|vendor|llc|ltd|limited|inc|gmbh|corp|co\.|s\.a\.|ooo|plc|fze|trading|bank)\b/iu.test(rest)) type = 'entity';
  rest = rest.replace(ROLE_WORDS, '');
  rest = rest.replace(/\s+(?:sanctioned|on (?:a|any|the) sanctions? lists?|listed)$/iu, '');
  const identifiers: string[] = [];
  rest = rest.replace(/\b(IMO)\s*(?:no\.?|number)?\s*(\d{7})\b/giu, (_m, _l: string, n: string) => {
    identifiers.push(n);
    return ' ';
  });
  rest = rest.replace(/\b(?:passport|id|registration|reg\.?|tax id|lei)\s*(?:no\.?|number|#)?\s*:?\s*([A-Z0-9][A-Z0-9-]{4,})\b/giu, (_m, n: string) => {
    identifiers.push(n);
    return ' ';
  });
  let dateOfBirth: string | undefined;
  rest = rest.replace(/\b(?:born(?: on| in)?|dob|date of birth)\s*:?\s*([0-9]{1,4}[-/. ][0-9A-Za-z]{1,9}[-/. ][0-9]{2,4}|[0-9]{4})\b/giu, (_m, d: string) => {
    dateOfBirth = d;
    return ' ';
  });
  rest = rest.replace(/\(\s*\)/gu, ' ');
  const segments = rest.split(/\s*[,;]\s*|\s+(?:in|from|based in|located in|registered in)\s+(?=[A-Z])/u).map((s) => s.trim()).filter(Boolean);
  let country: string | undefined;
  // Comma segments at the end that name a country (or a city, country) are the location.
  while (segments.length > 1) {
    const last = segments[segments.length - 1].replace(/^\(|\)$/gu, '');
    const c = countries.resolve(last);
    if (!c) break;
    country = country ?? c.name;
    segments.pop();
  }
  const paren = /\(([^()]+)\)\s*$/u.exec(segments[0] ?? '');
  if (paren && !country) {
    const c = countries.resolve(paren[1]);
    if (c) {
      country = c.name;
      segments[0] = segments[0].slice(0, paren.index).trim();
    }
  }
  const name = segments.join(', ').replace(/\s{2,}/gu, ' ').trim();
  // Designations such as "M23" or "P-532" are listed names; one letter alone is not.
  if (!name || name.replace(/[^\p{L}\p{N}]/gu, '').length < 2 || !/\p{L}/u.test(name)) return noParty('the name of the party to screen');
  if (/^(?:my|our|the|this|a|an)?\s*(?:supplier|customer|vendor|company|counterparty|party|client|them|it|someone|somebody)$/iu.test(name)) {
    return { kind: 'unclear', missing: 'the legal name of the party (and ideally its country)' };
  }
  if (!namesAParty(name, lowerCaseName)) return noParty('the name of the party to screen');
  // "Check Point Software Ltd", "Verify Systems": a capitalised verb that runs straight into a
  // capitalised name may be part of it. The name without the verb is screened, and with it as an
  // alias, so neither reading is missed.
  const verbLed = /^(Check|Screen|Verify|Vet|Investigate|Search)\s+(?=\p{Lu})/u.exec(t);
  const aliases = verbLed && name.startsWith(t.slice(verbLed[0].length, verbLed[0].length + Math.min(name.length, 12))) ? [`${verbLed[1]} ${name}`] : undefined;
  return { kind: 'party', party: { name, type, country, dateOfBirth, identifiers: identifiers.length ? identifiers : undefined, aliases } };
}
