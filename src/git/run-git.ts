/**
 * Runs git with an argument array (never a shell, so no path or URL is ever interpreted)
 * in a folder, and gives its standard output, or undefined when git is missing or fails
 * (not a repository, no commit yet, no such remote): callers then fall back to the file system.
 */
export async function runGit(args: string[], cwd: string): Promise<string | undefined> {
  // Loaded on first use: node:child_process pulls in sockets and streams, a cost at start-up
  // that a command which never starts git (most `check`s) should not pay.
  const { execFile } = await import('node:child_process');
  return new Promise((resolve) => {
    execFile('git', args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, windowsHide: true }, (error, stdout) => {
      resolve(error ? undefined : stdout);
    });
  });
}
