/*
 * A page's press review or reading list written as a list (`## Section Presse` over `-
 * [Common Voice devient multilingue](https://…) – 7 juin 2018`): each item a link to an
 * article, dated by when it came out, no session anyone attends. Told by its heading, which
 * names articles, the press or interviews, and by its items, most of which open with a link
 * and none of which gives clock hours (an event list under `## Dans la presse` that says
 * `19h` is left to be read).
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

/** Whether a list's items are articles: two or more, most opening with a link, none giving clock hours. */
export function listsArticles(list: List): boolean {
  const items = list.children;
  if (items.length < FEWEST_ARTICLES) return false;
  let linked = 0;
  for (const item of items) {
    const first = item.children[0];
    if (first?.type !== 'paragraph') continue;
    if (ANY_CLOCK.test(plainText(first))) return false;
    if (first.children[0]?.type === 'link') linked++;
  }
  return linked * 2 > items.length;
}
