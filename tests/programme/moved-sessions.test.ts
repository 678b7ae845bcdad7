import { describe, expect, it } from 'vitest';
import { check, days, table } from '../helpers/read.js';

// A session moved to another day. When the dates cell strikes the old day through and
// writes the new one (`~~3 mars~~ 10 mars`), the session is on the new day: the struck day
// is no longer its date. When a remark says it was moved (`Déplacé le 12/11`, `reporté au
// 5 mars`), the row keeps the day it writes, and that session is called off (the real
// documents' convention: ter-edt-reunions-*, `cancelled` for `reporté`).
describe('a moved session in a table', () => {
  it.each([
    ['~~3 mars~~ 10 mars', '2025-03-10'],
    ['~~Lundi 3/03~~ Lundi 10/03', '2025-03-10'],
    ['~~2025-03-03~~ 2025-03-10', '2025-03-10'],
    ['~~3 mars~~ → 10 mars', '2025-03-10'],
    ['~~3 mars~~ **10 mars**', '2025-03-10'],
    ['10 mars ~~3 mars~~', '2025-03-10'],
  ])('reads the day left standing in `%s`', (cell, day) => {
    const report = check('# Séminaire 2024-2025\n\n' + table('Date | Séance', '24 février | Ouverture', `${cell} | Atelier`, '17 mars | Clôture'));
    const [, moved] = report.programme.sessions;
    expect(days(moved)).toEqual([day]);
    expect(moved?.status).toBe('confirmed');
    expect(report.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it.each([
    ['Commentaires', 'Déplacé le 12/11'],
    ['Remarque', 'reporté au 26 novembre'],
    ['Notes', '(décalé au jeudi 21)'],
    ['Commentaire', 'Séance déplacée au mardi 26/11'],
    ['Comments', 'Postponed to 26 November'],
    ['Remarques', 'Reportée à une date ultérieure'],
  ])('calls off the written day when `%s` says `%s`', (header, remark) => {
    const report = check('# Réunions 2024-2025\n\n' + table(`Date | Horaire | Séance | ${header}`, 'Mardi 5/11 | 13:30 à 14:30 | Point d’étape |  ', `Mardi 19/11 | 10:30 à 11:30 | Revue | ${remark}`, 'Vendredi 6/12 | 14:45 à 15:45 | Bilan | '));
    const sessions = report.programme.sessions;
    expect(sessions.map((s) => s.status)).toEqual(['confirmed', 'cancelled', 'confirmed']);
    expect(days(sessions[1])).toEqual(['2024-11-19']);
  });

  it('does not take shifted hours or a report for a moved session', () => {
    const report = check('# Cours 2024-2025\n\n' + table('Date | Séance | Remarques', '12 septembre | Cours 1 | Horaires décalés', '19 septembre | Cours 2 | Compte rendu reporté dans le wiki', '26 septembre | Cours 3 | Déplacement en bus'));
    expect(report.programme.sessions.map((s) => s.status)).toEqual(['confirmed', 'confirmed', 'confirmed']);
  });
});
