// Tests on single tokens that the name rules share: whether a word may belong to a name, initials
// and particles, connectors, dictionary words, first names, titles, a sentence's opening common
// word. The language's word lists come from language.ts; the document's surnames from a first reading.
import { isMinorPlace } from './decision.js';
import { lookupPlace } from './gazetteer.js';
import type { NameLanguage } from './language.js';
import { dictionary, firstNames, foldedKeyOf, keyOf, knownOrganizations, lastNames } from './lexicon.js';
import { APOSTROPHES, isAllCaps, isCapitalized, spanText, type Token } from './tokens.js';

export interface Candidate {
  from: number;
  to: number;
}

export const lowerOf = (t: Token | undefined) => (t ? t.text.toLowerCase() : '');
export const isApostrophe = (t: Token | undefined) => t !== undefined && t.kind === 'punct' && APOSTROPHES.has(t.text);
/** A well-formed Roman numeral ("XIV", "MCMXC"), not any run of its letters ("CDC", "MDC" are names). */
export const ROMAN = /^(?=[MDCLXVI])M{0,4}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;

/** "SAINT-ÉTIENNE" → "Saint-Étienne". */
export const titleCase = (s: string) =>
  s.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_m, sep: string, l: string) => sep + l.toUpperCase());

export class NameWords {
  protected readonly dict: Set<string>;
  protected readonly first: Set<string>;
  /** Keys of the surnames of people named in full in the document (filled by a first reading). */
  protected documentSurnames = new Set<string>();
  /** Capitalized words named inside a sentence or before a legal form (built on first use). */
  private namedMidSentence: Set<string> | undefined;

  constructor(
    protected readonly text: string,
    protected readonly tokens: Token[],
    protected readonly sentenceStarts: Set<number>,
    protected readonly L: NameLanguage,
    /** Whether honorifics and titles belong to the person's span (see titlesInSpan()). */
    protected readonly titlesInSpan: boolean,
  ) {
    this.dict = dictionary(L.lang);
    this.first = firstNames();
  }

  protected isNameWord(i: number): boolean {
    const t = this.tokens[i];
    if (t?.kind !== 'word') return false;
    if (!isCapitalized(t)) return false;
    if (this.L.notNames.has(t.text) && !this.isMonthFirstName(i)) return false;
    const lower = t.text.toLowerCase();
    const next = this.tokens[i + 1];
    // (An all-caps "SA" is a company suffix, not the possessive.)
    // ("WHO" between lower-case words is the organization, not the pronoun of a heading in capitals.)
    const acronym = isAllCaps(t) && (this.L.orgTails.has(t.text) || this.isLoneCapitals(i));
    if (this.L.functionWords.has(lower) && !acronym) {
      // "Le Chefresne", "De Croo": a capitalized article or particle inside a sentence, before a name.
      if (this.sentenceStarts.has(i) || t.lineStart || !this.L.particles.has(lower)) return false;
      return isCapitalized(next) && !next?.glued && !this.L.functionWords.has(lowerOf(next));
    }
    // A lone capital is a name only as an initial ("J. Dupont"), which initialEnd() reads.
    if (t.text.length === 1) return false;
    // "M." or "Mme" before a name is an honorific, not part of the name's words.
    if (this.L.honorifics.has(lower) && ((next?.text === '.' && next.glued) || isCapitalized(next))) return false;
    return true;
  }

  /** "U.S.", "U.K.": a short form written with points at `i`, as its letters and end index, or null. */
  protected dottedAt(i: number): { letters: string; end: number } | null {
    let letters = '';
    let j = i;
    while (letters.length < 4) {
      const t = this.tokens[j];
      if (t?.kind !== 'word' || t.text.length !== 1 || !/\p{Lu}/u.test(t.text) || (j > i && !t.glued)) break;
      letters += t.text;
      j++;
      if (this.tokens[j]?.text !== '.' || !this.tokens[j]?.glued) break;
      j++;
    }
    return letters.length >= 2 ? { letters, end: j } : null;
  }

  /** A word in capitals whose neighbours are not: an acronym in running text. */
  protected isLoneCapitals(i: number): boolean {
    const prev = this.tokens[i - 1];
    const next = this.tokens[i + 1];
    const caps = (t: Token | undefined) => t?.kind === 'word' && isAllCaps(t);
    return (
      (this.tokens[i]?.text.length ?? 0) >= 3 &&
      !caps(prev) &&
      !caps(next) &&
      (prev?.kind === 'word' || prev?.text === '(')
    );
  }

  /** "J." or "J.-P.": returns the index after the initial, or -1. */
  protected initialEnd(i: number): number {
    const t = this.tokens[i];
    // (Cheap tests first: this runs at every token.)
    if (t?.kind !== 'word' || t.text.length > 5 || this.tokens[i + 1]?.text !== '.') return -1;
    // ("U.S." is a country, not two initials.)
    if (t.text.length === 1 && this.L.shortForms?.has(this.dottedAt(i)?.letters ?? '')) return -1;
    if (!/^\p{Lu}$/u.test(t.text)) {
      // "Wm. Cowper", "Chas. Dunn": an abbreviated first name and its point.
      const abbreviation = this.L.nameAbbreviations?.has(titleCase(t.text)) && isCapitalized(t);
      return abbreviation && this.tokens[i + 1]?.text === '.' && this.tokens[i + 1]?.glued ? i + 2 : -1;
    }
    if (this.L.honorifics.has(t.text.toLowerCase())) return -1;
    const dot = this.tokens[i + 1];
    if (dot?.text !== '.' || !dot.glued) return -1;
    const hyphen = this.tokens[i + 2];
    if (hyphen?.text === '-' && hyphen.glued && /^\p{Lu}$/u.test(this.tokens[i + 3]?.text ?? '')) {
      if (this.tokens[i + 4]?.text === '.') return i + 5;
    }
    return i + 2;
  }

  /** O'Brien, N'Diaye, D'Souza: a capital, an apostrophe, a name, all glued. */
  protected clanPrefixAt(i: number): boolean {
    const apostrophe = this.tokens[i + 1];
    return (
      /^[OND]$/.test(this.tokens[i]?.text ?? '') &&
      isApostrophe(apostrophe) &&
      apostrophe?.glued === true &&
      this.tokens[i + 2]?.glued === true &&
      this.isNameWord(i + 2) &&
      // Not an elided article before a heading's word: "D'ADMINISTRATION", "D'Accord".
      !isAllCaps(this.tokens[i + 2]) &&
      // ("O'Shea", "O'Hare": after O' a common word is still a family name.)
      (this.tokens[i]?.text === 'O' || !this.isDictionaryWord(this.tokens[i + 2]!))
    );
  }

  /** After a chain of initials ("O. D. Massa"): the index of the first token that is not one. */
  protected initialsEnd(i: number): number {
    let j = i;
    for (let n = 0; n < 4; n++) {
      const end = this.initialEnd(j);
      if (end < 0) break;
      j = end;
    }
    return j;
  }

  /** The connector group starting at i ("de", "d'", "et de", "of the"): its end index, or -1. */
  protected connectorEnd(i: number): number {
    let j = i;
    for (let n = 0; n < 3; n++) {
      const t = this.tokens[j];
      if (t?.kind !== 'word') break;
      const w = t.text.toLowerCase();
      if (isApostrophe(this.tokens[j + 1]) && this.L.connectors.has(`${w}'`)) {
        j += 2;
        continue;
      }
      if (!this.L.connectors.has(w) || isCapitalized(t)) break;
      j++;
    }
    return j > i ? j : -1;
  }

  /** A word of a title or function, whatever its case: "Minister", "chief", "président", "Governor". */
  protected isTitleWord(t: Token | undefined): boolean {
    if (t?.kind !== 'word') return false;
    const w = t.text.toLowerCase();
    return this.L.personCues.has(w) || this.L.roles.heads.has(w) || this.L.spanTitles.has(w);
  }

  /**
   * "Avril Fontaine", "April Ross": a month that is also a first name, before a capitalized surname on
   * the same line, and not read as a date ("le 3 Avril", "in April Ross was away").
   */
  private isMonthFirstName(i: number): boolean {
    const t = this.tokens[i]!;
    const next = this.tokens[i + 1];
    if (!this.L.monthFirstNames?.has(t.text) || next?.kind !== 'word' || !isCapitalized(next) || isAllCaps(next))
      return false;
    if (this.L.notNames.has(next.text) || this.text.slice(t.end, next.start) !== ' ') return false;
    // (A common word after it only inside a sentence, "the mayor, April Fontaine", not "April Sales Rose";
    // or where months take no capital: "Avril Fontaine, maire de …".)
    const surname =
      lastNames().has(next.text.toLowerCase()) ||
      !this.isDictionaryWord(next) ||
      !this.sentenceStarts.has(i) ||
      this.L.lowerCaseMonths?.has(t.text) === true;
    if (!surname || this.tokens[i - 1]?.kind === 'number') return false;
    const before = this.tokens[i - 1];
    return !(before?.kind === 'word' && this.L.monthIntroducers?.has(before.text.toLowerCase()));
  }

  /**
   * "Airbus a inauguré", "Orange announced": a capitalized common word before a verb that companies
   * do is a company's name: inside a sentence ("Blagnac : Airbus inaugure"); opening one where the
   * language has no bare noun subjects, or the document also names it mid-sentence ("at Orange") or
   * with a legal form ("Orange SA").
   */
  protected isCompanyBeforeVerb(i: number): boolean {
    const t = this.tokens[i];
    if (t?.kind !== 'word' || !this.L.companyVerbs || isAllCaps(t)) return false;
    const w = t.text.toLowerCase();
    if (this.L.functionWords.has(w) || this.isFirstName(t) || lastNames().has(w) || !this.isDictionaryWord(t))
      return false;
    // (Not a complement: "le ministère de l'Intérieur a confirmé".)
    const before = this.tokens[i - 1];
    const link = isApostrophe(before) ? `${lowerOf(this.tokens[i - 2])}'` : lowerOf(before);
    if (this.L.connectors.has(link) || this.L.determiners.has(link)) return false;
    let v = i + 1;
    if (this.L.speechAuxiliaries.has(lowerOf(this.tokens[v]))) v++;
    if (this.tokens[v]?.kind !== 'word' || !this.L.companyVerbs.has(this.tokens[v]!.text)) return false;
    return this.L.bareSubjectIsName === true || !this.sentenceStarts.has(i) || this.namedElsewhere(i);
  }

  /**
   * The word at `i` elsewhere after a lower-case word ("at Orange") or before a legal form ("Orange
   * SA"). (A sentence start has neither, so the word at `i` does not count itself.)
   */
  private namedElsewhere(i: number): boolean {
    if (!this.namedMidSentence) {
      // One pass per document: many sentence starts must not each scan the whole text.
      this.namedMidSentence = new Set();
      for (let j = 1; j < this.tokens.length; j++) {
        const t = this.tokens[j]!;
        const before = this.tokens[j - 1]!;
        const mid = before.kind === 'word' && !isCapitalized(before) && !this.sentenceStarts.has(j);
        if (t.kind === 'word' && isCapitalized(t) && (mid || this.isOrgTailAt(j + 1)))
          this.namedMidSentence.add(t.text);
      }
    }
    return this.namedMidSentence.has(this.tokens[i]!.text);
  }

  protected isCommonWordAtStart(i: number): boolean {
    const t = this.tokens[i]!;
    const w = t.text.toLowerCase();
    if (this.L.functionWords.has(w)) return true;
    if (t.text.length === 1) return true;
    const place = lookupPlace(t.text);
    // "Reading of the minutes": a town named like a common word does not open a sentence as a name.
    const placeLike = place && !isMinorPlace(place);
    if (placeLike || this.isFirstName(t) || knownOrganizations().has(w)) return false;
    if (this.L.notNames.has(t.text) && this.isMonthFirstName(i)) return false;
    // "Young said", "Brown, who …": a person named in full earlier, or a word that speaks.
    if (this.documentSurnames.has(keyOf(t.text))) return false;
    if ((lastNames().has(w) || !this.inDictionary(w)) && this.speechAfter(i + 1)) return false;
    if (this.L.orgHeads.has(t.text)) return false;
    // "Apple Inc. shares fell": a legal form right after it makes the word a company's name.
    if (this.isOrgTailAt(i + 1)) return false;
    if (this.L.placeHeads.has(t.text) && isCapitalized(this.tokens[i + 1])) return false;
    if (this.isCompanyBeforeVerb(i)) return false;
    return this.isDictionaryWord(t);
  }

  /** A verb of saying at `i` ("said", "a déclaré"), which makes the name before it a person's. */
  protected speechAfter(i: number): boolean {
    const t = this.tokens[i];
    if (t?.kind !== 'word') return false;
    const w = t.text.toLowerCase();
    if (this.L.speechVerbs.has(w)) return true;
    return this.L.speechAuxiliaries.has(w) && this.L.speechVerbs.has(lowerOf(this.tokens[i + 1]));
  }

  /** Whether the token at `i` is a word that closes an organization's name (Inc., Ltd, SA…). */
  protected isOrgTailAt(i: number): boolean {
    const t = this.tokens[i];
    return t?.kind === 'word' && (this.L.orgTails.has(t.text) || this.L.orgTails.has(`${t.text}.`));
  }

  /** "City of Washington": a place head, "of", and a name. */
  protected isPlaceOf(from: number, to: number): boolean {
    const head = this.tokens[from];
    return (
      to - from >= 3 &&
      head !== undefined &&
      this.L.placeOfHeads?.has(head.text) === true &&
      lowerOf(this.tokens[from + 1]) === 'of' &&
      this.isNameWord(from + 2)
    );
  }

  /** The text of tokens [from, to), with the words cut at line ends joined again. */
  protected textOf(from: number, to: number): string {
    return spanText(this.text, this.tokens, from, to);
  }

  /** A known first name, or a compound one whose first part is ("Jean-Claude", "José-Maria"). */
  protected isFirstName(t: Token | undefined): boolean {
    if (!t) return false;
    // Folded too: compromise spells "Eugene" where French writes "Eugène".
    const w = foldedKeyOf(t.text);
    return this.first.has(w) || (w.includes('-') && this.first.has(w.split('-')[0]!));
  }

  protected isDictionaryWord(t: Token): boolean {
    const w = t.text.toLowerCase();
    if (this.inDictionary(w)) return true;
    // ("Météo-France", "Radio-Canada": in French, capitals after each hyphen make a name of common words.)
    const parts = t.text.split('-');
    if (this.L.hyphenedNames && parts.length > 1 && parts.slice(1).every((part) => /^\p{Lu}/u.test(part))) return false;
    return w.split('-').every((part) => this.inDictionary(part));
  }

  /** Capitals often lose their accent ("Etat", "A Paris"): try the accented lower-case forms too. */
  protected inDictionary(w: string): boolean {
    if (this.dict.has(w)) return true;
    // Old print's long s, read as f by OCR: "Houfe", "Lorfque".
    if (w.includes('f') && this.dict.has(w.replace(/(?<=\p{L})f(?=\p{L})/gu, 's'))) return true;
    const rest = w.slice(1);
    if (w[0] === 'e') return this.dict.has(`é${rest}`) || this.dict.has(`è${rest}`) || this.dict.has(`ê${rest}`);
    if (w[0] === 'a') return this.dict.has(`à${rest}`) || this.dict.has(`â${rest}`);
    if (w[0] === 'i') return this.dict.has(`î${rest}`);
    if (w[0] === 'o') return this.dict.has(`ô${rest}`);
    return false;
  }
}
