// The publication date-time that relative and partial dates resolve against. It may be partial
// (`2024-05`): the fields it does not give stay undefined, and resolvers must not invent them.
import type { Grain } from './schema.js';

export interface ReferenceDate {
  /** As given, normalized: `2024-05`, `2024-05-08`, `2013-02-12T04:30:00`. */
  iso: string;
  grain: Grain;
  year: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
  second?: number;
}

const ISO =
  /^(-?\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2})(?::(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?)?)?$/;

/** Parses an ISO 8601 date or date-time (any prefix down to the year); null when it is not one. */
export function parseReferenceDate(input: string): ReferenceDate | null {
  const m = ISO.exec(input.trim());
  if (!m) return null;
  const n = (s: string | undefined) => (s === undefined ? undefined : Number(s));
  const [year, month, day, hour, minute, second] = [n(m[1]), n(m[2]), n(m[3]), n(m[4]), n(m[5]), n(m[6])];
  if (year === undefined) return null;
  if (month !== undefined && (month < 1 || month > 12)) return null;
  if (day !== undefined && (day < 1 || day > daysInMonth(year, month ?? 1))) return null;
  if (hour !== undefined && hour > 23) return null;
  if (minute !== undefined && minute > 59) return null;
  if (second !== undefined && second > 59) return null;
  const grain: Grain =
    second !== undefined
      ? 'second'
      : minute !== undefined
        ? 'minute'
        : hour !== undefined
          ? 'hour'
          : day !== undefined
            ? 'day'
            : month !== undefined
              ? 'month'
              : 'year';
  const pad = (v: number) => String(v).padStart(2, '0');
  let iso = String(year).padStart(4, '0');
  if (month !== undefined) iso += `-${pad(month)}`;
  if (day !== undefined) iso += `-${pad(day)}`;
  if (hour !== undefined) iso += `T${pad(hour)}:${pad(minute ?? 0)}`;
  if (second !== undefined) iso += `:${pad(second)}`;
  return { iso, grain, year, month, day, hour, minute, second };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
