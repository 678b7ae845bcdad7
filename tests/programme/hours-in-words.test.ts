/*
 * Clock hours as coordinators write them in a session's heading, item or cell, read by the
 * one hours grammar wherever they stand: `à partir de 19h`, `14 h 30` with spaces, `de 9h à
 * midi`, two slots of one day (`9h-12h / 14h-17h`, `de 9h à 12h et de 14h à 17h`), hours
 * that close an item in words (`stage de 14h à 17h`, `réunion à 18h30`), and hours that
 * close another cell of a row when the table has no hours column (`Salle 3, 14h-17h`).
 * Seen in meetup and association pages (`## Samedi 15 mars à partir de 19h`), training
 * days (`Horaires : 9h-12h / 14h-17h`) and club agendas; the variants are how other
 * coordinators write the same.
 */
import { describe, expect, it } from 'vitest';
import { parseFrenchHours } from '../../src/dates/french-hours.js';
import { sessionToJson } from '../../src/report/session-json.js';
import { check } from '../helpers/read.js';

const read = (lines: string[]) => check(lines.join('\n')).programme.sessions.map(sessionToJson).map((s) => `${s.times.map((t) => `${t.start}-${t.end ?? ''}`).join(',')} ${s.title}`);

describe('hours in a dated heading', () => {
  it.each([
    ['`à partir de 19h`', 'Samedi 15 mars 2025 à partir de 19h', '19:00-'],
    ['`à 14 h 30`, spaces inside', 'Samedi 15 mars 2025 à 14 h 30', '14:30-'],
    ['`, 14 h 30` after a comma', 'Samedi 15 mars 2025, 14 h 30', '14:30-'],
    ['`de 9h à midi`', 'Samedi 15 mars 2025, de 9h à midi', '09:00-12:00'],
    ['two slots, `9h-12h / 14h-17h`', 'Samedi 15 mars 2025 : 9h-12h / 14h-17h', '09:00-12:00,14:00-17:00'],
    ['two slots, `de 9h à 12h et de 14h à 17h`', 'Samedi 15 mars 2025, de 9h à 12h et de 14h à 17h', '09:00-12:00,14:00-17:00'],
  ])('%s', (_name, heading, hours) => {
    expect(read(['# Club', '', `## ${heading}`, '', 'Atelier.', ''])).toEqual([`${hours} ${heading}`]);
  });

  it('keeps the title after two slots', () => {
    expect(read(['# Stage', '', '## Samedi 15 mars 2025 : 9h-12h / 14h-17h : initiation', ''])).toEqual(['09:00-12:00,14:00-17:00 initiation']);
  });
});

describe('hours that close a dated item in words', () => {
  it.each([
    ['`de 14h à 17h` on the item’s next line', ['- Samedi 15 mars 2025 : stage', '  de 14h à 17h', '- Samedi 22 mars 2025 : stage', '  de 14h à 17h'], '14:00-17:00'],
    ['`de 9h à midi`', ['- Samedi 15 mars 2025 : stage de 9h à midi', '- Samedi 22 mars 2025 : stage de 9h à midi'], '09:00-12:00'],
    ['`à 18h30`', ['- Mardi 11 mars 2025 : réunion à 18h30', '- Mardi 18 mars 2025 : réunion à 18h30'], '18:30-'],
    ['`dès 19h`', ['- Vendredi 14 mars 2025 : soirée jeux dès 19h', '- Vendredi 21 mars 2025 : soirée jeux dès 19h'], '19:00-'],
  ])('%s', (_name, items, hours) => {
    expect(read(['# Club', '', ...items, '']).map((line) => line.split(' ')[0])).toEqual([hours, hours]);
  });

  it('does not read a length as hours (`cours de 2h`)', () => {
    expect(read(['# Club', '', '- Mardi 11 mars 2025 : cours de 2h', '- Mardi 18 mars 2025 : cours de 2h', ''])).toEqual([' cours de 2h', ' cours de 2h']);
  });
});

describe('hours that close another cell of a row, in a table with no hours column', () => {
  const table = (cells: string[]) => ['# Club 2025', '', '| Date | Atelier | Infos |', '| --- | --- | --- |', ...cells.map((cell, n) => `| ${12 + 7 * n}/03/2025 | Atelier ${n} | ${cell} |`), ''];

  it.each([
    ['a place then a range', ['Salle 3, 14h-17h', 'Salle 4, 14h-17h'], ['14:00-17:00', '14:00-17:00']],
    ['a cell of hours alone', ['18h30', '18h30'], ['18:30-', '18:30-']],
  ])('gives the row those hours: %s', (_name, cells, hours) => {
    expect(read(table(cells)).map((line) => line.split(' ')[0])).toEqual(hours);
  });

  it('does not read a deadline in a remarks cell as the session’s time', () => {
    expect(read(table(['Rendu avant 18h', 'Rendu avant 18h'])).map((line) => line.split(' ')[0])).toEqual(['', '']);
  });
});

describe('noon and midnight in the hours grammar', () => {
  it.each([
    ['de 9h à midi', [[9, 12]]],
    ['midi - 14h', [[12, 14]]],
    ['9h - midi et 14h - 17h', [[9, 12], [14, 17]]],
  ])('reads `%s` as a range', (text, ranges) => {
    const parsed = parseFrenchHours(text);
    expect(parsed.ok && parsed.slots.map((slot) => [slot.start.hour, slot.end?.hour])).toEqual(ranges);
  });

  it('reads `20h - minuit` as ending at midnight, the next day', () => {
    const parsed = parseFrenchHours('20h - minuit');
    expect(parsed.ok && parsed.slots[0]).toMatchObject({ start: { hour: 20, minute: 0 }, end: { hour: 0, minute: 0 }, nextDay: true });
  });

  it.each(['Pause de midi', 'midi', 'Samedi midi'])('gives no hours for `%s`, no time beside it', (text) => {
    expect(parseFrenchHours(text)).toEqual({ ok: true, slots: [] });
  });
});
