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
  | 'mawlid'
  | 'ramadan'
  | 'palm-sunday'
  | 'maundy-thursday'
  | 'holy-saturday'
  | 'ash-wednesday'
  | 'lent'
  | 'trinity-sunday'
  | 'orthodox-easter'
  | 'lunar-new-year'
  | 'rosh-hashanah'
  | 'yom-kippur'
  | 'hanukkah'
  | 'passover'
  | 'purim'
  | 'fr-mothers-day'
  | 'music-day';

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
  'music-day': [6, 21],
};

const EASTER_OFFSET: Partial<Record<Holiday, number>> = {
  easter: 0,
  'easter-monday': 1,
  'good-friday': -2,
  ascension: 39,
  pentecost: 49,
  'whit-monday': 50,
  'shrove-tuesday': -47,
  'palm-sunday': -7,
  'maundy-thursday': -3,
  'holy-saturday': -1,
  'ash-wednesday': -46,
  lent: -46,
  'trinity-sunday': 56,
};

/**
 * Holidays that last more than a day, as their number of days: Lent runs from Ash Wednesday to
 * Holy Saturday, Hanukkah and Passover (as kept outside Israel) eight days, Rosh Hashanah two.
 * Ramadan's length (29 or 30 days) comes from the calendar.
 */
const LENGTH: Partial<Record<Holiday, number>> = { lent: 46, hanukkah: 8, passover: 8, 'rosh-hashanah': 2 };

/** Orthodox Easter Sunday: the Julian computus, moved onto the Gregorian calendar (13 days, 1900-2099). */
function orthodoxEaster(y: number): [number, number] {
  const d = (19 * (y % 19) + 15) % 30;
  const e = (2 * (y % 4) + 4 * (y % 7) - d + 34) % 7;
  const month = Math.floor((d + e + 114) / 31);
  const day = ((d + e + 114) % 31) + 1;
  const t = new Date(Date.UTC(y, month - 1, day + 13));
  return [t.getUTCMonth() + 1, t.getUTCDate()];
}

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
  ramadan: [9, 1],
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

// Jewish holidays and the Lunar New Year by their date on the Hebrew or Chinese calendar that
// Node's ICU knows. Each falls within a month-long window of the Gregorian year: a scan of that
// window (once per holiday and year, only for holidays a text names) finds it.
interface Lunisolar {
  calendar: 'hebrew' | 'chinese';
  month: RegExp;
  day: number;
  /** The first Gregorian month and day it can fall on. */
  from: [number, number];
}
const LUNISOLAR: Partial<Record<Holiday, Lunisolar>> = {
  'rosh-hashanah': { calendar: 'hebrew', month: /^Tishri$/, day: 1, from: [9, 4] },
  'yom-kippur': { calendar: 'hebrew', month: /^Tishri$/, day: 10, from: [9, 13] },
  hanukkah: { calendar: 'hebrew', month: /^Kislev$/, day: 25, from: [11, 26] },
  passover: { calendar: 'hebrew', month: /^Nisan$/, day: 15, from: [3, 25] },
  purim: { calendar: 'hebrew', month: /^Adar(?: II)?$/, day: 14, from: [2, 22] },
  'lunar-new-year': { calendar: 'chinese', month: /^1$/, day: 1, from: [1, 19] },
};
const lunisolarFormats = new Map<string, Intl.DateTimeFormat>();
const lunisolarCache = new Map<string, [number, number]>();

function lunisolarDate(y: number, h: Lunisolar): [number, number] {
  const key = `${y}-${h.calendar}-${h.month.source}-${h.day}`;
  const hit = lunisolarCache.get(key);
  if (hit) return hit;
  let format = lunisolarFormats.get(h.calendar);
  if (!format) {
    format = new Intl.DateTimeFormat(`en-u-ca-${h.calendar}`, {
      timeZone: 'UTC',
      month: h.calendar === 'hebrew' ? 'long' : 'numeric',
      day: 'numeric',
    });
    lunisolarFormats.set(h.calendar, format);
  }
  let found: [number, number] = h.from;
  for (let k = 0; k < 36; k++) {
    const t = new Date(Date.UTC(y, h.from[0] - 1, h.from[1] + k));
    const parts = format.formatToParts(t);
    const month = parts.find((p) => p.type === 'month')?.value ?? '';
    if (Number(parts.find((p) => p.type === 'day')?.value) === h.day && h.month.test(month)) {
      found = [t.getUTCMonth() + 1, t.getUTCDate()];
      break;
    }
  }
  lunisolarCache.set(key, found);
  return found;
}

/** How many days a holiday lasts in a year (1 for most). */
export function holidayLength(name: Holiday, y: number): number {
  if (name === 'ramadan') {
    // To the day before Eid al-Fitr (the next Gregorian year's when Ramadan starts in December).
    const [m, d] = holidayDate('ramadan', y);
    const start = Date.UTC(y, m - 1, d);
    let [em, ed] = hijriDate(y, [10, 1]);
    let eid = Date.UTC(y, em - 1, ed);
    if (eid <= start) {
      [em, ed] = hijriDate(y + 1, [10, 1]);
      eid = Date.UTC(y + 1, em - 1, ed);
    }
    return Math.round((eid - start) / 86400000);
  }
  return LENGTH[name] ?? 1;
}

/** Month and day of a holiday in a year. */
export function holidayDate(name: Holiday, y: number): [number, number] {
  const fixed = FIXED[name];
  if (fixed) return fixed;
  const hijri = HIJRI[name];
  if (hijri) return hijriDate(y, hijri);
  const lunisolar = LUNISOLAR[name];
  if (lunisolar) return lunisolarDate(y, lunisolar);
  if (name === 'orthodox-easter') return orthodoxEaster(y);
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
    case 'fr-mothers-day': {
      // France: the last Sunday of May, a week later when Pentecost falls on it.
      const d = nthWeekday(y, 5, 7, -1);
      const [em, ed] = easter(y);
      const pentecost = new Date(Date.UTC(y, em - 1, ed + 49));
      const moved = pentecost.getUTCMonth() === 4 && pentecost.getUTCDate() === d;
      const t = new Date(Date.UTC(y, 4, d + (moved ? 7 : 0)));
      return [t.getUTCMonth() + 1, t.getUTCDate()];
    }
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
