import type { NumberLexicon } from './lexicon.js';

const lexicon: NumberLexicon = {
  decimal: '.',
  scales: {
    thousand: 1e3,
    thousands: 1e3,
    million: 1e6,
    millions: 1e6,
    billion: 1e9,
    billions: 1e9,
    trillion: 1e12,
    trillions: 1e12,
  },
  scaleSymbols: { k: 1e3, K: 1e3, m: 1e6, M: 1e6, mn: 1e6, mln: 1e6, bn: 1e9, b: 1e9, B: 1e9, tn: 1e12 },
};
export default lexicon;
