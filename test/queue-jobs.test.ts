// Queue mode without Redis: job ids, job preparation, the job processor's retry decisions, and the
// input checks (which must stay fast on hostile input).
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Job } from 'bullmq';
import { UnrecoverableError } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFile } from '../pipeline/load.js';
import { createExecutor } from '../pipeline/pool.js';
import { type JobData, jobIdOf, prepareFile, prepareText, sha256 } from '../pipeline/queue/jobs.js';
import { checkQueueName, redact } from '../pipeline/queue/producer.js';
import { jobProcessor, MAX_STALLS, type WorkerResult } from '../pipeline/queue/worker.js';
import { DocumentRecord } from '../pipeline/schema.js';
import { recordPath } from '../pipeline/write.js';

const TEXT = "Le 3 février 2025, la région Bretagne a voté un budget de 1,8 milliard d'euros.";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tamis-queue-jobs-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('job ids', () => {
  const base: JobData = { kind: 'text', id: 'a', text: TEXT };
  const digest = sha256(TEXT);

  it('are the same for the same document and options, whatever the field order', () => {
    expect(jobIdOf(digest, base)).toBe(jobIdOf(digest, { text: TEXT, id: 'a', kind: 'text' }));
  });

  it('differ when the content, the record id or an option differs', () => {
    const ids = new Set([
      jobIdOf(digest, base),
      jobIdOf(sha256(`${TEXT} `), base),
      jobIdOf(digest, { ...base, id: 'b' }),
      jobIdOf(digest, { ...base, lang: 'fr' }),
      jobIdOf(digest, { ...base, date: '2025-02-03' }),
      jobIdOf(digest, { ...base, types: ['money'] }),
    ]);
    expect(ids.size).toBe(6);
  });

  it('are valid BullMQ custom ids: never an integer, never a colon', () => {
    const id = jobIdOf(digest, base);
    expect(id).toMatch(/^doc-[0-9a-f]{64}$/);
    expect(`${Number.parseInt(id, 10)}`).not.toBe(id);
  });
});

describe('preparing jobs', () => {
  it("keeps a line's own lang and date apart from the flags, which are only defaults, and ignores unset flags", () => {
    const flags = { fallbackLang: 'en', fallbackDate: '2020-01-01' };
    const own = prepareText('x', TEXT, { lang: 'fr', date: '2025-02-03' }, flags);
    expect(own.ok && own.data).toMatchObject({ lang: 'fr', date: '2025-02-03', ...flags });
    const plain = prepareText('x', TEXT, {}, {});
    const unset = prepareText('x', TEXT, {}, { fallbackLang: undefined, fallbackDate: undefined, types: undefined });
    expect(plain.ok && unset.ok && plain.jobId === unset.jobId).toBe(true);
    expect(plain.ok && Object.keys(plain.data).sort()).toEqual(['id', 'kind', 'text']);
  });

  it('hashes a file exactly as its record will (source.sha256)', async () => {
    const path = join(dir, 'article.txt');
    await writeFile(path, `\ufeff${TEXT}\n`);
    const prepared = await prepareFile({ path, id: 'article' }, {});
    const loaded = await loadFile({ path, id: 'article' }, 1e6);
    expect(prepared.ok && prepared.data.kind === 'file' && prepared.data.sha256).toBe(loaded.source?.sha256);
  });

  it('rejects a missing file with a reason instead of queueing it', async () => {
    const prepared = await prepareFile({ path: join(dir, 'nowhere.txt'), id: 'nowhere' }, {});
    expect(prepared.ok).toBe(false);
    expect(!prepared.ok && prepared.message).toContain('nowhere.txt');
  });
});

describe('the job processor', () => {
  const executor = createExecutor({ threads: 1, timeoutMs: 10_000 });
  afterAll(() => executor.close());

  const fakeJob = (data: JobData, attemptsMade: number, attempts: number, stalledCounter = 0) =>
    ({ data, attemptsMade, stalledCounter, opts: { attempts } }) as unknown as Job<JobData, WorkerResult>;
  const readRecord = async (out: string, id: string) =>
    DocumentRecord.parse(JSON.parse(await readFile(recordPath(out, id), 'utf8')));

  it('writes the record and returns where', async () => {
    const out = join(dir, 'ok');
    const result = await jobProcessor(executor, { out, maxBytes: 1e6 })(
      fakeJob({ kind: 'text', id: 'bzh', text: TEXT, lang: 'fr' }, 0, 3),
    );
    const record = await readRecord(out, 'bzh');
    expect(result.path).toBe(recordPath(out, 'bzh'));
    expect(record.error).toBeUndefined();
    expect(result.entities).toBe(record.entities.length);
    expect(record.entities.some((e) => e.type === 'money')).toBe(true);
  });

  it('retries a missing file, and writes an error record on the last attempt', async () => {
    const out = join(dir, 'missing');
    const data: JobData = { kind: 'file', id: 'gone', path: join(dir, 'gone.txt'), sha256: sha256('') };
    const processor = jobProcessor(executor, { out, maxBytes: 1e6 });
    const early = await processor(fakeJob(data, 0, 3)).catch((err: unknown) => err);
    expect(early).toBeInstanceOf(Error);
    expect(early).not.toBeInstanceOf(UnrecoverableError);
    await expect(readFile(recordPath(out, 'gone'))).rejects.toThrow();

    const last = await processor(fakeJob(data, 2, 3)).catch((err: unknown) => err);
    expect(last).toBeInstanceOf(UnrecoverableError);
    expect((await readRecord(out, 'gone')).error?.code).toBe('not-found');
  });

  it('fails a file no retry can mend at once, with its error record', async () => {
    const out = join(dir, 'binary');
    const path = join(dir, 'image.txt');
    await writeFile(path, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0, 1, 2, 3]));
    const data: JobData = { kind: 'file', id: 'image', path, sha256: sha256('') };
    const first = await jobProcessor(executor, { out, maxBytes: 1e6 })(fakeJob(data, 0, 3)).catch((e: unknown) => e);
    expect(first).toBeInstanceOf(UnrecoverableError);
    expect((await readRecord(out, 'image')).error).toBeDefined();
  });

  it('fails a job that was in hand whenever its workers died, instead of running it again', async () => {
    const out = join(dir, 'poison');
    const data: JobData = { kind: 'text', id: 'poison', text: TEXT };
    const processor = jobProcessor(executor, { out, maxBytes: 1e6 });
    await expect(processor(fakeJob(data, 0, 3, MAX_STALLS - 1))).resolves.toMatchObject({
      entities: expect.any(Number),
    });
    const again = await processor(fakeJob(data, 0, 3, MAX_STALLS)).catch((err: unknown) => err);
    expect(again).toBeInstanceOf(UnrecoverableError);
    expect((await readRecord(out, 'poison')).error?.code).toBe('stalled');
  });
});

describe('input checks', () => {
  it('accepts plain queue names and refuses the rest', () => {
    expect(checkQueueName('tamis-archive_2024.v2')).toBe('tamis-archive_2024.v2');
    for (const bad of ['', 'a:b', 'a b', 'x'.repeat(101)]) expect(() => checkQueueName(bad)).toThrow();
  });

  it('hides the password of a Redis URL', () => {
    expect(redact('redis://app:s3cret@10.0.0.5:6379/0')).toBe('redis://app:***@10.0.0.5:6379/0');
    expect(redact('redis://127.0.0.1:6379')).toBe('redis://127.0.0.1:6379');
  });

  it('stays fast on long hostile input', () => {
    const hostile = [
      'a'.repeat(200_000),
      '/'.repeat(200_000),
      '//a:'.repeat(50_000),
      ':@'.repeat(100_000),
      '1'.repeat(200_000),
      '{['.repeat(100_000),
    ];
    for (const text of hostile) {
      expect(() => checkQueueName(text)).toThrow();
      expect(redact(text).length).toBeGreaterThan(0);
    }
  });
});
