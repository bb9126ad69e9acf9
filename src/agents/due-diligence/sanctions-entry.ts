/** A listed party as read from any of the official lists. */

export type ListId = 'ofac_sdn' | 'ofac_cons' | 'un_sc';
export type PartyType = 'entity' | 'individual' | 'vessel' | 'aircraft';

export interface ListedAlias {
  name: string;
  /** `aka`, `fka`, `nka`; UN alias quality `good`/`low`; `embedded` for a.k.a. in remarks. */
  kind: string;
}

export interface ListedIdentifier {
  type: string;
  value: string;
}

export interface SanctionsEntry {
  list: ListId;
  /** `ent_num` for OFAC, reference number (e.g. `CDi.001`) for the UN list. */
  id: string;
  name: string;
  type: PartyType;
  programs: string[];
  aliases: ListedAlias[];
  /** Country names as written on the list (addresses, nationality, citizenship, flag). */
  countries: string[];
  addresses: string[];
  /** Dates of birth as written ("12 Jan 1960", "circa 1958", "1962 to 1964"). */
  datesOfBirth: string[];
  /** Every year a date of birth mentions, for corroboration. */
  birthYears: number[];
  identifiers: ListedIdentifier[];
  remarks?: string;
  listedOn?: string;
}

export interface SanctionsListInfo {
  id: ListId;
  name: string;
  /** Date of the snapshot, from the file name or content; never "today". */
  asOf: string;
  asOfSource: string;
  files: string[];
  records: number;
  warnings: string[];
}

export const LIST_NAMES: Record<ListId, string> = {
  ofac_sdn: 'OFAC Specially Designated Nationals and Blocked Persons List (SDN)',
  ofac_cons: 'OFAC Consolidated Sanctions List (non-SDN)',
  un_sc: 'UN Security Council Consolidated List',
};

/** Years mentioned in a date-of-birth text, with ranges ("1962 to 1964") expanded. */
export function yearsIn(text: string): number[] {
  const years = [...text.matchAll(/\b(1[89]\d{2}|20\d{2})\b/gu)].map((m) => Number(m[1]));
  const range = /\b(1[89]\d{2}|20\d{2})\s*(?:to|-|–)\s*(1[89]\d{2}|20\d{2})\b/u.exec(text);
  if (range) {
    const [from, to] = [Number(range[1]), Number(range[2])];
    for (let y = from; y <= to && to - from <= 20; y += 1) years.push(y);
  }
  return [...new Set(years)];
}

/** Identifiers are compared without spaces, dashes and case. */
export function normaliseIdentifier(value: string): string {
  return value.replace(/[^A-Za-z0-9]/gu, '').toUpperCase();
}
