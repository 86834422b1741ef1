// The number grammar shared by money and quantities: finds numbers written in digits, with the
// language's grouping and decimal marks, and an optional scale word ("500 millions", "1,3 Md").
import type { Lang } from '../../pipeline/languages.js';
import { execAll } from '../shared/exec-all.js';
import en from './en.js';
import fr from './fr.js';
import type { NumberLexicon } from './lexicon.js';
import { findNumberWords, readHalfAfter } from './words.js';

const LEXICONS: Record<Lang, NumberLexicon> = { fr, en };

/** The number lexicon of a language (its decimal mark, scale words, number words, change words). */
export const numberLexicon = (lang: Lang): NumberLexicon => LEXICONS[lang];

export interface NumberMatch {
  start: number;
  /** End of the number including its scale word, if any. */
  end: number;
  value: number;
  /** End of the digits, before any scale word. */
  digitsEnd: number;
  /** The scale factor read after the digits (1 when none). */
  scale: number;
  /** Written in words ("cinq milliards"); `digitsEnd` is then where its last scale word starts. */
  words?: boolean;
  /** A lone article read as one ("un", "une"): weak evidence that a number is meant. */
  article?: boolean;
}

export interface FindOptions {
  /** Read case-sensitive scale symbols ("M", "bn", "k") after the digits: only where money is likely. */
  scaleSymbols?: boolean;
  /** Also read numbers written in words ("cinq millions", "a dozen", "half a million"). */
  words?: boolean;
  /** Read simple fractions ("1/2", "1 1/2"); off by default because of dates and scores ("12/05"). */
  fractions?: boolean;
}

// Group separators: space, no-break space, narrow no-break space, point, comma, apostrophe.
// Bounded repetitions keep the pattern linear on long runs of digits and separators.
// The first alternative reads South Asian grouping ("12,34,567.89"), the last a bare decimal (",77").
// A dash right after a number and a space joins a range ("75 -300mm"): it is no minus sign.
const DIGITS =
  /(?<![\p{L}\p{N}.,])\d{1,2}(?:,\d{2}){1,5},\d{3}(?:\.\d{1,12})?(?![\p{N}]|[.,]\d)|(?<![\p{L}\p{N}.,])(?:(?<!\p{N}[ \u00A0\u202F]{1,2})[-−\u0083])?\d{1,3}(?:[ \u00A0\u202F.,'’]\d{3}){1,6}(?:[.,]\d{1,12})?(?![\p{N}])|(?<![\p{L}\p{N}.,])(?:(?<!\p{N}[ \u00A0\u202F]{1,2})[-−\u0083])?\d{1,15}(?:[.,]\d{1,12})?(?![\p{N}])|(?<![\p{L}\p{N}.,])(?:(?<!\p{N}[ \u00A0\u202F]{1,2})[-−\u0083])?[.,]\d{1,12}(?![\p{N}.,])/gu;

const INDIAN_GROUPS = /^\d{1,2}(?:,\d{2}){1,5},\d{3}(?:\.\d{1,12})?$/;

/** The value of a run of digits and marks, read with the language's decimal mark; NaN if it does not parse. */
export function parseDigits(raw: string, lang: Lang): number {
  const { decimal } = LEXICONS[lang];
  const group = decimal === ',' ? '.' : ',';
  if (INDIAN_GROUPS.test(raw)) return Number(raw.replace(/,/g, ''));
  let s = raw.replace(/[−\u0083]/g, '-').replace(/[ \u00A0\u202F'’]/g, '');
  const lastDecimal = s.lastIndexOf(decimal);
  const groupCount = s.split(group).length - 1;
  // "1,500" in French is 1.5 but "1.500" is 1500; in English the reverse. A lone group mark followed
  // by exactly three digits is a group; anything else after the decimal mark is a fraction.
  if (groupCount > 0) {
    const groupsOk = s
      .split(decimal)[0]
      ?.split(group)
      .slice(1)
      .every((g) => g.length === 3);
    if (!groupsOk) {
      // A lone point in French ("1.5") or comma in English ("1,5") reads as a decimal mark.
      if (groupCount === 1 && lastDecimal < 0) return Number(s.replace(group, '.'));
      return Number.NaN;
    }
    s = s.split(group).join('');
  }
  return Number(s.replace(decimal, '.'));
}

/**
 * Finds numbers in digits, each with an optional following scale word, and with `words` numbers
 * written in words too. Sorted by start, never overlapping. Linear in the text length.
 */
export function findNumbers(text: string, lang: Lang, options: FindOptions = {}): NumberMatch[] {
  const lexicon = LEXICONS[lang];
  const out: NumberMatch[] = [];
  let consumed = 0;
  for (const m of execAll(DIGITS, text)) {
    if (m.index < consumed) continue; // the denominator of a fraction just read
    let raw = m[0];
    // A trailing group of exactly three digits after a space may belong to the next number
    // ("en 2018 3 000 personnes" is not one number); keep it: a number never ends a sentence on a space.
    raw = raw.replace(/[ \u00A0\u202F]$/, '');
    let value = parseDigits(raw.replace(/^([-−\u0083]?)([.,])/, '$10$2'), lang);
    if (!Number.isFinite(value)) continue;
    const start = m.index;
    const digitsEnd = start + raw.length;
    const fraction = options.fractions ? readFraction(text, digitsEnd, value) : null;
    if (fraction) {
      consumed = fraction.end;
      const whole = out[out.length - 1];
      // "1 1/2": a whole number and a fraction separated by one space read as one.
      if (whole && whole.scale === 1 && !whole.words && Number.isInteger(whole.value) && start - whole.end === 1) {
        whole.value += fraction.value;
        whole.end = whole.digitsEnd = fraction.end;
        continue;
      }
      out.push({ start, end: fraction.end, digitsEnd: fraction.end, value: fraction.value, scale: 1 });
      continue;
    }
    const scale = readScale(text, digitsEnd, lexicon, options.scaleSymbols ?? false);
    let end = scale ? scale.end : digitsEnd;
    let factor = scale ? scale.factor : 1;
    // A larger scale right after multiplies: "5 mille milliards", "12.5 lakh crore".
    const larger = scale ? readScale(text, end, lexicon, false) : null;
    if (larger && larger.factor > factor) {
      factor *= larger.factor;
      end = larger.end;
    }
    value *= factor;
    // "2 millions et demi", "1 and a half"
    const half = lexicon.words ? readHalfAfter(text, end, lexicon.words) : 0;
    if (half) {
      value += 0.5 * factor;
      end = half;
      // "2 and a half million"
      const after = factor === 1 ? readScale(text, end, lexicon, false) : null;
      if (after) {
        value *= after.factor;
        factor = after.factor;
        end = after.end;
      }
    }
    out.push({ start, end, digitsEnd, value, scale: factor });
  }
  if (!options.words || !lexicon.words) return out;
  const digits = out;
  const merged: NumberMatch[] = [];
  let d = 0;
  for (const w of findNumberWords(text, lexicon.words, lexicon.scales)) {
    while (d < digits.length && digits[d]!.end <= w.start) merged.push(digits[d++]!);
    const next = digits[d];
    if (next && next.start < w.end) continue; // digits win over words they touch
    merged.push({
      start: w.start,
      end: w.end,
      digitsEnd: w.scaleStart,
      value: w.value,
      scale: w.scale,
      words: true,
      ...(w.article ? { article: true } : {}),
    });
  }
  while (d < digits.length) merged.push(digits[d++]!);
  return merged;
}

const FRACTION = /\/(\d{1,3})(?![\p{N}/])/uy;

function readFraction(text: string, at: number, numerator: number): { end: number; value: number } | null {
  if (text[at] !== '/' || !Number.isInteger(numerator) || numerator > 999 || text[at - 1] === '/') return null;
  FRACTION.lastIndex = at;
  const m = FRACTION.exec(text);
  const denominator = Number(m?.[1]);
  if (!m || !denominator || denominator <= numerator) return null;
  return { end: FRACTION.lastIndex, value: numerator / denominator };
}

// A hyphen joins only a scale word ("a $5-million deal").
const SCALE_AFTER = /(?:[ \u00A0\u202F]|-(?=\p{Ll}{3}))?(\p{L}+)(?!\p{L})/uy;

// Scale symbols ("M", "bn") are read only where the caller knows the context wants them (money):
// elsewhere "5 m" is five metres.
function readScale(
  text: string,
  at: number,
  lexicon: NumberLexicon,
  withSymbols: boolean,
): { end: number; factor: number } | null {
  SCALE_AFTER.lastIndex = at;
  const m = SCALE_AFTER.exec(text);
  if (!m?.[1]) return null;
  const word = m[1];
  const factor = (withSymbols ? lexicon.scaleSymbols[word] : undefined) ?? lexicon.scales[word.toLowerCase()];
  return factor ? { end: at + m[0].length, factor } : null;
}

/** The scale word or symbol right after `at` ("75 USD [million]"), or null. */
export function scaleAt(
  text: string,
  at: number,
  lang: Lang,
  withSymbols = false,
): { end: number; factor: number } | null {
  return readScale(text, at, LEXICONS[lang], withSymbols);
}
