// V8 runs a regex first in its bytecode interpreter and compiles it to machine code once it is
// used again; after some garbage collections it drops the machine code and starts over. The
// extractors' rules are long word lists run on every document, so in a process that runs them all
// they kept falling back to the interpreter (date.en ran about twice as slow). Compiling every regex
// at once costs little at start-up. The flag is process-wide, so only tamis's own processes set it
// (the CLI and its worker threads, which import this module first); a program that uses the library
// keeps its V8 settings, and may set the same flag itself.
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-regexp-tier-up');
