// One document through every stage: header → language → sentences → extract → link → validate.
import { convertMoney } from '../extractors/money/convert.js';
import { detectDocumentLanguage } from './detect-language.js';
import { type DocumentOptions, newDoc } from './document.js';
import { extractMentions } from './extract.js';
import { readHeader } from './header.js';
import { link } from './link.js';
import { type DocumentRecord, SCHEMA_VERSION, type Source } from './schema.js';
import { splitSentences } from './segment.js';
import { errorRecord, validateRecord } from './validate.js';

export function processDocument(
  id: string,
  text: string,
  options: DocumentOptions = {},
  source?: Source,
): DocumentRecord {
  const doc = newDoc(id, text, options, source);
  try {
    readHeader(doc);
    detectDocumentLanguage(doc);
    doc.sentences = splitSentences(doc.text, doc.bodyStart);
    extractMentions(doc);
    const linked = link(doc);
    const entities = options.currency ? convertMoney(linked, options.currency) : linked;
    return validateRecord({
      schemaVersion: SCHEMA_VERSION,
      id: doc.id,
      language: doc.language,
      referenceDate: doc.referenceDate?.iso ?? null,
      entities,
      ...(doc.segments.length ? { segments: doc.segments } : {}),
      ...(doc.warnings.length ? { warnings: doc.warnings } : {}),
      ...(source ? { source } : {}),
    });
  } catch (err) {
    // A bug in one extractor must cost one document, not the batch.
    return errorRecord(id, 'internal', err instanceof Error ? err.message : String(err), {
      language: doc.language,
      referenceDate: doc.referenceDate?.iso ?? null,
      source,
      warnings: doc.warnings,
    });
  }
}
