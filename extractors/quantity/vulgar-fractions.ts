// Single-character fractions ("2½", "¾"), which the shared number grammar does not read.
import type { NumberMatch } from '../number/scan.js';
import { execAll } from '../shared/exec-all.js';

const VULGAR_FRACTIONS: Record<string, number> = {
  '½': 1 / 2,
  '⅓': 1 / 3,
  '⅔': 2 / 3,
  '¼': 1 / 4,
  '¾': 3 / 4,
  '⅕': 1 / 5,
  '⅖': 2 / 5,
  '⅗': 3 / 5,
  '⅘': 4 / 5,
  '⅙': 1 / 6,
  '⅚': 5 / 6,
  '⅛': 1 / 8,
  '⅜': 3 / 8,
  '⅝': 5 / 8,
  '⅞': 7 / 8,
};
// "2½ miles", "¾ inch", "1 ¼ cups": a single-character fraction, alone or after a whole number.
const VULGAR = /(?<![\p{L}\p{N}.,])(?:(\d{1,6})[ \u00A0\u202F]?)?([½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞])(?![\p{N}])/gu;

/**
 * The numbers of the text, with the single-character fractions the number grammar leaves out.
 * `original`: the passage as written when `text` is its one-byte copy, which writes every fraction
 * above U+00FF as `½` (../shared/one-byte.ts): the fraction is read there.
 */
export function numbersWithVulgarFractions(text: string, numbers: NumberMatch[], original = text): NumberMatch[] {
  const fractions: NumberMatch[] = [];
  for (const m of execAll(VULGAR, text)) {
    // The fraction is the match's last character.
    const fraction = original[m.index + m[0].length - 1] ?? '';
    const value = (m[1] ? Number(m[1]) : 0) + (VULGAR_FRACTIONS[fraction] ?? Number.NaN);
    const end = m.index + m[0].length;
    fractions.push({ start: m.index, end, digitsEnd: end, value, scale: 1 });
  }
  if (fractions.length === 0) return numbers;
  // A fraction replaces the whole number it extends ("1 ¼" was read as "1"). Both lists are sorted.
  let f = 0;
  const kept = numbers.filter((n) => {
    while (f < fractions.length && fractions[f]!.end <= n.start) f++;
    const next = fractions[f];
    return !next || next.start >= n.end;
  });
  return kept.concat(fractions).sort((a, b) => a.start - b.start);
}
