// The type of one candidate run from the strongest evidence around it: an honorific or title before
// it, an organization's head or tail word, a gazetteer place, a verb of saying, a known first name,
// an apposed role or description, the noun or preposition before it, then weaker defaults that the
// document-level revision (document-revision.ts) may settle.
import { classifyAcronym, classifyCapitals } from './capitals.js';
import { COMPLEMENT_LINKS, type Decision, isMinorPlace, type NameType } from './decision.js';
import { lookupPlace, type Place } from './gazetteer.js';
import { demonyms, keyOf, knownOrganizations, lastNames } from './lexicon.js';
import type { NameDoc } from './name-doc.js';
import {
  type Candidate,
  inDictionary,
  initialEnd,
  isCompanyBeforeVerb,
  isDictionaryWord,
  isFirstName,
  isMonthFirstName,
  isNameWord,
  isPlaceOf,
  isTitleWord,
  speechAfter,
  textOf,
} from './name-words.js';
import { headedBy, withRole } from './role-attachment.js';
import { roleAfter } from './roles.js';
import {
  adjectivesEnd,
  complementEnd,
  coordinatedComplementsEnd,
  featureNounBefore,
  institution,
  nounComplementEnd,
  placeDecision,
  withAcronym,
} from './span-growth.js';
import {
  acronymAfter,
  cueBefore,
  honorificStart,
  honorificsStart,
  placeCueBefore,
  titleComplementStart,
  wordBefore,
} from './surroundings.js';
import { isAllCaps, isApostrophe, isCapitalized, lowerOf, startsUpper, type Token } from './tokens.js';

const FAMILY_PREFIX = /^(?:Mc|Mac|Fitz|De|Di|Da|Du|La|Le|Van|Von)\p{Lu}/u;

const CAMEL_CASE = /^\p{Lu}\p{Ll}{2,}\p{Lu}\p{Ll}{2,}$/u;

/** "France-KLM", "Orange-SFR": a hyphen joins a name to capitals. */
const HYPHENED_CAPITALS = /-\p{Lu}{2,6}$|^\p{Lu}{2,6}-/u;

/** What closes a quotation or clause before an inverted verb of saying. */
const CLOSING = new Set([',', '"', '”', '\u0094', '»', "'", '’']);

/** One candidate run and the facts every step of classify() reads. */
interface Run {
  c: Candidate;
  words: Token[];
  name: string;
  /** The name's lookup key (lexicon.ts keyOf). */
  key: string;
  /** The gazetteer's place of that name, read once for every step. */
  place: Place | undefined;
  firstWord: Token;
  lastWord: Token;
  /** One word token (any other token of the run is punctuation). */
  single: boolean;
  before: { word: string; index: number } | null;
}

/** Facts the later steps read, looked up only when the earlier ones gave no verdict. */
interface LateFacts {
  role: { from: number; to: number } | null;
  firstIsFirstName: boolean;
}

/** Words before a party's or a paper's name opened by its article: "les élus Les Républicains", "selon Les Échos". */
const TITLE_INTRODUCERS = new Set([
  'selon',
  'par',
  'élus',
  'élu',
  'élue',
  'membres',
  'députés',
  'sénateurs',
  'militants',
  'candidat',
  'candidate',
  'quotidien',
  'hebdomadaire',
  'journal',
  'magazine',
  'told',
  'by',
]);

/** Words introducing examples of a plural noun: "des groupes comme …", "lenders including …". */
const LIST_INTRODUCERS = new Set(['dont', 'comme', 'notamment', 'including', 'like', 'such as']);
const LIST_JOINS = new Set(['et', 'and', 'ou', 'or', '&']);

/** Participles that only companies and institutions take after their name and a comma. */
const FOUNDED = new Set([
  'founded',
  'headquartered',
  'listed',
  'fondée',
  'fondé',
  'créée',
  'cotée',
  'coté',
  'implantée',
]);

/** Words that go on describing a company after its noun: ", a joint venture between …", ", a firm based in …". */
const DESCRIPTION_LINKS = new Set([
  'between',
  'based',
  'owned',
  'controlled',
  'founded',
  'that',
  'which',
  'whose',
  'dont',
  'qui',
  'basée',
  'basé',
  'détenue',
  'détenu',
  'fondée',
  'fondé',
]);

/** The decision that run `c` (or the span `extra` gives) is a name of `type`, by `rule`. */
function decide(c: Candidate, type: NameType, rule: string, extra: Partial<Decision> = {}): Decision {
  return { type, from: c.from, to: c.to, rule, ...extra };
}

export function classify(doc: NameDoc, c: Candidate): Decision | null {
  const words = doc.tokens.slice(c.from, c.to);
  const name = textOf(doc, c.from, c.to);
  const r: Run = {
    c,
    words,
    name,
    key: keyOf(name),
    place: lookupPlace(name),
    firstWord: words[0]!,
    lastWord: words[words.length - 1]!,
    single: words.filter((t) => t.kind === 'word').length === 1,
    before: wordBefore(doc, c.from),
  };
  // The strongest evidence first; a step returns a decision, null (no name), or undefined (no verdict).
  for (const step of [spelledOrCapitals, personByTitle, byForm, bySpeech]) {
    const d = step(doc, r);
    if (d !== undefined) return d;
  }
  const late: LateFacts = {
    role: roleAfter(doc.tokens, c.to, doc.L.roles),
    // (A month opens a run only as a first name: "Avril Fontaine", see isMonthFirstName().)
    firstIsFirstName:
      (isFirstName(doc, r.firstWord) || doc.L.monthFirstNames?.has(r.firstWord.text) === true) && !r.single,
  };
  for (const step of [placeOrInstitution, byShape]) {
    const d = step(doc, r, late);
    if (d !== undefined) return d;
  }
  return byWordBeforeOrDefault(doc, r);
}

/**
 * Acronyms, a name spelled by the acronym after it ("La France insoumise (LFI)"), a capitalized
 * article before a place, and runs in capitals (capitals.ts).
 */
function spelledOrCapitals(doc: NameDoc, r: Run): Decision | null | undefined {
  const { c, words, name, place, firstWord, single } = r;
  const L = doc.L;
  if (single && isAllCaps(firstWord) && firstWord.text.length <= 7) return classifyAcronym(doc, c, name, place);
  // "La France insoumise (LFI)": lower-case words and an acronym that spells them make one name.
  let spelled = c.to;
  while (spelled < c.to + 3 && doc.tokens[spelled]?.kind === 'word' && !isCapitalized(doc.tokens[spelled])) {
    if (L.functionWords.has(doc.tokens[spelled]!.text)) break;
    spelled++;
  }
  const party = spelled > c.to ? acronymAfter(doc, { from: c.from, to: spelled }) : null;
  if (party) return decide(c, 'organization', 'acronym-defined', { to: spelled, acronym: party });
  // "« La Suisse est prête »": a capitalized article before a place is not part of its name.
  const article = firstWord.text.toLowerCase();
  if (!single && L.determiners.has(article) && L.particles.has(article) && !place) {
    const rest = lookupPlace(textOf(doc, c.from + 1, c.to));
    if (rest?.kind === 'country' && actsAsState(doc, { from: c.from + 1, to: c.to }, article))
      return decide(c, 'organization', 'acting-state', { from: c.from + 1 });
    if (rest) return decide(c, 'location', 'gazetteer', { from: c.from + 1, country: rest.country });
  }
  if (words.every((t) => t.kind !== 'word' || isAllCaps(t))) return classifyCapitals(doc, c, name, place);
  return undefined;
}

/**
 * People named after an honorific, a title, a cue noun or in an eponym ("M. Dupont", "général
 * de Gaulle", "President Wilson", "la maladie de Paget"); a lone demonym is no name.
 */
function personByTitle(doc: NameDoc, r: Run): Decision | null | undefined {
  const { c, words, place, firstWord, single, before } = r;
  const L = doc.L;
  // People: honorific, title or cue noun before the name ("M. de Montmollin", "général de Gaulle").
  const particle = before && L.particles.has(before.word.replace(/'$/, '')) ? before : null;
  const lead = particle ? particle.index : c.from;
  const honorific = honorificStart(doc, lead);
  if (honorific >= 0)
    return withRole(
      doc,
      decide(c, 'person', 'honorific', {
        from: doc.titlesInSpan ? honorificsStart(doc, honorific) : lead,
        nameFrom: lead,
      }),
    );
  const title = particle ? wordBefore(doc, lead) : before;
  // (Not before "de" and a country: "l'empereur d'Autriche", "la reine de Portugal" name a place;
  // "le prince de Bismarck", "Duke de Bordeaux" are people named after a town.)
  const domain = particle ? place && place.kind !== 'city' : place && !isMinorPlace(place);
  // ("directeur général de Masen": "général" qualifies the title before it.)
  const qualifier =
    title !== null && isTitleWord(doc, doc.tokens[title.index - 1]) && !isCapitalized(doc.tokens[title.index]);
  if (title && L.spanTitles.has(title.word) && !domain && !qualifier)
    return withRole(doc, decide(c, 'person', 'title', { from: doc.titlesInSpan ? title.index : lead, nameFrom: lead }));
  // "Count Charles Palfy", "President Wilson", "German Chancellor Olaf Scholz": capitalized titles
  // and demonyms opening the run. A rank or a nobility title stays in the span (as "M." does), a
  // function ("President", "Chancellor") and a nationality do not.
  const opening = firstWord.text.toLowerCase();
  // (Not "Saudi Arabia", "Prince Edward Island": a place named so.)
  if (!single && (isTitleWord(doc, firstWord) || demonyms().has(opening)) && !place) {
    let k = c.from;
    let spanFrom = c.from;
    while (k < c.to - 1) {
      const w = lowerOf(doc.tokens[k]);
      if (L.spanTitles.has(w)) {
        k++;
        continue;
      }
      // (Old print keeps a function in the span too: "President Taft", "Senator Wolcott".)
      if (isTitleWord(doc, doc.tokens[k]) && doc.titlesInSpan) {
        k++;
        continue;
      }
      if (isTitleWord(doc, doc.tokens[k]) || demonyms().has(w)) {
        k++;
        spanFrom = k;
        continue;
      }
      break;
    }
    const rest = doc.tokens.slice(k, c.to).filter((t) => t.kind === 'word');
    // ("Judge Bland", "General Grant": one capitalized word after a rank, unless it names a thing,
    // "General Motors", "General Assembly".)
    const ranked =
      L.spanTitles.has(opening) &&
      rest.length === 1 &&
      !isTitleWord(doc, rest[0]) &&
      !demonyms().has(lowerOf(rest[0])) &&
      ![L.orgHeads, L.orgTails, L.placeTails, L.placeHeads].some((words) => words.has(rest[0]!.text));
    // ("Analyst June Park": a month that is a first name before a surname.)
    const restIsName =
      ranked || isFirstName(doc, rest[0]) || isMonthFirstName(doc, k) || !rest.every((t) => isDictionaryWord(doc, t));
    const nameStarts = isNameWord(doc, k) || initialEnd(doc, k) > k;
    // ("Judge Marshall": a small town's name after a title is the person's.)
    const restPlace = k < c.to ? lookupPlace(textOf(doc, k, c.to)) : undefined;
    if (k > c.from && k < c.to && nameStarts && restIsName && (!restPlace || isMinorPlace(restPlace)))
      return withRole(doc, decide(c, 'person', 'title-word', { from: doc.titlesInSpan ? spanFrom : k, nameFrom: k }));
  }
  // (Not "Chief Executive Officer": common words after a cue are more of the title.)
  const commonWords =
    !single &&
    words.every((t) => t.kind !== 'word' || isDictionaryWord(doc, t)) &&
    !isFirstName(doc, firstWord) &&
    !isMonthFirstName(doc, c.from);
  // ("president Young": a small town's name after a cue is the person's, as after a title.)
  const cueable = !place || isMinorPlace(place);
  // (Not "its rival Vantor Systems": a company word closing the name outweighs the cue.)
  const companyForm = !single && L.orgTails.has(r.lastWord.text);
  if (before && L.personCues.has(before.word) && cueable && !companyForm && !(commonWords && !doc.titlesInSpan)) {
    // ("Doctor Zipperlero", "Attorney C. E. Thompson": old print keeps a capitalized title in the span.)
    const titled = doc.titlesInSpan && isCapitalized(doc.tokens[before.index]) && before.index === c.from - 1;
    return withRole(doc, decide(c, 'person', 'cue-noun', titled ? { from: before.index, nameFrom: c.from } : {}));
  }
  // "la maladie de Paget", "le théorème de Fermat": a noun named after a person.
  const eponymOf = before && (before.word === 'de' || before.word === "d'") ? wordBefore(doc, before.index) : null;
  if (eponymOf && L.eponymNouns.has(eponymOf.word) && !place) return decide(c, 'person', 'eponym');

  if (single && demonyms().has(opening)) return null;
  return undefined;
}

/**
 * Organizations and places named by their form: a head or tail word ("Banque nationale",
 * "Acme Inc."), a place head ("Place Bellecour"), an acronym defined after the name, a known
 * organization, a brand's inner capital ("TotalEnergies").
 */
function byForm(doc: NameDoc, r: Run): Decision | null | undefined {
  const { c, key, place, firstWord, lastWord, single, before } = r;
  const L = doc.L;
  // "City of Washington", "State of Ohio".
  if (isPlaceOf(doc, c.from, c.to)) {
    const named = lookupPlace(textOf(doc, c.from + 2, c.to));
    return decide(c, 'location', 'place-of', named ? { country: named.country } : {});
  }
  // Organizations named by their form; "Conseil fédéral", "Banque nationale" take their adjectives.
  if (L.orgHeads.has(firstWord.text) && !single)
    return institution(
      doc,
      decide(c, 'organization', 'head-word', { to: complementEnd(doc, adjectivesEnd(doc, c.to)) }),
    );
  if (L.orgHeads.has(firstWord.text) && adjectivesEnd(doc, c.to) > c.to)
    return institution(
      doc,
      decide(c, 'organization', 'head-adjective', { to: complementEnd(doc, adjectivesEnd(doc, c.to)) }),
    );
  // "Hôtel Murat", "Palais fédéral", "Place Bellecour".
  // (Not "Gulf Newswire", "Bay Capital": a legal or company word closing the name.)
  const placeHead = L.placeHeads.has(firstWord.text) && !L.orgTails.has(lastWord.text);
  if (placeHead && (!single || adjectivesEnd(doc, c.to) > c.to))
    return decide(c, 'location', 'place-head', { to: adjectivesEnd(doc, c.to) });
  if (L.orgTails.has(lastWord.text) && !single) return withAcronym(doc, decide(c, 'organization', 'tail-word'), c);
  // "la Commission", "le Parlement": a lone head word with its article names the institution.
  if (L.orgHeads.has(firstWord.text) && before && L.determiners.has(before.word) && !doc.sentenceStarts.has(c.from)) {
    // "Société des nations", "Chambre des lords", "Académie de musique de Bâle".
    const end = complementEnd(doc, nounComplementEnd(doc, c.to));
    const d = institution(doc, decide(c, 'organization', end > c.to ? 'head-complement' : 'head-alone', { to: end }));
    return d.acronym || end > c.to ? d : { ...d, weak: true };
  }
  // "en Conseil des ministres", "à Chambre des métiers": a head word and its noun complement.
  if (L.orgHeads.has(firstWord.text) && single && !doc.sentenceStarts.has(c.from)) {
    const end = nounComplementEnd(doc, c.to);
    if (end > c.to) return institution(doc, decide(c, 'organization', 'head-complement', { to: end }));
  }
  const acronym = acronymAfter(doc, c);
  if (acronym) return decide(c, 'organization', 'acronym-defined', { acronym });
  // "an analyst at Bernstein", "executives at Ardent": where people work is a company, not a place.
  const worker = before?.word === 'at' ? wordBefore(doc, before.index) : null;
  if (worker && L.workerNouns?.has(worker.word) && (!place || isMinorPlace(place)))
    return decide(c, 'organization', 'workplace');
  if (knownOrganizations().has(key)) return decide(c, 'organization', 'known');
  // "des équipementiers comme Valeo et Forvia", "carmakers including Ardent": a list under companies.
  if (!(isFirstName(doc, firstWord) && !single) && listedUnderCompanies(doc, c.from))
    return decide(c, 'organization', 'company-list');
  // "Météo-France", "Radio-Canada": a common word hyphened to a country's name is a national body.
  if (single && isCountryCompound(doc, firstWord.text)) return decide(c, 'organization', 'country-compound');
  // "TotalEnergies", "BlackRock": a capital inside a word is a brand's, not a family's ("McBride").
  if (single && CAMEL_CASE.test(firstWord.text) && !FAMILY_PREFIX.test(firstWord.text))
    return decide(c, 'organization', 'camel-case');
  // "Airbus a inauguré", "Orange announced": a capitalized common word before a company's verb.
  if (single && isCompanyBeforeVerb(doc, c.from)) return decide(c, 'organization', 'company-verb');
  return undefined;
}

/**
 * A lone word that speaks ("Powell said", "a déclaré Okonkwo") or is the surname of someone
 * named in full elsewhere in the document.
 */
function bySpeech(doc: NameDoc, r: Run): Decision | null | undefined {
  const { c, key, place, firstWord, single, before } = r;
  const L = doc.L;
  // "Powell said", "Hinton stated": only people speak (a country or a city may stand for its
  // government, "France said", and stays a place); a person's surname named in full earlier.
  if (single && !knownOrganizations().has(key)) {
    const minor = !place || isMinorPlace(place);
    // ("à Lincoln", "of Spokane, who", "l'Irgun annonce": a place or a thing.)
    const locative = before !== null && (L.locatives.has(before.word) || COMPLEMENT_LINKS.has(before.word));
    if (doc.documentSurnames.has(key) && !locative && minor)
      return withRole(doc, decide(c, 'person', 'document-surname'));
    const nameLike = lastNames().has(key) || !isDictionaryWord(doc, firstWord);
    const determined = before !== null && L.determiners.has(before.word);
    const speaks = speechAfter(doc, c.to) || whoAfter(doc, c.to) || speechBefore(doc, c.from);
    // ("le constructeur Stellantis a déclaré": a company.)
    const company = cueBefore(doc, c.from, L.orgCues);
    if (minor && nameLike && !locative && !determined && !company && speaks)
      return withRole(doc, decide(c, 'person', 'speaker'));
  }
  return undefined;
}

/**
 * Places and institutions: a feature noun before the name ("mer Noire"), a company title
 * heading it ("le PDG de Valmora"), a lower-case institution noun ("le ministère de l'Intérieur"),
 * a place in the gazetteer unless a first name, a role or a common word's reading outweighs it.
 */
function placeOrInstitution(doc: NameDoc, r: Run, late: LateFacts): Decision | null | undefined {
  const { c, name, place, firstWord, single, before } = r;
  const { role, firstIsFirstName } = late;
  const L = doc.L;
  // "mer Noire", "canton de Vaud", "quai d'Orsay": a geographic or street noun belongs to the place's span.
  const feature = firstIsFirstName ? -1 : featureNounBefore(doc, c.from);
  if (feature >= 0)
    return decide(c, 'location', 'feature-noun', {
      from: feature,
      nameFrom: feature,
      ...(place ? { country: place.country } : {}),
    });
  // "chief executive of Northbridge", "le PDG de Valmora": what a company title heads is a company,
  // even when a small town bears its name.
  if (
    !doc.titlesInSpan &&
    single &&
    !firstIsFirstName &&
    (!place || isMinorPlace(place)) &&
    headedBy(doc, c.from, true)
  )
    return decide(c, 'organization', 'title-complement');
  // "le ministère de l'Intérieur": a lower-case institution noun belongs to the organization's span.
  const institution = firstIsFirstName || !L.lowerOrgHeads ? -1 : featureNounBefore(doc, c.from, L.lowerOrgHeads);
  // (Whatever the complement names: "ministère de l'Europe", "ministère de la Justice".)
  if (institution >= 0)
    return decide(c, 'organization', 'institution-noun', {
      from: institution,
      nameFrom: institution,
      to: coordinatedComplementsEnd(doc, c.to),
    });
  // ("Abu Dhabi", "Toulouse, nouvelle ligne …": a big place outweighs a first name and a role.)
  const bigPlace = place !== undefined && !isMinorPlace(place);
  if (place && ((!firstIsFirstName && !role) || bigPlace)) {
    // A town named like a common word or a person ("Orange", "Martin") needs a preposition.
    const weakPlace =
      isMinorPlace(place) &&
      (doc.first.has(keyOf(name)) || lastNames().has(keyOf(name)) || (single && isDictionaryWord(doc, firstWord)));
    const locative = before !== null && (L.locatives.has(before.word) || placeCueBefore(doc, c.from));
    const minorPlace = single && isMinorPlace(place);
    if (place.kind === 'country' && before && actsAsState(doc, c, before.word, before.index))
      return decide(c, 'organization', 'acting-state');
    if (!weakPlace || locative)
      return placeDecision(doc, decide(c, 'location', 'gazetteer', { country: place.country, minorPlace }));
    // "Bordeaux", "Limoges" are also common words: a place only if listed with places or repeated.
    if (!doc.first.has(keyOf(name)) && !lastNames().has(keyOf(name)))
      return decide(c, 'location', 'gazetteer-common-word', { country: place.country, weak: true, tentative: true });
  }
  return undefined;
}

/**
 * Modern French annotation names a state that acts as an organization: the subject of a verb ("la
 * France a proposé", "l'Autriche s'oppose") or the state an ambassador serves ("ambassadeur de
 * France"); elsewhere the country is a place. (Not in old print, whose annotation keeps it a place.)
 */
function actsAsState(
  doc: NameDoc,
  span: { from: number; to: number },
  wordBeforeSpan: string,
  beforeIndex = -1,
): boolean {
  const acting = doc.L.actingState;
  if (!acting || doc.titlesInSpan) return false;
  if (beforeIndex >= 0 && COMPLEMENT_LINKS.has(wordBeforeSpan.replace(/'$/, ''))) {
    const served = wordBefore(doc, beforeIndex);
    return served !== null && acting.envoys.has(served.word);
  }
  if (!doc.L.determiners.has(wordBeforeSpan) || INDEFINITE_ARTICLES.has(wordBeforeSpan)) return false;
  const next = doc.tokens[span.to];
  if (next?.kind !== 'word' || !acting.verbs.has(next.text)) return false;
  // ("n'a", "s'oppose": the elided negation or pronoun before the verb.)
  return (next.text !== 'n' && next.text !== 's') || isApostrophe(doc.tokens[span.to + 1]);
}

const INDEFINITE_ARTICLES = new Set(['un', 'une', 'des']);

/** German and Dutch street words closing a street's name. */
const STREET_WORDS = ['straße', 'strasse', 'gasse', 'platz', 'allee', 'straat', 'gracht'];
/** "Immermannstraße": a capitalized word closed by a street word (endsWith first: asked of every run). */
const isStreetWord = (w: string) =>
  w.length >= 7 && STREET_WORDS.some((s) => w.endsWith(s)) && startsUpper(w) && !w.includes('-');

/**
 * The name's own shape: an acronym inside it ("RJR Nabisco"), a place's tail word ("Market
 * Street"), what a title heads, a first name, initials, an apposed role or description.
 */
function byShape(doc: NameDoc, r: Run, late: LateFacts): Decision | null | undefined {
  const { c, words, place, lastWord, single } = r;
  const { role, firstIsFirstName } = late;
  const L = doc.L;
  // "Thomson CSF", "RJR Nabisco": an acronym inside a name is a company's.
  if (
    !single &&
    !firstIsFirstName &&
    // ("R. W. BAILEY": initials before a name in capitals open a person's.)
    initialEnd(doc, c.from) < 0 &&
    words.some((t) => isAllCaps(t) || HYPHENED_CAPITALS.test(t.text)) &&
    words.some((t) => t.kind === 'word' && !isAllCaps(t))
  )
    return decide(c, 'organization', 'mixed-acronym');
  // "analyst June Park", "la chercheuse Jessica Hill": a first name after a role is a person's,
  // whatever word closes it.
  if (firstIsFirstName && r.before && isTitleWord(doc, doc.tokens[r.before.index]))
    return withRole(doc, decide(c, 'person', 'first-name'));
  // "Tabor City", "Market Street", "Jackson county".
  if (!single && L.placeTails.has(lastWord.text)) return decide(c, 'location', 'place-tail');
  // "Immermannstraße", "Keizersgracht": a street named in German or Dutch, as addresses give it.
  if (isStreetWord(lastWord.text)) return decide(c, 'location', 'street-word');
  const tail = doc.tokens[c.to];
  if (tail && !isCapitalized(tail) && L.placeTails.has(tail.text) && !firstIsFirstName)
    return decide(c, 'location', 'place-tail', { to: c.to + 1 });

  // "le PDG de Renault", "chief executive of Rolls-Royce": what a person heads, not a place, is an
  // organization (in modern news: old print's "Duke of Clarence" names a title).
  // ("secrétaire d'État": a common word completes the title itself.)
  const common = words.every((t) => t.kind !== 'word' || isDictionaryWord(doc, t));
  // "le maire du Grand-Bornand", "the mayor of Tarrytown": what a mayor or a prefect serves is a place.
  const titleAt = headedBy(doc, c.from) ? titleComplementStart(doc, c.from) : -1;
  if (
    !doc.titlesInSpan &&
    !firstIsFirstName &&
    !common &&
    titleAt >= 0 &&
    L.placeTitles?.has(lowerOf(doc.tokens[titleAt]))
  )
    return decide(c, 'location', 'title-place', place ? { country: place.country } : {});
  if (
    !doc.titlesInSpan &&
    !firstIsFirstName &&
    !place &&
    !common &&
    initialEnd(doc, c.from) < 0 &&
    headedBy(doc, c.from)
  )
    return decide(c, 'organization', 'title-complement');
  // People: a known first name, or a role apposed after the name.
  if (firstIsFirstName) return withRole(doc, decide(c, 'person', 'first-name'));
  // "W. W. Brown", "J.-P. Bruneau": initials open a person's name.
  if (!single && initialEnd(doc, c.from) > 0) return withRole(doc, decide(c, 'person', 'initials'));
  if (role) return { ...decide(c, 'person', 'apposed-role'), role };
  // "Cofreth, entreprise de chauffage", "Tecni, filiale de Vivendi".
  if (orgDescriptionAfter(doc, c.to)) return decide(c, 'organization', 'apposed-description');
  return undefined;
}

/**
 * The noun or preposition before the name, then the weak defaults the document may revise.
 */
function byWordBeforeOrDefault(doc: NameDoc, r: Run): Decision | null {
  const { c, words, place, firstWord, lastWord, single, before } = r;
  const L = doc.L;
  // The noun or preposition before the name.
  if (cueBefore(doc, c.from, L.orgCues)) return decide(c, 'organization', 'cue-noun');
  if (placeCueBefore(doc, c.from)) return decide(c, 'location', 'place-noun', place ? { country: place.country } : {});
  // "la gendarmerie de Thônes", "le PGHM de Chamonix": the town a local body sits in.
  if (single && seatBefore(doc, c.from)) return decide(c, 'location', 'seat', place ? { country: place.country } : {});
  // A first name alone ("Tom", "Pierre") stands only when repeated, listed or confirmed.
  if (single && isFirstName(doc, firstWord))
    return withRole(doc, decide(c, 'person', 'first-name-alone', { weak: true, tentative: true }));
  // A known surname alone was right less than half the time on the development sets: it needs the
  // document to confirm it.
  if (single && lastNames().has(firstWord.text.toLowerCase()))
    return decide(c, 'person', 'last-name', { weak: true, tentative: true });

  // "les élus Les Républicains", "selon Les Échos": a capitalized article inside a sentence before
  // capitalized common words names a party or a paper (the article is part of the name).
  const article = doc.tokens[c.from - 1];
  if (
    !doc.titlesInSpan &&
    article?.kind === 'word' &&
    isCapitalized(article) &&
    !doc.sentenceStarts.has(c.from - 1) &&
    L.determiners.has(article.text.toLowerCase()) &&
    TITLE_INTRODUCERS.has(lowerOf(doc.tokens[c.from - 2])) &&
    words.every((t) => t.kind !== 'word' || isDictionaryWord(doc, t))
  )
    return decide(c, 'organization', 'article-title', { from: c.from - 1 });
  // Capitalized common words ("l'État", "la Convergence") are not names without other evidence.
  if (words.every((t) => t.kind !== 'word' || isDictionaryWord(doc, t))) return null;

  // "chez Stellantis", "analyste chez Oddo": where one works or shops, in modern news a company.
  if (single && before?.word === 'chez' && !doc.titlesInSpan && !place) return decide(c, 'organization', 'chez');
  // "shares in Lufthansa", "a stake in Norvik": a company.
  const holding = before?.word === 'in' ? wordBefore(doc, before.index) : null;
  if (holding && L.holdingNouns?.has(holding.word)) return decide(c, 'organization', 'holding-noun');
  if (before && L.locatives.has(before.word)) return decide(c, 'location', 'locative', { weak: true });
  // "Le Chefresne", "La Chaux-de-Fonds": a capitalized article inside a sentence opens a place name.
  if (!single && L.particles.has(firstWord.text.toLowerCase()) && L.determiners.has(firstWord.text.toLowerCase()))
    return decide(c, 'location', 'article-name', { weak: true });
  if (before && L.determiners.has(before.word))
    return decide(c, 'organization', 'determiner', { weak: true, tentative: single });
  // "le mirage Soluna": determiner, common noun, name.
  if (before && single) {
    const det = wordBefore(doc, before.index);
    if (det && L.determiners.has(det.word) && doc.dict.has(before.word))
      return decide(c, 'organization', 'determiner-noun', { weak: true });
  }
  // "Christ Church", "Brig Essex": a name whose last word is a common word is rarely a person's.
  const surnameLike = !isDictionaryWord(doc, lastWord);
  // "France Inter", "Britain First": a name opening with a country's is a brand's or a body's.
  // (Not "Jordan Bardella", "Chad Harlan": a surname after a country that is a first name too.)
  if (
    !single &&
    !doc.titlesInSpan &&
    lookupPlace(firstWord.text)?.kind === 'country' &&
    isDictionaryWord(doc, lastWord)
  )
    return decide(c, 'organization', 'country-name', { weak: true });
  return withRole(
    doc,
    decide(c, 'person', single ? 'default-single' : 'default', { weak: true, tentative: single || !surnameLike }),
  );
}

/** "said Okonkwo", "a déclaré Okonkwo", ", explique Okonkwo": the verb of saying before the name. */
function speechBefore(doc: NameDoc, from: number): boolean {
  const verb = doc.tokens[from - 1];
  if (verb?.kind !== 'word' || !doc.L.speechVerbs.has(verb.text)) return false;
  // ('"…," said Okonkwo', ', explique Okonkwo', 'a déclaré Okonkwo'; not "analysts said Northbridge's
  // buffer …", where the name opens the reported clause.)
  const before = doc.tokens[from - 2]?.text ?? '';
  return CLOSING.has(before) || doc.L.speechAuxiliaries.has(before.toLowerCase());
}

/** "Météo-France", not "Autriche-Hongrie" nor "Guinée-Bissau": a word that is no place, a hyphen, a country. */
function isCountryCompound(doc: NameDoc, word: string): boolean {
  const parts = word.split('-');
  if (parts.length !== 2 || lookupPlace(word)) return false;
  const [head, country] = parts as [string, string];
  return lookupPlace(country)?.kind === 'country' && !lookupPlace(head) && inDictionary(doc, head.toLowerCase());
}

/**
 * Whether the name is one of a list introduced by a plural company noun: "plusieurs équipementiers,
 * dont Valeo et Forvia", "carmakers such as Ardent and Vellum".
 */
function listedUnderCompanies(doc: NameDoc, from: number): boolean {
  let k = from - 1;
  // Back over the list's earlier items and their commas and conjunctions (a bounded walk).
  for (let n = 0; n < 12 && k >= 0; n++, k--) {
    const t = doc.tokens[k]!;
    if (t.text === ',' || LIST_JOINS.has(t.text) || (t.kind === 'word' && isCapitalized(t))) continue;
    break;
  }
  let intro = lowerOf(doc.tokens[k]);
  if (intro === 'as' && lowerOf(doc.tokens[k - 1]) === 'such') {
    k--;
    intro = 'such as';
  }
  if (!LIST_INTRODUCERS.has(intro)) return false;
  k--;
  if (doc.tokens[k]?.text === ',') k--;
  const noun = doc.tokens[k];
  const plural = lowerOf(noun);
  if (noun?.kind !== 'word' || !/[sx]$/.test(plural)) return false;
  return (
    doc.L.orgCues.has(plural.slice(0, -1)) || (plural.endsWith('ies') && doc.L.orgCues.has(`${plural.slice(0, -3)}y`))
  );
}

/** "gendarmerie de", "PGHM de", "tribunal d'": a local body's noun or acronym and "de" before `from`. */
function seatBefore(doc: NameDoc, from: number): boolean {
  const link = wordBefore(doc, from);
  if (!link || !COMPLEMENT_LINKS.has(link.word.replace(/['’]$/, '')) || link.word === 'des') return false;
  // ("Peloton … (PGHM) de Chamonix": the acronym in parentheses.)
  const closing = doc.tokens[link.index - 1]?.text === ')';
  const body = doc.tokens[link.index - (closing ? 2 : 1)];
  if (body?.kind !== 'word') return false;
  return (
    doc.L.seatNouns?.has(body.text) === true || (isAllCaps(body) && body.text.length >= 3 && body.text.length <= 6)
  );
}

/** ", who": an English relative that only people take. */
function whoAfter(doc: NameDoc, to: number): boolean {
  return doc.L.lang === 'en' && doc.tokens[to]?.text === ',' && lowerOf(doc.tokens[to + 1]) === 'who';
}

/** ", entreprise de …", ", la filiale de …" after a name. */
function orgDescriptionAfter(doc: NameDoc, to: number): boolean {
  if (doc.tokens[to]?.text !== ',') return false;
  let k = to + 1;
  // ", founded in 1994", ", cotée à Paris": people are born, companies are founded and listed.
  const next0 = doc.tokens[k + 1];
  if (FOUNDED.has(lowerOf(doc.tokens[k])) && next0?.kind === 'word' && !isCapitalized(next0)) return true;
  if (doc.L.roles.articles.has(lowerOf(doc.tokens[k]))) k++;
  // (", a joint venture between …", ", a chemicals maker based in …": one modifier before the noun.)
  const modifier = doc.tokens[k];
  if (
    modifier?.kind === 'word' &&
    !isCapitalized(modifier) &&
    !doc.L.orgCues.has(modifier.text) &&
    !doc.L.functionWords.has(modifier.text) &&
    doc.L.orgCues.has(lowerOf(doc.tokens[k + 1]))
  )
    k++;
  const noun = doc.tokens[k];
  const next = lowerOf(doc.tokens[k + 1]);
  return (
    noun?.kind === 'word' &&
    !isCapitalized(noun) &&
    doc.L.orgCues.has(noun.text) &&
    (doc.L.connectors.has(next) || DESCRIPTION_LINKS.has(next))
  );
}
