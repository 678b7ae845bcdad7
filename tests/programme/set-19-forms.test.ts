/*
 * Forms read in held-out set 19 (tests/fixtures/real: sahuc-sae-dolibarr-suivi-2024,
 * elieswier-sohomate-shifts-2026, lehub-formations-2021, mathsetmaryam-ete-2024), each
 * checked here on a short page so that it stays read as a reader reads it.
 */
import { describe, expect, it } from 'vitest';
import { sessionToJson } from '../../src/report/session-json.js';
import { check } from '../helpers/read.js';

const read = (lines: string[]) => check(lines.join('\n'), { committed: { year: 2025, month: 1, day: 1 } });
const brief = (lines: string[]) =>
  read(lines).programme.sessions.map(sessionToJson).map((s) => [s.line, s.days.join(' '), s.times.map((t) => `${t.start}-${t.end ?? ''}`).join(',')]);
const alarms = (lines: string[]) => read(lines).diagnostics.filter((d) => d.severity !== 'info').map((d) => `${d.line} ${d.rule}`);

describe('a numbered log whose days are written under its headings', () => {
  it('reports a session dated before the one above it, at its date', () => {
    const log = ['## Séance n° 7', '', '* 05/12/2024 - 13h/16h', '* Travail effectué : compte rendu', '', '## Séance n° 8', '', '* 09/11/2024 - 16h-19h', '* Travail effectué : documentation', ''];
    expect(alarms(log)).toEqual(['8 out-of-order']);
  });

  it('lets a page of films, each over its day, list them in any order', () => {
    const films = ['### Ciao ! Manhattan', '', '* Dim 3 mars 2019 - 16h', '', '### Daisy Clover', '', '* Sam 2 mars 2019 - 21h', ''];
    expect(alarms(films)).toEqual([]);
  });
});

describe('hours and dates as tables and cards write them', () => {
  it('reads a shift to midnight (`16:00–00:00`) as ending at midnight, no error', () => {
    const table = ['| Jour | Date | Horaires |', '| --- | --- | --- |', '| Vendredi | 15/05/2026 | 09:00–17:00 |', '| Samedi | 16/05/2026 | 16:00–00:00 |', ''];
    expect(brief(table).map((row) => row[2])).toEqual(['09:00-17:00', '16:00-00:00']);
    expect(alarms(table)).toEqual([]);
  });

  it('takes `Avant mai 2026` in a dates cell for a period not yet set, not an unreadable date', () => {
    const table = ['| Date | Séance | Lieu |', '| --- | --- | --- |', '| Avant mai 2026 | Construction de l’app | Atelier |', '| 8 mai 2026 | Récupération du contexte | Atelier |', '| 15 mai 2026 | Audit | Atelier |', ''];
    expect(alarms(table)).toEqual([]);
  });

  it('dates a heading by its `Prochaine séance :` line, a registration link after a comma aside', () => {
    const page = ['###### 1) Introduction à la stratégie.', '', 'Prochaine séance : Mercredi le 15 septembre 2021 à 19h, inscription [ici](https://example.org).', '', '###### 2) Principes d’organisation.', '', 'Prochaine séance : Mercredi le 22 septembre 2021 à 19h, inscription [ici](https://example.org).', ''];
    expect(brief(page)).toEqual([[1, '2021-09-15', '19:00-'], [5, '2021-09-22', '19:00-']]);
  });

  it('dates a heading by the line of its card that the calendar mark opens, whatever its place', () => {
    const page = ['## 📚 Stage de Pré Rentrée', '', '📍 Dans les locaux de l’association. <br>', '📅 Du mardi 27 août au vendredi 30 août 2024. <br>', '🕕 De 17h00 à 20h.  <br>', '', '## 💦 Grand Goûter', '', '📍 Au parc.  <br>', '📅 Samedi 31 août 2024. <br>', ''];
    expect(brief(page).map((row) => [row[0], row[1]])).toEqual([[1, '2024-08-27 2024-08-28 2024-08-29 2024-08-30'], [7, '2024-08-31']]);
  });

  it('reads no session in a list of news under `# Old News`', () => {
    const page = ['# Réunions', '', '## Jeudi 5 juin 2014, 19h', '', 'Chapter meeting.', '', '# Old News', '', '  - 2009-06-09 : Intervention sur les WAF lors du Forum', '  - 2009-02-03 : L’OWASP France sera présent à PCI Paris', ''];
    expect(brief(page).map((row) => row[0])).toEqual([3]);
  });
});

describe('a list of one weekday’s days', () => {
  const alarmsIn = (lines: string[]) => check(lines.join('\n'), { committed: { year: 2023, month: 1, day: 1 } }).diagnostics.filter((d) => d.severity !== 'info').map((d) => `${d.line} ${d.rule}`);

  it('reports a day that is not the weekday its heading names, when most of the list is', () => {
    const list = ['#### Disponibilités mardis midi-causeries', '', '- 10 janvier 2023', '- 24 janvier 2023', '- 7 février 2023', '- 8 mars 2023', ''];
    expect(alarmsIn(list)).toEqual(['6 weekday-mismatch']);
  });

  it('says nothing when the heading names no habit, or most days are of another weekday', () => {
    expect(alarmsIn(['#### Le mardi 10 janvier et après', '', '- 10 janvier 2023', '- 24 janvier 2023', '- 7 février 2023', '- 8 mars 2023', ''])).toEqual([]);
    expect(alarmsIn(['#### Les mardis, et les autres jours', '', '- 10 janvier 2023', '- 25 janvier 2023', '- 8 février 2023', '- 8 mars 2023', ''])).toEqual([]);
  });
});
