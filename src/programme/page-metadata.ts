/*
 * Where a page's metadata is and what it says: its front matter (YAML between `---`
 * fences, TOML between `+++` fences: metadata-values.ts reads their keys), or the lines a
 * Pelican or Python-Markdown page opens with, with no fence at all (`Title: ...`, `Date:
 * 2016-11-05`, `lead: ...`, up to the first blank line), which remark reads as a paragraph,
 * or a Pandoc metadata block that closes the page.
 */
import type { Heading, Paragraph, Root, RootContent } from 'mdast';
import { LATIN_LETTER } from '../dates/letters.js';
import { metadataEntries, type MetadataEntry, type MetadataSyntax } from './metadata-values.js';
import type { SourceText } from './source-text.js';

export { metadataEntries, valueOffset, type MetadataEntry, type MetadataItem } from './metadata-values.js';

// A fence-less head's line: a key, a colon, its value (`Title: ...`, `Date: 2016-11-05`).
const KEY_LINE = new RegExp(`^([${LATIN_LETTER}_-]+)\\s*:(.*)$`);

/** The front matter node a page opens with (`yaml`, or `toml` for a `+++` block), and its syntax. */
export function frontMatterNode(tree: Root): { node: RootContent & { value: string }; syntax: MetadataSyntax } | undefined {
  const first = tree.children[0] as (RootContent & { value?: unknown }) | undefined;
  if (first && (first.type === 'yaml' || (first.type as string) === 'toml') && typeof first.value === 'string') {
    return { node: first as RootContent & { value: string }, syntax: first.type === 'yaml' ? 'yaml' : 'toml' };
  }
  return undefined;
}

// Whether a heading is written with an underline (`Title\n---`) rather than `#` marks.
function isSetext(heading: Heading, source: SourceText): boolean {
  return !source.slice(heading.position!).startsWith('#');
}

// Keys a fence-less metadata block must hold one of: what a blog engine asks of every page.
const HEAD_KEYS = new Set(['title', 'titre', 'date']);
// Fewest lines of a fence-less block: one `key: value` line alone is a sentence's label.
const FEWEST_HEAD_LINES = 2;

/**
 * The opening paragraph when each of its lines is a `key: value` line and a title or date
 * is among them (a Pelican page's fence-less head, `Title: ...` over `Date: 2024-07-21`); a `---` line under it makes it a setext heading, which is read the same.
 */
export function headParagraph(tree: Root, source: SourceText): Paragraph | Heading | undefined {
  const first = tree.children[0];
  if (!(first?.type === 'paragraph' || (first?.type === 'heading' && isSetext(first, source))) || first.position?.start.line !== 1) return undefined;
  const lines = source.slice(first.position!).split('\n');
  // A setext heading's source ends with its underline.
  if (first.type === 'heading') lines.pop();
  if (lines.length < FEWEST_HEAD_LINES || !lines.every((line) => KEY_LINE.test(line))) return undefined;
  return metadataEntries(lines.join('\n')).some((entry) => HEAD_KEYS.has(entry.key)) ? first : undefined;
}

/**
 * The page's metadata entries, for what they say rather than where: its front matter's,
 * or its fence-less head paragraph's (its text read from the tree). [] when it has none.
 */
export function treeMetadata(tree: Root): MetadataEntry[] {
  const front = frontMatterNode(tree);
  if (front) return metadataEntries(front.node.value, front.syntax);
  const first = tree.children[0];
  if (!(first?.type === 'paragraph' || first?.type === 'heading') || first.position?.start.line !== 1) return [];
  const text = first.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
  const lines = text.split('\n');
  if (lines.length < FEWEST_HEAD_LINES || !lines.every((line) => KEY_LINE.test(line))) return [];
  const entries = metadataEntries(text);
  return entries.some((entry) => HEAD_KEYS.has(entry.key)) ? entries : [];
}

// The line that closes a Pandoc metadata block: `...` or `---`.
const CLOSING_FENCE = /^(?:\.\.\.|---)\s*$/;

/**
 * A Pandoc metadata block that closes the page (`---` over `title: …`, `date: Samedi le 3
 * mars 2018 de 12h30 à 17h`, then `...`): Pandoc reads YAML blocks anywhere, and a page
 * made for it may keep its metadata at the end. As Pandoc writes it: the `---` right above
 * its first line and a closing fence under its last (a signature under a rule is no such
 * block), every line a `key: value` line, a title or date among them. The rule and the paragraph.
 */
export function trailingMetadata(tree: Root, source: SourceText): { nodes: RootContent[]; text: string; base: number } | undefined {
  const last = tree.children.at(-1);
  const rule = tree.children.at(-2);
  if (!last || rule?.type !== 'thematicBreak' || !(last.type === 'paragraph' || (last.type === 'heading' && isSetext(last, source)))) return undefined;
  // Pandoc's block: the opening `---` right above its first line, a closing `...` or `---` under its last.
  if (rule.position!.end.line + 1 !== last.position!.start.line) return undefined;
  const lines = source.slice(last.position!).split('\n');
  if (!CLOSING_FENCE.test(lines.pop() ?? '')) return undefined;
  if (lines.length < FEWEST_HEAD_LINES || !lines.every((line) => KEY_LINE.test(line))) return undefined;
  const text = lines.join('\n');
  if (!metadataEntries(text).some((entry) => HEAD_KEYS.has(entry.key))) return undefined;
  return { nodes: [rule, last], text, base: last.position!.start.offset ?? 0 };
}

/** The top-level nodes that hold the page's metadata (its front matter, fence-less head, or closing Pandoc block), which say nothing of the programme. */
export function metadataNodes(tree: Root, source: SourceText): Set<RootContent> {
  const first = tree.children[0];
  if (first && (frontMatterNode(tree) || headParagraph(tree, source))) return new Set([first]);
  return new Set(trailingMetadata(tree, source)?.nodes ?? []);
}

/** The page's metadata entries, their offsets in the whole document, or [] when the page has none. */
export function pageMetadata(tree: Root, source: SourceText): MetadataEntry[] {
  const front = frontMatterNode(tree);
  let text: string | undefined;
  let base = -1;
  let syntax: MetadataSyntax = 'yaml';
  if (front?.node.position) {
    text = front.node.value;
    syntax = front.syntax;
    base = source.text.indexOf(front.node.value, front.node.position.start.offset ?? 0);
  } else {
    const head = headParagraph(tree, source);
    if (head) {
      text = source.slice(head.position!);
      if (head.type === 'heading') text = text.slice(0, text.lastIndexOf('\n'));
      base = head.position!.start.offset ?? 0;
    } else {
      const trailing = trailingMetadata(tree, source);
      if (trailing) ({ text, base } = trailing);
    }
  }
  if (text === undefined || base < 0) return [];
  return metadataEntries(text, syntax).map((entry) => dayFirstAsIso(rebased(entry, base)));
}

// A day written day first, two figures each, its year in full, opening a value (`when_start :
// 14-04-2018 8:30`, `14-04-2018 8h30`, `date: 23/11/2022`): the same day in ISO order, the same length.
// Nothing may follow but its clock time, French or not (`8:30`, `8h30`): `23/11/2022 ou
// 30/11/2022` is two days, left as written.
const DAY_FIRST = /^(\d\d)[-./](\d\d)[-./](\d{4})(?=$|[T ]\d{1,2}:\d\d$|[T ]\d{1,2}:\d\d:\d\d$| \d{1,2}h\d\d$)/;

/**
 * An entry whose value opens with a day written day first, read as the ISO day it is
 * (`14-04-2018 8:30` → `2018-04-14 8:30`): the readers of a start, an end and their times
 * read one layout, and every offset in the value stays where it was.
 */
function dayFirstAsIso(entry: MetadataEntry): MetadataEntry {
  const found = DAY_FIRST.exec(entry.value);
  if (!found || Number(found[2]) > 12) return entry;
  // `8h30` as `8:30`, the same length: the time readers know the clock's colon.
  return { ...entry, value: `${found[3]}-${found[2]}-${found[1]}${entry.value.slice(10).replace('h', ':')}` };
}

/** An entry whose offsets are counted from `base` (its items' and fields' too). */
function rebased(entry: MetadataEntry, base: number): MetadataEntry {
  const items = entry.items?.map((item) => ({ entries: item.entries.map((inner) => rebased(inner, base)), lineOffset: base + item.lineOffset }));
  const fields = entry.fields?.map((inner) => rebased(inner, base));
  return { ...entry, offset: base + entry.offset, lineOffset: base + entry.lineOffset, ...(items ? { items } : {}), ...(fields ? { fields } : {}) };
}
