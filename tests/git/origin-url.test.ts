import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { temporaryFolder } from '../helpers/temporary-folder.js';
import { originUrl } from '../../src/git/origin-url.js';

let folder: string;
const git = (...args: string[]) => execFileSync('git', args, { cwd: folder, stdio: 'pipe' });

beforeEach(() => {
  folder = temporaryFolder('origin');
  git('init', '--quiet');
});

describe('the origin remote of a repository', () => {
  it('is read as git reads it, among other remotes', async () => {
    git('remote', 'add', 'upstream', 'https://github.com/other/repo.git');
    git('remote', 'add', 'origin', 'git@github.com:acme/fellows.git');
    expect(await originUrl(folder)).toBe('git@github.com:acme/fellows.git');
  });

  it('is undefined when there is no origin', async () => {
    git('remote', 'add', 'upstream', 'https://github.com/other/repo.git');
    expect(await originUrl(folder)).toBeUndefined();
  });

  it('follows git when the config rewrites URLs (insteadOf)', async () => {
    git('config', 'url.https://github.com/.insteadOf', 'gh:');
    git('remote', 'add', 'origin', 'gh:acme/fellows');
    expect(await originUrl(folder)).toBe('https://github.com/acme/fellows');
  });
});

describe('the origin remote seen from a sub-folder', () => {
  it('is the repository\'s, found upwards', async () => {
    git('remote', 'add', 'origin', 'https://github.com/acme/fellows.git');
    execFileSync('mkdir', ['-p', join(folder, 'docs', 'programme')]);
    expect(await withoutGit(() => originUrl(join(folder, 'docs', 'programme')))).toBe('https://github.com/acme/fellows.git');
  });
});

describe('the origin remote outside any repository', () => {
  it('is undefined', async () => {
    expect(await originUrl(temporaryFolder('no-repository'))).toBeUndefined();
  });
});

/** What `call` gives with no git to be found: the answer was read from the files, not asked of git. */
async function withoutGit<T>(call: () => Promise<T>): Promise<T> {
  const path = process.env['PATH'];
  process.env['PATH'] = temporaryFolder('no-git-here');
  try {
    return await call();
  } finally {
    process.env['PATH'] = path;
  }
}

describe('the origin remote of a work tree whose .git is a file', () => {
  it('is the main repository\'s, in a linked work tree (git worktree add)', async () => {
    git('remote', 'add', 'origin', 'https://github.com/acme/fellows.git');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '--quiet', '--allow-empty', '-m', 'first');
    const linked = join(temporaryFolder('origin-worktree'), 'linked');
    git('worktree', 'add', '--quiet', linked);
    execFileSync('mkdir', ['-p', join(linked, 'docs')]);
    expect(await withoutGit(() => originUrl(join(linked, 'docs')))).toBe('https://github.com/acme/fellows.git');
  });

  it('is the submodule\'s own, where .git names the submodule\'s folder inside its parent', async () => {
    const inner = temporaryFolder('origin-submodule-source');
    execFileSync('git', ['init', '--quiet'], { cwd: inner });
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '--quiet', '--allow-empty', '-m', 'first'], { cwd: inner });
    git('remote', 'add', 'origin', 'https://github.com/acme/parent.git');
    git('-c', 'protocol.file.allow=always', 'submodule', '--quiet', 'add', inner, 'programme');
    git('-C', 'programme', 'remote', 'set-url', 'origin', 'https://github.com/acme/programme.git');
    expect(await withoutGit(() => originUrl(join(folder, 'programme')))).toBe('https://github.com/acme/programme.git');
  });

  it('is read by git when a .git file names no folder git can find', async () => {
    const broken = temporaryFolder('origin-broken');
    execFileSync('sh', ['-c', 'echo "gitdir: /nonexistent/repository" > .git'], { cwd: broken });
    expect(await originUrl(broken)).toBeUndefined();
  });
});
