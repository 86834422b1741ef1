// Builds the two n-gram tables detection reads, from eld's databases (Apache-2.0, Nito T.M.,
// npmjs.com/package/eld). eld ships them as JavaScript object literals, which are slow to load (the
// large one > 1 s); as JSON, cut to what tamis needs, they load in tens of milliseconds:
//   eld-large-core.json      the large database (most accurate on short text), news languages only
//   eld-extrasmall-all.json  the extra-small database, all 60 languages: tells another language apart
// Run after upgrading eld:  npx tsx pipeline/language/make-model.ts
import { writeFileSync } from 'node:fs';
import { CORE_LANGUAGES } from './core-languages.js';

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

async function write(size: string, keep: readonly string[] | null, file: string): Promise<void> {
  const { ngramsData: db } = await load<{ ngramsData: EldDatabase }>(`../ngrams/${size}.js`);
  const all = Object.values(db.languages);
  const languages = keep ?? all;
  const columnOf = new Map(Object.entries(db.languages).map(([column, code]) => [code, column]));
  const ngrams: Record<string, number[]> = {};
  for (const [gram, scores] of Object.entries(db.ngrams)) {
    const row: number[] = [];
    languages.forEach((code, i) => {
      const score = scores[columnOf.get(code) ?? ''];
      if (score !== undefined) row.push(i, score);
    });
    if (row.length) ngrams[gram] = row;
  }
  const source = `eld 2.1 ${db.type} database (Apache-2.0)${keep ? `, restricted to ${keep.join(' ')}` : ''}`;
  const out = new URL(`./${file}`, import.meta.url);
  writeFileSync(out, JSON.stringify({ source, languages, nonLetters, dictionary, ngrams }));
  console.log(`wrote ${out.pathname}: ${languages.length} languages, ${Object.keys(ngrams).length} n-grams`);
}

await write('large', CORE_LANGUAGES, 'eld-large-core.json');
await write('extrasmall', null, 'eld-extrasmall-all.json');
