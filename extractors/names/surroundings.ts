// The words around a name that tell what it is: the word before it (with elisions), honorifics
// ("M.", "Mr. and Mrs."), an acronym in brackets after it, a cue noun a few words before it, a title
// whose complement it opens ("ministre de l'").
import { COMPLEMENT_LINKS } from './decision.js';
import type { NameDoc } from './name-doc.js';
import { type Candidate, isTitleWord } from './name-words.js';
import { isAllCaps, isApostrophe, isCapitalized, lowerOf } from './tokens.js';

// (At module level: see tokens.ts.)
const NOT_UPPER = /[^\p{Lu}]/gu;

/** The word before token i, with an elided article spelled "l'" / "d'" / "qu'". */
export function wordBefore(doc: NameDoc, i: number): { word: string; index: number } | null {
  let j = i - 1;
  if (isApostrophe(doc.tokens[j])) {
    const w = doc.tokens[j - 1];
    if (w?.kind === 'word') return { word: `${w.text.toLowerCase()}'`, index: j - 1 };
    return null;
  }
  const t = doc.tokens[j];
  if (!t) return null;
  if (t.text === '.' && doc.L.honorifics.has(lowerOf(doc.tokens[j - 1]))) {
    j--;
    return { word: `${doc.tokens[j]!.text.toLowerCase()}.`, index: j };
  }
  return t.kind === 'word' ? { word: t.text.toLowerCase(), index: j } : null;
}

/** An honorific right before i ("M.", "Mme", "Mr."): the index where it starts, or -1. */
export function honorificStart(doc: NameDoc, i: number): number {
  const t = doc.tokens[i - 1];
  if (!t) return -1;
  if (t.text === '.' && t.glued) {
    const h = doc.tokens[i - 2];
    // (Old print abbreviates in lower case too: "capt. Orne", "hon. James Gordon".)
    const cased = isCapitalized(h) || (doc.titlesInSpan && (h?.text.length ?? 0) >= 3);
    return h && doc.L.honorifics.has(h.text.toLowerCase()) && cased ? i - 2 : -1;
  }
  return t.kind === 'word' && isCapitalized(t) && doc.L.honorifics.has(t.text.toLowerCase()) ? i - 1 : -1;
}

/**
 * Where the honorifics before i start when old print keeps them all in the span: "Rev. Dr. Read",
 * "Mr. and Mrs. Tally Eddings", "Judge and Mrs. Canfield"; or `h`, the last one's start.
 */
export function honorificsStart(doc: NameDoc, h: number): number {
  let from = h;
  for (let n = 0; n < 3; n++) {
    const chained = honorificStart(doc, from);
    if (chained >= 0) {
      from = chained;
      continue;
    }
    // "Mr. and Mrs.": a coordinated honorific or title (the French annotation leaves "M. et" out).
    if (lowerOf(doc.tokens[from - 1]) !== 'and') break;
    const pair = honorificStart(doc, from - 1);
    const title = doc.tokens[from - 2];
    if (pair >= 0) from = pair;
    else if (isCapitalized(title) && doc.L.spanTitles.has(lowerOf(title))) from -= 2;
    else break;
  }
  return from;
}

export function hasHonorificBefore(doc: NameDoc, i: number): boolean {
  return honorificStart(doc, i) >= 0;
}

/** "(AMDIE)" right after the candidate: the acronym, if its letters come from the name's words. */
export function acronymAfter(doc: NameDoc, c: Candidate): string | null {
  const open = doc.tokens[c.to];
  const acro = doc.tokens[c.to + 1];
  const close = doc.tokens[c.to + 2];
  if (open?.text !== '(' || close?.text !== ')' || !acro || !isAllCaps(acro)) return null;
  // Initials of the content words, lower-case ones too ("générale", "entreprises").
  const initials = doc.tokens
    .slice(c.from, c.to)
    .filter(
      (t) =>
        t.kind === 'word' &&
        !doc.L.functionWords.has(t.text.toLowerCase()) &&
        !doc.L.connectors.has(t.text.toLowerCase()),
    )
    .map((t) => t.text[0]!.toUpperCase());
  const letters = [...acro.text.replace(NOT_UPPER, '')];
  // Word order may differ between languages (AMDIE for "Agence Marocaine d'Investissement et de
  // Développement des Exportations"), so compare letters as a multiset.
  const pool = [...initials];
  let hits = 0;
  for (const l of letters) {
    const at = pool.indexOf(l);
    if (at >= 0) {
      pool.splice(at, 1);
      hits++;
    }
  }
  return hits >= Math.max(2, letters.length - 1) ? acro.text : null;
}

export function cueBefore(doc: NameDoc, i: number, cues: Set<string>): boolean {
  let j = i;
  for (let n = 0; n < 4; n++) {
    const b = wordBefore(doc, j);
    if (!b) return false;
    if (cues.has(b.word)) return true;
    if (doc.L.functionWords.has(b.word) || doc.L.determiners.has(b.word)) return false;
    if (isCapitalized(doc.tokens[b.index])) return false;
    j = b.index;
  }
  return false;
}

/** "à", "in", "de", "d'", "of" (the word before a name): a preposition that makes the name a place or a complement. */
export function isPlacePreposition(doc: NameDoc, before: { word: string } | null): boolean {
  return (
    before !== null && (doc.L.locatives.has(before.word) || COMPLEMENT_LINKS.has(before.word.replace(/['’]$/, '')))
  );
}

export function placeCueBefore(doc: NameDoc, i: number): boolean {
  const of = wordBefore(doc, i);
  if (!of || !doc.L.connectors.has(of.word)) return false;
  const noun = wordBefore(doc, of.index);
  return noun !== null && doc.L.placeCues.has(noun.word);
}

/** "ministre de l'" before `from`: the index of the title word whose complement opens at `from`, or -1. */
export function titleComplementStart(doc: NameDoc, from: number): number {
  let j = from - 1;
  for (let n = 0; n < 4 && j >= 0; n++, j--) {
    const t = doc.tokens[j]!;
    if (isApostrophe(t)) continue;
    if (isTitleWord(doc, t) && j < from - 1) return j;
    const w = t.text.toLowerCase();
    if (t.kind !== 'word' || isCapitalized(t) || !(doc.L.connectors.has(w) || doc.L.connectors.has(`${w}'`))) return -1;
  }
  return -1;
}
