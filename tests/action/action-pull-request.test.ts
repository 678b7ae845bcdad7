import { existsSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTempRepos, git } from '../helpers/temp-git.js';
import { bundleAction, repoRoot, runAction, workflowCommands } from '../helpers/run-action.js';

const validProgramme = readFileSync(join(repoRoot, 'examples', 'programme.md'), 'utf8');

// Twelve rows whose dates do not exist: more errors than GitHub annotates in a step.
const manyErrors = [
  '# Programme 2027',
  '',
  '| SESSIONS | DATES | HORAIRES |',
  '| --- | --- | --- |',
  ...Array.from({ length: 12 }, (_, i) => `| Atelier ${i + 1} | 3${i % 2} février | 9h - 12h |`),
  '',
].join('\n');

let bundle: string;
beforeAll(() => {
  bundle = bundleAction();
});

function pullRequest(baseSha: string): unknown {
  return { pull_request: { number: 7, base: { sha: baseSha, ref: 'main' }, head: { sha: '0'.repeat(40) } } };
}

describe('the Action on a pull request', () => {
  it('annotates the first 9 errors in file order (the failure message is the tenth), counts the rest in one notice, lists all in the summary, and pushes nothing', async () => {
    const repos = createTempRepos({ 'programme.md': validProgramme });
    const baseSha = git(repos.origin, 'rev-parse', 'main').trim();
    repos.write(repos.work, 'programme.md', manyErrors);
    git(repos.work, 'commit', '--quiet', '-am', 'Break every date');
    const run = await runAction({ bundle, workspace: repos.work, event: 'pull_request', payload: pullRequest(baseSha), ref: 'refs/pull/7/merge', inputs: { files: 'programme.md' } });

    expect(run.code).toBe(1);
    const commands = workflowCommands(run.stdout);
    const errors = commands.filter((c) => c.startsWith('::error '));
    // GitHub shows 10 error annotations per step, the step's failure message among them.
    expect(errors).toHaveLength(9);
    expect(commands.filter((c) => c.startsWith('::error'))).toHaveLength(10);
    // Rows 5.. hold the sessions; the dates cell of row n starts at column 16 (or 17 from "Atelier 10").
    expect(errors.map((c) => /line=(\d+)/.exec(c)?.[1])).toEqual(['5', '6', '7', '8', '9', '10', '11', '12', '13']);
    expect(errors[0]).toMatch(/^::error title=invalid-date,file=programme.md,line=5,endLine=5,col=\d+,endColumn=\d+::"30 février"/);
    // The cap's notice has no file: the other notices (an info on a line) are not it.
    const notices = commands.filter((c) => c.startsWith('::notice::'));
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain('3 more errors');
    expect(notices[0]).toContain('job summary');
    // The summary carries every one of the 12, and the failure names the rule broken.
    expect(run.summary.match(/invalid-date/g)).toHaveLength(12);
    expect(commands.at(-1)).toMatch(/^::error::The programmes have 12 errors/);
    expect(git(repos.origin, 'rev-parse', 'main').trim()).toBe(baseSha);
    expect(run.outputs).toMatchObject({ errors: '12', warnings: '0', sessions: '12', 'commit-sha': '' });
    expect(readFileSync(join(repos.work, run.outputs['report']!), 'utf8')).toContain('"errors": 12');
  });

  it('writes the calendar the pull request would publish to the artifact folder, and pushes nothing', async () => {
    const repos = createTempRepos({ 'programme.md': validProgramme });
    const baseSha = git(repos.origin, 'rev-parse', 'main').trim();
    repos.write(repos.work, 'programme.md', validProgramme.replace('| 18 février |', '| 25 février |'));
    git(repos.work, 'commit', '--quiet', '-am', 'Move the mentors session');
    const run = await runAction({ bundle, workspace: repos.work, event: 'pull_request', payload: pullRequest(baseSha), ref: 'refs/pull/7/merge', inputs: { files: 'programme.md' } });
    expect(run.code).toBe(0);
    expect(run.outputs['calendars']).toBe('programme-sync-artifacts/programme.ics');
    const calendar = readFileSync(join(repos.work, 'programme-sync-artifacts', 'programme.ics'), 'utf8');
    expect(calendar).toContain('DTSTART:20270225T130000Z');
    // The pull request's working tree is not written to: the calendar is only an artifact.
    expect(existsSync(join(repos.work, 'programme.ics'))).toBe(false);
    expect(run.summary).toMatch(/moved/i);
    expect(git(repos.origin, 'rev-parse', 'main').trim()).toBe(baseSha);
  });

  it('passes with fail-on never, still annotating, and then has all 10 error places for the diagnostics', async () => {
    const repos = createTempRepos({ 'programme.md': manyErrors });
    const baseSha = git(repos.origin, 'rev-parse', 'main').trim();
    const run = await runAction({ bundle, workspace: repos.work, event: 'pull_request', payload: pullRequest(baseSha), inputs: { 'fail-on': 'never' } });
    expect(run.code).toBe(0);
    expect(workflowCommands(run.stdout).filter((c) => c.startsWith('::error '))).toHaveLength(10);
  });

  it('tells subscribers what changes compared with the base, fetching the base commit when the clone lacks it', async () => {
    const repos = createTempRepos({ 'programme.md': validProgramme });
    // The base branch moves on after the clone: its commit is not in the runner's clone.
    repos.write(repos.other, 'programme.md', validProgramme.replace('| Mentors | 10 juin |', '| Mentors | 17 juin |'));
    git(repos.other, 'pull', '--quiet', '--no-rebase', 'origin', 'main');
    repos.commitAndPushAll(repos.other, 'Move the June mentors session');
    const baseSha = git(repos.origin, 'rev-parse', 'main').trim();
    expect(() => git(repos!.work, 'cat-file', '-e', `${baseSha}^{commit}`)).toThrow();
    const head = validProgramme
      .replace('| Fellows | 8 avril |', '| Fellows | 15 avril |')
      .replace('| Mentors | 18 février | 14h - 18h |', '| ~~Mentors~~ | ~~18 février~~ | ~~14h - 18h~~ |');
    repos.write(repos.work, 'programme.md', head);
    const run = await runAction({ bundle, workspace: repos.work, event: 'pull_request', payload: pullRequest(baseSha) });
    expect(run.code).toBe(0);
    const changes = run.summary.slice(run.summary.indexOf('What changes for subscribers'), run.summary.indexOf('### Sessions of'));
    expect(changes).toMatch(/\| cancelled \| Mentors \| 2027-02-18/);
    expect(changes).toMatch(/\| moved \| Fellows \| 2027-04-08.*\| 2027-04-15/);
    // The base says 17 June, the pull request (branched earlier) 10 June: merging it moves that session back.
    expect(changes).toMatch(/\| moved \| Mentors \| 2027-06-17.*\| 2027-06-10/);
    expect(changes.match(/^\| (added|moved|cancelled|removed) /gm)).toHaveLength(3);
  });

  it('forges no workflow command from a session title or a file name', async () => {
    const hostile = [
      '# Programme 2027',
      '',
      '| SESSIONS | DATES | HORAIRES |',
      '| --- | --- | --- |',
      '| ::error::forged title | 30 février | 9h - 12h |',
      '| ::add-mask::Maison | 4 mars | 9h - 12h |',
      '',
    ].join('\n');
    const repos = createTempRepos({ 'programme.md': hostile });
    renameSync(join(repos.work, 'programme.md'), join(repos.work, '::warning::forged file.md'));
    const baseSha = git(repos.origin, 'rev-parse', 'main').trim();
    const run = await runAction({ bundle, workspace: repos.work, event: 'pull_request', payload: pullRequest(baseSha), inputs: { files: '*.md' } });
    // The report, with the file name at the start of its lines, did reach the log.
    expect(run.stdout).toContain('::warning::forged file.md:5:');
    const commands = workflowCommands(run.stdout);
    expect(commands.filter((c) => /^::(warning|error|add-mask)::(forged|Maison)/.test(c))).toEqual([]);
    // Our own annotation quotes the title inside its escaped message and property values.
    expect(commands.filter((c) => c.startsWith('::error '))).toHaveLength(1);
    expect(commands.find((c) => c.startsWith('::error '))).toContain('file=%3A%3Awarning%3A%3Aforged file.md');
  });

  it('refuses an invalid input with a message that names it', async () => {
    const repos = createTempRepos({ 'programme.md': validProgramme });
    for (const [name, value] of [
      ['fail-on', 'sometimes'],
      ['artifact-dir', '../outside'],
      ['files', '../../etc/*.md'],
      ['year', '27'],
      ['timezone', 'Paris'],
      ['language', 'de'],
      ['commit', 'yes'],
    ] as const) {
      const run = await runAction({ bundle, workspace: repos.work, event: 'pull_request', payload: {}, inputs: { [name]: value } });
      expect(run.code, name).toBe(1);
      expect(workflowCommands(run.stdout).at(-1), name).toContain(`The input "${name}" is "${value}"`);
    }
  });
});
