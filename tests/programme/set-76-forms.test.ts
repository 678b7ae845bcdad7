/*
 * Forms read once held-out set 76 was measured unseen and read (mrgs-puces-pop-2013,
 * raphaelpra-python-mines-cours01-2025, aediroum-midiro-art-generatif-2024,
 * jasonchampagne-gamejam-mai-2025), each checked here on a short page, with the near forms
 * that must stay as they were.
 */
import { describe, expect, it } from 'vitest';
import { briefSessions, readSessions } from '../helpers/brief-sessions.js';
import { check } from '../helpers/read.js';

const brief = briefSessions;

// mrgs-puces-pop-2013: a Montréal club's bilingual post, its English block first.
describe('a practical block dated in English, then the same in French', () => {
  const page = [
    '# Puces POP',
    '',
    '*WHEN?*',
    ' Friday, May 31st (18h00-21h00)',
    ' Saturday, June 1st (11h00-18h00)',
    '',
    '*QUAND?*',
    ' Vendredi 31 mai (18h00-21h00)',
    ' Samedi 1 juin (11h00-18h00)',
    '',
  ];

  it('gives each day once, on its French line', () => {
    expect(brief(page, 2013, 5)).toEqual(['8 2013-05-31 18:00-21:00', '9 2013-06-01 11:00-18:00']);
  });

  it('raises no out-of-order warning between the two blocks', () => {
    const report = check(page.join('\n'), { committed: { year: 2013, month: 5, day: 27 } });
    expect(report.diagnostics.filter((d) => d.rule === 'out-of-order')).toEqual([]);
  });

  it('keeps an English programme that differs from the French one on a day', () => {
    const other = [
      '## Programme',
      '',
      '### Lundi 24 juin 2024',
      '',
      '- 14h00-15h30 - Présentations',
      '',
      '### Monday 24th June 2024',
      '',
      '- 14h00-15h30 - Presentations',
      '- 16h00-17h00 - Advisory board meeting',
      '',
    ];
    expect(brief(other, 2024, 6)).toEqual(['5 2024-06-24 14:00-15:30', '9 2024-06-24 14:00-15:30', '10 2024-06-24 16:00-17:00']);
  });
});

// raphaelpra-python-mines-cours01-2025: one page per class, its title numbering it, its day a field below.
describe('a page titled by a numbered class over its date field', () => {
  it('is that class, on the title’s line', () => {
    const page = ['# Programme du Cours 01 - Introduction', '', '**Date :** 28 octobre 2025', '', '---', '', '## Déroulé de la séance', '', '- [ ] Appel des présences', ''];
    expect(readSessions(page, 2025, 10).map((s) => [s.line, s.title, s.days.join(' ')])).toEqual([[1, 'Programme du Cours 01 - Introduction', '2025-10-28']]);
  });

  it('leaves an article titled without a number, dated by its field, unread', () => {
    const page = ['# Pourquoi Python', '', '**Date :** 28 octobre 2025', '', 'Un billet sur le langage.', ''];
    expect(brief(page, 2025, 10)).toEqual([]);
  });
});

// aediroum-midiro-art-generatif-2024: a department's talk, its speaker and room in the front matter.
describe('a front matter with a speaker and a room', () => {
  const page = (keys: string[]) => ['---', 'date: 2024-03-19T12:30:00-05:00', 'title: "Du code pour générer de l\'art"', ...keys, '---', '', "J'introduis le concept d'art génératif.", ''];

  it('files the page as a talk, on its date at its hour', () => {
    expect(brief(page(['speaker: Benoit Baudry', 'room: André-Aisenstadt 1177']), 2024, 3)).toEqual(['3 2024-03-19 12:30-']);
  });

  it('leaves a post with only an author unread: its date is when it was written', () => {
    expect(brief(page(['author: Benoit Baudry']), 2024, 3)).toEqual([]);
  });
});

// jasonchampagne-gamejam-mai-2025: a jam's page, its title over its quoted days, then the games handed in.
describe('a title naming an event over its quoted days', () => {
  it('is the event, named by its title', () => {
    const page = ['# Game Jam n°1', '', '> _Du 09/05/2025 au 23/05/2025_', '', '|NOM DU PROJET|AUTEUR(S)|', '|:--|:--|', '|**Au final**|langop|', ''];
    expect(readSessions(page, 2025, 5).map((s) => [s.line, s.title, s.days.length])).toEqual([[1, 'Game Jam n°1', 15]]);
  });

  it('keeps the key dates below an exhibition’s dated title as they were', () => {
    const page = [
      '# Exposition des étudiants',
      '**Du 17 au 23 novembre 2025**',
      '',
      '## Dates clés',
      '- **Vernissage** : lundi 17 novembre à 18h00',
      '- **Démontage** : dimanche 23 novembre à partir de 17h00',
      '',
    ];
    const lines = brief(page, 2025, 11).map((line) => line.split(' ')[0]);
    expect(lines).toEqual(expect.arrayContaining(['5', '6']));
    expect(lines).not.toContain('1');
  });
});
