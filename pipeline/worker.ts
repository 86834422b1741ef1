// What a worker thread runs: one document through the whole pipeline (pipeline/process.ts).
import type { DocumentOptions } from './document.js';
import { processDocument } from './process.js';
import type { DocumentRecord, Source } from './schema.js';

export interface DocumentTask {
  id: string;
  text: string;
  options: DocumentOptions;
  source?: Source;
}

export default function processTask(task: DocumentTask): DocumentRecord {
  return processDocument(task.id, task.text, task.options, task.source);
}

/** Words that wake up the lazily loaded tables of every extractor, in both main languages. */
const WARM_UP = [
  "Le 8 mai 2024, la société Exemple a investi 5 millions d'euros à Paris pour 30 MW, selon Jean Martin.",
  'On 8 May 2024 the Example company invested $5 million in London for 30 MW, said John Smith.',
];

/**
 * The pool calls this once per thread before any real document, so that start-up (modules, then
 * the tables extractors load on first use) is paid before a document's time budget starts.
 */
export function ready(): boolean {
  for (const text of WARM_UP) processDocument('warm-up', text);
  return true;
}
