// Mentions the runs of name words miss, found in a pass over the tokens after classification: short
// forms written with points ("U.S.", "U.S. Treasury"), old print's town with its state's
// abbreviation ("Nashville, Tenn."), the country codes of results tables ("Olano (Esp)"), and
// newspapers named with a weekday ("Sunday Times", "Journal du dimanche").
import type { Decision } from './decision.js';
import { lookupPlace, resultCountry } from './gazetteer.js';
import type { NameLanguage, ShortForm } from './language.js';
import type { NameDoc } from './name-doc.js';
import { dottedAt } from './name-words.js';
import { nameText } from './span-growth.js';
import { isAllCaps, isCapitalized, lowerOf } from './tokens.js';

/**
 * "U.S.", "U.N.": short forms written with points, which the name rules read as initials; "U.S.
 * Treasury", "U.S. Army": with an organization's head word after it, the organization.
 */
export function withShortForms(doc: NameDoc, decisions: Decision[], forms: Map<string, ShortForm>): Decision[] {
  const found: Decision[] = [];
  const taken = new Uint8Array(doc.tokens.length);
  for (const d of decisions) taken.fill(1, d.from, d.to);
  for (let i = 0; i < doc.tokens.length; i++) {
    const t = doc.tokens[i]!;
    if (t.text.length !== 1 || taken[i] || doc.tokens[i + 1]?.text !== '.') continue;
    const dotted = dottedAt(doc, i);
    const form = dotted && forms.get(dotted.letters);
    if (!dotted || !form) continue;
    const head = doc.tokens[dotted.end];
    if (form.type === 'location' && isCapitalized(head) && doc.L.orgHeads.has(head!.text)) {
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
export function withRegions(doc: NameDoc, decisions: Decision[]): Decision[] {
  const merged: Decision[] = [];
  for (let k = 0; k < decisions.length; k++) {
    const d = decisions[k]!;
    merged.push(d);
    const sep = doc.tokens[d.to]?.text;
    if (d.type !== 'location' || (sep !== ',' && sep !== '.')) continue;
    // (A town, not a county or a state: "Charles county, Maryland", "Colorado, Texas" are two.)
    const kind = lookupPlace(nameText(doc, d))?.kind;
    if ((kind !== undefined && kind !== 'city') || d.rule === 'place-tail') continue;
    const end = regionAbbreviationEnd(doc, d.to + 1);
    if (end < 0) continue;
    merged[merged.length - 1] = { ...d, to: end, nameTo: d.nameTo ?? d.to };
    while (decisions[k + 1] && decisions[k + 1]!.from < end) k++;
  }
  return merged;
}

/** "Tenn." or "N. Y." at `i`: the index after its last point, or -1. */
function regionAbbreviationEnd(doc: NameDoc, i: number): number {
  const abbreviations = doc.L.regionAbbreviations;
  const t = doc.tokens[i];
  if (!abbreviations || t?.kind !== 'word') return -1;
  const dot = doc.tokens[i + 1];
  if (abbreviations.has(t.text) && t.text.length > 1) return dot?.text === '.' && dot.glued ? i + 2 : i + 1;
  // "N. Y.", "D. C.", "N.M.".
  const second = doc.tokens[i + 2];
  const close = doc.tokens[i + 3];
  if (t.text.length !== 1 || dot?.text !== '.' || second?.kind !== 'word' || second.text.length !== 1) return -1;
  if (!abbreviations.has(t.text + second.text)) return -1;
  return close?.text === '.' ? i + 4 : i + 3;
}

/** "Olano (Esp)", "Zulle (S)": the country code after an athlete in a results table. */
export function resultCountries(doc: NameDoc, decisions: Decision[]): Decision[] {
  const found: Decision[] = [];
  const taken = new Set(decisions.filter((d) => !d.tentative).map((d) => d.from));
  for (let k = 2; k + 1 < doc.tokens.length; k++) {
    const t = doc.tokens[k]!;
    if (t.kind !== 'word' || doc.tokens[k - 1]?.text !== '(' || doc.tokens[k + 1]?.text !== ')') continue;
    // After a name and a space: "Zulle (S)", not "PRODUIT(S)" nor "ACUITY (SCA)".
    const name = doc.tokens[k - 2];
    if (!isCapitalized(name) || isAllCaps(name) || doc.tokens[k - 1]?.glued || taken.has(k)) continue;
    const country = resultCountry(t.text);
    if (country) found.push({ type: 'location', from: k, to: k + 1, rule: 'result-code', country });
  }
  return found;
}

/** Words before a weekday that make it a date: "on Sunday Post workers …", "last Sunday". */
const DATE_INTRODUCERS = new Set(['on', 'last', 'next', 'this', 'by', 'until', 'since', 'every', 'each', 'from']);

/**
 * "Sunday Times", "Mail on Sunday", "Journal du dimanche": a newspaper named with a weekday, which
 * the runs of name words cut at the weekday (a weekday is never part of a name elsewhere). Such a
 * title replaces the names read inside it ("Times").
 */
export function withWeekdayPapers(
  doc: NameDoc,
  decisions: Decision[],
  papers: NonNullable<NameLanguage['weekdayPapers']>,
): Decision[] {
  // (Most documents name no weekday: one native scan of the text spares the pass over the tokens.)
  if (!weekdaysIn(papers).test(doc.text)) return decisions;
  const tokens = doc.tokens;
  const found: Decision[] = [];
  const isWord = (k: number) => tokens[k]?.kind === 'word';
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // (Weekdays run from 5 to 9 letters: most words are passed over without a lower-case copy.)
    if (t.kind !== 'word' || t.text.length < 5 || t.text.length > 9 || !papers.weekdays.has(lowerOf(t))) continue;
    // "Mail on Sunday", "Journal du dimanche": a head, its link, the weekday; the head opens the
    // name ("Sky News on Sunday" is a channel and a date).
    const head = i - 2;
    if (
      isWord(head) &&
      papers.heads.has(tokens[head]!.text) &&
      isWord(i - 1) &&
      papers.links.has(tokens[i - 1]!.text) &&
      !(isWord(head - 1) && isCapitalized(tokens[head - 1]) && !doc.L.determiners.has(lowerOf(tokens[head - 1]!)))
    ) {
      found.push({ type: 'organization', from: head, to: i + 1, rule: 'weekday-paper' });
      continue;
    }
    // "Sunday Times", "Sunday Business Post": the weekday, at most one more word, the head, and no
    // capitalized word after it ("Monday Post Office").
    if (!isCapitalized(t) || (isWord(i - 1) && DATE_INTRODUCERS.has(lowerOf(tokens[i - 1]!)))) continue;
    for (let k = i + 1; k <= i + 2 && isWord(k) && isCapitalized(tokens[k]); k++) {
      if (!papers.heads.has(tokens[k]!.text)) continue;
      if (!(isWord(k + 1) && isCapitalized(tokens[k + 1])))
        found.push({ type: 'organization', from: i, to: k + 1, rule: 'weekday-paper' });
      i = k;
      break;
    }
  }
  if (!found.length) return decisions;
  const kept = decisions.filter((d) => !found.some((f) => d.from < f.to && f.from < d.to));
  return kept.concat(found).sort((a, b) => a.from - b.from);
}

const weekdayPatterns = new WeakMap<Set<string>, RegExp>();
/** A regex finding any of the language's weekdays, in any case (built once per language). */
function weekdaysIn(papers: NonNullable<NameLanguage['weekdayPapers']>): RegExp {
  let pattern = weekdayPatterns.get(papers.weekdays);
  if (!pattern) {
    pattern = new RegExp([...papers.weekdays].join('|'), 'i');
    weekdayPatterns.set(papers.weekdays, pattern);
  }
  return pattern;
}
