// French organizations: cue words, acronyms with their long form, company suffixes, articles.
import { defineCorpus } from '../corpus.js';

export default defineCorpus({
  type: 'organization',
  lang: 'fr',
  examples: [
    {
      // Where one works, after "chez", is a company in modern news.
      value: { name: 'Norvalis' },
      texts: [
        'Chez [[Norvalis]], la direction refuse tout commentaire.',
        'Elle est analyste chez [[Norvalis]] depuis 2019.',
      ],
    },
    {
      // A capitalized article inside a sentence opens a party's or a paper's name of common words.
      value: { name: 'Les Indépendants' },
      texts: [
        'Le maire a rallié les élus [[Les Indépendants]] mardi soir.',
        'Selon [[Les Indépendants]], le vote est acquis.',
      ],
    },
    {
      // An acronym after the noun of an organization, even inside a person's role.
      value: { name: 'UDR' },
      texts: ['Paul Morel, président du groupe [[UDR]] au Sénat, a voté contre.'],
    },
    {
      // A list introduced by a plural company noun.
      value: { name: 'Norvalis' },
      texts: ['Plusieurs équipementiers, dont [[Norvalis]], ont annoncé des suppressions de postes.'],
    },
    {
      // A common word hyphened to a country's name is a national body.
      value: { name: 'Météo-France' },
      texts: [
        'Selon [[Météo-France]], les orages reprendront jeudi.',
        'Les prévisions de [[Météo-France]] sont prudentes.',
      ],
    },
    {
      // A party's name takes its adjective in -iste.
      value: { name: 'Parti socialiste' },
      texts: ['Le [[Parti socialiste]] a voté contre le texte mardi.'],
    },
    {
      value: { name: 'Sécurité civile' },
      texts: ["Un hélicoptère de la [[Sécurité civile]] est intervenu dans l'après-midi."],
    },
    {
      // A role between two names, opened by an article, is the next name's: the first stays a medium.
      value: { name: 'Lumière Médias' },
      texts: ["Interrogé sur [[Lumière Médias]], le ministre de l'Industrie, Paul Ferrand, a démenti."],
    },
    {
      value: { name: "Banque Centrale des États de l'Afrique de l'Ouest" },
      texts: ["La [[Banque Centrale des États de l'Afrique de l'Ouest]] maintient ses taux directeurs."],
    },
    {
      value: { name: 'Office Chérifien des Phosphates' },
      texts: ["Les résultats de l'[[Office Chérifien des Phosphates]] progressent."],
    },
    { value: { name: 'OCP' }, texts: ["Les exportations de l'[[OCP]] progressent."] },
    {
      value: { name: 'Conseil fédéral' },
      texts: ['Le [[Conseil fédéral]] a adopté le message mercredi.'],
    },
    {
      value: { name: 'Brasseries Kronen SA' },
      texts: ['Les [[Brasseries Kronen SA]] ont annoncé un plan de départs.'],
    },
    { value: { name: 'VoltaNova' }, texts: ['[[VoltaNova]] a annoncé un accord avec la région.'] },
    {
      value: { name: 'Valtera' },
      texts: [
        "La société [[Valtera]] a levé dix millions d'euros.",
        'Le groupe industriel [[Valtera]] ferme une usine.',
        'La jeune start-up lyonnaise [[Valtera]] recrute.',
      ],
    },
    // Ce que dirige un titre est une organisation.
    {
      value: { name: 'Valdor' },
      texts: [
        "Le PDG de [[Valdor]], Marc Lefèvre, a confirmé l'accord.",
        'Elle a été nommée directrice générale de [[Valdor]] en 2021.',
      ],
    },
    { value: { name: 'Stellix SE' }, texts: ['Le groupe [[Stellix SE]] a publié ses résultats.'] },
    {
      value: { name: "ministère de l'Intérieur" },
      texts: [
        "Le [[ministère de l'Intérieur]] a confirmé l'arrestation.",
        "Selon le [[ministère de l'Intérieur]], le calme est revenu.",
      ],
    },
    { value: { name: 'ministère des Armées' }, texts: ['Le [[ministère des Armées]] a commandé douze avions.'] },
    {
      value: { name: "ministère de l'Économie et des Finances" },
      texts: ["Le [[ministère de l'Économie et des Finances]] a publié ses prévisions."],
    },
    { value: { name: 'Valmora' }, texts: ['Le directeur général de [[Valmora]], Tarik Hamdi, est venu à Rabat.'] },
    {
      value: { name: 'Conseil des ministres' },
      texts: ['Le texte a été présenté en [[Conseil des ministres]] mercredi.'],
    },
    { value: { name: 'Air Vexin-KLM' }, texts: ["Les tarifs d'[[Air Vexin-KLM]] ont augmenté."] },
    { value: { name: 'France Inter' }, texts: ['Le ministre a été interrogé sur [[France Inter]] mardi.'] },
    // Un mot courant capitalisé devant un verbe d'entreprise est le nom de l'entreprise.
    {
      value: { name: 'Airbus' },
      texts: [
        '[[Airbus]] a inauguré jeudi une nouvelle chaîne près de Saint-Nazaire.',
        'Saint-Nazaire : [[Airbus]] inaugure un nouveau hangar.',
      ],
    },
    { value: { name: 'Orange' }, texts: ['[[Orange]] a annoncé mardi la fermeture de trois boutiques.'] },
    // Un sigle défini après le nom commun d'une institution reste une organisation.
    {
      value: { name: 'CVR' },
      texts: ["L'avis du comité de veille régionale ([[CVR]]) sera publié demain."],
    },
    // Un État qui agit (sujet d'un verbe, servi par un ambassadeur) est une organisation ; ailleurs un lieu.
    {
      value: { name: 'Norvège' },
      texts: [
        'Lors du sommet, la [[Norvège]] a proposé un compromis sur la pêche.',
        "Selon lui, la [[Norvège]] s'oppose au texte.",
        "L'ancien ambassadeur de [[Norvège]] a témoigné jeudi.",
      ],
    },
    {
      value: { name: 'Kortel Medical GmbH' },
      texts: ['Fabricant : [[Kortel Medical GmbH]] Lindenstraße 14 50674 Cologne Allemagne'],
    },
    // Un journal nommé d'un jour de la semaine : le jour appartient au titre.
    {
      value: { name: 'Journal du dimanche' },
      texts: ['Dans un entretien au [[Journal du dimanche]], la ministre a défendu la réforme.'],
    },
  ],
  negatives: [
    'Il est rentré chez lui après le match.',
    'Au niveau 1 du centre commercial Les Arcades, la fête commence.',
    'Le Nord-Est du pays a été touché par la tempête.',
    'Beaucoup ont annoncé leur départ avant la fin du mois.',
    'Le gouvernement a présenté son plan lundi.',
    "L'État prendra en charge une partie des coûts.",
    'Cette entreprise emploie 300 personnes dans la région.',
    'Le PIB a progressé de 2 % au premier trimestre.',
    'Les exportations vers la Norvège ont doublé, et il vit en Norvège depuis 2019.',
    // Un sigle défini par des mots communs n'est pas une organisation, ici ni plus loin.
    "Le délai de coagulation sanguine (DCS) s'allonge sous traitement, et le DCS est suivi chaque jour.",
    'Le projet nécessite 386 MW de puissance installée.',
    "Le ministre de l'Économie Bruno Delacour a présenté le budget.",
  ],
});
