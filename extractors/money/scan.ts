// The money grammar, language-neutral: numbers (number/scan.ts) joined to a currency written
// before ("$5m", "USD 200", "€ 3") or after ("500 millions de dollars", "2 150 MDH", "5 M€"), then
// hundredths ("3 dollars 50"), ranges ("entre 10 et 20 euros"), qualifiers ("plus de") and restated
// amounts ("$500M (5 Md DH)"). Every regex runs sticky at a known position or on a bounded window,
// so the whole pass stays linear in the text length.
import type { Lang } from '../../pipeline/languages.js';
import { findNumbers, type NumberMatch, numberLexicon, scaleAt } from '../number/scan.js';
import { escapeRegExp, expandForms } from '../shared/forms.js';
import { CURRENCY_STAND_IN } from '../shared/one-byte.js';
import type { ExtractContext, Mention } from '../types.js';
import {
  type ContextCounts,
  countCues,
  DOLLAR_CAPITALS,
  DOLLAR_MARKS,
  homeCountry,
  ISO_CODES,
  LOWERCASE_CODES,
  SUB_SYMBOLS,
  SYMBOLS,
} from './currencies.js';
import type { CurrencyName, MoneyLexicon } from './lexicon.js';
import { type AmountParts, type CurrencyRef, currencyCode, moneyValue } from './resolve.js';

type Qualifier = 'approx' | 'over' | 'under';

/** A currency read in the text. */
interface Currency extends CurrencyRef {
  start: number;
  end: number;
  /** Hundredths of the main unit ("cents"). */
  sub: boolean;
  /** A word with other meanings, not backed by a country ("livres"): money only with a scale. */
  weak: boolean;
  /** Money more often than not ("ten pounds"): latent without a scale or country. */
  latent: boolean;
  /** A scale carried by the currency sign ("MDH" = millions of dirhams, "MUSD"). */
  scale: number;
  /** Written as a word ("dollars"), not a sign or code. */
  named?: boolean;
}

/** A money amount being built. */
interface Amount {
  start: number;
  end: number;
  amount: number;
  currency: string | null;
  /** The scale read with the number or the sign, which a range lends to a bare first bound. */
  scale: number;
  rule: string;
  qualifier?: Qualifier;
  min?: number;
  max?: number;
  latent?: boolean;
  key?: string;
  equivalentOf?: string;
}

/** A number of the text, with the amount it became if a currency claimed it. */
interface Item {
  n: NumberMatch;
  money?: Amount;
}

const SP = '[ \\u00A0\\u202F]';
/**
 * The signs read before or after an amount: the symbols, plus their stand-ins in the one-byte copy
 * of a passage (`shared/one-byte.ts`): `¤` for `€`, a C1 control for each wider sign.
 */
const SIGNS: Record<string, string> = {
  ...SYMBOLS,
  '¤': 'EUR',
  ...Object.fromEntries(Object.entries(CURRENCY_STAND_IN).map(([sign, standIn]) => [standIn, SYMBOLS[sign]])),
};
const SYMBOL_CHARS = Object.keys(SIGNS)
  .sort((a, b) => b.length - a.length)
  .map((s) => s.replace(/[$]/g, '\\$'))
  .join('|');
const DOLLAR_MARK_SOURCE = Object.keys(DOLLAR_MARKS)
  .sort((a, b) => b.length - a.length)
  .map((m) => m.replace(/\./g, '\\.'))
  .join('|');

// After the number.
const SPACES = /[ \u00A0\u202F]{0,2}/y;
const SYMBOL_AFTER = new RegExp(`(?:${SYMBOL_CHARS})`, 'uy');
const SUB_SYMBOL_AFTER = /[¢]/uy;
const DOLLAR_MARK_AFTER = new RegExp(`${SP}?(${DOLLAR_MARK_SOURCE})(?![\\p{L}'’])`, 'iuy');
// Dirham signs first: "MMDH" is milliards, "MDH" millions of dirhams.
const ABBREVIATION = /(MMDH|MDHS|MDhs|MDH|MDh|DHS|Dhs|DH|Dh|dhs|dh|F ?CFA|F\.CFA|FCFA|DA|DT|Rs\.?)(?![\p{L}])/uy;
// A code glued to digits after it ("3 USD50") belongs to those digits.
const CODE_AFTER = /(MM|M|K|k)?([A-Z]{3})(?![\p{L}\p{N}])/uy;
const LOWER_CODE_AFTER = /([a-z]{3})(?![\p{L}])/uy;

// Before the number: tried on the few characters that precede it, anchored at its start.
const WINDOW = 16;
const DOLLAR_BEFORE = new RegExp(`(?<![\\p{L}])(${DOLLAR_MARK_SOURCE})${SP}?\\$${SP}?$`, 'iu');
const MARKED_DOLLAR_BEFORE = new RegExp(`\\$${SP}?(${DOLLAR_MARK_SOURCE})${SP}?$`, 'iu');
const CAPITAL_DOLLAR_BEFORE = new RegExp(`(?<![\\p{L}])([ASRZ])\\$${SP}?$`, 'u');
const SYMBOL_BEFORE = new RegExp(`(${SYMBOL_CHARS})${SP}?$`, 'u');
const CODE_BEFORE = new RegExp(`(?<![\\p{L}])(MM|M|K|k)?([A-Z]{3})${SP}?$`, 'u');
const LOWER_CODE_BEFORE = new RegExp(`(?<![\\p{L}])([a-z]{3})${SP}?$`, 'u');
const ABBREVIATION_BEFORE = new RegExp(`(?<![\\p{L}])(DHS|Dhs|DH|Dh|Rs\\.?|RM|FCFA)${SP}?$`, 'u');

const PREFIX_SCALE: Record<string, number> = { MM: 1e9, M: 1e6, K: 1e3, k: 1e3 };

function abbreviation(sign: string): Pick<Currency, 'code' | 'family' | 'country' | 'scale'> {
  if (sign.startsWith('MMD')) return { family: 'dirham', scale: 1e9 };
  if (sign.startsWith('MD')) return { family: 'dirham', scale: 1e6 };
  if (/^d/i.test(sign)) return { family: 'dirham', scale: 1 };
  if (/CFA/.test(sign)) return { family: 'franc', country: 'CFA', scale: 1 };
  if (sign === 'DA') return { code: 'DZD', scale: 1 };
  if (sign === 'DT') return { code: 'TND', scale: 1 };
  if (sign === 'RM') return { code: 'MYR', scale: 1 };
  return { family: 'rupee', scale: 1 };
}

interface Compiled {
  name: RegExp;
  nameGroup: number;
  countryGroup: number;
  of: RegExp;
  qualifierBefore: RegExp;
  negative: RegExp;
  qualifierAfter: RegExp;
  rangeJoin: RegExp;
  rangeOpen: RegExp;
  change: RegExp;
  elliptic: RegExp;
  subunitGap: RegExp;
  afterHundredths: RegExp;
  equivalence: RegExp;
}

const compiled = new WeakMap<MoneyLexicon, Compiled>();

function compile(lex: MoneyLexicon): Compiled {
  let c = compiled.get(lex);
  if (c) return c;
  const names = lex.names.map((n) => `(${n.pattern})`).join('|');
  const countries = lex.countries.map(([p]) => `(${p})`).join('|');
  const name = lex.countryBefore
    ? `(?:(?:${countries})${SP})?(?:${names})(?![\\p{L}\\p{N}])`
    : `(?:${names})(?:${SP}(?:${countries}))?(?![\\p{L}\\p{N}])`;
  const alt = (xs: string[]) => xs.join('|');
  const q = lex.qualifiers;
  const qa = lex.qualifiersAfter;
  c = {
    name: new RegExp(name, 'iuy'),
    nameGroup: lex.countryBefore ? lex.countries.length + 1 : 1,
    countryGroup: lex.countryBefore ? 1 : lex.names.length + 1,
    of: new RegExp(`(?:${lex.of})`, 'iuy'),
    qualifierBefore: new RegExp(
      `(?<![\\p{L}])(?:(${alt(q.approx)})|(${alt(q.over)})|(${alt(q.under)}))${SP}{0,2}$`,
      'iu',
    ),
    negative: new RegExp(`(?<![\\p{L}])(?:${alt(lex.negative)})${SP}{1,2}$`, 'iu'),
    qualifierAfter: new RegExp(
      `${SP}{1,2}(?:(${alt(qa.approx)})|(${alt(qa.over)})|(${alt(qa.under)}))(?![\\p{L}])`,
      'iuy',
    ),
    rangeJoin: new RegExp(
      `^${SP}{0,2}(?:(${lex.between.join})|(${lex.from.join})|[-–—\\u0096\\u0097])${SP}{0,2}$`,
      'iu',
    ),
    rangeOpen: new RegExp(`(?<![\\p{L}])(?:(${lex.between.open})|(${lex.from.open}))${SP}{0,2}$`, 'iu'),
    elliptic: new RegExp(
      `(?<![\\p{L}])(?:${alt(lex.elliptic)})${SP}{1,2}(?:(?:${alt([...q.approx, ...q.over, ...q.under])})${SP}{0,2})?$`,
      'iu',
    ),
    change: new RegExp(
      `(?<![\\p{L}])(?:${alt(numberLexicon(lex.lang).changeWords.flatMap(expandForms).map(escapeRegExp))})${SP}{1,2}$`,
      'iu',
    ),
    subunitGap: new RegExp(`^${SP}{0,2}(?:${lex.subunitJoin})?${SP}{0,2}$`, 'iu'),
    // Bare hundredths end the phrase: punctuation, or a small word such as "and", "more", "each".
    afterHundredths: new RegExp(
      `^(?:${SP}{0,2}(?:[.,;:!?)\\]»"]|$)|${SP}(?:${alt(lex.afterHundredths)})(?![\\p{L}]))`,
      'iu',
    ),
    equivalence: new RegExp(
      `^${SP}{0,3}(?:[(\\[]${SP}{0,2}(?:(?:${alt(lex.equivalence)})[ ,:\\u00A0\\u202F]{0,3})?|,?${SP}{0,2}(?:${alt(lex.equivalence)})[ ,:\\u00A0\\u202F]{1,3}|[≈\\u009B]${SP}{0,2})$`,
      'iu',
    ),
  };
  compiled.set(lex, c);
  return c;
}

/** The currency written right after `at` (after a little space), or null. */
function currencyAfter(text: string, at: number, lex: MoneyLexicon, c: Compiled): Currency | null {
  SPACES.lastIndex = at;
  SPACES.exec(text);
  const p = SPACES.lastIndex;

  SYMBOL_AFTER.lastIndex = p;
  const sym = SYMBOL_AFTER.exec(text);
  if (sym) {
    if (sym[0] === '$') {
      DOLLAR_MARK_AFTER.lastIndex = SYMBOL_AFTER.lastIndex;
      const mark = DOLLAR_MARK_AFTER.exec(text);
      if (mark?.[1])
        return currencyFound(p, DOLLAR_MARK_AFTER.lastIndex, { code: DOLLAR_MARKS[mark[1].toLowerCase()]! });
    }
    return currencyFound(p, SYMBOL_AFTER.lastIndex, { code: SIGNS[sym[0]]! });
  }
  SUB_SYMBOL_AFTER.lastIndex = p;
  const cent = SUB_SYMBOL_AFTER.exec(text);
  if (cent) return currencyFound(p, SUB_SYMBOL_AFTER.lastIndex, { code: SUB_SYMBOLS[cent[0]]!, sub: true });
  ABBREVIATION.lastIndex = p;
  const abbr = ABBREVIATION.exec(text);
  if (abbr?.[1]) return currencyFound(p, ABBREVIATION.lastIndex, abbreviation(abbr[1]));
  CODE_AFTER.lastIndex = p;
  const code = CODE_AFTER.exec(text);
  if (code?.[2] && ISO_CODES.has(code[2])) {
    return currencyFound(p, CODE_AFTER.lastIndex, { code: code[2], scale: code[1] ? PREFIX_SCALE[code[1]]! : 1 });
  }
  LOWER_CODE_AFTER.lastIndex = p;
  const lower = LOWER_CODE_AFTER.exec(text);
  if (lower?.[1] && LOWERCASE_CODES.has(lower[1])) {
    return currencyFound(p, LOWER_CODE_AFTER.lastIndex, { code: lower[1].toUpperCase() });
  }
  // "a 12-cent dividend", "its one-yen bid": a name glued by a hyphen.
  const namedAt = text[p] === '-' && p === at ? p + 1 : p;
  c.name.lastIndex = namedAt;
  const m = c.name.exec(text);
  if (!m) return null;
  let entry: CurrencyName | undefined;
  for (let g = 0; g < lex.names.length && !entry; g++) if (m[c.nameGroup + g] !== undefined) entry = lex.names[g];
  let country: string | undefined;
  for (let g = 0; g < lex.countries.length && !country; g++) {
    if (m[c.countryGroup + g] !== undefined) country = lex.countries[g]![1];
  }
  if (!entry) return null;
  // "a 100-pound parcel" weighs; "a 12-cent dividend" pays.
  if (namedAt > p && (entry.latent || entry.weak)) return null;
  return currencyFound(p, c.name.lastIndex, {
    start: p,
    ...(entry.code ? { code: entry.code } : {}),
    ...(entry.family ? { family: entry.family } : {}),
    ...(country ? { country } : {}),
    sub: entry.sub ?? false,
    weak: (entry.weak ?? false) && !country,
    latent: (entry.latent ?? false) && !country,
    named: true,
  });
}

/** A currency read at [start, end): plain unless `ref` says otherwise (one function, not a closure per call). */
function currencyFound(start: number, end: number, ref: Partial<Currency>): Currency {
  return { start, end, sub: false, weak: false, latent: false, scale: 1, ...ref };
}

/** The currency written right before `start`, not reaching back before `floor`, or null. */
function currencyBefore(text: string, start: number, floor: number): Currency | null {
  const from = Math.max(floor, start - WINDOW);
  const window = text.slice(from, start);
  let m = DOLLAR_BEFORE.exec(window);
  if (m?.[1]) return currencyFound(from + m.index, start, { code: DOLLAR_MARKS[m[1].toLowerCase()]! });
  m = MARKED_DOLLAR_BEFORE.exec(window); // "$US 5 millions"
  if (m?.[1]) return currencyFound(from + m.index, start, { code: DOLLAR_MARKS[m[1].toLowerCase()]! });
  m = CAPITAL_DOLLAR_BEFORE.exec(window);
  if (m?.[1]) return currencyFound(from + m.index, start, { code: DOLLAR_CAPITALS[m[1]]! });
  m = SYMBOL_BEFORE.exec(window);
  if (m?.[1]) return currencyFound(from + m.index, start, { code: SIGNS[m[1]]! });
  m = ABBREVIATION_BEFORE.exec(window);
  if (m?.[1]) return currencyFound(from + m.index, start, abbreviation(m[1]));
  m = CODE_BEFORE.exec(window);
  if (m?.[2] && ISO_CODES.has(m[2]))
    return currencyFound(from + m.index, start, { code: m[2], scale: m[1] ? PREFIX_SCALE[m[1]]! : 1 });
  m = LOWER_CODE_BEFORE.exec(window);
  if (m?.[1] && LOWERCASE_CODES.has(m[1])) return currencyFound(from + m.index, start, { code: m[1].toUpperCase() });
  return null;
}

const GLUED_CODE = /(?<![\p{L}\p{N}])(?:(?:MM|M|K|k)?([A-Z]{3})|DHS|Dhs|DH|Dh|Rs|RM)(?=\d)/gu;

/**
 * The text with ISO codes and signs glued to their digits ("USD115") blanked out, same length, so that the
 * number grammar (which wants no letter before digits) finds the amount at its true offsets.
 */
function unglueCodes(text: string): string {
  return text.replace(GLUED_CODE, (m, code?: string) => (!code || ISO_CODES.has(code) ? ' '.repeat(m.length) : m));
}

let keys = 0;

/** Every amount of money in the passage. */
export function extractMoney(ctx: ExtractContext, lex: MoneyLexicon): Mention[] {
  const { text } = ctx;
  const c = compile(lex);
  let cues: ContextCounts | undefined;
  const context = () => {
    cues ??= countCues(text);
    return cues;
  };
  const numbers = findNumbers(unglueCodes(text), lex.lang, { scaleSymbols: true, words: true, fractions: true });
  const items: Item[] = [];
  let consumed = 0;
  for (let k = 0; k < numbers.length; k++) {
    const n = numbers[k]!;
    if (n.start < consumed) continue;
    const money = amountAt(text, n, consumed, lex, c, context) ?? elliptic(text, n, items, lex, c);
    if (!money) {
      items.push({ n });
      continue;
    }
    const next = numbers[k + 1];
    if (next && money.rule !== 'money-subunit' && hundredths(text, money, n, next, lex, c)) k++;
    consumed = money.end;
    items.push({ n, money });
  }
  const amounts = ranges(text, items, c);
  for (const a of amounts) if (a.min === undefined) qualify(text, a, c);
  restatements(text, amounts, c);
  return amounts.map((a) => toMention(a, lex.lang));
}

/** The amount a number makes with the currency around it, or null. */
function amountAt(
  text: string,
  n: NumberMatch,
  floor: number,
  lex: MoneyLexicon,
  c: Compiled,
  context: () => ContextCounts,
): Amount | null {
  const before = currencyBefore(text, n.start, floor);
  let currency = before;
  let end = n.end;
  let postScale = 1;
  if (!currency) {
    // "millions de dollars", "50 000 000 de dirhams": the connector only after a scale word or whole
    // millions, never "5 de dollars".
    const scaled = (n.scale > 1 && n.end > n.digitsEnd) || (n.value >= 1e6 && n.value % 1e6 === 0);
    if (scaled) {
      SPACES.lastIndex = n.end;
      SPACES.exec(text);
      c.of.lastIndex = SPACES.lastIndex;
      if (c.of.exec(text)) currency = currencyAfter(text, c.of.lastIndex, lex, c);
    }
    currency ??= currencyAfter(text, n.end, lex, c);
    if (!currency) return null;
    end = currency.end;
    // "75 USD million"
    if (n.scale === 1 && currency.code && !currency.sub) {
      const s = scaleAt(text, end, lex.lang, false);
      if (s) {
        postScale = s.factor;
        end = s.end;
      }
    }
  }
  const scale = n.scale * currency.scale * postScale;
  // A word of many meanings ("cinq livres") is money only beside a scale, or, latent, where the
  // article names its country ("livres" in a London story).
  if (currency.weak && scale === 1) {
    const home = currency.family ? homeCountry(currency.family) : undefined;
    if (home === undefined || (context()[home] ?? 0) === 0) return null;
  }
  // An article counts only before a currency word ("a dollar", not "a $5m deal"), and not before a
  // compound ("a dollar-denominated bond").
  if (n.article && (!currency.named || text[currency.end] === '-')) return null;
  // "un livre" is a book, "a pound" mostly a weight: an article never backs a word of many meanings.
  if (n.article && (currency.weak || currency.latent)) return null;
  const code = currency.sub && !currency.code && !currency.family ? lex.centsOf : currencyCode(currency, context);
  const amount = n.value * currency.scale * postScale * (currency.sub ? 0.01 : 1);
  const rule = currency.sub
    ? 'money-subunit'
    : before
      ? 'currency-amount'
      : scale > 1
        ? 'amount-scale-currency'
        : 'amount-currency';
  const money: Amount = { start: before ? before.start : n.start, end, amount, currency: code, scale, rule };
  // A lone article ("un euro") or a word of many meanings ("cinq livres") is weak evidence.
  if (n.article || ((currency.latent || currency.weak) && scale === 1)) money.latent = true;
  return money;
}

/**
 * "3,2 milliards d'euros en 2023, contre 2,9 milliards": a bare scaled number after "contre" /
 * "against" / "from" restates the currency of the amount just before it in the sentence.
 */
function elliptic(text: string, n: NumberMatch, items: Item[], lex: MoneyLexicon, c: Compiled): Amount | null {
  if (n.scale === 1 || n.article) return null;
  let previous: Amount | undefined;
  for (let i = items.length - 1; i >= Math.max(0, items.length - 3) && !previous; i--) previous = items[i]!.money;
  if (!previous || n.start - previous.end > 80 || /[.;!?:]\s/u.test(text.slice(previous.end, n.start))) return null;
  if (!c.elliptic.test(text.slice(Math.max(0, n.start - 40), n.start))) return null;
  // "contre 2 millions d'habitants": a complement names what is counted.
  SPACES.lastIndex = n.end;
  SPACES.exec(text);
  c.of.lastIndex = SPACES.lastIndex;
  if (c.of.exec(text)) return null;
  const unit = currencyAfter(text, n.end, lex, c);
  if (unit) return null;
  return {
    start: n.start,
    end: n.end,
    amount: n.value,
    currency: previous.currency,
    scale: n.scale,
    rule: 'amount-elliptic',
  };
}

/** "3 dollars 50", "treize euros et quarante-cinq cents": adds the hundredths; true when `next` was used. */
function hundredths(text: string, money: Amount, n: NumberMatch, next: NumberMatch, lex: MoneyLexicon, c: Compiled) {
  if (n.scale !== 1 || !Number.isInteger(n.value) || n.article || money.scale !== 1) return false;
  if (!Number.isInteger(next.value) || next.value <= 0 || next.value >= 100 || next.scale !== 1) return false;
  if (next.start - money.end > 6 || !c.subunitGap.test(text.slice(money.end, next.start))) return false;
  // "entre 12 euros et 15 euros" is a range, never 12.15.
  if (c.rangeOpen.exec(text.slice(Math.max(0, money.start - 12), money.start))?.[1]) return false;
  const after = currencyAfter(text, next.end, lex, c);
  let end: number;
  if (after?.sub) end = after.end;
  else if (after) return false;
  else {
    // Without "cents": digits only after a currency written after its amount ("15 dollars 50", not
    // "$5 and 10"), only two digits or words, and nothing that could be counted after them.
    if (money.rule === 'currency-amount' && !next.words) return false;
    if (!next.words && !/^\d\d$/.test(text.slice(next.start, next.end))) return false;
    if (!c.afterHundredths.test(text.slice(next.end, next.end + 12))) return false;
    end = next.end;
  }
  money.amount += next.value / 100;
  money.end = end;
  return true;
}

/** Joins "entre 10 et 20 euros", "de 10 à 20 millions de dollars", "10-20 M€", "between $1bn and $2bn". */
function ranges(text: string, items: Item[], c: Compiled): Amount[] {
  const out: Amount[] = [];
  for (let i = 0; i < items.length; i++) {
    const a = items[i]!;
    const b = items[i + 1];
    const joined = b ? rangeOf(text, a, b, c) : null;
    if (joined) {
      out.push(...joined);
      i++;
    } else if (a.money) out.push(a.money);
  }
  return out;
}

function rangeOf(text: string, a: Item, b: Item, c: Compiled): Amount[] | null {
  if (!a.money && !b.money) return null;
  if (a.n.article || b.n.article) return null;
  const aEnd = a.money?.end ?? a.n.end;
  const bStart = b.money?.start ?? b.n.start;
  if (bStart - aEnd > 8) return null;
  const join = c.rangeJoin.exec(text.slice(aEnd, bStart));
  if (!join) return null;
  const aStart = a.money?.start ?? a.n.start;
  const open = c.rangeOpen.exec(text.slice(Math.max(0, aStart - 12), aStart));
  const between = open?.[1] !== undefined;
  if (join[1] !== undefined && !between) return null; // "et" / "and" only after "entre" / "between"
  // "un logement neuf à 250 000 euros", "passé en 2023 à 5 M€": without "de" / "entre" before it, a
  // bare first bound is neither words nor a year.
  if (!a.money && !open && (a.n.words || /^(?:19|20)\d\d$/.test(text.slice(a.n.start, a.n.end)))) return null;
  if (a.money && b.money && a.money.currency !== b.money.currency) return null;
  if (a.money?.rule === 'money-subunit' || b.money?.rule === 'money-subunit') return null;
  const currency = (b.money ?? a.money)!.currency;
  // The scale flows from the second bound to a first one written without it ("10 à 20 millions").
  const bScale = b.money ? b.money.scale : b.n.scale;
  const high = b.money ? b.money.amount : b.n.value * (a.money!.scale > 1 && b.n.scale === 1 ? a.money!.scale : 1);
  let low = a.money ? a.money.amount : a.n.value;
  const aScale = a.money ? a.money.scale : a.n.scale;
  if (aScale === 1 && bScale > 1) {
    // "de 800 à 1,2 milliard": when the second bound's scale would overshoot, the next one down.
    if (low * bScale <= high) low *= bScale;
    else if (open && bScale >= 1e6 && (low * bScale) / 1000 <= high) low *= bScale / 1000;
  }
  const start = open ? Math.max(0, aStart - 12) + open.index : aStart;
  const end = b.money?.end ?? b.n.end;
  const latent = (!a.money || a.money.latent === true) && (!b.money || b.money.latent === true);
  // "passé de 10 à 20 millions": a change between two amounts, not a range.
  const changeFrom = open ? Math.max(0, aStart - 12) + open.index : aStart;
  if (!between && c.change.test(text.slice(Math.max(0, changeFrom - 24), changeFrom))) {
    const first: Amount = a.money ?? {
      start: aStart,
      end: aEnd,
      amount: low,
      currency,
      scale: bScale,
      rule: 'amount-change',
    };
    const second: Amount = b.money ?? {
      start: bStart,
      end,
      amount: high,
      currency,
      scale: aScale,
      rule: 'amount-change',
    };
    first.amount = low;
    second.amount = high;
    return [first, second];
  }
  if (!(low <= high)) return null;
  const range: Amount = { start, end, amount: low, min: low, max: high, currency, scale: bScale, rule: 'range' };
  if (latent) range.latent = true;
  return [range];
}

/** Widens an amount over the qualifier before or after it ("plus de", "about", "environ"). */
function qualify(text: string, a: Amount, c: Compiled): void {
  const negative = c.negative.exec(text.slice(Math.max(0, a.start - 12), a.start));
  if (negative) {
    a.start = Math.max(0, a.start - 12) + negative.index;
    a.amount = -a.amount;
    return;
  }
  const from = Math.max(0, a.start - 40);
  const m = c.qualifierBefore.exec(text.slice(from, a.start));
  if (m) {
    a.qualifier = m[1] !== undefined ? 'approx' : m[2] !== undefined ? 'over' : 'under';
    a.start = from + m.index;
    return;
  }
  c.qualifierAfter.lastIndex = a.end;
  const after = c.qualifierAfter.exec(text);
  if (after) {
    a.qualifier = after[1] !== undefined ? 'approx' : after[2] !== undefined ? 'over' : 'under';
    a.end = c.qualifierAfter.lastIndex;
  }
}

/** "500 millions de dollars (plus de 5 milliards de dirhams)": the second restates the first. */
function restatements(text: string, amounts: Amount[], c: Compiled): void {
  for (let i = 1; i < amounts.length; i++) {
    const a = amounts[i - 1]!;
    const b = amounts[i]!;
    if (a.currency === b.currency || b.start - a.end > 30 || b.start < a.end) continue;
    if (!c.equivalence.test(text.slice(a.end, b.start))) continue;
    a.key ??= `money-${++keys}`;
    b.equivalentOf = a.key;
  }
}

function toMention(a: Amount, lang: Lang): Mention {
  const parts: AmountParts = { amount: a.amount, currency: a.currency };
  if (a.qualifier) parts.qualifier = a.qualifier;
  if (a.min !== undefined) parts.min = a.min;
  if (a.max !== undefined) parts.max = a.max;
  const value = moneyValue(parts);
  if (a.equivalentOf) value.equivalentOf = a.equivalentOf;
  const mention: Mention = { type: 'money', start: a.start, end: a.end, value, rule: `money.${lang}.${a.rule}` };
  if (a.latent) {
    mention.latent = true;
    mention.confidence = 0.5;
  }
  if (a.key) mention.key = a.key;
  return mention;
}
