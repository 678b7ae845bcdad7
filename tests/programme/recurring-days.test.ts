/*
 * A day that comes back every year (`Annuel – 12 avril – Soirée`, a guide to recurring
 * events: carrade-evenements-scientifiques-paris) names no occurrence to put in a calendar.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../helpers/read.js';

const sessions = (text: string) => check(text, { committed: { year: 2019, month: 3, day: 1 } }).programme.sessions;

describe('a day said to come back every year', () => {
  it.each([
    '_Annuel – 12 avril – Soirée – Dernier bar avant la fin du monde, Paris_',
    '**Annuelle - 21 juin - Fête de la musique**',
    '_Chaque année – 12 avril – Soirée_',
  ])('is no dated session under its heading: %j', (line) => {
    expect(sessions(`# Événements scientifiques\n\n## La Yuri's Night\n\n${line}\n\nUne soirée en l'honneur de Gagarine.\n`)).toEqual([]);
  });

  it.each(["## Tous les 12 avril : la Yuri's Night", '## Chaque 1er mai, la fête du travail', '### Every 12 April: Yuri Night'])('is no dated session as a heading: %j', (heading) => {
    expect(sessions(`# Événements\n\n${heading}\n\nUne soirée.\n`)).toEqual([]);
  });

  it('while the same line with no such word is a dated session', () => {
    expect(sessions("# Événements\n\n## La Yuri's Night\n\n_Vendredi – 12 avril 2019 – Soirée_\n\nUne soirée.\n")).toHaveLength(1);
  });
});
