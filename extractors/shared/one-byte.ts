// A same-length, one-byte-per-character copy of a passage. V8 stores a string with any character
// above U+00FF two bytes per character and runs our regexes markedly slower on it; in English news
// the euro sign alone is often the only such character, in French news the curly apostrophe.
//
// Only the extractors that declare `readsOneByteCopy` read a copy, and only characters they all
// treat exactly like their stand-in are folded:
// - `€` → `¤` (the money and date rules read `¤` as the euro sign; a passage that already holds a
//   `¤` is not folded, so a `¤` in the copy always was a `€`);
// - for the extractors that also declare `readsTypographicFold` (their rules read `'` and `’`
//   alike, and U+00A0 and U+202F alike), the curly apostrophe `’` → `'` and the narrow no-break
//   space U+202F → U+00A0 as well; and the dashes and quotation marks their rules tell from any
//   Latin-1 character (`–` from `-`, `“ ”` from `"`, `‘`, `—`, `…`) each → its Windows-1252 code as
//   a C1 control character (`–` → U+0096…), which no text holds (a passage holding one is not
//   folded): each rule that names one of them names its stand-in beside it, and to every other rule
//   the two are alike (neither is a letter, a digit, a space or a word character, and neither has a
//   case). Values read from the copy get the characters back (`unfolded`);
// - for the extractors that also declare `readsWideFold` (the date, money and quantity rules),
//   the ligatures `œ` → `þ` and `Œ` → `Þ`, Latin-1 letters of the same case that French and English
//   text does not hold (French writes "œuvre", "cœur", "sœur", and one such word made its whole
//   passage two-byte); the hyphens `‐` `‑`, the minus sign `−` and the currency signs those rules
//   name → C1 controls that each rule naming one names beside it, and `₂` → `¹` (digit-like as it
//   is); all given back in values, and a passage already holding one is not folded. And every other
//   wide character a Latin-1 one can stand in for as those rules see it ("Erdoğan", "•", "→", a thin
//   space, a word in Greek or Chinese: wide-fold.ts), given back as nothing: no value of theirs
//   holds a character of the text.
// Other extractors still tell them apart, so they get a copy that folds less.

import { isAstralSymbol, SYMBOL_STAND_IN, WIDE_STAND_IN_CODES, wideStandIn } from './wide-fold.js';

/**
 * A passage holding one of these is not given a typographic or wide copy: a C1 control, `¤`, `¹`,
 * `þ`, `Þ` (the typographic copy refuses the wide fold's too, so that no copy holds `þ` but for `œ`).
 */
const HOLDS_STAND_IN = /[\u0080-\u009F\u00A4\u00B9\u00DE\u00FE]/;
/** The typographic copy's C1 stand-ins: each character's Windows-1252 code. */
const C1_STAND_IN: Record<string, string> = {
  '–': '\u0096',
  '—': '\u0097',
  '“': '\u0093',
  '”': '\u0094',
  '‘': '\u0091',
  '…': '\u0085',
};
/**
 * The wide fold's stand-ins that are given back: for the ligatures, Latin-1 letters of the same
 * case; for the subscript two ("CO₂"), `¹`, a digit-like character as it is (`\p{N}`, not `\d`);
 * for the hyphens, the minus sign, the primes and the other signs that the rules name, C1 controls
 * that each rule naming one names beside it.
 */
const WIDE_STAND_IN: Record<string, string> = {
  œ: 'þ',
  Œ: 'Þ',
  '‐': '\u0081',
  '‑': '\u0082',
  '−': '\u0083',
  '₂': '¹',
  '′': '\u0099',
  '″': '\u009A',
  '≈': '\u009B',
  '≤': '\u009C',
  '≥': '\u009D',
  '℃': '\u009E',
  '℉': '\u009F',
  '‰': '\u0086',
};
/**
 * The wide fold's stand-ins for the currency signs (`\p{Sc}`) the money rules name: a C1 control each, which
 * the money rules' table of signs (money/scan.ts) and the one `\p{Sc}` rule (quantity/articles.ts)
 * name beside it.
 */
export const CURRENCY_STAND_IN: Readonly<Record<string, string>> = {
  // (Not 元: a letter to the rules, `\p{Lo}`, which no C1 control is.)
  '₹': '\u0087',
  '₽': '\u0088',
  '₩': '\u0089',
  '₺': '\u008A',
  '₪': '\u008B',
  '₦': '\u008C',
  '₱': '\u008D',
  '₫': '\u008E',
  '₴': '\u008F',
  '₡': '\u0090',
  '₾': '\u0092',
  '₭': '\u0095',
  '₿': '\u0098',
};
/**
 * The vulgar fractions above U+00FF: `½`, as the one rule naming them (quantity/vulgar-fractions.ts)
 * names them alike, which reads the fraction in the passage as written. Not given back.
 */
const FRACTION_STAND_IN: Record<string, string> = Object.fromEntries([...'⅓⅔⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞'].map((f) => [f, '½']));
/** The stand-ins a value read from the copy is given back the characters of. */
const RESTORED: Record<string, string> = { ...C1_STAND_IN, ...WIDE_STAND_IN, ...CURRENCY_STAND_IN };
const TYPOGRAPHIC_STAND_IN: Record<string, string> = { '€': '¤', '’': "'", '\u202F': '\u00A0', ...C1_STAND_IN };
const codesOf = (standIns: Record<string, string>) =>
  new Map(Object.entries(standIns).map(([c, s]) => [c.charCodeAt(0), s.charCodeAt(0)]));
const STOOD_FOR: Record<string, string> = Object.fromEntries(Object.entries(RESTORED).map(([c, s]) => [s, c]));

/** The character codes of the stand-ins the gram index folds as the wide characters they stand for. */
export const STAND_IN_CODES: readonly number[] = [
  ...Object.values(RESTORED).map((s) => s.charCodeAt(0)),
  '½'.charCodeAt(0),
  ...WIDE_STAND_IN_CODES,
];
const STAND_INS = new RegExp(`[${Object.values(RESTORED).join('')}]`, 'g');
const STAND_IN_ONE = new RegExp(STAND_INS.source);

/** Whether a copy holds any of the stand-ins given back. */
export const holdsStandIns = (copy: string): boolean => STAND_IN_ONE.test(copy);

/** Text read from a typographic or wide-folded copy, with the characters its stand-ins stood for. */
export const unfolded = (text: string): string => text.replace(STAND_INS, (c) => STOOD_FOR[c] as string);

const C1_STAND_INS = new RegExp(`[${Object.values(C1_STAND_IN).join('')}]`, 'g');

/** Text read from a typographic copy, with the characters its C1 stand-ins stood for (a `þ` stays). */
export const unfoldedTypographic = (text: string): string => text.replace(C1_STAND_INS, (c) => STOOD_FOR[c] as string);

/**
 * How far a copy folds (see the top of this file): `euro`, `€` only; `typographic`, also the curly
 * apostrophe, the narrow no-break space, the dashes and the quotation marks; `wide`, also `œ`, `Œ`
 * and every other wide character wide-fold.ts has a stand-in for.
 */
export type Fold = 'euro' | 'typographic' | 'wide';

/**
 * Per fold: the passages it refuses (they hold one of its stand-ins already), its stand-ins by
 * character code, and whether the other wide characters have one too (wide-fold.ts).
 */
const FOLDS: Record<Fold, { refuses: RegExp; codes: Map<number, number>; others: boolean }> = {
  euro: { refuses: /\u00A4/, codes: codesOf({ '€': '¤' }), others: false },
  typographic: { refuses: HOLDS_STAND_IN, codes: codesOf(TYPOGRAPHIC_STAND_IN), others: false },
  wide: {
    refuses: HOLDS_STAND_IN,
    codes: codesOf({ ...TYPOGRAPHIC_STAND_IN, ...WIDE_STAND_IN, ...CURRENCY_STAND_IN, ...FRACTION_STAND_IN }),
    others: true,
  },
};

/**
 * The passage's one-byte copy, each character above U+00FF written as its stand-in; undefined when
 * it is one-byte already or one of its characters has no stand-in.
 */
export function oneByteCopy(text: string, fold: Fold = 'euro'): string | undefined {
  const { refuses, codes, others } = FOLDS[fold];
  if (!WIDE.test(text) || refuses.test(text)) return undefined;
  const bytes = Buffer.allocUnsafe(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x100) bytes[i] = c;
    else if (c >= 0xd800 && c <= 0xdbff) {
      // A character beyond U+FFFF: a symbol (an emoji) stands as two symbols; anything else cannot.
      const point = text.codePointAt(i) as number;
      if (!others || point <= 0xffff || !isAstralSymbol(point)) return undefined;
      bytes[i] = SYMBOL_STAND_IN;
      bytes[++i] = SYMBOL_STAND_IN;
    } else {
      const s = codes.get(c) ?? (others ? wideStandIn(c) : -1);
      if (s < 0) return undefined;
      bytes[i] = s;
    }
  }
  return bytes.toString('latin1');
}

/** Decoding Latin-1 bytes yields a string V8 stores one byte per character (a `replace` alone may
 * keep the two-byte representation of its source). */
const latin1 = (text: string) => Buffer.from(text, 'latin1').toString('latin1');

/** Any character beyond Latin-1. */
const WIDE = /[\u0100-\uFFFF]/;

/** Whether V8 stores the text two bytes per character (it holds a character beyond Latin-1). */
export const isWide = (text: string): boolean => WIDE.test(text);

/**
 * A passage cut from a document that `isWide`, stored one byte per character when it holds no wide
 * character itself. A `slice` of a two-byte string is two-byte whatever it holds, so one `’` or
 * `–` anywhere in an article made every passage of it two-byte: the passages without a character to
 * fold got no copy, and V8 ran (and compiled a second time, ~20 MB more machine code per thread)
 * every rule's regex for two-byte text. Same characters, so the same offsets and mentions.
 */
export const narrowed = (passage: string): string => (isWide(passage) ? passage : latin1(passage));
