// Guesses the language of one text. See the comment at the top of ../detect-language.ts for why it
// is built this way and what was measured.
import { francAll } from 'franc';
import type { LanguageGuess } from '../schema.js';
import { CORE_LANGUAGES, isCoreLanguage } from './core-languages.js';
import { scoreNgrams } from './ngram-model.js';

/** Fewer letters than this carry no language. */
const MIN_LETTERS = 3;
/** Up to this many letters a text is "short": franc's trigrams are added to eld's evidence. */
const SHORT_TEXT_LETTERS = 160;
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

const UND: LanguageGuess = { code: 'und', confidence: 0 };

export interface ScriptCounts {
  letters: number;
  /** Letters of the scripts the news languages use: Latin and Arabic. */
  latinOrArabic: number;
}

export function countScripts(text: string): ScriptCounts {
  let letters = 0;
  let latinOrArabic = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) {
      letters++;
      latinOrArabic++;
    } else if (c >= 0xc0 && LETTER.test(ch)) {
      letters++;
      if (c <= 0x24f || (c >= 0x1e00 && c <= 0x1eff) || (c >= 0x600 && c <= 0x6ff) || (c >= 0x750 && c <= 0x77f))
        latinOrArabic++;
      else if ((c >= 0x8a0 && c <= 0x8ff) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff))
        latinOrArabic++;
    }
  }
  return { letters, latinOrArabic };
}
const LETTER = /\p{L}/u;

/** ISO 639-1 code and a confidence in [0, 1]; `und` when the text holds no usable evidence. */
export function detectLanguage(text: string): LanguageGuess {
  const scripts = countScripts(text);
  if (scripts.letters < MIN_LETTERS) return UND;
  // Cyrillic, Greek, CJK, Hebrew, Indic…: none of the news languages, the 60-language table decides.
  if (scripts.latinOrArabic * 2 < scripts.letters) return guessAmongAll(text);

  const core = scoreNgrams(text, 'core');
  const combined = new Map(core.scores);
  if (scripts.letters <= SHORT_TEXT_LETTERS) addFranc(text, combined);
  const ranked = [...combined].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  const other = otherLanguage(text);
  if (other) return other;
  if (!best) return guessAmongAll(text);
  return { code: best[0], confidence: confidenceOf(best[1] - (second?.[1] ?? 0), core.ngramCount) };
}

/** franc's trigram profiles err differently from eld's 4-grams: on short text together they do better. */
function addFranc(text: string, scores: Map<string, number>): void {
  for (const [iso3, score] of francAll(text, { only: FRANC_ONLY, minLength: 1 })) {
    const code = ISO3_TO_1[iso3];
    if (code && scores.has(code)) scores.set(code, scores.get(code)! + FRANC_WEIGHT * score);
  }
}

/** A language outside the news ones, when the 60-language table clearly prefers it. */
export function otherMargin(text: string): [string, number, number] | null {
  const all = scoreNgrams(text, 'all');
  let bestCore = 0;
  let bestOther: [string, number] | null = null;
  for (const [code, score] of all.scores) {
    if (isCoreLanguage(code)) bestCore = Math.max(bestCore, score);
    else if (!bestOther || score > bestOther[1]) bestOther = [code, score];
  }
  return bestOther ? [bestOther[0], bestOther[1] - bestCore, all.ngramCount] : null;
}

function otherLanguage(text: string): LanguageGuess | null {
  const all = scoreNgrams(text, 'all');
  if (all.ngramCount < OTHER_MIN_NGRAMS) return null;
  let bestCore = 0;
  let bestOther: [string, number] | null = null;
  for (const [code, score] of all.scores) {
    if (isCoreLanguage(code)) bestCore = Math.max(bestCore, score);
    else if (!bestOther || score > bestOther[1]) bestOther = [code, score];
  }
  if (!bestOther || bestOther[1] - bestCore < OTHER_MIN_MARGIN) return null;
  return { code: bestOther[0], confidence: confidenceOf(bestOther[1] - bestCore, all.ngramCount) };
}

function guessAmongAll(text: string): LanguageGuess {
  const all = scoreNgrams(text, 'all');
  const [best, second] = [...all.scores].sort((a, b) => b[1] - a[1]);
  if (!best) return UND;
  return { code: best[0], confidence: confidenceOf(best[1] - (second?.[1] ?? 0), all.ngramCount) };
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

export { CORE_LANGUAGES };
