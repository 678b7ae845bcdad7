/*
 * A page whose front matter key of its days holds several lines, each a part of the
 * programme with its days and hours (a training module's `nextDate: |-` over `4 journées :
 * 10 novembre, 24 novembre, 1 décembre 2026 et 15 décembre 2026 de 9h30 à 16h30` and `6
 * demies-journées : 14 janvier, … 8 juin 2027 de 9h30 à 12h30`): each line is a session, read
 * as a dated list item is (read-dated-lists.ts), on its own line of the front matter.
 * Only when every line of the value is so dated: a value that is one date over several
 * lines, or a sentence, is front-matter-days.ts's to read.
 */
import { datedTextOf } from './dated-text.js';
import { namesEventDays } from './front-matter-days.js';
import { pageMetadata, valueOffset } from './page-metadata.js';
import { datedItemDraft } from './read-dated-lists.js';
import type { Root } from 'mdast';
import type { SessionDraft } from './session-drafts.js';
import type { SourceText } from './source-text.js';

// Fewest lines that make the value a list of the programme's parts: one line is one date.
const FEWEST_LINES = 2;

/** The sessions of the front matter's one key of days written as dated lines (see above); [] when it has none so. */
export function readFrontMatterDateLines(tree: Root, source: SourceText): SessionDraft[] {
  for (const entry of pageMetadata(tree, source)) {
    if (!namesEventDays(entry.key) || !entry.value.includes('\n')) continue;
    const drafts: SessionDraft[] = [];
    let at = 0;
    for (const written of entry.value.split('\n')) {
      const from = at;
      at += written.length + 1;
      const text = written.trim();
      if (text === '') continue;
      const dated = datedTextOf(text, true);
      if (!dated) return [];
      const offset = valueOffset(entry, from + written.indexOf(text));
      const lineEnd = source.text.indexOf('\n', offset);
      drafts.push(datedItemDraft(dated, text, source.span(offset, lineEnd < 0 ? source.text.length : lineEnd), source, false));
    }
    return drafts.length >= FEWEST_LINES ? drafts : [];
  }
  return [];
}
