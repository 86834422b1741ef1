// Worker threads run the pipeline from one esbuild bundle (pipeline/worker-bundle.ts) with the main
// thread's tables: their records must be the main thread's, byte for byte.
import { describe, expect, it } from 'vitest';
import { createExecutor } from '../pipeline/pool.js';
import { processDocument } from '../pipeline/process.js';
import { unchangedBundle, workerBundle } from '../pipeline/worker-bundle.js';
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

  it('is taken again from its manifest while none of its sources has changed', async () => {
    const { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { dirname, join } = await import('node:path');
    const { fileURLToPath } = await import('node:url');
    const bundle = fileURLToPath((await workerBundle())!);
    const dir = dirname(bundle);
    const manifests = readdirSync(dir)
      .filter((f) => f.startsWith('manifest-'))
      .map((f) => join(dir, f))
      .filter((f) => JSON.parse(readFileSync(f, 'utf8')).bundle === bundle);
    if (manifests.length === 0) {
      // None only when a source was saved just before the build (its time cannot vouch for it).
      const { statSync } = await import('node:fs');
      const root = fileURLToPath(new URL('..', import.meta.url));
      const newest = ['pipeline', 'extractors']
        .flatMap((d) => readdirSync(join(root, d), { recursive: true, encoding: 'utf8' }).map((f) => join(root, d, f)))
        .filter((f) => f.endsWith('.ts'))
        .reduce((t, f) => Math.max(t, statSync(f).mtimeMs), 0);
      expect(Date.now() - newest).toBeLessThan(60_000);
      return;
    }
    const manifest = JSON.parse(readFileSync(manifests[0]!, 'utf8')) as {
      bundle: string;
      inputs: { path: string; size: number; mtimeMs: number }[];
    };
    expect(manifest.inputs.map((i) => i.path)).toContain(
      fileURLToPath(new URL('../pipeline/worker-entry.ts', import.meta.url)),
    );
    expect(unchangedBundle(manifests[0]!)).toBe(bundle);
    const scratch = mkdtempSync(join(tmpdir(), 'tamis-manifest-'));
    try {
      const edited = join(scratch, 'edited.json');
      const inputs = manifest.inputs.map((i, k) => (k === 0 ? { ...i, mtimeMs: i.mtimeMs - 1000 } : i));
      writeFileSync(edited, JSON.stringify({ ...manifest, inputs }));
      expect(unchangedBundle(edited)).toBeNull();
      const gone = join(scratch, 'gone.json');
      writeFileSync(gone, JSON.stringify({ ...manifest, bundle: join(scratch, 'missing.mjs') }));
      expect(unchangedBundle(gone)).toBeNull();
      writeFileSync(join(scratch, 'torn.json'), '{"bundle":');
      expect(unchangedBundle(join(scratch, 'torn.json'))).toBeNull();
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
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
