import { describe, expect, it } from 'vitest';
import { check, days, table } from '../helpers/read.js';

// A dated table whose header names its title column in a word no list holds is a schedule
// when its rows hold a day and prose; it is turned away only on evidence of a listing.
describe('a dated table is a schedule from what its cells hold', () => {
  const headers = [
    'Date | Contenu',
    'Dates | Chapitre',
    'Jour | Thème abordé',
    'Date | Ordre du jour',
    'Quand | Détails',
    'Date | Travaux à rendre',
    'Date | À faire',
    'Date | Remarques',
    'Day | Notes',
    'Date | Activités prévues',
  ];

  it('reads every row whatever word names the title column, French or English or none', () => {
    for (const header of headers) {
      const text = '# Cours 2024-2025\n\n' + table(header, '12 septembre | Présentation du cours et des outils', 'Jeudi 19 sept. | Révisions : les boucles', '26/09 | Examen partiel en salle B');
      const sessions = check(text).programme.sessions;
      expect(sessions.map((s) => days(s)[0]), header).toEqual(['2024-09-12', '2024-09-19', '2024-09-26']);
      expect(sessions[0]!.title.text, header).toBe('Présentation du cours et des outils');
    }
  });

  it('reads a table whose title column has no header at all', () => {
    const text = '# Cours 2024-2025\n\n| Date |  |\n| --- | --- |\n| 12 septembre | Présentation du cours |\n| 26/09 | Examen partiel en salle B |\n';
    const sessions = check(text).programme.sessions;
    expect(sessions.map((s) => days(s)[0])).toEqual(['2024-09-12', '2024-09-26']);
    expect(sessions.map((s) => s.title.text)).toEqual(['Présentation du cours', 'Examen partiel en salle B']);
  });

  it('takes the first column holding prose as the title when the title column is named by nothing', () => {
    const text = table('Semaine | Date | Lecture | Support', '1 | 3 mars 2025 | Introduction à la sociologie | [pdf](https://example.org/1.pdf)', '2 | 10 mars 2025 | Durkheim et le suicide | [pdf](https://example.org/2.pdf)');
    const sessions = check(text).programme.sessions;
    expect(sessions.map((s) => s.title.text)).toEqual(['Introduction à la sociologie', 'Durkheim et le suicide']);
    expect(sessions.map((s) => days(s)[0])).toEqual(['2025-03-03', '2025-03-10']);
  });

  // The cells that found the dates column and the cells that make it a schedule are asked
  // the same question (writesADay): a date after its week's number counts for both.
  it('reads a column of dates written after their week number when no header names the dates', () => {
    for (const label of ['Semaine', 'Sem.', 'S', 'Week']) {
      const text = '# Cours 2024-2025\n\n' + table(`${label === 'S' ? 'N°' : label} | Contenu`, `${label} 1 (16/09) | Introduction aux graphes`, `${label} 2 (23/09) | Parcours en largeur`, `${label} 3 ${label === 'S' ? '(30/09)' : '- 30/09'} | Plus courts chemins`);
      expect(check(text).programme.sessions.map((s) => days(s)[0]), label).toEqual(['2024-09-16', '2024-09-23', '2024-09-30']);
    }
  });

  it('is not a schedule when most rows hold links, file names, versions or sizes beside the day', () => {
    const listings = [
      table('Date | Fiche', '2024-02-01 | notes-cours-1.pdf', '2024-02-08 | notes-cours-2.pdf'),
      table('Date | Numéro', '12 mars 2024 | v1.2.0', '2 avril 2024 | v1.3.0'),
      table('Date | Poids', '12 mars 2024 | 12 Mo', '2 avril 2024 | 3,5 Mo'),
      table('Date | Article', '12 mars 2024 | [Le Monde](https://example.org/a)', '2 avril 2024 | [Libération](https://example.org/b)'),
      table('Date | Qui | Courriel', '12 mars 2024 | https://example.org/a | a@example.org', '2 avril 2024 | https://example.org/b | b@example.org'),
    ];
    for (const text of listings) expect(check(`# Archives\n\n${text}`).programme.sessions, text).toEqual([]);
  });

  it('reads a table of days alone whose rows count the sessions one by one, a break row left uncounted', () => {
    const text = `# Cours Web 2026\n\n${table('# | Date', '1 | Mardi 10/02/2026', '2 | Mardi 17/02/2026', ' | *vacances*', '3 | Mardi 10/03/2026')}`;
    const sessions = check(text).programme.sessions.filter((s) => days(s).length > 0);
    expect(sessions.map((s) => `${days(s)[0]} ${s.title.text}`)).toEqual(['2026-02-10 1', '2026-02-17 2', '2026-03-10 3']);
  });

  it('is not a schedule when the numbers beside days alone do not count the rows one by one', () => {
    const text = table('N° | Date', '12 | 12 mars 2024', '7 | 2 avril 2024', '31 | 9 avril 2024');
    expect(check(`# Archives\n\n${text}`).programme.sessions).toEqual([]);
  });

  it('is not a schedule when a header names a listing, even with prose beside the day', () => {
    for (const header of ['Date | Modifications apportées', 'Date | Changelog', 'Date | Source | Résumé', 'Date | Auteur | Résumé']) {
      const text = `# Historique\n\n${table(header, '12 mars 2024 | Mise à jour de la page | Texte', '2 avril 2024 | Révision complète | Texte')}`;
      expect(check(text).programme.sessions, header).toEqual([]);
    }
  });

  it('is not a schedule when the dates column mostly holds no day (years, months)', () => {
    const text = table('Date | Collaborateur', '2010 | Rédaction de base du manuel', 'Avril 2011 | Mise à jour pour la nouvelle version');
    expect(check(`# Historique\n\n${text}`).programme.sessions).toEqual([]);
  });

  it('is not a schedule when most rows hold a second day: a calendar of periods, not of sessions', () => {
    const text = table('Étape | Date | Jusqu\'au', 'Plein temps | Vendredi 13 septembre 2019 | Vendredi 4 octobre 2019', 'Stage en entreprise | Lundi 7 octobre 2019 | Vendredi 20 décembre 2019');
    expect(check(`# Calendrier\n\n${text}`).programme.sessions).toEqual([]);
  });

  it('leaves a small table of key dates aside when a dated list holds more sessions', () => {
    const text = [
      '# Calendrier H25',
      '',
      '| Date |  |',
      '| --- | --- |',
      '| 11 mars | Examen intra |',
      '| 20 mai | Examen final |',
      '',
      '- Séance 1: Jeudi, 23 janvier',
      '- Séance 2: Mardi, 28 janvier',
      '- Séance 3: Jeudi, 30 janvier',
    ].join('\n');
    const sessions = check(text).programme.sessions;
    expect(sessions.map((s) => s.source)).toEqual(['list', 'list', 'list']);
    expect(sessions.map((s) => days(s)[0])).toEqual(['2025-01-23', '2025-01-28', '2025-01-30']);
  });
});
