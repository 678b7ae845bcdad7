import type { Heading, List, Paragraph, Root, RootContent } from 'mdast';
import type { Position } from 'unist';
import { WRITTEN_ON } from './invited-days.js';
import { extractDateFromHeading, leadingDayOfHeading, parseFrenchDate, type LeadingDay } from '../dates/french-dates.js';
import { normaliseText } from '../dates/normalise-text.js';
import type { DateParseResult } from '../dates/types.js';
import { isReleaseHeading } from './dated-text.js';
import type { Field, SectionField } from './model.js';
import { plainText } from './plain-text.js';
import type { SourceText } from './source-text.js';

/** A dated heading and its fields, before its date is given a year. */
export interface SectionDraft {
  heading: Field<string>;
  depth: number;
  /** The date part of the heading and where it is. */
  dateText: Field<string>;
  parsed: DateParseResult;
  fields: SectionField[];
  subHeadings: SubHeadingDraft[];
  position: Position;
}

/** A sub-heading that opens with a day, before the day is given the section's month and year. */
export interface SubHeadingDraft {
  heading: Field<string>;
  depth: number;
  /** The words naming the day (`Jeudi 5 septembre`) and where they are. */
  dayText: Field<string>;
  leading: LeadingDay;
}

// Field labels as the documents write them (`- **Heures** : ...`, `- Lieu : ...`).
const fieldRoles: Record<string, SectionField['role']> = {
  heures: 'hours',
  heure: 'hours',
  horaires: 'hours',
  horaire: 'hours',
  lieu: 'place',
  lieux: 'place',
  salle: 'place',
  adresse: 'place',
  theme: 'theme',
  thematique: 'theme',
};

/**
 * Finds the detail sections: headings that carry a date, each running to the next heading
 * of the same or a higher level. Dated sub-headings inside a dated section
 * (`#### Jeudi 5 septembre` under `### Séminaire | 5 & 6 septembre`) belong to it.
 * A dated heading whose section holds one of the schedule tables (`tables`: their first
 * lines) is that table's title (`### Semaine 21 (18/05/2026-22/05/2026)` over the week's
 * grid), not the detail of one of its sessions.
 */
export function readSections(root: Root, source: SourceText, tableLine: number | undefined, tables: ReadonlySet<number> = new Set()): SectionDraft[] {
  const nodes = root.children;
  const drafts: SectionDraft[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (node.type !== 'heading') continue;
    const draft = readHeading(node, source);
    if (!draft) continue;
    // A dated heading above the schedule table is a title, not a detail section.
    if (tableLine !== undefined && node.position!.start.line < tableLine) continue;
    let end = i + 1;
    while (end < nodes.length && !(nodes[end]!.type === 'heading' && (nodes[end] as Heading).depth <= node.depth)) end++;
    const body = nodes.slice(i + 1, end);
    if (body.some((child) => child.type === 'table' && tables.has(child.position!.start.line))) continue;
    const last = body.at(-1) ?? node;
    draft.position = { start: node.position!.start, end: last.position!.end };
    draft.fields = readFields(body, source);
    draft.subHeadings = readSubHeadings(body, source);
    drafts.push(draft);
    i = end - 1;
  }
  return drafts;
}

function readHeading(node: Heading, source: SourceText): SectionDraft | undefined {
  const text = plainText(node);
  // A changelog's release (`## [2.0.10] - 2025-09-21`) is dated, but details no session.
  if (isReleaseHeading(text)) return undefined;
  const found = extractDateFromHeading(text);
  // `Lilian Besson opened issue at 2018-06-03 21:10`, `Publié le 3 mars`: when a message was written, no day it details.
  if (!found || (!/\(\s*$/.test(text.slice(0, found.start)) && WRITTEN_ON.test(normaliseText(text.slice(0, found.start))))) return undefined;
  const headingField: Field<string> = { text, value: text, position: node.position! };
  const dateText = text.slice(found.start, found.end).trim();
  return {
    heading: headingField,
    depth: node.depth,
    dateText: { text: dateText, value: dateText, position: source.find(node.position!, dateText) },
    parsed: parseFrenchDate(dateText),
    fields: [],
    subHeadings: [],
    position: node.position!,
  };
}

// Only headings: a table cell or a list item that names a day (`| JEUDI 5 - RETROSPECTIVE |`)
// is part of an agenda's content, not a day of the section.
function readSubHeadings(body: RootContent[], source: SourceText): SubHeadingDraft[] {
  const drafts: SubHeadingDraft[] = [];
  for (const node of body) {
    if (node.type !== 'heading') continue;
    const text = plainText(node);
    const leading = leadingDayOfHeading(text);
    if (!leading) continue;
    drafts.push({
      heading: { text, value: text, position: node.position! },
      depth: node.depth,
      dayText: { text: leading.text, value: leading.text, position: source.find(node.position!, leading.text) },
      leading,
    });
  }
  return drafts;
}

// Fields are the labelled lines before the section's first sub-heading; lower down are
// agendas (`- 14h - 14h30 : accueil`) whose "labels" are not fields.
function readFields(body: RootContent[], source: SourceText): SectionField[] {
  const fields: SectionField[] = [];
  for (const node of body) {
    if (node.type === 'heading') break;
    if (node.type === 'list') fields.push(...readListFields(node, source));
    if (node.type === 'paragraph') {
      const field = readLabelled(node, source);
      if (field) fields.push(field);
    }
  }
  return fields;
}

function readListFields(list: List, source: SourceText): SectionField[] {
  const fields: SectionField[] = [];
  for (const item of list.children) {
    const first = item.children[0];
    if (first?.type !== 'paragraph') continue;
    const field = readLabelled(first, source);
    if (field) fields.push(field);
  }
  return fields;
}

function readLabelled(paragraph: Paragraph, source: SourceText): SectionField | undefined {
  const text = plainText(paragraph);
  const colon = text.indexOf(':');
  if (colon <= 0 || colon > 40) return undefined;
  const name = text.slice(0, colon).trim();
  // A label is words, not a time (`14h - 14h30 : accueil` is an agenda line).
  if (!name || /\d/.test(name)) return undefined;
  const value = text.slice(colon + 1).trim();
  const role = fieldRoles[normaliseText(name)];
  const raw = source.slice(paragraph.position!);
  const rawColon = raw.indexOf(':');
  const base = paragraph.position!.start.offset ?? 0;
  let start = base + rawColon + 1;
  while (start < base + raw.length && /\s/.test(source.text[start]!)) start++;
  let end = base + raw.length;
  while (end > start && /\s/.test(source.text[end - 1]!)) end--;
  const position = rawColon >= 0 ? source.span(start, end) : paragraph.position!;
  return { name, ...(role ? { role } : {}), field: { text: value, value, position } };
}
