// The pool's watchdog (pool.ts) judges a task by the start its thread stamped on the shared clock. A
// task whose work is over but whose result has not reached the main thread yet (a busy machine) was
// still judged running: past the budget, its thread was terminated and the finished (and, for a
// file, written) document got a timeout record. The thread now marks a task done on the clock.
import { describe, expect, it } from 'vitest';
import { rerunOf } from '../pipeline/pool.js';
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

describe('rerunOf', () => {
  const file: FileTask = {
    kind: 'file',
    file: { path: '/x/a.txt', id: 'a' },
    maxBytes: 100,
    options: {},
    format: 'jsonl',
    out: '/out',
    resume: true,
  };

  it('runs again a task its thread never started, or lost by a stopped thread', () => {
    expect(rerunOf(file, 0, false)).toBe(file);
    expect(rerunOf(file, 1234, true)).toBe(file);
  });

  it('does not run again a task that failed by itself', () => {
    expect(rerunOf(file, 1234, false)).toBeNull();
    expect(rerunOf(file, -1, false)).toBeNull();
  });

  it('runs a task done on a stopped thread again without --resume (it would be counted skipped)', () => {
    expect(rerunOf(file, -1, true)).toEqual({ ...file, resume: false });
    const text = { id: 'b', text: 'x', options: {} };
    expect(rerunOf(text, -1, true)).toBe(text);
  });
});
