/*
 * The contradictions a careful reader sees wherever a coordinator writes them, not only in
 * a schedule table's dates cell: by class, each with the variants other coordinators
 * write, beside the real documents that showed them (tests/fixtures/real:
 * nsi-parc-seance-2021-03-03, sjp-prepa-calendrier-2018-19, atelier-sig-artac-2025,
 * hnu6052-plan-atelier-2023, lmac-seminar-2017-11-23). Each class has a counter-example
 * that must stay quiet.
 */
import { describe, expect, it } from 'vitest';
import { check, table } from '../helpers/read.js';

const alarms = (text: string) =>
  check(text)
    .diagnostics.filter((d) => d.severity !== 'info')
    .map((d) => `${d.rule}@${d.line}`);

describe('a weekday that does not fit its date, wherever the date is written', () => {
  it('in a heading whose date writes no year, the year given by the front matter', () => {
    const text = '---\ntitle: séance du 03/03/2021\n---\n\n# Correction du QCM\n\n# Travail à faire pour le jeudi 10/03\n\n* Préparer l’exercice 2.\n';
    expect(alarms(text)).toEqual(['weekday-mismatch@7']);
    expect(alarms(text.replace('jeudi 10/03', 'mercredi 10/03'))).toEqual([]);
  });

  it('at both ends of a range written in a sentence (`Mardi 20-Mercredi 21 février 2019`)', () => {
    const text = '# Prépa 2018-2019\n\n### Le voyage à Bruxelles\n\nA titre indicatif : Mardi 20-Mercredi 21 février 2019\n';
    // Both ends are wrong: each is said.
    expect(alarms(text)).toEqual(['weekday-mismatch@5', 'weekday-mismatch@5']);
    expect(alarms(text.replace('Mardi 20-Mercredi 21', 'Mardi 19-Mercredi 20'))).toEqual([]);
  });

  it('in the second date of a sentence that writes two', () => {
    const text = '# Stage 2025\n\nLe stage a lieu du lundi 3 au mercredi 5 mars 2025, puis le vendredi 10 avril 2025 pour la restitution.\n';
    expect(alarms(text)).toEqual(['weekday-mismatch@3']);
    expect(alarms(text.replace('vendredi 10 avril', 'jeudi 10 avril'))).toEqual([]);
  });

  it('in a cell of a table that is no schedule (a remark in a table of steps)', () => {
    const text = '# Projet 2025\n\n' + table('Étape | Remarque', 'Rapport | à rendre le vendredi 11 décembre 2025 au plus tard');
    expect(alarms(text)).toEqual(['weekday-mismatch@5']);
    expect(alarms(text.replace('vendredi 11', 'jeudi 11'))).toEqual([]);
  });

  it('in a sentence that writes no year, given the year of the sessions around it', () => {
    const schedule = table('Séance | Date', 'Cours 1 | 3 mars 2025', 'Cours 2 | 10 mars 2025', 'Cours 3 | 17 mars 2025');
    expect(alarms(`# Cours\n\n${schedule}\nLes inscriptions ferment le mardi 12 mars.\n`)).toEqual(['weekday-mismatch@9']);
    expect(alarms(`# Cours\n\n${schedule}\nLes inscriptions ferment le mercredi 12 mars.\n`)).toEqual([]);
  });

  it('says nothing when no year is known for a date that writes none', () => {
    expect(alarms('# Devoirs\n\n# Travail à faire pour le jeudi 10/03\n')).toEqual([]);
  });

  it('says nothing when the weekday fits one of the years the document points to', () => {
    // The sessions were kept from 2022; the front matter and the sentence are of 2023.
    const text = '---\ndate: 2023-10-22\n---\n\n## Séances\n\n### Séance 1 - vendredi 30 septembre 2022\n\n### Séance 2 - vendredi 7 octobre 2022\n\n## Accueil\n\nNotre premier cours aura lieu jeudi 26 octobre à partir de 8h30.\n';
    expect(alarms(text).filter((alarm) => alarm.startsWith('weekday-mismatch'))).toEqual([]);
  });
});
