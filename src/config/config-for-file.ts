import { toPosix } from '../fs/paths.js';
import type { Language } from '../diagnostics/language.js';
import { findConfigFile, loadConfigFile, type ProgrammeConfig } from './config-file.js';

/** Config files already read in a run, by path, so each is read and validated once. */
export type ConfigCache = Map<string, ProgrammeConfig>;

/** The validated `.programme-sync.json` that applies to a programme, or `{}` when there is none. */
export function configForFile(programmePath: string, cwd: string, language: Language, cache: ConfigCache): ProgrammeConfig {
  const configPath = findConfigFile(programmePath, cwd);
  if (!configPath) return {};
  const cached = cache.get(configPath);
  if (cached) return cached;
  const config = loadConfigFile(configPath, toPosix(configPath), language);
  cache.set(configPath, config);
  return config;
}
