/** A calendar day with no time and no zone: what a programme row means by "21 février". */
export interface PlainDate {
  year: number;
  /** 1 = January ... 12 = December. */
  month: number;
  day: number;
}

/** A time of day on the wall clock of the programme's time zone. */
export interface TimeOfDay {
  hour: number;
  minute: number;
}

/**
 * One day as the text wrote it, before the year is known. `year` is set only when the
 * text itself carried one (chrono's lesson: what was said is kept apart from what is
 * inferred).
 */
export interface DayMention {
  day: number;
  /** 1..12; a mention always has a month once parsed ("11 au 15 février" gives it to 11). */
  month: number;
  /** A year written in the text (two-digit years already widened: `19` -> 2019). */
  year?: number;
  /** A weekday written in the text, 1 = Monday ... 7 = Sunday (ISO), kept for checking. */
  weekday?: number;
  /** The words that named this day, for messages: `mardi 14 mars`. */
  text: string;
}

/**
 * What a dates cell says:
 * - `single`: one day (`21 février`);
 * - `range`: a run of days from `mentions[0]` to `mentions[1]` (`11 au 15 février`);
 * - `set`: these days and only these (`16 & 17 mai`);
 * - `alternatives`: one of these days, not settled yet (`7 ou 14 novembre`).
 */
export interface DateExpression {
  kind: 'single' | 'range' | 'set' | 'alternatives';
  mentions: DayMention[];
  /** Present when the text marks the date as not settled (`21 mai (à confirmer)`, `21 mai ?`, `TBC`). */
  unsettled?: UnsettledMark;
}

/** A mark after a date saying it is not settled yet: the session is tentative. */
export interface UnsettledMark {
  /** The mark as written: `(à confirmer)`, `?`, `TBC`, `sous réserve`. */
  text: string;
  /** The dates text without the mark, what to write once the date is confirmed (`Jeudi 21 mai`). */
  settled: string;
}

/**
 * Hours written in a dates cell after the date (`Lundi 7 septembre 2026 à 18:30`,
 * `3 mars, 14h`, `Mardi 5 mars 14h-16h`): `text` is the hours part as written, from the
 * first time (or the `de`, `à partir de` or bracket that opens it) to the end of the cell,
 * and `start`/`end` its offsets in the cell text. The date grammar only finds them; the
 * caller reads them with parseFrenchHours, which reports a bad hour like any hours cell.
 */
export interface HoursInDateText {
  text: string;
  start: number;
  end: number;
}

/**
 * The outcome of reading a dates cell: an expression, or why it could not be read.
 * `hours` is present only when the cell wrote hours after the date. `empty` is a cell
 * that gives no date on purpose (``, `...`, `?`, `????/??/??`, `à venir`, `TBD`).
 */
export type DateParseResult =
  | { ok: true; value: DateExpression; hours?: HoursInDateText }
  | { ok: false; reason: 'empty' | 'unreadable'; text: string };

/** A span of clock time, optionally for one audience (`14h - 18h30 pour les mentors`). */
export interface TimeSlot {
  /** Who the slot is for, as written (`EIG`, `mentors`); absent when unlabelled. */
  label?: string;
  /** On a row of several days, the day the slot is for (`9h - 12h30 le vendredi`); absent when it is for every day. */
  day?: DaySelector;
  start: TimeOfDay;
  /** Absent when only a start was written (`9h`). */
  end?: TimeOfDay;
  /** The end is on the following day: an evening that runs past midnight (`22h - 2h`, `20h - 24h`). */
  nextDay?: true;
}

/** A day named beside a slot's hours: a weekday, a day number, a month, or several of them (`jeudi`, `vendredi 17`, `16 octobre`). */
export interface DaySelector {
  /** 1 = Monday ... 7 = Sunday (ISO). */
  weekday?: number;
  day?: number;
  /** 1..12. */
  month?: number;
  /** The words as written, without their article (`jeudi`, `16 octobre`). */
  text: string;
}

/**
 * Something read but written oddly, for the caller to report as a warning:
 * `dotted-minutes` is `18.00` for `18:00` (`17:30-18.00`); `detail` is the time as written.
 */
export interface HoursWarning {
  kind: 'dotted-minutes';
  detail: string;
}

/**
 * The outcome of reading an hours cell. `slots` is empty when the cell gives no clock
 * hours (`Les 2 jours`, `TBC`, empty): an all-day session, not an error. `warnings` is
 * present only when something was read that the coordinator should still fix.
 */
export type HoursParseResult =
  | { ok: true; slots: TimeSlot[]; warnings?: HoursWarning[] }
  | {
      ok: false;
      reason: 'unreadable' | 'invalid-hour' | 'end-before-start';
      text: string;
      /** The offending piece of text (`25h`, `18h - 9h`). */
      detail: string;
    };

/** Where a session's year came from, most trusted first. */
export type YearSource =
  | 'cell'
  | 'column-header'
  | 'heading'
  | 'front-matter'
  | 'section'
  | 'nearby-date'
  | 'stamp'
  | 'option'
  | 'path'
  | 'weekdays'
  | 'commit'
  | 'around-commit'
  | 'rollover';

/** The meaning of a dates cell once every day has its year. */
export interface ResolvedDates {
  expression: DateExpression;
  /**
   * Every day the session takes, in order. For an undecided date (`7 ou 14 novembre`)
   * every day it may take; `alternatives` says which go together.
   */
  days: PlainDate[];
  /** For undecided dates only: each option, as a list of days. */
  alternatives?: PlainDate[][];
  /** Where the year came from; `cell` when every mention wrote its own year. */
  yearSource: YearSource;
  /** The mentions as written, with the year each was given, for weekday checks. */
  mentions: Array<DayMention & { resolvedYear: number }>;
}
