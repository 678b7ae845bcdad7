import { posix } from 'node:path';
import { say } from '../diagnostics/catalogue.js';
import type { Language } from '../diagnostics/language.js';
import { folderOf } from './link-path.js';
import type { RepositoryIdentity } from './repository-identity.js';

/** Where the published calendar is served from. */
export interface CalendarPublishing {
  identity?: RepositoryIdentity;
  /** The default branch (`--branch`), `main` unless told. */
  branch: string;
  /** Where the repository's root is published (GitHub Pages...), replacing the raw.githubusercontent.com base. */
  baseUrl?: string;
}

/**
 * The repository path of a programme's calendar: `<name>.ics` beside the programme, or in
 * `calendarFolder` (a repository path) when calendars are written elsewhere.
 */
export function calendarPathOf(programmePath: string, calendarFolder?: string, audienceSlug?: string): string {
  const stem = posix.basename(programmePath).replace(/\.[^.]*$/, '');
  return posix.join(calendarFolder ?? folderOf(programmePath), audienceSlug ? `${stem}.${audienceSlug}.ics` : `${stem}.ics`);
}

/** The two addresses of a published calendar; undefined when neither a repository nor a base URL is known. */
export function calendarUrls(calendarPath: string, publishing: CalendarPublishing): { https: string; webcal: string } | undefined {
  const encodedPath = calendarPath.split('/').map(encodeURIComponent).join('/');
  let https: string;
  if (publishing.baseUrl !== undefined) {
    https = `${publishing.baseUrl.replace(/\/+$/, '')}/${encodedPath}`;
  } else if (publishing.identity !== undefined) {
    const { owner, name } = publishing.identity;
    https = `https://raw.githubusercontent.com/${owner}/${name}/${publishing.branch.split('/').map(encodeURIComponent).join('/')}/${encodedPath}`;
  } else {
    return undefined;
  }
  return { https, webcal: https.replace(/^https?:\/\//, 'webcal://') };
}

/**
 * The lines of the calendar block: a webcal:// link to subscribe, an https:// one to add by
 * URL or download, then one subscribe link per audience that has a feed of its own.
 */
export function renderCalendarBlock(
  urls: { https: string; webcal: string },
  language: Language,
  audienceFeeds: ReadonlyArray<{ audience: string; urls: { https: string; webcal: string } }> = [],
): string[] {
  return [
    `- ${say(language, 'calendar-block-subscribe', {})} [${urls.webcal}](${urls.webcal})`,
    `- ${say(language, 'calendar-block-download', {})} [${urls.https}](${urls.https})`,
    ...audienceFeeds.map((feed) => `- ${say(language, 'calendar-block-audience', { audience: feed.audience })} [${feed.urls.webcal}](${feed.urls.webcal})`),
  ];
}
