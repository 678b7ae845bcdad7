/*
 * Counterexamples two reviewers found to the forms of sets 26 to 29 (set-26-forms.test.ts
 * to set-29-forms.test.ts), each a page a coordinator could write that those forms, or the
 * first fixes to them, read wrong.
 */
import { describe, expect, it } from 'vitest';
import { sessionToJson } from '../../src/report/session-json.js';
import type { PlainDate } from '../../src/dates/types.js';
import { check } from '../helpers/read.js';

const read = (lines: string[], committed: PlainDate = { year: 2025, month: 6, day: 1 }) => check(lines.join('\n'), { committed });
const brief = (lines: string[], committed?: PlainDate) =>
  read(lines, committed).programme.sessions.map(sessionToJson).map((s) => [s.line, s.days.length === 1 ? s.days[0]! : `${s.days[0]}…${s.days.at(-1)}`, s.times.map((t) => `${t.start}-${t.end ?? ''}`).join(','), s.title]);
const alarms = (lines: string[], committed?: PlainDate) => read(lines, committed).diagnostics.filter((d) => d.severity !== 'info').map((d) => `${d.line} ${d.rule}`);

describe('a dates cell over several lines', () => {
  it('keeps a date written over two lines, joined by a dash, a comma or `au`, one session', () => {
    const page = [
      '# Stages 2025',
      '',
      '| Dates | Stage | Lieu |',
      '|-------|-------|------|',
      '| 03/03/2025 - <br> 28/03/2025 | Stage A | Lyon |',
      '| 07/04/2025 <br> - 25/04/2025 | Stage B | Paris |',
      '| 12/05/2025 <br> au 16/05/2025 | Stage D | Nantes |',
      '| Samedi 24 mai 2025, <br> dimanche 25 mai 2025 | Stage E | Lille |',
      '',
    ];
    expect(brief(page, { year: 2025, month: 3, day: 1 }).map((row) => row.slice(0, 2))).toEqual([
      [5, '2025-03-03…2025-03-28'],
      [6, '2025-04-07…2025-04-25'],
      [7, '2025-05-12…2025-05-16'],
      [8, '2025-05-24…2025-05-25'],
    ]);
  });

  it('reads a day struck out over the one that replaces it as the move, one session', () => {
    const page = ['# Ateliers 2025', '', '| Date | Horaire | Atelier |', '|---|---|---|', '| ~~10/03/2025~~ 17/03/2025 | 14h-16h | Atelier vélo |', '| ~~Jeudi 13 mars 2025~~ <br> Jeudi 20 mars 2025 | 14h-16h | Atelier couture |', ''];
    expect(brief(page, { year: 2025, month: 3, day: 1 }).map((row) => row.slice(0, 2))).toEqual([
      [5, '2025-03-17'],
      [6, '2025-03-20'],
    ]);
    expect(alarms(page, { year: 2025, month: 3, day: 1 })).toEqual([]);
  });
});

describe('hours and their time zones', () => {
  it('reads `ET` between times as `and`, no time zone', () => {
    const page = ['# Planning des visites', '', '| Date | Horaire | Activité |', '|------|---------|----------|', '| 3 mars 2025 | 9h00 ET 14h00 ET 18h00 | Visites guidées |', '| 4 mars 2025 | 10h30 - 12h00 ET 14h00 - 16h00 | Atelier |', '| 5 mars 2025 | 9H30 ET 15H30 | Atelier |', ''];
    expect(brief(page).map((row) => row[2])).toEqual(['09:00-,14:00-,18:00-', '10:30-12:00,14:00-16:00', '09:30-,15:30-']);
  });

  it('reports no zero-length hours for a day and night over two days, or a whole day from midnight', () => {
    const page = ['# Agenda', '', '| Date | Horaire | Événement |', '|------|---------|-----------|', '| 5 avril 2025 | 00:00 - 00:00 | Journée sans voiture |', '| 5 et 6 avril 2025 | 14h-14h | 24 heures du jeu vidéo |', ''];
    expect(alarms(page).filter((alarm) => alarm.endsWith('end-before-start'))).toEqual([]);
  });
});

describe('the order of a table’s rows', () => {
  it('still checks a group column’s days row by row', () => {
    const page = ['# Travaux pratiques 2024', '', '| Séance | Groupe 1 (lundi 8h-10h) | Groupe 2 (jeudi 14h-16h) |', '|--------|------------------------|--------------------------|', '| TP 1 | 16/09/2024 | 19/09/2024 |', '| TP 2 | 23/09/2024 | 03/10/2024 |', '| TP 3 | 30/09/2024 | 26/09/2024 |', ''];
    expect(alarms(page, { year: 2024, month: 9, day: 1 })).toEqual(['7 out-of-order']);
  });

  it('still checks the rows of an HTML table written on one line', () => {
    const page = ['# Calendrier des rencontres', '', '<table><tr><th>Date</th><th>Rencontre</th></tr><tr><td>12 mars 2025</td><td>Assemblée</td></tr><tr><td>19 mars 2025</td><td>Atelier</td></tr><tr><td>5 mars 2025</td><td>Visite</td></tr></table>', ''];
    expect(alarms(page)).toEqual(['3 out-of-order']);
  });
});

describe('headings', () => {
  it('reads no session from a heading closed by the day the page was updated', () => {
    expect(brief(['# Projet de fin d’études', '', 'Le sujet.', '', '## Dernière mise à jour (12/03/2024)', '', 'Texte.', ''])).toEqual([]);
  });

  it('keeps the days a full date is joined to by `et`, or reads nothing', () => {
    const page = ['# Programme du club', '', '## Samedi 5 avril 2025 et dimanche 6', '', 'Salon du livre.', '', '## 26 avril 2025 - 10', '', 'Dixième rencontre.', ''];
    expect(brief(page).filter((row) => row[3] === '10' || row[1] === '2025-04-05')).toEqual([]);
  });

  it('takes the weekdays’ year over a year written in the page’s year but long before it was written', () => {
    const page = ['# Atelier d’écriture — hiver', '', '## Lundi 6 janvier 2024', '', 'Reprise.', '', '## Lundi 13 janvier', '', 'Le portrait.', '', '## Lundi 20 janvier', '', 'La lettre.', ''];
    expect(brief(page, { year: 2024, month: 12, day: 15 }).map((row) => row[1]).slice(1)).toEqual(['2025-01-13', '2025-01-20']);
  });
});

describe('a page’s time and its labels', () => {
  it('gives a Saturday’s start only to the sessions on a Saturday', () => {
    const page = ['# Club photo de Vanves', '', 'Rendez-vous chaque samedi à 10h au local, 3 rue des Lilas.', '', '## Prochaines dates', '', '- 7 juin 2025 : sortie au parc', '- 14 juin 2025 : atelier portrait', '- Mercredi 18 juin 2025 : exposition à la médiathèque', '- 21 juin 2025 : fête de la musique', ''];
    expect(brief(page, { year: 2025, month: 5, day: 1 }).map((row) => row[2])).toEqual(['10:00-', '10:00-', '', '10:00-']);
  });

  it('takes no field’s bold label for the title of the event its line dates', () => {
    const page = ['# Fête de printemps du quartier', '', '**Quand ?**', '', 'Samedi 12 avril 2025 à 14h', '', '**Où ?**', '', 'Place du marché', ''];
    expect(brief(page).map((row) => row[3])).not.toContain('Quand ?');
  });
});

describe('minutes, registers and checklists', () => {
  it('keeps the next meetings minutes give below their own day', () => {
    const page = ['# Compte rendu de réunion du bureau', '', '## 28/11/2024', '', 'Présents : Marie, Paul, Jeanne.', '', '## Prochaines réunions', '', '### 12/12/2024', '', '### 16/01/2025', ''];
    expect(brief(page, { year: 2024, month: 11, day: 29 }).map((row) => row[1])).toEqual(['2024-12-12', '2025-01-16']);
  });

  it('reads the sessions of a training about a register of decisions', () => {
    const page = ['# Formation : tenir le registre des décisions de son association', '', '## Mardi 3 juin 2025', '', 'Accueil à 9h, salle 2.', '', '## Mardi 10 juin 2025', '', 'Exercices pratiques.', ''];
    expect(brief(page, { year: 2025, month: 5, day: 1 }).map((row) => row[1])).toEqual(['2025-06-03', '2025-06-10']);
  });

  it('keeps a task that restates a row’s day at hours of its own', () => {
    const page = ['# Saison 2025', '', '| Date | Concert | Lieu |', '|------|---------|------|', '| 15 mars 2025 | Quatuor Ébène | Salle des fêtes |', '| 22 mars 2025 | Chorale | Église |', '', '## À faire', '', '- [ ] 15 mars 2025 : répétition générale à la salle des fêtes à 10h', '- [ ] 22 mars 2025 : répétition de la chorale à 9h', ''];
    expect(brief(page, { year: 2025, month: 3, day: 1 }).map((row) => row.slice(0, 3))).toEqual([
      [5, '2025-03-15', ''],
      [6, '2025-03-22', ''],
      [10, '2025-03-15', '10:00-'],
      [11, '2025-03-22', '09:00-'],
    ]);
  });

  it('reads no session from a bold date that bounds a deadline or tells what happened', () => {
    const page = [
      '# Lettre d’information — juin 2025',
      '',
      '## Ce qui s’est passé',
      '',
      '- Le **12 mai**, nous avons accueilli 40 personnes à l’atelier compost.',
      '- Notre assemblée générale s’est tenue le **24 mai** à la salle des fêtes à 18h.',
      '',
      '## À retenir',
      '',
      '- Les inscriptions ferment le **15 juin** à 23h59.',
      '- Le dossier doit être rendu avant le **30 juin**.',
      '',
    ];
    expect(brief(page)).toEqual([]);
  });
});

describe('the second review', () => {
  it('keeps the year a term’s page writes when it was edited months into the term', () => {
    const page = ['# Cours de yoga — semestre de printemps', '', '| Date | Séance |', '|---|---|', '| Lundi 7 janvier 2025 | Séance 1 |', '| Lundi 14 janvier | Séance 2 |', '| Lundi 21 janvier | Séance 3 |', ''];
    expect(brief(page, { year: 2025, month: 4, day: 10 }).map((row) => row[1])).toEqual(['2025-01-07', '2025-01-14', '2025-01-21']);
  });

  it('keeps a bold-dated item whose words only look like a bound or a past', () => {
    const page = [
      '# Été 2025',
      '',
      '- Fête de la musique le **21 juin 2025**, nombre de places limité',
      '- Si vous avez envie de jouer, rendez-vous le **28 juin 2025** au parc à 14h',
      '- Les matchs ont aussi lieu le **5 juillet 2025** au gymnase à 10h',
      '',
    ];
    expect(brief(page, { year: 2025, month: 1, day: 1 }).map((row) => row.slice(1, 3))).toEqual([
      ['2025-06-21', ''],
      ['2025-06-28', '14:00-'],
      ['2025-07-05', '10:00-'],
    ]);
  });

  it('reads no session from testimonials or a press review written as dated quotes', () => {
    const page = ['# Formation premiers secours', '', '## Sessions', '', '- Samedi 14 juin 2025, 9h-17h : PSC1', '- Samedi 21 juin 2025, 9h-17h : PSC1', '', '## Témoignages', '', '> 12 mars 2025', '> « Formation très claire, formateur patient. » — Marie', '', '> 3 avril 2025', '> « Je recommande ! » — Paul', ''];
    expect(brief(page, { year: 2025, month: 1, day: 1 }).map((row) => row[0])).toEqual([5, 6]);
  });

  it('splits the titles stacked beside a cell of days alone', () => {
    const page = ['# Ateliers 2025', '', '| Dates | Atelier | Animateur |', '|---|---|---|', '| Samedi 14 juin 2025 <br> Samedi 21 juin 2025 | Poterie <br> Peinture | Marie <br> Paul |', '| Samedi 28 juin 2025 | Couture | Jeanne |', ''];
    expect(brief(page, { year: 2025, month: 1, day: 1 }).map((row) => [row[1], row[3]])).toEqual([
      ['2025-06-14', 'Poterie'],
      ['2025-06-21', 'Peinture'],
      ['2025-06-28', 'Couture'],
    ]);
  });

  it('reads a heading closed by its date in brackets whose title speaks of an update', () => {
    const page = ['# Ateliers numériques', '', '## Club lecture : le roman publié (29/03/2025)', '', 'Lecture.', '', '## Atelier : votre CV (05/04/2025)', '', 'Écriture.', ''];
    expect(brief(page, { year: 2025, month: 1, day: 1 }).map((row) => row[1])).toEqual(['2025-03-29', '2025-04-05']);
  });

  it('reads a full date before a count after a comma or a slash', () => {
    const page = ['# Stages 2025', '', '- 12 avril 2025, 3 ateliers découverte', '- 17 mai 2025 / 2 séances', ''];
    expect(brief(page, { year: 2025, month: 1, day: 1 }).map((row) => row[1])).toEqual(['2025-04-12', '2025-05-17']);
  });

  it('reads no session from the days of several past meetings a page of minutes records', () => {
    const page = ['# Comptes rendus des réunions du bureau', '', '## 12/09/2024', '', 'Présents : Marie, Paul. Ordre du jour : budget.', '', '## 10/10/2024', '', 'Présents : Jeanne. Ordre du jour : fête.', ''];
    expect(brief(page, { year: 2025, month: 1, day: 1 })).toEqual([]);
  });

  it('keeps a row whose first words only are struck in HTML, the words after them its title', () => {
    const page = ['# Ateliers 2025', '', '| Date | Atelier | Lieu |', '|---|---|---|', '| 19 mars 2025 | <s>Atelier vélo</s> Atelier couture | Garage |', '| 26 mars 2025 | Atelier cuisine | Cuisine |', ''];
    expect(read(page, { year: 2025, month: 1, day: 1 }).programme.sessions.map((session) => session.status)).toEqual(['confirmed', 'confirmed']);
  });

  it('gives a Saturday’s start to a weekend whose days hold that Saturday', () => {
    const page = ['# Club photo', '', 'Rendez-vous chaque samedi à 10h au local.', '', '## Prochaines dates', '', '- 7 juin 2025 : sortie au parc', '- Du vendredi 13 au dimanche 15 juin 2025 : week-end photo', '- 21 juin 2025 : fête', ''];
    expect(brief(page, { year: 2025, month: 5, day: 1 }).map((row) => row[2])).toEqual(['10:00-', '10:00-', '10:00-']);
  });

  it('reports hours that end the minute they start on two days apart', () => {
    const page = ['# Ateliers 2025', '', '| Date | Horaire | Atelier |', '|---|---|---|', '| 12 et 19 juin 2025 | 14h - 14h | Atelier couture |', '| 26 juin 2025 | 14h - 16h | Atelier cuisine |', ''];
    expect(alarms(page, { year: 2025, month: 1, day: 1 })).toEqual(['5 end-before-start']);
  });
});
