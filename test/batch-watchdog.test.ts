// The pool's watchdog (pool.ts) judges a document by the start its thread stamped on the shared clock.
// A batch whose work is over but whose results have not reached the main thread yet (a busy machine)
// was still judged running: past the budget, its thread was terminated and the finished (and, for a
// file, written) documents got timeout records. The thread now marks a batch done on the clock.
import { describe, expect, it } from 'vitest';
import { createExecutor, rerunsOf } from '../pipeline/pool.js';
import type { FileTask } from '../pipeline/worker.js';
import { standInPool } from './stand-in-pool.js';

describe('the pool watchdog', () => {
  it('does not cut off a task that its thread has marked done, however late its result arrives', async () => {
    const executor = standInPool(1, 300);
    try {
      const [late, next] = await Promise.all(
        ['LATE', 'ok'].map((text, i) => executor.run({ id: `t${i}`, text, options: {} })),
      );
      expect(late?.error).toBeUndefined();
      expect(next?.error).toBeUndefined();
      // A runaway task is still cut off.
      const hung = await executor.run({ id: 'h', text: 'HANG', options: {} });
      expect(hung.error?.code).toBe('timeout');
    } finally {
      await executor.close();
    }
  }, 60_000);
});

describe('the pool batches', () => {
  it('cuts off a runaway document inside a batch and runs the others of its batch again', async () => {
    // One thread holding two batches: the first two documents go alone (the pool has room), the
    // next four wait for a thread and leave together, the runaway one among them.
    const executor = standInPool(1, 400);
    try {
      const texts = ['SLOW', 'SLOW', 'ok', 'HANG', 'ok', 'ok'];
      const records = await Promise.all(texts.map((text, i) => executor.run({ id: `d${i}`, text, options: {} })));
      expect(records.map((r) => r.error?.code ?? r.id)).toEqual(['d0', 'd1', 'd2', 'timeout', 'd4', 'd5']);
      // Two alone, the four together, and their three others again on the replacement thread.
      expect(executor.batches).toBe(4);
    } finally {
      await executor.close();
    }
  }, 60_000);

  it('lets a document that throws cost only itself', async () => {
    const executor = standInPool(1, 5000);
    try {
      const texts = ['SLOW', 'SLOW', 'ok', 'THROW', 'ok'];
      const records = await Promise.all(texts.map((text, i) => executor.run({ id: `d${i}`, text, options: {} })));
      expect(records.map((r) => r.error?.code ?? r.id)).toEqual(['d0', 'd1', 'd2', 'worker-failed', 'd4']);
      expect(records[3]?.error?.message).toContain('thrown by the stand-in');
      expect(executor.batches).toBe(3);
    } finally {
      await executor.close();
    }
  }, 60_000);
});

describe('a pool that cannot work', () => {
  it('gives every document an error record instead of hanging, whether its threads fail or it cannot start', async () => {
    for (const workerUrl of [
      new URL('./no-such-worker.mjs', import.meta.url).href,
      // Not a file name at all: piscina refuses to start.
      42 as unknown as string,
    ]) {
      const executor = createExecutor({ threads: 1, timeoutMs: 2000, mode: 'pool', workerUrl });
      try {
        const records = await Promise.all(['a', 'b'].map((id) => executor.run({ id, text: 'ok', options: {} })));
        expect(records.map((r) => [r.id, r.error?.code])).toEqual([
          ['a', 'worker-failed'],
          ['b', 'worker-failed'],
        ]);
      } finally {
        await executor.close();
      }
    }
  }, 60_000);
});

describe('rerunsOf', () => {
  const file = (id: string): FileTask => ({
    kind: 'file',
    file: { path: `/x/${id}.txt`, id },
    maxBytes: 100,
    options: {},
    format: 'jsonl',
    out: '/out',
    resume: true,
  });
  const batch = [file('a'), file('b'), file('c')];
  const done = (task: FileTask) => ({ ...task, resume: false });

  it('runs again every document of a batch its thread never started', () => {
    expect(rerunsOf(batch, 0, 0, false)).toEqual(batch);
  });

  it('fails the document that took its own thread down, and runs the others again', () => {
    // Running the second (started at 1234 ms) when the thread died by itself.
    expect(rerunsOf(batch, 1234, 1, false)).toEqual([done(batch[0]!), null, batch[2]]);
  });

  it('runs again the document a thread stopped for another batch was running', () => {
    expect(rerunsOf(batch, 1234, 1, true)).toEqual([done(batch[0]!), done(batch[1]!), batch[2]]);
  });

  it('runs documents done on a lost thread again without --resume (they would be counted skipped)', () => {
    expect(rerunsOf(batch, -1, 2, true)).toEqual(batch.map(done));
    const text = { id: 'b', text: 'x', options: {} };
    expect(rerunsOf([text], -1, 0, true)).toEqual([text]);
  });
});
