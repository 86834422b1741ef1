// Loading stage: turns files and stdin lines into documents, or into a clear reason why not.
import { createHash } from 'node:crypto';
import { readFileSync, type Stats, statSync } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import { basename, extname, join, relative, resolve, sep } from 'node:path';
import chardet from 'chardet';
import iconv from 'iconv-lite';
import picomatch from 'picomatch';
import type { DocumentOptions } from './document.js';
import { type FolderListing, listFolder } from './folder-listing.js';
import { InputDocument, type Source } from './schema.js';

export const DEFAULT_EXTENSIONS = ['txt', 'md', 'text'];
export const DEFAULT_GLOB = `**/*.{${DEFAULT_EXTENSIONS.join(',')}}`;

export interface InputFile {
  /** Absolute path. */
  path: string;
  /** The record id: the path relative to the input root, without extension. */
  id: string;
}

export type Loaded =
  | { ok: true; id: string; text: string; source?: Source; options: { lang?: string; date?: string } }
  | { ok: false; id: string; code: string; message: string; source?: Source };

/** Splits `a,b,{c,d}` on the commas that are not inside braces: `--glob '**\/*.{txt,md},notes/*'`. */
export function splitPatterns(list: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of list) {
    if (ch === '{') depth++;
    else if (ch === '}') depth = Math.max(0, depth - 1);
    if (ch === ',' && depth === 0) {
      out.push(current);
      current = '';
    } else current += ch;
  }
  out.push(current);
  return out.map((p) => p.trim()).filter(Boolean);
}

const toPosix = (p: string) => p.split(sep).join('/');
const isInside = (path: string, dir: string) => path === dir || path.startsWith(dir + sep);

/**
 * Lists the files named by `paths`: files as given, folders walked recursively for `patterns`.
 * Streams: one directory's entries are held at a time, never the whole tree. Symbolic links are
 * followed, but a link whose target is inside an input root is skipped (the target is reached
 * directly, so it is neither read twice nor a loop), and a directory is never walked twice.
 */
export async function* listInputs(paths: string[], patterns: string[]): AsyncGenerator<InputFile> {
  const matches = picomatch(patterns.length ? patterns : [DEFAULT_GLOB], { dot: false });
  const roots: { given: string; real: string }[] = [];
  for (const given of paths) {
    const abs = resolve(given);
    roots.push({ given: abs, real: await realpath(abs).catch(() => abs) });
  }
  const rootReals = roots.map((r) => r.real);
  const walkedDirs = new Set<string>();
  const outsideFiles = new Set<string>();
  // Within one root, paths are unique and only siblings can share an id (see `file` below). Across
  // roots (`in1/a.txt in2/a.txt`, a file also given inside a folder given) they can: the second would
  // overwrite the first's record. So with more than one root, the run remembers each file (by real
  // path: the same file is read once) and each id (a taken one gets `~2`, `~3`…). A single folder,
  // the usual big run, keeps no such sets: memory stays flat.
  const acrossRoots = roots.length > 1 ? { files: new Set<string>(), ids: new Set<string>() } : null;
  /** The file as the run yields it, or null for a file already yielded through another root. */
  const unique = (input: InputFile, real: string): InputFile | null => {
    if (!acrossRoots) return input;
    if (acrossRoots.files.has(real)) return null;
    acrossRoots.files.add(real);
    let id = input.id;
    for (let n = 2; acrossRoots.ids.has(id); n++) id = `${input.id}~${n}`;
    acrossRoots.ids.add(id);
    return id === input.id ? input : { ...input, id };
  };

  async function* walk(root: string, dir: string, realDir: string): AsyncGenerator<InputFile> {
    if (walkedDirs.has(realDir)) return;
    walkedDirs.add(realDir);
    let entries: FolderListing;
    try {
      entries = await listFolder(dir);
    } catch {
      // An unreadable folder: its files cannot even be named, so say it as one error record.
      const input = unique({ path: dir, id: idOf(relative(root, dir) || basename(dir)) }, realDir);
      if (input) yield input;
      return;
    }
    const idFor = siblingIds();
    const file = (path: string, rel: string, real: string): InputFile | null => unique({ path, id: idFor(rel) }, real);
    for (let i = 0; i < entries.count; i++) {
      const name = entries.name(i);
      const kind = entries.kind(i);
      const path = join(dir, name);
      const rel = toPosix(relative(root, path));
      if (kind === 'directory') {
        yield* walk(root, path, join(realDir, name));
      } else if (kind === 'symlink') {
        const target = await realpath(path).catch(() => null);
        const info = target ? await stat(target).catch(() => null) : null;
        if (target && info?.isDirectory()) {
          if (!rootReals.some((r) => isInside(target, r))) yield* walk(root, path, target);
        } else if (matches(rel)) {
          // A dangling link still becomes a record: the error names the missing target.
          if (!target) {
            const input = file(path, rel, path);
            if (input) yield input;
          } else if (!rootReals.some((r) => isInside(target, r)) && !outsideFiles.has(target)) {
            outsideFiles.add(target);
            const input = file(path, rel, target);
            if (input) yield input;
          }
        }
      } else if (matches(rel)) {
        // Regular files, and also FIFOs, sockets…: loadFile turns those into error records.
        const input = file(path, rel, join(realDir, name));
        if (input) yield input;
      }
    }
  }

  for (const { given, real } of roots) {
    const info = await stat(given).catch(() => null);
    if (info?.isDirectory()) yield* walk(given, given, real);
    else {
      // A missing path still becomes a record: the error says what went wrong.
      const input = unique({ path: given, id: idOf(basename(given)) }, real);
      if (input) yield input;
    }
  }
}

/**
 * The ids of a folder's files, given in name order. Ids drop the extension, so `a.txt` and `a.md`
 * side by side would write the same record: the second keeps its extension in its id. Only siblings
 * can collide. An id is a prefix of its file's path (up to the separators idOf rewrites), and the
 * names come sorted: once a path does not begin with an id's own prefix, no later one does, and
 * the id is dropped. So the ids held are prefixes of one path, not every id of a large folder.
 */
function siblingIds(): (rel: string) => string {
  let live: { id: string; prefix: string }[] = [];
  return (rel) => {
    live = live.filter((e) => rel.startsWith(e.prefix));
    const stem = idOf(rel);
    const id = live.some((e) => e.id === stem) ? rel : stem;
    live.push({ id, prefix: rel.slice(0, id.length) });
    return id;
  };
}

const idOf = (rel: string) => {
  const ext = extname(rel);
  const noExt = ext ? rel.slice(0, -ext.length) : rel;
  return noExt.split(/[\\/]/).join('/');
};

const UTF8 = new TextDecoder('utf-8', { fatal: true });
/** The Western single-byte family: what old French and English archives are written in. */
const WESTERN = new Set(['iso-8859-1', 'iso-8859-15', 'windows-1252']);

export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; code: string; message: string };

/** Control characters that never appear in text (tab, newlines, form feed and escape excluded). */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 64 * 1024);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) controls++;
  }
  return controls > n * 0.02;
}

/**
 * Bytes to text: UTF-8 (a BOM is dropped), UTF-16 with a BOM, else the legacy encoding chardet
 * names, Windows-1252 when in doubt. Binary content is refused rather than decoded into noise.
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    try {
      return { ok: true, text: UTF8.decode(bytes.subarray(3)), encoding: 'utf-8' };
    } catch {
      return { ok: false, code: 'not-text', message: 'a UTF-8 byte order mark followed by invalid UTF-8' };
    }
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    return { ok: true, text: iconv.decode(Buffer.from(bytes.subarray(2)), encoding), encoding };
  }
  if (looksBinary(bytes)) return { ok: false, code: 'not-text', message: 'binary content (NUL or control bytes)' };
  try {
    return { ok: true, text: UTF8.decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: a legacy encoding.
  }
  const guesses = chardet.analyse(bytes).filter((g) => !/^(?:utf|ascii)/i.test(g.name));
  const top = guesses[0];
  let encoding = 'windows-1252';
  if (top && WESTERN.has(top.name.toLowerCase())) encoding = top.name.toLowerCase();
  else if (top && top.confidence >= 50 && iconv.encodingExists(top.name)) encoding = top.name.toLowerCase();
  // Latin-1 has only control codes at 0x80–0x9F; a file using them is really Windows-1252 (€, ’, …).
  if (encoding === 'iso-8859-1' && bytes.some((b) => b >= 0x80 && b <= 0x9f)) encoding = 'windows-1252';
  const decodeAs = encoding === 'iso-8859-1' ? 'windows-1252' : encoding;
  return { ok: true, text: iconv.decode(Buffer.from(bytes), decodeAs), encoding };
}

/** What the file system says about a path before it is read: a reason not to read it, or null. */
function refuseBeforeRead(file: InputFile, info: Stats, maxBytes: number): Loaded | null {
  // FIFOs, sockets and devices are never opened: reading one could block forever.
  // A folder only gets here when it could not be listed.
  if (info.isDirectory())
    return { ok: false, id: file.id, code: 'unreadable', message: `${file.path}: the folder could not be listed` };
  if (!info.isFile())
    return { ok: false, id: file.id, code: 'not-a-file', message: `${file.path} is not a regular file` };
  if (info.size > maxBytes) {
    // Never read: what the file system says is all there is (no hash, no encoding).
    return {
      ok: false,
      id: file.id,
      code: 'too-large',
      message: `${file.path} is ${info.size} bytes, over the limit of ${maxBytes}`,
      source: { path: file.path, bytes: info.size },
    };
  }
  return null;
}

function readFailure(file: InputFile, err: unknown): Loaded {
  const code = (err as NodeJS.ErrnoException).code;
  return {
    ok: false,
    id: file.id,
    code: code === 'ENOENT' ? 'not-found' : 'unreadable',
    message: `${file.path}: ${(err as Error).message}`,
  };
}

/** The document a file's bytes make (hash, encoding, text), or why they make none. */
function fromBytes(file: InputFile, bytes: Buffer, maxBytes: number): Loaded {
  // The file may have grown between stat and read.
  if (bytes.length > maxBytes)
    return {
      ok: false,
      id: file.id,
      code: 'too-large',
      message: `${file.path} is over the limit of ${maxBytes}`,
      source: { path: file.path, sha256: sha256(bytes), bytes: bytes.length },
    };
  const decoded = decodeBytes(bytes);
  const source: Source = {
    path: file.path,
    sha256: sha256(bytes),
    bytes: bytes.length,
    encoding: decoded.ok ? decoded.encoding : 'binary',
  };
  if (!decoded.ok)
    return { ok: false, id: file.id, code: decoded.code, message: `${file.path}: ${decoded.message}`, source };
  return { ok: true, id: file.id, text: decoded.text, source, options: {} };
}

/** Reads one file as a document, or says why it cannot be one. Never throws. */
export async function loadFile(file: InputFile, maxBytes: number): Promise<Loaded> {
  let bytes: Buffer;
  try {
    const refused = refuseBeforeRead(file, await stat(file.path), maxBytes);
    if (refused) return refused;
    bytes = await readFile(file.path);
  } catch (err) {
    return readFailure(file, err);
  }
  return fromBytes(file, bytes, maxBytes);
}

/**
 * loadFile with blocking reads, for a worker thread that has nothing else to do meanwhile: a
 * blocking read costs a fraction of the CPU of a promise-based one, which hops through libuv's
 * thread pool and back for each of stat, open, fstat, read and close.
 */
export function loadFileSync(file: InputFile, maxBytes: number): Loaded {
  let bytes: Buffer;
  try {
    const refused = refuseBeforeRead(file, statSync(file.path), maxBytes);
    if (refused) return refused;
    bytes = readFileSync(file.path);
  } catch (err) {
    return readFailure(file, err);
  }
  return fromBytes(file, bytes, maxBytes);
}

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Parses one JSON Lines input line; `lineNumber` (1-based) names the error record when the id is missing. */
export function parseInputLine(line: string, lineNumber: number, maxBytes = Number.POSITIVE_INFINITY): Loaded {
  const fallbackId = `line-${lineNumber}`;
  // The contract answers every line, so a blank one (mid-stream, or blanks before the end) is an
  // error record too; the stream's final newline ends the last line and is no line of its own.
  if (!line.trim()) return { ok: false, id: fallbackId, code: 'empty-line', message: `line ${lineNumber} is blank` };
  // Characters, not bytes: a cheap bound that never underestimates by more than 4×.
  if (line.length > maxBytes)
    return { ok: false, id: fallbackId, code: 'too-large', message: `line ${lineNumber} is over ${maxBytes} bytes` };
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
  if (!json || typeof json !== 'object' || Array.isArray(json))
    return { ok: false, id: fallbackId, code: 'invalid-document', message: `line ${lineNumber}: not a JSON object` };
  const rawId = (json as { id?: unknown }).id;
  const id = (typeof rawId === 'string' && rawId) || typeof rawId === 'number' ? String(rawId) : fallbackId;
  const parsed = InputDocument.safeParse(typeof rawId === 'number' ? { ...json, id } : json);
  if (!parsed.success) {
    const why = parsed.error.issues.map((i) => `${i.path.join('.') || 'document'}: ${i.message}`).join('; ');
    return { ok: false, id, code: 'invalid-document', message: `line ${lineNumber}: ${why}` };
  }
  const { text, lang, date } = parsed.data;
  return { ok: true, id, text, options: { lang, date } };
}

/** The options a batch gives every document (--lang, --date…), with a document's own fields (stdin) over them. */
export function documentOptions(batch: DocumentOptions, own: { lang?: string; date?: string }): DocumentOptions {
  // The caller's --lang / --date are defaults: a stdin document's own fields win over them, and so
  // does a header in the text (header.ts reads `fallback*` only when the text has none).
  return {
    ...(batch.lang ? { fallbackLang: batch.lang } : {}),
    ...(batch.date ? { fallbackDate: batch.date } : {}),
    ...(batch.types ? { types: batch.types } : {}),
    ...(batch.currency ? { currency: batch.currency } : {}),
    ...(own.lang ? { lang: own.lang } : {}),
    ...(own.date ? { date: own.date } : {}),
  };
}
