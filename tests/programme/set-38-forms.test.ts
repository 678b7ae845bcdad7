/*
 * Forms read in held-out set 38 (tests/fixtures/real: humanum-p8-actualites-2025,
 * datapmsi-requetes-mco-2023, bastide-tipe-cahier-de-bord-2022), checked here on a short page, with the near forms that must
 * stay as they were.
 */
import { describe, expect, it } from 'vitest';
import { sessionToJson } from '../../src/report/session-json.js';
import { check } from '../helpers/read.js';

const brief = (lines: string[]) =>
  check(lines.join('\n'), { committed: { year: 2025, month: 2, day: 1 } })
    .programme.sessions.map(sessionToJson)
    .map((s) => `${s.line} ${s.days.join(' ')} ${s.times.map((t) => `${t.start}-${t.end ?? ''}`).join(',')}`.trim());

describe('events set out as cards beside a table of a series’ sessions', () => {
  const table = ['### Séminaire mensuel', '**Chaque premier jeudi du mois | 17h–19h | Salle B142**', '', '| Date | Intervenant(e) | Titre |', '|---|---|---|', '| 6 mars 2025 | Dr. Benali | Corpus arabes |', '| 3 avril 2025 | Prof. Müller | Digital Humanities |', ''];

  it('reads each heading dated by the line right below it as an event, after the table’s rows', () => {
    const page = ['## Événements à venir', '', '### 🗓️ Colloque international', '**15–17 avril 2025 | Université Paris 8**', '', 'Le colloque annuel.', '', ...table, '### 🗓️ Journée portes ouvertes', '**22 mars 2025 | 10h–17h | Campus de Saint-Denis**', ''];
    expect(brief(page)).toEqual(['13 2025-03-06 17:00-19:00', '14 2025-04-03 17:00-19:00', '3 2025-04-15 2025-04-16 2025-04-17', '16 2025-03-22 10:00-17:00']);
  });

  it('leaves a heading dated on a row’s day as that row’s detail section', () => {
    const page = [...table, '### Corpus arabes', '**6 mars 2025 | 17h–19h | Salle B142**', ''];
    expect(brief(page)).toEqual(['6 2025-03-06 17:00-19:00', '7 2025-04-03 17:00-19:00']);
  });
});

describe('a training whose days are named in a box of dates, each with its programme further down', () => {
  const agenda = (first: string, second: string) => ['| Horaires | Modules |', '|:--|:--|', `| 09:00 - 10:30 | ${first} |`, `| 10:30 - 11:00 | ${second} |`, ''];

  it('reads `Journée 1 : …` and `Journée 2 : …` as two days, and each `# Programme Journée N` on its own day', () => {
    const page = [
      '::: {.callout-note}', '## Prochaines dates', 'Journée 1 : vendredi 17 novembre 2023  ', 'Journée 2 : vendredi 24 novembre 2023  ', ':::', '',
      '# Programme Journée 1', '', ...agenda('Requêtes de base', 'Pause'),
      '# Programme Journée 2', '', ...agenda('Données tidy', 'Pause'),
    ];
    expect(brief(page)).toEqual(['3 2023-11-17', '4 2023-11-24', '11 2023-11-17 09:00-10:30', '12 2023-11-17 10:30-11:00', '18 2023-11-24 09:00-10:30', '19 2023-11-24 10:30-11:00']);
  });

  it('still reads a heading over its one date line and the sentence that describes it as one event', () => {
    const page = ['### Volet 1 : Sommet des antennes', '8 au 13 août 2015, écovillage et Lomé', 'Les antennes se réunissent.', ''];
    expect(brief(page)).toEqual(['1 2015-08-08 2015-08-09 2015-08-10 2015-08-11 2015-08-12 2015-08-13']);
  });
});

describe('a log titled in bold over its first bold day', () => {
  it('reads the first day at its own line, as the days after it, not at the title', () => {
    const page = ['**CAHIER DE BORD**', '', '**09/09/2022 :**', '', 'Phase de recherche.', '', '**13/09/22 :**', '', 'Prise de contact.', ''];
    expect(brief(page)).toEqual(['3 2022-09-09', '7 2022-09-13']);
  });

  it('still reads a bold title over the one line that dates its event as that event', () => {
    const page = ['**Cri d’une mère pleine d’espoir**', '', 'Le 4 avril 2019 dès 18h30 à La Cité Miroir', '', 'Une lecture.', ''];
    expect(brief(page)).toEqual(['1 2019-04-04 18:30-']);
  });
});
