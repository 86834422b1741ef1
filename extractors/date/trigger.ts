// A cheap necessary condition for a rule: the literal words one of which every match must contain,
// read off the rule's own regex. A text holding none of them cannot match the rule, so the rule's
// scan (which pays for every position of the text) is skipped without changing any result. Most
// rules (seasons, holidays, spans, "now") find nothing in a given article.
import { RegExpParser } from '@eslint-community/regexpp';
import type { Alternative, Element, Node } from '@eslint-community/regexpp/ast';

const parser = new RegExpParser({ ecmaVersion: 2024 });
const cache = new WeakMap<RegExp, RegExp | null>();

/** A regex matching somewhere in every text the pattern matches, or null when none can be read. */
export function triggerOf(pattern: RegExp): RegExp | null {
  let trigger = cache.get(pattern);
  if (trigger === undefined) {
    trigger = buildTrigger(pattern);
    cache.set(pattern, trigger);
  }
  return trigger;
}

/** False only when the pattern surely finds nothing in the text. */
export function mayMatch(pattern: RegExp, text: string): boolean {
  const trigger = triggerOf(pattern);
  return !trigger || trigger.test(text);
}

function buildTrigger(pattern: RegExp): RegExp | null {
  let literals: Literal[] | null;
  try {
    const ast = parser.parsePattern(pattern.source, 0, pattern.source.length, {
      unicode: pattern.unicode,
      unicodeSets: pattern.flags.includes('v'),
    });
    literals = required(ast);
  } catch {
    return null;
  }
  if (!literals?.length) return null;
  // The same case and unicode flags, so a literal matches exactly the characters it matched in the rule.
  const flags = pattern.flags.replace(/[^iuv]/g, '');
  return new RegExp([...new Set(literals.map((l) => l.raw))].join('|'), flags);
}

/** A run of literal characters, kept in its source form (escapes included). */
interface Literal {
  raw: string;
  length: number;
}

/** Literals one of which every match of the node contains, or null when the node may match without any. */
function required(node: Node): Literal[] | null {
  switch (node.type) {
    case 'Pattern':
    case 'Group':
    case 'CapturingGroup':
      return anyOfAlternatives(node.alternatives);
    case 'Alternative':
      return bestOfSequence(node.elements);
    case 'Quantifier':
      return node.min >= 1 ? required(node.element) : null;
    case 'Character':
      return [{ raw: node.raw, length: 1 }];
    default:
      // Assertions match no text; classes, sets and backreferences give no literal.
      return null;
  }
}

function anyOfAlternatives(alternatives: Alternative[]): Literal[] | null {
  const out: Literal[] = [];
  for (const alt of alternatives) {
    const r = required(alt);
    if (!r) return null;
    out.push(...r);
  }
  return out;
}

/** Every element of a sequence is matched, so any one's literals will do: the most selective. */
function bestOfSequence(elements: Element[]): Literal[] | null {
  const options: Literal[][] = [];
  let run: Literal | null = null;
  for (const el of elements) {
    if (el.type === 'Character') {
      // Adjacent characters are adjacent in the match: one longer, more selective literal.
      // An escape stays whole when followed by a digit ("\0" then "1" is not "\01").
      const raw = el.raw.startsWith('\\') ? `(?:${el.raw})` : el.raw;
      run = run ? { raw: run.raw + raw, length: run.length + 1 } : { raw, length: 1 };
      continue;
    }
    if (run) options.push([run]);
    run = null;
    const r = required(el);
    if (r?.length) options.push(r);
  }
  if (run) options.push([run]);
  let best: Literal[] | null = null;
  let bestScore = -1;
  for (const o of options) {
    const score = Math.min(...o.map((l) => l.length)) * 100 - o.length;
    if (score > bestScore) {
      best = o;
      bestScore = score;
    }
  }
  return best;
}
