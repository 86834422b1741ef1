// An output folder that stops taking files part-way (a full disk, a name taken by a folder): the
// other documents' records are kept, the summary counts only what was written, and the end of the
// run is an error message with the summary, not a stack trace.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ARTICLE_EN, ARTICLE_FR, removeTempDirs, runCli, tempDir } from './cli-helpers.js';

afterAll(removeTempDirs);

async function folderOf(count: number): Promise<string> {
  const dir = await tempDir('in');
  for (let i = 0; i < count; i++)
    await writeFile(join(dir, `d${i}.txt`), `${i % 2 ? ARTICLE_EN : ARTICLE_FR}N° ${i}.\n`);
  return dir;
}

/** A non-empty folder where a file is to be renamed: the rename fails, as a write on a full disk does. */
async function block(path: string): Promise<void> {
  await mkdir(path);
  await writeFile(join(path, 'keep'), 'x');
}

describe('--out that fails part-way', () => {
  it('keeps the other records and does not count the one it could not write (worker threads)', async () => {
    const dir = await folderOf(12);
    const out = await tempDir('out');
    await block(join(out, 'd3.json'));
    const r = await runCli(['extract', dir, '--out', out, '--concurrency', '2']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^tamis: d3: /m);
    const records = (await readdir(out)).filter((f) => f.endsWith('.json') && f !== '_run.json' && f !== 'd3.json');
    expect(records).toHaveLength(11);
    for (const f of records) expect(JSON.parse(await readFile(join(out, f), 'utf8')).error).toBeUndefined();
    const run = JSON.parse(await readFile(join(out, '_run.json'), 'utf8'));
    expect(run).toMatchObject({ documents: 12, written: 11, skipped: 0, failed: 1 });
    expect(r.stderr).toMatch(/12 document\(s\), 11 written, 0 skipped, 1 failed/);
  });

  it('says that _run.json could not be written, prints the summary, and exits 1 without a stack trace', async () => {
    const dir = await folderOf(3);
    const out = await tempDir('out');
    await block(join(out, '_run.json'));
    const r = await runCli(['extract', dir, '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^tamis: cannot write .*_run\.json: /m);
    expect(r.stderr).toMatch(/3 document\(s\), 3 written, 0 skipped, 0 failed/);
    expect(r.stderr).not.toMatch(/\n {4}at /);
    expect((await readdir(out)).sort()).toEqual(['_run.json', 'd0.json', 'd1.json', 'd2.json']);
  });

  it('with --stdin, does not count as written a record it could not write', async () => {
    const out = await tempDir('out');
    await block(join(out, 'b.json'));
    const lines = ['a', 'b', 'c'].map((id) => JSON.stringify({ id, text: ARTICLE_FR })).join('\n');
    const r = await runCli(['extract', '--stdin', '--out', out], `${lines}\n`);
    expect(r.code).toBe(1);
    expect(r.stdout.trim().split('\n')).toHaveLength(3);
    const run = JSON.parse(await readFile(join(out, '_run.json'), 'utf8'));
    expect(run).toMatchObject({ documents: 3, written: 2, failed: 1 });
  });
});
