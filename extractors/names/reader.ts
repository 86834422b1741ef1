// The runs of name words (recognize.ts types them): where a run starts and ends (initials,
// particles, line breaks, headings in capitals, a sentence's opening common word), and how a run is
// split at its connectors and titles unless an organization's head, a place or a person's particle
// holds it together ("Banque de France et le FMI", "Charles de Gaulle", "Governor Andrew Bailey").
import { lookupPlace } from './gazetteer.js';
import type { NameDoc } from './name-doc.js';
import {
  type Candidate,
  clanPrefixAt,
  connectorEnd,
  initialEnd,
  initialsEnd,
  isCommonWordAtStart,
  isDictionaryWord,
  isFirstName,
  isNameWord,
  isOrgTailAt,
  isPlaceOf,
  isTitleWord,
  ROMAN,
  textOf,
} from './name-words.js';
import { acronymAfter, hasHonorificBefore, titleComplementStart } from './surroundings.js';
import { isAllCaps, isCapitalized, lowerOf, type Token } from './tokens.js';

const MAX_NAME_TOKENS = 16;
const ABBREVIATED = new Set(['St', 'Ste', 'Mt', 'Ft', 'Pt']);
const COORDINATORS = new Set(['and', 'et', '&']);
const WEB_ENDINGS = new Set(['com', 'net', 'org', 'io', 'fr', 'ai']);
/** Definite articles after "et" / "and" that open another name: "et le FMI", "and the EU". */
const ARTICLES = new Set(['le', 'la', "l'", 'les', 'the']);

/** The bodies a chamber or ministry names after their subjects: "Senate Energy and Natural Resources Committee". */
const COMMITTEE_TAILS = new Set(['Committee', 'Subcommittee', 'Commission', 'Comité']);

export function* candidates(doc: NameDoc): Generator<Candidate> {
  const n = doc.tokens.length;
  let i = 0;
  while (i < n) {
    const afterInitials = initialsEnd(doc, i);
    const startsInitial = afterInitials > i && isNameWord(doc, afterInitials);
    if (!isNameWord(doc, i) && !startsInitial && !clanPrefixAt(doc, i)) {
      i++;
      continue;
    }
    const from = i;
    let to = i;
    let j = i;
    while (j < n && j - from < MAX_NAME_TOKENS) {
      if (j > from && breaksName(doc, j)) break;
      const initial = initialEnd(doc, j);
      if (initial > 0) {
        j = initial;
        to = j;
        continue;
      }
      // "St. Louis", "Mt. Vernon": an abbreviated first word and its point.
      if (ABBREVIATED.has(doc.tokens[j]?.text ?? '') && doc.tokens[j + 1]?.text === '.' && isNameWord(doc, j + 2)) {
        j += 2;
        continue;
      }
      if (clanPrefixAt(doc, j)) {
        j += 3;
        to = j;
        continue;
      }
      if (isNameWord(doc, j) && (j === from || casesAgree(doc, to - 1, j))) {
        j++;
        // "Amazon.com": a web address's ending belongs to the name.
        if (doc.tokens[j]?.text === '.' && doc.tokens[j]?.glued && WEB_ENDINGS.has(doc.tokens[j + 1]?.text ?? ''))
          j += doc.tokens[j + 1]?.glued ? 2 : 0;
        to = j;
        continue;
      }
      const c = connectorEnd(doc, j);
      if (c > 0 && isNameWord(doc, c) && !breaksName(doc, c)) {
        j = c;
        continue;
      }
      break;
    }
    // "Henry V." closing a run: a regnal number, not an initial; its point ends the sentence.
    if (
      to - from >= 3 &&
      /^[IVX]$/.test(doc.tokens[to - 2]?.text ?? '') &&
      doc.tokens[to - 1]?.text === '.' &&
      isFirstName(doc, doc.tokens[to - 3]) &&
      !isNameWord(doc, to)
    )
      to--;
    // "Frédéric III", "Louis XIV".
    if (/^[IVX]{2,5}$/.test(doc.tokens[to]?.text ?? '') && doc.tokens[to - 1]?.kind === 'word' && to - from === 1) to++;
    yield* split(doc, from, to);
    i = Math.max(to, from + 1);
  }
}

/** "RJR Nabisco" and "René BRAICHET" mix cases; a heading in capitals and the text after it do not. */
function casesAgree(doc: NameDoc, prev: number, j: number): boolean {
  const a = doc.tokens[prev];
  const b = doc.tokens[j];
  if (isAllCaps(a) === isAllCaps(b)) return true;
  // After an initial's point: "WM. W. COWPER", "J. Dupont".
  if (a?.text === '.') return true;
  if (doc.L.orgTails.has(b?.text ?? '')) return true;
  if (isAllCaps(a))
    return (
      (a?.text.length ?? 0) <= 4 && !isDictionaryWord(doc, a!) && !isFirstName(doc, b) && !isDictionaryWord(doc, b!)
    );
  // "Thomson CSF": a short acronym after a capitalized word.
  if ((b?.text.length ?? 0) <= 4 && !ROMAN.test(b?.text ?? '') && !isDictionaryWord(doc, b!)) return true;
  return isFirstName(doc, a);
}

/** Legal forms, which close a company's name: what follows on the line is the next part of an address. */
const LEGAL_FORMS = new Set(['GmbH', 'AG', 'SA', 'SAS', 'SARL', 'Inc', 'Ltd', 'PLC', 'Plc', 'LLC', 'NV', 'SpA', 'BV']);

/** A line break between two words of a name is fine in running text, not after a heading. */
export function breaksName(doc: NameDoc, j: number): boolean {
  const t = doc.tokens[j];
  const prev = doc.tokens[j - 1];
  if (!t || !prev) return true;
  if (doc.sentenceStarts.has(j) && !(prev.text === '.' && initialEnd(doc, j - 2) === j)) return true;
  // A gap of more than a few spaces is never inside a name.
  if (t.start - prev.end > 3) return true;
  // An address on one line: "Pharma GmbH Immermannstraße 9", "33619 Bielefeld Allemagne".
  if (LEGAL_FORMS.has(prev.text) && t.kind === 'word') return true;
  // (After a postcode only: elsewhere "Paris France" is rare and the look-ups are not free.)
  if (
    doc.tokens[j - 2]?.kind === 'number' &&
    t.kind === 'word' &&
    lookupPlace(t.text)?.kind === 'country' &&
    lookupPlace(prev.text)?.kind === 'city'
  )
    return true;
  if (!t.lineStart) return false;
  // A blank line neither. (Only whitespace stands between two tokens.)
  if (lineEndsBetween(doc.text, prev.end, t.start) >= 2) return true;
  // ("Alfred\nSmith", "Brenda\nRay": inside a sentence, a first name at a line end runs on.)
  const nameGoesOn = isFirstName(doc, prev) && (initialEnd(doc, j) > j || isNameWord(doc, j));
  if (!nameGoesOn && isCommonWordAtStart(doc, j)) return true;
  // An address's lines: "Pharma GmbH⏎Immermannstraße", "Bielefeld⏎Allemagne".
  if (isOrgTailAt(doc, j - 1)) return true;
  const placeBefore =
    !nameGoesOn && !isOrgTailAt(doc, j) && !doc.L.orgHeads.has(t.text) && lookupPlace(prev.text) !== undefined;
  return placeBefore && lookupPlace(t.text) !== undefined;
}

/** How many line ends `text[from, to)` holds. */
function lineEndsBetween(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

/** Splits a run at its connectors unless something holds the parts together. */
export function* split(doc: NameDoc, from: number, to: number): Generator<Candidate> {
  // A capitalized common word opening a sentence is not a name ("Cependant", "Prévue le …").
  // (Not when the acronym after the run spells it: "- Falcon Grid Power (FGP)".)
  // (Nor when the run is a place's whole name: "NEW YORK (Reuters) -", "New Orleans is …".)
  const spelled =
    doc.sentenceStarts.has(from) &&
    (acronymAfter(doc, { from, to }) !== null || (to - from >= 2 && lookupPlace(textOf(doc, from, to)) !== undefined));
  while (
    !spelled &&
    from < to &&
    doc.sentenceStarts.has(from) &&
    initialEnd(doc, from) < 0 &&
    isCommonWordAtStart(doc, from)
  ) {
    from++;
    const c = connectorEnd(doc, from);
    if (c > 0) from = c;
  }
  if (from >= to) return;
  // "Federal Reserve Chairman Jerome Powell", "président de la République Emmanuel Macron": the
  // name after a title is a person's, apart from the institution before it.
  const cut = titleCut(doc, from, to);
  if (cut > from) {
    yield* split(doc, from, cut);
    yield* split(doc, cut, to);
    return;
  }
  // The run alternates names and connectors: names[i] and names[i + 1] are joined by links[i].
  const names: Candidate[] = [];
  const links: Candidate[] = [];
  let start = from;
  let k = from;
  while (k < to) {
    const t = doc.tokens[k];
    const end = t?.kind === 'word' && !isCapitalized(t) ? connectorEnd(doc, k) : -1;
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
  const firstWord = doc.tokens[from]?.text ?? '';
  const lastWord = doc.tokens[to - 1]?.text ?? '';
  // "Secretary of the War Department", "H. Parsons of Wayne University": a person or a function
  // before "of" is not part of the organization named after it.
  const opensWithPerson =
    initialEnd(doc, from) > from ||
    isFirstName(doc, doc.tokens[from]) ||
    [firstWord.toLowerCase(), firstWord.toLowerCase().replace(/s$/, '')].some(
      (w) => doc.L.personCues.has(w) || doc.L.roles.heads.has(w),
    );
  const holdsAll =
    isPlaceOf(doc, from, to) ||
    doc.L.orgHeads.has(firstWord) ||
    (doc.L.orgTails.has(lastWord) && !opensWithPerson) ||
    lookupPlace(textOf(doc, from, to)) !== undefined;
  if (holdsAll) {
    // "Bank of America and Royal Bank of Canada": "and" before another head word opens a second name.
    for (let p = 0; p < links.length; p++) {
      const link = links[p]!;
      const next = names[p + 1]!;
      const linkWords = doc.tokens.slice(link.from, link.to).map(lowerOf);
      const isAnd = COORDINATORS.has(linkWords[0] ?? '') && linkWords.slice(1).every((w) => doc.L.determiners.has(w));
      const rest = doc.tokens.slice(next.from, to);
      // "Banque de France et le FMI", "Royal Philips NV and Volvo AB": an article, or a legal form
      // closing both sides, opens a second name.
      const article = linkWords.length > 1 && ARTICLES.has(linkWords[linkWords.length - 1] ?? '');
      // (Not "the Senate Energy and Natural Resources Committee": a head word opening a committee's
      // name holds its subject words, "Energy", though they close company names too.)
      const committee = doc.L.orgHeads.has(firstWord) && COMMITTEE_TAILS.has(lastWord);
      const bothTailed = isOrgTailAt(doc, link.from - 1) && isOrgTailAt(doc, to - 1) && !committee;
      // "the United States and United Airlines": a place named in full before "and" stands alone.
      const placeFirst = p === 0 && lookupPlace(textOf(doc, from, link.from))?.kind === 'country';
      // "the Bank of France and Germany": a country after "and" closes the list, not the name.
      const placeLast = p === links.length - 1 && lookupPlace(textOf(doc, next.from, to))?.kind === 'country';
      const second = article || bothTailed || placeFirst || placeLast;
      if (isAnd && (second || (p > 0 && rest.some((t) => doc.L.orgHeads.has(t.text))))) {
        yield { from, to: link.from };
        yield* split(doc, next.from, to);
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
    const words = doc.tokens.slice(link.from, link.to).filter((t) => t.kind === 'word');
    // ("von der Leyen", "van den Berg", "de la Fuente".)
    const isParticle = words.length <= 2 && words.every((w) => doc.L.particles.has(w.text.toLowerCase()));
    const personLike =
      isFirstName(doc, doc.tokens[current.from]) ||
      // "Duke d'Urfe", "Count de Marck".
      (current.to - current.from === 1 && doc.L.spanTitles.has(lowerOf(doc.tokens[current.from]))) ||
      hasHonorificBefore(doc, current.from) ||
      (current.to - current.from >= 2 && !lookupPlace(textOf(doc, next.from, next.to)));
    if (isParticle && personLike && next.to - next.from <= 2) {
      current = { from: current.from, to: next.to };
    } else {
      yield current;
      current = { ...next };
    }
  }
  yield current;
}

/** From `k` to `to`: a first name, an initial, or two or three words no dictionary knows ("Satya Nadella"). */
function personNameAt(doc: NameDoc, k: number, to: number): boolean {
  if (isFirstName(doc, doc.tokens[k]) || initialEnd(doc, k) > k) return true;
  const rest = doc.tokens.slice(k, to);
  return (
    rest.length >= 2 &&
    rest.length <= 3 &&
    rest.every((t) => isCapitalized(t) && !isAllCaps(t) && !isDictionaryWord(doc, t) && !doc.L.orgTails.has(t.text))
  );
}

/** A common word that names nothing on its own: no first name, no organization's or place's word. */
function isPlainWord(doc: NameDoc, t: Token): boolean {
  return (
    isDictionaryWord(doc, t) &&
    !isFirstName(doc, t) &&
    !doc.L.orgTails.has(t.text) &&
    !doc.L.orgHeads.has(t.text) &&
    !doc.L.placeTails.has(t.text)
  );
}

/**
 * Where a person's title starts inside a run, with a first name or an initial after it ("Bank of
 * England Governor Andrew Bailey" → "Governor"), or where the name starts after the capitalized
 * complement of a title before the run ("[président de la] République Emmanuel Macron"); or -1.
 */
function titleCut(doc: NameDoc, from: number, to: number): number {
  for (let m = from + 1; m < to - 1; m++) {
    if (!isTitleWord(doc, doc.tokens[m]) || isTitleWord(doc, doc.tokens[m - 1])) continue;
    if (doc.tokens[m - 1]?.kind !== 'word') continue;
    let k = m;
    while (k < to && isTitleWord(doc, doc.tokens[k])) k++;
    if (k < to && personNameAt(doc, k, to)) return m;
  }
  // "à Rabat Karim Bensaïd": after a preposition of place, a place and then a first name.
  const before = doc.tokens[from - 1];
  if (before?.kind === 'word' && doc.L.locatives.has(before.text.toLowerCase())) {
    for (let m = from + 1; m < to - 1 && m - from <= 3; m++) {
      // (Not "in San Francisco": the first name ends a longer place.)
      const longer = lookupPlace(textOf(doc, from, m + 1));
      if (isFirstName(doc, doc.tokens[m]) && !longer && lookupPlace(textOf(doc, from, m))) return m;
    }
  }
  // "San Francisco Amid Trade Tensions" (a heading in title case): a place, then common words.
  // (Not "Mary Baker Eddy", nor a heading in capitals.)
  const cased = !isAllCaps(doc.tokens[from]) && !isFirstName(doc, doc.tokens[from]);
  for (let m = Math.min(to - 2, from + 3); m > from && cased; m--) {
    if (!lookupPlace(textOf(doc, from, m))) continue;
    const rest = doc.tokens.slice(m, to).filter((t) => t.kind === 'word');
    if (rest.length >= 2 && rest.every((t) => isPlainWord(doc, t))) return m;
    break;
  }
  if (titleComplementStart(doc, from) < 0) return -1;
  for (let m = from + 1; m < to - 1 && m - from <= 3; m++) {
    const t = doc.tokens[m - 1]!;
    if (t.kind !== 'word' || !isDictionaryWord(doc, t)) return -1;
    if (personNameAt(doc, m, to)) return m;
  }
  return -1;
}
