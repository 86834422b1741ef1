// The words around a name that tell what it is: the word before it (with elisions), honorifics
// ("M.", "Mr. and Mrs."), an acronym in brackets after it, a cue noun a few words before it, a title
// whose complement it opens ("ministre de l'").
import { type Candidate, isApostrophe, lowerOf, NameWords } from './name-words.js';
import { isAllCaps, isCapitalized } from './tokens.js';

export class NameSurroundings extends NameWords {
  /** The word before token i, with an elided article spelled "l'" / "d'" / "qu'". */
  protected wordBefore(i: number): { word: string; index: number } | null {
    let j = i - 1;
    if (isApostrophe(this.tokens[j])) {
      const w = this.tokens[j - 1];
      if (w?.kind === 'word') return { word: `${w.text.toLowerCase()}'`, index: j - 1 };
      return null;
    }
    const t = this.tokens[j];
    if (!t) return null;
    if (t.text === '.' && this.L.honorifics.has(lowerOf(this.tokens[j - 1]))) {
      j--;
      return { word: `${this.tokens[j]!.text.toLowerCase()}.`, index: j };
    }
    return t.kind === 'word' ? { word: t.text.toLowerCase(), index: j } : null;
  }

  /** An honorific right before i ("M.", "Mme", "Mr."): the index where it starts, or -1. */
  protected honorificStart(i: number): number {
    const t = this.tokens[i - 1];
    if (!t) return -1;
    if (t.text === '.' && t.glued) {
      const h = this.tokens[i - 2];
      // (Old print abbreviates in lower case too: "capt. Orne", "hon. James Gordon".)
      const cased = isCapitalized(h) || (this.titlesInSpan && (h?.text.length ?? 0) >= 3);
      return h && this.L.honorifics.has(h.text.toLowerCase()) && cased ? i - 2 : -1;
    }
    return t.kind === 'word' && isCapitalized(t) && this.L.honorifics.has(t.text.toLowerCase()) ? i - 1 : -1;
  }

  /**
   * Where the honorifics before i start when old print keeps them all in the span: "Rev. Dr. Read",
   * "Mr. and Mrs. Tally Eddings", "Judge and Mrs. Canfield"; or `h`, the last one's start.
   */
  protected honorificsStart(h: number): number {
    let from = h;
    for (let n = 0; n < 3; n++) {
      const chained = this.honorificStart(from);
      if (chained >= 0) {
        from = chained;
        continue;
      }
      // "Mr. and Mrs.": a coordinated honorific or title (the French annotation leaves "M. et" out).
      if (lowerOf(this.tokens[from - 1]) !== 'and') break;
      const pair = this.honorificStart(from - 1);
      const title = this.tokens[from - 2];
      if (pair >= 0) from = pair;
      else if (isCapitalized(title) && this.L.spanTitles.has(lowerOf(title))) from -= 2;
      else break;
    }
    return from;
  }

  protected hasHonorificBefore(i: number): boolean {
    return this.honorificStart(i) >= 0;
  }

  /** "(AMDIE)" right after the candidate: the acronym, if its letters come from the name's words. */
  protected acronymAfter(c: Candidate): string | null {
    const open = this.tokens[c.to];
    const acro = this.tokens[c.to + 1];
    const close = this.tokens[c.to + 2];
    if (open?.text !== '(' || close?.text !== ')' || !acro || !isAllCaps(acro)) return null;
    // Initials of the content words, lower-case ones too ("générale", "entreprises").
    const initials = this.tokens
      .slice(c.from, c.to)
      .filter(
        (t) =>
          t.kind === 'word' &&
          !this.L.functionWords.has(t.text.toLowerCase()) &&
          !this.L.connectors.has(t.text.toLowerCase()),
      )
      .map((t) => t.text[0]!.toUpperCase());
    const letters = [...acro.text.replace(/[^\p{Lu}]/gu, '')];
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

  protected cueBefore(i: number, cues: Set<string>): boolean {
    let j = i;
    for (let n = 0; n < 4; n++) {
      const b = this.wordBefore(j);
      if (!b) return false;
      if (cues.has(b.word)) return true;
      if (this.L.functionWords.has(b.word) || this.L.determiners.has(b.word)) return false;
      if (isCapitalized(this.tokens[b.index])) return false;
      j = b.index;
    }
    return false;
  }

  protected placeCueBefore(i: number): boolean {
    const of = this.wordBefore(i);
    if (!of || !this.L.connectors.has(of.word)) return false;
    const noun = this.wordBefore(of.index);
    return noun !== null && this.L.placeCues.has(noun.word);
  }

  /** "ministre de l'" before `from`: the index of the title word whose complement opens at `from`, or -1. */
  protected titleComplementStart(from: number): number {
    let j = from - 1;
    for (let n = 0; n < 4 && j >= 0; n++, j--) {
      const t = this.tokens[j]!;
      if (isApostrophe(t)) continue;
      if (this.isTitleWord(t) && j < from - 1) return j;
      const w = t.text.toLowerCase();
      if (t.kind !== 'word' || isCapitalized(t) || !(this.L.connectors.has(w) || this.L.connectors.has(`${w}'`)))
        return -1;
    }
    return -1;
  }
}
