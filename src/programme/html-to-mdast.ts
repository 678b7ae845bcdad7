/*
 * Raw HTML turned into markdown's tree, so that a schedule written in HTML inside a markdown
 * page (`<h2>Mercredi 14 mars</h2>`, `<table><tr><td>12/03</td>...`, `<ul><li><strong>Lundi
 * 3 mars</strong> : ...`) is read by the same readers as one written in markdown, rather than
 * by a second reader of HTML. The unified ecosystem's own libraries do the work: parse5
 * (through hast-util-from-html) parses HTML as a browser does, unclosed tags and character
 * references (`&nbsp;`, `&agrave;`) included, with each node's place in the text; and
 * hast-util-to-mdast maps elements to what they are in markdown (`<h3>` a heading, `<tr>` a
 * table row, `<br>` a line break, `<dl>` a list) and keeps those places.
 *
 * This module is the only one that loads those libraries, and the command line's bundles
 * load it on first use (scripts/build.mjs): most programmes have no HTML to read.
 */
import type { Element, ElementContent, Root as HastRoot, RootContent as HastContent } from 'hast';
import type { Nodes, RootContent } from 'mdast';
import { fromHtml } from 'hast-util-from-html';
import { defaultHandlers, toMdast, type Handle } from 'hast-util-to-mdast';
import type { ListItem, Table, TableCell } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { columnRole } from './column-roles.js';
import { detailsShowsProgramme } from './hidden-ranges.js';
import { keepCellSpan, layOutHtmlTables, textOf } from './html-table-layout.js';
import { markWrittenInHtml } from './cell-spans.js';

// What a reader of the page does not see as its programme: an archive folded in `<details>`
// (issue 12; unless it shows the programme, see foldsAway), and what a page shows nothing of.
const UNSEEN = new Set(['template', 'script', 'style', 'noscript', 'nav']);

// A `<details>` folds an archive away unless it shows the programme: written open, or its
// summary names a day (`<summary><h2>Jour 1 - 18 février 2016</h2></summary>`, a page's day
// tabs) or the programme. The same rule as for details in markdown (hidden-ranges.ts).
function foldsAway(node: Element): boolean {
  if (node.tagName !== 'details') return false;
  const summary = node.children.find((child): child is Element => child.type === 'element' && child.tagName === 'summary');
  const open = node.properties?.open === true || node.properties?.open === '';
  return !detailsShowsProgramme(open, summary ? textOf(summary).replace(/\s+/g, ' ').trim() : undefined);
}

// An element the page itself hides: `hidden`, `aria-hidden="true"`, or an inline style
// `display: none` (a hidden menu, a template row). Classes are not read: what a class
// hides is in a stylesheet the page does not carry.
function hiddenByPage(node: Element): boolean {
  const properties = node.properties ?? {};
  if (properties.hidden === true || properties.hidden === '' || String(properties.ariaHidden) === 'true') return true;
  return typeof properties.style === 'string' && /(?:^|;)\s*display\s*:\s*none\b/i.test(properties.style);
}

// The classes of an icon font (`<span class="picto conf">K</span>`, `<i class="material-icons">
// schedule</i>`, `<span class="glyphicon glyphicon-time">`, `<i class="fa fa-clock">`, Bootstrap's
// `bi`): the page shows a pictogram drawn by the font, not the letter or word written in
// the element, so a reader sees no `K` before `18H00` and no word `schedule` before the day.
const ICON_CLASS = /^(?:picto|pictos|pictogramme|icon|icons|icone|icones|glyphicon|fa|fas|far|fab|bi|material-icons|material-icons-outlined|material-icons-round|material-icons-sharp|material-icons-two-tone|material-symbols-outlined|material-symbols-rounded|material-symbols-sharp)$/i;
// An icon's text is one short word at most: an element of such a class holding more is not an icon.
const ICON_TEXT = /^\s{0,3}[\p{L}_-]{0,30}\s{0,3}$/u;

/** Whether an element is an icon drawn by an icon font (see ICON_CLASS), whose written text no reader sees. */
export function isIconElement(node: Element): boolean {
  const classes = node.properties?.className;
  if (!Array.isArray(classes) || !classes.some((name) => ICON_CLASS.test(String(name)))) return false;
  return node.children.every((child) => child.type === 'text' && ICON_TEXT.test(child.value));
}

function visible(nodes: HastContent[]): HastContent[] {
  const kept: HastContent[] = [];
  for (const node of nodes) {
    // A comment is not read (`<!-- 4 mars : atelier -->`): it is the page's own note.
    if (node.type === 'comment' || node.type === 'doctype') continue;
    if (node.type === 'element') {
      if (UNSEEN.has(node.tagName) || foldsAway(node) || hiddenByPage(node) || isIconElement(node)) continue;
      // A table's caption is shown above it (`Midi vidéo, tous les mercredis de 12:00 à
      // 13:00`), and a reader reads it there: hast-util-to-mdast would drop it, so it
      // becomes the paragraph right above the table, in its place in the page.
      const captions = node.tagName === 'table' ? node.children.filter((child): child is Element => child.type === 'element' && child.tagName === 'caption') : [];
      for (const caption of captions) kept.push({ ...caption, tagName: 'p', children: visible(caption.children) as ElementContent[] } satisfies Element);
      const children = captions.length === 0 ? node.children : node.children.filter((child) => !captions.includes(child as Element));
      kept.push({ ...node, children: fieldsApart(visible(children)) as ElementContent[] } satisfies Element);
    } else {
      kept.push(node);
    }
  }
  return kept;
}

// Inline elements that a card sets side by side as its fields (`<span class="date">4 mai 2026</span><span>Minho, Portugal</span>`).
const FIELD_TAGS = new Set(['span', 'time']);

/**
 * An element's children with a space between inline fields written one against the other
 * (`<span>4 mai 2026</span><span>Minho, Portugal</span>`): the page's style sets them apart,
 * and a reader reads `4 mai 2026` then `Minho`, where the text alone runs `2026Minho`
 * together. Only children that are all such fields, nothing written between them, and not
 * inside a time split for its style (`<span>14</span><span>:30</span>`).
 */
function fieldsApart(children: HastContent[]): HastContent[] {
  if (children.length < 2 || !children.every((child) => child.type === 'element' && FIELD_TAGS.has(child.tagName))) return children;
  // Not inside a time or a bracket split for its style (`14` then `:30`).
  const joined = (left: string, right: string) => /^[:.,;)\]]/.test(right) || /[(\[]$/.test(left);
  return children.flatMap((child, k) => (k > 0 && !joined(textOf(children[k - 1] as Element), textOf(child as Element)) ? [{ type: 'text', value: ' ' } as HastContent, child] : [child]));
}

// A table cell as hast-util-to-mdast makes it, with the span the layout found (cell-spans.ts).
const cell: Handle = (state, node) => keepCellSpan(node, defaultHandlers.td(state, node) as TableCell);

/**
 * The markdown nodes a piece of HTML stands for, each positioned (when the HTML places it)
 * by offsets and lines counted from the start of `html`. Comments and folded `<details>`
 * are left out. Line endings are kept in text (`newlines`), so that one line of the page
 * stays one line for the readers that read a paragraph line by line.
 */
export function htmlToMdast(html: string): RootContent[] {
  const hast: HastRoot = fromHtml(html, { fragment: true });
  const children = layOutHtmlTables(visible(hast.children));
  const root = toMdast({ ...hast, children }, { newlines: true, handlers: { td: cell, th: cell } }) as Nodes;
  // Each table marked as written in HTML, its header found.
  visit(root, 'table', headerFromFirstRow);
  visit(root, 'listItem', itemBeginsAtItsTag);
  visit(root, 'listItem', labelSetApart);
  return root.type === 'root' ? root.children : [root as RootContent];
}

/**
 * An item written over several lines (`<li class="evenement">` over `<span class="date">4
 * Décembre</span>`) begins at its `<li>`, as a markdown item begins at its `-`: its first
 * paragraph, which the conversion starts at its first inline element, starts there too.
 */
function itemBeginsAtItsTag(item: ListItem): void {
  const first = item.children[0];
  if (first?.type !== 'paragraph' || !item.position) return;
  // The conversion leaves an implicit paragraph without a place: it spans its inline elements.
  const placed = first.children.filter((child) => child.position);
  const end = first.position?.end ?? placed.at(-1)?.position?.end;
  const start = first.position?.start ?? placed[0]?.position?.start;
  if (!start || !end || start.line <= item.position.start.line) return;
  first.position = { start: item.position.start, end };
}

// A label in bold: a few words, no digit (`Date`, `Où`, `Date et heure`).
const BOLD_LABEL = /^[\p{L}'\u2019 ]{1,30}$/u;

/**
 * An item that opens with a label in bold glued to its value (`<li><strong>Date</strong>Jeudi
 * 27 septembre 2018</li>`, an event's box of details): the page's stylesheet sets the two
 * apart, as a block or a column, and a reader reads a field, `Date : Jeudi 27 septembre
 * 2018`. The value's text is given that separator, so that the field is read as one.
 */
function labelSetApart(item: ListItem): void {
  const first = item.children[0];
  if (first?.type !== 'paragraph') return;
  const inline = first.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  const [label, value] = inline;
  if (label?.type !== 'strong' || value?.type !== 'text' || !BOLD_LABEL.test(toString(label).trim()) || !/^[\p{L}\p{N}]/u.test(value.value)) return;
  value.value = ` : ${value.value}`;
}

/**
 * A table written without `<th>` or `<thead>` gets an empty header row from the conversion,
 * as markdown needs one. Many pages write their header as a plain first row, in bold or
 * coloured cells (`<td><b>DATE</b></td><td><b>HEURES</b></td>`): when every cell of that
 * row holds words and no digit, and one names a column (`Date`, `Horaires`, `Intitulé`),
 * it is the header a reader sees, not a row of the schedule.
 */
function headerFromFirstRow(table: Table): void {
  markWrittenInHtml(table);
  const [header, first, ...rest] = table.children;
  if (!header || !first || header.children.some((cell) => toString(cell).trim() !== '')) return;
  const texts = first.children.map((cell) => toString(cell).trim());
  if (texts.some((text) => text === '' || /\d/.test(text)) || !texts.some((text) => columnRole(text) !== undefined)) return;
  table.children = [first, ...rest];
}
