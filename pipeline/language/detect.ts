// Guesses the language of a text from its evidence. See the comment at the top of
// ../detect-language.ts for why it is built this way and what was measured.
import { francAll } from 'franc';
import type { LanguageGuess } from '../schema.js';
import { isCoreLanguage } from './core-languages.js';
import { type Evidence, gatherEvidence, scaled, scaledScores, tableLanguages } from './ngram-model.js';

/** Fewer letters than this carry no language. */
const MIN_LETTERS = 3;
/** Up to this many letters a text is "short": franc's trigrams are added to eld's evidence. */
export const SHORT_TEXT_LETTERS = 160;
/** franc's relative score (1 for its best language) weighs this much against eld's scaled score. */
const FRANC_WEIGHT = 0.05;
/** Another language than the news ones needs this much evidence (distinct n-grams)... */
const OTHER_MIN_NGRAMS = 10;
/** ...and to beat the best news language by this margin in the 60-language table. */
const OTHER_MIN_MARGIN = 0.08;

const ISO3_TO_1: Record<string, string> = {
  fra: 'fr',
  eng: 'en',
  spa: 'es',
  arb: 'ar',
  deu: 'de',
  por: 'pt',
  ita: 'it',
  nld: 'nl',
};
const FRANC_ONLY = Object.keys(ISO3_TO_1);

/** A guess and how well the text fits the winner's n-gram profile (its eld-scaled score, 0–1). */
export type Guess = LanguageGuess & { fit: number };

/** Below this fit (eld-scaled score of the winner) there is no language to speak of. */
const MIN_FIT = 0.45;
/** Correct guesses on sentences fit at 0.75–0.85; from this fit on the confidence is not lowered. */
const GOOD_FIT = 0.7;

const UND: Guess = { code: 'und', confidence: 0, fit: 0 };

export interface ScriptCounts {
  letters: number;
  /** Letters of the scripts the news languages use: Latin and Arabic. */
  latinOrArabic: number;
}

export function countScripts(text: string): ScriptCounts {
  let letters = 0;
  let latinOrArabic = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      // An astral character (CJK extensions, historic scripts): a letter of another script.
      if (LETTER.test(text.slice(i, i + 2))) letters++;
      i++;
      continue;
    }
    let kind = KIND[c]!;
    if (kind === UNKNOWN) kind = KIND[c] = !LETTER.test(text[i]!) ? NOT_LETTER : isLatinOrArabic(c) ? OURS : OTHER;
    if (kind === OURS) {
      letters++;
      latinOrArabic++;
    } else if (kind === OTHER) letters++;
  }
  return { letters, latinOrArabic };
}

const LETTER = /\p{L}/u;
const [UNKNOWN, NOT_LETTER, OURS, OTHER] = [0, 1, 2, 3];
/** What each UTF-16 code unit is, filled in as met: a regex test per character is slow. */
const KIND = new Uint8Array(0x10000);

function isLatinOrArabic(c: number): boolean {
  return (
    c <= 0x24f ||
    (c >= 0x1e00 && c <= 0x1eff) ||
    (c >= 0x600 && c <= 0x6ff) ||
    (c >= 0x750 && c <= 0x77f) ||
    (c >= 0x8a0 && c <= 0x8ff) ||
    (c >= 0xfb50 && c <= 0xfdff) ||
    (c >= 0xfe70 && c <= 0xfeff)
  );
}

/** ISO 639-1 code and a confidence in [0, 1]; `und` when the text holds no usable evidence. */
export function detectLanguage(text: string): LanguageGuess {
  const scripts = countScripts(text);
  if (scripts.letters < MIN_LETTERS) return { code: 'und', confidence: 0 };
  const { code, confidence } = decide(
    gatherEvidence(text),
    scripts,
    scripts.letters <= SHORT_TEXT_LETTERS ? text : null,
  );
  return { code, confidence };
}

/**
 * The language the evidence points to. `shortText`, when given, is the text itself, short enough
 * for franc's trigrams to help break near ties.
 */
export function decide(evidence: Evidence, scripts: ScriptCounts, shortText: string | null): Guess {
  if (scripts.letters < MIN_LETTERS) return UND;
  // Cyrillic, Greek, CJK, Hebrew, Indic…: none of the news languages, the 60-language table decides.
  if (scripts.latinOrArabic * 2 < scripts.letters) return amongAll(evidence);
  const other = otherLanguage(evidence);
  if (other) return other;
  const scores = scaledScores(evidence, 'core');
  if (scores.size === 0) return amongAll(evidence);
  const fits = new Map(scores);
  // franc adds at most FRANC_WEIGHT to a language, so it can only change a near tie: skip it otherwise.
  if (shortText !== null && topMargin(scores) < FRANC_WEIGHT) addFranc(shortText, scores);
  const guess = bestOf(scores, evidence.ngramCount);
  return withFit(guess, fits.get(guess.code) ?? 0);
}

/**
 * How well the text fits the winner's profile tempers the confidence: text in a language the tables
 * lack (Latin, say) still has a best guess, with a poor fit; a very poor one is `und`.
 */
function withFit(guess: Guess, fit: number): Guess {
  if (guess.code === 'und' || fit < MIN_FIT) return UND;
  return { code: guess.code, confidence: round(guess.confidence * Math.min(1, fit / GOOD_FIT)), fit };
}

function amongAll(evidence: Evidence): Guess {
  const guess = bestOf(scaledScores(evidence, 'all'), evidence.ngramCount);
  return withFit(guess, guess.fit);
}

/** franc's trigram profiles err differently from eld's 4-grams: on short text together they do better. */
function addFranc(text: string, scores: Map<string, number>): void {
  for (const [iso3, score] of francAll(text, { only: FRANC_ONLY, minLength: 1 })) {
    const code = ISO3_TO_1[iso3];
    if (code && scores.has(code)) scores.set(code, scores.get(code)! + FRANC_WEIGHT * score);
  }
}

/** A language outside the news ones, when the 60-language table clearly prefers it. */
function otherLanguage(evidence: Evidence): Guess | null {
  if (evidence.ngramCount < OTHER_MIN_NGRAMS) return null;
  // Raw sums first: scaling is monotonic, so only the two winners need it.
  const core = coreColumns();
  let bestCore = 0;
  let bestOther = -1;
  for (let i = 0; i < evidence.all.length; i++) {
    const sum = evidence.all[i]!;
    if (core[i]) bestCore = Math.max(bestCore, sum);
    else if (sum > 0 && (bestOther < 0 || sum > evidence.all[bestOther]!)) bestOther = i;
  }
  if (bestOther < 0) return null;
  const fit = scaled(evidence.all[bestOther]!, evidence.ngramCount);
  const margin = fit - scaled(bestCore, evidence.ngramCount);
  if (margin < OTHER_MIN_MARGIN) return null;
  const code = tableLanguages('all')[bestOther]!;
  return withFit({ code, confidence: confidenceOf(margin, evidence.ngramCount), fit }, fit);
}

let coreColumnFlags: boolean[] | undefined;
/** Per column of the 60-language table: is it a news language? */
function coreColumns(): boolean[] {
  coreColumnFlags ??= tableLanguages('all').map(isCoreLanguage);
  return coreColumnFlags;
}

function topMargin(scores: Map<string, number>): number {
  let best = 0;
  let second = 0;
  for (const score of scores.values()) {
    if (score > best) [best, second] = [score, best];
    else if (score > second) second = score;
  }
  return best - second;
}

function bestOf(scores: Map<string, number>, ngramCount: number): Guess {
  let best: [string, number] | null = null;
  let second = 0;
  for (const entry of scores) {
    if (!best || entry[1] > best[1]) {
      second = best?.[1] ?? 0;
      best = entry;
    } else second = Math.max(second, entry[1]);
  }
  if (!best) return UND;
  return { code: best[0], confidence: confidenceOf(best[1] - second, ngramCount), fit: best[1] };
}

/**
 * The margin over the runner-up, discounted when there is little evidence: two 4-grams that happen
 * to be Dutch are not a sure Dutch text.
 */
export function confidenceOf(margin: number, ngramCount: number): number {
  const evidence = Math.min(1, ngramCount / 12);
  const sure = 1 - Math.exp(-margin * 40);
  return round(Math.max(0, Math.min(1, (0.35 + 0.65 * sure) * (0.5 + 0.5 * evidence))));
}

const round = (x: number) => Math.round(x * 1000) / 1000;
