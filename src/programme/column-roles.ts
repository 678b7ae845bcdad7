import { normaliseText } from '../dates/normalise-text.js';
import type { ColumnRole } from './model.js';

// Words that give a header its role, matched on whole words of the normalised header
// (case, accents and extra words ignored: `SESSIONS D'ACCOMPAGNEMENT`, `DATES 2019`).
// `horraire` is a misspelling the real documents use.
const roleWords: Array<[ColumnRole, readonly string[]]> = [
  ['dates', ['date', 'dates']],
  ['hours', ['horaire', 'horaires', 'heure', 'heures', 'horraire', 'horraires']],
  ['place', ['lieu', 'lieux', 'salle', 'salles', 'adresse']],
  ['audience', ['public', 'publics', 'audience', 'participants', 'mentors', 'promotion']],
  ['theme', ['thematique', 'thematiques', 'theme', 'themes', 'sujet', 'sujets']],
  ['title', ['session', 'sessions', 'seance', 'seances', 'evenement', 'evenements', 'titre', 'intitule', 'activite', 'activites', 'rendez-vous']],
];

/** The role a schedule-table header names, if any (`Thématique` -> `theme`). */
export function columnRole(header: string): ColumnRole | undefined {
  const words = normaliseText(header).split(/[^a-z0-9-]+/).filter(Boolean);
  for (const [role, keys] of roleWords) {
    if (words.some((word) => keys.includes(word))) return role;
  }
  return undefined;
}
