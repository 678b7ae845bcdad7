/*
 * Near forms a reviewer wrote against the rules read from held-out set 50
 * (set-50-forms.test.ts, set-48-forms.test.ts): pages where those rules first read what a
 * careful reader does not put in a calendar, or left out what a reader does. Each stays as a
 * reader reads it.
 */
import { describe, expect, it } from 'vitest';
import { briefSessions } from '../helpers/read.js';

const brief = (lines: string[], committed = { year: 2025, month: 6, day: 1 }) => briefSessions(lines, committed).map((line) => line.replace(/\s+/g, ' '));

describe('grids of weeks by weekday that are no plan of classes', () => {
  it('reads no canteen menu nor a library’s opening hours', () => {
    expect(brief(["# Menus de la cantine", "", "| Semaine | Lundi | Mardi | Jeudi | Vendredi |", "|---|---|---|---|---|", "| 05/05 - 09/05 | Lasagnes | Poisson pané | Poulet basquaise | Pizza |", "| 12/05 - 16/05 | Couscous | Omelette | Férié | Quiche |", ''])).toEqual([]);
    expect(brief(["# Horaires d'ouverture de la médiathèque", "", "| | Lundi | Mardi | Mercredi | Jeudi | Vendredi |", "|---|---|---|---|---|---|", "| 05/05 - 09/05 | Fermé | 10h-18h | 10h-18h | 14h-18h | 10h-18h |", "| 12/05 - 16/05 | Fermé | 10h-18h | 10h-12h | 14h-18h | 10h-18h |", ''])).toEqual([]);
  });

  it('reads a plan of classes without the days off its cells name, nor a week off across a row', () => {
    expect(brief(["# Emploi du temps S2", "", "| | Lundi | Mardi | Mercredi | Jeudi |", "|---|---|---|---|---|", "| 05/05 - 09/05 | Cours 1 | Jour férié | Pont | Cours 2 |", "| 12/05 - 16/05 | Congés | Fermeture | Grève | Pas cours |", "| 19/05 - 23/05 | Cours 3 | Férié (Pentecôte) | Journée pédagogique | Cours 4 |", ''])).toEqual(['5 2025-05-05 Cours 1', '5 2025-05-08 Cours 2', '7 2025-05-19 Cours 3', '7 2025-05-22 Cours 4']);
    expect(brief(["# Planning S2", "", "| | Lundi | Mardi | Mercredi | Jeudi |", "|---|---|---|---|---|", "| 07/04 – 11/04 | Cours 1 | | TP 1 | |", "| Vacances de printemps | | | | |", "| 28/04 – 02/05 | Cours 2 | | TP 2 | Férié ? |", "| 5/5-9/5 | Cours 3 | | TP 3 | |", '']).map((line) => line.split(' ').slice(0, 2).join(' '))).toEqual(['5 2025-04-07', '5 2025-04-09', '7 2025-04-28', '7 2025-04-30', '8 2025-05-05', '8 2025-05-07']);
  });
});

describe('codes stamped with a day that name no session', () => {
  it('dates no photo, backup or slide deck by its file’s stamp', () => {
    expect(brief(["# Photos du voyage", "", "| Photo | Lieu | Légende |", "|---|---|---|", "| IMG20230714 | Lyon | Feu d'artifice sur la Saône |", "| IMG20230715 | Annecy | Le lac au matin |", "| IMG20230716 | Chamonix | Vue sur le Mont-Blanc |", ''])).toEqual([]);
    expect(brief(["# Journal des sauvegardes", "", "| Archive | Heure | Serveur | Statut |", "|---|---|---|---|", "| backup20210922 | 02h00 | srv-db | OK |", "| backup20210923 | 02h00 | srv-db | OK |", "| backup20210924 | 02h15 | srv-db | Échec |", ''])).toEqual([]);
    expect(brief(["# Supports du cours", "", "| Séance | Salle | Diapositives |", "|---|---|---|", "| Introduction | B12 | slides20210901 |", "| Pointeurs | B12 | slides20210901 |", "| Structures | B14 | slides20210915 |", ''])).toEqual([]);
  });
});

describe('one-line dated titles that name no class', () => {
  it('reads no blog’s posts nor a diary’s days', () => {
    expect(brief(["# Blog du club informatique", "", "Le 20/09/2023 - Retour sur l'atelier Python", "", "Nous étions une quinzaine pour cette première. Merci à tous !", "", "Les supports sont en ligne sur le dépôt.", "", "Le 04/10/2023 - Photos de la conférence Linux", "", "Quelques photos prises par Marc.", "", "Elles sont sous licence CC-BY.", "", "Le 18/10/2023 - Compte rendu de la réunion de bureau", "", "Le bureau a voté le budget.", "", "Prochaine élection en juin.", ''], { year: 2023, month: 12, day: 1 })).toEqual([]);
    expect(brief(["# Mon journal", "", "Le 12/02/2024 - Sortie au cinéma", "", "On a vu le dernier Miyazaki, super.", "", "Il pleuvait en rentrant.", "", "Le 13/02/2024 - Soirée chez Paul", "", "Trop de monde.", "", "Le 14/02/2024 - Repas de famille", "", "Mamie a fait une tarte.", "", "Le 15/02/2024 - Cours de maths horrible", "", "Je n'ai rien compris.", ''], { year: 2024, month: 3, day: 1 })).toEqual([]);
  });
});

describe('weekday rows under a sentence that names another week', () => {
  it('reads no row in a registration week or a closure', () => {
    expect(brief(["# École d'été", "", "Les inscriptions sont ouvertes du 1er au 5 juin 2026. L'école d'été a lieu du 22 au 26 juin 2026 à Grenoble.", "", "| Séance | Intervenant | Thème |", "|---|---|---|", "| Lundi AM | A. Cohen | Accueil |", "| Lundi PM | B. Durand | Probabilités |", "| Mardi AM | C. Petit | Statistiques |", ''], { year: 2026, month: 5, day: 1 })).toEqual([]);
    expect(brief(["# Ateliers", "", "Le local est fermé du 22 au 26 juin 2026 pour travaux.", "", "| Séance | Public | Contenu |", "|---|---|---|", "| Lundi soir | Adultes | Couture |", "| Mercredi après-midi | Enfants | Bricolage |", "| Samedi matin | Tous | Repair café |", ''], { year: 2026, month: 5, day: 1 })).toEqual([]);
  });
});

describe('posts dated on their heading’s day that are events', () => {
  it('keeps a concert titled by its name, an open day titled by its day, and a newsletter’s first date', () => {
    expect(brief(["---", "title: \"Concert du 14 juillet 2024\"", "date: \"2024-07-14\"", "---", "", "# Dimanche 14 juillet 2024", "", "Grand concert de l'harmonie municipale sur la place de la mairie, suivi du feu d'artifice. Entrée libre.", ''], { year: 2024, month: 7, day: 1 })).toEqual(['6 2024-07-14 Dimanche 14 juillet 2024']);
    expect(brief(["---", "title: \"Samedi 12 octobre 2024\"", "date: 2024-10-12", "---", "", "# Samedi 12 octobre 2024", "", "Journée portes ouvertes du fablab : ateliers d'impression 3D, démonstrations de découpe laser.", ''], { year: 2024, month: 10, day: 1 })).toEqual(['6 2024-10-12 Samedi 12 octobre 2024']);
    expect(brief(["---", "title: \"Lettre d'information d'octobre\"", "date: 2024-10-12", "---", "", "Voici les prochains rendez-vous de l'association.", "", "## Samedi 12 octobre 2024", "", "Atelier réparation de vélos au local, apportez vos pièces.", "", "## Samedi 19 octobre 2024", "", "Sortie nature en forêt de Sénart.", "", "## Samedi 26 octobre 2024", "", "Assemblée générale.", ''], { year: 2024, month: 10, day: 1 }).map((line) => line.split(' ').slice(0, 2).join(' '))).toEqual(['8 2024-10-12', '12 2024-10-19', '16 2024-10-26']);
  });
});
