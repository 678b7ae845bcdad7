/*
 * Forms read in set 68's read half (tests/fixtures/real: timmontmorency-582513-evaluations-2024),
 * checked here on a short page, with the near forms that must stay as they were.
 */
import { describe, expect, it } from 'vitest';
import { sessionToJson } from '../../src/report/session-json.js';
import { check } from '../helpers/read.js';

const read = (lines: string[]) => check(lines.join('\n'), { committed: { year: 2024, month: 8, day: 20 } }).programme.sessions.map(sessionToJson);
const brief = (lines: string[]) => read(lines).map((s) => `${s.line} ${s.days.join(' ')} ${s.title}`);

describe('a heading whose date field is the heading right below it', () => {
  it('puts the session on the heading it dates, titled by it (`### EF-1 Maquette` over `#### Date : 09/18`)', () => {
    const page = ['# Évaluations', '', '### EF-1 Maquette Lumières scénique', '#### Date : 09/18', '#### Séance : 4', '', '#### Description', '', '### EF-2 Maquette Sons et Lumières', '#### Date : 10/23', '#### Séance : 9', '', '### EF-3 Projections', '#### Date : 11/27', '#### Séance : 14', ''];
    expect(brief(page)).toEqual(['3 2024-09-18 EF-1 Maquette Lumières scénique', '9 2024-10-23 EF-2 Maquette Sons et Lumières', '13 2024-11-27 EF-3 Projections']);
  });

  it('gives the session the time the page tells under its fields (`#### Départs entre 7h30 et 9h30`)', () => {
    const page = ['## La randonnée - Édition 2025', '', '### Date : Dimanche 9 mars 2025', '', '### Lieu :', '', 'Salle des fêtes', '', '#### Départs cadencés entre 7h30 et 9h30', ''];
    expect(read(page).map((s) => `${s.line} ${s.days.join(' ')} ${s.times.map((t) => `${t.start}-${t.end}`).join()} ${s.title}`)).toEqual(['1 2025-03-09 07:30-09:30 La randonnée - Édition 2025']);
  });

  it('keeps a date heading apart from a title heading that something stands between, and one that says more than the date', () => {
    const apart = ['## L’Hivernale 2025', '', '> Une rando VTT mythique.', '', '### Date : Dimanche 9 mars 2025', '', '### Lieu :', '', 'Salle Chatenoy', ''];
    expect(brief(apart)).toEqual(['5 2025-03-09 Date']);
    const more = ['### EF-1 Maquette', '#### Date : 18/09/2024 remise du projet', ''];
    expect(brief(more).map((line) => line.split(' ')[0])).toEqual(['2']);
  });
});
