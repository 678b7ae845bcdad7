/*
 * Timetable grids as French coordinators write them (issue 11), in markdown and in raw
 * HTML: one column per day (a date in each header, or bare weekdays under a dated week
 * heading), the hours down the side as ranges (`9h-10h30`) or as starts only (`14:00`),
 * slots stretched over several rows (`rowspan`) or days (`colspan`), rows left empty, slots
 * that write their own hours, and tables with one column of dates per group whose header
 * gives the group's weekday and hours. The variants were noted from public grids (course
 * timetables, conference grids, cégep session tables) and are written here in our own words.
 */
import { describe, expect, it } from 'vitest';
import { sessionToJson } from '../../src/report/session-json.js';
import { check } from '../helpers/read.js';

function sessions(text: string, options: Parameters<typeof check>[1] = {}) {
  return check(text, options).programme.sessions.map(sessionToJson).map(({ title, line, days, times }) => ({
    line,
    title,
    days: days.join(' '),
    times: times.map((t) => `${t.start}-${t.end ?? ''}`).join(' '),
  }));
}

function rules(text: string, options: Parameters<typeof check>[1] = {}): string[] {
  return check(text, options).diagnostics.map((d) => `${d.line} ${d.rule}`);
}

describe('a markdown grid: days as columns, hours down the side', () => {
  it('ends a slot where the next row with hours begins when only starts are written', () => {
    const text = [
      '# Rencontres 2025',
      '',
      '| | Jeudi 12/06 | Vendredi 13/06 |',
      '| --- | --- | --- |',
      '| 09:00 | Accueil des participants | Atelier données ouvertes |',
      '| 09:30 | Conférence plénière | |',
      '| 11:00 | Pause | Table ronde |',
      '| 11:20 | Session posters | |',
      '',
    ].join('\n');
    expect(sessions(text).map((s) => `${s.days} ${s.times} ${s.title}`)).toEqual([
      '2025-06-12 09:00-09:30 Accueil des participants',
      '2025-06-12 09:30-11:00 Conférence plénière',
      '2025-06-12 11:00-11:20 Pause',
      // Nothing after the last row says when it ends: a start only.
      '2025-06-12 11:20- Session posters',
      '2025-06-13 09:00-09:30 Atelier données ouvertes',
      '2025-06-13 11:00-11:20 Table ronde',
    ]);
    expect(rules(text)).toEqual([]);
  });

  it('keeps the ranges written down the side, and a row that says something else stops the search for an end', () => {
    const text = [
      '## Semaine de formation (mars 2024)',
      '',
      '| Créneau | Lundi 11 mars | Mardi 12 mars |',
      '| --- | --- | --- |',
      '| 8h-10h | Algorithmique | Réseaux |',
      '| 10h15 | Systèmes | Bases de données |',
      '| Pause déjeuner | | |',
      '| 13h30-15h30 | Projet tutoré | Anglais |',
      '',
    ].join('\n');
    expect(sessions(text).map((s) => `${s.days} ${s.times} ${s.title}`)).toEqual([
      '2024-03-11 08:00-10:00 Algorithmique',
      '2024-03-11 10:15- Systèmes',
      '2024-03-11 13:30-15:30 Projet tutoré',
      '2024-03-12 08:00-10:00 Réseaux',
      '2024-03-12 10:15- Bases de données',
      '2024-03-12 13:30-15:30 Anglais',
    ]);
  });

  it('takes the hours a slot writes itself, at its start or at its end, over the row it sits in', () => {
    const text = [
      '| Heure | Samedi 4 octobre 2025 | Dimanche 5 octobre 2025 |',
      '| --- | --- | --- |',
      '| 10h | Yoga doux 10h-11h30 | 10h30-12h Marche nordique |',
      '| 14h | Initiation escalade (14h - 16h) | Goûter |',
      '| 17h | | |',
      '',
    ].join('\n');
    expect(sessions(text).map((s) => `${s.days} ${s.times} ${s.title}`)).toEqual([
      '2025-10-04 10:00-11:30 Yoga doux',
      '2025-10-04 14:00-16:00 Initiation escalade',
      '2025-10-05 10:30-12:00 Marche nordique',
      '2025-10-05 14:00-17:00 Goûter',
    ]);
  });

  it('reads a week whose days are mostly empty: one filled day is enough', () => {
    const text = [
      '#### Semaine 21 (18/05/2026-22/05/2026)',
      '',
      '| | lundi 18/05 | mardi 19/05 | mercredi 20/05 | jeudi 21/05 | vendredi 22/05 |',
      '| --- | --- | --- | --- | --- | --- |',
      '| 9h | Soutenances de mémoires | | | | |',
      '| 12h | | | | | |',
      '',
    ].join('\n');
    expect(sessions(text).map((s) => `${s.days} ${s.times} ${s.title}`)).toEqual(['2026-05-18 09:00-12:00 Soutenances de mémoires']);
    // The week's heading holds the grid: it is its title, not the detail of a day.
    expect(rules(text)).toEqual([]);
  });

  it('reads nothing in a weekly grid whose days have no date anywhere, nor in a grid of ticks', () => {
    const weekly = [
      '# Emploi du temps type',
      '',
      '| Horaire | Lundi | Mardi | Mercredi |',
      '| --- | --- | --- | --- |',
      '| 8h-10h | Mathématiques | Physique | Anglais |',
      '| 10h-12h | Informatique | | Sport |',
      '',
    ].join('\n');
    expect(sessions(weekly)).toEqual([]);
    const ticks = ['| Horaire | Lundi 2 juin 2025 | Mardi 3 juin 2025 |', '| --- | --- | --- |', '| Matin (6h15) | ✓ | ✓ |', '| Soir (18h00) | ✓ | |', ''].join('\n');
    expect(sessions(ticks)).toEqual([]);
  });
});

describe('an HTML grid with spans', () => {
  it('keeps the words of a slot written as several blocks apart in its title', () => {
    const text = [
      '<table>',
      '<tr><th></th><th>lundi 24/11/2025</th><th>mardi 25/11/2025</th></tr>',
      '<tr><td>10h</td><td rowspan="2"><p><strong>10h-12h</strong> Cours</p><h6>Sémantique</h6><p>Salle 3</p></td><td></td></tr>',
      '<tr><td>11h</td><td></td></tr>',
      '</table>',
      '',
    ].join('\n');
    expect(sessions(text).map((s) => `${s.days} ${s.times} ${s.title}`)).toEqual(['2025-11-24 10:00-12:00 Cours Sémantique Salle 3']);
  });

  it('ends a slot at the end of the last row it spans, counts empty rows in the span, and finds each slot its day', () => {
    const text = [
      '## Programme',
      '',
      '<table>',
      '  <tr><th></th><th>Mardi 8 avril 2025</th><th>Mercredi 9 avril 2025</th></tr>',
      '  <tr>',
      '    <td>9:00</td>',
      '    <td>Accueil</td>',
      '    <td rowspan="3">Tutoriel<br>Analyse de données</td>',
      '  </tr>',
      '  <tr>',
      '    <td>9:30</td>',
      '    <td rowspan="2">Exposé invité</td>',
      '  </tr>',
      '  <tr></tr>',
      '  <tr>',
      '    <td>10:45</td>',
      '    <td>Pause café</td>',
      '    <td>Pause café</td>',
      '  </tr>',
      '  <tr>',
      '    <td>11:15</td>',
      '    <td colspan="2">Assemblée générale</td>',
      '  </tr>',
      '  <tr><td>12:30</td><td></td><td></td></tr>',
      '</table>',
      '',
    ].join('\n');
    expect(sessions(text).map((s) => `${s.line} ${s.days} ${s.times} ${s.title}`)).toEqual([
      '7 2025-04-08 09:00-09:30 Accueil',
      '12 2025-04-08 09:30-10:45 Exposé invité',
      '17 2025-04-08 10:45-11:15 Pause café',
      // One slot spanning both days is a session on each.
      '22 2025-04-08 11:15-12:30 Assemblée générale',
      '8 2025-04-09 09:00-10:45 Tutoriel Analyse de données',
      '18 2025-04-09 10:45-11:15 Pause café',
      '22 2025-04-09 11:15-12:30 Assemblée générale',
    ]);
  });

  it('keeps a slot in its own column when spans from two rows above meet in one row', () => {
    // Lundi's slot spans three rows, Mercredi's two from the row below: the third row's cell is Mardi's.
    const text = [
      '<table>',
      '<tr><th>Heure</th><th>lundi 03/11/2025</th><th>mardi 04/11/2025</th><th>mercredi 05/11/2025</th></tr>',
      '<tr><td>8h-9h</td><td rowspan="3">Cours magistral</td><td></td><td></td></tr>',
      '<tr><td>9h-10h</td><td></td><td rowspan="2">Travaux pratiques</td></tr>',
      '<tr><td>10h-11h</td><td>Travaux dirigés</td></tr>',
      '</table>',
      '',
    ].join('\n');
    expect(sessions(text).map((s) => `${s.days} ${s.times} ${s.title}`)).toEqual([
      '2025-11-03 08:00-11:00 Cours magistral',
      '2025-11-04 10:00-11:00 Travaux dirigés',
      '2025-11-05 09:00-11:00 Travaux pratiques',
    ]);
  });
});

describe('an HTML grid of two weeks, with breaks between its rows', () => {
  // A summer school's grid: the days of week 1 in the header, those of week 2 in a row of
  // the body; a module spanning two slots with a pause between them (`8h30-10h30`, `11h-13h`).
  const grid = [
    '# École d’été 2023',
    '',
    '<table>',
    '<thead><tr><th></th><th>lundi 27 février</th><th>mardi 28 février</th></tr></thead>',
    '<tbody>',
    '<tr><td>8h30-10h30</td><td rowspan="2">Enquêtes</td><td>Statistique</td></tr>',
    '<tr><td>11h-13h</td><td>Cartographie</td></tr>',
    '<tr><td> </td><td> </td><td> </td></tr>',
    '<tr><td> </td><td>lundi 6 mars</td><td>mardi 7 mars</td></tr>',
    '<tr><td>8h30-10h30</td><td>Modèles</td><td rowspan="2">Ateliers</td></tr>',
    '<tr><td>11h-13h</td><td>Réseaux</td></tr>',
    '</tbody>',
    '</table>',
    '',
  ].join('\n');

  it('reads the cells below a row of days on those days, and that row as no session', () => {
    expect(sessions(grid).map((s) => `${s.line} ${s.days} ${s.title}`)).toEqual([
      '6 2023-02-27 Enquêtes',
      '6 2023-02-28 Statistique',
      '7 2023-02-28 Cartographie',
      '10 2023-03-06 Modèles',
      '11 2023-03-06 Réseaux',
      '10 2023-03-07 Ateliers',
    ]);
  });

  it('gives a cell spanning two slots with a break between them both slots, not the break', () => {
    expect(sessions(grid).filter((s) => s.title === 'Enquêtes' || s.title === 'Ateliers').map((s) => s.times)).toEqual(['08:30-10:30 11:00-13:00', '08:30-10:30 11:00-13:00']);
    // Slots that follow one another make one: `8h-9h` then `9h-10h` is 8h-10h.
    const joined = grid.replace('8h30-10h30</td><td rowspan', '8h30-11h</td><td rowspan').replace(/8h30-10h30/g, '8h30-11h');
    expect(sessions(joined).find((s) => s.title === 'Enquêtes')?.times).toBe('08:30-13:00');
  });
});

describe('a table with one column of dates per group, each header giving the weekday and hours', () => {
  it('reads one session per group and row, at the group header’s hours, and checks the day against its weekday', () => {
    const text = [
      '# Planning des séances (automne 2025)',
      '',
      '| Séance | Date gr. 01 (mardi 13h) | Date gr. 02 (jeudi 9h-11h) |',
      '| --- | --- | --- |',
      '| Séance 1 | 2 septembre | 4 septembre |',
      '| Séance 2 | 9 septembre | 12 septembre |',
      '| Séance 3 | 16 septembre | 18 septembre |',
      '',
    ].join('\n');
    expect(sessions(text).map((s) => `${s.line} ${s.days} ${s.times} ${s.title}`)).toEqual([
      '5 2025-09-02 13:00- Séance 1 (Date gr. 01)',
      '5 2025-09-04 09:00-11:00 Séance 1 (Date gr. 02)',
      '6 2025-09-09 13:00- Séance 2 (Date gr. 01)',
      '6 2025-09-12 09:00-11:00 Séance 2 (Date gr. 02)',
      '7 2025-09-16 13:00- Séance 3 (Date gr. 01)',
      '7 2025-09-18 09:00-11:00 Séance 3 (Date gr. 02)',
    ]);
    // 12 September 2025 is a Friday, in the column of the Thursday group; each group's
    // column is in date order on its own, so the rows are not out of order.
    expect(rules(text).filter((r) => !r.endsWith('managed-block-missing'))).toEqual(['6 weekday-mismatch']);
  });

  it('reads a cell written for every group at once (colspan) that names each group’s day by its mark', () => {
    const text = [
      '<table>',
      '<tr><th></th><th>Groupe 1 (mardi 13h30)</th><th>Groupe 2 (jeudi 10h)</th></tr>',
      '<tr><td>Cours 1</td><td>2 septembre 2025</td><td>4 septembre 2025</td></tr>',
      '<tr><td>Cours 2</td><td>9 septembre 2025</td><td>11 septembre 2025</td></tr>',
      '<tr><td>Cours 3</td><td colspan="2"><strong>Examen partiel</strong><br>18 septembre 2025 (gr. 2)<br>16 septembre 2025 (gr. 1)</td></tr>',
      '</table>',
      '',
    ].join('\n');
    expect(sessions(text).map((s) => `${s.line} ${s.days} ${s.times} ${s.title}`).slice(4)).toEqual([
      '5 2025-09-16 13:30- Examen partiel (Groupe 1)',
      '5 2025-09-18 10:00- Examen partiel (Groupe 2)',
    ]);
    expect(rules(text).filter((r) => !r.endsWith('managed-block-missing'))).toEqual([]);
  });

  it('leaves a cell written for every group at once (colspan) out when it names no group’s day, rather than reading it as one group’s day', () => {
    const text = [
      '<table>',
      '<tr><th></th><th>Groupe A (lundi 10h00)</th><th>Groupe B (vendredi 14h00)</th></tr>',
      '<tr><td>Cours 1</td><td>1er septembre 2025</td><td>5 septembre 2025</td></tr>',
      '<tr><td>Cours 2</td><td>8 septembre 2025</td><td>12 septembre 2025</td></tr>',
      '<tr><td>Cours 3</td><td colspan="2">Examen : voir le calendrier</td></tr>',
      '</table>',
      '',
    ].join('\n');
    expect(sessions(text).map((s) => `${s.days} ${s.times} ${s.title}`)).toEqual([
      '2025-09-01 10:00- Cours 1 (Groupe A)',
      '2025-09-05 14:00- Cours 1 (Groupe B)',
      '2025-09-08 10:00- Cours 2 (Groupe A)',
      '2025-09-12 14:00- Cours 2 (Groupe B)',
    ]);
    expect(rules(text).filter((r) => !r.endsWith('managed-block-missing'))).toEqual([]);
  });
});
