// The news languages detection favours: on short text it chooses among these only, and another
// language wins only when its evidence is clear (see detect.ts).
export const CORE_LANGUAGES = ['fr', 'en', 'es', 'ar', 'de', 'pt', 'it', 'nl'] as const;
export type CoreLanguage = (typeof CORE_LANGUAGES)[number];

export function isCoreLanguage(code: string): code is CoreLanguage {
  return (CORE_LANGUAGES as readonly string[]).includes(code);
}
