// Queue mode against a real redis-server: its own instance on a free 127.0.0.1 port, no persistence,
// stopped after. Workers and producers run as CLI processes, the way users run them on many machines.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalRedis, startLocalRedis } from '../pipeline/queue/local-redis.js';
import { DocumentRecord } from '../pipeline/schema.js';

const ROOT = resolve(import.meta.dirname, '..');
// Short locks so that a killed worker's jobs come back within a second or two.
const LOCK_MS = '1000';

let redis: LocalRedis;
let work: string;
let queueCount = 0;
const children = new Set<ChildProcess>();

beforeAll(async () => {
  redis = await startLocalRedis();
  work = await mkdtemp(join(tmpdir(), 'tamis-queue-'));
});

afterAll(async () => {
  for (const child of children) child.kill('SIGKILL');
  await redis?.stop();
  if (work) await rm(work, { recursive: true, force: true });
});

/** A fresh queue name per test: the tests share one Redis but never each other's jobs. */
const freshQueue = () => `t${process.pid}-${++queueCount}`;

interface Running {
  child: ChildProcess;
  stderr: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function startCli(args: string[], stdin?: string): Running {
  const child = spawn(process.execPath, ['--import', 'tsx', 'pipeline/cli.ts', ...args], { cwd: ROOT });
  children.add(child);
  let stderr = '';
  child.stdout?.resume();
  child.stderr?.setEncoding('utf8').on('data', (d: string) => {
    stderr += d;
  });
  child.stdin?.on('error', () => {});
  child.stdin?.end(stdin ?? '');
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
    child.on('close', (code, signal) => {
      children.delete(child);
      done({ code, signal });
    }),
  );
  return { child, stderr: () => stderr, exited };
}

async function runCli(args: string[], stdin?: string): Promise<{ code: number | null; stderr: string }> {
  const run = startCli(args, stdin);
  const { code } = await run.exited;
  return { code, stderr: run.stderr() };
}

/** Polls until `check` holds; the bound keeps a broken run from hanging the suite. */
async function until(
  what: string,
  check: () => Promise<boolean> | boolean,
  limitMs = 45_000,
  everyMs = 100,
): Promise<void> {
  const t0 = Date.now();
  while (!(await check())) {
    if (Date.now() - t0 > limitMs) throw new Error(`gave up waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

const workerReady = (w: Running) => until('the worker to be ready', () => w.stderr().includes('ready on queue'));

/** The counts, read in-process (spawning the CLI to poll would cost more than the work watched). */
async function status(queue: string) {
  const { openQueue, queueCounts } = await import('../pipeline/queue/producer.js');
  const q = await openQueue(redis.url, queue);
  try {
    return await queueCounts(q);
  } finally {
    await q.close();
  }
}

/** The counts as `tamis queue status` prints them. */
async function cliStatus(queue: string) {
  const run = startCli(['queue', 'status', '--redis', redis.url, '--queue', queue]);
  let stdout = '';
  run.child.stdout?.setEncoding('utf8').on('data', (d: string) => {
    stdout += d;
  });
  const { code } = await run.exited;
  expect(code, run.stderr()).toBe(0);
  return JSON.parse(stdout) as unknown;
}

/** Our own short news-like articles; the number makes each one's content distinct. */
function article(i: number): string {
  return (
    `date 2024-0${1 + (i % 9)}\n` +
    `La coopérative Val d'Orge a annoncé le ${1 + (i % 28)} mars 2024 un investissement de ${10 + i} millions d'euros ` +
    `dans une usine de ${5 + (i % 40)} MW près de Dijon, a indiqué son président, Marc Lefèvre.\n\n` +
    `In Leeds, the Harbour Trust said on ${1 + (i % 28)} May it would hire ${100 + i} people by 2026.\n`
  );
}

async function writeArticles(dir: string, n: number, repeat = 1): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const id = `a${String(i).padStart(4, '0')}`;
    await writeFile(join(dir, `${id}.txt`), article(i).repeat(repeat));
    ids.push(id);
  }
  return ids;
}

async function readRecords(out: string): Promise<Map<string, DocumentRecord>> {
  const records = new Map<string, DocumentRecord>();
  for (const name of (await readdir(out)).filter((n) => n.endsWith('.json') && !n.startsWith('_'))) {
    const record = DocumentRecord.parse(JSON.parse(await readFile(join(out, name), 'utf8')));
    records.set(record.id, record);
  }
  return records;
}

const countRecords = async (out: string) =>
  (await readdir(out).catch(() => [] as string[])).filter((n) => n.endsWith('.json')).length;

async function newDirs(name: string) {
  const input = await mkdtemp(join(work, `${name}-in-`));
  const out = join(work, `${name}-out-${Date.now()}`);
  return { input, out };
}

// Bounded, but generous: each test spawns several CLI processes, slow on a busy machine.
describe('queue mode (BullMQ over a local redis-server)', { timeout: 60_000 }, () => {
  it('two workers process every document exactly once, and adding twice adds nothing', async () => {
    const queue = freshQueue();
    const { input, out } = await newDirs('two');
    const ids = await writeArticles(input, 16);
    const workerArgs = ['worker', '--redis', redis.url, '--queue', queue, '--out', out, '--concurrency', '1'];
    const workers = [startCli(workerArgs), startCli(workerArgs)];
    await Promise.all(workers.map(workerReady));

    const first = await runCli(['queue', 'add', input, '--redis', redis.url, '--queue', queue]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toContain('16 job(s) added');
    const second = await runCli(['queue', 'add', input, '--redis', redis.url, '--queue', queue]);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stderr).toContain('0 job(s) added');
    expect(second.stderr).toContain('16 already queued or done');

    await until('every job to finish', async () => {
      const s = await status(queue);
      return s.completed + s.failed >= ids.length;
    });
    // Graceful stop: SIGTERM lets each worker finish what it holds, then exit 0.
    for (const w of workers) w.child.kill('SIGTERM');
    for (const w of workers) expect((await w.exited).code, w.stderr()).toBe(0);

    expect(await cliStatus(queue)).toEqual({
      waiting: 0,
      active: 0,
      completed: ids.length,
      failed: 0,
      delayed: 0,
    });
    const records = await readRecords(out);
    expect([...records.keys()].sort()).toEqual(ids);
    for (const record of records.values()) {
      expect(record.error).toBeUndefined();
      expect(record.entities.length).toBeGreaterThan(0);
    }
    // Exactly once: no job was started twice, and both workers took part.
    const q = new Queue(queue, { connection: { url: redis.url, maxRetriesPerRequest: null } });
    try {
      const done = await q.getCompleted(0, -1);
      expect(done).toHaveLength(ids.length);
      expect(done.map((job) => job.attemptsStarted)).toEqual(ids.map(() => 1));
      expect(new Set(done.map((job) => job.processedBy)).size).toBe(2);
    } finally {
      await q.close();
    }
  });

  it('loses nothing when a worker is killed with SIGKILL mid-run', async () => {
    const queue = freshQueue();
    const { input, out } = await newDirs('kill');
    const ids = await writeArticles(input, 120, 4);
    const added = await runCli(['queue', 'add', input, '--redis', redis.url, '--queue', queue]);
    expect(added.code, added.stderr).toBe(0);

    const common = ['--redis', redis.url, '--queue', queue, '--out', out, '--lock-duration', LOCK_MS];
    const doomed = startCli(['worker', ...common, '--concurrency', '1']);
    // Enough documents that the worker is still busy when it is killed, even on a fast machine.
    await until('the first records', async () => (await countRecords(out)) >= 3, 45_000, 10);
    doomed.child.kill('SIGKILL');
    expect((await doomed.exited).signal).toBe('SIGKILL');
    const left = await status(queue);
    // The kill left jobs in hand (locked to a dead worker), and work undone.
    expect(left.active).toBeGreaterThan(0);
    expect(left.completed).toBeLessThan(ids.length);

    const rescuer = startCli(['worker', ...common, '--until-empty']);
    expect((await rescuer.exited).code, rescuer.stderr()).toBe(0);
    expect(rescuer.stderr()).toContain('back in the queue');

    const s = await status(queue);
    expect(s).toMatchObject({ waiting: 0, active: 0, failed: 0, completed: ids.length });
    const records = await readRecords(out);
    expect([...records.keys()].sort()).toEqual(ids);
    for (const record of records.values()) expect(record.error).toBeUndefined();
  });

  it('stops gracefully on SIGTERM: the jobs in hand are finished, the rest left waiting', async () => {
    const queue = freshQueue();
    const { input, out } = await newDirs('term');
    const ids = await writeArticles(input, 120, 4);
    const added = await runCli(['queue', 'add', input, '--redis', redis.url, '--queue', queue]);
    expect(added.code, added.stderr).toBe(0);

    const worker = startCli(['worker', '--redis', redis.url, '--queue', queue, '--out', out, '--concurrency', '1']);
    await until('the first records', async () => (await countRecords(out)) >= 3, 45_000, 10);
    worker.child.kill('SIGTERM');
    expect((await worker.exited).code, worker.stderr()).toBe(0);
    expect(worker.stderr()).toContain('stopping');

    const s = await status(queue);
    // Nothing abandoned (no job left locked to the stopped worker), nothing failed, nothing lost.
    expect(s.active).toBe(0);
    expect(s.failed).toBe(0);
    expect(s.completed + s.waiting).toBe(ids.length);
    expect(s.completed).toBeLessThan(ids.length);
    // Every finished job has its record, and no unfinished job left a half-written one.
    expect(await countRecords(out)).toBe(s.completed);
    expect((await readRecords(out)).size).toBe(s.completed);
  });

  it('a document that keeps failing ends as an error record and a failed job', async () => {
    const queue = freshQueue();
    const { input, out } = await newDirs('fail');
    await writeFile(join(input, 'good.txt'), article(1));
    await writeFile(join(input, 'vanishing.txt'), article(2));
    await writeFile(join(input, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0, 1, 2, 3]));
    const added = await runCli([
      ...['queue', 'add', input, '--redis', redis.url, '--queue', queue],
      ...['--attempts', '3', '--backoff', '50'],
    ]);
    expect(added.code, added.stderr).toBe(0);
    // Gone from the shared storage after it was queued: retried with backoff, then given up.
    await unlink(join(input, 'vanishing.txt'));

    const worker = startCli(['worker', '--redis', redis.url, '--queue', queue, '--out', out, '--until-empty']);
    expect((await worker.exited).code, worker.stderr()).toBe(0);
    expect(worker.stderr()).toContain('will retry');

    expect(await status(queue)).toMatchObject({ waiting: 0, active: 0, delayed: 0, completed: 1, failed: 2 });
    const records = await readRecords(out);
    expect(records.get('good')?.error).toBeUndefined();
    expect(records.get('vanishing')?.error?.code).toBe('not-found');
    expect(records.get('binary')?.error).toBeDefined();

    const q = new Queue(queue, { connection: { url: redis.url, maxRetriesPerRequest: null } });
    try {
      const failed = new Map((await q.getFailed(0, -1)).map((job) => [job.data.id as string, job]));
      expect([...failed.keys()].sort()).toEqual(['binary', 'vanishing']);
      // A missing file may come back (shared storage): retried. Binary data never changes: not retried.
      expect(failed.get('vanishing')?.attemptsMade).toBe(3);
      expect(failed.get('binary')?.attemptsMade).toBe(1);
      expect(failed.get('vanishing')?.failedReason).toContain('not-found');
    } finally {
      await q.close();
    }
  });

  it('queues inline text from JSON Lines on stdin; the document’s own lang and date win', async () => {
    const queue = freshQueue();
    const { out } = await newDirs('stdin');
    const lines = [
      { id: 'depeche-1', text: "Le 4 juin, la ville de Nantes a emprunté 12 millions d'euros.", date: '2024-06-10' },
      { id: 'wire-2', text: 'The council of Bristol approved a £3 million plan on Tuesday.', lang: 'en' },
      { id: 'depeche-1', text: "Le 4 juin, la ville de Nantes a emprunté 12 millions d'euros.", date: '2024-06-10' },
    ]
      .map((l) => JSON.stringify(l))
      .join('\n');
    const added = await runCli(
      ['queue', 'add', '--stdin', '--redis', redis.url, '--queue', queue],
      `${lines}\nnot json\n`,
    );
    // The bad line is reported and makes the status 1; the duplicate is recognised.
    expect(added.code).toBe(1);
    expect(added.stderr).toContain('2 job(s) added');
    expect(added.stderr).toContain('1 already queued or done, 1 rejected');

    const worker = startCli(['worker', '--redis', redis.url, '--queue', queue, '--out', out, '--until-empty']);
    expect((await worker.exited).code, worker.stderr()).toBe(0);
    const records = await readRecords(out);
    expect([...records.keys()].sort()).toEqual(['depeche-1', 'wire-2']);
    expect(records.get('depeche-1')?.referenceDate).toBe('2024-06-10');
    expect(records.get('wire-2')?.language.code).toBe('en');
  });

  it('--date is a default: a header in the file wins over it', async () => {
    const queue = freshQueue();
    const { input, out } = await newDirs('header-wins');
    await writeFile(join(input, 'dated.txt'), "date 2024-06-10\nLe 4 juin, Nantes a emprunté 12 millions d'euros.");
    await writeFile(join(input, 'undated.txt'), "Le 4 juin, Nantes a emprunté 12 millions d'euros.");
    const added = await runCli(['queue', 'add', input, '--date', '2019-01-01', '--redis', redis.url, '--queue', queue]);
    expect(added.code, added.stderr).toBe(0);
    const worker = startCli(['worker', '--redis', redis.url, '--queue', queue, '--out', out, '--until-empty']);
    expect((await worker.exited).code, worker.stderr()).toBe(0);
    const records = await readRecords(out);
    expect(records.get('dated')?.referenceDate).toBe('2024-06-10');
    expect(records.get('undated')?.referenceDate).toBe('2019-01-01');
  });

  it('reports an unreachable Redis in one line and status 1', async () => {
    // A port that was free a moment ago on loopback: nothing listens there.
    const { freeLoopbackPort } = await import('../pipeline/queue/local-redis.js');
    const port = await freeLoopbackPort();
    const result = await runCli(['queue', 'status', '--redis', `redis://127.0.0.1:${port}`]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^tamis queue status: cannot reach Redis at redis:\/\/127\.0\.0\.1:\d+/);
  });
});
