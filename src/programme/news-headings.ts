/*
 * A page of news: one heading per item, the newest on top, each titled by the day it was
 * posted and its headline (`# 16/10/2023 : TD2 ce mercredi`, `<h2>2 mai : Relance et
 * modifications</h2>`). The day in such a heading is when the message was sent, not a
 * session: the sessions are the days the items announce in their text (`Nous avons TD ce
 * mercredi`, `Le tirage au sort aura lieu le 13 mai à 13h30`), which a reader lists instead.
 *
 * What tells such a page from a programme or a log of past meetings kept newest first
 * (`## Jeudi 25 novembre 2023 (3h)`, `## Conseil du 24/02/2023`), whose headings a reader
 * lists: the headings run backwards in time (three at least), each writes its date first
 * and a headline after a colon or a dash, and the items speak of other days (a weekday, a
 * date) in half of them at least. A heading that gives hours, or whose day holds slots,
 * stays what it is (`20 juin : Finales du tournoi` over `ce soir à partir de 18h`).
 */
import type { RootContent } from 'mdast';
import type { ResolvedDates } from '../dates/types.js';
import { toIsoDate } from '../dates/plain-date.js';
import type { SessionDraft } from './session-drafts.js';
import type { SourceText } from './source-text.js';

// The fewest headings a news page has, and its share of items that speak of other days.
const FEWEST = 3;
const HALF = 1 / 2;

// A date followed by a headline: a colon or a dash right after the date.
const HEADLINE = /^\s*(?:[:\u2013\u2014]|-\s)/u;

// Another day spoken of in an item: a weekday, a day and month, a numeric date.
const OTHER_DAY = /\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|\d{1,2}(?:er)? (?:janvier|f[e\u00e9]vrier|mars|avril|mai|juin|juillet|ao[u\u00fb]t|septembre|octobre|novembre|d[e\u00e9]cembre)|\d{1,2}\/\d{1,2})\b/iu;

// An HTML tag, its attributes with it.
const HTML_TAG = /<[^<>]*>/g;

/**
 * The dated headings of `drafts` that are the posting days of a page of news, not sessions.
 * `resolved`: the days of each dated draft; `nodes`: the page's top-level nodes.
 */
export function newsHeadings(drafts: SessionDraft[], nodes: RootContent[], source: SourceText, resolved: Map<SessionDraft, ResolvedDates | undefined>): Set<SessionDraft> {
  // Each item's text runs from its heading to the next heading of the page.
  const starts = nodes.filter((node) => node.type === 'heading').map((node) => node.position?.start.offset ?? 0);
  const atHeading = new Set(starts);
  // Headings only: a bold day line inside an item (`**Mercredi 19 juin à 13h** : …`) is what the item announces.
  const headings = drafts.filter((draft) => draft.source === 'heading' && draft.dated && !draft.day && (resolved.get(draft)?.days.length ?? 0) > 0 && atHeading.has(draft.position.start.offset ?? -1));
  const none = new Set<SessionDraft>();
  if (headings.length < FEWEST) return none;
  const first = (draft: SessionDraft) => toIsoDate(resolved.get(draft)!.days[0]!);
  for (let i = 1; i < headings.length; i++) if (first(headings[i]!) >= first(headings[i - 1]!)) return none;
  const written = (draft: SessionDraft) => source.slice(draft.position);
  const headlined = headings.every((draft) => {
    const text = written(draft);
    const at = text.indexOf(draft.dated!.line.dateText);
    return draft.dated!.line.lead === '' && at >= 0 && HEADLINE.test(text.slice(at + draft.dated!.line.dateText.length));
  });
  if (!headlined) return none;
  const speaksOfDays = headings.filter((draft) => {
    const from = draft.position.end.offset ?? 0;
    const to = starts.find((start) => start > from) ?? source.text.length;
    // An image's tag that restates the heading's day (`<img alt="visuel-2026/03/21" title
    // ="2026/03/21">`), or the item's words that do, speak of no other day; a tag that
    // announces another (`alt="Concert samedi 23 mars"`) still does.
    const day = draft.dated!.line.dateText;
    const text = source.text.slice(from, to).replace(HTML_TAG, (tag) => (tag.includes(day) ? ' ' : tag)).split(day).join(' ');
    return OTHER_DAY.test(text);
  }).length;
  if (speaksOfDays < headings.length * HALF) return none;
  return new Set(headings.filter((draft) => !draft.hours && draft.slots === 0));
}
