/*
 * Counterexamples a reviewer found to the forms of sets 26 to 28 (set-26-forms.test.ts,
 * set-27-forms.test.ts, set-28-forms.test.ts), each a page a coordinator could write that
 * those forms first read wrong.
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
