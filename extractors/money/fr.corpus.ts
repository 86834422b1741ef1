// French money: one value, many surface forms; negatives must yield no money. Sentences written for this corpus.
import { defineCorpus } from '../corpus.js';

export default defineCorpus({
  type: 'money',
  lang: 'fr',
  date: '2024-05-08',
  examples: [
    {
      value: { amount: 500_000_000, currency: 'USD' },
      texts: [
        'Le groupe a levé [[500 millions de dollars]] auprès de ses actionnaires.',
        '500 millions de dollars',
        '500 millions de dollars américains',
        '500 millions de dollars US',
        '500 millions $',
        '500 M$',
        '500 M$ US',
        '$500 millions',
        'cinq cents millions de dollars',
        '0,5 milliard de dollars',
        'un demi-milliard de dollars',
        '500 000 000 USD',
        'USD 500 millions',
        '500 millions USD',
      ],
    },
    {
      value: { amount: 5_000_000_000, currency: 'MAD', qualifier: 'over' },
      texts: [
        'Le programme mobilisera [[plus de 5 milliards de dirhams]] d’ici 2030.',
        'plus de 5 milliards de dirhams',
        'plus de 5 milliards de DH',
        'plus de 5 MMDH',
        'plus de 5 000 MDH',
        'plus de cinq milliards de dirhams',
        'plus de 5 Mds DH',
        'plus de 5 milliards de dirhams marocains',
      ],
    },
    {
      value: { amount: 2_150_000_000, currency: 'MAD' },
      texts: [
        'Le budget atteint [[2 150 MDH]] cette année.',
        '2 150 MDH',
        '2\u00A0150 MDH',
        '2,15 milliards de dirhams',
        '2,15 MMDH',
      ],
    },
    {
      value: { amount: 3_000_000_000, currency: 'EUR' },
      texts: [
        '3 Md€',
        '3 Mds €',
        '3 milliards d’euros',
        "3 milliards d'euros",
        'trois milliards d’euros',
        '3 000 M€',
        '3 000 millions d’euros',
        '€3 milliards',
      ],
    },
    {
      value: { amount: 1_300_000_000, currency: 'USD' },
      texts: ['1,3 milliard de dollars', '1,3 Md$', '1 300 millions de dollars', 'US$ 1,3 milliard'],
    },
    {
      value: { amount: 40_000, currency: 'EUR' },
      texts: [
        'Le loyer annuel s’élève à [[40 000 euros]].',
        '40 000 euros',
        '40\u202F000 €',
        '40.000 €',
        '40 k€',
        'quarante mille euros',
        '40 000 EUR',
      ],
    },
    {
      value: { amount: 12.5, currency: 'EUR' },
      texts: ['12,50 €', '12,50 euros', '12 euros 50', '12 euros et 50 centimes', 'douze euros cinquante', '€12,50'],
    },
    { value: { amount: 0.35, currency: 'EUR' }, texts: ['35 centimes', '35 centimes d’euro', 'trente-cinq centimes'] },
    {
      value: { amount: 71_000, currency: 'CHF' },
      texts: ['71 000 francs suisses', 'soixante et onze mille francs suisses', '71 000 CHF', 'CHF 71 000'],
    },
    {
      value: { amount: 92_000_000, currency: 'CAD' },
      texts: [
        '92 millions de dollars canadiens',
        'quatre-vingt-douze millions de dollars canadiens',
        '92 millions de $ CA',
        'C$ 92 millions',
      ],
    },
    {
      value: { amount: 250_000, currency: 'GBP' },
      texts: ['250 000 livres sterling', '£250 000', '250 000 £', 'deux cent cinquante mille livres sterling'],
    },
    {
      value: { amount: 1_500_000_000, currency: 'XOF' },
      texts: ['1,5 milliard de francs CFA', '1,5 milliard de FCFA', '1 500 millions de F CFA'],
    },
    {
      value: { amount: 2_500_000, currency: 'EUR' },
      texts: ['deux millions et demi d’euros', '2 millions et demi d’euros', '2,5 millions d’euros', '2,5 M€'],
    },
    {
      value: { amount: 300_000_000, currency: 'EUR', qualifier: 'approx' },
      texts: [
        'environ 300 millions d’euros',
        'près de 300 millions d’euros',
        'quelque 300 millions d’euros',
        'autour de 300 M€',
        '300 millions d’euros environ',
      ],
    },
    {
      value: { amount: 20, currency: 'EUR', qualifier: 'under' },
      texts: ['moins de 20 euros', 'jusqu’à 20 €', 'pas plus de 20 euros', 'au maximum 20 euros'],
    },
    {
      value: { amount: 1_000_000_000, currency: 'USD', qualifier: 'over' },
      texts: ['plus d’un milliard de dollars', 'au moins un milliard de dollars', 'au moins 1 milliard de $'],
    },
    {
      value: { amount: 10, min: 10, max: 20, currency: 'EUR' },
      texts: ['entre 10 et 20 euros', 'entre 10 euros et 20 euros', 'de 10 à 20 €', '10-20 €', '10 à 20 euros'],
    },
    {
      value: { amount: 12, min: 12, max: 15, currency: 'EUR' },
      texts: ['Les billets coûteront [[entre 12 euros et 15 euros]] selon la catégorie.', 'entre 12 et 15 euros'],
    },
    {
      value: { amount: 10_000_000, min: 10_000_000, max: 20_000_000, currency: 'USD' },
      texts: [
        'de 10 à 20 millions de dollars',
        'entre 10 et 20 millions de dollars',
        '10-20 M$',
        'entre 10 millions et 20 millions de dollars',
      ],
    },
    {
      value: { amount: 3_000_000_000, currency: 'AED' },
      texts: [
        'À Dubaï, le fonds a investi [[3 milliards de dirhams]] dans le port.',
        '3 milliards de dirhams émiratis',
      ],
    },
    {
      value: { amount: 5_000_000, currency: 'JPY' },
      texts: ['cinq millions de yens', '5 millions de yens', '¥5 millions'],
    },
    { value: { amount: 1e12, currency: 'EUR' }, texts: ['un billion d’euros', 'mille milliards d’euros'] },
    {
      value: { amount: 50_000_000, currency: 'MAD' },
      texts: [
        'Le capital social est fixé à [[50 000 000 de dirhams]].',
        '50 millions de DH',
        'DH 50 millions',
        '50 000 000 DH',
      ],
    },
    {
      value: { amount: 5_000_000, currency: 'USD' },
      texts: ['$US 5 millions', '5 millions $US', '5 M$ US', '5 millions de dollars des États-Unis'],
    },
    {
      value: { amount: 2_500_000_000, currency: 'CAD' },
      texts: ['Québec injecte [[2,5 G$ CA]] dans le réseau.', '2,5 milliards de dollars canadiens'],
    },
    {
      value: { amount: 800_000_000, min: 800_000_000, max: 1_200_000_000, currency: 'EUR' },
      texts: [
        'de 800 millions à 1,2 milliard d’euros',
        'entre 800 millions et 1,2 milliard d’euros',
        'de 800 à 1,2 milliard d’euros',
      ],
    },
  ],
  negatives: [
    'La commune compte 40 000 habitants.',
    'En 2018, la production a doublé.',
    'Appelez le 05 22 33 44 55 avant midi.',
    'Selon l’article 3 de la loi, le texte est applicable.',
    'Le ministre l’a répété trois fois.',
    'Une entreprise sur deux recrute.',
    'Le dollar a progressé face à l’euro.',
    'La croissance atteint 3,5 % cette année.',
    'La centrale produira 300 MW.',
    'Il a lu cinq livres pendant l’été.',
    'Le taux est passé de 2 à 3 %.',
    'Les années 1990 ont été difficiles.',
    'Il est arrivé deuxième sur 250 concurrents.',
    'La COP 28 s’est tenue à Dubaï.',
    'Le score final était de 3-1.',
    'La saison 2023-2024 commence le 12 août.',
    'Il a payé 5 de ses dettes.',
    'Le budget 2024 prévoit 12,5 milliards.',
  ],
  todo: [
    'un dollar fort (an article + currency name stays a weak, latent reading)',
    'quelques millions d’euros (no number)',
  ],
});
