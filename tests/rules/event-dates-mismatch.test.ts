/*
 * A named event dated in its own place and in the plan's rows (a Sorbonne course page:
 * `### Contrôle continu` over `- Dates: 19/10; 30/11`, the plan marking it on 19/10 and
 * 07/12, gastaldi-sorbonne-l5soreco-2026); the variants are how other course and project
 * pages date their exams and defences.
 */
import { describe, expect, it } from 'vitest';
import { check, table } from '../helpers/read.js';

function found(text: string): number[] {
  return check(text)
    .diagnostics.filter((d) => d.rule === 'event-dates-mismatch')
    .map((d) => d.line ?? 0);
}

const plan = table('Séance | Date | Thème | TD', '6 | 19/10 | Graphes | Contrôle continu', '11 | 30/11 | Catégories | ', '12 | 07/12 | Ologs | Contrôle continu');

describe('event-dates-mismatch', () => {
  it('`Dates:` under the heading that names the event, a row moved to another day: reported on the dates line', () => {
    expect(found(`# Cours 2026\n\n### Contrôle continu\n\n- Dates: 19/10; 30/11\n\n## Programme\n\n${plan}`)).toEqual([5]);
  });

  it('a bold label that names the event (`- **Partiel** : 12/03`), the row on 19/03', () => {
    const rows = table('Date | Séance', '05/03 | Cours 5', '19/03 | Partiel', '26/03 | Cours 6');
    expect(found(`# Cours 2026\n\n## Évaluation\n\n- **Partiel** : 12/03\n- Projet : à rendre\n\n${rows}`)).toEqual([5]);
  });

  it('two days in words (`Soutenances : 4 et 5 juin`), the rows on 4 and 6 June', () => {
    const rows = table('Date | Étape', '28 mai | Rendu', '4 juin | Soutenances', '6 juin | Soutenances');
    expect(found(`# Projet 2026\n\n- Soutenances : 4 et 5 juin\n\n${rows}`)).toEqual([3]);
  });

  it('the same days on both sides, or a plan that marks only some of them: nothing is reported', () => {
    expect(found(`# Cours 2026\n\n### Contrôle continu\n\n- Dates: 19/10; 07/12\n\n${plan}`)).toEqual([]);
    expect(found(`# Cours 2026\n\n### Contrôle continu\n\n- Dates: 19/10; 07/12; 14/12\n\n${plan}`)).toEqual([]);
    expect(found(`# Cours 2026\n\n### Contrôle continu\n\n- Dates: 19/10\n\n${plan}`)).toEqual([]);
  });

  it('a label that only says when (`- Date : 30/11`, under no heading naming an event), or names what every row is (`- Cours : 30/11`), is not compared', () => {
    expect(found(`# Cours 2026\n\n- Date : 30/11\n\n${plan}`)).toEqual([]);
    const lessons = table('Date | Séance', '14/09 | Cours 1', '21/09 | Cours 2');
    expect(found(`# Cours 2026\n\n- Cours : 07/09\n\n${lessons}`)).toEqual([]);
  });
});
