// Word tokens with offsets, for the name rules. Letters runs joined by inner hyphens ("États-Unis",
// "Jean-Pierre") are one word; apostrophes, points and other punctuation are tokens of their own, so
// that an elided article ("l'", "d'", "qu'") stays separate from the name after it.

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token {
  start: number;
  end: number;
  text: string;
  kind: TokenKind;
  /** Whitespace before the token contains a line break. */
  lineStart: boolean;
  /** No whitespace between the previous token and this one. */
  glued: boolean;
}

const isLetter = (c: string) => /[\p{L}\p{M}]/u.test(c);
const isDigit = (c: string) => c >= '0' && c <= '9';
const isHyphen = (c: string) => c === '-' || c === '‐' || c === '‑';
const isSpace = (c: string) => /\s/u.test(c);

/** Splits `text[from, to)` into tokens; linear in the length of the range. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let i = from;
  let sawLineBreak = from === 0;
  let sawSpace = true;
  while (i < to) {
    const c = text[i] ?? '';
    if (isSpace(c)) {
      if (c === '\n' || c === '\r') sawLineBreak = true;
      sawSpace = true;
      i++;
      continue;
    }
    const start = i;
    let kind: TokenKind;
    if (isLetter(c)) {
      kind = 'word';
      i++;
      for (;;) {
        while (i < to && (isLetter(text[i] ?? '') || isDigit(text[i] ?? ''))) i++;
        // An inner hyphen joins two letter runs: "Jean-Pierre", "Saint-Étienne".
        if (i + 1 < to && isHyphen(text[i] ?? '') && isLetter(text[i + 1] ?? '')) {
          i++;
          continue;
        }
        break;
      }
    } else if (isDigit(c)) {
      kind = 'number';
      while (i < to && isDigit(text[i] ?? '')) i++;
    } else {
      kind = 'punct';
      i++;
    }
    tokens.push({ start, end: i, text: text.slice(start, i), kind, lineStart: sawLineBreak, glued: !sawSpace });
    sawLineBreak = false;
    sawSpace = false;
  }
  return tokens;
}

export const isCapitalized = (t: Token | undefined): boolean =>
  t !== undefined && t.kind === 'word' && /^\p{Lu}/u.test(t.text);

/** Every letter upper case and at least two of them: "AMDIE", "BERNE", "USA". */
export const isAllCaps = (t: Token | undefined): boolean =>
  t !== undefined && t.kind === 'word' && t.text.length >= 2 && !/\p{Ll}/u.test(t.text) && /\p{Lu}/u.test(t.text);

export const APOSTROPHES = new Set(["'", '’', 'ʼ', '‘']);
