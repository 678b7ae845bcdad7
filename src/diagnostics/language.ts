/** The languages messages are written in. */
export type Language = 'en' | 'fr';

/** Every supported language. */
export const languages: readonly Language[] = ['en', 'fr'];

/** Whether a string names a supported language (for flags and Action inputs). */
export function isLanguage(value: unknown): value is Language {
  return value === 'en' || value === 'fr';
}
