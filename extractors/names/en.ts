// English people, organizations and places: the words the rules of recognize.ts work with.
import { type NameLanguage, namesExtractor } from './recognize.js';

const set = (list: string) => new Set(list.split(/\s+/).filter(Boolean));

export const ENGLISH: NameLanguage = {
  lang: 'en',
  placeTitles: set('mayor governor bishop archbishop sheriff'),
  honorifics: set(
    'mr mrs ms miss madam dr prof sir dame lord lady messrs mme mlle rev hon capt gen col lt maj sgt gov sen',
  ),
  spanTitles: set(`captain general colonel major lieutenant sergeant admiral commodore judge governor senator
    king queen prince princess duke duchess count countess viscount marquis marquess earl baron baronet lord lady
    emperor empress pope cardinal
    bishop archbishop reverend father brother sister saint inspector warden ensign`),
  personCues: set(`prime vice deputy foreign finance defence defense interior treasury trade health
    president minister chancellor senator congressman congresswoman governor mayor secretary
    director trustee dean rector provost chairman chairwoman chief ceo founder judge justice attorney lawyer professor coach captain
    general colonel major lieutenant sergeant admiral commander king queen prince princess duke duchess earl
    count baron pope cardinal bishop archbishop reverend father brother sister uncle aunt wife husband son
    daughter widow actor actress singer writer novelist poet author painter composer architect economist
    journalist ambassador envoy spokesman spokeswoman spokesperson candidate rival striker midfielder
    defender goalkeeper player champion emperor empress sultan sheikh rabbi imam pastor dr doctor`),
  orgHeads: set(`Bank Ministry Department Office Agency Authority University College Institute Foundation Council
    Commission Committee Board Association Federation Union League Party Church Company Corporation Society
    Academy School Hospital Museum Theatre Theater Orchestra Club Court Parliament Congress Senate House
    Assembly Bureau Chamber Center Centre Centers Centres Laboratory Laboratories Organization Organisation Fund Trust Group Army Navy
    Police Service Services Administration Commonwealth Secretariat Cabinet Government Regiment Brigade Division
    Battalion Corps Exchange Reserve Federal National Royal Treasury Embassy`),
  orgTails: set(`Inc Inc. Ltd Ltd. Corp Corp. Co Co. LLC LLP PLC plc AG SA GmbH Group Holdings Bank Company
    Corporation Association Institute University College Foundation Council Commission Committee Party Union
    League Society Club Airlines Airways Motors Technologies Systems Energy Partners Capital Industries
    International Media Press Times Post Journal News Herald Tribune Telegraph Gazette Agency Authority
    Trust Fund Exchange Railway Railroad Works Brothers School Schools Academy Ministry Department Office Board Court
    Service Bros Associates Consulting Solutions Labs Mills Mutual Securities Advisory Advisors Newswire United Rovers Athletic Wanderers Albion Hotspur Plc plc. PLC. NV N.V. SE AB ASA Oyj SpA BV LP Pty Pte Bhd KGaA
    Limited Incorporated Chemical Chemicals Pharma Pharmaceuticals Logistics Robotics Dynamics
    Semiconductor Semiconductors Electronics Software Networks Telecom Aerospace Automotive Biotech Therapeutics
    Petroleum Mining Ventures Insurance`),
  orgCues: set(`company firm group startup start-up bank maker manufacturer carrier operator retailer chain brand
    subsidiary fund club team party union agency newspaper magazine broadcaster network studio label insurer
    lender giant conglomerate developer publisher airline automaker supplier provider outfit consultancy
    brokerage miner shipper utility venture carmaker chipmaker drugmaker planemaker`),
  placeCues: set(`city town village province state county region district island lake mount river valley port
    bay gulf sea capital republic kingdom borough parish`),
  eponymNouns: set(''),
  placeTails: set(`City County county Counties River Street St Avenue Ave Road Rd Boulevard Lane Square Island Islands
    Isle Lake Mountains Mountain Peninsula Valley Bay Harbor Harbour Park Township township Parish parish District
    Province Springs Falls Heights Beach Canyon Creek Desert Coast Strait Straits Sea Ocean Gulf Stadium Arena`),
  nameAbbreviations: set('Wm Jas Jos Geo Chas Thos Benj Robt Saml Edw Jno Danl Richd Nathl Jona Wml Hy'),
  nameSuffixes: set('esq esquire esqs jr sr'),
  placeOfHeads: set('City State County Territory Province Port Town Township Borough Commonwealth Republic Kingdom'),
  articleInOrgSpan: set('the'),
  placeHeads: set(`Lake Mount Mt Cape Port Fort Point Bay Gulf Isle Island Islands River Valley Street Avenue Road
    Square Park Bridge Castle Palace Abbey Cathedral Airport Stadium`),
  featureNouns: set(''),
  // English capitalizes the adjectives of a name ("Federal Reserve"), so none are taken lower case.
  adjective: /^$/,
  locatives: set('in at near from to into across throughout outside inside towards toward via'),
  determiners: set('the'),
  // ("for": "Office for National Statistics", held together only by a head word.)
  connectors: set("of for the and & de d' du des la le van von der den di da del della dos el al bin ibn y"),
  particles: set('de d du des van von der den di da del della dos el al bin ibn la le'),
  // (With "tbe", "tlie", "thc": the OCR of old print misreads "the".)
  functionWords: set(`the tbe tlie thc a an this that these those his her its their our my your he she it they we you i
    and or but so yet nor for if when while where who whom whose which what as at by in on of to from with
    without into onto over under after before during since until about against among between through
    however therefore meanwhile moreover furthermore nevertheless also then thus there here not no yes
    is are was were be been being has have had do does did will would shall should can could may might must
    all any each every some many much more most other another such both either neither one`),
  notNames: set(`January February March April May June July August September October November December
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday According However Meanwhile Yesterday Today
    Tomorrow God Mr Mrs Ms Sir Madam Esq Esquire Messrs`),
  notAcronyms: set(`GDP GNP VAT CEO CFO COO CTO GPU CPU AI TV PC SMS DNA RNA USB GPS HIV AIDS SME ETF IPO MW GW
    KW MWH GWH TWH CO PM AM OK PS NB HQ IT HR PR ID TBA FAQ DIY ASAP AKA ETA RIP VS LTD INC`),
  roles: {
    heads: set(`minister president chairman chairwoman chair ceo cfo coo cto chief director head founder co-founder
      cofounder spokesman spokeswoman spokesperson secretary governor mayor senator representative ambassador
      analyst professor economist executive manager leader commissioner deputy vice chancellor prime
      managing general partner adviser advisor counsel lawyer attorney judge editor correspondent researcher
      scientist expert consultant owner chairperson treasurer president-elect former acting interim
      senior lead principal coach captain pastor rector superintendent agent auditor clerk cashier organist
      publisher member officer commander official spokesperson strategist`),
    articles: set('the a an its his her their'),
    continuations: set('of and for the'),
    stops: set(`who which that said says told added is was has had will would`),
    openers: set('for by with from after according'),
  },
  regionAbbreviations: set(`Ala Ariz Ark Cal Calif Colo Conn Del Fla Ga Ida Ill Ind Ia Kan Kans Ky La Md Mass Me Mich
    Minn Miss Mo Mont Neb Nebr Nev Okla Ore Oreg Pa Penn Tenn Tex Vt Va Wash Wis Wyo Dak NY NM NC SC NJ NH RI DC ND SD`),
  shortForms: new Map([
    ['US', { type: 'location', name: 'United States', country: 'US' }],
    ['USA', { type: 'location', name: 'United States', country: 'US' }],
    ['UK', { type: 'location', name: 'United Kingdom', country: 'GB' }],
    ['UAE', { type: 'location', name: 'United Arab Emirates', country: 'AE' }],
    ['UN', { type: 'organization', name: 'United Nations' }],
    ['EU', { type: 'organization', name: 'European Union' }],
  ]),
  titleDomains: set(`economy economic finance foreign interior defence defense health justice energy environment
    education labour labor transport trade agriculture culture housing home treasury industry digital climate
    science sports tourism security immigration communications`),
  companyTitles: set('executive ceo cfo coo cto chairman chairwoman founder co-founder cofounder owner'),
  holdingNouns: set('shares stake stakes holding holdings investment investments interest'),
  speechVerbs: set(`said says told stated added explained declared insisted noted wrote argued asked replied
    warned acknowledged admitted recalled testified tweeted`),
  speechAuxiliaries: set('has had'),
  companyVerbs: set(`announced announces unveiled unveils launched launches acquired acquires reported reports
    posted posts opened opens cut cuts hired hires signed signs won wins sold sells bought buys invested invests
    confirmed confirms raised raises lowered lowers`),
  monthFirstNames: set('April May June August Avril'),
  weekdayPapers: {
    weekdays: set('monday tuesday wednesday thursday friday saturday sunday'),
    links: set('on'),
    heads: set(`Times Telegraph Mirror Express Post Herald People Mail World Independent Star Sport Tribune
      Journal Observer Record Sun Mercury Age Chronicle News Gazette Standard Examiner Review Argus`),
  },
  workerNouns: set(`analyst analysts economist economists strategist strategists executive executives engineer engineers
    researcher researchers trader traders banker bankers employee employees worker workers staff manager managers
    officials scientist scientists`),
  monthIntroducers: set('in since until till by during from early late mid last next this before after through'),
};

export default namesExtractor(ENGLISH);
