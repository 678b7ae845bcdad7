/*
 * Lists that are not more sessions, and lists whose items are not copies of each other
 * (held-out set 16):
 * - emmanuel-diane-mariage-2025: a wedding's day of `### 🍽️ 20h00 - Dîner de gala`
 *   headings, then `**Moments forts à ne pas manquer :**` over `- 20h00 : Dîner de gala 🍽️`:
 *   the highlights recalled, not five more sessions nor five duplicates;
 * - jeen-interclubs-2022: a chess club's fixtures, one list per team under its division's
 *   heading (`* dimanche 27/11/22 - J.E.E.N`, a home match, in two teams' lists): two
 *   matches, not one listed twice.
 */
import { describe, expect, it } from 'vitest';
import { sessionToJson } from '../../src/report/session-json.js';
import { check } from '../helpers/read.js';

const lines = (report: ReturnType<typeof check>) => report.programme.sessions.map(sessionToJson).map((s) => s.line);
const warnings = (report: ReturnType<typeof check>) => report.diagnostics.filter((d) => d.severity !== 'info').map((d) => `${d.line} ${d.rule}`);

describe('a list that recalls the day’s slots', () => {
  const day = ['# Programme des invités', '## Mariage', '### 📅 30 Octobre 2025', '', '## Déroulement de la journée', '', '### 🤗 14h30 - Accueil', '', '### ⛪ 15h40 - Cérémonie religieuse', '', '### 🥂 16h15 - Vin d’honneur', '', '### 📸 17h00 - Séance photos souvenirs', '', '### 🍽️ 20h00 - Dîner de gala', '', '### 🎂 23h00 - Pièce montée', '', '## Informations pratiques', ''];

  it('is read as the slots recalled, not as more sessions or copies', () => {
    const report = check([...day, '**Moments forts à ne pas manquer :**', '- 15h40 : Échange des vœux 💒', '- 20h00 : Dîner de gala 🍽️', '- 23h00 : Pièce montée 🎂', ''].join('\n'));
    expect(lines(report)).toEqual([7, 9, 11, 13, 15, 17]);
    expect(warnings(report)).toEqual([]);
  });

  it('a list as long as the day’s agenda is that agenda for other readers, and stays (continuum-journees-2024: its English programme)', () => {
    const report = check([...day, '**Moments forts à ne pas manquer :**', '- 14h30 : Accueil', '- 15h40 : Cérémonie', '- 16h15 : Vin', '- 17h00 : Photos', '- 20h00 : Dîner de gala', '- 23h00 : Pièce montée', ''].join('\n'));
    expect(lines(report)).toEqual([7, 9, 11, 13, 15, 17, 22, 23, 24, 25, 26, 27]);
  });

  it('a list of another track at the same hours, under titles of its own, stays', () => {
    const report = check([...day, '**Moments forts à ne pas manquer :**', '- 15h40 : Atelier de calligraphie', '- 20h00 : Quiz musical', ''].join('\n'));
    expect(lines(report)).toEqual([7, 9, 11, 13, 15, 17, 22, 23]);
  });
});

describe('the same day and title in two lists', () => {
  const fixtures = ['# Calendrier Interclubs 2022-2023', '', '### Nationale 1', '', '* samedi 26/11/22 - Clichy', '* dimanche 27/11/22 - J.E.E.N', '', '### Nationale 2', '', '* dimanche 27/11/22 - J.E.E.N', '* dimanche 11/12/22 - J.E.E.N', ''];

  it('are two sessions, one in each list, not a copy', () => {
    const report = check(fixtures.join('\n'));
    expect(lines(report)).toEqual([5, 6, 10, 11]);
    expect(warnings(report)).toEqual([]);
  });

  it('in one list they are still a copy', () => {
    const report = check([...fixtures.slice(0, 6), '* dimanche 27/11/22 - J.E.E.N', ''].join('\n'));
    expect(warnings(report)).toEqual(['7 duplicate-session']);
  });
});
