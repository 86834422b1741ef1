// The library API: `extract(text, { id?, lang?, date?, types?, currency? })` returns the record for one
// article. Data problems (a bad date, text in no known language) become warnings or error records, as
// in the CLI; a caller's mistake (text not a string, an unknown type or currency) throws a TypeError at
// once rather than quietly returning a record with nothing in it.
import { conversionCurrency, type DocumentOptions } from './pipeline/document.js';
import { processDocument } from './pipeline/process.js';
import { type DocumentRecord, ENTITY_TYPES, unknownTypes } from './pipeline/schema.js';

export interface ExtractOptions extends DocumentOptions {
  /** The record's id (default `"doc"`). */
  id?: string;
}

/** Extracts every fact tamis knows from one article and returns its validated record. */
export function extract(text: string, options: ExtractOptions = {}): DocumentRecord {
  if (typeof text !== 'string') throw new TypeError(`extract: text must be a string, got ${describe(text)}`);
  const { id = 'doc', ...rest } = options;
  if (typeof id !== 'string') throw new TypeError(`extract: id must be a string, got ${describe(id)}`);
  return processDocument(id, text, checkedOptions(rest));
}

function checkedOptions(options: DocumentOptions): DocumentOptions {
  for (const key of ['lang', 'date', 'fallbackLang', 'fallbackDate'] as const) {
    const v: unknown = options[key];
    if (v !== undefined && typeof v !== 'string')
      throw new TypeError(
        `extract: ${key} must be a string (${/date/i.test(key) ? 'ISO 8601, e.g. 2024-05-08' : 'e.g. fr'}), got ${describe(v)}`,
      );
  }
  const unknown = unknownTypes(options.types ?? []);
  if (unknown.length)
    throw new TypeError(`extract: unknown type(s) ${unknown.join(', ')}; choose from ${ENTITY_TYPES.join(', ')}`);
  if (options.currency === undefined) return options;
  const currency = conversionCurrency(options.currency);
  if (!currency)
    throw new TypeError(`extract: cannot convert into "${options.currency}": not a currency of the rate table`);
  return { ...options, currency };
}

const describe = (v: unknown) => (v === null ? 'null' : typeof v);

// Batch runs as the CLI makes them (worker threads, records to a folder or a stream, onDocument progress).
export { type BatchOptions, type BatchSummary, runFiles, runStdin } from './pipeline/batch.js';
export type { DocumentOptions } from './pipeline/document.js';
export { processDocument } from './pipeline/process.js';
export * from './pipeline/schema.js';
