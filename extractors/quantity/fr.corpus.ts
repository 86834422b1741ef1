// French quantities: one value, many surface forms; then texts that must give no quantity.
import { defineCorpus } from '../corpus.js';

export default defineCorpus({
  type: 'quantity',
  lang: 'fr',
  examples: [
    {
      value: { amount: 386, unit: 'MW', dimension: 'power', si: { amount: 386e6, unit: 'W' } },
      texts: [
        '386 MW',
        '386MW',
        '386 mégawatts',
        '386 megawatts',
        '386 Mégawatts',
        'un centre de données de [[386 MW]] à Tétouan',
        'une centrale de [[386 mégawatts]].',
      ],
    },
    // Symbols keep their case: MW is mega, mW milli.
    {
      value: { amount: 5, unit: 'mW', dimension: 'power', si: { amount: 0.005, unit: 'W' } },
      texts: ['5 mW', 'un laser de [[5 mW]]'],
    },
    {
      value: { amount: 1.2, unit: 'GW', dimension: 'power' },
      texts: ['1,2 GW', '1,2 gigawatt', 'un parc éolien de [[1,2 GW]] au large de Dunkerque'],
    },
    {
      value: { amount: 1500, unit: 'MW', dimension: 'power' },
      texts: ['1 500 MW', '1\u00a0500 MW', '1\u202f500 MW', '1.500 MW', 'mille cinq cents mégawatts'],
    },
    {
      value: { amount: 50, unit: 'MW', dimension: 'power', variant: 'peak' },
      texts: [
        '50 MWc',
        '50 MWp',
        '50 mégawatts-crête',
        '50 MW crête',
        'une centrale solaire de [[50 MWc]] près de Ouarzazate',
      ],
    },
    { value: { amount: 900, unit: 'MW', variant: 'electric' }, texts: ['900 MWe', '900 mégawatts électriques'] },
    { value: { amount: 30, unit: 'MW', variant: 'thermal' }, texts: ['30 MWth', '30 MW thermiques'] },
    {
      value: { amount: 4500, unit: 'GWh', dimension: 'energy', per: 'year', qualifier: 'approx' },
      texts: ['près de 4 500 GWh par an', 'environ 4 500 GWh/an', 'la centrale produira [[près de 4 500 GWh par an]].'],
    },
    {
      value: { amount: 12, unit: 'TWh', dimension: 'energy' },
      texts: ['12 TWh', '12 térawattheures', '12 térawatts-heures'],
    },
    {
      value: { amount: 3, unit: 'kWh', dimension: 'energy', si: { amount: 10.8e6, unit: 'J' } },
      texts: ['3 kWh', '3 kilowattheures', '3 kilowatts-heure'],
    },
    { value: { amount: 50, unit: 'kW', dimension: 'power' }, texts: ['50 kW', '50 KW', '50 kilowatts', '50 Kw'] },
    { value: { amount: 200, unit: 'MWh', dimension: 'energy' }, texts: ['200 MWh', '200 MWH', '200 mégawattheures'] },
    { value: { amount: 70, unit: 'GJ', dimension: 'energy' }, texts: ['70 GJ', '70 gigajoules'] },
    {
      value: { amount: 1.5, unit: 'PB', dimension: 'data', si: { amount: 1.5e15, unit: 'B' } },
      texts: ['1,5 Po', '1,5 pétaoctet', 'un stockage de [[1,5 Po]] de données'],
    },
    { value: { amount: 64, unit: 'GB', dimension: 'data' }, texts: ['64 Go', '64 gigaoctets', '64 GB'] },
    {
      value: { amount: 10, unit: 'Gbit/s', dimension: 'data' },
      texts: ['10 Gbit/s', '10 Gb/s', '10 Gbps', '10 gigabits par seconde'],
    },
    { value: { amount: 16, unit: 'bit', dimension: 'data' }, texts: ['16 bits', 'un processeur [[16 bits]]'] },
    {
      value: { amount: 3000, unit: 'ha', dimension: 'area', si: { amount: 3e7, unit: 'm2' } },
      texts: ['3 000 hectares', '3000 ha', 'trois mille hectares', 'un domaine de [[3 000 hectares]] de vignes'],
    },
    { value: { amount: 250, unit: 'm2', dimension: 'area' }, texts: ['250 m²', '250 m2', '250 mètres carrés'] },
    {
      value: { amount: 12, unit: 'km2', dimension: 'area' },
      texts: ['12 km²', '12 kilomètres carrés', '12 km carrés'],
    },
    {
      value: { amount: 42, unit: 'km', dimension: 'length' },
      texts: ['42 km', '42km', '42 kilomètres', 'quarante-deux kilomètres'],
    },
    { value: { amount: 2.5, unit: 'km', dimension: 'length' }, texts: ['2,5 km', 'un tronçon de [[2,5-km]] de route'] },
    {
      value: { amount: 800, unit: 'm', dimension: 'length' },
      texts: ['800 m', '800 mètres', 'à [[800 m]] d’altitude'],
    },
    { value: { amount: 6, unit: 'ft', dimension: 'length' }, texts: ['6 pieds', 'six pieds'] },
    { value: { amount: 66, unit: 'in', dimension: 'length' }, texts: ['5 pieds 6 pouces', '5 pieds et 6 pouces'] },
    {
      value: { amount: 185, unit: 'cm', dimension: 'length' },
      texts: ['1 m 85', 'le pivot mesure [[1 m 85]].', '185 cm'],
    },
    { value: { amount: 30, unit: 'nmi', dimension: 'length' }, texts: ['30 milles marins', '30 milles nautiques'] },
    { value: { amount: 2, unit: 'l', dimension: 'volume' }, texts: ['2 litres', '2 l', '2 L', 'deux litres'] },
    {
      value: { amount: 0.5, unit: 'l', dimension: 'volume' },
      texts: ['un demi-litre', 'une bouteille d’[[un demi-litre]]'],
    },
    { value: { amount: 2.5, unit: 'l', dimension: 'volume' }, texts: ['deux litres et demi', '2,5 litres'] },
    { value: { amount: 75, unit: 'cl', dimension: 'volume' }, texts: ['75 cl', '75 centilitres'] },
    {
      value: { amount: 500000, unit: 'bbl', dimension: 'volume', per: 'day' },
      texts: ['500 000 barils par jour', '500 000 barils/jour', '500 000 b/j', '0,5 Mb/j'],
    },
    {
      value: { amount: 2e9, unit: 'm3', dimension: 'volume' },
      texts: ['2 milliards de mètres cubes', '2 milliards de m3', 'deux milliards de mètres cubes'],
    },
    { value: { amount: 3.5, unit: 'kg', dimension: 'mass' }, texts: ['3,5 kg', '3,5 kilos', '3,5 kilogrammes'] },
    { value: { amount: 120, unit: 'µg', dimension: 'mass' }, texts: ['120 µg', '120 μg', '120 microgrammes'] },
    {
      value: { amount: 1.2e6, unit: 't', dimension: 'mass', si: { amount: 1.2e9, unit: 'kg' } },
      texts: ['1,2 million de tonnes', '1,2 Mt', '1,2 mégatonne', '1 200 000 tonnes'],
    },
    {
      value: { amount: 50e6, unit: 't', dimension: 'mass' },
      texts: ['50 MtCO2e', '[[50 Mt]] CO2', '[[50 millions de tonnes]] de CO2'],
    },
    {
      value: { amount: 15e6, unit: 'toe', dimension: 'energy', si: { amount: 15e6 * 41.868e9, unit: 'J' } },
      texts: ['15 Mtep', '15 millions de tep', '15 millions de tonnes équivalent pétrole'],
    },
    { value: { amount: 16000, unit: 't', dimension: 'mass' }, texts: ['16 000 tonnes métriques', '16.000,00 tonnes'] },
    {
      value: { amount: 38, unit: '°C', dimension: 'temperature', si: { amount: 311.15, unit: 'K' } },
      texts: ['38 °C', '38°C', '38 ° C', '38 degrés Celsius', '38 degrés C', 'trente-huit degrés celsius'],
    },
    { value: { amount: -5, unit: '°C', dimension: 'temperature' }, texts: ['-5 °C', 'moins 5 °C', '5 °C sous zéro'] },
    { value: { amount: -12, unit: '°', dimension: 'temperature' }, texts: ['moins 12 degrés', '12 degrés sous zéro'] },
    {
      value: { amount: 100, unit: '°F', dimension: 'temperature' },
      texts: ['100 °F', '100 degrés Fahrenheit', '100 degrés f'],
    },
    { value: { amount: 300, unit: 'K', dimension: 'temperature' }, texts: ['300 K', '300 kelvins'] },
    { value: { amount: 25, unit: '°', dimension: 'temperature' }, texts: ['Il fera [[25°]]. Demain, orages.'] },
    {
      value: { amount: 130, unit: 'km/h', dimension: 'speed' },
      texts: ['130 km/h', '130 km / h', '130 kilomètres par heure', '130 kilomètres à l’heure', '130 km à l’heure'],
    },
    { value: { amount: 25, unit: 'kn', dimension: 'speed' }, texts: ['25 nœuds', '25 noeuds'] },
    {
      value: { amount: 12, unit: '%', dimension: 'ratio', si: { amount: 0.12, unit: '1' } },
      texts: ['12 %', '12%', '12 pour cent', '12 pour-cent'],
    },
    { value: { amount: 45, unit: 's', dimension: 'duration' }, texts: ['45 secondes'] },
    {
      value: { amount: 8, unit: 'h', dimension: 'duration', si: { amount: 28800, unit: 's' } },
      texts: ['une autonomie de [[8 heures]]', 'une durée de [[huit heures]]'],
    },
    {
      value: { amount: 25, unit: 'a', dimension: 'duration' },
      texts: ['un contrat de [[25 ans]]', 'une concession de [[25 ans]]'],
    },
    {
      value: { amount: 300, min: 300, max: 400, unit: 'MW', dimension: 'power' },
      texts: [
        '300-400 MW',
        '300 à 400 MW',
        'de 300 à 400 MW',
        'une capacité [[de 300 à 400 mégawatts]]',
        'de 300 MW à 400 MW',
      ],
    },
    {
      value: { amount: 2, min: 2, max: 3, unit: 'GW', dimension: 'power' },
      texts: ['entre 2 et 3 GW', 'une puissance comprise [[entre 2 et 3 GW]]', 'entre deux et trois gigawatts'],
    },
    {
      value: { amount: 1e9, min: 1e9, max: 2e9, unit: 'm3' },
      texts: ['de 1 à 2 milliards de mètres cubes', 'des réserves [[de 1 à 2 milliards de m3]]'],
    },
    {
      value: { amount: 5, unit: 'GW', qualifier: 'over' },
      texts: ['plus de 5 GW', 'au moins 5 GW', '5 GW ou plus', 'une capacité de [[plus de 5 GW]]'],
    },
    {
      value: { amount: 20, unit: 'MW', qualifier: 'under' },
      texts: ['moins de 20 MW', 'jusqu’à 20 MW', 'au maximum 20 MW'],
    },
    {
      value: { amount: 300, unit: 'MW', qualifier: 'approx' },
      texts: ['environ 300 MW', 'quelque 300 MW', 'un projet d’[[environ 300 MW]]'],
    },
    {
      value: { amount: 10, unit: 'km', dimension: 'length', qualifier: 'approx' },
      texts: ['une dizaine de kilomètres', 'à [[une dizaine de kilomètres]] de la côte', 'environ 10 km'],
    },
    {
      value: { amount: 100, unit: 'ha', qualifier: 'approx' },
      texts: ['une centaine d’hectares', "une centaine d'ha"],
    },
    { value: { amount: 20, unit: '°', qualifier: 'approx' }, texts: ['une vingtaine de degrés', 'environ 20 degrés'] },
    {
      value: { amount: 1.5, unit: 'km', dimension: 'length' },
      texts: ['un kilomètre et demi', '1 km et demi', '1,5 km', 'un kilomètre et demie'],
    },
    {
      value: { amount: 3, unit: 'km', dimension: 'length' },
      texts: ['3 kilomètres', 'trois kilomètres', '3 kilometres'],
    },
    { value: { amount: 5, unit: 'in', qualifier: 'approx' }, texts: ['environ 5 pouces', 'à peu près cinq pouces'] },
    {
      value: { amount: 3, min: 3, max: 5, unit: 'l', dimension: 'volume' },
      texts: ['entre 3 et 5 litres', 'de 3 à 5 litres', '3-5 l'],
    },
    { value: { amount: 10, unit: 'm', qualifier: 'under' }, texts: ['moins de 10 mètres', 'moins de dix mètres'] },
    { value: { amount: 0.25, unit: 'l', dimension: 'volume' }, texts: ['un quart de litre', 'quart de litre'] },
    {
      value: { amount: 2, unit: 'cup', dimension: 'volume' },
      texts: ['2 tasses', 'deux tasses', 'ajouter [[2 tasses]] de farine'],
    },
    {
      value: { amount: 2, unit: 'tbsp', dimension: 'volume' },
      texts: ['2 cuillères à soupe', 'deux cuillerées à soupe', '2 c. à soupe'],
    },
    { value: { amount: 1, unit: 'tsp', dimension: 'volume' }, texts: ['1 cuillère à café', '1 c. à café'] },
    { value: { amount: 40, unit: '°', qualifier: 'under' }, texts: ['au plus 40°', 'au maximum 40 degrés'] },
    {
      value: { amount: -2, unit: '°C', dimension: 'temperature' },
      texts: ['-2°C', 'moins 2 °C', 'moins deux degrés Celsius'],
    },
    { value: { amount: 0, unit: '°', dimension: 'temperature' }, texts: ['zéro degré', '0°'] },
    { value: { amount: 70, unit: '°F', dimension: 'temperature' }, texts: ['soixante-dix degrés Fahrenheit', '70 °F'] },
    { value: { amount: 71, unit: 'in', dimension: 'length' }, texts: ['5 pieds 11 pouces', '5 pieds et 11 pouces'] },
    {
      value: { amount: 180, unit: 'cm', dimension: 'length' },
      texts: ['1m80', 'le pivot de [[1m80]] a signé', '1 m 80', '180 cm'],
    },
    {
      value: { amount: 170, min: 170, max: 180, unit: 'cm', dimension: 'length' },
      texts: ['de 1m70 à 1m80', 'entre 1m70 et 1m80'],
    },
    {
      value: { amount: 125, unit: 'ml', dimension: 'volume' },
      texts: ['une moto de [[125 cm3]]', '125 cm³', '125 centimètres cubes'],
    },
    { value: { amount: 1.5, unit: 'l', dimension: 'volume' }, texts: ['1½ litre', '1,5 litre'] },
    {
      value: { amount: 42, unit: '°C', dimension: 'temperature' },
      texts: ['des températures de [[42C]] à Marrakech', '42 °C', '42 degrés Celsius'],
    },
    { value: { amount: 1.5, unit: 'cup' }, texts: ['une tasse et demie', '1,5 tasse'] },
    { value: { amount: 2.25, unit: 'km' }, texts: ['deux kilomètres et quart', '2,25 km'] },
    { value: { amount: 0.5, unit: '°' }, texts: ['un demi-degré', '0,5 degré'] },
    {
      value: { amount: 150, unit: 's', dimension: 'duration' },
      texts: ['à [[2 min 30 s]] du vainqueur', '150 secondes'],
    },
    { value: { amount: 1, unit: 'tbsp' }, texts: ['une cuillère à soupe', 'une cuillerée à soupe'] },
    { value: { amount: 2001, unit: 'm', dimension: 'length' }, texts: ['deux kilomètres et un mètre', '2 km et 1 m'] },
    { value: { amount: 1, unit: 'km', dimension: 'length' }, texts: ['à [[un km]] de la plage', 'un kilomètre'] },
  ],
  negatives: [
    'L’Airbus A320 a décollé de Casablanca.',
    'Le déploiement de la 5G commence en 2025.',
    'La pandémie de COVID-19 a frappé le secteur.',
    'Royal Air Maroc a commandé un Boeing 737.',
    'En 2018, la société employait 3 000 personnes.',
    'Le chiffre atteint 386 selon le rapport.',
    'Il l’a dit le 5 mai à 10 h.',
    'Il a marché un peu.',
    'une tonne de travail',
    'Le vol AF 1234 est arrivé.',
    'Le modèle scp2-173m est en rupture.',
    'Le prix est de 1,80 euro le litre.',
    'Tourner à 45 degrés vers la gauche.',
    'Le navire est à la latitude 30°.',
    'Une dose de 0,75 mg/kg est injectée.',
    'Mohamed, 45 ans, a été arrêté.',
    'Ils ont négocié pendant deux heures.',
    'Le décret prévoit : 1°) la hausse de la taxe ; 2°) sa suppression.',
    'Un rendement de 7 tonnes par hectare.',
    'En 2021 Mt Gox a rouvert ses comptes.',
    'Il a terminé à la 5e place.',
    'Le film est diffusé en 3D.',
    'Le poste tourne sous Windows 10.',
    'Une dizaine de personnes ont été blessées.',
    'Il prend une tasse de thé.',
    'Il habite l’appartement 5C.',
    'Il a franchi un degré de plus.',
    'Elle boit une tasse de café.',
    'Il a pris un m majuscule.',
    'Il termine deuxième à 41 " du vainqueur.',
    'Le Suisse a concédé 2\'43" dans le contre-la-montre.',
    'Un quart d’heure plus tard, il est parti.',
  ],
});
