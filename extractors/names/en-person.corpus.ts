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
    // Old print: abbreviated first names, "Esq." after the name.
    {
      value: { name: 'Wm. H. Carrow, Esq.' },
      date: '1852-10-09',
      texts: ['The meeting was called to order by [[Wm. H. Carrow, Esq.]], of this county.'],
    },
    { value: { name: 'Richard Dawes Jr.' }, texts: ['The firm was founded by [[Richard Dawes Jr.]] in 1990.'] },
    { value: { name: 'Henry V' }, texts: ['The play was about [[Henry V]].'] },
    { value: { name: "Liam O'Brien" }, texts: ["The motion was tabled by [[Liam O'Brien]] on Tuesday."] },
    {
      value: { name: 'T. R. Marsh' },
      date: '1902-04-01',
      texts: ['The court sat under [[Judge T. R. Marsh]] until noon.'],
    },
    { value: { name: 'R. B. Stone' }, texts: ['The levy was paid in full.\n[[R. B. Stone]], the editor, said so.'] },
    { value: { name: 'Alfred Smith' }, texts: ['The prize went to [[Alfred\nSmith]] of this town.'] },
    { value: { name: 'Marshall' }, texts: ['The case was heard by Judge [[Marshall]] on Monday.'] },
    { value: { name: 'Marshall' }, date: '1911-02-03', texts: ['The case was heard by [[Judge Marshall]] on Monday.'] },
    { value: { name: 'Curie' }, date: '1911-02-03', texts: ['A lecture by [[Madam Curie]] was announced.'] },
    { value: { name: 'Brenda Ray' }, texts: ['The duet was sung by [[Brenda\nRay]] at the fair.'] },
    { value: { name: 'Harry S. Truman' }, texts: ['The bill was signed by [[Harry\nS. Truman]] in May.'] },
    { value: { name: 'R. W. BAILEY' }, texts: ['The notice was signed by [[R. W. BAILEY]] on Monday.'] },
    { value: { name: 'Mary-Anne Collins' }, texts: ['The report by [[Mary-Anne Collins]] will be published in May.'] },
  ],
  negatives: [
    'According to analysts, growth will slow in the second half.',
    'However, the market remains fragile despite lower rates.',
    'On Tuesday, shares rose two points in early trading.',
    'The Board met in March to approve the budget.',
  ],
});
