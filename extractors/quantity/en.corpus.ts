// English quantities: one value, many surface forms; then texts that must give no quantity.
import { defineCorpus } from '../corpus.js';

export default defineCorpus({
  type: 'quantity',
  lang: 'en',
  examples: [
    {
      value: { amount: 200, unit: 'MW', dimension: 'power', si: { amount: 2e8, unit: 'W' } },
      texts: [
        '200 MW',
        '200MW',
        '200 megawatts',
        'a [[200-megawatt]] solar plant',
        'a [[200-MW]] plant',
        'two hundred megawatts',
      ],
    },
    {
      value: { amount: 1500, unit: 'MW', dimension: 'power' },
      texts: ['1,500 MW', '1500 MW', 'a [[1,500-megawatt]] project'],
    },
    {
      value: { amount: 1.5, unit: 'GW', dimension: 'power' },
      texts: ['1.5 GW', '1.5 gigawatts', 'a [[1.5GW]] offshore wind farm'],
    },
    { value: { amount: 5, unit: 'mW', dimension: 'power' }, texts: ['5 mW', 'a [[5 mW]] laser pointer'] },
    { value: { amount: 80, unit: 'MW', variant: 'peak' }, texts: ['80 MWp', '80 megawatts peak', '80 MW peak'] },
    { value: { amount: 1100, unit: 'MW', variant: 'electric' }, texts: ['1,100 MWe', '1,100 megawatts electric'] },
    {
      value: { amount: 4500, unit: 'GWh', dimension: 'energy', per: 'year' },
      texts: ['4,500 GWh per year', '4,500 GWh a year', '4,500 GWh/year', '4,500 gigawatt-hours per year'],
    },
    {
      value: { amount: 3, unit: 'kWh', dimension: 'energy' },
      texts: ['3 kWh', '3 kilowatt-hours', '3 kilowatt hours'],
    },
    { value: { amount: 40, unit: 'MJ', dimension: 'energy' }, texts: ['40 MJ', '40 megajoules'] },
    { value: { amount: 100, unit: 'MB', dimension: 'data' }, texts: ['100 MB', '100 megabytes'] },
    { value: { amount: 100, unit: 'Mbit', dimension: 'data' }, texts: ['100 Mb', '100 Mbit', '100 megabits'] },
    { value: { amount: 1, unit: 'Gbit/s', dimension: 'data' }, texts: ['1 Gbit/s', '1 Gbps', '1 gigabit per second'] },
    { value: { amount: 2, unit: 'PB', dimension: 'data' }, texts: ['2 PB', '2 petabytes'] },
    { value: { amount: 45, unit: 'acre', dimension: 'area' }, texts: ['45 acres', 'a [[45-acre]] farm'] },
    {
      value: { amount: 660, unit: 'm2', dimension: 'area' },
      texts: ['660 square meters', '660 square metres', '660 m²', '660 sq m'],
    },
    {
      value: { amount: 2000, unit: 'ft2', dimension: 'area' },
      texts: ['2,000 square feet', '2,000 sq ft', '2,000 ft²'],
    },
    { value: { amount: 190, unit: 'km2', dimension: 'area' }, texts: ['190 km2', '190 square kilometers'] },
    {
      value: { amount: 10, unit: 'mi', dimension: 'length' },
      texts: ['10 miles', 'ten miles', 'a [[10-mile]] stretch'],
    },
    {
      value: { amount: 1, unit: 'mi', dimension: 'length' },
      texts: ['a mile', 'one mile', 'just [[a mile]] from the coast'],
    },
    { value: { amount: 10.5, unit: 'mi', dimension: 'length' }, texts: ['10 1/2 miles', '10.5 miles'] },
    {
      value: { amount: 5, unit: 'km', dimension: 'length' },
      texts: ['5 km', '5km', 'a [[5-km]] road', '5 kilometres', '5 kilometers'],
    },
    { value: { amount: 3, unit: 'in', dimension: 'length' }, texts: ['3 inches', 'a [[3-inch]] screen'] },
    {
      value: { amount: 776, unit: 'ft', dimension: 'length' },
      texts: ['776 feet', 'the [[776-foot]] airship', '776 ft'],
    },
    {
      value: { amount: 75, unit: 'in', dimension: 'length' },
      texts: ['6 feet 3 inches', '6 ft 3 in', '6 feet and 3 inches'],
    },
    { value: { amount: 1.8, unit: 'm', dimension: 'length' }, texts: ['1.8 m', '1.8m', '1.8 metres'] },
    { value: { amount: 10, unit: 'gal', dimension: 'volume' }, texts: ['10 gallons', 'a [[10-gallon]] tank'] },
    { value: { amount: 0.5, unit: 'l', dimension: 'volume' }, texts: ['half a litre', 'half a liter', '0.5 liters'] },
    { value: { amount: 75, unit: 'ml', dimension: 'volume' }, texts: ['75 ml', '75ml', '75 millilitres', '75 mL'] },
    {
      value: { amount: 500000, unit: 'bbl', dimension: 'volume', per: 'day' },
      texts: ['500,000 barrels a day', '500,000 barrels per day', '500,000 bpd', '500,000 b/d', '0.5 mb/d'],
    },
    {
      value: { amount: 9e11, unit: 'ft3', dimension: 'volume' },
      texts: ['0.9 trillion cubic feet', '900 billion cubic feet'],
    },
    {
      value: { amount: 40e6, unit: 'toe', dimension: 'energy' },
      texts: ['40 Mtoe', '40 million tonnes of oil equivalent'],
    },
    {
      value: { amount: 1.2e9, unit: 't', dimension: 'mass' },
      texts: ['1.2 GtCO2', '[[1.2 Gt]] CO2', '[[1.2 billion tonnes]] of CO2'],
    },
    { value: { amount: 25, unit: 'lb', dimension: 'mass' }, texts: ['25 pounds', '25 lbs', '25 lb', '25lbs'] },
    {
      value: { amount: 3, unit: 't', dimension: 'mass' },
      texts: ['3 tonnes', '3 tons', 'three metric tons', 'the [[three-ton]] satellites'],
    },
    { value: { amount: 68, unit: 'oz', dimension: 'mass' }, texts: ['68 ounces', '68 oz', 'a [[68-ounce]] can'] },
    {
      value: { amount: 20, unit: 'kg', dimension: 'mass' },
      texts: ['20 kg', '20 kilograms', '20 kilos', '20 (kg)', '20 [kg]'],
    },
    { value: { amount: 150, unit: 'µg', dimension: 'mass' }, texts: ['150 micrograms', '150 µg', '150 mcg'] },
    {
      value: { amount: 35, unit: '°C', dimension: 'temperature' },
      texts: ['35 °C', '35°C', '35 degrees Celsius', '35 degrees C', '35 celsius'],
    },
    {
      value: { amount: 98.6, unit: '°F', dimension: 'temperature' },
      texts: ['98.6 °F', '98.6 degrees Fahrenheit', '98.6 degrees f', '98.6 fahrenheit'],
    },
    {
      value: { amount: -20, unit: '°F', dimension: 'temperature' },
      texts: ['-20 °F', 'minus 20 degrees Fahrenheit', '20 °F below zero'],
    },
    { value: { amount: 85, unit: '°', dimension: 'temperature' }, texts: ['85°', '85 degrees', '85 deg.'] },
    {
      value: { amount: 188, unit: 'mph', dimension: 'speed' },
      texts: ['188 mph', '188 miles per hour', '188 miles an hour'],
    },
    {
      value: { amount: 10, unit: 'km/h', dimension: 'speed' },
      texts: ['10 km/h', '10kph', '10 kmph', '10 km/hr', '10 kilometers per hour'],
    },
    { value: { amount: 30, unit: 'kn', dimension: 'speed' }, texts: ['30 knots'] },
    {
      value: { amount: 12, unit: '%', dimension: 'ratio' },
      texts: ['12%', '12 %', '12 percent', '12 per cent', 'twelve percent'],
    },
    {
      value: { amount: 30, unit: 'a', dimension: 'duration' },
      texts: ['a [[30-year]] concession', 'a term of [[30 years]]'],
    },
    { value: { amount: 10, unit: 'h', dimension: 'duration' }, texts: ['a battery life of [[10 hours]]'] },
    {
      value: { amount: 300, min: 300, max: 400, unit: 'MW', dimension: 'power' },
      texts: [
        '300-400 MW',
        '300 to 400 MW',
        'from 300 to 400 megawatts',
        'a capacity [[from 300 to 400 megawatts]]',
        '300–400 MW',
      ],
    },
    {
      value: { amount: 2, min: 2, max: 3, unit: 'GW' },
      texts: ['between 2 and 3 GW', 'a capacity [[between 2 and 3 GW]]'],
    },
    { value: { amount: 2e9, min: 2e9, max: 3e9, unit: 'gal' }, texts: ['2 to 3 billion gallons'] },
    {
      value: { amount: 300, unit: 'MW', qualifier: 'over' },
      texts: ['more than 300 MW', 'over 300 MW', 'at least 300 MW', '300 MW or more'],
    },
    {
      value: { amount: 4.5, unit: 'GW', qualifier: 'under' },
      texts: ['up to 4.5 GW', 'less than 4.5 GW', 'no more than 4.5 GW'],
    },
    {
      value: { amount: 325, unit: 'km', qualifier: 'approx' },
      texts: ['some 325 km', 'about 325 km', 'roughly 325 kilometers'],
    },
  ],
  negatives: [
    'The A320 landed in Casablanca.',
    'Operators are rolling out 5G across the country.',
    'The COVID-19 pandemic hit airlines hard.',
    'Ryanair ordered another Boeing 737 last week.',
    'In 2018 the firm had 3,000 employees.',
    'The index closed at 386 on Friday.',
    'It cost 1.8M dollars.',
    'The meeting ends at 6pm.',
    'Employment rose to 50,000 in 2020.',
    'Wait a second.',
    'She wants a bit more time.',
    'Fuel costs $3 a gallon.',
    'He put a foot wrong.',
    'The part number is 24703 L-202.',
    'rotate the panel 90 degrees',
    'I paid for it in 2019.',
    'In 2020 Mt Everest drew record crowds.',
    'Three in 10 voters said so.',
    'The car does 40 miles a gallon.',
    'A 45-year-old man was arrested.',
    'They talked for two hours.',
    'The strike ended 20 minutes later.',
    'A dose of 5 mg per kg was given.',
  ],
});
