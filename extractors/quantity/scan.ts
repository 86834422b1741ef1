// The quantity scanner, language-neutral: every number the shared number grammar finds is tried
// with a unit right after it (symbol or word), then widened to a range, a qualifier, a sign and a
// rate. A bare number is never a quantity. All matching is sticky at known positions or on short
// bounded slices, so the work stays linear in the text length.

import { findNumbers, type NumberMatch } from '../number/scan.js';
import { execAll } from '../shared/exec-all.js';
import type { ExtractContext, Extractor, Mention } from '../types.js';
import { type CompiledLexicon, compile, lookback, stickyAt, unitKey } from './compile.js';
import type { QuantityLexicon } from './lexicon.js';
import { readDuration, readGluedHeight, readInchesOrFeet, readUnit, type UnitMatch, unitAt } from './read-unit.js';
import { type QuantityParts, resolveQuantity } from './resolve.js';
import { UNITS } from './units.js';

// A word with a letter in it glued by a hyphen: "COVID-19", "A320-200", "scp2-173".
const CODE_BEFORE = /(?:^|[^\p{L}\p{N}])[\p{N}]{0,8}\p{L}[\p{L}\p{N}]{0,10}[-‐‑]$/u;

/** Numbers that are parts of codes, fractions or dates rather than amounts: "COVID-19", "scp-173", "3/4". */
function isCodeOrPart(text: string, n: NumberMatch): boolean {
  const before = text.slice(Math.max(0, n.start - 21), n.start);
  if (/[/:]$/.test(before) || CODE_BEFORE.test(before)) return true;
  return /^[/:]\d/.test(text.slice(n.digitsEnd, n.digitsEnd + 2));
}

interface Candidate {
  start: number;
  end: number;
  parts: QuantityParts;
  rule: string;
}

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
const VULGAR = /(?<![\p{L}\p{N}.,])(?:(\d{1,6})[ \u00A0]?)?([½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞])(?![\p{N}])/gu;

/** The numbers of the text, with the single-character fractions the number grammar leaves out. */
function numbersWithVulgarFractions(text: string, numbers: NumberMatch[]): NumberMatch[] {
  const fractions: NumberMatch[] = [];
  for (const m of execAll(VULGAR, text)) {
    const value = (m[1] ? Number(m[1]) : 0) + (VULGAR_FRACTIONS[m[2] ?? ''] ?? Number.NaN);
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

function scan(c: CompiledLexicon, text: string): Candidate[] {
  // An article ("a mile", "un mètre") is too weak a number to make a quantity of, except as the last
  // part of a compound ("deux kilomètres et un mètre"); scanArticles reads it on its own.
  const numbers = numbersWithVulgarFractions(text, findNumbers(text, c.lexicon.lang, { words: true, fractions: true }));
  const out: Candidate[] = [];
  // The bare number just before the current one, which a range could start with.
  let prevBare: NumberMatch | null = null;
  for (const n of numbers) {
    const prev = out[out.length - 1];
    if (n.article) {
      if (prev) addToCompound(c, text, prev, n);
      continue;
    }
    // "6-foot-5" looks like a code ("foot-5") to the test below.
    if (prev && addBareInches(text, prev, n)) continue;
    if (isCodeOrPart(text, n)) {
      prevBare = null;
      continue;
    }
    const last = out[out.length - 1];
    if (last && (addToCompound(c, text, last, n) || addCentimetres(text, last, n))) continue;
    const unit = readAnyUnit(c, text, n);
    if (!unit) {
      prevBare = n;
      continue;
    }
    const found = quantityAt(c, text, n, unit, prevBare, last);
    prevBare = null;
    if (!found) continue;
    if (found.replacesLast) out.pop();
    out.push(found.candidate);
  }
  // Articles and fractions only where no number already made a quantity ("three and a half gallons").
  let k = 0;
  const articles = scanArticles(c, text).filter((a) => {
    while (k < out.length && out[k]!.end <= a.start) k++;
    const next = out[k];
    return !next || next.start >= a.end;
  });
  return out.concat(articles);
}

/** The unit after a number, in any of its writings; "10 below zero" implies degrees. */
function readAnyUnit(c: CompiledLexicon, text: string, n: NumberMatch): UnitMatch | null {
  const unit =
    readUnit(c, text, n) ??
    (c.lexicon.inchMarks ? readInchesOrFeet(text, n, false) : null) ??
    readGluedHeight(text, n) ??
    readDuration(c, text, n);
  if (unit) return unit.symbol && c.yearBeforeName(text, n, unit.end) ? null : unit;
  const belowZero = stickyAt(c.belowZeroRe, text, n.end);
  return belowZero ? { reading: { unit: '°' }, end: n.end, symbol: false } : null;
}

/** A number and its unit widened to a range, a sign and a qualifier before, and what follows the unit. */
function quantityAt(
  c: CompiledLexicon,
  text: string,
  n: NumberMatch,
  unit: UnitMatch,
  prevBare: NumberMatch | null,
  last: Candidate | undefined,
): { candidate: Candidate; replacesLast: boolean } | null {
  const info = UNITS[unit.reading.unit];
  if (!info || isOtherReading(c, text, n, unit)) return null;
  if (unit.reading.notAfter?.test(lookback(text, n.start))) return null;
  if (unit.reading.needsTemperatureCue && !speaksOfTemperature(c, text, n, unit)) return null;
  const parts: QuantityParts = { amount: unit.amount ?? n.value, reading: unit.reading };
  let start = n.start;
  let rule = unit.symbol ? 'number-symbol' : 'number-word';

  let range =
    rangeFrom(c, text, prevBare, n) ??
    (last && last.parts.to === undefined && last.parts.reading.unit === unit.reading.unit
      ? rangeFromQuantity(c, text, last, n)
      : null);
  // "rose from 2 to 3 percent": a change, and the bare "2" stays a bare number (never a quantity).
  if (range?.change) range = null;
  if (range) {
    parts.to = parts.amount;
    parts.amount = range.first;
    start = range.start;
    rule = 'range';
  } else if (info.dimension === 'temperature' && n.value >= 0 && !/[-−]/.test(text[n.start] ?? '')) {
    // "moins 5 degrés", "- 20 degrees"
    const minus = c.minusRe.exec(lookback(text, start));
    if (minus?.[1]) {
      parts.amount = -parts.amount;
      start -= minus[0].length - minus[0].indexOf(minus[1]);
    }
  }

  const qualifier = c.qualifierRe.exec(lookback(text, start));
  const q = qualifier?.[1] ? c.qualifierOf.get(unitKey(qualifier[1])) : undefined;
  if (qualifier?.[1] && q) {
    parts.qualifier = q;
    start -= qualifier[0].length - qualifier[0].indexOf(qualifier[1]);
  }

  const end = readAfterUnit(c, text, unit.end, parts);
  // "0,75 mg/kg", "1,74 gramme par litre", "30 miles a gallon": a ratio of two units, which is no
  // quantity of the first.
  const per = stickyAt(c.perUnitRe, text, end);
  if (per && unitAt(c, text, end + per[0].length)) return null;
  return { candidate: { start, end, parts, rule }, replacesLast: range?.replaces ?? false };
}

// "40C (104F)": a conversion in brackets right after.
const CONVERTED_AFTER = /^[ \u00A0]?\([ \u00A0]?[-−]?\d{1,3}(?:[.,]\d)?[ \u00A0]?°?[CFK]\)/u;

/** "highs of 30C", "it fell to -5C", "40C (104F)": a bare C or F is a temperature only with a cue. */
function speaksOfTemperature(c: CompiledLexicon, text: string, n: NumberMatch, unit: UnitMatch): boolean {
  const clause = lookback(text, n.start).replace(/^[\s\S]*[.;:!?]\s/u, '');
  return (
    c.temperatureCueRe.test(clause) ||
    /[-−]$/.test(text.slice(n.start, n.start + 1)) ||
    CONVERTED_AFTER.test(text.slice(unit.end, unit.end + 14))
  );
}

/** Degrees that number a list ("1°)") or measure an angle ("tourner à 45 degrés"), not a temperature. */
function isOtherReading(c: CompiledLexicon, text: string, n: NumberMatch, unit: UnitMatch): boolean {
  if (unit.reading.unit !== '°') return false;
  // "1°)", "2°." at the start of a line or after a colon or semicolon.
  const listItem =
    unit.end === n.end + 1 &&
    /^[.)][ \u00A0\n]/.test(text.slice(unit.end, unit.end + 2)) &&
    /(?:^|[\n:;.—–-])[ \u00A0]*$/.test(text.slice(Math.max(0, n.start - 4), n.start));
  // Cues count only within the clause: "a 360-degree view, it was 35 degrees" has one angle.
  const before = lookback(text, n.start).replace(/^[\s\S]*[.,;:!?]/u, '');
  const after = text.slice(unit.end, unit.end + 20).replace(/[.,;:!?][\s\S]*$/u, '');
  return listItem || c.angleRe.test(before) || c.angleRe.test(after);
}

/** What may follow a unit: "sous zéro", "et demi", a power variant ("crête"), a rate ("par an"). Returns the new end. */
function readAfterUnit(c: CompiledLexicon, text: string, unitEnd: number, parts: QuantityParts): number {
  let end = unitEnd;
  const dimension = UNITS[parts.reading.unit]?.dimension;
  const after = (re: RegExp): RegExpExecArray | null => {
    const m = stickyAt(re, text, end);
    if (m) end += m[0].length;
    return m;
  };
  if (dimension === 'temperature') {
    if (after(c.belowZeroRe)) parts.amount = -Math.abs(parts.amount);
  } else if (parts.to === undefined && Number.isInteger(parts.amount)) {
    const fraction = after(c.fractionAfterRe);
    if (fraction?.[1]) parts.amount += c.fractionAfterOf.get(unitKey(fraction[1])) ?? 0;
  }
  if (dimension === 'power' && !parts.reading.variant) {
    const written = stickyAt(c.variantRe, text, end);
    const variant = written?.[1] ? c.variantOf.get(unitKey(written[1])) : undefined;
    if (written && variant) {
      parts.reading = { ...parts.reading, variant };
      end += written[0].length;
    }
  }
  if (!parts.reading.per && dimension !== 'speed') {
    const per = stickyAt(c.perRe, text, end);
    const p = per?.[1] ? c.perWords.get(unitKey(per[1])) : undefined;
    if (per && p) {
      parts.per = p;
      end += per[0].length;
    }
  }
  if (!parts.qualifier && parts.to === undefined) {
    const written = stickyAt(c.qualifierAfterRe, text, end);
    const q = written?.[1] ? c.qualifierAfterOf.get(unitKey(written[1])) : undefined;
    if (written && q) {
      parts.qualifier = q;
      end += written[0].length;
    }
  }
  return end;
}

/** Units that "a" / "un" can stand before as the number one: not "a foot", "a ton of", "a second", "a bit". */
const ARTICLE_UNITS = new Set([
  'mm',
  'cm',
  'm',
  'km',
  'mi',
  'nmi',
  'm2',
  'km2',
  'ha',
  'acre',
  'ml',
  'cl',
  'l',
  'hl',
  'm3',
  'gal',
]);
ARTICLE_UNITS.add('tbsp').add('tsp');
ARTICLE_UNITS.add('kg').add('g').add('mg').add('°C').add('°F').add('K').add('km/h').add('mph').add('kn');
for (const u of ['kW', 'MW', 'GW', 'TW', 'kWh', 'MWh', 'GWh', 'TWh', 'kB', 'MB', 'GB', 'TB', 'PB'])
  ARTICLE_UNITS.add(u);

/** A fraction is a measure before more units than an article is ("half an inch", "half a cup", "half a degree"). */
const FRACTION_UNITS = new Set([
  ...ARTICLE_UNITS,
  'in',
  'ft',
  'yd',
  '°',
  'cup',
  'tbsp',
  'tsp',
  'pt',
  'qt',
  'fl oz',
  'oz',
  'lb',
  't',
  'bbl',
]);

// A price per unit ("3 $ a gallon", "80 dollars a barrel") is no quantity of the unit.
const PRICE_BEFORE = /[\p{N}\p{Sc}][^\p{L}\p{N}]{0,2}(?:\p{L}{1,12}[^\p{L}\p{N}]{1,2})?$/u;

/** "a mile", "un litre", "half a litre", "un demi-litre", "une dizaine de km": one, a fraction or a round count of a unit. */
function scanArticles(c: CompiledLexicon, text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of execAll(c.articleRe, text)) {
    const at = m.index + m[0].length;
    const unit = unitAt(c, text, at);
    if (!unit) continue;
    // "un kilomètre et demi", "a cup and a half": a fraction after makes the article a measure.
    const after = m[1] || m[2] ? null : stickyAt(c.fractionAfterRe, text, unit.end);
    // A count ("une dizaine de", "a couple of") is a number whatever the unit; an article is not.
    const allowed = m[1] || after ? FRACTION_UNITS : ARTICLE_UNITS;
    if (!m[2] && (unit.symbol || !allowed.has(unit.reading.unit))) continue;
    // A count takes a symbol too ("une dizaine de km"), but not a lone letter ("une dizaine de t").
    if (m[2] && unit.symbol && unit.end - at < 2) continue;
    // "a couple of seconds" is a moment, not a measured duration.
    if (m[2] && UNITS[unit.reading.unit]?.dimension === 'duration') continue;
    if (PRICE_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
    const parts: QuantityParts = { amount: 1, reading: unit.reading };
    let end = unit.end;
    let rule = 'article-word';
    if (m[1]) {
      parts.amount = c.fractionOf.get(unitKey(m[1])) ?? Number.NaN;
      rule = 'fraction-word';
    } else if (m[2]) {
      parts.amount = c.approxCountOf.get(unitKey(m[2])) ?? Number.NaN;
      parts.qualifier = 'approx';
      rule = 'count-word';
    } else if (after?.[1]) {
      parts.amount = 1 + (c.fractionAfterOf.get(unitKey(after[1])) ?? 0);
      end += after[0].length;
    }
    out.push({ start: m.index, end, parts, rule });
  }
  return out;
}

// Two digits after "1 m", then no word: "il mesure 1 m 85", "1m85".
const CENTIMETRES_AFTER = /^(?:[ \u00A0\u202F]?\d{2})(?![\p{N}])(?![ \u00A0\u202F]?[\p{L}%°])/u;

/** "1 m 85": a height in metres and centimetres, the centimetres without their unit. */
function addCentimetres(text: string, last: Candidate, n: NumberMatch): boolean {
  const { parts } = last;
  if (parts.reading.unit !== 'm' || parts.to !== undefined || !Number.isInteger(parts.amount) || n.words) return false;
  if (n.start - last.end > 1 || !CENTIMETRES_AFTER.test(text.slice(last.end, n.end + 3))) return false;
  parts.amount = parts.amount * 100 + n.value;
  parts.reading = { unit: 'cm' };
  last.end = n.end;
  last.rule = 'compound';
  return true;
}

// Inches without their unit after feet: "a 6-foot-5 center", "six-foot-two", or spaced at the end of
// a phrase ("he is 6 foot 2, and", "six foot two tall"), never before another word ("6 feet 3 of them").
const AFTER_HYPHENATED_INCHES = /^(?:[\p{L}\p{N}%°'’"″]|[.,]\d)/u;
const AFTER_SPACED_INCHES = /^(?:$|[,;:.!?)]|[ \u00A0\u202F](?:and|et|tall)(?!\p{L}))/u;
const INCH_SUFFIX = /^[-‐‑]inch(?!\p{L})/u;

/** "a 6-foot-5 center", "he is six foot two": a height in feet and inches, the inches without their unit. */
function addBareInches(text: string, last: Candidate, n: NumberMatch): boolean {
  const { parts } = last;
  if (parts.reading.unit !== 'ft' || last.rule === 'compound' || parts.to !== undefined || parts.per) return false;
  if (!Number.isInteger(parts.amount) || !Number.isInteger(n.value) || n.scale !== 1 || n.value > 11) return false;
  const gap = text.slice(last.end, n.start);
  const after = text.slice(n.end, n.end + 6);
  const hyphenated = /^[-‐‑]$/.test(gap);
  if (
    hyphenated
      ? AFTER_HYPHENATED_INCHES.test(after)
      : !/^[ \u00A0\u202F]$/.test(gap) || !AFTER_SPACED_INCHES.test(after)
  )
    return false;
  parts.amount = parts.amount * 12 + n.value;
  parts.reading = { unit: 'in' };
  // "a 6-foot-5-inch center"
  last.end = n.end + (INCH_SUFFIX.exec(text.slice(n.end, n.end + 8))?.[0].length ?? 0);
  last.rule = 'compound';
  return true;
}

/** Lengths, masses and times are written in parts: "7 feet 10 inches", "3 lb 4 oz", "2 min 30 s". */
const COMPOSABLE = new Set(['length', 'mass', 'duration']);

/**
 * "5 ft 2 in", "6 feet and 2 inches", "2 yards, 7 feet": a smaller unit of the same dimension right
 * after a quantity adds to it, and the whole is given in the smaller unit (an exact sum).
 */
function addToCompound(c: CompiledLexicon, text: string, last: Candidate, n: NumberMatch): boolean {
  const { parts } = last;
  if (parts.to !== undefined || parts.per || parts.reading.multiplier || n.scale !== 1) return false;
  const lastInfo = UNITS[parts.reading.unit];
  if (!lastInfo || !COMPOSABLE.has(lastInfo.dimension)) return false;
  const gap = text.slice(last.end, n.start);
  // 5'11": the feet mark itself separates feet from inches.
  const afterFeetMark = gap === '' && /['’′]/.test(text[last.end - 1] ?? '');
  if (n.start - last.end > 8 || !(afterFeetMark || c.compoundGapRe.test(gap))) return false;
  const imperial = parts.reading.unit === 'ft' || parts.reading.unit === 'yd';
  const unit =
    readUnit(c, text, n) ??
    (c.lexicon.inchMarks ? readInchesOrFeet(text, n, imperial) : null) ??
    (lastInfo.dimension === 'duration' ? readDurationPart(c, text, n) : null);
  const info = unit && !unit.reading.multiplier ? UNITS[unit.reading.unit] : undefined;
  if (!unit || !info || info.dimension !== lastInfo.dimension || info.factor >= lastInfo.factor) return false;
  parts.amount = parts.amount * (lastInfo.factor / info.factor) + n.value;
  parts.reading = unit.reading;
  last.end = unit.end;
  last.rule = 'compound';
  return true;
}

// Seconds after minutes need no cue: "2 min 30 s", "1 h 5 min 10 sec".
const SECONDS_AFTER = /[ \u00A0\u202F]?(?:s|sec)\.?(?![\p{L}\p{N}])/uy;

/** The later part of a time written in parts: "30 s", "20 minutes" after "3 heures". */
function readDurationPart(c: CompiledLexicon, text: string, n: NumberMatch): UnitMatch | null {
  const seconds = stickyAt(SECONDS_AFTER, text, n.end);
  if (seconds) return { reading: { unit: 's' }, end: n.end + seconds[0].length, symbol: true };
  const word = stickyAt(c.durationRe, text, n.end);
  const reading = word?.[2] ? c.durations.get(unitKey(word[2])) : undefined;
  return word && reading ? { reading, end: n.end + word[0].length, symbol: false } : null;
}

interface RangeStart {
  start: number;
  first: number;
  /** The range swallows the quantity emitted just before ("de 10 km à 20 km"). */
  replaces: boolean;
  /** Not a range but a change between two values ("rose from 2 to 3 percent"). */
  change?: boolean;
}

/** "de 300 à 400 MW", "entre 2 et 3 GW", "300-400 MW": the bare number before opens a range. */
function rangeFrom(c: CompiledLexicon, text: string, prev: NumberMatch | null, n: NumberMatch): RangeStart | null {
  if (!prev || n.start - prev.end > 12) return null;
  const start = rangeOpening(c, text, prev.start, text.slice(prev.end, n.start));
  if (start === null) return null;
  // "de 300 à 400 millions de tonnes": the scale word of the second number applies to the first.
  let first = prev.value;
  if (prev.scale === 1 && n.scale !== 1 && prev.value * n.scale <= n.value) first = prev.value * n.scale;
  if (start === 'change') return { start: prev.start, first, replaces: false, change: true };
  return { start, first, replaces: false };
}

/** "de 10 km à 20 km", "between 5 °C and 10 °C". */
function rangeFromQuantity(c: CompiledLexicon, text: string, last: Candidate, n: NumberMatch): RangeStart | null {
  if (last.parts.per || last.parts.qualifier || n.start - last.end > 12) return null;
  const start = rangeOpening(c, text, last.start, text.slice(last.end, n.start));
  return start === null || start === 'change' ? null : { start, first: last.parts.amount, replaces: true };
}

/**
 * Where a range whose first part starts at `firstStart` begins, null when `gap` joins no range, or
 * "change" when the two values are the ends of a change rather than of a range.
 */
function rangeOpening(c: CompiledLexicon, text: string, firstStart: number, gap: string): number | 'change' | null {
  if (c.dashJoinRe.test(gap)) return firstStart;
  for (const { form, joinRe, openerRe } of c.ranges) {
    if (!joinRe.test(gap)) continue;
    const opener = openerRe.exec(lookback(text, firstStart));
    if (!opener?.[1]) {
      if (form.openerRequired) continue;
      return firstStart;
    }
    const openerStart = firstStart - opener[0].length + opener[0].indexOf(opener[1]);
    // "passée de 300 MW à 400 MW", "rose from 2 to 3 percent": a change between two values, no range.
    if (!form.openerRequired && c.changeRe.test(lookback(text, openerStart))) return 'change';
    return form.openerInSpan ? openerStart : firstStart;
  }
  return null;
}

/** The extractor of one language, built from its lexicon; the regexes are compiled on first use. */
export function quantityExtractor(lexicon: QuantityLexicon): Extractor {
  let compiled: CompiledLexicon | null = null;
  return {
    name: `quantity.${lexicon.lang}`,
    lang: lexicon.lang,
    types: ['quantity'],
    extract(ctx: ExtractContext): Mention[] {
      compiled ??= compile(lexicon);
      const mentions: Mention[] = [];
      for (const cand of scan(compiled, ctx.text)) {
        const value = resolveQuantity(cand.parts);
        if (!value) continue;
        mentions.push({
          type: 'quantity',
          start: cand.start,
          end: cand.end,
          value,
          rule: `quantity.${lexicon.lang}.${cand.rule}`,
        });
      }
      return mentions;
    },
  };
}
