// The pipeline as one JavaScript file for worker threads, made with esbuild when the pool starts
// (~0.1 s). A worker that loads TypeScript through tsx needs tsx's loader hooks, which Node 20 runs
// on one more thread per worker, and transforms every module again: measured here, a worker then
// cost ~0.7 s of CPU and ~80 MB before its first document. From the bundle it loads plain
// JavaScript, on its own thread only.
//
// The bundle is written to a temporary file. `import.meta.url` is replaced in each module by that
// module's own URL (the modules find their data files beside themselves), and packages are imported
// from where this project resolves them, by absolute URL. Any failure returns null: the pool then
// uses worker.mjs (tsx), as before.
//
// Building takes ~0.12 s, on the path of every batch's first pooled document, so a manifest beside
// the bundle lists the source files it was made from with their size and modification time: while
// none has changed (~1 ms of stat calls), the next run takes the bundle as it is, without esbuild.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ENTRY = fileURLToPath(new URL('./worker-entry.ts', import.meta.url));

let built: Promise<string | null> | undefined;

/** The bundle's file URL, built once per process; null when it cannot be built. */
export function workerBundle(): Promise<string | null> {
  built ??= build().catch(() => null);
  return built;
}

async function build(): Promise<string | null> {
  if (process.env.TAMIS_WORKER_BUNDLE === 'off') return null;
  const dir = join(tmpdir(), `tamis-worker-${process.getuid?.() ?? 'user'}`);
  const manifest = join(dir, `manifest-${createHash('sha256').update(ENTRY).digest('hex').slice(0, 16)}.json`);
  const cached = unchangedBundle(manifest);
  if (cached) return pathToFileURL(cached).href;
  const started = Date.now();
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    entryPoints: [ENTRY],
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'silent',
    plugins: [
      {
        name: 'tamis-worker',
        setup(b) {
          // Packages: imported from their resolved location, so that the bundle may live anywhere.
          b.onResolve({ filter: /^[^./]/ }, (args) => {
            if (args.path.startsWith('node:')) return { path: args.path, external: true };
            const url = import.meta.resolve(args.path);
            return { path: url, external: true };
          });
          // Each module's own URL for import.meta.url (createRequire, data files beside the module).
          b.onLoad({ filter: /\.[cm]?ts$/ }, (args) => {
            const source = readFileSync(args.path, 'utf8');
            const url = JSON.stringify(pathToFileURL(args.path).href);
            return { contents: source.replace(/\bimport\.meta\.url\b/g, url), loader: 'ts' };
          });
        },
      },
    ],
  });
  const code = result.outputFiles[0]?.text;
  if (!code) return null;
  // Named after its content: concurrent runs with the same sources share one file, written whole.
  const file = join(dir, `worker-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`);
  mkdirSync(dir, { recursive: true });
  writeWhole(file, code);
  const inputs = Object.keys(result.metafile?.inputs ?? {}).map((input) => resolve(input));
  const entries = [...inputs, ...PACKAGE_FILES].map((path) => ({ path, ...signature(path) }));
  // No manifest when an input may have changed while esbuild read it (its time would then vouch for
  // content the bundle does not hold); the margin covers file systems with coarse times.
  const settled = entries.every((e) => e.size >= 0 && e.mtimeMs < started - TIME_MARGIN_MS);
  if (inputs.length > 0 && settled) writeWhole(manifest, JSON.stringify({ bundle: file, inputs: entries }));
  removeStale(dir, file);
  return pathToFileURL(file).href;
}

const TIME_MARGIN_MS = 2000;

/** What decides how packages resolve: a changed install makes a new bundle too. */
const PACKAGE_FILES = ['../package.json', '../package-lock.json'].map((f) =>
  fileURLToPath(new URL(f, import.meta.url)),
);

interface Manifest {
  bundle: string;
  inputs: { path: string; size: number; mtimeMs: number }[];
}

/** Size and modification time of a file; size -1 when it cannot be read. */
function signature(path: string): { size: number; mtimeMs: number } {
  try {
    const info = statSync(path);
    return { size: info.size, mtimeMs: info.mtimeMs };
  } catch {
    return { size: -1, mtimeMs: 0 };
  }
}

/** The bundle the manifest names, when it is there and none of its inputs has changed since. */
export function unchangedBundle(manifest: string): string | null {
  let read: Manifest;
  try {
    read = JSON.parse(readFileSync(manifest, 'utf8')) as Manifest;
  } catch {
    return null;
  }
  if (!read.bundle || !Array.isArray(read.inputs) || read.inputs.length === 0) return null;
  if (signature(read.bundle).size <= 0) return null;
  for (const input of read.inputs) {
    const now = signature(input.path);
    if (now.size !== input.size || now.mtimeMs !== input.mtimeMs) return null;
  }
  // In use: not stale for another run's clean-up (removeStale).
  try {
    const now = new Date();
    utimesSync(read.bundle, now, now);
  } catch {
    return null;
  }
  return read.bundle;
}

/** Writes a file whole (temporary file, then rename): a concurrent reader sees the old one or the new. */
function writeWhole(path: string, content: string): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, content);
  renameSync(temporary, path);
}

/** Bundles of older sources, once no run can still be starting workers from them. */
const STALE_MS = 7 * 24 * 3600 * 1000;

function removeStale(dir: string, keep: string): void {
  for (const f of readdirSync(dir)) {
    const path = join(dir, f);
    try {
      if (path !== keep && Date.now() - statSync(path).mtimeMs > STALE_MS) rmSync(path, { force: true });
    } catch {
      // Removed by another run meanwhile.
    }
  }
}
