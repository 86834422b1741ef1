// The language-neutral part of the date grammar. A language file (fr.ts, en.ts) supplies rules
// (a regex and a function from its match to an `Atom`) and the few words that join atoms; this
// module runs them, keeps one reading per span, joins a date with its time, two bounds into a
// range, an opener ("avant", "since") or a part ("fin", "mid-") with what follows, reads the tense
// of the sentence, and asks resolve.ts for the value.
import type { Lang } from '../../pipeline/languages.js';
import type { ReferenceDate } from '../../pipeline/reference-date.js';
import type { DateValue } from '../../pipeline/schema.js';
import { execAll } from '../shared/exec-all.js';
import { escapeRegExp } from '../shared/forms.js';
import { matchAllNear } from '../shared/trigger.js';
import type { ExtractContext, Mention } from '../types.js';
import {
  type Atom,
  type Direction,
  isRelative,
  type Part,
  type RangeMod,
  readsDirection,
  resolveAtom,
  type TimeOfDay,
  type Unit,
} from './resolve.js';
import { spelledYears } from './spelled.js';

export interface RuleEnv {
  text: string;
  ref: ReferenceDate | null;
  /** How the document writes numeric dates: day first or month first. */
  order: 'dmy' | 'mdy';
}

export interface DateRule {
  name: string;
  /** Global, unicode. A named group `core` narrows the span (the rest is context, e.g. "en" in "en 2018"). */
  pattern: RegExp;
  build(m: RegExpExecArray, env: RuleEnv): Atom | null;
  /** A weak reading (a bare year, "3/4"): it yields to any other mention it touches. */
  latent?: boolean;
  /** A reading kept only when joined to a date ("de 14 à 16" after "le 17"). */
  needsDate?: boolean | ((m: RegExpExecArray) => boolean);
}

export interface DateGrammar {
  lang: Lang;
  rules: DateRule[];
  /** The whole gap between a date and its following time ("8 mai à 15 h", "tomorrow at 3pm"). */
  dateThenTime: RegExp;
  /** The whole gap between a time and its following date ("15 h le 8 mai", "3pm on Monday"). */
  timeThenDate: RegExp;
  /** Range connectors: the whole gap between the bounds, and the word before the first bound when one is needed. */
  ranges: { open: RegExp | null; join: RegExp }[];
  /** Words before an atom that make it an open range; matched against the text just before it (anchored at its end). */
  openers: { pattern: RegExp; mod: RangeMod }[];
  /** Words before an atom that pick a part of it: "fin", "début", "mi-", "end of". Anchored at the end like openers. */
  parts: { pattern: RegExp; part: Part }[];
  /** Parts are sub-ranges ("fin mai" is 21-31 May), the contract's reading; otherwise the period with `mod`. */
  partsAsRanges?: boolean;
  /** The whole gap between a date without its year and a year that completes it ("28 June in 2020"). */
  yearAfter?: RegExp;
  /** "three weeks from", "2 days before": an amount that moves the atom after it. */
  anchorShift?: { pattern: RegExp; read(m: RegExpExecArray): { unit: Unit; amount: number } | null };
  /** Gaps between a holiday and a bare weekend: "Labor Day weekend" (holidayFirst), "the weekend of Easter". */
  holidayWeekend?: { holidayFirst: RegExp; weekendFirst: RegExp };
  /** "for three days starting", "a week from": a stretch of time that runs from the day after it. */
  durationFrom?: { pattern: RegExp; read(m: RegExpExecArray): { unit: Unit; amount: number } | null };
  /** The whole gap between a weekday and a moved day ("Monday two weeks from now", "in 3 days on Friday"). */
  weekdayNear?: RegExp;
  /** The whole gap between listed items ("Monday, Tuesday or Friday next week"); they share a named week. */
  listGap?: RegExp;
  /** Words after a clock time that belong to its span ("7am GMT", "10am local time"), anchored at its end. */
  timeSuffix?: RegExp;
  /** "the week of", "w/c": the week holding the day after it. */
  weekOf?: RegExp;
  /** "the first week of", "la dernière semaine de": the nth week of the period after it (n -1: the last). */
  nthWeek?: { pattern: RegExp; read(m: RegExpExecArray): number | null };
  /**
   * Years in words ("nineteen ninety six", "deux mille dix-huit"): they complete a date before them,
   * or stand alone after a word that introduces a year (`before`, anchored at its end) when what
   * follows is where a year can stand (`after`, anchored at its start).
   */
  spelledYear?: {
    before: RegExp;
    after: RegExp;
    /** A gap, besides a space or a comma, between a date and the year in words completing it ("4 octobre à dix-neuf soixante-douze"). */
    gap?: RegExp;
  };
  /**
   * Cues of the tense, searched in the mention's sentence; the nearest cue gives the direction.
   * `scanFuture`: future cues are found by one plain scan, like past ones, where their trigger words
   * are found in most sentences anyway (French "-ra", "-rai").
   */
  tense: { past: RegExp; future: RegExp; scanFuture?: boolean };
  numericOrder(text: string): 'dmy' | 'mdy';
}

interface Found {
  start: number;
  end: number;
  atom: Atom;
  rule: string;
  latent: boolean;
  needsDate?: boolean;
}

const MAX_GAP = 24;
const LOOKBEHIND = 40;

export function extractDates(grammar: DateGrammar, ctx: ExtractContext): Mention[] {
  const env: RuleEnv = { text: ctx.text, ref: ctx.referenceDate, order: grammar.numericOrder(ctx.text) };
  const kept = pickLongest([...scan(grammar, env), ...spelled(grammar, ctx.text)]);
  const found = combine(
    grammar,
    ctx.text,
    grammar.timeSuffix ? withTimeSuffix(kept, ctx.text, grammar.timeSuffix) : kept,
  );
  const out: Mention[] = [];
  const cues: CueCache = new Map();
  for (const f of found) {
    if (f.needsDate || (f.atom.kind === 'day-part' && !f.atom.date)) continue;
    const dir = readsDirection(f.atom) ? directionAt(grammar, ctx, f.start, f.end, cues) : undefined;
    let value: DateValue | null = resolveAtom(f.atom, ctx.referenceDate, dir);
    if (!value) {
      // A relative date with no reference (or too partial a one) keeps its text and no value;
      // one that fails against a full reference ("30 février", a reversed range) is no date.
      if (!isRelative(f.atom) || fullEnough(ctx.referenceDate, f.atom)) continue;
      value = null;
    }
    out.push({
      type: 'date',
      start: f.start,
      end: f.end,
      value,
      rule: `date.${grammar.lang}.${f.rule}`,
      ...(f.latent ? { latent: true } : {}),
    });
  }
  return out;
}

/** The reference holds every part the atom could need, so a failed resolution means an impossible date. */
function fullEnough(ref: ReferenceDate | null, atom: Atom): boolean {
  if (ref?.day === undefined) return false;
  const needsTime =
    atom.kind === 'now' ||
    ((atom.kind === 'shift' || atom.kind === 'span') && (atom.unit === 'hour' || atom.unit === 'minute'));
  return !needsTime || ref.hour !== undefined;
}

function scan(grammar: DateGrammar, env: RuleEnv): Found[] {
  const found: Found[] = [];
  for (const rule of grammar.rules) {
    // Most rules find nothing in a given text, and the others only near their words: a scan for
    // the words a rule requires costs far less than the rule's own scan of every position.
    rule.pattern.lastIndex = 0;
    for (const m of matchAllNear(rule.pattern, env.text)) {
      const atom = rule.build(m, env);
      if (!atom) continue;
      const core = m.indices?.groups?.core;
      const [start, end] = core ?? [m.index, m.index + m[0].length];
      if (end <= start) continue;
      const needsDate = typeof rule.needsDate === 'function' ? rule.needsDate(m) : rule.needsDate;
      found.push({ start, end, atom, rule: rule.name, latent: rule.latent ?? false, needsDate });
    }
  }
  return found;
}

function spelled(grammar: DateGrammar, text: string): Found[] {
  if (!grammar.spelledYear) return [];
  return spelledYears(text, grammar.lang).map((y) => ({
    start: y.start,
    end: y.end,
    atom: { kind: 'calendar', year: y.year },
    rule: SPELLED,
    latent: true,
  }));
}
const SPELLED = 'spelled-year';
// The gap between a week and its day: a space, a comma, a dash, "on" / "le".
const WEEK_THEN_DAY = /^[\s\u00A0]{0,2}[,-]?[\s\u00A0]{1,3}(?:(?:on|le)[\s\u00A0]{1,3})?$/iu;
const SPELLED_GAP = /^[\s\u00A0]{0,2},?[\s\u00A0]{1,3}$/u;

/** Clock times take the time zone written after them into their span, up to the next mention. */
function withTimeSuffix(items: Found[], text: string, suffix: RegExp): Found[] {
  return items.map((f, i) => {
    if (f.atom.kind !== 'time' && f.atom.kind !== 'time-range' && f.atom.kind !== 'day-part') return f;
    const m = suffix.exec(text.slice(f.end, f.end + LOOKBEHIND));
    const end = m ? f.end + m[0].length : f.end;
    const next = items[i + 1];
    return m && (!next || next.start >= end) ? { ...f, end } : f;
  });
}

/** One reading per span: the longest wins, then the strong over the latent, then the earlier rule. */
function pickLongest(found: Found[]): Found[] {
  const ranked = found
    .map((f, i) => ({ f, i }))
    .sort(
      (a, b) => b.f.end - b.f.start - (a.f.end - a.f.start) || Number(a.f.latent) - Number(b.f.latent) || a.i - b.i,
    );
  // One flag per character, so the work is the sum of the candidates' lengths.
  const end = found.reduce((a, f) => Math.max(a, f.end), 0);
  const taken = new Uint8Array(end);
  const kept: Found[] = [];
  for (const { f } of ranked) {
    let free = true;
    for (let i = f.start; i < f.end && free; i++) if (taken[i]) free = false;
    if (!free) continue;
    taken.fill(1, f.start, f.end);
    kept.push(f);
  }
  return kept.sort((a, b) => a.start - b.start);
}

// A part of the day read as today's only for want of a day ("after lunch") still takes a day told beside it.
const isTimeLike = (a: Atom) =>
  (a.kind === 'time' || a.kind === 'day-part' || a.kind === 'time-range') &&
  (!a.date || ((a.kind === 'day-part' || a.kind === 'time') && a.today === true));
const isDayLike = (a: Atom) =>
  (a.kind === 'calendar' && a.day !== undefined) ||
  a.kind === 'relative-day' ||
  a.kind === 'weekday' ||
  a.kind === 'holiday';
const isBareWeekday = (a: Atom) => a.kind === 'weekday' && a.offset === undefined && !a.dir;
const isDateLike = (a: Atom) => !['time', 'day-part', 'time-range', 'range', 'part'].includes(a.kind);

const DAY_THEN_OPEN_TIME = /^,?[\s\u00A0]{1,3}$/u;

function gapIs(text: string, from: number, to: number, re: RegExp): boolean {
  if (to < from || to - from > MAX_GAP) return false;
  return re.test(text.slice(from, to));
}

/** The words `re` (anchored at its end) reads just before `at`, and where they start. */
function matchBefore(text: string, at: number, re: RegExp): { m: RegExpExecArray; start: number } | null {
  const slice = text.slice(Math.max(0, at - LOOKBEHIND), at);
  const m = re.exec(slice);
  return m ? { m, start: at - (slice.length - m.index) } : null;
}

function before(text: string, at: number, re: RegExp): number {
  return matchBefore(text, at, re)?.start ?? -1;
}

/** Joins neighbours: time ranges, date + time, ranges, parts and open ranges. */
function combine(grammar: DateGrammar, text: string, list: Found[]): Found[] {
  let items = list;
  // 1. Time ranges: "de 14 h à 16 h", "10am-12pm"; a lone meridiem serves both bounds.
  items = pairwise(items, (a, b) => {
    if (a.atom.kind !== 'time' || b.atom.kind !== 'time' || a.atom.date || b.atom.date) return null;
    const r = rangeJoin(grammar, text, a, b);
    if (!r) return null;
    const from: TimeOfDay = { ...a.atom.time };
    if (!from.meridiem && b.atom.time.meridiem && from.hour < 12 && from.hour + 12 > b.atom.time.hour) {
      if (from.hour <= b.atom.time.hour || b.atom.time.meridiem === 'pm') from.meridiem = b.atom.time.meridiem;
    }
    return { ...r, atom: { kind: 'time-range', from, to: b.atom.time }, rule: 'time-range' };
  });
  // 1b. A year that completes the date before it: "June 28 in 2020", "from April to June in 2017".
  if (grammar.yearAfter) {
    const yearAfter = grammar.yearAfter;
    items = pairwise(items, (a, b) => {
      if (b.atom.kind !== 'calendar' || b.atom.year === undefined || b.atom.month !== undefined) return null;
      const sp = grammar.spelledYear;
      // Across the grammar's own gap ("4 octobre à dix-neuf soixante-douze") the year must also end
      // where a year can ("à deux mille mètres" is no year).
      const acrossGap =
        !!sp?.gap && gapIs(text, a.end, b.start, sp.gap) && sp.after.test(text.slice(b.end, b.end + LOOKBEHIND));
      if (
        !gapIs(text, a.end, b.start, yearAfter) &&
        !(b.rule === SPELLED && (gapIs(text, a.end, b.start, SPELLED_GAP) || acrossGap))
      )
        return null;
      const atom = withYear(a.atom, b.atom.year);
      return atom ? { ...a, end: b.end, atom, rule: `${a.rule}+year` } : null;
    });
  }
  // 1c. A year in words that completed nothing stands only where a year is introduced.
  const sp = grammar.spelledYear;
  items = items.filter(
    (f) =>
      f.rule !== SPELLED ||
      (!!sp && before(text, f.start, sp.before) >= 0 && sp.after.test(text.slice(f.end, f.end + LOOKBEHIND))),
  );
  // 1d. A weekday in a week named before it: "next week Monday", "la semaine prochaine, mardi";
  // not a week a part word takes ("en début de semaine, lundi matin": the part, then the day).
  items = pairwise(items, (a, b) =>
    a.atom.kind === 'cycle' &&
    a.atom.unit === 'week' &&
    Math.abs(a.atom.offset) <= 1 &&
    b.atom.kind === 'weekday' &&
    b.atom.offset === undefined &&
    gapIs(text, a.end, b.start, WEEK_THEN_DAY) &&
    !grammar.parts.some((p) => before(text, a.start, p.pattern) >= 0)
      ? {
          start: a.start,
          end: b.end,
          atom: { kind: 'weekday', weekday: b.atom.weekday, offset: a.atom.offset as -1 | 0 | 1 },
          rule: `${a.rule}+${b.rule}`,
          latent: false,
        }
      : null,
  );
  // 1e. A holiday's weekend: "Labor Day weekend", "the weekend of Halloween".
  const hw = grammar.holidayWeekend;
  if (hw)
    items = pairwise(items, (a, b) => {
      const holidayFirst = a.atom.kind === 'holiday' && b.atom.kind === 'weekend' && b.atom.bare;
      const weekendFirst = a.atom.kind === 'weekend' && a.atom.bare && b.atom.kind === 'holiday';
      if (
        !(holidayFirst && gapIs(text, a.end, b.start, hw.holidayFirst)) &&
        !(weekendFirst && gapIs(text, a.end, b.start, hw.weekendFirst))
      )
        return null;
      const of = holidayFirst ? a.atom : b.atom;
      return {
        start: a.start,
        end: b.end,
        atom: { kind: 'holiday-weekend', of },
        rule: `${a.rule}+${b.rule}`,
        latent: false,
      };
    });
  // "Halloween weekend 2021": the year read after the weekend is the holiday's.
  items = pairwise(items, (a, b) => {
    if (a.atom.kind !== 'holiday-weekend' || a.atom.of.kind !== 'holiday' || a.atom.of.year !== undefined) return null;
    if (b.atom.kind !== 'calendar' || b.atom.year === undefined || b.atom.month !== undefined) return null;
    if (!gapIs(text, a.end, b.start, SPELLED_GAP)) return null;
    const of: Atom = { ...a.atom.of, year: b.atom.year };
    return { ...a, end: b.end, atom: { kind: 'holiday-weekend', of }, rule: `${a.rule}+year` };
  });
  // 2a. A day with its part first ("tomorrow evening"), so that a time before it falls inside
  // ("five-thirty tomorrow evening").
  items = pairwise(items, (a, b) =>
    isDayLike(a.atom) &&
    b.atom.kind === 'day-part' &&
    (!b.atom.date || b.atom.today) &&
    gapIs(text, a.end, b.start, grammar.dateThenTime)
      ? {
          start: a.start,
          end: b.end,
          atom: { ...b.atom, date: a.atom, today: undefined },
          rule: `${a.rule}+${b.rule}`,
          latent: false,
        }
      : null,
  );
  // 2b. A clock time with a bare part of the day ("6h du soir") before any date takes the time,
  // so that "le 16 à 6h du soir" is 18:00 on the 16th.
  items = pairwise(items, (a, b) => {
    if (a.atom.kind !== 'time' || a.atom.date || b.atom.kind !== 'day-part' || (b.atom.date && !b.atom.today))
      return null;
    if (!gapIs(text, a.end, b.start, grammar.timeThenDate)) return null;
    const t = timeInPart(a.atom.time, b.atom);
    if (t.kind !== 'time') return null;
    return {
      start: a.start,
      end: b.end,
      // A part read as today's keeps today until a day told beside it replaces it.
      atom: b.atom.today
        ? { kind: 'time', time: t.time, date: b.atom.date, today: true }
        : { kind: 'time', time: t.time },
      rule: `${a.rule}+${b.rule}`,
      latent: false,
    };
  });
  // 2. A date with its time, either order.
  items = pairwise(items, (a, b) => {
    if (isDayLike(a.atom) && isTimeLike(b.atom) && gapIs(text, a.end, b.start, grammar.dateThenTime))
      return {
        start: a.start,
        end: b.end,
        atom: { ...b.atom, date: a.atom, today: undefined } as Atom,
        rule: `${a.rule}+${b.rule}`,
        latent: false,
      };
    if (
      a.atom.kind === 'time' &&
      !a.atom.date &&
      b.atom.kind === 'day-part' &&
      gapIs(text, a.end, b.start, grammar.timeThenDate)
    ) {
      // "8 tonight", "7 heures ce soir": the hour falls in the part of the day.
      return {
        start: a.start,
        end: b.end,
        atom: timeInPart(a.atom.time, b.atom),
        rule: `${a.rule}+${b.rule}`,
        latent: false,
      };
    }
    // "between 7 and 9 last night", "this evening from 7 to 9": both hours fall in the part of the day.
    const range =
      a.atom.kind === 'time-range' && !a.atom.date
        ? a.atom
        : b.atom.kind === 'time-range' && !b.atom.date
          ? b.atom
          : null;
    const part =
      a.atom.kind === 'day-part' && a.atom.date ? a.atom : b.atom.kind === 'day-part' && b.atom.date ? b.atom : null;
    if (range && part && gapIs(text, a.end, b.start, range === a.atom ? grammar.timeThenDate : grammar.dateThenTime)) {
      const from = timeInPart(range.from, part);
      const to = timeInPart(range.to, { ...part, to: part.to + 1 });
      if (from.kind === 'time' && to.kind === 'time') {
        return {
          start: a.start,
          end: b.end,
          atom: { kind: 'time-range', from: from.time, to: to.time, date: from.date },
          rule: `${a.rule}+${b.rule}`,
          latent: false,
        };
      }
    }
    if (
      a.atom.kind === 'day-part' &&
      a.atom.date &&
      b.atom.kind === 'time' &&
      !b.atom.date &&
      gapIs(text, a.end, b.start, grammar.dateThenTime)
    ) {
      // "last night at 8", "ce soir à 9 h": the hour falls in the part of the day.
      return {
        start: a.start,
        end: b.end,
        atom: timeInPart(b.atom.time, a.atom),
        rule: `${a.rule}+${b.rule}`,
        latent: false,
      };
    }
    if (isTimeLike(a.atom) && isDayLike(b.atom) && gapIs(text, a.end, b.start, grammar.timeThenDate))
      return {
        start: a.start,
        end: b.end,
        atom: { ...a.atom, date: b.atom, today: undefined } as Atom,
        rule: `${a.rule}+${b.rule}`,
        latent: false,
      };
    return null;
  });
  // 3. A stretch of time from a day: "for three days starting Monday" runs Monday to Wednesday.
  const stretch = grammar.durationFrom;
  if (stretch)
    items = items.map((f) => {
      if (!isDayLike(f.atom)) return f;
      const hit = matchBefore(text, f.start, stretch.pattern);
      const read = hit && stretch.read(hit.m);
      if (!hit || !read || read.amount < 1) return f;
      const after: Atom = { kind: 'offset', of: f.atom, unit: read.unit, amount: read.amount };
      const to: Atom = { kind: 'offset', of: after, unit: 'day', amount: -1 };
      const start = hit.start;
      return { ...f, start, atom: { kind: 'range', from: f.atom, to }, rule: `stretch-${f.rule}`, latent: false };
    });
  // 3a. Shifts from an anchor ("three weeks from tomorrow") and the week of a day.
  items = items.map((f) => {
    if (!isDayLike(f.atom)) return f;
    const shift = grammar.anchorShift;
    if (shift) {
      const hit = matchBefore(text, f.start, shift.pattern);
      const read = hit && shift.read(hit.m);
      if (hit && read) {
        const atom: Atom = { kind: 'offset', of: f.atom, ...read };
        return { ...f, start: hit.start, atom, rule: `offset-${f.rule}`, latent: false };
      }
    }
    if (grammar.weekOf) {
      const at = before(text, f.start, grammar.weekOf);
      if (at >= 0)
        return { ...f, start: at, atom: { kind: 'week-of', of: f.atom }, rule: `week-of-${f.rule}`, latent: false };
    }
    return f;
  });
  // 3a'. A weekday next to a moved day, either order: "Monday two weeks from now", "in 3 days on Friday".
  const near = grammar.weekdayNear;
  if (near)
    items = pairwise(items, (a, b) => {
      const wd = isBareWeekday(a.atom) ? a.atom : isBareWeekday(b.atom) ? b.atom : null;
      const moved = wd === a.atom ? b.atom : a.atom;
      if (wd?.kind !== 'weekday' || !gapIs(text, a.end, b.start, near)) return null;
      // A shift of years or days is read from today's date here, so that it has a day to hold.
      let of: Atom | null = moved.kind === 'offset' ? moved : null;
      if (moved.kind === 'shift' && ['day', 'week', 'month', 'year'].includes(moved.unit))
        of = { kind: 'offset', of: { kind: 'relative-day', offset: 0 }, unit: moved.unit, amount: moved.amount };
      if (!of) return null;
      return {
        start: a.start,
        end: b.end,
        atom: { kind: 'weekday-near', weekday: wd.weekday, of },
        rule: `${a.rule}+${b.rule}`,
        latent: false,
      };
    });
  // 3b. The nth week of a month or a year.
  items = items.map((f) => {
    const nth = grammar.nthWeek;
    if (
      !nth ||
      !['calendar', 'cycle'].includes(f.atom.kind) ||
      (f.atom.kind === 'calendar' && f.atom.day !== undefined)
    )
      return f;
    const hit = matchBefore(text, f.start, nth.pattern);
    const n = hit && nth.read(hit.m);
    if (!hit || !n) return f;
    return {
      ...f,
      start: hit.start,
      atom: { kind: 'nth-week', n, of: f.atom },
      rule: `nth-week-${f.rule}`,
      latent: false,
    };
  });
  // 3c. Parts: "fin mai", "mid-2025", "end of this year".
  items = items.map((f) => {
    if (!isDateLike(f.atom)) return f;
    for (const p of grammar.parts) {
      const at = before(text, f.start, p.pattern);
      if (at >= 0)
        return {
          ...f,
          start: at,
          atom: { kind: 'part', part: p.part, of: f.atom, ...(grammar.partsAsRanges ? { asRange: true } : {}) },
          rule: `part-${f.rule}`,
          latent: false,
        };
    }
    return f;
  });
  // 4. Ranges between two dates: "du 8 au 10 mai", "entre 2025 et 2030", "from May to July".
  // Dated clock times bound one too: "from 9am Monday to 5pm Friday"; a bare clock time only
  // against now or a dated time ("between now and 8pm", "between 2:00 tomorrow and 4:00").
  const bound = (x: Atom) => isDateLike(x) || x.kind === 'part' || (x.kind === 'time' && !!x.date);
  const bareTime = (x: Atom) => x.kind === 'time' && !x.date;
  items = pairwise(items, (a, b) => {
    let [x, y] = [a.atom, b.atom];
    if (bareTime(y) && (x.kind === 'now' || (x.kind === 'time' && x.date)))
      y = x.kind === 'time' ? ({ ...y, date: x.date } as Atom) : y;
    else if (!(bareTime(x) && y.kind === 'now')) {
      if (!bound(x) || !bound(y)) return null;
      if ((x.kind === 'time') !== (y.kind === 'time')) return null;
    }
    const r = rangeJoin(grammar, text, a, b);
    if (!r) return null;
    if (x.kind !== 'calendar' || y.kind !== 'calendar')
      return { ...r, atom: { kind: 'range', from: x, to: y }, rule: 'range' };
    // "from April the 9th till the 17th": a bare day ending the range is in the month it starts.
    const to =
      y.day !== undefined && y.month === undefined && x.month !== undefined
        ? { ...y, month: x.month, year: y.year ?? x.year }
        : y;
    return { ...r, atom: { kind: 'range', from: borrowParts(x, y), to }, rule: 'range' };
  });
  // 5. Open ranges: "avant 2020", "depuis mai", "since 2019".
  items = items.map((f) => {
    if (f.atom.kind === 'range' || f.atom.kind === 'time-range') return f;
    for (const o of grammar.openers) {
      const at = before(text, f.start, o.pattern);
      if (at < 0) continue;
      const atom: Atom =
        o.mod === 'before' || o.mod === 'until'
          ? { kind: 'range', to: f.atom, mod: o.mod }
          : { kind: 'range', from: f.atom, mod: o.mod };
      return { ...f, start: at, atom, rule: `${o.mod}-${f.rule}`, latent: false };
    }
    return f;
  });
  // 5b. A day before an open range on a bare clock time dates it: "jeudi après 9h30", "Friday
  // until 6pm", "le 20 à partir de 10h".
  items = pairwise(items, (a, b) => {
    if (!isDayLike(a.atom) || b.atom.kind !== 'range' || !b.atom.mod) return null;
    const bound = b.atom.from ?? b.atom.to;
    if (bound?.kind !== 'time' || bound.date || (b.atom.from && b.atom.to)) return null;
    if (!gapIs(text, a.end, b.start, DAY_THEN_OPEN_TIME)) return null;
    const dated: Atom = { ...bound, date: a.atom };
    const atom: Atom = b.atom.from ? { ...b.atom, from: dated } : { ...b.atom, to: dated };
    return { start: a.start, end: b.end, atom, rule: `${a.rule}+${b.rule}`, latent: false };
  });
  // 6. Weekdays listed together share the week one of them names: "next Monday or Tuesday",
  // "Monday or Tuesday next week". A bare one takes the nearest named week, the left one first.
  if (grammar.listGap) items = shareListedWeeks(items, text, grammar.listGap);
  return items;
}

/** The weekday an atom holds, itself or the day of its time ("Tuesday 9 am"). */
function listedWeekday(a: Atom): Extract<Atom, { kind: 'weekday' }> | null {
  if (a.kind === 'weekday') return a;
  if ((a.kind === 'time' || a.kind === 'day-part' || a.kind === 'time-range') && a.date?.kind === 'weekday')
    return a.date;
  return null;
}

function shareListedWeeks(items: Found[], text: string, gap: RegExp): Found[] {
  const out = [...items];
  const withOffset = (f: Found, offset: -1 | 0 | 1): Found => {
    const day: Atom = { ...(listedWeekday(f.atom) as Atom), offset } as Atom;
    return { ...f, atom: f.atom.kind === 'weekday' ? day : ({ ...f.atom, date: day } as Atom) };
  };
  for (let i = 0; i < out.length; ) {
    let j = i;
    while (
      j + 1 < out.length &&
      listedWeekday((out[j] as Found).atom) &&
      listedWeekday((out[j + 1] as Found).atom) &&
      gapIs(text, (out[j] as Found).end, (out[j + 1] as Found).start, gap)
    )
      j++;
    if (j > i) {
      // The nearest named week on each side, found in one pass each way (lists can be long).
      const named = out.slice(i, j + 1).map((f) => listedWeekday(f.atom)?.offset);
      const left: (-1 | 0 | 1 | undefined)[] = [];
      const right: (-1 | 0 | 1 | undefined)[] = [];
      for (let k = 0, last: -1 | 0 | 1 | undefined; k < named.length; k++) {
        left[k] = last;
        last = named[k] ?? last;
      }
      for (let k = named.length - 1, last: -1 | 0 | 1 | undefined; k >= 0; k--) {
        right[k] = last;
        last = named[k] ?? last;
      }
      for (let k = i; k <= j; k++) {
        const d = listedWeekday((out[k] as Found).atom);
        if (!d || d.offset !== undefined || d.dir) continue;
        const offset = left[k - i] ?? right[k - i];
        if (offset !== undefined) out[k] = withOffset(out[k] as Found, offset);
      }
    }
    i = j + 1;
  }
  return out;
}

/** A clock time read with a part of the day: "8" with "tonight" is 20:00, "9" with "ce matin" 09:00. */
function timeInPart(t: TimeOfDay, part: Extract<Atom, { kind: 'day-part' }>): Atom {
  const h24 = t.meridiem === 'pm' && t.hour < 12 ? t.hour + 12 : t.meridiem === 'am' && t.hour === 12 ? 0 : t.hour;
  const candidates = t.meridiem ? [h24] : [h24 % 12, (h24 % 12) + 12, h24];
  // Outside the part ("7 last night"), the afternoon reading of an evening or night part, the
  // morning one of a morning part (an hour with no am / pm may come as an afternoon guess: "at 7"
  // is 19:00 alone, 07:00 "this morning"); the small hours of a night ("3 h dans la nuit", "at 2
  // last night") stay as they are.
  const smallHours = part.from >= 20 && (t.meridiem ? h24 : h24 % 12) < 6;
  const nearest = part.to <= 12 ? h24 % 12 : part.from >= 12 && h24 < 12 ? h24 + 12 : h24;
  const hour =
    candidates.find((h) => h >= part.from && h < part.to) ?? (t.meridiem ? h24 : smallHours ? h24 % 12 : nearest);
  let date: Atom = part.date ?? { kind: 'relative-day', offset: 0 };
  // The small hours of last night fall on the reference day ("at 2 last night" is this
  // morning's 02:00).
  if (smallHours && hour < 6 && date.kind === 'relative-day' && date.offset < 0 && !part.today)
    date = { ...date, offset: date.offset + 1 };
  return { kind: 'time', time: { ...t, hour, meridiem: undefined }, date };
}

/** The atom with the year it lacks, or null when it has one or cannot take one. */
function withYear(atom: Atom, year: number): Atom | null {
  if (atom.kind === 'calendar') {
    return atom.year === undefined && atom.month !== undefined && atom.yearOffset === undefined
      ? { ...atom, year }
      : null;
  }
  if (atom.kind === 'range' && atom.from && atom.to && !atom.mod) {
    const to = withYear(atom.to, year);
    if (!to) return null;
    return { ...atom, from: withYear(atom.from, year) ?? atom.from, to };
  }
  return null;
}

/** "du 8 au 10 mai": the first bound takes the month and year the second one reads. */
function borrowParts(a: Extract<Atom, { kind: 'calendar' }>, b: Extract<Atom, { kind: 'calendar' }>): Atom {
  const out = { ...a };
  if (out.day !== undefined && out.month === undefined && b.month !== undefined) out.month = b.month;
  if (out.year === undefined && out.month !== undefined && b.year !== undefined && (b.month === undefined) === false)
    out.year = b.year;
  if (out.year === undefined && out.month === undefined && out.day === undefined) return a;
  return out;
}

function rangeJoin(grammar: DateGrammar, text: string, a: Found, b: Found): Omit<Found, 'atom' | 'rule'> | null {
  for (const r of grammar.ranges) {
    if (!gapIs(text, a.end, b.start, r.join)) continue;
    if (!r.open) return { start: a.start, end: b.end, latent: false };
    const at = before(text, a.start, r.open);
    if (at >= 0) return { start: at, end: b.end, latent: false };
  }
  return null;
}

function pairwise(items: Found[], join: (a: Found, b: Found) => Found | null): Found[] {
  const out: Found[] = [];
  for (const item of items) {
    const prev = out[out.length - 1];
    const joined = prev ? join(prev, item) : null;
    if (joined) out[out.length - 1] = joined;
    else out.push(item);
  }
  return out;
}

/**
 * The direction of an underspecified date ("mardi", "en mai"): the tense cue nearest to it in its
 * sentence. News reads mostly in the past, but a bare weekday in the present ("le sommet s'ouvre
 * mardi") announces what comes, so no cue at all means the future; resolve.ts keeps a month with
 * no cue in the reference year.
 */
/** Tense cues found in a window of the text, keyed by the window: mentions of one short sentence share it. */
type CueCache = Map<string, { at: number; dir: Direction }[]>;

function directionAt(
  grammar: DateGrammar,
  ctx: ExtractContext,
  start: number,
  end: number,
  cache: CueCache,
): Direction | undefined {
  const s = sentenceAt(ctx, start) ?? { start: 0, end: ctx.text.length };
  const from = Math.max(s.start, start - 200);
  const to = Math.min(s.end, end + 200);
  const key = `${from}:${to}`;
  let cues = cache.get(key);
  if (!cues) {
    // Past cues first, then future ones, each in text order: the first nearest cue wins a tie.
    cues = [];
    const window = ctx.text.slice(from, to);
    // Past cues hold forms found in almost every sentence (French "a", English "-ed"): a plain
    // scan costs less than looking for them first. Future cues are words: walking them pays, unless
    // the grammar says they too are in most sentences (`scanFuture`).
    for (const m of execAll(grammar.tense.past, window)) cues.push({ at: from + m.index, dir: 'past' });
    const future = grammar.tense.scanFuture
      ? execAll(grammar.tense.future, window)
      : matchAllNear(grammar.tense.future, window);
    for (const m of future) cues.push({ at: from + m.index, dir: 'future' });
    cache.set(key, cues);
  }
  let best: { d: number; dir: Direction } | undefined;
  for (const { at, dir } of cues) {
    if (at >= start && at < end) continue;
    const d = at < start ? start - at : at - end;
    if (!best || d < best.d) best = { d, dir };
  }
  return best?.dir;
}

function sentenceAt(ctx: ExtractContext, at: number) {
  let lo = 0;
  let hi = ctx.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = ctx.sentences[mid];
    if (!s) break;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

// ---------- helpers for the language files ----------

/** An alternation of words, longest first, with regex metacharacters escaped. */
export function anyOf(words: Iterable<string>): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
}

// (At module level: the TypeScript loader makes a \p{…} literal inside a function a new RegExp per call.)
const COMBINING_MARK = /\p{M}/gu;

/** Looks a word up in a table, case- and accent-insensitively after the table's own keys. */
export function lookup<T>(table: Record<string, T>, word: string | undefined): T | undefined {
  if (word === undefined) return undefined;
  const k = word.toLowerCase().replace(/[’]/g, "'").replace(/\.$/, '');
  return table[k] ?? table[k.normalize('NFD').replace(COMBINING_MARK, '')];
}

/** Word boundaries that know letters and digits beyond ASCII. */
export const B = '(?<![\\p{L}\\p{N}])';
export const E = '(?![\\p{L}\\p{N}])';
/** One to three spaces of any kind (bounded, so patterns stay linear). */
export const S = '[\\s\\u00A0\\u202F]{1,3}';
export const S0 = '[\\s\\u00A0\\u202F]{0,3}';

/** A fixed phrase as a pattern: any run of spaces, an optional apostrophe, an optional point. */
export function phrase(p: string): string {
  return escapeRegExp(p).replace(/\\\./g, '\\.?').replace(/'/g, "['’]?").replace(/ /g, S).replace(/-/g, '[- ]');
}

/** The key of a phrase read in the text, for table lookups (lower case, plain apostrophes and spaces). */
export const phraseKey = (s: string) =>
  s
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/\./g, '')
    .replace(/[\s\u00A0\u202F-]+/g, ' ')
    .trim();
