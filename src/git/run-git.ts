/** What a git command printed and how it ended. */
export interface GitResult {
  stdout: string;
  stderr: string;
  /** 0 on success; git's exit status otherwise. */
  code: number;
}

/**
 * Runs git with an argument array in a folder and gives what it printed, whatever its exit
 * status; rejects only when git cannot be started at all. This is the one place the code
 * starts git: execFile with an argument array, never a shell, so no path, URL, message or
 * title is ever read as shell syntax. `env` replaces the environment when given.
 */
export async function attemptGit(args: readonly string[], cwd: string, env?: NodeJS.ProcessEnv): Promise<GitResult> {
  // Loaded on first use: node:child_process pulls in sockets and streams, a cost at start-up
  // that a command which never starts git (most `check`s) should not pay.
  const { execFile } = await import('node:child_process');
  return new Promise((resolve, reject) => {
    const options = { cwd, encoding: 'utf8' as const, maxBuffer: 256 * 1024 * 1024, windowsHide: true, ...(env ? { env } : {}) };
    execFile('git', [...args], options, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') {
        reject(error);
        return;
      }
      resolve({ stdout, stderr, code: error ? (error.code as number) : 0 });
    });
  });
}

/**
 * Runs a git query in a folder and gives its standard output, or undefined when git is
 * missing or fails (not a repository, no commit yet, no such remote): callers then fall
 * back to the file system.
 */
export async function runGit(args: readonly string[], cwd: string): Promise<string | undefined> {
  try {
    const result = await attemptGit(args, cwd);
    return result.code === 0 ? result.stdout : undefined;
  } catch {
    return undefined;
  }
}

/**
 * runGit for a caller that cannot wait (the reader, in the middle of a document): the
 * same argument array and the same answer, undefined when git is missing or fails.
 * node:child_process is loaded on first use here too.
 */
export function runGitSync(args: readonly string[], cwd: string): string | undefined {
  try {
    return process
      .getBuiltinModule('node:child_process')
      .execFileSync('git', [...args], { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'], windowsHide: true });
  } catch {
    return undefined;
  }
}
