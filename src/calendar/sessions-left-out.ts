import type { FileReport } from '../report/file-report.js';
import { planSessionEvents } from './event-plan.js';

/** A session of the programme that gives no event, and the rules reported on its lines (why). */
export interface LeftOutSession {
  line: number;
  title: string;
  /** The rules of the diagnostics on the session's lines, errors first; empty when none says why. */
  rules: string[];
}

/**
 * The sessions of a programme that are not in its calendar: those whose dates could not
 * be read or do not exist (planning gives them no event), with what was reported on
 * their lines, so `build` can say what is missing and why instead of only `wrote`.
 */
export function sessionsLeftOut(report: FileReport): LeftOutSession[] {
  const left: LeftOutSession[] = [];
  for (const session of report.programme.sessions) {
    if (planSessionEvents(session, { language: 'en' }).length > 0) continue;
    const { start, end } = session.position;
    const onLines = report.diagnostics.filter((d) => d.line >= start.line && d.line <= end.line);
    const ordered = [...onLines.filter((d) => d.severity === 'error'), ...onLines.filter((d) => d.severity !== 'error')];
    left.push({ line: start.line, title: session.title.text, rules: [...new Set(ordered.map((d) => d.rule))] });
  }
  return left;
}
