import type { Language } from '../diagnostics/language.js';
import { findArchivedProgrammes, renderArchivesBlock } from './archives.js';
import { calendarPathOf, calendarUrls, renderCalendarBlock } from './calendar-links.js';
import type { BlockContents } from './managed-blocks.js';
import type { RepositoryContext } from './repository-context.js';

/**
 * What each managed block of a programme should hold now. The calendar block is left out
 * when its address cannot be known (no repository identity, no base URL): it is then not touched.
 * `calendarFolder` is the repository folder calendars are written to, when not beside the programme.
 */
export async function renderBlockContents(programmePath: string, repo: RepositoryContext, language: Language, calendarFolder?: string): Promise<BlockContents> {
  const archives = await findArchivedProgrammes(programmePath, repo.files.working, repo.archivesGlob);
  const contents: BlockContents = { archives: renderArchivesBlock(programmePath, archives, language) };
  const urls = calendarUrls(calendarPathOf(programmePath, calendarFolder), repo.publishing);
  if (urls) contents.calendar = renderCalendarBlock(urls, language);
  return contents;
}
