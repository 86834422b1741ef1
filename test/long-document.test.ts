// Very long documents: extracted window by window (pipeline/windows.ts), their record file written
// in pieces (recordPieces in pipeline/write.ts).
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { processDocument } from '../pipeline/process.js';
import type { DocumentRecord, Entity } from '../pipeline/schema.js';
import { windowsOf } from '../pipeline/windows.js';
import {
  RecordFileStream,
  RecordSpool,
  recordFileContent,
  recordPieces,
  serializeRecord,
  writeFileAtomic,
  writeFileAtomicSync,
  writeRecordFileSync,
} from '../pipeline/write.js';

const covers = (windows: [number, number][], start: number, length: number) => {
  expect(windows[0]?.[0]).toBe(start);
  expect(windows.at(-1)?.[1]).toBe(length);
  for (let i = 1; i < windows.length; i++) expect(windows[i]?.[0]).toBe(windows[i - 1]?.[1]);
};

describe('windows of a long document', () => {
  it('leaves a document up to the threshold whole', () => {
    expect(windowsOf('x'.repeat(5000), 10, 100, 5000)).toEqual([[10, 5000]]);
  });

  it('cuts after a paragraph break where there is one', () => {
    const paragraph = `${'Une phrase de plus. '.repeat(4)}\n\n`; // 82 characters
    const text = paragraph.repeat(50);
    const windows = windowsOf(text, 0, 200, 1000);
    covers(windows, 0, text.length);
    for (const [, to] of windows.slice(0, -1)) expect(text.slice(to - 2, to)).toBe('\n\n');
    for (const [from, to] of windows) expect(to - from).toBeLessThanOrEqual(200);
  });

  it('falls back to a sentence end, then a space', () => {
    const sentences = 'Une phrase assez longue pour le test. '.repeat(100);
    for (const [, to] of windowsOf(sentences, 0, 200, 1000).slice(0, -1))
      expect(sentences.slice(to - 2, to)).toBe('. ');
    const words = 'mot '.repeat(1000);
    for (const [, to] of windowsOf(words, 0, 201, 1000).slice(0, -1)) expect(words[to - 1]).toBe(' ');
  });

  it('cuts text without separators at the window size, never inside a surrogate pair', () => {
    const text = '😀'.repeat(2000);
    const windows = windowsOf(text, 0, 301, 1000);
    covers(windows, 0, text.length);
    for (const [from, to] of windows) {
      expect(to - from).toBeLessThanOrEqual(301);
      expect(text.codePointAt(from)).toBe(0x1f600);
    }
  });

  it('stays linear on a long run without separators', () => {
    const text = 'a'.repeat(5_000_000);
    const windows = windowsOf(text, 0);
    covers(windows, 0, text.length);
    expect(windows.length).toBe(Math.ceil(text.length / (1 << 18)));
  });
});

// Articles written for this test, repeated (with a number that changes) past the windowing threshold.
const ARTICLE = (i: number) =>
  [
    `La société Norvia Énergie a annoncé le ${1 + (i % 28)} mars 2024 un investissement de ${i + 10} millions d'euros dans une centrale de ${(i % 90) + 10} MW près de Nantes, a indiqué sa présidente, Hélène Mercier.`,
    `Selon le ministère, les ventes ont progressé de ${(i % 9) + 1} % en un an.`,
  ].join(' ');

describe('a document longer than the windowing threshold', () => {
  const articles: string[] = [];
  let length = 0;
  while (length < (1 << 20) + 50_000) {
    const a = ARTICLE(articles.length);
    articles.push(a);
    length += a.length + 2;
  }
  const text = `date 2024-05-08\n${articles.join('\n\n')}\n`;
  let windows = 0;
  const record = processDocument('long', text, {}, undefined, { onWindow: () => windows++ });

  it('is read window by window, each window restarting the time budget', () => {
    expect(windows).toBe(windowsOf(text, 'date 2024-05-08\n'.length).length);
    expect(windows).toBeGreaterThan(4);
  });

  it('finds every article’s facts, as in the article alone', () => {
    expect(record.error).toBeUndefined();
    const count = (type: Entity['type']) => record.entities.filter((e) => e.type === type).length;
    expect(count('money')).toBe(articles.length);
    expect(count('quantity')).toBe(2 * articles.length);
    const alone = processDocument('one', `date 2024-05-08\n${articles[7]}`);
    const start = text.indexOf(articles[7] as string);
    const inLong = record.entities
      .filter((e) => e.start >= start && e.end <= start + (articles[7] as string).length)
      .map((e) => [e.type, e.text, e.start - start, JSON.stringify(e.value)]);
    const offset = 'date 2024-05-08\n'.length;
    expect(inLong).toEqual(alone.entities.map((e) => [e.type, e.text, e.start - offset, JSON.stringify(e.value)]));
  });

  it('can be written to its record file window by window, to the same text', async () => {
    const out = await mkdtemp(join(tmpdir(), 'tamis-stream-'));
    try {
      const stream = new RecordFileStream(out);
      let windowsTaken = 0;
      const streamed = processDocument('long', text, {}, undefined, {
        takeEntities: (head, entities) => {
          windowsTaken++;
          stream.take(head, entities);
        },
      });
      expect(streamed.entities).toEqual([]);
      expect(windowsTaken).toBe(windows);
      const path = stream.finish(streamed);
      expect(await readFile(path, 'utf8')).toBe(recordFileContent(record));
      expect(await readdir(out)).toEqual(['long.json']);
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });

  it('writes the error record instead when the document fails after some windows', async () => {
    const out = await mkdtemp(join(tmpdir(), 'tamis-stream-'));
    try {
      const stream = new RecordFileStream(out);
      stream.take({ schemaVersion: 1, id: 'doc', language: { code: 'fr', confidence: 1 }, referenceDate: null }, [
        record.entities[0],
      ]);
      const failed: DocumentRecord = { ...record, id: 'doc', entities: [], error: { code: 'internal', message: 'x' } };
      stream.finish(failed);
      expect(await readdir(out)).toEqual(['doc.json']);
      expect(JSON.parse(await readFile(join(out, 'doc.json'), 'utf8'))).toEqual(failed);
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });

  it('can be spooled window by window for the output stream, to the same line', async () => {
    for (const format of ['jsonl', 'json'] as const) {
      const spool = new RecordSpool(format);
      const streamed = processDocument('long', text, {}, undefined, {
        takeEntities: (head, entities) => spool.take(head, entities),
      });
      const path = spool.finish(streamed);
      expect(path).toBe(spool.path);
      expect(await readFile(spool.path, 'utf8')).toBe(serializeRecord(record, format));
      await rm(spool.path);
    }
  });

  it('leaves no spool file when the document fails after some windows', async () => {
    const spool = new RecordSpool('jsonl');
    spool.take({ schemaVersion: 1, id: 'doc', language: { code: 'fr', confidence: 1 }, referenceDate: null }, [
      record.entities[0],
    ]);
    expect(spool.started).toBe(true);
    const failed: DocumentRecord = { ...record, id: 'doc', entities: [], error: { code: 'internal', message: 'x' } };
    expect(spool.finish(failed)).toBeNull();
    await expect(readFile(spool.path)).rejects.toThrow();
  });

  it('numbers its entities once across windows, and every reference points at one of them', () => {
    const ids = record.entities.map((e) => e.id);
    expect(ids).toEqual(record.entities.map((_, i) => `e${i + 1}`));
    const known = new Set(ids);
    for (const e of record.entities) {
      expect(text.slice(e.start, e.end)).toBe(e.text);
      if (e.entityId) expect(known.has(e.entityId)).toBe(true);
    }
  });
});

describe('a record file in pieces', () => {
  const entity = (i: number): Entity =>
    i % 3 === 0
      ? {
          type: 'money',
          id: `e${i}`,
          text: `${i} €`,
          start: i,
          end: i + 3,
          rule: 'r',
          value: { amount: i, currency: 'EUR' },
        }
      : i % 3 === 1
        ? {
            type: 'person',
            id: `e${i}`,
            text: 'Zoë “Li”\n',
            start: i,
            end: i + 9,
            entityId: 'e1',
            value: { name: 'Zoë' },
          }
        : { type: 'date', id: `e${i}`, text: 'hier', start: i, end: i + 4, confidence: 0.5, value: null };
  const record = (entities: number, extra: Partial<DocumentRecord> = {}): DocumentRecord => ({
    schemaVersion: 1,
    id: 'doc',
    language: { code: 'fr', confidence: 0.9 },
    referenceDate: '2024-05-08',
    entities: Array.from({ length: entities }, (_, i) => entity(i)),
    ...extra,
  });

  it('is the same text as the record written at once', () => {
    const extras: Partial<DocumentRecord>[] = [
      {},
      {
        segments: [{ start: 0, end: 4, language: { code: 'en', confidence: 1 } }],
        warnings: [{ code: 'w', message: 'm' }],
      },
      { source: { path: 'a.txt', bytes: 3 }, error: { code: 'x', message: 'y' } },
    ];
    for (const size of [0, 1, 1999, 2000, 2001, 4000, 6500])
      for (const extra of extras) {
        const pieces = [...recordPieces(record(size, extra))];
        expect(pieces.join('')).toBe(recordFileContent(record(size, extra)));
        expect(pieces.length).toBe(size <= 2000 ? 1 : Math.ceil(size / 2000) + 2);
        // The same for the output stream's two layouts.
        for (const format of ['json', 'jsonl'] as const)
          expect([...recordPieces(record(size, extra), format)].join('')).toBe(
            serializeRecord(record(size, extra), format),
          );
      }
  });

  const dir = mkdtemp(join(tmpdir(), 'tamis-pieces-'));
  afterAll(async () => rm(await dir, { recursive: true, force: true }));

  it('is written whole, atomically, from pieces', async () => {
    const out = await dir;
    writeFileAtomicSync(join(out, 'a', 'sync.txt'), ['one ', 'two ', 'three']);
    await writeFileAtomic(
      join(out, 'b', 'async.txt'),
      (function* () {
        yield 'four ';
        yield 'five';
      })(),
    );
    expect(await readFile(join(out, 'a', 'sync.txt'), 'utf8')).toBe('one two three');
    expect(await readFile(join(out, 'b', 'async.txt'), 'utf8')).toBe('four five');
    const big = record(4500);
    expect(JSON.parse(await readFile(writeRecordFileSync(out, big), 'utf8'))).toEqual(big);
  });
});
