/*
 * A theme's schedule page whose whole programme is in its front matter: a list of days,
 * each naming its day and listing its talks with their hours, nested under the theme's own
 * keys, with comments anywhere (a Hugo event theme, as horizons-philologie-naples-2024).
 */
import { describe, expect, it } from 'vitest';
import { sessionToJson } from '../../src/report/session-json.js';
import { check } from '../helpers/read.js';

const brief = (lines: string[]) =>
  check(lines.join('\n'), { committed: { year: 2024, month: 3, day: 1 } })
    .programme.sessions.map(sessionToJson)
    .map((s) => [s.line, s.title, s.days.join(' '), s.times.map((t) => `${t.start}-${t.end ?? ''}`).join(',')]);

const page = [
  '---', 'title : "Horaire"', 'date: 2020-03-14T15:40:24+06:00', 'layout : "schedule"', '',
  '###################### Tab ####################', 'tab:', '  enable : true', '  tablist:', '  # tab item',
  '  - name : "Jour 01"', '    date : "16 avril 2024"', '    tablist_items:', '    # [SESSION 1]', '',
  '    - speaker :', '      pause : "[SESSION I] Paléographie"', '      time :', '',
  '    - speaker :', '      pause : "Accueil"', '      time : "09h30 - 09h45"', '',
  '    - speaker : "Maxime Guénette"', '      subject : "Déchiffrer le grec ancien"', '     #venue : "à déterminer"', '      time : "09h45 - 10h30"', '',
  '#    - speaker :', '#      pause : "Aperitivo"', '#      time : "18h30 - 21h30"', '',
  '  # tab item', '  - name : "Jour 02"', '    date : "17 avril 2024"', '    tablist_items:', '    - subject : "Clôture"', '      time : "16h00"',
  '---', '',
];

describe('a front matter listing days, each with its timed talks', () => {
  it('each timed talk is a session on its day, on its dash’s line; a header with no hours and a commented-out item are none', () => {
    expect(brief(page)).toEqual([
      [20, 'Accueil', '2024-04-16', '09:30-09:45'],
      [24, 'Déchiffrer le grec ancien', '2024-04-16', '09:45-10:30'],
      [37, 'Clôture', '2024-04-17', '16:00-'],
    ]);
  });

  it('a list of days whose maps hold no timed list gives no agenda', () => {
    expect(brief(['---', 'title: "Archives"', 'jours:', '  - date: "16 avril 2024"', '    notes:', '      - texte: "compte rendu"', '---', '', 'Rien de prévu.', ''])).toEqual([]);
  });
});

// ethicsbydesign-programme-2020 (held-out set 15): a Gatsby site's programme, all in its
// front matter, each day named under a key of the theme's own (`jourTitle`), its opening and
// closing written as pairs of the day's keys, and a room booked with nothing in it yet.
describe('a day named under a key of the theme’s own, with slots in pairs of its keys', () => {
  const gatsby = [
    '---', 'title: Programme', 'programmes:',
    '  - jourTitle: Lundi 28 septembre', '    ouvertureHeure: 13:45 - 14:00', '    ouvertureTitle: Accueil participants',
    '    fermetureHeure: 19:00 - 19:15', '    fermetureTitle: Conclusion', '    horaire:',
    '      - heure: 14:00 - 16:00', '        title: Conception éco-responsable', '        salle: Salle 1', '',
    '      - heure: 16:00 - 16:30', '        type: Ouverture', '        salle: Visioconférence', '',
    '      - heure: 14:00 - 16:00', '        salle: Salle 2', '---', '',
  ];

  it('reads every timed slot on the day the key names, the paired keys’ slots too, and leaves out a slot with only its hours and room', () => {
    expect(check(gatsby.join('\n'), { committed: { year: 2020, month: 6, day: 25 } }).programme.sessions.map(sessionToJson).map((s) => [s.line, s.title, s.days.join(' '), s.times.map((t) => `${t.start}-${t.end ?? ''}`).join(',')])).toEqual([
      [5, 'Accueil participants', '2020-09-28', '13:45-14:00'],
      [7, 'Conclusion', '2020-09-28', '19:00-19:15'],
      [10, 'Conception éco-responsable', '2020-09-28', '14:00-16:00'],
      [14, 'Ouverture', '2020-09-28', '16:00-16:30'],
    ]);
  });

  it('a key that names no day (`horaireTitle`) dates nothing', () => {
    const undated = gatsby.map((line) => line.replace('jourTitle: Lundi 28 septembre', 'nomTitle: Premier jour'));
    expect(check(undated.join('\n'), { committed: { year: 2020, month: 6, day: 25 } }).programme.sessions).toEqual([]);
  });
});
