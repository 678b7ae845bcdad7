/*
 * Forms read in held-out set 34 (tests/fixtures/real: parisjug-javaday-2022,
 * alimoudiallo-planification-2026), each checked here on a short page, with the near forms
 * that must stay read as they were.
 */
import { describe, expect, it } from 'vitest';
import { sessionToJson } from '../../src/report/session-json.js';
import { check, table } from '../helpers/read.js';

const brief = (text: string, year: number) =>
  check(text, { committed: { year, month: 3, day: 17 } })
    .programme.sessions.map(sessionToJson)
    .map((s) => [s.line, s.days.join(' '), s.times.map((t) => `${t.start}-${t.end ?? ''}`).join(','), s.title]);

describe('a day agenda under the sentence that invites to its day', () => {
  const agenda = table('Horaires | Sessions', '9h15 | Accueil des participants', '10h00 | Java en 2022', '12h30 | Déjeuner et café');

  it('takes the day of `vous inviter le 22 juin 2022`, whatever other date the page gives further down', () => {
    const page = ['# Java Day', '', 'Le Paris JUG a le plaisir de vous inviter **le 22 juin 2022** à une journée de présentations.', '', agenda, '', 'L’agenda complet sera publié le 9 Mai prochain.', ''].join('\n');
    expect(brief(page, 2022).map((row) => [row[0], row[1], row[2]])).toEqual([
      [7, '2022-06-22', '09:15-'],
      [8, '2022-06-22', '10:00-'],
      [9, '2022-06-22', '12:30-'],
    ]);
  });

  it('takes no day from a deadline or a bound in the banner (`vous inscrire avant le 3 mai 2022`)', () => {
    for (const sentence of ['Nous vous invitons à vous inscrire avant le 3 mai 2022.', 'Inscriptions ouvertes jusqu’au 3 mai 2022.']) {
      const page = ['# Java Day', '', sentence, '', agenda, ''].join('\n');
      expect(brief(page, 2022)).toEqual([]);
    }
  });
});

describe('a work journal’s record of when each task was done', () => {
  it('yields nothing for `*Chronologie : Mercredi 27 mai (recherche) et Jeudi 28 mai (déploiement).*`', () => {
    const journal = ['# Planification', '', '## 2. Docker', '- [x] Recherches', '', '> *Chronologie : Mercredi 27 mai (recherche) et Jeudi 28 mai (déploiement).*', '', '## 3. Proxy', '- [x] Analyse', '', '> *Chronologie : mardi 02 juin.*', ''].join('\n');
    expect(brief(journal, 2026)).toEqual([]);
  });

  it('still reads a session set in italics under its label (`*Atelier : mardi 2 juin 2026, 10h-12h*`)', () => {
    const page = ['# Ateliers', '', '## Docker', '', '> *Atelier : Mercredi 27 mai 2026, 14h-16h*', '', '## Proxy', '', '> *Atelier : mardi 2 juin 2026, 10h-12h*', ''].join('\n');
    expect(brief(page, 2026).map((row) => [row[0], row[1], row[2]])).toEqual([
      [5, '2026-05-27', '14:00-16:00'],
      [9, '2026-06-02', '10:00-12:00'],
    ]);
  });
});
