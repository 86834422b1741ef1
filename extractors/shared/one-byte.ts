// A same-length, one-byte-per-character copy of a passage. V8 stores a string with any character
// above U+00FF two bytes per character and runs our regexes markedly slower on it; in English news
// the euro sign alone is often the only such character.
//
// Only the extractors that declare `readsOneByteCopy` read it, and only characters they all treat
// exactly like their stand-in are folded:
// `€` → `¤` (the money rules read `¤` as the euro sign; a passage that already holds a `¤` is not
// folded, so a `¤` in the copy always was a `€`). The curly apostrophe, the dashes and U+202F are
// left out: a few quantity and date rules tell them from their Latin-1 look-alikes.

/** Any character the copy cannot hold: above U+00FF and not folded, or the stand-in itself. */
const UNFOLDABLE = /[\u00A4\u0100-\u20AB\u20AD-\uFFFF]/;
const EURO = /€/g;

/** The passage's one-byte copy, or undefined when it is one-byte already or cannot be made so. */
export function oneByteCopy(text: string): string | undefined {
  if (!text.includes('€') || UNFOLDABLE.test(text)) return undefined;
  // Decoding Latin-1 bytes yields a string V8 stores one byte per character (a `replace` alone may
  // keep the two-byte representation of its source).
  return Buffer.from(text.replace(EURO, '¤'), 'latin1').toString('latin1');
}
