// Numbers written in words ("cinq milliards", "quatre-vingt-douze", "two hundred and fifty
// thousand", "half a million"). Language-neutral: every word comes from the lexicon's `words`.
// Linear: one pass over the words of the text, each number parsed left to right without backtracking.
import type { NumberWords } from './lexicon.js';

export interface WordNumber {
  start: number;
  end: number;
  value: number;
  /** Start of the last scale word when the number ends with one ("cinq [milliards]"), else `end`. */
  scaleStart: number;
  /** Factor of that last scale word (1 when none). */
  scale: number;
  /** A lone article read as one ("un", "une"): weak evidence, the caller decides. */
  article: boolean;
}

interface Atom {
  start: number;
  end: number;
  w: string;
}

// Words of one number are joined by a little whitespace, a line break or a hyphen ("quatre-vingt").
const JOIN = /^[ \u00A0\u202F\t]{0,2}(?:-|\r?\n)?[ \u00A0\u202F\t]{0,2}$/u;

// Money, quantities and dates each read the numbers in words of the same text: the last answer is kept.
let last: { text: string; words: NumberWords; scales: Record<string, number>; found: readonly WordNumber[] } | null =
  null;

/** Every number written in words in `text`, in order. */
export function findNumberWords(text: string, words: NumberWords, scales: Record<string, number>): WordNumber[] {
  if (last && last.words === words && last.scales === scales && last.text === text) return [...last.found];
  const found = readNumberWords(text, words, scales);
  last = { text, words, scales, found };
  return [...found];
}

function readNumberWords(text: string, words: NumberWords, scales: Record<string, number>): WordNumber[] {
  const { known, longest } = vocabulary(words, scales);
  const out: WordNumber[] = [];
  let run: Atom[] = [];
  // The words of the text (runs of \p{L}), read without a match object each: most
  // words are no number word, and a word longer than the longest one is not even lower-cased.
  const n = text.length;
  let at = 0;
  while (at < n) {
    const first = letterAt(text, at);
    if (first === 0) {
      at += codePointAt(text, at);
      continue;
    }
    const start = at;
    at += first;
    for (let more = letterAt(text, at); more > 0; more = letterAt(text, at)) at += more;
    const w = at - start <= longest ? text.slice(start, at).toLowerCase() : null;
    if (w === null || !known.has(w)) {
      if (run.length) {
        out.push(...parseRun(run, words, scales));
        run = [];
      }
      continue;
    }
    const last = run[run.length - 1];
    if (last && (start - last.end > 5 || !JOIN.test(text.slice(last.end, start)))) {
      out.push(...parseRun(run, words, scales));
      run = [];
    }
    run.push({ start, end: at, w });
  }
  if (run.length) out.push(...parseRun(run, words, scales));
  return out;
}

const LETTER = /^\p{L}$/u;
/** Per UTF-16 unit below the surrogates, filled in as met: 1 a letter, 2 not, 0 not known yet. */
const LETTER_KIND = new Uint8Array(0x10000);

/** The units of the letter at `at` (2 for a letter beyond the BMP), or 0 when none is there. */
function letterAt(text: string, at: number): number {
  if (at >= text.length) return 0;
  const c = text.charCodeAt(at);
  if (c >= 0xd800 && c <= 0xdfff) return codePointAt(text, at) === 2 && LETTER.test(text.slice(at, at + 2)) ? 2 : 0;
  let kind = LETTER_KIND[c] as number;
  if (kind === 0) kind = LETTER_KIND[c] = LETTER.test(text[at] as string) ? 1 : 2;
  return kind === 1 ? 1 : 0;
}

/** The units of the code point at `at`: 2 for a surrogate pair, else 1. */
function codePointAt(text: string, at: number): number {
  const c = text.charCodeAt(at);
  if (c < 0xd800 || c > 0xdbff || at + 1 >= text.length) return 1;
  const d = text.charCodeAt(at + 1);
  return d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
}

const vocabularies = new WeakMap<NumberWords, { known: Set<string>; longest: number }>();
function vocabulary(words: NumberWords, scales: Record<string, number>): { known: Set<string>; longest: number } {
  let v = vocabularies.get(words);
  if (!v) {
    const known = new Set([
      ...Object.keys(words.units),
      ...Object.keys(words.pairs).flatMap((p) => p.split(' ')),
      ...words.hundreds,
      ...Object.keys(scales).filter((k) => /^\p{Ll}+$/u.test(k) && k.length > 2),
      words.and,
      ...words.articles,
      ...words.half,
      ...Object.keys(words.fractionsBefore),
      ...words.fractionLinks,
      words.point,
    ]);
    v = { known, longest: Math.max(0, ...[...known].map((w) => w.length)) };
    vocabularies.set(words, v);
  }
  return v;
}

function parseRun(atoms: Atom[], words: NumberWords, scales: Record<string, number>): WordNumber[] {
  const out: WordNumber[] = [];
  let i = 0;
  while (i < atoms.length) {
    const found = parseAt(atoms, i, words, scales);
    if (found) {
      out.push(found.number);
      i = found.next;
    } else i++;
  }
  return out;
}

type Kind = 'start' | 'unit' | 'hundred' | 'scale' | 'decimal';

function parseAt(
  atoms: Atom[],
  i: number,
  words: NumberWords,
  scales: Record<string, number>,
): { number: WordNumber; next: number } | null {
  // No local closures here: parseAt runs once per number word.
  const first = atoms[i]!;
  const firstUnit = words.units[first.w];
  const fraction =
    fractionBefore(atoms, i, i, 1, words, scales) ??
    (words.articles.includes(first.w) ? fractionBefore(atoms, i, i + 1, 1, words, scales) : null) ??
    (firstUnit !== undefined && firstUnit > 0 && firstUnit < 10
      ? fractionBefore(atoms, i, i + 1, firstUnit, words, scales)
      : null);
  if (fraction) return fraction;

  let total = 0;
  let group = 0;
  let kind: Kind = 'start';
  let lastScale = Number.POSITIVE_INFINITY;
  let scaleStart = -1;
  let scaleFactor = 1;
  let j = i;

  if (words.articles.includes(first.w)) {
    const next = atoms[i + 1]?.w ?? '';
    if (words.hundreds.includes(next) || scaleOfWord(scales, next)) {
      group = 1;
      kind = 'unit';
      j = i + 1;
    } else if (words.articleAlone.includes(first.w)) {
      return { number: wordNumber(atoms, i, 1, i, first.end, 1, true), next: i + 1 };
    } else return null;
  }

  for (;;) {
    const w = atoms[j]?.w;
    if (w === undefined) break;
    const pair = atoms[j + 1]?.w === undefined ? undefined : words.pairs[`${w} ${atoms[j + 1]?.w}`];
    const unit = pair ?? words.units[w];
    const low = group % 100;
    if (unit !== undefined) {
      if (kind === 'decimal') break;
      const fits =
        ((kind === 'start' || kind === 'scale') && group === 0) ||
        (kind === 'hundred' && low === 0) ||
        (kind === 'unit' && low >= 20 && low % 10 === 0 && unit > 0 && unit < 10) ||
        (kind === 'unit' && (low === 60 || low === 80) && unit >= 10 && unit < 20) ||
        (kind === 'unit' && low === 10 && group % 100 === 10 && unit >= 7 && unit <= 9);
      if (!fits) break;
      group += unit;
      kind = 'unit';
      j += pair === undefined ? 1 : 2;
      continue;
    }
    if (words.hundreds.includes(w)) {
      if (kind === 'unit' && group >= 1 && group <= words.maxHundredMultiplier) group *= 100;
      else if (kind === 'scale' && group === 0 && w === words.hundreds[0]) group = 100;
      // A hundred word opens a number alone only where the language says so ("cent euros"; English
      // needs "a hundred": "a few hundred dollars" holds no 100).
      else if (kind === 'start' && words.bareScales.includes(w)) group = 100;
      else break;
      kind = 'hundred';
      j++;
      continue;
    }
    const s = scaleOfWord(scales, w);
    if (s) {
      const bare = kind === 'start' && words.bareScales.includes(w);
      // "mille milliards": a larger scale right after a smaller one multiplies what was read.
      if (kind === 'scale' && s > lastScale && group === 0) {
        total *= s;
        lastScale = s;
        scaleStart = atoms[j]!.start;
        scaleFactor *= s;
        j++;
        continue;
      }
      if (s >= lastScale || (group === 0 && !bare)) break;
      total += (group || 1) * s;
      group = 0;
      lastScale = s;
      scaleStart = atoms[j]!.start;
      scaleFactor = s;
      kind = 'scale';
      j++;
      continue;
    }
    if (w === words.and) {
      const next = atoms[j + 1]?.w ?? '';
      const nextUnit = words.units[next];
      // "vingt et un", "soixante et onze"
      if (words.andAfterTens && kind === 'unit' && low >= 20 && low % 10 === 0 && (nextUnit === 1 || nextUnit === 11)) {
        group += nextUnit;
        j += 2;
        continue;
      }
      // "one hundred and five", "two thousand and twelve"
      if (!words.andAfterTens && (kind === 'hundred' || kind === 'scale') && nextUnit !== undefined) {
        j++;
        continue;
      }
      break;
    }
    if (w === words.point && kind === 'unit') {
      let k = j + 1;
      let digits = '';
      for (
        let d = words.units[atoms[k]?.w ?? ''];
        d !== undefined && d < 10 && digits.length < 12;
        d = words.units[atoms[k]?.w ?? '']
      ) {
        digits += String(d);
        k++;
      }
      if (!digits) break;
      group += Number(`0.${digits}`);
      kind = 'decimal';
      j = k;
      continue;
    }
    break;
  }
  if (kind === 'start') return null;
  let value = total + group;
  let last = j - 1;
  // "deux millions et demi", "three and a half", "one and a half million"
  const half = readHalfAtoms(atoms, j, words);
  if (half) {
    value += 0.5 * (kind === 'scale' ? scaleFactor : 1);
    last = half - 1;
    j = half;
    const s = kind === 'scale' ? undefined : scaleOfWord(scales, atoms[j]?.w);
    if (s) {
      value *= s;
      scaleStart = atoms[j]!.start;
      scaleFactor = s;
      kind = 'scale';
      last = j;
      j++;
    }
  }
  const endsWithScale = kind === 'scale';
  const end = atoms[last]!.end;
  return {
    number: wordNumber(atoms, i, value, last, endsWithScale ? scaleStart : end, endsWithScale ? scaleFactor : 1),
    next: j,
  };
}

/** A scale word's factor ("millions"): lower-case words only, so "M" or "Md" is no scale here. */
function scaleOfWord(scales: Record<string, number>, w: string | undefined): number | undefined {
  return w !== undefined && LOWER_CASE.test(w) ? scales[w] : undefined;
}
// (A regex literal with \p{…} stays out of functions: the TypeScript loader builds it again on every call.)
const LOWER_CASE = /^\p{Ll}+$/u;

/** The number read from atoms[first] to atoms[last]. */
function wordNumber(
  atoms: Atom[],
  first: number,
  value: number,
  last: number,
  scaleStart: number,
  scale: number,
  article = false,
): WordNumber {
  return { start: atoms[first]!.start, end: atoms[last]!.end, value, scaleStart, scale, article };
}

/** "half a million", "a quarter million", "three quarters of a billion": `count` fractions at atoms[k]. */
function fractionBefore(
  atoms: Atom[],
  first: number,
  k: number,
  count: number,
  words: NumberWords,
  scales: Record<string, number>,
): { number: WordNumber; next: number } | null {
  const f = words.fractionsBefore[atoms[k]?.w ?? ''];
  if (f === undefined) return null;
  let m = k + 1;
  if (words.fractionLinks.includes(atoms[m]?.w ?? '')) m++;
  if (words.articles.includes(atoms[m]?.w ?? '')) m++;
  const s = scaleOfWord(scales, atoms[m]?.w);
  return s ? { number: wordNumber(atoms, first, count * f * s, m, atoms[m]!.start, s), next: m + 1 } : null;
}

/** After a number: "et demi(e)" / "and a half"; the index after it, or 0. */
function readHalfAtoms(atoms: Atom[], j: number, words: NumberWords): number {
  if (atoms[j]?.w !== words.and) return 0;
  let k = j + 1;
  if (words.articles.includes(atoms[k]?.w ?? '')) k++;
  return words.half.includes(atoms[k]?.w ?? '') ? k + 1 : 0;
}

const halfPatterns = new WeakMap<NumberWords, RegExp>();

/** The same half suffix read in raw text right after `at` (for digits: "2 millions et demi"). */
export function readHalfAfter(text: string, at: number, words: NumberWords): number {
  let re = halfPatterns.get(words);
  if (!re) {
    const article = `(?:(?:${words.articles.join('|')})[ \\u00A0\\u202F])?`;
    const half = `(?:${words.half.join('|')})`;
    re = new RegExp(`[ \\u00A0\\u202F]${words.and}[ \\u00A0\\u202F]${article}${half}(?!\\p{L})`, 'iuy');
    halfPatterns.set(words, re);
  }
  re.lastIndex = at;
  return re.exec(text) ? re.lastIndex : 0;
}
