/*
 * A record of what was held, kept by subject rather than by date: a researcher's page of
 * the talks given (`* Mystérieux trous noirs` over `- 15 juin 2023 : Institut du Cerveau`,
 * `- 13 octobre 2018 : Société astronomique de France`), a list of publications under their
 * themes. Each subject lists its days in its own order, so that the page's days run back
 * and forth over the years; a calendar, a programme or an archive of past meetings is
 * written in the order of its days, one way or the other (an upcoming list, then past ones
 * newest first), and turns back at most between its parts, or within each year of an
 * archive kept year by year. A reader puts no such record in a calendar. Told apart by hand,
 * from the days alone: no library says what a page is for.
 */
import type { SessionDraft } from './session-drafts.js';

// How many dated items, how many years and how many turns back and forth a record holds at least.
const FEWEST_ITEMS = 8;
const FEWEST_YEARS = 4;
const FEWEST_TURNS = 4;
// How many times, at most, the items of an archive kept year by year come back to a year already left.
const YEAR_RETURNS = 1;
// The share of the steps from one item to the next that turn back, at least.
const TURNING_SHARE = 0.2;

/** The day a draft writes with its year, as a sortable number, when it writes one day and its year. */
function writtenDay(draft: SessionDraft): number | undefined {
  const mentions = draft.dated?.line.expression.mentions ?? [];
  const first = mentions[0];
  if (!first || first.year === undefined || mentions.some((mention) => mention.year !== undefined && mention.year !== first.year)) return undefined;
  return first.year * 10_000 + first.month * 100 + first.day;
}

/**
 * The dated list items of a page that are a record kept by subject (see above): items
 * without hours that write their years, at least FEWEST_ITEMS of them over FEWEST_YEARS
 * years, whose days turn back and forth at least FEWEST_TURNS times and on at least
 * TURNING_SHARE of the steps. Empty when the page is no such record.
 */
export function recordBySubject(drafts: SessionDraft[]): Set<SessionDraft> {
  const dated = drafts.filter((draft) => draft.dated && !draft.day);
  const items = dated.filter((draft) => draft.source === 'list' && !draft.hours && draft.slots === 0 && writtenDay(draft) !== undefined);
  // The record is the page's dated items, not a few among a programme's.
  if (items.length < FEWEST_ITEMS || items.length < dated.length * 0.8) return new Set();
  const days = items.map((draft) => writtenDay(draft)!);
  const years = days.map((day) => Math.floor(day / 10_000));
  if (new Set(years).size < FEWEST_YEARS) return new Set();
  // An archive kept year by year (`### 2020` over its general assembly, then its board's
  // meetings, in any order within the year): each year's days together, however they turn.
  // One item may come back to a year, from another part of the page (a list of private
  // papers under the archive: `PV 2ème réunion du CA (*12 Mai 2016*)`).
  // Its years also follow one another one way, newest or oldest first (a subject's talks,
  // one a year, jump back and forth: 2023, 2012, 2019, then 2015, 2021…).
  const seen = new Set<number>();
  let returns = 0;
  let yearTurns = 0;
  let yearWay = 0;
  for (const [i, year] of years.entries()) {
    const previous = years[i - 1];
    if (previous !== undefined && year !== previous) {
      if (seen.has(year)) returns++;
      const step = Math.sign(year - previous);
      if (yearWay !== 0 && step !== yearWay) yearTurns++;
      yearWay = step;
    }
    seen.add(year);
  }
  if (returns <= YEAR_RETURNS && yearTurns <= YEAR_RETURNS) return new Set();
  let turns = 0;
  let way = 0;
  for (let i = 1; i < days.length; i++) {
    const step = Math.sign(days[i]! - days[i - 1]!);
    if (step === 0) continue;
    if (way !== 0 && step !== way) turns++;
    way = step;
  }
  return turns >= FEWEST_TURNS && turns >= (days.length - 1) * TURNING_SHARE ? new Set(items) : new Set();
}
