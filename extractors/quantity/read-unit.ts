// Reading the unit written after a number: a symbol or a word, glued, spaced or hyphenated ("386 MW",
// "5-km", "20 (kg)", "1,5 million de gallons"), inch and feet marks, and durations where a cue allows.
import type { NumberMatch } from '../number/scan.js';
import { type CompiledLexicon, lookback, stickyAt, unitKey } from './compile.js';
import type { UnitReading } from './units.js';

export interface UnitMatch {
  reading: UnitReading;
  end: number;
  symbol: boolean;
  /** The amount, when the writing changes it ("1m80" is 180 cm). */
  amount?: number;
}

// A height with the centimetres glued after the metre symbol: "1m80", "1m92".
const METRES_CENTIMETRES = /m(\d{2})(?![\p{L}\p{N}]|[.,]\d)/uy;

/** "1m80": metres and centimetres in one word, given in centimetres. */
export function readGluedHeight(text: string, n: NumberMatch): UnitMatch | null {
  if (n.words || n.scale !== 1 || !Number.isInteger(n.value) || n.value < 0 || n.value > 2 || n.end !== n.digitsEnd)
    return null;
  const m = stickyAt(METRES_CENTIMETRES, text, n.end);
  if (!m?.[1]) return null;
  return { reading: { unit: 'cm' }, end: n.end + m[0].length, symbol: true, amount: n.value * 100 + Number(m[1]) };
}

const OPEN_BRACKET = /[([{<]/uy;
const CLOSE_OF: Record<string, string> = { '(': ')', '[': ']', '{': '}', '<': '>' };

/** The unit written right after a number ending at `at`: "386 MW", "5-km", "20 (kg)", "1,5 million de gallons". */
export function readUnit(c: CompiledLexicon, text: string, n: NumberMatch): UnitMatch | null {
  const starts: { at: number; spaced: boolean }[] = [];
  // French keeps "de" after a scale word and after a round number of millions ("4 000 000 de tonnes").
  if (n.scale !== 1 || (n.value >= 1e6 && n.value % 1e6 === 0)) {
    const joined = stickyAt(c.afterScaleRe, text, n.end);
    if (joined) starts.push({ at: n.end + joined[0].length, spaced: true });
  }
  const gap = stickyAt(c.gapRe, text, n.end);
  starts.push({ at: n.end + (gap?.[0].length ?? 0), spaced: gap !== null && !/^[-‐‑\u0081\u0082]$/.test(gap[0]) });
  if (gap) starts.push({ at: n.end, spaced: false });
  for (const { at, spaced } of starts) {
    const found = unitAt(c, text, at) ?? bracketedUnitAt(c, text, at);
    if (found && (spaced || !found.reading.spaced)) return found;
  }
  return null;
}

export function unitAt(c: CompiledLexicon, text: string, at: number): UnitMatch | null {
  const sym = stickyAt(c.symbolRe, text, at);
  const word = stickyAt(c.wordRe, text, at);
  const symLen = sym?.[0].length ?? 0;
  const wordLen = word?.[0].length ?? 0;
  if (sym && symLen >= wordLen) {
    const reading = c.symbols.get(sym[0]);
    if (reading) return { reading, end: at + symLen, symbol: true };
  }
  if (word) {
    const reading = c.words.get(unitKey(word[0]));
    if (reading) return { reading, end: at + wordLen, symbol: false };
  }
  return null;
}

// "3m people", "2m copies": a plural noun after makes the glued m a million (never "the 100m hurdles").
const GLUED_M = /m[ \u00A0\u202F](?=\p{Ll})/uy;
const PLURAL_NOUN =
  /^(?:people|children|men|women|(?!(?:hurdles|relays|heats|metres|meters|was|has|this|thus|its|his|plus|across|less|unless|versus|always|towards|besides)(?!\p{L}))\p{Ll}{2,20}s)(?!\p{L})/u;

/**
 * A lower-case m glued to a number as a million: "1.2m barrels" is 1.2 million barrels; "3m people"
 * holds no unit (null); undefined when the m is to be read as usual (metres: "a 3m wall", "3m tall").
 */
export function readGluedMillion(c: CompiledLexicon, text: string, n: NumberMatch): UnitMatch | null | undefined {
  if (n.scale !== 1 || n.words || n.end !== n.digitsEnd || !stickyAt(GLUED_M, text, n.end)) return undefined;
  const after = n.end + 2;
  const unit = unitAt(c, text, after);
  if (unit && !unit.reading.multiplier) return { ...unit, amount: n.value * 1e6 };
  return PLURAL_NOUN.test(text.slice(after, after + 24)) ? null : undefined;
}

/** "20 (kg)", "20 [kg]": a symbol between brackets, as in tables and specifications. */
function bracketedUnitAt(c: CompiledLexicon, text: string, at: number): UnitMatch | null {
  const open = stickyAt(OPEN_BRACKET, text, at);
  if (!open) return null;
  const inner = unitAt(c, text, at + 1);
  if (!inner?.symbol || text[inner.end] !== CLOSE_OF[open[0]]) return null;
  return { ...inner, end: inner.end + 1 };
}

// "a 30-year concession", "a 10-day strike": a duration written as an adjective, after an article.
const ARTICLE_BEFORE = /(?:^|[^\p{L}])(?:an?|the|une?|la|le)[ \u00A0\u202F]+$/iu;

/** A duration in words where a cue makes it a quantity, or written as an adjective ("a 25-year lease"). */
export function readDuration(c: CompiledLexicon, text: string, n: NumberMatch): UnitMatch | null {
  const m = stickyAt(c.durationRe, text, n.end);
  if (!m?.[2]) return null;
  const reading = c.durations.get(unitKey(m[2]));
  if (!reading) return null;
  const before = lookback(text, n.start);
  const adjectival = m[1] !== undefined && /^[-‐‑\u0081\u0082]$/.test(m[1]) && ARTICLE_BEFORE.test(before);
  if (!adjectival && !c.durationCueRe.test(before)) return null;
  return { reading, end: n.end + m[0].length, symbol: false };
}

// Marks glued to the number: 5'' 5" 5″ (inches), 7' 7′ (feet); U+009A and U+0099 stand for ″ and ′
// in the one-byte copy (../shared/one-byte.ts).
const INCH_FEET_MARK = /(['’]['’]|"|[″\u009A]|['’′\u0099])(?![\p{L}\p{N}'’"])/uy;
// A feet mark glued to the inches that follow, up to eleven: 5'11", 6′2″ (2'43" is a time).
const FEET_BEFORE_INCHES = /['’′\u0099](?=(?:1[01]|0?\d)(?:[.,]\d{1,2})?(?:['’]['’]|"|[″\u009A]))/uy;
// An inch mark after a space, as typed on a keyboard: 10 " long. Never before a letter (an opening quote).
const SPACED_INCH_MARK = /[ \u00A0\u202F]["″\u009A](?=$|[ \u00A0\u202F\n,;:.!?)\]])/uy;
// "in" is too common a word to be a unit, except at the end of a phrase: "5 in.", "12 ft 2 in".
const IN_ABBREV = /[ \u00A0\u202F]?in\.?(?=$|[ \u00A0\u202F]?[,;:!?)\]\n]|\.(?:$|\s))/uy;
const IN_AFTER_FEET = /[ \u00A0\u202F]?in\.?(?![\p{L}\p{N}])/uy;

/** A double quote that closes a quotation opened earlier on the line: then no inch mark. */
function closesQuotation(text: string, at: number): boolean {
  const line = text.slice(Math.max(0, at - 80), at);
  return ((line.split('"').length - 1) & 1) === 1;
}

/** Inch and feet marks and "in", which only a few places allow ("5 in.", after feet). */
export function readInchesOrFeet(text: string, n: NumberMatch, afterFeet: boolean): UnitMatch | null {
  if (n.scale !== 1 || n.words) return null;
  const inches = { unit: 'in' };
  const feet = { unit: 'ft' };
  const abbrev = stickyAt(afterFeet ? IN_AFTER_FEET : IN_ABBREV, text, n.end);
  if (abbrev) return { reading: inches, end: n.end + abbrev[0].length, symbol: true };
  // A quotation mark just before the number opens a quotation ("'5' stars"), except the feet mark of 5'11".
  const quoteBefore = /['’‘"“\u0091\u0093]/.test(text[n.start - 1] ?? '');
  if (quoteBefore && !(afterFeet && /['’′\u0099]/.test(text[n.start - 1] ?? ''))) return null;
  if (!afterFeet && stickyAt(FEET_BEFORE_INCHES, text, n.end)) return { reading: feet, end: n.end + 1, symbol: true };
  const spaced = stickyAt(SPACED_INCH_MARK, text, n.end);
  if (spaced && (/[″\u009A]$/.test(spaced[0]) || !closesQuotation(text, n.start)))
    return { reading: inches, end: n.end + spaced[0].length, symbol: true };
  const mark = stickyAt(INCH_FEET_MARK, text, n.end);
  if (!mark?.[1]) return null;
  // A closing quotation mark, not inches, when a quotation is open before the number.
  if (mark[1] === '"' && closesQuotation(text, n.start)) return null;
  const isFeet = mark[1] === "'" || mark[1] === '’' || mark[1] === '′' || mark[1] === '\u0099';
  // A lone apostrophe is feet only as the first part of a compound or at the end of one ("2 yd 7'").
  if (
    isFeet &&
    !afterFeet &&
    !/^(?:$|[ \u00A0\u202F]?[,;.!?)]|[ \u00A0\u202F]?\d)/.test(text.slice(mark.index + 1, mark.index + 3))
  )
    return null;
  return { reading: isFeet ? feet : inches, end: n.end + mark[0].length, symbol: true };
}
