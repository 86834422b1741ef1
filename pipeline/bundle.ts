// The CLI and the worker threads' pipeline as plain JavaScript, made with esbuild (~0.2 s) into one
// folder: the entry points cli.mjs, worker.mjs and batch.mjs, and the chunks they share or load
// lazily (the CLI loads the pipeline only for `eval` or a document it runs itself).
//
// Why: through tsx, the CLI took ~0.36 s and ~105 MB to start (the TypeScript loader and its hooks
// thread, every module transformed again); from the bundle, 0.13 s and ~63 MB. A worker thread that
// loads TypeScript through tsx needs the loader hooks on one more thread per worker: ~0.7 s of CPU
// and ~80 MB before its first document; from the bundle it loads plain JavaScript on its own thread.
//
// `import.meta.url` is replaced in each module by that module's own URL (the modules find their
// data files beside themselves), and packages are imported from where this project resolves them, by
// absolute URL. The folder is named after its content and renamed into place whole, so concurrent
// runs share it. A manifest (bundle-cache.mjs) lists the sources: while none has changed, runs take
// the bundle as it is, without esbuild. Any failure returns null: the CLI then runs from its sources
// through tsx, and the pool's threads from worker.mjs (tsx).
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleFolder, bundlesOff, manifestPath, signature, unchangedBundle } from './bundle-cache.mjs';

const ENTRIES = {
  cli: fileURLToPath(new URL('./cli.ts', import.meta.url)),
  worker: fileURLToPath(new URL('./worker-entry.ts', import.meta.url)),
  // The batch runner as a program uses it (the bench measures runs this way, as the CLI runs them).
  batch: fileURLToPath(new URL('./batch.ts', import.meta.url)),
};

let built: Promise<string | null> | undefined;

/** The bundle's folder, built once per process (or taken as it is); null when it cannot be built. */
export function bundle(): Promise<string | null> {
  built ??= build().catch(() => null);
  return built;
}

/** The worker threads' entry point in the bundle, as a file URL; null without a bundle. */
export async function workerBundle(): Promise<string | null> {
  const dir = await bundle();
  return dir ? pathToFileURL(join(dir, 'worker.mjs')).href : null;
}

/** The CLI's entry point in the bundle, as a file URL; null without a bundle. */
export async function cliBundle(): Promise<string | null> {
  const dir = await bundle();
  return dir ? pathToFileURL(join(dir, 'cli.mjs')).href : null;
}

async function build(): Promise<string | null> {
  if (bundlesOff()) return null;
  const manifest = manifestPath();
  const cached = unchangedBundle(manifest);
  if (cached) return cached;
  const started = Date.now();
  const home = bundleFolder();
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    entryPoints: ENTRIES,
    bundle: true,
    splitting: true,
    outdir: home,
    entryNames: '[name]',
    chunkNames: 'chunk-[hash]',
    outExtension: { '.js': '.mjs' },
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'silent',
    plugins: [
      {
        name: 'tamis-bundle',
        setup(b) {
          // Packages: imported from their resolved location, so that the bundle may live anywhere.
          b.onResolve({ filter: /^[^./]/ }, (args) => {
            if (args.path.startsWith('node:')) return { path: args.path, external: true };
            const url = import.meta.resolve(args.path);
            return { path: url, external: true };
          });
          // Each module's own URL for import.meta.url (createRequire, data files beside the module).
          b.onLoad({ filter: /\.(?:[cm]?ts|mjs)$/ }, (args) => {
            const source = readFileSync(args.path, 'utf8');
            const url = JSON.stringify(pathToFileURL(args.path).href);
            return {
              contents: source.replace(/\bimport\.meta\.url\b/g, url),
              loader: args.path.endsWith('.mjs') ? 'js' : 'ts',
            };
          });
        },
      },
    ],
  });
  const files = result.outputFiles
    .map((f) => ({ name: f.path.slice(home.length + 1), text: f.text }))
    .sort((a, b) => a.name.localeCompare(b.name));
  if (files.length === 0) return null;
  // Named after its content: concurrent runs with the same sources share one folder, written whole.
  const hash = createHash('sha256');
  for (const f of files) hash.update(f.name).update('\0').update(f.text).update('\0');
  const folder = join(home, `bundle-${hash.digest('hex').slice(0, 16)}`);
  if (signature(join(folder, 'cli.mjs')).size <= 0) writeFolder(folder, files);
  const inputs = Object.keys(result.metafile?.inputs ?? {}).map((input) => resolve(input));
  const entries = [...inputs, ...PACKAGE_FILES].map((path) => ({ path, ...signature(path) }));
  // No manifest when an input may have changed while esbuild read it (its time would then vouch for
  // content the bundle does not hold); the margin covers file systems with coarse times.
  const settled = entries.every((e) => e.size >= 0 && e.mtimeMs < started - TIME_MARGIN_MS);
  if (inputs.length > 0 && settled) {
    const temporary = `${manifest}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify({ bundle: folder, inputs: entries }));
    renameSync(temporary, manifest);
  }
  removeStale(home, folder);
  return folder;
}

const TIME_MARGIN_MS = 2000;

/** What decides how packages resolve: a changed install makes a new bundle too. */
const PACKAGE_FILES = ['../package.json', '../package-lock.json'].map((f) =>
  fileURLToPath(new URL(f, import.meta.url)),
);

/** Writes the files into a temporary folder renamed into place: a concurrent reader sees it whole or not at all. */
function writeFolder(folder: string, files: { name: string; text: string }[]): void {
  const temporary = `${folder}.${process.pid}.tmp`;
  rmSync(temporary, { recursive: true, force: true });
  for (const f of files) {
    const path = join(temporary, f.name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, f.text);
  }
  try {
    renameSync(temporary, folder);
  } catch (err) {
    // Another run put the same folder in place meanwhile.
    rmSync(temporary, { recursive: true, force: true });
    if (signature(join(folder, 'cli.mjs')).size <= 0) throw err;
  }
}

/** Bundles of older sources (and folders a killed build left), once no run can still be starting workers from them. */
const STALE_MS = 7 * 24 * 3600 * 1000;

function removeStale(home: string, keep: string): void {
  for (const f of readdirSync(home)) {
    // Manifests stay: a checkout's manifest is rewritten by its next build.
    if (!f.startsWith('bundle-')) continue;
    const path = join(home, f);
    try {
      if (path !== keep && Date.now() - statSync(path).mtimeMs > STALE_MS)
        rmSync(path, { recursive: true, force: true });
    } catch {
      // Removed by another run meanwhile.
    }
  }
}
