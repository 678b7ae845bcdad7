/*
 * A day's activities told as sentences in a list under its heading, each with its hours
 * inside it (lob2018-eaux-bonnes-activites-2024: `#### 02/09/2024` over a badge and `- Un
 * pique-nique est prévu de 11h30 à 15h au Jardin Darralde.`), with the near forms that stay
 * as they were: a work log's lengths, a sentence telling another day's hours, the list of a
 * slot's own heading.
 */
import { describe, expect, it } from 'vitest';
import { briefSessions } from '../helpers/brief-sessions.js';

const brief = briefSessions;

describe('sentences telling their hours under a day', () => {
  it('are the day’s slots, through a badge that groups them', () => {
    const page = [
      '# Journal des activités',
      '',
      '#### 02/09/2024',
      '',
      '- ![](https://img.shields.io/badge/Pique--nique-8db600)',
      '  - Un pique-nique est prévu de 11h30 à 15h au Jardin Darralde.',
      '  - Un pique-nique est prévu de 18h30 à 22h au Jardin Darralde.',
      '',
      '#### 03/09/2024',
      '',
      '- Visite guidée de 14h à 16h au musée.',
      '- Concert à 20h place du village.',
      '',
    ];
    expect(brief(page, 2024, 7)).toEqual(['6 2024-09-02 11:30-15:00', '7 2024-09-02 18:30-22:00', '11 2024-09-03 14:00-16:00', '12 2024-09-03 20:00-']);
  });

  it('leave the day as it was read when they tell lengths, another day, or a slot’s own list', () => {
    const lengths = ['# Journal de travail', '', '## 24.05.2017', '', '* Correction de bugs (1h).', '* Rédaction du rapport (1h00)', ''];
    expect(brief(lengths, 2017, 6)).toEqual(['3 2017-05-24']);
    const otherDay = ['# Cahier', '', '## Le 01/10/2021 :', '', '- mini-projet [nsisium](./nsisium) : préparation finale du matériel pour [Les 30 ans de la Fête de la Science](https://example.org) ce dimanche 03/10 de 14h à 18h à la Manufacture...', ''];
    // The day's heading keeps no hours of the other day the item tells (section-hours.ts), as
    // the journal's reader gives it none (ecmorlaix-tnsi-cahier-2021, line 188).
    expect(brief(otherDay, 2021, 10)).toEqual(['3 2021-10-01', '5 2021-10-03 14:00-18:00']);
    const slotList = ['# Programme', '', '## Jeudi 2 juillet 2026', '', '### 20h Dîner de Gala', '', '- Le bus 7 à l’arrêt Minerva à 19:31.', ''];
    expect(brief(slotList, 2026, 6)).toEqual(['3 2026-07-02 20:00-']);
  });
});
