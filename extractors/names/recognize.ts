// Language-neutral recognition of people, organizations and places. The language files (fr.ts,
// en.ts) give the words (language.ts); reader.ts reads the runs of name words (step 1); the modules
// below give the rest:
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
//
// Each step is a module of plain functions over one document's state (name-doc.ts: text, tokens,
// sentence starts, the language's words, the surnames a first reading found), each owning its
// decisions: name-words.ts (what a token is), surroundings.ts (the words around a name), reader.ts
// (candidate runs), capitals.ts and classify.ts (the type of one run), role-attachment.ts (roles and
// titles), span-growth.ts (how far a span reaches), added-mentions.ts (short forms, regions, result
// codes), document-revision.ts (what the document confirms). This module orders the passes.
import type { ExtractContext, Extractor, Mention } from '../types.js';
import { resultCountries, withRegions, withShortForms, withWeekdayPapers } from './added-mentions.js';
import { classify } from './classify.js';
import { titlesInSpan } from './conventions.js';
import type { Decision } from './decision.js';
import { reviseWeak, surnamesElsewhere, surnamesOf, withoutStrayCountries } from './document-revision.js';
import type { NameLanguage } from './language.js';
import { keyOf } from './lexicon.js';
import { toMentions } from './mentions.js';
import { type NameDoc, newNameDoc } from './name-doc.js';
import type { Candidate } from './name-words.js';
import { candidates } from './reader.js';
import { nameText, withApposedRole, withSuffixes } from './span-growth.js';
import { type Token, tokenize } from './tokens.js';

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
  'workplace',
]);

const DASHES = new Set(['-', '–', '—', '\u0096', '\u0097']);

/** The extractor of one language's names, as the registry (index.ts) lists it. */
export function namesExtractor(L: NameLanguage): Extractor {
  return {
    name: `names.${L.lang}`,
    lang: L.lang,
    types: ['person', 'organization', 'location'],
    // No names rule reads `€`, and they read `'` and `’` (and the two no-break spaces) alike, so the
    // passage's typographic one-byte copy serves (shared/one-byte.ts).
    readsOneByteCopy: true,
    readsTypographicFold: true,
    extract: (ctx) => recognizeNames(ctx, L),
  };
}

export function recognizeNames(ctx: ExtractContext, L: NameLanguage): Mention[] {
  const { text } = ctx;
  const tokens = tokenize(text);
  if (tokens.length === 0) return [];
  const sentenceStarts = sentenceStartTokens(tokens, ctx);
  return recognize(newNameDoc(text, tokens, sentenceStarts, L, titlesInSpan(ctx)));
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
    if (t.kind === 'punct' && DASHES.has(t.text) && !t.glued && !tokens[i + 1]!.glued) starts.add(i + 1);
  }
  return starts;
}

/** The passes, in order, over one passage's tokens. */
function recognize(doc: NameDoc): Mention[] {
  const classified = new Map<number, Decision | null>();
  let decisions = readAll(doc, classified);
  // A second reading when people named in full come back by surname where the first reading took
  // the word for a common one or a place ("Young said", "Hinton stated", "Powell, who …").
  const surnames = surnamesOf(doc, decisions);
  if (surnames.size && surnamesElsewhere(doc, surnames, decisions)) {
    doc.documentSurnames = surnames;
    decisions = readAll(doc, classified);
  }
  if (doc.L.shortForms) decisions = withShortForms(doc, decisions, doc.L.shortForms);
  if (doc.titlesInSpan) decisions = withRegions(doc, decisions);
  const codes = resultCountries(doc, decisions);
  if (codes.length) {
    // A code read as a lone unknown word ("Esp") gives way to the country it stands for.
    const at = new Set(codes.map((d) => d.from));
    decisions = decisions.filter((d) => !(d.tentative && at.has(d.from))).concat(codes);
    decisions.sort((a, b) => a.from - b.from);
  }
  if (doc.L.weekdayPapers) decisions = withWeekdayPapers(doc, decisions, doc.L.weekdayPapers);
  const dropped = reviseWeak(doc, decisions);
  const kept = decisions.filter((d) => !dropped.has(d));
  withoutStrayCountries(doc, kept);
  return toMentions(kept, doc.text, doc.tokens, doc.L.lang, (d) => nameText(doc, d));
}

/** Every candidate run typed, its span grown, and kept unless a role's words hold it. */
function readAll(doc: NameDoc, classified: Map<number, Decision | null>): Decision[] {
  const decisions: Decision[] = [];
  let blockedUntil = 0;
  let coveredUntil = 0;
  for (const c of candidates(doc)) {
    // Inside a name already read ("… des entreprises du Maroc (CGEM)").
    if (c.from < coveredUntil) continue;
    const classifiedRun = classifyOnce(doc, classified, c);
    if (!classifiedRun) continue;
    const d = withApposedRole(doc, withSuffixes(doc, classifiedRun));
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
function classifyOnce(doc: NameDoc, classified: Map<number, Decision | null>, c: Candidate): Decision | null {
  // (A number for the span [from, to): no string made per run.)
  const at = c.from * (doc.tokens.length + 1) + c.to;
  const known = classified.get(at);
  const single = c.to - c.from === 1;
  if (known !== undefined && !(single && doc.documentSurnames.has(keyOf(doc.tokens[c.from]!.text))))
    return known && { ...known };
  const d = classify(doc, c);
  classified.set(at, d && { ...d });
  return d;
}
