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
// The steps live in a chain of modules, each adding one responsibility to the one before:
// reader.ts (words and candidate runs) → span-growth.ts (how far a span reaches) →
// role-attachment.ts (roles and titles) → capitals.ts (capitals and acronyms) → classify.ts (the
// type of one run) → added-mentions.ts (short forms, regions, result codes) → document-revision.ts
// (what the document confirms) → this module (the order of the passes).

import type { ExtractContext, Extractor, Mention } from '../types.js';
import { titlesInSpan } from './conventions.js';
import type { Decision } from './decision.js';
import { DocumentRevision } from './document-revision.js';
import type { NameLanguage } from './language.js';
import { keyOf } from './lexicon.js';
import { toMentions } from './mentions.js';
import type { Candidate } from './name-words.js';
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

const DASHES = new Set(['-', '–', '—']);

/** The extractor of one language's names, as the registry (index.ts) lists it. */
export function namesExtractor(L: NameLanguage): Extractor {
  return {
    name: `names.${L.lang}`,
    lang: L.lang,
    types: ['person', 'organization', 'location'],
    // No names rule reads `€`, so the passage's one-byte copy serves (shared/one-byte.ts).
    readsOneByteCopy: true,
    extract: (ctx) => recognizeNames(ctx, L),
  };
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

class Recognizer extends DocumentRevision {
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
    return toMentions(
      decisions.filter((d) => !dropped.has(d)),
      this.text,
      this.tokens,
      this.L.lang,
      (d) => this.nameText(d),
    );
  }

  protected readAll(): Decision[] {
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
  protected classifyOnce(c: Candidate): Decision | null {
    const at = `${c.from}:${c.to}`;
    const known = this.classified.get(at);
    const single = c.to - c.from === 1;
    if (known !== undefined && !(single && this.documentSurnames.has(keyOf(this.tokens[c.from]!.text))))
      return known && { ...known };
    const d = this.classify(c);
    this.classified.set(at, d && { ...d });
    return d;
  }
}
