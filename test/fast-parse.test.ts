import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { englishArticle, frenchArticle } from '../bench/articles.js';
import { compileParse, FAIL } from '../pipeline/fast-parse.js';
import { processDocument } from '../pipeline/process.js';
import { DocumentRecord } from '../pipeline/schema.js';

const fastParse = compileParse(DocumentRecord);

// Records the pipeline makes from news-like articles written for the project, plus a few sentences
// written for this test (a relative date without a reference, a range, a converted amount).
function records(): DocumentRecord[] {
  const texts = [
    ...Array.from({ length: 6 }, (_, i) => frenchArticle(i)),
    ...Array.from({ length: 6 }, (_, i) => englishArticle(i)),
  ];
  const out = texts.map((t, i) => processDocument(`doc${i}`, t));
  out.push(processDocument('rel', 'La réunion aura lieu mardi prochain à Rabat, a indiqué Mme Amina Alaoui.'));
  out.push(
    processDocument('range', 'Du 3 au 5 juin 2024, 1,2 milliard de dirhams (110 millions d’euros).', {
      date: '2024-05-08',
      currency: 'EUR',
    }),
  );
  return out;
}

/** A small deterministic generator, so that a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x9e3779b9) >>> 0;
    return s / 2 ** 32;
  };
}

const ODD_VALUES: unknown[] = [
  undefined,
  null,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  -1,
  -0,
  0.5,
  1.5,
  2 ** 60,
  '',
  'x',
  'ABC',
  'abc',
  '2024-13',
  '2024-05-08T10',
  '\uD800',
  [],
  {},
  'date',
  'money',
  'approx',
  'day',
  true,
];

/** Every [object, key] pair inside the value, the value's own keys included. */
function slots(value: unknown, out: [Record<string, unknown>, string][] = []): [Record<string, unknown>, string][] {
  if (value && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      out.push([value as Record<string, unknown>, key]);
      slots((value as Record<string, unknown>)[key], out);
    }
  }
  return out;
}

describe('fast record parse', () => {
  it('reads the whole record schema', () => {
    expect(fastParse).not.toBeNull();
  });

  it('returns what zod returns for the records the pipeline makes', () => {
    for (const record of records()) {
      const zod = DocumentRecord.safeParse(record);
      expect(zod.success).toBe(true);
      const fast = fastParse!(record);
      expect(fast).not.toBe(FAIL);
      expect(fast).toEqual(zod.data);
      // Same keys in the same order, so the same JSON.
      expect(JSON.stringify(fast)).toBe(JSON.stringify(zod.data));
    }
  });

  it('never passes what zod rejects, and passes the rest as zod does', () => {
    const next = random(7);
    const base = records();
    let accepted = 0;
    let rejected = 0;
    for (let round = 0; round < 3000; round++) {
      const record = structuredClone(base[Math.floor(next() * base.length)]) as Record<string, unknown>;
      // One to three changes: a slot set to an odd value, deleted, or an unknown key added.
      for (let k = 1 + Math.floor(next() * 3); k > 0; k--) {
        const all = slots(record);
        const [object, key] = all[Math.floor(next() * all.length)] as [Record<string, unknown>, string];
        const what = next();
        if (what < 0.15) delete object[key];
        else if (what < 0.25) object[`extra${k}`] = 1;
        else object[key] = ODD_VALUES[Math.floor(next() * ODD_VALUES.length)];
      }
      const zod = DocumentRecord.safeParse(record);
      const fast = fastParse!(record);
      if (fast === FAIL) {
        rejected++;
        continue;
      }
      accepted++;
      expect(zod.success, JSON.stringify(record)).toBe(true);
      expect(JSON.stringify(fast)).toBe(JSON.stringify(zod.data));
      expect(fast).toEqual(zod.data);
    }
    // Both ways were exercised.
    expect(accepted).toBeGreaterThan(100);
    expect(rejected).toBeGreaterThan(100);
  });

  it('leaves to zod the schemas it does not read', () => {
    expect(compileParse(z.object({ a: z.string().email() }))).toBeNull();
    expect(compileParse(z.object({ a: z.string() }).passthrough())).toBeNull();
    expect(compileParse(z.object({ a: z.string().default('x') }))).toBeNull();
    expect(compileParse(z.union([z.string(), z.number()]))).toBeNull();
    expect(compileParse(z.object({ a: z.number().multipleOf(2) }))).toBeNull();
  });
});
