/*
 * Near misses a reviewer who changed no code wrote against the rules learnt from set 56's
 * read part (set-56-forms.test.ts): each read wrong by the first version of those rules,
 * right (as the engine before them read it) since.
 */
import { describe, expect, it } from 'vitest';
import { alarmLines, briefSessions } from '../helpers/read.js';

const brief = (lines: string[], committed: { year: number; month: number; day: number }) => briefSessions(lines, committed).map((line) => line.replace(/\s+/g, ' '));

describe('a label then its date in brackets is a log’s entry only when it numbers its class', () => {
  it('a list of publications is none', () => {
    const page = ['# Publications', '', '* Dupont et Martin (18 janvier 2024) : article accepté à la conférence JFLA.', '* Rapport technique (3 février 2023) : analyse des performances.', '* Thèse (12 décembre 2022) - soutenue à Lyon.', ''];
    expect(brief(page, { year: 2024, month: 1, day: 25 })).toEqual([]);
  });

  it('homework handed in is no class', () => {
    const page = ['# Devoirs rendus', '', '* DM 1 (18 janvier 2024) : rendu en retard par la moitié de la classe.', '* DM 2 (15 février 2024) - corrigé disponible.', ''];
    expect(brief(page, { year: 2024, month: 6, day: 20 })).toEqual([]);
  });
});

describe('a start without its `h` before `de`: how long, not when', () => {
  it('reads no slot and raises no overlap', () => {
    const page = ['# Mardi 12 novembre 2024', '', '- 9h-12h : TP noté', '- Prévoir 8-10h de travail personnel avant le rendu', '- 10-12h de lecture conseillées', ''];
    expect(brief(page, { year: 2024, month: 10, day: 20 })).toEqual(['3 2024-11-12 09:00-12:00 TP noté']);
    expect(alarmLines(page, { year: 2024, month: 10, day: 20 })).toEqual([]);
  });
});

describe('a table of marks with a class column is no plan', () => {
  it('reads nothing from `| TP | Rendu le | Note moyenne |`', () => {
    const page = ['# Suivi des rendus', '', '| TP | Rendu le | Note moyenne |', '|---|---|---|', '| TP 1 | Mardi 29 octobre | 12,5 |', '| TP 2 | Mardi 5 novembre | 13 |', ''];
    expect(brief(page, { year: 2024, month: 11, day: 5 })).toEqual([]);
  });
});

describe('an event’s number is the one right after its name', () => {
  it('`Travail de groupe, 1 séance` is not the row of `Travail 1`', () => {
    const page = ['# Cours INF1234', '', '| Semaine | Jour 1 | Jour 2 | Remarque |', '|---|---|---|---|', '| Semaine 1 | Mardi 05 nov. | Vendredi 08 nov. | Travail de groupe, 1 séance |', '| Semaine 2 | Lundi 18 nov. | Vendredi 22 nov. | Travail pratique no 2 remis |', '', '# Évaluations', '', '- **Travail 1** : Dimanche 10 novembre 2024', ''];
    expect(alarmLines(page, { year: 2024, month: 10, day: 20 })).toEqual([]);
  });
});

describe('bold lines that are days only when each is a day and its hours alone', () => {
  it('a span’s start and end, labelled, are not two sessions', () => {
    const page = ['# Semaine de la science', '', '**Début : lundi 3 juin 2024 à 9h**', '**Fin : vendredi 7 juin 2024 à 17h**', '', 'Stands dans le hall.', ''];
    expect(brief(page, { year: 2024, month: 5, day: 20 })).toHaveLength(1);
  });
});

describe('a box that says when, but of another event or of the page', () => {
  const talks = ['# Meetup', '', '## **18H15:** Accueil', '', '## **18H30:** Conférence', ''];
  it('brought in by a sentence told in the past, it dates the last meetup, not these talks', () => {
    const page = [...talks, 'Le précédent meetup a eu lieu :', '', '- **Date** : Jeudi 6 septembre 2018', '- **Sujet** : Rust', ''];
    expect(brief(page, { year: 2018, month: 9, day: 10 }).filter((line) => / 18:/.test(line))).toEqual([]);
  });

  it('beside the page’s author, it is the post’s date', () => {
    const page = ['# Recette du gâteau', '', '## 14h : préchauffer le four', '## 14h30 : enfourner', '', '- **Date** : Samedi 16 mars 2019', '- **Auteur** : Mamie', ''];
    expect(brief(page, { year: 2019, month: 3, day: 1 }).filter((line) => / 14:/.test(line))).toEqual([]);
  });
});
