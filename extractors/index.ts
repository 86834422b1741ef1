// Every extractor, by kind of fact. A kind's folder lists its languages in its own index.ts, so a
// new language is new files in the kinds it supports plus one line there; nothing central changes.
import type { Lang } from '../pipeline/languages.js';
import type { EntityType } from '../pipeline/schema.js';
import date from './date/index.js';
import money from './money/index.js';
import names from './names/index.js';
import quantity from './quantity/index.js';
import type { Extractor } from './types.js';

export const EXTRACTORS: readonly Extractor[] = [...money, ...quantity, ...date, ...names];

const cache = new Map<string, Extractor[]>();

/** The extractors for a language, restricted to those producing one of `types` when given. */
export function extractorsFor(lang: Lang, types?: readonly EntityType[]): Extractor[] {
  const key = `${lang}:${types?.join(',') ?? '*'}`;
  let found = cache.get(key);
  if (!found) {
    found = EXTRACTORS.filter((e) => e.lang === lang && (!types || e.types.some((t) => types.includes(t))));
    cache.set(key, found);
  }
  return found;
}
