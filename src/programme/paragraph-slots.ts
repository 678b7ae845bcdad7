/*
 * The timed lines of a paragraph under a day (`09h00 - 11h00 : Yoga`, `**14h-14h45** :
 * **Thea S.** …`, `7h30 : Je lis l'énoncé.`), each a slot of that day, and a log's second
 * sitting of the day written as the day again with other hours. Prose that only tells the
 * day's extent is no slot.
 */
import { normaliseText } from '../dates/normalise-text.js';
import type { Paragraph } from 'mdast';
import { minutesOfDay } from '../dates/minutes-of-day.js';
import type { TimeSlot } from '../dates/types.js';
import { readDatedLine } from '../dates/dated-line.js';
import { orgTimestamp } from '../dates/org-timestamp.js';
import { hoursFieldApart, paragraphSourceLines, shownLine, withTagsBefore } from './paragraph-lines.js';
import { datedItemDraft } from './read-dated-lists.js';
import { saysCancelled, type SessionDraft } from './session-drafts.js';
import { BARS, EARLIEST_LONE_START, agendaLineHours, smallHoursLength, wholeDayLine, type SlotHours } from './slot-hours.js';
import { toldInPast } from '../dates/past-tense.js';
import type { SourceText } from './source-text.js';

// A slot's title is a name, not sentences: `De 13:30 à 21:15 ne manquez pas cette journée
// (…). Naturellement vous pouvez…` tells the day's extent in prose, above the agenda.
const PROSE_LENGTH = 100;
// A separator right after a line's opening hours: a colon, a bar, an arrow or a dash.
const HOURS_SET_APART = new RegExp(String.raw`^\s{0,3}[:${BARS}\u2192\u2013\u2014-]`);
// A tab or a table's rule right after a line's hours: the hours stand in a column of their own.
const COLUMN_AFTER = /^[\t\u2502\u2503\u2551]/;
// A line that opens with its hours in bold (`**14h-14h45**`).
const BOLD_HOURS = /^\s{0,3}(?:\*\*|__)\s{0,2}\d{1,2}\s?[h:.]/;
// A long line that goes on after a full stop is a sentence; after a question mark it is as
// often a talk's title (`Claire WROBEL : A Literary Vindication of the Rights of Woman?
// Problematic …`), unless the line speaks to its reader (`vous hésitez encore ? Sachez que …`).
function isProse(rest: string): boolean {
  return rest.length > PROSE_LENGTH && (/[.!]\s+\p{Lu}/u.test(rest) || (/\?\s+\p{Lu}/u.test(rest) && !/^\p{Lu}/u.test(rest)));
}

// The word that leads to an hour closing a line (folded): `dès`, `à partir de`, `vers`, `à`, `de`.
const LEADS_TO_HOUR = /(?:^|[^a-z])(?:des|de|vers|a|partir de|entre)$/;

// A whole line that is a round hour and nothing else (`2h`, `4 h`).
const ROUND_HOUR_ALONE = /^(\d{1,2}) ?h$/i;

/**
 * Whether a line (marks off) is a round hour before any lone start (EARLIEST_LONE_START) and
 * nothing else (`> 2h` under a class's day): how long it lasts, as no session starts then.
 */
export function saysHowLong(line: string): boolean {
  const found = ROUND_HOUR_ALONE.exec(line.trim());
  return found !== null && Number(found[1]) < EARLIEST_LONE_START;
}

// A time led by `à` or `après` and set in bold, as an agenda sets its slots' hours apart
// (`**après 21h** Soirée sympathique`, `**À 21h, rue de l'Église 4 :** Séance…`, `À **14h**,
// venez découvrir…`). In plain text the same words open rules, notices, distances and
// stories (`À 23h, extinction des feux`, `À 1h en train de Lyon`, `A 12h nous étions au
// château`), and a line wrapped in a sentence (`… de 18h` over `à 21h, entrée libre`).
const BOLD_LED_HOURS = /^\s{0,3}(?:(?:\*\*|__)\s{0,2}(?:[\u00e0a]|apr[e\u00e8]s)\s{1,3}|[\u00e0a]\s{1,3}(?:\*\*|__))\d{1,2}\s?[h:]/i;
// What follows a time that tells how far or how long: `de Lyon`, `de route`, `d'effort`.
const HOW_FAR = /^(?:de|du|des|d['\u2019])(?![a-z\u00e0-\u00ff])/i;
// The word that leads to the time, on the line without its marks.
const TIME_LEAD = /^(?:[\u00e0a]|apr[e\u00e8]s)\s{1,3}/i;

/** The hours of a line that opens with a time led by `à` or `après` in bold (BOLD_LED_HOURS), placed on `line` (its marks off). */
function boldLedHours(shown: string, line: string): SlotHours | undefined {
  if (!BOLD_LED_HOURS.test(shown)) return undefined;
  const lead = TIME_LEAD.exec(line)?.[0].length;
  if (lead === undefined) return undefined;
  const found = agendaLineHours(line.slice(lead));
  if (!found || found.rest === '' || toldInPast(found.rest)) return undefined;
  // `**À 1h de Lyon**`, `**Après 2h de montée**`: how far or how long, not when; a small
  // hour after `à` or `après` is a length (`**Après 3h** d'effort`).
  if (HOW_FAR.test(found.rest) || found.slots[0]!.start.hour < EARLIEST_LONE_START) return undefined;
  // After `après`, a title's capital only (`**après 21h** Soirée`): `**Après 22h**, silence
  // complet` is a rule, `**Après 20h**, le quartier s'anime` a story.
  if (/^apr/i.test(line) && !/^\p{Lu}/u.test(found.rest)) return undefined;
  return { ...found, start: found.start + lead, end: found.end + lead };
}

/** The timed lines of a paragraph under a day (`09h00 - 11h00 : Yoga`), one slot each. */
export function paragraphSlots(node: Paragraph, day: SessionDraft, source: SourceText): SessionDraft[] {
  const again = sittingAgain(node, day, source);
  if (again) return [again];
  const drafts: SessionDraft[] = [];
  const own = day.dated?.line.expression.mentions[0];
  const lines = paragraphSourceLines(node, source);
  // Two timed lines or more in one paragraph are its slots one under the other (`10 h 45 - 11 h 30 :
  // Introduction aux outils du camp : ml5.js et p5.js. Installation…` over `11 h 30 - 12 h 00 : …`):
  // however long a description, it is no sentence telling the day's extent, unless its range
  // holds another line's start (`14h - 23h : venez nombreux, …` over `22h30 : feu d'artifice`).
  const starts = lines.flatMap(({ raw }) => agendaLineHours(shownLine(raw).replace(/[*_`]/g, '').trim())?.slots.map((slot) => minutesOfDay(slot.start)) ?? []);
  const holdsAnother = (slots: readonly TimeSlot[]) => slots.some((slot) => slot.end !== undefined && starts.some((other) => other > minutesOfDay(slot.start) && other < minutesOfDay(slot.end!)));
  let previous = '';
  for (const { raw, start } of lines) {
    // `… aura lieu **dimanche 9 octobre dès` over `14h30 à la Laëtitia**.`: a sentence wrapped
    // before its hour, the word that leads to it closing the line above; no timed line.
    const wrapped = LEADS_TO_HOUR.test(normaliseText(shownLine(previous).replace(/[*_`]/g, '').trim()));
    previous = raw;
    if (wrapped) continue;
    const tagged = withTagsBefore(raw, start, source);
    const apart = hoursFieldApart(tagged);
    const line = shownLine(apart).replace(/[*_`]/g, '').trim();
    const position = source.span(start, start + raw.length);
    // `<2018-02-05 lun. 08:30>–<2018-02-05 lun. 09:20>` under its day: an Org export's slot.
    const stamp = orgTimestamp(line);
    if (stamp?.start && !stamp.lastDay && own && own.day === stamp.day.day && own.month === stamp.day.month) {
      drafts.push({ source: 'agenda', title: '', position, day, hours: { text: line, position, slots: [{ start: stamp.start, ...(stamp.end ? { end: stamp.end } : {}) }] }, cancelled: day.cancelled, slots: 0 });
      continue;
    }
    const found = agendaLineHours(line) ?? boldLedHours(shownLine(apart), line);
    // Hours the page sets in a field of their own (`<span class="heure">`), or apart from
    // what follows, in bold (`**14h-14h45** : **Thea S.** (U. Ca Foscari, Venise) : …`, a
    // talk's long summary) or as a journal's start time (`7h30 : Je lis l'énoncé. …`), make
    // the line an item, however long that description; a range in plain text before a
    // colon tells the day's extent in a sentence (`14h - 21h : venez nombreux, …`).
    const startOnly = found !== undefined && found.slots.length === 1 && found.slots[0]!.end === undefined;
    // A tab after them (`13h30-13h45<TAB>Commémoration…. Hymne national…`), or a table's rule
    // pasted as text (`15h00- 16h00\u2551La Stratégie… Quelles propositions ?`), sets them in a column of their own.
    const setApart = found !== undefined && (((BOLD_HOURS.test(shownLine(apart)) || startOnly) && HOURS_SET_APART.test(line.slice(found.end))) || COLUMN_AFTER.test(line.slice(found.end)));
    const amongSlots = starts.length >= 2 && found !== undefined && !holdsAnother(found.slots);
    const prose = (rest: string) => apart === tagged && !setApart && !amongSlots && isProse(rest);
    // `permanent` in the hours' place: the item runs all day, a session of the day without hours.
    const allDay = found ? undefined : wholeDayLine(line);
    if (allDay !== undefined && !prose(allDay)) {
      drafts.push({ source: 'agenda', title: allDay, position, day, cancelled: day.cancelled || saysCancelled(line), slots: 0 });
      continue;
    }
    if (!found || prose(found.rest)) continue;
    // `02h lundi 21/03` (time given to a project, then its day): how long, not a slot of the
    // night, unless the page sets the hours apart (a field, a tab).
    if (apart === tagged && !setApart && smallHoursLength(found, line.slice(found.end))) continue;
    // A line of hours alone under a day whose heading gives its hours is no slot of its own:
    // it restates the heading's session (`### Mercredi 12 août - 10h30` over `🕙 10h30 — 12h`,
    // whose end section-hours.ts reads) or tells something else's hours (the place's opening).
    if (found.rest === '' && day.hours) continue;
    // `> 2h`, `4h` alone under a class's day: how long it lasts, not a start in the small hours.
    if (found.rest === '' && saysHowLong(line)) continue;
    drafts.push({
      source: 'agenda',
      title: found.rest,
      position,
      day,
      hours: { text: found.text, position: source.find(position, found.text), slots: found.slots },
      cancelled: day.cancelled || saysCancelled(line),
      slots: 0,
    });
  }
  return drafts;
}

/**
 * A paragraph under a day heading that gives its hours, whose first line writes that day
 * again with other hours and nothing else (`### Mardi 05 Novembre 2024 : 08h30 – 11h30`,
 * then lower `mardi 05 Novembre 2024 ( 14h30 – 17h30)` over `Installation de dolibarr :`):
 * a log's second sitting of the day, a session of its own, titled by the line below. The
 * heading keeps its own hours and stays a session.
 */
function sittingAgain(node: Paragraph, day: SessionDraft, source: SourceText): SessionDraft | undefined {
  const heading = day.dated?.line.expression;
  if (day.source !== 'heading' || !day.hours || heading?.kind !== 'single') return undefined;
  const [first, next] = paragraphSourceLines(node, source);
  const text = first ? first.raw.replace(/[*_`]/g, '').trim() : '';
  const dated = text === '' ? undefined : readDatedLine(text);
  const said = dated?.expression.kind === 'single' ? dated.expression.mentions[0] : undefined;
  const own = heading.mentions[0]!;
  if (!dated?.hours || dated.lead !== '' || dated.rest !== '' || !said || said.day !== own.day || said.month !== own.month) return undefined;
  const draft = datedItemDraft(dated, text, source.span(first!.start, first!.start + first!.raw.length), source, false);
  // A later sitting starts once the heading's has ended (`08h30 – 11h30`, then `14h30 – 17h30`): the
  // same day restated at another hour (a time zone's, a corrected start) is no second sitting.
  const ends = day.hours.slots.map((slot) => slot.end);
  const lastEnd = ends.every((end) => end !== undefined) ? Math.max(...ends.map((end) => end!.hour * 60 + end!.minute)) : undefined;
  const overlaps = lastEnd === undefined || draft.hours?.slots.some((slot) => slot.start.hour * 60 + slot.start.minute < lastEnd);
  if (!draft.hours || overlaps) return undefined;
  let title = next ? next.raw.trim() : '';
  while (/[*_`:]$/.test(title)) title = title.slice(0, -1).trimEnd();
  draft.title = title === '' ? day.title : title.replace(/^[*_`]{1,3}/, '');
  return draft;
}
