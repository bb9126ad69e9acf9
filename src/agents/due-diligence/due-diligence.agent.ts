import { join } from 'node:path';
import type {
  AgentAvailability,
  AgentContext,
  AgentDescriptor,
  AgentRequest,
  AgentService,
  FieldError,
  Interpretation,
} from 'src/agents/agent';
import { CountryRiskTable } from 'src/agents/due-diligence/country-risk.loader';
import { buildReport, CHAPTERS, screenWithJurisdiction, type ChapterName } from 'src/agents/due-diligence/due-diligence-report.builder';
import { MATCH_THRESHOLD } from 'src/agents/due-diligence/name-matcher';
import { MAX_BATCH, parseChapter, partyFromObject, partyFromText } from 'src/agents/due-diligence/party-request.parser';
import { queryNames, type PartyInput } from 'src/agents/due-diligence/party-screener';
import type { SanctionsListInfo } from 'src/agents/due-diligence/sanctions-entry';
import { loadSanctionsLists } from 'src/agents/due-diligence/sanctions-lists.loader';
import { ScreeningIndex } from 'src/agents/due-diligence/screening-index';

export interface DueDiligencePlan {
  mode: 'single' | 'batch';
  chapter: ChapterName | 'ALL';
  parties: PartyInput[];
}

export type DueDiligenceResult = Record<string, unknown>;

const PRICE_PER_RUN = 3;
/** Credits per party in a batch (rounded up for the whole batch, never below one run). */
const PRICE_PER_BATCH_PARTY = 0.2;

const partySchema = {
  type: 'object',
  required: ['name'],
  properties: {
    name: { type: 'string' },
    type: { type: 'string', enum: ['entity', 'individual', 'vessel'] },
    country: { type: 'string', description: 'Country name or ISO code' },
    dateOfBirth: { type: 'string', description: 'Individuals: YYYY-MM-DD or year' },
    identifiers: { type: 'array', items: { type: 'string' }, description: 'IMO, passport, registration or tax numbers' },
    aliases: { type: 'array', items: { type: 'string' } },
    owners: { type: 'array', items: { type: 'object' }, description: 'Owners or controllers, each screened too' },
  },
};

/**
 * Screens counterparties against the OFAC SDN, OFAC consolidated non-SDN and UN Security Council
 * lists and reports jurisdiction risk, from dated snapshots in the reference-data directory.
 */
export class DueDiligenceAgent implements AgentService<DueDiligencePlan, DueDiligenceResult> {
  readonly descriptor: AgentDescriptor = {
    id: 'due_diligence_report',
    name: 'Due Diligence Report',
    version: '1.0.0',
    description:
      'Screens a supplier, customer, vessel or person against the OFAC SDN, OFAC non-SDN consolidated and UN Security Council ' +
      'lists (fuzzy, transliteration-aware matching with explanations) and reports FATF, corruption and governance indicators ' +
      'for its country, with a clear/review/block rating. Lists are dated snapshots and the report says so.',
    inputSchema: {
      type: 'object',
      required: ['text'],
      properties: {
        text: { type: 'string', description: 'The party, e.g. "Acme Trading LLC, United Arab Emirates"' },
        extra: {
          type: 'object',
          properties: {
            ...partySchema.properties,
            chapter_name: { type: 'string', enum: ['ALL', ...CHAPTERS] },
            parties: { type: 'array', maxItems: MAX_BATCH, items: partySchema, description: 'Batch screening (up to 10,000 parties)' },
          },
        },
      },
    },
    outputSchema: {
      type: 'object',
      properties: {
        party: partySchema,
        rating: { type: 'string', enum: ['clear', 'review', 'block'] },
        lists: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' }, asOf: { type: 'string' }, records: { type: 'number' } } } },
        chapters: { type: 'array', items: { type: 'object', properties: { chapter_name: { type: 'string', enum: [...CHAPTERS] } } } },
        summary: { type: 'object', description: 'Batch only: counts per rating' },
        results: { type: 'array', description: 'Batch only: one row per party', items: { type: 'object' } },
      },
    },
    pricePerRun: PRICE_PER_RUN,
    timeoutSeconds: 900,
    example: {
      text: 'Acme Trading LLC, United Arab Emirates',
      extra: { chapter_name: 'ALL' },
      result: {
        party: { name: 'Acme Trading LLC', type: 'entity', country: 'United Arab Emirates' },
        rating: 'clear',
        lists: [{ id: 'ofac_sdn', name: 'OFAC Specially Designated Nationals and Blocked Persons List (SDN)', asOf: '2024-05-03', records: 14965 }],
        chapters: [{ chapter_name: 'Summary', rating: 'clear', reasons: ['no listed name scored at or above the match threshold and no jurisdiction flag applies'] }],
      },
    },
  };

  private index?: ScreeningIndex;
  private countries?: CountryRiskTable;
  private lists: SanctionsListInfo[] = [];
  private unavailableReason?: string = 'reference data not loaded yet';

  constructor(private readonly dataDir: string) {}

  /** Loads the lists and builds the index. Never throws: failures make the agent unavailable. */
  async load(): Promise<void> {
    await Promise.resolve();
    try {
      const loaded = loadSanctionsLists(this.dataDir);
      const countries = new CountryRiskTable(join(this.dataDir, 'country-risk'));
      countries.load();
      this.index = new ScreeningIndex(loaded.entries);
      this.lists = loaded.lists;
      this.countries = countries;
      this.unavailableReason = undefined;
    } catch (e) {
      this.unavailableReason =
        `Sanctions/country-risk reference data unusable in ${this.dataDir}: ${(e as Error).message}. ` +
        'Run `npm run sync:data` to download the official lists, or set REFERENCE_DATA_DIR to a directory holding sanctions/ and country-risk/.';
    }
  }

  availability(): AgentAvailability {
    return this.unavailableReason ? { available: false, reason: this.unavailableReason } : { available: true };
  }

  /** Loaded lists and their as-of dates (empty until `load` succeeded). */
  get loadedLists(): SanctionsListInfo[] {
    return this.lists;
  }

  interpret(request: AgentRequest): Interpretation<DueDiligencePlan> {
    const errors: FieldError[] = [];
    const extra = request.extra ?? {};
    const chapter = parseChapter(extra.chapter_name, errors);

    if (extra.parties !== undefined) {
      if (!Array.isArray(extra.parties) || extra.parties.length === 0) {
        errors.push({ field: 'parties', message: 'must be a non-empty array of parties' });
      } else if (extra.parties.length > MAX_BATCH) {
        errors.push({ field: 'parties', message: `at most ${MAX_BATCH} parties per task (got ${extra.parties.length})` });
      }
      const parties = Array.isArray(extra.parties) && extra.parties.length <= MAX_BATCH
        ? extra.parties.map((p, i) => partyFromObject(p, `parties[${i}]`, errors)).filter((p): p is PartyInput => Boolean(p))
        : [];
      if (errors.length) return { kind: 'reject', code: 'INVALID_REQUEST', message: 'The batch of parties is not valid.', errors: errors.slice(0, 50) };
      return {
        kind: 'accept',
        plan: { mode: 'batch', chapter, parties },
        price: Math.max(PRICE_PER_RUN, Math.ceil(parties.length * PRICE_PER_BATCH_PARTY)),
        reasoning: [`Batch screening of ${parties.length} parties against ${this.lists.map((l) => `${l.id} (as of ${l.asOf})`).join(', ') || 'the configured lists'}.`],
      };
    }

    let party: PartyInput | undefined;
    if (extra.name !== undefined) {
      party = partyFromObject({ ...extra, chapter_name: undefined, parties: undefined }, 'extra', errors);
    }
    if (errors.length) return { kind: 'reject', code: 'INVALID_REQUEST', message: 'Some fields of the request are not valid.', errors };

    if (!party) {
      if (!this.countries) return { kind: 'reject', code: 'INVALID_REQUEST', message: this.unavailableReason ?? 'reference data not loaded' };
      const earlier = (request.history ?? []).filter((t) => t.role === 'user').map((t) => t.text.trim()).filter(Boolean);
      const combined = [...earlier, request.text ?? ''].filter(Boolean).join(', ');
      const outcome = partyFromText(combined, this.countries);
      switch (outcome.kind) {
        case 'chit-chat':
          return { kind: 'reject', code: 'INVALID_REQUEST', message: 'This agent screens a counterparty: send its name and country, e.g. "Acme Trading LLC, United Arab Emirates".' };
        case 'other-intent':
          return { kind: 'reject', code: 'INVALID_INTENT', message: 'This agent only does sanctions and jurisdiction due diligence on a named party; this request asks for something else.' };
        case 'unclear':
          return { kind: 'ask', question: `Which party should be screened? Please give ${outcome.missing}, e.g. "Acme Trading LLC, United Arab Emirates".` };
        case 'party':
          party = outcome.party;
          break;
      }
    }

    const question = this.ambiguity(party, request.history?.filter((t) => t.role === 'agent').length ?? 0);
    if (question) return { kind: 'ask', question };
    return {
      kind: 'accept',
      plan: { mode: 'single', chapter, parties: [party] },
      reasoning: [
        `Party understood: "${party.name}"${party.type ? ` (${party.type})` : ''}${party.country ? `, country ${party.country}` : ', country not given'}${party.dateOfBirth ? `, born ${party.dateOfBirth}` : ''}${party.identifiers ? `, identifiers ${party.identifiers.join(', ')}` : ''}.`,
        `Report chapters: ${chapter}.`,
      ],
    };
  }

  /**
   * Asks for more when the name alone fits several distinct listed parties closely and nothing
   * (country, date of birth, identifier) was given to tell them apart; asks once, then proceeds.
   */
  private ambiguity(party: PartyInput, questionsAsked: number): string | undefined {
    if (!this.index || questionsAsked > 0 || party.country || party.dateOfBirth || party.identifiers?.length) return undefined;
    const hits = this.index.search(queryNames(party), 0.95);
    const distinct = new Map<string, (typeof hits)[number]>();
    for (const h of hits) {
      const key = `${h.entry.name}|${h.entry.countries.join(',')}|${h.entry.datesOfBirth.join(',')}`;
      if (!distinct.has(key)) distinct.set(key, h);
    }
    const people = [...distinct.values()];
    const differ = new Set(people.map((h) => `${h.entry.countries[0] ?? ''}|${h.entry.birthYears[0] ?? ''}|${h.entry.type}`)).size > 1;
    if (people.length < 2 || !differ) return undefined;
    const examples = people.slice(0, 3).map((h) => `${h.entry.name} (${h.entry.list} ${h.entry.id}${h.entry.countries[0] ? `, ${h.entry.countries[0]}` : ''}${h.entry.datesOfBirth[0] ? `, DOB ${h.entry.datesOfBirth[0]}` : ''})`);
    return (
      `"${party.name}" closely matches ${people.length} different listed parties, e.g. ${examples.join('; ')}. ` +
      'To tell them apart, please give the country and, for a person, the date of birth, or an identifier (registration number, passport, IMO).'
    );
  }

  async execute(plan: DueDiligencePlan, ctx: AgentContext): Promise<DueDiligenceResult> {
    const index = this.index;
    const countries = this.countries;
    if (!index || !countries) throw new Error(this.unavailableReason ?? 'reference data not loaded');
    const reportCtx = { index, countries, lists: this.lists, fatfPlenary: countries.fatfPlenary, countryRiskWarnings: countries.warnings };
    await ctx.reason(`Lists: ${this.lists.map((l) => `${l.name} as of ${l.asOf} (${l.records} records)`).join('; ')}. These are snapshots, not the current lists.`);

    if (plan.mode === 'single') {
      const party = plan.parties[0];
      await ctx.reason(`Screening "${party.name}"${party.country ? ` (${party.country})` : ''}: names searched ${queryNames(party).length}, threshold ${MATCH_THRESHOLD}.`);
      ctx.throwIfAborted();
      const report = buildReport(party, plan.chapter, reportCtx);
      const summary = screenWithJurisdiction(party, reportCtx);
      await ctx.reason(
        summary.matches.length
          ? `${summary.matches.length} potential match(es); decisive: ${summary.matches[0].explanation}${summary.matches[0].corroborating.length ? `; corroborated by ${summary.matches[0].corroborating.join(', ')}` : ''}${summary.matches[0].contradicting.length ? `; contradicted by ${summary.matches[0].contradicting.join(', ')}` : ''}.`
          : 'No listed name or alias reached the threshold.',
      );
      await ctx.reason(`Rating ${String(report.rating)}.`);
      return report;
    }

    const total = plan.parties.length;
    // About one frame per 2% of the batch, and at least one per 500 parties on very large batches.
    const step = Math.max(1, Math.min(500, Math.ceil(total / 50)));
    const results: Array<Record<string, unknown>> = [];
    const counts = { clear: 0, review: 0, block: 0 };
    for (let i = 0; i < total; i += 1) {
      if (i % 100 === 0) ctx.throwIfAborted();
      const s = screenWithJurisdiction(plan.parties[i], reportCtx);
      counts[s.rating] += 1;
      results.push({
        index: i,
        name: s.party.name,
        country: s.party.country ?? null,
        rating: s.rating,
        reasons: s.reasons,
        potentialMatches: s.matches.slice(0, 5).map((m) => ({ list: m.list, listAsOf: m.listAsOf, entryId: m.entryId, listedName: m.listedName, matchedName: m.matchedName, programs: m.programs, score: m.score, explanation: m.explanation })),
        fatf: s.jurisdiction?.fatf.status ?? null,
      });
      if ((i + 1) % step === 0 && i + 1 < total) await ctx.progress(Math.floor(((i + 1) / total) * 100), `${i + 1}/${total} parties screened`);
    }
    await ctx.progress(100, `${total}/${total} parties screened`);
    await ctx.reason(`Batch done: ${counts.block} block, ${counts.review} review, ${counts.clear} clear.`);
    return {
      mode: 'batch',
      lists: this.lists.map((l) => ({ id: l.id, name: l.name, asOf: l.asOf, records: l.records })),
      summary: { parties: total, ...counts },
      results,
      disclaimer: `Screened against dated snapshots (${this.lists.map((l) => `${l.id} as of ${l.asOf}`).join(', ')}), not the current lists.`,
    };
  }
}
