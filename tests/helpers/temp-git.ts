import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { temporaryFolder } from './temporary-folder.js';

/** Runs git in a folder with a fixed identity and no user or system config. */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', env: gitEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
}

/** An environment in which git ignores the machine's config (so tests behave the same everywhere). */
export function gitEnv(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: 'Coordinator',
    GIT_AUTHOR_EMAIL: 'coordinator@example.org',
    GIT_COMMITTER_NAME: 'Coordinator',
    GIT_COMMITTER_EMAIL: 'coordinator@example.org',
  };
}

/** A bare origin, a seeded history on `main`, and a shallow clone of it as a runner checks out. */
export interface TempRepos {
  root: string;
  origin: string;
  /** The clone the action works in (shallow, on `main`). */
  work: string;
  /** Another person's clone, for racing pushes. */
  other: string;
  /** Writes a file (creating folders) in a clone. */
  write(clone: string, path: string, text: string): void;
  /** Commits everything in a clone and pushes it to origin/main. */
  commitAndPushAll(clone: string, message: string): void;
  /** The subjects of origin/main, newest first. */
  originLog(): string[];
}

/** Creates the repositories in a temporary folder, seeding origin with the given files. */
export function createTempRepos(files: Record<string, string>): TempRepos {
  const root = temporaryFolder('git');
  const origin = join(root, 'origin.git');
  git(root, 'init', '--quiet', '--bare', '--initial-branch=main', origin);
  const seed = join(root, 'seed');
  git(root, 'init', '--quiet', '--initial-branch=main', seed);
  const write = (clone: string, path: string, text: string): void => {
    mkdirSync(dirname(join(clone, path)), { recursive: true });
    writeFileSync(join(clone, path), text);
  };
  const commitAndPushAll = (clone: string, message: string): void => {
    git(clone, 'add', '--all');
    git(clone, 'commit', '--quiet', '-m', message);
    git(clone, 'push', '--quiet', 'origin', 'HEAD:refs/heads/main');
  };
  for (const [path, text] of Object.entries(files)) write(seed, path, text);
  git(seed, 'remote', 'add', 'origin', origin);
  commitAndPushAll(seed, 'Seed the programme');
  // Two commits so that a depth-1 clone really is shallow.
  write(seed, 'NOTES.md', 'Notes\n');
  commitAndPushAll(seed, 'Add notes');
  const work = join(root, 'work');
  // A file:// URL, since a depth is ignored for plain local paths: actions/checkout clones with depth 1.
  git(root, 'clone', '--quiet', '--depth=1', '--branch=main', pathToFileURL(origin).href, work);
  const other = join(root, 'other');
  git(root, 'clone', '--quiet', '--branch=main', origin, other);
  return {
    root,
    origin,
    work,
    other,
    write,
    commitAndPushAll,
    originLog: () => git(origin, 'log', '--format=%s', 'main').trim().split('\n'),
  };
}

/** Installs an executable hook script in a repository (bare or not). */
export function installHook(gitDir: string, name: string, script: string): void {
  const path = join(gitDir, 'hooks', name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, script);
  chmodSync(path, 0o755);
}
