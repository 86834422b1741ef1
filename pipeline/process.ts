// One document through every stage: header → language → sentences → extract → link → validate.
// A very long document goes through sentences → extract → link window by window (./windows.ts).
import { convertMoney } from '../extractors/money/convert.js';
import { detectDocumentLanguage } from './detect-language.js';
import { type Doc, type DocumentOptions, newDoc } from './document.js';
import { extractMentions } from './extract.js';
import { readHeader } from './header.js';
import { link } from './link.js';
import { type DocumentRecord, type Entity, SCHEMA_VERSION, type Source } from './schema.js';
import { splitSentences } from './segment.js';
import { errorRecord, validateRecord } from './validate.js';
import { windowsOf } from './windows.js';
import type { RecordHead } from './write.js';

/** What a caller may hear of while a document is processed. */
export interface DocumentHooks {
  /** As each window of the text starts (once for an ordinary article): a worker thread restarts the document's time budget there. */
  onWindow?(): void;
  /**
   * A very long document's entities (more than one window), checked and numbered, window by window
   * as they come, with the record's fields before them: the record returned then holds none, so
   * that they are never all held (a record file written as it goes: RecordFileStream in write.ts).
   * Not called for an ordinary article, whose record holds its entities.
   */
  takeEntities?(head: RecordHead, entities: Entity[]): void;
}

export function processDocument(
  id: string,
  text: string,
  options: DocumentOptions = {},
  source?: Source,
  hooks: DocumentHooks = {},
): DocumentRecord {
  const { onWindow, takeEntities } = hooks;
  const doc = newDoc(id, text, options, source);
  try {
    readHeader(doc);
    detectDocumentLanguage(doc);
    const windows = windowsOf(doc.text, doc.bodyStart);
    if (windows.length === 1) {
      onWindow?.();
      return validateRecord(recordOf(doc, extractWindow(doc, doc.bodyStart, doc.text.length, 1)));
    }
    // Each window's entities are checked as they come, so that a long document is never held twice
    // (the check returns copies); the rest of the record is checked once at the end.
    const entities: Entity[] = [];
    let taken = 0;
    for (const [from, to] of windows) {
      onWindow?.();
      const checked = validateRecord(recordOf(doc, extractWindow(doc, from, to, taken + entities.length + 1)));
      if (checked.error) return checked;
      if (takeEntities) {
        const { schemaVersion, id, language, referenceDate } = checked;
        takeEntities({ schemaVersion, id, language, referenceDate }, checked.entities);
        taken += checked.entities.length;
      } else for (const e of checked.entities) entities.push(e);
    }
    const head = validateRecord(recordOf(doc, []));
    return head.error ? head : { ...head, entities };
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

/** Sentences, mentions and entities of the text's part `[from, to)`, numbered from `e${firstId}`. */
function extractWindow(doc: Doc, from: number, to: number, firstId: number): Entity[] {
  doc.sentences = splitSentences(doc.text, from, to);
  doc.mentions = [];
  extractMentions(doc, from, to);
  const linked = link(doc, firstId);
  doc.mentions = [];
  return doc.options.currency ? convertMoney(linked, doc.options.currency) : linked;
}

function recordOf(doc: Doc, entities: Entity[]): DocumentRecord {
  return {
    schemaVersion: SCHEMA_VERSION,
    id: doc.id,
    language: doc.language,
    referenceDate: doc.referenceDate?.iso ?? null,
    entities,
    ...(doc.segments.length ? { segments: doc.segments } : {}),
    ...(doc.warnings.length ? { warnings: doc.warnings } : {}),
    ...(doc.source ? { source: doc.source } : {}),
  };
}
