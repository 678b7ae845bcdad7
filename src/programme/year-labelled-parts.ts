/*
 * A page kept over several years, each year under a heading of its own (`## Année
 * universitaire 2025-2026` over its seminars, then `## Année universitaire 2024-2025` over
 * the year before's, `## 2024`, `## 2023`): a reader reads each part's days in the year its
 * heading names, not the whole page in the first one. Written by hand: the year inference
 * (year-inference.ts) takes one set of clues per schedule, so each labelled part is given
 * its own.
 */
import type { Heading, Paragraph, Root } from 'mdast';
import { normaliseText } from '../dates/normalise-text.js';
import type { YearClue } from '../dates/year-inference.js';
import { plainText } from './plain-text.js';
import { documentYearClues, yearAlone, type DocumentYearClues } from './year-clues.js';

// A heading that labels a part with its year (folded): the year or school year closes it,
// after only the words that name a year's part (`2024`, `Année universitaire 2024-2025`,
// `Édition 2024 :`, `Séminaires 2023`, a season: `ÉTÉ 2024`). A heading that says something of a year (`Le festival
// depuis 2015`, `Catégorie nés en 2014`, `Objectif 2030`) labels nothing. Read on the folded
// text with the spaces around `-`, `/` and a closing colon taken out (yearLabelText): no
// group of it repeats another, as safe-regex asks.
const YEAR_LABEL = /^(?:(?:annee|annees|annee universitaire|annee scolaire|annee academique|saison|edition|programme|programmation|calendrier|agenda|seminaire|seminaires|evenements|cours|archive|archives|session|sessions|rentree|cycle|stage|stages|activites|rencontres|ete|hiver|printemps|automne) (?:de l'|du |de |d'|)|)(?:19|20)\d\d(?:[-/](?:19|20)\d\d|[-/]\d\d|):?$/;
const yearLabelText = (text: string): string => normaliseText(text).replace(/ ?([-/]) ?/g, '$1').replace(/ :$/, ':');
// A paragraph's label stands under every heading's depth (1 to 6).
const PARAGRAPH_LABEL_DEPTH = 7;
/** The year a paragraph labels alone on its one line (`**2024**`, `2023 :`), if it does. */
function paragraphLabelYear(node: Root['children'][number]): number | undefined {
  return node.type === 'paragraph' && node.position!.start.line === node.position!.end.line ? yearAlone(node as Paragraph) : undefined;
}

/**
 * The year clues of one labelled part (lines `first` to `last`) under its label on line
 * `label`: the page's clues around the part, and the year a paragraph label writes for its
 * own list (labels kept newest first each date their own list, which the page's clues do
 * not say when read as a whole).
 */
export function partYearClues(tree: Root, title: string | undefined, label: number | undefined, first: number, last: number): DocumentYearClues {
  const clues = documentYearClues(tree, title, first, last);
  const node = label === undefined ? undefined : tree.children.find((child) => child.position?.start.line === label);
  const own: YearClue | undefined = node === undefined ? undefined : paragraphLabelYear(node);
  return own === undefined ? clues : { ...clues, headingYear: own };
}

/**
 * For each of `lines` (the lines of a page's dated sessions, in order), the line of the
 * heading above it that labels its part of the page with a year and no day (`## 2024`,
 * `### Séminaires 2023-2024`), or `undefined` where none does; `undefined` for the whole
 * page unless two labels or more stand over its sessions (one label is the page's year,
 * which the usual clues already read).
 */
export function yearLabelledParts(tree: Root, lines: readonly number[]): Array<number | undefined> | undefined {
  const labels: Array<{ line: number; depth: number; labels: boolean }> = [];
  for (const node of tree.children) {
    // A dated heading (`## 12 mars 2024`) is a day of its own: YEAR_LABEL lets no day stand before the year.
    if (node.type === 'heading') labels.push({ line: node.position!.start.line, depth: node.depth, labels: YEAR_LABEL.test(yearLabelText(plainText(node as Heading))) });
    // `**2024**` alone on its line over that year's list: a label below every heading, which
    // the next heading or the next such line closes.
    else if (paragraphLabelYear(node) !== undefined) labels.push({ line: node.position!.start.line, depth: PARAGRAPH_LABEL_DEPTH, labels: true });
  }
  const parts: Array<number | undefined> = [];
  let next = 0;
  const open: typeof labels = [];
  for (const line of lines) {
    while (next < labels.length && labels[next]!.line < line) {
      const heading = labels[next++]!;
      while (open.length > 0 && open.at(-1)!.depth >= heading.depth) open.pop();
      open.push(heading);
    }
    parts.push(open.findLast((heading) => heading.labels)?.line);
  }
  const distinct = new Set(parts.filter((part) => part !== undefined));
  return distinct.size >= 2 ? parts : undefined;
}

/**
 * The years of every member of a page's labelled parts (`parts`, as yearLabelledParts gives
 * them), each part read on its own: `read` gets the indexes of one part's members, in order,
 * and returns their years; they are put back in the page's order.
 */
export function yearsByPart<T>(parts: ReadonlyArray<number | undefined>, read: (members: number[]) => T[]): T[] {
  const found: T[] = new Array(parts.length);
  for (const part of new Set(parts)) {
    const members = parts.flatMap((other, index) => (other === part ? [index] : []));
    read(members).forEach((years, k) => (found[members[k]!] = years));
  }
  return found;
}
