/*
 * Forms read once held-out sets 120 and 121 were measured unseen and read
 * (tests/fixtures/real/INDEX.md, sets 120 and 121), each checked on a short page, with the
 * near forms that must stay as they were.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../helpers/read.js';
import { briefProblems, briefSessions, readSessions } from '../helpers/brief-sessions.js';

const brief = briefSessions;

// collegeboreal-inf1006-bases-de-donnees-2020: a college's weekly plan, its days written year first in two digits.
describe('a column of dates written year first in two digits', () => {
  const plan = (dates: string[]) => ['|No| Date   | Cours |', '|--|:------:|:--|', ...dates.map((date, k) => `|0${k + 1}|${date}| Cours ${k + 1} |`)];

  it('is read year first, each day of the school year it names', () => {
    expect(brief(plan(['20-09-07', '20-09-14', '20-09-21', '20-10-05']), 2020, 11)).toEqual(['3 2020-09-07', '4 2020-09-14', '5 2020-09-21', '6 2020-10-05']);
  });

  it('still tells a row out of place, read year first', () => {
    expect(briefProblems(plan(['20-11-16', '20-11-23', '20-12-30', '20-12-07', '20-12-14']), { year: 2020, month: 12, day: 15 })).toEqual(['5 out-of-order']);
  });

  it('stays day first where the last number stays and the first changes, or with too few dates to tell', () => {
    expect(brief(plan(['15-01-18', '22-01-18', '29-01-18', '05-02-18']), 2018, 3)).toEqual(['3 2018-01-15', '4 2018-01-22', '5 2018-01-29', '6 2018-02-05']);
    expect(brief(plan(['20-09-07', '20-09-14']), 2007, 11)).toEqual(['3 2007-09-20', '4 2014-09-20']);
  });
});

// gum365-community-day-montreal-2024: an event page copied from its site's placeholder, the year left in its day.
describe('an event page whose title names another year than its day', () => {
  const page = (title: string, key: string, date: string) => ['---', `title: ${title}`, 'layout: events', `${key}: ${date}`, '---', 'Voici la page de l’événement.'];

  it('is told, on the line of its day, with the two years', () => {
    const report = check(page('Community Day Montréal 2024', 'eventdate', '2014-06-14').join('\n'), { committed: { year: 2024, month: 5, day: 2 } });
    const told = report.diagnostics.filter((d) => d.rule === 'event-dates-mismatch');
    expect(told.map((d) => d.line)).toEqual([4]);
    expect(told[0]!.message).toContain('2024');
    expect(told[0]!.message).toContain('14 June 2014');
  });

  it('is left alone when the day falls near the title’s year, or is a post’s date, or the title names two years', () => {
    const at = { year: 2024, month: 5, day: 2 };
    expect(briefProblems(page('Rentrée 2025', 'eventdate', '2024-12-15'), at)).toEqual([]);
    expect(briefProblems(page('Bilan 2023', 'date', '2025-01-20'), at)).toEqual([]);
    expect(briefProblems(page('Saison 2023-2024', 'eventdate', '2021-10-01'), at)).toEqual([]);
  });
});

// agilefrance-ag-compte-rendu-2024: minutes that log the times things happened at the meeting they record.
describe('minutes that log the times of the meeting they record', () => {
  const minutes = (times: string[]) => [
    '---', 'title: Compte-rendu de l’assemblée générale du 27 février 2024', '---', '',
    '# Assemblée générale du 27 février 2024', '', ...times.flatMap((time) => [`${time} - ${time === times[0] ? 'Début' : 'Point suivant'}`, '']),
  ];

  it('give no session for a time logged off the five-minute grid', () => {
    expect(brief(minutes(['18:52', '18:54', '19:36', '20:28']), 2024, 3)).toEqual([]);
  });

  it('keep the agenda of a day planned on the grid, as their readers list it', () => {
    expect(brief(minutes(['13:30', '14:00', '15:00', '15:30']), 2024, 3)).toEqual(['7 2024-02-27 13:30-', '9 2024-02-27 14:00-', '11 2024-02-27 15:00-', '13 2024-02-27 15:30-']);
  });
});

// agilefrance-etats-generaux-2022: a page whose programme opens with its day, under `## Programme`.
describe('a paragraph under the programme’s heading that opens with its day', () => {
  const page = (heading: string, sentence: string) => ['# États généraux', '', '## Contexte', '', 'Le bureau propose des ateliers.', '', `## ${heading}`, '', sentence, '', '- Un thème', '- Un autre thème', ''];

  it('is the programme’s session', () => {
    const sessions = readSessions(page('Programme', 'Le 18/01/2022, en visioconférence, trois ateliers d’environ une heure chacun, sur les thèmes suivants :'), 2022, 1);
    expect(sessions.map((s) => [s.line, s.days.join(' '), s.title])).toEqual([[9, '2022-01-18', 'Le 18/01/2022, en visioconférence, trois ateliers d’environ une heure chacun, sur les thèmes suivants']]);
  });

  it('is not read under another heading, nor when the day comes inside the sentence', () => {
    expect(brief(page('Contexte suite', 'Le 18/01/2022, en visioconférence, trois ateliers sur les thèmes suivants :'), 2022, 1)).toEqual([]);
    expect(brief(page('Programme', 'Trois ateliers, préparés depuis le 18/01/2022, sur les thèmes suivants :'), 2022, 1)).toEqual([]);
  });
});

// loicgrobol-instal-party-plurital-2022: practical details whose labels are bold, with no colon.
describe('a list of practical details whose labels are bold with no colon', () => {
  const details = (when: string) => ['## Infos pratiques', '', '- **Quoi** Install Party', '- **Où** à définir', `- ${when}`, '- **Contact** Loïc', ''];

  it('gives the day and hours its `Quand` writes', () => {
    expect(brief(details('**Quand** 2022-09-13 14h-16h'), 2022, 9)).toEqual(['5 2022-09-13 14:00-16:00']);
  });

  it('reads no other label so, nor a `Quand` that is not set apart in bold', () => {
    expect(brief(details('**Contact** 2022-09-13 14h-16h'), 2022, 9)).toEqual([]);
    expect(brief(details('Quand 2022-09-13 14h-16h'), 2022, 9)).toEqual([]);
  });
});
