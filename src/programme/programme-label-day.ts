/*
 * An undated programme block (`## Programme`, `**Programme de la journée plénière**`)
 * whose timed lines take a day written elsewhere on the page: the dated session its label
 * names (`* mercredi 17 mars 2021 : journée plénière` for `Programme de la journée
 * plénière`), else the page's one date field (`- date: lundi 22 juin 2015 (après-midi)`).
 * Without either, the block has no day and its timed lines stay prose.
 */
import type { Paragraph, RootContent } from 'mdast';
import type { DatedLine } from '../dates/dated-line.js';
import { normaliseText } from '../dates/normalise-text.js';
import { datedTextOf } from './dated-text.js';
import { isHidden, type HiddenRanges } from './hidden-ranges.js';
import { paragraphSourceLines } from './paragraph-lines.js';
import { plainText } from './plain-text.js';
import { DATE_FIELD } from './read-dated-lists.js';
import type { SessionDraft } from './session-drafts.js';
import type { SourceText } from './source-text.js';

// The folded words a programme block's label opens with.
const LABELS = ['programme', 'agenda', 'deroule', 'deroulement', 'deroulement de la journee', 'planning', 'horaires', 'ordre du jour'];
// The words that join the label to the name of what it is the programme of.
const LINKS = ['de la ', 'du ', 'des ', "de l'", 'de ', "d'"];
// What a date field may say after its date: the part of the day, in brackets or not.
const PART_OF_DAY = /^\(?\s?(?:matin|matin\u00e9e|apr\u00e8s-midi|apres-midi|soir|soir\u00e9e|journ\u00e9e)\s?\)?\.?$/i;

/**
 * What a programme label names (`journée plénière` in `Programme de la journée
 * plénière :`), `` for a bare label (`Programme`, `Ordre du jour`), or undefined when the
 * text is no programme label.
 */
export function programmeLabelName(text: string): string | undefined {
  const folded = normaliseText(text).replace(/\s?:$/, '');
  const label = LABELS.filter((word) => folded === word || folded.startsWith(`${word} `)).sort((a, b) => b.length - a.length)[0];
  if (label === undefined) return undefined;
  const after = folded.slice(label.length).trim();
  if (after === '') return '';
  const link = LINKS.find((word) => after.startsWith(word));
  if (link !== undefined) return after.slice(link.length).trim();
  // `Programme Journée 2`, `Programme jour 1`: the day it is the programme of, named without a link.
  return NUMBERED_DAY.test(after) ? after : undefined;
}

// A day named by its number (folded): `journee 2`, `jour 1`, `day 3`.
const NUMBERED_DAY = /^(?:journee|jour|day) ?\d{1,2}$/;

// Words shorter than this name nothing a title can be matched on (`de la`, `AG`).
const SHORTEST_NAME = 5;

/** The dated sessions before the block whose title holds the name, if they all fall on one date. */
function namedSession(name: string, earlier: SessionDraft[]): SessionDraft | undefined {
  if (name.length < SHORTEST_NAME) return undefined;
  const matches = earlier.filter((draft) => draft.dated && normaliseText(draft.title).includes(name));
  const dates = new Set(matches.map((draft) => normaliseText(draft.dated!.line.dateText)));
  return dates.size === 1 ? matches[0] : undefined;
}

/** The text of each date field before `upTo` (`- date: lundi 22 juin 2015`, `Date : 3 mars`), with the node holding it. */
function dateFields(nodes: RootContent[], upTo: number, source: SourceText, hidden: HiddenRanges): Array<{ text: string; node: Paragraph }> {
  const fields: Array<{ text: string; node: Paragraph }> = [];
  for (const node of nodes.slice(0, upTo)) {
    if (isHidden(hidden, node.position?.start.offset)) continue;
    const paragraphs = node.type === 'paragraph' ? [node] : node.type === 'list' ? node.children.flatMap((item) => (item.children[0]?.type === 'paragraph' ? [item.children[0]] : [])) : [];
    for (const paragraph of paragraphs) {
      const text = node.type === 'list' ? plainText(paragraph) : (paragraphSourceLines(paragraph, source)[0]?.raw.replace(/[*_`]/g, '') ?? '');
      if (DATE_FIELD.test(text)) fields.push({ text: text.replace(DATE_FIELD, '').trim(), node: paragraph });
    }
  }
  return fields;
}

/** The page's one date field, when it gives a date and nothing else but the part of the day. */
function onlyDateField(nodes: RootContent[], upTo: number, source: SourceText, hidden: HiddenRanges): { line: DatedLine; node: Paragraph } | undefined {
  const fields = dateFields(nodes, upTo, source, hidden);
  if (fields.length !== 1) return undefined;
  const line = datedTextOf(fields[0]!.text, false);
  if (!line || line.hours || !(line.rest === '' || PART_OF_DAY.test(line.rest))) return undefined;
  return { line, node: fields[0]!.node };
}

/**
 * The day of the undated programme block labelled `text` at `nodes[at]`, as a draft that
 * is only a day (`borrowed`: never a session of its own); undefined when the text is no
 * programme label or the page names no day for it.
 */
export function programmeLabelDay(
  text: string,
  label: RootContent,
  nodes: RootContent[],
  at: number,
  earlier: SessionDraft[],
  source: SourceText,
  hidden: HiddenRanges,
): SessionDraft | undefined {
  const name = programmeLabelName(text);
  if (name === undefined) return undefined;
  const named = name === '' ? undefined : namedSession(name, earlier);
  const field = named ? undefined : onlyDateField(nodes, at, source, hidden);
  const dated = named?.dated ?? (field ? { line: field.line, position: source.find(field.node.position!, field.line.dateText) } : undefined);
  if (!dated) return undefined;
  return { source: 'heading', title: text, position: label.position!, dated, cancelled: named?.cancelled ?? false, slots: 0, borrowed: true };
}
