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
  'cree', 'creee', 'creation', 'version', 'revision', 'updated', 'update', 'edite', 'edition', 'ecrit', 'ecrite',
  'copyright', 'auteur', 'author', 'posted', 'published', 'created', 'modified',
  // A post's edit notice (`**Édit** : 15 mars 2024, correction d'une coquille.`) and its addenda.
  'edit', 'edits', 'addendum', 'erratum', 'errata',
]);

// Folded first words of a work journal's labels that date what was done (`Chronologie :
// Mercredi 27 mai (recherche) et Jeudi 28 mai (déploiement)`, `Réalisé le : 3 avril`): past work, no session.
const WORK_DONE = new Set(['chronologie', 'realise', 'realisee', 'realises', 'realisees', 'effectue', 'effectuee', 'fait', 'faite']);

// First words that date the page unless a session follows them: `Dernière mise à jour`,
// `Dernière actualisation`, `Last edit` are the page's; `Dernière séance : jeudi 12 juin` is a session.
const LAST = new Set(['derniere', 'dernier', 'dernieres', 'derniers', 'last']);
// Folded words after `Dernière` that name a session, not the page's history.
const SESSION_AFTER_LAST = new Set([
  'seance', 'seances', 'session', 'sessions', 'cours', 'reunion', 'atelier', 'ateliers', 'repetition', 'journee', 'rencontre', 'soiree',
  'seminaire', 'conference', 'sortie', 'date', 'dates', 'etape', 'epreuve', 'entrainement', 'match', 'concert', 'spectacle',
  'representation', 'td', 'tp', 'examen', 'visite', 'permanence', 'assemblee', 'formation', 'stage', 'semaine', 'week', 'weekend',
  'rendez', 'rdv', 'lecon', 'course', 'competition', 'meeting', 'day', 'class', 'event',
]);

/**
 * Whether a label (the words before a date) dates the page itself or the work a journal
 * records: its first word is one of PAGE_HISTORY or WORK_DONE, or `Dernière` (`Last`) before
 * anything but a session (SESSION_AFTER_LAST).
 */
export function labelDatesThePage(label: string): boolean {
  const [first, second] = foldedWords(normaliseText(label));
  if (first === undefined) return false;
  if (LAST.has(first)) return second === undefined || !SESSION_AFTER_LAST.has(second);
  return PAGE_HISTORY.has(first) || WORK_DONE.has(first);
}
