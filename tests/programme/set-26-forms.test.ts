/*
 * Forms read in held-out set 26 (tests/fixtures/real: courscrypto-loop-2015,
 * territoires-programme-rwanda-2019, territoires-commemoration-2019), each checked here on
 * a short page, with the near form that must stay read as it was.
 */
import { describe, expect, it } from 'vitest';
import { sessionToJson } from '../../src/report/session-json.js';
import { check } from '../helpers/read.js';

const read = (lines: string[], year = 2015) => check(lines.join('\n'), { committed: { year, month: 7, day: 20 } });
const brief = (lines: string[], year?: number) =>
  read(lines, year).programme.sessions.map(sessionToJson).map((s) => [s.line, s.days.join(' '), s.times.map((t) => `${t.start}-${t.end ?? ''}`).join(','), s.title]);

describe('a course whose headings are dated by a bold line below, its time given once for the series', () => {
  const course = [
    '# Introduction à la Cryptographie',
    '**Chaque Samedi a 12h00, au Loop (20 rue de Reuilly, 75012 Paris)**',
    '',
    '### Session 1: Histoire de la cryptographie',
    '**20 Juin 2015, 12h00**',
    '',
    'Reading: HAC 11-20.',
    '',
    '### Session 2: Chiffrement par Bloc',
    '**4 Juillet 2015, :warning: 13h00 :warning:**',
    '* Introduction au chiffrement par bloc.',
    '',
    '### Session 3: Intégrité Cryptographique',
    '**22 Aout 2015**',
    '* CBC-MAC et PMAC.',
    '',
    '### Session 4: Hachage Cryptographique',
    '**29 Aout 2015**',
    '* SHA et HMAC.',
    '',
    '### Session 5: RSA',
    '**5 Septembre 2015**',
    '',
  ];

  it('reads each heading as its session, dated by the bold line, the shortcodes around its hours aside', () => {
    expect(brief(course)).toEqual([
      [4, '2015-06-20', '12:00-', 'Session 1: Histoire de la cryptographie'],
      [9, '2015-07-04', '13:00-', 'Session 2: Chiffrement par Bloc'],
      [13, '2015-08-22', '12:00-', 'Session 3: Intégrité Cryptographique'],
      [17, '2015-08-29', '12:00-', 'Session 4: Hachage Cryptographique'],
      [21, '2015-09-05', '12:00-', 'Session 5: RSA'],
    ]);
  });

  it('gives no series time when the habit writes a range it cannot read whole (`entre 14 et 15h`)', () => {
    const seminar = ['# Séminaire', '', 'Chaque vendredi, entre 14 et 15h, est organisé le séminaire.', '', '### Exposé 1', '**20 Juin 2015**', '', '### Exposé 2', '**27 Juin 2015**', ''];
    expect(brief(seminar).map((row) => row[2])).toEqual(['', '']);
  });

  it('gives no series time when a session writes a range of its own: that one is another kind of event', () => {
    const page = ['# Cours', '', 'Les séances ont lieu chaque mardi à 10h.', '', '- Test 1 : mardi 6 octobre 2015', '- Test 2 : mardi 13 octobre 2015', '- Test 3 : mardi 20 octobre 2015', '- Examen : mardi 27 octobre 2015 de 13h45 à 16h45', ''];
    expect(brief(page).map((row) => row[2])).toEqual(['', '', '', '13:45-16:45']);
  });

  it('keeps a bold day line over timed lines the day of those slots', () => {
    const day = ['## Programme du week-end', '**Samedi 11 avril 2015**', '', '- 9h30 : accueil', '- 10h : atelier', ''];
    expect(brief(day).map((row) => row.slice(0, 3))).toEqual([
      [4, '2015-04-11', '09:30-'],
      [5, '2015-04-11', '10:00-'],
    ]);
  });
});

describe('events each titled by a bold line over the line that dates them', () => {
  const events = [
    '# Le génocide des Tutsi au Rwanda 1994-2019',
    '',
    '*Exposition*',
    '',
    '**Rwanda 94. Comprendre l’incompréhensible**',
    '',
    'Du 18 mars au 12 avril 2019 à La Cité Miroir',
    '',
    'L’exposition propose de retracer l’histoire du Rwanda.',
    '',
    '*Projection*',
    '',
    '**Cri d’une mère pleine d’espoir**',
    '',
    'Le 4 avril 2019 dès 18h30 à La Cité Miroir',
    '',
    '**Journée d’étude**',
    '',
    'Le 20 mars 2019 de 9h à 15h30 au Ministère de la Fédération Wallonie-Bruxelles',
    '',
    '**Commémoration officielle**',
    '',
    'Le 13 avril 2019 de 12h30 à 19h30. Départ du monument national à la Résistance.',
    '',
  ];

  it('reads each bold title as an event on the day and hours of the line below, a place behind `à` or `au` aside', () => {
    expect(brief(events, 2019).map((row) => [row[0], (row[1] as string).split(' ').length, row[2], row[3]])).toEqual([
      [5, 26, '', 'Rwanda 94. Comprendre l’incompréhensible'],
      [13, 1, '18:30-', 'Cri d’une mère pleine d’espoir'],
      [17, 1, '09:00-15:30', 'Journée d’étude'],
      [21, 1, '12:30-19:30', 'Commémoration officielle'],
    ]);
  });

  it('keeps a line that goes on after its date under a heading the first of the dated lines it opens', () => {
    const page = ['## PROGRAMME', '', '2020-11-13 (14h-16h). **Clément Hénin (INRIA)** : « Confier une décision vitale à une machine ».', '', '2020-11-20 (14h-16h). **Anastasia Magat (Pacte)** : « Collecter des données Twitter ».', ''];
    expect(brief(page, 2020).map((row) => row.slice(0, 3))).toEqual([
      [3, '2020-11-13', '14:00-16:00'],
      [5, '2020-11-20', '14:00-16:00'],
    ]);
  });

  it('takes no bold line for an event title when the line below is a sentence about the day', () => {
    const story = ['# Notre année', '', '**Une belle sortie**', '', 'Le 4 avril 2019, nous avons visité le musée avec les enfants de la classe.', ''];
    expect(brief(story, 2019).map((row) => row[3])).not.toContain('Une belle sortie');
  });
});

describe('a day agenda of lines whose hours a tab sets apart', () => {
  it('reads a slot whose description runs to several sentences after a tab', () => {
    const agenda = [
      '---',
      'title: Commémoration',
      'date_start: 2019-04-13',
      '---',
      '12h30-13h\tRassemblement au monument ;',
      '',
      '13h30-13h45\tCommémoration au monument national de la Résistance. Hymne national de la Belgique et hymne national du Rwanda, suivis d’une prise de parole ;',
      '',
      '14h15-14h45\tMarche commémorative ;',
      '',
    ];
    expect(brief(agenda, 2019).map((row) => row.slice(0, 3))).toEqual([
      [5, '2019-04-13', '12:30-13:00'],
      [7, '2019-04-13', '13:30-13:45'],
      [9, '2019-04-13', '14:15-14:45'],
    ]);
  });
});

describe('hours that end the minute they start', () => {
  it('reads `15h-15h` and reports it as an end time to correct', () => {
    const report = read(['# Commémoration 2019', '', '| SESSIONS | DATES | HORAIRES |', '| --- | --- | --- |', '| Accueil | 13 avril | 15h-15h |', '| Témoignage | 13 avril | 15h15-15h50 |', ''], 2019);
    expect(report.programme.sessions.map(sessionToJson).map((s) => s.times.map((t) => `${t.start}-${t.end}`).join())).toEqual(['15:00-15:00', '15:15-15:50']);
    const found = report.diagnostics.filter((d) => d.rule === 'end-before-start');
    expect(found.map((d) => [d.line, d.message])).toEqual([
      [5, 'The hours "15h-15h" of the row "Accueil" (line 5) end the minute they start: the event lasts no time. Correct the end time, or write the start alone.'],
    ]);
  });

  it('says nothing of an evening that runs to the same hour the next day, or of a start alone', () => {
    const report = read(['# Soirée 2019', '', '| SESSIONS | DATES | HORAIRES |', '| --- | --- | --- |', '| Nuit du code | 14 mars | 22h - 2h |', '| Accueil | 15 mars | 15h |', ''], 2019);
    expect(report.diagnostics.filter((d) => d.rule === 'end-before-start')).toEqual([]);
  });
});

describe('a range written `entre … et …`', () => {
  it('reads `Entre 11 h et 13 h, accueil` under a day as one slot from 11h to 13h', () => {
    const page = ['# Stage 2018', '', '## Lundi 9 juillet 2018 - introduction', '', '* Entre 11\u00a0h et 13\u00a0h, accueil au centre FEEL', '* Charte du stage', ''];
    expect(brief(page, 2018).map((row) => row.slice(0, 3))).toEqual([[5, '2018-07-09', '11:00-13:00']]);
  });

  it('reads `entre 14h et 16h` in an hours cell as one range, and `9h et 14h` still as two starts', () => {
    const table = ['# Ateliers 2018', '', '| Date | Horaires | Atelier |', '| --- | --- | --- |', '| 9 juillet | entre 14h et 16h | Poterie |', '| 10 juillet | 9h et 14h | Vélo |', ''];
    expect(brief(table, 2018).map((row) => row[2])).toEqual(['14:00-16:00', '09:00-,14:00-']);
  });
});
