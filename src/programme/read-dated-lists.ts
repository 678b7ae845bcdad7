/*
 * Dated list items (`* Vendredi 1er octobre (17h30-19h) : Défi AECS.`, `- 3 avril,
 * 13h30-14h30 : lancement`) and the timed items under a day (`- **19h00** : Accueil`,
 * `* 14h-17h → open Atelier`, `- Soirée Halloween (18h - 20h)`). A dated item that holds
 * timed items is the day, like a day heading. An item that names no date and sits under
 * no day is not a session, whatever times its sentence mentions.
 */
import type { List, ListItem } from 'mdast';
import { parseFrenchHours } from '../dates/french-hours.js';
import { datedTextOf } from './dated-text.js';
import { isHidden, type HiddenRanges } from './hidden-ranges.js';
import { isStruckThrough, plainText } from './plain-text.js';
import { saysCancelled, type DraftHours, type SessionDraft } from './session-drafts.js';
import { leadingHours, trailingHours } from './slot-hours.js';
import type { SourceText } from './source-text.js';

/** The sessions of a list, in order; `day` is the dated heading or item it sits under, if any. */
export function readDatedList(list: List, day: SessionDraft | undefined, source: SourceText, hidden: HiddenRanges): SessionDraft[] {
  const drafts: SessionDraft[] = [];
  for (const item of list.children) {
    if (isHidden(hidden, item.position?.start.offset)) continue;
    drafts.push(...readItem(item, day, source, hidden));
  }
  return drafts;
}

function readItem(item: ListItem, day: SessionDraft | undefined, source: SourceText, hidden: HiddenRanges): SessionDraft[] {
  const first = item.children[0];
  const nested = item.children.filter((child): child is List => child.type === 'list');
  if (first?.type !== 'paragraph') return nested.flatMap((list) => readDatedList(list, day, source, hidden));
  const text = plainText(first);
  const struck = isStruckThrough(first) || first.children.some((child) => child.type === 'delete');
  const dated = datedTextOf(text, false);
  if (dated) {
    let hours: DraftHours | undefined;
    let title = dated.title;
    if (dated.hours) {
      const parsed = parseFrenchHours(dated.hours.text);
      if (parsed.ok && parsed.slots.length > 0) hours = { text: dated.hours.text, position: source.find(first.position!, dated.hours.text), slots: parsed.slots };
    } else {
      const trailing = trailingHours(dated.rest);
      if (trailing) {
        hours = { text: trailing.text, position: source.find(first.position!, trailing.text), slots: trailing.slots };
        title = dated.lead ? `${dated.lead} : ${trailing.rest}` : trailing.rest;
      }
    }
    const draft: SessionDraft = {
      source: 'list',
      title,
      position: first.position!,
      dated: { line: dated, position: source.find(first.position!, dated.dateText) },
      ...(hours ? { hours } : {}),
      cancelled: struck || saysCancelled(text),
      slots: 0,
    };
    return [draft, ...nested.flatMap((list) => readDatedList(list, draft, source, hidden))];
  }
  const found = day ? (leadingHours(text) ?? trailingHours(text)) : undefined;
  if (day && found) {
    const draft: SessionDraft = {
      source: 'list',
      title: found.rest,
      position: first.position!,
      day,
      hours: { text: found.text, position: source.find(first.position!, found.text), slots: found.slots },
      cancelled: day.cancelled || struck || saysCancelled(text),
      slots: 0,
    };
    return [draft, ...nested.flatMap((list) => readDatedList(list, day, source, hidden))];
  }
  return nested.flatMap((list) => readDatedList(list, day, source, hidden));
}
