import { execFile, execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gitEnv } from './temp-git.js';
import { temporaryFolder } from './temporary-folder.js';

/** The repository root of the code under test. */
export const repoRoot = resolve(import.meta.dirname, '..', '..');

/** Bundles the Action from this working tree into a fresh temporary folder (never the committed dist/). */
export function bundleAction(): string {
  const outdir = temporaryFolder('dist');
  execFileSync(process.execPath, ['scripts/build.mjs', '--outdir', outdir], { cwd: repoRoot, stdio: 'pipe' });
  return join(outdir, 'index.js');
}

/** The defaults action.yml gives, as the runner would pass them. */
const defaultInputs: Record<string, string> = {
  files: '',
  timezone: '',
  year: '',
  language: '',
  commit: 'true',
  'commit-message': 'Refresh the programme calendar',
  token: 'ghs_testtoken0123456789abcdefABCDEF',
  'fail-on': 'error',
  'artifact-dir': 'programme-sync-artifacts',
};

/** What one run of the Action left behind. */
export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

/** How to start the Action: the event, its payload, the inputs. */
export interface ActionCall {
  bundle: string;
  workspace: string;
  event: string;
  payload?: unknown;
  ref?: string;
  inputs?: Record<string, string>;
}

/** Runs the bundled Action as the runner does: GITHUB_* variables, INPUT_*, output and summary files. */
export async function runAction(call: ActionCall): Promise<ActionRun> {
  const scratch = temporaryFolder('runner');
  const eventPath = join(scratch, 'event.json');
  writeFileSync(eventPath, JSON.stringify(call.payload ?? {}));
  const outputPath = join(scratch, 'output');
  const summaryPath = join(scratch, 'summary');
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  const env: NodeJS.ProcessEnv = {
    ...gitEnv(),
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: call.workspace,
    GITHUB_EVENT_NAME: call.event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REF: call.ref ?? 'refs/heads/main',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    RUNNER_TEMP: scratch,
  };
  // The runner names inputs INPUT_<NAME upper-cased>, hyphens kept.
  for (const [name, value] of Object.entries({ ...defaultInputs, ...call.inputs })) env[`INPUT_${name.toUpperCase()}`] = value;
  const { code, stdout, stderr } = await new Promise<{ code: number; stdout: string; stderr: string }>((done) => {
    execFile(process.execPath, [call.bundle], { cwd: call.workspace, env, encoding: 'utf8' }, (error, stdout, stderr) => {
      done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
  return { code, stdout, stderr, outputs: parseOutputs(readFileSync(outputPath, 'utf8')), summary: readFileSync(summaryPath, 'utf8') };
}

/** Reads the `name<<DELIMITER ... DELIMITER` blocks @actions/core writes to GITHUB_OUTPUT. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[i]!);
    if (!match) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== match[2]; i++) value.push(lines[i]!);
    outputs[match[1]!] = value.join('\n');
  }
  return outputs;
}

/** The workflow commands (`::name ...::message`) the runner would obey in a log, outside stop-commands blocks. */
export function workflowCommands(stdout: string): string[] {
  const commands: string[] = [];
  let stoppedUntil: string | undefined;
  for (const line of stdout.split(/\r?\n/)) {
    if (stoppedUntil !== undefined) {
      if (line === `::${stoppedUntil}::`) stoppedUntil = undefined;
      continue;
    }
    const stop = /^::stop-commands::(.+)$/.exec(line);
    if (stop) stoppedUntil = stop[1];
    else if (line.trimStart().startsWith('::')) commands.push(line.trimStart());
  }
  return commands;
}
