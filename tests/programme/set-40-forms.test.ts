/*
 * Forms read in set 40 (tests/fixtures/real: depinfocem-3w6-horaire-ete-2025,
 * polytool-rapports-seances-2019, cef-boost-week-2021), checked here on a short page, with
 * the near forms that must stay as they were.
 */
import { describe, expect, it } from 'vitest';
import { sessionToJson } from '../../src/report/session-json.js';
import { check } from '../helpers/read.js';

const brief = (lines: string[]) =>
  check(lines.join('\n'), { committed: { year: 2025, month: 6, day: 1 } })
    .programme.sessions.map(sessionToJson)
    .map((s) => `${s.line} ${s.days.join(' ')} ${s.times.map((t) => `${t.start}-${t.end ?? ''}`).join(',')}`.trim());

describe('a group’s calendar folded in a `<details>` with no summary, under its heading', () => {
  const folded = (heading: string) => [heading, '', '<details>', '', '### Semaine 1', '- Séance 1 et 2: Lundi, 9 juin', '- Séance 3 et 4: Mercredi, 11 juin', '', '</details>', ''];

  it('is read when the heading right above names a calendar', () => {
    expect(brief(folded('## Calendrier 3W6 E25 (Groupe 1010)'))).toEqual(['6 2025-06-09', '7 2025-06-11']);
  });

  it('stays folded away under a heading that names an archive, under none, or under the page’s title', () => {
    expect(brief(folded('## Archives 2024'))).toEqual([]);
    expect(brief(['Texte.', '', ...folded('').slice(2)])).toEqual([]);
    expect(brief(folded('# Calendrier'))).toEqual([]);
  });
});

describe('a second list under a week heading', () => {
  it('is more of the week’s sessions, not the heading’s date', () => {
    const page = ['### Semaine 4', '- Séance 21 et 22: Mardi, 1er juillet', '- Séance 23 et 24: Jeudi, 3 juillet', '', "(Il n'y a PAS de séance 25 et 26)", '- Séance 27 et 28: Vendredi, 4 juillet', ''];
    expect(brief(page)).toEqual(['2 2025-07-01', '3 2025-07-03', '6 2025-07-04']);
  });
});

describe('a heading closing with its date, then a colon', () => {
  it('reads `Rapport de la séance 1 du Lundi 10 Décembre 2018 :` as that day', () => {
    expect(brief(['# Rapports', '', '## • Rapport de la séance 1 du Lundi 10 Décembre 2018 :', '', 'Texte.', '', '## Rapport de la séance 2 du Lundi 17 Décembre 2018 :', '', 'Texte.', ''])).toEqual(['3 2018-12-10', '7 2018-12-17']);
  });

  it('leaves a changelog’s release heading as it was', () => {
    expect(brief(['# Changelog', '', '## Version 3.1 : 12/02/2024 :', '', '- corrections', ''])).toEqual([]);
  });
});

describe('hours written `Entre 10 et 12h`', () => {
  it('opens each slot of a day written in bold', () => {
    const page = ['**Mardi 16/02/2021**  ', 'Entre 10 et 12h, Logan et Deborah animent le GT Statuts  ', 'Entre 14 et 16h, Maryam et Clara animent le GT Harcèlement', ''];
    expect(brief(page)).toEqual(['2 2021-02-16 10:00-12:00', '3 2021-02-16 14:00-16:00']);
  });

  it('leaves `entre 10 et 12 personnes` no hours', () => {
    expect(brief(['**Mardi 16/02/2021**  ', 'Entre 10 et 12 personnes viendront.', ''])).toEqual(['1 2021-02-16']);
  });
});

describe('a training’s day in its front matter under a theme’s prefix', () => {
  it('reads `alpha-start: 23/11/2022` as the day of the agenda below', () => {
    const page = ['---', 'layout: formation/alpha', 'alpha-start: 23/11/2022', 'alpha-end: 23/11/2022', 'alpha-time: 9h15 - 17h30', '---', '', '# La formation', '', '**Le programme de la journée**', '', '* 09h30 : Introduction', '* 9h45-10h15 : Le quiz', ''];
    expect(brief(page)).toEqual(['12 2022-11-23 09:30-', '13 2022-11-23 09:45-10:15']);
  });

  it('leaves a key that only ends with `start` among more words, or a value with more than a day, as it was', () => {
    const page = (key: string, value: string) => ['---', `${key}: ${value}`, '---', '', '* 09h30 : Introduction', ''];
    expect(brief(page('date of the first start', '23/11/2022'))).toEqual([]);
    expect(brief(page('alpha-start', '23/11/2022 ou 30/11/2022'))).toEqual([]);
  });
});

describe('an Emacs Org agenda exported to markdown', () => {
  const stamp = (text: string) => `<span class="timestamp-wrapper"><span class="timestamp">${text}</span></span>`;
  const page = [
    '# Semaine de Bootcamp',
    '',
    stamp('&lt;2018-02-05 lun.&gt;&#x2013;&lt;2018-02-09 ven.&gt;'),
    '',
    '## Bootcamp - Lundi 5 février 2018 (à la DINSIC)',
    '',
    '### S: Petit déjeuner #community',
    '',
    stamp('&lt;2018-02-05 lun. 08:30&gt;&#x2013;&lt;2018-02-05 lun. 09:20&gt;'),
    '',
    '### S: Icebreaker #fun',
    '',
    stamp('&lt;2018-02-05 lun. 09:30-10:00&gt;'),
    '',
  ];

  it('gives each heading the hours of the timestamp below it, on its day', () => {
    expect(brief(page)).toEqual(['7 2018-02-05 08:30-09:20', '11 2018-02-05 09:30-10:00']);
  });

  it('leaves a timestamp of another day, or with words after it, no slot of the day', () => {
    const other = [...page.slice(0, 8), stamp('&lt;2018-02-06 mar. 08:30&gt;'), '', '### S: Café', '', `${stamp('&lt;2018-02-05 lun. 09:30&gt;')} puis pause`, ''];
    expect(brief(other).filter((line) => / \d\d:\d\d/.test(line))).toEqual([]);
  });
});

describe('a log whose headings number its days and close with them bare', () => {
  it('reads `## J1 = 29/04`, `## J2 = 13/05`, `## J3 = 07/06` as those days, titled by their number', () => {
    const page = ['# Projet', '', '## J1 = 29/04', '- Analyse', '', '## J2 = 13/05', '- Intégration', '', '## J3 = 07/06', '- Base de données', ''];
    const report = check(page.join('\n'), { committed: { year: 2022, month: 7, day: 1 } });
    expect(report.programme.sessions.map(sessionToJson).map((s) => [s.line, s.title, s.days])).toEqual([
      [3, 'J1', ['2022-04-29']],
      [6, 'J2', ['2022-05-13']],
      [9, 'J3', ['2022-06-07']],
    ]);
  });

  it('leaves two such headings, or scores in headings, as they were', () => {
    expect(brief(['# Projet', '', '## J1 = 29/04', '- Analyse', '', '## J2 = 13/05', '- Intégration', ''])).toEqual([]);
    expect(brief(['# Matchs', '', '## Équipe A : 3/1', '', '## Équipe B : 2/2', '', '## Équipe C : 0/4', ''])).toEqual([]);
  });
});
