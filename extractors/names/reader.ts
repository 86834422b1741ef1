// The token-level reading shared by the name rules: which words may belong to a name, where runs
// of them start and end (initials, particles, connectors, sentence-initial common words), and the
// words around a run (an honorific, a cue noun, an acronym in brackets). recognize.ts types them.
import { lookupPlace } from './gazetteer.js';
import type { NameLanguage } from './language.js';
import { dictionary, firstNames, foldedKeyOf, keyOf, knownOrganizations, lastNames } from './lexicon.js';
import { APOSTROPHES, isAllCaps, isCapitalized, joinLineCuts, type Token } from './tokens.js';

export interface Candidate {
  from: number;
  to: number;
}

export const lowerOf = (t: Token | undefined) => (t ? t.text.toLowerCase() : '');
const isApostrophe = (t: Token | undefined) => t !== undefined && t.kind === 'punct' && APOSTROPHES.has(t.text);
/** A well-formed Roman numeral ("XIV", "MCMXC"), not any run of its letters ("CDC", "MDC" are names). */
export const ROMAN = /^(?=[MDCLXVI])M{0,4}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;
const MAX_NAME_TOKENS = 16;
const ABBREVIATED = new Set(['St', 'Ste', 'Mt', 'Ft', 'Pt']);
const COORDINATORS = new Set(['and', 'et', '&']);
const WEB_ENDINGS = new Set(['com', 'net', 'org', 'io', 'fr', 'ai']);
/** Definite articles after "et" / "and" that open another name: "et le FMI", "and the EU". */
const ARTICLES = new Set(['le', 'la', "l'", 'les', 'the']);

/** "SAINT-ÉTIENNE" → "Saint-Étienne". */
export const titleCase = (s: string) =>
  s.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_m, sep: string, l: string) => sep + l.toUpperCase());

export class NameReader {
  protected readonly dict: Set<string>;
  protected readonly first: Set<string>;
  /** Keys of the surnames of people named in full in the document (filled by a first reading). */
  protected documentSurnames = new Set<string>();

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

  // ---------- candidates ----------

  protected isNameWord(i: number): boolean {
    const t = this.tokens[i];
    if (t?.kind !== 'word') return false;
    if (!isCapitalized(t)) return false;
    if (this.L.notNames.has(t.text)) return false;
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
  private isLoneCapitals(i: number): boolean {
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

  protected *candidates(): Generator<Candidate> {
    const n = this.tokens.length;
    let i = 0;
    while (i < n) {
      const afterInitials = this.initialsEnd(i);
      const startsInitial = afterInitials > i && this.isNameWord(afterInitials);
      if (!this.isNameWord(i) && !startsInitial && !this.clanPrefixAt(i)) {
        i++;
        continue;
      }
      const from = i;
      let to = i;
      let j = i;
      while (j < n && j - from < MAX_NAME_TOKENS) {
        if (j > from && this.breaksName(j)) break;
        const initial = this.initialEnd(j);
        if (initial > 0) {
          j = initial;
          to = j;
          continue;
        }
        // "St. Louis", "Mt. Vernon": an abbreviated first word and its point.
        if (ABBREVIATED.has(this.tokens[j]?.text ?? '') && this.tokens[j + 1]?.text === '.' && this.isNameWord(j + 2)) {
          j += 2;
          continue;
        }
        if (this.clanPrefixAt(j)) {
          j += 3;
          to = j;
          continue;
        }
        if (this.isNameWord(j) && (j === from || this.casesAgree(to - 1, j))) {
          j++;
          // "Amazon.com": a web address's ending belongs to the name.
          if (this.tokens[j]?.text === '.' && this.tokens[j]?.glued && WEB_ENDINGS.has(this.tokens[j + 1]?.text ?? ''))
            j += this.tokens[j + 1]?.glued ? 2 : 0;
          to = j;
          continue;
        }
        const c = this.connectorEnd(j);
        if (c > 0 && this.isNameWord(c) && !this.breaksName(c)) {
          j = c;
          continue;
        }
        break;
      }
      // "Henry V." closing a run: a regnal number, not an initial; its point ends the sentence.
      if (
        to - from >= 3 &&
        /^[IVX]$/.test(this.tokens[to - 2]?.text ?? '') &&
        this.tokens[to - 1]?.text === '.' &&
        this.isFirstName(this.tokens[to - 3]) &&
        !this.isNameWord(to)
      )
        to--;
      // "Frédéric III", "Louis XIV".
      if (/^[IVX]{2,5}$/.test(this.tokens[to]?.text ?? '') && this.tokens[to - 1]?.kind === 'word' && to - from === 1)
        to++;
      yield* this.split(from, to);
      i = Math.max(to, from + 1);
    }
  }

  /** "RJR Nabisco" and "René BRAICHET" mix cases; a heading in capitals and the text after it do not. */
  protected casesAgree(prev: number, j: number): boolean {
    const a = this.tokens[prev];
    const b = this.tokens[j];
    if (isAllCaps(a) === isAllCaps(b)) return true;
    // After an initial's point: "WM. W. COWPER", "J. Dupont".
    if (a?.text === '.') return true;
    if (this.L.orgTails.has(b?.text ?? '')) return true;
    if (isAllCaps(a))
      return (
        (a?.text.length ?? 0) <= 4 && !this.isDictionaryWord(a!) && !this.isFirstName(b) && !this.isDictionaryWord(b!)
      );
    // "Thomson CSF": a short acronym after a capitalized word.
    if ((b?.text.length ?? 0) <= 4 && !ROMAN.test(b?.text ?? '') && !this.isDictionaryWord(b!)) return true;
    return this.isFirstName(a);
  }

  /** A line break between two words of a name is fine in running text, not after a heading. */
  protected breaksName(j: number): boolean {
    const t = this.tokens[j];
    const prev = this.tokens[j - 1];
    if (!t || !prev) return true;
    if (this.sentenceStarts.has(j) && !(prev.text === '.' && this.initialEnd(j - 2) === j)) return true;
    // ("Alfred\nSmith", "Brenda\nRay": inside a sentence, a first name at a line end runs on.)
    const nameGoesOn = this.isFirstName(prev) && (this.initialEnd(j) > j || this.isNameWord(j));
    if (t.lineStart && !nameGoesOn && this.isCommonWordAtStart(j)) return true;
    // An address's lines: "Pharma GmbH⏎Immermannstraße", "Bielefeld⏎Allemagne".
    const places = !nameGoesOn && !this.isOrgTailAt(j) && !this.L.orgHeads.has(t.text) && lookupPlace(prev.text);
    if (t.lineStart && (this.isOrgTailAt(j - 1) || (places && lookupPlace(t.text)))) return true;
    // A blank line, or a gap of more than a few spaces, is never inside a name.
    const gap = this.text.slice(prev.end, t.start);
    return /\n\s*\n/.test(gap) || gap.length > 3;
  }

  /** Splits a run at its connectors unless something holds the parts together. */
  protected *split(from: number, to: number): Generator<Candidate> {
    // A capitalized common word opening a sentence is not a name ("Cependant", "Prévue le …").
    // (Not when the acronym after the run spells it: "- Falcon Grid Power (FGP)".)
    const spelled = this.sentenceStarts.has(from) && this.acronymAfter({ from, to }) !== null;
    while (
      !spelled &&
      from < to &&
      this.sentenceStarts.has(from) &&
      this.initialEnd(from) < 0 &&
      this.isCommonWordAtStart(from)
    ) {
      from++;
      const c = this.connectorEnd(from);
      if (c > 0) from = c;
    }
    if (from >= to) return;
    // "Federal Reserve Chairman Jerome Powell", "président de la République Emmanuel Macron": the
    // name after a title is a person's, apart from the institution before it.
    const cut = this.titleCut(from, to);
    if (cut > from) {
      yield* this.split(from, cut);
      yield* this.split(cut, to);
      return;
    }
    // The run alternates names and connectors: names[i] and names[i + 1] are joined by links[i].
    const names: Candidate[] = [];
    const links: Candidate[] = [];
    let start = from;
    let k = from;
    while (k < to) {
      const t = this.tokens[k];
      const end = t?.kind === 'word' && !isCapitalized(t) ? this.connectorEnd(k) : -1;
      if (end > 0) {
        if (k > start) names.push({ from: start, to: k });
        links.push({ from: k, to: end });
        k = end;
        start = k;
        continue;
      }
      k++;
    }
    if (start < to) names.push({ from: start, to });
    if (names.length <= 1 || links.length !== names.length - 1) {
      if (names.length <= 1 && names[0]) yield names[0];
      else if (names.length > 1) yield* names;
      return;
    }
    const firstWord = this.tokens[from]?.text ?? '';
    const lastWord = this.tokens[to - 1]?.text ?? '';
    // "Secretary of the War Department", "H. Parsons of Wayne University": a person or a function
    // before "of" is not part of the organization named after it.
    const opensWithPerson =
      this.initialEnd(from) > from ||
      this.isFirstName(this.tokens[from]) ||
      [firstWord.toLowerCase(), firstWord.toLowerCase().replace(/s$/, '')].some(
        (w) => this.L.personCues.has(w) || this.L.roles.heads.has(w),
      );
    const holdsAll =
      this.isPlaceOf(from, to) ||
      this.L.orgHeads.has(firstWord) ||
      (this.L.orgTails.has(lastWord) && !opensWithPerson) ||
      lookupPlace(this.textOf(from, to)) !== undefined;
    if (holdsAll) {
      // "Bank of America and Royal Bank of Canada": "and" before another head word opens a second name.
      for (let p = 0; p < links.length; p++) {
        const link = links[p]!;
        const next = names[p + 1]!;
        const linkWords = this.tokens.slice(link.from, link.to).map(lowerOf);
        const isAnd =
          COORDINATORS.has(linkWords[0] ?? '') && linkWords.slice(1).every((w) => this.L.determiners.has(w));
        const rest = this.tokens.slice(next.from, to);
        // "Banque de France et le FMI", "Royal Philips NV and Volvo AB": an article, or a legal form
        // closing both sides, opens a second name.
        const article = linkWords.length > 1 && ARTICLES.has(linkWords[linkWords.length - 1] ?? '');
        const bothTailed = this.isOrgTailAt(link.from - 1) && this.isOrgTailAt(to - 1);
        // "the United States and United Airlines": a place named in full before "and" stands alone.
        const placeFirst = p === 0 && lookupPlace(this.textOf(from, link.from))?.kind === 'country';
        // "the Bank of France and Germany": a country after "and" closes the list, not the name.
        const placeLast = p === links.length - 1 && lookupPlace(this.textOf(next.from, to))?.kind === 'country';
        const second = article || bothTailed || placeFirst || placeLast;
        if (isAnd && (second || (p > 0 && rest.some((t) => this.L.orgHeads.has(t.text))))) {
          yield { from, to: link.from };
          yield* this.split(next.from, to);
          return;
        }
      }
      yield { from, to };
      return;
    }
    // Person particles: "Charles de Gaulle", "Ludwig van Beethoven", "Mohamed Ben Ali".
    let current: Candidate = { ...names[0]! };
    for (let p = 0; p < links.length; p++) {
      const link = links[p]!;
      const next = names[p + 1]!;
      const words = this.tokens.slice(link.from, link.to).filter((t) => t.kind === 'word');
      // ("von der Leyen", "van den Berg", "de la Fuente".)
      const isParticle = words.length <= 2 && words.every((w) => this.L.particles.has(w.text.toLowerCase()));
      const personLike =
        this.isFirstName(this.tokens[current.from]) ||
        // "Duke d'Urfe", "Count de Marck".
        (current.to - current.from === 1 && this.L.spanTitles.has(lowerOf(this.tokens[current.from]))) ||
        this.hasHonorificBefore(current.from) ||
        (current.to - current.from >= 2 && !lookupPlace(this.textOf(next.from, next.to)));
      if (isParticle && personLike && next.to - next.from <= 2) {
        current = { from: current.from, to: next.to };
      } else {
        yield current;
        current = { ...next };
      }
    }
    yield current;
  }

  /** A word of a title or function, whatever its case: "Minister", "chief", "président", "Governor". */
  protected isTitleWord(t: Token | undefined): boolean {
    if (t?.kind !== 'word') return false;
    const w = t.text.toLowerCase();
    return this.L.personCues.has(w) || this.L.roles.heads.has(w) || this.L.spanTitles.has(w);
  }

  /**
   * Where a person's title starts inside a run, with a first name or an initial after it ("Bank of
   * England Governor Andrew Bailey" → "Governor"), or where the name starts after the capitalized
   * complement of a title before the run ("[président de la] République Emmanuel Macron"); or -1.
   */
  private titleCut(from: number, to: number): number {
    // A first name, an initial, or two or three words no dictionary knows ("Satya Nadella").
    const nameAt = (k: number) => {
      if (this.isFirstName(this.tokens[k]) || this.initialEnd(k) > k) return true;
      const rest = this.tokens.slice(k, to);
      return (
        rest.length >= 2 &&
        rest.length <= 3 &&
        rest.every(
          (t) => isCapitalized(t) && !isAllCaps(t) && !this.isDictionaryWord(t) && !this.L.orgTails.has(t.text),
        )
      );
    };
    for (let m = from + 1; m < to - 1; m++) {
      if (!this.isTitleWord(this.tokens[m]) || this.isTitleWord(this.tokens[m - 1])) continue;
      if (this.tokens[m - 1]?.kind !== 'word') continue;
      let k = m;
      while (k < to && this.isTitleWord(this.tokens[k])) k++;
      if (k < to && nameAt(k)) return m;
    }
    // "à Rabat Karim Bensaïd": after a preposition of place, a place and then a first name.
    const before = this.tokens[from - 1];
    if (before?.kind === 'word' && this.L.locatives.has(before.text.toLowerCase())) {
      for (let m = from + 1; m < to - 1 && m - from <= 3; m++) {
        // (Not "in San Francisco": the first name ends a longer place.)
        const longer = lookupPlace(this.textOf(from, m + 1));
        if (this.isFirstName(this.tokens[m]) && !longer && lookupPlace(this.textOf(from, m))) return m;
      }
    }
    // "San Francisco Amid Trade Tensions" (a heading in title case): a place, then common words.
    // (Not "Mary Baker Eddy", nor a heading in capitals.)
    const cased = !isAllCaps(this.tokens[from]) && !this.isFirstName(this.tokens[from]);
    for (let m = Math.min(to - 2, from + 3); m > from && cased; m--) {
      if (!lookupPlace(this.textOf(from, m))) continue;
      const rest = this.tokens.slice(m, to).filter((t) => t.kind === 'word');
      const plain = (t: Token) =>
        this.isDictionaryWord(t) &&
        !this.isFirstName(t) &&
        !this.L.orgTails.has(t.text) &&
        !this.L.orgHeads.has(t.text) &&
        !this.L.placeTails.has(t.text);
      if (rest.length >= 2 && rest.every(plain)) return m;
      break;
    }
    if (this.titleComplementStart(from) < 0) return -1;
    for (let m = from + 1; m < to - 1 && m - from <= 3; m++) {
      const t = this.tokens[m - 1]!;
      if (t.kind !== 'word' || !this.isDictionaryWord(t)) return -1;
      if (nameAt(m)) return m;
    }
    return -1;
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

  protected isCommonWordAtStart(i: number): boolean {
    const t = this.tokens[i]!;
    const w = t.text.toLowerCase();
    if (this.L.functionWords.has(w)) return true;
    if (t.text.length === 1) return true;
    const place = lookupPlace(t.text);
    // "Reading of the minutes": a town named like a common word does not open a sentence as a name.
    const placeLike = place && !(place.kind === 'city' && !place.curated && (place.population ?? 0) < 300_000);
    if (placeLike || this.isFirstName(t) || knownOrganizations().has(w)) return false;
    // "Young said", "Brown, who …": a person named in full earlier, or a word that speaks.
    if (this.documentSurnames.has(keyOf(t.text))) return false;
    if ((lastNames().has(w) || !this.inDictionary(w)) && this.speechAfter(i + 1)) return false;
    if (this.L.orgHeads.has(t.text)) return false;
    // "Apple Inc. shares fell": a legal form right after it makes the word a company's name.
    if (this.isOrgTailAt(i + 1)) return false;
    if (this.L.placeHeads.has(t.text) && isCapitalized(this.tokens[i + 1])) return false;
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
    const raw = this.text.slice(this.tokens[from]!.start, this.tokens[to - 1]!.end);
    return raw.includes('¬') || raw.includes('-\n') ? joinLineCuts(raw) : raw;
  }

  /** A known first name, or a compound one whose first part is ("Jean-Claude", "José-Maria"). */
  protected isFirstName(t: Token | undefined): boolean {
    if (!t) return false;
    // Folded too: compromise spells "Eugene" where French writes "Eugène".
    const w = foldedKeyOf(t.text);
    return this.first.has(w) || (w.includes('-') && this.first.has(w.split('-')[0]!));
  }

  // ---------- evidence around a candidate ----------

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

  protected isDictionaryWord(t: Token): boolean {
    const w = t.text.toLowerCase();
    return this.inDictionary(w) || w.split('-').every((part) => this.inDictionary(part));
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
