import type { Rule } from './define-rule.js';
import { rule as dateToBeConfirmed } from './date-to-be-confirmed.js';
import { rule as detailHoursMismatch } from './detail-hours-mismatch.js';
import { rule as detailPlaceMismatch } from './detail-place-mismatch.js';
import { rule as detailThemeMismatch } from './detail-theme-mismatch.js';
import { rule as detailWithoutRow } from './detail-without-row.js';
import { rule as duplicateSection } from './duplicate-section.js';
import { rule as duplicateSession } from './duplicate-session.js';
import { rule as endBeforeStart } from './end-before-start.js';
import { rule as htmlTable } from './html-table.js';
import { rule as invalidDate } from './invalid-date.js';
import { rule as invalidHour } from './invalid-hour.js';
import { rule as hoursTypo } from './hours-typo.js';
import { rule as mergeConflict } from './merge-conflict.js';
import { rule as missingDate } from './missing-date.js';
import { rule as missingYear } from './missing-year.js';
import { rule as weekdayOutsideWeek } from './weekday-outside-week.js';
import { rule as noScheduleTable } from './no-schedule-table.js';
import { rule as notAProgramme } from './not-a-programme.js';
import { rule as outOfOrder } from './out-of-order.js';
import { rule as headingYearMismatch } from './heading-year-mismatch.js';
import { rule as headingMonthMismatch } from './heading-month-mismatch.js';
import { rule as dayNotAnnounced } from './day-not-announced.js';
import { rule as eventDatesMismatch } from './event-dates-mismatch.js';
import { rule as dayHoursMismatch } from './day-hours-mismatch.js';
import { rule as overlap } from './overlap.js';
import { rule as rangeTooLong } from './range-too-long.js';
import { rule as reversedRange } from './reversed-range.js';
import { rule as rowCellCount } from './row-cell-count.js';
import { rule as tableDelimiterWidth } from './table-delimiter-width.js';
import { rule as subHeadingOutsideSession } from './sub-heading-outside-session.js';
import { rule as swappedColumns } from './swapped-columns.js';
import { rule as undecidedDate } from './undecided-date.js';
import { rule as unreadableDate } from './unreadable-date.js';
import { rule as unreadableHours } from './unreadable-hours.js';
import { rule as weekdayMismatch } from './weekday-mismatch.js';
import { rule as guessedYear } from './guessed-year.js';
import { rule as leadingPipeRow } from './leading-pipe-row.js';
import { rule as binaryFile } from './binary-file.js';
import { rule as invalidUtf8 } from './invalid-utf8.js';
import { rule as tooDeeplyNested } from './too-deeply-nested.js';
import { rule as linkTargetMissing } from './link-target-missing.js';
import { rule as linkAnchorMissing } from './link-anchor-missing.js';
import { rule as linkOwnUrlMissing } from './link-own-url-missing.js';
import { rule as linkOutsideRepository } from './link-outside-repository.js';
import { rule as archiveNotLinked } from './archive-not-linked.js';
import { rule as calendarLinkNoRepository } from './calendar-link-no-repository.js';
import { rule as managedBlockHoldsMarker } from './managed-block-holds-marker.js';
import { rule as managedBlockMissing } from './managed-block-missing.js';
import { rule as managedBlockStale } from './managed-block-stale.js';
import { rule as managedBlockUnpaired } from './managed-block-unpaired.js';

/** The rules of the schedule: found by the reader while it reads, then checked on what was read. */
export const scheduleRules: readonly Rule[] = [
  // Found by the reader while it reads the document.
  noScheduleTable,
  notAProgramme,
  htmlTable,
  unreadableDate,
  missingDate,
  dateToBeConfirmed,
  invalidDate,
  reversedRange,
  rangeTooLong,
  missingYear,
  weekdayOutsideWeek,
  guessedYear,
  unreadableHours,
  invalidHour,
  endBeforeStart,
  hoursTypo,
  swappedColumns,
  // Checked on what was read.
  mergeConflict,
  rowCellCount,
  leadingPipeRow,
  tableDelimiterWidth,
  weekdayMismatch,
  outOfOrder,
  headingYearMismatch,
  headingMonthMismatch,
  dayNotAnnounced,
  eventDatesMismatch,
  dayHoursMismatch,
  duplicateSession,
  duplicateSection,
  overlap,
  undecidedDate,
  detailWithoutRow,
  detailHoursMismatch,
  detailPlaceMismatch,
  detailThemeMismatch,
  subHeadingOutsideSession,
];

/** The rules of the file itself, found when it is decoded and parsed: it cannot be read as a programme. */
export const fileRules: readonly Rule[] = [binaryFile, invalidUtf8, tooDeeplyNested];

/** The rules of the links and managed blocks, checked against the repository the programme is in. */
export const linkRules: readonly Rule[] = [
  linkTargetMissing,
  linkAnchorMissing,
  linkOwnUrlMissing,
  linkOutsideRepository,
  archiveNotLinked,
  calendarLinkNoRepository,
  managedBlockMissing,
  managedBlockStale,
  managedBlockUnpaired,
  managedBlockHoldsMarker,
];

/**
 * Every rule programme-sync knows, in the order docs/rules.md lists them: the one registry
 * the severities and docs URLs of all diagnostics come from.
 */
export const rules: readonly Rule[] = [...scheduleRules, ...fileRules, ...linkRules];

const byId = new Map(rules.map((rule) => [rule.id, rule]));

/** A rule by id; the collector takes severities and docs URLs from here. */
export function findRule(id: string): Rule | undefined {
  return byId.get(id);
}
