/*
 * The shared deadline and bound words (deadline-words.ts) as each reader uses them, on the
 * near forms that must stay sessions: an event named with a hand-in's noun (`remise des
 * prix`), a sentence that says what comes before (`après le concert`), `d'ici là`, a page
 * opened by `à partir du` its one day, a last session (`Dernière séance`). Each was read so
 * before the words were shared, and a reviewer found it lost once they were.
 */
import { describe, expect, it } from 'vitest';
import { sessionToJson } from '../../src/report/session-json.js';
import { check } from '../helpers/read.js';

const brief = (lines: string[], committed = { year: 2025, month: 3, day: 1 }) =>
  check(lines.join('\n'), { committed })
    .programme.sessions.map(sessionToJson)
    .map((s) => `${s.line} ${s.days.join(' ')} ${s.times.map((t) => `${t.start}-${t.end ?? ''}`).join(',')}`.trim());

const club = (sentence: string) => ['# Club 2025', '', '## Calendrier', '', '- Mardi 3 juin 2025 : atelier photo', '- Mardi 17 juin 2025 : atelier vidéo', '', '## Infos', '', sentence, ''];

describe('a sentence that announces a session', () => {
  it.each([
    ['La cérémonie de remise des diplômes aura lieu le vendredi 27 juin 2025 de 18h à 20h.', '10 2025-06-27 18:00-20:00'],
    ['La remise des prix du concours aura lieu le samedi 28 juin 2025 à 15h.', '10 2025-06-28 15:00-'],
    ['La séance de présentation des rendus aura lieu le jeudi 26 juin 2025 à 14h.', '10 2025-06-26 14:00-'],
    ['La prochaine réunion aura lieu le jeudi 12 juin 2025 à 19h, après le repas partagé.', '10 2025-06-12 19:00-'],
    ['La prochaine séance aura lieu le jeudi 26 juin 2025 à 14h, d’ici là bonnes vacances.', '10 2025-06-26 14:00-'],
  ])('keeps %s', (sentence, session) => {
    expect(brief(club(sentence))).toContain(session);
  });

  it('still sets aside a deadline: `Les dossiers sont à rendre avant le vendredi 27 juin 2025 à 18h.`', () => {
    expect(brief(club('Les dossiers sont à rendre avant le vendredi 27 juin 2025 à 18h.')).some((row) => row.startsWith('10 '))).toBe(false);
  });
});

describe('a list item whose day is set in bold inside its sentence', () => {
  it('keeps an event named with a hand-in’s noun or told after another', () => {
    const page = [
      '# Vie de l’école 2024-2025',
      '',
      '- Spectacle de Noël et remise des cadeaux le **20 décembre**.',
      '- Fête de l’école et remise des prix le **27 juin**.',
      '- Kermesse le **13 juin**, après le spectacle des CP.',
      '- Les inscriptions ferment le **15 septembre**.',
      '',
    ];
    expect(brief(page, { year: 2024, month: 9, day: 1 })).toEqual(['3 2024-12-20', '4 2025-06-27', '5 2025-06-13']);
  });
});

describe('a page’s one day, named above its timed items', () => {
  it('is the day `à partir du` or `dès le` opens', () => {
    const page = ['# Portes ouvertes', '', 'À partir du samedi 15 mars 2025 à 9h, le lycée ouvre ses portes aux familles.', '', '## Programme', '', '- 9h : accueil des familles', '- 10h-12h : visite des ateliers', ''];
    expect(brief(page)).toEqual(['7 2025-03-15 09:00-', '8 2025-03-15 10:00-12:00']);
  });
});

describe('a day line labelled as the last of a series', () => {
  it.each([
    [['# Cours de programmation', '', '**Dernière séance : jeudi 12 juin 2025**', '', '- 14h-16h : Présentation des projets', ''], '2025-06-12 14:00-16:00'],
    [['# Planning 2025', '', '*Dernière journée : vendredi 27 juin*', '', '- 9h-12h : bilan', ''], '2025-06-27 09:00-12:00'],
  ])('keeps its day: %j', (page, day) => {
    expect(brief(page as string[]).some((row) => row.endsWith(day))).toBe(true);
  });

  it('but `**Dernière mise à jour : 12 juin 2025**` dates the page, no session', () => {
    expect(brief(['# Planning', '', '**Dernière mise à jour : jeudi 12 juin 2025**', '', '- 14h-16h : Présentation des projets', ''])).toEqual([]);
  });
});

describe('a section’s one time', () => {
  it('is kept after `fin,` (`Repas de fin, à 19h`), not after `fin 17h`', () => {
    const told = (sentence: string) => brief(['# Week-end 2025', '', '## Samedi 14 juin 2025', '', sentence, '', '## Dimanche 15 juin 2025', '', 'Balade.', '']);
    expect(told('Accueil des participants. Repas de fin, à 19h au foyer.')[0]).toBe('3 2025-06-14 19:00-');
  });
});

describe('a label that dates the page’s last change', () => {
  it.each(['Dernière actualisation', 'Dernier commit', 'Dernière modif', 'Dernière relecture', 'Last edit'])('`%s : 3 avril 2024` is the page’s history, no session', (label) => {
    const page = ['# Atelier théâtre', '', '## Mardi 7 mai 2024', '- Échauffement', '', '## Mardi 14 mai 2024', '- Scène 2', '', `**${label} : 3 avril 2024**`, ''];
    expect(brief(page, { year: 2024, month: 6, day: 30 })).toEqual(['3 2024-05-07', '6 2024-05-14']);
  });
});
