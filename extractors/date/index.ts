import type { Extractor } from '../types.js';
import en from './en.js';
import { extractDates } from './engine.js';
import fr from './fr.js';

const extractors: Extractor[] = [fr, en].map((grammar) => ({
  name: `date.${grammar.lang}`,
  lang: grammar.lang,
  types: ['date'] as const,
  extract: (ctx) => extractDates(grammar, ctx),
}));
export default extractors;
