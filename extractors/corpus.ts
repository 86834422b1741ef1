// The example corpus that sits beside each extractor (Duckling's idea): one expected value with
// many surface forms, plus negatives that must yield nothing of the kind. test/corpus.test.ts runs
// every `extractors/<kind>/<lang>.corpus.ts` through the whole pipeline.
import type { Lang } from '../pipeline/languages.js';
import type { EntityType } from '../pipeline/schema.js';

export interface CorpusGroup {
  /** What every surface form must give: the fields listed must agree (numbers to 1e-9). */
  value: unknown;
  /**
   * Surface forms. Each must yield exactly one entity of the corpus's type. Without brackets the
   * entity spans the whole text; with `[[…]]` around a part, it spans that part (the brackets are
   * removed before extraction).
   */
  texts: string[];
  /** Reference date for these texts, overriding the corpus's. */
  date?: string;
}

export interface Corpus {
  type: EntityType;
  lang: Lang;
  /** Reference date for relative expressions. */
  date?: string;
  examples: CorpusGroup[];
  /** Texts that must yield no entity of the type. */
  negatives: string[];
  /** Known gaps, listed so that they stay visible; reported as todo, not run. */
  todo?: string[];
}

export const defineCorpus = (corpus: Corpus): Corpus => corpus;

/** Splits a `[[…]]`-marked surface form into the text and the expected span. */
export function parseMarked(marked: string): { text: string; start: number; end: number } {
  const open = marked.indexOf('[[');
  const close = marked.indexOf(']]');
  if (open < 0 || close < open) return { text: marked, start: 0, end: marked.length };
  const text = marked.slice(0, open) + marked.slice(open + 2, close) + marked.slice(close + 2);
  return { text, start: open, end: close - 2 };
}
