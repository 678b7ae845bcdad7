import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/run-cli.js';
import { repoRoot } from '../helpers/corpus.js';
import { git } from '../helpers/temp-git.js';
import { temporaryFolder } from '../helpers/temporary-folder.js';
import { parseIcs, type ParsedEvent } from './parse-ics.js';

/*
 * Issue 15: a typo never takes an event away from subscribers. Each case starts from the
 * example programme, built and committed in a temporary git repository, breaks it the way a
 * coordinator might, builds again, and compares what a subscriber's client reads (ical.js,
 * an independent parser) event by event with what it read before.
 */

const example = readFileSync(join(repoRoot, 'examples', 'programme.md'), 'utf8');
const mentorsRow = '| Mentors | 18 février | 14h - 18h | Maison des projets, salle B | Rôle du mentor |';

let savedEpoch: string | undefined;
beforeEach(() => {
  savedEpoch = process.env['SOURCE_DATE_EPOCH'];
  delete process.env['SOURCE_DATE_EPOCH'];
});
afterEach(() => {
  if (savedEpoch === undefined) delete process.env['SOURCE_DATE_EPOCH'];
  else process.env['SOURCE_DATE_EPOCH'] = savedEpoch;
});

/** A repository holding the example programme and the calendar built from it; `commit: false` leaves the programme untracked. */
function repository({ commit = true }: { commit?: boolean } = {}) {
  const root = temporaryFolder('keep');
  git(root, 'init', '--quiet', '--initial-branch=main');
  const programme = join(root, 'programme.md');
  const calendar = join(root, 'programme.ics');
  writeFileSync(programme, example);
  if (commit) {
    git(root, 'add', 'programme.md');
    git(root, 'commit', '--quiet', '-m', 'Programme');
  }
  return {
    programme,
    calendar,
    write: (text: string) => writeFileSync(programme, text),
    build: (...flags: string[]) => runCli(['build', ...flags, programme]),
    calendarText: () => readFileSync(calendar, 'utf8'),
    events: (): ParsedEvent[] => parseIcs(readFileSync(calendar, 'utf8')).events,
  };
}

async function builtRepository(options?: { commit?: boolean }) {
  const repo = repository(options);
  const first = await repo.build();
  expect(first.exitCode).toBe(0);
  return { ...repo, before: repo.calendarText(), beforeEvents: repo.events() };
}

describe('a row that can no longer be read keeps its events as they were', () => {
  it('an impossible date (30 février): same UID, SEQUENCE and DTSTAMP, and the diagnostic says so; fixing it gives the same bytes back', async () => {
    const repo = await builtRepository();
    expect(repo.beforeEvents.filter((e) => e.summary.startsWith('Mentors')).map((e) => e.start)).toContain('2027-02-18T13:00:00Z');
    repo.write(example.replace(mentorsRow, mentorsRow.replace('18 février', '30 février')));
    const broken = await repo.build();
    expect(broken.exitCode).toBe(1);
    expect(repo.events()).toEqual(repo.beforeEvents);
    expect(repo.calendarText()).toBe(repo.before);
    expect(broken.stdout).toMatch(/programme\.md:13:13 error .*30\/02\/2027 does not exist.* The calendar keeps this session as it was \(18 February 2027, 14:00\) until the date is corrected\. invalid-date/);

    const french = await repo.build('--check', '--lang', 'fr');
    expect(french.stdout).toContain('Le calendrier garde cette session telle qu’elle était (18 février 2027, 14h) jusqu’à ce que la date soit corrigée.');

    repo.write(example);
    expect((await repo.build()).exitCode).toBe(0);
    expect(repo.calendarText()).toBe(repo.before);
  });

  it('an unreadable date, reported in JSON with the kept event, its line and the reason', async () => {
    const repo = await builtRepository();
    repo.write(example.replace(mentorsRow, mentorsRow.replace('18 février', '18 févirer')));
    const broken = await repo.build('--format', 'json');
    expect(repo.events()).toEqual(repo.beforeEvents);
    const report = JSON.parse(broken.stdout);
    const mentors = repo.beforeEvents.find((e) => e.start === '2027-02-18T13:00:00Z')!;
    expect(report.files[0].kept).toEqual([
      {
        line: 13,
        title: 'Mentors',
        reason: 'date',
        message: 'The calendar keeps this session as it was (18 February 2027, 14:00) until the date is corrected.',
        events: [{ uid: mentors.uid, summary: 'Mentors – Rôle du mentor', start: '2027-02-18T14:00' }],
      },
    ]);
    expect(report.files[0].diagnostics.find((d: { rule: string }) => d.rule === 'unreadable-date').message).toContain('The calendar keeps this session');
  });

  it('a deleted hours cell keeps the hours the calendar had, and says how to mean a whole day', async () => {
    const repo = await builtRepository();
    repo.write(example.replace(mentorsRow, mentorsRow.replace('14h - 18h', '')));
    const built = await repo.build();
    expect(repo.events()).toEqual(repo.beforeEvents);
    expect(built.stdout).toContain('kept as it was: 2027-02-18 14:00  Mentors');
    expect(built.stdout).toContain('Its hours cell is empty: the calendar keeps this session as it was (18 February 2027, 14:00) until hours are written. For a whole-day session, write "Journée" in the cell.');

    // Written on purpose, a whole day is a change like any other: same UID, SEQUENCE 1.
    repo.write(example.replace(mentorsRow, mentorsRow.replace('14h - 18h', 'Journée')));
    await repo.build();
    const before = repo.beforeEvents.find((e) => e.start === '2027-02-18T13:00:00Z')!;
    const after = repo.events().find((e) => e.uid === before.uid)!;
    expect([after.start, after.sequence]).toEqual(['2027-02-18', 1]);
  });

  it('a fix that also changes the session gives back its UID with SEQUENCE bumped once', async () => {
    const repo = await builtRepository();
    repo.write(example.replace(mentorsRow, mentorsRow.replace('18 février', '30 février')));
    await repo.build();
    repo.write(example.replace(mentorsRow, mentorsRow.replace('salle B', 'salle C')));
    await repo.build();
    const before = repo.beforeEvents.find((e) => e.start === '2027-02-18T13:00:00Z')!;
    const after = repo.events().find((e) => e.uid === before.uid)!;
    expect([after.start, after.location, after.sequence]).toEqual([before.start, 'Maison des projets, salle C', before.sequence + 1]);
    expect(repo.events().length).toBe(repo.beforeEvents.length);
  });

  it('a broken row and a moved row of the same name: the broken one keeps its event, the moved one keeps its UID', async () => {
    const repo = await builtRepository();
    const june = '| Mentors | 10 juin | 14:00-17:30 |';
    repo.write(example.replace(mentorsRow, mentorsRow.replace('18 février', '30 février')).replace(june, june.replace('10 juin', '17 juin')));
    await repo.build();
    const february = repo.beforeEvents.find((e) => e.start === '2027-02-18T13:00:00Z')!;
    const juneBefore = repo.beforeEvents.find((e) => e.start === '2027-06-10T12:00:00Z')!;
    const events = repo.events();
    expect(events.find((e) => e.uid === february.uid)).toEqual(february);
    expect(events.find((e) => e.uid === juneBefore.uid)).toMatchObject({ start: '2027-06-17T12:00:00Z', sequence: 1 });
    expect(events.length).toBe(repo.beforeEvents.length);
  });

  it('deleting a row on purpose still removes its event', async () => {
    const repo = await builtRepository();
    repo.write(example.replace(mentorsRow + '\n', ''));
    expect((await repo.build()).exitCode).toBe(0);
    const february = repo.beforeEvents.find((e) => e.start === '2027-02-18T13:00:00Z')!;
    expect(repo.events()).toEqual(repo.beforeEvents.filter((e) => e.uid !== february.uid));
  });
});

describe('a programme that cannot be read any more leaves its calendar as it was', () => {
  it('a year that cannot be found (no year written, no history to guess it from)', async () => {
    const repo = await builtRepository({ commit: false });
    repo.write(example.replaceAll(' 2027', ''));
    const built = await repo.build();
    expect(built.exitCode).toBe(1);
    expect(repo.calendarText()).toBe(repo.before);
    expect(built.stdout).toContain(
      'programme.md cannot be read as a programme any more (none of its sessions has a date that can be read), so its calendar',
    );
  });

  it('a lost line under the header: the rows are still read as the table kramdown shows, its events kept, and the coordinator told', async () => {
    const repo = await builtRepository();
    repo.write(example.replace('| -------- | ----- | -------- | ---- | ---------- |\n', ''));
    const built = await repo.build();
    expect(built.exitCode).toBe(0);
    expect(repo.calendarText()).toBe(repo.before);
    expect(built.stdout).toContain('has no line under its header, so GitHub shows it as plain text');
  });

  it('a damaged header row', async () => {
    const repo = await builtRepository();
    // The header's line lost: the rows under the line of dashes hold no table GitHub, kramdown or a reader sees.
    repo.write(example.replace('| SESSIONS | DATES | HORAIRES | LIEU | TH\u00c9MATIQUE |\n', ''));
    const built = await repo.build();
    expect(built.exitCode).toBe(1);
    expect(repo.calendarText()).toBe(repo.before);
    expect(built.stdout).toMatch(/programme\.ics would lose \d+ of its 11 events at once: Bootcamp/);
  });

  it('a line under the header with too few cells: the table is still read, its events kept, and the coordinator told', async () => {
    const repo = await builtRepository();
    repo.write(example.replace('| -------- | ----- | -------- | ---- | ---------- |', '| -------- | ----- | -------- '));
    const built = await repo.build();
    expect(built.exitCode).toBe(0);
    expect(repo.calendarText()).toBe(repo.before);
    expect(built.stdout).toContain('has 3 cells but the header has 5, so GitHub shows this table as plain text');
  });

  it('merge-conflict markers', async () => {
    const repo = await builtRepository();
    const conflicted = example.replace(mentorsRow, `<<<<<<< HEAD\n${mentorsRow}\n=======\n${mentorsRow.replace('18 février', '25 février')}\n>>>>>>> other`);
    repo.write(conflicted);
    const built = await repo.build();
    expect(built.exitCode).toBe(1);
    expect(repo.calendarText()).toBe(repo.before);
    expect(built.stdout).toContain('programme.md cannot be read as a programme any more (it holds merge-conflict markers), so its calendar');
    expect(built.stdout).toContain('is left as it was, with its 11 events.');
  });

  it('a binary file, found by a build with no file named because a calendar is beside it', async () => {
    const repo = await builtRepository();
    writeFileSync(repo.programme, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
    const cwd = process.cwd();
    process.chdir(join(repo.programme, '..'));
    try {
      const built = await runCli(['build']);
      expect(built.exitCode).toBe(1);
      expect(built.stdout).toContain('programme.md cannot be read as a programme any more (it is not text), so its calendar programme.ics is left as it was');
    } finally {
      process.chdir(cwd);
    }
    expect(repo.calendarText()).toBe(repo.before);
  });

  // Writing such a file back would change bytes the coordinator wrote: a NUL, an invalid
  // byte read as U+FFFD, a conflict the coordinator must settle. Its blocks wait.
  it.each([
    ['a NUL byte', (text: Buffer) => Buffer.concat([text, Buffer.from([0x00, 0x0a])])],
    ['an invalid UTF-8 byte', (text: Buffer) => Buffer.concat([text, Buffer.from([0x45, 0xff, 0x0a])])],
    ['merge-conflict markers', (text: Buffer) => Buffer.from(text.toString('utf8').replace(mentorsRow, `<<<<<<< HEAD\n${mentorsRow}\n=======\n${mentorsRow.replace('18 février', '25 février')}\n>>>>>>> other`))],
  ])('the programme itself is not rewritten when it holds %s, its managed blocks neither, even with no calendar yet to keep', async (_, damage) => {
    const repo = repository();
    const bytes = damage(Buffer.from(`${example}\n<!-- programme-sync:calendar -->\nold\n<!-- /programme-sync:calendar -->\n`, 'utf8'));
    writeFileSync(repo.programme, bytes);
    // With the repository named, the calendar block has links to write.
    const built = await repo.build('--repo', 'owner/repo');
    expect(built.exitCode).toBeLessThan(2);
    expect(built.stdout).not.toContain('wrote programme.md');
    expect(readFileSync(repo.programme).equals(bytes)).toBe(true);
  });

  it('a table cut to a third: nothing written, the events that would go listed, --allow-removals to confirm', async () => {
    const repo = await builtRepository();
    const lines = example.split('\n');
    const firstRow = lines.findIndex((line) => line.startsWith('| Bootcamp'));
    const cut = [...lines.slice(0, firstRow + 3), ...lines.slice(firstRow + 10)].join('\n');
    repo.write(cut);
    const refused = await repo.build('--format', 'json');
    expect(refused.exitCode).toBe(1);
    expect(repo.events()).toEqual(repo.beforeEvents);
    expect(refused.stderr).toMatch(/programme\.ics would lose 8 of its 11 events at once: Fellows – Design et utilisateurs \(2027-04-08 09:30\);/);
    expect(refused.stderr).toContain('run "programme-sync build --allow-removals"');
    expect(refused.stderr).toContain('"programme-sync: allow-removals"');
    expect(refused.stderr).toContain('programme-sync archive');
    const report = JSON.parse(refused.stdout);
    expect(report.files[0].refused).toEqual([expect.objectContaining({ kind: 'removals', calendar: repo.calendar, removed: expect.arrayContaining([expect.objectContaining({ summary: 'Séminaire – Sprint collectif', start: '2027-05-20' })]) })]);
    expect(report.files[0].refused[0].removed).toHaveLength(8);

    // A higher threshold lets it through, as does the confirmation.
    expect((await repo.build('--removal-threshold', '80')).exitCode).toBe(0);
    expect(repo.events()).toHaveLength(3);
  });

  it('--allow-removals lets the cut through; the threshold comes from the config file too', async () => {
    const repo = await builtRepository();
    const lines = example.split('\n');
    const firstRow = lines.findIndex((line) => line.startsWith('| Bootcamp'));
    repo.write([...lines.slice(0, firstRow + 3), ...lines.slice(firstRow + 10)].join('\n'));
    writeFileSync(join(repo.programme, '..', '.programme-sync.json'), JSON.stringify({ removalThreshold: 60 }));
    expect((await repo.build()).exitCode).toBe(1);
    expect(repo.events()).toEqual(repo.beforeEvents);
    expect((await repo.build('--allow-removals')).exitCode).toBe(0);
    expect(repo.events().map((e) => e.uid)).toEqual(repo.beforeEvents.slice(0, 3).map((e) => e.uid));
  });

  it('the yearly rollover: events copied to the archives by `archive` do not count as removed', async () => {
    const repo = await builtRepository();
    git(join(repo.programme, '..'), 'add', 'programme.ics');
    git(join(repo.programme, '..'), 'commit', '--quiet', '-m', 'Calendar');
    const archived = await runCli(['archive', repo.programme, '--year', '2027', '--repo', 'owner/repo']);
    expect(archived.exitCode).toBe(0);
    const next = ['# Programme 2028', '', '| SESSIONS | DATES 2028 | HORAIRES |', '| --- | --- | --- |', '| Bootcamp | 7 février | 9h - 18h |', ''].join('\n');
    repo.write(next);
    expect((await repo.build()).exitCode).toBe(0);
    expect(repo.events().map((e) => e.start)).toEqual(['2028-02-07T08:00:00Z']);
  });

  it('refuses a threshold that is not a percentage, naming the option or the key', async () => {
    const repo = await builtRepository();
    await expect(repo.build('--removal-threshold', '150')).resolves.toMatchObject({ exitCode: 2, stderr: expect.stringContaining('--removal-threshold must be a whole percentage from 0 to 100') });
    writeFileSync(join(repo.programme, '..', '.programme-sync.json'), JSON.stringify({ removalThreshold: 'half' }));
    await expect(repo.build()).resolves.toMatchObject({ exitCode: 2, stderr: expect.stringContaining('"removalThreshold" must be a whole percentage from 0 to 100') });
  });
});
