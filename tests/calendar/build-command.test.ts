import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { temporaryFolder } from '../helpers/temporary-folder.js';
import { runCli } from '../../src/run-cli.js';
import { parseIcs } from './parse-ics.js';

const programme = `# Programme 2019

| SESSION | DATES 2019 | HORAIRES | LIEU | PUBLIC |
| ------- | ---------- | -------- | ---- | ------ |
| Atelier | 14 mars | 9h - 12h | Salle Verte | EIG |
| Mentors | 21 mars | | | mentors |
| Séminaire | 16 & 17 mai | | | EIG + mentors |
`;

let folder: string;
let savedEpoch: string | undefined;

beforeEach(() => {
  folder = temporaryFolder('build');
  savedEpoch = process.env['SOURCE_DATE_EPOCH'];
  delete process.env['SOURCE_DATE_EPOCH'];
});

afterEach(() => {
  if (savedEpoch === undefined) delete process.env['SOURCE_DATE_EPOCH'];
  else process.env['SOURCE_DATE_EPOCH'] = savedEpoch;
});

const at = (name: string) => join(folder, name);

describe('programme-sync build', () => {
  it('writes <name>.ics beside the programme, then leaves it byte for byte when nothing changed', async () => {
    writeFileSync(at('programme.md'), programme);
    const first = await runCli(['build', at('programme.md')]);
    expect(first.exitCode).toBe(0);
    expect(first.stdout).toContain(`wrote ${at('programme.ics')}`);
    const written = readFileSync(at('programme.ics'));
    expect(parseIcs(written.toString('utf8')).events.map((e) => e.summary)).toEqual(['Atelier', 'Mentors', 'Séminaire']);

    const second = await runCli(['build', at('programme.md')]);
    expect(second.exitCode).toBe(0);
    expect(second.stdout).toContain(`${at('programme.ics')} is up to date`);
    expect(readFileSync(at('programme.ics')).equals(written)).toBe(true);
  });

  it('with --check writes nothing, exits 0 when fresh and 1 naming each stale file and the fix', async () => {
    writeFileSync(at('programme.md'), programme);
    const missing = await runCli(['build', '--check', at('programme.md')]);
    expect(missing.exitCode).toBe(1);
    expect(existsSync(at('programme.ics'))).toBe(false);
    expect(missing.stdout).toContain(`${at('programme.ics')} is out of date`);
    expect(missing.stdout).toContain('Run "programme-sync build"');

    await runCli(['build', at('programme.md')]);
    expect((await runCli(['build', '--check', at('programme.md')])).exitCode).toBe(0);

    writeFileSync(at('programme.md'), programme.replace('Salle Verte', 'Salle Bleue'));
    const before = readFileSync(at('programme.ics'));
    const stale = await runCli(['build', '--check', '--lang', 'fr', at('programme.md')]);
    expect(stale.exitCode).toBe(1);
    expect(stale.stdout).toContain(`${at('programme.ics')} n’est pas à jour`);
    expect(readFileSync(at('programme.ics')).equals(before)).toBe(true);
  });

  it('exits 1 on a programme with errors but still writes the calendar of what could be read', async () => {
    writeFileSync(at('programme.md'), programme.replace('21 mars', '30 février'));
    const outcome = await runCli(['build', at('programme.md')]);
    expect(outcome.exitCode).toBe(1);
    expect(outcome.stdout).toMatch(/error .* invalid-date/);
    const events = parseIcs(readFileSync(at('programme.ics'), 'utf8')).events;
    expect(events.map((e) => e.summary)).toEqual(['Atelier', 'Séminaire']);
  });

  it('writes in --out-dir, and one calendar per audience with --split audience', async () => {
    writeFileSync(at('programme.md'), programme);
    const outcome = await runCli(['build', at('programme.md'), '--out-dir', at('public/calendars'), '--split', 'audience']);
    expect(outcome.exitCode).toBe(0);
    for (const name of ['programme.ics', 'programme.eig.ics', 'programme.mentors.ics']) {
      expect(existsSync(at(`public/calendars/${name}`)), name).toBe(true);
    }
    expect(existsSync(at('programme.ics'))).toBe(false);
    const mentors = parseIcs(readFileSync(at('public/calendars/programme.mentors.ics'), 'utf8')).events;
    expect(mentors.map((e) => e.summary)).toEqual(['Mentors', 'Séminaire']);
  });

  it('keeps --format json to one object on stdout and says what it wrote on stderr', async () => {
    writeFileSync(at('programme.md'), programme);
    const outcome = await runCli(['build', at('programme.md'), '--format', 'json']);
    expect(JSON.parse(outcome.stdout).version).toBe(1);
    expect(outcome.stderr).toBe(`wrote ${at('programme.ics')}\n`);
  });

  it('refuses an unknown --split and a malformed --repo-url with status 2', async () => {
    writeFileSync(at('programme.md'), programme);
    expect((await runCli(['build', at('programme.md'), '--split', 'place'])).exitCode).toBe(2);
    expect((await runCli(['build', at('programme.md'), '--repo-url', 'github.com/x'])).exitCode).toBe(2);
  });

  it('stamps events with SOURCE_DATE_EPOCH, else the programme’s last commit time', async () => {
    writeFileSync(at('programme.md'), programme);
    const git = (...args: string[]) =>
      execFileSync('git', args, { cwd: folder, env: { ...process.env, GIT_AUTHOR_DATE: '@1548322200 +0100', GIT_COMMITTER_DATE: '@1548322200 +0100' } });
    git('init', '-q');
    git('config', 'user.email', 'test@example.org');
    git('config', 'user.name', 'Test');
    git('add', 'programme.md');
    git('commit', '-q', '-m', 'programme');

    await runCli(['build', at('programme.md')]);
    expect(parseIcs(readFileSync(at('programme.ics'), 'utf8')).events[0]!.dtstamp).toBe('2019-01-24T09:30:00Z');

    rmSync(at('programme.ics'));
    process.env['SOURCE_DATE_EPOCH'] = '1551398400';
    await runCli(['build', at('programme.md')]);
    expect(parseIcs(readFileSync(at('programme.ics'), 'utf8')).events[0]!.dtstamp).toBe('2019-03-01T00:00:00Z');
  });

  it('links events to their detail section on the repository of the git remote when no --repo-url is given', async () => {
    writeFileSync(at('programme.md'), `${programme}\n## Détails\n\n### Atelier | 14 mars\n\n- **Heures** : 9h - 12h\n`);
    execFileSync('git', ['init', '-q'], { cwd: folder });
    execFileSync('git', ['remote', 'add', 'origin', 'git@github.com:owner/from-origin.git'], { cwd: folder });
    const saved = process.env['GITHUB_REPOSITORY'];
    delete process.env['GITHUB_REPOSITORY'];
    try {
      await runCli(['build', at('programme.md')]);
    } finally {
      if (saved !== undefined) process.env['GITHUB_REPOSITORY'] = saved;
    }
    const [atelier] = parseIcs(readFileSync(at('programme.ics'), 'utf8')).events;
    expect(atelier!.description).toMatch(/https:\/\/github\.com\/owner\/from-origin\/blob\/main\/programme\.md#atelier--14-mars$/);
  });

  it('links events to their detail section with --repo-url', async () => {
    writeFileSync(at('programme.md'), `${programme}\n## Détails\n\n### Atelier | 14 mars\n\n- **Heures** : 9h - 12h\n`);
    execFileSync('git', ['init', '-q'], { cwd: folder });
    await runCli(['build', at('programme.md'), '--repo-url', 'https://github.com/owner/repo', '--branch', 'main']);
    const [atelier] = parseIcs(readFileSync(at('programme.ics'), 'utf8')).events;
    expect(atelier!.description).toMatch(/Détails : https:\/\/github\.com\/owner\/repo\/blob\/main\/programme\.md#atelier--14-mars$/);
  });
});

describe('programme-sync build and the managed link blocks', () => {
  it('refreshes the blocks, does not report as a problem what it just fixed, and a second build changes nothing', async () => {
    const withMarkers = `${programme}\n## Calendrier\n\n<!-- programme-sync:calendar -->\n<!-- /programme-sync:calendar -->\n\n## Archives\n\n<!-- programme-sync:archives -->\n<!-- /programme-sync:archives -->\n`;
    writeFileSync(at('programme.md'), withMarkers);
    execFileSync('mkdir', ['-p', at('archives/2018')]);
    writeFileSync(at('archives/2018/programme_2018.md'), '# Programme 2018\n');

    const check = await runCli(['check', at('programme.md'), '--repo', 'acme/fellows']);
    expect(check.stdout).toMatch(/managed-block-stale/);
    expect(check.stdout).toMatch(/archive-not-linked/);

    const first = await runCli(['build', at('programme.md'), '--repo', 'acme/fellows']);
    expect(first.exitCode).toBe(0);
    expect(first.stdout).not.toMatch(/managed-block-stale|archive-not-linked/);
    expect(first.stdout).toContain(`wrote ${at('programme.md')}`);
    const written = readFileSync(at('programme.md'), 'utf8');
    expect(written).toContain('(archives/2018/programme_2018.md)');
    expect(written).toContain('webcal://raw.githubusercontent.com/acme/fellows/main/programme.ics');
    // Everything outside the markers is as the user wrote it.
    expect(written.startsWith(programme)).toBe(true);

    const second = await runCli(['build', at('programme.md'), '--repo', 'acme/fellows', '--check']);
    expect(second.exitCode).toBe(0);
    expect(readFileSync(at('programme.md'), 'utf8')).toBe(written);
  });
});

describe('where calendars go', () => {
  const withCalendarBlock = `${programme}\n<!-- programme-sync:calendar -->\n<!-- /programme-sync:calendar -->\n`;

  it('follows "outDir" of .programme-sync.json, and the calendar links point there', async () => {
    execFileSync('git', ['init', '--quiet', folder]);
    writeFileSync(at('programme.md'), withCalendarBlock);
    writeFileSync(at('.programme-sync.json'), JSON.stringify({ outDir: 'calendars' }));
    const previous = process.cwd();
    process.chdir(folder);
    try {
      const built = await runCli(['build', 'programme.md', '--repo', 'acme/fellows']);
      expect(built.exitCode).toBe(0);
      expect(built.stdout).toContain('wrote calendars/programme.ics');
      expect(existsSync(at('calendars/programme.ics'))).toBe(true);
      expect(existsSync(at('programme.ics'))).toBe(false);
      expect(readFileSync(at('programme.md'), 'utf8')).toContain('https://raw.githubusercontent.com/acme/fellows/main/calendars/programme.ics');
      // check agrees with what build wrote: nothing stale.
      const checked = await runCli(['check', 'programme.md', '--repo', 'acme/fellows']);
      expect(checked.stdout).not.toMatch(/managed-block-stale/);
      expect((await runCli(['build', 'programme.md', '--repo', 'acme/fellows', '--check'])).exitCode).toBe(0);
    } finally {
      process.chdir(previous);
    }
  });

  it('refuses an "outDir" that is not a relative folder, naming the file and the key', async () => {
    writeFileSync(at('programme.md'), programme);
    writeFileSync(at('.programme-sync.json'), JSON.stringify({ outDir: '/etc' }));
    const previous = process.cwd();
    process.chdir(folder);
    try {
      const outcome = await runCli(['build', 'programme.md']);
      expect(outcome.exitCode).toBe(2);
      expect(outcome.stderr).toMatch(/\.programme-sync\.json: "outDir" must be a folder relative to this file/);
    } finally {
      process.chdir(previous);
    }
  });
});

describe('the detail links of a programme in a sub-folder of a repository', () => {
  it('name its path from the repository root, wherever build is run from', async () => {
    execFileSync('git', ['init', '--quiet', folder]);
    execFileSync('mkdir', ['-p', at('docs')]);
    writeFileSync(at('docs/programme.md'), `${programme}\n### Atelier | 14 mars\n`);
    const previous = process.cwd();
    try {
      for (const [cwd, file] of [
        [folder, 'docs/programme.md'],
        [at('docs'), 'programme.md'],
      ] as const) {
        process.chdir(cwd);
        rmSync(at('docs/programme.ics'), { force: true });
        expect((await runCli(['build', file, '--repo-url', 'https://github.com/acme/fellows'])).exitCode).toBe(0);
        const unfolded = readFileSync(at('docs/programme.ics'), 'utf8').replace(/\r\n /g, '');
        expect(unfolded).toContain('URL:https://github.com/acme/fellows/blob/main/docs/programme.md#atelier--14-mars');
      }
    } finally {
      process.chdir(previous);
    }
  });
});
