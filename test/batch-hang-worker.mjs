// A stand-in for pipeline/worker.mjs in the pool tests: loops forever on the text "HANG", keeps its
// thread busy for 200 ms on "SLOW", for 900 ms after marking its batch done on "LATE", and throws on
// "THROW". Like the real worker (pipeline/worker.ts), it takes batches and stamps each document on
// the pool's clock as it starts it.
import { threadId } from 'node:worker_threads';
import { workerData } from 'piscina';

const FIELDS = 3;

function stamp(slot, index) {
  const clock = workerData?.clock;
  if (!clock || slot === undefined) return;
  Atomics.store(clock.slots, slot * FIELDS + 1, threadId);
  Atomics.store(clock.slots, slot * FIELDS + 2, index);
  Atomics.store(clock.slots, slot * FIELDS, Math.max(1, Date.now() - clock.epoch));
}

function runOne(task) {
  if (task.text === 'HANG') for (;;) {}
  if (task.text === 'SLOW') for (const end = Date.now() + 200; Date.now() < end; ) {}
  if (task.text === 'THROW') throw new Error('thrown by the stand-in');
  return { schemaVersion: 1, id: task.id, language: { code: 'und', confidence: 0 }, referenceDate: null, entities: [] };
}

export default function run(batch) {
  const results = batch.tasks.map((task, i) => {
    stamp(batch.slot, i);
    try {
      return runOne(task);
    } catch (err) {
      return { failure: { code: 'worker-failed', message: err.message } };
    }
  });
  const clock = workerData?.clock;
  if (clock && batch.slot !== undefined) Atomics.store(clock.slots, batch.slot * FIELDS, -1);
  // Done (as the real worker marks it), but the results reach the main thread late.
  if (batch.tasks.some((task) => task.text === 'LATE')) for (const end = Date.now() + 900; Date.now() < end; ) {}
  return results;
}

export function ready() {
  return true;
}
