// One, a fraction or a round count of a unit written as a word, with no digits: "a mile", "un demi-litre",
// "half a cup", "une dizaine de kilomètres".
import { execAll } from '../shared/exec-all.js';
import { CURRENCY_STAND_IN } from '../shared/one-byte.js';
import type { Candidate } from './candidate.js';
import { type CompiledLexicon, stickyAt, unitKey } from './compile.js';
import { unitAt } from './read-unit.js';
import type { QuantityParts } from './resolve.js';
import { UNITS } from './units.js';

/** Units that "a" / "un" can stand before as the number one: not "a foot", "a ton of", "a second", "a bit". */
const ARTICLE_UNITS = new Set([
  ...['mm', 'cm', 'm', 'km', 'mi', 'nmi', 'm2', 'km2', 'ha', 'acre'],
  ...['ml', 'cl', 'l', 'hl', 'm3', 'gal', 'tbsp', 'tsp'],
  ...['kg', 'g', 'mg', '°C', '°F', 'K', 'km/h', 'mph', 'kn'],
  ...['kW', 'MW', 'GW', 'TW', 'kWh', 'MWh', 'GWh', 'TWh', 'kB', 'MB', 'GB', 'TB', 'PB'],
]);

/** A fraction is a measure before more units than an article is ("half an inch", "half a cup", "half a degree"). */
const FRACTION_UNITS = new Set([
  ...ARTICLE_UNITS,
  'in',
  'ft',
  'yd',
  '°',
  'cup',
  'pt',
  'qt',
  'fl oz',
  'oz',
  'lb',
  't',
  'bbl',
]);

const WORD_BEFORE = /\p{L}[ \u00A0\u202F]{1,2}$/u;

// A price per unit ("3 $ a gallon", "80 dollars a barrel") is no quantity of the unit. (The one-byte
// copy writes the currency signs above U+00FF as C1 controls: named beside `\p{Sc}`.)
const PRICE_BEFORE = new RegExp(
  `[\\p{N}\\p{Sc}${Object.values(CURRENCY_STAND_IN).join('')}][^\\p{L}\\p{N}]{0,2}(?:\\p{L}{1,12}[^\\p{L}\\p{N}]{1,2})?$`,
  'u',
);

/** "a mile", "un litre", "half a litre", "un demi-litre", "une dizaine de km": one, a fraction or a round count of a unit. */
export function scanArticles(c: CompiledLexicon, text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of execAll(c.articleRe, text)) {
    const at = m.index + m[0].length;
    const unit = unitAt(c, text, at);
    if (!unit) continue;
    // "un kilomètre et demi", "a cup and a half": a fraction after makes the article a measure.
    const after = m[1] || m[2] ? null : stickyAt(c.fractionAfterRe, text, unit.end);
    // A symbol only if it cannot be a letter of the alphabet: "un km", "an ml", "une dizaine de km", not "a m".
    if (unit.symbol && unit.end - at < 2) continue;
    // A count ("une dizaine de", "a couple of") is a number whatever the unit; an article is not.
    const allowed = m[1] || after ? FRACTION_UNITS : ARTICLE_UNITS;
    if (!m[2] && !allowed.has(unit.reading.unit)) continue;
    // "a couple of seconds" is a moment, not a measured duration.
    if (m[2] && UNITS[unit.reading.unit]?.dimension === 'duration') continue;
    if (PRICE_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
    const parts: QuantityParts = { amount: 1, reading: unit.reading };
    let end = unit.end;
    let rule = 'article-word';
    if (m[1]) {
      parts.amount = c.fractionOf.get(unitKey(m[1])) ?? Number.NaN;
      // A bare "thousand" after a word counts something else's thousands ("a few thousand barrels").
      if (parts.amount >= 100 && WORD_BEFORE.test(text.slice(Math.max(0, m.index - 3), m.index))) continue;
      rule = 'fraction-word';
    } else if (m[2]) {
      parts.amount = c.approxCountOf.get(unitKey(m[2])) ?? Number.NaN;
      parts.qualifier = 'approx';
      rule = 'count-word';
    } else if (after?.[1]) {
      parts.amount = 1 + (c.fractionAfterOf.get(unitKey(after[1])) ?? 0);
      end += after[0].length;
    }
    out.push({ start: m.index, end, parts, rule });
  }
  return out;
}
