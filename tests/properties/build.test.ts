import fc from 'fast-check';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { temporaryFolder } from '../helpers/temporary-folder.js';
import { buildCalendars, type CalendarOptions } from '../../src/calendar/build-calendars.js';
import { checkText } from '../../src/engine/pipeline.js';
import { runCli } from '../../src/run-cli.js';
import { parseIcs } from '../calendar/parse-ics.js';
import { scheduledProgrammeText } from './programme-arbitrary.js';

/** The calendar file rules every generated feed must follow: CRLF-terminated lines of at most 75 octets, readable by ical.js. */
function expectWellFormedCalendar(text: string): void {
  expect(text.endsWith('\r\n'), 'the calendar ends with CRLF').toBe(true);
  const lines = text.slice(0, -2).split('\r\n');
  for (const line of lines) {
    expect(line.includes('\n') || line.includes('\r'), `a bare line end in ${JSON.stringify(line)}`).toBe(false);
    expect(Buffer.byteLength(line, 'utf8'), `too long: ${JSON.stringify(line)}`).toBeLessThanOrEqual(75);
  }
  expect(() => parseIcs(text)).not.toThrow();
}

const zones = fc.constantFrom('Europe/Paris', 'Pacific/Auckland', 'America/New_York', 'UTC');

describe('the calendar of any programme', () => {
  it('is the same bytes built twice, changes nothing built over itself, and is a well-formed iCalendar file', async () => {
    await fc.assert(
      fc.asyncProperty(
        scheduledProgrammeText,
        zones,
        fc.constantFrom('en', 'fr' as const),
        fc.option(fc.integer({ min: 0, max: 4_000_000_000 }), { nil: undefined }),
        fc.boolean(),
        async (text, timezone, language, commitSeconds, withRepository) => {
          const report = checkText('docs/programme.md', text, { language, timezone });
          const build = (previous: Map<string, string>) =>
            buildCalendars(report, {
              language,
              timezone,
              split: 'audience',
              ...(withRepository ? { repository: { url: 'https://github.com/owner/repo', branch: 'main', path: 'docs/programme.md' } } : {}),
              readPrevious: async (path) => previous.get(path),
              commitTime: async () => commitSeconds,
            } satisfies CalendarOptions);
          const first = await build(new Map());
          const second = await build(new Map());
          expect(second.map((c) => [c.path, c.content])).toEqual(first.map((c) => [c.path, c.content]));
          const again = await build(new Map(first.map((c) => [c.path, c.content])));
          expect(again.map((c) => [c.path, c.content, c.changed])).toEqual(first.map((c) => [c.path, c.content, false]));
          for (const calendar of first) expectWellFormedCalendar(calendar.content);
        },
      ),
      { numRuns: 60 },
    );
    // Sixty programmes built three times each take 15 to 25 s on a quiet machine; a loaded one
    // doubles that. The timeout only stops a hang, it measures nothing (npm run bench does).
  }, 120_000);
});

describe('programme-sync build on any programme', () => {
  let root: string;
  let savedEpoch: string | undefined;

  beforeAll(() => {
    root = temporaryFolder('build-property');
    savedEpoch = process.env['SOURCE_DATE_EPOCH'];
    process.env['SOURCE_DATE_EPOCH'] = '1548288000';
  });

  afterAll(() => {
    if (savedEpoch === undefined) delete process.env['SOURCE_DATE_EPOCH'];
    else process.env['SOURCE_DATE_EPOCH'] = savedEpoch;
  });

  /** Every file of a folder, by name, as bytes. */
  function snapshot(folder: string): Map<string, string> {
    return new Map(readdirSync(folder).map((name) => [name, readFileSync(join(folder, name)).toString('base64')]));
  }

  it('keeps a lone CR after a marker as a line end, so a second build writes nothing (the property\'s counterexample, seed 1356437488)', async () => {
    // A marker left unclosed, then a block whose opening marker ends with a lone CR: the first
    // build used to glue the generated line to that marker, so the second build no longer saw
    // it and rewrote the next block from the unclosed marker on, eating the user's line.
    const source =
      '<!-- programme-sync:archives -->\r\n\r\n<!-- programme-sync:archives -->\rold\r\n<!-- /programme-sync:archives -->\r\n\r\n| Date | Séance |\r\n| --- | --- |\r\n| 14 mars 2019 | Atelier |\r\n';
    const folder = join(root, 'lone-cr');
    mkdirSync(folder);
    writeFileSync(join(folder, 'programme.md'), source);
    const first = await runCli(['build', join(folder, 'programme.md'), '--repo', 'owner/repo']);
    const built = readFileSync(join(folder, 'programme.md'), 'utf8');
    // The generated line sits on its own line, ended like the marker with a lone CR; the rest is as written.
    expect(JSON.stringify(built)).toBe(JSON.stringify(source.replace('-->\rold\r\n', '-->\rPas encore de programme d’une année précédente.\r')));
    expect(first.stdout + first.stderr).toMatch(/programme\.md:1:1\b.*managed-block-unpaired|managed-block-unpaired.*programme\.md:1:1\b/);
    const second = await runCli(['build', join(folder, 'programme.md'), '--repo', 'owner/repo']);
    expect(second.stdout).not.toContain('wrote ');
    expect(readFileSync(join(folder, 'programme.md'), 'utf8')).toBe(built);
    rmSync(folder, { recursive: true, force: true });
  });

  it('reads the programme the same whatever its calendar block holds, so a second build writes nothing (the property\'s counterexample, seed 958423268)', async () => {
    // An empty heading left inside a calendar block split the document in two: the session's
    // detail section was `### Session | 1 janvier` on the first build, and once the build had
    // filled the block, `## Session EIG | 1 janvier`; the second build moved every event's link.
    const markers = '<!-- programme-sync:calendar -->\n<!-- /programme-sync:calendar -->\n\n<!-- programme-sync:archives -->\nold\n<!-- /programme-sync:archives -->\n\n';
    const text =
      '# Programme 2019\n\n| SESSIONS | DATES | HORAIRES | LIEU | PUBLIC |\n| --- | --- | --- | --- | --- |\n| Mentors | 1 janvier | 0h - 0h | Salle | EIG + mentors |\n|  |\n\n### Session | 1 janvier\n\n- **Heures** : \n- **Lieu** : |\n\n<!-- programme-sync:calendar -->\n# \n<!-- /programme-sync:calendar -->\n\nSESSIONS | DATES | HORAIRES | LIEU | PUBLIC\n--- | --- | --- | --- | ---\n\n## Session EIG | 1 janvier\n\n';
    const folder = join(root, 'owned-heading');
    mkdirSync(folder);
    writeFileSync(join(folder, 'programme.md'), markers + text);
    await runCli(['build', join(folder, 'programme.md'), '--repo', 'owner/repo', '--split', 'audience']);
    const built = snapshot(folder);
    expect(readFileSync(join(folder, 'programme.ics'), 'utf8')).toContain('programme.md#session-eig--1-janvier');
    const second = await runCli(['build', join(folder, 'programme.md'), '--repo', 'owner/repo', '--split', 'audience']);
    expect(second.stdout).not.toContain('wrote ');
    expect(snapshot(folder)).toEqual(built);
    rmSync(folder, { recursive: true, force: true });
  });

  it('writes the same bytes in two fresh folders, then changes nothing when run again', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(scheduledProgrammeText, fc.boolean(), async (text, lf) => {
        run++;
        // Managed blocks at the top, so the link step has something to own.
        const markers = '<!-- programme-sync:calendar -->\n<!-- /programme-sync:calendar -->\n\n<!-- programme-sync:archives -->\nold\n<!-- /programme-sync:archives -->\n\n';
        const source = lf ? markers + text : (markers + text).replace(/\r?\n/g, '\r\n');
        const folders = ['a', 'b'].map((name) => join(root, `${run}-${name}`));
        for (const folder of folders) mkdirSync(folder);
        const outcomes = [];
        for (const folder of folders) {
          writeFileSync(join(folder, 'programme.md'), source);
          writeFileSync(join(folder, 'programme.ics'), 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
          outcomes.push(await runCli(['build', join(folder, 'programme.md'), '--repo', 'owner/repo', '--split', 'audience']));
        }
        expect(outcomes[0]!.exitCode).toBeLessThan(2);
        expect(snapshot(folders[1]!)).toEqual(snapshot(folders[0]!));
        const written = snapshot(folders[0]!);
        for (const [name, content] of written) if (name.endsWith('.ics')) expectWellFormedCalendar(Buffer.from(content, 'base64').toString('utf8'));

        const rerun = await runCli(['build', join(folders[0]!, 'programme.md'), '--repo', 'owner/repo', '--split', 'audience']);
        expect(rerun.stdout).not.toContain('wrote ');
        expect(snapshot(folders[0]!)).toEqual(written);
        for (const folder of folders) rmSync(folder, { recursive: true, force: true });
      }),
      { numRuns: 15 },
    );
  });
});
