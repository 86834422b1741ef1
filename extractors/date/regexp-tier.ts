// V8 runs a regex first in its bytecode interpreter and compiles it to machine code once it is
// used again; after some garbage collections it drops the machine code and starts over. The rules
// here are long word lists run on every document, so in a process that also runs other extractors
// they kept falling back to the interpreter (date.en ran about twice as slow). Compiling every
// regex at once costs little at start-up. Process-wide: it helps every extractor's regexes alike.
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-regexp-tier-up');
