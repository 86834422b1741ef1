// Turns what a rule read (numbers, a unit reading, a qualifier, a rate) into the record's quantity
// value: amount in the unit as written, plus the SI value. Language-neutral.
import type { Qualifier, QuantityValue } from '../../pipeline/schema.js';
import { type Per, SI_UNIT, UNITS, type UnitReading } from './units.js';

export interface QuantityParts {
  /** The number as read, scale words applied ("1,5 million" → 1 500 000). */
  amount: number;
  /** The other end of a range, as read. */
  to?: number;
  reading: UnitReading;
  qualifier?: Qualifier;
  per?: Per;
}

// Floating-point noise ("0.1 × 3") would make equal values differ in the last digit.
const tidy = (x: number): number => Number(x.toPrecision(12));

/** The value in the dimension's SI unit, or undefined when the unit has none (degrees of unknown scale). */
export function toSi(amount: number, unit: string): { amount: number; unit: string } | undefined {
  const info = UNITS[unit];
  if (!info || !Number.isFinite(info.factor)) return undefined;
  return { amount: tidy(amount * info.factor + (info.offset ?? 0)), unit: SI_UNIT[info.dimension] };
}

export function resolveQuantity(parts: QuantityParts): QuantityValue | null {
  const { reading } = parts;
  const info = UNITS[reading.unit];
  if (!info || !Number.isFinite(parts.amount)) return null;
  const k = reading.multiplier ?? 1;
  const first = tidy(parts.amount * k);
  const value: QuantityValue = { amount: first, unit: reading.unit, dimension: info.dimension };
  if (parts.to !== undefined && Number.isFinite(parts.to)) {
    const second = tidy(parts.to * k);
    value.min = Math.min(first, second);
    value.max = Math.max(first, second);
    value.amount = value.min;
  }
  if (parts.qualifier) value.qualifier = parts.qualifier;
  const si = toSi(value.amount, reading.unit);
  if (si) value.si = si;
  const per = parts.per ?? reading.per;
  if (per) value.per = per;
  if (reading.variant) value.variant = reading.variant;
  return value;
}
