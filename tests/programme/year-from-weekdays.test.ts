/*
 * The weekdays a programme writes against the year weaker clues give it, and the year of
 * tables written side by side. Shown by real documents: a student exam page titled with
 * its promotion (`Exams S1 (2023)`, weekdays of autumn 2018: epita-exams-s1-2018), a
 * conference page whose key-dates list follows the event's dated heading and was counted
 * into the next year (gtiq-2019-programme), and a project's meetings in one table per
 * supervisor (ter-edt-reunions-*). The variants below are other ways people write them.
 */
import { describe, expect, it } from 'vitest';
import { check, days, table } from '../helpers/read.js';

const alarms = (report: ReturnType<typeof check>) => report.diagnostics.filter((d) => d.severity !== 'info').map((d) => `${d.line} ${d.rule}`);
const infos = (report: ReturnType<typeof check>) => report.diagnostics.filter((d) => d.rule === 'guessed-year');
const firstDays = (report: ReturnType<typeof check>) => report.programme.sessions.map((s) => days(s)[0]);

describe('weekdays that all fit one year outweigh a year from a weak clue', () => {
  it('a promotion year in the front matter title: the dated headings are read in the year their weekdays fit, said once', () => {
    const text = '---\ntitle: Examens S1 (2023)\n---\n\n# Examens\n\n#### Contrôle TD – Lundi 08/10\n\n#### Contrôle TD – Lundi 03/12\n';
    const report = check(text, { committed: { year: 2019, month: 6, day: 2 } });
    expect(firstDays(report)).toEqual(['2018-10-08', '2018-12-03']);
    expect(alarms(report)).toEqual([]);
    expect(infos(report)).toHaveLength(1);
    expect(infos(report)[0]!.message).toMatch(/points to 2023, but none of its 2 weekdays fits 2023 and all of them fit 2018/);
  });

  it('a year in the title over a table whose weekdays fit another year, in French too', () => {
    const text = '# Planning promo 2027\n\n' + table('Date | Séance', 'Mardi 3 octobre | Cours 1', 'Jeudi 12 octobre | Cours 2', 'Lundi 6 novembre | Cours 3');
    const report = check(text, { committed: { year: 2023, month: 11, day: 20 }, language: 'fr' });
    expect(firstDays(report)).toEqual(['2023-10-03', '2023-10-12', '2023-11-06']);
    expect(alarms(report)).toEqual([]);
    expect(infos(report)[0]!.message).toMatch(/indique 2027, mais aucun de ses 3 jours de la semaine ne tombe juste en 2027 et tous tombent juste en 2023/);
  });

  it('a key-dates list under the event’s dated heading is not counted into the next year when its day labels fit this one', () => {
    const text =
      '## Journées 2019\n\n### 28 et 29 novembre 2019 - Besançon\n\n### Dates importantes\n\n* 23 octobre : soumission\n* 13 novembre : inscription\n\n' +
      '### Programme\n\n**Jeudi 28 novembre**\n\n14h00 - 15h00 Exposé\n\n**Vendredi 29 novembre**\n\n9h00 - 10h00 Exposé\n';
    const report = check(text, { committed: { year: 2019, month: 11, day: 29 } });
    expect(report.programme.sessions.flatMap((s) => days(s))).not.toContain('2020-11-28');
    expect(report.programme.sessions.map((s) => days(s)[0])).toContain('2019-10-23');
    expect(alarms(report)).toEqual([]);
  });

  it('a September-to-June table keeps its new year when it moves', () => {
    const text = '# Calendrier 2027\n\n' + table('Date | Séance', 'Lundi 9 septembre | Rentrée', 'Mardi 14 janvier | Reprise', 'Vendredi 13 juin | Fin');
    const report = check(text, { committed: { year: 2024, month: 8, day: 30 } });
    expect(firstDays(report)).toEqual(['2024-09-09', '2025-01-14', '2025-06-13']);
    expect(alarms(report)).toEqual([]);
  });

  it('with no commit to go by, the fitting year closest to the clue is taken', () => {
    const text = '# Promo 2023\n\n#### Contrôle – Lundi 08/10\n\n#### Partiel – Vendredi 21/12\n';
    expect(firstDays(check(text))).toEqual(['2018-10-08', '2018-12-21']);
  });
});

describe('what the weekdays do not overrule', () => {
  it('one weekday that fits says the year is right: the other is a mistake, reported', () => {
    const text = '# Programme 2024\n\n' + table('Date | Séance', 'Mardi 8 octobre | Cours 1', 'Mercredi 17 octobre | Cours 2');
    const report = check(text, { committed: { year: 2024, month: 9, day: 1 } });
    expect(firstDays(report)).toEqual(['2024-10-08', '2024-10-17']);
    expect(alarms(report)).toEqual(['6 weekday-mismatch']);
  });

  it('the year of the dates header is written for the schedule: every weekday that misfits it is reported', () => {
    const text = '# Programme\n\n' + table('Dates 2024 | Séance', 'Mardi 3 octobre | Cours 1', 'Jeudi 12 octobre | Cours 2');
    expect(alarms(check(text, { committed: { year: 2024, month: 9, day: 1 } }))).toEqual(['5 weekday-mismatch', '6 weekday-mismatch']);
  });

  it('the --year option is trusted as well', () => {
    const text = '# Programme\n\n' + table('Date | Séance', 'Mardi 3 octobre | Cours 1', 'Jeudi 12 octobre | Cours 2');
    expect(alarms(check(text, { year: 2024 }))).toEqual(['5 weekday-mismatch', '6 weekday-mismatch']);
  });

  it('weekdays that fit no one year do not lose the plan: it is read near its commit, each weekday that misfits reported', () => {
    // harmonysd-pf5-ocaml-2020: `Examen présentiel le **mardi 5/1 15h30-17h30**` on a course page with no year.
    const text = '# Cours\n\n- Examen le **mardi 5/1 15h30-17h30**.\n- TP noté le **mardi 7/1 10h-12h**.\n';
    const report = check(text, { committed: { year: 2021, month: 1, day: 8 } });
    expect(firstDays(report)).toEqual(['2021-01-05', '2021-01-07']);
    expect(alarms(report)).toEqual(['4 weekday-mismatch']);
    expect(infos(report)[0]!.message).toMatch(/its 2 weekdays fit no one year together: it is read in 2021/);
  });

  it('in a table, the row whose weekday misfits the year read is the one reported', () => {
    const text = '# Cours\n\n' + table('Date | Séance', 'mardi 4 mars | Cours 1', 'mardi 11 mars | Cours 2', 'mercredi 18 mars | Cours 3');
    const report = check(text, { committed: { year: 2025, month: 2, day: 1 } });
    expect(firstDays(report)).toEqual(['2025-03-04', '2025-03-11', '2025-03-18']);
    expect(alarms(report)).toEqual(['7 weekday-mismatch']);
  });

  it('a single weekday is too weak a clue to move a year', () => {
    const text = '# Programme 2024\n\n' + table('Date | Séance', 'Mardi 3 octobre | Cours 1', '12 octobre | Cours 2');
    expect(alarms(check(text))).toEqual(['5 weekday-mismatch']);
  });

  it('a year written in the cell is never moved', () => {
    const text = '# Programme\n\n' + table('Date | Séance', 'Mardi 3 octobre 2024 | Cours 1', 'Jeudi 12 octobre 2024 | Cours 2');
    const report = check(text);
    expect(firstDays(report)).toEqual(['2024-10-03', '2024-10-12']);
    expect(alarms(report)).toEqual(['5 weekday-mismatch', '6 weekday-mismatch']);
  });
});

describe('tables written side by side start again from the same year', () => {
  it('one table per supervisor, the second starting in a month the first already covers, with no year written', () => {
    const text =
      '# Réunions\n\n#### Avec Mme A\n\n' +
      table('Date | Horaire | Lieu', 'Vendredi 18/10 | 13:00 à 14:30 | BMD', 'Mardi 5/11 | 13:30 | BMD', 'Jeudi 19/12 | 13:00 | BMD') +
      '\n#### Avec M. B\n\n' +
      table('Date | Horaire | Lieu', 'Lundi 25/11 | 10:00 | BMD', 'Lundi 9/12 | 10:00 | BMD');
    const report = check(text, { committed: { year: 2024, month: 11, day: 29 } });
    expect(firstDays(report)).toEqual(['2024-10-18', '2024-11-05', '2024-12-19', '2024-11-25', '2024-12-09']);
    expect(alarms(report)).toEqual([]);
  });

  it('with the year in a heading, a second group’s table of the same weeks is in that year too', () => {
    const text =
      '# Planning 2019\n\n## Groupe A\n\n' +
      table('Date | Séance', '14 octobre | TD 1', '2 décembre | TD 2') +
      '\n## Groupe B\n\n' +
      table('Date | Séance', '21 octobre | TD 1', '9 décembre | TD 2');
    expect(firstDays(check(text))).toEqual(['2019-10-14', '2019-12-02', '2019-10-21', '2019-12-09']);
  });

  it('an autumn table then a winter table: the winter one is in the next year', () => {
    const text = '# Planning 2019\n\n## Automne\n\n' + table('Date | Séance', '16 septembre | Cours 1', '9 décembre | Cours 2') + '\n## Hiver\n\n' + table('Date | Séance', '13 janvier | Cours 3', '15 juin | Cours 4');
    expect(firstDays(check(text))).toEqual(['2019-09-16', '2019-12-09', '2020-01-13', '2020-06-15']);
  });

  it('a third table that starts back within the first one’s weeks', () => {
    const text =
      '# Planning 2019\n\n' +
      table('Date | Séance', '7 octobre | A1', '16 décembre | A2') +
      '\n\n' +
      table('Date | Séance', '25 novembre | B1', '9 décembre | B2') +
      '\n\n' +
      table('Date | Séance', '14 octobre | C1');
    expect(firstDays(check(text))).toEqual(['2019-10-07', '2019-12-16', '2019-11-25', '2019-12-09', '2019-10-14']);
  });
});

describe('a dates cell that says no date is set', () => {
  it.each(['A définir si besoin.', 'Non défini', 'Plus tard', 'bientôt', 'Date à fixer avec le jury', 'pas encore fixée'])('%s is not an unreadable date', (cell) => {
    const text = '# Réunions 2024\n\n' + table('Date | Horaire | Lieu', 'Vendredi 18/10 | 13:00 | BMD', `${cell} |  |  `);
    const report = check(text);
    expect(alarms(report)).toEqual([]);
    expect(report.diagnostics.map((d) => d.rule)).toContain('date-to-be-confirmed');
  });

  it('a misspelt month is still unreadable, and says which month it may be', () => {
    const text = '# Réunions 2024\n\n' + table('Date | Horaire | Lieu', 'Jeudi 13 novmebre | 13:00 | BMD');
    expect(alarms(check(text))).toEqual(['5 unreadable-date']);
  });
});

describe('a wrong weekday written again outside the schedule', () => {
  it('is reported once, on the session, not again in the minutes table that repeats it', () => {
    const text =
      '# Réunions 2024\n\n' +
      table('Date | Horaire | Lieu', 'Lundi 25/11 | 10:00 | BMD', 'Lundi 29/11 | 9:00 | BMD') +
      '\n## Comptes-rendus\n\n' +
      table('Date | Lien', 'Lundi 25/11 | [CR](cr1.md)', 'Lundi 29/11 | [CR](cr2.md)');
    expect(alarms(check(text))).toEqual(['6 weekday-mismatch']);
  });

  it('a different wrong date in prose is still reported', () => {
    const text = '# Réunions 2024\n\n' + table('Date | Horaire | Lieu', 'Lundi 25/11 | 10:00 | BMD') + '\nLe rendu est prévu le mardi 27 novembre.\n';
    expect(alarms(check(text))).toEqual(['7 weekday-mismatch']);
  });
});
