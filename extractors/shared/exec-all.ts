// `[...text.matchAll(re)]` without matchAll's copy of the regex and its iterator: on many short
// documents the exec loop measured clearly faster (a fresh copy may also start in V8's slower
// regex interpreter).

/** Every match of a global regex in the text, as matchAll finds them (lastIndex is left at 0). */
export function execAll(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError('execAll needs a global pattern');
  const out: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    out.push(m);
    if (m[0] === '') pattern.lastIndex = advance(text, pattern.lastIndex, pattern.unicode);
  }
  pattern.lastIndex = 0;
  return out;
}

/** Where matchAll goes on after an empty match (AdvanceStringIndex): past a whole code point in unicode mode. */
export function advance(text: string, at: number, unicode: boolean): number {
  if (!unicode || at + 1 >= text.length) return at + 1;
  const c = text.charCodeAt(at);
  const n = text.charCodeAt(at + 1);
  return c >= 0xd800 && c <= 0xdbff && n >= 0xdc00 && n <= 0xdfff ? at + 2 : at + 1;
}
