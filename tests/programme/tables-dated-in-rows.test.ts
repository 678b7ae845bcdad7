/*
 * Tables whose days are not in their body cells, as coordinators write them: a date in a
 * header cell that dates the whole table (a chess round's pairings, a day's agenda), a
 * banner row that opens a day inside the table, a plain-text table in a code block, and a
 * pipe table whose delimiter row does not have its header's width (which markdown leaves
 * as a paragraph). A reader reads each as the calendar it shows.
 */
import { describe, expect, it } from 'vitest';
import { sessionToJson } from '../../src/report/session-json.js';
import { check } from '../helpers/read.js';

function brief(text: string, committed?: { year: number; month: number; day: number }) {
  return check(text, committed ? { committed } : {})
    .programme.sessions.map(sessionToJson)
    .filter((s) => s.days.length > 0)
    .map((s) => [s.line, s.days.join(' '), s.times.map((t) => `${t.start}-${t.end ?? ''}`).join(' ')]);
}

const alarms = (text: string) => check(text).diagnostics.filter((d) => d.severity !== 'info').map((d) => `${d.line} ${d.rule}`);

describe('a table dated by a cell of its header', () => {
  it('is one all-day session when its rows have no hours: a round of pairings, dated in its header', () => {
    const text = [
      '## Tournoi interne 2013-2014',
      '',
      '|*Ech*| | **Ronde 1** | | | (15/11) | |',
      '|:-:|:-:| --- |:-:|:-:| --- |:-:|',
      '|*1*| [0] | DUPONT Jean |**1**|**0**| MARTIN Paul | [0] |',
      '|*2*| [0] | DURAND Anne |**1/2**|**1/2**| PETIT Luc | [0] |',
      '',
      '|*Ech*| | **Ronde 2** | | | (6/12 et 27/12) | |',
      '|:-:|:-:| --- |:-:|:-:| --- |:-:|',
      '|*1*| [1] | MARTIN Paul |**-**|**-**| DURAND Anne | [1] |',
      '',
      '| Ronde 3 : 17/01 | Blancs | Noirs |',
      '| --- | --- | --- |',
      '| 1 | PETIT Luc | DUPONT Jean |',
      '',
    ].join('\n');
    expect(brief(text)).toEqual([
      [3, '2013-11-15', ''],
      [8, '2013-12-06 2013-12-27', ''],
      [12, '2014-01-17', ''],
    ]);
    expect(alarms(text)).toEqual([]);
  });

  it('is a day agenda when its rows write clock hours: each timed row a session on the header day', () => {
    const text = ['# Journées 2025', '', '| Lundi 3 mars | Intervenant | Salle |', '| --- | --- | --- |', '| 9h00 - 10h30 | Accueil | A1 |', '| 10h45 - 12h | Atelier cartographie | B2 |', '| 12h | Pause | |', ''].join('\n');
    expect(brief(text)).toEqual([
      [5, '2025-03-03', '09:00-10:30'],
      [6, '2025-03-03', '10:45-12:00'],
      [7, '2025-03-03', '12:00-'],
    ]);
  });

  it('reads a header that names the session before its day (`Séance du 12/03/2024`), in bold or not', () => {
    expect(brief(['| **Séance du 12/03/2024** | |', '| --- | --- |', '| Accueil | Hall |', '| Présentations | Amphi |', ''].join('\n'))).toEqual([[1, '2024-03-12', '']]);
  });

  it('leaves a table whose header dates a sentence, or dates two columns, to the other readers', () => {
    expect(brief(['# Tarifs', '', '| Tarifs (mis à jour le 3 mars 2024) | Prix |', '| --- | --- |', '| Adhésion | 20 € |', '| Stage | 50 € |', ''].join('\n'))).toEqual([]);
    expect(brief(['| Version | Notes |', '| --- | --- |', '| 1.2 | Corrections |', ''].join('\n'))).toEqual([]);
  });
});

describe('a banner row that opens a day inside a table', () => {
  it('makes each day one all-day session at its banner when the rows below have no hours', () => {
    const text = [
      '# Java 2025',
      '',
      '| Cours/Exercice | Lien |',
      '|:---|:---|',
      '| Test de positionnement | https://example.org/test |',
      '| ####### 6H DE COURS 20 mars ####### | |',
      '| COURS - Abstraction | https://example.org/abstraction |',
      '| Kata Mars Rover | https://example.org/rover |',
      '| ####### 3H DE COURS 22 mai####### | |',
      '| Exercice cocktail | |',
      '',
    ].join('\n');
    expect(brief(text)).toEqual([
      [6, '2025-03-20', ''],
      [9, '2025-05-22', ''],
    ]);
  });

  it('takes the hours of a dated heading below that details the same day', () => {
    const text = ['# Cours 2025', '', '| Contenu | Lien |', '| --- | --- |', '| === 20 mars === | |', '| Abstraction | a.md |', '', '## 20 mars (9h45 - 13h & 14h - 17h15)', '', 'Abstraction, encapsulation.', ''].join('\n');
    expect(brief(text)).toEqual([[5, '2025-03-20', '09:45-13:00 14:00-17:15']]);
  });

  it('makes the timed rows below a bold day the slots of that day', () => {
    const text = [
      '# Rencontres 2024',
      '',
      '| Horaire | Activité | Lieu |',
      '| --- | --- | --- |',
      '| **Jeudi 14 mars** | | |',
      '| 9h00 - 10h00 | Accueil | Hall |',
      '| 10h00 - 12h00 | Ateliers | Salles 1-3 |',
      '| **Vendredi 15 mars** | | |',
      '| 14h - 16h | Table ronde | Amphi |',
      '',
    ].join('\n');
    expect(brief(text)).toEqual([
      [6, '2024-03-14', '09:00-10:00'],
      [7, '2024-03-14', '10:00-12:00'],
      [9, '2024-03-15', '14:00-16:00'],
    ]);
    expect(alarms(text)).toEqual([]);
  });

  it('finds no day in a lone date at the foot of a table, nor in a numbered row', () => {
    expect(brief(['# Ressources', '', '| Ressource | Lien |', '| --- | --- |', '| Séance 3 | |', '| Cours | c.pdf |', '| Mis à jour le 12/03/2024 | |', ''].join('\n'))).toEqual([]);
  });
});

describe('a plain-text table in a code block', () => {
  it('reads an ASCII table between borders and separators as the class calendar', () => {
    const text = [
      '# calendrier 2024',
      '',
      '```',
      '+-------+-----------------------+-----------+',
      '| Numéro| Date                 | Day       |',
      '+-------+-----------------------+-----------+',
      '|   1   | Mercredi 27 novembre | Wednesday |',
      '|   2   | Vendredi 29 novembre | Friday    |',
      '',
      '-----------------------------------------------------',
      '',
      '|   3   | Lundi 02 décembre    | Monday    |',
      '+-------+-----------------------+-----------+',
      '```',
      '',
    ].join('\n');
    expect(brief(text)).toEqual([
      [7, '2024-11-27', ''],
      [8, '2024-11-29', ''],
      [12, '2024-12-02', ''],
    ]);
  });

  it('reads a block of pipe rows with no header rule, each row a session, in a `text` block too', () => {
    const text = ['# Séances 2024-2025', '', '```text', '| 12/09/2024 | Introduction | 14h-16h |', '| 19/09/2024 | Variables    | 14h-16h |', '| 26/09/2024 | Boucles      | 14h-16h |', '```', ''].join('\n');
    expect(brief(text)).toEqual([
      [4, '2024-09-12', '14:00-16:00'],
      [5, '2024-09-19', '14:00-16:00'],
      [6, '2024-09-26', '14:00-16:00'],
    ]);
  });

  it('leaves code alone: a block in a programming language, prose among the rows, a changelog', () => {
    expect(brief(['# Exemple', '', '```js', "const t = '| 12/09/2024 | Intro |';", "const u = '| 19/09/2024 | Suite |';", "const v = '| 26/09/2024 | Fin |';", '```', ''].join('\n'))).toEqual([]);
    expect(brief(['# Exemple', '', '```', 'Sortie de la commande :', '| 12/09/2024 | Intro |', '| 19/09/2024 | Suite |', '| 26/09/2024 | Fin |', '```', ''].join('\n'))).toEqual([]);
    expect(brief(['# Versions', '', '```', '| Version | Date | Changements |', '|---|---|---|', '| 1.0 | 12/09/2024 | Première version |', '| 1.1 | 19/09/2024 | Corrections |', '```', ''].join('\n'))).toEqual([]);
  });
});

describe('a pipe table whose delimiter row has another width than its header', () => {
  it('is read as the table a reader sees, though markdown leaves it a paragraph', () => {
    const text = ['# Ateliers 2024', '', '| Date | Atelier | Salle |', '|---|---|---|---|---|', '| 12/03/2024 | Cartographie | B12 |', '| 19/03/2024 | Vélo | Atelier |', ''].join('\n');
    expect(brief(text)).toEqual([
      [5, '2024-03-12', ''],
      [6, '2024-03-19', ''],
    ]);
    const fewer = ['# Ateliers 2024', '', '| Date | Horaire | Atelier | Salle |', '|---|---|', '| 12/03/2024 | 14h-16h | Cartographie | B12 |', '| 19/03/2024 | 14h-16h | Vélo | Atelier |', ''].join('\n');
    expect(brief(fewer)).toEqual([
      [5, '2024-03-12', '14:00-16:00'],
      [6, '2024-03-19', '14:00-16:00'],
    ]);
  });
});

describe('pipe rows with no delimiter row, as kramdown reads them', () => {
  // A Jekyll site's fixture list written `|ÉQUIPE 1|POINTS|ÉQUIPE 2|DATE` over rows with no
  // `|---|` line: kramdown shows a table, GitHub plain text.
  const rows = ['|ÉQUIPE 1|POINTS|ÉQUIPE 2|DATE', '|ROQUES O.C| - |TAC XV|24/09/2017', '|TAC XV| - |CASTELGINEST|01/10/2017', '|TAC XV| - |RIEUCROS|29/10/2017'];

  it('is the table a reader sees, each row a session on its date, and the coordinator is told what line to add', () => {
    const text = ['# Calendrier 2017-2018', '', ...rows, ''].join('\n');
    expect(brief(text)).toEqual([
      [4, '2017-09-24', ''],
      [5, '2017-10-01', ''],
      [6, '2017-10-29', ''],
    ]);
    const told = check(text).diagnostics.filter((d) => d.rule === 'table-delimiter-width');
    expect(told.map((d) => [d.line, d.severity])).toEqual([[3, 'warning']]);
    expect(told[0]!.message).toContain('has no line under its header, so GitHub shows it as plain text');
    expect(told[0]!.message).toContain('| --- | --- | --- | --- |');
  });

  it('is not reported when its rows hold no session (a ranking beside the fixtures)', () => {
    const ranking = ['|RANG|ÉQUIPE|POINTS', '|1|TAC XV|0', '|2|ROQUES O.C|0'];
    expect(check(['# Classement', '', ...ranking, ''].join('\n')).diagnostics.filter((d) => d.rule === 'table-delimiter-width')).toEqual([]);
  });

  it.each([
    ['rows with no header (a list written with bars)', rows.slice(1)],
    ['rows of different widths', [...rows.slice(0, 3), '|TAC XV|29/10/2017']],
    ['a line that does not open with a bar', [...rows.slice(0, 3), 'TAC XV| - |RIEUCROS|29/10/2017']],
  ])('stays a paragraph: %s', (_name, lines) => {
    expect(brief(['# Calendrier 2017-2018', '', ...lines, ''].join('\n'))).toEqual([]);
  });
});

describe('a table whose header is one cell holding its day, over a wider delimiter row', () => {
  // A festival's page: `### 20 et 21 avril 2024`, then a table per day headed `|SAMEDI 20/04 |`
  // over `|---|:---:|---:|` (kramdown shows the grid, GitHub plain text).
  const text = [
    '### La prochaine édition : 20 et 21 avril 2024',
    '',
    '|SAMEDI 20/04          |',
    '|--------|:------:|------:|',
    '| 14h30 - 17h  | Jeux en famille  | pour tous |',
    '| 15h30 -16h30 | Atelier marionnettes | enfants |',
    '',
    '|DIMANCHE 21/04        |',
    '|--------|:------:|------:|',
    '| 14h30 - 17h  | Jeux en famille  | pour tous |',
    '| 17h30 - 19h | Danses en cercle |  pour tous |',
    '',
  ].join('\n');

  it('puts each table’s rows on its own day, not on every day of the heading above', () => {
    expect(brief(text)).toEqual([
      [5, '2024-04-20', '14:30-17:00'],
      [6, '2024-04-20', '15:30-16:30'],
      [10, '2024-04-21', '14:30-17:00'],
      [11, '2024-04-21', '17:30-19:00'],
    ]);
  });

  it('tells the coordinator to give the header a cell per column, not to cut the line under it', () => {
    const told = check(text).diagnostics.filter((d) => d.rule === 'table-delimiter-width');
    expect(told.map((d) => d.line)).toEqual([4, 9]);
    expect(told[0]!.message).toContain('Give the header one cell per column: | SAMEDI 20/04 | | |.');
  });
});
