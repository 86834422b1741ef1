// One measurement, in its own process so that its peak RSS is its own: runs a batch over a folder
// and prints one JSON line { documents, failed, seconds, importSeconds, cpuSeconds, maxRssMB };
// or, given { steady: "fr" | "en" }, the warm pipeline's CPU-time throughput on generated articles.
import { Writable } from 'node:stream';
import { englishArticle, frenchArticle } from './articles.js';

interface Config {
  dir: string;
  out: string;
  threads: number;
  executor: 'auto' | 'pool';
}

const config = JSON.parse(process.argv[2] ?? '{}') as Config & { steady?: 'fr' | 'en' };

if (config.steady) {
  const make = config.steady === 'fr' ? frenchArticle : englishArticle;
  const docs = Array.from({ length: 200 }, (_, i) => make(i));
  const { processDocument } = await import('../pipeline/process.js');
  for (const text of docs.slice(0, 20)) processDocument('warm-up', text);
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
  } while (performance.now() - started < 4000);
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  process.stdout.write(
    `${JSON.stringify({ mbPerCpuSecond: bytes / 1e6 / cpuSeconds, docsPerCpuSecond: count / cpuSeconds })}\n`,
  );
  process.exit(0);
}
const t0 = performance.now();
const cpu0 = process.cpuUsage();
// RSS over time: a peak in the run's second half no higher than in its first says memory is flat.
const samples: [number, number][] = [];
setInterval(() => samples.push([performance.now(), process.memoryUsage.rss()]), 200).unref();
const { runFiles } = await import('../pipeline/batch.js');
const importSeconds = (performance.now() - t0) / 1000;
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
  },
  sink,
);
// CPU time of every thread of the process: steadier than wall time on a busy machine.
const cpu = process.cpuUsage(cpu0);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
const middle = (t0 + performance.now()) / 2;
const peakMB = (half: [number, number][]) => Math.max(0, ...half.map(([, rss]) => rss)) / 2 ** 20;
process.stdout.write(
  `${JSON.stringify({
    ...summary,
    importSeconds,
    cpuSeconds,
    maxRssMB: process.resourceUsage().maxRSS / 1024,
    firstHalfRssMB: peakMB(samples.filter(([t]) => t < middle)),
    secondHalfRssMB: peakMB(samples.filter(([t]) => t >= middle)),
  })}\n`,
);
