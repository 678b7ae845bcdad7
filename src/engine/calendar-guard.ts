import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import type { KeepReason, KeptSession } from '../calendar/build-calendars.js';
import { localStart } from '../calendar/held-events.js';
import { readPreviousCalendar, type PreviousEvent } from '../calendar/previous-calendar.js';
import { DEFAULT_REMOVAL_THRESHOLD } from '../config/engine-settings.js';
import { say } from '../diagnostics/catalogue.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Language } from '../diagnostics/language.js';
import { orUndefined } from '../fs/or-undefined.js';
import type { CalendarEventReport, FileReport, KeptSessionReport, RefusedCalendar } from '../report/file-report.js';
import type { BuildOutput } from './build-steps.js';
import { unreadableFileReason, type UnreadableFileReason } from './unreadable-file.js';

/*
 * A calendar feed changes only because the programme changed, never because it could not be
 * read. After the build steps, each programme's calendars are checked: a file that cannot
 * be read as a programme any more (binary, undecodable, merge-conflict markers, no schedule,
 * no session with a readable date) leaves its calendar as it was; a build that would remove
 * more than the threshold of a calendar's events at once (and at least 3) writes nothing for
 * that programme. `--allow-removals` (the Action: a line in the commit message) lets both
 * through, once. The reports then say what was kept and what was refused.
 */

/** A removal this small is never taken for an accident. */
const fewestRefused = 3;

/** The rules whose diagnostic, on a row that kept its events, says why: the sentence on what the calendar keeps joins it. */
const keptRules: Record<'date' | 'hours', ReadonlySet<string>> = {
  date: new Set(['unreadable-date', 'missing-date', 'invalid-date', 'missing-year', 'reversed-range', 'range-too-long']),
  hours: new Set(['unreadable-hours', 'invalid-hour', 'end-before-start']),
};

/** The outputs to write, and the reports telling what the calendars kept and refused. */
export interface GuardedBuild {
  outputs: BuildOutput[];
  reports: FileReport[];
}

/**
 * Applies the rule above to the outputs of a build: a refused programme's outputs are set
 * back to what is on disk (nothing of it is written), and each report gains `kept` and
 * `refused`, its diagnostics the sentence on what the calendar keeps.
 */
export function guardCalendars(reports: readonly FileReport[], outputs: readonly BuildOutput[], allowRemovals: boolean): GuardedBuild {
  const refusedPaths = new Set<string>();
  const guarded = reports.map((report) => {
    const language = report.engine.language;
    const own = outputs.filter((output) => output.programme === report.path);
    const calendars = own.filter((output) => output.calendar !== undefined);
    const refused: RefusedCalendar[] = [];
    if (!allowRemovals) {
      for (const output of calendars) {
        const refusal = refusalOf(report, output, language);
        if (refusal) refused.push(refusal);
      }
    }
    if (refused.length > 0) refusedPaths.add(report.path);
    // The first calendar is the full feed: the audience feeds keep a part of the same sessions.
    const kept = refused.length > 0 ? [] : (calendars[0]?.calendar?.kept ?? []).map((entry) => keptReport(entry, report.engine.timezone, language));
    return {
      ...report,
      diagnostics: kept.length === 0 ? report.diagnostics : withKeptSentences(report.diagnostics, calendars[0]!.calendar!.kept, kept),
      kept,
      ...(refused.length > 0 ? { refused } : {}),
    };
  });
  const written = outputs.map((output) =>
    output.programme !== undefined && refusedPaths.has(output.programme) ? { ...output, newContent: output.oldContent ?? output.newContent } : output,
  );
  // A refused programme's new calendar (none on disk before) cannot be: a calendar is refused only when one existed.
  return { outputs: written, reports: guarded };
}

function refusalOf(report: FileReport, output: BuildOutput, language: Language): RefusedCalendar | undefined {
  const calendar = output.calendar!;
  if (calendar.previousCount === 0 || output.newContent === output.oldContent) return undefined;
  const unreadable = unreadableReason(report);
  if (unreadable) {
    return {
      calendar: output.path,
      kind: 'unreadable',
      message: say(language, 'build-unreadable-kept', { path: report.path, calendar: output.path, events: calendar.previousCount, reason: unreadable }),
      removed: calendar.removed.map((event) => eventReport(event, report.engine.timezone)),
    };
  }
  if (calendar.removed.length < fewestRefused) return undefined;
  const threshold = report.engine.removalThreshold ?? DEFAULT_REMOVAL_THRESHOLD;
  if (calendar.removed.length * 100 <= calendar.previousCount * threshold) return undefined;
  // Events already copied to the archives by `programme-sync archive` leave on purpose: the yearly rollover.
  const archived = archivedUids(output.path);
  const removed = calendar.removed.filter((event) => !archived.has(event.uid));
  if (removed.length < fewestRefused || removed.length * 100 <= calendar.previousCount * threshold) return undefined;
  const events = removed.map((event) => eventReport(event, report.engine.timezone));
  return {
    calendar: output.path,
    kind: 'removals',
    message: say(language, 'build-removals-refused', {
      path: report.path,
      calendar: output.path,
      // The first ten name the accident well enough; the JSON report lists them all.
      removed: events.slice(0, 10).map((event) => `${event.summary} (${event.start.replace('T', ' ')})`),
      count: events.length,
      total: calendar.previousCount,
      threshold,
    }),
    removed: events,
  };
}

function unreadableReason(report: FileReport): UnreadableFileReason | 'no-schedule' | 'undated' | undefined {
  const found = unreadableFileReason(report);
  if (found) return found;
  if (report.programme.sessions.length === 0) return 'no-schedule';
  if (!report.programme.sessions.some((session) => session.dates.value)) return 'undated';
  return undefined;
}

/** The UIDs of the archived copies of a calendar (`archives/<year>/<name>_<year>.ics` beside it, as `programme-sync archive` writes them). */
function archivedUids(calendarPath: string): Set<string> {
  const folder = join(dirname(calendarPath), 'archives');
  const stem = basename(calendarPath, extname(calendarPath));
  const uids = new Set<string>();
  for (const year of orUndefined(() => readdirSync(folder)) ?? []) {
    const text = orUndefined(() => readFileSync(join(folder, year, `${stem}_${year}.ics`), 'utf8'));
    if (text === undefined) continue;
    for (const event of readPreviousCalendar(text).events) uids.add(event.uid);
  }
  return uids;
}

function keptReport(entry: KeptSession, timezone: string, language: Language): KeptSessionReport {
  const events = entry.events.map((event) => eventReport(event, timezone));
  const dates = entry.events.map((event) => {
    const start = localStart(event.start, timezone);
    const date = say(language, 'date-long', start.day);
    if (start.minute < 0) return say(language, 'calendar-kept-when', { date });
    const time = say(language, 'calendar-time', { hour: Math.floor(start.minute / 60), minute: start.minute % 60 });
    return say(language, 'calendar-kept-when', { date, time });
  });
  const shown = dates.join('; ');
  return {
    line: entry.session.position.start.line,
    title: entry.session.title.text,
    reason: entry.reason,
    message: entry.reason === 'hours-missing' ? say(language, 'calendar-kept-hours-missing', { dates: shown }) : say(language, 'calendar-kept', { dates: shown, what: entry.reason }),
    events,
  };
}

// The diagnostic that says why a row cannot be read also says that its events stay.
function withKeptSentences(diagnostics: readonly Diagnostic[], kept: readonly KeptSession[], reports: readonly KeptSessionReport[]): Diagnostic[] {
  return diagnostics.map((d) => {
    const index = kept.findIndex((entry) => {
      if (entry.reason === 'hours-missing') return false;
      const { start, end } = entry.session.position;
      return keptRules[entry.reason as Exclude<KeepReason, 'hours-missing'>].has(d.rule) && d.line >= start.line && d.line <= end.line;
    });
    return index < 0 ? d : { ...d, message: `${d.message} ${reports[index]!.message}` };
  });
}

function eventReport(event: PreviousEvent, timezone: string): CalendarEventReport {
  const start = localStart(event.start, timezone);
  const date = `${String(start.day.year).padStart(4, '0')}-${pad(start.day.month)}-${pad(start.day.day)}`;
  const summaryLine = event.lines.find((line) => /^SUMMARY[;:]/i.test(line));
  return {
    uid: event.uid,
    summary: summaryLine === undefined ? '' : unescapeText(summaryLine.slice(summaryLine.indexOf(':') + 1)),
    start: start.minute < 0 ? date : `${date}T${pad(Math.floor(start.minute / 60))}:${pad(start.minute % 60)}`,
  };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

// RFC 5545 TEXT: `\\`, `\;`, `\,`, `\n`.
function unescapeText(text: string): string {
  return text.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}
