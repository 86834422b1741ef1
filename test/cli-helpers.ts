// Spawns the CLI the way users run it, for the batch, CLI and hostile-input tests.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..');

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs `node --import tsx pipeline/cli.ts …args` from the project root, feeding `stdin`. */
export function runCli(args: string[], stdin?: string): Promise<CliResult> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'pipeline/cli.ts', ...args], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
    });
    child.on('error', fail);
    child.on('close', (code, signal) => done({ code, signal, stdout, stderr }));
    child.stdin.on('error', () => {});
    child.stdin.end(stdin ?? '');
  });
}

const made: string[] = [];

/** A fresh temporary folder; `removeTempDirs` (in an afterAll) deletes every one made. */
export async function tempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `tamis-${prefix}-`));
  made.push(dir);
  return dir;
}

export async function removeTempDirs(): Promise<void> {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
}

/** News-like French and English paragraphs written for these tests. */
export const ARTICLE_FR =
  "date 2024-03\nLa société Brévent a annoncé le 12 mars 2024 un investissement de 40 millions d'euros " +
  'à Lyon pour une usine de 25 MW. Selon son directeur, Paul Marchand, le chantier durera deux ans.\n';
export const ARTICLE_EN =
  'On 4 June 2023 the Harbor Energy group said it would spend $12 million on a 30 MW solar farm near Leeds, ' +
  'according to its chief executive, Jane Holt.\n';
