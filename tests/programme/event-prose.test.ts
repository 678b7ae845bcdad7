/*
 * Event pages and prose written as French coordinators write them: a post that names its
 * day with a demonstrative (`Ce jeudi 24 avril dès 20h00`), a programme of timed items
 * whose practical section restates the event's span below it, a cinema's notices each
 * closing with its screening (`Ven 1 mar 21h45 GF`). Real documents that showed them:
 * greenlab-ma-vie-independant-2014, greenlab-libramont-nfot-2015, cinematheque-weekend-causse-2019.
 */
import { describe, expect, it } from 'vitest';
import { sessionToJson } from '../../src/report/session-json.js';
import { check } from '../helpers/read.js';

const brief = (lines: string[], committed?: { year: number; month: number; day: number }) =>
  check(lines.join('\n'), committed ? { committed } : {})
    .programme.sessions.map(sessionToJson)
    .map((s) => [s.line, s.days.join(' '), s.times.map((t) => `${t.start}-${t.end ?? ''}`).join(',')]);

describe('a demonstrative day (`Ce jeudi 24 avril`) invites as `aura lieu le` does', () => {
  const page = (sentence: string) => ['---', "title: 'Conférence : la vie d’indépendant'", 'layout: post', 'categories:', '  - Evénements', '---', sentence, '', 'Trois indépendants partageront leur expérience.', ''];

  it('an event post whose first sentence names the coming day with its weekday is one session, on its title', () => {
    expect(brief(page('Ce **jeudi 24 avril dès 20h00**, nous aurons le plaisir de vous recevoir à la salle Patton pour une conférence.'), { year: 2014, month: 3, day: 20 })).toEqual([[2, '2014-04-24', '20:00-']]);
  });

  it('`nous avons le plaisir` is the present: an invitation still (past-tense.ts wants a participle after `avons`)', () => {
    expect(brief(page('Ce **jeudi 24 avril dès 20h00**, nous avons le plaisir de vous recevoir à la salle Patton pour une conférence.'), { year: 2014, month: 3, day: 20 })).toEqual([[2, '2014-04-24', '20:00-']]);
  });

  it('the same day told in the past is a report, not an invitation', () => {
    expect(brief(page('Ce **jeudi 24 avril dès 20h00**, nous avons eu le plaisir de vous recevoir à la salle Patton pour une conférence.'), { year: 2014, month: 5, day: 2 })).toEqual([]);
  });
});

describe('a line restating the event’s span below its programme is no session', () => {
  const page = (practical: string) => [
    '---', "title: 'Libramont : séance d’information'", 'layout: post', '---',
    'Ce lundi 30 mars, à Libramont, aura lieu une séance d’information.', '', '### Programme', '',
    '  * **12h00** – Accueil des participants', '  * **12h30** – Introduction', '  * **13h30** – Questions réponses', '  * **14h00** – Clôture', '',
    '### En pratique', '', practical, '',
  ];

  it('the items take the day the sentence invites to, the span line gives the year', () => {
    expect(brief(page('Lundi 30 mars 2015 de 12h00 à 14h00 – CCI du Luxembourg belge'))).toEqual([
      [9, '2015-03-30', '12:00-'], [10, '2015-03-30', '12:30-'], [11, '2015-03-30', '13:30-'], [12, '2015-03-30', '14:00-'],
    ]);
  });

  it('a line on another day, or with hours the items do not fit in, stays a session of its own', () => {
    const read = brief(page('Mardi 31 mars 2015 de 18h00 à 20h00 – soirée de suivi'));
    expect(read).toContainEqual([16, '2015-03-31', '18:00-20:00']);
    expect(read.filter((s) => s[0] === 9)).toEqual([]);
  });
});

describe('notices that close with their screening (`Ven 1 mar 21h45 GF`)', () => {
  const notice = (title: string, when: string) => [`**${title}**  `, 'de Jean-Paul Le Chanois  ', 'France / 1944 / 85 min / 16 mm  ', 'Le 21 juillet 1944, le plateau du Vercors est investi.  ', when, ''];

  it('each notice is a session on its title’s line; `mar` after a day and before hours is March; a date in a synopsis gives no year', () => {
    const lines = ['# Un week-end avec Jean-Max Causse', '', ...notice('Au cœur de l’orage', 'Ven 1 mar 21h45 GF'), ...notice('Barabbas', 'Sam 2 mar 19h30 GF')];
    expect(brief(lines, { year: 2019, month: 1, day: 28 })).toEqual([[3, '2019-03-01', '21:45-'], [9, '2019-03-02', '19:30-']]);
  });

  it('one notice alone is a paragraph among others, not a programme', () => {
    expect(brief(['# Le film du mois', '', ...notice('Au cœur de l’orage', 'Ven 1 mar 21h45 GF'), 'Une soirée à ne pas manquer.', ''], { year: 2019, month: 1, day: 28 })).toEqual([]);
  });
});
