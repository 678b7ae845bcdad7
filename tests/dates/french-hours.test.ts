import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFrenchHours } from '../../src/dates/french-hours.js';
import type { TimeSlot } from '../../src/dates/types.js';
import { check } from '../helpers/read.js';
import { sessionToJson } from '../../src/report/session-json.js';

const t = (hour: number, minute = 0) => ({ hour, minute });
const slot = (start: [number, number?], end?: [number, number?], label?: string): TimeSlot => {
  const s: TimeSlot = { start: t(...start) };
  if (end !== undefined) s.end = t(...end);
  if (label !== undefined) s.label = label;
  return s;
};

describe('parseFrenchHours: clock hours', () => {
  it.each<[string, TimeSlot[]]>([
    ['9h', [slot([9])]],
    ['9h30', [slot([9, 30])]],
    ['09:30', [slot([9, 30])]],
    ['9h - 18h30', [slot([9], [18, 30])]],
    ['9h \u2013 18h30', [slot([9], [18, 30])]],
    ['14:00-16:00', [slot([14], [16])]],
    ['de 9h à 18h', [slot([9], [18])]],
    ['12h00-12:05', [slot([12], [12, 5])]],
    ['9 h 30 - 18 h', [slot([9, 30], [18])]],
    ['09h30-18h00', [slot([9, 30], [18])]],
    ['14h-17h30', [slot([14], [17, 30])]],
    ['à partir de 14h', [slot([14])]],
    ['9h-12h et 14h-17h', [slot([9], [12]), slot([14], [17])]],
    ['9h-18h (à confirmer)', [slot([9], [18])]],
    ['8h30', [slot([8, 30])]],
    ['18:30', [slot([18, 30])]],
    ['09h00 - 09h30', [slot([9], [9, 30])]],
    ['20h00 - ...', [slot([20])]],
    ['20h00 - …', [slot([20])]],
    ['20h -', [slot([20])]],
    ['(17h30-19h)', [slot([17, 30], [19])]],
    ['( 17h30 - 19h )', [slot([17, 30], [19])]],
    ['Atelier : (9h-12h)', [slot([9], [12], 'Atelier')]],
    ['(après 19h)', [slot([19])]],
  ])('%j', (text, slots) => {
    expect(parseFrenchHours(text)).toEqual({ ok: true, slots });
  });
});

describe('parseFrenchHours: a range written with an arrow', () => {
  it.each<[string, TimeSlot[]]>([
    ['14h \u2192 18h', [slot([14], [18])]],
    ['14h\u219218h', [slot([14], [18])]],
    ['9h30 -> 12h', [slot([9, 30], [12])]],
    ['18:30 > 20:00', [slot([18, 30], [20])]],
    ['14 h \u2192 18 h 30', [slot([14], [18, 30])]],
  ])('%s', (cell, slots) => {
    expect(parseFrenchHours(cell)).toMatchObject({ ok: true, slots });
  });

  it('still reads an arrow pointing back as no range', () => {
    expect(parseFrenchHours('14h \u2190 18h').ok).toBe(false);
  });
});

describe('parseFrenchHours: minutes after a dot', () => {
  it.each<[string, TimeSlot[], string]>([
    ['17:30-18.00', [slot([17, 30], [18])], '18.00'],
    ['9.30 - 12h', [slot([9, 30], [12])], '9.30'],
    ['14h à 16.45', [slot([14], [16, 45])], '16.45'],
  ])('%j is read, with a warning naming %j', (text, slots, detail) => {
    expect(parseFrenchHours(text)).toEqual({ ok: true, slots: slots, warnings: [{ kind: 'dotted-minutes', detail }] });
  });

  it('does not read a dot as minutes away from a real time', () => {
    expect(parseFrenchHours('12.50 €')).toEqual({ ok: true, slots: [] });
    expect(parseFrenchHours('18.00')).toEqual({ ok: true, slots: [] });
    expect(parseFrenchHours('exercices 1.11 à 1.13')).toEqual({ ok: true, slots: [] });
    expect(parseFrenchHours('12.50 - 10.00 €')).toEqual({ ok: true, slots: [] });
    expect(parseFrenchHours('19.06.2019')).toEqual({ ok: true, slots: [] });
  });

  // Hours written with dots throughout (`9.30-11.30`) are a way of writing them, not a
  // typo: a reader puts them in the calendar, and nothing is worth a warning.
  it.each<[string, TimeSlot[]]>([
    ['9.30-11.30', [slot([9, 30], [11, 30])]],
    ['17.30-18.00', [slot([17, 30], [18])]],
    ['14.00 - 15.30', [slot([14], [15, 30])]],
    ['10.15 à 12.00', [slot([10, 15], [12])]],
    ['de 8.45 à 10.15', [slot([8, 45], [10, 15])]],
    ['9.00-12.00 et 14.00-17.00', [slot([9], [12]), slot([14], [17])]],
    ['9.30 \u2013 11.30 (salle B)', [slot([9, 30], [11, 30])]],
  ])('%j: a range written with dots is read, with no warning', (text, slots) => {
    expect(parseFrenchHours(text)).toEqual({ ok: true, slots });
  });

  // `19.30 h`: minutes after a dot then the hour's `h`, as Belgian and Swiss pages write it:
  // the `h` says it is a clock time, alone or in a range, with nothing to warn about.
  it.each<[string, TimeSlot[]]>([
    ['19.30 h', [{ start: { hour: 19, minute: 30 } }]],
    ['19.30h', [{ start: { hour: 19, minute: 30 } }]],
    ['19.30 h - 21 h', [slot([19, 30], [21])]],
    ['9.15h - 12.45h', [slot([9, 15], [12, 45])]],
  ])('%j: a dotted time closed by its h is read as a clock time', (text, slots) => {
    expect(parseFrenchHours(text)).toEqual({ ok: true, slots });
  });

  it('gives no warnings key on a well-written cell', () => {
    expect('warnings' in parseFrenchHours('17:30-18:00')).toBe(false);
  });
});

describe('parseFrenchHours: a start hour written without its h', () => {
  it.each<[string, TimeSlot[]]>([
    ['14-16h', [slot([14], [16])]],
    ['10-12h', [slot([10], [12])]],
    ['9 - 12h30', [slot([9], [12, 30])]],
    ['de 14 à 16h', [slot([14], [16])]],
    ['8-10h et 14-16h', [slot([8], [10]), slot([14], [16])]],
    ['9h-12', [slot([9], [12])]],
    ['14:00-16', [slot([14], [16])]],
  ])('%j', (text, slots) => {
    expect(parseFrenchHours(text)).toEqual({ ok: true, slots });
  });

  it('reads no hour in a number away from a written one', () => {
    expect(parseFrenchHours('2 groupes')).toEqual({ ok: true, slots: [] });
    expect(parseFrenchHours('14-16')).toEqual({ ok: true, slots: [] });
    expect(parseFrenchHours('salle 12')).toEqual({ ok: true, slots: [] });
  });

  it('still finds an end before its start', () => {
    expect(parseFrenchHours('16-14h')).toMatchObject({ ok: false, reason: 'end-before-start' });
  });
});

describe('parseFrenchHours: slots apart by a slash, and times in a remark', () => {
  it.each<[string, TimeSlot[]]>([
    ['9h00-12h00 / 14h00-17h00', [slot([9], [12]), slot([14], [17])]],
    ['14h00 (durée 2h)', [slot([14])]],
    ['18h30-20h30 (accueil 18h)', [slot([18, 30], [20, 30])]],
    ['(17h30-19h)', [slot([17, 30], [19])]],
    ['9h45 - 13h & 14h - 17h15', [slot([9, 45], [13]), slot([14], [17, 15])]],
    ['(9h45 - 13h & 14h - 17h15)', [slot([9, 45], [13]), slot([14], [17, 15])]],
    ['(9h-12h / 14h-17h)', [slot([9], [12]), slot([14], [17])]],
  ])('%j', (text, slots) => {
    expect(parseFrenchHours(text)).toEqual({ ok: true, slots });
  });

  it('reads a slash set tight between two times as a range, not two slots (`13h30/17h30` in a planning\'s hours column)', () => {
    expect(parseFrenchHours('9h/12h')).toEqual({ ok: true, slots: [slot([9], [12])] });
    expect(parseFrenchHours('13h30/17h30')).toEqual({ ok: true, slots: [slot([13, 30], [17, 30])] });
    expect(parseFrenchHours('8h/12h')).toEqual({ ok: true, slots: [slot([8], [12])] });
  });

  it('still reads an end before its start across a tight slash as an error', () => {
    expect(parseFrenchHours('17h30/13h30')).toMatchObject({ ok: false, reason: 'end-before-start' });
  });
});

describe('parseFrenchHours: slots per audience', () => {
  it.each<[string, TimeSlot[]]>([
    ['EIG : 9h30-18h, mentors : 14h-17h30', [slot([9, 30], [18], 'EIG'), slot([14], [17, 30], 'mentors')]],
    ['9h - 18h30 pour les EIG, 14h - 18h30 pour les mentors', [slot([9], [18, 30], 'EIG'), slot([14], [18, 30], 'mentors')]],
    ['9h30 - 18h30 pour les EIG, 14h - 18h30 pour les mentors', [slot([9, 30], [18, 30], 'EIG'), slot([14], [18, 30], 'mentors')]],
    ['10h-12h pour le jury', [slot([10], [12], 'jury')]],
    ['Équipes : 9h-17h', [slot([9], [17], 'Équipes')]],
  ])('%j', (text, slots) => {
    expect(parseFrenchHours(text)).toEqual({ ok: true, slots });
  });
});

describe('parseFrenchHours: no clock hours', () => {
  it.each([
    'Les 2 jours', 'journée', 'toute la journée', 'Voir la page du bootcamp', 'A venir', 'à venir',
    'TBC', 'TBD', 'à définir', '', '  ', '-', '...', 'matinée seulement',
  ])('%j gives no slots', (text) => {
    expect(parseFrenchHours(text)).toEqual({ ok: true, slots: [] });
  });
});

describe('parseFrenchHours: an evening past midnight', () => {
  it.each([
    ['22h - 2h', [22, 0], [2, 0]],
    ['23h30 - 0h30', [23, 30], [0, 30]],
    ['20h00 - 01h00', [20, 0], [1, 0]],
    ['20h - 24h', [20, 0], [0, 0]],
    ['19h - 24h00', [19, 0], [0, 0]],
  ] as Array<[string, [number, number], [number, number]]>)('%j ends on the next day', (text, start, end) => {
    expect(parseFrenchHours(text)).toEqual({ ok: true, slots: [{ start: t(...start), end: t(...end), nextDay: true }] });
  });

  it('an end before a start that is not an evening into the small hours stays an error', () => {
    for (const text of ['18h - 9h', '14h - 2h', '22h - 7h', '10h - 9h']) expect(parseFrenchHours(text)).toMatchObject({ ok: false, reason: 'end-before-start' });
  });
});

describe('parseFrenchHours: errors', () => {
  it.each([
    ['25h', 'invalid-hour', '25h'],
    ['9h75', 'invalid-hour', '9h75'],
    ['9h - 25h', 'invalid-hour', '25h'],
    ['14:60', 'invalid-hour', '14:60'],
    ['18h - 9h', 'end-before-start', '18h - 9h'],
    ['EIG : 9h-18h, mentors : 18h - 14h', 'end-before-start', '18h - 14h'],
    ['9h, 10h, 11h ou plus tard', 'unreadable', '11h ou plus tard'],
    ['vers 9h', 'unreadable', 'vers 9h'],
    ['9h-10h-11h', 'unreadable', '9h-10h-11h'],
    ['(17h30-19h', 'unreadable', '(17h30-19h'],
    ['9h - 25.00', 'invalid-hour', '25.00'],
  ])('%j is %s', (text, reason, detail) => {
    expect(parseFrenchHours(text)).toEqual({ ok: false, reason, text, detail });
  });

  it('does not raise false alarms on free-text arrival lines', () => {
    const line = 'arriver mardi entre 9h et 9h30 à la gare - Fin mercredi à 16h';
    const r = parseFrenchHours(line);
    expect(r.ok ? 'ok' : r.reason).not.toMatch(/invalid-hour|end-before-start/);
    // `entre 10h et 10h30` alone is a window, read as the range it names (`Entre 11 h et 13 h,
    // accueil` in cdp-permaculture-2018's day agenda).
    expect(parseFrenchHours('entre 10h et 10h30')).toEqual({ ok: true, slots: [{ start: { hour: 10, minute: 0 }, end: { hour: 10, minute: 30 } }] });
  });
});

describe('hostile input', () => {
  it.each([['1h'.repeat(50_000)], ['1.00-'.repeat(25_000)], ['(1h'.repeat(40_000)], ['1 '.repeat(50_000)], ['9h et '.repeat(20_000)], ['9h-'.repeat(34_000)], [', '.repeat(50_000)]])(
    'a %# long adversarial cell completes',
    (text) => {
      expect(text.length).toBeGreaterThanOrEqual(100_000);
      expect(typeof parseFrenchHours(text).ok).toBe('boolean');
    },
  );
});

describe('properties', () => {
  it('never throws on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (text) => {
        expect(typeof parseFrenchHours(text).ok).toBe('boolean');
      }),
    );
  });

  it('reads back any generated valid range', () => {
    const time = fc.record({ hour: fc.integer({ min: 0, max: 23 }), minute: fc.integer({ min: 0, max: 59 }) });
    fc.assert(
      fc.property(time, time, (a, b) => {
        const fmt = (x: { hour: number; minute: number }) => `${x.hour}h${String(x.minute).padStart(2, '0')}`;
        const r = parseFrenchHours(`${fmt(a)} - ${fmt(b)}`);
        // An evening into the small hours, or any slot that ends at 00:00 (`16:00–00:00`, midnight).
        const evening = (a.hour >= 17 && b.hour * 60 + b.minute <= 6 * 60) || (b.hour === 0 && b.minute === 0);
        if (b.hour * 60 + b.minute < a.hour * 60 + a.minute && evening) expect(r).toEqual({ ok: true, slots: [{ start: a, end: b, nextDay: true }] });
        else if (b.hour * 60 + b.minute < a.hour * 60 + a.minute) expect(r.ok).toBe(false);
        else expect(r).toEqual({ ok: true, slots: [{ start: a, end: b }] });
      }),
      // The counterexample a run found once a slot to 00:00 ended at midnight: `0h01 - 0h00`.
      { examples: [[{ hour: 0, minute: 1 }, { hour: 0, minute: 0 }]] },
    );
  });
});

describe('parseFrenchHours: clock times with seconds, as a spreadsheet or a date-time export writes them', () => {
  it.each<[string, TimeSlot[]]>([
    ['13:15:00', [slot([13, 15])]],
    ['08:00:00 - 10:30:00', [slot([8], [10, 30])]],
    ['14:00:00-16:00', [slot([14], [16])]],
    ['de 09:30:00 à 12:00:00', [slot([9, 30], [12])]],
  ])('%s', (cell, slots) => {
    expect(parseFrenchHours(cell)).toEqual({ ok: true, slots });
  });

  it('does not read a third group of digits as a time of its own', () => {
    expect(parseFrenchHours('13:15:00')).toEqual({ ok: true, slots: [slot([13, 15])] });
  });
});

describe('parseFrenchHours where hours are written: dotted start times', () => {
  it('reads `16.00` and `11.00 & 14.00` as start times after a dated line’s date or under an `Heure` header', () => {
    expect(parseFrenchHours('16.00', { hoursPlace: true })).toEqual({ ok: true, slots: [{ start: { hour: 16, minute: 0 } }] });
    expect(parseFrenchHours('11.00 & 14.00', { hoursPlace: true })).toEqual({ ok: true, slots: [{ start: { hour: 11, minute: 0 } }, { start: { hour: 14, minute: 0 } }] });
  });

  it('still reads no time from `18.00` alone in another cell, nor from a price after a date', () => {
    expect(parseFrenchHours('18.00')).toEqual({ ok: true, slots: [] });
    expect(parseFrenchHours('12.05', { hoursPlace: true })).toEqual({ ok: true, slots: [] });
  });
});

// jetesdelencre-dates-ete-2026 (set 68): a musician's dates, every time typed `18hoo`.
describe('parseFrenchHours: the minutes’ zeros typed as the letter o', () => {
  it('reads `18hoo` and `12hOO` as on the hour, in a cell and after a dated item’s date', () => {
    expect(parseFrenchHours('18hoo')).toEqual({ ok: true, slots: [slot([18])] });
    expect(parseFrenchHours('12hOO - 14hoo')).toEqual({ ok: true, slots: [slot([12], [14])] });
    const sessions = check('- **jeudi 23 juillet 2026** 18hoo à La Cambuse\n- **mardi 28 juillet 2026** 12hoo Le Pen TY\n').programme.sessions.map(sessionToJson);
    expect(sessions.map((s) => `${s.days.join()} ${s.times.map((one) => one.start).join()} ${s.title}`)).toEqual(['2026-07-23 18:00 à La Cambuse', '2026-07-28 12:00 Le Pen TY']);
  });

  it('reads no time from a word that opens with `hoo` after a number (`9hoot`)', () => {
    const read = parseFrenchHours('9hoot');
    expect(read.ok && read.slots.length > 0).toBe(false);
    expect(check('- **mercredi 29 juillet 2026** 9hoot\n').programme.sessions.map(sessionToJson).map((s) => s.times)).toEqual([[]]);
  });
});

describe('a 12-hour clock, as a page pasted from an English site writes it', () => {
  const slots = (text: string) => {
    const parsed = parseFrenchHours(text);
    return parsed.ok ? parsed.slots.map((s) => `${s.start.hour}:${String(s.start.minute).padStart(2, '0')}-${s.end ? `${s.end.hour}:${String(s.end.minute).padStart(2, '0')}` : ''}`) : parsed.reason;
  };

  it('reads each marked time on the 24-hour clock', () => {
    expect(slots('7:00 PM - 9:00 PM')).toEqual(['19:00-21:00']);
    expect(slots('10:45 am - 01:00 pm')).toEqual(['10:45-13:00']);
    expect(slots('9:30am to 10am')).toEqual(['9:30-10:00']);
    expect(slots('1:30 p.m.')).toEqual(['13:30-']);
  });

  it('gives an unmarked start its end’s mark unless it would then start after its end', () => {
    expect(slots('3:00 - 4:00 PM')).toEqual(['15:00-16:00']);
    expect(slots('3 - 4 pm')).toEqual(['15:00-16:00']);
    expect(slots('11:00 - 1:00 PM')).toEqual(['11:00-13:00']);
  });

  it('keeps French hours and words that only look like a mark as they were', () => {
    expect(slots('9h - 12h')).toEqual(['9:00-12:00']);
    expect(slots('14h30 (ami·es bienvenu·es)')).toEqual(['14:30-']);
  });
});

// icoa-gson-chimie-informatique-2022 (set 116's stop): two ranges side by side whose first ends
// on a round hour, `10h-12h 13h30-15h30`, read `12h 13` as 12:13 and the rest as no hours.
describe('parseFrenchHours: two ranges side by side, the first ending on a round hour', () => {
  it.each<[string, TimeSlot[]]>([
    ['10h-12h 13h30-15h30', [slot([10], [12]), slot([13, 30], [15, 30])]],
    ['9h-12h 14h-17h', [slot([9], [12]), slot([14], [17])]],
    ['9 h 30 - 11 h', [slot([9, 30], [11])]],
    ['de 9 h 30 à 12 h 15', [slot([9, 30], [12, 15])]],
  ])('%s', (text, slots) => {
    expect(parseFrenchHours(text)).toEqual({ ok: true, slots });
  });

  it('reads them after a day in a bold line, and leaves the title clean', () => {
    const page = ['**Lundi 10 janvier 2022 10h-12h 13h30-15h30**', '', '- Talktorial introductif', ''];
    const [session] = check(page.join('\n'), { committed: { year: 2022, month: 1, day: 2 } }).programme.sessions.map(sessionToJson);
    expect(session!.times.map((time) => `${time.start}-${time.end}`)).toEqual(['10:00-12:00', '13:30-15:30']);
    expect(session!.title).not.toBe('30-15h30');
  });
});
