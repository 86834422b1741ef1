// The output stream of a run: records in input order, spooled ones copied in their turn.
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { FRAMING, OrderedWriter } from '../pipeline/ordered-writer.js';

const dir = mkdtemp(join(tmpdir(), 'tamis-ordered-'));
afterAll(async () => rm(await dir, { recursive: true, force: true }));

/** A stream that keeps what it is given, taking it slowly (a small buffer, so that it asks to drain). */
function slowSink(): { stream: Writable; text: () => string } {
  const parts: Buffer[] = [];
  const stream = new Writable({
    highWaterMark: 16,
    write(chunk: Buffer, _encoding, done) {
      parts.push(Buffer.from(chunk));
      setImmediate(done);
    },
  });
  return { stream, text: () => Buffer.concat(parts).toString('utf8') };
}

async function spoolOf(name: string, text: string): Promise<{ spool: string }> {
  const path = join(await dir, name);
  await writeFile(path, text);
  return { spool: path };
}

describe('OrderedWriter', () => {
  it('writes chunks in order, a spooled record in its turn, and removes its file', async () => {
    const sink = slowSink();
    const writer = new OrderedWriter(sink.stream);
    const long = `{"id":"long","text":"${'é'.repeat(3_000_000)}"}\n`;
    writer.put(2, 'c\n');
    writer.put(1, await spoolOf('one.jsonl', long));
    writer.put(3, null);
    writer.put(0, 'a\n');
    writer.put(4, 'd\n');
    await writer.end();
    await new Promise((r) => sink.stream.end(r));
    expect(sink.text()).toBe(`a\n${long}c\nd\n`);
    expect(await readdir(await dir)).not.toContain('one.jsonl');
  });

  it('frames spooled records in a JSON array like the others', async () => {
    const sink = slowSink();
    const writer = new OrderedWriter(sink.stream, FRAMING.json);
    writer.put(0, await spoolOf('first.json', '{\n  "id": "x"\n}'));
    writer.put(1, '{\n  "id": "y"\n}');
    await writer.end();
    await new Promise((r) => sink.stream.end(r));
    expect(JSON.parse(sink.text())).toEqual([{ id: 'x' }, { id: 'y' }]);
  });

  it('removes the spool files it can no longer write once the reader is gone', async () => {
    const stream = new PassThrough();
    const writer = new OrderedWriter(stream);
    stream.emit('error', Object.assign(new Error('gone'), { code: 'EPIPE' }));
    expect(writer.closed).toBe(true);
    writer.put(0, await spoolOf('late.jsonl', '{}\n'));
    await writer.end();
    // (The removal is not awaited by put: give it a moment.)
    for (let i = 0; i < 50 && (await readdir(await dir)).includes('late.jsonl'); i++)
      await new Promise((r) => setTimeout(r, 10));
    expect(await readdir(await dir)).not.toContain('late.jsonl');
  });
});
