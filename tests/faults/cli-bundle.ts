import { build } from 'esbuild';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from '../helpers/run-action.js';
import { temporaryFolder } from '../helpers/temporary-folder.js';

/** Bundles the command line from this working tree into a fresh temporary folder (never the committed dist/); returns the script. */
export async function bundleCli(): Promise<string> {
  const folder = temporaryFolder('cli');
  await build({
    entryPoints: [join(repoRoot, 'src', 'cli.ts')],
    outfile: join(folder, 'cli.mjs'),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    // Bundled CommonJS dependencies call require(); ESM output needs one to exist.
    banner: { js: "import { createRequire as __psCreateRequire } from 'node:module'; const require = __psCreateRequire(import.meta.url);" },
    logLevel: 'warning',
  });
  return join(folder, 'cli.mjs');
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

/** The environment of a CLI run: the test's, without GitHub's variables, with a fixed SOURCE_DATE_EPOCH. */
export function cliEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, SOURCE_DATE_EPOCH: '1548288000' };
  delete env['GITHUB_REPOSITORY'];
  return env;
}
