// French quantities: unit words, rate suffixes, qualifiers and range forms. The rules are in scan.ts.
import type { QuantityLexicon } from './lexicon.js';
import { quantityExtractor } from './scan.js';
import type { UnitTable } from './units.js';

const PREFIXES: [word: string, symbol: string][] = [
  ['', ''],
  ['kilo', 'k'],
  ['méga', 'M'],
  ['giga', 'G'],
  ['téra', 'T'],
];

const words: UnitTable = {};
for (const [w, s] of PREFIXES) {
  words[`${w}watt(s)`] = `${s}W`;
  words[`${w}watt(s)(-)heure(s)`] = `${s}Wh`;
  words[`${w}wattheure(s)`] = `${s}Wh`;
  if (s) {
    for (const [name, sym] of [
      [`${w}watt(s)`, `${s}W`],
      [`${s}W`, `${s}W`],
    ]) {
      words[`${name} crête`] = { unit: sym!, variant: 'peak' };
      words[`${name} électrique(s)`] = { unit: sym!, variant: 'electric' };
      words[`${name} thermique(s)`] = { unit: sym!, variant: 'thermal' };
    }
  }
}

Object.assign(words, {
  'joule(s)': 'J',
  'kilojoule(s)': 'kJ',
  'mégajoule(s)': 'MJ',
  'gigajoule(s)': 'GJ',
  'térajoule(s)': 'TJ',

  'millimètre(s)': 'mm',
  'centimètre(s)': 'cm',
  'mètre(s)': 'm',
  'kilomètre(s)': 'km',
  'pouce(s)': 'in',
  'pied(s)': 'ft',
  'yard(s)': 'yd',
  'mile(s)': 'mi',
  // "mille" alone is the number word; only its plural reads as miles.
  milles: 'mi',
  'mille(s) marin(s)': 'nmi',
  'mille(s) nautique(s)': 'nmi',

  'mètre(s) carré(s)': 'm2',
  'kilomètre(s) carré(s)': 'km2',
  'hectare(s)': 'ha',
  'acre(s)': 'acre',
  'pied(s) carré(s)': 'ft2',
  'mile(s) carré(s)': 'mi2',

  'millilitre(s)': 'ml',
  'centilitre(s)': 'cl',
  'décilitre(s)': 'dl',
  'litre(s)': 'l',
  'hectolitre(s)': 'hl',
  'mètre(s) cube(s)': 'm3',
  'pied(s) cube(s)': 'ft3',
  'gallon(s)': 'gal',
  'baril(s)': 'bbl',

  'microgramme(s)': 'µg',
  'milligramme(s)': 'mg',
  'gramme(s)': 'g',
  'kilogramme(s)': 'kg',
  'kilo(s)': 'kg',
  'tonne(s)': 't',
  'tonne(s) métrique(s)': 't',
  'kilotonne(s)': { unit: 't', multiplier: 1e3 },
  'mégatonne(s)': { unit: 't', multiplier: 1e6 },
  'gigatonne(s)': { unit: 't', multiplier: 1e9 },
  'livre(s)': 'lb',
  'once(s)': 'oz',

  'degré(s) celsius': '°C',
  'degré(s) centigrade(s)': '°C',
  'degré(s) c': '°C',
  'deg(.) c': '°C',
  'deg(.) celsius': '°C',
  'deg(.) centigrade': '°C',
  celsius: '°C',
  celcius: '°C',
  'centigrade(s)': '°C',
  'degré(s) fahrenheit': '°F',
  'degré(s) farenheit': '°F',
  'degré(s) f': '°F',
  'deg(.) f': '°F',
  'deg(.) fahrenheit': '°F',
  fahrenheit: '°F',
  farenheit: '°F',
  'kelvin(s)': 'K',
  'degré(s) kelvin': 'K',
  'degré(s)': '°',
  'deg(.)': '°',

  'kilomètre(s) par heure': 'km/h',
  "kilomètre(s) à l'heure": 'km/h',
  'kilomètre(s)-heure': 'km/h',
  "km à l'heure": 'km/h',
  'km par heure': 'km/h',
  'mètre(s) par seconde': 'm/s',
  'mile(s) par heure': 'mph',
  "mile(s) à l'heure": 'mph',
  'milles par heure': 'mph',
  "milles à l'heure": 'mph',
  'nœud(s)': 'kn',
  'noeud(s)': 'kn',

  'octet(s)': 'B',
  'kilooctet(s)': 'kB',
  'mégaoctet(s)': 'MB',
  'gigaoctet(s)': 'GB',
  'téraoctet(s)': 'TB',
  'pétaoctet(s)': 'PB',
  'bit(s)': 'bit',
  'kilobit(s)': 'kbit',
  'mégabit(s)': 'Mbit',
  'gigabit(s)': 'Gbit',
  'térabit(s)': 'Tbit',
  'kilobit(s) par seconde': 'kbit/s',
  'mégabit(s) par seconde': 'Mbit/s',
  'gigabit(s) par seconde': 'Gbit/s',

  'pour cent': '%',
  'pourcent(s)': '%',
  'pour mille': { unit: '%', multiplier: 0.1 },

  'milliseconde(s)': 'ms',
  'seconde(s)': 's',
} satisfies UnitTable);

const lexicon: QuantityLexicon = {
  lang: 'fr',
  symbols: {
    Ko: 'kB',
    ko: 'kB',
    Mo: 'MB',
    Go: 'GB',
    To: 'TB',
    Po: 'PB',
    'Mo/s': 'MB/s',
    'Go/s': 'GB/s',
  },
  words,
  afterScale: ['de', "d'"],
  perConnectors: ['par'],
  perWords: {
    an: 'year',
    année: 'year',
    annee: 'year',
    jour: 'day',
    j: 'day',
    mois: 'month',
    semaine: 'week',
    heure: 'hour',
    h: 'hour',
    seconde: 'second',
  },
  qualifiers: {
    approx: [
      'environ',
      'env.',
      'près de',
      "près d'",
      'autour de',
      "autour d'",
      'aux alentours de',
      "de l'ordre de",
      'approximativement',
      'à peu près',
      'presque',
      'quasiment',
      'pratiquement',
      'quelque',
      'grosso modo',
      '~',
      '≈',
    ],
    over: [
      'plus de',
      "plus d'",
      'un peu plus de',
      'bien plus de',
      'au moins',
      'au minimum',
      'pas moins de',
      'au-delà de',
      'au-dessus de',
      'supérieur à',
      'supérieure à',
      'supérieurs à',
      'supérieures à',
      'dépassant',
      'excédant',
      '>',
      '≥',
    ],
    under: [
      'moins de',
      "moins d'",
      'un peu moins de',
      "jusqu'à",
      "jusqu'a",
      'au plus',
      'tout au plus',
      'au maximum',
      'pas plus de',
      'en dessous de',
      'en deçà de',
      'inférieur à',
      'inférieure à',
      'inférieurs à',
      'inférieures à',
      '<',
      '≤',
    ],
  },
  ranges: [
    { joins: ['à', 'a', 'au'], openers: ['de', "d'", 'des'], openerRequired: false, openerInSpan: false },
    { joins: ['et'], openers: ['entre'], openerRequired: true, openerInSpan: true },
  ],
  belowZero: ['sous zéro', 'en dessous de zéro', 'au-dessous de zéro', 'au dessous de zéro'],
  halfAfter: ['et demi', 'et demie'],
  articles: ['un', 'une'],
  halves: ['un demi', 'une demi', 'une demie', 'demi'],
  compoundJoins: ['et'],
  angleCues: ['angle', 'rotation', 'tourn', 'pivot', 'virage', 'inclin', 'pente', 'latitude', 'longitude', 'azimut'],
  minus: ['moins'],
};

export default quantityExtractor(lexicon);
