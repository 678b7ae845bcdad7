/*
 * A session found outside a schedule table (a dated heading, an agenda row, a dated list
 * item, a log entry) before its date is given a year. Slots (agenda rows, timed items)
 * take the day of the dated heading or item they sit under.
 */
import type { Position } from 'unist';
import type { DatedLine } from '../dates/dated-line.js';
import type { TimeSlot } from '../dates/types.js';
import type { SessionSource } from './model.js';
import { splitAtNonLetters } from '../dates/letters.js';
import { isUnsettledRemark } from '../dates/french-dates.js';
import { normaliseText } from '../dates/normalise-text.js';

/** Hours read for a draft, with the text and place that wrote them. */
export interface DraftHours {
  text: string;
  position: Position;
  slots: TimeSlot[];
  /**
   * The weekday (1 Monday … 7 Sunday) the hours are said for, when a page gives them as a
   * weekday's habit (`Répétitions les mardis de 18h à 19h30`): a session on another day of
   * the week (a concert on a Sunday) does not take them.
   */
  weekday?: number;
  /** Hours and their weekday a list's lead line gives its items (list-hours-above.ts): the items' days are that weekday's, as if each wrote it, to find their year. */
  ledList?: true;
  /**
   * For hours a page gives one kind of class (`**Cours magistral:** Lundi 15h15 - 16h45`,
   * series-hours.ts): the label names whose they are, so a session of that kind on another
   * weekday is checked against it even when none falls on it.
   */
  byKind?: true;
  /**
   * Hours that end before they start (`17h30 - 16h30`): the slot is listed without hours and
   * the reading reports them (end-before-start), with the two times at fault.
   */
  endsBeforeStart?: string;
}

/** One dated heading, agenda slot, list item or log entry, before years are known. */
export interface SessionDraft {
  source: SessionSource;
  title: string;
  /** The heading, row, item or line that holds it. */
  position: Position;
  /** The date it writes itself (a day heading, a dated item, a log entry), and where. */
  dated?: { line: DatedLine; position: Position };
  /** For a slot: the dated draft whose day it takes. */
  day?: SessionDraft;
  hours?: DraftHours;
  /** Where it takes place, from an agenda's place column (`| Lieu |`), with where it is written. */
  place?: { text: string; position: Position };
  /** For a cell of a grid of parallel tracks: its track's header (`Salle A`, `Séance 2`). */
  track?: string;
  /**
   * A week of slots the page gives (`- Cours : mercredi 10h45-12h45`, `- TP/TD : vendredi
   * 11h-13h`, weekday-slots.ts), for a one-day draft that writes no weekday: it takes the
   * slot of its day's weekday once the day's year is known, if it has no hours of its own.
   */
  weekdaySlots?: Map<number, DraftHours>;
  /**
   * For a series held every week over a period (weekly-series.ts): the weekday (1 Monday …
   * 7 Sunday) of its meetings; its days are that weekday's within the period it writes.
   */
  weekly?: number;
  /** For a dated list item: the offset where its list begins (Session.listStart). */
  listStart?: number;
  /** For a list item that opens with the group it is for (Session.groupItem). */
  groupItem?: true;
  cancelled: boolean;
  /** How many slots take this draft's day: a dated draft with slots is the day, not a session. */
  slots: number;
  /** A timed heading whose sub-headings are the sessions (`### 10h30-12h30` over `#### Session #1`). */
  group?: boolean;
  /** An undated programme block's day, taken from a date written elsewhere: only a day, never a session. */
  borrowed?: boolean;
  /**
   * A label that names a weekday its week does not hold (`### Samedi` under `## Semaine du
   * 16 au 20 mars`): the label, the week (`du 16 au 20 mars`) and where the weekday is
   * written. Never a session; what it holds has no day either.
   */
  outsideWeek?: { label: string; week: string; position: Position };
  /**
   * A session announced in a sentence (announced-sessions.ts), and whether the sentence
   * settles its day; `cancels`: it only cancels the session listed on its day.
   */
  announced?: 'confirmed' | 'tentative' | 'cancels';
  /** An announced session dated by a field that says when (`Date : 28 novembre 2019 à 18:00`), not by an announcing word. */
  whenField?: true;
  /**
   * A date alone in a list of facts (`* SAE Dolibarr`, `* KERMARREC Gaëtan`, `* 05/11/2024`,
   * read-dated-lists.ts): the day of the slots below it, if any take it; else no session
   * when a session of the page falls on its day (the day a journal began).
   */
  factCard?: boolean;
  /**
   * For a dated heading: the other day its line of hours opens with (`## Session 7 - 24 avril
   * 2020` over `Vendredi 20 mars de 9h00 à 11h30`), as written and where (section-hours.ts).
   */
  restatedDay?: { text: string; position: Position };
  /**
   * The period a day lies in, which is then a period, not a session: the week a weekday
   * label names a day of (`- **Mardi** : atelier` under `## Semaine du 16 mars`), or the
   * span of the page or heading over an agenda that names each of its days in a cell (`|
   * **22 septembre** | 8h30 - 10h30 |`, read-day-agendas.ts).
   */
  inPeriod?: SessionDraft;
  /**
   * For an event card's date line (`<p>Jeu, 05 Jan. | Trier</p>` over `<h2>Titre</h2>`): the
   * heading below it that titles it. The card is in the part of the page its heading is
   * in, with the other cards, not in the part of the card above it.
   */
  titledBy?: Position;
}

// `ANNULÉ`, `ANNULATION !`, `reporté`, `Fermé.`: how people cancel outside a table. Whole
// words, accents kept: `ferme` without its accent is a verb (`le lab ferme à 18h`).
const CANCELLING_WORDS = new Set([
  'annulé', 'annulée', 'annulés', 'annulées', 'annule', 'annulation', 'reporté', 'reportée', 'reportés', 'reportées', 'fermé', 'fermée',
]);

// `(pas eu lieu, conflit avec 1 réunion)`: a log's remark that the session did not take place,
// opening a bracket or a clause of its own. Inside a sentence it may be a condition (`en cas de
// pluie, la sortie n'aura pas lieu`), a habit or a thank-you (`sans qui il n'aurait pas eu lieu`).
const DID_NOT_TAKE_PLACE = /(?:^|[([:;\u2013\u2014-]\s?)pas eu lieu(?![\p{L}])/iu;

/** Whether a line's words say the session will not take place. */
export function saysCancelled(text: string): boolean {
  return splitAtNonLetters(text.normalize('NFC').toLowerCase()).some((word) => CANCELLING_WORDS.has(word)) || DID_NOT_TAKE_PLACE.test(text);
}

// `~~PSE1 du 19 au 23 février~~ terminée`: the strike marks a training that is over, not one
// called off. Whole words, as for the cancelling ones.
const FINISHED_WORDS = new Set([
  'terminé', 'terminée', 'terminés', 'terminées', 'fini', 'finie', 'finis', 'finies', 'passé', 'passée', 'effectué', 'effectuée', 'réalisé', 'réalisée',
]);

/** Whether a struck line says its session is over rather than called off (`~~Stage du 15 au 19 avril~~ terminé`). */
export function saysFinished(text: string): boolean {
  return splitAtNonLetters(text.normalize('NFC').toLowerCase()).some((word) => FINISHED_WORDS.has(word)) && !saysCancelled(text);
}

// A grid's cell that says its room is free in that slot: no session.
const NOTHING_PLANNED = new Set(['rien de programm\u00e9', 'rien de pr\u00e9vu', 'libre', 'aucune activit\u00e9', 'aucune s\u00e9ance']);

/**
 * A slot that only marks when the one before it ends (`| 12h30 | fin |`) or holds nobody
 * (`| 15h15 | -- |`, an empty cell, `Rien de programmé`): a reader does not put it in a calendar.
 */
export function isNoSlot(title: string): boolean {
  let text = title.normalize('NFC').trim().toLowerCase();
  // The closing stops, and the space French typography puts before `!`, taken off by hand:
  // a `[.!\s]+$` pattern retries its run from every stop of a long one.
  while (text.endsWith('.') || text.endsWith('!')) text = text.slice(0, -1).trimEnd();
  return text === '' || /^[-\u2013\u2014_.?]+$/.test(text) || text === 'fin' || NOTHING_PLANNED.has(text);
}

/**
 * Whether a slot's title closes on a mark that the session is not settled (`19h - chorale
 * (à confirmer)`, `22h30 - concert - à confirmer`, `TBC`): a reader lists it as tentative,
 * as a date so marked is. The mark is the words after the title's last bracket, dash, comma
 * or colon, and the same phrases as a date's (french-dates.ts): `(lieu à confirmer)` leaves
 * the session itself settled.
 */
export function saysUnsettled(title: string): boolean {
  const folded = normaliseText(title);
  // Closing marks set aside by a walk from the end (`[.!*)\s]+$` backtracks on long runs).
  let end = folded.length;
  while (end > 0 && ' .!*)'.includes(folded[end - 1]!)) end--;
  const body = folded.slice(0, end);
  const cut = Math.max(...['(', '-', ',', ':'].map((mark) => body.lastIndexOf(mark)));
  return isUnsettledRemark(body.slice(cut + 1).trim());
}

// A question mark right after a slot's hours, alone or bracketed, before its title (`### 11h-12h ? Rétrospective`, `19h-20h (?) : l'atelier`).
const UNSURE_OPENING = /^\s{0,3}\(?\?\)?\s{0,3}:?\s{0,3}(?=\S)/;

/**
 * A slot's title without the question mark that opens it right after its hours (`? Rétrospective`
 * of `### 11h-12h ? Rétrospective`, `(?) : l'atelier`), or undefined when it opens with none: the
 * writer is not sure of those hours, and a reader lists the slot as tentative.
 */
export function withoutUnsureOpening(title: string): string | undefined {
  const found = UNSURE_OPENING.exec(title);
  return found ? title.slice(found[0].length) : undefined;
}
