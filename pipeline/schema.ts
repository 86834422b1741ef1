// The record contract (../shared/docs/record-contract.md) as a zod schema. This file is the source
// of truth: the TypeScript types are inferred from it and `tamis schema` prints it as JSON Schema.
import { z } from 'zod';

export const SCHEMA_VERSION = 1;

const isoDate = z
  .string()
  .regex(/^-?\d{4}(?:-\d{2}(?:-\d{2}(?:T\d{2}(?::\d{2}(?::\d{2})?)?)?)?)?$/, 'ISO 8601 date, truncated at its grain');
const currencyCode = z.string().regex(/^[A-Z]{3}$/, 'ISO 4217 code');

export const Grain = z.enum(['year', 'quarter', 'month', 'week', 'day', 'hour', 'minute', 'second']);
export const Qualifier = z.enum(['approx', 'over', 'under']);
export const Dimension = z.enum([
  'power',
  'energy',
  'length',
  'area',
  'volume',
  'mass',
  'temperature',
  'speed',
  'data',
  'ratio',
  'duration',
  'voltage',
  'frequency',
]);

export const LanguageGuess = z.object({
  code: z.string().regex(/^(?:[a-z]{2}|und)$/, 'ISO 639-1 code or "und"'),
  confidence: z.number().min(0).max(1),
});

/** A point (`value`) or a range (`start` / `end`, end inclusive at its grain; an open range omits one). */
export const DateValue = z
  .object({
    value: isoDate.optional(),
    start: isoDate.optional(),
    end: isoDate.optional(),
    grain: Grain,
    /** Parts filled from the reference date rather than read in the text. */
    implied: z.array(z.enum(['year', 'month', 'day'])).optional(),
    /** Ranges: the modifier read with a single bound ("avant 2020", "since May"). */
    mod: z.enum(['before', 'after', 'since', 'until', 'approx', 'start', 'mid', 'end']).optional(),
  })
  .refine((v) => (v.value !== undefined) !== (v.start !== undefined || v.end !== undefined), {
    message: 'a date has either `value` or `start`/`end`',
  });

const amountFields = {
  amount: z.number(),
  qualifier: Qualifier.optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  /** The `id` of the amount this one restates ("$500M (5 Md DH)"). */
  equivalentOf: z.string().optional(),
};

export const MoneyValue = z.object({
  ...amountFields,
  currency: currencyCode.nullable(),
  converted: z.object({ amount: z.number(), currency: currencyCode, rateDate: isoDate }).optional(),
});

export const QuantityValue = z.object({
  ...amountFields,
  unit: z.string().min(1),
  dimension: Dimension,
  si: z.object({ amount: z.number(), unit: z.string() }).optional(),
  per: z.enum(['second', 'minute', 'hour', 'day', 'week', 'month', 'quarter', 'year']).optional(),
  variant: z.enum(['peak', 'electric', 'thermal']).optional(),
});

export const PersonValue = z.object({ name: z.string().min(1), role: z.string().min(1).optional() });
export const OrganizationValue = z.object({ name: z.string().min(1), acronym: z.string().min(1).optional() });
export const LocationValue = z.object({
  name: z.string().min(1),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2')
    .optional(),
});

const mentionFields = {
  /** Unique within the record: e1, e2… in document order. */
  id: z.string().optional(),
  text: z.string(),
  /** UTF-16 offsets into the document text, end exclusive. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** Shared by every mention of one person / organization / place. */
  entityId: z.string().optional(),
  /** The rule that produced the mention, e.g. `money.fr.amount-scale-currency`. */
  rule: z.string().optional(),
  confidence: z.number().min(0).max(1).optional(),
};

export const Entity = z.discriminatedUnion('type', [
  /** `value` is null for a relative date that had no reference date to resolve against. */
  z.object({ type: z.literal('date'), ...mentionFields, value: DateValue.nullable() }),
  z.object({ type: z.literal('money'), ...mentionFields, value: MoneyValue }),
  z.object({ type: z.literal('quantity'), ...mentionFields, value: QuantityValue }),
  z.object({ type: z.literal('person'), ...mentionFields, value: PersonValue }),
  z.object({ type: z.literal('organization'), ...mentionFields, value: OrganizationValue }),
  z.object({ type: z.literal('location'), ...mentionFields, value: LocationValue }),
]);

export const ENTITY_TYPES = ['date', 'money', 'quantity', 'person', 'organization', 'location'] as const;

/** The names in `types` that are no entity type (for the CLI's and the library's error messages). */
export const unknownTypes = (types: readonly string[]): string[] =>
  types.filter((t) => !(ENTITY_TYPES as readonly string[]).includes(t));
export const EntityType = z.enum(ENTITY_TYPES);

export const Warning = z.object({
  code: z.string(),
  message: z.string(),
  start: z.number().int().nonnegative().optional(),
  end: z.number().int().nonnegative().optional(),
});

export const Segment = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  language: LanguageGuess,
});

/** The input file. `sha256` and `encoding` are absent only when the file was not read (`too-large`). */
export const Source = z.object({
  path: z.string(),
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
  bytes: z.number().int().nonnegative(),
  encoding: z.string().optional(),
});

export const RecordError = z.object({ code: z.string(), message: z.string() });

export const DocumentRecord = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: z.string(),
  language: LanguageGuess,
  /** The date relative dates were resolved against, or null. */
  referenceDate: isoDate.nullable(),
  entities: z.array(Entity),
  segments: z.array(Segment).optional(),
  warnings: z.array(Warning).optional(),
  source: Source.optional(),
  error: RecordError.optional(),
});

/** One input document: a JSON Lines line on stdin, or what a file becomes. */
/** A language tag: `fr`, `FR`, `fr-CA`, `en_US`; its first two letters are the ISO 639-1 code. */
export const LANGUAGE_TAG = /^([A-Za-z]{2})(?:[-_][A-Za-z0-9]{1,8}){0,4}$/;

export const InputDocument = z.object({
  id: z.string().min(1),
  text: z.string(),
  /** A language tag: `fr`, `FR`, `fr-CA`, `en_US` (its primary subtag is the hint). */
  lang: z.string().regex(LANGUAGE_TAG, 'ISO 639-1 code or a language tag such as en-US').optional(),
  /** Any ISO 8601 date or date-time; fractions of a second and a zone are accepted and ignored. */
  date: z
    .string()
    .regex(
      /^-?\d{4}(?:-\d{2}(?:-\d{2}(?:[T ]\d{2}(?::\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?)?)?$/,
      'ISO 8601 date or date-time',
    )
    .optional(),
});

export type Grain = z.infer<typeof Grain>;
export type Qualifier = z.infer<typeof Qualifier>;
export type Dimension = z.infer<typeof Dimension>;
export type LanguageGuess = z.infer<typeof LanguageGuess>;
export type DateValue = z.infer<typeof DateValue>;
export type MoneyValue = z.infer<typeof MoneyValue>;
export type QuantityValue = z.infer<typeof QuantityValue>;
export type PersonValue = z.infer<typeof PersonValue>;
export type OrganizationValue = z.infer<typeof OrganizationValue>;
export type LocationValue = z.infer<typeof LocationValue>;
export type Entity = z.infer<typeof Entity>;
export type EntityType = z.infer<typeof EntityType>;
export type Warning = z.infer<typeof Warning>;
export type Segment = z.infer<typeof Segment>;
export type Source = z.infer<typeof Source>;
export type RecordError = z.infer<typeof RecordError>;
export type DocumentRecord = z.infer<typeof DocumentRecord>;
export type InputDocument = z.infer<typeof InputDocument>;

/** The record schema as JSON Schema (zod 4's own conversion). */
export function recordJsonSchema(): object {
  return z.toJSONSchema(DocumentRecord, { io: 'output', unrepresentable: 'any' });
}
