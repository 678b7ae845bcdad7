/*
 * The name a list of bare dates shares, written once in the line that introduces it: `Des
 * permanences d'aide au dépôt auront lieu à l'Hôtel de Ville :` over `- Mercredi 17
 * novembre de 13h30 à 17h`, `- Samedi 4 décembre de 9h30 à 11h30`. Each item writes only
 * its day and hours; a reader names each date by that line, as the calendar must, or its
 * events would have no title. A line that only says when (`Les dates :`), or that names no
 * event (`Pour rappel :`, `Prochaines dates :`), names nothing.
 */
import type { Paragraph } from 'mdast';
import { hasLetter } from '../dates/letters.js';
import { labelsWhen, namesAnEventWord } from './announced-sessions.js';
import { plainText } from './plain-text.js';
import type { SessionDraft } from './session-drafts.js';

// The longest lead taken for a title: a line, not a paragraph of prose ending with a colon.
const LEAD_CHARACTERS = 160;

/** Gives the list's items that name nothing (a date and hours alone) the line above the list as title, when it ends with a colon. */
export function titleByLead(drafts: SessionDraft[], above: Paragraph): void {
  const untitled = drafts.filter((draft) => draft.source === 'list' && !draft.day && !hasLetter(draft.title));
  if (untitled.length === 0) return;
  const text = plainText(above).trim();
  if (!text.endsWith(':') || text.length > LEAD_CHARACTERS) return;
  const title = text.slice(0, -1).trim();
  // `Les dates :`, `Horaires :` say when, not what.
  if (!hasLetter(title) || labelsWhen(title.replace(/^(?:les|the)\s+/i, ''))) return;
  // `Pour rappel :`, `À noter dans vos agendas :`, `Voici les dates retenues :` name no event;
  // `Des permanences d'aide au dépôt auront lieu :` does.
  if (!namesAnEventWord(title)) return;
  for (const draft of untitled) draft.title = title;
}
