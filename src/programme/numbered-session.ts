/*
 * The name a programme numbers its sessions or parts by (`Séance 1`, `TP 2`, `Volet 2`,
 * `Jour 3`): the words a reader matches when a session is named again further down (its
 * detail section) or when a heading over a date titles it.
 */
import { normaliseText } from '../dates/normalise-text.js';

// The kinds of class a title numbers (folded): `seance 1`, `tp 2`, `atelier n° 5`.
const CLASS_KINDS = ['seances?', 'sessions?', 'cours', 'tp', 'td', 'cm', 'atelier'];
// The other steps of a programme a title numbers: `semaine 3`, `volet 2`, `sprint 4`.
const STEP_KINDS = ['semaine', 'jour', 'module', 'chapitre', 'lecon', 'sprint', 'iteration', 'rencontre', 'reunion', 'volet', 'partie', 'etape'];
// The graded work a course numbers: `DM 1`, `DS 3`, `Interro n° 2`.
const GRADED_WORK_KINDS = ['dm', 'ds', 'devoirs?', 'interros?', 'interrogation', 'controle', 'examen', 'partiel', 'evaluation', 'quiz', 'projet'];

// Graded work a lead names, numbered or not (folded): `cc1`, `examen`, `partiel 2`, `soutenances`.
const GRADED_WORK = new RegExp(String.raw`^(?:${[...GRADED_WORK_KINDS, 'cc', 'soutenances?', 'rendus?'].join('|')})(?:\s?(?:n[\u00b0o] ?|#)?\d{1,3})?(?![a-z0-9])`);

// The same words anywhere in a title, after a word break (`Première soutenance`).
const GRADED_WORK_WITHIN = new RegExp(`(?:^|[^a-z0-9])${GRADED_WORK.source.slice(1)}`);

/**
 * Whether a lead names graded work (`CC1`, `Examen`, `Partiel 2`): an assessment, a hand-in
 * or a defence, not a class; with `within`, anywhere in it (`Première soutenance`).
 */
export function namesGradedWork(lead: string, within = false): boolean {
  return (within ? GRADED_WORK_WITHIN : GRADED_WORK).test(normaliseText(lead).trim());
}

/** The kinds a table's cell may number its rows by (schedule-cells.ts): graded work, classes, labs. */
export const NUMBERED_UNIT_KINDS = [...GRADED_WORK_KINDS, ...CLASS_KINDS, 'lab', 'labo'];

// A heading or title that numbers a session (folded): `seance 1`, `cours 3 :`, `tp 2`, `session #4`, `atelier n° 5`, `volet 2`.
export const NUMBERED_SESSION = new RegExp(String.raw`^(?:${[...CLASS_KINDS, ...STEP_KINDS].join('|')})\s?(?:n[\u00b0o] |n[\u00b0o]|#)?\d{1,3}\b`);

/** The numbered name a title opens with, folded, one space (`volet 2` of `Volet 2 : Sommet Togo 2015`), or undefined. */
export function numberedName(title: string): string | undefined {
  const found = NUMBERED_SESSION.exec(normaliseText(title));
  return found ? found[0].replace(/\s+/g, ' ') : undefined;
}

// The same name anywhere in a title, after a word break (`📓 Journal de bord — Session 7`).
const NUMBERED_WITHIN = new RegExp(`(?:^|[^a-z0-9])(${NUMBERED_SESSION.source.slice(1)})`);

/** The numbered names a title holds anywhere (`session 7` of `📓 Journal de bord — Session 7`; both of `Session 7, Session 8`), folded, one space. */
export function numberedNamesWithin(title: string): string[] {
  const folded = normaliseText(title);
  const names: string[] = [];
  for (let at = 0; at < folded.length; ) {
    const found = NUMBERED_WITHIN.exec(folded.slice(at));
    if (!found) break;
    names.push(found[1]!.replace(/\s+/g, ' '));
    at += found.index + found[0].length;
  }
  return names;
}
