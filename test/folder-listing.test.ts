// A folder's entries, held compactly and sorted as `<` sorts their names.
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listFolder } from '../pipeline/folder-listing.js';
import { removeTempDirs, tempDir } from './cli-helpers.js';

afterAll(removeTempDirs);

async function entries(dir: string): Promise<[string, string][]> {
  const listing = await listFolder(dir);
  return Array.from({ length: listing.count }, (_, i) => [listing.name(i), listing.kind(i)]);
}

describe('listFolder', () => {
  it('lists names in code unit order, a name before the longer names it begins', async () => {
    const dir = await tempDir('listing-order');
    const names = ['b', 'a', 'a.txt', 'a b', 'a-b', 'ab', 'Z', 'é', 'été.md', 'e', '日本', '😀', 'ｚ'];
    for (const name of names) await writeFile(join(dir, name), 'x');
    const expected = [...names].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
    expect((await entries(dir)).map(([name]) => name)).toEqual(expected);
  });

  it('tells files, folders and links apart, and leaves hidden entries out', async () => {
    const dir = await tempDir('listing-kinds');
    await writeFile(join(dir, 'f.txt'), 'x');
    await mkdir(join(dir, 'sub'));
    await symlink(join(dir, 'f.txt'), join(dir, 'link.txt'));
    await writeFile(join(dir, '.hidden'), 'x');
    expect(await entries(dir)).toEqual([
      ['f.txt', 'file'],
      ['link.txt', 'symlink'],
      ['sub', 'directory'],
    ]);
  });

  it('keeps every entry of a folder larger than one piece of joined names', async () => {
    const dir = await tempDir('listing-many');
    const names = Array.from({ length: 9000 }, (_, i) => `n${((i * 7919) % 9000).toString(36)}.txt`);
    await Promise.all(names.map((name) => writeFile(join(dir, name), '')));
    const listed = (await entries(dir)).map(([name]) => name);
    expect(listed).toEqual([...names].sort());
  });

  it('throws on a folder it cannot read', async () => {
    await expect(listFolder('/no/such/folder')).rejects.toThrow();
  });
});
