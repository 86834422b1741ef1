// Batch runs to a folder: atomic records, _run.json, --resume (also after kill -9), the worker pool.
import { spawn, spawnSync } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { type BatchOptions, runFiles, TextBudget } from '../pipeline/batch.js';
import { createProgress } from '../pipeline/progress.js';
import { DocumentRecord } from '../pipeline/schema.js';
import { sweepStaleTemps } from '../pipeline/write.js';
import { ARTICLE_EN, ARTICLE_FR, ROOT, removeTempDirs, runCli, tempDir } from './cli-helpers.js';
import { standInPool } from './stand-in-pool.js';

afterAll(removeTempDirs);

/** Every file under `dir`, relative, hidden ones included. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}

async function makeFolder(count: number, repeat = 1): Promise<string> {
  const dir = await tempDir('in');
  await mkdir(join(dir, 'sub'));
  for (let i = 0; i < count; i++) {
    const body = (i % 2 ? ARTICLE_EN : ARTICLE_FR).repeat(repeat);
    await writeFile(join(dir, i % 4 ? `n${i}.txt` : `sub/n${i}.md`), `${body}\nArticle ${i}.\n`);
  }
  return dir;
}

const expectedIds = (count: number) => Array.from({ length: count }, (_, i) => (i % 4 ? `n${i}` : `sub/n${i}`)).sort();

const readRun = async (out: string) => JSON.parse(await readFile(join(out, '_run.json'), 'utf8'));

describe('extract --out', () => {
  it('writes one parsable record per document and a _run.json', async () => {
    const dir = await makeFolder(12);
    await writeFile(join(dir, 'broken.txt'), Buffer.from([1, 2, 3, 0, 4]));
    const out = await tempDir('out');
    const r = await runCli(['extract', dir, '--out', out, '--quiet']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const files = await filesUnder(out);
    expect(files).toEqual([...expectedIds(12).map((id) => `${id}.json`), '_run.json', 'broken.json'].sort());
    for (const f of files.filter((f) => f !== '_run.json')) {
      const record = DocumentRecord.parse(JSON.parse(await readFile(join(out, f), 'utf8')));
      expect(`${record.id}.json`).toBe(f);
      if (record.id !== 'broken') expect(record.source?.sha256).toMatch(/^[0-9a-f]{64}$/);
    }
    const run = await readRun(out);
    expect(run).toMatchObject({ documents: 13, written: 13, skipped: 0, failed: 1 });
    expect(run.seconds).toBeGreaterThan(0);
  });

  it('writes a very long document (read in windows, its record as they come) whole, to a folder and to the output stream', async () => {
    const dir = await tempDir('in');
    const body = ARTICLE_FR.slice(ARTICLE_FR.indexOf('\n') + 1);
    const copies = Math.ceil(1.2e6 / body.length); // ~1.2 M characters: five windows
    await writeFile(join(dir, 'long.txt'), `date 2024-05-08\n${Array(copies).fill(body).join('\n')}`);
    await writeFile(join(dir, 'short.txt'), ARTICLE_EN);
    const out = await tempDir('out');
    const r = await runCli(['extract', dir, '--out', out, '--quiet']);
    expect(r.code).toBe(0);
    expect(await filesUnder(out)).toEqual(['_run.json', 'long.json', 'short.json']);
    const text = await readFile(join(out, 'long.json'), 'utf8');
    const record = DocumentRecord.parse(JSON.parse(text));
    expect(text).toBe(`${JSON.stringify(record, null, 2)}\n`);
    expect(record.error).toBeUndefined();
    expect(record.entities.filter((e) => e.type === 'money')).toHaveLength(copies);
    expect(record.entities.map((e) => e.id)).toEqual(record.entities.map((_, i) => `e${i + 1}`));
    // To the output stream, through a spool file: the same record, as one line, in its place.
    const lines = await runCli(['extract', dir, '--quiet']);
    expect(lines.code).toBe(0);
    expect(lines.stdout).toBe(
      `${JSON.stringify(record)}\n${JSON.stringify(JSON.parse(await readFile(join(out, 'short.json'), 'utf8')))}\n`,
    );
    // From stdin, with --out: its thread writes both, the line in its place and the file the same record.
    const long = await readFile(join(dir, 'long.txt'), 'utf8');
    const stdin = `${JSON.stringify({ id: 'long', text: long })}\n${JSON.stringify({ id: 'short', text: ARTICLE_EN })}\n`;
    const out2 = await tempDir('out');
    const piped = await runCli(['extract', '--stdin', '--out', out2, '--quiet'], stdin);
    expect(piped.code).toBe(0);
    const [first, second, rest] = piped.stdout.split('\n');
    expect(rest).toBe('');
    const fromStdin = DocumentRecord.parse(JSON.parse(first!));
    expect(fromStdin.id).toBe('long');
    expect(fromStdin.entities.filter((e) => e.type === 'money')).toHaveLength(copies);
    expect(await readFile(join(out2, 'long.json'), 'utf8')).toBe(`${JSON.stringify(fromStdin, null, 2)}\n`);
    expect(JSON.parse(second!).id).toBe('short');
    expect(await readRun(out2)).toMatchObject({ documents: 2, written: 2, failed: 0 });
  });

  it('--resume skips unchanged documents and redoes changed and failed ones', async () => {
    const dir = await makeFolder(6);
    const out = await tempDir('out');
    expect((await runCli(['extract', dir, '--out', out, '--quiet'])).code).toBe(0);
    await writeFile(join(dir, 'n1.txt'), `${ARTICLE_EN} Changed.`);
    await writeFile(join(dir, 'n7.txt'), ARTICLE_FR);
    const r = await runCli(['extract', dir, '--out', out, '--quiet', '--resume']);
    expect(r.code).toBe(0);
    expect(await readRun(out)).toMatchObject({ documents: 7, written: 2, skipped: 5, failed: 0 });
    const changed = DocumentRecord.parse(JSON.parse(await readFile(join(out, 'n1.json'), 'utf8')));
    expect(changed.source?.bytes).toBe(Buffer.byteLength(`${ARTICLE_EN} Changed.`));
  });

  it('survives kill -9 in the middle: --resume completes it, every record present once and parsable', async () => {
    const count = 400;
    const dir = await makeFolder(count, 12);
    const out = await tempDir('killed');
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'pipeline/cli.ts', 'extract', dir, '--out', out, '--quiet', '--concurrency', '2'],
      { cwd: ROOT, stdio: 'ignore' },
    );
    const exited = new Promise<NodeJS.Signals | null>((r) => child.on('exit', (_code, signal) => r(signal)));
    let done = false;
    void exited.then(() => {
      done = true;
    });
    // Wait until part of the batch is written, then kill without warning.
    for (;;) {
      const written = (await filesUnder(out).catch(() => [])).filter((f) => f.endsWith('.json')).length;
      if (written >= 20 || done) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(done, 'the batch finished before it could be killed').toBe(false);
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    const before = (await filesUnder(out)).filter((f) => f.endsWith('.json'));
    expect(before.length).toBeLessThan(count);

    const r = await runCli(['extract', dir, '--out', out, '--quiet', '--resume', '--concurrency', '2']);
    expect(r.code).toBe(0);
    const all = await filesUnder(out);
    // Temporary files the kill left behind are swept by --resume.
    expect(all.filter((f) => !f.endsWith('.json'))).toEqual([]);
    const files = all.filter((f) => f !== '_run.json');
    expect(files).toEqual(expectedIds(count).map((id) => `${id}.json`));
    for (const f of files) DocumentRecord.parse(JSON.parse(await readFile(join(out, f), 'utf8')));
    const run = await readRun(out);
    expect(run.documents).toBe(count);
    expect(run.skipped).toBeGreaterThanOrEqual(before.length - 1);
    expect(run.skipped + run.written).toBe(count);
  }, 120_000);
});

describe('sweepStaleTemps', () => {
  it('removes the temporary files of dead runs only', async () => {
    const out = await tempDir('sweep');
    await mkdir(join(out, 'sub'));
    const dead = spawnSync(process.execPath, ['-e', '0']).pid;
    await writeFile(join(out, `sub/.a.json.${dead}.0.tmp`), '{"half');
    // Written by a worker thread: its thread id is in the name.
    await writeFile(join(out, `.d.json.${dead}.2-5.tmp`), '{"half');
    await writeFile(join(out, `.b.json.${process.pid}.3.tmp`), '{"mine');
    await writeFile(join(out, 'c.json'), '{}');
    expect(await sweepStaleTemps(out)).toBe(2);
    expect(await filesUnder(out)).toEqual([`.b.json.${process.pid}.3.tmp`, 'c.json']);
    // At the end of a run whose thread was cut off: this process's own too.
    expect(await sweepStaleTemps(out, { ownToo: true })).toBe(1);
    expect(await filesUnder(out)).toEqual(['c.json']);
  });
});

/** A writable that keeps what it is given. */
function collector(): { stream: Writable; text: () => string } {
  let text = '';
  const stream = new Writable({
    write(chunk, _enc, cb) {
      text += String(chunk);
      cb();
    },
  });
  return { stream, text: () => text };
}

const baseOptions: BatchOptions = {
  format: 'jsonl',
  concurrency: 2,
  patterns: ['**/*.txt'],
  maxBytes: 1_000_000,
  executor: 'pool',
};

describe('the worker pool', () => {
  it('gives the same records as the main thread, in input order', async () => {
    const dir = await makeFolder(10);
    const inPool = collector();
    const onMain = collector();
    await runFiles([dir], baseOptions, inPool.stream);
    await runFiles([dir], { ...baseOptions, executor: 'auto' }, onMain.stream);
    expect(inPool.text()).toBe(onMain.text());
    expect(inPool.text().split('\n').filter(Boolean)).toHaveLength(7); // 10 files, of which 3 .md files are not matched
  }, 60_000);

  it('holds at most its budget of stdin text in flight, and always lets one document in', async () => {
    const budget = new TextBudget(100);
    await budget.take(60);
    let second = false;
    const taken = budget.take(60).then(() => {
      second = true;
    });
    await new Promise((r) => setTimeout(r, 20));
    expect(second).toBe(false);
    budget.give(60);
    await taken;
    expect(second).toBe(true);
    budget.give(60);
    // Larger than the whole budget: it gets in once nothing else is held.
    await budget.take(500);
    budget.give(500);
  });

  it('runs from the package entry with every option left to its default', async () => {
    const { runFiles: fromIndex } = await import('../index.js');
    const dir = await makeFolder(4);
    const out = collector();
    const summary = await fromIndex([dir], {}, out.stream);
    // Four files, .txt and .md alike, as JSON Lines in input order.
    expect(summary).toMatchObject({ documents: 4, written: 4, failed: 0 });
    const ids = out
      .text()
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l).id);
    expect(ids).toEqual(expectedIds(4));
  }, 60_000);

  it('tells a library caller of each document done, counted up to the number of documents', async () => {
    const dir = await makeFolder(10);
    const counts: number[] = [];
    const summary = await runFiles([dir], { ...baseOptions, onDocument: (n) => counts.push(n) }, collector().stream);
    expect(summary.documents).toBe(7);
    expect(counts).toEqual([1, 2, 3, 4, 5, 6, 7]);
  }, 60_000);

  it('turns a document over its time budget into a timeout record, replaces the worker and goes on', async () => {
    // A stand-in worker that never returns on one input: the budget must cut it off.
    const executor = standInPool(2, 500);
    const task = (id: string, text: string) => ({ id, text, options: {} });
    try {
      const [hung, fine] = await Promise.all([executor.run(task('a', 'HANG')), executor.run(task('b', 'ok'))]);
      expect(hung.error?.code).toBe('timeout');
      expect(fine.error).toBeUndefined();
      const again = await Promise.all([executor.run(task('c', 'HANG')), executor.run(task('d', 'ok'))]);
      expect(again.map((r) => r.error?.code ?? null)).toEqual(['timeout', null]);
      // Both threads were terminated once; the pool still answers.
      const after = await Promise.all(['e', 'f', 'g'].map((id) => executor.run(task(id, 'ok'))));
      expect(after.map((r) => r.id)).toEqual(['e', 'f', 'g']);
    } finally {
      await executor.close();
    }
  }, 60_000);

  it('counts the budget from when a thread starts a document, not from when it was queued', async () => {
    // One thread holds several tasks at once: eight 200 ms documents take 1.6 s on it, each well
    // within its 1 s budget.
    const executor = standInPool(1, 1000);
    try {
      const ids = Array.from({ length: 8 }, (_, i) => `s${i}`);
      const records = await Promise.all(ids.map((id) => executor.run({ id, text: 'SLOW', options: {} })));
      expect(records.map((r) => r.error?.code ?? r.id)).toEqual(ids);
      // A document queued behind a runaway one on the same thread is run again on its replacement.
      const [hung, next] = await Promise.all(
        ['HANG', 'ok'].map((text, i) => executor.run({ id: `h${i}`, text, options: {} })),
      );
      expect(hung?.error?.code).toBe('timeout');
      expect(next?.error).toBeUndefined();
    } finally {
      await executor.close();
    }
  }, 60_000);

  it('gives a file cut off by its budget an error record that names its source', async () => {
    const dir = await tempDir('in');
    const big = `${ARTICLE_FR.repeat(3000)}\n`;
    await writeFile(join(dir, 'big.txt'), big);
    await writeFile(join(dir, 'small.txt'), 'Rien à signaler.\n');
    const out = await tempDir('out');
    const r = await runCli(['extract', dir, '--out', out, '--quiet', '--timeout-ms', '1']);
    expect(r.code).toBe(1);
    const record = DocumentRecord.parse(JSON.parse(await readFile(join(out, 'big.json'), 'utf8')));
    expect(record.error?.code).toBe('timeout');
    expect(record.source).toMatchObject({ bytes: Buffer.byteLength(big), encoding: 'utf-8' });
    expect(record.source?.sha256).toMatch(/^[0-9a-f]{64}$/);
    // The small one ran on the main thread: a handful of small documents never wait for the pool.
    expect(DocumentRecord.parse(JSON.parse(await readFile(join(out, 'small.json'), 'utf8'))).error).toBeUndefined();
    expect(await readRun(out)).toMatchObject({ documents: 2, written: 2, failed: 1 });
  }, 60_000);

  it('cuts off a real document over a tiny budget through the whole CLI', async () => {
    const lines = [
      JSON.stringify({ id: 'big', text: ARTICLE_FR.repeat(5000) }),
      JSON.stringify({ id: 'after', text: 'Rien à signaler.' }),
    ];
    const r = await runCli(['extract', '--stdin', '--timeout-ms', '1'], `${lines.join('\n')}\n`);
    expect(r.code).toBe(1);
    const got = r.stdout
      .split('\n')
      .filter(Boolean)
      .map((l) => DocumentRecord.parse(JSON.parse(l)));
    expect(got.map((x) => x.id)).toEqual(['big', 'after']);
    expect(got[0]?.error?.code).toBe('timeout');
  }, 60_000);
});

describe('the progress display', () => {
  /** A stand-in for a terminal on stderr that keeps what is drawn, escapes stripped. */
  function fakeTerminal() {
    let drawn = '';
    const stream = new Writable({
      write(chunk, _encoding, done) {
        drawn += String(chunk);
        done();
      },
    });
    Object.assign(stream, { isTTY: true, columns: 120 });
    // biome-ignore lint/suspicious/noControlCharactersInRegex: terminal escapes are what is stripped
    const text = () => drawn.replace(/\u001b(?:\[[0-9;?]*[A-Za-z]|[78])/g, '\n');
    return { stream: stream as unknown as NodeJS.WriteStream, text };
  }

  it('counts while the total is unknown, and draws a bar once it is known', () => {
    const terminal = fakeTerminal();
    const progress = createProgress(true, terminal.stream);
    expect(terminal.text()).toMatch(/tamis 0 documents/);
    expect(terminal.text()).not.toMatch(/0\/0|█/);
    progress.tick();
    progress.tick();
    progress.tick();
    progress.setTotal(10);
    progress.stop();
    expect(terminal.text()).toMatch(/█+░+ 3\/10 documents/);
  });

  it('never draws a bar for a run whose total stays unknown (stdin)', () => {
    const terminal = fakeTerminal();
    const progress = createProgress(true, terminal.stream);
    progress.tick();
    progress.tick();
    progress.stop();
    expect(terminal.text()).toMatch(/tamis 2 documents/);
    expect(terminal.text()).not.toMatch(/\d+\/\d+|█/);
  });
});
