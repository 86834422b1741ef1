// What a language file of the number grammar supplies. The scanner (scan.ts) is language-neutral.
export interface NumberLexicon {
  /** Decimal mark of the language: `,` in French, `.` in English (the other is then a group mark). */
  decimal: ',' | '.';
  /** Scale words and abbreviations after a number ("millions", "Md", "bn"), lower-cased keys unless case matters. */
  scales: Record<string, number>;
  /** Scale abbreviations whose case matters ("M" is a million, "m" is not always), exact keys. */
  scaleSymbols: Record<string, number>;
}
