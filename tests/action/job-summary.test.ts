import { describe, expect, it } from 'vitest';
import { formatJobSummary } from '../../src/action/job-summary.js';
import type { ScheduleChange } from '../../src/report/schedule-changes.js';
import { check } from '../helpers/read.js';

const programme = [
  '# Programme 2027',
  '',
  '| SESSIONS | DATES | HORAIRES | LIEU |',
  '| --- | --- | --- | --- |',
  '| Mentors | 18 février | 14h - 18h | Salle A & B < C \\| D |',
  '| Atelier | 30 février | 9h - 12h | |',
  '',
].join('\n');

describe('the job summary', () => {
  it('gives the totals, every problem with its place, the sessions, and where the artifacts are', () => {
    const summary = formatJobSummary({ files: [{ ...check(programme), path: 'docs/programme.md' }], language: 'en', artifactDir: 'programme-sync-artifacts' });
    expect(summary.startsWith('## programme-sync\n\n1 error, 0 warnings in 1 file\n\n### Problems\n\n| File | Line | Severity | Message | Rule |\n')).toBe(true);
    expect(summary).toMatch(/\n\| <code>docs\/programme\.md<\/code> \| 6:\d+ \| error \| "30 février" in the row "Atelier" \(line 6\) is not a real date[^\n]* \| <code>invalid-date<\/code> \|\n/);
    expect(summary).toContain('### Sessions of docs/programme.md\n\n| Line | Dates | Hours | Session | Place | Status |\n');
    expect(summary).toContain('| 5 | 2027-02-18 | 14:00–18:00 | Mentors | Salle A &amp; B &lt; C \\| D | confirmed |\n');
    expect(summary).toContain('| 6 | no date | 09:00–12:00 | Atelier |  | confirmed |\n');
    expect(summary.endsWith('The calendars, this summary and the JSON report are in <code>programme-sync-artifacts</code> (upload it with actions/upload-artifact to download them).\n')).toBe(true);
    // Not a pull request: no comparison with a base.
    expect(summary).not.toContain('What changes for subscribers');
  });

  it('says when there is no problem, in the run\'s language', () => {
    const clean = programme.split('\n').filter((line) => !line.includes('30 février')).join('\n');
    const summary = formatJobSummary({ files: [check(clean, { language: 'fr' })], language: 'fr', artifactDir: 'out' });
    expect(summary).toContain('0 erreur, 0 avertissement dans 1 fichier\n\n### Problèmes\n\nAucun problème trouvé.\n');
    expect(summary).toContain('### Sessions de programme.md\n\n| Ligne | Dates | Horaires | Session | Lieu | Statut |\n');
    expect(summary).toContain('| confirmée |');
  });

  it('on a pull request, shows what changes for subscribers, that nothing does, or that the base could not be read', () => {
    const first = check(programme);
    const session = { title: 'Mentors', line: 5, source: 'table' as const, status: 'confirmed' as const, place: null, audience: null };
    const moved: ScheduleChange = {
      kind: 'moved',
      title: 'Mentors',
      before: { ...session, days: ['2027-02-11'], times: [] },
      after: { ...session, days: ['2027-02-18'], times: [{ label: null, start: '14:00', end: '18:00' }], place: 'Salle A' },
    };
    const files = [first, { ...first, path: 'other.md' }, { ...first, path: 'third.md' }];
    const changes = new Map<string, readonly ScheduleChange[] | 'unavailable'>([
      ['programme.md', [moved]],
      ['other.md', []],
      ['third.md', 'unavailable'],
    ]);
    const summary = formatJobSummary({ files, language: 'en', changes, baseSha: 'abcdef0123456789', artifactDir: 'out' });
    expect(summary).toContain('### What changes for subscribers to programme.md\n\n| Change | Session | Before | After |\n| --- | --- | --- | --- |\n| moved | Mentors | 2027-02-11 | 2027-02-18, 14:00–18:00, Salle A |\n');
    expect(summary).toContain('### What changes for subscribers to other.md\n\nNo session is added, moved, cancelled or removed.\n');
    expect(summary).toContain('### What changes for subscribers to third.md\n\nThe base commit abcdef0 could not be fetched: the changes for subscribers are not shown.\n');
  });

  it('shows what a calendar keeps as it was, marks a kept session in the changes, and says when a push would be refused', () => {
    const file = check(programme);
    const kept = [
      {
        line: 6,
        title: 'Atelier',
        reason: 'date' as const,
        message: 'The calendar keeps this session as it was (23 February 2027, 09:00) until the date is corrected.',
        events: [{ uid: 'a-1@programme-sync', summary: 'Atelier', start: '2027-02-23T09:00' }],
      },
    ];
    const refused = [{ calendar: 'programme.ics', kind: 'removals' as const, message: 'programme.ics would lose 4 of its 6 events at once: ...', removed: [] }];
    const pushed = formatJobSummary({ files: [{ ...file, kept, refused }], language: 'en', artifactDir: 'out' });
    expect(pushed).toContain(
      '### What the calendar of programme.md keeps as it was\n\n> programme.ics would lose 4 of its 6 events at once: ...\n\n| Line | Session | Dates | Message |\n| ---: | --- | --- | --- |\n| 6 | Atelier | 2027-02-23 09:00 | The calendar keeps this session as it was (23 February 2027, 09:00) until the date is corrected. |\n',
    );

    const session = { title: 'Atelier', line: 6, source: 'table' as const, status: 'confirmed' as const, place: null, audience: null };
    const changes = new Map<string, readonly ScheduleChange[] | 'unavailable'>([
      ['programme.md', [{ kind: 'moved', title: 'Atelier', before: { ...session, days: ['2027-02-23'], times: [] }, after: { ...session, days: [], times: [] } }]],
    ]);
    const pull = formatJobSummary({ files: [{ ...file, kept, refused }], language: 'fr', changes, artifactDir: 'out' });
    expect(pull).toContain('| gardée telle quelle (illisible) | Atelier | 2027-02-23 | sans date |\n');
    expect(pull).toContain('\n> programme.ics would lose 4 of its 6 events at once: ...\n');
  });
});
