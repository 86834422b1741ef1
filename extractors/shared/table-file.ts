// Big lookup tables built once per machine, not once per thread: the typed arrays a builder makes
// are written to one file in a cache folder, and later processes and worker threads read that file
// back (a few milliseconds) instead of building again (a quarter of a second and tens of MB of
// short-lived heap for the city gazetteer). The file's name holds a hash of everything the tables
// are built from, so a new package version or an edited builder makes a new file.
//
// The cache folder is $TAMIS_CACHE_DIR, else tamis-cache-<uid> in the system's temporary folder;
// TAMIS_CACHE_DIR=off builds in memory every time. A missing, unwritable or damaged cache only
// costs the build. Tables are read onto a SharedArrayBuffer, so that they can be handed to worker
// threads without a copy (see shareTables / adoptTables).
import { createHash } from 'node:crypto';
import {
  closeSync,
  fstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type TableArray = Uint8Array | Uint16Array | Uint32Array | Int32Array | Float64Array;
export type Tables = Record<string, TableArray>;

const KINDS = { Uint8Array, Uint16Array, Uint32Array, Int32Array, Float64Array } as const;
type Kind = keyof typeof KINDS;
const MAGIC = 'tamis-tables/1\n';

/** The tables as one byte string: a magic line, a JSON index line, then each array 8-byte aligned. */
export function packTables(tables: Tables): Uint8Array {
  const index: Record<string, [Kind, number, number]> = {};
  let at = 0;
  for (const [name, array] of Object.entries(tables)) {
    index[name] = [array.constructor.name as Kind, at, array.length];
    at += Math.ceil(array.byteLength / 8) * 8;
  }
  const head = Buffer.from(`${MAGIC}${JSON.stringify(index)}\n`);
  const dataStart = Math.ceil(head.length / 8) * 8;
  const out = new Uint8Array(dataStart + at);
  out.set(head, 0);
  for (const [name, array] of Object.entries(tables)) {
    const bytes = new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
    out.set(bytes, dataStart + index[name]![1]);
  }
  return out;
}

/** Views into `bytes` (no copy); throws on anything that is not a table file. */
export function unpackTables(bytes: Uint8Array): Tables {
  const text = Buffer.from(bytes.subarray(0, 1 << 16)).toString('latin1');
  const firstEnd = text.indexOf('\n');
  const secondEnd = text.indexOf('\n', firstEnd + 1);
  if (text.slice(0, firstEnd + 1) !== MAGIC || secondEnd < 0) throw new Error('not a table file');
  const index = JSON.parse(text.slice(firstEnd + 1, secondEnd)) as Record<string, [Kind, number, number]>;
  const dataStart = Math.ceil((secondEnd + 1) / 8) * 8;
  if ((bytes.byteOffset + dataStart) % 8 !== 0) throw new Error('misaligned table bytes');
  const tables: Tables = {};
  for (const [name, [kind, offset, length]] of Object.entries(index)) {
    const Ctor = KINDS[kind];
    if (!Ctor) throw new Error(`unknown array kind ${kind}`);
    const start = bytes.byteOffset + dataStart + offset;
    if (start + length * Ctor.BYTES_PER_ELEMENT > bytes.byteOffset + bytes.length)
      throw new Error('truncated table file');
    tables[name] = new Ctor(bytes.buffer as ArrayBuffer, start, length);
  }
  return tables;
}

function cacheDir(): string | null {
  const configured = process.env.TAMIS_CACHE_DIR;
  if (configured === 'off') return null;
  return configured || join(tmpdir(), `tamis-cache-${process.getuid?.() ?? 'user'}`);
}

/** The file's bytes on a SharedArrayBuffer, or null when it cannot be read. */
function readShared(path: string): Uint8Array | null {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return null;
  }
  try {
    const size = fstatSync(fd).size;
    const bytes = new Uint8Array(new SharedArrayBuffer(size));
    let at = 0;
    while (at < size) {
      const n = readSync(fd, bytes, at, size - at, at);
      if (n <= 0) return null;
      at += n;
    }
    return bytes;
  } catch {
    return null;
  } finally {
    closeSync(fd);
  }
}

/** Tables handed over by another thread (see shareTables), by cache name. */
const adopted = new Map<string, Uint8Array>();
/** Tables this thread has loaded, as bytes, by cache name: what shareTables hands on. */
const loaded = new Map<string, Uint8Array>();

/**
 * The tables named `name`, built by `build` from what `inputs` identifies (package versions, the
 * builder's source): from another thread's copy, from the cache file, or built (and cached).
 */
export function cachedTables(name: string, inputs: string, build: () => Tables): Tables {
  const file = `${name}-${createHash('sha256').update(inputs).digest('hex').slice(0, 16)}.bin`;
  const given = adopted.get(file);
  if (given) {
    try {
      const tables = unpackTables(given);
      loaded.set(file, given);
      return tables;
    } catch {
      // Fall through to the file or a build.
    }
  }
  const dir = cacheDir();
  const path = dir ? join(dir, file) : null;
  const bytes = path ? readShared(path) : null;
  if (bytes) {
    try {
      const tables = unpackTables(bytes);
      loaded.set(file, bytes);
      return tables;
    } catch {
      // A damaged file: built again and replaced below.
    }
  }
  const packed = packTables(build());
  const shared = new Uint8Array(new SharedArrayBuffer(packed.length));
  shared.set(packed);
  loaded.set(file, shared);
  if (dir && path) {
    const temporary = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    try {
      mkdirSync(dir, { recursive: true });
      writeFileSync(temporary, packed);
      renameSync(temporary, path); // atomic: a reader never sees half a file
      removeOlder(dir, name, file);
    } catch {
      rmSync(temporary, { force: true });
    }
  }
  return unpackTables(shared);
}

/**
 * A file's bytes on a SharedArrayBuffer (offset 0, so any typed-array view is aligned): another
 * thread's copy when one was handed over, else read once per thread. Throws when unreadable.
 */
export function sharedFileBytes(path: string): Uint8Array {
  const key = `file:${path}`;
  const bytes = adopted.get(key) ?? loaded.get(key) ?? readShared(path);
  if (!bytes) throw new Error(`cannot read ${path}`);
  loaded.set(key, bytes);
  return bytes;
}

/** The tables this thread has loaded so far, to hand to worker threads (their buffers are shared, not copied). */
export function shareTables(): Record<string, Uint8Array> {
  return Object.fromEntries(loaded);
}

/** Earlier builds of the same tables (other inputs): a process reads its tables once, at start. */
function removeOlder(dir: string, name: string, keep: string): void {
  for (const f of readdirSync(dir))
    if (f !== keep && f.startsWith(`${name}-`) && f.endsWith('.bin')) rmSync(join(dir, f), { force: true });
}

/** Tables another thread loaded (from shareTables): used instead of reading or building them here. */
export function adoptTables(tables: Record<string, Uint8Array> | undefined): void {
  for (const [file, bytes] of Object.entries(tables ?? {})) adopted.set(file, bytes);
}
