/*
 * A page named a changelog (`# Journal des modifications (*Changelog*)`, `# CHANGELOG`,
 * `title: Historique des versions`, `title: Journal d'évolution`): its dated headings and items (`## 2021-04-12` over the
 * changes made that day) are its releases, days on which work was done, not sessions to
 * attend. A release named by its version (`## [2.0.10] - 2025-09-21`) is told apart in
 * dated-text.ts; this is the page that names no version, only dates.
 */
import { normaliseText } from '../dates/normalise-text.js';

// Folded names a page gives itself when it lists its changes, in French and English.
const CHANGELOG_NAMES = [
  'changelog', 'change log', 'journal des modifications', 'journal des changements', 'historique des modifications',
  'historique des changements', 'historique des versions', 'notes de version', 'release notes', 'liste des modifications',
  'suivi des modifications', 'suivi des versions', 'journal d evolution', 'journal des evolutions',
  'historique des evolutions', 'journal des mises a jour', 'historique des mises a jour', 'notes de mise a jour',
];

/** Whether a page's title names it a changelog. */
export function namesAChangelog(title: string | undefined): boolean {
  if (title === undefined) return false;
  // Words only: `Journal d'évolution` and `journal d’évolution` read alike.
  const folded = normaliseText(title).replace(/[^a-z0-9]+/g, ' ');
  return CHANGELOG_NAMES.some((name) => folded.includes(name));
}
