// Where the esbuild bundle of the CLI and of the worker threads is kept (pipeline/bundle.ts builds
// it), and whether it is still the sources' bundle. Plain JavaScript: the `tamis` launcher
// (bin/tamis.js) reads it before any TypeScript loader is there.
//
// A manifest lists the source files the bundle was made from with their size and modification
// time: while none has changed (~1 ms of stat calls), a run takes the bundle as it is.
import { createHash } from 'node:crypto';
import { readFileSync, statSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project's root: each checkout has its own manifest (two clones do not share a bundle). */
const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The folder the bundles are kept in, one per user. */
export function bundleFolder() {
  return join(tmpdir(), `tamis-bundle-${process.getuid?.() ?? 'user'}`);
}

/** This checkout's manifest. */
export function manifestPath() {
  const key = createHash('sha256').update(ROOT).digest('hex').slice(0, 16);
  return join(bundleFolder(), `manifest-${key}.json`);
}

/** Whether the bundles are switched off (TAMIS_BUNDLE=off): everything then runs from the sources, through tsx. */
export const bundlesOff = () => process.env.TAMIS_BUNDLE === 'off';

/** The files every bundle folder holds: its entry points. */
export const ENTRY_FILES = ['cli.mjs', 'worker.mjs', 'batch.mjs'];

/** Size and modification time of a file; size -1 when it cannot be read. */
export function signature(path) {
  try {
    const info = statSync(path);
    return { size: info.size, mtimeMs: info.mtimeMs };
  } catch {
    return { size: -1, mtimeMs: 0 };
  }
}

/** The bundle folder the manifest names, when it is there whole and none of its sources has changed since; else null. */
export function unchangedBundle(manifest = manifestPath()) {
  let read;
  try {
    read = JSON.parse(readFileSync(manifest, 'utf8'));
  } catch {
    return null;
  }
  if (typeof read?.bundle !== 'string' || !Array.isArray(read.inputs) || read.inputs.length === 0) return null;
  if (ENTRY_FILES.some((f) => signature(join(read.bundle, f)).size <= 0)) return null;
  for (const input of read.inputs) {
    const now = signature(input.path);
    if (now.size !== input.size || now.mtimeMs !== input.mtimeMs) return null;
  }
  // In use: not stale for another run's clean-up (bundle.ts).
  try {
    const now = new Date();
    utimesSync(read.bundle, now, now);
  } catch {
    return null;
  }
  return read.bundle;
}
