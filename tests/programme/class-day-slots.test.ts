/*
 * The slots a course page gives each kind of class once, one labelled line each, above its
 * plan (`**Cours Magistraux:** Lundis 14h-16h`, `**Travaux dirigés :** Lundis 16h-18h`):
 * a dated row on the weekday all the classes meet takes every slot of that day. Shown by a
 * Sorbonne course page (gastaldi-sorbonne-l5soreco-2026); the variants are the other ways
 * course pages write them (UQAM's `* Cours : Jeudi, 15h00 - 18h00`, lists of `CM :` and
 * `TD :`, an EPFL page's `Exercices : ...`).
 */
import { describe, expect, it } from 'vitest';
import { check, table } from '../helpers/read.js';
import { sessionToJson } from '../../src/report/session-json.js';

const plan = table('Séance | Date | Thème', '1 | 14/09 | Introduction', '2 | 21/09 | Logique', '3 | 23/09 | Sortie');

function slots(text: string): string[] {
  return check(text)
    .programme.sessions.map(sessionToJson)
    .map((s) => `${s.days.join(' ')} ${s.times.map((t) => `${t.label ? `${t.label} ` : ''}${t.start}-${t.end ?? ''}`).join(', ')}`.trim());
}

describe('the slots of each kind of class, written once above the plan', () => {
  it('bold labels over a line each, both on Mondays: every Monday row takes both slots, labelled; a Wednesday row stays all day', () => {
    const text = `# Cours 2026\n\n## Organisation\n\n**Cours Magistraux:**\nLundis 14h-16h, Malesherbes C220\n\n**Travaux dirigés :**\nLundis 16h-18h, Malesherbes C220\n\n## Programme\n\n${plan}`;
    expect(slots(text)).toEqual([
      '2026-09-14 Cours Magistraux 14:00-16:00, Travaux dirigés 16:00-18:00',
      '2026-09-21 Cours Magistraux 14:00-16:00, Travaux dirigés 16:00-18:00',
      '2026-09-23',
    ]);
  });

  it('a list of `CM :` and `TD :` with an article and words between the hours', () => {
    const text = `# Cours 2026\n\n- CM : le lundi de 9h à 10h30\n- TD : le lundi de 10h45 à 12h15\n\n${plan}`;
    expect(slots(text).slice(0, 2)).toEqual(['2026-09-14 CM 09:00-10:30, TD 10:45-12:15', '2026-09-21 CM 09:00-10:30, TD 10:45-12:15']);
  });

  it('one class on one weekday (`* Cours : Lundi, 15h00 - 18h00`): its rows take that slot, unlabelled', () => {
    const text = `# Cours 2026\n\n* Horaire du groupe 040 :\n    * Cours : Lundi, 15h00 - 18h00, PK-R610\n\n${plan}`;
    expect(slots(text)).toEqual(['2026-09-14 15:00-18:00', '2026-09-21 15:00-18:00', '2026-09-23']);
  });

  it('office hours written the same way are not a class: `Disponibilité : Lundi, 08h00 - 09h30` gives no slot', () => {
    const text = `# Cours 2026\n\n* Cours : Lundi, 09h30 - 12h30\n* Disponibilité sans rendez-vous : Lundi, 08h00 - 09h30\n\n${plan}`;
    expect(slots(text).slice(0, 2)).toEqual(['2026-09-14 09:30-12:30', '2026-09-21 09:30-12:30']);
  });

  it('classes on two weekdays leave the row of a week unsure which meeting it is: no slot is given', () => {
    const text = `# Cours 2026\n\nHoraire :\n  * Cours magistral : Lundi 18h à 21h - Local à venir\n  * Laboratoire: Vendredi 18h à 20h\n\n${plan}`;
    expect(slots(text)).toEqual(['2026-09-14', '2026-09-21', '2026-09-23']);
  });
});
