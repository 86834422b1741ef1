// Argument parsers shared by every command of the CLI: each turns a flag's text into its value or
// a usage error (exit status 2) that says what was expected.
import { InvalidArgumentError } from 'commander';
import { conversionCurrency, languageCode } from './document.js';
import { parseReferenceDate } from './reference-date.js';
import { ENTITY_TYPES, type EntityType, unknownTypes } from './schema.js';

export const wholeNumber =
  (name: string, min = 1) =>
  (v: string) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < min) throw new InvalidArgumentError(`${name} must be a whole number ≥ ${min}`);
    return n;
  };

export const typeList = (v: string): EntityType[] => {
  const types = v
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
  const unknown = unknownTypes(types);
  if (unknown.length || !types.length)
    throw new InvalidArgumentError(`unknown type(s) ${unknown.join(', ')}; choose from ${ENTITY_TYPES.join(', ')}`);
  return types as EntityType[];
};

export const isoDate = (v: string) => {
  if (!parseReferenceDate(v)) throw new InvalidArgumentError('expected an ISO 8601 date such as 2024-05 or 2024-05-08');
  return v;
};

/** `fr`, `FR`, `fr-CA`, `en_US`: users write language tags several ways; the primary subtag is the code. */
export const langCode = (v: string) => {
  const code = languageCode(v);
  if (!code) throw new InvalidArgumentError('expected an ISO 639-1 code such as fr or en');
  return code;
};

export const currencyCode = (v: string) => {
  const code = conversionCurrency(v);
  if (!code) {
    throw new InvalidArgumentError('expected the ISO 4217 code of a currency in the rate table, such as EUR or USD');
  }
  return code;
};
