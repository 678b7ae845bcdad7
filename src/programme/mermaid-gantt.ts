/*
 * A Mermaid Gantt chart (a ```mermaid block that opens with `gantt`): a project's plan drawn
 * as bars, one task a line (`Réunion : crit, 2023-10-20, 1d`, `Rendu final : 2026-05-31`,
 * `MCD, MLD : active, 2026-02-19, 14d`). GitHub draws it as a chart; on a page that gives no
 * other session, a reader reads each dated task as a session on its days (the readers of
 * infradon-yverdon-jalons-2026 and abelsilly-pollution-gantt-2023). Beside a table or an
 * agenda that lists the same days, the chart only draws them again, and is not read. Only
 * what Mermaid's own syntax says is read: a task's ISO start, then its end (an ISO day) or
 * its length in days or weeks (`14d`, `2w`; none is one day); a task placed `after` another
 * has no day of its own and is left. Written by hand: Mermaid's parser draws in a browser,
 * and only these lines are needed.
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
const SETTING = /^(?:title|dateformat|axisformat|tickinterval|excludes|includes|todaymarker|weekday|section|displaymode|inclusiveenddates|topaxis|%%)/i;
// A task: its name, a colon, then its fields separated by commas.
const TASK = /^([^:]{1,200}?)\s*:\s*([^:]{1,300})$/;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
// A length: days or weeks (hours and minutes keep the task within its day).
const LENGTH = /^(\d{1,4})\s?([dwhm])$/i;
// The most days a task's bar is read over: a longer one is no session a calendar can hold.
const LONGEST_TASK_DAYS = 366;

function isoDay(text: string): PlainDate | undefined {
  const found = ISO_DAY.exec(text);
  if (!found) return undefined;
  const [year, month, day] = [Number(found[1]), Number(found[2]), Number(found[3])];
  return isRealDate(year, month, day) ? { year, month, day } : undefined;
}

/** The first and last day of a task's fields (`crit, 2023-10-20, 1d`), or undefined when it has no day of its own. */
function taskDays(fields: string[]): { first: PlainDate; last: PlainDate; text: string } | undefined {
  const at = fields.findIndex((field) => isoDay(field) !== undefined);
  if (at < 0) return undefined;
  const first = isoDay(fields[at]!)!;
  const next = fields[at + 1];
  const end = next === undefined ? undefined : isoDay(next);
  const length = next === undefined ? undefined : LENGTH.exec(next);
  let count = 1;
  if (end) count = Math.round((Date.UTC(end.year, end.month - 1, end.day) - Date.UTC(first.year, first.month - 1, first.day)) / 86_400_000) + 1;
  else if (length) count = length[2]!.toLowerCase() === 'w' ? Number(length[1]) * 7 : length[2]!.toLowerCase() === 'd' ? Number(length[1]) : 1;
  if (count < 1 || count > LONGEST_TASK_DAYS) count = 1;
  return { first, last: addDays(first, Math.max(count, 1) - 1), text: fields[at]! };
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
    for (const line of lines) {
      const at = source.text.indexOf(line, cursor);
      if (at < 0) continue;
      cursor = at + line.length;
      const text = line.trim();
      const task = TASK.exec(text);
      if (!task || SETTING.test(text)) continue;
      const fields = task[2]!.split(',').map((field) => field.trim());
      if (fields.some((field) => /^after\s/i.test(field))) continue;
      const days = taskDays(fields);
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
