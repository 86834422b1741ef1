// Sentence segmentation with offsets. Rule-based: a sentence ends at . ! ? … (and closing quotes
// or brackets after them) followed by space and a capital, a digit or an opening quote, unless the
// word before the point is a known abbreviation or an initial; a blank line always ends one.
import type { Sentence } from '../extractors/types.js';

const ABBREVIATIONS = new Set([
  // French
  'm',
  'mm',
  'mme',
  'mmes',
  'mlle',
  'dr',
  'pr',
  'me',
  'mgr',
  'st',
  'ste',
  'cf',
  'etc',
  'p',
  'pp',
  'av',
  'bd',
  'env',
  'hab',
  'art',
  'al',
  'ex',
  'vol',
  'no',
  'n°',
  'tél',
  'min',
  'max',
  'apr',
  'j.-c',
  'c.-à-d',
  // English
  'mr',
  'mrs',
  'ms',
  'prof',
  'sr',
  'jr',
  'gen',
  'gov',
  'sen',
  'rep',
  'lt',
  'col',
  'capt',
  'sgt',
  'inc',
  'ltd',
  'co',
  'corp',
  'vs',
  'jan',
  'feb',
  'mar',
  'aug',
  'sept',
  'oct',
  'nov',
  'dec',
  'u.s',
  'e.g',
  'i.e',
  'mt',
  'ft',
]);

// Candidate boundaries: terminal punctuation, optional closers, then whitespace; or a blank line.
const BOUNDARY = /([.!?…]+)["»”’)\]]*(\s+)|\n[ \t]*\n\s*/gu;
const WORD_BEFORE = /([\p{L}\p{N}.°'-]+)$/u;
// (A regex literal with \p{…} stays out of functions: the TypeScript loader builds it again on every call.)
const ONE_CAPITAL = /^\p{Lu}$/u;
const STARTS_SENTENCE = /^["«“'([]?[\p{Lu}\p{N}]/u;

// Language detection and the pipeline both split a document's body: the last split is kept.
let last: { text: string; from: number; to: number; sentences: readonly Sentence[] } | null = null;

export function splitSentences(text: string, from = 0, to = text.length): Sentence[] {
  if (last && last.text === text && last.from === from && last.to === to) return last.sentences.slice();
  const sentences = split(text, from, to);
  last = { text, from, to, sentences };
  return sentences.slice();
}

function split(text: string, from: number, to: number): Sentence[] {
  const sentences: Sentence[] = [];
  let start = skipSpace(text, from, to);
  const body = text.slice(0, to);
  BOUNDARY.lastIndex = start;
  for (let m = BOUNDARY.exec(body); m; m = BOUNDARY.exec(body)) {
    const isBlankLine = m[1] === undefined;
    if (!isBlankLine) {
      const after = body.slice(m.index + m[0].length, m.index + m[0].length + 2);
      if (!STARTS_SENTENCE.test(after) && after !== '') continue;
      if (m[1] === '.' && isAbbreviation(body, m.index)) continue;
    }
    const sentenceEnd = trimEnd(body, start, isBlankLine ? m.index : m.index + m[0].length - (m[2]?.length ?? 0));
    if (sentenceEnd > start) sentences.push({ start, end: sentenceEnd });
    start = m.index + m[0].length;
  }
  const lastEnd = trimEnd(body, start, to);
  if (lastEnd > start) sentences.push({ start, end: lastEnd });
  return sentences;
}

function isAbbreviation(text: string, pointAt: number): boolean {
  const word = WORD_BEFORE.exec(text.slice(Math.max(0, pointAt - 20), pointAt))?.[1];
  if (!word) return false;
  // A single capital is an initial ("J. Dupont").
  if (ONE_CAPITAL.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}

function skipSpace(text: string, at: number, to: number): number {
  while (at < to && /\s/.test(text[at] ?? '')) at++;
  return at;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return end;
}
