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
    // Modern news leaves the honorific out of the span; old print (dated before 1950) keeps it in.
    { value: { name: 'Okafor' }, texts: ['The committee heard from Mr. [[Okafor]] before the vote.'] },
    {
      value: { name: 'Okafor' },
      date: '1885-03-02',
      texts: ['The committee heard from [[Mr. Okafor]] before the vote.'],
    },
    {
      value: { name: 'Hallward' },
      date: '1885-03-02',
      texts: ['The troops of [[General Hallward]] crossed the river.'],
    },
    { value: { name: 'Hallward' }, texts: ['The troops of General [[Hallward]] crossed the river.'] },
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
