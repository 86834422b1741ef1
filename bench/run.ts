// `npm run bench`: throughput and memory of whole batch runs. It measures; it does not assert.
//
// Inputs are generated into a temporary folder from the seed article and from articles written in
// bench/articles.ts (never from the evaluation data). Each measurement runs in its own process
// (bench/measure-run.mjs), started with the CLI's Node flags and run the way the CLI runs a batch
// (from the bundle, without a TypeScript loader), so that its peak RSS is its own. `BENCH_SCALE=0.1 npm run bench` shrinks every input for a quick
// look; `BENCH_LIMIT_S` (default 900) stops a measurement that runs longer.
//
// "1 core" rows (`1/1core`) pin the whole process to one core with taskset where it exists: a
// one-thread run left unpinned also keeps V8's compiler and GC threads busy on the other core.
// "warm docs/s" is the rate over a run's second half of documents, every thread warm: what most of
// a long run goes at, start-up and warm-up aside.
//
// The 1 GB figure is a trend, not a 1 GB run (which takes ~7 minutes of both cores here; the README
// reports one): peak RSS on folders of N, 4N and 16N articles.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { bundle } from '../pipeline/bundle.js';
import { frenchArticle, newsArticle } from './articles.js';

const ROOT = new URL('..', import.meta.url).pathname;
const SCALE = Number(process.env.BENCH_SCALE ?? 1) || 1;
const CORES = Math.max(1, availableParallelism());
/** A measurement still running after this many seconds is stopped and reported as such. */
const LIMIT_S = Number(process.env.BENCH_LIMIT_S ?? 900) || 900;
/** The Node flags the CLI starts with (package.json, bin/tamis.js). */
const NODE_FLAGS = [
  '--no-regexp-tier-up',
  '--max-semi-space-size=4',
  '--heap-growing-percent=35',
  '--no-turbo-inlining',
];

async function seedArticles(): Promise<string[]> {
  const dir = join(ROOT, 'seeds');
  const names = (await readdir(dir)).filter((n) => n.endsWith('.txt')).sort();
  return Promise.all(names.map((n) => readFile(join(dir, n), 'utf8')));
}

interface Input {
  name: string;
  dir: string;
  documents: number;
  bytes: number;
  chars: number;
}

async function makeInput(root: string, name: string, texts: Iterable<string>): Promise<Input> {
  const dir = join(root, name);
  await mkdir(dir, { recursive: true });
  let documents = 0;
  let bytes = 0;
  let chars = 0;
  for (const text of texts) {
    await writeFile(join(dir, `a${String(documents).padStart(6, '0')}.txt`), text);
    documents++;
    bytes += Buffer.byteLength(text);
    chars += text.length;
  }
  return { name, dir, documents, bytes, chars };
}

function* news(count: number): Generator<string> {
  for (let i = 0; i < count; i++) yield newsArticle(i);
}

function* articles(count: number, seeds: string[]): Generator<string> {
  for (let i = 0; i < count; i++) yield i % 10 === 0 && seeds.length ? seeds[i % seeds.length]! : frenchArticle(i);
}

function bigText(targetBytes: number, seeds: string[]): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < targetBytes; i++) {
    const text = i % 10 === 0 && seeds.length ? seeds[0]! : frenchArticle(i);
    parts.push(text);
    size += Buffer.byteLength(text) + 1;
  }
  return parts.join('\n');
}

interface Measured {
  documents: number;
  failed: number;
  seconds: number;
  importSeconds: number;
  cpuSeconds: number;
  maxRssMB: number;
  /** Peak RSS sampled in the first and in the second half of the run's time. */
  firstHalfRssMB: number;
  secondHalfRssMB: number;
  /** Documents per second over the run's second half of documents: every thread warm. */
  secondHalfDocsPerSecond: number;
}

/**
 * Whether `taskset` can pin a process to one core here (Linux, util-linux): "1 core" is then a
 * real single core. Unpinned, a one-thread run also has V8's compiler and GC threads and the main
 * thread on the other cores (~1.3 cores busy here), which is not what one core gives.
 */
const CAN_PIN = process.platform === 'linux' && spawnSync('taskset', ['-p', String(process.pid)]).status === 0;

/**
 * Resolves null when the measurement does not finish within LIMIT_S (then it is killed). `pinned`:
 * the whole process on one core (taskset -c 0).
 */
function measure(
  input: Input,
  threads: number,
  executor: 'auto' | 'pool',
  /** The records folder; null: JSON Lines to the output stream (a sink that drops them). */
  out: string | null,
  pinned = false,
): Promise<Measured | null> {
  return new Promise((done, fail) => {
    const config = JSON.stringify({ dir: input.dir, out, threads, executor });
    const node = [process.execPath, ...NODE_FLAGS, 'bench/measure-run.mjs', config];
    const [command, ...args] = pinned ? ['taskset', '-c', '0', ...node] : node;
    const child = spawn(command!, args, {
      cwd: ROOT,
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, LIMIT_S * 1000);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('error', fail);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (timedOut) done(null);
      else if (code !== 0) fail(new Error(`measure failed (${code}): ${stderr}`));
      else done(JSON.parse(stdout.trim().split('\n').pop()!) as Measured);
    });
  });
}

/** Start-up plus one document, as a user sees it: the whole `tamis` process (from the bundle). */
function timeCli(file: string): Promise<number> {
  return new Promise((done, fail) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [...NODE_FLAGS, 'bin/tamis.js', 'extract', file, '--quiet'], {
      cwd: ROOT,
      stdio: 'ignore',
    });
    child.on('error', fail);
    child.on('close', () => done((performance.now() - t0) / 1000));
  });
}

/**
 * The speed-up the machine itself gives right now: the same pure-CPU loop in 1 and in `n` threads.
 * On a shared or busy machine this is well under n, and the batch's speed-up cannot beat it.
 */
async function machineSpeedup(n: number): Promise<number> {
  const code =
    "let x = 0; for (let i = 0; i < 2e8; i++) x = (x + i) % 1000003; require('node:worker_threads').parentPort.postMessage(x);";
  const wall = async (threads: number) => {
    const t0 = performance.now();
    await Promise.all(
      Array.from({ length: threads }, () => new Promise((r) => new Worker(code, { eval: true }).once('message', r))),
    );
    return performance.now() - t0;
  };
  const one = await wall(1);
  return (one * n) / (await wall(n));
}

/** Runs bench/measure.ts with `config` in its own process, with the CLI's flags; resolves its last JSON line. */
function measureChild<T>(config: object): Promise<T> {
  return new Promise((done, fail) => {
    const child = spawn(
      process.execPath,
      [...NODE_FLAGS, '--import', 'tsx', 'bench/measure.ts', JSON.stringify(config)],
      {
        cwd: ROOT,
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let stdout = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.on('error', fail);
    child.on('close', (code) =>
      code === 0
        ? done(JSON.parse(stdout.trim().split('\n').pop()!) as T)
        : fail(new Error(`measure failed (${code})`)),
    );
  });
}

/**
 * The pipeline's own speed on one thread once warm, in CPU time (so a busy machine does not skew
 * it), over articles it has not seen: what a worker sustains, without the start-up a small batch
 * pays; and what each of a fresh thread's first thousand articles costs.
 */
const steadyState = (lang: 'fr' | 'en') =>
  measureChild<{ mbPerCpuSecond: number; docsPerCpuSecond: number; warmUpMsPerDoc: number }>({ steady: lang });

/** The CPU time of a folder through processDocument in one thread, start-up included (no threads, no records). */
const inProcess = (input: Input) => measureChild<{ documents: number; cpuSeconds: number }>({ inProcess: input.dir });

const mb = (bytes: number) => bytes / 1e6;
const fmt = (x: number, digits = 2) => x.toFixed(digits);

async function main(): Promise<void> {
  // Batch runs load the bundle, as the `tamis` command does (bench/measure-run.mjs).
  if (!(await bundle())) throw new Error('cannot build the bundle (pipeline/bundle.ts)');
  const root = await mkdtemp(join(tmpdir(), 'tamis-bench-'));
  try {
    const seeds = await seedArticles();
    const small = Math.max(10, Math.round(1000 * SCALE));
    const inputs = [
      await makeInput(root, 'one-article', [seeds[0] ?? frenchArticle(0)]),
      await makeInput(root, `${small}-articles`, articles(small, seeds)),
      await makeInput(root, `${small * 4}-articles`, articles(small * 4, seeds)),
      await makeInput(root, `${Math.round(20 * SCALE)}MB-file`, [bigText(20e6 * SCALE, seeds)]),
      await makeInput(root, `${small * 16}-articles`, articles(small * 16, seeds)),
      await makeInput(root, `${small * 12}-news`, news(small * 12)),
    ];
    /** Inputs measured on one pinned core and all cores only: the memory trend and the long run's speed-up need no unpinned 1-thread run. */
    const trendOnly = new Set([inputs[4]!.name, inputs[5]!.name]);
    const threadCounts = [...new Set([1, CORES])];
    console.log(`tamis bench: node ${process.version}, ${CORES} core(s), scale ${SCALE}`);
    if (CORES > 1)
      console.log(
        `machine: a pure-CPU loop runs ${fmt(await machineSpeedup(CORES))}× faster on ${CORES} threads than on 1 now`,
      );
    console.log(
      'input'.padEnd(18),
      'threads'.padStart(7),
      'docs'.padStart(6),
      'MB'.padStart(7),
      'sec'.padStart(7),
      'chars/s'.padStart(11),
      'docs/s'.padStart(8),
      'MB/s'.padStart(6),
      'MB/s/core'.padStart(9),
      'MB/cpu-s'.padStart(8),
      'peakRSS'.padStart(8),
      'failed'.padStart(6),
      'warm docs/s'.padStart(11),
    );
    const results = new Map<string, Measured>();
    for (const input of inputs) {
      // One document cannot use more than one thread: a single run says it all.
      const runs: { threads: number; pinned: boolean; toStream?: boolean }[] =
        input.documents === 1
          ? // A very long document to the output stream too: its record goes through a spool file.
            [
              { threads: 1, pinned: false },
              ...(input.chars > 1e6 ? [{ threads: 1, pinned: false, toStream: true }] : []),
            ]
          : trendOnly.has(input.name)
            ? [...(CAN_PIN && CORES > 1 ? [{ threads: 1, pinned: true }] : []), { threads: CORES, pinned: false }]
            : [
                ...(CAN_PIN && CORES > 1 ? [{ threads: 1, pinned: true }] : []),
                ...threadCounts.map((threads) => ({ threads, pinned: false })),
              ];
      for (const { threads, pinned, toStream } of runs) {
        const label = toStream ? 'stdout' : pinned ? `${threads}/1core` : String(threads);
        const out = toStream ? null : join(root, `out-${input.name}-${label.replace('/', '-')}`);
        // As the CLI runs it: the first few small documents on the main thread while the pool warms up.
        const m = await measure(input, threads, 'auto', out, pinned);
        // (Records stay until the end: deleting thousands of files just before the next measurement
        // charged it seconds of the file system's deferred work, in system time.)
        if (!m) {
          console.log(input.name.padEnd(18), label.padStart(7), `  did not finish in ${LIMIT_S} s`);
          continue;
        }
        results.set(`${input.name}:${label}`, m);
        const usedCores = Math.min(threads, input.documents);
        console.log(
          input.name.padEnd(18),
          label.padStart(7),
          String(m.documents).padStart(6),
          fmt(mb(input.bytes), 1).padStart(7),
          fmt(m.seconds).padStart(7),
          Math.round(input.chars / m.seconds)
            .toLocaleString('en-US')
            .padStart(11),
          fmt(m.documents / m.seconds, 1).padStart(8),
          fmt(mb(input.bytes) / m.seconds).padStart(6),
          fmt(mb(input.bytes) / m.seconds / usedCores).padStart(9),
          fmt(mb(input.bytes) / m.cpuSeconds).padStart(8),
          `${Math.round(m.maxRssMB)}MB`.padStart(8),
          String(m.failed).padStart(6),
          (m.secondHalfDocsPerSecond ? fmt(m.secondHalfDocsPerSecond, 1) : '-').padStart(11),
        );
      }
    }

    console.log('\nTargets (reported, not asserted):');
    const many = inputs[1]!;
    const one = results.get(`${many.name}:1`);
    const oneCore = results.get(`${many.name}:1/1core`);
    if (oneCore)
      console.log(
        `  whole pipeline on one core (${many.name}, taskset, start-up included): ${fmt(mb(many.bytes) / oneCore.seconds)} MB/s (target ≥ 1)`,
      );
    const newsInput = inputs[5]!;
    const newsCore = results.get(`${newsInput.name}:1/1core`);
    if (newsCore)
      console.log(
        `  whole pipeline on one core (${newsInput.name}: news-size articles, most with ’; taskset, start-up included): ${fmt(mb(newsInput.bytes) / newsCore.seconds)} MB/s (target ≥ 1)`,
      );
    const all = results.get(`${many.name}:${CORES}`);
    if (one)
      console.log(
        `  whole pipeline per core (${many.name}, 1 thread): ${fmt(mb(many.bytes) / one.seconds)} MB/s (target ≥ 1)`,
      );
    if (one)
      console.log(
        `  the same per CPU-second (all threads, start-up included; steady on a busy machine): ${fmt(mb(many.bytes) / one.cpuSeconds)} MB/cpu-s`,
      );
    if (CORES > 1)
      for (const input of [inputs[1]!, inputs[2]!, inputs[4]!, inputs[5]!]) {
        const single = results.get(`${input.name}:1`);
        const core = results.get(`${input.name}:1/1core`);
        const every = results.get(`${input.name}:${CORES}`);
        if (!every) continue;
        const warm = (m: Measured) => m.secondHalfDocsPerSecond;
        const ratios = [
          ...(core ? [`1 core (taskset) → ${CORES} cores ${fmt(core.seconds / every.seconds)}×`] : []),
          ...(single ? [`1 → ${CORES} threads, unpinned, ${fmt(single.seconds / every.seconds)}×`] : []),
          ...(core && warm(core) && warm(every)
            ? [`second half of the documents (threads warm), 1 core → ${CORES} cores ${fmt(warm(every) / warm(core))}×`]
            : []),
        ];
        console.log(`  speed-up (${input.name}): ${ratios.join('; ')} (target ≥ 1.8× for 2 cores)`);
      }
    // CPU per document, every thread of the process and start-up included: what the batch's machinery
    // (threads, each warming up on its own; files; records) costs on top of extraction in one thread.
    const plain = await inProcess(many);
    const perDoc = (m: { cpuSeconds: number; documents: number }) => `${fmt((m.cpuSeconds * 1000) / m.documents)} ms`;
    console.log(
      `  CPU per document (${many.name}, all threads, start-up included): in one process without the batch ${perDoc(plain)}` +
        (one ? `, batch with 1 thread ${perDoc(one)}` : '') +
        (all && CORES > 1 ? `, with ${CORES} threads ${perDoc(all)}` : ''),
    );
    const trend = [inputs[1]!, inputs[2]!, inputs[4]!]
      .map((input) => ({ input, rss: results.get(`${input.name}:${CORES}`)?.maxRssMB }))
      .filter((p): p is { input: Input; rss: number } => p.rss !== undefined);
    if (trend.length >= 2) {
      const last = trend.at(-1)!;
      const halves = results.get(`${last.input.name}:${CORES}`)!;
      console.log(
        `  peak RSS, ${CORES} threads, by folder size: ${trend.map((p) => `${Math.round(p.rss)} MB for ${fmt(mb(p.input.bytes), 1)} MB`).join(', ')}; ` +
          `on the largest, ${Math.round(halves.firstHalfRssMB)} MB at most in the run's first half and ${Math.round(halves.secondHalfRssMB)} MB in its second. ` +
          'The folder is streamed with a bounded window in flight and the heaps settle after a few thousand documents, so ' +
          `a 1 GB folder should peak near the largest folder's figure (a trend over these sizes, not a 1 GB run; target ≤ 300 MB). ` +
          'One huge file is read in windows and its record written as they come, to a folder or to the stream (see its rows).',
      );
    }
    for (const [lang, make] of [
      ['French', 'fr'],
      ['English', 'en'],
    ] as const) {
      const steady = await steadyState(make);
      console.log(
        `  steady state, ${lang} articles, one thread, after warm-up (CPU time, articles never seen before): ${fmt(steady.mbPerCpuSecond)} MB/cpu-s, ` +
          `${fmt(steady.docsPerCpuSecond, 1)} docs/cpu-s (target ≥ 1 MB/s per core); ` +
          `a fresh thread's first 1,000 articles: ${fmt(steady.warmUpMsPerDoc)} ms of CPU each`,
      );
    }
    const t = await timeCli(join(inputs[0]!.dir, 'a000000.txt'));
    console.log(`  CLI start-up + one article (whole process): ${fmt(t)} s`);

    // Other stages' own measurements, when their modules exist.
    for (const [file, name, title] of [
      ['./language.ts', 'benchLanguage', 'Language detection (bench/language.ts)'],
      ['./queue.ts', 'benchQueue', 'Job queue (bench/queue.ts)'],
    ] as const) {
      if (!existsSync(new URL(file, import.meta.url))) continue;
      const mod = (await import(new URL(file, import.meta.url).href)) as Record<string, unknown>;
      const fn = mod[name];
      if (typeof fn !== 'function') continue;
      console.log(`\n${title}:`);
      await Promise.resolve(fn()).catch((err: unknown) => console.log(`  failed: ${String(err)}`));
    }
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

await main();
