/*
 * Forms read in set 41 (tests/fixtures/real: blueur-gymnase-1m8-2024, fxjollois-sid-notes-2022,
 * shipmaintenance-regates-2018, enguerra-n-sae-dolibarr-suivi-2024,
 * flopau76-dbg-reunions-stage-2025, ascbalan-prepa-semi-2026), checked here on a short page,
 * with the near forms that must stay as they were.
 */
import { describe, expect, it } from 'vitest';
import { sessionToJson } from '../../src/report/session-json.js';
import { check } from '../helpers/read.js';

const read = (lines: string[]) => check(lines.join('\n'), { committed: { year: 2025, month: 6, day: 1 } });
const brief = (lines: string[]) =>
  read(lines)
    .programme.sessions.map(sessionToJson)
    .map((s) => `${s.line} ${s.days.join(' ')} ${s.times.map((t) => `${t.start}-${t.end ?? ''}`).join(',')}`.trim());
const alarms = (lines: string[]) =>
  read(lines)
    .diagnostics.filter((d) => d.severity !== 'info')
    .map((d) => `${d.line} ${d.rule}`);

describe('a plan of school weeks whose dates column names the Monday and whose slots name their weekday', () => {
  const plan = (dates: string) => [
    `| ${dates} | Cours (mercredi 12:40-13:25) | Travaux pratiques (mardi 13:30-15:05) |`,
    '| :-: | --- | --- |',
    '| 2024-08-19 | [Introduction](/intro) | A : Outils |',
    '| 2024-08-26 | Conversion | B : Outils |',
    '| 2024-10-14 | _Vacances_ | _Vacances_ |',
    '| 2024-10-28 | Unité | |',
    '',
  ];

  it('puts each slot on its weekday of the week, with the header’s hours, as under a plain `Date`', () => {
    const slots = ['3 2024-08-21 12:40-13:25', '3 2024-08-20 13:30-15:05', '4 2024-08-28 12:40-13:25', '4 2024-08-27 13:30-15:05', '6 2024-10-30 12:40-13:25'];
    expect(brief(plan('Date (lundi)'))).toEqual(slots);
    expect(brief(plan('Date'))).toEqual(slots);
    expect(alarms(plan('Date (lundi)'))).toEqual([]);
  });

  it('titles each session by its cell and its slot', () => {
    expect(read(plan('Date (lundi)')).programme.sessions.map((s) => s.title.text).slice(0, 2)).toEqual(['Introduction (Cours)', 'A : Outils (Travaux pratiques)']);
  });
});

describe('a course’s dates in one column per audience', () => {
  const page = [
    '| Séance | Sujet | FI | FA EMS | FA VCOD |',
    '|:-:|:-|-:|-:|-:|',
    '|  1 | Intro        | 08/09 | 15/09 | 22/09 |',
    '|  2 | Rappels SQL  | 15/09 |       |       |',
    '|  3 | Modélisation | 22/09 | 29/09 | 06/10 |',
    '| 11 | Evaluation   | ??    | ??    | ??    |',
    '',
  ];

  it('reads each row on the days of its audiences, titled by its subject', () => {
    expect(brief(page)).toEqual(['3 2025-09-08 2025-09-15 2025-09-22', '4 2025-09-15', '5 2025-09-22 2025-09-29 2025-10-06', '6']);
    expect(read(page).programme.sessions[0]!.title.text).toBe('Séance 1 : Intro');
  });

  it('takes no milestones (`Énoncé | Remise`) and no bounds of a run (`Du | Au`) for audiences', () => {
    expect(brief(['| TP | Sujet | Énoncé | Remise |', '| --- | --- | --- | --- |', '| 1 | Shell | 08/09 | 15/09 |', '| 2 | Git | 15/09 | 22/09 |', '| 3 | Docker | 22/09 | 29/09 |', ''])).toEqual([]);
    expect(brief(['| Stage | Du | Au | Lieu |', '| --- | --- | --- | --- |', '| Voile | 07/07/2025 | 10/07/2025 | Brest |', '| Kayak | 14/07/2025 | 15/07/2025 | Quimper |', ''])).toEqual([
      '3 2025-07-07 2025-07-08 2025-07-09 2025-07-10',
      '4 2025-07-14 2025-07-15',
    ]);
  });

  it('joins a session’s number to the title beside it (`Séance | Titre`) as to a subject', () => {
    const page = ['| Date | Séance | Titre |', '| --- | --- | --- |', '| 08/09/2025 | 1 | Atelier |', '| 08/09/2025 | 2 | Atelier |', ''];
    expect(read(page).programme.sessions.map((s) => s.title.text)).toEqual(['Séance 1 : Atelier', 'Séance 2 : Atelier']);
    expect(alarms(page)).toEqual([]);
  });

  it('keeps sessions numbered apart when they share a subject and a day', () => {
    expect(alarms(['| Date | Séance | Thème |', '| --- | --- | --- |', '| 08/09/2025 | 1 | Atelier |', '| 08/09/2025 | 2 | Atelier |', '| 15/09/2025 | 3 | Atelier |', ''])).toEqual([]);
  });

  it('does not take fractions or scores for days', () => {
    expect(brief(['| Élève | Devoir 1 | Devoir 2 |', '| --- | --- | --- |', '| Ana | 3/4 | 2/5 |', '| Léo | 1/4 | 3/5 |', ''])).toEqual([]);
  });
});

describe('a run of days whose start writes its day alone', () => {
  const page = (start: string) => ['| Port | Evènement | Du | Au |', '| --- | --- | --- | --- |', '| Arzal | Rallye | 18/07 | 19/07 |', `| Crouesty | Rallye | ${start} | 21/07 |`, '| Nice | Tour | 21/07 | 22/07 |', ''];

  it('takes the end’s month (`| 19 | 21/07 |`)', () => {
    expect(brief(page('19'))).toEqual(['3 2025-07-18 2025-07-19', '4 2025-07-19 2025-07-20 2025-07-21', '5 2025-07-21 2025-07-22']);
    expect(alarms(page('19'))).toEqual([]);
  });

  it('keeps a start not settled yet tentative over its whole run', () => {
    const found = read(page('20/07 (à valider)')).programme.sessions.map(sessionToJson)[1]!;
    expect([found.days, found.status]).toEqual([['2025-07-20', '2025-07-21'], 'tentative']);
  });

  it('sees no copy in a tour’s stages, one ending the day the next begins', () => {
    expect(alarms(['| Port | Evènement | Du | Au |', '| --- | --- | --- | --- |', '| La Roche | Rallye | 17/07 | 18/07 |', '| Arzal | Rallye | 18/07 | 19/07 |', ''])).toEqual([]);
  });

  it('still sees a stale copy that moved its end', () => {
    expect(alarms(['| Stage | Du | Au | Lieu |', '| --- | --- | --- | --- |', '| Voile | 7 juillet | 11 juillet | Brest |', '| Voile | 7 juillet | 12 juillet | Brest |', ''])).toEqual(['4 duplicate-session']);
  });

  it('invents no day that does not exist (`| 31 | 02/03 |`)', () => {
    expect(alarms(page('31').map((line) => line.replace('21/07', '02/03').replace('| 18/07 | 19/07 |', '| 27/02 | 28/02 |').replace('| 21/07 | 22/07 |', '| 03/03 | 04/03 |')))).toEqual(['4 unreadable-date']);
  });
});

describe('a log’s session line `05/11 > 14H30 - 17H30`', () => {
  it('reads the hours after the arrow', () => {
    const page = ['# Suivi', '', '## Séance n° 1', '', '* 05/11 > 14H30 - 17H30', '* Travail effectué : README', '', '## Séance n° 2', '', '* 06/11 → 8H30 - 11H30', '* Travail effectué : Docker', ''];
    expect(brief(page)).toEqual(['3 2025-11-05 14:30-17:30', '8 2025-11-06 08:30-11:30']);
  });
});

describe('a meeting’s heading over the period of work written under it', () => {
  it('is a session, and so is the period', () => {
    const page = ['# Compte rendu des réunions', '', '## Réunion 12/02', '', 'Organisation.', '', '### 10/02-19/02:', '- lecture', '', '## Réunion 20/02', '', 'Réflexion.', ''];
    expect(brief([...page, '## Réunion 27/02', '', 'Texte.', ''])).toEqual(['3 2025-02-12', '7 2025-02-10 2025-02-11 2025-02-12 2025-02-13 2025-02-14 2025-02-15 2025-02-16 2025-02-17 2025-02-18 2025-02-19', '10 2025-02-20', '14 2025-02-27']);
  });

  it('leaves a period’s heading over its days the period they fall in', () => {
    const page = ['## Bootcamp - 21 au 23 septembre 2020', '', '### Lundi 21 septembre', '', 'Accueil.', '', '### Mardi 22 septembre', '', 'Ateliers.', ''];
    expect(brief(page)).toEqual(['3 2020-09-21', '7 2020-09-22']);
  });
});

describe('a meeting’s length told for the series', () => {
  it('is no clock time (`réunion hebdomadaire de 1h-1h30`)', () => {
    const page = ['# Compte rendu des réunions', '', '- réunion hebdomadaire de 1h-1h30, le jeudi', '', '## Réunion 13/02', '', 'Texte.', '', '## Réunion 20/02', '', 'Texte.', '', '## Réunion 27/02', '', 'Texte.', ''];
    expect(brief(page)).toEqual(['5 2025-02-13', '9 2025-02-20', '13 2025-02-27']);
  });

  it('leaves hours from midnight, or told for the night, clock hours', () => {
    const nights = (hours: string) => ['# Nuit des étoiles', '', `**${hours}**`, '', '- 13/02 : Mars', '- 14/02 : Vénus', '- 15/02 : Jupiter', ''];
    expect(brief(nights('De 0h à 4h'))).toEqual(['5 2025-02-13 00:00-04:00', '6 2025-02-14 00:00-04:00', '7 2025-02-15 00:00-04:00']);
    expect(brief(nights('Veillée de 1h à 3h du matin'))).toEqual(['5 2025-02-13 01:00-03:00', '6 2025-02-14 01:00-03:00', '7 2025-02-15 01:00-03:00']);
  });

  it('leaves a series’ evening hours to every session (`chaque jeudi de 18h à 19h30`)', () => {
    const page = ['# Compte rendu des réunions', '', '- réunion chaque jeudi de 18h à 19h30', '', '## Réunion 13/02', '', 'Texte.', '', '## Réunion 20/02', '', 'Texte.', '', '## Réunion 27/02', '', 'Texte.', ''];
    expect(brief(page)).toEqual(['5 2025-02-13 18:00-19:30', '9 2025-02-20 18:00-19:30', '13 2025-02-27 18:00-19:30']);
  });
});

describe('a Pandoc caption under a table', () => {
  it('is no row', () => {
    const page = ['| Date | Séance |', '|---|---|', '| 3 mars | Atelier |', ': Planning {tbl-colwidths="[30,70]"}', ''];
    expect(brief(page)).toEqual(['3 2025-03-03']);
    expect(alarms(page)).toEqual([]);
  });

  it('leaves a row mistyped with a colon, or a line with rows under it, a row', () => {
    expect(brief(['| Date | Séance |', '|---|---|', '| 3 mars | Atelier |', ': Planning', '| 10 mars | Atelier 2 |', ''])).toEqual(['3 2025-03-03', '4', '5 2025-03-10']);
    expect(brief(['| Date | Séance |', '|---|---|', '| 3 mars | Atelier |', ': 17 mars | Atelier 3 |', ''])).toEqual(['3 2025-03-03', '4 2025-03-17']);
  });
});
