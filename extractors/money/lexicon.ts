// What a language file of the money grammar supplies. The scanner (scan.ts) is language-neutral.
import type { Lang } from '../../pipeline/languages.js';

/** A currency noun as written in the language, a regex source matched case-insensitively. */
export interface CurrencyName {
  pattern: string;
  /** A family of FAMILIES / SINGLE in currencies.ts ("dollar", "yen"), resolved with country and context… */
  family?: string;
  /** …or a fixed ISO code. */
  code?: string;
  /** A hundredth of the main unit (cents, centimes, pence). */
  sub?: boolean;
  /** A word with other meanings ("livres" are also books): no money unless a scale or country backs it. */
  weak?: boolean;
  /** A word that is money more often than not ("ten pounds"): a latent reading unless a scale or country backs it. */
  latent?: boolean;
}

export interface MoneyLexicon {
  lang: Lang;
  /** Currency nouns, the more specific first ("centimes d'euro" before "centimes"). */
  names: CurrencyName[];
  /** Country adjectives and complements (regex source → ISO 3166 code or region): "canadiens?", "Canadian". */
  countries: [string, string][];
  /** English puts the country before the noun ("Canadian dollars"), French after ("dollars canadiens"). */
  countryBefore: boolean;
  /** What may stand between a scale word and the currency ("millions de dollars"), a regex source. */
  of: string;
  /** Qualifier phrases just before the amount, regex sources. */
  qualifiers: { approx: string[]; over: string[]; under: string[] };
  /** Words that make the amount negative ("minus", "moins" without "de"). */
  negative: string[];
  /** Qualifier phrases just after the amount ("environ", "or more"). */
  qualifiersAfter: { approx: string[]; over: string[]; under: string[] };
  /** Range openers and joiners: "entre … et", "de … à", "between … and", "from … to". */
  between: { open: string; join: string };
  from: { open: string; join: string };
  /** Words after which a bare scaled number restates the currency of the amount just before it
   * ("3,2 milliards d'euros, contre 2,9 milliards"). */
  elliptic: string[];
  /** Joins a main unit and its hundredths ("15 dollars et 15", "thirteen dollars and forty-five cents"). */
  subunitJoin: string;
  /** Small words that may follow bare hundredths ("15 dollars 50 each"), where a noun would mean a count. */
  afterHundredths: string[];
  /** What may introduce a restated amount after the first ("(soit …", "(about …"). */
  equivalence: string[];
  /** The main unit of a bare "cents". */
  centsOf: string;
}
