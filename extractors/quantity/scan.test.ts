import { describe, expect, it } from 'vitest';
import type { QuantityValue } from '../../pipeline/schema.js';
import en from './en.js';
import fr from './fr.js';

const found = (extractor: typeof fr, text: string): { text: string; value: QuantityValue }[] =>
  extractor
    .extract({ text, lang: extractor.lang, referenceDate: null, sentences: [] })
    .flatMap((m) => (m.type === 'quantity' ? [m] : []))
    .sort((a, b) => a.start - b.start)
    .map((m) => ({ text: text.slice(m.start, m.end), value: m.value }));

describe('ranges and changes', () => {
  it('reads "de … à …" as a range, opener included, as money does', () => {
    const [q] = found(fr, 'Une capacité de 300 à 400 MW.');
    expect(q).toMatchObject({ text: 'de 300 à 400 MW', value: { amount: 300, min: 300, max: 400, unit: 'MW' } });
  });

  it('reads a change ("passée de … à …") as two values, not a range', () => {
    const qs = found(fr, 'La capacité est passée de 300 MW à 400 MW.');
    expect(qs.map((q) => q.text)).toEqual(['300 MW', '400 MW']);
    expect(qs.every((q) => q.value.min === undefined)).toBe(true);
  });

  it('leaves the bare first value of a change alone: a bare number is never a quantity', () => {
    expect(found(en, 'Output rose from 2 to 3 percent.').map((q) => q.text)).toEqual(['3 percent']);
  });

  it('carries the scale of the second number to the first', () => {
    const [q] = found(en, 'between 2 and 3 billion gallons');
    expect(q?.value).toMatchObject({ min: 2e9, max: 3e9, unit: 'gal' });
  });
});

describe('several quantities in one passage', () => {
  it('finds each with its own unit and offsets', () => {
    const text = 'Le parc de 120 MWc produira 250 GWh/an sur 300 ha, à 40 km de Ouarzazate.';
    expect(found(fr, text).map((q) => [q.text, q.value.unit])).toEqual([
      ['120 MWc', 'MW'],
      ['250 GWh/an', 'GWh'],
      ['300 ha', 'ha'],
      ['40 km', 'km'],
    ]);
  });

  it('keeps MW (mega) and mW (milli) apart', () => {
    expect(found(en, 'a 5 MW plant and a 5 mW laser').map((q) => q.value.si?.amount)).toEqual([5e6, 0.005]);
  });
});

describe('inch and feet marks', () => {
  it('reads feet glued to inches as one height, in inches', () => {
    expect(found(en, 'The forward is 6\'2" tall.')).toMatchObject([
      { text: '6\'2"', value: { amount: 74, unit: 'in' } },
    ]);
  });

  it('reads an inch mark after a space, but not a closing quotation mark', () => {
    expect(found(en, 'a pipe 10 " wide').map((q) => q.text)).toEqual(['10 "']);
    expect(found(en, 'He said "the score was 10 " and left.')).toEqual([]);
  });
});

describe('written units whose context reads them otherwise', () => {
  it('reads a lower-case mb as megabytes, except as a pressure', () => {
    expect(found(en, 'a 100 mb attachment').map((q) => q.value.unit)).toEqual(['MB']);
    expect(found(en, 'The central pressure fell to 940 mb.')).toEqual([]);
  });

  it('reads cups as a measure, not as trophies', () => {
    expect(found(en, 'Add 3 cups of flour.').map((q) => q.value.unit)).toEqual(['cup']);
    expect(found(en, 'The club won two cups that year.')).toEqual([]);
  });
});

describe('round counts', () => {
  it('reads "une dizaine de" as about ten, with words or symbols', () => {
    expect(found(fr, 'à une dizaine de km de la ville')).toMatchObject([
      { text: 'une dizaine de km', value: { amount: 10, unit: 'km', qualifier: 'approx' } },
    ]);
  });

  it('needs a unit after the count', () => {
    expect(found(fr, 'une dizaine de personnes')).toEqual([]);
    expect(found(en, 'a couple of weeks later')).toEqual([]);
  });
});

describe('inches without their unit after feet', () => {
  it('reads them at the end of a phrase or hyphenated, up to eleven', () => {
    expect(found(en, 'a 6-foot-5 center').map((q) => q.value.amount)).toEqual([77]);
    expect(found(en, 'a 6-foot-12 wall').map((q) => q.text)).toEqual(['6-foot']);
  });

  it('leaves a number that starts a new phrase alone', () => {
    expect(found(en, 'In 5 feet 3 of them drowned.').map((q) => q.text)).toEqual(['5 feet']);
  });
});

describe('restatements', () => {
  const mentions = (extractor: typeof fr, text: string) =>
    extractor
      .extract({ text, lang: extractor.lang, referenceDate: null, sentences: [] })
      .flatMap((m) => (m.type === 'quantity' ? [m] : []));

  it('points a quantity restated in another unit at the first', () => {
    const [a, b] = mentions(en, 'Highs reached 40C (104F) inland.');
    expect(a?.key).toBeDefined();
    expect(b?.value.equivalentOf).toBe(a?.key);
    const [c, d] = mentions(fr, 'Une centrale de 300 MW, soit 0,3 GW.');
    expect(d?.value.equivalentOf).toBe(c?.key);
  });

  it('leaves two different measures apart', () => {
    const [, b] = mentions(en, 'a 5-mile (20 km) stretch');
    expect(b?.value.equivalentOf).toBeUndefined();
  });
});
