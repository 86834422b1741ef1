// Optional conversion of money amounts into one currency, from the dated table in rates.ts.
// Pure and offline: an amount whose currency the table lacks is left without `converted`.
import type { Entity, MoneyValue } from '../../pipeline/schema.js';
import { RATE_DATE, unitsPerEuro } from './rates.js';

/** `amount` of `from` expressed in `to`, or null when either currency is not in the table. */
export function convertAmount(amount: number, from: string, to: string): number | null {
  if (from === to) return amount;
  const rates = unitsPerEuro();
  const fromPerEuro = rates.get(from);
  const toPerEuro = rates.get(to);
  if (!fromPerEuro || !toPerEuro) return null;
  return (amount / fromPerEuro) * toPerEuro;
}

const round = (x: number) => Number(x.toPrecision(6));

/** The value with `converted` added when its currency can be converted to `target`. */
export function convertValue(value: MoneyValue, target: string): MoneyValue {
  if (!value.currency) return value;
  const amount = convertAmount(value.amount, value.currency, target);
  if (amount === null) return value;
  return { ...value, converted: { amount: round(amount), currency: target, rateDate: RATE_DATE } };
}

/** Entities with every money amount converted to `target` where the table allows; others unchanged. */
export function convertMoney(entities: readonly Entity[], target: string): Entity[] {
  if (!/^[A-Z]{3}$/.test(target)) throw new Error(`not an ISO 4217 code: ${target}`);
  return entities.map((e) => (e.type === 'money' ? { ...e, value: convertValue(e.value, target) } : e));
}

/** Whether a currency can be converted with the shipped table. */
export const canConvert = (code: string): boolean => unitsPerEuro().has(code);
