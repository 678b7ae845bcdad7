/*
 * Forms read in held-out set 39 (tests/fixtures/real: matheo-univ-sae-dolibarr-2024,
 * poseidon-sae-dolibarr-2024, etalab-ia-programme10-calendrier-2022,
 * cgt-muretain-actualites-2025), checked here on a short page, with the near forms that
 * must stay as they were.
 */
import { describe, expect, it } from 'vitest';
import { sessionToJson } from '../../src/report/session-json.js';
import { check } from '../helpers/read.js';

const read = (lines: string[]) => check(lines.join('\n'), { committed: { year: 2022, month: 5, day: 4 } }).programme.sessions.map(sessionToJson);
const brief = (lines: string[]) => read(lines).map((s) => `${s.line} ${s.days.join(' ')} ${s.times.map((t) => `${t.start}-${t.end ?? ''}`).join(',')}`.trim());

describe('a log whose entries are headings over a list of fields', () => {
  it('puts each entry on its heading, where the session begins, not on its date field', () => {
    const page = ['# Journal de bord', '', '## Séance n° 1', '', '* Date : 05/11/2024', '* Travail effectué : installation', '', '## Séance n° 2', '', '* Date : 06/11/2024', '* Travail effectué : import', ''];
    expect(read(page).map((s) => [s.line, s.title, s.days])).toEqual([
      [3, 'Séance n° 1', ['2024-11-05']],
      [8, 'Séance n° 2', ['2024-11-06']],
    ]);
  });

  it('still points a wrong weekday at the field that writes it', () => {
    const page = ['# Journal', '', '## Séance n° 1', '', '* Date : lundi 05/11/2024', '* Travail : installation', ''];
    const report = check(page.join('\n'), { committed: { year: 2024, month: 11, day: 6 } });
    expect(report.diagnostics.filter((d) => d.rule === 'weekday-mismatch').map((d) => d.line)).toEqual([5]);
  });
});

describe('two ranges of a day, the second opening with its own `de` after `&`', () => {
  it('reads `de 10h à 11h30 & de 14h30 à 16h` as two slots of the entry', () => {
    const page = ['# Journal', '', '## Séance n° 7', '', '* 03/12/2024 de 10h à 11h30 & de 14h30 à 16h', '* Début du compte rendu', ''];
    expect(brief(page)).toEqual(['3 2024-12-03 10:00-11:30,14:30-16:00']);
  });

  it('reads `/ de` the same way, after the title too, and `& 14h - 17h` as before', () => {
    expect(brief(['- 05/12/2024 : atelier de 9h à 12h / de 13h30 à 17h', '- 06/12/2024 9h45 - 13h & 14h - 17h15 : atelier', ''])).toEqual([
      '1 2024-12-05 09:00-12:00,13:30-17:00',
      '2 2024-12-06 09:45-13:00,14:00-17:15',
    ]);
  });
});

describe('a plan written month by month, each month its days', () => {
  it('reads `* Juillet : mardi 5 et mardi 19` as the two days, with the hours the line above the list gives', () => {
    const page = [
      '#### De juin à novembre 2022: Ateliers de travail tous les 15 jours',
      'Tous les 15 jours, au Lieu de la transformation publique de 13h30 à 18h30 :',
      '* Juillet : mardi 5 et mardi 19',
      '* Septembre : mardi 6 et mardi 20',
      '',
    ];
    expect(brief(page)).toEqual(['3 2022-07-05 2022-07-19 13:30-18:30', '4 2022-09-06 2022-09-20 13:30-18:30']);
  });

  it('reads a month with its year and the days’ own hours and title', () => {
    expect(brief(['## Ateliers', '', '- Octobre 2022 : 4, 11 et 18 (14h-16h) : atelier vélo', '- Novembre 2022 : 8 – atelier couture', ''])).toEqual([
      '3 2022-10-04 2022-10-11 2022-10-18 14:00-16:00',
      '4 2022-11-08',
    ]);
  });

  it('leaves a count, a length or a sentence after a month as it was: no day', () => {
    expect(brief(['## Bilan', '', '- Mars : 3 ateliers', '- Juin : 12 h de cours', '- Mai : vacances', '- Avril : 1er et 8 mai fériés', ''])).toEqual([]);
  });
});

describe('a dated heading over its one line of hours and place', () => {
  it('takes `De 9h à 17h au local CGT` as the heading’s hours', () => {
    const page = ["### Mardi 14 Octobre 2025 - Réunion d'Information Syndicale", '', 'Spécial ATSEM', '', 'De 9h à 17h au local CGT', '7, rue Castelveilh à Muret', ''];
    expect(read(page).map((s) => [s.line, s.title, s.days, s.times.map((t) => `${t.start}-${t.end}`)])).toEqual([[1, "Réunion d'Information Syndicale", ['2025-10-14'], ['09:00-17:00']]]);
  });

  it('keeps a timed line that names what happens as the day’s slot, and two timed lines as two', () => {
    expect(brief(['### Mardi 14 octobre 2025 - Journée', '', 'De 9h à 12h : atelier collage', ''])).toEqual(['3 2025-10-14 09:00-12:00']);
    expect(brief(['### Mardi 14 octobre 2025 - Journée', '', 'De 9h à 12h au local', '', 'De 14h à 17h en salle B', ''])).toEqual(['3 2025-10-14 09:00-12:00', '5 2025-10-14 14:00-17:00']);
  });
});

describe('a log’s day heading, then the same day again lower with other hours', () => {
  const page = (again: string) => ['## Créneaux', '', '### mardi 05 Novembre 2024 : 08h30 – 11h30', '', 'Prise en main des outils', '', again, 'Installation de dolibarr :', 'Prérequis : un serveur web', '', '### Mercredi 06/11/24 : 08h30 – 11h30', ''];

  it('reads the second sitting as a session of its own, the heading keeping its hours', () => {
    expect(read(page('mardi 05 Novembre 2024 ( 14h30 – 17h30)')).map((s) => [s.line, s.title, s.days, s.times.map((t) => `${t.start}-${t.end}`)])).toEqual([
      [3, 'mardi 05 Novembre 2024 : 08h30 – 11h30', ['2024-11-05'], ['08:30-11:30']],
      [7, 'Installation de dolibarr', ['2024-11-05'], ['14:30-17:30']],
      [11, 'Mercredi 06/11/24 : 08h30 – 11h30', ['2024-11-06'], ['08:30-11:30']],
    ]);
  });

  it('adds nothing for the same hours again, another day, or a sentence', () => {
    for (const again of ['mardi 05 Novembre 2024 ( 08h30 – 11h30)', 'mercredi 06 Novembre 2024 ( 14h30 – 17h30)', 'mardi 05 Novembre 2024 ( 14h30 – 17h30) nous avons fini']) {
      expect(read(page(again)).map((s) => s.line)).toEqual([3, 11]);
    }
  });
});
