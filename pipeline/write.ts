// Writing stage: one JSON file per record, written to a temporary file and renamed into place so
// that a reader (or a crash, even kill -9) never sees half a record.
import type { Dirent } from 'node:fs';
import { mkdir, readdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve, sep } from 'node:path';
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

/** Writes `content` to `path` atomically: a hidden temporary file beside it, then a rename. */
export async function writeFileAtomic(path: string, content: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  // Hidden and not ending in .json, so a half-written one is never mistaken for a record.
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${tmpCounter++}.tmp`);
  try {
    await writeFile(tmp, content);
    await rename(tmp, path);
  } catch (err) {
    await unlink(tmp).catch(() => {});
    throw err;
  }
}

export async function writeRecordFile(outDir: string, record: DocumentRecord): Promise<string> {
  const path = recordPath(outDir, record.id);
  await writeFileAtomic(path, `${JSON.stringify(record, null, 2)}\n`);
  return path;
}

/**
 * For `--resume`: true when `outDir` already holds a successful record of this document made
 * from the same bytes. A missing, unparsable or failed record means "do it again".
 */
export async function hasRecordFor(outDir: string, id: string, sha256: string): Promise<boolean> {
  let existing: Partial<DocumentRecord>;
  try {
    existing = JSON.parse(await readFile(recordPath(outDir, id), 'utf8'));
  } catch {
    return false;
  }
  return existing.id === id && !existing.error && existing.source?.sha256 === sha256;
}

const TEMP_NAME = /^\..+\.(\d+)\.\d+\.tmp$/;

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
 * of a process still running. Returns how many were removed.
 */
export async function sweepStaleTemps(outDir: string): Promise<number> {
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
        if (pid && Number(pid) !== process.pid && !isAlive(Number(pid))) {
          await unlink(path).catch(() => {});
          removed++;
        }
      }
    }
  };
  await walk(resolve(outDir));
  return removed;
}
