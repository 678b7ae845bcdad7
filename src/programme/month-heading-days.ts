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
  let words = normaliseText(text).replace(/:$/, '').replace(/[’']/g, "' ").split(' ').filter((word) => word !== '');
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
  const rest = text.slice(end).replace(/^[\s:,;|–—-]+/, '').trim();
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
