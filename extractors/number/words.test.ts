import { describe, expect, it } from 'vitest';
import { findNumbers } from './scan.js';

const value = (text: string, lang: 'fr' | 'en') => {
  const found = findNumbers(text, lang, { words: true });
  return found.length === 1 && found[0]!.start === 0 && found[0]!.end === text.length ? found[0]!.value : found;
};

describe('French numbers in words', () => {
  it.each([
    ['zéro', 0],
    ['un million', 1e6],
    ['dix-sept', 17],
    ['vingt et un', 21],
    ['vingt-et-un', 21],
    ['soixante et onze', 71],
    ['soixante-dix-sept', 77],
    ['quatre-vingts', 80],
    ['quatre-vingt-douze', 92],
    ['quatre vingt dix-neuf', 99],
    ['septante-huit', 78],
    ['nonante-et-un', 91],
    ['cent', 100],
    ['deux cents', 200],
    ['cent un', 101],
    ['mille', 1000],
    ['mille deux cents', 1200],
    ['deux cent mille', 200000],
    ['un million deux cent mille', 1.2e6],
    ['cinq milliards', 5e9],
    ['cinq milliards trois cents millions', 5.3e9],
    ['deux millions et demi', 2.5e6],
    ['un demi-million', 5e5],
    ['mille milliards', 1e12],
    ['un billion', 1e12],
    ['trois virgule cinq', 3.5],
    ['une douzaine', 12],
  ] as const)('%s = %d', (text, expected) => {
    expect(value(text, 'fr')).toBe(expected);
  });

  it('does not multiply by a hundred what French never does ("quarante-cinq cents" are cents)', () => {
    const found = findNumbers('quarante-cinq cents', 'fr', { words: true });
    expect(found.map((n) => n.value)).toEqual([45]);
  });

  it('keeps neighbouring numbers apart', () => {
    expect(findNumbers('deux trois', 'fr', { words: true }).map((n) => n.value)).toEqual([2, 3]);
    expect(findNumbers('vingt dix', 'fr', { words: true }).map((n) => n.value)).toEqual([20, 10]);
  });

  it('reads no scale word alone as a number', () => {
    expect(findNumbers('des millions de personnes', 'fr', { words: true })).toEqual([]);
  });
});

describe('English numbers in words', () => {
  it.each([
    ['zero', 0],
    ['one', 1],
    ['twenty-one', 21],
    ['one hundred twenty-three', 123],
    ['one hundred and twenty-three', 123],
    ['a hundred', 100],
    ['twelve hundred', 1200],
    ['two hundred thousand', 2e5],
    ['twenty-one thousand eleven', 21011],
    ['seven hundred twenty-one thousand twelve', 721012],
    ['thirty-one million two hundred fifty-six thousand seven hundred twenty-one', 31256721],
    ['a dozen', 12],
    ['two dozen', 24],
    ['half a million', 5e5],
    ['a quarter million', 2.5e5],
    ['three quarters of a billion', 7.5e8],
    ['one and a half million', 1.5e6],
    ['two point two million', 2.2e6],
    ['three billions', 3e9],
    ['a million', 1e6],
  ] as const)('%s = %d', (text, expected) => {
    expect(value(text, 'en')).toBe(expected);
  });

  it('marks a lone article, and reads no scale word alone as a number', () => {
    expect(findNumbers('a dollar', 'en', { words: true }).map((n) => [n.value, n.article])).toEqual([[1, true]]);
    expect(findNumbers('millions of dollars', 'en', { words: true })).toEqual([]);
  });
});
