// The document object that flows through the stages. Each stage fills its part and adds warnings;
// none throws on bad text (a stage that cannot go on sets `error`).
import { canConvert } from '../extractors/money/convert.js';
import type { Mention, Sentence } from '../extractors/types.js';
import type { ReferenceDate } from './reference-date.js';
import {
  type EntityType,
  LANGUAGE_TAG,
  type LanguageGuess,
  type RecordError,
  type Segment,
  type Source,
  type Warning,
} from './schema.js';

export interface DocumentOptions {
  /** A language hint: when given, detection is skipped. */
  lang?: string;
  /** The reference date (ISO 8601); wins over a header in the text. */
  date?: string;
  /** Only these entity types are extracted (all when absent). */
  types?: readonly EntityType[];
  /** Convert every money amount into this ISO 4217 currency (`value.converted`). */
  currency?: string;
  /**
   * Batch-wide defaults (the CLI's `--date` / `--lang`): used only when neither `date` / `lang` nor
   * the text's own header gives one, since a document's own metadata is more specific than a flag.
   */
  fallbackDate?: string;
  fallbackLang?: string;
}

/** A mention placed in the document: offsets are into the whole text. */
export type PlacedMention = Mention & { lang: string };

export interface Doc {
  id: string;
  text: string;
  options: DocumentOptions;
  source?: Source;
  /** Where the body starts, past any header lines (`date 2024-05`). */
  bodyStart: number;
  referenceDate: ReferenceDate | null;
  language: LanguageGuess;
  /** Passages whose language differs from the document's. */
  segments: Segment[];
  sentences: Sentence[];
  mentions: PlacedMention[];
  warnings: Warning[];
  error?: RecordError;
}

export function newDoc(id: string, text: string, options: DocumentOptions = {}, source?: Source): Doc {
  return {
    id,
    text,
    options,
    source,
    bodyStart: 0,
    referenceDate: null,
    language: { code: 'und', confidence: 0 },
    segments: [],
    sentences: [],
    mentions: [],
    warnings: [],
  };
}

/** The lower-case ISO 639-1 code of a language tag (`EN`, `en-US`, `fr_FR`), or null. */
export function languageCode(tag: string): string | null {
  const m = LANGUAGE_TAG.exec(tag.trim());
  return m?.[1] ? m[1].toLowerCase() : null;
}

/** The upper-case ISO 4217 code of a currency the shipped rate table can convert into, or null. */
export function conversionCurrency(code: string): string | null {
  const c = code.trim().toUpperCase();
  return /^[A-Z]{3}$/.test(c) && canConvert(c) ? c : null;
}
