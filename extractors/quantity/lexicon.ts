// What a language file of the quantity extractor supplies. The scanner (scan.ts) is language-neutral.
import type { Lang } from '../../pipeline/languages.js';
import type { Qualifier } from '../../pipeline/schema.js';
import type { Per, UnitTable, Variant } from './units.js';

export interface RangeForm {
  /** Words between the two numbers ("à", "to", "et"). */
  joins: string[];
  /** Words that may open the range before the first number ("de", "from", "entre"). */
  openers: string[];
  /** The join reads as a range only after an opener ("entre 2 et 3", never "2 et 3"). */
  openerRequired: boolean;
  /** The opener belongs to the span ("entre 2 et 3 GW", "de 300 à 400 MW"), as money does. */
  openerInSpan: boolean;
}

export interface QuantityLexicon {
  lang: Lang;
  /** Symbols read as units only in this language (French octets "Go", "To"), exact case. */
  symbols: UnitTable;
  /**
   * Unit words, any case. `(…)` marks an optional part ("mètre(s) carré(s)"); an unaccented spelling
   * is added automatically, and a space also matches a hyphen or a no-break space.
   */
  words: UnitTable;
  /** After a power unit: "MW crête", "megawatts electric" (symbols carry theirs: MWc, MWe). */
  variants: Record<string, Variant>;
  /**
   * Durations in words ("heures", "years"), read only after a cue that makes them a measured length
   * of time ("une autonomie de 8 heures", "a 30-year concession"): elsewhere "45 ans" is an age and
   * "pendant deux heures" the time of an event.
   */
  durationWords: UnitTable;
  /** Nouns before a duration that make it a quantity: "durée de", "autonomie de", "lifespan of". */
  durationCues: string[];
  /** Between a scale word and its unit: "millions de tonnes", "milliards d'octets". */
  afterScale: string[];
  /** Rate suffixes: a connector ("par", "per", "a") or "/" then a time word ("an", "year"). */
  perConnectors: string[];
  perWords: Record<string, Per>;
  /** Words before the amount, inside the span: "près de", "more than", "up to". */
  qualifiers: Record<Qualifier, string[]>;
  /** Qualifiers after the unit, inside the span: "300 MW ou plus", "5 km or so". */
  qualifiersAfter: Record<Qualifier, string[]>;
  ranges: RangeForm[];
  /** Words that make a temperature negative: "moins 5 degrés". */
  minus: string[];
  /** After a temperature: "5 degrés sous zéro". */
  belowZero: string[];
  /** Fractions after a unit: "deux litres et demi", "a mile and a quarter". */
  fractionsAfter: Record<string, number>;
  /** Articles that stand for one before a unit word ("a mile", "un litre"). */
  articles: string[];
  /**
   * Fractions before a unit word, no number needed: "half a litre", "un demi-litre", "quart de litre";
   * also a bare "thousand" ("thousand liters"), which the number grammar reads only after "a".
   */
  fractions: Record<string, number>;
  /** Words that leave the number after them vague: "a few hundred miles", "plusieurs milliers" have no amount. */
  vagueCounts: string[];
  /** Round counts before a unit word, read as approximate: "une dizaine de kilomètres", "a couple of miles". */
  approxCounts: Record<string, number>;
  /** Words before a year ("en 2020", "in 2020"): a capitalized name after the year is no unit ("Mt Everest"). */
  yearPrepositions: string[];
  /**
   * Inch and feet marks after a number (5'11", 10 ", "5 in."). French prints the same marks for
   * minutes and seconds ("à 41 \" du vainqueur", "2'43\""), so it reads none.
   */
  inchMarks: boolean;
  /** A lower-case "m" glued to a number can be a million ("3m people", "1.2m barrels"), as in British copy. */
  gluedMillion: boolean;
  /** Words before a quantity restated in another unit: "300 MW, soit 0,3 GW", "5 miles, or 8 km". */
  restatements: string[];
  /** Between feet and inches: "6 feet and 2 inches". */
  compoundJoins: string[];
  /** Word beginnings that make bare degrees an angle ("tourner à 45 degrés", "latitude 30°"). */
  angleCues: string[];
  /** Word beginnings that let a bare "C" or "F" after a number be a temperature ("highs of 30C"). */
  temperatureCues: string[];
}
