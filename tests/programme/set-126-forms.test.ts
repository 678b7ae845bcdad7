/*
 * Forms read once held-out set 126 was measured unseen (tests/fixtures/real/INDEX.md, set
 * 126), each checked on a short page, with the near forms that must stay as they were.
 */
import { describe, expect, it } from 'vitest';
import { briefProblems, briefSessions } from '../helpers/brief-sessions.js';
import { table as tableRows } from '../helpers/read.js';

const table = (header: string, ...rows: string[]) => ['# Guide des présentateurs', '', ...tableRows(header, ...rows).split('\n')];

// oscanada-guide-table-ronde-2025, oscanada-guide-kiosque-2025: `Date et heure` beside the
// time to hand in the slides or to set up a stand.
describe('a column that times an errand around the session', () => {
  const page = table(
    'Séance | Date et heure | Heure de dépôt de la présentation | Salle',
    'Présentations d’ouverture | 9 Oct., 9h30–11h | 9 Oct., 8h30 | ABCD',
    'Table ronde “A” | 10 Oct., 14h30–16h | 12h | AB',
  );

  it('is not the session’s hours: those of the dates cell are', () => {
    expect(briefSessions(page, 2025, 9)).toEqual(['5 2025-10-09 09:30-11:00', '6 2025-10-10 14:30-16:00']);
  });

  it('raises nothing on its cells, dated or not', () => {
    expect(briefProblems(page, { year: 2025, month: 9, day: 2 })).toEqual([]);
  });

  it('is so for setting up and taking down a stand', () => {
    const stands = table('Séance | Date et heure | Heure d’installation | Heure de démontage | Salle', 'Kiosques “A” | 9 Oct., 11h–12h | 8h30–11h00 | 11h50 max | EFG');
    expect(briefSessions(stands, 2025, 9)).toEqual(['5 2025-10-09 11:00-12:00']);
  });

  it('leaves the session’s own start, slot and day hours as its hours', () => {
    for (const header of ['Heure de début', 'Horaire de passage', 'Heure de la journée', 'Heures']) {
      const rows = table(`Séance | Date | ${header} | Salle`, 'Soutenance A | 9 octobre | 14h | B12');
      expect(briefSessions(rows, 2025, 9), header).toEqual(['5 2025-10-09 14:00-']);
    }
  });
});

// paul1n3-projetweb-reunions-2017 and bricodeurs-lettre-rentree-2016, drawn by the typography
// variants: a sentence's weekday or month abbreviated with its dot, before a figure.
describe('an abbreviation’s dot before a figure', () => {
  it('ends no sentence: the day and hours after it are the announcement’s', () => {
    const page = ['# Lettre de rentrée', '', 'La prochaine réunion de préparation sera le mar. 26 janvier 18h au BOMP.', '', 'La séance suivante aura lieu le jeudi 4 févr. 2016 à 18h30.', ''];
    expect(briefSessions(page, 2016, 1)).toEqual(['3 2016-01-26 18:00-', '5 2016-02-04 18:30-']);
  });

  it('a sentence that ends on a word before a figure still ends there', () => {
    const page = ['# Lettre de rentrée', '', 'La sortie aura lieu le mardi 26 janvier à 18h au bord de la mer. 12 places restent.', '', 'La séance suivante aura lieu le jeudi 4 février 2016 à 18h30.', ''];
    expect(briefSessions(page, 2016, 1)).toEqual(['3 2016-01-26 18:00-', '5 2016-02-04 18:30-']);
  });
});

// Found by review: a word that closes its sentence before a figure, and an hours column of the event itself.
describe('near forms that stay as they were', () => {
  it('a sentence that ends on `mer.`, or on a day and an abbreviated month, before a count, ends there', () => {
    const sea = ['# Club nautique', '', 'Le bilan de la saison est positif : nous avons passé trois belles journées à la mer. 12 nouveaux membres seront accueillis lors de la réunion du jeudi 3 octobre 2024 à 19h. La sortie de voile aura lieu le samedi 12 octobre 2024 à 9h.', ''];
    expect(briefSessions(sea, 2024, 9)).toEqual(['3 2024-10-03 19:00-', '3 2024-10-12 09:00-']);
    const choir = ['# Chorale', '', 'Le concert de Noël aura lieu le dimanche 15 déc. 2 répétitions supplémentaires auront lieu le mercredi 4 décembre 2024 à 20h et le mercredi 11 décembre 2024 à 20h. La prochaine répétition aura lieu le mercredi 27 novembre 2024 à 20h.', ''];
    expect(briefSessions(choir, 2024, 11).length).toBeGreaterThanOrEqual(3);
  });

  it('`Horaire de la remise des prix` is the gala’s hours', () => {
    const gala = table('Date | Horaire de la remise des prix', 'Vendredi 20 juin 2025 | 20h', 'Samedi 21 juin 2025 | 20h');
    expect(briefSessions(gala, 2025, 5)).toEqual(['5 2025-06-20 20:00-', '6 2025-06-21 20:00-']);
  });
});

// amelielavie-randonnee-2025, drawn by the typography variants: the hours an event's page
// tells once in a sentence, one digit spaced from its `h`.
describe('a one-digit hour spaced from its h', () => {
  const page = (hours: string) => ['---', 'title: Randonnée pédestre 2025', '---', '', '# Randonnée du dimanche 23 mars 2025', '', `Les départs seront possibles ${hours}.`, ''];

  it('opens the range it is joined to', () => {
    expect(briefSessions(page('entre 9 h et 15 h'), 2025, 3)).toEqual(['5 2025-03-23 09:00-15:00']);
    expect(briefSessions(page('de 9\u00a0h à 15\u00a0h'), 2025, 3)).toEqual(['5 2025-03-23 09:00-15:00']);
  });

  it('alone, is still a length, no start', () => {
    expect(briefSessions(page('après une marche de 2 h'), 2025, 3)).toEqual(['5 2025-03-23']);
  });
});
