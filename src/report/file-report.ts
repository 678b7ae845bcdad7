import type { EngineOptions } from '../config/engine-settings.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Programme } from '../programme/model.js';
import type { ReadResult } from '../programme/read-programme.js';

/** Everything the engine found in one programme file. */
export interface FileReport {
  /** The path as the user gave it (or as found), with forward slashes. */
  path: string;
  programme: Programme;
  /** Every diagnostic, in document order. */
  diagnostics: Diagnostic[];
  /** The parsed document, for the stages that work on it (links, managed blocks). */
  read: ReadResult;
  /** The options the file was checked with (its config file under the command line), for the stages after (links, calendar). */
  engine: EngineOptions;
  /** After a build: the sessions that could not be read and that the calendar keeps as they were. */
  kept?: KeptSessionReport[];
  /** After a build: the calendars left untouched rather than emptied or cut (see src/engine/calendar-guard.ts). */
  refused?: RefusedCalendar[];
}

/** An event of a calendar as the reports name it. */
export interface CalendarEventReport {
  uid: string;
  summary: string;
  /** In the programme's zone: `2027-02-18` for a whole day, `2027-02-18T14:00` for a time. */
  start: string;
}

/** A session the calendar keeps as it was, and why (`hours-missing`: its hours cell was emptied). */
export interface KeptSessionReport {
  line: number;
  title: string;
  reason: 'date' | 'hours' | 'hours-missing';
  message: string;
  events: CalendarEventReport[];
}

/** A calendar a build left as it was: the file cannot be read any more, or too many events would go at once. */
export interface RefusedCalendar {
  calendar: string;
  kind: 'unreadable' | 'removals';
  message: string;
  /** The events that would have gone. */
  removed: CalendarEventReport[];
}
