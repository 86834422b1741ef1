// Adversarial text through the whole pipeline: every document must finish with a valid record.
// A quadratic regex or loop anywhere shows up here as a test that runs out of time.
import { describe, expect, it } from 'vitest';
import { processDocument } from '../pipeline/process.js';
import { DocumentRecord } from '../pipeline/schema.js';
import { ARTICLE_EN, ARTICLE_FR, runCli } from './cli-helpers.js';

const N = 200_000;
const fill = (unit: string, length = N) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

/** Name → text. Each is a shape that makes a careless regex backtrack or a careless loop rescan. */
const HOSTILE: Record<string, string> = {
  digits: fill('7'),
  'digits and spaces': fill('1 2'),
  'thousands groups': fill('1 000 '),
  'dot groups': fill('1.000.'),
  'comma groups': fill('12,5,'),
  'slashes and dashes': fill('12/05-'),
  'nbsp runs': fill('\u00a0'),
  'digits with nbsp': fill('3\u00a0'),
  'digits with narrow nbsp': fill('3\u202f000'),
  'letters, no spaces': fill('abcdefghij'),
  'capitals, no spaces': fill('ABCDEFGHIJ'),
  'capitalised words': fill('Jean Paul Marie Dupont '),
  'brackets open': fill('('),
  'brackets nested': `${fill('([{', N / 2)}${fill('}])', N / 2)}`,
  'quotes and apostrophes': fill('«\'’"»'),
  'currency signs': fill('$€£ '),
  'number words': fill('millions de milliards de '),
  'amount without unit': fill('plus de 5 '),
  'date-ish': fill('le 8 mai '),
  'hyphens and dots': fill('-.-.'),
  'combining accents': fill('e\u0301'),
  'spaces only': fill(' '),
  'newlines only': fill('\n'),
  'one megabyte, one line': fill(`${ARTICLE_FR.replace(/\n/g, ' ')} ${ARTICLE_EN.replace(/\n/g, ' ')} `, 1 << 20),
};

describe('hostile text, in process', () => {
  for (const [name, text] of Object.entries(HOSTILE)) {
    it(`finishes with a valid record: ${name}`, () => {
      for (const lang of [undefined, 'fr', 'en']) {
        const record = DocumentRecord.parse(processDocument(name, text, { lang, date: '2024-05-08' }));
        expect(record.id).toBe(name);
        for (const e of record.entities) expect(text.slice(e.start, e.end)).toBe(e.text);
      }
    }, 120_000);
  }
});

describe('hostile text, through the CLI', () => {
  it('answers every line with a valid record', async () => {
    const names = Object.keys(HOSTILE);
    const input = names.map((id) => JSON.stringify({ id, text: HOSTILE[id] })).join('\n');
    const r = await runCli(['extract', '--stdin'], `${input}\n`);
    const records = r.stdout
      .split('\n')
      .filter(Boolean)
      .map((l) => DocumentRecord.parse(JSON.parse(l)));
    expect(records.map((x) => x.id)).toEqual(names);
    // Timeouts are allowed (that is the budget doing its job); crashes are not.
    for (const x of records) expect(x.error?.code ?? 'timeout', x.id).toBe('timeout');
    expect(r.code === 0 || r.code === 1).toBe(true);
  }, 300_000);
});
