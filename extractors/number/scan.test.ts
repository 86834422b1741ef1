import { describe, expect, it } from 'vitest';
import { findNumbers, parseDigits } from './scan.js';

const read = (text: string, lang: 'fr' | 'en', options = {}) =>
  findNumbers(text, lang, options).map((n) => [text.slice(n.start, n.end), n.value]);

describe('parseDigits', () => {
  it.each([
    ['40 000', 'fr', 40000],
    ['40\u00A0000', 'fr', 40000],
    ['40\u202F000', 'fr', 40000],
    ['1.234.567', 'fr', 1234567],
    ["1'234'567", 'fr', 1234567],
    ['1 234 567,89', 'fr', 1234567.89],
    ['1,5', 'fr', 1.5],
    ['1.5', 'fr', 1.5],
    ['1,500', 'en', 1500],
    ['1.5', 'en', 1.5],
    ['1,234,567.89', 'en', 1234567.89],
    ['12,34,567.89', 'en', 1234567.89],
  ] as const)('%s (%s) = %d', (raw, lang, value) => {
    expect(parseDigits(raw, lang)).toBeCloseTo(value, 9);
  });

  it('reads a comma before three digits as a decimal mark in French, a group mark in English', () => {
    expect(parseDigits('12,345', 'fr')).toBeCloseTo(12.345, 9);
    expect(parseDigits('12,345', 'en')).toBe(12345);
  });
});

describe('findNumbers', () => {
  it('reads a dash after a number and a space as a range dash, not a minus sign', () => {
    expect(read('75 -300', 'en')).toEqual([
      ['75', 75],
      ['300', 300],
    ]);
    expect(read('de -5 à -3', 'fr')).toEqual([
      ['-5', -5],
      ['-3', -3],
    ]);
  });
  it('keeps separate numbers apart', () => {
    expect(read('en 2018 3 000 personnes', 'fr')).toEqual([
      ['2018', 2018],
      ['3 000', 3000],
    ]);
  });

  it('reads scale words, and scale symbols only when asked', () => {
    expect(read('500 millions', 'fr')).toEqual([['500 millions', 5e8]]);
    expect(read('1,3 Md', 'fr')).toEqual([['1,3', 1.3]]);
    expect(read('1,3 Md', 'fr', { scaleSymbols: true })).toEqual([['1,3 Md', 1.3e9]]);
    expect(read('$1.3bn', 'en', { scaleSymbols: true })).toEqual([['1.3bn', 1.3e9]]);
    expect(read('2 billions', 'fr')).toEqual([['2 billions', 2e12]]);
    expect(read('2 billion', 'en')).toEqual([['2 billion', 2e9]]);
    expect(read('5 crore', 'en')).toEqual([['5 crore', 5e7]]);
  });

  it('reads halves after digits with a scale', () => {
    expect(read('2 millions et demi', 'fr')).toEqual([['2 millions et demi', 2.5e6]]);
    expect(read('1 and a half', 'en')).toEqual([['1 and a half', 1.5]]);
  });

  it('reads fractions only when asked', () => {
    expect(read('1/2', 'fr')).toEqual([
      ['1', 1],
      ['2', 2],
    ]);
    expect(read('1/2', 'fr', { fractions: true })).toEqual([['1/2', 0.5]]);
    expect(read('1 1/2', 'en', { fractions: true })).toEqual([['1 1/2', 1.5]]);
    expect(read('le 12/05', 'fr', { fractions: true })).toEqual([
      ['12', 12],
      ['05', 5],
    ]);
  });

  it('reads a bare decimal', () => {
    expect(read(',77', 'fr')).toEqual([[',77', 0.77]]);
    expect(read('.5', 'en')).toEqual([['.5', 0.5]]);
  });

  it('adds words only when asked, and digits win over words they touch', () => {
    expect(read('cinq milliards', 'fr')).toEqual([]);
    expect(read('cinq milliards et 3 millions', 'fr', { words: true })).toEqual([
      ['cinq milliards', 5e9],
      ['3 millions', 3e6],
    ]);
  });

  it('marks a lone article', () => {
    const [un] = findNumbers('un euro', 'fr', { words: true });
    expect(un?.article).toBe(true);
    expect(findNumbers('un million', 'fr', { words: true })[0]?.article).toBeUndefined();
    expect(findNumbers('a dollar', 'en', { words: true })[0]?.article).toBe(true);
  });

  it('finishes in linear time on hostile input', () => {
    const hostile = [
      '9'.repeat(200_000),
      '1 '.repeat(100_000),
      '1,'.repeat(100_000),
      '1.2.'.repeat(50_000),
      'vingt-'.repeat(40_000),
      'et '.repeat(70_000),
      'million '.repeat(25_000),
      '((('.repeat(70_000),
    ];
    for (const text of hostile) {
      for (const lang of ['fr', 'en'] as const) {
        const found = findNumbers(text, lang, { words: true, scaleSymbols: true, fractions: true });
        expect(Array.isArray(found)).toBe(true);
      }
    }
  });
});
