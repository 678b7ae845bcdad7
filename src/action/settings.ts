import * as core from '@actions/core';
import { isValidTimeZone } from '../dates/time-zone.js';
import { say } from '../diagnostics/catalogue.js';
import { isLanguage, type Language } from '../diagnostics/language.js';
import { DEFAULT_LANGUAGE, type EngineOverrides } from '../config/engine-settings.js';
import { parseOrganizer } from '../config/organizer.js';
import { granularities, isGranularity, isSessionShape, sessionShapes } from '../config/reading-settings.js';
import { isRemovalThreshold } from '../config/config-file.js';
import { insideWorkspace } from './workspace-path.js';

/** When the step fails: on errors, on errors or warnings, or never. */
export type FailOn = 'error' | 'warning' | 'never';

/** Every input of the Action, validated. */
export interface Settings {
  /** The repository root (GITHUB_WORKSPACE), absolute. */
  workspace: string;
  /** Glob patterns of programme files, relative to the workspace; empty: discover them. */
  files: string[];
  /** The language of the run's own messages until the config files are read: the `language` input, else English. */
  language: Language;
  /**
   * What the inputs set: each wins over `.programme-sync.json`; an empty input sets
   * nothing, so the config file's value applies, else the built-in default.
   */
  overrides: EngineOverrides;
  /** Commit and push refreshed files on push-like events. */
  commit: boolean;
  commitMessage: string;
  /** The token for git; may be empty (then git uses what the checkout persisted). */
  token: string;
  failOn: FailOn;
  /** Absolute folder for calendars, the JSON report and the summary. */
  artifactDir: string;
}

/** An input with a value the Action cannot use; the message names the input and says how to fix it. */
export class InputError extends Error {
  override readonly name = 'InputError';
}

const failOnValues: readonly FailOn[] = ['error', 'warning', 'never'];
// The YAML 1.2 core schema booleans, as @actions/core accepts them.
const trueValues = ['true', 'True', 'TRUE'];
const falseValues = ['false', 'False', 'FALSE'];

/**
 * Reads and validates every input through `input(name)` (trimmed values, as the runner
 * passes `INPUT_<NAME>`). Throws InputError naming the first bad input.
 */
export function readSettings(input: (name: string) => string, workspace: string): Settings {
  const languageText = input('language');
  // Until the language is known to be valid, complaints are in English.
  const language: Language = isLanguage(languageText) ? languageText : DEFAULT_LANGUAGE;
  const invalid = (name: string, value: string, expected: string): InputError =>
    new InputError(say(language, 'input-invalid', { name, value, expected }));
  if (languageText && !isLanguage(languageText)) throw invalid('language', languageText, say(language, 'input-expect-one-of', { values: ['en', 'fr'] }));

  const timezone = input('timezone');
  if (timezone && !isValidTimeZone(timezone)) throw invalid('timezone', timezone, say(language, 'input-expect-timezone', {}));

  const yearText = input('year');
  if (yearText && !/^\d{4}$/.test(yearText)) throw invalid('year', yearText, say(language, 'input-expect-year', {}));

  const organizerText = input('organizer');
  const organizer = organizerText ? parseOrganizer(organizerText) : undefined;
  if (organizerText && !organizer) throw invalid('organizer', organizerText, say(language, 'input-expect-organizer', {}));

  const split = input('split');
  if (split && split !== 'audience' && split !== 'none') throw invalid('split', split, say(language, 'input-expect-one-of', { values: ['audience', 'none'] }));
  const sessions = input('sessions');
  if (sessions && !isSessionShape(sessions)) throw invalid('sessions', sessions, say(language, 'input-expect-one-of', { values: [...sessionShapes] }));

  const granularity = input('granularity');
  if (granularity && !isGranularity(granularity)) {
    throw invalid('granularity', granularity, say(language, 'input-expect-one-of', { values: [...granularities] }));
  }
  const thresholdText = input('removal-threshold');
  const removalThreshold = /^\d{1,3}$/.test(thresholdText) ? Number(thresholdText) : undefined;
  if (thresholdText && !isRemovalThreshold(removalThreshold)) throw invalid('removal-threshold', thresholdText, say(language, 'input-expect-percentage', {}));

  const insideExpectation = say(language, 'input-expect-inside-workspace', { workspace });
  const files = input('files')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  for (const pattern of files) {
    const path = pattern.startsWith('!') ? pattern.slice(1) : pattern;
    if (path.startsWith('~') || !insideWorkspace(workspace, path)) throw invalid('files', pattern, insideExpectation);
  }

  const commitText = input('commit') || 'true';
  if (!trueValues.includes(commitText) && !falseValues.includes(commitText)) {
    throw invalid('commit', commitText, say(language, 'input-expect-one-of', { values: ['true', 'false'] }));
  }

  const commitMessage = input('commit-message');
  if (!commitMessage) throw invalid('commit-message', commitMessage, say(language, 'input-expect-not-empty', {}));

  const failOn = input('fail-on') || 'error';
  if (!(failOnValues as readonly string[]).includes(failOn)) {
    throw invalid('fail-on', failOn, say(language, 'input-expect-one-of', { values: [...failOnValues] }));
  }

  const artifactText = input('artifact-dir');
  if (!artifactText) throw invalid('artifact-dir', artifactText, say(language, 'input-expect-not-empty', {}));
  const artifactDir = artifactText.startsWith('~') ? undefined : insideWorkspace(workspace, artifactText);
  if (!artifactDir || artifactDir === workspace) throw invalid('artifact-dir', artifactText, insideExpectation);

  return {
    workspace,
    files,
    language,
    overrides: {
      ...(languageText ? { language } : {}),
      ...(timezone ? { timezone } : {}),
      ...(yearText ? { year: Number(yearText) } : {}),
      ...(organizer ? { organizer } : {}),
      ...(split === 'audience' || split === 'none' ? { split } : {}),
      ...(isSessionShape(sessions) ? { sessions } : {}),
      ...(isGranularity(granularity) ? { granularity } : {}),
      ...(removalThreshold !== undefined ? { removalThreshold } : {}),
    },
    commit: trueValues.includes(commitText),
    commitMessage,
    token: input('token'),
    failOn: failOn as FailOn,
    artifactDir,
  };
}

/** Reads the settings from the runner's `INPUT_*` variables. */
export function readSettingsFromInputs(workspace: string): Settings {
  return readSettings((name) => core.getInput(name), workspace);
}
