/*
 * The last line of a day's agenda that only says when the day ends (`* **20h50** -- Fin`,
 * `| 20h30 | Fin |`, `18h : Fin de la journée`): a start and no end, titled by the end and
 * nothing else. A reader lists the slots before it, not it; a closing talk or a ceremony
 * (`Clôture`, `Mot de la fin`) is a session and is kept.
 */
import { normaliseText } from '../dates/normalise-text.js';
import type { SessionDraft } from './session-drafts.js';

// A title that says only that the day ends (folded): `Fin`, `Fin de la journée`, `Fin du hackathon`, `Fin de l'événement`, `End`.
const END_ONLY = /^(?:fin|end|the end|fin de (?:la )?(?:journee|soiree|l'evenement|l'atelier|la session|la rencontre|la formation)|fin du (?:hackathon|meetup|seminaire|stage|programme|colloque|week-end)|fin des (?:travaux|activites|cours))[\s.!]*$/;

/** Whether a slot's title says only that the day ends (END_ONLY): `Fin`, `Fin de l'événement`. */
export function saysOnlyTheEnd(title: string): boolean {
  return END_ONLY.test(normaliseText(title));
}

/** The drafts of `drafts` that close a day's agenda so (see above): each the last slot of its day. */
export function closingSlots(drafts: readonly SessionDraft[]): SessionDraft[] {
  const closing: SessionDraft[] = [];
  drafts.forEach((draft, index) => {
    const slots = draft.hours?.slots;
    if (!draft.day || !slots || slots.length !== 1 || slots[0]!.end !== undefined) return;
    if (!saysOnlyTheEnd(draft.title)) return;
    // Its day's last slot, and not its only one.
    if (drafts.slice(index + 1).some((other) => other.day === draft.day)) return;
    if (!drafts.slice(0, index).some((other) => other.day === draft.day && other.hours)) return;
    closing.push(draft);
  });
  return closing;
}
