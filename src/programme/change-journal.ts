/*
 * A project's journal of its own changes, kept in a section of its README (`## Journal` over
 * `03/06/2026` and `- Mise à jour des github actions`, `28/05/2026` and `- Ajout lien vers
 * support Module 6`): each date is a day work was done on the project, and what it lists
 * are the changes made, not sessions to attend. A page named a changelog is told by its
 * name (changelog-title.ts); such a section is told by what its entries say. Written by
 * hand: no library says what a section of a page is for.
 */
import type { Root, RootContent } from 'mdast';
import { normaliseText } from '../dates/normalise-text.js';
import { compareDates } from '../dates/plain-date.js';
import type { PlainDate } from '../dates/types.js';
import { datedTextOf } from './dated-text.js';
import { plainText } from './plain-text.js';

// The folded first words of a change made to a project (`Ajout`, `Mise à jour`,
// `Déploiement`, `fixed`), in French and English. Not the words that also name an
// activity (`Passage de grades`, `Nettoyage des berges`, `Création d'un hôtel à insectes`).
const CHANGE_WORDS =
  /^(?:ajouts?|ajoutee?s?|mises? a jour|maj|suppressions?|supprimee?s?|modifications?|modifiee?s?|corrections?|corrigee?s?|deploiement|refonte|ameliorations?|optimisations?|renommage|updated?|updates|add|added|adds|fix|fixed|fixes|remove|removed|removes)(?![a-z])/;
// How many dated entries a section holds at least to be a journal, and the share of them that tell a change.
const FEWEST_ENTRIES = 3;
const CHANGES_SHARE = 2 / 3;

/** The day an entry opens with (`28/05/2026`), and what it says it changed: the rest of its line, or the first item of the list below it. */
function entryOf(nodes: readonly RootContent[], index: number): { day: PlainDate; said: string } | undefined {
  const node = nodes[index];
  if (node?.type !== 'paragraph') return undefined;
  const line = plainText(node).split('\n')[0]!.trim();
  const dated = datedTextOf(line, false);
  const first = dated?.expression.mentions[0];
  if (!dated || dated.lead !== '' || first?.year === undefined) return undefined;
  const day = { year: first.year, month: first.month, day: first.day };
  const rest = dated.rest.replace(/^[*\-\u2022]\s*/, '');
  if (rest !== '') return { day, said: rest };
  const next = nodes[index + 1];
  return { day, said: next?.type === 'list' && next.children[0] ? plainText(next.children[0]) : '' };
}

/**
 * The lines (first and last) of each part of the page that is a journal of changes: at
 * least FEWEST_ENTRIES entries opening with a full date, none after the day the page was
 * last written (`reference`: a journal records what was done), at least CHANGES_SHARE of
 * which tell a change (CHANGE_WORDS). A part is what stands between two headings, the
 * heading above it included; the text before the first heading is one too.
 */
export function changeJournalSpans(tree: Root, reference: PlainDate | undefined): Array<{ from: number; to: number }> {
  const nodes = tree.children;
  const spans: Array<{ from: number; to: number }> = [];
  const starts = [-1, ...nodes.flatMap((node, index) => (node.type === 'heading' ? [index] : []))];
  for (const start of starts) {
    let end = start + 1;
    while (end < nodes.length && nodes[end]!.type !== 'heading') end++;
    const entries = [];
    for (let index = start + 1; index < end; index++) {
      const entry = entryOf(nodes, index);
      if (entry) entries.push(entry);
    }
    if (entries.length < FEWEST_ENTRIES) continue;
    if (reference && entries.some((entry) => compareDates(entry.day, reference) > 0)) continue;
    const changes = entries.filter((entry) => CHANGE_WORDS.test(normaliseText(entry.said).trimStart())).length;
    if (changes < entries.length * CHANGES_SHARE) continue;
    spans.push({ from: nodes[Math.max(start, 0)]!.position!.start.line, to: nodes[end - 1]!.position!.end.line });
  }
  return spans;
}
