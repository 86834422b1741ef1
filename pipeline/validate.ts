// Validation stage: every record leaves through the zod schema. A record that fails it is a bug
// in tamis, reported as an error record rather than written half-valid.
import { compileParse, FAIL } from './fast-parse.js';
import { type DocumentRecord, LanguageGuess, DocumentRecord as RecordSchema, Source } from './schema.js';

/** The schema's parse without zod's bookkeeping, for records that pass (./fast-parse.ts). */
const fastParse = compileParse(RecordSchema);

export function validateRecord(record: DocumentRecord): DocumentRecord {
  const fast = fastParse ? fastParse(record) : FAIL;
  if (fast !== FAIL) return fast;
  const parsed = RecordSchema.safeParse(record);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues
    .slice(0, 5)
    .map((i) => `${i.path.join('.')}: ${i.message}`)
    .join('; ');
  // Keep what still holds of the record, so the error record itself always passes the schema.
  const keep = <T>(schema: { safeParse(v: unknown): { success: boolean } }, v: T) =>
    schema.safeParse(v).success ? v : undefined;
  return errorRecord(String(record.id), 'invalid-record', `the record did not pass the schema: ${issues}`, {
    language: keep(LanguageGuess, record.language),
    referenceDate: keep(RecordSchema.shape.referenceDate, record.referenceDate),
    source: keep(Source, record.source),
  });
}

export function errorRecord(
  id: string,
  code: string,
  message: string,
  extra: Partial<Pick<DocumentRecord, 'language' | 'referenceDate' | 'source' | 'warnings'>> = {},
): DocumentRecord {
  return {
    schemaVersion: 1,
    id,
    language: extra.language ?? { code: 'und', confidence: 0 },
    referenceDate: extra.referenceDate ?? null,
    entities: [],
    ...(extra.source ? { source: extra.source } : {}),
    ...(extra.warnings?.length ? { warnings: extra.warnings } : {}),
    error: { code, message },
  };
}
