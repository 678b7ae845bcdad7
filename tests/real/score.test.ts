/*
 * The scorer's row-start rule (score.ts): a reader may place an HTML table row written over
 * several lines at its `<tr>` line or at its first cell's line, and the engine places it on
 * its first cell, or on its dates cell when that comes later. The reader's choices are paired
 * with the engine's session, for sessions and for problems alike (problems on the first cell
 * only); a session or a warning on another row's line is not.
 * A page that is one event pairs its one session with the engine's one, on its title or its dating line,
 * whether the title is in a front matter or the page's opening level-one heading; in a front
 * matter where the reader found several events, the engine's one pairs with the reader's of its days.
 * A slot written as a heading of hours over the heading of its title stands on either line.
 */
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { day, makeReport, makeSession } from '../calendar/make-session.js';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readRealDocuments, scoreDocument, type ExpectedSession, type RealDocument } from './score.js';

// Line 2 opens the first row, line 3 is its first cell; line 6 opens the second row (a
// `<tr>` with attributes), line 7 is its first cell.
const page = [
  '<table>',
  '<tr>',
  '<td>12 mars 2024</td>',
  '<td>Atelier</td>',
  '</tr>',
  '<tr class="seance">',
  '<td>19 mars 2024</td>',
  '<td>Visite</td>',
  '</tr>',
  '</table>',
].join('\n');

/** The reader's session of 12 March, written down at `line`. */
const expectedAt = (line: number): ExpectedSession => ({ line, days: ['2024-03-12'], times: [], status: 'confirmed' });

/** A document of `page` whose reader wrote down `sessions` and `problems`. */
const documentOf = (sessions: ExpectedSession[], problems: RealDocument['expected']['problems'] = []): RealDocument => ({
  slug: 'row-start',
  text: page,
  expected: { shape: ['table'], programme: true, sessions, problems },
});

/** An engine report with the session of 12 March on `line`, and `diagnostics`. */
const engineAt = (line: number, diagnostics: Diagnostic[] = []) => {
  const session = makeSession({ title: 'Atelier', days: [day(2024, 3, 12)] });
  const placed = { ...session, position: { start: { line, column: 1 }, end: { line, column: 1 } } };
  return { ...makeReport([placed]), diagnostics };
};

/** A warning on `line`. */
const warningAt = (line: number): Diagnostic => ({ rule: 'overlap', severity: 'warning', message: 'test', line, column: 1, endLine: line, endColumn: 1 });

describe('the scorer’s row-start rule', () => {
  it('pairs a session the reader put on the row’s `<tr>` line with the engine’s on its first cell', () => {
    const score = scoreDocument(documentOf([expectedAt(2)]), undefined, engineAt(3));
    expect(score).toMatchObject({ sessions: 1, daysRight: 1, hoursRight: 1, statusRight: 1, extraSessions: 0, missed: [] });
  });

  it('pairs a session the reader put on the row’s first cell with the engine’s on that cell', () => {
    const score = scoreDocument(documentOf([expectedAt(3)]), undefined, engineAt(3));
    expect(score).toMatchObject({ sessions: 1, daysRight: 1, extraSessions: 0, missed: [] });
  });

  it('pairs a session the reader put on the row’s `<tr>` or first cell with the engine’s on a later cell of the row, its dates cell', () => {
    for (const want of [2, 3]) {
      const score = scoreDocument(documentOf([expectedAt(want)]), undefined, engineAt(4));
      expect(score, `reader on line ${want}`).toMatchObject({ sessions: 1, daysRight: 1, extraSessions: 0, missed: [] });
    }
  });

  it('pairs no session on an unrelated line: another row’s `<tr>` or first cell, or the table’s tag', () => {
    for (const [want, got] of [[2, 7], [6, 3], [2, 1], [1, 3]] as const) {
      const score = scoreDocument(documentOf([expectedAt(want)]), undefined, engineAt(got));
      expect(score, `reader on line ${want}, engine on line ${got}`).toMatchObject({ daysRight: 0, extraSessions: 1 });
      expect(score.missed).toEqual([{ line: want, want: '2024-03-12  confirmed', got: '(no session)' }]);
    }
  });

  it('finds a problem the reader put on the `<tr>` line in a warning on its first cell, and calls one on another row a false alarm', () => {
    const problems = [{ line: 2, rule: 'overlap' }];
    expect(scoreDocument(documentOf([expectedAt(2)], problems), undefined, engineAt(3, [warningAt(3)]))).toMatchObject({ problems: 1, problemsFound: 1, falseAlarms: [] });
    const elsewhere = scoreDocument(documentOf([expectedAt(2)], problems), undefined, engineAt(3, [warningAt(7)]));
    expect(elsewhere).toMatchObject({ problemsFound: 0, falseAlarms: [{ line: 7, rule: 'overlap' }] });
  });
});

describe('the scorer’s day heading over its slots', () => {
  // Line 1 is a day's heading, line 2 its one timed sub-heading, line 5 the next day's heading.
  const journal = ['### Lundi 6 janvier 2025', '#### Matin (6h-8h)', '- [x] Installation de Python', '', '### Mardi 7 janvier 2025', '#### Soir (19h-21h)'].join('\n');
  const want: ExpectedSession = { line: 1, days: ['2025-01-06'], times: [{ start: '06:00', end: '08:00' }], status: 'confirmed' };
  const engineOn = (line: number, slot: { hour: number; end: number }) => {
    const session = makeSession({ title: 'Matin', days: [day(2025, 1, 6)], slots: [{ start: { hour: slot.hour, minute: 0 }, end: { hour: slot.end, minute: 0 } }] });
    return makeReport([{ ...session, position: { start: { line, column: 1 }, end: { line, column: 1 } } }]);
  };
  const document: RealDocument = { slug: 'day-heading', text: journal, expected: { shape: ['headings'], programme: true, sessions: [want], problems: [] } };

  it('takes the engine’s session on the day’s own sub-heading, with the same hours, as the day’s', () => {
    expect(scoreDocument(document, undefined, engineOn(2, { hour: 6, end: 8 }))).toMatchObject({ daysRight: 1, hoursRight: 1, extraSessions: 0, missed: [] });
  });

  it('does not take a session with other hours, nor one under the next day’s heading', () => {
    expect(scoreDocument(document, undefined, engineOn(2, { hour: 19, end: 21 }))).toMatchObject({ daysRight: 0, extraSessions: 1 });
    expect(scoreDocument(document, undefined, engineOn(6, { hour: 6, end: 8 }))).toMatchObject({ daysRight: 0, extraSessions: 1 });
  });
});

describe('the scorer’s one-event page', () => {
  // Lines 1-4 are the front matter, line 2 its title; line 6 the body's sentence that dates the event.
  const eventPage = ['---', 'title: Atelier vélo', 'layout: post', '---', '', 'Rendez-vous le mardi 12 mars 2024 à 18h.', '', 'Entrée libre.'].join('\n');
  const documentWith = (sessions: ExpectedSession[]): RealDocument => ({ slug: 'one-event', text: eventPage, expected: { shape: ['front-matter'], programme: true, sessions, problems: [] } });
  const engineOn = (...lines: number[]) =>
    makeReport(lines.map((line) => ({ ...makeSession({ title: 'Atelier vélo', days: [day(2024, 3, 12)] }), position: { start: { line, column: 1 }, end: { line, column: 1 } } })));

  it('pairs the page’s one event whether its reader or the engine put it on the title or on the sentence that dates it', () => {
    for (const [want, got] of [[6, 2], [2, 6]] as const) {
      const score = scoreDocument(documentWith([expectedAt(want)]), undefined, engineOn(got));
      expect(score, `reader on line ${want}, engine on line ${got}`).toMatchObject({ sessions: 1, daysRight: 1, extraSessions: 0, missed: [] });
    }
  });

  it('pairs the page’s one event on two lines of one wrapped sentence, not across a heading', () => {
    const wrapped = (between: string): RealDocument => ({
      slug: 'wrapped',
      text: ['Le Grand Huit est une randonnée.', `La prochaine édition aura lieu le`, between, '**mardi 12 mars 2024**.'].join('\n'),
      expected: { shape: [], programme: true, sessions: [expectedAt(4)], problems: [] },
    });
    const one = makeReport([{ ...makeSession({ title: 'Randonnée', days: [day(2024, 3, 12)] }), position: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } } }]);
    expect(scoreDocument(wrapped('et tout le monde est invité,'), undefined, one)).toMatchObject({ daysRight: 1, extraSessions: 0 });
    expect(scoreDocument(wrapped('## Quand'), undefined, one)).toMatchObject({ daysRight: 0, extraSessions: 1 });
  });

  it('pairs the page’s event on its title with the reader’s sentence of its days when the reader also lists other days', () => {
    const call = { ...expectedAt(8), days: ['2024-02-01'] };
    const score = scoreDocument(documentWith([expectedAt(6), call]), undefined, engineOn(2));
    expect(score).toMatchObject({ sessions: 2, daysRight: 1, extraSessions: 0 });
    expect(score.missed.map((miss) => miss.line)).toEqual([8]);
  });

  it('pairs the engine’s one event in the front matter with the reader’s of the same days there, when the reader found two in it', () => {
    const announced = { ...expectedAt(3), days: ['2024-03-19'] };
    const score = scoreDocument(documentWith([expectedAt(1), announced]), undefined, engineOn(2));
    expect(score).toMatchObject({ sessions: 2, daysRight: 1, extraSessions: 0 });
    expect(score.missed.map((miss) => miss.line)).toEqual([3]);
    // Two of those days on the reader's side leave the event unknown.
    expect(scoreDocument(documentWith([expectedAt(1), expectedAt(3)]), undefined, engineOn(2))).toMatchObject({ daysRight: 0, extraSessions: 1 });
  });

  it('pairs nothing across lines when either side holds two sessions', () => {
    const two = scoreDocument(documentWith([expectedAt(6)]), undefined, engineOn(2, 8));
    expect(two).toMatchObject({ daysRight: 0, extraSessions: 2 });
    const twoWanted = scoreDocument(documentWith([expectedAt(6), expectedAt(8)]), undefined, engineOn(2));
    expect(twoWanted).toMatchObject({ daysRight: 0, extraSessions: 1 });
  });
});

describe('the scorer’s one-event page without front matter', () => {
  // Line 1 is the page's title, line 3 the line that dates its event; line 5 a sub-heading.
  const titled = ['# Atelier vélo', '', '**Maison des associations — 12 mars 2024**', '', '## Matériel', '', '- une chambre à air'].join('\n');
  const documentWith = (line: number): RealDocument => ({ slug: 'titled-event', text: titled, expected: { shape: ['headings'], programme: true, sessions: [expectedAt(line)], problems: [] } });

  it('pairs the page’s one event on its title with the engine’s on the line that dates it, and back', () => {
    for (const [want, got] of [[1, 3], [3, 1]] as const) {
      expect(scoreDocument(documentWith(want), undefined, engineAt(got)), `reader on ${want}, engine on ${got}`).toMatchObject({ daysRight: 1, extraSessions: 0, missed: [] });
    }
  });

  it('pairs no line below the title with another', () => {
    expect(scoreDocument(documentWith(3), undefined, engineAt(5))).toMatchObject({ daysRight: 0, extraSessions: 1 });
  });
});

describe('the scorer’s slot written as a heading of hours over the heading of its title', () => {
  // Line 1 is the hours' heading, line 3 the title's; line 5 the next hours, line 7 the next title.
  const agenda = ['## 9h30-10h', '', '### Accueil', '', '## 10h-11h', '', '### Table ronde'].join('\n');
  const want = (line: number): ExpectedSession => ({ line, days: ['2024-03-12'], times: [], status: 'confirmed' });
  const documentWith = (line: number): RealDocument => ({ slug: 'hour-title', text: agenda, expected: { shape: ['headings'], programme: true, sessions: [want(line)], problems: [] } });
  const engineOn = (line: number) => makeReport([{ ...makeSession({ title: 'Accueil', days: [day(2024, 3, 12)] }), position: { start: { line, column: 1 }, end: { line, column: 1 } } }]);

  it('pairs a reader’s slot on the title’s line with the engine’s on the hours’ line, and back', () => {
    for (const [line, got] of [[3, 1], [1, 3]] as const) {
      expect(scoreDocument(documentWith(line), undefined, engineOn(got)), `reader on ${line}, engine on ${got}`).toMatchObject({ daysRight: 1, extraSessions: 0, missed: [] });
    }
  });

  it('does not pair it with the next slot’s hours', () => {
    expect(scoreDocument(documentWith(3), undefined, engineOn(5))).toMatchObject({ daysRight: 0, extraSessions: 1 });
  });
});

describe('the scorer’s HTML list item written over several lines', () => {
  // Line 2 opens the item, line 3 its card's div, line 4 its date; line 7 opens the next item.
  const items = ['<ul>', '<li>', '<div class="mu-single-event">', '<p class="mu-event-time">12 mars 2024</p>', '<h3>Atelier</h3>', '</div>', '</li>', '<li>', '<div class="mu-single-event">', '<p class="mu-event-time">19 mars 2024</p>', '</div>', '</li>', '</ul>'].join('\n');
  const documentWith = (line: number): RealDocument => ({ slug: 'li-card', text: items, expected: { shape: ['list'], programme: true, sessions: [expectedAt(line)], problems: [] } });

  it('pairs a reader’s item on its first field, inside the card’s div, with the engine’s on its `<li>` line', () => {
    expect(scoreDocument(documentWith(4), undefined, engineAt(2))).toMatchObject({ daysRight: 1, extraSessions: 0, missed: [] });
  });

  it('does not pair it with the next item’s `<li>`', () => {
    expect(scoreDocument(documentWith(4), undefined, engineAt(8))).toMatchObject({ daysRight: 0, extraSessions: 1 });
  });
});

describe('the scorer’s session of several days, each with its own hours on one line', () => {
  const text = '- **Dates** : 26 septembre 2025 (14h–18h) & 27 septembre 2025 (9h–13h)';
  const want: ExpectedSession = {
    line: 1,
    days: ['2025-09-26', '2025-09-27'],
    times: [{ start: '09:00', end: '13:00' }, { start: '14:00', end: '18:00' }],
    status: 'confirmed',
  };
  const document: RealDocument = { slug: 'day-by-day', text, expected: { shape: ['list'], programme: true, sessions: [want], problems: [] } };
  const engineWith = (...days: Array<{ day: number; hour: number; end: number }>) =>
    makeReport(days.map((one) => ({ ...makeSession({ title: 'Session 1', days: [day(2025, 9, one.day)], slots: [{ start: { hour: one.hour, minute: 0 }, end: { hour: one.end, minute: 0 } }] }), position: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } } })));

  it('takes the engine’s sessions of the line, one a day with that day’s hours, as the reader’s one session', () => {
    expect(scoreDocument(document, undefined, engineWith({ day: 26, hour: 14, end: 18 }, { day: 27, hour: 9, end: 13 }))).toMatchObject({ daysRight: 1, hoursRight: 1, extraSessions: 0, missed: [] });
  });

  it('does not when a day is missing or the hours differ', () => {
    expect(scoreDocument(document, undefined, engineWith({ day: 26, hour: 14, end: 18 }))).toMatchObject({ daysRight: 0 });
    expect(scoreDocument(document, undefined, engineWith({ day: 26, hour: 14, end: 18 }, { day: 27, hour: 10, end: 13 }))).toMatchObject({ daysRight: 0, extraSessions: 1 });
  });
});

// ltearno-formation-java-2016: a file saved as Latin-1, whose reader wrote its encoding down as a problem.
describe('a document saved as Latin-1', () => {
  it('is read from its bytes, as `check FILE` reads it: the problem on its first invalid byte is found', () => {
    const folder = mkdtempSync(join(tmpdir(), 'score-latin1-'));
    try {
      const dir = join(folder, 'latin1-page');
      mkdirSync(dir);
      const text = '# Formation Orient\xe9e Objet\n\n### Mercredi 22 juin 2016\n\nExercices.\n';
      writeFileSync(join(dir, 'input.md'), Buffer.from(text, 'latin1'));
      writeFileSync(join(dir, 'SOURCE.md'), '- Repository: someone/formations\n- Path: README.md\n- Commit date: 2017-05-16\n');
      const sessions: ExpectedSession[] = [{ line: 3, days: ['2016-06-22'], times: [], status: 'confirmed' }];
      writeFileSync(join(dir, 'expected.json'), JSON.stringify({ shape: ['headings'], programme: true, sessions, problems: [{ line: 1, rule: 'invalid-utf8' }] }));
      const [document] = readRealDocuments(folder);
      expect(document!.text).toContain('Orient\ufffde');
      expect(scoreDocument(document!)).toMatchObject({ sessions: 1, daysRight: 1, problems: 1, problemsFound: 1, falseAlarms: [] });
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

// typography-variants.test.ts scores a document whose text it rewrote: the rewritten text is the one read.
describe('a document whose text a test rewrote', () => {
  it('is read from that text, not from the bytes it was read from', () => {
    const folder = mkdtempSync(join(tmpdir(), 'score-rewritten-'));
    try {
      const dir = join(folder, 'rewritten-page');
      mkdirSync(dir);
      writeFileSync(join(dir, 'input.md'), '# Programme\n\n### Mercredi 22 juin 2016\n\nExercices.\n');
      writeFileSync(join(dir, 'SOURCE.md'), '- Repository: someone/formations\n- Path: README.md\n- Commit date: 2016-05-16\n');
      const sessions: ExpectedSession[] = [{ line: 3, days: ['2016-06-22'], times: [], status: 'confirmed' }];
      writeFileSync(join(dir, 'expected.json'), JSON.stringify({ shape: ['headings'], programme: true, sessions, problems: [] }));
      const [document] = readRealDocuments(folder);
      expect(scoreDocument(document!)).toMatchObject({ daysRight: 1 });
      expect(scoreDocument({ ...document!, text: '# Programme\n\n### Mercredi 29 juin 2016\n\nExercices.\n' })).toMatchObject({ daysRight: 0 });
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
