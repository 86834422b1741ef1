import type { Extractor } from '../types.js';
import en from './en.js';
import { extractDates } from './engine.js';
import fr from './fr.js';

const extractors: Extractor[] = [fr, en].map((grammar) => ({
  name: `date.${grammar.lang}`,
  lang: grammar.lang,
  types: ['date'] as const,
  // The rules read `¤` as they read `€`, so the passage's one-byte copy serves (shared/one-byte.ts).
  readsOneByteCopy: true,
  extract: (ctx) => extractDates(grammar, ctx),
}));
export default extractors;
