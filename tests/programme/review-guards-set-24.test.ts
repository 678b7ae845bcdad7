/*
 * Counterexamples a reviewer found to set 24's forms (set-24-forms.test.ts), each a page a
 * coordinator could write that those forms first read wrong.
 */
import { describe, expect, it } from 'vitest';
import { sessionToJson } from '../../src/report/session-json.js';
import { check } from '../helpers/read.js';

const read = (lines: string[]) => check(lines.join('\n'), { committed: { year: 2026, month: 9, day: 1 } });
const brief = (lines: string[]) => read(lines).programme.sessions.map(sessionToJson).map((s) => [s.line, s.days.join(' '), s.times.map((t) => `${t.start}-${t.end ?? ''}`).join(',')]);

describe('a journal of changes is only its own part of the page', () => {
  it('keeps the programme above a `## Journal` section of changes', () => {
    const page = ['# Formation Git', '## Programme', '### Jeudi 12 mars 2026', 'Atelier 1 de 9h à 12h.', '### Jeudi 19 mars 2026', 'Atelier 2 de 14h à 17h.', '## Journal', '', '03/06/2026', '- Mise à jour des github actions', '', '28/05/2026', '- Ajout lien vers support Module 6', '', '20/05/2026', '- Correction de coquilles', ''];
    expect(brief(page).map((row) => row[1])).toEqual(['2026-03-12', '2026-03-19']);
  });

  it('reads a club’s days whose activity is a word of change (`Passage de grades`)', () => {
    const page = ['## Calendrier du club de judo', '', '14/03/2026 : Passage de grades, 14h-17h', '', '04/04/2026 : Passage de ceintures enfants', '', '23/05/2026 : Passage de grades adultes', ''];
    expect(brief(page).map((row) => row[1])).toEqual(['2026-03-14', '2026-04-04', '2026-05-23']);
  });

  it('reads entries of changes that are still to come as no journal', () => {
    const page = ['## Prochaines mises à jour du site', '', '12/10/2026', '', '- Ajout du planning', '', '19/10/2026', '', '- Ajout des salles', '', '26/10/2026', '', '- Mise à jour des tarifs', ''];
    expect(brief(page).length).toBeGreaterThan(0);
  });
});

describe('a start inside a title', () => {
  const table = (cells: string[]) => ['| Date | Activité |', '|---|---|', ...cells.map((cell, index) => `| ${6 + index} juillet 2026 | ${cell} |`), ''];

  it('reads no end of a range, of the day or of a deadline as the row’s start', () => {
    const cells = ['Atelier de 9 à 12h (salle B)', 'Visite de Houston, retour à l’hôtel à 19h (dîner libre)', 'Randonnée, fin à 17h - retour en bus', 'Projet en autonomie, dépôt au plus tard à 18h (Moodle)', 'TP noté de 14 à 16h30 (salle 204)'];
    expect(brief(table(cells)).map((row) => row[2])).toEqual(['', '', '', '', '']);
  });
});

describe('events as top headings', () => {
  it('keeps a minutes’ top heading dated below its title, not a session', () => {
    const page = ['# Compte rendu de réunion', '', '12 mars 2026', '', 'Présents : Anne, Paul, Marc.', '', '# Annexes', '', 'Budget prévisionnel en pièce jointe.', ''];
    expect(brief(page)).toEqual([]);
  });

  it('reads a card’s length (`| 2h |`) as no start', () => {
    const page = ['# Vernissage du roman', '', '**21 janvier 2026** | Payot Morges | 2h | [Voir](https://example.org/a)', '', '# Lecture publique', '', '**4 février 2026** | Librairie du Midi | 1h30 |', '', '# Séance de dédicaces', '', '**11 février 2026** | Payot Lausanne | 15h-17h', ''];
    expect(brief(page)).toEqual([
      [1, '2026-01-21', ''],
      [5, '2026-02-04', ''],
      [9, '2026-02-11', '15:00-17:00'],
    ]);
  });
});

describe('a part of the day in brackets', () => {
  it('keeps a heading’s `## Mardi (soirée)` the title of its evening', () => {
    const page = ['# Séminaire du 16 au 20 mars 2026', '', '## Mardi (soirée)', '', 'Dîner de gala à 20h.', ''];
    expect(brief(page)).toEqual([[3, '2026-03-17', '20:00-']]);
  });
});
