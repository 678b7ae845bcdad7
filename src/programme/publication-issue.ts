/*
 * A list of a publication's issues with the day each came out (`- [Numéro 12](…)
 * (20/08/2021)`, `- Épisode 4 (3 mars 2024)`): a newsletter's or a podcast's back issues,
 * dated by publication, not sessions anyone attends. The title is the issue's number and
 * nothing else; an issue that names an event (`Numéro 3 : soirée de lancement`) is left
 * to be read as written.
 */
import { normaliseText } from '../dates/normalise-text.js';

// The words that may name a publication before its number (folded): `gazette n°3`, `la lettre 7`.
const PUBLICATIONS = ['la gazette ', 'gazette ', 'la lettre ', 'lettre ', 'newsletter ', 'infolettre ', 'bulletin '];
// The words that name an issue before its number (folded): `numéro 12`, `n° 12`, `no 12`, `issue 12`, `épisode 4`.
const ISSUE_WORDS = ['numero', 'n\u00b0', 'n \u00b0', 'no.', 'no', 'issue', 'episode'];

/** Whether an item's title is only the number of an issue of a publication (`Numéro 11`, `N° 3`, `Épisode 4`). */
export function namesAnIssue(title: string): boolean {
  let rest = normaliseText(title).replace(/\s+/g, ' ').trim();
  const publication = PUBLICATIONS.find((words) => rest.startsWith(words));
  if (publication) rest = rest.slice(publication.length);
  const issue = ISSUE_WORDS.find((word) => rest.startsWith(word));
  // A number alone is no issue: a course numbers its sessions so (`1 (12 mars)`).
  if (!issue && !publication) return false;
  if (issue) rest = rest.slice(issue.length).trim();
  return /^\d{1,4}$/.test(rest);
}
