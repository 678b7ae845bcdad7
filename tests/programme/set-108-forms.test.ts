/*
 * Forms read once held-out set 108 was measured unseen and read, each checked on a short
 * page, with the near forms that must stay as they were.
 */
import { describe, expect, it } from 'vitest';
import { briefProblems, briefSessions, readSessions } from '../helpers/brief-sessions.js';
import { checkText } from '../../src/engine/pipeline.js';
import { sessionToJson } from '../../src/report/session-json.js';

const brief = briefSessions;

/** The problems a page raises, read as if last committed on 27 March 2025. */
const problems = (lines: string[]) => briefProblems(lines, { year: 2025, month: 3, day: 27 });

// pquod-fantomes-expositions-2025, pquod-trop-de-lumiere-expositions-2022: an artist's captions of shows.
describe('captions that name a show and its days among their parts', () => {
  const page = [
    '# Fantômes',
    '',
    '###### *Fantôme 16 [Hôtel Pasteur]*, 2025, ruban adhésif transparent collé sur vitre.',
    '',
    '###### (vue d’exposition), *Sinestesia Fêtart*, exposition le 22 mars 2025, Hôtel Pasteur, Rennes, France.',
    '',
    '###### (vue d’exposition), *El Lugar*, restitution de fin de résidence 30 et 31 juillet 2019, Bogotá, Colombie.',
    '',
    '###### (vue d’exposition), *Gong Créole*, exposition du 22 mars au 1 juin 2024, Le Confort Moderne, Poitiers, France.',
    '',
    '![](vue.jpg)',
    '',
    '###### (vue d’exposition), *Gong Créole*, exposition du 22 mars au 1 juin 2024, Le Confort Moderne, Poitiers, France.',
    '',
  ];

  it('reads each show on its days, once however often its caption is repeated', () => {
    expect(brief(page, 2025, 3)).toEqual(['5 2025-03-22', '7 2019-07-30 2019-07-31', '9 2024-03-22..2024-06-01 (72)']);
  });

  it('raises no order or duplicate alarm: captions follow the works, not the days', () => {
    expect(problems(page)).toEqual([]);
  });

  it('keeps each caption in the year it writes, two shows in a row from later to earlier', () => {
    const two = ['# Fantômes', '', '###### (vue d’exposition), *A*, exposition le 22 mars 2025, Rennes.', '', '###### (vue d’exposition), *B*, exposition du 22 mars au 1 juin 2024, Poitiers.', ''];
    expect(brief(two)).toEqual(['3 2025-03-22', '5 2024-03-22..2024-06-01 (72)']);
    expect(problems(two)).toEqual([]);
  });

  it('reads no day from a work’s caption, its year alone', () => {
    expect(brief(['# Œuvres', '', '###### *Fantôme 14*, 2024, ruban adhésif, 20 x 30 cm.', '', '###### *Fantôme 13*, exposition 2022, collège Truffaut.', ''], 2025, 3)).toEqual([]);
  });
});

// cardonna-conferences-cartes-2026: a talk's card, its date and place in two spans side by side.
describe('two inline fields of a card written one against the other', () => {
  const card = (date: string, place: string, name: string) => ['  <article>', `    <div class="meta"><span class="date">${date}</span><span>${place}</span></div>`, `    <h3>${name}</h3>`, '    <p>Subcell monolithic scheme</p>', '  </article>', ''];
  const page = ['## Conférences et affiches', '', '<div class="talk-archive">', ...card('4 mai 2026', 'Minho, Portugal', 'SHARK-FV26'), ...card('19 mars 2026', 'Waterloo, Canada', 'Colloquium'), ...card('2 mars 2026', 'ENPC, France', 'CJC-MA'), '</div>', ''];

  it('are read apart, the year closing the date', () => {
    expect(brief(page, 2026, 7)).toEqual(['5 2026-05-04', '11 2026-03-19', '17 2026-03-02']);
    expect(readSessions(page, 2026, 7)[0]!.title).toBe('SHARK-FV26 (Minho, Portugal)');
  });
});

// cardonna-conferences-recherche-2026: a talk's card whose day is a labelled field.
describe('a talk’s card whose day is a field', () => {
  const page = (field: string) => ['## Conférences et affiches', '', '**SHARK-FV26 — Workshop international** <br>', '*Titre*. Subcell monolithic scheme <br>', '*Emplacement*. Minho, Portugal<br>', `${field}<br>`, '[Diapositives](talk.pdf)', '', '**Colloque de mathématiques appliquées** <br>', '*Titre*. A high-order scheme <br>', '*Emplacement*. Waterloo, Canada <br>', '*Date*. 19/03/2026<br>', '[Diapositives](uw.pdf)', ''];

  it('is read on that day, titled by the event and the talk', () => {
    expect(brief(page('*Date*. 04/05/2026'), 2026, 7)).toEqual(['3 2026-05-04', '9 2026-03-19']);
    expect(readSessions(page('*Date*. 04/05/2026'), 2026, 7)[0]!.title).toBe('SHARK-FV26 — Workshop international — Titre. Subcell monolithic scheme');
  });

  it('is no confirmed talk when the field says it was put off', () => {
    expect(readSessions(page('*Date*. 04/05/2026, reporté à l’automne'), 2026, 7).map((s) => `${s.line} ${s.status}`)).toEqual(['6 cancelled', '9 confirmed']);
  });
});

// nathandalaine-ecom-journal-2019: a journal in a repository named for a later school year.
describe('a year the repository’s name gives, far after the file’s last commit', () => {
  const journal = ['# Remarque', '', 'Nous utilisons l’outil glo de gitkraken.', '', '# Semaine 16/09 - 22/09 Sprint 0', '', '- Présentation du projet', '', '# Semaine 23/09 - 29/09 Sprint 0', '', '- Etude des scénarios', '', '# Semaine 30/09 - 06/10 Sprint 1', '', '- Schéma de base de données', ''];
  const firstDays = (repositoryPath: string, committed: { year: number; month: number; day: number }) =>
    checkText('programme.md', journal.join('\n'), { language: 'en', timezone: 'Europe/Paris', referenceDate: () => committed, repositoryPath: () => repositoryPath })
      .programme.sessions.map(sessionToJson)
      .map((session) => session.days[0]);

  it('gives way to the commit’s year when it would put the journal’s days a year after it, kept as its weeks went', () => {
    expect(firstDays('2020-2021-ECOM-INFO5-G7/Journal_de_bord.md', { year: 2019, month: 10, day: 10 })).toEqual(['2019-09-16', '2019-09-23', '2019-09-30']);
  });

  it('is kept for a plan committed a few months before its days', () => {
    expect(firstDays('2020-2021-ECOM-INFO5-G7/Journal_de_bord.md', { year: 2020, month: 6, day: 10 })).toEqual(['2020-09-16', '2020-09-23', '2020-09-30']);
  });
});

// crnl-formation-python-2025: a day's talks between times that stand alone as items.
describe('a day’s list whose times stand alone between the talks they bound', () => {
  const page = (first: string) => ['## Programme', '', '**10 avril 2025**', '', `  * ${first}`, '  * **scipy_overview** Alexandre 30min', '  * **file_manipulation** Alexandre 45min', '  * 10h45', '  * pause', '  * 11h', '  * **pandas_base** Alexandre 45min', '  * 12h45', '  * pause déjeuner', '  * 13h45', '  * formation cluster', ''];

  it('reads each talk at its block’s hours, the breaks and the times alone no sessions', () => {
    expect(brief(page('9h30'), 2025, 4)).toEqual(['6 2025-04-10 09:30-10:45', '7 2025-04-10 09:30-10:45', '11 2025-04-10 11:00-12:45', '15 2025-04-10 13:45-']);
    expect(readSessions(page('9h30'), 2025, 4).map((s) => s.title)).toEqual(['scipy_overview Alexandre 30min', 'file_manipulation Alexandre 45min', 'pandas_base Alexandre 45min', 'formation cluster']);
  });

  it('is not laid out so when an item comes before the first time', () => {
    expect(brief(page('Accueil'), 2025, 4)).not.toContain('6 2025-04-10 09:30-10:45');
  });
});

// crnl-formation-python-2025: the programme's hours listed under their label after its days.
describe('a list of hours under its label after the days’ talks', () => {
  const page = (talks: string[]) => ['## Programme', '', '**11 avril 2025**', '', ...talks, '', 'Horaires:', ' * 9h30 - 10h45', ' * 11h00 - 12h45', ''];

  it('adds no slot to the last day', () => {
    expect(brief(page(['   * 9h30', '   * **sklearn** Jules 30min', '   * 10h45', '   * pause', '   * 11h', '   * **torch** Sam 20min', '   * 12h']), 2025, 4)).toEqual(['6 2025-04-11 09:30-10:45', '10 2025-04-11 11:00-12:00']);
  });

  it('still gives its hours to a day with no slot of its own', () => {
    expect(brief(['### Lundi 3 mars 2025', '', 'Horaires :', '', '- 9h - 12h', '- 14h - 17h', '', '### Mardi 4 mars 2025', '', '- 10h : visite', ''], 2025, 3)).toEqual(['5 2025-03-03 09:00-12:00', '6 2025-03-03 14:00-17:00', '10 2025-03-04 10:00-']);
  });
});
