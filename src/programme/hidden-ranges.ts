/*
 * The parts of a document a reader does not see as its programme: commented-out blocks
 * (`<!-- ... -->`, a template's `{# ... #}`) and archives folded in `<details>`. A date
 * written there is not a session. Found on the source text because remark splits an HTML
 * comment that holds blank lines into several nodes.
 */

/** Source offsets [start, end) of the hidden parts of a text, in order. */
export type HiddenRanges = Array<[number, number]>;

// Each opener is searched from the end of the previous range, and its closer after it:
// linear in the text's length. An opener that is never closed hides the rest.
const PAIRS: Array<[string, string]> = [
  ['<!--', '-->'],
  ['{#', '#}'],
  ['<details', '</details>'],
];

/** The commented-out and folded parts of `text`. */
export function hiddenRanges(text: string): HiddenRanges {
  const ranges: HiddenRanges = [];
  for (const [open, close] of PAIRS) {
    let from = 0;
    for (;;) {
      const start = text.indexOf(open, from);
      if (start < 0) break;
      const closeAt = text.indexOf(close, start + open.length);
      const end = closeAt < 0 ? text.length : closeAt + close.length;
      ranges.push([start, end]);
      from = end;
    }
  }
  return ranges.sort((a, b) => a[0] - b[0]);
}

/** Whether the source offset lies in a hidden part. */
export function isHidden(ranges: HiddenRanges, offset: number | undefined): boolean {
  if (offset === undefined) return false;
  return ranges.some(([start, end]) => start <= offset && offset < end);
}
