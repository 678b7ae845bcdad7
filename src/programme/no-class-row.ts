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
// Not one kind of class only (`Rencontres individuelles — aucun cours magistral`, `pas de
// cours en présentiel`): the row says what meets instead.
const NO_CLASS =
  /(?:^|[^a-z])(?:pas de (?:cours|seances?|classes?|repetitions?|permanences?)|pas d'(?:ateliers?|entrainements?)|aucune? (?:cours|seances?|classes?|ateliers?)|relache|semaine de lecture|semaine d'activites libres|cours (?:leve|suspendu)e?s?|reading week|no class(?:es)?)(?! (?:magistra|theorique|en presentiel|en classe|en salle))(?=$|[^a-z])/;

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
const DAYS_OFF = new Set(['vacances', 'vacances scolaires', 'relache', 'relaches', 'semaine de relache', 'conge', 'conges', 'conges scolaires', 'ferie', 'jour ferie', 'pont', 'holiday', 'holidays',
  // A course's calendar marks where its classes stop (`| | | | **FIN DES COURS** |`, `**INTERRUPTION DE COURS**`): the weeks after it hold no class.
  'fin des cours', 'interruption de cours', 'interruption des cours']);
// The feasts that make a day off. A workshop may take one for its theme (`| Noël |` under
// `Atelier bricolage (14h - 16h)`): only every slot of the row saying it makes it the day off.
const FEASTS = new Set([
  'vendredi saint', 'paques', 'lundi de paques', 'ascension', 'pentecote', 'lundi de pentecote', 'toussaint',
  'noel', 'armistice', 'fete du travail', 'fete nationale',
]);
// How many words may name which holidays after `vacances` (`de la Toussaint`, `d'hiver`, `scolaires de printemps`).
const HOLIDAYS_NAME_WORDS = 3;

/**
 * What a cell (folded text) names when it is a day off and nothing else: holidays
 * (`Vacances`, `Férié`), or a feast (`Ascension`, `Vendredi saint`); undefined otherwise.
 */
export function namesDayOff(folded: string): 'holidays' | 'feast' | undefined {
  // `Vacances ?`: a day off not settled, which the calendar keeps as written.
  if (folded.includes('?')) return undefined;
  const words = folded.replace(/[^a-z]+/g, ' ').trim();
  if (DAYS_OFF.has(words)) return 'holidays';
  if (FEASTS.has(words)) return 'feast';
  const rest = words.split(' ');
  return rest[0] === 'vacances' && rest.length - 1 <= HOLIDAYS_NAME_WORDS && ['de', 'd', 'scolaires'].includes(rest[1] ?? '') ? 'holidays' : undefined;
}
