// Packed string tables and their cache files: the same answers as a Set, whatever the storage.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PackedSet, PackedStrings } from './packed-strings.js';
import { adoptTables, cachedTables, packTables, shareTables, unpackTables } from './table-file.js';

const WORDS = ['été', 'ete', 'paris', 'œuvre', 'naïve', "aujourd'hui", 'a', '', 'straße', 'zürich', 'café', 'cafe'];

describe('PackedStrings', () => {
  it('finds every string it was built from and nothing else', () => {
    const packed = PackedStrings.build(WORDS);
    for (const w of WORDS) expect(packed.has(w)).toBe(true);
    for (const w of ['Paris', 'par', 'pariss', 'oeuvre', 'cafés', ' a', 'a ', 'straß'])
      expect(packed.has(w)).toBe(false);
    expect(packed.count).toBe(WORDS.length);
    expect(WORDS.map((_, n) => packed.at(n))).toEqual(WORDS);
  });

  it('stores one byte per character for Latin-1 words and two otherwise, with the same answers', () => {
    const latin = PackedStrings.build(['été', 'café']);
    const wide = PackedStrings.build(['été', 'café', 'œuvre']);
    expect(latin.arrays.chars).toBeInstanceOf(Uint8Array);
    expect(wide.arrays.chars).toBeInstanceOf(Uint16Array);
    // A character above U+00FF cannot match a one-byte table by its low byte.
    expect(latin.has('\u0163t\u00e9')).toBe(false);
    expect(latin.has('caf\u01e9')).toBe(false);
    expect(wide.has('œuvre')).toBe(true);
  });

  it('drops duplicates and stays correct when the table is crowded', () => {
    const many = Array.from({ length: 5000 }, (_, i) => `w${i.toString(36)}`);
    const packed = PackedStrings.build([...many, ...many]);
    expect(packed.count).toBe(5000);
    expect(many.every((w) => packed.has(w))).toBe(true);
    expect(Array.from({ length: 5000 }, (_, i) => `x${i}`).some((w) => packed.has(w))).toBe(false);
  });
});

describe('PackedSet', () => {
  it('behaves as a read-only Set', () => {
    const set = new PackedSet(PackedStrings.build(['b', 'a', 'b']));
    expect(set.size).toBe(2);
    expect(set.has('a')).toBe(true);
    expect(set.has(1 as unknown as string)).toBe(false);
    expect([...set]).toEqual(['b', 'a']);
    expect([...set.entries()]).toEqual([
      ['b', 'b'],
      ['a', 'a'],
    ]);
    expect(() => set.add('c')).toThrow(TypeError);
    expect(() => set.delete('a')).toThrow(TypeError);
  });
});

describe('table files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tamis-tables-test-'));
  const previous = process.env.TAMIS_CACHE_DIR;
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    if (previous === undefined) delete process.env.TAMIS_CACHE_DIR;
    else process.env.TAMIS_CACHE_DIR = previous;
  });

  it('round-trips typed arrays of every kind, aligned', () => {
    const tables = {
      bytes: Uint8Array.of(1, 2, 3),
      words: Uint16Array.of(0xffff, 7),
      ints: Int32Array.of(-5, 6, 7),
      floats: Float64Array.of(0.5, -1e300),
    };
    const back = unpackTables(packTables(tables));
    expect(Object.keys(back)).toEqual(Object.keys(tables));
    for (const [name, array] of Object.entries(tables)) {
      expect(back[name]).toBeInstanceOf(array.constructor);
      expect([...back[name]!]).toEqual([...array]);
    }
  });

  it('rejects bytes that are not a table file, or cut short', () => {
    expect(() => unpackTables(new TextEncoder().encode('hello\n{}\n'))).toThrow();
    const whole = packTables({ a: new Uint32Array(100) });
    expect(() => unpackTables(whole.subarray(0, whole.length - 8))).toThrow();
  });

  it('builds once, then reads the cache file; a damaged file is rebuilt', () => {
    process.env.TAMIS_CACHE_DIR = dir;
    let builds = 0;
    const build = () => {
      builds++;
      return { values: Uint32Array.of(4, 5, 6) };
    };
    const inputs = `test ${Math.random()}`;
    expect([...cachedTables('unit', inputs, build).values!]).toEqual([4, 5, 6]);
    expect([...cachedTables('unit', inputs, build).values!]).toEqual([4, 5, 6]);
    expect(builds).toBe(1);
    const [file] = readdirSync(dir).filter((f) => f.startsWith('unit-'));
    writeFileSync(join(dir, file!), readFileSync(join(dir, file!)).subarray(0, 20));
    expect([...cachedTables('unit', inputs, build).values!]).toEqual([4, 5, 6]);
    expect(builds).toBe(2);
    // Other inputs, another file, which replaces the earlier one.
    cachedTables('unit', `${inputs} changed`, build);
    expect(builds).toBe(3);
    expect(readdirSync(dir).filter((f) => f.startsWith('unit-'))).toHaveLength(1);
    expect(readdirSync(dir)).not.toContain(file);
  });

  it('hands loaded tables to another thread on shared memory', () => {
    process.env.TAMIS_CACHE_DIR = 'off';
    const inputs = `shared ${Math.random()}`;
    cachedTables('handed', inputs, () => ({ v: Uint16Array.of(9) }));
    const handed = Object.entries(shareTables()).find(([file]) => file.startsWith('handed-'));
    expect(handed?.[1].buffer).toBeInstanceOf(SharedArrayBuffer);
    // A thread given them never builds.
    adoptTables(Object.fromEntries([handed!]));
    const tables = cachedTables('handed', inputs, () => {
      throw new Error('built again');
    });
    expect([...tables.v!]).toEqual([9]);
  });
});
