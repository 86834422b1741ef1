// Writing stage: one JSON file per record, written to a temporary file and renamed into place so
// that a reader (or a crash, even kill -9) never sees half a record.
import { closeSync, type Dirent, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { type FileHandle, mkdir, open, readdir, rename, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
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
 * written piece by piece (a long document's record: see recordPieces).
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

/**
 * How a record is written out: as its file holds it (indented, a final newline), as one element of
 * the output stream's JSON array (`--format json`: indented), as one line of JSON Lines.
 */
export type RecordLayout = 'file' | 'json' | 'jsonl';

/** A record as an output stream takes it: one line of JSON Lines, or one element of a JSON array. */
export const serializeRecord = (record: DocumentRecord, format: 'json' | 'jsonl') =>
  format === 'json' ? JSON.stringify(record, null, 2) : `${JSON.stringify(record)}\n`;

/** A record as its file holds it. */
export const recordFileContent = (record: DocumentRecord) => `${JSON.stringify(record, null, 2)}\n`;

const recordText = (record: DocumentRecord, layout: RecordLayout) =>
  layout === 'file' ? recordFileContent(record) : serializeRecord(record, layout);

/** Entities per piece of a record written in pieces. */
const ENTITIES_PER_PIECE = 2000;

// recordText key by key, so that a record's entities can be written a few at a time: compact for
// JSON Lines, else as JSON.stringify(record, null, 2) lays it out, each value's own lines indented
// one level more.
const nested = (value: unknown, indent: string) => JSON.stringify(value, null, 2).replaceAll('\n', `\n${indent}`);

/** The record's text up to its entities' first item: `{`, the fields before `entities`, `"entities": [`. */
function textBeforeEntities(record: Partial<DocumentRecord>, layout: RecordLayout): string {
  const compact = layout === 'jsonl';
  let text = '{';
  for (const [key, value] of Object.entries(record)) {
    if (key === 'entities') break;
    if (value === undefined) continue;
    text += compact
      ? `${JSON.stringify(key)}:${JSON.stringify(value)},`
      : `\n  ${JSON.stringify(key)}: ${nested(value, '  ')},`;
  }
  return compact ? `${text}"entities":[` : `${text}\n  "entities": [`;
}

/** The entities as items of the record's `entities` array, the first of them item number `index`. */
function entityItems(entities: readonly unknown[], index: number, layout: RecordLayout): string {
  let text = '';
  for (let i = 0; i < entities.length; i++) {
    const comma = index + i ? ',' : '';
    text += layout === 'jsonl' ? comma + JSON.stringify(entities[i]) : `${comma}\n    ${nested(entities[i], '    ')}`;
  }
  return text;
}

/** The record's text after its entities' items: `]`, the fields after `entities`, `}`. */
function textAfterEntities(record: DocumentRecord, items: number, layout: RecordLayout): string {
  const compact = layout === 'jsonl';
  let text = items && !compact ? '\n  ]' : ']';
  let after = false;
  for (const [key, value] of Object.entries(record)) {
    if (after && value !== undefined)
      text += compact
        ? `,${JSON.stringify(key)}:${JSON.stringify(value)}`
        : `,\n  ${JSON.stringify(key)}: ${nested(value, '  ')}`;
    if (key === 'entities') after = true;
  }
  return compact ? `${text}}\n` : `${text}\n}${layout === 'file' ? '\n' : ''}`;
}

/**
 * The record's text in pieces of at most ENTITIES_PER_PIECE entities: the same text, never held
 * whole (a 20 MB document's record is ~140 million characters). A record with fewer entities is
 * one piece.
 */
export function* recordPieces(record: DocumentRecord, layout: RecordLayout = 'file'): Generator<string> {
  const { entities } = record;
  if (entities.length <= ENTITIES_PER_PIECE) {
    yield recordText(record, layout);
    return;
  }
  yield textBeforeEntities(record, layout);
  for (let i = 0; i < entities.length; i += ENTITIES_PER_PIECE)
    yield entityItems(entities.slice(i, i + ENTITIES_PER_PIECE), i, layout);
  yield textAfterEntities(record, entities.length, layout);
}

/** The fields a record holds before its entities. */
export type RecordHead = Pick<DocumentRecord, 'schemaVersion' | 'id' | 'language' | 'referenceDate'>;

/**
 * A record written while its document is processed (a very long document's: see DocumentHooks in
 * process.ts): the fields before the entities and each window's entities as they come, the rest at
 * the end, to the same text as the whole record written at once. So a long document's entities are
 * never all held, nor its record's text.
 */
abstract class RecordStream {
  private fd: number | null = null;
  private before = '';
  private items = 0;

  protected constructor(private readonly layout: RecordLayout) {}

  /** Opens the file the record is written to. */
  protected abstract open(head: RecordHead): number;
  /** Removes what was written, if anything. */
  protected abstract discard(): void;

  /** Whether any entities were taken: then `finish` must be called, or `abort`. */
  get started(): boolean {
    return this.fd !== null;
  }

  take(head: RecordHead, entities: readonly unknown[]): void {
    if (this.fd === null) {
      this.before = textBeforeEntities(head, this.layout);
      this.fd = this.open(head);
      writeFileSync(this.fd, this.before);
    }
    writeFileSync(this.fd, entityItems(entities, this.items, this.layout));
    this.items += entities.length;
  }

  /**
   * Ends the text with `record`, the document's record without its entities (they were taken), and
   * closes the file. False, with nothing written, when the record is not one the entities were
   * taken for (an error record: the document failed midway; one with entities of its own).
   */
  protected end(record: DocumentRecord): boolean {
    if (this.fd === null || record.error || record.entities.length) {
      this.abort();
      return false;
    }
    try {
      // The head was written before the document's last check: it must be the record's own.
      if (textBeforeEntities(record, this.layout) !== this.before)
        throw new Error(`record ${record.id}: its head changed`);
      writeFileSync(this.fd, textAfterEntities(record, this.items, this.layout));
      closeSync(this.fd);
      this.fd = null;
      return true;
    } catch (err) {
      this.abort();
      throw err;
    }
  }

  abort(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
    this.discard();
  }
}

/** A record file written as its document is processed, to a temporary file renamed into place. */
export class RecordFileStream extends RecordStream {
  private path = '';
  private tmp = '';

  constructor(readonly outDir: string) {
    super('file');
  }

  protected open(head: RecordHead): number {
    this.path = recordPath(this.outDir, head.id);
    this.tmp = temporaryFor(this.path);
    return openCreatingFolder(this.tmp, this.path);
  }

  protected discard(): void {
    if (this.tmp) rmSync(this.tmp, { force: true });
  }

  /** Ends the file and renames it into place (a record it was not started for is written whole): its path. */
  finish(record: DocumentRecord): string {
    if (!this.end(record)) return writeRecordFileSync(this.outDir, record);
    renameSync(this.tmp, this.path);
    return this.path;
  }
}

/** The prefix of this process's spool files in the temporary folder. */
export const spoolPrefix = (pid = process.pid) => `tamis-spool-${pid}-`;

/**
 * A record for the output stream written, as its document is processed, to a spool file in the
 * temporary folder, which the main thread copies to the stream in its turn and removes: a very long
 * document's record (hundreds of MB of JSON) is then never held whole, by its thread or the main one.
 */
export class RecordSpool extends RecordStream {
  readonly path: string;

  constructor(format: 'json' | 'jsonl') {
    super(format);
    this.path = join(tmpdir(), `${spoolPrefix()}${threadId}-${tmpCounter++}.${format}`);
  }

  protected open(): number {
    return openSync(this.path, 'w');
  }

  protected discard(): void {
    rmSync(this.path, { force: true });
  }

  /** Ends the spool file: its path, or null when the record was not the one it was started for (nothing left behind). */
  finish(record: DocumentRecord): string | null {
    return this.end(record) ? this.path : null;
  }
}

/** Removes this process's spool files left by a thread that was cut off. */
export async function sweepSpools(): Promise<void> {
  const prefix = spoolPrefix();
  const names = await readdir(tmpdir()).catch(() => [] as string[]);
  await Promise.all(names.filter((n) => n.startsWith(prefix)).map((n) => unlink(join(tmpdir(), n)).catch(() => {})));
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
  await writeFileAtomic(path, recordPieces(record));
  return path;
}

export function writeRecordFileSync(outDir: string, record: DocumentRecord): string {
  const path = recordPath(outDir, record.id);
  writeFileAtomicSync(path, recordPieces(record));
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
