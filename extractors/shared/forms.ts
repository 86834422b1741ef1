// Word lists written with optional parts: "augmenté(e)(s)" stands for augmenté, augmentée,
// augmentés, augmentées. Shared by the lexicons of the number grammar, money and quantities.

/** "mètre(s) carré(s)" → every spelling, with and without the optional parts and the accents. */
export function expandForms(pattern: string): string[] {
  let forms = [''];
  for (const part of pattern.split(/(\([^)]*\))/)) {
    if (part.startsWith('(')) {
      const opt = part.slice(1, -1);
      forms = forms.flatMap((f) => [f, f + opt]);
    } else forms = forms.map((f) => f + part);
  }
  const unaccented = forms.map((f) => f.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC'));
  return [...new Set([...forms, ...unaccented])];
}

export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
