import { describe, expect, it } from 'vitest';
import { extract } from '../../index.js';
import dates from '../date/index.js';
import money from '../money/en.js';
import moneyFr from '../money/fr.js';
import names from '../names/index.js';
import quantity from '../quantity/en.js';
import type { Extractor } from '../types.js';
import { oneByteCopy } from './one-byte.js';

const ctxOf = (text: string, lang: 'en' | 'fr') => ({ text, lang, referenceDate: null, sentences: [] });

/** The extractor's mentions on the passage and on its one-byte copy. */
function both(extractor: Extractor, text: string) {
  const copy = oneByteCopy(text);
  expect(copy).toBeDefined();
  return {
    original: extractor.extract(ctxOf(text, extractor.lang as 'en' | 'fr')),
    copy: extractor.extract({ ...ctxOf(copy!, extractor.lang as 'en' | 'fr'), original: text }),
  };
}

describe('one-byte copy', () => {
  it('replaces the euro sign one for one, so the offsets stay', () => {
    const text = 'The council approved €12.5 million for the new bridge, up from €9 million.';
    const copy = oneByteCopy(text)!;
    expect(copy.length).toBe(text.length);
    expect(copy).toBe(text.replaceAll('€', '¤'));
  });

  it('is not made when the text is one-byte already or holds another two-byte character', () => {
    expect(oneByteCopy('A plain sentence about 40 euros.')).toBeUndefined();
    expect(oneByteCopy('It cost €40 – a bargain.')).toBeUndefined();
    expect(oneByteCopy('It l’a payé 40 €.')).toBeUndefined();
    expect(oneByteCopy('Le ¤ et le € ne se confondent pas ici : 40 €.')).toBeUndefined();
    expect(oneByteCopy('An emoji 😀 and €40.')).toBeUndefined();
  });

  it('gives the money and quantity rules the same mentions as the original passage', () => {
    for (const [extractor, text] of [
      [money, 'The club paid €45m for the striker, and a further €5 million in bonuses; €0.99 per ticket.'],
      [moneyFr, 'La ville a investi 3 M€ dans le tram, soit 40 000 € par mois, et €12,50 le billet.'],
      [quantity, 'Electricity at €80/MWh for a 300 MW plant, a 12-tonne truck and €5 per kilo.'],
    ] as const) {
      const { original, copy } = both(extractor, text);
      expect(original.length).toBeGreaterThan(0);
      expect(copy).toEqual(original);
    }
  });

  it('gives the date and names rules the same mentions as the original passage', () => {
    const en = (list: Extractor[]) => list.find((x) => x.lang === 'en')!;
    for (const [extractor, text] of [
      [en(dates), 'In 2024 the firm paid €2024 in fees; by €5 it rose, and at 10 € it fell. By 2030, €3bn more.'],
      [
        en(names),
        'Maria Lopez, chief executive of Acme Energy in Porto, said the €2.5bn loan from the European Commission was signed.',
      ],
    ] as const) {
      const { original, copy } = both(extractor, text);
      expect(original.length).toBeGreaterThan(0);
      expect(copy).toEqual(original);
    }
  });

  it('still reads the euro sign through the whole pipeline', () => {
    const record = extract('The city will spend €3 million on new buses.', { lang: 'en', date: '2024-05-08' });
    const amount = record.entities.find((e) => e.type === 'money');
    expect(amount?.text).toBe('€3 million');
    expect(amount?.value).toMatchObject({ amount: 3e6, currency: 'EUR' });
  });

  it('finishes on a long hostile string', () => {
    const hostile = `${'€1'.repeat(50_000)}${'€ '.repeat(50_000)}`;
    const copy = oneByteCopy(hostile);
    expect(copy?.length).toBe(hostile.length);
    expect(money.extract(ctxOf(copy!, 'en')).length).toBeGreaterThanOrEqual(0);
  });
});
