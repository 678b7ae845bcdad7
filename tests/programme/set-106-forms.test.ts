/*
 * Forms read once held-out set 106 was measured unseen and read, each checked on a short
 * page, with the near forms that must stay as they were.
 */
import { describe, expect, it } from 'vitest';
import { briefSessions } from '../helpers/brief-sessions.js';

const brief = briefSessions;

// idfm-hackathon-mobilites-2025: counted days whose period is told as two days in a row.
describe('counted day headings over a period told as `les 13 et 14 novembre 2025`', () => {
  const page = (told: string) => ['# Hackathon', '', '1. Mardi 4 novembre de 12h à 13h - Webinaire', `2. Le hackathon se tient ${told} à Paris.`, '', '### Jour 1 - jeudi 13 (début à 9h)', '', '| Heure | Activité |', '|---|---|', '| 9h | Accueil |', '| 10h15 | Lancement |', '', '### Jour 2 - Vendredi 14', '', '| Heure | Activité |', '|---|---|', '| 8h | Accueil |', '| 15h15 | Pitchs |', ''];

  it('lays the counted days on the two days, their agendas with them', () => {
    expect(brief(page('les 13 et 14 novembre 2025'), 2025, 11)).toEqual(['3 2025-11-04 12:00-13:00', '10 2025-11-13 09:00-', '11 2025-11-13 10:15-', '17 2025-11-14 08:00-', '18 2025-11-14 15:15-']);
  });

  it('lays nothing on two days that are not in a row', () => {
    expect(brief(page('les 13 et 20 novembre 2025'), 2025, 11)).not.toContain('10 2025-11-13 09:00-');
  });
});

// sfpr-lectures-levinassiennes-2021: a seminar's card of fields, its weekday and hours on one line.
describe('a card of fields whose line `Jour :` gives the weekday and hours', () => {
  const page = (field: string) => ['**Lectures levinassiennes**', 'Sous la responsabilité de Danielle Cohen-Levinas', field, 'Lieu : ENS, 45 rue d’Ulm', '', 'Programme :', '', '* Mardi 21 septembre : Introduction', '* Mardi 28 septembre : Sophie Galabru – « Temps »', ''];

  it('gives those hours to every session of the list below', () => {
    expect(brief(page('Jour : Mardi de 16h à 18h – Salle Pasteur'), 2021, 9)).toEqual(['8 2021-09-21 16:00-18:00', '9 2021-09-28 16:00-18:00']);
    expect(brief(page('Horaires : Mardi de 16h à 18h'), 2021, 9)).toEqual(['8 2021-09-21 16:00-18:00', '9 2021-09-28 16:00-18:00']);
  });

  it('gives none from a line that names no time of the sessions', () => {
    expect(brief(page('Contact : bureau 16, ouvert de 9h à 12h'), 2021, 9)).toEqual(['8 2021-09-21', '9 2021-09-28']);
  });
});

// sfpr-seminaire-moscou-religions-2021: `***29 septembre 2021 : 17.00-20.30***`.
describe('a range of dotted clock times after a date', () => {
  it('is the session’s start and end', () => {
    expect(brief(['## Programme', '', '- 29 septembre 2021 : 17.00-20.30 : Workshop', '- 22 octobre 2021 : 18.00 à 20.30 : Table ronde', '- 17 novembre 2021 - 18.30 : Conférence', ''], 2021, 9)).toEqual(['3 2021-09-29 17:00-20:30', '4 2021-10-22 18:00-20:30', '5 2021-11-17 18:30-']);
  });
});
