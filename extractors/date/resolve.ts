// Language-neutral normalization of dates: the language files read *what the text says* into an
// `Atom` (the parts read, a relative shift, a weekday…); this module turns it into the contract's
// value against the reference date. chrono's idea of known vs implied parts is kept: a part taken
// from the reference date is listed in `implied`, and the grain never claims more than was read.
import type { ReferenceDate } from '../../pipeline/reference-date.js';
import { daysInMonth } from '../../pipeline/reference-date.js';
import type { DateValue, Grain } from '../../pipeline/schema.js';
import { type Holiday, holidayDate, holidayLength } from './holidays.js';

export type Unit = 'year' | 'quarter' | 'month' | 'week' | 'day' | 'hour' | 'minute';
export type Direction = 'past' | 'future';
/** Parts of a period; earlier / later are the halves before / after the reference ("later this week"). */
export type Part = 'start' | 'mid' | 'end' | 'earlier' | 'later';
export type RangeMod = 'before' | 'after' | 'since' | 'until';

export interface TimeOfDay {
  hour: number;
  minute?: number;
  second?: number;
  /** Read with am / pm (or a word such as "soir"): the hour is already on the 24-hour clock. */
  meridiem?: 'am' | 'pm';
  /** Named as midnight ("minuit"): with no date and not told in the past, the one ending the day. */
  midnight?: boolean;
  /** Read on a 12-hour clock without am / pm (English "3:30"): either half of the day. */
  twelveHour?: boolean;
}

/** What the text says, before any reference date is used. */
export type Atom =
  /** Parts read in the text; missing parts come from the reference date (and are marked implied). */
  | {
      kind: 'calendar';
      year?: number;
      month?: number;
      day?: number;
      weekday?: number;
      /** "cette décembre": the year is the reference's moved by this, whatever the tense. */
      yearOffset?: number;
      /** "mai dernier", "next May": the direction read with the date, over the sentence's tense. */
      dir?: Direction;
    }
  /** aujourd'hui 0, hier -1, demain +1… */
  | { kind: 'relative-day'; offset: number }
  /**
   * "il y a trois ans" (-3 year), "in two weeks" (+2 week): the reference moved by an amount.
   * `asUnit`: the moved point at the grain of its unit ("il y a deux ans" is a year), the
   * contract's rule; without it one grain finer (Duckling's).
   */
  | { kind: 'shift'; unit: Unit; amount: number; asUnit?: boolean }
  /** "les trois prochaines semaines", "the past five years": n whole units before or after the reference. */
  | { kind: 'span'; unit: Unit; n: number; direction: Direction }
  /** "within 9 months", "dans les 2 h": from the reference to n units after it. */
  | { kind: 'within'; unit: Unit; n: number }
  /** "ce week-end", "last weekend": Saturday and Sunday of the week moved by offset. */
  | { kind: 'weekend'; offset: number; bare?: boolean }
  /** "Labor Day weekend", "the weekend of Halloween": the holiday with the weekend next to it. */
  | { kind: 'holiday-weekend'; of: Atom }
  /** "la semaine dernière" (week, -1), "this month" (month, 0): a whole calendar period. */
  | { kind: 'cycle'; unit: Unit; offset: number }
  /** "mardi" (offset undefined: direction decides), "mardi dernier" (-1), "ce mardi" (0), "next Tuesday" (1). */
  | { kind: 'weekday'; weekday: number; offset?: -1 | 0 | 1; dir?: Direction; strict?: boolean }
  /** A holiday: in the year read, the one named by a qualifier, or by the tense. */
  | { kind: 'holiday'; name: Holiday; year?: number; offset?: -1 | 0 | 1 }
  /** "the first week of 2021", "la dernière semaine de mai": the nth week (Monday) starting in a period. */
  | { kind: 'nth-week'; n: number; of: Atom }
  /** "the last Monday of March" (n -1), "the first day of next month": the nth weekday (or day) of a period. */
  | { kind: 'nth-day'; n: number; weekday?: number; of: Atom }
  /** "three weeks from tomorrow", "2 weeks before May 13 1999": an atom moved by an amount. */
  | { kind: 'offset'; of: Atom; unit: Unit; amount: number }
  /** "Monday two weeks from now", "3 weeks after Christmas on Friday": that weekday in the week of a moved day. */
  | { kind: 'weekday-near'; weekday: number; of: Atom }
  /** "the week of April 10th": the (Monday-based) week holding a day. */
  | { kind: 'week-of'; of: Atom }
  /** Quarter n (1-4) or half n (1-2) of a year read or taken from the reference (yearOffset). */
  | { kind: 'quarter' | 'half'; n: number; year?: number; yearOffset?: number }
  /** Meteorological seasons: 0 spring (Mar-May), 1 summer, 2 autumn, 3 winter (Dec-Feb). */
  | { kind: 'season'; season: number; year?: number; yearOffset?: number }
  /** A decade (or, with span 100, a century), by its first year: "les années 1990", "the 90s". */
  | { kind: 'decade'; year: number; span?: number }
  /** An ISO week number, in the year read or the reference's. */
  | { kind: 'iso-week'; week: number; year?: number }
  | { kind: 'now' }
  /** `today`: as a day-part's, the reference day stands in for a day the text did not name. */
  | { kind: 'time'; time: TimeOfDay; date?: Atom; today?: boolean }
  /** A part of the day: hours [from, to) of a date (ce soir, tomorrow morning). */
  /** `today`: the reference day stands in for a day the text did not name ("en début de matinée"); a day named beside it replaces it. */
  | { kind: 'day-part'; from: number; to: number; date?: Atom; today?: boolean }
  | { kind: 'time-range'; from: TimeOfDay; to: TimeOfDay; date?: Atom }
  /**
   * "fin mai", "mid-2025": a part of a period. `asRange`: the part as a sub-range (see
   * `partRange`), the contract's reading; without it the period with the part as `mod`.
   */
  | { kind: 'part'; part: Part; of: Atom; asRange?: boolean }
  /** A range between two atoms, or an open one with a modifier ("avant 2020", "since May"). */
  | { kind: 'range'; from?: Atom; to?: Atom; mod?: RangeMod };

/** A resolved moment, truncated at `grain` (fields finer than the grain are absent). */
interface Point {
  y: number;
  mo?: number;
  d?: number;
  h?: number;
  mi?: number;
  s?: number;
}
type Implied = 'year' | 'month' | 'day';
interface Resolved {
  point?: Point;
  start?: Point;
  end?: Point;
  grain: Grain;
  implied: Implied[];
  mod?: DateValue['mod'];
}

const GRAIN_ORDER: Grain[] = ['year', 'quarter', 'month', 'week', 'day', 'hour', 'minute', 'second'];
const finer = (a: Grain, b: Grain): Grain => (GRAIN_ORDER.indexOf(a) >= GRAIN_ORDER.indexOf(b) ? a : b);

// ---------- calendar arithmetic (UTC dates as plain calendar values) ----------

const dayNumber = (y: number, mo: number, d: number) => Math.floor(Date.UTC(y, mo - 1, d) / 86400000);
function fromDayNumber(n: number): Point {
  const dt = new Date(n * 86400000);
  return { y: dt.getUTCFullYear(), mo: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}
/** ISO weekday, 1 = Monday … 7 = Sunday. */
const weekdayOf = (y: number, mo: number, d: number) => ((new Date(Date.UTC(y, mo - 1, d)).getUTCDay() + 6) % 7) + 1;
function addMonths(y: number, mo: number, n: number): { y: number; mo: number } {
  const k = y * 12 + (mo - 1) + n;
  return { y: Math.floor(k / 12), mo: (((k % 12) + 12) % 12) + 1 };
}
const clampDay = (y: number, mo: number, d: number) => Math.min(d, daysInMonth(y, mo));

export function isValidDate(y: number, mo: number, d: number): boolean {
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

/** Two-digit years: the century that puts the year within 80 years before / 20 after the reference. */
export function expandYear(yy: number, ref: ReferenceDate | null): number {
  if (yy >= 100) return yy;
  const base = ref?.year ?? 2000;
  let y = Math.floor(base / 100) * 100 + yy;
  if (y > base + 20) y -= 100;
  else if (y < base - 80) y += 100;
  return y;
}

function hourOf(t: TimeOfDay): number {
  if (t.meridiem === 'pm' && t.hour < 12) return t.hour + 12;
  if (t.meridiem === 'am' && t.hour === 12) return 0;
  return t.hour;
}

// ---------- resolution ----------

/** The value of an atom against the reference date; null when it needs a reference part that is missing. */
export function resolveAtom(atom: Atom, ref: ReferenceDate | null, dir: Direction | undefined): DateValue | null {
  const r = resolve(atom, ref, dir);
  return r ? render(r) : null;
}

/**
 * False only for atoms whose value `resolve` computes without reading the sentence's direction: a
 * date with its year, today / yesterday, a quarter or season with its year or a word for one, and
 * parts and ranges of these. The engine then spares itself the search for tense cues around them
 * ("le 6 mars 2024", "en 2018", "fin 2023"); any other atom may read it.
 */
export function readsDirection(atom: Atom): boolean {
  switch (atom.kind) {
    case 'calendar':
      return atom.year === undefined;
    case 'relative-day':
    case 'decade':
      return false;
    case 'quarter':
    case 'half':
    case 'season':
      return atom.year === undefined && atom.yearOffset === undefined;
    case 'part':
      return readsDirection(atom.of);
    case 'range':
      return (
        (atom.from !== undefined && readsDirection(atom.from)) || (atom.to !== undefined && readsDirection(atom.to))
      );
    default:
      return true;
  }
}

/** True when the atom needs the reference date at all (used to keep relative dates with a null value). */
export function isRelative(atom: Atom): boolean {
  switch (atom.kind) {
    case 'calendar':
      return atom.year === undefined;
    case 'quarter':
    case 'half':
    case 'season':
      return atom.year === undefined;
    case 'decade':
      return false;
    case 'iso-week':
      return atom.year === undefined;
    case 'span':
      return true;
    case 'time':
    case 'day-part':
    case 'time-range':
      return !atom.date || isRelative(atom.date);
    case 'holiday':
      return atom.year === undefined;
    case 'nth-week':
    case 'nth-day':
    case 'holiday-weekend':
    case 'part':
    case 'offset':
    case 'week-of':
      return isRelative(atom.of);
    case 'range':
      return (!!atom.from && isRelative(atom.from)) || (!!atom.to && isRelative(atom.to));
    default:
      return true;
  }
}

function refDay(ref: ReferenceDate | null): Point | null {
  return ref?.month !== undefined && ref.day !== undefined ? { y: ref.year, mo: ref.month, d: ref.day } : null;
}

function resolve(atom: Atom, ref: ReferenceDate | null, dir: Direction | undefined): Resolved | null {
  switch (atom.kind) {
    case 'calendar':
      return resolveCalendar(atom, ref, dir);
    case 'relative-day': {
      const today = refDay(ref);
      if (!today) return null;
      return {
        point: fromDayNumber(dayNumber(today.y, today.mo ?? 1, today.d ?? 1) + atom.offset),
        grain: 'day',
        implied: [],
      };
    }
    case 'now': {
      if (!ref) return null;
      const grain: Grain = ref.grain === 'second' ? 'minute' : ref.grain;
      const p: Point = { y: ref.year, mo: ref.month, d: ref.day, h: ref.hour, mi: ref.minute };
      return { point: p, grain, implied: [] };
    }
    case 'shift':
      return atom.asUnit ? resolveShiftAsUnit(atom.unit, atom.amount, ref) : resolveShift(atom.unit, atom.amount, ref);
    case 'cycle':
      return resolveCycle(atom.unit, atom.offset, ref);
    case 'span':
      return resolveSpan(atom.unit, atom.n, atom.direction, ref);
    case 'within':
      return resolveWithin(atom.unit, atom.n, ref);
    case 'weekend': {
      const week = resolveCycle('week', atom.offset, ref);
      if (!week?.point) return null;
      let monday = dayNumber(week.point.y, week.point.mo ?? 1, week.point.d ?? 1);
      // "over the weekend" told in the past, midweek, is the weekend just gone.
      const today = refDay(ref);
      if (atom.bare && dir === 'past' && today && monday + 5 > dayNumber(today.y, today.mo ?? 1, today.d ?? 1))
        monday -= 7;
      return { start: fromDayNumber(monday + 5), end: fromDayNumber(monday + 6), grain: 'day', implied: [] };
    }
    case 'weekday':
      return resolveWeekday(atom.weekday, atom.offset, ref, atom.dir ?? dir, atom.strict);
    case 'offset': {
      const base = resolve(atom.of, ref, dir);
      // A month moved by months ("the three months to September" start in July).
      if (base?.point && base.grain === 'month' && atom.unit === 'month') {
        const m = addMonths(base.point.y, base.point.mo ?? 1, atom.amount);
        return { ...base, point: { y: m.y, mo: m.mo } };
      }
      if (!base?.point || base.grain !== 'day') return null;
      const p = base.point;
      if (atom.unit === 'day' || atom.unit === 'week') return { ...base, point: step(p, atom.unit, atom.amount) };
      if (atom.unit === 'hour' || atom.unit === 'minute') return null;
      const m = addMonths(p.y, p.mo ?? 1, atom.amount * (atom.unit === 'year' ? 12 : atom.unit === 'quarter' ? 3 : 1));
      return { ...base, point: { y: m.y, mo: m.mo, d: clampDay(m.y, m.mo, p.d ?? 1) } };
    }
    case 'holiday':
      return resolveHoliday(atom, ref, dir);
    case 'weekday-near': {
      // The weekday of the Sunday-to-Saturday week holding the day: the moved day is a rough aim,
      // so the weekday may fall a few days before it ("Sunday 3 weeks after January 15th").
      const base = resolve(atom.of, ref, dir);
      const p = base?.point;
      if (!base || !p || p.d === undefined) return null;
      const sunday = dayNumber(p.y, p.mo ?? 1, p.d) - (weekdayOf(p.y, p.mo ?? 1, p.d) % 7);
      return { point: fromDayNumber(sunday + (atom.weekday % 7)), grain: 'day', implied: base.implied };
    }
    case 'nth-week': {
      const period = resolve(atom.of, ref, dir);
      const first = period?.point ?? period?.start;
      if (!period || !first) return null;
      const last = period.point
        ? step(first, period.grain === 'quarter' ? 'quarter' : period.grain, 1)
        : period.end && step(period.end, period.grain, 1);
      if (!last) return null;
      const from = dayNumber(first.y, first.mo ?? 1, first.d ?? 1);
      const to = dayNumber(last.y, last.mo ?? 1, last.d ?? 1);
      // As ISO does for years: the first week holds the period's fourth day, the last one the
      // fourth day from its end.
      const mondayOf = (n: number) => {
        const p = fromDayNumber(n);
        return n - (weekdayOf(p.y, p.mo ?? 1, p.d ?? 1) - 1);
      };
      // n -2 is the week before the last ("the last 3 weeks of this year" start with n -3).
      const monday = atom.n > 0 ? mondayOf(from + 3) + 7 * (atom.n - 1) : mondayOf(to - 4) + 7 * (atom.n + 1);
      if (monday + 3 < from || monday + 3 >= to) return null;
      return { point: fromDayNumber(monday), grain: 'week', implied: period.implied };
    }
    case 'holiday-weekend': {
      // Monday or Tuesday: the weekend before through the day; Wednesday to Friday: the day through
      // Sunday; Saturday or Sunday: that weekend.
      const base = resolve(atom.of, ref, dir);
      const p = base?.point;
      if (!base || !p || base.grain !== 'day') return null;
      const n = dayNumber(p.y, p.mo ?? 1, p.d ?? 1);
      const wd = weekdayOf(p.y, p.mo ?? 1, p.d ?? 1);
      const [from, to] = wd <= 2 ? [n - wd - 1, n] : wd <= 5 ? [n, n + 7 - wd] : wd === 6 ? [n, n + 1] : [n - 1, n];
      return { start: fromDayNumber(from), end: fromDayNumber(to), grain: 'day', implied: base.implied };
    }
    case 'nth-day': {
      const period = resolve(atom.of, ref, dir);
      const p = period?.point;
      if (!period || !p || (period.grain !== 'month' && period.grain !== 'year')) return null;
      const first = dayNumber(p.y, p.mo ?? 1, 1);
      const next = period.grain === 'month' ? first + daysInMonth(p.y, p.mo ?? 1) : dayNumber(p.y + 1, 1, 1);
      let day: number;
      // n -1 is the last day, n -10 the tenth from the end ("the last ten days of March" start there).
      if (atom.weekday === undefined) day = atom.n > 0 ? first + atom.n - 1 : next + atom.n;
      else {
        const wd = (n: number) => {
          const q = fromDayNumber(n);
          return weekdayOf(q.y, q.mo ?? 1, q.d ?? 1);
        };
        day =
          atom.n > 0
            ? first + ((atom.weekday - wd(first) + 7) % 7) + 7 * (atom.n - 1)
            : next - 1 - ((wd(next - 1) - atom.weekday + 7) % 7) + 7 * (atom.n + 1);
      }
      if (day < first || day >= next) return null;
      return { point: fromDayNumber(day), grain: 'day', implied: period.implied };
    }
    case 'week-of': {
      const base = resolve(atom.of, ref, dir);
      if (!base?.point || base.grain !== 'day') return null;
      const p = base.point;
      const n = dayNumber(p.y, p.mo ?? 1, p.d ?? 1);
      return { ...base, point: fromDayNumber(n - (weekdayOf(p.y, p.mo ?? 1, p.d ?? 1) - 1)), grain: 'week' };
    }
    case 'quarter':
    case 'half':
    case 'season': {
      let y = atom.year ?? (ref ? ref.year + (atom.yearOffset ?? 0) : undefined);
      if (y === undefined) return null;
      // Neither a year nor a word for one ("au troisième trimestre"): the tense decides, as for a
      // month; a past period not yet begun is last year's, a future one already over next year's.
      if (atom.year === undefined && atom.yearOffset === undefined && ref?.month !== undefined && dir) {
        const first =
          atom.kind === 'season' ? 2 + atom.season * 3 : atom.kind === 'quarter' ? atom.n * 3 - 3 : atom.n * 6 - 6;
        const last = first + (atom.kind === 'half' ? 5 : 2);
        const now = ref.month - 1;
        if (dir === 'past' && first > now) y--;
        if (dir === 'future' && last < now) y++;
      }
      // "cet hiver" / "this winter" told in January or February: the winter under way, begun last December.
      if (atom.kind === 'season' && atom.season === 3 && atom.year === undefined && atom.yearOffset === 0) {
        if (ref?.month !== undefined && ref.month <= 2) y--;
      }
      const implied: Implied[] = atom.year === undefined ? ['year'] : [];
      if (atom.kind === 'quarter') return { point: { y, mo: atom.n * 3 - 2 }, grain: 'quarter', implied };
      if (atom.kind === 'half')
        return { start: { y, mo: atom.n * 6 - 5 }, end: { y, mo: atom.n * 6 }, grain: 'month', implied };
      // Winter of a year starts in its December and runs into the next year.
      const first = addMonths(y, 3 + (atom.kind === 'season' ? atom.season : 0) * 3, 0);
      const last = addMonths(first.y, first.mo, 2);
      return { start: { y: first.y, mo: first.mo }, end: { y: last.y, mo: last.mo }, grain: 'month', implied };
    }
    case 'decade':
      return { start: { y: atom.year }, end: { y: atom.year + (atom.span ?? 10) - 1 }, grain: 'year', implied: [] };
    case 'iso-week': {
      const y = atom.year ?? ref?.year;
      if (y === undefined) return null;
      // Week 1 is the week holding 4 January.
      const jan4 = dayNumber(y, 1, 4);
      const monday = jan4 - (weekdayOf(y, 1, 4) - 1) + 7 * (atom.week - 1);
      return { point: fromDayNumber(monday), grain: 'week', implied: atom.year === undefined ? ['year'] : [] };
    }
    case 'time': {
      const day = atom.date ? resolve(atom.date, ref, dir) : resolveToday(ref);
      if (!day?.point || day.grain !== 'day') return null;
      const t = atom.time;
      // "le couvre-feu commence à minuit": the midnight ending the reference day.
      // A clock time alone, not told in the past, in an hour the reference's own clock has already
      // left ("at 3am" said at 04:30, not "4:23" said at 04:30) is the next one: tomorrow's. Only
      // a time the text fixes on the 24-hour clock: "eight o'clock" may still be this evening.
      const passed =
        !atom.date &&
        dir !== 'past' &&
        ref?.hour !== undefined &&
        (t.meridiem !== undefined || t.hour > 12) &&
        hourOf(t) < ref.hour;
      const date =
        (t.midnight && !atom.date && dir !== 'past') || passed
          ? fromDayNumber(dayNumber(day.point.y, day.point.mo ?? 1, day.point.d ?? 1) + 1)
          : day.point;
      // "3:30" alone said at 04:30, not told in the past: the 3:30 still to come, in the afternoon
      // ("4:23" said at 04:30 is in the reference's own hour and stays).
      const afternoon =
        !atom.date &&
        dir !== 'past' &&
        ref?.hour !== undefined &&
        t.twelveHour === true &&
        t.meridiem === undefined &&
        t.hour >= 1 &&
        t.hour < ref.hour &&
        t.hour + 12 > ref.hour;
      const grain: Grain = t.second !== undefined ? 'second' : 'minute';
      return {
        point: { ...date, h: afternoon ? t.hour + 12 : hourOf(t), mi: t.minute ?? 0, s: t.second },
        grain,
        implied: day.implied,
      };
    }
    case 'day-part':
    case 'time-range': {
      const day = atom.date ? resolve(atom.date, ref, dir) : resolveToday(ref);
      if (!day?.point || day.grain !== 'day') return null;
      const [h1, m1, h2, m2] =
        atom.kind === 'day-part'
          ? [atom.from, 0, atom.to, 0]
          : [hourOf(atom.from), atom.from.minute ?? 0, hourOf(atom.to), atom.to.minute ?? 0];
      // "de 10 à 2" ends in the afternoon; "de 21 h à 6 h", "from 9pm to 6am" end the next morning.
      let endMin = h2 * 60 + m2;
      let endDay = day.point;
      const startMin = h1 * 60 + m1;
      if (endMin === 0 && startMin > 0 && atom.kind === 'time-range')
        endMin = 24 * 60; // "de 22 h à minuit"
      else if (endMin <= startMin && atom.kind === 'time-range') {
        if (h2 < 12 && !atom.to.meridiem && endMin + 12 * 60 > startMin) endMin += 12 * 60;
        else if (h2 < h1 && endMin > 0) {
          endDay = fromDayNumber(dayNumber(day.point.y, day.point.mo ?? 1, day.point.d ?? 1) + 1);
          endMin += 24 * 60;
        }
      }
      // The end is inclusive at minute grain: "de 14h à 16h" holds its last minute, 15:59.
      endMin -= 1;
      if (endMin < startMin) return null;
      if (endDay !== day.point) endMin -= 24 * 60;
      return {
        start: { ...day.point, h: h1, mi: m1 },
        end: { ...endDay, h: Math.floor(endMin / 60), mi: endMin % 60 },
        grain: 'minute',
        implied: day.implied,
      };
    }
    case 'part': {
      const inner = resolve(atom.of, ref, dir);
      if (!inner) return null;
      // The end of a day is its last minute ("end of tomorrow", "fin de journée"), Duckling's and
      // Recognizers' reading; longer periods keep their value with the part as `mod`.
      if (atom.part === 'end' && inner.point && inner.grain === 'day')
        return { point: { ...inner.point, h: 23, mi: 59 }, grain: 'minute', implied: inner.implied };
      // Only a period named from the reference ("this year") has a half "later" than now; "later
      // in 2025" says no more than 2025.
      if (atom.part === 'earlier' || atom.part === 'later')
        return atom.of.kind === 'cycle' ? resolveHalf(inner, atom.part, ref) : inner;
      const sub = atom.asRange ? partRange(inner, atom.part) : null;
      return sub ? { ...sub, mod: atom.part } : { ...inner, mod: atom.part };
    }
    case 'range':
      return resolveRange(atom, ref, dir);
  }
}

/**
 * "later this week", "earlier this year": the second or first half of a week (from Thursday), a
 * month (from the 16th) or a year (from July), cut at the reference day when it falls inside.
 */
function resolveHalf(inner: Resolved, part: 'earlier' | 'later', ref: ReferenceDate | null): Resolved | null {
  const p = inner.point;
  if (!p || !['week', 'month', 'year'].includes(inner.grain)) return null;
  const first = dayNumber(p.y, p.mo ?? 1, p.d ?? 1);
  const next =
    inner.grain === 'week'
      ? first + 7
      : inner.grain === 'month'
        ? first + daysInMonth(p.y, p.mo ?? 1)
        : dayNumber(p.y + 1, 1, 1);
  const half = inner.grain === 'week' ? first + 3 : inner.grain === 'month' ? first + 15 : dayNumber(p.y, 7, 1);
  const today = refDay(ref);
  const t = today ? dayNumber(today.y, today.mo ?? 1, today.d ?? 1) : undefined;
  const inside = t !== undefined && t >= first && t < next;
  const [from, to] =
    part === 'later' ? [inside ? Math.max(half, t) : half, next - 1] : [first, (inside ? Math.min(half, t) : half) - 1];
  if (to < from) return null;
  return { start: fromDayNumber(from), end: fromDayNumber(to), grain: 'day', implied: inner.implied };
}

function resolveToday(ref: ReferenceDate | null): Resolved | null {
  const today = refDay(ref);
  return today ? { point: today, grain: 'day', implied: ['year', 'month', 'day'] } : null;
}

function resolveCalendar(
  a: Extract<Atom, { kind: 'calendar' }>,
  ref: ReferenceDate | null,
  sentenceDir: Direction | undefined,
): Resolved | null {
  const implied: Implied[] = [];
  const dir = a.dir ?? sentenceDir;
  if (a.year === undefined && a.yearOffset !== undefined) {
    if (!ref) return null;
    const r = resolveCalendar({ ...a, year: ref.year + a.yearOffset, yearOffset: undefined }, ref, dir);
    return r ? { ...r, implied: ['year', ...r.implied] } : null;
  }
  let { year, month } = a;
  const { day } = a;
  if (month === undefined && day !== undefined) {
    // "le 23": month and year from the reference, moved by the direction.
    if (year !== undefined || ref?.month === undefined) return null;
    let m = { y: ref.year, mo: ref.month };
    if (a.weekday !== undefined) {
      // "le 25 mardi": the nearest month whose 25th is a Tuesday.
      // Any weekday falls on a given day within a year either way ("Fri 14th"): the first such
      // month in the tense's direction, and with no cue ahead, as a bare weekday reads.
      const near = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
      const sign = dir === 'past' ? -1 : 1;
      const order = [0, ...near.map((k) => sign * k), ...near.map((k) => -sign * k)];
      const hit = order
        .map((k) => addMonths(ref.year, ref.month ?? 1, k))
        .find((c) => isValidDate(c.y, c.mo, day) && weekdayOf(c.y, c.mo, day) === a.weekday);
      if (hit) return { point: { y: hit.y, mo: hit.mo, d: day }, grain: 'day', implied: ['year', 'month'] };
    }
    if (ref.day !== undefined) {
      if (dir === 'past' && day > ref.day) m = addMonths(m.y, m.mo, -1);
      // With no cue it reads ahead, as a bare weekday does ("le 2" told on the 12th is next month's).
      if (dir !== 'past' && day < ref.day) m = addMonths(m.y, m.mo, 1);
    }
    if (!isValidDate(m.y, m.mo, day)) return null;
    return { point: { y: m.y, mo: m.mo, d: day }, grain: 'day', implied: ['year', 'month'] };
  }
  if (year === undefined) {
    if (!ref) return null;
    year = ref.year;
    implied.push('year');
    if (month !== undefined && ref.month !== undefined) {
      const read = month * 100 + (day ?? 0);
      const now = ref.month * 100 + (day === undefined ? 0 : (ref.day ?? 0));
      // A day within two weeks of the reference stays in its year whatever the tense: news
      // datelines and "jusqu'au 29 novembre" sit next to the publication date.
      // An explicit "next" / "prochain" read with the date is obeyed all the same.
      const near =
        a.dir === undefined &&
        day !== undefined &&
        ref.day !== undefined &&
        isValidDate(year, month, day) &&
        Math.abs(dayNumber(year, month, day) - dayNumber(ref.year, ref.month, ref.day)) <= 14;
      // A reference that names only its month ("date 2024-05") contains every day of that month.
      const insideReferenceMonth = ref.day === undefined && month === ref.month;
      if (!near && !insideReferenceMonth && dir === 'past' && read > now) year--;
      if (!near && !insideReferenceMonth && dir === 'future' && read < now) year++;
      // "mai dernier", "next May" read in May: the month named is not the one under way.
      if (day === undefined && month === ref.month && a.dir !== undefined && !insideReferenceMonth)
        year += a.dir === 'past' ? -1 : 1;
    }
    // A weekday read with the date picks the year it falls in ("mardi 8 mai"), the year read or
    // one next to it; further away the weekday is more likely a slip than a clue.
    if (a.weekday !== undefined && month !== undefined && day !== undefined) {
      for (const y of [year, year - 1, year + 1]) {
        if (isValidDate(y, month, day) && weekdayOf(y, month, day) === a.weekday) {
          year = y;
          break;
        }
      }
    }
  }
  if (month === undefined) return { point: { y: year }, grain: 'year', implied };
  if (day === undefined) return { point: { y: year, mo: month }, grain: 'month', implied };
  if (!isValidDate(year, month, day)) {
    // 29 February with an implied year: the nearest leap year in the direction read.
    if (implied.includes('year') && month === 2 && day === 29) {
      const step = dir === 'future' ? 1 : -1;
      let y = year;
      while (!isValidDate(y, 2, 29)) y += step;
      return { point: { y, mo: 2, d: 29 }, grain: 'day', implied };
    }
    return null;
  }
  month ??= 1;
  return { point: { y: year, mo: month, d: day }, grain: 'day', implied };
}

function resolveHoliday(
  a: Extract<Atom, { kind: 'holiday' }>,
  ref: ReferenceDate | null,
  dir: Direction | undefined,
): Resolved | null {
  const at = (y: number) => {
    const [mo, d] = holidayDate(a.name, y);
    return { y, mo, d };
  };
  // A holiday of several days (Ramadan, Hanukkah, Lent) is the range of its days.
  const days = (p: Point, implied: Resolved['implied']): Resolved => {
    const n = holidayLength(a.name, p.y);
    if (n <= 1) return { point: p, grain: 'day', implied };
    const first = dayNumber(p.y, p.mo ?? 1, p.d ?? 1);
    return { start: p, end: fromDayNumber(first + n - 1), grain: 'day', implied };
  };
  if (a.year !== undefined) return days(at(a.year), []);
  const today = refDay(ref);
  if (!ref) return null;
  if (!today) return days(at(ref.year), ['year']);
  const t = dayNumber(today.y, today.mo ?? 1, today.d ?? 1);
  const n = (p: Point) => dayNumber(p.y, p.mo ?? 1, p.d ?? 1);
  const [prev, cur, next] = [at(today.y - 1), at(today.y), at(today.y + 1)];
  let p = cur;
  // With no cue, a holiday is read ahead as a day without year is, unless one falls within two
  // weeks of the reference ("Christmas" in a paper of 27 December or 3 January is the one just gone).
  if (a.offset === undefined && !dir) {
    const near = [prev, cur, next].find((h) => Math.abs(n(h) - t) <= 14);
    if (near) return days(near, ['year']);
  }
  const way = a.offset === -1 ? 'past' : a.offset === 1 ? 'future' : a.offset === 0 ? undefined : (dir ?? 'future');
  const strict = a.offset !== undefined;
  if (way === 'past' && (strict ? n(cur) >= t : n(cur) > t)) p = prev;
  if (way === 'future' && (strict ? n(cur) <= t : n(cur) < t)) p = next;
  return days(p, ['year']);
}

/**
 * A part of a period as a sub-range: a year's first, middle or last four months, a month's days
 * 1-10, 11-20 or 21 to its end, a week's Monday-Tuesday, Wednesday-Thursday or Friday-Sunday, a
 * quarter's first, second or third month, and for a run of months or years (semester, season,
 * decade, century) its first, middle and last thirds. Null where no such cut holds (a day, a run
 * too short): the caller keeps the period with `mod`.
 */
function partRange(inner: Resolved, part: 'start' | 'mid' | 'end'): Resolved | null {
  const thirds = (n: number): [number, number] => {
    const k = Math.floor(n / 3);
    return part === 'start' ? [0, k - 1] : part === 'end' ? [n - k, n - 1] : [k, n - k - 1];
  };
  const { implied } = inner;
  const p = inner.point;
  if (p && inner.grain === 'year') {
    const [a, b] = thirds(12);
    return { start: { y: p.y, mo: a + 1 }, end: { y: p.y, mo: b + 1 }, grain: 'month', implied };
  }
  if (p && inner.grain === 'quarter' && p.mo !== undefined) {
    const m = addMonths(p.y, p.mo, part === 'start' ? 0 : part === 'mid' ? 1 : 2);
    return { point: { y: m.y, mo: m.mo }, grain: 'month', implied };
  }
  if (p && inner.grain === 'month' && p.mo !== undefined) {
    const [a, b] = part === 'start' ? [1, 10] : part === 'mid' ? [11, 20] : [21, daysInMonth(p.y, p.mo)];
    return { start: { y: p.y, mo: p.mo, d: a }, end: { y: p.y, mo: p.mo, d: b }, grain: 'day', implied };
  }
  if (p && inner.grain === 'week' && p.mo !== undefined && p.d !== undefined) {
    const monday = dayNumber(p.y, p.mo, p.d);
    const [a, b] = part === 'start' ? [0, 1] : part === 'mid' ? [2, 3] : [4, 6];
    return { start: fromDayNumber(monday + a), end: fromDayNumber(monday + b), grain: 'day', implied };
  }
  const { start, end } = inner;
  if (!start || !end) return null;
  if (inner.grain === 'year' && start.mo === undefined) {
    const [a, b] = thirds(end.y - start.y + 1);
    return b < a ? null : { start: { y: start.y + a }, end: { y: start.y + b }, grain: 'year', implied };
  }
  if (inner.grain === 'month' && start.mo !== undefined && end.mo !== undefined) {
    const [a, b] = thirds((end.y - start.y) * 12 + end.mo - start.mo + 1);
    if (b < a) return null;
    const s = addMonths(start.y, start.mo, a);
    const e = addMonths(start.y, start.mo, b);
    return a === b
      ? { point: { y: s.y, mo: s.mo }, grain: 'month', implied }
      : { start: { y: s.y, mo: s.mo }, end: { y: e.y, mo: e.mo }, grain: 'month', implied };
  }
  return null;
}

/** The reference moved by an amount at the grain of the unit read (days and longer), never finer than the reference. */
function resolveShiftAsUnit(unit: Unit, amount: number, ref: ReferenceDate | null): Resolved | null {
  if (!ref) return null;
  if (unit === 'year') return { point: { y: ref.year + amount }, grain: 'year', implied: [] };
  if (unit === 'quarter' || unit === 'month') {
    if (ref.month === undefined) return null;
    const first = unit === 'quarter' ? ref.month - ((ref.month - 1) % 3) : ref.month;
    const m = addMonths(ref.year, first, unit === 'quarter' ? 3 * amount : amount);
    return { point: { y: m.y, mo: m.mo }, grain: unit, implied: [] };
  }
  if (unit === 'week' || unit === 'day') return resolveCycle(unit, amount, ref);
  // Hours and minutes move a reference read to the minute: "il y a 2 heures" is that minute.
  return resolveShift(unit, amount, ref);
}

function resolveShift(unit: Unit, amount: number, ref: ReferenceDate | null): Resolved | null {
  if (!ref) return null;
  if (unit === 'hour' || unit === 'minute') {
    if (ref.hour === undefined || ref.month === undefined || ref.day === undefined) return null;
    const minutes = Date.UTC(ref.year, ref.month - 1, ref.day, ref.hour, ref.minute ?? 0) / 60000;
    const dt = new Date((minutes + amount * (unit === 'hour' ? 60 : 1)) * 60000);
    return {
      point: {
        y: dt.getUTCFullYear(),
        mo: dt.getUTCMonth() + 1,
        d: dt.getUTCDate(),
        h: dt.getUTCHours(),
        mi: dt.getUTCMinutes(),
      },
      grain: 'minute',
      implied: [],
    };
  }
  // The moved point is given one grain finer than the unit read ("il y a trois ans" is a month,
  // "in 7 days" an hour; Duckling's rule), and never finer than the reference.
  const months = unit === 'year' ? 12 * amount : unit === 'quarter' ? 3 * amount : unit === 'month' ? amount : 0;
  const days = unit === 'week' ? 7 * amount : unit === 'day' ? amount : 0;
  const wanted: Grain = unit === 'year' || unit === 'quarter' ? 'month' : unit === 'day' ? 'hour' : 'day';
  if (ref.month === undefined)
    return months % 12 === 0 && days === 0
      ? { point: { y: ref.year + months / 12 }, grain: 'year', implied: [] }
      : null;
  const m = addMonths(ref.year, ref.month, months);
  if (ref.day === undefined || wanted === 'month')
    return days === 0 ? { point: { y: m.y, mo: m.mo }, grain: 'month', implied: [] } : null;
  const day = fromDayNumber(dayNumber(m.y, m.mo, clampDay(m.y, m.mo, ref.day)) + days);
  if (wanted === 'hour' && ref.hour !== undefined)
    return { point: { ...day, h: ref.hour, mi: 0 }, grain: 'hour', implied: [] };
  return { point: day, grain: 'day', implied: [] };
}

/**
 * n units next to the reference, the reference's own unit left out: "the past three months" are
 * the three whole months before this one, "les deux prochaines semaines" the fourteen days from
 * tomorrow, "the last 30 minutes" the half hour up to now.
 */
function resolveSpan(unit: Unit, n: number, direction: Direction, ref: ReferenceDate | null): Resolved | null {
  if (!ref || n < 1) return null;
  const sign = direction === 'past' ? -1 : 1;
  if (unit === 'hour' || unit === 'minute') {
    const now = resolve({ kind: 'now' }, ref, undefined);
    if (!now?.point || now.grain !== 'minute') return null;
    const other = step(now.point, 'minute', sign * n * (unit === 'hour' ? 60 : 1));
    // Minutes run from now either way: "the next 5 minutes" of 10:00 are 10:00 to 10:04.
    return direction === 'past'
      ? { start: other, end: step(now.point, 'minute', -1), grain: 'minute', implied: [] }
      : { start: now.point, end: step(other, 'minute', -1), grain: 'minute', implied: [] };
  }
  if (unit === 'week' || unit === 'day') {
    const today = refDay(ref);
    if (!today) return null;
    const t = dayNumber(today.y, today.mo ?? 1, today.d ?? 1);
    const len = n * (unit === 'week' ? 7 : 1);
    return direction === 'past'
      ? { start: fromDayNumber(t - len), end: fromDayNumber(t - 1), grain: 'day', implied: [] }
      : { start: fromDayNumber(t + 1), end: fromDayNumber(t + len), grain: 'day', implied: [] };
  }
  const first = resolveCycle(unit, sign, ref);
  const last = resolveCycle(unit, sign * n, ref);
  if (!first?.point || !last?.point) return null;
  const [a, b] = direction === 'past' ? [last.point, first.point] : [first.point, last.point];
  const grain = first.grain === 'quarter' ? 'month' : first.grain;
  const end = first.grain === 'quarter' ? { y: b.y, mo: (b.mo ?? 1) + 2 } : b;
  return { start: a, end, grain, implied: [] };
}

/**
 * From the reference to n units after it, the end inclusive at the grain of the shift: "within 9
 * months" of 23 March runs to 22 December, "within 2 hours" of 16:12 to 18:11.
 */
function resolveWithin(unit: Unit, n: number, ref: ReferenceDate | null): Resolved | null {
  if (n < 1) return null;
  // A shift by years stops at the month (one grain finer): "within two years" counts its months.
  if (unit === 'year') return resolveWithin('month', 12 * n, ref);
  const to = resolveShift(unit, n, ref);
  if (!to?.point) return null;
  if (to.grain === 'minute') {
    const now = resolve({ kind: 'now' }, ref, undefined);
    if (!now?.point || now.grain !== 'minute') return null;
    return { start: now.point, end: step(to.point, 'minute', -1), grain: 'minute', implied: [] };
  }
  const today = refDay(ref);
  if (!today || to.point.d === undefined) return null;
  return {
    start: today,
    end: step({ y: to.point.y, mo: to.point.mo, d: to.point.d }, 'day', -1),
    grain: 'day',
    implied: [],
  };
}

function resolveCycle(unit: Unit, offset: number, ref: ReferenceDate | null): Resolved | null {
  if (!ref) return null;
  if (unit === 'year') return { point: { y: ref.year + offset }, grain: 'year', implied: [] };
  if (ref.month === undefined) return null;
  if (unit === 'month') {
    const m = addMonths(ref.year, ref.month, offset);
    return { point: { y: m.y, mo: m.mo }, grain: 'month', implied: [] };
  }
  if (unit === 'quarter') {
    const first = ref.month - ((ref.month - 1) % 3);
    const m = addMonths(ref.year, first, 3 * offset);
    return { point: { y: m.y, mo: m.mo }, grain: 'quarter', implied: [] };
  }
  if (ref.day === undefined) return null;
  const today = dayNumber(ref.year, ref.month, ref.day);
  if (unit === 'week') {
    const monday = today - (weekdayOf(ref.year, ref.month, ref.day) - 1) + 7 * offset;
    return { point: fromDayNumber(monday), grain: 'week', implied: [] };
  }
  if (unit === 'day') return { point: fromDayNumber(today + offset), grain: 'day', implied: [] };
  return null;
}

/**
 * A weekday. With "dernier / last" it is that day of the previous week, with "prochain / next" of
 * the next week, with "ce / this" of the current week (weeks start on Monday). A bare weekday
 * follows the tense: in the past, the latest such day up to the reference day; otherwise the next
 * one from the reference day on.
 */
function resolveWeekday(
  weekday: number,
  offset: -1 | 0 | 1 | undefined,
  ref: ReferenceDate | null,
  dir: Direction | undefined,
  strict = false,
): Resolved | null {
  const today = refDay(ref);
  if (!today?.mo || !today.d) return null;
  const n = dayNumber(today.y, today.mo, today.d);
  const wd = weekdayOf(today.y, today.mo, today.d);
  let target: number;
  if (offset !== undefined) target = n - (wd - 1) + 7 * offset + (weekday - 1);
  else if (dir === 'past') target = n - ((wd - weekday + 7) % 7 || (strict ? 7 : 0));
  // Ahead, today's own weekday is today ("le conseil se réunit mercredi" in Wednesday's paper).
  else target = n + ((weekday - wd + 7) % 7 || (strict ? 7 : 0));
  return { point: fromDayNumber(target), grain: 'day', implied: [] };
}

function resolveRange(
  atom: Extract<Atom, { kind: 'range' }>,
  ref: ReferenceDate | null,
  dir: Direction | undefined,
): Resolved | null {
  // Open ranges: "avant 2000" ends with 1999, "après 2018" starts with 2019; "depuis" and "jusqu'à" include their bound.
  if (atom.mod) {
    const bound = resolve((atom.from ?? atom.to) as Atom, ref, dir);
    if (!bound) return null;
    const edge = bound.point ?? (atom.mod === 'before' || atom.mod === 'since' ? bound.start : bound.end);
    if (!edge) return null;
    const grain = bound.grain;
    // "avant la fin de l'année", "before the end of the month": a deadline, the period's own end.
    if (atom.mod === 'before' && atom.to?.kind === 'part' && atom.to.part === 'end' && bound.end)
      return { end: bound.end, grain, implied: bound.implied, mod: 'before' };
    if (atom.mod === 'before') return { end: step(edge, grain, -1), grain, implied: bound.implied, mod: 'before' };
    if (atom.mod === 'after') {
      const last = bound.point ? edge : (bound.end ?? edge);
      return { start: step(last, grain, 1), grain, implied: bound.implied, mod: 'after' };
    }
    if (atom.mod === 'since') return { start: bound.point ?? bound.start, grain, implied: bound.implied, mod: 'since' };
    return { end: bound.point ?? bound.end, grain, implied: bound.implied, mod: 'until' };
  }
  // A range from now runs ahead whatever the tense, one up to now behind.
  let a = atom.from && resolve(atom.from, ref, atom.to?.kind === 'now' ? 'past' : dir);
  let b = atom.to && resolve(atom.to, ref, atom.from?.kind === 'now' ? 'future' : dir);
  if (!a || !b) return null;
  // Months without a year that run through the reference's own month ("from May to September"
  // told in September) are this year's, whatever the tense.
  const bare = (x: Atom | undefined) =>
    x?.kind === 'calendar' && x.year === undefined && x.yearOffset === undefined && !x.dir && x.month !== undefined;
  if (dir && bare(atom.from) && bare(atom.to) && ref?.month !== undefined) {
    const a0 = resolve(atom.from as Atom, ref, undefined);
    const b0 = resolve(atom.to as Atom, ref, undefined);
    const s0 = a0?.point;
    // "from May to March": the end wraps into the next year.
    const e0 = b0?.point && s0 && compare(s0, b0.point) > 0 ? { ...b0.point, y: b0.point.y + 1 } : b0?.point;
    const now = { y: ref.year, mo: ref.month };
    if (
      a0 &&
      b0 &&
      s0 &&
      e0 &&
      compare({ y: s0.y, mo: s0.mo }, now) <= 0 &&
      compare(now, { y: e0.y, mo: e0.mo }) <= 0
    ) {
      a = a0;
      b = { ...b0, point: e0 };
    }
  }
  // "du 13 au 18", "entre le 1er et le 15": two bare days of one month. Each alone may read ahead
  // into another month ("le 5" told on the 12th is next month's): the start takes the end's month.
  const bareDay = (x: Atom | undefined) =>
    x?.kind === 'calendar' && x.day !== undefined && x.month === undefined && x.year === undefined && !x.weekday;
  if (bareDay(atom.from) && bareDay(atom.to) && b.point?.mo !== undefined && a.point?.d !== undefined) {
    const d = (atom.from as { day: number }).day;
    if (d <= (b.point.d ?? 0)) a = { ...a, point: { ...b.point, d } };
  }
  // "between now and November 15th": now is read at the grain of the other bound, today.
  const coarse = (r: Resolved) => GRAIN_ORDER.indexOf(r.grain) <= GRAIN_ORDER.indexOf('day');
  if (atom.from?.kind === 'now' && coarse(b)) a = resolveToday(ref) ?? a;
  if (atom.to?.kind === 'now' && coarse(a)) b = resolveToday(ref) ?? b;
  a = a.grain === 'day' && atom.from?.kind === 'now' ? { ...a, implied: [] } : a;
  b = b.grain === 'day' && atom.to?.kind === 'now' ? { ...b, implied: [] } : b;
  const start = a.point ?? a.start;
  let end = b.point ?? b.end;
  if (!start || !end) return null;
  const endWeekday = atom.to?.kind === 'time' ? atom.to.date : atom.to;
  // "between now and eight o'clock" in the morning's paper: the hour still to come, 20:00.
  if (atom.from?.kind === 'now' && atom.to?.kind === 'time' && !atom.to.time.meridiem && b.point?.h !== undefined) {
    if (atom.to.time.hour < 12 && compare(start, end) > 0) end = step(b.point, 'hour', 12);
  }
  // A clock time (or now, or minutes from now) ending a range holds the minute before it, as in
  // "de 14 h à 16 h".
  const clockEnd =
    atom.to?.kind === 'time' ||
    atom.to?.kind === 'now' ||
    (atom.to?.kind === 'shift' && (atom.to.unit === 'minute' || atom.to.unit === 'hour'));
  if (clockEnd && b.grain === 'minute' && b.point) end = step(end, 'minute', -1);
  // Quarters and weeks as range bounds: their first and last months / days.
  if (a.grain === 'week' || b.grain === 'week' || a.grain === 'quarter' || b.grain === 'quarter') {
    if (b.grain === 'quarter' && end.mo !== undefined) end = { y: end.y, mo: end.mo + 2 };
    if (b.grain === 'week' && end.d !== undefined && end.mo !== undefined)
      end = fromDayNumber(dayNumber(end.y, end.mo, end.d) + 6);
  }
  const grain = finer(a.grain === 'quarter' ? 'month' : a.grain, b.grain === 'quarter' ? 'month' : b.grain);
  const g = grain === 'week' ? 'day' : grain;
  if (compare(start, end) > 0) {
    // "du 28 décembre au 3 janvier" with an implied year: the end is in the next year.
    if (b.implied.includes('year') && a.implied.includes('year')) end = { ...end, y: end.y + 1 };
    // "from next Monday to Friday", "from 9am Monday to 5pm Friday": a bare weekday ends the
    // range in the week it starts.
    else if (endWeekday?.kind === 'weekday' && endWeekday.offset === undefined && end.d !== undefined) {
      while (compare(start, end) > 0) end = { ...end, ...fromDayNumber(dayNumber(end.y, end.mo ?? 1, end.d ?? 1) + 7) };
    } else return null;
  }
  const implied = [...new Set([...a.implied, ...b.implied])];
  return { start, end, grain: g, implied };
}

function compare(a: Point, b: Point): number {
  const k = (p: Point) => [p.y, p.mo ?? 0, p.d ?? 0, p.h ?? 0, p.mi ?? 0];
  const ka = k(a);
  const kb = k(b);
  for (let i = 0; i < ka.length; i++) if ((ka[i] ?? 0) !== (kb[i] ?? 0)) return (ka[i] ?? 0) - (kb[i] ?? 0);
  return 0;
}

/** The point one grain before or after. */
function step(p: Point, grain: Grain, n: number): Point {
  if (grain === 'year') return { y: p.y + n };
  if (grain === 'month' || grain === 'quarter') {
    const m = addMonths(p.y, p.mo ?? 1, grain === 'quarter' ? 3 * n : n);
    return { y: m.y, mo: m.mo };
  }
  if (grain === 'day' || grain === 'week') {
    return fromDayNumber(dayNumber(p.y, p.mo ?? 1, p.d ?? 1) + (grain === 'week' ? 7 : 1) * n);
  }
  const minutes =
    Date.UTC(p.y, (p.mo ?? 1) - 1, p.d ?? 1, p.h ?? 0, p.mi ?? 0) / 60000 + (grain === 'hour' ? 60 : 1) * n;
  const dt = new Date(minutes * 60000);
  return {
    y: dt.getUTCFullYear(),
    mo: dt.getUTCMonth() + 1,
    d: dt.getUTCDate(),
    h: dt.getUTCHours(),
    mi: dt.getUTCMinutes(),
  };
}

const pad = (n: number) => String(n).padStart(2, '0');
/** ISO 8601 of a point, down to the finest field it has. */
export function iso(p: Point): string {
  let s = String(p.y).padStart(4, '0');
  if (p.mo === undefined) return s;
  s += `-${pad(p.mo)}`;
  if (p.d === undefined) return s;
  s += `-${pad(p.d)}`;
  if (p.h === undefined) return s;
  s += `T${pad(p.h)}:${pad(p.mi ?? 0)}`;
  if (p.s !== undefined) s += `:${pad(p.s)}`;
  return s;
}

function render(r: Resolved): DateValue {
  const v: DateValue = r.point ? { value: iso(r.point), grain: r.grain } : { grain: r.grain };
  if (!r.point) {
    if (r.start) v.start = iso(r.start);
    if (r.end) v.end = iso(r.end);
  }
  if (r.implied.length) v.implied = r.implied;
  if (r.mod) v.mod = r.mod;
  return v;
}
