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
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    entryPoints: [ENTRY],
    bundle: true,
    write: false,
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
  const dir = join(tmpdir(), `tamis-worker-${process.getuid?.() ?? 'user'}`);
  const file = join(dir, `worker-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`);
  mkdirSync(dir, { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, code);
  renameSync(temporary, file);
  removeStale(dir, file);
  return pathToFileURL(file).href;
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
