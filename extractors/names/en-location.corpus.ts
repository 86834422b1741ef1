// English places: countries, cities with their country, US states, datelines.
import { defineCorpus } from '../corpus.js';

export default defineCorpus({
  type: 'location',
  lang: 'en',
  examples: [
    { value: { name: 'Morocco', country: 'MA' }, texts: ['Exports from [[Morocco]] rose last year.'] },
    {
      value: { name: 'Casablanca', country: 'MA' },
      texts: ['[[CASABLANCA]], May 19 - The new terminal opened today.'],
    },
    { value: { name: 'Texas', country: 'US' }, texts: ['The data center will be built in [[Texas]] next year.'] },
    { value: { name: 'Rotterdam', country: 'NL' }, texts: ['Ships waited outside [[Rotterdam]] for two days.'] },
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
      texts: ['Floods along the [[Mis-\nsouri]] closed the roads.'],
    },
  ],
  negatives: [
    'However, the minister declined to comment.',
    'On Sunday, turnout reached 60 percent.',
    'May was the warmest month on record.',
  ],
});
