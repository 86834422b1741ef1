// The stand-ins of the wide fold (one-byte.ts): every character above U+00FF that the date, money
// and quantity rules do not name, and that a Latin-1 character stands in for exactly as those rules
// see it. They read characters through literals, classes of literals, `\p{L}`, `\p{Lu}`, `\p{Ll}`,
// `\p{N}`, `\p{M}`, `\p{Sc}`, `\s`, `\w`, `\b`, `.` and case-insensitive matching; so:
// - a letter with an upper- and a lower-case form, both beyond Latin-1 and each the other's, and
//   none a case partner of a Latin-1 or named character ("ğ", "Ж", "Ω"): `ð` or `Ð`, same case;
// - a letter without case (Chinese, Arabic, a modifier letter such as "ʼ"): `ª`;
// - punctuation, a symbol other than a currency sign ("•", "→", "™", "„") or an invisible format
//   character (a zero-width space): U+0080, a C1 control, which no text holds (a passage holding
//   one is not folded);
// - a space (a thin space, U+FEFF): a form feed, a space to `\s` that no rule names;
// - a symbol beyond U+FFFF (an emoji), two UTF-16 units: U+0080 twice. To a rule without the `u`
//   flag it is two units either way; to one with it, one character here and two there, alike to
//   every class the rules use, but a count of characters that spans one (`.{2}`) would differ, and
//   no rule counts across a symbol so (the tests run the rules on both);
// - anything else (digits and fractions, marks, line separators, letters beyond U+FFFF, the named
//   ones): none, so the passage stays as it is.
// These stand-ins map back to nothing: no value these rules give holds a character of the text.
// (The characters the rules name have stand-ins of their own, given back: one-byte.ts.)

/**
 * The characters above U+00FF that the date, money and quantity rules name (outside comments) and
 * that have no stand-in of their own (one-byte.ts). The test "names every wide character its rules
 * name" reads the sources and fails when a rule names one that is neither.
 */
export const NAMED_WIDE = '元ரூμ';

const LOWER = 0xf0; // ð
const UPPER = 0xd0; // Ð
const CASELESS = 0xaa; // ª
const SYMBOL = 0x80;
/** What stands for a symbol or punctuation mark (U+0080). */
export const SYMBOL_STAND_IN = SYMBOL;
const SPACE = 0x0c; // form feed
/** The Latin-1 codes the wide fold writes (the gram index folds them as the wide characters they stand for). */
export const WIDE_STAND_IN_CODES: readonly number[] = [LOWER, UPPER, CASELESS, SYMBOL, SPACE];

const CASED_UPPER = /^\p{Lu}$/u;
const CASED_LOWER = /^\p{Ll}$/u;
const CASELESS_LETTER = /^[\p{Lo}\p{Lm}]$/u;
const SYMBOL_NOT_CURRENCY = /^[\p{P}\p{S}]$/u;
const CURRENCY = /^\p{Sc}$/u;
const SPACE_SEPARATOR = /^\p{Zs}$/u;
const FORMAT = /^\p{Cf}$/u;

/** A character's one-unit upper and lower case forms, when it has them. */
const caseForms = (c: string): string[] => [c.toUpperCase(), c.toLowerCase()].filter((x) => x.length === 1 && x !== c);

/** Characters whose case partners a rule could name: the Latin-1 ones' and the named ones' ("µ" and "μ", "ÿ" and "Ÿ"). */
const partnersOfNamed = (() => {
  const out = new Set<string>();
  const add = (c: string) => {
    for (const p of caseForms(c)) {
      out.add(p);
      for (const q of caseForms(p)) out.add(q);
    }
  };
  for (let c = 0; c < 0x100; c++) add(String.fromCharCode(c));
  for (const c of NAMED_WIDE) add(c);
  return out;
})();

/** Whether the letter's case forms are one pair of wide characters, each the other's, that no rule can reach. */
function hasPlainCase(c: string): boolean {
  const upper = c.toUpperCase();
  const lower = c.toLowerCase();
  if (upper.length !== 1 || lower.length !== 1 || upper === lower) return false;
  if (upper.charCodeAt(0) < 0x100 || lower.charCodeAt(0) < 0x100) return false;
  if (upper.toLowerCase() !== lower || lower.toUpperCase() !== upper) return false;
  return !partnersOfNamed.has(c) && !partnersOfNamed.has(upper) && !partnersOfNamed.has(lower);
}

const NAMED = new Set(NAMED_WIDE);

function classify(code: number): number {
  if (code >= 0xd800 && code <= 0xdfff) return 0;
  const c = String.fromCharCode(code);
  if (NAMED.has(c)) return 0;
  if (CASED_UPPER.test(c)) return hasPlainCase(c) ? UPPER : 0;
  if (CASED_LOWER.test(c)) return hasPlainCase(c) ? LOWER : 0;
  if (CASELESS_LETTER.test(c)) return CASELESS;
  if (SYMBOL_NOT_CURRENCY.test(c) && !CURRENCY.test(c)) return SYMBOL;
  // U+FEFF is a format character that `\s` matches.
  if (SPACE_SEPARATOR.test(c) || c === '\uFEFF') return SPACE;
  if (FORMAT.test(c)) return SYMBOL;
  return 0;
}

const ASTRAL_SYMBOLS = new Map<number, boolean>();

/** Whether the character beyond U+FFFF is a symbol or punctuation (not a currency sign): then U+0080 stands for each of its two units. */
export function isAstralSymbol(codePoint: number): boolean {
  let symbol = ASTRAL_SYMBOLS.get(codePoint);
  if (symbol === undefined) {
    const c = String.fromCodePoint(codePoint);
    symbol = SYMBOL_NOT_CURRENCY.test(c) && !CURRENCY.test(c);
    ASTRAL_SYMBOLS.set(codePoint, symbol);
  }
  return symbol;
}

/** Per character above U+00FF: its stand-in's code plus one, 1 for none, 0 not classified yet. */
const known = new Uint8Array(0x10000);

/** The Latin-1 code standing in for a character above U+00FF, or -1 when none can. */
export function wideStandIn(code: number): number {
  let k = known[code] as number;
  if (k === 0) {
    k = classify(code) + 1;
    known[code] = k;
  }
  return k - 1 || -1;
}
