import { say } from '../diagnostics/catalogue.js';
import type { Language } from '../diagnostics/language.js';
import { toDayNumber, toIsoDate } from '../dates/plain-date.js';
import type { Session } from '../programme/model.js';
import type { FileReport } from './file-report.js';
import { countDiagnostics } from './counts.js';
import { formatTime } from './session-json.js';

/**
 * The terminal view: one `file:line:column severity message rule` line per diagnostic
 * (editors and CI logs make these clickable), then a summary of each file's sessions and
 * the totals.
 */
export function formatTextReport(files: FileReport[], language: Language): string {
  const lines: string[] = [];
  for (const file of files) {
    for (const d of file.diagnostics) {
      lines.push(`${file.path}:${d.line}:${d.column} ${say(language, 'severity-word', { severity: d.severity })} ${d.message} ${d.rule}`);
    }
  }
  if (lines.length > 0) lines.push('');
  for (const file of files) {
    lines.push(say(language, 'summary-file', { path: file.path, sessions: file.programme.sessions.length }));
    for (const session of file.programme.sessions) lines.push('  ' + sessionLine(session, language));
    // What the calendar keeps of a row it cannot read, and why (after a build).
    for (const kept of file.kept ?? []) {
      const when = kept.events.map((event) => event.start.replace('T', ' ')).join(', ');
      lines.push('  ' + say(language, 'summary-kept', { line: kept.line, title: kept.title || '—', when }), `        ${kept.message}`);
    }
  }
  const { errors, warnings } = countDiagnostics(files);
  lines.push('', say(language, 'summary-totals', { errors, warnings, files: files.length }));
  return lines.join('\n') + '\n';
}

function sessionLine(session: Session, language: Language): string {
  const parts = [`${String(session.position.start.line).padStart(4)}  ${when(session, language)}`];
  const times = (session.hours?.value ?? []).map(
    (slot) =>
      `${slot.label ? slot.label + ' ' : ''}${slot.day ? slot.day.text + ' ' : ''}${formatTime(slot.start)}${slot.end ? '-' + formatTime(slot.end) : ''}`,
  );
  if (times.length > 0) parts.push(times.join(', '));
  parts.push(session.title.text || '—');
  // A session read off a table says where it was written (`[heading]`, `[agenda]`, `[list]`).
  if (session.source !== 'table') parts.push(say(language, 'summary-source', { source: session.source }));
  if (session.status !== 'confirmed') parts.push(say(language, 'summary-status', { status: session.status }));
  return parts.join('  ');
}

function when(session: Session, language: Language): string {
  const dates = session.dates.value;
  if (!dates) return say(language, 'summary-undated', {}).padEnd(10);
  if (dates.alternatives) {
    return dates.alternatives.map((days) => days.map(toIsoDate).join(' ')).join(say(language, 'summary-or', {}));
  }
  const first = dates.days[0]!;
  const last = dates.days.at(-1)!;
  // A run of days, every day from the first to the last; a weekly series' days (a range's
  // Wednesdays, weekly-series.ts) are listed, as `from … to …` would say every day.
  const everyDay = toDayNumber(last) - toDayNumber(first) + 1 === dates.days.length;
  if (dates.expression.kind === 'range' && dates.days.length > 1 && everyDay) {
    return say(language, 'summary-range', { from: toIsoDate(first), to: toIsoDate(last) });
  }
  return dates.days.map(toIsoDate).join(' ');
}
