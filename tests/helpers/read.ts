import { checkText } from '../../src/engine/pipeline.js';
import type { FileReport } from '../../src/report/file-report.js';
import { toIsoDate } from '../../src/dates/plain-date.js';
import type { Session } from '../../src/programme/model.js';
import type { PlainDate } from '../../src/dates/types.js';
import { sessionToJson } from '../../src/report/session-json.js';

/**
 * Runs the engine on markdown text with test defaults (English, Paris). `committed`: the
 * day the file counts as last committed; by default it has no history, as a file outside
 * a repository (so no year is guessed, and no folder's name gives one).
 */
export function check(text: string, options: { year?: number; language?: 'en' | 'fr'; committed?: PlainDate } = {}): FileReport {
  return checkText('programme.md', text, {
    language: options.language ?? 'en',
    timezone: 'Europe/Paris',
    referenceDate: () => options.committed,
    repositoryPath: () => undefined,
    ...(options.year ? { year: options.year } : {}),
  });
}

/** A session's days as ISO strings. */
export function days(session: Session | undefined): string[] {
  return session?.dates.value?.days.map(toIsoDate) ?? [];
}

/** Wraps table rows in a schedule table with the given header. */
export function table(header: string, ...rows: string[]): string {
  const cells = header.split('|').filter((c) => c.trim() !== '');
  return [`| ${header} |`, `|${cells.map(() => ' --- ').join('|')}|`, ...rows.map((r) => `| ${r} |`)].join('\n') + '\n';
}

/** Each session the engine reads in `text`, as a user sees it: [line, days, hours `start-end`, title]. */
export function sessionRows(text: string): (string | number)[][] {
  return check(text)
    .programme.sessions.map(sessionToJson)
    .map((s) => [s.line, s.days.join(' '), s.times.map((t) => `${t.start}-${t.end ?? ''}`).join(' '), s.title]);
}

/** Each session read in a page given as lines, committed on `committed`: `line days start-end,… title`. */
export function briefSessions(lines: string[], committed: PlainDate): string[] {
  return check(lines.join('\n'), { committed })
    .programme.sessions.map(sessionToJson)
    .map((s) => `${s.line} ${s.days.join(' ')} ${s.times.map((t) => `${t.start}-${t.end ?? ''}`).join(',')} ${s.title}`.trim());
}

/** Each warning and error raised on a page given as lines, committed on `committed`: `line rule`. */
export function alarmLines(lines: string[], committed: PlainDate): string[] {
  return check(lines.join('\n'), { committed })
    .diagnostics.filter((d) => d.severity !== 'info')
    .map((d) => `${d.line} ${d.rule}`);
}
