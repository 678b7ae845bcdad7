/*
 * Forms read once held-out set 103 was measured unseen and read
 * (rpi-landerne-seance-webdev-2024), each checked on a short page, with the near forms that
 * must stay as they were.
 */
import { describe, expect, it } from 'vitest';
import { briefSessions } from '../helpers/brief-sessions.js';

const brief = briefSessions;

// rpi-landerne-seance-webdev-2024: a workshop's page per session, titled by its day.
describe('a page whose title names one session and its day', () => {
  const page = (title: string, hours = 'Le Samedi de 10h à 12h à la MPT de Landerneau.') => ['---', 'date: 2024-05-25', `title: ${title}`, '', 'categories:', '- WebDev', '---', '', '## Horaire et Lieu', hours, '', '## Au programme', '- Conception d’une page HTML.', ''];

  it('is that session, at the time its body tells', () => {
    expect(brief(page('Séance du 25 Mai 2024'), 2024, 6)).toEqual(['3 2024-05-25 10:00-12:00']);
    expect(brief(page('Atelier du 25 mai 2024'), 2024, 6)).toEqual(['3 2024-05-25 10:00-12:00']);
  });

  it('is no session when the page tells no time, or its title names no event', () => {
    expect(brief(page('Séance du 25 Mai 2024', 'À la MPT de Landerneau.'), 2024, 6)).toEqual([]);
    expect(brief(page('Compte rendu du 25 Mai 2024'), 2024, 6)).toEqual([]);
  });
});

// mif01-plan-cours-2025: a course page whose class keeps the videos of an older year's class.
describe('a recording named by its day', () => {
  const page = (...items: string[]) => ['# Cours', '', '## CM 3 (mardi 9/9/2025, 14h)', '', ...items.map((item) => `* ${item}`), ''];

  it('is no session, in a list or alone', () => {
    expect(brief(page('Vidéo du mardi 8/9/2020 sur Youtube : [https://youtu.be/o](https://youtu.be/o)', 'Vidéo du mercredi 9/9/2020 sur Youtube'), 2025, 9)).toEqual(['3 2025-09-09 14:00-']);
    expect(brief(page('Enregistrement du mardi 8/9/2020', 'Slides du mercredi 9/9/2020', 'Replay du jeudi 10/9/2020'), 2025, 9)).toEqual(['3 2025-09-09 14:00-']);
  });

  it('leaves a session named by its day as it was', () => {
    expect(brief(['# Cours', '', '* Séance du mardi 8/9/2020 en salle B', '* Séance du mercredi 9/9/2020 en salle B', ''], 2020, 9)).toEqual(['3 2020-09-08', '4 2020-09-09']);
  });
});
