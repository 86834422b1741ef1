// A worker thread warms up before it takes documents (worker.ts). The two short sentences it used to
// run left most of the first real article's one-time cost (regular expressions compiled on first use,
// the header, paragraphs, a passage in another language, relative dates) to that article: 60–100 ms,
// over a tight --timeout-ms, and a thread that replaces a cut-off one paid it again, so the documents
// after a runaway one timed out too. These tests pin down what the warm-up text must reach.
import { describe, expect, it } from 'vitest';
import { processDocument } from '../pipeline/process.js';
import { WARM_UP } from '../pipeline/worker.js';

const records = WARM_UP.map((text, i) => processDocument(`warm-${i}`, text));

describe('the worker warm-up', () => {
  it('goes through a header, several paragraphs and a passage in another language', () => {
    expect(records.some((r) => r.referenceDate !== null)).toBe(true);
    expect(WARM_UP.some((text) => text.split('\n\n').length >= 4)).toBe(true);
    expect(records.some((r) => (r.segments?.length ?? 0) > 0)).toBe(true);
  });

  it('reaches every entity type in French and in English', () => {
    for (const lang of ['fr', 'en']) {
      const seen = new Set(
        records.flatMap((r) => r.entities.filter((e) => e.rule?.includes(`.${lang}.`)).map((e) => e.type)),
      );
      for (const type of ['date', 'money', 'quantity'] as const) expect([lang, seen.has(type)]).toEqual([lang, true]);
    }
    const types = new Set(records.flatMap((r) => r.entities.map((e) => e.type)));
    expect([...types].sort()).toEqual(['date', 'location', 'money', 'organization', 'person', 'quantity']);
  });

  it('reads relative dates in both languages ("dans trois semaines", "in two weeks")', () => {
    const dates = records.flatMap((r) => r.entities.filter((e) => e.type === 'date').map((e) => e.text));
    expect(dates.some((t) => /^dans /.test(t))).toBe(true);
    expect(dates.some((t) => /^in /.test(t))).toBe(true);
  });
});
