import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from '../helpers/run-action.js';
import { temporaryFolder } from '../helpers/temporary-folder.js';

/** Bundles the command line from this working tree into a fresh temporary folder (never the committed dist/), as `npm run build` does; returns the script. */
export async function bundleCli(): Promise<string> {
  const folder = temporaryFolder('cli');
  await new Promise<void>((done, fail) => {
    execFile(process.execPath, ['scripts/build.mjs', '--outdir', folder], { cwd: repoRoot }, (error) => (error ? fail(error) : done()));
  });
  return join(folder, 'cli.js');
}

/** What one run of the command line printed, and how it ended. */
export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs the bundled command line in a folder, SOURCE_DATE_EPOCH fixed so that builds compare byte for byte. */
export function runBundledCli(cli: string, args: string[], cwd: string): Promise<CliRun> {
  return new Promise((done) => {
    execFile(process.execPath, [cli, ...args], { cwd, env: cliEnv(), encoding: 'utf8' }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
      done({ code, signal: (error?.signal as NodeJS.Signals | undefined) ?? null, stdout, stderr });
    });
  });
}

/**
 * The environment of a CLI run: the test's, without GitHub's variables, with a fixed
 * SOURCE_DATE_EPOCH, and without the code cache, which would leave a file in the system's
 * temporary folder for every bundle a test makes (tests/cli/code-cache.test.ts tests it).
 */
export function cliEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, SOURCE_DATE_EPOCH: '1548288000', NODE_DISABLE_COMPILE_CACHE: '1' };
  delete env['GITHUB_REPOSITORY'];
  return env;
}
