// French dates: one expected value, many surface forms; the reference date is a Wednesday.
import { defineCorpus } from '../corpus.js';

export default defineCorpus({
  type: 'date',
  lang: 'fr',
  date: '2024-05-08',
  examples: [
    {
      // Early morning (7-9 h) of a day named just before it.
      value: { start: '2024-05-09T07:00', end: '2024-05-09T08:59', grain: 'minute' },
      texts: [
        'Les camions partiront [[demain tôt le matin]].',
        'Les camions partiront [[demain très tôt le matin]].',
        'Les camions partiront [[jeudi le matin tôt]].',
      ],
    },
    // Alone, as a whole text, it is the reference day's.
    { value: { start: '2024-05-08T07:00', end: '2024-05-08T08:59', grain: 'minute' }, texts: ['tôt le matin'] },
    {
      // Meals and work name hours of the day named before them, or of the reference day.
      value: { start: '2024-05-09T12:00', end: '2024-05-09T13:59', grain: 'minute' },
      texts: [
        'Les syndicats seront reçus [[demain à l’heure du déjeuner]].',
        'Ils se verront [[jeudi pendant le déjeuner]].',
      ],
    },
    {
      value: { start: '2024-05-08T12:00', end: '2024-05-08T13:59', grain: 'minute' },
      texts: ["Le cortège s'est dispersé à [[l'heure du déjeuner]]."],
    },
    {
      value: { start: '2024-05-10T13:00', end: '2024-05-10T16:59', grain: 'minute' },
      texts: ['Le président visitera le chantier [[vendredi après le déjeuner]].'],
    },
    {
      value: { start: '2024-05-10T10:00', end: '2024-05-10T11:59', grain: 'minute' },
      texts: ['La motion sera examinée [[vendredi avant le déjeuner]].'],
    },
    {
      value: { start: '2024-05-09T17:00', end: '2024-05-09T20:59', grain: 'minute' },
      texts: ['Les grévistes manifesteront [[demain après le travail]].'],
    },
    {
      // Seconds ahead: the minute they fall in.
      value: { value: '2024-05-08T10:01', grain: 'minute' },
      date: '2024-05-08T10:00',
      texts: ['Le train repart [[dans 90 secondes]].', 'Le train repart [[dans 90"]].'],
    },
    {
      value: { value: '2024-05-08T10:05', grain: 'minute' },
      date: '2024-05-08T10:00',
      texts: ["Le tirage commence [[dans 5']].", 'Le tirage commence [[dans 5’]].'],
    },
    {
      value: { start: '2024-05-08T09:59', end: '2024-05-08T09:59', grain: 'minute' },
      date: '2024-05-08T10:00',
      texts: ['Le but a été marqué dans les [[dix dernières secondes]].'],
    },
    {
      // Days of the reference's month, in figures or words, up to the end of the clause.
      value: { start: '2024-05-12', end: '2024-05-17', grain: 'day' },
      texts: [
        'Le salon se tiendra [[du douze au dix-sept]].',
        'Le salon se tiendra [[entre le 12 et le dix-sept]].',
        'Le salon se tiendra [[du 12e au 17]].',
      ],
    },
    {
      value: { value: '2024-05-08T10:45', grain: 'minute' },
      texts: ['dix heures trois quarts', 'Le cortège partira à [[dix heures trois quarts]].'],
    },
    {
      // What is left of a part of the day, read whole.
      value: { start: '2024-05-08T12:00', end: '2024-05-08T18:59', grain: 'minute' },
      texts: [
        'Le ministre répondra [[plus tard dans l’après-midi]].',
        'Il rappellera [[un peu plus tard dans l’après-midi]].',
      ],
    },
    {
      // Moves of less than a day, in figures or words, are read to the minute.
      value: { value: '2024-05-08T11:30', grain: 'minute' },
      date: '2024-05-08T10:00',
      texts: [
        'Le vote aura lieu [[dans 1h30]].',
        'Le vote aura lieu [[dans une heure et demie]].',
        'Le vote aura lieu [[dans 1 h 30]].',
      ],
    },
    {
      value: { value: '2024-05-08T10:15', grain: 'minute' },
      date: '2024-05-08T10:00',
      texts: ['Le cortège partira [[dans un quart d’heure]].', 'Le cortège partira [[dans 15mn]].'],
    },
    {
      value: { value: '2024-05-08T09:30', grain: 'minute' },
      date: '2024-05-08T10:00',
      texts: ["L'alerte a été levée [[il y a une demi-heure]].", "L'alerte a été levée [[il y a 30 min]]."],
    },
    {
      value: { value: '2024-05-08T12:00', grain: 'minute' },
      date: '2024-05-08T10:00',
      texts: ['Le train arrive [[dans 2h]].'],
    },
    { value: { value: '2026', grain: 'year' }, texts: ['Le chantier sera fini [[dans deux ans et demi]].'] },
    { value: { start: '2024-05-08T12:00', end: '2024-05-08T18:59', grain: 'minute' }, texts: ["l'[[après-midi]]"] },
    {
      // Moving feasts named in French news.
      value: { start: '2024-03-11', end: '2024-04-09', grain: 'day' },
      texts: ['Les horaires des commerces ont changé pendant le [[ramadan]].'],
    },
    { value: { value: '2024-02-10', grain: 'day' }, texts: ['Le défilé du [[nouvel an chinois]] a attiré la foule.'] },
    {
      // A capitalized month, as in a title, after a word that introduces nothing but a date.
      value: { start: '2024-03-21', end: '2024-03-31', grain: 'day' },
      texts: ['Bilan Attendu [[Fin Mars]]', 'Bilan : [[Fin Mars]]'],
    },
    {
      value: { start: '2024-05-07T16:00', end: '2024-05-07T19:59', grain: 'minute' },
      texts: ['Les délégués sont arrivés la [[veille au soir]].', 'Le ministre est rentré [[hier au soir]].'],
    },
    {
      value: { start: '2024-05-09T17:00', end: '2024-05-09T20:59', grain: 'minute' },
      texts: ['Le verdict tombera [[demain à la fin de la journée]].'],
    },
    {
      value: { start: '2024-05-08T11:00', end: '2024-05-08T15:59', grain: 'minute' },
      texts: ['La Bourse reculait à la [[mi-journée]].'],
    },
    {
      value: { start: '2024-05-09T14:00', end: '2024-05-09T15:59', grain: 'minute' },
      texts: ['Le guichet ouvrira [[demain de 14h à 16h]].'],
    },
    {
      value: { end: '2024-06-15', grain: 'day', mod: 'until' },
      texts: ["Les inscriptions restent ouvertes [[d'ici au 15 juin]]."],
    },
    {
      value: { value: '2024-05-08T16:50', grain: 'minute' },
      texts: ['Le cortège partira à [[17h moins 10]].', 'Le cortège partira à [[dix-sept heures moins dix]].'],
    },
    { value: { value: '2023-12', grain: 'month' }, texts: ['Le rapport publié en [[déc 2023]] fait date.'] },
    {
      // Two bare days share one month: the start takes the end's.
      value: { start: '2024-05-05', end: '2024-05-20', grain: 'day' },
      texts: ['Les inscriptions sont ouvertes [[entre le 5 et le vingt]].', 'Le salon se tiendra [[du 5 au 20]].'],
    },
    {
      value: { start: '2020', end: '2029', grain: 'year' },
      texts: [
        'Le chômage a reculé au cours de [[cette décennie]].',
        'Le programme sera achevé pendant [[cette décennie]].',
      ],
    },
    {
      value: { start: '1900', end: '1999', grain: 'year' },
      texts: ['La ville a doublé de taille au [[siècle dernier]].'],
    },
    {
      value: { start: '2014', end: '2023', grain: 'year' },
      texts: [
        'Les prix ont doublé durant la [[décennie écoulée]].',
        'Les prix ont doublé au cours de la [[dernière décennie]].',
      ],
    },
    { value: { start: '2024-06', end: '2024-08', grain: 'month' }, texts: ['été', 'l’[[été]]'] },
    {
      value: { start: '2024-05-09T12:00', end: '2024-05-09T13:59', grain: 'minute' },
      texts: [
        'Le guichet sera ouvert [[demain entre midi et deux]].',
        'Le guichet sera ouvert [[demain entre midi et 2]].',
      ],
    },
    {
      // "Suivant" / "d'après" with no day told: that weekday of the following week ("jeudi
      // prochain" is the nearest one ahead).
      value: { value: '2024-05-16', grain: 'day' },
      texts: ['La commission rendra son avis [[jeudi suivant]].'],
    },
    { value: { value: '2024-05-09', grain: 'day' }, texts: ['La commission rendra son avis [[jeudi prochain]].'] },
    {
      // "Ce dimanche" follows the tense, as a bare weekday (the reference is a Wednesday).
      value: { value: '2024-05-05', grain: 'day' },
      texts: ['Les électeurs ont voté [[ce dimanche]] dans le calme.'],
    },
    { value: { value: '2024-05-12', grain: 'day' }, texts: ['Le second tour aura lieu [[ce dimanche]].'] },
    {
      value: { start: '2022', end: '2023', grain: 'year' },
      texts: [
        'Les loyers ont flambé au cours des [[deux années écoulées]].',
        'Les loyers ont flambé durant les [[deux années passées]].',
      ],
    },
    {
      value: { start: '2024-06', end: '2024-08', grain: 'month' },
      texts: ['Les prix devraient baisser dans les [[3 mois suivants]].'],
    },
    // Given alone, a month, a holiday that is also a name, or "tout de suite".
    { value: { value: '2024-09', grain: 'month' }, texts: ['septembre', '[[septembre]].'] },
    { value: { value: '2024-12-25', grain: 'day' }, texts: ['noël', 'Noel'] },
    { value: { value: '2024-11-01', grain: 'day' }, texts: ['toussaint'] },
    { value: { value: '2024-05-08T10:00', grain: 'minute' }, date: '2024-05-08T10:00', texts: ['tout de suite'] },
    { value: { value: '2024-05-08', grain: 'day' }, texts: ['en ce moment'] },
    // Sequence words with no date told before count from the reference (a Wednesday).
    {
      value: { value: '2024-05-09', grain: 'day' },
      texts: [
        'Le verdict tombera le [[jour suivant]].',
        "Le jury délibérera et rendra sa décision le [[jour d'après]].",
      ],
    },
    { value: { value: '2024-05-07', grain: 'day' }, texts: ["Le dossier était complet le [[jour d'avant]]."] },
    {
      value: { value: '2024-05-10', grain: 'day' },
      texts: ['Les négociations reprendront [[deux jours plus tard]].', 'Le vote suivra [[deux jours après]].'],
    },
    {
      value: { value: '2024-05-13', grain: 'week' },
      texts: ['Les travaux commenceront la [[semaine suivante]].', 'Le chantier ouvrira la [[semaine qui suit]].'],
    },
    { value: { value: '2024-06', grain: 'month' }, texts: ['Le budget sera voté le [[mois suivant]].'] },
    {
      value: { value: '2024-05-14', grain: 'day' },
      texts: ["Le comité siégera [[mardi d'après]]."],
    },
    { value: { value: '2024-05-16', grain: 'day' }, texts: ["La réunion se tiendra [[jeudi de la semaine d'après]]."] },
    {
      value: { value: '2024-05-08T15:15', grain: 'minute' },
      texts: [
        'Le train partira à [[15h passé de 15 minutes]].',
        'Rendez-vous à [[quinze heures passé de quinze minutes]].',
      ],
    },
    {
      value: { value: '2024-05-17', grain: 'day' },
      texts: ['Le dossier sera rendu le [[17 05]].', 'Les inscriptions fermeront le [[17 5]].'],
    },
    {
      // A past participle right before the weekday tells the past, whatever the main verb says.
      value: { value: '2024-05-05', grain: 'day' },
      texts: [
        'Selon une enquête publiée [[dimanche]], les loyers augmentent.',
        'Un accord signé [[dimanche]] entre les deux villes prévoit trois lignes.',
      ],
    },
    {
      // … but what is scheduled for that day lies ahead.
      value: { value: '2024-05-12', grain: 'day' },
      texts: ['Le concert programmé [[dimanche]] affiche complet.', 'Le vote reporté [[dimanche]] aura lieu à Rabat.'],
    },
    {
      // A weekday followed by a number word is the weekday alone: "un", "trois" are no day here.
      value: { grain: 'day' },
      texts: [
        'Le groupe a annoncé [[jeudi]] un investissement de deux milliards.',
        '[[Mardi]] trois ministres ont démissionné.',
      ],
    },
    {
      value: { value: '2024-05-08', grain: 'day' },
      texts: [
        'Le contrat a été signé le [[8 mai 2024]] à Rabat.',
        'La réunion du [[08/05/2024]] a été reportée.',
        '[[2024-05-08]]',
        'Publié le [[mercredi 8 mai 2024]].',
        'Le ministre est arrivé [[aujourd’hui]] à Tanger.',
        "La Bourse a clôturé en hausse [[aujourd'hui]].",
        'La commission rendra son avis [[8.5.24]].',
      ],
    },
    { value: { value: '2024-07-01', grain: 'day', implied: ['year'] }, texts: ['Le tarif change au [[1er juillet]].'] },
    { value: { value: '2024-05', grain: 'month' }, texts: ['Les exportations ont reculé en [[mai 2024]].'] },
    {
      value: { value: '2018', grain: 'year' },
      texts: ['Le projet avait été lancé en [[2018]].', 'Rien n’a changé en [[2018]].'],
    },
    { value: { value: '2024-05-07', grain: 'day' }, texts: ['Le gouvernement a annoncé [[hier]] un plan.'] },
    { value: { value: '2024-05-09', grain: 'day' }, texts: ['Le Parlement votera [[demain]].'] },
    { value: { value: '2024-05-06', grain: 'day' }, texts: ["L'accord a été conclu [[avant-hier]]."] },
    { value: { value: '2024-04-29', grain: 'week' }, texts: ['Les prix ont augmenté la [[semaine dernière]].'] },
    { value: { value: '2024-06', grain: 'month' }, texts: ['Les travaux débuteront le [[mois prochain]].'] },
    {
      value: { value: '2023', grain: 'year' },
      texts: ["L'entreprise a doublé son chiffre d'affaires l'[[an dernier]]."],
    },
    // A shift is given at the grain of its unit: the text says a year, a week, not a day.
    { value: { value: '2021', grain: 'year' }, texts: ["L'usine a fermé [[il y a trois ans]]."] },
    {
      // a round count ("une dizaine") read as its number
      value: { value: '2014', grain: 'year' },
      texts: ["La mine a fermé [[il y a une dizaine d'années]].", 'La mine a fermé [[il y a une dizaine d’années]].'],
    },
    {
      value: { value: '2024-05-23', grain: 'day' },
      texts: ['Les travaux reprendront [[dans une quinzaine de jours]].'],
    },
    {
      value: { start: '2024-05-08', end: '2026-05-07', grain: 'day' },
      texts: ['La ligne sera rénovée [[en l’espace de deux ans]].', "La ligne sera rénovée [[en l'espace de 2 ans]]."],
    },
    { value: { value: '2024-05-20', grain: 'week' }, texts: ['Le chantier reprendra [[dans deux semaines]].'] },
    {
      value: { value: '2024-05-07', grain: 'day' },
      texts: ['Le ministre a visité le port [[mardi]].', 'Le ministre a visité le port [[mardi dernier]].'],
    },
    {
      value: { value: '2024-05-14', grain: 'day' },
      texts: ['Le sommet s’ouvrira [[mardi prochain]].', 'Le sommet se tiendra [[mardi]] à Paris.'],
    },
    // Parts are sub-ranges: a month's days 1-10, 11-20, 21 to its end.
    {
      value: { start: '2024-05-21', end: '2024-05-31', grain: 'day', mod: 'end' },
      texts: ['Le rapport sera publié [[fin mai]].', 'Le rapport sera publié à la [[fin du mois de mai]].'],
    },
    {
      value: { start: '2024-05-01', end: '2024-05-10', grain: 'day', mod: 'start' },
      texts: ['Les premières livraisons sont attendues [[début mai]].'],
    },
    {
      value: { start: '2027-07', end: '2027-12', grain: 'month' },
      texts: ['La centrale entrera en service au [[second semestre 2027]].'],
    },
    {
      value: { value: '2025-01', grain: 'quarter' },
      texts: ['Le bénéfice a progressé au [[T1 2025]].', 'Le bénéfice a progressé au [[premier trimestre 2025]].'],
    },
    {
      value: { start: '2024-05-08', end: '2024-05-10', grain: 'day' },
      texts: ['Le salon se tiendra [[du 8 au 10 mai]].', 'Le salon se tiendra [[8-10 mai]].'],
    },
    {
      value: { start: '2025', end: '2030', grain: 'year' },
      texts: [
        'Le plan couvre la période [[2025-2030]].',
        'Le plan sera déployé [[entre 2025 et 2030]].',
        'Le plan sera déployé [[de 2025 à 2030]].',
      ],
    },
    {
      value: { value: '2024-05-08T15:30', grain: 'minute' },
      texts: ['La séance reprendra à [[15 h 30]].', 'Rendez-vous à [[15h30]] devant la mairie.'],
    },
    { value: { value: '2024-05-08T10:00', grain: 'minute' }, texts: ['Le marché ouvre à [[10h]].'] },
    { value: { value: '2024-05-08T12:00', grain: 'minute' }, texts: ['Les résultats seront connus à [[midi]].'] },
    { value: { value: '2024-05-09T09:00', grain: 'minute' }, texts: ['Le conseil se réunira [[demain à 9 h]].'] },
    {
      value: { start: '1990', end: '1999', grain: 'year' },
      texts: ['La ville a beaucoup changé depuis les [[années 1990]].'],
    },
    {
      value: { start: '2024-06', end: '2024-08', grain: 'month' },
      texts: ['La demande d’électricité culmine [[cet été]].'],
    },
    {
      value: { value: '2024-12-25', grain: 'day', implied: ['year'] },
      texts: ['Les magasins resteront ouverts à [[Noël]].'],
    },
    { value: { value: '2025-04-20', grain: 'day' }, texts: ['Le chantier sera achevé pour [[Pâques 2025]].'] },
    {
      value: { value: '2024-01-01', grain: 'week' },
      texts: ['Les soldes ont commencé la [[première semaine de janvier]].'],
    },
    {
      value: { start: '2024-05-11', end: '2024-05-12', grain: 'day' },
      texts: ['Le trafic sera perturbé [[ce week-end]].'],
    },
    { value: { start: '2018', grain: 'year', mod: 'since' }, texts: ['[[Depuis 2018]], rien n’a changé.'] },
    {
      value: { end: '2019', grain: 'year', mod: 'before' },
      texts: ['Les contrats signés [[avant 2020]] restent valables.'],
    },
    { value: { value: '2018', grain: 'year' }, texts: ["L'usine a ouvert en [[deux mille dix-huit]]."] },
    {
      value: { value: '1996-10-04', grain: 'day' },
      texts: ['Le traité a été signé le [[4 octobre dix-neuf cent quatre-vingt-seize]].'],
    },
    {
      // "En fin de journée" is the late afternoon and the evening (17-21 h), of a day named before it.
      value: { start: '2024-05-08T17:00', end: '2024-05-08T20:59', grain: 'minute' },
      texts: ['Le texte sera voté en [[fin de journée]].', 'Les résultats tomberont à la [[fin de la journée]].'],
    },
    {
      value: { start: '2024-05-09T17:00', end: '2024-05-09T20:59', grain: 'minute' },
      texts: ['Le verdict sera rendu [[demain en fin de journée]].'],
    },
    { value: { value: '2024-05-09T23:59', grain: 'minute' }, texts: ['Les bureaux ferment à la [[fin de demain]].'] },
    {
      value: { value: '2024-04-10', grain: 'day' },
      texts: ["Les marchés étaient fermés pour l'[[Aïd el-Fitr 2024]]."],
    },
    {
      value: { start: '2024-05-08', end: '2024-05-21', grain: 'day' },
      texts: [
        'Le juge doit statuer [[dans les deux semaines]].',
        'Le juge doit statuer [[dans les 2 prochaines semaines]].',
      ],
    },
    {
      value: { start: '2024-01-01', end: '2024-05-07', grain: 'day' },
      texts: ['Les prix avaient grimpé [[plus tôt cette année]].'],
    },
    {
      value: { start: '2024-05-09', end: '2024-05-12', grain: 'day' },
      texts: ['Le ministre se rendra au Kenya [[plus tard cette semaine]].'],
    },
    { value: { value: '2024-05-14', grain: 'day' }, texts: ['Le vote aura lieu la [[semaine prochaine, mardi]].'] },
    { value: { value: '2024-05-09', grain: 'day' }, texts: ['Les résultats seront connus le [[lendemain]].'] },
    {
      value: { start: '2024-05-22T17:00', end: '2024-05-22T17:59', grain: 'minute', implied: ['year'] },
      texts: ['Le bureau sera ouvert [[de 5 à 6pm le 22 mai]].'],
    },
    {
      value: { value: '2024-03-25', grain: 'day', implied: ['year'] },
      texts: ['Le scrutin a eu lieu le [[dernier lundi de mars]].'],
    },
    {
      value: { value: '2024-06-01', grain: 'day' },
      texts: ['La loi entre en vigueur le [[premier jour du mois prochain]].'],
    },
    {
      value: { value: '2024-05-08', grain: 'day' },
      texts: ['Le conseil se réunit [[mercredi]] pour voter le budget.'],
    },
    {
      value: { value: '2024-05-09T10:00', grain: 'minute' },
      texts: ['[[Dix heures jeudi matin]] : le conseil ouvre la séance.'],
    },
    {
      value: { value: '2024-06-02T15:00', grain: 'minute', implied: ['year'] },
      texts: ['La réunion a lieu le [[2 juin à 15 h]].', 'La réunion a lieu le [[2.06 à 15 h]].'],
    },
    {
      value: { value: '2024-05-08T15:15', grain: 'minute' },
      texts: ["Le train arrive à [[3 h et quart de l'après-midi]]."],
    },
    { value: { value: '2004', grain: 'year' }, texts: ['[[Il y a deux décennies]], le port était vide.'] },
    {
      value: { start: '2021', grain: 'year', mod: 'since' },
      texts: ['La crise dure [[depuis trois ans]].', "[[Cela fait trois ans]] que l'usine est fermée."],
    },
    {
      value: { start: '2024-05-07T20:00', end: '2024-05-07T23:59', grain: 'minute' },
      texts: ['Le texte a été adopté dans la [[nuit de mardi]].'],
    },
    { value: { value: '2024-05-14', grain: 'day' }, texts: ['La réunion est fixée à [[mardi]].'] },
    {
      value: { value: '2024-05-07', grain: 'day' },
      texts: ['Le conseil s’est réuni [[mardi]].', 'Le ministre est arrivé [[mardi]] à Rabat.'],
    },
    // Parts of a year are its thirds; of a decade, its first, middle and last years.
    {
      value: { start: '2000-09', end: '2000-12', grain: 'month', mod: 'end' },
      texts: ['La filiale a été vendue [[fin 2000]].', 'La filiale a été vendue à la [[fin de l’année 2000]].'],
    },
    {
      value: { start: '2025-01', end: '2025-04', grain: 'month', mod: 'start' },
      texts: ['La taxe sera relevée [[début 2025]].', 'La taxe sera relevée au [[début de 2025]].'],
    },
    {
      value: { start: '2024-11-11', end: '2024-11-20', grain: 'day', mod: 'mid' },
      texts: ['Les négociations reprendront [[mi-novembre]].', 'Les négociations reprendront à la [[mi-novembre]].'],
    },
    {
      value: { start: '2000', end: '2002', grain: 'year', mod: 'start' },
      texts: ['Le secteur a décollé au [[début des années 2000]].'],
    },
    {
      value: { start: '2024-05-10', end: '2024-05-12', grain: 'day', mod: 'end' },
      texts: ['Le ministre tranchera en [[fin de semaine]].'],
    },
    { value: { value: '2022', grain: 'year' }, texts: ['Le barrage a été inauguré [[il y a deux ans]].'] },
    { value: { value: '2024-05-06', grain: 'day' }, texts: ['Le suspect a été interpellé [[il y a deux jours]].'] },
    { value: { value: '2027', grain: 'year' }, texts: ['La ligne sera mise en service [[dans trois ans]].'] },
    {
      value: { value: '2024-05-07', grain: 'day' },
      texts: ['La [[veille]], le président avait consulté les partis.'],
    },
    {
      value: { start: '2024-05-04T20:00', end: '2024-05-05T05:59', grain: 'minute' },
      texts: ['Deux voitures ont été incendiées dans la [[nuit de samedi à dimanche]].'],
    },
    {
      value: { start: '2024-06-04', end: '2024-06-05', grain: 'day', implied: ['year'] },
      texts: ['Le sommet se tiendra les [[4 et 5 juin]].'],
    },
    {
      value: { value: '2023-07-14', grain: 'day', implied: ['year'] },
      texts: ['Le défilé du [[14-Juillet]] a été annulé à cause de la pluie.'],
    },
    {
      value: { start: '2024-06-01', grain: 'day', implied: ['year'], mod: 'since' },
      texts: ['[[À compter du 1er juin]], les tarifs augmentent.'],
    },
    { value: { value: '2024-05-08T20:00', grain: 'minute' }, texts: ['Le président parlera à [[8 ce soir]].'] },
    {
      // A count before the part of the day is no hour.
      value: { start: '2024-05-08T16:00', end: '2024-05-08T19:59', grain: 'minute' },
      texts: ['Ils étaient 10, [[ce soir]], à manifester devant la préfecture.'],
    },
    {
      value: { value: '2024-05-08', grain: 'day' },
      texts: ['Le ministre a déclaré [[plus tôt dans la journée]] que le texte passerait.'],
    },
    {
      value: { value: '2024-10-02', grain: 'day', implied: ['year'] },
      texts: ['La livraison est prévue le [[Oct/2]].'],
    },
    {
      value: { start: '2024-01', end: '2024-09', grain: 'month', implied: ['year'] },
      texts: ["Sur les [[neuf premiers mois de l'année]], le chiffre d'affaires a progressé."],
    },
    {
      value: { start: '2023-10', end: '2023-12', grain: 'month' },
      texts: ['Les ventes ont reculé au cours des [[trois derniers mois de 2023]].'],
    },
    {
      value: { start: '2024-03-22', end: '2024-03-31', grain: 'day', implied: ['year'] },
      texts: ['Les [[dix derniers jours de mars]] ont été pluvieux.'],
    },
    { value: { value: '2023', grain: 'year' }, texts: ["Le trafic a doublé au cours de l'[[année écoulée]]."] },
    {
      value: { start: '2024-05-08T10:00', end: '2024-05-08T11:59', grain: 'minute' },
      texts: ['La délégation sera reçue en [[fin de matinée]].'],
    },
    {
      value: { start: '2024-05-07T17:00', end: '2024-05-07T18:59', grain: 'minute' },
      texts: ["Le ministre a été entendu [[mardi en fin d'après-midi]]."],
    },
    {
      value: { start: '2024-05-08T12:00', end: '2024-05-08T18:59', grain: 'minute' },
      texts: ["Le verdict sera rendu dans l'[[après-midi]]."],
    },
    {
      value: { start: '2024-05-08', end: '2024-05-09', grain: 'day', mod: 'mid' },
      texts: ['Le conseil se prononcera en [[milieu de semaine]].'],
    },
    {
      value: { end: '2024-12', grain: 'month', mod: 'before' },
      texts: ["Le décret doit paraître [[avant la fin de l'année]]."],
    },
    {
      value: { start: '2024-05-06T16:00', end: '2024-05-06T19:59', grain: 'minute' },
      texts: ['Les secours sont intervenus [[lundi au soir]].'],
    },
    {
      value: { value: '2024-06-16', grain: 'day', implied: ['year'] },
      texts: [
        "Le prix des moutons s'envole à l'approche de l'[[Aïd]].",
        "Le prix des moutons s'envole à l'approche de l'[[Aïd Al-Kébir]].",
      ],
    },
    {
      value: { value: '2024-04-10', grain: 'day', implied: ['year'] },
      texts: ["Après un mois de jeûne, les familles ont célébré l'[[Aïd]] dans le calme."],
    },
    {
      value: { value: '2023-11-28', grain: 'day' },
      texts: ['Le communiqué du [[28 nov 2023]] a été retiré.', 'Le communiqué du [[2023/11/28]] a été retiré.'],
    },
    {
      // A quarter or a season without a year follows the tense.
      value: { value: '2023-10', grain: 'quarter', implied: ['year'] },
      texts: ['Au [[quatrième trimestre]], les ventes ont reculé de 3 %.'],
    },
    {
      value: { start: '2024-09', end: '2024-11', grain: 'month', implied: ['year'] },
      texts: ["La réforme sera votée à l'[[automne]]."],
    },
    {
      value: { start: '2023-09', end: '2023-12', grain: 'month', mod: 'end' },
      texts: ["La dette a bondi à la [[fin de l'année dernière]]."],
    },
    {
      value: { start: '2024-05-15T16:00', end: '2024-05-15T19:59', grain: 'minute', implied: ['year'] },
      texts: ['Le président quittera Rabat le [[15 mai dans la soirée]].'],
    },
    {
      value: { start: '2024-05-07T20:00', end: '2024-05-08T05:59', grain: 'minute' },
      texts: ['Un entrepôt a pris feu la [[nuit dernière]] près du port.'],
    },
    {
      value: { value: '2018-01-12', grain: 'day' },
      texts: ['Le traité a été ratifié le [[12 janvier, 2018]].', 'Le traité a été ratifié le [[2018.01.12]].'],
    },
    {
      value: { value: '2024-05-17', grain: 'day' },
      texts: ['Le verdict tombera [[vendredi la semaine prochaine]].'],
    },
    {
      value: { start: '2024-06-10', end: '2024-06-15', grain: 'day' },
      texts: ['Les soldes auront lieu [[du 10 au 15 du mois prochain]].'],
    },
    { value: { value: '2024-04-03', grain: 'day' }, texts: ["L'audience s'est tenue le [[3 du mois dernier]]."] },
    {
      value: { start: '2024-05-09T12:00', end: '2024-05-09T18:59', grain: 'minute' },
      texts: ['Le match se jouera [[demain après midi]].', 'Le match se jouera [[demain après-midi]].'],
    },
    {
      value: { value: '2024-05-09T07:00', grain: 'minute' },
      texts: ['Le convoi partira [[demain matin vers 7]].', 'Le convoi partira [[demain matin à 7 heures]].'],
    },
    {
      value: { start: '2024-05-08T22:00', end: '2024-05-08T23:59', grain: 'minute' },
      texts: ['Le budget a été adopté [[tard dans la nuit]] par les députés.'],
    },
    {
      value: { start: '2024-05-07T06:00', end: '2024-05-07T08:59', grain: 'minute' },
      texts: ['Les pompiers sont intervenus [[tôt mardi matin]].'],
    },
    {
      value: { start: '2024-05-08T16:00', end: '2024-05-08T19:59', grain: 'minute' },
      texts: ["Le Premier ministre s'exprimera en [[soirée]]."],
    },
    {
      // A reporting incise after the date tells when it was said; the clause before it is ahead.
      value: { start: '2024-09', grain: 'month', implied: ['year'], mod: 'since' },
      texts: ['L’usine tournera à plein régime [[à partir de septembre]], a précisé son directeur.'],
    },
    {
      // The conditional is no imparfait: "devrait" reads ahead.
      value: { end: '2024-05-12', grain: 'day', mod: 'until' },
      texts: ['Selon les prévisionnistes, la canicule devrait durer [[jusqu’à dimanche]].'],
    },
    {
      // "en huit": the weekday a week after the coming one; "en quinze" two weeks after.
      value: { value: '2024-05-21', grain: 'day' },
      texts: ['Le conseil municipal se réunira [[mardi en huit]].', 'Rendez-vous [[mardi en 8]] à la mairie.'],
    },
    { value: { value: '2024-05-22', grain: 'day' }, texts: ['La décision sera rendue [[mercredi en quinze]].'] },
    {
      // A part of the day after a date is that date's.
      value: { start: '2024-05-10T07:00', end: '2024-05-10T08:59', grain: 'minute' },
      texts: [
        'Le convoi partira le [[10 mai en début de matinée]].',
        'Le convoi partira [[vendredi en début de matinée]].',
      ],
    },
    {
      value: { start: '2024-05-08T06:00', end: '2024-05-08T09:59', grain: 'minute' },
      texts: ['Les premiers bureaux de vote ont ouvert en [[début de journée]].'],
    },
    {
      value: { value: '2024-05-08T11:45', grain: 'minute' },
      texts: [
        'Le Premier ministre est arrivé à [[midi moins le quart]].',
        'La séance a repris à [[onze heures quarante-cinq]].',
      ],
    },
    { value: { value: '2024-05-08T12:30', grain: 'minute' }, texts: ['Le vote a eu lieu à [[midi trente]].'] },
    { value: { value: '2024-05-08T12:15', grain: 'minute' }, texts: ['Le cortège est parti à [[midi quinze]].'] },
    {
      // A clock time with its part of the day, after a date.
      value: { value: '2024-05-16T18:00', grain: 'minute', implied: ['year', 'month'] },
      texts: ['Le match aura lieu le [[16 à 6 h du soir]].'],
    },
    {
      value: { value: '2024-06-02T05:00', grain: 'minute', implied: ['year'] },
      texts: [
        'Le convoi partira le [[2 juin à environ 5 h]].',
        'Le convoi partira le [[2 juin aux alentours de 5 h]].',
      ],
    },
    {
      value: { start: '2024-09-07', end: '2024-09-08', grain: 'day', implied: ['year'] },
      texts: ['La braderie se tiendra le [[premier week-end de septembre]].'],
    },
    {
      // Two full dates joined by "au" need no "du".
      value: { start: '2024-07-13', end: '2024-07-15', grain: 'day', implied: ['year'] },
      texts: ['Festival de jazz, [[13 juillet au 15 juillet]], entrée libre.'],
    },
    {
      // A day before an open range on a clock time dates it.
      value: { start: '2024-05-10T14:00', grain: 'minute', mod: 'since' },
      texts: ['La circulation sera coupée [[vendredi à partir de 14 h]].'],
    },
    {
      value: { value: '2024-11-01', grain: 'day', implied: ['year'] },
      texts: ['Les cimetières seront ouverts le [[jour de la Toussaint]].'],
    },
    {
      value: { value: '2024-10-03', grain: 'day', implied: ['year'] },
      texts: ['Le salon ouvrira le [[3ème jour d’octobre]].', 'Le salon ouvrira le [[3eme jour d’octobre]].'],
    },
    // A day moved from a date the text names: le lendemain / la veille de, N jours avant / après.
    {
      value: { value: '2024-02-14', grain: 'day', implied: ['year'] },
      texts: [
        'Le marché a rouvert au [[lendemain du 13 février]].',
        'Les cours ont repris [[un jour après le 13 février]].',
      ],
    },
    {
      value: { value: '2024-07-13', grain: 'day', implied: ['year'] },
      texts: [
        'Les bureaux fermeront la [[veille du 14 juillet]].',
        'Les bureaux fermeront [[deux jours avant le 15 juillet]].',
      ],
    },
    {
      value: { value: '2024-04-21', grain: 'day', implied: ['year'] },
      texts: ['La récolte a commencé [[trois semaines après Pâques]].'],
    },
    // Halves of a month: days 1-14, then 15 to the end.
    {
      value: { start: '2024-08-01', end: '2024-08-14', grain: 'day', implied: ['year'] },
      texts: [
        'Les vacances auront lieu la [[première quinzaine d’août]].',
        'Les vacances auront lieu la [[1re quinzaine du mois d’août]].',
      ],
    },
    {
      value: { start: '2024-07-15', end: '2024-07-31', grain: 'day', implied: ['year'] },
      texts: ['Les travaux reprendront la [[seconde quinzaine de juillet]].'],
    },
    {
      value: { start: '2024-06-15', end: '2024-06-30', grain: 'day' },
      texts: ['Le vote aura lieu la [[deuxième quinzaine du mois prochain]].'],
    },
    // "dans la journée", "dans la semaine": the reference day, its week.
    {
      value: { value: '2024-05-08', grain: 'day' },
      texts: ['Le verdict est attendu dans la [[journée]].', 'Les magasins sont fermés pour la [[journée]].'],
    },
    { value: { value: '2024-05-06', grain: 'week' }, texts: ['Le décret sera publié dans la [[semaine]].'] },
    {
      value: { value: '2024-06-22', grain: 'day', implied: ['year'] },
      texts: ['Il reviendra [[juin vingt-deux]].', 'Il reviendra [[Juin vingt deux]].'],
    },
    {
      value: { start: '2024-07-13', end: '2024-07-15', grain: 'day', implied: ['year'] },
      texts: [
        'Le festival se tiendra [[du 13e au 15 juillet]].',
        'Le festival se tiendra [[samedi 13 au lundi 15e juillet]].',
      ],
    },
    { value: { value: '1974-10-31', grain: 'day' }, texts: ['Il est né le [[31 octobre 74]].'] },
    {
      value: { value: '2024-05-08T22:00', grain: 'minute' },
      texts: ['La séance reprendra à [[vingt deux heures]].', 'La séance reprendra à [[vingt-deux heures]].'],
    },
    {
      value: { value: '2024-05-08T11:45', grain: 'minute' },
      texts: ['Le train partira à [[onze heures trois quarts]].', 'Le train partira à [[midi moins le quart]].'],
    },
    {
      // "à deux mille mètres" is an altitude, not the year completing the date.
      value: { value: '2023-10-04', grain: 'day', implied: ['year'] },
      texts: ['Le refuge a été inauguré le [[4 octobre]] à deux mille mètres d’altitude.'],
    },
    {
      value: { value: '1985-06-02', grain: 'day' },
      texts: ['Le traité fut signé le [[deux juin à dix-neuf quatre-vingt-cinq]].'],
    },
    {
      value: { start: '2024-06', grain: 'month', implied: ['year'], mod: 'since' },
      texts: [
        'Les tarifs augmenteront [[dès le mois de juin]].',
        'Les tarifs augmenteront [[à partir du mois de juin]].',
      ],
    },
    {
      value: { start: '2024-05-08T00:01', grain: 'minute', mod: 'after' },
      texts: ['L’incendie s’est déclaré peu [[après minuit]].'],
    },
    {
      value: { start: '2024-05-06', end: '2024-05-07', grain: 'day' },
      texts: ['Il a beaucoup plu ces [[2 dernier jours]].', 'Il a beaucoup plu ces [[deux derniers jours]].'],
    },
    {
      value: { value: '2024-05-10T16:00', grain: 'minute', implied: ['year', 'month'] },
      texts: ['Le conseil se réunira [[vendredi dix à seize heures]].', 'Le conseil se réunira [[vendredi 10 à 16h]].'],
    },
    // Spoken hours: figures or words with no "heures", made times by the part of the day after them.
    {
      value: { value: '2024-05-08T20:00', grain: 'minute' },
      texts: ['Le concert commence à [[8 du soir]].', 'Le concert commence à [[huit heures du soir]].'],
    },
    {
      value: { value: '2024-05-08T17:30', grain: 'minute' },
      texts: ['Le cortège partira vers [[cinq trente de l’après-midi]].', 'Le cortège partira [[ce soir à 17 h 30]].'],
    },
    {
      value: { value: '2024-05-08T15:30', grain: 'minute' },
      texts: ['Le train arrivera à [[trois heures et demi cet après-midi]].', 'Le train arrivera à [[15 h 30]].'],
    },
    {
      value: { value: '2024-05-08T03:00', grain: 'minute' },
      texts: ['Le séisme a frappé à [[3 h dans la nuit]].', 'Le séisme a frappé à [[trois heures du matin]].'],
    },
    // Hours with one unit, written after the second.
    {
      value: { start: '2024-05-08T16:00', end: '2024-05-08T17:59', grain: 'minute' },
      texts: [
        'Le bureau de vote ferme [[de 16 à 18 heures]] pour le dépouillement.',
        'Le bureau de vote ferme [[entre 16 et 18 h]].',
      ],
    },
    {
      value: { start: '2024-05-14T12:00', end: '2024-05-14T18:59', grain: 'minute' },
      texts: ['Le débat aura lieu [[mardi l’après-midi]].', 'Le débat aura lieu [[mardi dans l’après-midi]].'],
    },
    {
      value: { value: '2021-08-02', grain: 'week' },
      texts: [
        'Les ventes ont culminé [[semaine 31 de 2021]].',
        'Les ventes ont culminé la [[semaine 31 de l’année 2021]].',
      ],
    },
    {
      value: { start: '2024-05-18', end: '2024-05-19', grain: 'day', implied: ['year'] },
      texts: ['Les routes seront chargées le [[week-end de la Pentecôte]].'],
    },
    {
      value: { start: '2024-05-09', end: '2024-05-12', grain: 'day', implied: ['year'] },
      texts: ['Les routes seront chargées le [[week-end de l’Ascension]].'],
    },
    {
      value: { start: '2024-07', end: '2024-08', grain: 'month', implied: ['year'] },
      texts: ['Les prix des billets flamberont en [[juillet-août]].'],
    },
    {
      value: { start: '2023-09', end: '2023-11', grain: 'month', implied: ['year'] },
      texts: ['Les ventes ont chuté à l’[[automne dernier]].'],
    },
    // "cette nuit" told in the past is the night just gone.
    {
      value: { start: '2024-05-07T20:00', end: '2024-05-08T05:59', grain: 'minute' },
      texts: ['Un incendie s’est déclaré [[cette nuit]] à Lyon.', 'Un incendie s’est déclaré la [[nuit dernière]].'],
    },
    {
      value: { start: '2024-05-08T20:00', end: '2024-05-08T23:59', grain: 'minute' },
      texts: ['Des orages éclateront [[cette nuit]].'],
    },
    // "mai dernier" read in May is last year's May.
    {
      value: { value: '2023-05', grain: 'month', implied: ['year'] },
      texts: ['Les ventes avaient chuté en [[mai dernier]].'],
    },
    // Negated "avant", "au plus tôt": from then on.
    {
      value: { start: '2026', grain: 'year', mod: 'since' },
      texts: [
        'La ligne n’ouvrira [[pas avant 2026]].',
        'La ligne ouvrira [[au plus tôt en 2026]].',
        'La ligne ouvrira [[à partir de 2026]].',
      ],
    },
    // Within: from the reference day to the end of the time given.
    {
      value: { start: '2024-05-08', end: '2024-05-22', grain: 'day' },
      texts: ['La décision est attendue [[sous quinze jours]].', 'La décision est attendue [[dans les 15 jours]].'],
    },
    {
      value: { start: '2024-05-08', end: '2024-05-15', grain: 'day' },
      texts: ['Le dossier sera bouclé [[sous huitaine]].'],
    },
    // Mother's Day in France: the last Sunday of May, a week later when Pentecost falls on it.
    {
      value: { value: '2024-05-26', grain: 'day', implied: ['year'] },
      texts: ['Les fleuristes se préparent pour la [[fête des mères]].'],
    },
    { value: { value: '2012-06-03', grain: 'day' }, texts: ['La [[fête des mères 2012]] a été décalée.'] },
    {
      value: { value: '2024-06-21', grain: 'day', implied: ['year'] },
      texts: ['Les concerts de la [[fête de la musique]] attirent les foules.'],
    },
    {
      value: { value: '2024-12-31', grain: 'day', implied: ['year'] },
      texts: ['Les restaurants affichent complet pour le [[réveillon du Nouvel An]].'],
    },
    // A year before a verb not in the list: a count would take a plural noun.
    {
      value: { value: '2030', grain: 'year' },
      texts: ['Le plan [[2030]] prévoit trois usines.', 'Les élections de [[2030]] approchent.'],
    },
    // "à minuit" ahead is the midnight ending the day; told in the past, the one that began it.
    { value: { value: '2024-05-09T00:00', grain: 'minute' }, texts: ['Le couvre-feu commencera à [[minuit]].'] },
    { value: { value: '2024-05-08T00:00', grain: 'minute' }, texts: ['Le suspect a été interpellé à [[minuit]].'] },
    // A night runs into the next morning; "à minuit" ends the day.
    {
      value: { start: '2024-05-08T21:00', end: '2024-05-09T05:59', grain: 'minute' },
      texts: ['Le couvre-feu s’applique [[de 21 h à 6 h]].', 'Le couvre-feu s’applique [[entre 21 h et 6 h]].'],
    },
    {
      value: { start: '2024-05-08T22:00', end: '2024-05-08T23:59', grain: 'minute' },
      texts: ['Les bars resteront ouverts [[de 22 h à minuit]].'],
    },
    // Written without accents, as typed.
    {
      value: { start: '2024-05-14T16:00', end: '2024-05-14T19:59', grain: 'minute' },
      texts: ['Le débat aura lieu [[mardi soiree]].', 'Le débat aura lieu [[mardi soirée]].'],
    },
    {
      value: { start: '2024-09-03', end: '2024-09-12', grain: 'day', implied: ['year'] },
      texts: ['Le salon restera ouvert [[du 3 jusqu’au 12 septembre]].'],
    },
    { value: { start: '2000', end: '2009', grain: 'year' }, texts: ['La bulle des [[années deux mille]] a éclaté.'] },
    {
      value: { value: '2024-05-08', grain: 'day' },
      texts: ['Le conseil d’administration s’est réuni [[ce jour]].', '[[Aujourd’hui]], le conseil s’est réuni.'],
    },
    { value: { value: '2024-05-10', grain: 'day' }, texts: ['Ouverture des guichets : [[ven.]]'] },
    // From now on: read as now, at the reference's own precision.
    {
      value: { value: '2024-05-08T10:15', grain: 'minute' },
      date: '2024-05-08T10:15',
      texts: [
        'Le ministre veut reprendre les discussions [[le plus tôt possible]].',
        '[[Dès que possible]], le ministre se rendra sur place.',
      ],
    },
    // Typographic apostrophes and narrow no-break spaces read like their plain twins.
    {
      value: { value: '1998-07', grain: 'month' },
      texts: ['La crise de [[juillet ’98]] a marqué les esprits.', "La crise de [[juillet '98]] a marqué les esprits."],
    },
    {
      value: { value: '1987-03-03', grain: 'day' },
      texts: ['L’écrivain est né le [[3 mars ’87]] à Fès.', "L'écrivain est né le [[3 mars '87]] à Fès."],
    },
    {
      value: { value: '2024-05-08', grain: 'day' },
      texts: [
        'Le texte a été adopté le [[8\u202Fmai\u202F2024]] à l’Assemblée.',
        'Publié le [[mercredi\u00A08\u202Fmai 2024]].',
      ],
    },
    {
      value: { value: '2030', grain: 'year' },
      texts: [
        "Le programme 'croissance pour [[2030]]' du ministère sera présenté.",
        'Le programme ‘croissance pour [[2030]]’ du ministère sera présenté.',
      ],
    },
  ],
  negatives: [
    'Les ventes ont doublé en l’espace de deux ans.',
    'Il y a une dizaine de manifestants devant la mairie.',
    // Words of sequence with no day, a date told before, or told in the past: no date from the reference.
    'La suite des débats aura lieu au Sénat.',
    'Le jour suivant le scrutin, les bureaux restent fermés.',
    'Deux jours plus tard, le ministre a démissionné.',
    'Il a été libéré la semaine suivante.',
    // Two numbers apart by a space are a date only after "le" and before the end of a clause.
    'Appelez le 01 42 17 02 33 pour tout renseignement.',
    'Le club mène 17 02 à la pause.',
    'Le village compte le 17 02 000 habitants recensés.',
    // Numbers grouped with narrow no-break spaces are a phone number, not a date.
    'Composez le 05\u202F12 05 1987 pour joindre le service.',
    'Composez le 05\u00A012 05 1987 pour joindre le service.',
    'La messe du dimanche attire moins de fidèles.',
    'Selon le Journal du dimanche, le texte sera amendé.',
    'Le père Noel a distribué des cadeaux aux enfants.',
    'Il a été reçu au ministère puis au Sénat.',
    'Le vol a duré environ 5 h au-dessus de l’Atlantique.',
    "Il a mis un quart d'heure à répondre.",
    'Le groupe va créer 2 500 emplois dans la région.',
    'Il a marqué trois buts en deux matchs.',
    'La sonde a été lancée vers Mars par la NASA.',
    'La chanteuse Mai Lan a sorti un album.',
    'Le dossier compte 1 250 pages et 2018 annexes techniques.',
    "L'équipe a été battue 3 à 1.",
    'Il y a plusieurs raisons à cela.',
    'La production a atteint 3 200 tonnes.',
    'Un effet indésirable fréquent (1/10) a été signalé.',
    'Noël Le Graët a quitté la présidence de la fédération.',
    'Tariq Ramadan a été entendu par les juges.',
    'Il s’impose un carême de paroles.',
    "La production d'électricité est actuellement en hausse.",
    'Le score final est de 21 à 17.',
    'Le numéro à appeler est le 01-44-2018-2019.',
    'Deux mille dix-huit manifestants ont défilé.',
    'Cette année-là, tout a basculé.',
    'Le taux est passé de 3.5 à 4.2 points.',
    "Le lendemain de l'élection, le ministre a démissionné.",
    'La veille du scrutin, les bureaux ont été installés.',
    'Le serveur est resté en veille toute la nuit.',
    'Pâques Martin a été réélu maire de la commune.',
    'Avril Lavigne chantera à Paris.',
    'Ce soir-là, la foule était immense.',
    'Un accord de dernière minute a été trouvé.',
    'Il a purgé une peine de deux ans.',
    "L'épreuve dure 3 heures.",
    "L'Aïd approche et les commerces se préparent.",
    'Le suspect a été relâché le lendemain.',
    "L'indice a terminé à 2024.5 points.",
    'Il faut se lever tôt le matin pour voir les flamants roses.',
    'Les boulangers travaillent le matin très tôt.',
    'Après le déjeuner, les ministres ont visité l’usine.',
    'Pendant le déjeuner de travail, le dossier a été évoqué.',
    'Avant le déjeuner officiel, le cortège a traversé la ville.',
    'Après le travail de la commission, le texte ira au Sénat.',
    'Il a compris tout de suite que la partie était perdue.',
    'En ce moment, les prix de l’énergie reculent.',
    'La sonde Mars Express a photographié le cratère.',
    'La surface de Mars est couverte de poussière.',
    'Le rover roule sur Mars.',
    'Il y a sept 2013 personnes inscrites.',
    'Les manifestants étaient entre dix et quinze.',
    'Il garde un bon souvenir des trois jours passés à Rome.',
    'Les 3 années suivantes ont été calmes.',
    'Le traitement dure les 10 jours suivant l’injection.',
    "Il y a 2h d'attente aux urgences.",
    'Le refuge est à une demi-heure de marche, il y a une demi-heure de marche.',
    'Dans une seconde étape, le gouvernement réformera les retraites.',
    'Il a égalisé dans les 10 dernières secondes du match.',
    "Le but est tombé dans 2' de temps additionnel.",
    'Ce siècle des Lumières fascine les historiens.',
    'La présidente veille au respect du règlement.',
    'Mars',
    'Le film a été tourné en 2 secondes de plan fixe.',
    'Le coureur est passé du 13e au 18e rang.',
    'Il a été classé entre 13 et 18 selon les juges.',
    'Onze heures trois quarts de retard ont été cumulées par les trains de la ligne.',
    'Il a fait 38 °C, du jamais vu pour un mois de mai.',
    'La ligne de tramway T2 sera prolongée de trois kilomètres.',
    'La semaine suivante, le ministre a démissionné.',
    'Le vol a duré 2h30 à cause du vent.',
    // A length of time counted from an event, not a clock time.
    'Les secours sont arrivés 3 heures plus tard.',
    'Il a été relâché 8 h 30 plus tard, sans charges.',
    'Les 48 heures suivantes ont été décisives pour la coalition.',
    'La journée de mobilisation a réuni des milliers de personnes.',
    'Toute la journée, les secours ont fouillé les décombres.',
    'Dans la semaine qui a suivi, les prix ont flambé.',
    'Il a passé trois jours après l’accident à l’hôpital.',
    'La veille de la finale, l’équipe s’est reposée.',
    'Ils ont rejoint l’orbite de Mars deux.',
    'Les prix devraient baisser dans les 2-3 mois prochains.',
    'Il habite le 13e arrondissement avec sa famille.',
    'La semaine a été difficile pour les marchés.',
    'Une dernière semaine de négociations s’ouvre.',
    'Aucun accord n’a été trouvé à ce jour.',
    'Ce jour-là, la ville était déserte.',
    'Ils étaient 8 du matin au soir sur le chantier.',
    'Il a répondu à 40 appels du soir au matin.',
    'Depuis ce jour, il vit caché.',
    'Elle est entrée dans la semaine 12 de grossesse.',
    'Le week-end de la mode a attiré les foules.',
    'Le 20 heures de la chaîne a ouvert sur la grève.',
    'Le convoi a parcouru 2000 km en trois jours.',
    'Le groupe compte 2030 salariés dans la région.',
    'Le week-end, il travaille dans un restaurant.',
    'Il a vu la mer.',
    'Il faut compter de 2 à 3 heures de route.',
    'La traversée a pris de 2 à 3 h selon les bateaux.',
  ],
  todo: ['le lendemain de la signature', 'au cours de la décennie'],
});
