/*
 * What a review of held-out sets 15 and 16's reading found it misread, each checked here
 * so it stays read as a reader reads it: an event's own `start_time`, a course plan's
 * personal work time, a second group's list at the same hours, a second weekend in one
 * table, a page's update date above an agenda, a heading repeated in a recap list, and a
 * record's hours row.
 */
import { describe, expect, it } from 'vitest';
import { sessionToJson } from '../../src/report/session-json.js';
import { check } from '../helpers/read.js';

const brief = (lines: string[]) =>
  check(lines.join('\n'), { committed: { year: 2025, month: 4, day: 1 } })
    .programme.sessions.map(sessionToJson)
    .map((s) => [s.line, s.title, s.days.join(' '), s.times.map((t) => `${t.start}-${t.end ?? ''}`).join(',')]);
const warnings = (lines: string[]) => check(lines.join('\n')).diagnostics.filter((d) => d.severity !== 'info').map((d) => `${d.line} ${d.rule}`);

describe('what the reading of held-out sets 15 and 16 must not misread', () => {
  it('an event’s own `start_time` and `end_time` are its hours, not slots of their own', () => {
    const page = ['---', 'title: Agenda du club', 'events:', '  - date: 2025-05-12', '    title: Concert de printemps', '    start_time: "20:00"', '    end_time: "22:00"', '  - date: 2025-05-19', '    title: Bal folk', '    start_time: "21:00"', '---', ''];
    expect(brief(page).map((row) => row.slice(1, 3))).toEqual([['Concert de printemps', '2025-05-12'], ['Bal folk', '2025-05-19']]);
  });

  it('a course plan’s personal work time, and a stay’s check-in and check-out, are no timesheet', () => {
    expect(brief(['| Date | Séance | Temps de travail personnel |', '| --- | --- | --- |', '| 12/09/2025 | Introduction | 2h |', '| 19/09/2025 | Probabilités | 3h |', ''])).toHaveLength(2);
    expect(brief(['| Date | Activité | Check-in | Check-out |', '| --- | --- | --- | --- |', '| 12/09/2025 | Séjour | 15h | 11h |', '| 19/09/2025 | Séjour | 15h | 11h |', ''])).toHaveLength(2);
  });

  it('a second group’s list at the same hours, with titles of its own, stays', () => {
    const day = ['## Lundi 1er septembre 2025', '', '**Groupe A**', '', '- 9h00 : Accueil des étudiants', '- 10h00 : Atelier découverte du campus', '- 11h00 : Atelier bibliothèque', '- 14h00 : Atelier numérique', '- 15h00 : Rencontre des tuteurs', '- 16h00 : Goûter', '', '**Groupe B**', '', '- 10h00 : Atelier bibliothèque', '- 11h00 : Atelier découverte du campus', '- 14h00 : Atelier sport', ''];
    expect(brief(day).map((row) => row[0])).toEqual([5, 6, 7, 8, 9, 10, 14, 15, 16]);
  });

  it('a weekday alone is on the day after the nearest full date above it, a second weekend too', () => {
    const table = ['| Date | Heure | Activité |', '| --- | --- | --- |', '| Samedi 25/04/2026 | 10h | Atelier A |', '| Dimanche | 14h | Atelier B |', '| Samedi 02/05/2026 | 10h | Atelier C |', '| Dimanche | 14h | Atelier D |', ''];
    expect(brief(table).map((row) => row[2])).toEqual(['2026-04-25', '2026-04-26', '2026-05-02', '2026-05-03']);
  });

  it('a page’s update date above an agenda table does not date it', () => {
    const page = ['Planning mis à jour le lundi 5 mai 2025 :', '', '| Heure | Activité |', '| --- | --- |', '| 9h00 | Accueil |', '| 10h00 | Visite |', ''];
    expect(brief(page).map((row) => row[2])).not.toContain('2025-05-05');
    const published = ['Publié le mardi 1er avril 2025. Voici le déroulé type de chaque journée :', '', '| Heure | Activité |', '| --- | --- |', '| 9h00 | Accueil |', '| 10h00 | Visite |', ''];
    expect(brief(published).map((row) => row[2])).not.toContain('2025-04-01');
  });

  it('a heading repeated in a recap list is still a copy', () => {
    const page = ['## Lundi 2 juin 2025 : Atelier vélo', '', 'Détails.', '', '## Mardi 3 juin 2025 : Atelier couture', '', 'Rappel :', '', '- Lundi 2 juin 2025 : Atelier vélo', '- Mardi 3 juin 2025 : Atelier couture', ''];
    expect(warnings(page)).toEqual(['9 duplicate-session', '10 duplicate-session']);
  });

  it('a record’s hours row gives the heading’s session its hours', () => {
    const card = ['# Formations', '', '## Module 1', '', '|:---|:---|', '|**Dates:** |du 3 au 7 juin 2024 |', '|**Horaires:** |9h-17h |', ''];
    expect(brief(card)).toEqual([[3, 'Module 1', '2024-06-03 2024-06-04 2024-06-05 2024-06-06 2024-06-07', '09:00-17:00']]);
  });
});

describe('what the review of the days-each-with-hours and week readings found', () => {
  const read = (lines: string[]) =>
    check(lines.join('\n'), { committed: { year: 2025, month: 1, day: 1 } })
      .programme.sessions.map(sessionToJson)
      .map((s) => [s.line, s.title, s.days.join(' '), s.times.map((t) => `${t.start}-${t.end ?? ''}`).join(','), s.status]);

  it('a list that goes on into the next September still does, on a season’s page', () => {
    const text = ['# Calendrier scolaire 2024-2025', '', '- Lundi 2 septembre : Rentrée', '- Samedi 5 juillet : Vacances d’été', '- Lundi 1er septembre : Rentrée suivante', ''];
    expect(read(text).map((row) => row[2])).toEqual(['2024-09-02', '2025-07-05', '2025-09-01']);
  });

  it('a market with its own title beside the day’s agenda is a session, not the day told again', () => {
    const page = ['## Programme', '', '- Samedi 5 juillet 2025 de 10h à 18h : Marché des producteurs', '', '## Samedi 5 juillet 2025', '', '- 11h : Concert', '- 15h : Conférence', ''];
    expect(read(page).map((row) => row[1])).toEqual(['Marché des producteurs', 'Concert', 'Conférence']);
  });

  it('a month’s news sentences are no agenda', () => {
    const page = ['# Nouvelles du projet', '', '## Février 2025', '', '12 février 2025 — Le site fait peau neuve : nous avons revu toute la navigation.', '', '## Mars 2025', '', '3 mars 2025 — Nouvelle version publiée.', ''];
    expect(read(page)).toEqual([]);
  });

  it('a start on one day and an end on another is one event, not two', () => {
    expect(read(['- Vendredi 20 juin 2025 à 18h - dimanche 22 juin à 17h : Hackathon climat', '- Lundi 23 juin 2025 : Bilan', '']).map((row) => row[2])).toEqual(['2025-06-20', '2025-06-23']);
  });

  it('only the day struck through is cancelled', () => {
    const rows = read(['- ~~Vendredi 20 juin 2025 à 18h30~~ et samedi 21 juin à 17h : Pouce', '- Lundi 23 juin 2025 : Bilan', '']);
    expect(rows.map((row) => [row[2], row[4]])).toEqual([['2025-06-20', 'cancelled'], ['2025-06-21', 'confirmed'], ['2025-06-23', 'confirmed']]);
  });

  it('a week’s weekday over homework notes is no day when the page’s days hold timed slots', () => {
    const page = ['## Semaine du 10 au 14 mars 2025', '', '### Lundi', '', '- 9h : Cours magistral', '', '### Mercredi', '', 'Lire le chapitre 3.', ''];
    expect(read(page).map((row) => row[1])).toEqual(['Cours magistral']);
  });

  it('a bold line of practical details is no title', () => {
    const page = ['## Samedi 14 juin 2025 à 20h, et dimanche 15 juin à 16h', '', '**Entrée libre**', '', 'Concert.', ''];
    expect(read(page).map((row) => row[1])).not.toContain('Entrée libre');
  });

  it('`Pas de cours` in a heading cancels the day', () => {
    const page = ['# Cours 2025', '', '## Mardi 4 mars 2025 : cours 1', '', '> ## ⚠️ Pas de cours le mardi 11 mars 2025', '', '## Mardi 18 mars 2025 : cours 2', ''];
    expect(read(page).map((row) => row[4])).toEqual(['confirmed', 'cancelled', 'confirmed']);
  });

  it('a welcome’s time above a list of days is not their hours', () => {
    const page = ['#### Stage', '', 'Accueil des participants de 8h30 à 9h.', '', 'Calendrier:', '', '* 12-13-14 juin 2025', '* 19-20 juin 2025', ''];
    expect(read(page).map((row) => row[3])).toEqual(['', '']);
  });
});

describe('what the review of set 19’s readings found', () => {
  const read = (lines: string[]) =>
    check(lines.join('\n'), { committed: { year: 2024, month: 9, day: 1 } })
      .programme.sessions.map(sessionToJson)
      .map((s) => [s.line, s.title, s.days.join(' '), s.times.map((t) => `${t.start}-${t.end ?? ''}`).join(',')]);
  const alarms = (lines: string[]) => check(lines.join('\n'), { committed: { year: 2024, month: 9, day: 1 } }).diagnostics.filter((d) => d.severity !== 'info').map((d) => `${d.line} ${d.rule}`);

  it('a paragraph of `📅` lines is a list of days, not one card', () => {
    const page = ['## Permanences d’accueil', '', '📅 Mardi 3 septembre 2024, 14h-17h', '📅 Mardi 10 septembre 2024, 14h-17h', '📅 Mardi 17 septembre 2024, 14h-17h', ''];
    expect(read(page).map((row) => row[2])).toEqual(['2024-09-03', '2024-09-10', '2024-09-17']);
  });

  it('a card’s first line that dates it beats a `📅` deadline further down, and a `Quand :` label names nothing', () => {
    const card = ['### Atelier vélo', '', 'Samedi 5 octobre 2024, 10h-12h', 'Venez avec votre vélo.', '📅 Date limite d’inscription : 1er octobre 2024', ''];
    expect(read(card)).toEqual([[1, 'Atelier vélo', '2024-10-05', '10:00-12:00']]);
    expect(read(['### Repair café', '', '📍 À la MJC.', '🗓️ Quand : samedi 12 octobre 2024 à 14h', ''])).toEqual([[1, 'Repair café', '2024-10-12', '14:00-']]);
  });

  it('a film’s or a group’s number is no numbered log', () => {
    expect(alarms(['### Apollo 13', '', '* Sam 2 mars 2019 - 21h', '', '### Les 400 coups', '', '* Ven 1 mars 2019 - 16h', ''])).toEqual([]);
    expect(alarms(['### Groupe 1', '', '* 10/09/2024 - 14h', '', '### Groupe 2', '', '* 09/09/2024 - 14h', ''])).toEqual([]);
  });

  it('an aside that says the date is unsure, or writes another day, is not read past', () => {
    expect(read(['### Séance 1', '', 'Prochaine séance : mercredi 15 septembre 2021 à 19h, à confirmer.', ''])).toEqual([]);
    expect(read(['### Partiel', '', 'Date : lundi 14 octobre 2024, rattrapage le 21 octobre', '']).map((row) => row[2])).not.toContain('2024-10-14');
  });
});

describe('what the review of the week-of-slots list and the weekday list check found', () => {
  const rows = (lines: string[]) =>
    check(lines.join('\n'), { committed: { year: 2024, month: 9, day: 1 } })
      .programme.sessions.map(sessionToJson)
      .map((s) => `${s.days.join(' ')} ${s.times.map((t) => `${t.start}-${t.end ?? ''}`).join(',')}`.trim());
  const alarms = (lines: string[]) => check(lines.join('\n'), { committed: { year: 2024, month: 9, day: 1 } }).diagnostics.filter((d) => d.severity !== 'info').map((d) => `${d.line} ${d.rule}`);

  it('a list’s own section hours beat another section’s office hours', () => {
    const page = ['## Permanences de l’équipe', '', '- lundi 10h-12h', '- jeudi 14h-16h', '', '## Formation intensive', '', 'De 9h00 à 17h00.', '', 'Calendrier :', '', '- 12 juin 2024', '- 13 juin 2024', '- 14 juin 2024', ''];
    expect(rows(page)).toEqual(['2024-06-12 09:00-17:00', '2024-06-13 09:00-17:00', '2024-06-14 09:00-17:00']);
  });

  it('a venue’s opening hours, and a run of weekdays, are no course’s week', () => {
    const media = ['## Horaires d’ouverture', '', '- Mardi : 14h-18h', '- Mercredi : 10h-18h', '- Samedi : 10h-17h', '', '## Agenda', '', '- 12 mars 2024 : Heure du conte', '- 16 mars 2024 : Atelier numérique', ''];
    expect(rows(media)).toEqual(['2024-03-12', '2024-03-16']);
    const range = ['## Horaires', '', '- Stage : du lundi au vendredi 9h-17h', '- Atelier : samedi 9h-12h', '', '## Dates', '', '- 8 juillet 2024', '- 12 juillet 2024', '- 13 juillet 2024', ''];
    expect(rows(range).map((row) => row.split(' ').length)).toEqual([1, 1, 1]);
  });

  it('a labelled list after a weekday’s list, a heading that names its exception, an item that tells its move: no mismatch', () => {
    expect(alarms(['## Tous les mercredis', '', '- 2 octobre 2024', '- 9 octobre 2024', '- 16 octobre 2024', '', '**Stages pendant les vacances :**', '', '- 28 octobre 2024', '- 29 octobre 2024', ''])).toEqual([]);
    expect(alarms(['## Répétitions les mardis (et exceptionnellement le jeudi 14 novembre)', '', '- 8 octobre 2024', '- 15 octobre 2024', '- 5 novembre 2024', '- 14 novembre 2024', ''])).toEqual([]);
    expect(alarms(['## Les lundis, de 18h à 20h', '', '- 7 octobre 2024', '- 14 octobre 2024', '- 21 octobre 2024', '- 12 novembre 2024 (le lundi 11 est férié, décalé au mardi)', ''])).toEqual([]);
  });
});
