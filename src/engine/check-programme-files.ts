import { configForFile, type ConfigCache } from '../config/config-for-file.js';
import { engineOptionsFor, type EngineOverrides } from '../config/engine-settings.js';
import type { Language } from '../diagnostics/language.js';
import type { FoundProgramme } from './discover-programmes.js';
import { checkDecoded, type FileReport } from './pipeline.js';
import { readTextFile } from '../fs/read-text-file.js';

/** A programme to check: a path to read, or a file discovery has already read and parsed. */
export type ProgrammeSource = string | FoundProgramme;

/**
 * Runs the engine on each programme with the settings of its `.programme-sync.json` under
 * `overrides` (flags, Action inputs). A file or config that cannot be read stops the run
 * with a UsageError. The command line and the Action both check files through here.
 */
export async function checkProgrammeFiles(
  sources: readonly ProgrammeSource[],
  settings: { language: Language; overrides: EngineOverrides },
): Promise<FileReport[]> {
  const reports: FileReport[] = [];
  const configs: ConfigCache = new Map();
  for (const source of sources) {
    const path = typeof source === 'string' ? source : source.path;
    const config = await configForFile(path, process.cwd(), settings.language, configs);
    const options = engineOptionsFor(config, settings.overrides);
    // A file found by discovery was parsed to find its schedule table: not parsed twice.
    reports.push(typeof source === 'string' ? checkDecoded(path, await readTextFile(path), options) : checkDecoded(path, source.decoded, options, source.tree));
  }
  return reports;
}
