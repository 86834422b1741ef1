// Worker threads run the pipeline from one esbuild bundle (pipeline/worker-bundle.ts) with the main
// thread's tables: their records must be the main thread's, byte for byte.
import { describe, expect, it } from 'vitest';
import { createExecutor } from '../pipeline/pool.js';
import { processDocument } from '../pipeline/process.js';
import { workerBundle } from '../pipeline/worker-bundle.js';
import { ARTICLE_EN, ARTICLE_FR } from './cli-helpers.js';

describe('worker bundle', () => {
  it('is built into one JavaScript file with no TypeScript left to load', async () => {
    const url = await workerBundle();
    expect(url).toMatch(/^file:\/\/.*\.mjs$/);
    expect(await workerBundle()).toBe(url); // once per process
    const { readFile } = await import('node:fs/promises');
    const code = await readFile(new URL(url!), 'utf8');
    expect(code).not.toMatch(/from ["'][^"']*\.ts["']/);
    expect(code).not.toMatch(/import\.meta\.url/);
  });

  it('gives in a worker thread the records the main thread gives', async () => {
    const executor = createExecutor({ threads: 2, timeoutMs: 20_000, mode: 'pool' });
    try {
      const texts = [ARTICLE_FR, ARTICLE_EN, `${ARTICLE_FR}\n\n“${ARTICLE_EN}”`];
      const pooled = await Promise.all(texts.map((text, i) => executor.run({ id: `d${i}`, text, options: {} })));
      expect(executor.pooled).toBe(texts.length);
      texts.forEach((text, i) => {
        expect(JSON.stringify(pooled[i])).toBe(JSON.stringify(processDocument(`d${i}`, text)));
      });
      expect(pooled[0]!.entities.length).toBeGreaterThan(0);
    } finally {
      await executor.close();
    }
  });
});
