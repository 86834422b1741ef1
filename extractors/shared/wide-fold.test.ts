import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import dates from '../date/index.js';
import money from '../money/en.js';
import moneyFr from '../money/fr.js';
import quantity from '../quantity/en.js';
import quantityFr from '../quantity/fr.js';
import type { Extractor } from '../types.js';
import { CURRENCY_STAND_IN, oneByteCopy, unfolded } from './one-byte.js';
import { NAMED_WIDE, wideStandIn } from './wide-fold.js';

const standIn = (c: string) => {
  const s = wideStandIn(c.charCodeAt(0));
  return s < 0 ? null : String.fromCharCode(s);
};

describe('wide fold', () => {
  it('stands a Latin-1 letter of the same case in for a wide letter with a plain case pair', () => {
    for (const c of 'ğşłęšřćđжюωσ') expect(standIn(c)).toBe('ð');
    for (const c of 'ĞŞŁĘŠŘĆĐЖЮΩΣ') expect(standIn(c)).toBe('Ð');
    for (const c of '北الʼ') expect(standIn(c)).toBe('ª');
    for (const c of '•→™„‚✓≠∞★\u200b\u2060') expect(standIn(c)).toBe('\u0080');
    for (const c of '\u2009\u2002\u3000\ufeff') expect(standIn(c)).toBe('\f');
  });

  it('leaves what a Latin-1 character cannot stand in for, or a rule names', () => {
    // Case partners of Latin-1 letters, or no plain pair: μ/Μ (µ), Ÿ (ÿ), ẞ (ß), ſ (s), K (k), ı, İ, ς, ǅ.
    for (const c of 'μΜŸẞſKıİςǅ') expect(standIn(c)).toBeNull();
    // Digits and fractions, marks, spaces, currency signs, the named ones, surrogates.
    for (const c of ['٣', '₂', '⅓', '\u0301', '\u2028', '₹', '₸', '⅔', 'μ', '\ud83d']) expect(standIn(c)).toBeNull();
  });

  it('names every wide character its rules name', () => {
    // The sources of the extractors that read the wide fold, comments left out: every character
    // above U+00FF in them is folded by the typographic fold or listed in NAMED_WIDE.
    const root = join(import.meta.dirname, '..');
    const folded = `€’\u202F–—“”‘…œŒ‐‑−₂′″≈≤≥℃℉‰⅓⅔⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞${Object.keys(CURRENCY_STAND_IN).join('')}`;
    for (const folder of ['date', 'money', 'quantity', 'number']) {
      for (const file of readdirSync(join(root, folder))) {
        if (!file.endsWith('.ts') || file.endsWith('.test.ts') || file.endsWith('.corpus.ts')) continue;
        const code = withoutComments(readFileSync(join(root, folder, file), 'utf8'));
        const escaped = [...code.matchAll(/\\u([0-9A-Fa-f]{4})/g)].map((m) =>
          String.fromCharCode(Number.parseInt(m[1]!, 16)),
        );
        for (const c of [...code, ...escaped])
          if (c.charCodeAt(0) > 0xff && !folded.includes(c))
            expect(NAMED_WIDE.includes(c), `${folder}/${file} names ${c}`).toBe(true);
      }
    }
  });

  it('makes no copy of a passage holding a named wide character or a stand-in', () => {
    expect(oneByteCopy('Erdoğan : 2 μm', 'wide')).toBeUndefined();
    expect(oneByteCopy('Erdoğan : 5 ₸', 'wide')).toBeUndefined();
    expect(oneByteCopy('Erdoğan, Þór', 'wide')).toBeUndefined();
    expect(oneByteCopy('Erdoğan¹', 'wide')).toBeUndefined();
    expect(oneByteCopy('Erdoğan \u0080', 'wide')).toBeUndefined();
    expect(oneByteCopy('Erdoğan 𝐀', 'wide')).toBeUndefined(); // a letter beyond U+FFFF
    expect(oneByteCopy('Erdoğan \ud83d', 'wide')).toBeUndefined(); // half a character
    // An emoji is two units, each a symbol.
    expect(oneByteCopy('Erdoğan 😀!', 'wide')).toBe('Erdoðan \u0080\u0080!');
    expect(oneByteCopy('Nothing wide here.', 'wide')).toBeUndefined();
    expect(oneByteCopy('Erdoğan – “Łódź” ’ ð', 'wide')).toBe("Erdoğan \u0096 \u0093Ðódð\u0094 ' ð".replace('ğ', 'ð'));
    // The hyphens, the minus sign and the subscript two have stand-ins of their own, given back.
    const named = 'CO₂ : −5 °C, 20‑30 MW, 12‐inch';
    expect(oneByteCopy(named, 'wide')).toBe('CO¹ : \u00835 °C, 20\u008230 MW, 12\u0081inch');
    expect(unfolded(oneByteCopy(named, 'wide')!)).toBe(named);
  });

  it('gives the date, money and quantity rules the same mentions with wide characters standing in', () => {
    const inLanguage = (list: Extractor[], lang: string) => list.find((x) => x.lang === lang)!;
    for (const [extractor, text] of [
      [
        inLanguage(dates, 'fr'),
        'Erdoğan 🎉 le 3 mai 2025😀 → Москва ; dans 30″, dans 45″ de plus, le 4\u2009juin\u20092024, le 5\ufeffjuillet, ce soir‑là, dans une demi‑heure, d’ici à 2026 tCO₂e, Ж2019, en 2021ж, Αθήνα, mardi ™, du 12–14 juin 2024 „vite“ en 2026.',
      ],
      [
        inLanguage(dates, 'en'),
        'Erdoğan 🎉 on 3 May 2025😀 → Москва; on June\u20094,\u20092024, on 5\u2002July, Ж2019, in 2021ж, Αθήνα on Tuesday ™, June 12–14, 2024, in 2026 北京.',
      ],
      [
        moneyFr,
        'Škoda • 25 millions d’euros → 3 Md€ (≈ 3,2 milliards de dollars) ; 4 M€ ≈ 4,3 M$ ; 500 ₹, 40 millions de ₽, 12 ₺ ; −3 M€, Ж12 M€, 7 M€ж, Москва, 5 M$ ™ et 2 150 MDH „en tout“ — Łódź.',
      ],
      [
        money,
        'Škoda 💰 $25 million → €3bn 🎉; $4m ≈ €3.7m; ₹500 crore, ₽ 40 million, 12 ₺, 3₿ per 5 kg at ₹4 per kg, $1\u2009200 million, €\u20095m, Ж$12m, $7mж, Москва, AED 2.2bn ™ and £40m — 北京 500 crore.',
      ],
      [
        quantityFr,
        'Łódź 📈 386 MW → 1,2 GW 🎉 ; 2 ⅓ tasses, ⅔ de litre, 1⅛ pouce, 2½ km, 12 MW😀, à ₹4 les 5 kg, ≈ 40 MW, ≥ 12 MW, ≤ 3 GW, 25 ℃, 77 ℉, 0,5 ‰, 6′2″, un écran de 15″, Ж386 MW, 1\u2009200 MW, 12\u2009MW, 7\u200bMW, 20 MWж, Москва, 4 500 GWh ™, 12 % et 3 000 hectares — −5 °C, 25 nœuds, 20‑30 MW, 50 MtCO₂, un tube de 12‐pouces.',
      ],
      [
        quantity,
        'Łódź 📈 386 MW → 1.2 GW 🎉; 2⅓ cups, ⅔ mile, 1 ⅛ inch, 2½ miles, 12 MW😀, oil at 80 ₹ a barrel, 2 ₽ a mile, ≈ 40 MW, ≥ 12 MW, ≤ 3 GW, 25 ℃, 77 ℉, 0.5 ‰, 6′2″ tall, a 15″ screen, 7′ long, 5 ″, Ж386 MW, 20 MWж, Москва, 4,500 GWh ™, 12% and 3,000 hectares — 6 ft 2 in, 40 km, −5 °C, 20‑30 MW, 50 MtCO₂e, a 12‐inch pipe.',
      ],
    ] as const) {
      const copy = oneByteCopy(text, 'wide');
      expect(copy?.length, text).toBe(text.length);
      const lang = extractor.lang as 'en' | 'fr';
      const ctx = (t: string) => ({ text: t, lang, referenceDate: null, sentences: [] });
      const strip = (ms: unknown[]) => JSON.parse(JSON.stringify(ms).replace(/"(money|quantity)-\d+"/g, '"k"'));
      const original = strip(extractor.extract(ctx(text)));
      expect(original.length).toBeGreaterThan(0);
      expect(strip(extractor.extract({ ...ctx(copy!), original: text }))).toEqual(original);
    }
  });
});

/** The source without its comments (strings, template literals and regex literals kept). */
function withoutComments(source: string): string {
  let out = '';
  let quote: string | null = null;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (quote) {
      out += c;
      if (c === '\\') out += source[++i] ?? '';
      else if (c === quote) quote = null;
    } else if (c === "'" || c === '"' || c === '`') {
      quote = c;
      out += c;
    } else if (source.startsWith('//', i)) {
      const end = source.indexOf('\n', i);
      i = end < 0 ? source.length : end - 1;
    } else if (source.startsWith('/*', i)) {
      const end = source.indexOf('*/', i + 2);
      i = end < 0 ? source.length : end + 1;
    } else out += c;
  }
  return out;
}
