// The regression harness: compares fresh records with hand-checked gold files and reports
// precision / recall / F1 per entity type plus every difference.
//
// A gold file `<name>.gold.json` sits beside its article `<name>.txt` (or `.md`, `.text`) and holds
// `{ "lang"?, "date"?, "referenceDate"?, "entities": [{ type, start, end, text, value }] }`.
// A predicted entity matches a gold one with the same type and span; its value then must agree on
// every field the gold value gives (numbers to a relative 1e-9).
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { processDocument } from './process.js';
import { type DocumentRecord, ENTITY_TYPES, EntityType } from './schema.js';

export const GoldFile = z.object({
  lang: z.string().optional(),
  date: z.string().optional(),
  referenceDate: z.string().nullable().optional(),
  entities: z.array(
    z.object({
      type: EntityType,
      start: z.number().int(),
      end: z.number().int(),
      text: z.string(),
      value: z.unknown(),
    }),
  ),
});
export type GoldFile = z.infer<typeof GoldFile>;

export interface Difference {
  doc: string;
  kind: 'missing' | 'spurious' | 'wrong-value' | 'reference-date' | 'bad-gold';
  type?: string;
  text?: string;
  start?: number;
  end?: number;
  expected?: unknown;
  got?: unknown;
}

export interface TypeScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface EvalReport {
  documents: number;
  byType: Record<string, TypeScore>;
  overall: TypeScore;
  differences: Difference[];
}

/** Whether `got` agrees with every field `expected` gives. */
export function valueAgrees(expected: unknown, got: unknown): boolean {
  if (expected === null || expected === undefined) return got === expected || expected === undefined;
  if (typeof expected === 'number') {
    return typeof got === 'number' && Math.abs(expected - got) <= 1e-9 * Math.max(1, Math.abs(expected));
  }
  if (Array.isArray(expected)) {
    return Array.isArray(got) && got.length === expected.length && expected.every((e, i) => valueAgrees(e, got[i]));
  }
  if (typeof expected === 'object') {
    if (!got || typeof got !== 'object') return false;
    return Object.entries(expected).every(([k, v]) => valueAgrees(v, (got as Record<string, unknown>)[k]));
  }
  return expected === got;
}

export function compare(docId: string, gold: GoldFile, record: DocumentRecord, text: string): Difference[] {
  const diffs: Difference[] = [];
  if (gold.referenceDate !== undefined && gold.referenceDate !== record.referenceDate) {
    diffs.push({ doc: docId, kind: 'reference-date', expected: gold.referenceDate, got: record.referenceDate });
  }
  const spanKey = (e: { type: string; start: number; end: number }) => `${e.type}:${e.start}:${e.end}`;
  const predicted = new Map(record.entities.map((e) => [spanKey(e), e]));
  const goldKeys = new Set<string>();
  for (const g of gold.entities) {
    goldKeys.add(spanKey(g));
    if (text.slice(g.start, g.end) !== g.text) {
      diffs.push({
        doc: docId,
        kind: 'bad-gold',
        type: g.type,
        text: g.text,
        start: g.start,
        end: g.end,
        got: text.slice(g.start, g.end),
      });
      continue;
    }
    const p = predicted.get(spanKey(g));
    if (!p)
      diffs.push({
        doc: docId,
        kind: 'missing',
        type: g.type,
        text: g.text,
        start: g.start,
        end: g.end,
        expected: g.value,
      });
    else if (!valueAgrees(g.value, p.value)) {
      diffs.push({
        doc: docId,
        kind: 'wrong-value',
        type: g.type,
        text: g.text,
        start: g.start,
        end: g.end,
        expected: g.value,
        got: p.value,
      });
    }
  }
  for (const p of record.entities) {
    if (!goldKeys.has(spanKey(p)))
      diffs.push({
        doc: docId,
        kind: 'spurious',
        type: p.type,
        text: p.text,
        start: p.start,
        end: p.end,
        got: p.value,
      });
  }
  return diffs;
}

function score(tp: number, fp: number, fn: number): TypeScore {
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, precision, recall, f1 };
}

/** A mention counts as right when its span, type and value all are; a wrong value is one miss and one false alarm. */
export function tally(
  differences: Difference[],
  goldEntities: { type: string }[],
  predicted: { type: string }[],
): Omit<EvalReport, 'documents' | 'differences'> {
  const counts = new Map<string, { gold: number; pred: number; missing: number; spurious: number; wrong: number }>();
  const get = (t: string) => {
    let c = counts.get(t);
    if (!c) {
      c = { gold: 0, pred: 0, missing: 0, spurious: 0, wrong: 0 };
      counts.set(t, c);
    }
    return c;
  };
  for (const g of goldEntities) get(g.type).gold++;
  for (const p of predicted) get(p.type).pred++;
  for (const d of differences) {
    if (!d.type) continue;
    if (d.kind === 'missing' || d.kind === 'bad-gold') get(d.type).missing++;
    else if (d.kind === 'spurious') get(d.type).spurious++;
    else if (d.kind === 'wrong-value') get(d.type).wrong++;
  }
  const byType: Record<string, TypeScore> = {};
  let TP = 0;
  let FP = 0;
  let FN = 0;
  for (const t of ENTITY_TYPES) {
    const c = counts.get(t);
    if (!c) continue;
    const tp = c.gold - c.missing - c.wrong;
    const fp = c.spurious + c.wrong;
    const fn = c.missing + c.wrong;
    byType[t] = score(tp, fp, fn);
    TP += tp;
    FP += fp;
    FN += fn;
  }
  return { byType, overall: score(TP, FP, FN) };
}

const ARTICLE = /\.(txt|md|text)$/;

/** The gold file, or why it cannot be read. */
function parseGold(text: string): GoldFile | string {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    return `invalid JSON: ${(err as Error).message}`;
  }
  const parsed = GoldFile.safeParse(json);
  if (parsed.success) return parsed.data;
  return parsed.error.issues
    .slice(0, 3)
    .map((i) => `${i.path.join('.') || 'file'}: ${i.message}`)
    .join('; ');
}

/** Evaluates every article of `dir` that has a gold file beside it. */
export async function evaluateFolder(dir: string): Promise<EvalReport> {
  const names = (await readdir(dir)).sort();
  const differences: Difference[] = [];
  const goldEntities: { type: string }[] = [];
  const predicted: { type: string }[] = [];
  let documents = 0;
  for (const name of names) {
    if (!ARTICLE.test(name)) continue;
    const base = name.replace(ARTICLE, '');
    const goldText = await readFile(join(dir, `${base}.gold.json`), 'utf8').catch(() => null);
    if (goldText === null) continue;
    const gold = parseGold(goldText);
    if (typeof gold === 'string') {
      // A broken gold file is a difference to report, not a crash that hides every other document.
      differences.push({ doc: base, kind: 'bad-gold', expected: `a gold file ${base}.gold.json`, got: gold });
      continue;
    }
    const text = (await readFile(join(dir, name), 'utf8')).replace(/^\uFEFF/, '');
    const record = processDocument(base, text, { lang: gold.lang, date: gold.date });
    documents++;
    goldEntities.push(...gold.entities);
    predicted.push(...record.entities);
    differences.push(...compare(base, gold, record, text));
  }
  return { documents, differences, ...tally(differences, goldEntities, predicted) };
}

export function formatReport(report: EvalReport): string {
  const pct = (x: number) => (x * 100).toFixed(1).padStart(6);
  const lines = [`${report.documents} document(s)`, 'type            gold  found     P      R     F1'];
  const row = (name: string, s: TypeScore) =>
    `${name.padEnd(14)} ${String(s.tp + s.fn).padStart(5)} ${String(s.tp + s.fp).padStart(6)} ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}`;
  for (const [t, s] of Object.entries(report.byType)) lines.push(row(t, s));
  lines.push(row('all', report.overall));
  if (report.differences.length) lines.push('', 'differences:');
  for (const d of report.differences) {
    const where = d.start === undefined ? '' : ` [${d.start}-${d.end}]`;
    const what = d.text === undefined ? '' : ` "${d.text}"`;
    const detail = [
      d.expected !== undefined ? `expected ${JSON.stringify(d.expected)}` : '',
      d.got !== undefined ? `got ${JSON.stringify(d.got)}` : '',
    ]
      .filter(Boolean)
      .join(', ');
    lines.push(`  ${d.doc}: ${d.kind} ${d.type ?? ''}${what}${where}${detail ? ` — ${detail}` : ''}`);
  }
  return lines.join('\n');
}
