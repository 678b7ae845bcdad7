import { describe, expect, it } from 'vitest';
import { check, days, table } from '../helpers/read.js';
import { findScheduleTable } from '../../src/programme/find-schedule-table.js';
import { parseMarkdown } from '../../src/programme/parse-markdown.js';

// A session is something that happens: its row says what (a title, a subject), when in the
// day, where, for whom or who runs it. A register's rows are about people or things and
// where they stand (a name, a role, a grade, a term) with their dates: nobody would put
// them in a calendar, and their date cells (terms, years) are not session dates to check.

const registers: Record<string, string> = {
  'members and their terms (du ... au ...)': table(
    'Nom | Fonction | Mandat',
    'Marie Dupont | Présidente | du 12 mars 2019 au 3 avril 2022',
    'Jean Martin | Trésorier | du 12 mars 2019 au 3 avril 2022',
    'Claire Petit | Secrétaire | du 4 avril 2022 au 1er mars 2024',
  ),
  'officers, English headers, date of election': table(
    'Date | Name | Role',
    '12 March 2019 | Marie Dupont | President',
    '12 March 2019 | Jean Martin | Treasurer',
    '12 March 2019 | Claire Petit | Secretary',
    '4 April 2022 | Paul Durand | President',
  ),
  'diplomas: the same date repeated for many people': table(
    'Date | Étudiant | Diplôme | Mention',
    '28 juin 2023 | Alice Bernard | Master informatique | Très bien',
    '28 juin 2023 | Bruno Leroy | Master informatique | Bien',
    '28 juin 2023 | Chloé Moreau | Master informatique | Assez bien',
    '28 juin 2023 | David Simon | Master mathématiques | Bien',
  ),
  'grades: date of promotion, name, grade, status': table(
    'Date | Membre | Grade | Statut',
    '15/01/2022 | Lucie Garnier | Ceinture jaune | Validé',
    '15/01/2022 | Hugo Faure | Ceinture orange | Validé',
    '21/05/2022 | Emma Roux | Ceinture verte | En attente',
  ),
  'minutes of meetings: date and the link to the minutes': table(
    'Date | Compte rendu',
    '12 mars 2024 | [Compte rendu du bureau](cr/2024-03-12.md)',
    '2 avril 2024 | [Compte rendu du bureau](cr/2024-04-02.md)',
    '7 mai 2024 | [Compte rendu du bureau](cr/2024-05-07.md)',
  ),
  'publications, English: date, authors, title': table(
    'Date | Authors | Title',
    '2021-03-12 | M. Dupont, J. Martin | Learning schedules from markdown',
    '2022-06-01 | C. Petit | Calendars for everyone',
    '2023-01-20 | P. Durand, M. Dupont | A survey of agendas',
  ),
  'members with date of joining': table(
    'Date d\'adhésion | Prénom | Nom | Statut',
    '3 septembre 2021 | Marie | Dupont | Membre actif',
    '3 septembre 2021 | Jean | Martin | Membre actif',
    '10 octobre 2021 | Claire | Petit | Membre bienfaiteur',
  ),
  'terms with no header word: most date cells span months or years': table(
    'Dates | Qui',
    'du 12 mars 2019 au 3 avril 2022 | Marie Dupont',
    'du 4 avril 2022 au 1er mars 2024 | Jean Martin',
    'depuis le 2 mars 2024 | Claire Petit',
  ),
  'prize winners with no header word: many rows on one day': table(
    'Date | Récompensé | Catégorie',
    '14 octobre 2023 | Alice Bernard | Roman',
    '14 octobre 2023 | Bruno Leroy | Poésie',
    '14 octobre 2023 | Chloé Moreau | Essai',
    '9 mars 2024 | David Simon | Roman',
  ),
  // claude-craft-index-adr-2025: decisions filed under keywords, each with its title.
  'an index of decision records whose rows are tagged (`Tags`), titled and dated': table(
    'ADR | Titre | Statut | Date | Tags',
    '[0001](0001-chiffrement.md) | Chiffrement des données | Accepted | 2025-11-26 | security, rgpd',
    '[0002](0002-audit.md) | Journal d’audit | Proposed | 2025-12-03 | audit',
    '[0003](0003-architecture.md) | Architecture hexagonale | Refactoring | 2026-01-14 | architecture',
  ),
  'an English register of versions of a charter, most date cells ranges of years': table(
    'Date | Charter',
    '2015-2018 | First charter',
    '2018-2021 | Second charter',
    '2021 | Third charter',
  ),
};

describe('a dated table that is a register (people or things with their dates) is not a schedule', () => {
  for (const [name, text] of Object.entries(registers)) {
    it(`yields no session and no error: ${name}`, () => {
      const report = check(`# Association\n\n${text}`, { year: 2024 });
      expect(report.programme.sessions, name).toEqual([]);
      expect(report.diagnostics.map((d) => `${d.severity} ${d.rule}`), name).toEqual(['info not-a-programme']);
      // Found without FILES (the Action's default), it is not taken for a programme at all.
      expect(findScheduleTable(parseMarkdown(`# Association\n\n${text}`)), name).toBeUndefined();
    });
  }
});

const schedules: Record<string, [string, string[]]> = {
  'a course plan (Date | Séance | Salle)': [
    table('Date | Séance | Salle', '12 septembre 2024 | Introduction | B204', '19 septembre 2024 | Les boucles | B204', '26 septembre 2024 | Les fonctions | B210'),
    ['2024-09-12', '2024-09-19', '2024-09-26'],
  ],
  'a meetup list (Date | Sujet | Intervenant): speakers are people too': [
    table('Date | Sujet | Intervenant', '12 mars 2024 | Rust pour les débutants | Marie Dupont', '9 avril 2024 | Tests de propriétés | Jean Martin', '14 mai 2024 | Observabilité | Claire Petit'),
    ['2024-03-12', '2024-04-09', '2024-05-14'],
  ],
  'a defence schedule (Date | Heure | Étudiant | Jury)': [
    table('Date | Heure | Étudiant | Jury', '28 juin 2023 | 9h00 | Alice Bernard | M. Dupont, J. Martin', '28 juin 2023 | 10h00 | Bruno Leroy | M. Dupont, J. Martin', '28 juin 2023 | 11h00 | Chloé Moreau | C. Petit, P. Durand'),
    ['2023-06-28', '2023-06-28', '2023-06-28'],
  ],
  'an agenda with a time column, no title header': [
    table('Jour | Time | Contenu', 'Lundi 3 mars 2025 | 9h-12h | Accueil et présentation', 'Mardi 4 mars 2025 | 14h-17h | Atelier pratique'),
    ['2025-03-03', '2025-03-04'],
  ],
  'defences with the student named and no hours (Date | Étudiant | Sujet)': [
    table('Date | Étudiant | Sujet', '28 juin 2023 | Alice Bernard | Apprentissage de calendriers', '29 juin 2023 | Bruno Leroy | Analyse de programmes', '30 juin 2023 | Chloé Moreau | Graphes et agendas'),
    ['2023-06-28', '2023-06-29', '2023-06-30'],
  ],
  'a reading course with prose and no header word (Date | Contenu)': [
    table('Date | Contenu', '12 septembre 2024 | Présentation du cours', '19 septembre 2024 | Révisions : les boucles'),
    ['2024-09-12', '2024-09-19'],
  ],
  'a course log with a lecture and a tutorial on the same days, no header word': [
    table('Date | ', '12 septembre 2024 | Cours : présentation', '12 septembre 2024 | TD : premiers pas', '19 septembre 2024 | Cours : les boucles', '19 septembre 2024 | TD : exercices'),
    ['2024-09-12', '2024-09-12', '2024-09-19', '2024-09-19'],
  ],
  'workshops of several days (du ... au ...) with no header word': [
    table('Dates | ', 'du 3 au 7 mars 2025 | Initiation à la voile', 'du 14 au 18 avril 2025 | Perfectionnement', 'du 2 au 6 juin 2025 | Régate'),
    ['2025-03-03', '2025-04-14', '2025-06-02'],
  ],
  'an event list naming the event in a Nom header, with its host': [
    table('Date | Nom de l\'événement | Animateur', '12 mars 2024 | Soirée jeux | Marie Dupont', '9 avril 2024 | Atelier couture | Jean Martin'),
    ['2024-03-12', '2024-04-09'],
  ],
};

// Years are not days: a register by years has no column of dates at all.
const registersByYears: Record<string, string> = {
  'a column of years (terms of office)': table(
    'Année | Président | Trésorier',
    '2019 | Marie Dupont | Jean Martin',
    '2020 | Marie Dupont | Claire Petit',
    '2021 | Paul Durand | Claire Petit',
  ),
  'ranges of years in the dates column': table(
    'Période | Responsable | Rôle',
    '2015-2018 | Marie Dupont | Coordinatrice',
    '2018-2021 | Jean Martin | Coordinateur',
    '2021-2024 | Claire Petit | Coordinatrice',
  ),
};

describe('a register by years is no dated table', () => {
  for (const [name, text] of Object.entries(registersByYears)) {
    it(`yields no session and only the info that there is no schedule: ${name}`, () => {
      const report = check(`# Association\n\n${text}`);
      expect(report.programme.sessions, name).toEqual([]);
      expect(report.diagnostics.map((d) => `${d.severity} ${d.rule}`), name).toEqual(['info no-schedule-table']);
      expect(findScheduleTable(parseMarkdown(`# Association\n\n${text}`)), name).toBeUndefined();
    });
  }
});

describe('the info on a register says why it was not read', () => {
  it('names its rows as people or things with their dates, in English and in French', () => {
    const text = `# Bureau\n\n${registers['officers, English headers, date of election']}`;
    expect(check(text).diagnostics[0]?.message).toContain('its rows are about people or things with their dates');
    expect(check(text, { language: 'fr' }).diagnostics[0]?.message).toContain('ses lignes parlent de personnes ou de choses avec leurs dates');
  });

  it('keeps the listing reason for a press review', () => {
    const text = `# Presse\n\n${table('Date | Site | URL', '2020-08-28 | AEF | [Article](https://example.org/a)')}`;
    expect(check(text).diagnostics[0]?.message).toContain('it has no hours, place, audience or session column');
  });
});

describe('real schedules with people in them stay schedules', () => {
  for (const [name, [text, expected]] of Object.entries(schedules)) {
    it(`reads every row: ${name}`, () => {
      const sessions = check(`# Programme\n\n${text}`).programme.sessions;
      expect(sessions.map((s) => days(s)[0]), name).toEqual(expected);
    });
  }
});
