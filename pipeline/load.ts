// Loading stage: turns files and stdin lines into documents, or into a clear reason why not.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename, extname, relative, resolve } from 'node:path';
import { glob } from 'tinyglobby';
import { InputDocument, type Source } from './schema.js';

export const DEFAULT_EXTENSIONS = ['txt', 'md', 'text'];

export interface InputFile {
  /** Absolute path. */
  path: string;
  /** The record id: the path relative to the input root, without extension. */
  id: string;
}

export type Loaded =
  | { ok: true; id: string; text: string; source?: Source; options: { lang?: string; date?: string } }
  | { ok: false; id: string; code: string; message: string; source?: Source };

/** Lists the files named by `paths`: files as given, folders searched recursively for `patterns`. */
export async function* listInputs(paths: string[], patterns: string[]): AsyncGenerator<InputFile> {
  for (const given of paths) {
    const root = resolve(given);
    const info = await stat(root).catch(() => null);
    if (info?.isDirectory()) {
      const found = await glob(patterns, { cwd: root, absolute: true, followSymbolicLinks: true, dot: false });
      found.sort();
      for (const path of found) yield { path, id: idOf(relative(root, path)) };
    } else {
      // A missing path still becomes a record: the error says what went wrong.
      yield { path: root, id: idOf(basename(root)) };
    }
  }
}

const idOf = (rel: string) => {
  const ext = extname(rel);
  const noExt = ext ? rel.slice(0, -ext.length) : rel;
  return noExt.split(/[\\/]/).join('/');
};

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Reads one file as a document: UTF-8 with or without BOM; anything else is an error. */
export async function loadFile(file: InputFile, maxBytes: number): Promise<Loaded> {
  let bytes: Buffer;
  try {
    const info = await stat(file.path);
    if (!info.isFile())
      return { ok: false, id: file.id, code: 'not-a-file', message: `${file.path} is not a regular file` };
    if (info.size > maxBytes) {
      return {
        ok: false,
        id: file.id,
        code: 'too-large',
        message: `${file.path} is ${info.size} bytes, over the limit of ${maxBytes}`,
      };
    }
    bytes = await readFile(file.path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return {
      ok: false,
      id: file.id,
      code: code === 'ENOENT' ? 'not-found' : 'unreadable',
      message: `${file.path}: ${(err as Error).message}`,
    };
  }
  const source: Source = {
    path: file.path,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    bytes: bytes.length,
    encoding: 'utf-8',
  };
  if (bytes.includes(0))
    return { ok: false, id: file.id, code: 'not-text', message: `${file.path} holds binary data (NUL bytes)`, source };
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    return { ok: false, id: file.id, code: 'invalid-utf8', message: `${file.path} is not valid UTF-8`, source };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { ok: true, id: file.id, text, source, options: {} };
}

/** Parses one JSON Lines input line; `lineNumber` (1-based) names the error record when the id is missing. */
export function parseInputLine(line: string, lineNumber: number): Loaded {
  const fallbackId = `line-${lineNumber}`;
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch (err) {
    return {
      ok: false,
      id: fallbackId,
      code: 'invalid-json',
      message: `line ${lineNumber}: ${(err as Error).message}`,
    };
  }
  const id =
    json && typeof json === 'object' && 'id' in json && (typeof json.id === 'string' || typeof json.id === 'number')
      ? String(json.id)
      : fallbackId;
  const parsed = InputDocument.safeParse(
    json && typeof json === 'object' && typeof (json as { id?: unknown }).id === 'number' ? { ...json, id } : json,
  );
  if (!parsed.success) {
    const why = parsed.error.issues.map((i) => `${i.path.join('.') || 'document'}: ${i.message}`).join('; ');
    return { ok: false, id, code: 'invalid-document', message: `line ${lineNumber}: ${why}` };
  }
  const { text, lang, date } = parsed.data;
  return { ok: true, id, text, options: { lang, date } };
}
