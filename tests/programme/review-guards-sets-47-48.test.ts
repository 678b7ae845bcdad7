/*
 * Near forms a reviewer wrote against the rules read from held-out sets 47 and 48
 * (set-47-forms.test.ts, set-48-forms.test.ts): pages where those rules first read what a
 * careful reader does not put in a calendar. Each stays as a reader reads it.
 */
import { describe, expect, it } from 'vitest';
import { sessionToJson } from '../../src/report/session-json.js';
import { briefSessions, check } from '../helpers/read.js';

const on = { year: 2024, month: 6, day: 1 };
const brief = (lines: string[], committed = on) => briefSessions(lines, committed).map((line) => line.replace(/\s+/g, ' '));
const statuses = (lines: string[]) => check(lines.join('\n'), { committed: on }).programme.sessions.map(sessionToJson).map((s) => `${s.line} ${s.status}`);

describe('dates followed by words that name no place', () => {
  it('reads no item whose day is a deadline, an approximation or a reminder (`au plus tard`, `aux alentours de`, `à noter`)', () => {
    expect(brief(["# Infos pratiques", "", "Quelques dates à retenir :", "", "- Le 12 décembre au plus tard, rendez vos dossiers d'inscription.", "- Le 15 janvier au lieu du 8 janvier, à cause des vacances.", "- Le 3 février aux alentours de midi, distribution des colis.", ''])).toEqual([]);
    expect(brief(["# Rappels", "", "- Le 4 octobre à noter : changement d'horaires de la garderie.", "- Le 12 octobre à vos agendas !", "- Le 20 octobre à peu près, arrivée des nouveaux manuels.", ''])).toEqual([]);
  });

  it('reads no press review whose items tell what happened at a place that day', () => {
    expect(brief(["# Revue de presse", "", "- Le 15 mars à Paris, le ministre a annoncé une réforme des lycées.", "- Le 20 mars chez nos voisins belges, la grève a été suivie.", "- Le 2 avril au Sénat, le texte a été adopté.", ''])).toEqual([]);
  });
});

describe('headings that write numbers with a dot, and no days', () => {
  it('reads no day in versions, chapter sections, or a log’s numbered exercises below its days', () => {
    expect(brief(["# Installation sur Ubuntu", "", "## 24.04", "", "Installer le paquet avec apt.", "", "## 22.04", "", "Même procédure, mais activer le PPA.", "", "## 20.04", "", "Version plus supportée.", ''])).toEqual([]);
    expect(brief(["# Cours de mathématiques - Chapitre 14", "", "### 14.1 - Définitions", "", "### 14.2 - Propriétés", "", "### 14.3 - Exercices", ''])).toEqual([]);
    expect(brief(["# Journal du cours", "", "## 13.11", "", "Introduction.", "", "### 2.1 - Exercice boucles", "", "### 2.2 - Exercice fonctions", "", "## 20.11", "", "Suite.", "", "### 3.1 - Exercice listes", "", "## 27.11", "", "Projet.", ''], { year: 2024, month: 12, day: 1 }).map((line) => line.split(' ').slice(0, 2).join(' '))).toEqual(['3 2024-11-13', '11 2024-11-20', '17 2024-11-27']);
  });
});

describe('lines and quotes that date something written, not a session', () => {
  it('reads no comment stamps written one a line', () => {
    expect(brief(["# Commentaires", "", "Posté par Marie - 7 septembre 2024, 20h00", "Posté par Paul - 8 septembre 2024, 09h15", "Posté par Luc - 9 septembre 2024, 11h30", ''])).toEqual([]);
  });

  it('reads no quoted mail, testimonial, edit notice or press quote', () => {
    for (const page of [["# Échanges avec la mairie", "", "> Le 12 mars 2024 à 10:15, Marie Dupont a écrit :", "> Bonjour, pouvons-nous disposer de la salle ?", "", "> Le 13 mars 2024 à 09:02, Service Culture a écrit :", "> Oui, la salle est disponible.", ''], ["# Avis des participants", "", "> 12 mars 2025 - \"Formation très claire, formateur à l'écoute.\" — Marie", "", "> 3 avril 2025 - \"Super atelier, je recommande !\" — Paul", ''], ["# Comment installer Python sous Windows", "", "> **Mise à jour** : 12 mars 2024, ajout de la section sur pip.", "", "> **Édit** : 15 mars 2024, correction d'une coquille.", "", "Voici comment faire...", ''], ["# Ils parlent de nous", "", "> 12 mars 2024, Ouest-France : Le club local brille au championnat régional.", "", "> 3 avril 2024, Le Télégramme : Une saison exceptionnelle pour les juniors.", '']]) expect(brief(page)).toEqual([]);
  });
});

describe('sections and lists that name a day for something else', () => {
  it('reads no section whose day is a deadline or another event’s, named in passing', () => {
    expect(brief(["# Appel à projets 2024", "", "## Dépôt des candidatures", "", "**Date :** le vendredi 15 mars 2024, avant minuit.", "", "Envoyez votre dossier complet par courriel.", "", "## Annonce des lauréats", "", "**Date :** le lundi 15 avril 2024.", "", "Les résultats seront publiés sur le site.", ''], { year: 2024, month: 1, day: 10 })).toEqual([]);
    expect(brief(["# Informations rentrée", "", "## Fournitures", "", "La liste des fournitures sera envoyée avant la rentrée, qui aura lieu le lundi 2 septembre 2024.", "", "## Cantine", "", "Les inscriptions à la cantine se dérouleront le vendredi 30 août 2024 de 9h à 12h en mairie.", ''], { year: 2024, month: 1, day: 10 })).toEqual([]);
  });

  it('reads no list of things found or people absent on a day', () => {
    expect(brief(["# Objets trouvés", "", "* Parapluie noir, trouvé le lundi 7/10 dans le préau", "* Gourde bleue, trouvée le mardi 8/10 au gymnase", "* Veste rouge, oubliée le vendredi 11/10 à la cantine", ''])).toEqual([]);
    expect(brief(["# Absences des professeurs", "", "* M. Dupont (mathématiques), absent le lundi 7/10 toute la journée", "* Mme Martin (anglais), absente le mardi 8/10 matin", "* M. Leroy (EPS), absent le jeudi 10/10, cours non remplacé", ''])).toEqual([]);
  });

  it('reads no photo gallery or document list nested under an event’s key', () => {
    expect(brief(["---", "title: Fête du village", "event:", "  name: Fête du village", "  galerie:", "    - image: photo1.jpg", "      date: 15/07/21", "      legende: Le feu d'artifice", "    - image: photo2.jpg", "      date: 16/07/21", "      legende: Le rangement", "---", "Merci à tous !", ''], { year: 2021, month: 6, day: 1 })).toEqual([]);
    expect(brief(["---", "title: Notre association", "events:", "  documents:", "    - fichier: compte-rendu-ag-2021.pdf", "      date: 21/07/21", "      title: Compte rendu de l'AG", "    - fichier: bilan-financier-2021.pdf", "      date: 15/09/21", "      title: Bilan financier", "---", "Texte.", ''], { year: 2021, month: 6, day: 1 })).toEqual([]);
  });
});

describe('titles and statuses', () => {
  it('titles no session by a resource’s link or a reminder line', () => {
    expect(brief(["# Cours de guitare", "", "**Séance 1** : Mardi 16 septembre", "[Les accords de base](./accords)", "", "**Séance 2** : Mardi 23 septembre", "[Support de cours (PDF)](./seance2.pdf)", "", "**Séance 3** : Mardi 30 septembre", "[Inscription](https://forms.example.org/inscription)", ''], { year: 2025, month: 6, day: 1 }).map((line) => line.replace(/^\d+ \S+ /, ''))).toEqual(['Séance 1 : Les accords de base', 'Séance 2', 'Séance 3']);
    expect(brief(["## Permanences impôts", "", "Pour rappel :", "", "- Mercredi 17 novembre 2021 de 13h30 à 17h", "- Samedi 4 décembre 2021 de 9h30 à 11h30", ''], { year: 2021, month: 6, day: 1 }).map((line) => line.split(' ').length)).toEqual([3, 3]);
  });

  it('takes no condition, habit or thanks for a cancellation', () => {
    expect(statuses(["# Sorties du club", "", "- Samedi 12 avril 2025 : randonnée en forêt de Soignes (en cas de pluie, la sortie n'aura pas lieu)", "- Samedi 26 avril 2025 : balade vélo, 9h, si moins de 5 inscrits elle n'aura pas lieu", "- Samedi 10 mai 2025 : pique-nique, l'an dernier il n'avait pas eu lieu à cause de la pluie", ''])).toEqual(['3 confirmed', '4 confirmed', '5 confirmed']);
    expect(statuses(["# Ateliers", "", "- Mercredi 16 octobre 2024 : atelier BD (rappel : les ateliers n'ont pas lieu pendant les vacances)", "- Mercredi 23 octobre 2024 : atelier peinture, merci à Paul sans qui il n'aurait pas eu lieu", ''])).toEqual(['3 confirmed', '4 confirmed']);
  });
});
