// Hostile text in a warm worker thread: a regex that a cold main thread runs fine may overflow once
// V8 has compiled it to native code (a warm thread has run the warm-up). Megabytes of one letter made
// `\p{L}{2,}` (pipeline/extract.ts) throw "Maximum call stack size exceeded": an internal error
// record instead of a record with no entities.
import { afterAll, describe, expect, it } from 'vitest';
import { createExecutor } from '../pipeline/pool.js';

const executor = createExecutor({ threads: 1, timeoutMs: 120_000, mode: 'pool' });
afterAll(() => executor.close());

describe('hostile text in a worker thread', () => {
  it('reads 5 million letters, alone or in two runs, without an error', async () => {
    for (const text of ['a'.repeat(5_000_000), `${'é'.repeat(2_500_000)} ${'B'.repeat(2_500_000)}`]) {
      const record = await executor.run({ id: 'letters', text, options: {} });
      expect(record.error).toBeUndefined();
      expect(record.entities).toEqual([]);
    }
  });

  it('still tells a lone word from words in no known language', async () => {
    const lone = await executor.run({ id: 'lone', text: `${'x'.repeat(300_000)}`, options: {} });
    expect(lone.warnings ?? []).toEqual([]);
  });
});
