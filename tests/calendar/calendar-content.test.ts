import { describe, expect, it } from 'vitest';
import { planSessionEvents } from '../../src/calendar/event-plan.js';
import { writeCalendar } from '../../src/calendar/write-calendar.js';
import type { Session } from '../../src/programme/model.js';
import { day, makeSession, slot } from './make-session.js';
import { parseIcs } from './parse-ics.js';

async function calendarOf(sessions: Session[], language: 'en' | 'fr' = 'en', timezone = 'Europe/Paris'): Promise<string> {
  const events = sessions.flatMap((session) => planSessionEvents(session, { language }));
  return writeCalendar({ name: 'Programme 2019', timezone, events, stamp: '20190124T000000Z' });
}

describe('what the calendar holds', () => {
  it('crosses both summer-time changes in Paris: 9h is 08:00Z before them and 07:00Z between', async () => {
    const sessions = [
      makeSession({ title: 'Before spring', days: [day(2019, 3, 29)], slots: [slot([9, 0], [10, 0])] }),
      makeSession({ title: 'After spring', days: [day(2019, 4, 1)], slots: [slot([9, 0], [10, 0])], rowIndex: 1 }),
      makeSession({ title: 'Before autumn', days: [day(2019, 10, 25)], slots: [slot([9, 0], [10, 0])], rowIndex: 2 }),
      makeSession({ title: 'After autumn', days: [day(2019, 10, 28)], slots: [slot([9, 0], [10, 0])], rowIndex: 3 }),
    ];
    const { events } = parseIcs(await calendarOf(sessions));
    expect(events.map((e) => [e.summary, e.start, e.end])).toEqual([
      ['Before spring', '2019-03-29T08:00:00Z', '2019-03-29T09:00:00Z'],
      ['After spring', '2019-04-01T07:00:00Z', '2019-04-01T08:00:00Z'],
      ['Before autumn', '2019-10-25T07:00:00Z', '2019-10-25T08:00:00Z'],
      ['After autumn', '2019-10-28T08:00:00Z', '2019-10-28T09:00:00Z'],
    ]);
  });

  it('follows --timezone: 9h in Montreal is 14:00Z in winter', async () => {
    const { events } = parseIcs(await calendarOf([makeSession({ title: 'S', days: [day(2019, 1, 10)], slots: [slot([9, 0], [10, 0])] })], 'en', 'America/Montreal'));
    expect(events[0]!.start).toBe('2019-01-10T14:00:00Z');
  });

  it('makes a session without hours an all-day event ending the day after, across a month end', async () => {
    const { events } = parseIcs(await calendarOf([makeSession({ title: 'Bootcamp', days: [day(2019, 3, 28), day(2019, 3, 29), day(2019, 3, 30), day(2019, 3, 31)] })]));
    expect(events.map((e) => [e.start, e.end])).toEqual([['2019-03-28', '2019-04-01']]);
  });

  it('gives a several-day session with hours one event per day, with those hours', async () => {
    const { events } = parseIcs(await calendarOf([makeSession({ title: 'Séminaire', days: [day(2019, 5, 16), day(2019, 5, 17)], slots: [slot([9, 30], [18, 0])] })]));
    expect(events.map((e) => [e.start, e.end])).toEqual([
      ['2019-05-16T07:30:00Z', '2019-05-16T16:00:00Z'],
      ['2019-05-17T07:30:00Z', '2019-05-17T16:00:00Z'],
    ]);
    expect(new Set(events.map((e) => e.uid)).size).toBe(2);
  });

  it('spans following days of a set without hours, and splits days that do not follow', async () => {
    const { events } = parseIcs(
      await calendarOf([
        makeSession({ title: 'Séminaire', days: [day(2019, 5, 16), day(2019, 5, 17)] }),
        makeSession({ title: 'Ateliers', days: [day(2019, 6, 3), day(2019, 6, 5)], rowIndex: 1 }),
      ]),
    );
    expect(events.map((e) => [e.summary, e.start, e.end])).toEqual([
      ['Séminaire', '2019-05-16', '2019-05-18'],
      ['Ateliers', '2019-06-03', '2019-06-04'],
      ['Ateliers', '2019-06-05', '2019-06-06'],
    ]);
  });

  it('spans hours per audience from the earliest start to the latest end and lists each in the description', async () => {
    const session = makeSession({
      title: 'EIG (+ mentors l’après-midi)',
      days: [day(2019, 4, 11)],
      slots: [slot([9, 30], [18, 0], 'EIG'), slot([14, 0], [17, 30], 'mentors')],
    });
    const [event] = parseIcs(await calendarOf([session], 'fr')).events;
    expect([event!.start, event!.end]).toEqual(['2019-04-11T07:30:00Z', '2019-04-11T16:00:00Z']);
    expect(event!.description).toContain('EIG : 9h30 - 18h');
    expect(event!.description).toContain('mentors : 14h - 17h30');
  });

  it('keeps cancelled sessions as CANCELLED and makes each option of an undecided date TENTATIVE', async () => {
    const { events } = parseIcs(
      await calendarOf([
        makeSession({ title: 'Mentors', days: [day(2019, 2, 21)], cancelled: true }),
        makeSession({ title: 'Restitution', days: [day(2019, 11, 7), day(2019, 11, 14)], alternatives: [[day(2019, 11, 7)], [day(2019, 11, 14)]], rowIndex: 1 }),
      ]),
    );
    expect(events.map((e) => [e.summary, e.start, e.status])).toEqual([
      ['Mentors (cancelled)', '2019-02-21', 'CANCELLED'],
      ['Restitution (not settled)', '2019-11-07', 'TENTATIVE'],
      ['Restitution (not settled)', '2019-11-14', 'TENTATIVE'],
    ]);
    expect(events[1]!.description).toContain('not settled yet: 7 November 2019 or 14 November 2019');
  });

  it('puts theme in the summary, place in LOCATION, audience and theme in the description, all escaped', async () => {
    const session = makeSession({ title: 'Session EIG', days: [day(2019, 3, 14)], place: 'LLL, Atelier C; 2e étage', audience: 'EIG', theme: 'Design; UX, accessibilité' });
    const text = await calendarOf([session], 'fr');
    expect(text).toContain('LOCATION:LLL\\, Atelier C\\; 2e étage');
    const [event] = parseIcs(text).events;
    expect(event!.summary).toBe('Session EIG – Design; UX, accessibilité');
    expect(event!.location).toBe('LLL, Atelier C; 2e étage');
    expect(event!.description).toBe('Public : EIG\nThématique : Design; UX, accessibilité');
  });

  it('leaves out days that cannot exist and keeps the rest', async () => {
    const { events } = parseIcs(await calendarOf([
      makeSession({ title: 'Impossible', days: [day(2019, 2, 30)] }),
      makeSession({ title: 'Real', days: [day(2019, 2, 28)], rowIndex: 1 }),
    ]));
    expect(events.map((e) => e.summary)).toEqual(['Real']);
  });

  it('has the feed properties clients need, CRLF line ends and no line over 75 octets', async () => {
    const text = await calendarOf([makeSession({ title: 'Séminaire « hors-les-murs » à l’Hostellerie de la Vallée : données, éthique, stratégie', days: [day(2019, 5, 16)] })]);
    const lines = text.split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of lines) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    for (const property of ['PRODID:-//programme-sync//programme-sync//EN', 'X-WR-CALNAME:Programme 2019', 'X-WR-TIMEZONE:Europe/Paris', 'REFRESH-INTERVAL;VALUE=DURATION:PT12H', 'X-PUBLISHED-TTL:PT12H']) {
      expect(lines).toContain(property);
    }
    // No METHOD without an organizer: RFC 5546 asks every event of a PUBLISH calendar for one (see libical.test.ts).
    expect(lines.some((line) => line.startsWith('METHOD'))).toBe(false);
    expect(parseIcs(text).calendar.getFirstPropertyValue('x-wr-calname')).toBe('Programme 2019');
  });
});
