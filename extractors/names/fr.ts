// French people, organizations and places: the words the rules of recognize.ts work with.
import { type NameLanguage, namesExtractor } from './recognize.js';

const set = (list: string) => new Set(list.split(/\s+/).filter(Boolean));

export const FRENCH: NameLanguage = {
  lang: 'fr',
  hyphenedNames: true,
  seatNouns: set(`gendarmerie tribunal préfecture sous-préfecture mairie commissariat hôpital université rectorat
    parquet caserne brigade compagnie cour aéroport port gare`),
  // (Not "député", "conseiller": "député d'Euskal Herritarrok" names a party as often as a constituency.)
  placeTitles: set('maire préfet préfète sous-préfet sous-préfète évêque archevêque curé'),
  honorifics: set('m mm mme mmes mlle mlles me mgr dr pr'),
  spanTitles: set(`général maréchal amiral colonel lieutenant-colonel commandant capitaine lieutenant
    comte comtesse baron baronne duc duchesse marquis marquise prince princesse roi reine empereur impératrice
    cardinal pape abbé évêque archevêque chanoine pasteur rabbin imam cheikh sultan émir tsar docteur don`),
  personCues: set(`président présidente ministre premier-ministre chancelier chancelière député députée sénateur
    sénatrice maire secrétaire directeur directrice patron patronne fondateur fondatrice chef juge procureur
    avocat avocate professeur professeure entraîneur sélectionneur joueur joueuse attaquant milieu défenseur
    gardien écrivain écrivaine romancier romancière poète chanteur chanteuse acteur actrice comédien comédienne
    réalisateur réalisatrice cinéaste peintre sculpteur compositeur musicien pianiste violoniste architecte
    philosophe historien historienne sociologue économiste journaliste photographe ambassadeur ambassadrice
    consul gouverneur wali préfet commissaire inspecteur vice-président vice-présidente porte-parole candidat
    candidate adjoint adjointe conseiller conseillère camarade collègue épouse époux veuve fils fille frère sœur
    oncle tante neveu nièce cousin cousine mari femme citoyen cycliste champion championne coureur pilote
    boxeur nageur skieur skieuse PDG p.-d.g. dg pdg`),
  orgHeads: set(`Agence Banque Office Ministère Ministere Société Compagnie Groupe Association Fédération Federation
    Confédération Union Université Institut Fondation Conseil Commission Comité Caisse Crédit Parti Syndicat
    Chambre Cour Tribunal Assemblée Sénat Organisation Organisme Autorité Direction Haut-Commissariat Bureau
    Centre Laboratoire Observatoire Académie Collège Lycée École Ecole Hôpital Clinique Musée Théâtre Orchestre
    Club Régie Mutuelle Coopérative Fonds Conservatoire Gouvernement Secrétariat Département Service Services Sécurité Peloton
    Entreprise Établissements Etablissements Assurances Holding Fédéral Ligue Mouvement Front Rassemblement
    Cabinet Association Alliance Armée Police Gendarmerie Douane Douanes
    Régiment Brigade Division Bataillon Escadron Église Eglise Chapitre Ordre Congrès Parlement Municipalité
    Préfecture Mairie Corporation Consortium Compagnies Industries Laboratoires Editions Éditions Imprimerie`),
  orgTails: set(`SA S.A. SAS SARL SpA AG GmbH Inc Inc. Ltd Ltd. Corp Corporation Group Groupe Holding Bank Banque
    Company Cie Co Technologies Systems Energy Énergie Capital Partners Airlines Motors Telecom Télécom Media
    Médias Industries International Consulting Solutions Foundation Institute University Association Club FC
    SE NV N.V. Plc PLC LLC AB SpA`),
  orgCues: set(`société entreprise firme groupe compagnie start-up startup jeune-pousse banque constructeur
    opérateur fabricant équipementier assureur distributeur chaîne enseigne marque filiale fonds cabinet
    laboratoire club équipe formation parti syndicat association organisation ONG agence holding conglomérat
    géant leader spécialiste éditeur quotidien hebdomadaire journal magazine radio chaîne-de-télévision
    fournisseur transporteur compagnie-aérienne producteur promoteur développeur institution fondation
    armateur avionneur pétrolier sidérurgiste`),
  placeCues: set(`ville village commune région province département canton pays île lac mont fleuve rivière
    vallée quartier district wilaya préfecture localité bourg cité état capitale port baie golfe mer`),
  placeTails: set(''),
  eponymNouns: set('maladie syndrome théorème loi principe effet complexe méthode'),
  placeHeads: set(`Hôtel Palais Château Place Rue Avenue Boulevard Pont Gare Lac Mont Col Île Quai Port Pointe
    Cap Baie Golfe Vallée Val Forêt Parc Jardin Cathédrale Basilique Abbaye Stade Aéroport Tour`),
  featureNouns: set(`mer lac mont monts île îles isles canal golfe baie détroit cap col rade fleuve massif plaine
    rue avenue boulevard place quai allée impasse chemin route square pont gare salle canton cathédrale palais`),
  // Adjectives of institutions and regions: fédéral, nationale, européen, romande, alémanique…
  adjective:
    /^(?:[\p{Ll}-]{2,}(?:al|ale|aux|ales|el|elle|ien|ienne|éen|éenne|ais|aise|ois|oise|ain|aine|ique|iques|if|ive|aire|aires|ande|ande)|(?:social|commun|écolog|gaull|anticapital|centr)istes?|civil|civile|civils|civiles|suisse|suisses|belge|belges|russe|populaire|général|générale|supérieur|supérieure)$/u,
  locatives: set("à au aux en vers depuis jusqu'à jusqu'au sur-le-sol"),
  determiners: set("le la les l' un une du des au aux cette ce"),
  connectors: set("de d' du des la le l' et van von der den di da del della dos das el al ben bin ibn ould y"),
  particles: set('de d du des van von der den di da del della dos das el al ben bin ibn ould le la'),
  functionWords: set(`le la les l un une des du de d au aux ce cet cette ces son sa ses leur leurs mon ma mes
    notre nos votre vos il elle ils elles on nous vous je tu qui que qu quoi dont où et ou mais donc or ni car
    si ne pas plus moins très aussi ainsi alors puis comme quand lorsque lorsqu puisque selon pour par avec
    sans sous sur dans entre chez vers depuis pendant avant après contre malgré parmi cependant toutefois
    néanmoins pourtant effectivement enfin ensuite d'abord bref certes voici voilà oui non tout tous toute
    toutes chaque aucun aucune plusieurs certains certaines quelques autre autres même mêmes tel telle
    est sont était étaient sera a ont avait avaient fut y en ça cela ceci celui celle ceux celles lui eux
    leur-même c s n j m t`),
  notNames: set(`Janvier Février Mars Avril Mai Juin Juillet Août Septembre Octobre Novembre Décembre Lundi
    Mardi Mercredi Jeudi Vendredi Samedi Dimanche Selon Cependant Toutefois Néanmoins Pourtant Ainsi Alors
    Enfin Ensuite Outre Hier Aujourd'hui Demain Dieu Monsieur Madame Mademoiselle Messieurs Mesdames January
    February March April May June July August September October November December`),
  notAcronyms: set(`PIB PNB TVA PDG DG CEO CFO COO CTO GPU CPU IA TV PC SMS ADN ARN USB GPS VIH SIDA PME TPE
    ETI ETF IPO OPA MW GW KW MWh GWh TWh CO HT TTC TTC HT AOC BTP RH OK PS NB SVP CV RDV QG NN ONG TIC`),
  roles: {
    heads: set(`ministre président présidente directeur directrice secrétaire porte-parole ambassadeur
      ambassadrice député députée sénateur sénatrice maire gouverneur wali préfet chef patron patronne
      fondateur fondatrice cofondateur cofondatrice co-fondateur co-fondatrice responsable conseiller conseillère
      professeur professeure chercheur chercheuse économiste analyste avocat avocate commissaire délégué déléguée
      administrateur administratrice vice-président vice-présidente président-directeur pdg dg ceo juge procureur
      entraîneur sélectionneur expert experte consultant consultante ingénieur ingénieure directeur-général
      associé associée gérant gérante coordinateur coordinatrice chargé chargée haut-commissaire
      représentant représentante envoyé envoyée candidat candidate ancien ancienne nouveau nouvelle actuel actuelle
      premier première élu élue maître adjoint adjointe doyen doyenne recteur rectrice général générale`),
    articles: set('le la les un une son sa notre leur'),
    continuations: set('de d du des et'),
    openers: set('selon pour par chez avec pendant après'),
    stops: set(`qui que dont a ont avait est était sera a-t-il a-t-elle affirme affirmé déclare déclaré estime
      estimé explique expliqué indique indiqué souligne souligné annonce annoncé précise précisé selon lors`),
  },
  nationalities: set(`allemand allemande américain américaine britannique anglais anglaise français française
    italien italienne espagnol espagnole portugais portugaise belge suisse néerlandais néerlandaise russe
    ukrainien ukrainienne chinois chinoise japonais japonaise indien indienne turc turque israélien israélienne
    palestinien palestinienne iranien iranienne irakien irakienne syrien syrienne libanais libanaise égyptien
    égyptienne marocain marocaine algérien algérienne tunisien tunisienne sénégalais sénégalaise ivoirien
    ivoirienne malien malienne nigérian nigériane sud-africain sud-africaine canadien canadienne mexicain
    mexicaine brésilien brésilienne argentin argentine polonais polonaise hongrois hongroise grec grecque
    autrichien autrichienne suédois suédoise norvégien norvégienne danois danoise finlandais finlandaise
    irlandais irlandaise saoudien saoudienne qatari émirati européen européenne africain africaine`),
  lowerOrgHeads: set('ministère'),
  companyTitles: set('pdg dg ceo patron patronne fondateur fondatrice cofondateur cofondatrice général générale'),
  // (Not "annonce": companies announce.)
  speechVerbs: set(`déclare déclaré affirme affirmé indique indiqué explique expliqué estime estimé
    souligne souligné précise précisé ajoute ajouté confie confié assure assuré raconte raconté rappelle rappelé
    dit martèle martelé insiste insisté`),
  speechAuxiliaries: set('a avait'),
  companyVerbs: set(`annonce annoncé inaugure inauguré lance lancé rachète racheté acquiert acquis dévoile dévoilé
    publie publié ouvre ouvert supprime supprimé recrute recruté investit investi signe signé remporte remporté
    cède cédé confirme confirmé relève relevé abaisse abaissé`),
  bareSubjectIsName: true,
  monthFirstNames: set('Avril April June'),
  actingState: {
    verbs: set(`a avait aura aurait doit devait devrait veut voulait peut pourrait exige exigeait refuse refusait
      accepte propose proposait demande demandait rembourse menace soutient entend souhaite réclame
      dénonce condamne reconnaît annonce décide juge estime n s`),
    envoys: set('ambassadeur ambassadrice ex-ambassadeur ex-ambassadrice consul consule'),
  },
  weekdayPapers: {
    weekdays: set('lundi mardi mercredi jeudi vendredi samedi dimanche'),
    links: set('du'),
    heads: set(`Journal Dépêche Républicain Courrier Parisien Tribune Progrès Écho Presse Gazette Quotidien
      Provençal Télégramme Monde Figaro`),
  },
  lowerCaseMonths: set('Avril'),
  monthIntroducers: set('en depuis dès fin début mi courant avant après'),
};

export default namesExtractor(FRENCH);
