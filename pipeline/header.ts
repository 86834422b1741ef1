// Header metadata at the start of an article: lines such as `date 2024-05` (the seed article's
// form, where the header and the body may even share a line). Only known keys are read, so a body
// that happens to start with "date" is left alone unless an ISO date follows.
import type { Doc } from './document.js';
import { parseReferenceDate } from './reference-date.js';

const HEADER_FIELD = /[ \t\uFEFF]*(date|lang)[ \t]*[:=]?[ \t]+(\S+)[ \t]*(?:\r?\n|[ \t]|$)/iy;
const MAX_HEADER_FIELDS = 8;

/** Reads the header fields, sets the reference date and language hint, and where the body starts. */
export function readHeader(doc: Doc): void {
  let at = 0;
  let headerDate: string | undefined;
  let headerLang: string | undefined;
  for (let i = 0; i < MAX_HEADER_FIELDS; i++) {
    HEADER_FIELD.lastIndex = at;
    const m = HEADER_FIELD.exec(doc.text);
    if (!m) break;
    const key = (m[1] ?? '').toLowerCase();
    const value = m[2] ?? '';
    if (key === 'date' && parseReferenceDate(value)) headerDate = value;
    else if (key === 'lang' && /^[a-z]{2}$/.test(value)) headerLang = value;
    else break;
    at += m[0].length;
  }
  doc.bodyStart = at;

  const given = doc.options.date ?? headerDate;
  if (given !== undefined) {
    doc.referenceDate = parseReferenceDate(given);
    if (!doc.referenceDate) {
      doc.warnings.push({
        code: 'bad-date',
        message: `reference date "${given}" is not ISO 8601; relative dates stay unresolved`,
      });
    }
  }
  if (doc.options.lang === undefined && headerLang !== undefined) doc.options = { ...doc.options, lang: headerLang };
}
