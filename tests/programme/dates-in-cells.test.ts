/*
 * Tables whose dates are not (only) in a plain dates column (issue 11, class `cells`): a
 * day and its hours in one cell with nothing else to say it is a programme (`| Période |
 * Local |`, a cégep's catch-up periods), a column named for hours that writes the day too
 * (`| Plage horaire |`), ISO date-times (`2025-08-28T13:15:00`), a period in start and
 * end columns (`Début | Fin`, `Du | Au`, `Date de début | Date de fin`, `Start | End`),
 * and titles that write their session's day (`Séance 1 - mardi 16 septembre, 14h-16h`,
 * `TP noté (lundi 12/02/2024)`). Seen in real course plans (cegep-sn1-planification-*),
 * a competition's stage calendar (tftec-coupe-azure-calendrier-2022) and the forms of
 * issue 11. Tables that have dates without being a programme stay unread: a project plan,
 * a log of time stamps, a changelog.
 */
import { describe, expect, it } from 'vitest';
import { sessionToJson } from '../../src/report/session-json.js';
import { check } from '../helpers/read.js';

/** Each session as `line days times | title`, days as first..last when there are more than three. */
function read(text: string): string[] {
  const report = check(text, { committed: { year: 2025, month: 6, day: 1 } });
  return report.programme.sessions.map(sessionToJson).map((s) => {
    const days = s.days.length > 3 ? `${s.days[0]}..${s.days.at(-1)}` : s.days.join(',');
    const times = s.times.map((t) => `${t.start}-${t.end ?? ''}`).join(',');
    return `${s.line} ${days} ${times} | ${s.title}`;
  });
}

function errorsAndWarnings(text: string): string[] {
  return check(text, { committed: { year: 2025, month: 6, day: 1 } })
    .diagnostics.filter((d) => d.severity !== 'info')
    .map((d) => `${d.rule} ${d.line}`);
}

const lines = (...rows: string[]) => rows.join('\n') + '\n';

describe('a day and its hours in one cell make the table a programme', () => {
  it.each([
    ['a period and a room (a cégep writes catch-up periods so)', '| Période | Local |'],
    ['an English header', '| Slot | Room |'],
    ['no header words at all', '|  |  |'],
  ])('%s', (_name, header) => {
    const text = lines(
      header,
      '|:---:|:---:|',
      '| Mardi le 17 mars 2026 de 12h00 à 13h50 | S-031 |',
      '| Mercredi le 18 mars 2026 de 8h00 à 9h50 | H-015 |',
      '| Mercredi le 18 mars 2026 de 13h00 à 14h50 | H-015 |',
    );
    expect(read(text)).toEqual(['3 2026-03-17 12:00-13:50 | S-031', '4 2026-03-18 08:00-09:50 | H-015', '5 2026-03-18 13:00-14:50 | H-015']);
    expect(errorsAndWarnings(text)).toEqual([]);
  });

  it.each([
    ['17/03/2026 14:00', '2026-03-17 14:00-'],
    ['17 mars 2026, 14h-16h', '2026-03-17 14:00-16:00'],
    ['Mar 17/03/2026 - 14h', '2026-03-17 14:00-'],
    ['2026-03-17T14:00:00', '2026-03-17 14:00-'],
  ])('in the form %j', (cell, session) => {
    const next = cell.replace('17', '24');
    const text = lines('| Quand | Où |', '| --- | --- |', `| ${cell} | Salle B |`, `| ${next} | Salle B |`);
    expect(read(text)[0]).toBe(`3 ${session} | Salle B`);
    expect(read(text)).toHaveLength(2);
  });

  it('but a day alone beside a room or a code is no programme', () => {
    expect(read(lines('| Période | Local |', '| --- | --- |', '| 17/03/2026 | S-031 |', '| 18/03/2026 | H-015 |'))).toEqual([]);
  });
});

describe('a column named for hours that writes the day before them', () => {
  it.each(['Plage horaire', 'Horaire', 'Créneau', 'Heure'])('%j: the day and its hours are read from it', (header) => {
    const text = lines(
      `| ${header} | Local | Enseignants |`,
      '|---|---|---|',
      '| 4 octobre 2024 de 8h00 à 11h00 | H-022 | Eric |',
      '| 8 octobre 2024 de 12h00 à 14h00 | S-016 et S-031 | Eric, Georges |',
    );
    expect(read(text).map((s) => s.split(' | ')[0])).toEqual(['3 2024-10-04 08:00-11:00', '4 2024-10-08 12:00-14:00']);
  });
});

describe('a period in start and end columns is one session over its days', () => {
  it('`Début | Fin` with a time in each: from the start time to the end time', () => {
    const text = lines('| Étape | Début | Fin |', '| --- | --- | --- |', '| [Éliminatoires](etapes/elim.md) | 03/11/2022 - 20h00 | 11/11/2022 - 23h59 |', '| [Finale](etapes/finale.md) | 21/11/2022 - 20h00 | 24/11/2022 - 13h00 |');
    expect(read(text)).toEqual(['3 2022-11-03..2022-11-11 20:00-23:59 | Éliminatoires', '4 2022-11-21..2022-11-24 20:00-13:00 | Finale']);
    expect(errorsAndWarnings(text)).toEqual([]);
  });

  it.each([
    ['| Stage | Date de début | Date de fin | Lieu |', '| Voile | 7 juillet 2025 | 11 juillet 2025 | Brest |'],
    ['| Module | Du | Au |', '| Voile | lun. 7 juillet 2025 | ven. 11 juillet 2025 |'],
    ['| Session | Start | End |', '| Voile | 2025-07-07 | 2025-07-11 |'],
    ['| Formation | Ouverture | Clôture |', '| Voile | 07/07/2025 | 11/07/2025 |'],
  ])('%s: every day from the start to the end', (header, row) => {
    const cells = header.split('|').filter((cell) => cell.trim() !== '');
    const text = lines(header, `|${cells.map(() => '---').join('|')}|`, row);
    expect(read(text)).toEqual(['3 2025-07-07..2025-07-11  | Voile']);
  });

  it('the end takes the start year, and the next one when it falls before it in the calendar', () => {
    const text = lines('| Module | Du | Au |', '| --- | --- | --- |', '| Hiver | 28 décembre 2024 | 3 janvier |');
    expect(read(text)).toEqual(['3 2024-12-28..2025-01-03  | Hiver']);
  });

  it('a row whose end cell is empty is a session on its start day', () => {
    const text = lines('| Stage | Date de début | Date de fin | Lieu |', '| --- | --- | --- | --- |', '| Voile | 7 juillet 2025 | 11 juillet 2025 | Brest |', '| Visite | 14 juillet 2025 |  | Brest |');
    expect(read(text)).toEqual(['3 2025-07-07..2025-07-11  | Voile', '4 2025-07-14  | Visite']);
  });

  it.each([
    ['a project plan', '| Tâche | Membre | Date de début | Date de fin |', '| Design graphique | Vital | 2025-01-01 | 2025-01-14 |', '| Développement | Anna | 2025-01-15 | 2025-02-28 |'],
    ['trading cycles', '| Cycle | Début | Fin | Résultat |', '| 1 | 2026-02-16 | 2026-04-01 | PASS |', '| 2 | 2026-04-01 | 2026-05-19 | FAIL |'],
    ['a migration tracker', '| Phase | Statut | Durée | Début | Fin |', '| Préparation | Terminé | 15 min | 25 jan 2026 | 25 jan 2026 |', '| Express 5 | Terminé | 30 min | 26 jan 2026 | 26 jan 2026 |'],
  ])('%s stays unread: no header or cell says it is a programme', (_name, header, ...rows) => {
    const cells = header.split('|').filter((cell) => cell.trim() !== '');
    expect(read(lines(header, `|${cells.map(() => '---').join('|')}|`, ...rows))).toEqual([]);
  });
});

describe('a slot in start and end hours columns', () => {
  it.each([
    ['| Date | Heure de début | Heure de fin | Activité |', '14h00', '16h00'],
    ['| Date | Début | Fin | Activité |', '14:00', '16:00'],
    ['| Date | Start | End | Session |', '14:00', '16:00'],
    ['| Date | Heure début | Heure fin | Activité |', '14 h', '16 h'],
  ])('%s: the slot ends at the end column\'s time', (header, start, end) => {
    const text = lines('# Ateliers 2025', '', header, '| --- | --- | --- | --- |', `| 17/03/2025 | ${start} | ${end} | Atelier |`, '| 18/03/2025 | 9h | 12h | Cours |');
    expect(read(text)).toEqual(['5 2025-03-17 14:00-16:00 | Atelier', '6 2025-03-18 09:00-12:00 | Cours']);
    expect(errorsAndWarnings(text)).toEqual([]);
  });

  it('an evening that ends after midnight', () => {
    const text = lines('| Date | Début | Fin | Soirée |', '| --- | --- | --- | --- |', '| 17/03/2025 | 22h | 2h | Nuit de l\'info |', '| 18/03/2025 | 20h | 23h | Quiz |');
    expect(read(text)).toEqual(['3 2025-03-17 22:00-02:00 | Nuit de l\'info', '4 2025-03-18 20:00-23:00 | Quiz']);
  });

  it('in a day agenda under a dated heading', () => {
    const text = lines('## Jeudi 14 mars 2024', '', '| Heure de début | Heure de fin | Description |', '| --- | --- | --- |', '| 9h00 | 9h30 | Accueil |', '| 9h30 | 12h00 | Ateliers |');
    expect(read(text)).toEqual(['5 2024-03-14 09:00-09:30 | Accueil', '6 2024-03-14 09:30-12:00 | Ateliers']);
  });
});

describe('titles that write their session day', () => {
  it.each([
    ['Séance 1 - mardi 16 septembre 2025, 14h-16h', 'Séance 2 - mardi 23 septembre 2025, 14h-16h', '2025-09-16 14:00-16:00 | Séance 1'],
    ['TP noté (lundi 12/02/2024)', 'Examen final (vendredi 26/04/2024)', '2024-02-12  | TP noté'],
    ['Intra : jeudi 10 octobre 2024, 12h00-13h50', 'Final : vendredi 13 décembre 2024, 15h00-18h00', '2024-10-10 12:00-13:50 | Intra'],
    ['Séance 3 (17 mars 2026)', 'Séance 4 (24 mars 2026)', '2026-03-17  | Séance 3'],
  ])('%j: the words before the date are the title', (first, second, session) => {
    const text = lines('| Évaluation | Pondération |', '| --- | --- |', `| ${first} | 20 % |`, `| ${second} | 40 % |`);
    expect(read(text)[0]).toBe(`3 ${session}`);
    expect(read(text)).toHaveLength(2);
  });

  it('a row whose title writes no day is no session, and raises nothing', () => {
    const text = lines('| Séance | Salle |', '| --- | --- |', '| Séance 1 - mardi 16 septembre 2025, 14h-16h | B-12 |', '| Semaine de lecture | |', '| Séance 2 - mardi 30 septembre 2025, 14h-16h | B-12 |');
    expect(read(text).map((s) => s.split(' ')[0])).toEqual(['3', '5']);
    expect(errorsAndWarnings(text)).toEqual([]);
  });

  it('dates inside sentences of a title column leave the table unread', () => {
    const text = lines('| Sujet | Durée |', '| --- | --- |', '| Nous avons parlé du 12 mars 2024 et de la suite | 2h |', '| Le projet a commencé le 3 avril 2024 | 1h |');
    expect(read(text)).toEqual([]);
  });
});

describe('time stamps of a log are no sessions', () => {
  it.each([
    ['seconds other than :00', '2026-02-16T13:35:12', '2026-02-16T13:25:47'],
    ['a zone after the ISO time', '2026-02-16T13:35:00Z', '2026-02-16T13:25:00+01:00'],
    ['a fraction of a second', '2026-02-16 13:35:00.120', '2026-02-16 13:25:00.480'],
  ])('%s', (_name, first, second) => {
    const text = lines('| Id | Agent | Quand |', '| --- | --- | --- |', `| WP-1 | agent free | ${first} |`, `| WP-2 | agent busy | ${second} |`);
    expect(read(text)).toEqual([]);
    expect(errorsAndWarnings(text)).toEqual([]);
  });

  // A ticket's or a project's log writes the minute the clock showed (`14:29`, `15:47`); a
  // programme sets its hours on the five minutes, and a deadline on the last minute.
  it.each([
    ['a ticket\'s exchanges, day and minute in one cell', '| Date | Intervenant | Action |', ['09/01 12:10 | Conciergerie | Ouverture ticket', '09/01 14:29 | Valery | Constat', '09/01 14:33 | Yohan | Demande exemple', '09/01 14:56 | Lena | Confirme']],
    ['a French date and hours written with `h`', '| Quand | Qui | Quoi |', ['lundi 12 mai 9h07 | Léo | Build cassé', 'lundi 12 mai 9h41 | Léo | Correctif', 'mardi 13 mai 16h13 | Ana | Relecture']],
    ['ISO days and minutes', '| Date | Auteur | Note |', ['2025-05-12 10:03 | CI | Échec', '2025-05-12 10:17 | CI | Succès', '2025-05-12 11:52 | CI | Déploiement']],
  ])('a log stamped to the minute: %s', (_name, header, rows) => {
    const text = lines(header, '| --- | --- | --- |', ...rows.map((row) => `| ${row} |`));
    expect(read(text)).toEqual([]);
    expect(errorsAndWarnings(text)).toEqual([]);
  });

  it('a programme at hours on the five minutes, and deadlines at 23h59, stays a programme', () => {
    const text = lines('| Date | Intervenant | Sujet |', '| --- | --- | --- |', '| 12/05 9h05 | Léo | Accueil |', '| 12/05 10h25 | Ana | Atelier |', '| 13/05 23h59 | Ana | Rendu |', '| 14/05 23h58 | Léo | Rendu 2 |');
    expect(read(text).map((row) => row.split(' ').slice(0, 3).join(' '))).toEqual(['3 2025-05-12 09:05-', '4 2025-05-12 10:25-', '5 2025-05-13 23:59-', '6 2025-05-14 23:58-']);
  });

  it('a changelog with ISO date-times stays a listing', () => {
    const text = lines('| Version | Date | Changements |', '| --- | --- | --- |', '| 1.2 | 2025-09-30T13:15:00 | Nouvelle page |', '| 1.1 | 2025-09-20T10:00:00 | Correctifs |');
    expect(read(text)).toEqual([]);
  });
});
