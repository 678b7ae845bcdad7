/*
 * Sessions announced in sentences, as course pages, minutes, newsletters and club pages
 * write them beside their programme: `L'examen final sera le 13 décembre de 15h00 à
 * 18h00.` between a course's weekly tables (cegep-sn1-planification-a2024), `Le cours du
 * 2019-12-19 est annulé faute de transports` above a course log (grobol-python-im2-2019),
 * `Démonstration de taille de silex vendredi 17 juillet (demain) à 17h00` among a summer
 * page's dated items (preuilly-que-faire-ete-2020), `« Design en commun » - le jeudi 5 mai`
 * under `La FUN organise deux événements :` (lafun-editathon-2022). A deadline, a series,
 * a span, a past report or a narrative page alone stays text.
 */
import { describe, expect, it } from 'vitest';
import { readAnnouncement, sentencesOf } from '../../src/programme/announced-sessions.js';
import { check, days, table } from '../helpers/read.js';

const log = '# Cours 2024\n\n### Mardi 3 décembre 2024\n\nIntroduction.\n\n### Mardi 17 décembre 2024\n\nTP noté.\n';

function read(text: string, committed = { year: 2024, month: 11, day: 20 }) {
  const report = check(text, { committed });
  return {
    sessions: report.programme.sessions.map((session) => {
      const hours = (session.hours?.value ?? []).map((slot) => `${slot.start.hour}:${String(slot.start.minute).padStart(2, '0')}${slot.end ? `-${slot.end.hour}:${String(slot.end.minute).padStart(2, '0')}` : ''}`);
      return `${session.position.start.line} ${days(session).join(',')} ${hours.join(',') || 'all-day'} ${session.status}`;
    }),
    problems: report.diagnostics.filter((d) => d.severity !== 'info').map((d) => `${d.line} ${d.rule}`),
  };
}

describe('sessions announced in sentences beside a programme', () => {
  it.each([
    ['an exam, its hours after the date', 'Examen le 10 décembre de 12h00 à 13h50.', '2024-12-10 12:00-13:50 confirmed'],
    ['a final exam with a year and a start', "L'examen final se tiendra le 10 décembre 2024, 8h30.", '2024-12-10 8:30 confirmed'],
    ['a next session with its weekday', 'La prochaine séance aura lieu le mardi 10 décembre de 18h à 20h.', '2024-12-10 18:00-20:00 confirmed'],
    ['a meeting point', 'Rendez-vous le samedi 14 décembre à 9h devant la mairie.', '2024-12-14 9:00 confirmed'],
    ['a label and its date', 'Prochaine réunion : jeudi 12 décembre, 19h', '2024-12-12 19:00 confirmed'],
    ['an invitation in the first person', 'Nous vous attendons le mercredi 11 décembre à partir de 14h pour la sortie.', '2024-12-11 14:00 confirmed'],
    ['a day not settled yet', 'Pour la sortie de fin d’année, le samedi 14 décembre semble la date la plus adaptée.', '2024-12-14 all-day tentative'],
  ])('reads %s', (_, sentence, want) => {
    const { sessions, problems } = read(`${log}\n${sentence}\n`);
    expect(sessions).toHaveLength(3);
    expect(sessions[2]).toBe(`11 ${want}`);
    expect(problems).toEqual([]);
  });

  it('reads the sentence between the weekly tables of a course plan, beside the tables\' rows', () => {
    const plan = `# Plan de cours\n\n## Semaine 7\n\nExamen le 10 octobre de 12h00 à 13h50.\n\n${table('Plage horaire | Local', '4 octobre de 8h00 à 11h00 | B-204', '10 octobre de 8h00 à 11h00 | B-204')}`;
    const { sessions, problems } = read(plan, { year: 2024, month: 12, day: 3 });
    expect(sessions).toEqual(['9 2024-10-04 8:00-11:00 confirmed', '10 2024-10-10 8:00-11:00 confirmed', '5 2024-10-10 12:00-13:50 confirmed']);
    expect(problems).toEqual([]);
  });

  it('reads a list item whose sentence names its event, and the items a lead line names', () => {
    const page = [
      '### Mercredi 4 mai 2022, 10h-17h',
      '',
      'Journée de documentation.',
      '',
      'La FUN organise deux événements :',
      '',
      '* « Documenter en commun » - le mercredi 4 mai',
      '* « Design en commun » - le jeudi 5 mai autour des tiers-lieux de fabrication.',
      '* Démonstration de taille de silex vendredi 6 mai à 17h00 devant la poterne',
      '',
    ].join('\n');
    // The item on the heading's day speaks of that session again.
    expect(read(page, { year: 2022, month: 4, day: 15 }).sessions).toEqual(['1 2022-05-04 10:00-17:00 confirmed', '8 2022-05-05 all-day confirmed', '9 2022-05-06 17:00 confirmed']);
  });

  it.each([
    ['a weekday and a date in ISO', 'Le cours du 2024-12-17 est annulé faute de transports.'],
    ['a day and a month only', 'Le cours du 17 décembre est annulé.'],
    ['a past tense', 'Le TP noté du mardi 17 décembre a été reporté.'],
  ])('cancels the listed session a sentence cancels: %s', (_, sentence) => {
    const { sessions } = read(`${log}\n${sentence}\n`);
    expect(sessions).toEqual(['3 2024-12-03 all-day confirmed', '7 2024-12-17 all-day cancelled']);
  });

  it('cancels a table row the sentence below the table names', () => {
    const plan = `# Cours\n\n${table('Date | Séance', '3 décembre 2024 | Introduction', '17 décembre 2024 | TP noté')}\nLe cours du 17 décembre est annulé.\n`;
    expect(read(plan).sessions).toEqual(['5 2024-12-03 all-day confirmed', '6 2024-12-17 all-day cancelled']);
  });

  it.each([
    ['a deadline', 'Le rendu du TP est à faire avant le vendredi 13 décembre à 18h.'],
    ['a deadline said otherwise', 'Les inscriptions à la sortie sont ouvertes jusqu’au samedi 14 décembre.'],
    ['a series', 'Les séances ont lieu tous les mardis de 18h à 20h à partir du mardi 10 décembre.'],
    ['a past report', 'La réunion s’est tenue le jeudi 12 décembre 2024 à 19h.'],
    ['what we did', 'Nous avons organisé un atelier le samedi 14 décembre 2024.'],
    ['a span', 'Le festival se tiendra du 20 au 22 décembre 2024.'],
    ['a publication', 'Compte rendu de la réunion publié le jeudi 12 décembre 2024.'],
    ['a birthday', 'Atelier anniversaire : Marie est née le jeudi 12 décembre 2002.'],
    ['a date with no weekday, no year and no hours', 'Prochaine réunion le 12 décembre.'],
    ['a date in code', 'La séance aura lieu le `mardi 10 décembre` à définir.'],
    ['a question', 'Une sortie le samedi 14 décembre ?'],
    ['the day a session moves to', 'L’AG est annulée et reportée au mardi 17 décembre.'],
  ])('leaves %s as text', (_, sentence) => {
    expect(read(`${log}\n${sentence}\n`).sessions).toHaveLength(2);
  });

  it('reads nothing on a narrative page: a sentence alone is no programme', () => {
    const post = '# Nouvelles du club\n\nLa prochaine séance aura lieu le mardi 10 décembre 2024 de 18h à 20h à la maison des associations. Venez nombreux !\n';
    const report = check(post, { committed: { year: 2024, month: 11, day: 20 } });
    expect(report.programme.sessions).toEqual([]);
    expect(report.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('keeps a sentence whose weekday does not fit the page\'s year out of the calendar', () => {
    // A welcome message written for another year; the weekday in its text is still checked as prose.
    const page = `${log}\nNotre premier cours aura lieu jeudi 4 décembre à partir de 8h30.\n`;
    const { sessions, problems } = read(page);
    expect(sessions).toHaveLength(2);
    expect(problems).toEqual(['11 weekday-mismatch']);
  });

  it('does not check the order of sentences, which prose tells in any order', () => {
    const page = `${log}\nL’examen final aura lieu le vendredi 20 décembre 2024 à 14h. Une séance de révision se tiendra le jeudi 5 décembre 2024 à 10h.\n`;
    const { sessions, problems } = read(page);
    expect(sessions).toHaveLength(4);
    expect(problems).toEqual([]);
  });
});

describe('the grammar of an announcing sentence', () => {
  it('splits a paragraph into sentences, not at abbreviations or dotted hours', () => {
    expect(sentencesOf("L'E.P.N. d'Arlon organise un atelier le 9 octobre de 9.00 h à 12.00 h. Les places sont limitées.").map((s) => s.text)).toEqual([
      "L'E.P.N. d'Arlon organise un atelier le 9 octobre de 9.00 h à 12.00 h.",
      'Les places sont limitées.',
    ]);
  });

  it('reads the hours after the date, past a remark in brackets, and not a length', () => {
    expect(readAnnouncement('Démonstration vendredi 17 juillet (demain) à 17h00 devant la poterne')?.hours?.text).toBe('17h00');
    expect(readAnnouncement('Atelier le samedi 18 juillet, un cours de 2h pour débuter')?.hours).toBeUndefined();
    expect(readAnnouncement('La formation se déroule le 23 octobre 2019 de 9.00 h à 12.00 h')?.hours).toBeUndefined();
  });
});

describe('a news list', () => {
  it('dates its items by when they were posted: no session, and the course log keeps its days', () => {
    const page = [
      '## News',
      '',
      '- **2024-12-17**: Les consignes pour les projets sont en ligne.',
      '- **2024-12-02** Premier cours du semestre le 03/12/2024',
      '',
      '## Séances',
      '',
      '### 2024-12-03 — Introduction',
      '',
      '### 2024-12-17 — Projets',
      '',
    ].join('\n');
    const { sessions, problems } = read(page);
    expect(sessions).toEqual(['8 2024-12-03 all-day confirmed', '10 2024-12-17 all-day confirmed']);
    expect(problems).toEqual([]);
  });
});

describe('a sentence that gives each of its days its own hours', () => {
  it.each([
    ['two performances', 'Nous vous donnons rendez-vous le samedi 14 décembre à 19h45 et le dimanche 15 décembre à 14h45 pour le spectacle.', ['11 2024-12-14 19:45 confirmed', '11 2024-12-15 14:45 confirmed']],
    ['ranges joined by a comma', 'Atelier le mardi 10 décembre de 9h à 12h, le jeudi 12 décembre de 14h à 17h.', ['11 2024-12-10 9:00-12:00 confirmed', '11 2024-12-12 14:00-17:00 confirmed']],
    ['`puis`', 'Les répétitions auront lieu le lundi 9 décembre à 18h puis le mercredi 11 décembre à 20h.', ['11 2024-12-09 18:00 confirmed', '11 2024-12-11 20:00 confirmed']],
  ])('reads one session per day for %s', (_, sentence, want) => {
    expect(read(`${log}\n${sentence}\n`).sessions.slice(2)).toEqual(want);
  });

  it.each([
    ['a second day without hours', 'Concert le samedi 14 décembre à 20h et le dimanche 15 décembre.'],
    ['a move to another day', 'La séance du mardi 10 décembre à 18h est déplacée au jeudi 12 décembre à 18h.'],
    ['a deadline beside a session', 'Atelier le mardi 10 décembre à 18h, inscriptions avant le lundi 9 décembre à 12h.'],
  ])('reads nothing from %s', (_, sentence) => {
    expect(read(`${log}\n${sentence}\n`).sessions).toHaveLength(2);
  });
});

describe('a page whose only dates are under a heading that labels the when', () => {
  it.each([['## Horaire'], ['### Quand ?'], ['## Dates'], ['## Date et heure']])('reads the sentence under `%s` on a page with no other session', (heading) => {
    const text = `+++\ntitle = 'Yoga pour les yeux'\n+++\n\nUn atelier pour reprendre en main la santé de vos yeux.\n\n${heading}\n\nLe jeudi 6 mars 2025 à 19h30 et le jeudi 13 mars 2025 à 14h30.\n\n## Prix\n\n15 CHF\n`;
    expect(read(text, { year: 2025, month: 3, day: 1 }).sessions).toEqual(['9 2025-03-06 19:30 confirmed', '9 2025-03-13 14:30 confirmed']);
  });

  it('reads nothing from such a sentence under another heading of a page with no other session', () => {
    // A line of dates alone dates the heading above it (lineDatingHeading); a sentence that tells of them does not.
    const text = `+++\ntitle = 'Souvenirs'\n+++\n\n## Notre histoire\n\nNous avons joué le jeudi 6 mars 2025 à 19h30 et le jeudi 13 mars 2025 à 14h30.\n`;
    expect(read(text, { year: 2025, month: 3, day: 1 }).sessions).toEqual([]);
  });
});
