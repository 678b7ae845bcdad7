/*
 * Forms read once held-out set 106 was measured unseen and read, each checked on a short
 * page, with the near forms that must stay as they were.
 */
import { describe, expect, it } from 'vitest';
import { briefSessions, readSessions } from '../helpers/brief-sessions.js';

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

// luigimoretti-sae21-journal-2022: a journal's entries, one list each, `**08/04 -> Configuration**`.
describe('a journal whose one-item lists open with a bare day and an arrow', () => {
  const page = (mark: string) => ['# Journal de bord', '', `* **24 et 25 mars ${mark} Découverte du sujet**`, '', 'Je dois m’occuper de GNS3.', '', `*  **08/04 ${mark} Configuration DHCP**`, '', 'J’ai configuré le DHCP.', '', `* **15/04 ${mark} Début configuration DNS**`, '', 'Après réorganisation du groupe.', '', `* **21/04 ${mark} Suite configuration DNS**`, ''];

  it('reads each entry on its day, titled after the arrow', () => {
    expect(brief(page('->'), 2022, 4)).toEqual(['3 2022-03-24 2022-03-25', '7 2022-04-08', '11 2022-04-15', '15 2022-04-21']);
    expect(readSessions(page('->'), 2022, 4)[1]!.title).toBe('Configuration DHCP');
  });
});

// hdea-colloque-femmes-droits-2026: a colloquium's day, its plenary a timed heading over its speaker.
describe('a timed heading over its speaker, then the next timed line', () => {
  const page = ['### MARDI 7 AVRIL 2026', '10h00 Accueil et ouverture du colloque', '', '#### 10h30 Conférence plénière', 'Claire DELAHAYE (Université Gustave Eiffel) : Mobilizing History', '', '11h30 Échanges', '', '#### PANEL 4 : Writing Women’s Rights', '', '14h00 Claire WROBEL (Université Panthéon Assas): A Literary Vindication of the Rights of Woman? Problematic Proto-Feminism in Frances Burney’s The Wanderer', '', '14h30 Échanges', ''];

  it('is a session at its start, and the line after it another', () => {
    expect(brief(page, 2026, 3)).toEqual(['2 2026-04-07 10:00-', '4 2026-04-07 10:30-', '7 2026-04-07 11:30-', '11 2026-04-07 14:00-', '13 2026-04-07 14:30-']);
  });

  it('stays the block of the lines under it when the first of them starts with it', () => {
    const block = ['### MERCREDI 8 AVRIL 2026', '', '#### 9h30 Ateliers', '', '9h30 Atelier A', '', '10h30 Atelier B', ''];
    expect(brief(block, 2026, 3)).toEqual(['5 2026-04-08 09:30-', '7 2026-04-08 10:30-']);
  });
});

// hdea-seminaire-franco-britannique-2025: a seminar's series, one session restating its start.
describe('a session that writes the series’ start alone', () => {
  const page = (first: string) => ['### Séminaire 2025-26', '', 'Le séminaire a lieu le jeudi de 17h à 18h30, salle D421.', '', `9 octobre 2025 à ${first} : Séance spéciale doctorants.`, '', ' 23 octobre : Ali Hatapci', '', ' 6 novembre : Rory Naismith', ''];

  it('ends when the series does', () => {
    expect(brief(page('17h'), 2025, 9)).toEqual(['5 2025-10-09 17:00-18:30', '7 2025-10-23 17:00-18:30', '9 2025-11-06 17:00-18:30']);
  });

  it('keeps its own start when it moves it', () => {
    expect(brief(page('18h'), 2025, 9)[0]).toBe('5 2025-10-09 18:00-');
  });
});

// accb-capoeira-ag-roda-2022: a post's day told in a sentence wrapped before its hour.
describe('a sentence that names the day, wrapped before its hour', () => {
  const page = (first: string, second: string) => [`Le premier rendez-vous aura lieu **${first}`, `${second}**.`, '', 'Au programme :', '', '- 14h30-15h30 l’assemblée générale', '- 16h la roda de capoeira', ''];

  it('adds no slot at the hour on its second line', () => {
    expect(brief(page('dimanche 9 octobre dès', '14h30 à la Laëtitia'), 2022, 9)).toEqual(['6 2022-10-09 14:30-15:30', '7 2022-10-09 16:00-']);
  });
});
