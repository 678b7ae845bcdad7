/*
 * Course logs and agendas grouped by month write each day with its weekday and number
 * only, leaving the month to the heading above: `## Septembre 2024` over `### Lundi 9`.
 * The day takes the month (and the year, when written) of the nearest month heading it
 * sits under; a weekday and number under any other heading stay a title.
 */
import type { DatedLine } from '../dates/dated-line.js';
import { leadingDayOfHeading } from '../dates/french-dates.js';
import { monthFromWord } from '../dates/french-months.js';
import { normaliseText } from '../dates/normalise-text.js';

/** A heading that names a month alone (`Septembre 2024`, `Octobre`, `Mois de juin`). */
export interface MonthHeading {
  month: number;
  year?: number;
}

/** The month a heading names alone, with its year when written; undefined for any other heading. */
export function monthHeading(text: string): MonthHeading | undefined {
  let words = normaliseText(text).replace(/:$/, '').replace(/[\u2019']/g, "' ").split(' ').filter((word) => word !== '');
  if (words[0] === 'mois' && (words[1] === 'de' || words[1] === "d'")) words = words.slice(2);
  const [name = '', year, ...more] = words;
  const month = monthFromWord(name);
  if (month === undefined || more.length > 0) return undefined;
  if (year === undefined) return { month };
  return /^\d{4}$/.test(year) ? { month, year: Number(year) } : undefined;
}

/**
 * The day a heading opens with when it writes a weekday and a day number but no month
 * (`Lundi 9`, `Jeudi 12 : TP 1`), given the month heading it sits under.
 */
export function dayUnderMonth(text: string, month: MonthHeading): DatedLine | undefined {
  const leading = leadingDayOfHeading(text);
  if (!leading || leading.month !== undefined) return undefined;
  const start = text.indexOf(leading.text);
  if (start < 0) return undefined;
  const end = start + leading.text.length;
  const rest = text.slice(end).replace(/^[\s:,;|\u2013\u2014-]+/, '').trim();
  return {
    expression: {
      kind: 'single',
      mentions: [{ day: leading.day, month: month.month, weekday: leading.weekday, text: leading.text, ...(month.year === undefined ? {} : { year: month.year }) }],
    },
    dateText: leading.text,
    start,
    end,
    lead: '',
    rest,
    title: rest,
  };
}

// `12 : atelier`, `1er - accueil`, `19 – atelier vélo (14h-16h)`: a day number, a mark, a title.
const DAY_NUMBER_ITEM = /^(\d{1,2})(?:er)?\s*[:\u2013\u2014-]\s*(\S.*)$/u;

/**
 * The day an item under a month opens with when it writes its day number alone, set apart
 * from its title by a colon or a dash (`12 : atelier` under `- Mars`). Only the caller knows
 * the item sits in a list of such days under a month; `3 pommes` is no day.
 */
export function dayNumberUnderMonth(text: string, month: MonthHeading): DatedLine | undefined {
  const found = DAY_NUMBER_ITEM.exec(text);
  if (!found) return undefined;
  const day = Number(found[1]);
  if (day < 1 || day > 31) return undefined;
  const rest = found[2]!.trim();
  const dateText = text.slice(0, found[1]!.length);
  return {
    expression: { kind: 'single', mentions: [{ day, month: month.month, text: dateText, ...(month.year === undefined ? {} : { year: month.year }) }] },
    dateText,
    start: 0,
    end: dateText.length,
    lead: '',
    rest,
    title: rest,
  };
}
