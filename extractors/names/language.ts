// What a language gives the name rules (fr.ts, en.ts): its words, and the few switches where its
// conventions differ. recognize.ts holds the rules themselves.
import type { Lang } from '../../pipeline/languages.js';
import type { RoleWords } from './roles.js';

export interface ShortForm {
  type: 'location' | 'organization';
  name: string;
  country?: string;
}

export interface NameLanguage {
  lang: Lang;
  /** Honorifics before a name, lower case without their point: m, mme, mr, dr… */
  honorifics: Set<string>;
  /** Lower-case titles kept inside the person's span in old print: général, maréchal, comte… */
  spanTitles: Set<string>;
  /** Lower-case nouns that make the next name a person, outside its span: président, ministre… */
  personCues: Set<string>;
  /** Nouns named after a person with "de": maladie, syndrome, théorème… */
  eponymNouns: Set<string>;
  /** Capitalized words that open an organization's name: Agence, Banque, University… */
  orgHeads: Set<string>;
  /** Words that close an organization's name: SA, Inc, Ltd, Bank, Group… */
  orgTails: Set<string>;
  /** Lower-case nouns that announce an organization's name: société, groupe, company… */
  orgCues: Set<string>;
  /** Lower-case nouns followed by "de"/"of" and a place: ville, région, city… */
  placeCues: Set<string>;
  /** Prepositions after which an unknown name is a place: à, en, in, at… */
  locatives: Set<string>;
  /** Determiners (and elided ones, with their apostrophe): le, la, l', the… */
  determiners: Set<string>;
  /** Lower-case words that may join the parts of one name: de, d', des, et, of, and, van… */
  connectors: Set<string>;
  /** The connectors that may sit inside a person's name: de, van, von, el, ben, bin… */
  particles: Set<string>;
  /** Words that close a place's name: City, County, River, Street… (English) */
  placeTails: Set<string>;
  /** Abbreviated first names read like initials: Wm., Jas., Chas. (English) */
  nameAbbreviations?: Set<string>;
  /** Words after a person's name and a comma that belong to the span: Esq., Jr. (English) */
  nameSuffixes?: Set<string>;
  /** Capitalized nouns that open a place's name with "of": City of …, State of … (English) */
  placeOfHeads?: Set<string>;
  /** Old print annotates the article before an organization inside its span: "the Board". */
  articleInOrgSpan?: Set<string>;
  /** Capitalized words that open a place's name: Hôtel, Palais, Place… */
  placeHeads: Set<string>;
  /** Nouns of geographic features and streets, inside a place's span: mer, lac, rue, quai… */
  featureNouns: Set<string>;
  /** Lower-case adjectives that extend an organization or place name: fédéral, nationale, romande… */
  adjective: RegExp;
  /** Function words: never a name, even capitalized; also may not sit between a cue and its name. */
  functionWords: Set<string>;
  /** Capitalized words that are never part of a name in this language: months, weekdays, "Selon"… */
  notNames: Set<string>;
  /** All-caps words that are not organizations: GPU, CEO, PIB… */
  notAcronyms: Set<string>;
  roles: RoleWords;
  /**
   * Short forms written with points or in capitals, by their letters: "U.S." and "US" → US. What they
   * name, and its long form.
   */
  shortForms?: Map<string, ShortForm>;
  /** Abbreviated regions after a town in old print's datelines: "Tenn.", "Va.", "N. Y." (English). */
  regionAbbreviations?: Set<string>;
  /** Lower-case nationalities after a title: "le chancelier allemand Olaf Scholz" (French). */
  nationalities?: Set<string>;
  /** Nouns before "in" that make the name after it a company's: shares, stake… (English) */
  holdingNouns?: Set<string>;
  /** Lower-case nouns of institutions named by a capitalized complement: ministère (de l'Intérieur)… */
  lowerOrgHeads?: Set<string>;
  /** Domains named before a title: Economy (Minister), Foreign (Secretary)… (English) */
  titleDomains?: Set<string>;
  /** Titles whose complement is a company: chief executive (of), PDG (de)… */
  companyTitles?: Set<string>;
  /** Verbs of saying after a name, which only people do: said, told, déclare… */
  speechVerbs: Set<string>;
  /** Auxiliaries before a past participle of saying: has, had, a, avait… */
  speechAuxiliaries: Set<string>;
  /**
   * Verbs a company does, after its name opening a sentence: "Airbus a inauguré", "Orange announced"
   * (the auxiliaries are speechAuxiliaries').
   */
  companyVerbs?: Set<string>;
  /**
   * Whether a common noun needs an article to be a subject (French: "Orange a annoncé" can only be a
   * name); otherwise ("Police announced") the document must name it mid-sentence or with a legal form.
   */
  bareSubjectIsName?: boolean;
  /** Months that are first names too ("Avril", "April", "June"), which the first-name list leaves out. */
  monthFirstNames?: Set<string>;
  /**
   * Of monthFirstNames, those this language writes in lower case as months (French "avril"): with a
   * capital before a name, a first name even opening a sentence.
   */
  lowerCaseMonths?: Set<string>;
  /** Lower-case words that make a month after them a date, not a first name: in, since, until… */
  monthIntroducers?: Set<string>;
  /** Capitalized parts joined by hyphens make a name even of common words: "Météo-France" (French). */
  hyphenedNames?: boolean;
  /** Titles held over a territory, whose complement is a place: maire, préfet, mayor, governor… */
  placeTitles?: Set<string>;
  /** Lower-case nouns of local bodies named after their town: gendarmerie, tribunal, préfecture… */
  seatNouns?: Set<string>;
  /** People who work somewhere, before "at" and their employer: analyst, economist, executives… (English) */
  workerNouns?: Set<string>;
  /**
   * Newspapers named with a weekday: "Sunday Times", "Mail on Sunday", "Journal du dimanche". The
   * weekdays, in lower case, the words that join a head to its weekday ("on", "du"), and the heads.
   */
  weekdayPapers?: { weekdays: Set<string>; links: Set<string>; heads: Set<string> };
  /**
   * Where the annotation names a state that acts as an organization (modern French): the verbs after
   * "la France" that make it one, and the envoys before "de France".
   */
  actingState?: { verbs: Set<string>; envoys: Set<string> };
}
