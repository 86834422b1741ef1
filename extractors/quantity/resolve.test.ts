import { describe, expect, it } from 'vitest';
import { expandForms } from '../shared/forms.js';
import { unitKey } from './compile.js';
import en from './en.js';
import fr from './fr.js';
import { resolveQuantity, toSi } from './resolve.js';
import { readingOf, SI_UNIT, SYMBOLS, UNITS } from './units.js';

describe('resolveQuantity', () => {
  it('keeps the amount in the unit as written and adds the SI value', () => {
    expect(resolveQuantity({ amount: 386, reading: { unit: 'MW' } })).toEqual({
      amount: 386,
      unit: 'MW',
      dimension: 'power',
      si: { amount: 386e6, unit: 'W' },
    });
  });

  it('gives a range its bounds in order, with amount the lower one', () => {
    const v = resolveQuantity({ amount: 400, to: 300, reading: { unit: 'MW' } });
    expect(v).toMatchObject({ amount: 300, min: 300, max: 400, si: { amount: 3e8 } });
  });

  it('applies a multiplier folded into the writing (Mt = a million tonnes)', () => {
    expect(resolveQuantity({ amount: 1.2, reading: { unit: 't', multiplier: 1e6 } })).toMatchObject({
      amount: 1.2e6,
      unit: 't',
      si: { amount: 1.2e9, unit: 'kg' },
    });
  });

  it('carries qualifier, rate and variant', () => {
    const v = resolveQuantity({
      amount: 50,
      qualifier: 'approx',
      per: 'year',
      reading: { unit: 'MW', variant: 'peak' },
    });
    expect(v).toMatchObject({ qualifier: 'approx', per: 'year', variant: 'peak' });
  });

  it('takes a rate written into the unit ("bpd") when none was read after it', () => {
    expect(resolveQuantity({ amount: 5, reading: { unit: 'bbl', per: 'day' } })?.per).toBe('day');
  });

  it('converts temperatures with their offset, and gives no SI value to degrees of unknown scale', () => {
    expect(toSi(0, '°C')).toEqual({ amount: 273.15, unit: 'K' });
    expect(toSi(212, '°F')?.amount).toBeCloseTo(373.15, 9);
    expect(toSi(-40, '°F')?.amount).toBeCloseTo(toSi(-40, '°C')?.amount ?? Number.NaN, 9);
    expect(resolveQuantity({ amount: 20, reading: { unit: '°' } })).toEqual({
      amount: 20,
      unit: '°',
      dimension: 'temperature',
    });
  });

  it('converts through the table: 1 mile, 1 acre, 1 GWh, 1 Gbit', () => {
    expect(toSi(1, 'mi')?.amount).toBeCloseTo(1609.344, 9);
    expect(toSi(1, 'acre')?.amount).toBeCloseTo(4046.8564224, 6);
    expect(toSi(1, 'GWh')).toEqual({ amount: 3.6e12, unit: 'J' });
    expect(toSi(1, 'Gbit')).toEqual({ amount: 1.25e8, unit: 'B' });
    expect(toSi(12, '%')).toEqual({ amount: 0.12, unit: '1' });
  });

  it('refuses units it does not know and amounts that are not numbers', () => {
    expect(resolveQuantity({ amount: 3, reading: { unit: 'furlong' } })).toBeNull();
    expect(resolveQuantity({ amount: Number.NaN, reading: { unit: 'km' } })).toBeNull();
  });
});

describe('unit table', () => {
  it('maps every symbol to a unit of the table', () => {
    for (const [text, entry] of Object.entries(SYMBOLS)) {
      expect(UNITS[readingOf(entry).unit], text).toBeDefined();
    }
  });

  it('has an SI unit for every dimension it uses', () => {
    for (const info of Object.values(UNITS)) expect(SI_UNIT[info.dimension]).toBeTruthy();
  });
});

describe('word forms', () => {
  it('expands optional parts and adds unaccented spellings', () => {
    expect(expandForms('mètre(s) carré(s)').sort()).toEqual(
      [
        'mètre carré',
        'mètre carrés',
        'mètres carré',
        'mètres carrés',
        'metre carre',
        'metre carres',
        'metres carre',
        'metres carres',
      ].sort(),
    );
  });

  it('keys ignore case, accents, hyphens and no-break spaces', () => {
    expect(unitKey('Mégawatts-Crête')).toBe(unitKey('megawatts\u00a0crete'));
  });
});

const ctx = (text: string, lang: 'fr' | 'en') => ({ text, lang, referenceDate: null, sentences: [] });

describe('hostile input', () => {
  it('stays linear on long runs of digits, separators, letters and brackets', () => {
    const pieces = ['1 ', '000', ',', '.', '-', 'MW', 'mètres ', '(', '[', 'de ', 'à ', 'entre ', 'et ', '°', 'a '];
    let text = '';
    for (let i = 0; text.length < 200_000; i++) text += pieces[(i * 7) % pieces.length];
    const runs = [
      '9'.repeat(200_000),
      '1 '.repeat(100_000),
      'a '.repeat(100_000),
      `${'1-'.repeat(100_000)}MW`,
      '1 km 5 m 2 cm '.repeat(15_000),
      'durée de 5 ans, '.repeat(12_000),
      '1°) 5\' 2" '.repeat(20_000),
      "5'1".repeat(60_000),
      '10 " '.repeat(50_000),
      'une dizaine de une dizaine '.repeat(8_000),
      'a couple of a couple '.repeat(10_000),
      '1½'.repeat(100_000),
      'temperatures 1C (2F) '.repeat(10_000),
      '6-foot-5-'.repeat(25_000),
      '1m80m'.repeat(40_000),
      '1m abcs '.repeat(25_000),
    ];
    for (const t of [text, ...runs]) {
      expect(Array.isArray(fr.extract(ctx(t, 'fr')))).toBe(true);
      expect(Array.isArray(en.extract(ctx(t, 'en')))).toBe(true);
    }
  });
});
