// The quantity scanner, language-neutral: every number the shared number grammar finds is tried
// with a unit right after it (symbol or word), then widened to a range, a qualifier, a sign and a
// rate. A bare number is never a quantity. All matching is sticky at known positions or on short
// bounded slices, so the work stays linear in the text length.
import type { Qualifier } from '../../pipeline/schema.js';
import { findNumbers, type NumberMatch } from '../number/scan.js';
import type { ExtractContext, Extractor, Mention } from '../types.js';
import type { QuantityLexicon, RangeForm } from './lexicon.js';
import { type QuantityParts, resolveQuantity } from './resolve.js';
import { type Per, readingOf, SYMBOLS, UNITS, type UnitReading, type UnitTable, type Variant } from './units.js';

const SPACE = '[ \\u00A0\\u202F]';
const HYPHEN = '[-‐‑]';
/** How far back qualifiers and range openers are looked for. */
const LOOKBACK = 40;

/** Lower case, no accents, one space for any run of spaces or hyphens, straight apostrophes. */
export function unitKey(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s\u00A0\u202F‐‑-]+/g, ' ')
    .replace(/’/g, "'");
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** "mètre(s) carré(s)" → every spelling, with and without the optional parts and the accents. */
export function expandForms(pattern: string): string[] {
  let forms = [''];
  for (const part of pattern.split(/(\([^)]*\))/)) {
    if (part.startsWith('(')) {
      const opt = part.slice(1, -1);
      forms = forms.flatMap((f) => [f, f + opt]);
    } else forms = forms.map((f) => f + part);
  }
  const unaccented = forms.map((f) => f.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC'));
  return [...new Set([...forms, ...unaccented])];
}

// A vowel or c matches its accented spellings too: "degrès", "metres", "kilometres" are all met in print.
const ACCENTED: Record<string, string> = {
  a: '[aàâä]',
  e: '[eéèêë]',
  i: '[iîï]',
  o: '[oôö]',
  u: '[uùûü]',
  c: '[cç]',
};

/**
 * A word as a regex source: any space or hyphen in it matches any space or hyphen, either apostrophe,
 * and any accent on its letters (lookups go through `unitKey`, which drops accents).
 */
const wordSource = (form: string): string =>
  escapeRe(form.normalize('NFD').replace(/\p{M}/gu, ''))
    .replace(/[aeiouc]/g, (ch) => ACCENTED[ch] ?? ch)
    .replace(/[ -]/g, `(?:${SPACE}|${HYPHEN})`)
    .replace(/'/g, "['’]");

/** One alternation, longest first, so that "MWc" is tried before "MW" and "km/h" before "km". */
const alternation = (sources: { text: string; source: string }[]): string =>
  [...sources]
    .sort((a, b) => b.text.length - a.text.length)
    .map((s) => s.source)
    .join('|');

interface CompiledLexicon {
  lexicon: QuantityLexicon;
  symbols: Map<string, UnitReading>;
  words: Map<string, UnitReading>;
  symbolRe: RegExp;
  wordRe: RegExp;
  afterScaleRe: RegExp;
  gapRe: RegExp;
  perRe: RegExp;
  perWords: Map<string, Per>;
  perUnitRe: RegExp;
  variantRe: RegExp;
  variantOf: Map<string, Variant>;
  qualifierRe: RegExp;
  qualifierOf: Map<string, Qualifier>;
  qualifierAfterRe: RegExp;
  qualifierAfterOf: Map<string, Qualifier>;
  ranges: { form: RangeForm; joinRe: RegExp; openerRe: RegExp }[];
  changeRe: RegExp;
  dashJoinRe: RegExp;
  compoundGapRe: RegExp;
  belowZeroRe: RegExp;
  halfAfterRe: RegExp;
  articleRe: RegExp;
  fractionOf: Map<string, number>;
  angleRe: RegExp;
  /** "in 2020 Mt Everest": a year, then a name that starts like a unit symbol. */
  yearBeforeName: (text: string, n: NumberMatch, unitEnd: number) => boolean;
  minusRe: RegExp;
  durationRe: RegExp;
  durations: Map<string, UnitReading>;
  durationCueRe: RegExp;
}

// Not a unit when followed by a letter or digit ("m212", "5Go2"), an apostrophe ("l'a") or a code
// suffix ("L-202").
const UNIT_END = `(?![\\p{L}\\p{N}'’²³])(?!${HYPHEN}\\p{N})`;

function compile(lexicon: QuantityLexicon): CompiledLexicon {
  const symbols = new Map<string, UnitReading>();
  const addSymbols = (table: UnitTable) => {
    for (const [text, entry] of Object.entries(table)) symbols.set(text, readingOf(entry));
  };
  addSymbols(SYMBOLS);
  addSymbols(lexicon.symbols);
  const words = new Map<string, UnitReading>();
  const wordSources = new Map<string, { text: string; source: string }>();
  for (const [pattern, entry] of Object.entries(lexicon.words)) {
    for (const form of expandForms(pattern)) {
      words.set(unitKey(form), readingOf(entry));
      const source = wordSource(form);
      wordSources.set(source, { text: form, source });
    }
  }
  const symbolSources = [...symbols.keys()].map((text) => ({ text, source: escapeRe(text) }));
  const list = (xs: string[]) => alternation(xs.map((text) => ({ text, source: wordSource(text) })));

  const perWords = new Map(Object.entries(lexicon.perWords).map(([w, p]) => [unitKey(w), p]));
  const qualifierOf = new Map<string, Qualifier>();
  const qualifierWords: string[] = [];
  for (const [q, ws] of Object.entries(lexicon.qualifiers) as [Qualifier, string[]][]) {
    for (const w of ws.flatMap(expandForms)) {
      qualifierOf.set(unitKey(w), q);
      qualifierWords.push(w);
    }
  }
  const durations = new Map<string, UnitReading>();
  const durationForms: string[] = [];
  for (const [pattern, entry] of Object.entries(lexicon.durationWords)) {
    for (const form of expandForms(pattern)) {
      durations.set(unitKey(form), readingOf(entry));
      durationForms.push(form);
    }
  }
  return {
    durations,
    durationRe: new RegExp(
      `(${SPACE}{1,2}|${HYPHEN})(${list(durationForms)})(?![\\p{L}\\p{N}])(?!${HYPHEN}old)`,
      'iuy',
    ),
    durationCueRe: new RegExp(
      `(?:^|[^\\p{L}])(?:${list(lexicon.durationCues)})${SPACE}{0,3}(?:(?:${list(Object.values(lexicon.qualifiers).flat())})${SPACE}{0,2})?$`,
      'iu',
    ),
    lexicon,
    symbols,
    words,
    symbolRe: new RegExp(`(?:${alternation(symbolSources)})${UNIT_END}`, 'uy'),
    wordRe: new RegExp(`(?:${alternation([...wordSources.values()])})${UNIT_END}`, 'iuy'),
    afterScaleRe: new RegExp(`${SPACE}{1,2}(?:${list(lexicon.afterScale)})${SPACE}{0,2}`, 'iuy'),
    gapRe: new RegExp(`${SPACE}{1,2}|${HYPHEN}`, 'uy'),
    perRe: new RegExp(
      `(?:${SPACE}?/${SPACE}?|${SPACE}{1,2}(?:${list(lexicon.perConnectors)})${SPACE}{1,2})(${list(Object.keys(lexicon.perWords))})(?![\\p{L}\\p{N}])`,
      'iuy',
    ),
    perWords,
    perUnitRe: new RegExp(`${SPACE}?/${SPACE}?|${SPACE}{1,2}(?:${list(lexicon.perConnectors)})${SPACE}{1,2}`, 'iuy'),
    variantRe: new RegExp(
      `(?:${SPACE}|${HYPHEN})(${list(Object.keys(lexicon.variants).flatMap(expandForms))})(?![\\p{L}\\p{N}])`,
      'iuy',
    ),
    variantOf: new Map(
      Object.entries(lexicon.variants).flatMap(([w, v]) => expandForms(w).map((f) => [unitKey(f), v] as const)),
    ),
    // Qualifier words may also be plain signs ("~", ">"), which need no word boundary before them.
    qualifierRe: new RegExp(`(?:^|[^\\p{L}\\p{N}])(${list(qualifierWords)})${SPACE}{0,2}$`, 'iu'),
    qualifierOf,
    qualifierAfterRe: new RegExp(
      `${SPACE}{1,2}(${list(Object.values(lexicon.qualifiersAfter).flat())})(?![\\p{L}\\p{N}])`,
      'iuy',
    ),
    qualifierAfterOf: new Map(
      (Object.entries(lexicon.qualifiersAfter) as [Qualifier, string[]][]).flatMap(([q, ws]) =>
        ws.map((w) => [unitKey(w), q] as const),
      ),
    ),
    ranges: lexicon.ranges.map((form) => ({
      form,
      joinRe: new RegExp(`^${SPACE}{1,3}(?:${list(form.joins)})${SPACE}{1,3}$`, 'iu'),
      openerRe: new RegExp(`(?:^|[^\\p{L}\\p{N}])(${list(form.openers)})${SPACE}{1,3}$`, 'iu'),
    })),
    belowZeroRe: new RegExp(`${SPACE}{1,2}(?:${list(lexicon.belowZero)})(?![\\p{L}\\p{N}])`, 'iuy'),
    halfAfterRe: new RegExp(`${SPACE}{1,2}(?:${list(lexicon.halfAfter)})(?![\\p{L}\\p{N}])`, 'iuy'),
    fractionOf: new Map(Object.entries(lexicon.fractions).map(([w, v]) => [unitKey(w), v])),
    articleRe: new RegExp(
      `(?<![\\p{L}\\p{N}])(?:(${list(Object.keys(lexicon.fractions))})|(?:${list(lexicon.articles)}))(?:${SPACE}{1,2}|${HYPHEN})`,
      'giu',
    ),
    compoundGapRe: new RegExp(`^,?${SPACE}{1,2}(?:(?:${list(lexicon.compoundJoins)})${SPACE}{1,2})?$`, 'iu'),
    yearBeforeName: yearBeforeNameTest(lexicon),
    angleRe: new RegExp(`(?:^|[^\\p{L}])(?:${list(lexicon.angleCues)})`, 'iu'),
    changeRe: new RegExp(`(?:^|[^\\p{L}])(?:${list(lexicon.changeWords.flatMap(expandForms))})${SPACE}{1,2}$`, 'iu'),
    dashJoinRe: new RegExp(`^${SPACE}{0,2}[-–—‐‑]${SPACE}{0,2}$`, 'u'),
    minusRe: new RegExp(`(?:^|[^\\p{L}\\p{N}−-])(${list(lexicon.minus)}|[-−])${SPACE}{1,2}$`, 'iu'),
  };
}

function yearBeforeNameTest(lexicon: QuantityLexicon) {
  const before = new RegExp(
    `(?:^|[^\\p{L}])(?:${lexicon.yearPrepositions.map((w) => wordSource(w)).join('|')})${SPACE}{1,2}$`,
    'iu',
  );
  return (text: string, n: NumberMatch, unitEnd: number): boolean =>
    /^\d{4}$/.test(text.slice(n.start, n.end)) &&
    n.value >= 1800 &&
    n.value <= 2100 &&
    /^\.?[ \u00A0\u202F]\p{Lu}/u.test(text.slice(unitEnd, unitEnd + 3)) &&
    before.test(text.slice(Math.max(0, n.start - 12), n.start));
}

interface UnitMatch {
  reading: UnitReading;
  end: number;
  symbol: boolean;
}

const OPEN_BRACKET = /[([{<]/uy;
const CLOSE_OF: Record<string, string> = { '(': ')', '[': ']', '{': '}', '<': '>' };

function stickyAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/** The unit written right after a number ending at `at`: "386 MW", "5-km", "20 (kg)", "1,5 million de gallons". */
function readUnit(c: CompiledLexicon, text: string, n: NumberMatch): UnitMatch | null {
  const starts: { at: number; spaced: boolean }[] = [];
  // French keeps "de" after a scale word and after a round number of millions ("4 000 000 de tonnes").
  if (n.scale !== 1 || (n.value >= 1e6 && n.value % 1e6 === 0)) {
    const joined = stickyAt(c.afterScaleRe, text, n.end);
    if (joined) starts.push({ at: n.end + joined[0].length, spaced: true });
  }
  const gap = stickyAt(c.gapRe, text, n.end);
  starts.push({ at: n.end + (gap?.[0].length ?? 0), spaced: gap !== null && !/^[-‐‑]$/.test(gap[0]) });
  if (gap) starts.push({ at: n.end, spaced: false });
  for (const { at, spaced } of starts) {
    const found = unitAt(c, text, at) ?? bracketedUnitAt(c, text, at);
    if (found && (spaced || !found.reading.spaced)) return found;
  }
  return null;
}

function unitAt(c: CompiledLexicon, text: string, at: number): UnitMatch | null {
  const sym = stickyAt(c.symbolRe, text, at);
  const word = stickyAt(c.wordRe, text, at);
  const symLen = sym?.[0].length ?? 0;
  const wordLen = word?.[0].length ?? 0;
  if (sym && symLen >= wordLen) {
    const reading = c.symbols.get(sym[0]);
    if (reading) return { reading, end: at + symLen, symbol: true };
  }
  if (word) {
    const reading = c.words.get(unitKey(word[0]));
    if (reading) return { reading, end: at + wordLen, symbol: false };
  }
  return null;
}

/** "20 (kg)", "20 [kg]": a symbol between brackets, as in tables and specifications. */
function bracketedUnitAt(c: CompiledLexicon, text: string, at: number): UnitMatch | null {
  const open = stickyAt(OPEN_BRACKET, text, at);
  if (!open) return null;
  const inner = unitAt(c, text, at + 1);
  if (!inner?.symbol || text[inner.end] !== CLOSE_OF[open[0]]) return null;
  return { ...inner, end: inner.end + 1 };
}

// "a 30-year concession", "a 10-day strike": a duration written as an adjective, after an article.
const ARTICLE_BEFORE = /(?:^|[^\p{L}])(?:an?|the|une?|la|le)[ \u00A0]+$/iu;

/** A duration in words where a cue makes it a quantity, or written as an adjective ("a 25-year lease"). */
function readDuration(c: CompiledLexicon, text: string, n: NumberMatch): UnitMatch | null {
  const m = stickyAt(c.durationRe, text, n.end);
  if (!m?.[2]) return null;
  const reading = c.durations.get(unitKey(m[2]));
  if (!reading) return null;
  const before = lookback(text, n.start);
  const adjectival = m[1] !== undefined && /^[-‐‑]$/.test(m[1]) && ARTICLE_BEFORE.test(before);
  if (!adjectival && !c.durationCueRe.test(before)) return null;
  return { reading, end: n.end + m[0].length, symbol: false };
}

// A word with a letter in it glued by a hyphen: "COVID-19", "A320-200", "scp2-173".
const CODE_BEFORE = /(?:^|[^\p{L}\p{N}])[\p{N}]{0,8}\p{L}[\p{L}\p{N}]{0,10}[-‐‑]$/u;

/** Numbers that are parts of codes, fractions or dates rather than amounts: "COVID-19", "scp-173", "3/4". */
function isCodeOrPart(text: string, n: NumberMatch): boolean {
  const before = text.slice(Math.max(0, n.start - 21), n.start);
  if (/[/:]$/.test(before) || CODE_BEFORE.test(before)) return true;
  return /^[/:]\d/.test(text.slice(n.digitsEnd, n.digitsEnd + 2));
}

const lookback = (text: string, at: number): string => text.slice(Math.max(0, at - LOOKBACK), at);

interface Candidate {
  start: number;
  end: number;
  parts: QuantityParts;
  rule: string;
}

function scan(c: CompiledLexicon, text: string): Candidate[] {
  // An article ("a mile", "un mètre") is too weak a number to make a quantity of.
  const numbers = findNumbers(text, c.lexicon.lang, { words: true, fractions: true }).filter((n) => !n.article);
  const out: Candidate[] = [];
  // The bare number just before the current one, which a range could start with.
  let prevBare: NumberMatch | null = null;
  for (const n of numbers) {
    if (isCodeOrPart(text, n)) {
      prevBare = null;
      continue;
    }
    const last = out[out.length - 1];
    if (last && (addToCompound(c, text, last, n) || addCentimetres(text, last, n))) continue;
    const unit = readAnyUnit(c, text, n);
    if (!unit) {
      prevBare = n;
      continue;
    }
    const found = quantityAt(c, text, n, unit, prevBare, last);
    prevBare = null;
    if (!found) continue;
    if (found.replacesLast) out.pop();
    out.push(found.candidate);
  }
  // Articles and fractions only where no number already made a quantity ("three and a half gallons").
  let k = 0;
  const articles = scanArticles(c, text).filter((a) => {
    while (k < out.length && out[k]!.end <= a.start) k++;
    const next = out[k];
    return !next || next.start >= a.end;
  });
  return out.concat(articles);
}

/** The unit after a number, in any of its writings; "10 below zero" implies degrees. */
function readAnyUnit(c: CompiledLexicon, text: string, n: NumberMatch): UnitMatch | null {
  const unit = readUnit(c, text, n) ?? readInchesOrFeet(c, text, n, false) ?? readDuration(c, text, n);
  if (unit) return unit.symbol && c.yearBeforeName(text, n, unit.end) ? null : unit;
  const belowZero = stickyAt(c.belowZeroRe, text, n.end);
  return belowZero ? { reading: { unit: '°' }, end: n.end, symbol: false } : null;
}

/** A number and its unit widened to a range, a sign and a qualifier before, and what follows the unit. */
function quantityAt(
  c: CompiledLexicon,
  text: string,
  n: NumberMatch,
  unit: UnitMatch,
  prevBare: NumberMatch | null,
  last: Candidate | undefined,
): { candidate: Candidate; replacesLast: boolean } | null {
  const info = UNITS[unit.reading.unit];
  if (!info || isOtherReading(c, text, n, unit)) return null;
  const parts: QuantityParts = { amount: n.value, reading: unit.reading };
  let start = n.start;
  let rule = unit.symbol ? 'number-symbol' : 'number-word';

  let range =
    rangeFrom(c, text, prevBare, n) ??
    (last && last.parts.to === undefined && last.parts.reading.unit === unit.reading.unit
      ? rangeFromQuantity(c, text, last, n)
      : null);
  // "rose from 2 to 3 percent": a change, and the bare "2" stays a bare number (never a quantity).
  if (range?.change) range = null;
  if (range) {
    parts.amount = range.first;
    parts.to = n.value;
    start = range.start;
    rule = 'range';
  } else if (info.dimension === 'temperature' && n.value >= 0 && !/[-−]/.test(text[n.start] ?? '')) {
    // "moins 5 degrés", "- 20 degrees"
    const minus = c.minusRe.exec(lookback(text, start));
    if (minus?.[1]) {
      parts.amount = -n.value;
      start -= minus[0].length - minus[0].indexOf(minus[1]);
    }
  }

  const qualifier = c.qualifierRe.exec(lookback(text, start));
  const q = qualifier?.[1] ? c.qualifierOf.get(unitKey(qualifier[1])) : undefined;
  if (qualifier?.[1] && q) {
    parts.qualifier = q;
    start -= qualifier[0].length - qualifier[0].indexOf(qualifier[1]);
  }

  const end = readAfterUnit(c, text, unit.end, parts);
  // "0,75 mg/kg", "1,74 gramme par litre", "30 miles a gallon": a ratio of two units, which is no
  // quantity of the first.
  const per = stickyAt(c.perUnitRe, text, end);
  if (per && unitAt(c, text, end + per[0].length)) return null;
  return { candidate: { start, end, parts, rule }, replacesLast: range?.replaces ?? false };
}

/** Degrees that number a list ("1°)") or measure an angle ("tourner à 45 degrés"), not a temperature. */
function isOtherReading(c: CompiledLexicon, text: string, n: NumberMatch, unit: UnitMatch): boolean {
  if (unit.reading.unit !== '°') return false;
  // "1°)", "2°." at the start of a line or after a colon or semicolon.
  const listItem =
    unit.end === n.end + 1 &&
    /^[.)][ \u00A0\n]/.test(text.slice(unit.end, unit.end + 2)) &&
    /(?:^|[\n:;.—–-])[ \u00A0]*$/.test(text.slice(Math.max(0, n.start - 4), n.start));
  return listItem || c.angleRe.test(lookback(text, n.start)) || c.angleRe.test(text.slice(unit.end, unit.end + 20));
}

/** What may follow a unit: "sous zéro", "et demi", a power variant ("crête"), a rate ("par an"). Returns the new end. */
function readAfterUnit(c: CompiledLexicon, text: string, unitEnd: number, parts: QuantityParts): number {
  let end = unitEnd;
  const dimension = UNITS[parts.reading.unit]?.dimension;
  const after = (re: RegExp): RegExpExecArray | null => {
    const m = stickyAt(re, text, end);
    if (m) end += m[0].length;
    return m;
  };
  if (dimension === 'temperature') {
    if (after(c.belowZeroRe)) parts.amount = -Math.abs(parts.amount);
  } else if (parts.to === undefined && Number.isInteger(parts.amount) && after(c.halfAfterRe)) {
    parts.amount += 0.5;
  }
  if (dimension === 'power' && !parts.reading.variant) {
    const written = stickyAt(c.variantRe, text, end);
    const variant = written?.[1] ? c.variantOf.get(unitKey(written[1])) : undefined;
    if (written && variant) {
      parts.reading = { ...parts.reading, variant };
      end += written[0].length;
    }
  }
  if (!parts.reading.per && dimension !== 'speed') {
    const per = stickyAt(c.perRe, text, end);
    const p = per?.[1] ? c.perWords.get(unitKey(per[1])) : undefined;
    if (per && p) {
      parts.per = p;
      end += per[0].length;
    }
  }
  if (!parts.qualifier && parts.to === undefined) {
    const written = stickyAt(c.qualifierAfterRe, text, end);
    const q = written?.[1] ? c.qualifierAfterOf.get(unitKey(written[1])) : undefined;
    if (written && q) {
      parts.qualifier = q;
      end += written[0].length;
    }
  }
  return end;
}

/** Units that "a" / "un" can stand before as the number one: not "a foot", "a ton of", "a second", "a bit". */
const ARTICLE_UNITS = new Set([
  'mm',
  'cm',
  'm',
  'km',
  'mi',
  'nmi',
  'm2',
  'km2',
  'ha',
  'acre',
  'ml',
  'cl',
  'l',
  'hl',
  'm3',
  'gal',
]);
ARTICLE_UNITS.add('kg').add('g').add('mg').add('°C').add('°F').add('K').add('km/h').add('mph').add('kn');
for (const u of ['kW', 'MW', 'GW', 'TW', 'kWh', 'MWh', 'GWh', 'TWh', 'kB', 'MB', 'GB', 'TB', 'PB'])
  ARTICLE_UNITS.add(u);

// A price per unit ("3 $ a gallon", "80 dollars a barrel") is no quantity of the unit.
const PRICE_BEFORE = /[\p{N}\p{Sc}][^\p{L}\p{N}]{0,2}(?:\p{L}{1,12}[^\p{L}\p{N}]{1,2})?$/u;

/** "a mile", "un litre", "half a litre", "un demi-litre": one (or a fraction) of a unit written as a word. */
function scanArticles(c: CompiledLexicon, text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(c.articleRe)) {
    const at = m.index + m[0].length;
    const unit = unitAt(c, text, at);
    if (!unit || unit.symbol || !ARTICLE_UNITS.has(unit.reading.unit)) continue;
    if (PRICE_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
    const amount = m[1] ? (c.fractionOf.get(unitKey(m[1])) ?? Number.NaN) : 1;
    const rule = m[1] ? 'fraction-word' : 'article-word';
    out.push({ start: m.index, end: unit.end, parts: { amount, reading: unit.reading }, rule });
  }
  return out;
}

// Marks glued to the number: 5'' 5" 5″ (inches), 7' 7′ (feet).
const INCH_FEET_MARK = /(''|’’|"|″|'|’|′)(?![\p{L}\p{N}'’"])/uy;
// "in" is too common a word to be a unit, except at the end of a phrase: "5 in.", "12 ft 2 in".
const IN_ABBREV = /[ \u00A0\u202F]in\.?(?=$|[ \u00A0\u202F]?[,;:!?)\]\n]|\.(?:$|\s))/uy;
const IN_AFTER_FEET = /[ \u00A0\u202F]in\.?(?![\p{L}\p{N}])/uy;

function readInchesOrFeet(c: CompiledLexicon, text: string, n: NumberMatch, afterFeet: boolean): UnitMatch | null {
  if (n.scale !== 1 || n.words) return null;
  const inches = { unit: 'in' };
  const abbrev = stickyAt(afterFeet ? IN_AFTER_FEET : IN_ABBREV, text, n.end);
  if (abbrev) return { reading: inches, end: n.end + abbrev[0].length, symbol: true };
  const mark = stickyAt(INCH_FEET_MARK, text, n.end);
  if (!mark?.[1]) return null;
  const quoteBefore = /['’‘"“]/.test(text[n.start - 1] ?? '');
  if (quoteBefore) return null;
  if (mark[1] === '"') {
    // A closing quotation mark, not inches, when a quotation is open before the number.
    const line = text.slice(Math.max(0, n.start - 80), n.start);
    if (((line.split('"').length - 1) & 1) === 1) return null;
  }
  const feet = mark[1] === "'" || mark[1] === '’' || mark[1] === '′';
  // A lone apostrophe is feet only as the first part of a compound or at the end of one ("2 yd 7'").
  if (
    feet &&
    !afterFeet &&
    !/^(?:$|[ \u00A0\u202F]?[,;.!?)]|[ \u00A0\u202F]?\d)/.test(text.slice(mark.index + 1, mark.index + 3))
  )
    return null;
  return { reading: feet ? { unit: 'ft' } : inches, end: n.end + mark[0].length, symbol: true };
}

// Two digits after "1 m", then no word: "il mesure 1 m 85", "1m85".
const CENTIMETRES_AFTER = /^(?:[ \u00A0\u202F]?\d{2})(?![\p{N}])(?![ \u00A0\u202F]?[\p{L}%°])/u;

/** "1 m 85": a height in metres and centimetres, the centimetres without their unit. */
function addCentimetres(text: string, last: Candidate, n: NumberMatch): boolean {
  const { parts } = last;
  if (parts.reading.unit !== 'm' || parts.to !== undefined || !Number.isInteger(parts.amount) || n.words) return false;
  if (n.start - last.end > 1 || !CENTIMETRES_AFTER.test(text.slice(last.end, n.end + 3))) return false;
  parts.amount = parts.amount * 100 + n.value;
  parts.reading = { unit: 'cm' };
  last.end = n.end;
  last.rule = 'compound';
  return true;
}

/** Only lengths and masses are written in parts: "7 feet 10 inches", "2 km et 300 m", "3 lb 4 oz". */
const COMPOSABLE = new Set(['length', 'mass']);

/**
 * "5 ft 2 in", "6 feet and 2 inches", "2 yards, 7 feet": a smaller unit of the same dimension right
 * after a quantity adds to it, and the whole is given in the smaller unit (an exact sum).
 */
function addToCompound(c: CompiledLexicon, text: string, last: Candidate, n: NumberMatch): boolean {
  const { parts } = last;
  if (parts.to !== undefined || parts.per || parts.reading.multiplier || n.scale !== 1) return false;
  const lastInfo = UNITS[parts.reading.unit];
  if (!lastInfo || !COMPOSABLE.has(lastInfo.dimension)) return false;
  if (n.start - last.end > 8 || !c.compoundGapRe.test(text.slice(last.end, n.start))) return false;
  const imperial = parts.reading.unit === 'ft' || parts.reading.unit === 'yd';
  const unit = readUnit(c, text, n) ?? readInchesOrFeet(c, text, n, imperial);
  const info = unit && !unit.reading.multiplier ? UNITS[unit.reading.unit] : undefined;
  if (!unit || !info || info.dimension !== lastInfo.dimension || info.factor >= lastInfo.factor) return false;
  parts.amount = parts.amount * (lastInfo.factor / info.factor) + n.value;
  parts.reading = unit.reading;
  last.end = unit.end;
  last.rule = 'compound';
  return true;
}

interface RangeStart {
  start: number;
  first: number;
  /** The range swallows the quantity emitted just before ("de 10 km à 20 km"). */
  replaces: boolean;
  /** Not a range but a change between two values ("rose from 2 to 3 percent"). */
  change?: boolean;
}

/** "de 300 à 400 MW", "entre 2 et 3 GW", "300-400 MW": the bare number before opens a range. */
function rangeFrom(c: CompiledLexicon, text: string, prev: NumberMatch | null, n: NumberMatch): RangeStart | null {
  if (!prev || n.start - prev.end > 12) return null;
  const start = rangeOpening(c, text, prev.start, text.slice(prev.end, n.start));
  if (start === null) return null;
  // "de 300 à 400 millions de tonnes": the scale word of the second number applies to the first.
  let first = prev.value;
  if (prev.scale === 1 && n.scale !== 1 && prev.value * n.scale <= n.value) first = prev.value * n.scale;
  if (start === 'change') return { start: prev.start, first, replaces: false, change: true };
  return { start, first, replaces: false };
}

/** "de 10 km à 20 km", "between 5 °C and 10 °C". */
function rangeFromQuantity(c: CompiledLexicon, text: string, last: Candidate, n: NumberMatch): RangeStart | null {
  if (last.parts.per || last.parts.qualifier || n.start - last.end > 12) return null;
  const start = rangeOpening(c, text, last.start, text.slice(last.end, n.start));
  return start === null || start === 'change' ? null : { start, first: last.parts.amount, replaces: true };
}

/**
 * Where a range whose first part starts at `firstStart` begins, null when `gap` joins no range, or
 * "change" when the two values are the ends of a change rather than of a range.
 */
function rangeOpening(c: CompiledLexicon, text: string, firstStart: number, gap: string): number | 'change' | null {
  if (c.dashJoinRe.test(gap)) return firstStart;
  for (const { form, joinRe, openerRe } of c.ranges) {
    if (!joinRe.test(gap)) continue;
    const opener = openerRe.exec(lookback(text, firstStart));
    if (!opener?.[1]) {
      if (form.openerRequired) continue;
      return firstStart;
    }
    const openerStart = firstStart - opener[0].length + opener[0].indexOf(opener[1]);
    // "passée de 300 MW à 400 MW", "rose from 2 to 3 percent": a change between two values, no range.
    if (!form.openerRequired && c.changeRe.test(lookback(text, openerStart))) return 'change';
    return form.openerInSpan ? openerStart : firstStart;
  }
  return null;
}

/** The extractor of one language, built from its lexicon; the regexes are compiled on first use. */
export function quantityExtractor(lexicon: QuantityLexicon): Extractor {
  let compiled: CompiledLexicon | null = null;
  return {
    name: `quantity.${lexicon.lang}`,
    lang: lexicon.lang,
    types: ['quantity'],
    extract(ctx: ExtractContext): Mention[] {
      compiled ??= compile(lexicon);
      const mentions: Mention[] = [];
      for (const cand of scan(compiled, ctx.text)) {
        const value = resolveQuantity(cand.parts);
        if (!value) continue;
        mentions.push({
          type: 'quantity',
          start: cand.start,
          end: cand.end,
          value,
          rule: `quantity.${lexicon.lang}.${cand.rule}`,
        });
      }
      return mentions;
    },
  };
}
