import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCalendars } from '../../src/calendar/build-calendars.js';
import { checkText } from '../../src/engine/pipeline.js';
import { parseIcs } from './parse-ics.js';
import { corpusVersions } from '../helpers/corpus.js';

const seed = join(corpusVersions, '2019-01-24_5508229.md');
const present = existsSync(seed);
if (!present) console.warn(`corpus seed not found at ${seed}: skipping the seed calendar test`);

describe.skipIf(!present)('the seed programme (eig-link, 2019-01-24)', () => {
  it('builds a calendar whose events are its 14 sessions of 2019', async () => {
    const report = checkText('accompagnement.md', readFileSync(seed, 'utf8'), { language: 'fr', timezone: 'Europe/Paris' });
    expect(report.programme.sessions).toHaveLength(14);
    const [output] = await buildCalendars(report, {
      language: 'fr',
      timezone: 'Europe/Paris',
      readPrevious: async () => undefined,
      commitTime: async () => undefined,
    });
    const events = parseIcs(output!.content).events.map((e) => [e.start, e.end, e.status, e.summary]);
    // Written from the table by hand: no hours, so every session is all day; DTEND is the day after.
    expect(events).toEqual([
      ['2019-02-11', '2019-02-16', 'CONFIRMED', 'Bootcamp (EIG + mentors à certain moment)'],
      ['2019-02-21', '2019-02-22', 'CONFIRMED', 'Mentors'],
      ['2019-03-14', '2019-03-15', 'CONFIRMED', 'EIG'],
      ['2019-04-11', '2019-04-12', 'CONFIRMED', 'EIG (+ mentors l’après-midi)'],
      ['2019-04-18', '2019-04-19', 'CONFIRMED', 'Mentors'],
      ['2019-05-16', '2019-05-18', 'CONFIRMED', 'Séminaire EIG'],
      ['2019-05-23', '2019-05-24', 'CONFIRMED', 'Mentors'],
      ['2019-06-06', '2019-06-07', 'CONFIRMED', 'EIG (+ mentors l’après-midi)'],
      ['2019-07-04', '2019-07-05', 'CONFIRMED', 'EIG'],
      ['2019-07-11', '2019-07-12', 'CONFIRMED', 'Mentors'],
      ['2019-09-05', '2019-09-07', 'CONFIRMED', 'Seminaire EIG'],
      ['2019-09-19', '2019-09-20', 'CONFIRMED', 'Mentors'],
      ['2019-10-10', '2019-10-11', 'CONFIRMED', 'EIG (+ mentors l’après-midi)'],
      ['2019-11-07', '2019-11-08', 'TENTATIVE', 'Restitution (EIG + mentors) (à confirmer)'],
      ['2019-11-14', '2019-11-15', 'TENTATIVE', 'Restitution (EIG + mentors) (à confirmer)'],
    ]);
    expect(new Set(parseIcs(output!.content).events.map((e) => e.uid)).size).toBe(15);
  });
});
