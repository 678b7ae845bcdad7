import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCalendars, type CalendarOptions } from '../../src/calendar/build-calendars.js';
import type { Organizer } from '../../src/config/organizer.js';
import { checkText } from '../../src/engine/pipeline.js';
import { scheduledProgrammeText } from '../properties/programme-arbitrary.js';
import { parseIcs } from './parse-ics.js';

/*
 * libical is the C library behind Evolution, GNOME Calendar and KDE's calendars: a second
 * reader beside ical.js, and the one that checks RFC 5546's restrictions (which properties
 * a METHOD:PUBLISH calendar must give each event). It is reached through its GObject
 * binding from python3 (Debian's gir1.2-ical-3.0 and python3-gi, installed by .ci/run);
 * libical-check.py reads every calendar given on stdin and reports libical's X-LIC-ERROR
 * properties, once after parsing and once after check_restrictions.
 */

interface LibicalResult {
  name: string;
  events: number;
  parseErrors: string[];
  restrictionErrors: string[];
  restrictionsPassed: boolean;
}

const script = resolve(import.meta.dirname, 'libical-check.py');
const root = resolve(import.meta.dirname, '..', '..');

// The python3 first on PATH may be a private one (pyenv, a virtualenv) without the system's
// GObject binding: the system's own is tried next.
function findPython(): { python?: string; why: string } {
  const reasons: string[] = [];
  for (const candidate of ['python3', '/usr/bin/python3']) {
    const run = spawnSync(candidate, [script], { input: '[]', encoding: 'utf8' });
    if (run.status === 0) return { python: candidate, why: '' };
    reasons.push(`${candidate}: ${run.error ? run.error.message : run.stderr.trim()}`);
  }
  return { why: reasons.join('; ') };
}

const libical = findPython();
if (!libical.python) {
  console.warn(`libical tests skipped: libical-glib cannot be imported (${libical.why}). Install gir1.2-ical-3.0 and python3-gi, as .ci/run does.`);
}

function checkWithLibical(calendars: Array<{ name: string; text: string }>): LibicalResult[] {
  const run = spawnSync(libical.python!, [script], { input: JSON.stringify(calendars), encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`libical-check.py failed (${run.status}): ${run.stderr}`);
  return JSON.parse(run.stdout) as LibicalResult[];
}

/** What libical found wrong in each calendar, leaving out those it found nothing in. */
function problems(results: LibicalResult[]): Array<Omit<LibicalResult, 'events'>> {
  return results
    .filter((r) => r.parseErrors.length > 0 || r.restrictionErrors.length > 0 || !r.restrictionsPassed)
    .map(({ events: _events, ...rest }) => rest);
}

async function calendarsOf(name: string, text: string, options: Partial<CalendarOptions> = {}): Promise<Array<{ name: string; text: string }>> {
  const timezone = options.timezone ?? 'Europe/Paris';
  const language = options.language ?? 'fr';
  const report = checkText('programme.md', text, { language, timezone });
  const outputs = await buildCalendars(report, {
    language,
    timezone,
    split: 'audience',
    repository: { url: 'https://github.com/owner/repo', branch: 'main', path: 'programme.md' },
    readPrevious: async () => undefined,
    commitTime: async () => 1_548_288_000,
    ...options,
  });
  return outputs.map((output) => ({ name: `${name} → ${output.path}`, text: output.content }));
}

const fixtures = join(root, 'tests', 'fixtures');
const goldenInputs = readdirSync(fixtures)
  .filter((name) => name.startsWith('calendar-'))
  .map((name) => ({ name, text: readFileSync(join(fixtures, name, 'input.md'), 'utf8') }));
const exampleInputs = readdirSync(join(root, 'examples'))
  .filter((name) => name.endsWith('.md'))
  .map((name) => ({ name: `examples/${name}`, text: readFileSync(join(root, 'examples', name), 'utf8') }));

// Text that has broken calendar writers: the characters TEXT values escape, line ends inside
// a cell, long French lines that must fold between octets, emoji, bidi controls.
const hostileProgramme = [
  '# Programme 2019 ; « édition », \\ spéciale',
  '',
  '| SESSIONS | DATES | HORAIRES | LIEU | PUBLIC |',
  '| --- | --- | --- | --- | --- |',
  '| Atelier ; virgule, barre \\ oblique | 21 février | 14h - 18h30 | Salle « Été », 3e étage ; aile B | EIG + mentors |',
  `| ${'Séminaire très long à propos des données ouvertes et des communs numériques '.repeat(4)}| 16 & 17 mai | Les 2 jours | ${'Hôtellerie '.repeat(12)}| EIG |`,
  '| 😀 Rencontre 𝕏 \u202eétrange\u202c <b>gras</b> | 7 ou 14 novembre | | | mentors |',
  '| ~~Session annulée~~ | 20 juin | 18h | Ségur | mentors |',
  '| Soirée | 30 décembre au 1er janvier 2020 | 18h | Lyon<br>Part-Dieu | EIG |',
  '',
].join('\n');

const organizer: Organizer = { name: 'Équipe EIG', email: 'eig@example.org' };

describe.skipIf(!libical.python)(`the calendars under libical${libical.python ? '' : ' (skipped: libical-glib cannot be imported)'}`, () => {
  it('reports a PUBLISH calendar without an organizer, and an unreadable property (the check can fail)', () => {
    const text = [
      'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//EN', 'METHOD:PUBLISH',
      'BEGIN:VEVENT', 'UID:a@test', 'DTSTAMP:20190101T000000Z', 'DTSTART:not-a-date', 'SUMMARY:x', 'END:VEVENT',
      'END:VCALENDAR', '',
    ].join('\r\n');
    const [result] = checkWithLibical([{ name: 'broken', text }]);
    expect(result!.parseErrors).toEqual([expect.stringMatching(/^VALUE-PARSE-ERROR: .*DTSTART/)]);
    expect(result!.restrictionErrors).toContainEqual(expect.stringMatching(/^INVALID-ITIP: .*ORGANIZER/));
    expect(result!.restrictionsPassed).toBe(false);
  });

  it('reads every golden fixture, example and hostile programme without an error, each event counted as ical.js counts it', async () => {
    const inputs = [...goldenInputs, ...exampleInputs, { name: 'hostile', text: hostileProgramme }];
    const calendars = (await Promise.all(inputs.map((input) => calendarsOf(input.name, input.text)))).flat();
    expect(calendars.length).toBeGreaterThan(inputs.length);
    const results = checkWithLibical(calendars);
    expect(problems(results)).toEqual([]);
    expect(results.map((r) => [r.name, r.events])).toEqual(calendars.map((c) => [c.name, parseIcs(c.text).events.length]));
    expect(results.reduce((sum, r) => sum + r.events, 0)).toBeGreaterThan(20);
  });

  it('reads the same calendars with an organizer: METHOD:PUBLISH, an ORGANIZER on every event, the RFC 5546 restrictions met', async () => {
    const inputs = [...goldenInputs, ...exampleInputs, { name: 'hostile', text: hostileProgramme }];
    const calendars = (await Promise.all(inputs.map((input) => calendarsOf(input.name, input.text, { organizer })))).flat();
    for (const calendar of calendars) {
      expect(calendar.text, calendar.name).toContain('\r\nMETHOD:PUBLISH\r\n');
      const events = calendar.text.split('BEGIN:VEVENT').length - 1;
      expect(calendar.text.split('\r\nORGANIZER;CN=Équipe EIG:mailto:eig@example.org\r\n').length - 1, calendar.name).toBe(events);
    }
    expect(problems(checkWithLibical(calendars))).toEqual([]);
  });

  it('reads generated adversarial programmes in four zones, with and without an organizer, without an error', async () => {
    const samples = fc.sample(
      fc.tuple(scheduledProgrammeText, fc.constantFrom('Europe/Paris', 'Pacific/Auckland', 'America/New_York', 'UTC'), fc.boolean()),
      { numRuns: 60, seed: 20261129 },
    );
    const calendars = (
      await Promise.all(
        samples.map(([text, timezone, withOrganizer], index) =>
          calendarsOf(`generated #${index} (${timezone})`, text, { timezone, ...(withOrganizer ? { organizer } : {}) }),
        ),
      )
    ).flat();
    const results = checkWithLibical(calendars);
    expect(problems(results)).toEqual([]);
    expect(results.reduce((sum, r) => sum + r.events, 0)).toBeGreaterThan(60);
    // Sixty programmes built and read by libical: a machine busy with other tests needs more than the default 30 s.
  }, 120_000);
});
