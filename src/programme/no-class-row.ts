/*
 * A course calendar keeps the week a class does not meet as a row of its own, dated like the
 * others: `| 27 octobre | Semaine de lecture | Pas de cours |`, `| 28 octobre | Aucune
 * séance |`, `| Vendredi 10 octobre | Pas de cours, relâche |`, `| 1er févr. | cours levé |`,
 * `| 26 oct. | Semaine d'activités libres |`. A reader keeps that row as the weekly slot,
 * called off: the readers of the real documents mark every such row `cancelled`, as they do
 * a row that says `Annulé`. Only words that say no class meets: a holiday's name alone
 * (`Vacances`, `Férié`, `Congé`) is left as it is, since a programme's session may bear it
 * (`Stage vacances`, `Atelier du lundi férié`), and a `Pause` is a break inside a day.
 */

// Folded text (normaliseText): `pas de cours`, `aucune séance`, `pas d'atelier` (a lab's or
// club's weekly slot), `relâche`, `semaine de
// lecture` (the Québec reading week), `semaine d'activités libres`, `cours levé` or `suspendu`.
const NO_CLASS =
  /(?:^|[^a-z])(?:pas de (?:cours|seances?|classes?|repetitions?|permanences?)|pas d'(?:ateliers?|entrainements?)|aucune? (?:cours|seances?|classes?|ateliers?)|relache|semaine de lecture|semaine d'activites libres|cours (?:leve|suspendu)e?s?|reading week|no class(?:es)?)(?=$|[^a-z])/;

/** Whether a row's cell (folded text) says the class does not meet that day or week. */
export function saysNoClass(folded: string): boolean {
  return NO_CLASS.test(folded);
}

// Folded names of a week off that a session may bear too (`Stage vacances`): they mark a
// break only where the row is a week of a course's calendar (week-numbers.ts), never a
// row's session as cancelled.
const HOLIDAY = /(?:^|[^a-z])(?:vacances|conges?|ferie|break|holidays?|pause pedagogique|lecture week)(?=$|[^a-z])/;

/** Whether a week's row (folded text) says no class meets that week: no class (saysNoClass), or a holiday's name. */
export function saysWeekOff(folded: string): boolean {
  return NO_CLASS.test(folded) || HOLIDAY.test(folded);
}

// A cell that is a day off's name and nothing else (folded, markup and punctuation off):
// school holidays, a public holiday, or the feast that makes one (`_Vendredi saint_`,
// `_Ascension_`, `Vacances de printemps`). Unlike HOLIDAY above, the whole cell: a
// session that bears the word (`Stage vacances`) says more.
const DAY_OFF_NAME =
  /^(?:vacances(?: scolaires)?(?: d['e ] ?[a-z]+| de la toussaint| de noel| de paques)?|conges?(?: scolaires)?|(?:jour )?ferie|pont|vendredi saint|(?:lundi de )?paques|ascension|(?:lundi de )?pentecote|toussaint|noel|armistice|fete du travail|fete nationale|holidays?)$/;

/** Whether a cell (folded text) names a day off and nothing else: `Vacances`, `Ascension`, `Vendredi saint`. */
export function namesDayOff(folded: string): boolean {
  return DAY_OFF_NAME.test(folded.replace(/[^a-z' ]/g, ' ').replace(/\s+/g, ' ').trim());
}
