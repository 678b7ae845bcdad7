/*
 * Trimming marks off both ends of a text by hand: a pattern such as `^[…]+|[…]+$` backtracks
 * on a long run of marks that does not end the text (hostile input), a loop does not.
 */

/** `text` without the characters of `marks` at either end. */
export function trimMarks(text: string, marks: string): string {
  let from = 0;
  let to = text.length;
  while (from < to && marks.includes(text[from]!)) from++;
  while (to > from && marks.includes(text[to - 1]!)) to--;
  return text.slice(from, to);
}
