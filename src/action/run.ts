import * as core from '@actions/core';
import { checkFiles, resolveFiles } from '../commands/check.js';
import { readCommonOptions } from '../commands/common-options.js';
import { countDiagnostics } from '../report/counts.js';

/**
 * The Action: checks the programmes and turns each diagnostic into an annotation on its
 * line; fails the step when a programme has errors.
 */
export async function run(): Promise<void> {
  try {
    // Inputs left empty fall back to the repository's .programme-sync.json, then the defaults.
    const options = readCommonOptions({
      format: 'text',
      ...(core.getInput('language') ? { lang: core.getInput('language') } : {}),
      ...(core.getInput('timezone') ? { timezone: core.getInput('timezone') } : {}),
      ...(core.getInput('year') ? { year: core.getInput('year') } : {}),
    });
    const files = core.getMultilineInput('files').flatMap((line) => line.split(/\s+/)).filter(Boolean);
    const reports = await checkFiles(await resolveFiles(files, options), options);
    for (const report of reports) {
      for (const d of report.diagnostics) {
        const properties = { file: report.path, startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn, title: d.rule };
        if (d.severity === 'error') core.error(d.message, properties);
        else if (d.severity === 'warning') core.warning(d.message, properties);
        else core.notice(d.message, properties);
      }
    }
    const { errors, warnings } = countDiagnostics(reports);
    core.setOutput('sessions', reports.reduce((n, r) => n + r.programme.sessions.length, 0));
    core.setOutput('errors', errors);
    core.setOutput('warnings', warnings);
    if (errors > 0) core.setFailed(`${errors} schedule error(s) found`);
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}
