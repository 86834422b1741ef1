import { describe, expect, it } from 'vitest';
import type { Entity } from '../../pipeline/schema.js';
import { canConvert, convertAmount, convertMoney } from './convert.js';
import { RATE_DATE } from './rates.js';

const money = (amount: number, currency: string | null): Entity => ({
  type: 'money',
  text: 'x',
  start: 0,
  end: 1,
  value: { amount, currency },
});

describe('convert', () => {
  it('converts through the euro and back', () => {
    const usd = convertAmount(100, 'EUR', 'USD')!;
    expect(usd).toBeGreaterThan(90);
    expect(usd).toBeLessThan(130);
    expect(convertAmount(usd, 'USD', 'EUR')).toBeCloseTo(100, 9);
    expect(convertAmount(42, 'GBP', 'GBP')).toBe(42);
  });

  it('uses the fixed parities of pegged currencies', () => {
    expect(convertAmount(1, 'EUR', 'XOF')).toBeCloseTo(655.957, 6);
    expect(convertAmount(3.6725, 'AED', 'USD')).toBeCloseTo(1, 9);
  });

  it('adds `converted` with the table date, and leaves what it cannot convert', () => {
    const [eur, mad, none, other] = convertMoney(
      [
        money(10, 'USD'),
        money(10, 'MAD'),
        money(10, null),
        { ...money(1, 'EUR'), type: 'person', value: { name: 'A' } } as Entity,
      ],
      'EUR',
    );
    expect(eur?.type === 'money' && eur.value.converted).toMatchObject({ currency: 'EUR', rateDate: RATE_DATE });
    expect(eur?.type === 'money' && eur.value.converted!.amount).toBeCloseTo(convertAmount(10, 'USD', 'EUR')!, 3);
    expect(mad?.type === 'money' && mad.value.converted).toBeUndefined();
    expect(none?.type === 'money' && none.value.converted).toBeUndefined();
    expect(other?.type).toBe('person');
    expect(canConvert('MAD')).toBe(false);
  });

  it('refuses a target that is not a code', () => {
    expect(() => convertMoney([], 'euro')).toThrow();
  });
});
