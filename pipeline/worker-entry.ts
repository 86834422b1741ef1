// The worker thread's entry point when the pool runs the pipeline as one prebuilt JavaScript file
// (worker-bundle.ts): the main thread's tables are adopted before any extractor loads its own, then
// the thread warms up before piscina hears that it is ready.
import { workerData } from 'piscina';
import { adoptTables } from '../extractors/shared/table-file.js';
import processTask, { ready, warmUp } from './worker.js';

adoptTables((workerData as { tables?: Record<string, Uint8Array> } | undefined)?.tables);
warmUp();

export default processTask;
export { ready };
