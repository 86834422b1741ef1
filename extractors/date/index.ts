import type { Extractor } from '../types.js';
import en from './en.js';
import { extractDates } from './engine.js';
import fr from './fr.js';

const extractors: Extractor[] = [fr, en].map((grammar) => ({
  name: `date.${grammar.lang}`,
  lang: grammar.lang,
  types: ['date'] as const,
  // The rules read `¤` as they read `€`, `'` as `’` and U+00A0 as U+202F, so the passage's
  // typographic one-byte copy serves (shared/one-byte.ts): French news, full of `’`, scans faster.
  readsOneByteCopy: true,
  readsTypographicFold: true,
  // No rule names `œ` or `Œ`, nor a wide character outside NAMED_WIDE (shared/wide-fold.ts).
  readsWideFold: true,
  extract: (ctx) => extractDates(grammar, ctx),
}));
export default extractors;
