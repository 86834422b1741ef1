// The worker thread's entry point when the pool runs the pipeline as one prebuilt JavaScript file
// (bundle.ts): the main thread's tables are adopted before any extractor loads its own, then
// the thread warms up before piscina hears that it is ready.
import { workerData } from 'piscina';
import { adoptTables } from '../extractors/shared/table-file.js';
import runBatch, { type TaskClock, useClock, warmUp } from './worker.js';

const given = workerData as { tables?: Record<string, Uint8Array>; clock?: TaskClock } | undefined;
adoptTables(given?.tables);
useClock(given?.clock);
warmUp();

export default runBatch;
export { ready } from './worker.js';
