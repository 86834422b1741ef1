// Language-neutral currency tables: symbols, ISO codes, and which code a currency family ("dollar",
// "dirham", "franc"…) takes for a country. Language files map their words to families and countries.
import { advance } from '../shared/exec-all.js';
import { matchAllNear, triggerOf } from '../shared/trigger.js';

/** A family of currencies sharing a name: which country makes which code, and the default. */
export interface Family {
  /** The code when nothing says otherwise (null: the name alone does not tell). */
  default: string | null;
  /** Code by country (ISO 3166-1 alpha-2, or a region such as CFA). */
  byCountry: Record<string, string>;
  /** When the article's places may pick the country (a bare "dirham" in Dubai news is AED). */
  fromContext: boolean;
}

export const FAMILIES: Record<string, Family> = {
  dollar: {
    // Plain "dollar" is the US dollar, whatever the article's places.
    default: 'USD',
    fromContext: false,
    byCountry: {
      US: 'USD',
      CA: 'CAD',
      AU: 'AUD',
      NZ: 'NZD',
      HK: 'HKD',
      SG: 'SGD',
      TW: 'TWD',
      ZW: 'ZWL',
      JM: 'JMD',
      BS: 'BSD',
      BB: 'BBD',
      BZ: 'BZD',
      LR: 'LRD',
      NA: 'NAD',
      TT: 'TTD',
      FJ: 'FJD',
      GY: 'GYD',
      BN: 'BND',
    },
  },
  euro: { default: 'EUR', fromContext: false, byCountry: {} },
  pound: {
    default: 'GBP',
    fromContext: true,
    byCountry: { GB: 'GBP', EG: 'EGP', LB: 'LBP', SY: 'SYP', SD: 'SDG', SS: 'SSP', TR: 'TRY' },
  },
  franc: {
    // The Swiss franc is the franc still quoted most in international news.
    default: 'CHF',
    fromContext: true,
    byCountry: {
      CH: 'CHF',
      FR: 'FRF',
      BE: 'BEF',
      LU: 'LUF',
      CFA: 'XOF',
      XOF: 'XOF',
      XAF: 'XAF',
      GN: 'GNF',
      CD: 'CDF',
      RW: 'RWF',
      BI: 'BIF',
      DJ: 'DJF',
      KM: 'KMF',
      PF: 'XPF',
    },
  },
  dirham: { default: 'MAD', fromContext: true, byCountry: { MA: 'MAD', AE: 'AED' } },
  dinar: {
    default: null,
    fromContext: true,
    byCountry: {
      DZ: 'DZD',
      TN: 'TND',
      KW: 'KWD',
      BH: 'BHD',
      IQ: 'IQD',
      JO: 'JOD',
      LY: 'LYD',
      RS: 'RSD',
      MK: 'MKD',
    },
  },
  riyal: {
    default: 'SAR',
    fromContext: true,
    byCountry: { SA: 'SAR', QA: 'QAR', OM: 'OMR', IR: 'IRR', YE: 'YER' },
  },
  peso: {
    default: null,
    fromContext: true,
    byCountry: {
      MX: 'MXN',
      AR: 'ARS',
      CL: 'CLP',
      CO: 'COP',
      CU: 'CUP',
      DO: 'DOP',
      PH: 'PHP',
      UY: 'UYU',
    },
  },
  rupee: {
    default: 'INR',
    fromContext: true,
    byCountry: { IN: 'INR', PK: 'PKR', LK: 'LKR', NP: 'NPR', MU: 'MUR', SC: 'SCR' },
  },
  krone: {
    default: null,
    fromContext: true,
    byCountry: { SE: 'SEK', DK: 'DKK', NO: 'NOK', CZ: 'CZK', IS: 'ISK' },
  },
  mark: { default: 'DEM', fromContext: false, byCountry: { DE: 'DEM', FI: 'FIM' } },
  lira: { default: 'TRY', fromContext: false, byCountry: { TR: 'TRY', IT: 'ITL' } },
  shilling: {
    default: null,
    fromContext: true,
    byCountry: { KE: 'KES', UG: 'UGX', TZ: 'TZS', SO: 'SOS', AT: 'ATS' },
  },
  won: { default: 'KRW', fromContext: false, byCountry: { KR: 'KRW', KP: 'KPW' } },
  ruble: { default: 'RUB', fromContext: false, byCountry: { RU: 'RUB', BY: 'BYN' } },
};

/** Currencies with a single code, by the family-like key the language files use. */
export const SINGLE: Record<string, string> = {
  yen: 'JPY',
  yuan: 'CNY',
  real: 'BRL',
  rand: 'ZAR',
  guilder: 'NLG',
  peseta: 'ESP',
  escudo: 'PTE',
  drachma: 'GRD',
  shekel: 'ILS',
  naira: 'NGN',
  cedi: 'GHS',
  zloty: 'PLN',
  forint: 'HUF',
  ringgit: 'MYR',
  baht: 'THB',
  dong: 'VND',
  rupiah: 'IDR',
  hryvnia: 'UAH',
  lari: 'GEL',
  kip: 'LAK',
  colon: 'CRC',
  bitcoin: 'BTC',
  kwanza: 'AOA',
  ouguiya: 'MRU',
  birr: 'ETB',
  leu: 'RON',
  lev: 'BGN',
  markka: 'FIM',
};

/** Symbols written before or after the amount. */
export const SYMBOLS: Record<string, string> = {
  $: 'USD',
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'JPY',
  元: 'CNY',
  '₹': 'INR',
  '₽': 'RUB',
  '₩': 'KRW',
  '₺': 'TRY',
  '₪': 'ILS',
  '₦': 'NGN',
  '₱': 'PHP',
  '₫': 'VND',
  '₴': 'UAH',
  '₡': 'CRC',
  '₾': 'GEL',
  '₭': 'LAK',
  '₿': 'BTC',
  ரூ: 'LKR',
};

/** Symbols of hundredths, written after the amount ("10¢"). */
export const SUB_SYMBOLS: Record<string, string> = { '¢': 'USD' };

/** Letters that qualify a dollar sign ("US$", "C$", "HK$", "$ CA"), lower-case, matched case-insensitively. */
export const DOLLAR_MARKS: Record<string, string> = {
  us: 'USD',
  'u.s.': 'USD',
  'u.s': 'USD',
  usd: 'USD',
  c: 'CAD',
  ca: 'CAD',
  can: 'CAD',
  cad: 'CAD',
  au: 'AUD',
  aud: 'AUD',
  nz: 'NZD',
  nzd: 'NZD',
  hk: 'HKD',
  hkd: 'HKD',
  sg: 'SGD',
  sgd: 'SGD',
  mex: 'MXN',
  mx: 'MXN',
  mxn: 'MXN',
  nt: 'TWD',
  twd: 'TWD',
};
/** Single capital letters that qualify a dollar sign only when written exactly so, glued ("A$", "R$"). */
export const DOLLAR_CAPITALS: Record<string, string> = { A: 'AUD', S: 'SGD', R: 'BRL', Z: 'ZWL' };

/**
 * ISO 4217 codes read as currencies when written in capitals. Left out: codes that are also words or
 * common tags beside numbers in news ("ALL", "COP 28", "PHP 8", "ESP 2-1 FRA", "DEM", "PEN").
 */
export const ISO_CODES = new Set(
  (
    'USD EUR GBP JPY CNY CHF CAD AUD NZD HKD SGD TWD MAD AED SAR QAR OMR KWD BHD JOD IQD DZD TND LYD EGP ' +
    'LBP SYP INR PKR LKR NPR MUR IDR MYR THB VND KRW RUB UAH PLN HUF CZK SEK NOK DKK ISK RON BGN TRY ' +
    'ILS ZAR NGN GHS KES UGX TZS ETB XOF XAF XPF MXN ARS CLP BRL UYU DOP CRC GEL LAK BTC XBT RMB ' +
    'MRU AOA FRF FIM NLG ITL BEF PTE GRD IEP LUF'
  ).split(' '),
);
/** Codes also read in lower case ("usd 200"): only the common ones, which are no words. */
export const LOWERCASE_CODES = new Set('usd eur gbp jpy cny chf cad aud nzd hkd sgd inr aed rmb btc'.split(' '));
/** Non-ISO spellings of codes. */
export const CODE_ALIASES: Record<string, string> = { RMB: 'CNY', XBT: 'BTC' };

/**
 * Places that tell which country's currency a bare family name means, in French and English
 * spellings. Counted once per passage; the country named most wins over the family's default only
 * when it is named more than the default's own country.
 */
export const COUNTRY_CUES: Record<string, RegExp> = {
  AE: /(?<!\p{L})(?:Duba[iï]|Ab[ou]u? ?Dhabi|[ÉE]mirats|Emirates|[ée]mirati|UAE|EAU|Sharjah|Charjah|Ajman)/gu,
  MA: /(?<!\p{L})(?:Maroc|Morocc|marocain|Moroccan|Rabat|Casablanca|Tanger|Tangier|Marrakech|Agadir|Bank Al-Maghrib|Tétouan|Oujda|Kénitra)/gu,
  DZ: /(?<!\p{L})(?:Alg[ée]ri|Alger(?!\p{L})|Algiers|Oran(?!\p{L})|Sonatrach)/gu,
  TN: /(?<!\p{L})(?:Tunisi|Tunis(?!\p{L})|Sfax)/gu,
  KW: /(?<!\p{L})(?:Kowe[iï]t|Kuwait)/gu,
  BH: /(?<!\p{L})(?:Bahre[iï]n|Bahrain|Manama)/gu,
  JO: /(?<!\p{L})(?:Jordan|Jordani|Amman)/gu,
  IQ: /(?<!\p{L})(?:Irak|Iraq|Bagdad|Baghdad)/gu,
  LY: /(?<!\p{L})(?:Libye|Libya|Tripoli)/gu,
  RS: /(?<!\p{L})(?:Serbi|Belgrade)/gu,
  SA: /(?<!\p{L})(?:Arabie saoudite|Saudi|saoudien|Riyad|Riyadh|Djeddah|Jeddah)/gu,
  QA: /(?<!\p{L})(?:Qatar|Doha)/gu,
  OM: /(?<!\p{L})(?:Oman|Mascate|Muscat)/gu,
  IR: /(?<!\p{L})(?:Iran|Téhéran|Tehran)/gu,
  YE: /(?<!\p{L})(?:Y[ée]men|Sanaa)/gu,
  EG: /(?<!\p{L})(?:[ÉE]gypt|Le Caire|Cairo)/gu,
  LB: /(?<!\p{L})(?:Liban|Leban|Beyrouth|Beirut)/gu,
  SY: /(?<!\p{L})(?:Syri|Damas(?!\p{L})|Damascus)/gu,
  SD: /(?<!\p{L})(?:Soudan|Sudan|Khartoum)/gu,
  GB: /(?<!\p{L})(?:Royaume-Uni|United Kingdom|Britain|britannique|British|Londres|London|Angleterre|England)/gu,
  CH: /(?<!\p{L})(?:Suisse|Switzerland|Swiss|Zurich|Genève|Geneva|Berne|Lausanne|Bâle|Basel)/gu,
  CFA: /(?<!\p{L})(?:CFA|Sénégal|Senegal|Dakar|Côte d['’]Ivoire|Ivory Coast|Abidjan|Mali(?!\p{L})|Bamako|Burkina|Niger(?!\p{L})|Niamey|Togo|Lomé|Bénin|Benin|Cotonou|UEMOA|BCEAO)/gu,
  XAF: /(?<!\p{L})(?:Cameroun|Cameroon|Gabon|Libreville|Tchad|Chad|Centrafrique|Congo-Brazzaville|Brazzaville|Yaoundé|Douala|CEMAC|BEAC)/gu,
  FR: /(?<!\p{L})(?:France|Paris)(?!\p{L})/gu,
  MX: /(?<!\p{L})(?:Mexi[cq])/gu,
  AR: /(?<!\p{L})(?:Argentin|Buenos Aires)/gu,
  CL: /(?<!\p{L})(?:Chili(?!\p{L})|Chile|Santiago)/gu,
  CO: /(?<!\p{L})(?:Colombi|Bogot)/gu,
  PH: /(?<!\p{L})(?:Philippin|Manille|Manila)/gu,
  IN: /(?<!\p{L})(?:Inde(?!\p{L})|India|New Delhi|Mumbai|Bombay)/gu,
  PK: /(?<!\p{L})(?:Pakistan|Karachi|Islamabad|Lahore)/gu,
  LK: /(?<!\p{L})(?:Sri Lanka|Colombo)/gu,
  NP: /(?<!\p{L})(?:N[ée]pal|Katmandou|Kathmandu)/gu,
  MU: /(?<!\p{L})(?:Maurice(?!\p{L})|Mauritius|Port-Louis)/gu,
  SE: /(?<!\p{L})(?:Su[èe]de|Sweden|Swedish|suédois|Stockholm)/gu,
  DK: /(?<!\p{L})(?:Danemark|Denmark|Danish|danois|Copenhag)/gu,
  NO: /(?<!\p{L})(?:Norv[èe]ge|Norway|Norwegian|norvégien|Oslo)/gu,
  CZ: /(?<!\p{L})(?:Tchéqui|Czech|Prague)/gu,
  KE: /(?<!\p{L})(?:Kenya|Nairobi)/gu,
  UG: /(?<!\p{L})(?:Ouganda|Uganda|Kampala)/gu,
  TZ: /(?<!\p{L})(?:Tanzani|Dar es Salaam)/gu,
};

export type ContextCounts = Record<string, number>;

/** How often each country of COUNTRY_CUES is named in the text. */
export function countCues(text: string): ContextCounts {
  const counts: ContextCounts = {};
  const named = namedCountries(text);
  for (const [country, re] of Object.entries(COUNTRY_CUES)) {
    if (!named.has(country)) continue;
    // Only near the cue's own words.
    const n = matchAllNear(re, text).length;
    if (n) counts[country] = n;
  }
  return counts;
}

interface CueWords {
  /** Every country's words (its cue's trigger literals), longest first. */
  any: RegExp;
  /** Per word, the countries with a word it starts with (itself included). */
  countriesOf: Map<string, string[]>;
  /** Countries without plain words: always counted. */
  always: string[];
}
let cueWords: CueWords | undefined;

function cueWordsOf(): CueWords {
  if (cueWords) return cueWords;
  const words: [string, string][] = [];
  const always: string[] = [];
  for (const [country, re] of Object.entries(COUNTRY_CUES)) {
    const trigger = triggerOf(re);
    const literals = trigger?.source.split('|') ?? [];
    if (trigger?.flags !== 'u' || literals.some((w) => !PLAIN.test(w))) always.push(country);
    else for (const w of literals) words.push([w, country]);
  }
  const countriesOf = new Map<string, string[]>();
  for (const [w] of words)
    countriesOf.set(w, [...new Set(words.filter(([prefix]) => w.startsWith(prefix)).map(([, c]) => c))]);
  const alternatives = [...countriesOf.keys()].sort((a, b) => b.length - a.length);
  cueWords = { any: new RegExp(alternatives.join('|'), 'gu'), countriesOf, always };
  return cueWords;
}
/** A word a regex source spells as is. */
const PLAIN = /^[^\\()[\]{}|.*+?^$]+$/u;

/**
 * The countries some word of whose cue is in the text: one scan for all of them instead of one per
 * country. The longest word found at a position names, with it, every country owning a word it
 * starts with (all those found there), and the scan goes on one position later, so no word hides an
 * overlapping one.
 */
function namedCountries(text: string): Set<string> {
  const { any, countriesOf, always } = cueWordsOf();
  const named = new Set(always);
  any.lastIndex = 0;
  for (let m = any.exec(text); m; m = any.exec(text)) {
    for (const c of countriesOf.get(m[0]) ?? []) named.add(c);
    any.lastIndex = advance(text, m.index, true);
  }
  any.lastIndex = 0;
  return named;
}

/** The country whose currency a family means by default ("pound" → GB), if any. */
export function homeCountry(family: string): string | undefined {
  const f = FAMILIES[family];
  return f ? Object.entries(f.byCountry).find(([, code]) => code === f.default)?.[0] : undefined;
}

/** The code of a family for a country read beside it, or from the article's places, or the default. */
export function familyCode(family: string, country: string | undefined, context: () => ContextCounts): string | null {
  const single = SINGLE[family];
  if (single) return single;
  const f = FAMILIES[family];
  if (!f) return null;
  if (country) return f.byCountry[country] ?? f.default;
  if (!f.fromContext) return f.default;
  const counts = context();
  const home = Object.entries(f.byCountry).find(([, code]) => code === f.default)?.[0];
  let best = f.default;
  let bestCount = home ? (counts[home] ?? 0) : 0;
  for (const [c, code] of Object.entries(f.byCountry)) {
    const n = counts[c] ?? 0;
    if (n > bestCount) {
      best = code;
      bestCount = n;
    }
  }
  return best;
}
