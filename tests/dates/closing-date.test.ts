/*
 * A heading that names an event and closes with its full date (`# Journée Scientifique 13
 * Mars 2024`, `## Hackathon Climat 24 janvier 2026`): the page of a one-day meeting. The
 * date must close the line and write its month in words and its year; anything less is a
 * title that happens to hold a number.
 */
import { describe, expect, it } from 'vitest';
import { readDatedLine } from '../../src/dates/dated-line.js';

const read = (text: string) => {
  const line = readDatedLine(text);
  return line && { date: line.dateText, title: line.title, hours: line.hours?.text, days: line.expression.mentions.map((m) => [m.day, m.month, m.year]) };
};

describe('an event name closed by its date', () => {
  it.each([
    ['Journée Scientifique 13 Mars 2024', { date: '13 Mars 2024', title: 'Journée Scientifique', days: [[13, 3, 2024]] }],
    ['Hackathon Climat 24 janvier 2026', { date: '24 janvier 2026', title: 'Hackathon Climat', days: [[24, 1, 2026]] }],
    ['Journées CONTINUUM 24 au 26 juin 2024', { date: '24 au 26 juin 2024', title: 'Journées CONTINUUM', days: [[24, 6, 2024], [26, 6, 2024]] }],
    ['Séminaire annuel 5 juin 2025, 9h-17h', { date: '5 juin 2025', title: 'Séminaire annuel', hours: '9h-17h' }],
    ['Atelier Python jeudi 5 juin 2025', { date: 'jeudi 5 juin 2025', title: 'Atelier Python' }],
  ])('%s', (text, expected) => {
    expect(read(text)).toMatchObject(expected);
  });

  it.each([
    'Atelier Python 3 mars',
    'Journée Scientifique 13 Mars 2024 à Paris',
    'Retour sur le 13 mars 2024',
    'Les photos 13 mars 2024',
    'Séance 12 04/03/2025',
    'Module 3 Mars 2024 et Vénus',
  ])('reads no date in %s', (text) => {
    expect(readDatedLine(text)).toBeUndefined();
  });

  it('keeps the nearer reading of a session number and its date (`Séance 1 - [04/03/2025]`)', () => {
    expect(read('Séance 1 - 04/03/2025')).toMatchObject({ date: '04/03/2025', title: 'Séance 1' });
  });
});
