import { say } from '../diagnostics/catalogue.js';
import type { Language } from '../diagnostics/language.js';
import type { FileReport } from '../report/file-report.js';
import { countDiagnostics } from '../report/counts.js';
import type { ScheduleChange } from '../report/schedule-changes.js';
import { sessionToJson, type SessionJson } from '../report/session-json.js';

/** What the job summary shows. */
export interface JobSummaryInput {
  files: readonly FileReport[];
  language: Language;
  /** Per programme path: the changes for subscribers, or `unavailable` when the base could not be read. Absent: not a pull request. */
  changes?: ReadonlyMap<string, readonly ScheduleChange[] | 'unavailable'>;
  /** The base commit compared with, for the "unavailable" message. */
  baseSha?: string;
  /** The artifact folder, relative to the workspace. */
  artifactDir: string;
}

/**
 * The job summary in markdown: the totals, every diagnostic (annotations stop at 10), what
 * changes for subscribers compared with the base branch, and each programme's sessions.
 */
export function formatJobSummary(input: JobSummaryInput): string {
  const { language: lang } = input;
  const column = (c: Parameters<typeof say<'job-summary-column'>>[2]['column']): string => say(lang, 'job-summary-column', { column: c });
  const { errors, warnings } = countDiagnostics([...input.files]);
  const out: string[] = [`## ${say(lang, 'job-summary-title', {})}`, '', say(lang, 'summary-totals', { errors, warnings, files: input.files.length }), ''];

  out.push(`### ${say(lang, 'job-summary-problems', {})}`, '');
  const problems = input.files.flatMap((file) => file.diagnostics.map((d) => ({ file, d })));
  if (problems.length === 0) out.push(say(lang, 'job-summary-no-problem', {}), '');
  else {
    out.push(row([column('file'), column('line'), column('severity'), column('message'), column('rule')]), row(['---', '---:', '---', '---', '---']));
    for (const { file, d } of problems) {
      out.push(row([code(file.path), `${d.line}:${d.column}`, say(lang, 'job-summary-severity', { severity: d.severity }), cell(d.message), code(d.rule)]));
    }
    out.push('');
  }

  for (const file of input.files) {
    const changes = input.changes?.get(file.path);
    if (changes === undefined) continue;
    out.push(`### ${cell(say(lang, 'job-summary-changes', { path: file.path }))}`, '');
    if (changes === 'unavailable') out.push(say(lang, 'action-base-unavailable', { sha: input.baseSha ?? '' }), '');
    else if (changes.length === 0) out.push(say(lang, 'job-summary-no-change', {}), '');
    else {
      // A row that cannot be read keeps its events: for subscribers it has not moved or gone.
      const keptLines = new Set((file.kept ?? []).map((kept) => kept.line));
      out.push(row([column('change'), column('title'), column('before'), column('after')]), row(['---', '---', '---', '---']));
      for (const change of changes) {
        const kind = change.after && keptLines.has(change.after.line) ? 'kept' : change.kind;
        out.push(row([say(lang, 'job-summary-change', { kind }), cell(change.title), describe(change.before, lang), describe(change.after, lang)]));
      }
      out.push('');
    }
    // A removal the push would refuse, said before the pull request is merged.
    for (const refusal of file.refused ?? []) out.push(`> ${cell(refusal.message)}`, '');
  }

  for (const file of input.files) {
    const kept = file.kept ?? [];
    const refused = input.changes?.has(file.path) ? [] : (file.refused ?? []);
    if (kept.length === 0 && refused.length === 0) continue;
    out.push(`### ${cell(say(lang, 'job-summary-kept', { path: file.path }))}`, '');
    for (const refusal of refused) out.push(`> ${cell(refusal.message)}`, '');
    if (kept.length > 0) {
      out.push(row([column('line'), column('title'), column('dates'), column('message')]), row(['---:', '---', '---', '---']));
      for (const entry of kept) {
        out.push(row([String(entry.line), cell(entry.title), cell(entry.events.map((event) => event.start.replace('T', ' ')).join(', ')), cell(entry.message)]));
      }
      out.push('');
    }
  }

  for (const file of input.files) {
    out.push(`### ${cell(say(lang, 'job-summary-sessions', { path: file.path }))}`, '');
    out.push(row([column('line'), column('dates'), column('hours'), column('title'), column('place'), column('status')]), row(['---:', '---', '---', '---', '---', '---']));
    for (const session of file.programme.sessions.map(sessionToJson)) {
      out.push(row([String(session.line), dates(session, lang), hours(session), cell(session.title), cell(session.place ?? ''), say(lang, 'job-summary-status', { status: session.status })]));
    }
    out.push('');
  }
  out.push(say(lang, 'job-summary-artifacts', { dir: code(input.artifactDir) }), '');
  return out.join('\n');
}

function describe(session: SessionJson | undefined, lang: Language): string {
  if (!session) return '';
  return [dates(session, lang), hours(session), session.place ? cell(session.place) : ''].filter(Boolean).join(', ');
}

function dates(session: SessionJson, lang: Language): string {
  if (session.alternatives) return session.alternatives.map((days) => days.join(' ')).join(say(lang, 'summary-or', {}));
  if (session.days.length === 0) return say(lang, 'summary-undated', {});
  // A week-long session reads better as its first and last day.
  if (session.days.length > 2) return say(lang, 'summary-range', { from: session.days[0]!, to: session.days.at(-1)! });
  return session.days.join(' ');
}

function hours(session: SessionJson): string {
  return cell(session.times.map((t) => `${t.label ? t.label + ' ' : ''}${t.start}${t.end ? '–' + t.end : ''}`).join(', '));
}

function row(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/** Programme text inside a table cell: no HTML, no cell break, no line break. */
function cell(text: string): string {
  // Each run of white space holding a line break becomes one space. Not /\s*\n\s*/: tried
  // at every space of a long run without a line break, it is quadratic.
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '\\|').replace(/\s+/g, (run) => (run.includes('\n') ? ' ' : run));
}

function code(text: string): string {
  return `<code>${cell(text)}</code>`;
}
