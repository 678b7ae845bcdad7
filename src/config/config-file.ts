import { existsSync, readFileSync } from 'node:fs';
import { distance } from 'fastest-levenshtein';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { isValidTimeZone } from '../dates/time-zone.js';
import { say } from '../diagnostics/catalogue.js';
import { isLanguage, type Language } from '../diagnostics/language.js';
import { UsageError } from '../diagnostics/usage-error.js';
import { parseOrganizer, type Organizer } from './organizer.js';
import { validateRuleSetting, type RuleSetting, type RuleSettings } from './rule-settings.js';
import { isGranularity, isSessionShape, type Granularity, type SessionShape } from './reading-settings.js';

/** The name of the config file, at the repository root. */
const CONFIG_FILE_NAME = '.programme-sync.json';

/** What `.programme-sync.json` may set; command-line flags override each. */
export interface ProgrammeConfig {
  rules?: RuleSettings;
  timezone?: string;
  year?: number;
  language?: Language;
  /** Where calendars are written (`"outDir": "calendars"`), absolute once loaded: relative to the config file's folder. */
  outDir?: string;
  /** Written as the ORGANIZER of every event, with METHOD:PUBLISH (`"organizer": "Name <email>"`). */
  organizer?: Organizer;
  /** `"split": "audience"`: one more calendar per audience; `"none"`: only the whole programme's. */
  split?: FeedSplit;
  /** Where sessions are read from (`"sessions": "headings"`); `auto` when absent. */
  sessions?: SessionShape;
  /** One event per session (`session`, the default) or per day (`"granularity": "day"`). */
  granularity?: Granularity;
  /** A build refuses to remove more than this percentage of a calendar's events at once (`"removalThreshold": 50`). */
  removalThreshold?: number;
}

/**
 * The config file that applies to a programme: the first `.programme-sync.json` met
 * walking up from the programme's folder to the repository root (the folder holding
 * `.git`); outside a repository, the one in the current folder.
 */
export function findConfigFile(programmePath: string, cwd: string): string | undefined {
  let folder = dirname(resolve(cwd, programmePath));
  const visited: string[] = [];
  for (;;) {
    visited.push(folder);
    if (existsSync(join(folder, '.git'))) {
      return visited.map((f) => join(f, CONFIG_FILE_NAME)).find((candidate) => existsSync(candidate));
    }
    const parent = dirname(folder);
    if (parent === folder) break;
    folder = parent;
  }
  const here = join(cwd, CONFIG_FILE_NAME);
  return existsSync(here) ? here : undefined;
}

/** Reads and validates a config file; anything it cannot use is a usage error naming the file and the key. */
export function loadConfigFile(path: string, displayPath: string, language: Language): ProgrammeConfig {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new UsageError(say(language, 'config-invalid-json', { file: displayPath, detail: (error as Error).message }));
  }
  const config = validateConfig(data, displayPath, language);
  // A folder in the config file means the same wherever the tool is run from.
  if (config.outDir !== undefined) config.outDir = resolve(dirname(path), config.outDir);
  return config;
}

/** Validates the parsed JSON of a config file. */
function validateConfig(data: unknown, file: string, language: Language): ProgrammeConfig {
  if (!isPlainObject(data)) throw new UsageError(say(language, 'config-invalid-json', { file, detail: 'not an object' }));
  const config: ProgrammeConfig = {};
  const bad = (key: ConfigSetting, value: unknown): UsageError =>
    new UsageError(say(language, 'config-bad-value', { file, key, value: JSON.stringify(value) ?? String(value) }));
  for (const [key, value] of Object.entries(data)) {
    switch (key) {
      case 'rules': {
        if (!isPlainObject(value)) throw bad('rules', value);
        const rules: Record<string, RuleSetting> = {};
        for (const [id, setting] of Object.entries(value)) rules[id] = validateRuleSetting(`${file}: rules`, id, setting, language);
        config.rules = rules;
        break;
      }
      case 'timezone':
        if (typeof value !== 'string' || !isValidTimeZone(value)) throw bad('timezone', value);
        config.timezone = value;
        break;
      case 'year':
        if (typeof value !== 'number' || !Number.isInteger(value) || value < 1000 || value > 9999) throw bad('year', value);
        config.year = value;
        break;
      case 'language':
        if (!isLanguage(value)) throw bad('language', value);
        config.language = value;
        break;
      case 'outDir':
        if (typeof value !== 'string' || value.trim() === '' || isAbsolute(value)) throw bad('outDir', value);
        config.outDir = value;
        break;
      case 'organizer': {
        const organizer = typeof value === 'string' ? parseOrganizer(value) : undefined;
        if (!organizer) throw bad('organizer', value);
        config.organizer = organizer;
        break;
      }
      case 'split':
        if (value !== 'audience' && value !== 'none') throw bad('split', value);
        config.split = value;
        break;
      case 'sessions':
        if (!isSessionShape(value)) throw bad('sessions', value);
        config.sessions = value;
        break;
      case 'granularity':
        if (!isGranularity(value)) throw bad('granularity', value);
        config.granularity = value;
        break;
      case 'removalThreshold':
        if (!isRemovalThreshold(value)) throw bad('removalThreshold', value);
        config.removalThreshold = value;
        break;
      case '$schema':
        break;
      default:
        throw new UsageError(say(language, 'config-unknown-key', { file, key, settings: configSettings, closest: closestSetting(key) }));
    }
  }
  return config;
}

/** Every setting `.programme-sync.json` takes, in the order the README lists them. */
export const configSettings = ['rules', 'timezone', 'year', 'language', 'outDir', 'organizer', 'split', 'sessions', 'granularity', 'removalThreshold'] as const;

/** A setting of `.programme-sync.json`. */
export type ConfigSetting = (typeof configSettings)[number];

/** How a programme's calendar is split: `audience`, one feed per audience besides the whole one; `none`, the whole one only. */
export type FeedSplit = 'audience' | 'none';

// The setting an unknown key was probably meant to be: same letters whatever the case, or
// a few edits away (`timeZone`, `outdir`, `langage`).
function closestSetting(key: string): ConfigSetting | undefined {
  let best: { setting: ConfigSetting; distance: number } | undefined;
  for (const setting of configSettings) {
    const edits = distance(key.toLowerCase(), setting.toLowerCase());
    if (edits <= Math.max(2, Math.floor(setting.length / 3)) && (!best || edits < best.distance)) best = { setting, distance: edits };
  }
  return best?.setting;
}

/** The keys of a config file whose value can be wrong. */
export type ConfigKey = 'timezone' | 'year' | 'language' | 'rules' | 'outDir' | 'organizer' | 'sessions' | 'granularity' | 'removalThreshold';
/** A percentage of a calendar's events, 0 to 100 (100: never refuse). */
export function isRemovalThreshold(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 100;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
