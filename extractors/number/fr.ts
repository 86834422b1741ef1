import type { NumberLexicon } from './lexicon.js';

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
  },
  scaleSymbols: { k: 1e3, K: 1e3, M: 1e6, Md: 1e9, Mds: 1e9, Mrd: 1e9, Mrds: 1e9 },
};
export default lexicon;
