// One folder's entries in name order, held compactly. A run sorts each folder's entries (so that
// records come in a stable order), so it must hold all of them at once; as Dirent objects, a flat
// folder of 366,000 articles took ~38 MB of the main thread's heap with the ids given so far
// (~103 bytes an entry). Here the names are one string, with offsets, kinds and the sorted order in
// typed arrays (~25 bytes an entry), read one entry at a time from the directory stream.
import { opendir } from 'node:fs/promises';

export type EntryKind = 'file' | 'directory' | 'symlink' | 'other';
const KINDS: readonly EntryKind[] = ['file', 'directory', 'symlink', 'other'];

export interface FolderListing {
  readonly count: number;
  /** The name of the `i`-th entry in name order (UTF-16 code unit order, as `<` compares strings). */
  name(i: number): string;
  kind(i: number): EntryKind;
}

/** Entry names are joined into pieces of this many, and the pieces into one string at the end. */
const PIECE = 4096;

/** The entries of a folder, hidden ones (a leading dot) left out, sorted by name. Throws when it cannot be read. */
export async function listFolder(dir: string): Promise<FolderListing> {
  const pieces: string[] = [];
  let piece: string[] = [];
  let starts = new Int32Array(256);
  let kinds = new Uint8Array(256);
  let count = 0;
  let length = 0;
  // A small buffer is enough: each entry is copied out at once.
  for await (const entry of await opendir(dir, { bufferSize: 256 })) {
    if (entry.name.startsWith('.')) continue;
    if (count + 1 >= starts.length) {
      starts = grown(starts);
      kinds = grown(kinds);
    }
    starts[count] = length;
    kinds[count] = entry.isFile() ? 0 : entry.isDirectory() ? 1 : entry.isSymbolicLink() ? 2 : 3;
    // Every name ends with NUL, which no file name holds: it sorts before any character, so a name
    // sorts before the longer names it begins, as with `<`.
    piece.push(entry.name);
    length += entry.name.length + 1;
    count++;
    if (piece.length >= PIECE) {
      pieces.push(`${piece.join('\0')}\0`);
      piece = [];
    }
  }
  if (piece.length) pieces.push(`${piece.join('\0')}\0`);
  starts[count] = length;
  const names = pieces.join('');
  const order = new Uint32Array(count);
  for (let i = 0; i < count; i++) order[i] = i;
  order.sort((a, b) => compareAt(names, starts[a] as number, starts[b] as number));
  return {
    count,
    name: (i) => {
      const at = order[i] as number;
      return names.slice(starts[at], (starts[at + 1] as number) - 1);
    },
    kind: (i) => KINDS[kinds[order[i] as number] as number] as EntryKind,
  };
}

/** Compares the NUL-ended names starting at `a` and `b`, code unit by code unit. */
function compareAt(names: string, a: number, b: number): number {
  for (;;) {
    const x = names.charCodeAt(a++);
    const y = names.charCodeAt(b++);
    if (x !== y) return x - y;
    if (x === 0) return 0;
  }
}

function grown<T extends Int32Array | Uint8Array>(array: T): T {
  const bigger = new (array.constructor as new (length: number) => T)(array.length * 2);
  bigger.set(array);
  return bigger;
}
