// The CLI and the worker threads run from one esbuild bundle (pipeline/bundle.ts); the threads get
// the main thread's tables: their records must be the main thread's, byte for byte, and the
// launcher's output the sources'.
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { bundle, cliBundle, workerBundle } from '../pipeline/bundle.js';
import { unchangedBundle } from '../pipeline/bundle-cache.mjs';
import { createExecutor } from '../pipeline/pool.js';
import { processDocument } from '../pipeline/process.js';
import { ARTICLE_EN, ARTICLE_FR, ROOT, runCli } from './cli-helpers.js';

describe('the bundle', () => {
  it('is built into JavaScript files with no TypeScript left to load', async () => {
    const { readdir, readFile } = await import('node:fs/promises');
    const url = await workerBundle();
    expect(url).toMatch(/^file:\/\/.*\/worker\.mjs$/);
    expect(await workerBundle()).toBe(url); // once per process
    expect(await cliBundle()).toBe(url!.replace(/worker\.mjs$/, 'cli.mjs'));
    const folder = (await bundle())!;
    const files = (await readdir(folder)).filter((f) => f.endsWith('.mjs'));
    expect(files).toEqual(expect.arrayContaining(['cli.mjs', 'worker.mjs']));
    for (const f of files) {
      const code = await readFile(`${folder}/${f}`, 'utf8');
      expect(code).not.toMatch(/from ["'][^"']*\.ts["']/);
      expect(code).not.toMatch(/import\.meta\.url/);
    }
  });

  it('runs the CLI through the launcher with the output of the sources, bundled or not', async () => {
    const stdin = `${JSON.stringify({ id: 'a', text: ARTICLE_FR })}\n${JSON.stringify({ id: 'b', text: ARTICLE_EN })}\n`;
    const launch = (env: NodeJS.ProcessEnv) =>
      new Promise<string>((done, fail) => {
        const child = spawn(process.execPath, ['bin/tamis.js', 'extract', '--stdin'], { cwd: ROOT, env });
        let out = '';
        child.stdout.on('data', (d) => {
          out += d;
        });
        child.on('error', fail);
        child.on('close', () => done(out));
        child.stdin.end(stdin);
      });
    const sources = await runCli(['extract', '--stdin'], stdin);
    expect(sources.stdout.split('\n').filter(Boolean)).toHaveLength(2);
    expect(await launch(process.env)).toBe(sources.stdout);
    // TAMIS_BUNDLE=off: the launcher runs the TypeScript sources through tsx.
    expect(await launch({ ...process.env, TAMIS_BUNDLE: 'off' })).toBe(sources.stdout);
  }, 60_000);

  it('is taken again from its manifest while none of its sources has changed', async () => {
    const { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { dirname, join } = await import('node:path');
    const { fileURLToPath } = await import('node:url');
    const folder = (await bundle())!;
    const dir = dirname(folder);
    const manifests = readdirSync(dir)
      .filter((f) => f.startsWith('manifest-') && f.endsWith('.json'))
      .map((f) => join(dir, f))
      .filter((f) => JSON.parse(readFileSync(f, 'utf8')).bundle === folder);
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
    const paths = manifest.inputs.map((i) => i.path);
    for (const entry of ['worker-entry.ts', 'cli.ts'])
      expect(paths).toContain(fileURLToPath(new URL(`../pipeline/${entry}`, import.meta.url)));
    expect(unchangedBundle(manifests[0]!)).toBe(folder);
    const scratch = mkdtempSync(join(tmpdir(), 'tamis-manifest-'));
    try {
      const edited = join(scratch, 'edited.json');
      const inputs = manifest.inputs.map((i, k) => (k === 0 ? { ...i, mtimeMs: i.mtimeMs - 1000 } : i));
      writeFileSync(edited, JSON.stringify({ ...manifest, inputs }));
      expect(unchangedBundle(edited)).toBeNull();
      const gone = join(scratch, 'gone.json');
      writeFileSync(gone, JSON.stringify({ ...manifest, bundle: join(scratch, 'missing') }));
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
