/*
 * The day an hours slot is for, on a row of several days: `9h30 - 17h le jeudi, 9h -
 * 12h30 le vendredi`, `jeudi : 9h30 - 17h`, `le 16 octobre de 9h à 17h`. The words are
 * read on the date grammar's tokens (weekday and month names, day numbers), so `jeu.`,
 * `jeudi 16` and `16 oct.` mean what they mean in a dates cell.
 */
import { monthFromWord, weekdayFromWord } from './french-months.js';
import { tokenize } from './tokenize.js';
import type { DaySelector, PlainDate, TimeSlot } from './types.js';
import { isoWeekday } from './plain-date.js';

/** `jeudis` is `jeudi`: a plural weekday names the same day. */
function weekdayOf(word: string): number | undefined {
  return weekdayFromWord(word) ?? (word.endsWith('s') ? weekdayFromWord(word.slice(0, -1)) : undefined);
}

/**
 * The day named by a few words beside a slot's hours (`le jeudi`, `vendredi 17`, `le 16
 * octobre`), or undefined when the words are anything else. `text` is how a reader names
 * it back: the words without their article.
 */
export function readDaySelector(words: string): DaySelector | undefined {
  const toks = tokenize(words).filter((t) => !(t.kind === 'punct' && '.,'.includes(t.text)));
  // Before hours: `jeudi :`, `le jeudi de`, `vendredi à partir de`, `jeudi (`.
  for (;;) {
    const last = toks.at(-1);
    if (last === undefined) break;
    if (last.kind === 'punct' && ':('.includes(last.text)) toks.pop();
    else if (last.kind === 'word' && ['de', 'des', 'apres'].includes(last.text)) {
      toks.pop();
      if (toks.at(-1)?.text === 'partir' && toks.at(-2)?.text === 'a') toks.splice(-2);
    } else break;
  }
  let k = 0;
  if (toks[k]?.kind === 'word' && (toks[k]!.text === 'le' || toks[k]!.text === 'les')) k++;
  const selector: Partial<DaySelector> = {};
  const start = toks[k];
  const weekday = toks[k]?.kind === 'word' ? weekdayOf(toks[k]!.text) : undefined;
  if (weekday !== undefined) {
    selector.weekday = weekday;
    k++;
  }
  const number = toks[k];
  if (number?.kind === 'num' && number.text.length <= 2 && Number(number.text) >= 1 && Number(number.text) <= 31) {
    selector.day = Number(number.text);
    k++;
    if (toks[k]?.kind === 'word' && toks[k]!.text === 'er') k++;
    const month = toks[k]?.kind === 'word' ? monthFromWord(toks[k]!.text) : undefined;
    if (month !== undefined) {
      selector.month = month;
      k++;
    }
  }
  if (start === undefined || k !== toks.length || (selector.weekday === undefined && selector.day === undefined)) return undefined;
  // `Sam :`, `Jeu :` alone may be a name or a word; an abbreviated weekday is a day only with its number (`jeu. 16`).
  if (selector.day === undefined && start.text.length <= 3) return undefined;
  const end = toks[k - 1]!;
  return { ...selector, text: words.slice(start.from, end.to) };
}

/** Whether a day is the one a selector names: every part it writes must fit. */
export function selectsDay(selector: DaySelector, day: PlainDate): boolean {
  return (
    (selector.weekday === undefined || selector.weekday === isoWeekday(day)) &&
    (selector.day === undefined || selector.day === day.day) &&
    (selector.month === undefined || selector.month === day.month)
  );
}

/** The slots that hold on a day: those for no day in particular, and those for that day. */
export function slotsOnDay(slots: TimeSlot[], day: PlainDate): TimeSlot[] {
  return slots.filter((slot) => slot.day === undefined || selectsDay(slot.day, day));
}
