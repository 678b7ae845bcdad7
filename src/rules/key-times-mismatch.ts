import type { ListItem } from 'mdast';
import { visit } from 'unist-util-visit';
import { WEEKDAY_NAMES } from '../dates/french-months.js';
import { parseFrenchHours } from '../dates/french-hours.js';
import { normaliseText } from '../dates/normalise-text.js';
import { isoWeekday, toIsoDate } from '../dates/plain-date.js';
import type { PlainDate } from '../dates/types.js';
import { hiddenRanges, isHidden } from '../programme/hidden-ranges.js';
import type { Session } from '../programme/model.js';
import { plainText } from '../programme/plain-text.js';
import type { RuleContext } from './define-rule.js';
import { relatedAt } from './define-rule.js';
import { longDate, relatedRow, rowWhere } from './labels.js';

/*
 * A box of key times beside the day agendas (`- **Samedi 17h00** : Rendu intermédiaire`)
 * says again, by weekday, what the agendas say. When its time is no start or end of a slot
 * of that day, a reader sees the contradiction: the time falls outside the day's programme,
 * or a slot of the day with the same words is at other hours. A time inside the day that
 * names no slot is left alone: the box may add what the agenda does not list.
 */

interface Slot {
  session: Session;
  start: number;
  end: number | undefined;
}

const KEY_TIME = new RegExp(`^(${WEEKDAY_NAMES.join('|')})\\s+(?:a\\s+)?(\\d{1,2})\\s*[h:]\\s*(\\d{2})?\\s*[:\\u2013-]\\s*(.+)$`);

// Words too common to tie a key time to a slot.
const COMMON = new Set(['debut', 'fin', 'pour', 'avec', 'dans', 'des', 'les', 'par', 'equipe', 'equipes', 'projet', 'projets']);

function words(text: string): Set<string> {
  return new Set(normaliseText(text).split(/[^a-z0-9]+/).filter((word) => word.length >= 5 && !COMMON.has(word)));
}

/** The slots of the agendas with clock hours, by day, for the weekdays that fall on one day only. */
function slotsByWeekday(sessions: readonly Session[]): Map<number, { day: PlainDate; slots: Slot[] }> {
  const days = new Map<string, { day: PlainDate; slots: Slot[] }>();
  for (const session of sessions) {
    const slot = session.hours?.value?.length === 1 ? session.hours.value[0]! : undefined;
    const day = session.dates.value?.days.length === 1 ? session.dates.value.days[0]! : undefined;
    if (session.source === 'table' || !slot || !day || session.status === 'cancelled') continue;
    const at = (t: { hour: number; minute: number }) => t.hour * 60 + t.minute;
    const entry = days.get(toIsoDate(day)) ?? { day, slots: [] };
    entry.slots.push({ session, start: at(slot.start), end: slot.end ? at(slot.end) + (slot.nextDay ? 24 * 60 : 0) : undefined });
    days.set(toIsoDate(day), entry);
  }
  const byWeekday = new Map<number, { day: PlainDate; slots: Slot[] }>();
  const seen = new Set<number>();
  for (const entry of days.values()) {
    const weekday = isoWeekday(entry.day);
    if (seen.has(weekday)) byWeekday.delete(weekday);
    else byWeekday.set(weekday, entry);
    seen.add(weekday);
  }
  return byWeekday;
}

/** Reports each key time that contradicts the agenda of its weekday. */
export function checkKeyTimes(context: RuleContext): void {
  const byWeekday = slotsByWeekday(context.programme.sessions);
  if (byWeekday.size === 0) return;
  const slotLines = new Set(context.programme.sessions.map((session) => session.position.start.line));
  const hidden = hiddenRanges(context.source.text);
  visit(context.tree, 'listItem', (item: ListItem) => {
    const first = item.children[0];
    if (first?.type !== 'paragraph' || !item.position || slotLines.has(first.position!.start.line)) return;
    if (isHidden(hidden, item.position.start.offset)) return;
    const text = plainText(first).trim();
    const found = KEY_TIME.exec(normaliseText(text));
    if (!found) return;
    const weekday = WEEKDAY_NAMES.indexOf(found[1]!) + 1;
    const entry = byWeekday.get(weekday);
    if (!entry) return;
    const time = Number(found[2]) * 60 + Number(found[3] ?? 0);
    if (Number(found[2]) > 23 || Number(found[3] ?? 0) > 59) return;
    const { slots, day } = entry;
    if (slots.some((slot) => slot.start === time || slot.end === time)) return;
    if (!parseFrenchHours(`${found[2]}h${found[3] ?? ''}`).ok) return;
    const opens = Math.min(...slots.map((slot) => slot.start));
    const last = Math.max(...slots.map((slot) => slot.end ?? slot.start));
    const base = { text, line: first.position!.start.line, date: longDate(context, day) };
    if (time < opens || time > last) {
      const opening = slots.find((slot) => slot.start === opens)!.session;
      const closing = [...slots].reverse().find((slot) => (slot.end ?? slot.start) === last)!.session;
      context.report('key-time-outside-day', { ...base, from: opening.hours!.text, to: closing.hours!.text }, first.position, {
        related: relatedAt(opening.position, relatedRow(context, opening)),
      });
      return;
    }
    const wanted = words(found[4]!);
    const named = slots.find((slot) => [...words(slot.session.title.text)].some((word) => wanted.has(word)));
    if (!named) return;
    context.report('key-time-mismatch', { ...base, where: rowWhere(context, named.session), hours: named.session.hours!.text }, first.position, {
      related: relatedAt(named.session.position, relatedRow(context, named.session)),
    });
  });
}
