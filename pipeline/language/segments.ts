// The language of a document's body and its passages in another language: an English quote in a
// French article, the English half of a bilingual release. Sentences (and long quotations inside
// them) are read once each; their evidence summed gives the document's language, and a run of
// sure, same-language sentences that differ from it becomes one segment.
import type { Sentence } from '../../extractors/types.js';
import type { LanguageGuess, Segment } from '../schema.js';
import { splitSentences } from '../segment.js';
import { countScripts, decide, type Guess, type ScriptCounts, SHORT_TEXT_LETTERS } from './detect.js';
import { addEvidence, type Evidence, emptyEvidence, gatherEvidence } from './ngram-model.js';

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
  const sentences = splitCaseless(text, splitSentences(text, from, to));
  const total = emptyEvidence();
  const scripts: ScriptCounts = { letters: 0, latinOrArabic: 0 };
  const judged = sentences.map(({ start, end }) => {
    const slice = text.slice(start, end);
    const unitScripts = countScripts(slice);
    const evidence = gatherEvidence(slice);
    addEvidence(total, evidence);
    scripts.letters += unitScripts.letters;
    scripts.latinOrArabic += unitScripts.latinOrArabic;
    return { start, end, slice, scripts: unitScripts, evidence };
  });

  let language: LanguageGuess;
  if (hint) language = { code: hint, confidence: 1 };
  else {
    const short = scripts.letters <= SHORT_TEXT_LETTERS ? text.slice(from, to) : null;
    const { code, confidence } = decide(total, scripts, short);
    language = { code, confidence };
  }
  if (language.code === 'und') return { language, segments: [] };

  // Each sentence: a sure foreign unit, a short one (a dateline, "Press release.") that may join a
  // neighbouring foreign run of its own language, or one of the document's language.
  const units: (Unit & { short: boolean })[] = [];
  for (const s of judged) {
    if (s.scripts.letters < UNIT_MIN_LETTERS) {
      const guess = s.scripts.letters >= MIN_SHORT_LETTERS ? decide(s.evidence, s.scripts, s.slice) : null;
      if (guess && guess.code !== language.code) units.push({ ...s, letters: s.scripts.letters, guess, short: true });
      continue;
    }
    const quotes = foreignQuotes(text, s.start, s.slice, language.code);
    // A sentence with a foreign quotation is foreign as a whole only when its own words are too
    // ('"Nous irons jusqu'au bout", he said.' is an English sentence around a French quote).
    const unit = quotes.length
      ? judgeOutsideQuotes(s.slice, s.start, s.end, language.code)
      : judge(s.slice, s.start, s.end, s.scripts, s.evidence, language.code);
    if (unit) units.push({ ...unit, short: false });
    else units.push(...quotes.map((u) => ({ ...u, short: false })));
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

/** The unit's sure foreign language, or null: the document's, too short, mostly names, not sure enough. */
function judge(
  slice: string,
  start: number,
  end: number,
  scripts: ScriptCounts,
  evidence: Evidence,
  documentLanguage: string,
): Unit | null {
  if (scripts.letters < UNIT_MIN_LETTERS) return null;
  const guess = decide(evidence, scripts, null);
  if (guess.code === 'und' || guess.code === documentLanguage) return null;
  if (guess.confidence < UNIT_MIN_CONFIDENCE || guess.fit < UNIT_MIN_FIT || mostlyCapitalized(slice)) return null;
  return { start, end, letters: scripts.letters, guess };
}

/** Judges a sentence by its words outside quotation marks; the unit still spans the whole sentence. */
function judgeOutsideQuotes(slice: string, start: number, end: number, documentLanguage: string): Unit | null {
  const outside = slice.replace(QUOTE, (m) => ' '.repeat(m.length));
  const unit = judge(outside, start, end, countScripts(outside), gatherEvidence(outside), documentLanguage);
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
    const unit = judge(slice, start, end, countScripts(slice), gatherEvidence(slice), documentLanguage);
    if (unit) units.push(unit);
  }
  return units;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]{0,60}/gu;

function mostlyCapitalized(slice: string): boolean {
  let words = 0;
  let capitalized = 0;
  for (const [word] of slice.matchAll(WORD)) {
    words++;
    if (/^[\p{Lu}\p{N}]/u.test(word)) capitalized++;
  }
  return capitalized > words * MAX_CAPITALIZED_SHARE;
}

/**
 * Neighbouring units of one language, with nothing but space between, make one segment. A short
 * unit only counts inside or next to a run of sure ones.
 */
function mergeRuns(text: string, units: (Unit & { short: boolean })[]): Segment[] {
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
