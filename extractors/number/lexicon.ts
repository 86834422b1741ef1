// What a language file of the number grammar supplies. The scanners (scan.ts, words.ts) are
// language-neutral: every word they know comes from here.
export interface NumberLexicon {
  /** Decimal mark of the language: `,` in French, `.` in English (the other is then a group mark). */
  decimal: ',' | '.';
  /** Scale words and abbreviations after a number ("millions", "Md", "bn"), lower-cased keys unless case matters. */
  scales: Record<string, number>;
  /** Scale abbreviations whose case matters ("M" is a million, "m" is not always), exact keys. */
  scaleSymbols: Record<string, number>;
  /** Numbers in words; absent means the language reads digits only. */
  words?: NumberWords;
  /**
   * Words of change before "de X à Y" / "from X to Y": there the two values are a change, not a
   * range ("passé de 10 à 20 millions", "rose from 2 to 3 percent"). Optional parts in parentheses.
   */
  changeWords: string[];
}

export interface NumberWords {
  /** Atomic number words below one hundred, lower-case ("zéro", "dix", "soixante", "twenty"). */
  units: Record<string, number>;
  /** Two words that make one value together ("quatre vingt" = 80), keyed "first second". */
  pairs: Record<string, number>;
  /** Words that multiply by one hundred ("cent", "hundred"). */
  hundreds: string[];
  /** The largest count a hundred word may multiply: French says "deux cents", not "quarante cents". */
  maxHundredMultiplier: number;
  /** Scale and hundred words that stand alone as a number at the start ("mille" is 1000, "cent" 100;
   * "thousand" and "hundred" need "a"). */
  bareScales: string[];
  /** The word joining "vingt et un" / "one hundred and five". */
  and: string;
  /** Tens after which `and` may join a unit ("vingt et un", "soixante et onze"); empty: after hundreds and scales only. */
  andAfterTens: boolean;
  /** Articles that count as one before a scale or hundred ("un million", "a hundred"). */
  articles: string[];
  /** Articles that read as the number one even alone ("un", "une", "a"): then marked `article`, for the caller to weigh. */
  articleAlone: string[];
  /** "demi" / "half": with `and` after a number ("deux millions et demi", "one and a half"). */
  half: string[];
  /** Fractions before a scale ("half a million", "a quarter million", "three quarters of a billion"). */
  fractionsBefore: Record<string, number>;
  /** Words allowed between such a fraction and its scale besides the article ("of"). */
  fractionLinks: string[];
  /** Decimal point word ("virgule", "point"): "two point five". */
  point: string;
}
