// A dated exchange-rate table for optional conversion (convert.ts). Never fetched at run time.
//
// Source: Czech National Bank, "Central bank exchange rate fixing", valid for 20 December 2024
// (order 248), published on cnb.cz. The CNB quotes every currency in Czech korunas (CZK) per
// `amount` units, the euro included, so cross rates against the euro are exact ratios of its fixing.
// Pegged currencies the CNB does not list are added from their official parities (named below).
// The Moroccan dirham is floating against a basket and is not in this source: no MAD conversion.

export const RATE_DATE = '2024-12-20';
export const RATE_SOURCE = 'Czech National Bank exchange rate fixing of 20 December 2024, order 248';

/** CZK per `amount` units of each currency, as fixed by the CNB on RATE_DATE. */
const CNB_FIXING: Record<string, [amount: number, czk: number]> = {
  AUD: [1, 15.065],
  BRL: [1, 3.97],
  BGN: [1, 12.843],
  CAD: [1, 16.801],
  CNY: [1, 3.312],
  DKK: [1, 3.367],
  EUR: [1, 25.12],
  HKD: [1, 3.109],
  HUF: [100, 6.067],
  ISK: [100, 17.36],
  INR: [100, 28.42],
  IDR: [1000, 1.492],
  ILS: [1, 6.6],
  JPY: [100, 15.418],
  MYR: [1, 5.361],
  MXN: [1, 1.194],
  NZD: [1, 13.622],
  NOK: [1, 2.116],
  PHP: [100, 41.097],
  PLN: [1, 5.894],
  RON: [1, 5.048],
  SGD: [1, 17.814],
  ZAR: [1, 1.314],
  KRW: [100, 1.671],
  SEK: [1, 2.188],
  CHF: [1, 27.02],
  THB: [100, 70.24],
  TRY: [100, 68.686],
  GBP: [1, 30.274],
  USD: [1, 24.168],
  CZK: [1, 1],
};

/** Fixed parities: [anchor currency, units of the currency per anchor unit]. */
const PEGS: Record<string, [anchor: string, perAnchor: number]> = {
  AED: ['USD', 3.6725], // UAE Central Bank peg
  SAR: ['USD', 3.75], // Saudi Central Bank peg
  QAR: ['USD', 3.64], // Qatar Central Bank peg
  XOF: ['EUR', 655.957], // CFA franc (BCEAO), fixed parity with the euro
  XAF: ['EUR', 655.957], // CFA franc (BEAC), fixed parity with the euro
};

let table: Map<string, number> | undefined;

/** Units of each currency for one euro, built once on first use. */
export function unitsPerEuro(): Map<string, number> {
  if (table) return table;
  table = new Map();
  const eur = CNB_FIXING.EUR![1];
  for (const [code, [amount, czk]] of Object.entries(CNB_FIXING)) table.set(code, (eur * amount) / czk);
  for (const [code, [anchor, perAnchor]] of Object.entries(PEGS)) {
    const anchorPerEuro = table.get(anchor);
    if (!table.has(code) && anchorPerEuro) table.set(code, anchorPerEuro * perAnchor);
  }
  return table;
}
