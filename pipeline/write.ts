// Writing stage: one JSON file per record, written to a temporary file and renamed into place so
// that a reader (or a crash, even kill -9) never sees half a record.
import { closeSync, type Dirent, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { type FileHandle, mkdir, open, readdir, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { threadId } from 'node:worker_threads';
import type { DocumentRecord } from './schema.js';

/** The run summary's file name inside the output folder. */
export const RUN_FILE = '_run.json';

/** The record's file under `outDir`; ids that would climb out of it are flattened. */
export function recordPath(outDir: string, id: string): string {
  const root = resolve(outDir);
  const safe = id
    .split('/')
    .filter((part) => part && part !== '.' && part !== '..')
    .join(sep);
  const path = resolve(join(root, `${safe || '_'}.json`));
  // The run summary's name is reserved.
  if (path === join(root, RUN_FILE)) return join(root, '_run_.json');
  return path.startsWith(root + sep) ? path : join(root, `${encodeURIComponent(id)}.json`);
}

let tmpCounter = 0;

/**
 * A hidden temporary name beside `path`, not ending in .json (a half-written one is never taken for
 * a record), unique to this process and thread: two threads may write the same record path.
 */
const temporaryFor = (path: string) =>
  join(dirname(path), `.${basename(path)}.${process.pid}.${threadId}-${tmpCounter++}.tmp`);

const isMissing = (err: unknown) => (err as NodeJS.ErrnoException).code === 'ENOENT';

/**
 * Writes `content` to `path` atomically: a temporary file beside it, then a rename. The folder is
 * made only when the write says it is missing, not before every record. Content in pieces is
 * written piece by piece (a long document's record: see recordFilePieces).
 */
export async function writeFileAtomic(path: string, content: string | Iterable<string>): Promise<void> {
  const tmp = temporaryFor(path);
  try {
    let file: FileHandle;
    try {
      file = await open(tmp, 'w');
    } catch (err) {
      if (!isMissing(err)) throw err;
      await mkdir(dirname(path), { recursive: true });
      file = await open(tmp, 'w');
    }
    try {
      if (typeof content === 'string') await file.writeFile(content);
      else for (const piece of content) await file.writeFile(piece);
    } finally {
      await file.close();
    }
    await rename(tmp, path);
  } catch (err) {
    await unlink(tmp).catch(() => {});
    throw err;
  }
}

/** writeFileAtomic with blocking calls, for a worker thread (see loadFileSync in load.ts). */
export function writeFileAtomicSync(path: string, content: string | Iterable<string>): void {
  const tmp = temporaryFor(path);
  try {
    const fd = openCreatingFolder(tmp, path);
    try {
      if (typeof content === 'string') writeFileSync(fd, content);
      else for (const piece of content) writeFileSync(fd, piece);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}

/** A record as an output stream takes it: one line of JSON Lines, or one element of a JSON array. */
export const serializeRecord = (record: DocumentRecord, format: 'json' | 'jsonl') =>
  format === 'json' ? JSON.stringify(record, null, 2) : `${JSON.stringify(record)}\n`;

/** A record as its file holds it. */
export const recordFileContent = (record: DocumentRecord) => `${JSON.stringify(record, null, 2)}\n`;

/** Entities per piece of a record file written in pieces. */
const ENTITIES_PER_PIECE = 2000;

// recordFileContent (JSON.stringify(record, null, 2)) key by key, each value's own lines indented
// one level more, so that a record's entities can be written a few at a time.
const nested = (value: unknown, indent: string) => JSON.stringify(value, null, 2).replaceAll('\n', `\n${indent}`);

/** The record file's text up to its entities' first item: `{`, the fields before `entities`, `"entities": [`. */
function textBeforeEntities(record: Partial<DocumentRecord>): string {
  let text = '{';
  for (const [key, value] of Object.entries(record)) {
    if (key === 'entities') break;
    if (value !== undefined) text += `\n  ${JSON.stringify(key)}: ${nested(value, '  ')},`;
  }
  return `${text}\n  "entities": [`;
}

/** The entities as items of the record file's `entities` array, the first of them item number `index`. */
function entityItems(entities: readonly unknown[], index: number): string {
  let text = '';
  for (let i = 0; i < entities.length; i++) text += `${index + i ? ',' : ''}\n    ${nested(entities[i], '    ')}`;
  return text;
}

/** The record file's text after its entities' items: `]`, the fields after `entities`, `}`. */
function textAfterEntities(record: DocumentRecord, items: number): string {
  let text = items ? '\n  ]' : ']';
  let after = false;
  for (const [key, value] of Object.entries(record)) {
    if (after && value !== undefined) text += `,\n  ${JSON.stringify(key)}: ${nested(value, '  ')}`;
    if (key === 'entities') after = true;
  }
  return `${text}\n}\n`;
}

/**
 * recordFileContent in pieces of at most ENTITIES_PER_PIECE entities: the same text, never held
 * whole (a 20 MB document's record is ~140 million characters). A record with fewer entities is
 * one piece.
 */
export function* recordFilePieces(record: DocumentRecord): Generator<string> {
  const { entities } = record;
  if (entities.length <= ENTITIES_PER_PIECE) {
    yield recordFileContent(record);
    return;
  }
  yield textBeforeEntities(record);
  for (let i = 0; i < entities.length; i += ENTITIES_PER_PIECE)
    yield entityItems(entities.slice(i, i + ENTITIES_PER_PIECE), i);
  yield textAfterEntities(record, entities.length);
}

/** The fields a record file holds before its entities. */
export type RecordHead = Pick<DocumentRecord, 'schemaVersion' | 'id' | 'language' | 'referenceDate'>;

/**
 * A record file written while its document is processed (a very long document's: see
 * DocumentHooks in process.ts): the fields before the entities and each window's entities as they
 * come, the rest at the end, to a temporary file renamed into place, as writeRecordFileSync writes
 * the whole record at once, to the same text. So a long document's entities are never all held.
 */
export class RecordFileStream {
  private fd: number | null = null;
  private path = '';
  private tmp = '';
  private before = '';
  private items = 0;

  constructor(private readonly outDir: string) {}

  /** Whether any entities were taken: then `finish` must be called, or `abort`. */
  get started(): boolean {
    return this.fd !== null;
  }

  take(head: RecordHead, entities: readonly unknown[]): void {
    if (this.fd === null) {
      this.path = recordPath(this.outDir, head.id);
      this.tmp = temporaryFor(this.path);
      this.before = textBeforeEntities(head);
      this.fd = openCreatingFolder(this.tmp, this.path);
      writeFileSync(this.fd, this.before);
    }
    writeFileSync(this.fd, entityItems(entities, this.items));
    this.items += entities.length;
  }

  /**
   * Ends the file with `record`, the document's record without its entities (they were taken), and
   * renames it into place. An error record (the document failed midway) is written whole instead.
   */
  finish(record: DocumentRecord): string {
    if (this.fd === null || record.error || record.entities.length) {
      this.abort();
      return writeRecordFileSync(this.outDir, record);
    }
    try {
      // The head was written before the document's last check: it must be the record's own.
      if (textBeforeEntities(record) !== this.before) throw new Error(`record ${record.id}: its head changed`);
      writeFileSync(this.fd, textAfterEntities(record, this.items));
      closeSync(this.fd);
      this.fd = null;
      renameSync(this.tmp, this.path);
      return this.path;
    } catch (err) {
      this.abort();
      throw err;
    }
  }

  abort(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
    if (this.tmp) rmSync(this.tmp, { force: true });
  }
}

/** Opens `tmp` for writing, making the folder of `path` first when it is missing. */
function openCreatingFolder(tmp: string, path: string): number {
  try {
    return openSync(tmp, 'w');
  } catch (err) {
    if (!isMissing(err)) throw err;
    mkdirSync(dirname(path), { recursive: true });
    return openSync(tmp, 'w');
  }
}

export async function writeRecordFile(outDir: string, record: DocumentRecord): Promise<string> {
  const path = recordPath(outDir, record.id);
  await writeFileAtomic(path, recordFilePieces(record));
  return path;
}

export function writeRecordFileSync(outDir: string, record: DocumentRecord): string {
  const path = recordPath(outDir, record.id);
  writeFileAtomicSync(path, recordFilePieces(record));
  return path;
}

/** Whether a record file's text is a successful record of document `id` made from these bytes. */
function isRecordFor(text: string, id: string, sha256: string): boolean {
  let existing: Partial<DocumentRecord>;
  try {
    existing = JSON.parse(text);
  } catch {
    return false;
  }
  return existing.id === id && !existing.error && existing.source?.sha256 === sha256;
}

/**
 * For `--resume`: true when `outDir` already holds a successful record of this document made
 * from the same bytes. A missing, unparsable or failed record means "do it again".
 */
export function hasRecordForSync(outDir: string, id: string, sha256: string): boolean {
  let text: string;
  try {
    text = readFileSync(recordPath(outDir, id), 'utf8');
  } catch {
    return false;
  }
  return isRecordFor(text, id, sha256);
}

/** `.name.json.<pid>.<n>.tmp`, or `.<pid>.<thread>-<n>.tmp` since records are written by worker threads too. */
const TEMP_NAME = /^\..{1,255}\.(\d{1,10})\.(?:\d{1,10}-)?\d{1,16}\.tmp$/;

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * Removes the temporary files a killed run left behind (`.name.json.<pid>.<n>.tmp`), except those
 * of a process still running; `ownToo`: this process's too (at the end of a run, when a thread of
 * it was cut off while writing). Returns how many were removed.
 */
export async function sweepStaleTemps(outDir: string, { ownToo = false } = {}): Promise<number> {
  let removed = 0;
  const walk = async (dir: string): Promise<void> => {
    let entries: Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else {
        const pid = TEMP_NAME.exec(entry.name)?.[1];
        const stale = pid && (Number(pid) === process.pid ? ownToo : !isAlive(Number(pid)));
        if (stale) {
          await unlink(path).catch(() => {});
          removed++;
        }
      }
    }
  };
  await walk(resolve(outDir));
  return removed;
}
