// Header metadata at the start of an article: lines such as `date 2024-05` (the seed article's
// form, where the header and the body may even share a line). Only known keys are read, so a body
// that happens to start with "date" is left alone unless a date-shaped value follows. A header date
// that has the shape but is no real date (`date 2024-13-45`) is still the header: it is skipped and
// warned about, never read as body text.
import { type Doc, languageCode } from './document.js';
import { parseReferenceDate } from './reference-date.js';

const HEADER_FIELD = /[ \t\uFEFF]*(date|lang)[ \t]*[:=]?[ \t]+(\S+)[ \t]*(?:\r?\n|[ \t]|$)/iy;
const MAX_HEADER_FIELDS = 8;
/** Digits and separators laid out like an ISO date or date-time, valid or not. */
const DATE_SHAPED = /^-?\d{4}-\d{1,2}(?:-\d{1,2})?(?:[T ][\d:.,+\-Z]{1,30})?$/;

/** Reads the header fields, sets the reference date and language hint, and where the body starts. */
export function readHeader(doc: Doc): void {
  let at = 0;
  let headerDate: string | undefined;
  let badHeaderDate: string | undefined;
  let headerLang: string | undefined;
  for (let i = 0; i < MAX_HEADER_FIELDS; i++) {
    HEADER_FIELD.lastIndex = at;
    const m = HEADER_FIELD.exec(doc.text);
    if (!m) break;
    const key = (m[1] ?? '').toLowerCase();
    const value = m[2] ?? '';
    // A language tag in lower case first, so that a body opening on a name ("Lang Li a dit") stays body.
    const lang = key === 'lang' && /^[a-z]/.test(value) ? languageCode(value) : null;
    if (key === 'date' && parseReferenceDate(value)) headerDate = value;
    else if (key === 'date' && DATE_SHAPED.test(value)) badHeaderDate = value;
    else if (lang) headerLang = lang;
    else break;
    at += m[0].length;
  }
  doc.bodyStart = at;

  const given = doc.options.date ?? headerDate ?? doc.options.fallbackDate;
  if (given === undefined && badHeaderDate !== undefined) {
    doc.warnings.push({
      code: 'bad-date',
      message: `header date "${badHeaderDate}" is not a valid date; relative dates stay unresolved`,
    });
  }
  if (given !== undefined) {
    doc.referenceDate = parseReferenceDate(given);
    if (!doc.referenceDate) {
      doc.warnings.push({
        code: 'bad-date',
        message: `reference date "${given}" is not ISO 8601; relative dates stay unresolved`,
      });
    }
  }
  const lang = doc.options.lang ?? headerLang ?? doc.options.fallbackLang;
  if (lang !== doc.options.lang) doc.options = { ...doc.options, lang };
}
