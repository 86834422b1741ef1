// Where documents are processed: on the main thread for a handful of small ones, otherwise in a
// pool of worker threads (piscina) sized to the cores, each document under a time budget.
//
// Why both: a worker thread has to load the pipeline and warm up before its first document (about
// half a second of CPU), which is wasted on a one-article run. Past SMALL_RUN documents the pool warms
// up while the main thread goes on with small documents; once it is warm, and for any large
// document, the pool is used: there a runaway document is cut off (its worker is terminated and
// replaced) and becomes a `timeout` error record. Documents run on the main thread cannot be
// interrupted; they are small (≤ SMALL_DOC) and come before the pool is warm.
//
// Documents travel in batches. A document waits here while every thread is busy, and a thread that
// frees up gets all those waiting, up to BATCH_DOCUMENTS: one message, one structured clone and one
// promise for several documents. (One message per document cost the main thread ~0.12 ms and each
// worker ~0.08 ms per document, 8,000 articles on 2 threads: main thread 1.2 → 0.6 s of CPU, each
// worker ~0.5 s less.) While threads are free, a document goes at once, alone: nothing waits for
// a batch to fill.
//
// Each thread holds TASKS_PER_THREAD batches: the one it runs and the next, which it starts as soon
// as it is done, without waiting for the main thread to hear of it and send another. (With one task
// per thread, all piscina allows for a task with an abort signal, a worker sat idle 25–35 % of the
// time at load average 2.5 and 45–50 % at 7–9.) So the time budget cannot start when a batch is
// handed over: the thread stamps each document on a shared clock as it starts it, and a watchdog on
// the main thread terminates a thread whose document has overrun. The documents that thread held,
// the runaway one aside, run again.
import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import { workerBundle } from './bundle.js';
import type { DocumentRecord } from './schema.js';
import { loadSharedTables } from './shared-tables.js';
import { errorRecord } from './validate.js';
import type {
  Batch,
  DocumentTask,
  Failure,
  FileOutcome,
  FileTask,
  LineTask,
  Task,
  TaskClock,
  TaskResult,
} from './worker.js';

/** How many documents may run on the main thread before the pool takes over. */
export const SMALL_RUN = 8;
/** At this many main-thread documents the run looks like a batch: the pool starts warming up. */
const WARM_AT = 4;
/** V8's default on 64-bit systems (3 × its 16 MB semi-space). */
const WORKER_YOUNG_GENERATION_MB = 48;
/** Larger documents (in UTF-16 units) always go to the pool, where the time budget holds. */
export const SMALL_DOC = 64 * 1024;
/**
 * Batches handed to one thread at a time: the running one and the next. More would hide the main
 * thread's delays better on a busy machine (threads waited 12–19 % of the time with two, 6–8 % with
 * four, at load average 7–9), but a thread's queue is committed: at the end of a run, or while a
 * second thread starts, one thread may still hold several long documents while the other idles.
 */
export const TASKS_PER_THREAD = 2;
/**
 * At most this many documents in a batch: ~6 ms of work for news articles, enough to make the
 * per-message costs small, little enough that the end of a run leaves no thread long alone.
 */
export const BATCH_DOCUMENTS = 8;
/** A text of this many UTF-16 units or more travels alone (file tasks carry a path, not a text). */
const BATCH_CHARS = 256 * 1024;
/** The clock's layout and DONE, from worker.ts (not imported: that module loads the pipeline). */
const CLOCK_FIELDS = 3;
const DONE = -1;
/** How often a task that a stopped thread took down with it is run again before it fails. */
const MAX_RERUNS = 3;

export interface ExecutorOptions {
  /** Worker threads (default: the cores). */
  threads?: number;
  /** Per-document budget in milliseconds. */
  timeoutMs: number;
  /** `auto` (default): main thread for a small run, pool otherwise; `pool`: always the pool. */
  mode?: 'auto' | 'pool';
  /**
   * The worker module (tests substitute their own); default the bundle, else `./worker.mjs`. Its
   * default export must stamp each task on the clock (see `TaskClock` in worker.ts), or no task is
   * ever cut off.
   */
  workerUrl?: string;
}

export type { Failure } from './worker.js';

export interface Executor {
  run(task: DocumentTask): Promise<DocumentRecord>;
  /**
   * A document by its file: read, processed and written (with `out`) by the thread that runs it; or
   * a very long one from stdin, written out by its thread likewise.
   */
  runFile(task: FileTask | LineTask): Promise<FileOutcome | { failure: Failure }>;
  /** Documents that went to worker threads so far. */
  readonly pooled: number;
  /** Batches handed to worker threads so far (a batch run again counts again). */
  readonly batches: number;
  close(): Promise<void>;
}

export function defaultThreads(): number {
  return Math.max(1, availableParallelism());
}

/** The main thread's tables for the workers, or none (each thread then reads its own) if they cannot load. */
function sharedTables(): Record<string, Uint8Array> {
  try {
    return loadSharedTables();
  } catch {
    return {};
  }
}

/** A file's size in bytes; 0 when it cannot be read (the worker then says why, as an error record). */
const fileSize = (path: string) =>
  stat(path).then(
    (info) => info.size,
    () => 0,
  );

type Settled<T> = { ok: true; value: T } | { ok: false; failure: Failure };

/** A task done on a thread that then went away: run again, without --resume (it would find its own record and count as skipped). */
const again = <T extends Task>(task: T): T => ('resume' in task && task.resume ? { ...task, resume: false } : task);

/**
 * What becomes of each document of a batch whose thread went away (terminated by the watchdog, or
 * crashed), from the clock: `stamped` the start of the document it was running (0: none started;
 * DONE: all done) and `index` that document's place. The documents done before it and those not
 * started run again (the task to run, or null for the one to fail). The one it was running runs again
 * only if its thread was stopped for another batch's runaway document; otherwise it failed by itself.
 */
export function rerunsOf<T extends Task>(
  tasks: T[],
  stamped: number,
  index: number,
  threadStopped: boolean,
): (T | null)[] {
  return tasks.map((task, i) => {
    if (stamped === 0 || (stamped > 0 && i > index)) return task;
    if (stamped === DONE || i < index) return again(task);
    return threadStopped ? again(task) : null;
  });
}

interface Waiting {
  task: Task;
  settle: (settled: Settled<DocumentRecord | FileOutcome>) => void;
  /** Times it ran again after its thread went away. */
  reruns: number;
}

export function createExecutor(options: ExecutorOptions): Executor {
  const threads = Math.max(1, options.threads ?? defaultThreads());
  const capacity = threads * TASKS_PER_THREAD;
  let pool: Piscina | null = null;
  // `auto` grows the pool: one thread first, the others only once it is warm and work remains, so
  // that a short run does not pay every thread's start-up. `pool` starts them all at once.
  const staged = options.mode !== 'pool';
  /** Batches the pool may hold at once: none until it is started (staged: until its first thread is up). */
  let open = 0;
  let onMain = 0;
  /** Set once the first thread has loaded the pipeline: until then small documents stay on the main thread. */
  let warm = !staged;
  let pooled = 0;
  let batches = 0;

  const clock: TaskClock = {
    slots: new Int32Array(new SharedArrayBuffer(capacity * CLOCK_FIELDS * Int32Array.BYTES_PER_ELEMENT)),
    epoch: Date.now(),
  };
  const freeSlots = Array.from({ length: capacity }, (_, i) => capacity - 1 - i);
  /** Batches handed to the pool, by clock slot: whether the watchdog has cut them off. */
  const inFlight = new Map<number, { cutOff: boolean }>();
  /** Threads the watchdog terminated: the batches they held did not fail by themselves. */
  const stopped = new Set<number>();
  const watchdog = startWatchdog();
  /** Documents waiting for a thread, in order (documents to run again go first). */
  const waiting: Waiting[] = [];
  let idleWaiters: (() => void)[] = [];

  let starting: Promise<void> | null = null;
  /** Set when the pool could not start. */
  let unavailable: Failure | null = null;
  const startPool = () => {
    if (starting) return;
    starting = (async () => {
      const filename = options.workerUrl ?? (await workerBundle()) ?? new URL('./worker.mjs', import.meta.url).href;
      pool = new Piscina({
        filename,
        // Further threads are spawned on demand, when more tasks are in flight than threads can hold.
        minThreads: staged ? 1 : threads,
        maxThreads: threads,
        concurrentTasksPerWorker: TASKS_PER_THREAD,
        idleTimeout: 60_000,
        // worker.mjs registers tsx itself (inheriting `--import tsx` would register it twice); the bundle needs none.
        execArgv: [],
        // One copy of the big tables for every thread (the entry point adopts them), and the clock.
        workerData: { tables: sharedTables(), clock },
        // V8's default young generation, for a program that runs the pool without Node flags. Under the
        // CLI this does nothing: a --max-semi-space-size flag (the CLI's is 4) overrides it in every
        // thread. Measured here, 2,000 articles on 2 threads: 4.6–4.7 ms of CPU per article with the
        // CLI's 4 MB, 5.1 ms with 16 MB (48 here, flag removed), for ~50 MB less peak RSS.
        resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
      });
      // A thread that fails outside any batch is reported here, not to a batch (without a listener it
      // would crash the process). If no thread is left, threads cannot even load their module:
      // piscina starts no more, and the documents would wait forever.
      const threadsOf = pool;
      threadsOf.on('error', (err: unknown) => {
        if (threadsOf.threads.length === 0) giveUp(err);
        else process.stderr.write(`tamis: a worker thread failed and was replaced: ${String(err)}\n`);
      });
      if (staged) {
        await pool.run(null, { name: 'ready' }).catch(() => {});
        warm = true;
      }
      open = capacity;
      pump();
    })().catch(giveUp);
  };

  /** No pool (a broken install, a thread that cannot load its module): every document waiting, and every later one, fails. */
  function giveUp(err: unknown): void {
    if (unavailable) return;
    unavailable = {
      code: 'worker-failed',
      message: `no worker threads: ${err instanceof Error ? err.message : String(err)}`,
    };
    for (const w of waiting.splice(0)) w.settle({ ok: false, failure: unavailable });
    // The batches in flight fail as the pool goes down (see send).
    void pool?.destroy().catch(() => {});
    pump();
  }

  /** Checks the running documents' clocks; a thread whose document overran its budget is terminated. */
  function startWatchdog() {
    let timer: NodeJS.Timeout | null = null;
    const every = Math.min(250, Math.max(5, Math.floor(options.timeoutMs / 20)));
    const check = () => {
      if (inFlight.size === 0 && timer) {
        clearInterval(timer);
        timer = null;
        return;
      }
      const now = Date.now() - clock.epoch;
      for (const [slot, entry] of inFlight) {
        const started = Atomics.load(clock.slots, slot * CLOCK_FIELDS);
        // 0: not started yet; DONE (-1): finished, its results on their way to this thread.
        if (entry.cutOff || started <= 0 || now - started <= options.timeoutMs) continue;
        const thread = Atomics.load(clock.slots, slot * CLOCK_FIELDS + 1);
        entry.cutOff = true;
        stopped.add(thread);
        // Piscina hears the thread exit, fails the batches it held and starts a replacement.
        void pool?.threads.find((w) => w.threadId === thread)?.terminate();
      }
    };
    return () => {
      timer ??= setInterval(check, every).unref();
    };
  }

  /** The documents waiting, up to a batch: several small texts or files, or one large text. */
  function nextBatch(): Waiting[] {
    const batch: Waiting[] = [];
    let chars = 0;
    while (batch.length < BATCH_DOCUMENTS && waiting.length > 0) {
      const task = waiting[0]!.task;
      const length = 'text' in task ? task.text.length : 0;
      if (batch.length > 0 && chars + length >= BATCH_CHARS) break;
      batch.push(waiting.shift()!);
      chars += length;
    }
    return batch;
  }

  /** Hands batches to the pool while it has room and documents wait. */
  function pump(): void {
    while (inFlight.size < open && waiting.length > 0) void send(nextBatch());
    if (inFlight.size === 0 && waiting.length === 0) {
      const waiters = idleWaiters;
      idleWaiters = [];
      for (const w of waiters) w();
    }
  }

  /** Runs one batch in the pool; what its thread's end took down waits again, at the front. */
  async function send(batch: Waiting[]): Promise<void> {
    const slot = freeSlots.pop()!;
    const at = slot * CLOCK_FIELDS;
    Atomics.store(clock.slots, at, 0);
    Atomics.store(clock.slots, at + 1, 0);
    Atomics.store(clock.slots, at + 2, 0);
    const entry = { cutOff: false };
    inFlight.set(slot, entry);
    watchdog();
    const tasks = batch.map((w) => w.task);
    batches++;
    try {
      const results = (await pool!.run({ slot, tasks } satisfies Batch)) as TaskResult[];
      batch.forEach((w, i) => {
        const result = results[i]!;
        w.settle('failure' in result ? { ok: false, failure: result.failure } : { ok: true, value: result });
      });
    } catch (err) {
      if (unavailable) {
        for (const w of batch) w.settle({ ok: false, failure: unavailable });
        return;
      }
      const thread = Atomics.load(clock.slots, at + 1);
      const index = Atomics.load(clock.slots, at + 2);
      const reruns = rerunsOf(tasks, Atomics.load(clock.slots, at), index, stopped.has(thread));
      const requeue: Waiting[] = [];
      batch.forEach((w, i) => {
        const task = reruns[i];
        // The watchdog cut this batch off: the document it was running is the runaway one.
        if (entry.cutOff && i === index)
          w.settle({
            ok: false,
            failure: { code: 'timeout', message: `processing took longer than ${options.timeoutMs} ms` },
          });
        else if (task && w.reruns < MAX_RERUNS) requeue.push({ ...w, task, reruns: w.reruns + 1 });
        else
          w.settle({
            ok: false,
            failure: { code: 'worker-failed', message: err instanceof Error ? err.message : String(err) },
          });
      });
      waiting.unshift(...requeue);
    } finally {
      inFlight.delete(slot);
      freeSlots.push(slot);
      pump();
    }
  }

  /** Runs one document in the pool under its budget. */
  const dispatch = <T>(task: Task): Promise<Settled<T>> =>
    new Promise<Settled<DocumentRecord | FileOutcome>>((settle) => {
      if (unavailable) return settle({ ok: false, failure: unavailable });
      pooled++;
      waiting.push({ task, settle, reruns: 0 });
      startPool();
      pump();
    }) as Promise<Settled<T>>;

  const runOnMain = async <T>(task: Task): Promise<T> => {
    const { runTask } = await import('./worker.js');
    return runTask(task) as T;
  };

  /** Whether documents may still run on the main thread: in a small run, or while the pool warms up. */
  const mainThreadOpen = () => options.mode !== 'pool' && (onMain < SMALL_RUN || !warm);

  /** Small documents run on the main thread for a small run, and, in a longer one, while the pool warms up. */
  const onMainThread = (length: number) => {
    if (!mainThreadOpen() || length > SMALL_DOC) return false;
    if (++onMain === WARM_AT) startPool();
    return true;
  };

  return {
    async run(task) {
      if (onMainThread(task.text.length)) return runOnMain<DocumentRecord>(task);
      const settled = await dispatch<DocumentRecord>(task);
      return settled.ok
        ? settled.value
        : errorRecord(task.id, settled.failure.code, settled.failure.message, { source: task.source });
    },
    async runFile(task) {
      // A file's bytes bound its length in UTF-16 units from above (UTF-16 files aside, at most twice over).
      // Once the pool has taken over, the file is not even looked at here: its thread reads it.
      const length = async () => ('file' in task ? await fileSize(task.file.path) : task.text.length);
      if (mainThreadOpen() && onMainThread(await length())) return runOnMain<FileOutcome>(task);
      const settled = await dispatch<FileOutcome>(task);
      return settled.ok ? settled.value : { failure: settled.failure };
    },
    get pooled() {
      return pooled;
    },
    get batches() {
      return batches;
    },
    async close() {
      if (inFlight.size > 0 || waiting.length > 0) await new Promise<void>((r) => idleWaiters.push(r));
      await starting?.catch(() => {});
      await pool?.destroy();
    },
  };
}
