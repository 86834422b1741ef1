// How far a name's span reaches once its type is known: an organization's form (adjectives, noun
// complements, "de l'Économie et des Finances", a long form closed by its acronym, "Co."), a place's
// adjectives and compass complement, the feature or institution noun before it, a person's suffix
// ("Jr.") and old print's apposed function. Separate from classification, which decides the type.
import { COMPLEMENT_LINKS, type Decision } from './decision.js';
import type { NameDoc } from './name-doc.js';
import { type Candidate, connectorEnd, inDictionary, isNameWord, textOf } from './name-words.js';
import { breaksName } from './reader.js';
import { acronymAfter, wordBefore } from './surroundings.js';
import { isCapitalized, lowerOf } from './tokens.js';

// Words the adjective endings would take for adjectives: "Suisse romande demain".
const NOT_ADJECTIVES = new Set(
  'demain lendemain soudain certain certaine certains certaines prochain prochaine main pain train bain plein quotidien'.split(
    ' ',
  ),
);

const ABBREVIATED_TAILS = new Set(['Co', 'Inc', 'Ltd', 'Corp', 'Bros', 'Cie', 'Ste', 'Cos']);

const COMPASS = /^(?:Nord|Sud|Est|Ouest|Sud-Est|Sud-Ouest|Nord-Est|Nord-Ouest)$/;

/** The name without an honorific, title or apposed function that the span may include. */
export function nameText(doc: NameDoc, d: Decision): string {
  return textOf(doc, d.nameFrom ?? d.from, d.nameTo ?? d.to);
}

/**
 * "W. Stallings, Esq.", "Martin Luther King Jr.": a suffix after the name belongs to the person's
 * span; in old print, "the Board": the article belongs to the organization's.
 */
export function withSuffixes(doc: NameDoc, d: Decision): Decision {
  // "Acme Co.", "Dunn Bros.": an abbreviated company suffix keeps its point.
  const dot = doc.tokens[d.to];
  if (
    d.type === 'organization' &&
    dot?.text === '.' &&
    dot.glued &&
    ABBREVIATED_TAILS.has(doc.tokens[d.to - 1]?.text ?? '')
  )
    d = { ...d, to: d.to + 1 };
  if (d.type === 'organization' && doc.titlesInSpan && doc.L.articleInOrgSpan) {
    const the = doc.tokens[d.from - 1];
    // Only for names that are a common noun's ("the Board of Health", "the Union"), not a proper
    // name's ("Cookeville Roller Mills").
    const generic = d.to - d.from === 1 || doc.L.orgHeads.has(doc.tokens[d.from]?.text ?? '');
    if (generic && the?.kind === 'word' && doc.L.articleInOrgSpan.has(the.text.toLowerCase()))
      return { ...d, from: d.from - 1, nameFrom: d.nameFrom ?? d.from };
    return d;
  }
  if (d.type !== 'person' || !doc.L.nameSuffixes) return d;
  // "Richard Dawes Jr." read as a name's words: its point too.
  if (doc.L.nameSuffixes.has(lowerOf(doc.tokens[d.to - 1])) && dot?.text === '.' && dot.glued)
    return { ...d, to: d.to + 1 };
  let j = d.to;
  if (doc.tokens[j]?.text === ',') j++;
  const suffix = doc.tokens[j];
  if (suffix?.kind !== 'word' || !doc.L.nameSuffixes.has(suffix.text.toLowerCase())) return d;
  if (doc.text.slice(doc.tokens[j - 1]!.end, suffix.start).length > 2) return d;
  j++;
  if (doc.tokens[j]?.text === '.' && doc.tokens[j]?.glued) j++;
  return { ...d, to: j };
}

/**
 * Old print's annotation (HIPE) keeps the function apposed to a person inside the mention:
 * "E. Dupont, secrétaire de la commission", "W. G. Daughtry, Secretary". Modern news leaves it to
 * the role.
 */
export function withApposedRole(doc: NameDoc, d: Decision): Decision {
  if (!doc.titlesInSpan || d.type !== 'person' || !d.role || d.role.from < d.to) return d;
  // (Not when the role is all that made the name a person's: "Cologne, le général X".)
  if (d.rule === 'apposed-role') return d;
  return { ...d, to: d.role.to, nameTo: d.to };
}

/** Lower-case adjectives after an organization's head word or a place: "fédéral", "romande". */
export function adjectivesEnd(doc: NameDoc, to: number): number {
  let end = to;
  for (let n = 0; n < 2; n++) {
    const t = doc.tokens[end];
    if (t?.kind !== 'word' || isCapitalized(t)) break;
    if (!doc.L.adjective.test(t.text) || doc.L.functionWords.has(t.text) || NOT_ADJECTIVES.has(t.text)) break;
    end++;
  }
  return end;
}

/** "… de l'Économie et des Finances": "et" and another capitalized complement, twice at most. */
export function coordinatedComplementsEnd(doc: NameDoc, to: number): number {
  let end = to;
  for (let n = 0; n < 2; n++) {
    if (lowerOf(doc.tokens[end]) !== 'et') break;
    const c = connectorEnd(doc, end + 1);
    if (c < 0 || !COMPLEMENT_LINKS.has(lowerOf(doc.tokens[end + 1])) || !isCapitalized(doc.tokens[c])) break;
    end = c + 1;
  }
  return end;
}

/**
 * "Confédération générale des entreprises du Maroc (CGEM)", "Office national de l'électricité et
 * de l'eau potable (ONEE)": an institution's name runs on through lower-case complements when an
 * acronym in parentheses closes it.
 */
export function institution(doc: NameDoc, d: Decision): Decision {
  let end = d.to;
  for (let n = 0; n < 10; n++) {
    // Any lower-case content word may qualify the name here ("potable"): the acronym confirms it.
    const t = doc.tokens[end];
    const plain =
      t?.kind === 'word' && !isCapitalized(t) && !doc.L.functionWords.has(t.text) && !doc.L.roles.stops.has(t.text)
        ? end + 1
        : end;
    const next = Math.max(plain, complementEnd(doc, end), nounComplementEnd(doc, end, true));
    if (next <= end) break;
    end = next;
  }
  const long = end > d.to ? acronymAfter(doc, { from: d.from, to: end }) : null;
  if (long) return { ...d, to: end, acronym: long };
  const acronym = acronymAfter(doc, { from: d.from, to: d.to });
  return acronym ? { ...d, acronym } : d;
}

/** "des nations", "de musique": a connector and one lower-case noun after an institution's head. */
export function nounComplementEnd(doc: NameDoc, to: number, orAnd = false): number {
  // English capitalizes the words of a name ("Bank of England"): a lower-case complement is not one.
  if (doc.L.lang === 'en') return to;
  const link = lowerOf(doc.tokens[to]);
  const anded = orAnd && (link === 'et' || link === 'and') && COMPLEMENT_LINKS.has(lowerOf(doc.tokens[to + 1]));
  if (!COMPLEMENT_LINKS.has(link) && !anded) return to;
  const c = connectorEnd(doc, to);
  const noun = doc.tokens[c];
  if (c < 0 || noun?.kind !== 'word' || isCapitalized(noun)) return to;
  const w = noun.text.toLowerCase();
  if (doc.L.functionWords.has(w) || !inDictionary(doc, w) || doc.L.roles.stops.has(w)) return to;
  return c + 1;
}

/** "Banque nationale d'Algérie": a connector and a capitalized name after the adjectives. */
export function complementEnd(doc: NameDoc, to: number): number {
  const c = connectorEnd(doc, to);
  if (c < 0 || !isNameWord(doc, c) || breaksName(doc, c)) return to;
  // "de", "d'", "des", not "et le": a second institution is not a complement of the first.
  if (!COMPLEMENT_LINKS.has(lowerOf(doc.tokens[to]))) return to;
  let end = c;
  while (isNameWord(doc, end) && end - c < 4 && (end === c || !breaksName(doc, end))) end++;
  return end;
}

export function placeDecision(doc: NameDoc, d: Decision): Decision {
  const end = adjectivesEnd(doc, d.to);
  const next = doc.tokens[end];
  // "Suisse romande", "Afrique du Nord".
  if (end > d.to && next?.text !== '-') return { ...d, to: end };
  // "Afrique de l'Ouest", "Asie du Sud-Est".
  const c = COMPLEMENT_LINKS.has(lowerOf(doc.tokens[d.to])) ? connectorEnd(doc, d.to) : -1;
  if (c > 0 && COMPASS.test(doc.tokens[c]?.text ?? '')) return { ...d, to: c + 1 };
  return d;
}

/** Index of "mer" in "mer Noire", "rue" in "rue de la Paix" (with its "de"), or -1. */
export function featureNounBefore(doc: NameDoc, from: number, nouns = doc.L.featureNouns): number {
  let b = wordBefore(doc, from);
  // ("de", "d'", and the contracted "du", "des": "rue des Martyrs", "ministère des Armées".)
  const contracted = b?.word === 'du' || b?.word === 'des';
  if (b && doc.L.connectors.has(b.word) && (contracted || !doc.L.determiners.has(b.word))) b = wordBefore(doc, b.index);
  else if (b && (b.word === 'la' || b.word === "l'")) {
    const de = wordBefore(doc, b.index);
    if (de?.word === 'de') b = wordBefore(doc, de.index);
  }
  return b && nouns.has(b.word) && !isCapitalized(doc.tokens[b.index]) ? b.index : -1;
}

export function withAcronym(doc: NameDoc, d: Decision, c: Candidate): Decision {
  const acronym = acronymAfter(doc, c);
  return acronym ? { ...d, acronym } : d;
}
