// English people: names with roles, honorifics and compound first names.
import { defineCorpus } from '../corpus.js';

export default defineCorpus({
  type: 'person',
  lang: 'en',
  examples: [
    {
      value: { name: 'Laura Whitfield', role: 'chief executive of the port authority' },
      texts: [
        'The plan was presented by [[Laura Whitfield]], chief executive of the port authority, on Monday.',
        'However, [[Laura Whitfield]], chief executive of the port authority, said costs would rise.',
      ],
    },
    { value: { name: 'Okafor' }, texts: ['The committee heard from [[Mr. Okafor]] before the vote.'] },
    {
      value: { name: 'Olaf Brandt' },
      texts: [
        '[[Olaf Brandt]] arrived on Friday.',
        'German Chancellor [[Olaf Brandt]] arrived on Friday.',
        "Britain's Prime Minister [[Olaf Brandt]] arrived on Friday.",
      ],
    },
    { value: { name: 'Mary-Anne Collins' }, texts: ['The report by [[Mary-Anne Collins]] will be published in May.'] },
  ],
  negatives: [
    'According to analysts, growth will slow in the second half.',
    'However, the market remains fragile despite lower rates.',
    'On Tuesday, shares rose two points in early trading.',
    'The Board met in March to approve the budget.',
  ],
});
