import { defaultTimeZone, isValidTimeZone } from '../dates/time-zone.js';
import { isLanguage, type Language } from '../diagnostics/language.js';
import type { EngineOptions } from '../pipeline.js';
import { UsageError } from '../usage-error.js';

/** The output formats of `check`. */
export type OutputFormat = 'text' | 'json';

/** The options every command shares, validated. */
export interface CommonOptions extends EngineOptions {
  format: OutputFormat;
}

/** The `parseArgs` declaration of the shared options. */
export const commonOptionSpec = {
  format: { type: 'string', default: 'text' },
  year: { type: 'string' },
  timezone: { type: 'string' },
  lang: { type: 'string', default: 'en' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/** Validates the shared options; a bad value is a usage error naming the option. */
export function readCommonOptions(values: Record<string, string | boolean | undefined>): CommonOptions {
  const format = values['format'];
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be "text" or "json", not "${String(format)}"`);
  const lang = values['lang'];
  if (!isLanguage(lang)) throw new UsageError(`--lang must be "en" or "fr", not "${String(lang)}"`);
  // Only a zone the user names is checked: the first use of the zone database costs more
  // than the whole rest of a `check` start-up, and the default is known to be valid.
  const given = values['timezone'];
  const timezone = typeof given === 'string' ? given : defaultTimeZone;
  if (typeof given === 'string' && !isValidTimeZone(timezone)) {
    throw new UsageError(`--timezone must be an IANA time zone such as "Europe/Paris", not "${timezone}"`);
  }
  const options: CommonOptions = { format, language: lang as Language, timezone };
  const year = values['year'];
  if (year !== undefined) {
    if (typeof year !== 'string' || !/^\d{4}$/.test(year)) throw new UsageError(`--year must be a four-digit year such as 2019, not "${String(year)}"`);
    options.year = Number(year);
  }
  return options;
}
