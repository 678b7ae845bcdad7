/*
 * Forms read once held-out set 113 was measured unseen and read, each checked on a short
 * page, with the near forms that must stay as they were.
 */
import { describe, expect, it } from 'vitest';
import { briefProblems, briefSessions } from '../helpers/brief-sessions.js';

const brief = briefSessions;

// fpoisson2-objets-connectes-semaine06-2026 and tendo-plan-marathon-contexte-2026: each
// deadline or race set in bold, its title closed by its whole date, then a remark.
describe('an item whose bold words are a title closed by its whole date, then a remark', () => {
  it('reads the bold title and date, whatever follows the bold', () => {
    const deadlines = [
      '### Dates limites — à communiquer dès le début du cours',
      '- **Gerbers (PCB) : lundi 16 mars 2026 à 8h00** — commande groupée passée ce matin-là, note de 0 si non remis',
      '- **Projet complet : lundi 23 mars 2026 à 8h00**',
    ];
    expect(brief(deadlines, 2026, 2)).toEqual(['2 2026-03-16 08:00-', '3 2026-03-23 08:00-']);
    const races = [
      '### Les deux courses d’automne',
      '',
      '- **20 km de Paris, dimanche 11 octobre 2026** (S9). Record à battre : 1:33:24,',
      '  soit 4:40/km.',
      '- **10 km Hoka de Paris, dimanche 15 novembre 2026** (S14). Record à battre :',
      '  40:12, soit 4:01/km.',
    ];
    expect(brief(races, 2026, 8)).toEqual(['3 2026-10-11', '5 2026-11-15']);
  });

  it('keeps bold words that date the page, tell the past, or name a month alone', () => {
    expect(brief(['- **Mis à jour : lundi 3 mars 2025** — nouvelle version du programme', '- [Programme](programme.pdf)'], 2025, 3)).toEqual([]);
    expect(brief(['- **Le site a ouvert le 5 juin 2021** — merci à tous', '- [Accueil](index.md)'], 2021, 6)).toEqual([]);
    expect(brief(['- **Stage chez Dupont, mars 2024** — développement web', '- [CV](cv.pdf)'], 2025, 3)).toEqual([]);
    // cagnion-devpedia-journal-2026: a work log's bold sentence saying when a task was done.
    expect(brief(['- **`semantique-html5.md` (BR) entièrement retraduit le 2026-08-14** : au-delà du français resté…', '- Script réutilisable.'], 2026, 8)).toEqual([]);
  });
});

// bricemetthey-terminale-nsi-2024: a course page's list of links, one item a project's
// checkpoint closed by its whole date and a colon over what is due that day.
describe('an item closed by its whole date and a colon, over a list of its own', () => {
  const page = [
    '## Projet : Bases de données',
    '+ [Cahier des charges](cahier.pdf)',
    '+ Objectifs techniques : Découpage en modules, type hinting, docstrings',
    '+ Objectifs intermédiaires du 6 janvier 2025 :',
    '   + Arborescence de "navigation" entre les pages',
    '   + Une première version du Schéma entité-association',
  ];

  it('is a session on that day, its list what it holds', () => {
    expect(brief(page, 2024, 12)).toEqual(['4 2025-01-06']);
  });

  it('keeps such an item with no list under it, or a date with no year nor weekday', () => {
    expect(brief(page.slice(0, 4), 2024, 12)).toEqual([]);
    expect(brief([...page.slice(0, 3), '+ Objectifs intermédiaires du 6 janvier :', ...page.slice(4)], 2024, 12)).toEqual([]);
  });
});

// traasko-schuman-voyage-angleterre-2019: a school trip's journal, each day told in the past.
describe('a time a dated heading’s section tells in the past', () => {
  it('is a moment of the day told, not the hours it was held', () => {
    const journal = [
      '### Mardi 19 mars 2019',
      '',
      'Ce matin nous sommes partis à 8h en direction de Brighton. Ensuite nous avons pris des selfies.',
      '',
      '### Mercredi 20 mars 2019',
      '',
      'Ce matin nous avons visité la ville de Portsmouth.',
    ];
    expect(brief(journal, 2019, 4)).toEqual(['1 2019-03-19', '5 2019-03-20']);
  });

  it('keeps the one time an event’s section announces', () => {
    const event = ['## Samedi 30 septembre 2023', '', 'Gratuit et ouvert à tous. Spectacle à 18h, sans réservation.'];
    expect(brief(event, 2023, 9)).toEqual(['1 2023-09-30 18:00-']);
  });
});

// kadakour-salon-rdv-journal-2026: a project journal's numbered entries, each dated on the line below its heading.
describe('numbered journal entries dated below their headings', () => {
  const entry = (n: number, title: string, day: string) => [`## Entrée ${n} — ${title}`, `**Date :** ${day}`, '', 'Travail du jour.', ''];
  const journal = [
    ...entry(14, 'Dashboard admin', '31 juillet 2026'),
    ...entry(15, 'Chantier admin : salons et invitations', '03 août 2026'),
    ...entry(16, 'Invitations manager', '02 août 2026'),
    ...entry(17, 'Mot de passe', '05 août 2026'),
  ];

  it('reports the entry dated before the one above it', () => {
    expect(brief(journal, 2026, 8)).toEqual(['1 2026-07-31', '6 2026-08-03', '11 2026-08-02', '16 2026-08-05']);
    expect(briefProblems(journal, { year: 2026, month: 8, day: 9 })).toEqual(['12 out-of-order']);
  });

  it('says nothing of entries in date order', () => {
    const ordered = [...entry(1, 'Lancement', '1 août 2026'), ...entry(2, 'Invitations', '02 août 2026'), ...entry(3, 'Mot de passe', '05 août 2026')];
    expect(briefProblems(ordered, { year: 2026, month: 8, day: 9 })).toEqual([]);
  });
});

// tahianaraz-jeu-serieux-carnet-2024: a team's notebook plans a meeting among next week's
// tasks, then gives that day's entry a heading of its own.
describe('a day planned among a list of tasks, then given its own heading', () => {
  const notebook = [
    '## Semaine prochaine',
    '',
    '1. rechercher des questions',
    '2. rechercher des maquettes',
    '3. reunion lundi 09/12/24',
    '',
    "## Aujourd'hui  09/12/24",
    '1. correction du public cible',
    '2. Envoi des documents',
  ];

  it('keeps the heading’s entry: one planned day among tasks lists no sessions to detail', () => {
    expect(brief(notebook, 2024, 12)).toContain('7 2024-12-09');
  });

  it('still reads a heading on a day of a list of dated items as that item’s detail', () => {
    const listed = ['1. 2024-12-09 : Réunion de lancement', '2. 2024-12-16 : Maquettes', '', '## Séance du 9 décembre 2024', '', 'Compte rendu de la réunion.'];
    expect(brief(listed, 2024, 12)).toEqual(['1 2024-12-09', '2 2024-12-16']);
  });
});
