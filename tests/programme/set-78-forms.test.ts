/*
 * Forms read once held-out set 78 was measured unseen and read
 * (guyfrancoeur-inf3135-dates-a2020, thomasdenecker-fair-bioinfo-2019,
 * ktzanev-m67-exam-phase1-2020, snowcamp-deux-jours-2027, flouvat-r307-sql-organisation-2025),
 * each checked here on a short page, with the near forms that must stay as they were.
 */
import { describe, expect, it } from 'vitest';
import { briefSessions } from '../helpers/brief-sessions.js';
import { check } from '../helpers/read.js';

const brief = briefSessions;

// guyfrancoeur-inf3135-dates-a2020: a Quebec course's key dates, each with its hour and its time zone in French.
describe('a time followed by a Quebec time zone written in French (`23h59 HE`)', () => {
  const page = (cell: string) => ['# INF3135', '', '| Livrable | Date |', '| --- | --- |', `| Examen intra | ${cell} |`, ''];

  it('reads the time and leaves the zone and its remark aside, with no unreadable hours', () => {
    const report = check(page('31 octobre 2020 09h30 HE (heure de Montréal)').join('\n'), { committed: { year: 2020, month: 9, day: 1 } });
    expect(report.diagnostics.filter((d) => d.rule === 'unreadable-hours')).toEqual([]);
    expect(brief(page('31 octobre 2020 09h30 HE (heure de Montréal)'), 2020, 9)).toEqual(['5 2020-10-31 09:30-']);
    expect(brief(page('18 octobre 2020 23h59 HNE'), 2020, 9)).toEqual(['5 2020-10-18 23:59-']);
  });

  it('keeps `9h ET 14h` two times', () => {
    expect(brief(page('31 octobre 2020 9h ET 14h'), 2020, 9)).toEqual(['5 2020-10-31 09:00-,14:00-']);
  });
});

// thomasdenecker-fair-bioinfo-2019: a monthly club's practical information, then one heading per talk over its date field.
describe('a series’ meeting time and its length given once in the practical information', () => {
  const page = (length: string) => [
    '# FAIR_Bioinfo',
    '',
    '**Informations pratiques**',
    '- Quand ? : le dernier vendredi après midi de chaque mois, rdv 12h30',
    `- Durée ? : ${length}`,
    '- Lieu ? : Salle de conférence',
    '',
    '## La mémoire du code',
    '',
    '**Date :** 30/11/2018',
    '',
    '## Ce n’est pas de la magie',
    '',
    '**Date :** 25/01/2019',
    '',
  ];

  it('gives every session the meeting time, and the end its length makes', () => {
    expect(brief(page('1h30 (questions incluses)'), 2019, 6)).toEqual(['8 2018-11-30 12:30-14:00', '12 2019-01-25 12:30-14:00']);
  });

  it('gives the start alone when the length field writes something else than one length', () => {
    expect(brief(page('selon les questions'), 2019, 6)).toEqual(['8 2018-11-30 12:30-', '12 2019-01-25 12:30-']);
  });
});

// ktzanev-m67-exam-phase1-2020: a remote exam's phase titled with its days in brackets.
describe('a run of days a dash glues after a title that already numbers its session', () => {
  it('reads every day of the run (`Examen : phase 1 [ 18-22 mai ]`, `Examen 18-22 mai`)', () => {
    expect(brief(['# Examen : phase 1 [ 18-22 mai ]', '', 'Texte.', ''], 2020, 5)).toEqual(['1 2020-05-18..2020-05-22 (5)']);
    expect(brief(['# Examen 18-22 mai', '', 'Texte.', ''], 2020, 5)).toEqual(['1 2020-05-18..2020-05-22 (5)']);
  });

  it('leaves the number right after a noun sessions are numbered by as the session’s (`TP 2-3 mars`)', () => {
    expect(brief(['# TP 2-3 mars', '', 'Texte.', ''], 2020, 1)).toEqual(['1 2020-03-03']);
  });
});

// snowcamp-deux-jours-2027: a conference's site announces its next edition in a sentence naming it.
describe('a page whose sentence invites to the event its title names', () => {
  const page = (title: string, sentence: string) => ['---', `title: ${title}`, '---', '', '## Le programme évolue', '', sentence, ''];

  it('is that event, on the days the sentence gives, even with no hour', () => {
    expect(brief(page('Snowcamp 2 jours', 'Le SnowCamp 2027 se tiendra les jeudi 14 et vendredi 15 janvier à Alpexpo.'), 2026, 6)).toEqual(['2 2027-01-14 2027-01-15']);
  });

  it('leaves news of another event with no hour unread', () => {
    expect(brief(page('Nouvelles du club', 'Le FOSDEM 2027 se tiendra les samedi 30 et dimanche 31 janvier à Bruxelles.'), 2026, 6)).toEqual([]);
  });
});

// flouvat-r307-sql-organisation-2025: a course's weeks, each over its parts and their lengths in brackets.
describe('a part of a week’s session that closes with its length in brackets (`(2h)`, `(1h30)`)', () => {
  const page = (part: string) => ['# R3.07', '', '**Organisation** :', '- Semaine 1 (08/09) :', '  - CM/TD (2h) : Rappels', '- Semaine 2 (15/09) :', `  - ${part}`, '- Semaine 3 (22/09) :', '  - TP (4h) : Transactions', ''];

  it('is no slot at one or two in the morning: each week stays one session, all day', () => {
    expect(brief(page('CC1 - QCM noté sur machine (1h30)'), 2025, 9)).toEqual(['4 2025-09-08', '6 2025-09-15', '8 2025-09-22']);
  });

  it('still reads a range in brackets as hours (the week’s)', () => {
    expect(brief(page('Soutien (17h30 - 19h)'), 2025, 9)).toEqual(['4 2025-09-08', '6 2025-09-15 17:30-19:00', '8 2025-09-22']);
  });
});

// clubbioinfo-git-github-2018: a club's one talk, a heading over its description, then its date and speaker fields.
describe('a talk’s heading over a description, then its `Date :` and `Orateur :` fields', () => {
  const page = (who: string) => ['# Club Bioinfo', '', '## Git et Github', '', '**Description :**', '- Présentation du dépôt', '- Mise en pratique', '', '**Date :** 26/10/2018', '', `**${who} :** Thomas Denecker`, ''];

  it('is that talk, on its heading, dated by the field', () => {
    expect(brief(page('Orateur'), 2018, 11)).toEqual(['3 2018-10-26']);
  });

  it('leaves an article’s date and author fields unread', () => {
    expect(brief(page('Auteur'), 2018, 11)).toEqual([]);
  });
});

// thomasdenecker-fair-bioinfo-2019: a monthly club's talks, held on the last Friday, one of them dated on a Monday.
describe('a session on another weekday than the page’s habit', () => {
  const page = (first: string) => [
    '# FAIR_Bioinfo',
    '',
    '- Quand ? : le dernier vendredi de chaque mois, rdv 12h30',
    '',
    `## ${first}`,
    '',
    '**Date :** 26/11/2018',
    '',
    '## Ce n’est pas de la magie',
    '',
    '**Date :** 25/01/2019',
    '',
    '## Le gestionnaire de paquets',
    '',
    '**Date :** 22/02/2019',
    '',
    '## Les conteneurs',
    '',
    '**Date :** 29/03/2019',
    '',
  ];
  const habit = (first: string) =>
    check(page(first).join('\n'), { committed: { year: 2019, month: 6, day: 1 } })
      .diagnostics.filter((d) => d.rule === 'weekday-mismatch')
      .map((d) => d.line);

  it('is reported on its date, the others falling on the habit’s weekday', () => {
    expect(habit('La mémoire du code')).toEqual([7]);
  });

  it('is not reported when its title says it is moved', () => {
    expect(habit('La mémoire du code (exceptionnellement un lundi)')).toEqual([]);
  });
});

// chtijs-meetup-26-2023: a meetup's page, its editor's `date:` stored with a `Z`, its title heading dating the evening.
describe('a time a site’s editor stores with a `Z` beside the day the page’s heading names', () => {
  const page = (date: string) => ['---', "title: 'ChtiJS #26'", `date: '${date}'`, '---', '', '# ChtiJS n°26 du 24 Août 2023', '', '## Programme', '', '### L’accessibilité web', '', 'Par Emmanuel.', ''];

  it('is the evening’s start, as written', () => {
    expect(brief(page('2023-08-24T18:45:00Z'), 2023, 8)).toEqual(['6 2023-08-24 18:45-']);
    expect(brief(page('2023-08-24T18:45:00.000Z'), 2023, 8)).toEqual(['6 2023-08-24 18:45-']);
  });

  it('is no start when it is a machine’s stamp (seconds, minutes off the five) or a local midnight stored in UTC', () => {
    expect(brief(page('2023-08-24T18:44:49Z'), 2023, 8)).toEqual(['6 2023-08-24']);
    expect(brief(page('2023-08-24T22:00:00.000Z'), 2023, 8)).toEqual(['6 2023-08-24']);
  });

  it('is no start of a heading that names another day', () => {
    expect(brief(page('2023-08-20T18:45:00Z'), 2023, 8)).toEqual(['6 2023-08-24']);
  });
});
