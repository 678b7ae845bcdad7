import type { Rule } from './define-rule.js';
import { rule as dateToBeConfirmed } from './date-to-be-confirmed.js';
import { rule as detailHoursMismatch } from './detail-hours-mismatch.js';
import { rule as detailPlaceMismatch } from './detail-place-mismatch.js';
import { rule as detailThemeMismatch } from './detail-theme-mismatch.js';
import { rule as detailWithoutRow } from './detail-without-row.js';
import { rule as duplicateSession } from './duplicate-session.js';
import { rule as endBeforeStart } from './end-before-start.js';
import { rule as htmlTable } from './html-table.js';
import { rule as invalidDate } from './invalid-date.js';
import { rule as invalidHour } from './invalid-hour.js';
import { rule as hoursTypo } from './hours-typo.js';
import { rule as mergeConflict } from './merge-conflict.js';
import { rule as missingDate } from './missing-date.js';
import { rule as missingYear } from './missing-year.js';
import { rule as noScheduleTable } from './no-schedule-table.js';
import { rule as notAProgramme } from './not-a-programme.js';
import { rule as outOfOrder } from './out-of-order.js';
import { rule as headingYearMismatch } from './heading-year-mismatch.js';
import { rule as overlap } from './overlap.js';
import { rule as rangeTooLong } from './range-too-long.js';
import { rule as reversedRange } from './reversed-range.js';
import { rule as rowCellCount } from './row-cell-count.js';
import { rule as subHeadingOutsideSession } from './sub-heading-outside-session.js';
import { rule as swappedColumns } from './swapped-columns.js';
import { rule as undecidedDate } from './undecided-date.js';
import { rule as unreadableDate } from './unreadable-date.js';
import { rule as unreadableHours } from './unreadable-hours.js';
import { rule as weekdayMismatch } from './weekday-mismatch.js';
import { rule as guessedYear } from './guessed-year.js';
import { otherChecks } from './other-checks.js';

/** Every rule programme-sync knows, in the order docs/rules.md lists them. */
export const rules: readonly Rule[] = [
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
  guessedYear,
  unreadableHours,
  invalidHour,
  endBeforeStart,
  hoursTypo,
  swappedColumns,
  // Checked on what was read.
  mergeConflict,
  rowCellCount,
  weekdayMismatch,
  outOfOrder,
  headingYearMismatch,
  duplicateSession,
  overlap,
  undecidedDate,
  detailWithoutRow,
  detailHoursMismatch,
  detailPlaceMismatch,
  detailThemeMismatch,
  subHeadingOutsideSession,
];

/** A rule by id, among the schedule rules and the file and link checks. */
export function findRule(id: string): Rule | undefined {
  return rules.find((rule) => rule.id === id) ?? otherChecks.find((rule) => rule.id === id);
}
