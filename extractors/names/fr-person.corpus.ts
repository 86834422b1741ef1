// French people: names with honorifics, roles, particles and compound first names.
import { defineCorpus } from '../corpus.js';

export default defineCorpus({
  type: 'person',
  lang: 'fr',
  examples: [
    {
      // A country that is a first name too, before a surname.
      value: { name: 'Jordan Valmont' },
      texts: ['La députée était accompagnée de [[Jordan Valmont]] mardi soir.'],
    },
    {
      value: { name: 'Nadia Fettah', role: "ministre de l'Économie et des Finances" },
      texts: [
        "Le budget a été présenté par [[Nadia Fettah]], ministre de l'Économie et des Finances, devant les députés.",
        'Selon [[Nadia Fettah]], ministre de l’Économie et des Finances, la croissance ralentit.',
      ],
    },
    {
      value: {
        name: 'Karim Bennani',
        role: "directeur général chargé de l'Industrie, du Commerce et de l'Export",
      },
      texts: [
        "La délégation était conduite par [[Karim Bennani]], directeur général chargé de l'Industrie, du Commerce et de l'Export, et par plusieurs élus.",
      ],
    },
    {
      value: { name: 'Samir Ouazzani', role: "ministre de l'Agriculture et de la Pêche" },
      texts: [
        "Le ministre de l'Agriculture et de la Pêche, [[Samir Ouazzani]], a inauguré la foire.",
        "Selon le ministre de l'Agriculture et de la Pêche, [[Samir Ouazzani]], la récolte sera bonne.",
      ],
    },
    {
      value: { name: 'Dupuis' },
      texts: ["Lors de la séance, M. [[Dupuis]] a défendu le projet d'aménagement."],
    },
    {
      value: { name: 'Dupuis' },
      date: '1912-06-04',
      texts: ["Lors de la séance, [[M. Dupuis]] a défendu le projet d'aménagement."],
    },
    {
      value: { name: 'Jean-Marc Lefèvre' },
      texts: [
        'Le rapport rédigé par [[Jean-Marc Lefèvre]] sera publié demain.',
        'Cependant, [[Jean-Marc Lefèvre]] reste prudent sur les chiffres.',
      ],
    },
    {
      value: { name: 'de Villiers' },
      texts: ['Le discours du général [[de Villiers]] a été salué par la presse.'],
    },
    {
      value: { name: 'de Villiers' },
      date: '1912-06-04',
      texts: ['Le discours du [[général de Villiers]] a été salué par la presse.'],
    },
    { value: { name: 'Marfeld' }, texts: ['Les patients atteints du syndrome de [[Marfeld]] doivent être suivis.'] },
    {
      value: { name: 'Youssef El Amrani' },
      texts: ['La société a nommé [[Youssef El Amrani]] à la tête de sa filiale.'],
    },
    // Le titre qui précède le nom est son rôle, hors de l'empan (presse moderne).
    {
      value: { name: 'Étienne Morvan', role: 'président de la République' },
      texts: ['Le président de la République [[Étienne Morvan]] a reçu mardi les syndicats.'],
    },
    {
      value: { name: 'Bruno Delacour', role: "ministre de l'Économie" },
      texts: ["Le ministre de l'Économie [[Bruno Delacour]] a présenté le budget."],
    },
    {
      value: { name: 'Olaf Lindqvist', role: 'chancelier allemand' },
      texts: ['Le chancelier allemand [[Olaf Lindqvist]] est attendu jeudi.'],
    },
    { value: { name: 'Ursula van der Meer' }, texts: ['Le texte a été adopté, a indiqué [[Ursula van der Meer]].'] },
    {
      value: { name: 'Okonkwo' },
      texts: [
        '[[Okonkwo]] a déclaré que les négociations avaient échoué.',
        '« Les négociations ont échoué », a déclaré [[Okonkwo]].',
      ],
    },
    // Un prénom qui est aussi un mois, devant un nom de famille, hors d'une date.
    {
      value: { name: 'Avril Fontaine' },
      texts: [
        'La maire, [[Avril Fontaine]], a salué le projet.',
        'Selon [[Avril Fontaine]], le chantier reprendra en juin.',
        '[[Avril Fontaine]], maire de la commune, a salué le projet.',
      ],
    },
    {
      // Un nom de famille coupé en fin de ligne, avec des fins de ligne Windows ou des espaces avant la coupure.
      value: { name: 'Karim Bennani' },
      texts: [
        'La séance était présidée par [[Karim Ben-\r\nnani]], le directeur du port.',
        'Le rapport a été signé par [[Karim Ben-  \nnani]] jeudi.',
      ],
    },
    { value: { name: 'Paul Lefebvre' }, texts: ['Selon [[Paul Lefeb-  \nvre]], les travaux reprendront lundi.'] },
  ],
  negatives: [
    'Le 12 Avril Fontaine a quitté la mairie.',
    'Selon les analystes, la croissance devrait ralentir au second semestre.',
    'Cependant, le marché reste fragile malgré la baisse des taux.',
    'Le Conseil a pris acte de la décision lundi dernier.',
    'Mardi, les cours ont progressé de deux points en Bourse.',
    'En Mai dernier, la production avait déjà reculé.',
    'Effectivement, la Transition Numérique reste une priorité du gouvernement.',
    'La police a déclaré que deux personnes avaient été blessées.',
    'Le PDG de Valdor a démissionné vendredi.',
  ],
});
