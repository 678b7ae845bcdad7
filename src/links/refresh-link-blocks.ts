import type { Root } from 'mdast';
import { readFileSync } from 'node:fs';
import type { Language } from '../diagnostics/language.js';
import { isArchivedProgramme } from './archives.js';
import { renderBlockContents, type AudienceFeedSettings } from './block-contents.js';
import type { BlockKind, MarkerProblem } from '../programme/managed-block-markers.js';
import { refreshManagedBlocks, type RefreshedBlock } from './managed-blocks.js';
import { repositoryFolderOf, repositoryFor, repositoryPathOf, type LinkSettings, type RepositoryContext } from './repository-context.js';

/** What refreshing a programme's link blocks gives: the new content, for the caller to write (or compare, for `--check`). */
export interface RefreshedLinkBlocks {
  path: string;
  /** The file as it is now (what `build --check` compares against). */
  original: string;
  /** The whole file as it should be (identical to the file when nothing changed). */
  content: string;
  changed: boolean;
  blocks: RefreshedBlock[];
  problems: MarkerProblem[];
}

/** How to refresh: the language of the generated lines, the settings, and (optionally) a per-run repository cache. */
export interface RefreshLinkBlocksOptions {
  language: Language;
  settings: LinkSettings;
  cache?: Map<string, RepositoryContext>;
  /** Only these kinds of block are rewritten (all by default). */
  kinds?: readonly BlockKind[];
  /** The document as the engine already parsed it; used when the file still holds that text. */
  parsed?: { text: string; tree: Root };
  /** The folder calendars are written to (absolute), when not beside the programme. */
  calendarDir?: string;
  /** The programme's sessions and split setting, for the audience feeds the calendar block lists. */
  feeds?: AudienceFeedSettings;
}

const byteOrderMark = '\uFEFF';

/**
 * Computes a programme file with its managed blocks (archives, calendar) brought up to
 * date (an archived programme's blocks are left as they were). Writes nothing: `build` writes `content` with writeFileAtomic when `changed`, and
 * `build --check` reports the file as stale instead. A file with no markers is unchanged.
 */
export async function refreshLinkBlocks(path: string, options: RefreshLinkBlocksOptions): Promise<RefreshedLinkBlocks> {
  const original = readFileSync(path, 'utf8');
  const unchanged: RefreshedLinkBlocks = { path, original, content: original, changed: false, blocks: [], problems: [] };
  // Without a marker there is no block to refresh: no reason to list the repository's
  // files (a git process) nor to parse the file again.
  if (!original.includes('programme-sync:')) return unchanged;
  const repo = await repositoryFor(path, options.settings, options.cache);
  const programmePath = repositoryPathOf(repo, path);
  if (programmePath === undefined || (await isArchivedProgramme(programmePath, repo.archivesGlob))) return unchanged;
  // remark drops a byte-order mark before counting offsets: take it off and put it back.
  const bom = original.startsWith(byteOrderMark) ? byteOrderMark : '';
  const text = original.slice(bom.length);
  const calendarFolder = options.calendarDir === undefined ? undefined : repositoryFolderOf(repo, options.calendarDir);
  const rendered = await renderBlockContents(programmePath, repo, options.language, calendarFolder, options.feeds);
  const contents = Object.fromEntries(
    Object.entries(rendered).filter(([kind]) => options.kinds === undefined || options.kinds.includes(kind as BlockKind)),
  );
  const tree = options.parsed && options.parsed.text === text ? options.parsed.tree : undefined;
  const result = tree ? refreshManagedBlocks(text, contents, tree) : refreshManagedBlocks(text, contents);
  return { path, original, content: bom + result.text, changed: result.changed, blocks: result.blocks, problems: result.problems };
}
