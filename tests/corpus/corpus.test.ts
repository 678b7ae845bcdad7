import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/engine/pipeline.js';
import { sessionToJson } from '../../src/report/session-json.js';
import { corpusFiles, corpusSkipReason, corpusVersions, hasCorpus } from '../helpers/corpus.js';

const options = { language: 'en' as const, timezone: 'Europe/Paris' };
const read = (name: string) => checkText(name, readFileSync(join(corpusVersions, name), 'utf8'), options);

// Every version of the real programme, read and checked: well over the default 30 s on a
// shared machine under load. The bound catches a hang; it is no speed target.
describe.skipIf(!hasCorpus)('the real programmes of the corpus', { timeout: 180_000 }, () => {
  it('reads the seed version into its 14 sessions of 2019', () => {
    const { programme } = read('2019-01-24_5508229.md');
    const sessions = programme.sessions.map(sessionToJson).map((s) => [s.title, s.status, s.alternatives ?? s.days]);
    expect(sessions).toEqual([
      ['Bootcamp (EIG + mentors à certain moment)', 'confirmed', ['2019-02-11', '2019-02-12', '2019-02-13', '2019-02-14', '2019-02-15']],
      ['Mentors', 'confirmed', ['2019-02-21']],
      ['EIG', 'confirmed', ['2019-03-14']],
      ['EIG (+ mentors l’après-midi)', 'confirmed', ['2019-04-11']],
      ['Mentors', 'confirmed', ['2019-04-18']],
      ['Séminaire EIG', 'confirmed', ['2019-05-16', '2019-05-17']],
      ['Mentors', 'confirmed', ['2019-05-23']],
      ['EIG (+ mentors l’après-midi)', 'confirmed', ['2019-06-06']],
      ['EIG', 'confirmed', ['2019-07-04']],
      ['Mentors', 'confirmed', ['2019-07-11']],
      ['Seminaire EIG', 'confirmed', ['2019-09-05', '2019-09-06']],
      ['Mentors', 'confirmed', ['2019-09-19']],
      ['EIG (+ mentors l’après-midi)', 'confirmed', ['2019-10-10']],
      ['Restitution (EIG + mentors)', 'tentative', [['2019-11-07'], ['2019-11-14']]],
    ]);
  });

  it('processes every version without a crash, and every version, markdown table or HTML export, gives its sessions', () => {
    const files = corpusFiles();
    expect(files.length).toBeGreaterThan(80);
    for (const name of files) {
      const report = read(name);
      expect(report.programme.sessions.length, name).toBeGreaterThanOrEqual(12);
      // Every session of a real version gets its days: the grammar reads every form used.
      for (const session of report.programme.sessions) {
        if (session.dates.text === 'TBC') expect(session.status, name).toBe('tentative');
        else expect(session.dates.value, `${name}: ${session.dates.text}`).toBeDefined();
      }
      // The real programmes have no impossible date, hour or unreadable cell: nothing to cry wolf about.
      expect(report.diagnostics.filter((d) => d.severity === 'error'), name).toEqual([]);
      for (const d of report.diagnostics) expect(d.line, name).toBeGreaterThanOrEqual(1);
    }
  });

  it('reads the HTML export of the first versions (a table split by blank lines) like a markdown table, each row at the line of its dates cell', () => {
    const report = read('2019-01-21_d0f6bf8.md');
    const sessions = report.programme.sessions.map(sessionToJson);
    expect(sessions).toHaveLength(19);
    expect(sessions.slice(0, 2).map((s) => [s.line, s.title, s.days])).toEqual([
      [33, 'Bootcamp mentors', ['2019-02-22']],
      [43, 'Feuille de route', ['2019-03-08']],
    ]);
    expect(report.diagnostics.filter((d) => d.rule === 'html-table')).toEqual([]);
  });

  it('reads the detail sections of a late version with their hours', () => {
    const { programme } = read('2019-12-19_ec7d0ec.md');
    const october = programme.sections.find((s) => s.heading.text.includes('10 octobre'));
    expect(october?.hours?.value).toEqual([{ start: { hour: 9, minute: 30 }, end: { hour: 18, minute: 0 } }]);
    expect(october?.dates.value?.days).toEqual([{ year: 2019, month: 10, day: 10 }]);
  });
});

describe.skipIf(hasCorpus)('the corpus', () => {
  it.skip(corpusSkipReason, () => {});
});
