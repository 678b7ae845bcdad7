import { posix } from 'node:path';
import type picomatch from 'picomatch';
import type { Language } from '../diagnostics/language.js';
import { say } from '../diagnostics/catalogue.js';
import { folderOf, linkFromFolder } from './link-path.js';

/**
 * Which files count as archived programmes, relative to the programme's folder; `{name}`
 * stands for the programme's file name without extension. The default takes
 * `archives/2018/accompagnement_2018.org` for `accompagnement.md`, not
 * `archives/2018/bootcamp_2018.org`, and leaves the archived calendars (.ics) out.
 */
export const defaultArchivesGlob = 'archives/*/{name}*.{md,markdown,org}';

/** The pattern's leading folders that hold no wildcard: `archives` for the default pattern. */
export function literalFolders(glob: string): string[] {
  const folders: string[] = [];
  const segments = glob.replace(/^\.\//, '').split('/');
  for (const segment of segments.slice(0, -1)) {
    if (/[*?[{!+@()\\]/.test(segment)) break;
    folders.push(segment);
  }
  return folders;
}

/** A previous year's programme found in the repository. */
export interface ArchivedProgramme {
  /** Repository-relative path. */
  path: string;
  /** The year of its folder (`archives/2018/`) or, failing that, of its file name; a school year's first year. */
  year?: number;
  /** How the year is written when it is a school year (`2025-2026`). */
  period?: string;
}

/**
 * Finds the archived programmes of a programme among the repository's files, newest year
 * first (those without a year last), then by path, so the list is the same on every machine.
 */
export async function findArchivedProgrammes(programmePath: string, files: Iterable<string>, glob = defaultArchivesGlob): Promise<ArchivedProgramme[]> {
  const folder = folderOf(programmePath);
  const stem = posix.basename(programmePath).replace(/\.[^.]*$/, '');
  const fixed = literalFolders(glob).map((segment) => segment + '/').join('');
  let matches: picomatch.Matcher | undefined;
  const found: ArchivedProgramme[] = [];
  for (const path of files) {
    if (path === programmePath) continue;
    const fromFolder = folder === '' ? path : path.startsWith(folder + '/') ? path.slice(folder.length + 1) : undefined;
    if (fromFolder === undefined || !fromFolder.startsWith(fixed)) continue;
    matches ??= (await loadPicomatch())(glob.split('{name}').join(escapeGlob(stem)), { dot: false });
    if (!matches(fromFolder)) continue;
    found.push({ path, ...yearOf(fromFolder) });
  }
  return found.sort((a, b) => (b.year ?? -1) - (a.year ?? -1) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * Whether a file is itself an archived programme (it matches the archives pattern, with
 * any name, from one of its parent folders). Its managed blocks are a record of that year:
 * they are neither refreshed nor reported as stale.
 */
export async function isArchivedProgramme(path: string, glob = defaultArchivesGlob): Promise<boolean> {
  const segments = path.split('/');
  // Compiling a matcher costs more than the rest of a small `check`: a path without the
  // pattern's fixed folder (`archives`) cannot match, and needs none.
  const fixed = literalFolders(glob);
  if (fixed.length > 0 && !segments.slice(0, -1).includes(fixed[0]!)) return false;
  const matches = (await loadPicomatch())(glob.split('{name}').join('*'), { dot: false });
  for (let depth = 0; depth < segments.length - 1; depth++) {
    if (matches(segments.slice(depth).join('/'))) return true;
  }
  return false;
}

// picomatch is loaded when a path must be matched: a programme with no archives folder
// never needs it, and loading it cost a small `check` about 1% of its instructions.
async function loadPicomatch(): Promise<typeof picomatch> {
  const loaded = (await import('picomatch')) as typeof picomatch & { default?: typeof picomatch };
  return loaded.default ?? loaded;
}

/** The lines of the archives block: one link per archived programme, labelled with its year. */
export function renderArchivesBlock(programmePath: string, archives: readonly ArchivedProgramme[], language: Language): string[] {
  if (archives.length === 0) return [say(language, 'archives-block-empty', {})];
  const folder = folderOf(programmePath);
  return archives.map((archive) => {
    const year = archive.period ?? archive.year;
    const label = say(language, 'archives-block-item', { name: posix.basename(archive.path), ...(year === undefined ? {} : { year }) });
    return `- [${escapeLinkText(label)}](${linkFromFolder(folder, archive.path)})`;
  });
}

// A folder named like a year wins over a year in the file name (`archives/2019/notes_2018.md` is 2019's);
// a school year (`2025-2026`, as `archive --year 2025-2026` writes it) counts as its first year.
function yearOf(path: string): { year?: number; period?: string } {
  const segments = path.split('/');
  for (const segment of segments.slice(0, -1)) {
    if (/^(19|20)\d{2}$/.test(segment)) return { year: Number(segment) };
    if (/^(19|20)\d{2}-(19|20)\d{2}$/.test(segment)) return { year: Number(segment.slice(0, 4)), period: segment };
  }
  const name = segments.at(-1) ?? '';
  const schoolYear = /(?:^|\D)((?:19|20)\d{2})-((?:19|20)\d{2})(?!\d)/.exec(name);
  if (schoolYear) return { year: Number(schoolYear[1]), period: `${schoolYear[1]}-${schoolYear[2]}` };
  const inName = /(?:^|\D)((?:19|20)\d{2})(?!\d)/.exec(name);
  return inName ? { year: Number(inName[1]) } : {};
}

function escapeGlob(text: string): string {
  return text.replace(/[\\*?[\]{}()!+@|^$]/g, '\\$&');
}

function escapeLinkText(text: string): string {
  return text.replace(/[\\[\]]/g, '\\$&');
}
