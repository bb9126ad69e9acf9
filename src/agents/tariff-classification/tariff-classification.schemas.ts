import type { JsonSchema } from 'src/agents/agent';

/** Published in the manifest; kept apart from the agent so the schemas read as one document. */

const candidate: JsonSchema = {
  type: 'object',
  required: ['hts_code', 'confidence_score', 'description', 'reasoning'],
  properties: {
    hts_code: { type: 'string', pattern: '^\\d{4}\\.\\d{2}$', description: 'HS 2022 subheading, dotted (e.g. "6109.10").' },
    confidence_score: { type: 'number', minimum: 0, maximum: 1, description: 'Calibrated probability that this 6-digit code is right.' },
    description: { type: 'string', description: 'Nomenclature text of the subheading.' },
    reasoning: { type: 'string', description: 'What matched and why.' },
  },
};

const nomenclature: JsonSchema = {
  type: 'object',
  required: ['edition', 'loaded_from', 'as_of'],
  properties: { edition: { type: 'string' }, loaded_from: { type: 'string' }, as_of: { type: 'string', format: 'date-time' } },
};

const origin = {
  country_of_origin: { type: ['string', 'null'], description: 'Country of origin read from the text or attributes.' },
  country_of_origin_code: { type: ['string', 'null'], description: 'ISO 3166-1 alpha-2 code of the country of origin.' },
};

export const TARIFF_INPUT_SCHEMA: JsonSchema = {
  type: 'object',
  required: ['text'],
  properties: {
    text: { type: 'string', description: 'Product description, e.g. "Cotton T-shirts for women, 100% cotton, made in Mexico".' },
    extra: {
      type: 'object',
      properties: {
        material: { type: 'string', description: 'Main material, e.g. "100% cotton".' },
        use: { type: 'string', description: 'What the product is used for.' },
        category: {
          oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
          description: 'Catalogue category path, "A > B > C" or an array, broadest first (alias: category_path).',
        },
        brand: { type: 'string' },
        country_of_origin: { type: 'string', description: 'Known origin, when not in the text.' },
        top_k: { type: 'integer', minimum: 1, maximum: 20, default: 5 },
        items: {
          type: 'array',
          maxItems: 1000,
          description: 'Batch mode: each item is classified on its own; price is 2 credits per item.',
          items: {
            type: 'object',
            required: ['text'],
            properties: {
              id: { type: ['string', 'number'] },
              text: { type: 'string', minLength: 1 },
              attributes: { type: 'object', additionalProperties: { type: ['string', 'number', 'boolean'] } },
            },
          },
        },
      },
    },
  },
};

export const TARIFF_OUTPUT_SCHEMA: JsonSchema = {
  oneOf: [
    {
      title: 'Single description',
      type: 'object',
      required: ['country_of_origin', 'classification_results', 'nomenclature'],
      properties: { ...origin, classification_results: { type: 'array', items: candidate }, nomenclature },
    },
    {
      title: 'Batch (extra.items)',
      type: 'object',
      required: ['items', 'nomenclature'],
      properties: {
        items: {
          type: 'array',
          items: {
            type: 'object',
            required: ['id', 'country_of_origin', 'classification_results'],
            properties: {
              id: { type: 'string' },
              ...origin,
              classification_results: { type: 'array', items: candidate },
              note: { type: 'string', description: 'Present when the line names no goods (no candidates) or is too vague to rely on.' },
            },
          },
        },
        nomenclature,
      },
    },
  ],
};

export const TARIFF_EXAMPLE = {
  text: 'Cotton T-shirts for women, 100% cotton, made in Mexico',
  result: {
    type: 'result',
    data: {
      country_of_origin: 'Mexico',
      country_of_origin_code: 'MX',
      classification_results: [
        {
          hts_code: '6109.10',
          confidence_score: 0.81,
          description: 'T-shirts, singlets and other vests; of cotton, knitted or crocheted',
          reasoning: 'product words "tshirt" point to heading 6109; nomenclature text matches "cotton", "tshirt".',
        },
      ],
      nomenclature: { edition: 'HS 2022', loaded_from: 'reference-data/hs', as_of: '2024-01-02T00:00:00.000Z' },
    },
  },
};
