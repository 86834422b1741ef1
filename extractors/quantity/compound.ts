// Quantities written in parts, added up in the smaller unit: "5 ft 2 in", "1 m 85", "a 6-foot-5 center",
// "2 min 30 s".
import type { NumberMatch } from '../number/scan.js';
import type { Candidate } from './candidate.js';
import { type CompiledLexicon, stickyAt, unitKey } from './compile.js';
import { readInchesOrFeet, readUnit, type UnitMatch } from './read-unit.js';
import { UNITS } from './units.js';

// Two digits after "1 m", then no word: "il mesure 1 m 85", "1m85".
const CENTIMETRES_AFTER = /^(?:[ \u00A0\u202F]?\d{2})(?![\p{N}])(?![ \u00A0\u202F]?[\p{L}%°])/u;

/** "1 m 85": a height in metres and centimetres, the centimetres without their unit. */
export function addCentimetres(text: string, last: Candidate, n: NumberMatch): boolean {
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
const AFTER_HYPHENATED_INCHES = /^(?:[\p{L}\p{N}%°'’"″\u009A]|[.,]\d)/u;
const AFTER_SPACED_INCHES = /^(?:$|[,;:.!?)]|[ \u00A0\u202F](?:and|et|tall)(?!\p{L}))/u;
const INCH_SUFFIX = /^[-‐‑\u0081\u0082]inch(?!\p{L})/u;

/** "a 6-foot-5 center", "he is six foot two": a height in feet and inches, the inches without their unit. */
export function addBareInches(text: string, last: Candidate, n: NumberMatch): boolean {
  const { parts } = last;
  if (parts.reading.unit !== 'ft' || last.rule === 'compound' || parts.to !== undefined || parts.per) return false;
  if (!Number.isInteger(parts.amount) || !Number.isInteger(n.value) || n.scale !== 1 || n.value > 11) return false;
  const gap = text.slice(last.end, n.start);
  const after = text.slice(n.end, n.end + 6);
  const hyphenated = /^[-‐‑\u0081\u0082]$/.test(gap);
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
export function addToCompound(c: CompiledLexicon, text: string, last: Candidate, n: NumberMatch): boolean {
  const { parts } = last;
  if (parts.to !== undefined || parts.per || parts.reading.multiplier || n.scale !== 1) return false;
  const lastInfo = UNITS[parts.reading.unit];
  if (!lastInfo || !COMPOSABLE.has(lastInfo.dimension)) return false;
  const gap = text.slice(last.end, n.start);
  // 5'11": the feet mark itself separates feet from inches.
  const afterFeetMark = gap === '' && /['’′\u0099]/.test(text[last.end - 1] ?? '');
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
