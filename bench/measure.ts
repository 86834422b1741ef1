// One measurement, in its own process so that its peak RSS is its own: runs a batch over a folder
// and prints one JSON line { documents, failed, seconds, importSeconds, cpuSeconds, maxRssMB,
// secondHalfDocsPerSecond, … };
// or, given { steady: "fr" | "en" }, the warm pipeline's CPU-time throughput on generated articles;
// or, given { inProcess: dir }, the CPU time of the same folder through processDocument in one thread.
import { Writable } from 'node:stream';
import { englishArticle, frenchArticle } from './articles.js';

interface Config {
  dir: string;
  out: string;
  threads: number;
  executor: 'auto' | 'pool';
}

const cpuAtStart = process.cpuUsage();
const config = JSON.parse(process.argv[2] ?? '{}') as Config & { steady?: 'fr' | 'en'; inProcess?: string };

const cpuSince = (start: NodeJS.CpuUsage) => {
  const cpu = process.cpuUsage(start);
  return (cpu.user + cpu.system) / 1e6;
};

/** Distinct articles for the warm-up, then as many distinct ones as this many CPU seconds take. */
const WARM_UP_ARTICLES = 1000;
const STEADY_CPU_SECONDS = 4;

if (config.steady) {
  // Every article is a new text: repeating a few hundred would flatter whatever the pipeline caches
  // (measured here: ~1.35 ms per repeated French article against ~2.4 ms for new ones). A fresh
  // thread takes about a thousand articles to reach its steady speed (V8 optimizes the rules' code
  // as they run), so the warm-up is long, and its cost per article is reported too.
  const make = config.steady === 'fr' ? frenchArticle : englishArticle;
  const { processDocument } = await import('../pipeline/process.js');
  let next = 0;
  const warmCpu0 = process.cpuUsage();
  while (next < WARM_UP_ARTICLES) processDocument('warm-up', make(next++));
  const warmUpMsPerDoc = (cpuSince(warmCpu0) * 1000) / WARM_UP_ARTICLES;
  // Texts are made ahead, in chunks, so that the measured CPU is the pipeline's only.
  let bytes = 0;
  let count = 0;
  let cpuSeconds = 0;
  while (cpuSeconds < STEADY_CPU_SECONDS) {
    const texts = Array.from({ length: 200 }, () => make(next++));
    const cpu0 = process.cpuUsage();
    for (const text of texts) processDocument('steady', text);
    cpuSeconds += cpuSince(cpu0);
    for (const text of texts) bytes += Buffer.byteLength(text);
    count += texts.length;
  }
  process.stdout.write(
    `${JSON.stringify({ mbPerCpuSecond: bytes / 1e6 / cpuSeconds, docsPerCpuSecond: count / cpuSeconds, warmUpMsPerDoc })}\n`,
  );
  process.exit(0);
}

if (config.inProcess) {
  // The same folder as a batch, through processDocument in this one thread: what the batch's
  // machinery (threads, files, records) costs on top of extraction. CPU from this script's start, as
  // for a batch.
  const { readdir, readFile } = await import('node:fs/promises');
  const { join } = await import('node:path');
  const { processDocument } = await import('../pipeline/process.js');
  const names = (await readdir(config.inProcess)).filter((n) => n.endsWith('.txt')).sort();
  for (const name of names) processDocument(name, await readFile(join(config.inProcess, name), 'utf8'));
  process.stdout.write(`${JSON.stringify({ documents: names.length, cpuSeconds: cpuSince(cpuAtStart) })}\n`);
  process.exit(0);
}

const t0 = performance.now();
const cpu0 = cpuAtStart;
// RSS over time: a peak in the run's second half no higher than in its first says memory is flat.
const samples: [number, number][] = [];
setInterval(() => samples.push([performance.now(), process.memoryUsage.rss()]), 200).unref();
const { runFiles } = await import('../pipeline/batch.js');
const importSeconds = (performance.now() - t0) / 1000;
// When the run's second half starts: its documents per second are the pipeline's once every thread
// is warm, what most of a long run (a 1 GB folder) goes at.
const { readdir } = await import('node:fs/promises');
const total = (await readdir(config.dir)).length;
let halfwayAt = 0;
const onDocument = (done: number) => {
  if (done === Math.ceil(total / 2)) halfwayAt = performance.now();
};
const sink = new Writable({
  write(_chunk, _encoding, done) {
    done();
  },
});
const summary = await runFiles(
  [config.dir],
  {
    out: config.out,
    format: 'jsonl',
    concurrency: config.threads,
    patterns: ['**/*.txt'],
    maxBytes: 64 * 1024 * 1024,
    // A 20 MB document is one task: the default 10 s budget would cut it off.
    timeoutMs: 30 * 60 * 1000,
    executor: config.executor,
    onDocument,
  },
  sink,
);
const endAt = performance.now();
// CPU time of every thread of the process: steadier than wall time on a busy machine.
const cpu = process.cpuUsage(cpu0);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
const middle = (t0 + endAt) / 2;
const peakMB = (half: [number, number][]) => Math.max(0, ...half.map(([, rss]) => rss)) / 2 ** 20;
process.stdout.write(
  `${JSON.stringify({
    ...summary,
    importSeconds,
    cpuSeconds,
    maxRssMB: process.resourceUsage().maxRSS / 1024,
    secondHalfDocsPerSecond:
      halfwayAt && endAt > halfwayAt ? (total - Math.ceil(total / 2)) / ((endAt - halfwayAt) / 1000) : 0,
    firstHalfRssMB: peakMB(samples.filter(([t]) => t < middle)),
    secondHalfRssMB: peakMB(samples.filter(([t]) => t >= middle)),
  })}\n`,
);
