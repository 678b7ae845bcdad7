import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { readSettings } from '../../src/action/settings.js';
import { runCli } from '../../src/run-cli.js';
import { repoRoot } from '../helpers/corpus.js';
import { temporaryFolder } from '../helpers/temporary-folder.js';
import { parseIcs } from './parse-ics.js';

const week = [
  '# Bootcamp EIG 2020',
  '',
  '### Lundi 21 septembre',
  '',
  '| Horaires | Thématique | Lieu |',
  '| --- | --- | --- |',
  '| 9h - 12h | Introduction du programme | Le Lieu |',
  '| 12h30 - 14h | Déjeuner libre | Le Lieu |',
  '| 14h - 16h | Premiers pas | Le Lieu |',
  '',
  '### Mardi 22 septembre',
  '',
  '| Horaires | Thématique | Lieu |',
  '| --- | --- | --- |',
  '| 9h30 - 12h30 | Échanger | Zalthabar |',
  '| 20h - 1h | Soirée | Bar |',
  '',
  '### Mercredi 23 septembre',
  '',
  'Journée libre.',
  '',
].join('\n');

let repo: string;
let path: string;
beforeEach(() => {
  repo = temporaryFolder('granularity');
  execFileSync('git', ['init', '--quiet', repo]);
  path = join(repo, 'bootcamp.md');
  writeFileSync(path, week);
});

const events = () => parseIcs(readFileSync(join(repo, 'bootcamp.ics'), 'utf8')).events;

describe('--granularity day', () => {
  it('by default each slot is an event; a slot past midnight ends on the next day', async () => {
    expect((await runCli(['build', path])).exitCode).toBe(0);
    const all = events();
    expect(all.map((e) => e.summary)).toEqual(['Introduction du programme', 'Déjeuner libre', 'Premiers pas', 'Échanger', 'Soirée', 'Mercredi 23 septembre']);
    const evening = all.find((e) => e.summary === 'Soirée')!;
    expect([evening.start, evening.end]).toEqual(['2020-09-22T18:00:00Z', '2020-09-22T23:00:00Z']);
    expect(all.find((e) => e.summary === 'Premiers pas')!.description).not.toMatch(/Soirée/);
  });

  it('gives one event per day from its first start to its last end, each slot in the description', async () => {
    // In English here; the next test checks the French words a French programme gets by default.
    expect((await runCli(['build', path, '--granularity', 'day', '--lang', 'en'])).exitCode).toBe(0);
    const days = events();
    expect(days.map((e) => [e.summary, e.start, e.end])).toEqual([
      ['Bootcamp EIG 2020, 21 September 2020', '2020-09-21T07:00:00Z', '2020-09-21T14:00:00Z'],
      // The evening runs past midnight: the day ends at 1h on the 23rd.
      ['Bootcamp EIG 2020, 22 September 2020', '2020-09-22T07:30:00Z', '2020-09-22T23:00:00Z'],
      ['Mercredi 23 septembre', '2020-09-23', '2020-09-24'],
    ]);
    expect(days[0]!.description.split('\n')).toEqual(['09:00–12:00: Introduction du programme', '12:30–14:00: Déjeuner libre', '14:00–16:00: Premiers pas']);
    // One place for the whole day is the event's place; slots at different places say theirs.
    expect(days[0]!.location).toBe('Le Lieu');
    expect(days[1]!.location).toBeNull();
    expect(days[1]!.description.split('\n')).toEqual(['09:30–12:30: Échanger (Zalthabar)', '20:00–01:00: Soirée (Bar)']);
    // A day of one session keeps that session's title.
    expect(days[2]!.description).toBe('all day: Mercredi 23 septembre');
  });

  it('keeps each day’s UID when a slot of it changes, and writes the words in French with --lang fr', async () => {
    writeFileSync(join(repo, '.programme-sync.json'), JSON.stringify({ granularity: 'day', language: 'fr' }));
    expect((await runCli(['build', path])).exitCode).toBe(0);
    const before = events();
    expect(before[0]!.summary).toBe('Bootcamp EIG 2020, 21 septembre 2020');
    expect(before[0]!.description.split('\n')[0]).toBe('9h - 12h : Introduction du programme');
    writeFileSync(path, week.replace('| 9h - 12h | Introduction', '| 9h30 - 12h | Introduction').replace('| 9h30 - 12h30 | Échanger', '| 10h - 12h30 | Échanger'));
    expect((await runCli(['build', path])).exitCode).toBe(0);
    const after = events();
    expect(after.map((e) => e.uid)).toEqual(before.map((e) => e.uid));
    expect(after.map((e) => e.sequence)).toEqual([1, 1, 0]);
    expect(after[0]!.start).toBe('2020-09-21T07:30:00Z');
  });

  it('a bad value is a usage error naming the flag, the config key or the input', async () => {
    const flag = await runCli(['build', path, '--granularity', 'jour']);
    expect(flag.exitCode).toBe(2);
    expect(flag.stderr).toMatch(/--granularity must be "session" \(one event per session\) or "day" \(one event per day\), not "jour"/);
    writeFileSync(join(repo, '.programme-sync.json'), JSON.stringify({ granularity: 'days' }));
    const file = await runCli(['build', path]);
    expect(file.exitCode).toBe(2);
    expect(file.stderr).toMatch(/"granularity" must be "session" \(one event per session\) or "day" \(one event per day\), not "days"/);
    const inputs: Record<string, string> = { 'commit-message': 'Refresh', 'artifact-dir': 'out' };
    const read = (value: string) => readSettings((name) => (name === 'granularity' ? value : (inputs[name] ?? '')), repo);
    expect(read('day').overrides.granularity).toBe('day');
    expect(() => read('jour')).toThrow(/The input "granularity" is "jour"; it must be one of "session", "day"/);
  });
});

describe('--granularity day on a real day agenda (tests/fixtures/real/gtiq-2019-programme-provisoire)', () => {
  it('gives each day of the meeting one event from its first start to its last end, the deadlines all-day', async () => {
    const real = join(repoRoot, 'tests', 'fixtures', 'real', 'gtiq-2019-programme-provisoire', 'input.md');
    const programme = join(repo, 'gtiq.md');
    writeFileSync(programme, readFileSync(real));
    expect((await runCli(['build', programme, '--granularity', 'day', '--lang', 'en'])).exitCode).toBe(0);
    const days = parseIcs(readFileSync(join(repo, 'gtiq.ics'), 'utf8')).events;
    expect(days.map((e) => [e.start, e.end])).toEqual([
      ['2019-10-23', '2019-10-24'],
      ['2019-11-06', '2019-11-07'],
      ['2019-11-13', '2019-11-14'],
      // Jeudi 28 novembre: `12h00 : Déjeuner` to `14h00 - 18h00`, Paris time.
      ['2019-11-28T11:00:00Z', '2019-11-28T17:00:00Z'],
      ['2019-11-29T08:00:00Z', '2019-11-29T17:00:00Z'],
    ]);
    // The event's two days, announced by a heading and a list item, are listed all-day beside the slots.
    expect(days[3]!.description.split('\n').filter((line) => !line.startsWith('all day'))).toEqual([
      '12:00: Déjeuner',
      '14:00–18:00: Après-midi thématique (thème : Programmes, intrication et contextualité)',
    ]);
  });
});

