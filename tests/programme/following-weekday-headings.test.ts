/*
 * Headings that name a weekday alone after a dated day heading of their level: a weekend's
 * programme dates its first day and goes on with `samedi`, `dimanche`, read as the days that
 * follow it.
 */
import { describe, expect, it } from 'vitest';
import { sessionRows } from '../helpers/read.js';

const agenda = (heading: string, ...rows: string[]): string => [heading, '', 'Heure | Détail', '----- | ------', ...rows, ''].join('\n');

describe('a heading that names a weekday alone after a dated day heading', () => {
  it('is the next such weekday, when it repeats the words before the date', () => {
    const page = ['# Programme', '', agenda('### Chronologie du vendredi 17/06/2022', '18h30 | Récupération du camion'), agenda('### Chronologie du samedi', '9h | Petit déjeuner', '12h à 13h30 | Paintball'), agenda('### Chronologie du lundi', '9h00 | Dépôt de la voiture')].join('\n');
    expect(sessionRows(page)).toEqual([
      [7, '2022-06-17', '18:30-', 'Récupération du camion'],
      [13, '2022-06-18', '09:00-', 'Petit déjeuner'],
      [14, '2022-06-18', '12:00-13:30', 'Paintball'],
      [20, '2022-06-20', '09:00-', 'Dépôt de la voiture'],
    ]);
  });

  it('follows a heading that is the date alone, and a weekday heading with a title is a session', () => {
    const page = ['## Vendredi 17 juin 2022 : Soirée d’ouverture', '', '## Samedi : Randonnée', '', '## Dimanche : Brunch', ''].join('\n');
    expect(sessionRows(page)).toEqual([
      [1, '2022-06-17', '', 'Soirée d’ouverture'],
      [3, '2022-06-18', '', 'Randonnée'],
      [5, '2022-06-19', '', 'Brunch'],
    ]);
  });

  it('is no day under a higher heading, nor with other words before the weekday', () => {
    const other = ['## Vendredi 17 juin 2022 : Soirée', '', '# Infos', '', '## Samedi : Randonnée', ''].join('\n');
    expect(sessionRows(other).map(([line]) => line)).toEqual([1]);
    const words = ['### Chronologie du vendredi 17/06/2022 : Soirée', '', '### Menu du samedi', ''].join('\n');
    expect(sessionRows(words).map(([line]) => line)).toEqual([1]);
  });
});
