/*
 * Forms read once held-out set 75 was measured unseen and read
 * (fontainesgaronne-agenda-quartier-2024, fallinov-plan-cours-122-js-2026,
 * aquacarime-tribulations-2026), each checked here on a short page, with the near forms that
 * must stay as they were.
 */
import { describe, expect, it } from 'vitest';
import { parseFrenchDate } from '../../src/dates/french-dates.js';
import { briefSessions } from '../helpers/brief-sessions.js';
import { check } from '../helpers/read.js';

const brief = briefSessions;

// fontainesgaronne-agenda-quartier-2024: an association's agenda kept newest year first, each year a bold line over its list.
describe('lists each under a bold year alone on its line, newest year first', () => {
  const page = [
    '---',
    'title: "Agenda"',
    'date: "2016-02-07"',
    '---',
    '',
    '**2024**',
    '',
    '- Vendredi 7 juin : Repas de quartier',
    '- Dimanche 12 mai de 7h à 18h : vide-grenier',
    '',
    '**2023**',
    '',
    '- Samedi 3 juin : Cinéma plein air',
    '- Vendredi 2 juin : Repas de quartier',
    '',
  ];

  it('read each list in its label’s year, not the front matter’s', () => {
    expect(brief(page, 2024, 6)).toEqual(['8 2024-06-07', '9 2024-05-12 07:00-18:00', '13 2023-06-03', '14 2023-06-02']);
  });

  it('raise no weekday mismatch on those days', () => {
    const report = check(page.join('\n'), { committed: { year: 2024, month: 6, day: 28 } });
    expect(report.diagnostics.filter((d) => d.rule === 'weekday-mismatch')).toEqual([]);
  });
});

// fallinov-plan-cours-122-js-2026: a course plan's table, then a section per class numbered before its day.
describe('a section numbered before its dated weekday', () => {
  it('is dated by the weekday’s day, no run back from its number', () => {
    const read = parseFrenchDate('Mercredi 4 mars 2026');
    expect(read.ok).toBe(true);
    const page = ['| Séance | Date | Module |', '|---|---|---|', '| 6 | 04.03.2026 | Fonctions |', '', '## Séance 6 - Mercredi 4 mars 2026', '', 'Contenu.', ''];
    const report = check(page.join('\n'), { committed: { year: 2026, month: 3, day: 1 } });
    expect(report.diagnostics.filter((d) => d.rule === 'reversed-range')).toEqual([]);
  });

  it('still reports a run written backwards', () => {
    const page = ['| Date | Module |', '|---|---|', '| 4 mars 2026 | Fonctions |', '', '## 10 - 4 mars 2026', '', 'Contenu.', ''];
    const report = check(page.join('\n'), { committed: { year: 2026, month: 3, day: 1 } });
    expect(report.diagnostics.filter((d) => d.rule === 'reversed-range')).toHaveLength(1);
  });
});

// aquacarime-tribulations-2026 and courtoise-evenements-avril-2022: an event's page invites with `Retrouvez-nous`.
describe('an event’s day after Retrouvez-nous', () => {
  it('is the page’s event, even with an adverb before the day', () => {
    for (const sentence of ['Retrouvez-nous le samedi 23 avril à 10h à la Ressourcerie.', 'Retrouvez-nous directement le samedi 23 avril à 10h à la Ressourcerie.']) {
      const page = ['---', 'categories:', '  - Evènement', 'date: 2022-04-05T12:45:00.000Z', 'title: Atelier du mois', '---', '', sentence, ''];
      expect(brief(page, 2022, 4), sentence).toEqual(['5 2022-04-23 10:00-']);
    }
  });
});
