// A cheap necessary condition for a rule: the literal words one of which every match must contain,
// read off the rule's own regex. A text holding none of them cannot match the rule, so the rule's
// scan (which pays for every position of the text) is skipped without changing any result. Most
// rules (seasons, holidays, spans, "now") find nothing in a given article.
import type { Alternative, Element, Node } from '@eslint-community/regexpp/ast';
import { advance, execAll } from './exec-all.js';
import { syntaxOf, withFirstCharCheck } from './first-chars.js';
import { GramIndex, trigramKey } from './gram-index.js';

interface Plan {
  /** Matches somewhere in every text the pattern matches. */
  trigger: Trigger;
  /** Walk the trigger's occurrences rather than scan: set when they are words, not characters found everywhere. */
  walk: boolean;
  /** Sticky: the pattern matches starting within `reach` units of lastIndex. */
  near?: RegExp;
  /** At most this many UTF-16 units from a match's start to the start of the trigger's occurrence in it. */
  reach: number;
}

/**
 * A trigger regex, shared by every rule needing the same words (the month rules all need a month
 * name), which remembers what it found in the last text it was asked about.
 */
class Trigger {
  readonly re: RegExp;
  private readonly global: RegExp;
  private text: string | null = null;
  private found = false;
  private starts: number[] | null = null;
  /**
   * Per word, the trigram the text must hold where the word occurs (gram-index.ts), so the places to
   * try the trigger at; null when a word is shorter (a text holds "an" or "de" anyway).
   */
  private readonly grams: number[] | null;
  private readonly sticky: RegExp | null;

  constructor(source: string, flags: string, words: string[]) {
    this.re = new RegExp(source, flags);
    this.global = new RegExp(source, `${flags}g`);
    const grams = words.map(trigramKey);
    this.grams = grams.every((g) => g >= 0) ? [...new Set(grams)] : null;
    this.sticky = this.grams && new RegExp(source, `${flags}y`);
  }

  private see(text: string): void {
    if (text === this.text) return;
    this.text = text;
    this.starts = null;
    const index = this.grams && indexFor(text);
    if (!index) this.found = this.re.test(text);
    else {
      this.starts = this.startsFrom(index, text);
      this.found = this.starts.length > 0;
    }
  }

  /** Where the trigger matches: tried only where one of its words' first trigram is. */
  private startsFrom(index: GramIndex, text: string): number[] {
    const grams = this.grams as number[];
    if (candidates.length < text.length) candidates = new Int32Array(Math.max(text.length, candidates.length * 2));
    let count = 0;
    for (const g of grams) count = index.positions(g, candidates, count);
    // Each position is in one bucket's chain, so in the list once; several chains need merging.
    if (grams.length > 1 && count > 1) candidates.subarray(0, count).sort();
    const sticky = this.sticky as RegExp;
    const starts: number[] = [];
    for (let i = 0; i < count; i++) {
      sticky.lastIndex = candidates[i] as number;
      if (sticky.test(text)) starts.push(candidates[i] as number);
    }
    sticky.lastIndex = 0;
    return starts;
  }

  test(text: string): boolean {
    this.see(text);
    return this.found;
  }

  /** The first position at or after `from` where an occurrence starts, or -1. */
  next(text: string, from: number): number {
    this.see(text);
    if (!this.starts) {
      // Every start, overlapping ones included: the leftmost start after each one found.
      const starts: number[] = [];
      const re = this.global;
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        starts.push(m.index);
        re.lastIndex = advance(text, m.index, re.unicode);
      }
      re.lastIndex = 0;
      this.starts = starts;
    }
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((starts[mid] as number) < from) lo = mid + 1;
      else hi = mid;
    }
    return lo < starts.length ? (starts[lo] as number) : -1;
  }
}
const triggers = new Map<string, Trigger>();

function sharedTrigger(source: string, flags: string, words: string[]): Trigger {
  const key = `${flags}/${source}`;
  let t = triggers.get(key);
  if (!t) {
    t = new Trigger(source, flags, words);
    triggers.set(key, t);
  }
  return t;
}

/** Where the trigger words may start in a text, reused from text to text (a typed sort needs no copy). */
let candidates = new Int32Array(1024);

// The grams of the text triggers were last asked about. A text asked about once (a sentence's
// window) is scanned by the one regex; from the second trigger on, the index pays for itself.
const index = new GramIndex();
let asked: string | null = null;
let asks = 0;

function indexFor(text: string): GramIndex | null {
  if (index.text === text) return index;
  if (asked !== text) {
    asked = text;
    asks = 0;
  }
  if (++asks < 2) return null;
  index.build(text);
  return index;
}

const plans = new WeakMap<RegExp, Plan | null>();

function planOf(pattern: RegExp): Plan | null {
  let plan = plans.get(pattern);
  if (plan === undefined) {
    plan = buildPlan(pattern);
    plans.set(pattern, plan);
  }
  return plan;
}

/** A regex matching somewhere in every text the pattern matches, or null when none can be read. */
export function triggerOf(pattern: RegExp): RegExp | null {
  return planOf(pattern)?.trigger.re ?? null;
}

/** False only when the pattern surely finds nothing in the text. */
export function mayMatch(pattern: RegExp, text: string): boolean {
  const plan = planOf(pattern);
  return !plan || plan.trigger.test(text);
}

/**
 * The same matches as `[...text.matchAll(pattern)]` (pattern global), found by trying the pattern
 * only just before each occurrence of its trigger: a match holds an occurrence at most `reach`
 * units after its start, so it starts at most `reach` units before the first occurrence at or
 * after its start.
 */
export function matchAllNear(pattern: RegExp, text: string): RegExpExecArray[] {
  const plan = planOf(pattern);
  if (plan && !plan.trigger.test(text)) return [];
  // The rule's matches, found by an equivalent regex where one scans faster (first-chars.ts).
  const scan = withFirstCharCheck(pattern);
  if (!plan?.walk || !plan.near) return execAll(scan, text);
  const { trigger, near, reach } = plan;
  const out: RegExpExecArray[] = [];
  // No match starts before `from`; `from` is where matchAll's lastIndex would be, or past it.
  let from = 0;
  while (from <= text.length) {
    const hit = trigger.next(text, from);
    if (hit < 0) break;
    const q = codePointStart(text, Math.max(from, hit - reach), pattern.unicode);
    near.lastIndex = q;
    if (!near.test(text)) {
      from = q + reach + 1;
      continue;
    }
    scan.lastIndex = q;
    const m = scan.exec(text);
    scan.lastIndex = 0;
    if (!m) break; // cannot happen: `near` found one
    out.push(m);
    const end = m.index + m[0].length;
    from = end > m.index ? end : advance(text, end, pattern.unicode);
  }
  return out;
}

/** A unicode pattern cannot start inside a surrogate pair: the next code point. */
function codePointStart(text: string, at: number, unicode: boolean): number {
  if (!unicode || at <= 0 || at >= text.length) return at;
  const c = text.charCodeAt(at);
  const p = text.charCodeAt(at - 1);
  return c >= 0xdc00 && c <= 0xdfff && p >= 0xd800 && p <= 0xdbff ? at + 1 : at;
}

// Walking occurrences pays only when they are words, not single characters found everywhere.
const MIN_WALK_LITERAL = 2;
// Beyond this, trying the pattern before each occurrence costs about what one scan does.
const MAX_WALK_REACH = 200;

function buildPlan(pattern: RegExp): Plan | null {
  let literals: Literal[] | null;
  try {
    if (pattern.flags.includes('v')) return null; // classes may hold strings: lengths unknown
    const ast = syntaxOf(pattern);
    if (!ast) return null;
    literals = required(ast, pattern.unicode);
  } catch {
    return null;
  }
  if (!literals?.length) return null;
  // The same case and unicode flags, so a literal matches exactly the characters it matched in the rule.
  const flags = pattern.flags.replace(/[^iu]/g, '');
  const source = [...new Set(literals.map((l) => l.raw))].join('|');
  const reach = Math.max(...literals.map((l) => l.offset));
  const words = literals.map((l) => l.text);
  const plan: Plan = { trigger: sharedTrigger(source, flags, words), walk: false, reach };
  const walkable =
    pattern.global &&
    !pattern.sticky &&
    reach <= MAX_WALK_REACH &&
    Math.min(...literals.map((l) => l.length)) >= MIN_WALK_LITERAL;
  if (walkable) {
    plan.walk = true;
    // A lazy prefix tries the pattern at each start up to `reach` on, nearest first.
    const scan = withFirstCharCheck(pattern);
    plan.near = new RegExp(`[^]{0,${reach}}?(?:${scan.source})`, `${pattern.flags.replace(/[gyd]/g, '')}y`);
  }
  return plan;
}

/** The longest text the node can match, in UTF-16 units (a character may take two). */
function maxLength(node: Node, unicode: boolean): number {
  switch (node.type) {
    case 'Pattern':
    case 'Group':
    case 'CapturingGroup':
      return Math.max(0, ...node.alternatives.map((a) => maxLength(a, unicode)));
    case 'Alternative':
      return node.elements.reduce((sum, e) => sum + maxLength(e, unicode), 0);
    case 'Quantifier': {
      const one = maxLength(node.element, unicode);
      return node.max === 0 || one === 0 ? 0 : node.max * one;
    }
    case 'Character':
    case 'CharacterSet':
    case 'CharacterClass':
      return unicode ? 2 : 1;
    case 'Assertion':
      return 0;
    default:
      return Number.POSITIVE_INFINITY;
  }
}

/** A run of literal characters, kept in its source form (escapes included). */
interface Literal {
  raw: string;
  /** The characters themselves. */
  text: string;
  length: number;
  /** At most this many UTF-16 units from the start of the node's match to the literal's start. */
  offset: number;
}

/** Literals one of which every match of the node contains, or null when the node may match without any. */
function required(node: Node, unicode: boolean): Literal[] | null {
  switch (node.type) {
    case 'Pattern':
    case 'Group':
    case 'CapturingGroup':
      return anyOfAlternatives(node.alternatives, unicode);
    case 'Alternative':
      return bestOfSequence(node.elements, unicode);
    case 'Quantifier':
      // The first repetition holds one, at the quantifier's start.
      return node.min >= 1 ? required(node.element, unicode) : null;
    case 'Character':
      return [{ raw: node.raw, text: String.fromCodePoint(node.value), length: 1, offset: 0 }];
    default:
      // Assertions match no text; classes, sets and backreferences give no literal.
      return null;
  }
}

function anyOfAlternatives(alternatives: Alternative[], unicode: boolean): Literal[] | null {
  const out: Literal[] = [];
  for (const alt of alternatives) {
    const r = required(alt, unicode);
    if (!r) return null;
    out.push(...r);
  }
  return out;
}

function extend(run: Literal | null, raw: string, text: string, at: number): Literal {
  return run
    ? { raw: run.raw + raw, text: run.text + text, length: run.length + 1, offset: run.offset }
    : { raw, text, length: 1, offset: at };
}

/** Every element of a sequence is matched, so any one's literals will do: the most selective. */
function bestOfSequence(elements: Element[], unicode: boolean): Literal[] | null {
  const options: Literal[][] = [];
  let run: Literal | null = null;
  let at = 0; // the longest text the elements before this one can match
  for (const el of elements) {
    if (el.type === 'Character') {
      // Adjacent characters are adjacent in the match: one longer, more selective literal.
      // An escape stays whole when followed by a digit ("\0" then "1" is not "\01").
      const raw = el.raw.startsWith('\\') ? `(?:${el.raw})` : el.raw;
      run = extend(run, raw, String.fromCodePoint(el.value), at);
    } else {
      if (run) options.push([run]);
      run = null;
      const r = required(el, unicode);
      if (r?.length) options.push(r.map((l) => ({ ...l, offset: at + l.offset })));
    }
    at += maxLength(el, unicode);
  }
  if (run) options.push([run]);
  let best: Literal[] | null = null;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const o of options) {
    // Longer words first; among equals, the nearest to the start, then the fewest.
    const score =
      Math.min(...o.map((l) => l.length)) * 1e6 - Math.min(Math.max(...o.map((l) => l.offset)), 1e5) * 10 - o.length;
    if (score > bestScore) {
      best = o;
      bestScore = score;
    }
  }
  return best;
}
