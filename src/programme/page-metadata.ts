/*
 * The `key: value` lines a page opens with: its YAML front matter (`---` fences), or the
 * lines a Pelican or Python-Markdown page writes with no fence at all (`Title: ...`,
 * `Date: 2016-11-05`, `lead: ...`, up to the first blank line), which remark reads as a
 * paragraph. Only top-level keys are read, by line: no YAML parser is loaded for a few
 * dates and a title.
 */
import type { Heading, Paragraph, Root } from 'mdast';
import { LATIN_LETTER } from '../dates/letters.js';
import { normaliseText } from '../dates/normalise-text.js';
import type { SourceText } from './source-text.js';

/** One top-level key of a page's metadata, folded, with its value and where the value is. */
export interface MetadataEntry {
  /** Folded (`dates_publiees`, `eventDate`, `Date-Début` → `dates publiees`, `event date`, `date debut`). */
  key: string;
  /** The value as written, trimmed, its quotes taken off. */
  value: string;
  /** The value's offset in the text the entries were read from. */
  offset: number;
  /** The offset of the line that holds the key, in the same text. */
  lineOffset: number;
}

// A top-level key and its value (`dates_publiees: 12 et 13 avril 2024`); the value is
// trimmed in code, as a pattern that trims it backtracks over a long run of spaces.
const KEY_LINE = new RegExp(`^([${LATIN_LETTER}_-]+)\\s*:(.*)$`);

/** The folded key of a metadata line: `dates_publiees`, `eventDate`, `Date-Début` → `dates publiees`, `event date`, `date debut`. */
export function foldedKey(key: string): string {
  return normaliseText(key.replace(/([a-z])([A-Z])/g, '$1 $2')).replace(/[_-]+/g, ' ').trim();
}

/** The top-level keys of a metadata text (a YAML front matter's value), with their values and where each is. */
export function metadataEntries(value: string): MetadataEntry[] {
  const entries: MetadataEntry[] = [];
  let offset = 0;
  for (const line of value.split('\n')) {
    const found = KEY_LINE.exec(line);
    if (found) {
      const written = found[2]!.trim().replace(/^["']|["']$/g, '');
      entries.push({ key: foldedKey(found[1]!), value: written, offset: offset + line.indexOf(written, found[1]!.length), lineOffset: offset });
    }
    offset += line.length + 1;
  }
  return entries;
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
 * is among them; a `---` line under it makes it a setext heading, which is read the same.
 */
function headParagraph(tree: Root, source: SourceText): Paragraph | Heading | undefined {
  const first = tree.children[0];
  if (!(first?.type === 'paragraph' || (first?.type === 'heading' && isSetext(first, source))) || first.position?.start.line !== 1) return undefined;
  const lines = source.slice(first.position!).split('\n');
  // A setext heading's source ends with its underline.
  if (first.type === 'heading') lines.pop();
  if (lines.length < FEWEST_HEAD_LINES || !lines.every((line) => KEY_LINE.test(line))) return undefined;
  return metadataEntries(lines.join('\n')).some((entry) => HEAD_KEYS.has(entry.key)) ? first : undefined;
}

/**
 * The text of the page's metadata, as written: its YAML front matter's, or its fence-less
 * head paragraph's (its text read from the tree: for what the keys say, not where).
 */
export function metadataText(tree: Root): string | undefined {
  const first = tree.children[0];
  if (first?.type === 'yaml') return first.value;
  if (!(first?.type === 'paragraph' || first?.type === 'heading') || first.position?.start.line !== 1) return undefined;
  const text = first.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
  const lines = text.split('\n');
  if (lines.length < FEWEST_HEAD_LINES || !lines.every((line) => KEY_LINE.test(line))) return undefined;
  return metadataEntries(text).some((entry) => HEAD_KEYS.has(entry.key)) ? text : undefined;
}

/** The page's metadata entries, their offsets in the whole document, or [] when the page opens with none. */
export function pageMetadata(tree: Root, source: SourceText): MetadataEntry[] {
  const first = tree.children[0];
  let text: string | undefined;
  let base = -1;
  if (first?.type === 'yaml' && first.position) {
    text = first.value;
    base = source.text.indexOf(first.value, first.position.start.offset ?? 0);
  } else {
    const head = headParagraph(tree, source);
    if (head) {
      text = source.slice(head.position!);
      if (head.type === 'heading') text = text.slice(0, text.lastIndexOf('\n'));
      base = head.position!.start.offset ?? 0;
    }
  }
  if (text === undefined || base < 0) return [];
  return metadataEntries(text).map((entry) => ({ ...entry, offset: base + entry.offset, lineOffset: base + entry.lineOffset }));
}
