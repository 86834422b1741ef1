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

/** A no-op the pool calls once per thread so that start-up is paid before any budget starts. */
export function ready(): boolean {
  return true;
}
