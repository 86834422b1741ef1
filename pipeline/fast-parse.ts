// A faster stand-in for a zod schema's parse, read off the schema itself: for a value that passes,
// the same output zod returns (new objects with the shape's keys in the shape's order, unknown keys
// left out); for anything else, or any doubt, FAIL, and the caller asks zod, whose answer and
// messages then stand. zod allocated ~50 KB per article (payloads, issue lists, per-key results)
// and took ~5 % of the pipeline's CPU on records that all pass.
//
// Only the constructs the record schema uses are read: objects without a catch-all, strings and
// numbers with their regex / length / bound / integer checks, literals, enums, arrays, nullable,
// optional object keys, discriminated unions, refinements. A schema holding anything else compiles
// to null and zod does all the work, as it does where code cannot be made from strings (objects
// are parsed by generated code, as in zod). Each rule mirrors zod 4's own (node_modules/zod/v4/core).
import type { z } from 'zod';

export const FAIL: unique symbol = Symbol('fail');
type Parse = (value: unknown) => unknown;

// zod's internals, as far as they are read here.
interface Def {
  type: string;
  checks?: { _zod: { def: CheckDef } }[];
  shape?: Record<string, Schema>;
  catchall?: unknown;
  element?: Schema;
  innerType?: Schema;
  options?: Schema[];
  discriminator?: string;
  unionFallback?: boolean;
  values?: unknown[];
  entries?: Record<string, unknown>;
  coerce?: boolean;
}
interface CheckDef {
  check: string;
  format?: string;
  pattern?: RegExp;
  minimum?: number;
  value?: unknown;
  inclusive?: boolean;
  fn?: (value: unknown) => unknown;
  when?: unknown;
}
interface Schema {
  _zod: { def: Def; optin?: string; optout?: string };
}

/** The parse of `schema`, or null when the schema holds a construct this file does not read. */
export function compileParse<T>(schema: z.ZodType<T>): ((value: unknown) => T | typeof FAIL) | null {
  try {
    return compile(schema as unknown as Schema) as (value: unknown) => T | typeof FAIL;
  } catch {
    return null;
  }
}

class Unsupported extends Error {}

function compile(schema: Schema): Parse {
  const def = schema._zod.def;
  if (def.coerce) throw new Unsupported('coerce');
  const check = compileChecks(def);
  switch (def.type) {
    case 'string':
      return (v) => (typeof v === 'string' && check(v) ? v : FAIL);
    case 'number':
      // NaN and ±Infinity are no numbers to zod 4.
      return (v) => (typeof v === 'number' && Number.isFinite(v) && check(v) ? v : FAIL);
    case 'literal':
    case 'enum': {
      noChecks(def);
      const values = new Set(def.type === 'literal' ? def.values : enumValues(def.entries ?? {}));
      return (v) => (values.has(v) ? v : FAIL);
    }
    case 'nullable': {
      noChecks(def);
      const inner = compile(def.innerType as Schema);
      return (v) => (v === null ? null : inner(v));
    }
    case 'array': {
      noChecks(def);
      const element = compile(def.element as Schema);
      return (v) => {
        if (!Array.isArray(v)) return FAIL;
        const out = new Array(v.length);
        for (let i = 0; i < v.length; i++) {
          const r = element(v[i]);
          if (r === FAIL) return FAIL;
          out[i] = r;
        }
        return out;
      };
    }
    case 'object':
      return compileObject(def, check);
    case 'union':
      noChecks(def);
      return compileDiscriminated(def);
    default:
      throw new Unsupported(def.type);
  }
}

function compileObject(def: Def, check: (v: unknown) => boolean): Parse {
  if (def.catchall !== undefined) throw new Unsupported('catchall');
  const parses: Parse[] = [];
  // The object's parse is written out as code with its keys spelled in it, as zod's own fast path
  // is: V8 then reads and writes each key through its own inline cache. Read generically by a loop
  // over the keys, a record took ~0.8 us per entity.
  const body = ['if (typeof v !== "object" || v === null || Array.isArray(v)) return FAIL;', 'const out = {};'];
  for (const [key, field] of Object.entries(def.shape ?? {})) {
    if (key === '__proto__') throw new Unsupported(key);
    const fieldDef = field._zod.def;
    const isOptional = fieldDef.type === 'optional';
    if (isOptional) {
      noChecks(fieldDef);
      if (field._zod.optin !== 'optional' || field._zod.optout !== 'optional') throw new Unsupported('optional');
    } else if (field._zod.optin !== undefined) throw new Unsupported('default');
    const inner = isOptional ? (fieldDef.innerType as Schema) : field;
    const k = JSON.stringify(key);
    // Absent and optional: left out, as zod does. A key present with `undefined`: zod's call.
    body.push(
      `{ const x = v[${k}];`,
      isOptional
        ? `if (x === undefined) { if (${k} in v) return FAIL; } else {`
        : 'if (x === undefined) return FAIL; {',
    );
    const test = plainTest(inner._zod.def);
    if (test) body.push(`if (!(${test})) return FAIL; out[${k}] = x; } }`);
    else {
      parses.push(compile(inner));
      body.push(`const r = parses[${parses.length - 1}](x); if (r === FAIL) return FAIL; out[${k}] = r; } }`);
    }
  }
  body.push('return check(out) ? out : FAIL;');
  const make = new Function('FAIL', 'parses', 'check', `return function parseObject(v) {\n${body.join('\n')}\n};`);
  return make(FAIL, parses, check) as Parse;
}

/** The test of a string or number without checks, written inline. */
function plainTest(def: Def): string | null {
  if (def.coerce || def.checks?.length) return null;
  // Number.isFinite is false for anything but a finite number: NaN, ±Infinity and non-numbers.
  return def.type === 'string' ? 'typeof x === "string"' : def.type === 'number' ? 'Number.isFinite(x)' : null;
}

function compileDiscriminated(def: Def): Parse {
  const key = def.discriminator;
  if (key === undefined || def.unionFallback) throw new Unsupported('union');
  const byValue = new Map<unknown, Parse>();
  for (const option of def.options ?? []) {
    const tag = option._zod.def.shape?.[key]?._zod.def;
    if (tag?.type !== 'literal') throw new Unsupported('discriminator');
    const parse = compile(option);
    for (const value of tag.values ?? []) {
      if (byValue.has(value)) throw new Unsupported('duplicate discriminator');
      byValue.set(value, parse);
    }
  }
  return (v) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return FAIL;
    const parse = byValue.get((v as Record<string, unknown>)[key]);
    return parse ? parse(v) : FAIL;
  };
}

/** zod's enum values: a TypeScript numeric enum's reverse entries are no values. */
function enumValues(entries: Record<string, unknown>): unknown[] {
  const numeric = Object.values(entries).filter((v) => typeof v === 'number');
  return Object.entries(entries)
    .filter(([k]) => !numeric.includes(+k))
    .map(([, v]) => v);
}

function noChecks(def: Def): void {
  if (def.checks?.length) throw new Unsupported(`checks on ${def.type}`);
}

const always = () => true;

/** All of a schema's checks, as one test of the parsed value. */
function compileChecks(def: Def): (v: unknown) => boolean {
  const tests = (def.checks ?? []).map((c) => compileCheck(c._zod.def));
  if (tests.length === 0) return always;
  return (v) => {
    for (const test of tests) if (!test(v)) return false;
    return true;
  };
}

function compileCheck(c: CheckDef): (v: unknown) => boolean {
  if (c.when !== undefined && c.check !== 'min_length') throw new Unsupported('when');
  switch (c.check) {
    case 'string_format': {
      const pattern = c.pattern;
      if (c.format !== 'regex' || !pattern) throw new Unsupported(`format ${c.format}`);
      return (v) => {
        pattern.lastIndex = 0;
        return pattern.test(v as string);
      };
    }
    case 'min_length': {
      const minimum = c.minimum as number;
      if (typeof minimum !== 'number') throw new Unsupported('min_length');
      // zod counts code points when the count of units leaves it in doubt.
      return (v) => {
        const s = v as string;
        const units = s.length;
        const length = units >= minimum && units < minimum * 2 ? [...s].length : units;
        return length >= minimum;
      };
    }
    case 'greater_than': {
      const bound = c.value;
      if (typeof bound !== 'number') throw new Unsupported('greater_than');
      return c.inclusive ? (v) => (v as number) >= bound : (v) => (v as number) > bound;
    }
    case 'less_than': {
      const bound = c.value;
      if (typeof bound !== 'number') throw new Unsupported('less_than');
      return c.inclusive ? (v) => (v as number) <= bound : (v) => (v as number) < bound;
    }
    case 'number_format':
      if (c.format !== 'safeint') throw new Unsupported(`number format ${c.format}`);
      return (v) => Number.isSafeInteger(v);
    case 'custom': {
      const fn = c.fn;
      if (typeof fn !== 'function') throw new Unsupported('custom');
      return (v) => {
        const r = fn(v);
        // An asynchronous refinement: zod's call.
        return !(r instanceof Promise) && Boolean(r);
      };
    }
    default:
      throw new Unsupported(c.check);
  }
}
