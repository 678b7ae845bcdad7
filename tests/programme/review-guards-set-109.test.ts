/*
 * Guards for what the review of set 109's forms found: the 12-hour clock read in every place
 * hours are (after a date, in a cell, opening a day's item), its noon, its look-alikes, and
 * English dates with an abbreviated month.
 */
import { describe, expect, it } from 'vitest';
import { briefSessions } from '../helpers/brief-sessions.js';
import { check } from '../helpers/read.js';

const brief = briefSessions;

describe('a range of a 12-hour clock whose start writes no mark', () => {
  it('is read after a date, whatever joins its ends', () => {
    const page = ['# Ateliers', '', '- lundi 8 juillet 2024, de 3 à 5 pm : Atelier', '- mardi 9 juillet 2024, 5 to 8 pm : Soirée', '- mercredi 10 juillet 2024, 5 - 8 pm : Concert', '- Tue, Jul 2, 2024, 3 - 4 PM : Proxmox', ''];
    expect(brief(page, 2024, 6)).toEqual(['3 2024-07-08 15:00-17:00', '4 2024-07-09 17:00-20:00', '5 2024-07-10 17:00-20:00', '6 2024-07-02 15:00-16:00']);
  });

  it('leaves a bare number before hours a number, and a comma before a range of French hours no day', () => {
    expect(brief(['# TP', '', '- mardi 9 juillet 2024, TP 3 - 14h : rendu', '- mardi 2 juillet 2024, 14 - 16h : Proxmox', ''], 2024, 6)).toEqual(['3 2024-07-09 14:00-', '4 2024-07-02 14:00-16:00']);
  });
});

describe('noon on a 12-hour clock', () => {
  it('is noon whatever its mark, so that a morning runs to midday', () => {
    expect(brief(['# Journée', '', '- mardi 18 juin 2024, 10:00 am - 12:00 am : D', '- mercredi 19 juin 2024, 10:15 am - 12:30 am : B', ''], 2024, 6)).toEqual(['3 2024-06-18 10:00-12:00', '4 2024-06-19 10:15-12:30']);
    expect(brief(['| Date | Heures |', '|---|---|', '| 19/06/2024 | 12:00 am - 1:00 pm |', '| 20/06/2024 | 9 - 12 AM |', ''], 2024, 6)).toEqual(['3 2024-06-19 12:00-13:00', '4 2024-06-20 09:00-12:00']);
  });

  it('quotes the hours as written when they end before they start', () => {
    const report = check(['| Date | Heures |', '|---|---|', '| 19/06/2024 | 4:00 pm - 2:00 pm |', ''].join('\n'), { committed: { year: 2024, month: 6, day: 2 } });
    const message = report.diagnostics.find((d) => d.rule === 'end-before-start')?.message ?? '';
    expect(message).toContain('4:00 pm - 2:00 pm');
  });
});

describe('what only looks like a 12-hour clock', () => {
  it('gives no time: a particle count, a span of the day', () => {
    expect(brief(['# Relevés', '', '- mercredi 10 juillet 2024 : 10 PM2.5 relevés à 9h', '- jeudi 11 juillet 2024, 9 AM-PM : F', ''], 2024, 6)).toEqual(['3 2024-07-10 09:00-', '4 2024-07-11']);
    expect(brief(['| Date | Heures |', '|---|---|', '| 21/06/2024 | 10 PM2.5 |', ''], 2024, 6)).toEqual(['3 2024-06-21']);
  });
});

describe('a 12-hour clock with its time zone', () => {
  it('is read at the time it writes', () => {
    expect(brief(['| Date | Heures |', '|---|---|', '| 17/06/2024 | 7:00 PM - 9:00 PM CEST |', '| 18/06/2024 | 7 PM EST |', ''], 2024, 6)).toEqual(['3 2024-06-17 19:00-21:00', '4 2024-06-18 19:00-']);
  });
});

describe('a day’s items opening with a 12-hour clock', () => {
  it('are its slots, their titles the items’ own', () => {
    const page = ['# Agenda', '', '## Mardi 9 juillet 2024', '', '- 10am : Accueil', '- 2pm to 5pm : Ateliers', '- 6 pm - 9 pm : Soirée', '- 6:30 pm - 9 pm : Concert', ''];
    expect(brief(page, 2024, 6)).toEqual(['5 2024-07-09 10:00-', '6 2024-07-09 14:00-17:00', '7 2024-07-09 18:00-21:00', '8 2024-07-09 18:30-21:00']);
  });
});

describe('an English date whose month is abbreviated', () => {
  it('is read before its day, a comma and its year, `Mar` too', () => {
    expect(brief(['| Date | Séance |', '|---|---|', '| Feb 6, 2024 | A |', '| Mar 5, 2024 | B |', '| Tue, Mar 12, 2024 | C |', ''], 2024, 2)).toEqual(['3 2024-02-06', '4 2024-03-05', '5 2024-03-12']);
  });
});

// forrostrasbourg-picnic-heyritz-2026: a page that says at its top it is written again below in other languages.
describe('a programme told again in English and Portuguese, announced at the top', () => {
  const page = ['---', 'title: "Picnic Forró"', 'startDate: "2026-06-30T18:30:00+02:00"', '---', '', '[english below]', '[português abaixo]', '', '📅 Programme : ', '- 19h-20h : initiation au forró', '- 20h-22h~ : bal', '', '--------------', '', '📅 Schedule:', '- 7pm-8pm: taster', '- 8pm-10pm~: social dancing', '', '--------------', '', '📅 Programação:', '- 19h-20h : introdução ao forró', '- 20h-22h~ : dança livre', ''];

  it('is listed once, in French, its end told roughly read', () => {
    expect(brief(page, 2026, 6)).toEqual(['10 2026-06-30 19:00-20:00', '11 2026-06-30 20:00-22:00']);
  });

  it('keeps two tracks at the same hours on a page that announces no translation', () => {
    const tracks = ['# Journée', '', '## Mardi 30 juin 2026', '', '### Salle A', '', '- 19h-20h : initiation', '- 20h-22h : bal', '', '### Salle B', '', '- 19h-20h : atelier', '- 20h-22h : concert', ''];
    expect(brief(tracks, 2026, 6)).toHaveLength(4);
  });
});
