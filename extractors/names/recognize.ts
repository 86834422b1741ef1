// Language-neutral recognition of people, organizations and places. The language files (fr.ts,
// en.ts) give the words (language.ts); reader.ts reads the runs of name words (step 1); this module
// gives the rest:
//  1. candidates: runs of capitalized words, initials and name particles ("Charles de Gaulle",
//     "Agence … d'Investissement et de Développement des Exportations"), split at connectors unless
//     an organization cue word or a person's first name holds them together; a capitalized common
//     word opening a sentence ("Cependant", "Prévue") is not a name;
//  2. a type for each, from the strongest evidence: an honorific or title before it (in modern news
//     the title is the person's role, outside the span: "Finance Minister X"), an organization cue
//     word inside it, a place in the gazetteer, a known first name, an apposed role, an acronym in
//     parentheses after it, a verb of saying ("X said"), the noun or preposition before it ("la
//     société X", "à X", "le PDG de X"), then weaker defaults;
//  3. a second reading when people named in full come back by surname where the first took the word
//     for a common one or a small town ("Young said"); only those words are read again;
//  4. short forms ("U.S.", "U.N."), and in old print a town with its state ("Nashville, Tenn.");
//  5. a second look at the undecided ones with what the document already told ("Iozera" typed once
//     is the same thing later; a lone surname is the person named in full elsewhere; a lone word
//     listed next to a person, a place or a company is one too; a company's first word alone is the
//     company); lone unknown words nothing confirms are dropped;
//  6. the country codes of results tables ("Olano (Esp)").

import type { ExtractContext, Mention } from '../types.js';
import { titlesInSpan } from './conventions.js';
import { lookupPlace, type Place, resultCountry } from './gazetteer.js';
import type { NameLanguage, ShortForm } from './language.js';
import { demonyms, keyOf, knownOrganizations, lastNames } from './lexicon.js';
import { type Candidate, lowerOf, NameReader, ROMAN, titleCase } from './reader.js';
import { roleAfter, roleBefore } from './roles.js';
import { isAllCaps, isCapitalized, type Token, tokenize } from './tokens.js';

export type { NameLanguage };

const STRONG_INSIDE_ROLE = new Set([
  'title-complement',
  'institution-noun',
  'tail-word-caps',
  'short-form',
  'short-form-head',
  'gazetteer',
  'gazetteer-caps',
  'head-word',
  'head-adjective',
  'known',
  'acronym-defined',
  'acronym',
  'tail-word',
]);

// Words the adjective endings would take for adjectives: "Suisse romande demain".
const NOT_ADJECTIVES = new Set(
  'demain lendemain soudain certain certaine certains certaines prochain prochaine main pain train bain plein quotidien'.split(
    ' ',
  ),
);

const COMPLEMENT_LINKS = new Set(['de', 'd', 'du', 'des', 'of']);

const LIST_GAP = /^\s{0,3}(?:,|,?\s{0,3}(?:et|and|ou|or|&))\s{0,3}$/;

const MIN_REPEATS = 3;
const ABBREVIATED_TAILS = new Set(['Co', 'Inc', 'Ltd', 'Corp', 'Bros', 'Cie', 'Ste', 'Cos']);
const MIN_RANKED = 3;

const FAMILY_PREFIX = /^(?:Mc|Mac|Fitz|De|Di|Da|Du|La|Le|Van|Von)\p{Lu}/u;

const CAMEL_CASE = /^\p{Lu}\p{Ll}{2,}\p{Lu}\p{Ll}{2,}$/u;

const INDEFINITE = new Set(['un', 'une', 'a', 'an']);

const DASHES = new Set(['-', '–', '—']);

/** "France-KLM", "Orange-SFR": a hyphen joins a name to capitals. */
const HYPHENED_CAPITALS = /-\p{Lu}{2,6}$|^\p{Lu}{2,6}-/u;

const COMPASS = /^(?:Nord|Sud|Est|Ouest|Sud-Est|Sud-Ouest|Nord-Est|Nord-Ouest)$/;

/** What closes a quotation or clause before an inverted verb of saying. */
const CLOSING = new Set([',', '"', '”', '»', "'", '’']);

type NameType = 'person' | 'organization' | 'location';

const isParticleToken = (L: NameLanguage, t: Token | undefined) =>
  t?.kind === 'word' && !isCapitalized(t) && L.particles.has(t.text);

/** A town of fewer than 300,000 people, not a curated name: often a surname or a common word too. */
const isMinorPlace = (p: Place) => p.kind === 'city' && !p.curated && (p.population ?? 0) < 300_000;

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
  /** Where the name ends inside the span when an apposed function closes it (old print). */
  nameTo?: number;
}

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
  // "(Reuters) - Le CAC 40": a spaced dash opens a clause as a sentence does.
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (DASHES.has(t.text) && !t.glued && !tokens[i + 1]!.glued) starts.add(i + 1);
  }
  return starts;
}

class Recognizer extends NameReader {
  run(): Mention[] {
    let decisions = this.readAll();
    // A second reading when people named in full come back by surname where the first reading took
    // the word for a common one or a place ("Young said", "Hinton stated", "Powell, who …").
    const surnames = this.surnamesOf(decisions);
    if (surnames.size && this.surnamesElsewhere(surnames, decisions)) {
      this.documentSurnames = surnames;
      decisions = this.readAll();
    }
    if (this.L.shortForms) decisions = this.withShortForms(decisions, this.L.shortForms);
    if (this.titlesInSpan) decisions = this.withRegions(decisions);
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

  /**
   * "U.S.", "U.N.": short forms written with points, which the name rules read as initials; "U.S.
   * Treasury", "U.S. Army": with an organization's head word after it, the organization.
   */
  private withShortForms(decisions: Decision[], forms: Map<string, ShortForm>): Decision[] {
    const found: Decision[] = [];
    const taken = new Uint8Array(this.tokens.length);
    for (const d of decisions) taken.fill(1, d.from, d.to);
    for (let i = 0; i < this.tokens.length; i++) {
      const t = this.tokens[i]!;
      if (t.text.length !== 1 || taken[i] || this.tokens[i + 1]?.text !== '.') continue;
      const dotted = this.dottedAt(i);
      const form = dotted && forms.get(dotted.letters);
      if (!dotted || !form) continue;
      const head = this.tokens[dotted.end];
      if (form.type === 'location' && isCapitalized(head) && this.L.orgHeads.has(head!.text)) {
        const after = decisions.find((d) => d.from === dotted.end);
        const to = Math.max(after?.to ?? 0, dotted.end + 1);
        if (after) decisions = decisions.filter((d) => d !== after);
        found.push({ type: 'organization', from: i, to, rule: 'short-form-head' });
        i = to - 1;
        continue;
      }
      found.push({
        type: form.type,
        from: i,
        to: dotted.end,
        rule: 'short-form',
        displayName: form.name,
        ...(form.country ? { country: form.country } : {}),
      });
      i = dotted.end - 1;
    }
    return found.length ? decisions.concat(found).sort((a, b) => a.from - b.from) : decisions;
  }

  /**
   * Old print annotates a town and its state's abbreviation as one place: "Nashville, Tenn.", "Santa
   * Fe, N. M." (modern news, two; a state's full name is as often apart as with the town).
   */
  private withRegions(decisions: Decision[]): Decision[] {
    const merged: Decision[] = [];
    for (let k = 0; k < decisions.length; k++) {
      const d = decisions[k]!;
      merged.push(d);
      const sep = this.tokens[d.to]?.text;
      if (d.type !== 'location' || (sep !== ',' && sep !== '.')) continue;
      // (A town, not a county or a state: "Charles county, Maryland", "Colorado, Texas" are two.)
      const kind = lookupPlace(this.nameText(d))?.kind;
      if ((kind !== undefined && kind !== 'city') || d.rule === 'place-tail') continue;
      const end = this.regionAbbreviationEnd(d.to + 1);
      if (end < 0) continue;
      merged[merged.length - 1] = { ...d, to: end, nameTo: d.nameTo ?? d.to };
      while (decisions[k + 1] && decisions[k + 1]!.from < end) k++;
    }
    return merged;
  }

  /** "Tenn." or "N. Y." at `i`: the index after its last point, or -1. */
  private regionAbbreviationEnd(i: number): number {
    const abbreviations = this.L.regionAbbreviations;
    const t = this.tokens[i];
    if (!abbreviations || t?.kind !== 'word') return -1;
    const dot = this.tokens[i + 1];
    if (abbreviations.has(t.text) && t.text.length > 1) return dot?.text === '.' && dot.glued ? i + 2 : i + 1;
    // "N. Y.", "D. C.", "N.M.".
    const second = this.tokens[i + 2];
    const close = this.tokens[i + 3];
    if (t.text.length !== 1 || dot?.text !== '.' || second?.kind !== 'word' || second.text.length !== 1) return -1;
    if (!abbreviations.has(t.text + second.text)) return -1;
    return close?.text === '.' ? i + 4 : i + 3;
  }

  /** Keys of the last words of the people named in full ("Ghita Mezzour" → "mezzour"). */
  private surnamesOf(decisions: Decision[]): Set<string> {
    const surnames = new Set<string>();
    for (const d of decisions) {
      if (d.type !== 'person' || d.weak) continue;
      const from = d.nameFrom ?? d.from;
      const to = d.nameTo ?? d.to;
      const last = this.tokens[to - 1];
      // (Not a first name, "Jean" of "Jean-Pierre Jean", nor a common word read into a name.)
      // ("Pior de Mont": after a particle, a common word is a family name too.)
      const afterParticle = isParticleToken(this.L, this.tokens[to - 2]);
      // ("Helen Brown": after a known first name, a common word is a family name too.)
      const surnameLike =
        afterParticle ||
        this.isFirstName(this.tokens[from]) ||
        lastNames().has(lowerOf(last)) ||
        (last !== undefined && !this.isDictionaryWord(last));
      if (to - from >= 2 && isCapitalized(last) && surnameLike && !this.isFirstName(last))
        surnames.add(keyOf(last!.text));
    }
    return surnames;
  }

  /** Whether one of the surnames stands somewhere outside a person's mention. */
  private surnamesElsewhere(surnames: Set<string>, decisions: Decision[]): boolean {
    const inPerson = new Uint8Array(this.tokens.length);
    for (const d of decisions) if (d.type === 'person') inPerson.fill(1, d.from, d.to);
    return this.tokens.some(
      (t, i) => !inPerson[i] && t.kind === 'word' && isCapitalized(t) && surnames.has(keyOf(t.text)),
    );
  }

  private readAll(): Decision[] {
    const decisions: Decision[] = [];
    let blockedUntil = 0;
    let coveredUntil = 0;
    for (const c of this.candidates()) {
      // Inside a name already read ("… des entreprises du Maroc (CGEM)").
      if (c.from < coveredUntil) continue;
      const classified = this.classifyOnce(c);
      if (!classified) continue;
      const d = this.withApposedRole(this.withSuffixes(classified));
      coveredUntil = Math.max(coveredUntil, d.to);
      // Inside a role ("ministre des affaires étrangères d'Israël") only names with evidence of
      // their own count: its capitalized common words ("la Convergence") are not names.
      if (c.from < blockedUntil && !STRONG_INSIDE_ROLE.has(d.rule)) continue;
      decisions.push(d);
      if (d.role) blockedUntil = Math.max(blockedUntil, d.role.to);
    }
    return decisions;
  }

  /**
   * The second reading asks again only about the words the first one learnt of: a lone word that
   * is a surname named in full (classify() reads documentSurnames nowhere else).
   */
  private readonly classified = new Map<string, Decision | null>();
  private classifyOnce(c: Candidate): Decision | null {
    const at = `${c.from}:${c.to}`;
    const known = this.classified.get(at);
    const single = c.to - c.from === 1;
    if (known !== undefined && !(single && this.documentSurnames.has(keyOf(this.tokens[c.from]!.text))))
      return known && { ...known };
    const d = this.classify(c);
    this.classified.set(at, d && { ...d });
    return d;
  }

  /**
   * "W. Stallings, Esq.", "Martin Luther King Jr.": a suffix after the name belongs to the person's
   * span; in old print, "the Board": the article belongs to the organization's.
   */
  private withSuffixes(d: Decision): Decision {
    // "Acme Co.", "Dunn Bros.": an abbreviated company suffix keeps its point.
    const dot = this.tokens[d.to];
    if (
      d.type === 'organization' &&
      dot?.text === '.' &&
      dot.glued &&
      ABBREVIATED_TAILS.has(this.tokens[d.to - 1]?.text ?? '')
    )
      d = { ...d, to: d.to + 1 };
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

  /**
   * Old print's annotation (HIPE) keeps the function apposed to a person inside the mention:
   * "E. Dupont, secrétaire de la commission", "W. G. Daughtry, Secretary". Modern news leaves it to
   * the role.
   */
  private withApposedRole(d: Decision): Decision {
    if (!this.titlesInSpan || d.type !== 'person' || !d.role || d.role.from < d.to) return d;
    // (Not when the role is all that made the name a person's: "Cologne, le général X".)
    if (d.rule === 'apposed-role') return d;
    return { ...d, to: d.role.to, nameTo: d.to };
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
    // "La France insoumise (LFI)": lower-case words and an acronym that spells them make one name.
    let spelled = c.to;
    while (spelled < c.to + 3 && this.tokens[spelled]?.kind === 'word' && !isCapitalized(this.tokens[spelled])) {
      if (L.functionWords.has(this.tokens[spelled]!.text)) break;
      spelled++;
    }
    const party = spelled > c.to ? this.acronymAfter({ from: c.from, to: spelled }) : null;
    if (party) return decide('organization', 'acronym-defined', { to: spelled, acronym: party });
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
        decide('person', 'honorific', {
          from: this.titlesInSpan ? this.honorificsStart(honorific) : lead,
          nameFrom: lead,
        }),
      );
    const title = particle ? this.wordBefore(lead) : before;
    // (Not before "de" and a country: "l'empereur d'Autriche", "la reine de Portugal" name a place;
    // "le prince de Bismarck", "Duke de Bordeaux" are people named after a town.)
    const titledPlace = lookupPlace(name);
    const domain = particle ? titledPlace && titledPlace.kind !== 'city' : titledPlace && !isMinorPlace(titledPlace);
    // ("directeur général de Masen": "général" qualifies the title before it.)
    const qualifier =
      title !== null && this.isTitleWord(this.tokens[title.index - 1]) && !isCapitalized(this.tokens[title.index]);
    if (title && L.spanTitles.has(title.word) && !domain && !qualifier)
      return this.withRole(decide('person', 'title', { from: this.titlesInSpan ? title.index : lead, nameFrom: lead }));
    // "Count Charles Palfy", "President Wilson", "German Chancellor Olaf Scholz": capitalized titles
    // and demonyms opening the run. A rank or a nobility title stays in the span (as "M." does), a
    // function ("President", "Chancellor") and a nationality do not.
    const opening = firstWord.text.toLowerCase();
    // (Not "Saudi Arabia", "Prince Edward Island": a place named so.)
    if (!single && (this.isTitleWord(firstWord) || demonyms().has(opening)) && !lookupPlace(name)) {
      let k = c.from;
      let spanFrom = c.from;
      while (k < c.to - 1) {
        const w = lowerOf(this.tokens[k]);
        if (L.spanTitles.has(w)) {
          k++;
          continue;
        }
        // (Old print keeps a function in the span too: "President Taft", "Senator Wolcott".)
        if (this.isTitleWord(this.tokens[k]) && this.titlesInSpan) {
          k++;
          continue;
        }
        if (this.isTitleWord(this.tokens[k]) || demonyms().has(w)) {
          k++;
          spanFrom = k;
          continue;
        }
        break;
      }
      const rest = this.tokens.slice(k, c.to).filter((t) => t.kind === 'word');
      // ("Judge Bland", "General Grant": one capitalized word after a rank, unless it names a thing,
      // "General Motors", "General Assembly".)
      const ranked =
        L.spanTitles.has(opening) &&
        rest.length === 1 &&
        !this.isTitleWord(rest[0]) &&
        !demonyms().has(lowerOf(rest[0])) &&
        ![L.orgHeads, L.orgTails, L.placeTails, L.placeHeads].some((words) => words.has(rest[0]!.text));
      const restIsName = ranked || this.isFirstName(rest[0]) || !rest.every((t) => this.isDictionaryWord(t));
      const nameStarts = this.isNameWord(k) || this.initialEnd(k) > k;
      // ("Judge Marshall": a small town's name after a title is the person's.)
      const place = k < c.to ? lookupPlace(this.textOf(k, c.to)) : undefined;
      if (k > c.from && k < c.to && nameStarts && restIsName && (!place || isMinorPlace(place)))
        return this.withRole(decide('person', 'title-word', { from: this.titlesInSpan ? spanFrom : k, nameFrom: k }));
    }
    // (Not "Chief Executive Officer": common words after a cue are more of the title.)
    const commonWords =
      !single && words.every((t) => t.kind !== 'word' || this.isDictionaryWord(t)) && !this.isFirstName(firstWord);
    // ("president Young": a small town's name after a cue is the person's, as after a title.)
    const cuedPlace = lookupPlace(name);
    const cueable = !cuedPlace || isMinorPlace(cuedPlace);
    if (before && L.personCues.has(before.word) && cueable && !(commonWords && !this.titlesInSpan)) {
      // ("Doctor Zipperlero", "Attorney C. E. Thompson": old print keeps a capitalized title in the span.)
      const titled = this.titlesInSpan && isCapitalized(this.tokens[before.index]) && before.index === c.from - 1;
      return this.withRole(decide('person', 'cue-noun', titled ? { from: before.index, nameFrom: c.from } : {}));
    }
    // "la maladie de Paget", "le théorème de Fermat": a noun named after a person.
    const eponymOf = before && (before.word === 'de' || before.word === "d'") ? this.wordBefore(before.index) : null;
    if (eponymOf && L.eponymNouns.has(eponymOf.word) && !lookupPlace(name)) return decide('person', 'eponym');

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
    // (Not "Gulf Newswire", "Bay Capital": a legal or company word closing the name.)
    const placeHead = L.placeHeads.has(firstWord.text) && !L.orgTails.has(lastWord.text);
    if (placeHead && (!single || this.adjectivesEnd(c.to) > c.to))
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
    // "en Conseil des ministres", "à Chambre des métiers": a head word and its noun complement.
    if (L.orgHeads.has(firstWord.text) && single && !this.sentenceStarts.has(c.from)) {
      const end = this.nounComplementEnd(c.to);
      if (end > c.to) return this.institution(decide('organization', 'head-complement', { to: end }));
    }
    const acronym = this.acronymAfter(c);
    if (acronym) return decide('organization', 'acronym-defined', { acronym });
    if (knownOrganizations().has(keyOf(name))) return decide('organization', 'known');
    // "TotalEnergies", "BlackRock": a capital inside a word is a brand's, not a family's ("McBride").
    if (single && CAMEL_CASE.test(firstWord.text) && !FAMILY_PREFIX.test(firstWord.text))
      return decide('organization', 'camel-case');

    // "Powell said", "Hinton stated": only people speak (a country or a city may stand for its
    // government, "France said", and stays a place); a person's surname named in full earlier.
    if (single && !knownOrganizations().has(keyOf(name))) {
      const key = keyOf(name);
      const place = lookupPlace(name);
      const minor = !place || isMinorPlace(place);
      // ("à Lincoln", "of Spokane, who", "l'Irgun annonce": a place or a thing.)
      const locative = before !== null && (L.locatives.has(before.word) || COMPLEMENT_LINKS.has(before.word));
      if (this.documentSurnames.has(key) && !locative && minor)
        return this.withRole(decide('person', 'document-surname'));
      const nameLike = lastNames().has(key) || !this.isDictionaryWord(firstWord);
      const determined = before !== null && L.determiners.has(before.word);
      const speaks = this.speechAfter(c.to) || this.whoAfter(c.to) || this.speechBefore(c.from);
      // ("le constructeur Stellantis a déclaré": a company.)
      const company = this.cueBefore(c.from, L.orgCues);
      if (minor && nameLike && !locative && !determined && !company && speaks)
        return this.withRole(decide('person', 'speaker'));
    }

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
    // "chief executive of Northbridge", "le PDG de Valmora": what a company title heads is a company,
    // even when a small town bears its name.
    if (
      !this.titlesInSpan &&
      single &&
      !firstIsFirstName &&
      (!place || isMinorPlace(place)) &&
      this.headedBy(c.from, true)
    )
      return decide('organization', 'title-complement');
    // "le ministère de l'Intérieur": a lower-case institution noun belongs to the organization's span.
    const institution = firstIsFirstName || !L.lowerOrgHeads ? -1 : this.featureNounBefore(c.from, L.lowerOrgHeads);
    // (Whatever the complement names: "ministère de l'Europe", "ministère de la Justice".)
    if (institution >= 0)
      return decide('organization', 'institution-noun', {
        from: institution,
        nameFrom: institution,
        to: this.coordinatedComplementsEnd(c.to),
      });
    // ("Abu Dhabi", "Toulouse, nouvelle ligne …": a big place outweighs a first name and a role.)
    const bigPlace = place !== undefined && !isMinorPlace(place);
    if (place && ((!firstIsFirstName && !role) || bigPlace)) {
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
      words.some((t) => isAllCaps(t) || HYPHENED_CAPITALS.test(t.text)) &&
      words.some((t) => t.kind === 'word' && !isAllCaps(t))
    )
      return decide('organization', 'mixed-acronym');
    // "Tabor City", "Market Street", "Jackson county".
    if (!single && L.placeTails.has(lastWord.text)) return decide('location', 'place-tail');
    const tail = this.tokens[c.to];
    if (tail && !isCapitalized(tail) && L.placeTails.has(tail.text) && !firstIsFirstName)
      return decide('location', 'place-tail', { to: c.to + 1 });

    // "le PDG de Renault", "chief executive of Rolls-Royce": what a person heads, not a place, is an
    // organization (in modern news: old print's "Duke of Clarence" names a title).
    // ("secrétaire d'État": a common word completes the title itself.)
    const common = words.every((t) => t.kind !== 'word' || this.isDictionaryWord(t));
    if (
      !this.titlesInSpan &&
      !firstIsFirstName &&
      !place &&
      !common &&
      this.initialEnd(c.from) < 0 &&
      this.headedBy(c.from)
    )
      return decide('organization', 'title-complement');
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

    // "shares in Lufthansa", "a stake in Norvik": a company.
    const holding = before?.word === 'in' ? this.wordBefore(before.index) : null;
    if (holding && L.holdingNouns?.has(holding.word)) return decide('organization', 'holding-noun');
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
    // "France Inter", "Britain First": a name opening with a country's is a brand's or a body's.
    if (!single && !this.titlesInSpan && lookupPlace(firstWord.text)?.kind === 'country')
      return decide('organization', 'country-name', { weak: true });
    return this.withRole(
      decide('person', single ? 'default-single' : 'default', { weak: true, tentative: single || !surnameLike }),
    );
  }

  /** A title and its connector right before `from`, with no article: "PDG de", "chief executive of". */
  private headedBy(from: number, company = false): boolean {
    const j = this.titleComplementStart(from);
    if (j < 0 || (company && !this.L.companyTitles?.has(lowerOf(this.tokens[j])))) return false;
    const links = this.tokens.slice(j + 1, from).filter((t) => t.kind === 'word');
    // ("président de la Fédération" is read by the head word; "ministre de la Santé" is no name.)
    return links.length === 1 && COMPLEMENT_LINKS.has(links[0]!.text.toLowerCase());
  }

  /** "said Okonkwo", "a déclaré Okonkwo", ", explique Okonkwo": the verb of saying before the name. */
  private speechBefore(from: number): boolean {
    const verb = this.tokens[from - 1];
    if (verb?.kind !== 'word' || !this.L.speechVerbs.has(verb.text)) return false;
    // ('"…," said Okonkwo', ', explique Okonkwo', 'a déclaré Okonkwo'; not "analysts said Northbridge's
    // buffer …", where the name opens the reported clause.)
    const before = this.tokens[from - 2]?.text ?? '';
    return CLOSING.has(before) || this.L.speechAuxiliaries.has(before.toLowerCase());
  }

  /** ", who": an English relative that only people take. */
  private whoAfter(to: number): boolean {
    return this.L.lang === 'en' && this.tokens[to]?.text === ',' && lowerOf(this.tokens[to + 1]) === 'who';
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

  /** "… de l'Économie et des Finances": "et" and another capitalized complement, twice at most. */
  private coordinatedComplementsEnd(to: number): number {
    let end = to;
    for (let n = 0; n < 2; n++) {
      if (lowerOf(this.tokens[end]) !== 'et') break;
      const c = this.connectorEnd(end + 1);
      if (c < 0 || !COMPLEMENT_LINKS.has(lowerOf(this.tokens[end + 1])) || !isCapitalized(this.tokens[c])) break;
      end = c + 1;
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
    // "Afrique de l'Ouest", "Asie du Sud-Est".
    const c = COMPLEMENT_LINKS.has(lowerOf(this.tokens[d.to])) ? this.connectorEnd(d.to) : -1;
    if (c > 0 && COMPASS.test(this.tokens[c]?.text ?? '')) return { ...d, to: c + 1 };
    return d;
  }

  /** Index of "mer" in "mer Noire", "rue" in "rue de la Paix" (with its "de"), or -1. */
  private featureNounBefore(from: number, nouns = this.L.featureNouns): number {
    let b = this.wordBefore(from);
    // ("de", "d'", and the contracted "du", "des": "rue des Martyrs", "ministère des Armées".)
    const contracted = b?.word === 'du' || b?.word === 'des';
    if (b && this.L.connectors.has(b.word) && (contracted || !this.L.determiners.has(b.word)))
      b = this.wordBefore(b.index);
    else if (b && (b.word === 'la' || b.word === "l'")) {
      const de = this.wordBefore(b.index);
      if (de?.word === 'de') b = this.wordBefore(de.index);
    }
    return b && nouns.has(b.word) && !isCapitalized(this.tokens[b.index]) ? b.index : -1;
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
    const role =
      roleAfter(this.tokens, d.to, this.L.roles) ??
      roleBefore(this.tokens, d.from, this.L.roles) ??
      this.titleBefore(d.nameFrom ?? d.from);
    return role ? { ...d, role } : d;
  }

  /**
   * The title right before a name, whatever its case: "Finance Minister", "chief executive",
   * "German Chancellor", "ministre de l'Économie"; as token indices, or null.
   */
  private titleBefore(nameFrom: number): { from: number; to: number } | null {
    // "le chancelier allemand Olaf Scholz", "le secrétaire d'État américain": a nationality after the title.
    const nationality = lowerOf(this.tokens[nameFrom - 1]);
    const national = demonyms().has(nationality) || this.L.nationalities?.has(nationality) === true;
    const end = national && !isCapitalized(this.tokens[nameFrom - 1]) ? nameFrom - 1 : nameFrom;
    let j = this.titleComplementStart(end);
    if (j < 0) {
      // (A complement of up to three capitalized words: "ministre de l'Économie", "président de la République".)
      for (let m = end - 1; m >= Math.max(0, end - 3) && j < 0; m--) {
        if (!isCapitalized(this.tokens[m])) break;
        j = this.titleComplementStart(m);
      }
    }
    if (j < 0) j = this.isTitleWord(this.tokens[end - 1]) ? end - 1 : -1;
    if (j < 0 && national && this.isTitleWord(this.tokens[nameFrom - 2])) j = nameFrom - 2;
    if (j < 0) return null;
    // "Deputy Prime Minister", "German Chancellor", "former chief executive".
    while (j > 0 && nameFrom - j < 8) {
      const t = this.tokens[j - 1];
      if (!this.isTitleWord(t) && !demonyms().has(lowerOf(t))) break;
      j--;
    }
    // "Economy Minister", "Foreign Secretary": the domain a title is for, capitalized before it.
    while (
      j > 0 &&
      nameFrom - j < 8 &&
      isCapitalized(this.tokens[j - 1]) &&
      this.L.titleDomains?.has(lowerOf(this.tokens[j - 1]))
    )
      j--;
    return { from: j, to: nameFrom };
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
    // "BASF SE", "HSBC PLC": capitals closed by a legal form.
    if (words.length >= 2 && this.L.orgTails.has(words[words.length - 1]!.text))
      return { type: 'organization', from: c.from, to: c.to, rule: 'tail-word-caps' };
    // "JAPAN GET LUCKY WIN": a country's name inside a heading in capitals.
    for (let k = c.from; k < c.to && words.length >= 2; k++) {
      const t = this.tokens[k]!;
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

  private classifyAcronym(c: Candidate, name: string): Decision | null {
    const t = this.tokens[c.from]!;
    // "US", "UK": a country's short form ("EU", "UN" stay organizations under their own name).
    const form = this.L.shortForms?.get(t.text);
    if (form?.type === 'location')
      return {
        type: 'location',
        from: c.from,
        to: c.to,
        rule: 'short-form',
        displayName: form.name,
        country: form.country,
      };
    const known = this.classifyCapitals(c, name);
    if (known) return known;
    // (Two numeral letters, "IC", "CV", are as often an abbreviation as a name: left out.)
    const numeralLetters = t.text.length <= 2 && /^[IVXLCDM]+$/.test(t.text);
    if (ROMAN.test(t.text) || numeralLetters || this.L.notAcronyms.has(t.text)) return null;
    // "A320", "CO2": a model or a formula, not an institution.
    if (/\d/.test(t.text)) return null;
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
    // "Halden" after "Halden Securities": the first word of a company named in full.
    const companyOf = new Map<string, string>();
    // (Modern news only: old print names its mills and papers after their towns.)
    for (const d of this.titlesInSpan ? [] : decisions) {
      if (d.type !== 'organization' || d.weak || d.to - d.from < 2) continue;
      const first = this.tokens[d.from]!;
      if (isCapitalized(first) && !this.L.orgHeads.has(first.text) && !this.isDictionaryWord(first))
        companyOf.set(keyOf(first.text), this.nameText(d));
    }
    for (const d of decisions) {
      const minorOrWeak = d.weak || d.tentative || d.minorPlace;
      // (Not "le port de Nador" beside "Nador West Med SA": a preposition makes it the place.)
      const before = this.wordBefore(d.from);
      const placed = before !== null && (this.L.locatives.has(before.word) || COMPLEMENT_LINKS.has(before.word));
      if (d.to - d.from === 1 && d.type !== 'organization' && minorOrWeak && !placed && companyOf.has(nameOf(d))) {
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
        longFormOf.set(d.acronym, this.nameText(d));
      }
      if (d.type === 'person') {
        const parts = this.nameText(d).split(/\s+/);
        // (Or named with an honorific or title: "Mr. Hinton", "General Burr".)
        if (parts.length > 1 || d.nameFrom !== undefined)
          personOfSurname.set(keyOf(parts[parts.length - 1]!), this.nameText(d));
      }
    }
    // Results tables ("12. Camenzind à 2'"): a lone name after a rank is a competitor.
    const rankedTable = decisions.filter((d) => this.isRanked(d)).length >= MIN_RANKED;
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
      } else if (!known && d.tentative && rankedTable && this.isRanked(d)) {
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
  private isRanked(d: Decision): boolean {
    const dot = this.tokens[d.from - 1];
    const rank = this.tokens[d.from - 2];
    return d.to - d.from === 1 && dot?.text === '.' && dot.glued && rank?.kind === 'number' && rank.text.length <= 3;
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
      // "Deutsche Bank and Commerzbank": an unknown word listed with a company is one too.
      const company =
        d.tentative &&
        d.rule === 'default-single' &&
        neighbour?.type === 'organization' &&
        !neighbour.tentative &&
        !neighbour.weak &&
        !this.titlesInSpan;
      if (company && (after ? listed(neighbour!, d) : listed(d, neighbour!))) {
        d.type = 'organization';
        d.tentative = false;
        d.rule = `${d.rule}+list`;
        return;
      }
      if (!d.tentative || d.type === 'organization' || neighbour?.type !== d.type || neighbour.tentative) return;
      if (after ? listed(neighbour, d) : listed(d, neighbour)) {
        d.tentative = false;
        d.rule = `${d.rule}+list`;
      }
    };
    // "Lincoln, Grant, Garfield, Harrison and McKinley": a small town's name listed among people is
    // a surname.
    const surname = (d: Decision, neighbour: Decision | undefined, after: boolean) => {
      if (!d.minorPlace || d.type !== 'location' || neighbour?.type !== 'person' || neighbour.tentative) return;
      const before = this.wordBefore(d.from);
      if (before && (this.L.locatives.has(before.word) || COMPLEMENT_LINKS.has(before.word))) return;
      if (after ? listed(neighbour, d) : listed(d, neighbour)) {
        d.type = 'person';
        d.country = undefined;
        d.rule = `${d.rule}+list`;
      }
    };
    for (let k = 1; k < decisions.length; k++) {
      confirm(decisions[k]!, decisions[k - 1], true);
      surname(decisions[k]!, decisions[k - 1], true);
    }
    for (let k = decisions.length - 2; k >= 0; k--) {
      confirm(decisions[k]!, decisions[k + 1], false);
      surname(decisions[k]!, decisions[k + 1], false);
    }
  }

  /** The name without an honorific, title or apposed function that the span may include. */
  private nameText(d: Decision): string {
    return this.textOf(d.nameFrom ?? d.from, d.nameTo ?? d.to);
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
