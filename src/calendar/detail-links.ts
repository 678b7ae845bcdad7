import GithubSlugger from 'github-slugger';
import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { DetailSection, Programme, Session } from '../programme/model.js';
import { foldTitle } from '../programme/fold-title.js';

/** Where the programme lives on GitHub, for links to its detail sections. */
export interface RepositoryLocation {
  /** `https://github.com/OWNER/REPO`. */
  url: string;
  branch: string;
  /** The programme's path inside the repository, with forward slashes. */
  path: string;
}

/**
 * The GitHub anchor of every heading, by its first line. GitHub numbers repeated
 * headings (`-1`, `-2`) in document order, so all headings go through one slugger.
 */
export function headingAnchors(tree: Root): Map<number, string> {
  const slugger = new GithubSlugger();
  const anchors = new Map<number, string>();
  visit(tree, 'heading', (heading: Heading) => {
    const anchor = slugger.slug(toString(heading));
    if (heading.position) anchors.set(heading.position.start.line, anchor);
  });
  return anchors;
}

/**
 * The detail section that tells about a session: one dated on one of its days, preferably
 * naming its title, then one that opens on the session's day. A section over several days
 * (`### Séminaire | 25 et 26 juin`) tells about every row on those days, so a seminar
 * written as one row per day links each day to it.
 */
function matchingSection(session: Session, programme: Programme): DetailSection | undefined {
  const dates = session.dates.value;
  if (!dates) return undefined;
  const key = (d: { year: number; month: number; day: number }) => `${d.year}-${d.month}-${d.day}`;
  const days = new Set(dates.days.map(key));
  const candidates = programme.sections.filter((section) => section.dates.value?.days.some((day) => days.has(key(day))));
  const title = foldTitle(session.title.text);
  const named = (section: DetailSection) => title !== '' && foldTitle(section.heading.text).includes(title);
  const opensOnItsDay = (section: DetailSection) => days.has(key(section.dates.value!.days[0]!));
  return (
    candidates.find((section) => named(section) && opensOnItsDay(section)) ??
    candidates.find(named) ??
    candidates.find(opensOnItsDay) ??
    candidates[0]
  );
}

/** The link to a session's detail section on GitHub, when one matches. */
export function detailUrl(
  session: Session,
  programme: Programme,
  anchors: Map<number, string>,
  repository: RepositoryLocation,
): string | undefined {
  const section = matchingSection(session, programme);
  const anchor = section ? anchors.get(section.heading.position.start.line) : undefined;
  if (!anchor) return undefined;
  const base = repository.url.replace(/\/+$/, '');
  const encode = (path: string) => path.split('/').map(encodeURIComponent).join('/');
  // GitHub anchors keep accented letters (`#séminaire-eig`); a URI carries them percent-encoded.
  return `${base}/blob/${encode(repository.branch)}/${encode(repository.path)}#${encodeURIComponent(anchor)}`;
}
