import { isValidTimeZone } from '../dates/time-zone.js';
import { parseRuleFlags } from '../config/rule-flags.js';
import { DEFAULT_LANGUAGE, type EngineOverrides } from '../config/engine-settings.js';
import { isLanguage, type Language } from '../diagnostics/language.js';
import { UsageError } from '../diagnostics/usage-error.js';
import { isSessionShape, sessionShapes } from '../config/reading-settings.js';

/** The output formats of `check`. */
export type OutputFormat = 'text' | 'json';

/** The options every command shares, validated. */
export interface CommonOptions {
  format: OutputFormat;
  /** The language of the run's own messages when no file's config says otherwise (`--lang`, else English). */
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

/** Validates the shared options; a bad value is a usage error naming the option. */
export function readCommonOptions(values: Record<string, string | boolean | string[] | undefined>): CommonOptions {
  const format = values['format'] ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be "text" or "json", not "${String(format)}"`);
  const overrides: EngineOverrides = {};
  const lang = values['lang'];
  if (lang !== undefined) {
    if (!isLanguage(lang)) throw new UsageError(`--lang must be "en" or "fr", not "${String(lang)}"`);
    overrides.language = lang;
  }
  const language = overrides.language ?? DEFAULT_LANGUAGE;
  const timezone = values['timezone'];
  if (timezone !== undefined) {
    if (typeof timezone !== 'string' || !isValidTimeZone(timezone)) {
      throw new UsageError(`--timezone must be an IANA time zone such as "Europe/Paris", not "${String(timezone)}"`);
    }
    overrides.timezone = timezone;
  }
  const year = values['year'];
  if (year !== undefined) {
    if (typeof year !== 'string' || !/^\d{4}$/.test(year)) throw new UsageError(`--year must be a four-digit year such as 2019, not "${String(year)}"`);
    overrides.year = Number(year);
  }
  const sessions = values['sessions'];
  if (sessions !== undefined) {
    if (!isSessionShape(sessions)) {
      throw new UsageError(
        `--sessions must be ${sessionShapes.map((v) => `"${v}"`).join(', ')} (auto: the schedule table when there is one, else the dated headings and lists), not "${String(sessions)}"`,
      );
    }
    overrides.sessions = sessions;
  }
  const rules = values['rule'];
  if (Array.isArray(rules) && rules.length > 0) overrides.rules = parseRuleFlags(rules, language);
  return { format, language, overrides };
}
