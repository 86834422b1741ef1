// "40C (104F)", "5 miles (8 km)", "300 MW, soit 0,3 GW": a quantity restated in another unit right
// after the first. The second points at the first through `equivalentOf`, as money does.
import type { QuantityValue } from '../../pipeline/schema.js';
import type { Mention } from '../types.js';
import type { CompiledLexicon } from './compile.js';
import { UNITS } from './units.js';

type QuantityMention = Extract<Mention, { type: 'quantity' }>;

let keys = 0;

/** The same measure: same dimension, SI values within rounding (10 %, or 1 K for temperatures). */
function sameMeasure(a: QuantityValue, b: QuantityValue): boolean {
  if (a.dimension !== b.dimension || a.unit === b.unit || !a.si || !b.si) return false;
  if (a.min !== undefined || b.min !== undefined || UNITS[a.unit] === undefined) return false;
  const diff = Math.abs(a.si.amount - b.si.amount);
  if (a.dimension === 'temperature') return diff <= 1;
  return diff <= 0.1 * Math.max(Math.abs(a.si.amount), Math.abs(b.si.amount));
}

/** Links each quantity restated right after another (mentions sorted by start). */
export function linkRestatements(c: CompiledLexicon, text: string, mentions: QuantityMention[]): void {
  for (let i = 1; i < mentions.length; i++) {
    const a = mentions[i - 1]!;
    const b = mentions[i]!;
    if (b.start < a.end || b.start - a.end > 20 || b.value.equivalentOf !== undefined) continue;
    if (!c.restatementGapRe.test(text.slice(a.end, b.start)) || !sameMeasure(a.value, b.value)) continue;
    a.key ??= `quantity-${++keys}`;
    b.value.equivalentOf = a.key;
  }
}
