// The extract command's contract: exit status, stdout holding only records, stdin's error lines.
import { spawn } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { DocumentRecord } from '../pipeline/schema.js';
import { ARTICLE_EN, ARTICLE_FR, ROOT, removeTempDirs, runCli, tempDir } from './cli-helpers.js';

afterAll(removeTempDirs);

const records = (stdout: string) =>
  stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => DocumentRecord.parse(JSON.parse(line)));

describe('extract: exit status', () => {
  it('exits 0 when every document succeeded', async () => {
    const dir = await tempDir('ok');
    await writeFile(join(dir, 'a.txt'), ARTICLE_FR);
    const r = await runCli(['extract', dir, '--quiet']);
    expect(r.code).toBe(0);
    const [record] = records(r.stdout);
    expect(record?.id).toBe('a');
    expect(record?.error).toBeUndefined();
    expect(record?.source).toMatchObject({ bytes: Buffer.byteLength(ARTICLE_FR), encoding: 'utf-8' });
  });

  it('exits 1 when some failed, and still writes their error records', async () => {
    const dir = await tempDir('some-fail');
    await writeFile(join(dir, 'a.txt'), ARTICLE_FR);
    await writeFile(join(dir, 'b.txt'), Buffer.from([0x00, 0x01, 0x02, 0xff]));
    const r = await runCli(['extract', dir, '--quiet']);
    expect(r.code).toBe(1);
    const got = records(r.stdout);
    expect(got.map((x) => [x.id, x.error?.code ?? null])).toEqual([
      ['a', null],
      ['b', 'not-text'],
    ]);
  });

  it('exits 2 on a usage error, with nothing on stdout', async () => {
    for (const args of [
      ['extract'],
      ['extract', '--stdin', 'somefile.txt'],
      ['extract', 'seeds', '--resume'],
      ['extract', '--stdin', '--out', 'output', '--resume'],
      ['extract', 'seeds', '--concurrency', '0'],
      ['extract', 'seeds', '--timeout-ms', 'soon'],
      ['extract', 'seeds', '--no-such-flag'],
    ]) {
      const r = await runCli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout, args.join(' ')).toBe('');
    }
  });

  it('writes a Windows-1252 file with its encoding, and a too-large one as an error', async () => {
    const dir = await tempDir('enc');
    const text = `${ARTICLE_FR}« L’usine ouvrira en été », a précisé l’élu… 3 €.`;
    await writeFile(join(dir, 'old.txt'), iconv.encode(text, 'win1252'));
    await writeFile(join(dir, 'huge.txt'), 'a'.repeat(5000));
    const r = await runCli(['extract', dir, '--quiet', '--max-bytes', '4000']);
    expect(r.code).toBe(1);
    const [huge, old] = records(r.stdout);
    expect(huge?.error?.code).toBe('too-large');
    expect(huge?.source).toEqual({ path: join(dir, 'huge.txt'), bytes: 5000 });
    expect(old?.error).toBeUndefined();
    expect(old?.source?.encoding).toBe('windows-1252');
    // Offsets refer to the decoded text.
    for (const e of old?.entities ?? []) expect(text.slice(e.start, e.end)).toBe(e.text);
  });
});

describe('extract: inputs and logs', () => {
  it('reads what --glob names (commas inside braces included), and logs only a summary off a terminal', async () => {
    const dir = await tempDir('glob');
    await writeFile(join(dir, 'a.txt'), ARTICLE_FR);
    await writeFile(join(dir, 'b.md'), ARTICLE_EN);
    await writeFile(join(dir, 'c.text'), '');
    const r = await runCli(['extract', dir, '--glob', '**/*.{md,text}']);
    expect(r.code).toBe(0);
    const got = records(r.stdout);
    expect(got.map((x) => x.id)).toEqual(['b', 'c']);
    // The empty file is a record with no entities, not an error.
    expect(got[1]).toMatchObject({ entities: [], source: { bytes: 0 } });
    expect(got[1]?.error).toBeUndefined();
    // stderr is a pipe here: no progress bar, just the summary line.
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^tamis: 2 document\(s\), 2 written, 0 skipped, 0 failed/);
  });
});

describe('extract --format json', () => {
  it('writes one JSON document: an array of the records in input order, [] for none', async () => {
    const dir = await tempDir('format-json');
    await writeFile(join(dir, 'a.txt'), ARTICLE_FR);
    await writeFile(join(dir, 'b.txt'), ARTICLE_EN);
    await writeFile(join(dir, 'c.txt'), Buffer.from([0x00, 0x01]));
    const r = await runCli(['extract', dir, '--quiet', '--format', 'json']);
    expect(r.code).toBe(1);
    const parsed: unknown = JSON.parse(r.stdout);
    expect(Array.isArray(parsed)).toBe(true);
    const got = (parsed as unknown[]).map((x) => DocumentRecord.parse(x));
    expect(got.map((x) => [x.id, x.error?.code ?? null])).toEqual([
      ['a', null],
      ['b', null],
      ['c', 'not-text'],
    ]);
    expect(got[0]?.entities.length).toBeGreaterThan(0);

    const empty = join(dir, 'empty');
    await mkdir(empty);
    const none = await runCli(['extract', empty, '--quiet', '--format', 'json']);
    expect(none.code).toBe(0);
    expect(JSON.parse(none.stdout)).toEqual([]);
  });
});

describe('extract: --date and --lang are defaults', () => {
  it("a file's header wins over them; a file without a header takes them", async () => {
    const dir = await tempDir('flags');
    const body = 'Le groupe Brévent a annoncé hier un investissement de 40 millions d’euros à Lyon.\n';
    await writeFile(join(dir, 'a-header.txt'), `date 2024-05-01\nlang fr\n${body}`);
    await writeFile(join(dir, 'b-bare.txt'), body);
    const r = await runCli(['extract', dir, '--quiet', '--date', '2020-01-01', '--lang', 'en']);
    expect(r.code).toBe(0);
    const [header, bare] = records(r.stdout);
    expect([header?.referenceDate, header?.language.code]).toEqual(['2024-05-01', 'fr']);
    expect([bare?.referenceDate, bare?.language.code]).toEqual(['2020-01-01', 'en']);
  });

  it("a stdin document's own date and lang win over them and over its header", async () => {
    const lines = [
      JSON.stringify({ id: 'own', text: `date 2024-05-01\n${ARTICLE_EN}`, date: '2023-02-03', lang: 'en' }),
      JSON.stringify({ id: 'header', text: `date 2024-05-01\nlang en\n${ARTICLE_EN}` }),
      JSON.stringify({ id: 'none', text: ARTICLE_EN }),
    ];
    const r = await runCli(['extract', '--stdin', '--date', '2020-01-01', '--lang', 'fr'], `${lines.join('\n')}\n`);
    expect(r.code).toBe(0);
    expect(records(r.stdout).map((x) => [x.id, x.referenceDate, x.language.code])).toEqual([
      ['own', '2023-02-03', 'en'],
      ['header', '2024-05-01', 'en'],
      ['none', '2020-01-01', 'fr'],
    ]);
  });
});

describe('extract: a reader that goes away', () => {
  it('stops quietly when stdout is closed early (tamis … | head)', async () => {
    const dir = await tempDir('head');
    for (let i = 0; i < 30; i++) await writeFile(join(dir, `a${i}.txt`), `${ARTICLE_EN} ${i}`);
    const child = spawn(process.execPath, ['--import', 'tsx', 'pipeline/cli.ts', 'extract', dir], { cwd: ROOT });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
    });
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((r) => child.on('close', (c) => r(c)));
    expect(stderr).not.toMatch(/EPIPE|Error/);
    expect(code).toBe(0);
  }, 60_000);
});

describe('extract --stdin', () => {
  it('answers every line with exactly one record, in order, bad and blank lines included', async () => {
    const lines = [
      JSON.stringify({ id: 'fr', text: ARTICLE_FR, lang: 'fr', date: '2024-03-20' }),
      '{"id": "broken", "text": ',
      '',
      JSON.stringify({ id: 'no-text' }),
      JSON.stringify({ text: 'no id here' }),
      JSON.stringify({ id: 'num', text: 12 }),
      '   ',
      JSON.stringify({ id: 'en', text: ARTICLE_EN }),
      '[]',
    ];
    const r = await runCli(['extract', '--stdin'], `${lines.join('\n')}\n`);
    expect(r.code).toBe(1);
    const got = records(r.stdout);
    // The final newline ends the last line: nine lines in, nine records out.
    expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(9);
    expect(got.map((x) => [x.id, x.error?.code ?? null])).toEqual([
      ['fr', null],
      ['line-2', 'invalid-json'],
      ['line-3', 'empty-line'],
      ['no-text', 'invalid-document'],
      ['line-5', 'invalid-document'],
      ['num', 'invalid-document'],
      ['line-7', 'empty-line'],
      ['en', null],
      ['line-9', 'invalid-document'],
    ]);
    expect(got[0]?.referenceDate).toBe('2024-03-20');
  });

  it('answers blank lines at the end, but not the final newline', async () => {
    const doc = JSON.stringify({ id: 'a', text: ARTICLE_EN });
    const ended = await runCli(['extract', '--stdin'], `${doc}\n`);
    expect(ended.code).toBe(0);
    expect(records(ended.stdout).map((x) => x.id)).toEqual(['a']);
    const trailing = await runCli(['extract', '--stdin'], `${doc}\n\n  \r\n`);
    expect(trailing.code).toBe(1);
    expect(records(trailing.stdout).map((x) => [x.id, x.error?.code ?? null])).toEqual([
      ['a', null],
      ['line-2', 'empty-line'],
      ['line-3', 'empty-line'],
    ]);
  });

  it('exits 0 on clean input, also without a final newline or with CRLF', async () => {
    const input = `${JSON.stringify({ id: 'a', text: ARTICLE_EN })}\r\n${JSON.stringify({ id: 'b', text: '' })}`;
    const r = await runCli(['extract', '--stdin'], input);
    expect(r.code).toBe(0);
    expect(records(r.stdout).map((x) => x.id)).toEqual(['a', 'b']);
    expect(records(r.stdout)[1]?.entities).toEqual([]);
  });

  it('drops a byte order mark at the start of the stream, as files do', async () => {
    const input = `\uFEFF${JSON.stringify({ id: 'a', text: ARTICLE_EN })}\n${JSON.stringify({ id: 'b', text: 'x' })}\n`;
    const r = await runCli(['extract', '--stdin'], input);
    expect(r.code).toBe(0);
    expect(records(r.stdout).map((x) => [x.id, x.error?.code ?? null])).toEqual([
      ['a', null],
      ['b', null],
    ]);
  });

  it('keeps input order when documents are processed in worker threads', async () => {
    // Every fifth line is over SMALL_DOC, so it goes to a worker while the small ones run on the main
    // thread: they finish out of order, and the output must not.
    const lines = Array.from({ length: 40 }, (_, i) =>
      JSON.stringify({ id: `d${i}`, text: (i % 3 ? ARTICLE_EN : ARTICLE_FR).repeat(i % 5 ? 1 : 450) }),
    );
    const r = await runCli(['extract', '--stdin', '--concurrency', '2'], `${lines.join('\n')}\n`);
    expect(r.code).toBe(0);
    expect(records(r.stdout).map((x) => x.id)).toEqual(lines.map((_, i) => `d${i}`));
  });

  it('also writes the records to --out when asked', async () => {
    const out = await tempDir('stdin-out');
    const r = await runCli(
      ['extract', '--stdin', '--out', out],
      `${JSON.stringify({ id: 'x/y', text: ARTICLE_EN })}\n`,
    );
    expect(r.code).toBe(0);
    expect(records(r.stdout)).toHaveLength(1);
    const file = DocumentRecord.parse(JSON.parse(await readFile(join(out, 'x/y.json'), 'utf8')));
    expect(file.id).toBe('x/y');
    expect(JSON.parse(await readFile(join(out, '_run.json'), 'utf8'))).toMatchObject({ documents: 1, written: 1 });
  });
});

describe('usage errors a user runs into', () => {
  it('exits 2 with no command at all, 0 for --help', async () => {
    const none = await runCli([]);
    expect(none.code).toBe(2);
    expect(none.stdout).toBe('');
    expect(none.stderr).toMatch(/Usage: tamis/);
    expect((await runCli(['--help'])).code).toBe(0);
  });

  it('refuses an --out that is not a writable folder once, before reading anything', async () => {
    const dir = await tempDir('out-file');
    const file = join(dir, 'not-a-folder');
    await writeFile(file, 'x');
    for (const out of [file, join(file, 'sub')]) {
      const r = await runCli(['extract', 'seeds', '--out', out]);
      expect(r.code, out).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n'), out).toEqual([expect.stringMatching(/cannot write to --out/)]);
    }
  });

  it('refuses a queue worker --out that is not a folder before it connects to Redis', async () => {
    const file = join(await tempDir('worker-out'), 'not-a-folder');
    await writeFile(file, 'x');
    // Port 1 has no Redis: the command must stop at the folder check, not at the connection.
    const r = await runCli(['worker', '--redis', 'redis://127.0.0.1:1', '--out', join(file, 'sub')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot write to --out/);
  });

  it('creates a missing --out folder with its parents', async () => {
    const out = join(await tempDir('out-new'), 'a', 'b');
    const r = await runCli(
      ['extract', '--stdin', '--out', out, '--quiet'],
      `${JSON.stringify({ id: 'n', text: ARTICLE_EN })}\n`,
    );
    expect(r.code).toBe(0);
    expect(DocumentRecord.parse(JSON.parse(await readFile(join(out, 'n.json'), 'utf8'))).id).toBe('n');
  });

  it('takes a language tag in the usual forms, on the command line and on stdin', async () => {
    const doc = (id: string, lang: string) => JSON.stringify({ id, text: ARTICLE_EN, lang });
    const r = await runCli(['extract', '--stdin'], `${doc('upper', 'EN')}\n${doc('region', 'en-US')}\n`);
    expect(r.code).toBe(0);
    expect(records(r.stdout).map((x) => [x.id, x.language.code, x.error?.code ?? null])).toEqual([
      ['upper', 'en', null],
      ['region', 'en', null],
    ]);
    const flag = await runCli(
      ['extract', '--stdin', '--lang', 'EN'],
      `${JSON.stringify({ id: 'f', text: ARTICLE_EN })}\n`,
    );
    expect(flag.code).toBe(0);
    expect(records(flag.stdout)[0]?.language.code).toBe('en');
  });
});

describe('eval', () => {
  it('exits 2 on a folder that is not there, 1 on a broken gold file', async () => {
    const missing = await runCli(['eval', join(ROOT, 'no-such-folder')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim()).toMatch(/is not a folder$/);
    const dir = await tempDir('eval-bad');
    await writeFile(join(dir, 'a.txt'), ARTICLE_FR);
    await writeFile(join(dir, 'a.gold.json'), '{"entities": [');
    const broken = await runCli(['eval', dir, '--min-f1', '0']);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toMatch(/a: bad-gold/);
  });
});
