// The language of a document's body and its passages in another language: an English quote in a
// French article, the English half of a bilingual release. Sentences (and long quotations inside
// them) are read once each; their evidence summed gives the document's language, and a run of
// sure, same-language sentences that differ from it becomes one segment.
import type { Sentence } from '../../extractors/types.js';
import type { LanguageGuess, Segment } from '../schema.js';
import { splitSentences } from '../segment.js';
import { countScripts, decide, type Guess, type ScriptCounts, SHORT_TEXT_LETTERS } from './detect.js';
import { addEvidence, emptyEvidence, gatherEvidence } from './ngram-model.js';

/** A unit shorter than this (in letters) is not judged alone: a name or a caption proves nothing. */
const UNIT_MIN_LETTERS = 30;
/** A short unit with fewer letters than this is not even guessed. */
const MIN_SHORT_LETTERS = 6;
/** A segment must have at least this many letters, all its units together. */
const SEGMENT_MIN_LETTERS = 40;
/** How sure each unit's guess must be to count... */
const UNIT_MIN_CONFIDENCE = 0.9;
/**
 * ...and how well it must fit its language's profile: text in a language the tables lack (Latin, say)
 * still has a best guess, but a poor fit (eld counts a guess below ~0.6 as unreliable).
 */
const UNIT_MIN_FIT = 0.6;
/** A unit where most words are capitalized is names (an address, a title), not language evidence. */
const MAX_CAPITALIZED_SHARE = 0.6;
/** Quotations judged on their own, inside a sentence of the document's language. */
const QUOTE = /«([^«»]{1,3000})»|“([^“”]{1,3000})”|"([^"\n]{1,3000})"/gu;

interface Unit {
  start: number;
  end: number;
  letters: number;
  guess: Guess;
  /** Too short to be judged alone: it only joins a run of sure units. */
  short: boolean;
}

export interface DocumentLanguage {
  language: LanguageGuess;
  segments: Segment[];
}

/**
 * The language of `text[from, to)` (or `hint` when the caller gave one) and its passages in other
 * languages.
 */
export function analyzeLanguages(text: string, hint: string | null, from = 0, to = text.length): DocumentLanguage {
  // One pass: each sentence's own guess (kept, its evidence is not) and the document's evidence.
  const total = emptyEvidence();
  const evidence = emptyEvidence();
  const scripts: ScriptCounts = { letters: 0, latinOrArabic: 0 };
  const sentences = splitCaseless(text, splitSentences(text, from, to)).map(({ start, end }) => {
    const slice = text.slice(start, end);
    const own = countScripts(slice);
    gatherEvidence(slice, evidence);
    addEvidence(total, evidence);
    scripts.letters += own.letters;
    scripts.latinOrArabic += own.latinOrArabic;
    // A short sentence (a dateline, "Press release.") gets franc's help and may only join a run.
    const short = own.letters < UNIT_MIN_LETTERS;
    const guess = short && own.letters < MIN_SHORT_LETTERS ? null : decide(evidence, own, short ? slice : null);
    return { start, end, letters: own.letters, short, guess };
  });

  let language: LanguageGuess;
  if (hint) language = { code: hint, confidence: 1 };
  else {
    const short = scripts.letters <= SHORT_TEXT_LETTERS ? text.slice(from, to) : null;
    const { code, confidence } = decide(total, scripts, short);
    language = { code, confidence };
  }
  if (language.code === 'und') return { language, segments: [] };

  const units: Unit[] = [];
  for (const s of sentences) {
    if (s.short) {
      if (s.guess && s.guess.code !== language.code) units.push(s as Unit);
      continue;
    }
    const slice = text.slice(s.start, s.end);
    const quotes = foreignQuotes(text, s.start, slice, language.code);
    // A sentence with a foreign quotation is foreign as a whole only when its own words are too
    // ('"Nous irons jusqu'au bout", he said.' is an English sentence around a French quote).
    const unit = quotes.length
      ? judgeOutsideQuotes(slice, s.start, s.end, language.code)
      : s.guess && isSureForeign(s.guess, slice, language.code)
        ? (s as Unit)
        : null;
    if (unit) units.push(unit);
    else units.push(...quotes);
  }
  return { language, segments: mergeRuns(text, units) };
}

/**
 * The sentence splitter wants a capital after the full stop; Arabic (and every caseless script) has
 * none, so "…prochain. وأضاف…" stays one sentence. Cut there too: a language change hides there.
 */
const CASELESS_BOUNDARY = /[.!?؟…]\s{1,100}(?=\p{Lo})/gu;

function splitCaseless(text: string, sentences: Sentence[]): Sentence[] {
  const out: Sentence[] = [];
  for (const sentence of sentences) {
    let start = sentence.start;
    const slice = text.slice(sentence.start, sentence.end);
    for (const m of slice.matchAll(CASELESS_BOUNDARY)) {
      const end = sentence.start + m.index + 1;
      if (end > start) out.push({ start, end });
      start = sentence.start + m.index + m[0].length;
    }
    if (sentence.end > start) out.push({ start, end: sentence.end });
  }
  return out;
}

/** A sure guess of another language than the document's, on text that is not mostly names. */
function isSureForeign(guess: Guess, slice: string, documentLanguage: string): boolean {
  if (guess.code === 'und' || guess.code === documentLanguage) return false;
  return guess.confidence >= UNIT_MIN_CONFIDENCE && guess.fit >= UNIT_MIN_FIT && !mostlyCapitalized(slice);
}

/** The unit's sure foreign language, or null: the document's, too short, mostly names, not sure enough. */
function judge(slice: string, start: number, end: number, documentLanguage: string): Unit | null {
  const scripts = countScripts(slice);
  if (scripts.letters < UNIT_MIN_LETTERS) return null;
  const guess = decide(gatherEvidence(slice), scripts, null);
  return isSureForeign(guess, slice, documentLanguage)
    ? { start, end, letters: scripts.letters, guess, short: false }
    : null;
}

/** Judges a sentence by its words outside quotation marks; the unit still spans the whole sentence. */
function judgeOutsideQuotes(slice: string, start: number, end: number, documentLanguage: string): Unit | null {
  const outside = slice.replace(QUOTE, (m) => ' '.repeat(m.length));
  const unit = judge(outside, start, end, documentLanguage);
  return unit && { ...unit, letters: countScripts(slice).letters };
}

function foreignQuotes(text: string, sentenceStart: number, sentence: string, documentLanguage: string): Unit[] {
  const units: Unit[] = [];
  for (const m of sentence.matchAll(QUOTE)) {
    const inner = m[1] ?? m[2] ?? m[3] ?? '';
    let start = sentenceStart + m.index + 1;
    let end = start + inner.length;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    const slice = text.slice(start, end);
    const unit = judge(slice, start, end, documentLanguage);
    if (unit) units.push(unit);
  }
  return units;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]{0,60}/gu;
// (A regex literal with \p{…} stays out of functions: the TypeScript loader builds it again on every call.)
const CAPITALIZED = /^[\p{Lu}\p{N}]/u;

function mostlyCapitalized(slice: string): boolean {
  let words = 0;
  let capitalized = 0;
  for (const [word] of slice.matchAll(WORD)) {
    words++;
    if (CAPITALIZED.test(word)) capitalized++;
  }
  return capitalized > words * MAX_CAPITALIZED_SHARE;
}

/**
 * Neighbouring units of one language, with nothing but space between, make one segment. A short
 * unit only counts inside or next to a run of sure ones.
 */
function mergeRuns(text: string, units: Unit[]): Segment[] {
  interface Run {
    start: number;
    end: number;
    code: string;
    letters: number;
    weighted: number;
    sure: boolean;
  }
  const runs: Run[] = [];
  for (const u of units) {
    const last = runs.at(-1);
    const weighted = u.guess.confidence * u.letters;
    if (last && last.code === u.guess.code && /^\s*$/.test(text.slice(last.end, u.start))) {
      last.end = u.end;
      last.letters += u.letters;
      last.weighted += weighted;
      last.sure ||= !u.short;
    } else runs.push({ start: u.start, end: u.end, code: u.guess.code, letters: u.letters, weighted, sure: !u.short });
  }
  return runs
    .filter((r) => r.sure && r.letters >= SEGMENT_MIN_LETTERS)
    .map((r) => ({
      start: r.start,
      end: r.end,
      language: { code: r.code, confidence: Math.round((r.weighted / r.letters) * 1000) / 1000 },
    }));
}
