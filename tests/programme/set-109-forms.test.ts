/*
 * Forms read once held-out set 109 was measured unseen and read, each checked on a short
 * page, with the near forms that must stay as they were.
 */
import { describe, expect, it } from 'vitest';
import { briefSessions } from '../helpers/brief-sessions.js';

const brief = briefSessions;

// peip-s4-chip8-compte-rendu-2023: a team's work log, each heading closed by its bare days in brackets.
describe("a log's headings closed by their bare days in brackets", () => {
  const log = [
    '# Mise en place',
    '',
    '## Récupération des données (24/01 et 25/01)',
    '',
    'Nous avons récupéré les données.',
    '',
    '## Récupération des instructions et  (25/01)',
    '',
    'Une boucle récupère les octets.',
    '',
    '## Mapping des instructions (07/02)',
    '',
    'Un dictionnaire des instructions.',
    '',
    '## (09/02)',
    '',
    '',
    '## A faire',
    '',
  ];

  it('reads every step, a step over two days counted among the days, and a heading that is its date alone', () => {
    expect(brief(log, 2023, 2)).toEqual(['3 2023-01-24 2023-01-25', '7 2023-01-25', '11 2023-02-07', '15 2023-02-09']);
  });

  it('reads no bare day from two headings alone: `(14/3)` may be a score or a ratio', () => {
    expect(brief(['# Notes', '', '## Match (14/3)', '', 'texte', '', '## Écran (16/9)', '', 'texte', ''], 2023, 2)).toEqual([]);
  });
});

// mjbright-meetup-proxmox-2024: a meetup pasted from an English site, its day and hours on a 12-hour clock.
describe('a date and hours written the English way', () => {
  it('reads an abbreviated month before its day and year, and the afternoon hours of a 12-hour clock', () => {
    expect(brief(['# Meetups', '', '- Tue, Jul 2, 2024, 7:00 PM - 9:00 PM : Proxmox', '- Wed, Sep 4, 2024, 6:30 pm : Kubernetes', ''], 2024, 6)).toEqual(['3 2024-07-02 19:00-21:00', '4 2024-09-04 18:30-']);
  });

  it('gives a start without its mark the end’s, unless it would then start after its end', () => {
    expect(brief(['# Ateliers', '', '- 2 juillet 2024, 3:00 - 4:00 PM : A', '- 3 juillet 2024, 11:00 - 1:00 PM : B', '- 4 juillet 2024, 10am to 5pm : C', ''], 2024, 6)).toEqual(['3 2024-07-02 15:00-16:00', '4 2024-07-03 11:00-13:00', '5 2024-07-04 10:00-17:00']);
  });

  it('reads a day with an English ordinal after a French month, as before', () => {
    expect(brief(['# Événements', '', '## Upcoming Event Mars 22th, 2025: DevSecOps Day', '', 'Journée.', '', '- Oct. 27th, 2021 : atelier', ''], 2025, 6)).toEqual(['3 2025-03-22', '7 2021-10-27']);
  });

  it('keeps `mar 5` a Tuesday, and an English abbreviation without its year no date', () => {
    expect(brief(['# Agenda', '', '- Jul 2 : réunion', '- Aug 14 : atelier', ''], 2024, 6)).toEqual([]);
    expect(brief(['# Agenda', '', '- mar 5 mars 2024 : réunion', '- jeu 7 mars 2024 : atelier', ''], 2024, 2)).toEqual(['3 2024-03-05', '4 2024-03-07']);
  });
});
