// Language-neutral recognition of people, organizations and places. The language files (fr.ts,
// en.ts) give the words; this module gives the rules:
//  1. candidates: runs of capitalized words, initials and name particles ("Charles de Gaulle",
//     "Agence … d'Investissement et de Développement des Exportations"), split at connectors unless
//     an organization cue word or a person's first name holds them together; a capitalized common
//     word opening a sentence ("Cependant", "Prévue") is not a name;
//  2. a type for each, from the strongest evidence: an honorific or title before it, an
//     organization cue word inside it, a place in the gazetteer, a known first name, an apposed role,
//     an acronym in parentheses after it, the noun or preposition before it ("la société X",
//     "à X"), then weaker defaults;
//  3. a second look at the undecided ones with what the document already told ("Iozera" typed once
//     is the same thing later; a lone surname is the person named in full elsewhere; a lone word
//     listed next to a person or a place is one too); lone unknown words nothing confirms are dropped;
//  4. the country codes of results tables ("Olano (Esp)").

import type { ExtractContext, Mention } from '../types.js';
import { titlesInSpan } from './conventions.js';
import { lookupPlace, resultCountry } from './gazetteer.js';
import type { NameLanguage } from './language.js';
import { demonyms, dictionary, firstNames, foldedKeyOf, keyOf, knownOrganizations, lastNames } from './lexicon.js';
import { roleAfter, roleBefore } from './roles.js';
import { APOSTROPHES, isAllCaps, isCapitalized, joinLineCuts, type Token, tokenize } from './tokens.js';

export type { NameLanguage };

type NameType = 'person' | 'organization' | 'location';

interface Candidate {
  from: number;
  to: number;
}

interface Decision {
  type: NameType;
  /** Token range of the span, which may include an honorific or title before the name. */
  from: number;
  to: number;
  rule: string;
  /** A default rather than evidence: may be revised by what the rest of the document says. */
  weak?: boolean;
  /** Too weak to stand alone: dropped unless the rest of the document confirms a type. */
  tentative?: boolean;
  acronym?: string;
  role?: { from: number; to: number };
  country?: string;
  /** For an acronym mention: the long form's name. */
  longForm?: string;
  /** The name to report when it differs from the text: "Casablanca" for a dateline's "CASABLANCA". */
  displayName?: string;
  /** Where the name starts inside the span when a title or honorific opens it. */
  nameFrom?: number;
  /** A small town's name: a person named in full in the document with it as surname wins. */
  minorPlace?: boolean;
}

const lowerOf = (t: Token | undefined) => (t ? t.text.toLowerCase() : '');
const isApostrophe = (t: Token | undefined) => t !== undefined && t.kind === 'punct' && APOSTROPHES.has(t.text);
const ROMAN = /^[IVXLCDM]+$/;
const MAX_NAME_TOKENS = 16;
const INDEFINITE = new Set(['un', 'une', 'a', 'an']);
const CAMEL_CASE = /^\p{Lu}\p{Ll}{2,}\p{Lu}\p{Ll}{2,}$/u;
const FAMILY_PREFIX = /^(?:Mc|Mac|Fitz|De|Di|Da|Du|La|Le|Van|Von)\p{Lu}/u;
const ABBREVIATED = new Set(['St', 'Ste', 'Mt', 'Ft', 'Pt']);
const MIN_REPEATS = 3;
const LIST_GAP = /^\s{0,3}(?:,|,?\s{0,3}(?:et|and|ou|or|&))\s{0,3}$/;
const COORDINATORS = new Set(['and', 'et', '&']);
const COMPLEMENT_LINKS = new Set(['de', 'd', 'du', 'des', 'of']);
// Words the adjective endings would take for adjectives: "Suisse romande demain".
const NOT_ADJECTIVES = new Set(
  'demain lendemain soudain certain certaine certains certaines prochain prochaine main pain train bain plein quotidien'.split(
    ' ',
  ),
);
const STRONG_INSIDE_ROLE = new Set([
  'gazetteer',
  'gazetteer-caps',
  'head-word',
  'head-adjective',
  'known',
  'acronym-defined',
  'acronym',
  'tail-word',
]);

/** "SAINT-ÉTIENNE" → "Saint-Étienne". */
const titleCase = (s: string) =>
  s.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_m, sep: string, l: string) => sep + l.toUpperCase());

export function recognizeNames(ctx: ExtractContext, L: NameLanguage): Mention[] {
  const { text } = ctx;
  const tokens = tokenize(text);
  if (tokens.length === 0) return [];
  const sentenceStarts = sentenceStartTokens(tokens, ctx);
  const r = new Recognizer(text, tokens, sentenceStarts, L, titlesInSpan(ctx));
  return r.run();
}

/** Token indices that open a sentence (past an opening quote, dash or bracket). */
function sentenceStartTokens(tokens: Token[], ctx: ExtractContext): Set<number> {
  const starts = new Set<number>();
  const offsets = ctx.sentences.length ? ctx.sentences.map((s) => s.start) : [0];
  let k = 0;
  for (const offset of offsets) {
    while (k < tokens.length && (tokens[k]?.start ?? 0) < offset) k++;
    let j = k;
    while (j < tokens.length && tokens[j]?.kind === 'punct' && !/[.,;:]/.test(tokens[j]?.text ?? '')) j++;
    starts.add(j);
  }
  return starts;
}

class Recognizer {
  private readonly dict: Set<string>;
  private readonly first: Set<string>;

  constructor(
    private readonly text: string,
    private readonly tokens: Token[],
    private readonly sentenceStarts: Set<number>,
    private readonly L: NameLanguage,
    /** Whether honorifics and titles belong to the person's span (see titlesInSpan()). */
    private readonly titlesInSpan: boolean,
  ) {
    this.dict = dictionary(L.lang);
    this.first = firstNames();
  }

  run(): Mention[] {
    let decisions: Decision[] = [];
    let blockedUntil = 0;
    let coveredUntil = 0;
    for (const c of this.candidates()) {
      // Inside a name already read ("… des entreprises du Maroc (CGEM)").
      if (c.from < coveredUntil) continue;
      const classified = this.classify(c);
      if (!classified) continue;
      const d = this.withSuffixes(classified);
      coveredUntil = Math.max(coveredUntil, d.to);
      // Inside a role ("ministre des affaires étrangères d'Israël") only names with evidence of
      // their own count: its capitalized common words ("la Convergence") are not names.
      if (c.from < blockedUntil && !STRONG_INSIDE_ROLE.has(d.rule)) continue;
      decisions.push(d);
      if (d.role) blockedUntil = Math.max(blockedUntil, d.role.to);
    }
    const codes = this.resultCountries(decisions);
    if (codes.length) {
      // A code read as a lone unknown word ("Esp") gives way to the country it stands for.
      const at = new Set(codes.map((d) => d.from));
      decisions = decisions.filter((d) => !(d.tentative && at.has(d.from))).concat(codes);
      decisions.sort((a, b) => a.from - b.from);
    }
    const dropped = this.reviseWeak(decisions);
    return this.toMentions(decisions.filter((d) => !dropped.has(d)));
  }

  // ---------- candidates ----------

  private isNameWord(i: number): boolean {
    const t = this.tokens[i];
    if (t?.kind !== 'word') return false;
    if (!isCapitalized(t)) return false;
    if (this.L.notNames.has(t.text)) return false;
    const lower = t.text.toLowerCase();
    const next = this.tokens[i + 1];
    // (An all-caps "SA" is a company suffix, not the possessive.)
    if (this.L.functionWords.has(lower) && !(isAllCaps(t) && this.L.orgTails.has(t.text))) {
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

  /** "J." or "J.-P.": returns the index after the initial, or -1. */
  private initialEnd(i: number): number {
    const t = this.tokens[i];
    // (Cheap tests first: this runs at every token.)
    if (t?.kind !== 'word' || t.text.length > 5 || this.tokens[i + 1]?.text !== '.') return -1;
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
  private clanPrefixAt(i: number): boolean {
    const apostrophe = this.tokens[i + 1];
    return (
      /^[OND]$/.test(this.tokens[i]?.text ?? '') &&
      isApostrophe(apostrophe) &&
      apostrophe?.glued === true &&
      this.tokens[i + 2]?.glued === true &&
      this.isNameWord(i + 2) &&
      // Not an elided article before a heading's word: "D'ADMINISTRATION", "D'Accord".
      !isAllCaps(this.tokens[i + 2]) &&
      !this.isDictionaryWord(this.tokens[i + 2]!)
    );
  }

  /** After a chain of initials ("O. D. Massa"): the index of the first token that is not one. */
  private initialsEnd(i: number): number {
    let j = i;
    for (let n = 0; n < 4; n++) {
      const end = this.initialEnd(j);
      if (end < 0) break;
      j = end;
    }
    return j;
  }

  /** The connector group starting at i ("de", "d'", "et de", "of the"): its end index, or -1. */
  private connectorEnd(i: number): number {
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

  private *candidates(): Generator<Candidate> {
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
  private casesAgree(prev: number, j: number): boolean {
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
  private breaksName(j: number): boolean {
    const t = this.tokens[j];
    const prev = this.tokens[j - 1];
    if (!t || !prev) return true;
    if (this.sentenceStarts.has(j) && !(prev.text === '.' && this.initialEnd(j - 2) === j)) return true;
    if (t.lineStart && this.isCommonWordAtStart(j)) return true;
    // A blank line, or a gap of more than a few spaces, is never inside a name.
    const gap = this.text.slice(prev.end, t.start);
    return /\n\s*\n/.test(gap) || gap.length > 3;
  }

  /** Splits a run at its connectors unless something holds the parts together. */
  private *split(from: number, to: number): Generator<Candidate> {
    // A capitalized common word opening a sentence is not a name ("Cependant", "Prévue le …").
    while (from < to && this.sentenceStarts.has(from) && this.isCommonWordAtStart(from)) {
      from++;
      const c = this.connectorEnd(from);
      if (c > 0) from = c;
    }
    if (from >= to) return;
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
        if (isAnd && p > 0 && rest.some((t) => this.L.orgHeads.has(t.text))) {
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
      const isParticle = words.length === 1 && this.L.particles.has(words[0]!.text.toLowerCase());
      const personLike =
        this.isFirstName(this.tokens[current.from]) ||
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

  private isCommonWordAtStart(i: number): boolean {
    const t = this.tokens[i]!;
    const w = t.text.toLowerCase();
    if (this.L.functionWords.has(w)) return true;
    if (t.text.length === 1) return true;
    const place = lookupPlace(t.text);
    // "Reading of the minutes": a town named like a common word does not open a sentence as a name.
    const placeLike = place && !(place.kind === 'city' && !place.curated && (place.population ?? 0) < 300_000);
    if (placeLike || this.isFirstName(t) || knownOrganizations().has(w)) return false;
    if (this.L.orgHeads.has(t.text)) return false;
    if (this.L.placeHeads.has(t.text) && isCapitalized(this.tokens[i + 1])) return false;
    return this.isDictionaryWord(t);
  }

  /** "City of Washington": a place head, "of", and a name. */
  private isPlaceOf(from: number, to: number): boolean {
    const head = this.tokens[from];
    return (
      to - from >= 3 &&
      head !== undefined &&
      this.L.placeOfHeads?.has(head.text) === true &&
      lowerOf(this.tokens[from + 1]) === 'of' &&
      this.isNameWord(from + 2)
    );
  }

  /**
   * "W. Stallings, Esq.", "Martin Luther King Jr.": a suffix after the name belongs to the person's
   * span; in old print, "the Board": the article belongs to the organization's.
   */
  private withSuffixes(d: Decision): Decision {
    if (d.type === 'organization' && this.titlesInSpan && this.L.articleInOrgSpan) {
      const the = this.tokens[d.from - 1];
      // Only for names that are a common noun's ("the Board of Health", "the Union"), not a proper
      // name's ("Cookeville Roller Mills").
      const generic = d.to - d.from === 1 || this.L.orgHeads.has(this.tokens[d.from]?.text ?? '');
      if (generic && the?.kind === 'word' && this.L.articleInOrgSpan.has(the.text.toLowerCase()))
        return { ...d, from: d.from - 1, nameFrom: d.nameFrom ?? d.from };
      return d;
    }
    if (d.type !== 'person' || !this.L.nameSuffixes) return d;
    // "Richard Dawes Jr." read as a name's words: its point too.
    const dot = this.tokens[d.to];
    if (this.L.nameSuffixes.has(lowerOf(this.tokens[d.to - 1])) && dot?.text === '.' && dot.glued)
      return { ...d, to: d.to + 1 };
    let j = d.to;
    if (this.tokens[j]?.text === ',') j++;
    const suffix = this.tokens[j];
    if (suffix?.kind !== 'word' || !this.L.nameSuffixes.has(suffix.text.toLowerCase())) return d;
    if (this.text.slice(this.tokens[j - 1]!.end, suffix.start).length > 2) return d;
    j++;
    if (this.tokens[j]?.text === '.' && this.tokens[j]?.glued) j++;
    return { ...d, to: j };
  }

  /** The text of tokens [from, to), with the words cut at line ends joined again. */
  private textOf(from: number, to: number): string {
    const raw = this.text.slice(this.tokens[from]!.start, this.tokens[to - 1]!.end);
    return raw.includes('¬') || raw.includes('-\n') ? joinLineCuts(raw) : raw;
  }

  /** A known first name, or a compound one whose first part is ("Jean-Claude", "José-Maria"). */
  private isFirstName(t: Token | undefined): boolean {
    if (!t) return false;
    // Folded too: compromise spells "Eugene" where French writes "Eugène".
    const w = foldedKeyOf(t.text);
    return this.first.has(w) || (w.includes('-') && this.first.has(w.split('-')[0]!));
  }

  // ---------- evidence around a candidate ----------

  /** The word before token i, with an elided article spelled "l'" / "d'" / "qu'". */
  private wordBefore(i: number): { word: string; index: number } | null {
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
  private honorificStart(i: number): number {
    const t = this.tokens[i - 1];
    if (!t) return -1;
    if (t.text === '.' && t.glued) {
      const h = this.tokens[i - 2];
      return h && this.L.honorifics.has(h.text.toLowerCase()) && isCapitalized(h) ? i - 2 : -1;
    }
    return t.kind === 'word' && isCapitalized(t) && this.L.honorifics.has(t.text.toLowerCase()) ? i - 1 : -1;
  }

  private hasHonorificBefore(i: number): boolean {
    return this.honorificStart(i) >= 0;
  }

  /** "(AMDIE)" right after the candidate: the acronym, if its letters come from the name's words. */
  private acronymAfter(c: Candidate): string | null {
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

  private cueBefore(i: number, cues: Set<string>): boolean {
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

  private placeCueBefore(i: number): boolean {
    const of = this.wordBefore(i);
    if (!of || !this.L.connectors.has(of.word)) return false;
    const noun = this.wordBefore(of.index);
    return noun !== null && this.L.placeCues.has(noun.word);
  }

  private isDictionaryWord(t: Token): boolean {
    const w = t.text.toLowerCase();
    return this.inDictionary(w) || w.split('-').every((part) => this.inDictionary(part));
  }

  /** Capitals often lose their accent ("Etat", "A Paris"): try the accented lower-case forms too. */
  private inDictionary(w: string): boolean {
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

  // ---------- classification ----------

  private classify(c: Candidate): Decision | null {
    const words = this.tokens.slice(c.from, c.to);
    const name = this.textOf(c.from, c.to);
    const firstWord = words[0]!;
    const lastWord = words[words.length - 1]!;
    const single = words.filter((t) => t.kind === 'word').length === 1;
    const before = this.wordBefore(c.from);
    const L = this.L;
    const decide = (type: NameType, rule: string, extra: Partial<Decision> = {}): Decision => ({
      type,
      from: c.from,
      to: c.to,
      rule,
      ...extra,
    });

    if (single && isAllCaps(firstWord) && firstWord.text.length <= 7) return this.classifyAcronym(c, name);
    // "« La Suisse est prête »": a capitalized article before a place is not part of its name.
    const article = firstWord.text.toLowerCase();
    if (!single && L.determiners.has(article) && L.particles.has(article) && !lookupPlace(name)) {
      const rest = lookupPlace(this.textOf(c.from + 1, c.to));
      if (rest) return decide('location', 'gazetteer', { from: c.from + 1, country: rest.country });
    }
    if (words.every((t) => t.kind !== 'word' || isAllCaps(t))) return this.classifyCapitals(c, name);

    // People: honorific, title or cue noun before the name ("M. de Montmollin", "général de Gaulle").
    const particle = before && L.particles.has(before.word.replace(/'$/, '')) ? before : null;
    const lead = particle ? particle.index : c.from;
    const honorific = this.honorificStart(lead);
    if (honorific >= 0)
      return this.withRole(
        decide('person', 'honorific', { from: this.titlesInSpan ? honorific : lead, nameFrom: lead }),
      );
    const title = particle ? this.wordBefore(lead) : before;
    // (Not before "de" and a country: "l'empereur d'Autriche", "la reine de Portugal" name a place;
    // "le prince de Bismarck", "Duke de Bordeaux" are people named after a town.)
    const titledPlace = lookupPlace(name);
    const domain = particle ? titledPlace && titledPlace.kind !== 'city' : titledPlace;
    if (title && L.spanTitles.has(title.word) && !domain)
      return this.withRole(decide('person', 'title', { from: this.titlesInSpan ? title.index : lead, nameFrom: lead }));
    if (before && L.personCues.has(before.word) && !lookupPlace(name))
      return this.withRole(decide('person', 'cue-noun'));
    // "la maladie de Paget", "le théorème de Fermat": a noun named after a person.
    const eponymOf = before && (before.word === 'de' || before.word === "d'") ? this.wordBefore(before.index) : null;
    if (eponymOf && L.eponymNouns.has(eponymOf.word) && !lookupPlace(name)) return decide('person', 'eponym');

    // "Count Charles Palfy", "President Wilson", "German Chancellor Olaf Scholz": capitalized titles
    // and demonyms opening the run. A rank or a nobility title stays in the span (as "M." does), a
    // function ("President", "Chancellor") and a nationality do not.
    const opening = firstWord.text.toLowerCase();
    if (!single && (L.spanTitles.has(opening) || L.personCues.has(opening) || demonyms().has(opening))) {
      let k = c.from;
      let spanFrom = c.from;
      while (k < c.to - 1) {
        const w = lowerOf(this.tokens[k]);
        if (L.spanTitles.has(w)) {
          k++;
          continue;
        }
        if (L.personCues.has(w) || demonyms().has(w)) {
          k++;
          spanFrom = k;
          continue;
        }
        break;
      }
      const rest = this.tokens.slice(k, c.to).filter((t) => t.kind === 'word');
      const restIsName = this.isFirstName(rest[0]) || !rest.every((t) => this.isDictionaryWord(t));
      const nameStarts = this.isNameWord(k) || this.initialEnd(k) > k;
      if (k > c.from && k < c.to && nameStarts && restIsName && !lookupPlace(this.textOf(k, c.to)))
        return this.withRole(decide('person', 'title-word', { from: this.titlesInSpan ? spanFrom : k, nameFrom: k }));
    }
    if (single && demonyms().has(opening)) return null;

    // "City of Washington", "State of Ohio".
    if (this.isPlaceOf(c.from, c.to)) {
      const place = lookupPlace(this.textOf(c.from + 2, c.to));
      return decide('location', 'place-of', place ? { country: place.country } : {});
    }
    // Organizations named by their form; "Conseil fédéral", "Banque nationale" take their adjectives.
    if (L.orgHeads.has(firstWord.text) && !single)
      return this.institution(
        decide('organization', 'head-word', { to: this.complementEnd(this.adjectivesEnd(c.to)) }),
      );
    if (L.orgHeads.has(firstWord.text) && this.adjectivesEnd(c.to) > c.to)
      return this.institution(
        decide('organization', 'head-adjective', { to: this.complementEnd(this.adjectivesEnd(c.to)) }),
      );
    // "Hôtel Murat", "Palais fédéral", "Place Bellecour".
    if (L.placeHeads.has(firstWord.text) && (!single || this.adjectivesEnd(c.to) > c.to))
      return decide('location', 'place-head', { to: this.adjectivesEnd(c.to) });
    if (L.orgTails.has(lastWord.text) && !single) return this.withAcronym(decide('organization', 'tail-word'), c);
    // "la Commission", "le Parlement": a lone head word with its article names the institution.
    if (
      L.orgHeads.has(firstWord.text) &&
      before &&
      L.determiners.has(before.word) &&
      !this.sentenceStarts.has(c.from)
    ) {
      // "Société des nations", "Chambre des lords", "Académie de musique de Bâle".
      const end = this.complementEnd(this.nounComplementEnd(c.to));
      const d = this.institution(decide('organization', end > c.to ? 'head-complement' : 'head-alone', { to: end }));
      return d.acronym || end > c.to ? d : { ...d, weak: true };
    }
    const acronym = this.acronymAfter(c);
    if (acronym) return decide('organization', 'acronym-defined', { acronym });
    if (knownOrganizations().has(keyOf(name))) return decide('organization', 'known');
    // "TotalEnergies", "BlackRock": a capital inside a word is a brand's, not a family's ("McBride").
    if (single && CAMEL_CASE.test(firstWord.text) && !FAMILY_PREFIX.test(firstWord.text))
      return decide('organization', 'camel-case');

    // Places in the gazetteer.
    const place = lookupPlace(name);
    const role = roleAfter(this.tokens, c.to, L.roles);
    const firstIsFirstName = this.isFirstName(firstWord) && !single;
    // "mer Noire", "canton de Vaud", "quai d'Orsay": a geographic or street noun belongs to the place's span.
    const feature = firstIsFirstName ? -1 : this.featureNounBefore(c.from);
    if (feature >= 0)
      return decide('location', 'feature-noun', {
        from: feature,
        nameFrom: feature,
        ...(place ? { country: place.country } : {}),
      });
    if (place && !firstIsFirstName && !role) {
      // A town named like a common word or a person ("Orange", "Martin") needs a preposition.
      const weakPlace =
        place.kind === 'city' &&
        !place.curated &&
        (place.population ?? 0) < 300_000 &&
        (this.first.has(keyOf(name)) || lastNames().has(keyOf(name)) || (single && this.isDictionaryWord(firstWord)));
      const locative = before !== null && (L.locatives.has(before.word) || this.placeCueBefore(c.from));
      const minorPlace = single && place.kind === 'city' && !place.curated && (place.population ?? 0) < 300_000;
      if (!weakPlace || locative)
        return this.placeDecision(decide('location', 'gazetteer', { country: place.country, minorPlace }));
      // "Bordeaux", "Limoges" are also common words: a place only if listed with places or repeated.
      if (!this.first.has(keyOf(name)) && !lastNames().has(keyOf(name)))
        return decide('location', 'gazetteer-common-word', { country: place.country, weak: true, tentative: true });
    }

    // "Thomson CSF", "RJR Nabisco": an acronym inside a name is a company's.
    if (
      !single &&
      !firstIsFirstName &&
      // ("R. W. BAILEY": initials before a name in capitals open a person's.)
      this.initialEnd(c.from) < 0 &&
      words.some((t) => isAllCaps(t)) &&
      words.some((t) => t.kind === 'word' && !isAllCaps(t))
    )
      return decide('organization', 'mixed-acronym');
    // "Tabor City", "Market Street", "Jackson county".
    if (!single && L.placeTails.has(lastWord.text)) return decide('location', 'place-tail');
    const tail = this.tokens[c.to];
    if (tail && !isCapitalized(tail) && L.placeTails.has(tail.text) && !firstIsFirstName)
      return decide('location', 'place-tail', { to: c.to + 1 });

    // People: a known first name, or a role apposed after the name.
    if (firstIsFirstName) return this.withRole(decide('person', 'first-name'));
    // "W. W. Brown", "J.-P. Bruneau": initials open a person's name.
    if (!single && this.initialEnd(c.from) > 0) return this.withRole(decide('person', 'initials'));
    if (role) return { ...decide('person', 'apposed-role'), role };
    // "Cofreth, entreprise de chauffage", "Tecni, filiale de Vivendi".
    if (this.orgDescriptionAfter(c.to)) return decide('organization', 'apposed-description');

    // The noun or preposition before the name.
    if (this.cueBefore(c.from, L.orgCues)) return decide('organization', 'cue-noun');
    if (this.placeCueBefore(c.from)) return decide('location', 'place-noun', place ? { country: place.country } : {});
    // A first name alone ("Tom", "Pierre") stands only when repeated, listed or confirmed.
    if (single && this.isFirstName(firstWord))
      return this.withRole(decide('person', 'first-name-alone', { weak: true, tentative: true }));
    // A known surname alone was right less than half the time on the development sets: it needs the
    // document to confirm it.
    if (single && lastNames().has(firstWord.text.toLowerCase()))
      return decide('person', 'last-name', { weak: true, tentative: true });

    // Capitalized common words ("l'État", "la Convergence") are not names without other evidence.
    if (words.every((t) => t.kind !== 'word' || this.isDictionaryWord(t))) return null;

    if (before && L.locatives.has(before.word)) return decide('location', 'locative', { weak: true });
    // "Le Chefresne", "La Chaux-de-Fonds": a capitalized article inside a sentence opens a place name.
    if (!single && L.particles.has(firstWord.text.toLowerCase()) && L.determiners.has(firstWord.text.toLowerCase()))
      return decide('location', 'article-name', { weak: true });
    if (before && L.determiners.has(before.word))
      return decide('organization', 'determiner', { weak: true, tentative: single });
    // "le mirage Soluna": determiner, common noun, name.
    if (before && single) {
      const det = this.wordBefore(before.index);
      if (det && L.determiners.has(det.word) && this.dict.has(before.word))
        return decide('organization', 'determiner-noun', { weak: true });
    }
    // "Christ Church", "Brig Essex": a name whose last word is a common word is rarely a person's.
    const surnameLike = !this.isDictionaryWord(lastWord);
    return this.withRole(
      decide('person', single ? 'default-single' : 'default', { weak: true, tentative: single || !surnameLike }),
    );
  }

  /** Lower-case adjectives after an organization's head word or a place: "fédéral", "romande". */
  private adjectivesEnd(to: number): number {
    let end = to;
    for (let n = 0; n < 2; n++) {
      const t = this.tokens[end];
      if (t?.kind !== 'word' || isCapitalized(t)) break;
      if (!this.L.adjective.test(t.text) || this.L.functionWords.has(t.text) || NOT_ADJECTIVES.has(t.text)) break;
      end++;
    }
    return end;
  }

  /** "des nations", "de musique": a connector and one lower-case noun after an institution's head. */
  /**
   * "Confédération générale des entreprises du Maroc (CGEM)", "Office national de l'électricité et
   * de l'eau potable (ONEE)": an institution's name runs on through lower-case complements when an
   * acronym in parentheses closes it.
   */
  private institution(d: Decision): Decision {
    let end = d.to;
    for (let n = 0; n < 10; n++) {
      // Any lower-case content word may qualify the name here ("potable"): the acronym confirms it.
      const t = this.tokens[end];
      const plain =
        t?.kind === 'word' && !isCapitalized(t) && !this.L.functionWords.has(t.text) && !this.L.roles.stops.has(t.text)
          ? end + 1
          : end;
      const next = Math.max(plain, this.complementEnd(end), this.nounComplementEnd(end, true));
      if (next <= end) break;
      end = next;
    }
    const long = end > d.to ? this.acronymAfter({ from: d.from, to: end }) : null;
    if (long) return { ...d, to: end, acronym: long };
    const acronym = this.acronymAfter({ from: d.from, to: d.to });
    return acronym ? { ...d, acronym } : d;
  }

  private nounComplementEnd(to: number, orAnd = false): number {
    // English capitalizes the words of a name ("Bank of England"): a lower-case complement is not one.
    if (this.L.lang === 'en') return to;
    const link = lowerOf(this.tokens[to]);
    const anded = orAnd && (link === 'et' || link === 'and') && COMPLEMENT_LINKS.has(lowerOf(this.tokens[to + 1]));
    if (!COMPLEMENT_LINKS.has(link) && !anded) return to;
    const c = this.connectorEnd(to);
    const noun = this.tokens[c];
    if (c < 0 || noun?.kind !== 'word' || isCapitalized(noun)) return to;
    const w = noun.text.toLowerCase();
    if (this.L.functionWords.has(w) || !this.inDictionary(w) || this.L.roles.stops.has(w)) return to;
    return c + 1;
  }

  /** "Banque nationale d'Algérie": a connector and a capitalized name after the adjectives. */
  private complementEnd(to: number): number {
    const c = this.connectorEnd(to);
    if (c < 0 || !this.isNameWord(c) || this.breaksName(c)) return to;
    // "de", "d'", "des", not "et le": a second institution is not a complement of the first.
    if (!COMPLEMENT_LINKS.has(lowerOf(this.tokens[to]))) return to;
    let end = c;
    while (this.isNameWord(end) && end - c < 4 && (end === c || !this.breaksName(end))) end++;
    return end;
  }

  private placeDecision(d: Decision): Decision {
    const end = this.adjectivesEnd(d.to);
    const next = this.tokens[end];
    // "Suisse romande", "Afrique du Nord".
    if (end > d.to && next?.text !== '-') return { ...d, to: end };
    return d;
  }

  /** Index of "mer" in "mer Noire", "rue" in "rue de la Paix" (with its "de"), or -1. */
  private featureNounBefore(from: number): number {
    let b = this.wordBefore(from);
    if (b && this.L.connectors.has(b.word) && !this.L.determiners.has(b.word)) b = this.wordBefore(b.index);
    else if (b && (b.word === 'la' || b.word === "l'")) {
      const de = this.wordBefore(b.index);
      if (de?.word === 'de') b = this.wordBefore(de.index);
    }
    return b && this.L.featureNouns.has(b.word) && !isCapitalized(this.tokens[b.index]) ? b.index : -1;
  }

  /** ", entreprise de …", ", la filiale de …" after a name. */
  private orgDescriptionAfter(to: number): boolean {
    if (this.tokens[to]?.text !== ',') return false;
    let k = to + 1;
    if (this.L.roles.articles.has(lowerOf(this.tokens[k]))) k++;
    const noun = this.tokens[k];
    return (
      noun?.kind === 'word' &&
      !isCapitalized(noun) &&
      this.L.orgCues.has(noun.text) &&
      this.L.connectors.has(lowerOf(this.tokens[k + 1]))
    );
  }

  private withRole(d: Decision): Decision {
    const role = roleAfter(this.tokens, d.to, this.L.roles) ?? roleBefore(this.tokens, d.from, this.L.roles);
    return role ? { ...d, role } : d;
  }

  private withAcronym(d: Decision, c: Candidate): Decision {
    const acronym = this.acronymAfter(c);
    return acronym ? { ...d, acronym } : d;
  }

  /** A run of words in capitals: a dateline place ("CASABLANCA"), a name, or a heading. */
  private classifyCapitals(c: Candidate, name: string): Decision | null {
    const place = ROMAN.test(name) ? undefined : lookupPlace(name);
    // "SALE", "BATTLE": a small town named like a common word is not read from capitals alone.
    const weak =
      place?.kind === 'city' &&
      !place.curated &&
      (place.population ?? 0) < 300_000 &&
      (this.isDictionaryWord(this.tokens[c.from]!) || lastNames().has(keyOf(name)) || this.first.has(keyOf(name)));
    // "NATO", "CNBC": short capitals are acronyms unless a dateline ("LYON, 3 mai") or a big city.
    const dateline = this.tokens[c.from]!.lineStart && /^[,(–—-]$/.test(this.tokens[c.to]?.text ?? '');
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
    const words = this.tokens.slice(c.from, c.to).filter((t) => t.kind === 'word');
    if (words.length >= 2 && words.length <= 3 && this.isFirstName(words[0]))
      return { type: 'person', from: c.from, to: c.to, rule: 'first-name-caps', weak: true };
    return null;
  }

  private classifyAcronym(c: Candidate, name: string): Decision | null {
    const t = this.tokens[c.from]!;
    const known = this.classifyCapitals(c, name);
    if (known) return known;
    if (ROMAN.test(t.text) || this.L.notAcronyms.has(t.text)) return null;
    if (this.tokens[c.from - 1]?.kind === 'number') return null;
    if (this.isDictionaryWord(t) && t.text.length > 3) return null;
    // "(AMDIE)" after its long form: pointed at by the long form's decision.
    if (this.tokens[c.from - 1]?.text === '(' && this.tokens[c.to]?.text === ')')
      return { type: 'organization', from: c.from, to: c.to, rule: 'acronym' };
    const before = this.wordBefore(c.from);
    // "l'OMPI", "du RPR"; an indefinite article introduces a thing, not an institution ("une ICP").
    const introduced =
      before !== null &&
      !INDEFINITE.has(before.word) &&
      (this.L.determiners.has(before.word) || this.L.locatives.has(before.word) || this.L.connectors.has(before.word));
    if (introduced || knownOrganizations().has(name.toLowerCase()))
      return { type: 'organization', from: c.from, to: c.to, rule: 'acronym' };
    return { type: 'organization', from: c.from, to: c.to, rule: 'acronym-bare', weak: true };
  }

  /** "Olano (Esp)", "Zulle (S)": the country code after an athlete in a results table. */
  private resultCountries(decisions: Decision[]): Decision[] {
    const found: Decision[] = [];
    const taken = new Set(decisions.filter((d) => !d.tentative).map((d) => d.from));
    for (let k = 2; k + 1 < this.tokens.length; k++) {
      const t = this.tokens[k]!;
      if (t.kind !== 'word' || this.tokens[k - 1]?.text !== '(' || this.tokens[k + 1]?.text !== ')') continue;
      // After a name and a space: "Zulle (S)", not "PRODUIT(S)" nor "ACUITY (SCA)".
      const name = this.tokens[k - 2];
      if (!isCapitalized(name) || isAllCaps(name) || this.tokens[k - 1]?.glued || taken.has(k)) continue;
      const country = resultCountry(t.text);
      if (country) found.push({ type: 'location', from: k, to: k + 1, rule: 'result-code', country });
    }
    return found;
  }

  // ---------- what the document already told ----------

  /** Revises the weak decisions in place; returns those to drop. */
  private reviseWeak(decisions: Decision[]): Set<Decision> {
    const dropped = new Set<Decision>();
    const typeOfName = new Map<string, NameType>();
    const personOfSurname = new Map<string, string>();
    const longFormOf = new Map<string, string>();
    const nameOf = (d: Decision) => keyOf(this.nameText(d));
    this.confirmListed(decisions);
    // A lone capitalized word that keeps coming back ("Tom", "Mussolini") is a name.
    const repeats = new Map<string, number>();
    // (Known first names and surnames only: a repeated unknown word is as often a product, "Aclasta".)
    for (const d of decisions)
      if (d.tentative && (d.rule === 'first-name-alone' || d.rule === 'last-name'))
        repeats.set(nameOf(d), (repeats.get(nameOf(d)) ?? 0) + 1);
    for (const d of decisions) {
      if (d.weak) continue;
      typeOfName.set(nameOf(d), d.type);
      if (d.acronym) {
        typeOfName.set(keyOf(d.acronym), 'organization');
        longFormOf.set(d.acronym, this.nameText(d));
      }
      if (d.type === 'person') {
        const parts = this.nameText(d).split(/\s+/);
        // (Or named with an honorific or title: "Mr. Hinton", "General Burr".)
        if (parts.length > 1 || d.nameFrom !== undefined)
          personOfSurname.set(keyOf(parts[parts.length - 1]!), this.nameText(d));
      }
    }
    for (let k = decisions.length - 1; k >= 0; k--) {
      const d = decisions[k]!;
      const text = this.text.slice(this.tokens[d.from]!.start, this.tokens[d.to - 1]!.end);
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
      const known = typeOfName.get(keyOf(text));
      if (known && known !== d.type) {
        d.type = known;
        d.rule = `${d.rule}+document`;
      } else if (!known && personOfSurname.has(keyOf(text))) {
        d.type = 'person';
        d.rule = `${d.rule}+surname`;
      } else if (!known && d.tentative && (repeats.get(keyOf(text)) ?? 0) >= MIN_REPEATS) {
        d.rule = `${d.rule}+repeated`;
      } else if (!known && d.tentative) {
        // A lone unknown word with no cue: measured right about one time in four, so only kept when
        // the rest of the document says what it is.
        dropped.add(d);
      }
    }
    return dropped;
  }

  /**
   * "Roosevelt et Churchill", "Chanel, Lanvin, Lucien Lelong", "Toulouse, Bordeaux": a lone word
   * listed next to a person (a place) is a person (a place) too. Two passes carry the evidence along
   * a list in both directions.
   */
  private confirmListed(decisions: Decision[]): void {
    const listed = (a: Decision, b: Decision) =>
      LIST_GAP.test(this.text.slice(this.tokens[a.to - 1]!.end, this.tokens[b.from]!.start));
    const confirm = (d: Decision, neighbour: Decision | undefined, after: boolean) => {
      if (!d.tentative || d.type === 'organization' || neighbour?.type !== d.type || neighbour.tentative) return;
      if (after ? listed(neighbour, d) : listed(d, neighbour)) {
        d.tentative = false;
        d.rule = `${d.rule}+list`;
      }
    };
    for (let k = 1; k < decisions.length; k++) confirm(decisions[k]!, decisions[k - 1], true);
    for (let k = decisions.length - 2; k >= 0; k--) confirm(decisions[k]!, decisions[k + 1], false);
  }

  /** The name without an honorific or title that the span may include. */
  private nameText(d: Decision): string {
    return this.textOf(d.nameFrom ?? d.from, d.to);
  }

  private toMentions(decisions: Decision[]): Mention[] {
    const lang = this.L.lang;
    return decisions.map((d): Mention => {
      const start = this.tokens[d.from]!.start;
      const end = this.tokens[d.to - 1]!.end;
      const rule = `${d.type}.${lang}.${d.rule}`;
      const name = d.displayName ?? this.nameText(d);
      const confidence = d.weak ? 0.5 : 0.8;
      if (d.type === 'person') {
        const role = d.role
          ? this.text.slice(this.tokens[d.role.from]!.start, this.tokens[d.role.to - 1]!.end)
          : undefined;
        return { type: 'person', start, end, rule, confidence, value: role ? { name, role } : { name } };
      }
      if (d.type === 'organization') {
        const value = d.longForm
          ? { name: d.longForm, acronym: d.acronym ?? name }
          : d.acronym
            ? { name, acronym: d.acronym }
            : { name };
        return { type: 'organization', start, end, rule, confidence, value };
      }
      return {
        type: 'location',
        start,
        end,
        rule,
        confidence,
        value: d.country ? { name, country: d.country } : { name },
      };
    });
  }
}
