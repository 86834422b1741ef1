// One batch run, in its own process so that its peak RSS is its own, run as the `tamis` command runs
// it: plain JavaScript from the bundle (pipeline/bundle.ts, built by bench/run.ts beforehand), no
// TypeScript loader. Given { dir, out (null: to a stream that drops them), threads, executor }, prints one JSON line { documents, failed,
// seconds, importSeconds, cpuSeconds, maxRssMB, secondHalfDocsPerSecond, firstHalfRssMB,
// secondHalfRssMB }.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { unchangedBundle } from '../pipeline/bundle-cache.mjs';

const cpu0 = process.cpuUsage();
const t0 = performance.now();
const config = JSON.parse(process.argv[2] ?? '{}');
// RSS over time: a peak in the run's second half no higher than in its first says memory is flat.
const samples = [];
setInterval(() => samples.push([performance.now(), process.memoryUsage.rss()]), 200).unref();
const folder = unchangedBundle();
if (!folder) throw new Error('no up-to-date bundle: bench/run.ts builds it before measuring');
const { runFiles } = await import(pathToFileURL(join(folder, 'batch.mjs')).href);
const importSeconds = (performance.now() - t0) / 1000;
// When the run's second half starts: its documents per second are the pipeline's once every thread
// is warm, what most of a long run (a 1 GB folder) goes at.
const total = (await readdir(config.dir)).length;
let halfwayAt = 0;
const onDocument = (done) => {
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
    out: config.out ?? undefined,
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
const middle = (t0 + endAt) / 2;
const peakMB = (half) => Math.max(0, ...half.map(([, rss]) => rss)) / 2 ** 20;
process.stdout.write(
  `${JSON.stringify({
    ...summary,
    importSeconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    maxRssMB: process.resourceUsage().maxRSS / 1024,
    secondHalfDocsPerSecond:
      halfwayAt && endAt > halfwayAt ? (total - Math.ceil(total / 2)) / ((endAt - halfwayAt) / 1000) : 0,
    firstHalfRssMB: peakMB(samples.filter(([t]) => t < middle)),
    secondHalfRssMB: peakMB(samples.filter(([t]) => t >= middle)),
  })}\n`,
);
