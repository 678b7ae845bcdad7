import { configForFile, type ConfigCache } from '../config/config-for-file.js';
import { engineOptionsFor, type EngineOverrides } from '../config/engine-settings.js';
import type { Language } from '../diagnostics/language.js';
import type { FoundProgramme } from './discover-programmes.js';
import { checkDecoded } from './pipeline.js';
import type { FileReport } from '../report/file-report.js';
import { readTextFile } from '../fs/read-text-file.js';

/** A programme to check: a path to read, or a file discovery has already read and parsed. */
export type ProgrammeSource = string | FoundProgramme;

/**
 * Runs the engine on each programme with the settings of its `.programme-sync.json` under
 * `overrides` (flags, Action inputs). A file or config that cannot be read stops the run
 * with a UsageError. A file discovery could not tell without reading it (its `sessions`
 * setting is `headings` or `lists`) is left out when it gives no session: it is no
 * programme. The command line and the Action both check files through here.
 */
export function checkProgrammeFiles(
  sources: readonly ProgrammeSource[],
  settings: { language: Language; overrides: EngineOverrides },
): FileReport[] {
  const reports: FileReport[] = [];
  const configs: ConfigCache = new Map();
  for (const source of sources) {
    const path = typeof source === 'string' ? source : source.path;
    const config = configForFile(path, process.cwd(), settings.language, configs);
    const options = engineOptionsFor(config, settings.overrides, settings.language);
    // A file found by discovery was parsed to find its schedule table: not parsed twice.
    const report = typeof source === 'string' ? checkDecoded(path, readTextFile(path, options.language), options) : checkDecoded(path, source.decoded, options, source.tree);
    if (typeof source !== 'string' && source.ifItGivesSessions && report.programme.sessions.length === 0) continue;
    reports.push(report);
  }
  return reports;
}

/** The language of a run's own messages: `--lang` or the input, else the first file's config file, else the locale, else English. */
export function runLanguage(reports: readonly FileReport[], settings: { language: Language; overrides: EngineOverrides }): Language {
  return settings.overrides.language ?? reports[0]?.engine.language ?? settings.language;
}
