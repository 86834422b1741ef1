// English dates and times: words and English-only rules; engine.ts and resolve.ts are shared with
// French (see fr.ts for why this is written by hand rather than on chrono-node).
//
// Numeric dates: US text writes the month first (5/8/2024 is May 8), British text the day first
// (5 August). The document decides: month first unless it writes a numeric date whose
// first number is above 12 ("23/12/2019"), or it writes its spelled dates day first ("8 May 2024")
// more often than month first ("May 8, 2024") — the British habit; a date whose month-first reading
// is impossible is read day first either way.
import {
  calendar,
  cycleFromTold,
  isoRule,
  numericDate,
  numericMonthNameRule,
  numericRangeRule,
  type ToldDates,
  timeOf,
  unitsOfPeriod,
  weekdayNumericRule,
  yearRangeRule,
} from './build.js';
import type { DateGrammar, DateRule, RuleEnv } from './engine.js';
import { anyOf, B, E, lookup, phrase, phraseKey, S, S0 } from './engine.js';
import type { Holiday } from './holidays.js';
import { type Atom, expandYear, type TimeOfDay, type Unit } from './resolve.js';

const MONTHS: Record<string, number> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};
// "May" is a full name: its point after it ends a sentence ("in May.") rather than abbreviating it.
const FULL = Object.keys(MONTHS).filter((k) => (k.length > 3 && k !== 'sept') || k === 'may');
const ABBR = Object.keys(MONTHS).filter((k) => !FULL.includes(k));
// Abbreviations read with or without their point next to a number; "may" and "march" need context.
const MONTH = `(?:${anyOf(FULL)}|(?:${anyOf(ABBR)})\\.?)`;

const WEEKDAYS: Record<string, number> = {
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
  sunday: 7,
  mon: 1,
  tue: 2,
  tues: 2,
  wed: 3,
  thu: 4,
  thur: 4,
  thurs: 4,
  fri: 5,
  sat: 6,
  sun: 7,
};
const FULL_WEEKDAY = anyOf(Object.keys(WEEKDAYS).filter((k) => k.endsWith('day')));
const WEEKDAY = `(?:${FULL_WEEKDAY}|(?:${anyOf(Object.keys(WEEKDAYS).filter((k) => !k.endsWith('day')))})\\.?)`;

const WORDS = { weekday: WEEKDAY, weekdays: WEEKDAYS, monthAny: anyOf(Object.keys(MONTHS)), months: MONTHS, lookup };

const ONES = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = [
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const NUMBERS: Record<string, number> = { a: 1, an: 1, couple: 2, 'a couple of': 2, few: 3 };
ONES.forEach((w, i) => {
  NUMBERS[w] = i + 1;
});
TEENS.forEach((w, i) => {
  NUMBERS[w] = i + 10;
});
for (const [tens, v] of [
  ['twenty', 20],
  ['thirty', 30],
  ['forty', 40],
  ['fifty', 50],
] as const) {
  NUMBERS[tens] = v;
  ONES.forEach((w, i) => {
    NUMBERS[`${tens}-${w}`] = v + i + 1;
    NUMBERS[`${tens} ${w}`] = v + i + 1;
  });
}
const ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  thirtieth: 30,
};
for (const [w, v] of Object.entries(ORDINALS).filter(([, v]) => v < 10)) {
  ORDINALS[`twenty-${w}`] = 20 + v;
  ORDINALS[`twenty ${w}`] = 20 + v;
}
ORDINALS['thirty-first'] = 31;
ORDINALS['thirty first'] = 31;
const NUMBER_WORD = anyOf(Object.keys(NUMBERS).filter((k) => !['a', 'an', 'few', 'couple', 'a couple of'].includes(k)));
const COUNT = `(?:\\d{1,3}|${NUMBER_WORD}|a${S}couple${S}of|a${S}couple|a|an|a${S}few|few|couple${S}of|couple)`;
const num = (s: string | undefined): number | undefined => {
  if (s === undefined) return undefined;
  if (/^\d+$/.test(s)) return Number(s);
  return lookup(NUMBERS, s.replace(/[\s\u00A0]+/g, ' '));
};
/** The number a COUNT reads: "a couple of" and "a few" are read as "couple" and "few". */
const countOf = (s: string | undefined): number | undefined =>
  num((s ?? '').replace(/^a\s+(couple|few)\s*(of)?$/i, '$1'));

const UNITS: Record<string, Unit> = {
  year: 'year',
  years: 'year',
  yr: 'year',
  yrs: 'year',
  quarter: 'quarter',
  quarters: 'quarter',
  qtr: 'quarter',
  qtrs: 'quarter',
  month: 'month',
  months: 'month',
  week: 'week',
  weeks: 'week',
  fortnight: 'week',
  decade: 'year',
  decades: 'year',
  day: 'day',
  days: 'day',
  hour: 'hour',
  hours: 'hour',
  minute: 'minute',
  minutes: 'minute',
  mins: 'minute',
  min: 'minute',
  hr: 'hour',
  hrs: 'hour',
};
const UNIT = anyOf(Object.keys(UNITS));
/** One amount of one unit ("two years"), each part of a compound shift. */
const COUNT_UNIT = new RegExp(`(${COUNT})${S}(${UNIT})${E}`, 'giu');
/** How many units a word counts: a fortnight is two weeks, a decade ten years. */
const factorOf = (word: string | undefined) =>
  /fortnight/i.test(word ?? '') ? 2 : /decade/i.test(word ?? '') ? 10 : 1;

const HOUR_WORD = anyOf(ONES.concat(['ten', 'eleven', 'twelve']));
const MINUTE_WORD = anyOf(
  Object.entries(NUMBERS)
    .filter(([k, v]) => v >= 1 && v <= 59 && /^[a-z]/.test(k) && !/^(a|an|few|couple|a couple of)$/.test(k))
    .map(([k]) => k),
).replace(/ /g, S);
// A day in cardinal words ("twenty five") and the words a spelled year starts with.
const CARD_DAY = anyOf(
  Object.entries(NUMBERS)
    .filter(([k, v]) => v >= 1 && v <= 31 && /^[a-z]/.test(k) && !/^(a|an|few|couple|a couple of)$/.test(k))
    .map(([k]) => k),
).replace(/ /g, S);
const CENTURY_WORD = 'eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|two';
const DAY = `(?:\\d{1,2}(?:st|nd|rd|th)?|${anyOf(Object.keys(ORDINALS))})`;
const YEAR = '(?:1[0-9]{3}|2[0-9]{3})';
const re = (src: string) => new RegExp(src, 'gdiu');
const dayOf = (s: string | undefined) => {
  if (s === undefined) return undefined;
  const d = /^\d/.test(s) ? Number.parseInt(s, 10) : lookup(ORDINALS, s.replace(/[\s\u00A0]+/g, ' '));
  return d !== undefined && d >= 1 && d <= 31 ? d : undefined;
};
// "the third last week of 2018", "the fifth last day of May": counted back from the end.
const NTH_FROM_END =
  '(?:second|2nd|third|3rd|fourth|4th|fifth|5th|sixth|6th|seventh|7th|eighth|8th|ninth|9th|tenth|10th)';
/** 1 for "last", 3 for "third last". */
const fromEnd = (w: string) => dayOf(w.replace(/[\s\u00A0]+(?:last|final)$/i, '')) ?? 1;
/** "may" and "march" are verbs too: as months they want a capital or a number beside them. */
const monthOf = (s: string | undefined) => lookup(MONTHS, s?.replace(/\.$/, ''));

/** An hour read in words or with o'clock: 1 to 7 without am / pm are afternoon hours. */
function wordTime(h: number | undefined, mi: number, meridiem: string | undefined): Atom | null {
  if (h === undefined || h < 1 || h > 12) return null;
  // The afternoon guess is an hour, not a meridiem read, so that a part of the day beside it can
  // overrule it ("seven this morning").
  const t = meridiem ? timeOf(h, mi, undefined, meridiem) : timeOf(h <= 7 ? h + 12 : h, mi);
  return t ? { kind: 'time', time: t } : null;
}

const HOLIDAYS: Record<string, Holiday> = {
  "new year's day": 'new-year',
  'new year day': 'new-year',
  "new year's": 'new-year',
  'new year': 'new-year',
  "new year's eve": 'new-year-eve',
  'new years eve': 'new-year-eve',
  'new years day': 'new-year',
  christmas: 'christmas',
  'christmas day': 'christmas',
  xmas: 'christmas',
  'christmas eve': 'christmas-eve',
  'boxing day': 'boxing-day',
  "valentine's day": 'valentine',
  'valentine day': 'valentine',
  'valentines day': 'valentine',
  "saint patrick's day": 'saint-patrick',
  'saint patrick': 'saint-patrick',
  "st. patrick's day": 'saint-patrick',
  "st patrick's day": 'saint-patrick',
  "st. paddy's day": 'saint-patrick',
  "st paddy's day": 'saint-patrick',
  "martin luther king's day": 'mlk-day',
  'martin luther kings day': 'mlk-day',
  'mlk jr. day': 'mlk-day',
  halloween: 'halloween',
  'independence day': 'us-independence',
  "all saints' day": 'all-saints',
  'armistice day': 'armistice',
  'veterans day': 'armistice',
  "international workers' day": 'workers-day',
  "workers' day": 'workers-day',
  'may day': 'workers-day',
  'earth day': 'earth-day',
  easter: 'easter',
  'easter sunday': 'easter',
  'easter monday': 'easter-monday',
  'good friday': 'good-friday',
  'ascension day': 'ascension',
  pentecost: 'pentecost',
  'whit monday': 'whit-monday',
  'shrove tuesday': 'shrove-tuesday',
  'mardi gras': 'shrove-tuesday',
  thanksgiving: 'thanksgiving',
  'thanksgiving day': 'thanksgiving',
  'black friday': 'black-friday',
  'labor day': 'us-labor-day',
  'memorial day': 'memorial-day',
  "mother's day": 'us-mothers-day',
  "father's day": 'us-fathers-day',
  'martin luther king day': 'mlk-day',
  'martin luther king jr. day': 'mlk-day',
  'mlk day': 'mlk-day',
  "presidents' day": 'presidents-day',
  "president's day": 'presidents-day',
  'columbus day': 'columbus-day',
  "indigenous peoples' day": 'columbus-day',
  'cyber monday': 'cyber-monday',
  juneteenth: 'juneteenth',
  'eid-al-fitr': 'eid-al-fitr',
  'eid-ul-fitr': 'eid-al-fitr',
  'eid-el-fitr': 'eid-al-fitr',
  'eid-al-adha': 'eid-al-adha',
  'eid-ul-adha': 'eid-al-adha',
  'eid-el-adha': 'eid-al-adha',
  'eid-al-kabir': 'eid-al-adha',
  'islamic new year': 'islamic-new-year',
  mawlid: 'mawlid',
  ramadan: 'ramadan',
  ramadhan: 'ramadan',
  'lunar new year': 'lunar-new-year',
  'chinese new year': 'lunar-new-year',
  'chinese lunar new year': 'lunar-new-year',
  'pancake day': 'shrove-tuesday',
  'orthodox easter': 'orthodox-easter',
  'orthodox easter sunday': 'orthodox-easter',
  'rosh hashanah': 'rosh-hashanah',
  'rosh hashana': 'rosh-hashanah',
  'yom kippur': 'yom-kippur',
  hanukkah: 'hanukkah',
  hanukah: 'hanukkah',
  chanukah: 'hanukkah',
  passover: 'passover',
  purim: 'purim',
};
const FEASTS: Record<string, Holiday> = {
  'palm sunday': 'palm-sunday',
  'ash wednesday': 'ash-wednesday',
  'maundy thursday': 'maundy-thursday',
  'holy thursday': 'maundy-thursday',
  'holy saturday': 'holy-saturday',
  'trinity sunday': 'trinity-sunday',
};
// Words before "Ramadan" that do not make it a surname ("Tariq Ramadan").
const BEFORE_RAMADAN =
  /(?:^|[^\p{L}])(?:\p{Ll}\p{L}*|During|In|Since|Before|After|Until|Throughout|For|This|Last|Next|Holy|Of|The|Since|Ahead|Each|Every)[\s\u00A0]{1,3}$/u;
const HOLIDAY_KEYS = Object.fromEntries(Object.entries(HOLIDAYS).map(([k, v]) => [phraseKey(k), v]));
const HOLIDAY = Object.keys(HOLIDAYS)
  .sort((a, b) => b.length - a.length)
  .map(phrase)
  .join('|');

const PAST_WORDS = 'last|past|previous|preceding';
const NEXT_WORDS = 'next|coming|following|upcoming';
const THIS_WORDS = 'this|current';
const IS_PAST_WORD = new RegExp(`^(?:${PAST_WORDS})$`, 'i');
const IS_NEXT_WORD = new RegExp(`^(?:${NEXT_WORDS})$`, 'i');
const IS_THIS_WORD = new RegExp(`^(?:${THIS_WORDS})$`, 'i');
const offsetOf = (w: string | undefined): -1 | 0 | 1 | undefined => {
  if (!w) return undefined;
  if (IS_PAST_WORD.test(w)) return -1;
  if (IS_NEXT_WORD.test(w)) return 1;
  if (IS_THIS_WORD.test(w)) return 0;
  return undefined;
};

/** The hours [from, to) of the parts of a day. */
// Verbs that put a number at a level ("closed at 1030", "stood at 1150"): it is no clock time.
const LEVEL_VERB =
  /(?:closed|close|closing|ended|ending|finished|opened|stood|stands|trading|traded|trades|settled|fixed|priced|valued|capped|peaked|set|index|rate|level)[\s\u00A0]{1,3}(?:\p{L}+[\s\u00A0]{1,3}){0,2}at[\s\u00A0]{1,3}$/iu;

// A clock time in digits, its minutes and am / pm optional: 9, 9:30, 9.30am, 9 p.m.
const CLOCK = `(\\d{1,2})(?:[:.](\\d{2}))?(?:${S0}([ap]\\.m\\.?|[ap]m))?`;

// Words before "two to three" that make it a score.
const SCORE_BEFORE =
  /(?:^|[^\p{L}])(?:won|win|wins|lost|lose|loses|beat|beats|beaten|drew|draw|led|leads|trailed|trails|defeated|score[ds]?|by)[\s\u00A0]{1,3}$/iu;

// Words before "the 90s" that make it degrees.
const HEAT_BEFORE =
  /(?:temperatures?|degrees|highs?|lows?|heat|mercury|thermometer|fahrenheit|celsius|upper|lower)(?![\p{L}])[^.!?;]{0,50}$/iu;

// A date or am / pm after a clock time: "in 12:30 December 27th" is a time, "in 4:02" a race time.
const DAY_AFTER_TIME = new RegExp(
  `^${S0}(?:[ap]\\.?m|on|today|tonight|tomorrow|${anyOf(Object.keys(MONTHS))}|${anyOf(Object.keys(WEEKDAYS))})(?![\\p{L}])`,
  'iu',
);

const DAY_PARTS: Record<string, [number, number]> = {
  morning: [8, 12],
  afternoon: [12, 16],
  evening: [16, 20],
  night: [20, 24],
};

/** A fortnight as two Monday-based weeks: this one starts on this week's Monday, the next one two weeks later. */
function fortnight(offset: number): Atom {
  const monday: Atom = { kind: 'weekday', weekday: 1, offset: 0 };
  const sunday: Atom = { kind: 'weekday', weekday: 7, offset: 1 };
  if (offset === 0) return { kind: 'range', from: monday, to: sunday };
  const move = (of: Atom): Atom => ({ kind: 'offset', of, unit: 'week', amount: 2 * offset });
  return { kind: 'range', from: move(monday), to: move(sunday) };
}

/** n business days (Monday to Friday) after or before the reference day, as a range of days. */
function businessDays(n: number, past: boolean, env: RuleEnv): Atom | null {
  const ref = env.ref;
  // Without a full reference day the value stays null, as for any relative date.
  if (ref?.month === undefined || ref.day === undefined)
    return { kind: 'span', unit: 'day', n, direction: past ? 'past' : 'future' };
  if (n < 1 || n > 366) return null;
  const days: Date[] = [];
  for (let t = Date.UTC(ref.year, ref.month - 1, ref.day), k = 0; days.length < n && k < 3 * n + 7; k++) {
    t += (past ? -1 : 1) * 86400000;
    const d = new Date(t);
    if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6) days.push(d);
  }
  const [first, last] = past ? [days[days.length - 1], days[0]] : [days[0], days[days.length - 1]];
  if (!first || !last) return null;
  const at = (d: Date) => calendar(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  const from = at(first);
  const to = at(last);
  return from && to ? { kind: 'range', from, to } : null;
}

// Words after which a four-digit number is a year whatever follows ("in 2018")…
const YEAR_BEFORE =
  'in|since|before|after|until|till|through|during|early|late|mid|year|fiscal|fy|circa|spring|summer|autumn|fall|winter';
// Words that number things other than years ("flight 2024", "Windows 2000", "page 1999").
const NOT_YEAR_BEFORE =
  '(?:numbers?|nos?\\.?|flights?|route|rooms?|pages?|chapter|model|version|windows|article|section|item|code|bus|platform|gate|channel|highway|interstate|sensor)';
// …and weaker ones after which it must also stand where a year can ("from 2025 to 2030", not "and 2018 annexes").
const YEAR_BEFORE_WEAK = 'by|from|to|of|between|and|the|end|start|beginning|around|for';
const YEAR_AFTER =
  '[.,;:!?)"\'’\\]]|$|[\\s\\u00A0]{1,3}(?:and|or|to|in|at|on|for|by|as|the|a|when|with|was|were|is|will|had|has|have|saw|marked|after|before|through|thru|until|till|-|–|\\u0096)(?![\\p{L}])';

// Cues of the tense. "-ed" but not "need", "speed", "hundred", and the irregular pasts news
// tells its stories with ("the quake struck on Tuesday", "he left on Monday"; not "the left"). A participle after "be" / "is" is
// passive, not past ("the sale will be made").
const PAST_TENSE =
  /(?<![\p{L}'’])(?:was|were|had|did|ago|last|yesterday|previous|earlier|(?<!(?<![\p{L}])(?:be|been|being|is|are|am)\s{1,3})(?:said|told|took|came|went|made|won|lost|fell|rose|began|met|held|saw|became|gave|found|brought|bought|sold|paid|sent|built|struck|ran|spoke|wrote|chose|grew|flew|fled|shot|led|kept|stood|broke|sank|shook|stole|fought|caught|sought|spent|overtook|withdrew|knew|thought|felt|heard|got|threw|drew|drove|woke|hid|lit|swore|taught|dealt|meant|understood|arose|slid|sped|stuck|hung|swept|spun|bled|wept|slept|ate|drank|sang|rang|swam|forgot|forgave|froze|rode|laid|(?<!(?<![\p{L}])(?:the|far|centre|center)\s{1,3})left(?![-\p{L}])|(?!hundred)\p{L}{2,20}(?<!e)ed))(?![\p{L}])/giu;
const FUTURE_TENSE =
  /(?:(?<=\p{L})['’]ll|(?<![\p{L}])(?:will|shall|would(?!\s{1,3}have)|going to|gonna|next|tomorrow|upcoming|coming|plans? to|scheduled|expected to|would like|want to|let['’]s|let us|can you|please|be back|(?<=(?:(?<![\p{L}])(?:is|are|am|be)|['’]re)\s{1,3})\p{L}{1,20}ing))(?![\p{L}])/giu;
const PAST_CUE = new RegExp(PAST_TENSE.source, 'iu');
const FUTURE_CUE = new RegExp(FUTURE_TENSE.source, 'iu');

/** The sentence around a position, without the words at [at, end). */
/** The day a weekday or yesterday / today / tomorrow / this morning names (lower case). */
function namedDay(word: string): Atom {
  const weekday = lookup(WEEKDAYS, word);
  if (weekday !== undefined) return { kind: 'weekday', weekday };
  return { kind: 'relative-day', offset: word === 'yesterday' ? -1 : word === 'tomorrow' ? 1 : 0 };
}

function sentenceAround(text: string, at: number, end: number): string {
  const before = text.slice(Math.max(0, at - 200), at);
  const after = text.slice(end, end + 200);
  const from = Math.max(
    before.lastIndexOf('.'),
    before.lastIndexOf('!'),
    before.lastIndexOf('?'),
    before.lastIndexOf('\n'),
  );
  const stop = after.search(/[.!?\n]/);
  return `${before.slice(from + 1)} ${stop < 0 ? after : after.slice(0, stop)}`;
}

// A day told in the text just before ("on March 16", "Tuesday"): "the next day" then follows it.
const NARRATED_DAY = new RegExp(
  `${B}(?:(?:${MONTH})${S0}\\d{1,2}|\\d{1,2}(?:st|nd|rd|th)?${S}(?:of${S})?(?:${MONTH})|${FULL_WEEKDAY}|yesterday|today|tomorrow|tonight|the${S}(?:previous|next|following)${S}day)${E}`,
  'iu',
);

// A year told in the text ("founded in 1998"): "ten years later" then counts from it.
const NARRATED_YEAR = /(?<![\p{L}\p{N}.,])(?:1[5-9]|20)\d{2}(?![\p{L}\p{N}]|[.,]\d)/u;

/**
 * "two days later" counts from the reference only when nothing it could follow was told: not
 * after a day or a year told in the 300 characters before ("arrested on May 3. Two days later"),
 * not in a sentence told in the past ("two days later, he was released"), and not before "than"
 * ("three weeks later than planned"), as French "deux jours plus tard" is read.
 */
// (At module level: the TypeScript loader makes a \p{…} literal inside a function a new RegExp per call.)
const THAN_AFTER = /^[\s\u00A0]{1,3}than(?![\p{L}])/iu;
function laterFromReference(m: RegExpExecArray): boolean {
  const end = m.index + m[0].length;
  if (THAN_AFTER.test(m.input.slice(end, end + 8))) return false;
  const before = m.input.slice(Math.max(0, m.index - 300), m.index);
  if (NARRATED_DAY.test(before) || NARRATED_YEAR.test(before)) return false;
  return !PAST_CUE.test(sentenceAround(m.input, m.index, end));
}

// The last year, or capitalized month (with its year), named before a mention.
const LAST_YEAR = /(?<![\p{L}\p{N}.,])(?:1[5-9]|20)\d{2}(?![\p{L}\p{N}]|[.,]\d)/gu;
const LAST_MONTH = new RegExp(
  `${B}(${anyOf(FULL.map((k) => k[0]?.toUpperCase() + k.slice(1)))})(?:${S}(${YEAR}))?${E}`,
  'gu',
);
const TOLD: ToldDates = {
  year: LAST_YEAR,
  month: LAST_MONTH,
  // A bare "May" is too often the verb or a name: only with its year.
  monthOf: (mo) => {
    const month = monthOf(mo[1]);
    if (month === undefined || (month === 5 && mo[2] === undefined)) return undefined;
    return { month, year: mo[2] === undefined ? undefined : Number(mo[2]) };
  },
};

/**
 * "the following year", "the previous month": counted from the last year (or month) named in the
 * 300 characters before ("joined in 2015 and left the following year" is 2016). With nothing told,
 * from the reference, unless a day was told (its week is not ours to give) or the sentence is told
 * the other way ("the following week, he was freed").
 */
function anaphoricCycle(m: RegExpExecArray, unit: Unit, offset: number): Atom | null {
  const before = m.input.slice(Math.max(0, m.index - 300), m.index);
  const told = cycleFromTold(before, unit, offset, TOLD);
  if (told !== undefined) return told;
  if (NARRATED_DAY.test(before) || NARRATED_YEAR.test(before)) return null;
  const sentence = sentenceAround(m.input, m.index, m.index + m[0].length);
  if ((offset > 0 ? PAST_CUE : FUTURE_CUE).test(sentence)) return null;
  return { kind: 'cycle', unit, offset };
}

// A range connector and a month name after a month: "May to March", "March-June".
// A capitalized word after a bare month makes it a first name, unless it is a month or weekday.
const NAME_AFTER = new RegExp(
  `^[\\s\\u00A0]{1,3}(?!(?:${anyOf(Object.keys(MONTHS))}|${anyOf(Object.keys(WEEKDAYS))})${E})\\p{Lu}\\p{Ll}`,
  'u',
);
const RANGE_TO_MONTH = new RegExp(`^${S0}(?:to|through|thru|till|until|-|–|\\u0096)${S0}(?:${anyOf(FULL)})${E}`, 'iu');
const RANGE_FROM_MONTH = new RegExp(`${B}(?:${anyOf(FULL)})[\\s\\u00A0]?[-–\\u0096][\\s\\u00A0]?$`, 'iu');

// "three months to", "the year ended", "the half-year to": a period counted back from a month.
const MONTHS_TO = ['months', 'year', 'quarter', 'half-year', 'half year']
  .flatMap((period) => ['to', 'ended', 'ending', 'through'].map((join) => `${period} ${join}`))
  .join('|');

// A forecast's words ("now expects profit for the year to June", "sees sales in the six months to
// September"), and the verbs that only report it ("…, it said"): no past of their own.
const LOOKS_AHEAD =
  /(?<![\p{L}])(?:expects|expecting|forecasts|predicts|anticipates|sees|guidance|outlook)(?![\p{L}])/iu;
const REPORTING_PAST = /^(?:said|told|added|stated|noted)$/i;

/**
 * A period a forecast is about runs now or ahead: the sentence looks ahead and its only past cues
 * report it ("said it now expects profit for the year to June 30"; not "sales rose in the six
 * months to September, and it expects…").
 */
function looksAhead(m: RegExpExecArray): boolean {
  const sentence = sentenceAround(m.input, m.index, m.index + m[0].length);
  if (!LOOKS_AHEAD.test(sentence)) return false;
  for (const cue of sentence.matchAll(PAST_TENSE)) if (!REPORTING_PAST.test(cue[0])) return false;
  return true;
}

// "within two years of / after …": counted from an event, not from now.
const WITHIN_OF = /^[\s\u00A0]{1,3}(?:of|after|before|since|from)(?![\p{L}])/iu;
// Words that put a reported sentence ahead ("said the deal should close within a year").
const MODAL_AHEAD =
  /(?<![\p{L}])(?:should|could|must|can|may|might|aims?|hopes?|expects?|intends?|pledged|promised|vowed|vows?|pledges?|promises?)(?![\p{L}])/iu;

/**
 * "within two years of taking office" counts from an event; "sales doubled within a year" told in
 * the past, from one the story dates elsewhere: only a time still ahead runs from now.
 */
function withinFromNow(m: RegExpExecArray): boolean {
  const end = m.index + m[0].length;
  if (WITHIN_OF.test(m.input.slice(end, end + 10))) return false;
  const sentence = sentenceAround(m.input, m.index, end);
  return !PAST_CUE.test(sentence) || FUTURE_CUE.test(sentence) || MODAL_AHEAD.test(sentence);
}

// A word after a bare number that makes it a count ("Tuesday, 12 people"), not a day of the month
// ("Tuesday 12 at 3pm", "Friday 26 and Saturday 27", "Monday 21 May").
const COUNTED_AFTER = new RegExp(
  `^[\\s\\u00A0]{1,3}(?!(?:at|and|or|to|from|until|through|till|in|between|is|are|was|were|will|has|had|${anyOf(Object.keys(MONTHS))})${E})\\p{L}`,
  'iu',
);

const rules: DateRule[] = [
  isoRule(),
  {
    name: 'numeric',
    pattern: re(`(?<![\\p{L}\\p{N}.,/-])(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4}|\\d{2})(?![\\p{L}]|[.,/-]?\\d)`),
    build: (m, env) => numericDate(Number(m[1]), Number(m[3]), expandYear(Number(m[4]), env.ref), env.order),
  },
  numericMonthNameRule(WORDS),
  weekdayNumericRule(WORDS, expandYear),
  numericRangeRule(expandYear),
  {
    // Friday 7-6: a dash between two numbers after a weekday is a date (not hours: "Monday 11-4")
    // only when it is that weekday within a week of the reference, where a weekday points anyway.
    name: 'weekday-dash-date',
    pattern: re(
      `${B}(${WEEKDAY})${S0},?${S0}(\\d{1,2})-(\\d{1,2})(?![\\p{L}\\p{N}]|[.,/:-]\\d|${S0}(?:[ap]\\.?m${E}|o['’]?clock|h${E}|hours?${E}|%))`,
    ),
    build: (m, env) => {
      const word = m[1] ?? '';
      const weekday = lookup(WEEKDAYS, word);
      const ref = env.ref;
      if (weekday === undefined || ref?.day === undefined || ref.month === undefined) return null;
      // The weekday rule's words (its trigger is shared), but the full names only.
      if (!/day$/i.test(word)) return null;
      const date = numericDate(Number(m[2]), Number(m[3]), undefined, env.order);
      if (date?.kind !== 'calendar' || date.month === undefined || date.day === undefined) return null;
      const { month, day } = date;
      const today = Date.UTC(ref.year, ref.month - 1, ref.day);
      const fits = [ref.year, ref.year - 1, ref.year + 1].some((y) => {
        const d = new Date(Date.UTC(y, month - 1, day));
        return (
          d.getUTCMonth() === month - 1 &&
          ((d.getUTCDay() + 6) % 7) + 1 === weekday &&
          Math.abs(d.getTime() - today) <= 7 * 86400000
        );
      });
      return fits ? { ...date, weekday } : null;
    },
  },
  {
    // Dec/2018-May/2019, 12/2015 - 03/2016: two months with their years.
    name: 'numeric-month-year-range',
    pattern: re(
      `(?<![\\p{L}\\p{N}.,/-])(\\d{1,2}|${anyOf(Object.keys(MONTHS))})[/-](${YEAR})${S0}[-–\\u0096]${S0}(\\d{1,2}|${anyOf(Object.keys(MONTHS))})[/-](${YEAR})(?![\\p{L}\\p{N}]|[.,/-]\\d)`,
    ),
    build: (m) => {
      const month = (w: string | undefined) => (/^\d/.test(w ?? '') ? Number(w) : monthOf(w));
      const from = calendar(Number(m[2]), month(m[1]));
      const to = calendar(Number(m[4]), month(m[3]));
      return from && to ? { kind: 'range', from, to } : null;
    },
  },
  {
    // Dec/2018, 12-2015: a month and a year.
    name: 'numeric-month-year',
    pattern: re(
      `(?<![\\p{L}\\p{N}.,/-])(\\d{1,2}|${anyOf(Object.keys(MONTHS))})[/-](${YEAR})(?![\\p{L}\\p{N}]|[.,/-]\\d)`,
    ),
    build: (m) => calendar(Number(m[2]), /^\d/.test(m[1] ?? '') ? Number(m[1]) : monthOf(m[1])),
  },
  {
    name: 'numeric-day-month',
    // "3/4" is a fraction as often as a date: only after a word that introduces a date, or alone.
    pattern: re(
      `(?:(?<=${B}(?:on|for|by|from|to|until|till|since|before|after|of|and|between|this|next|last|due)${S})|(?<=[.!?:][\\s\\u00A0]{1,3})|(?<![^\\n]))(\\d{1,2})/(\\d{1,2})(?![\\p{L}]|[.,/-]?\\d)`,
    ),
    build: (m, env) => {
      const date = numericDate(Number(m[1]), Number(m[2]), undefined, env.order);
      // "next 5/12", "last 3/4": the next or last such day.
      const word = /(next|last)[\s\u00A0]{1,3}$/i.exec(m.input.slice(Math.max(0, m.index - 6), m.index))?.[1];
      return date?.kind === 'calendar' && word ? { ...date, dir: /next/i.test(word) ? 'future' : 'past' } : date;
    },
    latent: true,
  },
  {
    name: 'numeric-year-month',
    pattern: re(`${B}(\\d{4})[-/](\\d{1,2})(?![\\p{L}]|[.,/-]?\\d)`),
    build: (m) => calendar(Number(m[1]), Number(m[2])),
  },
  {
    // Tuesday, May 8, 2024; May 8th; Jan. 15 2019; May 8 (a weekday may lead or follow)
    name: 'month-day-year',
    pattern: re(
      `${B}(?:(${WEEKDAY})${S0},?${S0})?(${MONTH})(?:${S0},(?=${S0}\\d{1,2}(?:st|nd|rd|th)))?${S0}[\\s/-]?(?:the${S})?(${DAY})(?:(?:${S0},${S0}|${S}|${S}of${S}|-)(${YEAR}))?(?:${S0},${S0}((?:${FULL_WEEKDAY})(?![\\p{L}'’])|${WEEKDAY}(?=${S0}(?:$|[;!?)\\n]))))?${E}(?!${S0}(?:%|[.,:]\\d|(?:a\\.?m|p\\.?m)${E}))`,
    ),
    build: (m) => {
      const month = monthOf(m[2]);
      if (/^may$/i.test(m[2] ?? '') && !/^M/.test(m[2] ?? '') && !m[4]) return null;
      const day = dayOf(m[3]);
      if (day === undefined) return null;
      // "In March 2 people were killed", "Since June 40 shops closed": after a word that
      // introduces a month, a bare number before a word counts.
      const end = m.index + m[0].length;
      if (
        !m[4] &&
        /^\d+$/.test(m[3] ?? '') &&
        /(?:^|[^\p{L}])(?:in|since|during|through|throughout|until|till)[\s\u00A0]{1,3}$/iu.test(
          m.input.slice(Math.max(0, m.index - 12), m.index),
        ) &&
        COUNTED_AFTER.test(m.input.slice(end, end + 16))
      )
        return null;
      // "Jul 18, Fri": a weekday after the date restates it, as one before does.
      const weekday = m[1] ?? m[5]?.replace(/\.$/, '');
      return calendar(m[4] ? Number(m[4]) : undefined, month, day, lookup(WEEKDAYS, weekday));
    },
  },
  {
    // May twenty nine, January twenty five nineteen eighty six: a day in words (not an ordinal)
    // after a capitalized month, only where it ends the clause or a year follows.
    name: 'month-cardinal-day',
    pattern: re(`${B}(${MONTH})${S}(${CARD_DAY})${E}(?=${S0}(?:[.,;!?]|$)|${S}(?:${YEAR}|${CENTURY_WORD})${E})`),
    build: (m) => {
      const word = m[1] ?? '';
      if (word[0] === word[0]?.toLowerCase() || word.endsWith('.')) return null;
      return calendar(undefined, monthOf(word), num(m[2]));
    },
  },
  {
    // twenty five January, fifteen August: a day in words before a capitalized full month name.
    name: 'cardinal-day-month',
    pattern: re(`${B}(${CARD_DAY})${S}(?:of${S})?(${anyOf(FULL)})${E}`),
    build: (m) => {
      const word = m[2] ?? '';
      if (word[0] === word[0]?.toLowerCase() || /^(may|march)$/i.test(word)) return null;
      return calendar(undefined, monthOf(word), num(m[1]));
    },
  },
  {
    // May 8-10, November 19 to 21, 2024
    name: 'month-day-range',
    pattern: re(
      `${B}(?:(from|between)${S})?(${MONTH})${S0}(${DAY})${S0}(-|–|\\u0096|to|through|thru|until|and)${S0}(?:the${S})?(${DAY})(?:${S0},?${S0}(${YEAR}))?${E}(?!${S0}(?:%|[.,:]\\d|(?:a\\.?m|p\\.?m)${E}))`,
    ),
    build: (m) => {
      if (((m[4] ?? '').toLowerCase() === 'and') !== ((m[1] ?? '').toLowerCase() === 'between')) return null;
      const month = monthOf(m[2]);
      const year = m[6] === undefined ? undefined : Number(m[6]);
      const from = calendar(year, month, dayOf(m[3]));
      const to = calendar(year, month, dayOf(m[5]));
      return from && to ? { kind: 'range', from, to } : null;
    },
  },
  {
    // 8-10 May, between the 3rd and the 12th of September 2024
    name: 'day-range',
    pattern: re(
      `${B}(?:(from|between)${S}(?:the${S})?)?(${DAY})${S0}(-|–|\\u0096|to|through|thru|until|till|and)${S0}(?:the${S})?(${DAY})${S}(?:of${S})?(${MONTH})(?:${S0},?${S0}(${YEAR}))?${E}`,
    ),
    build: (m) => {
      if (((m[3] ?? '').toLowerCase() === 'and') !== ((m[1] ?? '').toLowerCase() === 'between')) return null;
      const month = monthOf(m[5]);
      const year = m[6] === undefined ? undefined : Number(m[6]);
      const from = calendar(year, month, dayOf(m[2]));
      const to = calendar(year, month, dayOf(m[4]));
      return from && to ? { kind: 'range', from, to } : null;
    },
  },
  {
    // 8 May 2024, the 8th of May, Friday the 26th of July, 4th of July of 1995
    name: 'day-month-year',
    pattern: re(
      `${B}(?:(${WEEKDAY})${S0},?${S0}(?:the${S})?)?(${DAY})(?:${S}|(?<=\\d))(?:of${S})?(${MONTH})(?:(?:${S0},${S0}|${S}|${S}of${S})(${YEAR})|${S}of${S}(\\d{2}))?${E}`,
    ),
    build: (m, env) => {
      const year = m[4] ? Number(m[4]) : m[5] ? expandYear(Number(m[5]), env.ref) : undefined;
      return calendar(year, monthOf(m[3]), dayOf(m[2]), lookup(WEEKDAYS, m[1]));
    },
  },
  {
    // May 2024, April of 1987, Dec, 2018
    name: 'month-year',
    pattern: re(`${B}(${MONTH})(?:(?:${S0},${S0}|${S}|${S}of${S}|-)(${YEAR}|['’]\\d{2})|${S}of${S}(\\d{2}))${E}`),
    build: (m, env) => calendar(expandYear(Number((m[2] ?? m[3] ?? '').replace(/['’]/, '')), env.ref), monthOf(m[1])),
  },
  {
    // A bare month: a capital (English writes months so) and, for May and March, a word before it.
    name: 'month',
    pattern: re(
      `(?:(?<=${B}(in|since|from|to|until|till|through|by|during|early|late|mid|of|and|between|before|after)(?:${S}|-))|${B})(?<core>(?:(this|next|last|coming|past|previous)${S})?(?<month>${MONTH}))${E}(?!\\.\\p{L})`,
    ),
    build: (m) => {
      // "next March", "last May": the qualifier belongs to the span.
      const word = m.groups?.month ?? '';
      const month = monthOf(word);
      if (month === undefined || word.endsWith('.') || word.length < 3) return null;
      const pre = (m[3] ?? m[1] ?? '').toLowerCase();
      const lower = word === word.toLowerCase();
      const preposition = /^(?:in|since|from|until|till|through|during|early|late|mid|of|before|after|by)$/.test(pre);
      // "May to March": a capitalized May / March opening a range of months is one.
      const end = m.index + m[0].length;
      const opensRange = !lower && RANGE_TO_MONTH.test(m.input.slice(end, end + 16));
      // "January-March": a capitalized May / March closing a range of months is one too.
      const closesRange = !lower && RANGE_FROM_MONTH.test(m.input.slice(Math.max(0, m.index - 14), m.index));
      if ((month === 5 || month === 3) && (!pre || (lower && !preposition)) && !opensRange && !closesRange) return null;
      if (lower && !pre) return null;
      if (ABBR.includes(word.toLowerCase()) && !pre) return null;
      // "April Jones", "June Carter": a month name before a capitalized word is a first name.
      if (!pre && /^\p{Lu}\p{Ll}+$/u.test(word) && NAME_AFTER.test(m.input.slice(end, end + 24))) return null;
      const o = offsetOf(pre);
      if (o === 0) return { kind: 'calendar', month, yearOffset: 0 };
      if (o !== undefined) return { kind: 'calendar', month, dir: o < 0 ? 'past' : 'future' };
      return calendar(undefined, month);
    },
  },
  {
    // January 1 next year, 1 January next year, March 5 last year, in June this year: the day (or
    // month) in the year named after it, one date.
    name: 'month-this-year',
    pattern: re(
      `${B}(?:(${WEEKDAY})${S0},?${S0}(?:the${S})?)?(?:(${MONTH})(?:${S0}(?:the${S})?(${DAY}))?|(${DAY})${S}(?:of${S})?(${MONTH}))(?:${S0},)?${S}(?:of${S})?(this year|next year|last year)${E}`,
    ),
    build: (m) => {
      const word = m[2] ?? m[5] ?? '';
      const month = monthOf(word);
      const dayWord = m[3] ?? m[4];
      const weekday = lookup(WEEKDAYS, m[1]?.replace(/\.$/, ''));
      const day = dayOf(dayWord);
      if (month === undefined || (dayWord !== undefined && day === undefined) || word.length < 3) return null;
      // A month alone needs a capital and a word that introduces it ("in May last year", not
      // "Theresa May last year"), as the bare month rule asks.
      if (dayWord === undefined) {
        if (m[1] !== undefined) return null;
        const before = m.input.slice(Math.max(0, m.index - 12), m.index);
        if (
          word[0] === word[0]?.toLowerCase() ||
          !/(?:^|[^\p{L}])(?:in|since|from|until|till|through|during|by|of|before|after)[\s\u00A0]{1,3}$/iu.test(before)
        )
          return null;
      } else if (/^may$/i.test(word) && !/^M/.test(word)) return null;
      return { kind: 'calendar', month, day, weekday, yearOffset: offsetOf(m[6]?.slice(0, 4)) ?? 0 };
    },
  },
  {
    // Friday the 26th, Sat 14th, Monday 21
    name: 'weekday-day',
    pattern: re(
      `${B}(${WEEKDAY})${S0},?${S0}(?:the${S})?(${DAY})${E}(?!${S0}(?:%|:|[.,/-]\\d|(?:a\\.?m|p\\.?m)${E}|o['’]?clock|hours?|(?:days?|weeks?|months?|years?)${E}))`,
    ),
    build: (m) => {
      const day = dayOf(m[2]);
      if (day === undefined) return null;
      // "On Tuesday, 12 people died": a bare number before a word counts, it is no day.
      const end = m.index + m[0].length;
      if (/^\d+$/.test(m[2] ?? '') && COUNTED_AFTER.test(m.input.slice(end, end + 16))) return null;
      return calendar(undefined, undefined, day, lookup(WEEKDAYS, m[1]));
    },
  },
  {
    // on the 23rd, the 21st of this month
    name: 'day-of-month',
    pattern: re(
      `(?<=${B}(?:on|by|until|till|since|from|before|after|week${S}of)${S}(?:the${S})?)(?<core>(\\d{1,2}(?:st|nd|rd|th)|${anyOf(Object.keys(ORDINALS))}))(?=${S0}(?:[.,;:!?)]|$|(?:at|from|to|through|until|and|or|between)${E}))`,
    ),
    build: (m) => calendar(undefined, undefined, dayOf(m[1])),
    latent: true,
  },
  {
    // on the 17 from 2pm to 4pm: a bare number is a day of the month only before the hours of that day.
    name: 'bare-day-of-month',
    pattern: re(
      `(?<=${B}on${S}the${S})(?<core>\\d{1,2})(?=${S}(?:from|between)${S}\\d|${S}at${S}\\d{1,2}(?::\\d{2}|${S0}[ap]\\.?m)${E})`,
    ),
    build: (m) => calendar(undefined, undefined, Number(m.groups?.core)),
    latent: true,
  },
  {
    // the 21st of next month, the 3rd this month: a day of a month named from the reference.
    name: 'day-of-cycle-month',
    pattern: re(
      `${B}(?:the${S})?(?<core>(\\d{1,2}(?:st|nd|rd|th)|\\d{1,2}(?=${S}of${E})|${anyOf(Object.keys(ORDINALS)).replace(/ /g, S)})${S}(?:of${S})?(?:the${S})?(this|next|last|current|previous|coming)${S}month)${E}(?!['’]s)`,
    ),
    build: (m) => {
      const n = dayOf(m[2]);
      return n === undefined
        ? null
        : { kind: 'nth-day', n, of: { kind: 'cycle', unit: 'month', offset: offsetOf(m[3]) ?? 0 } };
    },
  },
  {
    // Tuesday, last Tuesday, this Friday, next Monday
    name: 'weekday',
    pattern: re(
      `${B}(?:(?:this${S})?(past|upcoming|coming)${S}|(${PAST_WORDS}|${NEXT_WORDS}|${THIS_WORDS})${S})?(${WEEKDAY})(?:(?:${S}(morning|afternoon|evening|night))?${S0},?${S}(?:of${S}|from${S})?(this|next|last)${S}week)?${E}(?!${S}(?:schools?|times|paper|league|best|service|roast|lunch${S}club|(?:night|morning)${S}(?:live|football|baseball|raw|fever|lights|edition))${E})`,
    ),
    build: (m) => {
      const word = m[3] ?? '';
      // "Wednesday of next week", "Wednesday (evening) next week": that day of the week named.
      if (m[5] && !m[1] && !m[2]) {
        const wd = lookup(WEEKDAYS, word);
        if (wd === undefined) return null;
        const date: Atom = { kind: 'weekday', weekday: wd, offset: offsetOf(m[5]) ?? 0 };
        const hours = DAY_PARTS[(m[4] ?? '').toLowerCase()];
        return hours ? { kind: 'day-part', from: hours[0], to: hours[1], date } : date;
      }
      // "this past Wednesday" is the latest one, "the upcoming Friday" the next one.
      if (m[1]) {
        const weekday = lookup(WEEKDAYS, word);
        return weekday === undefined
          ? null
          : { kind: 'weekday', weekday, dir: /past/i.test(m[1]) ? 'past' : 'future', strict: true };
      }
      const qualifier = m[2];
      const weekday = lookup(WEEKDAYS, word);
      if (weekday === undefined) return null;
      // "every Monday", "each Friday": a repeated day, no date.
      if (
        !qualifier &&
        /(?:^|[^\p{L}])(?:every|each)[\s\u00A0]{1,3}$/iu.test(m.input.slice(Math.max(0, m.index - 7), m.index))
      )
        return null;
      // Abbreviations ("Sun", "Sat", "Wed") need a point, a qualifier or a time after them, and a capital.
      const abbr = !/day$/i.test(word);
      const timeAfter = /^[\s\u00A0]{1,3}(?:at[\s\u00A0]|\d)/.test(
        m.input.slice(m.index + m[0].length, m.index + m[0].length + 5),
      );
      // Tue, Thu, Fri are no English words: they stand alone when capitalized ("thu" is also a
      // common misreading of "the" in scanned text).
      // After a date ("Jul 18, Fri") it restates that date's weekday.
      // Lower case too, but "thu" only with its point.
      const noWord =
        (/^(?:Tue|Tues|Thu|Thur|Thurs|Fri)\.?$/.test(word) || /^(?:tues?|thur|thurs|fri|thu\.)\.?$/.test(word)) &&
        !/\d[,\s\u00A0]{1,3}$/.test(m.input.slice(Math.max(0, m.index - 4), m.index));
      if (abbr && !noWord && !word.endsWith('.') && !qualifier && !timeAfter) return null;
      if (abbr && !noWord && word[0] === word[0]?.toLowerCase()) return null;
      return { kind: 'weekday', weekday, offset: offsetOf(qualifier) };
    },
  },
  {
    // Friday after next; 3 Fridays from now, two Sundays ago: the nth such weekday ahead or back.
    name: 'nth-weekday-from-now',
    pattern: re(
      `${B}(?:(${FULL_WEEKDAY})${S}after${S}next|(${COUNT})${S}(${FULL_WEEKDAY})s${S}(from${S}now|from${S}today|ago|back))${E}`,
    ),
    build: (m) => {
      const weekday = lookup(WEEKDAYS, m[1] ?? m[3]);
      const n = m[1] ? 2 : num(m[2]);
      if (weekday === undefined || n === undefined || n < 1) return null;
      const back = /ago|back/i.test(m[4] ?? '');
      const first: Atom = { kind: 'weekday', weekday, dir: back ? 'past' : 'future', strict: true };
      return n === 1 ? first : { kind: 'offset', of: first, unit: 'week', amount: (back ? -1 : 1) * (n - 1) };
    },
  },
  {
    // late Monday, late yesterday: the evening and night of that day (not its last minute, which
    // "end of day" names); early Monday its first half.
    name: 'late-day',
    pattern: re(
      `${B}(late|early)${S}(?:in${S}the${S}day${S})?(?:on${S})?(${FULL_WEEKDAY}|yesterday|today|tomorrow)${E}(?!${S}(?:morning|afternoon|evening|night)${E})`,
    ),
    build: (m) => {
      // "early Wednesday", "early in the day Wednesday": that day's first half (wire copy's small
      // hours and morning).
      const [from, to] = /^early$/i.test(m[1] ?? '') ? [0, 12] : [18, 24];
      return { kind: 'day-part', from, to, date: namedDay((m[2] ?? '').toLowerCase()) };
    },
  },
  {
    // "the next day", "the day after", "the day before": in a story they follow or precede a day
    // just told or an event (then they are left out, as "le lendemain" is); alone, they are the
    // day after or before the reference ("What is planned for the day after?").
    name: 'narrative-day',
    pattern: re(
      `${B}the${S}(?<core>(next|following)${S}day|(previous|preceding)${S}day|day${S}(after|before))${E}(?!${S0}['’]s|${S}of${E})`,
    ),
    build: (m) => {
      const after = !!(m[2] || /after/i.test(m[4] ?? ''));
      const end = m.index + m[0].length;
      // "the day after the election", "the day before he left": the day of another event.
      if (m[4] && !/^[\s\u00A0]{0,3}(?:[.,;:!?)]|$)/.test(m.input.slice(end, end + 4))) return null;
      if (NARRATED_DAY.test(m.input.slice(Math.max(0, m.index - 300), m.index))) return null;
      const sentence = sentenceAround(m.input, m.index, end);
      if ((after ? PAST_CUE : FUTURE_CUE).test(sentence)) return null;
      return { kind: 'relative-day', offset: after ? 1 : -1 };
    },
  },
  {
    // the rest of the week, the remainder of the year: from the reference day to the period's end.
    name: 'rest-of-period',
    pattern: re(`${B}(?:rest|remainder|remaining)${S}of${S}(?:the${S}|this${S})(week|month|year)${E}`),
    build: (m) => {
      const unit = lookup(UNITS, m[1]);
      if (!unit) return null;
      const last: Atom =
        unit === 'week'
          ? { kind: 'weekday', weekday: 7, offset: 0 }
          : { kind: 'nth-day', n: -1, of: { kind: 'cycle', unit, offset: 0 } };
      return { kind: 'range', from: { kind: 'relative-day', offset: 0 }, to: last };
    },
  },
  {
    // end of day, EOD, end of the business day: the last minute of today. "At the end of the day"
    // is an idiom ("in the end") and stays out.
    name: 'end-of-day',
    pattern: re(
      `${B}(?<what>end${S}of${S}(?:the${S})?(?:business${S}|working${S})?day|eod|EOD|COB|close${S}of${S}business)(?:${S0},?${S0}(?:on${S})?(${FULL_WEEKDAY}|today|tomorrow))?${E}`,
    ),
    build: (m) => {
      const what = m.groups?.what ?? '';
      const before = m.input.slice(Math.max(0, m.index - 8), m.index);
      if (/at[\s\u00A0]{1,3}the[\s\u00A0]{1,3}$/i.test(before) && /the/i.test(what) && !m[2]) return null;
      if (/^(eod|cob)$/.test(what) && !/(?:by|at|the|before|until)[\s\u00A0]{1,3}$/i.test(before)) return null;
      // "by close of business Friday", "end of day tomorrow": the end of that day.
      const word = (m[2] ?? '').toLowerCase();
      const weekday = lookup(WEEKDAYS, word);
      const day: Atom =
        weekday !== undefined
          ? { kind: 'weekday', weekday }
          : { kind: 'relative-day', offset: word === 'tomorrow' ? 1 : 0 };
      return { kind: 'part', part: 'end', of: day };
    },
  },
  {
    // end of month, EOY, EOQ: the end of the current period (end of day is a minute, above).
    name: 'end-of-cycle',
    pattern: re(
      `${B}(?:end${S}of${S}(?:the${S})?(year|quarter|month|week)|(EOY|EOQ|EOM|EOW)|(year|quarter|month)[-\\s\\u00A0]end)${E}`,
    ),
    build: (m) => {
      if (m[2] && m[2] !== m[2].toUpperCase()) return null;
      // "by year-end", "at quarter end": only after a word that makes it a time ("year-end
      // results" may be last year's).
      if (
        m[3] &&
        !/(?:by|at|before|until|till|around|near|towards?|from|since)[\s\u00A0]{1,3}$/i.test(
          m.input.slice(Math.max(0, m.index - 8), m.index),
        )
      )
        return null;
      const word = (
        m[1] ??
        m[3] ??
        { EOY: 'year', EOQ: 'quarter', EOM: 'month', EOW: 'week' }[m[2] ?? ''] ??
        ''
      ).toLowerCase();
      const unit = lookup(UNITS, word);
      return unit ? { kind: 'part', part: 'end', of: { kind: 'cycle', unit, offset: 0 }, asRange: true } : null;
    },
  },
  {
    // start of year, beginning of month (headline style, no article): the start of the current
    // period ("the start of the year" is read by the parts).
    name: 'start-of-cycle',
    pattern: re(`${B}(?:beginning|start)${S}of${S}(year|quarter|month|week)${E}`),
    build: (m) => {
      const unit = lookup(UNITS, m[1]);
      return unit ? { kind: 'part', part: 'start', of: { kind: 'cycle', unit, offset: 0 }, asRange: true } : null;
    },
  },
  {
    // year to date, YTD: from the first of January to the reference day.
    name: 'year-to-date',
    pattern: re(`${B}(?:year${S}to${S}date|year-to-date|YTD)${E}`),
    build: (m) =>
      /^ytd$/i.test(m[0]) && m[0] !== 'YTD'
        ? null
        : {
            kind: 'range',
            from: { kind: 'calendar', month: 1, day: 1, yearOffset: 0 },
            to: { kind: 'relative-day', offset: 0 },
          },
  },
  {
    // "from March to date": the reference day, only as the end of a range.
    name: 'to-date',
    pattern: re(`(?<=${B}to${S})(?<core>date)${E}(?!${S0}(?:of|for|set|when)${E})`),
    build: () => ({ kind: 'relative-day', offset: 0 }),
    needsDate: true,
  },
  {
    name: 'relative-day',
    pattern: re(
      `${B}(?:day${S}(before|after)${S}(yesterday|tomorrow)|(today|yesterday|tomorrow|tmrw|tmr|(?:late${S})?(?:tonight|tonite))(?:${S}(am|pm|a\\.m\\.|p\\.m\\.)(?![\\p{L}\\p{N}])(?=${S0}(?:[.,;:!?)]|$|(?:to|and|or|until|till|through)${E})))?)${E}`,
    ),
    build: (m) => {
      if (m[1]) return { kind: 'relative-day', offset: /after/i.test(m[1]) ? 2 : -2 };
      const w = (m[3] ?? '').toLowerCase();
      // "today pm", "tomorrow am": that day's afternoon or morning; lower case ("Today PM Modi said").
      const mer = m[4];
      if (mer !== undefined && !/^(?:tonight|tonite)$/.test(w)) {
        if (mer !== mer.toLowerCase()) return null;
        const [from, to] = (mer.startsWith('a') ? DAY_PARTS.morning : DAY_PARTS.afternoon) as [number, number];
        return { kind: 'day-part', from, to, date: namedDay(w.replace(/^tmrw?$/, 'tomorrow')) };
      }
      // "late tonight": the second half of the night.
      if (/(?:tonight|tonite)$/.test(w))
        return { kind: 'day-part', from: /^late/.test(w) ? 22 : 20, to: 24, date: { kind: 'relative-day', offset: 0 } };
      return { kind: 'relative-day', offset: w === 'today' ? 0 : w === 'yesterday' ? -1 : 1 };
    },
  },
  {
    name: 'now',
    // "now" as an adverb ("it is now known") names no moment: kept at the end of a clause, after
    // "right", "until", "from"…, or as a range bound.
    pattern: re(
      `(?:${B}right${S}now|(?<=${B}(?:until|till|from|since|as${S}of|by|and|between|up${S}to)${S})now|${B}now(?=${S0}(?:[.,;:!?)]|$|and${E}))|${B}(?:at${S}present|at${S}the${S}(?:moment|minute)|at${S}(?:the${S}present|this)${S}time(?!${S}(?:last|next|of|on|in|yesterday|tomorrow|tonight|every|each)${E})))${E}`,
    ),
    build: (m) => (m[0] === 'NOW' ? null : { kind: 'now' }),
    latent: true,
  },
  {
    // the next three days, the past five years, last 3 months, the 2 upcoming weeks
    name: 'span',
    pattern: re(
      `${B}(?:(${PAST_WORDS}|${NEXT_WORDS})${S}(${COUNT})${S}(${UNIT})|(${COUNT})${S}(${PAST_WORDS}|${NEXT_WORDS})${S}(${UNIT}))${E}`,
    ),
    build: (m, env) => {
      const word = m[1] ?? m[5];
      const n = num((m[2] ?? m[4] ?? '').replace(/^a\s+(couple|few)\s*(of)?$/i, '$1').replace(/\s+of$/i, ''));
      const unitWord = m[3] ?? m[6];
      const unit = lookup(UNITS, unitWord);
      if (n === undefined || !unit || /^(an?)$/i.test(m[2] ?? m[4] ?? '')) return null;
      // "3 next week" is a count before "next week", not three weeks; "1 next year" ("Version 1
      // next year", "January 1 next year") no span: with the count first, the unit is plural.
      if ((n > 1 || m[4] !== undefined) && !/s$/i.test(unitWord ?? '')) return null;
      const dir = offsetOf(word);
      // "the following two years", "the previous three days" in a story count from what it told.
      if (/^(?:following|previous|preceding)$/i.test(word ?? '')) {
        const before = m.input.slice(Math.max(0, m.index - 300), m.index);
        const years = [...before.matchAll(LAST_YEAR)];
        const told = years[years.length - 1];
        if (told && unit === 'year' && factorOf(unitWord) === 1) {
          const y = Number(told[0]);
          const [a, b] = dir === -1 ? [y - n, y - 1] : [y + 1, y + n];
          return { kind: 'range', from: { kind: 'calendar', year: a }, to: { kind: 'calendar', year: b } };
        }
        if (told || NARRATED_DAY.test(before)) return null;
        if ((dir === -1 ? FUTURE_CUE : PAST_CUE).test(sentenceAround(m.input, m.index, m.index + m[0].length)))
          return null;
      }
      // "the next two decades" are calendar decades, as "the next decade" is.
      if (/^decades$/i.test(unitWord ?? '') && dir === 1 && env.ref) {
        const first = Math.floor(env.ref.year / 10) * 10 + 10;
        return {
          kind: 'range',
          from: { kind: 'decade', year: first },
          to: { kind: 'decade', year: first + 10 * (n - 1) },
        };
      }
      return {
        kind: 'span',
        unit,
        n: factorOf(unitWord) * n,
        direction: dir === -1 ? 'past' : 'future',
      };
    },
  },
  {
    // the next hour, within the past hour: the sixty minutes from or up to now. ("Last minute" is an idiom.)
    name: 'next-hour',
    pattern: re(`${B}(?:within${S}(?:the${S})?)?(${PAST_WORDS}|${NEXT_WORDS})${S}hour${E}(?![\\s\\u00A0]{0,3}-)`),
    build: (m) => ({ kind: 'span', unit: 'hour', n: 1, direction: offsetOf(m[1]) === -1 ? 'past' : 'future' }),
  },
  {
    // partner of the year, sales in the week, blocked for the day: the period we are in. Only
    // after a preposition and not before what would make it another period ("the year before",
    // "the year 2008", "the week of the 18th").
    name: 'the-cycle',
    pattern: re(
      `(?<=${B}(in|of|for|during|throughout)${S})(?<core>the${S}(year|month|week|fortnight|decade|day))${E}(?!${S0}(?:\\d|'|’|-)|${S}(?:of|before|after|to|ago|earlier|later|that|when|in|on|which|he|she|they|it|we|following|prior)${E})`,
    ),
    build: (m, env) => {
      const unit = lookup(UNITS, m[3]);
      if (!unit) return null;
      if (/^fortnight$/i.test(m[3] ?? '')) return fortnight(0);
      // "by the end of the decade": the calendar decade we are in.
      if (/^decade$/i.test(m[3] ?? ''))
        return env.ref ? { kind: 'decade', year: Math.floor(env.ref.year / 10) * 10 } : null;
      // "for the year" in results is often the fiscal year just reported; "of the day" an idiom.
      if ((unit === 'day') !== /^for$/i.test(m[1] ?? '')) return null;
      return { kind: 'cycle', unit, offset: 0 };
    },
    latent: true,
  },
  {
    // the last Monday of March, the second Friday of June 2031, the first day of next month,
    // the first Monday evening of next month
    name: 'nth-day',
    pattern: re(
      `${B}(?:the${S})?(?<core>((?:${NTH_FROM_END}${S})?(?:last|final)|\\d{1,2}(?:st|nd|rd|th)|${anyOf(Object.keys(ORDINALS)).replace(/ /g, S)})${S}(${FULL_WEEKDAY}|day|week-?end|week${S}end|wkend)(?:${S}(morning|afternoon|evening|night))?${S}(?:of|in)${S}(?:(${MONTH})(?:${S0},?${S0}(${YEAR}))?|(this|next|last|the)${S}(month|year)|(${YEAR})))${E}`,
    ),
    build: (m) => {
      const [, , w0, what, partWord, monthWord, monthYear, qualifier, cycleUnit, yearText] = m;
      const w = (w0 ?? '').toLowerCase();
      const n = /(last|final)$/.test(w) ? -fromEnd(w) : (dayOf(w) ?? 0);
      // "the last weekend of October": the weekend of that month's nth Saturday.
      const weekend = /^w/i.test(what ?? '') && !/^wed/i.test(what ?? '');
      const weekday = weekend ? 6 : /^day$/i.test(what ?? '') ? undefined : lookup(WEEKDAYS, what);
      let of: Atom | null = null;
      if (monthWord) of = calendar(monthYear ? Number(monthYear) : undefined, monthOf(monthWord));
      else if (qualifier) {
        const unit = /^year$/i.test(cycleUnit ?? '') ? 'year' : 'month';
        of = { kind: 'cycle', unit, offset: /^the$/i.test(qualifier) ? 0 : (offsetOf(qualifier) ?? 0) };
      } else if (yearText) of = calendar(Number(yearText));
      if (!n || !of) return null;
      if (weekend) return { kind: 'holiday-weekend', of: { kind: 'nth-day', n, weekday, of } };
      // "the first Monday evening of next month": that part of the day.
      const hours = DAY_PARTS[(partWord ?? '').toLowerCase()];
      if (partWord && (weekday === undefined || !hours)) return null;
      const day: Atom = { kind: 'nth-day', n, weekday, of };
      return hours ? { kind: 'day-part', from: hours[0], to: hours[1], date: day } : day;
    },
  },
  {
    // the first two weeks of 2021, the last ten days of March, the last four months of this year,
    // the third month of 2021: whole units counted from the start or the end of a period.
    name: 'units-of-period',
    pattern: re(
      `${B}(?:the${S})?(?<core>(?:(first|last|final)${S}(${COUNT})${S}(days|weeks|months)|(${anyOf(Object.keys(ORDINALS)).replace(/ /g, S)}|\\d{1,2}(?:st|nd|rd|th))${S}(month))${S}of${S}(?:(${MONTH})(?:${S0},?${S0}(${YEAR}))?|(?:(?:the${S})?(this|next|last|current)${S}|the${S})(month|year)|(${YEAR})))${E}`,
    ),
    build: (m) => {
      const [, , edge, count, unitWord, ordinal, , monthWord, monthYear, qualifier, cycleUnit, yearText] = m;
      const yearOffset = qualifier ? (offsetOf(qualifier) ?? 0) : undefined;
      const ofYear = yearText !== undefined || /^year$/i.test(cycleUnit ?? '');
      // The period counted in: a month or a year, read or named from the reference.
      let period: Atom | null;
      if (monthWord) period = calendar(monthYear ? Number(monthYear) : undefined, monthOf(monthWord));
      else if (yearText) period = calendar(Number(yearText));
      else period = { kind: 'cycle', unit: ofYear ? 'year' : 'month', offset: yearOffset ?? 0 };
      if (!period) return null;
      const month = (mo: number): Atom | null =>
        yearText ? calendar(Number(yearText), mo) : { kind: 'calendar', month: mo, yearOffset: yearOffset ?? 0 };
      if (ordinal) {
        const n = dayOf(ordinal);
        return n !== undefined && n <= 12 && ofYear ? month(n) : null;
      }
      const n = num(count);
      const unit = (unitWord ?? '').toLowerCase();
      if (n === undefined || n < 2) return null;
      const last = /^(last|final)$/i.test(edge ?? '');
      const of = unit === 'months' ? 'month' : unit === 'weeks' ? 'week' : 'day';
      return unitsOfPeriod(of, n, last, period, ofYear ? month : null);
    },
  },
  {
    // the next 4 business days, the previous three working days: weekdays only.
    name: 'business-days',
    pattern: re(`${B}(${PAST_WORDS}|${NEXT_WORDS})${S}(${COUNT})${S}(?:business|working|work)${S}days${E}`),
    build: (m, env) => {
      const n = countOf(m[2]);
      return n === undefined ? null : businessDays(n, offsetOf(m[1]) === -1, env);
    },
  },
  {
    // this working week, next workweek: Monday to Friday of that week.
    name: 'work-week',
    pattern: re(`${B}(${PAST_WORDS}|${NEXT_WORDS}|${THIS_WORDS})${S}(?:working${S}|work${S0}|business${S})week${E}`),
    build: (m) => {
      const offset = offsetOf(m[1]) ?? 0;
      return {
        kind: 'range',
        from: { kind: 'weekday', weekday: 1, offset },
        to: { kind: 'weekday', weekday: 5, offset },
      };
    },
  },
  {
    // "this year or next", "last week or this": the period named again by its qualifier alone.
    name: 'elided-cycle',
    pattern: re(
      `(?<=${B}(?:${PAST_WORDS}|${NEXT_WORDS}|${THIS_WORDS})${S}(week|month|quarter|year)${S0},?${S}(?:or|and|to|into)${S})(?<core>next|this|last)(?=${S0}(?:[.,;:!?)]|$))|${B}(?<core2>this|last|next)(?=${S}(?:or|and|to)${S}(?:next|last|this)${S}(week|month|quarter|year)${E})`,
    ),
    build: (m) => {
      // "this or next week": the qualifier before the period it shares.
      if (m.groups?.core2) {
        const unit = lookup(UNITS, m[4]);
        return unit ? { kind: 'cycle', unit, offset: offsetOf(m.groups.core2) ?? 0 } : null;
      }
      const unit = lookup(UNITS, m[1]);
      return unit ? { kind: 'cycle', unit, offset: offsetOf(m.groups?.core) ?? 0 } : null;
    },
  },
  {
    // the week after next, the week before last, the weekend after next
    name: 'cycle-after-next',
    pattern: re(`${B}(week-?end|week|month|year)${S}(after${S}next|before${S}last)${E}`),
    build: (m) => {
      const offset = /next/i.test(m[2] ?? '') ? 2 : -2;
      if (/end$/i.test(m[1] ?? '')) return { kind: 'weekend', offset };
      const unit = lookup(UNITS, m[1]);
      return unit ? { kind: 'cycle', unit, offset } : null;
    },
  },
  {
    // week 31, week 1 of 2021: ISO week numbers.
    name: 'week-number',
    pattern: re(`${B}week${S}(\\d{1,2})(?:${S}(?:of${S})?(?:(${YEAR})|(this|next|last)${S}year))?${E}`),
    build: (m, env) => {
      const n = Number(m[1]);
      if (n < 1 || n > 53) return null;
      // "week 27 of last year": the year named from the reference.
      if (m[3]) return env.ref ? { kind: 'iso-week', week: n, year: env.ref.year + (offsetOf(m[3]) ?? 0) } : null;
      return { kind: 'iso-week', week: n, year: m[2] ? Number(m[2]) : undefined };
    },
  },
  {
    // the 15th century, 21st century
    name: 'century',
    pattern: re(`${B}(\\d{1,2}(?:st|nd|rd|th)|${anyOf(Object.keys(ORDINALS)).replace(/ /g, S)})${S}century${E}`),
    build: (m) => {
      // "the 19th century", "the twenty-first century".
      const n = dayOf(m[1]) ?? 0;
      return n >= 1 && n <= 30 ? { kind: 'decade', year: (n - 1) * 100, span: 100 } : null;
    },
  },
  {
    // Christmas, next Easter, Thanksgiving 2023, the 4th of July is a date already
    name: 'holiday',
    pattern: re(
      `${B}(?:(${PAST_WORDS}|${NEXT_WORDS}|${THIS_WORDS})${S})?(${HOLIDAY})(?:(?:${S}|${S0},${S0}|${S}of${S})(${YEAR})|${S}of${S}(this|next|last)${S}year)?${E}`,
    ),
    build: (m, env) => {
      const name = HOLIDAY_KEYS[phraseKey(m[2] ?? '')];
      if (!name) return null;
      // "may day" and "new year" read in lower case are ordinary words too often.
      const introduced = /(?:before|after|until|till|since|by|over)[\s\u00A0]{1,3}(?:the[\s\u00A0]{1,3})?$/i.test(
        m.input.slice(Math.max(0, m.index - 12), m.index),
      );
      // "new year's day" / "new year's eve" in full are the holiday in any case.
      const fullNewYear = /^new\s+years?'?\s+(?:day|eve)$/i.test(phraseKey(m[2] ?? ''));
      if (
        /^(may|new)/i.test(m[2] ?? '') &&
        (m[2] ?? '')[0] === (m[2] ?? '')[0]?.toLowerCase() &&
        !m[1] &&
        !m[3] &&
        !m[4] &&
        !fullNewYear &&
        !(introduced && /^new/i.test(m[2] ?? ''))
      )
        return null;
      // "Tariq Ramadan": a surname after a capitalized name.
      if (
        name === 'ramadan' &&
        !m[1] &&
        /\p{Lu}\p{L}*[\s\u00A0]{1,3}$/u.test(m.input.slice(Math.max(0, m.index - 24), m.index)) &&
        !BEFORE_RAMADAN.test(m.input.slice(Math.max(0, m.index - 24), m.index))
      )
        return null;
      // "Memorial Day of last year": the holiday in the year named from the reference.
      if (m[4]) {
        const o = offsetOf(m[4]) ?? 0;
        return env.ref ? { kind: 'holiday', name, year: env.ref.year + o } : null;
      }
      return { kind: 'holiday', name, year: m[3] ? Number(m[3]) : undefined, offset: offsetOf(m[1]) };
    },
  },
  {
    // Palm Sunday, Ash Wednesday, Maundy Thursday: feasts named by a weekday. Apart from the
    // holiday rule, so that only their first word (not every weekday) wakes the rule up.
    name: 'feast-weekday',
    pattern: re(
      `${B}(?:(${PAST_WORDS}|${NEXT_WORDS}|${THIS_WORDS})${S})?(palm|ash|holy|maundy|trinity)${S}(\\p{L}{6,9})(?:${S}(${YEAR}))?${E}`,
    ),
    build: (m) => {
      const name = FEASTS[`${m[2]} ${m[3]}`.toLowerCase()];
      if (!name || !/^\p{Lu}/u.test(m[2] ?? '')) return null;
      return { kind: 'holiday', name, year: m[4] ? Number(m[4]) : undefined, offset: offsetOf(m[1]) };
    },
  },
  {
    // Lent, Lent 2018: only capitalized and after a word ("lent" is a verb, "Lent money…" too).
    name: 'lent',
    pattern: new RegExp(`(?<=[\\p{L},][\\s\\u00A0]{1,3})(?:(last|next|this)${S})?Lent(?:${S}(${YEAR}))?${E}`, 'gdu'),
    build: (m) => ({ kind: 'holiday', name: 'lent', year: m[2] ? Number(m[2]) : undefined, offset: offsetOf(m[1]) }),
  },
  {
    // this weekend, last weekend, the weekend
    name: 'weekend',
    // "this past weekend", "this coming weekend": "this" belongs to the span.
    pattern: re(
      `${B}(?:(?:this${S}(?=past|coming|upcoming))?(${PAST_WORDS}|${NEXT_WORDS}|${THIS_WORDS}|that|the)${S})?week-?end${E}`,
    ),
    // "the coming weekend" is the one ahead, this week's ("next weekend" the week after).
    build: (m) => ({
      kind: 'weekend',
      offset: /^(?:coming|upcoming)$/i.test(m[1] ?? '') ? 0 : (offsetOf(m[1]) ?? 0),
      bare: !m[1] || /^the$/i.test(m[1]),
    }),
  },
  {
    // in half an hour, a quarter of an hour ago, in three quarters of an hour's time, in 1/2 hour
    name: 'half-hour',
    pattern: re(
      `${B}(?:(in|within)${S}(?:(?:about|around)${S})?)?(?:(half|(?:a${S})?quarter|three(?:-|${S})quarters)${S}(?:of${S})?an${S}hour|([13])/([24])${S0}(?:h|hours?))(?:${S}(from${S}now|later|ago))?${E}`,
    ),
    build: (m) => {
      if (!m[1] && !m[5]) return null;
      const w = (m[2] ?? '').toLowerCase();
      const minutes = w
        ? /^half/.test(w)
          ? 30
          : /^three/.test(w)
            ? 45
            : 15
        : m[3] === '1' && m[4] === '2'
          ? 30
          : m[4] === '4'
            ? 15 * Number(m[3])
            : 0;
      if (!minutes) return null;
      return { kind: 'shift', unit: 'minute', amount: /ago/i.test(m[5] ?? '') ? -minutes : minutes };
    },
  },
  {
    // Jan-Feb 2017, from January to March 2024 is the engine's; here the dash form.
    name: 'month-range',
    pattern: re(`${B}(${MONTH})${S0}[-–\\u0096]${S0}(${MONTH})(?:${S0},?${S0}(${YEAR}))${E}`),
    build: (m) => {
      const a = monthOf(m[1]);
      const b = monthOf(m[2]);
      const y = Number(m[3]);
      if (a === undefined || b === undefined) return null;
      return { kind: 'range', from: calendar(a > b ? y - 1 : y, a) ?? undefined, to: calendar(y, b) ?? undefined };
    },
  },
  {
    // 20161016: a compact ISO date, digits only.
    name: 'iso-compact',
    pattern: re(`(?<![\\p{L}\\p{N}.,])((?:19|20)\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?![\\p{N}]|[.,]\\d)`),
    build: (m) => calendar(Number(m[1]), Number(m[2]), Number(m[3])),
  },
  {
    // last week, next month, this year, the coming quarter, the previous year
    name: 'cycle',
    pattern: re(
      `${B}(${PAST_WORDS}|${NEXT_WORDS}|${THIS_WORDS}|the${S}current)${S}(?:calendar${S})?(year|yr|quarter|qtr|month|week|fortnight|decade)${E}(?!${S}of${E})`,
    ),
    build: (m, env) => {
      // "the following week after the vote" counts from an event; "this year before the war" is this year.
      const end = m.index + m[0].length;
      if (
        /^(?:following|previous|preceding)$/i.test(m[1] ?? '') &&
        /^[\s\u00A0]{1,3}(?:before|after)(?![\p{L}])/iu.test(m.input.slice(end, end + 10))
      )
        return null;
      // "this decade", "the next decade": calendar decades; "the past decade": the ten years up to now.
      if (/^decade$/i.test(m[2] ?? '')) {
        const w = (m[1] ?? '').toLowerCase();
        if (/^past$/.test(w)) return { kind: 'span', unit: 'year', n: 10, direction: 'past' };
        if (!env.ref) return null;
        const decade = Math.floor(env.ref.year / 10) * 10 + 10 * (offsetOf(w.replace(/^the\s+/, '')) ?? 0);
        return { kind: 'decade', year: decade };
      }
      const unit = lookup(UNITS, m[2]);
      if (!unit) return null;
      const offset = offsetOf((m[1] ?? '').replace(/^the\s+/i, '')) ?? 0;
      // "the following year", "the previous month": from what the text just told, as French
      // "l'année suivante" is.
      if (/^(?:following|previous|preceding)$/i.test(m[1] ?? '')) return anaphoricCycle(m, unit, offset);
      // "re-elected the next year" told in the past: the year after the one told, as "the following year".
      if (
        /^next$/i.test(m[1] ?? '') &&
        /(?:^|[^\p{L}])the[\s\u00A0]{1,3}$/iu.test(m.input.slice(Math.max(0, m.index - 5), m.index)) &&
        PAST_CUE.test(sentenceAround(m.input, m.index, end))
      )
        return anaphoricCycle(m, unit, offset);
      if (/^fortnight$/i.test(m[2] ?? ''))
        // "the past fortnight" is the fourteen days up to now; last / this / next ones are calendar fortnights.
        return /^past$/i.test(m[1] ?? '') ? { kind: 'span', unit: 'day', n: 14, direction: 'past' } : fortnight(offset);
      return { kind: 'cycle', unit, offset };
    },
  },
  {
    // within 9 months, within the next two weeks, within 2h: from now to then.
    name: 'within',
    pattern: re(`${B}within${S}(?:the${S})?(?:next${S})?(?:(${COUNT})${S}(${UNIT})|(\\d{1,3})${S0}(h|hrs?|mins?))${E}`),
    build: (m) => {
      const n = m[3] ? Number(m[3]) : countOf(m[1]);
      const unit = m[4] ? (/^h/i.test(m[4]) ? 'hour' : 'minute') : lookup(UNITS, m[2]);
      if (n === undefined || !unit) return null;
      if (!withinFromNow(m)) return null;
      return { kind: 'within', unit, n: factorOf(m[2]) * n };
    },
  },
  {
    // 2 weeks and 2 days ago, two years, one month and 21 days later: a shift by several units,
    // each applied in turn to the reference day.
    name: 'compound-shift',
    pattern: re(
      `${B}(?<!${B}(?:${PAST_WORDS}|${NEXT_WORDS})${S})(?:in${S})?(?:${COUNT})${S}(?:${UNIT})(?:${S0},?${S0}(?:and${S})?(?:${COUNT})${S}(?:${UNIT})){1,3}(?:${S}(ago|later|from${S}now|hence))?${E}`,
    ),
    build: (m) => {
      const dir = (m[1] ?? '').toLowerCase();
      const opened = /^in[\s\u00A0]/i.test(m[0]);
      if (!dir === !opened) return null;
      if (dir === 'later' && !laterFromReference(m)) return null;
      const sign = dir === 'ago' ? -1 : 1;
      let atom: Atom = { kind: 'relative-day', offset: 0 };
      const seen = new Set<Unit>();
      for (const p of m[0].matchAll(COUNT_UNIT)) {
        const n = countOf(p[1]);
        const unit = lookup(UNITS, p[2]);
        // Hours and minutes would need the clock; a unit said twice is a list, not a sum.
        if (n === undefined || !unit || unit === 'hour' || unit === 'minute' || seen.has(unit)) return null;
        seen.add(unit);
        atom = { kind: 'offset', of: atom, unit, amount: sign * factorOf(p[2]) * n };
      }
      return seen.size > 1 ? atom : null;
    },
  },
  {
    // three years ago, in two weeks, 3 days from now, two days later
    name: 'shift',
    pattern: re(
      `${B}(?:(in|within)${S})?(${COUNT})${S}(${UNIT})(?:${S}(ago|from${S}now|from${S}today|later|hence|before|earlier))?${E}`,
    ),
    build: (m) => {
      const n = countOf(m[2]);
      const unit = lookup(UNITS, m[3]);
      if (n === undefined || !unit) return null;
      const dir = (m[4] ?? '').toLowerCase();
      if (!m[1] && !dir) return null;
      if (m[1] && dir) return null;
      if (/^(before|earlier)$/.test(dir)) return null;
      if (/^within$/i.test(m[1] ?? '') && !withinFromNow(m)) return null;
      // "3 days from today" moves a day, not the hour (the engine's anchorShift), and "for 3 days
      // from today" is a stretch that starts today (its durationFrom).
      if (/today/.test(dir)) return null;
      if (dir === 'later' && !laterFromReference(m)) return null;
      const amount = factorOf(m[3]) * n;
      // At the grain of its unit, as the contract asks ("two years ago" is a year), as French does.
      return { kind: 'shift', unit, amount: dir === 'ago' ? -amount : amount, asUnit: true };
    },
  },
  {
    // in 1h, in 20 min, in 15': a shift written with a unit's short form glued or close to its number.
    name: 'shift-short-unit',
    pattern: re(`${B}in${S}(\\d{1,3})(?:${S0}(h|hrs?|mins?)${E}|(')(?![\\p{L}\\p{N}'])(?!${S}of${E}))`),
    build: (m) => {
      const n = Number(m[1]);
      const unit: Unit = m[3] ? 'minute' : /^h/i.test(m[2] ?? '') ? 'hour' : 'minute';
      return n > 0 ? { kind: 'shift', unit, amount: n, asUnit: true } : null;
    },
  },
  {
    // in two more weeks, in 2 more minutes, in a pair of hours: a shift said with "more" or "pair".
    name: 'shift-more',
    pattern: re(`${B}in${S}(?:(${COUNT})${S}more|a${S}(pair)${S}of)${S}(${UNIT})${E}`),
    build: (m) => {
      const n = m[2] ? 2 : countOf(m[1]);
      const unit = lookup(UNITS, m[3]);
      if (n === undefined || !unit) return null;
      return { kind: 'shift', unit, amount: factorOf(m[3]) * n, asUnit: true };
    },
  },
  {
    // in 2 and a half hours, in one and a half minutes: the half in minutes (seconds are below the
    // contract's grain).
    name: 'shift-and-a-half',
    pattern: re(`${B}in${S}(${COUNT})${S}and${S}an?${S}half${S}(hours?|hrs?|minutes?|mins?)${E}`),
    build: (m) => {
      const n = countOf(m[1]);
      if (n === undefined) return null;
      const hours = /^h/i.test(m[2] ?? '');
      return hours
        ? { kind: 'shift', unit: 'minute', amount: n * 60 + 30, asUnit: true }
        : { kind: 'shift', unit: 'minute', amount: n, asUnit: true };
    },
  },
  {
    // in a sec: the moment itself at the contract's finest grain.
    name: 'in-a-sec',
    pattern: re(`${B}in${S}a${S}sec${E}`),
    build: () => ({ kind: 'shift', unit: 'minute', amount: 0, asUnit: true }),
  },
  {
    // in 30 seconds, 10 seconds from now, a few seconds ago, the last 2 seconds, the next three
    // seconds: read to the minute (the contract's finest grain), as French.
    // Not told in the past ("sold out in 30 seconds", "scored in the last 2 seconds" are lengths of
    // an event), nor before "of" ("the last 10 seconds of the match"); "in a second" (an ordinal
    // in "in a second round") only at the end of a clause.
    name: 'seconds',
    pattern: re(
      `${B}(?:(in)${S}|(${PAST_WORDS}|${NEXT_WORDS})${S})?(${COUNT})${S}(seconds|secs|second|sec)${E}(?:${S}(ago|from${S}now|hence))?`,
    ),
    build: (m): Atom | null => {
      const [, inWord, spanWord, count, unit, dir] = m;
      // Exactly one of "in", "last / next", "ago / from now" makes it a time.
      if ([inWord, spanWord, dir].filter(Boolean).length !== 1) return null;
      const n = countOf(count);
      if (n === undefined || n < 1) return null;
      const end = m.index + m[0].length;
      const after = m.input.slice(end, end + 8);
      if (/^(?:second|sec)$/i.test(unit ?? '') && n !== 1) return null;
      if (/^(?:second|sec)$/i.test(unit ?? '') && !dir && !CLAUSE_END_AHEAD.test(after)) return null;
      if (OF_AHEAD.test(after)) return null;
      if (!dir?.match(/^ago$/i) && PAST_CUE.test(sentenceAround(m.input, m.index, end))) return null;
      const shift = (amount: number): Atom => ({ kind: 'shift', unit: 'minute', amount, asUnit: true });
      if (spanWord) {
        // A range closing on minutes from now holds the minute before its end (as "from 2 to 4 pm").
        return /^(?:last|past|previous|preceding)$/i.test(spanWord)
          ? { kind: 'range', from: shift(-Math.ceil(n / 60)), to: shift(0) }
          : { kind: 'range', from: shift(0), to: shift(Math.floor(n / 60) + 1) };
      }
      return /^ago$/i.test(dir ?? '') ? shift(-Math.ceil(n / 60)) : shift(Math.floor(n / 60));
    },
  },
  {
    // March after next: the March a year after the next one.
    name: 'month-after-next',
    pattern: re(`${B}(${anyOf(FULL)})${S}after${S}next${E}`),
    build: (m) => {
      const month = monthOf(m[1]);
      if (month === undefined || m[1]?.[0] !== m[1]?.[0]?.toUpperCase()) return null;
      return { kind: 'offset', of: { kind: 'calendar', month, dir: 'future' }, unit: 'month', amount: 12 };
    },
  },
  {
    // the Ides of March: the Roman calendar's 15th of March, May, July and October, 13th elsewhere.
    name: 'ides',
    pattern: re(`${B}ides${S}of${S}(${MONTH})(?:${S0},?${S0}(${YEAR}))?${E}`),
    build: (m) => {
      const month = lookup(MONTHS, (m[1] ?? '').replace(/\.$/, ''));
      if (month === undefined) return null;
      return calendar(m[2] ? Number(m[2]) : undefined, month, [3, 5, 7, 10].includes(month) ? 15 : 13);
    },
  },
  {
    // last week's Sunday, next week's Tuesday: that day of the week named.
    name: 'week-s-weekday',
    pattern: re(`${B}(this|next|last)${S}week['’]s${S}(${WEEKDAY})${E}`),
    build: (m) => {
      const weekday = lookup(WEEKDAYS, m[2]);
      return weekday === undefined ? null : { kind: 'weekday', weekday, offset: offsetOf(m[1]) ?? 0 };
    },
  },
  {
    // the three months to September, the 12 months ended June 2024, the year to March: the months
    // ending with the one named, as British results count them.
    name: 'months-to',
    // The period and its joining word written as whole phrases: the rule's trigger is then
    // "months to", "year ended"…, not the common "year".
    pattern: re(
      `${B}(?:the${S})?(?<core>(?:(${COUNT})${S})?(${MONTHS_TO})${S}(?:the${S}end${S}of${S})?(${MONTH})(?:${S}\\d{1,2}(?:st|nd|rd|th)?(?![\\p{N}:.,]\\d))?(?:${S0},?${S0}(${YEAR}))?)${E}`,
    ),
    build: (m) => {
      const word = m[4] ?? '';
      if (word[0] !== word[0]?.toUpperCase()) return null;
      const period = (m[3] ?? '').toLowerCase().replace(/[\s\u00A0-].*$/, '');
      // "the year to March", "three months to September", but not "year" with a count.
      if ((period === 'months') !== (m[2] !== undefined)) return null;
      const n = period === 'months' ? num(m[2]) : period === 'year' ? 12 : period === 'quarter' ? 3 : 6;
      const month = monthOf(word);
      if (n === undefined || n < 2 || n > 24 || month === undefined) return null;
      // "the year ended June 30" has ended, whatever the sentence's tense.
      const dir = m[5] ? undefined : /ended$/i.test(m[3] ?? '') ? 'past' : looksAhead(m) ? 'future' : undefined;
      const to: Atom = { kind: 'calendar', year: m[5] ? Number(m[5]) : undefined, month, dir };
      return { kind: 'range', from: { kind: 'offset', of: to, unit: 'month', amount: 1 - n }, to };
    },
  },
  {
    // the week ended May 3, the week ending Friday, June 7: the seven days up to that day
    // (weekly figures: jobless claims, box office, fund flows).
    name: 'week-ending',
    pattern: re(
      `${B}(?:the${S})?(?<core>week${S}(?:ending|ended|to)${S}(?:on${S})?(?:(${FULL_WEEKDAY})${S0},?${S0})?(${MONTH})${S0}(${DAY})(?:${S0},?${S0}(${YEAR}))?)${E}`,
    ),
    build: (m) => {
      const to = calendar(m[5] ? Number(m[5]) : undefined, monthOf(m[3]), dayOf(m[4]), lookup(WEEKDAYS, m[2]));
      return to ? { kind: 'range', from: { kind: 'offset', of: to, unit: 'day', amount: -6 }, to } : null;
    },
  },
  {
    // Q1 2025, 2019 Q3, Q3, H2 2019, 2019-H2, FY? no: fiscal years vary.
    name: 'quarter-code',
    pattern: re(
      `${B}(?:([QH])([1-4])(?:[\\s\\u00A0-]{1,3}(?:of${S})?(${YEAR}))?|(${YEAR})[\\s\\u00A0-]{0,3}([QH])([1-4]))${E}`,
    ),
    build: (m) => {
      const letter = (m[1] ?? m[5] ?? '').toUpperCase();
      const n = Number(m[2] ?? m[6]);
      const yearText = m[3] ?? m[4];
      if (letter === 'H' && n > 2) return null;
      const year = yearText === undefined ? undefined : Number(yearText);
      if (year === undefined && (letter === 'H' || m[1] !== 'Q')) return null;
      return { kind: letter === 'H' ? 'half' : 'quarter', n, year, yearOffset: 0 };
    },
  },
  {
    // the first quarter of 2027, the second half of next year, Q3 of this year
    name: 'quarter',
    pattern: re(
      `${B}(first|1st|second|2nd|third|3rd|fourth|4th|last|final)(?:${S}|-)(quarter|qtr|half)(?:${S}(?:of${S})?(?:(${YEAR})|(?:the${S})?(${PAST_WORDS}|${NEXT_WORDS}|${THIS_WORDS})${S}year))?${E}`,
    ),
    build: (m) => {
      const w = (m[1] ?? '').toLowerCase();
      const half = /^half$/i.test(m[2] ?? '');
      let n = /^(first|1st)$/.test(w) ? 1 : /^(second|2nd)$/.test(w) ? 2 : /^(third|3rd)$/.test(w) ? 3 : 4;
      if (/^(last|final)$/.test(w)) n = half ? 2 : 4;
      if (half && n > 2) return null;
      if (
        !m[3] &&
        !m[4] &&
        !/(?:of|in|during)[\s\u00A0]{1,3}the[\s\u00A0]{1,3}$/i.test(m.input.slice(Math.max(0, m.index - 16), m.index))
      ) {
        // "the second half" alone is often a match, a game or a chapter.
        if (half) return null;
      }
      return {
        kind: half ? 'half' : 'quarter',
        n,
        year: m[3] ? Number(m[3]) : undefined,
        yearOffset: offsetOf(m[4]) ?? 0,
      };
    },
  },
  {
    name: 'season',
    pattern: re(
      `${B}(?:(in|during|the)${S})?(?<core>(?:(${PAST_WORDS}|${NEXT_WORDS}|${THIS_WORDS})${S})?(spring|summer|autumn|fall|winter)(?:${S}(?:of${S})?(${YEAR}))?)${E}`,
    ),
    build: (m) => {
      const [, pre, , qualifier, word, year] = m;
      if (!qualifier && !pre && !year) return null;
      if (/^fall$/i.test(word ?? '') && !year && !qualifier) return null;
      const season = { spring: 0, summer: 1, autumn: 2, fall: 2, winter: 3 }[(word ?? '').toLowerCase()];
      if (season === undefined) return null;
      return { kind: 'season', season, year: year ? Number(year) : undefined, yearOffset: offsetOf(qualifier) ?? 0 };
    },
  },
  {
    // the 1990s, the '90s, the 90s, the nineties; "1990 s" typed with a space
    name: 'decade',
    pattern: re(
      `${B}(?:(1[0-9]|20)?([0-9])0(?:['’]|(?<=\\d{4})[\\s\\u00A0])?s|['’]([0-9])0s|(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))${E}`,
    ),
    build: (m) => {
      const words: Record<string, number> = {
        twenties: 20,
        thirties: 30,
        forties: 40,
        fifties: 50,
        sixties: 60,
        seventies: 70,
        eighties: 80,
        nineties: 90,
      };
      if (m[4]) return { kind: 'decade', year: 1900 + (words[m[4].toLowerCase()] ?? 0) };
      // "the 1800s" is the century; "the 2000s" the decade, as today's usage has it.
      if (m[1] && m[2] === '0' && Number(m[1]) < 20) return { kind: 'decade', year: Number(m[1]) * 100, span: 100 };
      if (m[1]) return { kind: 'decade', year: Number(m[1]) * 100 + Number(m[2]) * 10 };
      const yy = Number(m[2] ?? m[3]) * 10;
      const before = m.input.slice(Math.max(0, m.index - 5), m.index);
      if (!m[3] && !/the[\s\u00A0]{1,3}$/i.test(before)) return null;
      // "temperatures reached the 90s", "highs in the upper 80s": degrees, not a decade.
      if (!m[3] && HEAT_BEFORE.test(m.input.slice(Math.max(0, m.index - 60), m.index))) return null;
      return { kind: 'decade', year: 1900 + yy };
    },
  },
  yearRangeRule(YEAR, '-–\u0096/~'),
  {
    name: 'year',
    // "in 2018", and "in '98" with its century left out; "in 1200 BC" is no year of ours.
    pattern: re(
      `(?<=${B}(?:${YEAR_BEFORE})(?:${S}|-))(?<core>${YEAR}|['’]\\d{2})(?![\\p{L}\\p{N}]|[,]\\d{3}|[.]\\d|${S0}%|${S0}B\\.?C)`,
    ),
    build: (m, env) => {
      const core = m.groups?.core ?? '';
      return calendar(/^\d/.test(core) ? Number(core) : expandYear(Number(core.slice(1)), env.ref));
    },
  },
  {
    // their 2022 peak, its 2024 budget: a year before a noun after a possessive. A plural noun
    // ("their 2000 employees") is a count.
    name: 'year-attributive',
    pattern: re(`(?<=${B}(?:its|their|his|her|our|my|your)${S})(?<core>(?:19|20)\\d{2})(?=${S}\\p{L}{2,30}(?<!s)${E})`),
    build: (m) => calendar(Number(m.groups?.core)),
  },
  {
    // FY2024, FY-2024, FY24: the fiscal year by its number, as "fiscal 2024" is read; CY18 the
    // calendar year. Capitals only: "cy" and "fy" end too many words to walk.
    name: 'fiscal-year-code',
    pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:FY|CY)-?(${YEAR}|\\d{2})(?![\\p{L}\\p{N}])`, 'gdu'),
    build: (m, env) => calendar(m[1]?.length === 2 ? expandYear(Number(m[1]), env.ref) : Number(m[1])),
  },
  {
    // the 2024 election, the 2019 season, the 2008 financial crisis: a year naming an event after
    // "the" (not "the 2000 employees", a count).
    name: 'year-event',
    pattern: re(
      `(?<=${B}the${S})(?<core>(?:19|20)\\d{2})(?=${S}(?:(?:presidential|general|parliamentary|legislative|midterm|federal|local|regional|national|municipal|financial|global|economic|banking|debt|summer|winter|world|annual|fiscal|spring|autumn|fall)${S})?(?:elections?|midterms|vote|referendum|census|budget|season|campaign|crisis|crash|recession|summit|olympics|games|world${S}cup|tournament|championship|final|race|war|invasion|coup|uprising|revolution|earthquake|floods?|attacks?|bombings?|pandemic|outbreak|agreement|accord|treaty|law|act|report|edition|festival|primary|primaries|debate|protests|riots|ceasefire|deal|merger|takeover|budget|plan|target|deadline|review|survey|study|ruling|verdict|trial|visit|cup|games|expo|world${S}cup|contest|awards)${E})`,
    ),
    // "after the 2024 election" follows the event, not the year: no opener reads it.
    build: (m) =>
      /(?:after|before|since|until|till|by|from)[\s\u00A0]{1,3}the[\s\u00A0]{1,3}$/i.test(
        m.input.slice(Math.max(0, m.index - 12), m.index),
      )
        ? null
        : calendar(Number(m.groups?.core)),
  },
  {
    name: 'year-weak',
    pattern: re(`(?<=${B}(?:${YEAR_BEFORE_WEAK})${S})(?<core>${YEAR})(?=${YEAR_AFTER})`),
    build: (m) => calendar(Number(m.groups?.core)),
  },
  {
    name: 'bare-year',
    pattern: re(
      `(?<![\\p{L}\\p{N}.,$€£¤]|\\d[\\s\\u00A0\\u202F/-]|\\d[\\s\\u00A0]-[\\s\\u00A0]|${B}${NOT_YEAR_BEFORE}${S})(?<core>(?:19|20)\\d{2})(?=${YEAR_AFTER})(?![-/]\\d|${S}[-–]${S0}\\d{1,2}(?!\\d))`,
    ),
    build: (m) => calendar(Number(m.groups?.core)),
    latent: true,
  },
  {
    // 3pm, 3 p.m., 8:30 am, 10am
    name: 'time-meridiem',
    pattern: re(`${B}(\\d{1,2})(?:[:.](\\d{2}))?(?::(\\d{2}))?${S0}([ap]\\.${S0}m\\.?|[ap]m|[ap])(?![\\p{L}\\p{N}])`),
    build: (m) => {
      if (
        /^[ap]$/i.test(m[4] ?? '') &&
        !m[2] &&
        !/at[\s\u00A0]{1,3}$/i.test(m.input.slice(Math.max(0, m.index - 4), m.index))
      )
        return null;
      const t = timeOf(
        Number(m[1]),
        m[2] === undefined ? undefined : Number(m[2]),
        m[3] === undefined ? undefined : Number(m[3]),
        m[4],
      );
      return t ? { kind: 'time', time: t } : null;
    },
  },
  {
    name: 'time-colon',
    pattern: re(`(?<![\\p{L}\\p{N}.,:])(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?![\\p{N}]|:\\d|[.,]\\d)`),
    build: (m) => {
      // "ran the mile in 4:02", "at 2:31 of the third quarter", "with 1:45 left": a race time or
      // a game clock, not the time of day.
      const end = m.index + m[0].length;
      if (
        (/(?:^|[^\p{L}])(?:in|with)[\s\u00A0]{1,3}$/iu.test(m.input.slice(Math.max(0, m.index - 6), m.index)) &&
          !DAY_AFTER_TIME.test(m.input.slice(end, end + 12))) ||
        /^[\s\u00A0]{1,3}(?:of|into|left|remaining|to[\s\u00A0]{1,3}play)(?![\p{L}])/iu.test(
          m.input.slice(end, end + 14),
        )
      )
        return null;
      const t = timeOf(Number(m[1]), Number(m[2]), m[3] === undefined ? undefined : Number(m[3]));
      // 1:00 to 11:59 may be either half of the day (resolve.ts picks the one to come).
      return t ? { kind: 'time', time: t.hour >= 1 && t.hour <= 11 ? { ...t, twelveHour: true } : t } : null;
    },
  },
  {
    // at 3, at 10 o'clock, around 7: an hour alone only after "at" / "around".
    name: 'time-at',
    pattern: re(
      `(?<=${B}(?:at|around|by|until|till)${S})(?<core>(\\d{1,2}|${NUMBER_WORD})(?:[.:](\\d{2})|${S0}o['’]?clock)?)(?![\\p{L}\\p{N}]|[.,:%]\\d|${S0}(?:%|percent|per|million|billion|[$€£¤]))`,
    ),
    build: (m) => {
      // "at 3 15": an hour with its minutes spaced off, or two numbers; not the hour alone.
      if (/^[\s\u00A0]{1,3}\d/.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 4))) return null;
      // "at 2:31 of the third quarter": a game clock.
      if (
        /^[\s\u00A0]{1,3}(?:of|into|left|remaining)(?![\p{L}])/iu.test(
          m.input.slice(m.index + m[0].length, m.index + m[0].length + 12),
        )
      )
        return null;
      // "at 10 Downing Street": a number before a capitalized word is an address, not an hour.
      if (/^[\s\u00A0]{1,3}\p{Lu}\p{Ll}/u.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 6)))
        return null;
      const h = num(m[2]);
      if (h === undefined || h < 1 || h > 23) return null;
      // "odds at 3 to 1", "trailed at 5-3": a ratio or a score (an hour range "3 to 5 pm" is read
      // whole by hour-range).
      if (
        /^(?:[\s\u00A0]{1,3}to|[\s\u00A0]{0,3}[-–\u0096])[\s\u00A0]{0,3}\d/i.test(
          m.input.slice(m.index + m[0].length, m.index + m[0].length + 8),
        )
      )
        return null;
      // "left school at 17" is an age: a 24-hour hour wants its minutes.
      if (h > 12)
        return m[3] !== undefined && Number(m[3]) < 60
          ? { kind: 'time', time: { hour: h, minute: Number(m[3]) } }
          : null;
      if (!/o['’]?clock/i.test(m[1] ?? '') && /^[a-z]/i.test(m[2] ?? '')) return null;
      // With no am / pm, the working day: 1 to 7 are afternoon hours, 8 to 12 morning ones.
      const mi = m[3] === undefined ? 0 : Number(m[3]);
      if (mi > 59) return null;
      return { kind: 'time', time: { hour: h <= 7 ? h + 12 : h, minute: mi } };
    },
  },
  {
    // between 10 and 11:30, from 3-8pm, 6-8: an hour range; bare hours only next to a date.
    name: 'hour-range',
    pattern: re(
      `${B}(?:(from|between)${S})?(\\d{1,2})(?:[:.](\\d{2}))?${S0}([ap]\\.m\\.?|[ap]m)?${S0}(to|and|till|until|-|–|\\u0096)${S0}(\\d{1,2})(?:[:.](\\d{2}))?${S0}([ap]\\.m\\.?|[ap]m)?(?![\\p{L}\\p{N}]|[.,/:-]\\d|${S0}%)`,
    ),
    build: (m) => {
      const open = (m[1] ?? '').toLowerCase();
      const join = (m[5] ?? '').toLowerCase();
      // "between 2 and 4", "from 2 to 4": "and" wants "between"; a dash after it a clock time ("between 9.30-4.30pm").
      const clock = m[3] !== undefined || m[4] !== undefined || m[7] !== undefined || m[8] !== undefined;
      if (join === 'and' ? open !== 'between' : open === 'between' && !(/^[-–\u0096]$/.test(join) && clock))
        return null;
      if (!open && !/^[-–\u0096]$/.test(join) && !m[4] && !m[8]) return null;
      // "won 3-2 on Sunday": a score. Bare hours run forward, or across noon ("11-4", "9-5").
      if (!clock) {
        const [a, b] = [Number(m[2]), Number(m[6])];
        if (SCORE_BEFORE.test(m.input.slice(Math.max(0, m.index - 24), m.index))) return null;
        if (b <= a && !(a >= 8 && a <= 12 && b >= 1 && b <= 7)) return null;
      }
      const to = timeOf(Number(m[6]), m[7] === undefined ? 0 : Number(m[7]), undefined, m[8]);
      let from = timeOf(Number(m[2]), m[3] === undefined ? 0 : Number(m[3]), undefined, m[4]);
      if (!from || !to) return null;
      // "3-8pm": the meridiem read once serves both bounds when it keeps them in order.
      if (!from.meridiem && to.meridiem && from.hour <= 12) {
        const shifted = { ...from, meridiem: to.meridiem };
        const h = (t: TimeOfDay) =>
          (t.meridiem === 'pm' && t.hour < 12 ? t.hour + 12 : t.meridiem === 'am' && t.hour === 12 ? 0 : t.hour) * 60 +
          (t.minute ?? 0);
        if (h(shifted) < h(to)) from = shifted;
      }
      return { kind: 'time-range', from, to };
    },
    // Bare hours ("6-8") are times only next to a date; "9:30 - 11:00" or "3-8pm" stand alone.
    needsDate: (m) => !m[3] && !m[4] && !m[7] && !m[8],
  },
  {
    // from 9:30am for 7 hours, for two hours from 10 a.m.: a clock time and a length, the range
    // ending the minute before the length is up. The clock time wants its minutes or am / pm.
    name: 'time-for-hours',
    pattern: re(
      // "from" in a lookbehind, so that the rule walks the rarer "hour" (and the span starts at the clock).
      `(?:(?<=${B}from${S})${CLOCK}${S}for${S}(${COUNT})${S}hours?|${B}for${S}(${COUNT})${S}hours?${S}(?:from|starting${S}at|beginning${S}at)${S}${CLOCK})(?![\\p{L}\\p{N}]|[.,:]\\d)`,
    ),
    build: (m) => {
      const [h, mi, mer, n] = m[1] ? [m[1], m[2], m[3], m[4]] : [m[6], m[7], m[8], m[5]];
      const hours = countOf(n);
      if (mi === undefined && mer === undefined) return null;
      const from = timeOf(Number(h), mi === undefined ? 0 : Number(mi), undefined, mer);
      if (!from || hours === undefined || hours < 1 || hours > 23) return null;
      const h24 =
        from.meridiem === 'pm' && from.hour < 12
          ? from.hour + 12
          : from.meridiem === 'am' && from.hour === 12
            ? 0
            : from.hour;
      return { kind: 'time-range', from, to: { hour: (h24 + hours) % 24, minute: from.minute ?? 0 } };
    },
  },
  {
    // from two to four tomorrow, five to seven today: hours in words bounding a range (1 to 7 are
    // afternoon hours), after from / between and kept only beside a date, or right before today /
    // tonight / tomorrow. Not a score ("lost two to three today"). The rule walks from, between
    // and the day words, not every "one".
    name: 'hour-range-words',
    pattern: re(
      `${B}(?:(from|between)${S}(${HOUR_WORD})${S}(to|till|until|and)${S}(${HOUR_WORD})${E}(?!${S0}(?:[ap]\\.?m|o['’]?clock|hours|minutes|people|of)${E})|(${HOUR_WORD})${S}(?:to|till|until)${S}(${HOUR_WORD})${S}(today|tonight|tomorrow)${E})`,
    ),
    build: (m) => {
      const open = (m[1] ?? '').toLowerCase();
      if (open && (m[3]?.toLowerCase() === 'and') !== (open === 'between')) return null;
      if (!open && SCORE_BEFORE.test(m.input.slice(Math.max(0, m.index - 24), m.index))) return null;
      const from = wordTime(num(m[2] ?? m[5]), 0, undefined);
      const to = wordTime(num(m[4] ?? m[6]), 0, undefined);
      if (from?.kind !== 'time' || to?.kind !== 'time') return null;
      const day = (m[7] ?? '').toLowerCase();
      const date = day ? namedDay(day === 'tonight' ? 'today' : day) : undefined;
      return { kind: 'time-range', from: from.time, to: to.time, ...(date ? { date } : {}) };
    },
    needsDate: (m) => !m[7],
  },
  {
    // eight o'clock, 8 o'clock; half past three, a quarter to 5pm, 20 minutes past 10
    name: 'time-words',
    pattern: re(
      `${B}(?:(\\d{1,2}|${NUMBER_WORD})${S0}o['’]?clock|(?:a${S})?(half|quarter|\\d{1,2}|${NUMBER_WORD})(?:${S}minutes?)?${S}(past|after|to|till)${S}(\\d{1,2}|${NUMBER_WORD}|noon|midnight))(?:${S0}([ap]\\.m\\.?|[ap]m))?${E}`,
    ),
    build: (m) => {
      if (m[1]) return wordTime(num(m[1]), 0, m[5]);
      // "3:30 to six": the minutes of a clock time before a range, not "thirty to six".
      if (/\d[:.]$/.test(m.input.slice(Math.max(0, m.index - 2), m.index))) return null;
      // "16 to 5" is a score, "two to four people" a count: a number before "to" / "past" needs
      // "minutes" or am / pm.
      // "a quarter to noon", "10 past midnight": noon and midnight say the half of the day.
      const noon = /^noon$/i.test(m[4] ?? '') ? 'pm' : /^midnight$/i.test(m[4] ?? '') ? 'am' : undefined;
      if (!/^(half|quarter)$/i.test(m[2] ?? '') && !/minute/i.test(m[0]) && !m[5] && !noon) return null;
      if (noon) {
        const k = /half/i.test(m[2] ?? '') ? 30 : /quarter/i.test(m[2] ?? '') ? 15 : num(m[2]);
        if (k === undefined || k < 1 || k >= 60 || m[5]) return null;
        if (/^(to|till)$/i.test(m[3] ?? '')) return wordTime(11, 60 - k, noon === 'pm' ? 'am' : 'pm');
        return wordTime(12, k, noon);
      }
      const h = num(m[4]);
      const n = /half/i.test(m[2] ?? '') ? 30 : /quarter/i.test(m[2] ?? '') ? 15 : num(m[2]);
      if (h === undefined || n === undefined || n >= 60) return null;
      return /^(to|till)$/i.test(m[3] ?? '') ? wordTime((h + 11) % 12 || 12, 60 - n, m[5]) : wordTime(h, n, m[5]);
    },
  },
  {
    // six pm, one thirty p m, nine a.m.; with no am / pm ("seven twenty-seven", "at nine") only
    // beside a date, and with minutes or after "at".
    name: 'time-spelled',
    pattern: re(
      `${B}(${HOUR_WORD})(?:[\\s\\u00A0-]{1,3}(?:(oh)${S})?(${MINUTE_WORD})(?:${S}minutes)?)?(?:${S0}(a${S0}m|p${S0}m|a\\.m\\.?|p\\.m\\.?|am|pm))?${E}`,
    ),
    build: (m) => {
      const h = num(m[1]);
      const mi = m[3] === undefined ? 0 : num(m[3]);
      if (h === undefined || mi === undefined || mi > 59 || (m[2] && mi > 9)) return null;
      if (
        !m[4] &&
        m[3] === undefined &&
        !/(?:^|[^\p{L}])at[\s\u00A0]{1,3}$/iu.test(m.input.slice(Math.max(0, m.index - 5), m.index))
      )
        return null;
      return wordTime(h, mi, m[4]?.replace(/[\s\u00A0.]/g, '').toLowerCase());
    },
    needsDate: (m) => !m[4],
  },
  {
    // at 730 in the evening, at 1030 am, 1400 hours: a clock time without its colon.
    name: 'time-compact',
    pattern: re(
      `(?<=${B}(at|around|about|approximately|by)${S})(?<core>([01]?\\d|2[0-3])([0-5]\\d)(?:${S0}([ap]\\.m\\.?|[ap]m)(?![\\p{L}])|${S}(hours|hrs)${E})?)(?![\\p{L}\\p{N}]|[.,]\\d)(?=(${S}in${S}the${S}(?:morning|afternoon|evening)${E})?)(?=(${S}(?:GMT|UTC|local${S}time)${E})?)(?:(?=(${S0}(?:[.;!?)]|,(?!\\d)|$)|${S}(?:today|tomorrow|tonight|on|this|next)${E}))|)`,
    ),
    build: (m) => {
      // "at 2100 GMT": wire copy writes times so. Bare, "at 1030" is a time where a clause or a
      // day follows it, unless it is a level ("the index closed at 1030.") or looks like a year.
      const bare =
        m[9] !== undefined &&
        /^at$/i.test(m[1] ?? '') &&
        !/^(?:19|20)\d\d$/.test(m.groups?.core ?? '') &&
        !LEVEL_VERB.test(m.input.slice(Math.max(0, m.index - 40), m.index));
      if (!m[5] && !m[6] && !m[7] && !m[8] && !bare) return null;
      const t = timeOf(Number(m[3]), Number(m[4]), undefined, m[5]);
      return t ? { kind: 'time', time: t } : null;
    },
  },
  {
    // 330 p.m., 1030am: a clock time without its colon, with am / pm.
    name: 'time-compact-meridiem',
    pattern: re(`${B}([01]?\\d)([0-5]\\d)${S0}([ap]\\.m\\.?|[ap]m)(?![\\p{L}\\p{N}])`),
    build: (m) => {
      const t = timeOf(Number(m[1]), Number(m[2]), undefined, m[3]);
      return t ? { kind: 'time', time: t } : null;
    },
  },
  {
    // 8 tonight, nine tomorrow morning: an hour right before the day it falls on, where a clause
    // starts ("at 8 tonight" is read by time-at; "the toll rose to 8 tonight" is no hour).
    name: 'hour-before-day',
    pattern: re(
      `(?:(?<![^\\n])|(?<=[.;:!?(][\\s\\u00A0]{1,3}))(\\d{1,2}|${HOUR_WORD})${S}(tonight|tomorrow(?:${S}(morning|afternoon|evening|night))?)${E}`,
    ),
    build: (m) => {
      const h = num(m[1]);
      if (h === undefined || h < 1 || h > 12) return null;
      const part = (m[3] ?? (/^tonight$/i.test(m[2] ?? '') ? 'night' : '')).toLowerCase();
      // The part of the day says the half: "9 tomorrow evening" is 21:00, "8 tonight" 20:00.
      const pm = part === 'evening' || part === 'night' || (part === 'afternoon' && h < 12) || (!part && h <= 7);
      const date: Atom = { kind: 'relative-day', offset: /^tonight$/i.test(m[2] ?? '') ? 0 : 1 };
      return { kind: 'time', time: { hour: pm && h < 12 ? h + 12 : h, minute: 0 }, date };
    },
  },
  {
    // 11.02 BST, 9.45 GMT: a clock time written with a point (British papers), known by its zone
    // ("11.02" alone is a number).
    name: 'time-point-zone',
    pattern: new RegExp(
      `(?<![\\p{L}\\p{N}.,:])([01]?\\d|2[0-3])\\.([0-5]\\d)${S}(?:GMT|UTC|BST|CET|CEST|EET|EEST|[ECMP][SD]T)(?![\\p{L}\\p{N}])`,
      'gdu',
    ),
    build: (m) => {
      const t = timeOf(Number(m[1]), Number(m[2]));
      return t ? { kind: 'time', time: t } : null;
    },
  },
  {
    // (0800 GMT), 2130 UTC: wire copy's four-digit clock time before its zone.
    name: 'time-compact-zone',
    pattern: re(`(?<![\\p{L}\\p{N}.,:/-])([01]\\d|2[0-3])([0-5]\\d)${S}(?:GMT|UTC)${E}`),
    build: (m) => {
      const t = timeOf(Number(m[1]), Number(m[2]));
      return t ? { kind: 'time', time: t } : null;
    },
  },
  {
    // at half three, by half seven: British for half past, where a clause or a day follows.
    name: 'time-half-hour',
    pattern: re(
      `(?:(?<=${B}(?:at|by|around|about|from|until|till|before|after)${S})|(?<![^\\n]))half${S}(${HOUR_WORD}|\\d{1,2})(?=${S0}(?:[.;!?)]|,(?!\\d)|$)|${S}(?:today|tomorrow|tonight|on|this|next|in${S}the|and|or|to)${E})`,
    ),
    build: (m) => wordTime(num(m[1]), 30, undefined),
  },
  {
    // at lunchtime, over lunch, after lunch: midday (12-14), the afternoon after it (13-17).
    name: 'lunch',
    pattern: re(
      `(?:${B}(after|before)${S}|(?<=${B}(at|over|during|by|around|today|tomorrow|yesterday|${FULL_WEEKDAY})${S})|${B})(lunch${S0}time|lunchtime|lunch)${E}`,
    ),
    build: (m) => {
      const word = (m[1] ?? m[2] ?? '').toLowerCase();
      // "lunch" alone is a meal ("a working lunch"); "lunchtime" names the hour.
      if (!word && !/time$/i.test(m[3] ?? '')) return null;
      const [from, to] = word === 'after' ? [13, 17] : word === 'before' ? [8, 12] : [12, 14];
      // With no day told beside it, the reference day's (a day beside it replaces today in the
      // engine); a habit ("the canteen is usually full at lunchtime") has no day.
      if (habitual(m)) return { kind: 'day-part', from, to };
      return { kind: 'day-part', from, to, date: { kind: 'relative-day', offset: 0 }, today: true };
    },
  },
  {
    // in the early hours of Sunday, the small hours of Monday: that day after midnight (0-6).
    name: 'early-hours',
    pattern: re(
      `${B}(?:early|small|wee)${S}hours${S}(?:of${S}(?:the${S}morning${S0},?${S0})?)?(?:(?:on${S})?(${FULL_WEEKDAY}|yesterday|today|tomorrow|this${S}morning)(?:${S}morning)?)?${E}`,
    ),
    build: (m) => {
      const word = (m[1] ?? '').toLowerCase();
      return word ? { kind: 'day-part', from: 0, to: 6, date: namedDay(word) } : null;
    },
  },
  {
    // in 2.5 hours, in 1.5 hrs: a decimal number of hours.
    name: 'shift-decimal-hours',
    pattern: re(`${B}in${S}(\\d{1,2}\\.\\d{1,2})${S}(?:hours|hour|hrs|hr)${E}`),
    build: (m) => ({ kind: 'shift', unit: 'minute', amount: Math.round(Number(m[1]) * 60) }),
  },
  {
    name: 'noon',
    pattern: re(`${B}(noon|midday|midnight)${E}`),
    // "until midnight", "the curfew starts at midnight": the midnight ending the day, as in French.
    build: (m) =>
      /night/i.test(m[1] ?? '')
        ? { kind: 'time', time: { hour: 0, minute: 0, midnight: true } }
        : { kind: 'time', time: { hour: 12, minute: 0 } },
  },
  {
    // this morning, tomorrow night, last night, Monday morning (a date before it is joined by the engine)
    name: 'day-part',
    pattern: re(
      `${B}(?:(early|late|later)${S})?(?:(this|last|next)${S})?(?:(early|late)${S})?(morning|afternoon|evening|night)${E}`,
    ),
    build: (m) => {
      // "early this evening", "late morning", "later this afternoon": the first or second half of the part.
      const edge = (m[1] ?? m[3] ?? '').toLowerCase().replace('later', 'late');
      const read = (from: number, to: number): [number, number] =>
        edge === 'early' ? [from, (from + to) / 2] : edge === 'late' ? [(from + to) / 2, to] : [from, to];
      const base = DAY_PARTS[(m[4] ?? '').toLowerCase()];
      const p = base && read(base[0], base[1]);
      if (!p) return null;
      const w = (m[2] ?? '').toLowerCase();
      // "last evening", "next morning": yesterday's, tomorrow's; not "the last evening of the
      // festival", "his last morning in office", nor "next morning" in a story told in the past or
      // after a day just told (the morning after it, as "the next day" is).
      if (w === 'last' || w === 'next') {
        const end = m.index + m[0].length;
        if (
          /(?:^|[^\p{L}])(?:the|his|her|their|its|our|my|your|a|an|one|that|every|each)[\s\u00A0]{1,3}$/iu.test(
            m.input.slice(Math.max(0, m.index - 7), m.index),
          )
        )
          return null;
        if (/^[\s\u00A0]{0,3}(?:of|['’]s|before|after)(?![\p{L}])/iu.test(m.input.slice(end, end + 8))) return null;
        if (w === 'next' && /night/i.test(m[4] ?? '')) return null;
        if (
          w === 'next' &&
          (NARRATED_DAY.test(m.input.slice(Math.max(0, m.index - 300), m.index)) ||
            PAST_CUE.test(sentenceAround(m.input, m.index, end)))
        )
          return null;
      }
      const offset = w === 'last' ? -1 : w === 'next' ? 1 : 0;
      const date: Atom | undefined = w ? { kind: 'relative-day', offset } : undefined;
      // "in the afternoon", "during the evening" with no day beside them: the reference day's, as
      // French "dans l'après-midi"; not "in the morning of 5 May" nor "the evening's debate".
      if (!w && !edge && IN_THE_BEFORE.test(m.input.slice(Math.max(0, m.index - 20), m.index))) {
        const end = m.index + m[0].length;
        if (NOT_TODAY_AFTER_PART.test(m.input.slice(end, end + 12)) || habitual(m)) return null;
        return { kind: 'day-part', from: p[0], to: p[1], date: { kind: 'relative-day', offset: 0 }, today: true };
      }
      return { kind: 'day-part', from: p[0], to: p[1], date };
    },
  },
];

// A habit told in the sentence: "she usually runs in the morning" names no day.
const HABIT =
  /(?<![\p{L}])(?:every|each|usually|often|always|normally|typically|generally|sometimes|rarely|seldom|never)(?![\p{L}])/iu;
const habitual = (m: RegExpExecArray) => HABIT.test(sentenceAround(m.input, m.index, m.index + m[0].length));
// "in the" / "during the" right before a part of the day (see the day-part rule).
// Not after "early" / "late" ("Friday early in the evening" is no part of today).
const IN_THE_BEFORE =
  /(?:^|[^\p{L}])(?<!(?:early|late)[\s\u00A0\u202F]{1,3})(?:in|during)[\s\u00A0\u202F]{1,3}the[\s\u00A0\u202F]{1,3}$/iu;
// After it, words that make the part no time of today ("in the morning of 5 May", "the evening's debate").
const NOT_TODAY_AFTER_PART =
  /^(?:[\s\u00A0\u202F]{1,3}(?:of|hours?|sessions?|papers?|news|shows?|shifts?|rush)(?![\p{L}])|['’]s)/iu;
// Right after a count of seconds (see the seconds rule).
const OF_AHEAD = /^[\s\u00A0\u202F]{1,3}of(?![\p{L}])/iu;
const CLAUSE_END_AHEAD = /^[\s\u00A0\u202F]{0,3}(?:[.,;:!?)]|$)/u;
const MONTH_NAMES = anyOf(Object.keys(MONTHS));
// How the document writes its dates (see numericOrder), compiled once.
const DAY_FIRST_NUMERIC = /(?<![\p{N}.,/-])(?:1[3-9]|2\d|3[01])[/.-](?:0?[1-9]|1[0-2])[/.-]\d{2,4}(?![\p{N}])/u;
const DAY_FIRST_SPELLED = new RegExp(`${B}\\d{1,2}${S}(?:${MONTH_NAMES})${S}\\d{4}`, 'giu');
const MONTH_FIRST_SPELLED = new RegExp(`${B}(?:${MONTH_NAMES})${S}\\d{1,2}(?:st|nd|rd|th)?,?${S}\\d{4}`, 'giu');
// Time zones written between a time and its date ("3:30pm AEST tomorrow", "10 a.m. ET on Monday").
const TIME_ZONE =
  '(?:GMT|UTC|[ECMP][SD]?T|AKST|AKDT|HST|AEST|AEDT|ACST|AWST|NZST|NZDT|BST|IST|CET|CEST|EET|EEST|WET|WEST|MSK|JST|KST|HKT|SGT|WIB|SAST|WAT|EAT)(?:[+-]\\d{1,2})?';
const grammar: DateGrammar = {
  lang: 'en',
  rules,
  // "on Saturday for 9am": a booking's day and hour.
  // "on Tuesday (0800 GMT)": wire copy gives the hour in brackets; bylines set it after a bar.
  dateThenTime: new RegExp(
    `^(?:${S0},?${S0}(?:at|@|around|by|from|between|for|in${S}the)?${S0}|${S0}[-|]${S0}|${S0}\\(${S0})$`,
    'iu',
  ),
  timeThenDate: new RegExp(
    `^${S0}(?:(?:local${S}time|${TIME_ZONE})${S0})?,?${S0}(?:on|of${S}the|of|this|the|in${S}the|in|at)?${S0}$`,
    'iu',
  ),
  ranges: [
    // "between 2014 and 2018"; "from 2015 and 2016" names two years, not a range.
    {
      open: new RegExp(`${B}between${S}(?:the${S})?$`, 'iu'),
      join: new RegExp(`^${S0}(?:to|till|until|through|thru|-|–|\\u0096|and)${S0}(?:the${S})?$`, 'iu'),
    },
    {
      open: new RegExp(`${B}from${S}(?:the${S})?$`, 'iu'),
      join: new RegExp(`^${S0}(?:to|till|until|through|thru|-|–|\\u0096)${S0}(?:the${S})?$`, 'iu'),
    },
    { open: null, join: new RegExp(`^(?:[\\s\\u00A0]?[-–~\\u0096][\\s\\u00A0]?|${S}(?:to|through|thru)${S})$`, 'iu') },
  ],
  openers: [
    { pattern: new RegExp(`${B}(?:before|prior${S}to)${S}(?:the${S})?$`, 'iu'), mod: 'before' },
    {
      pattern: new RegExp(`${B}(?:until|till|up${S}to|through|by|no${S}later${S}than)${S}(?:the${S})?$`, 'iu'),
      mod: 'until',
    },
    { pattern: new RegExp(`${B}(?:since|starting|beginning|as${S}of)${S}(?:the${S})?$`, 'iu'), mod: 'since' },
    { pattern: new RegExp(`${B}(?:after|later${S}than)${S}(?:the${S})?$`, 'iu'), mod: 'after' },
  ],
  partsAsRanges: true,
  parts: [
    { pattern: new RegExp(`${B}(?:early|(?:start|beginning)${S}of)${S}(?:the${S})?$`, 'iu'), part: 'start' },
    { pattern: new RegExp(`${B}(?:mid|middle${S}of)(?:-|${S})(?:the${S})?$`, 'iu'), part: 'mid' },
    { pattern: new RegExp(`${B}(?:late|end${S}of)${S}(?:the${S})?$`, 'iu'), part: 'end' },
    { pattern: new RegExp(`${B}later(?:${S}in)?${S}$`, 'iu'), part: 'later' },
    { pattern: new RegExp(`${B}earlier(?:${S}in)?${S}$`, 'iu'), part: 'earlier' },
  ],
  yearAfter: new RegExp(`^${S0},?${S}(?:in|of)${S}$`, 'iu'),
  spelledYear: {
    before: new RegExp(
      `${B}(?:in|since|before|after|until|till|during|from|between|circa|year|born${S}in)${S}(?:the${S}year${S})?$`,
      'iu',
    ),
    after: new RegExp(`^(?:${YEAR_AFTER})`, 'iu'),
  },
  anchorShift: {
    pattern: new RegExp(`${B}(${COUNT})${S}(${UNIT})${S}(after|from|before|prior${S}to)${S}(?:the${S})?$`, 'iu'),
    read: (m) => {
      const n = num(m[1]);
      const unit = lookup(UNITS, m[2]);
      if (n === undefined || !unit) return null;
      return { unit, amount: /^(before|prior)/i.test(m[3] ?? '') ? -n : n };
    },
  },
  listGap: new RegExp(`^(?:${S0},${S0}(?:(?:and|or)${S})?|${S}(?:and|or|&)${S})(?:on${S})?$`, 'iu'),
  // Case as written: "GMT" is a time zone, "gmt" no more than "west" is one.
  timeSuffix: new RegExp(`^${S}(?:local${S}time|${TIME_ZONE})(?![\\p{L}\\p{N}])`, 'u'),
  weekdayNear: new RegExp(`^${S0},?${S0}(?:on${S})?$`, 'iu'),
  durationFrom: {
    pattern: new RegExp(
      `${B}(?:for${S}(?:the${S}next${S})?(${COUNT})${S}(${UNIT})${S0},?${S0}(?:starting|beginning|from|as${S}of)|(${COUNT})${S}(${UNIT})${S}(?:starting|beginning))(?:${S}(?:from|on|with))?${S}(?:the${S})?$`,
      'iu',
    ),
    read: (m) => {
      const n = countOf(m[1] ?? m[3]);
      const word = m[2] ?? m[4];
      const unit = lookup(UNITS, word);
      if (n === undefined || !unit || unit === 'hour' || unit === 'minute') return null;
      return { unit, amount: factorOf(word) * n };
    },
  },
  nthWeek: {
    pattern: new RegExp(
      `${B}(first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th|(?:${NTH_FROM_END}${S})?(?:last|final))${S}week${S}of${S}(?:the${S})?$`,
      'iu',
    ),
    read: (m) => {
      const w = (m[1] ?? '').toLowerCase();
      return /(last|final)$/.test(w)
        ? -fromEnd(w)
        : ({ first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, fifth: 5, '5th': 5 }[
            w
          ] ?? null);
    },
  },
  holidayWeekend: { holidayFirst: /^[\s\u00A0]{1,3}$/u, weekendFirst: new RegExp(`^${S}of${S}$`, 'iu') },
  weekOf: new RegExp(
    `${B}(?:week${S}of|w/c|week${S}(?:beginning|starting|commencing)(?:${S}on)?)${S}(?:the${S})?$`,
    'iu',
  ),
  tense: { past: PAST_TENSE, future: FUTURE_TENSE },

  numericOrder: (text) => {
    if (DAY_FIRST_NUMERIC.test(text)) return 'dmy';
    const dayFirst = text.match(DAY_FIRST_SPELLED)?.length ?? 0;
    const monthFirst = text.match(MONTH_FIRST_SPELLED)?.length ?? 0;
    return dayFirst > monthFirst ? 'dmy' : 'mdy';
  },
};

export default grammar;
