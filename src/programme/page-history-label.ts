/*
 * Labels that date the page itself rather than something that happens: `Mis à jour :`,
 * `Publié le :`, `Dernière mise à jour :`, `Version :`, and those of a work journal that
 * date what was done (`Chronologie :`, `Réalisé le :`). The date after them is the page's
 * history, which a reader never puts in a calendar, whether the label stands on a line of
 * its own (labelled-date-line.ts) or on the line under a heading (`## Statistiques` over
 * `**Dernière mise à jour** : 2025-11-26`, read-dated-lists.ts).
 */
import { foldedWords, normaliseText } from '../dates/normalise-text.js';

// Folded first words of labels that date the page (its writing, update, publication, version).
const PAGE_HISTORY = new Set([
  'mise', 'mis', 'maj', 'modifie', 'modifiee', 'modification', 'modifications', 'publie', 'publiee', 'publication', 'redige', 'redigee',
  'cree', 'creee', 'creation', 'version', 'revision', 'derniere', 'dernier', 'updated', 'update', 'last', 'edite', 'edition', 'ecrit', 'ecrite',
  'copyright', 'auteur', 'author', 'posted', 'published', 'created', 'modified',
  // A work journal's record of when each task was done (`Chronologie : Mercredi 27 mai
  // (recherche) et Jeudi 28 mai (déploiement)`, `Réalisé le : 3 avril`): past work, no session.
  'chronologie', 'realise', 'realisee', 'realises', 'realisees', 'effectue', 'effectuee', 'fait', 'faite',
]);

/** Whether a label (the words before a date) dates the page itself: its first word is one of PAGE_HISTORY. */
export function labelDatesThePage(label: string): boolean {
  const first = foldedWords(normaliseText(label))[0];
  return first !== undefined && PAGE_HISTORY.has(first);
}
