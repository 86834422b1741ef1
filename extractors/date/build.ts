// Small language-neutral builders the language files share: they check ranges and make atoms.
import type { ReferenceDate } from '../../pipeline/reference-date.js';
import { B, type DateRule, E } from './engine.js';
import type { Atom, TimeOfDay, Unit } from './resolve.js';

export function calendar(year?: number, month?: number, day?: number, weekday?: number): Atom | null {
  if (month !== undefined && (month < 1 || month > 12)) return null;
  if (day !== undefined && (day < 1 || day > 31)) return null;
  return { kind: 'calendar', year, month, day, weekday };
}

/** How a language finds the years and months a text told: global regexes, and a month match read. */
export interface ToldDates {
  year: RegExp;
  month: RegExp;
  /** A month match → its month (1-12) and the year written with it; undefined when it names no month here. */
  monthOf(match: RegExpExecArray): { month: number; year?: number } | undefined;
}

function lastMatch(re: RegExp, text: string): RegExpExecArray | null {
  let hit: RegExpExecArray | null = null;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) hit = m;
  return hit;
}

/**
 * "the following year", "le mois précédent": `offset` years or months from the last one `before`
 * tells ("joined in 2015 and left the following year" is 2016); undefined when it tells none (the
 * language then decides whether to count from the reference).
 */
export function cycleFromTold(before: string, unit: Unit, offset: number, told: ToldDates): Atom | null | undefined {
  if (unit === 'year') {
    const y = lastMatch(told.year, before);
    if (y) return calendar(Number(y[0]) + offset);
  }
  if (unit === 'month') {
    const mo = lastMatch(told.month, before);
    const read = mo ? told.monthOf(mo) : undefined;
    if (read) {
      const k = read.month - 1 + offset;
      const year = read.year === undefined ? undefined : read.year + Math.floor(k / 12);
      return calendar(year, (((k % 12) + 12) % 12) + 1);
    }
  }
  return undefined;
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

/**
 * "the first two weeks of June", "les trois derniers mois de l'année": `n` whole units counted
 * from the start (or the end) of a period. Months need the period to be a year: `monthOfYear`
 * makes that year's month `mo`, or is null when the period is a month.
 */
export function unitsOfPeriod(
  unit: 'day' | 'week' | 'month',
  n: number,
  fromEnd: boolean,
  period: Atom,
  monthOfYear: ((mo: number) => Atom | null) | null,
): Atom | null {
  if (unit === 'month') {
    if (!monthOfYear || n > 12) return null;
    const from = monthOfYear(fromEnd ? 13 - n : 1);
    const to = monthOfYear(fromEnd ? 12 : n);
    return from && to ? { kind: 'range', from, to } : null;
  }
  const [a, b] = fromEnd ? [-n, -1] : [1, n];
  const kind = unit === 'week' ? 'nth-week' : 'nth-day';
  return { kind: 'range', from: { kind, n: a, of: period }, to: { kind, n: b, of: period } };
}

export function timeOf(h: number, mi: number | undefined, s?: number, meridiem?: string): TimeOfDay | null {
  const mer = meridiem ? (/^p/i.test(meridiem) ? 'pm' : 'am') : undefined;
  if (h > 23 || (mi ?? 0) > 59 || (s ?? 0) > 59) return null;
  if (mer && (h > 12 || h === 0)) return null;
  return { hour: h, minute: mi, second: s, meridiem: mer };
}

// ---------- numeric rules, the same in every language but for the names they embed ----------

const NUM_BEFORE = '(?<![\\p{L}\\p{N}.,/-])';
const NUM_AFTER = '(?![\\p{L}]|[.,/-]?\\d)';

interface NumericWords {
  /** Alternation of weekday names (non-capturing inside). */
  weekday: string;
  weekdays: Record<string, number>;
  /** Alternation of month names and abbreviations, without their points. */
  monthAny: string;
  months: Record<string, number>;
  lookup<T>(table: Record<string, T>, word: string | undefined): T | undefined;
}

/** "Friday 7/6", "samedi 23/06/18", "thu 29.03": a weekday with a numeric date. */
export function weekdayNumericRule(
  w: NumericWords,
  expand: (yy: number, ref: ReferenceDate | null) => number,
): DateRule {
  return {
    name: 'weekday-numeric',
    pattern: new RegExp(
      `(?<![\\p{L}\\p{N}])(?:(?:this|next|last|ce|cette)[\\s\\u00A0]{1,3})?(${w.weekday})[\\s\\u00A0]{0,3},?[\\s\\u00A0]{0,3}(\\d{1,2})(?:([/.])(\\d{1,2})(?:\\3(\\d{4}|\\d{2}))?|(-)(\\d{1,2})-(\\d{4}|\\d{2}))${NUM_AFTER}`,
      'gdiu',
    ),
    build: (m, env) => {
      // A dash without a year ("Monday 3-8") is more often hours than a date.
      const yy = m[5] ?? m[8];
      const year = yy === undefined ? undefined : expand(Number(yy), env.ref);
      const date = numericDate(Number(m[2]), Number(m[4] ?? m[7]), year, env.order);
      return date?.kind === 'calendar' ? { ...date, weekday: w.lookup(w.weekdays, m[1]) } : null;
    },
  };
}

/** "10/1/2018-10/7/2018", "5/1-5/7/2020", "28/2-1/3": two numeric dates joined by a dash. */
export function numericRangeRule(expand: (yy: number, ref: ReferenceDate | null) => number): DateRule {
  const date = '(\\d{1,2})/(\\d{1,2})(?:/(\\d{4}|\\d{2}))?';
  return {
    name: 'numeric-range',
    pattern: new RegExp(`${NUM_BEFORE}${date}[\\s\\u00A0]?[-–\\u0096][\\s\\u00A0]?${date}${NUM_AFTER}`, 'gdu'),
    build: (m, env) => {
      const y2 = m[6] === undefined ? undefined : expand(Number(m[6]), env.ref);
      const y1 = m[3] === undefined ? y2 : expand(Number(m[3]), env.ref);
      const from = numericDate(Number(m[1]), Number(m[2]), y1, env.order);
      const to = numericDate(Number(m[4]), Number(m[5]), y2, env.order);
      return from && to ? { kind: 'range', from, to } : null;
    },
  };
}

/**
 * "2019-2023", "2019/20": two years joined by a dash or slash (and whatever else `joins` allows).
 * A two-digit end is a season ("2019-20") and must be near; a real range runs forward, within a century.
 */
export function yearRangeRule(year: string, joins = '-–\u0096/'): DateRule {
  return {
    name: 'year-range',
    pattern: new RegExp(
      `(?<![\\p{L}\\p{N}.,/-])(${year})[\\s\\u00A0]?[${joins}][\\s\\u00A0]?(${year}|\\d{2})(?![\\p{L}\\p{N}]|[.,/-]\\d)`,
      'gdiu',
    ),
    build: (m) => {
      const a = Number(m[1]);
      let b = Number(m[2]);
      if (b < 100) {
        b = Math.floor(a / 100) * 100 + b;
        if (b - a > 10 || /\s/.test(m[0])) return null;
      }
      if (b <= a || b - a > 100) return null;
      return { kind: 'range', from: { kind: 'calendar', year: a }, to: { kind: 'calendar', year: b } };
    },
  };
}

/** 2024-05-08, 2024-05-08T10:30; "2015-3-3" with one-digit parts only for a 19xx / 20xx year. */
export function isoRule(): DateRule {
  return {
    name: 'iso',
    pattern: new RegExp(`${B}(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2}))?)?${E}`, 'gdiu'),
    build: (m) => {
      const short = (m[2] ?? '').length < 2 || (m[3] ?? '').length < 2;
      if (short && (!/^(?:19|20)/.test(m[1] ?? '') || m[4] !== undefined)) return null;
      // Not inside a longer run of dashed numbers ("10-1-2018-10-7-2018").
      const after = m.input.slice(m.index + m[0].length, m.index + m[0].length + 2);
      if (short && (/[-/.]/.test(m.input[m.index - 1] ?? '') || /^[-/.]\d/.test(after))) return null;
      const date = calendar(Number(m[1]), Number(m[2]), Number(m[3]));
      if (!date || m[4] === undefined) return date;
      const time = timeOf(Number(m[4]), Number(m[5]), m[6] === undefined ? undefined : Number(m[6]));
      return time ? { kind: 'time', time, date } : date;
    },
  };
}

/** "23/sep/2020", "2020/sep/23", "sep-23-2020", "05-Aug-2016": month names between separators. */
export function numericMonthNameRule(w: NumericWords): DateRule {
  const M = `(${w.monthAny})`;
  const Y = '((?:1|2)\\d{3})';
  return {
    name: 'numeric-month-name',
    pattern: new RegExp(
      `(?<![\\p{L}\\p{N}])(?:(\\d{1,2})([/-])${M}\\2${Y}|${Y}([/-])${M}\\6(\\d{1,2})|${M}([/-])(\\d{1,2})\\10${Y}|${M}-${Y}-(\\d{1,2})|(\\d{1,2})-${Y}-${M}|${Y}/(\\d{1,2})/${M})(?![\\p{L}\\p{N}])`,
      'gdiu',
    ),
    build: (m) => {
      const [d, mo, y] = m[1]
        ? [m[1], m[3], m[4]]
        : m[5]
          ? [m[8], m[7], m[5]]
          : m[9]
            ? [m[11], m[9], m[12]]
            : m[13]
              ? [m[15], m[13], m[14]]
              : m[16]
                ? [m[16], m[18], m[17]]
                : [m[20], m[21], m[19]];
      return calendar(Number(y), w.lookup(w.months, mo), Number(d));
    },
  };
}
