// The number grammar shared by money and quantities: finds numbers written in digits, with the
// language's grouping and decimal marks, and an optional scale word ("500 millions", "1,3 Md").
import type { Lang } from '../../pipeline/languages.js';
import en from './en.js';
import fr from './fr.js';
import type { NumberLexicon } from './lexicon.js';

const LEXICONS: Record<Lang, NumberLexicon> = { fr, en };

export interface NumberMatch {
  start: number;
  /** End of the number including its scale word, if any. */
  end: number;
  value: number;
  /** End of the digits, before any scale word. */
  digitsEnd: number;
  /** The scale factor read after the digits (1 when none). */
  scale: number;
}

// Group separators: space, no-break space, narrow no-break space, point, comma, apostrophe.
// Bounded repetitions keep the pattern linear on long runs of digits and separators.
const DIGITS =
  /(?<![\p{L}\p{N}.,])[-−]?\d{1,3}(?:[ \u00A0\u202F.,'’]\d{3}){1,6}(?:[.,]\d{1,12})?(?![\p{N}])|(?<![\p{L}\p{N}.,])[-−]?\d{1,15}(?:[.,]\d{1,12})?(?![\p{N}])/gu;

/** The value of a run of digits and marks, read with the language's decimal mark; NaN if it does not parse. */
export function parseDigits(raw: string, lang: Lang): number {
  const { decimal } = LEXICONS[lang];
  const group = decimal === ',' ? '.' : ',';
  let s = raw.replace(/[−]/g, '-').replace(/[ \u00A0\u202F'’]/g, '');
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

/** Finds numbers in digits, each with an optional following scale word. Linear in the text length. */
export function findNumbers(text: string, lang: Lang, options: { scaleSymbols?: boolean } = {}): NumberMatch[] {
  const lexicon = LEXICONS[lang];
  const out: NumberMatch[] = [];
  for (const m of text.matchAll(DIGITS)) {
    let raw = m[0];
    // A trailing group of exactly three digits after a space may belong to the next number
    // ("en 2018 3 000 personnes" is not one number); keep it: a number never ends a sentence on a space.
    raw = raw.replace(/[ \u00A0\u202F]$/, '');
    const value = parseDigits(raw, lang);
    if (!Number.isFinite(value)) continue;
    const start = m.index;
    const digitsEnd = start + raw.length;
    const scale = readScale(text, digitsEnd, lexicon, options.scaleSymbols ?? false);
    out.push({
      start,
      end: scale ? scale.end : digitsEnd,
      digitsEnd,
      value: scale ? value * scale.factor : value,
      scale: scale ? scale.factor : 1,
    });
  }
  return out;
}

const SCALE_AFTER = /[ \u00A0\u202F]?(\p{L}+)(?!\p{L})/uy;

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
