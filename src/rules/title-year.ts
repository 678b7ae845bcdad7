/*
 * An event page copied from another year's page, or from its site's placeholder, keeps one
 * of its two years: `title: Community Day Montréal 2024` over `eventdate: 2014-06-14`. A
 * reader sees at once that the title and the day disagree; the calendar would put the event
 * ten years back. Only a key that names the event's day (not a blog's `date:`, which is the
 * day a post was written and may come a year before its event); only a title that names one
 * year as its edition's (not a class's `Promo 2019`, accounts' `exercice 2023`, a season's
 * `2024-25`, a date of history's `8 mai 1945`); only a day at most fifteen years from that
 * year (`Ciné-club : 1917` names a film) and more than two months outside it (`Rentrée 2025`
 * on 15 December 2024 is announced ahead).
 */
import { datesOfEntries } from '../programme/front-matter-days.js';
import { pageMetadata } from '../programme/page-metadata.js';
import { normaliseText } from '../dates/normalise-text.js';
import { toDayNumber } from '../dates/plain-date.js';
import type { PlainDate } from '../dates/types.js';
import type { RuleContext } from './define-rule.js';
import { longDate } from './labels.js';

// A year of four digits standing alone in a title (`2024`, not `20245` nor a part of `2023-2024` alone).
const TITLE_YEAR = /(?:^|[^\d])((?:19|20)\d{2})(?!\d)/g;
// How far from the title's year the event's day may fall and still be its event (announced ahead, or a late recap).
const NEAR_YEAR_DAYS = 61;

// How many years apart the title's and the day's may be for one of them to be a slip (a placeholder's 2014 for 2024).
const FARTHEST_SLIP_YEARS = 15;
// Folded words right before a year that make it another year than the event's: a class's
// year (`Promo 2019`), accounts (`exercice 2023`), a season, a plan (`Agenda 2030`), a date (`8 mai 1945`).
const OTHER_YEAR_BEFORE = /(?:^|[^a-z])(?:promo|promotion|exercice|saison|agenda|classe|cohorte|bilan|millesime|depuis|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)$/;

/**
 * The one year a title names as its edition's (`Community Day Montréal 2024`), or undefined:
 * none, several (`Saison 2024-25` names two), or one that says another year (OTHER_YEAR_BEFORE).
 */
function editionYear(title: string): number | undefined {
  const years = new Set<number>();
  for (const match of title.matchAll(TITLE_YEAR)) {
    const end = match.index + match[0].length;
    // `2024-25`, `2024/25`: a season of two years.
    if (/^[-/\u2013]\d{2}(?!\d)/.test(title.slice(end, end + 4))) return undefined;
    if (OTHER_YEAR_BEFORE.test(normaliseText(title.slice(Math.max(0, end - 4 - 16), end - 4)).trimEnd())) return undefined;
    years.add(Number(match[1]));
  }
  return years.size === 1 ? [...years][0] : undefined;
}

/** Reports the front matter's event day whose year is far from the one year the page's title names. */
export function checkTitleYear(context: RuleContext): void {
  const entries = pageMetadata(context.tree, context.source);
  if (entries.length === 0 || context.programme.sessions.length === 0) return;
  const found = datesOfEntries(entries);
  if (!found || found.key !== 'event') return;
  const title = entries.find((entry) => entry.key === 'title' || entry.key === 'titre')?.value;
  if (!title) return;
  const year = editionYear(title);
  if (year === undefined) return;
  const first = found.line.expression.mentions[0];
  // `Ciné-club : 1917`, `Club lecture : 1984`: a year far from the day names a work, no edition.
  if (first?.year === undefined || first.year === year || Math.abs(first.year - year) > FARTHEST_SLIP_YEARS) return;
  const day: PlainDate = { year: first.year, month: first.month, day: first.day };
  const at = toDayNumber(day);
  const distance = Math.max(toDayNumber({ year, month: 1, day: 1 }) - at, at - toDayNumber({ year, month: 12, day: 31 }), 0);
  if (distance <= NEAR_YEAR_DAYS) return;
  const position = context.source.span(found.offset, found.offset + found.length);
  context.report('event-dates-mismatch-title', { title: title.trim(), year, date: longDate(context, day) }, position, { actual: found.line.dateText });
}
