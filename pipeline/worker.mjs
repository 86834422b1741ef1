// The worker thread's entry point. A thread starts without the parent's TypeScript loader (the pool
// gives it no execArgv), so it registers tsx here and then loads the real module.
import { workerData } from 'piscina';
import { register } from 'tsx/esm/api';

register();
// The main thread's tables (pipeline/shared-tables.ts), on shared memory: before any extractor loads its own.
const { adoptTables } = await import('../extractors/shared/table-file.ts');
adoptTables(workerData?.tables);
const worker = await import('./worker.ts');
worker.useClock(workerData?.clock);
// Before piscina hears that this thread is ready: tasks only ever reach a warm thread.
worker.warmUp();

export default worker.default;
export const ready = worker.ready;
