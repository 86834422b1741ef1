// The worker thread's entry point. A thread starts without the parent's TypeScript loader (the pool
// gives it no execArgv), so it registers tsx here and then loads the real module.
import { register } from 'tsx/esm/api';

register();
const worker = await import('./worker.ts');

export default worker.default;
export const ready = worker.ready;
