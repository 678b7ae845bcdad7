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

describe('what a reviewer found wrong in the first reading of set 23’s forms (set-23-forms.test.ts)', () => {
  it('keeps a start before seven that a word sets as a start (`à 6h30`, `départ 6h30`)', () => {
    const page = ['| Date | Programme |', '|---|---|', '| 21/07/2026 | Sortie ornitho à 6h30 |', '| 22/07/2026 | Randonnée, départ 6h30 |', '| 23/07/2026 | Endurance 1h15 |', ''];
    expect(brief(page).map((row) => row[2])).toEqual(['06:30-', '06:30-', '']);
  });

  it('keeps a night’s column of start times from half past midnight', () => {
    const page = ['| | | |', '|---|---|---|', '| Nuit des étoiles | sam. 15 août 2026 | 0h30 |', '| Perséides | dim. 16 août 2026 | 2h |', '| Lune | lun. 17 août 2026 | 3h |', ''];
    expect(brief(page).map((row) => row[2])).toEqual(['00:30-', '02:00-', '03:00-']);
  });

  it('keeps the last day of a run whose end is stored at midnight, as a form stores a day', () => {
    const page = ['---', 'title: Festival', 'date_start: 2025-03-12T00:00:00.000Z', 'date_end: 2025-03-16T00:00:00.000Z', '---', '', 'Le festival.', ''];
    expect(brief(page, 2025).map((row) => row[1])).toEqual(['2025-03-12 2025-03-13 2025-03-14 2025-03-15 2025-03-16']);
  });

  it('reads no session in a to-do list’s `Pour le 5 mai`, and titles a journal’s `## Pour le 01/10` as its heading, not `Pour`', () => {
    const todo = ['# À faire', '', '- Pour le 5 mai : rendre le rapport', '- Pour le 12 mai : relire', '- Pour le 19 mai : soutenir', ''];
    expect(brief(todo)).toEqual([]);
    const journal = ['# Journal', '', '## Pour le 01/10', '', 'Exercices.', '', '## Pour le 08/10', '', 'Exercices.', '', '## Pour le 15/10', '', 'Exercices.', ''];
    expect(read(journal, 2025).programme.sessions.map((s) => sessionToJson(s).title)).toEqual(['Pour le 01/10', 'Pour le 08/10', 'Pour le 15/10']);
  });

  it('reads no day in a thread’s counters or in fractions set alone on their lines', () => {
    const thread = ['# Mon fil', '', '1/4', '', 'Je vous raconte ma semaine.', '', '2/4', '', 'Le premier jour.', '', '3/4', '', 'La suite.', '', '4/4', '', 'Merci !', ''];
    expect(brief(thread)).toEqual([]);
    const fractions = ['# Notes', '', '12/20', '', 'Texte.', '', '3/4', '', 'Texte.', '', '1/2', '', 'Texte.', ''];
    expect(brief(fractions)).toEqual([]);
  });

  it('reads no session in a news page or a guestbook whose lines close with the day they were written', () => {
    const news = ['# Actualités', '', 'Assemblée générale : le compte rendu est en ligne, 3 mars 2025', '', 'Fermeture estivale du local, 12 février 2025', '', 'Bienvenue aux nouveaux adhérents, 5 janvier 2025', ''];
    expect(brief(news)).toEqual([]);
  });
});
