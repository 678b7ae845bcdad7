/*
 * Forms read once held-out set 115 was measured unseen and read (tests/fixtures/real/INDEX.md,
 * set 115), each checked on a short page, with the near forms that must stay as they were.
 */
import { describe, expect, it } from 'vitest';
import { briefSessions, readSessions } from '../helpers/brief-sessions.js';

const brief = briefSessions;

// opengento-weekend-2018, fully-transition-nuit-etoiles-2025, astronautix-space-week-2016: a
// day's slots whose hours are led by `à` or `après`, or by a dash typed by hand in a paragraph.
describe('a slot whose hours are led by `à` or `après`', () => {
  it('is a slot of its day, titled by what follows', () => {
    const page = [
      '###### Vendredi 1er juin 2018',
      '',
      '**14h-19h** Accueil des premiers arrivants',
      '',
      '**19h-21h** *Repas*',
      '',
      '**après 21h** Soirée sympathique',
      '',
      '###### Samedi 2 juin 2018',
      '',
      '**À 21h, rue de l’Église 4 :** Découverte du ciel nocturne.',
      '',
      '**Dès 22h :** Déplacement à pied sur le parvis.',
    ];
    expect(brief(page, 2018, 5)).toEqual(['3 2018-06-01 14:00-19:00', '5 2018-06-01 19:00-21:00', '7 2018-06-01 21:00-', '11 2018-06-02 21:00-', '13 2018-06-02 22:00-']);
    expect(readSessions(page, 2018, 5)[2]!.title).toBe('Soirée sympathique');
  });

  it('reads a paragraph’s lines bulleted by hand with a dash', () => {
    const page = ['### Jeudi 12 mai 2016', '', 'Un programme chargé :', '\t- A 15h30, visite de l’Institut d’astrophysique', '\t- A 20h30, conférence de Jean-Pierre Bibring', ''];
    expect(brief(page, 2016, 4)).toEqual(['4 2016-05-12 15:30-', '5 2016-05-12 20:30-']);
  });

  it('is no slot when the time tells a story, a notice, how long or how far, or ends a broken range', () => {
    const story = ['## Jour 5 – vendredi 26 novembre 2021', '', 'Nous avons commencé la journée par un point.', '', 'A 17h, nous avons retrouvé les agents de la Région pour leur exposer nos visualisations.', ''];
    expect(readSessions(story, 2021, 11).map((session) => [session.line, session.title])).toEqual([[1, 'Jour 5']]);
    const notices = ['# Fête du quartier - samedi 14 octobre 2023', '', '- 19h-21h : Concert', '- À 2h de route, une pause', '- Après 21h, les mineurs doivent être accompagnés', ''];
    expect(brief(notices, 2023, 10)).toEqual(['3 2023-10-14 19:00-21:00']);
  });
});
