import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { readSettings } from '../../src/action/settings.js';
import { parseOrganizer } from '../../src/config/organizer.js';
import { runCli } from '../../src/run-cli.js';
import { temporaryFolder } from '../helpers/temporary-folder.js';

const programme = '# Programme 2019\n\n| SESSIONS | DATES | HORAIRES |\n| --- | --- | --- |\n| Mentors | 21 février | 14h - 18h |\n| EIG | 14 mars | 9h - 12h |\n';

let repo: string;
let path: string;
beforeEach(() => {
  repo = temporaryFolder('organizer');
  execFileSync('git', ['init', '--quiet', repo]);
  path = join(repo, 'programme.md');
  writeFileSync(path, programme);
});

const calendar = () => readFileSync(join(repo, 'programme.ics'), 'utf8');
const organizerLines = (text: string) => text.split('\r\n').filter((line) => /^(METHOD|ORGANIZER)[;:]/.test(line));

describe('the organizer setting', () => {
  it('reads "Name <email>" and a bare address, and refuses anything else', () => {
    expect(parseOrganizer('  Équipe EIG <eig@example.org> ')).toEqual({ name: 'Équipe EIG', email: 'eig@example.org' });
    expect(parseOrganizer('eig@example.org')).toEqual({ email: 'eig@example.org' });
    expect(parseOrganizer('<eig@example.org>')).toEqual({ email: 'eig@example.org' });
    for (const bad of ['', 'Équipe EIG', 'Équipe EIG <eig>', 'Équipe EIG eig@example.org', '"Équipe" <eig@example.org>', 'EIG <eig@exa mple.org>', 'EIG\n <eig@example.org>', 'EIG <eig@example.org']) {
      expect(parseOrganizer(bad), JSON.stringify(bad)).toBeUndefined();
    }
  });

  it('without it, build writes a calendar with no METHOD and no ORGANIZER', async () => {
    expect((await runCli(['build', path])).exitCode).toBe(0);
    expect(organizerLines(calendar())).toEqual([]);
  });

  it('from the config file, build writes METHOD:PUBLISH and the ORGANIZER on every event; --organizer wins over it', async () => {
    writeFileSync(join(repo, '.programme-sync.json'), JSON.stringify({ organizer: 'Équipe EIG <eig@example.org>' }));
    expect((await runCli(['build', path])).exitCode).toBe(0);
    const organizer = 'ORGANIZER;CN=Équipe EIG:mailto:eig@example.org';
    expect(organizerLines(calendar())).toEqual(['METHOD:PUBLISH', organizer, organizer]);
    expect((await runCli(['build', path, '--organizer', 'Mentors, promotion 3 <mentors@example.org>'])).exitCode).toBe(0);
    const mentors = 'ORGANIZER;CN="Mentors, promotion 3":mailto:mentors@example.org';
    expect(organizerLines(calendar())).toEqual(['METHOD:PUBLISH', mentors, mentors]);
  });

  it('a bad --organizer is a usage error naming the flag and the expected form (exit 2)', async () => {
    const outcome = await runCli(['build', path, '--organizer', 'Équipe EIG']);
    expect(outcome.exitCode).toBe(2);
    expect(outcome.stderr).toMatch(/--organizer must be "Name <email>", such as "Équipe EIG <eig@example.org>", not "Équipe EIG"/);
  });

  it('a bad organizer in the config file is a usage error naming the file, the setting and the form (exit 2)', async () => {
    writeFileSync(join(repo, '.programme-sync.json'), JSON.stringify({ organizer: 'eig at example.org' }));
    const outcome = await runCli(['build', path]);
    expect(outcome.exitCode).toBe(2);
    expect(outcome.stderr).toMatch(/\.programme-sync\.json: "organizer" must be a name and an e-mail address, "Name <email>"/);
  });

  it('the Action input is read into the settings, and a bad one names the input and the form', () => {
    const inputs: Record<string, string> = { 'commit-message': 'Refresh', 'artifact-dir': 'out' };
    const read = (organizer: string) => readSettings((name) => (name === 'organizer' ? organizer : (inputs[name] ?? '')), repo);
    expect(read('Équipe EIG <eig@example.org>').overrides.organizer).toEqual({ name: 'Équipe EIG', email: 'eig@example.org' });
    expect(read('').overrides.organizer).toBeUndefined();
    expect(() => read('eig')).toThrow(/The input "organizer" is "eig"; it must be a name and an e-mail address, "Name <email>"/);
  });
});
