// Builds eld-tables.bin, the n-gram tables detection reads, from eld's databases (Apache-2.0,
// Nito T.M., npmjs.com/package/eld). eld ships them as JavaScript object literals, slow to load (the
// large one > 1 s); cut to what tamis needs and stored as a ready-made hash table they load in a few
// milliseconds:
//   core  the large database (most accurate on short text), news languages only
//   all   the extra-small database, all 60 languages: tells another language apart
// Run after upgrading eld:  npx tsx pipeline/language/make-model.ts
import { writeFileSync } from 'node:fs';
import { CORE_LANGUAGES } from './core-languages.js';
import { writeTables } from './ngram-model.js';

interface EldDatabase {
  type: string;
  languages: Record<string, string>;
  ngrams: Record<string, Record<string, number>>;
}

const entry = import.meta.resolve('eld');
const load = async <T>(path: string): Promise<T> => (await import(new URL(path, entry).href)) as T;

const { dictionary } = await load<{ dictionary: string[] }>('../dictionary.js');
const { separators } = await load<{ separators: RegExp }>('../regexPatterns.js');
// eld's separator pattern ends in a look-behind that keeps apostrophes in words ("don't"); it can
// backtrack quadratically on a long run of apostrophes, so tamis applies that rule in code instead.
const nonLetters = separators.source.replace(/\(\?<!\[[^\]]*\]\)$/, '');

async function rows(size: string, keep: readonly string[] | null) {
  const { ngramsData: db } = await load<{ ngramsData: EldDatabase }>(`../ngrams/${size}.js`);
  const languages = keep ?? Object.values(db.languages);
  const columnOf = new Map(Object.entries(db.languages).map(([column, code]) => [code, column]));
  const byGram = new Map<string, number[]>();
  for (const [gram, scores] of Object.entries(db.ngrams)) {
    const row: number[] = [];
    languages.forEach((code, i) => {
      const score = scores[columnOf.get(code) ?? ''];
      if (score !== undefined) row.push(i, score);
    });
    if (row.length) byGram.set(gram, row);
  }
  return { type: db.type, languages, byGram };
}

const core = await rows('large', CORE_LANGUAGES);
const all = await rows('extrasmall', null);
// One row per n-gram: [length of the core part, core (language, weight) pairs…, all pairs…], so
// scoring looks each n-gram up once.
const ngrams: Record<string, number[]> = {};
for (const gram of new Set([...core.byGram.keys(), ...all.byGram.keys()])) {
  const c = core.byGram.get(gram) ?? [];
  ngrams[gram] = [c.length, ...c, ...(all.byGram.get(gram) ?? [])];
}
const source = `eld 2.1 (Apache-2.0): core = ${core.type} database restricted to ${CORE_LANGUAGES.join(' ')}; all = ${all.type} database`;
const bytes = writeTables(source, {
  core: [...core.languages],
  all: [...all.languages],
  nonLetters,
  dictionary,
  ngrams,
});
const out = new URL('./eld-tables.bin', import.meta.url);
writeFileSync(out, bytes);
console.log(`wrote ${out.pathname}: ${Object.keys(ngrams).length} n-grams, ${bytes.length} bytes`);
