// Extraction stage: splits the body into same-language passages and runs on each the extractors
// registered for its language, then places their mentions in document offsets.
import { extractorsFor } from '../extractors/index.js';
import { type Fold, holdsStandIns, isWide, narrowed, oneByteCopy, unfolded } from '../extractors/shared/one-byte.js';
import type { ExtractContext, Extractor, Mention } from '../extractors/types.js';
import type { Doc, PlacedMention } from './document.js';
import { isExtractionLanguage } from './languages.js';

interface Passage {
  start: number;
  end: number;
  lang: string;
}

/**
 * The body (or its part `[from, to)`, a window of a long document) cut into passages: the document's
 * language everywhere but in its `segments`.
 */
export function passagesOf(doc: Doc, from = doc.bodyStart, to = doc.text.length): Passage[] {
  const passages: Passage[] = [];
  let at = from;
  const segments = doc.segments.filter((s) => s.end > from && s.start < to).sort((a, b) => a.start - b.start);
  for (const s of segments) {
    if (s.start > at) passages.push({ start: at, end: s.start, lang: doc.language.code });
    passages.push({ start: Math.max(s.start, at), end: Math.min(s.end, to), lang: s.language.code });
    at = Math.max(at, s.end);
  }
  if (at < to) passages.push({ start: at, end: to, lang: doc.language.code });
  return passages.filter((p) => p.end > p.start);
}

/** Two words of letters at least: the least text whose language could be told. */
const WORD_START = /\p{L}{2}/gu;
/**
 * Where a word ends. `\p{L}{2,}` read the word in one match, whose backtracking stack overflowed
 * ("Maximum call stack size exceeded") on megabytes of letters once the regex was compiled to
 * native code, as in a warm worker thread: the document became an internal error.
 */
const NON_LETTER = /\P{L}/gu;

function hasWordsToTell(text: string, passage: Passage): boolean {
  WORD_START.lastIndex = passage.start;
  let words = 0;
  for (let m = WORD_START.exec(text); m && m.index < passage.end; m = WORD_START.exec(text)) {
    if (++words >= 2) return true;
    NON_LETTER.lastIndex = WORD_START.lastIndex;
    WORD_START.lastIndex = NON_LETTER.exec(text)?.index ?? text.length;
  }
  return false;
}

/**
 * The mention in document offsets, with the fields the link stage reads, always the same ones:
 * one object shape for every mention, where a spread of the extractors' many shapes was slow.
 */
function placed(m: Mention, offset: number, lang: string): PlacedMention {
  return {
    type: m.type,
    start: m.start + offset,
    end: m.end + offset,
    value: m.value,
    rule: m.rule,
    confidence: m.confidence,
    latent: m.latent,
    key: m.key,
    lang,
  } as PlacedMention;
}

/** A mention's value with every string in it unfolded. */
function unfoldedValue(value: unknown): unknown {
  if (typeof value === 'string') return unfolded(value);
  if (Array.isArray(value)) return value.map(unfoldedValue);
  if (value && typeof value === 'object') {
    const copy: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) copy[key] = unfoldedValue(v);
    return copy;
  }
  return value;
}

/** The copy each kind of extractor reads (`readsOneByteCopy`, `readsTypographicFold`, `readsWideFold`). */
const FOLDS: readonly Fold[] = ['euro', 'typographic', 'wide'];

const wideDocs = new WeakMap<Doc, boolean>();

/** Whether the document's text is stored two bytes per character: read once (a long document's windows all ask). */
function isWideDoc(doc: Doc): boolean {
  let wide = wideDocs.get(doc);
  if (wide === undefined) {
    wide = isWide(doc.text);
    wideDocs.set(doc, wide);
  }
  return wide;
}

/** Extracts the body, or its part `[from, to)`, into `doc.mentions`. */
export function extractMentions(doc: Doc, from = doc.bodyStart, to = doc.text.length): void {
  const unsupported = new Set<string>();
  const wanted = doc.options.types ? new Set(doc.options.types) : null;
  const wide = isWideDoc(doc);
  for (const passage of passagesOf(doc, from, to)) {
    const lang = passage.lang;
    if (!isExtractionLanguage(lang)) {
      // `und` on blank text, a number or a lone word is no language missing: there was nothing to
      // tell from (as for an empty file), so nothing to warn about.
      if (lang !== 'und' || hasWordsToTell(doc.text, passage)) unsupported.add(lang);
      continue;
    }
    const slice = doc.text.slice(passage.start, passage.end);
    const text = wide ? narrowed(slice) : slice;
    // A passage may start or end inside a sentence (a quote in another language): clip them.
    const sentences = doc.sentences
      .filter((s) => s.end > passage.start && s.start < passage.end)
      .map((s) => ({
        start: Math.max(s.start, passage.start) - passage.start,
        end: Math.min(s.end, passage.end) - passage.start,
      }));
    const ctx = { text, lang, referenceDate: doc.referenceDate, sentences };
    // Extractors whose rules read the stand-ins alike get the passage one byte per character (same
    // length and offsets), which V8's regexes scan faster: made once per passage, when first asked.
    // Values read from a typographic copy may hold its stand-ins (an organization named with a `–`,
    // a unit written "nœuds"): `unfold` says so.
    const copies: ({ context: ExtractContext; unfold: boolean } | undefined)[] = [];
    const copyOf = (kind: number): { context: ExtractContext; unfold: boolean } => {
      if (!copies[kind]) {
        const copy = oneByteCopy(text, FOLDS[kind]);
        copies[kind] =
          copy === undefined
            ? { context: ctx, unfold: false }
            : { context: { ...ctx, text: copy, original: text }, unfold: kind > 0 && holdsStandIns(copy) };
      }
      return copies[kind];
    };
    const contextFor = (e: Extractor): { context: ExtractContext; unfold: boolean } => {
      // A document stored one byte per character has nothing to fold.
      if (!e.readsOneByteCopy || !wide) return { context: ctx, unfold: false };
      if (!e.readsTypographicFold) return copyOf(0);
      // Where the typographic copy can be made, the wide fold's is the same: one string, so that the
      // rules' gram index (built per text) serves both.
      const typographic = copyOf(1);
      return e.readsWideFold && typographic.context === ctx ? copyOf(2) : typographic;
    };
    for (const extractor of extractorsFor(lang, doc.options.types)) {
      const { context, unfold } = contextFor(extractor);
      for (const mention of extractor.extract(context)) {
        if (wanted && !wanted.has(mention.type)) continue;
        if (unfold) mention.value = unfoldedValue(mention.value) as Mention['value'];
        doc.mentions.push(placed(mention, passage.start, lang));
      }
    }
  }
  for (const lang of unsupported) {
    const message = `no extractors for language "${lang}"; its passages were not extracted`;
    // Once per document, not once per window of a long one.
    if (!doc.warnings.some((w) => w.message === message)) doc.warnings.push({ code: 'unsupported-language', message });
  }
}
