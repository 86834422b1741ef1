// French dates and times: the words and the few rules specific to French. Written by hand rather
// than on chrono-node: chrono's French locale is a copy of its English one (it reads "mar" as both
// mardi and mars, has no "il y a", no "T1 2025", no negatives), and it scored 0.27 on the
// Recognizers French date specs; the shared engine (engine.ts) and resolve.ts do the rest.
//
// Numeric dates are day first in French (08/05/2024 is 8 May); a first number above 12 with a
// second at most 12 cannot be anything else, and a second number above 12 is read month first.

import { ROUND_COUNTS } from '../number/fr.js';
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
import type { DateGrammar, DateRule } from './engine.js';
import { anyOf, B, E, lookup, phrase, phraseKey, S, S0 } from './engine.js';
import type { Holiday } from './holidays.js';
import { type Atom, expandYear, type TimeOfDay, type Unit } from './resolve.js';

const MONTHS: Record<string, number> = {
  janvier: 1,
  janv: 1,
  février: 2,
  fevrier: 2,
  févr: 2,
  fevr: 2,
  fév: 2,
  fev: 2,
  mars: 3,
  avril: 4,
  avr: 4,
  mai: 5,
  juin: 6,
  juillet: 7,
  juil: 7,
  août: 8,
  aout: 8,
  septembre: 9,
  sept: 9,
  sep: 9,
  octobre: 10,
  oct: 10,
  novembre: 11,
  nov: 11,
  décembre: 12,
  decembre: 12,
  déc: 12,
  dec: 12,
};
const FULL_MONTHS = Object.keys(MONTHS).filter(
  (k) => k.length > 4 || ['mars', 'mai', 'juin', 'août', 'aout'].includes(k),
);
// Abbreviations only with their point, so that "sep" or "dec" inside other words never read as months.
const MONTH = `(?:${anyOf(FULL_MONTHS)}|(?:${anyOf(Object.keys(MONTHS).filter((k) => !FULL_MONTHS.includes(k)))})\\.)`;

const MONTH_ANY = anyOf(Object.keys(MONTHS));
// After a day number an abbreviation needs no point ("28 nov 2024", "1er janv"): "mar" stays out (mardi).
const MONTH_AFTER_DAY = `(?:${MONTH}|(?:${anyOf(Object.keys(MONTHS).filter((k) => !FULL_MONTHS.includes(k)))})(?![.\\p{L}]))`;

const WEEKDAYS: Record<string, number> = {
  lundi: 1,
  mardi: 2,
  mercredi: 3,
  jeudi: 4,
  vendredi: 5,
  samedi: 6,
  dimanche: 7,
  lun: 1,
  mar: 2,
  mer: 3,
  jeu: 4,
  ven: 5,
  sam: 6,
  dim: 7,
};
const WEEKDAY = `(?:${anyOf(Object.keys(WEEKDAYS).filter((k) => k.length > 3))}|(?:${anyOf(['lun', 'mar', 'mer', 'jeu', 'ven', 'sam', 'dim'])})\\.)`;

const UNITS_WORDS = ['un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf'];
const TEENS = ['dix', 'onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize', 'dix-sept', 'dix-huit', 'dix-neuf'];
const NUMBERS: Record<string, number> = { une: 1, premier: 1, zéro: 0 };
UNITS_WORDS.forEach((w, i) => {
  NUMBERS[w] = i + 1;
});
TEENS.forEach((w, i) => {
  NUMBERS[w] = i + 10;
  if (w.includes('-')) NUMBERS[w.replace('-', ' ')] = i + 10;
});
for (const [tens, v] of [
  ['vingt', 20],
  ['trente', 30],
  ['quarante', 40],
  ['cinquante', 50],
] as const) {
  NUMBERS[tens] = v;
  NUMBERS[`${tens} et un`] = v + 1;
  NUMBERS[`${tens}-et-un`] = v + 1;
  UNITS_WORDS.slice(1).forEach((w, i) => {
    NUMBERS[`${tens}-${w}`] = v + i + 2;
    // "vingt quatre heures": the hyphen is often left out.
    NUMBERS[`${tens} ${w}`] = v + i + 2;
  });
}
const WORDS = { weekday: WEEKDAY, weekdays: WEEKDAYS, monthAny: MONTH_ANY, months: MONTHS, lookup };
const NUMBER_WORD = anyOf(Object.keys(NUMBERS));
/** Round counts ("une dizaine d'années", "une quinzaine de jours": two weeks). */
const ABOUT_COUNTS = ROUND_COUNTS;
const ABOUT_COUNT = anyOf(Object.keys(ABOUT_COUNTS));
const COUNT = `(?:\\d{1,3}|${NUMBER_WORD})`;
/** Hours and minutes in words, spoken ("cinq trente", "vingt et une heures"): 1-23 and 1-59. */
const HOUR_WORD = anyOf(
  Object.keys(NUMBERS).filter((k) => (NUMBERS[k] ?? 0) >= 1 && (NUMBERS[k] ?? 0) <= 23 && k !== 'premier'),
);
const MINUTE_WORD = anyOf(
  Object.keys(NUMBERS).filter(
    (k) => (NUMBERS[k] ?? 0) >= 1 && (NUMBERS[k] ?? 0) <= 59 && !/^(?:premier|une?)$/.test(k),
  ),
);
const num = (s: string | undefined): number | undefined => {
  if (s === undefined) return undefined;
  if (/^\d+$/.test(s)) return Number(s);
  return lookup(NUMBERS, s.replace(/\s+/g, ' '));
};

const UNITS: Record<string, Unit> = {
  an: 'year',
  ans: 'year',
  année: 'year',
  années: 'year',
  annee: 'year',
  annees: 'year',
  décennie: 'year',
  décennies: 'year',
  trimestre: 'quarter',
  trimestres: 'quarter',
  mois: 'month',
  semaine: 'week',
  semaines: 'week',
  jour: 'day',
  jours: 'day',
  heure: 'hour',
  heures: 'hour',
  h: 'hour',
  minute: 'minute',
  minutes: 'minute',
  min: 'minute',
  mn: 'minute',
};
const UNIT = anyOf(Object.keys(UNITS));
/** How many units a word counts: une décennie, dix ans. */
const factorOf = (word: string | undefined) => (/^décenn/i.test(word ?? '') ? 10 : 1);

const DAY = `(?:1er|1re|premier|\\d{1,2}|${anyOf(Object.keys(NUMBERS).filter((k) => (NUMBERS[k] ?? 0) <= 31 && (NUMBERS[k] ?? 0) > 0))})`;
const YEAR = '(?:1[0-9]{3}|2[0-9]{3})';
/** A day of the month in words, 2 to 31 ("le dix-huit"), and "premier". */
const DAY_WORD = anyOf(
  Object.keys(NUMBERS)
    .filter((k) => (NUMBERS[k] ?? 0) >= 2 && (NUMBERS[k] ?? 0) <= 31)
    .concat('premier'),
);
// "le 15e juillet", "du 13e au 15 juillet": an ordinal day, only where a month follows.
const DAY_ORD = `(?:${DAY}|\\d{1,2}(?:e|ème|eme))`;

const re = (src: string) => new RegExp(src, 'gdiu');
// A day and a month apart by one space ("17 02"), up to a clause end or "à" / "vers".
const DAY_MONTH_SPACED = `(0?[1-9]|[12]\\d|3[01])[ \\u00A0](0?[1-9]|1[0-2])(?=${S0}(?:[.;!?)]|,(?!\\d)|$|(?:à|a|vers)${E}))`;
const dayOf = (s: string | undefined) => {
  if (s === undefined) return undefined;
  const d = /^1(?:er|re)$/i.test(s) ? 1 : num(s.replace(/^(\d{1,2})(?:e|ème|eme)$/i, '$1'));
  return d !== undefined && d >= 1 && d <= 31 ? d : undefined;
};
const isLower = (s: string) => s === s.toLowerCase();
/**
 * The match is the whole text but for spaces and a final point (a caption, a form field, a phrase
 * given to read): no sentence around it can make "noël" a first name, "mars" the planet or "tôt le
 * matin" a habit.
 */
function alone(m: RegExpExecArray): boolean {
  const end = m.index + m[0].length;
  return (
    m.index <= 3 &&
    m.input.length - end <= 6 &&
    /^[\s\u00A0\u202F]*$/.test(m.input.slice(0, m.index)) &&
    /^[\s\u00A0\u202F]*[.!?]?[\s\u00A0\u202F]*$/.test(m.input.slice(end))
  );
}

const HOLIDAYS: Record<string, Holiday> = {
  noël: 'christmas',
  noel: 'christmas',
  'veille de noël': 'christmas-eve',
  "jour de l'an": 'new-year',
  'nouvel an': 'new-year',
  'saint-sylvestre': 'new-year-eve',
  'saint-valentin': 'valentine',
  'saint-patrick': 'saint-patrick',
  pâques: 'easter',
  'lundi de pâques': 'easter-monday',
  'vendredi saint': 'good-friday',
  ascension: 'ascension',
  "jeudi de l'ascension": 'ascension',
  pentecôte: 'pentecost',
  'lundi de pentecôte': 'whit-monday',
  toussaint: 'all-saints',
  armistice: 'armistice',
  'fête du travail': 'workers-day',
  'fête des mères': 'fr-mothers-day',
  'fete des meres': 'fr-mothers-day',
  'fête des pères': 'us-fathers-day',
  'fete des peres': 'us-fathers-day',
  'fête de la musique': 'music-day',
  'fete de la musique': 'music-day',
  'réveillon de noël': 'christmas-eve',
  'reveillon de noel': 'christmas-eve',
  'réveillon du nouvel an': 'new-year-eve',
  'reveillon du nouvel an': 'new-year-eve',
  'réveillon de la saint-sylvestre': 'new-year-eve',
  'réveillon du jour de l’an': 'new-year-eve',
  "réveillon du jour de l'an": 'new-year-eve',
  'mardi gras': 'shrove-tuesday',
  chandeleur: 'candlemas',
  assomption: 'assumption',
  halloween: 'halloween',
  thanksgiving: 'thanksgiving',
  'black friday': 'black-friday',
  'aïd-el-fitr': 'eid-al-fitr',
  'aïd-al-fitr': 'eid-al-fitr',
  'aid-el-fitr': 'eid-al-fitr',
  'aid-al-fitr': 'eid-al-fitr',
  'aïd-el-kébir': 'eid-al-adha',
  'aïd-el-kebir': 'eid-al-adha',
  'aid-el-kebir': 'eid-al-adha',
  'aïd-al-adha': 'eid-al-adha',
  'aïd-el-adha': 'eid-al-adha',
  'aid-al-adha': 'eid-al-adha',
  'aid-el-adha': 'eid-al-adha',
  'aïd-al-kébir': 'eid-al-adha',
  'aïd-al-kebir': 'eid-al-adha',
  'aïd-al-kabir': 'eid-al-adha',
  'aïd-el-kabir': 'eid-al-adha',
  'aid-al-kebir': 'eid-al-adha',
  'aid-al-kabir': 'eid-al-adha',
  'aïd-lekbir': 'eid-al-adha',
  'aïd-es-seghir': 'eid-al-fitr',
  'aïd-es-sghir': 'eid-al-fitr',
  'aïd-el-seghir': 'eid-al-fitr',
  'aïd-sghir': 'eid-al-fitr',
  'aid-es-seghir': 'eid-al-fitr',
  'aid-sghir': 'eid-al-fitr',
  // "l'Aïd" alone: which one the words around it tell (see EID_CUES).
  aïd: 'eid-al-adha',
  aid: 'eid-al-adha',
  // Names led by a common word ("mercredi des Cendres", "premier de l'an") would make that word
  // the rule's trigger, tried at every weekday of the text, and every name adds to the rule's cost
  // on every text: only the feasts French news dates by name are here ("la guerre du Kippour" is a
  // war, not a date).
  'jour du nouvel an': 'new-year',
  carême: 'lent',
  careme: 'lent',
  'nouvel an chinois': 'lunar-new-year',
  ramadan: 'ramadan',
  'nouvel an musulman': 'islamic-new-year',
  'nouvel an hégire': 'islamic-new-year',
  mawlid: 'mawlid',
  'aïd-al-mawlid': 'mawlid',
};
const HOLIDAY_KEYS = Object.fromEntries(Object.entries(HOLIDAYS).map(([k, v]) => [phraseKey(k), v]));
const HOLIDAY = Object.keys(HOLIDAYS)
  .sort((a, b) => b.length - a.length)
  .map(phrase)
  .join('|');
// Names that are also first names or common nouns ("Noël Le Graët", "Pâques Martin", "l'ascension du col") need a
// word that introduces a date, or a year after them.
// "Tariq Ramadan", "un carême de réflexion" likewise.
const HOLIDAY_NEEDS_CONTEXT = new Set([
  'noël',
  'noel',
  'pâques',
  'toussaint',
  'ascension',
  'armistice',
  'assomption',
  'ramadan',
  'carême',
  'careme',
]);
// "l'Aïd" alone is the feast of the sacrifice when sheep or the sacrifice are spoken of nearby, the
// end of the fast when Ramadan or the fast are; with neither it stays out.
const EID_CUES: [RegExp, Holiday][] = [
  [/(?<![\p{L}])(?:moutons?|ovins?|sacrifices?|bétail|cheptel|adha|kébir|kebir)(?![\p{L}])/iu, 'eid-al-adha'],
  [/(?<![\p{L}])(?:ramadan|ramadhan|jeûne|fitr|zakat)(?![\p{L}])/iu, 'eid-al-fitr'],
];

const PAST_WORDS =
  'dernier|dernière|derniere|passé|passée|passe|passee|précédent|précédente|precedent|precedente|écoulé|écoulée|ecoule|ecoulee';
const NEXT_WORDS = 'prochain|prochaine|suivant|suivante|à venir|a venir';
const IS_PAST_WORD = new RegExp(`^(?:${PAST_WORDS})$`, 'i');
const IS_NEXT_WORD = new RegExp(`^(?:${NEXT_WORDS})$`, 'i');
// "la semaine d'après", "le mois qui suit", "le jour d'avant": the same as suivant / précédent,
// only at the end of a clause ("d'après l'Insee", "le mois qui suit l'élection" are no such words).
const CLAUSE_END = `(?=${S0}(?:[.,;:!?)]|$))`;
const AFTER_WORDS = `d['’]${S0}(?:après|apres|avant)${CLAUSE_END}|qui${S}suit${CLAUSE_END}`;
const offsetOf = (w: string | undefined): -1 | 0 | 1 | undefined => {
  if (!w) return undefined;
  if (/^d['’][\s\u00A0\u202F]{0,3}avant$/i.test(w)) return -1;
  if (/^(?:d['’][\s\u00A0\u202F]{0,3}apr|qui[\s\u00A0\u202F])/i.test(w)) return 1;
  if (IS_PAST_WORD.test(w)) return -1;
  if (IS_NEXT_WORD.test(w)) return 1;
  return 0;
};

// Words after which a four-digit number is a year whatever follows ("en 2018", "depuis 2020")…
const YEAR_BEFORE =
  "en|depuis|dès|avant|après|apres|jusqu'en|jusqu’en|d'ici|d’ici|année|annee|l'an|l’an|vers|fin|début|debut|mi|courant|milieu|printemps|été|automne|hiver|exercice|horizon";
// …and weaker ones after which it must also stand where a year can ("de 2025 à 2030", not "et 2018 annexes").
const YEAR_BEFORE_WEAK = "de|d'|d’|à|a|et|au|entre|pour|par|dans|jusqu'à|jusqu’à|des|cap|budget";
// A bare four-digit number reads as a year only where a year can stand: at the end of a clause or
// before a verb or a function word, or before a lower-case word that is no plural ("le plan 2030
// prévoit": a count takes a plural noun). "2 500 emplois" and "2018 salariés" stay numbers.
const YEAR_AFTER =
  "[.,;:!?)»\"'’\\]]|$|[\\s\\u00A0]{1,3}(?:et|ou|à|a|au|aux|en|pour|par|sur|le|la|les|l[’']|de|des|du|d[’']|il|elle|ils|elles|on|qui|que|qu[’']|avait|a|ont|sera|était|est|fut|devrait|pourrait|marque|avec|contre|selon|dans|lors|puis|alors|comme|-|–|\\u0096)(?![\\p{L}])|[\\s\\u00A0]{1,3}\\p{Ll}{3,20}(?<![sx])(?![\\p{L}\\p{N}])";

/**
 * Parts of the day, hours [from, to): Recognizers' morning and evening; the afternoon runs to 19 h
 * as Duckling's does (Recognizers' 16 h leaves "16 h 30 dans l'après-midi" out of it).
 */
const DAY_PARTS: Record<string, [number, number]> = {
  matin: [8, 12],
  matinée: [8, 12],
  'après-midi': [12, 19],
  'apres-midi': [12, 19],
  soir: [16, 20],
  soirée: [16, 20],
  nuit: [20, 24],
};
/** Early and late hours of the parts of the day ("tôt le matin", "tard dans la soirée"). */
const EARLY_LATE: Record<string, [number, number][]> = {
  matin: [
    [6, 9],
    [10, 12],
  ],
  matiné: [
    [6, 9],
    [10, 12],
  ],
  'après-midi': [
    [12, 14],
    [16, 18],
  ],
  soir: [
    [18, 20],
    [21, 24],
  ],
  soiré: [
    [18, 20],
    [21, 24],
  ],
  nuit: [
    [20, 22],
    [22, 24],
  ],
};
/** The key of a part of the day as written ("Apres midi" → "après-midi"). */
const partKey = (w: string | undefined) =>
  (w ?? '')
    .toLowerCase()
    .replace(/[\s\u00A0]+/g, '-')
    .replace(/^apres/, 'après')
    .replace(/ee$/, 'ée');
/** Their beginning, middle and end ("en fin de matinée"), Duckling's hours. */
const EDGE_HOURS: Record<string, [number, number][]> = {
  matinée: [
    [7, 9],
    [9, 11],
    [10, 12],
  ],
  'après-midi': [
    [12, 14],
    [14, 17],
    [17, 19],
  ],
  soirée: [
    [18, 21],
    [20, 22],
    [21, 24],
  ],
  // "En fin de journée" is the late afternoon and the evening, as Duckling reads it; "la fin de
  // demain" (a named day's end) stays its last minute.
  journée: [
    [6, 10],
    [11, 16],
    [17, 21],
  ],
};

// A day told in the text just before ("le 16 mars", "mardi"): "le lendemain" then follows it.
const NARRATED_DAY = new RegExp(
  `${B}(?:\\d{1,2}(?:er)?${S}(?:${MONTH_ANY})|${anyOf(Object.keys(WEEKDAYS).filter((k) => k.length > 3))}|hier|veille)${E}`,
  'iu',
);

// What follows an amount of time that makes it a length ("2h d'attente", "3 heures de route"); "de
// cela" still dates ("il y a deux heures de cela").
const LENGTH_OF = /^[\s\u00A0]{1,3}(?:de|d['’])(?![\s\u00A0]{1,3}cela(?![\p{L}])|[\s\u00A0]{0,3}aujourd)/iu;

// Words before an amount of hours that make it a length of time ("il faut compter de 2 à 3 h"), and
// a noun after it ("de 2 à 3 heures de route"; "de l'après-midi" is a part of the day).
const DURATION_BEFORE =
  /(?:pendant|durant|dur\p{L}{0,5}|prend\p{L}{0,4}|pris|prennent|faut|faudra|compter|environ|attendre|attente|retard|mettre|met|mis)[\s\u00A0]{1,3}$/iu;
const LENGTH_AFTER =
  /^[\s\u00A0]{1,3}(?:de|d['’])(?![\s\u00A0]{1,3}(?:la[\s\u00A0]{1,3}(?:matin|soir|nuit|journ)|l['’][\s\u00A0]{0,3}apr))/iu;

/** From yesterday evening to this morning. */
const LAST_NIGHT: Atom = {
  kind: 'range',
  from: { kind: 'day-part', from: 20, to: 24, date: { kind: 'relative-day', offset: -1 } },
  to: { kind: 'day-part', from: 0, to: 6, date: { kind: 'relative-day', offset: 0 } },
};

const rules: DateRule[] = [
  isoRule(),
  {
    // 08/05/2024, 8.5.24, 08-05-2024; the separator repeats.
    name: 'numeric',
    pattern: re(
      `(?:${B}(${WEEKDAY})${S0},?${S0})?(?<![\\p{L}\\p{N}.,/-])(\\d{1,2})([/.-])(\\d{1,2})\\3(\\d{4}|\\d{2})(?![\\p{L}]|[.,/-]?\\d)`,
    ),
    build: (m, env) => {
      const date = numericDate(Number(m[2]), Number(m[4]), expandYear(Number(m[5]), env.ref), env.order);
      return date?.kind === 'calendar' && m[1] ? { ...date, weekday: lookup(WEEKDAYS, m[1]) } : date;
    },
  },
  {
    // 02 04 2009, 18 8 78: a numeric date written with single spaces.
    name: 'numeric-spaced',
    pattern: re(
      `(?<![\\p{L}\\p{N}.,/-]|[\\p{N}.,/-][ \\u00A0\\u202F])(\\d{1,2}) (\\d{1,2}) ((?:19|20)\\d{2}|\\d{2})(?![\\p{L}\\p{N}]|[.,/-]?\\d| \\d)`,
    ),
    build: (m, env) => numericDate(Number(m[1]), Number(m[2]), expandYear(Number(m[3]), env.ref), 'dmy'),
  },
  numericMonthNameRule(WORDS),
  weekdayNumericRule(WORDS, expandYear),
  numericRangeRule(expandYear),
  {
    // novembre 19-20
    name: 'month-day-range',
    pattern: re(`${B}(${MONTH})${S}(\\d{1,2})${S0}[-–\\u0096]${S0}(\\d{1,2})(?:${S}(${YEAR}))?${E}`),
    build: (m) => {
      const month = lookup(MONTHS, m[1]);
      const year = m[4] === undefined ? undefined : Number(m[4]);
      const from = calendar(year, month, dayOf(m[2]));
      const to = calendar(year, month, dayOf(m[3]));
      return from && to ? { kind: 'range', from, to } : null;
    },
  },
  {
    // de 14 à 16 after a date ("le 17 de 14 à 16"): bare hours, kept only when joined to the date.
    name: 'bare-hour-range',
    // "de 14 à 16" beside a date; "de 5 à 6pm" (the meridiem read once serves both) alone too.
    pattern: re(
      `${B}(?:de|entre)${S}(\\d{1,2})${S}(?:à|a|et)${S}(\\d{1,2})(?:${S0}([ap]m))?(?![\\p{L}\\p{N}]|${S0}(?:%|[.,]\\d))`,
    ),
    build: (m) => {
      const to = timeOf(Number(m[2]), 0, undefined, m[3]);
      const from = timeOf(Number(m[1]), 0, undefined, m[3] && Number(m[1]) < Number(m[2]) ? m[3] : undefined);
      const h = (t: TimeOfDay) => (t.meridiem === 'pm' && t.hour < 12 ? t.hour + 12 : t.hour);
      return from && to && h(to) > h(from) ? { kind: 'time-range', from, to } : null;
    },
    needsDate: (m) => !m[3],
  },
  {
    // "de 16 à 17 heures", "entre 9 et 12 h 30": hours with one unit written after the
    // second; "de 2 à 3 heures de route", "il faut compter de 2 à 3 h" are lengths of time.
    name: 'hour-range-unit',
    pattern: re(
      `${B}(de|entre)${S}(\\d{1,2})${S0}(à|a|et)${S0}(\\d{1,2})${S0}(h|heures)(?:${S0}(\\d{2}))?(?![\\p{L}\\p{N}]|${S0}(?:%|[.,]\\d))`,
    ),
    build: (m) => {
      const open = (m[1] ?? '').toLowerCase();
      const join = (m[3] ?? '').toLowerCase();
      if (!((open === 'de' && /^[àa]$/.test(join)) || (open === 'entre' && join === 'et'))) return null;
      if (DURATION_BEFORE.test(m.input.slice(Math.max(0, m.index - 24), m.index))) return null;
      const end = m.index + m[0].length;
      if (/^heures$/i.test(m[5] ?? '') && LENGTH_AFTER.test(m.input.slice(end, end + 24))) return null;
      const from = timeOf(Number(m[2]), 0);
      const to = timeOf(Number(m[4]), m[6] === undefined ? 0 : Number(m[6]));
      return from && to && to.hour > from.hour ? { kind: 'time-range', from, to } : null;
    },
  },
  {
    // les trois dernières années, les 3 prochaines semaines, dix derniers mois; les 2 dernières
    // secondes: the minute they fall in, before now ("les 3 prochaines secondes" the minute ahead).
    name: 'span',
    pattern: re(
      `${B}(${COUNT})${S}(derniers|dernières|dernieres|prochains|prochaines|passés|passées|dernier|dernière|derniere|prochain|prochaine)${S}(${UNIT}|secondes)${E}`,
    ),
    build: (m): Atom | null => {
      const n = num(m[1]);
      if (/^secondes$/i.test(m[3] ?? '')) {
        // "les 10 dernières secondes du match" are the match's, not now's.
        const end = m.index + m[0].length;
        if (
          n === undefined ||
          n < 1 ||
          !/s$/i.test(m[2] ?? '') ||
          /^[\s\u00A0]{1,3}(?:de|du|des|d['’])(?![\p{L}])/iu.test(m.input.slice(end, end + 6))
        )
          return null;
        const shift = (amount: number): Atom => ({ kind: 'shift', unit: 'minute', amount, asUnit: true });
        // A range closing on minutes from now holds the minute before its end (as "de 14 h à 16 h").
        return /^(?:dern|pass)/i.test(m[2] ?? '')
          ? { kind: 'range', from: shift(-Math.ceil(n / 60)), to: shift(0) }
          : { kind: 'range', from: shift(0), to: shift(Math.floor(n / 60) + 1) };
      }
      const unit = lookup(UNITS, m[3]);
      if (n === undefined || !unit) return null;
      // "2 dernier jours" misspells one plural of two; "une dernière semaine de négociations" is no span.
      if (!/s$/i.test(m[2] ?? '') && (n < 2 || !/s$/i.test(m[3] ?? ''))) return null;
      return {
        kind: 'span',
        unit,
        n: factorOf(m[3]) * n,
        direction: /^(dern|pass)/i.test(m[2] ?? '') ? 'past' : 'future',
      };
    },
  },
  {
    // les 3 mois suivants, les deux années passées, les 48 heures suivantes: as "les 3 prochains
    // mois", counted from the reference when no date was told before (from which "suivants" would
    // count) and the sentence is not told the other way ("les 48 heures suivantes ont été
    // décisives"); "les trois jours passés à l'hôpital" is a stay, "les 10 jours suivant
    // l'injection" follow the injection.
    name: 'span-after',
    pattern: re(
      `${B}(${COUNT})${S}(${UNIT})${S}(suivants?|suivantes?|précédents?|précédentes?|precedents?|precedentes?|passés|passées|passes|passees|écoulés|écoulées|ecoules|ecoulees)${E}(?!${S}(?:à|a|au|aux|en|dans|sur|avec|par|chez|loin|ensemble|sans|sous|de|d['’]|le|la|les|l['’]|un|une|son|sa|ses|leur|leurs|ce|cet|cette|ces)${E}|${S}[dl]['’])`,
    ),
    build: (m): Atom | null => {
      const n = num(m[1]);
      const unit = lookup(UNITS, m[2]);
      if (n === undefined || n < 2 || !unit) return null;
      const past = !/^suiv/i.test(m[3] ?? '');
      const span: Atom = { kind: 'span', unit, n: factorOf(m[2]) * n, direction: past ? 'past' : 'future' };
      return /^(?:suiv|pr[ée]c)/i.test(m[3] ?? '') ? fromReference(m.input, m.index, past ? -1 : 1, span) : span;
    },
  },
  {
    // oct./2, Oct/2: a month name, a slash and its day.
    name: 'month-slash-day',
    pattern: re(`${B}(${MONTH_ANY})\\.?/(\\d{1,2})(?![\\p{L}\\p{N}]|[/.,-]\\d)`),
    build: (m) => calendar(undefined, lookup(MONTHS, m[1]), dayOf(m[2])),
  },
  {
    // le 17 02, le 31 10: day and month apart by a space, only after "le" and before the end of a
    // clause or "à" / "vers": "01 42 17 02 33", "17 02 000" stay numbers ("le" is the trigger).
    name: 'day-month-spaced',
    pattern: re(`${B}le${S}(?<core>${DAY_MONTH_SPACED})`),
    build: (m) => calendar(undefined, Number(m[3]), Number(m[2])),
  },
  {
    // "17 02" alone as a whole text (a form field, a caption): anchored, tried at the start only.
    name: 'day-month-spaced-alone',
    pattern: re(`^(?<core>${DAY_MONTH_SPACED})`),
    build: (m) => calendar(undefined, Number(m[3]), Number(m[2])),
  },
  {
    // le vingt-cinq mardi: a day in words with its weekday (the month comes from the reference).
    name: 'day-words-weekday',
    pattern: re(
      `(?<=${B}le${S})(?<core>(${anyOf(Object.keys(NUMBERS).filter((k) => (NUMBERS[k] ?? 0) >= 1 && (NUMBERS[k] ?? 0) <= 31))})${S}(${anyOf(Object.keys(WEEKDAYS).filter((k) => k.length > 3))}))${E}`,
    ),
    build: (m) => calendar(undefined, undefined, dayOf(m[2]), lookup(WEEKDAYS, m[3])),
  },
  {
    // 22/04: latent, a fraction or a score may look the same.
    name: 'numeric-day-month',
    // "3/4" is a fraction as often as a date: only after a word that introduces a date, or alone.
    pattern: re(
      `(?:(?<=${B}(?:le|du|au|sur|pour|depuis|dès|avant|après|jusqu['’]au|et|entre|ce|samedi|dimanche|lundi|mardi|mercredi|jeudi|vendredi)${S})|(?<=[.!?:][\\s\\u00A0]{1,3})|(?<![^\\n]))(\\d{1,2})([/.])(\\d{1,2})(?![\\p{L}]|[.,/-]?\\d)`,
    ),
    // "le 15.02" too, but a point only after a word that introduces a date ("3.5" is a number).
    build: (m, env) =>
      m[2] === '.' &&
      !/(?:le|du|au|depuis|dès|avant|après|jusqu['’]au)[\s\u00A0]{1,3}$/iu.test(
        m.input.slice(Math.max(0, m.index - 12), m.index),
      )
        ? null
        : numericDate(Number(m[1]), Number(m[3]), undefined, env.order),
    latent: true,
  },
  {
    // 2015/08/12, 2015.5.13: a year-first date written with slashes or points.
    name: 'iso-slash',
    pattern: re(`(?<![\\p{L}\\p{N}./-])(\\d{4})([/.])(\\d{1,2})\\2(\\d{1,2})(?![\\p{L}\\p{N}]|[./-]\\d)`),
    build: (m) => calendar(Number(m[1]), Number(m[3]), Number(m[4])),
  },
  {
    // 2015-3, 2024/05
    name: 'numeric-year-month',
    pattern: re(`${B}(\\d{4})[-/](\\d{1,2})(?![\\p{L}]|[.,/-]?\\d)`),
    build: (m) => calendar(Number(m[1]), Number(m[2])),
  },
  {
    // mardi 8 mai 2024, 1er juillet, 23 novembre de 1987, le vingt-cinq mai; a holiday named by
    // its date is hyphenated: le 14-Juillet, le 1er-Mai, le 11-Novembre.
    name: 'day-month-year',
    pattern: re(
      `${B}(?:(${WEEKDAY})${S0},?${S0}(?:le${S})?)?(${DAY_ORD})(?:${S}(?:de${S})?|-)(${MONTH_AFTER_DAY})(?:(?:${S}(?:de${S})?|,${S})(${YEAR}|['’]\\d{2}|\\d{2}(?=${S0}(?:[.,;:!?)]|$)))|${S}(${PAST_WORDS}|${NEXT_WORDS}))?${E}`,
    ),
    build: (m, env) => {
      const y = m[4] === undefined ? undefined : expandYear(Number(m[4].replace(/['’]/, '')), env.ref);
      const day = dayOf(m[2]);
      if (day === undefined) return null;
      const date = calendar(y, lookup(MONTHS, m[3]), day, lookup(WEEKDAYS, m[1]));
      // "le 14 janvier dernier", "le 13 avril prochain": the direction is read with the date.
      if (date?.kind === 'calendar' && m[5]) return { ...date, dir: offsetOf(m[5]) === -1 ? 'past' : 'future' };
      return date;
    },
  },
  {
    // du 8 au 10 mai, entre le 3 et le 12 septembre 2024, 8-10 mai
    name: 'day-range',
    pattern: re(
      `${B}(?:(du|entre|de|des)${S}(?:le${S})?)?(${DAY_ORD})${S0}(au|à|et|-|–|\\u0096|jusqu['’](?:au|à|a))${S0}(?:le${S})?(${DAY_ORD})${S}(?:de${S})?(${MONTH_AFTER_DAY})(?:,?${S}(${YEAR}))?${E}`,
    ),
    build: (m) => {
      const open = (m[1] ?? '').toLowerCase();
      const join = (m[3] ?? '').toLowerCase();
      if ((join === 'et') !== (open === 'entre') && !(join === 'et' && open === '')) return null;
      if (join === 'et' && open !== 'entre') return null;
      const month = lookup(MONTHS, m[5]);
      const year = m[6] === undefined ? undefined : Number(m[6]);
      const from = calendar(year, month, dayOf(m[2]));
      const to = calendar(year, month, dayOf(m[4]));
      if (!from || !to) return null;
      return { kind: 'range', from, to };
    },
  },
  {
    // du 12 au dix-sept, entre le 12 et le dix-sept, du 12e au 17: days of the month the reference
    // gives, in figures or words, up to the end of the clause ("du 13e au 18e rang" is no date,
    // "entre dix et quinze" a count: "entre" needs "le").
    name: 'day-range-no-month',
    pattern: re(
      `${B}(du|entre(?=${S}le${E}))${S}(?:le${S})?(1er|\\d{1,2}(?:e|ème|eme)?|${DAY_WORD})${S}(au|et)${S}(?:le${S})?(\\d{1,2}|${DAY_WORD})(?=${S0}(?:[.;:!?)]|,(?!\\d)|$))`,
    ),
    build: (m): Atom | null => {
      if ((m[1] ?? '').toLowerCase() === 'du' ? !/^au$/i.test(m[3] ?? '') : !/^et$/i.test(m[3] ?? '')) return null;
      const d1 = dayOf(m[2]);
      const d2 = dayOf(m[4]);
      if (d1 === undefined || d2 === undefined || d2 <= d1) return null;
      const from = calendar(undefined, undefined, d1);
      const to = calendar(undefined, undefined, d2);
      return from && to ? { kind: 'range', from, to } : null;
    },
  },
  {
    // les 4 et 5 juin, les 12, 13 et 14 juin: consecutive days of one event are a range (days
    // apart, "les 4 et 12 juin", are two dates: the last one alone is read by the other rules).
    name: 'day-list',
    pattern: re(
      `(?<=${B}(?:les|des)${S})(?<core>(\\d{1,2}|1er)((?:${S0},${S0}\\d{1,2}){0,5})${S}et${S}(\\d{1,2})${S}(${MONTH_AFTER_DAY})(?:${S}(${YEAR}))?)${E}`,
    ),
    build: (m) => {
      const days = [m[2], ...(m[3] ?? '').split(',').slice(1), m[4]].map((d) => dayOf(d?.trim()));
      if (days.some((d, i) => d === undefined || (i > 0 && d !== (days[i - 1] ?? 0) + 1))) return null;
      const month = lookup(MONTHS, m[5]);
      const year = m[6] === undefined ? undefined : Number(m[6]);
      const from = calendar(year, month, days[0]);
      const to = calendar(year, month, days[days.length - 1]);
      return from && to ? { kind: 'range', from, to } : null;
    },
  },
  {
    // du 4 au 22 de ce mois, du 10 au 15 du mois prochain, le 15 du mois dernier: days of a month
    // named from the reference.
    name: 'days-of-cycle-month',
    pattern: re(
      `${B}(?:(du|entre)${S}(?:le${S})?)?((${DAY})(?:${S0}(au|à|et|-|–|\\u0096|jusqu['’](?:au|à|a))${S0}(?:le${S})?(${DAY}))?)${S}(?:de${S}ce${S}mois(?:-ci)?|(du${S})?mois${S}(${PAST_WORDS}|${NEXT_WORDS}|en${S}cours))${E}`,
    ),
    build: (m): Atom | null => {
      const open = (m[1] ?? '').toLowerCase();
      const d1 = dayOf(m[3]);
      const d2 = m[5] === undefined ? undefined : dayOf(m[5]);
      const join = (m[4] ?? '').toLowerCase();
      const of: Atom = {
        kind: 'cycle',
        unit: 'month',
        offset: offsetOf(/cours/i.test(m[7] ?? '') ? undefined : m[7]) ?? 0,
      };
      if (d1 === undefined) return null;
      // Without "du" only a dashed range reads so ("4-23 mois prochain"); "les 2-3 mois prochains" counts months.
      if (
        m[7] !== undefined &&
        m[6] === undefined &&
        (!/^[-–\u0096]$/.test(join) ||
          /(?:les|des|ces|en|dans)[\s\u00A0]{1,3}$/iu.test(m.input.slice(Math.max(0, m.index - 6), m.index)))
      )
        return null;
      const day = (n: number): Atom => ({ kind: 'nth-day', n, of });
      if (d2 === undefined) {
        // A lone day needs "le" before it ("le 15 du mois prochain").
        if (open || !/(?:^|[^\p{L}])le[\s\u00A0]{1,3}$/iu.test(m.input.slice(Math.max(0, m.index - 4), m.index)))
          return null;
        return day(d1);
      }
      if ((join === 'et') !== (open === 'entre') || d2 <= d1) return null;
      return { kind: 'range', from: day(d1), to: day(d2) };
    },
  },
  {
    // "mai vingt-neuf", "Juin trois": a month then its day in words, at the end of the clause
    // (capitalized too, as when dictated; "Mars" the planet stays out).
    name: 'month-day-words',
    pattern: re(
      `${B}(${MONTH})${S}(premier|${anyOf(Object.keys(NUMBERS).filter((k) => (NUMBERS[k] ?? 0) >= 2 && (NUMBERS[k] ?? 0) <= 31))})(?=${S0}(?:[.,;:!?)]|$))`,
    ),
    build: (m) =>
      /^Mars$/i.test(m[1] ?? '') && !isLower(m[1] ?? '')
        ? null
        : calendar(undefined, lookup(MONTHS, m[1]), dayOf(m[2])),
  },
  {
    // novembre 23 de 1987, sept-23-2020 (month first)
    name: 'month-day-year',
    pattern: re(`${B}(${MONTH})[\\s\\u00A0/-]{1,3}(\\d{1,2})(?:,|${S0}de)?[\\s\\u00A0/-]{1,3}(${YEAR})${E}`),
    build: (m) => calendar(Number(m[3]), lookup(MONTHS, m[1]), dayOf(m[2])),
  },
  {
    // mai 2024, juillet 98, mars de l'an 2000
    name: 'month-year',
    // "dec 2013", "sept. 2013": an abbreviation needs no point before a full year standing where a
    // year can ("sept 2013 personnes" counts people).
    pattern: re(
      `${B}(?:(${MONTH})${S}(?:de${S}|d'|d’)?(${YEAR}|['’]?\\d{2})|(${MONTH_AFTER_DAY})${S}(${YEAR})(?=${YEAR_AFTER}))${E}(?![\\s\\u00A0]?(?:\\d|%|h${E}))`,
    ),
    build: (m, env) =>
      calendar(expandYear(Number((m[2] ?? m[4] ?? '').replace(/['’]/, '')), env.ref), lookup(MONTHS, m[1] ?? m[3])),
  },
  {
    // A bare month needs a word that introduces it ("en mai", "fin mars", "de mai à juillet") and,
    // as French writes months in lower case, "Mars" the planet stays out.
    name: 'month',
    pattern: re(
      `(?<=${B}(?:en|depuis|dès|des|avant|après|apres|jusqu'en|jusqu’en|jusqu'à|jusqu’à|d'ici|d’ici|mois${S}de|début|debut|fin|mi|courant|milieu|entre|de|à|au|et|cette|ce|cet|dès${S}le${S}mois${S}de)(?:${S}|-)|(?:mois${S}d|d)['’]${S0})(?<core>(${MONTH})(?:${S}(${PAST_WORDS}|${NEXT_WORDS}))?)${E}`,
    ),
    build: (m) => {
      // Capitalized ("fin Mars", "En Avril" in a title) only after a word that can introduce
      // nothing but a date: "de Mars", "à Mai" may be the planet or a name.
      if (
        !isLower(m[2] ?? '') &&
        !/(?:^|[^\p{L}])(?:en|depuis|dès|jusqu['’]en|d['’]ici|début|debut|fin|mi|courant|milieu|mois[\s\u00A0]{1,3}d['’e])[\s\u00A0-]{0,3}$/iu.test(
          m.input.slice(Math.max(0, m.index - 14), m.index),
        )
      )
        return null;
      const month = lookup(MONTHS, m[2]);
      if (month === undefined) return null;
      // "un record pour un mois de juin", "les mois d'août": any June, no date.
      if (
        /(?:^|[^\p{L}])(?:un|les|des|chaque|tout)[\s\u00A0]{1,3}mois[\s\u00A0]{1,3}(?:de[\s\u00A0]{1,3}|d['’])$/iu.test(
          m.input.slice(Math.max(0, m.index - 20), m.index),
        )
      )
        return null;
      const pre = m.input.slice(Math.max(0, m.index - 6), m.index).toLowerCase();
      const o = offsetOf(m[3]);
      if (/c(?:e|et|ette)[\s\u00A0]$/.test(pre) || o !== undefined) {
        return {
          kind: 'calendar',
          month,
          ...(o === undefined ? { yearOffset: 0 } : { dir: o < 0 ? 'past' : 'future' }),
        } as Atom;
      }
      return calendar(undefined, month);
    },
  },
  {
    // mars prochain, juin dernier
    name: 'month-qualified',
    pattern: re(`${B}(${MONTH})${S}(${PAST_WORDS}|${NEXT_WORDS})${E}`),
    build: (m) => {
      const month = lookup(MONTHS, m[1]);
      if (month === undefined || !isLower(m[1] ?? '')) return null;
      return { kind: 'calendar', month, dir: offsetOf(m[2]) === -1 ? 'past' : 'future' };
    },
  },
  {
    // 2/2013, 02-2013: a month and a year.
    name: 'numeric-month-year',
    pattern: re(`(?<![\\p{L}\\p{N}.,/-])(\\d{1,2})[/-](${YEAR})(?![\\p{L}\\p{N}]|[.,/-]\\d)`),
    build: (m) => calendar(Number(m[2]), Number(m[1])),
  },
  {
    // le 23, mardi 8: a day without its month (the month comes from the reference).
    name: 'weekday-day',
    // Figures only: "jeudi un investissement", "mardi trois ministres" are no dates.
    pattern: re(`${B}(${WEEKDAY})${S}(1er|1re|premier|\\d{1,2})${E}(?!${S0}(?:h${E}|heures?|%|:|\\d))`),
    build: (m) => calendar(undefined, undefined, dayOf(m[2]), lookup(WEEKDAYS, m[1])),
  },
  {
    // "jeudi douze à quatorze heures": a day in words after its weekday, before a time or the end
    // of the clause ("mardi trois ministres ont démissionné" is no date).
    name: 'weekday-day-words',
    pattern: re(
      `${B}(${WEEKDAY})${S}(premier|${anyOf(Object.keys(NUMBERS).filter((k) => (NUMBERS[k] ?? 0) >= 2 && (NUMBERS[k] ?? 0) <= 31))})(?=${S0}(?:[.,;:!?)]|$)|${S}(?:à|vers)${S}(?:\\d{1,2}${S0}(?:h|heures?|:)|(?:(?:${NUMBER_WORD})${S}heures?|midi|minuit)${E}))`,
    ),
    build: (m) => calendar(undefined, undefined, dayOf(m[2]), lookup(WEEKDAYS, m[1])),
  },
  {
    name: 'day-of-month',
    pattern: re(
      `(?<=${B}(?:le|du|au)${S})(?<core>(1er|\\d{1,2})(?:${S}(${WEEKDAY}))?)(?=${S0}(?:[.,;:!?)]|$|(?:au|à|et|dernier|prochain|de|entre|vers|plutôt)${E}|jusqu['’]|[-–\\u0096](?!\\d{1,4}[-/.]\\d)))`,
    ),
    build: (m) => calendar(undefined, undefined, dayOf(m[2]), lookup(WEEKDAYS, m[3])),
    latent: true,
  },
  {
    // mardi, mardi dernier, ce mardi, mardi prochain
    name: 'weekday',
    pattern: re(
      `${B}(?:(ce|cette)${S})?(${anyOf(Object.keys(WEEKDAYS).filter((k) => k.length > 3))})(?:${S}(${PAST_WORDS}|${NEXT_WORDS}|${AFTER_WORDS})|${S}(?:de${S})?(?:la${S})?(cette${S}semaine|semaine${S}(?:${PAST_WORDS}|${NEXT_WORDS}|${AFTER_WORDS})))?${E}`,
    ),
    build: (m) => {
      const weekday = lookup(WEEKDAYS, m[2]);
      if (weekday === undefined) return null;
      // "jeudi de la semaine prochaine": that day of the week named.
      if (m[4])
        return {
          kind: 'weekday',
          weekday,
          offset: /^cette/i.test(m[4]) ? 0 : (offsetOf(m[4].replace(/^semaine[\s\u00A0\u202F]{1,3}/i, '')) ?? 0),
        };
      // "mardi dernier" is the latest Tuesday before today, "mardi prochain" the next one after it.
      // "Ce dimanche" is read as a bare weekday, by the tense: "les électeurs ont voté ce dimanche"
      // in Tuesday's paper is the Sunday just gone, "la grève commencera ce lundi" the coming one.
      if (m[1] && !m[3]) return { kind: 'weekday', weekday };
      // "la messe du dimanche", "le Journal du dimanche": a bare weekday after "du" is any such day,
      // not a date ("le match de dimanche" is one; "du lundi au vendredi" is read as a range).
      const end = m.index + m[0].length;
      if (
        !m[3] &&
        /(?<![\p{L}])du[\s\u00A0]{1,3}$/iu.test(m.input.slice(Math.max(0, m.index - 6), m.index)) &&
        !/^[\s\u00A0]{1,3}(?:au|à)(?![\p{L}])/iu.test(m.input.slice(end, end + 6))
      )
        return null;
      // "le lundi suivant" after a day told: the Monday after that day, which the reference does not give.
      if (ANAPHORIC.test(m[3] ?? '') && NARRATED_DAY.test(m.input.slice(Math.max(0, m.index - 300), m.index)))
        return null;
      const o = offsetOf(m[3]);
      if (o === undefined || o === 0) return { kind: 'weekday', weekday };
      // "mercredi suivant", "mercredi d'après" with no day told: that day of the following week (as
      // "jeudi de la semaine suivante"); "mercredi prochain" is the nearest one ahead.
      if (ANAPHORIC.test(m[3] ?? '')) return { kind: 'weekday', weekday, offset: o };
      return { kind: 'weekday', weekday, dir: o < 0 ? 'past' : 'future', strict: true };
    },
  },
  {
    // "dans la journée", "pour la journée" (the reference day) and "dans la semaine" (its week),
    // when nothing names another day after them ("la journée du 5 mai", "la semaine qui suit") nor
    // a day was told just before ("le 16 mars … dans la journée" is that day).
    name: 'this-day',
    pattern: re(
      `(?:(?<=${B}(?:dans|pour|pendant|durant|au${S}cours${S}de)${S}la${S})|(?<=^la${S}))(?<core>(journée|semaine))(?=${S0}(?:[.,;:!?)]|$))`,
    ),
    build: (m): Atom | null => {
      const week = /^semaine$/i.test(m[2] ?? '');
      const before = m.input.slice(Math.max(0, m.index - 300), m.index);
      if (week && !/(?:^|[^\p{L}])dans[\s\u00A0]{1,3}la[\s\u00A0]{1,3}$/iu.test(before)) return null;
      if (NARRATED_DAY.test(before)) return null;
      return week ? { kind: 'cycle', unit: 'week', offset: 0 } : { kind: 'relative-day', offset: 0 };
    },
  },
  {
    // "réuni ce jour": the reference day, in formal French; "à ce jour" (to date), "depuis ce jour"
    // (since the day just told), "ce jour-là" and "ce jour où…" are not.
    name: 'ce-jour',
    // Written with one plain space, so that "ce jour" itself is the rule's trigger.
    pattern: re(`(?<!${B}(?:à|a|jusqu['’]à|depuis|dès|de)${S})${B}ce jour(?=${S0}(?:[.,;:!?)]|$))`),
    build: (): Atom => ({ kind: 'relative-day', offset: 0 }),
  },
  {
    // "lun.", "ven.", "dim." alone, as in listings; "mar." (mars), "mer." (la mer), "jeu." and "sam." are
    // too often something else.
    name: 'weekday-abbr',
    // The point belongs to each alternative, so that "lun." (not "lundi") is the trigger.
    pattern: re(`${B}(lun\\.|ven\\.|dim\\.)(?![\\p{L}\\p{N}]|${S0}[\\p{N}(])`),
    build: (m) => {
      const weekday = lookup(WEEKDAYS, m[1]);
      return weekday === undefined ? null : { kind: 'weekday', weekday };
    },
  },
  {
    // tôt dans la journée: the morning of the reference day, tard its afternoon and evening; "plus
    // tôt / plus tard dans la journée" say no more than the day itself.
    name: 'early-late-today',
    pattern: re(`${B}(plus${S})?(tôt|tard)${S}dans${S}la${S}journée${E}`),
    build: (m): Atom => {
      const today: Atom = { kind: 'relative-day', offset: 0 };
      if (m[1]) return today;
      return /^tôt/i.test(m[2] ?? '')
        ? { kind: 'day-part', from: 0, to: 12, date: today }
        : { kind: 'day-part', from: 12, to: 24, date: today };
    },
  },
  {
    // (un peu) plus tard dans l'après-midi même: what is left of the reference day's afternoon, read
    // whole (Duckling's); "plus tard dans la soirée / la matinée" are their late hours (rule
    // early-late-part), "plus tard dans la journée" the day (rule early-late-today).
    name: 'later-in-part',
    pattern: re(
      `${B}(?:un${S}peu${S})?plus${S}tard${S}dans${S}l['’]${S0}(apr[eè]s[- ]midi)${E}(?!${S}(?:de|du|d['’]))`,
    ),
    build: (m): Atom | null => {
      const today: Atom = { kind: 'relative-day', offset: 0 };
      const p = DAY_PARTS[partKey(m[1])];
      return p ? { kind: 'day-part', from: p[0], to: p[1], date: today, today: true } : null;
    },
  },
  {
    // la nuit de samedi à dimanche: from the first evening to the next morning (20:00 to 05:59).
    name: 'night-of',
    pattern: re(`${B}nuit${S}(?:de${S}|du${S})(${WEEKDAY})${S}(?:à|au)${S}(${WEEKDAY})${E}`),
    build: (m): Atom | null => {
      const first = lookup(WEEKDAYS, m[1]);
      const next = lookup(WEEKDAYS, m[2]);
      if (first === undefined || next !== (first % 7) + 1) return null;
      const day: Atom = { kind: 'weekday', weekday: first };
      return {
        kind: 'range',
        from: { kind: 'day-part', from: 20, to: 24, date: day },
        to: { kind: 'day-part', from: 0, to: 6, date: { kind: 'offset', of: day, unit: 'day', amount: 1 } },
      };
    },
  },
  {
    // dans la matinée, dans l'après-midi, dans la soirée: that part of the reference day ("dans
    // la nuit de mardi" is the night of Tuesday, joined by the engine).
    name: 'day-part-today',
    pattern: re(
      `(?<=${B}(?:dans${S}(?:la${S}|l['’]${S0})|en${S}))(?<core>(matin[ée]e|apr[eè]s[- ]midi|soir[ée]e|nuit))${E}(?!${S}(?:de|du|d['’]))`,
    ),
    build: (m) => {
      const p = DAY_PARTS[partKey(m[2])];
      if (!p) return null;
      // "le 15 mai dans la soirée": the part of that day, joined by the engine.
      const before = m.input.slice(Math.max(0, m.index - 48), m.index);
      if (DAY_THEN_PART.test(before)) return { kind: 'day-part', from: p[0], to: p[1] };
      if (/nuit/i.test(m[2] ?? '') && /en[\s\u00A0]{1,3}$/iu.test(before)) return null;
      return { kind: 'day-part', from: p[0], to: p[1], date: { kind: 'relative-day', offset: 0 } };
    },
  },
  {
    // la nuit dernière: from yesterday evening to this morning.
    name: 'last-night',
    pattern: re(`${B}nuit${S}(?:dernière|derniere|passée)${E}`),
    build: (): Atom => LAST_NIGHT,
  },
  {
    // tôt ce matin, tard dans la nuit, tard hier soir, tôt mardi matin: the early or late hours of
    // a part of the day, of the day named or else of the reference day ("tôt le matin" is a habit).
    name: 'early-late-part',
    pattern: re(
      `${B}(tôt|tard)${S}(?:(?:ce|cet|cette|dans${S}la|dans${S}l['’])${S0})?(?:(${WEEKDAY}|hier|demain)${S})?(matin|matin[ée]e|apr[eè]s[- ]midi|soir|soir[ée]e|nuit)${E}(?![-‑\\u0082]là${E}|${S}(?:de|du|d['’]))`,
    ),
    build: (m) => {
      const key = partKey(m[3]).replace(/ée$/, '');
      const hours = EARLY_LATE[key]?.[/^tôt/i.test(m[1] ?? '') ? 0 : 1];
      if (!hours) return null;
      const w = (m[2] ?? '').toLowerCase();
      const day: Atom = !w
        ? { kind: 'relative-day', offset: 0 }
        : w === 'hier'
          ? { kind: 'relative-day', offset: -1 }
          : w === 'demain'
            ? { kind: 'relative-day', offset: 1 }
            : { kind: 'weekday', weekday: lookup(WEEKDAYS, w) ?? 1 };
      return { kind: 'day-part', from: hours[0], to: hours[1], date: day };
    },
  },
  {
    // tôt le matin, le matin très tôt: 7-9 h (Duckling's early morning) of the day named just before
    // ("aujourd'hui tôt le matin", joined by the engine); without one it is a habit ("il faut se
    // lever tôt le matin"), read only when it is the whole text.
    name: 'early-morning',
    pattern: re(
      `${B}(?:(?:(?:très|tres)${S})?(?:tôt|tot)${S}le${S}matin|le${S}matin(?:${S}(?:très|tres))?${S}(?:tôt|tot))${E}`,
    ),
    build: (m): Atom | null =>
      alone(m) || DAY_JUST_BEFORE.test(m.input.slice(Math.max(0, m.index - 40), m.index))
        ? { kind: 'day-part', from: 7, to: 9, date: { kind: 'relative-day', offset: 0 }, today: true }
        : null,
  },
  {
    // à l'heure du déjeuner, au moment du déjeuner (12-14 h); avant le déjeuner (10-12 h), après le
    // déjeuner (13-17 h), pendant le déjeuner, après le travail (17-21 h): Duckling's hours, of the day
    // named just before or else the reference day. Those told by the meal alone ("après le déjeuner,
    // les ministres ont visité l'usine") follow an event rather than name a time: only after a day
    // or as the whole text. "Le déjeuner de travail", "après le déjeuner offert par…" are events.
    name: 'meal-time',
    pattern: re(
      `${B}(?:(après|apres|avant)${S}(?:le${S})?|(pendant|durant)${S}le${S}|(?<=${B}(?:à|a)${S})l['’]${S0}heure${S}du${S}|au${S}moment${S}(?:du|de)${S})(déjeuner|dejeuner|travail)${E}(?!${S0}d['’]|${S}(?:de|du|des|avec|offert|organisé|officiel|annuel|à${S}domicile)${E})`,
    ),
    build: (m): Atom | null => {
      const edge = (m[1] ?? '').toLowerCase();
      const work = /^travail$/i.test(m[3] ?? '');
      if (work && !/^apr/.test(edge)) return null;
      const hours = work ? [17, 21] : /^apr/.test(edge) ? [13, 17] : edge === 'avant' ? [10, 12] : [12, 14];
      const named = !edge && !m[2];
      if (!named && !alone(m) && !DAY_JUST_BEFORE.test(m.input.slice(Math.max(0, m.index - 40), m.index))) return null;
      return {
        kind: 'day-part',
        from: hours[0] ?? 12,
        to: hours[1] ?? 14,
        date: { kind: 'relative-day', offset: 0 },
        today: true,
      };
    },
  },
  {
    // en début de matinée, en fin d'après-midi, mardi en début de soirée: a third of a part of
    // the day, of the day named just before or else of the reference day (Duckling's hours).
    name: 'day-part-edge',
    pattern: re(
      `${B}(?:(${WEEKDAY}|hier|demain|aujourd['’]hui)${S}(?:en${S}|dans${S}la${S}|au${S}|à${S}la${S})?)?(?:(début|debut|milieu|mi(?=-))(?:${S}(?:de${S}(?:la${S}|l['’]${S0})?|d['’]${S0})|-)(matin[ée]e|apr[eè]s[- ]midi|soir[ée]e|journée)|(fin)${S}(?:de${S}(?:la${S}|l['’]${S0})?|d['’]${S0})(matin[ée]e|apr[eè]s[- ]midi|soir[ée]e|journ[ée]e))${E}`,
    ),
    build: (m) => {
      const word = m[2] ?? m[4] ?? '';
      const edge = /^d/i.test(word) ? 0 : /^m/i.test(word) ? 1 : 2;
      const hours = EDGE_HOURS[partKey(m[3] ?? m[5])]?.[edge];
      if (!hours) return null;
      const w = (m[1] ?? '').toLowerCase();
      // No day named: the reference day, unless the engine finds a date just before ("le 12 mai en début de matinée").
      if (!w)
        return {
          kind: 'day-part',
          from: hours[0],
          to: hours[1],
          date: { kind: 'relative-day', offset: 0 },
          today: true,
        };
      const day: Atom = !w
        ? { kind: 'relative-day', offset: 0 }
        : /hier/.test(w)
          ? { kind: 'relative-day', offset: -1 }
          : /demain/.test(w)
            ? { kind: 'relative-day', offset: 1 }
            : /aujourd/.test(w)
              ? { kind: 'relative-day', offset: 0 }
              : { kind: 'weekday', weekday: lookup(WEEKDAYS, w) ?? 1 };
      return { kind: 'day-part', from: hours[0], to: hours[1], date: day };
    },
  },
  {
    // "mardi en huit": the Tuesday a week after the coming one (today's if it is a Tuesday);
    // "mardi en quinze" a week later still.
    name: 'weekday-en-huit',
    pattern: re(`${B}(${WEEKDAY})${S}en${S}(huit|8|quinze|15)${E}`),
    build: (m) => {
      const weekday = lookup(WEEKDAYS, m[1]);
      if (weekday === undefined) return null;
      const amount = /^(huit|8)$/i.test(m[2] ?? '') ? 7 : 14;
      return { kind: 'offset', of: { kind: 'weekday', weekday, dir: 'future' }, unit: 'day', amount };
    },
  },
  {
    // le jour suivant, le jour d'après, le jour précédent, le jour d'avant: "le lendemain" / "la veille".
    name: 'next-day-words',
    pattern: re(`${B}jour${S}(?:(suivant|précédent|precedent)|d['’]${S0}(après|apres|avant))${CLAUSE_END}`),
    build: (m) => {
      const offset = /^(?:pr|avant)/i.test(m[1] ?? m[2] ?? '') ? -1 : 1;
      return fromReference(m.input, m.index, offset, { kind: 'relative-day', offset });
    },
  },
  {
    // deux jours plus tard, trois semaines après, un an plus tôt: moved from the reference when no
    // date was told before ("deux jours après le scrutin" is read by anchorShift).
    name: 'shift-later',
    pattern: re(`${B}(${COUNT})${S}(${UNIT})${S}(plus${S}tard|plus${S}tôt|plus${S}tot|après|apres|avant)${CLAUSE_END}`),
    build: (m) => {
      const n = num(m[1]);
      const unit = lookup(UNITS, m[2]);
      if (n === undefined || n < 1 || !unit) return null;
      const direction = /^(?:avant|plus[\s\u00A0\u202F]{1,3}t[ôo]t)$/i.test(m[3] ?? '') ? -1 : 1;
      return fromReference(m.input, m.index, direction, {
        kind: 'shift',
        unit,
        amount: direction * factorOf(m[2]) * n,
        asUnit: true,
      });
    },
  },
  {
    name: 'relative-day',
    // "le lendemain" alone is the day after the reference, "la veille" the day before; "le
    // lendemain de l'élection", "la veille du scrutin" are not ("en veille" is no day at all);
    // "demain de 14 h à 16 h" is tomorrow.
    pattern: re(
      `${B}(aujourd['’]hui|avant-hier|avant[ -]hier|après-demain|apres-demain|hier|demain|(?:lendemain|(?<=${B}la${S})veille)(?!${S}(?:de|du|des|d['’]|au(?!${S}(?:matin|soir|plus${S}tard)${E}))${E}|${S0}d['’]))${E}`,
    ),
    build: (m) => {
      const w = (m[1] ?? '').toLowerCase().replace(/\s/g, '-');
      // In a narrative ("condamnés le 16 mars. Le lendemain, …") it follows the date just told, not the reference.
      // Told in the past, "le lendemain" follows some past event, not the reference; told ahead,
      // "la veille" precedes some coming one.
      if (w === 'lendemain' || w === 'veille') {
        if (NARRATED_DAY.test(m.input.slice(Math.max(0, m.index - 300), m.index))) return null;
        const sentence = sentenceAround(m.input, m.index);
        if ((w === 'lendemain' ? PAST_CUE : FUTURE_CUE).test(sentence)) return null;
        return { kind: 'relative-day', offset: w === 'veille' ? -1 : 1 };
      }
      const offset =
        { "aujourd'hui": 0, 'aujourd’hui': 0, 'avant-hier': -2, hier: -1, demain: 1 }[w] ??
        (w.includes('demain') ? 2 : 0);
      return { kind: 'relative-day', offset };
    },
  },
  {
    name: 'now',
    // "actuellement" and "à présent" say no more than the present tense does; they are left out.
    // "le plus tôt possible", "dès que possible" start from now: read as now (Recognizers' FUTURE_REF).
    pattern: re(
      `(?:(?<=${B}(?:jusqu['’]à|dès|à partir de|depuis|et|entre)${S})maintenant|${B}maintenant(?=${S0}(?:[.,;:!?)]|$))|${B}(?:le${S}plus${S}tôt|dès${S}que)${S}possible)${E}`,
    ),
    build: () => ({ kind: 'now' }),
    latent: true,
  },
  {
    // A month, a holiday that is also a name, "tout de suite", "en ce moment" or a part of the day
    // given alone (see alone()): "mars", "noël", "toussaint", "le soir" as a whole text; in a
    // sentence they need a word that introduces them (rules month, holiday, day-part) or say a
    // manner ("il a compris tout de suite"). Anchored at the start and read in a lookahead, so
    // that it costs one try per text and no trigger scan (its words are everywhere in news).
    name: 'alone',
    pattern: re(
      `^(?=${S0}(?:(?:le|la|l['’])${S0})?(?<core>${anyOf(FULL_MONTHS)}|noël|noel|toussaint|pâques|paques|ascension|tout${S}de${S}suite|en${S}ce${S}moment|matin|matinée|apr[eè]s[- ]midi|soir|soirée|nuit|printemps|été|automne|hiver)${E}[\\s\\u00A0\\u202F]{0,3}[.!?]?[\\s\\u00A0\\u202F]{0,3}$)`,
    ),
    build: (m): Atom | null => {
      const word = m.groups?.core ?? '';
      const w = word.toLowerCase();
      if (/^tout/.test(w)) return { kind: 'now' };
      if (/^en/.test(w)) return { kind: 'relative-day', offset: 0 };
      // "le soir", "l'après-midi": that part of the reference day.
      const part = DAY_PARTS[partKey(w)];
      if (part) return { kind: 'day-part', from: part[0], to: part[1], date: { kind: 'relative-day', offset: 0 } };
      const month = lookup(MONTHS, w);
      if (month !== undefined) return isLower(word) ? calendar(undefined, month) : null;
      const season = { printemps: 0, été: 1, automne: 2, hiver: 3 }[w];
      // As "cet hiver": this year's, or the winter under way.
      if (season !== undefined) return { kind: 'season', season, yearOffset: 0 };
      const name = HOLIDAY_KEYS[phraseKey(w.replace(/^paques$/, 'pâques'))];
      return name ? { kind: 'holiday', name } : null;
    },
  },
  {
    // Noël, Pâques 2024, la Toussaint, le lundi de Pentecôte
    name: 'holiday',
    // "le jour de Noël", "la journée de l'Ascension": the words for the day belong to the span.
    pattern: re(
      `${B}(?:(jour|journée)${S}(?:de${S}(?:la${S}|l['’]${S0})?|d['’]${S0}))?(${HOLIDAY})(?:${S}(${YEAR}|${PAST_WORDS}|${NEXT_WORDS}))?${E}`,
    ),
    build: (m) => {
      const word = m[2] ?? '';
      const key = phraseKey(word);
      let name = HOLIDAY_KEYS[key];
      if (!name) return null;
      if (key === 'aïd' || key === 'aid') {
        if (!/^A/.test(word)) return null;
        const near = m.input.slice(Math.max(0, m.index - 250), m.index + 250);
        const cue = EID_CUES.find(([re]) => re.test(near));
        if (!cue) return null;
        name = cue[1];
      }
      const year = m[3] && /^\d/.test(m[3]) ? Number(m[3]) : undefined;
      const before = m.input.slice(Math.max(0, m.index - 12), m.index).toLowerCase();
      const introduced =
        !!m[1] ||
        /(?:^|[^\p{L}])(?:à|a|de|du|d['’]|pour|pendant|durant|avant|après|depuis|la|le|l['’]|jusqu['’]à|dès|veille de|lendemain de)[\s\u00A0]{0,3}$/u.test(
          before,
        );
      if (HOLIDAY_NEEDS_CONTEXT.has(key) && !introduced && year === undefined) return null;
      if (key === 'ascension' && !/^A/.test(word)) return null;
      const o = m[3] && !year ? offsetOf(m[3]) : undefined;
      return { kind: 'holiday', name, year, offset: o === 0 ? undefined : o };
    },
  },
  {
    // ce week-end, le week-end dernier, le week-end prochain
    name: 'weekend',
    pattern: re(`${B}(?:(ce)${S})?week-?end(?:${S}(${PAST_WORDS}|${NEXT_WORDS}))?${E}`),
    build: (m) => {
      if (m[1] || m[2]) return { kind: 'weekend', offset: offsetOf(m[2]) ?? 0 };
      // "le week-end de Pâques": a bare weekend, kept only when the engine joins it to the holiday.
      const end = m.index + m[0].length;
      return /^[\s\u00A0]{1,3}(?:de|du|d['’])/iu.test(m.input.slice(end, end + 5))
        ? { kind: 'weekend', offset: 0, bare: true }
        : null;
    },
    needsDate: (m) => !m[1] && !m[2],
  },
  {
    // 20240508: a compact ISO date, digits only.
    name: 'iso-compact',
    pattern: re(`(?<![\\p{L}\\p{N}.,])((?:19|20)\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?![\\p{N}]|[.,]\\d)`),
    build: (m) => calendar(Number(m[1]), Number(m[2]), Number(m[3])),
  },
  {
    // janvier-février 2017
    name: 'month-range',
    // "en juillet-août": without a year, both months in lower case.
    pattern: re(`${B}(${MONTH})${S0}[-–\\u0096]${S0}(${MONTH})(?:${S}(${YEAR}))?${E}`),
    build: (m) => {
      const a = lookup(MONTHS, m[1]);
      const b = lookup(MONTHS, m[2]);
      if (a === undefined || b === undefined) return null;
      if (m[3] === undefined) {
        if (!isLower(m[1] ?? '') || !isLower(m[2] ?? '') || a >= b) return null;
        return { kind: 'range', from: calendar(undefined, a) ?? undefined, to: calendar(undefined, b) ?? undefined };
      }
      const y = Number(m[3]);
      return { kind: 'range', from: calendar(a > b ? y - 1 : y, a) ?? undefined, to: calendar(y, b) ?? undefined };
    },
  },
  {
    // le XVe siècle, le 21e siècle
    name: 'century',
    pattern: re(`${B}(\\d{1,2}|[XVI]{1,5})(?:e|ème|eme)${S}siècle${E}`),
    build: (m) => {
      const t = m[1] ?? '';
      const roman: Record<string, number> = { I: 1, V: 5, X: 10 };
      let n = 0;
      if (/^\\d/.test(t)) n = Number(t);
      else
        for (let i = 0; i < t.length; i++) {
          const v = roman[t[i] ?? ''] ?? 0;
          n += v < (roman[t[i + 1] ?? ''] ?? 0) ? -v : v;
        }
      return n >= 1 && n <= 30 ? { kind: 'decade', year: (n - 1) * 100, span: 100 } : null;
    },
  },
  {
    // la semaine dernière, le mois prochain, l'an dernier, cette année, ce mois-ci
    name: 'cycle',
    pattern: re(
      `${B}(?:(cette|ce|cet)${S})?(semaine|mois|année|annee|an|trimestre|semestre)(?:(-ci)|${S}(${PAST_WORDS}|${NEXT_WORDS}|${AFTER_WORDS}|en${S}cours))?${E}(?![-\\s\\u00A0]{1,3}là${E})`,
    ),
    build: (m) => {
      const unit = lookup(UNITS, m[2]) ?? (/^sem/i.test(m[2] ?? '') ? undefined : undefined);
      const offset = m[4] ? (offsetOf(/cours/i.test(m[4]) ? undefined : m[4]) ?? 0) : m[1] || m[3] ? 0 : undefined;
      if (offset === undefined) return null;
      if (/^semestre$/i.test(m[2] ?? '')) return null;
      if (!unit) return null;
      if (ANAPHORIC.test(m[4] ?? '')) return anaphoricCycle(m.input, m.index, unit, offset);
      return { kind: 'cycle', unit, offset };
    },
  },
  {
    // la semaine 12, semaine 31 de 2021: ISO week numbers ("la semaine 12 de grossesse", "la
    // semaine 3 du championnat" count something else).
    name: 'week-number',
    pattern: re(
      `${B}semaine${S}(?:n°${S0})?(\\d{1,2})(?:${S}(?:de${S}|de${S}l['’]année${S})?(${YEAR}))?${E}(?!${S}(?:de|du|des|d['’]))`,
    ),
    build: (m) => {
      const n = Number(m[1]);
      return n < 1 || n > 53 ? null : { kind: 'iso-week', week: n, year: m[2] ? Number(m[2]) : undefined };
    },
  },
  {
    // le dernier lundi de mars, le premier jour du mois prochain, le troisième mardi de septembre 2014
    name: 'nth-day',
    pattern: re(
      `${B}(?:le${S})?(?<core>(premier|1er|deuxième|deuxieme|2e|2ème|2eme|second|troisième|troisieme|3e|3ème|3eme|quatrième|quatrieme|4e|4ème|4eme|cinquième|cinquieme|5e|5ème|5eme|dernier)${S}(${anyOf(Object.keys(WEEKDAYS).filter((k) => k.length > 3))}|jour|week-?end)${S}(?:de${S}|d['’]|du${S})(?:(${MONTH})(?:${S}(${YEAR}))?|(?:ce${S})?mois(?:${S}(${PAST_WORDS}|${NEXT_WORDS}))?|(?:l['’]|cette${S})année(?:${S}(${PAST_WORDS}|${NEXT_WORDS}))?|(${YEAR})))${E}`,
    ),
    build: (m) => {
      const w = (m[2] ?? '').toLowerCase();
      const n = /^dern/.test(w)
        ? -1
        : /^(prem|1)/.test(w)
          ? 1
          : /^(deux|2|second)/.test(w)
            ? 2
            : /^(trois|3)/.test(w)
              ? 3
              : /^(quatr|4)/.test(w)
                ? 4
                : 5;
      // "le deuxième week-end de mars": the weekend of that month's nth Saturday.
      const weekend = /^week/i.test(m[3] ?? '');
      const weekday = weekend ? 6 : /^jour$/i.test(m[3] ?? '') ? undefined : lookup(WEEKDAYS, m[3]);
      let of: Atom | null = null;
      if (m[4]) of = calendar(m[5] ? Number(m[5]) : undefined, lookup(MONTHS, m[4]));
      else if (m[8]) of = calendar(Number(m[8]));
      else if (/(?:l['’]|cette\s{1,3})année/i.test(m[0]))
        of = { kind: 'cycle', unit: 'year', offset: offsetOf(m[7]) ?? 0 };
      else of = { kind: 'cycle', unit: 'month', offset: offsetOf(m[6]) ?? 0 };
      if (!of) return null;
      return weekend
        ? { kind: 'holiday-weekend', of: { kind: 'nth-day', n, weekday, of } }
        : { kind: 'nth-day', n, weekday, of };
    },
  },
  {
    // "fin de l'année", "début du mois": the current period, named after a part word.
    name: 'cycle-after-part',
    pattern: re(
      `(?<=${B}(?:début|debut|fin|mi|milieu|courant)${S}(?:de${S}|du${S}|d['’]))(?<core>(?:l['’]|la${S}|ce${S}|cette${S})?(année|annee|an|mois|semaine))${E}(?!${S}(?:de${S}|d['’])${S0}(?:${MONTH_ANY})${E}|${S}${YEAR}${E})`,
    ),
    build: (m) => {
      const unit = lookup(UNITS, m[2]);
      return unit ? { kind: 'cycle', unit, offset: 0 } : null;
    },
  },
  {
    // les neuf premiers mois de l'année, les six premiers mois de 2023, les dix derniers jours de
    // mars, les deux premières semaines de juin: whole units counted from the start or the end of a period.
    name: 'units-of-period',
    pattern: re(
      `${B}(${COUNT})${S}(premiers|premières|premieres|derniers|dernières|dernieres)${S}(mois|jours|semaines)${S}(?:de${S}|d['’]|du${S})(?:(${MONTH})(?:${S}(${YEAR}))?|(?:l['’]|cette${S}|ce${S})(année|annee|an|exercice|mois)(?:${S}(${PAST_WORDS}|${NEXT_WORDS}|en${S}cours))?|(mois)(?:${S}(${PAST_WORDS}|${NEXT_WORDS}))?|(${YEAR}))${E}`,
    ),
    build: (m): Atom | null => {
      const [
        ,
        count,
        edge,
        unitWord,
        monthWord,
        monthYear,
        cycleWord,
        qualifier,
        monthCycle,
        monthQualifier,
        yearText,
      ] = m;
      const n = num(count);
      if (n === undefined || n < 2) return null;
      const ofYear = yearText !== undefined || (cycleWord !== undefined && !/^mois$/i.test(cycleWord));
      const offset = offsetOf(/cours/i.test(qualifier ?? '') ? undefined : (qualifier ?? monthQualifier)) ?? 0;
      let period: Atom | null;
      if (monthWord) period = calendar(monthYear ? Number(monthYear) : undefined, lookup(MONTHS, monthWord));
      else if (yearText) period = calendar(Number(yearText));
      else if (cycleWord || monthCycle) period = { kind: 'cycle', unit: ofYear ? 'year' : 'month', offset };
      else period = null;
      if (!period) return null;
      const last = /^dern/i.test(edge ?? '');
      const unit = (unitWord ?? '').toLowerCase();
      const month = (mo: number): Atom | null =>
        yearText ? calendar(Number(yearText), mo) : { kind: 'calendar', month: mo, yearOffset: offset };
      const of = unit === 'mois' ? 'month' : unit === 'semaines' ? 'week' : 'day';
      return unitsOfPeriod(of, n, last, period, ofYear ? month : null);
    },
  },
  {
    // la première quinzaine de mai, la seconde quinzaine du mois prochain: days 1-14 and 15 to
    // the end (Duckling's halves).
    name: 'fortnight-of-month',
    pattern: re(
      `${B}(première|premiere|1re|1ère|deuxième|deuxieme|2e|2ème|2eme|seconde|dernière|derniere)${S}quinzaine${S}(?:de${S}|d['’]${S0}|du${S})(?:(?:mois${S}(?:de${S}|d['’]${S0}))?(${MONTH})(?:${S}(${YEAR}))?|(?:ce${S})?mois(?:${S}(${PAST_WORDS}|${NEXT_WORDS}))?)${E}`,
    ),
    build: (m): Atom | null => {
      const month = m[2] === undefined ? undefined : lookup(MONTHS, m[2]);
      if (m[2] !== undefined && (month === undefined || !isLower(m[2]))) return null;
      const of: Atom | null =
        month === undefined
          ? { kind: 'cycle', unit: 'month', offset: offsetOf(m[4]) ?? 0 }
          : calendar(m[3] === undefined ? undefined : Number(m[3]), month);
      if (!of) return null;
      const day = (n: number): Atom => ({ kind: 'nth-day', n, of });
      return /^(prem|1)/i.test(m[1] ?? '')
        ? { kind: 'range', from: day(1), to: day(14) }
        : { kind: 'range', from: day(15), to: day(-1) };
    },
  },
  {
    // dans les 2 h, dans les trois mois, dans les deux prochaines semaines: d'ici là.
    name: 'within',
    // "sous 48 heures", "sous quinze jours", "sous huitaine" (eight days), "sous quinzaine" too.
    pattern: re(
      `${B}(?:dans${S}les${S}(${COUNT})${S0}(?:(?:prochain|prochaine)s${S})?|sous${S}(${COUNT})${S0})(${UNIT})${E}|${B}sous${S}(huitaine|quinzaine)${E}|${B}en${S}l['’]${S0}espace${S}(?:de${S}|d['’]${S0})(${COUNT})${S}(${UNIT})${E}`,
    ),
    build: (m) => {
      if (m[4]) return { kind: 'within', unit: 'day', n: /^huit/i.test(m[4]) ? 8 : 15 };
      // "en l'espace de deux ans" runs from now only when it looks ahead: "les prix ont doublé en
      // l'espace de deux ans" is the length of what happened.
      if (m[5] && PAST_CUE.test(sentenceAround(m.input, m.index))) return null;
      const n = num(m[1] ?? m[2] ?? m[5]);
      const unit = lookup(UNITS, m[3] ?? m[6]);
      return n === undefined || !unit ? null : { kind: 'within', unit, n: factorOf(m[3] ?? m[6]) * n };
    },
  },
  {
    // depuis trois ans, cela fait dix ans que: since the reference moved back by that much.
    name: 'since-shift',
    pattern: re(
      `${B}(depuis|cela${S}fait|ça${S}fait)${S}(?:(?:environ|près de|plus de)${S})?(${COUNT})${S}(${UNIT})${E}`,
    ),
    build: (m) => {
      const n = num(m[2]);
      const unit = lookup(UNITS, m[3]);
      if (n === undefined || !unit) return null;
      if (
        /fait/i.test(m[1] ?? '') &&
        !/^[\s\u00A0]{1,3}qu/iu.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 5))
      )
        return null;
      return { kind: 'range', from: { kind: 'shift', unit, amount: -factorOf(m[3]) * n, asUnit: true }, mod: 'since' };
    },
  },
  {
    // il y a trois ans, dans deux semaines, d'ici 5 ans, dans 2h, dans 1 h 30, dans une heure et
    // demie, dans une demi-heure, il y a un quart d'heure
    name: 'shift',
    pattern: re(
      `${B}(il${S}y${S}a|il${S}ya|dans|d['’]ici)${S}(?:(?:environ|près de|à peu près)${S})?(?:(${COUNT})(?:${S}|(?<=\\d))(${UNIT})(?:${S0}(\\d{2})(?:${S0}(?:min|mn|minutes))?|${S}et${S}(demie?|quart))?|(une${S}demi|un${S}quart|trois${S}quarts)${S0}(?:[-‑\\u0082]|d['’]${S0})?heure|une${S}(${ABOUT_COUNT})${S}(?:de${S}|d['’]${S0})(${UNIT}))${E}`,
    ),
    build: (m): Atom | null => {
      const back = /^il/i.test(m[1] ?? '') ? -1 : 1;
      // "il y a 2h d'attente", "dans 2 heures de route": an amount of time, not a moment.
      const end = m.index + m[0].length;
      const short = !!m[6] || /^(?:h|heures?|min|mn|minutes?)$/i.test(m[3] ?? '');
      if (short && LENGTH_OF.test(m.input.slice(end, end + 12))) return null;
      if (m[6]) {
        const minutes = /demi/i.test(m[6]) ? 30 : /^trois/i.test(m[6]) ? 45 : 15;
        return { kind: 'shift', unit: 'minute', amount: back * minutes, asUnit: true };
      }
      // "il y a une dizaine d'années": about ten years, read as ten ("il y a environ dix ans").
      const n = m[7] ? ABOUT_COUNTS[m[7].toLowerCase()] : num(m[2]);
      const unit = lookup(UNITS, m[3] ?? m[8]);
      if (n === undefined || !unit) return null;
      // "dans 1 h 30", "dans une heure et demie": the minutes past the hours.
      const extra = m[4] !== undefined ? Number(m[4]) : m[5] ? (/demi/i.test(m[5]) ? 30 : 15) : undefined;
      // "dans deux ans et demi": the half of a longer unit is below its grain.
      if (extra !== undefined && (unit === 'hour' || m[4] !== undefined)) {
        if (unit !== 'hour' || extra > 59) return null;
        return { kind: 'shift', unit: 'minute', amount: back * (n * 60 + extra), asUnit: true };
      }
      const amount = factorOf(m[3] ?? m[8]) * n;
      // At the grain of its unit: "il y a deux ans" says a year, not a month nor a day.
      return { kind: 'shift', unit, amount: back * amount, asUnit: true };
    },
  },
  {
    // dans une seconde, dans 30 secondes, dans 1", dans 2': the moment that far ahead, to the minute
    // (the contract's finest grain; the reference is read to the minute, its seconds taken as 0).
    // "Dans une seconde étape" is an ordinal, "dans 2' de temps additionnel" a length.
    name: 'shift-seconds',
    pattern: re(
      `${B}dans${S}(?:(${COUNT})${S}(secondes|seconde(?=${S0}(?:[.,;:!?)]|$))|sec)${E}|(\\d{1,3})${S0}(?:(["″”\\u0094\\u009A]|['’]{2})|(['’]))(?![\\p{L}\\p{N}'’"″”\\u0094\\u009A]))(?!${S}(?:de|d['’]|du)${E}|${S}d['’])`,
    ),
    build: (m): Atom | null => {
      const n = num(m[1] ?? m[3]);
      if (n === undefined) return null;
      const minutes = m[5] !== undefined ? n : Math.floor(n / 60);
      return { kind: 'shift', unit: 'minute', amount: minutes, asUnit: true };
    },
  },
  {
    // premier trimestre 2025, second semestre, T1 2025, 3e trimestre de l'année
    name: 'quarter',
    pattern: re(
      `${B}(premier|1er|deuxième|deuxieme|second|seconde|2e|2ème|2nd|troisième|troisieme|3e|3ème|quatrième|quatrieme|4e|4ème|dernier)${S}(trimestre|semestre)(?:${S}(?:de${S}|d['’])?(?:l['’]année${S}|l['’]an${S})?(${YEAR}|(?:l['’]année|l['’]an)${S}(?:${PAST_WORDS}|${NEXT_WORDS})))?${E}`,
    ),
    build: (m) => {
      const w = (m[1] ?? '').toLowerCase();
      const half = /^sem/i.test(m[2] ?? '');
      let n = /^(premier|1er)$/.test(w)
        ? 1
        : /^(deux|second|2)/.test(w)
          ? 2
          : /^(trois|3)/.test(w)
            ? 3
            : /^(quatr|4)/.test(w)
              ? 4
              : half
                ? 2
                : 4;
      if (w === 'dernier') n = half ? 2 : 4;
      if (half && n > 2) return null;
      const year = m[3] && /^\d/.test(m[3]) ? Number(m[3]) : undefined;
      // No year read: the tense picks it ("au quatrième trimestre, les ventes ont reculé" in May is last year's).
      const yearOffset = m[3] && !year ? (offsetOf(m[3].split(/[\s\u00A0]+/).pop()) ?? 0) : undefined;
      return { kind: half ? 'half' : 'quarter', n, year, yearOffset };
    },
  },
  {
    name: 'quarter-code',
    pattern: re(`${B}(?:([TQS])([1-4])(?:[\\s\\u00A0-]{1,3}(${YEAR}))?|(${YEAR})[\\s\\u00A0-]{1,3}([TQS])([1-4]))${E}`),
    build: (m) => {
      const letter = (m[1] ?? m[5] ?? '').toUpperCase();
      const n = Number(m[2] ?? m[6]);
      const yearText = m[3] ?? m[4];
      if ((m[0] ?? '') !== (m[0] ?? '').toUpperCase()) return null;
      if (letter === 'S' && n > 2) return null;
      const year = yearText === undefined ? undefined : Number(yearText);
      // A lone "S1" or "T3" is too often something else (a model, a phase, a tram line, a flat):
      // keep them with a year, or "T3" after a word that introduces a period ("au T3").
      if (year === undefined && letter !== 'T') return null;
      if (
        year === undefined &&
        !/(?:^|[^\p{L}])(?:au|du|le|ce|dès le|pour le|sur le|en)[\s\u00A0]{1,3}$/iu.test(
          m.input.slice(Math.max(0, m.index - 10), m.index),
        )
      )
        return null;
      return { kind: letter === 'S' ? 'half' : 'quarter', n, year, yearOffset: 0 };
    },
  },
  {
    name: 'season',
    pattern: re(
      `(?:(?<=${B}(?:l['’]|en|au|à l['’])${S0})|${B})(?<core>(?:(?:cet|cette|ce)${S})?(printemps|été|ete|automne|hiver)(?:${S}(?:de${S}|d['’])?(${YEAR}|${PAST_WORDS}|${NEXT_WORDS}))?)${E}`,
    ),
    build: (m) => {
      const before = m.input.slice(Math.max(0, m.index - 8), m.indices?.groups?.core?.[0] ?? m.index).toLowerCase();
      const hasContext = /(?:l['’]|en|au)[\s\u00A0]{0,3}$/.test(before) || /^c/i.test(m[0] ?? '');
      if (!hasContext && !m[3]) return null;
      const season = { printemps: 0, été: 1, ete: 1, automne: 2, hiver: 3 }[(m[2] ?? '').toLowerCase()];
      if (season === undefined) return null;
      const year = m[3] && /^\d/.test(m[3]) ? Number(m[3]) : undefined;
      // "cet été" is this year's whatever the tense; "l'été" alone follows the tense.
      const yearOffset = year !== undefined ? 0 : m[3] ? (offsetOf(m[3]) ?? 0) : /^c/i.test(m[0] ?? '') ? 0 : undefined;
      return { kind: 'season', season, year, yearOffset };
    },
  },
  {
    // cette décennie, la décennie prochaine, le siècle dernier, ce siècle: calendar decades and
    // centuries from the reference; "la décennie passée / écoulée", "la dernière décennie" the ten
    // years up to now (as English "the past decade").
    name: 'decade-cycle',
    pattern: re(
      `${B}(?:(cette|ce)${S}(décennie|decennie|siècle|siecle)|(décennie|decennie|siècle|siecle)${S}(dernier|dernière|derniere|prochain|prochaine|passée|passee|passé|passe|écoulée|ecoulee|écoulé|ecoule)|(dernière|derniere|prochaine)${S}(décennie|decennie))${E}(?![-‑\\u0082]là${E}|${S}(?:de|des|du|d['’])${E}|${S}d['’])`,
    ),
    build: (m, env): Atom | null => {
      const word = (m[2] ?? m[3] ?? m[6] ?? '').toLowerCase();
      // "la dernière décennie" is the ten years up to now, as "la décennie écoulée".
      const q = (m[4] ?? (m[5] ? (/^prochaine$/i.test(m[5]) ? 'prochaine' : 'passée') : '')).toLowerCase();
      const century = /^si/.test(word);
      if (!century && /^(?:pass|écoul|ecoul)/.test(q)) return { kind: 'span', unit: 'year', n: 10, direction: 'past' };
      if (!env.ref) return null;
      const span = century ? 100 : 10;
      const offset = !q ? 0 : /^(?:prochain)/.test(q) ? 1 : -1;
      return { kind: 'decade', year: Math.floor(env.ref.year / span) * span + span * offset, span };
    },
  },
  {
    // les années 1990, les années 90, années quatre-vingt-dix
    name: 'decade',
    pattern: re(
      `${B}années${S}(?:(19|20)?([0-9]0)|(quatre-vingt-dix|quatre-vingts|quatre-vingt|soixante-dix|soixante|cinquante|quarante|trente|vingt|deux${S}mille(?:${S}(?:dix|vingt))?))${E}`,
    ),
    build: (m, env) => {
      const words: Record<string, number> = {
        vingt: 20,
        trente: 30,
        quarante: 40,
        cinquante: 50,
        soixante: 60,
        'soixante-dix': 70,
        'quatre-vingt': 80,
        'quatre-vingts': 80,
        'quatre-vingt-dix': 90,
      };
      // "les années deux mille (dix)": the 2000s, the 2010s.
      const since2000 = /^deux[\s\u00A0\u202F]+mille(?:[\s\u00A0\u202F]+(\p{L}+))?$/iu.exec(m[3] ?? '');
      if (since2000)
        return { kind: 'decade', year: 2000 + (/^dix$/i.test(since2000[1] ?? '') ? 10 : since2000[1] ? 20 : 0) };
      if (m[3]) return { kind: 'decade', year: 1900 + (words[m[3].toLowerCase()] ?? 0) };
      const yy = Number(m[2]);
      const year = m[1]
        ? Number(m[1]) * 100 + yy
        : expandYear(yy, env.ref) > (env.ref?.year ?? 2000)
          ? 1900 + yy
          : expandYear(yy, env.ref);
      return { kind: 'decade', year };
    },
  },
  // 2025-2030, 2019/2020: two years.
  yearRangeRule(YEAR),
  {
    // en 2018, depuis 2020: a year with a word that introduces it.
    name: 'year',
    pattern: re(
      `(?<=${B}(?:${YEAR_BEFORE})(?:${S}|-|['’]))(?<core>${YEAR})(?![\\p{L}\\p{N}]|[\\s\\u00A0\\u202F]\\d{3}${E}|[.,]\\d|${S0}%)`,
    ),
    build: (m) => calendar(Number(m.groups?.core)),
  },
  {
    name: 'year-weak',
    // "de 2024.5 points" is a number.
    pattern: re(`(?<=${B}(?:${YEAR_BEFORE_WEAK})(?:${S}|['’]))(?<core>${YEAR})(?=${YEAR_AFTER})(?![.,]\\d)`),
    build: (m) => calendar(Number(m.groups?.core)),
  },
  {
    // A bare year in a plausible range, where a year can stand.
    name: 'bare-year',
    pattern: re(
      `(?<![\\p{L}\\p{N}.,]|\\d[\\s\\u00A0\\u202F/-]|\\d[\\s\\u00A0]-[\\s\\u00A0])(?<core>(?:19|20)\\d{2})(?=${YEAR_AFTER})(?![-/.,]\\d)`,
    ),
    build: (m) => calendar(Number(m.groups?.core)),
    latent: true,
  },
  {
    // 15 h 30, 15h, 8h05, 10 heures (durations — "pendant 3 heures", "le vol a duré 2h30", "3 heures
    // plus tard", "les 3 heures suivantes" — and the news programme "le 20 heures" are left out)
    name: 'time',
    pattern: re(
      `(?<!(?:pendant|durant|depuis|dans|en|pour|de plus de|plus de|moins de|(?<!(?:à|vers)${S})environ|les|des|(?<![\\p{L}])le|toutes les|chaque|il y a|dure|durent|duré|durée|durera|dureront|durait|duraient|retard de|grève de|délai de|attente de)${S})${B}(\\d{1,2})${S0}(?:h|H|heures?)(?:${S0}(\\d{2})(?:${S0}(?:min|mn))?|${S}(et${S}quart|et${S}demie?|moins${S}le${S}quart)|${S}pass[ée]e?${S}de${S}(\\d{1,2})${S}minutes?|${S}moins${S}(\\d{1,2}|${MINUTE_WORD})(?:${S}(?:min|mn|minutes?))?(?![\\p{L}\\p{N}]|${S0}(?:%|[.,]\\d)))?(?!\\p{L}|[.,]\\d)(?!${S0}\\d|${S}(?:plus${S}tard|plus${S}tôt|auparavant|suivantes|précédentes)${E})`,
    ),
    build: (m) => {
      // "17h moins 10": ten minutes before the hour.
      if (m[5]) {
        const less = num(m[5]);
        if (less === undefined || less < 1 || less > 30) return null;
        const t = timeOf((Number(m[1]) + 23) % 24, 60 - less);
        return t ? { kind: 'time', time: t } : null;
      }
      if (m[3]) {
        const h = Number(m[1]);
        const q = /moins/i.test(m[3]) ? timeOf((h + 23) % 24, 45) : timeOf(h, /quart/i.test(m[3]) ? 15 : 30);
        return q ? { kind: 'time', time: q } : null;
      }
      // "15h passé de 15 minutes": the minutes after the hour.
      const minutes = m[2] ?? m[4];
      const t = timeOf(Number(m[1]), minutes === undefined ? undefined : Number(minutes));
      return t ? { kind: 'time', time: t } : null;
    },
  },
  {
    // "à 10 ce soir", "vers 7, demain matin": a bare hour kept only when joined to the part of the
    // day right after it (which says whether it is 10:00 or 22:00); a count ("ils étaient 10") is not.
    name: 'bare-hour-before-part',
    pattern: re(
      `(?<![\\p{L}\\p{N}.,:/]|(?:étaient|sont|les|des|de|et|à peine|plus de|moins de)${S})(\\d{1,2})(?=${S0},?${S0}(?:ce|cette|demain|hier)${S}(?:matin|après-midi|soir|nuit)${E})`,
    ),
    build: (m) => {
      const t = timeOf(Number(m[1]), 0);
      return t && t.hour >= 1 ? { kind: 'time', time: t } : null;
    },
    needsDate: true,
  },
  {
    // "8 du soir", "cinq trente du matin", "sept et demie de l'après-midi": an hour without "heures",
    // in figures or words, with its minutes in words, kept only when the part of the day right after
    // it makes it a time (the engine joins them); "les 8 du matin" and counts stay out.
    name: 'spoken-time-before-part',
    pattern: re(
      // The part of the day is matched (its words are the rule's trigger), the span is the hour.
      `(?<!(?:étaient|sont|les|des|de|et|à peine|plus de|moins de)${S})${B}(?<core>(\\d{1,2}|${HOUR_WORD})(?:${S}(?:et${S}(demie?|quart|trois${S}quarts)|(${MINUTE_WORD})))?)${S0},?${S0}(?:du|de${S}la|de${S}l['’]|dans${S}la|dans${S}l['’]|dans${S}le)${S0}(?:matin|matin[ée]e|apr[eè]s[- ]midi|soir|soir[ée]e|nuit)${E}(?!${S}(?:au|à)${E})`,
    ),
    build: (m) => {
      const hour = num(m[2]);
      if (hour === undefined || hour < 1 || hour > 23) return null;
      const mi = m[3] ? (/demi/i.test(m[3]) ? 30 : /quarts/i.test(m[3]) ? 45 : 15) : m[4] ? num(m[4]) : 0;
      if (mi === undefined || mi > 59) return null;
      const t = timeOf(hour, mi);
      return t ? { kind: 'time', time: t } : null;
    },
    needsDate: true,
  },
  {
    // "ce soir à 8", "demain matin vers 7": a bare hour after the part of the day it falls in.
    name: 'bare-hour-after-part',
    pattern: re(
      `(?<=${B}(?:matin|matin[ée]e|apr[eè]s-midi|soir|soir[ée]e|nuit)${S}(?:à|a|vers|dès)${S})(\\d{1,2})(?![\\p{L}\\p{N}]|${S0}(?:%|[.,:/]\\d|h${E}|heures?${E}))`,
    ),
    build: (m) => {
      const t = timeOf(Number(m[1]), 0);
      return t ? { kind: 'time', time: t } : null;
    },
    needsDate: true,
  },
  {
    name: 'time-colon',
    pattern: re(
      `(?<![\\p{L}\\p{N}.,:])(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:${S0}(am|pm|a\\.m\\.|p\\.m\\.))?(?![\\p{N}]|:\\d)`,
    ),
    build: (m) => {
      const t = timeOf(Number(m[1]), Number(m[2]), m[3] === undefined ? undefined : Number(m[3]), m[4]);
      return t ? { kind: 'time', time: t } : null;
    },
  },
  {
    // à dix heures, vers sept heures et demie: hours in words only after "à" / "vers".
    name: 'time-words',
    pattern: re(
      `(?:(?<=${B}(?:à|a|vers|dès)${S}(?:environ${S})?)|(?<=^|[.!?;:]${S}))(?<core>(${NUMBER_WORD})${S}heures?(?:${S}(?:et${S})?(demie?|quart|trois${S}quarts|${NUMBER_WORD})(?:${S}minutes?)?|${S}moins${S}(le${S}quart|${NUMBER_WORD})(?:${S}minutes?)?|${S}pass[ée]e?${S}de${S}(${NUMBER_WORD})${S}minutes?)?)${E}`,
    ),
    build: (m) => {
      const h = num(m[2]);
      if (h === undefined || h > 23) return null;
      let mi = m[3]
        ? /demi/i.test(m[3])
          ? 30
          : /quarts/i.test(m[3])
            ? 45
            : /quart/i.test(m[3])
              ? 15
              : num(m[3])
        : m[5]
          ? num(m[5])
          : undefined;
      let hour = h;
      if (m[4]) {
        const less = /quart/i.test(m[4]) ? 15 : (num(m[4]) ?? 0);
        hour = (h + 23) % 24;
        mi = 60 - less;
      }
      const t = timeOf(hour, mi);
      return t ? { kind: 'time', time: t } : null;
    },
    // "Dix heures mercredi matin" opens a sentence: without "à" it is a time only beside a date,
    // or as the whole text ("onze heures trois quarts").
    needsDate: (m) =>
      !alone(m) &&
      !/(?:à|a|vers|dès)[\s\u00A0]{1,3}(?:environ[\s\u00A0]{1,3})?$/iu.test(
        m.input.slice(Math.max(0, m.index - 14), m.index),
      ),
  },
  {
    // "entre midi et deux" (the lunch break), "entre midi et 14 h": from noon to that afternoon hour.
    name: 'noon-to',
    pattern: re(
      `${B}entre${S}midi${S}et${S}(deux|trois|\\d{1,2})(?:${S0}(?:h|heures?))?(?![\\p{L}\\p{N}]|${S0}(?:%|[.,]\\d))`,
    ),
    build: (m): Atom | null => {
      const n = num(m[1]);
      if (n === undefined) return null;
      const hour = n < 12 ? n + 12 : n;
      if (hour <= 12 || hour > 18) return null;
      return { kind: 'time-range', from: { hour: 12, minute: 0 }, to: { hour, minute: 0 } };
    },
  },
  {
    name: 'noon',
    // "l'après midi" (written without its hyphen) is the afternoon, no noon ("après minuit" is after midnight).
    // "midi quinze", "midi moins cinq", "minuit moins le quart": minutes in words after it.
    pattern: re(
      `(?<![\\p{L}\\p{N}-])((?<!apr[eè]s${S})midi|minuit)(?:${S}(?:et${S})?(demie?|quart)|${S}moins${S}(le${S}quart|${NUMBER_WORD})|${S}(?!une?${E})(${NUMBER_WORD}))?${E}`,
    ),
    build: (m) => {
      if (!isLower(m[1] ?? '') && m.index > 0 && !/[.!?]\s*$/.test(m.input.slice(Math.max(0, m.index - 3), m.index)))
        return null;
      const hour = /^midi/i.test(m[1] ?? '') ? 12 : 0;
      if (m[3]) {
        const less = /quart/i.test(m[3]) ? 15 : (num(m[3]) ?? 0);
        if (less < 1 || less > 30) return null;
        return { kind: 'time', time: { hour: (hour + 23) % 24, minute: 60 - less } };
      }
      const words = m[4] === undefined ? undefined : num(m[4]);
      if (words !== undefined && (words < 2 || words > 59)) return null;
      const mi = m[2] ? (/demi/i.test(m[2]) ? 30 : 15) : (words ?? 0);
      return { kind: 'time', time: { hour, minute: mi, ...(hour === 0 ? { midnight: true } : {}) } };
    },
  },
  {
    // ce soir, cette nuit, ce matin; after a date: mardi matin, demain soir (joined by the engine).
    name: 'day-part',
    // "ce soir-là", "cette nuit-là" tell of another day: no part of today.
    pattern: re(
      `${B}(?:(ce|cet|cette)${S})?(matin|matin[ée]e|apr[eè]s[- ]midi|soir|soir[ée]e|nuit)${E}(?![-‑\\u0082]là${E})`,
    ),
    build: (m) => {
      const p = DAY_PARTS[partKey(m[2])];
      if (!p) return null;
      // "un incendie s'est déclaré cette nuit", told in the past: the night just gone, as "la nuit dernière".
      if (m[1] && /^nuit$/i.test(m[2] ?? '') && PAST_CUE.test(sentenceAround(m.input, m.index))) return LAST_NIGHT;
      const today: Atom | undefined = m[1] ? { kind: 'relative-day', offset: 0 } : undefined;
      return { kind: 'day-part', from: p[0], to: p[1], date: today };
    },
  },
];

// "est / sont" + participle is a past only for the verbs that take être ("est arrivé") or a
// reflexive ("s'est réuni"); otherwise it is a passive present ("la réunion est fixée à mardi").
// The conditional ("devrait", "persisterait") is no imparfait, and a reporting incise (", a
// précisé le directeur") tells when it was said, not when the thing happens, unless a date follows it
// (", a annoncé mardi le ministre").
const PAST_TENSE =
  /(?<![\p{L}])(?:(?:est|sont|suis|sommes)\s{1,3}(?:(?:déjà|pas|bien)\s{1,3})?(?:arrivée?s?|partie?s?|morte?s?|née?s?|venue?s?|allée?s?|devenue?s?|tombée?s?|entrée?s?|sortie?s?|restée?s?|revenue?s?|décédée?s?|rentrée?s?|retournée?s?|passée?s?|montée?s?|descendue?s?|intervenue?s?|survenue?s?|parvenue?s?|parue?s?)|(?<=(?:s['’]|se\s{1,3}|me\s{1,3}|nous\s{1,3}))(?:est|sont|sommes)\s{1,3}\p{L}{2,20}(?:é|ée|és|ées|i|is|it|u|us|ue|ues|ert|erte|ort|int|ait)|(?!(?<=,\s{0,3})(?:a|ont)\s{1,3}(?:précisé|indiqué|déclaré|expliqué|affirmé|souligné|ajouté|assuré|estimé|confirmé|rappelé|dit|prévenu|averti|annoncé|fait savoir|martelé|insisté|reconnu|jugé|noté|relevé|observé)(?![\p{L}])(?!\s{1,3}(?:hier|avant-hier|aujourd|ce|cet|cette|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lors|dans|en\s{1,3}\d|le\s{1,3}\d)))(?:a|ont|avait|avaient|aurait|auraient|était|étaient|ai|as|avons|avez|été|eu)\s{1,3}(?!(?:lieu|besoin|peur|raison|tort|droit|envie)(?![\p{L}]))(?:(?:déjà|été|pas|plus|jamais|bien|aussi|notamment)\s{1,3}){0,2}\p{L}{2,20}(?:é|ée|és|ées|i|is|it|u|us|ue|ues|ert|erte|ort|int|ait)|(?!(?:devr|pourr|ser|aur|faudr|voudr|fer|ir|vaudr|tiendr|viendr|prendr|saur|mettr|dir)ai(?:en)?t(?![\p{L}])|\p{L}{1,20}erai(?:en)?t(?![\p{L}]))\p{L}{2,20}(?:ait|aient|èrent)|(?:a|ont|avait|avaient)\s{1,3}eu\s{1,3}lieu|(?<!(?:est|sont|sera|seront|serait|seraient|être|soit|soient)\s{1,3})(?!(?:programm|planifi|fix|envisag|propos|pr[ée]vu|attendu|reporté)\p{L}{0,3}\s)\p{L}{2,20}(?:é|ée|és|ées)(?=\s{1,3}(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?![\p{L}]))|hier|dernier|dernière|passé|passée|il y a)(?![\p{L}])/giu;
const FUTURE_TENSE =
  /(?<![\p{L}])(?:\p{L}{2,20}(?:rai|ras|ra|rons|rez|ront)|(?:va|vont|allons|allez|vais|doit|doivent|devrait|devraient|prévu|prévue|prévoit|compte)\s{1,3}\p{L}{2,20}|demain|prochain|prochaine|dans(?=\s{1,3}(?:\d|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quinze|vingt|quelques|les\s{1,3}(?:\d|prochain)))|d['’]ici|à venir|s['’]ouvre|se tiendra|aura lieu)(?![\p{L}])/giu;

// "l'année suivante", "le mois précédent" count from the period the text just told, not from the
// reference: from the last year (or month) named in the 300 characters before; otherwise no value.
const ANAPHORIC =
  /^(?:suivant|suivante|précédent|précédente|precedent|precedente|d['’][\s\u00A0\u202F]{0,3}(?:après|apres|avant)|qui[\s\u00A0\u202F]{1,3}suit)$/i;
const LAST_YEAR = new RegExp(`${B}(?:1[89]|20)\\d{2}${E}`, 'gu');
const LAST_MONTH = new RegExp(`${B}(${MONTH})(?:${S}(${YEAR}))?${E}`, 'giu');
const TOLD: ToldDates = {
  year: LAST_YEAR,
  month: LAST_MONTH,
  // Months are written in lower case: a capitalized one is a name ("Mars" the planet).
  monthOf: (mo) => {
    const month = lookup(MONTHS, mo[1]);
    if (month === undefined || !isLower(mo[1] ?? '')) return undefined;
    return { month, year: mo[2] === undefined ? undefined : Number(mo[2]) };
  },
};
function anaphoricCycle(text: string, at: number, unit: Unit, offset: number): Atom | null {
  const told = cycleFromTold(text.slice(Math.max(0, at - 300), at), unit, offset, TOLD);
  if (told !== undefined) return told;
  return fromReference(text, at, offset, { kind: 'cycle', unit, offset });
}

// A date the text just told (a day, a weekday, a year): what follows "la semaine suivante", "deux
// jours plus tard" is counted from it, which the reference does not give.
const TOLD_DATE = new RegExp(`${NARRATED_DAY.source}|${B}(?:1[89]|20)\\d{2}${E}`, 'iu');
/** A move from an event with none told before: from the reference, as "le lendemain" is, unless
 * the sentence is told the other way (moved ahead in the past: some past event is the anchor). */
function fromReference(text: string, at: number, direction: number, atom: Atom): Atom | null {
  if (TOLD_DATE.test(text.slice(Math.max(0, at - 300), at))) return null;
  if ((direction > 0 ? PAST_CUE : FUTURE_CUE).test(sentenceAround(text, at))) return null;
  return atom;
}

// A day named right before "dans la soirée" ("le 15 mai dans la soirée", "mardi dans l'après-midi").
const DAY_THEN_PART = new RegExp(
  `(?:${DAY}${S}${MONTH_AFTER_DAY}(?:${S}${YEAR})?|${WEEKDAY}|hier|demain|aujourd['’]hui)${S0},?${S0}(?:dans${S}(?:la${S}|l['’]${S0})|en${S})$`,
  'iu',
);

// A day named right before a part of the day told by a habit or a meal ("aujourd'hui tôt le
// matin", "demain pendant le déjeuner").
const DAY_JUST_BEFORE = new RegExp(
  `(?:${DAY}${S}${MONTH_AFTER_DAY}(?:${S}${YEAR})?|${WEEKDAY}|hier|demain|aujourd['’]hui|lendemain|veille)${S0},?${S0}$`,
  'iu',
);

// One-shot copies of the tense cues, and the sentence around a position (200 characters at most either way).
const PAST_CUE = new RegExp(PAST_TENSE.source, 'iu');
const FUTURE_CUE = new RegExp(FUTURE_TENSE.source, 'iu');
function sentenceAround(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - 200), at);
  const after = text.slice(at, at + 200);
  const from = Math.max(
    before.lastIndexOf('.'),
    before.lastIndexOf('!'),
    before.lastIndexOf('?'),
    before.lastIndexOf('\n'),
  );
  const stop = after.search(/[.!?\n]/);
  return before.slice(from + 1) + (stop < 0 ? after : after.slice(0, stop));
}

/** "le mois de " between an opener and its month ("dès le mois de juin", "avant le mois d'août"). */
const MONTH_NAMED = `(?:mois${S}(?:de${S}|d['’]${S0}))?`;

/** "du mois de " before a month name, "de l'année " before a year, in the part words ("fin du mois de mai"). */
const MONTH_OF = `du${S}mois${S}(?:de${S}|d['’]${S0})|de${S}l['’]année${S}|de${S}la${S}|de${S}l['’]${S0}`;

const grammar: DateGrammar = {
  lang: 'fr',
  rules,
  dateThenTime: new RegExp(
    `^(?:${S0},?${S0}(?:à|a|vers|dès|dans${S}la|dans${S}le|dans${S}l['’]|en${S}fin${S}de|au${S}matin|au|en|le|l['’]|d['’]|(?:à|vers)${S}environ|aux${S}alentours${S}de|autour${S}de|plutôt${S}vers)?${S0}|${S0}-${S0})$`,
    'iu',
  ),
  timeThenDate: new RegExp(
    `^${S0},?${S0}(?:le|ce|du|de|de${S}la|de${S}l['’]|dans${S}la|dans${S}le|dans${S}l['’])?${S0}$`,
    'iu',
  ),
  ranges: [
    {
      open: new RegExp(`${B}(?:du|de|des|d['’]|depuis)${S}$`, 'iu'),
      join: new RegExp(`^${S}(?:au|à|a|jusqu['’]au|jusqu['’]à|jusqu['’]en)${S}$`, 'iu'),
    },
    {
      open: new RegExp(`${B}entre${S}(?:le${S}|les${S})?$`, 'iu'),
      join: new RegExp(`^${S}(?:et|&)${S}(?:le${S})?$`, 'iu'),
    },
    { open: null, join: /^[\s\u00A0]?[-–\u0096][\s\u00A0]?$/u },
    // "13 juillet au 15 juillet", "10 juin jusqu'au 1er juillet": two full dates need no "du".
    { open: null, join: new RegExp(`^${S}(?:au|jusqu['’]au)${S}$`, 'iu') },
  ],
  openers: [
    // "pas avant 2026", "au plus tôt en 2026": from then on (the negation turns "avant" round).
    {
      pattern: new RegExp(
        `${B}(?:(?:pas|jamais)${S}avant|au${S}plus${S}tôt${S0}(?:en|à${S}partir${S}d[eu]|dès)?)${S0}(?:le${S}|la${S}|l['’])?${MONTH_NAMED}$`,
        'iu',
      ),
      mod: 'since',
    },
    { pattern: new RegExp(`${B}avant${S0}(?:le${S}|la${S}|l['’])?${MONTH_NAMED}$`, 'iu'), mod: 'before' },
    {
      pattern: new RegExp(
        `${B}(?:d['’]ici(?:${S}à|${S}au(?=${S}))?|au plus tard|jusqu['’]au|jusqu['’]à|jusqu['’]en)${S0}(?:le${S}|la${S}|l['’])?${MONTH_NAMED}$`,
        'iu',
      ),
      mod: 'until',
    },
    {
      pattern: new RegExp(
        `${B}(?:depuis|dès|à partir d[eu]|à compter d[eu])${S0}(?:le${S}|la${S}|l['’])?${MONTH_NAMED}$`,
        'iu',
      ),
      mod: 'since',
    },
    { pattern: new RegExp(`${B}(?:après)${S0}(?:le${S}|la${S}|l['’])?${MONTH_NAMED}$`, 'iu'), mod: 'after' },
  ],
  // "le lendemain du 21 octobre", "la veille de Noël", "deux jours avant le scrutin du 8 mai", "trois
  // semaines après Pâques": the day named, moved.
  anchorShift: {
    pattern: new RegExp(
      `${B}(?:(lendemain|veille)${S}(?:du${S}|de${S}(?:la${S}|l['’]${S0})?|d['’]${S0})|(${COUNT})${S}(${UNIT})${S}(avant|après|apres)${S0}(?:le${S}|la${S}|l['’])?)$`,
      'iu',
    ),
    read: (m) => {
      if (m[1]) return { unit: 'day', amount: /^veille$/i.test(m[1]) ? -1 : 1 };
      const n = num(m[2]);
      const unit = lookup(UNITS, m[3]);
      if (n === undefined || !unit || unit === 'hour' || unit === 'minute') return null;
      const amount = factorOf(m[3]) * n;
      return { unit, amount: /^avant$/i.test(m[4] ?? '') ? -amount : amount };
    },
  },
  // "le week-end de Pâques", "le week-end de l'Ascension" (French puts the weekend first).
  holidayWeekend: {
    holidayFirst: /(?!)/u,
    weekendFirst: new RegExp(`^${S}(?:de${S}(?:la${S}|l['’]${S0})?|du${S}|d['’]${S0})$`, 'iu'),
  },
  yearAfter: new RegExp(`^${S0},?${S}(?:en|de)${S}(?:l['’]année${S})?$`, 'iu'),
  spelledYear: {
    before: new RegExp(
      `${B}(?:en|depuis|avant|après|dès|entre|jusqu['’]en|l['’]an|l['’]année|année)${S}(?:l['’]an${S}|l['’]année${S})?$`,
      'iu',
    ),
    after: new RegExp(`^(?:${YEAR_AFTER})`, 'iu'),
    gap: new RegExp(`^${S}à${S}$`, 'iu'),
  },
  weekOf: new RegExp(`${B}semaine${S}du${S}$`, 'iu'),
  nthWeek: {
    pattern: new RegExp(
      `${B}(première|premiere|1re|1ère|deuxième|deuxieme|2e|2ème|2eme|seconde|troisième|troisieme|3e|3ème|3eme|quatrième|quatrieme|4e|4ème|4eme|dernière|derniere)${S}semaine${S}(?:de${S}|d['’]|du${S})(?:l['’]|la${S})?$`,
      'iu',
    ),
    read: (m) => {
      const w = (m[1] ?? '').toLowerCase();
      if (/^dern/.test(w)) return -1;
      return /^(prem|1)/.test(w) ? 1 : /^(deux|2|seconde)/.test(w) ? 2 : /^(trois|3)/.test(w) ? 3 : 4;
    },
  },
  // "fin mai" is 21-31 May, "début 2025" January-April: the contract's value is the period meant.
  partsAsRanges: true,
  parts: [
    // "au début des années 2000", "à la fin du XIXe siècle".
    // "fin du mois de mai" too.
    {
      pattern: new RegExp(`${B}(?:début|debut)${S}(?:de${S}|d['’]|du${S}|des${S}|${MONTH_OF})?$`, 'iu'),
      part: 'start',
    },
    {
      pattern: new RegExp(`${B}(?:mi(?:-|${S})|milieu${S}(?:de${S}|d['’]|du${S}|des${S}|${MONTH_OF})?)$`, 'iu'),
      part: 'mid',
    },
    { pattern: new RegExp(`${B}fin${S}(?:de${S}|d['’]|du${S}|des${S}|${MONTH_OF})?$`, 'iu'), part: 'end' },
    { pattern: new RegExp(`${B}plus${S}tard${S}$`, 'iu'), part: 'later' },
    { pattern: new RegExp(`${B}plus${S}tôt${S}$`, 'iu'), part: 'earlier' },
  ],
  tense: { past: PAST_TENSE, future: FUTURE_TENSE, scanFuture: true },
  numericOrder: () => 'dmy',
};

export default grammar;
