import type { PlainDate } from '../dates/types.js';
import type { Language } from '../diagnostics/language.js';
import type { FeedSplit, ProgrammeConfig } from './config-file.js';
import type { Organizer } from './organizer.js';
import type { RuleSettings } from './rule-settings.js';
import type { Granularity, SessionShape } from './reading-settings.js';

/** What the engine needs to know besides the files. */
export interface EngineOptions {
  /** The language of the messages: `--lang`, the config file's `language`, the locale, else English. */
  language: Language;
  /**
   * The language of the words subscribers see (calendar events, the blocks written into the
   * programme): `--lang` or the config file's `language`, else the programme's own, French.
   * Never the locale: the same programme gives the same calendar on every machine.
   * Absent (engine options made by hand): French, see `calendarLanguageOf`.
   */
  calendarLanguage?: Language;
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
  /** `audience`: one more calendar per audience; `none`: the whole one only; absent: the audience feeds already written are refreshed. */
  split?: FeedSplit;
  /** Where sessions are read from (config file, `--sessions`, the Action's input); `auto` when absent. */
  sessions?: SessionShape;
  /** `day`: one calendar event per day (config file, `--granularity`, the Action's input); one per session when absent. */
  granularity?: Granularity;
  /** A build refuses to remove more than this percentage of a calendar's events at once; DEFAULT_REMOVAL_THRESHOLD when absent. */
  removalThreshold?: number;
  /** The day the file was last committed, asked only when no year is written; the file's git history when absent. */
  referenceDate?: () => PlainDate | undefined;
  /** The file's path from its repository's folder, asked only when no year is written; found from the file's place when absent. */
  repositoryPath?: () => string | undefined;
}

/** What the command line (or the Action's inputs) said explicitly; it wins over the config file. */
export interface EngineOverrides {
  language?: Language;
  timezone?: string;
  year?: number;
  rules?: RuleSettings;
  organizer?: Organizer;
  split?: FeedSplit;
  sessions?: SessionShape;
  granularity?: Granularity;
  removalThreshold?: number;
}

/** The language of messages when neither the command line, the config file nor the locale says. */
export const DEFAULT_LANGUAGE: Language = 'en';
/** The language of what subscribers see when nothing says otherwise: the language programmes are written in. */
export const PROGRAMME_LANGUAGE: Language = 'fr';
/** The default time zone of a programme's hours. */
const DEFAULT_TIMEZONE = 'Europe/Paris';
/** By default a build refuses to remove more than half of a calendar's events at once. */
export const DEFAULT_REMOVAL_THRESHOLD = 50;

/**
 * Engine options for one file: flags over the config file over the defaults; rule settings
 * merged rule by rule. `messageLanguage` is the run's language when neither says (the locale).
 */
export function engineOptionsFor(config: ProgrammeConfig, overrides: EngineOverrides, messageLanguage: Language = DEFAULT_LANGUAGE): EngineOptions {
  const year = overrides.year ?? config.year;
  const rules = { ...config.rules, ...overrides.rules };
  const organizer = overrides.organizer ?? config.organizer;
  const split = overrides.split ?? config.split;
  const sessions = overrides.sessions ?? config.sessions;
  const granularity = overrides.granularity ?? config.granularity;
  return {
    language: overrides.language ?? config.language ?? messageLanguage,
    calendarLanguage: overrides.language ?? config.language ?? PROGRAMME_LANGUAGE,
    timezone: overrides.timezone ?? config.timezone ?? DEFAULT_TIMEZONE,
    removalThreshold: overrides.removalThreshold ?? config.removalThreshold ?? DEFAULT_REMOVAL_THRESHOLD,
    ...(year === undefined ? {} : { year }),
    ...(Object.keys(rules).length > 0 ? { rules } : {}),
    ...(config.outDir === undefined ? {} : { calendarDir: config.outDir }),
    ...(organizer === undefined ? {} : { organizer }),
    ...(split === undefined ? {} : { split }),
    ...(sessions === undefined || sessions === 'auto' ? {} : { sessions }),
    ...(granularity === undefined || granularity === 'session' ? {} : { granularity }),
  };
}

/** The language of the words subscribers see for a file checked with these options. */
export function calendarLanguageOf(options: Pick<EngineOptions, 'calendarLanguage'>): Language {
  return options.calendarLanguage ?? PROGRAMME_LANGUAGE;
}
