/*
 * A short event's opening hours listed by its days, each item naming some of them by weekday
 * and number before its hours (`Mercredi 5, jeudi 6, vendredi 7 : 14h10 - 22h10.`, `Samedi
 * 8, dimanche 9 : 10h10 - 22h10.`), under a heading that names the event's days (`du 5 au 10
 * juin 2019`): each item is a session on its days, at its hours, the month and year the
 * heading's. Written by hand over the folded text: a run of weekdays and numbers joined by
 * commas or `et` is read by no date grammar the engine has, and a pattern that repeats a
 * group would backtrack (tests/hostile/regex-linear.test.ts).
 */
import type { List, ListItem, Paragraph, Root } from 'mdast';
import type { DatedLine } from '../dates/dated-line.js';
import { parseFrenchHours } from '../dates/french-hours.js';
import { weekdayFromWord } from '../dates/french-months.js';
import { normaliseText } from '../dates/normalise-text.js';
import { isoWeekday } from '../dates/plain-date.js';
import type { DayMention, PlainDate, TimeSlot } from '../dates/types.js';
import { isHidden, type HiddenRanges } from './hidden-ranges.js';
import { plainText } from './plain-text.js';
import { saysCancelled, type SessionDraft } from './session-drafts.js';
import type { SourceText } from './source-text.js';
import { visit } from 'unist-util-visit';

// Fewest items of such a list: one item that names a weekday and its hours is a sentence.
const FEWEST_ITEMS = 2;

/** The days an item names by weekday and number, and where its hours begin; undefined unless it opens so. */
function namedDays(folded: string, days: readonly PlainDate[]): { days: PlainDate[]; weekdays: number[]; words: number } | undefined {
  const found: PlainDate[] = [];
  const weekdays: number[] = [];
  let at = 0;
  for (;;) {
    const word = /^[a-z]+/.exec(folded.slice(at));
    const weekday = word ? weekdayFromWord(word[0]) : undefined;
    if (!word || weekday === undefined) return undefined;
    at += word[0].length;
    const number = /^\.? (\d{1,2})(?:er)?(?![\d])/.exec(folded.slice(at));
    if (!number) return undefined;
    at += number[0].length;
    // The weekday and number must fall on exactly one of the event's days.
    const fitting = days.filter((day) => day.day === Number(number[1]) && isoWeekday(day) === weekday);
    if (fitting.length !== 1) return undefined;
    found.push(fitting[0]!);
    weekdays.push(weekday);
    const joint = /^(?:, et |, | et | & )/.exec(folded.slice(at));
    if (!joint) break;
    at += joint[0].length;
  }
  const colon = /^ ?: ?/.exec(folded.slice(at));
  return colon ? { days: found, weekdays, words: at + colon[0].length } : undefined;
}

/** An item's hours after its days, nothing else but a closing stop. */
function itemHours(text: string): TimeSlot[] | undefined {
  const hours = text.trim().replace(/[.;]$/, '').trimEnd();
  const parsed = parseFrenchHours(hours);
  return parsed.ok && parsed.slots.length > 0 ? parsed.slots : undefined;
}

/**
 * The sessions of every list whose items (two at least) each name some of `days` by weekday
 * and number, then their hours (see above), titled by `title`; none when a list holds any
 * other item, or when its items leave some of the event's days out, or name one twice: the
 * guided tours of two Saturdays (`- Samedi 8 : 15h`) under a month's exhibition are no
 * hours of the exhibition, whose days stay its own.
 */
export function weekdayHoursItems(tree: Root, source: SourceText, hidden: HiddenRanges, days: readonly PlainDate[], title: string): SessionDraft[] {
  const drafts: SessionDraft[] = [];
  visit(tree, 'list', (list: List) => {
    if (isHidden(hidden, list.position?.start.offset) || list.children.length < FEWEST_ITEMS) return;
    const read = list.children.map((item) => itemDraft(item, source, days, title));
    if (!read.every((draft) => draft !== undefined)) return;
    const named = read.flatMap((draft) => draft.dated!.line.expression.mentions.map((mention) => `${mention.month}-${mention.day}`));
    if (named.length === days.length && new Set(named).size === days.length) drafts.push(...read);
  });
  return drafts;
}

function itemDraft(item: ListItem, source: SourceText, days: readonly PlainDate[], title: string): SessionDraft | undefined {
  const paragraph = item.children[0];
  if (item.children.length !== 1 || paragraph?.type !== 'paragraph') return undefined;
  const text = plainText(paragraph as Paragraph).trim();
  const named = namedDays(normaliseText(text), days);
  const hours = named ? itemHours(text.slice(named.words)) : undefined;
  if (!named || !hours) return undefined;
  const dateText = text.slice(0, named.words).replace(/ ?: ?$/, '');
  const mentions: DayMention[] = named.days.map((day, k) => ({ ...day, weekday: named.weekdays[k]!, text: dateText }));
  const line: DatedLine = {
    expression: { kind: mentions.length === 1 ? 'single' : 'set', mentions },
    dateText,
    start: 0,
    end: dateText.length,
    lead: '',
    rest: text.slice(named.words),
    title,
  };
  const position = paragraph.position!;
  const hoursText = text.slice(named.words).trim();
  // `- ~~Vendredi 7 : 14h - 22h~~`, `- Vendredi 7 : ~~14h - 22h~~`: a day struck out is called off.
  let struck = false;
  visit(paragraph, 'delete', () => {
    struck = true;
  });
  return {
    source: 'list',
    title: `${title} (${dateText})`,
    position: item.position!,
    dated: { line, position: source.find(position, dateText) },
    hours: { text: hoursText, position: source.find(position, hoursText), slots: hours },
    cancelled: struck || saysCancelled(text),
    slots: 0,
  };
}
