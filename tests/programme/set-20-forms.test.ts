/*
 * Forms read in held-out set 20 (tests/fixtures/real: fansdeterre-samedis-2021,
 * map551-cours-2021, dakarlug-ateliers-python-2012, fermigier-journee-linux-ibm-1999,
 * terpsichore-concerts-2016, dop24-calendrier-2024, lauriane-calandarplus-readme-2020,
 * ophenix-patrons-presentations-2026, bluehats-gazette-numeros-2021, compas-programme-2023),
 * each checked here on a short page so that it stays read as a reader reads it.
 */
import { describe, expect, it } from 'vitest';
import { sessionToJson } from '../../src/report/session-json.js';
import { check } from '../helpers/read.js';

const read = (lines: string[], year = 2021) => check(lines.join('\n'), { committed: { year, month: 9, day: 1 } });
const brief = (lines: string[], year?: number) =>
  read(lines, year).programme.sessions.map(sessionToJson).map((s) => [s.line, s.days.join(' '), s.times.map((t) => `${t.start}-${t.end ?? ''}`).join(',')]);
const alarms = (lines: string[], year?: number) => read(lines, year).diagnostics.filter((d) => d.severity !== 'info').map((d) => `${d.line} ${d.rule}`);

describe('a list that counts its sessions between the weekday and the date', () => {
  const list = ['## Groupe MATIN : 10H - 13H30', '', '- Samedi 01 - 09 Octobre', '- Samedi 02 - 23 Octobre', '- Samedi 03 - 20 Novembre', '- Samedi 04 - 04 Décembre', ''];

  it('reads each item on the day after the count, at the hours its heading tells', () => {
    expect(brief(list)).toEqual([
      [3, '2021-10-09', '10:00-13:30'],
      [4, '2021-10-23', '10:00-13:30'],
      [5, '2021-11-20', '10:00-13:30'],
      [6, '2021-12-04', '10:00-13:30'],
    ]);
    expect(alarms(list)).toEqual([]);
  });

  it('still reads a range of days when the first numbers do not count up', () => {
    const ranges = ['- Samedi 9 - 10 octobre 2021 : stage', '- Samedi 23 - 24 octobre 2021 : stage', '- Samedi 6 - 7 novembre 2021 : stage', ''];
    expect(brief(ranges).map((row) => row[1])).toEqual(['2021-10-09 2021-10-10', '2021-10-23 2021-10-24', '2021-11-06 2021-11-07']);
  });
});

describe('a MyST box that dates the course heading above it', () => {
  it('reads `{admonition} Lundi 20 Septembre` as the date of its course, its body as no other session', () => {
    const page = [
      '## Cours 1 : Introduction',
      '',
      '```{admonition} Lundi 20 Septembre 2021',
      '',
      '- Modélisation mathématique',
      '',
      '>  CRTP I - rendu Dimanche 26 septembre 20h',
      '```',
      '',
      '## Cours 2 : Théorie I',
      '',
      '```{admonition} Lundi 27 Septembre 2021',
      '- Rappels',
      '```',
      '',
    ];
    expect(brief(page)).toEqual([
      [1, '2021-09-20', ''],
      [10, '2021-09-27', ''],
    ]);
  });

  it('leaves a fenced block of code as code', () => {
    const page = ['# Notes', '', '```python', '# Lundi 20 septembre 2021', 'print("9h - 12h")', '```', ''];
    expect(brief(page)).toEqual([]);
  });
});

describe('hours as people type them', () => {
  it('reads `13h30mn à 18h` and an end hedged as `19h30/45`', () => {
    const list = ['- Sam. 07 Avril 2012 (13h30mn à 18h) : Atelier 1', '- Mer. 18 Avril 2012 (18h30mn à 21h) : Atelier 3', ''];
    expect(brief(list, 2012).map((row) => row[2])).toEqual(['13:30-18:00', '18:30-21:00']);
    const agenda = ['## Jeudi 6 juillet 2023', '', '### 17h15-18h AG', '### 18h-19h30/45 Cocktail Poster', ''];
    expect(brief(agenda, 2023).map((row) => row[2])).toEqual(['17:15-18:00', '18:00-19:30']);
  });

  it('reads the hour a concert list writes after the place, before the title’s colon', () => {
    const list = [
      '- Samedi 19 mars 2016 à Namur - Eglise Saint-Nicolas - 20h00 : Première partie du récital',
      '- Dimanche 21 février 2016 à Bruxelles - 11h00 : Missa',
      '- Vendredi 9 septembre 2016 à Chimay - Concert privé',
      '',
    ];
    expect(brief(list, 2016).map((row) => row[2])).toEqual(['20:00-', '11:00-', '']);
  });

  it('reads the hours a cell opens with over its column header’s', () => {
    const table = ['| Date (vendredi) | Cours (13:15 - 14:45) |', '| --- | --- |', '| 2024-06-14 | Présentation |', '| 2024-06-21 | 9h25-10h25 : **Examen écrit** en A05a |', ''];
    expect(brief(table, 2024).map((row) => row[2])).toEqual(['13:15-14:45', '09:25-10:25']);
  });
});

describe('dates and titles set on lines of their own', () => {
  it('dates an agenda by the day line above its `Agenda :` label', () => {
    const page = ['Une demi-journée chez IBM :', '', 'Le Vendredi 2 Juillet 1999', '', '**Agenda**:', '', '- 9h      Accueil Café', '- 9h15    Le marché Linux', ''];
    expect(brief(page, 1999)).toEqual([
      [7, '1999-07-02', '09:00-'],
      [8, '1999-07-02', '09:15-'],
    ]);
  });

  it('titles a date line by the bold item above it, where the session begins', () => {
    const page = ['*   **Atelier 2 : Django**', '', 'Sam. 14 Avril 2012 (13h30 à 18h)', 'Lieu : Villa ACT', '', '*   **Atelier 3 : Hackathon**', '', 'Mer. 18 Avril 2012 (18h30 à 21h)', ''];
    const sessions = read(page, 2012).programme.sessions.map(sessionToJson);
    expect(sessions.map((s) => [s.line, s.title, s.days.join(' ')])).toEqual([
      [1, 'Atelier 2 : Django', '2012-04-14'],
      [6, 'Atelier 3 : Hackathon', '2012-04-18'],
    ]);
  });
});

describe('what is not a session', () => {
  it('reads no session and no invalid hour in a log of hours worked with its running total', () => {
    const table = ['| Date |  Temps |  Total à partir du 7/05  |', '|:----:|:------:|:----:|', '| 13/06|  1h30  | 23h |', '| 14/06|  5h30  | 28h30 |', '| 15/06 | 6h20 | 34h50 |', ''];
    expect(brief(table, 2020)).toEqual([]);
    expect(alarms(table, 2020)).toEqual([]);
  });

  it('lists no class on a week whose every slot is a holiday', () => {
    const table = ['| Date (vendredi) | Cours (13:15 - 14:45) | Laboratoires (14:55 - 16:30) |', '| --- | --- | --- |', '| 2024-05-03 | Observabilité | Logs |', '| 2024-05-10 | _Ascension_ | _Ascension_ |', '| 2024-05-17 | Télémesure | Métriques |', ''];
    expect(brief(table, 2024).map((row) => row[1])).toEqual(['2024-05-03', '2024-05-17']);
  });

  it('keeps a holiday an events calendar lists as its entry', () => {
    const table = ['| Date | Événement |', '| --- | --- |', '| 11 mai 2025 | Choirs Day |', '| 29 mai 2025 | Ascension |', ''];
    expect(brief(table, 2025).map((row) => row[1])).toEqual(['2025-05-11', '2025-05-29']);
  });

  it('lists the classes dated under week headings, not the weeks over them', () => {
    const page = [
      '### Semaine du 26 janvier : préparation',
      '- Les étudiants commencent à préparer',
      '- **26 janvier** : L’enseignant enseigne les patrons architecturaux',
      '- **27 janvier** : L’enseignant enseigne 2 patrons',
      '',
      '### Semaine du 2 février : stage',
      '- Les étudiants continuent',
      '',
    ];
    expect(brief(page, 2025).map((row) => [row[0], String(row[1]).split(' ')[0]])).toEqual([
      [3, '2026-01-26'],
      [4, '2026-01-27'],
      [6, '2026-02-02'],
    ]);
  });

  it('reads no session in a newsletter’s list of back issues, and no duplicate', () => {
    const list = ['# Numéros précédents', '', '-   [Numéro 12](https://example.org/12/) (20/08/2021)', '-   [Numéro 11](https://example.org/11/) (21/06/2021)', '-   [Numéro 11](https://example.org/11/) (21/06/2021)', '-   [Numéro 10](https://example.org/10/) (11/04/2021)', ''];
    expect(brief(list)).toEqual([]);
    expect(alarms(list)).toEqual([]);
  });
});
