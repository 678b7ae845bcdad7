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
import { datedTextOf } from './dated-text.js';
import { plainText } from './plain-text.js';

// The folded first words of a change made to a project (`Ajout`, `Mise à jour`, `Ménage de
// noël`, `Déploiement`, `fixed`), in French and English.
const CHANGE_WORDS =
  /^(?:ajouts?|ajoutee?s?|mises? a jour|maj|suppressions?|supprimee?s?|modifications?|modifiee?s?|corrections?|corrigee?s?|deploiement|nettoyage|menage|refonte|passage|migration|creation|ameliorations?|optimisations?|renommage|mise en place|updated?|updates|add|added|adds|fix|fixed|fixes|remove|removed|removes)(?![a-z])/;
// How many dated entries a section holds at least to be a journal, and the share of them that tell a change.
const FEWEST_ENTRIES = 3;
const CHANGES_SHARE = 2 / 3;

/** What an entry that opens with a full date (`28/05/2026`) says it changed: the rest of its line, or the first item of the list below it. */
function entryText(nodes: readonly RootContent[], index: number): string | undefined {
  const node = nodes[index];
  if (node?.type !== 'paragraph') return undefined;
  const line = plainText(node).split('\n')[0]!.trim();
  const dated = datedTextOf(line, false);
  const first = dated?.expression.mentions[0];
  if (!dated || dated.lead !== '' || first?.year === undefined) return undefined;
  const rest = dated.rest.replace(/^[*\-\u2022]\s*/, '');
  if (rest !== '') return rest;
  const next = nodes[index + 1];
  return next?.type === 'list' && next.children[0] ? plainText(next.children[0]) : '';
}

/**
 * The lines (first and last) of each section of the page that is a journal of changes: at
 * least FEWEST_ENTRIES entries opening with a full date, at least CHANGES_SHARE of which
 * tell a change (CHANGE_WORDS). A section runs from its heading to the next heading of its
 * level or above; the text before the first heading is a section too.
 */
export function changeJournalSpans(tree: Root): Array<{ from: number; to: number }> {
  const nodes = tree.children;
  const spans: Array<{ from: number; to: number }> = [];
  const starts = [-1, ...nodes.flatMap((node, index) => (node.type === 'heading' ? [index] : []))];
  for (const start of starts) {
    const depth = start < 0 ? 0 : (nodes[start] as { depth: number }).depth;
    let end = start + 1;
    while (end < nodes.length && !(nodes[end]!.type === 'heading' && (nodes[end] as { depth: number }).depth <= depth)) end++;
    let entries = 0;
    let changes = 0;
    for (let index = start + 1; index < end; index++) {
      const said = entryText(nodes, index);
      if (said === undefined) continue;
      entries++;
      if (CHANGE_WORDS.test(normaliseText(said).trimStart())) changes++;
    }
    if (entries < FEWEST_ENTRIES || changes < entries * CHANGES_SHARE) continue;
    const first = nodes[Math.max(start, 0)]!;
    const last = nodes[end - 1]!;
    spans.push({ from: first.position!.start.line, to: last.position!.end.line });
  }
  return spans;
}
