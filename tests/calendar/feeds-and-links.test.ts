import { describe, expect, it } from 'vitest';
import { audienceNames } from '../../src/programme/audience.js';
import { buildCalendars } from '../../src/calendar/build-calendars.js';
import { calendarPath } from '../../src/calendar/calendar-paths.js';
import { unfoldLines } from '../../src/calendar/fold-lines.js';
import type { DetailSection } from '../../src/programme/model.js';
import { parseMarkdown } from '../../src/programme/parse-markdown.js';
import { day, makeReport, makeSession, slot } from './make-session.js';
import { parseIcs } from './parse-ics.js';

const options = {
  language: 'en' as const,
  timezone: 'Europe/Paris',
  readPrevious: async () => undefined,
  commitTime: async () => undefined,
};

describe('one feed per audience', () => {
  const sessions = [
    makeSession({ title: 'Session EIG', audience: 'EIG', days: [day(2019, 3, 14)], rowIndex: 0 }),
    makeSession({ title: 'Session mentors', audience: 'Mentors', days: [day(2019, 3, 21)], rowIndex: 1 }),
    makeSession({
      title: 'Session commune',
      audience: 'EIG + mentors',
      days: [day(2019, 4, 11)],
      slots: [slot([9, 30], [18, 0], 'EIG'), slot([14, 0], [17, 30], 'mentors')],
      rowIndex: 2,
    }),
    makeSession({ title: 'Restitution', days: [day(2019, 11, 7)], rowIndex: 3 }),
  ];

  it('writes <name>.<audience>.ics with the sessions of that audience, shared and unlabelled ones included', async () => {
    const outputs = await buildCalendars(makeReport(sessions, { path: 'docs/accompagnement.md', title: 'Programme' }), { ...options, split: 'audience' });
    expect(outputs.map((o) => o.path)).toEqual(['docs/accompagnement.ics', 'docs/accompagnement.eig.ics', 'docs/accompagnement.mentors.ics']);
    const summaries = outputs.map((o) => parseIcs(o.content).events.map((e) => e.summary));
    expect(summaries).toEqual([
      ['Session EIG', 'Session mentors', 'Session commune', 'Restitution'],
      ['Session EIG', 'Session commune', 'Restitution'],
      ['Session mentors', 'Session commune', 'Restitution'],
    ]);
    expect(parseIcs(outputs[2]!.content).calendar.getFirstPropertyValue('x-wr-calname')).toBe('Programme (Mentors)');
  });

  it('gives each audience its own hours in its own feed', async () => {
    const outputs = await buildCalendars(makeReport(sessions), { ...options, split: 'audience' });
    const shared = (index: number) => parseIcs(outputs[index]!.content).events.find((e) => e.summary === 'Session commune')!;
    expect([shared(0).start, shared(0).end]).toEqual(['2019-04-11T07:30:00Z', '2019-04-11T16:00:00Z']);
    expect([shared(1).start, shared(1).end]).toEqual(['2019-04-11T07:30:00Z', '2019-04-11T16:00:00Z']);
    expect([shared(2).start, shared(2).end]).toEqual(['2019-04-11T12:00:00Z', '2019-04-11T15:30:00Z']);
  });

  it('places calendars in --out-dir when given', () => {
    expect(calendarPath('docs/programme.md', { outDir: 'public' })).toBe('public/programme.ics');
    expect(calendarPath('programme.md')).toBe('programme.ics');
    expect(calendarPath('programme.md', { audienceSlug: 'mentors' })).toBe('programme.mentors.ics');
  });
});

describe('links to the detail sections', () => {
  it('links each event to its section with the anchor GitHub gives the heading', async () => {
    const markdown = ['# Programme', '', '## Détails', '', '### Session EIG | 14 mars', '', '### Session EIG | 14 mars', ''].join('\n');
    const tree = parseMarkdown(markdown);
    const section = (line: number): DetailSection => ({
      heading: { text: 'Session EIG | 14 mars', value: 'Session EIG | 14 mars', position: { start: { line, column: 1 }, end: { line, column: 26 } } },
      depth: 3,
      dates: { text: '14 mars', value: { expression: { kind: 'single', mentions: [] }, days: [day(2019, 3, 14)], yearSource: 'section', mentions: [] }, position: { start: { line, column: 1 }, end: { line, column: 26 } } },
      fields: [],
      subHeadings: [],
      position: { start: { line, column: 1 }, end: { line, column: 26 } },
    });
    const report = makeReport([makeSession({ title: 'Session EIG', days: [day(2019, 3, 14)] })], { path: 'accompagnement.md', tree, sections: [section(5)] });
    const [output] = await buildCalendars(report, { ...options, repository: { url: 'https://github.com/etalab/eig-link', branch: 'master', path: 'docs/accompagnement.md' } });
    const [event] = parseIcs(output!.content).events;
    expect(event!.description).toContain('Details: https://github.com/etalab/eig-link/blob/master/docs/accompagnement.md#session-eig--14-mars');
    expect(unfoldLines(output!.content)).toContain('URL:https://github.com/etalab/eig-link/blob/master/docs/accompagnement.md#session-eig--14-mars');

    // The second heading with the same text is `-1` on GitHub.
    const second = makeReport(report.programme.sessions, { path: 'accompagnement.md', tree, sections: [section(7)] });
    const [again] = await buildCalendars(second, { ...options, repository: { url: 'https://github.com/etalab/eig-link', branch: 'master', path: 'accompagnement.md' } });
    expect(parseIcs(again!.content).events[0]!.description).toContain('#session-eig--14-mars-1');
  });
});

describe('audience names', () => {
  it('reads the audiences of a cell however they are joined', () => {
    for (const cell of ['EIG + mentors', 'EIG, mentors', 'EIG & Mentors', 'EIG/mentors', 'EIG et mentors', 'EIG (+ mentors)']) {
      expect(audienceNames(cell).map((a) => a.key), cell).toEqual(['eig', 'mentor']);
    }
  });
});
