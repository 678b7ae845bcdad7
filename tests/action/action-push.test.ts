import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTempRepos, git } from '../helpers/temp-git.js';
import { bundleAction, repoRoot, runAction, workflowCommands } from '../helpers/run-action.js';

const validProgramme = readFileSync(join(repoRoot, 'examples', 'programme.md'), 'utf8');

let bundle: string;
beforeAll(() => {
  bundle = bundleAction();
});

describe('the Action on push', () => {
  it('commits the calendar it generated, as github-actions[bot], and a second run commits nothing', async () => {
    const repos = createTempRepos({ 'programme.md': validProgramme });
    const before = git(repos.origin, 'rev-parse', 'main').trim();
    const run = await runAction({ bundle, workspace: repos.work, event: 'push', payload: {} });
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ errors: '0', changed: 'true', report: 'programme-sync-artifacts/report.json' });
    expect(Number(run.outputs['sessions'])).toBeGreaterThan(5);
    const landed = git(repos.origin, 'rev-parse', 'main').trim();
    expect(landed).toBe(run.outputs['commit-sha']);
    expect(git(repos.origin, 'rev-parse', `${landed}^`).trim()).toBe(before);
    // Exactly the generated file, by the bot.
    expect(git(repos.origin, 'show', '--name-only', '--format=%an <%ae>', landed).trim().split('\n').filter(Boolean)).toEqual([
      'github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>',
      'programme.ics',
    ]);
    expect(git(repos.origin, 'show', `${landed}:programme.ics`)).toContain('BEGIN:VCALENDAR');
    // The calendar a subscriber would get is also in the artifacts.
    expect(readFileSync(join(repos.work, 'programme-sync-artifacts', 'programme.ics'), 'utf8')).toContain('BEGIN:VEVENT');
    // The token was masked before anything else could print it, and never printed otherwise.
    expect(run.stdout.split('\n')[0]).toBe('::add-mask::ghs_testtoken0123456789abcdefABCDEF');
    expect(run.stdout.split('ghs_testtoken').length).toBe(2);
    expect(readFileSync(join(repos.work, 'programme-sync-artifacts', 'summary.md'), 'utf8')).toContain('Sessions of programme.md');
    // Nothing changed since: no second commit. The artifact folder's own summary (a table
    // with a Dates column) is never taken for a programme.
    const second = await runAction({ bundle, workspace: repos.work, event: 'push', payload: {} });
    expect(second.code).toBe(0);
    expect(second.outputs).toMatchObject({ changed: 'false', 'commit-sha': '' });
    expect(second.outputs['sessions']).toBe(run.outputs['sessions']);
    expect(git(repos.origin, 'rev-parse', 'main').trim()).toBe(landed);
  });

  it('fails a push run on a programme with errors as fail-on says, annotating each', async () => {
    const repos = createTempRepos({ 'examples/programme-with-errors.md': readFileSync(join(repoRoot, 'examples', 'programme-with-errors.md'), 'utf8') });
    const run = await runAction({ bundle, workspace: repos.work, event: 'push', payload: {}, ref: 'refs/tags/v1' });
    expect(run.code).toBe(1);
    const commands = workflowCommands(run.stdout);
    expect(commands.filter((c) => c.startsWith('::error title='))).toHaveLength(5);
    expect(commands.some((c) => c.startsWith('::notice::refs/tags/v1 is not a branch'))).toBe(true);
  });
});
