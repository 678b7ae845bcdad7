/*
 * Course plans by numbered weeks (issue 11): rows `Semaine 3`, `S3`, `Sem. 12`, `#36`, or a
 * bare number under a `Semaine` header, dated only by what the page writes: a row that
 * writes its day, a sentence that ties a week's number to a day, the start of the classes,
 * a dated row of another table that names the same session. The class's weekday is its
 * column's or the one the page gives its classes; its hours are the header's or those the
 * page writes once with the weekday. Written in our own words after the ways UQAM, Québec
 * college and French university course pages write them.
 */
import { describe, expect, it } from 'vitest';
import { sessionToJson } from '../../src/report/session-json.js';
import { check } from '../helpers/read.js';

function sessions(text: string) {
  return check(text).programme.sessions.map(sessionToJson).map(({ line, title, days, times }) => `${line} ${days.join(' ')} ${times.map((t) => `${t.start}-${t.end ?? ''}`).join(' ')} ${title}`.replace(/ {2,}/g, ' '));
}

function rules(text: string): string[] {
  return check(text)
    .diagnostics.filter((d) => d.severity !== 'info')
    .map((d) => `${d.line} ${d.rule}`);
}

describe('a plan of numbered weeks dated by what the page writes', () => {
  it('dates the weeks from a row that writes its day, on the weekday and at the hours the page gives its classes', () => {
    const text = [
      '# Programmation 1 — automne 2024',
      '',
      'Les cours ont lieu le mardi, de 13h30 à 16h30.',
      '',
      '| Semaine | Thème |',
      '| --- | --- |',
      '| Semaine 1 (27 août) | Introduction |',
      '| Semaine 2 | Variables |',
      '| Semaine 3 | Conditions |',
      '',
    ].join('\n');
    expect(sessions(text)).toEqual(['7 2024-08-27 13:30-16:30 Introduction', '8 2024-09-03 13:30-16:30 Variables', '9 2024-09-10 13:30-16:30 Conditions']);
    expect(rules(text)).toEqual([]);
  });

  it('counts from the start of the classes, and a break week written without a number pushes the weeks after it', () => {
    const text = [
      '# Algorithmique — 2024-2025',
      '',
      '**Horaire :** mercredi 8h30-11h30, salle B-204. Début des cours : 4 septembre.',
      '',
      '| Sem. | Contenu |',
      '| :-: | --- |',
      '| 1 | Présentation du cours |',
      '| 2 | Tableaux |',
      '| — | *Semaine de lecture* |',
      '| 3 | Récursivité |',
      '',
    ].join('\n');
    expect(sessions(text)).toEqual(['7 2024-09-04 08:30-11:30 Présentation du cours', '8 2024-09-11 08:30-11:30 Tableaux', '10 2024-09-25 08:30-11:30 Récursivité']);
  });

  it('reads weeks numbered as in the year (`#36`), a column per class with its weekday, each with the hours written for it', () => {
    const text = [
      '# Génie logiciel',
      '',
      '* Horaire du groupe 20, session d’automne 2019 :',
      '  * Cours : Jeudi, 09h30 - 12h30, local R-610',
      '  * Atelier : Mardi, 09h30 - 11h30, local S-155',
      '  * Disponibilités : Jeudi, 08h00 - 09h30',
      '',
      'La date limite d’abandon est le mercredi 6 novembre (semaine 45).',
      '',
      '| #Semaine | Atelier (Mardi, 2h) | Cours (Jeudi, 3h) |',
      '| :-: | --- | --- |',
      '| #44 | Projet | Patrons |',
      '| #45 |  | Tests |',
      '| _#46_ | _Semaine de relâche_ |  |',
      '| #47 | Projet | Révisions |',
      '',
    ].join('\n');
    expect(sessions(text)).toEqual([
      '12 2019-10-29 09:30-11:30 Projet',
      '12 2019-10-31 09:30-12:30 Patrons',
      '13 2019-11-07 09:30-12:30 Tests',
      '15 2019-11-19 09:30-11:30 Projet',
      '15 2019-11-21 09:30-12:30 Révisions',
    ]);
  });

  it('dates the weeks by a dated row of another table that names the same session, read once there at the class’s hours', () => {
    const text = [
      '# Bases de données — hiver 2025',
      '',
      '| Date | Évaluation | Pondération |',
      '| --- | --- | --- |',
      '| 19/02 | Examen intra | 30 % |',
      '| 16/04 | Examen final | 40 % |',
      '',
      'Les cours ont lieu le mercredi de 18h à 21h.',
      '',
      '| S | Séance |',
      '| --- | --- |',
      '| S1 | Introduction |',
      '| S2 | Modèle relationnel |',
      '| S3 | SQL |',
      '| S4 | Examen intra |',
      '',
    ].join('\n');
    expect(sessions(text)).toEqual([
      '5 2025-02-19 18:00-21:00 Examen intra',
      // The page's class hours go to the dated table too, whose rows write none (table-hours-around.ts).
      '6 2025-04-16 18:00-21:00 Examen final',
      '12 2025-01-29 18:00-21:00 Introduction',
      '13 2025-02-05 18:00-21:00 Modèle relationnel',
      '14 2025-02-12 18:00-21:00 SQL',
    ]);
  });

  it('dates the weeks by an exam whose day is written dotted (`20.02`) in a column of dates', () => {
    const text = [
      '# Conception — hiver 2019',
      '',
      '* Cours : Mercredi, 18h - 21h',
      '',
      '| Date(s) | Travail à rendre |',
      '| :-: | --- |',
      '| 16.01 ➝ 10.02 | TP1 |',
      '| 20.02 | **Examen intra** (PK-1350) |',
      '',
      '| #Semaine | Cours (Mercredi, 3h) |',
      '| :-: | --- |',
      '| #6 | Architecture |',
      '| #7 | Patrons de conception |',
      '| **#8** | **Examen intra** (PK-1350) |',
      '',
    ].join('\n');
    expect(sessions(text).filter((line) => !/TP1/.test(line))).toEqual([
      '8 2019-02-20 18:00-21:00 Examen intra (PK-1350)',
      '12 2019-02-06 18:00-21:00 Architecture',
      '13 2019-02-13 18:00-21:00 Patrons de conception',
    ]);
  });

  it('dates the weeks by a deliverable’s code written in the plan (`L1`), and a sentence that ties a week to its first day', () => {
    const code = [
      '* Session d’été 2020 : Mardi, 13h30 - 16h30',
      '',
      '| Id | Date | Livrable |',
      '| --- | --- | --- |',
      '| `L1` | 24/05 | Maquette |',
      '| `L2` | 21/06 | Prototype |',
      '',
      '| #Semaine | Mardi | Échéance |',
      '| --- | --- | --- |',
      '| 01 | Lancement | |',
      '| 02 | Suivi | |',
      '| 03 | Suivi | `L1` |',
      '| 07 | Démonstrations | `L2` |',
      '',
    ].join('\n');
    expect(sessions(code).filter((line) => !/Maquette|Prototype/.test(line))).toEqual([
      '10 2020-05-05 13:30-16:30 Lancement',
      '11 2020-05-12 13:30-16:30 Suivi',
      '12 2020-05-19 13:30-16:30 Suivi',
      '13 2020-06-16 13:30-16:30 Démonstrations',
    ]);
    const sentence = [
      '# Physique — 2025-2026',
      '',
      'Semaine 1 : lundi 1er septembre. Les TD ont lieu tous les vendredis.',
      '',
      '| Semaine | TD |',
      '| --- | --- |',
      '| Semaine 1 | Vecteurs |',
      '| Semaine 2 | Cinématique |',
      '| Semaine 3 | Dynamique |',
      '',
    ].join('\n');
    expect(sessions(sentence)).toEqual(['7 2025-09-05 Vecteurs', '8 2025-09-12 Cinématique', '9 2025-09-19 Dynamique']);
  });

  it('shares the hours written once after two weekdays, and reads `Le premier cours est le …` as the first week', () => {
    const text = [
      '# Natation adultes 2025',
      '',
      'Les cours ont lieu le mardi et le jeudi, de 18 h à 19 h. Le premier cours est le mardi 2 septembre.',
      '',
      '| Semaine | Mardi | Jeudi |',
      '| --- | --- | --- |',
      '| 1 | Crawl | Dos |',
      '| 2 | Brasse | Plongeon |',
      '| 3 | Papillon | Relais |',
      '',
    ].join('\n');
    expect(sessions(text)).toEqual([
      '7 2025-09-02 18:00-19:00 Crawl',
      '7 2025-09-04 18:00-19:00 Dos',
      '8 2025-09-09 18:00-19:00 Brasse',
      '8 2025-09-11 18:00-19:00 Plongeon',
      '9 2025-09-16 18:00-19:00 Papillon',
      '9 2025-09-18 18:00-19:00 Relais',
    ]);
  });
});

describe('a table of weeks that writes the day of some of them', () => {
  it('puts a week left without its day a week after the week above, not on the day above', () => {
    const text = [
      '# Réseaux — automne 2025',
      '',
      'Les cours ont lieu le mardi de 13h à 16h.',
      '',
      '| Semaine | Date | Thème |',
      '| --- | --- | --- |',
      '| 1 | 9 septembre | Introduction |',
      '| 2 | | Couche physique |',
      '| 3 | | Ethernet |',
      '| 4 | vendredi 3 octobre | Examen |',
      '| 5 | | TCP |',
      '',
    ].join('\n');
    expect(sessions(text)).toEqual([
      '7 2025-09-09 13:00-16:00 Introduction',
      '8 2025-09-16 13:00-16:00 Couche physique',
      '9 2025-09-23 13:00-16:00 Ethernet',
      // Written on a Friday: not at the Tuesday class's hours.
      '10 2025-10-03 Examen',
      '11 2025-10-07 13:00-16:00 TCP',
    ]);
  });

  it('holds a week named by its first day on the weekday the page gives its classes', () => {
    const text = [
      '# Réseaux — automne 2025',
      '',
      'Les cours ont lieu le jeudi de 9h à 12h.',
      '',
      '| Semaine | Thème |',
      '| --- | --- |',
      '| Semaine du 8 septembre | Introduction |',
      '| Semaine du 15 septembre | Couche physique |',
      '| Semaine du 29 septembre | Ethernet |',
      '',
    ].join('\n');
    expect(sessions(text)).toEqual(['7 2025-09-11 09:00-12:00 Introduction', '8 2025-09-18 09:00-12:00 Couche physique', '9 2025-10-02 09:00-12:00 Ethernet']);
    expect(rules(text)).toEqual([]);
  });
});

describe('a plan of numbered weeks that nothing dates stays unread', () => {
  it('reads nothing when no day is written for any week, even with the weekday', () => {
    const text = ['# Cours de Python', '', 'Les cours ont lieu le jeudi, de 15h à 18h.', '', '| #Semaine | Cours |', '| --- | --- |', '| 2 | Introduction |', '| 3 | Tests |', '| 4 | Git |', ''].join('\n');
    expect(sessions(text)).toEqual([]);
    expect(rules(text)).toEqual([]);
  });

  it('reads nothing for a project plan of weeks, and nothing when the page names two weekdays for one column', () => {
    const project = ['# Plan du projet', '', 'Début du projet : 3 mars 2025.', '', '| Phase | Action | Échéance |', '| --- | --- | --- |', '| 1 | Cadrage | Semaine 1 |', '| 2 | Maquettes | Semaine 2 |', '| 3 | Recette | Semaine 4 |', ''].join('\n');
    // The start sentence is a dated line of its own; the weeks of the table are not dated.
    expect(sessions(project).filter((line) => Number(line.split(' ')[0]) >= 5)).toEqual([]);
    const two = ['# TD — 2025', '', 'Les TD ont lieu le lundi et le jeudi. Début des cours : 1er septembre.', '', '| Semaine | TD |', '| --- | --- |', '| 1 | Vecteurs |', '| 2 | Forces |', '| 3 | Énergie |', ''].join('\n');
    expect(sessions(two)).toEqual([]);
  });

  it('reads nothing when two written days put the weeks in different places', () => {
    const text = [
      '# Chimie 2025',
      '',
      'Début des cours : mardi 2 septembre. Les cours ont lieu le mardi.',
      '',
      '| Semaine | Cours |',
      '| --- | --- |',
      '| Semaine 1 | Atomes |',
      '| Semaine 2 (23 septembre) | Liaisons |',
      '| Semaine 3 | Réactions |',
      '',
    ].join('\n');
    expect(sessions(text)).toEqual([]);
  });
});
