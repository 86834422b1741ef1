// `npm run bench`: throughput and memory of whole batch runs. It measures; it does not assert.
//
// Inputs are generated into a temporary folder from the seed article and from paragraphs written
// here (never from the evaluation data). Each measurement runs in its own process (bench/measure.ts)
// so that its peak RSS is its own. `BENCH_SCALE=0.1 npm run bench` shrinks every input for a quick look;
// `BENCH_LIMIT_S` (default 900) stops a measurement that runs longer.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

const ROOT = new URL('..', import.meta.url).pathname;
const SCALE = Number(process.env.BENCH_SCALE ?? 1) || 1;
const CORES = Math.max(1, availableParallelism());
/** A measurement still running after this many seconds is stopped and reported as such. */
const LIMIT_S = Number(process.env.BENCH_LIMIT_S ?? 900) || 900;

/** News-like paragraphs written for the benchmark; `{n}` and `{m}` vary from article to article. */
const PARAGRAPHS = [
  "Le groupe Valmont Énergie a annoncé le {d} mars 2024 un investissement de {n} millions d'euros dans une centrale solaire de {m} MW près de Montpellier. Selon son président, Henri Castel, les travaux débuteront au deuxième trimestre.",
  "La Banque régionale du Centre prévoit de recruter {m} personnes d'ici à 2026, a indiqué jeudi sa directrice générale, Claire Duval, lors d'une conférence de presse à Orléans.",
  "Les exportations de blé ont reculé de {m} % sur un an, à {n},5 millions de tonnes, d'après le ministère de l'Agriculture, qui évoque une sécheresse persistante dans le sud du pays.",
  'À Casablanca, la société Atlas Data a inauguré le {d} mai un centre de données de {m} 000 m² qui consommera environ {n} GWh par an. Le projet a coûté plus de 2 milliards de dirhams.',
  "Le conseil municipal de Lille a voté mardi un budget de {n} millions d'euros pour la rénovation de {m} écoles, soit une hausse de 12 % par rapport à l'an dernier.",
  'On {d} April 2023 the Northfield Rail company said it would spend £{n} million on {m} km of new track between Leeds and York, according to its chief executive, Sarah Benton.',
  "La température a atteint {m} °C samedi à Séville, un record pour un mois de juin, a précisé l'agence météorologique espagnole AEMET dans un communiqué.",
  "Selon l'Insee, le chômage s'est établi à 7,{m} % au premier trimestre 2024, contre 7,1 % fin 2023, soit environ {n} 000 demandeurs d'emploi de plus.",
];

function article(i: number): string {
  const sub = (p: string) =>
    p
      .replace(/\{n\}/g, String(10 + ((i * 37) % 890)))
      .replace(/\{m\}/g, String(2 + ((i * 13) % 97)))
      .replace(/\{d\}/g, String(1 + (i % 28)));
  const count = 3 + (i % 4);
  const body = Array.from({ length: count }, (_, k) => sub(PARAGRAPHS[(i + k * 3) % PARAGRAPHS.length]!));
  return `date 2024-0${1 + (i % 9)}\n${body.join('\n\n')}\n`;
}

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

function* articles(count: number, seeds: string[]): Generator<string> {
  for (let i = 0; i < count; i++) yield i % 10 === 0 && seeds.length ? seeds[i % seeds.length]! : article(i);
}

function bigText(targetBytes: number, seeds: string[]): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < targetBytes; i++) {
    const text = i % 10 === 0 && seeds.length ? seeds[0]! : article(i);
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
}

/** Resolves null when the measurement does not finish within LIMIT_S (then it is killed). */
function measure(input: Input, threads: number, executor: 'auto' | 'pool', out: string): Promise<Measured | null> {
  return new Promise((done, fail) => {
    const config = JSON.stringify({ dir: input.dir, out, threads, executor });
    const child = spawn(process.execPath, ['--import', 'tsx', 'bench/measure.ts', config], { cwd: ROOT });
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

/** Start-up plus one document, as a user sees it: the whole CLI process. */
function timeCli(file: string): Promise<number> {
  return new Promise((done, fail) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, ['--import', 'tsx', 'pipeline/cli.ts', 'extract', file, '--quiet'], {
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

/**
 * The pipeline's own speed on one thread once warm, in CPU time (so a busy machine does not skew
 * it): what a worker sustains, without the start-up a small batch pays.
 */
async function steadyState(texts: Iterable<string>) {
  const docs = [...texts];
  const { processDocument } = await import('../pipeline/process.js');
  const t0 = performance.now();
  processDocument('warm-up', docs[0] ?? '');
  const firstSeconds = (performance.now() - t0) / 1000;
  let bytes = 0;
  let count = 0;
  const cpu0 = process.cpuUsage();
  const started = performance.now();
  do {
    for (const text of docs) {
      processDocument('steady', text);
      bytes += Buffer.byteLength(text);
      count++;
    }
  } while (performance.now() - started < 3000);
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  return { mbPerCpuSecond: mb(bytes) / cpuSeconds, docsPerCpuSecond: count / cpuSeconds, firstSeconds };
}

const mb = (bytes: number) => bytes / 1e6;
const fmt = (x: number, digits = 2) => x.toFixed(digits);

async function main(): Promise<void> {
  const root = await mkdtemp(join(tmpdir(), 'tamis-bench-'));
  try {
    const seeds = await seedArticles();
    const small = Math.max(10, Math.round(1000 * SCALE));
    const inputs = [
      await makeInput(root, 'one-article', [seeds[0] ?? article(0)]),
      await makeInput(root, `${small}-articles`, articles(small, seeds)),
      await makeInput(root, `${small * 4}-articles`, articles(small * 4, seeds)),
      await makeInput(root, `${Math.round(20 * SCALE)}MB-file`, [bigText(20e6 * SCALE, seeds)]),
    ];
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
    );
    const results = new Map<string, Measured>();
    for (const input of inputs) {
      // One document cannot use more than one thread: a single run says it all.
      for (const threads of input.documents === 1 ? [1] : threadCounts) {
        const out = join(root, `out-${input.name}-${threads}`);
        const executor = input.documents === 1 ? 'auto' : 'pool';
        const m = await measure(input, threads, executor, out);
        await rm(out, { recursive: true, force: true });
        if (!m) {
          console.log(input.name.padEnd(18), String(threads).padStart(7), `  did not finish in ${LIMIT_S} s`);
          continue;
        }
        results.set(`${input.name}:${threads}`, m);
        const usedCores = Math.min(threads, input.documents);
        console.log(
          input.name.padEnd(18),
          String(threads).padStart(7),
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
        );
      }
    }

    console.log('\nTargets (reported, not asserted):');
    const many = inputs[1]!;
    const one = results.get(`${many.name}:1`);
    const all = results.get(`${many.name}:${CORES}`);
    if (one)
      console.log(
        `  whole pipeline per core (${many.name}, 1 thread): ${fmt(mb(many.bytes) / one.seconds)} MB/s (target ≥ 1)`,
      );
    if (one)
      console.log(
        `  the same per CPU-second (all threads, start-up included; steady on a busy machine): ${fmt(mb(many.bytes) / one.cpuSeconds)} MB/cpu-s`,
      );
    if (one && all && CORES > 1)
      console.log(
        `  speed-up 1 → ${CORES} threads (${many.name}): ${fmt(one.seconds / all.seconds)}× (target ≥ 1.8× for 2)`,
      );
    const bigger = inputs[2]!;
    const rssSmall = results.get(`${many.name}:${CORES}`)?.maxRssMB ?? 0;
    const rssBig = results.get(`${bigger.name}:${CORES}`)?.maxRssMB ?? 0;
    console.log(
      `  peak RSS, ${CORES} threads: ${Math.round(rssSmall)} MB for ${fmt(mb(many.bytes), 1)} MB of articles, ` +
        `${Math.round(rssBig)} MB for ${fmt(mb(bigger.bytes), 1)} MB (4× the data): ` +
        `${fmt((rssBig - rssSmall) / Math.max(1e-9, mb(bigger.bytes) - mb(many.bytes)), 1)} MB of RSS per extra MB of input. ` +
        'The folder is streamed with a bounded window in flight, so a 1 GB folder extrapolates to about the ' +
        `${Math.round(rssBig)} MB level (target ≤ 300 MB); that level is the per-thread cost (modules and tables loaded ` +
        'by every worker thread, see the one-article row for one thread). One huge file costs memory in proportion to its size.',
    );
    const steady = await steadyState(articles(200, seeds));
    console.log(
      `  steady state, one thread, after warm-up (CPU time): ${fmt(steady.mbPerCpuSecond)} MB/cpu-s, ` +
        `${fmt(steady.docsPerCpuSecond, 1)} docs/cpu-s; first document (tables load) ${fmt(steady.firstSeconds)} s`,
    );
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
