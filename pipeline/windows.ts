// A very long document (a dump of many articles, a book) is extracted window by window: each window
// runs through sentences → extract → link on its own, so the memory those stages use (per-token
// objects, per-character tables, mentions before linking) is that of one window, whatever the
// document's length, and the time budget of `--timeout-ms` is each window's. Ordinary articles (tens
// of kilobytes) are one window, read exactly as before. The price: names are not linked across
// windows (a surname alone in one window does not find its full name in another).

/** Documents whose body is longer than this many UTF-16 units are extracted by windows. */
export const WINDOWED_FROM = 1 << 20;
/** A window's length at most. */
export const WINDOW = 1 << 18;

/**
 * The windows `[from, to)` covering `text` from `start`: one when the body is short enough, else
 * windows of at most `size` units cut after a paragraph break, else a line break, else a sentence's
 * end, else a space, in the window's second half (a hard cut only in text with none of them). Each
 * search looks at that half only, so the whole is linear whatever the text.
 */
export function windowsOf(
  text: string,
  start: number,
  size = WINDOW,
  windowedFrom = WINDOWED_FROM,
): [number, number][] {
  if (text.length - start <= windowedFrom) return [[start, text.length]];
  const windows: [number, number][] = [];
  let from = start;
  while (text.length - from > size) {
    const to = cutBefore(text, from + (size >> 1), from + size);
    windows.push([from, to]);
    from = to;
  }
  windows.push([from, text.length]);
  return windows;
}

const CUTS: readonly [string, number][] = [
  ['\n\n', 2],
  ['\n', 1],
  ['. ', 2],
  [' ', 1],
];

/** Where to cut in `[lo, hi)`: just after the last of the preferred separators found there. */
function cutBefore(text: string, lo: number, hi: number): number {
  const half = text.slice(lo, hi);
  for (const [separator, length] of CUTS) {
    const at = half.lastIndexOf(separator);
    if (at >= 0) return lo + at + length;
  }
  // Never between the two halves of a surrogate pair.
  const code = text.charCodeAt(hi - 1);
  return code >= 0xd800 && code <= 0xdbff ? hi - 1 : hi;
}
