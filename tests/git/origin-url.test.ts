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
    expect(await originUrl(join(folder, 'docs', 'programme'))).toBe('https://github.com/acme/fellows.git');
  });
});

describe('the origin remote outside any repository', () => {
  it('is undefined', async () => {
    expect(await originUrl(temporaryFolder('no-repository'))).toBeUndefined();
  });
});
