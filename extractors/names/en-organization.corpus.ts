// English organizations: cue words, company suffixes, acronyms with their long form.
import { defineCorpus } from '../corpus.js';

export default defineCorpus({
  type: 'organization',
  lang: 'en',
  examples: [
    {
      // A chamber's committee named after its subjects holds together across "and".
      value: { name: 'Senate Banking and Housing Committee' },
      texts: ['She chairs the [[Senate Banking and Housing Committee]] since January.'],
    },
    {
      value: { name: 'Vellum' },
      texts: ['Carmakers such as [[Vellum]] cut output in March.', 'Lenders including [[Vellum]] raised their rates.'],
    },
    {
      // People are born, companies are founded.
      value: { name: 'Brandt Optik' },
      texts: ['[[Brandt Optik]], founded in Jena in 1994, employs about 900 people.'],
    },
    {
      // An apposed description names a company: ", a joint venture between …".
      value: { name: 'Corlane Power' },
      texts: ['The plant is run by [[Corlane Power]], a joint venture between two utilities.'],
    },
    {
      // A company word closing the name outweighs a person cue before it.
      value: { name: 'Calder Robotics' },
      texts: ['Its rival [[Calder Robotics]] declined to comment on the bid.'],
    },
    {
      // Where analysts and executives work is a company, not a place.
      value: { name: 'Whitmore Hale' },
      texts: [
        '"The price looks full," said Ann Price, an economist at [[Whitmore Hale]].',
        'Analysts at [[Whitmore Hale]] cut their forecast on Monday.',
      ],
    },
    {
      value: { name: 'Stadler Pharmaceuticals' },
      texts: ['Shares of [[Stadler Pharmaceuticals]] rose 4% in New York.'],
    },
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
    { value: { name: 'Halvorsen Plc' }, texts: ['[[Halvorsen Plc]] shares rose 2% in London.'] },
    { value: { name: 'Norvik Holdings NV' }, texts: ['Shares of [[Norvik Holdings NV]] fell after the results.'] },
    // What a title heads is an organization.
    {
      value: { name: 'Brightwater' },
      texts: [
        'The chief executive of [[Brightwater]] resigned on Friday.',
        'He was named CEO of [[Brightwater]] in 2019.',
      ],
    },
    { value: { name: 'U.S. Treasury' }, texts: ['The [[U.S. Treasury]] said it would sell more bonds.'] },
    { value: { name: 'United Nations' }, texts: ['Aid from the [[U.N.]] arrived on Monday.'] },
    { value: { name: 'Lufthansa' }, texts: ['Shares in [[Lufthansa]] rose 2 percent on Monday.'] },
    { value: { name: 'Norvik' }, texts: ['The fund bought a stake in [[Norvik]] last year.'] },
    { value: { name: 'Shopwell.com Inc' }, texts: ['[[Shopwell.com Inc]] cut prices across Europe.'] },
    { value: { name: 'Harlow United' }, texts: ['[[Harlow United]] won the cup final on Sunday.'] },
    { value: { name: 'Bank of France' }, texts: ['Talks between the [[Bank of France]] and Germany stalled.'] },
    { value: { name: 'NORVIK SE' }, texts: ['Shares of [[NORVIK SE]] fell 3% in Oslo.'] },
    {
      value: { name: 'Office for Rail Statistics' },
      texts: ['Figures from the [[Office for Rail Statistics]] were published on Tuesday.'],
    },
    { value: { name: 'Harbor Newswire' }, texts: ['DUBAI, March 3 ([[Harbor Newswire]]) - Prices rose.'] },
    { value: { name: 'CDC' }, texts: ['The [[CDC]] said cases were falling.'] },
    // A capitalized common word before a verb companies do: inside a sentence, or named mid-sentence too.
    {
      value: { name: 'Shell' },
      texts: [
        'Shares fell after [[Shell]] posted lower profits.',
        "[[Shell]] has cut its dividend, and Shell's refinery workers fear for their jobs.",
      ],
    },
    // Newspapers named with a weekday: the weekday belongs to the title.
    {
      value: { name: 'Sunday Times' },
      texts: ['The [[Sunday Times]] reported that talks had stalled.', 'He told the [[Sunday Times]] on Friday.'],
    },
    { value: { name: 'Mail on Sunday' }, texts: ['The [[Mail on Sunday]] published the letter in full.'] },
  ],
  negatives: [
    'Players like Tom scored twice on Sunday.',
    'On Sunday Times Square was crowded with tourists.',
    'The talks took place at Geneva last week, officials said.',
    'Police announced two arrests on Sunday.',
    'Officials announced a delay to the project.',
    'The government announced the plan on Monday.',
    'GDP grew by 2 percent in the first quarter.',
    'The average daily output (ADO) of the field fell, and ADO is expected to recover.',
    'The plant needs 386 MW of new capacity.',
    'The U.S. and the U.K. agreed on a joint statement.',
    'Finance Minister Marcus Hale said the deficit would narrow.',
  ],
});
