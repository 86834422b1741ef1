import { serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { extract } from '../../index.js';
import { processDocument } from '../../pipeline/process.js';
import dates from '../date/index.js';
import money from '../money/en.js';
import moneyFr from '../money/fr.js';
import names from '../names/index.js';
import quantity from '../quantity/en.js';
import quantityFr from '../quantity/fr.js';
import type { Extractor } from '../types.js';
import { type Fold, isWide, narrowed, oneByteCopy, unfolded, unfoldedTypographic } from './one-byte.js';

const ctxOf = (text: string, lang: 'en' | 'fr') => ({ text, lang, referenceDate: null, sentences: [] });
const inLanguage = (list: Extractor[], lang: 'en' | 'fr') => list.find((x) => x.lang === lang)!;
const [frenchDates, englishDates] = [inLanguage(dates, 'fr'), inLanguage(dates, 'en')];
const [namesFr, namesEn] = [inLanguage(names, 'fr'), inLanguage(names, 'en')];

/** The extractor's mentions on the passage and on its one-byte copy. */
function both(extractor: Extractor, text: string) {
  const copy = oneByteCopy(text);
  expect(copy).toBeDefined();
  return {
    original: extractor.extract(ctxOf(text, extractor.lang as 'en' | 'fr')),
    copy: extractor.extract({ ...ctxOf(copy!, extractor.lang as 'en' | 'fr'), original: text }),
  };
}

describe('one-byte copy', () => {
  it('replaces the euro sign one for one, so the offsets stay', () => {
    const text = 'The council approved €12.5 million for the new bridge, up from €9 million.';
    const copy = oneByteCopy(text)!;
    expect(copy.length).toBe(text.length);
    expect(copy).toBe(text.replaceAll('€', '¤'));
  });

  it('is not made when the text is one-byte already or holds another two-byte character', () => {
    expect(oneByteCopy('A plain sentence about 40 euros.')).toBeUndefined();
    expect(oneByteCopy('It cost €40 – a bargain.')).toBeUndefined();
    expect(oneByteCopy('It l’a payé 40 €.')).toBeUndefined();
    expect(oneByteCopy('Le ¤ et le € ne se confondent pas ici : 40 €.')).toBeUndefined();
    expect(oneByteCopy('An emoji 😀 and €40.')).toBeUndefined();
  });

  it('gives the money and quantity rules the same mentions as the original passage', () => {
    for (const [extractor, text] of [
      [money, 'The club paid €45m for the striker, and a further €5 million in bonuses; €0.99 per ticket.'],
      [moneyFr, 'La ville a investi 3 M€ dans le tram, soit 40 000 € par mois, et €12,50 le billet.'],
      [quantity, 'Electricity at €80/MWh for a 300 MW plant, a 12-tonne truck and €5 per kilo.'],
    ] as const) {
      const { original, copy } = both(extractor, text);
      expect(original.length).toBeGreaterThan(0);
      expect(copy).toEqual(original);
    }
  });

  it('gives the date and names rules the same mentions as the original passage', () => {
    const en = (list: Extractor[]) => list.find((x) => x.lang === 'en')!;
    for (const [extractor, text] of [
      [en(dates), 'In 2024 the firm paid €2024 in fees; by €5 it rose, and at 10 € it fell. By 2030, €3bn more.'],
      [
        en(names),
        'Maria Lopez, chief executive of Acme Energy in Porto, said the €2.5bn loan from the European Commission was signed.',
      ],
    ] as const) {
      const { original, copy } = both(extractor, text);
      expect(original.length).toBeGreaterThan(0);
      expect(copy).toEqual(original);
    }
  });

  it('still reads the euro sign through the whole pipeline', () => {
    const record = extract('The city will spend €3 million on new buses.', { lang: 'en', date: '2024-05-08' });
    const amount = record.entities.find((e) => e.type === 'money');
    expect(amount?.text).toBe('€3 million');
    expect(amount?.value).toMatchObject({ amount: 3e6, currency: 'EUR' });
  });

  it('finishes on a long hostile string', () => {
    const hostile = `${'€1'.repeat(50_000)}${'€ '.repeat(50_000)}`;
    const copy = oneByteCopy(hostile);
    expect(copy?.length).toBe(hostile.length);
    expect(money.extract(ctxOf(copy!, 'en')).length).toBeGreaterThanOrEqual(0);
  });

  describe('typographic fold', () => {
    /** The extractor's mentions on the passage and on its typographic copy (its keys numbered apart). */
    function bothTypographic(extractor: Extractor, text: string, unfold = false, fold: Fold = 'typographic') {
      const copy = oneByteCopy(text, fold);
      expect(copy).toBeDefined();
      const strip = (ms: unknown[]) => JSON.parse(JSON.stringify(ms).replace(/"(money|quantity)-\d+"/g, '"k"'));
      const lang = extractor.lang as 'en' | 'fr';
      const fromCopy = JSON.stringify(strip(extractor.extract({ ...ctxOf(copy!, lang), original: text })));
      return {
        original: strip(extractor.extract(ctxOf(text, lang))),
        // Values read from the copy hold its stand-ins; the pipeline unfolds them.
        copy: JSON.parse(unfold ? unfolded(fromCopy) : fromCopy),
      };
    }

    it('folds the curly apostrophe and the narrow no-break space too, one for one', () => {
      const text = 'L’usine a coûté 1\u202F200 millions d’euros, soit 40\u202F€ par habitant ; c’est fini\u202F!';
      const copy = oneByteCopy(text, 'typographic')!;
      expect(copy).toBe(text.replaceAll('’', "'").replaceAll('\u202F', '\u00A0').replaceAll('€', '¤'));
      // Only the typographic copy folds them: the other extractors still tell them apart.
      expect(oneByteCopy(text)).toBeUndefined();
      expect(oneByteCopy('Sans euro mais avec l’apostrophe.', 'typographic')).toBe("Sans euro mais avec l'apostrophe.");
      expect(oneByteCopy('Un cœur et l’apostrophe.', 'typographic')).toBeUndefined();
      expect(oneByteCopy('Un code \u0096 déjà là et l’apostrophe.', 'typographic')).toBeUndefined();
      expect(oneByteCopy('Déjà un ¤ et l’apostrophe.', 'typographic')).toBeUndefined();
      expect(oneByteCopy('Rien à replier ici.', 'typographic')).toBeUndefined();
    });

    it('gives the money and quantity rules the same mentions as the original passage', () => {
      for (const [extractor, text] of [
        [
          moneyFr,
          'Le groupe a levé 2\u202F500 millions d’euros, soit l’équivalent de 2,7 milliards de dollars ; ' +
            'en Côte d’Ivoire, le prêt atteint 30 milliards de francs ; pas\u202Fmoins de 12 M€.',
        ],
        [money, 'The firm’s budget rose to $1\u202F200 million, or about €1.1bn, at the company’s request.'],
        [
          quantityFr,
          'La centrale d’une puissance de 1\u202F200\u00A0MW produira environ 300\u202FGWh d’électricité, ' +
            'à l’horizon d’une demi-heure ; une tour de 5\u202F½ m.',
        ],
        [quantity, 'He is 6’2’’ tall, the pole is 5’ long and the board 10’ 4 in. wide; a 40\u202Fkm ride.'],
      ] as const) {
        const { original, copy } = bothTypographic(extractor, text);
        expect(original.length).toBeGreaterThan(0);
        expect(copy).toEqual(original);
      }
    });

    it('folds the dashes and quotation marks the rules tell apart into C1 stand-ins, and gets them back', () => {
      const text = 'Du 3–5 mai — “vite” ‘oui’… fin.';
      const copy = oneByteCopy(text, 'typographic')!;
      expect(copy).toBe('Du 3\u00965 mai \u0097 \u0093vite\u0094 \u0091oui\u0092… fin.'.replace('\u0092…', "'\u0085"));
      expect(unfolded(copy)).toBe(text.replace('’', "'"));
    });

    it('gives every rule that reads a dash or a quotation mark the same mentions with its stand-in', () => {
      for (const [extractor, text] of [
        [
          frenchDates,
          'Le salon aura lieu du 3–5 mai 2025 — puis les 12–13 juin — entre 2019–2021 et de mars–avril 2024…',
        ],
        [
          englishDates,
          'The fair runs May 3–5, 2025 — then June 12–13 — from 2019–2021, and March–April 2024; 9am–5pm “daily”.',
        ],
        [moneyFr, 'Un budget de 2–3 milliards d’euros — soit 40–50 M€ “par an”… selon l’Insee.'],
        [money, 'A budget of $2–3 billion — about €40–50 million a year, ‘roughly’ “officially”…'],
        [quantityFr, 'Une centrale de 40–45 MW — et 300–350 GWh… sur 2–3 hectares “au moins”.'],
        [quantity, 'A 40–45 MW plant — 300–350 GWh… on 2—3 hectares, a 6‘2“ player.'],
        [
          namesFr,
          'Le maire de Rennes — Nathalie Appéré — a reçu “Les Échos”… avec Jean Dupont, président de la société Norvia.',
        ],
        [
          namesEn,
          'The mayor of Leeds — John Smith — met “The Guardian”… with ‘Acme Holdings’ chief executive Mary Jones.',
        ],
      ] as const) {
        const { original, copy } = bothTypographic(extractor, text, true);
        expect(original.length).toBeGreaterThan(0);
        expect(copy).toEqual(original);
      }
    });

    it('folds œ and Œ into þ and Þ for the extractors that read the wide fold, and gets them back', () => {
      const text = 'La mise en œuvre — l’Œuvre d’Orient — 25 nœuds…';
      const copy = oneByteCopy(text, 'wide')!;
      expect(copy).toBe("La mise en þuvre \u0097 l'Þuvre d'Orient \u0097 25 nþuds\u0085");
      expect(unfolded(copy)).toBe(text.replaceAll('’', "'"));
      // The typographic copy keeps œ, so cannot be made; a þ already there stops both.
      expect(oneByteCopy(text, 'typographic')).toBeUndefined();
      expect(oneByteCopy('Þingvellir, où l’œuvre…', 'wide')).toBeUndefined();
      expect(oneByteCopy('Þingvellir, l’été…', 'typographic')).toBeUndefined();
      // Words read from a typographic copy keep a þ as it is.
      expect(unfoldedTypographic('Þór \u0096 þ')).toBe('Þór – þ');
    });

    it('gives the date, money and quantity rules the same mentions with œ written þ', () => {
      for (const [extractor, text] of [
        [frenchDates, 'La mise en œuvre commencera le 3–5 mai 2025, au cœur de l’été, et finira fin 2026 : Œuvre.'],
        [englishDates, 'The œuvre shown on May 3–5, 2025 — Œdipus at the heart of the 2026 season.'],
        [moneyFr, 'Au cœur du budget, 2 milliards d’euros pour la mise en œuvre ; l’Œuvre reçoit 40 M€.'],
        [money, 'The œuvre fetched $2–3 million — about €1.1bn for the Œuvre trust.'],
        [quantityFr, 'Le navire filait à 25 nœuds — soit 46 km/h — au cœur de 12 MW de mise en œuvre ; 3 NŒUDS.'],
        [quantity, 'The œuvre covered 40–45 MW and 300 GWh — Œdipus sailed at 20 knots.'],
      ] as const) {
        const { original, copy } = bothTypographic(extractor, text, true, 'wide');
        expect(original.length).toBeGreaterThan(0);
        expect(copy).toEqual(original);
      }
    });

    it('reads a unit written with œ through the whole pipeline, with œ in its text', () => {
      const text = 'Le cargo, mis en œuvre l’an dernier, file à 25 nœuds pour 12 MW.';
      const record = extract(text, { lang: 'fr', date: '2024-05-08' });
      const speed = record.entities.find((e) => e.type === 'quantity' && e.text.includes('n'));
      expect(speed?.text).toBe('25 nœuds');
      expect(speed?.value).toMatchObject({ amount: 25, unit: 'kn' });
    });

    it('reaches money and quantity through the whole pipeline, with the same offsets', () => {
      const text = 'L’État versera 1\u202F200 millions d’euros pour une centrale de 300\u202FMW, a-t-il dit.';
      const record = extract(text, { lang: 'fr', date: '2024-05-08' });
      const amount = record.entities.find((e) => e.type === 'money');
      const power = record.entities.find((e) => e.type === 'quantity');
      expect(amount?.text).toBe('1\u202F200 millions d’euros');
      expect(amount?.value).toMatchObject({ amount: 1.2e9, currency: 'EUR' });
      expect(power?.text).toBe('300\u202FMW');
    });

    it('finishes on a long hostile string', () => {
      const hostile = `${'1\u202F’'.repeat(40_000)}${'’ '.repeat(40_000)}`;
      const copy = oneByteCopy(hostile, 'typographic');
      expect(copy?.length).toBe(hostile.length);
      expect(quantityFr.extract(ctxOf(copy!, 'fr')).length).toBeGreaterThanOrEqual(0);
    });
  });
});

/** How V8 stores a string: its structured-clone tag is `"` for one byte per character, `c` for two. */
const storedOneByte = (text: string) => serialize(text)[2] === '"'.charCodeAt(0);

describe('passages of a document with a wide character', () => {
  it('are stored one byte per character when they hold none themselves', () => {
    const article = 'Le conseil a voté un budget de 40 millions. “Quoted” — and d’autres.';
    const passage = article.slice(0, article.indexOf('.') + 1);
    expect(isWide(article)).toBe(true);
    expect(storedOneByte(passage)).toBe(false); // a slice of a two-byte string is two-byte
    const narrow = narrowed(passage);
    expect(narrow).toBe(passage);
    expect(storedOneByte(narrow)).toBe(true);
    const wide = article.slice(article.indexOf('“'));
    expect(narrowed(wide)).toBe(wide);
    expect(storedOneByte(narrowed(wide))).toBe(false);
  });

  it('reach the extractors one byte per character through the pipeline', () => {
    const frenchDates = dates.find((d) => d.lang === 'fr')!;
    const seen: boolean[] = [];
    const extract0 = frenchDates.extract;
    frenchDates.extract = (ctx) => {
      seen.push(storedOneByte(ctx.text));
      return extract0(ctx);
    };
    try {
      // The French paragraph holds no wide character; the English one (another passage) does.
      const record = processDocument(
        'mixed',
        [
          'date 2024-05-08',
          "Le conseil municipal de Rennes a voté mardi un budget de 40 millions d'euros pour la rénovation des écoles de la ville, a indiqué le maire lors d'une conférence de presse.",
          'La région prévoit aussi de recruter 120 enseignants avant la rentrée de septembre 2025, selon le rectorat.',
          'The mayor told reporters on Tuesday that the “new schools plan” would cost about €40 million — more than the council had expected last year.',
        ].join('\n\n'),
      );
      expect(record.segments?.length).toBeGreaterThan(0);
      expect(seen.length).toBeGreaterThan(0);
      expect(seen.every(Boolean)).toBe(true);
    } finally {
      frenchDates.extract = extract0;
    }
  });
});
