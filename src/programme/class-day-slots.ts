/*
 * The slots a course page gives its classes once, one labelled line per kind of class, in
 * its practical information: `**Cours Magistraux:** Lundis 14h-16h` and `**Travaux dirigés
 * :** Lundis 16h-18h`, `* Cours : Jeudi, 15h00 - 18h00`, `- CM : le mardi de 10h à 12h`.
 * When every class the page names meets on one weekday, a dated row of its plan on that
 * weekday is that day's meeting: a reader gives it every slot of that weekday, each with
 * its label when there are several (the lecture, then the tutorial). When the classes meet
 * on several weekdays (`Cours magistral : Mercredi 18h à 21h` and `Laboratoire : Vendredi
 * 18h à 20h`), a row of the plan stands for a week that holds both, and its date says not
 * which meeting it is: no slot is given.
 *
 * Only labels that name a class count (`Cours`, `CM`, `TD`, `TP`, `Travaux dirigés`,
 * `Atelier`, `Laboratoire`, `Séminaire`, `Exercices`), or the course's `Horaire`: office hours written the same way
 * (`Disponibilité sans rendez-vous : Jeudi, 08h00 - 09h30`, `Permanence : mardi 12h-14h`)
 * are not a meeting of the course.
 */
import { parseFrenchHours } from '../dates/french-hours.js';
import type { TimeSlot } from '../dates/types.js';
import type { CourseDay, CourseWeekFacts } from './course-week-facts.js';
import type { DraftHours } from './session-drafts.js';
import type { SourceText } from './source-text.js';

// Folded label words that name a kind of class (a label made only of others, such as
// `disponibilite` or `permanence`, names something else that meets on a weekday).
const CLASS_LABEL = new Set([
  'cours', 'cm', 'td', 'tp', 'tds', 'tps', 'travaux', 'magistral', 'magistraux', 'atelier', 'ateliers', 'laboratoire', 'laboratoires',
  'labo', 'labos', 'seance', 'seances', 'seminaire', 'seminaires', 'exercices', 'tutorat', 'conference', 'conferences', 'lecture', 'lectures',
  'tutorial', 'tutorials', 'lab', 'labs', 'class', 'classes',
  // The course's own timetable (`Horaire : mercredi 13h30-16h30`, `| **Plage horaire** | **Jeudi, 15h30 à 18h20** |`).
  'horaire', 'horaires',
]);

/** Whether a course day's label names a kind of class (`Cours Magistraux`, `Travaux dirigés`, `TD`). */
function namesAClass(day: CourseDay): boolean {
  return day.label.some((word) => CLASS_LABEL.has(word));
}

/**
 * The slots of the one weekday every class of the page meets on (see above), each from a
 * labelled line that writes a range of hours; undefined when the classes meet on several
 * weekdays or no labelled line writes hours.
 */
export function classDaySlots(facts: CourseWeekFacts, source: SourceText): { weekday: number; hours: DraftHours } | undefined {
  // Weekdays said with a label of something else (office hours) are not the classes'.
  const classes = facts.days.filter((day) => day.classes && (day.label.length === 0 || namesAClass(day)));
  const weekdays = new Set(classes.map((day) => day.weekday));
  if (weekdays.size !== 1) return undefined;
  const timed = classes.filter((day) => day.hours !== undefined && namesAClass(day));
  const seen = new Set<string>();
  const lines: Array<{ day: CourseDay; slot: TimeSlot }> = [];
  for (const day of timed) {
    const parsed = parseFrenchHours(day.hours!);
    const slot = parsed.ok && parsed.slots.length === 1 ? parsed.slots[0]! : undefined;
    const key = day.hours!.replace(/\s+/g, '');
    if (!slot || seen.has(key)) continue;
    seen.add(key);
    lines.push({ day, slot });
  }
  if (lines.length === 0) return undefined;
  lines.sort((a, b) => a.slot.start.hour * 60 + a.slot.start.minute - (b.slot.start.hour * 60 + b.slot.start.minute));
  const labelled = lines.length > 1;
  const slots = lines.map(({ day, slot }) => (labelled && day.labelText ? { ...slot, label: day.labelText } : slot));
  const first = lines[0]!.day;
  const position = first.where ? source.find(first.where, first.hours!) : undefined;
  if (!position) return undefined;
  return { weekday: [...weekdays][0]!, hours: { text: lines.map(({ day }) => day.hours!).join(', '), position, slots } };
}
