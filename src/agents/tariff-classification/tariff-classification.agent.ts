import { AgentError } from 'src/agents/agent';
import type {
  AgentAvailability,
  AgentContext,
  AgentDescriptor,
  AgentRequest,
  AgentService,
  FieldError,
  Interpretation,
} from 'src/agents/agent';
import { extractCountryOfOrigin } from 'src/agents/tariff-classification/country-of-origin';
import { HsClassifier } from 'src/agents/tariff-classification/hs-classifier';
import type { Candidate, Classification, ClassificationInput } from 'src/agents/tariff-classification/hs-classifier';
import { HsIndex } from 'src/agents/tariff-classification/hs-index';
import { NomenclatureUnavailableError, loadHsNomenclature, missingDataMessage } from 'src/agents/tariff-classification/hs-nomenclature';
import type { HsNomenclature } from 'src/agents/tariff-classification/hs-nomenclature';
import { ProductScope } from 'src/agents/tariff-classification/product-scope';
import type { ScopeVerdict, ServiceIntent } from 'src/agents/tariff-classification/product-scope';
import { tokenise } from 'src/agents/tariff-classification/text-normaliser';
import {
  TARIFF_INPUT_SCHEMA,
  TARIFF_OUTPUT_SCHEMA,
  TARIFF_EXAMPLE,
} from 'src/agents/tariff-classification/tariff-classification.schemas';

export const TARIFF_CLASSIFICATION_AGENT_ID = 'tariff_classification';
export const PRICE_PER_ITEM = 2;
export const MAX_BATCH_ITEMS = 1000;
const DEFAULT_TOP_K = 5;

/** One product to classify, as stored in the plan. */
export interface PlanItem {
  id: string;
  text: string;
  attributes: Record<string, string>;
  categoryPath: string[];
}

/** Plain JSON: stored with the task and replayed after a crash. */
export interface TariffPlan {
  mode: 'single' | 'batch';
  topK: number;
  items: PlanItem[];
}

export type ClassificationResultEntry = {
  hts_code: string;
  confidence_score: number;
  description: string;
  reasoning: string;
};

export type NomenclatureInfo = { edition: string; loaded_from: string; as_of: string };

export type SingleResult = {
  country_of_origin: string | null;
  country_of_origin_code: string | null;
  classification_results: ClassificationResultEntry[];
  nomenclature: NomenclatureInfo;
};

export type BatchResult = {
  items: Array<{
    id: string;
    country_of_origin: string | null;
    country_of_origin_code: string | null;
    classification_results: ClassificationResultEntry[];
    /** Why an item has no candidates (not a product, not English) or why its ranking is a guess. */
    note?: string;
  }>;
  nomenclature: NomenclatureInfo;
};

export type TariffResult = SingleResult | BatchResult;

/** Below this calibrated confidence a short description earns a question instead of a guess. */
const VAGUE_CONFIDENCE = 0.2;
const VAGUE_MAX_WORDS = 3;

const MATERIAL_QUALIFIER = /\bof (?:cotton|wool|synthetic|man-made|plastics|leather|rubber|wood|iron|steel|aluminium|glass|paper|textile|precious|base metal|silver|gold)/i;

const EXAMPLE_REQUEST = 'Send a product description such as "Stainless steel kitchen knife, made in Germany".';

/** What another service's request asks for, in the words of the refusal. */
const INTENT_LABELS: Record<ServiceIntent, string> = {
  booking: 'a booking',
  tracking: 'shipment tracking',
  screening: 'party screening or due diligence (the due_diligence_report agent does that)',
  writing: 'writing or translating text',
};

/** Keys of `extra` that carry product facts, mapped to the attribute names the classifier reads. */
const ATTRIBUTE_KEYS: Record<string, string> = { material: 'Material', use: 'Use', brand: 'Brand Name', type: 'Type', composition: 'Composition' };

export class TariffClassificationAgent implements AgentService<TariffPlan, TariffResult> {
  readonly descriptor: AgentDescriptor = {
    id: TARIFF_CLASSIFICATION_AGENT_ID,
    name: 'Tariff Classification',
    version: '1.0.0',
    description:
      'Maps a product description (optionally with material, use, category path and brand) to ranked HS 2022 ' +
      'subheadings with calibrated confidence, and extracts the country of origin. Deterministic and explainable: ' +
      'no language model and no network at run time. Batches of up to 1,000 items via extra.items.',
    inputSchema: TARIFF_INPUT_SCHEMA,
    outputSchema: TARIFF_OUTPUT_SCHEMA,
    pricePerRun: PRICE_PER_ITEM,
    timeoutSeconds: 120,
    example: TARIFF_EXAMPLE,
  };

  private classifier: HsClassifier | null = null;
  private index: HsIndex | null = null;
  private scope: ProductScope | null = null;
  private nomenclature: HsNomenclature | null = null;
  private unavailableReason: string;

  constructor(private readonly dataDir: string) {
    this.unavailableReason = missingDataMessage(dataDir, 'not loaded yet');
  }

  /** Builds the index; never throws, so the gateway starts and lists the agent as unavailable. */
  async load(): Promise<void> {
    try {
      this.nomenclature = await loadHsNomenclature(this.dataDir);
      this.index = new HsIndex(this.nomenclature);
      this.classifier = new HsClassifier(this.index);
      this.scope = new ProductScope(this.index);
    } catch (error) {
      this.classifier = null;
      this.index = null;
      this.scope = null;
      this.unavailableReason =
        error instanceof NomenclatureUnavailableError
          ? error.message
          : missingDataMessage(this.dataDir, error instanceof Error ? error.message : String(error));
    }
  }

  availability(): AgentAvailability {
    return this.classifier !== null ? { available: true } : { available: false, reason: this.unavailableReason };
  }

  interpret(request: AgentRequest): Interpretation<TariffPlan> {
    const extra = request.extra ?? {};
    const errors: FieldError[] = [];
    const topK = readTopK(extra.top_k, errors);
    const common = readCommonAttributes(extra, errors);
    if (extra.items !== undefined) {
      const items = readItems(extra.items, errors);
      if (errors.length > 0) return reject('The batch request has invalid fields.', errors);
      return {
        kind: 'accept',
        plan: { mode: 'batch', topK, items: items.map((item) => mergeCommon(item, common)) },
        price: PRICE_PER_ITEM * items.length,
        reasoning: [`Batch of ${items.length} item(s), priced ${PRICE_PER_ITEM} credits each.`],
      };
    }
    if (errors.length > 0) return reject('The request has invalid fields.', errors);

    const earlier = request.history.filter((turn) => turn.role === 'user').map((turn) => turn.text.trim());
    const text = [...earlier, request.text.trim()].filter((t) => t.length > 0).join('. ');
    const item = mergeCommon({ id: '1', text, attributes: {}, categoryPath: [] }, common);
    const described = item.text.length > 0 || Object.keys(item.attributes).length > 0 || item.categoryPath.length > 0;
    if (!described) {
      return reject('Describe the product to classify in `text`, e.g. "Cotton T-shirts for women, made in Mexico".', [
        { field: 'text', message: 'must describe a product' },
      ]);
    }
    const plan: TariffPlan = { mode: 'single', topK, items: [item] };
    if (this.classifier === null || this.scope === null) {
      // Without data the run ends TARGET_UNAVAILABLE in execute; scope checks need the index.
      return { kind: 'accept', plan, reasoning: ['Reference data is not loaded; the run will report how to load it.'] };
    }
    const askedBefore = request.history.some((turn) => turn.role === 'agent');
    // The ranking always finds some subheading, so whether the text names goods at all is decided first.
    const verdict = this.scope.assess(toInput(item, topK));
    switch (verdict.kind) {
      case 'out_of_scope':
        return {
          kind: 'reject',
          code: 'INVALID_REQUEST',
          message:
            verdict.intent === null
              ? `This agent classifies goods into Harmonized System (HS 2022) codes, and the text does not describe a product. ${EXAMPLE_REQUEST}`
              : `This agent classifies goods into Harmonized System (HS 2022) codes; the text asks for ${INTENT_LABELS[verdict.intent]}, ` +
                `which it does not do, and does not describe a product to classify. ${EXAMPLE_REQUEST}`,
          reasoning: [verdict.reasoning],
        };
      case 'not_english':
        if (askedBefore) {
          return { kind: 'reject', code: 'INVALID_REQUEST', message: `This agent reads product descriptions in English only. ${EXAMPLE_REQUEST}`, reasoning: [verdict.reasoning] };
        }
        return {
          kind: 'ask',
          question: 'This agent reads product descriptions in English. What is the product in English, what is it made of and what is it used for?',
          reasoning: [verdict.reasoning],
        };
      case 'vague':
        // One question per task: a second vague answer is classified with what it says.
        if (!askedBefore) return { kind: 'ask', question: vagueGoodsQuestion(verdict.generic, verdict.unknown), reasoning: [verdict.reasoning] };
        break;
      case 'goods':
        break;
    }
    const result = this.classifier.classify(toInput(item, topK));
    const { analysis } = result;
    // A description read from another language is counted in the English it was read as.
    const contentWords = tokenise(result.readings[0]?.english ?? text).length;
    const top = result.candidates[0];
    const vague = top === undefined || top.confidence < VAGUE_CONFIDENCE || (analysis.materials.length === 0 && this.materialDecides(result));
    if (!askedBefore && contentWords <= VAGUE_MAX_WORDS && vague) {
      return { kind: 'ask', question: this.question(result, text), reasoning: [verdict.reasoning, describeAnalysis(result)] };
    }
    return { kind: 'accept', plan, reasoning: [verdict.reasoning, describeAnalysis(result)] };
  }

  async execute(plan: TariffPlan, ctx: AgentContext): Promise<TariffResult> {
    const classifier = this.classifier;
    const nomenclature = this.nomenclature;
    if (classifier === null || nomenclature === null) {
      throw new AgentError('TARGET_UNAVAILABLE', this.unavailableReason);
    }
    const info: NomenclatureInfo = { edition: nomenclature.edition, loaded_from: nomenclature.loadedFrom, as_of: nomenclature.asOf };
    if (plan.mode === 'single') {
      const item = plan.items[0];
      ctx.throwIfAborted();
      const origin = extractCountryOfOrigin(item.text, item.attributes);
      await ctx.reason(origin === null ? 'Country of origin: not stated.' : `Country of origin: ${origin.name} (${origin.code}), from "${origin.evidence}".`);
      // What was extracted was already said while interpreting the request.
      const result = classifier.classify(toInput(item, plan.topK));
      for (const candidate of result.candidates.slice(0, 3)) {
        await ctx.reason(`${candidate.hsCode} (${candidate.confidence}): ${candidate.reasoning}`);
      }
      return {
        country_of_origin: origin?.name ?? null,
        country_of_origin_code: origin?.code ?? null,
        classification_results: result.candidates.map(toEntry),
        nomenclature: info,
      };
    }
    const items: BatchResult['items'] = [];
    const step = Math.max(1, Math.ceil(plan.items.length / 20));
    await ctx.progress(0, `Classifying ${plan.items.length} item(s).`);
    for (let i = 0; i < plan.items.length; i++) {
      ctx.throwIfAborted();
      const item = plan.items[i];
      const origin = extractCountryOfOrigin(item.text, item.attributes);
      const input = toInput(item, plan.topK);
      // Each line of a catalogue gets the single request's scope check; nobody is there to answer a
      // question, so a line that names no goods is reported instead of ranked, and a vague one is flagged.
      const verdict = this.scope?.assess(input);
      const refused = verdict?.kind === 'out_of_scope' || verdict?.kind === 'not_english';
      const result = refused ? null : classifier.classify(input);
      items.push({
        id: item.id,
        country_of_origin: origin?.name ?? null,
        country_of_origin_code: origin?.code ?? null,
        classification_results: result ? result.candidates.map(toEntry) : [],
        ...(verdict && verdict.kind !== 'goods' ? { note: batchNote(verdict) } : {}),
      });
      if ((i + 1) % step === 0 && i + 1 < plan.items.length) {
        await ctx.progress(Math.floor(((i + 1) / plan.items.length) * 100), `${i + 1} of ${plan.items.length} classified.`);
      }
    }
    const confident = items.filter((it) => (it.classification_results[0]?.confidence_score ?? 0) >= 0.5).length;
    await ctx.progress(100, `${items.length} item(s) classified; ${confident} with top confidence of at least 0.5.`);
    return { items, nomenclature: info };
  }

  /** Whether the proposed heading splits its subheadings by material, so a guess would be a coin toss. */
  private materialDecides(result: Classification): boolean {
    const hint = result.analysis.hints[0];
    const index = this.index;
    if (hint === undefined || index === null) return false;
    if (/^(?:61|62|64)/.test(hint.heading)) return true;
    const h = index.headingIndex(hint.heading.slice(0, 4));
    if (h === undefined) return false;
    return index.headings[h].leaves.filter((l) => MATERIAL_QUALIFIER.test(index.leaves[l].qualifier)).length >= 2;
  }

  /** A question about the fact the ranking is missing most. */
  private question(result: Classification, text: string): string {
    const { analysis } = result;
    const hint = analysis.hints[0];
    if (hint !== undefined && analysis.materials.length === 0) {
      if (this.materialDecides(result)) {
        return `What is the ${hint.terms[0]} made of (for example cotton, synthetic fibres, wool, leather, plastics or metal)? The material decides the subheading.`;
      }
      return `Can you say more about the ${hint.terms[0]}: what is it made of, and what is it used for?`;
    }
    if (analysis.materials.length > 0) {
      return `What is the article made of ${analysis.materials[0].replace('_', ' ')} and what is it used for? Under the General Rules of Interpretation the function usually decides the heading.`;
    }
    return `"${truncate(text, 60)}" is too general to classify. What is the product, what is it made of, and what is it used for?`;
  }
}

/** A question that names what was unclear: a generic word ("parts") or one the vocabulary does not know ("grobag"). */
function vagueGoodsQuestion(generic: string[], unknown: string[]): string {
  if (unknown.length > 0) {
    return `What is the ${unknown.slice(0, 2).join(' ')}: what kind of article is it, what is it made of and what is it used for?`;
  }
  if (generic.some((w) => /^(?:parts?|spares?|components?|accessor(?:y|ies))$/.test(w))) {
    return `Which machine, vehicle or article are the ${generic[generic.length - 1]} for, and what do they do? Parts suitable solely for one machine are classified with that machine.`;
  }
  return `Which goods are the ${generic[generic.length - 1]}? Name the article, what it is made of and what it is used for, for example "stainless steel kitchen knives".`;
}

function batchNote(verdict: Exclude<ScopeVerdict, { kind: 'goods' }>): string {
  switch (verdict.kind) {
    case 'out_of_scope':
      return `Not classified: the text does not describe a product. ${verdict.reasoning}`;
    case 'not_english':
      return `Not classified: product descriptions are read in English only. ${verdict.reasoning}`;
    case 'vague':
      return `Ranked, but the description is too vague to rely on: name the goods, their material and use. ${verdict.reasoning}`;
  }
}

function reject(message: string, errors: FieldError[]): Interpretation<TariffPlan> {
  return { kind: 'reject', code: 'INVALID_REQUEST', message, errors };
}

function truncate(text: string, n: number): string {
  return text.length > n ? `${text.slice(0, n - 1)}…` : text;
}

function toInput(item: PlanItem, topK: number): ClassificationInput {
  return { text: item.text, attributes: item.attributes, categoryPath: item.categoryPath, topK };
}

function toEntry(candidate: Candidate): ClassificationResultEntry {
  return {
    hts_code: candidate.hsCode,
    confidence_score: candidate.confidence,
    description: candidate.description,
    reasoning: candidate.reasoning,
  };
}

function describeAnalysis(result: Classification): string {
  const { analysis } = result;
  // How a foreign text was read is stated once, by the scope check before this.
  const parts = [
    `materials: ${analysis.materials.length > 0 ? analysis.materials.join(', ').replace(/_/g, ' ') : 'none stated'}`,
    `product words: ${analysis.hints.length > 0 ? analysis.hints.slice(0, 3).map((h) => `${h.terms.join('/')} → ${h.heading}`).join('; ') : 'none recognised'}`,
  ];
  if (analysis.gender !== null) parts.push(`for: ${analysis.gender}`);
  if (analysis.knitted !== null) parts.push(analysis.knitted ? 'knitted or crocheted' : 'woven');
  if (analysis.unknownWords.length > 0) parts.push(`ignored: ${analysis.unknownWords.slice(0, 6).join(', ')}`);
  return `Extracted ${parts.join('; ')}.`;
}

function readTopK(value: unknown, errors: FieldError[]): number {
  if (value === undefined) return DEFAULT_TOP_K;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 20) {
    errors.push({ field: 'extra.top_k', message: 'must be an integer from 1 to 20' });
    return DEFAULT_TOP_K;
  }
  return value;
}

interface CommonAttributes {
  attributes: Record<string, string>;
  categoryPath: string[];
  origin: string | null;
}

function readCommonAttributes(extra: Record<string, unknown>, errors: FieldError[]): CommonAttributes {
  const attributes: Record<string, string> = {};
  for (const [key, name] of Object.entries(ATTRIBUTE_KEYS)) {
    const value = extra[key];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string') errors.push({ field: `extra.${key}`, message: 'must be a string' });
    else if (value.trim().length > 0) attributes[name] = value.trim();
  }
  const category = extra.category_path ?? extra.category;
  const field = extra.category_path !== undefined ? 'extra.category_path' : 'extra.category';
  let categoryPath: string[] = [];
  if (typeof category === 'string') categoryPath = category.split(/\s*(?:>|\/|\|)\s*/).filter((p) => p.length > 0);
  else if (Array.isArray(category) && category.every((p) => typeof p === 'string')) categoryPath = category;
  else if (category !== undefined && category !== null) errors.push({ field, message: 'must be a string ("A > B > C") or an array of strings' });
  const rawOrigin = extra.country_of_origin ?? extra.origin;
  let origin: string | null = null;
  if (typeof rawOrigin === 'string' && rawOrigin.trim().length > 0) origin = rawOrigin.trim();
  else if (rawOrigin !== undefined && rawOrigin !== null) errors.push({ field: 'extra.country_of_origin', message: 'must be a string' });
  return { attributes, categoryPath, origin };
}

function mergeCommon(item: PlanItem, common: CommonAttributes): PlanItem {
  const attributes = { ...common.attributes, ...item.attributes };
  if (common.origin !== null && attributes['Country of origin'] === undefined) attributes['Country of origin'] = common.origin;
  return { ...item, attributes, categoryPath: item.categoryPath.length > 0 ? item.categoryPath : common.categoryPath };
}

function readItems(value: unknown, errors: FieldError[]): PlanItem[] {
  if (!Array.isArray(value)) {
    errors.push({ field: 'extra.items', message: 'must be an array of { id, text, attributes }' });
    return [];
  }
  if (value.length === 0) errors.push({ field: 'extra.items', message: 'must contain at least one item' });
  if (value.length > MAX_BATCH_ITEMS) {
    errors.push({ field: 'extra.items', message: `must contain at most ${MAX_BATCH_ITEMS} items (got ${value.length})` });
    return [];
  }
  const items: PlanItem[] = [];
  value.forEach((raw: unknown, i) => {
    const at = `extra.items[${i}]`;
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
      errors.push({ field: at, message: 'must be an object with a non-blank text' });
      return;
    }
    const record = raw as Record<string, unknown>;
    if (typeof record.text !== 'string' || record.text.trim().length === 0) {
      errors.push({ field: `${at}.text`, message: 'must be a non-blank string' });
      return;
    }
    const id = record.id === undefined ? String(i + 1) : record.id;
    if (typeof id !== 'string' && typeof id !== 'number') {
      errors.push({ field: `${at}.id`, message: 'must be a string or a number' });
      return;
    }
    const attributes: Record<string, string> = {};
    let categoryPath: string[] = [];
    if (record.attributes !== undefined && record.attributes !== null) {
      if (typeof record.attributes !== 'object' || Array.isArray(record.attributes)) {
        errors.push({ field: `${at}.attributes`, message: 'must be an object of strings' });
        return;
      }
      for (const [key, v] of Object.entries(record.attributes as Record<string, unknown>)) {
        if (/^category(?:_path)?$/i.test(key) && (typeof v === 'string' || Array.isArray(v))) {
          categoryPath = typeof v === 'string' ? v.split(/\s*(?:>|\/|\|)\s*/) : v.map(String);
        } else if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') {
          attributes[ATTRIBUTE_KEYS[key.toLowerCase()] ?? key] = String(v);
        }
      }
    }
    items.push({ id: String(id), text: record.text.trim(), attributes, categoryPath });
  });
  return items;
}
