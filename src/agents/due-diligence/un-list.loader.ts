import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import { yearsIn, type SanctionsEntry } from 'src/agents/due-diligence/sanctions-entry';

type XmlNode = Record<string, unknown>;

const REPEATED = new Set([
  'INDIVIDUAL', 'ENTITY', 'INDIVIDUAL_ALIAS', 'ENTITY_ALIAS', 'INDIVIDUAL_ADDRESS', 'ENTITY_ADDRESS', 'INDIVIDUAL_DATE_OF_BIRTH',
  'INDIVIDUAL_PLACE_OF_BIRTH', 'INDIVIDUAL_DOCUMENT', 'NATIONALITY', 'VALUE', 'LAST_DAY_UPDATED', 'DESIGNATION', 'TITLE', 'LIST_TYPE',
]);

function text(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'string' || typeof v === 'number') return String(v).trim();
  return '';
}

function nodes(v: unknown): XmlNode[] {
  if (!v) return [];
  return (Array.isArray(v) ? v : [v]).filter((x): x is XmlNode => typeof x === 'object' && x !== null);
}

function values(v: unknown): string[] {
  return nodes(v).flatMap((n) => (Array.isArray(n.VALUE) ? n.VALUE : [n.VALUE]).map(text)).filter(Boolean);
}

function dateOfBirth(n: XmlNode): string {
  if (text(n.DATE)) return text(n.DATE);
  if (text(n.YEAR)) return `${text(n.TYPE_OF_DATE) === 'APPROXIMATELY' ? 'circa ' : ''}${text(n.YEAR)}`;
  if (text(n.FROM_YEAR)) return `${text(n.FROM_YEAR)} to ${text(n.TO_YEAR)}`;
  return '';
}

/** Loads the UN Security Council consolidated list (official XML) and its generation date. */
export function loadUnList(path: string): { entries: SanctionsEntry[]; generated?: string } {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    parseTagValue: false,
    isArray: (name) => REPEATED.has(name),
  });
  const doc = parser.parse(readFileSync(path, 'utf8')) as { CONSOLIDATED_LIST?: XmlNode };
  const root = doc.CONSOLIDATED_LIST;
  if (!root) throw new Error(`${path}: no CONSOLIDATED_LIST element`);
  const generated = text(root['@dateGenerated']).slice(0, 10) || undefined;
  const entries: SanctionsEntry[] = [];

  for (const n of nodes((root.INDIVIDUALS as XmlNode | undefined)?.INDIVIDUAL)) {
    const name = [n.FIRST_NAME, n.SECOND_NAME, n.THIRD_NAME, n.FOURTH_NAME].map(text).filter(Boolean).join(' ');
    const dobs = nodes(n.INDIVIDUAL_DATE_OF_BIRTH).map(dateOfBirth).filter(Boolean);
    const addresses = nodes(n.INDIVIDUAL_ADDRESS).map((a) => [a.STREET, a.CITY, a.STATE_PROVINCE, a.COUNTRY].map(text).filter(Boolean).join(', ')).filter(Boolean);
    entries.push({
      list: 'un_sc',
      id: text(n.REFERENCE_NUMBER) || text(n.DATAID),
      name,
      type: 'individual',
      programs: [text(n.UN_LIST_TYPE)].filter(Boolean),
      aliases: [
        ...nodes(n.INDIVIDUAL_ALIAS).filter((a) => text(a.ALIAS_NAME)).map((a) => ({ name: text(a.ALIAS_NAME), kind: (text(a.QUALITY) || 'aka').toLowerCase() })),
        ...(text(n.NAME_ORIGINAL_SCRIPT) ? [{ name: text(n.NAME_ORIGINAL_SCRIPT), kind: 'original script' }] : []),
      ],
      countries: [...new Set([...values(n.NATIONALITY), ...nodes(n.INDIVIDUAL_ADDRESS).map((a) => text(a.COUNTRY)).filter(Boolean)])],
      addresses,
      datesOfBirth: dobs,
      birthYears: dobs.flatMap(yearsIn),
      identifiers: nodes(n.INDIVIDUAL_DOCUMENT).filter((d) => text(d.NUMBER)).map((d) => ({ type: text(d.TYPE_OF_DOCUMENT) || 'Document', value: text(d.NUMBER) })),
      remarks: text(n.COMMENTS1) || undefined,
      listedOn: text(n.LISTED_ON) || undefined,
    });
  }

  for (const n of nodes((root.ENTITIES as XmlNode | undefined)?.ENTITY)) {
    // Entities sometimes carry several names in FIRST_NAME separated by ";".
    const [first, ...others] = text(n.FIRST_NAME).split(/\s*;\s*/u).filter(Boolean);
    entries.push({
      list: 'un_sc',
      id: text(n.REFERENCE_NUMBER) || text(n.DATAID),
      name: first ?? '',
      type: 'entity',
      programs: [text(n.UN_LIST_TYPE)].filter(Boolean),
      aliases: [
        ...others.map((o) => ({ name: o, kind: 'aka' })),
        ...nodes(n.ENTITY_ALIAS).filter((a) => text(a.ALIAS_NAME)).map((a) => ({ name: text(a.ALIAS_NAME), kind: (text(a.QUALITY) || 'aka').replace(/\./gu, '').toLowerCase() })),
        ...(text(n.NAME_ORIGINAL_SCRIPT) ? [{ name: text(n.NAME_ORIGINAL_SCRIPT), kind: 'original script' }] : []),
      ],
      countries: [...new Set(nodes(n.ENTITY_ADDRESS).map((a) => text(a.COUNTRY)).filter(Boolean))],
      addresses: nodes(n.ENTITY_ADDRESS).map((a) => [a.STREET, a.CITY, a.STATE_PROVINCE, a.COUNTRY].map(text).filter(Boolean).join(', ')).filter(Boolean),
      datesOfBirth: [],
      birthYears: [],
      identifiers: [],
      remarks: text(n.COMMENTS1) || undefined,
      listedOn: text(n.LISTED_ON) || undefined,
    });
  }
  return { entries, generated };
}
