/*
 * What a reviewer found wrong in the first reading of held-out set 22's forms
 * (set-22-forms.test.ts), each kept here as the page that showed it.
 */
import { describe, expect, it } from 'vitest';
import { sessionToJson } from '../../src/report/session-json.js';
import { check } from '../helpers/read.js';

const read = (lines: string[], year = 2026) => check(lines.join('\n'), { committed: { year, month: 3, day: 1 } });
const brief = (lines: string[], year?: number) =>
  read(lines, year).programme.sessions.map(sessionToJson).map((s) => [s.line, s.days.join(' '), s.times.map((t) => `${t.start}-${t.end ?? ''}`).join(',')]);
const alarms = (lines: string[], year?: number) => read(lines, year).diagnostics.filter((d) => d.severity !== 'info').map((d) => `${d.line} ${d.rule}`);

describe('hours set apart before a long text', () => {
  it('reads a plain sentence opening with hours and a colon as no slot: the table below is the programme', () => {
    const page = ['# 2 octobre 2009 @ Sophia-Antipolis : conférence', '', '14h - 21h : venez nombreux, la journée est gratuite et ouverte à toutes et à tous sans inscription préalable. Les places sont limitées, arrivez tôt !', '', '# Programme', '| Horaire | Programme |', '| --- | --- |', '| 13:30 - 14:00 | Accueil |', '| 14:00 - 14:55 | Web Beans |', ''];
    expect(brief(page).map((row) => row[2])).toEqual(['13:30-14:00', '14:00-14:55']);
  });

  it('keeps the slots whose title opens with `Séance`, `Jour` or a speaker after `/` or `par`', () => {
    const page = ['## Samedi 14 mars 2026', '', '- 9h30 / Accueil', '- 10h / Séance plénière', '- 14h / Séance 2 : ateliers', '- 16h / Jour de clôture', '- 17h par J. Martin : conférence', ''];
    expect(brief(page).map((row) => row[2])).toEqual(['09:30-', '10:00-', '14:00-', '16:00-', '17:00-']);
  });
});

describe('pages that tell of an event coming back', () => {
  it('reads an event page whose opening says the event is back (`fait son grand retour sur la place`)', () => {
    const page = ['---', 'title: "Fête du vélo"', 'layout: event', 'date: 2026-04-23', '---', '', 'La fête du vélo fait son grand retour sur la place du Commerce !', '', '**14h00 - 18h00** place du Commerce', ''];
    expect(brief(page)).toEqual([[2, '2026-04-23', '14:00-18:00']]);
  });

  it('reads a festival’s days whose opening says it is back on the quays', () => {
    const page = ['# Festival Jazz sur les quais', '', 'Le festival fait son grand retour sur les quais de Nantes pour sa 5e édition !', '', '## Samedi 13 juin 2026', '', 'Concerts.', '', '## Dimanche 14 juin 2026', '', 'Concerts.', ''];
    expect(brief(page).map((row) => row[1])).toEqual(['2026-06-13', '2026-06-14']);
  });
});

describe('an event page that announces another occurrence', () => {
  const page = (title: string, date: string, sentence: string) => ['---', `title: "${title}"`, 'categories: event', `event-date: "${date}"`, '---', '', sentence, ''];

  it('keeps the next edition the text announces, and reports nothing', () => {
    const next = page('INStAl-Party: Passez à Linux !', '21 novembre 2024, 14h - 17h30', 'La prochaine INStAl-Party aura lieu le jeudi 19 décembre 2024 à 14h.');
    expect(brief(next, 2024).map((row) => row[1])).toEqual(['2024-11-21', '2024-12-19']);
    expect(alarms(next, 2024)).toEqual([]);
  });

  it('keeps the next workshop of a series, and reports nothing', () => {
    const next = page('Atelier vélo', '23 avril 2026, 18h', 'Prochain atelier : rendez-vous le jeudi 21 mai 2026 à 18h.');
    expect(brief(next).map((row) => row[1])).toEqual(['2026-04-23', '2026-05-21']);
    expect(alarms(next)).toEqual([]);
  });
});

describe('posts filed as events', () => {
  it('reads a post whose category names the events themselves, dated by its `date`', () => {
    for (const category of ['category: evenements', 'categories: [agenda]']) {
      const page = ['---', 'title: "Soirée jeux"', 'date: 2026-04-23', category, '---', '', 'Venez jouer avec nous à la médiathèque.', ''];
      expect(brief(page)).toEqual([[2, '2026-04-23', '']]);
    }
  });

  it('reads a rough time set apart by a colon as the event’s time', () => {
    const page = ['---', 'title: "Atelier vélo"', 'layout: event', 'date: 2026-04-23', '---', '', 'Venez réparer votre vélo.', '', '**Vers 19h** : ouverture des portes', ''];
    expect(brief(page)).toEqual([[2, '2026-04-23', '19:00-']]);
  });
});

describe('a heading closing with a month that is not its events’', () => {
  it('reports nothing under a newsletter’s month over the season’s sessions', () => {
    const page = ['# Lettre d’information - Janvier 2026', '', 'Au programme ce trimestre :', '', '- **Jeudi 5 février 2026** : atelier', '- **Jeudi 12 février 2026** : conférence', '- **Jeudi 5 mars 2026** : sortie', ''];
    expect(alarms(page)).toEqual([]);
  });
});
