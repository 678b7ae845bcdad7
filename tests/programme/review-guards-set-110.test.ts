/*
 * Guards for what the review of set 110's forms and their mends found: each new reading kept
 * to its form, and the near forms that must stay as they were.
 */
import { describe, expect, it } from 'vitest';
import { briefProblems, briefSessions } from '../helpers/brief-sessions.js';

const brief = briefSessions;
const problems = (lines: string[]) => briefProblems(lines, { year: 2026, month: 3, day: 2 });

describe('a translation announced at the top of a page', () => {
  it('drops a session of the same day and hours only across a break that parts the languages', () => {
    const page = ['# Journées portes ouvertes', '[english below]', '## Programme', '- 12 mars 2025, 14h-16h : atelier céramique (salle A)', '- 12 mars 2025, 14h-16h : atelier gravure (salle B)', '- 13 mars 2025 : visite libre', '- 13 mars 2025 : concert des élèves', '', '---', '', '## English', '- March 12, 2025, 2pm-4pm: ceramics workshop', ''];
    expect(brief(page, 2025, 2)).toEqual(['4 2025-03-12 14:00-16:00', '5 2025-03-12 14:00-16:00', '6 2025-03-13', '7 2025-03-13']);
  });
});

describe('midnight on a 12-hour clock', () => {
  it('ends an evening and starts a night; twelve alone after a morning is noon', () => {
    const page = ['# Nuit', '', '- 18 mai 2024, 7 PM - 12 AM : ouverture nocturne', '- 20 mai 2024, 11:30 PM - 12:30 AM : projection', '- 21 mai 2024, 12:00 AM - 2:00 AM : after', '- 22 mai 2024, 10:15 am - 12:30 am : matin', ''];
    expect(brief(page, 2024, 5)).toEqual(['3 2024-05-18 19:00-00:00', '4 2024-05-20 23:30-00:30', '5 2024-05-21 00:00-02:00', '6 2024-05-22 10:15-12:30']);
  });
});

describe('hours that part a day into rooms', () => {
  it('close the rooms above them: no time-alone heading stays in the day', () => {
    const page = ['# Programme du colloque', '', '### Lundi 3 juin 2024', '', '#### Salle A', '', '- Ouverture', '', '## 9h00', '', '### Salle A', '', '- Conférence plénière', '', '## 14h00', '', '### Salle B', '', '- Ateliers', ''];
    expect(brief(page, 2024, 5)).toEqual(['11 2024-06-03 09:00-', '17 2024-06-03 14:00-']);
  });
});

describe('a sentence that supposes', () => {
  it('hides only data it supposes, not meetings it proposes', () => {
    const page = ['# Rencontres', '', 'Prenons rendez-vous pour les rencontres suivantes :', '', '- Atelier d’écriture, 12 mars 2025', '- Lecture publique, 19 mars 2025', '- Dédicaces, 26 mars 2025', ''];
    expect(brief(page, 2025, 2)).toHaveLength(3);
    expect(brief(['# Ateliers', '', 'Imaginons ensemble la suite lors des rencontres suivantes :', '', '- Atelier, 12 mars 2025', '- Lecture, 19 mars 2025', ''], 2025, 2)).toHaveLength(2);
  });
});

describe('a press page or section that lists events too', () => {
  it('keeps a list its own line introduces under a press title, and a heading that names events beside the press', () => {
    expect(brief(['---', 'title: "Dans les médias"', '---', '', 'Prochaines dates :', '', '- [Conférence à Grenoble](https://ex.org/a), 12 avril 2025', '- [Conférence à Lyon](https://ex.org/b), 19 avril 2025', '- [Conférence à Vienne](https://ex.org/c), 26 avril 2025', ''], 2025, 3)).toHaveLength(3);
    expect(brief(['## Presse et rencontres', '', '- « Hamlet », théâtre de Vienne, 12 avril 2025', '- « Hamlet », théâtre de Lyon, 19 avril 2025', '- « Othello », MC2 Grenoble, 26 avril 2025', ''], 2025, 3)).toHaveLength(3);
  });
});

describe('bare pairs that count a series', () => {
  it('read no day, however many parts are written', () => {
    const page = ['## 28/11/2024', '', 'texte', '', '### Tests en mer (1/4)', '', 'a', '', '### Tests en mer (2/4)', '', 'b', '', '### Tests en mer (3/4)', '', 'c', ''];
    expect(brief(page, 2024, 12)).toEqual(['1 2024-11-28']);
  });
});

describe('a weekday in brackets after a whole date', () => {
  it('raises nothing when the bracket tells another day relative to it', () => {
    expect(problems(['# Plan', '', 'La répétition générale aura lieu le 2026-03-21 (dimanche précédent : relâche).', '', '- **Rendu 4** : 27/04/2026 (mardi prochain : oral)', ''])).toEqual([]);
  });
});

describe('hours in brackets after a date', () => {
  it('are a start when written with round minutes, a length otherwise', () => {
    expect(brief(['# Sorties', '', '- 14 mars 2025 (4h00) : départ du bus', '- 15 mars 2025 (1h30) : visite', ''], 2025, 3)).toEqual(['3 2025-03-14 04:00-', '4 2025-03-15']);
  });
});
