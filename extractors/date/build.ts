// Small language-neutral builders the language files share: they check ranges and make atoms.
import type { Atom, TimeOfDay } from './resolve.js';

export function calendar(year?: number, month?: number, day?: number, weekday?: number): Atom | null {
  if (month !== undefined && (month < 1 || month > 12)) return null;
  if (day !== undefined && (day < 1 || day > 31)) return null;
  return { kind: 'calendar', year, month, day, weekday };
}

/**
 * Two numbers of a numeric date, read in the document's order; when that order is impossible
 * (a month above 12) and the other one is not, the other one.
 */
export function numericDate(a: number, b: number, y: number | undefined, order: 'dmy' | 'mdy'): Atom | null {
  const [d, m] = order === 'dmy' ? (b > 12 && a <= 12 ? [b, a] : [a, b]) : a > 12 && b <= 12 ? [a, b] : [b, a];
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  return calendar(y, m, d);
}

export function timeOf(h: number, mi: number | undefined, s?: number, meridiem?: string): TimeOfDay | null {
  const mer = meridiem ? (/^p/i.test(meridiem) ? 'pm' : 'am') : undefined;
  if (h > 23 || (mi ?? 0) > 59 || (s ?? 0) > 59) return null;
  if (mer && (h > 12 || h === 0)) return null;
  return { hour: h, minute: mi, second: s, meridiem: mer };
}
