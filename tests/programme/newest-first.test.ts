/*
 * Lists and tables kept newest first, as events pages, club agendas and logs of past
 * meetings write them: the latest on top, the years counted backwards, and out-of-order
 * meaning a row that goes up in time. Each list runs its own way: an upcoming list going
 * forward, then past events kept newest first, on one page. The variants are written here
 * after pages seen in public repositories (an events page with one bullet list per year,
 * an association's dated headings from the newest down, a show's calendar with its
 * upcoming dates then its past ones).
 */
import { describe, expect, it } from 'vitest';
import { check, days } from '../helpers/read.js';

function read(text: string, committed?: { year: number; month: number; day: number }) {
  const report = check(text, committed ? { committed } : {});
  return {
    days: report.programme.sessions.map((session) => days(session)[0]),
    problems: report.diagnostics.filter((d) => d.severity !== 'info').map((d) => `${d.line} ${d.rule}`),
  };
}

describe('a list kept newest first', () => {
  it('counts the years back under a year heading: a bullet list of events, day then month', () => {
    const text = '# Événements\n\n## 2025\n\n- 20 septembre : Championnat\n- 6 septembre : Séminaire\n- 8 juin : Camp d\'été\n- 25 janvier : Examen de ceinture\n';
    expect(read(text)).toEqual({ days: ['2025-09-20', '2025-09-06', '2025-06-08', '2025-01-25'], problems: [] });
  });

  it('crosses into the year before: a table with a front matter date', () => {
    const text = '---\ndate: 2025-03-01\n---\n\n| Date | Événement | Lieu |\n| --- | --- | --- |\n| 12 février | Assemblée générale | Salle des fêtes |\n| 20 janvier | Galette des rois | Local |\n| 9 décembre | Repas de Noël | Restaurant |\n| 18 novembre | Sortie | Forêt |\n';
    expect(read(text)).toEqual({ days: ['2025-02-12', '2025-01-20', '2024-12-09', '2024-11-18'], problems: [] });
  });

  it('crosses into the year before: numeric dates under an agenda heading with a year, an English header', () => {
    const text = '# Agenda 2025\n\n| When | Event |\n| --- | --- |\n| 14/01 | Assemblée générale |\n| 23/11 | Atelier vélo |\n| 05/10 | Sortie |\n| 21/09 | Forum des associations |\n';
    expect(read(text)).toEqual({ days: ['2025-01-14', '2024-11-23', '2024-10-05', '2024-09-21'], problems: [] });
  });

  it('crosses into the year before when the year is only guessed from the last commit', () => {
    const text = '# Nos sorties\n\n- 2 février : Raquettes\n- 12 janvier : Galette\n- 8 décembre : Téléthon\n- 17 novembre : Brocante\n';
    expect(read(text, { year: 2025, month: 2, day: 10 }).days).toEqual(['2025-02-02', '2025-01-12', '2024-12-08', '2024-11-17']);
  });

  it('reads dated headings with their years from the newest down, two events on one day', () => {
    const text = '# Événements\n\n## Assemblée générale - 29 février 2020\n\nTexte.\n\n## Soirée annuelle - 29 février 2020\n\n## Changement de siège social - 12 mars 2019\n\n## Assemblée générale - 9 mars 2019\n';
    expect(read(text)).toEqual({ days: ['2020-02-29', '2020-02-29', '2019-03-12', '2019-03-09'], problems: [] });
  });

  it('reports the row that goes up in it, and does not roll the year for it', () => {
    const text = '# Événements\n\n## 2025\n\n- 20 septembre : Championnat\n- 6 septembre : Séminaire\n- 8 juin : Camp d\'été\n- 25 juin : Open\n- 25 janvier : Examen de ceinture\n';
    expect(read(text)).toEqual({ days: ['2025-09-20', '2025-09-06', '2025-06-08', '2025-06-25', '2025-01-25'], problems: ['8 out-of-order'] });
  });
});

describe('an upcoming list, then past events kept newest first, on one page', () => {
  it('counts each list its own way', () => {
    const text = '# Calendrier 2017\n\n## À venir\n\n- Dimanche 12 mars : Graulhet\n- Mercredi 19 avril : Albi\n- Samedi 3 juin : Toulouse\n\n## Représentations passées\n\n- Jeudi 2 février : Castelnaudary\n- Mardi 17 janvier : Toulouse\n- Mardi 20 décembre : Blagnac\n';
    expect(read(text)).toEqual({ days: ['2017-03-12', '2017-04-19', '2017-06-03', '2017-02-02', '2017-01-17', '2016-12-20'], problems: [] });
  });
});

describe('a list that runs forward stays forward', () => {
  it('with a misplaced row: reported, not read as a list kept newest first', () => {
    const text = '# Programme 2024\n\n| Date | Séance |\n| --- | --- |\n| 5 mars | Un |\n| 12 mars | Deux |\n| 10 mars | Trois |\n| 19 mars | Quatre |\n';
    expect(read(text)).toEqual({ days: ['2024-03-05', '2024-03-12', '2024-03-10', '2024-03-19'], problems: ['7 out-of-order'] });
  });

  it('across a new year, a school year from September to June', () => {
    const text = '# Séminaire 2024-2025\n\n| Date | Séance |\n| --- | --- |\n| 12 septembre | Un |\n| 14 novembre | Deux |\n| 16 janvier | Trois |\n| 13 mars | Quatre |\n| 12 juin | Cinq |\n';
    expect(read(text)).toEqual({ days: ['2024-09-12', '2024-11-14', '2025-01-16', '2025-03-13', '2025-06-12'], problems: [] });
  });

  it('a list of yearly events that write their years', () => {
    const text = '# Fêtes\n\n- 12 mars 2019 : Fête\n- 10 mars 2020 : Fête\n- 9 mars 2021 : Fête\n';
    expect(read(text)).toEqual({ days: ['2019-03-12', '2020-03-10', '2021-03-09'], problems: [] });
  });
});

describe('a table too short to tell its way, among tables kept newest first', () => {
  const year = (y: number, ...rows: string[]) => `<details>\n<summary>${y}</summary>\n\n| Date | Event | Location |\n|---|---|---|\n${rows.map((r) => `| ${r} |`).join('\n')}\n</details>\n\n`;

  it('an events page with a table per past year: the two-row tables are newest first too, no row out of order', () => {
    const text =
      '## Past Events\n\n' +
      year(2026, 'Jeudi 04 juin 2026 à 18:30 | Talk #14 | Bordeaux', 'Jeudi 02 avril 2026 à 18:30 | Talk #13 | Bordeaux') +
      year(2025, 'Mardi 09 décembre 2025 à 18:30 | Talk #12 | Bordeaux', 'Mardi 11 mars 2025 à 18:30 | Talk #10 | Bordeaux', 'Mardi 11 février 2025 à 18:30 | Talk #9 | Bordeaux', 'Mardi 14 janvier 2025 à 18:30 | Talk #8 | Bordeaux') +
      year(2019, 'Mardi 10 décembre 2019 à 19:15 | Talk Décembre | Bordeaux', 'Mardi 12 novembre 2019 à 19:15 | Talk Novembre | Bordeaux');
    expect(read(text).problems).toEqual([]);
  });

  it('alone, a table of two rows going back is read forward: its second row is out of order', () => {
    const text = '## Événements 2026\n\n| Date | Event | Location |\n|---|---|---|\n| Jeudi 04 juin 2026 à 18:30 | Talk #14 | Bordeaux |\n| Jeudi 02 avril 2026 à 18:30 | Talk #13 | Bordeaux |\n';
    expect(read(text).problems).toEqual(['6 out-of-order']);
  });
});
