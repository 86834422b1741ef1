// The big read-only tables (word lists, gazetteer, language model) loaded once in the main thread
// and handed to every worker thread on a SharedArrayBuffer: each thread that built or read its own
// copy cost ~40 MB. Only the modules that hold the tables are imported here, not the pipeline.

import { maxPlaceWords } from '../extractors/names/gazetteer.js';
import { dictionary } from '../extractors/names/lexicon.js';
import { shareTables } from '../extractors/shared/table-file.js';
import { loadTables } from './language/ngram-model.js';
import { EXTRACTION_LANGUAGES } from './languages.js';

/** Loads every shared table in this thread (from the disk cache once built) and returns them for workerData. */
export function loadSharedTables(): Record<string, Uint8Array> {
  for (const lang of EXTRACTION_LANGUAGES) dictionary(lang);
  maxPlaceWords();
  loadTables();
  return shareTables();
}
