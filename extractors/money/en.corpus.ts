// English money: one value, many surface forms; negatives must yield no money. Sentences written for this corpus.
import { defineCorpus } from '../corpus.js';

export default defineCorpus({
  type: 'money',
  lang: 'en',
  date: '2024-05-08',
  examples: [
    {
      value: { amount: 1_300_000_000, currency: 'USD' },
      texts: [
        'The utility raised [[$1.3bn]] from bond investors.',
        '$1.3bn',
        '$1.3 billion',
        'US$1.3 billion',
        'USD 1.3 billion',
        '1.3 billion dollars',
        '1.3 billion US dollars',
        'one point three billion dollars',
        '$1,300 million',
        '1,300,000,000 USD',
        '1.3bn USD',
      ],
    },
    {
      value: { amount: 2_200_000_000, currency: 'AED' },
      texts: [
        'The Dubai developer signed [[AED 2.2bn]] of contracts.',
        'AED 2.2bn',
        'AED 2.2 billion',
        '2.2 billion UAE dirhams',
        '2.2 billion Emirati dirhams',
      ],
    },
    {
      value: { amount: 600_000_000, currency: 'USD', qualifier: 'approx' },
      texts: [
        'about $600m',
        'around $600 million',
        'roughly 600 million dollars',
        'some $600mn',
        'nearly $600 million',
        'approximately US$600 million',
      ],
    },
    {
      value: { amount: 123, currency: 'USD' },
      texts: [
        'one hundred twenty-three dollars',
        'one hundred and twenty-three dollars',
        '$123',
        '123 dollars',
        '123 USD',
      ],
    },
    {
      value: { amount: 500_000, currency: 'EUR' },
      texts: ['half a million euros', '€500,000', '500,000 euros', '500k euros', '€500k', 'EUR 0.5 million'],
    },
    {
      value: { amount: 12, currency: 'GBP' },
      texts: ['£12', 'a dozen pounds sterling', '12 pounds sterling', 'GBP 12', '1,200 pence'],
    },
    {
      value: { amount: 13.45, currency: 'USD' },
      texts: ['thirteen dollars and forty-five cents', '$13.45', '13 dollars 45 cents', '13 dollars and 45 cents'],
    },
    {
      value: { amount: 0.12, currency: 'USD' },
      texts: ['12 cents', 'twelve cents', 'The board approved a [[12-cent]] dividend.'],
    },
    {
      value: { amount: 2_500_000, currency: 'USD' },
      texts: ['two and a half million dollars', '$2.5 million', '$2.5m', 'two million and a half dollars'],
    },
    {
      value: { amount: 75_000_000, currency: 'CAD' },
      texts: ['C$75 million', '75 million Canadian dollars', 'CAD 75 million', 'CAD75m'],
    },
    {
      value: { amount: 10_000, currency: 'CHF' },
      texts: ['10,000 Swiss francs', 'CHF 10,000', 'ten thousand Swiss francs'],
    },
    {
      value: { amount: 50_000_000, currency: 'INR' },
      texts: ['Rs 5 crore', '5 crore rupees', 'INR 50 million', '50 million Indian rupees'],
    },
    {
      value: { amount: 5_000_000, currency: 'MAD' },
      texts: ['5 million Moroccan dirhams', 'MAD 5 million', '5 million dirhams'],
    },
    {
      value: { amount: 1e9, min: 1e9, max: 2e9, currency: 'USD' },
      texts: [
        'between $1bn and $2bn',
        'between 1 and 2 billion dollars',
        '$1-2 billion',
        '$1bn-$2bn',
        'from $1 billion to $2 billion',
      ],
    },
    {
      value: { amount: 10, currency: 'USD', qualifier: 'under' },
      texts: ['under $10', 'less than ten dollars', 'up to $10', 'no more than 10 dollars', 'at most $10'],
    },
    {
      value: { amount: 247_000_000, currency: 'USD', qualifier: 'over' },
      texts: [
        'more than $247 million',
        'over $247 million',
        'at least $247m',
        'in excess of $247 million',
        '$247 million or more',
      ],
    },
    {
      value: { amount: 8_100_000, currency: 'GBP' },
      texts: ['£8.1 million', '£8.10m', '8.1 million pounds sterling', 'GBP 8.1mn'],
    },
    { value: { amount: 1_234_567.89, currency: 'INR' }, texts: ['12,34,567.89 rupees'] },
    {
      value: { amount: 5_000_000, currency: 'JPY' },
      texts: ['five million yen', '¥5 million', 'JPY 5 million', '5 million Japanese yen'],
    },
    {
      value: { amount: 100, currency: 'CNY' },
      texts: ['100 yuan', '100元', '100 Chinese yuan', 'RMB 100', '100 renminbi'],
    },
  ],
  negatives: [
    'Repairs cost a few hundred dollars per home.',
    'The town has 40,000 inhabitants.',
    'Output doubled in 2018.',
    'Call 555-0134 for details.',
    'Under article 3, the rule applies.',
    'He tried three times.',
    'All 70 of us agreed.',
    'ALL 5 proposals failed.',
    'A strong dollar hurts exporters.',
    'The dollar rose against the yen.',
    'Growth reached 3.5% this year.',
    'The plant will produce 300 MW.',
    'She got really mad about it.',
    'They won 3 games in a row.',
    'Rates rose from 2 to 3 percent.',
    'COP28 was held in Dubai.',
    'PHP 8 was released in 2020.',
    'Spain beat France, ESP 2-1 FRA.',
    'The 2023-24 season starts in August.',
    'Sales rose 12 million units.',
  ],
  todo: ['a quarter million (rare, read but untested)'],
});
