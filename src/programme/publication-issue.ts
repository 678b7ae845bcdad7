/*
 * A list of a publication's issues with the day each came out (`- [Numéro 12](…)
 * (20/08/2021)`, `- Épisode 4 (3 mars 2024)`): a newsletter's or a podcast's back issues,
 * dated by publication, not sessions anyone attends. The title is the issue's number and
 * nothing else; an issue that names an event (`Numéro 3 : soirée de lancement`) is left
 * to be read as written.
 */
import { normaliseText } from '../dates/normalise-text.js';

// Folded: `numéro 12`, `n° 12`, `no 12`, `issue 12`, `épisode 4`, `gazette n°3`, `lettre 7`.
const ISSUE = /^(?:(?:la )?(?:gazette|lettre|newsletter|infolettre|bulletin) )?(?:numero|n ?\u00b0|no\.?|issue|episode)? ?\d{1,4}$/;

/** Whether an item's title is only the number of an issue of a publication (`Numéro 11`, `N° 3`, `Épisode 4`). */
export function namesAnIssue(title: string): boolean {
  const folded = normaliseText(title).replace(/\s+/g, ' ').trim();
  // A number alone is no issue: a course numbers its sessions so (`1 (12 mars)`).
  return !/^\d/.test(folded) && ISSUE.test(folded);
}
