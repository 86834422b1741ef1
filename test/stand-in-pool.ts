// A pool whose threads run test/batch-hang-worker.mjs, the stand-in worker that hangs on "HANG",
// works 200 ms on "SLOW" and answers late on "LATE": what the pool's budget and watchdog are tested on.
import { createExecutor, type Executor } from '../pipeline/pool.js';

export function standInPool(threads: number, timeoutMs: number): Executor {
  return createExecutor({
    threads,
    timeoutMs,
    mode: 'pool',
    workerUrl: new URL('./batch-hang-worker.mjs', import.meta.url).href,
  });
}
