/*
 * Guards from the review of the forms read from held-out sets 105 and 106: each input a
 * coordinator could write on which the reviewed engine read a session, a day or a time a
 * careful reader would not.
 */
import { describe, expect, it } from 'vitest';
import { briefSessions, readSessions } from '../helpers/brief-sessions.js';
import { check } from '../helpers/read.js';

const brief = briefSessions;

describe('an office’s hours among a paragraph’s lines', () => {
  it('are no series’ hours', () => {
    const page = ['# Ateliers de l’automne 2025', '', '- Samedi 4 octobre 2025 : Atelier poterie', '- Samedi 11 octobre 2025 : Atelier vannerie', '- Samedi 18 octobre 2025 : Atelier couture', '', 'Renseignements à l’accueil de la mairie.', 'Horaires : du lundi au vendredi, 8h30-17h', ''];
    expect(brief(page, 2025, 9)).toEqual(['3 2025-10-04', '4 2025-10-11', '5 2025-10-18']);
  });

  it('a teacher’s weekday of office hours goes to no class on another weekday', () => {
    const page = ['Permanence de l’enseignant', 'Jour : Mardi de 16h à 18h – Bureau 204', '', 'Programme :', '', '* Lundi 15 septembre 2025 : Introduction', '* Lundi 22 septembre 2025 : Chapitre 1', ''];
    expect(brief(page, 2025, 9)).toEqual(['6 2025-09-15', '7 2025-09-22']);
  });
});

describe('a list of evenings under a heading of talks, each with its time', () => {
  it('keeps each evening’s time', () => {
    const page = ['## Conférences', '', '- La forêt, 16 octobre 2025, 20h30', '- Le climat, 13 novembre 2025, 20h30', '- Les canaux, 11 décembre 2025, 20h30', ''];
    expect(brief(page, 2025, 9)).toEqual(['3 2025-10-16 20:30-', '4 2025-11-13 20:30-', '5 2025-12-11 20:30-']);
  });

  it('reads no deadline of a call for talks', () => {
    const page = ['## Appel à communications', '', '- Date limite de soumission, 15 mars 2025, minuit', '- Notification aux auteurs, 15 avril 2025, par courriel', '- Version finale, 15 mai 2025, en ligne', ''];
    expect(readSessions(page, 2025, 1).filter((session) => session.line === 3)).toEqual([]);
  });
});

describe('prose wrapped before a day under a heading of talks', () => {
  it('is no card', () => {
    const page = ['## Présentation', '', 'L’association a été fondée le', '12 mars 1998 à la maison de quartier.', 'Elle compte aujourd’hui plus de cent membres.', ''];
    expect(brief(page, 2025, 9)).toEqual([]);
  });

  it('a card that says it was cancelled is cancelled', () => {
    const page = ['# Communications', '', '**Jean Dupont**, « Titre »  ', '*Colloque de l’AFHU* (annulé)  ', '12 mars 2025 - Lyon', ''];
    expect(readSessions(page, 2025, 1).map((session) => session.status)).toEqual(['cancelled']);
  });
});

describe('lists under a sub-heading of an event’s page', () => {
  it('are no talks when the page’s title names the colloquium', () => {
    const page = ['# Colloque « Villes et mémoires »', '', '## Ils en parlent', '', '- « Lyon se souvient », *Le Progrès*, 12 mars 2024, en ligne', '- « La mémoire des villes », *Libération*, 14 mars 2024, rubrique Idées', '- Entretien avec Marie Durand, *France Culture*, 20 mars 2024, La Grande Table', ''];
    expect(brief(page, 2024, 4)).toEqual([]);
  });

  it('are no talks under a CV’s sub-heading of prizes', () => {
    const page = ['## CV', '', '### Colloques et séminaires', '', '#### Prix et distinctions', '', '- Prix de thèse de la ville, Hôtel de ville, 20.11.2016, Lyon', '- Prix jeune chercheur, Académie, 12.05.2017, Paris', '- Médaille, Société savante, 03.03.2018, Lille', ''];
    expect(brief(page, 2018, 6)).toEqual([]);
  });
});

describe('a timed heading right over its timed items', () => {
  it('is the part of the day they fall in', () => {
    const page = ['# Journée d’étude – jeudi 16 octobre 2025', '', '### 9h Matinée', '', '- 9h30 Accueil', '- 10h Conférence inaugurale', '', '### 14h Après-midi', '', '- 14h15 Atelier A : cartographie', '- 15h30 Atelier B : archives', ''];
    expect(brief(page, 2025, 9)).toEqual(['5 2025-10-16 09:30-', '6 2025-10-16 10:00-', '10 2025-10-16 14:15-', '11 2025-10-16 15:30-']);
  });
});

describe('counted day headings under a registration window told as two days', () => {
  it('raise no error', () => {
    const page = ['# Hackathon 2025', '', 'Inscriptions les 6 et 7 novembre 2025 sur le site. Le hackathon se déroule à Lyon.', '', '### Jour 1 - jeudi 13', '- 9h Accueil', '', '### Jour 2 - vendredi 14', '- 9h Pitchs', ''].join('\n');
    const report = check(page, { committed: { year: 2025, month: 11, day: 1 } });
    expect(report.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});

describe('a number after a weekday’s day and a comma', () => {
  it('is no year', () => {
    const page = ['## Marché', '', '- Samedi 12 avril, 2000 exemplaires distribués au marché', '- Samedi 19 avril, 1930 - ouverture des portes', '- Dimanche 27 avril, 2025 - Fête du printemps', ''];
    expect(brief(page, 2025, 3)).toEqual(['3 2025-04-12', '4 2025-04-19', '5 2025-04-27']);
  });
});

describe('a price written as two dotted numbers after a date', () => {
  it('is no time', () => {
    expect(brief(['## Vide-grenier', '', '- Samedi 4 octobre 2025 : 12.50-15.00 € selon la taille du stand', '- Samedi 11 octobre 2025 : Brocante', ''], 2025, 9)).toEqual(['3 2025-10-04', '4 2025-10-11']);
  });
});

describe('a timed line that speaks to its reader after a question mark', () => {
  it('stays prose under its day', () => {
    const page = ['## Jeudi 12 juin 2025 - Réunion publique', '', 'Venez nombreux.', '', '18h30, vous hésitez encore ? Sachez que la réunion publique est ouverte à tous, habitants comme commerçants du quartier.', ''];
    expect(brief(page, 2025, 5).map((line) => line.split(' ')[0])).toEqual(['1']);
  });
});
