/*
 * A Mermaid Gantt chart (a ```mermaid block that opens with `gantt`): a project's plan drawn
 * as bars, one task a line (`Réunion : crit, 2023-10-20, 1d`, `Rendu final : 2026-05-31`,
 * `MCD, MLD : active, 2026-02-19, 14d`). GitHub draws it as a chart; on a page that gives no
 * other session, a reader reads each dated task as a session on its days (the readers of
 * infradon-yverdon-jalons-2026 and abelsilly-pollution-gantt-2023). Beside a table or an
 * agenda that lists the same days, the chart only draws them again, and is not read. Only
 * what Mermaid's own syntax says is read: a task's ISO start, then its end (an ISO day) or
 * its length in days or weeks (`14d`, `2w`; none is one day). A task placed `after` another
 * (`Choix de la Stack : done, des2, after des1, 2d`) starts the day the other ends, and a task
 * that gives only its length starts when the one above it ends, as Mermaid draws them (the
 * reader of snaky21-m431-gantt-2026 counted them so); a chain whose first task has no day,
 * or a chart that leaves days out (`excludes weekends`), is not followed. Written by hand:
 * Mermaid's parser draws in a browser, and only these lines are needed.
 */
import type { Code, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { DatedLine } from '../dates/dated-line.js';
import { addDays, isRealDate } from '../dates/plain-date.js';
import type { DayMention, PlainDate } from '../dates/types.js';
import { isHidden, type HiddenRanges } from './hidden-ranges.js';
import type { SessionDraft } from './session-drafts.js';
import type { SourceText } from './source-text.js';

// Lines of the chart's settings, not tasks (`dateFormat YYYY-MM-DD`, `section Réunion`).
// `click a1 href "…"`, `call`, `vert`: a task's link or marker, no task, and no step of the chain.
const SETTING = /^(?:title|dateformat|axisformat|tickinterval|excludes|includes|todaymarker|weekday|section|displaymode|inclusiveenddates|topaxis|click|call|vert|%%)/i;
// A task: its name, a colon, then its fields separated by commas.
const TASK = /^([^:]{1,200}?)\s*:\s*([^:]{1,300})$/;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
// A length: days or weeks (hours and minutes keep the task within its day).
const LENGTH = /^(\d{1,4})\s?([dwhm])$/i;
// A task's tags, before its other fields (`crit, done, des1, 2026-02-01, 2d`).
const TAG = /^(?:active|done|crit|milestone)$/i;
// A start placed after other tasks: `after des1`, `after a b` (the ids read apart, TASK_ID).
const AFTER = /^after\s(.{1,400})$/i;
// A task's id: what Mermaid accepts as one.
const TASK_ID = /^[\w-]{1,40}$/;
// The most days a task's bar is read over: a longer one is no session a calendar can hold.
const LONGEST_TASK_DAYS = 366;

function isoDay(text: string): PlainDate | undefined {
  const found = ISO_DAY.exec(text);
  if (!found) return undefined;
  const [year, month, day] = [Number(found[1]), Number(found[2]), Number(found[3])];
  return isRealDate(year, month, day) ? { year, month, day } : undefined;
}

function daysBetween(from: PlainDate, to: PlainDate): number {
  return Math.round((Date.UTC(to.year, to.month - 1, to.day) - Date.UTC(from.year, from.month - 1, from.day)) / 86_400_000);
}

/** A task's days, the day the next task placed after it starts, and the words that date it. */
interface TaskDays {
  first: PlainDate;
  last: PlainDate;
  /** The day a task `after` this one starts: the day after its last, or its own day when it lasts hours or nothing. */
  next: PlainDate;
  text: string;
}

/**
 * A task's fields read as Mermaid reads them (`[tags,] [id,] [start,] end or length`): its
 * id, and its days when its start is known (a day, or the end of the tasks it follows).
 */
function readTask(fields: string[], ends: ReadonlyMap<string, PlainDate | undefined>, previous: PlainDate | undefined, inclusiveEnds = false): { id?: string; days?: TaskDays } {
  let rest = fields.filter((field) => field !== '');
  while (rest.length > 0 && TAG.test(rest[0]!)) rest = rest.slice(1);
  let id: string | undefined;
  if (rest.length === 3 && TASK_ID.test(rest[0]!) && !isoDay(rest[0]!)) [id, ...rest] = rest;
  if (rest.length === 0 || rest.length > 2) return id === undefined ? {} : { id };
  // A lone day (`Rendu final : 2026-05-31`) is the task's day, as readers read it (Mermaid
  // would end there a bar begun where the task above ends); a lone length follows that task.
  const [startText, lengthText] = rest.length === 2 ? [rest[0]!, rest[1]!] : isoDay(rest[0]!) ? [rest[0]!, undefined] : [undefined, rest[0]!];
  let first: PlainDate | undefined;
  if (startText === undefined) first = previous;
  else if (isoDay(startText)) first = isoDay(startText);
  else {
    const after = AFTER.exec(startText);
    const names = after ? after[1]!.trim().split(/\s+/) : [];
    const known = names.every((name) => TASK_ID.test(name)) ? names.map((name) => ends.get(name)) : [];
    // Mermaid starts it when the last of those ends; one not read leaves it unread.
    if (known.length > 0 && known.every((end) => end !== undefined)) first = known.reduce((latest, end) => (daysBetween(latest!, end!) > 0 ? end : latest));
  }
  if (!first) return id === undefined ? {} : { id };
  const end = lengthText === undefined ? undefined : isoDay(lengthText);
  const length = lengthText === undefined ? null : LENGTH.exec(lengthText);
  let count: number;
  let next: PlainDate;
  if (end) {
    count = daysBetween(first, end) + 1;
    // Readers count the end day in the task's days; Mermaid draws the bar up to it (its end
    // dates are exclusive unless `inclusiveEndDates`), so a task after it starts that day.
    next = inclusiveEnds ? addDays(end, 1) : end;
  } else if (length && /[dw]/i.test(length[2]!)) {
    count = Number(length[1]) * (length[2]!.toLowerCase() === 'w' ? 7 : 1);
    // `0d`: a milestone, on its day; the next task starts that day too.
    next = addDays(first, count);
  } else if (length) {
    count = 1;
    next = first;
  } else if (startText === undefined) return id === undefined ? {} : { id };
  else {
    count = 1;
    next = addDays(first, 1);
  }
  if (count < 1 || count > LONGEST_TASK_DAYS) count = 1;
  const text = startText ?? lengthText!;
  return { ...(id === undefined ? {} : { id }), days: { first, last: addDays(first, count - 1), next, text } };
}

function mention(day: PlainDate, text: string): DayMention {
  return { day: day.day, month: day.month, year: day.year, text };
}

/** The dated tasks of the page's Mermaid Gantt charts, each a draft on its line (see above). */
export function readGanttTasks(tree: Root, source: SourceText, hidden: HiddenRanges): SessionDraft[] {
  const drafts: SessionDraft[] = [];
  visit(tree, 'code', (node: Code) => {
    const start = node.position?.start.offset;
    if (start === undefined || isHidden(hidden, start)) return;
    const lines = node.value.split('\n');
    const opening = lines.findIndex((line) => line.trim() !== '');
    if (opening < 0 || lines[opening]!.trim().toLowerCase() !== 'gantt' || (node.lang !== null && node.lang !== undefined && node.lang.toLowerCase() !== 'mermaid')) return;
    let cursor = start;
    // Where each task ends (by id), and where the task above ended, for tasks placed after them.
    const ends = new Map<string, PlainDate | undefined>();
    let previous: PlainDate | undefined;
    // A chart that leaves days out counts its lengths in the days left: those are not followed.
    const excludes = lines.some((line) => /^\s*excludes\s/i.test(line));
    const inclusiveEnds = lines.some((line) => /^\s*inclusiveEndDates\b/i.test(line));
    for (const line of lines) {
      const at = source.text.indexOf(line, cursor);
      if (at < 0) continue;
      cursor = at + line.length;
      const text = line.trim();
      const task = TASK.exec(text);
      if (!task || SETTING.test(text)) continue;
      const fields = task[2]!.split(',').map((field) => field.trim());
      const read = readTask(fields, excludes ? new Map() : ends, excludes ? undefined : previous, inclusiveEnds);
      if (read.id !== undefined) ends.set(read.id, read.days?.next);
      previous = read.days?.next;
      const days = read.days;
      if (!days) continue;
      const title = task[1]!.trim();
      const from = at + line.indexOf(days.text);
      const several = days.first.year !== days.last.year || days.first.month !== days.last.month || days.first.day !== days.last.day;
      const dated: DatedLine = {
        expression: { kind: several ? 'range' : 'single', mentions: several ? [mention(days.first, days.text), mention(days.last, days.text)] : [mention(days.first, days.text)] },
        dateText: days.text,
        start: 0,
        end: days.text.length,
        lead: '',
        rest: title,
        title,
      };
      drafts.push({
        source: 'list',
        title,
        position: source.span(at, at + line.length),
        dated: { line: dated, position: source.span(from, from + days.text.length) },
        // Listed by section (`section Réunion`, `section Finalisation`), not by day: like an
        // item that opens with its group, a task is no step in time after the one above.
        groupItem: true,
        cancelled: false,
        slots: 0,
      });
    }
  });
  return drafts;
}
