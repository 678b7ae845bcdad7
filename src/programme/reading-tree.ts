import type { Root } from 'mdast';
import { withFrontMatterMarkdown } from './front-matter-markdown.js';
import { readableTree } from './html-blocks.js';
import { withTextTables } from './text-tables.js';
import { oncePerTree } from './once-per-tree.js';
import { withoutOwnedBlockContents } from './owned-block-contents.js';
import type { SourceText } from './source-text.js';
import { withQuotedHeadings } from './quoted-headings.js';
import { withListedHeadings } from './listed-headings.js';
import { withQuotedParagraphs } from './quoted-paragraphs.js';
import { withMystBoxes } from './myst-directives.js';
import { withMdcComponents } from './mdc-components.js';
import { withFoldedTables } from './folded-tables.js';
import { withStackedCellRows } from './stacked-cell-rows.js';
import { withMarkdownAfterVoidTags } from './markdown-after-void-tags.js';
import { withTableCaptions } from './table-captions.js';
import { withRowsSetApart } from './rows-set-apart.js';
import { withCountedDayHeadings } from './counted-day-headings.js';
import { withInlineHtmlEmphasis } from './inline-html-emphasis.js';
import { withDayLinesApart } from './day-lines-apart.js';
import { withRulesUnderParagraphs } from './rules-under-paragraphs.js';
import { withEscapedSetextHeadings } from './escaped-setext-headings.js';

/**
 * The tree a document's programme is read from (its raw HTML blocks read as the markdown
 * they show, html-blocks.ts, without what the tool wrote in its own blocks,
 * owned-block-contents.ts, and its plain-text tables read as the tables they show,
 * text-tables.ts, and the markdown its front matter's block scalars hold read as the page
 * shows it, front-matter-markdown.ts, and bold or italics written as HTML tags in a paragraph
 * or a heading read as markdown's, inline-html-emphasis.ts, and a heading set alone in a quote read as a heading,
 * quoted-headings.ts, and a heading indented under a list item read as a heading of the page,
 * listed-headings.ts, and dated paragraphs each set in a quote of its own read as a run of
 * paragraphs, quoted-paragraphs.ts, and a MyST box's title and body read as the box shows them,
 * myst-directives.ts, and an MDC inline component read as its content, mdc-components.ts,
 * and a table folded in two read as its two halves, folded-tables.ts, and a row whose dates
 * cell stacks days at their own hours read as one row per day, stacked-cell-rows.ts, and
 * markdown written right under a lone `<hr>` read as markdown, markdown-after-void-tags.ts,
 * and a Pandoc caption of a day's agenda table read as a heading over it, table-captions.ts,
 * and a paragraph that holds several days' agendas read as one paragraph per day, day-lines-apart.ts,
 * and a table's rows set apart by blank lines read back into it, rows-set-apart.ts, and the counted days of a page
 * (`### Jour 2`) read with the days its period gives them, counted-day-headings.ts, and a paragraph of
 * several lines right over a `---` rule read as that paragraph and rule, not a heading, rules-under-paragraphs.ts, and a line over
 * an escaped setext underline (`\\-----`) read as the heading it shows, escaped-setext-headings.ts), made once per
 * parsed tree: discovery makes it to tell a page whose HTML table is a programme, and
 * checking that page then reads the same tree rather than converting its HTML again.
 */
export const readingTreeOf: (written: Root, source: SourceText) => Root = oncePerTree((written: Root, source: SourceText) => {
  // Each step reads the tree the step before it left, in this order.
  const shown = withEscapedSetextHeadings(withRulesUnderParagraphs(withMdcComponents(withMarkdownAfterVoidTags(withoutOwnedBlockContents(written, source.text), source)), source), source);
  const asMarkdown = withTextTables(readableTree(withFrontMatterMarkdown(withMystBoxes(shown, source), source), source), source);
  const headed = withQuotedParagraphs(withListedHeadings(withQuotedHeadings(withInlineHtmlEmphasis(asMarkdown))));
  return withCountedDayHeadings(withTableCaptions(withStackedCellRows(withFoldedTables(withRowsSetApart(withDayLinesApart(headed, source), source)))));
});
