import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { temporaryFolder } from '../helpers/temporary-folder.js';
import { gitCommitTime } from '../../src/git/commit-time.js';

let folder: string;
const git = (...args: string[]) => execFileSync('git', args, { cwd: folder, env: { ...process.env, GIT_AUTHOR_DATE: '@1548322200 +0100', GIT_COMMITTER_DATE: '@1548322200 +0100' } });

beforeAll(() => {
  folder = temporaryFolder('commit-time');
  git('init', '-q');
  git('config', 'user.email', 'test@example.org');
  git('config', 'user.name', 'Test');
  writeFileSync(join(folder, 'programme.md'), '# Programme\n');
  git('add', 'programme.md');
  git('commit', '-q', '-m', 'programme');
  writeFileSync(join(folder, 'untracked.md'), '# Untracked\n');
});

it('reads the last commit time of a programme file', async () => {
  expect(await gitCommitTime(join(folder, 'programme.md'))).toBe(1548322200);
});

it('gives nothing for an untracked file or a folder outside any repository', async () => {
  expect(await gitCommitTime(join(folder, 'untracked.md'))).toBeUndefined();
  const outside = temporaryFolder('nogit');
  writeFileSync(join(outside, 'p.md'), 'x');
  expect(await gitCommitTime(join(outside, 'p.md'))).toBeUndefined();
});
