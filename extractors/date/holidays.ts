// Holidays by language-neutral key: fixed dates and the ones computed from Easter or a weekday
// rule. The language files map their names onto these keys.
import { daysInMonth } from '../../pipeline/reference-date.js';

export type Holiday =
  | 'new-year'
  | 'new-year-eve'
  | 'christmas'
  | 'christmas-eve'
  | 'boxing-day'
  | 'valentine'
  | 'saint-patrick'
  | 'halloween'
  | 'us-independence'
  | 'all-saints'
  | 'armistice'
  | 'workers-day'
  | 'earth-day'
  | 'assumption'
  | 'candlemas'
  | 'easter'
  | 'easter-monday'
  | 'good-friday'
  | 'ascension'
  | 'pentecost'
  | 'whit-monday'
  | 'shrove-tuesday'
  | 'thanksgiving'
  | 'black-friday'
  | 'us-labor-day'
  | 'memorial-day'
  | 'us-mothers-day'
  | 'us-fathers-day'
  | 'mlk-day'
  | 'presidents-day'
  | 'columbus-day'
  | 'cyber-monday'
  | 'juneteenth'
  | 'eid-al-fitr'
  | 'eid-al-adha'
  | 'islamic-new-year'
  | 'mawlid';

const FIXED: Partial<Record<Holiday, [number, number]>> = {
  'new-year': [1, 1],
  'new-year-eve': [12, 31],
  christmas: [12, 25],
  'christmas-eve': [12, 24],
  'boxing-day': [12, 26],
  valentine: [2, 14],
  'saint-patrick': [3, 17],
  halloween: [10, 31],
  'us-independence': [7, 4],
  'all-saints': [11, 1],
  armistice: [11, 11],
  'workers-day': [5, 1],
  'earth-day': [4, 22],
  juneteenth: [6, 19],
  assumption: [8, 15],
  candlemas: [2, 2],
};

const EASTER_OFFSET: Partial<Record<Holiday, number>> = {
  easter: 0,
  'easter-monday': 1,
  'good-friday': -2,
  ascension: 39,
  pentecost: 49,
  'whit-monday': 50,
  'shrove-tuesday': -47,
};

/** Gregorian Easter Sunday (the anonymous algorithm). */
function easter(y: number): [number, number] {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return [month, day];
}

/** The nth (1-based; -1 for the last) given weekday (1 = Monday) of a month. */
function nthWeekday(y: number, month: number, weekday: number, n: number): number {
  const first = ((new Date(Date.UTC(y, month - 1, 1)).getUTCDay() + 6) % 7) + 1;
  if (n > 0) return 1 + ((weekday - first + 7) % 7) + 7 * (n - 1);
  const lastDay = daysInMonth(y, month);
  const last = ((new Date(Date.UTC(y, month - 1, lastDay)).getUTCDay() + 6) % 7) + 1;
  return lastDay - ((last - weekday + 7) % 7);
}

// Islamic holidays by their Hijri month and day, found on the Umm al-Qura calendar that Node's ICU
// knows (local sightings may differ by a day).
const HIJRI: Partial<Record<Holiday, [number, number]>> = {
  'eid-al-fitr': [10, 1],
  'eid-al-adha': [12, 10],
  'islamic-new-year': [1, 1],
  mawlid: [3, 12],
};
let hijriFormat: Intl.DateTimeFormat | undefined;
const hijriCache = new Map<string, [number, number]>();

/** The Hijri month and day of a UTC day. */
function hijriOf(t: number): [number, number] {
  hijriFormat ??= new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', {
    timeZone: 'UTC',
    month: 'numeric',
    day: 'numeric',
  });
  const parts = hijriFormat.formatToParts(new Date(t));
  return [Number(parts.find((p) => p.type === 'month')?.value), Number(parts.find((p) => p.type === 'day')?.value)];
}

/**
 * The first day of Gregorian year y that falls on Hijri month / day (a Hijri year is shorter: at
 * most two). The mean lunar month gives the day within a few; a short scan around it finds it.
 */
function hijriDate(y: number, [month, day]: [number, number]): [number, number] {
  const key = `${y}-${month}-${day}`;
  const hit = hijriCache.get(key);
  if (hit) return hit;
  const DAY = 86400000;
  const jan1 = Date.UTC(y, 0, 1);
  const [m0, d0] = hijriOf(jan1);
  const yearLength = 354.367;
  let offset = ((month - m0) * 29.5306 + (day - d0)) % yearLength;
  if (offset < -3) offset += yearLength;
  let found: [number, number] = [1, 1];
  const end = Date.UTC(y + 1, 0, 1);
  for (const guess of [offset, offset + yearLength]) {
    const around = jan1 + Math.round(guess) * DAY;
    let done = false;
    for (const k of [0, -1, 1, -2, 2, -3, 3, -4, 4]) {
      const t = around + k * DAY;
      if (t < jan1 || t >= end) continue;
      const [m, d] = hijriOf(t);
      if (m === month && d === day) {
        const dt = new Date(t);
        found = [dt.getUTCMonth() + 1, dt.getUTCDate()];
        done = true;
        break;
      }
    }
    if (done) break;
  }
  hijriCache.set(key, found);
  return found;
}

/** Month and day of a holiday in a year. */
export function holidayDate(name: Holiday, y: number): [number, number] {
  const fixed = FIXED[name];
  if (fixed) return fixed;
  const hijri = HIJRI[name];
  if (hijri) return hijriDate(y, hijri);
  const fromEaster = EASTER_OFFSET[name];
  if (fromEaster !== undefined) {
    const [m, d] = easter(y);
    const t = new Date(Date.UTC(y, m - 1, d + fromEaster));
    return [t.getUTCMonth() + 1, t.getUTCDate()];
  }
  switch (name) {
    case 'thanksgiving':
      return [11, nthWeekday(y, 11, 4, 4)];
    case 'black-friday':
      return [11, nthWeekday(y, 11, 4, 4) + 1];
    case 'us-labor-day':
      return [9, nthWeekday(y, 9, 1, 1)];
    case 'memorial-day':
      return [5, nthWeekday(y, 5, 1, -1)];
    case 'us-mothers-day':
      return [5, nthWeekday(y, 5, 7, 2)];
    case 'mlk-day':
      return [1, nthWeekday(y, 1, 1, 3)];
    case 'presidents-day':
      return [2, nthWeekday(y, 2, 1, 3)];
    case 'columbus-day':
      return [10, nthWeekday(y, 10, 1, 2)];
    case 'cyber-monday': {
      // The Monday after Thanksgiving, which may fall in December.
      const t = new Date(Date.UTC(y, 10, nthWeekday(y, 11, 4, 4) + 4));
      return [t.getUTCMonth() + 1, t.getUTCDate()];
    }
    default:
      return [6, nthWeekday(y, 6, 7, 3)];
  }
}
