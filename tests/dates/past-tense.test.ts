/*
 * One detector of a past tense for every reader (a list's item, a line after a place, a
 * quote, an invitation): what a report of a day gone by says, and what only looks like it.
 */
import { describe, expect, it } from 'vitest';
import { toldInPast } from '../../src/dates/past-tense.js';

describe('a text told in the past is a report, not an item of a calendar', () => {
  it.each([
    'nous avons accueilli trente enfants',
    'la réunion a eu lieu à la mairie',
    'la rencontre a bien eu lieu',
    'ils ont tous participé',
    "l'assemblée s'est tenue à Lyon",
    'les bénévoles se sont réunis',
    'Nous nous sommes retrouvés à l’hôtel le mercredi 5 juin',
    'vous vous êtes inscrits nombreux',
    'je me suis rendu au forum',
    'le ministre a annoncé la fermeture',
    'le Conférencier a reçu un prix',
    'Marie a écrit :',
    'la fête fut belle',
    'la salle était pleine',
    'LE CLUB A ORGANISÉ UN TOURNOI',
    'les élus ont débattu du budget',
    'la ministre a convaincu les syndicats',
    'nous avons parcouru 12 km',
    'il y a eu un incident',
    'la soirée a été un succès',
    'le support a été distribué en séance',
  ])('%s', (text) => expect(toldInPast(text)).toBe(true));
});

describe('an auxiliary without a participle, `à` written `a`, `il y a` and a change of plan are no past', () => {
  it.each([
    'vous en avez la possibilité',
    'nous sommes heureux de vous accueillir',
    'nous vous retrouverons le 5 juin',
    'les ateliers ont lieu le samedi',
    'les cours ont aussi lieu le mardi',
    'nous avons le plaisir de vous inviter',
    'rendez-vous a côté de la mairie',
    'a proximité de la gare',
    "stage d'été pour les 8-12 ans",
    'A noter dans vos agendas',
    'il a lieu chaque mois',
    'les membres ont priorité',
    "il y a café d'accueil dès 13h30",
    'il y a marché le samedi',
    'les enseignants ont journée pédagogique',
    'les CM2 ont dictée le mardi',
    'la soutenance de Paul a été déplacée au 12 juin',
    'la date a été fixée au 12 juin',
    'attention, la salle a changé : B204',
    'le créneau a été déplacé à 15h',
    'la séance a été maintenue au 12 juin',
    'les inscriptions ont été ouvertes le 3 mars',
  ])('%s', (text) => expect(toldInPast(text)).toBe(false));
});
