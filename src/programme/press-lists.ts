/*
 * A page's press review or reading list written as a list (`## Section Presse` over `-
 * [Common Voice devient multilingue](https://…) – 7 juin 2018`): each item a link to an
 * article, dated by when it came out, no session anyone attends. Told by the heading right
 * over it, which names articles, the press or interviews, and by its items, most of which
 * open with a link and none of which gives clock hours or a weekday (an event list under
 * `## Dans la presse` that says `mardi 19 mars` or `19h` is left to be read).
 */
import type { List } from 'mdast';
import { normaliseText } from '../dates/normalise-text.js';
import { ANY_CLOCK } from './slot-hours.js';
import { plainText } from './plain-text.js';

// A heading over articles (folded, whole words): `Revue de presse`, `Annonces et articles intéressants`, `Interview`, `Dans les médias`.
const PRESS_HEADING = /(?:^|[^a-z])(?:presse|articles?|interviews?|medias|ils parlent de nous|on parle de nous)(?![a-z])/;

/** Whether a heading's text names a press review or articles. */
export function namesArticles(heading: string): boolean {
  return PRESS_HEADING.test(normaliseText(heading));
}

// The fewest items of a list of articles.
const FEWEST_ARTICLES = 2;

// A weekday's name, whole word (folded).
const WEEKDAY = /(?:^|[^a-z])(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?![a-z])/;

/** Whether a text names a weekday. */
function weekdayNamed(text: string): boolean {
  return WEEKDAY.test(normaliseText(text));
}

/** Whether a list's items are articles: two or more, most opening with a link, none giving clock hours or a weekday. */
export function listsArticles(list: List): boolean {
  const items = list.children;
  if (items.length < FEWEST_ARTICLES) return false;
  let linked = 0;
  for (const item of items) {
    const first = item.children[0];
    if (first?.type !== 'paragraph') continue;
    // `[Séance 1](…) : mardi 19 mars`: a weekday names a day to come to, not a day of publication.
    if (ANY_CLOCK.test(plainText(first)) || weekdayNamed(plainText(first))) return false;
    if (first.children[0]?.type === 'link') linked++;
  }
  return linked * 2 > items.length;
}
