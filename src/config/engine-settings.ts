import type { PlainDate } from '../dates/types.js';
import type { Language } from '../diagnostics/language.js';
import type { ProgrammeConfig } from './config-file.js';
import type { Organizer } from './organizer.js';
import type { RuleSettings } from './rule-settings.js';
import type { Granularity, SessionShape } from './reading-settings.js';

/** What the engine needs to know besides the files. */
export interface EngineOptions {
  language: Language;
  /** The `--year` option: the year of the first session, when the document gives none. */
  year?: number;
  /** IANA time zone of the programme's wall-clock times. */
  timezone: string;
  /** Rules turned off or given another severity (config file, `--rule`); absent means every default. */
  rules?: RuleSettings;
  /** Where this programme's calendars go (the config file's `outDir`), absolute; beside the programme when absent. */
  calendarDir?: string;
  /** The calendar's ORGANIZER (config file, `--organizer`, the Action's input); without it the calendar has no METHOD. */
  organizer?: Organizer;
  /** Where sessions are read from (config file, `--sessions`, the Action's input); `auto` when absent. */
  sessions?: SessionShape;
  /** `day`: one calendar event per day (config file, `--granularity`, the Action's input); one per session when absent. */
  granularity?: Granularity;
  /** A build refuses to remove more than this percentage of a calendar's events at once; DEFAULT_REMOVAL_THRESHOLD when absent. */
  removalThreshold?: number;
  /** The day the file was last committed, asked only when no year is written; the file's git history when absent. */
  referenceDate?: () => PlainDate | undefined;
}

/** What the command line (or the Action's inputs) said explicitly; it wins over the config file. */
export interface EngineOverrides {
  language?: Language;
  timezone?: string;
  year?: number;
  rules?: RuleSettings;
  organizer?: Organizer;
  sessions?: SessionShape;
  granularity?: Granularity;
  removalThreshold?: number;
}

/** The defaults when neither the command line nor the config file says. */
export const DEFAULT_LANGUAGE: Language = 'en';
/** The default time zone of a programme's hours. */
const DEFAULT_TIMEZONE = 'Europe/Paris';
/** By default a build refuses to remove more than half of a calendar's events at once. */
export const DEFAULT_REMOVAL_THRESHOLD = 50;

/** Engine options for one file: flags over the config file over the defaults; rule settings merged rule by rule. */
export function engineOptionsFor(config: ProgrammeConfig, overrides: EngineOverrides): EngineOptions {
  const year = overrides.year ?? config.year;
  const rules = { ...config.rules, ...overrides.rules };
  const organizer = overrides.organizer ?? config.organizer;
  const sessions = overrides.sessions ?? config.sessions;
  const granularity = overrides.granularity ?? config.granularity;
  return {
    language: overrides.language ?? config.language ?? DEFAULT_LANGUAGE,
    timezone: overrides.timezone ?? config.timezone ?? DEFAULT_TIMEZONE,
    removalThreshold: overrides.removalThreshold ?? config.removalThreshold ?? DEFAULT_REMOVAL_THRESHOLD,
    ...(year === undefined ? {} : { year }),
    ...(Object.keys(rules).length > 0 ? { rules } : {}),
    ...(config.outDir === undefined ? {} : { calendarDir: config.outDir }),
    ...(organizer === undefined ? {} : { organizer }),
    ...(sessions === undefined || sessions === 'auto' ? {} : { sessions }),
    ...(granularity === undefined || granularity === 'session' ? {} : { granularity }),
  };
}
