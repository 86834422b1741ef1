// Passages in another language than the document's: an English quote in a French article, the
// English half of a bilingual release. Sentences (and long quotations inside them) are detected one
// by one; a run of sure, same-language units that differ from the document becomes one segment.
import type { Segment } from '../schema.js';
import { splitSentences } from '../segment.js';
import { countScripts, detectLanguage } from './detect.js';

/** A unit shorter than this (in letters) is not judged alone: a name or a caption proves nothing. */
const UNIT_MIN_LETTERS = 30;
/** A segment must have at least this many letters, all its units together. */
const SEGMENT_MIN_LETTERS = 40;
/** How sure each unit's guess must be to count. */
const UNIT_MIN_CONFIDENCE = 0.9;
/** Quotations this long (characters between the marks) are judged on their own. */
const QUOTE = /«([^«»]{1,3000})»|“([^“”]{1,3000})”|"([^"\n]{1,3000})"/gu;

interface Unit {
  start: number;
  end: number;
  code: string;
  confidence: number;
  letters: number;
}

/** Foreign passages of `text[from, to)` for a document in `documentLanguage`. */
export function findForeignSegments(text: string, documentLanguage: string, from = 0, to = text.length): Segment[] {
  const units: Unit[] = [];
  for (const sentence of splitSentences(text, from, to)) {
    const unit = judge(text, sentence.start, sentence.end);
    if (unit && unit.code !== documentLanguage) units.push(unit);
    else units.push(...quotesIn(text, sentence.start, sentence.end, documentLanguage));
  }
  return mergeRuns(
    text,
    units.filter((u) => u.code !== documentLanguage && u.code !== 'und'),
  );
}

function judge(text: string, from: number, to: number): Unit | null {
  let start = from;
  let end = to;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  const slice = text.slice(start, end);
  const { letters } = countScripts(slice);
  if (letters < UNIT_MIN_LETTERS) return null;
  const guess = detectLanguage(slice);
  if (guess.confidence < UNIT_MIN_CONFIDENCE) return null;
  return { start, end, code: guess.code, confidence: guess.confidence, letters };
}

function quotesIn(text: string, start: number, end: number, documentLanguage: string): Unit[] {
  const units: Unit[] = [];
  const sentence = text.slice(start, end);
  for (const m of sentence.matchAll(QUOTE)) {
    const inner = m[1] ?? m[2] ?? m[3] ?? '';
    const innerStart = start + m.index + 1;
    const unit = judge(text, innerStart, innerStart + inner.length);
    if (unit && unit.code !== documentLanguage) units.push(unit);
  }
  return units;
}

/** Neighbouring units of one language, with nothing but space between, make one segment. */
function mergeRuns(text: string, units: Unit[]): Segment[] {
  const runs: { start: number; end: number; code: string; letters: number; weighted: number }[] = [];
  for (const u of units) {
    const last = runs.at(-1);
    if (last && last.code === u.code && /^\s*$/.test(text.slice(last.end, u.start))) {
      last.end = u.end;
      last.letters += u.letters;
      last.weighted += u.confidence * u.letters;
    } else
      runs.push({ start: u.start, end: u.end, code: u.code, letters: u.letters, weighted: u.confidence * u.letters });
  }
  return runs
    .filter((r) => r.letters >= SEGMENT_MIN_LETTERS)
    .map((r) => ({
      start: r.start,
      end: r.end,
      language: { code: r.code, confidence: Math.round((r.weighted / r.letters) * 1000) / 1000 },
    }));
}
