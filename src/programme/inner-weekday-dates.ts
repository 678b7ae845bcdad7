/*
 * Items that name a place or an event first, then its day with its weekday inside the
 * sentence: a tour's stops (`* Wavre, à la Gare le mardi 17/10 à partir de 16h,`, `* Namur,
 * à la Gare le mercredi 18/10 pendant le temps de midi,`). No item opens or closes with its
 * date, but each writes one day a reader can date, and the list is the tour's calendar.
 * Only a list most of whose items (three at least) write one such day: a sentence that
 * names a weekday and a date in passing is not a session. Written by hand over the date
 * grammar's tokens, as invited-days.ts is.
 */
import { namesARecord } from '../dates/dated-item.js';
import type { DatedLine } from '../dates/dated-line.js';
import { weekdayFromWord } from '../dates/french-months.js';
import { normaliseText } from '../dates/normalise-text.js';
import { tokenize } from '../dates/tokenize.js';
import { dayAt } from './invited-days.js';
import { trimMarks } from './trim-marks.js';

/**
 * Folded words of a state or of what befell something on a day, before it (`trouvé le lundi
 * 7/10`, `absent le mardi 8/10`): the day is when it happened, not when to come.
 */
export const STATE_WORDS: ReadonlySet<string> = new Set([
  'trouve', 'trouvee', 'trouves', 'trouvees', 'perdu', 'perdue', 'perdus', 'perdues', 'absent', 'absente', 'absents', 'absentes',
  'present', 'presente', 'presents', 'presentes', 'malade', 'malades', 'vu', 'vue', 'vus', 'vues', 'ne', 'nee', 'decede', 'decedee',
  'recu', 'recue', 'envoye', 'envoyee', 'publie', 'publiee', 'inscrit', 'inscrite', 'arrive', 'arrivee', 'parti', 'partie',
  'oublie', 'oubliee', 'ferme', 'fermee', 'paye', 'payee', 'signe', 'signee', 'valide', 'validee', 'modifie', 'modifiee', 'rendu', 'rendue', 'remis', 'remise',
]);

// A clock time anywhere in an item (`à 20h30`, `18:00`): a recording has none, an evening does.
const CLOCK = /\d{1,2} ?[h:]\d{0,2}/;

// How many items of a short list (SHORT_LIST items at most) must write one day with its weekday and year inside them.
const SHORT_LIST_DATES = 2;
const SHORT_LIST = 3;
// How many items of a list must write one day with its weekday inside them.
const INNER_DATE_ITEMS = 3;

/** The one day with its weekday an item's text writes after its first words (`… le mardi 17/10 …`), undefined when it writes none or several. */
export function innerWeekdayDate(text: string): DatedLine | undefined {
  const toks = tokenize(text);
  let found: DatedLine | undefined;
  for (let k = 1; k < toks.length; k++) {
    const t = toks[k]!;
    if (t.kind !== 'word' || weekdayFromWord(t.text) === undefined) continue;
    const day = dayAt(toks, k, text);
    if (!day || day.expression.mentions[0]?.weekday === undefined) continue;
    // `Jeudi 14 Novembre, Jeudi 21 Novembre`, or a second day further on: several days, no stop's one.
    if (found || day.expression.kind !== 'single') return undefined;
    found = day;
    while (k + 1 < toks.length && (toks[k + 1]!.from ?? 0) < day.end) k++;
  }
  if (!found) return undefined;
  // What comes before the day names the stop (`Wavre, à la Gare`), its link word and marks aside.
  const before = withoutTrailingLink(text.slice(0, found.start));
  // `Parapluie noir, trouvé le lundi 7/10`, `M. Dupont, absent le lundi 7/10`: a thing or a
  // person in a state on that day, no stop of a tour.
  // `Vidéo du mardi 8/9/2020 sur Youtube`: a class's recording, kept beside it, no stop either.
  const word = before.slice(before.lastIndexOf(' ') + 1);
  if (STATE_WORDS.has(normaliseText(word)) || (word === before && namesARecord(word) && !CLOCK.test(text))) return undefined;
  const title = before === '' ? text.trim() : before;
  return { ...found, lead: '', rest: trimMarks(text.slice(found.end), ' \t,;.'), title };
}

// Marks and link words that join a stop's name to its day (`Wavre, à la Gare le`, `Namur –`).
const TRAILING_MARKS = ' \t,;:\u2013-';
const LINK_WORDS = new Set(['le', 'du', 'ce']);

/** The words before an item's day, without the marks and the link word that lead to the day; trimmed by hand, with no pattern to backtrack. */
function withoutTrailingLink(text: string): string {
  let end = text.length;
  const dropTrailingMarks = () => {
    while (end > 0 && TRAILING_MARKS.includes(text[end - 1]!)) end--;
  };
  dropTrailingMarks();
  const space = text.lastIndexOf(' ', end - 1);
  if (LINK_WORDS.has(text.slice(space + 1, end).toLowerCase())) {
    end = space + 1;
    dropTrailingMarks();
  }
  return text.slice(0, end).trim();
}

/**
 * Whether most of a list's items, three at least, each write one day with its weekday inside
 * them (see above); or three items in a row name the same thing before their day (`Classe
 * virtuelle du lundi 23/03/2020:`, `Classe virtuelle du lundi 30/03/2020:`): a series added
 * to a longer list (a course's chapters above its virtual classes) is a calendar too.
 */
export function writesInnerWeekdayDates(items: string[]): boolean {
  const days = items.map((text) => innerWeekdayDate(text));
  const dated = days.filter((day) => day !== undefined).length;
  if (dated >= INNER_DATE_ITEMS && dated * 2 > items.length) return true;
  // A short list whose days each write their weekday and year (`- L'adhésion au club est
  // ouverte le mercredi 23 août 2023.`, `- L'inscription … le mercredi 6 septembre 2023.`): two
  // such days, nearly the whole list, are its calendar; with nothing left to guess, two suffice.
  // The day told by `le` in the sentence (`est ouverte le mercredi 23 août 2023`), not set aside in
  // brackets (`DM 1 (jeudi 18 janvier 2024, 18h) :`, a hand-in; `[Numéro 12](…) (mardi 20 août 2024)`, an issue).
  const full = days.filter((day, k) => day !== undefined && day.expression.mentions.every((mention) => mention.year !== undefined) && / le $/i.test(items[k]!.slice(Math.max(0, day.start - 4), day.start))).length;
  if (full >= SHORT_LIST_DATES && items.length <= SHORT_LIST && full * 2 > items.length) return true;
  let run = 0;
  let previous = '';
  for (const day of days) {
    const title = day ? normaliseText(day.title) : '';
    run = title === '' ? 0 : title === previous ? run + 1 : 1;
    previous = title;
    if (run >= INNER_DATE_ITEMS) return true;
  }
  return false;
}
