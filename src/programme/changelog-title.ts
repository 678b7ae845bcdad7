/*
 * A page named a changelog (`# Journal des modifications (*Changelog*)`, `# CHANGELOG`,
 * `title: Historique des versions`, `title: Journal d'évolution`, `title: Registre de changements`): its dated headings and items (`## 2021-04-12` over the
 * changes made that day) are its releases, days on which work was done, not sessions to
 * attend. A release named by its version (`## [2.0.10] - 2025-09-21`) is told apart in
 * dated-text.ts; this is the page that names no version, only dates. A file named so
 * (`CHANGELOG.md`) is one whatever its title says, or when it has none.
 */
import { normaliseText } from '../dates/normalise-text.js';

// Folded names a page gives itself when it lists its changes, in French and English.
const CHANGELOG_NAMES = [
  'changelog', 'change log', 'journal des modifications', 'journal des changements', 'historique des modifications',
  'historique des changements', 'historique des versions', 'notes de version', 'release notes', 'liste des modifications',
  'suivi des modifications', 'suivi des versions', 'journal d evolution', 'journal des evolutions',
  'historique des evolutions', 'journal des mises a jour', 'historique des mises a jour', 'notes de mise a jour',
  'historique des fonctionnalites', 'historique fonctionnalites', 'registre de changements', 'registre des changements',
  'registre des modifications',
];

// Folded names of the files that keep a project's changes, by the usage of code forges
// (`CHANGELOG.md`, `CHANGES.md`, `HISTORY.md`, `RELEASES.md`, `UPDATES.md`, and `VERSIONS.md`,
// a French project's name for it beside its English `RELEASES.md`): a file so named lists what
// was delivered when, whatever its headings look like (`## Lundi 8 juillet` over what
// shipped that day). `NEWS.md` is not one of them: a course's news page announces sessions.
const CHANGELOG_FILES = new Set(['changelog', 'changes', 'history', 'releases', 'release notes', 'versions', 'update', 'updates', ...CHANGELOG_NAMES]);

/**
 * Whether the file's name (the last part of its path from its repository's folder) names
 * it a changelog: `CHANGELOG.md`, `docs/History.md`, `CHANGELOG.fr.md`. The name is the
 * author's own word for the page, as its title is, and read the same way.
 */
export function namesAChangelogFile(repositoryPath: string | undefined): boolean {
  if (repositoryPath === undefined) return false;
  const base = repositoryPath.split(/[\\/]/).at(-1) ?? '';
  // The stem before the first dot: `CHANGELOG.fr.md` is `changelog`.
  const stem = normaliseText(base.split('.')[0] ?? '').replace(/[^a-z0-9]+/g, ' ').trim();
  // `map-changelog.md`, `api_changelog.md`: the changelog of one part of a project (not
  // `changelog-atelier.md`, a workshop about changelogs).
  return CHANGELOG_FILES.has(stem) || stem.split(' ').at(-1) === 'changelog';
}

/** Whether a page's title names it a changelog. */
export function namesAChangelog(title: string | undefined): boolean {
  if (title === undefined) return false;
  const folded = wordsOf(title);
  return CHANGELOG_NAMES.some((name) => folded.includes(name));
}

/** Whether a short line is a changelog's name and nothing else (`Changelog`, `Historique des versions :`; not `Atelier Changelog :`). */
export function isChangelogName(text: string): boolean {
  return CHANGELOG_NAMES.includes(wordsOf(text).trim());
}

// Words only, folded: `Journal d'évolution` and `journal d’évolution` read alike.
function wordsOf(text: string): string {
  return normaliseText(text).replace(/[^a-z0-9]+/g, ' ');
}
