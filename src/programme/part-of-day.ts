/*
 * A part of the day named in words where a clock hour could stand: a heading that labels the
 * day's slots below it (`## Après-midi`, `Matin :`), an agenda row's hours cell (`| En
 * soirée | Concert |`, `| Toute la journée | Excursion |`). A reader places what it holds
 * in that day, without hours.
 */

// Folded text (normaliseText): `matin`, `après-midi :`, `en soirée`, `toute la journée`, `en fin d'après-midi`, `midi`.
const PART_OF_DAY = /^(?:le |l'|en |dans l'|toute la |en fin de |fin de |en fin d'|fin d')?(?:matin|matinee|midi|apres[ -]?midi|soir|soiree|nuit|journee)\s*:?$/;

/** Whether folded text (normaliseText) names only a part of the day (`après-midi`, `en soirée :`, `toute la journée`). */
export function isPartOfDay(folded: string): boolean {
  return PART_OF_DAY.test(folded);
}
