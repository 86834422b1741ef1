// English people: names with roles, honorifics and compound first names.
import { defineCorpus } from '../corpus.js';

export default defineCorpus({
  type: 'person',
  lang: 'en',
  examples: [
    {
      // A French particle inside an English text's name.
      value: { name: 'Hélène des Roches', role: 'director' },
      texts: ['Its director, [[Hélène des Roches]], credited the lenders.'],
    },
    {
      value: { name: 'Laura Whitfield', role: 'chief executive of the port authority' },
      texts: [
        'The plan was presented by [[Laura Whitfield]], chief executive of the port authority, on Monday.',
        'However, [[Laura Whitfield]], chief executive of the port authority, said costs would rise.',
      ],
    },
    // Modern news leaves the honorific out of the span; old print (dated before 1970) keeps it in.
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
    {
      // A surname cut at a line end, with Windows line ends or spaces before the break.
      value: { name: 'Daniel Richardson' },
      texts: [
        'The report was signed by [[Daniel Richard-\r\nson]] on Monday.',
        'The talks were led by [[Daniel Richard- \nson]], the port director.',
      ],
    },
    { value: { name: 'R. W. BAILEY' }, texts: ['The notice was signed by [[R. W. BAILEY]] on Monday.'] },
    { value: { name: 'Mary-Anne Collins' }, texts: ['The report by [[Mary-Anne Collins]] will be published in May.'] },
    // A title or function before the name is its role, outside the span (modern news).
    {
      value: { name: 'Marcus Hale', role: 'Finance Minister' },
      texts: [
        'Finance Minister [[Marcus Hale]] told reporters the deficit would narrow.',
        'On Monday, Finance Minister [[Marcus Hale]] said the budget was balanced.',
      ],
    },
    {
      value: { name: 'Dana Whitlock', role: 'Chairman' },
      texts: ['Federal Reserve Chairman [[Dana Whitlock]] said rates would stay high for longer.'],
    },
    {
      value: { name: "Chris O'Kelly", role: 'Chief executive' },
      texts: ["Chief executive [[Chris O'Kelly]] told reporters the company would cut 500 jobs."],
    },
    {
      value: { name: 'Ines Varga', role: 'chief executive' },
      texts: ["Norvel's chief executive [[Ines Varga]] said demand was strong in Asia."],
    },
    {
      value: { name: 'Tomas Reyes', role: 'Transport Minister' },
      texts: ['On Friday, Transport Minister [[Tomas Reyes]] resigned.'],
    },
    {
      value: { name: 'Tomas Reyes', role: 'Deputy Prime Minister' },
      texts: ['Deputy Prime Minister [[Tomas Reyes]] resigned.'],
    },
    {
      value: { name: 'Young', role: 'president' },
      texts: ['The vote was called by the president [[Young]] on Monday.'],
    },
    {
      value: { name: 'Tim Rooke', role: 'Chief Executive' },
      texts: ['Norvel Chief Executive [[Tim Rooke]] spoke first.'],
    },
    // Only people speak: an unknown name before "said" or ", who" is a person's.
    {
      value: { name: 'Okonkwo' },
      texts: [
        '[[Okonkwo]] said the talks had failed.',
        'The talks failed, [[Okonkwo]] told reporters on Friday.',
        'The plan was drafted by [[Okonkwo]], who declined to comment.',
        '"The talks failed," said [[Okonkwo]].',
      ],
    },
    // Old print (dated before 1970) keeps titles, coordinated honorifics and an apposed function in the span.
    {
      value: { name: 'Walter Pruitt' },
      date: '1925-06-02',
      texts: ['The reception was given by [[Mr. and Mrs. Walter Pruitt]] at their home.'],
    },
    {
      value: { name: 'Edwin Marsh' },
      date: '1901-03-11',
      texts: ['The notice was signed by [[Edwin Marsh, secretary of the county board]], on Monday.'],
    },
    {
      value: { name: 'Bland' },
      date: '1840-05-02',
      texts: ['The prisoners were brought before [[Judge Bland]] today.'],
    },
    { value: { name: 'Orne' }, date: '1801-07-26', texts: ['The brig Essex, [[capt. Orne]], has arrived from Cadiz.'] },
    // A first name that is also a month, before a surname, and not a date.
    {
      value: { name: 'April Ross' },
      texts: ['The mayor, [[April Ross]], welcomed the plan.', '[[April Ross]], the mayor, welcomed the plan.'],
    },
    // May, also a modal verb: a first name before a surname.
    {
      value: { name: 'May Collins' },
      texts: ['The mayor, [[May Collins]], welcomed the plan.', 'Its chief executive [[May Collins]] resigned.'],
    },
    // A month that is a first name after a role, before a surname that closes place names too.
    {
      value: { name: 'June Hill', role: 'Analyst' },
      texts: ['Shares slipped on Friday. Analyst [[June Hill]] expected a rebound.'],
    },
    {
      value: { name: 'Karen Park', role: 'analyst' },
      texts: ["The broker's analyst [[Karen Park]] cut her forecast."],
    },
  ],
  negatives: [
    'Since April Ross has coached the team.',
    'Regulators May Review The Deal, the headline said.',
    'According to analysts, growth will slow in the second half.',
    'However, the market remains fragile despite lower rates.',
    'On Tuesday, shares rose two points in early trading.',
    'The Board met in March to approve the budget.',
    'Officials said the talks had failed.',
    'Police said two people were injured in the blast.',
    'Analysts told clients to expect lower rates.',
    'Shares of General Motors rose in New York.',
    'Chief Executive Officer Officers said nothing.',
  ],
});
