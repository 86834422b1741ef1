// A cheap necessary condition for a rule: the literal words one of which every match must contain,
// read off the rule's own regex. A text holding none of them cannot match the rule, so the rule's
// scan (which pays for every position of the text) is skipped without changing any result. Most
// rules (seasons, holidays, spans, "now") find nothing in a given article.
import { RegExpParser } from '@eslint-community/regexpp';
import type { Alternative, Element, Node } from '@eslint-community/regexpp/ast';
import { advance, execAll } from './exec-all.js';

const parser = new RegExpParser({ ecmaVersion: 2024 });

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
  /** The literals as plain strings (lower-cased when the case is ignored), when string search finds exactly what the regex does. */
  private readonly words: string[] | null;
  private readonly ignoreCase: boolean;
  private text: string | null = null;
  private found = false;
  private starts: number[] | null = null;

  constructor(source: string, flags: string, words: string[] | null) {
    this.re = new RegExp(source, flags);
    this.global = new RegExp(source, `${flags}g`);
    this.ignoreCase = flags.includes('i');
    this.words = words && (this.ignoreCase ? words.map((w) => w.toLowerCase()) : words);
  }

  private see(text: string): void {
    if (text === this.text) return;
    this.text = text;
    this.starts = null;
    const index = this.words ? literalIndex(text, this.ignoreCase) : null;
    if (index === null) {
      this.found = this.re.test(text);
      return;
    }
    // Looking each literal up in the text's index costs far less than the alternation's try at every position.
    this.found = (this.words as string[]).some((w) => index.has(w));
    if (!this.found) this.starts = [];
  }

  test(text: string): boolean {
    this.see(text);
    return this.found;
  }

  /** The first position at or after `from` where an occurrence starts, or -1. */
  next(text: string, from: number): number {
    this.see(text);
    if (!this.starts) this.starts = this.findStarts(text);
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

  private findStarts(text: string): number[] {
    const index = this.words ? literalIndex(text, this.ignoreCase) : null;
    if (index !== null) {
      // Every position where some literal starts, as the regex scan below finds them.
      const found: number[] = [];
      for (const w of this.words as string[]) index.collect(w, found);
      found.sort((a, b) => a - b);
      let kept = 0;
      for (let i = 0; i < found.length; i++)
        if (i === 0 || found[i] !== found[i - 1]) found[kept++] = found[i] as number;
      found.length = kept;
      return found;
    }
    {
      // Every start, overlapping ones included: the leftmost start after each one found.
      const starts: number[] = [];
      const re = this.global;
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        starts.push(m.index);
        re.lastIndex = advance(text, m.index, re.unicode);
      }
      re.lastIndex = 0;
      return starts;
    }
  }
}

// Characters whose case-insensitive match differs from comparing lower-cased strings (the long s,
// the Kelvin and Ångström signs fold onto ASCII / Latin-1 letters under the `u` flag).
const FOLDS_AWAY = /[\u017F\u212A\u212B]/;

/**
 * Where each pair of adjacent characters occurs in a text: every trigger literal of every rule is
 * then found by looking up its first two characters, one pass over the text for all of them. The
 * positions are grouped by a hash of the pair (counting sort into typed arrays: no garbage).
 */
class LiteralIndex {
  /** Positions, grouped by bucket, ascending within each. */
  private positions: Int32Array | null = null;
  /** Bucket b's positions are positions[starts[b]] … positions[starts[b + 1] - 1]. */
  private starts: Int32Array | null = null;

  constructor(readonly hay: string) {}

  has(word: string): boolean {
    if (word.length < 2 || this.hay.length < MIN_INDEXED) return this.hay.includes(word);
    this.build();
    const positions = this.positions as Int32Array;
    const starts = this.starts as Int32Array;
    const b = bucketOf(word, 0);
    for (let i = starts[b] as number, end = starts[b + 1] as number; i < end; i++) {
      if (startsAt(this.hay, word, positions[i] as number)) return true;
    }
    return false;
  }

  /** Pushes every position where the word starts, overlapping ones included. */
  collect(word: string, out: number[]): void {
    if (word.length < 2 || this.hay.length < MIN_INDEXED) {
      for (let p = this.hay.indexOf(word); p >= 0; p = this.hay.indexOf(word, p + 1)) out.push(p);
      return;
    }
    this.build();
    const positions = this.positions as Int32Array;
    const starts = this.starts as Int32Array;
    const b = bucketOf(word, 0);
    for (let i = starts[b] as number, end = starts[b + 1] as number; i < end; i++) {
      const p = positions[i] as number;
      if (startsAt(this.hay, word, p)) out.push(p);
    }
  }

  private build(): void {
    if (this.positions) return;
    const hay = this.hay;
    const n = Math.max(0, hay.length - 1);
    const starts = new Int32Array(BUCKETS + 1);
    for (let i = 0; i < n; i++) (starts[bucketOf(hay, i) + 1] as number)++;
    for (let b = 0; b < BUCKETS; b++) (starts[b + 1] as number) += starts[b] as number;
    const fill = starts.slice(0, BUCKETS);
    const positions = new Int32Array(n);
    for (let i = 0; i < n; i++) positions[(fill[bucketOf(hay, i)] as number)++] = i;
    this.positions = positions;
    this.starts = starts;
  }
}

const BUCKETS = 4096;
// Below this length (the windows around a date searched for tense cues), plain string search is cheaper than building the index.
const MIN_INDEXED = 1024;

/** hay.startsWith(word, at), without the builtin's call overhead (most candidates differ at once). */
function startsAt(hay: string, word: string, at: number): boolean {
  if (at + word.length > hay.length) return false;
  for (let k = 0; k < word.length; k++) if (hay.charCodeAt(at + k) !== word.charCodeAt(k)) return false;
  return true;
}

function bucketOf(s: string, i: number): number {
  return (s.charCodeAt(i) * 67 + s.charCodeAt(i + 1)) & (BUCKETS - 1);
}

/** The index of the last text asked about, as is and lower-cased (shared by every trigger). */
let indexed: { text: string; exact: LiteralIndex; folded: LiteralIndex | null | undefined } | null = null;

/** The index to look literals up in, or null when string search would not find exactly what the regex does. */
function literalIndex(text: string, ignoreCase: boolean): LiteralIndex | null {
  if (indexed?.text !== text) indexed = { text, exact: new LiteralIndex(text), folded: undefined };
  if (!ignoreCase) return indexed.exact;
  if (indexed.folded === undefined) {
    const lower = text.toLowerCase();
    // One unit for one unit (İ lower-cases to two), and no character that folds differently.
    indexed.folded = lower.length === text.length && !FOLDS_AWAY.test(text) ? new LiteralIndex(lower) : null;
  }
  return indexed.folded;
}

/**
 * The character as a string when string search (after lower-casing both sides if the case is
 * ignored) finds it exactly where the regex literal matches: Latin-1 but µ and ß (whose case
 * partners lie outside it), and caseless punctuation news uses.
 */
function plainChar(value: number, ignoreCase: boolean): string | null {
  if (value >= 0xd800 && value <= 0xdfff) return null;
  if (!ignoreCase) return String.fromCodePoint(value);
  if (value < 0x100 && value !== 0xb5 && value !== 0xdf) return String.fromCharCode(value);
  return CASELESS.has(value) ? String.fromCharCode(value) : null;
}
const CASELESS = new Set([0x2010, 0x2011, 0x2013, 0x2014, 0x2018, 0x2019, 0x201c, 0x201d, 0x202f, 0x20ac]);
const triggers = new Map<string, Trigger>();

function sharedTrigger(source: string, flags: string, words: string[] | null): Trigger {
  const key = `${flags}/${source}`;
  let t = triggers.get(key);
  if (!t) {
    t = new Trigger(source, flags, words);
    triggers.set(key, t);
  }
  return t;
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
  if (!plan?.walk || !plan.near) return execAll(pattern, text);
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
    pattern.lastIndex = q;
    const m = pattern.exec(text);
    pattern.lastIndex = 0;
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
    const ast = parser.parsePattern(pattern.source, 0, pattern.source.length, { unicode: pattern.unicode });
    literals = required(ast, pattern.unicode, pattern.ignoreCase);
  } catch {
    return null;
  }
  if (!literals?.length) return null;
  // The same case and unicode flags, so a literal matches exactly the characters it matched in the rule.
  const flags = pattern.flags.replace(/[^iu]/g, '');
  const source = [...new Set(literals.map((l) => l.raw))].join('|');
  const reach = Math.max(...literals.map((l) => l.offset));
  const words = literals.every((l) => l.text !== null) ? [...new Set(literals.map((l) => l.text as string))] : null;
  const plan: Plan = { trigger: sharedTrigger(source, flags, words), walk: false, reach };
  const walkable =
    pattern.global &&
    !pattern.sticky &&
    reach <= MAX_WALK_REACH &&
    Math.min(...literals.map((l) => l.length)) >= MIN_WALK_LITERAL;
  if (walkable) {
    plan.walk = true;
    // A lazy prefix tries the pattern at each start up to `reach` on, nearest first.
    plan.near = new RegExp(`[^]{0,${reach}}?(?:${pattern.source})`, `${pattern.flags.replace(/[gyd]/g, '')}y`);
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
  /** The characters it matches, or null when string search would not find exactly them. */
  text: string | null;
  length: number;
  /** At most this many UTF-16 units from the start of the node's match to the literal's start. */
  offset: number;
}

/** Literals one of which every match of the node contains, or null when the node may match without any. */
function required(node: Node, unicode: boolean, ignoreCase: boolean): Literal[] | null {
  switch (node.type) {
    case 'Pattern':
    case 'Group':
    case 'CapturingGroup':
      return anyOfAlternatives(node.alternatives, unicode, ignoreCase);
    case 'Alternative':
      return bestOfSequence(node.elements, unicode, ignoreCase);
    case 'Quantifier':
      // The first repetition holds one, at the quantifier's start.
      return node.min >= 1 ? required(node.element, unicode, ignoreCase) : null;
    case 'Character':
      return [{ raw: node.raw, text: plainChar(node.value, ignoreCase), length: 1, offset: 0 }];
    default:
      // Assertions match no text; classes, sets and backreferences give no literal.
      return null;
  }
}

function anyOfAlternatives(alternatives: Alternative[], unicode: boolean, ignoreCase: boolean): Literal[] | null {
  const out: Literal[] = [];
  for (const alt of alternatives) {
    const r = required(alt, unicode, ignoreCase);
    if (!r) return null;
    out.push(...r);
  }
  return out;
}

function extend(run: Literal | null, raw: string, text: string | null, at: number): Literal {
  if (!run) return { raw, text, length: 1, offset: at };
  const joined = run.text === null || text === null ? null : run.text + text;
  return { raw: run.raw + raw, text: joined, length: run.length + 1, offset: run.offset };
}

/** Every element of a sequence is matched, so any one's literals will do: the most selective. */
function bestOfSequence(elements: Element[], unicode: boolean, ignoreCase: boolean): Literal[] | null {
  const options: Literal[][] = [];
  let run: Literal | null = null;
  let at = 0; // the longest text the elements before this one can match
  for (const el of elements) {
    if (el.type === 'Character') {
      // Adjacent characters are adjacent in the match: one longer, more selective literal.
      // An escape stays whole when followed by a digit ("\0" then "1" is not "\01").
      const raw = el.raw.startsWith('\\') ? `(?:${el.raw})` : el.raw;
      run = extend(run, raw, plainChar(el.value, ignoreCase), at);
    } else {
      if (run) options.push([run]);
      run = null;
      const r = required(el, unicode, ignoreCase);
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
