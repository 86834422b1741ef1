// What a queue job carries, and how its id is derived. No BullMQ here: this module is shared by the
// producer (`tamis queue add`) and the worker, and is cheap to import.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { DocumentOptions } from '../document.js';
import type { InputFile } from '../load.js';
import type { EntityType } from '../schema.js';

export const DEFAULT_QUEUE = 'tamis';

/** The options that shape a record; they travel with the job, so any worker produces the same record. */
export interface JobOptions {
  /** A text job's own lang and date: they win over a header in the text. */
  lang?: string;
  date?: string;
  /** The producer's --lang / --date: defaults that a header in the text, or the job's own fields, beat. */
  fallbackLang?: string;
  fallbackDate?: string;
  types?: EntityType[];
}

/** A file on storage every worker can read (same path on every machine), or the text itself. */
export type JobData =
  | ({ kind: 'file'; id: string; path: string; sha256: string } & JobOptions)
  | ({ kind: 'text'; id: string; text: string } & JobOptions);

export const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

/** Streams a file through sha256, so that a big file is never held whole in memory. */
export async function hashFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * The job id: a hash of the content's sha256 together with everything else that shapes the
 * record (its id and options). BullMQ ignores an add whose job id it already holds, so the same
 * document enqueued twice is processed once; the same bytes under two names still give two records.
 */
export function jobIdOf(contentSha256: string, data: JobData): string {
  const key = JSON.stringify([
    contentSha256,
    data.id,
    data.lang ?? null,
    data.date ?? null,
    data.types ?? null,
    data.fallbackLang ?? null,
    data.fallbackDate ?? null,
  ]);
  // A prefix keeps the id from ever looking like an integer, which BullMQ reserves for its own ids.
  return `doc-${sha256(key)}`;
}

export type Prepared = { ok: true; jobId: string; data: JobData } | { ok: false; id: string; message: string };

/** A file job: hashes the file now, so that the id is known before any worker reads it. */
export async function prepareFile(file: InputFile, options: JobOptions): Promise<Prepared> {
  try {
    const info = await stat(file.path);
    if (!info.isFile()) return { ok: false, id: file.id, message: `${file.path} is not a regular file` };
    const digest = await hashFile(file.path);
    const data: JobData = { kind: 'file', id: file.id, path: file.path, sha256: digest, ...definedOnly(options) };
    return { ok: true, jobId: jobIdOf(digest, data), data };
  } catch (err) {
    return { ok: false, id: file.id, message: `${file.path}: ${(err as Error).message}` };
  }
}

/** A text job (from a JSON Lines line): the document's own lang and date win over the flags. */
export function prepareText(id: string, text: string, own: DocumentOptions, flags: JobOptions): Prepared {
  const options: JobOptions = {
    ...flags,
    ...(own.lang ? { lang: own.lang } : {}),
    ...(own.date ? { date: own.date } : {}),
  };
  const data: JobData = { kind: 'text', id, text, ...definedOnly(options) };
  return { ok: true, jobId: jobIdOf(sha256(text), data), data };
}

/** Drops undefined fields so that they neither reach Redis nor change the job id. */
function definedOnly(options: JobOptions): JobOptions {
  return Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) as JobOptions;
}
