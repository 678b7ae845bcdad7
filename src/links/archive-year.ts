import { lstatSync, readFileSync, rmdirSync, unlinkSync } from 'node:fs';
import { join, posix } from 'node:path';
import type { Language } from '../diagnostics/language.js';
import { say } from '../diagnostics/catalogue.js';
import { UsageError } from '../diagnostics/usage-error.js';
import { orUndefined } from '../fs/or-undefined.js';
import { describeIoError } from '../fs/read-text-file.js';
import { commitFileSet, FileSetWriteError, prepareFileSet, writeFileSet, type FileToWrite, type PreparedFileSet } from '../fs/write-file-set.js';
import { calendarPathOf, calendarUrls, renderCalendarBlock, type CalendarPublishing } from './calendar-links.js';
import { closingMarker, openingMarker } from '../programme/managed-block-markers.js';
import { refreshManagedBlocks } from './managed-blocks.js';
import { folderOf } from './link-path.js';
import { refreshLinkBlocks } from './refresh-link-blocks.js';
import { relocateLinks } from './relocate-links.js';
import { repositoryFor, repositoryPathOf, type LinkSettings } from './repository-context.js';
import { landOf, type RepositoryFiles } from './repository-files.js';
import { relativePosix } from '../fs/paths.js';

/** The languages of an archive run: its messages, and the lines it writes into the programme (the subscribers' words). */
export interface ArchiveLanguages {
  messages: Language;
  blocks: Language;
}

/** What archiving a year did, as sentences for the user and the paths written. */
export interface ArchiveOutcome {
  /** Repository-relative paths written, in the order they were written. */
  written: string[];
  /** What happened, in the user's language, one sentence a line. */
  notes: string[];
}

/**
 * Where a year's archive goes: `archives/<year>/<name>_<year>.<ext>` beside the programme,
 * the convention the EIG repository already follows (`archives/2018/accompagnement_2018.org`),
 * so every archived file says its year even once downloaded or opened in a tab.
 */
function archivePathOf(repositoryPath: string, year: string): string {
  const name = posix.basename(repositoryPath);
  const dot = name.lastIndexOf('.');
  const stem = dot > 0 ? name.slice(0, dot) : name;
  const extension = dot > 0 ? name.slice(dot) : '';
  return posix.join(folderOf(repositoryPath), 'archives', String(year), `${stem}_${year}${extension}`);
}

/**
 * The yearly rollover: copies the programme (and its calendar, when there is one) into
 * `archives/<year>/`, makes the copy's relative links work from there, and adds the copy
 * to the programme's archives block. Refuses (UsageError, exit 2) when the archive exists
 * or any path involved leaves the repository, and fails the same way when a file cannot be
 * written (a full disk, a read-only folder); nothing is changed in either case.
 */
export async function archiveYear(programme: string, year: string, settings: LinkSettings, languages: ArchiveLanguages): Promise<ArchiveOutcome> {
  const language = languages.messages;
  const repo = await repositoryFor(programme, settings);
  const files = repo.files;
  const source = repositoryPathOf(repo, programme);
  if (source === undefined) throw new UsageError(say(language, 'archive-outside-repository', { path: programme }));
  const target = archivePathOf(source, year);
  const calendar = calendarPathOf(source);
  const hasCalendar = landOf(files, join(files.root, calendar)).kind === 'file';
  const calendarTarget = archivePathOf(calendar, year);
  for (const path of hasCalendar ? [target, calendarTarget] : [target]) refuseUnlessFree(files, path, language);

  const original = readFileSync(join(files.root, source), 'utf8');
  const relocated = relocateLinks(original, folderOf(source), folderOf(target));
  // The copy's subscribe links are the record of its year: they name the archived calendar, not the live feed.
  const archivedText = hasCalendar ? pointCalendarBlockAt(relocated.text, calendarTarget, repo.publishing, languages.blocks) : relocated.text;
  const copies: FileToWrite[] = [{ path: join(files.root, target), content: archivedText }];
  if (hasCalendar) copies.push({ path: join(files.root, calendarTarget), content: readFileSync(join(files.root, calendar)) });
  const notes = [say(language, 'archive-copied', { from: source, to: target, links: relocated.rewritten })];
  for (const kept of relocated.kept) notes.push(say(language, 'archive-link-kept', { target: kept.url, line: kept.line }));
  if (hasCalendar) notes.push(say(language, 'archive-copied', { from: calendar, to: calendarTarget, links: 0 }));

  // All or nothing: the copies are new files (an existing archive is refused above), so when
  // the programme cannot be updated after them, removing them gives back the folder as it was.
  let prepared: PreparedFileSet;
  try {
    prepared = prepareFileSet(copies);
  } catch (error) {
    throw cannotArchive(error, files.root, language);
  }
  const written: string[] = [];
  try {
    commitFileSet(prepared);
    written.push(...copies.map((copy) => copy.path));
    // A fresh look at the repository, so the new archive is in the file list.
    const refreshed = await refreshLinkBlocks(programme, { language: languages.blocks, settings, kinds: ['archives'] });
    if (refreshed.blocks.some((block) => block.kind === 'archives')) {
      if (refreshed.changed) writeFileSet([{ path: join(files.root, source), content: refreshed.content }]);
      notes.push(say(language, 'archive-block-updated', { path: source }));
    } else {
      notes.push(say(language, 'archive-block-absent', { path: source, opening: openingMarker('archives'), closing: closingMarker('archives') }));
    }
    return { written: [target, ...(hasCalendar ? [calendarTarget] : []), ...(refreshed.changed ? [source] : [])], notes };
  } catch (error) {
    for (const path of written) orUndefined(() => unlinkSync(path));
    for (const folder of [...prepared.createdFolders].reverse()) orUndefined(() => rmdirSync(folder));
    throw cannotArchive(error, files.root, language);
  }
}

// A file-system failure becomes one line naming the file (from the repository root) and why; anything else is a bug and goes up as it is.
function cannotArchive(error: unknown, root: string, language: Language): unknown {
  if (error instanceof FileSetWriteError) {
    return new UsageError(say(language, 'archive-cannot-write', { path: relativePosix(root, error.path), reason: describeIoError(error.cause, language) }));
  }
  const failed = error as NodeJS.ErrnoException;
  if (typeof failed.code === 'string' && typeof failed.path === 'string') {
    return new UsageError(say(language, 'archive-cannot-write', { path: relativePosix(root, failed.path), reason: describeIoError(error, language) }));
  }
  return error;
}

// The archive must be new, and its folder must not lead out of the repository through a symbolic link.
function refuseUnlessFree(files: RepositoryFiles, path: string, language: Language): void {
  const absolute = join(files.root, path);
  const taken = orUndefined(() => lstatSync(absolute)) !== undefined;
  if (taken) throw new UsageError(say(language, 'archive-target-exists', { path }));
  const landing = landOf(files, absolute);
  if (landing.kind === 'outside' || landing.kind === 'through-symlink') throw new UsageError(say(language, 'archive-outside-repository', { path }));
}

// The calendar block of the archived copy, when it has one, rewritten to the archived
// calendar's address; a copy without a block, or a repository without an address, is left as it is.
function pointCalendarBlockAt(text: string, calendarPath: string, publishing: CalendarPublishing, language: Language): string {
  const urls = calendarUrls(calendarPath, publishing);
  if (!urls || !text.includes(openingMarker('calendar'))) return text;
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  return bom + refreshManagedBlocks(text.slice(bom.length), { calendar: renderCalendarBlock(urls, language) }).text;
}
