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
//   space U+202F → U+00A0 as well. Other extractors still tell them apart, so they get the `€`-only
//   copy. Dashes are not folded: the rules tell ranges (`–`) from hyphens (`-`).

/** Any character the copy cannot hold: above U+00FF and not folded, or the stand-in itself. */
const UNFOLDABLE = /[\u00A4\u0100-\u20AB\u20AD-\uFFFF]/;
const UNFOLDABLE_TYPOGRAPHIC = /[\u00A4\u0100-\u2018\u201A-\u202E\u2030-\u20AB\u20AD-\uFFFF]/;
const EURO = /€/g;
const TYPOGRAPHIC = /[€’\u202F]/g;
const STAND_IN: Record<string, string> = { '€': '¤', '’': "'", '\u202F': '\u00A0' };

/**
 * The passage's one-byte copy, or undefined when it is one-byte already or cannot be made so.
 * `typographic`: fold the curly apostrophe and the narrow no-break space too.
 */
export function oneByteCopy(text: string, typographic = false): string | undefined {
  if (typographic) {
    if (!(text.includes('’') || text.includes('€') || text.includes('\u202F')) || UNFOLDABLE_TYPOGRAPHIC.test(text))
      return undefined;
    return latin1(text.replace(TYPOGRAPHIC, (c) => STAND_IN[c] as string));
  }
  if (!text.includes('€') || UNFOLDABLE.test(text)) return undefined;
  return latin1(text.replace(EURO, '¤'));
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
