// Validation stage: every record leaves through the zod schema. A record that fails it is a bug
// in tamis, reported as an error record rather than written half-valid.
import { type DocumentRecord, DocumentRecord as RecordSchema } from './schema.js';

export function validateRecord(record: DocumentRecord): DocumentRecord {
  const parsed = RecordSchema.safeParse(record);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues
    .slice(0, 5)
    .map((i) => `${i.path.join('.')}: ${i.message}`)
    .join('; ');
  return errorRecord(record.id, 'invalid-record', `the record did not pass the schema: ${issues}`, {
    language: record.language,
    referenceDate: record.referenceDate,
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
