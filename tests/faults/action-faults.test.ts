import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleAction, repoRoot, runAction } from '../helpers/run-action.js';
import { createTempRepos, git } from '../helpers/temp-git.js';
import { withImmutable } from './fault-helpers.js';

/* The Action writes the files it generates all together: one it cannot write fails the step, names the file, and nothing is committed. */

const programme =
  '<!-- programme-sync:archives -->\nan old line\n<!-- /programme-sync:archives -->\n\n' + readFileSync(join(repoRoot, 'examples', 'programme.md'), 'utf8');

let bundle: string;
beforeAll(() => {
  bundle = bundleAction();
});

describe('the Action on push, when a generated file cannot be written', () => {
  it('fails naming the file, writes none of the generated files, and commits nothing', async (ctx) => {
    const repos = createTempRepos({ 'programme.md': programme });
    const work = repos.work;
    const before = git(repos.origin, 'rev-parse', 'main').trim();
    await withImmutable(ctx, join(work, 'programme.md'), async () => {
      const run = await runAction({ bundle, workspace: work, event: 'push', payload: {} });
      expect(run.code, run.stdout).toBe(1);
      expect(run.stdout).toContain('::error::cannot write programme.md: permission denied. None of the files to generate was written.');
      expect(existsSync(join(work, 'programme.ics'))).toBe(false);
      expect(readFileSync(join(work, 'programme.md'), 'utf8')).toBe(programme);
    });
    expect(git(repos.origin, 'rev-parse', 'main').trim()).toBe(before);
  });
});
