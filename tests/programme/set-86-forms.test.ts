/*
 * Forms read once held-out set 86 was measured unseen and read (qkzk's progressions,
 * lamartin-mpi-concours-ecrits-2026, athlaurentides-calendrier-jdq-2018,
 * mallouestan-changements-charte-2026, bitdevscotonou-seminaire-8-2025), checked here on a
 * short page, with the near forms that must stay as they were.
 */
import { describe, expect, it } from 'vitest';
import { buildCalendars } from '../../src/calendar/build-calendars.js';
import { parseIcs } from '../calendar/parse-ics.js';
import { briefSessions, readSessions } from '../helpers/brief-sessions.js';
import { check } from '../helpers/read.js';

const brief = briefSessions;
const errors = (lines: string[], year: number, month: number) =>
  check(lines.join('\n'), { committed: { year, month, day: 2 } })
    .diagnostics.filter((d) => d.severity === 'error')
    .map((d) => `${d.line} ${d.rule}`);

// A lycée teacher's year progression: a caption row over the real header, the first column
// dating each period's start and its holidays, the chapters below it undated or given the
// period's length, and a column of the weeks each chapter takes.
describe('a year progression under a caption row', () => {
  const page = (weeks: string[]) => [
    '# BTS Aéro 1',
    '',
    '| Progression | **BTS Aéro 1** | |',
    '|---|---|---|',
    `| **Date** | **Chapitres** | **Sem** |`,
    `| **Lundi 2 septembre** | 00. Consolidations | ${weeks[0]} |`,
    `| _7 semaines_ | 01. Calcul vectoriel | ${weeks[1]} |`,
    `| | 02. Étude de fonctions | ${weeks[2]} |`,
    '| **Samedi 19 octobre** | **Vacances de Toussaint** | |',
    `| **Lundi 4 novembre** | 03. Probabilités | ${weeks[3]} |`,
    `| | 04. Intégration | ${weeks[4]} |`,
    '| **Samedi 21 décembre** | **Noël** | |',
    `| **Lundi 6 janvier** | 05. Équations différentielles | ${weeks[5]} |`,
    '| **1er juin** | **Stages période 1** | |',
    '',
  ];

  it('reads a session where each period starts, in the school year its weekdays fit', () => {
    expect(brief(page(['2', '2', '4', '2', '2.5', '3']), 2019, 5)).toEqual(['6 2019-09-02', '10 2019-11-04', '13 2020-01-06', '14 2020-06-01']);
  });

  it('reports no undated chapter, no length as a date, and no weekday slip', () => {
    expect(errors(page(['2', '2', '4', '2', '2.5', '3']), 2019, 5)).toEqual([]);
  });

  it('still reads a column of week numbers as a plan of weeks, the undated rows reported', () => {
    // `Sem` over 1, 2, 3…: each row's week, not its length; an undated row is an omission.
    const numbered = errors(page(['1', '2', '3', '4', '5', '6']), 2019, 5);
    expect(numbered).toContain('8 missing-date');
  });
});

// The written papers of a class's entrance exams: each Date cell names the paper before its
// day, hours in brackets with the `h` written once, several papers one a line.
describe('a dates cell that names the paper before its day', () => {
  const page = (cell: string) => [
    '# Écrits 2026',
    '',
    '| Concours | Date | Épreuves |',
    '|---|---|---|',
    '| CCINP | Mercredi 22 avril 2026 (8 - 12h) | 4h |',
    `| Mines-Ponts | ${cell} | 4h |`,
    '| Centrale-Supélec | Mardi 5 mai 2026 (14 - 18h) | 4h |',
    '',
  ];

  it('reads the day and its hours after the label, the `h` written once', () => {
    expect(brief(page('Info C : Jeudi 30 avril 2026 (8 - 12h)'), 2026, 6)).toEqual([
      '5 2026-04-22 08:00-12:00',
      '6 2026-04-30 08:00-12:00',
      '7 2026-05-05 14:00-18:00',
    ]);
  });

  it('reads one day per line when the cell stacks the papers', () => {
    expect(brief(page('Info 1 : Lundi 27 avril 2026 (13 - 16h)<br />Info 2 : Mercredi 29 avril 2026 (8 - 12h)'), 2026, 6)).toEqual([
      '5 2026-04-22 08:00-12:00',
      '6 2026-04-27 13:00-16:00',
      '6 2026-04-29 08:00-12:00',
      '7 2026-05-05 14:00-18:00',
    ]);
  });

  it('titles each row by its competition, the column named `Concours`', () => {
    expect(readSessions(page('Info C : Jeudi 30 avril 2026 (8 - 12h)'), 2026, 6).map((s) => s.title)).toEqual(['CCINP', 'Mines-Ponts', 'Centrale-Supélec']);
  });

  it('leaves a label too long to be one unread', () => {
    expect(errors(page('Les candidats inscrits en filière MPI composent le : Jeudi 30 avril 2026'), 2026, 6)).toEqual(['6 unreadable-date']);
  });
});

describe('an ISO day then an en dash and the last day', () => {
  const page = (cell: string) => ['# Jeux', '', '| Date | Événement |', '|---|---|', `| ${cell} | Compétitions |`, ''];

  it('is a run of days in that month', () => {
    expect(brief(page('2018-07-28–31'), 2018, 7)).toEqual(['5 2018-07-28..2018-07-31 (4)']);
  });

  it('is not when a hyphen joins them, which the ISO date is made of', () => {
    expect(errors(page('2018-07-28-31'), 2018, 7)).toEqual(['5 unreadable-date']);
  });
});

describe('a page named a register of changes', () => {
  it('reads its dated headings as revisions, not sessions', () => {
    const page = ['---', 'title: Registre de changements', '---', '', '### 20 avril 2026 (Majeur)', '', '- Mise à jour des objectifs', '', '### 28 juillet 2025 (Majeur)', '', '1. Ajout des directives', ''];
    expect(readSessions(page, 2026, 4)).toEqual([]);
    expect(brief(page.map((line) => line.replace('Registre de changements', 'Registre des ateliers')), 2026, 4)).toEqual(['5 2026-04-20', '9 2025-07-28']);
  });
});

describe('a numeric date typed with spaces around its slashes', () => {
  const page = (date: string) => ['# Socratic Seminar #8', '', '## Informations', '', '- **Topic** : Bitcoin Core', `- **Date** : ${date}`, '- **Lieu** : SOROC', ''];

  it('is read with its year', () => {
    expect(brief(page('25 / 10 / 2025'), 2025, 10)).toEqual(['6 2025-10-25']);
  });

  it('is not without its year: a mark or a fraction is written so', () => {
    expect(brief(page('12 / 20'), 2025, 10)).toEqual([]);
  });
});

// A student troupe's page for its show: its dates a list under a label, each item its day
// and hour only (raconteurs-detourner-page-2025).
describe('the events of sessions with no title of their own', () => {
  const summaries = async (title: string) => {
    const page = [...(title ? [`# ${title}`, ''] : []), '**DATES** :', '', '- Jeudi 27 novembre 2025 - 12 h 30', '- Vendredi 28 novembre 2025 - 12 h 30', ''];
    const report = check(page.join('\n'), { committed: { year: 2025, month: 11, day: 20 } });
    const [output] = await buildCalendars(report, { language: 'en', timezone: 'Europe/Paris', readPrevious: async () => undefined, commitTime: async () => undefined });
    return parseIcs(output!.content).events.map((event) => event.summary);
  };

  it('are named after the programme', async () => {
    expect(await summaries('Détourner la page')).toEqual(['Détourner la page', 'Détourner la page']);
  });

  it('are called sessions on a page with no title', async () => {
    expect(await summaries('')).toEqual(['Session', 'Session']);
  });
});

// Near forms a review of the rules above brought up: each was read before them, and still is.
describe('near forms the rules of set 86 leave as they were', () => {
  it('a bold banner row under a real header is no header', () => {
    const page = ['## Samedi 14 mars 2026', '', '| Heure | Activité |', '|---|---|', '| **Jour 1** | **Lancement** |', '| 9h | Accueil |', '| 10h | Atelier |', ''];
    expect(brief(page, 2026, 3)).toEqual(['6 2026-03-14 09:00-', '7 2026-03-14 10:00-']);
    expect(errors(page, 2026, 3)).toEqual([]);
  });

  it('week numbers that repeat are no progression: each undated row takes the day above', () => {
    const page = ['# Cours', '', '| Date | Cours | Sem |', '|---|---|---|', '| 2 septembre 2026 | Intro | 1 |', '| | TD 1 | 1 |', '| 9 septembre 2026 | Cours 2 | 2 |', '| | TD 2 | 2 |', ''];
    expect(brief(page, 2026, 8)).toEqual(['5 2026-09-02', '6 2026-09-02', '7 2026-09-09', '8 2026-09-09']);
  });

  it('a heading `Date(s)` asks when, as `Dates` does: the agenda below is the day\'s', () => {
    const page = ['# Journée', '', '### Date(s)', '', 'Lundi 28 mai 2012 de 8h45 à 13h.', '', '## Agenda', '', '* 8h45 : Accueil', '* 9h30 : Atelier', '* 11h00 - 11h15 : Pause', ''];
    expect(brief(page, 2012, 5)).toEqual(['9 2012-05-28 08:45-', '10 2012-05-28 09:30-', '11 2012-05-28 11:00-11:15']);
  });

  it.each(['Date limite : vendredi 24 avril 2026', 'À confirmer : vendredi 24 avril 2026', 'Ancienne date : vendredi 24 avril 2026'])(
    'a label that says the day is not the session\'s stays unread: %j',
    (cell) => {
      const page = ['# Écrits 2026', '', '| Concours | Date |', '|---|---|', '| CCINP | Mercredi 22 avril 2026 |', `| Mines | ${cell} |`, ''];
      expect(errors(page, 2026, 4)).toEqual(['6 unreadable-date']);
    },
  );

  it('a length in brackets after a date is no hours', () => {
    expect(brief(['# Écrits 2026', '', '| Concours | Date |', '|---|---|', '| CCINP | Mercredi 22 avril 2026 (1 - 2h) |', ''], 2026, 4)).toEqual(['5 2026-04-22']);
  });

  it('an untitled session under a first heading that only asks when is called a session', async () => {
    const report = check(['## Dates', '', '- Jeudi 27 novembre 2025 - 12 h 30', '- Vendredi 28 novembre 2025 - 12 h 30', ''].join('\n'), { committed: { year: 2025, month: 11, day: 20 } });
    const [output] = await buildCalendars(report, { language: 'en', timezone: 'Europe/Paris', readPrevious: async () => undefined, commitTime: async () => undefined });
    expect(parseIcs(output!.content).events.map((event) => event.summary)).toEqual(['Session', 'Session']);
  });
});
