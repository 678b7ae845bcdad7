/*
 * The words that make a date or a time a deadline or a bound of a period rather than a
 * session's: `avant le 30 juin`, `au plus tard 18h`, `date limite`, `jusqu'au 29 mai`, `à
 * partir du 3 mars`, `dès le`, `depuis le`, `rendu du TP`, `à remettre`. Several readers ask
 * whether a text says so, each in its own place: the end of the words before a date or a
 * time, anywhere in a sentence, a title's start. They share these words, so that a word a
 * reader learns is learnt by each; each reader keeps its own anchoring and picks the
 * groups it needs (a reader of a heading's closing date takes the bounds of a period, not
 * the deadlines, since a hand-in heading is a session).
 *
 * Every group is written for folded text (normaliseText: no accents, lower case, `'` for
 * every apostrophe), as regex sources without a quantified group, so that the patterns
 * built from them keep a star height of 1.
 */


/** Prepositions that set a deadline on the date or time after them: `avant 17h`, `d'ici le 2 décembre` (before a date, with its article: beforeADate). */
export const DEADLINE_PREPOSITIONS = ['avant', "d'?ici"];

/** Phrases that say a deadline by themselves, whatever follows them: `au plus tard`, `date limite`, `dates limites`. */
export const DEADLINE_PHRASES = ['au plus tard', 'dates? limites?'];

/**
 * `limite` alone (`Limite 18h`, `Limite : 3 mai`): a deadline when a time or a date follows
 * it or in a short aside, but in a sentence it is as often a count (`nombre de places limité`).
 */
export const LIMIT = 'limite';

/** Words that end a period on the date or time after them: `jusqu'au 29 mai`, `jusqu'à 17h`, with or without the apostrophe. */
export const UNTIL = ["jusqu'? ?au", "jusqu'? ?a"];

/**
 * Words that open a period on the date after them: `à partir du`, `à compter du`, `dès le`,
 * `depuis le`. With their article only: bare, they as often start a time (`dès 8h`). Not
 * `après le`: in a sentence it as often names what comes before (`après le concert`).
 */
export const FROM_A_DATE = ['a partir du', 'a compter du', 'des le', 'depuis le'];

/** What must be handed in, as a verb: `à rendre`, `à remettre`. */
export const HAND_IN_VERBS = ['a rendre', 'a remettre'];

/** Nouns of a deadline: `deadline`, `échéance`. */
export const DEADLINE_NOUNS = ['deadlines?', 'echeances?'];

/**
 * Nouns of a hand-in: `rendu du TP`, `remise du rapport`. They also name events
 * (`remise des prix`, `présentation des rendus`), so a sentence that holds them is not a
 * deadline for that alone: they count where a hand-in is looked for (a title's start, an aside).
 */
const HAND_IN_NOUNS = ['rendus?', 'remises?'];

/** Every word of a hand-in: its nouns, verbs and a deadline's nouns. */
export const HAND_IN = [...HAND_IN_NOUNS, ...HAND_IN_VERBS, ...DEADLINE_NOUNS];

// The article that ties a preposition to the date after it: `avant le`, `d'ici la fin`, `d'ici au 3 mai`.
const DATE_ARTICLE = "(?:le|la|l'|au)";

/** Prepositions as they stand before a date, with its article: `avant le`, `d'ici le` (`l'` is left out: a word, not a date, follows it). */
export function beforeADate(prepositions: string[]): string[] {
  return prepositions.map((preposition) => `${preposition} (?:le|au)`);
}

/** The regex source that finds any of the phrases anywhere in a folded text, as whole words (to join a site's own alternatives). */
export function wordsAnywhereSource(phrases: string[]): string {
  return String.raw`(?:^|[^a-z])(?:${phrases.join('|')})(?![a-z])`;
}

/** Whether a folded text holds any of the phrases, as whole words, anywhere (a sentence, an aside). */
export function wordsAnywhere(phrases: string[]): RegExp {
  return new RegExp(wordsAnywhereSource(phrases));
}

/**
 * Whether a folded text ends with one of the phrases (the words right before a date or a
 * time): a colon may follow them (`Date limite : 3 mai`), and with `article` a date's
 * article too (`avant le`, `jusqu'au`, `date limite le`).
 */
export function wordsAtEnd(phrases: string[], article = false): RegExp {
  return new RegExp(String.raw`(?:^|[^a-z])(?:${phrases.join('|')})${article ? `(?: ${DATE_ARTICLE})?` : ''}\s?:?\s*$`);
}

/** Whether a folded text opens with one of the phrases, as whole words (a title that is the hand-in: `Rendu du rapport`). */
export function wordsAtStart(phrases: string[]): RegExp {
  return new RegExp(String.raw`^(?:${phrases.join('|')})(?![a-z])`);
}

/**
 * The words before a date that make it a deadline or the end of a period (`avant le`,
 * `jusqu'au`, `date limite :`), not a day a page is about. Not `à partir du`, `dès le`: the
 * one day they open is as often the event's (`À partir du samedi 15 mars à 9h, le lycée ouvre ses portes`).
 */
export const BOUND_OR_DEADLINE_BEFORE: RegExp = wordsAtEnd([...DEADLINE_PREPOSITIONS, ...DEADLINE_PHRASES, LIMIT, ...UNTIL], true);

// Folded words about registering or booking (`inscription`, `réservez`, `billetterie`): a day they name is a registration's, not the event's.
const REGISTERING_WORDS = ['inscri\\w*', 'reserv\\w*', 'billetterie'];

/** Whether a folded text holds a word about registering (REGISTERING_WORDS) anywhere. */
export const REGISTERING: RegExp = wordsAnywhere(REGISTERING_WORDS);

/** Whether a label (folded) says how long an offer holds (`Validité :`, `Offre valable :`): the period it may be taken in, no session. */
export const NAMES_AN_OFFER_WINDOW: RegExp = wordsAnywhere(['validite', 'valables?']);
