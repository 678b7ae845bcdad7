/*
 * The parts of a document a reader does not see as its programme: commented-out blocks
 * (`<!-- ... -->`, a template's `{# ... #}`, Liquid's `{% comment %} ... {% endcomment %}`) and archives folded in `<details>`. A date
 * written there is not a session. Found on the source text because remark splits an HTML
 * comment that holds blank lines into several nodes.
 *
 * A `<details>` is an archive, a speaker's biography or a description unless it says it
 * holds the programme: it is written open (`<details open>`), or its `<summary>` names a
 * day (`<summary>Samedi 12 juin</summary>`), a year alone (`<summary>2025</summary>`, one
 * year of a page of events) or the programme itself (`Programme`, `Planning`, `Horaires`,
 * `Déroulé`), and no archive (`Archives`, `Éditions passées`).
 */
import { normaliseText } from '../dates/normalise-text.js';
import { datedTextOf } from './dated-text.js';

/** Source offsets [start, end) of the hidden parts of a text, in order. */
export type HiddenRanges = Array<[number, number]>;

// Each opener is searched from the end of the previous range, and its closer after it:
// linear in the text's length. An opener that is never closed hides the rest.
const PAIRS: Array<[string, string]> = [
  ['<!--', '-->'],
  ['{#', '#}'],
  ['<details', '</details>'],
];

// Folded words of a summary that name a past or an archive: what it folds is not the programme.
const ARCHIVE_WORDS = /\b(?:archives?|anciens?|anciennes?|passes?|passees?|precedents?|precedentes?|historique|old|past|previous|earlier|terminees?|termines?)\b/;
// Folded words of a summary that name the programme itself.
const PROGRAMME_WORDS = /\b(?:programmes?|programs?|planning|horaires?|agenda|deroule|deroulement|emploi du temps|schedule|calendrier)\b/;
// A summary that is a year or a school year alone (`2025`, `2024-2025`, `Année 2024`): the
// block folds that year's sessions, one year of a page of events, as a heading would.
// Two expressions, so that no quantified group holds a quantifier (tests/hostile/regex-linear).
const YEAR_ALONE = /^(?:annee |saison )?(?:19|20)\d{2}$/;
const SCHOOL_YEAR_ALONE = /^(?:annee |saison )?(?:19|20)\d{2} ?[-/\u2013] ?(?:19|20)?\d{2}$/;
// How far into a `<details>` its `<summary>` is looked for.
const SUMMARY_REACH = 400;

/** The text of the `<summary>` that opens the details block at `start`, tags dropped, if any. */
function summaryOf(text: string, start: number): string | undefined {
  const head = text.slice(start, start + SUMMARY_REACH);
  const open = /<summary\b[^<>]{0,200}>/i.exec(head);
  if (!open) return undefined;
  const close = head.indexOf('</summary>', open.index);
  if (close < 0) return undefined;
  return head.slice(open.index + open[0].length, close).replace(/<[^<>]{0,200}>/g, ' ').replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim();
}

/**
 * Whether a `<details>` shows the programme rather than folding an archive away (see
 * above), from whether it is written open and the text of its `<summary>`: the one rule
 * for the source text, the HTML blocks and the HTML pages (html-blocks.ts, html-to-mdast.ts).
 */
export function detailsShowsProgramme(open: boolean, summary: string | undefined): boolean {
  const folded = summary === undefined ? '' : normaliseText(summary);
  if (ARCHIVE_WORDS.test(folded)) return false;
  if (open) return true;
  if (summary === undefined) return false;
  return PROGRAMME_WORDS.test(folded) || YEAR_ALONE.test(folded.trim()) || SCHOOL_YEAR_ALONE.test(folded.trim()) || datedTextOf(summary.replace(/:$/, '').trim(), true) !== undefined;
}

// How far above a `<details>` the heading that names it is looked for.
const HEADING_REACH = 300;

/**
 * The section heading right above the `<details>` at `start`, blank lines apart (`## Calendrier 3W6
 * E25 (Groupe 1010)` over a `<details>` with no `<summary>`): it names what the block folds.
 */
function headingAbove(text: string, start: number): string | undefined {
  const lines = text.slice(Math.max(0, start - HEADING_REACH), start).split('\n');
  // The line the `<details>` opens on is the last one, empty before the tag.
  lines.pop();
  while (lines.length > 0 && lines.at(-1)!.trim() === '') lines.pop();
  // A section's heading, not the page's title (`# Programme` names the whole page, not what a block of it folds).
  const heading = /^ {0,3}#{2,6}\s+(.+)$/.exec(lines.at(-1) ?? '');
  return heading?.[1]!.replace(/[*_`#]/g, '').trim();
}

/** Whether the `<details>` opening at `start` of `text` shows the programme; with no `<summary>`, the heading right above names it. */
export function detailsAtShowsProgramme(text: string, start: number): boolean {
  const tag = /^<details\b[^<>]{0,200}>/i.exec(text.slice(start, start + 200))?.[0] ?? '';
  const summary = summaryOf(text, start);
  if (summary !== undefined || /\sopen\b/i.test(tag)) return detailsShowsProgramme(/\sopen\b/i.test(tag), summary);
  // With no summary, a section heading that names the programme and no year (`## Calendrier 3W6
  // E25 (Groupe 1010)`): a year may name a past edition (`## Calendrier 2023-2024`), a day a session's notes.
  const heading = headingAbove(text, start);
  const folded = heading === undefined ? '' : normaliseText(heading);
  return heading !== undefined && !/\b(?:19|20)\d{2}\b/.test(heading) && PROGRAMME_WORDS.test(folded) && !ARCHIVE_WORDS.test(folded) && !/\b(?:dernier|derniere)\b/.test(folded);
}

/** The commented-out and folded parts of `text`. */
export function hiddenRanges(text: string): HiddenRanges {
  const ranges: HiddenRanges = [];
  for (const [open, close] of PAIRS) {
    let from = 0;
    for (;;) {
      const start = text.indexOf(open, from);
      if (start < 0) break;
      const closeAt = text.indexOf(close, start + open.length);
      // `--!>` ends a comment too, as HTML reads it (markdown-after-void-tags.ts).
      const early = open === '<!--' ? text.indexOf('--!>', start + open.length) : -1;
      let end = closeAt < 0 ? text.length : closeAt + close.length;
      if (early >= 0 && (closeAt < 0 || early < closeAt)) end = early + '--!>'.length;
      if (open === '<details' && detailsAtShowsProgramme(text, start)) {
        // Its content is read; the details inside it are looked at in turn.
        from = start + open.length;
        continue;
      }
      ranges.push([start, end]);
      from = end;
    }
  }
  ranges.push(...liquidComments(text));
  return ranges.sort((a, b) => a[0] - b[0]);
}

// Liquid's block comment, as a Jekyll page or a workshop template keeps its unused parts,
// its marks trimmed or not (`{% comment %}`, `{%- comment -%}`, `{% endcomment -%}`).
const LIQUID_OPEN = /\{%-?[ \t]{0,3}comment[ \t]{0,3}-?%\}/g;
const LIQUID_CLOSE = /\{%-?[ \t]{0,3}endcomment[ \t]{0,3}-?%\}/g;

/** The Liquid comments of a text, each from its opening tag to its closing one; an opening never closed (a page that names the tag in its prose) hides nothing. */
function liquidComments(text: string): HiddenRanges {
  const ranges: HiddenRanges = [];
  LIQUID_OPEN.lastIndex = 0;
  for (let open = LIQUID_OPEN.exec(text); open !== null; open = LIQUID_OPEN.exec(text)) {
    LIQUID_CLOSE.lastIndex = open.index + open[0].length;
    const close = LIQUID_CLOSE.exec(text);
    if (close === null) break;
    ranges.push([open.index, close.index + close[0].length]);
    LIQUID_OPEN.lastIndex = close.index + close[0].length;
  }
  return ranges;
}

/** Whether the source offset lies in a hidden part. */
export function isHidden(ranges: HiddenRanges, offset: number | undefined): boolean {
  if (offset === undefined) return false;
  return ranges.some(([start, end]) => start <= offset && offset < end);
}
