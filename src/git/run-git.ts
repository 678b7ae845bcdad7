import { execFile } from 'node:child_process';

/**
 * Runs git with an argument array (never a shell, so no path or URL is ever interpreted)
 * in a folder, and gives its standard output, or undefined when git is missing or fails
 * (not a repository, no commit yet, no such remote): callers then fall back to the file system.
 */
export function runGit(args: string[], cwd: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile('git', args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, windowsHide: true }, (error, stdout) => {
      resolve(error ? undefined : stdout);
    });
  });
}
