#!/usr/bin/env -S node --no-regexp-tier-up --max-semi-space-size=4 --heap-growing-percent=35 --no-turbo-inlining
// The `tamis` command (and `npm start`, `npm run tamis`): runs the CLI from its esbuild bundle
// (pipeline/bundle.ts) while the sources are unchanged, without loading a TypeScript loader: start-up
// 0.13 s instead of 0.36 s, ~40 MB less. After a change (or on a fresh clone) it builds the bundle
// first, through tsx; if that fails, it runs the TypeScript sources through tsx.
//
// The Node flags (also in package.json's scripts, which start `node` themselves):
// --no-regexp-tier-up: V8 compiles every regex to machine code at once instead of interpreting it
// first and dropping the code after garbage collections; the extractors' long word-list rules ran
// up to twice as slow without it. It must be given at start-up: setting it at run time
// (v8.setFlagsFromString) crashed the process now and then.
// --max-semi-space-size=4: a small young generation for every thread (~50 MB less peak RSS on 2
// threads, no more CPU measured).
// --heap-growing-percent=35: after each full garbage collection a heap may grow by 35 % before the
// next, instead of by a factor V8 picks (up to 4). Without it, on a busy machine a worker's old
// generation sometimes grew by ~150 MB before V8 collected it: 24,000 articles on 2 threads peaked
// at 280–490 MB (3 runs of 12 above 430 MB), with 50 % at 281–314 MB (9 runs). 35 rather than 50:
// 12,000 news-size articles on 2 threads, 318–320 → 303–306 MB, CPU within the noise; on one pinned
// core ~3 % more CPU (more full collections). 25 saved 10 MB more but cost 6–11 % on one core.
// --no-turbo-inlining: a fresh thread's warm-up is mostly TurboFan optimizing the pipeline (~330
// functions, ~1.5 s of CPU on V8's background compiler thread over the first thousand articles; with
// --no-opt the first articles cost no more than later ones). Without inlining those compilations are
// much cheaper: 2,000 articles on 2 threads, medians of 7 alternating runs, 3.7 s instead of 4.3 s
// (CPU 6.7 s vs 7.6 s). It does not help one thread (CPU 5.7 vs 5.4 s, within this VM's noise: the
// compiler then has the other core to itself) and may cost ~3 % of steady-state speed (0.82 vs 0.85
// MB of French per CPU second, within the noise too).
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundlesOff, unchangedBundle } from '../pipeline/bundle-cache.mjs';

async function loadMain() {
  const ready = bundlesOff() ? null : unchangedBundle();
  if (ready) return (await import(pathToFileURL(join(ready, 'cli.mjs')).href)).main;
  const { register } = await import('tsx/esm/api');
  register();
  const { cliBundle } = await import('../pipeline/bundle.ts');
  const built = await cliBundle();
  return (await import(built ?? '../pipeline/cli.ts')).main;
}

const main = await loadMain();
process.exitCode = await main(process.argv.slice(2));
