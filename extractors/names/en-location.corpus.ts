// English places: countries, cities with their country, US states, datelines.
import { defineCorpus } from '../corpus.js';

export default defineCorpus({
  type: 'location',
  lang: 'en',
  examples: [
    {
      value: { name: 'Lowbridge' },
      texts: ['The mayor of [[Lowbridge]], Ann Price, said the bridge would reopen.'],
    },
    {
      // A dateline's place in capitals, whose first word is a common word opening the text.
      value: { name: 'New Orleans', country: 'US' },
      texts: ['[[NEW ORLEANS]] (Reuters) - Floodwaters receded on Monday.'],
    },
    { value: { name: 'Morocco', country: 'MA' }, texts: ['Exports from [[Morocco]] rose last year.'] },
    {
      value: { name: 'Casablanca', country: 'MA' },
      texts: ['[[CASABLANCA]], May 19 - The new terminal opened today.'],
    },
    { value: { name: 'Texas', country: 'US' }, texts: ['The data center will be built in [[Texas]] next year.'] },
    { value: { name: 'Rotterdam', country: 'NL' }, texts: ['Ships waited outside [[Rotterdam]] for two days.'] },
    // Exonyms whose spelling GeoNames gives to a smaller namesake elsewhere (Italy, the United States).
    { value: { name: 'Cologne', country: 'DE' }, texts: ['The carmaker will build a plant near [[Cologne]].'] },
    { value: { name: 'Geneva', country: 'CH' }, texts: ['Talks resumed in [[Geneva]] on a ceasefire.'] },
    { value: { name: 'Seville', country: 'ES' }, texts: ['Heat records fell in [[Seville]] this summer.'] },
    {
      value: { name: 'City of Halden' },
      texts: ['The council of the [[City of Halden]] approved the budget.'],
    },
    {
      value: { name: 'State of Ohio', country: 'US' },
      texts: ['Roads in the [[State of Ohio]] were closed by snow.'],
    },
    {
      value: { name: 'Missouri', country: 'US' },
      texts: [
        'Floods along the [[Mis-\nsouri]] closed the roads.',
        'Floods along the [[Mis-  \r\nsouri]] closed the roads.',
      ],
    },
    // Short forms with points or in capitals.
    {
      value: { name: 'United States', country: 'US' },
      texts: ['He moved to the [[U.S.]] in 2010.', 'Exports to the [[US]] rose 4% in May.'],
    },
    { value: { name: 'United Kingdom', country: 'GB' }, texts: ['Inflation in the [[U.K.]] slowed in April.'] },
    // Old print reads a town and its state's abbreviation as one place.
    {
      value: { name: 'Dalton', country: 'US' },
      date: '1890-04-10',
      texts: ['The fair was held at [[Dalton, Ga.]] last week.'],
    },
    { value: { name: 'Japan', country: 'JP' }, texts: ['SOCCER - [[JAPAN]] GET LUCKY WIN IN OPENER'] },
    { value: { name: 'Syria', country: 'SY' }, texts: ['The team lost 2-1 to [[Syria]] on Friday.'] },
    {
      value: { name: 'San Francisco', country: 'US' },
      texts: [
        'Leaders Meet In [[San Francisco]] Amid Trade Tensions',
        'Talks were held in [[San Francisco]] on Monday.',
      ],
    },
    // A small town's homonym alone keeps the gazetteer's country (names.test.ts: beside places of one other country, none).
    { value: { name: 'Heathrow', country: 'US' }, texts: ['The bus to [[Heathrow]] was late.'] },
  ],
  negatives: [
    'However, the minister declined to comment.',
    'On Sunday, turnout reached 60 percent.',
    'May was the warmest month on record.',
    'Okonkwo said the talks had failed.',
    'Federal Reserve Chairman Dana Whitlock said rates would stay high.',
  ],
});
