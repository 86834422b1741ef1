// Word tokens with offsets, for the name rules. Letters runs joined by inner hyphens ("États-Unis",
// "Jean-Pierre") are one word; apostrophes, points and other punctuation are tokens of their own, so
// that an elided article ("l'", "d'", "qu'") stays separate from the name after it.

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token {
  start: number;
  end: number;
  /** The token's text, without OCR line-end cuts ("Vir¬ ginia" reads "Virginia"); offsets stay exact. */
  text: string;
  kind: TokenKind;
  /** Whitespace before the token contains a line break. */
  lineStart: boolean;
  /** No whitespace between the previous token and this one. */
  glued: boolean;
}

// A regex literal with \p{…} must stand at module level: the TypeScript loader and the worker bundle
// (esbuild, target node20) turn each such literal into a `new RegExp(…)` where it stands, which inside a
// function builds the regex again on every call.
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const UPPER_FIRST = /^\p{Lu}/u;
const ONE_UPPER = /^\p{Lu}$/u;
const CUT_BEFORE_LETTER = /([-‐‑])[ \t]{0,3}\r?\n(\p{L})/gu;
/** Whether `s` holds an upper-case letter. */
export const hasUpper = (s: string) => UPPER.test(s);
/** Whether `s` opens with an upper-case letter. */
export const startsUpper = (s: string) => {
  const code = s.charCodeAt(0);
  return code < 128 ? code >= 65 && code <= 90 : UPPER_FIRST.test(s);
};
/** Whether `s` is one upper-case letter: an initial. */
export const isOneCapital = (s: string) => ONE_UPPER.test(s);

// ASCII first: these run on every character of the text.
const LETTER = /[\p{L}\p{M}]/u;
const SPACE = /\s/u;
const isLetter = (c: string) => {
  const code = c.charCodeAt(0);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return LETTER.test(c);
};
const isDigit = (c: string) => c >= '0' && c <= '9';
/** A letter or a digit at `text[i]`, without making a one-character string for ASCII. */
const isWordCharAt = (text: string, i: number) => {
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return LETTER.test(text[i] ?? '');
};
const isHyphen = (c: string) => c === '-' || c === '‐' || c === '‑';
const isSpace = (c: string) => {
  const code = c.charCodeAt(0);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return SPACE.test(c);
};

/** Splits `text[from, to)` into tokens; linear in the length of the range. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let i = from;
  let sawLineBreak = from === 0;
  let sawSpace = true;
  while (i < to) {
    const code = text.charCodeAt(i);
    if (code === 32 || (code >= 9 && code <= 13) || (code >= 128 && isSpace(text[i] ?? ''))) {
      if (code === 10 || code === 13) sawLineBreak = true;
      sawSpace = true;
      i++;
      continue;
    }
    const start = i;
    let kind: TokenKind;
    /** Whether the word runs on across a line-end cut ("Mis-⏎souri", "Vir¬ ginia"). */
    let cut = false;
    if (code < 128 ? (code >= 97 && code <= 122) || (code >= 65 && code <= 90) : isLetter(text[i] ?? '')) {
      kind = 'word';
      i++;
      for (;;) {
        while (i < to && isWordCharAt(text, i)) i++;
        // An inner hyphen joins two letter runs: "Jean-Pierre", "Saint-Étienne", "vice-président".
        if (
          i + 1 < to &&
          isHyphen(text[i] ?? '') &&
          isLetter(text[i + 1] ?? '') &&
          joinsAcrossHyphen(text, start, i, to)
        ) {
          i++;
          continue;
        }
        // A word cut at the end of a line with a hyphen: "Mis-\nsouri", "Saint-\nÉtienne".
        if (isHyphen(text[i] ?? '')) {
          let k = i + 1;
          while (k < to && k - i <= 3 && (text[k] === ' ' || text[k] === '\t')) k++;
          if (text[k] === '\n' || (text[k] === '\r' && text[k + 1] === '\n')) {
            k += text[k] === '\r' ? 2 : 1;
            if (isLetter(text[k] ?? '')) {
              i = k;
              cut = true;
              continue;
            }
          }
        }
        // OCR of old print marks a word cut at the end of a line with "¬": "Vir¬\nginia".
        if (text[i] === '¬') {
          let k = i + 1;
          while (k < to && k - i <= 3 && isSpace(text[k] ?? '')) k++;
          if (isLetter(text[k] ?? '')) {
            i = k;
            cut = true;
            continue;
          }
        }
        break;
      }
    } else if (code >= 48 && code <= 57) {
      kind = 'number';
      while (i < to && isDigit(text[i] ?? '')) i++;
    } else {
      kind = 'punct';
      i++;
    }
    const raw = text.slice(start, i);
    const joined = cut ? joinLineCuts(raw) : raw;
    tokens.push({ start, end: i, text: joined, kind, lineStart: sawLineBreak, glued: !sawSpace });
    sawLineBreak = false;
    sawSpace = false;
  }
  return tokens;
}

/**
 * The text of tokens [from, to) as the tokenizer reads it: the words it joined across a line-end cut
 * ("Ben-\r\nnani", "Lefeb-  \nvre", "Vir¬ ginia") joined, the spaces between tokens as written. The
 * tokenizer is the one place that decides what a cut is.
 */
export function spanText(text: string, tokens: Token[], from: number, to: number): string {
  // (A word joined across a cut is shorter than its slice of the text; most spans have none.)
  let cut = false;
  for (let k = from; k < to && !cut; k++) cut = tokens[k]!.text.length !== tokens[k]!.end - tokens[k]!.start;
  if (!cut) return text.slice(tokens[from]!.start, tokens[to - 1]!.end);
  let joined = tokens[from]!.text;
  for (let k = from + 1; k < to; k++) joined += text.slice(tokens[k - 1]!.end, tokens[k]!.start) + tokens[k]!.text;
  return joined;
}

/** "Vir¬ ginia" → "Virginia", "Mis-\nsouri" → "Missouri", "Saint-\nÉtienne" → "Saint-Étienne". */
function joinLineCuts(raw: string): string {
  return raw
    .replace(/¬\s*/g, '')
    .replace(CUT_BEFORE_LETTER, (_m, hyphen: string, next: string) => (hasUpper(next) ? hyphen + next : next));
}

// Lower-case words that sit inside hyphenated place names: "Châtenois-les-Forges", "Rio-de-Janeiro".
const NAME_LINKS = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'lès', 'sur', 'sous', 'en', 'aux', 'et', 'd', 'l']);

/**
 * After a capitalized part, a hyphen followed by a lower-case word is usually a dash typed without
 * spaces ("Chirac-qui", "Cotti-le"), except for the linking words of place names.
 */
function joinsAcrossHyphen(text: string, start: number, hyphen: number, to: number): boolean {
  if (!hasUpper(text[start] ?? '')) return true;
  const next = text[hyphen + 1] ?? '';
  if (hasUpper(next)) return true;
  let end = hyphen + 1;
  while (end < to && end - hyphen < 6 && isLetter(text[end] ?? '')) end++;
  return NAME_LINKS.has(text.slice(hyphen + 1, end)) && isHyphen(text[end] ?? '');
}

export const isCapitalized = (t: Token | undefined): boolean =>
  t !== undefined && t.kind === 'word' && startsUpper(t.text);

/** Every letter upper case and at least two of them: "AMDIE", "BERNE", "USA". */
export const isAllCaps = (t: Token | undefined): boolean =>
  t !== undefined && t.kind === 'word' && t.text.length >= 2 && !LOWER.test(t.text) && UPPER.test(t.text);

export const APOSTROPHES = new Set(["'", '’', 'ʼ', '‘', '\u0091']);
export const isApostrophe = (t: Token | undefined) => t !== undefined && t.kind === 'punct' && APOSTROPHES.has(t.text);

export const lowerOf = (t: Token | undefined) => (t ? t.text.toLowerCase() : '');
