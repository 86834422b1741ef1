// Batch runs: files and folders to record files (or stdout), and JSON Lines stdin to stdout.
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import PQueue from 'p-queue';
import type { DocumentOptions } from './document.js';
import { type Loaded, listInputs, loadFile, parseInputLine } from './load.js';
import { processDocument } from './process.js';
import type { DocumentRecord } from './schema.js';
import { errorRecord } from './validate.js';
import { writeRecordFile } from './write.js';

export interface BatchOptions extends DocumentOptions {
  /** Folder for one JSON file per record; records go to `stdout` as JSON Lines when absent. */
  out?: string;
  format: 'json' | 'jsonl';
  concurrency: number;
  patterns: string[];
  maxBytes: number;
}

export interface BatchSummary {
  documents: number;
  written: number;
  failed: number;
  seconds: number;
}

function recordOf(loaded: Loaded, options: DocumentOptions): DocumentRecord {
  if (!loaded.ok) return errorRecord(loaded.id, loaded.code, loaded.message, { source: loaded.source });
  // The caller's flags are the defaults; a document's own fields win over them.
  const merged: DocumentOptions = {
    ...options,
    ...(loaded.options.lang ? { lang: loaded.options.lang } : {}),
    ...(loaded.options.date ? { date: loaded.options.date } : {}),
  };
  return processDocument(loaded.id, loaded.text, merged, loaded.source);
}

const serialize = (record: DocumentRecord, format: 'json' | 'jsonl') =>
  format === 'json' ? `${JSON.stringify(record, null, 2)}\n` : `${JSON.stringify(record)}\n`;

export async function runFiles(paths: string[], options: BatchOptions, stdout: Writable): Promise<BatchSummary> {
  const t0 = performance.now();
  const summary: BatchSummary = { documents: 0, written: 0, failed: 0, seconds: 0 };
  const queue = new PQueue({ concurrency: Math.max(1, options.concurrency) });
  // Bound what is in flight so that a huge folder is streamed, not held in memory.
  const maxPending = Math.max(1, options.concurrency) * 4;
  for await (const file of listInputs(paths, options.patterns)) {
    if (queue.size + queue.pending >= maxPending) await queue.onSizeLessThan(maxPending);
    summary.documents++;
    void queue.add(async () => {
      const record = recordOf(await loadFile(file, options.maxBytes), options);
      if (record.error) summary.failed++;
      if (options.out) await writeRecordFile(options.out, record);
      else stdout.write(serialize(record, options.format));
      summary.written++;
    });
  }
  await queue.onIdle();
  summary.seconds = (performance.now() - t0) / 1000;
  return summary;
}

/** JSON Lines in, exactly one record line out per non-blank input line, in input order. */
export async function runStdin(input: Readable, options: BatchOptions, stdout: Writable): Promise<BatchSummary> {
  const t0 = performance.now();
  const summary: BatchSummary = { documents: 0, written: 0, failed: 0, seconds: 0 };
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber++;
    if (!line.trim()) continue;
    summary.documents++;
    const record = recordOf(parseInputLine(line, lineNumber), options);
    if (record.error) summary.failed++;
    if (!stdout.write(`${JSON.stringify(record)}\n`)) await new Promise((r) => stdout.once('drain', r));
    if (options.out) await writeRecordFile(options.out, record);
    summary.written++;
  }
  summary.seconds = (performance.now() - t0) / 1000;
  return summary;
}
