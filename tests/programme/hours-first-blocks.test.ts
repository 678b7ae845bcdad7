/*
 * A day written hours first: each block opens with its hour on a line of its own, maybe a
 * picture, then the title heading and what it is about (a Jekyll or Hugo schedule:
 * `<div class="schedule_time">10h00</div>` over `<h3>Ouverture des portes</h3>`, or the
 * same in markdown). The heading names the hour above it, not the next block's hour below.
 * And the parts of a page that show the day's slots again (artist cards after the
 * programme, each with its hour) or give the day's extent above them add no session.
 */
import { describe, expect, it } from 'vitest';
import { sessionToJson } from '../../src/report/session-json.js';
import { check } from '../helpers/read.js';

const read = (lines: string[]) =>
  check(lines.join('\n')).programme.sessions.map(sessionToJson).map((s) => `${s.line} ${s.times.map((t) => `${t.start}-${t.end ?? ''}`).join(',')} ${s.title}`.trim());

describe('a day written hours first', () => {
  it.each([
    ['bare hours', '10h00', '10h30', '10:00-', '10:30-'],
    ['bold hours', '**10:00**', '**10:30**', '10:00-', '10:30-'],
    ['ranges', '10h00 – 10h30', '10h30 – 12h00', '10:00-10:30', '10:30-12:00'],
  ])('titles each hour by the heading below it: %s', (_name, first, second, one, two) => {
    expect(read(['## Mardi 11 juin 2024', '', first, '', '![](img/porte.jpg)', '', '### Ouverture des portes', '', second, '', '### Atelier : Autotuning', '', 'Par Luigi Nardi', ''])).toEqual([
      `3 ${one} Ouverture des portes`,
      `9 ${two} Atelier : Autotuning`,
    ]);
  });

  it('reads it in HTML blocks', () => {
    const block = (hour: string, title: string) => ['<div class="schedule_bloc">', `  <div class="schedule_time">${hour}</div>`, '  <div class="schedule_break"><img src="pause.png" alt="Tasse" /></div>', `  <div class="schedule_desc"><h3>${title}</h3></div>`, '</div>', ''];
    expect(read(['## Mercredi 12 juin 2024', '', ...block('16h15', 'Pause'), ...block('16h45', 'Migration'), ...block('17h15', 'Mot de clôture')])).toEqual([
      '4 16:15- Pause',
      '10 16:45- Migration',
      '16 17:15- Mot de clôture',
    ]);
  });

  it('still gives a title heading the hours below it when the page is written title first', () => {
    expect(read(['## Mardi 11 juin 2024', '', '### Accueil', '', '9h00', '', '### Ouverture', '', '9h30', ''])).toEqual(['3 09:00- Accueil', '7 09:30- Ouverture']);
  });
});

describe('parts of a page that restate the day', () => {
  const programme = ['# Festi 2026', '', 'Dimanche 28 juin 2026', '', '## Programme', '', '13H30 Bèlè de rue', '', '14H00 Slam et contes', '', '14H15 Défilé de mode', '', '14H35 Louange', ''];

  it('reads artist cards that repeat the hours of the programme as the same acts', () => {
    const cards = ['## Les artistes', '', '**Bèlè de rue**', '', '13H30', '', '**Slam et contes**', '', '14H00', '', '**Défilé de mode**', '', '14H15', '', '**Louange**', '', '14H30', ''];
    expect(read([...programme, ...cards]).map((s) => s.split(' ')[0])).toEqual(['7', '9', '11', '13']);
  });

  it('keeps a second room whose slots start at the same hours with titles of their own', () => {
    const room = ['## Salle B', '', '13H30 Atelier vélo', '', '14H00 Atelier couture', '', '14H15 Atelier radio', '', '14H35 Atelier bois', ''];
    expect(read([...programme, ...room])).toHaveLength(8);
  });

  it('reads the day’s extent above its slots as its hours, not as a session', () => {
    expect(read(['# Festi 2026', '', '## Dimanche 28 juin 2026', '', 'De 06H15 à 20H00 — une journée complète pour prier et fêter.', '', '06H15 1ère Messe', '', '10H00 Lancement', '', '20H00 Clôture', '']).map((s) => s.split(' ')[0])).toEqual(['7', '9', '11']);
  });

  it('keeps a long slot that starts after the day’s first one (a fair beside the talks)', () => {
    expect(read(['## Dimanche 28 juin 2026', '', '09H00 Accueil', '', '10H00 - 18H00 Village associatif', '', '11H00 Conférence', '', '14H00 Table ronde', ''])).toHaveLength(4);
  });
});
