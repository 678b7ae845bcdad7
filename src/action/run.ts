import * as core from '@actions/core';
import { mkdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { say } from '../diagnostics/catalogue.js';
import { checkReportLinks } from '../engine/check-report-links.js';
import type { Language } from '../diagnostics/language.js';
import { checkProgrammeFiles, runLanguage } from '../engine/check-programme-files.js';
import type { FileReport } from '../report/file-report.js';
import { countDiagnostics } from '../report/counts.js';
import { formatJsonReport } from '../report/json-report.js';
import { formatTextReport } from '../report/text-report.js';
import { writeFileAtomic } from '../fs/write-file-atomic.js';
import { planAnnotations, writeAnnotations } from './annotations.js';
import { readBaseChanges, type BaseChanges } from './base-changes.js';
import { commitAndPush, PushDeniedError, PushGaveUpError, type CommitOutcome } from './commit-and-push.js';
import { readEventRoute } from './event.js';
import { buildOptionsOf, confirmsRemovals, generateOutputs } from './generate-outputs.js';
import type { GeneratedFile } from './generated-file.js';
import { authorizationHeader, Git, needsCredentials } from './git.js';
import { formatJobSummary } from './job-summary.js';
import { findProgrammeFiles } from './programme-files.js';
import { logUntrusted } from './safe-log.js';
import { InputError, readSettingsFromInputs, type Settings } from './settings.js';
import { relativePosix } from '../fs/paths.js';
import { writeGeneratedFiles } from './write-generated-files.js';

/**
 * The Action. On push, workflow_dispatch and schedule: check, generate, commit the
 * refreshed files and push. On pull requests: check only, compare with the base, never
 * push. Every run annotates the diagnostics, writes the job summary, the artifacts and the
 * outputs, and fails the step as `fail-on` says.
 */
export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  let language: Language = 'en';
  try {
    const workspace = resolve(env['GITHUB_WORKSPACE'] ?? process.cwd());
    // Paths in reports and generated file names are relative to the repository root.
    process.chdir(workspace);
    const settings = readSettingsFromInputs(workspace);
    language = settings.language;
    if (settings.token) {
      core.setSecret(settings.token);
      core.setSecret(authorizationHeader(settings.token).slice('AUTHORIZATION: basic '.length));
    }
    const route = await readEventRoute(env);
    if (route.kind === 'pull-request' && route.target) core.warning(say(language, 'action-pull-request-target', {}));

    const git = new Git(workspace);
    const authenticate = async (): Promise<void> => {
      const serverUrl = env['GITHUB_SERVER_URL'] || 'https://github.com';
      if (await needsCredentials(git, serverUrl, settings.token)) git.useCredentials({ serverUrl, token: settings.token });
    };

    let reports: FileReport[] = [];
    let outputs: GeneratedFile[] = [];
    // A push confirms a large removal with a line of its commit message, for that push only.
    const allowRemovals = route.kind === 'push' && confirmsRemovals(await headMessage(git));
    const checkAndGenerate = async (): Promise<void> => {
      reports = [];
      // Each programme's .programme-sync.json sets what the inputs leave empty.
      const checked = checkProgrammeFiles(findProgrammeFiles(settings), settings);
      language = runLanguage(checked, settings);
      const facts = { defaultBranch: route.defaultBranch, githubRepository: env['GITHUB_REPOSITORY'] };
      // Link diagnostics come after the rules ran: ignore comments and rule settings apply to them too.
      reports = await checkReportLinks(checked, buildOptionsOf(facts).links, language);
      ({ files: outputs, reports } = await generateOutputs(reports, facts, allowRemovals));
    };

    let commit: CommitOutcome | undefined;
    let stale = 0;
    let pushFailure: Error | undefined;
    let notABranch = false;
    if (route.kind === 'push') {
      const refresh = async (): Promise<string[]> => {
        await checkAndGenerate();
        stale = await countStale(outputs);
        return writeGeneratedFiles(workspace, outputs, language);
      };
      if (settings.commit && route.branch) {
        await authenticate();
        try {
          commit = await commitAndPush({ git, branch: route.branch, refresh, message: settings.commitMessage });
          if (commit.changed) core.info(say(language, 'action-committed', { sha: commit.sha, branch: route.branch, files: commit.files }));
          else core.info(say(language, 'action-nothing-to-commit', {}));
        } catch (error) {
          if (!(error instanceof PushDeniedError || error instanceof PushGaveUpError)) throw error;
          pushFailure = error;
        }
      } else {
        notABranch = settings.commit;
        if (notABranch) core.notice(say(language, 'action-not-a-branch', { ref: route.ref || 'HEAD' }));
        await refresh();
      }
    } else {
      await checkAndGenerate();
      stale = await countStale(outputs);
    }

    let changes: BaseChanges | undefined;
    if (route.kind === 'pull-request' && route.baseSha) {
      await authenticate();
      changes = await readBaseChanges(git, route.baseSha, reports);
    }

    const { errors, warnings } = countDiagnostics(reports);
    // A calendar left as it was, rather than emptied or cut, fails a push: someone must look.
    const refusals = reports.flatMap((report) => report.refused ?? []);
    const refusedPush = route.kind === 'push' && refusals.length > 0;
    if (route.kind !== 'push') for (const refusal of refusals) core.warning(refusal.message);
    const fails = pushFailure !== undefined || refusedPush || failsOn(settings, errors, warnings);
    const others = {
      error: fails ? 1 : 0,
      warning: route.kind === 'pull-request' && route.target ? 1 : 0,
      notice: notABranch ? 1 : 0,
    };
    writeAnnotations(planAnnotations(reports, language, others));
    // The whole list goes to the log too: annotations stop at 10 per severity.
    logUntrusted(formatTextReport(reports, language));

    const artifacts = await writeArtifacts(settings, language, reports, outputs, changes, route.kind === 'pull-request' ? route.baseSha : undefined);
    if (env['GITHUB_STEP_SUMMARY']) await core.summary.addRaw(artifacts.summary).write();

    core.setOutput('sessions', reports.reduce((n, r) => n + r.programme.sessions.length, 0));
    core.setOutput('errors', errors);
    core.setOutput('warnings', warnings);
    core.setOutput('calendars', artifacts.calendars.join('\n'));
    core.setOutput('report', artifacts.report);
    core.setOutput('changed', String(commit ? commit.changed : stale > 0));
    core.setOutput('commit-sha', commit?.changed ? commit.sha : '');

    if (pushFailure) core.setFailed(pushFailureMessage(pushFailure, language));
    else if (refusedPush) core.setFailed(refusals.map((refusal) => refusal.message).join('\n'));
    else if (fails) core.setFailed(say(language, 'action-failed', { errors, warnings, failOn: settings.failOn }));
  } catch (error) {
    // An InputError already names the input and says how to fix it; anything else is
    // reported as it came (git's own words, a file that cannot be read).
    core.setFailed(error instanceof InputError || error instanceof Error ? error.message : String(error));
  }
}

// The pushed commit's message; empty when it cannot be read (then nothing is confirmed).
async function headMessage(git: Git): Promise<string> {
  const result = await git.attempt(['log', '-1', '--format=%B', 'HEAD']);
  return result.code === 0 ? result.stdout : '';
}

function failsOn(settings: Settings, errors: number, warnings: number): boolean {
  if (settings.failOn === 'never') return false;
  return errors > 0 || (settings.failOn === 'warning' && warnings > 0);
}

function pushFailureMessage(error: Error, language: Language): string {
  if (error instanceof PushDeniedError) return say(language, 'action-push-denied', { branch: error.branch, sha: error.sha, detail: error.detail });
  if (error instanceof PushGaveUpError) return say(language, 'action-push-gave-up', { branch: error.branch, attempts: error.attempts });
  return error.message;
}

async function countStale(outputs: readonly GeneratedFile[]): Promise<number> {
  let count = 0;
  for (const output of outputs) {
    const current = await readFile(output.path).catch(() => undefined);
    const content = typeof output.content === 'string' ? Buffer.from(output.content, 'utf8') : Buffer.from(output.content);
    if (!current || !current.equals(content)) count++;
  }
  return count;
}

/** Writes the calendars, the JSON report and the summary to the artifact folder. */
async function writeArtifacts(
  settings: Settings,
  language: Language,
  reports: readonly FileReport[],
  outputs: readonly GeneratedFile[],
  changes: BaseChanges | undefined,
  baseSha: string | undefined,
): Promise<{ calendars: string[]; report: string; summary: string }> {
  const { workspace, artifactDir } = settings;
  await mkdir(artifactDir, { recursive: true });
  // The calendars keep their path from the repository root, so two programmes in two
  // folders cannot overwrite each other's calendar.
  const calendars = outputs.filter((output) => output.path.endsWith('.ics'));
  await writeGeneratedFiles(artifactDir, calendars, language);
  const reportPath = join(artifactDir, 'report.json');
  writeFileAtomic(reportPath, formatJsonReport([...reports]));
  const summary = formatJobSummary({
    files: reports,
    language,
    ...(changes ? { changes } : {}),
    ...(baseSha ? { baseSha } : {}),
    artifactDir: relativePosix(workspace, artifactDir),
  });
  writeFileAtomic(join(artifactDir, 'summary.md'), summary);
  return {
    calendars: calendars.map((calendar) => relativePosix(workspace, join(artifactDir, calendar.path))),
    report: relativePosix(workspace, reportPath),
    summary,
  };
}
