// The output stream of a run: records in input order, whatever order they finish in, framed as
// JSON Lines or as one JSON array. A very long document's record comes as a spool file (see
// RecordSpool in write.ts), copied to the stream in its turn and removed.
import { once } from 'node:events';
import { createReadStream } from 'node:fs';
import { unlink } from 'node:fs/promises';
import type { Writable } from 'node:stream';

/** A record's text, the file it was spooled to, or null for a document that gives none (skipped). */
export type Chunk = string | { spool: string } | null;

/**
 * How the chunks are framed on the stream: JSON Lines need nothing; `--format json` is one JSON
 * array, streamed (`[`, the records between commas, `]`), so that `JSON.parse` reads the output.
 */
export interface Framing {
  open: string;
  separator: string;
  close: string;
}

export const FRAMING: Record<'json' | 'jsonl', Framing> = {
  jsonl: { open: '', separator: '', close: '' },
  json: { open: '[\n', separator: ',\n', close: '\n]\n' },
};

/** Writes numbered chunks to a stream in number order, whatever order they finish in. */
export class OrderedWriter {
  private next = 0;
  private written = 0;
  private readonly ready = new Map<number, Chunk>();
  private draining = false;
  /** Set while a spool file is copied: the chunks after it wait. */
  private copying = false;
  private waiters: (() => void)[] = [];

  /** Set when the reader went away (`tamis … | head`): the run stops taking new documents. */
  closed = false;

  constructor(
    private readonly stream: Writable,
    private readonly framing: Framing = FRAMING.jsonl,
  ) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code !== 'EPIPE') process.stderr.write(`tamis: output: ${err.message}\n`);
      this.closed = true;
      this.draining = false;
      this.wake();
    });
  }

  put(seq: number, chunk: Chunk): void {
    this.ready.set(seq, chunk);
    this.flush();
  }

  /** Writes the chunks that are next in order, up to a spool file, whose copy goes on by itself. */
  private flush(): void {
    let ok = true;
    while (!this.copying && this.ready.has(this.next)) {
      const chunk = this.ready.get(this.next) as Chunk;
      this.ready.delete(this.next);
      this.next++;
      if (chunk === null) continue;
      if (this.closed) {
        if (typeof chunk !== 'string') void unlink(chunk.spool).catch(() => {});
        continue;
      }
      const lead = this.written++ === 0 ? this.framing.open : this.framing.separator;
      if (typeof chunk === 'string') ok = this.stream.write(lead + chunk) && ok;
      else {
        if (lead) ok = this.stream.write(lead) && ok;
        this.copying = true;
        void this.copy(chunk.spool).finally(() => {
          this.copying = false;
          this.flush();
        });
      }
    }
    if (!ok && !this.draining && !this.closed) {
      this.draining = true;
      this.stream.once('drain', () => {
        this.draining = false;
        this.wake();
      });
    }
    this.wake();
  }

  /** Copies a spool file to the stream a piece at a time, as fast as the stream takes it, then removes it. */
  private async copy(path: string): Promise<void> {
    try {
      for await (const piece of createReadStream(path, { highWaterMark: 1 << 20 })) {
        if (this.closed) break;
        // `once` rejects if the stream fails meanwhile: the error handler has closed the writer.
        if (!this.stream.write(piece)) await once(this.stream, 'drain').catch(() => {});
      }
    } catch (err) {
      // The record is lost from the stream (it would be cut in the middle): say so.
      process.stderr.write(`tamis: output: cannot copy ${path}: ${err instanceof Error ? err.message : String(err)}\n`);
    } finally {
      await unlink(path).catch(() => {});
    }
  }

  /** Closes the framing once every chunk is written: `]` for a JSON array, `[]` when there was none. */
  async end(): Promise<void> {
    while (this.copying) await new Promise<void>((r) => this.waiters.push(r));
    if (this.closed) return;
    const { open, close } = this.framing;
    if (open || close) this.stream.write(this.written === 0 ? `${open.trimEnd()}${close.trimStart()}` : close);
  }

  /** Resolves once chunk `seq` may be started: fewer than `window` chunks ahead of the stream. */
  async room(seq: number, window: number): Promise<void> {
    while (!this.closed && (this.draining || seq - this.next >= window))
      await new Promise<void>((r) => this.waiters.push(r));
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }
}
