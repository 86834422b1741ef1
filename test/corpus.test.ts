// One runner for every extractor corpus (extractors/<kind>/<lang>.corpus.ts).
import { glob } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { type Corpus, parseMarked } from '../extractors/corpus.js';
import { extract } from '../index.js';
import { valueAgrees } from '../pipeline/evaluate.js';

const files = (await glob('extractors/*/*.corpus.ts', { cwd: new URL('..', import.meta.url).pathname })).sort();
const corpora: [string, Corpus][] = await Promise.all(
  files.map(
    async (f) =>
      [f, (await import(/* @vite-ignore */ new URL(`../${f}`, import.meta.url).href)).default as Corpus] as [
        string,
        Corpus,
      ],
  ),
);

describe.each(corpora)('%s', (_file, corpus) => {
  const cases = corpus.examples.flatMap((group) =>
    group.texts.map((marked) => ({ marked, value: group.value, date: group.date ?? corpus.date })),
  );
  it.each(cases)('$marked', ({ marked, value, date }) => {
    const { text, start, end } = parseMarked(marked);
    const record = extract(text, { lang: corpus.lang, date, types: [corpus.type] });
    expect(record.error).toBeUndefined();
    const found = record.entities.filter((e) => e.type === corpus.type);
    expect(found.map((e) => e.text)).toEqual([text.slice(start, end)]);
    const [entity] = found;
    expect(entity?.start).toBe(start);
    if (!valueAgrees(value, entity?.value)) expect(entity?.value).toMatchObject(value as object);
  });
  if (corpus.negatives.length) {
    it.each(corpus.negatives)('negative: %s', (text) => {
      const record = extract(text, { lang: corpus.lang, date: corpus.date, types: [corpus.type] });
      expect(record.entities.filter((e) => e.type === corpus.type).map((e) => e.text)).toEqual([]);
    });
  }
  for (const gap of corpus.todo ?? []) it.todo(gap);
});
