import { describe, expect, it } from 'vitest';
import { buildCalendars, type CalendarOptions } from '../../src/calendar/build-calendars.js';
import type { Session } from '../../src/programme/model.js';
import { day, makeReport, makeSession, slot, type SessionSketch } from './make-session.js';
import { parseIcs } from './parse-ics.js';

const rows: SessionSketch[] = [
  { title: 'Bootcamp', days: [day(2019, 2, 11), day(2019, 2, 12), day(2019, 2, 13)] },
  { title: 'Mentors', days: [day(2019, 2, 21)], slots: [slot([14, 0], [18, 30])] },
  { title: 'EIG', days: [day(2019, 3, 14)], place: 'LLL' },
  { title: 'Mentors', days: [day(2019, 4, 18)] },
  { title: 'Mentors', days: [day(2019, 5, 23)] },
];

function sessions(sketches: SessionSketch[]): Session[] {
  return sketches.map((sketch, rowIndex) => makeSession({ ...sketch, rowIndex }));
}

/** Builds the full feed of `sketches`, with `previous` as the calendar already on disk. */
async function build(sketches: SessionSketch[], previous?: string, extra: Partial<CalendarOptions> = {}): Promise<string> {
  const [output] = await buildCalendars(makeReport(sessions(sketches), { title: 'Programme 2019' }), {
    language: 'en',
    timezone: 'Europe/Paris',
    readPrevious: async () => previous,
    commitTime: async () => undefined,
    ...extra,
  });
  return output!.content;
}

const byStart = (text: string) => new Map(parseIcs(text).events.map((e) => [e.start, e]));

describe('a calendar that never churns and always updates', () => {
  it('gives the same bytes when built twice, and changes no byte when built over itself', async () => {
    const first = await build(rows);
    expect(await build(rows)).toBe(first);
    expect(await build(rows, first)).toBe(first);
  });

  it('bumps SEQUENCE and LAST-MODIFIED of the edited event only, and keeps the others byte for byte', async () => {
    const first = await build(rows, undefined, { sourceDateEpoch: 1548288000 });
    const edited = rows.map((row) => (row.title === 'EIG' ? { ...row, place: 'Ségur' } : row));
    const second = await build(edited, first, { sourceDateEpoch: 1551398400 });
    const before = byStart(first);
    const after = byStart(second);
    for (const [start, event] of after) {
      const old = before.get(start)!;
      expect(event.uid).toBe(old.uid);
      if (start === '2019-03-14') {
        expect([event.sequence, event.dtstamp, event.location]).toEqual([1, '2019-03-01T00:00:00Z', 'Ségur']);
        expect(second).toContain('LAST-MODIFIED:20190301T000000Z');
      } else {
        expect([event.sequence, event.dtstamp]).toEqual([0, '2019-01-24T00:00:00Z']);
      }
    }
    // And a third build over the second leaves it alone.
    expect(await build(edited, second, { sourceDateEpoch: 1551398400 })).toBe(second);
  });

  it('keeps the UID of a session whose date is corrected, and tells clients it changed', async () => {
    const first = await build(rows);
    const corrected = rows.map((row) => (row.title === 'EIG' ? { ...row, days: [day(2019, 3, 15)] } : row));
    const second = await build(corrected, first);
    const old = byStart(first).get('2019-03-14')!;
    const moved = byStart(second).get('2019-03-15')!;
    expect(moved.uid).toBe(old.uid);
    expect(moved.sequence).toBe(old.sequence + 1);
  });

  it('keeps every UID when a row with the same title is added before others or one is removed', async () => {
    const first = await build(rows);
    const uids = new Map([...byStart(first)].map(([start, e]) => [start, e.uid]));
    const added = [...rows.slice(0, 1), { title: 'Mentors', days: [day(2019, 2, 14)] }, ...rows.slice(1)];
    const second = byStart(await build(added, first));
    for (const [start, uid] of uids) expect(second.get(start)!.uid).toBe(uid);
    expect(new Set([...second.values()].map((e) => e.uid)).size).toBe(second.size);

    const removed = rows.filter((row) => row.days[0]!.month !== 4);
    const third = byStart(await build(removed, first));
    for (const [start, event] of third) expect(event.uid).toBe(uids.get(start));
  });

  it('keeps the UID of the option that becomes the date when an undecided date is settled', async () => {
    const undecided = [{ title: 'Restitution', days: [day(2019, 11, 7), day(2019, 11, 14)], alternatives: [[day(2019, 11, 7)], [day(2019, 11, 14)]] }];
    const first = await build(undecided);
    const second = await build([{ title: 'Restitution', days: [day(2019, 11, 14)] }], first);
    const [settled] = parseIcs(second).events;
    expect(settled!.uid).toBe(byStart(first).get('2019-11-14')!.uid);
    expect(settled!.status).toBe('CONFIRMED');
  });
});

describe('DTSTAMP never comes from the clock', () => {
  const stampOf = (text: string) => parseIcs(text).events[0]!.dtstamp;

  it('comes from SOURCE_DATE_EPOCH first, then the last commit, then the previous calendar, then the content', async () => {
    expect(stampOf(await build(rows, undefined, { sourceDateEpoch: 1548288000, commitTime: async () => 1 }))).toBe('2019-01-24T00:00:00Z');
    expect(stampOf(await build(rows, undefined, { commitTime: async () => 1548322200 }))).toBe('2019-01-24T09:30:00Z');
    const earlier = await build(rows, undefined, { commitTime: async () => 1548322200 });
    const edited = rows.map((row) => (row.title === 'Bootcamp' ? { ...row, place: 'Paris' } : row));
    expect(stampOf(await build(edited, earlier))).toBe('2019-01-24T09:30:00Z');
    expect(stampOf(await build(rows))).toBe('2019-01-01T00:00:00Z');
  });
});
