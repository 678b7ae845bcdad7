import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTempRepos, git, type TempRepos } from '../helpers/temp-git.js';
import { bundleAction, repoRoot, runAction, workflowCommands } from '../helpers/run-action.js';

const validProgramme = readFileSync(join(repoRoot, 'examples', 'programme.md'), 'utf8');

let bundle: string;
let repos: TempRepos | undefined;
beforeAll(() => {
  bundle = bundleAction();
});
afterEach(() => {
  repos?.cleanup();
  repos = undefined;
});

describe('the Action on push', () => {
  it('checks the programme, writes the artifacts, and commits nothing when nothing it generates changed', async () => {
    repos = createTempRepos({ 'programme.md': validProgramme });
    const before = git(repos.origin, 'rev-parse', 'main');
    const run = await runAction({ bundle, workspace: repos.work, event: 'push', payload: {} });
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ errors: '0', changed: 'false', 'commit-sha': '', report: 'programme-sync-artifacts/report.json' });
    expect(Number(run.outputs['sessions'])).toBeGreaterThan(5);
    expect(git(repos.origin, 'rev-parse', 'main')).toBe(before);
    // The token was masked before anything else could print it, and never printed otherwise.
    expect(run.stdout.split('\n')[0]).toBe('::add-mask::ghs_testtoken0123456789abcdefABCDEF');
    expect(run.stdout.split('ghs_testtoken').length).toBe(2);
    expect(readFileSync(join(repos.work, 'programme-sync-artifacts', 'summary.md'), 'utf8')).toContain('Sessions of programme.md');
    // The artifact folder's own summary (a table with a Dates column) is never taken for a programme.
    const second = await runAction({ bundle, workspace: repos.work, event: 'push', payload: {} });
    expect(second.outputs['sessions']).toBe(run.outputs['sessions']);
  });

  it('fails a push run on a programme with errors as fail-on says, annotating each', async () => {
    repos = createTempRepos({ 'examples/programme-with-errors.md': readFileSync(join(repoRoot, 'examples', 'programme-with-errors.md'), 'utf8') });
    const run = await runAction({ bundle, workspace: repos.work, event: 'push', payload: {}, ref: 'refs/tags/v1' });
    expect(run.code).toBe(1);
    const commands = workflowCommands(run.stdout);
    expect(commands.filter((c) => c.startsWith('::error title='))).toHaveLength(5);
    expect(commands.some((c) => c.startsWith('::notice::refs/tags/v1 is not a branch'))).toBe(true);
  });
});
