import picomatch from 'picomatch';
import { say } from '../diagnostics/catalogue.js';
import type { ProgrammeSource } from '../engine/check-programme-files.js';
import { discoverProgrammes, sessionsSetting } from '../engine/discover-programmes.js';
import { listFolderFiles } from '../fs/folder-files.js';
import { InputError, type Settings } from './settings.js';
import { relativePosix } from '../fs/paths.js';

/**
 * The programme files to process, relative to the workspace, in path order: those the
 * `files` globs match (a `!pattern` line excludes), or, with no globs, the markdown files
 * that hold a schedule table, or the sessions their `sessions` setting names (already read
 * and parsed). The artifact folder is never searched (its summary has a
 * table of dates). Paths are matched only against files found inside the workspace, so a
 * pattern cannot reach outside it.
 */
export function findProgrammeFiles(settings: Pick<Settings, 'workspace' | 'files' | 'artifactDir' | 'language' | 'overrides'>): ProgrammeSource[] {
  const { workspace, artifactDir } = settings;
  const artifacts = relativePosix(workspace, artifactDir) + '/';
  const outsideArtifacts = (path: string): boolean => !path.startsWith(artifacts);
  if (settings.files.length === 0) {
    // discoverProgrammes names files relative to the current folder, which run() sets to the workspace.
    return discoverProgrammes(workspace, sessionsSetting(settings)).filter((found) => outsideArtifacts(found.path));
  }
  const all = listFolderFiles(workspace).filter(outsideArtifacts);
  const includes = settings.files.filter((p) => !p.startsWith('!'));
  const excludes = settings.files.filter((p) => p.startsWith('!')).map((p) => picomatch(normalise(p.slice(1))));
  const chosen = new Set<string>();
  for (const pattern of includes) {
    const matcher = picomatch(normalise(pattern));
    const matches = all.filter((path) => matcher(path));
    if (matches.length === 0) throw new InputError(say(settings.language, 'input-matches-nothing', { name: 'files', pattern }));
    for (const path of matches) if (!excludes.some((exclude) => exclude(path))) chosen.add(path);
  }
  return [...chosen].sort();
}

function normalise(pattern: string): string {
  return pattern.replace(/^\.\//, '').replace(/\\/g, '/');
}
