// Queue mode throughput: the same documents through 1, then 2 worker processes on this machine,
// over a throwaway local redis-server. It measures; it does not assert.
//
// Workers are started and ready before the jobs are added, so the figures are processing time
// (fetch, read, extract, write, acknowledge), not process start-up. Each worker runs one
// extraction thread, so "2 workers" is two processes sharing the queue, as on two machines.
// Run alone with `npx tsx bench/queue.ts`; `BENCH_SCALE=0.1` shrinks the input.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { listInputs } from '../pipeline/load.js';
import { prepareFile } from '../pipeline/queue/jobs.js';
import { startLocalRedis } from '../pipeline/queue/local-redis.js';

const ROOT = new URL('..', import.meta.url).pathname;

export interface QueueBenchOptions {
  /** Documents per run (default 400 × BENCH_SCALE). */
  documents?: number;
  /** Worker process counts to compare (default [1, 2]). */
  workers?: number[];
  print?: (line: string) => void;
}

export interface QueueBenchResult {
  workers: number;
  documents: number;
  seconds: number;
  docsPerSecond: number;
}

/** News-like paragraphs written for this benchmark; the numbers vary so that every article differs. */
function article(i: number): string {
  const n = 10 + ((i * 37) % 890);
  const m = 2 + ((i * 13) % 97);
  const d = 1 + (i % 28);
  return [
    `date 2024-0${1 + (i % 9)}`,
    `La société Hélio Sud a annoncé le ${d} mars 2024 un investissement de ${n} millions d'euros dans un parc éolien de ${m} MW au large de Saint-Nazaire, a déclaré sa présidente, Anne Rivière.`,
    `Selon la chambre de commerce de Rennes, ${m} 000 emplois pourraient être créés d'ici à 2027, pour un chiffre d'affaires d'environ ${n},5 millions d'euros par an.`,
    `On ${d} June the Port of Bristol said it had handled ${n} 000 tonnes of grain, up ${m} % on a year earlier, according to its chief executive, Tom Ashby.`,
  ].join('\n\n');
}

function startWorker(url: string, queue: string, out: string): { child: ChildProcess; ready: Promise<void> } {
  const args = ['--import', 'tsx', 'pipeline/cli.ts', 'worker', '--redis', url, '--queue', queue, '--out', out];
  const child = spawn(process.execPath, [...args, '--concurrency', '1'], { cwd: ROOT });
  child.stdout?.resume();
  const ready = new Promise<void>((done, fail) => {
    let log = '';
    child.stderr?.setEncoding('utf8').on('data', (d: string) => {
      log += d;
      if (log.includes('ready on queue')) done();
    });
    child.on('close', (code) => fail(new Error(`worker exited early (${code}): ${log}`)));
  });
  return { child, ready };
}

async function timeRun(url: string, input: string, out: string, workers: number): Promise<QueueBenchResult> {
  const { enqueue, openQueue, queueCounts } = await import('../pipeline/queue/producer.js');
  const name = `bench-${workers}-${Date.now()}`;
  const started = Array.from({ length: workers }, () => startWorker(url, name, out));
  const queue = await openQueue(url, name);
  try {
    await Promise.all(started.map((w) => w.ready));
    const t0 = performance.now();
    const jobs = (async function* () {
      for await (const file of listInputs([input], [])) yield prepareFile(file, {});
    })();
    const { added } = await enqueue(queue, jobs, { attempts: 1, backoffMs: 0 }, () => {});
    for (;;) {
      const c = await queueCounts(queue);
      if (c.completed + c.failed >= added) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    const seconds = (performance.now() - t0) / 1000;
    return { workers, documents: added, seconds, docsPerSecond: added / seconds };
  } finally {
    await Promise.all(
      started.map(
        ({ child }) =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) return done();
            child.once('close', () => done());
            child.kill('SIGTERM');
          }),
      ),
    );
    await queue.close();
  }
}

/** Runs the comparison and prints one line per worker count; resolves to the figures. */
export async function benchQueue(options: QueueBenchOptions = {}): Promise<QueueBenchResult[]> {
  const print = options.print ?? ((line: string) => console.log(line));
  const scale = Number(process.env.BENCH_SCALE ?? 1) || 1;
  const documents = options.documents ?? Math.max(20, Math.round(400 * scale));
  let redis: Awaited<ReturnType<typeof startLocalRedis>>;
  try {
    redis = await startLocalRedis();
  } catch (err) {
    print(`queue: skipped (${err instanceof Error ? err.message : String(err)})`);
    return [];
  }
  const dir = await mkdtemp(join(tmpdir(), 'tamis-bench-queue-'));
  const results: QueueBenchResult[] = [];
  try {
    const input = join(dir, 'in');
    await mkdir(input);
    for (let i = 0; i < documents; i++) await writeFile(join(input, `q${String(i).padStart(6, '0')}.txt`), article(i));
    print(`queue: ${documents} articles, ${availableParallelism()} core(s), local redis-server, 1 thread per worker`);
    for (const workers of options.workers ?? [1, 2]) {
      const r = await timeRun(redis.url, input, join(dir, `out-${workers}`), workers);
      const base = results[0];
      const speedup = base ? ` (×${(r.docsPerSecond / base.docsPerSecond).toFixed(2)} vs ${base.workers})` : '';
      print(
        `queue: ${workers} worker(s): ${r.documents} docs in ${r.seconds.toFixed(2)} s, ${r.docsPerSecond.toFixed(1)} docs/s${speedup}`,
      );
      results.push(r);
    }
  } finally {
    await redis.stop();
    await rm(dir, { recursive: true, force: true });
  }
  return results;
}

const invokedDirectly = process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '');
if (invokedDirectly) await benchQueue();
