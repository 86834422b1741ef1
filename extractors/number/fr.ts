import type { NumberLexicon } from './lexicon.js';

const UNITS: Record<string, number> = {
  zéro: 0,
  zero: 0,
  un: 1,
  une: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  six: 6,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  onze: 11,
  douze: 12,
  treize: 13,
  quatorze: 14,
  quinze: 15,
  seize: 16,
  vingt: 20,
  trente: 30,
  quarante: 40,
  cinquante: 50,
  soixante: 60,
  // Belgian and Swiss forms.
  septante: 70,
  huitante: 80,
  octante: 80,
  nonante: 90,
};

const lexicon: NumberLexicon = {
  decimal: ',',
  scales: {
    mille: 1e3,
    millier: 1e3,
    milliers: 1e3,
    million: 1e6,
    millions: 1e6,
    milliard: 1e9,
    milliards: 1e9,
    // French long scale: a billion is 10^12.
    billion: 1e12,
    billions: 1e12,
    douzaine: 12,
    douzaines: 12,
  },
  // "G$" is a milliard of dollars in Quebec.
  scaleSymbols: { k: 1e3, K: 1e3, M: 1e6, Md: 1e9, Mds: 1e9, Mrd: 1e9, Mrds: 1e9, G: 1e9 },
  words: {
    units: UNITS,
    pairs: { 'quatre vingt': 80, 'quatre vingts': 80 },
    hundreds: ['cent', 'cents'],
    maxHundredMultiplier: 9,
    bareScales: ['mille'],
    and: 'et',
    andAfterTens: true,
    articles: ['un', 'une'],
    articleAlone: ['un', 'une'],
    half: ['demi', 'demie'],
    fractionsBefore: { demi: 0.5 },
    fractionLinks: [],
    point: 'virgule',
  },
};
export default lexicon;
