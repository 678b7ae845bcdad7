import { describe, expect, it } from 'vitest';
import { buildCalendars } from '../../src/calendar/build-calendars.js';
import { readPreviousCalendar } from '../../src/calendar/previous-calendar.js';
import { assignUids, identityHash } from '../../src/calendar/uid.js';
import { day, makeReport, makeSession } from './make-session.js';
import { parseIcs } from './parse-ics.js';

const options = { language: 'en' as const, timezone: 'Europe/Paris', commitTime: async () => undefined };
const sessions = [makeSession({ title: 'Mentors', days: [day(2019, 2, 21)] }), makeSession({ title: 'EIG', days: [day(2019, 3, 14)], rowIndex: 1 })];

describe('reading the previous calendar', () => {
  it('reads folded lines back, and keeps events when git turned CRLF into LF (the file is rewritten in CRLF, no SEQUENCE bump)', async () => {
    const [first] = await buildCalendars(makeReport(sessions), { ...options, readPrevious: async () => undefined, sourceDateEpoch: 1548288000 });
    const lf = first!.content.replace(/\r\n/g, '\n');
    const [again] = await buildCalendars(makeReport(sessions), { ...options, readPrevious: async () => lf, sourceDateEpoch: 1551398400 });
    expect(again!.changed).toBe(true);
    expect(again!.content).toBe(first!.content);
  });

  it('ignores events it did not write (hand-added UIDs) and gives the sessions their own', async () => {
    const foreign = ['BEGIN:VCALENDAR', 'BEGIN:VEVENT', 'UID:meeting-42@example.org', 'DTSTART;VALUE=DATE:20190221', 'SUMMARY:Mentors', 'END:VEVENT', 'END:VCALENDAR', ''].join('\r\n');
    expect(readPreviousCalendar(foreign).events).toHaveLength(1);
    const [output] = await buildCalendars(makeReport(sessions), { ...options, readPrevious: async () => foreign });
    expect(parseIcs(output!.content).events.map((e) => e.uid)).toEqual([
      `${identityHash({ title: 'Mentors', audience: '' })}-1@programme-sync`,
      `${identityHash({ title: 'EIG', audience: '' })}-1@programme-sync`,
    ]);
  });
});

describe('UIDs', () => {
  const mentors = { title: 'Mentors', audience: '' };
  const hash = identityHash(mentors);

  it('ignore accents, case, punctuation and spacing of the title, but not the audience', () => {
    expect(identityHash({ title: 'Séminaire  EIG', audience: '' })).toBe(identityHash({ title: 'seminaire eig!', audience: '' }));
    expect(identityHash({ title: 'Séminaire', audience: 'EIG' })).not.toBe(identityHash({ title: 'Séminaire', audience: 'mentors' }));
  });

  it('match the same start first, then pair moved events in order, then number new ones after the taken ones', () => {
    const previous = [
      { uid: `${hash}-1@programme-sync`, start: 'DTSTART;VALUE=DATE:20190221', sequence: 0, fingerprint: '' },
      { uid: `${hash}-7@programme-sync`, start: 'DTSTART;VALUE=DATE:20190418', sequence: 0, fingerprint: '' },
    ];
    const uids = assignUids(
      [
        { identity: mentors, start: 'DTSTART;VALUE=DATE:20190214' },
        { identity: mentors, start: 'DTSTART;VALUE=DATE:20190418' },
        { identity: mentors, start: 'DTSTART;VALUE=DATE:20190523' },
      ],
      previous,
    );
    expect(uids).toEqual([`${hash}-1@programme-sync`, `${hash}-7@programme-sync`, `${hash}-3@programme-sync`]);
    // A new event never takes a number the previous calendar used.
    expect(assignUids([{ identity: mentors, start: 'DTSTART;VALUE=DATE:20190101' }, { identity: mentors, start: 'DTSTART;VALUE=DATE:20190102' }, { identity: mentors, start: 'DTSTART;VALUE=DATE:20190418' }], [{ ...previous[1]!, uid: `${hash}-2@programme-sync` }])).toEqual([
      `${hash}-1@programme-sync`,
      `${hash}-3@programme-sync`,
      `${hash}-2@programme-sync`,
    ]);
  });
});
