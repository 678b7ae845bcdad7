/*
 * Forms read in held-out set 31 (tests/fixtures/real: ppe1-yidi-journal-2022,
 * scharron-programme-2017, telecom-webinaires-2022), each checked here on a short page, with
 * the near forms that must stay read as they were.
 */
import { describe, expect, it } from 'vitest';
import { sessionToJson } from '../../src/report/session-json.js';
import { check } from '../helpers/read.js';

const read = (lines: string[], year = 2022) => check(lines.join('\n'), { committed: { year, month: 12, day: 20 } });
const brief = (lines: string[], year?: number) =>
  read(lines, year).programme.sessions.map(sessionToJson).map((s) => [s.line, s.days.join(' '), s.times.map((t) => `${t.start}-${t.end ?? ''}`).join(','), s.title]);

describe('a session heading over a heading that writes only its date', () => {
  it('begins the session at its title, `## séance 1 - base de commande` over `### 21 septembre 2022`', () => {
    const log = ['# Journal de bord du projet encadré', '', '## séance 1 - base de commande', '### 21 septembre 2022', 'La première séance.', '', '## séance 2 - Github', '### 28 septembre 2022', 'Git.', ''];
    expect(brief(log)).toEqual([
      [3, '2022-09-21', '', 'séance 1 - base de commande'],
      [7, '2022-09-28', '', 'séance 2 - Github'],
    ]);
  });

  it('keeps each date its own session under a part that holds several (a journal, a period of two days)', () => {
    const journal = ['# Cours', '', '## Journal de bord', '### 21 septembre 2022', 'Séance.', '', '### 28 septembre 2022', 'Séance.', ''];
    expect(brief(journal).map((row) => row[0])).toEqual([4, 7]);
    const periods = ['# DevOps', '', '## P1', '### Mardi 17.02.2026 à 8h15', 'Intro.', '### Jeudi 19.02.2026 à 9h05', 'Docker.', '', '## P2 : Jeudi', '### Jeudi 26.02.2026 à 9h05', 'CI.', ''];
    expect(brief(periods, 2026).map((row) => [row[0], row[1]])).toEqual([
      [4, '2026-02-17'],
      [6, '2026-02-19'],
      [10, '2026-02-26'],
    ]);
  });

  it('keeps the bold title under the date, the hours of a heading above, and no title from a heading that asks when', () => {
    const bold = ['# Club', '', '## Prochain atelier', '### 21 septembre 2022', '**Initiation à Git**', '', 'Salle 3.', ''];
    expect(brief(bold)).toEqual([[4, '2022-09-21', '', 'Initiation à Git']]);
    const hours = ['# Club couture', '', '## Atelier ourlets, 14h - 17h', '### Samedi 21 septembre 2024', 'Salle des fêtes.', ''];
    expect(brief(hours, 2024).map((row) => row.slice(1, 3))).toEqual([['2024-09-21', '14:00-17:00']]);
    const when = ['# Club', '', '## Date et lieu', '### 21 septembre 2022', 'Salle 3.', ''];
    expect(brief(when).map((row) => row[0])).toEqual([4]);
  });

  it('takes no title from a section’s name, and keeps the hours written under the day', () => {
    for (const section of ['Prochain rendez-vous', 'Atelier ourlets', 'Vol annulé ou retardé : quels droits ?', 'Infos pratiques']) {
      const page = ['# Club', '', `## ${section}`, '', '### Jeudi 10 octobre 2024', '', 'Atelier de 18h à 20h à la Cantine.', ''];
      expect(brief(page, 2024), section).toEqual([[5, '2024-10-10', '18:00-20:00', 'Jeudi 10 octobre 2024']]);
    }
  });

  it('calls off a session whose title heading says so', () => {
    const off = ['# Club', '', '## Séance 3 (annulée)', '### Samedi 21 septembre 2024', 'Salle des fêtes.', ''];
    expect(read(off, 2024).programme.sessions.map(sessionToJson).map((s) => [s.line, s.status])).toEqual([[3, 'cancelled']]);
  });

  it('keeps a date that opens a card titled by the heading below it on its own line', () => {
    const cards = ['# Agenda', '', '## Les ateliers et stages', '', '### Mercredi 12 août 2026 - 10h30', '', '## Initiation au Qi Gong', '', 'Au jardin.', ''];
    expect(brief(cards, 2026).map((row) => [row[0], row[1]])).toEqual([[5, '2026-08-12']]);
  });
});

describe('the year of a list given by a line that writes it alone', () => {
  it('reads the days after `**2016**` in 2016, then on into 2017, under a title of 2017', () => {
    const season = ['# Programme 2017', '', '**2016**', '', '- 4 Décembre : Saintélyon', '', '**2017**', '', '- 9 Avril : Marathon de Paris', '- 7 Mai : Half-Ironman', ''];
    expect(brief(season, 2017).map((row) => row[1])).toEqual(['2016-12-04', '2017-04-09', '2017-05-07']);
  });

  it('takes no year from an archive’s list of past years, nor from a year far above the dates', () => {
    const archive = ['# Stages d\'été 2024', '', 'Éditions précédentes :', '', '- [2023](2023.md)', '- [2022](2022.md)', '', '## Programme', '', '- 8 juillet : escalade', '- 15 juillet : voile', ''];
    expect(brief(archive, 2024).map((row) => row[1])).toEqual(['2024-07-08', '2024-07-15']);
    const far = ['# Stages d\'été 2024', '', '**2022**', '', 'Une belle édition.', '', '- 8 juillet : escalade', ''];
    expect(brief(far, 2024).map((row) => row[1])).toEqual(['2024-07-08']);
    const editions = ['# Rencontres', '', 'Éditions précédentes :', '', '- 2022', '- 2023', '', '| Date | Thème |', '| --- | --- |', '| 14 mars | Climat |', ''];
    expect(brief(editions, 2024).map((row) => row[1])).not.toContain('2023-03-14');
    // Labels kept newest first date their own lists: no one year counted on is taken from
    // them; since held-out set 75, each list is read on its own, in its label's year
    // (year-labelled-parts.ts), as the parts under year headings are.
    const newestFirst = ['# Sorties du club', '', '**2025**', '', '- 18 janvier : Galette', '', '**2024**', '', '- 12 octobre : Vexin', ''];
    const june = check(newestFirst.join('\n'), { committed: { year: 2024, month: 6, day: 1 } });
    expect(june.programme.sessions.map(sessionToJson).map((s) => s.days.join(' '))).toEqual(['2025-01-18', '2024-10-12']);
  });

  it('reads a raw HTML list of events whose years are items of their own, each event at its `<li>`', () => {
    const html = [
      'Title: Programme 2017',
      '',
      '<ul class="evenements">',
      '    <li class="year">2016</li>',
      '    <li class="evenement">',
      '        <span class="date">4 Décembre</span>',
      '        <span class="nom">Saintélyon</span>',
      '    </li>',
      '    <li class="year">2017</li>',
      '    <li class="evenement">',
      '        <span class="date">9 Avril</span>',
      '        <span class="nom">Marathon de Paris</span>',
      '    </li>',
      '</ul>',
      '',
    ];
    expect(brief(html, 2017).map((row) => [row[0], row[1]])).toEqual([
      [5, '2016-12-04'],
      [10, '2017-04-09'],
    ]);
  });
});

describe('a date line under a heading that closes with an aside in brackets', () => {
  it('dates the heading above with `Mardi 3 novembre 2020 à 14h (durée : 1 heure)`', () => {
    const webinars = ['# Webinaires', '', '### 5G: state of knowledge', '', 'Mardi 3 novembre 2020 à 14h (durée : 1 heure)', '', 'Orateurs : trois.', '', '### Modeling text', '', 'Mardi 27 octobre 2020 à 11h (en ligne)', ''];
    expect(brief(webinars)).toEqual([
      [3, '2020-11-03', '14:00-', '5G: state of knowledge'],
      [9, '2020-10-27', '11:00-', 'Modeling text'],
    ]);
  });

  it('takes no aside that says more of the day: another day, how many days, a deadline', () => {
    for (const aside of ['(reporté au 10 novembre)', '(et mercredi 4)', '(ou le 10 si pluie)', '(2 jours)', '(date limite)']) {
      const page = ['# Webinaires', '', '### Titre', '', `Mardi 3 novembre 2020 à 14h ${aside}`, ''];
      expect(brief(page).filter((row) => row[0] === 3), aside).toEqual([]);
    }
  });

  it('takes no aside after a stay of several days, as before: the day labels of a sample programme below would take their days from it', () => {
    const stay = ['# Retraite', '', '### Retraite Tara Verte', '', 'Du vendredi 1er au dimanche 3 août 2025 (3 jours - 2 nuits)', '', 'Coût total.', ''];
    expect(brief(stay, 2025)).toEqual([]);
  });
});
