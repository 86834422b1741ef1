// The quantity scanner, language-neutral: every number the shared number grammar finds is tried
// with a unit right after it (symbol or word), then widened to a range, a qualifier, a sign and a
// rate. A bare number is never a quantity. All matching is sticky at known positions or on short
// bounded slices, so the work stays linear in the text length.

import { findNumbers, type NumberMatch } from '../number/scan.js';
import type { ExtractContext, Extractor, Mention } from '../types.js';
import { scanArticles } from './articles.js';
import type { Candidate } from './candidate.js';
import { type CompiledLexicon, compile, lookback, stickyAt, unitKey } from './compile.js';
import { addBareInches, addCentimetres, addToCompound } from './compound.js';
import type { QuantityLexicon } from './lexicon.js';
import {
  readDuration,
  readGluedHeight,
  readGluedMillion,
  readInchesOrFeet,
  readUnit,
  type UnitMatch,
  unitAt,
} from './read-unit.js';
import { type QuantityParts, resolveQuantity } from './resolve.js';
import { linkRestatements } from './restate.js';
import { UNITS } from './units.js';
import { numbersWithVulgarFractions } from './vulgar-fractions.js';

// A word with a letter in it glued by a hyphen: "COVID-19", "A320-200", "scp2-173".
const CODE_BEFORE = /(?:^|[^\p{L}\p{N}])[\p{N}]{0,8}\p{L}[\p{L}\p{N}]{0,10}[-‐‑\u0081\u0082]$/u;

/** Numbers that are parts of codes, fractions or dates rather than amounts: "COVID-19", "scp-173", "3/4". */
function isCodeOrPart(text: string, n: NumberMatch): boolean {
  const before = text.slice(Math.max(0, n.start - 21), n.start);
  if (/[/:]$/.test(before) || CODE_BEFORE.test(before)) return true;
  return /^[/:]\d/.test(text.slice(n.digitsEnd, n.digitsEnd + 2));
}

const ROUND_SCALES = new Set([12, 100, 1e3, 1e6, 1e9]);

/** "hundred", "milliers", "dozen": a scale word read alone as a number. */
const isBareScaleWord = (text: string, n: NumberMatch): boolean =>
  n.words === true && ROUND_SCALES.has(n.value) && /^\p{L}+$/u.test(text.slice(n.start, n.end));

function scan(c: CompiledLexicon, text: string, original = text): Candidate[] {
  // An article ("a mile", "un mètre") is too weak a number to make a quantity of, except as the last
  // part of a compound ("deux kilomètres et un mètre"); scanArticles reads it on its own.
  const numbers = numbersWithVulgarFractions(
    text,
    findNumbers(text, c.lexicon.lang, { words: true, fractions: true }),
    original,
  );
  const out: Candidate[] = [];
  // The bare number just before the current one, which a range could start with.
  let prevBare: NumberMatch | null = null;
  for (const n of numbers) {
    const prev = out[out.length - 1];
    if (n.article) {
      if (prev) addToCompound(c, text, prev, n);
      continue;
    }
    // "a few hundred miles": no amount to give.
    if (isBareScaleWord(text, n) && c.vagueBeforeRe.test(lookback(text, n.start))) {
      prevBare = null;
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
  const million = c.lexicon.gluedMillion ? readGluedMillion(c, text, n) : undefined;
  if (million !== undefined) return million;
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
  } else if (info.dimension === 'temperature' && n.value >= 0 && !/[-−\u0083]/.test(text[n.start] ?? '')) {
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
const CONVERTED_AFTER = /^[ \u00A0\u202F]?\([ \u00A0\u202F]?[-−\u0083]?\d{1,3}(?:[.,]\d)?[ \u00A0\u202F]?°?[CFK]\)/u;

/** "highs of 30C", "it fell to -5C", "40C (104F)": a bare C or F is a temperature only with a cue. */
function speaksOfTemperature(c: CompiledLexicon, text: string, n: NumberMatch, unit: UnitMatch): boolean {
  const clause = lookback(text, n.start).replace(/^[\s\S]*[.;:!?]\s/u, '');
  return (
    c.temperatureCueRe.test(clause) ||
    /[-−\u0083]$/.test(text.slice(n.start, n.start + 1)) ||
    CONVERTED_AFTER.test(text.slice(unit.end, unit.end + 14))
  );
}

/** Degrees that number a list ("1°)") or measure an angle ("tourner à 45 degrés"), not a temperature. */
function isOtherReading(c: CompiledLexicon, text: string, n: NumberMatch, unit: UnitMatch): boolean {
  if (unit.reading.unit !== '°') return false;
  // "1°)", "2°." at the start of a line or after a colon or semicolon.
  const listItem =
    unit.end === n.end + 1 &&
    /^[.)][ \u00A0\u202F\n]/.test(text.slice(unit.end, unit.end + 2)) &&
    /(?:^|[\n:;.—–\u0097\u0096-])[ \u00A0\u202F]*$/.test(text.slice(Math.max(0, n.start - 4), n.start));
  // Cues count only within the clause: "a 360-degree view, it was 35 degrees" has one angle.
  const before = lookback(text, n.start).replace(/^[\s\S]*[.,;:!?]/u, '');
  const after = text.slice(unit.end, unit.end + 20).replace(/[.,;:!?][\s\S]*$/u, '');
  return listItem || c.angleRe.test(before) || c.angleRe.test(after);
}

/** What may follow a unit: "sous zéro", "et demi", a power variant ("crête"), a rate ("par an"). Returns the new end. */
function readAfterUnit(c: CompiledLexicon, text: string, unitEnd: number, parts: QuantityParts): number {
  let end = unitEnd;
  const dimension = UNITS[parts.reading.unit]?.dimension;
  // (No local closure: this runs once per quantity.)
  if (dimension === 'temperature') {
    const below = stickyAt(c.belowZeroRe, text, end);
    if (below) {
      end += below[0].length;
      parts.amount = -Math.abs(parts.amount);
    }
  } else if (parts.to === undefined && Number.isInteger(parts.amount)) {
    const fraction = stickyAt(c.fractionAfterRe, text, end);
    if (fraction) end += fraction[0].length;
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
    // No rule names `€`; the one `\p{Sc}` (articles) holds `¤` as well.
    readsOneByteCopy: true,
    // Every rule reads `'` as `’` (feet marks too) and U+00A0 as U+202F.
    readsTypographicFold: true,
    // Unit words match `œ` and its stand-in alike (`wordSource`), and are looked up through `unitKey`;
    // no rule names a wide character outside NAMED_WIDE (shared/wide-fold.ts).
    readsWideFold: true,
    extract(ctx: ExtractContext): Mention[] {
      compiled ??= compile(lexicon);
      const mentions: Extract<Mention, { type: 'quantity' }>[] = [];
      for (const cand of scan(compiled, ctx.text, ctx.original).sort((a, b) => a.start - b.start)) {
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
      linkRestatements(compiled, ctx.text, mentions);
      return mentions;
    },
  };
}
