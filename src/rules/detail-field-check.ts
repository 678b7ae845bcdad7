import type { DetailSection, Field, Session } from '../programme/model.js';
import { isUnsettled, sameOrMoreDetailed } from './compare-text.js';
import { relatedAt, type RuleContext } from './define-rule.js';
import { relatedRow } from './labels.js';
import { rowsForSection } from './section-rows.js';

/** How one detail field (hours, place, theme) is taken from a section and its row, and compared. */
export interface DetailFieldComparison<T> {
  fromSection(section: DetailSection): Field<T | undefined> | undefined;
  fromRow(session: Session): Field<T | undefined> | undefined;
  agree(section: T, row: T): boolean;
  messageId: 'detail-hours-mismatch' | 'detail-place-mismatch' | 'detail-theme-mismatch';
}

/**
 * Compares a field of every detail section with the rows of its day. Silent when any of
 * those rows agrees (or gives nothing to compare): a section that matches one of two rows
 * of its day is not wrong. Otherwise reported on the section's field, with the row the
 * section most likely describes as the related place.
 */
export function checkDetailField<T>(context: RuleContext, comparison: DetailFieldComparison<T>): void {
  const { sessions } = context.programme;
  for (const section of context.programme.sections) {
    const field = comparison.fromSection(section);
    if (!field || field.value === undefined) continue;
    const rows = rowsForSection(section, sessions).filter((row) => row.status !== 'cancelled');
    const compared = rows.filter((row) => comparison.fromRow(row)?.value !== undefined);
    if (compared.length === 0 || compared.length < rows.length) continue;
    if (compared.some((row) => comparison.agree(field.value as T, comparison.fromRow(row)!.value as T))) continue;
    const row = compared[0]!;
    const rowField = comparison.fromRow(row)!;
    context.report(
      comparison.messageId,
      { heading: section.heading.text, section: field.text, line: row.position.start.line, row: rowField.text },
      field.position,
      { actual: field.text, expected: rowField.text, related: relatedAt(rowField.position, relatedRow(context, row)) },
    );
  }
}

/**
 * The comparison of a field written in words on both sides, the place or the theme: a
 * value not settled yet (`à définir`) on either side is none, and more or less detail is
 * no disagreement (compare-text.ts).
 */
export function wordedField(key: 'place' | 'theme', messageId: 'detail-place-mismatch' | 'detail-theme-mismatch'): DetailFieldComparison<string> {
  const settled = (field: Field<string> | undefined) => (field && !isUnsettled(field.text) ? field : undefined);
  return {
    messageId,
    fromSection: (section) => settled(section[key]),
    fromRow: (row) => settled(row[key]),
    agree: sameOrMoreDetailed,
  };
}
