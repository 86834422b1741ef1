// Checks an output folder once, before any document is read, for every command that writes records.
import { mkdirSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * Makes sure `--out` is a folder tamis can write into before any document is read, so a wrong path
 * is one clear usage error rather than an error per document and a stack trace. The folders are
 * made one level at a time: Node's recursive mkdir never returns under /proc and similar mounts.
 * Returns why it cannot be used, or null.
 */
export function prepareOutDir(out: string): string | null {
  const missing: string[] = [];
  let dir = resolve(out);
  try {
    for (;;) {
      try {
        if (!statSync(dir).isDirectory()) return `cannot write to --out ${out}: ${dir} is not a folder`;
        break;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'ENOENT' || dirname(dir) === dir) throw err;
        missing.unshift(dir);
        dir = dirname(dir);
      }
    }
    for (const d of missing) mkdirSync(d);
    const probe = join(resolve(out), `.tamis-write-probe.${process.pid}.tmp`);
    writeFileSync(probe, '');
    unlinkSync(probe);
    return null;
  } catch (err) {
    return `cannot write to --out ${out}: ${(err as Error).message}`;
  }
}
