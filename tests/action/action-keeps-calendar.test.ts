import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseIcs } from '../calendar/parse-ics.js';
import { createTempRepos, git, type TempRepos } from '../helpers/temp-git.js';
import { bundleAction, repoRoot, runAction, workflowCommands } from '../helpers/run-action.js';

/*
 * Issue 15 end to end: the Action on a push never commits a calendar that lost a session
 * because the programme could not be read, and says so by failing the step.
 */

const example = readFileSync(join(repoRoot, 'examples', 'programme.md'), 'utf8');
const mentorsRow = '| Mentors | 18 février | 14h - 18h | Maison des projets, salle B | Rôle du mentor |';

let bundle: string;
beforeAll(() => {
  bundle = bundleAction();
});

/** Origin holding the example and the calendar the Action committed for it; the work clone on that commit. */
async function published(): Promise<{ repos: TempRepos; calendar: string }> {
  const repos = createTempRepos({ 'programme.md': example });
  const first = await runAction({ bundle, workspace: repos.work, event: 'push', payload: {} });
  expect(first.code).toBe(0);
  return { repos, calendar: git(repos.origin, 'show', 'main:programme.ics') };
}

/** The coordinator's push: the programme as given, committed from the work clone with this message. */
function push(repos: TempRepos, programme: string, message: string): string {
  repos.write(repos.work, 'programme.md', programme);
  repos.commitAndPushAll(repos.work, message);
  return git(repos.origin, 'rev-parse', 'main').trim();
}

function cutToOneRow(text: string): string {
  const lines = text.split('\n');
  const first = lines.findIndex((line) => line.startsWith('| Bootcamp'));
  return [...lines.slice(0, first + 1), ...lines.slice(first + 10)].join('\n');
}

describe('the Action on a push that breaks the programme', () => {
  it('a broken date: the committed calendar still holds the session, unchanged; the other edit goes through', async () => {
    const { repos, calendar } = await published();
    const edited = example.replace(mentorsRow, mentorsRow.replace('18 février', '30 février')).replace('| Lancement |', '| Lancement et accueil |');
    push(repos, edited, 'Edit the programme');
    const run = await runAction({ bundle, workspace: repos.work, event: 'push', payload: {} });
    // The impossible date is an error (fail-on: error); the calendar is committed all the same.
    expect(run.code).toBe(1);
    expect(run.outputs['changed']).toBe('true');
    const before = parseIcs(calendar).events;
    const after = parseIcs(git(repos.origin, 'show', 'main:programme.ics')).events;
    const mentors = before.find((event) => event.start === '2027-02-18T13:00:00Z')!;
    expect(after.find((event) => event.uid === mentors.uid)).toEqual(mentors);
    expect(after.map((event) => event.uid)).toEqual(before.map((event) => event.uid));
    expect(after.find((event) => event.start === '2027-02-08')?.summary).toBe('Bootcamp (fellows + mentors) – Lancement et accueil');
    expect(workflowCommands(run.stdout).some((c) => c.startsWith('::error') && c.includes('The calendar keeps this session as it was (18 February 2027, 14:00)'))).toBe(true);
    expect(run.summary).toContain('What the calendar of programme.md keeps as it was');
  });

  it('a push that empties the table commits nothing and fails with the reason; a push that confirms it goes through', async () => {
    const { repos, calendar } = await published();
    const emptied = example.split('\n').filter((line) => !/^\| (?!SESSIONS|-)/.test(line)).join('\n');
    const pushed = push(repos, emptied, 'Start the table again');
    const refused = await runAction({ bundle, workspace: repos.work, event: 'push', payload: {} });
    expect(refused.code).toBe(1);
    expect(git(repos.origin, 'rev-parse', 'main').trim()).toBe(pushed);
    expect(git(repos.origin, 'show', 'main:programme.ics')).toBe(calendar);
    const failure = workflowCommands(refused.stdout).find((c) => c.startsWith('::error::'));
    expect(failure).toMatch(/programme\.md cannot be read as a programme any more|programme\.ics would lose/);
    expect(failure).toContain('programme-sync: allow-removals');
    expect(refused.outputs['commit-sha']).toBe('');

    // Confirmed in the commit message: for that push, the removal is committed.
    push(repos, cutToOneRow(example), 'Keep only the bootcamp\n\nprogramme-sync: allow-removals');
    const confirmed = await runAction({ bundle, workspace: repos.work, event: 'push', payload: {} });
    expect(confirmed.code).toBe(0);
    expect(parseIcs(git(repos.origin, 'show', 'main:programme.ics')).events.map((event) => event.start)).toEqual(['2027-02-08']);
  });

  it('a pull request that would remove most events says so in its summary before it is merged', async () => {
    const { repos } = await published();
    const base = git(repos.origin, 'rev-parse', 'main').trim();
    repos.write(repos.work, 'programme.md', cutToOneRow(example));
    git(repos.work, 'commit', '--quiet', '-am', 'Cut the table');
    const run = await runAction({ bundle, workspace: repos.work, event: 'pull_request', payload: { pull_request: { base: { sha: base } } } });
    expect(run.summary).toContain('What changes for subscribers to programme.md');
    expect(run.summary).toMatch(/programme\.ics would lose 10 of its 11 events at once/);
    expect(run.summary).toContain('programme-sync: allow-removals');
    expect(workflowCommands(run.stdout).some((c) => c.startsWith('::warning') && c.includes('would lose 10 of its 11 events'))).toBe(true);
  });
});
