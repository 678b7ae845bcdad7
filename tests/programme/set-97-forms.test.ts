/*
 * Forms read once held-out set 97 was measured unseen and read (grand8cellois-accueil-2023,
 * canna-conseils-semaine-cannabis-2018, cphanvan-agenda-dedicaces-2025), each checked on a
 * short page, with the near forms that must stay as they were.
 */
import { describe, expect, it } from 'vitest';
import { briefSessions } from '../helpers/brief-sessions.js';

const brief = briefSessions;

// grand8cellois-accueil-2023: a ride's home page, no title, its next edition in a sentence.
describe('a page that announces the next edition of what it presents', () => {
  const page = (sentence: string) => [
    '---',
    'layout: single',
    '---',
    '',
    'Le Grand Huit Cellois est **une randonnée VTT ouverte à tous**. Il a lieu',
    `chaque année **en septembre**. ${sentence}`,
    '',
    'Le point de départ se situe au stade.',
    '',
  ];

  it('is that event, on its day, with no hour to tell', () => {
    expect(brief(page('La prochaine édition aura lieu le\n**dimanche 17 septembre 2023**.'), 2023, 8)).toEqual(['5 2023-09-17']);
  });

  it('is not read from a page that only says when another event takes place', () => {
    expect(brief(page('Le salon du vélo aura lieu le\n**dimanche 17 septembre 2023**.'), 2023, 8)).toEqual([]);
  });
});

// canna-conseils-semaine-cannabis-2018: a theme's `event_days` and `event_time` keys.
describe('front matter that names the event days and time with `event_days` and `event_time`', () => {
  it('dates the page from them, the time on every day', () => {
    const page = ['---', 'title: La Semaine du Cannabis', "event_days: Lundi 24 Sept. - Samedi 29 Sept.", "event_time: '08:00 - 18:00'", '---', '', 'Inscrivez-vous dès maintenant !', ''];
    expect(brief(page, 2018, 9)).toEqual(['2 2018-09-24..2018-09-29 (6) 08:00-18:00']);
  });
});

// cphanvan-agenda-dedicaces-2025: an author's signings, then the works that came out.
describe('a list of what came out under `Dernières parutions`', () => {
  const page = (heading: string) => [
    '## Dédicaces',
    '',
    '- **Samedi 28 juin 2025, de 14h à 18h**, au magasin **Cultura** de **Bordeaux Lac**.',
    '- **Samedi 5 juillet 2025 après-midi**, au magasin **Cultura** de **Bègles**.',
    '',
    `## ${heading}`,
    '',
    '- **Dimanche 1er juin 2025**, sortie du numéro 14 de *L’Indé Panda*, avec ma nouvelle.',
    '- **Vendredi 20 juin 2025**, sortie de la version ebook de mon premier roman.',
    '',
  ];

  it('gives no session: the days a work came out are not events to attend', () => {
    expect(brief(page('Dernières parutions'), 2025, 6)).toEqual(['3 2025-06-28 14:00-18:00', '4 2025-07-05']);
  });

  it('still reads outings under another heading', () => {
    const outings = ['## Prochaines sorties', '', '- **Samedi 28 juin 2025**, sortie du club au lac.', '- **Samedi 5 juillet 2025**, sortie en forêt.', ''];
    expect(brief(outings, 2025, 6)).toEqual(['3 2025-06-28', '4 2025-07-05']);
  });
});
