/*
 * Forms read once held-out sets 95 and 96 were measured unseen and read (shodo-code-retreat-automne-2024,
 * deadrooster-des-concerts-2005, hugues-absil-expo-pontlevoy-2016,
 * menfop-catalogue-formations-2026, lyuna91-plannif-sprint-2024; dachille-analyse1-l1-2025,
 * nhoizey-cinema-plein-air-villette-2001, zestedesavoir-index-assemblees-2025,
 * belarbileo-annualproject-sprints-2025, hackinprovence-secsea-samedi-2024, unica-calc2-l1-2026,
 * ape-gaston-calendrier-2020, ape-gaston-ag-actions-2019), each checked on a short page, with the near forms that
 * must stay as they were.
 */
import { describe, expect, it } from 'vitest';
import { briefSessions, readSessions } from '../helpers/brief-sessions.js';
import { columnRole } from '../../src/programme/column-roles.js';
import { check } from '../helpers/read.js';

const brief = briefSessions;

// shodo-code-retreat-automne-2024: a day's agenda written with no header row.
describe('a day agenda whose first slot markdown makes the header row', () => {
  const page = [
    '## Lundi 4 novembre 2024',
    '',
    '| 🕓 9h-9h30     | Accueil & Petit déjeuner |',
    '|----------------|--------------------------|',
    '| 🕓 9h30-10h00  | Présentation de la journée |',
    '| 🕓 10h00-11h00 | Itération #1 |',
    '',
  ];

  it('keeps that first slot as a session, on its line, with the others', () => {
    expect(readSessions(page, 2024, 10).map((s) => `${s.line} ${s.days.join(' ')} ${s.times.map((t) => `${t.start}-${t.end}`).join()} ${s.title}`)).toEqual([
      '3 2024-11-04 09:00-09:30 Accueil & Petit déjeuner',
      '5 2024-11-04 09:30-10:00 Présentation de la journée',
      '6 2024-11-04 10:00-11:00 Itération #1',
    ]);
  });

  it('still takes a header that names the hours column for a header', () => {
    const named = ['## Lundi 4 novembre 2024', '', '| Horaire | Activité |', '|---|---|', '| 9h-9h30 | Accueil |', '| 9h30-10h | Présentation |', ''];
    expect(brief(named, 2024, 10)).toEqual(['5 2024-11-04 09:00-09:30', '6 2024-11-04 09:30-10:00']);
  });
});

// deadrooster-des-concerts-2005: concerts listed as `le 19 janvier, <name>`.
describe('a list item that opens with `le <date>,` then a name', () => {
  it('is a session on that day, the name its title', () => {
    const page = [
      'Deux dates qui s’annoncent pas mal :',
      '',
      '- le 19 janvier, Inrocks Indie Club à la Maroquinerie avec [Brakes][1] ;',
      '- le 22 mai, [Sleater-Kinney][2] au Nouveau Casino.',
      '',
      '[1]: https://example.org/brakes',
      '[2]: https://example.org/sleater-kinney',
      '',
    ];
    expect(readSessions(page, 2005, 12).map((s) => `${s.line} ${s.days.join(' ')} ${s.title}`)).toEqual([
      '3 2006-01-19 Inrocks Indie Club à la Maroquinerie avec Brakes',
      '4 2006-05-22 Sleater-Kinney au Nouveau Casino.',
    ]);
  });

  it('is prose when a subject or a past tense follows the comma', () => {
    const page = ['Notes :', '', '- Le 3 mars, nous irons au musée.', '- Le 10 mars, la salle ferme plus tôt.', '- Le 17 mars, Paul a présenté son travail.', ''];
    expect(brief(page, 2025, 2)).toEqual([]);
  });
});

// hugues-absil-expo-pontlevoy-2016: an artist's post template's `date_expo:`.
describe('a front-matter key that names the event kind’s date (`date_expo:`)', () => {
  it('gives the page its event’s days', () => {
    const page = ['---', 'layout: post', 'title:  "Exposition à l’Abbaye de Pontlevoy"', 'date:   2016-05-05 13:00:00', 'date_expo: Du 4 mai au 30 septembre', 'lieu_expo: Abbaye de Pontlevoy', '---', ''];
    expect(brief(page, 2016, 8)).toEqual(['3 2016-05-04..2016-09-30 (150)']);
  });
});

// menfop-catalogue-formations-2026: a sheet pasted as tab-separated lines.
describe('lines of tab-separated cells, a sheet pasted as text', () => {
  const header = ['id_formation', 'titre', 'lieu', 'duree_heures', 'date_debut', 'date_fin', 'horaire'].join('\t');
  const rows = [
    ['1', 'Différenciation pédagogique', 'CFEN', '10', '12/09/2026', '13/09/2026', '09:00-16:00'].join('\t'),
    ['2', 'Évaluation formative', 'Inspection', '5', '20/09/2026', '20/09/2026', '09:00-14:00'].join('\t'),
  ];

  it('is read as the table it shows, each row a session with its days and hours', () => {
    const page = ['feuille 1 : Formations', '', header, ...rows, ''];
    expect(readSessions(page, 2026, 7).map((s) => `${s.line} ${s.days.join(' ')} ${s.times.map((t) => `${t.start}-${t.end}`).join()} ${s.title}`)).toEqual([
      '4 2026-09-12 2026-09-13 09:00-16:00 Différenciation pédagogique',
      '5 2026-09-20 09:00-14:00 Évaluation formative',
    ]);
  });

  it('is no table when a line holds another number of tabs', () => {
    expect(brief(['feuille 1', '', header, rows[0]!, `${rows[1]!}\textra`, ''], 2026, 7)).toEqual([]);
  });

  it('reads a header that identifies, measures or counts the rows as no column of its own', () => {
    expect(['id_formation', 'duree_heures', 'Durée (heures)', 'Nombre de séances', 'Horaire', 'Date'].map(columnRole)).toEqual([undefined, undefined, undefined, undefined, 'hours', 'dates']);
  });
});

// lyuna91-plannif-sprint-2024: a line of weekday dates with one a month back, a slip.
describe('a line of dates one of which is a little earlier than the one before it', () => {
  const page = [
    '### Sprint 3 : Du 18 octobre au 26 novembre 2024',
    '',
    '- **Réunions de groupe** : Mercredi 23 octobre, Mercredi 30 octobre, Mercredi 6 novembre, Mercredi 13 octobre, Mercredi 20 novembre.',
    '- **Tâches** : Implémentation des frontières.',
    '',
  ];

  it('keeps the year for it and the days after it, and reports the weekday that does not fit', () => {
    const report = check(page.join('\n'), { committed: { year: 2024, month: 11, day: 2 } });
    // The sprint's heading is a session of its own (line 1); the meetings are line 3's.
    expect(readSessions(page, 2024, 11).filter((s) => s.line === 3).map((s) => s.days.join(' '))).toEqual(['2024-10-13 2024-10-23 2024-10-30 2024-11-06 2024-11-20']);
    expect(report.diagnostics.filter((d) => d.rule === 'weekday-mismatch').map((d) => d.message)).toEqual([
      expect.stringContaining('13 October 2024 is a Sunday, not a Wednesday'),
    ]);
  });

  it('still crosses into the next year when the month is far back', () => {
    const next = ['### Réunions 2024', '', '- **Réunions** : Mercredi 11 décembre, Mercredi 8 janvier.', ''];
    expect(readSessions(next, 2024, 11).map((s) => s.days.join(' '))).toEqual(['2024-12-11 2025-01-08']);
  });
});

// dachille-analyse1-l1-2025: a day written in a heading above a term's table.
describe('a heading above a table that writes a full day, not a year alone', () => {
  const page = [
    '#### Consultation des copies de l’examen du 16.01.2026',
    '',
    '### Tableau de bord',
    '',
    '| Cours | Date/heure | Salle |',
    '|---|---|---|',
    '| 1 | 8.09 <br/>8h00-10h00 | BN2-001 |',
    '| 2 | 15.12 <br/>8h00-10h00 | BN2-001 |',
    '| 3 | 5.01 <br/>8h00-10h00 | BN2-001 |',
    '',
  ];

  it('puts the rows in the term around that day', () => {
    expect(brief(page, 2026, 1)).toEqual(['7 2025-09-08 08:00-10:00', '8 2025-12-15 08:00-10:00', '9 2026-01-05 08:00-10:00']);
  });

  it('still gives its year alone to the rows under a heading that writes only a year', () => {
    const year = ['### Tableau de bord 2026', '', ...page.slice(4)];
    expect(brief(year, 2026, 1)[0]).toBe('5 2026-09-08 08:00-10:00');
  });
});

// nhoizey-cinema-plein-air-villette-2001: a festival's nights, one film each.
describe('a table of days and the film shown each', () => {
  it('is a programme, each film a session on its day', () => {
    const page = ['## En juillet 2001', '', '| **jour** | **film** | **réalisateur** |', '|---|---|---|', '| **mar. 17** | A BRIGHTER SUMMER DAY | Edward Yang |', '| **mer. 18** | FANNY ET ALEXANDRE | Ingmar Bergman |', ''];
    expect(readSessions(page, 2020, 1).map((s) => `${s.line} ${s.days.join(' ')} ${s.title}`)).toEqual(['5 2001-07-17 A BRIGHTER SUMMER DAY', '6 2001-07-18 FANNY ET ALEXANDRE']);
  });
});

// zestedesavoir-index-assemblees-2025: an association's index of its meetings, a dated line over each one's papers.
describe('dated lines each over a table of papers, kept year by year', () => {
  const papers = ['', 'Nature du document | Fichier PDF', '---|---', 'Procès-verbal | [PDF](pv.pdf)', ''];
  const meeting = (line: string) => [line, ...papers];
  const page = [
    '## Assemblées générales et réunions du CA',
    '',
    '### 2021',
    '',
    ...meeting('Assemblée Générale Ordinaire du 09 mai 2021'),
    ...meeting('Réunion du Conseil d’Administration du 09 mai 2021 (post AG)'),
    '### 2020',
    '',
    ...meeting('Assemblée Générale Ordinaire du 25 avril 2020'),
    ...meeting('Réunion du Conseil d’Administration du 23 novembre 2020'),
    '### 2018',
    '',
    ...meeting('Assemblée Générale Ordinaire du 14 avril 2018'),
    ...meeting('Réunion du Conseil d’Administration du 17 septembre 2018'),
    '### 2017',
    '',
    ...meeting('Assemblée Générale Ordinaire du 8 avril 2017'),
    ...meeting('Réunion du Conseil d’Administration du 8 avril 2017 (post AG)'),
  ];

  it('reads each dated line as the meeting it names', () => {
    expect(readSessions(page, 2025, 5).map((s) => `${s.days.join(' ')} ${s.title}`)).toEqual([
      '2021-05-09 Assemblée Générale Ordinaire',
      '2021-05-09 Réunion du Conseil d’Administration : post AG',
      '2020-04-25 Assemblée Générale Ordinaire',
      '2020-11-23 Réunion du Conseil d’Administration',
      '2018-04-14 Assemblée Générale Ordinaire',
      '2018-09-17 Réunion du Conseil d’Administration',
      '2017-04-08 Assemblée Générale Ordinaire',
      '2017-04-08 Réunion du Conseil d’Administration : post AG',
    ]);
  });

  it('reads no dated line over a table when fewer than three are', () => {
    expect(brief(['# Notes', '', ...meeting('Assemblée Générale Ordinaire du 09 mai 2021'), ...meeting('Réunion du Conseil d’Administration du 23 novembre 2020')], 2025, 5)).toEqual([]);
  });

  it('still sets aside a record of talks kept by subject, its years coming back again and again', () => {
    const talks = ['# Conférences', '', '* Trous noirs', '', '- 15 juin 2023 : Institut', '- 13 octobre 2018 : Société', '- 2 mars 2021 : Musée', '', '* Étoiles', '', '- 4 mai 2019 : Club', '- 9 juin 2023 : Lycée', '- 1 avril 2018 : Planétarium', '', '* Galaxies', '', '- 3 mars 2021 : Salon', '- 8 mai 2019 : École', '- 5 mai 2023 : Fête', ''];
    expect(brief(talks, 2024, 1)).toEqual([]);
  });
});

// belarbileo-annualproject-sprints-2025: a project's backlog, each task due on a day.
describe('a table of tasks and their deadlines', () => {
  const backlog = [
    '| **Index** | **Catégorie** | **Tâche** | **Deadline** | **Responsable** |',
    '|---|---|---|---|---|',
    '| 1 | Organisation | Lister toutes les étapes du projet | 23/03/2025 | LB |',
    '| 2 | Organisation | Concevoir nos 4 sprints | 23/03/2025 | LB |',
    '| 3 | Documentation | Rédiger le descriptif fonctionnel | 11/05/2025 | BM |',
    '',
  ];

  it('is no programme: no session, and the coordinator who names the file is told why', () => {
    const report = check(backlog.join('\n'), { committed: { year: 2025, month: 2, day: 28 } });
    expect(report.programme.sessions).toEqual([]);
    expect(report.diagnostics.map((d) => [d.rule, d.message])).toEqual([
      ['not-a-programme', expect.stringContaining('its rows are tasks with the day each is due (a project backlog), not sessions')],
    ]);
  });

  it('is still a programme when its dates name no deadline, or no column names tasks', () => {
    const sessions = ['| Séance | Deadline | Responsable |', '|---|---|---|', '| Cours 1 | 23/03/2025 | LB |', '| Cours 2 | 30/03/2025 | LB |', ''];
    expect(brief(sessions, 2025, 2)).toEqual(['3 2025-03-23', '4 2025-03-30']);
    const dated = ['| Tâche | Date | Responsable |', '|---|---|---|', '| Atelier 1 | 23/03/2025 | LB |', '| Atelier 2 | 30/03/2025 | LB |', ''];
    expect(brief(dated, 2025, 2)).toEqual(['3 2025-03-23', '4 2025-03-30']);
  });
});

// belarbileo-annualproject-sprints-2025: a sprint's heading over its length and its days.
describe('a heading over a length field that gives the days in brackets', () => {
  it('is the session over those days', () => {
    const page = ['#### **Sprint 1**', '- **Durée** : 28 jours (du 23/02/2025 au 23/03/2025)', '- **Tâches associées** : 12 tickets', '', '#### **Sprint 2**', '- **Durée** : ? jours (du 24/03/2025 au 11/05/2025)', ''];
    expect(brief(page, 2025, 2)).toEqual(['1 2025-02-23..2025-03-23 (29)', '5 2025-03-24..2025-05-11 (49)']);
  });

  it('is not a length that names no days', () => {
    expect(brief(['#### Sprint 1', '- **Durée** : 28 jours', '- **Tâches associées** : 12 tickets', ''], 2025, 2)).toEqual([]);
  });
});

// hackinprovence-secsea-samedi-2024: a talk's prose right over the `---` between two talks.
describe('a paragraph of several lines right over a `---` rule', () => {
  const page = [
    '# Programme SecSea – Samedi 12 octobre 2024',
    '',
    '## L’Après-midi – Conférences Techniques (14h00 - 18h00)',
    '',
    '### **14h45 – Drone2Pwn**  ',
    '**par vivescere**',
    '',
    'Dans un style digne d’un film d’espionnage, infiltrez un réseau Wi-Fi sécurisé depuis les airs.',
    '<br />',
    '---',
    '',
    '### **16h00 – ICS_KILLCHAIN**  ',
    '**par biero**',
    '',
  ];

  it('is that paragraph and a rule, not a heading over the next talk', () => {
    expect(readSessions(page, 2025, 5).map((s) => `${s.line} ${s.times.map((t) => `${t.start}-${t.end ?? ''}`).join()} ${s.title}`)).toEqual([
      '5 14:45- Drone2Pwn',
      '12 16:00- ICS_KILLCHAIN',
    ]);
  });

  it('is still a heading when it is a short title set over two lines', () => {
    const title = ['Libre en fête', '=============', '', '26 Mars 2016 10h-18h', 'Salle des Ursulines, Lannion', '-------------', ''];
    expect(brief(title, 2016, 3)).toEqual(['4 2016-03-26 10:00-18:00']);
  });
});

// unica-calc2-l1-2026: exams listed with their day after the label, one day moved.
describe('an item whose closing day was moved, the old one struck', () => {
  it('is on the day left standing, not cancelled', () => {
    const page = ['## Évaluation', '', '- Exam CC no. 1 (coeff. 1), 14/02/2026 09:30-11:30 (amphis Chimie + Info)', '- Exam CC no. 2 (coeff. 1), ~~27/03/2026~~ 26/03/2026 17:45-19:45 (amphis Chimie)', ''];
    expect(readSessions(page, 2026, 3).map((s) => `${s.line} ${s.days.join(' ')} ${s.times.map((t) => `${t.start}-${t.end}`).join()} ${s.status}`)).toEqual([
      '3 2026-02-14 09:30-11:30 confirmed',
      '4 2026-03-26 17:45-19:45 confirmed',
    ]);
  });

  it('reads the number after `no.` as the label’s, not a day', () => {
    expect(brief(['## Évaluation', '', '- Exam CC no. 1, 14/02/2026 09:30-11:30', '- Exam CC no. 2, 26/03/2026 17:45-19:45', ''], 2026, 3)).toEqual(['3 2026-02-14 09:30-11:30', '4 2026-03-26 17:45-19:45']);
  });

  it('is still cancelled when its struck day has no other standing', () => {
    expect(readSessions(['## Évaluation', '', '- Exam 1, 14/02/2026 09:30-11:30', '- ~~Exam 2, 26/03/2026 17:45-19:45~~', ''], 2026, 3).map((s) => s.status)).toEqual(['confirmed', 'cancelled']);
  });
});

// ape-gaston-calendrier-2020: a year's events, each a bold name then its day in brackets.
describe('an item of a bold name then its day in brackets', () => {
  const page = [
    '* **Le Concours photo** : (courant janvier) ouvert aux collégiens des 2 sites.',
    "* **La Soirée théâtre** : (25/01/2020) en partenariat avec l'APE de l'Ecole Primaire.",
    '* **Vente de charcuterie** : (en Mai) en partenariat avec l’APE.',
    "* **La grande course d'Obstacles** : (04/04/2020). Ce grand événement…",
    '',
  ];

  it('is a session on that day, named by its bold name; a month alone in the brackets is none', () => {
    expect(readSessions(page, 2019, 12).map((s) => `${s.line} ${s.days.join(' ')} ${s.title}`)).toEqual([
      '2 2020-01-25 La Soirée théâtre',
      "4 2020-04-04 La grande course d'Obstacles",
    ]);
  });
});

// ape-gaston-ag-actions-2019: the actions planned, each a bold name, a few words, then its day.
describe('an item of a bold name, then `le` or `du` and its day', () => {
  it('is a session on that day, named by its bold name', () => {
    const page = [
      'Durant la première réunion, nous avons planifié plusieurs actions :',
      '* **Randonnée d’automne** des collégiens le 13 octobre 2019. Cette randonnée aura lieu le matin.',
      '* **Benne à papier** du 18 au 22 novembre : une benne sera mise en place.',
      '* **Concours photo** pour tous les élèves en janvier',
      '',
    ];
    expect(readSessions(page, 2019, 9).map((s) => `${s.line} ${s.days.length > 1 ? `${s.days[0]}..${s.days.at(-1)}` : s.days[0]} ${s.title}`)).toEqual([
      '2 2019-10-13 Randonnée d’automne',
      '3 2019-11-18..2019-11-22 Benne à papier',
    ]);
  });

  it('is no session when the bold name is a field’s label or the day a bound', () => {
    for (const field of ['- **Horaires** : Roche d’Oëtre, du 1er juillet au 31 août : tous les jours.', '- **Deadline** : Avant le 1er décembre 2025', '- **Cotisation annuelle** avant le 3 mars 2025 : paiement en ligne']) {
      expect(brief(['## Infos pratiques', '', '- **Accès** : en bus', field, '- **Contact** : le bureau', ''], 2025, 6)).toEqual([]);
    }
  });
});

// The near forms the review of this stop found read wrongly, each kept as it was before.
describe('near forms that stay as they were', () => {
  it('a range whose end month is a little before its start still ends the next year', () => {
    const page = ['| Dates | Activité | Lieu |', '|---|---|---|', '| Du lundi 1er septembre 2025 au lundi 31 août | Adhésion et licence | Club |', '| Samedi 4 octobre 2025 | Tournoi | Club |', ''];
    const [season] = readSessions(page, 2025, 9);
    expect([season!.days[0], season!.days.at(-1), season!.days.length]).toEqual(['2025-09-01', '2026-08-31', 365]);
  });

  it('a heading that writes its year and, in brackets, a later day of it keeps its year for the rows', () => {
    const page = ['## Calendrier des séances 2025 (mis à jour le 20 octobre 2025)', '', '| Séance | Date | Salle |', '|---|---|---|', '| 1 | 14/01 | B12 |', '| 2 | 8/04 | B12 |', ''];
    expect(brief(page, 2025, 10)).toEqual(['5 2025-01-14', '6 2025-04-08']);
  });

  it('a heading that is a meeting’s day alone puts the next meeting after it', () => {
    const page = ['## 14 Décembre 2022', '', '| Date | Réunion |', '|---|---|', '| 11 janvier | Prochaine réunion du comité |', '| 8 février | Réunion suivante |', ''];
    expect(brief(page, 2022, 12)).toEqual(['5 2023-01-11', '6 2023-02-08']);
  });

  it('a capitalised clause or subject after `Le 3 mars,` is a sentence, in an item or a paragraph', () => {
    const items = ['- Le 3 mars, En raison de la grève, la bibliothèque sera fermée.', '- Le 17 mars, Attention, changement de salle.', '- Le 24 mars, Nous irons au musée.', ''];
    expect(brief(items, 2025, 2)).toEqual([]);
    expect(brief(['Le 10 mars, Marie et Paul iront au musée.', '', 'Le 17 mars, Marie et Paul iront au zoo.', ''], 2025, 2)).toEqual([]);
  });

  it('a pasted row whose first cell is empty keeps its cells in their columns', () => {
    const header = ['id', 'titre', 'lieu', 'date_debut', 'date_fin', 'horaire'].join('\t');
    const first = ['1', 'Différenciation', 'CFEN', '12/09/2026', '13/09/2026', '09:00-16:00'].join('\t');
    const unnumbered = ['', 'Évaluation formative', 'Inspection', '20/09/2026', '20/09/2026', '09:00-14:00'].join('\t');
    expect(readSessions(['feuille', '', header, first, unnumbered, ''], 2026, 7).map((s) => `${s.line} ${s.times.map((t) => `${t.start}-${t.end}`).join()} ${s.title}`)).toEqual([
      '4 09:00-16:00 Différenciation',
      '5 09:00-14:00 Évaluation formative',
    ]);
  });

  it('a record of talks kept by subject, each year once, is still set aside', () => {
    const talks = ['# Conférences', '', '* Trous noirs', '', '- 15 juin 2023 : Institut', '- 13 octobre 2012 : Société', '- 2 mars 2019 : Musée', '', '* Étoiles', '', '- 4 mai 2015 : Club', '- 9 juin 2021 : Lycée', '- 1 avril 2010 : Planétarium', '', '* Galaxies', '', '- 3 mars 2017 : Salon', '- 8 mai 2011 : École', '- 5 mai 2022 : Fête', ''];
    expect(brief(talks, 2024, 1)).toEqual([]);
  });

  it('a header that joins a length to another field keeps that field’s role', () => {
    expect(['Durée et horaires', 'Durée / Lieu'].map(columnRole)).toEqual(['hours', 'place']);
  });

  it('a log of films seen, dated when watched, is no programme', () => {
    const log = ['| Film | Vu le | Note |', '|---|---|---|', '| Dune 2 | 02/03/2024 | 4/5 |', '| Oppenheimer | 10/02/2024 | 5/5 |', '| Barbie | 20/03/2024 | 3/5 |', ''];
    expect(brief(log, 2024, 4)).toEqual([]);
  });

  it('a bold name with its own dates in brackets, or a hand-in’s bold name, is no event', () => {
    expect(brief(['* **Victor Hugo** (26/02/1802) : poète.', '* **Émile Zola** (02/04/1840) : romancier.', '* **George Sand** (01/07/1804) : romancière.', ''], 2025, 2)).toEqual([]);
    expect(brief(['* **Remise des dossiers de subvention** : (15/02/2025) à la mairie.', '* **Le Loto** : (08/03/2025) à la salle des fêtes.', ''], 2025, 1)).toEqual(['2 2025-03-08']);
  });

  it('a struck day followed by a bound is no new day', () => {
    const page = ['## Évaluation', '', '- Exam CC no. 3 (coeff. 1), 14/03/2026 09:30-11:30', '- Exam CC no. 4 (coeff. 1), ~~16/04/2026~~ reporté après le 30/04/2026', ''];
    expect(readSessions(page, 2026, 3).filter((s) => s.days.includes('2026-04-30'))).toEqual([]);
  });
});

// hackinprovence-secsea-samedi-2024: an afternoon's timed heading over its talks' timed headings.
describe('a timed heading over timed headings inside its hours', () => {
  const page = [
    '# Samedi 12 octobre 2024',
    '',
    '## Le Matin – Ateliers (9h00 - 12h00)',
    '',
    '### OSINT',
    '',
    '### Speedcode',
    '',
    '## L’après-midi – Conférences (14h00 - 18h00)',
    '',
    '### 14h00 – Talk A',
    '',
    '### 14h45 – Talk B',
    '',
    '## Le Soir – Apéro (18h00 - 20h00)',
    '',
  ];

  it('is the block its talks fall in, no session of its own; a block over untimed headings stays one', () => {
    expect(readSessions(page, 2025, 5).map((s) => `${s.line} ${s.times.map((t) => `${t.start}-${t.end ?? ''}`).join()} ${s.title}`)).toEqual([
      '3 09:00-12:00 Le Matin – Ateliers',
      '11 14:00- Talk A',
      '13 14:45- Talk B',
      '15 18:00-20:00 Le Soir – Apéro',
    ]);
  });

  it('stays a session when the timed heading below falls outside its hours', () => {
    const outside = ['# Samedi 12 octobre 2024', '', '## Atelier (9h00 - 12h00)', '', '### 14h00 – Goûter', ''];
    expect(brief(outside, 2025, 5)).toEqual(['3 2024-10-12 09:00-12:00', '5 2024-10-12 14:00-']);
  });
});
