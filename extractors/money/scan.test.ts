import { describe, expect, it } from 'vitest';
import type { Mention } from '../types.js';
import en from './en.js';
import fr from './fr.js';

const run = (extractor: typeof fr, text: string): Mention[] =>
  extractor.extract({ text, lang: extractor.lang, referenceDate: null, sentences: [] });

describe('money grammar', () => {
  it('links a restated amount to the first one by key', () => {
    const [first, second] = run(
      fr,
      'un contrat de 500 millions de dollars (plus de 5 milliards de dirhams) signé hier',
    );
    expect(first?.key).toBeDefined();
    expect(second?.type === 'money' && second.value.equivalentOf).toBe(first?.key);
    expect(second?.type === 'money' && second.value).toMatchObject({ amount: 5e9, currency: 'MAD', qualifier: 'over' });
  });

  it('reads a change "de A à B" as two amounts, not a range', () => {
    const found = run(fr, 'Le chiffre d’affaires est passé de 10 à 20 millions d’euros.');
    expect(found.map((m) => m.type === 'money' && [m.value.amount, m.value.min])).toEqual([
      [1e7, undefined],
      [2e7, undefined],
    ]);
  });

  it('reads a falling change, never a range from high to low', () => {
    const found = run(fr, 'Le tarif du kWh passera de 0,90 à 0,75 DH.');
    expect(found.map((m) => m.type === 'money' && [m.value.amount, m.value.currency, m.value.min])).toEqual([
      [0.9, 'MAD', undefined],
      [0.75, 'MAD', undefined],
    ]);
  });

  it('gives a bare scaled amount after "contre" / "from" the currency just before it', () => {
    const values = (ex: typeof fr, text: string) =>
      run(ex, text).map((m) => m.type === 'money' && [m.value.amount, m.value.currency]);
    expect(
      values(fr, 'Les ventes ont atteint 3,2 milliards d’euros en 2023, contre 2,9 milliards un an plus tôt.'),
    ).toEqual([
      [3.2e9, 'EUR'],
      [2.9e9, 'EUR'],
    ]);
    expect(values(en, 'Net profit was $1.2bn, down from 1.5bn a year earlier.')).toEqual([
      [1.2e9, 'USD'],
      [1.5e9, 'USD'],
    ]);
    expect(values(fr, 'Un budget de 1,2 milliard d’euros, contre 2 millions d’habitants.')).toEqual([[1.2e9, 'EUR']]);
    expect(values(fr, 'Un budget de 1,2 milliard d’euros. Contre 2 millions, rien.')).toEqual([[1.2e9, 'EUR']]);
  });

  it('takes no adjective in words for the first bound of a range', () => {
    const found = run(fr, 'Un logement neuf à 250 000 euros.');
    expect(found.map((m) => m.type === 'money' && [m.value.amount, m.value.min])).toEqual([[250000, undefined]]);
    const year = run(fr, 'Le chiffre d’affaires est passé en 2023 à 5 millions d’euros.');
    expect(year.map((m) => m.type === 'money' && [m.value.amount, m.value.min])).toEqual([[5e6, undefined]]);
    const range = run(fr, 'de neuf à douze euros');
    expect(range.map((m) => m.type === 'money' && [m.value.min, m.value.max])).toEqual([[9, 12]]);
  });

  it('picks AED for a bare dirham only in Emirati context', () => {
    const moroccan = run(fr, 'À Casablanca, la banque a prêté 3 milliards de dirhams.');
    const emirati = run(fr, 'À Abou Dhabi, le fonds a prêté 3 milliards de dirhams.');
    expect(moroccan[0]?.type === 'money' && moroccan[0].value.currency).toBe('MAD');
    expect(emirati[0]?.type === 'money' && emirati[0].value.currency).toBe('AED');
  });

  it('keeps a lone article with a currency word latent, and ignores it before a sign', () => {
    const [m] = run(fr, 'vendu pour un euro symbolique');
    expect(m?.latent).toBe(true);
    expect(run(en, 'it won a $48 million contract').map((x) => x.type === 'money' && x.value.amount)).toEqual([48e6]);
    expect(run(en, 'a dollar-denominated bond')).toEqual([]);
  });

  it('reads a weak currency word only with a scale or where its country is named', () => {
    expect(run(fr, 'Il a lu cinq livres cet été.')).toEqual([]);
    expect(run(fr, 'À Londres, le ticket coûte neuf livres.')[0]?.latent).toBe(true);
    expect(run(fr, 'une perte de 5 millions de livres')[0]?.latent).toBeUndefined();
  });

  it('finishes in linear time on hostile input', () => {
    const hostile = [
      '$'.repeat(200_000),
      '1 $ '.repeat(50_000),
      '9'.repeat(200_000),
      'entre 1 et '.repeat(20_000),
      'plus de '.repeat(25_000),
      '1-'.repeat(100_000),
      'USD'.repeat(70_000),
      'millions de dollars '.repeat(10_000),
      'a dollar and a half '.repeat(10_000),
      `${'('.repeat(100_000)}5 €`,
    ];
    for (const text of hostile) {
      expect(Array.isArray(run(fr, text))).toBe(true);
      expect(Array.isArray(run(en, text))).toBe(true);
    }
  });
});
