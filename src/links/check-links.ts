import type { Root } from 'mdast';
import type { Position } from 'unist';
import { join } from 'node:path';
import { DiagnosticCollector } from '../diagnostics/collector.js';
import { languages, type Language } from '../diagnostics/language.js';
import { calendarLanguageOf } from '../config/engine-settings.js';
import type { FileReport } from '../report/file-report.js';
import { findArchivedProgrammes, isArchivedProgramme } from './archives.js';
import { renderBlockContents, type AudienceFeedSettings } from './block-contents.js';
import { classifyDestination } from './classify-destination.js';
import { closestPath, closestString } from './closest-path.js';
import { collectLinks, type LinkReference } from './collect-links.js';
import { hasAnchor, headingSlugs } from './heading-slugs.js';
import { folderOf, linkFromFolder } from './link-path.js';
import { closingMarker, findManagedBlocks, openingMarker, type ManagedBlocks } from '../programme/managed-block-markers.js';
import { blockText } from './managed-blocks.js';
import { parseRepositoryFileUrl, pathAfterBranch } from './own-repository-url.js';
import { anchorsOf, repositoryFolderOf, repositoryPathOf, type RepositoryContext } from './repository-context.js';
import { landOf } from './repository-files.js';
import { sameRepository } from './repository-identity.js';

/**
 * Checks a programme's links against its repository and adds the problems to `collector`:
 * missing files and headings, links to this repository's own URLs that no longer exist,
 * links leaving the repository, archived programmes nobody links to, and the state of the
 * managed blocks. Nothing is fetched from the network; nothing outside the repository is read.
 */
export async function checkLinks(report: FileReport, repo: RepositoryContext, collector: DiagnosticCollector): Promise<void> {
  const programmePath = repositoryPathOf(repo, report.path);
  if (programmePath === undefined) return;
  const { tree, source } = report.read;
  const managed = findManagedBlocks(tree, source.text);
  // Links the tool wrote itself are judged by whether their block is fresh, not one by one.
  const generated = (link: LinkReference) =>
    managed.blocks.some((block) => (link.position.start.offset ?? -1) >= block.contentStart && (link.position.start.offset ?? -1) < block.contentEnd);
  const calendarDir = report.engine.calendarDir;
  const calendarFolder = calendarDir === undefined ? undefined : repositoryFolderOf(repo, calendarDir);
  const context: LinkCheck = {
    repo,
    collector,
    programmePath,
    folder: folderOf(programmePath),
    tree,
    ownAnchors: headingSlugs(tree),
    reached: new Map(),
    calendarLanguage: calendarLanguageOf(report.engine),
    feeds: { sessions: report.programme.sessions, split: report.engine.split },
    ...(calendarFolder === undefined ? {} : { calendarFolder }),
  };
  for (const link of collectLinks(tree)) await checkLink(context, link, !generated(link));
  // An archived programme's blocks are the record of its year: nothing to refresh or link there.
  if (await isArchivedProgramme(programmePath, repo.archivesGlob)) return;
  await reportUnlinkedArchives(context, managed);
  await reportManagedBlocks(context, managed, source.text);
}

interface LinkCheck {
  repo: RepositoryContext;
  collector: DiagnosticCollector;
  programmePath: string;
  folder: string;
  tree: Root;
  ownAnchors: Set<string>;
  /** Repository paths the programme links to, with the first link that does. */
  reached: Map<string, Position>;
  /** The repository folder calendars are written to, when not beside the programme (config `outDir`). */
  calendarFolder?: string;
  /** The language build writes the blocks in (subscribers' words, not the messages'). */
  calendarLanguage: Language;
  /** What decides the audience feeds the calendar block lists. */
  feeds: AudienceFeedSettings;
}

async function checkLink(check: LinkCheck, link: LinkReference, report: boolean): Promise<void> {
  const { repo } = check;
  const destination = classifyDestination(link.url);
  // A generated link is still followed (it may be what links an archive) but reported nowhere.
  const sink = report ? check.collector : new DiagnosticCollector(check.collector.language, check.collector.rules);
  if (destination.kind === 'same-document') {
    checkAnchor(link, check.ownAnchors, destination.fragment, check.programmePath, sink);
    return;
  }
  if (destination.kind === 'absolute') {
    const url = parseRepositoryFileUrl(destination.url);
    if (!url || !repo.identity || !sameRepository(url.repository, repo.identity)) return;
    const { files: head, folders: headFolders } = await repo.files.head();
    const path = pathAfterBranch(url.segments, (candidate) => head.has(candidate) || headFolders.has(candidate));
    if (path !== undefined) {
      if (!check.reached.has(path)) check.reached.set(path, link.position);
      return;
    }
    const suggestion = closestPath(url.segments.slice(1).join('/'), head);
    sink.add('link-own-url-missing', {
      url: link.url,
      repository: `${repo.identity.owner}/${repo.identity.name}`,
      ...(suggestion === undefined ? {} : { suggestion }),
    }, link.position, { actual: link.url, ...(suggestion === undefined ? {} : { expected: suggestion }) });
    return;
  }
  if (destination.kind !== 'relative') return;
  const wanted = destination.fromRoot ? destination.path : `${check.folder === '' ? '' : check.folder + '/'}${destination.path}`;
  const landing = landOf(repo.files, join(repo.files.root, wanted));
  switch (landing.kind) {
    case 'outside':
      sink.add('link-outside-repository', { target: link.url }, link.position, { actual: link.url });
      return;
    case 'through-symlink':
      sink.addMessage('link-outside-repository', 'link-through-outside-symlink', { target: link.url, link: landing.link }, link.position, { actual: link.url });
      return;
    case 'missing': {
      const closest = closestPath(landing.path, repo.files.working);
      const suggestion = closest === undefined ? undefined : destination.fromRoot ? '/' + closest : linkFromFolder(check.folder, closest);
      sink.add('link-target-missing', {
        target: link.url,
        path: landing.path,
        ...(suggestion === undefined ? {} : { suggestion }),
      }, link.position, { actual: link.url, ...(suggestion === undefined ? {} : { expected: suggestion }) });
      return;
    }
    case 'folder':
      return;
    case 'file': {
      if (!check.reached.has(landing.path)) check.reached.set(landing.path, link.position);
      // GitHub gives anchors to rendered markdown only; an .org or .csv anchor is not checkable here.
      if (destination.fragment === undefined || link.kind === 'image' || !/\.(md|markdown)$/i.test(landing.path)) return;
      const anchors = landing.path === check.programmePath ? check.ownAnchors : anchorsOf(repo, landing.path);
      if (anchors) checkAnchor(link, anchors, destination.fragment, landing.path, sink);
    }
  }
}

function checkAnchor(
  link: LinkReference,
  anchors: ReadonlySet<string>,
  fragment: string,
  file: string,
  sink: DiagnosticCollector,
): void {
  if (hasAnchor(anchors, fragment)) return;
  const suggestion = closestString(fragment.toLowerCase(), anchors);
  sink.add('link-anchor-missing', {
    target: link.url,
    anchor: fragment,
    file,
    ...(suggestion === undefined ? {} : { suggestion }),
  }, link.position, { actual: `#${fragment}`, ...(suggestion === undefined ? {} : { expected: `#${suggestion}` }) });
}

async function reportUnlinkedArchives(check: LinkCheck, managed: ManagedBlocks): Promise<void> {
  const { repo, collector, programmePath } = check;
  const archives = await findArchivedProgrammes(programmePath, repo.files.working, repo.archivesGlob);
  const archivesBlock = managed.blocks.find((block) => block.kind === 'archives');
  const firstArchiveLink = archives.map((archive) => check.reached.get(archive.path)).find((place) => place !== undefined);
  for (const archive of archives) {
    if (check.reached.has(archive.path)) continue;
    const link = linkFromFolder(check.folder, archive.path);
    collector.add('archive-not-linked', { path: archive.path, link }, archivesBlock?.position ?? firstArchiveLink ?? titlePosition(check.tree), {
      expected: link,
    });
  }
  if (archives.length > 0 && !archivesBlock && !managed.problems.some((problem) => problem.kind === 'archives')) {
    suggestMarkers(collector, 'archives', firstArchiveLink ?? titlePosition(check.tree));
  }
}

async function reportManagedBlocks(check: LinkCheck, managed: ManagedBlocks, text: string): Promise<void> {
  const { repo, collector, programmePath } = check;
  // A block written with --lang fr is as fresh as one in English: check never asks for a language switch.
  const renderings = await Promise.all(languages.map((language) => renderBlockContents(programmePath, repo, language, check.calendarFolder, check.feeds)));
  const wantedHere = await renderBlockContents(programmePath, repo, check.calendarLanguage, check.calendarFolder, check.feeds);
  for (const block of managed.blocks) {
    const current = text.slice(block.contentStart, block.contentEnd);
    if (renderings.every((contents) => contents[block.kind] === undefined)) {
      collector.add('calendar-link-no-repository', {}, block.position);
      continue;
    }
    if (renderings.some((contents) => blockText(contents[block.kind] ?? [], block.eol) === current)) continue;
    collector.add('managed-block-stale', { kind: block.kind }, block.position, {
      actual: current.replace(/\r?\n$|\r$/, ''),
      expected: (wantedHere[block.kind] ?? []).join('\n'),
    });
  }
  for (const problem of managed.problems) {
    if (problem.problem === 'holds-marker') {
      collector.add('managed-block-holds-marker', { marker: openingMarker(problem.kind), strayLine: problem.stray!.start.line }, problem.position);
      continue;
    }
    const [marker, missing] =
      problem.problem === 'unclosed' ? [openingMarker(problem.kind), closingMarker(problem.kind)] : [closingMarker(problem.kind), openingMarker(problem.kind)];
    collector.add('managed-block-unpaired', { marker, missing }, problem.position);
  }
  const present = new Set([...managed.blocks.map((block) => block.kind), ...managed.problems.map((problem) => problem.kind)]);
  if (!present.has('calendar')) suggestMarkers(collector, 'calendar', titlePosition(check.tree));
}

function suggestMarkers(collector: DiagnosticCollector, kind: 'archives' | 'calendar', position: Position | undefined): void {
  collector.add('managed-block-missing', { kind, opening: openingMarker(kind), closing: closingMarker(kind) }, position, {
    expected: `${openingMarker(kind)}\n${closingMarker(kind)}`,
  });
}

function titlePosition(tree: Root): Position | undefined {
  return tree.children.find((node) => node.type === 'heading')?.position;
}
