/*
 * A page's press review, reading list or releases written as a list (`## Section Presse`
 * over `- [Common Voice devient multilingue](https://…) – 7 juin 2018`, `## Dernières
 * parutions` over `- **Vendredi 20 juin 2025**, sortie de la version ebook de mon roman`):
 * each item an article or a work, dated by when it came out, no session anyone attends.
 * Told by the heading right over it, which names articles, the press, interviews or
 * publications (or, above its first heading, by the page's title), and by its items, most of
 * which open with a link or a quoted title or say what came out, and none of which gives a
 * weekday unless it says what came out, nor clock hours but in one item of ten or more (an
 * event list under `## Dans la presse` that says `mardi 19 mars` or `19h` is left to be read).
 */
import type { List } from 'mdast';
import { normaliseText } from '../dates/normalise-text.js';
import { ANY_CLOCK } from './slot-hours.js';
import { plainText } from './plain-text.js';

// A heading over articles or works (folded, whole words): `Revue de presse`, `Annonces et
// articles intéressants`, `Interview`, `Dans les médias`, `Dernières parutions`, `Publications`.
const PRESS_HEADING = /(?:^|[^a-z])(?:presse|articles?|interviews?|medias|ils parlent de nous|on parle de nous|parutions?|publications?)(?![a-z])/;

// What an item says came out that day (folded, whole words): `sortie du numéro 14`, `sortie
// de la version papier`, `parution de`, `publication du tome 2`; not `sortie au musée`.
const RELEASED = /(?:^|[^a-z])(?:sortie (?:du|de|des|d)|parution|publication)(?![a-z])/;

// What a heading names beside the press when its list holds events too (folded): `Presse et
// rencontres`, `Revue de presse et agenda`.
const EVENTS_TOO = /(?:^|[^a-z])(?:rencontres?|agenda|dates?|evenements?|tournee|spectacles?|concerts?|ateliers?|seances?|conferences?|representations?)(?![a-z])/;

/** Whether a heading's text names a press review, articles or publications, and no events beside them. */
export function namesArticles(heading: string): boolean {
  const folded = normaliseText(heading);
  return PRESS_HEADING.test(folded) && !EVENTS_TOO.test(folded);
}

// The fewest items of a list of articles.
const FEWEST_ARTICLES = 2;

// A weekday's name, whole word (folded).
const WEEKDAY = /(?:^|[^a-z])(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?![a-z])/;

/** Whether a text names a weekday. */
function weekdayNamed(text: string): boolean {
  return WEEKDAY.test(normaliseText(text));
}

// At most one item in this many may give clock hours in its title (`« 11h11 – la newsletter
// #5 »`) in a long list of articles; a shorter list with one is left to be read.
const CLOCKS_PER_ITEMS = 10;

// An item that opens with a quoted title: `« Nos forêts alpines sont un modèle »,
// *Le Dauphiné Libéré*`, as a press page cites an article.
const QUOTED_TITLE = /^\s*[\u00ab"\u201c][^\u00bb"\u201d]{3,300}[\u00bb"\u201d]/;

/** Whether a list's items are articles or works: two or more, most opening with a link or a quoted title or saying what came out, nearly none giving clock hours (see above). */
export function listsArticles(list: List): boolean {
  const items = list.children;
  if (items.length < FEWEST_ARTICLES) return false;
  let linked = 0;
  let clocked = 0;
  for (const item of items) {
    const first = item.children[0];
    if (first?.type !== 'paragraph') continue;
    const text = plainText(first);
    const released = RELEASED.test(normaliseText(text));
    // `[Séance 1](…) : mardi 19 mars`: a weekday names a day to come to, not a day of
    // publication, unless the item says what came out on it.
    if (weekdayNamed(text) && !released) return false;
    if (ANY_CLOCK.test(text)) clocked++;
    if (first.children[0]?.type === 'link' || QUOTED_TITLE.test(text) || released) linked++;
  }
  return clocked * CLOCKS_PER_ITEMS <= items.length && (clocked === 0 || items.length >= CLOCKS_PER_ITEMS) && linked * 2 > items.length;
}
