// The one document the name rules read, passed to every rule as `doc`: the passage, its tokens and
// sentence starts, the language's words, and what a first reading learnt of the document. The
// decisions themselves go from pass to pass as lists (recognize.ts orders the passes).
import type { NameLanguage } from './language.js';
import { dictionary, firstNames } from './lexicon.js';
import type { Token } from './tokens.js';

export interface NameDoc {
  readonly text: string;
  readonly tokens: Token[];
  /** Token indices that open a sentence (past an opening quote, dash or bracket). */
  readonly sentenceStarts: Set<number>;
  readonly L: NameLanguage;
  /** Whether honorifics and titles belong to the person's span (see titlesInSpan()). */
  readonly titlesInSpan: boolean;
  /** The language's dictionary of common words, lower case. */
  readonly dict: Set<string>;
  /** Known first names, folded keys. */
  readonly first: Set<string>;
  /** Keys of the surnames of people named in full in the document (filled by a first reading). */
  documentSurnames: Set<string>;
  /** Whether a word's text is a first name (name-words.ts isFirstName), as it is asked. */
  readonly firstNameMemo: Map<string, boolean>;
  /** Whether a word's text reads as common words (name-words.ts isDictionaryWord), as it is asked. */
  readonly dictionaryMemo: Map<string, boolean>;
  /** Capitalized words named inside a sentence or before a legal form (built on first use). */
  namedMidSentence?: Set<string>;
  /** Acronyms the document defines after lower-case common words, "(TT)" (built on first use). */
  termAcronyms?: Set<string>;
}

export function newNameDoc(
  text: string,
  tokens: Token[],
  sentenceStarts: Set<number>,
  L: NameLanguage,
  titlesInSpan: boolean,
): NameDoc {
  return {
    text,
    tokens,
    sentenceStarts,
    L,
    titlesInSpan,
    dict: dictionary(L.lang),
    first: firstNames(),
    documentSurnames: new Set(),
    firstNameMemo: new Map(),
    dictionaryMemo: new Map(),
  };
}
