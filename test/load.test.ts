// The loading stage: folder walk, encodings, bad files, stdin lines.
import { execFileSync } from 'node:child_process';
import { chmod, mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import {
  decodeBytes,
  type InputFile,
  listInputs,
  loadFile,
  loadFileSync,
  parseInputLine,
  splitPatterns,
} from '../pipeline/load.js';
import { removeTempDirs, tempDir } from './cli-helpers.js';

afterAll(removeTempDirs);

const FRENCH = "L'été dernier, la société a réalisé un chiffre d'affaires de 5 millions d'euros à Besançon.";

async function list(paths: string[], patterns = ['**/*.{txt,md,text}']): Promise<string[]> {
  const ids: string[] = [];
  for await (const f of listInputs(paths, patterns)) ids.push(f.id);
  return ids;
}

const fileIn = (dir: string, name: string): InputFile => ({ path: join(dir, name), id: name.replace(/\.\w+$/, '') });

describe('splitPatterns', () => {
  it('splits on commas outside braces only', () => {
    expect(splitPatterns('**/*.{txt,md,text}')).toEqual(['**/*.{txt,md,text}']);
    expect(splitPatterns('a/*.txt, **/*.{md,text} ,')).toEqual(['a/*.txt', '**/*.{md,text}']);
  });
});

describe('listInputs', () => {
  it('walks folders recursively, in a stable order, with default extensions and no hidden files', async () => {
    const dir = await tempDir('walk');
    await mkdir(join(dir, 'b/deep'), { recursive: true });
    await mkdir(join(dir, '.git'));
    for (const name of ['a.txt', 'b/c.md', 'b/deep/d.text', 'e.json', '.hidden.txt', '.git/x.txt'])
      await writeFile(join(dir, name), 'x');
    expect(await list([dir])).toEqual(['a', 'b/c', 'b/deep/d']);
    expect(await list([dir], ['**/*.json'])).toEqual(['e']);
    expect(await list([dir], ['*.txt', 'b/**/*.text'])).toEqual(['a', 'b/deep/d']);
  });

  it('follows symbolic links without looping or yielding a file twice', async () => {
    const dir = await tempDir('links');
    const outside = await tempDir('outside');
    await mkdir(join(dir, 'sub'));
    await writeFile(join(dir, 'a.txt'), 'x');
    await writeFile(join(dir, 'sub/b.txt'), 'x');
    await writeFile(join(outside, 'o.txt'), 'x');
    await symlink(dir, join(dir, 'sub/loop')); // a loop back to the root
    await symlink(join(dir, 'sub'), join(dir, 'again')); // a second way into sub
    await symlink(join(dir, 'a.txt'), join(dir, 'sub/same.txt')); // a second name for a.txt
    await symlink(outside, join(dir, 'ext')); // a folder outside: followed once
    await symlink(outside, join(dir, 'ext2'));
    await symlink(join(dir, 'ext'), join(dir, 'sub/ext3'));
    const ids = await list([dir]);
    expect(ids.filter((id) => id.endsWith('/o') || id === 'o')).toHaveLength(1);
    expect(ids).toContain('a');
    expect(ids).toContain('sub/b');
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(3);
  });

  it('gives distinct ids to files of different roots that share a name (else one record overwrote the other)', async () => {
    const one = await tempDir('root-one');
    const two = await tempDir('root-two');
    await writeFile(join(one, 'a.txt'), 'x');
    await writeFile(join(two, 'a.txt'), 'y');
    await writeFile(join(two, 'a~2.txt'), 'z');
    expect(await list([one, two])).toEqual(['a', 'a~2', 'a~2~2']);
    expect(await list([join(one, 'a.txt'), join(two, 'a.txt')])).toEqual(['a', 'a~2']);
  });

  it('yields a file once when it is given directly and inside a folder given too', async () => {
    const dir = await tempDir('given-twice');
    await writeFile(join(dir, 'a.txt'), 'x');
    await writeFile(join(dir, 'b.txt'), 'x');
    const missing = join(dir, 'missing.txt');
    expect(await list([dir, join(dir, 'a.txt'), dir, missing, missing])).toEqual(['a', 'b', 'missing']);
    expect(await list([join(dir, 'b.txt'), dir])).toEqual(['b', 'a']);
  });

  it('keeps the extension in the id of a file whose id is taken by a sibling', async () => {
    const dir = await tempDir('same-stem');
    for (const name of ['a.md', 'a.txt', 'b.txt']) await writeFile(join(dir, name), 'x');
    expect(await list([dir])).toEqual(['a', 'a.txt', 'b']);
  });

  it('tells sibling ids apart across the names that sort between them', async () => {
    const dir = await tempDir('same-stem-apart');
    // "a.n.txt" comes between "a.md" and "a.txt", which share the id "a"; "a.txt.md" meets the id
    // "a.txt" took; "a b" and "a-b" sort before "a.md", "ab" after the last name beginning with "a.".
    for (const name of ['a.md', 'a b.txt', 'a-b.txt', 'a.n.txt', 'a.txt', 'a.txt.md', 'ab.md', 'ab.txt', 'b.md'])
      await writeFile(join(dir, name), 'x');
    expect(await list([dir], ['*.{md,txt}'])).toEqual([
      'a b',
      'a-b',
      'a',
      'a.n',
      'a.txt',
      'a.txt.md',
      'ab',
      'ab.txt',
      'b',
    ]);
  });

  it('names a missing path so that it becomes an error record', async () => {
    expect(await list(['/no/such/file.txt'])).toEqual(['file']);
  });
});

describe('decodeBytes', () => {
  it('reads UTF-8 with and without a BOM', () => {
    const plain = decodeBytes(Buffer.from(FRENCH, 'utf8'));
    const bom = decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(FRENCH, 'utf8')]));
    expect(plain).toEqual({ ok: true, text: FRENCH, encoding: 'utf-8' });
    expect(bom).toEqual({ ok: true, text: FRENCH, encoding: 'utf-8' });
  });

  it('detects Latin-1 and Windows-1252 and decodes them', () => {
    const latin1 = decodeBytes(iconv.encode(FRENCH, 'latin1'));
    expect(latin1.ok && latin1.text).toBe(FRENCH);
    expect(latin1.ok && latin1.encoding).toBe('iso-8859-1');
    const curly = `${FRENCH} « C’est un pas décisif », a-t-il dit… pour 20 €.`;
    const cp1252 = decodeBytes(iconv.encode(curly, 'win1252'));
    expect(cp1252.ok && cp1252.text).toBe(curly);
    expect(cp1252.ok && cp1252.encoding).toBe('windows-1252');
  });

  it('reads UTF-16 with a BOM', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(FRENCH, 'utf16le')]);
    expect(decodeBytes(bytes)).toEqual({ ok: true, text: FRENCH, encoding: 'utf-16le' });
  });

  it('refuses binary content', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(decodeBytes(png)).toMatchObject({ ok: false, code: 'not-text' });
    const controls = Buffer.alloc(4000, 0x01);
    expect(decodeBytes(controls)).toMatchObject({ ok: false, code: 'not-text' });
  });
});

describe('loadFile', () => {
  it('turns bad files into reasons, and records the source of good ones', async () => {
    const dir = await tempDir('load');
    await writeFile(join(dir, 'empty.txt'), '');
    await writeFile(join(dir, 'big.txt'), 'x'.repeat(2000));
    await writeFile(join(dir, 'bin.txt'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0]));
    await writeFile(join(dir, 'latin.txt'), iconv.encode(FRENCH, 'latin1'));
    await symlink(join(dir, 'gone.txt'), join(dir, 'dangling.txt'));
    execFileSync('mkfifo', [join(dir, 'pipe.txt')]);

    const empty = await loadFile(fileIn(dir, 'empty.txt'), 1000);
    expect(empty).toMatchObject({ ok: true, text: '', source: { bytes: 0, encoding: 'utf-8' } });
    // Too large to read: the path and size are known, the hash and encoding are not.
    const big = await loadFile(fileIn(dir, 'big.txt'), 1000);
    expect(big).toMatchObject({ ok: false, code: 'too-large', source: { path: join(dir, 'big.txt'), bytes: 2000 } });
    expect(big.source?.sha256).toBeUndefined();
    expect(await loadFile(fileIn(dir, 'bin.txt'), 1000)).toMatchObject({
      ok: false,
      code: 'not-text',
      source: { bytes: 10 },
    });
    const latin = await loadFile(fileIn(dir, 'latin.txt'), 1000);
    expect(latin).toMatchObject({ ok: true, text: FRENCH, source: { encoding: 'iso-8859-1' } });
    expect(latin.source?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(await loadFile(fileIn(dir, 'dangling.txt'), 1000)).toMatchObject({ ok: false, code: 'not-found' });
    // A FIFO is never opened (reading it would block): it is refused from its type.
    expect(await loadFile(fileIn(dir, 'pipe.txt'), 1000)).toMatchObject({ ok: false, code: 'not-a-file' });
    // Worker threads read with blocking calls: the same documents and reasons.
    for (const name of ['empty', 'big', 'bin', 'latin', 'dangling', 'pipe'])
      expect(loadFileSync(fileIn(dir, `${name}.txt`), 1000)).toEqual(await loadFile(fileIn(dir, `${name}.txt`), 1000));
  });

  it.skipIf(process.getuid?.() === 0)('reports a file it may not read', async () => {
    const dir = await tempDir('perm');
    await writeFile(join(dir, 'secret.txt'), 'x');
    await chmod(join(dir, 'secret.txt'), 0o000);
    expect(await loadFile(fileIn(dir, 'secret.txt'), 1000)).toMatchObject({ ok: false, code: 'unreadable' });
  });
});

describe('parseInputLine', () => {
  it('accepts a document and keeps its hints', () => {
    expect(parseInputLine('{"id":"a","text":"Bonjour","lang":"fr","date":"2024-05-08"}', 1)).toEqual({
      ok: true,
      id: 'a',
      text: 'Bonjour',
      options: { lang: 'fr', date: '2024-05-08' },
    });
    expect(parseInputLine('{"id":7,"text":""}', 1)).toMatchObject({ ok: true, id: '7', text: '' });
  });

  it('names what is wrong with a bad line, keeping the id when there is one', () => {
    expect(parseInputLine('{"id":"a","text":', 3)).toMatchObject({ ok: false, id: 'line-3', code: 'invalid-json' });
    expect(parseInputLine('{"text":"x"}', 4)).toMatchObject({ ok: false, id: 'line-4', code: 'invalid-document' });
    expect(parseInputLine('{"id":"b"}', 5)).toMatchObject({ ok: false, id: 'b', code: 'invalid-document' });
    expect(parseInputLine('{"id":"c","text":42}', 6)).toMatchObject({ ok: false, id: 'c', code: 'invalid-document' });
    expect(parseInputLine('{"id":"d","text":null}', 7)).toMatchObject({ ok: false, code: 'invalid-document' });
    expect(parseInputLine('[1,2]', 8)).toMatchObject({ ok: false, id: 'line-8', code: 'invalid-document' });
    expect(parseInputLine('null', 9)).toMatchObject({ ok: false, code: 'invalid-document' });
    expect(parseInputLine('"just a string"', 10)).toMatchObject({ ok: false, code: 'invalid-document' });
    expect(parseInputLine('{"id":"e","text":"abcdef"}', 11, 10)).toMatchObject({ ok: false, code: 'too-large' });
    expect(parseInputLine('', 12)).toMatchObject({ ok: false, id: 'line-12', code: 'empty-line' });
    expect(parseInputLine(' \t ', 13)).toMatchObject({ ok: false, id: 'line-13', code: 'empty-line' });
  });
});
