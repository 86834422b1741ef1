// Runs written in capitals, read apart from title-case names: a dateline's place ("CASABLANCA"), a
// company closed by its legal form ("BASF SE"), a country inside a heading, and acronyms ("l'OMPI",
// "(AMDIE)", "US"), which need the words around them to tell an institution from an abbreviation.
import { type Decision, isMinorPlace } from './decision.js';
import { lookupPlace, type Place } from './gazetteer.js';
import { keyOf, knownOrganizations, lastNames } from './lexicon.js';
import type { NameDoc } from './name-doc.js';
import { type Candidate, isDictionaryWord, isFirstName, ROMAN, titleCase } from './name-words.js';
import { wordBefore } from './surroundings.js';
import { isAllCaps, isCapitalized } from './tokens.js';

const INDEFINITE = new Set(['un', 'une', 'a', 'an']);

/** A run of words in capitals: a dateline place ("CASABLANCA"), a name, or a heading. */
/** (`namedPlace` is the gazetteer's place of `name`.) */
export function classifyCapitals(
  doc: NameDoc,
  c: Candidate,
  name: string,
  namedPlace: Place | undefined,
): Decision | null {
  const place = ROMAN.test(name) ? undefined : namedPlace;
  // "SALE", "BATTLE": a small town named like a common word is not read from capitals alone.
  const weak =
    place !== undefined &&
    isMinorPlace(place) &&
    (isDictionaryWord(doc, doc.tokens[c.from]!) || lastNames().has(keyOf(name)) || doc.first.has(keyOf(name)));
  // "NATO", "CNBC": short capitals are acronyms unless a dateline ("LYON, 3 mai") or a big city.
  const dateline = doc.tokens[c.from]!.lineStart && /^[,(–—\u0096\u0097-]$/.test(doc.tokens[c.to]?.text ?? '');
  const acronymLike =
    place?.kind === 'city' && name.length <= 5 && (place.population ?? 0) < 1_000_000 && !place.curated && !dateline;
  if (place && !weak && !acronymLike)
    return {
      type: 'location',
      from: c.from,
      to: c.to,
      rule: 'gazetteer-caps',
      country: place.country,
      displayName: titleCase(name),
    };
  if (knownOrganizations().has(keyOf(name))) return { type: 'organization', from: c.from, to: c.to, rule: 'known' };
  const words = doc.tokens.slice(c.from, c.to).filter((t) => t.kind === 'word');
  if (words.length >= 2 && words.length <= 3 && isFirstName(doc, words[0]))
    return { type: 'person', from: c.from, to: c.to, rule: 'first-name-caps', weak: true };
  // "BASF SE", "HSBC PLC": capitals closed by a legal form.
  if (words.length >= 2 && doc.L.orgTails.has(words[words.length - 1]!.text))
    return { type: 'organization', from: c.from, to: c.to, rule: 'tail-word-caps' };
  // "JAPAN GET LUCKY WIN": a country's name inside a heading in capitals.
  for (let k = c.from; k < c.to && words.length >= 2; k++) {
    const t = doc.tokens[k]!;
    const country = t.kind === 'word' && t.text.length > 3 ? lookupPlace(t.text) : undefined;
    if (country?.kind === 'country')
      return {
        type: 'location',
        from: k,
        to: k + 1,
        rule: 'heading-country',
        country: country.country,
        displayName: titleCase(t.text),
      };
  }
  return null;
}

export function classifyAcronym(
  doc: NameDoc,
  c: Candidate,
  name: string,
  namedPlace: Place | undefined,
): Decision | null {
  const t = doc.tokens[c.from]!;
  // "US", "UK": a country's short form ("EU", "UN" stay organizations under their own name).
  const form = doc.L.shortForms?.get(t.text);
  if (form?.type === 'location')
    return {
      type: 'location',
      from: c.from,
      to: c.to,
      rule: 'short-form',
      displayName: form.name,
      country: form.country,
    };
  const known = classifyCapitals(doc, c, name, namedPlace);
  if (known) return known;
  // (Two numeral letters, "IC", "CV", are as often an abbreviation as a name: left out.)
  const numeralLetters = t.text.length <= 2 && /^[IVXLCDM]+$/.test(t.text);
  if (ROMAN.test(t.text) || numeralLetters || doc.L.notAcronyms.has(t.text)) return null;
  // "A320", "CO2": a model or a formula, not an institution.
  if (/\d/.test(t.text)) return null;
  if (doc.tokens[c.from - 1]?.kind === 'number') return null;
  if (isDictionaryWord(doc, t) && t.text.length > 3) return null;
  // "temps de thrombine (TT)", "gross domestic product (GDP)": short for common words, here and
  // wherever the document uses it.
  if (termAcronyms(doc).has(t.text)) return null;
  // "(AMDIE)" after its long form: pointed at by the long form's decision.
  if (doc.tokens[c.from - 1]?.text === '(' && doc.tokens[c.to]?.text === ')')
    return { type: 'organization', from: c.from, to: c.to, rule: 'acronym' };
  const before = wordBefore(doc, c.from);
  // "l'OMPI", "du RPR"; an indefinite article introduces a thing, not an institution ("une ICP").
  const introduced =
    before !== null &&
    !INDEFINITE.has(before.word) &&
    (doc.L.determiners.has(before.word) ||
      doc.L.locatives.has(before.word) ||
      doc.L.connectors.has(before.word) ||
      // "le groupe RN", "the carrier IAG": the noun of an organization before its acronym.
      doc.L.orgCues.has(before.word));
  if (introduced || knownOrganizations().has(name.toLowerCase()))
    return { type: 'organization', from: c.from, to: c.to, rule: 'acronym' };
  return { type: 'organization', from: c.from, to: c.to, rule: 'acronym-bare', weak: true };
}

/** How far back from an acronym in brackets its long form is looked for, in words. */
const LONG_FORM_WORDS = 6;

/**
 * The acronyms the document defines in brackets after lower-case common words ("le temps de
 * thrombine (TT)"); not after a name ("Organisation mondiale de la santé (OMS)") nor an institution's
 * noun ("comité des médicaments à usage humain (CHMP)"). Found once per document, on first use.
 */
function termAcronyms(doc: NameDoc): Set<string> {
  if (doc.termAcronyms) return doc.termAcronyms;
  const found = new Set<string>();
  const tokens = doc.tokens;
  for (let k = 1; k + 1 < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || tokens[k - 1]!.text !== '(' || tokens[k + 1]!.text !== ')' || !isAllCaps(t)) continue;
    if (longFormIsCommon(doc, k - 1)) found.add(t.text);
  }
  doc.termAcronyms = found;
  return found;
}

/** Whether the words before the bracket at `paren` are lower-case common words. */
function longFormIsCommon(doc: NameDoc, paren: number): boolean {
  const last = doc.tokens[paren - 1];
  if (last?.kind !== 'word' || isCapitalized(last) || doc.L.functionWords.has(last.text)) return false;
  let words = 0;
  for (let k = paren - 1; k >= 0 && words < LONG_FORM_WORDS; k--) {
    const w = doc.tokens[k]!;
    if (w.kind !== 'word') {
      // (Through an elision, "l'ostéoporose"; any other mark closes the long form.)
      if (w.text === "'" || w.text === '’') continue;
      break;
    }
    words++;
    const word = w.text;
    // (An institution's or an office's noun: "comité … (CHMP)", "administrateur national … (CND)".)
    if (doc.L.orgHeads.has(titleCase(word)) || doc.L.orgCues.has(word)) return false;
    if (doc.L.roles.heads.has(word) || doc.L.personCues.has(word)) return false;
    if (isCapitalized(w) && !doc.sentenceStarts.has(k) && !doc.L.functionWords.has(word.toLowerCase())) return false;
  }
  return true;
}
