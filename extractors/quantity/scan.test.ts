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
