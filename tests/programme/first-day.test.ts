/*
 * What a coordinator wrote on their first day, without studying the accepted formats
 * (issue 16, "What they write"): each test starts from the text that user wrote.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCalendars } from '../../src/calendar/build-calendars.js';
import type { FileReport } from '../../src/report/file-report.js';
import { sessionToJson } from '../../src/report/session-json.js';
import { formatTextReport } from '../../src/report/text-report.js';
import { repoRoot } from '../helpers/corpus.js';
import { parseIcs } from '../calendar/parse-ics.js';
import { check, days, table } from '../helpers/read.js';

const header = 'Session | Date | Horaires | Lieu';

/** A 2025-2026 programme holding the given rows. */
function programme(...rows: string[]): string {
  return '# Programme 2025-2026\n\n' + table(header, ...rows);
}

async function calendar(report: FileReport, repository = false) {
  const [output] = await buildCalendars(report, {
    language: 'en',
    timezone: 'Europe/Paris',
    readPrevious: async () => undefined,
    commitTime: async () => undefined,
    ...(repository ? { repository: { url: 'https://github.com/coordination/programme', branch: 'main', path: 'programme.md' } } : {}),
  });
  return parseIcs(output!.content).events;
}

describe('a date marked as not settled is tentative, like "7 ou 14 novembre"', () => {
  it.each([
    ['Jeudi 21 mai (à confirmer)', '(à confirmer)', 'Jeudi 21 mai'],
    ['21 mai ?', '?', '21 mai'],
    ['Jeudi 21 mai (à préciser)', '(à préciser)', 'Jeudi 21 mai'],
    ['Jeudi 21 mai sous réserve', 'sous réserve', 'Jeudi 21 mai'],
    ['Jeudi 21 mai TBC', 'TBC', 'Jeudi 21 mai'],
    ['Jeudi 21 mai (date à confirmer)', '(date à confirmer)', 'Jeudi 21 mai'],
    ['Jeudi 21 mai - à confirmer', 'à confirmer', 'Jeudi 21 mai'],
    ['Jeudi 21 mai (sous réserve de confirmation)', '(sous réserve de confirmation)', 'Jeudi 21 mai'],
    ['Jeudi 21 mai (?)', '(?)', 'Jeudi 21 mai'],
  ])('"%s" is tentative with the undecided-date warning, and the fix drops %j', async (cell, mark, settled) => {
    const report = check(programme(`Atelier B | ${cell} | 14h - 17h | Lyon`));
    const session = report.programme.sessions[0]!;
    expect(days(session)).toEqual(['2026-05-21']);
    expect(session.status).toBe('tentative');
    expect(report.diagnostics.map((d) => [d.rule, d.severity])).toContainEqual(['undecided-date', 'warning']);
    const warning = report.diagnostics.find((d) => d.rule === 'undecided-date')!;
    expect(warning).toMatchObject({ line: 5, actual: cell, expected: settled });
    expect(warning.message).toContain(`marked as not settled ("${mark}")`);
    expect(sessionToJson(session)).toMatchObject({ status: 'tentative', days: ['2026-05-21'] });
    const [event] = await calendar(report);
    expect(event).toMatchObject({ status: 'TENTATIVE', start: '2026-05-21T12:00:00Z' });
  });

  it('says it in French too', () => {
    const report = check(programme('Atelier B | Jeudi 21 mai (à confirmer) | 14h - 17h | Lyon'), { language: 'fr' });
    expect(report.diagnostics.find((d) => d.rule === 'undecided-date')!.message).toContain('marquée comme non fixée');
  });

  it('leaves a remark about something else confirmed: "21 mai (horaires à confirmer)"', () => {
    const report = check(programme('Atelier B | Jeudi 21 mai (horaires à confirmer) | 14h - 17h | Lyon'));
    expect(report.programme.sessions[0]!.status).toBe('confirmed');
    expect(report.diagnostics.map((d) => d.rule)).not.toContain('undecided-date');
  });
});

describe('a month with a "to be set" remark is an undecided date, not an unreadable one', () => {
  it.each(['Mai (date à définir)', 'Mai ?', 'mai 2026 (à préciser)', 'Courant mai (à confirmer)'])('"%s" is an info, tentative, out of the calendar', async (cell) => {
    const report = check(programme(`Atelier D | ${cell} | | `, 'Séminaire | Jeudi 25 juin | 9h30 - 17h | Paris'));
    expect(report.diagnostics.map((d) => [d.rule, d.severity])).toEqual([['date-to-be-confirmed', 'info']]);
    expect(report.programme.sessions[0]!.status).toBe('tentative');
    expect((await calendar(report)).map((e) => e.summary)).toEqual(['Séminaire']);
  });

  it('takes a month alone, with nothing saying it is to be set, for a date not set yet too (`Mai`, `septembre 2020`)', () => {
    for (const cell of ['Mai', 'septembre 2026']) {
      const report = check(programme(`Atelier D | ${cell} | | `));
      expect(report.diagnostics.map((d) => [d.rule, d.severity])).toEqual([['date-to-be-confirmed', 'info']]);
      expect(report.programme.sessions[0]!.status).toBe('tentative');
    }
  });

  it('still reports a month followed by something that is no date as unreadable', () => {
    expect(check(programme('Atelier D | Mai salle 3 | | ')).diagnostics.map((d) => d.rule)).toEqual(['unreadable-date']);
  });
});

describe('a seminar written as one row per day, with one detail section', () => {
  it('links both days\' events to the section (`Jeudi 25 juin`, `Vendredi 26 juin`)', async () => {
    const text =
      programme('Séminaire | Jeudi 25 juin | 9h30 - 17h | Paris', 'Séminaire | Vendredi 26 juin | 9h - 12h30 | Paris') +
      '\n### Séminaire | 25 et 26 juin\n\n- **Horaires** : 9h30 - 17h le jeudi, 9h - 12h30 le vendredi\n';
    const events = await calendar(check(text), true);
    expect(events.map((e) => e.start)).toEqual(['2026-06-25T07:30:00Z', '2026-06-26T07:00:00Z']);
    for (const event of events) expect(event.description).toContain('https://github.com/coordination/programme/blob/main/programme.md#séminaire--25-et-26-juin'.replace('é', '%C3%A9'));
  });
});

describe('a section\'s hours followed by a remark are still compared with the row', () => {
  const withSection = (hours: string) =>
    programme('Atelier E | Jeudi 4 décembre | 9h30 - 17h | Paris') + `\n### Atelier E | 4 décembre\n\n- **Horaires** : ${hours}\n`;

  it('reports `9h - 17h (accueil dès 8h45)` against the row\'s `9h30 - 17h`, ignoring the remark', () => {
    const { diagnostics } = check(withSection('9h - 17h (accueil dès 8h45)'));
    expect(diagnostics.map((d) => [d.rule, d.line])).toEqual([['detail-hours-mismatch', 9]]);
    expect(diagnostics[0]).toMatchObject({ actual: '9h - 17h (accueil dès 8h45)', expected: '9h30 - 17h' });
  });

  it('is silent when the hours before the remark agree: `9h30 - 17h (accueil dès 9h15)`', () => {
    expect(check(withSection('9h30 - 17h (accueil dès 9h15)')).diagnostics).toEqual([]);
  });

  it('still reads hours written in brackets as hours: `9h - 12h (14h - 17h pour les mentors)` is not a remark', () => {
    const { programme: read } = check(withSection('9h - 12h (14h - 17h pour les mentors)'));
    expect(read.sections[0]!.hours?.value).toBeUndefined();
  });
});

describe('a cancelled row says so once, and keeps its remark', () => {
  it('`~~Atelier outils collaboratifs~~ **Annulé** (reporté au 12 mars)` is the title `Atelier outils collaboratifs`, cancelled, the remark in the description', async () => {
    const report = check(programme('~~Atelier outils collaboratifs~~ **Annulé** (reporté au 12 mars) | Jeudi 5 mars | 14h - 17h | Lyon'));
    const session = report.programme.sessions[0]!;
    expect(session.title.text).toBe('Atelier outils collaboratifs');
    expect(session.status).toBe('cancelled');
    expect(sessionToJson(session)).toMatchObject({ title: 'Atelier outils collaboratifs', status: 'cancelled' });
    const [event] = await calendar(report);
    expect(event!.summary).toBe('Atelier outils collaboratifs (cancelled)');
    expect(event!.status).toBe('CANCELLED');
    expect(event!.description.split('\n')).toEqual(['This session is cancelled.', 'reporté au 12 mars', 'Hours: 14:00–17:00']);
  });

  it.each([
    ['Atelier X - ANNULÉ', 'Atelier X'],
    ['[ANNULE] Atelier X', 'Atelier X'],
    ['Atelier X (annulé)', 'Atelier X'],
  ])('`%s` is the title `%s`', (cell, title) => {
    const session = check(programme(`${cell} | Jeudi 5 mars | 14h - 17h | Lyon`)).programme.sessions[0]!;
    expect([session.title.text, session.status, session.remark]).toEqual([title, 'cancelled', undefined]);
  });
});

describe('a misspelt month or weekday gets a hint', () => {
  it('suggests `novembre` for `Jeudi 13 novmebre`, in the message and as the fix', () => {
    const { diagnostics } = check(programme('Atelier A | Jeudi 13 novmebre | 14h - 17h | Lyon'));
    expect(diagnostics.map((d) => [d.rule, d.severity])).toEqual([['unreadable-date', 'error']]);
    expect(diagnostics[0]!.message).toContain('Did you mean "novembre"? Write "Jeudi 13 novembre".');
    expect(diagnostics[0]).toMatchObject({ actual: 'Jeudi 13 novmebre', expected: 'Jeudi 13 novembre' });
  });

  it.each([
    ['Mecredi 12 novembre', 'Mercredi 12 novembre'],
    ['Jeudi 13 Novmebre', 'Jeudi 13 Novembre'],
    ['jeudy 13 novembre', 'jeudi 13 novembre'],
    ['16 et 17 octbre', '16 et 17 octobre'],
  ])('suggests the fix of `%s`: `%s`', (cell, fixed) => {
    expect(check(programme(`Atelier A | ${cell} | 14h - 17h | Lyon`)).diagnostics[0]).toMatchObject({ rule: 'unreadable-date', expected: fixed });
  });

  it('says it in French', () => {
    const { diagnostics } = check(programme('Atelier A | Jeudi 13 novmebre | 14h - 17h | Lyon'), { language: 'fr' });
    expect(diagnostics[0]!.message).toContain('Vouliez-vous écrire « novembre » ? Écrivez « Jeudi 13 novembre ».');
  });

  it('gives no hint when no single name makes the date readable', () => {
    for (const cell of ['3 brumaire', 'Jeudi 13 brumaire', 'semaine 12']) {
      const [diagnostic] = check(programme(`Atelier A | ${cell} | 14h - 17h | Lyon`)).diagnostics;
      expect(diagnostic, cell).toMatchObject({ rule: 'unreadable-date' });
      expect(diagnostic!.expected, cell).toBeUndefined();
      expect(diagnostic!.message, cell).not.toContain('Did you mean');
    }
  });
});

describe('hours given per day of a two-day row apply to that day', () => {
  it('reads `9h30 - 17h le jeudi, 9h - 12h30 le vendredi` on `Jeudi 16 et vendredi 17 octobre`: each day with its hours', async () => {
    const report = check(programme('Lancement | Jeudi 16 et vendredi 17 octobre | 9h30 - 17h le jeudi, 9h - 12h30 le vendredi | Paris'));
    expect(report.diagnostics).toEqual([]);
    const session = report.programme.sessions[0]!;
    expect(days(session)).toEqual(['2025-10-16', '2025-10-17']);
    expect(sessionToJson(session).times).toEqual([
      { label: null, start: '09:30', end: '17:00', day: 'jeudi' },
      { label: null, start: '09:00', end: '12:30', day: 'vendredi' },
    ]);
    const events = await calendar(report);
    expect(events.map((e) => [e.start, e.end])).toEqual([
      ['2025-10-16T07:30:00Z', '2025-10-16T15:00:00Z'],
      ['2025-10-17T07:00:00Z', '2025-10-17T10:30:00Z'],
    ]);
    expect(events[0]!.description).toBe('Hours: jeudi: 09:30–17:00, vendredi: 09:00–12:30');
  });

  it.each([
    'jeudi : 9h30 - 17h ; vendredi : 9h - 12h30',
    'le jeudi de 9h30 à 17h, le vendredi de 9h à 12h30',
    '9h30 - 17h (jeudi), 9h - 12h30 (vendredi)',
    '16 octobre : 9h30 - 17h, 17 octobre : 9h - 12h30',
    '9h30 - 17h le 16, 9h - 12h30 le 17',
    'jeudi 9h30 - 17h et vendredi 9h - 12h30',
    '9h30 - 17h le jeudi et 9h - 12h30 le vendredi',
  ])('reads the days by weekday name or by date: `%s`', async (hours) => {
    const report = check(programme(`Lancement | Jeudi 16 et vendredi 17 octobre | ${hours} | Paris`));
    expect(report.diagnostics).toEqual([]);
    expect((await calendar(report)).map((e) => [e.start, e.end])).toEqual([
      ['2025-10-16T07:30:00Z', '2025-10-16T15:00:00Z'],
      ['2025-10-17T07:00:00Z', '2025-10-17T10:30:00Z'],
    ]);
  });

  it('leaves a short label that only looks like an abbreviated weekday to the audience: `Sam : 14h - 16h`', () => {
    const session = check(programme('Atelier | Jeudi 16 octobre | Sam : 14h - 16h | Paris')).programme.sessions[0]!;
    expect(session.hours?.value).toEqual([{ label: 'Sam', start: { hour: 14, minute: 0 }, end: { hour: 16, minute: 0 } }]);
  });

  it('gives a day of the row without hours of its own an all-day event', async () => {
    const report = check(programme('Lancement | Jeudi 16 et vendredi 17 octobre | 9h - 12h30 le vendredi | Paris'));
    expect((await calendar(report)).map((e) => [e.start, e.end])).toEqual([
      ['2025-10-16', '2025-10-17'],
      ['2025-10-17T07:00:00Z', '2025-10-17T10:30:00Z'],
    ]);
  });

  it('keeps per-audience hours as they were: `9h - 18h30 pour les EIG, 14h - 18h30 pour les mentors`', async () => {
    const report = check(programme('Séminaire | 16 et 17 octobre | 9h - 18h30 pour les EIG, 14h - 18h30 pour les mentors | Paris'));
    expect((await calendar(report)).map((e) => [e.start, e.end])).toEqual([
      ['2025-10-16T07:00:00Z', '2025-10-16T16:30:00Z'],
      ['2025-10-17T07:00:00Z', '2025-10-17T16:30:00Z'],
    ]);
  });
});

describe('hours given for a day the row does not have', () => {
  it('reports `9h - 12h30 le samedi` on a Thursday-Friday row, and leaves those hours out of the calendar', async () => {
    const report = check(programme('Lancement | Jeudi 16 et vendredi 17 octobre | 9h30 - 17h le jeudi, 9h - 12h30 le samedi | Paris'));
    expect(report.diagnostics.map((d) => [d.rule, d.severity, d.line])).toEqual([['weekday-mismatch', 'error', 5]]);
    expect(report.diagnostics[0]!.message).toContain('are given for "samedi", which is not a day of the row (16 October 2025, 17 October 2025)');
    expect((await calendar(report)).map((e) => [e.start, e.end])).toEqual([
      ['2025-10-16T07:30:00Z', '2025-10-16T15:00:00Z'],
      ['2025-10-17', '2025-10-18'],
    ]);
  });
});

describe('the README\'s example of what a coordinator writes', () => {
  it('is read as the README says: per-day hours, per-audience hours, undecided and unsettled dates', () => {
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
    const from = readme.indexOf('A table as a coordinator writes it');
    const block = (start: number, fence: string) => {
      const open = readme.indexOf(fence, start) + fence.length;
      const close = readme.indexOf('\n```', open);
      return { text: readme.slice(open, close).trim(), end: close + 4 };
    };
    const input = block(from, '```markdown\n');
    const output = block(input.end, '```\n');
    const report = check(input.text + '\n');
    const printed = formatTextReport([report], 'en').trimEnd().split('\n');
    // The README leaves out the totals line.
    expect(printed.slice(0, -2).join('\n')).toBe(output.text);
  });
});
