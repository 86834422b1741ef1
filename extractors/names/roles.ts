// The role apposed to a person's name: "Ghita Mezzour, ministre déléguée en charge de la Transition
// Numérique et de la Réforme de l'Administration, ainsi que …". The role runs from its head word to
// the end of the apposition: a clause boundary, ", ainsi que", ", et <Name>", or a comma that does
// not open a coordinated complement (", de la Convergence et de …").
import { isApostrophe, isCapitalized, isOneCapital, lowerOf, type Token } from './tokens.js';

export interface RoleWords {
  /** Lower-case words a role starts with: ministre, président, CEO… */
  heads: Set<string>;
  /** Articles that may stand before the head and are left out of the role: le, la, the, a… */
  articles: Set<string>;
  /** Lower-case words after a comma that continue the role: de, du, des, of, and… */
  continuations: Set<string>;
  /** Words after which the role has ended even without punctuation: qui, who, a, said… */
  stops: Set<string>;
  /** Prepositions that may open a clause before a role: selon, pour, for, according… */
  openers: Set<string>;
}

const CLAUSE_END = new Set([
  '.',
  ';',
  ':',
  '!',
  '?',
  '(',
  ')',
  '[',
  ']',
  '«',
  '»',
  '"',
  '“',
  '”',
  '—',
  '–',
  '-',
  '\u0093',
  '\u0094',
  '\u0097',
  '\u0096',
]);
const MAX_ROLE_TOKENS = 40;
/** A lower-case word of three letters or more. (At module level: see tokens.ts.) */
const LOWER_WORD = /^\p{Ll}[\p{Ll}-]{2,}$/u;

/**
 * The role that follows a name ending at token `after` (exclusive), as token indices [from, to), or
 * null. `after` must point at the comma.
 */
export function roleAfter(tokens: Token[], after: number, words: RoleWords): { from: number; to: number } | null {
  if (tokens[after]?.text !== ',') return null;
  let from = after + 1;
  if (words.articles.has(lowerOf(tokens[from])) && tokens[from + 1]?.kind === 'word') from++;
  // Elided article: "l'ancien ministre".
  if (lowerOf(tokens[from]) === 'l' && isApostrophe(tokens[from + 1])) from += 2;
  // ", an energy analyst at …", ", a senior market strategist": up to two lower-case words before the head.
  let at = from;
  while (at < from + 2 && !isRoleHead(tokens[at]?.text ?? '', words) && isModifier(tokens[at], words)) at++;
  const head = tokens[at];
  if (head?.kind !== 'word' || !isRoleHead(head.text, words)) return null;
  let to = at + 1;
  const limit = Math.min(tokens.length, from + MAX_ROLE_TOKENS);
  while (to < limit) {
    const t = tokens[to];
    if (!t) break;
    // ("U. S. Department": the point of an initial does not end the role.)
    if (t.text === '.' && t.glued && isOneCapital(tokens[to - 1]?.text ?? '') && isCapitalized(tokens[to + 1])) {
      to++;
      continue;
    }
    if (CLAUSE_END.has(t.text)) break;
    if (t.kind === 'word' && words.stops.has(t.text.toLowerCase())) break;
    if (t.text === ',') {
      // ", de la Convergence", ", et de l'Évaluation": the role goes on.
      const next = lowerOf(tokens[to + 1]);
      const afterNext = lowerOf(tokens[to + 2]);
      const coordinated =
        words.continuations.has(next) &&
        !(isCoordinator(next) && (isCapitalized(tokens[to + 2]) || !words.continuations.has(afterNext)));
      if (!coordinated) break;
    }
    // "… chargé de l'Investissement et Ghita Mezzour": "et" before a name ends the role.
    // ("… de Loèche et M. Ammann": an honorific's point after the capital.)
    const second = tokens[to + 2];
    if (isCoordinator(lowerOf(t)) && isCapitalized(tokens[to + 1]) && (isCapitalized(second) || second?.text === '.'))
      break;
    to++;
  }
  while (to > from + 1 && tokens[to - 1]?.kind === 'punct' && tokens[to - 1]?.text !== '.') to--;
  // "Interrogé sur France Inter, le ministre de l'Économie, Bruno Le Maire, a assuré": an article
  // opens a role that a comma and a name close; it is the next name's, not the one before.
  const opened = from > after + 1 && words.articles.has(lowerOf(tokens[after + 1]));
  if (opened && tokens[to]?.text === ',' && tokens[to + 1]?.kind === 'word' && isCapitalized(tokens[to + 1]))
    return null;
  return { from, to };
}

const isRoleHead = (word: string, words: RoleWords) =>
  words.heads.has(word.toLowerCase()) || words.heads.has(word.toLowerCase().split('-')[0] ?? '');

/** A lower-case word that may qualify a role's head: "energy", "senior", "économiste" (no stop word). */
const isModifier = (t: Token | undefined, words: RoleWords) =>
  t !== undefined &&
  t.kind === 'word' &&
  LOWER_WORD.test(t.text) &&
  !words.stops.has(t.text) &&
  !words.continuations.has(t.text);

const isCoordinator = (w: string) => w === 'et' || w === 'and' || w === 'ou' || w === 'or';

/**
 * The role that opens the clause before a name: "Le ministre de l'Industrie et du Commerce, Ryad
 * Mezzour, a …", "Selon le chef du gouvernement, Aziz Akhannouch, …". `nameFrom` is the name's
 * first token; the comma before it closes the role.
 */
export function roleBefore(tokens: Token[], nameFrom: number, words: RoleWords): { from: number; to: number } | null {
  const comma = nameFrom - 1;
  if (tokens[comma]?.text !== ',') return null;
  let start = comma;
  while (start > 0 && comma - start < MAX_ROLE_TOKENS) {
    const t = tokens[start - 1];
    if (!t || t.text === ',' || CLAUSE_END.has(t.text)) break;
    start--;
  }
  if (comma - start >= MAX_ROLE_TOKENS) return null;
  let k = start;
  // One preposition may open the clause ("Selon", "For"), then an article ("le", "l'", "the").
  if (words.openers.has(lowerOf(tokens[k])) && !words.heads.has(lowerOf(tokens[k]))) k++;
  if (words.articles.has(lowerOf(tokens[k]))) k++;
  else if (lowerOf(tokens[k]) === 'l' && isApostrophe(tokens[k + 1])) k += 2;
  const head = tokens[k];
  if (head?.kind !== 'word' || !isRoleHead(head.text, words) || k >= comma) return null;
  return { from: k, to: comma };
}
