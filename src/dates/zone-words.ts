/*
 * The words that name a programme's time zone after a time (`23h59 heure de Paris`, `20h
 * heure locale`, `14h heure française`): the zone is the programme's own (the `timezone`
 * setting), so a reader reads the time and passes over them. One list for the hours grammar
 * (french-hours.ts) and the reading of where hours end in a line (hours-extent.ts).
 */

/** The place or kind of time after `heure` (`heure de Paris`, `heure locale`), folded: no accent, lower case. */
export const ZONE_PLACES = ['paris', 'france', 'francaise', 'locale', 'legale'] as const;

/** The same words as a pattern that reads them with or without their accents (`française`, `légale`). */
export const ZONE_PLACES_PATTERN = ZONE_PLACES.map((word) => word.replace('caise', '[c\u00e7]aise').replace('egale', '[e\u00e9]gale')).join('|');
