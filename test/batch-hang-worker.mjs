// A stand-in for pipeline/worker.mjs in the pool tests: loops forever on the text "HANG", keeps its
// thread busy for 200 ms on "SLOW", and for 900 ms after marking the task done on "LATE". Like the
// real worker (pipeline/worker.ts), it stamps each task on the pool's clock as it starts it.
import { threadId } from 'node:worker_threads';
import { workerData } from 'piscina';

export default function run(task) {
  const clock = workerData?.clock;
  if (clock && task.slot !== undefined) {
    Atomics.store(clock.slots, task.slot * 2 + 1, threadId);
    Atomics.store(clock.slots, task.slot * 2, Math.max(1, Date.now() - clock.epoch));
  }
  if (task.text === 'HANG') for (;;) {}
  if (task.text === 'SLOW') for (const end = Date.now() + 200; Date.now() < end; ) {}
  // Done (as the real worker marks it), but the result reaches the main thread late.
  if (task.text === 'LATE') {
    Atomics.store(clock.slots, task.slot * 2, -1);
    for (const end = Date.now() + 900; Date.now() < end; ) {}
  }
  return { schemaVersion: 1, id: task.id, language: { code: 'und', confidence: 0 }, referenceDate: null, entities: [] };
}

export function ready() {
  return true;
}
