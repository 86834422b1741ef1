// What the scanner builds before a mention: a span, what was read in it, and the rule that read it.
import type { QuantityParts } from './resolve.js';

export interface Candidate {
  start: number;
  end: number;
  parts: QuantityParts;
  rule: string;
}
