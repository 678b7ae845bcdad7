import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commitAndPush, PushDeniedError, PushGaveUpError } from '../../src/action/commit-and-push.js';
import { Git } from '../../src/action/git.js';
import { createTempRepos, git, gitEnv, installHook } from '../helpers/temp-git.js';

const programme = '| SESSIONS | DATES |\n| --- | --- |\n| Mentors | 21 février |\n';

// The "build" of these tests: the calendar is derived from the programme's bytes, so a
// rebuild after someone else's push visibly reflects their change.
function refreshIn(work: string, calls: string[]): () => Promise<string[]> {
  return async () => {
    const source = readFileSync(join(work, 'programme.md'), 'utf8');
    calls.push(source);
    writeFileSync(join(work, 'programme.ics'), `BEGIN:VCALENDAR\r\nX-SOURCE:${source.length}\r\nEND:VCALENDAR\r\n`);
    return ['programme.ics'];
  };
}

const noWait = async (): Promise<void> => undefined;

describe('commitAndPush', () => {
  it('commits exactly the generated files as github-actions[bot] from a shallow clone, and nothing the second time', async () => {
    const repos = createTempRepos({ 'programme.md': programme });
    const { work, origin } = repos;
    expect(git(work, 'rev-parse', '--is-shallow-repository').trim()).toBe('true');
    // Changes an earlier step made are not the tool's to commit.
    writeFileSync(join(work, 'NOTES.md'), 'edited by an earlier step\n');
    writeFileSync(join(work, 'scratch.txt'), 'untracked\n');
    const gitInWork = new Git(work, gitEnv());
    const first = await commitAndPush({ git: gitInWork, branch: 'main', refresh: refreshIn(work, []), message: 'Refresh the calendar', wait: noWait });
    expect(first.changed).toBe(true);
    expect(repos.originLog()).toEqual(['Refresh the calendar', 'Add notes', 'Seed the programme']);
    expect(git(origin, 'show', '--name-only', '--format=%an <%ae>', 'main').trim().split('\n').filter(Boolean)).toEqual([
      'github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>',
      'programme.ics',
    ]);
    expect(git(work, 'status', '--porcelain').split('\n').filter(Boolean).sort()).toEqual([' M NOTES.md', '?? scratch.txt']);
    const second = await commitAndPush({ git: gitInWork, branch: 'main', refresh: refreshIn(work, []), message: 'Refresh the calendar', wait: noWait });
    expect(second).toEqual({ changed: false, attempts: 1 });
    expect(repos.originLog()).toHaveLength(3);
  });

  it('retries from the new tip when another clone pushes during the run, keeping both commits', async () => {
    const repos = createTempRepos({ 'programme.md': programme });
    const { work, other } = repos;
    // A real pre-push hook: the first time, someone else pushes a programme change just
    // before our push reaches origin.
    installHook(join(work, '.git'), 'pre-push', `#!/bin/sh
unset GIT_DIR GIT_WORK_TREE GIT_INDEX_FILE GIT_PREFIX
marker="${join(repos.root, 'raced')}"
[ -e "$marker" ] && exit 0
touch "$marker"
cd "${other}" || exit 1
printf '| Fellows | 11 mars |\\n' >> programme.md
git add programme.md && git commit --quiet -m 'Add the March session' && git push --quiet origin HEAD:refs/heads/main
`);
    const calls: string[] = [];
    const outcome = await commitAndPush({ git: new Git(work, gitEnv()), branch: 'main', refresh: refreshIn(work, calls), message: 'Refresh the calendar', wait: noWait });
    expect(outcome).toMatchObject({ changed: true, attempts: 2 });
    expect(repos.originLog()).toEqual(['Refresh the calendar', 'Add the March session', 'Add notes', 'Seed the programme']);
    // The second build read the programme as the other person left it.
    expect(calls[1]).toContain('Fellows');
    const published = git(repos.origin, 'show', 'main:programme.ics');
    expect(published).toContain(`X-SOURCE:${calls[1]!.length}`);
  });

  it('gives up after the allowed attempts when the branch keeps moving, without losing their commits', async () => {
    const repos = createTempRepos({ 'programme.md': programme });
    const { work, other } = repos;
    installHook(join(work, '.git'), 'pre-push', `#!/bin/sh
unset GIT_DIR GIT_WORK_TREE GIT_INDEX_FILE GIT_PREFIX
cd "${other}" || exit 1
git pull --quiet --no-rebase origin main
date +%N >> busy.txt
git add busy.txt && git commit --quiet -m 'Busy branch' && git push --quiet origin HEAD:refs/heads/main
`);
    const waits: number[] = [];
    const attempt = commitAndPush({
      git: new Git(work, gitEnv()),
      branch: 'main',
      refresh: refreshIn(work, []),
      message: 'Refresh the calendar',
      maxAttempts: 3,
      wait: async (n) => void waits.push(n),
    });
    await expect(attempt).rejects.toBeInstanceOf(PushGaveUpError);
    expect(waits).toEqual([2, 3]);
    expect(repos.originLog().filter((s) => s === 'Busy branch')).toHaveLength(3);
    expect(repos.originLog()).not.toContain('Refresh the calendar');
  });

  it('stops with a refusal when origin rejects the push, leaving origin and the files as they were', async () => {
    const repos = createTempRepos({ 'programme.md': programme });
    const { work, origin } = repos;
    installHook(origin, 'pre-receive', `#!/bin/sh
echo "error: GH006: Protected branch update failed for refs/heads/main." >&2
exit 1
`);
    const before = git(origin, 'rev-parse', 'main');
    const attempt = commitAndPush({ git: new Git(work, gitEnv()), branch: 'main', refresh: refreshIn(work, []), message: 'Refresh the calendar', wait: noWait });
    const error = await attempt.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PushDeniedError);
    expect((error as PushDeniedError).detail).toContain('GH006');
    expect(git(origin, 'rev-parse', 'main')).toBe(before);
    // Nothing lost: the refreshed calendar is in the working tree and in the local commit.
    expect(readFileSync(join(work, 'programme.ics'), 'utf8')).toContain('X-SOURCE');
    expect(git(work, 'show', '--format=%s', '--no-patch', (error as PushDeniedError).sha).trim()).toBe('Refresh the calendar');
    expect(readFileSync(join(work, 'programme.md'), 'utf8')).toBe(programme);
    expect(existsSync(join(work, 'NOTES.md'))).toBe(true);
  });
});
