// Tests on single tokens that the name rules share: whether a word may belong to a name, initials
// and particles, connectors, dictionary words, first names, titles, a sentence's opening common
// word. The language's word lists come from language.ts; the document's surnames from a first reading
// (name-doc.ts).
import { isMinorPlace } from './decision.js';
import { lookupPlace } from './gazetteer.js';
import { foldedKeyOf, keyOf, knownOrganizations, lastNames } from './lexicon.js';
import type { NameDoc } from './name-doc.js';
import {
  hasUpper,
  isAllCaps,
  isApostrophe,
  isCapitalized,
  isOneCapital,
  lowerOf,
  spanText,
  startsUpper,
  type Token,
} from './tokens.js';

export interface Candidate {
  from: number;
  to: number;
}

/** The capitals of O'Brien, N'Diaye, D'Souza. */
const CLAN_PREFIXES = new Set(['O', 'N', 'D']);
/** A well-formed Roman numeral ("XIV", "MCMXC"), not any run of its letters ("CDC", "MDC" are names). */
export const ROMAN = /^(?=[MDCLXVI])M{0,4}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;

/** "SAINT-ÉTIENNE" → "Saint-Étienne". */
export const titleCase = (s: string) =>
  s.toLowerCase().replace(WORD_START, (_m, sep: string, l: string) => sep + l.toUpperCase());
// (Regex literals with \p{…} stand at module level: see tokens.ts.)
const WORD_START = /(^|[\s'’-])(\p{L})/gu;
/** Old print's long s, read as f by OCR inside a word: "Houfe", "Lorfque". */
const LONG_S = /(?<=\p{L})f(?=\p{L})/gu;

export function isNameWord(doc: NameDoc, i: number): boolean {
  const t = doc.tokens[i];
  if (t?.kind !== 'word') return false;
  if (!isCapitalized(t)) return false;
  // (A month that is a first name is one even where it is also a function word, "May Collins";
  // the modal then needs a surname after it, not a word: "Officials May Consider".)
  if (doc.L.notNames.has(t.text))
    return isMonthFirstName(doc, i) && (!doc.L.functionWords.has(t.text.toLowerCase()) || isSurnameLike(doc, i + 1));
  const lower = t.text.toLowerCase();
  const next = doc.tokens[i + 1];
  // (An all-caps "SA" is a company suffix, not the possessive.)
  // ("WHO" between lower-case words is the organization, not the pronoun of a heading in capitals.)
  const acronym = isAllCaps(t) && (doc.L.orgTails.has(t.text) || isLoneCapitals(doc, i));
  if (doc.L.functionWords.has(lower) && !acronym) {
    // "Le Chefresne", "De Croo": a capitalized article or particle inside a sentence, before a name.
    if (doc.sentenceStarts.has(i) || t.lineStart || !doc.L.particles.has(lower)) return false;
    return isCapitalized(next) && !next?.glued && !doc.L.functionWords.has(lowerOf(next));
  }
  // A lone capital is a name only as an initial ("J. Dupont"), which initialEnd() reads.
  if (t.text.length === 1) return false;
  // "M." or "Mme" before a name is an honorific, not part of the name's words.
  if (doc.L.honorifics.has(lower) && ((next?.text === '.' && next.glued) || isCapitalized(next))) return false;
  return true;
}

/** "U.S.", "U.K.": a short form written with points at `i`, as its letters and end index, or null. */
export function dottedAt(doc: NameDoc, i: number): { letters: string; end: number } | null {
  let letters = '';
  let j = i;
  while (letters.length < 4) {
    const t = doc.tokens[j];
    if (t?.kind !== 'word' || t.text.length !== 1 || !hasUpper(t.text) || (j > i && !t.glued)) break;
    letters += t.text;
    j++;
    if (doc.tokens[j]?.text !== '.' || !doc.tokens[j]?.glued) break;
    j++;
  }
  return letters.length >= 2 ? { letters, end: j } : null;
}

/** A word in capitals whose neighbours are not: an acronym in running text. */
function isLoneCapitals(doc: NameDoc, i: number): boolean {
  const prev = doc.tokens[i - 1];
  const next = doc.tokens[i + 1];
  return (
    (doc.tokens[i]?.text.length ?? 0) >= 3 &&
    !isAllCaps(prev) &&
    !isAllCaps(next) &&
    (prev?.kind === 'word' || prev?.text === '(')
  );
}

/** "J." or "J.-P.": returns the index after the initial, or -1. */
export function initialEnd(doc: NameDoc, i: number): number {
  const t = doc.tokens[i];
  // (Cheap tests first: this runs at every token.)
  if (t?.kind !== 'word' || t.text.length > 5 || doc.tokens[i + 1]?.text !== '.') return -1;
  // ("U.S." is a country, not two initials.)
  if (t.text.length === 1 && doc.L.shortForms?.has(dottedAt(doc, i)?.letters ?? '')) return -1;
  if (!isOneCapital(t.text)) {
    // "Wm. Cowper", "Chas. Dunn": an abbreviated first name and its point.
    const abbreviation = doc.L.nameAbbreviations?.has(titleCase(t.text)) && isCapitalized(t);
    return abbreviation && doc.tokens[i + 1]?.text === '.' && doc.tokens[i + 1]?.glued ? i + 2 : -1;
  }
  if (doc.L.honorifics.has(t.text.toLowerCase())) return -1;
  const dot = doc.tokens[i + 1];
  if (dot?.text !== '.' || !dot.glued) return -1;
  const hyphen = doc.tokens[i + 2];
  if (hyphen?.text === '-' && hyphen.glued && isOneCapital(doc.tokens[i + 3]?.text ?? '')) {
    if (doc.tokens[i + 4]?.text === '.') return i + 5;
  }
  return i + 2;
}

/** O'Brien, N'Diaye, D'Souza: a capital, an apostrophe, a name, all glued. */
export function clanPrefixAt(doc: NameDoc, i: number): boolean {
  const apostrophe = doc.tokens[i + 1];
  return (
    doc.tokens[i]?.text.length === 1 &&
    CLAN_PREFIXES.has(doc.tokens[i]!.text) &&
    isApostrophe(apostrophe) &&
    apostrophe?.glued === true &&
    doc.tokens[i + 2]?.glued === true &&
    isNameWord(doc, i + 2) &&
    // Not an elided article before a heading's word: "D'ADMINISTRATION", "D'Accord".
    !isAllCaps(doc.tokens[i + 2]) &&
    // ("O'Shea", "O'Hare": after O' a common word is still a family name.)
    (doc.tokens[i]?.text === 'O' || !isDictionaryWord(doc, doc.tokens[i + 2]!))
  );
}

/** After a chain of initials ("O. D. Massa"): the index of the first token that is not one. */
export function initialsEnd(doc: NameDoc, i: number): number {
  let j = i;
  for (let n = 0; n < 4; n++) {
    const end = initialEnd(doc, j);
    if (end < 0) break;
    j = end;
  }
  return j;
}

/** The connector group starting at i ("de", "d'", "et de", "of the"): its end index, or -1. */
export function connectorEnd(doc: NameDoc, i: number): number {
  let j = i;
  for (let n = 0; n < 3; n++) {
    const t = doc.tokens[j];
    if (t?.kind !== 'word') break;
    const w = t.text.toLowerCase();
    if (isApostrophe(doc.tokens[j + 1]) && doc.L.connectors.has(`${w}'`)) {
      j += 2;
      continue;
    }
    if (!doc.L.connectors.has(w) || isCapitalized(t)) break;
    j++;
  }
  return j > i ? j : -1;
}

/** A word of a title or function, whatever its case: "Minister", "chief", "président", "Governor". */
export function isTitleWord(doc: NameDoc, t: Token | undefined): boolean {
  if (t?.kind !== 'word') return false;
  const w = t.text.toLowerCase();
  return doc.L.personCues.has(w) || doc.L.roles.heads.has(w) || doc.L.spanTitles.has(w);
}

/** A known surname, or a word the dictionary does not hold. */
function isSurnameLike(doc: NameDoc, i: number): boolean {
  const t = doc.tokens[i];
  return t?.kind === 'word' && (lastNames().has(t.text.toLowerCase()) || !isDictionaryWord(doc, t));
}

/**
 * "Avril Fontaine", "April Ross": a month that is also a first name, before a capitalized surname on
 * the same line, and not read as a date ("le 3 Avril", "in April Ross was away").
 */
export function isMonthFirstName(doc: NameDoc, i: number): boolean {
  const t = doc.tokens[i]!;
  const next = doc.tokens[i + 1];
  if (!doc.L.monthFirstNames?.has(t.text) || next?.kind !== 'word' || !isCapitalized(next) || isAllCaps(next))
    return false;
  if (doc.L.notNames.has(next.text) || doc.text.slice(t.end, next.start) !== ' ') return false;
  // (A common word after it only inside a sentence, "the mayor, April Fontaine", not "April Sales Rose";
  // or where months take no capital: "Avril Fontaine, maire de …".)
  const surname =
    lastNames().has(next.text.toLowerCase()) ||
    !isDictionaryWord(doc, next) ||
    !doc.sentenceStarts.has(i) ||
    doc.L.lowerCaseMonths?.has(t.text) === true;
  if (!surname || doc.tokens[i - 1]?.kind === 'number') return false;
  const before = doc.tokens[i - 1];
  return !(before?.kind === 'word' && doc.L.monthIntroducers?.has(before.text.toLowerCase()));
}

/**
 * "Airbus a inauguré", "Orange announced": a capitalized common word before a verb that companies
 * do is a company's name: inside a sentence ("Blagnac : Airbus inaugure"); opening one where the
 * language has no bare noun subjects, or the document also names it mid-sentence ("at Orange") or
 * with a legal form ("Orange SA").
 */
export function isCompanyBeforeVerb(doc: NameDoc, i: number): boolean {
  const t = doc.tokens[i];
  if (t?.kind !== 'word' || !doc.L.companyVerbs || isAllCaps(t)) return false;
  const w = t.text.toLowerCase();
  if (doc.L.functionWords.has(w) || isFirstName(doc, t) || lastNames().has(w) || !isDictionaryWord(doc, t))
    return false;
  // (Not a complement: "le ministère de l'Intérieur a confirmé".)
  const before = doc.tokens[i - 1];
  const link = isApostrophe(before) ? `${lowerOf(doc.tokens[i - 2])}'` : lowerOf(before);
  if (doc.L.connectors.has(link) || doc.L.determiners.has(link)) return false;
  let v = i + 1;
  if (doc.L.speechAuxiliaries.has(lowerOf(doc.tokens[v]))) v++;
  if (doc.tokens[v]?.kind !== 'word' || !doc.L.companyVerbs.has(doc.tokens[v]!.text)) return false;
  return doc.L.bareSubjectIsName === true || !doc.sentenceStarts.has(i) || namedElsewhere(doc, i);
}

/**
 * The word at `i` elsewhere after a lower-case word ("at Orange") or before a legal form ("Orange
 * SA"). (A sentence start has neither, so the word at `i` does not count itself.)
 */
function namedElsewhere(doc: NameDoc, i: number): boolean {
  if (!doc.namedMidSentence) {
    // One pass per document: many sentence starts must not each scan the whole text.
    doc.namedMidSentence = new Set();
    for (let j = 1; j < doc.tokens.length; j++) {
      const t = doc.tokens[j]!;
      const before = doc.tokens[j - 1]!;
      const mid = before.kind === 'word' && !isCapitalized(before) && !doc.sentenceStarts.has(j);
      if (t.kind === 'word' && isCapitalized(t) && (mid || isOrgTailAt(doc, j + 1))) doc.namedMidSentence.add(t.text);
    }
  }
  return doc.namedMidSentence.has(doc.tokens[i]!.text);
}

export function isCommonWordAtStart(doc: NameDoc, i: number): boolean {
  const t = doc.tokens[i]!;
  const w = t.text.toLowerCase();
  if (doc.L.functionWords.has(w)) return true;
  if (t.text.length === 1) return true;
  const place = lookupPlace(t.text);
  // "Reading of the minutes": a town named like a common word does not open a sentence as a name.
  const placeLike = place && !isMinorPlace(place);
  if (placeLike || isFirstName(doc, t) || knownOrganizations().has(w)) return false;
  if (doc.L.notNames.has(t.text) && isMonthFirstName(doc, i)) return false;
  // "Young said", "Brown, who …": a person named in full earlier, or a word that speaks.
  if (doc.documentSurnames.has(keyOf(t.text))) return false;
  if ((lastNames().has(w) || !inDictionary(doc, w)) && speechAfter(doc, i + 1)) return false;
  if (doc.L.orgHeads.has(t.text)) return false;
  // "Apple Inc. shares fell": a legal form right after it makes the word a company's name.
  if (isOrgTailAt(doc, i + 1)) return false;
  if (doc.L.placeHeads.has(t.text) && isCapitalized(doc.tokens[i + 1])) return false;
  if (isCompanyBeforeVerb(doc, i)) return false;
  return isDictionaryWord(doc, t);
}

/** A verb of saying at `i` ("said", "a déclaré"), which makes the name before it a person's. */
export function speechAfter(doc: NameDoc, i: number): boolean {
  const t = doc.tokens[i];
  if (t?.kind !== 'word') return false;
  const w = t.text.toLowerCase();
  if (doc.L.speechVerbs.has(w)) return true;
  return doc.L.speechAuxiliaries.has(w) && doc.L.speechVerbs.has(lowerOf(doc.tokens[i + 1]));
}

/** Whether the token at `i` is a word that closes an organization's name (Inc., Ltd, SA…). */
export function isOrgTailAt(doc: NameDoc, i: number): boolean {
  const t = doc.tokens[i];
  return t?.kind === 'word' && (doc.L.orgTails.has(t.text) || doc.L.orgTails.has(`${t.text}.`));
}

/** "City of Washington": a place head, "of", and a name. */
export function isPlaceOf(doc: NameDoc, from: number, to: number): boolean {
  const head = doc.tokens[from];
  return (
    to - from >= 3 &&
    head !== undefined &&
    doc.L.placeOfHeads?.has(head.text) === true &&
    lowerOf(doc.tokens[from + 1]) === 'of' &&
    isNameWord(doc, from + 2)
  );
}

/** The text of tokens [from, to), with the words cut at line ends joined again. */
export function textOf(doc: NameDoc, from: number, to: number): string {
  return spanText(doc.text, doc.tokens, from, to);
}

/** A known first name, or a compound one whose first part is ("Jean-Claude", "José-Maria"). */
export function isFirstName(doc: NameDoc, t: Token | undefined): boolean {
  if (!t) return false;
  // (Asked many times of each word: remembered for the document.)
  let known = doc.firstNameMemo.get(t.text);
  if (known === undefined) {
    // Folded too: compromise spells "Eugene" where French writes "Eugène".
    const w = foldedKeyOf(t.text);
    known = doc.first.has(w) || (w.includes('-') && doc.first.has(w.split('-')[0]!));
    doc.firstNameMemo.set(t.text, known);
  }
  return known;
}

export function isDictionaryWord(doc: NameDoc, t: Token): boolean {
  // (Asked many times of each word: remembered for the document.)
  let known = doc.dictionaryMemo.get(t.text);
  if (known === undefined) {
    known = readsAsCommonWord(doc, t.text);
    doc.dictionaryMemo.set(t.text, known);
  }
  return known;
}

function readsAsCommonWord(doc: NameDoc, text: string): boolean {
  const w = text.toLowerCase();
  if (inDictionary(doc, w)) return true;
  // ("Météo-France", "Radio-Canada": in French, capitals after each hyphen make a name of common words.)
  const parts = text.split('-');
  if (doc.L.hyphenedNames && parts.length > 1 && parts.slice(1).every(startsUpper)) return false;
  return w.split('-').every((part) => inDictionary(doc, part));
}

/** Capitals often lose their accent ("Etat", "A Paris"): try the accented lower-case forms too. */
export function inDictionary(doc: NameDoc, w: string): boolean {
  if (doc.dict.has(w)) return true;
  if (w.includes('f') && doc.dict.has(w.replace(LONG_S, 's'))) return true;
  const rest = w.slice(1);
  if (w[0] === 'e') return doc.dict.has(`é${rest}`) || doc.dict.has(`è${rest}`) || doc.dict.has(`ê${rest}`);
  if (w[0] === 'a') return doc.dict.has(`à${rest}`) || doc.dict.has(`â${rest}`);
  if (w[0] === 'i') return doc.dict.has(`î${rest}`);
  if (w[0] === 'o') return doc.dict.has(`ô${rest}`);
  return false;
}
