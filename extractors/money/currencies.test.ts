import { describe, expect, it } from 'vitest';
import { COUNTRY_CUES, countCues } from './currencies.js';

// Written for this test: an article naming a few places, some twice, one inside a longer word.
const TEXT =
  'À Rabat, la Banque du Maroc a relevé son taux ; à Dubaï et à Abu Dhabi, les Émirats suivent. ' +
  'The Moroccan dirham rose against the Kuwaiti dinar, said a trader in Kuwait City and Casablanca. ' +
  'Les Tunisiens de Sfax et de Tunis attendent ; Oran et Alger aussi.';

describe('countCues', () => {
  it('counts each country as matchAll would', () => {
    const want: Record<string, number> = {};
    for (const [country, re] of Object.entries(COUNTRY_CUES)) {
      const n = [...TEXT.matchAll(re)].length;
      if (n) want[country] = n;
    }
    expect(countCues(TEXT)).toEqual(want);
    expect(want.MA).toBeGreaterThanOrEqual(3);
  });

  it('stays linear on hostile input', () => {
    const hostile = `${'Maroc'.repeat(20_000)} ${'Tunis '.repeat(10_000)}${'a'.repeat(40_000)}`;
    expect(countCues(hostile).TN).toBe(10_000);
  });
});
