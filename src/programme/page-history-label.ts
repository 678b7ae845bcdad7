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
]);

// Folded first words of a work journal's labels that date what was done (`Chronologie :
// Mercredi 27 mai (recherche) et Jeudi 28 mai (déploiement)`, `Réalisé le : 3 avril`): past work, no session.
const WORK_DONE = new Set(['chronologie', 'realise', 'realisee', 'realises', 'realisees', 'effectue', 'effectuee', 'fait', 'faite']);

// First words that date the page only before another of its words: `Dernière mise à jour`,
// `Last updated`; `Dernière séance : jeudi 12 juin` is a session.
const BEFORE_HISTORY = new Set(['derniere', 'dernier', 'last']);

/**
 * Whether a label (the words before a date) dates the page itself or the work a journal
 * records: its first word is one of PAGE_HISTORY or WORK_DONE (`Dernière`, `Last` only
 * before another of PAGE_HISTORY).
 */
export function labelDatesThePage(label: string): boolean {
  const [first, second] = foldedWords(normaliseText(label));
  if (first === undefined) return false;
  if (BEFORE_HISTORY.has(first)) return second !== undefined && PAGE_HISTORY.has(second) && !BEFORE_HISTORY.has(second);
  return PAGE_HISTORY.has(first) || WORK_DONE.has(first);
}


