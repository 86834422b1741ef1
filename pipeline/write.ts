// Writing stage: one JSON file per record, written to a temporary file and renamed into place so
// that a reader (or a crash) never sees half a record.
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import type { DocumentRecord } from './schema.js';

/** The record's file under `outDir`; ids that would climb out of it are flattened. */
export function recordPath(outDir: string, id: string): string {
  const root = resolve(outDir);
  const safe = id
    .split('/')
    .filter((part) => part && part !== '.' && part !== '..')
    .join(sep);
  const path = resolve(join(root, `${safe || '_'}.json`));
  return path.startsWith(root + sep) ? path : join(root, `${encodeURIComponent(id)}.json`);
}

let tmpCounter = 0;

export async function writeRecordFile(outDir: string, record: DocumentRecord): Promise<string> {
  const path = recordPath(outDir, record.id);
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.${tmpCounter++}.tmp`;
  await writeFile(tmp, `${JSON.stringify(record, null, 2)}\n`);
  await rename(tmp, path);
  return path;
}
