// Language-neutral normalization of money: a currency reference to an ISO 4217 code, parts to a value.
import type { MoneyValue } from '../../pipeline/schema.js';
import { CODE_ALIASES, type ContextCounts, familyCode } from './currencies.js';

/** What the text said about the currency: a code, or a family with perhaps a country. */
export interface CurrencyRef {
  code?: string;
  family?: string;
  country?: string;
}

/** The ISO 4217 code a reference means, using the article's places for bare family names. */
export function currencyCode(ref: CurrencyRef, context: () => ContextCounts): string | null {
  if (ref.code) return CODE_ALIASES[ref.code] ?? ref.code;
  if (ref.family) return familyCode(ref.family, ref.country, context);
  return null;
}

/** Rounds away binary noise (1.3 × 1e9 = 1300000000.0000002) without touching real precision. */
export const tidy = (x: number): number => Number(x.toPrecision(12));

export interface AmountParts {
  amount: number;
  currency: string | null;
  qualifier?: 'approx' | 'over' | 'under';
  min?: number;
  max?: number;
}

export function moneyValue(parts: AmountParts): MoneyValue {
  const value: MoneyValue = { amount: tidy(parts.amount), currency: parts.currency };
  if (parts.qualifier) value.qualifier = parts.qualifier;
  if (parts.min !== undefined) value.min = tidy(parts.min);
  if (parts.max !== undefined) value.max = tidy(parts.max);
  return value;
}
