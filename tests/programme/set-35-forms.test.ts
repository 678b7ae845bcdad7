/*
 * Forms read in held-out set 35 (tests/fixtures/real: carto-recherche-journal-2020,
 * efttbt-ateliers-2016, ducsombernon-calendrier-2021, terredesjeunes-sommet-togo-2015,
 * hunesse-sae-dolibarr-2024), checked here on a short page, with the near forms that must stay as
 * they were.
 */
import { describe, expect, it } from 'vitest';
import { sessionToJson } from '../../src/report/session-json.js';
import { check } from '../helpers/read.js';

const read = (lines: string[]) => check(lines.join('\n'), { committed: { year: 2020, month: 6, day: 1 } });
const brief = (lines: string[]) =>
  read(lines)
    .programme.sessions.map(sessionToJson)
    .map((s) => `${s.line} ${s.days.join(' ')} ${s.times.map((t) => `${t.start}-${t.end ?? ''}`).join(',')} ${s.status}`.replace(/ {2,}/g, ' '));

describe('a learning journal whose sessions each open with their day and hours in a sentence', () => {
  const session = (heading: string, line: string) => [heading, '', line, '', '### Ce qu’on a fait', '', '- afficher plusieurs images', '', '### Tu repars avec quoi ?', '', '- meilleure compréhension de CSS', ''];

  it('takes the hours of the line under the heading, whatever sub-headings follow it', () => {
    const page = ['# Journal', '', ...session('## Session 7 - 24 avril 2020', 'Vendredi 24 avril de 9h00 à 11h30, via whereby.com.'), ...session('## Session 8 - 1er mai 2020', 'Vendredi 1er mai de 9h00 à 12h30, via whereby.com.')];
    expect(brief(page)).toEqual(['3 2020-04-24 09:00-11:30 confirmed', '15 2020-05-01 09:00-12:30 confirmed']);
    expect(read(page).diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('reports a line of hours that opens with another day than its heading, at the heading, naming both', () => {
    const page = ['# Journal', '', ...session('## Session 7 - 24 avril 2020', 'Vendredi 20 mars de 9h00 à 11h30, via whereby.com.')];
    expect(brief(page)).toEqual(['3 2020-04-24 09:00-11:30 confirmed']);
    const found = read(page).diagnostics.filter((d) => d.rule === 'event-dates-mismatch');
    expect(found.map((d) => d.line)).toEqual([3]);
    expect(found[0]!.message).toContain('"24 avril 2020"');
    expect(found[0]!.message).toContain('line 5');
    expect(found[0]!.message).toContain('"Vendredi 20 mars"');
  });

  it('leaves the heading all day when its own words tell two times, and a sub-heading’s time to the sub-heading', () => {
    const twoTimes = ['# Journal', '', '## Session 3 - 13 février 2020', '', 'Accueil à 9h, puis atelier à 10h30.', '', '### Notes', '', '- rien', ''];
    expect(brief(twoTimes)).toEqual(['3 2020-02-13 confirmed']);
    const inPart = ['# Journal', '', '## Session 3 - 13 février 2020', '', 'Une matinée de travail.', '', '### Pause', '', 'Reprise à 10h30.', ''];
    expect(brief(inPart)).toEqual(['3 2020-02-13 confirmed']);
  });
});

describe('a date marked as not settled on a line of its own, a heading or a list item', () => {
  it('reads `Vendredi 1er avril 2016 (à confirmer)` over its hours as a tentative session, like the blocks around it', () => {
    const block = (date: string, hours: string, title: string) => [date, hours, `**« ${title} »**`, 'Tarif : CHF 50.–', '', '---', ''];
    const page = [
      '## Romont', '', '---', '',
      ...block('Vendredi 25 mars 2016', '18 h 30 – 20 h', 'Relâcher cette anxiété'),
      ...block('Vendredi 1<sup>er</sup> avril 2016 (à confirmer)', '18 h 30 – 20 h', 'Douleurs physiques'),
      ...block('Vendredi 8 avril 2016', '18 h 30 – 20 h', 'Relâcher cette colère'),
    ];
    expect(brief(page)).toEqual(['5 2016-03-25 18:30-20:00 confirmed', '12 2016-04-01 18:30-20:00 tentative', '19 2016-04-08 18:30-20:00 confirmed']);
  });

  it('takes the mark out of a list item’s title and a heading’s date, and says once where it stands', () => {
    const page = ['- Vendredi 1er avril 2016 (date à préciser) : atelier A', '- Vendredi 8 avril 2016 : atelier B', '', '## Samedi 1er octobre 2016 (sous réserve)', '', '14h-16h', ''];
    const report = read(page);
    expect(report.programme.sessions.map(sessionToJson).map((s) => `${s.line} ${s.title} ${s.status}`)).toEqual([
      '1 atelier A tentative',
      '2 atelier B confirmed',
      '4 Samedi 1er octobre 2016 (sous réserve) tentative',
    ]);
    expect(report.diagnostics.filter((d) => d.rule === 'undecided-date').map((d) => d.line)).toEqual([1, 4]);
  });

  it('leaves a bracket that says something else: `(salle B)`, `(horaires à confirmer)`', () => {
    const page = ['- Vendredi 1er avril 2016 (salle B) : atelier A', '- Vendredi 8 avril 2016 (horaires à confirmer) : atelier B', ''];
    expect(read(page).programme.sessions.map(sessionToJson).map((s) => `${s.line} ${s.status}`)).toEqual(['1 confirmed', '2 confirmed']);
  });
});

describe('a club calendar that gives one weekday several days of the month under the month’s heading', () => {
  it('reads `samedi 13, 20 et 27 - Entraînement` as the three Saturdays', () => {
    const page = ['## Novembre 2021', '', '- jeudi 11 - Cross', '- samedi 13, 20 et 27 - Entraînement', '', '## Janvier 2022', '', '- samedi 15, 22 - Entraînement', '- dimanche 23 - Départementaux', ''];
    expect(brief(page)).toEqual(['3 2021-11-11 confirmed', '4 2021-11-13 2021-11-20 2021-11-27 confirmed', '8 2022-01-15 2022-01-22 confirmed', '9 2022-01-23 confirmed']);
  });

  it('leaves a number that is no day after the weekday’s: `samedi 13, 2 équipes`', () => {
    const page = ['## Novembre 2021', '', '- jeudi 11 - Cross', '- samedi 13, 2 équipes - Tournoi', ''];
    expect(brief(page)).toEqual(['3 2021-11-11 confirmed', '4 2021-11-13 confirmed']);
  });
});

describe('a programme summed up first, then each part detailed under its number', () => {
  const summary = ['# Sommet', '', '### Volet 1 : Sommet des antennes', '8 au 13 août 2015, Lomé', '', '### Volet 2 : Sommet Togo 2015', '15 août au 20 août 2015, Lomé', ''];

  it('reads a detail section on the same days as its part, not as one more session', () => {
    const page = [...summary, 'Volet 1 : Du 8 au 13 août', '----', '', 'Chantiers.', ''];
    expect(brief(page).map((s) => s.split(' ')[0])).toEqual(['3', '6']);
    expect(read(page).diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('reports a detail section on other days than its part, at the section, naming the part’s line', () => {
    const page = [...summary, 'Volet 2 : Du 14 au 18 août', '----', '', 'Chantiers.', ''];
    expect(brief(page).map((s) => s.split(' ')[0])).toEqual(['3', '6']);
    const found = read(page).diagnostics.filter((d) => d.rule === 'event-dates-mismatch');
    expect(found.map((d) => d.line)).toEqual([9]);
    expect(found[0]!.message).toContain('"14 au 18 août"');
    expect(found[0]!.message).toContain('line 7');
  });
});

describe('a journal that opens with a card of facts', () => {
  const card = ['# Journal de bord', '', '* SAE Dolibarr', '* KERMARREC Gaëtan', '* 05/11/2024', ''];

  it('reads the card’s date alone as no session when the entries write their own days', () => {
    const page = [...card, '## Séance n° 1', '', '* 05/11/2024 - [8h30-11h30]', '* Découverte', '', '## Séance n° 2', '', '* 12/11/2024 - [14h30-17h30]', '* Docker', ''];
    expect(brief(page)).toEqual(['7 2024-11-05 08:30-11:30 confirmed', '12 2024-11-12 14:30-17:30 confirmed']);
  });

  it('keeps the card’s date as the day of the evening whose timed headings follow it', () => {
    const page = ['## Date et lieu', '', '* Jeudi 12 juin 2008', '* Dans les locaux de Port Parallèle', '* 26 participants', '', '## Détails', '', '### 18h45 à 19h00 : Accueil', '', '### 19h00 à 20h00 : Conférence', ''];
    expect(brief(page)).toEqual(['9 2008-06-12 18:45-19:00 confirmed', '11 2008-06-12 19:00-20:00 confirmed']);
  });
});
