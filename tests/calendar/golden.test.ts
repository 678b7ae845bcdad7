import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCalendars, type CalendarOutput } from '../../src/calendar/build-calendars.js';
import { checkText } from '../../src/engine/pipeline.js';
import { parseIcs } from './parse-ics.js';

// Each tests/fixtures/calendar-<case>/ holds input.md and the calendars it must give:
// expected.ics, and expected.<audience>.ics for the per-audience feeds. A missing expected
// file is written on the first run, to be reviewed and committed like code.
const fixtures = resolve(import.meta.dirname, '..', 'fixtures');
const cases = readdirSync(fixtures).filter((name) => name.startsWith('calendar-'));

async function build(folder: string): Promise<CalendarOutput[]> {
  const report = checkText('input.md', readFileSync(join(folder, 'input.md'), 'utf8'), { language: 'fr', timezone: 'Europe/Paris' });
  return buildCalendars(report, {
    language: 'fr',
    timezone: 'Europe/Paris',
    split: 'audience',
    readPrevious: async () => undefined,
    // A fixture's commit time changes with every commit; the content's own epoch does not.
    commitTime: async () => undefined,
  });
}

describe.each(cases)('fixture %s', (name) => {
  const folder = join(fixtures, name);

  it('gives the expected calendars byte for byte', async () => {
    for (const output of await build(folder)) {
      const expectedPath = join(folder, output.path.replace(/^input/, 'expected'));
      if (!existsSync(expectedPath)) writeFileSync(expectedPath, output.content);
      expect(output.content, expectedPath).toBe(readFileSync(expectedPath, 'utf8'));
    }
  });
});

describe('the seasons fixture, read back by ical.js', () => {
  it('has the events the programme says, at the right minute on both sides of summer time', async () => {
    const [full] = await build(join(fixtures, 'calendar-seasons'));
    const events = parseIcs(full!.content).events.map((e) => [e.start, e.end, e.status, e.summary]);
    expect(events).toEqual([
      ['2019-03-29T08:00:00Z', '2019-03-29T11:00:00Z', 'CONFIRMED', 'Atelier de printemps – Données ouvertes'],
      ['2019-04-01T07:00:00Z', '2019-04-01T10:00:00Z', 'CONFIRMED', "Atelier après le changement d'heure"],
      ['2019-05-16', '2019-05-18', 'CONFIRMED', 'Séminaire collectif – Stratégie, éthique et « communs numériques »'],
      ['2019-06-06T07:30:00Z', '2019-06-06T16:00:00Z', 'CONFIRMED', 'Journée commune'],
      ['2019-06-20T16:00:00Z', '2019-06-20T18:00:00Z', 'CANCELLED', 'Rencontre mentors (annulée)'],
      ['2019-09-30T07:00:00Z', '2019-09-30T15:00:00Z', 'CONFIRMED', "Semaine d'immersion"],
      ['2019-10-01T07:00:00Z', '2019-10-01T15:00:00Z', 'CONFIRMED', "Semaine d'immersion"],
      ['2019-10-02T07:00:00Z', '2019-10-02T15:00:00Z', 'CONFIRMED', "Semaine d'immersion"],
      ['2019-10-25T07:00:00Z', '2019-10-25T10:00:00Z', 'CONFIRMED', "Atelier d'automne"],
      ['2019-10-28T08:00:00Z', '2019-10-28T11:00:00Z', 'CONFIRMED', "Atelier après le retour à l'heure d'hiver"],
      ['2019-11-07', '2019-11-08', 'TENTATIVE', 'Restitution (à confirmer)'],
      ['2019-11-14', '2019-11-15', 'TENTATIVE', 'Restitution (à confirmer)'],
      ['2019-12-30', '2020-01-01', 'CONFIRMED', 'Clôture'],
    ]);
  });

  it('gives the mentors their own hours in their feed', async () => {
    const outputs = await build(join(fixtures, 'calendar-seasons'));
    const mentors = outputs.find((o) => o.path === 'input.mentors.ics')!;
    const shared = parseIcs(mentors.content).events.find((e) => e.summary === 'Journée commune')!;
    expect([shared.start, shared.end]).toEqual(['2019-06-06T12:00:00Z', '2019-06-06T15:30:00Z']);
  });
});
