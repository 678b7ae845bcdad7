import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTempRepos, git } from '../helpers/temp-git.js';
import { bundleAction, repoRoot, runAction, workflowCommands } from '../helpers/run-action.js';

// 31 June does not exist: one error to annotate. 8 April at 9h30 is the session whose
// time in UTC tells which time zone the calendar was written in.
const programme = readFileSync(join(repoRoot, 'examples', 'programme.md'), 'utf8').replace('| Mentors | 10 juin |', '| Mentors | 31 juin |');
const config = JSON.stringify({ language: 'fr', timezone: 'America/New_York' });

let bundle: string;
beforeAll(() => {
  bundle = bundleAction();
});

async function pullRequestRun(inputs: Record<string, string> = {}) {
  const repos = createTempRepos({ 'programme.md': programme, '.programme-sync.json': config });
  const baseSha = git(repos.origin, 'rev-parse', 'main').trim();
  const payload = { pull_request: { number: 7, base: { sha: baseSha, ref: 'main' }, head: { sha: '0'.repeat(40) } } };
  const run = await runAction({ bundle, workspace: repos.work, event: 'pull_request', payload, inputs: { files: 'programme.md', ...inputs } });
  const calendar = readFileSync(join(repos.work, 'programme-sync-artifacts', 'programme.ics'), 'utf8');
  return { run, commands: workflowCommands(run.stdout), calendar };
}

describe('the Action with a .programme-sync.json', () => {
  it('takes the language and time zone of the config file when the inputs leave them empty', async () => {
    const { run, commands, calendar } = await pullRequestRun();
    expect(run.code).toBe(1);
    const errors = commands.filter((c) => c.startsWith('::error '));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^::error title=invalid-date,file=programme.md,.*::« 31 juin » dans .* n’est pas une vraie date/);
    expect(commands.at(-1)).toMatch(/^::error::Les programmes ont 1 erreurs/);
    expect(run.summary).toContain('Problèmes');
    // 9h30 in New York (summer time, UTC-4), not in Paris (UTC+2).
    expect(calendar).toContain('DTSTART:20270408T133000Z');
  });

  it('lets an input that is set win over the config file', async () => {
    const { run, commands, calendar } = await pullRequestRun({ language: 'en', timezone: 'Europe/Paris' });
    expect(run.code).toBe(1);
    expect(commands.find((c) => c.startsWith('::error '))).toMatch(/::"31 juin" in .* is not a real date/);
    expect(commands.at(-1)).toMatch(/^::error::The programmes have 1 errors/);
    expect(run.summary).not.toContain('Problèmes');
    expect(calendar).toContain('DTSTART:20270408T073000Z');
  });
});
