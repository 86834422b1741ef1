#!/usr/bin/env -S node --no-regexp-tier-up --max-semi-space-size=4
// The installed `tamis` command: runs the TypeScript CLI through tsx's loader.
// --no-regexp-tier-up: V8 compiles every regex to machine code at once instead of interpreting it
// first and dropping the code after garbage collections; the extractors' long word-list rules ran
// up to twice as slow without it. It must be given at start-up: setting it at run time
// (v8.setFlagsFromString) crashed the process now and then.
// --max-semi-space-size=4: a small young generation for the main thread, which in a batch reads,
// hashes and writes (its young generation otherwise grew to ~35 MB); worker threads keep V8's
// default (pipeline/pool.ts).
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../pipeline/cli.ts');
process.exitCode = await main(process.argv.slice(2));
