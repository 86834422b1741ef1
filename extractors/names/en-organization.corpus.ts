// English organizations: cue words, company suffixes, acronyms with their long form.
import { defineCorpus } from '../corpus.js';

export default defineCorpus({
  type: 'organization',
  lang: 'en',
  examples: [
    {
      // A common word opening the sentence is a company's name when a legal form follows it.
      value: { name: 'Orchard Inc.' },
      texts: ['[[Orchard Inc.]] shares fell 3 percent on Monday.'],
    },
    {
      value: { name: 'Northwind Logistics Ltd' },
      texts: ['Shares of [[Northwind Logistics Ltd]] fell sharply on Friday.'],
    },
    {
      value: { name: 'National Grid Authority' },
      texts: ['The [[National Grid Authority]] approved the new line.'],
    },
    {
      value: { name: 'University of Leeds' },
      texts: ['Researchers at the [[University of Leeds]] published the study.'],
    },
    { value: { name: 'Finance Ministry' }, texts: ['The [[Finance Ministry]] said the budget was balanced.'] },
    {
      value: { name: 'Harwick College' },
      texts: ['A letter from the trustees of [[Harwick College]] was read aloud.'],
    },
    {
      value: { name: 'Harwick College' },
      texts: ['The Dean of [[Harwick College]] resigned on Monday.'],
    },
    {
      value: { name: 'Board of Health' },
      date: '1890-07-12',
      texts: ['The report of [[the Board of Health]] was adopted.'],
    },
    { value: { name: 'Board of Health' }, texts: ['The report of the [[Board of Health]] was adopted.'] },
    { value: { name: 'Dunmore Bros.' }, texts: ['The mill was sold to [[Dunmore Bros.]] last week.'] },
    { value: { name: 'Brightlane' }, texts: ['The startup [[Brightlane]] raised ten million dollars.'] },
  ],
  negatives: [
    'The government announced the plan on Monday.',
    'GDP grew by 2 percent in the first quarter.',
    'The plant needs 386 MW of new capacity.',
  ],
});
