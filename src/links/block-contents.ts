import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Language } from '../diagnostics/language.js';
import { audiencesWithFeeds } from '../calendar/audience-feeds.js';
import type { FeedSplit } from '../config/config-file.js';
import type { Audience } from '../programme/audience.js';
import type { Session } from '../programme/model.js';
import { findArchivedProgrammes, renderArchivesBlock } from './archives.js';
import { calendarPathOf, calendarUrls, renderCalendarBlock } from './calendar-links.js';
import type { BlockContents } from './managed-blocks.js';
import type { RepositoryContext } from './repository-context.js';

/**
 * What each managed block of a programme should hold now. The calendar block is left out
 * when its address cannot be known (no repository identity, no base URL): it is then not touched.
 * `calendarFolder` is the repository folder calendars are written to, when not beside the programme.
 */
export async function renderBlockContents(
  programmePath: string,
  repo: RepositoryContext,
  language: Language,
  calendarFolder?: string,
  feeds?: AudienceFeedSettings,
): Promise<BlockContents> {
  const archives = await findArchivedProgrammes(programmePath, repo.files.working, repo.archivesGlob);
  const contents: BlockContents = { archives: renderArchivesBlock(programmePath, archives, language) };
  const urls = calendarUrls(calendarPathOf(programmePath, calendarFolder), repo.publishing);
  if (urls) {
    const pathOf = (audience: Audience) => calendarPathOf(programmePath, calendarFolder, audience.slug);
    const audiences = feeds ? audiencesWithFeeds(feeds.sessions, feeds.split, (audience) => existsSync(join(repo.files.root, pathOf(audience)))) : [];
    const audienceFeeds = audiences.flatMap((audience) => {
      const feedUrls = calendarUrls(pathOf(audience), repo.publishing);
      return feedUrls ? [{ audience: audience.name, urls: feedUrls }] : [];
    });
    contents.calendar = renderCalendarBlock(urls, language, audienceFeeds);
  }
  return contents;
}

/** What decides which audiences have a feed of their own (see `audiencesWithFeeds`). */
export interface AudienceFeedSettings {
  sessions: readonly Session[];
  split?: FeedSplit | undefined;
}
