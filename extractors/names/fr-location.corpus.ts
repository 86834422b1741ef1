// French places: countries, cities with their country, elisions, compounds, datelines.
import { defineCorpus } from '../corpus.js';

export default defineCorpus({
  type: 'location',
  lang: 'fr',
  examples: [
    {
      // The town a local body sits in, after its noun or its acronym and "de".
      value: { name: 'Valdrôme-sur-Isle' },
      texts: [
        "L'alerte a été donnée à la gendarmerie de [[Valdrôme-sur-Isle]] lundi soir.",
        'Les secouristes du PGHM de [[Valdrôme-sur-Isle]] sont intervenus.',
      ],
    },
    // Exonyms that GeoNames does not give, or gives to a smaller namesake elsewhere.
    { value: { name: 'Séville', country: 'ES' }, texts: ["L'usine de [[Séville]] fermera en mars."] },
    { value: { name: 'Anvers', country: 'BE' }, texts: ["Le port d'[[Anvers]] a traité un record de conteneurs."] },
    { value: { name: 'Aix-la-Chapelle', country: 'DE' }, texts: ['Le sommet se tiendra à [[Aix-la-Chapelle]].'] },
    {
      // A town after an elided "d'" stays a place beside the person named after it.
      value: { name: 'Annecy', country: 'FR' },
      texts: ["Le procureur de la République d'[[Annecy]], Line Morel, a ouvert une enquête."],
    },
    {
      // What a mayor or a prefect serves is a place, even one the gazetteer does not know.
      value: { name: 'Saint-Brévin-des-Monts' },
      texts: ['Le maire de [[Saint-Brévin-des-Monts]], Paul Morel, a démissionné lundi.'],
    },
    {
      value: { name: 'Maroc', country: 'MA' },
      texts: ['Les exportations du [[Maroc]] ont augmenté.', "Il ne vit qu'au [[Maroc]] depuis 2019."],
    },
    {
      value: { name: 'Portugal', country: 'PT' },
      date: '1880-05-02',
      texts: ['La reine de [[Portugal]] est arrivée hier soir.'],
    },
    {
      value: { name: 'États-Unis', country: 'US' },
      texts: ['Le contrat a été signé aux [[États-Unis]] la semaine dernière.'],
    },
    {
      // Coupé en fin de ligne avec une fin de ligne Windows: la capitale après le trait d'union le garde.
      value: { name: 'Saint-Étienne', country: 'FR' },
      texts: ['Les supporters ont rejoint [[Saint-\r\nÉtienne]] dimanche soir.'],
    },
    {
      value: { name: 'Marseille', country: 'FR' },
      texts: ['Le port de [[Marseille]] est saturé.', 'Le salon se tiendra à [[Marseille]].'],
    },
    { value: { name: 'Ohio', country: 'US' }, texts: ["L'usine de l'[[Ohio]] sera agrandie."] },
    { value: { name: 'Genève', country: 'CH' }, texts: ['[[GENÈVE]], 12 mars. La conférence a débuté hier.'] },
    { value: { name: 'Saint-Étienne', country: 'FR' }, texts: ['Le tramway de [[Saint-Étienne]] sera prolongé.'] },
    {
      value: { name: 'Esp', country: 'ES' },
      texts: ['Classement : 1. Pablo Ruiz ([[Esp]]) en 4 h 12.'],
    },
    {
      value: { name: 'Suisse romande', country: 'CH' },
      texts: ['La pluie est attendue en [[Suisse romande]] demain.'],
    },
    { value: { name: 'rue des Martyrs' }, texts: ["Un incendie s'est déclaré [[rue des Martyrs]] dans la nuit."] },
    // (Une adresse sur une ligne : names.test.ts.)
    { value: { name: 'Lindenstraße' }, texts: ['Le siège est au 14 [[Lindenstraße]].'] },
  ],
  negatives: [
    'Le Premier ministre a présenté son plan lundi.',
    'Selon le rapport, les prix ont augmenté en Mars.',
    'Cependant, les Verts ont voté contre le texte.',
    'Dimanche, la participation a atteint 60 %.',
  ],
});
