import { describe, expect, it } from 'vitest';
import { parseFrenchHours } from '../../src/dates/french-hours.js';
import { readTimedLine } from '../../src/dates/timed-line.js';

describe('readTimedLine: agenda lines that open with their hours', () => {
  it.each([
    ['19h00 : Accueil ☕', '19h00', 'Accueil ☕'],
    ['09h30 - 18h00 : Travail en équipe (avec pauses)', '09h30 - 18h00', 'Travail en équipe (avec pauses)'],
    ['14h-17h → open Atelier typo Loire', '14h-17h', 'open Atelier typo Loire'],
    ['8h30-9h Accueil', '8h30-9h', 'Accueil'],
    ['17h30 Session Posters + Welcome Cocktail', '17h30', 'Session Posters + Welcome Cocktail'],
    ['20h00 - ... : Soirée', '20h00 - ...', 'Soirée'],
    ['de 9h à 12h : atelier', 'de 9h à 12h', 'atelier'],
    ['9h-12h et 14h-17h : hackathon', '9h-12h et 14h-17h', 'hackathon'],
    ['18:30 - 19:00 | Apéro', '18:30 - 19:00', 'Apéro'],
    ['📌 10h - 10h30 : Pause', '10h - 10h30', 'Pause'],
    ['12h', '12h', ''],
  ])('%j', (line, hours, title) => {
    const found = readTimedLine(line);
    expect(found).toMatchObject({ hours: { text: hours }, title });
    expect(line.slice(found?.hours.start, found?.hours.end)).toBe(hours);
    const parsed = parseFrenchHours(hours);
    expect(parsed.ok && parsed.slots.length > 0).toBe(true);
  });

  it.each([
    '2h : TP noté',
    '(14h-17h)',
    '9h30 est l’heure limite',
    '9h30 est l\'heure limite',
    '12h pile on mange',
    'Accueil à 19h',
    'Lundi 3 mars 9h',
    '3 mars : atelier',
    '14 participants',
    '',
  ])('%j is not a timed line', (line) => {
    expect(readTimedLine(line)).toBeUndefined();
  });

  it('completes on long hostile lines', () => {
    expect(readTimedLine('9h-'.repeat(40_000))?.hours.text).toBe('9h-9h');
    expect(readTimedLine('9h et '.repeat(20_000))).toBeDefined();
    expect(readTimedLine('* '.repeat(50_000))).toBeUndefined();
  });
});
