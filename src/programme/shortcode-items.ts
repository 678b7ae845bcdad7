/*
 * A Hugo page's list written as shortcodes, one a line, each holding a date as its text
 * (`{{< jf-button-item id="…">}}6 - 10 juillet 2026{{< /jf-button-item >}}`, `{{< button-item
 * >}}13 - 17 juillet 2026 (Camps de jour - 9h-16h){{< /button-item >}}`): the site shows each
 * as a button or an item of a list, which a reader reads as a dated list item. Each line is a
 * session, read as a dated list item is (read-dated-lists.ts). Only a run of at least two
 * such lines, each opening with its date: one is a link's label. Written by hand: no library
 * reads Hugo's shortcode syntax outside Hugo (shortcode-events.ts reads the cards whose
 * fields are attributes).
 */
import { datedTextOf } from './dated-text.js';
import { isHidden, type HiddenRanges } from './hidden-ranges.js';
import { datedItemDraft } from './read-dated-lists.js';
import type { SessionDraft } from './session-drafts.js';
import type { SourceText } from './source-text.js';

// A line that is one shortcode and its text: the opening tag (its name, its attributes), the
// text, the closing tag of the same name (checked in code). Each part bounded: linear time.
const ITEM_LINE = /^[ \t]{0,8}\{\{[<%][ \t]{0,4}([\w-]{1,40})[^}\n]{0,500}[>%]\}\}([^{}\n]{1,300})\{\{[<%][ \t]{0,4}\/([\w-]{1,40})[ \t]{0,4}[>%]\}\}[ \t]{0,8}$/;
// Fewest items in a run: one shortcode with a date is a link's or a button's label.
const FEWEST_ITEMS = 2;

/** The sessions of the page's runs of dated shortcode items (see above), in the order written. */
export function readShortcodeItems(source: SourceText, hidden: HiddenRanges): SessionDraft[] {
  if (!source.text.includes('{{')) return [];
  const drafts: SessionDraft[] = [];
  let run: SessionDraft[] = [];
  const close = () => {
    if (run.length >= FEWEST_ITEMS) drafts.push(...run);
    run = [];
  };
  let offset = 0;
  for (const line of source.text.split('\n')) {
    const start = offset;
    offset += line.length + 1;
    const found = ITEM_LINE.exec(line);
    if (!found || found[1] !== found[3] || isHidden(hidden, start)) {
      // A blank line between items keeps the run; anything else ends it.
      if (line.trim() !== '') close();
      continue;
    }
    const text = found[2]!.trim();
    const dated = datedTextOf(text, false);
    if (!dated || dated.start > 0) {
      close();
      continue;
    }
    run.push(datedItemDraft(dated, text, source.span(start, start + line.length), source, false));
  }
  close();
  return drafts;
}
