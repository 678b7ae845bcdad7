import { sessionToJson } from '../../src/report/session-json.js';
import { check } from './read.js';

/** The sessions a page gives as the JSON report writes them, read as if last committed on the 2nd of `month` in `year`. */
export function readSessions(lines: string[], year = 2025, month = 11) {
  return check(lines.join('\n'), { committed: { year, month, day: 2 } }).programme.sessions.map(sessionToJson);
}

/**
 * The sessions a page gives, read as if last committed on the 2nd of `month` in `year`, each
 * as a reader checks it at a glance: its line, its days (a run of more than three as its
 * first and last, with their count), and its hours (`7 2023-06-05 10:00-11:00`).
 */
export function briefSessions(lines: string[], year = 2025, month = 11): string[] {
  return readSessions(lines, year, month).map((s) => {
    const days = s.days.length > 3 ? `${s.days[0]}..${s.days.at(-1)} (${s.days.length})` : s.days.join(' ');
    const hours = s.times.length > 0 ? ' ' + s.times.map((t) => `${t.start}-${t.end ?? ''}`).join() : '';
    return `${s.line} ${days}${hours}`;
  });
}

/** The problems (warnings and errors) a page raises, each as `line rule`, read as if last committed on `committed`. */
export function briefProblems(lines: string[], committed: { year: number; month: number; day: number }): string[] {
  return check(lines.join('\n'), { committed })
    .diagnostics.filter((d) => d.severity !== 'info')
    .map((d) => `${d.line} ${d.rule}`);
}
