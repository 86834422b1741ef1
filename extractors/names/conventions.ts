// Span conventions that differ between annotation traditions, decided per document.
import type { ExtractContext } from '../types.js';

/**
 * Two conventions for "M. Dupont", "Mr. Smith", "général de Gaulle", "Count Palfy": the annotation of
 * historical newspapers (HIPE) keeps the honorific or title inside the person's span, modern news
 * annotation (CoNLL, Sequoia) leaves it out. The historical press annotation does so in its 1950s
 * and 1960s issues too, and keeps the apposed function ("X, secrétaire de …") inside the mention: a
 * document dated before 1970 is read as old print.
 */
const OLD_PRINT_BEFORE = 1970;
export function titlesInSpan(ctx: ExtractContext): boolean {
  return ctx.referenceDate !== null && ctx.referenceDate.year < OLD_PRINT_BEFORE;
}
