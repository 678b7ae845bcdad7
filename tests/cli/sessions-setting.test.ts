import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { readSettings } from '../../src/action/settings.js';
import { runCli } from '../../src/run-cli.js';
import { temporaryFolder } from '../helpers/temporary-folder.js';

// A programme with a table of sessions, a week of dated headings and a list of deadlines:
// each value of the setting gives a different calendar.
const programme = [
  '# Promotion 2020',
  '',
  '| SESSIONS | DATES | HORAIRES |',
  '| --- | --- | --- |',
  '| Mentors | 21 février | 14h - 18h |',
  '',
  '## Bootcamp',
  '',
  '### Lundi 21 septembre, 9h - 16h',
  '',
  '### Mardi 22 septembre, 9h30 - 17h',
  '',
  '## Échéances',
  '',
  '- 3 avril, 13h30-14h30 : lancement',
  '',
].join('\n');

let repo: string;
let path: string;
beforeEach(() => {
  repo = temporaryFolder('sessions');
  execFileSync('git', ['init', '--quiet', repo]);
  path = join(repo, 'programme.md');
  writeFileSync(path, programme);
});

async function sessionLines(...flags: string[]): Promise<number[]> {
  const outcome = await runCli(['check', path, '--format', 'json', '--year', '2020', ...flags]);
  expect(outcome.stderr).toBe('');
  const report = JSON.parse(outcome.stdout) as { files: Array<{ sessions: Array<{ line: number }> }> };
  return report.files[0]!.sessions.map((session) => session.line);
}

describe('the sessions setting', () => {
  it('auto (the default) reads the table, and the dated headings are detail sections', async () => {
    expect(await sessionLines()).toEqual([5]);
    expect(await sessionLines('--sessions', 'auto')).toEqual([5]);
  });

  it('--sessions headings reads the dated headings only; lists only the dated list items; table only the table', async () => {
    expect(await sessionLines('--sessions', 'headings')).toEqual([9, 11]);
    expect(await sessionLines('--sessions', 'lists')).toEqual([15]);
    expect(await sessionLines('--sessions', 'table')).toEqual([5]);
  });

  it('table on a document without a table reads nothing, and says why and how to read the headings', async () => {
    writeFileSync(path, '# Bootcamp 2020\n\n### Lundi 21 septembre, 9h - 16h\n');
    expect(await sessionLines()).toEqual([3]);
    const outcome = await runCli(['check', path, '--sessions', 'table']);
    expect(outcome.stdout).toMatch(/the "sessions" setting is "table".*set "sessions" to "auto"/);
    expect(await sessionLines('--sessions', 'table')).toEqual([]);
  });

  it('comes from the config file, and the flag wins over it', async () => {
    writeFileSync(join(repo, '.programme-sync.json'), JSON.stringify({ sessions: 'headings' }));
    expect(await sessionLines()).toEqual([9, 11]);
    expect(await sessionLines('--sessions', 'lists')).toEqual([15]);
  });

  it('build writes the calendar of the shape asked for', async () => {
    expect((await runCli(['build', path, '--year', '2020', '--sessions', 'headings'])).exitCode).toBe(0);
    const calendar = readFileSync(join(repo, 'programme.ics'), 'utf8');
    expect(calendar.split('\r\n').filter((line) => line.startsWith('DTSTART'))).toEqual(['DTSTART:20200921T070000Z', 'DTSTART:20200922T073000Z']);
  });

  it('a bad value is a usage error naming the flag, the file or the input, and the values it takes', async () => {
    const flag = await runCli(['check', path, '--sessions', 'titres']);
    expect(flag.exitCode).toBe(2);
    expect(flag.stderr).toMatch(/--sessions must be "auto", "table", "headings" or "lists" .* not "titres"/);

    writeFileSync(join(repo, '.programme-sync.json'), JSON.stringify({ sessions: 'heading' }));
    const file = await runCli(['check', path]);
    expect(file.exitCode).toBe(2);
    expect(file.stderr).toMatch(/\.programme-sync\.json: "sessions" must be "auto" .*"table", "headings" or "lists", not "heading"/);
    const french = await runCli(['check', path, '--lang', 'fr']);
    expect(french.stderr).toMatch(/« sessions » doit être "auto"/);

    const inputs: Record<string, string> = { 'commit-message': 'Refresh', 'artifact-dir': 'out' };
    const read = (value: string) => readSettings((name) => (name === 'sessions' ? value : (inputs[name] ?? '')), repo);
    expect(read('lists').overrides.sessions).toBe('lists');
    expect(read('').overrides.sessions).toBeUndefined();
    expect(() => read('liste')).toThrow(/The input "sessions" is "liste"; it must be one of "auto", "table", "headings", "lists"/);
  });
});
