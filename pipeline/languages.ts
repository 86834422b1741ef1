// Languages tamis extracts facts from. Detection knows more languages than this; a document in
// another language gets its language code and no extractor runs on it (a warning says so).
export const EXTRACTION_LANGUAGES = ['fr', 'en'] as const;
export type Lang = (typeof EXTRACTION_LANGUAGES)[number];

export function isExtractionLanguage(code: string): code is Lang {
  return (EXTRACTION_LANGUAGES as readonly string[]).includes(code);
}
