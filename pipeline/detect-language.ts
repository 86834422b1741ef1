// Language detection stage. A caller's hint wins; otherwise the detector guesses, with `und` when
// it is unsure.
import { eld } from 'eld/medium';
import type { Doc } from './document.js';
import type { LanguageGuess } from './schema.js';

const MIN_LETTERS = 3;

/** Guesses the language of a text: ISO 639-1 code and a confidence in [0, 1]. */
export function detectLanguage(text: string): LanguageGuess {
  if ((text.match(/\p{L}/gu)?.length ?? 0) < MIN_LETTERS) return { code: 'und', confidence: 0 };
  const result = eld.detect(text);
  const scores = Object.entries(result.getScores()).sort((a, b) => b[1] - a[1]);
  const [best, second] = scores;
  if (!best || !result.language) return { code: 'und', confidence: 0 };
  // The margin over the runner-up is what tells a sure guess from a coin toss.
  const margin = best[1] - (second?.[1] ?? 0);
  const confidence = Math.max(0, Math.min(1, 0.5 + margin * 2));
  if (!result.isReliable() && confidence < 0.6) return { code: 'und', confidence: round(confidence) };
  return { code: result.language, confidence: round(confidence) };
}

const round = (x: number) => Math.round(x * 1000) / 1000;

export function detectDocumentLanguage(doc: Doc): void {
  const hint = doc.options.lang;
  if (hint) {
    doc.language = { code: hint, confidence: 1 };
    return;
  }
  doc.language = detectLanguage(doc.text.slice(doc.bodyStart));
}
