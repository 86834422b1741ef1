// What the whole document tells about single decisions: the surnames of people named in full (for a
// second reading), then a revision of the weak and tentative decisions (a name typed once keeps its
// type, a company's first word alone is the company, a lone word listed beside a person or place is
// one too, repeated first names and ranked competitors stand) and the lone words nothing confirms.
import { companiesByFirstWord } from '../../pipeline/coreference.js';
import { type Decision, isParticleToken, type NameType } from './decision.js';
import { lookupPlace } from './gazetteer.js';
import { keyOf, lastNames } from './lexicon.js';
import type { NameDoc } from './name-doc.js';
import { isDictionaryWord, isFirstName, textOf } from './name-words.js';
import { nameText } from './span-growth.js';
import { isPlacePreposition, wordBefore } from './surroundings.js';
import { isCapitalized, lowerOf } from './tokens.js';

const LIST_GAP = /^\s{0,3}(?:,|,?\s{0,3}(?:et|and|ou|or|&))\s{0,3}$/;

const MIN_REPEATS = 3;
const MIN_RANKED = 3;

/** Prepositions between a role and the company it is held at: "spokesman for", "analyst with". */
const COMPANY_LINKS = new Set(['for', 'with', 'at', 'chez', 'pour']);

/** Keys of the last words of the people named in full ("Ghita Mezzour" → "mezzour"). */
export function surnamesOf(doc: NameDoc, decisions: Decision[]): Set<string> {
  const surnames = new Set<string>();
  for (const d of decisions) {
    if (d.type !== 'person' || d.weak) continue;
    const from = d.nameFrom ?? d.from;
    const to = d.nameTo ?? d.to;
    const last = doc.tokens[to - 1];
    // (Not a first name, "Jean" of "Jean-Pierre Jean", nor a common word read into a name.)
    // ("Pior de Mont": after a particle, a common word is a family name too.)
    const afterParticle = isParticleToken(doc.L, doc.tokens[to - 2]);
    // ("Helen Brown": after a known first name, a common word is a family name too.)
    const surnameLike =
      afterParticle ||
      isFirstName(doc, doc.tokens[from]) ||
      lastNames().has(lowerOf(last)) ||
      (last !== undefined && !isDictionaryWord(doc, last));
    if (to - from >= 2 && isCapitalized(last) && surnameLike && !isFirstName(doc, last))
      surnames.add(keyOf(last!.text));
  }
  return surnames;
}

/** Whether one of the surnames stands somewhere outside a person's mention. */
export function surnamesElsewhere(doc: NameDoc, surnames: Set<string>, decisions: Decision[]): boolean {
  const inPerson = new Uint8Array(doc.tokens.length);
  for (const d of decisions) if (d.type === 'person') inPerson.fill(1, d.from, d.to);
  return doc.tokens.some(
    (t, i) => !inPerson[i] && t.kind === 'word' && isCapitalized(t) && surnames.has(keyOf(t.text)),
  );
}

/** Revises the weak decisions in place; returns those to drop. */
export function reviseWeak(doc: NameDoc, decisions: Decision[]): Set<Decision> {
  const dropped = new Set<Decision>();
  const typeOfName = new Map<string, NameType>();
  const personOfSurname = new Map<string, string>();
  const longFormOf = new Map<string, string>();
  const nameOf = (d: Decision) => keyOf(nameText(doc, d));
  confirmListed(doc, decisions);
  // A lone capitalized word that keeps coming back ("Tom", "Mussolini") is a name.
  const repeats = new Map<string, number>();
  // (Known first names and surnames only: a repeated unknown word is as often a product, "Aclasta".)
  for (const d of decisions) {
    if (!d.tentative || (d.rule !== 'first-name-alone' && d.rule !== 'last-name')) continue;
    const name = nameOf(d);
    repeats.set(name, (repeats.get(name) ?? 0) + 1);
  }
  // "Halden" after "Halden Securities": the first word of a company named in full.
  // (Modern news only: old print names its mills and papers after their towns.)
  const companyOf = companiesByFirstWord(
    doc.titlesInSpan ? [] : decisions,
    (d) => {
      if (d.type !== 'organization' || d.weak || d.to - d.from < 2) return undefined;
      const first = doc.tokens[d.from]!;
      const lends = isCapitalized(first) && !doc.L.orgHeads.has(first.text) && !isDictionaryWord(doc, first);
      return lends ? keyOf(first.text) : undefined;
    },
    nameOf,
  );
  for (const d of decisions) {
    if (d.to - d.from !== 1 || d.type === 'organization') continue;
    const minorOrWeak = d.weak || d.tentative || d.minorPlace;
    // (Not "le port de Nador" beside "Nador West Med SA": a preposition makes it the place.)
    const before = wordBefore(doc, d.from);
    const placed = isPlacePreposition(doc, before);
    // ("a spokesman for Vantor" after "Vantor Systems": the cue reads a person where the company is meant.)
    // ("Vantor said": a company speaks too, unless someone in the document bears the name.)
    const cuedThrough =
      (d.rule === 'speaker' || (d.rule === 'cue-noun' && before !== null && COMPANY_LINKS.has(before.word))) &&
      !doc.documentSurnames.has(nameOf(d));
    if ((minorOrWeak || cuedThrough) && !placed && companyOf.has(nameOf(d))) {
      d.type = 'organization';
      d.country = undefined;
      d.weak = false;
      d.tentative = false;
      d.rule = `${d.rule}+company`;
    }
  }
  for (const d of decisions) {
    if (d.weak) continue;
    typeOfName.set(nameOf(d), d.type);
    if (d.acronym) {
      typeOfName.set(keyOf(d.acronym), 'organization');
      longFormOf.set(d.acronym, nameText(doc, d));
    }
    if (d.type === 'person') {
      const name = nameText(doc, d);
      const parts = name.split(/\s+/);
      // (Or named with an honorific or title: "Mr. Hinton", "General Burr".)
      if (parts.length > 1 || d.nameFrom !== undefined) personOfSurname.set(keyOf(parts[parts.length - 1]!), name);
    }
  }
  // "le Rassemblement national … le groupe RN": an acronym spelling the initials of an organization
  // named in full in the document (modern news) stands for it, without the parentheses.
  for (const d of doc.titlesInSpan ? [] : decisions) {
    if (d.type !== 'organization' || d.weak || d.acronym || d.to - d.from < 2) continue;
    const initials = initialsOf(doc, d);
    if (initials.length >= 2 && !longFormOf.has(initials)) longFormOf.set(initials, nameText(doc, d));
  }
  // Results tables ("12. Camenzind à 2'"): a lone name after a rank is a competitor.
  const rankedTable = decisions.filter((d) => isRanked(doc, d)).length >= MIN_RANKED;
  for (let k = decisions.length - 1; k >= 0; k--) {
    const d = decisions[k]!;
    const text = textOf(doc, d.from, d.to);
    if (d.rule.startsWith('acronym')) {
      const long = longFormOf.get(text);
      if (long) {
        d.longForm = long;
        d.acronym = text;
        d.weak = false;
        continue;
      }
      if (d.rule === 'acronym-bare' && !typeOfName.has(keyOf(text))) dropped.add(d);
      continue;
    }
    // "Harrison" after "William Henry Harrison": the person, not the town.
    if (d.minorPlace && d.type === 'location' && personOfSurname.has(keyOf(text))) {
      d.type = 'person';
      d.country = undefined;
      d.rule = `${d.rule}+surname`;
      continue;
    }
    if (!d.weak) continue;
    const key = keyOf(text);
    const known = typeOfName.get(key);
    if (known && known !== d.type) {
      d.type = known;
      d.rule = `${d.rule}+document`;
    } else if (!known && personOfSurname.has(key)) {
      d.type = 'person';
      d.rule = `${d.rule}+surname`;
    } else if (!known && d.tentative && (repeats.get(key) ?? 0) >= MIN_REPEATS) {
      d.rule = `${d.rule}+repeated`;
    } else if (!known && d.tentative && rankedTable && isRanked(doc, d)) {
      d.type = 'person';
      d.rule = `${d.rule}+ranked`;
    } else if (!known && d.tentative) {
      // A lone unknown word with no cue: measured right about one time in four, so only kept when
      // the rest of the document says what it is.
      dropped.add(d);
    }
  }
  return dropped;
}

/** A one-word name right after a rank: "12. Camenzind", "3. Olano". */
function isRanked(doc: NameDoc, d: Decision): boolean {
  const dot = doc.tokens[d.from - 1];
  const rank = doc.tokens[d.from - 2];
  return d.to - d.from === 1 && dot?.text === '.' && dot.glued && rank?.kind === 'number' && rank.text.length <= 3;
}

/** The capitals an acronym of the name would take: "Rassemblement national" → "RN", "La France insoumise" → "LFI". */
function initialsOf(doc: NameDoc, d: Decision): string {
  let initials = '';
  for (let k = d.from; k < d.to; k++) {
    const t = doc.tokens[k]!;
    if (t.kind !== 'word') continue;
    // (Connectors stay out unless capitalized: "Banque de France" → "BDF" is not how it is written.)
    if (!isCapitalized(t) && doc.L.connectors.has(t.text.toLowerCase())) continue;
    initials += t.text[0]!.toUpperCase();
  }
  return initials;
}

/**
 * "Roosevelt et Churchill", "Chanel, Lanvin, Lucien Lelong", "Toulouse, Bordeaux": a lone word
 * listed next to a person (a place) is a person (a place) too. Two passes carry the evidence along
 * a list in both directions.
 */
function confirmListed(doc: NameDoc, decisions: Decision[]): void {
  for (let k = 1; k < decisions.length; k++) {
    confirmByNeighbour(doc, decisions[k]!, decisions[k - 1], true);
    surnameByNeighbour(doc, decisions[k]!, decisions[k - 1], true);
  }
  for (let k = decisions.length - 2; k >= 0; k--) {
    confirmByNeighbour(doc, decisions[k]!, decisions[k + 1], false);
    surnameByNeighbour(doc, decisions[k]!, decisions[k + 1], false);
  }
}

/** Whether only a comma or a conjunction stands between decisions `a` and `b`. */
function listed(doc: NameDoc, a: Decision, b: Decision): boolean {
  return LIST_GAP.test(doc.text.slice(doc.tokens[a.to - 1]!.end, doc.tokens[b.from]!.start));
}

/** A tentative lone word listed (`after` or before) its neighbour takes the neighbour's type. */
function confirmByNeighbour(doc: NameDoc, d: Decision, neighbour: Decision | undefined, after: boolean): void {
  // "Deutsche Bank and Commerzbank": an unknown word listed with a company is one too.
  const company =
    d.tentative &&
    d.rule === 'default-single' &&
    neighbour?.type === 'organization' &&
    !neighbour.tentative &&
    !neighbour.weak &&
    !doc.titlesInSpan;
  if (company && (after ? listed(doc, neighbour!, d) : listed(doc, d, neighbour!))) {
    d.type = 'organization';
    d.tentative = false;
    d.rule = `${d.rule}+list`;
    return;
  }
  if (!d.tentative || d.type === 'organization' || neighbour?.type !== d.type || neighbour.tentative) return;
  if (after ? listed(doc, neighbour, d) : listed(doc, d, neighbour)) {
    d.tentative = false;
    d.rule = `${d.rule}+list`;
  }
}

/**
 * "Lincoln, Grant, Garfield, Harrison and McKinley": a small town's name listed among people is a
 * surname.
 */
function surnameByNeighbour(doc: NameDoc, d: Decision, neighbour: Decision | undefined, after: boolean): void {
  if (!d.minorPlace || d.type !== 'location' || neighbour?.type !== 'person' || neighbour.tentative) return;
  const before = wordBefore(doc, d.from);
  // (An elided "d'" too: "le procureur de la République d'Annecy, Line Morel".)
  if (isPlacePreposition(doc, before)) return;
  if (after ? listed(doc, neighbour, d) : listed(doc, d, neighbour)) {
    d.type = 'person';
    d.country = undefined;
    d.rule = `${d.rule}+list`;
  }
}

/** A town this small, abroad, is read from a homonym rather than from the text ("Heathrow": a US village). */
const STRAY_TOWN_POPULATION = 20_000;
/** How many mentions of places in one other country make the document's country. */
const MIN_DOCUMENT_PLACES = 2;

/**
 * Places whose only gazetteer reading is a small town in another country than every other place of
 * the document ("Heathrow" beside London and Manchester) lose that country: the homonym is more
 * likely a local place the gazetteer does not hold than a village abroad. (The document's country
 * would be a guess; no country says only what is known.)
 */
export function withoutStrayCountries(doc: NameDoc, decisions: Decision[]): void {
  // The country most places are in; only the places elsewhere are looked up again.
  const counts = new Map<string, number>();
  for (const d of decisions)
    if (d.type === 'location' && d.country) counts.set(d.country, (counts.get(d.country) ?? 0) + 1);
  if (counts.size < 2) return;
  let country = '';
  let most = 0;
  for (const [c, n] of counts)
    if (n > most) {
      country = c;
      most = n;
    }
  if (most < MIN_DOCUMENT_PLACES) return;
  const stray: Decision[] = [];
  for (const d of decisions) {
    if (d.type !== 'location' || !d.country || d.country === country) continue;
    const place = d.rule === 'gazetteer' || d.rule.startsWith('gazetteer-') ? lookupPlace(nameText(doc, d)) : undefined;
    if (place?.kind !== 'city' || place.curated || (place.population ?? 0) >= STRAY_TOWN_POPULATION) return;
    stray.push(d);
  }
  for (const d of stray) d.country = undefined;
}
