import { describe, expect, it } from 'vitest';
import { GramIndex, trigramKey } from './gram-index.js';

// Words and texts written for this test; the texts spell the words in every case the `i` and `u`
// flags let a regex match (accents, Latin-1 capitals, the Kelvin sign, the long s, the Ångström sign).
const WORDS = ['janvier', 'été', 'skis', 'kelvin', 'ÅRHUS', 'mai', 'août', 'straße', 'µm²', 'ÿes', 'x€y'];
const TEXTS = [
  'Le 3 JANVIER, puis en Janvier ; L’ÉTÉ et l’été, Été 2024.',
  'Des \u017Fkis, des SKIS, 5 \u212Aelvin et KELVIN, \u212Brhus et århus.',
  'MAI, Mai, mAi ; AOÛT et août ; STRASSE, straße, STRAẞE.',
  '3 µm², 3 μm², 3 Μm² ; Ÿes, ÿes ; x€y, X€Y ; 😀mai😀.',
  '',
  'ma',
];

/** Where the word occurs, as a case-insensitive unicode regex finds it (overlaps included). */
function occurrences(word: string, text: string): number[] {
  const re = new RegExp(word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'iuy');
  const out: number[] = [];
  for (let p = 0; p < text.length; p++) {
    re.lastIndex = p;
    if (re.test(text)) out.push(p);
  }
  return out;
}

function positionsOf(index: GramIndex, key: number, length: number): number[] {
  const out = new Int32Array(length);
  return [...out.subarray(0, index.positions(key, out, 0))];
}

describe('gram index', () => {
  it('lists every place a word occurs, whatever its case', () => {
    const index = new GramIndex();
    for (const text of [...TEXTS, TEXTS.join(' ').repeat(3)]) {
      index.build(text);
      for (const word of WORDS) {
        const places = positionsOf(index, trigramKey(word), text.length);
        for (const p of occurrences(word, text)) expect(places, `${word} at ${p} in ${text}`).toContain(p);
        expect(places).toEqual([...places].sort((a, b) => a - b));
      }
    }
  });

  it('finds nothing for a word the text does not hold', () => {
    const index = new GramIndex();
    index.build('Les prix ont augmenté de 5 % en 2024.');
    expect(positionsOf(index, trigramKey('janvier'), 40)).toEqual([]);
    expect(positionsOf(index, trigramKey('prix'), 40)).toEqual([4]);
  });

  it('has no key for a word under three units or with a surrogate', () => {
    expect(trigramKey('an')).toBe(-1);
    expect(trigramKey('😀ab')).toBe(-1);
    expect(trigramKey('abc')).toBeGreaterThanOrEqual(0);
  });

  it('reads a long hostile text in one pass', () => {
    const index = new GramIndex();
    for (const text of ['a'.repeat(200_000), '1 '.repeat(100_000), '\u212A'.repeat(200_000), '😀'.repeat(100_000)]) {
      index.build(text);
      const places = positionsOf(index, trigramKey('aaa'), text.length);
      expect(places.length).toBe(text.startsWith('a') ? text.length - 2 : 0);
    }
  });
});
