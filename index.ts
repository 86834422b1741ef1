// The library API: `extract(text, { lang?, date? })` returns the record for one article.
import type { DocumentOptions } from './pipeline/document.js';
import { processDocument } from './pipeline/process.js';
import type { DocumentRecord } from './pipeline/schema.js';

export interface ExtractOptions extends DocumentOptions {
  /** The record's id (default `"doc"`). */
  id?: string;
}

/** Extracts every fact tamis knows from one article and returns its validated record. */
export function extract(text: string, options: ExtractOptions = {}): DocumentRecord {
  const { id = 'doc', ...rest } = options;
  return processDocument(id, text, rest);
}

export type { DocumentOptions } from './pipeline/document.js';
export { processDocument } from './pipeline/process.js';
export * from './pipeline/schema.js';
