// The pipeline's own measurements, each in its own process: given { steady: "fr" | "en" }, the warm
// pipeline's CPU-time throughput on generated articles; given { inProcess: dir }, the CPU time of a
// folder through processDocument in one thread. (Batch runs: bench/measure-run.mjs.)
import { englishArticle, frenchArticle } from './articles.js';

const cpuAtStart = process.cpuUsage();
const config = JSON.parse(process.argv[2] ?? '{}') as { steady?: 'fr' | 'en'; inProcess?: string };

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
