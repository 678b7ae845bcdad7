/*
 * What a careful reader does not take for a contradiction, by class of writing, each with
 * the variants other coordinators write (the real documents that showed each class are
 * tests/fixtures/real/continuum-journees-2023, dig-restitutions-meetups, mn3-seances and
 * inf5190-plan-de-cours-a2019). Each class has a counter-example a reader does see.
 */
import { describe, expect, it } from 'vitest';
import { check, table } from '../helpers/read.js';

const alarms = (text: string) =>
  check(text)
    .diagnostics.filter((d) => d.severity !== 'info')
    .map((d) => `${d.rule}@${d.line}`);

describe('parallel tracks in a day agenda: the clock going back starts another track', () => {
  it('two groups under `### Groupe 1` and `### Groupe 2`, each a list of timed items', () => {
    const text = [
      '# Journées 2023',
      '',
      '## Mardi 4 juillet 2023',
      '',
      '### Groupe 1',
      '- 8h-9h30: Visite de la plateforme A',
      '- 9h30-10h: Déplacement en tramway',
      '- 10h-11h30: Visite de la plateforme B',
      '',
      '### Groupe 2',
      '- 8h-8h30: Déplacement en tramway',
      '- 8h30-10h: Visite de la plateforme B',
      '- 10h-10h30: Retour',
      '- 10h30-12h: Visite de la plateforme A',
      '',
    ].join('\n');
    expect(alarms(text)).toEqual([]);
  });

  it('two rooms written one after the other in one agenda table, with no word for the track', () => {
    const text = [
      '# Colloque',
      '',
      '## Jeudi 12 mars 2026',
      '',
      '| Horaire | Atelier |',
      '| --- | --- |',
      '| 14h00 - 15h30 | Cartographie (salle 1) |',
      '| 15h30 - 17h00 | Données ouvertes (salle 1) |',
      '| 14h00 - 16h00 | Programmation (amphi) |',
      '| 16h00 - 17h00 | Restitution (amphi) |',
      '',
    ].join('\n');
    expect(alarms(text)).toEqual([]);
  });

  it('two tracks under `#### Parcours A` and `#### Parcours B`, written as timed lines', () => {
    const text = [
      '# Forum',
      '',
      '### Samedi 7 février 2026',
      '',
      '#### Parcours A',
      '',
      '09h00 - 10h30 : Initiation',
      '',
      '10h30 - 12h00 : Pratique',
      '',
      '#### Parcours B',
      '',
      '09h30 - 11h00 : Perfectionnement',
      '',
      '11h00 - 12h00 : Questions',
      '',
    ].join('\n');
    expect(alarms(text)).toEqual([]);
  });

  it('still reports a slot of the second track that clashes with the one above it in the same track', () => {
    const text = [
      '# Journées',
      '',
      '## Mardi 4 juillet 2023',
      '',
      '### Groupe 1',
      '- 8h-9h30: Visite A',
      '- 9h30-11h: Visite B',
      '',
      '### Groupe 2',
      '- 8h-9h: Visite B',
      '- 8h30-10h: Visite A',
      '',
    ].join('\n');
    expect(alarms(text)).toEqual(['overlap@11']);
  });

  it('still reports a slot that starts before the one above it ends, the clock going forward', () => {
    const text = '# Bootcamp\n\n### Mercredi 23 septembre 2020\n\n- 9h30 - 12h30 : Atelier\n- 12h - 14h : Pause\n';
    expect(alarms(text)).toEqual(['overlap@6']);
  });
});

// Shown by a workshop's days (gdr-igrv-journees-gtas-2024): `14h-15h30 : session 1` over the talks it holds.
describe('a block of talks: a slot followed by two or more slots wholly inside it holds them', () => {
  it('a session line over its talks as list items, the last ending with it', () => {
    const text = '# GT\n\n**Jeudi 11 juillet 2024**\n\n14h-15h30 : session 1\n\n- 14h-14h20 : Exposé A\n- 14h25-14h45 : Exposé B\n- 14h45-15h30 : Atelier\n\n15h30-15h45 : pause café\n';
    expect(alarms(text)).toEqual([]);
  });

  it('a session and its talks as lines of one level, under a day heading', () => {
    const text = '# Journées\n\n### Vendredi 12 juillet 2024\n\n- 9h-10h30 : session 2 + discussions\n- 9h-9h20 : Exposé A\n- 9h25-9h45 : Exposé B\n- 10h10-10h30 : discussions\n- 10h30-10h45 : pause\n';
    expect(alarms(text)).toEqual([]);
  });

  it('a day agenda table whose poster session holds two poster slots', () => {
    const text = '# Colloque\n\n## Mardi 3 juin 2025\n\n| Horaire | Activité |\n| --- | --- |\n| 14h00 - 16h00 | Session posters |\n| 14h00 - 15h00 | Posters A |\n| 15h00 - 16h00 | Posters B |\n| 16h00 - 17h00 | Table ronde |\n';
    expect(alarms(text)).toEqual([]);
  });

  it('still reports one slot alone ending with a longer one above it', () => {
    const text = '# App Days\n\n### Samedi 26 janvier 2013\n\n* 09h00 - 09h45 : ateliers\n* 09h45 - 10h30 : ateliers\n* 10h15 - 10h30 : pause\n* 11h30 - 12h30 : questions\n';
    expect(alarms(text)).toEqual(['overlap@7']);
  });

  it('still reports the longer slot written after the short one it starts with', () => {
    const text = '# Bootcamp\n\n### Lundi 21 septembre 2020\n\n- 9h - 9h30 : Accueil\n- 9h - 12h : Introduction\n- 12h - 12h30 : Mot de bienvenue\n';
    expect(alarms(text)).toEqual(['overlap@6']);
  });

  it('still reports a slot after the block that starts before the block ends', () => {
    const text = '# GT\n\n### Jeudi 11 juillet 2024\n\n- 14h-15h30 : session 1\n- 14h-14h30 : Exposé A\n- 14h30-15h : Exposé B\n- 15h15-16h : Atelier\n';
    expect(alarms(text)).toEqual(['overlap@8']);
  });
});

describe('a month without a day is a date not set yet, not a date written wrong', () => {
  it.each(['septembre 2020', 'Septembre', 'fin octobre 2021', 'mi-mars', 'Courant juin'])('`%s` in a dates cell', (date) => {
    const text = table('THÉMATIQUE | DATES | HORAIRES', 'Inclusion | 18 décembre 2019 | 18h30-21h30', `Administration | ${date} | -----`);
    const report = check(text);
    expect(report.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(report.diagnostics.map((d) => `${d.rule}@${d.line}`)).toContain('date-to-be-confirmed@4');
    // The session is still to be placed: no day in the calendar, not the day of the row above.
    const last = report.programme.sessions.at(-1)!;
    expect([last.status, last.dates.value]).toEqual(['tentative', undefined]);
  });

  it('a month followed by a word that is no date is still unreadable', () => {
    const text = table('THÉMATIQUE | DATES | HORAIRES', 'Inclusion | 18 décembre 2019 | 18h30-21h30', 'Administration | septembre salle B | 18h');
    expect(alarms(text)).toContain('unreadable-date@4');
  });
});

describe('dated headings are in order within the part of the document that holds them', () => {
  it('the days under `## Cours` and those under `## TD/TP` are two logs', () => {
    const text = '# Séances\n\n## Cours\n\n### 25/05/2021\n\nNotes.\n\n### 15/06/2021\n\nNotes.\n\n## TD/TP\n\n### 20/05/2021\n\nNotes.\n\n### 27/05/2021\n\nNotes.\n';
    expect(alarms(text)).toEqual([]);
  });

  it('two groups of `## Séance` headings under `# Semestre 1` and `# Semestre 2` written out of turn', () => {
    const text = '# Semestre 2\n\n## Séance du 3 février 2025\n\n## Séance du 10 février 2025\n\n# Semestre 1\n\n## Séance du 9 septembre 2024\n\n## Séance du 16 septembre 2024\n';
    expect(alarms(text)).toEqual([]);
  });

  // cbpt-rueil-evenements-2025-12: the `###` of past events is indented under the last
  // upcoming item, so markdown makes it part of that item, and both lists one list.
  it('upcoming events oldest first, then a heading of past events newest first written inside the list', () => {
    const text = '# Évènements 2025\n\n### À venir :\n\n- 13 janvier 2026 : Cercle de lecture\n- 15 janvier 2026 : Dictée\n- 22 janvier 2026 : Carré de lecture\n\n  ### Passés :\n\n- 16 décembre 2025 : Conférence\n- 9 décembre 2025 : Débat\n- 29 novembre 2025 : Café littéraire\n';
    expect(alarms(text)).toEqual([]);
  });

  it('still reports an item going up in the newest-first list under the heading written inside the list', () => {
    const text = '# Évènements 2025\n\n### À venir :\n\n- 13 janvier 2026 : Cercle de lecture\n- 15 janvier 2026 : Dictée\n\n  ### Passés :\n\n- 16 décembre 2025 : Conférence\n- 9 décembre 2025 : Débat\n- 10 décembre 2025 : Conte\n- 29 novembre 2025 : Café littéraire\n';
    expect(alarms(text)).toEqual(['out-of-order@12']);
  });

  it('still reports a day out of order inside one part', () => {
    const text = '# Séances\n\n## Cours\n\n### 01/06/2021\n\nNotes.\n\n### 25/05/2021\n\nNotes.\n';
    expect(alarms(text)).toEqual(['out-of-order@9']);
  });
});

describe('a table of assessments is grouped by kind, not written in date order', () => {
  it.each(['Pondération', 'Poids', 'Coefficient', '%', 'Barème'])('a `%s` column', (weights) => {
    const text = [
      '# Plan de cours, automne 2019',
      '',
      table(`Description | Date | ${weights}`, 'Examen intra | 23 octobre 2019 | 35', 'Examen final | 11 décembre 2019 | 35', 'Projet, première remise | 4 novembre 21h | 15', 'Projet, remise finale | 16 décembre 21h | 15'),
    ].join('\n');
    expect(alarms(text).filter((alarm) => alarm.startsWith('out-of-order'))).toEqual([]);
  });

  it('a programme table without weights is still read in date order', () => {
    const text = ['# Programme 2019', '', table('Séance | Date | Salle', 'Cours 1 | 23 octobre 2019 | A', 'Cours 3 | 11 décembre 2019 | A', 'Cours 2 | 4 novembre 2019 | A')].join('\n');
    expect(alarms(text)).toEqual(['out-of-order@7']);
  });
});
