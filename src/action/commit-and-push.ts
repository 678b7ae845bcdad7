import { setTimeout as sleep } from 'node:timers/promises';
import type { Git } from './git.js';
import { GitError } from './git.js';
import { classifyPush } from './push-outcome.js';

/** The identity GitHub shows for commits made by the workflow's token. */
export const botIdentity = {
  name: 'github-actions[bot]',
  email: '41898282+github-actions[bot]@users.noreply.github.com',
} as const;

/** How to commit the refreshed files and push them to the branch. */
export interface CommitAndPushOptions {
  git: Git;
  /** The branch to push to (without `refs/heads/`). */
  branch: string;
  /**
   * Reads the programmes as they are in the working tree, writes what the tool generates,
   * and returns the paths it generated (relative, forward slashes). Called again from the
   * new tip each time the branch moved under us.
   */
  refresh: () => Promise<string[]>;
  message: string;
  /** The remote to push to; `origin` in a checkout. */
  remote?: string;
  /** How many pushes to try before giving up (default 4). */
  maxAttempts?: number;
  /** Waits before attempt `attempt` (2, 3, ...); default: a short random wait, so racing jobs spread out. */
  wait?: (attempt: number) => Promise<void>;
}

/** What commit-and-push did. */
export type CommitOutcome =
  | { changed: false; attempts: number }
  | { changed: true; sha: string; files: string[]; attempts: number };

/** The server refused the push for a reason retrying cannot fix (protected branch, read-only token). */
export class PushDeniedError extends Error {
  override readonly name = 'PushDeniedError';

  constructor(
    readonly branch: string,
    /** The local commit that could not be pushed; it stays in the clone. */
    readonly sha: string,
    /** What the server said. */
    readonly detail: string,
  ) {
    super(`push to ${branch} refused: ${detail}`);
  }
}

/** The branch kept moving: every attempt was overtaken by another push. */
export class PushGaveUpError extends Error {
  override readonly name = 'PushGaveUpError';

  constructor(
    readonly branch: string,
    readonly attempts: number,
  ) {
    super(`push to ${branch} overtaken ${attempts} times`);
  }
}

async function jitteredWait(attempt: number): Promise<void> {
  // Randomness is only for spacing out retries; nothing generated depends on it.
  await sleep(500 * attempt + Math.floor(Math.random() * 1500));
}

/**
 * Commits only the generated paths, and only when their bytes changed (`git diff --staged`),
 * as github-actions[bot], then pushes without force. When the branch moved while the job
 * ran, it fetches the new tip, moves onto it (keeping every commit someone else pushed),
 * regenerates and commits again, a few times with a short random wait.
 */
export async function commitAndPush(options: CommitAndPushOptions): Promise<CommitOutcome> {
  const { git, branch, message } = options;
  const remote = options.remote ?? 'origin';
  const maxAttempts = options.maxAttempts ?? 4;
  const wait = options.wait ?? jitteredWait;
  for (let attempt = 1; ; attempt++) {
    const paths = await options.refresh();
    if (paths.length === 0) return { changed: false, attempts: attempt };
    // Literal pathspecs: a file named `a[1].md` is that file, not a glob.
    await git.run(['--literal-pathspecs', 'add', '--', ...paths]);
    const staged = await git.attempt(['--literal-pathspecs', 'diff', '--staged', '--quiet', '--', ...paths]);
    if (staged.code === 0) return { changed: false, attempts: attempt };
    if (staged.code !== 1) throw new GitError(['diff'], staged);
    const changedPaths = (await git.run(['--literal-pathspecs', 'diff', '--staged', '--name-only', '--', ...paths])).stdout
      .split('\n')
      .filter(Boolean);
    // --only: whatever else an earlier step staged stays out of this commit. --no-verify:
    // the repository's developer hooks (installed by an earlier `npm ci`) are not for the bot.
    // Through the environment, which outranks any user.name an earlier step configured.
    await git.run(['--literal-pathspecs', 'commit', '--only', '--no-verify', '--message', message, '--', ...changedPaths], {
      GIT_AUTHOR_NAME: botIdentity.name,
      GIT_AUTHOR_EMAIL: botIdentity.email,
      GIT_COMMITTER_NAME: botIdentity.name,
      GIT_COMMITTER_EMAIL: botIdentity.email,
    });
    const sha = (await git.run(['rev-parse', 'HEAD'])).stdout.trim();
    const push = await git.attempt(['push', '--porcelain', remote, `HEAD:refs/heads/${branch}`]);
    const outcome = classifyPush(push);
    if (outcome.kind === 'pushed') return { changed: true, sha, files: changedPaths, attempts: attempt };
    if (outcome.kind === 'denied') throw new PushDeniedError(branch, sha, outcome.detail);
    if (outcome.kind === 'failed') throw new GitError(['push'], push);
    if (attempt >= maxAttempts) throw new PushGaveUpError(branch, attempt);
    await wait(attempt + 1);
    await git.run(['fetch', '--no-tags', remote, `refs/heads/${branch}`]);
    // --keep moves onto the new tip and refuses, rather than overwrite, a local change to a
    // file that differs between the two: our own commit is dropped and made again below.
    await git.run(['reset', '--keep', 'FETCH_HEAD']);
  }
}
