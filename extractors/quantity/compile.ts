// A language's quantity lexicon compiled once into the regexes and lookup tables the scanner uses.
// Unit words match whatever their accents, hyphens and case; symbols match exactly.
import type { Qualifier } from '../../pipeline/schema.js';
import { type NumberMatch, numberLexicon } from '../number/scan.js';
import { escapeRegExp, expandForms } from '../shared/forms.js';
import { unfolded } from '../shared/one-byte.js';
import type { QuantityLexicon, RangeForm } from './lexicon.js';
import { type Per, readingOf, SYMBOLS, type UnitReading, type UnitTable, type Variant } from './units.js';

export const SPACE = '[ \\u00A0\\u202F]';
export const HYPHEN = '[-‐‑\\u0081\\u0082]';
/** How far back qualifiers and range openers are looked for. */
const LOOKBACK = 40;

// (A regex literal with \p{…} stays out of functions: the TypeScript loader builds it again on every call.)
const MARKS = /\p{M}/gu;

/** Lower case, no accents, one space for any run of spaces or hyphens, straight apostrophes (and a copy's `þ` read as the `œ` it stands for). */
export function unitKey(s: string): string {
  return unfolded(s)
    .normalize('NFD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(/[\s\u00A0\u202F‐‑-]+/g, ' ')
    .replace(/’/g, "'");
}

// A vowel or c matches its accented spellings too: "degrès", "metres", "kilometres" are all met in print.
const ACCENTED: Record<string, string> = {
  a: '[aàâä]',
  e: '[eéèêë]',
  i: '[iîï]',
  o: '[oôö]',
  u: '[uùûü]',
  c: '[cç]',
  // The letter-folded copy (../shared/one-byte.ts) writes œ as þ.
  œ: '[œþ]',
};

/**
 * A word as a regex source: any space or hyphen in it matches any space or hyphen, either apostrophe,
 * and any accent on its letters (lookups go through `unitKey`, which drops accents).
 */
export const wordSource = (form: string): string =>
  escapeRegExp(form.normalize('NFD').replace(/\p{M}/gu, ''))
    .replace(/[aeioucœ]/g, (ch) => ACCENTED[ch] ?? ch)
    .replace(/[ -]/g, `(?:${SPACE}|${HYPHEN})`)
    .replace(/'/g, "['’]");

/** One alternation, longest first, so that "MWc" is tried before "MW" and "km/h" before "km". */
const alternation = (sources: { text: string; source: string }[]): string =>
  [...sources]
    .sort((a, b) => b.text.length - a.text.length)
    .map((s) => s.source)
    .join('|');

export interface CompiledLexicon {
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
  fractionAfterRe: RegExp;
  fractionAfterOf: Map<string, number>;
  articleRe: RegExp;
  fractionOf: Map<string, number>;
  approxCountOf: Map<string, number>;
  vagueBeforeRe: RegExp;
  restatementGapRe: RegExp;
  angleRe: RegExp;
  temperatureCueRe: RegExp;
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

export function compile(lexicon: QuantityLexicon): CompiledLexicon {
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
  const symbolSources = [...symbols.keys()].map((text) => ({ text, source: escapeRegExp(text) }));
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
    // A word may be followed by a hyphen and a number: "a 6-foot-5 center".
    wordRe: new RegExp(`(?:${alternation([...wordSources.values()])})(?![\\p{L}\\p{N}'’²³])`, 'iuy'),
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
    fractionAfterRe: new RegExp(`${SPACE}{1,2}(${list(Object.keys(lexicon.fractionsAfter))})(?![\\p{L}\\p{N}])`, 'iuy'),
    fractionAfterOf: new Map(Object.entries(lexicon.fractionsAfter).map(([w, v]) => [unitKey(w), v])),
    fractionOf: new Map(Object.entries(lexicon.fractions).map(([w, v]) => [unitKey(w), v])),
    // Between a quantity and its restatement: an opening bracket, or ", soit" / ", or".
    restatementGapRe: new RegExp(
      `^(?:${SPACE}?[([]${SPACE}?|,?${SPACE}{1,2}(?:${list(lexicon.restatements)})${SPACE}{1,2})$`,
      'iu',
    ),
    vagueBeforeRe: new RegExp(`(?:^|[^\\p{L}])(?:${list(lexicon.vagueCounts)})${SPACE}{1,2}$`, 'iu'),
    approxCountOf: new Map(Object.entries(lexicon.approxCounts).map(([w, v]) => [unitKey(w), v])),
    // An elided "d'" is glued to the unit word ("quart d'heure", "une dizaine d'hectares").
    articleRe: new RegExp(
      `(?<![\\p{L}\\p{N}])(?:(${list(Object.keys(lexicon.fractions))})|(${list(Object.keys(lexicon.approxCounts))})|(?:${list(lexicon.articles)}))(?:${SPACE}{1,2}|${HYPHEN}|(?<=['’]))`,
      'giu',
    ),
    compoundGapRe: new RegExp(`^,?${SPACE}{1,2}(?:(?:${list(lexicon.compoundJoins)})${SPACE}{1,2})?$`, 'iu'),
    yearBeforeName: yearBeforeNameTest(lexicon),
    angleRe: new RegExp(`(?:^|[^\\p{L}])(?:${list(lexicon.angleCues)})`, 'iu'),
    temperatureCueRe: new RegExp(`(?:^|[^\\p{L}])(?:${list(lexicon.temperatureCues)})`, 'iu'),
    changeRe: new RegExp(
      `(?:^|[^\\p{L}])(?:${list(numberLexicon(lexicon.lang).changeWords.flatMap(expandForms))})${SPACE}{1,2}$`,
      'iu',
    ),
    dashJoinRe: new RegExp(`^${SPACE}{0,2}[-–—‐‑\\u0096\\u0097\\u0081\\u0082]${SPACE}{0,2}$`, 'u'),
    minusRe: new RegExp(`(?:^|[^\\p{L}\\p{N}−\\u0083-])(${list(lexicon.minus)}|[-−\\u0083])${SPACE}{1,2}$`, 'iu'),
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

export function stickyAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/** The few characters before `at` where qualifiers, openers and cues are looked for. */
export const lookback = (text: string, at: number): string => text.slice(Math.max(0, at - LOOKBACK), at);
