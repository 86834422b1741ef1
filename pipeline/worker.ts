// What a worker thread runs: batches of documents, each through the whole pipeline
// (pipeline/process.ts), from its text (stdin, the library) or from its file, which the thread then
// reads and writes itself.
import { threadId } from 'node:worker_threads';
import type { DocumentOptions } from './document.js';
import { documentOptions, type InputFile, loadFileSync } from './load.js';
import { type DocumentHooks, processDocument } from './process.js';
import type { DocumentRecord, Source } from './schema.js';
import { errorRecord } from './validate.js';
import { hasRecordForSync, RecordFileStream, RecordSpool, serializeRecord, writeRecordFileSync } from './write.js';

export interface DocumentTask {
  id: string;
  text: string;
  options: DocumentOptions;
  source?: Source;
}

/** A document named by its file: the thread reads it, processes it and writes its record. */
export interface FileTask {
  kind: 'file';
  file: InputFile;
  maxBytes: number;
  options: DocumentOptions;
  /** The records folder; absent when the records go to the output stream. */
  out?: string;
  /** With `out`: skip the document when its record is already there, made from the same bytes. */
  resume?: boolean;
  format: 'json' | 'jsonl';
}

/**
 * A very long document read from stdin: processed like a file, its record written out by the thread
 * (as its windows come) rather than sent back whole, to the output stream and to `out` when given.
 */
export interface LineTask extends DocumentTask {
  kind: 'line';
  out?: string;
}

export interface FileOutcome {
  id: string;
  skipped: boolean;
  failed: boolean;
  /** The record as the output stream takes it (no `out`), or null. */
  chunk: string | null;
  /** Instead of `chunk`, a very long document's: the file holding it, for the main thread to copy and remove. */
  spool: string | null;
}

/** Why a document gave no result: its budget ran out, or its thread (or the code around it) failed. */
export interface Failure {
  code: 'timeout' | 'worker-failed';
  message: string;
}

export type Task = DocumentTask | FileTask | LineTask;

/** A document's result: its record (a text), its outcome (a file), or why there is none. */
export type TaskResult = DocumentRecord | FileOutcome | { failure: Failure };

/**
 * What the pool hands a thread: several documents in one message, so that neither thread pays a
 * message, a structured clone and a promise per document. The results come back in the same order.
 */
export interface Batch {
  /** The batch's slot on the pool's clock (see TaskClock; absent on the main thread). */
  slot?: number;
  tasks: Task[];
}

/**
 * The pool's clock (pool.ts): CLOCK_FIELDS Int32 per slot: when the document being run started (ms
 * after `epoch`), on which thread, and its index in the batch. A thread stamps each document as it
 * starts it, so that the time budget is each document's and counts from its start, not from when
 * the batch was queued, and so that the pool knows which thread to stop and which documents were
 * done before.
 */
export interface TaskClock {
  slots: Int32Array;
  epoch: number;
}

export const CLOCK_FIELDS = 3;

/** A batch's start on the clock once the thread is done with all its documents (0: not started yet). */
export const DONE = -1;

let clock: TaskClock | undefined;

/** Given by the worker's entry point, from the pool's workerData. */
export function useClock(given: TaskClock | undefined): void {
  clock = given;
}

function stamp(slot: number | undefined, index: number): void {
  if (!clock || slot === undefined) return;
  const at = slot * CLOCK_FIELDS;
  Atomics.store(clock.slots, at + 1, threadId);
  Atomics.store(clock.slots, at + 2, index);
  Atomics.store(clock.slots, at, Math.max(1, Date.now() - clock.epoch));
}

/**
 * Marks the batch done (-1) as soon as its work is over: the main thread hears of the results later
 * (a busy machine, a busy event loop), and until then the watchdog must not take the last document's
 * time for a runaway one and cut off a thread whose documents are finished (and written).
 */
function stampDone(slot: number | undefined): void {
  if (!clock || slot === undefined) return;
  Atomics.store(clock.slots, slot * CLOCK_FIELDS, DONE);
}

function processFile(task: FileTask, onWindow?: () => void): FileOutcome {
  const loaded = loadFileSync(task.file, task.maxBytes);
  if (task.resume && task.out && loaded.ok && loaded.source?.sha256) {
    if (hasRecordForSync(task.out, loaded.id, loaded.source.sha256))
      return { id: loaded.id, skipped: true, failed: false, chunk: null, spool: null };
  }
  const make = (takeEntities?: DocumentHooks['takeEntities']) =>
    loaded.ok
      ? processDocument(loaded.id, loaded.text, documentOptions(task.options, loaded.options), loaded.source, {
          onWindow,
          takeEntities,
        })
      : errorRecord(loaded.id, loaded.code, loaded.message, { source: loaded.source });
  return writeOut(make, task.out, task.out ? null : task.format);
}

/**
 * Makes a document's record and writes it out: to its file in `out`, and as `format` for the output
 * stream. A very long document's record is written as its windows come (never all held): into its
 * file, and into a spool file that the main thread copies to the output stream.
 */
function writeOut(
  make: (takeEntities: DocumentHooks['takeEntities']) => DocumentRecord,
  out: string | undefined,
  format: 'json' | 'jsonl' | null,
): FileOutcome {
  const file = out ? new RecordFileStream(out) : null;
  const spool = format ? new RecordSpool(format) : null;
  let made: DocumentRecord;
  try {
    made = make((head, entities) => {
      file?.take(head, entities);
      spool?.take(head, entities);
    });
  } catch (err) {
    file?.abort();
    spool?.abort();
    throw err;
  }
  if (file?.started) file.finish(made);
  else if (out) writeRecordFileSync(out, made);
  const spooled = spool?.started ? spool.finish(made) : null;
  const chunk = format && !spooled ? serializeRecord(made, format) : null;
  return { id: made.id, skipped: false, failed: Boolean(made.error), chunk, spool: spooled };
}

/** A very long document from stdin: its record written out as a file's is (to `out` too, when given). */
function processLine(task: LineTask, onWindow?: () => void): FileOutcome {
  return writeOut(
    (takeEntities) => processDocument(task.id, task.text, task.options, task.source, { onWindow, takeEntities }),
    task.out,
    'jsonl',
  );
}

export function isFileTask(task: Task): task is FileTask {
  return (task as FileTask).kind === 'file';
}

export function isLineTask(task: Task): task is LineTask {
  return (task as LineTask).kind === 'line';
}

/**
 * One document, on whatever thread: its record or outcome. Throws what the machinery throws (a full
 * disk…). `onWindow`: see processDocument.
 */
export function runTask(task: Task, onWindow?: () => void): DocumentRecord | FileOutcome {
  if (isFileTask(task)) return processFile(task, onWindow);
  if (isLineTask(task)) return processLine(task, onWindow);
  return processDocument(task.id, task.text, task.options, task.source, { onWindow });
}

/** A batch, in a worker thread: one result per document, a document's failure costing only itself. */
function runBatch(batch: Batch): TaskResult[] {
  const results: TaskResult[] = [];
  try {
    for (let i = 0; i < batch.tasks.length; i++) {
      // Stamped again as each window of a very long document starts: its budget is per window.
      const restart = () => stamp(batch.slot, i);
      restart();
      try {
        results.push(runTask(batch.tasks[i]!, restart));
      } catch (err) {
        results.push({ failure: { code: 'worker-failed', message: err instanceof Error ? err.message : String(err) } });
      }
    }
  } finally {
    stampDone(batch.slot);
  }
  return results;
}

export default runBatch;

/** Text that wakes up the lazily loaded tables and the regular expressions (compiled on first use) of every extractor, in both main languages. */
export const WARM_UP = [
  "Le 8 mai 2024, la société Exemple a investi 5 millions d'euros à Paris pour 30 MW, selon Jean Martin.",
  'On 8 May 2024 the Example company invested $5 million in London for 30 MW, said John Smith.',
  // A whole article (header, paragraphs, a passage in another language): the two sentences above
  // leave the first real article 60–100 ms of one-time cost (code paths and tables they never
  // reach), more than a tight --timeout-ms, and every thread that replaces a cut-off one paid it
  // again, so the documents after a runaway one timed out too. With it: about 35 ms.
  [
    "date 2023-11\nLa société Norvalis Industrie a signé le 14 novembre 2023 un contrat de 320 millions d'euros pour livrer 45 rames à la région Occitanie, a indiqué mercredi son directeur général, Paul Lemaire, lors d'une conférence de presse à Toulouse.",
    "Selon l'Insee, les prix ont augmenté de 4,9 % sur un an en octobre, contre 5,2 % en septembre, soit environ 12 000 ménages de plus concernés d'ici à 2025. La Banque de France prévoit une baisse au deuxième trimestre.",
    "Le port de Tanger Med a traité plus de 8,6 millions de conteneurs l'an dernier et vise 12 millions de tonnes de céréales, pour un coût estimé à 3 milliards de dirhams ; la température a atteint 41 °C lundi et la centrale de 150 MW produira 300 GWh par an sur 2 500 hectares.",
    "Les travaux commenceront dans trois semaines dans le nord du pays, il y a deux jours la mairie l'a confirmé ; la semaine prochaine, vers 15 h 30, le maire sera à Lyon.",
    'On 2 October 2023 the Harland Water company said it would invest $1.2 billion and about £40 million in 60 km of pipes near Manchester, its chief executive, Laura Whitfield, told reporters on Friday. Work starts in two weeks in the north, three days after the vote, next Monday at 9 a.m.',
  ].join('\n\n'),
];

/**
 * Runs a few sentences through every stage so that the tables extractors load on first use are
 * loaded. The entry points call it before the thread reports ready, so that no document's time
 * budget pays for start-up, on a first thread as on a replacement.
 */
export function warmUp(): void {
  for (const text of WARM_UP) processDocument('warm-up', text);
}

/** A no-op task: resolves once a thread is up (and so warm). */
export function ready(): boolean {
  return true;
}
