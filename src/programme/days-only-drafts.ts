/*
 * Which dated drafts of a page of headings are only days, not entries of the calendar: a
 * week heading over the entries dated in it, the event's days restated over their agendas;
 * and when a week's weekday labels are each a day of the calendar.
 */
import type { DatedLine } from '../dates/dated-line.js';
import { normaliseText } from '../dates/normalise-text.js';
import { daysFromTo, toDayNumber } from '../dates/plain-date.js';
import type { SessionDraft } from './session-drafts.js';

/** Whether a week heading's title is only its week (`Semaine`, `Week`) or nothing. */
function namesOnlyAWeek(title: string): boolean {
  return ['', 'semaine', 'week'].includes(normaliseText(title).replace(/[^a-z]/g, ''));
}

// The days a week heading spans from the day it names (`Semaine du 26 janvier`): its seven.
const WEEK_DAYS = 7;

/**
 * Marks as only days (borrowed) the week headings whose part of the page dates its own
 * entries (`### Semaine du 26 janvier : préparation` over `- **26 janvier** : L'enseignant
 * enseigne …` and `- **27 janvier** : …`): a course's timeline, each week's notes with the
 * classes of that week dated in them. A reader puts those classes in the calendar, not the
 * week as one more entry over them: when two entries or more are dated in the week, or one
 * on the day the week is named by (its class), or the week names nothing but its days. A
 * week with one deadline dated later in it (`- **30 janvier** : rendu du TP 2` under `###
 * Semaine du 26 janvier : Cours 3`) stays a session, the deadline beside it.
 */
export function weeksOverDatedItems(drafts: SessionDraft[]): void {
  drafts.forEach((week, index) => {
    const line = week.dated?.line;
    const from = line?.expression.mentions[0];
    if (week.source !== 'heading' || !line?.week || !from || week.hours || week.slots > 0 || week.borrowed) return;
    const year = from.year ?? 2001;
    const start = toDayNumber({ year, month: from.month, day: from.day });
    const inWeek = (mention: { year?: number; month: number; day: number }) =>
      [year, year + 1].some((y) => {
        const at = toDayNumber({ year: mention.year ?? y, month: mention.month, day: mention.day }) - start;
        return at >= 0 && at < WEEK_DAYS;
      });
    let entries = 0;
    for (let next = index + 1; next < drafts.length; next++) {
      const entry = drafts[next]!;
      if (entry.source === 'heading') break;
      const first = entry.dated?.line.expression.mentions[0];
      if (entry.day || entry.borrowed || !first || entry.dated!.line.week || !inWeek(first)) continue;
      entries++;
      // A week that names nothing else (`### Semaine du 26 janvier`) is only the days of its entries.
      if (entries >= 2 || namesOnlyAWeek(line.title) || (first.month === from.month && first.day === from.day)) {
        week.borrowed = true;
        return;
      }
    }
  });
}

// How many of its days a week must list for each to be a day of the calendar.
const LISTED_WEEK_DAYS = 2;
// A page's days are an agenda's when one in this many or more holds timed slots.
const TIMED_SHARE = 3;

/**
 * A week whose days are listed one by one (`> ## SEMAINE 01 - 15.09.2025 - 21.09.2025` over
 * `### Lundi`, `### Mardi`, `### Mercredi`, each with its notes, a course journal's
 * weeks): the days it lists are when something takes place, each a day of the calendar
 * even with nothing timed under it, and the week is their period; then so is each week of
 * the page, even one that lists a single day. A page whose weeks each have one label alone
 * (`### Mardi` under `## Semaine du 16 au 20 mars` after prose) keeps each week the one
 * session, the label only naming the day of what it holds; so does a week whose days are
 * numbered (`### Jour 1 :`), the days of one event.
 */
export function weekDaysListed(drafts: SessionDraft[]): void {
  const labels = new Map<SessionDraft, SessionDraft[]>();
  for (const draft of drafts) if (draft.inPeriod && draft.dated) labels.set(draft.inPeriod, [...(labels.get(draft.inPeriod) ?? []), draft]);
  // `## Jour 1 :`, `## Jour 2 :` number the days of one event (a summit's part): its days, not sessions.
  const weeks = [...labels.values()].filter((days) => days.every((day) => day.dated!.line.expression.mentions[0]?.weekday !== undefined));
  // The page's way: once one week lists its days, a week that lists one day (a short week) lists it so too.
  if (!weeks.some((days) => days.length >= LISTED_WEEK_DAYS)) return;
  // A page whose days hold timed slots (`### Lundi` over `- 9h : Cours`) gives its calendar
  // those slots: a weekday over notes alone (`Lire le chapitre 3.`) is homework, not a day.
  // One timed line in a term's journal (`- 12h00 fondue` on one Monday of sixty) is that
  // day's event, no sign that the journal's days are homework: the days stay its calendar
  // unless a third of them or more hold timed slots.
  const labelled = weeks.flat();
  if (labelled.filter((day) => day.slots > 0).length * TIMED_SHARE >= labelled.length) return;
  for (const days of weeks) for (const day of days) if (day.borrowed && day.slots === 0) delete day.borrowed;
}

/**
 * Marks as only days (borrowed) the dated drafts that restate the event's days over their
 * agendas: a date of two days or more that names nothing else (a `Dates :` field's value,
 * a heading of the days alone), with no hours and nothing under it, each of whose
 * days has its own agenda elsewhere in the document (`- **Dates** : Samedi 16 et dimanche
 * 17 mai 2026` in a `## Contexte` section, then `### Samedi 16 mai` and `### Dimanche 17
 * mai` over their timed lines). A reader reads such a line as when the event is, and puts
 * the agendas' slots in the calendar, not one more entry over the same days.
 */
export function restatedSpans(drafts: SessionDraft[]): void {
  const key = (day: { month: number; day: number }) => `${day.day}/${day.month}`;
  const agendaDays = new Set<string>();
  for (const draft of drafts) {
    const line = draft.dated?.line;
    if (line && draft.slots > 0 && isOneDay(line)) agendaDays.add(key(line.expression.mentions[0]!));
  }
  if (agendaDays.size < 2) return;
  for (const draft of drafts) {
    const line = draft.dated?.line;
    // A date that names something (`28 et 29 novembre : journées à FEMTO-ST`) is an entry a reader lists.
    if (!line || line.title !== '' || draft.day || draft.slots > 0 || draft.hours || draft.borrowed || line.week || draft.cancelled) continue;
    const days = daysOf(line);
    if (days.length >= 2 && days.every((day) => agendaDays.has(key(day)))) draft.borrowed = true;
  }
}

// How many days a written run may cover for its days to be listed: a week's, a festival's.
const LONGEST_RUN = 14;

// The days a dated line names (day and month), a run's days counted out; none for undecided dates.
function daysOf(line: DatedLine): Array<{ month: number; day: number }> {
  const { kind, mentions } = line.expression;
  if (kind === 'alternatives') return [];
  if (kind !== 'range') return mentions;
  const [from, to] = mentions;
  if (!from || !to) return [];
  // Counted in the year written, else in one that is not leap.
  const year = from.year ?? to.year ?? 2001;
  const first = { year, month: from.month, day: from.day };
  const last = { year: to.year ?? year, month: to.month, day: to.day };
  return toDayNumber(last) - toDayNumber(first) < LONGEST_RUN ? daysFromTo(first, last) : [];
}

/** Whether a dated line names one day (`vendredi 17/06/2022`), which the next weekday alone may follow. */
export function isOneDay(line: DatedLine): boolean {
  return line.expression.kind === 'single' && line.expression.mentions.length === 1 && !line.week;
}
