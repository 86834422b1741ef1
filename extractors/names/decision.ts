// What the name rules decide about a run of words, shared by the modules that make, grow and revise
// those decisions: the type, the token span, the evidence's rule name and how sure it is.
import type { Place } from './gazetteer.js';
import type { NameLanguage } from './language.js';
import { isCapitalized, type Token } from './tokens.js';

export type NameType = 'person' | 'organization' | 'location';

export interface Decision {
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

/** The links of a noun complement: "de", "of". */
export const COMPLEMENT_LINKS = new Set(['de', 'd', 'du', 'des', 'of']);

export const isParticleToken = (L: NameLanguage, t: Token | undefined) =>
  t?.kind === 'word' && !isCapitalized(t) && L.particles.has(t.text);

/** A town of fewer than 300,000 people, not a curated name: often a surname or a common word too. */
export const isMinorPlace = (p: Place) => p.kind === 'city' && !p.curated && (p.population ?? 0) < 300_000;
