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

// maximeforriez-analyse-donnees-m1-2026: a course's session given to each group on its day.
describe('list items that each open with a group’s label, then its day, place and hours', () => {
  const timed = (lines: string[]) => read(lines).map((s) => `${s.line} ${s.days.join(' ')} ${s.times.map((t) => `${t.start}-${t.end}`).join()}`);
  const groups = ['### Séance 1', '', '- ACA / SCT [23/09/2026] - Clignancourt - Salle 217 - 10h00-12h00', '- GeoINT [16/09/2026] - Clignancourt - Salle 217 - 10h00-12h00', '- EnviTERR : 22/09/2026 - Institut de géographie - Salle 301 - 11h00-13h00', ''];

  it('reads each item as its group’s session, on its day at its hours, in no date order', () => {
    expect(timed(groups)).toEqual(['3 2026-09-23 10:00-12:00', '4 2026-09-16 10:00-12:00', '5 2026-09-22 11:00-13:00']);
    expect(check(groups.join('\n'), { committed: { year: 2026, month: 8, day: 20 } }).diagnostics.filter((d) => d.rule === 'out-of-order')).toEqual([]);
  });

  it('reads no such date after a label that is a sentence, or in items with no clock hours (publications)', () => {
    const publications = ['# Publications', '', '- Dupont et Martin (18 janvier 2024) : article accepté.', '- Rapport technique (3 février 2023) : analyse des performances.', '- Thèse [12 décembre 2022] - soutenue à Lyon.', ''];
    expect(timed(publications)).toEqual([]);
    const sentences = ['- Nous avons vu la nouvelle salle : 12/03/2026 - très bien', '- Le groupe du matin était absent [13/03/2026] - rattrapage prévu', '- Le rendu final a été reporté : 14/03/2026 - voir Moodle', ''];
    expect(timed(sentences)).toEqual([]);
  });
});
