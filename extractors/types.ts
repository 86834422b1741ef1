// The contract between the pipeline and the extractors. An extractor is a plain object: which
// entity types it produces, for which language, and a function from a passage to mentions.
import type { Lang } from '../pipeline/languages.js';
import type { ReferenceDate } from '../pipeline/reference-date.js';
import type {
  DateValue,
  EntityType,
  LocationValue,
  MoneyValue,
  OrganizationValue,
  PersonValue,
  QuantityValue,
} from '../pipeline/schema.js';

export interface ValueOf {
  date: DateValue | null;
  money: MoneyValue;
  quantity: QuantityValue;
  person: PersonValue;
  organization: OrganizationValue;
  location: LocationValue;
}

/** A span of text the extractor found, with offsets into the passage it was given. */
export type Mention = {
  [T in EntityType]: {
    type: T;
    start: number;
    end: number;
    value: ValueOf[T];
    /** Which rule produced it: `<type>.<lang>.<rule-name>`. */
    rule: string;
    confidence?: number;
    /**
     * A weak reading (a bare "dirham", a lone "mars") that survives only when nothing else claims
     * the span; the link stage drops it on any overlap.
     */
    latent?: boolean;
    /**
     * Local ids that let one extractor point at its own mentions before the record's ids exist:
     * `equivalentOf` in the value names another mention's `key`.
     */
    key?: string;
  };
}[EntityType];

export interface Sentence {
  start: number;
  end: number;
}

export interface ExtractContext {
  /** The passage, a whole document or one same-language part of it. Offsets are into this string. */
  text: string;
  lang: Lang;
  referenceDate: ReferenceDate | null;
  /** Sentences of the passage, in order, with offsets into `text`. */
  sentences: Sentence[];
  /**
   * The passage as written, when `text` is its one-byte copy (`shared/one-byte.ts`), given only to an
   * extractor that `readsOneByteCopy`. Same length, so the offsets are the same.
   */
  original?: string;
}

export interface Extractor {
  /** A stable name, `<folder>.<lang>`, e.g. `money.fr`. */
  name: string;
  lang: Lang;
  /** The entity types it can produce; `--types` skips extractors that produce none of the wanted. */
  types: readonly EntityType[];
  extract(ctx: ExtractContext): Mention[];
  /**
   * Its rules treat each one-byte stand-in (`shared/one-byte.ts`: `¤` for `€`) exactly like the
   * character it stands for, so `ctx.text` may be the passage's one-byte copy, which V8 scans faster.
   */
  readsOneByteCopy?: boolean;
  /**
   * With `readsOneByteCopy`: its rules also read `'` and `’` alike, and U+00A0 and U+202F alike, and
   * wherever one names `–`, `—`, `“`, `”`, `‘` or `…` it names that character's stand-in beside it
   * (`\u0096`, `\u0097`, `\u0093`, `\u0094`, `\u0091`, `\u0085`: `shared/one-byte.ts`), so its copy
   * folds those too, and news full of `’`, dashes and quotation marks is one-byte.
   */
  readsTypographicFold?: boolean;
  /**
   * With `readsTypographicFold`: no rule names `œ` or `Œ` but through a word form that also matches
   * `þ` or `Þ` (quantity/compile.ts `wordSource`), no word it looks up holds one unless it is read
   * back with `unfolded` first, no rule names another character above U+00FF but those of
   * `NAMED_WIDE` (shared/wide-fold.ts), and no value holds a character of the text: so its copy
   * folds `œ` → `þ`, `Œ` → `Þ` and every other wide character a Latin-1 one can stand in for
   * ("mise en œuvre", "Erdoğan" or "•" no longer make a passage two-byte).
   */
  readsWideFold?: boolean;
}
