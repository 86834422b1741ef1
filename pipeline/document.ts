// The document object that flows through the stages. Each stage fills its part and adds warnings;
// none throws on bad text (a stage that cannot go on sets `error`).
import type { Mention, Sentence } from '../extractors/types.js';
import type { ReferenceDate } from './reference-date.js';
import type { EntityType, LanguageGuess, RecordError, Segment, Source, Warning } from './schema.js';

export interface DocumentOptions {
  /** A language hint: when given, detection is skipped. */
  lang?: string;
  /** The reference date (ISO 8601); wins over a header in the text. */
  date?: string;
  /** Only these entity types are extracted (all when absent). */
  types?: readonly EntityType[];
  /** Convert every money amount into this ISO 4217 currency (`value.converted`). */
  currency?: string;
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
