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
 * Runs a few sentences through every stage so that the tables extractors load on first use are
 * loaded. worker.mjs calls it before the thread reports ready, so that no document's time budget
 * pays for start-up, on a first thread as on a replacement.
 */
export function warmUp(): void {
  for (const text of WARM_UP) processDocument('warm-up', text);
}

/** A no-op task: resolves once a thread is up (and so warm). */
export function ready(): boolean {
  return true;
}
