import type { Language } from './language.js';

/**
 * The language of the user's locale, as command-line tools read it: the first of
 * `LC_ALL`, `LC_MESSAGES` and `LANG` that is set and not empty decides (`fr_FR.UTF-8` ->
 * French). Undefined when it names no language programme-sync speaks (`C`, `de_DE`) or
 * when none is set; the caller then falls back to English.
 */
export function localeLanguage(environment: NodeJS.ProcessEnv): Language | undefined {
  const locale = [environment['LC_ALL'], environment['LC_MESSAGES'], environment['LANG']].find((value) => value !== undefined && value !== '');
  if (locale === undefined) return undefined;
  const code = /^([a-z]{2,3})(?:[_.@-]|$)/i.exec(locale)?.[1]?.toLowerCase();
  return code === 'fr' || code === 'en' ? code : undefined;
}
