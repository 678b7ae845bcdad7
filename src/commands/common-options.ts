import { isValidTimeZone } from '../dates/time-zone.js';
import { parseRuleFlags } from '../config/rule-flags.js';
import { DEFAULT_LANGUAGE, type EngineOverrides } from '../config/engine-settings.js';
import { isLanguage, type Language } from '../diagnostics/language.js';
import { UsageError } from '../diagnostics/usage-error.js';
import { localeLanguage } from '../diagnostics/locale.js';
import { say, type MessageParams } from '../diagnostics/catalogue.js';
import { isSessionShape } from '../config/reading-settings.js';

/** The help lines of `--rule` and `--sessions`, which `check` and `build` both take, in each language. */
export const readingOptionsHelp: Record<Language, string> = {
  en: `  --rule RULE=SEVERITY set a rule to error, warning, info or off (repeatable)
  --sessions auto|table|headings|lists
                       where the sessions are read from (default: the config file's
                       "sessions", else auto: the table when there is one, else the dated
                       headings, day agendas and dated lists)
`,
  fr: `  --rule RÈGLE=GRAVITÉ met une règle à « error », « warning », « info » ou « off » (répétable)
  --sessions auto|table|headings|lists
                       d’où les sessions sont lues (par défaut : le « sessions » du fichier de
                       réglages, sinon auto : le tableau s’il y en a un, sinon les titres datés,
                       les agendas du jour et les listes datées)
`,
};

/** The output formats of `check`. */
export type OutputFormat = 'text' | 'json';

/** The options every command shares, validated. */
export interface CommonOptions {
  format: OutputFormat;
  /** The language of the run's own messages when no file's config says otherwise (`--lang`, else the locale, else English). */
  language: Language;
  /** What the command line set explicitly; it wins over each file's `.programme-sync.json`. */
  overrides: EngineOverrides;
}

/** The `parseArgs` declaration of the shared options. No defaults for what the config file may set. */
export const commonOptionSpec = {
  format: { type: 'string', default: 'text' },
  year: { type: 'string' },
  timezone: { type: 'string' },
  lang: { type: 'string' },
  rule: { type: 'string', multiple: true },
  sessions: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/**
 * Validates the shared options; a bad value is a usage error naming the option.
 * `environment` gives the locale, the language of messages when `--lang` is not given.
 */
export function readCommonOptions(values: Record<string, string | boolean | string[] | undefined>, environment: NodeJS.ProcessEnv = process.env): CommonOptions {
  const overrides: EngineOverrides = {};
  const language = readLanguageOption(values, environment);
  if (values['lang'] !== undefined) overrides.language = language;
  const format = values['format'] ?? 'text';
  if (format !== 'text' && format !== 'json') throw badOption(language, 'format', format);
  const timezone = values['timezone'];
  if (timezone !== undefined) {
    if (typeof timezone !== 'string' || !isValidTimeZone(timezone)) {
      throw badOption(language, 'timezone', timezone);
    }
    overrides.timezone = timezone;
  }
  const year = values['year'];
  if (year !== undefined) {
    if (typeof year !== 'string' || !/^\d{4}$/.test(year)) throw badOption(language, 'year', year);
    overrides.year = Number(year);
  }
  const sessions = values['sessions'];
  if (sessions !== undefined) {
    if (!isSessionShape(sessions)) {
      throw badOption(language, 'sessions', String(sessions));
    }
    overrides.sessions = sessions;
  }
  const rules = values['rule'];
  if (Array.isArray(rules) && rules.length > 0) overrides.rules = parseRuleFlags(rules, language);
  return { format, language, overrides };
}

/**
 * The language of the run's messages from the command line alone: `--lang`, else the
 * locale, else English. A bad `--lang` is said in the locale's language.
 */
export function readLanguageOption(values: Record<string, unknown>, environment: NodeJS.ProcessEnv = process.env): Language {
  const fallback = localeLanguage(environment) ?? DEFAULT_LANGUAGE;
  const lang = values['lang'];
  if (lang === undefined) return fallback;
  if (!isLanguage(lang)) throw badOption(fallback, 'lang', lang);
  return lang;
}

/** The usage error of an option given a value it does not take. */
export function badOption(language: Language, option: MessageParams<'option-bad-value'>['option'], value: unknown): UsageError {
  return new UsageError(say(language, 'option-bad-value', { option, ...(value === undefined ? {} : { value: String(value) }) }));
}
