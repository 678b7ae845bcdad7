import { describe, expect, it, vi } from 'vitest';
import { planSessionEvents } from '../../src/calendar/event-plan.js';
import { readPreviousCalendar } from '../../src/calendar/previous-calendar.js';
import { writeCalendar } from '../../src/calendar/write-calendar.js';
import type { Organizer } from '../../src/config/organizer.js';
import { day, makeSession, slot, type SessionSketch } from './make-session.js';

// Counts the events `ics` is asked to format, to see which ones were carried over instead.
const icsCalls = vi.hoisted(() => ({ calls: 0, events: 0 }));
// Counts conversions to UTC, which need the time-zone database (costly on first use).
const utcConversions = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../src/calendar/wall-clock.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/calendar/wall-clock.js')>();
  return {
    ...real,
    wallClockToUtc: (...args: Parameters<typeof real.wallClockToUtc>) => {
      utcConversions.count += 1;
      return real.wallClockToUtc(...args);
    },
  };
});
vi.mock('ics', async (importOriginal) => {
  const real = await importOriginal<typeof import('ics')>();
  return {
    ...real,
    createEvents: (events: Parameters<typeof real.createEvents>[0], header?: Parameters<typeof real.createEvents>[1]) => {
      icsCalls.calls += 1;
      icsCalls.events += events.length;
      return real.createEvents(events, header);
    },
  };
});

const rows: SessionSketch[] = [
  { title: 'Bootcamp', days: [day(2019, 2, 11), day(2019, 2, 12), day(2019, 2, 13)], place: 'Salle Verte, 3e étage' },
  { title: 'Mentors', days: [day(2019, 2, 21)], slots: [slot([14, 0], [18, 30])], audience: 'mentors' },
  { title: 'Séminaire « hors-les-murs » à l’Hostellerie de la Vallée : données, éthique', days: [day(2019, 3, 31), day(2019, 4, 1)], slots: [slot([9, 30], [18, 0])] },
  { title: 'Mentors', days: [day(2019, 4, 18)], audience: 'mentors' },
  { title: 'Restitution', days: [], alternatives: [[day(2019, 11, 7)], [day(2019, 11, 14)]] },
  { title: 'Mentors', days: [day(2019, 5, 23)], audience: 'mentors', cancelled: true },
  { title: 'Atelier', days: [day(2019, 10, 27)], slots: [slot([9, 0])], theme: 'Données ouvertes' },
];

const name = 'Programme 2019, promotion 3; Paris';

async function write(
  sketches: SessionSketch[],
  stamp: string,
  previousText: string | undefined,
  carryOver: boolean,
  timezone = 'Europe/Paris',
  organizer?: Organizer,
): Promise<string> {
  const events = sketches.flatMap((sketch, rowIndex) => planSessionEvents(makeSession({ ...sketch, rowIndex }), { language: 'fr' }));
  const previous = previousText === undefined ? undefined : readPreviousCalendar(previousText);
  return writeCalendar({ name, timezone, events, stamp, carryOver, ...(previous ? { previous } : {}), ...(organizer ? { organizer } : {}) });
}

/** The carried-over calendar, checked against a render of every event from scratch with the same previous calendar. */
async function carriedAndChecked(sketches: SessionSketch[], stamp: string, previous?: string, timezone?: string, organizer?: Organizer): Promise<string> {
  const carried = await write(sketches, stamp, previous, true, timezone, organizer);
  expect(carried).toBe(await write(sketches, stamp, previous, false, timezone, organizer));
  return carried;
}

const edited = rows.map((row) => (row.title === 'Bootcamp' ? { ...row, place: 'Ségur' } : row));

describe('events carried over from the previous calendar', () => {
  it('gives the bytes of a full render with no previous calendar, header included', async () => {
    const first = await carriedAndChecked(rows, '20190124T000000Z');
    expect(first).toMatch(/^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\n/);
    expect(first).toContain('X-WR-CALNAME:Programme 2019\\, promotion 3\\; Paris\r\n');
    expect(first.match(/^X-PROGRAMME-SYNC-KEY:[0-9a-f]{32}\r$/gm)).toHaveLength(first.match(/^BEGIN:VEVENT\r$/gm)!.length);
  });

  it('gives an empty programme the same header and footer as `ics` writes', async () => {
    expect(await carriedAndChecked([], '19800101T000000Z')).toContain('END:VCALENDAR');
  });

  it('rewrites an unchanged programme to the same bytes without asking `ics` to format anything', async () => {
    const first = await carriedAndChecked(rows, '20190124T000000Z');
    expect(utcConversions.count).toBeGreaterThan(0);
    icsCalls.calls = 0;
    utcConversions.count = 0;
    const second = await write(rows, '20190301T000000Z', first, true);
    expect(icsCalls.calls).toBe(0);
    // Nor to convert a single time to UTC: the time-zone database is never consulted.
    expect(utcConversions.count).toBe(0);
    expect(second).toBe(first);
    expect(await write(rows, '20190301T000000Z', first, false)).toBe(first);
  });

  it('formats only the edited row, bumps its SEQUENCE alone, and matches a full render byte for byte', async () => {
    const first = await carriedAndChecked(rows, '20190124T000000Z');
    icsCalls.calls = 0;
    icsCalls.events = 0;
    const second = await carriedAndChecked(edited, '20190301T000000Z', first);
    // The carried build formats the edited bootcamp alone; the reference build all nine events.
    expect(icsCalls.calls).toBe(2);
    expect(icsCalls.events).toBe(1 + 9);
    const changed = readPreviousCalendar(second).events.filter((event) => event.sequence > 0);
    expect(changed.map((event) => [event.start, event.sequence, event.lastModified])).toEqual([
      ['DTSTART;VALUE=DATE:20190211', 1, '20190301T000000Z'],
    ]);
    // Built again over itself, nothing moves.
    expect(await carriedAndChecked(edited, '20190401T000000Z', second)).toBe(second);
  });

  it('formats the timed events again, and only those, when the programme moves to another time zone', async () => {
    const paris = await carriedAndChecked(rows, '20190124T000000Z');
    icsCalls.events = 0;
    const montreal = await carriedAndChecked(rows, '20190301T000000Z', paris, 'America/Montreal');
    // The timed events change (their UTC times do); the all-day ones are carried over.
    const timed = readPreviousCalendar(paris).events.filter((event) => event.start.endsWith('Z'));
    expect(icsCalls.events - 9).toBe(timed.length);
    expect(montreal).toContain('DTSTART:20190221T190000Z');
    expect(paris).toContain('DTSTART:20190221T130000Z');
    const bumped = readPreviousCalendar(montreal).events.filter((event) => event.sequence === 1);
    expect(bumped.map((event) => event.uid).sort()).toEqual(timed.map((event) => event.uid).sort());
  });

  it('upgrades a calendar written before content keys without counting its events as changed', async () => {
    const withoutKeys = (await write(rows, '20190124T000000Z', undefined, true)).replace(/X-PROGRAMME-SYNC-KEY:[0-9a-f]+\r\n/g, '');
    const upgraded = await carriedAndChecked(rows, '20190301T000000Z', withoutKeys);
    expect(upgraded.replace(/X-PROGRAMME-SYNC-KEY:[0-9a-f]+\r\n/g, '')).toBe(withoutKeys);
  });

  it('keeps each UID with its own content when two events of the same session and day trade places', async () => {
    const twins: SessionSketch[] = [
      { title: 'Mentors', days: [day(2019, 2, 21)], slots: [slot([9, 0], [12, 0])], audience: 'mentors' },
      { title: 'Mentors', days: [day(2019, 2, 21)], slots: [slot([9, 0], [17, 0])], audience: 'mentors' },
    ];
    const first = await carriedAndChecked(twins, '20190124T000000Z');
    const swapped = await carriedAndChecked([twins[1]!, twins[0]!], '20190301T000000Z', first);
    const uidOf = (text: string, end: string) => readPreviousCalendar(text).events.find((e) => e.lines.includes(end))!.uid;
    expect(uidOf(swapped, 'DTEND:20190221T110000Z')).toBe(uidOf(first, 'DTEND:20190221T110000Z'));
    expect(readPreviousCalendar(swapped).events.map((e) => e.sequence)).toEqual([0, 0]);
  });

  it('writes no METHOD without an organizer; with one, METHOD:PUBLISH and an ORGANIZER on every event, each event formatted again with its SEQUENCE up', async () => {
    const plain = await carriedAndChecked(rows, '20190124T000000Z');
    expect(plain).not.toMatch(/^METHOD:/m);
    expect(plain).not.toMatch(/^ORGANIZER/m);
    const organizer = { name: 'Équipe EIG', email: 'eig@example.org' };
    const published = await carriedAndChecked(rows, '20190301T000000Z', plain, 'Europe/Paris', organizer);
    expect(published).toMatch(/^PRODID:-\/\/programme-sync\/\/programme-sync\/\/EN\r\nMETHOD:PUBLISH\r\n/m);
    const events = readPreviousCalendar(published).events;
    expect(events.every((event) => event.lines.includes('ORGANIZER;CN=Équipe EIG:mailto:eig@example.org'))).toBe(true);
    expect(events.map((event) => event.sequence)).toEqual(events.map(() => 1));
    // Built again over itself with the same organizer, nothing moves; without it, the METHOD goes.
    expect(await carriedAndChecked(rows, '20190401T000000Z', published, 'Europe/Paris', organizer)).toBe(published);
    expect(await carriedAndChecked(rows, '20190401T000000Z', published)).not.toMatch(/^(METHOD|ORGANIZER)/m);
  });

  it('quotes an organizer name holding a comma, and writes a bare address without CN', async () => {
    const quoted = await carriedAndChecked(rows.slice(0, 1), '20190124T000000Z', undefined, 'Europe/Paris', { name: 'EIG, promotion 3', email: 'eig@example.org' });
    expect(quoted).toContain('\r\nORGANIZER;CN="EIG, promotion 3":mailto:eig@example.org\r\n');
    const bare = await carriedAndChecked(rows.slice(0, 1), '20190124T000000Z', undefined, 'Europe/Paris', { email: 'eig@example.org' });
    expect(bare).toContain('\r\nORGANIZER:mailto:eig@example.org\r\n');
  });
});
